"""URLs of the people app outside the page tree. Included from swpsite/urls.py at ``applications/``."""

from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("<int:pk>/resume/", views.download_resume, name="resume_download"),
]
