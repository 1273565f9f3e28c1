# Sourced by ./tessera and ./run-tests: installs what a workbench needs on a Debian machine when it is missing
# (GTK 3, an X server for headless runs, a font that covers Chinese, Japanese and Korean).
tessera_ensure_packages() { # package names
  missing=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "tessera: please install:$missing" >&2
    return 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "tessera: installing$missing ..." >&2
  $sudo apt-get update -qq >/dev/null && \
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
      echo "tessera: could not install$missing; install them and try again" >&2
      return 1
    }
}
