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

# Starts Xvfb on the first free display from $1 to $2 with screen $3 (e.g. 1600x1000x24), waits until it takes
# connections, exports DISPLAY and leaves its process id in tessera_xvfb_pid (for the caller to kill).
tessera_start_xvfb() { # first last geometry
  for n in $(seq "$1" "$2"); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -screen 0 "$3" -nolisten tcp >/dev/null 2>&1 &
  tessera_xvfb_pid=$!
  export DISPLAY=":$n"
  i=0
  while [ ! -e "/tmp/.X11-unix/X$n" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
}
