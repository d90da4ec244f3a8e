"""SQL for the calendar export: people with a dated next action (archived people left out)."""

from __future__ import annotations

from frentor.store.workspace import Store


def dated_next_actions(store: Store) -> list[tuple]:
    """(id, name, role, stage, next_action, next_action_due, email, profile_url), soonest first."""
    return store.read(
        "SELECT id, name, role, stage, next_action, next_action_due, email, profile_url FROM people "
        "WHERE workspace = ? AND NOT archived AND next_action_due IS NOT NULL "
        "ORDER BY next_action_due, lower(name), id"
    )
