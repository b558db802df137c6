# backends.vcl: the app servers behind Varnish, for deploy/varnish/site.vcl. Copy this file to
# backends.vcl beside site.vcl and put in your servers' addresses (the tests write their own copy).

# Every app server answers GET /health/ with 200 while it can serve pages (503 when its database is
# down). A server that fails 2 of the last 3 probes is left out until it answers again.
probe health {
    .request =
        "GET /health/ HTTP/1.1"
        "Host: localhost"
        "Connection: close"
        "User-Agent: Varnish health probe";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "8002";
    .probe = health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# Who may PURGE: the app servers (they purge when an editor publishes), and nobody else.
acl purgers {
    "127.0.0.1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}
