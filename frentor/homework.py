"""Homework before reaching out: a four-item checklist per person and a list of prepared questions.

Doing your homework means not spending someone's time on what they have already answered in public, and
knowing how you could help them before you ask for anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from frentor.errors import ValidationError
from frentor.give_first import HOMEWORK_ITEMS
from frentor.ids import new_id
from frentor.people import PersonNotFoundError
from frentor.store import Store
from frentor.store import homework as queries
from frentor.validation import clean_text

QUESTION_LIMIT = 1000
HOMEWORK_NOTES_LIMIT = 1000
MAX_QUESTIONS_PER_PERSON = 50


@dataclass(frozen=True)
class Homework:
    items: dict[str, bool]  # HOMEWORK_ITEMS -> done
    questions: int  # prepared questions in all
    open_questions: int  # prepared and not asked yet
    notes: str = ""  # their work I engaged with, as a phrase a message can quote ("your talk on testing at PyCon")

    @property
    def done(self) -> int:
        return sum(self.items.values())

    @property
    def complete(self) -> bool:
        return all(self.items.get(item, False) for item in HOMEWORK_ITEMS)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(item for item in HOMEWORK_ITEMS if not self.items.get(item, False))


def get_homework(store: Store, person_id: str) -> Homework | None:
    items = queries.get_homework(store, person_id)
    if items is None:
        return None
    questions = queries.list_questions(store, person_id)
    return Homework(
        items=items,
        questions=len(questions),
        open_questions=int((~questions["asked"].astype(bool)).sum()) if len(questions) else 0,
        notes=queries.get_homework_notes(store, person_id) or "",
    )


def set_homework(store: Store, person_id: str, items: Mapping[str, bool]) -> Homework:
    """Save the whole checklist (items not given are kept as they were)."""
    current = queries.get_homework(store, person_id)
    if current is None:
        raise PersonNotFoundError("people.not_found")
    unknown = set(items) - set(HOMEWORK_ITEMS)
    if unknown:
        raise ValueError(f"unknown homework items: {sorted(unknown)}")
    merged = {**current, **{key: bool(value) for key, value in items.items()}}
    queries.set_homework(store, person_id, merged)
    return get_homework(store, person_id)  # type: ignore[return-value]


def add_question(store: Store, person_id: str, question: str) -> str:
    """Prepare a question for a person (one nobody has asked, or asking them to go deeper). Returns its id."""
    text = clean_text(question, "field.person_question", required=True, limit=QUESTION_LIMIT)
    if len(queries.list_questions(store, person_id)) >= MAX_QUESTIONS_PER_PERSON:
        raise ValidationError.single(
            "field.person_question", "validation.out_of_range", low=1, high=MAX_QUESTIONS_PER_PERSON
        )
    question_id = new_id()
    if not queries.insert_question(store, question_id, person_id, text):
        raise PersonNotFoundError("people.not_found")
    return question_id


def mark_question_asked(store: Store, question_id: str, asked: bool = True) -> None:
    if not queries.set_question_asked(store, question_id, asked):
        raise PersonNotFoundError("people.not_found")


def delete_question(store: Store, question_id: str) -> None:
    if not queries.delete_question(store, question_id):
        raise PersonNotFoundError("people.not_found")


def set_homework_notes(store: Store, person_id: str, notes: str) -> None:
    """Save which of their work you engaged with (a phrase the message composer quotes)."""
    text = clean_text(notes, "field.homework_notes", limit=HOMEWORK_NOTES_LIMIT)
    if not queries.set_homework_notes(store, person_id, text):
        raise PersonNotFoundError("people.not_found")


def mark_question_answered_publicly(store: Store, question_id: str, answered: bool = True) -> None:
    """They already answered this question in public: the composer warns before a message asks it again."""
    if not queries.set_question_answered_publicly(store, question_id, answered):
        raise PersonNotFoundError("people.not_found")


def list_questions(store: Store, person_id: str) -> pd.DataFrame:
    """A person's prepared questions, open ones first: id, question, asked, created_at, answered_publicly."""
    return queries.list_questions(store, person_id)
