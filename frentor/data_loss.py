"""What replacing or clearing a workspace would lose, counted, so no click or command loses real data unnamed.

Demo data, "Clear workspace" and restoring a snapshot all replace a workspace's data. Before any of them runs on a
workspace that holds real data, the caller shows `describe_loss(data_at_risk(store), lang)` and asks for an
explicit confirmation (the CLI's `demo --replace`).
"""

from __future__ import annotations

from frentor.i18n import translate
from frentor.store import Store
from frentor.store import kinds as kind_queries

# The user's own data, in the order a message names it. Built-in kinds and settings are not in it: they come
# back as they were on a new workspace. Links belong to the people counted.
LOSS_ORDER: tuple[str, ...] = (
    "passions",
    "skills",
    "people",
    "communities",
    "channels",
    "person_questions",
    "user_kinds",
    "ledger_entries",
    "sent_messages",
    "follow_ups",
    "weekly_reviews",
)


def data_at_risk(store: Store) -> dict[str, int]:
    """Counts of the workspace's own data that replacing it would delete: non-zero ones only, in LOSS_ORDER.

    An empty dict means there is nothing to lose (a new or cleared workspace)."""
    counts = {**store.counts(), "user_kinds": kind_queries.count_user_kinds(store)}
    return {name: counts[name] for name in LOSS_ORDER if counts[name]}


def describe_loss(loss: dict[str, int], lang: str) -> str:
    """'12 people, 400 ledger entries, ...' in `lang`, for a confirmation."""
    return translate("loss.separator", lang).join(
        translate(f"loss.{name}" + ("_one" if count == 1 else ""), lang, count=count) for name, count in loss.items()
    )
