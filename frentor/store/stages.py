"""SQL for the facts the stage pipeline looks at before a move."""

from __future__ import annotations

from typing import Any

from frentor.store.workspace import Store


def stage_facts(store: Store, person_id: str) -> dict[str, Any] | None:
    # Uncorrelated sub-queries on the person's id: the ledger has no index, so one filtered pass is the fastest.
    rows = store.read(
        "WITH led AS ("
        "  SELECT coalesce(sum(CASE WHEN direction = 'gave' THEN points END), 0) AS given, "
        "    coalesce(sum(CASE WHEN direction = 'received' THEN points END), 0) AS received "
        "  FROM ledger_entries WHERE workspace = ? AND person_id = ?) "
        "SELECT p.stage, p.homework_read_work, p.homework_public_answers, p.homework_new_questions, "
        "  p.homework_how_to_help, "
        "  (SELECT count(*) FROM channels WHERE workspace = ? AND owner_type = 'person' AND owner_id = ?), "
        "  (SELECT count(*) FROM person_questions WHERE workspace = ? AND person_id = ?), "
        "  led.given, led.received "
        "FROM people p CROSS JOIN led WHERE p.workspace = ? AND p.id = ?",
        [person_id, *[store.workspace, person_id] * 3],
    )
    if not rows:
        return None
    stage, read, public, new_q, help_, channels, questions, given, received = rows[0]
    return {
        "stage": stage,
        "homework": {
            "homework_read_work": bool(read),
            "homework_public_answers": bool(public),
            "homework_new_questions": bool(new_q),
            "homework_how_to_help": bool(help_),
        },
        "channels": int(channels),
        "questions": int(questions),
        "given_points": float(given),
        "received_points": float(received),
    }
