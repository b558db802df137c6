"""The database is down: the site, under gunicorn as in production, answers every page with its own 503 page
(in its style, with Retry-After, never a traceback), /health/ says 503 and names the database, and the
operator finds the real error in the log.

The server is pointed at a database that cannot be reached: on PostgreSQL a port nothing listens on, on SQLite
a file in a folder that does not exist (the driver's own "unable to open database file").
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import RequestFactory

from conftest import ROOT, free_port, manage_env
from home.views import server_error
from tests.faults import closed_port

PAGES = ["/", "/about/", "/publications/", "/contact/", "/about/internships/", "/search/?q=rights", "/no-such-page/"]


def unreachable_database_url(workdir):
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        return f"postgres://postgres@127.0.0.1:{closed_port()}/swp_unreachable"
    return f"sqlite:///{workdir / 'no-such-folder' / 'db.sqlite3'}"


@pytest.fixture(scope="module")
def server_without_database():
    workdir = Path(tempfile.mkdtemp(prefix="swp-nodb-"))
    env = manage_env(
        unreachable_database_url(workdir), workdir, CACHE_DIR=str(workdir / "cache"), PAGE_CACHE_SECONDS="300"
    )
    port = free_port()
    log_path = workdir / "gunicorn.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(  # noqa: S603 (our own arguments)
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "swpsite.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--timeout",
                "30",
            ],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail(f"gunicorn did not start: {log_path.read_text()[-3000:]}")
            time.sleep(0.2)

    class Server:
        url = f"http://127.0.0.1:{port}"

        @staticmethod
        def log():
            return log_path.read_text(errors="replace")

    yield Server
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()


def fetch(url, data=None):
    request = urllib.request.Request(url, data=data)  # noqa: S310 (our own test server)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers_the_sites_own_503_while_the_database_is_down(server_without_database, path):
    status, headers, html = fetch(server_without_database.url + path)
    assert status == 503, html[:2000]
    assert headers["Retry-After"] == "60"
    assert "no-store" in headers["Cache-Control"]
    assert headers["Content-Type"].startswith("text/html")
    assert "The website is back in a few minutes" in html
    assert 'href="/static/css/site.css"' in html  # the site's own style
    assert "data-quick-exit" in html and settings.QUICK_EXIT_DEFAULT_URL in html  # the way out stays
    assert "Traceback" not in html and "OperationalError" not in html


def test_a_message_sent_while_the_database_is_down_is_said_not_to_have_arrived():
    request = RequestFactory().post("/contact/", {"message": "Is the clinic open on Fridays?"})
    try:
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")
    except OperationalError:
        response = server_error(request)  # Django's handler500, while the error is being handled
    assert response.status_code == 503
    assert "What you just sent did not reach us" in response.content.decode()


def test_health_answers_503_and_names_the_database(server_without_database):
    status, headers, body = fetch(server_without_database.url + "/health/")
    assert status == 503
    assert headers["Content-Type"] == "application/json"
    assert headers["Retry-After"] == "60"
    report = json.loads(body)
    assert report["status"] == "unavailable"
    assert report["database"]["status"] == "down"
    assert report["cache"]["status"] == "up"


def test_the_site_css_is_still_served_and_the_log_has_the_real_error(server_without_database):
    status, _headers, css = fetch(server_without_database.url + "/static/css/site.css")
    assert status == 200 and ".quick-exit" in css
    fetch(server_without_database.url + "/about/")
    log = server_without_database.log()
    assert "Service Unavailable: /about/" in log
    assert "OperationalError" in log


def test_a_database_host_that_never_answers_costs_a_request_seconds_not_minutes():
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("SQLite is a file: there is no server to wait for")
    assert 0 < settings.DATABASES["default"]["OPTIONS"]["connect_timeout"] <= 5
