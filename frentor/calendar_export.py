"""The method's next steps in your calendar: an iCalendar (.ics, RFC 5545) file of to-dos and events.

* One VTODO per person (not archived) with a dated next action: DUE is that date, SUMMARY names the action and the
  person, DESCRIPTION says where they are in the pipeline and what the method expects by the next stage
  (frentor.stages.RULES).
* One VEVENT per community event in the next EVENT_HORIZON_DAYS (all-day, on its start date).
* UIDs come from the person's or community's id (uuid5), which an export/import keeps: importing the file again, or
  a newer one, updates the same to-dos and events instead of duplicating them.
* The icalendar library writes the file: CRLF line ends, text escaped, and lines folded at 75 octets without
  cutting a UTF-8 character, so Chinese text folds correctly too.
"""

from __future__ import annotations

import datetime as dt
import uuid

from icalendar import Calendar, Event, Todo

from frentor import clock
from frentor.communities import upcoming_events
from frentor.i18n import translate
from frentor.stages import PAUSED, RULES, next_stage
from frentor.store import Store
from frentor.store import calendar as queries

EVENT_HORIZON_DAYS = 366
MAX_EVENTS = 1000
FILE_NAME = "frentor.ics"
MEDIA_TYPE = "text/calendar"
# A fixed namespace: the same person id gives the same UID in every export, on every machine.
_NAMESPACE = uuid.UUID("6f1c2b1e-5a0d-4c0e-9a57-0f6a7c1d2e30")


def todo_uid(person_id: str) -> str:
    return f"{uuid.uuid5(_NAMESPACE, 'next-action:' + person_id)}@frentor"


def event_uid(community_id: str) -> str:
    return f"{uuid.uuid5(_NAMESPACE, 'event:' + community_id)}@frentor"


def _method_suggests(stage: str, lang: str) -> list[str]:
    """What the method expects by the person's next stage, one line each."""
    target = next_stage(stage)
    if target is None:
        return [translate("calendar.keep_going", lang)]
    lines = [translate("calendar.next_stage", lang, stage=translate(f"stage.{target}", lang))]
    lines += ["• " + translate(f"stage_rule.{rule}", lang) for rule in RULES[target]]
    if stage == PAUSED:
        lines.insert(0, translate("calendar.paused", lang))
    return lines


def _todo(row: tuple, lang: str, stamp: dt.datetime) -> Todo:
    person_id, name, role, stage, action, due, email, profile_url = row
    todo = Todo()
    todo.add("uid", todo_uid(person_id))
    todo.add("dtstamp", stamp)
    todo.add("due", due)
    if action:
        todo.add("summary", translate("calendar.todo_summary", lang, action=action, name=name))
    else:
        todo.add("summary", translate("calendar.todo_summary_no_action", lang, name=name))
    description = [
        translate(
            "calendar.role_stage", lang, role=translate(f"role.{role}", lang), stage=translate(f"stage.{stage}", lang)
        ),
        *_method_suggests(stage, lang),
    ]
    description += [line for line in (email, profile_url) if line]
    todo.add("description", "\n".join(description))
    todo.add("status", "NEEDS-ACTION")
    return todo


def _event(row: dict, lang: str, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(row["id"]))
    event.add("dtstamp", stamp)
    event.add("dtstart", row["starts_on"])
    event.add("dtend", row["starts_on"] + dt.timedelta(days=1))  # all day: DTEND is exclusive
    event.add("summary", row["name"])
    description = [translate(f"communities.kind.{row['kind']}", lang)]
    if row["notes"]:
        description.append(row["notes"])
    event.add("description", "\n".join(description))
    if row["url"]:
        event.add("url", row["url"])
    event.add("transp", "TRANSPARENT")  # a reminder of the date, not a busy block
    return event


def calendar_ics(
    store: Store, *, lang: str = "en", today: dt.date | None = None, now: dt.datetime | None = None
) -> bytes:
    """The workspace's next actions and upcoming events as an .ics file (bytes, UTF-8), in `lang` ("en"/"zh")."""
    today = today or clock.today()
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//Frentor//Frentor//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate("calendar.name", lang))
    for row in queries.dated_next_actions(store):
        calendar.add_component(_todo(row, lang, stamp))
    events = upcoming_events(store, today, days=EVENT_HORIZON_DAYS, limit=MAX_EVENTS)
    for row in events.to_dict("records"):
        calendar.add_component(_event(row, lang, stamp))
    return calendar.to_ical()


def count_items(ics: bytes) -> tuple[int, int]:
    """(to-dos, events) in a file written by calendar_ics: for messages."""
    return ics.count(b"BEGIN:VTODO"), ics.count(b"BEGIN:VEVENT")
