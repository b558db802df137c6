"""Varnish in front of two gunicorn app servers: what readers, editors and an operator see.

The stack (caching/tests/stack.py) runs deploy/varnish/site.vcl on a free loopback port in front of
two app servers sharing one database and one cache; the app servers purge Varnish through Wagtail's
frontend cache when something changes. Loads are bounded (a few seconds, loopback only).
"""

import http.client
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import uuid

import pytest
from playwright.sync_api import expect

from .stack import free_port, get

pytestmark = pytest.mark.varnish

MAKE_PRIVATE = """
PageViewRestriction.objects.create(
    page=Page.objects.get(slug={slug!r}), restriction_type="password", password="a-long-shared-password"
)
"""


def shell(stack, code):
    return stack.shell("from wagtail.models import Page, PageViewRestriction\n" + code)


def create_editor(stack):
    username = f"editor{uuid.uuid4().hex[:6]}"
    password = uuid.uuid4().hex
    stack.shell(
        "from django.contrib.auth import get_user_model\n"
        f"get_user_model().objects.create_superuser({username!r}, {username + '@example.org'!r}, {password!r})"
    )
    return username, password


def log_in(page, base, username, password):
    page.goto(base + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(base + "/admin/", timeout=20000)


def page_id(stack, slug):
    out = shell(stack, f"print('ID=%s' % Page.objects.get(slug={slug!r}).pk)")
    return int(re.search(r"ID=(\d+)", out).group(1))


def publish_introduction_through_the_admin(page, base, stack, slug, text):
    page.goto(f"{base}/admin/pages/{page_id(stack, slug)}/edit/")
    page.locator("#id_introduction").fill(text)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_text("has been published").first).to_be_visible(timeout=20000)


def warm(stack, path):
    """Ask Varnish until it answers ``path`` from its cache; return that answer."""
    for _ in range(5):
        status, headers, body = get(stack.url(path))
        if headers.get("X-Cache") == "HIT":
            return status, headers, body
    raise AssertionError(f"{path} is never a hit: {dict(headers)}")


@pytest.fixture
def editor_page(browser, running_stack):
    username, password = create_editor(running_stack)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(20000)
    page = context.new_page()
    page.credentials = (username, password)
    yield page
    context.close()


def test_public_pages_come_from_varnish_and_a_cookie_setting_page_never_does(running_stack):
    status, headers, body = warm(running_stack, "/about/")
    assert status == 200 and "About" in body
    assert int(headers["Age"]) >= 0
    for _ in range(3):
        status, headers, _body = get(running_stack.url("/contact/"))
        assert status == 200
        assert headers.get("X-Cache") != "HIT"
        assert "csrftoken" in headers.get("Set-Cookie", "")


def test_a_publish_through_the_admin_shows_through_varnish_on_the_next_request(running_stack, editor_page):
    warm(running_stack, "/about/")
    text = f"Published through the admin {uuid.uuid4().hex[:8]}."
    log_in(editor_page, running_stack.url(""), *editor_page.credentials)  # the admin, through Varnish
    publish_introduction_through_the_admin(editor_page, running_stack.url(""), running_stack, "about", text)
    status, _headers, body = get(running_stack.url("/about/"))
    assert status == 200 and text in body


def test_a_draft_a_private_page_and_an_editors_view_never_come_out_of_varnish(running_stack, editor_page):
    stack = running_stack
    warm(stack, "/multimedia/")
    draft = f"A draft sentence {uuid.uuid4().hex[:8]}"
    shell(stack, f"p = Page.objects.get(slug='multimedia').specific\np.introduction = {draft!r}\np.save_revision()")
    assert draft not in get(stack.url("/multimedia/"))[2]

    # A page made private: its content leaves Varnish at once, and the password form is never kept.
    _status, _headers, before = warm(stack, "/resources/")
    shell(stack, MAKE_PRIVATE.format(slug="resources"))
    for _ in range(3):
        status, headers, body = get(stack.url("/resources/"))
        assert headers.get("X-Cache") != "HIT"
        assert "password" in body.lower() and body != before

    # An editor sees their own page, with the admin's userbar, never a kept copy; readers never see theirs.
    log_in(editor_page, stack.url(""), *editor_page.credentials)
    for _ in range(2):
        response = editor_page.goto(stack.url("/about/"))
        assert response.headers.get("x-cache") == "PASS"
        assert "Wagtail user bar" in response.text()
    assert "Wagtail user bar" not in warm(stack, "/about/")[2]


def test_300_junk_query_strings_do_not_add_300_objects(running_stack):
    warm(running_stack, "/press/")
    before = running_stack.varnishstat()["MAIN.n_object"]
    for number in range(300):
        status, _headers, _body = get(running_stack.url(f"/press/?utm_source=x{number}&ref={number}"))
        assert status == 200
    assert running_stack.varnishstat()["MAIN.n_object"] - before <= 2
    # The parameters pages read still count, in any order.
    get(running_stack.url("/press/releases/?year=2024&page=1"))
    assert get(running_stack.url("/press/releases/?page=1&year=2024&fbclid=z"))[1].get("X-Cache") == "HIT"


def test_only_the_app_servers_may_purge(running_stack):
    warm(running_stack, "/campaigns/")
    stranger = http.client.HTTPConnection("127.0.0.1", running_stack.varnish_port, source_address=("127.0.0.2", 0))
    stranger.request("PURGE", "/campaigns/")
    assert stranger.getresponse().status == 405
    assert get(running_stack.url("/campaigns/"))[1].get("X-Cache") == "HIT"
    assert get(running_stack.url("/campaigns/"), {"method": "PURGE"})[0] == 200
    assert get(running_stack.url("/campaigns/"))[1].get("X-Cache") == "MISS"


