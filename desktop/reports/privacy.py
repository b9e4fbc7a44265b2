"""Scrubbing of public documents: no full 身份证号 and no private mobile number ever reaches print."""

from __future__ import annotations

import re
from datetime import date

from desktop.core.identifiers import check_id_number, mask_id_number, mask_phone

__all__ = ["scrub"]

# Candidates only: a match is masked when it passes the GB 11643 check (a 统一社会信用代码 that
# merely looks like digits is left alone unless it is also a valid 身份证号).
_ID = re.compile(r"(?<![0-9A-Za-z])([0-9]{17}[0-9Xx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[- ]?)?(1[3-9][0-9](?:[- ]?[0-9]{4}){2})(?![0-9A-Za-z])")
# Any date works for the future-birth test; the check digit and calendar date are what matter.
_FAR_FUTURE = date(2999, 12, 31)


def _mask_id(m: re.Match[str]) -> str:
    value = m.group(1).upper()
    if check_id_number(value, _FAR_FUTURE).ok:
        return mask_id_number(value)
    return m.group(0)


def scrub(text: str) -> str:
    """Mask every valid 身份证号 and every mobile number in free text meant for the public."""
    if not text or not any(c.isdigit() for c in text):
        return text
    text = _ID.sub(_mask_id, text)
    return _MOBILE.sub(lambda m: mask_phone(m.group(0)), text)
