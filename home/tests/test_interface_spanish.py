"""The site's interface in Spanish: the catalogue is complete, current and used.

* Every entry of ``locale/es/LC_MESSAGES/django.po`` is translated (none empty, none fuzzy), and each
  translation keeps its original's placeholders and markup, so no sentence loses a name or a link.
* The catalogue holds exactly what ``makemessages`` would extract today: a developer who adds a
  string to a template or to the code, and forgets to translate it, gets a failing test here.
* Pages drawn in Spanish show the interface in Spanish.
"""

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import polib
import pytest
from django.utils import translation

from home.factories import ContactPageFactory, GetHelpPageFactory
from home.testing import spanish_home, translate_page
from publications.factories import make_publication

# The pages in Spanish are built on an empty site (home/factories.py); the catalogue's tests read no database.
pytestmark = pytest.mark.own_pages

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"
# The command the README gives for refreshing the catalogue, run from the project's folder.
MAKEMESSAGES = ["makemessages", "-l", "es", "--ignore=.venv", "--ignore=node_modules", "--ignore=*/tests/*"]
MAKEMESSAGES += ["--ignore=tests"]
# What a copy of the project for a fresh extraction leaves out: nothing in these holds the site's strings.
NOT_SOURCE = (".git", ".venv", "node_modules", "media", "private-media", "collected-static", ".cache", "*.mo")
NOT_SOURCE += ("*.sqlite3", "__pycache__", ".pytest_cache", ".ruff_cache", "test-results", "audit-results")

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%%|\{[a-z_]+\}")
TAG = re.compile(r"</?[a-z]+(?:\s[^>]*)?>")


def catalogue():
    return polib.pofile(str(CATALOGUE))


def translations(entry):
    """``(original, translation)`` pairs: one for a plain entry, singular and plural for a plural one."""
    if entry.msgid_plural:
        return [(entry.msgid, entry.msgstr_plural.get(0, "")), (entry.msgid_plural, entry.msgstr_plural.get(1, ""))]
    return [(entry.msgid, entry.msgstr)]


def key(entry):
    return (entry.msgctxt or "", entry.msgid)


# --- The catalogue is complete ------------------------------------------------------------------------


def test_the_catalogue_is_for_spanish_with_two_plural_forms():
    metadata = catalogue().metadata
    assert metadata["Language"] == "es"
    assert metadata["Plural-Forms"].replace(" ", "") == "nplurals=2;plural=(n!=1);"
    assert metadata["Content-Type"] == "text/plain; charset=UTF-8"


def test_every_entry_is_translated_and_none_is_fuzzy():
    po = catalogue()
    assert len(po) > 0
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert [entry.msgid for entry in po.obsolete_entries()] == []
    assert not po.metadata_is_fuzzy
    for entry in po:
        for original, translated in translations(entry):
            assert translated.strip(), f"no translation for {original!r}"


def test_each_translation_keeps_its_placeholders_and_markup():
    problems = []
    for entry in catalogue():
        for original, translated in translations(entry):
            if Counter(PLACEHOLDER.findall(original)) != Counter(PLACEHOLDER.findall(translated)):
                problems.append(f"placeholders differ: {original!r} -> {translated!r}")
            if Counter(TAG.findall(original)) != Counter(TAG.findall(translated)):
                problems.append(f"markup differs: {original!r} -> {translated!r}")
    assert problems == []


def test_a_spanish_translation_never_breaks_out_of_an_html_attribute():
    """Translations of words put in attributes (aria-label, placeholder, title) use no straight double quote."""
    offenders = [
        entry.msgid
        for entry in catalogue()
        for original, translated in translations(entry)
        if '"' in translated and '"' not in original
    ]
    assert offenders == []


# --- The catalogue is current -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh_extraction(tmp_path_factory):
    """What ``makemessages`` extracts from the project as it stands, in a copy of it (the real catalogue is
    never touched): the entries of a new catalogue."""
    if shutil.which("xgettext") is None:
        pytest.fail("gettext is not installed: run `apt-get install gettext` (make test does).")
    copy = tmp_path_factory.mktemp("extraction") / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    shutil.rmtree(copy / "locale")
    (copy / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", *MAKEMESSAGES, "-v0"],
        cwd=copy,
        check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "swpsite.settings.test"},
    )
    return polib.pofile(str(copy / "locale" / "es" / "LC_MESSAGES" / "django.po"))


def test_the_catalogue_holds_every_string_the_site_marks_for_translation(fresh_extraction):
    committed = {key(entry) for entry in catalogue()}
    missing = sorted(key(entry) for entry in fresh_extraction if key(entry) not in committed)
    assert missing == [], (
        "These strings are not in locale/es/LC_MESSAGES/django.po: run `manage.py makemessages -l es` "
        "as the README says and translate them."
    )


