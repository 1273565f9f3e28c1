#!/bin/sh
# Coding-query benchmark: 2,000 documents, 500 codes, 3 coders, 200,000 codings, an attribute with 20 values; a
# mix of coding queries and the matrix query of every code by the 20 values, timed after a warm-up run
# (QueryBench.java in tessera.analysis.tests). Writes bench/out/query.json; bench/REPORT-query.md keeps the last
# report. Target: each under 1 s.
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out="$top/bench/out"
mkdir -p "$out"
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
cd "$top"
./mvnw -B ${MVN_OFFLINE:+-o} verify -pl releng/tessera.target,bundles/tessera.core,bundles/tessera.exchange,bundles/tessera.index,bundles/tessera.analysis,bundles/tessera.analysis.tests \
  -Dtest=QueryBench -Dtessera.bench.args="-Xmx1g -Dtessera.bench.query=$out/query.json" \
  > "$out/query-bench.log" 2>&1 || { tail -40 "$out/query-bench.log"; exit 1; }
cat "$out/query.json"
