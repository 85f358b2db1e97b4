#!/usr/bin/env bash
# Benchmark: the whole job against the floor (the same files loaded with COPY alone),
# at several sizes. Usage: bench/run.sh [CUSTOMERS...]   (default: 10000 30000 100000)
#
# Environment:
#   BENCH_SKIP_BUILD=1   use target/aftercare.jar and target/aftercare-tools.jar as they are instead
#                        of building them
#   BENCH_HEAP=512m      the job's fixed heap (-Xmx)
#   BENCH_PERIOD=2026-10 the month the job credits (the generator's default month)
#   BENCH_SEED=1         the generator's seed
#   BENCH_JAVA_OPTS=     more JVM options for the job, such as compiler settings to try
#   BENCH_CPUS=          run floor and job on these CPUs only (taskset -c, e.g. 0), to see how
#                        each scales with cores; the table then goes to bench/results-cpus-LIST.md
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 30000 100000)
heap=${BENCH_HEAP:-512m}
period=${BENCH_PERIOD:-2026-10}
seed=${BENCH_SEED:-1}
read -r -a java_options <<< "${BENCH_JAVA_OPTS:-}"
cpus=${BENCH_CPUS:-}
work=bench/work
logs=$work/logs
jar=$work/aftercare.jar
tools=$work/aftercare-tools.jar

for size in "${sizes[@]}"; do
	[[ $size =~ ^[1-9][0-9]*$ ]] || { echo "bench: '$size' is not a number of customers" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }
command -v python3 > /dev/null || { echo "bench: python3 is missing" >&2; exit 2; }
# the floor and the job, and the PostgreSQL each starts, inherit the CPU set
pinned=()
results=bench/results.md
if [ -n "$cpus" ]; then
	command -v taskset > /dev/null || { echo "bench: taskset is missing (apt-get install -y util-linux)" >&2; exit 2; }
	taskset -c "$cpus" true || { echo "bench: BENCH_CPUS='$cpus' is not a CPU list of this machine" >&2; exit 2; }
	pinned=(taskset -c "$cpus")
	results=bench/results-cpus-${cpus//[^0-9]/_}.md
fi

mkdir -p "$logs"
failed=0
if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
	echo "bench: building the jars"
	mvn -q -B package -DskipTests
fi
# copies, so that a build during the benchmark cannot change the jars under it
cp target/aftercare.jar "$jar"
cp target/aftercare-tools.jar "$tools"

# Prints the wall time, the CPU time (user + system) and the peak RSS from a `time -v` report.
time_report() {
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
		/User time \(seconds\)/ { cpu += $2 }
		/System time \(seconds\)/ { cpu += $2 }
		/Maximum resident set size/ { rss = $2 / 1024 }
		END { printf "wall_seconds=%.2f cpu_seconds=%.2f peak_rss_mb=%.0f\n", wall, cpu, rss }' "$1"
}

# Prints the largest heap occupancy after a garbage collection, in MB, from a -Xlog:gc log.
heap_after_gc() {
	[ -f "$1" ] || { echo "heap_after_gc_mb="; return; }
	{ grep -oE '[0-9]+M->[0-9]+M' "$1" || true; } | awk -F'->' '{ sub("M", "", $2); if ($2 + 0 > max) max = $2 + 0 } END { printf "heap_after_gc_mb=%d\n", max }'
}

for size in "${sizes[@]}"; do
	data=$work/$size
	if [ ! -d "$data" ]; then
		echo "bench: $size customers: generating $data"
		rm -rf "$data.tmp"
		java -jar "$tools" generate --customers="$size" --seed="$seed" --period="$period" --out="$data.tmp"
		mv "$data.tmp" "$data"
	fi

	echo "bench: $size customers: floor (COPY alone)"
	rm -rf "$work/floor-pg-$size"
	python3 bench/cpu.py --match="--data-directory=$work/floor-pg-$size" \
		--data-directory="$work/floor-pg-$size" --out="$work/floor-$size.cpu" &
	sampler=$!
	status=0
	/usr/bin/time -v -o "$logs/floor-$size.time" ${pinned[@]+"${pinned[@]}"} \
		java -jar "$tools" floor --input="$data" --data-directory="$work/floor-pg-$size" \
		> "$logs/floor-$size.log" 2>&1 || status=$?
	rm -rf "$work/floor-pg-$size"
	{
		grep -E '^(floor_seconds|file)=' "$logs/floor-$size.log" || true
		time_report "$logs/floor-$size.time"
		wait "$sampler" || true
		cat "$work/floor-$size.cpu" 2> /dev/null || true
	} > "$work/floor-$size.result"
	if [ "$status" = 0 ]; then
		grep '^floor_seconds=' "$work/floor-$size.result"
	else
		echo "bench: $size customers: the floor failed with exit code $status; see $logs/floor-$size.log" >&2
		failed=1
	fi

	echo "bench: $size customers: job (-Xmx$heap ${BENCH_JAVA_OPTS:-}${cpus:+; CPUs $cpus})"
	rm -rf "$work/pg-$size" "$work/out-$size"
	load_before=$(cut -d' ' -f1 /proc/loadavg)
	status=0
	# where the CPU goes, sampled beside the job; it ends when the job does
	python3 bench/cpu.py --match="--output=$work/out-$size" --data-directory="$work/pg-$size" \
		--out="$work/job-$size.cpu" &
	sampler=$!
	# the floor's database does not sync to disk either: both are measured alike
	/usr/bin/time -v -o "$logs/job-$size.time" ${pinned[@]+"${pinned[@]}"} \
		java -Xmx"$heap" ${java_options[@]+"${java_options[@]}"} -Xlog:gc:file="$logs/job-$size.gc.log" -jar "$jar" \
		--input="$data" --output="$work/out-$size" --period="$period" \
		--aftercare.embedded-database.data-directory="$work/pg-$size" \
		--aftercare.embedded-database.durable=false > "$logs/job-$size.log" 2>&1 || status=$?
	{
		echo "exit_code=$status"
		echo "load_before=$load_before load_after=$(cut -d' ' -f1 /proc/loadavg)"
		time_report "$logs/job-$size.time"
		heap_after_gc "$logs/job-$size.gc.log"
		wait "$sampler" || true
		cat "$work/job-$size.cpu" 2> /dev/null || true
	} > "$work/job-$size.result"
	tr '\n' ' ' < "$work/job-$size.result"
	echo
	if [ "$status" != 0 ]; then
		echo "bench: $size customers: the job failed with exit code $status; see $logs/job-$size.log" >&2
		failed=1
	fi
	# the databases are large; the run summary and the logs are what the table needs
	rm -rf "$work/pg-$size"
done

python3 bench/table.py --work="$work" --period="$period" --heap="$heap" --java-options="${BENCH_JAVA_OPTS:-}" \
	--cpus="$cpus" "${sizes[@]}" | tee "$results"
# a failed size is in the table; the exit status says so too
exit "$failed"
