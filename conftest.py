"""Fixtures shared by every app's tests.

* A test module marked ``own_pages`` builds what it needs: it starts from an empty site and asks
  for ``page_tree`` (home/factories.py: a home page and the sections of the design's tree), then adds
  its own content with the apps' factories. Every other module reads the demo site
  (``load_demo_site``), loaded once per test process, just before the first of them: the ``own_pages``
  modules run first (with pytest-xdist too: each process gets whole modules in the order collected,
  ``--dist=loadfile --no-loadscope-reorder`` in pyproject.toml). Each test runs in a transaction that is
  rolled back. Do not use ``transaction=True``: it empties the tables for the tests that follow.
* Browser tests (marked ``browser``) drive the OS Chromium through Playwright
  against ``site_server``: a real server process with its own copy of the demo
  site, on the same kind of database as the suite (SQLite or PostgreSQL).
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def builds_own_pages(node):
    return node.get_closest_marker("own_pages") is not None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The modules that build their own pages run before the demo site is loaded (in the order they had)."""
    items.sort(key=lambda item: not builds_own_pages(item))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database; on PostgreSQL, any session still connected to it when the run ends is named (so the
    code that left it open can be found) and ended, so the database can be dropped: a connection a thread
    forgot otherwise fails the whole run at its very end (pytest-dev/pytest-django#696)."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid, application_name, state, left(query, 200) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        others = cursor.fetchall()
        for pid, application, state, query in others:
            print(f"\nA session was still connected to the test database: pid {pid} {application!r} {state}: {query}")
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    connection.close()


DEMO_LOADED = pytest.StashKey[bool]()


@pytest.fixture(scope="session")
def demo_site(request, django_db_setup, django_db_blocker):
    """The demo site in the test database, loaded once, for every module not marked ``own_pages``."""
    with django_db_blocker.unblock():
        call_command("load_demo_site", verbosity=0)
    request.session.stash[DEMO_LOADED] = True


DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}


def uses_database(item):
    """Whether a test reads the test database (pytest-django sets one up only when some test does)."""
    return item.get_closest_marker("django_db") is not None or bool(DATABASE_FIXTURES & set(item.fixturenames))


@pytest.fixture(scope="module", autouse=True)
def _demo_site_unless_own_pages(request):
    # Module-scoped, so the demo is in place before any test's transaction begins; only for a module with tests
    # that read the database (a module of browser tests drives a server with a database of its own).
    if builds_own_pages(request.node):
        return
    if any(uses_database(item) for item in request.session.items if getattr(item, "module", None) is request.module):
        request.getfixturevalue("demo_site")


@pytest.fixture
def page_tree(request, db):
    """A small site of the design's sections, for an ``own_pages`` module (home/factories.py)."""
    from home.factories import build_page_tree

    if not builds_own_pages(request.node):
        pytest.fail("page_tree builds a site of its own: mark the module `own_pages` (the demo site is loaded)")
    if request.session.stash.get(DEMO_LOADED, False):
        pytest.fail(
            "The demo site was loaded before this own_pages module ran: the modules must run in the order collected "
            "(pyproject.toml: --dist=loadfile --no-loadscope-reorder with -n)"
        )
    return build_page_tree()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (page cache, rate limits), like its rolled-back database."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def no_cache(settings):
    """Every cache a dummy cache and no page cache: what a page asks the database when nothing is kept.

    For query-count tests, which must hold for the first visitor after a deploy or an edit."""
    settings.CACHES = dict.fromkeys(settings.CACHES, {"BACKEND": "django.core.cache.backends.dummy.DummyCache"})
    settings.PAGE_CACHE_SECONDS = 0


# --- Browser tests -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: run `apt-get install chromium` (make test does).")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def free_port():
    """A TCP port on 127.0.0.1 free at the moment of asking."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _postgres_admin(url):
    import psycopg2

    parsed = urlparse(url)
    connection = psycopg2.connect(
        dbname="postgres",
        user=parsed.username or "postgres",
        password=parsed.password or None,
        host=parsed.hostname or "127.0.0.1",
        port=parsed.port or 5432,
    )
    connection.autocommit = True
    return connection


def make_database(workdir):
    """A new, empty database on the suite's engine: ``(DATABASE_URL, drop)``.

    PostgreSQL when the suite runs on it (a database of its own on the same server), else a SQLite file.
    """
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{Path(workdir) / f'db-{uuid.uuid4().hex[:8]}.sqlite3'}", lambda: None
    name = f"swp_tmp_{uuid.uuid4().hex[:10]}"
    admin = _postgres_admin(url)
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()

    def drop():
        admin = _postgres_admin(url)
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return urlparse(url)._replace(path=f"/{name}").geturl(), drop


def manage_env(database_url, workdir, **extra):
    """Environment for running ``manage.py`` in a subprocess against its own database and media.

    Not pytest-xdist's variables: the subprocess is not a test process, and keeps the Redis database number its
    test process was given (swpsite/settings/test.py) rather than being given another."""
    return {
        **{name: value for name, value in os.environ.items() if not name.startswith("PYTEST_XDIST_")},
        "DJANGO_SETTINGS_MODULE": "swpsite.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(Path(workdir) / "media"),
        "PRIVATE_MEDIA_ROOT": str(Path(workdir) / "private-media"),
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


MANAGE = [sys.executable, str(ROOT / "manage.py")]


@pytest.fixture(scope="session")
def site_server():
    """Base URL of a running copy of the demo site (migrated, demo loaded), for browser tests.

    Its environment is in ``site_server.env``-style form on the returned object:
    ``url`` and ``env`` (run ``manage.py`` commands against the same database with it).
    """
    workdir = Path(tempfile.mkdtemp(prefix="swp-site-"))
    database_url, drop_database = make_database(workdir)
    # As in production: the anonymous page cache and the login lockout are on.
    env = manage_env(
        database_url,
        workdir,
        PAGE_CACHE_SECONDS="300",
        AXES_ENABLED="true",
        # Its own cache: a folder of its own, or its own keys when Redis is shared with the suite.
        CACHE_DIR=str(workdir / "cache"),
        CACHE_KEY_PREFIX=f"swp-site-{uuid.uuid4().hex[:8]}",
    )
    manage = MANAGE
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo_site", "-v0"], env=env, check=True, cwd=ROOT)
    port = free_port()
    log = open(workdir / "server.log", "w")  # noqa: SIM115
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/health/", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            raise RuntimeError(f"The site server did not start; see {workdir / 'server.log'}")
        time.sleep(0.3)

    class Server:
        pass

    handle = Server()
    handle.url = url
    handle.env = env
    handle.manage = manage
    handle.log_path = workdir / "server.log"
    yield handle
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()
    drop_database()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def site_url(site_server):
    return site_server.url


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing browser test shows what the site server logged while it ran (its tracebacks above all)."""
    report = yield
    server = item.funcargs.get("site_server") if hasattr(item, "funcargs") else None
    if report.failed and server is not None and server.log_path.exists():
        log = server.log_path.read_text(errors="replace")
        report.sections.append(("site server log (last 8,000 characters)", log[-8000:]))
    return report
