# ruff: noqa: S603  (runs our own commands)
"""``make bench-varnish``: requests per second through Varnish, beside a static file and the app uncached.

Builds a throwaway demo site, serves it with two gunicorn app servers behind Varnish
(deploy/varnish/site.vcl, caching/tests/stack.py) and runs ``wrk`` (loopback only, bounded) against:

1. a page through Varnish, kept there (a hit);
2. a static file through the same Varnish (also a hit): the ceiling for anything Varnish serves;
3. the same page from one app server directly, with its page cache off: every request renders.

The aim is (1) within 1.5× of (2). This machine is shared, so figures move from run to run: compare
figures from one run only. Results go to bench-results/varnish.json.
"""

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench import RESULTS, wrk  # noqa: E402

from caching.tests.stack import build_stack, get  # noqa: E402

PAGE = "/about/"
STATIC = "/static/css/site.css"


def warm(url):
    for _ in range(5):
        status, headers, _body = get(url)
        if status == 200 and headers.get("X-Cache") == "HIT":
            return
    raise SystemExit(f"{url} is not kept by Varnish: {dict(headers)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--publications", type=int, default=0, help="extra publications in the demo site")
    args = parser.parse_args()
    for tool in ("wrk", "varnishd"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            sys.exit(f"{tool} is missing: run 'make bench-varnish' as root, or install it from the OS packages.")

    from conftest import make_database, manage_env

    print("Building the demo site and starting Varnish in front of two app servers …", flush=True)
    stack, cleanup = build_stack(make_database, manage_env, page_cache_seconds="0", publications=args.publications)
    try:
        stack.start_app(0)
        stack.start_app(1)
        stack.start_varnish()
        stack.wait_until_healthy(2)
        warm(stack.url(PAGE))
        warm(stack.url(STATIC))
        get(stack.app_url(0, PAGE))
        runs = {
            "varnish_hit": stack.url(PAGE),
            "varnish_static": stack.url(STATIC),
            "app_uncached": stack.app_url(0, PAGE),
        }
        results = {}
        for name, url in runs.items():
            print(f"wrk -c{args.connections} -d{args.seconds}s {url} …", flush=True)
            results[name] = {"url": url, **wrk(url, args.seconds, connections=args.connections)}
        hits = stack.varnishstat()
    finally:
        cleanup()

    hit, static, app = (results[name]["requests_per_second"] or 0 for name in runs)
    ratio = static / hit if hit else float("inf")
    print()
    print(f"{'what':46} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    labels = {
        "varnish_hit": f"Varnish, a page kept ({PAGE})",
        "varnish_static": f"Varnish, a static file ({STATIC})",
        "app_uncached": f"one app server, uncached ({PAGE})",
    }
    for name, label in labels.items():
        result = results[name]
        errors = result["socket_errors"] + result["non_2xx"]
        print(f"{label:46} {result['requests_per_second']:>10} {result['p50_ms']:>8} {result['p99_ms']:>8} {errors:>7}")
    print()
    print(f"Static file / page through Varnish: {ratio:.2f}× (aim: at most 1.5×)")
    print(f"Page through Varnish / the app uncached: {hit / app if app else float('inf'):.0f}×")
    print("The machine is shared with other work: compare figures from the same run only.")
    RESULTS.mkdir(exist_ok=True)
    data = {
        "seconds": args.seconds,
        "connections": args.connections,
        "publications": args.publications,
        "results": results,
        "static_over_hit": round(ratio, 3),
        "varnish_cache_hits": hits.get("MAIN.cache_hit"),
    }
    (RESULTS / "varnish.json").write_text(json.dumps(data, indent=2))
    print(f"Figures written to {RESULTS / 'varnish.json'}")


if __name__ == "__main__":
    main()
