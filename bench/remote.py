#!/usr/bin/env python3
"""The table of bench/remote.sh: one process against a manager and two workers, per distributed step."""
import argparse
import datetime
import json
import re
import statistics
from pathlib import Path

TIME = r"(\d\d:\d\d:\d\d\.\d\d\d)"


def seconds(stamp):
    t = datetime.datetime.strptime(stamp, "%H:%M:%S.%f")
    return t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6


def wall(time_file):
    text = Path(time_file).read_text()
    clock = re.search(r"Elapsed \(wall clock\) time.*: (.*)", text).group(1)
    total = 0.0
    for part in clock.split(":"):
        total = total * 60 + float(part)
    cpu = sum(float(v) for v in re.findall(r"(?:User|System) time \(seconds\): (.*)", text))
    return total, cpu


def main():
    parser = argparse.ArgumentParser()
    for option in ("work", "period", "customers", "usage", "heap", "threads", "load-single", "load-remote"):
        parser.add_argument("--" + option, required=True)
    a = parser.parse_args()
    work = Path(a.work)
    logs = work / "logs"
    single = json.loads((work / "single" / a.period / "run-summary.json").read_text())["step_seconds"]
    remote = json.loads((work / "remote" / a.period / "run-summary.json").read_text())["step_seconds"]
    sent = {}
    for line in (logs / "manager.log").read_text().splitlines():
        m = re.match(TIME + r" .*RemotePartitionHandler - (\w+): \d+ partitions of (\w+) sent", line)
        if m:
            sent[m.group(2)] = (m.group(3), seconds(m.group(1)))
    started, took = {}, {}
    for worker in sorted(logs.glob("worker-*.log")):
        for line in worker.read_text().splitlines():
            m = re.match(TIME + r" .*Partition (\S+) of job execution \d+ started", line)
            if m:
                started[m.group(2)] = seconds(m.group(1))
            m = re.match(TIME + r" .*Partition (\S+) of job execution \d+ completed in (\d+) ms", line)
            if m:
                took[m.group(2)] = (seconds(m.group(1)), int(m.group(3)) / 1000)
    single_wall, single_cpu = wall(logs / "single.time")
    remote_wall, remote_cpu = wall(logs / "manager.time")
    print(f"# Past one machine, measured on one: {int(a.customers):,} customers\n")
    print(f"`bench/remote.sh {a.customers}`: usage in {a.usage}; every JVM `-Xmx{a.heap}`; two workers of "
          f"{a.threads} thread(s) each; the database not durable for both runs. Load average (1 min) before the "
          f"single run {a.load_single}, before the manager {a.load_remote}.\n")
    print("| | one process | manager + 2 workers |")
    print("|---|---:|---:|")
    print(f"| end-to-end s (the process that runs the job) | {single_wall:.1f} | {remote_wall:.1f} |")
    print(f"| CPU s of that process | {single_cpu:.1f} | {remote_cpu:.1f} (workers not counted) |")
    print()
    print("| manager step | partitions | step s, one process | step s, remote | extra s per partition "
          "| partition s, one process (sum) | partition s, remote (sum) | pick-up s (median, first wave) "
          "| last partition to step end s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for step, (worker_step, at) in sent.items():
        local = {k: v for k, v in single.items() if k.startswith(worker_step + ":")}
        mine = {k: v for k, v in took.items() if k.startswith(worker_step + ":")}
        n = len(mine)
        if n == 0:
            continue
        first_wave = sorted(started[k] - at for k in mine if k in started)[: 2 * int(a.threads)]
        last_end = max(end for end, _ in mine.values())
        step_end = at + remote.get(step, 0)
        extra = (remote.get(step, 0) - single.get(step, 0)) / n
        print(f"| {step} | {n} | {single.get(step, 0):.2f} | {remote.get(step, 0):.2f} | {extra:.2f} "
              f"| {sum(local.values()):.2f} | {sum(d for _, d in mine.values()):.2f} "
              f"| {statistics.median(first_wave):.2f} | {max(0.0, step_end - last_end):.2f} |")


if __name__ == "__main__":
    main()
