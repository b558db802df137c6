"""WSGI entry point. Production runs it with ``DJANGO_SETTINGS_MODULE=swpsite.settings.production``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "swpsite.settings.production")

application = get_wsgi_application()
