#!/bin/sh
# The whole benchmark in one command (from the repository root): builds core, the preview, the bench jar and the
# Jira plugin (the page-weight case reads its built descriptor's web-resource contexts), then generates the large
# portfolio, measures HSQLDB and PostgreSQL and writes bench/RESULTS.md and bench/dashboard-latency.png.
# Extra arguments go to the benchmark (e.g. --no-postgres, --runs 50).
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl bench,jira-plugin -am package -DskipTests
exec java -Xmx3g -jar bench/target/outcomes-bench.jar --out bench/RESULTS.md "$@"
