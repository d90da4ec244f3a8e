"""The coaching parts' cached reads: each lives until the next write of the workspace (frentor.ui.caching).

A draft costs 170-450 ms at a million ledger entries (it reads the person's gifts, questions, trades, follow-ups and
sent messages): it is cached per data version and per input, so typing in the composer never composes again.
"""

from __future__ import annotations

import datetime as dt

from frentor import composer, report_back, weekly_review
from frentor.composer import Draft
from frentor.homework import Question, get_homework
from frentor.report_back import FollowUp
from frentor.settings import SENDER_NAME
from frentor.store import Store
from frentor.ui.balance.data import all_open_follow_ups, health_frame, today_nudges
from frentor.ui.caching import cached_read


@cached_read(max_entries=64)
def draft(
    store: Store,
    person_id: str,
    kind: str,
    lang: str,
    today: dt.date,
    question_id: str | None,
    follow_up_id: str | None,
    sender: str,
) -> Draft:
    return composer.compose(
        store, person_id, kind, lang, today, question_id=question_id, follow_up_id=follow_up_id, sender=sender
    )


@cached_read(max_entries=32)
def suggested_kind(store: Store, person_id: str, today: dt.date) -> str:
    return composer.suggest_kind(store, person_id, today)


@cached_read(max_entries=32)
def open_questions(store: Store, person_id: str) -> tuple[Question, ...]:
    """The person's questions not asked yet, oldest first."""
    homework = get_homework(store, person_id)
    return tuple(q for q in homework.questions if not q.asked) if homework else ()


@cached_read(max_entries=32)
def open_follow_ups(store: Store, person_id: str) -> list[FollowUp]:
    """The person's open report-back follow-ups, soonest due first."""
    return report_back.open_follow_ups(store, person_id=person_id)


@cached_read(max_entries=8)
def sender_name(store: Store) -> str:
    return store.get_setting(SENDER_NAME)


@cached_read(max_entries=8)
def weekly(store: Store, today: dt.date) -> weekly_review.WeeklyReview:
    """This week's review (it reuses the nudges Home shows, and the relationship health they come from)."""
    return weekly_review.weekly_review(
        store,
        today,
        health=health_frame(store, today),
        due=today_nudges(store, today),
        open_follow_ups=all_open_follow_ups(store),
    )
