"""Security and privacy headers, admin login lockout, session expiry."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from home.demo import ensure_image, publish, stream
from home.factories import StandardPageFactory, organisation
from home.models import SitemapPage
from people.factories import make_staff
from press.factories import make_release
from publications.factories import make_cover, make_publication

from .admin_helpers import add_live_page

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages

PUBLIC_PATHS = ["/", "/about/", "/search/?q=rights", "/sitemap/", "/no-such-page/"]


@pytest.fixture
def public_site(page_tree):
    """The pages of PUBLIC_PATHS with what editors put on them, so every kind of content passes the checks: a
    home page with its picture and the latest publication and release, an About page of text, a picture, a
    quote, a clip and staff cards, a page that a search for "rights" finds, the sitemap, a logo and social links."""
    picture = ensure_image("Test picture", description="A test picture")
    organisation(
        logo=ensure_image("Test logo", description="Test logo", size=(200, 200)),
        social_links=[{"type": "link", "value": {"platform": "instagram", "url": "https://instagram.com/swp"}}],
    )
    home = page_tree.home
    home.hero_image = picture
    publish(home)
    make_publication(title="A report on rights", cover_image=make_cover())
    make_release(index=page_tree.press, title="A statement on rights")
    make_staff(index=page_tree.staff)
    about = page_tree.about
    about.body = stream(
        ("heading", {"text": "What we do", "level": "h2"}),
        ("paragraph", '<p>Legal help, <b>free</b>. <a href="https://www.urbanjustice.org/">Our parent</a>.</p>'),
        ("image", {"image": picture.pk, "alt_text": "", "caption": "A caption", "credit": "A credit"}),
        ("quote", {"quote": "Rights, not rescue.", "attribution": "A client", "role": ""}),
        ("media", {"url": "https://www.youtube.com/watch?v=abcdef123", "title": "A clip", "transcript": ""}),
    )
    about.sidebar = stream(
        ("section_listing", {"heading": "Staff", "section": page_tree.staff.pk, "limit": 12, "link_text": "All"})
    )
    publish(about)
    StandardPageFactory(parent=home, title="Know your rights", introduction="Your rights when police stop you.")
    add_live_page(home, SitemapPage, "sitemap", title="Sitemap", introduction="Every page.")


@pytest.mark.usefixtures("public_site")
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_every_public_response_carries_the_safety_headers(client, path):
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"  # no inline scripts on the public site
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Referrer-Policy"] == "strict-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.usefixtures("public_site")
def test_public_pages_have_no_inline_scripts_or_styles(client):
    import re

    for path in PUBLIC_PATHS:
        html = client.get(path).content.decode()
        for attrs in re.findall(r"<script([^>]*)>", html):
            assert "src=" in attrs or 'type="application/ld+json"' in attrs, (path, attrs)
        assert " style=" not in html and "<style" not in html, path


@pytest.mark.usefixtures("page_tree")
def test_only_the_admin_gets_the_looser_policy(admin_client):
    admin_csp = admin_client.get("/admin/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in admin_csp
    public_csp = admin_client.get("/about/")["Content-Security-Policy"]
    assert "'unsafe-inline'" not in public_csp


@pytest.mark.usefixtures("public_site")
def test_reading_pages_sets_no_cookies(client):
    for path in PUBLIC_PATHS:
        response = client.get(path)
        assert not response.cookies, (path, response.cookies)


@pytest.mark.usefixtures("page_tree")
@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_admin_login_locks_after_repeated_failures(client):
    from axes.models import AccessAttempt

    user = get_user_model().objects.create_user("editor", "editor@example.org", "a-long-good-password-42")
    user.is_staff = True
    user.save()
    for _ in range(3):
        client.post("/admin/login/", {"username": "editor", "password": "wrong-password"})
    response = client.post("/admin/login/", {"username": "editor", "password": "a-long-good-password-42"})
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert AccessAttempt.objects.filter(username="editor").exists()


@pytest.mark.usefixtures("page_tree")
@override_settings(AXES_ENABLED=True)
def test_a_good_login_still_works_with_lockout_on(client):
    get_user_model().objects.create_superuser("editor2", "e2@example.org", "a-long-good-password-42")
    response = client.post("/admin/login/", {"username": "editor2", "password": "a-long-good-password-42"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_passwords_need_twelve_characters():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("Short-pw-1")
    validate_password("a-much-longer-pass-phrase")


def test_editor_sessions_expire(settings):
    assert settings.SESSION_COOKIE_AGE <= 12 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
