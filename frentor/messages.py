"""Messages to a person: the kinds the composer writes, and logging one as sent.

A sent message is logged twice, in one transaction: as a ledger entry (so balance, health and nudges know you were
in touch) and in the message log (which kind of message, when, and which question or follow-up it settled).
Asking and reaching out are contact, not value: their kinds carry 0 points, so the balance is unchanged. A report
back is value given ("thank you, part 2") and closes its follow-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from frentor.errors import FrentorError, ValidationError
from frentor.ids import new_id
from frentor.kinds import default_kind_id, ensure_default_kinds, get_kind
from frentor.ledger import NewEntry, log_entry
from frentor.store import Store
from frentor.store import follow_ups as follow_up_queries
from frentor.store import messages as queries
from frentor.validation import clean_choice, clean_date

MESSAGE_KINDS: tuple[str, ...] = ("first_contact", "follow_up", "question", "skill_trade", "report_back")
# The ledger kind each message is logged as (built-in kinds, see frentor.kinds.COACHING_KINDS).
ENTRY_KIND: dict[str, str] = {
    "first_contact": "reached_out",
    "follow_up": "reached_out",
    "question": "asked",
    "skill_trade": "reached_out",
    "report_back": "report_back",
}


class FollowUpNotOpenError(FrentorError):
    """The follow-up a report back should close is closed already, or belongs to someone else."""


@dataclass(frozen=True)
class SentMessage:
    id: str
    entry_id: str
    person_id: str
    kind: str
    sent_on: dt.date
    question_id: str | None
    follow_up_id: str | None


def clean_message_kind(kind: object) -> str:
    return clean_choice(kind, "field.message_kind", MESSAGE_KINDS)


def log_sent(
    store: Store,
    person_id: str,
    kind: str,
    sent_on: dt.date,
    *,
    question_id: str | None = None,
    follow_up_id: str | None = None,
    note: str = "",
    today: dt.date | None = None,
) -> SentMessage:
    """Log that a message of `kind` was sent to a person on `sent_on`, all in one transaction:

    - a ledger entry of the message's kind (ENTRY_KIND) with its default points, direction 'gave';
    - the message log row;
    - the question it asked (`question_id`, one of the person's) is marked asked;
    - a report back closes `follow_up_id` (an open follow-up of this person), else nothing is written.
    """
    kind = clean_message_kind(kind)
    sent_on = clean_date(sent_on, "field.date")
    if follow_up_id is not None and kind != "report_back":
        raise ValueError("only a report back closes a follow-up")
    kind_id = default_kind_id(ENTRY_KIND[kind])
    if get_kind(store, kind_id) is None:  # a workspace made before the coaching kinds existed
        ensure_default_kinds(store)
    message_id = new_id()

    def record(cur: duckdb.DuckDBPyConnection, entry_id: str) -> None:
        if question_id is not None and not queries.mark_question_asked(cur, store.workspace, question_id, person_id):
            raise ValidationError.single("field.person_question", "validation.unknown")
        if follow_up_id is not None and not follow_up_queries.close_with_entry(
            cur, store.workspace, follow_up_id, person_id, sent_on, entry_id
        ):
            raise FollowUpNotOpenError("report_back.not_open")
        queries.insert_sent(
            cur,
            store.workspace,
            message_id,
            person_id=person_id,
            message_kind=kind,
            sent_on=sent_on,
            entry_id=entry_id,
            question_id=question_id,
            follow_up_id=follow_up_id,
        )

    entry = NewEntry(occurred_on=sent_on, direction="gave", kind_id=kind_id, person_id=person_id, note=note)
    entry_id = log_entry(store, entry, today=today, then=record)
    return SentMessage(message_id, entry_id, person_id, kind, sent_on, question_id, follow_up_id)


def sent_messages(store: Store, person_id: str) -> pd.DataFrame:
    """A person's sent messages, newest first: id, message_kind, sent_on, entry_id, question_id, follow_up_id."""
    return queries.sent_messages(store, person_id)
