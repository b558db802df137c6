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
"""

from urllib.parse import urlencode

KEY_PARAMS = ("category", "page", "team", "term", "topic", "year")
PERSONAL_PARAMS = ("amount", "frequency", "other_amount", "q")


def key_pairs(query):
    """The ``(name, value)`` pairs of ``query`` (a QueryDict) that choose a page, in a fixed order."""
    return sorted((name, value) for name in KEY_PARAMS for value in query.getlist(name))


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
