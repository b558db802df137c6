"""Parts that fail for real, for the fault tests: a Redis of the test's own, stopped by its PID; a server
that accepts connections and never answers (a hung Redis or SMTP server); a port nothing listens on.
"""

import contextlib
import shutil
import socket
import subprocess
import tempfile
import threading
import time

import pytest

from conftest import free_port


def closed_port():
    """A port on 127.0.0.1 that nothing listens on (connections are refused at once)."""
    return free_port()


class RedisServer:
    """A redis-server process of the test's own on a free port; ``stop()`` ends it by its PID."""

    def __init__(self):
        self.executable = shutil.which("redis-server")
        if not self.executable:
            pytest.fail("redis-server is not installed: run `apt-get install redis-server` (make test does).")
        self.port = free_port()
        self.workdir = tempfile.mkdtemp(prefix="swp-redis-")
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 (our own arguments)
            [
                self.executable,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                # Bounded as every Redis the project starts (.ci/run, make redis-limits, docs/deployment.md).
                "--maxmemory",
                "64mb",
                "--maxmemory-policy",
                "allkeys-lru",
                "--dir",
                self.workdir,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not self.answers():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.05)
        return self

    def answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def cleanup(self):
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


class SilentServer:
    """Listens on a free port, accepts every connection and never sends a byte: a hung server."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.accepted = []
        self._running = True
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while self._running:
            try:
                connection, _address = self.sock.accept()
            except OSError:
                return
            self.accepted.append(connection)

    def close(self):
        self._running = False
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        for connection in self.accepted:
            connection.close()
        self._thread.join(timeout=5)


def run_bounded(function, limit=60):
    """``function()``'s result, from a thread, so a call that would hang fails the test instead of the suite."""
    outcome = {}

    def target():
        try:
            outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 (handed back to the test)
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(limit)
    if thread.is_alive():
        pytest.fail(f"still waiting after {limit} s: a hung server held the request")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class SMTPSink:
    """A small SMTP server on ``port`` that accepts every email and keeps it in ``messages`` (raw text)."""

    def __init__(self, port=0):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.messages = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while True:
            try:
                connection, _address = self.sock.accept()
            except OSError:
                return
            with connection, connection.makefile("rb") as lines:
                self._converse(connection, lines)

    def _converse(self, connection, lines):
        connection.sendall(b"220 sink ESMTP\r\n")
        while True:
            line = lines.readline()
            if not line:
                return
            command = line.strip().upper()
            if command.startswith((b"EHLO", b"HELO")):
                connection.sendall(b"250 sink\r\n")
            elif command == b"DATA":
                connection.sendall(b"354 go on\r\n")
                body = []
                for data in iter(lines.readline, b""):
                    if data in (b".\r\n", b".\n"):
                        break
                    body.append(data)
                self.messages.append(b"".join(body).decode("utf-8", "replace"))
                connection.sendall(b"250 kept\r\n")
            elif command == b"QUIT":
                connection.sendall(b"221 bye\r\n")
                return
            else:  # MAIL FROM, RCPT TO, RSET, NOOP
                connection.sendall(b"250 ok\r\n")

    def close(self):
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self._thread.join(timeout=5)
