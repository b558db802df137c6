"""Admin hooks of the home app: the comms team's dashboard, the editor guide, review messages and menus,
initials for avatars, the editor's accessibility checker, who reads contact messages, login lockouts, and
the words every page shows (menus and footer, alert banner), each with its own item in the menu; and, for
visitors, the site settings every page shows read in one query."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.avatars import initials_avatar_url
from home.dashboard import add_dashboard_panels
from home.editor_guide import EditorGuideView, guide_picture
from home.enquiries import (
    contact_messages,
    contact_messages_menu_item,
    enquiry_permissions,
    form_pages_for_responders,
    hide_forms_list_from_those_it_refuses,
)
from home.models import AlertBanner, Navigation
from home.models.site_settings import load_site_settings
from home.moderation import after_page_approval, after_snippet_approval, review_actions_first

# Axe rules the checker in the editor's preview runs, on top of Wagtail's own set: images need alt
# text, links and buttons need names, headings must not skip levels or be empty, form fields need
# labels, and text needs enough contrast.
SWP_AXE_RULES = [
    "image-alt",
    "link-name",
    "heading-order",
    "empty-heading",
    "button-name",
    "label",
    "color-contrast",
]


class SWPContentCheckerItem(ContentCheckerItem):
    """Wagtail's accessibility checker with the rules that matter on this site."""

    axe_run_only = list(dict.fromkeys([*ContentCheckerItem.axe_run_only, *SWP_AXE_RULES]))
    # The quick-exit button and the rest of the page are checked; only Wagtail's userbar is left out.
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": "Image without alt text",
            "help_text": "Fill in the image's description in the image library",
        },
        "label": {"error_name": "Form field without a label", "help_text": "Give every field a label"},
        "color-contrast": {
            "error_name": "Text is hard to read against its background",
            "help_text": "Use darker text or a lighter background",
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_swp_content_checker(request, items, page=None):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SWPContentCheckerItem):
            items[index] = SWPContentCheckerItem(in_editor=getattr(item, "in_editor", False))


@hooks.register("construct_homepage_panels")
def comms_dashboard(request, panels):
    add_dashboard_panels(request, panels)


# Contact messages: only the "Enquiry responders" group and administrators (home/enquiries.py).
hooks.register("filter_form_submissions_for_user", form_pages_for_responders)
hooks.register("register_permissions", enquiry_permissions)
hooks.register("register_admin_menu_item", contact_messages_menu_item)
hooks.register("construct_main_menu", hide_forms_list_from_those_it_refuses)


@hooks.register("register_admin_urls")
def contact_messages_url():
    return [path("contact-messages/", contact_messages, name="contact_messages")]


@hooks.register("register_admin_viewset")
def login_lockouts():
    from home.lockouts import LoginLockoutViewSet

    return LoginLockoutViewSet("login_lockouts")


@hooks.register("get_avatar_url")
def initials_avatar(user, size):
    return initials_avatar_url(user, size)


# Review that reads as what it does (home/moderation.py).
hooks.register("after_edit_page", after_page_approval)
hooks.register("after_edit_snippet", after_snippet_approval)
hooks.register("construct_page_action_menu", review_actions_first)
hooks.register("construct_snippet_action_menu", review_actions_first)


# SWP's editor guide inside the admin (home/editor_guide.py): the first item of the menu's Help.
@hooks.register("register_admin_urls")
def editor_guide_urls():
    return [
        path("help/", EditorGuideView.as_view(), name="swp_editor_guide"),
        path("help/editor-guide/<str:name>", guide_picture, name="swp_editor_guide_picture"),
    ]


@hooks.register("register_help_menu_item")
def editor_guide_menu_item():
    return MenuItem(
        _("SWP editor guide"), reverse("swp_editor_guide"), name="swp-editor-guide", icon_name="doc-full", order=10
    )


@hooks.register("before_serve_page")
def read_site_settings_together(page, request, serve_args, serve_kwargs):
    """Every page shows the three site settings: read them in one query rather than three."""
    load_site_settings(request)


# The words every page shows, one copy per language (home/models/site_text.py): Editors change them and
# translate them with wagtail-localize's "Translate" and "Sync translated snippets" in each list.
class NavigationViewSet(SnippetViewSet):
    model = Navigation
    icon = "list-ul"
    menu_label = "Menus and footer"
    menu_name = "menus-and-footer"
    menu_order = 260
    add_to_admin_menu = True


class AlertBannerViewSet(SnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = "Alert banner"
    menu_name = "alert-banner"
    menu_order = 261
    add_to_admin_menu = True
    list_display = ["__str__", "enabled", "text"]


register_snippet(NavigationViewSet)
register_snippet(AlertBannerViewSet)
