"""Small validators shared by every form and importer. Each returns the clean value or raises ValidationError
naming the field (and the row, for files), so nothing is written when input is bad."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from urllib.parse import urlparse

from frentor.errors import Problem, ValidationError

NAME_LIMIT = 200
TEXT_LIMIT = 5000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: object, field: str, *, required: bool = False, limit: int = TEXT_LIMIT) -> str:
    """Strip, drop control characters (keeping newlines and tabs), enforce presence and length."""
    text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
    text = _CONTROL.sub("", text).strip()
    if required and not text:
        raise ValidationError.single(field, "validation.required")
    if len(text) > limit:
        raise ValidationError.single(field, "validation.too_long", limit=limit)
    return text


def clean_choice(value: object, field: str, choices: Iterable[str]) -> str:
    allowed = list(choices)
    text = "" if value is None else str(value).strip()
    if text not in allowed:
        raise ValidationError.single(field, "validation.bad_choice", choices=", ".join(allowed))
    return text


def clean_int(value: object, field: str, *, low: int, high: int, required: bool = False) -> int | None:
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        if required:
            raise ValidationError.single(field, "validation.required")
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ValidationError.single(field, "validation.not_number") from None
    if not math.isfinite(number) or number != int(number) or not low <= number <= high:
        raise ValidationError.single(field, "validation.out_of_range", low=low, high=high)
    return int(number)


def clean_points(value: object, field: str, *, maximum: Decimal = Decimal("1000000")) -> Decimal:
    """A non-negative amount with at most two decimals (stored as DECIMAL(12,2))."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError.single(field, "validation.required")
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError.single(field, "validation.not_number") from None
    if not amount.is_finite():
        raise ValidationError.single(field, "validation.not_number")
    if amount < 0:
        raise ValidationError.single(field, "validation.negative")
    if amount > maximum:
        raise ValidationError.single(field, "validation.out_of_range", low=0, high=maximum)
    return amount.quantize(Decimal("0.01"))


def clean_date(value: object, field: str, *, required: bool = True) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ValidationError.single(field, "validation.required")
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError.single(field, "validation.bad_date") from None


def clean_url(value: object, field: str, *, required: bool = False) -> str:
    """Only http(s) links with a host: never javascript:, data: or file: URLs."""
    text = clean_text(value, field, required=required, limit=2000)
    if not text:
        return ""
    parsed = urlparse(text)
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc or any(c.isspace() for c in text):
        raise ValidationError.single(field, "validation.bad_url")
    return text


def collect(*checks) -> None:
    """Run several zero-argument checks and raise one ValidationError listing every problem."""
    problems: list[Problem] = []
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)


EMAIL_LIMIT = 254  # the longest address SMTP allows (RFC 5321)
_EMAIL = re.compile(r"[^\s@<>,;:\"()\[\]]+@[^\s@<>,;:\"()\[\]]+\.[^\s@<>,;:\"()\[\].]+")


def clean_email(value: object, field: str, *, required: bool = False) -> str:
    """One plain address (name@domain.tld, any script): no display name, no list, no spaces."""
    text = clean_text(value, field, required=required, limit=EMAIL_LIMIT)
    if text and not _EMAIL.fullmatch(text):
        raise ValidationError.single(field, "validation.bad_email")
    return text
