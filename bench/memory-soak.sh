#!/usr/bin/env bash
# The whole local stack's memory under a mixed load: resident memory (RSS) of the four JVMs and
# MariaDB before, then after MINUTES (default 10) of wrk through the gateway over many different
# reads (every page, indicator, progress per org unit and year, the plan, the congress, the
# overview), with a figure imported every two seconds so the caches keep turning over.
# A measurement, not a test: copy the figures into the README with the machine and the date.
#
#   GATEWAY_RATE_LIMITS_DEFAULT_CAPACITY=100000000 GATEWAY_RATE_LIMITS_DEFAULT_REFILL_PER_SECOND=100000000 bin/stack up -d
#   bench/memory-soak.sh
# Needs wrk (Debian's package; installed when missing, with sudo unless root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
minutes=${MINUTES:-10}

if ! command -v wrk > /dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk
fi

pid_on() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
declare -A pids=([gateway]=$(pid_on 8080) [targets]=$(pid_on 8081) [programs]=$(pid_on 8082)
  [elections]=$(pid_on 8083) [mariadb]=$(pid_on 3307))
for p in "${!pids[@]}"; do [ -n "${pids[$p]}" ] || { echo "start the stack first (bin/stack up -d): no $p" >&2; exit 1; }; done

rss() {
  local total=0 p kib line=""
  for p in gateway targets programs elections mariadb; do
    kib=$(awk '/^VmRSS/ {print $2}' "/proc/${pids[$p]}/status")
    total=$((total + kib)); line+="$p $((kib / 1024)) MiB, "
  done
  echo "${line}total $((total / 1024)) MiB"
}

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
{
  echo 'paths = {'
  for page in 1 2 3 4 5 6 7; do echo "\"/api/v1/indicators?page=$page&pageSize=10\","; done
  curl -sf "http://127.0.0.1:8080/api/v1/indicators?pageSize=200" | grep -o '"code":"[A-Z0-9-]*"' | sort -u \
    | cut -d'"' -f4 | while read -r code; do echo "\"/api/v1/indicators/$code\", \"/api/v1/progress/$code\","; done
  units=$(curl -sf http://127.0.0.1:8080/api/v1/org-units | grep -o '"code":"[0-9]*"' | cut -d'"' -f4)
  for unit in $units; do
    for year in 2021 2022 2023 2024 2025; do echo "\"/api/v1/progress?orgUnit=$unit&asOf=$year\","; done
  done
  for p in /api/v1/overview "/api/v1/overview?lang=en" /api/v1/resolution /api/v1/org-units /api/v1/observations \
    "/api/v1/indicators?format=csv" /api/v1/plan /api/v1/programs /api/v1/solutions /api/v1/tasks /api/v1/updates \
    /api/v1/congress /api/v1/bodies /api/v1/posts /api/v1/people /api/v1/memberships /api/v1/contests /api/v1/popolo; do
    echo "\"$p\","
  done
  echo '}'
  cat <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept-Encoding"] = (counter % 2 == 0) and "gzip" or "identity" })
end
LUA
} > "$work/mixed.lua"

token=$(bin/stack token --role admin)
echo "before:  $(rss)"
(
  value=1000
  while true; do
    value=$((value + 1))
    curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"066\",\"year\":2025,\"value\":$value}]" \
      http://127.0.0.1:8080/api/v1/observations/import || echo "import failed" >&2
    sleep 2
  done
) &
wrk -t2 -c32 -d"${minutes}m" --latency -s "$work/mixed.lua" http://127.0.0.1:8080 | grep -E 'Requests/sec|requests in|Non-2xx|50%|99%'
echo "after:   $(rss)"
