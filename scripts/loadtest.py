# ruff: noqa: S603  (runs our own commands)
"""``make loadtest``: a minute of mixed traffic on gunicorn, checking errors and worker memory.

Builds a throwaway demo site with some scale (``load_demo_site --publications 200``), serves it with
gunicorn (2 workers, page cache off so every request renders) and runs ``wrk`` for 60 s at 32
connections over ~10 paths in turn (scripts/mixed_paths.lua). Meanwhile each worker's resident memory
is read from /proc every 5 s. Fails (non-zero exit) on any socket error or non-2xx/3xx response, or when
the workers' memory in the last third of the run is more than 25% above the first third.
Figures go to bench-results/loadtest.json.

``--varnish``: the same traffic through Varnish (deploy/varnish/site.vcl) in front of two gunicorn app
servers sharing the database and cache (caching/tests/stack.py), the shape of a multi-server
deployment; both servers' workers are sampled.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench import RESULTS, start_gunicorn, stop, wrk  # noqa: E402

MAX_GROWTH = 0.25


def find_paths(env):
    code = """
import django; django.setup()
from people.models import InternshipPage
from press.models import PressReleasePage
from publications.models import PublicationPage
print("/")
print("/about/")
print("/publications/")
print(PublicationPage.objects.live().order_by("path").first().url)
print("/publications/reports/")
print("/press/")
print(PressReleasePage.objects.live().order_by("path").first().url)
print("/about/internships/")
print("/donate/")
print("/search/?q=rights")
"""
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line.startswith("/")]


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def rss_kb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def sample_memory(master_pid, stop_event, interval, samples):
    while not stop_event.wait(interval):
        samples.append({"t": round(time.time(), 1), "rss_kb": {pid: rss_kb(pid) for pid in worker_pids(master_pid)}})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--publications", type=int, default=200)
    parser.add_argument("--interval", type=float, default=5.0)
    parser.add_argument("--varnish", action="store_true", help="through Varnish in front of two app servers")
    args = parser.parse_args()
    if args.varnish:
        return main_through_varnish(args)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: run 'sudo apt-get install wrk'.")

    from conftest import MANAGE, make_database, manage_env

    workdir = Path(tempfile.mkdtemp(prefix="swp-loadtest-"))
    database_url, drop = make_database(workdir)
    env = manage_env(database_url, workdir, PAGE_CACHE_SECONDS="0", DEBUG="false")
    try:
        print(f"Building the demo site with {args.publications} extra publications …", flush=True)
        subprocess.run([*MANAGE, "migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
        subprocess.run(
            [*MANAGE, "load_demo_site", "-v0", f"--publications={args.publications}"], env=env, cwd=ROOT, check=True
        )
        paths = find_paths(env)
        paths_file = workdir / "paths.txt"
        paths_file.write_text("\n".join(paths) + "\n")
        server, url = start_gunicorn(env, workdir)
        try:
            samples, stop_event = [], threading.Event()
            sampler = threading.Thread(
                target=sample_memory, args=(server.pid, stop_event, args.interval, samples), daemon=True
            )
            print(f"wrk -c{args.connections} -d{args.seconds}s over {len(paths)} paths …", flush=True)
            sampler.start()
            os.environ["WRK_PATHS"] = str(paths_file)
            result = wrk(url, args.seconds, connections=args.connections, script=ROOT / "scripts" / "mixed_paths.lua")
            stop_event.set()
            sampler.join()
        finally:
            stop(server)
    finally:
        drop()
        shutil.rmtree(workdir, ignore_errors=True)

    totals = [sum(v for v in sample["rss_kb"].values() if v) for sample in samples]
    third = max(1, len(totals) // 3)
    first, last = statistics.mean(totals[:third]), statistics.mean(totals[-third:])
    growth = (last - first) / first if first else 0.0
    failures = []
    if result["socket_errors"]:
        failures.append(f"{result['socket_errors']} socket errors")
    if result["non_2xx"]:
        failures.append(f"{result['non_2xx']} non-2xx/3xx responses")
    if growth > MAX_GROWTH:
        failures.append(f"worker memory grew {growth:.0%} (limit {MAX_GROWTH:.0%})")
    print()
    print("Paths: " + " ".join(paths))
    print(f"Requests: {result.get('requests')}  ({result['requests_per_second']} req/s)")
    print(f"Latency: p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms")
    print(
        f"Errors: {result['socket_errors']} socket errors {result.get('socket_errors_detail', {})}, "
        f"{result['non_2xx']} non-2xx/3xx responses"
    )
    print(
        f"Workers' memory (sum of RSS, {len(totals)} samples every {args.interval:g} s): "
        f"first third {first / 1024:.1f} MB, last third {last / 1024:.1f} MB, growth {growth:+.1%}"
    )
    RESULTS.mkdir(exist_ok=True)
    data = {
        "paths": paths,
        "seconds": args.seconds,
        "connections": args.connections,
        "publications": args.publications,
        "wrk": result,
        "memory_samples": samples,
        "memory_growth": round(growth, 4),
        "failures": failures,
        "ok": not failures,
    }
    (RESULTS / "loadtest.json").write_text(json.dumps(data, indent=2))
    print(f"Figures written to {RESULTS / 'loadtest.json'}")
    if failures:
        print("FAILED: " + "; ".join(failures))
        sys.exit(1)
    print("OK: no errors, memory steady.")


def main_through_varnish(args):
    from caching.tests.stack import build_stack
    from conftest import make_database, manage_env

    print(f"Building the demo site with {args.publications} extra publications, two app servers, Varnish …")
    stack, cleanup = build_stack(make_database, manage_env, page_cache_seconds="0", publications=args.publications)
    try:
        paths = find_paths(stack.env)
        paths_file = stack.workdir / "paths.txt"
        paths_file.write_text("\n".join(paths) + "\n")
        for index in range(len(stack.apps)):
            stack.start_app(index)
        stack.start_varnish()
        stack.wait_until_healthy(len(stack.apps))
        samples, stop_event = [], threading.Event()
        samplers = [
            threading.Thread(target=sample_memory, args=(app.pid, stop_event, args.interval, samples), daemon=True)
            for app in stack.apps
        ]
        print(f"wrk -c{args.connections} -d{args.seconds}s over {len(paths)} paths, through Varnish …", flush=True)
        for sampler in samplers:
            sampler.start()
        os.environ["WRK_PATHS"] = str(paths_file)
        result = wrk(
            stack.url(""), args.seconds, connections=args.connections, script=ROOT / "scripts" / "mixed_paths.lua"
        )
        stats = stack.varnishstat()
        stop_event.set()
        for sampler in samplers:
            sampler.join()
    finally:
        cleanup()
    failures = []
    if result["socket_errors"]:
        failures.append(f"{result['socket_errors']} socket errors")
    if result["non_2xx"]:
        failures.append(f"{result['non_2xx']} non-2xx/3xx responses")
    hits, misses = stats.get("MAIN.cache_hit", 0), stats.get("MAIN.cache_miss", 0)
    print()
    print(f"Requests: {result.get('requests')}  ({result['requests_per_second']} req/s)")
    print(f"Latency: p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms")
    print(f"Varnish: {hits} hits, {misses} misses, {stats.get('MAIN.s_pass', 0)} passed to the app")
    print(f"Errors: {result['socket_errors']} socket errors, {result['non_2xx']} non-2xx/3xx responses")
    RESULTS.mkdir(exist_ok=True)
    data = {"paths": paths, "varnish": True, "wrk": result, "cache_hit": hits, "cache_miss": misses}
    data.update({"memory_samples": samples, "failures": failures, "ok": not failures})
    (RESULTS / "loadtest-varnish.json").write_text(json.dumps(data, indent=2))
    if failures:
        print("FAILED: " + "; ".join(failures))
        sys.exit(1)
    print("OK: no errors through Varnish.")


if __name__ == "__main__":
    main()
