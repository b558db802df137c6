"""The online application form for internship postings.

Its labels, help and errors are in the language of the posting's address (English, or Spanish under
/es/), through Django's translation machinery; Django's own errors ("This field is required.") follow.
"""

import zipfile

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from home.forms import no_line_breaks
from home.spam import HoneypotMixin

MAX_RESUME_SIZE = 5 * 1024 * 1024
KIND_NAMES = {"pdf": "PDF", "docx": "Word (.docx)"}  # names of formats: the same in every language
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CONTENT_TYPES = {"pdf": "application/pdf", "docx": DOCX_CONTENT_TYPE}


def _looks_like_pdf(upload):
    upload.seek(0)
    if upload.read(5) != b"%PDF-":
        return False, "not-pdf"
    upload.seek(0)
    try:
        from pypdf import PdfReader

        reader = PdfReader(upload, strict=False)
        if reader.is_encrypted:
            return False, "encrypted"
        if len(reader.pages) < 1:
            return False, "damaged"
    except Exception:  # pypdf raises many kinds of errors on a broken file
        return False, "damaged"
    finally:
        upload.seek(0)
    return True, ""


def _looks_like_docx(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False, "not-docx"
    finally:
        upload.seek(0)
    if "word/document.xml" not in names:
        return False, "not-docx"
    return True, ""


def validate_resume(upload):
    """Check a résumé by its content, not only its name. Returns ``"pdf"`` or ``"docx"``."""
    if upload.size > MAX_RESUME_SIZE:
        raise ValidationError(
            _(
                "Your file is %(size)s; the limit is 5 MB. Save a smaller PDF (for example without images) and "
                "try again."
            ),
            code="too_large",
            params={"size": filesizeformat(upload.size)},
        )
    name = (upload.name or "").lower()
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if extension not in KIND_NAMES:
        raise ValidationError(
            _("Send your résumé as a PDF or a Word (.docx) file. Files of other kinds cannot be accepted."),
            code="bad_extension",
        )
    check = _looks_like_pdf if extension == "pdf" else _looks_like_docx
    ok, problem = check(upload)
    if ok:
        return extension
    if problem == "encrypted":
        raise ValidationError(
            _("This PDF is protected by a password, so we could not open it. Send one without a password."),
            code="encrypted",
        )
    raise ValidationError(
        _(
            "This file is named .%(ext)s but is not a readable %(kind)s file. Save your résumé again as a "
            "PDF or Word (.docx) file and upload that."
        ),
        code="bad_content",
        params={"ext": extension, "kind": KIND_NAMES[extension]},
    )


class InternshipApplicationForm(HoneypotMixin):
    """What an applicant sends. The résumé is checked by its content; nothing is saved here."""

    name = forms.CharField(
        max_length=150,
        label=_("Your name"),
        validators=[no_line_breaks],
        help_text=_("The name you would like us to use."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        max_length=254,
        label=_("Email address"),
        validators=[no_line_breaks],
        help_text=_("We will only use it to reply about this application."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    pronouns = forms.CharField(
        max_length=60,
        required=False,
        label=_("Pronouns (optional)"),
        validators=[no_line_breaks],
        help_text=_("For example she/her, he/him, they/them."),
    )
    school = forms.CharField(
        max_length=200,
        label=_("School or programme"),
        validators=[no_line_breaks],
        help_text=_("Where you study or studied, and the degree or programme, such as “CUNY Law, J.D.”."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    availability = forms.CharField(
        max_length=1000,
        label=_("Availability"),
        help_text=_("When you could start and finish, and which days and how many hours a week you can work."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    cover_letter = forms.CharField(
        max_length=10000,
        label=_("Cover letter"),
        help_text=_("Why this internship, and what you would bring to it (up to about 1,500 words)."),
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    resume = forms.FileField(
        label=_("Résumé"),
        help_text=_("A PDF or Word (.docx) file of at most 5 MB."),
        widget=forms.FileInput(
            attrs={"accept": ".pdf,.docx,application/pdf," + DOCX_CONTENT_TYPE},
        ),
    )

    field_order = ["name", "email", "pronouns", "school", "availability", "cover_letter", "resume", "website"]

    def clean_resume(self):
        upload = self.cleaned_data["resume"]
        kind = validate_resume(upload)
        self.resume_kind = kind
        return upload
