"""Read the text inside the library's PDFs that were uploaded before text extraction existed.

    manage.py extract_document_text          # documents whose text is still empty
    manage.py extract_document_text --all    # every document again

Publications that use a document whose text changed are reindexed, so search finds them.
"""

from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model
from wagtail.search import index

from home.documents_text import refresh_extracted_text
from publications.models import PublicationPage


class Command(BaseCommand):
    help = "Read the text inside uploaded PDFs, for search."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Read every document again, not only empty ones.")

    def handle(self, *args, **options):
        documents = get_document_model().objects.order_by("pk")
        if not options["all"]:
            documents = documents.filter(extracted_text="")
        changed = 0
        for document in documents.iterator():
            if not refresh_extracted_text(document):
                continue
            changed += 1
            document.save(update_fields=["extracted_text"])
            for page in PublicationPage.objects.filter(document=document):
                index.insert_or_update_object(page)
        self.stdout.write(f"Read the text of {changed} document(s).")
