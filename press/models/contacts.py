"""Who journalists contact about a release or the toolkit: its own media contact, else the organisation's."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


def media_contact(obj, org):
    """The media contact of a release or the toolkit: its own details, else the organisation's."""
    return {
        "name": obj.contact_name or (org.name if org else ""),
        "email": obj.contact_email or (org.email if org else ""),
        "phone": obj.contact_phone or (org.phone if org else ""),
        "is_default": not (obj.contact_name or obj.contact_email or obj.contact_phone),
    }


def contact_panel(heading, what):
    return MultiFieldPanel(
        [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
        heading=heading,
        help_text=(
            f"Who journalists should call or write to about {what}. Leave all three empty to use the email "
            "address and phone number in Settings → Organisation."
        ),
    )


class MediaContactFields(models.Model):
    contact_name = models.CharField(
        max_length=120,
        blank=True,
        verbose_name="contact name",
        help_text="The person or team, such as 'RJ Thompson, Managing Director' (optional).",
    )
    contact_email = models.EmailField(
        blank=True,
        verbose_name="contact email",
        help_text="Leave empty to use the organisation's email address.",
    )
    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name="contact phone",
        help_text="Leave empty to use the organisation's phone number.",
    )

    class Meta:
        abstract = True
