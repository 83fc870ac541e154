#!/usr/bin/env bash
# What the gateway costs: GET /api/v1/indicators straight to targets-service and through the
# gateway, under the same wrk load, in alternating runs after a warm-up. A measurement, not a test:
# copy the figures into the README with the machine and the date.
#
#   shared  wrk, the gateway, the service and MariaDB all on every core (saturated, -c16)
#   pinned  on a machine with 2+ cores: wrk and the gateway on core 0, the service and MariaDB on
#           the others, so the gateway's work does not come out of the service's CPU (as with a
#           gateway pod on its own node). wrk shares the gateway's core, which only handicaps the gateway.
#   single  one connection at a time (-c1), all cores shared: latency without queueing
#
# For each run: requests/s, p50, p99, and the CPU time the gateway process used per request.
# Needs a running stack with the rate limit lifted, wrk (Debian: apt-get install wrk), ss and taskset:
#   GATEWAY_RATE_LIMITS_DEFAULT_CAPACITY=100000000 GATEWAY_RATE_LIMITS_DEFAULT_REFILL_PER_SECOND=100000000 bin/stack up -d
# Environment: RUNS (alternating pairs per mode, default 3), SECONDS_PER_RUN (default 15),
# WARMUP_SECONDS (default 30 each way: a JVM just started is still compiling, and its first
# thousands of requests run several times slower than later ones).
set -euo pipefail
runs=${RUNS:-3}
duration=${SECONDS_PER_RUN:-15}
warmup=${WARMUP_SECONDS:-30}
path=/api/v1/indicators
direct=http://localhost:8081$path
gateway=http://localhost:8080$path

pid_on() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
service_pid=$(pid_on 8081); gateway_pid=$(pid_on 8080); db_pid=$(pid_on 3307)
[ -n "$service_pid" ] && [ -n "$gateway_pid" ] && [ -n "$db_pid" ] || { echo "start the stack first (bin/stack up -d)" >&2; exit 1; }
cores=$(nproc)
all_cores="0-$((cores - 1))"
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pin() { taskset -a -p -c "$2" "$1" > /dev/null; }
unpin() { for p in "$service_pid" "$gateway_pid" "$db_pid"; do pin "$p" "$all_cores"; done; }
trap unpin EXIT

# Prints: requests/s p50 p99 gateway-CPU-microseconds-per-request
measure() {
  local url=$1 connections=$2 wrk_cores=$3 seconds=${4:-$duration} out before after
  out=$(mktemp)
  before=$(cpu_ticks "$gateway_pid")
  taskset -c "$wrk_cores" wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"${seconds}s" --latency "$url" > "$out"
  after=$(cpu_ticks "$gateway_pid")
  if grep -q 'Non-2xx' "$out"; then echo "non-2xx answers: not comparable" >&2; cat "$out" >&2; exit 1; fi
  awk -v cpu=$((after - before)) -v hz="$ticks" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    / 50% / { p50 = ms($2) } / 99% / { p99 = ms($2) } /requests in/ { n = $1 } /Requests\/sec/ { rps = $2 }
    END { printf "%8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  gateway CPU %4.0f us/req\n", rps, p50, p99, cpu / hz * 1e6 / n }' "$out"
  rm -f "$out"
}

mode() {
  local name=$1 connections=$2 wrk_cores=$3 i
  echo "== $name (wrk -c$connections on cores $wrk_cores)"
  for i in $(seq "$runs"); do
    printf 'direct   '; measure "$direct" "$connections" "$wrk_cores"
    printf 'gateway  '; measure "$gateway" "$connections" "$wrk_cores"
  done
}

echo "warm-up (${warmup}s each way, not counted)"
measure "$direct" 16 "$all_cores" "$warmup" > /dev/null
measure "$gateway" 16 "$all_cores" "$warmup" > /dev/null
mode shared 16 "$all_cores"
mode single 1 "$all_cores"
if [ "$cores" -ge 2 ]; then
  pin "$gateway_pid" 0; pin "$service_pid" "1-$((cores - 1))"; pin "$db_pid" "1-$((cores - 1))"
  mode pinned 16 0
  unpin
fi
