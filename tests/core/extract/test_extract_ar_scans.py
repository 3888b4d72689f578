"""The Arabic engines' document scans find exactly what the plain scans they replace find.

The date starts are two scans instead of one alternation, the claim verbs are tried only
around their cores, and the fold keeps the dropped runs instead of an offset per character.
Each is checked against the plain version on generated text made of the words those scans
look for, glued to clitics, digits and marks, cut at random places.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract.ar import claims as K
from workbench.core.extract.ar import dates as D
from workbench.core.extract.ar import normalise as N
from workbench.core.extract.lang.build import alt, alt_branches

_PIECES = sorted({
    *D._DATE_START_WORDS, "بعد", "غد", "امس", "الاول", "اول", "من", "تبني", "تبنت", "يتبني",
    "تتبن", "اعلن", "اعلنت", "اعلنا", "نفي", "نفت", "ينفي", "تنفي", "مسووليته", "اي",
    "علاقه", "لم", "الهجوم", "قتل", "2018", "15", "٣", "ـ", "\u064e", "\u0651",
})
_GLUE = ["", " ", "  ", "\n", "و", "ف", "ب", "ل", "ال", "ت", "ي", "ا", ".", "،", "-", "/",
         '"', "«", "7", "x"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_GLUE), st.sampled_from(_PIECES)),
                          max_size=14))
    return "".join(g + w for g, w in parts) + draw(st.sampled_from(_GLUE))


# The one alternation the two scans replace.
_DATE_START = re.compile(alt(D._DATE_START_WORDS) + r"|\d+")


def _plain_date_starts(ft: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DATE_START.finditer(ft)]


def _split_date_starts(ft: str) -> list[tuple[int, int]]:
    return sorted([m.span() for m in D._START_WORD.finditer(ft)]
                  + [m.span() for m in D._DIGIT_RUN.finditer(ft)])


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_date_start_scans_find_the_alternations_matches(text: str) -> None:
    ft = N.fold(text).text
    assert _split_date_starts(ft) == _plain_date_starts(ft)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_claim_verbs_found_from_their_cores_are_the_scans(text: str) -> None:
    ft = N.fold(text).text
    assert [m.span() for m in K._verb_matches(ft)] == [m.span() for m in K._VERB.finditer(ft)]


def test_the_generated_texts_hold_what_the_scans_look_for() -> None:
    # (so that the two properties above are not vacuous)
    ft = N.fold("وتبنت جماعة الهجوم، ونفى الجيش أي علاقة بعد غد في 15 آذار 2018").text
    assert len(K._verb_matches(ft)) == 2
    assert len(_split_date_starts(ft)) >= 4


def test_branches_without_an_outer_group_open_with_their_letters() -> None:
    words = ["مارس", "مساء", "امس", "بعد غد", "اذار"]
    flat = alt_branches(words)
    assert [b[0] for b in _top_level_branches(flat)] == sorted({w[0] for w in words})
    text = "وفي مساء امس ومارس بعد  غد اذاري"
    assert ([m.span() for m in re.finditer(flat, text)]
            == [m.span() for m in re.finditer(alt(words), text)])
    with pytest.raises(ValueError):
        alt_branches(["", "امس"])


def _top_level_branches(pattern: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


_CORPUS = Path(os.environ.get("WORKBENCH_CORPUS", "/work/shared/corpus")) / "ar-dev.jsonl"


@pytest.mark.skipif(not _CORPUS.exists(), reason="the development corpus is outside the project")
def test_scans_agree_on_the_development_documents() -> None:
    for line in _CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        ft = N.fold(text).text
        assert _split_date_starts(ft) == _plain_date_starts(ft)
        assert [m.span() for m in K._verb_matches(ft)] == [m.span() for m in K._VERB.finditer(ft)]
