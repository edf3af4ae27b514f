# wirecoder: `make demo` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install browser demo test test-fast bench clean bench-engines

# Create the virtual environment and install wirecoder with its test tools (once, or when pyproject changes).
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Extract events from the bundled demo corpus and print them as a table.
demo: $(STAMP)
	$(VENV)/bin/wirecoder extract demo/corpus --format table --stats

# Debian's Chromium, for the explorer's browser tests (playwright drives it and never downloads a
# browser of its own). Installed when missing, with sudo unless root; without it those tests skip,
# except under CI=true where they fail.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  echo "installing Debian's chromium for the browser tests"; \
	  { $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; } \
	  || echo "could not install chromium: the explorer's browser tests will skip (fail under CI)"; }

# The whole suite, accuracy floors and browser tests included (they need ../shared/eval and
# Chromium; CI=true makes the absence of either fatal).
test: $(STAMP) browser
	$(PY) -m pytest -q

# The suite without the slow end-to-end and accuracy tests.
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# Throughput and memory: wirecoder extract versus a bare spaCy pass over the same articles,
# then the event store: ingest versus extract, and a filtered page on 1,000,000 events, also
# through `wirecoder serve` under concurrent clients (its latency depends on the machine's load,
# so a miss there does not stop the rest);
# then the cost of a `wirecoder watch` poll besides extraction.
bench: $(STAMP)
	$(PY) benchmarks/bench.py
	$(PY) benchmarks/store_bench.py
	-$(PY) benchmarks/serve_bench.py
	$(PY) benchmarks/watch_bench.py

# The dask engine (2 workers) against one local process on 2,000 full-length articles, worker
# memory, and the cluster sizes that implies (about 10 minutes on 2 cores; not part of `bench`).
bench-engines: $(STAMP)
	$(PY) benchmarks/engine_bench.py

clean:
	rm -rf build .pytest_cache .hypothesis
