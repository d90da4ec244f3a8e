import re

import pytest

from frentor.i18n import CATALOG, LANGUAGES, normalise_language, translate
from frentor.people import SOURCES
from tests.conftest import ROOT
from tests.python_source import string_literals


def test_every_key_has_every_language():
    missing = [(key, lang) for key, texts in CATALOG.items() for lang in LANGUAGES if not texts.get(lang)]
    assert not missing


def test_placeholders_match_across_languages():
    for key, texts in CATALOG.items():
        fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in texts.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, (key, fields)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh-CN", "zh"), ("zh_TW", "zh"), ("en-US", "en"), ("fr-FR", "en"), (None, "en"), ("", "en")],
)
def test_browser_locale_maps_to_language(locale, expected):
    assert normalise_language(locale) == expected


def test_translate_fills_placeholders_and_rejects_unknown_keys():
    assert translate("sidebar.workspace", "zh", workspace="w1") == "工作区：w1"
    with pytest.raises(KeyError):
        translate("no.such.key", "en")


def test_no_placeholder_is_named_like_an_argument_of_translate():
    """translate(key, lang, **params): a {key} or {lang} placeholder would make every message using it fail."""
    import re

    from frentor.i18n import CATALOG

    for key, texts in CATALOG.items():
        for text in texts.values():
            assert not {"key", "lang"} & set(re.findall(r"\{(\w+)\}", text)), key


# -- every key is used ----------------------------------------------------------------------------------------------
# Keys the code builds at run time (t(f"role.{role}"), t("reports.file." + name), ...): each template (one {} for the
# varying part) with the values it is built from. The test checks that the code builds each template, that every
# value gives a key of the catalog, and that literal values (not a domain constant) are written in the code.
def _built_from_constants() -> dict[str, tuple]:
    from frentor import (
        balance,
        communities,
        composer,
        contacts,
        health,
        kinds,
        ledger,
        method_progress,
        passions,
        reports,
        scoring,
        skills,
        stages,
        weekly_review,
    )
    from frentor.builtin_kinds import BUILTIN_KINDS
    from frentor.data_loss import LOSS_ORDER
    from frentor.give_first import GIVE_FIRST_SUGGESTIONS
    from frentor.homework import HOMEWORK_ITEMS
    from frentor.people import ROLES, STAGES, TIERS

    modes = balance.MODES
    return {
        "balance.caption.over_time.{}": modes,
        "balance.caption.people.{}": modes,
        "balance.chart.over_time.{}": modes,
        "balance.chart.people.{}": modes,
        "balance.mode.{}": modes,
        "balance.mode.explain.{}": modes,
        "balance.range.{}": balance.RANGE_PRESETS,
        "balance.weekday.{}": tuple(range(1, 8)),
        "communities.kind.{}": communities.KINDS,
        "compose.gift.{}": composer._GIFT_PHRASES,
        "compose.received.{}": (*composer._RECEIVED_PHRASES, "other"),
        "compose.suggest.{}": GIVE_FIRST_SUGGESTIONS,
        "contacts.status.{}": contacts.STATUSES,
        "direction.{}": ledger.DIRECTIONS,
        "field.{}": passions.RATINGS,
        "field.weight_{}": scoring.PARTS,
        "health.label.{}": health.LABELS,
        "health.rule.{}": health.LABELS,
        "homework.{}": HOMEWORK_ITEMS,
        "kind.{}": tuple(kind.key for kind in BUILTIN_KINDS),
        "kinds.direction.{}": kinds.USUAL_DIRECTIONS,
        "ledger.homework.{}": HOMEWORK_ITEMS,
        "message_kind.{}": composer.MESSAGE_KINDS,
        "loss.{}": (*LOSS_ORDER, *(f"{name}_one" for name in LOSS_ORDER)),
        "method.facts.{}": method_progress.STEP_KEYS,
        "method.status.{}": method_progress.STATUSES,
        "method.step.{}": method_progress.STEP_KEYS,
        "page.{}": ("home", *(path.stem for path in (ROOT / "pages").glob("*.py"))),
        "part.{}": scoring.PARTS,
        "passions.{}": passions.IKIGAI,
        "passions.{}_help": (*passions.RATINGS, *passions.IKIGAI),
        "report_back.help.{}": (*kinds.REPORT_BACK_DAYS, "other"),
        "reports.file.{}": tuple(file.removesuffix(".csv") for file in reports.EXPORT_FILES),
        "review.prompt.{}": weekly_review.PROMPTS,
        "role.{}": ROLES,
        "side.{}": skills.SIDES,
        "skills.{}_empty": skills.SIDES,
        "skills.{}_help": skills.SIDES,
        "skills.{}_title": skills.SIDES,
        "skills.level.{}": skills.LEVELS,
        "stage.{}": STAGES,
        "stage_rule.{}": tuple(dict.fromkeys(rule for rules in stages.RULES.values() for rule in rules)),
        "status.{}": passions.STATUSES,
        "tier.{}": TIERS,
    }


