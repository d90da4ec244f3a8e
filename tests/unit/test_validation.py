"""One validator per field: forms and import apply the same limits and rules, so a CSV can carry nothing a form
would refuse (5 MB names, empty names, javascript: links, Markdown links in hashtags, over-long texts)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from frentor import (
    communities,
    homework,
    kinds,
    ledger,
    passions,
    people,
    report_back,
    research,
    skills,
    validation,
    weekly_review,
)
from frentor.errors import ValidationError
from frentor.importer import ImportRejected, Source, import_sources
from frentor.kinds import ensure_default_kinds
from frentor.validation import clean_hashtags, clean_url

# -- links --------------------------------------------------------------------------------------------------------
GOOD_LINKS = ["https://example.org/a?b=1#c", "http://例子.测试/路径", "mailto:ada@example.org", "HTTPS://EXAMPLE.ORG"]
BAD_LINKS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.test/x",
    "https:evil.test",
    "https://",
    "mailto:",
    "mailto:javascript:alert(1)",
    "https://evil.test/a b",
    "ftp://example.org",
    "[x](https://evil.test)",
    "http://[",  # urllib raises ValueError (unclosed IPv6 bracket): refused like any bad link, never a traceback
    "https://[::1/admin",
]


@pytest.mark.parametrize("link", GOOD_LINKS)
def test_web_and_mail_links_are_accepted(link):
    assert clean_url(link, "field.url") == link


@pytest.mark.parametrize("link", BAD_LINKS)
def test_other_links_are_refused(link):
    with pytest.raises(ValidationError) as caught:
        clean_url(link, "field.url")
    assert caught.value.problems[0].key == "validation.bad_url"


# -- hashtags -----------------------------------------------------------------------------------------------------
def test_hashtags_are_normalised():
    assert clean_hashtags("ddj, #创业、#ddj  data.viz", "field.passion_hashtags") == ["#ddj", "#创业", "#data.viz"]


@pytest.mark.parametrize(
    "text",
    [
        "[phish](https://evil.test)",
        "#ok ![img](https://evil.test/a.png)",
        "#ok <b>",
        "#a`code`",
        "#ok #**bold**",
        "#" + "x" * (validation.HASHTAG_LENGTH + 1),
        " ".join(f"#t{i}" for i in range(validation.HASHTAG_COUNT + 1)),
    ],
)
def test_hashtags_cannot_carry_markup_or_links(text):
    with pytest.raises(ValidationError):
        clean_hashtags(text, "field.passion_hashtags")


# -- forms and import agree, field by field -----------------------------------------------------------------------
def _person(store):
    return people.add_person(store, people.NewPerson(name="Someone"))


_TITLES = itertools.count()


def _received_help(store, note: str = "") -> str:
    """Advice received (which opens a report-back follow-up); returns the follow-up's id."""
    entry = ledger.NewEntry(
        occurred_on=dt.date(2026, 1, 1),
        direction="received",
        kind_id="kind-advice",
        person_id=_person(store),
        note=note,
    )
    ledger.log_entry(store, entry, today=dt.date(2026, 1, 2))
    return report_back.open_follow_ups(store)[0].id


def _passion(store):
    return passions.add_passion(store, f"Something {next(_TITLES)}")


