"""Settings are hostile input: an imported settings.csv, an old file or a hand-edited database can hold anything.

Every known key is poisoned in the database and every domain reader of it must still work (falling back to the
default, with a warning in the log); an import with an unknown key or a bad value is refused with its row.
"""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest

from frentor import settings
from frentor.backup import backup_is_due, mark_backed_up
from frentor.demo import load_demo
from frentor.importer import ImportRejected, Source, import_sources
from frentor.scoring import DEFAULT_WEIGHTS, load_weights, rank_people
from frentor.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 27, 9, 30)

# Raw texts as they could sit in the settings table (the value column holds JSON written by Frentor).
POISON = [
    "not json at all",
    "",
    "null",
    "5",
    "1e999",
    "NaN",
    "true",
    "[1]",
    '{"passion": 1.5}',
    '"yesterday"',
    '"2026-01-01T00:00:00+00:00"',  # valid, but aware: subtracting it from a naive now() raises
    '{"passion": "lots", "reach": 500}',
    '{"passion": true}',
    '{"nope": 1}',
    '"' + "x" * 100_000 + '"',
    "[" * 100_000 + "]" * 100_000,  # json.loads raises RecursionError, not ValueError
    '"\\ud800"',
]


def poison(store: Store, key: str, raw: str) -> None:
    """Write `raw` as the stored value of `key`, past every check (as a crafted file or an old version could)."""

    def work(cur):
        cur.execute(
            "INSERT OR REPLACE INTO settings (workspace, key, value) VALUES (?, ?, ?)", [store.workspace, key, raw]
        )

    store.write(work)


# Each reader of each key, as the pages call it.
READERS = {
    settings.LANGUAGE: lambda store: store.get_setting(settings.LANGUAGE),
    settings.LAST_BACKUP_AT: lambda store: backup_is_due(store, now=NOW),
    settings.SHORTLIST_WEIGHTS: lambda store: (load_weights(store), rank_people(store, today=TODAY).weights),
    settings.SENDER_NAME: lambda store: store.get_setting(settings.SENDER_NAME),  # the composer's signature
}


# Texts of POISON that are good values of a free-text setting: there they must be read as they are.
GOOD_FOR = {settings.SENDER_NAME: {'"yesterday"', '"2026-01-01T00:00:00+00:00"'}}


def test_every_known_key_has_a_reader_here():
    assert set(READERS) == set(settings.SETTINGS)


@pytest.mark.parametrize("key", sorted(settings.SETTINGS))
@pytest.mark.parametrize("raw", POISON, ids=lambda raw: raw[:24])
def test_a_poisoned_setting_falls_back_to_its_default_with_a_warning(store, key, raw, caplog):
    load_demo(store, people=3, entries=5, today=TODAY)
    poison(store, key, raw)
    if raw in GOOD_FOR.get(key, ()):
        assert READERS[key](store) == json.loads(raw)
        return
    with caplog.at_level(logging.WARNING):
        READERS[key](store)  # must not raise
        value = store.get_setting(key)
    assert value == settings.SETTINGS[key].default
    assert any(key in record.getMessage() for record in caplog.records if record.levelno == logging.WARNING)


def test_poisoned_readers_give_the_defaults(store):
    load_demo(store, people=3, entries=5, today=TODAY)
    for key in settings.SETTINGS:
        poison(store, key, "not json at all")
    assert store.get_setting(settings.LANGUAGE) is None  # the browser's language is used
    assert backup_is_due(store, now=NOW) is True  # an unreadable date: treat as never backed up
    assert load_weights(store) == DEFAULT_WEIGHTS


def test_good_values_round_trip(store):
    store.set_setting(settings.LANGUAGE, "zh")
    mark_backed_up(store, NOW)
    store.set_setting(settings.SHORTLIST_WEIGHTS, {"reach": 2})
    store.set_setting(settings.SENDER_NAME, "李娜 (Lina)")
    assert store.get_setting(settings.SENDER_NAME) == "李娜 (Lina)"
    assert store.get_setting(settings.LANGUAGE) == "zh"
    assert store.get_setting(settings.LAST_BACKUP_AT) == "2026-11-27T09:30:00"
    assert store.get_setting(settings.SHORTLIST_WEIGHTS) == {**DEFAULT_WEIGHTS, "reach": 2}


