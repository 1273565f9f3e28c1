#!/bin/sh
# Agreement benchmark: 1,000 documents, 3 coders, 100,000 codings; every code and coder pair by character, the
# disagreements and documents as units, timed, with the heap they hold (AgreementBench.java in
# tessera.analysis.tests). Writes bench/out/agreement.json; bench/REPORT-agreement.md keeps the last report.
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out="$top/bench/out"
mkdir -p "$out"
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
cd "$top"
./mvnw -B ${MVN_OFFLINE:+-o} verify -pl releng/tessera.target,bundles/tessera.core,bundles/tessera.exchange,bundles/tessera.index,bundles/tessera.analysis,bundles/tessera.analysis.tests \
  -Dtest=AgreementBench -Dtessera.bench.args="-Xmx1g -Dtessera.bench.agreement=$out/agreement.json" \
  > "$out/agreement-bench.log" 2>&1 || { tail -40 "$out/agreement-bench.log"; exit 1; }
cat "$out/agreement.json"
