# wirecoder: `make demo` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install demo test test-fast bench lint clean

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

# The whole suite, accuracy floors included (they need ../shared/eval; CI=true makes its absence fatal).
test: $(STAMP)
	$(PY) -m pytest -q

# The suite without the slow end-to-end and accuracy tests.
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# Throughput and memory: wirecoder extract versus a bare spaCy pass over the same articles,
# then the event store: ingest versus extract, and a filtered page on 1,000,000 events.
bench: $(STAMP)
	$(PY) benchmarks/bench.py
	$(PY) benchmarks/store_bench.py

clean:
	rm -rf build .pytest_cache .hypothesis
