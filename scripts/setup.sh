#!/usr/bin/env bash
# Installs what building and testing newsgraph needs, when it is missing:
#   - Debian packages: a C++ compiler and libclang-dev (RocksDB, inside oxigraph),
#     graphviz (the DOT export tests render with `dot`); ccache (RocksDB's
#     C++ compiled once for the several builds, see .ci/run); chromium (the
#     `serve` tests load its pages in a headless browser);
#   - a Python virtualenv with rdflib, pyshacl, networkx and SPARQLWrapper
#     (independent RDF, SHACL, GraphML and SPARQL Protocol clients in the tests), at $NEWSGRAPH_VENV
#     (default ~/.cache/newsgraph/venv).
# Safe to run again: it does nothing when everything is there.
set -euo pipefail
. "$(dirname "$0")/install.sh"
missing=()
dpkg -s libclang-dev >/dev/null 2>&1 || missing+=(libclang-dev)
command -v c++ >/dev/null 2>&1 || missing+=(g++)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v ccache >/dev/null 2>&1 || missing+=(ccache)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3 python3-venv)
apt_install setup "${missing[@]}"
if ! "$venv/bin/python" -c 'import rdflib, pyshacl, networkx, SPARQLWrapper' >/dev/null 2>&1; then
  pip_install setup rdflib pyshacl networkx sparqlwrapper
fi
# the stores the `push` tests start (Oxigraph's server, Virtuoso)
"$(dirname "$0")/setup-stores.sh"
# Java and PySpark, for the Spark recipe's test (examples/spark)
"$(dirname "$0")/setup-spark.sh"
