"""The stage pipeline: noticed -> following -> engaging -> conversation -> trusted, plus paused.

Moving a person forward is always the user's decision. Before each move the app shows what the method expects
by then (for example: you have read their work before you start engaging; you have given value and done your
homework before you ask for a conversation). Unmet expectations are a warning, never a block.
"""

from __future__ import annotations

from dataclasses import dataclass

from frentor.homework import HOMEWORK_ITEMS
from frentor.people import STAGES, PersonNotFoundError
from frentor.store import Store
from frentor.store import people as people_queries
from frentor.store import stages as queries
from frentor.validation import clean_choice

PIPELINE: tuple[str, ...] = ("noticed", "following", "engaging", "conversation", "trusted")
PAUSED = "paused"

# What the method expects once a person has reached a stage (cumulative along the pipeline).
# Each expectation is a catalog key: "stage_rule.<name>".
RULES: dict[str, tuple[str, ...]] = {
    "noticed": (),
    "following": ("knows_channel",),
    "engaging": ("read_work",),
    "conversation": ("gave_value", "homework_complete", "has_question"),
    "trusted": ("both_ways",),
}


@dataclass(frozen=True)
class StageFacts:
    stage: str
    homework: dict[str, bool]
    channels: int
    questions: int
    given_points: float
    received_points: float


@dataclass(frozen=True)
class Expectation:
    rule: str  # catalog key suffix: stage_rule.<rule>
    met: bool


@dataclass(frozen=True)
class StageMove:
    person_id: str
    from_stage: str
    to_stage: str
    unmet: tuple[Expectation, ...]  # what the method expected and was not there yet (the move happened anyway)


def _met(rule: str, facts: StageFacts) -> bool:
    if rule == "knows_channel":
        return facts.channels > 0
    if rule == "read_work":
        return facts.homework.get("homework_read_work", False)
    if rule == "gave_value":
        return facts.given_points > 0
    if rule == "homework_complete":
        return all(facts.homework.get(item, False) for item in HOMEWORK_ITEMS)
    if rule == "has_question":
        return facts.questions > 0
    if rule == "both_ways":
        return facts.given_points > 0 and facts.received_points > 0
    raise ValueError(f"unknown stage rule {rule!r}")


def next_stage(stage: str) -> str | None:
    """The next stage along the pipeline (None at the end; a paused person resumes at 'following')."""
    if stage == PAUSED:
        return "following"
    position = PIPELINE.index(stage)
    return PIPELINE[position + 1] if position + 1 < len(PIPELINE) else None


def is_forward(from_stage: str, to_stage: str) -> bool:
    """True when the move goes further along the pipeline (pausing and going back are never 'forward');
    resuming from paused counts as forward, so its expectations are shown."""
    if to_stage == PAUSED:
        return False
    if from_stage == PAUSED:
        return True
    return PIPELINE.index(to_stage) > PIPELINE.index(from_stage)


def expectations(target: str, facts: StageFacts) -> tuple[Expectation, ...]:
    """Everything the method expects by the time a person reaches `target`, met or not.

    Pausing and going back expect nothing.
    """
    if not is_forward(facts.stage, target):
        return ()
    rules = [rule for stage in PIPELINE[: PIPELINE.index(target) + 1] for rule in RULES[stage]]
    return tuple(Expectation(rule, _met(rule, facts)) for rule in rules)


def stage_facts(store: Store, person_id: str) -> StageFacts | None:
    row = queries.stage_facts(store, person_id)
    return None if row is None else StageFacts(**row)


def move_stage(store: Store, person_id: str, target: str) -> StageMove:
    """Move a person to `target` (the user's decision: never refused). Returns the expectations left unmet."""
    target = clean_choice(target, "field.stage", STAGES)
    facts = stage_facts(store, person_id)
    if facts is None:
        raise PersonNotFoundError("people.not_found")
    unmet = tuple(e for e in expectations(target, facts) if not e.met)
    if not people_queries.set_stage(store, person_id, target):
        raise PersonNotFoundError("people.not_found")
    return StageMove(person_id=person_id, from_stage=facts.stage, to_stage=target, unmet=unmet)
