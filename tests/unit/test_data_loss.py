"""What replacing or clearing a workspace would lose (frentor/data_loss.py), counted and named."""

from frentor.data_loss import LOSS_ORDER, data_at_risk, describe_loss
from frentor.demo import load_demo
from frentor.kinds import add_kind, ensure_default_kinds
from frentor.store import TABLES
from tests.conftest import TODAY


def test_data_at_risk_counts_what_replacing_the_workspace_would_lose(store, other_store):
    ensure_default_kinds(store)
    assert data_at_risk(store) == {}, "built-in kinds and settings are not the user's data"
    load_demo(store, people=6, entries=30, today=TODAY)
    add_kind(store, "Bought them lunch", 3)
    loss = data_at_risk(store)
    assert loss["people"] == 6 and loss["ledger_entries"] == 30 and loss["user_kinds"] == 1
    assert loss["passions"] > 0 and all(count > 0 for count in loss.values())
    assert data_at_risk(other_store) == {}
    text = describe_loss(loss, "en")
    assert "6 people" in text and "30 ledger entries" in text and "1 kind of your own" in text
    assert "6" in describe_loss(loss, "zh")


def test_every_table_of_user_data_is_counted_as_a_loss():
    """A new table of user data must be named before it is lost (links belong to people; kinds are counted as
    user_kinds, the built-ins come back; settings are preferences)."""
    details = {"person_passions", "person_communities", "person_skills", "value_kinds", "settings"}
    assert set(TABLES) - details <= set(LOSS_ORDER)
    assert set(LOSS_ORDER) - {"user_kinds"} <= set(TABLES)
