"""Research for a focus passion: who is doing what, where they post, hashtags, events and communities, open
questions and notes ("research", not stalking: homework that makes your first contact worth their time)."""

from __future__ import annotations

from urllib.parse import urlparse

import pandas as pd

from frentor.errors import ValidationError
from frentor.ids import new_id
from frentor.people import ROLES, NewPerson, add_person
from frentor.picklists import item_limit, search_text
from frentor.store import Store
from frentor.store import passions as passion_queries
from frentor.store import picklists as picklist_queries
from frentor.store import research as queries
from frentor.validation import (
    NAME_LIMIT,
    TEXT_LIMIT,
    clean_choice,
    clean_hashtags,
    clean_text,
    clean_url,
    collect,
)

# The five research steps of a passion, in the order the page shows them.
STEPS = ("people", "channels", "hashtags", "communities", "questions")
RESEARCHED_AT = 3  # a passion counts as researched when this many STEPS have something: enough to start
NOTES_LIMIT = TEXT_LIMIT  # open questions, research notes
NOTE_LIMIT = NAME_LIMIT  # a link's note
PLATFORM_LIMIT = NAME_LIMIT
# Suggestions for the platform box (names of services, never translated); any other name is fine too.
PLATFORM_SUGGESTIONS = (
    "LinkedIn",
    "X",
    "Blog",
    "Newsletter",
    "Podcast",
    "YouTube",
    "Instagram",
    "GitHub",
    "Substack",
    "Medium",
    "Meetup",
    "Mastodon",
    "Bluesky",
    "小红书",
    "微信公众号",
    "微博",
    "知乎",
    "Bilibili",
)
_HOSTS = {
    "linkedin.com": "LinkedIn",
    "x.com": "X",
    "twitter.com": "X",
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "instagram.com": "Instagram",
    "github.com": "GitHub",
    "substack.com": "Substack",
    "medium.com": "Medium",
    "meetup.com": "Meetup",
    "bsky.app": "Bluesky",
    "xiaohongshu.com": "小红书",
    "mp.weixin.qq.com": "微信公众号",
    "weibo.com": "微博",
    "zhihu.com": "知乎",
    "bilibili.com": "Bilibili",
}


def parse_hashtags(text: str) -> list[str]:
    """Hashtags from free text, normalised (see frentor.validation.clean_hashtags, shared with people and import)."""
    return clean_hashtags(text, "field.passion_hashtags")


def _require_passion(store: Store, passion_id: str) -> None:
    if not passion_id or not passion_queries.passion_exists(store, passion_id):
        raise ValidationError.single("field.passion", "validation.unknown")


def save_notes(store: Store, passion_id: str, hashtags: str, open_questions: str, research_notes: str) -> list[str]:
    """Save hashtags (normalised to '#tag #tag'), open questions and notes of one passion; returns the tags."""
    clean: dict = {}
    collect(
        lambda: _require_passion(store, passion_id),
        lambda: clean.__setitem__("tags", parse_hashtags(hashtags)),
        lambda: clean.__setitem__("questions", clean_text(open_questions, "field.open_questions", limit=NOTES_LIMIT)),
        lambda: clean.__setitem__("notes", clean_text(research_notes, "field.research_notes", limit=NOTES_LIMIT)),
    )
    queries.update_notes(store, passion_id, " ".join(clean["tags"]), clean["questions"], clean["notes"])
    return clean["tags"]


def guess_platform(url: str) -> str:
    """A readable platform name for a link: known services by host, else the host without 'www.'."""
    host = (urlparse(url).hostname or "").lower().removeprefix("www.")
    for known, name in _HOSTS.items():
        if host == known or host.endswith("." + known):
            return name
    return host


def add_channel(store: Store, passion_id: str, url: str, platform: str = "", note: str = "") -> str:
    """Where people of this passion post: a validated http(s) link with a platform name (guessed from the link
    when left blank). The same link twice for one passion is refused."""
    clean: dict = {}
    collect(
        lambda: _require_passion(store, passion_id),
        lambda: clean.__setitem__("url", clean_url(url, "field.url", required=True)),
        lambda: clean.__setitem__("platform", clean_text(platform, "field.channel_platform", limit=PLATFORM_LIMIT)),
        lambda: clean.__setitem__("note", clean_text(note, "field.note", limit=NOTE_LIMIT)),
    )
    if queries.channel_url_taken(store, passion_id, clean["url"]):
        raise ValidationError.single("field.url", "validation.duplicate")
    platform_name = clean["platform"] or guess_platform(clean["url"])[:NAME_LIMIT]
    channel_id = new_id()
    queries.insert_channel(store, channel_id, passion_id, platform_name, clean["url"], clean["note"])
    return channel_id


def list_channels(store: Store, passion_id: str) -> pd.DataFrame:
    """Columns: id, platform, url, note."""
    return queries.list_channels(store, passion_id)


def delete_channel(store: Store, passion_id: str, channel_id: str) -> bool:
    return queries.delete_channel(store, passion_id, channel_id)


def linked_people(store: Store, passion_id: str, limit: int = 50) -> pd.DataFrame:
    """Columns: id, name, role, stage, organisation (archived people left out), by name."""
    return queries.linked_people(store, passion_id, limit)


def add_person_for_passion(store: Store, passion_id: str, name: str, role: str = "peer", notes: str = "") -> str:
    """Create a person already linked to this passion, in one step (one transaction)."""
    collect(
        lambda: _require_passion(store, passion_id),
        lambda: clean_choice(role, "field.role", ROLES),
    )
    return add_person(store, NewPerson(name=name, role=role, notes=notes, passion_ids=[passion_id]))


def find_people_to_link(store: Store, passion_id: str, text: str, limit: int = 20) -> pd.DataFrame:
    """People whose name contains `text` (ignoring case) and who are not linked yet: id, name, role."""
    text = search_text(text)
    if not text:
        return pd.DataFrame({"id": [], "name": [], "role": []})
    return picklist_queries.people(store, text, item_limit(limit), not_linked_to=passion_id)


def link_person(store: Store, passion_id: str, person_id: str) -> bool:
    """Link an existing person to the passion; False when they were linked already."""
    collect(lambda: _require_passion(store, passion_id), lambda: _require_person(store, person_id))
    return queries.link_person(store, person_id, passion_id)


def _require_person(store: Store, person_id: str) -> None:
    if not person_id or not queries.person_exists(store, person_id):
        raise ValidationError.single("field.name", "validation.unknown")


def unlink_person(store: Store, passion_id: str, person_id: str) -> bool:
    """Remove the link only; the person stays in People."""
    return queries.unlink_person(store, person_id, passion_id)


def research_progress(store: Store) -> pd.DataFrame:
    """Per focus or exploring passion: id, title, status, people, channels, communities, has_hashtags,
    has_questions, and `done`: how many of the five STEPS have something (0-5). Focus passions first."""
    frame = queries.research_progress(store)
    frame["done"] = (
        (frame["people"] > 0).astype(int)
        + (frame["channels"] > 0).astype(int)
        + frame["has_hashtags"].astype(bool).astype(int)
        + (frame["communities"] > 0).astype(int)
        + frame["has_questions"].astype(bool).astype(int)
    )
    return frame
