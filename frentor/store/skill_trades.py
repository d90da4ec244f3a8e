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
