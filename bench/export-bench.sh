#!/bin/sh
# Export benchmark (issue 5): a project of 10,000 documents, 500 codes and 200,000 codings; the code x document
# matrix and the coded-segment review sheet by Tessera, each beside a bare SXSSF program writing the same cells,
# in one JVM limited to 512 MB of heap. Prints a Markdown report (bench/REPORT-export.md keeps the last one).
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
out="$top/bench/out/export"
mkdir -p "$out"
"$top/tessera" help >/dev/null   # builds the product when it is missing or stale
plugins="$top/releng/tessera.product/target/products/tessera.app.product/linux/gtk/x86_64/tessera/plugins"
cp="$(ls "$plugins"/*.jar | tr '\n' ':')"
java="$JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED -Dlog4j2.statusLoggerLevel=OFF -cp $cp"
if [ ! -f "$out/export.tessera" ]; then
  $java -Xmx2g "$top/bench/ExportBench.java" build "$out" "$top/bundles/tessera.core/sample/documents" \
    "${DOCS:-10000}" "${CODES:-500}" "${CODINGS:-200000}"
fi
echo "# Export benchmark ($(date -u +%Y-%m-%d), $(nproc) cores)"
echo
$java -Xmx512m "$top/bench/ExportBench.java" export "$out"
$java -Xmx192m "$top/bench/ExportBench.java" bounded "$out"
