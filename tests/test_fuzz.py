"""Fuzzing the public site with generated requests (hypothesis, Django's test client, in-process).

Over a thousand requests in all: random query strings on every listing, random paths under each
section, odd headers, and invalid posts to the contact form, an internship application and the
donate redirect (random fields, random uploads, malformed multipart). The site must never answer
with a 5xx, and nothing sent with invalid input may be stored.
"""

from urllib.parse import quote, urlencode

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from people.models import InternshipApplication, InternshipPage

pytestmark = pytest.mark.django_db


def fuzz(examples):
    """Hypothesis settings for request fuzzing: no deadline (requests vary), the client fixture reused."""
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


LISTINGS = [
    "/publications/",
    "/publications/reports/",
    "/publications/partner-publications/",
    "/publications/fact-sheets/",
    "/press/",
    "/press/releases/",
    "/press/appearances/",
    "/about/internships/",
    "/about/staff/",
    "/search/",
    "/donate/",
    "/donate/go/",
    "/publications/feed/",
    "/press/feed/",
]
SECTIONS = [
    "/",
    "/about/",
    "/about/staff/",
    "/about/internships/",
    "/publications/",
    "/press/",
    "/donate/",
    "/contact/",
]
KNOWN_PARAMS = [
    "q",
    "page",
    "category",
    "year",
    "topic",
    "team",
    "term",
    "amount",
    "other_amount",
    "frequency",
    "format",
    "sort",
]
ODD_VALUES = [
    "",
    "0",
    "-1",
    "999999999999999999999999",
    "1e9",
    "abc",
    "NaN",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "%",
    "%%",
    "../../etc/passwd",
    "\u202e",
    "🙂",
    "a" * 5000,
    " ",
    "1.5",
    "$50",
    "50,000",
    "\x00",
    "a\x00b",
]

# Text a browser could put in a URL or a header: printable, any script, no NUL or newlines.
printable = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=("Cs", "Cc")), max_size=80)
values = st.one_of(st.sampled_from(ODD_VALUES), printable, st.integers().map(str))
params = st.dictionaries(st.one_of(st.sampled_from(KNOWN_PARAMS), printable), values, max_size=5)
raw_query = st.one_of(
    st.text(st.sampled_from("abcqpage=&%;+?/#0129zZ[]\u00e9"), max_size=60),
    st.sampled_from(["q=%00", "page=%00", "year=%00", "q=%ZZ", "q=%", "q=%C3%28", "category=%FF"]),
)


def no_server_error(response, what):
    assert response.status_code < 500, f"{what} answered {response.status_code}"


@pytest.fixture
def posting_apply_url(db):
    """The apply URL of an open internship posting of the demo site."""
    for posting in InternshipPage.objects.live().order_by("path"):
        from django.test import RequestFactory

        request = RequestFactory().get(posting.url)
        if posting.get_context(request)["status"].is_open:
            return posting.url + "apply/"
    pytest.fail("the demo site has no open posting: the apply form cannot be fuzzed")


@fuzz(300)
@given(path=st.sampled_from(LISTINGS), query=params, raw=st.booleans(), raw_text=raw_query)
def test_random_query_strings_on_listings(client, path, query, raw, raw_text):
    cache.clear()
    url = path + "?" + (raw_text if raw else urlencode(query))
    no_server_error(client.get(url), url)


@fuzz(200)
@given(section=st.sampled_from(SECTIONS), tail=st.lists(printable, max_size=4), slash=st.booleans())
def test_random_paths_under_each_section(client, section, tail, slash):
    path = section + "/".join(quote(part, safe="") for part in tail if part) + ("/" if slash else "")
    no_server_error(client.get(path), path)


@fuzz(150)
@given(
    path=st.sampled_from(["/", "/publications/", "/press/releases/", "/about/internships/", "/search/?q=rights"]),
    language=st.one_of(st.sampled_from(["", "*", "en-US,en;q=0.9", "fr;q=abc", "xx-ZZ", "en;q=1.5"]), printable),
    referer=st.one_of(st.sampled_from(["", "http://", "javascript:alert(1)", "https://evil.example/"]), printable),
    agent=printable,
    etag=st.one_of(st.sampled_from(["*", '"abc"', 'W/"x"', '"', ""]), printable),
    modified=st.one_of(st.sampled_from(["Wed, 21 Oct 2015 07:28:00 GMT", "yesterday", "0"]), printable),
)
def test_odd_headers(client, path, language, referer, agent, etag, modified):
    headers = {
        "accept-language": language,
        "referer": referer,
        "user-agent": agent,
        "if-none-match": etag,
        "if-modified-since": modified,
    }
    no_server_error(client.get(path, headers=headers), f"{path} with {headers!r}")


