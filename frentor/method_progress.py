"""Where the user is in the five steps of the method, judged from their data, with the next action for each step.

Step                      done when                                                      doing when
1 know your passion       a focus passion AND a skill on offer                           any passion or skill
2 choose people           3+ people AND at least one followed or further along           any person
3 give value first        homework done for someone AND given to someone                 either of the two
4 learn and teach         a community AND received from a mentor AND given to a mentee   any of the three
5 build trust, exchange   3+ two-way relationships active in the last 90 days            any two-way relationship
A two-way relationship has entries in both directions. The current step is the first one not done.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from frentor.health import ACTIVE_DAYS
from frentor.store import Store
from frentor.store import method_progress as progress_queries

STATUSES = ("done", "doing", "todo")
STEP_KEYS = ("passion", "people", "give", "learn_teach", "exchange")
MIN_PEOPLE = 3
MIN_TWO_WAY = 3


@dataclass(frozen=True)
class StepProgress:
    number: int  # 1..5
    key: str  # one of STEP_KEYS
    status: str  # done / doing / todo
    action: str  # what to do next: catalog key suffix (method.action.<action>)
    page: str  # page key of the link for that action
    facts: dict[str, int] = field(default_factory=dict)  # numbers shown with the step


def ledger_facts(health: pd.DataFrame) -> dict[str, int]:
    """Counts of people by what was exchanged with them, from a frentor.health.relationship_health frame."""
    if health.empty:
        return {"gave_people": 0, "learned_people": 0, "taught_people": 0, "two_way": 0, "two_way_active": 0}
    gave = health["gave_count"] > 0
    received = health["received_count"] > 0
    two_way = gave & received
    recent = health["days_since"].fillna(ACTIVE_DAYS + 1) < ACTIVE_DAYS
    return {
        "gave_people": int(gave.sum()),
        "learned_people": int(((health["role"] == "mentor") & received).sum()),
        "taught_people": int(((health["role"] == "mentee") & gave).sum()),
        "two_way": int(two_way.sum()),
        "two_way_active": int((two_way & recent).sum()),
    }


def evaluate(counts: dict[str, int], facts: dict[str, int]) -> list[StepProgress]:
    """The five steps from table counts (frentor.store.method_progress.counts) and ledger facts."""
    c, f = counts, facts
    steps: list[StepProgress] = []

    # 1. Know your passion and vision
    if c["focus_passions"] >= 1 and c["offer_skills"] >= 1:
        status, action, page = "done", "revisit_passions", "passions"
    elif c["passions"] + c["skills"] == 0:
        status, action, page = "todo", "brainstorm", "passions"
    elif c["focus_passions"] == 0:
        status, action, page = "doing", "narrow", "passions"
    else:
        status, action, page = "doing", "list_skills", "skills"
    steps.append(
        StepProgress(
            1,
            "passion",
            status,
            action,
            page,
            {"focus": c["focus_passions"], "offer": c["offer_skills"]},
        )
    )

    # 2. Choose potential mentors and frentors
    if c["people"] >= MIN_PEOPLE and c["following_people"] >= 1:
        status, action, page = "done", "review_shortlist", "shortlist"
    elif c["people"] == 0:
        status, action, page = "todo", "add_people", "people"
    elif c["people"] < MIN_PEOPLE:
        status, action, page = "doing", "add_people", "people"
    else:
        status, action, page = "doing", "follow_someone", "people"
    steps.append(
        StepProgress(2, "people", status, action, page, {"people": c["people"], "following": c["following_people"]})
    )

    # 3. Give value and invest sincerely
    homework, gave = c["homework_done_people"], f["gave_people"]
    if homework >= 1 and gave >= 1:
        status, action, page = "done", "keep_giving", "ledger"
    elif homework == 0 and gave == 0:
        status, action, page = "todo", "do_homework", "people"
    elif homework == 0:
        status, action, page = "doing", "do_homework", "people"
    else:
        status, action, page = "doing", "give_first", "ledger"
    steps.append(StepProgress(3, "give", status, action, page, {"homework": homework, "gave": gave}))

    # 4. Learn and teach
    communities, learned, taught = c["communities"], f["learned_people"], f["taught_people"]
    if communities >= 1 and learned >= 1 and taught >= 1:
        status, action, page = "done", "see_learn_teach", "balance"
    else:
        status = "doing" if communities + learned + taught > 0 else "todo"
        if communities == 0:
            action, page = "join_community", "people"
        elif learned == 0:
            action, page = "learn_from_mentor", "ledger"
        else:
            action, page = "teach_mentee", "ledger"
    steps.append(
        StepProgress(
            4,
            "learn_teach",
            status,
            action,
            page,
            {"communities": communities, "mentors": learned, "mentees": taught},
        )
    )

    # 5. Build trust and exchange
    two_way, active = f["two_way"], f["two_way_active"]
    if active >= MIN_TWO_WAY:
        status, action, page = "done", "keep_balanced", "balance"
    elif two_way >= 1:
        status, action, page = "doing", "grow_two_way", "balance"
    else:
        status, action, page = "todo", "trade_skills", "shortlist"
    steps.append(StepProgress(5, "exchange", status, action, page, {"two_way": two_way, "active": active}))
    return steps


def method_progress(store: Store, health: pd.DataFrame) -> list[StepProgress]:
    """The five steps for this workspace; `health` is frentor.health.relationship_health(store, today)."""
    return evaluate(progress_queries.counts(store), ledger_facts(health))


def current_step(steps: list[StepProgress]) -> StepProgress | None:
    """The first step that is not done, or None when all five are."""
    return next((step for step in steps if step.status != "done"), None)
