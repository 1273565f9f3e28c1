#!/bin/sh
# Import of many small text files (issue 16): `tessera import` of FILES distinct small files, as one CLI
# process, beside PlainImport.java writing the same four rows per file (text, original bytes, document, change-log
# entry) with plain JDBC into a project made the same way. Runs each RUNS times, alternating, and prints a Markdown
# report (bench/REPORT-store.md keeps the last one). FILES, RUNS and OUT change the sizes and where files go.
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out=${OUT:-$top/bench/out/import-files}
files=${FILES:-40000}
runs=${RUNS:-3}
product=${TESSERA_PRODUCT:-$top/releng/tessera.product/target/products/tessera.app.product/linux/gtk/x86_64/tessera}
# builds the product when it is missing or stale, unless TESSERA_PRODUCT names a built one (the smoke test's)
[ -n "${TESSERA_PRODUCT:-}" ] || "$top/tessera" help >/dev/null
tessera="$product/tessera"
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
rm -rf "$out" && mkdir -p "$out/docs" "$out/classes"
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }

# Distinct files (each opens with its own line, so no two texts are kept once): six paragraphs of the sample texts
python3 "$top/bench/text-files.py" "$top/bundles/tessera.core/sample/documents" "$out/docs" "$files" --distinct
bytes=$(du -sb "$out/docs" | cut -f1)
sqlite=$(ls "$product"/plugins/org.xerial.sqlite-jdbc_*.jar | head -n 1)
"$JAVA_HOME/bin/javac" -d "$out/classes" -cp "$sqlite" "$top/bench/PlainImport.java"

echo "# Import of many small text files ($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m))"
echo
echo "$files distinct text files, $((bytes / files)) bytes each on average; each file is four rows: its text, its"
echo "original bytes, its document and its change-log entry. Whole processes (JVM start included), run after run."
echo
echo "| run | tessera import (s) | files/s | rows/s | plain JDBC, same rows (s) | files/s | ratio |"
echo "|---|---|---|---|---|---|---|"
i=1
while [ "$i" -le "$runs" ]; do
  rm -f "$out"/t.tessera* "$out"/p.tessera*
  "$tessera" new "$out/t.tessera" >/dev/null
  "$tessera" new "$out/p.tessera" >/dev/null
  # file names relative to docs/: 40,000 full paths are past the system's limit on a command's arguments
  t0=$(now); (cd "$out/docs" && "$tessera" import ../t.tessera *.txt --json > ../import.json); t1=$(now)
  t2=$(now); (cd "$out/docs" && "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "../classes:$sqlite" \
    PlainImport ../p.tessera *.txt > ../plain.out); t3=$(now)
  grep -q "^$files documents" "$out/plain.out" || { echo "import-files-bench: plain JDBC wrote $(cat "$out/plain.out")" >&2; exit 1; }
  t=$(secs "$t0" "$t1"); p=$(secs "$t2" "$t3")
  echo "| $i | $t | $(echo "$files / $t" | bc -l | xargs printf '%.0f') | $(echo "4 * $files / $t" | bc -l | xargs printf '%.0f') | $p | $(echo "$files / $p" | bc -l | xargs printf '%.0f') | $(echo "$p / $t" | bc -l | xargs printf '%.2f') |"
  i=$((i + 1))
done
echo
echo "Tessera's project at the end: $("$tessera" check "$out/t.tessera" --json | tr -d '\n' | tr -s ' ')"
