"""Passions: brainstorm freely, score, narrow to a few in focus, and delete with a clear statement of what goes.

The score is deliberately simple and shown on the page, so the user can check it by hand:

    score = 2 x excitement + skill fit + vision fit + 1 per ikigai tick      (0 to 24; unrated counts as 0)

Excitement counts double because the method starts from "what makes my heart race".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from frentor.errors import Problem, ValidationError
from frentor.ids import new_id
from frentor.store import Store
from frentor.store import passions as queries
from frentor.validation import NAME_LIMIT, TEXT_LIMIT, clean_choice, clean_int, clean_text, collect

STATUSES = ("idea", "exploring", "focus", "parked")
RATINGS = ("excitement", "skill_fit", "vision_fit")
IKIGAI = ("ikigai_love", "ikigai_good_at", "ikigai_world_needs", "ikigai_paid_for")
RATING_MIN, RATING_MAX = 1, 5  # each rating, from low to high
EXCITEMENT_WEIGHT = 2
MAX_SCORE = EXCITEMENT_WEIGHT * RATING_MAX + RATING_MAX + RATING_MAX + len(IKIGAI)
TITLE_LIMIT = NAME_LIMIT
NOTES_LIMIT = TEXT_LIMIT
BRAINSTORM_LINE_LIMIT = 200  # lines per capture: enough for a long list, small enough to review
FOCUS_TARGET = 3  # how many focus passions we suggest
FOCUS_HANDFUL = 5  # above this many in focus, the page warns gently

# Field names (catalog keys) used in validation messages.
FIELD_OF = {
    "title": "field.passion_title",
    "status": "field.passion_status",
    "excitement": "field.excitement",
    "skill_fit": "field.skill_fit",
    "vision_fit": "field.vision_fit",
    "notes": "field.notes",
}

# "- idea", "* idea", "• idea", "1. idea", "2) idea", "、idea" are all just "idea".
_BULLET = re.compile(r"^\s*(?:[-*•·‣▪–—]+|\d{1,3}[.)、]|[、])\s*")


@dataclass(frozen=True)
class BrainstormResult:
    added: list[str]  # new passion ids, in the order typed
    already_there: list[str]  # titles skipped because the workspace has them
    repeated: int  # lines skipped because they repeat an earlier line of the same text


@dataclass(frozen=True)
class DeleteImpact:
    title: str
    people: int
    channels: int
    communities: int
    entries: int


def passion_score(
    excitement: float | None,
    skill_fit: float | None,
    vision_fit: float | None,
    ikigai_ticks: int = 0,
) -> int:
    """The visible score; unrated values count as 0."""

    def value(x: float | None) -> int:
        return 0 if x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA else int(x)

    return EXCITEMENT_WEIGHT * value(excitement) + value(skill_fit) + value(vision_fit) + int(ikigai_ticks)


def add_scores(frame: pd.DataFrame) -> pd.DataFrame:
    """Add `ikigai` (ticks, 0-4) and `score` columns to a passions frame (vectorised passion_score)."""
    out = frame.copy()
    ratings = {c: pd.to_numeric(out[c], errors="coerce").fillna(0).astype(int) for c in RATINGS}
    out["ikigai"] = sum(out[c].fillna(False).astype(bool).astype(int) for c in IKIGAI) if len(out) else 0
    out["score"] = (
        EXCITEMENT_WEIGHT * ratings["excitement"] + ratings["skill_fit"] + ratings["vision_fit"] + out["ikigai"]
    )
    out["ikigai"] = out["ikigai"].astype(int)
    out["score"] = out["score"].astype(int)
    return out


def parse_brainstorm(text: str) -> tuple[list[str], int]:
    """Each non-blank line is one idea (bullets and numbering removed); repeats (ignoring case) are dropped.

    Returns (titles, repeated count). Raises ValidationError listing every line that is too long, and when there
    are more lines than BRAINSTORM_LINE_LIMIT.
    """
    lines = [_BULLET.sub("", line, count=1).strip() for line in (text or "").splitlines()]
    titles: list[str] = []
    seen: set[str] = set()
    repeated = 0
    problems: list[Problem] = []
    for number, raw in enumerate(lines, start=1):
        if not raw:
            continue
        try:
            title = clean_text(raw, "field.passion_title", limit=TITLE_LIMIT)
        except ValidationError as exc:
            problems.extend(Problem(p.field, p.key, number, p.params) for p in exc.problems)
            continue
        if not title:
            continue
        folded = title.casefold()
        if folded in seen:
            repeated += 1
            continue
        seen.add(folded)
        titles.append(title)
    if len(titles) > BRAINSTORM_LINE_LIMIT:
        problems.append(Problem("field.brainstorm", "passions.too_many_lines", None, {"limit": BRAINSTORM_LINE_LIMIT}))
    if problems:
        raise ValidationError(problems)
    return titles, repeated


def brainstorm(store: Store, text: str) -> BrainstormResult:
    """Turn a block of lines into new passions (status idea) in one transaction; nothing is written if any line is
    invalid. Titles already in the workspace (ignoring case) are skipped, not duplicated."""
    titles, repeated = parse_brainstorm(text)
    if not titles:
        raise ValidationError.single("field.brainstorm", "validation.required")
    existing = queries.existing_titles(store)
    fresh = [title for title in titles if title.lower() not in existing]
    already = [title for title in titles if title.lower() in existing]
    rows = [queries.NewPassionRow(id=new_id(), title=title, notes="") for title in fresh]
    added = queries.insert_new_passions(store, rows) if rows else []
    return BrainstormResult(added=added, already_there=already, repeated=repeated)


def add_passion(store: Store, title: str, notes: str = "") -> str:
    """One passion with an optional note; a title the workspace already has is refused."""
    clean: dict[str, str] = {}
    collect(
        lambda: clean.__setitem__("title", clean_text(title, FIELD_OF["title"], required=True, limit=TITLE_LIMIT)),
        lambda: clean.__setitem__("notes", clean_text(notes, "field.notes", limit=NOTES_LIMIT)),
    )
    passion_id = new_id()
    added = queries.insert_new_passions(store, [queries.NewPassionRow(passion_id, clean["title"], clean["notes"])])
    if not added:
        raise ValidationError.single(FIELD_OF["title"], "validation.duplicate")
    return passion_id


def list_passions(store: Store, status: str | None = None) -> pd.DataFrame:
    """Columns: id, title, notes, status, excitement, skill_fit, vision_fit, the four ikigai flags, hashtags,
    open_questions, research_notes, people (linked, not archived), ikigai (ticks) and score. In the order created."""
    if status is not None:
        clean_choice(status, FIELD_OF["status"], STATUSES)
    frame = queries.list_passions(store, status)
    for column in RATINGS:
        frame[column] = frame[column].astype("Int64")
    return add_scores(frame)


def get_passion(store: Store, passion_id: str) -> dict | None:
    return queries.get_passion(store, passion_id)


def status_counts(store: Store) -> dict[str, int]:
    counts = queries.status_counts(store)
    return {status: counts.get(status, 0) for status in STATUSES}


def _clean_row(values: dict, row: int | None) -> tuple[dict, list[Problem]]:
    """Validate one full editable row; returns the clean values and the problems (with the row number)."""
    clean: dict = {}
    problems: list[Problem] = []

    def attempt(column: str, fn) -> None:
        try:
            clean[column] = fn()
        except ValidationError as exc:
            problems.extend(Problem(p.field, p.key, row, p.params) for p in exc.problems)

    attempt("title", lambda: clean_text(values.get("title"), FIELD_OF["title"], required=True, limit=TITLE_LIMIT))
    attempt("status", lambda: clean_choice(values.get("status"), FIELD_OF["status"], STATUSES))
    for column in RATINGS:
        attempt(
            column,
            lambda column=column: clean_int(
                _plain(values.get(column)), FIELD_OF[column], low=RATING_MIN, high=RATING_MAX
            ),
        )
    for column in IKIGAI:
        clean[column] = bool(_plain(values.get(column)) or False)
    return clean, problems


def _plain(value: object) -> object:
    """pandas missing values (NA, NaN) as None."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def update_passions(store: Store, changes: dict[str, dict], rows: dict[str, int] | None = None) -> int:
    """Apply edits {passion_id: {column: value}} (from the score table) in one transaction.

    Every edited row is validated in full; any problem refuses the whole batch (nothing saved). `rows` maps ids
    to the row numbers shown to the user in messages. Returns how many passions changed.
    """
    if not changes:
        return 0
    unknown = [c for edit in changes.values() for c in edit if c not in queries.EDITABLE_COLUMNS]
    if unknown:
        raise ValidationError.single(unknown[0], "validation.unknown")
    full: dict[str, dict] = {}
    problems: list[Problem] = []
    current = queries.list_passions(store, None).set_index("id")
    seen_titles = {str(t).lower(): i for i, t in current["title"].items()}
    for passion_id, edit in changes.items():
        row_number = (rows or {}).get(passion_id)
        if passion_id not in current.index:
            problems.append(Problem("field.passion", "validation.unknown", row_number))
            continue
        merged = {column: current.at[passion_id, column] for column in queries.EDITABLE_COLUMNS}
        merged.update(edit)
        clean, row_problems = _clean_row(merged, row_number)
        problems.extend(row_problems)
        if "title" in clean:
            other = seen_titles.get(clean["title"].lower())
            if other is not None and other != passion_id:
                problems.append(Problem(FIELD_OF["title"], "validation.duplicate", row_number))
            seen_titles[clean["title"].lower()] = passion_id
        full[passion_id] = clean
    if problems:
        raise ValidationError(problems)
    queries.update_passions(store, full)
    return len(full)


