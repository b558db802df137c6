"""The applications interns send through a posting's form (people/views.py).

Personal data: kept in the admin for the team, deleted after DATA_RETENTION_DAYS (people/purge.py); the
résumé is stored privately (people/storage.py) and goes with its application (people/signals.py).
"""

from django.conf import settings
from django.db import models, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import slugify

from home.languages import current_language, language_name

from ..storage import RESUME_DIRECTORY, private_storage, resume_upload_to
from .internships import InternshipPage


class InternshipApplication(models.Model):
    """What an applicant sent. Personal data: deleted after DATA_RETENTION_DAYS (purge_personal_data)."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        REVIEWING = "reviewing", "Reviewing"
        INTERVIEW = "interview", "Interview"
        DECLINED = "declined", "Declined"
        ACCEPTED = "accepted", "Accepted"

    posting = models.ForeignKey(
        InternshipPage,
        null=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        help_text="The posting applied for.",
    )
    position_title = models.CharField(
        max_length=255, help_text="The posting's title when the application arrived (kept if the posting is deleted)."
    )
    name = models.CharField(max_length=150, help_text="The applicant's name, as they wrote it.")
    email = models.EmailField(max_length=254, help_text="Where to reply to the applicant.")
    pronouns = models.CharField(max_length=60, blank=True, help_text="The applicant's pronouns, if they gave them.")
    school = models.CharField(
        max_length=200, verbose_name="school or programme", help_text="The school or programme the applicant attends."
    )
    availability = models.TextField(
        max_length=1000, help_text="When the applicant can start and how many hours a week."
    )
    cover_letter = models.TextField(
        max_length=10000, help_text="Why the applicant wants this internship, in their words."
    )
    resume = models.FileField(
        storage=private_storage,
        upload_to=resume_upload_to,
        max_length=255,
        verbose_name="résumé",
        help_text="Stored privately; download it with the link, which checks your permission.",
    )
    status = models.CharField(
        max_length=12,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        help_text="Where the application stands. The applicant does not see this.",
    )
    notes = models.TextField(
        blank=True, help_text="Private notes for the team reviewing applications. The applicant never sees them."
    )
    submitted_at = models.DateTimeField(
        default=timezone.now, db_index=True, editable=False, help_text="When the application arrived (New York time)."
    )
    language = models.CharField(
        max_length=15,
        default=settings.LANGUAGE_CODE,
        db_index=True,
        editable=False,
        help_text="The language the applicant read the posting and the form in (en, es…).",
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = "internship application"
        verbose_name_plural = "internship applications"

    def __str__(self):
        return f"{self.name} ({self.position_title})"

    @classmethod
    def create_from_form(cls, posting, form):
        """Save the application (and its file) before anything else happens."""
        data = form.cleaned_data
        upload = data["resume"]
        upload.name = f"resume.{form.resume_kind}"
        application = cls(
            posting=posting,
            position_title=posting.title[:255],
            name=data["name"],
            email=data["email"],
            pronouns=data.get("pronouns", ""),
            school=data["school"],
            availability=data["availability"],
            cover_letter=data["cover_letter"],
            resume=upload,
            language=current_language(),
        )
        try:
            with transaction.atomic():
                application.save()
        except Exception:
            # The file is written before the row: if the row could not be, the file goes too.
            stored = application.resume.name
            if stored and stored.startswith(f"{RESUME_DIRECTORY}/"):
                application.resume.storage.delete(stored)
            raise
        return application

    @property
    def language_name(self):
        """The language the applicant wrote in, by its name (``Español``)."""
        return language_name(self.language)

    @property
    def resume_kind(self):
        name = self.resume.name or ""
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""

    @property
    def resume_download_name(self):
        return f"resume-{slugify(self.name)[:40] or 'applicant'}-{self.pk}.{self.resume_kind or 'bin'}"

    def get_resume_url(self):
        return reverse("people:resume_download", args=[self.pk])

    def get_admin_url(self):
        try:
            return reverse("people_internshipapplication_modeladmin_edit", args=[self.pk])
        except NoReverseMatch:
            return ""
