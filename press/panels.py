"""Admin helpers for links to page types that other apps define.

Press releases link to publications and the media toolkit and appearances link to
staff bios. Those page types live in other apps, so the links are stored as a
plain page and the chooser is narrowed to the right type by name, once that
app defines it. Model validation then refuses a page of any other type.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser


def installed_models(model_strings):
    """The models named ``app_label.ModelName`` that exist in this project, skipping the others."""
    if isinstance(model_strings, str):
        model_strings = [model_strings]
    found = []
    for name in model_strings or []:
        try:
            found.append(apps.get_model(name))
        except (LookupError, ValueError):
            continue
    return found


class OptionalPageChooserPanel(PageChooserPanel):
    """A page chooser limited to ``page_type`` when that page type exists, to any page until then."""

    def get_form_options(self):
        opts = FieldPanel.get_form_options(self)
        models = installed_models(self.page_type)
        if models:
            opts.setdefault("widgets", {})[self.field_name] = AdminPageChooser(target_models=models)
        return opts


def validate_page_type(page, model_string, field_name, message):
    """Raise a ValidationError on ``field_name`` when ``page`` is not of the (installed) type ``model_string``."""
    if page is None:
        return
    models = installed_models(model_string)
    if not models:
        return
    if not issubclass(page.specific_class or type(page), tuple(models)):
        raise ValidationError({field_name: message})
