"""Detail tab "Write a message": a draft built from what Frentor knows about the person, coaching notes beside it,
and "I sent it", which logs the message so the ledger, balance and nudges know.

The kind of message starts at the one that fits now (frentor.composer.suggest_kind). The draft is plain text in an
editable text area (never Markdown); below it a code block shows the same text with Streamlit's own copy button.
The notes come from the domain as Markdown with user text escaped; they never block anything. After "I sent it"
the composer starts afresh for the person (the next suggestion, a new draft).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import clock
from frentor.composer import MESSAGE_KINDS, Draft
from frentor.homework import Question
from frentor.i18n import CATALOG
from frentor.markdown import escape_markdown
from frentor.messages import log_sent
from frentor.report_back import report_back
from frentor.store import Store
from frentor.ui.actions import act_in_fragment, show_failure
from frentor.ui.coaching import data
from frentor.ui.coaching.labels import message_kind_label
from frentor.ui.coaching.report_back import follow_up_part
from frentor.ui.coaching.sender import sender_field
from frentor.ui.i18n import current_language, t
from frentor.ui.people import data as people_data
from frentor.ui.people.detail import DETAIL
from frentor.ui.people.picker import take_request
from frentor.ui.people.results import RESULTS

COMPOSE_TAB = "people.tab.compose"  # the tab's label key: Home's hand-over opens it (picker.open_person)
SEND_SLOT = "people_compose_send"  # where a refused "I sent it" is shown
QUESTION_KINDS = ("first_contact", "follow_up", "question")  # kinds whose draft asks one of the prepared questions
DRAFT_HEIGHT = 300
COPY_HEIGHT = 160  # the copy block scrolls: its button copies all of it, and the text is right above it
NOTE_ICONS = {"warning": ":material/lightbulb:", "info": ":material/info:"}


def compose_tab(store: Store, person_id: str) -> None:
    """The DetailTab entry."""
    message_composer(store, person_id, clock.today())


def message_composer(store: Store, person_id: str, today: dt.date) -> None:
    detail = people_data.detail(store, person_id)
    if detail is None:
        return
    _take_hand_over(person_id)
    st.caption(t("compose.ui.caption"))
    sender = sender_field(store)
    kind = _kind_picker(store, person_id, today)
    follow_up_id = follow_up_part(store, person_id, today) if kind == "report_back" else None
    # Only a question the user picked is passed on: otherwise the domain picks (one they have not answered in public).
    question_id = st.session_state.get(_key("question_chosen", person_id)) if kind in QUESTION_KINDS else None
    draft = data.draft(store, person_id, kind, current_language(), today, question_id, follow_up_id, sender)
    if kind in QUESTION_KINDS:
        _question_picker(store, person_id, draft.question_id)
    # The notes first: on a phone the columns stack, and the coach should speak before the message is sent.
    notes_column, text_column = st.columns([2, 3], gap="medium")
    with notes_column:
        _notes(draft)
    with text_column:
        _editor(person_id, draft)
    _send(store, person_id, detail.person.name, draft, today)


def _key(name: str, person_id: str) -> str:
    return f"compose_{name}_{person_id}"


def _take_hand_over(person_id: str) -> None:
    """Home's "Write the report-back" opens the composer on that follow-up: set this part's own widgets."""
    follow_up_id = take_request(person_id, "follow_up_id")
    if follow_up_id:
        st.session_state[_key("kind", person_id)] = "report_back"
        st.session_state[_key("follow_up", person_id)] = follow_up_id


def _kind_picker(store: Store, person_id: str, today: dt.date) -> str:
    suggested = data.suggested_kind(store, person_id, today)
    labels = {kind: message_kind_label(kind) for kind in MESSAGE_KINDS}
    kind = st.segmented_control(
        t("field.message_kind"),
        list(MESSAGE_KINDS),
        default=suggested,
        required=True,
        format_func=labels.__getitem__,
        key=_key("kind", person_id),
        help=t("compose.ui.suggested", kind=labels[suggested]),
    )
    return kind or suggested


def _question_picker(store: Store, person_id: str, asked: str | None) -> None:
    """The prepared questions not asked yet, showing the one the draft asks."""
    questions = data.open_questions(store, person_id)
    if not questions:
        return
    labels = {
        q.id: t("compose.ui.question_public", question=q.text) if q.answered_publicly else q.text for q in questions
    }
    key = _key("question", person_id)
    st.session_state[key] = asked if asked in labels else next(iter(labels))  # before the widget is drawn
    st.selectbox(
        t("compose.ui.question"),
        list(labels),
        format_func=lambda qid: labels.get(qid, qid),
        key=key,
        on_change=_choose_question,
        args=(person_id,),
    )


def _question_label(question: Question) -> str:
    return t("compose.ui.question_public", question=question.text) if question.answered_publicly else question.text


def _choose_question(person_id: str) -> None:
    st.session_state[_key("question_chosen", person_id)] = st.session_state.get(_key("question", person_id))


def _editor(person_id: str, draft: Draft) -> None:
    """The draft to edit, then the same text with a copy button. A new draft (another kind, question or fact)
    replaces the text; the user's edits stay while the draft stays the same."""
    text_key, shown_key = _key("text", person_id), _key("drafted", person_id)
    if st.session_state.get(shown_key) != draft.text:
        st.session_state[shown_key] = draft.text
        st.session_state[text_key] = draft.text
    text = st.text_area(t("compose.ui.draft"), key=text_key, height=DRAFT_HEIGHT)
    st.caption(t("compose.ui.copy"))
    # language=None: plain text, nothing highlighted or rendered; the block has Streamlit's copy button.
    st.code(text or "", language=None, wrap_lines=True, height=COPY_HEIGHT)


