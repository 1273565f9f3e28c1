#!/bin/sh
# The workbench on a large project (WorkbenchBench.java in tessera.ui.tests): 10,000 documents, 500 codes, 200,000
# codings by three coders, with attributes and memos (SCALE=0.1 builds a tenth). Opens it, fills Documents, the
# Codebook, Coded Segments of a code with 20,000 segments and the Matrix, scrolls, codes, and reports the heap, in a
# test JVM limited to 1 GB. The project is built once into bench/out/workbench and reused. Runs under Xvfb when there
# is no display; results in bench/out/workbench/workbench.json.
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
scale=${SCALE:-1}
out="$top/bench/out/workbench"
mkdir -p "$out"
if [ -z "${DISPLAY:-}" ]; then
  . "$top/releng/scripts/gui-deps.sh"
  tessera_start_xvfb 60 89 1600x1000x24
  trap 'kill $tessera_xvfb_pid' EXIT
fi
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
cd "$top"
./mvnw -B ${MVN_OFFLINE:+-o} verify \
  -pl releng/tessera.target,bundles/tessera.core,bundles/tessera.exchange,bundles/tessera.index,bundles/tessera.analysis,bundles/tessera.charts,bundles/tessera.nl.zh,bundles/tessera.ui,bundles/tessera.testing,bundles/tessera.ui.tests \
  -Dtest=WorkbenchBench -Dtessera.bench.args="-Xmx1g -Dtessera.bench.workbench=$out/workbench.json -Dtessera.bench.scale=$scale -Dtessera.bench.workbench.project=$out/scale-$scale.tessera ${BENCH_JVM_ARGS:-}" \
  > "$out/workbench-bench.log" 2>&1 || { tail -40 "$out/workbench-bench.log"; exit 1; }
cat "$out/workbench.json"
