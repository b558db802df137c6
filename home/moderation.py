"""Review that reads as what it does, for pages and press appearances (registered in home/wagtail_hooks.py).

- After a Moderator approves, the message says what happened: published now, scheduled for its go-live
  time (New York time), or passed on to a further review step. Wagtail's own message ("… has been
  updated") is taken out of the messages shown, through Django's messages API.
- The Moderator reviewing something finds **Approve and publish** as the main button, with **Publish**
  (without the review) and **Cancel workflow** right under it, then the rest of the menu.
"""

from html import unescape

from django.contrib import messages
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext as _

APPROVE = "approve"


def approved(request):
    return (
        request.method == "POST"
        and bool(request.POST.get("action-workflow-action"))
        and request.POST.get("workflow-action-name") == APPROVE
    )


def approval_message(title, obj):
    """The message after approving ``obj`` (its live object, as it is after the approval)."""
    if obj.workflow_in_progress:
        return _("'%(title)s' has been approved and passed on to the next review step.") % {"title": title}
    scheduled = obj.scheduled_revision
    if scheduled is not None and scheduled.approved_go_live_at and scheduled.approved_go_live_at > timezone.now():
        when = timezone.localtime(scheduled.approved_go_live_at).strftime("%-d %B %Y at %-I:%M %p")
        return _("'%(title)s' has been approved and will be published on %(when)s (New York time).") % {
            "title": title,
            "when": when,
        }
    return _("'%(title)s' has been approved and published: it is on the site now.") % {"title": title}


def replace_success_message(request, generic, replacement):
    """Show ``replacement`` instead of the success message that reads ``generic``; keep the others."""
    storage = messages.get_messages(request)
    kept = list(storage)  # reading them marks them as shown; the ones kept are added again below
    for message in kept:
        text = unescape(strip_tags(str(message.message)))
        if message.level == messages.SUCCESS and generic in text:
            continue
        messages.add_message(request, message.level, message.message, extra_tags=message.extra_tags)
    messages.success(request, replacement)


def after_page_approval(request, page):
    if not approved(request):
        return
    page = type(page).objects.get(pk=page.pk)  # as the approval left it, not as the form had it
    title = page.get_admin_display_title()
    generic = _("Page '%(page_title)s' has been updated.") % {"page_title": title}
    replace_success_message(request, generic, approval_message(title, page))


def after_snippet_approval(request, instance):
    if not approved(request) or not hasattr(instance, "workflow_in_progress"):
        return
    instance = type(instance).objects.get(pk=instance.pk)  # as the approval left it
    generic = capfirst(
        _("%(model_name)s '%(object)s' updated.") % {"model_name": instance._meta.verbose_name, "object": instance}
    )
    replace_success_message(request, generic, approval_message(str(instance), instance))


def _review_rank(item):
    if item.name == APPROVE:
        return 3 if getattr(item, "launch_modal", False) else 0
    return {"action-publish": 1, "action-cancel-workflow": 2}.get(item.name, 4)


def review_actions_first(menu_items, request, context):
    """Approve and publish, Publish, Cancel workflow at the top of the menu when something is in review."""
    if not any(item.name == APPROVE for item in menu_items):
        return
    for item in menu_items:
        if item.name == APPROVE:
            # Wagtail says "Approve and Publish" on the last step; in sentence case, as the rest of the admin.
            item.label = str(item.label).replace(" and Publish", " " + _("and publish"))
    menu_items.sort(key=_review_rank)
