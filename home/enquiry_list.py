"""The team's list of contact messages (Wagtail's form submissions view): every language in one list.

A Language column and filter say which language each message was written in (the page it came from,
``ContactSubmission.language``); the exports carry the same column, with no cell a spreadsheet would
run as a formula (home/spreadsheets.py). Kept apart from home/enquiries.py, which the models import:
Wagtail's form views can only be imported once the models are loaded.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.contrib.forms.views import SubmissionsListFilterSet

from home.spreadsheets import FormulaSafeSubmissionsListView


class ContactSubmissionsFilterSet(SubmissionsListFilterSet):
    """The messages' filters: Wagtail's dates, and the language a message was written in."""

    language = ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages"))


class ContactSubmissionsListView(FormulaSafeSubmissionsListView):
    """The contact messages of every language, with a Language column and filter, exported without formulas."""

    filterset_class = ContactSubmissionsFilterSet
