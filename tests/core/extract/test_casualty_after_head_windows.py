"""The verb groups of ``casualty_after_head`` are looked for only before their last word.

On ASCII text ``_verb_groups`` searches the verb-group pattern only in the stretches before
the casualty trigger words that may close a group (the shared trigger pass finds them),
where the whole-text search opened at every space. Each probe here goes through both the
windowed search and the pattern's twin over the whole lowered text, and the spans (and
``head_edits``'s cuts) must be the same: a group at a text's start and end, several in one
sentence, next to a count and far from one, across a sentence boundary and a blank line,
behind long white space (where the whole text is read), a closing word inside a longer
word, and texts with no group at all. Every sentence is fictional.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import casualty_after_head as AH
from workbench.core.extract.triggers import CASUALTY, triggers


def _whole(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in AH._VERB_GROUP.low.finditer(text.lower())]


def _windowed(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in AH._verb_groups(text)]


def _probes() -> list[str]:
    probes = []
    for word in (*AH._GROUP_ENDS[:: max(1, len(AH._GROUP_ENDS) // 15)], "died", "fled"):
        probes += [
            f"Two drivers for an aid agency were {word} on Monday.",
            f" were {word}",  # a group opening the text, its word closing it
            f"Officials said the men who were {word}. Four guards had been also {word}.",
            f"Eleven people, whom the army named, were subsequently {word} and nine were {word}",
            f"The convoy stopped.\nWere\n\n{word} in the night, the drivers said.",
            f"Soldiers were {word}ly received; a clerk was un{word}.",
        ]
    probes += [
        "Six   candidates  WERE\tKILLED and two\nwere wounded.",
        "Five farmers" + " " * 80 + "were" + " " * 90 + "killed in the raid.",
        "A nurse" + "\n" * 70 + "was\t\t\tkidnapped on the road.",
        # (the stretch before the word holds every letter a group may: read whole)
        "Two men " + "have" + " " * 13 + "been" + " " * 13 + "subsequently" + " " * 14
        + "killed.",
        "Three traders from the market have since died, police said. The rest fled.",
        "The mayor opened the bridge on Monday; nothing else happened.",
        "",
        "killed",
        "Killed were two.",
    ]
    return probes


@pytest.mark.parametrize("text", _probes())
def test_windowed_verb_groups_are_the_whole_texts(text: str) -> None:
    for case in (text, text.upper(), text.title()):
        assert _windowed(case) == _whole(case)


def test_a_long_white_space_before_the_word_reads_the_whole_text() -> None:
    text = "Five farmers" + " " * 80 + "were" + " " * 90 + "killed in the raid."
    assert _whole(text)  # (a group with more white space than the stretch holds)
    low = text.lower()
    assert AH._group_windows(low, triggers(text)[CASUALTY]) is None


def test_windows_are_near_the_closing_words_only() -> None:
    text = ("The council met on Monday and the mayor spoke at length about roads. "
            "Two guards were killed.")
    windows = AH._group_windows(text.lower(), triggers(text)[CASUALTY])
    assert windows is not None and len(windows) == 1
    lo, hi = windows[0]
    assert lo > len("The council met")
    assert text[hi - 1] == "."
    assert _windowed(text) == _whole(text) == [(text.index(" were"), text.index(".", 80))]


@pytest.mark.parametrize("text", _probes())
def test_head_edits_are_the_same_as_on_the_whole_text(text: str, monkeypatch) -> None:
    windowed = AH.head_edits(text)
    monkeypatch.setattr(AH, "_verb_groups", lambda t: AH._VERB_GROUP.low.finditer(t.lower()))
    assert AH.head_edits(text) == windowed
