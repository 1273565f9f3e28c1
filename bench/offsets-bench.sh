#!/bin/sh
# Code point <-> UTF-16 conversion on a 2-million-character document (see OffsetsBench.java).
set -e
top=$(cd "$(dirname "$0")/.." && pwd -P)
. "$top/features/tessera.feature/rootfiles/find-jdk.sh"
tessera_find_jdk
jar=$(ls "$top"/bundles/tessera.core/target/tessera.core-*.jar 2>/dev/null | head -n 1)
[ -n "$jar" ] || (cd "$top" && ./mvnw -B -q -DskipTests verify -pl releng/tessera.target,bundles/tessera.core)
jar=$(ls "$top"/bundles/tessera.core/target/tessera.core-*.jar | head -n 1)
"$JAVA_HOME/bin/java" -cp "$jar" "$top/bench/OffsetsBench.java" "${1:-2000000}"
