"""The admin's password reset, rate-limited, and a way back in after a login lockout.

Wagtail's own views, with two additions, served at Wagtail's own URLs (swpsite/urls.py puts them
first):

- a reset request is refused with a clear message once the visitor's address, or the email address
  asked for, has made ``PASSWORD_RESET_RATE_LIMIT_PER_ADDRESS`` / ``..._PER_EMAIL`` requests within
  ``PASSWORD_RESET_RATE_WINDOW`` seconds, so nobody can flood an editor's mailbox or use the form
  to probe many addresses;
- choosing a new password through the emailed link lifts a login lockout for that username
  (home/lockouts.py).
"""

from axes.utils import reset as reset_login_failures
from django.conf import settings
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import account

from home.spam import rate_limited

TOO_MANY_REQUESTS = _(
    "Too many password reset requests were made from this connection or for this email address. "
    "No email was sent. Please wait an hour and try again, or ask a site administrator to reset your password."
)


class RateLimitedPasswordResetView(account.PasswordResetView):
    def form_valid(self, form):
        window = settings.PASSWORD_RESET_RATE_WINDOW
        email = form.cleaned_data["email"].strip().lower()
        by_address = rate_limited(
            self.request, "password-reset", limit=settings.PASSWORD_RESET_RATE_LIMIT_PER_ADDRESS, window=window
        )
        by_email = rate_limited(
            self.request,
            "password-reset-email",
            limit=settings.PASSWORD_RESET_RATE_LIMIT_PER_EMAIL,
            window=window,
            identity=email,
        )
        if by_address or by_email:
            form.add_error(None, TOO_MANY_REQUESTS)
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)


class UnlockingPasswordResetConfirmView(account.PasswordResetConfirmView):
    def form_valid(self, form):
        response = super().form_valid(form)
        reset_login_failures(username=form.user.get_username())
        return response


urlpatterns = [
    path("", RateLimitedPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path(
        "confirm/<uidb64>/<token>/",
        UnlockingPasswordResetConfirmView.as_view(),
        name="wagtailadmin_password_reset_confirm",
    ),
]
