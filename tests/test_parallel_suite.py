"""The suite runs in several processes (``make test``: pytest-xdist), each with a Redis database of its own."""

import subprocess

from conftest import MANAGE, ROOT, manage_env


def test_a_server_started_by_a_test_process_keeps_that_processs_redis_database(tmp_path, monkeypatch):
    # As in the second test process: its settings moved REDIS_URL to the next database number (5 → 6).
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/6")
    env = manage_env("sqlite:///" + str(tmp_path / "unused.sqlite3"), tmp_path)
    printed = subprocess.run(  # noqa: S603 - this project's manage.py
        [*MANAGE, "shell", "-c", "from django.conf import settings; print(settings.CACHES['default']['LOCATION'])"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    # Not 7: a server moved on again would share the third process's database, which every test there empties.
    assert printed.stdout.strip().splitlines()[-1] == "redis://127.0.0.1:6379/6"
