#!/bin/sh
# Checks that every bench script's Maven module list (-pl) holds each tessera bundle its bundles require (and each
# test fragment's host and the tessera bundles its pom asks for), so that a new dependency cannot leave a benchmark
# that no longer builds from a clean clone. Fast (no Maven); ./run-tests runs it first. Exit 1 names what is missing.
top=$(cd "$(dirname "$0")/.." && pwd -P)
status=0
for script in "$top"/bench/*.sh; do
  list=$(sed -n 's/.*-pl \([^ ]*\).*/\1/p' "$script" | head -n 1)
  [ -n "$list" ] || continue
  modules=$(printf '%s' "$list" | tr ',' '\n')
  for module in $modules; do
    manifest="$top/$module/META-INF/MANIFEST.MF"
    [ -f "$manifest" ] || continue
    # tessera bundles named in Require-Bundle or Fragment-Host (a manifest's continuation lines start with a space)
    needed=$(sed -n '/^\(Require-Bundle\|Fragment-Host\):/,/^[A-Z]/p' "$manifest" | grep -o 'tessera\.[a-z.]*' | sort -u)
    needed="$needed $(grep -o '<id>tessera\.[a-z.]*</id>' "$top/$module/pom.xml" 2>/dev/null | sed 's/<[^>]*>//g' \
      | grep -v '\.feature$')"
    for bundle in $needed; do
      if ! printf '%s\n' "$modules" | grep -qx "bundles/$bundle"; then
        echo "bench: $(basename "$script") builds $module but not bundles/$bundle, which it needs" >&2
        status=1
      fi
    done
  done
done
[ $status -eq 0 ] && echo "bench: every bench script's module list holds what its bundles need"
exit $status
