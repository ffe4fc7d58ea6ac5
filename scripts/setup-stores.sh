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
. "$(dirname "$0")/install.sh"
missing=()
command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 ||
  missing+=(virtuoso-opensource-7-bin)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v flock >/dev/null 2>&1 || missing+=(util-linux)
command -v python3 >/dev/null 2>&1 || missing+=(python3 python3-venv)
apt_install setup-stores --no-recommends "${missing[@]}"
if ! "$venv/bin/oxigraph" --version >/dev/null 2>&1; then
  pip_install setup-stores 'oxigraph>=0.5,<0.6'
fi
