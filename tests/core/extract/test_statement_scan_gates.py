"""The statement engine's cost per document (issue 11, speed round 5): three gates in front
of patterns that the regex engine tries at every position give the same answers as the
ungated patterns.

- ``drop_pull_quotes``: a heading quote line opens with a quote mark at the text's start
  or after a line break (and spaces or tabs).
- ``glued_dated_place``: a dated dateline glued to the headline holds a dash and a
  four-figure year before the line's end.
- ``_BEFORE_QUOTE``: the attribution before a quote holds one of the words its verb
  branches open with; a page of loose quotes no longer reads 1,500 characters back at
  each quote.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import glued_dated_place as GDP
from workbench.core.extract import statement_heading_quote as SHQ
from workbench.core.extract import statement_quotes as SQ
from workbench.core.extract.statements import find_statements

_ALWAYS = re.compile("")  # a gate that lets every text through: the ungated form


def _ungated_glued(text: str, stop: int) -> int:
    for m in GDP._GLUED_DATED_PLACE.finditer(text, 1, stop):
        if not GDP._AFTER_PLACE_COMMA.search(text, max(0, m.start() - 40), m.start()):
            return m.end()
    return 0


# --- pull quotes: a quote mark at a line's start ------------------------------------------

_QUOTE_LINE_TEXTS = [
    # a feature's pull quote over the body, with straight and curly marks
    "'I count the hours by the clock'\nNadia Orlov waits at the gate. \"I count the hours "
    "by the clock,\" she says.",
    "\u201cWe will rebuild the school\u201d\nThe mayor spoke on Monday. \u201cWe will "
    "rebuild the school,\u201d he said.",
    # indented by spaces and a tab, and between paragraphs
    "Flood waters rise in the valley\n  \t\"Nobody came to help us\"\nThe farmers waited. "
    "\"Nobody came to help us,\" one farmer said.",
    # no heading quote: the quote marks sit inside lines
    "Talks resume in the capital\nThe envoy said \"the talks will go on\" and left. "
    "\"The talks will go on,\" she said.",
    # a quote line whose words come nowhere again keeps its reading
    "\"A long night in the camp\"\nThe camp's manager said the lights failed.",
    # no line break at all
    "\"We will stay until the end,\" the commander said. \"We will stay until the end.\"",
]


@pytest.mark.parametrize("text", _QUOTE_LINE_TEXTS)
def test_pull_quote_gate_gives_the_ungated_answer(text: str, monkeypatch: pytest.MonkeyPatch
                                                  ) -> None:
    gated = find_statements(text)
    monkeypatch.setattr(SHQ, "_TEXT_OPENS_QUOTE", _ALWAYS)
    assert find_statements(text) == gated


def test_pull_quote_is_still_dropped() -> None:
    text = _QUOTE_LINE_TEXTS[0]
    found = find_statements(text)
    # the body's entry stays, the heading's repeat of it gives none
    assert [o["speaker"] for o in found] == ["Nadia Orlov"]
    assert all(int(o["start"]) > text.index("\n") for o in found)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .,\n\t \"'\u201c\u201d\u2018\u2019", max_size=60))
def test_every_heading_quote_opens_where_the_gate_looks(text: str) -> None:
    if SHQ._HEADING_QUOTE.search(text):
        assert SHQ._TEXT_OPENS_QUOTE.match(text) or SHQ._LINE_OPENS_QUOTE.search(text)


def test_no_entries_no_pull_quote_pass() -> None:
    out: list[dict[str, object]] = []
    assert SHQ.drop_pull_quotes("\"A quote line here\"\n\"A quote line here,\" he said.",
                                out) is out


# --- a dated dateline glued to the headline ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kessa: Attacks on traders on the rise, warns MSF Kessa City, 13 August 2026 - Medics "
    "today warned that ...",
    "Kessa: Attacks on traders on the rise, warns MSF Kessa City, August 13, 2026 \u2013 "
    "Medics today warned that ...",
    # no dash, or no year: no dateline
    "Kessa: Attacks on traders on the rise, warns MSF Kessa City, 13 August 2026 Medics ...",
    "Kessa: Attacks on traders on the rise, warns MSF Kessa City, 13 August - Medics ...",
    # a dash and a year, but no dated place before the dash
    "Rebels free two kidnapped engineers - TV 2026 report",
    "KINGSTON, Jamaica, 8 May 2026 - The storm ...",
])
def test_glued_dated_place_gate_gives_the_ungated_answer(text: str) -> None:
    for stop in (len(text), 300, text.find("-") if "-" in text else 40):
        assert GDP.glued_dated_place(text, stop) == _ungated_glued(text, stop)


def test_glued_dated_place_still_reads_the_dateline() -> None:
    text = ("Kessa: Attacks on traders on the rise, warns MSF Kessa City, 13 August 2026 - "
            "Medics today warned that ...")
    assert GDP.glued_dated_place(text, 300) == text.index("Kessa City")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Kessa", "City", "Vell", ",", " ", "13", "2026", "August",
                                 "Aug.", "-", "\u2014", "\u2013", "--", "warns", "x"]),
                max_size=24),
       st.integers(min_value=0, max_value=120))
def test_glued_dated_place_gate_on_any_words(words: list[str], stop: int) -> None:
    text = "Head " + " ".join(words) + " Medics said."
    assert GDP.glued_dated_place(text, stop) == _ungated_glued(text, stop)


# --- the attribution before a quote ---------------------------------------------------------

_BEFORE_QUOTE_TEXTS = [
    # each branch of the verb: told, a plain introducer, a phrase, a message verb, "called",
    # a describing verb, and the relative "she describes as"
    "The mayor told reporters on Monday: \"We will rebuild every house in the town.\"",
    "The envoy said: \"The talks will go on until every prisoner is home.\"",
    "Her father used to say: \"A road is only as safe as its last checkpoint.\"",
    "A reader, Huw, emails: \"The bridge at Vell has been closed since the spring.\"",
    "The minister called the payments \"a bribe to keep the mines open\" on Friday.",
    "The council described the attack as \"a crime against the whole town\" on Sunday.",
    "It is a budget she describes as \"a borrowed stove and a little hope\" at best.",
    # no verb before the quote: no attribution read there
    "The convoy reached the camp at noon. \"Nobody had eaten for two days,\" a nurse said.",
    "\"We will not leave until the last family is safe.\" \"The road is still closed.\"",
    # a quote paragraph brought in by the line before it
    "Marta Venn, the head of the mission, said:\n\"We have counted forty homes burned.\"",
]


@pytest.mark.parametrize("text", _BEFORE_QUOTE_TEXTS)
def test_before_quote_gate_gives_the_ungated_answer(text: str, monkeypatch: pytest.MonkeyPatch
                                                    ) -> None:
    gated = find_statements(text)
    monkeypatch.setattr(SQ, "_BEFORE_QUOTE_WORD", _ALWAYS)
    assert find_statements(text) == gated


def test_before_quote_still_reads_its_speakers() -> None:
    speakers = {str(o["speaker"]) for t in _BEFORE_QUOTE_TEXTS[:2] for o in find_statements(t)}
    assert {"The mayor", "The envoy"} <= speakers


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The", "envoy", "mayor", "she", "he", "told", "said",
                                 "says", "used", "to", "say", "went", "on", "emails",
                                 "called", "the", "payments", "described", "describes",
                                 "as", "it", ",", ":", "and", "reporters", "\n"]),
                max_size=16))
def test_every_before_quote_match_holds_a_gate_word(words: list[str]) -> None:
    text = " ".join(words) + " \"words\""
    end = text.rindex("\"words\"")
    if SQ._BEFORE_QUOTE.search(text, 0, end):
        assert SQ._BEFORE_QUOTE_WORD.search(text, 0, end)


def test_a_page_of_loose_quotes_reads_in_linear_time() -> None:
    # '." ' closes each quote, so no ". " ends the span looked back over: each quote read
    # back 1,500 characters with a pattern tried at every position (2 seconds a page)
    line = "\"We will not leave until the last family is safe.\" "
    text = (line * (64_000 // len(line) + 1))[:64_000]
    t0 = time.process_time()
    find_statements(text)
    assert time.process_time() - t0 < 1.0
