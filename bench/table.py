"""Builds the benchmark's Markdown table from what bench/run.sh left in bench/work."""

import argparse
import json
import os
import platform
import re
import subprocess
from datetime import date
from pathlib import Path


def key_values(line):
    return dict(pair.split("=", 1) for pair in line.split() if "=" in pair)


def result_lines(path):
    """The key=value lines of a result file, by their first key."""
    lines = {}
    if path.exists():
        for line in path.read_text().splitlines():
            values = key_values(line)
            if values:
                first = line.split("=", 1)[0]
                lines[first if first != "file" else "file=" + values["file"]] = values
    return lines


def cpu_groups(path):
    """CPU seconds by thread group from bench/cpu.py's lines in a job's result file."""
    groups = {}
    if path.exists():
        for line in path.read_text().splitlines():
            if line.startswith("cpu_group="):
                values = key_values(line)
                groups[values["cpu_group"].replace("_", " ")] = float(values["seconds"])
    return groups


def command_output(*command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        return (result.stdout + result.stderr).strip()
    except OSError:
        return ""


def cpu_count(cpus):
    """The CPUs the runs had: those of a taskset list such as "0" or "0-1,3", else all of the machine's."""
    if not cpus:
        return os.cpu_count()
    count = 0
    for part in cpus.split(","):
        first, _, last = part.partition("-")
        count += int(last or first) - int(first) + 1
    return count


def machine(work, heap, java_options, cpus):
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        match = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.M)
        cpu = f" ({match.group(1).strip()})" if match else ""
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        match = re.search(r"^MemTotal:\s*(\d+) kB", meminfo.read_text(), re.M)
        memory = f", {int(match.group(1)) / 1024 / 1024:.0f} GB RAM" if match else ""
    java = command_output("java", "-version").splitlines()
    java = java[1].strip() if len(java) > 1 else (java[0] if java else "java ?")
    postgres = "PostgreSQL ?"
    for log in sorted(work.glob("logs/floor-*.log")):
        match = re.search(r"starting (PostgreSQL [\d.]+)", log.read_text(errors="replace"))
        if match:
            postgres = match.group(1)
            break
    commit = command_output("git", "rev-parse", "--short", "HEAD") or "?"
    pinned = ""
    if cpus:
        cores = cpu_count(cpus)
        pinned = f"; floor and job on CPU {cpus} only ({cores} core{'s' if cores > 1 else ''}, `BENCH_CPUS`)"
    return (f"{os.cpu_count()} cores{cpu}{memory}{pinned}, {platform.system()} {platform.release()}; {java}; "
            f"{postgres} (embedded); job JVM options -Xmx{heap}{' ' + java_options if java_options else ''}; commit {commit}; {date.today().isoformat()}")


def started_seconds(log):
    """How long the process ran before the job could start, from Spring Boot's startup line."""
    if log.exists():
        match = re.search(r"Started \S+ in [\d.]+ seconds \(process running for ([\d.]+)\)",
                          log.read_text(errors="replace"))
        if match:
            return float(match.group(1))
    return None


def number(value):
    return float(value) if value not in (None, "") else None


def count(value):
    return f"{int(value):,}" if value is not None else "–"


def seconds(value):
    return f"{value:.1f}" if value is not None else "–"


# The job's output lines of steps, in the order the split starts them, at most OUTPUT_THREADS
# at once; a line waiting for a thread starts when the first one ends (CreditRunJobConfiguration).
PARALLEL_FLOWS = (("writeCreditReview",), ("writeFollowUp",), ("exportCsv",), ("exportAdjustments", "writePostmortems"))
OUTPUT_THREADS = 3


