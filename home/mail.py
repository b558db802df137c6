"""Sending the site's emails without ever holding a visitor up for long or losing one.

Each email is tried once at once, with the mail server given ``EMAIL_TIMEOUT`` seconds to answer (so
a hung server costs a form that much, not minutes). When sending fails the email is kept in
``QueuedEmail``, and ``manage.py send_queued_mail`` (cron) sends it once the server is back.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


def build_message(subject, body, to, from_email="", reply_to=(), connection=None):
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to or []) or None,
        connection=connection,
    )


def describe(error):
    return f"{type(error).__name__}: {error}"[:500]


def send_or_queue(subject, body, to, from_email="", reply_to=()):
    """Send an email now, or keep it for ``send_queued_mail``; True when it went out now."""
    from home.models.mail_queue import QueuedEmail

    try:
        build_message(subject, body, to, from_email, reply_to).send()
        return True
    except Exception as error:  # noqa: BLE001 (whatever the mail server did, the email is kept)
        queued = QueuedEmail.objects.create(
            subject=subject[:255],
            body=body,
            from_email=from_email or "",
            to=list(to),
            reply_to=list(reply_to or []),
            last_error=describe(error),
        )
        logger.warning(
            "Email %r could not be sent (%s); kept as queued email %s for send_queued_mail.",
            subject,
            describe(error),
            queued.pk,
        )
        return False


def waiting_summary():
    """How many emails are waiting, and since when: ``{"waiting": n, "oldest": datetime or None}``."""
    from django.db.models import Count, Min

    from home.models.mail_queue import QueuedEmail

    result = QueuedEmail.objects.aggregate(waiting=Count("pk"), oldest=Min("created_at"))
    return {"waiting": result["waiting"], "oldest": result["oldest"]}


def send_queued(limit=None):
    """Send the waiting emails, oldest first, over one connection; stop at the first failure.

    Returns ``(sent, still_waiting)``. Each email is locked while it is sent, so two runs at once
    (a slow cron run and the next) never send one twice on PostgreSQL.
    """
    from home.models.mail_queue import QueuedEmail

    sent = 0
    connection = get_connection()
    try:
        for pk in QueuedEmail.objects.values_list("pk", flat=True)[:limit]:
            with transaction.atomic():
                item = QueuedEmail.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
                if item is None:
                    continue
                message = build_message(item.subject, item.body, item.to, item.from_email, item.reply_to, connection)
                try:
                    message.send()
                except Exception as error:  # noqa: BLE001 (kept for the next run)
                    item.attempts += 1
                    item.last_attempt_at = timezone.now()
                    item.last_error = describe(error)
                    item.save(update_fields=["attempts", "last_attempt_at", "last_error"])
                    logger.warning("Queued email %s still could not be sent (%s).", item.pk, item.last_error)
                    break
                item.delete()
                sent += 1
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001 (closing a connection that failed)
            logger.debug("Closing the mail connection failed", exc_info=True)
    return sent, QueuedEmail.objects.count()
