# ruff: noqa: S603, S310  (runs our own commands and a local server)
"""``make bench``: how the site performs at scale.

Builds a throwaway database (SQLite, or PostgreSQL when DATABASE_URL is postgres), loads the demo site,
measures every page type in-process (database queries and median server time with every cache a
DummyCache, then with the configured cache warm, then as a page-cache hit; HTML size), grows the site
with ``build_scale_site`` (1,000 publications…), measures again, optionally measures Wagtail's bakerydemo
the same way in the same run (``--bakerydemo PATH``, scripts/bench_bakerydemo.py), then serves the site
with gunicorn and drives it with ``wrk``, uncached and with the page cache on. Figures go to
bench-results/bench.json. Targets are reported with ✓/✗; the command does not fail on a missed target.

Options: --runs N (requests per page for the median), --wrk-seconds S, --publications N, --skip-wrk,
--bakerydemo PATH (or BAKERYDEMO=PATH).
"""

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conftest import free_port  # noqa: E402 (the test servers' port picker)

RESULTS = ROOT / "bench-results"

QUERY_TARGET = 15
MS_TARGET = 20.0
LISTING_KB_TARGET = 60.0
LISTINGS = ("publication index", "category route", "filtered listing", "releases list", "appearances list")
# Which bakerydemo page each page type is compared with (the others are held against its about page).
BAKERY_LISTINGS = (*LISTINGS, "staff index", "internship index", "press index", "sitemap", "search results")
BAKERY_DETAILS = ("publication", "release", "posting", "appeal", "bio")
WRK_PAGES = ("home", "publication index", "publication", "search results")


# --- In-process measurement (runs in a child process whose environment names the database) ---------


def page_paths():
    """The path of one page of every type, found in the database (the same demo pages at any scale)."""
    from home.models import DonationAppealPage, SitemapPage
    from people.models import InternshipIndexPage, InternshipPage, StaffBioPage, StaffIndexPage
    from press.models import PressReleasePage
    from publications.models import PublicationPage

    def first(model, **exclude):
        return model.objects.live().public().exclude(**exclude).order_by("path").first()

    posting = first(InternshipPage, slug__startswith="scale-")
    release = first(PressReleasePage, slug__startswith="test-release-")
    return {
        "home": "/",
        "standard page (about)": "/about/",
        "sitemap": first(SitemapPage).url,
        "search results": "/search/?q=rights",
        "staff index": first(StaffIndexPage).url,
        "bio": first(StaffBioPage, slug__startswith="scale-").url,
        "internship index": first(InternshipIndexPage).url,
        "posting": posting.url,
        "apply form": posting.url + "apply/",
        "publication index": "/publications/",
        "category route": "/publications/reports/",
        "filtered listing": "/publications/?topic=policing",
        "publication": first(PublicationPage, slug__startswith="sample-publication-").url,
        "press index": "/press/",
        "releases list": "/press/releases/",
        "appearances list": "/press/appearances/",
        "release": release.url,
        "media toolkit": "/press/media-toolkit/",
        "donate": "/donate/",
        "appeal": first(DonationAppealPage).url,
        "contact": "/contact/",
        "publications feed": "/publications/feed/",
        "press feed": "/press/feed/",
    }


def static_sizes(html):
    """Gzipped bytes of the site's own CSS and JS a page links to."""
    from django.contrib.staticfiles import finders

    sizes = {}
    urls = re.findall(r'<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"', html)
    urls += re.findall(r'<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"', html)
    urls += re.findall(r'<script[^>]+src="([^"]+)"', html)
    for url in dict.fromkeys(urls):
        if not url.startswith("/static/"):
            continue
        name = re.sub(r"\.[0-9a-f]{12}(\.\w+)$", r"\1", url.removeprefix("/static/").split("?")[0])
        found = finders.find(name)
        if found:
            sizes[url] = len(gzip.compress(Path(found).read_bytes(), 9))
    return sizes


def image_check(html):
    """Every <img> has width and height and is served in a modern format (directly or via <source>)."""
    problems = []
    modern_sources = re.findall(r'<source[^>]+type="image/(?:avif|webp)"', html)
    images = re.findall(r"<img\b[^>]*>", html)
    for tag in images:
        if not re.search(r"\swidth=", tag) or not re.search(r"\sheight=", tag):
            problems.append(f"no width/height: {tag[:120]}")
        if not re.search(r"\.(?:webp|avif)\b", tag) and not modern_sources:
            problems.append(f"not webp/avif: {tag[:120]}")
    return {"images": len(images), "modern_sources": len(modern_sources), "problems": problems}


