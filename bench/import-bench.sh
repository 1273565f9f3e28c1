#!/bin/sh
# Import throughput for .docx and .pdf (Chinese text, files written by the benchmark from the reference article)
# beside bare POI and PDFBox text extraction of the same files (ImportBench.java in tessera.exchange.tests).
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out="$top/bench/out"
mkdir -p "$out"
article="$top/../shared/corpus/city-diplomacy-cjk-2016.txt"
[ -f "$article" ] || { echo "import-bench: the reference article is not at $article" >&2; exit 1; }
font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
[ -f "$font" ] || { echo "import-bench: a CJK TrueType font is needed at $font (apt-get install fonts-wqy-microhei)" >&2; exit 1; }
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
cd "$top"
./mvnw -B ${MVN_OFFLINE:+-o} verify -pl releng/tessera.target,bundles/tessera.core,bundles/tessera.exchange,bundles/tessera.exchange.tests \
  -Dtest=ImportBench -Dtessera.bench.args="-Dtessera.bench.import=$out/import.json -Dtessera.bench.article=$article -Dtessera.bench.font=$font ${BENCH_JVM_ARGS:-}" \
  > "$out/import-bench.log" 2>&1 || { tail -40 "$out/import-bench.log"; exit 1; }
cat "$out/import.json"
