#!/usr/bin/env bash
# Past one machine, measured on one: the same month run by one process, then by a manager and two
# worker JVMs (a broker and a PostgreSQL server from aftercare-tools.jar), and what the distribution
# costs per partition. Usage: bench/remote.sh [CUSTOMERS]   (default: 100000)
#
# Environment:
#   BENCH_SKIP_BUILD=1      use target/aftercare.jar and target/aftercare-tools.jar as they are
#   BENCH_HEAP=512m         each JVM's heap (-Xmx): the single process, the manager, each worker
#   BENCH_PARTS=8           usage split into this many part files (usage/part-N.csv), when the jar
#                           reads a usage/ folder; else usage.csv as it is (the table says which)
#   BENCH_WORKER_THREADS=1  partitions each worker runs side by side
#   BENCH_PERIOD=2026-10, BENCH_SEED=1   as bench/run.sh
set -euo pipefail

cd "$(dirname "$0")/.."
size=${1:-100000}
heap=${BENCH_HEAP:-512m}
parts=${BENCH_PARTS:-8}
threads=${BENCH_WORKER_THREADS:-1}
period=${BENCH_PERIOD:-2026-10}
seed=${BENCH_SEED:-1}
work=bench/work/remote
logs=$work/logs
jar=$work/aftercare.jar
tools=$work/aftercare-tools.jar

[[ $size =~ ^[1-9][0-9]*$ ]] || { echo "bench: '$size' is not a number of customers" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }
rm -rf "$work/single" "$work/single-db" "$work/remote" "$work/server-db" "$work/broker" "$logs"
mkdir -p "$logs"
if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
	echo "bench: building the jars"
	mvn -q -B package -DskipTests
fi
cp target/aftercare.jar "$jar"
cp target/aftercare-tools.jar "$tools"

data=bench/work/$size
if [ ! -d "$data" ]; then
	echo "bench: $size customers: generating $data"
	rm -rf "$data.tmp"
	java -jar "$tools" generate --customers="$size" --seed="$seed" --period="$period" --out="$data.tmp"
	mv "$data.tmp" "$data"
fi
# the same files, usage in parts, each with the header
input=$work/input-$size-$parts
if [ ! -d "$input" ]; then
	mkdir -p "$input.tmp/usage"
	for file in "$data"/*; do
		[ "$(basename "$file")" = usage.csv ] || cp "$file" "$input.tmp/"
	done
	awk -v parts="$parts" -v dir="$input.tmp/usage" '
		NR == 1 { header = $0; next }
		{ part = int((NR - 2) * parts / total); file = sprintf("%s/part-%02d.csv", dir, part + 1)
		  if (!(file in started)) { print header > file; started[file] = 1 }
		  print > file }' total="$(($(wc -l < "$data/usage.csv") - 1))" "$data/usage.csv"
	mv "$input.tmp" "$input"
fi
usage="$parts part files"
# a jar that reads a usage/ folder says so in its help
if ! java -jar "$jar" --help | grep -q 'usage/'; then
	input=$data
	usage="one usage.csv (this jar reads no usage/ folder)"
fi
echo "bench: input $input ($usage)"

port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Waits for a line in a log file of a process started here, or its end.
await() {
	local log=$1 text=$2 pid=$3
	until grep -q -- "$text" "$log" 2> /dev/null; do
		kill -0 "$pid" 2> /dev/null || { echo "bench: gave up waiting for '$text' in $log" >&2; exit 1; }
		sleep 0.5
	done
}

echo "bench: $size customers: one process"
load_single=$(cut -d' ' -f1 /proc/loadavg)
/usr/bin/time -v -o "$logs/single.time" java -Xmx"$heap" -jar "$jar" --input="$input" --output="$work/single" \
	--period="$period" --aftercare.embedded-database.data-directory="$work/single-db/pgdata" \
	--aftercare.embedded-database.durable=false > "$logs/single.log" 2>&1
rm -rf "$work/single-db"

echo "bench: $size customers: a manager and two workers"
started=()
stop() { for pid in ${started[@]+"${started[@]}"}; do kill "$pid" 2> /dev/null || true; done; wait 2> /dev/null || true; }
trap stop EXIT
db_port=$(port)
broker_port=$(port)
java -jar "$tools" database --data-directory="$work/server-db/pgdata" --port="$db_port" --durable=false \
	> "$logs/database.log" 2>&1 &
started+=($!)
await "$logs/database.log" "^database: " "$!"
java -jar "$tools" broker --data-directory="$work/broker" --port="$broker_port" > "$logs/broker.log" 2>&1 &
started+=($!)
await "$logs/broker.log" "^broker: " "$!"
export SPRING_DATASOURCE_PASSWORD
SPRING_DATASOURCE_PASSWORD=$(cat "$work/server-db/pgdata.password")
shared=(--spring.datasource.url="jdbc:postgresql://localhost:$db_port/postgres" --spring.datasource.username=postgres
	--spring.artemis.broker-url="tcp://localhost:$broker_port")
for worker in 1 2; do
	java -Xmx"$heap" -jar "$jar" worker "${shared[@]}" --aftercare.workers.threads="$threads" \
		> "$logs/worker-$worker.log" 2>&1 &
	started+=($!)
	await "$logs/worker-$worker.log" "Worker ready" "$!"
done
load_remote=$(cut -d' ' -f1 /proc/loadavg)
/usr/bin/time -v -o "$logs/manager.time" java -Xmx"$heap" -jar "$jar" --input="$input" --output="$work/remote" \
	--period="$period" "${shared[@]}" --aftercare.workers.poll-interval=200ms > "$logs/manager.log" 2>&1
stop
trap - EXIT

for file in credits.csv affected_customers.csv rejects.csv credit_adjustments.csv; do
	cmp -s "$work/single/$period/$file" "$work/remote/$period/$file" \
		|| { echo "bench: $file differs between the two runs" >&2; exit 1; }
done
python3 bench/remote.py --work="$work" --period="$period" --customers="$size" --usage="$usage" --heap="$heap" \
	--threads="$threads" --load-single="$load_single" --load-remote="$load_remote" | tee bench/results-remote.md
