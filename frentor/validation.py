"""Small validators shared by every form and importer. Each returns the clean value or raises ValidationError
naming the field (and the row, for files), so nothing is written when input is bad.

One rule per stored text field (FIELD_RULES): the domain's add/edit functions clean with these limits and
validators, and import checks every cell of the same field with the same rule (frentor.importer), so a file can
carry nothing a form would refuse. The limits are named constants, for widgets (max_chars) too.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import urlparse

from frentor.errors import Problem, ValidationError

NAME_LIMIT = 200  # names of people, passions, communities and kinds; organisations; channel platforms and notes
TEXT_LIMIT = 5000  # notes and other free text
SKILL_NAME_LIMIT = 100  # my skills and the skills a person offers or needs
SKILL_NOTES_LIMIT = 1000
NEXT_ACTION_LIMIT = 500
QUESTION_LIMIT = 1000  # a question prepared for a person
HOMEWORK_NOTES_LIMIT = 1000  # which of their work you engaged with
OUTCOME_LIMIT = 2000  # what came of their help (a report back)
REFLECTION_LIMIT = 2000  # a weekly review's reflection
URL_LIMIT = 2000
HASHTAG_LENGTH = 60  # characters per tag
HASHTAG_COUNT = 30  # tags per field
HASHTAGS_LIMIT = HASHTAG_COUNT * (HASHTAG_LENGTH + 2)  # the whole text: every tag at full length, '#' and a space
ID_LIMIT = 200  # ids in imported files (Frentor's own are at most 47 characters)
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
    """Only web links (http, https) with a host and mail links (mailto:someone@host): never javascript:, data:,
    file: or any other scheme, and nothing with spaces or control characters in it."""
    text = clean_text(value, field, required=required, limit=URL_LIMIT)
    if not text:
        return ""
    try:
        parsed = urlparse(text)
    except ValueError:  # e.g. an unclosed IPv6 bracket ("http://["): not a link we can check, so not one we keep
        raise ValidationError.single(field, "validation.bad_url") from None
    scheme = parsed.scheme.lower()
    web = scheme in ("http", "https") and bool(parsed.netloc) and text.lower().startswith(scheme + "://")
    mail = scheme == "mailto" and _MAIL_ADDRESS.fullmatch(text[len("mailto:") :]) is not None
    if not (web or mail) or any(c.isspace() or not c.isprintable() for c in text):
        raise ValidationError.single(field, "validation.bad_url")
    return text


_MAIL_ADDRESS = re.compile(r"[^@\s:/?#\[\]()<>]+@[^@\s:/?#\[\]()<>]+")
_TAG_SPLIT = re.compile(r"[\s,，、;；]+")
_TAG_BODY = re.compile(r"^[\w\-.·]+$")  # letters of any script (创业), digits, _, -, ., ·: no markup, no links


def _inert(text: str) -> str:
    """A rejected tag, shortened and without markdown punctuation, to quote back in a message."""
    return re.sub(r"[\\`*_\[\]()<>!|~$:]", "", text)[:40]


def clean_hashtags(text: object, field: str) -> list[str]:
    """Hashtags from free text: separated by spaces or commas (also Chinese ones), '#' optional, repeats
    (ignoring case) dropped, order kept. Each tag is letters, digits and _ - . · only, so no tag can carry a
    Markdown link, an image or HTML. Raises ValidationError for other tags, too long ones or too many."""
    tags: list[str] = []
    seen: set[str] = set()
    problems: list[Problem] = []
    for raw in _TAG_SPLIT.split(clean_text(text, field, limit=HASHTAGS_LIMIT)):
        body = raw.lstrip("#＃")
        if not body:
            continue
        if not _TAG_BODY.match(body) or body.strip("-.·") == "":
            problems.append(Problem(field, "research.bad_hashtag", None, {"tag": _inert(raw)}))
            continue
        if len(body) > HASHTAG_LENGTH:
            problems.append(Problem(field, "validation.too_long", None, {"limit": HASHTAG_LENGTH}))
            continue
        if body.casefold() not in seen:
            seen.add(body.casefold())
            tags.append("#" + body)
    if len(tags) > HASHTAG_COUNT:
        problems.append(Problem(field, "research.too_many_hashtags", None, {"limit": HASHTAG_COUNT}))
    if problems:
        raise ValidationError(problems)
    return tags


EMAIL_LIMIT = 254  # the longest address SMTP allows (RFC 5321)
_EMAIL = re.compile(r"[^\s@<>,;:\"()\[\]]+@[^\s@<>,;:\"()\[\]]+\.[^\s@<>,;:\"()\[\].]+")


def clean_email(value: object, field: str, *, required: bool = False) -> str:
    """One plain address (name@domain.tld, any script): no display name, no list, no spaces."""
    text = clean_text(value, field, required=required, limit=EMAIL_LIMIT)
    if text and not _EMAIL.fullmatch(text):
        raise ValidationError.single(field, "validation.bad_email")
    return text


@dataclass(frozen=True)
class FieldRule:
    """The rule of one stored text field: `check(value, label)` returns the clean value or raises ValidationError."""

    label: str  # catalog key naming the field in a form's message
    limit: int  # characters
    required: bool = False
    kind: str = "text"  # text, link, email or hashtags

    def check(self, value: object, label: str | None = None) -> str:
        field = label or self.label
        if self.kind == "link":
            return clean_url(value, field, required=self.required)
        if self.kind == "email":
            return clean_email(value, field, required=self.required)
        if self.kind == "hashtags":
            return " ".join(clean_hashtags(value, field))
        return clean_text(value, field, required=self.required, limit=self.limit)


def _text(label: str, limit: int, *, required: bool = False) -> FieldRule:
    return FieldRule(label, limit, required)


_LINK = FieldRule("field.url", URL_LIMIT, kind="link")
_NOTES = _text("field.notes", TEXT_LIMIT)

# (table, column) -> its rule. Forms use these limits (and the link and hashtag validators); import applies them to
# every cell (tests/unit/test_validation.py proves, field by field, that both refuse the same values).
FIELD_RULES: dict[tuple[str, str], FieldRule] = {
    ("passions", "title"): _text("field.passion_title", NAME_LIMIT, required=True),
    ("passions", "notes"): _NOTES,
    ("passions", "hashtags"): FieldRule("field.passion_hashtags", HASHTAGS_LIMIT, kind="hashtags"),
    ("passions", "open_questions"): _text("field.open_questions", TEXT_LIMIT),
    ("passions", "research_notes"): _text("field.research_notes", TEXT_LIMIT),
    ("skills", "name"): _text("field.skill_name", SKILL_NAME_LIMIT, required=True),
    ("skills", "notes"): _text("field.notes", SKILL_NOTES_LIMIT),
    ("people", "name"): _text("field.name", NAME_LIMIT, required=True),
    ("people", "organisation"): _text("field.organisation", NAME_LIMIT),
    ("people", "hashtags"): FieldRule("field.person_hashtags", HASHTAGS_LIMIT, kind="hashtags"),
    ("people", "notes"): _NOTES,
    ("people", "next_action"): _text("field.person_next_action", NEXT_ACTION_LIMIT),
    ("communities", "name"): _text("field.community_name", NAME_LIMIT, required=True),
    ("communities", "url"): _LINK,
    ("communities", "notes"): _NOTES,
    ("channels", "platform"): _text("field.channel_platform", NAME_LIMIT),
    ("channels", "url"): _LINK,
    ("channels", "note"): _text("field.note", NAME_LIMIT),
    ("person_skills", "name"): _text("field.person_offers", SKILL_NAME_LIMIT, required=True),
    ("person_questions", "question"): _text("field.person_question", QUESTION_LIMIT, required=True),
    ("value_kinds", "name"): _text("field.kind", NAME_LIMIT, required=True),  # user kinds; built-ins have a key
    ("ledger_entries", "note"): _text("field.note", TEXT_LIMIT),
    ("people", "homework_notes"): _text("field.homework_notes", HOMEWORK_NOTES_LIMIT),
    ("people", "email"): FieldRule("field.email", EMAIL_LIMIT, kind="email"),
    ("people", "profile_url"): FieldRule("field.profile_url", URL_LIMIT, kind="link"),
    ("people", "title"): _text("field.person_title", NAME_LIMIT),
    ("follow_ups", "note"): _text("field.note", TEXT_LIMIT),  # a copy of the received entry's note
    ("follow_ups", "outcome"): _text("field.follow_up_outcome", OUTCOME_LIMIT),
    ("weekly_reviews", "reflection"): _text("field.review_reflection", REFLECTION_LIMIT),
}


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
