#!/bin/sh
# The whole benchmark in one command (from the repository root): builds core, the preview and the bench jar,
# then generates the large portfolio, measures HSQLDB and PostgreSQL and writes bench/RESULTS.md and
# bench/dashboard-latency.png. Extra arguments go to the benchmark (e.g. --no-postgres, --runs 50).
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl bench -am package -DskipTests
exec java -Xmx3g -jar bench/target/outcomes-bench.jar --out bench/RESULTS.md "$@"
