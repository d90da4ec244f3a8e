"""SQL for a person's homework checklist, the notes on their work and their prepared questions.

The checklist is one boolean column of `people` per item (CHECKLIST); every query that reads it, here and in other
store modules, builds its SQL from that tuple.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frentor.store.workspace import Store

# The checklist's columns of `people`, in the order it is shown; frentor.homework.HOMEWORK_ITEMS names them.
CHECKLIST: tuple[str, ...] = (
    "homework_read_work",
    "homework_public_answers",
    "homework_new_questions",
    "homework_how_to_help",
)


def checklist_columns(alias: str) -> str:
    """The checklist's columns of `people` aliased `alias`, for a SELECT list (in CHECKLIST order)."""
    return ", ".join(f"{alias}.{column}" for column in CHECKLIST)


def checklist(values: Sequence[Any]) -> dict[str, bool]:
    """{item: done} from the values of checklist_columns, in that order."""
    return {column: bool(value) for column, value in zip(CHECKLIST, values, strict=True)}


def done_count_sql(alias: str) -> str:
    """SQL: how many checklist items of the person `alias` are done (0 to len(CHECKLIST))."""
    return "(" + " + ".join(f"{alias}.{column}::INT" for column in CHECKLIST) + ")"


def all_done_sql(alias: str) -> str:
    """SQL: every checklist item of the person `alias` is done."""
    return "(" + " AND ".join(f"{alias}.{column}" for column in CHECKLIST) + ")"


_QUESTION_COLUMNS = "q.id, q.question, q.asked, q.created_at, coalesce(q.answered_publicly, false) AS answered_publicly"


def person_homework(store: Store, person_id: str) -> dict[str, Any] | None:
    """One person's checklist {item: done}, notes ('' for none) and questions (open ones first: id, question, asked,
    created_at, answered_publicly), read in one statement; None when the person is not in the workspace."""
    frame = store.read_df(
        f"SELECT {checklist_columns('p')}, coalesce(p.homework_notes, '') AS homework_notes, {_QUESTION_COLUMNS} "  # noqa: S608
        "FROM people p LEFT JOIN person_questions q ON q.workspace = p.workspace AND q.person_id = p.id "
        "WHERE p.workspace = ? AND p.id = ? ORDER BY q.asked, q.created_at, q.id",
        [person_id],
    )
    if frame.empty:
        return None
    first = frame.iloc[0]
    questions = frame.loc[frame["id"].notna(), ["id", "question", "asked", "created_at", "answered_publicly"]]
    return {
        "items": checklist([first[column] for column in CHECKLIST]),
        "notes": str(first["homework_notes"]),
        "questions": questions.reset_index(drop=True),
    }


def question_count(store: Store, person_id: str) -> int:
    rows = store.read("SELECT count(*) FROM person_questions WHERE workspace = ? AND person_id = ?", [person_id])
    return int(rows[0][0])


def set_homework(store: Store, person_id: str, items: dict[str, bool]) -> bool:
    """Save every checklist item (all CHECKLIST keys are needed); False when the person is unknown."""
    assignments = ", ".join(f"{column} = ?" for column in CHECKLIST)
    statement = (
        f"UPDATE people SET {assignments}, updated_at = current_timestamp WHERE workspace = ? AND id = ? RETURNING id"  # noqa: S608
    )
    return store.write_one(statement, [*(bool(items[column]) for column in CHECKLIST), store.workspace, person_id])


def insert_question(store: Store, question_id: str, person_id: str, text: str) -> bool:
    return store.write_one(
        "INSERT INTO person_questions (workspace, id, person_id, question) "
        "SELECT ?, ?, id, ? FROM people WHERE workspace = ? AND id = ? RETURNING id",
        [store.workspace, question_id, text, store.workspace, person_id],
    )


def set_question_asked(store: Store, question_id: str, asked: bool) -> bool:
    return store.write_one(
        "UPDATE person_questions SET asked = ? WHERE workspace = ? AND id = ? RETURNING id",
        [asked, store.workspace, question_id],
    )


def delete_question(store: Store, question_id: str) -> bool:
    return store.write_one(
        "DELETE FROM person_questions WHERE workspace = ? AND id = ? RETURNING id",
        [store.workspace, question_id],
    )


def set_question_answered_publicly(store: Store, question_id: str, answered: bool) -> bool:
    return store.write_one(
        "UPDATE person_questions SET answered_publicly = ? WHERE workspace = ? AND id = ? RETURNING id",
        [answered, store.workspace, question_id],
    )


def set_homework_notes(store: Store, person_id: str, notes: str) -> bool:
    return store.write_one(
        "UPDATE people SET homework_notes = ?, updated_at = current_timestamp "
        "WHERE workspace = ? AND id = ? RETURNING id",
        [notes, store.workspace, person_id],
    )
