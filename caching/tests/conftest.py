import pytest

from .recording import PURGED


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    """The addresses purged from the shared caches by what the test does (sent when it commits)."""
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": "caching.tests.recording.RecordingBackend"}}
    PURGED.clear()

    class Recorder:
        def __call__(self, action, *args, **kwargs):
            """Run ``action`` as one committed change; return the set of addresses it purged."""
            PURGED.clear()
            with django_capture_on_commit_callbacks(execute=True):
                action(*args, **kwargs)
            return set(PURGED)

    yield Recorder()
    PURGED.clear()
