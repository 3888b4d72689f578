"""A loose quote's earlier statement is found by bisection (issue 11, speed): the same
statement the full reading of every statement and attribution found, and a long feature's
statement time grows in step with its length."""

from __future__ import annotations

import random
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import statements as S
from workbench.core.extract.statement_loose_prior import LoosePrior
from workbench.core.extract.statements import find_statements

_PEOPLE = [("Mira Castell", "she"), ("Tomas Varga", "he"), ("Lena Okafor", "she"),
           ("Pavel Drun", "he"), ("Sara Minot", "she"), ("Idris Kell", "he"),
           ("Hana Bolt", "she"), ("Omar Fennick", "he"), ("Ruth Adlam", "she"),
           ("Jonas Peller", "he")]
_PARAGRAPHS = [
    "The market in {town} reopened on Tuesday after weeks of shelling. {name}, who sells "
    "bread near the bridge, stood by her stall.",
    '"We came back because there was nowhere else to go," {pro} says. "He told us to '
    'wait, but the children were hungry."',
    '{name} has lived in {town} for thirty years. "The river used to be full of boats," '
    "{pro} says, pointing at the empty quay.",
    'Local officials said that {n} people had returned this month. "It is not safe yet," '
    '{name} said. "But people are tired."',
    '"I spoke to one of them, Arvid, an hour before," {pro} says. "He said he would bring '
    'back flour."',
    "At the clinic, a nurse who asked not to be named said supplies were running low. "
    '"We have bandages for a week," she said.',
    '"They promised a convoy," {name} says, "and nothing came." {Pro} shrugs and turns back '
    "to the crowd.",
]


def _feature(size: int) -> str:
    """An invented long feature: named people, many quotes, paragraphs."""
    parts: list[str] = []
    i = 0
    while sum(len(p) + 2 for p in parts) < size:
        name, pro = _PEOPLE[i % len(_PEOPLE)]
        parts.append(_PARAGRAPHS[i % len(_PARAGRAPHS)].format(
            name=name, pro=pro, Pro=pro.capitalize(),
            town=("Keldar", "Ostrova", "Brennik", "Salvin")[i % 4], n=100 + i))
        i += 1
    return "\n\n".join(parts)


# --- the old reading, written out, beside the lookup ------------------------------------

def _old_read_already(out: list[dict[str, Any]], qs: int, qe: int) -> bool:
    return any(o["start"] == qs and qs < o["end"] <= qe for o in out)


def _old_last_before(text: str, out: list[dict[str, Any]], used: list[tuple[int, int]],
                     qs: int) -> dict[str, Any] | None:
    prior = [o for o in out if int(o["end"]) <= qs and qs - int(o["end"]) < 300
             and not any(a <= int(o["start"]) and int(o["end"]) <= b
                         and text[a] not in "\"“" for a, b in used)]
    return max(prior, key=lambda o: o["end"]) if prior else None


class _Checked(LoosePrior):
    """The lookup that asks the old reading too, on every question of a real text."""

    asked = 0

    def __init__(self, text: str, out: list[dict[str, object]],
                 used: list[tuple[int, int]]) -> None:
        super().__init__(text, out, used)
        self.text, self.out_seen, self.used = text, out, used

    def read_already(self, qs: int, qe: int) -> bool:
        got = super().read_already(qs, qe)
        assert got == _old_read_already(self.out_seen, qs, qe)
        return got

    def last_before(self, qs: int) -> dict[str, object] | None:
        got = super().last_before(qs)
        assert got is _old_last_before(self.text, self.out_seen, self.used, qs)
        type(self).asked += 1
        return got


_TEXTS = [
    _feature(3000),
    _feature(9000),
    'Anna Kruse runs the shelter. "We sleep in shifts," she said. "Nobody complains."\n\n'
    '"The roof leaks," Kruse added. "We fixed it twice."',
    '"Nothing is left," the mayor, who asked that his town not be named, told reporters. '
    '"Nothing at all."\n\n"We will rebuild," said Ivo Brandt. "Slowly."',
    'Colonel Dara Finch spoke by phone. "The road is open," she said.\n"We expect trucks '
    'by noon."\n\n"It is a start," a driver said. "Only a start."',
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_lookup_answers_as_the_full_reading_on_texts(
        monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(S, "LoosePrior", _Checked)
    _Checked.asked = 0
    checked = find_statements(text)
    assert _Checked.asked > 0  # the loose quotes were asked about
    monkeypatch.undo()
    assert checked == find_statements(text)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_lookup_answers_as_the_full_reading_on_random_spans(data: st.DataObject) -> None:
    rnd = random.Random(data.draw(st.integers(0, 10**6)))
    n = rnd.randint(20, 400)
    text = "".join(rnd.choice('ab "“') for _ in range(n))

    def span() -> tuple[int, int]:
        a = rnd.randrange(n)
        return a, rnd.randint(a, n)

    out: list[dict[str, Any]] = []
    for _ in range(rnd.randint(0, 12)):
        a, b = span()
        out.append({"start": a, "end": b, "speaker": str(len(out))})
    used = [span() for _ in range(rnd.randint(0, 8))]
    near = LoosePrior(text, out, used)
    for _ in range(10):
        if rnd.random() < 0.4:  # entries appended between questions, as _add does
            a, b = span()
            out.append({"start": a, "end": b, "speaker": str(len(out))})
            near.sync()
        qs, qe = span()
        if out and rnd.random() < 0.3:
            qs = out[rnd.randrange(len(out))]["start"]  # a quote read already, or not
        assert near.read_already(qs, qe) == _old_read_already(out, qs, qe)
        assert near.last_before(qs) is _old_last_before(text, out, used, qs)


def test_equal_ends_give_the_earliest_entry() -> None:
    text = "x" * 100
    out = [{"start": 5, "end": 40, "speaker": "A"}, {"start": 10, "end": 40, "speaker": "B"},
           {"start": 1, "end": 30, "speaker": "C"}]
    assert LoosePrior(text, out, []).last_before(50) is out[0]


def test_a_statement_inside_an_attribution_is_passed_over() -> None:
    text = "x" * 100
    out = [{"start": 5, "end": 40, "speaker": "A"}, {"start": 1, "end": 30, "speaker": "C"}]
    assert LoosePrior(text, out, [(4, 45)]).last_before(50) is out[1]
    quote = "x" * 4 + '"' + "x" * 95  # a span opening with a quote mark is a quote
    assert LoosePrior(quote, out, [(4, 45)]).last_before(50) is out[0]


def test_nothing_ends_within_the_window() -> None:
    out = [{"start": 0, "end": 10, "speaker": "A"}, {"start": 0, "end": 500, "speaker": "B"}]
    near = LoosePrior("x" * 600, out, [])
    assert near.last_before(310) is None  # 300 characters before: no longer near
    assert near.last_before(309) is out[0]


def _best(text: str) -> float:
    best = float("inf")
    for k in range(3):
        fresh = text.replace("Keldar", f"Keldar{k}")  # (a text no cache has seen)
        t0 = time.perf_counter()
        find_statements(fresh)
        best = min(best, time.perf_counter() - t0)
    return best


def test_a_long_feature_grows_in_step_with_its_length() -> None:
    short, long = _feature(8000), _feature(64000)
    _best(short)  # (warm the caches)
    # eight times the text: about nine times the time now, nineteen before
    assert _best(long) / _best(short) < 14
