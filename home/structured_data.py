"""schema.org JSON-LD that several pages share, built in one place.

Search engines read the same things on many pages: SWP itself (as a person's employer, a posting's
hiring organisation, a publication's publisher, the home page's subject), its postal address and the
trail of breadcrumbs. Each is built here once so that every page describes them the same way; the
pages, views and template tags only call these. The dicts keep their keys in the order they are
rendered, so the pages' HTML does not change when a caller moves here. The ``json_ld`` template tag
(home/templatetags/swp_tags.py) writes any of them into a page.

Every page says which language it is written in: base.html gives each page a ``WebPage`` item with
``inLanguage`` (the language of its address, as in ``<html lang>``), and the page types whose own item
is a creative work (a press release's NewsArticle, a staff member's ProfilePage) carry it too. The other
items (the organisation, a posting, breadcrumbs) describe things schema.org gives no language to.
"""

import re

from django.utils.translation import get_language, gettext

SCHEMA_CONTEXT = "https://schema.org"
LOGO_SPEC = "max-512x512|format-png"

# The last line of a US address: "New York, NY 10006" (the ZIP code may have its four more digits).
CITY_LINE = re.compile(r"^(?P<city>[^,]+),\s*(?P<region>[A-Z]{2})\s+(?P<zip>\d{5}(?:-\d{4})?)$")


# --- The page --------------------------------------------------------------------------------


def page_language():
    """The language of the page being served (``en``, ``es``), as ``<html lang>`` gives it."""
    return get_language()


def web_page_json_ld(url, name):
    """The page itself as a schema.org WebPage: its address, its title and its language."""
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": name,
        "inLanguage": page_language(),
    }


# --- The organisation -------------------------------------------------------------------------


def parent_organisation_json_ld(org, schema_type="Organization"):
    """The Urban Justice Center, of which SWP is a project (from the organisation settings)."""
    return {"@type": schema_type, "name": org.parent_organisation, "url": org.parent_organisation_url}


def organisation_json_ld(org, request=None):
    """SWP as an Organization another item points at: whom a person works for, who offers a posting.

    ``org`` is the site's OrganisationSettings; without a request (a page rendered outside one) the
    item has no address of its own.
    """
    data = {"@type": "Organization", "name": org.name, "parentOrganization": parent_organisation_json_ld(org)}
    if request is not None:
        data["url"] = request.build_absolute_uri("/")
    return data


def ngo_json_ld(org, request):
    """SWP as an NGO, with its address and its parent: a publication's publisher, the home page's subject."""
    return {
        "@type": "NGO",
        "name": org.name,
        "url": request.build_absolute_uri("/"),
        "parentOrganization": parent_organisation_json_ld(org, "NGO"),
    }


def organisation_description(page, org):
    """What SWP is, in a sentence: the home page's description for search engines, else the site's default."""
    description = getattr(page, "meta_description", "") if page is not None else ""
    return description or gettext(
        "%(name)s: legal and social services, research and advocacy for sex workers and survivors of "
        "trafficking in New York."
    ) % {"name": org.name}


def organisation_profile_json_ld(org, request, page=None, extra=None):
    """Everything search engines may show about SWP, for the home page: name, logo, contact, address,
    social profiles; ``extra`` adds keys of a page's own (the donate action)."""
    data = {"@context": SCHEMA_CONTEXT, **ngo_json_ld(org, request), "description": organisation_description(page, org)}
    if org.logo_id:
        data["logo"] = logo_url(org, request)
    if org.email:
        data["email"] = org.email
    if org.phone:
        data["telephone"] = org.phone
    if org.address_lines:
        data["address"] = street_address_json_ld(org.address_lines)
    same_as = [link.value["url"] for link in org.social_links]
    if same_as:
        data["sameAs"] = same_as
    data.update(extra or {})
    return data


def logo_url(org, request):
    """The full address of the organisation's logo, at the size search engines ask for."""
    return request.build_absolute_uri(org.logo.get_rendition(LOGO_SPEC).url)


# --- Addresses --------------------------------------------------------------------------------


def street_address_json_ld(lines):
    """An address as written, its lines joined: how the home page gives the office's address."""
    return {"@type": "PostalAddress", "streetAddress": ", ".join(lines)}


def postal_address_json_ld(org):
    """The office's address as a schema.org PostalAddress in parts (street, city, state, ZIP), read from the
    organisation settings; New York when the last line is not a US city line."""
    address = {"@type": "PostalAddress", "addressLocality": "New York", "addressRegion": "NY", "addressCountry": "US"}
    lines = org.address_lines
    if lines:
        match = CITY_LINE.match(lines[-1])
        if match:
            address.update(
                addressLocality=match["city"].strip(), addressRegion=match["region"], postalCode=match["zip"]
            )
            street = lines[-2] if len(lines) >= 2 else ""
        else:
            street = ", ".join(lines)
        if street:
            address["streetAddress"] = street
    return address


# --- Breadcrumbs ------------------------------------------------------------------------------


def breadcrumb_list_json_ld(trail, request=None):
    """A BreadcrumbList of ``trail``: ``{"title", "url"}`` items from the home page down to the page itself.

    The addresses are made absolute with the request (as they are given without one).
    """
    items = [
        {
            "@type": "ListItem",
            "position": position,
            "name": crumb["title"],
            "item": request.build_absolute_uri(crumb["url"]) if request is not None else crumb["url"],
        }
        for position, crumb in enumerate(trail, start=1)
    ]
    return {"@context": SCHEMA_CONTEXT, "@type": "BreadcrumbList", "itemListElement": items}
