#!/usr/bin/env bash
# The quality gate: scores the seed corpus with ../shared/eval/run.sh and fails
# below the floors. Floors only go up: raise them as quality improves.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec ../shared/eval/run.sh \
  --min entities=0.50 \
  --min overall=0.30 \
  "$@"
