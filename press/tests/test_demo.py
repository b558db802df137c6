"""The press section of the demo site: complete, and untouched by a second run."""

import pytest
from wagtail.models import Page, Revision

from home.models import HomePage
from people.models import StaffBioPage
from press.demo import loader as demo
from press.models import MediaToolkitPage, PressAppearance, PressIndexPage, PressReleasePage

pytestmark = pytest.mark.django_db


def test_the_demo_has_the_press_section():
    index = PressIndexPage.objects.get(locale__language_code="en")
    assert index.url == "/press/"
    assert PressReleasePage.objects.child_of(index).live().count() >= 6
    assert PressAppearance.objects.count() >= 15
    toolkit = MediaToolkitPage.objects.get()
    assert toolkit.get_parent().pk == index.pk
    assert {p.name for p in toolkit.spokespeople.all()} >= {"RJ Thompson", "Clement Lee"}
    assert toolkit.logos.exists() and toolkit.fact_sheets.exists()
    years = {r.release_date.year for r in PressReleasePage.objects.live()}
    assert len(years) >= 2, "the year archive has more than one year to show"


def test_a_second_run_creates_and_changes_nothing():
    counts = (Page.objects.count(), Revision.objects.count(), PressAppearance.objects.count())
    demo.build(HomePage.objects.get(locale__language_code="en"), {})
    assert (Page.objects.count(), Revision.objects.count(), PressAppearance.objects.count()) == counts


def test_the_sitemap_lists_the_press_lists_and_releases(client):
    xml = client.get("/sitemap.xml").content.decode()
    index = PressIndexPage.objects.get(locale__language_code="en")
    for url in (index.full_url, index.full_url + "releases/", index.full_url + "appearances/"):
        assert f"<loc>{url}</loc>" in xml
    for release in PressReleasePage.objects.live():
        assert f"<loc>{release.full_url}</loc>" in xml


def test_linking_staff_bios_fills_empty_links_once(client):
    home = HomePage.objects.get(locale__language_code="en")
    assert StaffBioPage.objects.filter(slug="rj-thompson").exists(), "the demo has a bio for RJ Thompson"
    demo.link_staff_bios(home, {})
    toolkit = MediaToolkitPage.objects.get()
    rj = toolkit.spokespeople.get(name="RJ Thompson")
    assert rj.bio_page.slug == "rj-thompson"
    quoted = PressAppearance.objects.filter(spokesperson_name="RJ Thompson")
    assert quoted.exists() and all(a.spokesperson_page.slug == "rj-thompson" for a in quoted)
    assert f'<a href="{rj.bio_page.url}">RJ Thompson</a>' in client.get(toolkit.url).content.decode()

    def state():
        return Revision.objects.count(), list(PressAppearance.objects.values_list("spokesperson_page", flat=True))

    before = state()
    demo.link_staff_bios(home, {})
    assert state() == before
