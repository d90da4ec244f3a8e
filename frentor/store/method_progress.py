"""SQL for the method's progress: counts from the small tables (passions, skills, people, communities)."""

from __future__ import annotations

from frentor.store.homework import all_done_sql
from frentor.store.workspace import Store

_COUNTS = f"""
SELECT
    (SELECT count(*) FROM passions WHERE workspace = ?) AS passions,
    (SELECT count(*) FROM passions WHERE workspace = ? AND status = 'focus') AS focus_passions,
    (SELECT count(*) FROM skills WHERE workspace = ?) AS skills,
    (SELECT count(*) FROM skills WHERE workspace = ? AND side = 'offer') AS offer_skills,
    (SELECT count(*) FROM people WHERE workspace = ? AND NOT archived) AS people,
    (SELECT count(*) FROM people WHERE workspace = ? AND NOT archived
        AND stage IN ('following', 'engaging', 'conversation', 'trusted')) AS following_people,
    (SELECT count(*) FROM people p WHERE p.workspace = ? AND NOT p.archived AND {all_done_sql("p")})
        AS homework_done_people,
    (SELECT count(*) FROM communities WHERE workspace = ?) AS communities
"""  # noqa: S608 (columns from code)

COUNT_NAMES = (
    "passions",
    "focus_passions",
    "skills",
    "offer_skills",
    "people",
    "following_people",
    "homework_done_people",
    "communities",
)


def counts(store: Store) -> dict[str, int]:
    rows = store.read(_COUNTS, [store.workspace] * (len(COUNT_NAMES) - 1))
    return {name: int(value) for name, value in zip(COUNT_NAMES, rows[0], strict=True)}
