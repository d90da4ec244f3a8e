"""My skills: what I love doing and am good at (offers: what I can trade and volunteer) and what I want to learn
(wants). The Connect step matches these by name, ignoring case, against what people offer and need."""

from __future__ import annotations

import math

import pandas as pd

from frentor.errors import Problem, ValidationError
from frentor.ids import new_id
from frentor.store import Store
from frentor.store import skills as queries
from frentor.validation import SKILL_NAME_LIMIT, SKILL_NOTES_LIMIT, clean_choice, clean_int, clean_text

SIDES = ("offer", "want")
LEVELS = (1, 2, 3, 4, 5)  # 1 = beginner ... 5 = could teach it
EDITABLE = ("name", "level", "notes")


def _clean(name: object, side: object, level: object, notes: object, row: int | None = None) -> dict:
    clean: dict = {}
    problems: list[Problem] = []

    def attempt(key: str, fn) -> None:
        try:
            clean[key] = fn()
        except ValidationError as exc:
            problems.extend(Problem(p.field, p.key, row, p.params) for p in exc.problems)

    attempt("name", lambda: clean_text(name, "field.skill_name", required=True, limit=SKILL_NAME_LIMIT))
    attempt("side", lambda: clean_choice(side, "field.skill_side", SIDES))
    attempt("level", lambda: clean_int(_plain(level), "field.skill_level", low=LEVELS[0], high=LEVELS[-1]))
    attempt("notes", lambda: clean_text(notes, "field.notes", limit=SKILL_NOTES_LIMIT))
    if problems:
        raise ValidationError(problems)
    return clean


def _plain(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def add_skill(store: Store, name: str, side: str, level: int | None = None, notes: str = "") -> str:
    """One skill on one side; the same name twice on a side (ignoring case) is refused. Returns the id."""
    clean = _clean(name, side, level, notes)
    skill_id = new_id()
    if not queries.insert_skill(store, skill_id, clean):
        raise ValidationError.single("field.skill_name", "validation.duplicate")
    return skill_id


def list_skills(store: Store, side: str | None = None) -> pd.DataFrame:
    """Columns: id, name, side ('offer' or 'want'), level (1-5 or missing), notes. Strongest first per side."""
    if side is not None:
        clean_choice(side, "field.skill_side", SIDES)
    frame = queries.list_skills(store, side)
    frame["level"] = frame["level"].astype("Int64")
    return frame


def update_skills(store: Store, changes: dict[str, dict], rows: dict[str, int] | None = None) -> int:
    """Apply edits {skill_id: {name|level|notes: value}} in one transaction; any problem refuses all of them."""
    if not changes:
        return 0
    current = queries.list_skills(store, None).set_index("id")
    problems: list[Problem] = []
    full: dict[str, dict] = {}
    names = {(s, str(n).casefold()): i for i, n, s in zip(current.index, current["name"], current["side"], strict=True)}
    for skill_id, edit in changes.items():
        row = (rows or {}).get(skill_id)
        if skill_id not in current.index:
            problems.append(Problem("field.skill_name", "validation.unknown", row))
            continue
        unknown = [c for c in edit if c not in EDITABLE]
        if unknown:
            problems.append(Problem(unknown[0], "validation.unknown", row))
            continue
        merged = {c: current.at[skill_id, c] for c in EDITABLE} | dict(edit)
        try:
            clean = _clean(merged["name"], current.at[skill_id, "side"], merged["level"], merged["notes"], row)
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        key = (clean["side"], clean["name"].casefold())
        if names.get(key, skill_id) != skill_id:
            problems.append(Problem("field.skill_name", "validation.duplicate", row))
        names[key] = skill_id
        full[skill_id] = clean
    if problems:
        raise ValidationError(problems)
    queries.update_skills(store, full)
    return len(full)


def delete_skills(store: Store, skill_ids: list[str]) -> int:
    """Remove skills; nothing else points at them (people's skills are matched by name)."""
    return queries.delete_skills(store, list(dict.fromkeys(skill_ids)))
