#!/usr/bin/env bash
# Benchmark of targets-service. This is a measurement, not a test: it prints figures, to be
# copied into the README with the machine and date.
#  1. Importing every distinct figure the catalogue admits, as one CSV: numeric indicators x
#     9 org units x 6 years. It is run once to create them all and once to change them all.
#  2. GET /api/v1/indicators with wrk: direct to the service, then through the gateway.
# Needs a running stack, python3, and wrk (Debian: apt-get install wrk). The gateway's rate limit
# would otherwise answer most of wrk's requests with 429, so start the stack with it lifted:
#   GATEWAY_RATE_LIMITS_DEFAULT_CAPACITY=100000000 GATEWAY_RATE_LIMITS_DEFAULT_REFILL_PER_SECOND=100000000 bin/stack up -d
# Any "Non-2xx" line in wrk's output means the figures are not comparable.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
service=http://localhost:8081
gateway=http://localhost:8080
token=$(bin/stack token --role admin)
csv=$(mktemp)
trap 'rm -f "$csv" "$csv.2" "$csv.3"' EXIT

curl -sf "$service/api/v1/indicators?pageSize=200" | python3 -c '
import json, sys
codes = [i["code"] for i in json.load(sys.stdin)["items"] if i["target"]["kind"] not in ("MILESTONE", "QUALITATIVE")]
units = ["06", "058", "060", "061", "062", "063", "064", "065", "066"]
print("indicator,org_unit,year,value,quality,source,comment")
for c in codes:
    for u in units:
        for y in range(2020, 2026):
            print(f"{c},{u},{y},{40 + y - 2020},FINAL,benchmark,")
' > "$csv"
sed 's/,FINAL,benchmark,/,REVISED,benchmark,/' "$csv" > "$csv.2"
rows=$(($(wc -l < "$csv") - 1))
# A 10,000-row file: the distinct figures again and again. Every row is parsed and checked; the
# repeats are reported as DUPLICATE_ROW and the rest saved (keepValid=true).
python3 -c 'import sys; lines = open(sys.argv[1]).read().splitlines(); print("\n".join([lines[0]] + (lines[1:] * 4)[:10000]))' "$csv" > "$csv.3"

import() {
  curl -sf -o /dev/null -w '%{time_total}' -X POST "$service/api/v1/observations/import$2" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$1"
}
echo "import of $rows rows (create): $(import "$csv" "") s"
echo "import of $rows rows (update): $(import "$csv.2" "") s"
echo "import of 10000 rows, $rows distinct (keepValid): $(import "$csv.3" "?keepValid=true") s"

for target in "$service" "$gateway"; do
  echo "GET $target/api/v1/indicators (wrk -t2 -c16 -d20s):"
  wrk -t2 -c16 -d20s --latency "$target/api/v1/indicators" | grep -E 'Requests/sec|Latency|50%|99%|Non-2xx'
done
