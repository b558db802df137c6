"""The admin's own edit forms: for every page of the site (``BasePage.base_form_class``) and for the
donation call to action settings (``NoticeSettings.base_form_class``).

They live apart from the models so that a models module imports them, never the other way round.
"""

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from home.donations import CTA_APPEAL

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


def appeal_choice_label(appeal):
    """``Spring appeal (until 30 April 2031)`` in the list of running appeals."""
    return _("%(title)s (until %(end)s)") % {"title": appeal.title, "end": date_format(appeal.end_date, "j F Y")}


class NoticeSettingsForm(WagtailAdminModelForm):
    """The appeal for the call to action is chosen among the appeals running today (and the current choice)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("donation_cta_appeal")
        if field is None:
            return
        # The appeal model, reached through the field: the donate module imports this one, not the reverse.
        appeals = self._meta.model._meta.get_field("donation_cta_appeal").related_model
        # The English appeals: pages in another language show the chosen appeal's translation.
        running_ids = [appeal.pk for appeal in appeals.running().filter(locale__language_code=settings.LANGUAGE_CODE)]
        current = self.instance.donation_cta_appeal_id if self.instance else None
        ids = running_ids + ([current] if current and current not in running_ids else [])
        field.queryset = appeals.objects.filter(pk__in=ids).order_by("end_date", "title")
        field.label_from_instance = appeal_choice_label
        field.empty_label = _("No appeal chosen")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("donation_cta") == CTA_APPEAL and not cleaned.get("donation_cta_appeal"):
            self.add_error("donation_cta_appeal", _("Choose the appeal the call to action should show."))
        return cleaned
