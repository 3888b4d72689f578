"""The common-case path of the statement engine gives what the full verb chain gives.

``statements._common_case`` decides "<Subject> said (that) <words>" without the chain of
``_sentence``; for every sentence it accepts, the entries must be the chain's. Each test
runs the engine twice, once with the path and once with it switched off, over generated
sentences (subjects, verbs, leads and words that sit near the path's edges: pronouns,
"it", relatives, commas, quote marks, places, hedges) and over every English blind
document, and compares the whole output.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import statements as S

_BLIND = Path(__file__).resolve().parents[3] / "bench" / "blind"

_SUBJECTS = [
    "Residents", "Officials", "The army", "Aid agencies", "The defence ministry",
    "Farmers in the valley", "A spokesman for the governor", "Police", "Witnesses",
    "The United Nations", "Colonel Maren Ostby", "Analysts", "He", "They", "It",
    "The minister also", "Officials later", "The group, which", "Doctors who", "If the army",
    "When police", "The report", "Nearby residents", "The army and police", "Rebels but",
    "The minister is reported to have", "A source quoted by the agency", "Mr Lual",
    "The two deaths it", "the army", "Nobody", "The figure they",
]
_VERBS = ["said", "says", "say", "Said", "told reporters", "added", "denied"]
_LEADS = ["", "that", "on Monday", "on Monday that", "in a statement that", "late on Friday",
          "on Sept. 7, 2004 that", "in Kessa that", "at a news conference that"]
_WORDS = [
    "the fighting lasted six hours.", "12 people had died.", "it had detained 15 men.",
    "they hoped to plant their fields.", "it.", "in Kessa.", "by telephone.",
    "the army, which lost men, would regroup.", "goodbye to the crowd.",
    "prayers would be held.", "\"we will stay\" and left.", "he was safe.",
    "late February was the deadliest month, with scores killed.",
    "the talks would resume, police said.", "a third man, who was shot, remained in hospital.",
    "on Monday.", "nothing.", "the convoy was hit by a mine and two died.",
    "that he had asked the council to help.", "the nurse.", "the army.",
    "a claim the rebels denied.", "so, according to the army.", "‘leave now’ and ran.",
]


def _sentence(subject: str, verb: str, lead: str, words: str) -> str:
    return " ".join(p for p in (subject, verb, lead, words) if p)


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[dict[str, object]],
                                                               list[dict[str, object]]]:
    """The engine's output with the common-case path, then with the chain alone."""
    fast = S.find_statements(text)
    with monkeypatch.context() as m:
        m.setattr(S, "_common_case", lambda *args: None)
        chain = S.find_statements(text)
    return fast, chain


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many sentences the path accepted since the call (one list entry each)."""
    taken: list[int] = []
    real = S._common_case

    def counting(*args: object) -> object:
        found = real(*args)  # type: ignore[arg-type]
        if found is not None:
            taken.append(1)
        return found

    monkeypatch.setattr(S, "_common_case", counting)
    return taken


def test_the_grid_of_shapes_gives_the_chains_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = _counted(monkeypatch)
    for i, (subject, verb, lead) in enumerate(itertools.product(_SUBJECTS, _VERBS, _LEADS)):
        # every combination of subject, verb and lead, each with four of the words in turn
        for words in (_WORDS[(5 * i + k) % len(_WORDS)] for k in range(4)):
            text = "Clashes in the north\n" + _sentence(subject, verb, lead, words)
            fast, chain = _both(text, monkeypatch)
            assert fast == chain, text
    assert len(taken) > 500  # the path is taken, not only fallen back from


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS),
                                 st.sampled_from(_LEADS), st.sampled_from(_WORDS)),
                      min_size=1, max_size=4),
       joiner=st.sampled_from([" ", "\n", "\n\n", " \"", "\" "]))
def test_generated_documents_give_the_chains_entries(
        parts: list[tuple[str, str, str, str]], joiner: str) -> None:
    text = joiner.join(_sentence(*p) for p in parts)
    with pytest.MonkeyPatch.context() as m:
        fast, chain = _both(text, m)
    assert fast == chain, text


def _blind_texts() -> Iterator[str]:
    for path in sorted(_BLIND.glob("en-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]


def test_every_english_blind_document_gives_the_chains_entries(
        monkeypatch: pytest.MonkeyPatch) -> None:
    taken = _counted(monkeypatch)
    for text in _blind_texts():
        fast, chain = _both(text, monkeypatch)
        assert fast == chain, text[:200]
    assert len(taken) > 100