def _notes(draft: Draft) -> None:
    st.markdown("**" + t("compose.ui.notes") + "**")
    if not draft.notes:
        st.success(t("compose.ui.notes_none"), icon=":material/check:")
    for note in draft.notes:
        show = st.warning if note.level == "warning" else st.info
        show(note.message, icon=NOTE_ICONS.get(note.level))  # Markdown from the domain, user text escaped there
    if draft.gifts:
        st.markdown("**" + t("compose.ui.gifts") + "**")
        st.markdown(
            "\n".join(
                "- " + t("compose.ui.gift_item", date=gift.occurred_on.isoformat(), kind=_gift_kind(gift))
                for gift in draft.gifts
            )
        )


def _gift_kind(gift) -> str:
    if gift.kind_key and f"kind.{gift.kind_key}" in CATALOG:
        return t(f"kind.{gift.kind_key}")
    return escape_markdown(gift.kind_name or gift.kind_key or "")


def _send(store: Store, person_id: str, name: str, draft: Draft, today: dt.date) -> None:
    show_failure(SEND_SLOT)
    with st.container(horizontal=True, vertical_alignment="bottom", gap="small"):
        st.date_input(
            t("compose.ui.sent_on"), value=today, key=_key("sent_on", person_id), format="YYYY-MM-DD", width=180
        )
        st.button(
            t("compose.ui.sent"),
            key=_key("send", person_id),
            type="primary",
            icon=":material/send:",
            help=t("compose.ui.sent_help"),
            on_click=_sent,
            args=(store, person_id, name, draft, today),
        )


def _sent(store: Store, person_id: str, name: str, draft: Draft, today: dt.date) -> None:
    sent_on = st.session_state.get(_key("sent_on", person_id)) or today

    def log() -> object:
        if draft.follow_up_id is not None:  # closes the loop: value given, follow-up closed
            result = report_back(store, draft.follow_up_id, sent_on, today=today)
        else:
            result = log_sent(store, person_id, draft.kind, sent_on, question_id=draft.question_id, today=today)
        _start_afresh(person_id)
        return result

    act_in_fragment(
        SEND_SLOT,
        log,
        success=t(
            "compose.ui.logged",
            kind=message_kind_label(draft.kind),
            name=escape_markdown(name),
            date=sent_on.isoformat(),
        ),
        rerun=[DETAIL, RESULTS],  # the view (questions asked, give-first advice, stage checks) and the table
    )


def _start_afresh(person_id: str) -> None:
    for name in ("kind", "question", "question_chosen", "follow_up", "text", "drafted", "sent_on"):
        st.session_state.pop(_key(name, person_id), None)
