"""folding.py: case-blind patterns and their lowered twins."""

from __future__ import annotations

import re

import pytest

from workbench.core.extract.folding import CaseBlind, lowered_text


def test_twin_matches_lowered_text_where_the_pattern_matches_any_case() -> None:
    rx = CaseBlind(r"\s*,?\s*(?:on\s+(?:Monday|Tuesday)|AFP|(?P<rel>who|that))\b")
    for text in (" on MONDAY", ", afp", " Who", " That", " on tuesday"):
        m, t = rx.match(text), rx.low.match(text.lower())
        assert m and t and m.regs == t.regs and m.lastgroup == t.lastgroup
    assert rx.match("x Monday") is None and rx.low.match("x monday") is None


def test_the_pattern_as_written_is_compiled_only_when_asked() -> None:
    rx = CaseBlind(r"kill(?:ed|s)")
    assert rx._rx is None  # the twin alone at import
    assert rx.search("He KILLS") and rx._rx is not None
    assert rx.rx.flags & re.IGNORECASE and not rx.low.flags & re.IGNORECASE
    # The regex engine folds "ſ" to "s" where str.lower does not: such text needs rx.
    assert rx.search("killſ") and not rx.low.search("killſ".lower())


@pytest.mark.parametrize("pattern", [
    r"\S+said", r"\Bsaid", r"(?-i:[A-Z])said", r"(?i)said", r"[A-Z]said", r"[^A-Z]", r"(?P<Who>x)",
    r"[\]A-Z]", "ſaid", "İs",
])
def test_text_that_cannot_be_lower_cased_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        lowered_text(pattern)


def test_named_groups_and_lower_case_escapes_survive() -> None:
    assert lowered_text(r"(?P<sp>Report)\s+(?P=sp)\b\d") == r"(?P<sp>report)\s+(?P=sp)\b\d"


@pytest.mark.parametrize("text", [
    "A report that was seen by reporters said 12 people died in the raid.",
    "The UN report that militias had burned homes was denied on Monday.",
    "Witnesses said a statement that the army had withdrawn was false.",
])
def test_report_that_is_found_whatever_the_case_of_report(text: str) -> None:
    # The cue is case-blind; a gate before it looked for "report" as written, so
    # "The REPORT that" (an upper-case headline style) was never tried.
    from workbench.core.extract import extract

    def spans(t: str) -> list[tuple[int, int]]:
        return [(s["start"], s["end"]) for s in extract(t)["statements"]]

    for word in ("report", "statement"):
        if word in text:
            shouted = text.replace(word, word.upper())
            assert spans(shouted) == spans(text)
            assert spans(text.replace(word, word.capitalize())) == spans(text)
