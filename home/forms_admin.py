"""The admin's edit form for every page of the site (``BasePage.base_form_class``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

SCHEDULE_HELP = {
    "go_live_at": _(
        "New York time. The page stays off the site until then, and appears on its own at that moment "
        "once it is approved (Editors submit it; Moderators may publish it straight away)."
    ),
    "expire_at": _("New York time. The page leaves the site on its own at that moment. Leave empty to keep it."),
}


class SitePageForm(WagtailAdminPageForm):
    """Wagtail's page form, with the schedule's fields saying their times are New York time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, help_text in SCHEDULE_HELP.items():
            if name in self.fields:
                self.fields[name].help_text = help_text
