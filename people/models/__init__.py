"""Staff bios, internship postings and the applications interns send, one module per concern.

Page tree (DESIGN.md): About → Staff (``StaffIndexPage``) → one ``StaffBioPage`` per person;
About → Internships (``InternshipIndexPage``) → one ``InternshipPage`` per posting. The models are
imported here so that ``from people.models import …`` finds each of them, as Django expects.
"""

from .applications import InternshipApplication
from .internships import PAST_POSTINGS_PER_PAGE, POSTING_FEATURES, InternshipIndexPage, InternshipPage
from .staff import BIO_FEATURES, STAFF_PER_PAGE, StaffBioPage, StaffBioPageManager, StaffIndexPage, StaffOrder

__all__ = [
    "BIO_FEATURES",
    "PAST_POSTINGS_PER_PAGE",
    "POSTING_FEATURES",
    "STAFF_PER_PAGE",
    "InternshipApplication",
    "InternshipIndexPage",
    "InternshipPage",
    "StaffBioPage",
    "StaffBioPageManager",
    "StaffIndexPage",
    "StaffOrder",
]
