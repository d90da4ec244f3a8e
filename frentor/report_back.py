"""Report back ("thank you, part 2", Jenny Blake): act on advice, then tell the person what came of it.

Logging advice, an introduction or a referral received from a person (frentor.ledger.log_entry) opens a follow-up,
due kinds.REPORT_BACK_DAYS days after the help. Open follow-ups that are due show in Home's nudges; the composer's
report-back draft quotes the help and what you did with it (the follow-up's outcome). Sending the report back
(frentor.messages.log_sent with kind 'report_back') logs it as value given and closes the follow-up. A follow-up can
also be dismissed (nothing to tell), and its due date and outcome edited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from frentor.errors import FrentorError
from frentor.messages import FollowUpNotOpenError, SentMessage, log_sent
from frentor.store import Store
from frentor.store import follow_ups as queries
from frentor.validation import OUTCOME_LIMIT, clean_date, clean_text


class FollowUpNotFoundError(FrentorError):
    """No such follow-up in this workspace (deleted meanwhile, or another workspace's id)."""


@dataclass(frozen=True)
class FollowUp:
    id: str
    person_id: str
    person: str  # the person's name: user text, escape before Markdown
    role: str
    entry_id: str  # the help received
    kind_key: str | None  # built-in kind of the help ('advice', 'introduction', ...); None for a user kind
    kind_name: str  # a user kind's name ('' for built-ins)
    received_on: dt.date
    note: str  # the received entry's note
    due_on: dt.date
    outcome: str  # what you did with it (user text)
    closed_on: dt.date | None
    closing_entry_id: str | None  # the report back logged as value given (None: open, or dismissed)

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    def is_due(self, today: dt.date) -> bool:
        return self.is_open and self.due_on <= today

    def days_overdue(self, today: dt.date) -> int:
        return max(0, (today - self.due_on).days)


def _date(value) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _follow_ups(frame: pd.DataFrame) -> list[FollowUp]:
    return [
        FollowUp(
            id=row.id,
            person_id=row.person_id,
            person=row.person,
            role=row.role,
            entry_id=row.entry_id,
            kind_key=_text(row.kind_key) or None,
            kind_name=_text(row.kind_name),
            received_on=_date(row.received_on),
            note=_text(row.note),
            due_on=_date(row.due_on),
            outcome=_text(row.outcome),
            closed_on=_date(row.closed_on),
            closing_entry_id=_text(row.closing_entry_id) or None,
        )
        for row in frame.itertuples(index=False)
    ]


def open_follow_ups(store: Store, *, person_id: str | None = None) -> list[FollowUp]:
    """Open follow-ups (of one person, or everyone not archived), soonest due first."""
    return _follow_ups(queries.list_follow_ups(store, person_id=person_id))


def due_follow_ups(store: Store, today: dt.date) -> list[FollowUp]:
    """Open follow-ups due today or earlier, most overdue first."""
    return _follow_ups(queries.list_follow_ups(store, due_by=today))


def all_follow_ups(store: Store, *, person_id: str | None = None) -> list[FollowUp]:
    """Open follow-ups first (soonest due first), then closed ones."""
    return _follow_ups(queries.list_follow_ups(store, person_id=person_id, include_closed=True))


def get_follow_up(store: Store, follow_up_id: str) -> FollowUp | None:
    found = _follow_ups(queries.list_follow_ups(store, follow_up_id=follow_up_id, include_closed=True))
    return found[0] if found else None


def set_due(store: Store, follow_up_id: str, due_on: dt.date | str) -> None:
    """Move a follow-up's due date (the default is only a default)."""
    day = clean_date(due_on, "field.follow_up_due")
    if not queries.set_due(store, follow_up_id, day):
        raise FollowUpNotFoundError("report_back.not_found")


def set_outcome(store: Store, follow_up_id: str, outcome: str) -> None:
    """Write down what you did with their help; the report-back draft tells them."""
    text = clean_text(outcome, "field.follow_up_outcome", limit=OUTCOME_LIMIT)
    if not queries.set_outcome(store, follow_up_id, text):
        raise FollowUpNotFoundError("report_back.not_found")


def dismiss(store: Store, follow_up_id: str, today: dt.date) -> None:
    """Close a follow-up without a report (nothing logged). Closed already: refused."""
    if not queries.dismiss(store, follow_up_id, today):
        if get_follow_up(store, follow_up_id) is None:
            raise FollowUpNotFoundError("report_back.not_found")
        raise FollowUpNotOpenError("report_back.not_open")


def reopen(store: Store, follow_up_id: str) -> None:
    """Open a closed follow-up again (the report back it was closed with, if any, stays in the ledger)."""
    if not queries.reopen(store, follow_up_id):
        raise FollowUpNotFoundError("report_back.not_found")


def report_back(
    store: Store, follow_up_id: str, sent_on: dt.date, *, note: str = "", today: dt.date | None = None
) -> SentMessage:
    """Close the loop: log the report back as value given to the person and close the follow-up, in one transaction."""
    follow_up = get_follow_up(store, follow_up_id)
    if follow_up is None:
        raise FollowUpNotFoundError("report_back.not_found")
    return log_sent(
        store, follow_up.person_id, "report_back", sent_on, follow_up_id=follow_up_id, note=note, today=today
    )
