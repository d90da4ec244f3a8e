"""SQL for a person's homework checklist and prepared questions."""

from __future__ import annotations

import duckdb
import pandas as pd

from frentor.store.workspace import Store


def get_homework(store: Store, person_id: str) -> dict[str, bool] | None:
    rows = store.read(
        "SELECT homework_read_work, homework_public_answers, homework_new_questions, homework_how_to_help "
        "FROM people WHERE workspace = ? AND id = ?",
        [person_id],
    )
    if not rows:
        return None
    read, public, questions, help_ = rows[0]
    return {
        "homework_read_work": bool(read),
        "homework_public_answers": bool(public),
        "homework_new_questions": bool(questions),
        "homework_how_to_help": bool(help_),
    }


def set_homework(store: Store, person_id: str, items: dict[str, bool]) -> bool:
    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        return bool(
            cur.execute(
                "UPDATE people SET homework_read_work = ?, homework_public_answers = ?, "
                "homework_new_questions = ?, homework_how_to_help = ?, updated_at = current_timestamp "
                "WHERE workspace = ? AND id = ? RETURNING id",
                [
                    items["homework_read_work"],
                    items["homework_public_answers"],
                    items["homework_new_questions"],
                    items["homework_how_to_help"],
                    store.workspace,
                    person_id,
                ],
            ).fetchall()
        )

    return store.write(work)


def insert_question(store: Store, question_id: str, person_id: str, text: str) -> bool:
    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        return bool(
            cur.execute(
                "INSERT INTO person_questions (workspace, id, person_id, question) "
                "SELECT ?, ?, id, ? FROM people WHERE workspace = ? AND id = ? RETURNING id",
                [store.workspace, question_id, text, store.workspace, person_id],
            ).fetchall()
        )

    return store.write(work)


def set_question_asked(store: Store, question_id: str, asked: bool) -> bool:
    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        return bool(
            cur.execute(
                "UPDATE person_questions SET asked = ? WHERE workspace = ? AND id = ? RETURNING id",
                [asked, store.workspace, question_id],
            ).fetchall()
        )

    return store.write(work)


def delete_question(store: Store, question_id: str) -> bool:
    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        return bool(
            cur.execute(
                "DELETE FROM person_questions WHERE workspace = ? AND id = ? RETURNING id",
                [store.workspace, question_id],
            ).fetchall()
        )

    return store.write(work)


def list_questions(store: Store, person_id: str) -> pd.DataFrame:
    return store.read_df(
        "SELECT id, question, asked, created_at, coalesce(answered_publicly, false) AS answered_publicly "
        "FROM person_questions WHERE workspace = ? AND person_id = ? ORDER BY asked, created_at, id",
        [person_id],
    )


def set_question_answered_publicly(store: Store, question_id: str, answered: bool) -> bool:
    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        return bool(
            cur.execute(
                "UPDATE person_questions SET answered_publicly = ? WHERE workspace = ? AND id = ? RETURNING id",
                [answered, store.workspace, question_id],
            ).fetchall()
        )

    return store.write(work)


def get_homework_notes(store: Store, person_id: str) -> str | None:
    """Their work the user engaged with (None: no such person)."""
    rows = store.read("SELECT coalesce(homework_notes, '') FROM people WHERE workspace = ? AND id = ?", [person_id])
    return rows[0][0] if rows else None


def set_homework_notes(store: Store, person_id: str, notes: str) -> bool:
    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        return bool(
            cur.execute(
                "UPDATE people SET homework_notes = ?, updated_at = current_timestamp "
                "WHERE workspace = ? AND id = ? RETURNING id",
                [notes, store.workspace, person_id],
            ).fetchall()
        )

    return store.write(work)
