"""SQL for the give-before-ask check."""

from __future__ import annotations

from frentor.store.workspace import Store


def give_first_state(store: Store, person_id: str) -> tuple[float, dict[str, bool]] | None:
    rows = store.read(
        "SELECT p.homework_read_work, p.homework_public_answers, p.homework_new_questions, p.homework_how_to_help, "
        "  (SELECT coalesce(sum(points), 0) FROM ledger_entries "
        "   WHERE workspace = ? AND person_id = ? AND direction = 'gave') "
        "FROM people p WHERE p.workspace = ? AND p.id = ?",
        [person_id, store.workspace, person_id],
    )
    if not rows:
        return None
    read, public, questions, help_, given = rows[0]
    homework = {
        "homework_read_work": read,
        "homework_public_answers": public,
        "homework_new_questions": questions,
        "homework_how_to_help": help_,
    }
    return float(given), homework
