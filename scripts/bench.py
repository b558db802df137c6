# ruff: noqa: S603, S310  (runs our own commands and a local server)
"""``make bench``: how the site performs at scale.

Builds a throwaway database (SQLite, or PostgreSQL when DATABASE_URL is postgres), loads the demo site,
measures every page type in-process (database queries of a warm request, median server time, HTML size), grows
the site with ``build_scale_site`` (1,000 publications…), measures again, then serves it with gunicorn
and drives it with ``wrk``, uncached and with the page cache on. Figures go to bench-results/bench.json.
Targets are reported with ✓/✗; the command does not fail on a missed target.

Options: --runs N (requests per page for the median), --wrk-seconds S, --publications N, --skip-wrk.
"""

import argparse
import gzip
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench-results"

QUERY_TARGET = 12
LISTING_MS_TARGET = 15.0
LISTING_KB_TARGET = 60.0
LISTINGS = ("publication index", "category route", "filtered listing", "releases list", "appearances list")
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


def measure(runs):
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from home import page_cache

    # No setup_test_environment(): its template instrumentation copies every template's context for
    # the test client, which production never does and which would be measured as server time.
    client = Client()
    results = {}
    for name, path in page_paths().items():
        client.get(path)  # warm: caches, compiled templates, renditions
        queries = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            response = client.get(path)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - start) * 1000)
        body = response.content
        if name in LISTINGS:
            # The first request after an edit: every cache keyed by the generation (settings, menus,
            # listing cards, filter choices) starts empty, as it does whenever anything is published.
            cold = []
            for _ in range(max(3, runs // 3)):
                page_cache.invalidate_all()
                start = time.perf_counter()
                client.get(path)
                cold.append((time.perf_counter() - start) * 1000)
        entry = {
            "path": path,
            "status": response.status_code,
            "queries": len(queries),
            "median_ms": round(statistics.median(times), 2),
            "html_bytes": len(body),
            "html_gzip_bytes": len(gzip.compress(body, 9)),
        }
        if name in LISTINGS:
            entry["cold_median_ms"] = round(statistics.median(cold), 2)
            html = body.decode()
            entry["static_gzip_bytes"] = static_sizes(html)
            entry["images"] = image_check(html)
        results[name] = entry
    print(json.dumps(results))


# --- Orchestration ----------------------------------------------------------------------------------


def run(cmd, env, quiet=True):
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL if quiet else None)


def measure_in_child(env, runs):
    out = subprocess.run(
        [sys.executable, __file__, "--measure", "--runs", str(runs)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


def report(small, large, load, publications):
    print()
    print(
        f"{'page':24} {'q small':>7} {'q large':>7} {'same':>4} {'≤12':>3} {'ms':>7} {'HTML KB':>8} {'gz KB':>6}  path"
    )
    for name, big in large.items():
        few = small.get(name, {})
        same = few.get("queries") == big["queries"]
        print(
            f"{name:24} {few.get('queries', '-'):>7} {big['queries']:>7} {mark(same):>4} "
            f"{mark(big['queries'] <= QUERY_TARGET):>3} {big['median_ms']:>7.1f} "
            f"{big['html_bytes'] / 1024:>8.1f} {big['html_gzip_bytes'] / 1024:>6.1f}  {big['path']}"
            + ("" if big["status"] == 200 else f"  (status {big['status']})")
        )
    targets = {}
    worst = max(large.values(), key=lambda entry: entry["queries"])
    targets["queries_at_most_12"] = all(entry["queries"] <= QUERY_TARGET for entry in large.values())
    targets["queries_same_small_and_large"] = all(
        small.get(name, {}).get("queries") == entry["queries"] for name, entry in large.items()
    )
    slowest = max((large[name]["median_ms"], name) for name in LISTINGS)
    targets["listing_median_under_15ms"] = slowest[0] < LISTING_MS_TARGET
    listing = large["publication index"]
    weight = listing["html_gzip_bytes"] + sum(listing["static_gzip_bytes"].values())
    targets["listing_weight_under_60kb"] = weight / 1024 < LISTING_KB_TARGET
    images = listing["images"]
    targets["listing_images_modern_with_size"] = not images["problems"]
    print()
    print(f"Targets at {publications} publications:")
    print(
        f"  {mark(targets['queries_at_most_12'])} at most {QUERY_TARGET} queries per page (worst: {worst['queries']})"
    )
    print(f"  {mark(targets['queries_same_small_and_large'])} same query count at small and large scale")
    print(
        f"  {mark(targets['listing_median_under_15ms'])} listings under 15 ms median "
        f"(slowest: {slowest[1]} {slowest[0]:.1f} ms)"
    )
    cold = {name: large[name]["cold_median_ms"] for name in LISTINGS}
    print(
        "    right after an edit (every cache keyed by the generation empty): "
        + ", ".join(f"{name} {ms:.1f} ms" for name, ms in cold.items())
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
    args = parser.parse_args()
    if args.measure:
        return measure(args.runs)

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
        small = measure_in_child(env, max(3, args.runs // 3))
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
        targets = report(small, large, load, args.publications)
        RESULTS.mkdir(exist_ok=True)
        data = {
            "database": database_url.split("://")[0],
            "redis": bool(os.environ.get("REDIS_URL")),
            "scale": vars(args),
            "small": small,
            "large": large,
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
