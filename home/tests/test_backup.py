"""Backup and restore: a round trip finds every page, revision, image, document and submission again."""

import json
import subprocess

from conftest import MANAGE, ROOT, make_database, manage_env

COUNT_SCRIPT = """
import json
from django.apps import apps
from django.conf import settings
from pathlib import Path
labels = ["wagtailcore.page", "wagtailcore.revision", "home.siteimage", "home.sitedocument",
          "home.contactsubmission", "people.internshipapplication", "press.pressappearance",
          "wagtailredirects.redirect", "auth.user"]
counts = {}
for label in labels:
    try:
        counts[label] = apps.get_model(label).objects.count()
    except LookupError:
        pass
files = sorted(str(p.relative_to(settings.MEDIA_ROOT)) for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()
               and "images/" not in str(p.relative_to(settings.MEDIA_ROOT)))
private = sorted(str(p.relative_to(settings.PRIVATE_MEDIA_ROOT)) for p in Path(settings.PRIVATE_MEDIA_ROOT).rglob("*")
                 if p.is_file())
from wagtail.models import Page
titles = sorted(Page.objects.values_list("url_path", "title", "live"))
print(json.dumps({"counts": counts, "files": files, "private": private, "titles": titles}))
"""

EXTRA_CONTENT = """
from pathlib import Path
from django.conf import settings
from home.models import ContactSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
Redirect.objects.create(old_path="/news-room/news-and-press", redirect_page=Page.objects.get(slug="about"))
contact = Page.objects.filter(slug="contact").first()
if contact is not None:
    ContactSubmission.objects.create(page=contact, form_data={"name": "Ana", "message": "Hello"})
private = Path(settings.PRIVATE_MEDIA_ROOT) / "resumes"
private.mkdir(parents=True, exist_ok=True)
(private / "backup-test.pdf").write_bytes(b"%PDF-1.4 test")
"""


def run(env, *args, input_text=None):
    result = subprocess.run(
        [*MANAGE, *args], env=env, cwd=ROOT, capture_output=True, text=True, input=input_text, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def state(env):
    return json.loads(run(env, "shell", "-c", COUNT_SCRIPT).strip().splitlines()[-1])


def test_backup_and_restore_round_trip(tmp_path):
    source_url, drop_source = make_database(tmp_path / "a")
    target_url, drop_target = make_database(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    source = manage_env(source_url, tmp_path / "a")
    target = manage_env(target_url, tmp_path / "b")
    try:
        run(source, "migrate", "--noinput", "-v0")
        run(source, "load_demo_site", "-v0")
        run(source, "shell", "-c", EXTRA_CONTENT)
        before = state(source)
        assert before["counts"]["wagtailcore.page"] > 5 and before["private"]

        archive = tmp_path / "site.tar.gz"
        run(source, "backup_site", "--output", str(archive))
        run(target, "migrate", "--noinput", "-v0")
        run(target, "restore_site", str(archive))
        after = state(target)
        assert after == before
        # The restored site serves its pages and finds them by search.
        out = run(
            target,
            "shell",
            "-c",
            "from django.test import Client; c = Client(); "
            "print(c.get('/about/').status_code, 'Urban Justice' in c.get('/search/?q=urban').content.decode())",
        )
        assert out.strip().splitlines()[-1] == "200 True"
        # A second restore would overwrite a site with content: refused without --force.
        again = subprocess.run(
            [*MANAGE, "restore_site", str(archive)], env=target, cwd=ROOT, capture_output=True, text=True, timeout=300
        )
        assert again.returncode != 0 and "already has pages" in again.stderr
    finally:
        drop_source()
        drop_target()
