#!/usr/bin/env bash
# Installs the RDF stores that the `newsgraph push` tests start with
# scripts/stores.sh, when they are missing:
#   - Oxigraph's server (`oxigraph serve`): PyPI's package `oxigraph` (the CLI;
#     `pyoxigraph` is the Python binding), in the Python virtualenv at
#     $NEWSGRAPH_VENV (default ~/.cache/newsgraph/venv);
#   - Virtuoso 7.2 (`virtuoso-t`, `isql-vt`): Debian's virtuoso-opensource-7-bin
#     alone, without recommends: the binaries and no system service (the
#     virtuoso-opensource package would add one, with a database in /var/lib);
#     stores.sh runs its own instances.
# Safe to run again: it does nothing when everything is there.
set -euo pipefail
missing=()
command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 ||
  missing+=(virtuoso-opensource-7-bin)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v flock >/dev/null 2>&1 || missing+=(util-linux)
command -v python3 >/dev/null 2>&1 || missing+=(python3 python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "setup-stores: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
venv=${NEWSGRAPH_VENV:-$HOME/.cache/newsgraph/venv}
if ! "$venv/bin/oxigraph" --version >/dev/null 2>&1; then
  echo "setup-stores: installing the Oxigraph server into $venv" >&2
  [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'oxigraph>=0.5,<0.6'
fi
