"""Detail tab "Homework": the four-item checklist before reaching out with the work of theirs you engaged with (the
composer quotes it), and the questions prepared for them (each can be marked as answered by them in public)."""

from __future__ import annotations

import streamlit as st

from frentor.homework import (
    HOMEWORK_ITEMS,
    HOMEWORK_NOTES_LIMIT,
    QUESTION_LIMIT,
    add_question,
    delete_question,
    mark_question_answered_publicly,
    mark_question_asked,
    set_homework,
    set_homework_notes,
)
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import act_in_fragment, show_failure
from frentor.ui.i18n import t
from frentor.ui.people import data
from frentor.ui.people.detail import DETAIL
from frentor.ui.people.results import RESULTS

HOMEWORK_SLOT = "people_homework"  # where a refused homework save is shown
QUESTIONS_SLOT = "people_questions"  # where a refused question change is shown


def homework_tab(store: Store, person_id: str) -> None:
    detail = data.detail(store, person_id)
    if detail is None:
        return
    _checklist(store, person_id, detail)
    _questions(store, person_id, detail)


def _checklist(store: Store, pid: str, detail: data.PersonDetail) -> None:
    homework = detail.homework
    st.caption(t("people.homework.caption"))
    total = len(HOMEWORK_ITEMS)
    st.progress(homework.done / total, text=t("people.homework.progress", done=homework.done, total=total))
    show_failure(HOMEWORK_SLOT)
    with st.form(f"person_homework_form_{pid}", border=False):
        for item in HOMEWORK_ITEMS:
            st.checkbox(t(f"homework.{item}"), value=homework.items[item], key=_tick_key(item, pid))
        st.text_area(
            t("field.homework_notes"),
            value=homework.notes,
            key=_notes_key(pid),
            max_chars=HOMEWORK_NOTES_LIMIT,
            help=t("homework.notes.help"),
            height=80,
        )
        st.form_submit_button(
            t("people.homework.save"), key=f"person_homework_save_{pid}", on_click=_save_homework, args=(store, pid)
        )


def _questions(store: Store, pid: str, detail: data.PersonDetail) -> None:
    st.markdown("**" + t("people.questions.title") + "**")
    st.caption(t("people.questions.caption"))
    show_failure(QUESTIONS_SLOT)
    questions = detail.homework.questions
    if not questions:
        st.caption(t("people.questions.none"))
    for qid, text, asked, public in ((q.id, q.text, q.asked, q.answered_publicly) for q in questions):
        q_left, q_right = st.columns([5, 1], vertical_alignment="center")
        q_left.checkbox(
            escape_markdown(text),
            value=bool(asked),
            key=f"person_q_asked_{qid}",
            on_change=_toggle_asked,
            args=(store, qid, f"person_q_asked_{qid}"),
            help=t("people.questions.asked"),
        )
        q_left.checkbox(
            t("homework.answered_publicly"),
            value=bool(public),
            key=f"person_q_public_{qid}",
            on_change=_toggle_public,
            args=(store, qid, f"person_q_public_{qid}"),
            help=t("homework.answered_publicly_help"),
        )
        # Two clicks, the second naming the question: a removed question cannot be brought back.
        with q_right.popover(t("people.questions.delete"), icon=":material/close:"):
            st.caption(t("people.questions.delete_confirm", question=escape_markdown(text)))
            st.button(
                t("ui.confirm_delete"),
                key=f"person_q_delete_{qid}",
                type="primary",
                on_click=_remove_question,
                args=(store, qid),
            )
    with st.form(f"person_question_form_{pid}", clear_on_submit=True, border=False):
        st.text_input(t("people.questions.new"), key=_new_question_key(pid), max_chars=QUESTION_LIMIT)
        st.form_submit_button(
            t("people.questions.add"), key=f"person_question_add_{pid}", on_click=_add_question, args=(store, pid)
        )


def _tick_key(item: str, person_id: str) -> str:
    return f"person_hw_{item}_{person_id}"


def _notes_key(person_id: str) -> str:
    return f"person_hw_notes_{person_id}"


def _new_question_key(person_id: str) -> str:
    return f"person_question_new_{person_id}"


# Callbacks. Homework shows in the table (its progress column) and in the other tabs (stage checks, give-first
# advice); questions only in this view (stage checks, what a delete takes along).
def _save_homework(store: Store, person_id: str) -> None:
    ticks = {item: bool(st.session_state.get(_tick_key(item, person_id))) for item in HOMEWORK_ITEMS}
    notes = st.session_state.get(_notes_key(person_id)) or ""

    def save() -> None:
        set_homework_notes(store, person_id, notes)  # first: it is the one that can refuse (nothing saved then)
        set_homework(store, person_id, ticks)

    act_in_fragment(
        HOMEWORK_SLOT,
        save,
        success=t("people.homework.saved"),
        rerun=[DETAIL, RESULTS],
    )


def _add_question(store: Store, person_id: str) -> None:
    text = st.session_state.get(_new_question_key(person_id)) or ""
    act_in_fragment(
        QUESTIONS_SLOT,
        lambda: add_question(store, person_id, text),
        success=t("people.questions.added"),
        rerun=[DETAIL],
    )


def _toggle_asked(store: Store, question_id: str, widget_key: str) -> None:
    asked = bool(st.session_state.get(widget_key))
    act_in_fragment(QUESTIONS_SLOT, lambda: mark_question_asked(store, question_id, asked), rerun=[DETAIL])


def _toggle_public(store: Store, question_id: str, widget_key: str) -> None:
    answered = bool(st.session_state.get(widget_key))
    act_in_fragment(
        QUESTIONS_SLOT, lambda: mark_question_answered_publicly(store, question_id, answered), rerun=[DETAIL]
    )


def _remove_question(store: Store, question_id: str) -> None:
    act_in_fragment(QUESTIONS_SLOT, lambda: delete_question(store, question_id), rerun=[DETAIL])