# Each form that writes the field, called with `value` in that field; None when no form writes it.
FORMS = {
    ("passions", "title"): lambda s, v: passions.add_passion(s, v),
    ("passions", "notes"): lambda s, v: passions.add_passion(s, "T", notes=v),
    ("passions", "hashtags"): lambda s, v: research.save_notes(s, _passion(s), v, "", ""),
    ("passions", "open_questions"): lambda s, v: research.save_notes(s, _passion(s), "", v, ""),
    ("passions", "research_notes"): lambda s, v: research.save_notes(s, _passion(s), "", "", v),
    ("skills", "name"): lambda s, v: skills.add_skill(s, v, "offer"),
    ("skills", "notes"): lambda s, v: skills.add_skill(s, "S", "offer", notes=v),
    ("people", "name"): lambda s, v: people.add_person(s, people.NewPerson(name=v)),
    ("people", "organisation"): lambda s, v: people.add_person(s, people.NewPerson(name="P", organisation=v)),
    ("people", "hashtags"): lambda s, v: people.add_person(s, people.NewPerson(name="P", hashtags=v)),
    ("people", "notes"): lambda s, v: people.add_person(s, people.NewPerson(name="P", notes=v)),
    ("people", "next_action"): lambda s, v: people.add_person(s, people.NewPerson(name="P", next_action=v)),
    ("communities", "name"): lambda s, v: communities.add_community(s, v),
    ("communities", "url"): lambda s, v: communities.add_community(s, "C", url=v),
    ("communities", "notes"): lambda s, v: communities.add_community(s, "C", notes=v),
    ("channels", "platform"): lambda s, v: research.add_channel(s, _passion(s), "https://x.test", platform=v),
    ("channels", "url"): lambda s, v: research.add_channel(s, _passion(s), v),
    ("channels", "note"): lambda s, v: research.add_channel(s, _passion(s), "https://x.test", note=v),
    ("person_skills", "name"): lambda s, v: people.add_person(s, people.NewPerson(name="P", offers=[v])),
    ("person_questions", "question"): lambda s, v: homework.add_question(s, _person(s), v),
    ("value_kinds", "name"): lambda s, v: kinds.add_kind(s, v, 1),
    ("ledger_entries", "note"): lambda s, v: ledger.log_entry(
        s,
        ledger.NewEntry(
            occurred_on=dt.date(2026, 1, 1), direction="gave", kind_id="kind-feedback", person_id=_person(s), note=v
        ),
        today=dt.date(2026, 1, 2),
    ),
    ("people", "homework_notes"): lambda s, v: homework.set_homework_notes(s, _person(s), v),
    ("people", "email"): lambda s, v: people.add_person(s, people.NewPerson(name="P", email=v)),
    ("people", "profile_url"): lambda s, v: people.add_person(s, people.NewPerson(name="P", profile_url=v)),
    ("people", "title"): lambda s, v: people.add_person(s, people.NewPerson(name="P", title=v)),
    ("follow_ups", "note"): lambda s, v: _received_help(s, note=v),
    ("follow_ups", "outcome"): lambda s, v: report_back.set_outcome(s, _received_help(s), v),
    ("weekly_reviews", "reflection"): lambda s, v: weekly_review.mark_review_done(s, dt.date(2026, 1, 2), v),
}

# A valid row of each file, in which the field under test is replaced.
ROWS = {
    "passions": ("passions.csv", {"id": "p1", "title": "T"}),
    "skills": ("skills.csv", {"id": "s1", "name": "S", "side": "offer"}),
    "people": ("people.csv", {"id": "q1", "name": "P"}),
    "communities": ("communities.csv", {"id": "c1", "name": "C"}),
    "channels": ("channels.csv", {"id": "h1", "owner_type": "person", "owner_id": "q1", "url": "https://x.test"}),
    "person_skills": ("person_skills.csv", {"person_id": "q1", "name": "N", "side": "offers"}),
    "person_questions": ("person_questions.csv", {"id": "x1", "person_id": "q1", "question": "Q"}),
    "value_kinds": ("kinds.csv", {"id": "k1", "name": "K", "default_points": "1"}),
    "follow_ups": (
        "follow_ups.csv",
        {
            "id": "f1",
            "person_id": "q1",
            "entry_id": "e1",
            "kind_id": "kind-advice",
            "received_on": "2026-01-01",
            "due_on": "2026-01-22",
        },
    ),
    "weekly_reviews": ("weekly_reviews.csv", {"week_start": "2025-12-29"}),
    "ledger_entries": (
        "ledger.csv",
        {"id": "e1", "date": "2026-01-01", "person": "P", "direction": "gave", "kind": "feedback", "points": "1"},
    ),
}


def _csv(fields: dict[str, str]) -> bytes:
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    return (",".join(fields) + "\n" + ",".join(cell(v) for v in fields.values()) + "\n").encode("utf-8")


def import_field(store, table: str, column: str, value: str):
    file, row = ROWS[table]
    return import_sources(store, [Source(file, file, _csv({**row, column: value}))])


def test_every_field_with_a_rule_has_a_form_here():
    assert set(FORMS) == set(validation.FIELD_RULES)


# Text columns of import files that FIELD_RULES does not cover, and why.
CHECKED_ELSEWHERE = {
    ("kinds.csv", "key"): "a built-in kind's key: one of the built-in keys",
    ("ledger.csv", "person"): "a person's name: the rule of people.name",
    ("ledger.csv", "kind"): "a kind's name or key: the rule of value_kinds.name",
    ("settings.csv", "key"): "frentor.settings: known keys only",
    ("settings.csv", "value"): "frentor.settings: a valid value for its key",
}


