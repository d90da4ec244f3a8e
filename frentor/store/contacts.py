"""SQL for importing contacts: what people are already here (to match against) and one bulk insert of the new ones."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pyarrow as pa

from frentor.store.workspace import Store

_NEW_PEOPLE = "frentor_new_contacts"  # the Arrow table of new people, registered for the length of one insert

# Every person's name, e-mail and profile link, plus the links saved as where a person posts (channels): an imported
# profile link that is already one of those is the same person. Parameters: the workspace, twice.
_KNOWN_PEOPLE = (
    "SELECT id, name, email, profile_url FROM people WHERE workspace = ? "
    "UNION ALL SELECT c.owner_id, p.name, '', c.url FROM channels c JOIN people p "
    "  ON p.workspace = c.workspace AND p.id = c.owner_id "
    "WHERE c.workspace = ? AND c.owner_type = 'person' AND c.url <> ''"
)


def known_people(store: Store) -> list[tuple[str, str, str, str]]:
    """(id, name, email, profile link) of everyone in the workspace (a person may come more than once)."""
    return store.read(_KNOWN_PEOPLE, [store.workspace])


def insert_people(
    store: Store,
    choose: Callable[[list[tuple[str, str, str, str]]], pa.Table],
    passion_id: str | None,
) -> int:
    """In ONE transaction: read the people already here, let `choose` pick the rows to add (an Arrow table with the
    people columns id, name, role, stage, organisation, title, email, profile_url, source, connected_on), insert
    them, and link each to the passion when it exists. Returns how many were added.

    Choosing inside the transaction means a person added elsewhere since the preview is matched, not duplicated.
    """

    def work(cur: duckdb.DuckDBPyConnection) -> int:
        ws = store.workspace
        table = choose(cur.execute(_KNOWN_PEOPLE, [ws, ws]).fetchall())
        if table.num_rows == 0:
            return 0
        cur.register(_NEW_PEOPLE, table)
        try:
            cur.execute(
                "INSERT INTO people (workspace, id, name, role, stage, organisation, title, email, profile_url, "  # noqa: S608
                "source, connected_on) SELECT ?, id, name, role, stage, organisation, title, email, profile_url, "
                f"source, connected_on FROM {_NEW_PEOPLE}",
                [ws],
            )
            if passion_id:
                cur.execute(
                    "INSERT INTO person_passions (workspace, person_id, passion_id) "  # noqa: S608
                    f"SELECT ?, n.id, p.id FROM {_NEW_PEOPLE} n JOIN passions p ON p.workspace = ? AND p.id = ?",
                    [ws, ws, passion_id],
                )
        finally:
            cur.unregister(_NEW_PEOPLE)
        return table.num_rows

    return store.write(work)
