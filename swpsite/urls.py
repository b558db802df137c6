from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import SiteSitemap
from publications.documents import publication_document_view

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's password reset, rate-limited (home/password_reset.py); the rest of the admin follows.
    path("admin/password_reset/", include("home.password_reset")),
    # Wagtail's reports, exported through the formula guard (home/report_exports.py), at their own addresses.
    path("admin/reports/", include("home.report_exports")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("applications/", include("people.urls")),
    path("health/", home_views.health, name="health"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # Every language's pages, each with its translations (home/sitemaps.py).
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteSitemap}}, name="sitemap"),
]

if getattr(settings, "SERVE_MEDIA", False):
    # Development and tests only; in production the web server serves /media/.
    from django.views.static import serve

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# The pages, search and a publication's PDF in every language: English at its own addresses, the others
# under their language code (/es/…); home/languages.py activates the language the address names.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    # A publication's PDF under the publication's own address (publications/documents.py).
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+)(?P<filename>[^/]+\.pdf)$",
        publication_document_view,
        name="publication_document",
    ),
    # Wagtail's page serving comes last: it catches every other path.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
