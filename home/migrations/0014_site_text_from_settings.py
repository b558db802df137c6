"""The site's menus, footer and alert banner move from its settings into the English copies of the new
snippets, word for word and link for link; Editors and Moderators may change and translate them as they
changed the settings; the suggested amounts of each donate form get the language of their page.

The settings are read from the default site (SWP has one site; the copies are per language, not per
site). Running this again changes nothing more; going back copies the English copies
into the default site's settings.
"""

import importlib
import uuid

from django.conf import settings
from django.db import migrations
from wagtail.coreutils import get_supported_content_language_variant

roles = importlib.import_module("home.migrations.0003_admin_groups_and_workflow")

EDITOR_ADDED = [
    ("home", "add_navigation"),
    ("home", "change_navigation"),
    ("home", "view_navigation"),
    ("home", "add_alertbanner"),
    ("home", "change_alertbanner"),
    ("home", "view_alertbanner"),
]
MODERATOR_ADDED = EDITOR_ADDED + [("home", "delete_navigation"), ("home", "delete_alertbanner")]
ALERT_FIELDS = {"enabled": "alert_enabled", "text": "alert_text", "short_text": "alert_short_text", "link": "alert_link"}


def _english(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Locale.objects.get_or_create(language_code=code)[0]


def _site_row(model):
    """The default site's row of a setting, else the first one."""
    return model.objects.filter(site__is_default_site=True).first() or model.objects.order_by("pk").first()


def _with_item_ids(group):
    """A footer group whose links are stored as Wagtail stores a list's items, each with an id (a list saved
    before Wagtail 2.16, or written by code, has bare values): wagtail-localize translates only those."""
    links = [
        link if isinstance(link, dict) and link.get("type") == "item" and "value" in link
        else {"type": "item", "value": link, "id": str(uuid.uuid4())}
        for link in group["value"].get("links", [])
    ]  # fmt: skip
    return {**group, "value": {**group["value"], "links": links}}


def settings_to_snippets(apps, schema_editor):
    NavigationSettings = apps.get_model("home", "NavigationSettings")
    NoticeSettings = apps.get_model("home", "NoticeSettings")
    Navigation = apps.get_model("home", "Navigation")
    AlertBanner = apps.get_model("home", "AlertBanner")
    english = _english(apps)

    nav = _site_row(NavigationSettings)
    if nav is not None and not Navigation.objects.filter(locale=english).exists():
        Navigation.objects.create(
            locale=english,
            translation_key=uuid.uuid4(),
            main_menu=list(nav.main_menu.raw_data),
            footer_groups=[_with_item_ids(group) for group in nav.footer_groups.raw_data],
        )
    notices = _site_row(NoticeSettings)
    if notices is not None and not AlertBanner.objects.filter(locale=english).exists():
        AlertBanner.objects.create(
            locale=english,
            translation_key=uuid.uuid4(),
            **{field: getattr(notices, old) for field, old in ALERT_FIELDS.items()},
        )


def snippets_to_settings(apps, schema_editor):
    NavigationSettings = apps.get_model("home", "NavigationSettings")
    NoticeSettings = apps.get_model("home", "NoticeSettings")
    Navigation = apps.get_model("home", "Navigation")
    AlertBanner = apps.get_model("home", "AlertBanner")
    Site = apps.get_model("wagtailcore", "Site")
    english = _english(apps)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
    if site is None:
        return
    nav = Navigation.objects.filter(locale=english).first()
    if nav is not None:
        NavigationSettings.objects.update_or_create(
            site=site,
            defaults={"main_menu": list(nav.main_menu.raw_data), "footer_groups": list(nav.footer_groups.raw_data)},
        )
    banner = AlertBanner.objects.filter(locale=english).first()
    if banner is not None:
        NoticeSettings.objects.update_or_create(
            site=site, defaults={old: getattr(banner, field) for field, old in ALERT_FIELDS.items()}
        )


def suggested_amounts_in_their_page_language(apps, schema_editor):
    """Each amount takes its page's language; an amount of a translated donate page shares the
    ``translation_key`` of the English page's amount in the same place, so wagtail-localize pairs them."""
    DonationAmount = apps.get_model("home", "DonationAmount")
    Page = apps.get_model("wagtailcore", "Page")
    english = _english(apps)
    amounts = list(DonationAmount.objects.filter(translation_key__isnull=True).order_by("page_id", "sort_order", "pk"))
    pages = {page.pk: page for page in Page.objects.filter(pk__in={amount.page_id for amount in amounts})}
    sources = {}
    for amount in amounts:
        page = pages[amount.page_id]
        if page.locale_id == english.pk:
            amount.translation_key = uuid.uuid4()
            sources[(page.translation_key, amount.sort_order)] = amount.translation_key
    for amount in amounts:
        page = pages[amount.page_id]
        amount.locale_id = page.locale_id
        if amount.translation_key is None:
            amount.translation_key = sources.get((page.translation_key, amount.sort_order)) or uuid.uuid4()
        amount.save(update_fields=["translation_key", "locale"])


def give_permissions(apps, schema_editor):
    roles._ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for name, added in (("Editors", EDITOR_ADDED), ("Moderators", MODERATOR_ADDED)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*roles._permissions(apps, added))


class Migration(migrations.Migration):
    dependencies = [("home", "0013_site_text_snippets")]

    operations = [
        migrations.RunPython(settings_to_snippets, snippets_to_settings),
        migrations.RunPython(suggested_amounts_in_their_page_language, migrations.RunPython.noop),
        migrations.RunPython(give_permissions, migrations.RunPython.noop),
    ]
