"""Deterministic, realistic demo data: the same seed and day always give the same workspace.

Built as column arrays with numpy and inserted in bulk, so 10,000 people and 1,000,000 entries take seconds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

from frentor import clock
from frentor.kinds import DEFAULT_KINDS, REPORT_BACK_DAYS, default_kind_id
from frentor.progress import Step, no_progress
from frentor.store import Store

DEFAULT_PEOPLE = 25
DEFAULT_ENTRIES = 400
DEFAULT_SEED = 7
HISTORY_DAYS = 730  # two years of ledger history
REPORT_BACK_WINDOW_DAYS = 35  # help received in the last five weeks has an open report-back reminder...
REPORT_BACK_DEMO_MAX = 12  # ...a dozen of it, as a person keeps them (not one per entry of a huge ledger)

_PASSIONS = [
    # title, status, excitement, skill_fit, vision_fit, hashtags, love, good, need, paid
    ("Product design for small nonprofits", "focus", 5, 4, 5, "#design #nonprofit", 1, 1, 1, 0),
    ("Data journalism", "focus", 5, 3, 4, "#ddj #dataviz", 1, 1, 1, 1),
    ("创业 · early-stage startups", "focus", 4, 3, 5, "#创业 #startups", 1, 0, 1, 1),
    ("Public speaking", "exploring", 4, 2, 4, "#publicspeaking #toastmasters", 1, 0, 0, 1),
    ("Urban gardening", "exploring", 3, 2, 2, "#urbangarden", 1, 0, 1, 0),
    ("Podcasting", "idea", 4, 2, 3, "#podcast", 1, 0, 0, 0),
    ("Travel writing", "parked", 3, 3, 1, "#travelwriting", 1, 1, 0, 0),
    ("Open-source maintenance", "idea", 3, 4, 3, "#opensource", 0, 1, 1, 0),
]
_SKILLS = [
    ("Proofreading", "offer", 5),
    ("Data analysis in Python", "offer", 4),
    ("Photography", "offer", 3),
    ("Event organising", "offer", 4),
    ("Social media strategy", "want", 1),
    ("Fundraising", "want", 1),
    ("Public speaking", "want", 2),
    ("Podcast editing", "want", 1),
]
_PERSON_SKILLS = [
    "Proofreading",
    "Data analysis in Python",
    "Photography",
    "Event organising",
    "Social media strategy",
    "Fundraising",
    "Public speaking",
    "Podcast editing",
    "UX research",
    "Copywriting",
]
_COMMUNITIES = [
    ("Designers for Good meetup", "community", None),
    ("City Data Journalism Night", "event", 21),
    ("Startup Weekend 周末创业营", "event", 45),
    ("Toastmasters Riverside club", "community", None),
    ("Community Garden Collective", "nonprofit", None),
    ("Podcast Makers Conference", "event", 90),
]
_FIRST = [
    "Ada",
    "Ben",
    "Chloe",
    "Dev",
    "Elena",
    "Farah",
    "Gabriel",
    "Hana",
    "Ivan",
    "Jia",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tomás",
    "Uma",
    "Victor",
    "Wen",
    "Yusuf",
    "Zoe",
    "李娜",
    "王伟",
    "张敏",
    "刘洋",
    "陈静",
]
_LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Patel",
    "Ibrahim",
    "Nakamura",
    "Schmidt",
    "García",
    "Kowalski",
    "O'Brien",
    "Chen",
    "Haddad",
    "Rossi",
    "Novak",
    "Mensah",
]
_ORGS = [
    "Open Data Lab",
    "Riverside Nonprofit Hub",
    "Freelance",
    "Studio Ink",
    "City Times",
    "Seedling VC",
    "University library",
    "杭州创客空间",
    "",
]
_ROLES = np.array(["mentor", "frentor", "peer", "mentee"])
_ROLE_WEIGHTS = [0.2, 0.3, 0.3, 0.2]
_STAGES = np.array(["noticed", "following", "engaging", "conversation", "trusted", "paused"])
_STAGE_WEIGHTS = [0.25, 0.2, 0.2, 0.15, 0.12, 0.08]
_TIERS = np.array(["strongest", "fifty_fifty", "long_shot"])
_NOTES = [
    "Met at a meetup; very generous with time.",
    "Writes a weekly newsletter worth reading.",
    "Asked great questions after my talk.",
    "",
    "Prefers short messages.",
    "同行，互补的技能。",
]
_NEXT_ACTIONS = [
    "Comment on their latest post",
    "Share their new article with my network",
    "Send the proofreading I promised",
    "Ask about the panel they ran",
    "Invite them to the next meetup",
    "Thank them for the introduction",
    "Review their podcast episode",
    "把活动照片发给对方",
]
_ENTRY_NOTES = [
    "",
    "",
    "",
    "Thanks for the quick turnaround",
    "Loved the latest episode",
    "Shared on LinkedIn",
    "Swapped notes over coffee",
    "在活动上帮忙签到",
]


@dataclass(frozen=True)
class DemoSummary:
    people: int
    entries: int
    passions: int
    skills: int
    communities: int


def _ids(rng: np.random.Generator, prefix: str, count: int) -> np.ndarray:
    """Stable, unique, uuid-shaped ids derived from the seeded generator."""
    raw = rng.integers(0, 2**63, size=(count, 2), dtype=np.int64)
    ids = [f"{prefix}{a:016x}{b:016x}"[-32:] for a, b in raw.tolist()]
    ids = [f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}" for h in ids]
    return np.array(ids, dtype=object)


def build_demo_frames(
    people: int = DEFAULT_PEOPLE,
    entries: int = DEFAULT_ENTRIES,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
) -> dict[str, pd.DataFrame]:
    """All rows of a demo workspace, keyed by table. Pure: no database involved."""
    if people < 1 and entries > 0:
        raise ValueError("entries need at least one person")
    if people < 0 or entries < 0:
        raise ValueError("counts must not be negative")
    today = today or clock.today()
    rng = np.random.default_rng(seed)
    frames: dict[str, pd.DataFrame] = {}

    passion_ids = _ids(rng, "p", len(_PASSIONS))
    frames["passions"] = pd.DataFrame(
        {
            "id": passion_ids,
            "title": [p[0] for p in _PASSIONS],
            "status": [p[1] for p in _PASSIONS],
            "excitement": [p[2] for p in _PASSIONS],
            "skill_fit": [p[3] for p in _PASSIONS],
            "vision_fit": [p[4] for p in _PASSIONS],
            "hashtags": [p[5] for p in _PASSIONS],
            "ikigai_love": [bool(p[6]) for p in _PASSIONS],
            "ikigai_good_at": [bool(p[7]) for p in _PASSIONS],
            "ikigai_world_needs": [bool(p[8]) for p in _PASSIONS],
            "ikigai_paid_for": [bool(p[9]) for p in _PASSIONS],
            "open_questions": ["Who funds this work?" if p[1] == "focus" else "" for p in _PASSIONS],
        }
    )
    frames["skills"] = pd.DataFrame(
        {
            "id": _ids(rng, "s", len(_SKILLS)),
            "name": [s[0] for s in _SKILLS],
            "side": [s[1] for s in _SKILLS],
            "level": [s[2] for s in _SKILLS],
        }
    )
    community_ids = _ids(rng, "c", len(_COMMUNITIES))
    frames["communities"] = pd.DataFrame(
        {
            "id": community_ids,
            "name": [c[0] for c in _COMMUNITIES],
            "kind": [c[1] for c in _COMMUNITIES],
            "starts_on": [today + dt.timedelta(days=c[2]) if c[2] else None for c in _COMMUNITIES],
            "passion_id": [passion_ids[i % 3] for i in range(len(_COMMUNITIES))],
            "url": [f"https://example.org/community/{i + 1}" for i in range(len(_COMMUNITIES))],
        }
    )

    person_ids = _ids(rng, "h", people)
    roles = rng.choice(_ROLES, size=people, p=_ROLE_WEIGHTS)
    stages = rng.choice(_STAGES, size=people, p=_STAGE_WEIGHTS)
    first = rng.choice(np.array(_FIRST, dtype=object), size=people)
    last = rng.choice(np.array(_LAST, dtype=object), size=people)
    names = [f"{f} {la}" if not f[0] >= "\u4e00" else f for f, la in zip(first.tolist(), last.tolist(), strict=True)]
    names = [f"{n} ({i + 1})" if people > len(_FIRST) * len(_LAST) else n for i, n in enumerate(names)]
    homework = rng.random((people, 4)) < np.where(np.isin(stages, ["noticed"]), 0.2, 0.75)[:, None]
    due_offsets = rng.integers(-10, 30, size=people)
    frames["people"] = pd.DataFrame(
        {
            "id": person_ids,
            "name": names,
            "role": roles,
            "stage": stages,
            "reach_tier": rng.choice(_TIERS, size=people, p=[0.3, 0.45, 0.25]),
            "organisation": rng.choice(np.array(_ORGS, dtype=object), size=people),
            "notes": rng.choice(np.array(_NOTES, dtype=object), size=people),
            "homework_read_work": homework[:, 0],
            "homework_public_answers": homework[:, 1],
            "homework_new_questions": homework[:, 2],
            "homework_how_to_help": homework[:, 3],
            "next_action": np.where(
                stages == "paused", "", rng.choice(np.array(_NEXT_ACTIONS, dtype=object), size=people)
            ),
            "next_action_due": [today + dt.timedelta(days=int(d)) for d in due_offsets],
            "keep_in_touch_days": rng.choice(np.array([14, 30, 45, 60, 90]), size=people),
        }
    )
    frames["person_passions"] = pd.DataFrame(
        {
            "person_id": person_ids,
            "passion_id": passion_ids[rng.integers(0, 5, size=people)],
        }
    )
    skill_pick = rng.integers(0, len(_PERSON_SKILLS), size=(people, 2))
    skill_pick[:, 1] = (skill_pick[:, 0] + 1 + rng.integers(0, len(_PERSON_SKILLS) - 1, size=people)) % len(
        _PERSON_SKILLS
    )
    frames["person_skills"] = pd.DataFrame(
        {
            "person_id": np.concatenate([person_ids, person_ids]),
            "name": np.array(_PERSON_SKILLS, dtype=object)[np.concatenate([skill_pick[:, 0], skill_pick[:, 1]])],
            "side": ["offers"] * people + ["needs"] * people,
        }
    )
    frames["channels"] = pd.DataFrame(
        {
            "id": _ids(rng, "ch", min(people, 200)),
            "owner_type": "person",
            "owner_id": person_ids[: min(people, 200)],
            "platform": "Blog",
            "url": [f"https://example.com/blog/{i + 1}" for i in range(min(people, 200))],
        }
    )
    frames["person_communities"] = pd.DataFrame(
        {
            "person_id": person_ids,
            "community_id": community_ids[rng.integers(0, len(_COMMUNITIES), size=people)],
        }
    ).drop_duplicates()
    frames["ledger_entries"] = _ledger_frame(rng, entries, person_ids, roles, passion_ids, community_ids, today)
    frames["follow_ups"] = _follow_ups_frame(rng, frames["ledger_entries"], today)
    return frames


def _follow_ups_frame(rng, ledger: pd.DataFrame, today: dt.date) -> pd.DataFrame:
    """Report-back reminders for the help received lately, as logging it in the app opens them (frentor.report_back):
    some due already, some still to come. Older help is treated as reported back long ago."""
    key = ledger["kind_id"].astype("string").str.removeprefix("kind-")  # typed: an empty ledger has no strings
    since = pd.Timestamp(today - dt.timedelta(days=REPORT_BACK_WINDOW_DAYS))
    recent = ledger[
        (ledger["direction"] == "received")
        & ledger["person_id"].notna()
        & key.isin(list(REPORT_BACK_DAYS))
        & (ledger["occurred_on"] >= since)
    ]
    # Picked across the whole window, so that some are due already and some are still to come.
    picked = np.sort(rng.choice(len(recent), size=min(len(recent), REPORT_BACK_DEMO_MAX), replace=False))
    recent = recent.iloc[picked]
    delays = pd.to_timedelta(key[recent.index].map(REPORT_BACK_DAYS), unit="D")
    return pd.DataFrame(
        {
            "id": _ids(rng, "f", len(recent)),
            "person_id": recent["person_id"].to_numpy(),
            "entry_id": recent["id"].to_numpy(),
            "kind_id": recent["kind_id"].to_numpy(),
            "received_on": recent["occurred_on"].to_numpy(),
            "note": recent["note"].to_numpy(),
            "due_on": (recent["occurred_on"] + delays).to_numpy(),
        }
    )


def _ledger_frame(rng, entries, person_ids, roles, passion_ids, community_ids, today) -> pd.DataFrame:
    # A few close relationships carry most exchanges (Zipf-like), as in real networks.
    weights = 1.0 / np.arange(1, len(person_ids) + 1) ** 0.8
    weights /= weights.sum()
    who = rng.choice(len(person_ids), size=entries, p=weights) if len(person_ids) else np.zeros(0, dtype=int)
    # Mentors give more than they get from us; we give more to mentees; frentors and peers roughly balance.
    gave_probability = pd.Series(roles).map({"mentor": 0.55, "frentor": 0.5, "peer": 0.5, "mentee": 0.8})
    gave = rng.random(entries) < gave_probability.to_numpy()[who]
    gave_kinds = [k for k in DEFAULT_KINDS if k.usual_direction in ("gave", "either")]
    received_kinds = [k for k in DEFAULT_KINDS if k.usual_direction in ("received", "either")]
    gave_pick = rng.integers(0, len(gave_kinds), size=entries)
    received_pick = rng.integers(0, len(received_kinds), size=entries)
    gave_keys = np.array([k.key for k in gave_kinds], dtype=object)[gave_pick]
    received_keys = np.array([k.key for k in received_kinds], dtype=object)[received_pick]
    keys = np.where(gave, gave_keys, received_keys)
    points_by_key = {k.key: k.points for k in DEFAULT_KINDS}
    points = np.array([points_by_key[k] for k in keys.tolist()], dtype=float)
    points = np.maximum(points + rng.integers(-1, 2, size=entries), 0.5)
    volunteering = keys == "volunteered_event"
    in_community = volunteering & (rng.random(entries) < 0.5)
    days_ago = np.sort(rng.integers(0, HISTORY_DAYS, size=entries))[::-1]
    dates = np.datetime64(today) - days_ago.astype("timedelta64[D]")
    created = pd.Timestamp(today) - pd.to_timedelta(days_ago, unit="D") + pd.Timedelta(hours=12)
    return pd.DataFrame(
        {
            "id": _ids(rng, "e", entries),
            "occurred_on": dates.astype("datetime64[s]"),
            "person_id": np.where(in_community, None, person_ids[who] if len(person_ids) else None),
            "community_id": np.where(
                in_community, community_ids[rng.integers(0, len(community_ids), size=entries)], None
            ),
            "direction": np.where(gave, "gave", "received"),
            "kind_id": ["kind-" + k for k in keys.tolist()],
            "points": points,
            "hours": np.where(volunteering, rng.integers(1, 6, size=entries).astype(float), np.nan),
            "passion_id": passion_ids[rng.integers(0, 3, size=entries)],
            "note": rng.choice(np.array(_ENTRY_NOTES, dtype=object), size=entries),
            "created_at": created,
        }
    )


def load_demo(
    store: Store,
    people: int = DEFAULT_PEOPLE,
    entries: int = DEFAULT_ENTRIES,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
    step: Step = no_progress,
) -> DemoSummary:
    """Replace the workspace's data with demo data, in one transaction (all or nothing). `step(label)` is called
    as the work goes on (frentor.progress)."""
    frames = build_demo_frames(people, entries, seed, today)
    step("generated")

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        store.clear(cur)
        for table, frame in frames.items():
            store.insert_frame(cur, table, frame)
            step(table)

    store.write(work)  # clear() re-created the built-in kinds the entries refer to, in the same transaction
    return DemoSummary(
        people=people,
        entries=entries,
        passions=len(frames["passions"]),
        skills=len(frames["skills"]),
        communities=len(frames["communities"]),
    )


assert all(default_kind_id(k.key) == "kind-" + k.key for k in DEFAULT_KINDS)
