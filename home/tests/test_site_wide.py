"""Site-wide URLs and settings: health, robots.txt, sitemap.xml, error pages, sharing metadata."""

import os
import secrets
import subprocess
import sys
from pathlib import Path
from unittest import mock
from xml.etree import ElementTree

import pytest
from django.db import DatabaseError
from django.test import RequestFactory
from wagtail.models import Page, PageViewRestriction, Site

from home.demo import ensure_image
from home.factories import AlertBannerFactory, ContactPageFactory, StandardPageFactory, organisation
from home.models import SitemapPage
from home.testing import translate_page
from home.tests.admin_helpers import add_live_page
from publications.factories import make_cover, make_publication

# Its database tests build the pages they need (home/factories.py) on an empty site.
pytestmark = [pytest.mark.own_pages]

ROOT = Path(__file__).resolve().parents[2]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def default_share_image(page_tree):
    """The organisation's default sharing image, for the pages without one of their own."""
    image = ensure_image("Test sharing image", text="Share", size=(1200, 630))
    organisation(default_share_image=image)
    return image


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_health_answers_200_when_the_database_answers(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["database"] == {"status": "up"}
    assert not response.cookies


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_health_answers_503_when_the_database_does_not(client):
    with mock.patch("home.health.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["database"]["status"] == "down"


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /search/" in text and "Disallow: /es/search/" in text  # results in every language


@pytest.mark.django_db
def test_sitemap_xml_lists_every_live_public_page_and_nothing_else(client, page_tree):
    campaigns = StandardPageFactory(parent=page_tree.home, title="Campaigns", slug="campaigns")
    multimedia = StandardPageFactory(parent=page_tree.home, title="Multimedia", slug="multimedia")
    translate_page(page_tree.about)  # a Spanish tree (/es/, /es/about/) beside the English one
    campaigns.unpublish()
    PageViewRestriction.objects.create(page=multimedia, restriction_type="login")

    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = {loc.text for loc in tree.findall("s:url/s:loc", SITEMAP_NS)}
    site = Site.objects.get(is_default_site=True)
    expected = {
        page.get_full_url() for page in Page.objects.live().public().filter(depth__gte=site.root_page.depth).specific()
    }  # every language's pages: each language's home page is a translation of the site's root page
    # Every live public page, plus the listings some pages publish under their own address
    # (such as /publications/reports/), and nothing outside those pages.
    assert expected <= locations
    for extra in locations - expected:
        assert any(extra.startswith(url) for url in expected if url.count("/") > 3), extra
    assert not any(loc.endswith("/campaigns/") or loc.endswith("/multimedia/") for loc in locations)
    assert all(loc.startswith("http://") for loc in locations)


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_404_is_in_the_sites_own_style(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We can’t find that page" in html and 'class="site-footer"' in html


@pytest.mark.django_db
def test_a_malformed_post_gets_the_sites_own_400(client, page_tree):
    ContactPageFactory(parent=page_tree.home)
    # So many fields that Django refuses to read the post: the site's own 400 page, nothing stored.
    from home.models import ContactSubmission

    body = "&".join(f"f{n}=x" for n in range(10_050))
    response = client.generic("POST", "/contact/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "couldn’t read that request" in response.content.decode()
    assert not ContactSubmission.objects.exists()


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
@pytest.mark.parametrize("page_cache_seconds", [0, 300])
def test_a_host_name_the_site_does_not_serve_gets_a_400_not_a_500(client, settings, page_cache_seconds):
    # Django's ALLOWED_HOSTS check, before Wagtail looks for a site.
    settings.ALLOWED_HOSTS = ["swp.example.org"]
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    client.raise_request_exception = False  # answer as the server does
    for path in ["/", "/publications/", "/no-such-page/"]:
        assert client.get(path, HTTP_HOST="attacker.example.com").status_code == 400
    assert client.get("/", HTTP_HOST="swp.example.org").status_code == 200


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_a_nul_character_in_the_address_gets_the_sites_own_400(client):
    client.raise_request_exception = False
    for path in ["/%00/", "/about/%00/", "/publications/a%00b/"]:
        response = client.get(path)
        assert response.status_code == 400, path
        assert 'class="site-footer"' in response.content.decode()


def test_500_page_renders_without_the_database():
    from home.views import server_error

    request = RequestFactory().get("/")
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=DatabaseError("down")):
        response = server_error(request)
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content


@pytest.mark.django_db
def test_pages_carry_description_canonical_and_sharing_tags(client, page_tree, default_share_image):
    # The canonical address is the site's own, not the host name the request came with.
    page_tree.site.hostname, page_tree.site.port = "127.0.0.1", 8000
    page_tree.site.save()
    about = page_tree.about
    about.title = "About the Sex Workers Project"
    about.introduction = "Client-centered legal and social services for people who do sex work."
    about.save_revision().publish()
    html = client.get("/about/").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8000/about/">' in html
    assert '<meta name="description" content="Client-centered legal and social services' in html
    assert '<meta property="og:title" content="About the Sex Workers Project">' in html
    # No image of its own: the site's default sharing image, absolute and 1200x630.
    assert '<meta property="og:image" content="http://testserver/media/' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html


def resource_urls(html):
    """Every address the browser would fetch while loading ``html`` (not links a visitor clicks)."""
    from html.parser import HTMLParser

    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag in {"script", "img", "iframe", "source", "audio", "video", "embed"}:
                found.extend(v for k, v in attrs.items() if k in {"src", "poster"} and v)
                for key in ("srcset",):
                    if attrs.get(key):
                        found.extend(part.strip().split(" ")[0] for part in attrs[key].split(","))
            if tag == "link" and set((attrs.get("rel") or "").split()) & {
                "stylesheet",
                "icon",
                "preload",
                "modulepreload",
            }:
                found.append(attrs.get("href", ""))

    Collector().feed(html)
    return found


@pytest.mark.django_db
def test_public_pages_request_nothing_from_other_sites(client, page_tree):
    # Pictures on the home page (its banner, a publication's cover) and clips from other sites on /multimedia/.
    page_tree.home.hero_image = ensure_image("Test banner", text="Rights")
    page_tree.home.save_revision().publish()
    make_publication(title="Know your rights with police", cover_image=make_cover())
    clips = [
        ("media", {"url": "https://vimeo.com/76979871", "title": "A workshop on rights", "transcript": ""}),
        ("media", {"url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "title": "A panel", "transcript": ""}),
    ]
    StandardPageFactory(parent=page_tree.home, title="Multimedia", slug="multimedia", body=clips)
    add_live_page(page_tree.home, SitemapPage, "sitemap", title="Sitemap")
    for path in ["/", "/about/", "/multimedia/", "/search/?q=rights", "/sitemap/"]:
        urls = resource_urls(client.get(path).content.decode())
        assert urls, path
        for url in urls:
            assert url.startswith("/") and not url.startswith("//"), (path, url)


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_alert_banner_shows_only_when_switched_on(client):
    banner = AlertBannerFactory()
    assert "Announcement" not in client.get("/").content.decode()
    banner.enabled = True
    banner.text = "Our office is closed on Friday."
    banner.save()
    html = client.get("/").content.decode()
    assert 'aria-label="Announcement"' in html and "Our office is closed on Friday." in html


def _run_manage(*args, env_extra=None):
    hidden = {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update({"DJANGO_SETTINGS_MODULE": "swpsite.settings.production", "ALLOWED_HOSTS": "swp.example.org"})
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is missing or too short" in result.stderr


def test_production_settings_pass_check_deploy_without_warnings():
    result = _run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env_extra={"SECRET_KEY": secrets.token_urlsafe(64)}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
