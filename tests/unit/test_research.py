"""Research of a passion: hashtags (CJK too), channels with safe links, people links, notes and progress."""

from __future__ import annotations

import pytest

from frentor import communities, passions, research
from frentor.errors import ValidationError
from frentor.people import NewPerson, add_person, search_people


@pytest.fixture
def passion(store) -> str:
    return passions.add_passion(store, "创业 · startups")


# -- hashtags ----------------------------------------------------------------------------------------------------
def test_hashtags_accept_cjk_commas_and_missing_hash():
    assert research.parse_hashtags("#创业, startups，#DataViz 、 dataviz  #开源-社区 ＃全角") == [
        "#创业",
        "#startups",
        "#DataViz",
        "#开源-社区",
        "#全角",
    ]
    assert research.parse_hashtags("") == []
    assert research.parse_hashtags("   #  ") == []


def test_hashtags_refuse_markup_and_punctuation():
    with pytest.raises(ValidationError) as exc:
        research.parse_hashtags("#ok #<script> #a'b [x](javascript:alert)")
    problems = exc.value.problems
    assert [p.key for p in problems] == ["research.bad_hashtag"] * 3
    assert problems[0].params["tag"] == "#script"  # quoted back without markup characters
    assert all("(" not in p.params["tag"] and "[" not in p.params["tag"] for p in problems)


def test_hashtags_length_and_count_limits():
    with pytest.raises(ValidationError) as exc:
        research.parse_hashtags("#" + "a" * 61)
    assert exc.value.problems[0].key == "validation.too_long"
    with pytest.raises(ValidationError) as exc:
        research.parse_hashtags(" ".join(f"#t{i}" for i in range(31)))
    assert exc.value.problems[0].key == "research.too_many_hashtags"


def test_save_notes_normalises_and_stores(store, passion):
    tags = research.save_notes(store, passion, "创业 startups #创业", "Who funds 'this'?", "Notes 📝")
    assert tags == ["#创业", "#startups"]
    saved = passions.get_passion(store, passion)
    assert (saved["hashtags"], saved["open_questions"], saved["research_notes"]) == (
        "#创业 #startups",
        "Who funds 'this'?",
        "Notes 📝",
    )


def test_notes_and_a_link_note_have_named_limits(store, passion):
    research.save_notes(store, passion, "", "q" * research.NOTES_LIMIT, "n" * research.NOTES_LIMIT)
    with pytest.raises(ValidationError) as exc:
        research.save_notes(store, passion, "", "q" * (research.NOTES_LIMIT + 1), "")
    assert exc.value.problems[0].field == "field.open_questions"
    research.add_channel(store, passion, "https://example.org/a", note="n" * research.NOTE_LIMIT)
    with pytest.raises(ValidationError) as exc:
        research.add_channel(store, passion, "https://example.org/b", note="n" * (research.NOTE_LIMIT + 1))
    assert exc.value.problems[0].key == "validation.too_long"


def test_save_notes_with_a_bad_tag_saves_nothing(store, passion):
    with pytest.raises(ValidationError):
        research.save_notes(store, passion, "#fine #no/slash", "question", "notes")
    assert passions.get_passion(store, passion)["open_questions"] == ""


def test_save_notes_for_unknown_passion_is_refused(store):
    with pytest.raises(ValidationError) as exc:
        research.save_notes(store, "missing", "", "", "")
    assert exc.value.problems[0].field == "field.passion"


# -- channels ----------------------------------------------------------------------------------------------------
def test_add_channel_validates_url_and_guesses_platform(store, passion):
    research.add_channel(store, passion, "https://www.linkedin.com/in/someone")
    research.add_channel(store, passion, "https://blog.example.org/feed", platform="小红书", note="周更")
    frame = research.list_channels(store, passion)
    assert sorted(frame["platform"]) == ["LinkedIn", "小红书"]
    for bad in ("javascript:alert(1)", "ftp://example.org", "example.org", "https://exa mple.org", ""):
        with pytest.raises(ValidationError):
            research.add_channel(store, passion, bad)
    with pytest.raises(ValidationError) as exc:
        research.add_channel(store, passion, "https://www.linkedin.com/in/someone")
    assert exc.value.problems[0].key == "validation.duplicate"
    assert len(research.list_channels(store, passion)) == 2


