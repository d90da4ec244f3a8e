"""WHERE conditions from optional filters: a fixed fragment per filter, in the SQL only when its value is set.

Leaving out what is not filtered on, instead of `(? IS NULL OR ...)`, lets DuckDB plan each query for what it really
filters (see frentor.store.balance), and keeps each fragment next to its one value.
"""

from __future__ import annotations

from collections.abc import Iterable


def and_conditions(conditions: Iterable[tuple[str, object]]) -> tuple[str, list[object]]:
    """' AND <fragment>' for each (fragment, value) whose value is not None, and those values in the same order.

    Each fragment comes from code and holds exactly one `?`, for its value.
    """
    sql: list[str] = []
    params: list[object] = []
    for fragment, value in conditions:
        if value is not None:
            sql.append(f" AND {fragment}")
            params.append(value)
    return "".join(sql), params
