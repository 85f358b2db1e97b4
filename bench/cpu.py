"""Samples where the CPU of a job run goes: the job's JVM by thread and its PostgreSQL.

Reads /proc once a second while the job runs and writes, when it has ended, the CPU seconds
(user + system) of each group of threads as `cpu_group=NAME seconds=S` lines. The job's JVM
is the java process whose command line holds --match; its PostgreSQL is the server whose
command line names --data-directory, with every backend it forked. A thread that ends
between two samples loses its last second at most.

Linux only (/proc). Usage:
    python3 bench/cpu.py --match=--output=DIR --data-directory=DIR --out=FILE &
"""

import argparse
import os
import re
import time
from collections import Counter
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")

# JVM thread names (as the kernel keeps them, 15 characters) to the group they count in
GROUPS = (
    # the launcher starts Java's main thread under its own name, as the kernel keeps it
    (re.compile(r"^java$"), "main: startup, then the steps in turn"),
    (re.compile(r"^C[12] CompilerThre"), "JIT compiler"),
    (re.compile(r"^(GC Thread|G1 |VM Thread|VM Periodic)"), "garbage collector and VM"),
    (re.compile(r"^usage-reader$"), "usage-reader: parses usage.csv"),
    (re.compile(r"^assess-\d+$"), "assess-N: compute partitions"),
    (re.compile(r"^outputs-\d+$"), "outputs-N: the three output lines"),
    (re.compile(r"^export-credits$"), "export-credits: credits.csv beside the affected list"),
)


def command_line(pid):
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None


def parent(pid):
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat[stat.rindex(")") + 2:].split()[1])


def processes(match, data_directory):
    """The job's JVM pids and its PostgreSQL pids (the server and what it forked); data_directory
    holds the ways the server's -D may name its directory."""
    jvm, server, by_parent = [], [], {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        command = command_line(entry)
        if not command:
            continue
        if command.split(" ", 1)[0].endswith("java") and match in command:
            jvm.append(entry)
        elif "postgres" in command.split(" ", 1)[0] and any(f"-D {d} " in command + " " for d in data_directory):
            server.append(entry)
        by_parent.setdefault(parent(entry), []).append(entry)
    postgres = list(server)
    for pid in server:
        postgres.extend(by_parent.get(int(pid), []))
    return jvm, postgres


def thread_seconds(pid):
    """CPU seconds of each thread of a process: (tid, name) -> seconds."""
    seconds = {}
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return seconds
    for tid in tasks:
        try:
            stat = Path(f"/proc/{pid}/task/{tid}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        seconds[(tid, name)] = (int(fields[11]) + int(fields[12])) / TICKS
    return seconds


def group(name):
    for pattern, label in GROUPS:
        if pattern.search(name):
            return label
    return "other JVM threads"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--match", required=True, help="a text of the job's java command line")
    parser.add_argument("--data-directory", required=True)
    parser.add_argument("--out", type=Path, required=True)
    # started just before the process it watches: a process not there by then has ended
    parser.add_argument("--wait-for-start", type=float, default=10, help="seconds to wait for the job")
    options = parser.parse_args()
    # the server may have been given the directory as the job was, or made absolute
    data_directory = {options.data_directory.rstrip("/"), os.path.abspath(options.data_directory)}

    # the last CPU seconds seen per thread: a thread that ends keeps what it had
    last = {}
    started = time.monotonic()
    seen = False
    while True:
        jvm, postgres = processes(options.match, data_directory)
        if jvm:
            seen = True
        elif seen or time.monotonic() - started > options.wait_for_start:
            break
        for pid in jvm:
            for (tid, name), value in thread_seconds(pid).items():
                last[("jvm", tid)] = (group(name), value)
        for pid in postgres:
            for (tid, _), value in thread_seconds(pid).items():
                last[("pg", tid)] = ("PostgreSQL: server and backends", value)
        time.sleep(1)

    totals = Counter()
    for label, value in last.values():
        totals[label] += value
    with options.out.open("w") as out:
        for label, value in totals.most_common():
            out.write(f"cpu_group={label.replace(' ', '_')} seconds={value:.1f}\n")


if __name__ == "__main__":
    main()
