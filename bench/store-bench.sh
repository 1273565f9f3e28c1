#!/bin/sh
# Store benchmark: through the built CLI, create a project, import 1,000 documents, add 100,000 codings
# with code --batch (each its own change-log entry and undo step, committed 1,000 at a time, fully synced), then
# undo; then the other bulk operations: auto-code a frequent word, merge a second coder's copy, import a review
# sheet with a decision on every row; then check.
# Writes bench/out/store/ (inputs, project) and prints a report; bench/REPORT-store.md keeps the last one.
# DOCS, CODINGS and OUT make it smaller or write elsewhere (BenchScriptsTest runs it at a tiny size).
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out=${OUT:-$top/bench/out/store}
docs=${DOCS:-1000}
codings=${CODINGS:-100000}
rm -rf "$out" && mkdir -p "$out/docs"
product=${TESSERA_PRODUCT:-$top/releng/tessera.product/target/products/tessera.app.product/linux/gtk/x86_64/tessera}
# builds the product when it is missing or stale, unless TESSERA_PRODUCT names a built one (the smoke test's)
[ -n "${TESSERA_PRODUCT:-}" ] || "$top/tessera" help >/dev/null
tessera="$product/tessera"
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc -l | xargs printf '%.2f'; }

# Documents: the sample texts (Chinese, English, Japanese), each document a different rotation of their paragraphs.
python3 - "$top/bundles/tessera.core/sample/documents" "$out/docs" "$docs" "$codings" "$out/batch.tsv" <<'PY'
import os, sys, random
src, dst, n, m, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
paras = []
for f in sorted(os.listdir(src)):
    paras += [p for p in open(os.path.join(src, f), encoding="utf-8").read().split("\n\n") if p.strip()]
rnd = random.Random(2016)
lengths = []
for i in range(n):
    k = rnd.randrange(len(paras))
    text = "\n\n".join(paras[(k + j) % len(paras)] for j in range(8))
    open(os.path.join(dst, "doc%04d.txt" % i), "w", encoding="utf-8").write(text)
    lengths.append(len(text))  # all BMP: code points = UTF-16 units
codes = ["Drivers/Global", "Drivers/National", "Drivers/Local", "Modes/Bilateral sister cities",
         "Modes/Multilateral forums", "Modes/Transnational city networks", "Roles", "Constraints"]
with open(batch, "w", encoding="utf-8") as b:
    seen = set()
    while len(seen) < m:
        d = rnd.randrange(n); s = rnd.randrange(lengths[d] - 60); e = s + rnd.randrange(5, 60)
        c = rnd.choice(codes); coder = rnd.choice(["Li Wei", "Sato Yuki"])
        if (d, s, e, c, coder) in seen: continue
        seen.add((d, s, e, c, coder))
        b.write("doc%04d\t%d\t%d\t%s\t%s\n" % (d, s, e, c, coder))
PY
input_mb=$(du -sm "$out/docs" | cut -f1)

p="$out/bench.tessera"
"$tessera" new "$p" --name "Store benchmark" >/dev/null
while IFS="$(printf '\t')" read -r path colour desc cat; do
  case "$path" in \#*|"") continue ;; esac
  if [ "$cat" = "no" ]; then "$tessera" codes "$p" add "$path" --colour "$colour" --category >/dev/null
  else "$tessera" codes "$p" add "$path" --colour "$colour" >/dev/null; fi
done < "$top/bundles/tessera.core/sample/codebook.tsv"

t0=$(now); "$tessera" import "$p" "$out"/docs/*.txt --json > "$out/import.json"; t1=$(now)
"$tessera" copy "$p" "$out/copy.tessera" >/dev/null   # a second coder's copy, merged back below
t2=$(now); "$tessera" code "$p" --batch "$out/batch.tsv" --json > "$out/code.json"; t3=$(now)
t4=$(now); "$tessera" undo "$p" >/dev/null; t5=$(now)

# The other bulk operations, each one undoable step in one transaction.
# Auto-code: every hit of a frequent word (the index is built first, untimed).
"$tessera" search "$p" 城市 --json >/dev/null
t6=$(now); "$tessera" autocode "$p" 城市 --code "Drivers/Local" --json > "$out/autocode.json"; t7=$(now)
auto=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["coded"])' "$out/autocode.json")
# The same at a bulk size, as code --batch is measured: every hit of 18 frequent words and characters (about
# 85,000 on 1,000 documents), so that the process's start, opening and search are not most of what is timed.
many="的 OR 市 OR 国 OR 城 OR 在 OR 和 OR 与 OR 中 OR の OR に OR は OR を OR the OR of OR and OR to OR in OR a"
t12=$(now); "$tessera" autocode "$p" "$many" --code "Drivers/National" --json > "$out/autocode-bulk.json"; t13=$(now)
bulk=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["coded"])' "$out/autocode-bulk.json")
# Merge: the copy gets 20,000 codings of its own coder, then comes back.
python3 - "$out/batch.tsv" "$out/batch2.tsv" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()[:20000]
with open(sys.argv[2], "w", encoding="utf-8") as b:
    for l in lines:
        f = l.split("\t"); f[4] = "Kim Minji"; b.write("\t".join(f) + "\n")
PY
"$tessera" code "$out/copy.tessera" --batch "$out/batch2.tsv" >/dev/null
merged=$(wc -l < "$out/batch2.tsv" | tr -d ' ')
t8=$(now); "$tessera" merge "$p" "$out/copy.tessera" --json > "$out/merge.json"; t9=$(now)
# Review: the coded-segment sheet as CSV, a decision and comment on every row, read back.
"$tessera" export "$p" segments --out "$out/review.csv" >/dev/null
reviewed=$(python3 "$top/bench/decide-review.py" "$out/review.csv")
t10=$(now); "$tessera" import-review "$p" "$out/review.csv" --json > "$out/review.json"; t11=$(now)
"$tessera" check "$p" --json > "$out/check.json"
size=$(du -m "$p" | cut -f1)
imp=$(secs "$t0" "$t1"); cod=$(secs "$t2" "$t3"); und=$(secs "$t4" "$t5")
aut=$(secs "$t6" "$t7"); blk=$(secs "$t12" "$t13"); mrg=$(secs "$t8" "$t9"); rev=$(secs "$t10" "$t11")
rate() { echo "$1 / $2" | bc -l | xargs printf '%.0f'; }
cat <<REPORT
# Store benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m))

| step | count | seconds (one CLI process, JVM start included) | per second |
|---|---|---|---|
| import plain-text documents (${input_mb} MB) | $docs | $imp | $(echo "$docs / $imp" | bc -l | xargs printf '%.0f') |
| add codings (code --batch: a log entry each, 1,000 per transaction, synchronous=FULL) | $codings | $cod | $(echo "$codings / $cod" | bc -l | xargs printf '%.0f') |
| undo the last coding (open, undo, close) | 1 | $und | |
| auto-code every hit of 城市 (one operation) | $auto | $aut | $(rate "$auto" "$aut") |
| auto-code every hit of 18 frequent words (one operation) | $bulk | $blk | $(rate "$bulk" "$blk") |
| merge a copy holding $merged codings of its own coder (one operation) | $merged | $mrg | $(rate "$merged" "$mrg") |
| import a review sheet with a decision on every row (CSV, one operation) | $reviewed | $rev | $(rate "$reviewed" "$rev") |

Project file at the end: $size MB, with the full change log ($(tr -d '\n' < "$out/check.json" | tr -s ' ')).
REPORT
