"""The message composer: a first draft of a message to one person, built from what Frentor knows about them, with
coaching notes on what would make it better. The user edits the draft, sends it elsewhere, then logs it
(frentor.messages.log_sent with the draft's kind, question_id and follow_up_id).

Kinds (frentor.messages.MESSAGE_KINDS): first contact, follow-up after giving, one specific question, a skill-trade
proposal, and a report back on help received ("thank you, part 2"). Each draft is a greeting, a body, one small
concrete ask and a closing. Missing data never blocks: the draft leaves a [bracketed placeholder] and a note says
what is missing.

Both languages are written, not translated: the English reads like a short e-mail or DM; the Chinese follows its
own conventions (greeting "名字，你好！", no spaces between sentences, a humble "冒昧打扰" in a first message, and
您 instead of 你 for a mentor). Chinese templates are written with 你 and turned respectful in one place
(`_Writer.say`); user text and the placeholders (which address the user) are never changed.

The draft is plain text (show it in a text area, never as Markdown); the notes are Markdown with user text escaped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from frentor import report_back
from frentor.composer_facts import ComposerFacts, Gift, Received, gather
from frentor.give_first import GIVE_FIRST_SUGGESTIONS
from frentor.homework import Question
from frentor.i18n import CATALOG, normalise_language
from frentor.markdown import escape_markdown
from frentor.messages import MESSAGE_KINDS, clean_message_kind
from frentor.store import Store

__all__ = ["MESSAGE_KINDS", "CoachNote", "Draft", "compose", "greeting_name", "suggest_kind"]

# Kinds where the message asks for something, so giving first and homework matter.
_ASKING_KINDS = ("first_contact", "follow_up", "question", "skill_trade")
# Gifts and help received with a phrase of their own in the catalog (compose.gift.<key>, compose.received.<key>).
_GIFT_PHRASES = (
    "bought_book",
    "rated_podcast",
    "shared_work",
    "thoughtful_comment",
    "attended_launch",
    "volunteered_event",
    "thank_you_note",
    "introduction",
    "skill_trade",
    "proofreading",
    "feedback",
    "referral",
    "taught",
    "advice",
    "report_back",
)
_RECEIVED_PHRASES = ("advice", "introduction", "referral")
_MAX_SKILLS = 2
_SENTENCE_ENDS = '.!?。！？…)）"”'
_CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True)
class CoachNote:
    key: str  # what it is about: give_first, homework, no_work, no_question, answered_publicly, ...
    level: str  # 'warning' (worth fixing before sending) or 'info'
    message: str  # translated Markdown; user text in it is escaped


@dataclass(frozen=True)
class Draft:
    person_id: str
    kind: str
    lang: str
    greeting: str
    body: str  # paragraphs separated by a blank line
    ask: str  # the one small, concrete ask
    closing: str
    notes: tuple[CoachNote, ...] = ()
    question_id: str | None = None  # the question asked: log_sent marks it asked
    follow_up_id: str | None = None  # the follow-up a report back closes
    gifts: tuple[Gift, ...] = field(default=())  # recent value given, for the UI to show beside the draft

    @property
    def text(self) -> str:
        """The whole message as plain text (edit it, copy it, send it)."""
        return "\n\n".join(part for part in (self.greeting, self.body, self.ask, self.closing) if part)

    @property
    def note_keys(self) -> tuple[str, ...]:
        return tuple(note.key for note in self.notes)


def greeting_name(name: str) -> str:
    """How a short message addresses someone: the first name of a Western name ('Ada' for 'Ada O'Brien'), the whole
    name otherwise (Chinese names, single names, and names starting with a title such as 'Dr.')."""
    parts = name.split()
    if len(parts) < 2 or _CJK.search(name) or parts[0].endswith("."):
        return name.strip()
    return parts[0]


class _Writer:
    """Catalog text in one language; Chinese turned respectful (你 -> 您) for a mentor."""

    def __init__(self, lang: str, formal: bool) -> None:
        self.lang = lang
        self.formal = formal and lang == "zh"
        self.sentence_gap = "" if lang == "zh" else " "

    def say(self, key: str, **params: str) -> str:
        template = CATALOG[key][self.lang]
        if self.formal:
            template = template.replace("你", "您")
        return template.format(**params)

    def plain(self, key: str, **params: str) -> str:
        """Text that addresses the user (placeholders, notes): never made formal."""
        return CATALOG[key][self.lang].format(**params)

    def join_list(self, items: list[str]) -> str:
        items = items[:_MAX_SKILLS]
        if len(items) < 2:
            return "".join(items)
        return self.plain("compose.list_separator").join(items[:-1]) + self.plain("compose.list_and") + items[-1]

    def paragraph(self, *sentences: str) -> str:
        return self.sentence_gap.join(s for s in sentences if s)


def _gift_clause(w: _Writer, gift: Gift | None) -> str:
    if gift is None:
        return w.plain("compose.placeholder.gift")
    if gift.kind_key in _GIFT_PHRASES:
        return w.say(f"compose.gift.{gift.kind_key}")
    return w.say("compose.gift.other", kind=gift.kind_name or gift.kind_key or "")


def _received_clause(w: _Writer, received: Received) -> str:
    key = received.kind_key if received.kind_key in _RECEIVED_PHRASES else "other"
    clause = w.say(f"compose.received.{key}")
    if received.note:
        clause += w.plain("compose.quote", text=received.note)
    return clause


def _finished(w: _Writer, sentence: str) -> str:
    """User text ending a sentence of ours: give it a full stop when it has no closing punctuation."""
    sentence = sentence.strip()
    return sentence if sentence[-1:] in _SENTENCE_ENDS else sentence + w.plain("compose.full_stop")


def _choose_question(facts: ComposerFacts, question_id: str | None) -> Question | None:
    """The question asked for, when it is theirs; else the oldest open one not answered publicly; else any."""
    chosen = next((q for q in facts.questions if q.id == question_id), None)
    if chosen is not None:
        return chosen
    fresh = [q for q in facts.questions if not q.answered_publicly]
    return (fresh or list(facts.questions) or [None])[0]


def _question_sentence(w: _Writer, question: Question | None) -> str:
    if question is None:
        return w.say("compose.question", question=w.plain("compose.placeholder.question"))
    key = "compose.question_deeper" if question.answered_publicly else "compose.question"
    return w.say(key, question=question.text)


def _work_sentence(w: _Writer, facts: ComposerFacts, *, placeholder: bool) -> str:
    work = facts.homework.notes
    if not work and not placeholder:
        return ""
    return w.say("compose.work", work=work or w.plain("compose.placeholder.work"))


def _body(w: _Writer, kind: str, facts: ComposerFacts, question: Question | None, sender: str) -> tuple[str, str]:
    """(body, ask) for one kind of message."""
    gift = facts.gifts[0] if facts.gifts else None
    offer = w.join_list(list(facts.offer_skills))
    learn = w.join_list(list(facts.learn_skills))
    paragraphs: list[str]
    if kind == "first_contact":
        me = sender or w.plain("compose.placeholder.me")
        intro = w.say("compose.intro", me=me, about=w.plain("compose.placeholder.about"))
        opening = w.paragraph(intro, _work_sentence(w, facts, placeholder=True))
        also = w.say("compose.gift_first_contact", gift=_gift_clause(w, gift)) if gift else ""
        paragraphs = [w.paragraph(opening, also), _question_sentence(w, question) if question else ""]
        ask = w.say("compose.ask.first_contact")
    elif kind == "follow_up":
        gave = w.say("compose.gift_follow_up", gift=_gift_clause(w, gift))
        help_more = w.say("compose.offer_more", skills=offer) if offer else ""
        paragraphs = [w.paragraph(gave, help_more), _question_sentence(w, question) if question else ""]
        ask = w.say("compose.ask.follow_up_question" if question else "compose.ask.follow_up")
    elif kind == "question":
        paragraphs = [_work_sentence(w, facts, placeholder=False), _question_sentence(w, question)]
        ask = w.say("compose.ask.question")
    elif kind == "skill_trade":
        offer_sentence = w.say("compose.trade_offer", skills=offer or w.plain("compose.placeholder.offer"))
        learn_sentence = w.say("compose.trade_learn", skills=learn or w.plain("compose.placeholder.learn"))
        trade = w.paragraph(w.say("compose.trade_intro"), offer_sentence, learn_sentence)
        paragraphs = [_work_sentence(w, facts, placeholder=False), trade]
        ask = w.say("compose.ask.skill_trade")
    else:  # report_back
        received = facts.received
        clause = _received_clause(w, received) if received else w.plain("compose.placeholder.received")
        outcome = _finished(w, received.outcome) if received and received.outcome else ""
        outcome = outcome or w.plain("compose.placeholder.outcome")
        paragraphs = [
            w.paragraph(w.say("compose.received", received=clause), w.say("compose.outcome", outcome=outcome)),
            w.say("compose.thanks"),
        ]
        ask = w.say("compose.ask.report_back")
    return "\n\n".join(p for p in paragraphs if p), ask


def _notes(w: _Writer, kind: str, facts: ComposerFacts, question: Question | None) -> tuple[CoachNote, ...]:
    name = escape_markdown(facts.person.name)
    notes: list[CoachNote] = []

    def add(key: str, level: str, message: str) -> None:
        notes.append(CoachNote(key, level, message))

    if kind in _ASKING_KINDS:
        if not facts.gifts:
            ideas = w.plain("compose.list_separator").join(
                w.plain(f"compose.suggest.{key}") for key in GIVE_FIRST_SUGGESTIONS
            )
            message = w.plain("compose.note.give_first", name=name, kinds=ideas)
            if facts.offer_skills:
                skills = ", ".join(escape_markdown(s) for s in facts.offer_skills)
                message += " " + w.plain("give_first.offer_skills", skills=skills)
            add("give_first", "warning", message)
        missing = facts.homework.missing
        if missing:
            items = w.plain("compose.list_separator").join(w.plain(f"homework.{item}") for item in missing)
            add("homework", "warning", w.plain("give_first.missing_homework", items=items))
    if kind == "first_contact":
        if not facts.homework.notes:
            add("no_work", "info", w.plain("compose.note.no_work"))
        if facts.sent:
            when = facts.sent[0].sent_on.isoformat()
            add("already_contacted", "info", w.plain("compose.note.already_contacted", name=name, date=when))
    if kind in ("first_contact", "follow_up", "question") and question is None:
        level = "warning" if kind == "question" else "info"
        add("no_question", level, w.plain("compose.note.no_question", name=name))
    if question is not None and question.answered_publicly and kind in ("first_contact", "follow_up", "question"):
        quoted = escape_markdown(question.text)
        add("answered_publicly", "warning", w.plain("compose.note.answered_publicly", question=quoted))
    if kind == "skill_trade" and not (facts.offer_skills or facts.learn_skills):
        add("no_trade", "warning", w.plain("compose.note.no_trade", name=name))
    if kind == "report_back":
        if facts.received is None:
            add("nothing_received", "warning", w.plain("compose.note.nothing_received", name=name))
        elif not facts.received.outcome:
            add("no_outcome", "warning", w.plain("compose.note.no_outcome"))
    return tuple(notes)


def compose(
    store: Store,
    person_id: str,
    kind: str,
    lang: str,
    today: dt.date,
    *,
    question_id: str | None = None,
    follow_up_id: str | None = None,
    sender: str = "",
) -> Draft:
    """A draft of a `kind` message to a person, in `lang` ('en' or 'zh'), with coaching notes.

    `question_id` picks one of the person's prepared questions (default: the oldest open one they have not answered
    in public); `follow_up_id` picks which help a report back is about (default: their most urgent open follow-up);
    `sender` signs the message (default: a placeholder where the introduction needs a name, no signature).
    Raises PersonNotFoundError for a person not in this workspace, ValidationError for an unknown kind.
    """
    kind = clean_message_kind(kind)
    lang = normalise_language(lang)
    facts = gather(store, person_id, today, follow_up_id=follow_up_id, with_received=kind == "report_back")
    writer = _Writer(lang, formal=facts.person.role == "mentor")
    question = _choose_question(facts, question_id) if kind in ("first_contact", "follow_up", "question") else None
    body, ask = _body(writer, kind, facts, question, sender.strip())
    closing_key = "compose.closing.ask" if kind in ("first_contact", "question", "skill_trade") else "compose.closing"
    closing = writer.say(closing_key)
    if sender.strip():
        closing += "\n" + sender.strip()
    return Draft(
        person_id=person_id,
        kind=kind,
        lang=lang,
        greeting=writer.say("compose.greeting", name=greeting_name(facts.person.name)),
        body=body,
        ask=ask,
        closing=closing,
        notes=_notes(writer, kind, facts, question),
        question_id=question.id if question is not None else None,
        follow_up_id=facts.received.follow_up_id if facts.received is not None else None,
        gifts=facts.gifts,
    )


def suggest_kind(store: Store, person_id: str, today: dt.date) -> str:
    """The message that fits best now, to preselect in the composer: a report back that is due; else a first contact
    if you never wrote; else a follow-up if you gave something since your last message; else a skill trade if one
    is possible; else one specific question."""
    if any(f.is_due(today) for f in report_back.open_follow_ups(store, person_id=person_id)):
        return "report_back"
    facts = gather(store, person_id, today, with_received=False)
    if not facts.sent:
        return "first_contact"
    if facts.gifts and facts.gifts[0].occurred_on >= facts.sent[0].sent_on:
        return "follow_up"
    if facts.offer_skills or facts.learn_skills:
        return "skill_trade"
    return "question"
