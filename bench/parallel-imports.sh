#!/usr/bin/env bash
# Parallel writes through the gateway, with pauses that leave its pooled connections to the
# services idle. A measurement, not a test: it prints how many answers of each status it saw, to be
# copied into the README with the machine and date. A write is never retried, so a write that met a
# service closing the pooled connection was a 502 ("Stream reset"); none should be seen.
# Needs a running stack (bin/stack up -d) and curl. Usage: bench/parallel-imports.sh [PARALLEL] [ROUNDS] [PAUSE_SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
parallel=${1:-50}
rounds=${2:-3}
pause=${3:-12}
gateway=http://localhost:8080
token=$(bin/stack token --role admin)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# One figure per request, each for its own org unit and year (9 x 6), so parallel imports do not clash.
units=(06 058 060 061 062 063 064 065 066)
import() {
  local n=$1 slot=$(($1 % 54))
  local unit=${units[$((slot % 9))]} year=$((2020 + slot / 9))
  printf 'indicator,org_unit,year,value,quality,source,comment\nNRD-COMMUNES,%s,%d,%d,FINAL,benchmark,\n' "$unit" "$year" "$((n % 100))" |
    curl -s -o /dev/null -w '%{http_code}\n' -X POST "$gateway/api/v1/observations/import" \
      -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @- >> "$out/statuses"
}

for round in $(seq 1 "$rounds"); do
  for i in $(seq 1 "$parallel"); do
    import "$((round * 1000 + i))" &
  done
  wait
  # Longer than the services' old 10 s header deadline, shorter than the gateway's 60 s pool idle.
  [ "$round" -lt "$rounds" ] && sleep "$pause"
done
echo "$((parallel * rounds)) imports through the gateway ($rounds rounds of $parallel, ${pause}s apart):"
sort "$out/statuses" | uniq -c
