"""Engines registered per language, and dispatch by the document's language."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract, lang, registry

ENGLISH = "Gunmen killed 12 villagers on Monday, police said."
ARABIC = "قال مسؤول إن مسلحين قتلوا 12 قرويا يوم الاثنين"


def test_english_is_the_default_for_none_and_unknown_codes() -> None:
    for code in (None, "en", "EN", "en-GB", "fr", "xx"):
        found = extract(ENGLISH, "2024-03-06", code)
        assert [c["count_low"] for c in found["casualties"]] == [12], code
        assert [s["speaker"] for s in found["statements"]] == ["police"], code


def test_a_language_that_falls_back_to_english_reads_broken_words_whole_too() -> None:
    # The rejoin ran only for the code "en": an "en-GB" or undetected document got the
    # English engines but not their reading of "kill-\ned", and lost both figures.
    text = "Four people were kill-\ned and six were wound-\ned in the blast on Monday."
    for code in (None, "en", "en-GB", "fr"):
        found = extract(text, "2024-03-06", code)["casualties"]
        assert [(c["count_low"], c["outcome"]) for c in found] == [
            (4, "killed"), (6, "wounded")], code
        assert [c["text"] for c in found] == ["Four people were kill-\ned",
                                              "six were wound-\ned"], code
    assert registry.preparation_for("ar") is None  # Arabic text is read as given


def test_english_rules_never_run_on_arabic() -> None:
    from workbench.core.extract.ar import extract_ar

    # The English tail would give a "killed 12 villagers" figure if English rules ran.
    mixed = ARABIC + " killed 12 villagers"
    for code in ("ar", None):
        found = extract(mixed, None, code)
        assert found == extract_ar(mixed, None), code
        assert not any("villagers" in c["text"] for c in found["casualties"]), code


@pytest.fixture
def clean_registry():
    saved = {k: dict(v) for k, v in registry._ENGINES.items()}
    yield
    registry._ENGINES.clear()
    registry._ENGINES.update(saved)


def test_registered_engines_run_for_their_language(clean_registry) -> None:
    def fake_casualties(text: str) -> list[dict]:
        return [{"start": 0, "end": 3, "text": text[:3], "outcome": "killed",
                 "count_low": 12, "count_high": None, "qualifier": "exact", "group": None}]

    def fake_dates(text: str, published: str | None) -> list[dict]:
        return [{"start": 0, "end": 1, "text": text[:1], "value": published,
                 "precision": "day"}]

    registry.engines_for("ar")  # load the shipped engines first, then replace them
    registry._ENGINES["ar"] = {}
    registry.register("ar", "casualties", fake_casualties)
    registry.register("ar", "dates", fake_dates)
    found = extract(ARABIC, "2024-03-06", "ar")
    assert found["casualties"][0]["count_low"] == 12
    assert found["dates"][0]["value"] == "2024-03-06"
    assert found["statements"] == [] and found["claims"] == []
    assert set(registry.engines_for("ar")) == {"casualties", "dates"}
    assert "ar" in registry.languages()


def test_register_refuses_an_unknown_kind(clean_registry) -> None:
    with pytest.raises(ValueError):
        registry.register("ar", "weather", lambda text: [])


def test_optional_module_engines_are_found_by_name(clean_registry, tmp_path, monkeypatch) -> None:
    pkg = tmp_path / "fakelang_xx.py"
    pkg.write_text(
        "def find_statements_xx(text):\n"
        "    return [{'start': 0, 'end': 4, 'text': text[:4], 'speaker': 'X'}]\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    loaded = lang.load_optional(registry.register, (("xx", "fakelang_xx"), ("xx", "missing_mod")))
    assert loaded == ["fakelang_xx"]
    assert set(registry.engines_for("xx")) == {"statements"}
    assert extract("Some words here", None, "xx")["statements"][0]["speaker"] == "X"
