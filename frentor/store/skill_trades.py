"""SQL for skill-trade matches: what a person offers or needs against what I want or offer (names matched
case-insensitively, ignoring surrounding spaces)."""

from __future__ import annotations

import pandas as pd

from frentor.store.workspace import Store


def trades(store: Store, person_ids: list[str]) -> pd.DataFrame:
    """person_id, i_give (bool), skill (my spelling) for the given people."""
    return store.read_df(
        "SELECT DISTINCT ps.person_id, (ps.side = 'needs') AS i_give, s.name AS skill "
        "FROM person_skills ps JOIN skills s ON s.workspace = ps.workspace "
        "  AND lower(trim(s.name)) = lower(trim(ps.name)) "
        "  AND ((ps.side = 'needs' AND s.side = 'offer') OR (ps.side = 'offers' AND s.side = 'want')) "
        "WHERE ps.workspace = ? AND list_contains(?::VARCHAR[], ps.person_id) "
        "ORDER BY ps.person_id, i_give DESC, lower(s.name)",
        [person_ids],
    )


def people_with_trades(store: Store, limit: int) -> pd.DataFrame:
    """People (not archived) with at least one possible trade: id, name, gives, gets (counts), most first."""
    return store.read_df(
        "SELECT p.id, p.name, "
        "  count(DISTINCT CASE WHEN ps.side = 'needs' THEN lower(trim(s.name)) END)::INT AS gives, "
        "  count(DISTINCT CASE WHEN ps.side = 'offers' THEN lower(trim(s.name)) END)::INT AS gets "
        "FROM people p "
        "JOIN person_skills ps ON ps.workspace = p.workspace AND ps.person_id = p.id "
        "JOIN skills s ON s.workspace = ps.workspace AND lower(trim(s.name)) = lower(trim(ps.name)) "
        "  AND ((ps.side = 'needs' AND s.side = 'offer') OR (ps.side = 'offers' AND s.side = 'want')) "
        "WHERE p.workspace = ? AND NOT p.archived "
        "GROUP BY p.id, p.name "
        "ORDER BY (least(gives, 1) + least(gets, 1)) DESC, gives + gets DESC, lower(p.name), p.id LIMIT ?",
        [limit],
    )