def set_status(store: Store, passion_ids: list[str], status: str) -> int:
    """Move passions to a status (any move is allowed: the user decides). Returns how many changed."""
    clean_choice(status, FIELD_OF["status"], STATUSES)
    return queries.set_status(store, list(dict.fromkeys(passion_ids)), status)


def suggest_focus(frame: pd.DataFrame, count: int = FOCUS_TARGET) -> list[str]:
    """The ids of the best `count` scored, non-parked passions: highest score, then excitement, then first
    written. Unscored passions (score 0) are never suggested."""
    if frame.empty:
        return []
    ranked = frame.assign(_order=range(len(frame)), _excitement=frame["excitement"].fillna(0).astype(int))
    ranked = ranked[(ranked["status"] != "parked") & (ranked["score"] > 0)]
    ranked = ranked.sort_values(["score", "_excitement", "_order"], ascending=[False, False, True])
    return ranked["id"].head(count).tolist()


def too_many_in_focus(focus_count: int) -> bool:
    return focus_count > FOCUS_HANDFUL


def delete_impact(store: Store, passion_id: str) -> DeleteImpact | None:
    passion = queries.get_passion(store, passion_id)
    if passion is None:
        return None
    counts = queries.delete_impact(store, passion_id)
    return DeleteImpact(title=passion["title"], **{k: int(v) for k, v in counts.items()})


def delete_passion(store: Store, passion_id: str) -> bool:
    """Delete one passion with its person links and research channels, in one transaction. Communities and
    events stay (they lose the passion link); ledger entries stay (they lose the passion tag)."""
    return queries.delete_passion(store, passion_id)
