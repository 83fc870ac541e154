#!/usr/bin/env bash
# Benchmark of targets-service's import. This is a measurement, not a test: it prints figures, to
# be copied into the README with the machine and date. It imports every distinct figure the
# catalogue admits, as one CSV (numeric indicators x 9 org units x 6 years; milestone flags left out), once to create them
# all and once to change them all, then a 10,000-row file of repeats.
# Needs a running stack (bin/stack up -d) and python3. The gateway's cost is measured by
# bench/gateway-bench.sh.
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

