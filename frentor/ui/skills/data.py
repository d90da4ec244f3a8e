"""The Skills page's reads, cached until the next write of the workspace (frentor.ui.caching)."""

from __future__ import annotations

import pandas as pd

from frentor import skills
from frentor.store import Store
from frentor.ui.caching import cached_read


@cached_read(max_entries=32)
def load_skills(store: Store) -> pd.DataFrame:
    """Every skill, both sides (frentor.skills.list_skills)."""
    return skills.list_skills(store)


def side_of(frame: pd.DataFrame, side: str) -> pd.DataFrame:
    """One side's rows, numbered from 0 as its table shows them."""
    return frame[frame["side"] == side].reset_index(drop=True)
