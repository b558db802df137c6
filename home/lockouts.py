"""Pausing admin logins after wrong passwords (django-axes), and undoing a pause in the admin.

Two limits, both over ``AXES_COOLOFF_TIME`` (an hour):

- ``AXES_FAILURE_LIMIT`` (5) wrong passwords for one username **from one address** pause that
  username at that address only (``AXES_LOCKOUT_PARAMETERS``), so a stranger guessing an editor's
  password does not lock the editor out elsewhere.
- ``AXES_USERNAME_FAILURE_LIMIT`` (30) wrong passwords for one username **from any addresses**
  pause that username everywhere: someone guessing from many addresses is still stopped.

The address is the visitor's real one (``home.addresses.client_address``, ``AXES_CLIENT_IP_CALLABLE``).
Administrators see the recorded failures under Settings → Login lockouts and lift a pause by
deleting them; a password reset lifts it too (home/password_reset.py).
"""

from axes.conf import settings
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class SiteAxesHandler(AxesDatabaseHandler):
    """Axes' database handler, with the per-username limit on top of the per-username-and-address one."""

    def username_failures(self, request, credentials=None):
        username = get_client_username(request, credentials)
        if not username:
            return 0
        attempts = AccessAttempt.objects.filter(username=username)
        cool_off = get_cool_off(request)
        if cool_off:
            attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
        return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0

    def get_failures(self, request, credentials=None):
        """Failures for this username at this address; at least the limit once the username has had too many."""
        failures = super().get_failures(request, credentials)
        username_limit = getattr(settings, "AXES_USERNAME_FAILURE_LIMIT", 0)
        if username_limit and self.username_failures(request, credentials) >= username_limit:
            return max(failures, get_failure_limit(request, credentials))
        return failures


class LockoutPermissionPolicy(ModelPermissionPolicy):
    """Failures are recorded by the login only: administrators may look at them and delete them, nothing more."""

    def user_has_permission(self, user, action):
        if action not in ("view", "delete"):
            return False
        return super().user_has_permission(user, action)


register_permission_policy(AccessAttempt, LockoutPermissionPolicy(AccessAttempt), exact_class=True)


class LoginLockoutViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Login lockouts")
    add_to_settings_menu = True
    menu_order = 900
    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    # Required by ModelViewSet; no form is ever shown, as nobody may add or change a record.
    form_fields = ["username"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    inspect_view_fields = ["username", "ip_address", "user_agent", "path_info", "failures_since_start", "attempt_time"]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename__in=["view_accessattempt", "delete_accessattempt"])
