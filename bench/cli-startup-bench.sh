#!/bin/sh
# CLI start-up benchmark: how long `tessera check` on the sample project takes through the product's launcher,
# beside a bare `java -version` of the same JDK and the same command run in an OSGi runtime (the former way).
# Each is run RUNS times after one warm-up run (which also makes the class-data archive); the report gives the
# median and the slowest. Writes bench/REPORT-cli.md (RUNS, OUT and REPORT change that: BenchScriptsTest runs it once).
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
runs=${RUNS:-15}
out=${OUT:-$top/bench/out-cli}
rm -rf "$out" && mkdir -p "$out"
product=${TESSERA_PRODUCT:-$top/releng/tessera.product/target/products/tessera.app.product/linux/gtk/x86_64/tessera}
# builds the product when it is missing or stale, unless TESSERA_PRODUCT names a built one (the smoke test's)
[ -n "${TESSERA_PRODUCT:-}" ] || "$top/tessera" help >/dev/null
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
export TESSERA_CODER=bench XDG_CACHE_HOME="$out/cache"
"$product/tessera" new "$out/sample.tessera" --sample >/dev/null

# measure COMMAND...: prints the median and the maximum of RUNS runs, in seconds
measure() {
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  i=0
  while [ $i -lt "$runs" ]; do
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
    i=$((i + 1))
  done | sort -n | awk '{a[NR]=$1} END {printf "%.3f %.3f\n", a[int((NR+1)/2)]/1000, a[NR]/1000}'
}

launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
java_version=$(measure "$JAVA_HOME/bin/java" -version)
check=$(measure "$product/tessera" check "$out/sample.tessera")
check_json=$(measure "$product/tessera" check "$out/sample.tessera" --json)
codings=$(measure "$product/tessera" codings "$out/sample.tessera" --code Drivers --subcodes)
osgi=$(measure "$JAVA_HOME/bin/java" -Xms64m -Dfile.encoding=UTF-8 -Djava.awt.headless=true -jar "$launcher" -nosplash \
  -data @none -application tessera.cli.application check "$out/sample.tessera")

report=${REPORT:-$top/bench/REPORT-cli.md}
{
  echo "# CLI start-up"
  echo
  echo "\`bench/cli-startup-bench.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)."
  echo "Each command ran $runs times after a warm-up run; seconds, wall clock, including the launcher script."
  echo
  echo "| command | median | slowest |"
  echo "|---|---|---|"
  echo "| \`java -version\` (the JVM alone) | ${java_version% *} | ${java_version#* } |"
  echo "| \`tessera check sample.tessera\` | ${check% *} | ${check#* } |"
  echo "| \`tessera check sample.tessera --json\` | ${check_json% *} | ${check_json#* } |"
  echo "| \`tessera codings sample.tessera --code Drivers --subcodes\` | ${codings% *} | ${codings#* } |"
  echo "| the same \`check\` in an OSGi runtime (\`-application tessera.cli.application\`) | ${osgi% *} | ${osgi#* } |"
  echo
  echo "Target: \`tessera check\` on the sample project under 0.6 s."
} > "$report"
cat "$report"
