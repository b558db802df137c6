"""Emails about internship applications, to the team that reviews them.

The email says that an application arrived, in which language, and where to read it: never the
applicant's data, which stays behind the admin's login. It is written in the site's own language (the
team's), whatever language the applicant read the form in. It is sent now, or queued and sent by
``send_queued_mail`` when the mail server is back (home/mail.py), so a failing mail server loses nothing.
"""

import logging

from django.conf import settings
from django.utils import timezone, translation

from home.mail import send_or_queue

logger = logging.getLogger(__name__)


def notify_contact(application, request=None):
    """Email the posting's contact (or the organisation's address) about ``application``.

    Returns False when nobody is set to receive it (the application is kept all the same).
    """
    posting = application.posting
    recipient = posting.get_contact_email(request) if posting else ""
    if not recipient:
        logger.warning("Internship application %s saved, but nobody is set to receive the email.", application.pk)
        return False
    # In the team's language, whatever language the applicant read the form in.
    with translation.override(settings.LANGUAGE_CODE):
        admin_url = application.get_admin_url()
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
        lines = [
            f"A new application for “{application.position_title}” arrived on the website.",
            "",
            f"Applicant: {application.name}",
            f"Language: {application.language_name}",
            f"Submitted: {timezone.localtime(application.submitted_at):%Y-%m-%d %H:%M} (New York time)",
            "",
            "Read it and download the résumé in the admin (you need to be logged in):",
            f"{base}{admin_url}" if admin_url else base + "/admin/",
        ]
        subject = f"New internship application: {application.position_title}"[:150]
        return send_or_queue(subject, "\n".join(lines), [recipient])
