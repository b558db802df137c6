"""The contact page: SWP's contact details and a form the comms team builds in the admin.

A message is stored before any email is sent, so a failing mail server loses
nothing; spam is kept out by a honeypot field and a per-address rate limit.
Messages are deleted after ``DATA_RETENTION_DAYS`` by ``purge_personal_data``.

Languages: the Spanish contact page is a translation of the English one (wagtail-localize), its form's
questions translated with it (``ContactFormField`` is translatable; each question keeps the English
one's field name, so every language's messages share their columns). The visitor reads the errors,
the notices and the thank-you page in the language of the address; each message records that language
(``ContactSubmission.language``), and the team reads the messages of every language in one list (the
English contact page's), with a Language column and filter, and in the exports. The team's email is
in the site's own language (English), naming the language the message was written in.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission, FormSubmission
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from home.enquiries import EnquiriesPanel
from home.forms import ContactFormBuilder
from home.languages import current_language, language_name
from home.mail import send_or_queue
from home.search import summary_fields
from home.spam import HONEYPOT_FIELD, rate_limited

from .base import BasePage
from .site_settings import OrganisationSettings

logger = logging.getLogger(__name__)

RATE_LIMIT_SCOPE = "contact"


# The key of the language column in the messages' list and exports (no question's field name has two
# underscores running).
LANGUAGE_COLUMN = "submission__language"


class ContactFormField(TranslatableMixin, AbstractFormField):
    """One field of the contact form, as the comms team set it up; translated with the page.

    Its field name (``clean_name``) is kept from the English question in every language, so that a
    message's answers are stored under the same names whatever language it was written in.
    """

    page = ParentalKey("home.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]

    def clean(self):
        super().clean()
        if (self.clean_name or self.get_field_clean_name()) == HONEYPOT_FIELD:
            raise ValidationError(
                {"label": "This label is kept for spam protection; please call the field 'Your website address'."}
            )


class ContactSubmission(AbstractFormSubmission):
    """A message sent through the contact form, with the language the visitor wrote it in."""

    language = models.CharField(
        gettext_lazy("language"),
        max_length=15,
        default=settings.LANGUAGE_CODE,
        db_index=True,
        help_text=gettext_lazy("The language of the contact page the message was sent from (en, es…)."),
    )

    class Meta(AbstractFormSubmission.Meta):
        verbose_name = gettext_lazy("contact message")
        verbose_name_plural = gettext_lazy("contact messages")

    def get_data(self):
        return {**super().get_data(), LANGUAGE_COLUMN: language_name(self.language)}


class ContactPage(RoutablePageMixin, AbstractEmailForm, BasePage):
    """The one contact page: address, phone, email, office hours, languages and the contact form."""

    introduction = models.TextField(
        max_length=500,
        blank=True,
        help_text="One or two sentences under the title, such as who can contact SWP and about what.",
    )
    case_notice = models.TextField(
        max_length=600,
        default=(
            "Please do not send details of a legal case through this form, and nothing you would not want "
            "someone else to read: email and web forms are not fully private. To talk about a case, call us "
            "during office hours and ask for an intake appointment."
        ),
        verbose_name="Notice above the form",
        help_text="What not to send through the form, in plain words. Shown just above the form.",
    )
    privacy_note = models.TextField(
        max_length=600,
        default=(
            "Only the SWP staff who answer general enquiries read these messages, and we never share them with "
            "anyone outside SWP."
        ),
        verbose_name="How we handle messages",
        help_text=(
            "Who reads messages and what we do with them. The site adds how long messages are kept "
            "(the data retention period)."
        ),
    )
    submit_label = models.CharField(max_length=40, default="Send message", help_text="The words on the send button.")
    thank_you_heading = models.CharField(
        max_length=120, default="Thank you, your message has been sent", help_text="The heading after sending."
    )
    thank_you_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="What people read after sending, such as when to expect an answer.",
    )
    email_whole_message = models.BooleanField(
        default=False,
        verbose_name="Copy the whole message into the email",
        help_text=(
            "Untick to email only a notice with a link to the message in the admin. Messages copied into "
            "email stay in mailboxes after the site deletes them."
        ),
    )

    summary_field = "introduction"
    # The team's email (who gets it, from whom, its subject) is the same for every language's page:
    # translators never see these, and the English page's values are copied to the translations.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        SynchronizedField("subject"),
    ]

    search_fields = BasePage.search_fields + [*summary_fields("introduction")]
    content_panels = BasePage.content_panels + [
        EnquiriesPanel(),
        FieldPanel("introduction"),
        MultiFieldPanel([FieldPanel("case_notice"), FieldPanel("privacy_note")], heading="Notices above the form"),
        InlinePanel(
            "form_fields",
            label="Form field",
            heading="Form fields",
            help_text="The questions the form asks, in order. Keep it short: ask only what you need to answer.",
        ),
        FieldPanel("submit_label"),
        MultiFieldPanel([FieldPanel("thank_you_heading"), FieldPanel("thank_you_text")], heading="After sending"),
        MultiFieldPanel(
            [
                FieldPanel(
                    "to_address",
                    help_text="Who is told of new messages; separate several addresses with commas.",
                ),
                FieldPanel("from_address", help_text="The sender of those emails (optional)."),
                FieldPanel("subject", help_text="The subject of those emails, such as 'New message from the website'."),
                FieldPanel("email_whole_message"),
            ],
            heading="Email notices",
        ),
    ]

    form_builder = ContactFormBuilder
    landing_page_template = "home/contact_page_landing.html"

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("contact page")

    def get_submissions_list_view_class(self):
        """The admin's list of messages, by language too, exported with no cell a spreadsheet would run
        as a formula."""
        from home.enquiry_list import ContactSubmissionsListView

        return ContactSubmissionsListView

    def get_submission_class(self):
        return ContactSubmission

    def get_submissions(self):
        """The messages sent from this page and from its translations: one list for the team."""
        return ContactSubmission.objects.filter(page__translation_key=self.translation_key)

    def get_data_fields(self):
        """The columns of the messages' list and exports: the date, the language, then the questions."""
        submit_time, *questions = super().get_data_fields()
        return [submit_time, (LANGUAGE_COLUMN, gettext("Language")), *questions]

    # --- Showing the page ---------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["org"] = OrganisationSettings.for_request(request)
        context["retention_days"] = settings.DATA_RETENTION_DAYS
        return context

    def render_form(self, request, form, message=None, status=200):
        context = self.get_context(request)
        context["form"] = form
        context["form_message"] = message
        return TemplateResponse(request, self.get_template(request), context, status=status)

    @path("")
    def index_route(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.handle_post(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        return self.render_form(request, self.get_form(page=self, user=request.user))

    @path("thank-you/", name="thank_you")
    def thank_you(self, request):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return self.render_landing_page(request)

    def serve(self, request, view=None, args=None, kwargs=None):
        if view is None:
            return self.index_route(request)
        return super().serve(request, view, args, kwargs)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.render_form(request, self.get_form(page=self, user=request.user))

    # --- Receiving a message --------------------------------------------------------------------

    def handle_post(self, request):
        if rate_limited(request, RATE_LIMIT_SCOPE):
            return self.render_form(
                request,
                self.get_form(page=self, user=request.user),
                message=gettext(
                    "Your message was not sent: this connection has sent several messages in the last hour. "
                    "Please wait an hour and try again, or call or email us instead."
                ),
                status=429,
            )
        form = self.get_form(request.POST, page=self, user=request.user)
        if form.is_spam():
            return self.render_form(
                request,
                form,
                message=gettext(
                    "Your message was not sent. If you are a person, please leave the field called "
                    "“Leave this field empty” blank and send it again."
                ),
                status=400,
            )
        if not form.is_valid():
            return self.render_form(request, form, status=400)
        self.process_form_submission(form)
        return HttpResponseRedirect(self.get_url(request) + self.reverse_subpage("thank_you"))

    def process_form_submission(self, form):
        """Store the message first, then try the email: a failing mail server loses nothing."""
        data = {key: value for key, value in form.cleaned_data.items() if key != HONEYPOT_FIELD}
        submission = ContactSubmission.objects.create(form_data=data, page=self, language=current_language())
        if self.to_address:
            try:
                # The team's email is in the site's own language, whatever the visitor read.
                with translation.override(settings.LANGUAGE_CODE):
                    self.send_mail(form, submission=submission)
            except Exception:
                logger.exception(
                    "The contact form's email could not be sent; the message is stored (id %s).", submission.pk
                )
        return submission

    def send_mail(self, form, submission=None):
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        if self.email_whole_message:
            body = self.render_email(form)
        else:
            body = "A new message was sent through the contact form on the website."
        if submission is not None:
            body += f"\n\nLanguage: {language_name(submission.language)}"
        admin_path = reverse("wagtailforms:list_submissions", args=[self.pk])
        body += f"\n\nRead the messages in the admin: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{admin_path}\n"
        reply_to = None
        if self.email_whole_message:
            for field in self.get_form_fields():
                if field.field_type == "email" and form.cleaned_data.get(field.clean_name):
                    reply_to = [form.cleaned_data[field.clean_name]]
                    break
        # Sent now, or kept and sent by send_queued_mail when the mail server is back.
        send_or_queue(
            self.subject or "New message from the contact form",
            body,
            addresses,
            self.from_address,
            reply_to=reply_to or (),
        )

    def render_email(self, form):
        content = []
        for field in form:
            if field.name == HONEYPOT_FIELD or field.name not in form.cleaned_data:
                continue
            value = form.cleaned_data[field.name]
            if isinstance(value, list):
                value = ", ".join(value)
            content.append(f"{field.label}: {value}")
        return "\n".join(content)


def purge_form_submissions(cutoff):
    """Delete the messages of every form page older than ``cutoff``; a purger for ``purge_personal_data``."""
    count = 0
    for model in (ContactSubmission, FormSubmission):
        deleted, _by_model = model.objects.filter(submit_time__lt=cutoff).delete()
        count += deleted
    return "form submissions", count
