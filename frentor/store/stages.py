"""SQL for the facts the stage pipeline looks at before a move."""

from __future__ import annotations

from typing import Any

from frentor.store.homework import checklist, checklist_columns
from frentor.store.rollup import ROLLUP_CTE
from frentor.store.workspace import Store


def stage_facts(store: Store, person_id: str) -> dict[str, Any] | None:
    # The person's points from the monthly rollup; uncorrelated sub-queries on the person's id for the rest.
    rows = store.read(
        f"WITH {ROLLUP_CTE}, led AS ("  # noqa: S608 (constants and columns from code)
        "  SELECT coalesce(sum(given), 0) AS given, coalesce(sum(received), 0) AS received "
        "  FROM rollup WHERE person_id = ?) "
        f"SELECT p.stage, {checklist_columns('p')}, "
        "  (SELECT count(*) FROM channels WHERE workspace = ? AND owner_type = 'person' AND owner_id = ?), "
        "  (SELECT count(*) FROM person_questions WHERE workspace = ? AND person_id = ?), "
        "  led.given, led.received "
        "FROM people p CROSS JOIN led WHERE p.workspace = ? AND p.id = ?",
        [person_id, *[store.workspace, person_id] * 3],
    )
    if not rows:
        return None
    stage, *items, channels, questions, given, received = rows[0]
    return {
        "stage": stage,
        "homework": checklist(items),
        "channels": int(channels),
        "questions": int(questions),
        "given_points": float(given),
        "received_points": float(received),
    }
