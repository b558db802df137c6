"""Admin hooks of the home app: the comms team's dashboard and the editor's accessibility checker."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

from home.avatars import initials_avatar_url
from home.dashboard import add_dashboard_panels

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


@hooks.register("get_avatar_url")
def initials_avatar(user, size):
    return initials_avatar_url(user, size)
