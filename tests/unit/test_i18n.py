import re

import pytest

from frentor.i18n import CATALOG, LANGUAGES, normalise_language, translate


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
