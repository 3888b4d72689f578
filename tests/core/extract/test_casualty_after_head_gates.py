"""The cheap paths of ``casualty_after_head.head_edits`` find what its patterns find.

``head_edits`` runs on every English document. Its verb-group pattern runs as a case-blind
pattern's twin over the lowered text when the text is ASCII, and its named-pair pattern is
tried only where one of its verbs stands (``_named_pairs``). Each probe here is fed to both
the cheap path and the pattern as written, and the spans must be the same: every verb and
outcome word the layer opens at, in every case, and near-misses (a verb inside a longer
word, a verb twice, a verb with no name after it). Every sentence is fictional.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import casualty_after_head as AH
from workbench.core.extract.lang import en as EN

_COPULAS = ("were", "was", "are", "is", "have been", "has been", "had been", "remain",
            "remains", "remained")


def _cases(text: str) -> list[str]:
    return [text, text.upper(), text.title(), text.lower()]


def _named_pair_probes() -> list[str]:
    probes = []
    for verb in EN.NAMED_PAIR_VERBS:
        probes += [
            f"Police {verb} opposition politician Ana Toro and five members of her team.",
            f"Troops {verb} up Ben Kalo and two drivers near the bridge on Monday.",
            f"Guards {verb} Ana Toro and six others; they also {verb} Ben Kalo and two aides.",
            f"The men were un{verb} and {verb}{verb} Ana Toro and three guards at dawn.",
            f"Gunmen {verb} the village and four farmers fled.",
            f"{verb.capitalize()} were Ana Toro and five aides.",
        ]
    return probes


@pytest.mark.parametrize("text", _named_pair_probes())
def test_named_pairs_are_the_patterns_own_matches(text: str) -> None:
    for case in _cases(text):
        assert [m.span("gap") for m in AH._named_pairs(case)] == [
            m.span("gap") for m in AH._NAMED_PAIR.finditer(case)]


def test_every_named_pair_verb_opens_a_pair() -> None:
    for verb in EN.NAMED_PAIR_VERBS:
        text = f"Police {verb} opposition politician Ana Toro and five members of her team."
        assert [m.group("gap") for m in AH._named_pairs(text)] == [
            "opposition politician Ana Toro and "]


def _verb_group_probes() -> list[str]:
    words = (*AH._GATE_WORDS, "died", "perished", "fled")
    probes = [f"Two drivers for an aid agency {cop} {word} on Monday."
              for cop in _COPULAS for word in words[:: max(1, len(words) // 12)]]
    probes += [f"Five shepherds from the hamlet {cop} also {word}."
               for cop in ("were", "have been") for word in words]
    probes += [f"Three traders from the market have since {word}, police said."
               for word in ("died", "perished", "fled")]
    probes += ["Six   candidates  WERE\tKILLED and two\nwere wounded.",
               "A nurse was kidnapped; a driver was not.", "Nothing happened here at all."]
    return probes


@pytest.mark.parametrize("text", _verb_group_probes())
def test_the_verb_group_twin_finds_the_case_blind_matches(text: str) -> None:
    for case in _cases(text):
        assert case.isascii()
        assert [m.span() for m in AH._VERB_GROUP.low.finditer(case.lower())] == [
            m.span() for m in AH._VERB_GROUP.finditer(case)]


def test_head_edits_read_text_of_other_scripts_as_written() -> None:
    # (no twin there: the case-blind pattern as written; the same cuts as the ASCII text)
    ascii_text = "Gunmen struck. Two drivers for an aid agency were killed."
    other = "Gunmen struck near Böblingen. Two drivers for an aid agency were killed."
    shift = len(other) - len(ascii_text)
    assert AH.head_edits(ascii_text)
    assert AH.head_edits(other) == [(a + shift, b + shift, new)
                                    for a, b, new in AH.head_edits(ascii_text)]
