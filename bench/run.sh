#!/bin/sh
# The whole benchmark in one command (from the repository root): builds core, the preview, the bench jar and the
# Jira plugin (the page-weight case reads its built descriptor's web-resource contexts), then generates the
# portfolios (the large one and the scale ×5 one with its 1,000,000 issues), measures HSQLDB and PostgreSQL and writes
# bench/RESULTS.md and bench/dashboard-latency.png. Extra arguments go to the benchmark (e.g. --no-postgres, --runs 50).
# -Xmx6g: the bench host holds every project's issues (1.4 million with the scale portfolio) and HSQLDB's tables.
set -eu
cd "$(dirname "$0")/.."
started=$(date +%s)
mvn -B -q -Pbench -pl bench,jira-plugin -am package -DskipTests
echo "bench/run.sh: build took $(( $(date +%s) - started )) s"
status=0
java -Xmx6g -jar bench/target/outcomes-bench.jar --out bench/RESULTS.md "$@" || status=$?
echo "bench/run.sh: $(( $(date +%s) - started )) s in all (the phases are logged and listed in the report)"
exit $status
