"""Homework before reaching out: a four-item checklist per person and a list of prepared questions.

Doing your homework means not spending someone's time on what they have already answered in public, and
knowing how you could help them before you ask for anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from frentor.errors import ValidationError
from frentor.ids import new_id
from frentor.people import PersonNotFoundError
from frentor.store import Store
from frentor.store import homework as queries
from frentor.validation import HOMEWORK_NOTES_LIMIT, QUESTION_LIMIT, clean_text

# The checklist before reaching out, in the order it is shown (catalog keys homework.<item>). Each item is a column
# of the person's row, so the store holds the one spelling of these names.
HOMEWORK_ITEMS: tuple[str, ...] = queries.CHECKLIST
MAX_QUESTIONS_PER_PERSON = 50


@dataclass(frozen=True)
class Question:
    """A question prepared for a person: one nobody has asked them, or one asking them to go deeper."""

    id: str
    text: str
    asked: bool = False
    answered_publicly: bool = False  # they already answered it in public: a message should not ask it again


@dataclass(frozen=True)
class Homework:
    items: dict[str, bool]  # HOMEWORK_ITEMS -> done
    questions: tuple[Question, ...] = ()  # open ones first, then by when they were written
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

    @property
    def open_questions(self) -> int:
        """Questions prepared and not asked yet."""
        return sum(not question.asked for question in self.questions)


def get_homework(store: Store, person_id: str) -> Homework | None:
    """A person's checklist, prepared questions and notes on their work (one read); None for an unknown person."""
    row = queries.person_homework(store, person_id)
    if row is None:
        return None
    questions = tuple(
        Question(id=q.id, text=q.question, asked=bool(q.asked), answered_publicly=bool(q.answered_publicly))
        for q in row["questions"].itertuples(index=False)
    )
    return Homework(items=row["items"], questions=questions, notes=row["notes"])


def set_homework(store: Store, person_id: str, items: Mapping[str, bool]) -> Homework:
    """Save the whole checklist (items not given are kept as they were)."""
    unknown = set(items) - set(HOMEWORK_ITEMS)
    if unknown:
        raise ValueError(f"unknown homework items: {sorted(unknown)}")
    current = get_homework(store, person_id)
    if current is None:
        raise PersonNotFoundError("people.not_found")
    merged = {**current.items, **{key: bool(value) for key, value in items.items()}}
    queries.set_homework(store, person_id, merged)
    return get_homework(store, person_id)  # type: ignore[return-value]


def add_question(store: Store, person_id: str, question: str) -> str:
    """Prepare a question for a person (one nobody has asked, or asking them to go deeper). Returns its id."""
    text = clean_text(question, "field.person_question", required=True, limit=QUESTION_LIMIT)
    if queries.question_count(store, person_id) >= MAX_QUESTIONS_PER_PERSON:
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
