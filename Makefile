# The two commands a new user needs: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
CHROMIUM ?= /usr/bin/chromium
HOST ?= 127.0.0.1
PORT ?= 8000
# manage.py defaults to swpsite.settings.dev; the tests always use swpsite.settings.test.
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=swpsite.settings.test

.PHONY: run test install chromium redis-server migrate demo lint format check-deploy clean serve-production

# ---------------------------------------------------------------------------------------------
install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	@touch $@

# Chromium comes from the OS packages (Playwright cannot download its own browser here).
chromium:
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing Chromium from the OS packages…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium is missing: run 'sudo apt-get install chromium' (browser tests need $(CHROMIUM))." >&2; exit 1; \
	fi

# The fault tests start a Redis of their own (tests/faults.py): redis-server from the OS packages.
redis-server:
	@if command -v redis-server >/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing redis-server from the OS packages…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	else \
		echo "redis-server is missing: run 'sudo apt-get install redis-server' (the fault tests need it)." >&2; exit 1; \
	fi

migrate: install
	$(PY) manage.py migrate --noinput -v0

demo: migrate
	$(PY) manage.py load_demo_site

# ---------------------------------------------------------------------------------------------
# make run: the demo site on SQLite at http://$(HOST):$(PORT)/ (admin at /admin/).
run: demo
	@$(PY) manage.py ensure_demo_admin
	@echo "Publishing scheduled pages every minute in the background (publish_scheduled)."
	@( while sleep 60; do $(PY) manage.py publish_scheduled >/dev/null 2>&1 || true; done ) & \
	  trap "kill $$! 2>/dev/null" EXIT; \
	  echo "The site: http://$(HOST):$(PORT)/   The admin: http://$(HOST):$(PORT)/admin/"; \
	  $(PY) manage.py runserver $(HOST):$(PORT)

# make test: every test, browser tests included, on SQLite or on DATABASE_URL.
test: install chromium redis-server
	$(PY) -m ruff check .
	$(TEST_SETTINGS) $(PY) manage.py makemigrations --check --dry-run
	$(TEST_SETTINGS) $(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# Production settings under gunicorn (needs SECRET_KEY and ALLOWED_HOSTS; see docs/deployment.md).
serve-production: install
	DJANGO_SETTINGS_MODULE=swpsite.settings.production $(PY) manage.py collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=swpsite.settings.production $(VENV)/bin/gunicorn swpsite.wsgi:application \
		--bind $(HOST):$(PORT) --workers 2 --access-logfile -

clean:
	rm -rf $(VENV) db.sqlite3 media private-media collected-static .pytest_cache .ruff_cache

# ---------------------------------------------------------------------------------------------
# make bench: every page type at small and large scale (queries, time, size) and wrk under gunicorn.
# make loadtest: 60 s of mixed traffic on gunicorn; fails on errors or growing worker memory.
.PHONY: bench loadtest
.PHONY: wrk
bench: install wrk
	$(PY) scripts/bench.py $(BENCH_ARGS)

loadtest: install wrk
	$(PY) scripts/loadtest.py $(LOADTEST_ARGS)

wrk:
	@if command -v wrk >/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing wrk from the OS packages…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	else \
		echo "wrk is missing: run 'sudo apt-get install wrk' (make bench and make loadtest need it)." >&2; exit 1; \
	fi

# make audit: Lighthouse (npm lighthouse@12, OS Chromium) on key pages of the demo site under gunicorn;
# fails below accessibility/best-practices/SEO 100 or performance 95. Results in audit-results/.
.PHONY: audit
audit: install chromium
	npm ci --no-audit --no-fund --loglevel=error
	$(PY) scripts/audit.py
