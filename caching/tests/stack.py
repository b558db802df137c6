"""The shape of a multi-server deployment, on this machine: Varnish in front of two gunicorn app servers.

The app servers share one database (PostgreSQL when the suite runs on it, else a SQLite file) and one
cache (Redis when ``REDIS_URL`` is set, under keys of their own, else a cache folder). Varnish runs
deploy/varnish/site.vcl with a backends.vcl written here, in a work folder of its own (``-n``), on a
free loopback port, and is stopped by its PID. Used by the ``varnish`` tests and by
``scripts/varnish_bench.py``.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
VCL_DIR = ROOT / "deploy" / "varnish"
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"
MANAGE = [sys.executable, str(ROOT / "manage.py")]

BACKENDS = """
probe health {{
    .request = "GET /health/ HTTP/1.1" "Host: 127.0.0.1" "Connection: close" "User-Agent: Varnish health probe";
    .interval = 0.5s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}}
{backends}
acl purgers {{
    "127.0.0.1";
}}
sub vcl_init {{
    new app = directors.round_robin();
{adds}
}}
"""
BACKEND = """
backend app{number} {{
    .host = "127.0.0.1";
    .port = "{port}";
    .probe = health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}}
"""


def get(url, headers=None, timeout=10, source=None):
    """``(status, headers, body)`` for a GET (or another method via headers['method'])."""
    headers = dict(headers or {})
    method = headers.pop("method", "GET")
    request = urllib.request.Request(url, headers=headers, method=method)  # noqa: S310 - loopback only
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def wait_for(url, timeout=60, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if get(url, timeout=2)[0] == 200:
                return
        except OSError:
            pass
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited ({process.returncode})")
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


class Stack:
    def __init__(self, database_url, env, workdir, apps=2):
        self.workdir = Path(workdir)
        self.database_url = database_url
        self.env = env
        self.app_ports = [free_port() for _ in range(apps)]
        self.apps = [None] * apps
        self.varnish_port = free_port()
        self.varnish_dir = self.workdir / "varnish"
        self.varnish_pid = self.workdir / "varnish.pid"
        self.vcl_dir = self.workdir / "vcl"

    # --- app servers ----------------------------------------------------------------------------

    def app_env(self):
        return {**self.env, "FRONTEND_CACHE": "http", "FRONTEND_CACHE_PURGE_URL": self.url("")}

    def start_app(self, index, wait=True):
        log = open(self.workdir / f"app{index + 1}.log", "a")  # noqa: SIM115 - closed when the server stops
        process = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "swpsite.wsgi:application",
                "--config",
                str(GUNICORN_CONFIG),
                "--bind",
                f"127.0.0.1:{self.app_ports[index]}",
                "--workers",
                "2",
            ],
            env=self.app_env(),
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        process.log = log
        self.apps[index] = process
        if wait:
            wait_for(self.app_url(index, "/health/"), process=process)
        return process

    def stop_app(self, index, sig=signal.SIGTERM, wait=True):
        process = self.apps[index]
        if process is None:
            return None
        process.send_signal(sig)
        code = None
        if wait:
            try:
                code = process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
                code = process.wait()
            process.log.close()
            self.apps[index] = None
        return code

    def app_url(self, index, path):
        return f"http://127.0.0.1:{self.app_ports[index]}{path}"

    # --- Varnish ------------------------------------------------------------------------------

    def write_backends(self):
        backends = "".join(BACKEND.format(number=n + 1, port=port) for n, port in enumerate(self.app_ports))
        adds = "\n".join(f"    app.add_backend(app{n + 1});" for n in range(len(self.app_ports)))
        # Varnish compiles the VCL as its own unprivileged user: the folder and file must be readable to it.
        self.vcl_dir.mkdir(exist_ok=True)
        self.vcl_dir.chmod(0o755)
        self.workdir.chmod(0o755)
        (self.vcl_dir / "backends.vcl").write_text(BACKENDS.format(backends=backends, adds=adds))
        (self.vcl_dir / "backends.vcl").chmod(0o644)

    def start_varnish(self, storage="malloc,128m"):
        self.write_backends()
        started = subprocess.run(  # noqa: S603
            [
                shutil.which("varnishd") or "/usr/sbin/varnishd",
                "-a",
                f"127.0.0.1:{self.varnish_port}",
                "-f",
                str(VCL_DIR / "site.vcl"),
                "-p",
                f"vcl_path={self.vcl_dir}:{VCL_DIR}",
                "-s",
                storage,
                "-n",
                str(self.varnish_dir),
                "-P",
                str(self.varnish_pid),
            ],
            capture_output=True,
            text=True,
        )
        if started.returncode:
            raise RuntimeError(f"varnishd did not start:\n{started.stdout}\n{started.stderr}")
        wait_for(self.url("/health/"), timeout=30)

    def stop_varnish(self):
        if self.varnish_pid.exists():
            pid = int(self.varnish_pid.read_text())
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                return
            for _ in range(100):
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.1)

    def url(self, path):
        return f"http://127.0.0.1:{self.varnish_port}{path}"

    def varnishstat(self):
        out = subprocess.run(  # noqa: S603
            [shutil.which("varnishstat") or "/usr/bin/varnishstat", "-n", str(self.varnish_dir), "-1"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return {line.split()[0]: int(line.split()[1]) for line in out.splitlines() if len(line.split()) > 1}

    def healthy_backends(self):
        out = subprocess.run(  # noqa: S603
            [shutil.which("varnishadm") or "/usr/bin/varnishadm", "-n", str(self.varnish_dir), "backend.list"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        # One line per app server (``boot.app1 probe 3/3 healthy …``), then the director's (``boot.app``).
        return sum(1 for line in out.splitlines() if re.match(r"\S*\.app\d+\s.*\shealthy\s", line + " "))

    def wait_until_healthy(self, count, timeout=30):
        """Wait until Varnish's probes count ``count`` app servers healthy."""
        deadline = time.monotonic() + timeout
        while self.healthy_backends() != count:
            if time.monotonic() > deadline:
                raise RuntimeError(f"Varnish does not see {count} healthy app servers")
            time.sleep(0.2)

    def manage(self, *args, **kwargs):
        return subprocess.run([*MANAGE, *args], env=self.env, cwd=ROOT, check=True, **kwargs)  # noqa: S603

    def shell(self, code):
        """Run Python in a process configured like the app servers (it purges Varnish too)."""
        return subprocess.run(  # noqa: S603
            [*MANAGE, "shell", "-c", code], env=self.app_env(), cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout

    def stop(self):
        for index in range(len(self.apps)):
            self.stop_app(index)
        self.stop_varnish()


def build_stack(make_database, manage_env, apps=2, page_cache_seconds="86400", publications=0, **extra_env):
    """A migrated demo site and its Stack (not started). Returns ``(stack, cleanup)``."""
    workdir = Path(tempfile.mkdtemp(prefix="swp-stack-"))
    database_url, drop_database = make_database(workdir)
    cache = {"CACHE_DIR": str(workdir / "cache")}
    if os.environ.get("REDIS_URL"):
        cache = {"REDIS_URL": os.environ["REDIS_URL"]}
    # The app servers keep their in-app page cache on: an edit through one must reach the other's too.
    env = manage_env(
        database_url,
        workdir,
        PAGE_CACHE_SECONDS=page_cache_seconds,
        CACHE_KEY_PREFIX=f"swp-stack-{uuid.uuid4().hex[:8]}",
        **cache,
        **extra_env,
    )
    env.pop("FRONTEND_CACHE", None)
    stack = Stack(database_url, env, workdir, apps=apps)
    stack.manage("migrate", "--noinput", "-v0")
    stack.manage("load_demo_site", "-v0", *([f"--publications={publications}"] if publications else []))

    def cleanup():
        stack.stop()
        drop_database()
        shutil.rmtree(workdir, ignore_errors=True)

    return stack, cleanup
