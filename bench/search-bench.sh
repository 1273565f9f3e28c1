#!/bin/sh
# Search on about 75 MB of classical Chinese: indexing speed beside a bare Lucene IndexWriter, query latency,
# hit counts against true occurrences, a String.indexOf scan, index size (SearchBench.java in tessera.index.tests).
# The corpus is the npm package chinese-poetry (MIT), fetched here into bench/out/corpora, never committed.
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
out="$top/bench/out"
corpora="$out/corpora"
mkdir -p "$corpora"
if [ ! -d "$corpora/chinese-poetry/dist" ]; then
  command -v npm >/dev/null || { echo "search-bench: npm is needed to fetch chinese-poetry (apt-get install npm)" >&2; exit 1; }
  (cd "$corpora" && npm pack chinese-poetry@2.0.1 --silent >/dev/null && mkdir -p chinese-poetry \
    && tar xzf chinese-poetry-2.0.1.tgz -C chinese-poetry --strip-components=1 && rm chinese-poetry-2.0.1.tgz)
fi
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
cd "$top"
./mvnw -B ${MVN_OFFLINE:+-o} verify -pl releng/tessera.target,bundles/tessera.core,bundles/tessera.index,bundles/tessera.index.tests \
  -Dtest=SearchBench -Dtessera.bench.args="-Xmx3g -Dtessera.bench.search=$out/search.json -Dtessera.bench.poetry=$corpora/chinese-poetry ${BENCH_JVM_ARGS:-}" \
  > "$out/search-bench.log" 2>&1 || { tail -40 "$out/search-bench.log"; exit 1; }
cat "$out/search.json"
