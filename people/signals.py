"""What happens by itself when the people app's data changes. Connected in ``PeopleConfig.ready()``."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import InternshipApplication


@receiver(post_delete, sender=InternshipApplication)
def delete_resume_file(sender, instance, **kwargs):
    """An application's résumé goes with it (once the deletion is committed)."""
    name = instance.resume.name
    if name:
        storage = instance.resume.storage
        transaction.on_commit(lambda: storage.delete(name))
