#!/usr/bin/env bash
# Installs what the Spark recipe (examples/spark) and its test (tests/spark.rs)
# need, when it is missing:
#   - Java 17 or later, which PySpark 4 runs on: Debian's default-jre-headless,
#     or openjdk-17-jre-headless where the default Java is older;
#   - PySpark 4 in the Python virtualenv of the tests, at $NEWSGRAPH_VENV
#     (default ~/.cache/newsgraph/venv; made here if scripts/setup.sh has not).
# Safe to run again: it does nothing when everything is there.
set -euo pipefail
. "$(dirname "$0")/install.sh"
java_major() {
  # the Java PySpark runs: $JAVA_HOME's, else the PATH's; "17.0.15" gives
  # 17, "1.8.0_402" gives 1 (too old either way), no Java 0
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 |
    sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1 | grep . || echo 0
}
if [ "$(java_major)" -lt 17 ]; then
  apt_install setup-spark default-jre-headless
  if [ "$(java_major)" -lt 17 ]; then
    apt_install setup-spark openjdk-17-jre-headless
  fi
  if [ "$(java_major)" -lt 17 ]; then
    echo "setup-spark: ${JAVA_HOME:+\$JAVA_HOME/bin/}java is Java $(java_major), PySpark 4 needs 17 or later (set JAVA_HOME, or \`update-alternatives --config java\`)" >&2
    exit 1
  fi
fi
if ! "$venv/bin/python" -c 'import pyspark, sys; sys.exit(int(pyspark.__version__.split(".")[0]) < 4)' >/dev/null 2>&1; then
  pip_install setup-spark 'pyspark>=4,<5'
fi