def test_an_edit_through_server_a_shows_at_once_through_varnish_and_through_server_b(running_stack, editor_page):
    stack = running_stack
    for _ in range(2):
        assert get(stack.app_url(1, "/press/"))[0] == 200  # kept in server B's page cache (shared)
    warm(stack, "/press/")
    text = f"Edited on server A {uuid.uuid4().hex[:8]}."
    log_in(editor_page, stack.app_url(0, ""), *editor_page.credentials)
    publish_introduction_through_the_admin(editor_page, stack.app_url(0, ""), stack, "press", text)

    bodies = {}

    def read(name, url):
        bodies[name] = get(url)[2]

    readers = [
        threading.Thread(target=read, args=("varnish", stack.url("/press/"))),
        threading.Thread(target=read, args=("server b", stack.app_url(1, "/press/"))),
    ]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(timeout=30)
    assert text in bodies["varnish"] and text in bodies["server b"]


WARM_PATHS = ["/", "/about/", "/press/", "/publications/", "/contact/", "/about/staff/"]
WRK_SCRIPT = """
counter = 0
paths = {"/", "/about/", "/press/", "/publications/", "/contact/", "/about/staff/"}
request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if counter % 3 == 0 then path = "/publications/?page=" .. (counter % 50) end
  return wrk.format("GET", path)
end
"""


def run_wrk(stack, seconds, during=None):
    """wrk through Varnish for ``seconds`` (2 threads, 8 connections); ``during()`` runs after 1.5 s.

    Each app server's workers answer every path once first: a worker's first request is slow (it loads
    templates and code), and on this shared machine that can take seconds.
    """
    if not shutil.which("wrk"):
        pytest.fail("wrk is not installed: run `apt-get install wrk` (make test does).")
    for index in range(len(stack.apps)):
        for path in [*WARM_PATHS, "/publications/?page=2"]:
            for _ in range(2):
                get(stack.app_url(index, path), timeout=60)
    script = stack.workdir / "mix.lua"
    script.write_text(WRK_SCRIPT)
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "--timeout", "20s", "-s", str(script), stack.url("/")]
    load = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # noqa: S603
    if during is not None:
        time.sleep(1.5)
        during()
    out, _ = load.communicate(timeout=seconds + 30)
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    assert requests > 20, out
    assert "Socket errors" not in out, out
    assert "Non-2xx or 3xx" not in out, out
    return out


def test_one_app_server_stops_under_load_and_no_visitor_sees_an_error(running_stack):
    stack = running_stack
    codes = []
    run_wrk(stack, 6, during=lambda: codes.append(stack.stop_app(0, signal.SIGTERM)))
    assert codes == [0]  # gunicorn stopped cleanly
    stack.wait_until_healthy(1)
    stack.start_app(0)
    stack.wait_until_healthy(2)  # the probes bring it back


def test_one_app_server_dies_under_load_and_no_visitor_sees_an_error(running_stack):
    stack = running_stack
    run_wrk(stack, 6, during=lambda: stack.stop_app(1, signal.SIGKILL))
    stack.wait_until_healthy(1)


def test_gunicorn_finishes_the_requests_in_flight_when_it_is_stopped(running_stack):
    stack = running_stack
    with socket.create_connection(("127.0.0.1", stack.app_ports[0]), timeout=20) as sock:
        sock.sendall(b"GET /about/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
        time.sleep(0.5)  # a worker has taken the request and waits for the rest of it
        stack.apps[0].send_signal(signal.SIGTERM)
        time.sleep(1)
        sock.sendall(b"\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    assert b"</html>" in answer
    assert stack.stop_app(0) == 0


def test_with_the_database_down_varnish_serves_the_pages_it_holds_and_a_friendly_503_for_the_rest(running_stack):
    stack = running_stack
    _status, _headers, kept = warm(stack, "/about/")
    working_env = stack.env
    # Both app servers restarted on a database that does not answer (a closed port): they run, but
    # /health/ says 503, so the probes take them out; Varnish answers what it holds, and for the rest
    # the site's "back in a few minutes" page (deploy/varnish/site.vcl, vcl_backend_error).
    stack.env = {**working_env, "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/swp"}
    try:
        for index in range(len(stack.apps)):
            stack.stop_app(index)
            stack.start_app(index, wait=False)
        for index in range(len(stack.apps)):
            wait_for_status(stack.app_url(index, "/health/"), 503)
        stack.wait_until_healthy(0)
        status, _headers, body = get(stack.url("/about/"))
        assert status == 200 and body == kept
        status, headers, body = get(stack.url("/never-visited/"))
        assert status == 503 and headers.get("Retry-After")
        assert "The website is back in a few minutes" in body and "Guru Meditation" not in body
        # Under /es/ the same page in Spanish.
        status, headers, body = get(stack.url("/es/never-visited/"))
        assert status == 503 and headers.get("Retry-After")
        assert '<html lang="es">' in body and "El sitio web vuelve en unos minutos" in body
    finally:
        stack.env = working_env
        for index in range(len(stack.apps)):
            stack.stop_app(index)


def wait_for_status(url, status, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if get(url, timeout=2)[0] == status:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} never answered {status}")


def test_with_every_app_server_down_varnish_serves_the_pages_it_holds(running_stack):
    stack = running_stack
    _status, _headers, kept = warm(stack, "/publications/")
    for index in range(len(stack.apps)):
        stack.stop_app(index)
    stack.wait_until_healthy(0)
    status, headers, body = get(stack.url("/publications/"))
    assert status == 200 and body == kept
    assert get(stack.url("/never-visited/"))[0] == 503  # nothing kept for it: the app's absence shows