NO_CACHE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
# How each page is measured: with every cache a dummy cache (what the first visitor after a deploy or
# an edit meets, and what must be fast), with the configured caches warm, and with the page cache on.
MODES = ("no cache", "cached", "page cache")


def mode_settings(mode):
    from django.conf import settings
    from django.test.utils import override_settings

    if mode == "no cache":
        return override_settings(CACHES=dict.fromkeys(settings.CACHES, NO_CACHE), PAGE_CACHE_SECONDS=0)
    return override_settings(PAGE_CACHE_SECONDS=300 if mode == "page cache" else 0)


def time_page(client, path, runs):
    """``(response, queries, median ms, median CPU ms)`` of ``path``: one request to warm up, one counted,
    ``runs`` timed. The CPU time of this process (SQLite's work included, PostgreSQL's not) moves less
    than the wall time when the machine is shared."""
    from django.db import connection

    client.get(path)  # warm: compiled templates, renditions generated, caches filled (where there are any)
    queries = []

    def count(execute, sql, params, many, context):
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
    return response, queries, round(statistics.median(times), 2), round(statistics.median(cpu), 2)


def measure(runs, modes):
    import django

    django.setup()
    from django.test import Client

    # No setup_test_environment(): its template instrumentation copies every template's context for
    # the test client, which production never does and which would be measured as server time.
    client = Client()
    results = {name: {"path": path} for name, path in page_paths().items()}
    for mode in modes:
        with mode_settings(mode):
            for name, entry in results.items():
                response, queries, median, median_cpu = time_page(client, entry["path"], runs)
                entry[mode] = {"queries": len(queries), "median_ms": median, "median_cpu_ms": median_cpu}
                if mode == "no cache":
                    entry["sql"] = [sql[:200] for sql in queries]
                    body = response.content
                    entry.update(
                        status=response.status_code,
                        html_bytes=len(body),
                        html_gzip_bytes=len(gzip.compress(body, 9)),
                    )
                    if name in LISTINGS:
                        html = body.decode()
                        entry["static_gzip_bytes"] = static_sizes(html)
                        entry["images"] = image_check(html)
    print(json.dumps(results))


# --- Orchestration ----------------------------------------------------------------------------------


def run(cmd, env, quiet=True):
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL if quiet else None)


def measure_in_child(env, runs, modes=MODES):
    out = subprocess.run(
        [sys.executable, __file__, "--measure", "--runs", str(runs), "--modes", ",".join(modes)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def start_gunicorn(env, workdir, workers=2):
    port = free_port()
    log = open(Path(workdir) / f"gunicorn-{port}.log", "w")  # noqa: SIM115
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "swpsite.wsgi:application", "--workers", str(workers)]
        + ["--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(url + "/health/", timeout=2)
            break
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {log.name}") from None
            time.sleep(0.2)
    return server, url


def stop(server):
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()


def parse_wrk(output):
    def ms(value, unit):
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]

    result = {"requests_per_second": None, "p50_ms": None, "p99_ms": None, "non_2xx": 0, "socket_errors": 0}
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["requests_per_second"] = float(match.group(1))
    for label, key in (("50", "p50_ms"), ("99", "p99_ms")):
        if match := re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M):
            result[key] = round(ms(*match.groups()), 2)
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        result["non_2xx"] = int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        result["socket_errors"] = sum(int(n) for n in match.groups())
        result["socket_errors_detail"] = dict(
            zip(("connect", "read", "write", "timeout"), map(int, match.groups()), strict=True)
        )
    if match := re.search(r"(\d+) requests in", output):
        result["requests"] = int(match.group(1))
    return result


def wrk(url, seconds, connections=16, script=None, timeout=10):
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s", "--latency"]
    if script:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    return parse_wrk(out)


def mark(ok):
    return "✓" if ok else "✗"


def bakery_match(name):
    """The bakerydemo page a page type is held against: its home, blog index, a blog post or its about page."""
    if name == "home":
        return "home"
    if name in BAKERY_LISTINGS:
        return "blog index"
    if name in BAKERY_DETAILS:
        return "blog post"
    return "about"


