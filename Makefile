# The two commands of the README:
#   make demo   builds newsgraph, ingests the sample articles into ./newsgraph.db and queries them
#   make test   runs the test suite
# Both install what they need first (scripts/setup.sh).
CARGO ?= cargo
export NEWSGRAPH_VENV ?= $(HOME)/.cache/newsgraph/venv

.PHONY: setup demo test check eval
setup:
	@scripts/setup.sh

demo: setup
	$(CARGO) build --quiet
	$(CARGO) run --quiet -- ingest examples/articles
	$(CARGO) run --quiet -- query queries/people-positions.rq

test: setup
	$(CARGO) test

check: setup
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

eval:
	NEWSGRAPH_EVAL_PROFILE=dev ../shared/eval/run.sh --explain
