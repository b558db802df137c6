"""gunicorn settings for the site's app servers (``make serve-production``, the Varnish tests).

Command-line options (``--bind``, ``--workers``) override these. See docs/deployment.md.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
# SIGTERM (a deploy, systemd stop): stop accepting connections, let the requests in flight finish
# for up to this many seconds, then exit. Varnish's health probes have taken the server out by then.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# A request that takes longer than this is a stuck worker: gunicorn replaces it.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Keep connections from Varnish or the proxy open between requests.
keepalive = 5
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
# No control socket: several app servers on one machine would share its one path ($HOME/.gunicorn),
# and the site is managed by signals (SIGTERM, SIGHUP) from systemd, not through it.
control_socket_disable = True
