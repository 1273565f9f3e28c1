#!/bin/sh
# The coding editor on a ~2 MB Chinese document with 5,000 codings: open, code a passage, scroll (EditorBench.java
# in tessera.ui.tests). Runs the workbench under Xvfb when there is no display; results in bench/out/editor.json.
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out="$top/bench/out"
mkdir -p "$out"
corpus="$top/../shared/corpus/city-diplomacy-cjk-2016.txt"
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
  -Dtest=EditorBench -Dtessera.bench.args="-Dtessera.bench.editor=$out/editor.json -Dtessera.bench.corpus=$corpus ${BENCH_JVM_ARGS:-}" \
  > "$out/editor-bench.log" 2>&1 || { tail -40 "$out/editor-bench.log"; exit 1; }
cat "$out/editor.json"