# Values written out where the keys are built (in frentor/ui or a conditional), not held in a domain constant.
BUILT_FROM_LITERALS: dict[str, tuple[str, ...]] = {
    "balance.caption.imbalances.{}": ("historical", "range"),
    "balance.scope.{}": ("network", "person", "group"),
    "contacts.col.{}": ("row", "card"),
    "contacts.matched_by.{}": ("email", "profile_url", "name"),
    "contacts.unit.{}": ("row", "card"),
    "method.action.{}": (
        "revisit_passions",
        "brainstorm",
        "narrow",
        "list_skills",
        "review_shortlist",
        "add_people",
        "follow_someone",
        "keep_giving",
        "do_homework",
        "give_first",
        "see_learn_teach",
        "join_community",
        "learn_from_mentor",
        "teach_mentee",
        "keep_balanced",
        "grow_two_way",
        "trade_skills",
    ),
    "nav.section.{}": ("start", "discover", "connect", "exchange", "reflect"),
    "passions.next_{}": ("brainstorm", "score", "narrow", "research"),
    "passions.step_{}": ("brainstorm", "score", "narrow", "research"),
    "source.{}": (*(source for source in SOURCES if source), "manual"),  # "" (typed in) reads as "manual"
}

# Keys written with a domain whose screen other work is building. Each must stay unused until that screen uses it;
# then the test fails until its line here goes, so the list cannot hide a key nobody uses.
PENDING_SCREENS: dict[str, set[str]] = {}

_KEY_LIKE = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)+")


def _code_files() -> list:
    app = [path for path in (ROOT / "frentor").rglob("*.py") if "i18n" not in path.parts]
    return [*app, *(ROOT / "pages").glob("*.py"), ROOT / "app.py"]


def _scan_code() -> tuple[set[str], set[str], set[str]]:
    """From frentor/ (but its catalogs), pages/ and app.py: the key-like words in string literals (docstrings left
    out; keys inside SQL count), every literal string, and the patterns of strings built from a literal start
    (f-strings and "prefix." + value), as regular expressions."""
    import ast

    words: set[str] = set()
    strings: set[str] = set()
    patterns: set[str] = set()
    for path in _code_files():
        for literal in string_literals(path):
            words.update(_KEY_LIKE.findall(literal.value))
            strings.add(literal.value)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                parts = [re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in node.values]
                patterns.add("".join(parts))
            elif (
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Add)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)
            ):
                patterns.add(re.escape(node.left.value) + ".+")
    return words, strings, patterns


def _pattern(template: str) -> str:
    return ".+".join(re.escape(part) for part in template.split("{}"))


def test_every_catalog_key_is_used_by_the_code():
    words, strings, patterns = _scan_code()
    built_from = {**_built_from_constants(), **BUILT_FROM_LITERALS}
    not_built = [template for template in built_from if _pattern(template) not in patterns]
    assert not_built == [], "listed here, but the code builds no such key"
    missing = [template.format(v) for template, values in built_from.items() for v in values]
    assert [key for key in missing if key not in CATALOG] == [], "built from these values, but not in the catalog"
    unwritten = [(t, v) for t, values in BUILT_FROM_LITERALS.items() for v in values if v not in strings]
    assert unwritten == [], "values listed here that the code does not write"
    built = {template.format(v) for template, values in built_from.items() for v in values}
    pending = set().union(*PENDING_SCREENS.values())
    unused = {key for key in CATALOG if key not in words and key not in built}
    assert sorted(unused - pending) == [], "catalog keys nothing uses: remove them (or list their screen below)"
    assert sorted(pending - unused) == [], "keys listed as pending that are used now: take them off the list"
