# ruff: noqa: S603  (runs the comparison project's own commands)
"""Wagtail's bakerydemo, measured the way ``make bench`` measures this site: the yardstick for issue 14.

    python scripts/bench_bakerydemo.py /path/to/bakerydemo [--runs 30] [--database-url URL]

The bakerydemo checkout lives outside this repository, with its own virtualenv in ``<path>/.venv``
(bakerydemo needs a newer Django than this site) and none of its code here. This script builds its demo
data once (``migrate``, ``load_initial_data``, ``collectstatic``) with its production settings and DEBUG
off, then, in bakerydemo's own Python, measures its home page, blog index, a blog post and the about
page with every cache a dummy cache: one request to warm up, one whose queries are counted, then the
median of ``--runs`` requests through Django's test client, as scripts/bench.py does for this site.
Prints one line of JSON: ``{page: {"path", "status", "queries", "median_ms", "median_cpu_ms"}}``.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PAGES = ("home", "blog index", "blog post", "about")


def bakery_env(path, database_url):
    # Not this site's cache settings: bakerydemo's production settings would turn REDIS_URL into a
    # django-redis cache it has not installed (it is measured with dummy caches anyway).
    ours = {"REDIS_URL", "REDIS_TLS_URL", "CACHE_DIR", "CACHE_KEY_PREFIX", "PAGE_CACHE_SECONDS"}
    return {
        **{key: value for key, value in os.environ.items() if key not in ours},
        "PYTHONPATH": str(path),
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-not-a-secret",
        "DATABASE_URL": database_url,
        # The test client speaks plain HTTP; production would sit behind TLS.
        "SECURE_SSL_REDIRECT": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
    }


def build(path, env, python, marker=None):
    """Bakerydemo's demo data and static files; skipped when ``marker`` says they were built already."""
    if marker is not None and marker.exists():
        return
    manage = [python, str(path / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["load_initial_data"], ["collectstatic", "--noinput", "-v0"]):
        done = subprocess.run([*manage, *command], env=env, cwd=path, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"bakerydemo's {command[0]} failed:\n{done.stderr[-2000:]}")
    if marker is not None:
        marker.write_text(env["DATABASE_URL"])


def measure(runs):
    """In bakerydemo's own Python and settings: its four pages with every cache a dummy cache."""
    import django

    django.setup()
    from bakerydemo.blog.models import BlogPage
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings
    from wagtail.models import Page

    paths = {
        "home": "/",
        "blog index": "/blog/",
        "blog post": BlogPage.objects.live().public().order_by("path").first().url,
        "about": Page.objects.live().get(slug="about").url,
    }
    dummy = dict.fromkeys(settings.CACHES, {"BACKEND": "django.core.cache.backends.dummy.DummyCache"})
    client = Client()
    results = {}
    with override_settings(CACHES=dummy):
        for name, path in paths.items():
            client.get(path)  # warm: compiled templates, renditions generated
            queries = []

            def count(execute, sql, params, many, context, queries=queries):
                queries.append(sql)
                return execute(sql, params, many, context)

            with connection.execute_wrapper(count):
                response = client.get(path)
            times, cpu = [], []
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            results[name] = {
                "path": path,
                "status": response.status_code,
                "queries": len(queries),
                "median_ms": round(statistics.median(times), 2),
                "median_cpu_ms": round(statistics.median(cpu), 2),
            }
    print(json.dumps(results))


def run(path, runs=30, database_url=None):
    """Build bakerydemo's data if needed and measure it in its own virtualenv; returns the figures."""
    path = Path(path).resolve()
    python = path / ".venv" / "bin" / "python"
    if not (path / "manage.py").exists() or not python.exists():
        raise SystemExit(
            f"{path} needs a bakerydemo checkout with its virtualenv in .venv (README: How pages stay fast)"
        )
    if database_url:  # a fresh database (make bench makes one on PostgreSQL): build it every time
        env = bakery_env(path, database_url)
        build(path, env, str(python))
    else:  # a SQLite file kept in the checkout, built once
        env = bakery_env(path, f"sqlite:///{path / 'bench-db.sqlite3'}")
        build(path, env, str(python), marker=path / "bench-db.built")
    out = subprocess.run(
        [str(python), str(Path(__file__).resolve()), "--measure", "--runs", str(runs), str(path)],
        env=env,
        cwd=path,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a bakerydemo checkout with its virtualenv in .venv")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--database-url", help="bakerydemo's database (default: a SQLite file in its checkout)")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.runs)
    results = run(args.path, args.runs, args.database_url)
    for name, entry in results.items():
        print(
            f"{name:12} {entry['queries']:>4} queries {entry['median_ms']:>7.1f} ms "
            f"(CPU {entry['median_cpu_ms']:.1f} ms)  {entry['path']}"
        )
    return None


if __name__ == "__main__":
    sys.exit(main())