def report(small, large, load, publications, bakery=None):
    nc = "no cache"
    print()
    print(
        "Queries and median server time per page type (in-process, Django's test client). No cache: every\n"
        "cache a DummyCache. Cached: the configured cache, warm. Page cache: the anonymous page cache, a hit.\n"
        "The machine is shared: medians move from run to run; compare figures from the same run."
    )
    print("Columns: queries at the demo site's size and at large scale, then median wall and CPU ms, no cache.")
    print()
    header = (
        f"{'page':24} {'q 10':>5} {'q big':>5} {'same':>4} {'≤15':>3} {'ms':>7} {'cpu':>6} {'≤20':>3}"
        f" {'cached q':>8} {'ms':>6} {'page$ ms':>8} {'bakerydemo':>20} {'<½':>2} {'HTML KB':>7}  path"
    )
    print(header)
    for name, big in large.items():
        few = small.get(name, {}).get(nc, {})
        same = few.get("queries") == big[nc]["queries"]
        match = ""
        half = ""
        if bakery:
            other = bakery[bakery_match(name)]
            match = f"{bakery_match(name)} {other['median_ms']:.1f}"
            half = mark(big[nc]["median_ms"] < other["median_ms"] / 2)
        print(
            f"{name:24} {few.get('queries', '-'):>5} {big[nc]['queries']:>5} {mark(same):>4} "
            f"{mark(big[nc]['queries'] <= QUERY_TARGET):>3} {big[nc]['median_ms']:>7.1f} "
            f"{big[nc]['median_cpu_ms']:>6.1f} {mark(big[nc]['median_ms'] < MS_TARGET):>3} "
            f"{big['cached']['queries']:>8} "
            f"{big['cached']['median_ms']:>6.1f} {big['page cache']['median_ms']:>8.1f} {match:>20} {half:>2} "
            f"{big['html_bytes'] / 1024:>7.1f}  {big['path']}"
            + ("" if big["status"] == 200 else f"  (status {big['status']})")
        )
    if bakery:
        print()
        print("bakerydemo, same run, every cache a DummyCache:")
        for name, entry in bakery.items():
            print(
                f"  {name:12} {entry['queries']:>4} queries {entry['median_ms']:>7.1f} ms "
                f"(CPU {entry['median_cpu_ms']:.1f} ms)  {entry['path']}"
            )
    targets = {}
    worst = max(large.values(), key=lambda entry: entry[nc]["queries"])
    slowest = max((entry[nc]["median_ms"], name) for name, entry in large.items())
    targets["queries_at_most_15_with_no_cache"] = all(e[nc]["queries"] <= QUERY_TARGET for e in large.values())
    targets["queries_same_small_and_large"] = all(
        small.get(name, {}).get(nc, {}).get("queries") == entry[nc]["queries"] for name, entry in large.items()
    )
    targets["every_page_under_20ms_with_no_cache"] = slowest[0] < MS_TARGET
    if bakery:
        targets["every_page_under_half_of_bakerydemo"] = all(
            entry[nc]["median_ms"] < bakery[bakery_match(name)]["median_ms"] / 2 for name, entry in large.items()
        )
    listing = large["publication index"]
    weight = listing["html_gzip_bytes"] + sum(listing["static_gzip_bytes"].values())
    targets["listing_weight_under_60kb"] = weight / 1024 < LISTING_KB_TARGET
    images = listing["images"]
    targets["listing_images_modern_with_size"] = not images["problems"]
    print()
    print(f"Targets at {publications} publications:")
    print(
        f"  {mark(targets['queries_at_most_15_with_no_cache'])} at most {QUERY_TARGET} queries per page with no "
        f"cache (worst: {worst[nc]['queries']})"
    )
    print(f"  {mark(targets['queries_same_small_and_large'])} same query count at small and large scale")
    print(
        f"  {mark(targets['every_page_under_20ms_with_no_cache'])} every page under {MS_TARGET:.0f} ms median "
        f"with no cache (slowest: {slowest[1]} {slowest[0]:.1f} ms)"
    )
    if bakery:
        print(
            f"  {mark(targets['every_page_under_half_of_bakerydemo'])} every page under half of its bakerydemo "
            "counterpart's median"
        )
    print(
        f"  {mark(targets['listing_weight_under_60kb'])} listing HTML+CSS+JS gzipped {weight / 1024:.1f} KB "
        f"(HTML {listing['html_gzip_bytes'] / 1024:.1f} KB + "
        + ", ".join(f"{Path(url).name} {size / 1024:.1f} KB" for url, size in listing["static_gzip_bytes"].items())
        + ")"
    )
    print(
        f"  {mark(targets['listing_images_modern_with_size'])} listing images webp/avif with width/height "
        f"({images['images']} <img>, {images['modern_sources']} modern <source>)"
        + "".join(f"\n      {problem}" for problem in images["problems"][:5])
    )
    if load:
        print()
        print(f"{'wrk (2 workers)':24} {'cache':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
        for row in load:
            errors = row["non_2xx"] + row["socket_errors"]
            print(
                f"{row['page']:24} {row['cache']:>6} {row['requests_per_second'] or 0:>8.1f} "
                f"{row['p50_ms'] or 0:>8.2f} {row['p99_ms'] or 0:>8.2f} {errors:>6}"
            )
    return targets


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--publications", type=int, default=1000)
    parser.add_argument("--releases", type=int, default=300)
    parser.add_argument("--appearances", type=int, default=200)
    parser.add_argument("--staff", type=int, default=30)
    parser.add_argument("--internships", type=int, default=40)
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--skip-wrk", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway database and logs")
    parser.add_argument(
        "--bakerydemo",
        default=os.environ.get("BAKERYDEMO", ""),
        help="a bakerydemo checkout with its own .venv, measured in the same run (scripts/bench_bakerydemo.py)",
    )
    parser.add_argument("--modes", default=",".join(MODES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.runs, args.modes.split(","))

    from conftest import MANAGE, make_database, manage_env

    workdir = Path(tempfile.mkdtemp(prefix="swp-bench-"))
    database_url, drop = make_database(workdir)
    # A cache of its own, shared by the measuring process and the gunicorn workers as in production:
    # Redis under its own keys when REDIS_URL is set, else a file cache in the throwaway folder.
    env = manage_env(
        database_url,
        workdir,
        PAGE_CACHE_SECONDS="0",
        DEBUG="false",
        CACHE_DIR=str(workdir / "cache"),
        CACHE_KEY_PREFIX=f"swp-bench-{workdir.name}",
    )
    started = time.time()
    try:
        print(f"Building the demo site in {database_url.split('@')[-1]} …", flush=True)
        run([*MANAGE, "migrate", "--noinput", "-v0"], env)
        run([*MANAGE, "load_demo_site", "-v0"], env)
        print("Measuring every page type at small scale …", flush=True)
        small = measure_in_child(env, max(3, args.runs // 3), modes=("no cache",))
        scale = [
            f"--publications={args.publications}",
            f"--releases={args.releases}",
            f"--appearances={args.appearances}",
            f"--staff={args.staff}",
            f"--internships={args.internships}",
        ]
        print(f"Growing it: {' '.join(scale)} …", flush=True)
        run([*MANAGE, "build_scale_site", *scale], env)
        print(f"Measuring every page type at large scale ({args.runs} requests each) …", flush=True)
        large = measure_in_child(env, args.runs)
        bakery = None
        if args.bakerydemo:
            import bench_bakerydemo

            print(f"Measuring bakerydemo ({args.bakerydemo}) …", flush=True)
            # On PostgreSQL a database of its own on the same server; on SQLite a file in its checkout.
            bakery_url, drop_bakery = make_database(workdir)
            try:
                bakery = bench_bakerydemo.run(
                    args.bakerydemo, args.runs, bakery_url if bakery_url.startswith("postgres") else None
                )
            except (RuntimeError, subprocess.CalledProcessError) as error:  # report this site's figures anyway
                print(f"bakerydemo could not be measured: {error}", flush=True)
            finally:
                drop_bakery()
        load = []
        if not args.skip_wrk:
            if not shutil.which("wrk"):
                print("wrk is not installed: skipping the HTTP load figures (apt-get install wrk).")
            else:
                for cache_seconds in ("0", "300"):
                    server, url = start_gunicorn({**env, "PAGE_CACHE_SECONDS": cache_seconds}, workdir)
                    try:
                        for name in WRK_PAGES:
                            path = large[name]["path"]
                            print(f"wrk {path} (cache {cache_seconds} s) …", flush=True)
                            row = wrk(url + path, args.wrk_seconds)
                            load.append(
                                {"page": name, "path": path, "cache": "on" if cache_seconds != "0" else "off", **row}
                            )
                    finally:
                        stop(server)
        targets = report(small, large, load, args.publications, bakery)
        RESULTS.mkdir(exist_ok=True)
        data = {
            "database": database_url.split("://")[0],
            "redis": bool(os.environ.get("REDIS_URL")),
            "scale": vars(args),
            "small": small,
            "large": large,
            "bakerydemo": bakery,
            "wrk": load,
            "targets": targets,
            "seconds": round(time.time() - started, 1),
        }
        (RESULTS / "bench.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
        print(f"\nFigures written to {RESULTS / 'bench.json'}")
    finally:
        drop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
