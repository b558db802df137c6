"""Who reads contact messages: the "Enquiry responders" group and administrators, nobody else.

Wagtail lets anyone who may edit a form page read and export its submissions. The contact page
promises that only the staff who answer enquiries read messages, so the admin's form submissions
(list, export, delete) are limited to users with the "Can view form submission" permission, which
the "Enquiry responders" group holds (migration ``home.0004_enquiry_responders``), and to superusers.
A responder need not be able to edit the contact page: the admin menu's "Contact messages" leads
them straight to the messages (Wagtail's own "Forms" list needs page permissions, so it is left to
those who have them). Editors and Moderators outside the group are refused, and the contact page's
editor does not show them the messages panel.

Messages in every language are read in one list, with the language each was written in (a column, a
filter and a column of the exports): the Spanish contact page's messages are listed with the English
page's (``ContactPage.get_submissions``, home/enquiry_list.py), so a responder never misses them.
"""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

ENQUIRY_RESPONDERS = "Enquiry responders"
READ_PERMISSION = "wagtailforms.view_formsubmission"


def reads_enquiries(user):
    return bool(user and user.is_active and (user.is_superuser or user.has_perm(READ_PERMISSION)))


def form_pages_for_responders(user, editable_forms):
    """For the ``filter_form_submissions_for_user`` hook: the form pages whose messages ``user`` may read."""
    if user.is_superuser:
        return editable_forms
    if not reads_enquiries(user):
        return editable_forms.none()
    return Page.objects.filter(content_type__in=get_form_types())


def enquiry_permissions():
    """For the ``register_permissions`` hook: the permissions administrators can give other groups."""
    return Permission.objects.filter(
        content_type__app_label="wagtailforms", codename__in=["view_formsubmission", "delete_formsubmission"]
    )


class EnquiriesPanel(FormSubmissionsPanel):
    """The count of messages, with a link to them, shown only to those who may read them."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Messages received"))
        super().__init__(*args, **kwargs)

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        @cached_property
        def submissions(self):
            """Every language's messages, as the list it links to shows them (``ContactPage.get_submissions``)."""
            if not self.instance.pk:
                return super().submissions
            return self.instance.get_submissions()

        def is_shown(self):
            return reads_enquiries(getattr(self.request, "user", None)) and super().is_shown()


def contact_messages(request):
    """The admin view behind the menu item: the contact page's messages, or why there are none to show."""
    from home.models import ContactPage

    if not reads_enquiries(request.user):
        raise PermissionDenied
    page = ContactPage.objects.order_by("path").first()
    if page is None:
        messages.info(request, _("There is no contact page yet, so there are no messages."))
        return redirect("wagtailadmin_home")
    return redirect("wagtailforms:list_submissions", page.pk)


class ContactMessagesMenuItem(MenuItem):
    def is_shown(self, request):
        return reads_enquiries(request.user)


def contact_messages_menu_item():
    return ContactMessagesMenuItem(
        _("Contact messages"), reverse("contact_messages"), name="contact-messages", icon_name="mail", order=701
    )


# What Wagtail's "Forms" list asks of a user (wagtail.contrib.forms.views.FormPagesListView).
FORMS_LIST_PERMISSIONS = {"add", "change", "publish", "bulk_delete", "lock", "unlock"}


def hide_forms_list_from_those_it_refuses(request, menu_items):
    """For ``construct_main_menu``: no "Forms" item for responders without page permissions (it would refuse them)."""
    if not page_permission_policy.user_has_any_permission(request.user, FORMS_LIST_PERMISSIONS):
        menu_items[:] = [item for item in menu_items if item.name != "forms"]
