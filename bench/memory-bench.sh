#!/bin/sh
# Memory benchmark: every import and export of a large project, each in one CLI process whose heap is limited to
# 512 MB (TESSERA_HEAP=512m). The project is the workbench benchmark's: 10,000 documents, 500 codes, 200,000
# codings by three coders, with memos and attributes (bench/workbench-bench.sh makes it in bench/out/workbench).
# For each step: its time, the process's peak resident memory (heap, metaspace, code and native libraries together)
# and whether it finished. Writes bench/out/memory/ and prints a Markdown table.
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out=${OUT:-$top/bench/out/memory}
files=${FILES:-10000}
src=${PROJECT:-$top/bench/out/workbench/scale-1.tessera}
[ -f "$src" ] || { echo "memory-bench: run bench/workbench-bench.sh first; it makes $src" >&2; exit 1; }
product=${TESSERA_PRODUCT:-$top/releng/tessera.product/target/products/tessera.app.product/linux/gtk/x86_64/tessera}
# builds the product when it is missing or stale, unless TESSERA_PRODUCT names a built one (the smoke test's)
[ -n "${TESSERA_PRODUCT:-}" ] || "$top/tessera" help >/dev/null
tessera="$product/tessera"
rm -rf "$out" && mkdir -p "$out/docs"
cp "$src" "$out/project.tessera"
p="$out/project.tessera"
export TESSERA_HEAP=512m

# 10,000 text files of about 3 KB, rotated from the sample texts, for the import of many files
python3 "$top/bench/text-files.py" "$top/bundles/tessera.core/sample/documents" "$out/docs" "$files"

step() {
  name=$1; shift
  if /usr/bin/time -f "%e %M" -o "$out/time" "$@" > "$out/$name.out" 2> "$out/$name.err"; then done=yes; else done=no; fi
  set -- $(tail -1 "$out/time")
  echo "| $name | $1 | $(($2 / 1024)) | $done |"
}

echo "# Memory benchmark ($(date -u +%Y-%m-%d), $(nproc) cores): heap limited to 512 MB"
echo
echo "| step | seconds | peak resident MB | finished |"
echo "|---|---|---|---|"
step "export REFI-QDA project (.qdpx)" "$tessera" export "$p" qdpx --out "$out/project.qdpx"
step "import REFI-QDA project (.qdpx) as a new project" "$tessera" import-qdpx "$out/project.qdpx" "$out/from-qdpx.tessera"
# The same project as NVivo or MAXQDA would write it: a Word file (30 KB, already compressed) for every source
python3 - "$out/project.qdpx" "$out/with-word.qdpx" <<'PY'
import os, re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    guids = []
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "project.qde":
            data = re.sub(rb'(<TextSource guid="([0-9a-f-]+)")', lambda m: (m.group(1).decode() + ' richTextPath="internal://'
                + m.group(2).decode() + '.docx"').encode(), data)
            guids = re.findall(rb'<TextSource guid="([0-9a-f-]+)"', data)
        zout.writestr(item, data)
    for g in guids:
        zout.writestr("sources/" + g.decode() + ".docx", os.urandom(30 * 1024))
PY
step "import REFI-QDA project with a Word original for every source (.qdpx)" "$tessera" import-qdpx "$out/with-word.qdpx" "$out/from-word.tessera"
step "export the coded-segment review sheet (.xlsx)" "$tessera" export "$p" segments --out "$out/review.xlsx"
step "import the review sheet (.xlsx, every row read and matched)" "$tessera" import-review "$p" "$out/review.xlsx"
step "export the coded-segment review sheet (.csv)" "$tessera" export "$p" segments --out "$out/review.csv"
python3 "$top/bench/decide-review.py" "$out/review.csv" >/dev/null
step "import the review sheet (.csv, a decision on every row)" "$tessera" import-review "$p" "$out/review.csv"
step "export the matrix, codes by country and the codebook (.xlsx)" "$tessera" export "$p" matrix,attributes,codebook --attribute country --out "$out/all.xlsx"
"$tessera" new "$out/many.tessera" --name "Many files" >/dev/null
step "import $files text files" "$tessera" import "$out/many.tessera" "$out"/docs/*.txt
echo
echo "Project: $(du -m "$p" | cut -f1) MB; REFI-QDA file: $(du -m "$out/project.qdpx" | cut -f1) MB; review sheet: $(du -m "$out/review.xlsx" | cut -f1) MB (xlsx), $(du -m "$out/review.csv" | cut -f1) MB (csv)."
