#!/usr/bin/env bash
# Parse time of a figures import: 1,000, 10,000 and 100,000 rows of a realistic CSV (indicator,
# org_unit, year, value, quality, source, comment in Vietnamese; about 200 bytes a row, so 10,000
# rows are 2 MB), and the 0.8 MB 100,000-row file of issue 29, through the parse an import does
# (targets-service's FigureParsing: UTF-8, CsvParser with the 10,000-row limit, text checks).
# After a 5 s warm-up, each file is parsed REPETITIONS times (default 15); the medians of the clock
# and of the thread's CPU time are printed (on a shared machine the CPU time is the steadier one).
# A measurement, not a test: copy the figures into bench/README.md with the machine and the date.
#   bench/csv-parse-bench.sh
# Needs only a JDK 17; it compiles targets-service (and what it needs) with ./mvnw first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repetitions=${REPETITIONS:-15}

./mvnw -q -B -pl targets-service -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
classpath="targets-service/target/classes:$(cat targets-service/target/bench-classpath.txt)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -cp "$classpath" bench/csv/CsvParseBench.java "$repetitions"
