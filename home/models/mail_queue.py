"""Emails the site could not send when it tried (the mail server was down or hung), kept until it answers.

``home.mail.send_or_queue`` puts a message here when sending fails; ``manage.py send_queued_mail``
(cron, every few minutes) sends them and deletes each one sent. They may hold a visitor's words, so
``purge_personal_data`` deletes any still waiting after the retention period.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueuedEmail(models.Model):
    subject = models.CharField(_("subject"), max_length=255, help_text=_("The email's subject line."))
    body = models.TextField(_("text"), help_text=_("The email's text, as it will be sent."))
    from_email = models.CharField(
        _("from"), max_length=254, blank=True, help_text=_("The sender; empty for the site's usual sender.")
    )
    to = models.JSONField(_("to"), default=list, help_text=_("The addresses the email goes to."))
    reply_to = models.JSONField(_("reply to"), default=list, blank=True, help_text=_("Where replies go, if set."))
    created_at = models.DateTimeField(
        _("first tried"), default=timezone.now, db_index=True, help_text=_("When the site first tried to send it.")
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=1, help_text=_("How many times sending failed."))
    last_attempt_at = models.DateTimeField(
        _("last tried"), default=timezone.now, help_text=_("When sending last failed.")
    )
    last_error = models.CharField(
        _("last error"), max_length=500, blank=True, help_text=_("What the mail server (or its absence) answered.")
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("email waiting to be sent")
        verbose_name_plural = _("emails waiting to be sent")

    def __str__(self):
        return self.subject


def purge_queued_emails(cutoff):
    """Delete emails still waiting since before ``cutoff``; a purger for ``purge_personal_data``."""
    count, _by_model = QueuedEmail.objects.filter(created_at__lt=cutoff).delete()
    return "emails waiting to be sent", count