def elapsed_in_steps(step_seconds):
    """Wall seconds spent in steps: the output lines as they share their threads, not their sum."""
    # a partition's seconds are inside its manager step's: count the manager once
    sequential = {step: value for step, value in step_seconds.items() if ":" not in step}
    lines = [sum(sequential.pop(step, 0) for step in flow) for flow in PARALLEL_FLOWS]
    threads = [0.0] * OUTPUT_THREADS
    for line in lines:
        first_free = threads.index(min(threads))
        threads[first_free] += line
    return sum(sequential.values()) + max(threads)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--period", required=True)
    parser.add_argument("--heap", required=True)
    parser.add_argument("--java-options", default="")
    parser.add_argument("--cpus", default="")
    parser.add_argument("sizes", nargs="+")
    options = parser.parse_args()

    rows = []
    resources = []
    steps = {}
    startup = {}
    rest = {}
    cpu = {}
    floor_cpu = {}
    job_wall = {}
    for size in options.sizes:
        floor_lines = result_lines(options.work / f"floor-{size}.result")
        floor = {**floor_lines.get("floor_seconds", {}), **floor_lines.get("wall_seconds", {})}
        job_lines = result_lines(options.work / f"job-{size}.result")
        job = {**job_lines.get("exit_code", {}), **job_lines.get("load_before", {}),
               **job_lines.get("wall_seconds", {}), **job_lines.get("heap_after_gc_mb", {})}
        for label, value in cpu_groups(options.work / f"job-{size}.result").items():
            cpu.setdefault(label, {})[size] = value
        floor_cpu[size] = sum(cpu_groups(options.work / f"floor-{size}.result").values()) or None
        job_wall[size] = number(job.get("wall_seconds"))
        summary_file = options.work / f"out-{size}" / options.period / "run-summary.json"
        summary = json.loads(summary_file.read_text()) if job.get("exit_code") == "0" and summary_file.exists() else None
        floor_copy = number(floor.get("floor_seconds"))
        floor_start = number(floor.get("copy_and_start_seconds"))
        floor_wall = number(floor.get("wall_seconds"))
        if summary:
            files = summary["files"]
            input_rows = sum(counts["read"] for counts in files.values())
            usage_rows = files.get("usage.csv", {}).get("read")
            wall = float(job["wall_seconds"])
            step_seconds = summary.get("step_seconds", {})
            for step, value in step_seconds.items():
                steps.setdefault(step, {})[size] = value
            started = started_seconds(options.work / "logs" / f"job-{size}.log")
            if started is not None:
                startup[size] = started
                rest[size] = wall - started - elapsed_in_steps(step_seconds)
            job_cells = [seconds(wall),
                         f"{wall / floor_wall:.1f}x" if floor_wall else "–",
                         f"{wall / floor_copy:.1f}x" if floor_copy else "–",
                         f"{wall / input_rows * 1e6:.0f}"]
        else:
            input_rows = number(floor_lines.get("floor_seconds", {}).get("rows"))
            usage = floor_lines.get("file=usage.csv")
            usage_rows = number(usage.get("rows")) if usage else None
            job_cells = [f"failed (exit {job.get('exit_code', '?')})", "–", "–", "–"]
        rows.append([f"{int(size):,}", count(input_rows), count(usage_rows), seconds(floor_copy),
                     seconds(floor_start), seconds(floor_wall)] + job_cells)
        load = f"{job['load_before']} → {job['load_after']}" if "load_after" in job else "–"
        resources.append([f"{int(size):,}", job.get("peak_rss_mb") or "–", job.get("heap_after_gc_mb") or "–",
                          seconds(number(job.get("cpu_seconds"))), seconds(number(job.get("wall_seconds"))), load])

    print("# Benchmark results")
    print()
    print(f"Machine: {machine(options.work, options.heap, options.java_options, options.cpus)}.")
    print()
    print("| customers | input rows | usage rows | floor: COPY s | floor: COPY + PG start s | floor end-to-end s "
          "| job end-to-end s | job / floor end-to-end | job / COPY | job µs per input row |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print("Memory and CPU of the job's JVM (PostgreSQL's server processes not included):")
    print()
    print("| customers | peak RSS MB | heap after GC, max MB | JVM CPU s (user + sys) | wall s "
          "| load avg (1 min) before → after |")
    print("|---:|---:|---:|---:|---:|---|")
    for row in resources:
        print("| " + " | ".join(row) + " |")
    if steps:
        print()
        print("Seconds per step of the job (`step_seconds` of `run-summary.json`); the output steps run in four")
        print("lines, at most three side by side (writeCreditReview, writeFollowUp, exportCsv, exportAdjustments")
        print("then writePostmortems), so their sum is not what counts:")
        print()
        print("| step | " + " | ".join(f"{int(size):,}" for size in options.sizes) + " |")
        print("|---|" + "---:|" * len(options.sizes))
        steps = {"(start: JVM, Spring, PostgreSQL, migrations)": startup, **steps,
                 "(rest: writeSummary, recordLedger, publish, shutdown)": rest}
        for step, values in steps.items():
            print(f"| {step} | " + " | ".join(seconds(values.get(size)) for size in options.sizes) + " |")
    if cpu:
        print()
        print("Where the CPU went: seconds (user + system) per group of threads, sampled each second by")
        print("`bench/cpu.py`; the machine offers the wall time times its cores:")
        print()
        print("| threads | " + " | ".join(f"{int(size):,}" for size in options.sizes) + " |")
        print("|---|" + "---:|" * len(options.sizes))
        for label, values in sorted(cpu.items(), key=lambda item: -item[1].get(options.sizes[-1], 0)):
            print(f"| {label} | " + " | ".join(seconds(values.get(size)) for size in options.sizes) + " |")
        totals = {size: sum(values.get(size, 0) for values in cpu.values()) for size in options.sizes}
        print("| **all** | " + " | ".join(seconds(totals[size]) for size in options.sizes) + " |")
        print("| the floor, all threads and PostgreSQL | "
              + " | ".join(seconds(floor_cpu[size]) for size in options.sizes) + " |")
        cores = cpu_count(options.cpus)
        print(f"| wall s × {cores} core{'s' if cores > 1 else ''} | " + " | ".join(
            seconds(job_wall[size] * cores if job_wall[size] else None) for size in options.sizes) + " |")


if __name__ == "__main__":
    main()
