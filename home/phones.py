"""Phone numbers as links: ``tel:`` and ``sms:`` addresses from numbers as people write them.

Editors type numbers the way they are printed ("646-602-5617", "1-888-373-7888", "+44 20 7946 0000").
A link carries the digits alone, and a US number gets its country code (+1), so that a tap dials it
from any phone, including one registered abroad.
"""

import re


def tel_href(number):
    """A ``tel:`` address for a phone number as people write it (US numbers get +1)."""
    digits = re.sub(r"\D", "", number or "")
    if not digits:
        return ""
    if (number or "").strip().startswith("+"):
        return f"tel:+{digits}"
    if len(digits) == 10:
        return f"tel:+1{digits}"
    if len(digits) == 11 and digits.startswith("1"):
        return f"tel:+{digits}"
    return f"tel:{digits}"


def sms_href(number):
    return tel_href(number).replace("tel:", "sms:", 1)