def test_writing_an_unknown_key_or_a_bad_value_is_a_programming_error(store):
    with pytest.raises(ValueError, match="unknown setting"):
        store.set_setting("colour", "blue")
    with pytest.raises(ValueError):
        store.set_setting(settings.LANGUAGE, "klingon")
    with pytest.raises(ValueError):
        store.get_setting("colour")
    assert store.read("SELECT count(*) FROM settings WHERE workspace = ?") == [(0,)]


def settings_file(text: str) -> list[Source]:
    return [Source("settings.csv", "settings.csv", text.encode("utf-8"))]


@pytest.mark.parametrize(
    ("body", "row", "key"),
    [
        ('colour,"""blue"""\n', 2, "import.unknown_setting"),
        ('language,"""en"""\nlanguage ,"""zh"""\n', 3, "import.unknown_setting"),
        ("language,not json at all\n", 2, "import.bad_setting"),
        ('language,"""klingon"""\n', 2, "import.bad_setting"),
        ('language,"""en"""\nlast_backup_at,"""yesterday"""\n', 3, "import.setting_not_importable"),
        ('last_backup_at,"""2026-01-01T00:00:00"""\n', 2, "import.setting_not_importable"),
        ('shortlist_weights,"{""passion"": ""lots""}"\n', 2, "import.bad_setting"),
        ('shortlist_weights,"[1, 2]"\n', 2, "import.bad_setting"),
        ('sender_name,"""Sam\\nLee"""\n', 2, "import.bad_setting"),  # one line only
        ('sender_name,"""\\u202eSam"""\n', 2, "import.bad_setting"),  # no direction overrides
        ('sender_name,"' + '""' + "x" * 201 + '""' + '"\n', 2, "import.bad_setting"),
    ],
)
def test_a_poisoned_settings_file_is_refused_with_its_row(store, body, row, key):
    with pytest.raises(ImportRejected) as caught:
        import_sources(store, settings_file("key,value\n" + body))
    assert [(p.row, p.key) for p in caught.value.problems] == [(row, key)]
    assert caught.value.problems[0].field == "settings.csv · key" or key == "import.bad_setting"
    assert store.read("SELECT count(*) FROM settings WHERE workspace = ?") == [(0,)]


def test_a_good_settings_file_is_imported(store):
    body = 'key,value\nlanguage,"""zh"""\nshortlist_weights,"{""passion"": 10, ""reach"": 0}"\n'
    import_sources(store, settings_file(body))
    assert store.get_setting(settings.LANGUAGE) == "zh"
    assert store.get_setting(settings.SHORTLIST_WEIGHTS)["passion"] == 10


def test_the_message_quotes_an_unknown_key_safely(store):
    hostile = "![x](https://evil.test/a.png)<script>" + "k" * 500
    with pytest.raises(ImportRejected) as caught:
        import_sources(store, settings_file(f'key,value\n"{hostile}","1"\n'))
    text = str(caught.value.problems[0].params)
    assert len(text) < 400 and "](" not in text.replace("\\](", "") and "<script>" not in text


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Sam  Lee ", "Sam Lee"),
        ("李\u3000娜", "李 娜"),  # an ideographic space is a space
        ("Sam\u202e Lee", "Sam Lee"),  # a direction override is dropped
        ("Sam\nLee", "Sam Lee"),
        ("", ""),
    ],
)
def test_a_typed_sender_name_is_kept_as_one_clean_line(store, typed, kept):
    clean = settings.clean_sender_name(typed)
    assert clean == kept
    store.set_setting(settings.SENDER_NAME, clean)  # always a value the setting accepts
    assert store.get_setting(settings.SENDER_NAME) == kept


def test_a_sender_name_too_long_is_refused_for_its_field():
    from frentor.errors import ValidationError
    from frentor.validation import NAME_LIMIT

    with pytest.raises(ValidationError) as caught:
        settings.clean_sender_name("x" * (NAME_LIMIT + 1))
    assert [p.field for p in caught.value.problems] == ["field.sender_name"]
