# Glokal — the two commands a newcomer needs:  make run   and   make test
# Everything else is a step of those two, or a tool for developers.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
MANAGE := $(BIN)/python manage.py
STAMP  := $(VENV)/.installed
# npm ci writes this file; it is newer than package-lock.json once axe-core is installed.
NODE_STAMP := node_modules/.package-lock.json
# Test files run in parallel, each file on one worker (the demo tests load their content once).
TEST_WORKERS ?= 2
# Extra pytest arguments, e.g. PYTEST_ARGS='-m "not browser"'.
PYTEST_ARGS ?=

.PHONY: run test stack stack-down stack-test fuzz install messages catalogues migrate demo lint format check bench bench-press bench-page-weight bench-newsletter bench-page-cache clean

run: export GLOKAL_PUBLIC_BASE_URL ?= http://127.0.0.1:$(PORT)
run: install messages migrate demo ## Set up and serve the site with demo content on 127.0.0.1:$(PORT)
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install messages $(NODE_STAMP) ## Set up and run the whole test suite
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

fuzz: install messages ## The fuzz suite with many more examples than CI runs (tests/fuzz)
	HYPOTHESIS_PROFILE=deep $(BIN)/pytest tests/fuzz -q

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# axe-core for the browser tests' accessibility scans (a registry package, never fetched at run time).
$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

messages: install ## Compile the gettext catalogues in locale/ (.mo files are build output)
	$(MANAGE) compilemessages --ignore=.venv --ignore=var --verbosity 0

catalogues: install ## Extract new UI strings into locale/*/LC_MESSAGES/django.po
	$(MANAGE) makemessages --no-obsolete --no-location --ignore ".venv/*" --ignore "var/*" --ignore "bench/*" -l de -l en -l pl -l cs

migrate: install
	$(MANAGE) migrate --noinput

demo: install
	$(MANAGE) load_demo

lint: install ## Style, formatting, and the import layers of docs/architecture.md
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-logo --no-cache

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

stack: install messages ## The production stack on loopback: nginx, 2 web nodes, 2 worker nodes, beat, Redis, S3, PostgreSQL
	$(BIN)/python -m config.stack up

stack-down: ## Stop the production stack; fails if any of its processes is left
	$(BIN)/python -m config.stack down

stack-test: install messages ## The journey and fault tests against the production stack (tests/stack, a few minutes)
	GLOKAL_STACK_TEST=1 $(BIN)/pytest tests/stack -p no:cacheprovider -v

bench: bench-press bench-page-weight ## Run the benchmarks (figures go to docs/benchmarks.md)

bench-newsletter: install  ## 100,000 subscribers against django-newsletter and raw smtplib (~35 min)
	$(BIN)/python bench/newsletter_bench.py --subscribers 100000 --offers 1000

bench-page-weight: install $(NODE_STAMP)
	$(BIN)/python bench/page_weight.py

bench-press: install
	$(BIN)/python bench/press_bench.py

bench-page-cache: install ## Page cache hits, misses today and before it, purge on publish (needs Redis on 127.0.0.1:6379; ~6 min)
	$(BIN)/python bench/page_cache_bench.py

clean:
	rm -rf var .pytest_cache .ruff_cache
