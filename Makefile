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

.PHONY: run test install chromium redis-server varnish redis-limits migrate demo lint format check-deploy clean serve-production messages gettext

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

# Varnish (the shared cache the `varnish` tests and `make bench-varnish` put in front of gunicorn), from the OS packages.
varnish:
	@if command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing Varnish from the OS packages…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish >/dev/null; \
	else \
		echo "Varnish is missing: run 'sudo apt-get install varnish' (the varnish tests need varnishd)." >&2; exit 1; \
	fi

# A Redis the site uses (REDIS_URL) keeps its memory bounded, evicting the least recently used keys
# (the page cache, fragments) instead of refusing writes. REDIS_MAXMEMORY to change the bound.
REDIS_MAXMEMORY ?= 256mb
redis-limits:
	@if [ -n "$$REDIS_URL" ] && command -v redis-cli >/dev/null; then \
		redis-cli -u "$$REDIS_URL" CONFIG SET maxmemory $(REDIS_MAXMEMORY) >/dev/null && \
		redis-cli -u "$$REDIS_URL" CONFIG SET maxmemory-policy allkeys-lru >/dev/null && \
		echo "Redis: maxmemory $(REDIS_MAXMEMORY), allkeys-lru"; \
	fi

# The translations (locale/<language>/LC_MESSAGES/django.po) compiled for Django: each .mo is built, never
# committed, and rebuilt whenever its .po changes. `make run` (through migrate) and `make test` both build them.
PO_FILES := $(wildcard locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

messages: $(MO_FILES)

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | install gettext
	$(PY) manage.py compilemessages --locale $* --ignore $(VENV) --ignore node_modules -v0
	@touch $@

# compilemessages needs gettext's msgfmt, from the OS packages.
gettext:
	@if command -v msgfmt >/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing gettext from the OS packages…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
	else \
		echo "msgfmt is missing: run 'sudo apt-get install gettext' (the translations need it)." >&2; exit 1; \
	fi

migrate: install messages
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

# make test: every test, browser tests included, on SQLite or on DATABASE_URL, in TEST_PROCESSES processes
# (pytest-xdist; each has its own test database and, on Redis, the next database number after REDIS_URL's).
TEST_PROCESSES ?= 2
test: install messages chromium redis-server varnish wrk redis-limits
	$(PY) -m ruff check .
	$(TEST_SETTINGS) $(PY) manage.py makemigrations --check --dry-run
	$(TEST_SETTINGS) $(PY) -m pytest -n $(TEST_PROCESSES) $(PYTEST_ARGS)

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
		--config deploy/gunicorn.conf.py --bind $(HOST):$(PORT)

clean:
	rm -rf $(VENV) db.sqlite3 media private-media collected-static .pytest_cache .ruff_cache $(MO_FILES)

# ---------------------------------------------------------------------------------------------
# make bench: every page type at small and large scale (queries, time, size) and wrk under gunicorn.
# make loadtest: 60 s of mixed traffic on gunicorn; fails on errors or growing worker memory.
.PHONY: bench loadtest bench-varnish
.PHONY: wrk
bench: install wrk
	$(PY) scripts/bench.py $(BENCH_ARGS)

# LOADTEST_ARGS=--varnish runs it through Varnish in front of two app servers (caching/tests/stack.py).
loadtest: install wrk varnish redis-limits
	$(PY) scripts/loadtest.py $(LOADTEST_ARGS)

# make bench-varnish: wrk requests/s through Varnish on a hit, a static file from the same Varnish,
# and the app uncached (scripts/varnish_bench.py; figures in bench-results/varnish.json).
bench-varnish: install wrk varnish redis-limits
	$(PY) scripts/varnish_bench.py $(BENCH_ARGS)

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
