"""The review of the later engine changes of the fourth session of 5 December 2026 (issue
11): an input that broke ``extract``, found by a fuzz of the blind sets, failing before its
fix.

* The words of a statement that end on a relative pronoun lose it, and then the preposition
  that opened the relative ("in which"); when that preposition was the only word left
  ("Police said with who."), the second cut asked for a word before it that was not there
  (IndexError). So did the first cut when the pronoun's space followed a line break alone.
  The words are now cut to nothing and dropped, as any words too short are.
* Not a raise but a stall: the lead after a verb of saying that closes on a medium's
  participle ("said in a statement emailed to reporters.") read its last words as pieces a
  word could be cut into anywhere, so a long word that was not the sentence's end tried its
  every split: a second for a word of 36 letters, near ten for 48. Each word is now taken
  whole.
"""

from __future__ import annotations

import pytest

from tests.timing import cpu_seconds
from workbench.core.extract import extract
from workbench.core.extract.statement_record import _add


@pytest.mark.parametrize("text", [
    "Police said with who.",
    "Staff Sergeant Leo Bouchard said with who",
])
def test_preposition_alone_before_the_relative(text: str) -> None:
    assert extract(text, language="en")["statements"] == []  # raised IndexError


def test_words_before_the_relative_kept() -> None:
    text = ("A police spokesman said the attack killed five people, a military officer "
            "saying with who")
    found = extract(text, language="en")["statements"]
    assert [(s["text"], s["speaker"]) for s in found] == [
        ("the attack killed five people", "A police spokesman")]


def test_relative_alone_after_a_line_break() -> None:
    text = "Police said:\n who"
    out: list[dict[str, object]] = []
    assert not _add(out, text, text.index("\n"), len(text), "Police")  # raised IndexError
    assert out == []


def test_long_word_after_a_medium_participle() -> None:
    text = ("Police said in a statement emailed to " + "s" * 48
            + " x, that nine people were killed.")
    extract(text.replace("s" * 48, "reporters"), language="en")  # the patterns compiled
    seconds, found = cpu_seconds(lambda: extract(text, language="en")["statements"])
    assert seconds < 0.5  # took some ten seconds
    assert [(s["text"], s["speaker"]) for s in found] == [
        ("emailed to " + "s" * 48 + " x, that nine people were killed", "Police")]
