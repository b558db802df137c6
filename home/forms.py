"""Forms of the home app: the contact form built from the fields the comms team sets up."""

import django.forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from home.spam import HONEYPOT_FIELD, HoneypotMixin

# Limits on what one message may hold, so an oversized post gets a clear error, not a huge record.
SINGLE_LINE_MAX_LENGTH = 255
MESSAGE_MAX_LENGTH = 5000
EMAIL_MAX_LENGTH = 254
URL_MAX_LENGTH = 2000

# Field names (made from the editor's labels) whose purpose browsers know.
AUTOCOMPLETE = {
    "name": "name",
    "your_name": "name",
    "full_name": "name",
    "email": "email",
    "your_email": "email",
    "email_address": "email",
    "phone": "tel",
    "phone_number": "tel",
    "telephone": "tel",
}


LINE_BREAKS = ("\r", "\n", "\v", "\f", "\x85", "\u2028", "\u2029")


def no_line_breaks(value):
    """For one-line fields (names, email addresses, phone numbers, subjects): a line break is refused.

    Browsers never put one there; a crafted post could, to forge headers or rows where the value is reused.
    """
    if isinstance(value, str) and any(mark in value for mark in LINE_BREAKS):
        raise ValidationError(
            _("Please write this on one line: remove the line breaks and send it again."), code="line_break"
        )


class ContactFormBase(HoneypotMixin, BaseForm):
    """The contact form: the editor's fields plus a honeypot field that people never see."""

    def visible_questions(self):
        return [field for field in self if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]


class ContactFormBuilder(FormBuilder):
    """Wagtail's form builder with a length limit on every text field."""

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        options["validators"] = [no_line_breaks]
        return django.forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX_LENGTH
        options.setdefault("widget", django.forms.Textarea(attrs={"rows": 8}))
        return django.forms.CharField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        options["validators"] = [no_line_breaks]
        return django.forms.EmailField(**options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        return super().create_url_field(field, options)

    def create_number_field(self, field, options):
        options["max_digits"] = 15
        options["decimal_places"] = 2
        return django.forms.DecimalField(**options)

    def create_hidden_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        options["validators"] = [no_line_breaks]
        return super().create_hidden_field(field, options)

    @property
    def formfields(self):
        fields = super().formfields
        # Tell browsers what common fields are for, so they can fill them in (WCAG 1.3.5).
        for name, field in fields.items():
            purpose = AUTOCOMPLETE.get(name)
            if purpose and not isinstance(field.widget, django.forms.HiddenInput):
                field.widget.attrs.setdefault("autocomplete", purpose)
        return fields

    def get_form_class(self):
        return type("ContactForm", (ContactFormBase,), self.formfields)
