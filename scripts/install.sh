# shellcheck shell=bash
# Sourced by the setup scripts: the one way they install what is missing.
#   apt_install WHO [--no-recommends] PACKAGE...
#                                Debian packages (as root directly, otherwise
#                                through sudo)
#   pip_install WHO PACKAGE...   into the test virtualenv ($NEWSGRAPH_VENV,
#                                default ~/.cache/newsgraph/venv), made if absent
# WHO names the script in the one line each says on standard error.
venv=${NEWSGRAPH_VENV:-$HOME/.cache/newsgraph/venv}

apt_install() {
  local who=$1 sudo="" options=()
  shift
  if [ "${1:-}" = --no-recommends ]; then
    options+=(--no-install-recommends)
    shift
  fi
  [ $# -gt 0 ] || return 0
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "$who: installing $*" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${options[@]}" "$@" >/dev/null
}

pip_install() {
  local who=$1
  shift
  echo "$who: installing $* into the Python virtualenv $venv" >&2
  [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$@"
}
