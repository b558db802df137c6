"""What a visitor types, made fit to search for and to repeat back on the page.

Search boxes and filters take whatever is in the address: NUL bytes, control characters, line breaks,
pages of text. The site search, the publications filters and the press lists all clean such a value
here, the same way, before they search for it or quote it in a sentence ("There is no page “x”").
Escaping for HTML stays the templates' job (autoescape); this keeps the text to one short line.
"""

from django.utils.text import Truncator

# The longest search the site runs; the rest of a longer one is left out (and the page says so).
SEARCH_MAX_LENGTH = 200


def one_line(raw):
    """``raw`` on one line: ``None`` gives ``""``; every character that does not print (NUL, control
    characters, tabs, line and paragraph breaks) becomes a space; runs of spaces become one; none is left
    at either end."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return " ".join(text.split())


def clean_query(raw):
    """A visitor's query made safe to search: one line, at most ``SEARCH_MAX_LENGTH`` characters."""
    return one_line(raw)[:SEARCH_MAX_LENGTH]


def shown(raw, length=40, *, ellipsis_after=False):
    """A visitor's value on one short line, to quote back in a message (the template escapes it).

    Longer text is cut and ends with an ellipsis: within ``length`` characters, as Django's
    ``Truncator`` counts them (the publications' notices); or, with ``ellipsis_after``, the first
    ``length`` characters then the ellipsis (the press lists' messages).
    """
    text = one_line(raw)
    if ellipsis_after:
        return text[:length] + ("…" if len(text) > length else "")
    return Truncator(text).chars(length)
