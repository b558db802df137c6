vcl 4.1;
# Varnish in front of the site's app servers (docs/deployment.md, "A shared cache in front").
#
# It keeps only what the app marks public (caching/policy.py): anonymous GET and HEAD answers with
# `Cache-Control: public, s-maxage=…`, for as long as s-maxage says. It never keeps a response that
# sets a cookie, passes the admin and anyone with a session, builds its key from the query
# parameters the pages read (caching/keys.py) and drops the rest, takes PURGE only from the app
# servers, serves stale copies while the app cannot answer (stale-if-error), and leaves app servers
# that fail their health probe (/health/) out until they answer again.
#
# One address is one page in one language (English at /…, Spanish under /es/…; home/languages.py):
# the path is kept whole in the key and in purges, and nothing varies on Accept-Language.
#
# The app servers, the director that spreads requests over them and the addresses allowed to purge
# live in backends.vcl beside this file: one per deployment (backends.example.vcl shows its shape).
# Run with `-p vcl_path=<folder of backends.vcl>:<folder of this file>` if they are apart.

import std;
import directors;

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();

    # PURGE names an address; every cached variant of it goes (all its query strings), on any host
    # name this Varnish answers for. Wagtail's frontend cache sends one per stale address.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (std.ban("obj.http.x-url-path == " + regsub(req.url, "^(?:https?://[^/]+)?([^?#]*).*$", "\1"))) {
            return (synth(200, "Purged"));
        }
        return (synth(400, std.ban_error()));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, and anyone signed in or with a session (a private page's password), get the app itself.
    if (req.url ~ "^/(admin|django-admin)(/|$)" || req.http.Cookie ~ "(^|;\s*)sessionid=" || req.http.Authorization) {
        return (pass);
    }
    # A visitor's own words or numbers (a search, a gift amount): answered by the app, never kept.
    if (req.url ~ "[?&](amount|frequency|other_amount|q)=[^&]") {
        return (pass);
    }

    # The key: only the parameters pages read (caching/keys.py KEY_PARAMS), sorted. The app gets the
    # same tidy address, so what it renders matches the key it is kept under.
    set req.url = regsub(req.url, "#.*$", "");
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url, "([?&])(?!(?:category|page|team|term|topic|year)=)[^&]*", "\1");
        set req.url = regsuball(req.url, "&&+", "&");
        set req.url = regsub(req.url, "\?&+", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }
    # Readers have no cookies to send; any they carry (a CSRF cookie, trackers' leftovers) is dropped.
    unset req.http.Cookie;
    # While the app answers, a stale copy is served for at most this long as a fresh one is fetched
    # (CACHE_STALE_WHILE_REVALIDATE); when no app server is healthy, for as long as the copy allows.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 60s;
    }
    return (hash);
}

sub vcl_hash {
    # One site per Varnish: the host name is not part of the key (the app refuses host names it does
    # not serve, and nothing is kept for them). The scheme is, as the proxy in front reports it.
    hash_data(req.url);
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}


sub vcl_backend_response {
    # Kept with the object so a PURGE of its address can find every variant.
    set beresp.http.x-url-path = regsub(bereq.url, "\?.*$", "");
    if (bereq.uncacheable) {
        return (deliver);
    }
    # The app answered an error (its database is down, say) while refreshing a copy still held in grace:
    # keep serving that copy rather than the error, until the probes take the server out.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(^|,)\s*public\s*(,|$)"
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary == "*") {
        # Not for sharing: remember that for a while, so such requests go straight to the app.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # How long it may be served stale while the app is down: stale-if-error, else nothing.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 0s);
    } else {
        set beresp.grace = 0s;
    }
    # Kept a little longer still, so an expired copy can be revalidated with its ETag (a 304).
    set beresp.keep = 1h;
    return (deliver);
}

sub vcl_backend_error {
    # An app server that went away between two probes: try another one, for reads only. A refused or
    # held-down connection fails at once, and under load the round robin may hand the dead server the
    # retry too (seen: 1 visitor in 200 got a 503 with two retries), so a read may try four times more.
    if (bereq.retries < 4 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # No app server can answer (all down, or their database is): the site's own "back in a few minutes"
    # page, as templates/503.html says it, with the site's stylesheet and quick exit, never Varnish's.
    set beresp.status = 503;
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "60";
    set beresp.http.Cache-Control = "no-store";
    # The page in the language of the address: Spanish under /es/, English everywhere else.
    if (bereq.url ~ "^/es(/|\?|$)") {
        synthetic({"<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Volvemos en unos minutos | Sex Workers Project</title>
  <meta name="robots" content="noindex">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/site.js" defer></script>
</head>
<body>
  <a class="skip-link" href="#main">Saltar al contenido principal</a>
  <aside class="quick-exit" aria-label="Salida rápida">
    <a class="quick-exit__button" id="quick-exit" href="https://www.weather.gov/" rel="noreferrer noopener" data-quick-exit>Salida rápida <span class="quick-exit__hint">(o pulse Esc dos veces)</span></a>
  </aside>
  <header class="site-header"><div class="site-header__inner"><a class="site-header__brand" href="/es/"><span>Sex Workers Project</span></a></div></header>
  <main id="main" tabindex="-1" class="page-body error-page">
    <h1>El sitio web vuelve en unos minutos</h1>
    <p class="lead">No podemos mostrar esta página ahora porque una parte del sitio web no responde. Vuelva a intentarlo en unos minutos.</p>
    <p><a href="">Intentar de nuevo</a></p>
  </main>
</body>
</html>
"});
    } else {
        synthetic({"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Back in a few minutes | Sex Workers Project</title>
  <meta name="robots" content="noindex">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/site.js" defer></script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <aside class="quick-exit" aria-label="Quick exit">
    <a class="quick-exit__button" id="quick-exit" href="https://www.weather.gov/" rel="noreferrer noopener" data-quick-exit>Quick exit <span class="quick-exit__hint">(or press Esc twice)</span></a>
  </aside>
  <header class="site-header"><div class="site-header__inner"><a class="site-header__brand" href="/"><span>Sex Workers Project</span></a></div></header>
  <main id="main" tabindex="-1" class="page-body error-page">
    <h1>The website is back in a few minutes</h1>
    <p class="lead">We cannot show this page right now because part of the website is not answering. Please try again in a few minutes.</p>
    <p><a href="">Try this page again</a></p>
  </main>
</body>
</html>
"});
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url-path;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish-Backend;
}
