"""The casualty passes that a document's words gate, and the gates themselves.

A gate skips a pass where the pass's pattern cannot match: it must be built from the word
list the pattern is built from (a word added to the list opens the gate too), and it must
let through every text the pattern matches, letters that case-blind matching folds from
another script ("ſ", dotted and dotless i) included. The skipped work must change no figure.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import casualties as C
from workbench.core.extract import casualty_taken_part as TP
from workbench.core.extract.casualty_doubled import mend_doubled
from workbench.core.extract.casualty_part_state import parts_by_reference
from workbench.core.extract.casualty_slips import mend_slips
from workbench.core.extract.lang import en as EN
from workbench.core.extract.spans import document, low_words
from workbench.core.extract.tails import cue_gate


def _taken_pattern_matches(text: str) -> bool:
    return bool(TP._part().search(text) or TP._left_with().search(text))


def test_every_taken_participle_opens_the_gate() -> None:
    for word in EN.TAKEN_PART_PARTICIPLES:
        for form in (word, word.upper(), word.capitalize()):
            text = f"Of those {form}, 19 escaped."
            assert _taken_pattern_matches(text)
            assert C._TAKEN_PART_GATE(document(text).low), form


def test_the_gate_is_built_from_the_list() -> None:
    assert C._TAKEN_PART_GATE.cues == cue_gate(EN.TAKEN_PART_PARTICIPLES).cues  # type: ignore[attr-defined]
    # a word added to the list reaches the gate built from it
    grown = cue_gate((*EN.TAKEN_PART_PARTICIPLES, "spirited away"))
    assert grown("of those spirited\naway, 19 escaped.")
    assert not C._TAKEN_PART_GATE("of those spirited away, 19 escaped.")


def test_a_phrase_gates_on_its_longest_word() -> None:
    gate = cue_gate(EN.TAKEN_OFF_WITH)
    assert gate("the gunmen made   off\nwith 12 villagers")  # any whitespace run
    assert not gate("the gunmen were seen near the road")
    with pytest.raises(ValueError):
        cue_gate(("née",))


def test_letters_folded_from_another_script_open_the_gate() -> None:
    for text in ("Of those ſeized, 19 escaped.", "Of those kıdnapped, 19 escaped.",
                 "Of those KİDNAPPED, 19 escaped."):
        assert _taken_pattern_matches(text)
        assert C._TAKEN_PART_GATE(document(text).low)
        assert C._TAKEN_PART_GATE(text.lower())  # "İ" lowered to "i" and a combining dot
    assert any(f["text"].startswith("Of those ſeized") for f in C.find_casualties(
        "Gunmen seized 40 villagers. Of those ſeized, 19 escaped."))


_WORDS = ["of", "Of", "OF", "those", "the", "pupils", "villagers", "taken", "Taken", "seized",
          "ſeized", "kıdnapped", "ABDUCTED", "snatched", "captured", "hurt", "left", "with",
          "made", "off", "fled", "19", "dozens", "three", "escaped", "were", "freed", "to",
          "hospital", "ta\u212aen", "capturéd"]
_SEPS = [" ", "  ", "\n", ", ", ",", ". "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), max_size=12))
def test_the_gate_is_no_weaker_than_the_patterns(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    if _taken_pattern_matches(text):
        assert C._TAKEN_PART_GATE(document(text).low)


def test_the_taken_parts_are_still_read() -> None:
    found = C.find_casualties("Gunmen seized 40 villagers on Monday. Of those taken, 19 escaped.")
    assert [(f["text"], f["outcome"]) for f in found] == [
        ("seized 40 villagers", "captured"), ("Of those taken, 19 escaped", "captured")]
    found = C.find_casualties("The rebels left with dozens of villagers taken.")
    assert [(f["text"], f["outcome"]) for f in found] == [
        ("left with dozens of villagers", "captured")]


def test_a_part_by_reference_is_read_with_the_index_built_late() -> None:
    text = "A bomb wounded 20 people, six of those hurt with gunshot wounds."
    out = [{"start": 7, "end": 24, "text": "wounded 20 people", "outcome": "wounded",
            "count_low": 20, "count_high": None, "qualifier": "exact", "group": "people"}]
    parts_by_reference(text, out, text.lower())
    assert [f["text"] for f in out[1:]] == ["six of those hurt"]
    none: list[dict[str, object]] = []
    parts_by_reference("Most of the people were calm.", none, "most of the people were calm.")
    assert none == []


def test_the_words_are_split_once_for_both_mends() -> None:
    text = "Two tourists were woudned and one was stabed."
    assert low_words(text) is low_words(text)
    assert low_words(text) == document(text).low.split()
    assert mend_slips(text) == "Two tourists were wounded and one was stabed."
    mended = mend_doubled(text)
    assert mended is not None and mended[0] == "Two tourists were woudned and one was stabbed."
