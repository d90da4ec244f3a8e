"""SQL for the shortlist: every part of every person's score computed in one aggregate query, ranked in SQL.

Reads passions (status 'focus'), my skills (side offer/want) and the ledger directly, so it does not depend on
the Discover and Ledger modules.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from frentor.store.workspace import Store

_RANKED = """
WITH focus AS (
    SELECT id FROM passions WHERE workspace = ? AND status = 'focus'
),
focus_count AS (SELECT count(*) AS n FROM focus),
my_offer AS (SELECT DISTINCT lower(trim(name)) AS n FROM skills WHERE workspace = ? AND side = 'offer'),
my_want AS (SELECT DISTINCT lower(trim(name)) AS n FROM skills WHERE workspace = ? AND side = 'want'),
shared AS (
    SELECT pp.person_id, count(*) AS shared_passions
    FROM person_passions pp JOIN focus f ON pp.passion_id = f.id
    WHERE pp.workspace = ? GROUP BY pp.person_id
),
trades AS (
    SELECT s.person_id,
        count(DISTINCT CASE WHEN s.side = 'offers' AND w.n IS NOT NULL THEN lower(trim(s.name)) END)
            AS they_offer_i_want,
        count(DISTINCT CASE WHEN s.side = 'needs' AND o.n IS NOT NULL THEN lower(trim(s.name)) END)
            AS they_need_i_offer
    FROM person_skills s
    LEFT JOIN my_want w ON s.side = 'offers' AND lower(trim(s.name)) = w.n
    LEFT JOIN my_offer o ON s.side = 'needs' AND lower(trim(s.name)) = o.n
    WHERE s.workspace = ? GROUP BY s.person_id
),
engaged AS (
    SELECT person_id, sum(points)::DOUBLE AS given_recent
    FROM ledger_entries
    WHERE workspace = ? AND direction = 'gave' AND person_id IS NOT NULL
      AND occurred_on > ? AND occurred_on <= ?
    GROUP BY person_id
),
parts AS (
    SELECT p.id, p.name, p.role, p.stage, p.reach_tier, p.next_action, p.next_action_due,
        coalesce(sh.shared_passions, 0)::INT AS shared_passions,
        coalesce(tr.they_offer_i_want, 0)::INT AS they_offer_i_want,
        coalesce(tr.they_need_i_offer, 0)::INT AS they_need_i_offer,
        coalesce(en.given_recent, 0)::DOUBLE AS given_recent,
        CASE WHEN fc.n = 0 THEN 0.0
             ELSE least(1.0, coalesce(sh.shared_passions, 0) / least(fc.n, ?)::DOUBLE) END
            AS part_passion,
        (least(coalesce(tr.they_offer_i_want, 0), 1) + least(coalesce(tr.they_need_i_offer, 0), 1)) / 2.0
            AS part_skills,
        CASE p.reach_tier WHEN 'strongest' THEN ? WHEN 'fifty_fifty' THEN ?
             ELSE ? END::DOUBLE AS part_reach,
        least(1.0, coalesce(en.given_recent, 0) / ?)::DOUBLE AS part_engagement
    FROM people p
    CROSS JOIN focus_count fc
    LEFT JOIN shared sh ON sh.person_id = p.id
    LEFT JOIN trades tr ON tr.person_id = p.id
    LEFT JOIN engaged en ON en.person_id = p.id
    WHERE p.workspace = ? AND NOT p.archived
      AND (?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], p.role))
      AND (?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], p.stage))
),
scored AS (
    SELECT *,
        100.0 * ? * part_passion AS points_passion,
        100.0 * ? * part_skills AS points_skills,
        100.0 * ? * part_reach AS points_reach,
        100.0 * ? * part_engagement AS points_engagement
    FROM parts
)
SELECT *,
    points_passion + points_skills + points_reach + points_engagement AS score,
    count(*) OVER () AS total
FROM scored
ORDER BY score DESC, lower(name), id
LIMIT ? OFFSET ?
"""


def ranked(
    store: Store,
    *,
    shares: dict[str, float],
    constants: dict[str, float],
    today: dt.date,
    since: dt.date,
    roles: list[str] | None,
    stages: list[str] | None,
    limit: int,
    offset: int,
) -> pd.DataFrame:
    ws = store.workspace
    weights = [float(shares[part]) for part in ("passion", "skills", "reach", "engagement")]
    return store.read_df(
        _RANKED,
        [
            *[ws] * 4,  # focus (the first, added by read_df), my_offer, my_want, shared, trades
            *[ws, since, today],  # engaged
            constants["passion_full_at"],
            constants["reach_strongest"],
            constants["reach_fifty"],
            constants["reach_long"],
            constants["engagement_full"],
            *[ws, roles, roles, stages, stages],  # parts
            *weights,  # scored
            limit,
            offset,
        ],
    )


def my_skill_counts(store: Store) -> dict[str, int]:
    rows = store.read("SELECT side, count(*) FROM skills WHERE workspace = ? GROUP BY side")
    return {side: int(count) for side, count in rows}


def shared_focus_passions(store: Store, person_ids: list[str]) -> pd.DataFrame:
    """For the given people: person_id, title of each focus passion they share with me."""
    return store.read_df(
        "SELECT pp.person_id, f.title FROM person_passions pp "
        "JOIN passions f ON f.workspace = pp.workspace AND f.id = pp.passion_id AND f.status = 'focus' "
        "WHERE pp.workspace = ? AND list_contains(?::VARCHAR[], pp.person_id) "
        "ORDER BY pp.person_id, lower(f.title)",
        [person_ids],
    )
