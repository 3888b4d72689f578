"""Round en153: a single-quoted statement whose speaker is a description with a relative
clause set off by commas after it ("said a baker near the square, who ...")."""

from __future__ import annotations

import pytest

from workbench.core.extract.statements import find_statements


@pytest.mark.parametrize(("text", "speaker"), [
    ("'Our stock is gone,' said a pharmacist near the bus station, who spoke on condition of"
     " anonymity.", "a pharmacist near the bus station"),
    ("‘The bridge went down at midnight,’ said a fisherman on the east bank, who declined to"
     " be named.", "a fisherman on the east bank"),
    # (round en231) read as its double-marked twin is: the relative clause is no part of
    # the speaker, whatever it says
    ("'They came at night,' said a shepherd near the ridge, who fled with his flock.",
     "a shepherd near the ridge"),
])
def test_described_speaker_with_a_relative_after_a_comma(text: str, speaker: str) -> None:
    found = find_statements(text)
    assert [(s["text"], s["speaker"]) for s in found] == [(text[1:text.index(",")], speaker)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("'We will rebuild,' the mayor said.", "the mayor"),
    ("'We will rebuild,' said Ana Reyes, a spokesperson.", "Ana Reyes"),
    ("'The port is shut,' said a trader near the docks.", "a trader near the docks"),
])
def test_look_alikes_keep_their_speaker(text: str, speaker: str) -> None:
    assert [s["speaker"] for s in find_statements(text)] == [speaker]
