"""The comms team's work in a real browser, against the demo site (``site_server``):

- an Editor writes a press release with an image and submits it for review; a Moderator approves
  it; an anonymous visitor then finds it on /press/, in the press feed and in search;
- a Moderator adds a publication with a PDF uploaded in the document chooser, publishes it, and
  finds it through the publications search.
"""

import contextlib
import re
import secrets
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .browser_admin import create_user, log_in, manage_shell, page_ids

TIMEOUT = 20000


@pytest.fixture
def new_page(browser):
    contexts = []

    def make():
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def debug_shot(page, name):
    # The screenshot only helps debugging; a failure to take it must not hide the real error.
    with contextlib.suppress(Exception):
        page.screenshot(path=f"/tmp/swp-admin-{name}.png", full_page=True)


def page_id_by_title(site_server, model, title):
    out = manage_shell(
        site_server,
        f"from {model.rsplit('.', 1)[0]} import {model.rsplit('.', 1)[1]} as M\n"
        f"print('ID=%s' % M.objects.get(title={title!r}).pk)",
    )
    return int(next(line for line in out.splitlines() if line.startswith("ID="))[3:])


def choose_first_image(page):
    modal = page.locator(".modal-content")
    expect(modal).to_be_visible()
    modal.locator("a[data-chooser-modal-choice]").first.click()
    expect(modal).to_be_hidden()


@pytest.mark.browser
def test_an_editor_submits_a_release_a_moderator_approves_it_and_the_public_finds_it(new_page, site_server):
    url = site_server.url
    word = "Zephyrine" + secrets.token_hex(3)
    title = f"{word} statement on safer streets"
    editor_password = create_user(site_server, "browser-editor", groups=["Editors"])
    moderator_password = create_user(site_server, "browser-moderator", groups=["Moderators"])
    ids = page_ids(site_server)

    # The editor writes the release and submits it.
    editor = new_page()
    try:
        log_in(editor, url, "browser-editor", editor_password)
        editor.goto(f"{url}/admin/pages/add/press/pressreleasepage/{ids['/home/press/']}/")
        editor.locator("#id_title").fill(title)
        editor.locator("#id_summary").fill(f"{word}: SWP welcomes the new safety measures.")
        editor.get_by_role("button", name="Insert a block").first.click()
        editor.get_by_role("option", name="Text").first.click()
        rich_text = editor.locator("[contenteditable='true'][role='textbox']").first
        rich_text.click()
        rich_text.type(f"The {word} measures protect people who trade sex.")
        # The image for sharing, chosen in the image chooser.
        editor.get_by_role("tab", name="Promote").click()
        editor.locator("#id_slug").fill(word.lower() + "-statement")
        editor.get_by_role("button", name="Choose an image").first.click()
        choose_first_image(editor)
        expect(editor.locator("input[name='social_image']")).not_to_have_value("")
        editor.get_by_role("tab", name="Content").click()
        # No publish button for editors: only "Save draft" and "Submit to Moderator approval".
        editor.get_by_role("button", name="More actions").click()
        expect(editor.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
        editor.get_by_role("button", name="Submit to Moderator approval").click()
        # Back in the list of press pages, the release is "in moderation".
        row = editor.get_by_role("row", name=re.compile(re.escape(title) + ".*in moderation"))
        expect(row).to_be_visible()
    except Exception:
        debug_shot(editor, "editor")
        editor.get_by_role("tab", name="Promote").click()
        debug_shot(editor, "editor-promote")
        raise
    release_id = page_id_by_title(site_server, "press.models.PressReleasePage", title)

    # Before approval nobody outside sees it.
    visitor = new_page()
    visitor.goto(f"{url}/press/")
    expect(visitor.get_by_text(title)).to_have_count(0)

    # The moderator approves it from the dashboard's review list, through the page's editor.
    moderator = new_page()
    try:
        log_in(moderator, url, "browser-moderator", moderator_password)
        expect(moderator.get_by_role("heading", name="Awaiting your review")).to_be_visible()
        expect(moderator.get_by_text(title).first).to_be_visible()
        moderator.goto(f"{url}/admin/pages/{release_id}/edit/")
        # Approve and publish is the reviewer's main button (home/moderation.py).
        moderator.get_by_role("button", name="Approve and publish", exact=True).click()
        # Back in the list of press pages, the release is now live.
        row = moderator.get_by_role("row", name=re.compile(re.escape(title) + ".*live"))
        expect(row).to_be_visible()
    except Exception:
        debug_shot(moderator, "moderator")
        raise

    # An anonymous visitor (a new browser context, no cookies) finds it at once.
    visitor = new_page()
    visitor.goto(f"{url}/press/")
    expect(visitor.get_by_role("link", name=title).first).to_be_visible()
    feed = visitor.request.get(f"{url}/press/feed/")
    assert feed.status == 200 and title in feed.text()
    visitor.goto(f"{url}/search/?q={word}")
    expect(visitor.get_by_role("link", name=title).first).to_be_visible()
    visitor.get_by_role("link", name=title).first.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)


@pytest.mark.browser
def test_a_moderator_adds_a_publication_with_a_pdf_and_finds_it_in_search(new_page, site_server, tmp_path):
    from home.demo import make_pdf_bytes

    url = site_server.url
    word = "Quillonby" + secrets.token_hex(3)
    pdf_word = "Marrowfen" + secrets.token_hex(3)
    title = f"{word} report on outreach"
    pdf = Path(tmp_path) / f"{word}.pdf"
    pdf.write_bytes(make_pdf_bytes(title, [f"Inside this report the word {pdf_word} appears once."]))
    password = create_user(site_server, "browser-moderator-2", groups=["Moderators"])
    ids = page_ids(site_server)

    page = new_page()
    try:
        log_in(page, url, "browser-moderator-2", password)
        page.goto(f"{url}/admin/pages/add/publications/publicationpage/{ids['/home/publications/']}/")
        page.locator("#id_title").fill(title)
        page.get_by_role("button", name="Choose publication category").click()
        modal = page.locator(".modal-content")
        expect(modal).to_be_visible()
        modal.locator("a[data-chooser-modal-choice]", has_text="Reports").first.click()
        expect(modal).to_be_hidden()
        page.locator("#id_summary").fill(f"What we learned in {word} outreach.")
        page.get_by_role("button", name="Choose a document").first.click()
        modal = page.locator(".modal-content")
        expect(modal).to_be_visible()
        modal.get_by_role("tab", name="Upload").click()
        modal.get_by_label("File").set_input_files(str(pdf))
        modal.get_by_label("Title").fill(title + " (PDF)")
        modal.get_by_role("button", name="Upload").click()
        expect(modal).to_be_hidden()
        expect(page.get_by_text(title + " (PDF)").first).to_be_visible()
        page.get_by_role("button", name="More actions").click()
        page.get_by_role("button", name="Publish", exact=True).click()
        expect(page.get_by_text("created and published").first).to_be_visible()
    except Exception:
        debug_shot(page, "publication")
        raise

    visitor = new_page()
    for query in (word, pdf_word):
        visitor.goto(f"{url}/publications/?q={query}")
        expect(visitor.get_by_role("link", name=title).first).to_be_visible()
