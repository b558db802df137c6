"""A publication's PDF under the publication's own address, the old address redirecting there, and covers
drawn from the PDF's first page when no cover is chosen."""

import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.demo import make_pdf_bytes
from home.document_covers import first_page_png
from publications.factories import make_cover, make_document, make_publication
from publications.models import PublicationPage

# Builds the pages it needs (home/factories.py) on an empty site.
pytestmark = pytest.mark.own_pages


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.usefixtures("page_tree")
def test_the_pdf_is_served_under_the_publications_address(client):
    page = make_publication(slug="raids-report")
    address = f"/publications/raids-report/{page.document.filename}"
    response = client.get(address)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert body_of(response).startswith(b"%PDF")
    # Any other name under the publication, or the same name with a slash, is not a page.
    assert client.get("/publications/raids-report/another-file.pdf").status_code == 404
    assert client.get(address + "/").status_code == 404
    assert client.get(f"/publications/no-such-publication/{page.document.filename}").status_code == 404


@pytest.mark.usefixtures("page_tree")
def test_the_page_and_its_citation_data_point_to_that_address(client):
    page = make_publication(slug="cited-report")
    html = client.get("/publications/cited-report/").content.decode()
    expected = f"http://testserver/publications/cited-report/{page.document.filename}"
    assert f'<meta name="citation_pdf_url" content="{expected}">' in html
    assert f'<a class="button" href="/publications/cited-report/{page.document.filename}"' in html
    assert f'"contentUrl":"{expected}"' in html
    assert "/documents/" not in html.split("<main", 1)[1].split("</main>", 1)[0]


@pytest.mark.usefixtures("page_tree")
def test_the_old_documents_address_redirects_permanently(client):
    page = make_publication(slug="moved-report")
    response = client.get(page.document.url)
    assert response.status_code == 301
    assert response["Location"].endswith(f"/publications/moved-report/{page.document.filename}")
    # A document no publication shows stays where it is.
    loose = make_document("A loose document")
    assert client.get(loose.url).status_code == 200


@pytest.mark.usefixtures("page_tree")
def test_a_draft_publications_document_is_not_redirected(client):
    draft = make_publication(slug="draft-report", publish=False)
    assert client.get(draft.document.url).status_code == 200
    assert client.get(f"/publications/draft-report/{draft.document.filename}").status_code == 404


@pytest.mark.usefixtures("page_tree")
def test_a_private_publications_pdf_asks_for_a_login_like_the_page(client, django_user_model):
    page = make_publication(slug="private-report")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(f"/publications/private-report/{page.document.filename}")
    assert response.status_code == 302 and "login" in response["Location"]
    # Its /documents/ address is not sent to the private page.
    assert client.get(page.document.url).status_code == 200


@pytest.mark.usefixtures("page_tree")
def test_a_document_in_a_private_collection_keeps_its_own_check(client):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Staff only")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.first()])
    page = make_publication(slug="staff-report")
    page.document.collection = private
    page.document.save()
    response = client.get(f"/publications/staff-report/{page.document.filename}")
    assert response.status_code == 302 and response["Location"] == page.document.url
    # Wagtail's document view then asks for a login, and does not bounce back.
    response = client.get(page.document.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_first_page_of_a_pdf_is_drawn():
    png = first_page_png(make_pdf_bytes("A title on the cover", ["Some text."]), width=400)
    image = PILImage.open(io.BytesIO(png))
    assert image.size[0] == 400 and image.size[1] > 400
    # The demo PDFs open on a purple band: the picture is of the page, not a blank.
    assert image.convert("RGB").getpixel((10, 10)) == (75, 29, 107)
    assert first_page_png(b"not a pdf") is None


@pytest.mark.usefixtures("page_tree")
def test_uploading_a_pdf_draws_its_first_page_once():
    Image = get_image_model()
    before = Image.objects.count()
    document = make_document("A report with a cover")
    document.refresh_from_db()
    assert document.first_page_id is not None
    assert Image.objects.count() == before + 1
    assert document.first_page.description == "Cover of A report with a cover"
    # Saving it again (a new title) draws nothing new.
    document.title = "A report with a new title"
    document.save()
    document.refresh_from_db()
    assert Image.objects.count() == before + 1
    # A new file replaces the picture.
    old = document.first_page_id
    document.file = SimpleUploadedFile("new.pdf", make_pdf_bytes("New file", ["x"]), content_type="application/pdf")
    document.save()
    document.refresh_from_db()
    assert document.first_page_id != old and not Image.objects.filter(pk=old).exists()
    # Other files get none.
    text = make_document("Notes", data=b"plain text", filename="notes.txt")
    text.refresh_from_db()
    assert text.first_page_id is None


@pytest.mark.usefixtures("page_tree")
def test_a_publication_without_a_cover_shows_its_pdfs_first_page(client):
    page = make_publication(slug="no-cover")
    page = PublicationPage.objects.get(pk=page.pk)
    assert page.cover_image_id is None
    assert page.cover == page.document.first_page
    html = client.get("/publications/no-cover/").content.decode()
    assert 'class="publication__cover"' in html
    listing = client.get("/publications/").content.decode()
    card = re.search(
        rf'<article class="card publication-card" aria-labelledby="publication-{page.pk}-title">(.*?)</article>',
        listing,
        re.S,
    )
    assert card and "publication-card__cover" in card.group(1)
    assert '"image":"http://testserver/media/images/' in html


@pytest.mark.usefixtures("page_tree")
def test_a_chosen_cover_wins_over_the_first_page(client):
    cover = make_cover()
    page = make_publication(slug="with-cover", cover_image=cover)
    assert PublicationPage.objects.get(pk=page.pk).cover == cover


@pytest.mark.usefixtures("page_tree")
def test_choosing_an_older_pdf_without_a_picture_draws_it_then():
    document = make_document("Uploaded before covers existed")
    type(document).objects.filter(pk=document.pk).update(first_page=None)
    get_image_model().objects.filter(title__startswith="First page of Uploaded before").delete()
    document.refresh_from_db()
    page = make_publication(slug="older-pdf", document=document)
    document.refresh_from_db()
    assert document.first_page_id is not None
    assert PublicationPage.objects.get(pk=page.pk).cover.pk == document.first_page_id
