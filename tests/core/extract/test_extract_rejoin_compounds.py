"""Words hyphenated across a line break: a compound or a range keeps its hyphen, a word
split by hyphenation is joined, and every span stays on the characters of the text given."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract
from workbench.core.extract.rejoin import rejoin


def _read(text: str) -> dict[str, list[dict]]:
    found = extract(text, "2026-03-20", "en")
    for items in found.values():
        for item in items:
            assert text[item["start"]:item["end"]] == item["text"]
    return found


@pytest.mark.parametrize(("text", "joined"), [
    ("twenty-\nfive", "twenty-five"),
    ("a well-\n  known man", "a well-known man"),
    ("the self-\nstyled emir", "the self-styled emir"),
    ("anti-\naircraft guns", "anti-aircraft guns"),
    ("pro-\ngovernment forces", "pro-government forces"),
    ("10-\n12 people", "10-12 people"),
    # split by hyphenation: joined
    ("wound-\ned", "wounded"),
    ("on Satur-\nday", "on Saturday"),
    ("an ex-\nplosion", "an explosion"),
    ("the pro-\ntesters", "the protesters"),
    ("al-\nready", "already"),
    ("a so-\ncial club", "a social club"),
    ("shell-\n\tfire", "shellfire"),
])
def test_what_a_break_joins(text, joined):
    result = rejoin(text)
    assert result is not None and result.text == joined
    # every joined character comes from the same character of the text given
    assert all(text[result.origin[i]] == ch for i, ch in enumerate(result.text))


def test_a_number_word_broken_at_its_hyphen_keeps_its_figure():
    # "twentyfive" was no number: the figure was lost
    found = _read("At least twenty-\nfive people were killed on Tuesday, medics said.")
    assert [(c["text"], c["count_low"], c["qualifier"]) for c in found["casualties"]] == [
        ("At least twenty-\nfive people were killed", 25, "at_least")]


def test_a_range_broken_at_its_hyphen_is_read_as_a_range():
    found = _read("Between 10-\n12 people were killed in the strike, medics said.")
    assert [(c["count_low"], c["count_high"]) for c in found["casualties"]] == [(10, 12)]


def test_a_compound_keeps_its_hyphen_in_the_words_copied():
    found = _read("A well-\nknown commander said four anti-\naircraft gunners were killed.")
    assert [s["speaker"] for s in found["statements"]] == ["A well-known commander"]
    assert [c["group"] for c in found["casualties"]] == ["anti-aircraft gunners"]
