"""The pass that reads a reporting verb inside a series of verbs ("The commissioner flies
in, promises more patrols, and flies out") asked at each of its matches whether a statement
already covered it, by walking every statement read: on a long report of such series, each
with its own quote, the time grew as the square of the length. It now asks an index of the
statements kept current as the pass appends (`statement_growing_spans.GrowingSpans`)."""

from __future__ import annotations

import random

from tests.timing import cpu_seconds
from workbench.core.extract import extract
from workbench.core.extract.statement_growing_spans import GrowingSpans
from workbench.core.extract.statements import _series_commitments

_UNIT = ('The commissioner flies in, promises more patrols, and flies out. "We are here," '
         'said Ama Oduro. ')


def test_the_series_pass_grows_with_the_report_not_its_square() -> None:
    def run(n: int) -> float:
        text = _UNIT * n
        read = extract(text, "2024-05-01", language="en")["statements"]
        return cpu_seconds(lambda: _series_commitments(text, [dict(o) for o in read]))[0]

    # eightfold report: 8 to 10 times as long now (the shortest near the timer's floor);
    # about 50 when each match walked every statement
    small, large = run(150), run(1200)
    assert large / max(small, 1e-3) < 25


def test_a_long_report_of_series_reads_each_series_as_a_short_one_does() -> None:
    one = extract(_UNIT, "2024-05-01", language="en")["statements"]
    many = extract(_UNIT * 40, "2024-05-01", language="en")["statements"]
    assert len(many) == 40 * len(one)
    assert {(o["speaker"], o["text"]) for o in many} == {(o["speaker"], o["text"]) for o in one}


def test_the_index_answers_what_a_walk_over_every_entry_answers() -> None:
    rng = random.Random(7)
    for _ in range(200):
        out: list[dict[str, object]] = []
        spans = GrowingSpans(out)
        for _ in range(rng.randint(0, 12)):
            # entries appended between questions, as the pass appends them
            s = rng.randint(0, 300)
            out.append({"start": s, "end": s + rng.randint(1, 60), "text": "",
                        "speaker": rng.choice([None, "", "a witness", "Ama Oduro", "police"])})
            pos, a = rng.randint(0, 360), rng.randint(0, 360)
            b = a + rng.randint(0, 40)
            words = rng.choice(["said a witness today", "the police chief", "Ama Oduro said",
                                "nothing here", ""])
            assert spans.covers(pos) == any(
                int(str(o["start"])) <= pos < int(str(o["end"])) for o in out)
            assert spans.starts_within(a, b) == any(
                a <= int(str(o["start"])) < b for o in out)
            assert spans.speaker_inside(words) == any(
                isinstance(o["speaker"], str) and o["speaker"]
                and f" {o['speaker']} " in f" {words} " for o in out)
