"""SQL for the give-before-ask check."""

from __future__ import annotations

from frentor.store.homework import checklist, checklist_columns
from frentor.store.rollup import ROLLUP_CTE
from frentor.store.workspace import Store


def give_first_state(store: Store, person_id: str) -> tuple[float, dict[str, bool]] | None:
    rows = store.read(
        f"WITH {ROLLUP_CTE} "  # noqa: S608 (constants and columns from code)
        f"SELECT {checklist_columns('p')}, "
        "  (SELECT coalesce(sum(given), 0) FROM rollup WHERE person_id = ?) "
        "FROM people p WHERE p.workspace = ? AND p.id = ?",
        [person_id, store.workspace, person_id],
    )
    if not rows:
        return None
    *items, given = rows[0]
    return float(given), checklist(items)