# An upload: (file name, bytes, content type). Names the browser could send, including empty,
# traversal and very long ones, so the multipart body is written by hand (see post_multipart).
uploads = st.tuples(
    st.builds(
        lambda name, extension: name + extension,
        st.one_of(st.sampled_from(["resume", "", "../../x", "a" * 300, "C:\\x\\y"]), printable),
        st.sampled_from([".pdf", ".docx", ".exe", "", ".PDF", ".pdf.exe"]),
    ),
    st.one_of(st.just(b""), st.binary(max_size=2000), st.just(b"%PDF-1.4\n" + b"\x00" * 100)),
    st.sampled_from(["application/pdf", "application/octet-stream", "text/plain", "image/png"]),
)
BOUNDARY = "fuzzboundary7MA4YWxkTrZu0gW"


def post_multipart(client, url, fields, files):
    """POST ``fields`` and ``files`` ({name: (filename, bytes, content type)}) as multipart/form-data."""
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode() + value.encode() + b"\r\n"
        )
    for name, (filename, data, content_type) in files.items():
        header = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        )
        parts.append(header.encode() + data + b"\r\n")
    body = b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()
    return client.generic("POST", url, body, content_type=f"multipart/form-data; boundary={BOUNDARY}")


# Contact fields, except "message", which is required: every generated post is invalid.
contact_fields = st.fixed_dictionaries(
    {},
    optional={
        "name": values,
        "email": st.one_of(st.sampled_from(["not-an-email", "a@", "@b", "a@b@c"]), printable),
        "phone": values,
        "how_should_we_reach_you": st.one_of(st.sampled_from(["Email", "Fax", ""]), printable),
        "website": st.sampled_from(["", "http://spam.example"]),
    },
)


@fuzz(150)
@given(fields=contact_fields, extra=params, upload=st.one_of(st.none(), uploads))
def test_invalid_contact_posts_store_nothing(client, fields, extra, upload):
    from home.models import ContactSubmission

    cache.clear()
    data = {**{k: v for k, v in extra.items() if k != "message"}, **fields}
    files = {"attachment": upload} if upload else {}
    before = ContactSubmission.objects.count()
    no_server_error(post_multipart(client, "/contact/", data, files), f"contact post {data!r} {files!r}"[:2000])
    assert ContactSubmission.objects.count() == before


# Application fields, never with a cover letter (required): every generated post is invalid.
apply_fields = st.fixed_dictionaries(
    {},
    optional={
        "name": values,
        "email": st.one_of(st.sampled_from(["not-an-email", "a@", ""]), printable),
        "pronouns": values,
        "school": values,
        "availability": values,
        "website": st.sampled_from(["", "http://spam.example"]),
    },
)


@fuzz(150)
@given(fields=apply_fields, upload=st.one_of(st.none(), uploads), extra=params)
def test_invalid_applications_store_nothing(client, posting_apply_url, fields, upload, extra):
    cache.clear()
    data = {**{k: v for k, v in extra.items() if k not in ("cover_letter", "resume")}, **fields}
    files = {"resume": upload} if upload else {}
    before = InternshipApplication.objects.count()
    response = post_multipart(client, posting_apply_url, data, files)
    no_server_error(response, f"application {data!r} {files!r}"[:2000])
    assert InternshipApplication.objects.count() == before


@fuzz(100)
@given(
    amount=values,
    other=values,
    frequency=st.one_of(st.sampled_from(["one-time", "monthly", "yearly", ""]), printable),
    method=st.sampled_from(["get", "post", "head"]),
)
def test_donate_go_with_random_fields(client, amount, other, frequency, method):
    data = {"amount": amount, "other_amount": other, "frequency": frequency}
    response = getattr(client, method)("/donate/go/", data)
    no_server_error(response, f"donate/go {method} {data!r}")
    assert response.status_code in (200, 302, 400, 405)


@fuzz(100)
@given(
    target=st.sampled_from(["/contact/", "apply", "/donate/go/", "/search/?q=x"]),
    body=st.one_of(
        st.binary(max_size=3000),
        st.just(b'--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nA'),
        st.just(b'--xyz\r\nContent-Disposition: form-data; name="resume"; filename="a.pdf"\r\n\r\n%PDF'),
        st.just(b"--xyz--\r\n"),
    ),
    content_type=st.sampled_from(
        [
            "multipart/form-data; boundary=xyz",
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "multipart/form-data; boundary=" + "b" * 300,
            "application/x-www-form-urlencoded",
            "application/json",
            "text/plain; charset=nonsense",
        ]
    ),
)
def test_malformed_posts(client, posting_apply_url, target, body, content_type):
    from home.models import ContactSubmission

    cache.clear()
    url = posting_apply_url if target == "apply" else target
    before = (ContactSubmission.objects.count(), InternshipApplication.objects.count())
    response = client.generic("POST", url, body, content_type=content_type)
    no_server_error(response, f"{content_type} post of {body[:60]!r} to {url}")
    assert (ContactSubmission.objects.count(), InternshipApplication.objects.count()) == before
