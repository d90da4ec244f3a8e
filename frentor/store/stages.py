"""SQL for the facts the stage pipeline looks at before a move."""

from __future__ import annotations

from typing import Any

from frentor.store.rollup import ROLLUP_CTE_NAMED
from frentor.store.workspace import Store


def stage_facts(store: Store, person_id: str) -> dict[str, Any] | None:
    # The person's points from the monthly rollup; uncorrelated sub-queries on the person's id for the rest.
    rows = store.db.read(
        f"WITH {ROLLUP_CTE_NAMED}, led AS ("  # noqa: S608 (constant)
        "  SELECT coalesce(sum(given), 0) AS given, coalesce(sum(received), 0) AS received "
        "  FROM rollup WHERE person_id = $pid) "
        "SELECT p.stage, p.homework_read_work, p.homework_public_answers, p.homework_new_questions, "
        "  p.homework_how_to_help, "
        "  (SELECT count(*) FROM channels WHERE workspace = $ws AND owner_type = 'person' AND owner_id = $pid), "
        "  (SELECT count(*) FROM person_questions WHERE workspace = $ws AND person_id = $pid), "
        "  led.given, led.received "
        "FROM people p CROSS JOIN led WHERE p.workspace = $ws AND p.id = $pid",
        {"ws": store.workspace, "pid": person_id},
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