def test_every_text_column_of_every_import_file_has_a_rule():
    """A new text column (a new table, or a column added to one) cannot slip into import unchecked."""
    from frentor.store.reports import FILES

    for spec in FILES:
        for column in spec.columns:
            if column.kind not in ("text", "ntext") or column.name == "id" or column.name.endswith("_id"):
                continue  # ids have ID_LIMIT; other kinds are typed (choices, numbers, dates)
            where = (spec.file, column.name)
            assert (spec.table, column.column) in validation.FIELD_RULES or where in CHECKED_ELSEWHERE, where


def _sample(rule: validation.FieldRule, length: int) -> str:
    if rule.kind == "link":
        return ("https://x.test/" + "a" * length)[:length]
    if rule.kind == "hashtags":
        return " ".join(["#" + "a" * (validation.HASHTAG_LENGTH - 1)] * validation.HASHTAG_COUNT)[:length]
    if rule.kind == "email":
        return ("a" * length)[: max(1, length - len("@x.test"))] + "@x.test"
    return "a" * length


@pytest.mark.parametrize("field", sorted(validation.FIELD_RULES), ids="{0[0]}.{0[1]}".format)
def test_forms_and_import_accept_and_refuse_the_same_values(store, field):
    ensure_default_kinds(store)
    rule = validation.FIELD_RULES[field]
    too_long = "a" * (rule.limit + 1)
    with pytest.raises(ValidationError):
        FORMS[field](store, too_long)
    with pytest.raises(ImportRejected) as caught:
        import_field(store, *field, too_long)
    (problem,) = caught.value.problems
    assert problem.row == 2 and problem.field.endswith(f" · {field[1]}") and problem.key == "validation.too_long"
    if rule.kind != "hashtags":  # the longest valid hashtag text is shorter than the limit
        longest = _sample(rule, rule.limit)
        FORMS[field](store, longest)
        import_field(store, *field, longest)
    if rule.required:
        if field != ("person_skills", "name"):  # that form drops a blank skill name instead of storing it
            with pytest.raises(ValidationError):
                FORMS[field](store, "   ")
        with pytest.raises(ImportRejected) as caught:
            import_field(store, *field, "   ")
        assert [p.key for p in caught.value.problems] == ["validation.required"]


@pytest.mark.parametrize("field", [f for f, r in validation.FIELD_RULES.items() if r.kind == "link"])
@pytest.mark.parametrize("link", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd"])
def test_forms_and_import_refuse_script_links(store, field, link):
    with pytest.raises(ValidationError):
        FORMS[field](store, link)
    with pytest.raises(ImportRejected) as caught:
        import_field(store, *field, link)
    assert [(p.row, p.key) for p in caught.value.problems] == [(2, "validation.bad_url")]


@pytest.mark.parametrize("field", [f for f, r in validation.FIELD_RULES.items() if r.kind == "hashtags"])
def test_forms_and_import_refuse_links_in_hashtags(store, field):
    phishing = "#ok [Log in again](https://evil.test/login)"
    with pytest.raises(ValidationError):
        FORMS[field](store, phishing)
    with pytest.raises(ImportRejected) as caught:
        import_field(store, *field, phishing)
    assert [(p.row, p.key) for p in caught.value.problems] == [(2, "research.bad_hashtag")]


def test_a_five_megabyte_name_is_refused_without_a_five_megabyte_message(store):
    with pytest.raises(ImportRejected) as caught:
        import_field(store, "people", "name", "A" * 5_000_000)
    assert len(str(caught.value.problems)) < 1000


@pytest.mark.parametrize("column", ["id", "owner_id"])
def test_ids_have_a_limit_too(store, column):
    with pytest.raises(ImportRejected) as caught:
        import_field(store, "channels", column, "x" * (validation.ID_LIMIT + 1))
    assert [p.key for p in caught.value.problems] == ["validation.too_long"]


def test_a_built_in_kind_key_must_be_known(store):
    with pytest.raises(ImportRejected) as caught:
        import_sources(
            store, [Source("kinds.csv", "kinds.csv", _csv({"id": "k", "key": "evil", "default_points": "1"}))]
        )
    assert [p.key for p in caught.value.problems] == ["validation.bad_choice"]


def test_the_ledger_file_checks_person_and_kind_names(store):
    ensure_default_kinds(store)
    row = {"date": "2026-01-01", "person": "P" * 201, "direction": "gave", "kind": "K" * 201, "points": "1"}
    with pytest.raises(ImportRejected) as caught:
        import_sources(store, [Source("ledger.csv", "mine.csv", _csv(row))])
    assert sorted(p.field for p in caught.value.problems) == ["mine.csv · kind", "mine.csv · person"]
