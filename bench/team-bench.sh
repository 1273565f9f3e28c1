#!/bin/sh
# Team-server benchmark: 8 coders commit codings one by one to one PostgreSQL database at once while another
# client follows the log (TeamBench.java in tessera.core.tests): codings per second, and the time from a commit to
# the follower's sight of it (target: p95 under 1 s). Starts a throwaway PostgreSQL server as ./run-tests does.
# Writes bench/out/team.json; bench/REPORT-team.md keeps the last report.
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out="$top/bench/out"
mkdir -p "$out"
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
. "$top/releng/scripts/gui-deps.sh"
. "$top/releng/scripts/test-postgres.sh"
tessera_find_jdk
trap tessera_stop_postgres EXIT
tessera_start_postgres
cd "$top"
./mvnw -B ${MVN_OFFLINE:+-o} verify -pl releng/tessera.target,bundles/tessera.core,bundles/tessera.testing,bundles/tessera.core.tests \
  -Dtest=TeamBench -Dtessera.bench.args="-Dtessera.bench.team=$out/team.json" \
  > "$out/team-bench.log" 2>&1 || { tail -40 "$out/team-bench.log"; exit 1; }
cat "$out/team.json"
