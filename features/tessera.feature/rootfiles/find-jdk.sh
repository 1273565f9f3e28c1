# Sourced by Tessera's scripts: sets JAVA_HOME to a JDK >= 21 or stops with what to install.
# Order: JAVA_HOME if new enough, then the usual JDK folders, newest first.
tessera_java_version() { # prints the major version of the java binary $1
  # a JDK's release file says it without starting a JVM (which costs a command-line start 50 ms); else ask java
  local release
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
  fi
}
tessera_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2[1-9]* \
      /usr/lib/jvm/java-2[1-9]-openjdk* /usr/lib/jvm/jdk-2[1-9]* /opt/java/openjdk /opt/jdk-2[1-9]* \
      /usr/local/java/jdk-2[1-9]* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(tessera_java_version "$candidate/bin/java")
    case "$major" in ''|1.*) continue ;; esac
    if [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  cat >&2 <<'MSG'
tessera: no JDK 21 or newer was found (looked at JAVA_HOME and /usr/lib/jvm, /opt).
  Install one, e.g. on Debian/Ubuntu:  apt-get install openjdk-21-jdk   (or Temurin 21/25),
  or point JAVA_HOME at one, then run this command again.
MSG
  return 1
}
