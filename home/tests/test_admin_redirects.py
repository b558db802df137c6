"""Old links keep working: the old site's main URLs, imported from docs/redirects-old-site.csv.

Wagtail's redirect import only accepts full URLs as targets, so the "to" column holds the
site's public address; the test follows the path of each target on the test server.
"""

import csv
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect

from home.factories import ContactPageFactory, DonatePageFactory, StandardPageFactory
from home.models import SitemapPage
from press.models import MediaToolkitPage
from publications.factories import PublicationCategoryFactory

from .admin_helpers import add_live_page, make_member

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = [pytest.mark.django_db, pytest.mark.own_pages, pytest.mark.usefixtures("page_tree")]

SITE = "https://swp.urbanjustice.org"
CSV_PATH = Path(__file__).resolve().parents[2] / "docs" / "redirects-old-site.csv"


def rows():
    with CSV_PATH.open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_csv_has_a_header_and_old_paths_only():
    with CSV_PATH.open(newline="") as handle:
        assert next(csv.reader(handle)) == ["from", "to"]
    froms = [row["from"] for row in rows()]
    assert len(froms) == len(set(froms)) >= 15
    for row in rows():
        assert row["from"].startswith("/") and row["to"].startswith(SITE + "/")
        assert row["from"] != urlsplit(row["to"]).path


@pytest.fixture
def new_sections(page_tree):
    """The sections of the new site's tree the old addresses lead to, besides those of ``page_tree``."""
    home = page_tree.home
    for slug, title in (("campaigns", "Campaigns"), ("multimedia", "Multimedia"), ("resources", "Resources")):
        StandardPageFactory(parent=home, slug=slug, title=title)
    add_live_page(home, SitemapPage, "sitemap", title="Sitemap")
    ContactPageFactory(parent=home)
    DonatePageFactory(parent=home)
    add_live_page(
        page_tree.press, MediaToolkitPage, "media-toolkit", title="Media Toolkit", boilerplate="<p>About SWP.</p>"
    )
    PublicationCategoryFactory(name="Publications by Partners", slug="partner-publications")
    PublicationCategoryFactory(name="Fact Sheets & Other", slug="fact-sheets")


def check_every_old_url(client):
    for row in rows():
        response = client.get(row["from"])
        assert response.status_code == 301, row["from"]
        assert response["Location"] == row["to"], row["from"]
        assert client.get(urlsplit(response["Location"]).path).status_code == 200, row["to"]


def test_the_import_command_makes_every_old_url_answer_301_to_a_live_page(client, new_sections):
    for row in rows():
        assert client.get(row["from"]).status_code == 404, f"{row['from']} is a page of the new site"
    call_command("import_redirects", src=str(CSV_PATH), verbosity=0)
    assert Redirect.objects.filter(is_permanent=True).count() >= len(rows())
    check_every_old_url(client)


def test_the_admin_import_view_accepts_the_csv(client, new_sections):
    client.force_login(make_member("Moderators"))
    with CSV_PATH.open("rb") as handle:
        response = client.post("/admin/redirects/import/", {"import_file": handle, "input_format": "0"})
    assert response.status_code == 200
    html = response.content.decode()
    # The confirmation step carries the uploaded file's name and format in signed hidden fields.
    hidden = dict(re.findall(r'<input type="hidden" name="(import_file_name|input_format)" value="([^"]*)"', html))
    assert set(hidden) == {"import_file_name", "input_format"}, html[:2000]
    response = client.post(
        "/admin/redirects/import/process/",
        {**hidden, "from_index": "0", "to_index": "1", "permanent": "on", "site": ""},
    )
    assert response.status_code in (200, 302)
    assert Redirect.objects.filter(old_path="/news-room/news-and-press").exists()
    client.logout()
    check_every_old_url(client)