def test_guess_platform():
    assert research.guess_platform("https://mp.weixin.qq.com/s/abc") == "微信公众号"
    assert research.guess_platform("https://m.youtube.com/watch") == "YouTube"
    assert research.guess_platform("https://www.example.com/x") == "example.com"
    assert research.guess_platform("https://notyoutube.com/") == "notyoutube.com"


def test_delete_channel_only_within_its_passion(store, passion):
    other = passions.add_passion(store, "Other")
    channel = research.add_channel(store, passion, "https://example.org")
    assert not research.delete_channel(store, other, channel)
    assert research.delete_channel(store, passion, channel)
    assert research.list_channels(store, passion).empty


# -- people ------------------------------------------------------------------------------------------------------
def test_add_person_for_passion_creates_and_links_in_one_step(store, passion):
    person = research.add_person_for_passion(store, passion, "王伟", role="mentor")
    linked = research.linked_people(store, passion)
    assert linked[["id", "name", "role"]].values.tolist() == [[person, "王伟", "mentor"]]
    with pytest.raises(ValidationError):
        research.add_person_for_passion(store, passion, "   ")
    with pytest.raises(ValidationError):
        research.add_person_for_passion(store, passion, "X", role="boss")
    with pytest.raises(ValidationError):
        research.add_person_for_passion(store, "missing", "Y")
    assert search_people(store)[0]["name"].tolist() == ["王伟"]


def test_find_link_and_unlink_existing_people(store, passion):
    ada = add_person(store, NewPerson(name="Ada O'Brien"))
    add_person(store, NewPerson(name="Adam 100%_"))
    add_person(store, NewPerson(name="Ben"))
    found = research.find_people_to_link(store, passion, "ADA")
    assert found["name"].tolist() == ["Ada O'Brien", "Adam 100%_"]
    assert research.find_people_to_link(store, passion, "0%_")["name"].tolist() == ["Adam 100%_"]  # no wildcards
    assert research.find_people_to_link(store, passion, "  ").empty
    assert research.link_person(store, passion, ada)
    assert not research.link_person(store, passion, ada)  # already linked
    assert research.find_people_to_link(store, passion, "ada")["name"].tolist() == ["Adam 100%_"]
    with pytest.raises(ValidationError):
        research.link_person(store, passion, "missing")
    assert research.unlink_person(store, passion, ada)
    assert research.linked_people(store, passion).empty
    assert "Ada O'Brien" in search_people(store)[0]["name"].tolist()  # the person stays


# -- progress ----------------------------------------------------------------------------------------------------
def test_research_progress_counts_the_five_steps(store, passion):
    idea = passions.add_passion(store, "Just an idea")
    passions.set_status(store, [passion], "focus")
    assert research.research_progress(store)[["id", "done"]].values.tolist() == [[passion, 0]]
    research.add_person_for_passion(store, passion, "Ada")
    research.add_channel(store, passion, "https://example.org")
    research.save_notes(store, passion, "#创业", "", "")
    communities.add_community(store, "Startup Weekend", kind="event", passion_id=passion)
    row = research.research_progress(store).iloc[0]
    assert (row["people"], row["channels"], row["communities"], row["done"]) == (1, 1, 1, 4)
    research.save_notes(store, passion, "#创业", "What is unanswered?", "")
    assert research.research_progress(store).iloc[0]["done"] == 5
    passions.set_status(store, [idea], "exploring")
    assert research.research_progress(store)["id"].tolist() == [passion, idea]  # focus first


def test_research_is_isolated_per_workspace(store, other_store, passion):
    research.add_channel(store, passion, "https://example.org")
    with pytest.raises(ValidationError):
        research.add_channel(other_store, passion, "https://example.org/2")
    with pytest.raises(ValidationError):
        research.save_notes(other_store, passion, "#x", "", "")
    assert research.list_channels(other_store, passion).empty
    assert research.research_progress(other_store).empty
