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


@pytest.fixture(scope="session")
def stack():
    """Varnish (deploy/varnish/site.vcl) in front of two gunicorn app servers sharing a database and a cache."""
    import shutil

    from conftest import make_database, manage_env

    from .stack import build_stack

    if not shutil.which("varnishd") and not __import__("os").path.exists("/usr/sbin/varnishd"):
        pytest.fail("Varnish is not installed: run `apt-get install varnish` (make test does).")
    stack, cleanup = build_stack(make_database, manage_env)
    try:
        for index in range(len(stack.apps)):
            stack.start_app(index)
        stack.start_varnish()
        stack.wait_until_healthy(len(stack.apps))
        yield stack
    finally:
        cleanup()


@pytest.fixture
def running_stack(stack):
    """The stack with every app server up and healthy (a test may stop some)."""
    for index, process in enumerate(stack.apps):
        if process is None:
            stack.start_app(index)
    stack.wait_until_healthy(len(stack.apps))
    return stack
