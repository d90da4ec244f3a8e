"""SQL for the give-before-ask check."""

from __future__ import annotations

from frentor.store.homework import checklist, checklist_columns
from frentor.store.workspace import Store


def give_first_state(store: Store, person_id: str) -> tuple[float, dict[str, bool]] | None:
    rows = store.read(
        f"SELECT {checklist_columns('p')}, "  # noqa: S608 (columns from code)
        "  (SELECT coalesce(sum(points), 0) FROM ledger_entries "
        "   WHERE workspace = ? AND person_id = ? AND direction = 'gave') "
        "FROM people p WHERE p.workspace = ? AND p.id = ?",
        [person_id, store.workspace, person_id],
    )
    if not rows:
        return None
    *items, given = rows[0]
    return float(given), checklist(items)