def test_the_catalogue_holds_no_string_the_site_no_longer_uses(fresh_extraction):
    extracted = {key(entry) for entry in fresh_extraction}
    stale = sorted(key(entry) for entry in catalogue() if key(entry) not in extracted)
    assert stale == []


def test_plural_entries_stay_plural(fresh_extraction):
    committed = {key(entry): entry.msgid_plural for entry in catalogue()}
    changed = [
        key(entry) for entry in fresh_extraction if committed.get(key(entry), entry.msgid_plural) != entry.msgid_plural
    ]
    assert changed == []


# --- Numbers and dates in Spanish ---------------------------------------------------------------------


def test_amounts_and_sizes_in_spanish_are_written_as_in_the_united_states():
    from home.donations import dollars
    from home.templatetags.swp_tags import filesize

    with translation.override("es"):
        assert dollars(12300) == "$12,300"
        assert dollars("12.5") == "$12.50"
        assert filesize(1900) == "1.9 KB"


# --- Pages in Spanish ---------------------------------------------------------------------------------


@pytest.fixture
def render_in():
    """``render_in("es", path)``: the page at ``path`` (its Spanish slugs, with or without /es/) as a Spanish reader
    gets it, at its Spanish address (/es/…)."""
    from django.test import Client

    def render(language, path, **params):
        address = path if language == "en" or path.startswith(f"/{language}/") else f"/{language}{path}"
        response = Client().get(address, params)
        return response, response.content.decode()

    return render


@pytest.fixture
def spanish_publications(page_tree):
    """Two reports, each with its PDF, in Spanish at /es/publicaciones/."""
    spanish_home()
    translate_page(page_tree.publications, {"Publications": "Publicaciones", "publications": "publicaciones"})
    titles = {"Raids and their harm": "Las redadas y su daño", "Housing first": "Primero la vivienda"}
    return [
        translate_page(make_publication(title=title, publication_date=date(2024, 3, 5)), {title: spanish})
        for title, spanish in titles.items()
    ]


INTERFACE = {
    "Salida rápida": "Quick exit",
    "Saltar al contenido principal": "Skip to main content",
    "Buscar en el sitio": "Search the site",
    "Menú": ">Menu<",
}


def assert_spanish_interface(html):
    for spanish, english in INTERFACE.items():
        assert spanish in html
        assert english not in html


@pytest.mark.django_db
@pytest.mark.usefixtures("spanish_publications")
def test_the_home_page_in_spanish(render_in, page_tree):
    GetHelpPageFactory(parent=page_tree.home)
    response, html = render_in("es", "/")
    assert response.status_code == 200
    assert_spanish_interface(html)
    assert "Obtener ayuda" in html and ">Get help<" not in html
    assert "Todas las publicaciones" in html


@pytest.mark.django_db
def test_a_publication_in_spanish(render_in, spanish_publications):
    publication = spanish_publications[0]
    response, html = render_in("es", publication.url)
    assert response.status_code == 200
    assert_spanish_interface(html)
    assert "<dt>Publicado</dt>" in html
    assert "Leer el PDF" in html and "Read the PDF" not in html
    assert "Cite esta publicación" in html
    # Dates are written the Spanish way: "5 de marzo de 2024".
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\d">\d{1,2} de [a-z]+ de \d{4}</time>', html)
    assert 'data-copied="Cita copiada."' in html
    # Numbers as the United States writes them, in Spanish too: "PDF, 2.1 KB".
    assert re.search(r"PDF, \d+\.\d KB", html)


@pytest.mark.django_db
@pytest.mark.usefixtures("spanish_publications")
def test_the_publications_listing_in_spanish(render_in):
    response, html = render_in("es", "/publicaciones/")
    assert response.status_code == 200
    assert_spanish_interface(html)
    assert "Todos los temas" in html and "All topics" not in html
    assert re.search(r"\d+ publicaciones", html)


@pytest.mark.django_db
def test_the_contact_page_in_spanish(render_in, page_tree):
    spanish_home()
    translate_page(ContactPageFactory(parent=page_tree.home), {"Contact": "Contacto", "contact": "contacto"})
    response, html = render_in("es", "/contacto/")
    assert response.status_code == 200
    assert_spanish_interface(html)
    assert "Envíenos un mensaje" in html
    assert "Eliminamos los mensajes" in html


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_the_page_not_found_in_spanish(render_in):
    spanish_home()
    response, html = render_in("es", "/no-such-page-here/")
    assert response.status_code == 404
    assert "No encontramos esa página" in html
    assert "We can’t find that page" not in html


@pytest.mark.django_db
@pytest.mark.usefixtures("page_tree")
def test_search_in_spanish(render_in):
    spanish_home()  # both home pages say "services for sex workers" (the hero heading is left in English)
    response, html = render_in("es", "/search/", q="zanzibarquux")
    assert response.status_code == 200
    assert "Nada coincide con “zanzibarquux”" in html
    response, html = render_in("es", "/search/", q="sex workers")
    assert re.search(r"\d+ resultados? para “sex workers”", html)
