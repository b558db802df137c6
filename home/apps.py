from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = "Home and general pages"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from home import page_cache

        # Anything a page can show changes -> the anonymous page cache starts afresh.
        post_save.connect(page_cache.invalidate_on_model_change, dispatch_uid="pagecache-save")
        post_delete.connect(page_cache.invalidate_on_model_change, dispatch_uid="pagecache-delete")
        m2m_changed.connect(page_cache.invalidate_on_model_change, dispatch_uid="pagecache-m2m")
        for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
            signal.connect(page_cache.invalidate_all, dispatch_uid=f"pagecache-{id(signal)}")
