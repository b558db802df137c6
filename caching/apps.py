from django.apps import AppConfig


class CachingConfig(AppConfig):
    """HTTP caching: the headers (policy), the in-app page cache, what is stale and the purges."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "caching"
    verbose_name = "Caching"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save, pre_migrate, pre_save
        from wagtail.models import Page
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, pre_page_move

        from . import purging

        for model in self.apps.get_models():
            if issubclass(model, Page):
                pre_save.connect(purging.remember_page_before_save, sender=model, dispatch_uid=f"swp-cache-{model}")
        page_published.connect(purging.page_published, dispatch_uid="swp-cache-published")
        page_unpublished.connect(purging.page_unpublished, dispatch_uid="swp-cache-unpublished")
        pre_page_move.connect(purging.page_moving, dispatch_uid="swp-cache-moving")
        post_page_move.connect(purging.page_moved, dispatch_uid="swp-cache-moved")
        page_slug_changed.connect(purging.page_slug_changed, dispatch_uid="swp-cache-slug")
        post_save.connect(purging.model_saved, dispatch_uid="swp-cache-saved")
        post_delete.connect(purging.model_deleted, dispatch_uid="swp-cache-deleted")
        # Migrations create and change rows in tables that may not exist yet: nothing to purge then.
        pre_migrate.connect(purging.migrations_started, dispatch_uid="swp-cache-migrating")
        post_migrate.connect(purging.migrations_finished, dispatch_uid="swp-cache-migrated")
