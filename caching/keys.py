"""Which parts of an address make one page different from another, for every cache of the site.

The site's pages read only a few query parameters. A cache keyed on the whole query string would
keep one copy per junk parameter (``/?x=1`` … ``/?x=300``) and could be filled by anyone, so every
cache here (the in-app page cache, Varnish's VCL in deploy/varnish/site.vcl, a CDN's cache key)
keys on these parameters only, in a fixed order, and drops the rest:

* ``KEY_PARAMS`` choose what a public page shows (a page of a listing, a filter). They are part
  of the key.
* ``PERSONAL_PARAMS`` are a visitor's own words or numbers (a search, a gift amount). A request
  that carries one is never answered from or stored in a shared cache (caching/policy.py sends
  ``private, no-store``).

A page type that starts reading a new parameter must add it here and to the VCL (a test checks
that the two lists agree).

A key parameter counts only where the page read it and its value chose something real: the view calls
``chose(request, name, value)`` once it has accepted the value (a year that has publications, a page number that
exists). A response to any other key value (``/?page=7`` on the home page, ``?year=1234``, ``?page=999``)
is still answered, with its notice, but no cache keeps it (caching/policy.py), so a stranger cannot fill
a cache with one copy per made-up value.
"""

from urllib.parse import urlencode

KEY_PARAMS = ("category", "page", "team", "term", "topic", "year")
PERSONAL_PARAMS = ("amount", "frequency", "other_amount", "q")


def key_pairs(query):
    """The ``(name, value)`` pairs of ``query`` (a QueryDict) that choose a page, in a fixed order.

    An empty value (``?team=&term=`` from a filter form left blank) chooses nothing and is left out."""
    return sorted((name, value) for name in KEY_PARAMS for value in query.getlist(name) if value != "")


def chose(request, name, value):
    """Note that the page shows what ``?name=value`` chooses (``value`` as the page writes it: ``2``, not ``02``)."""
    if not hasattr(request, "chosen_key_params"):
        request.chosen_key_params = set()
    request.chosen_key_params.add((name, str(value)))


def every_key_param_chose(request):
    """True when each key parameter of the request was read by the page and its value meant something."""
    chosen = getattr(request, "chosen_key_params", set())
    return all(pair in chosen for pair in key_pairs(request.GET))


def key_query(query):
    """The query string a cache keys on: only ``KEY_PARAMS``, sorted (``page=2&year=2020``)."""
    return urlencode(key_pairs(query))


def has_personal_params(query):
    return any(value.strip() for name in PERSONAL_PARAMS for value in query.getlist(name))


def has_other_params(query):
    """True when the query holds a parameter no page reads (it is left out of every cache key)."""
    return any(name not in KEY_PARAMS for name in query)


def is_filtered(query):
    """True for a filtered variant of a listing (anything but the page number), which purges can't name."""
    return any(name != "page" for name, _value in key_pairs(query))
