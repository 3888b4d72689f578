"""How the probe-sentence tests of the suggestion engines read one sentence's output.

The probe files (``tests/core/extract/test_extract_*wire*.py``, ``*_ar_probes*.py``) come
in rounds; each round's file asserts through these, so every round reads the engines'
output the same way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from workbench.core.extract import extract
from workbench.core.extract.ar import find_casualties_ar, find_dates_ar, find_statements_ar
from workbench.core.extract.evaluate import evaluate_docs

# The English probes' publication date; the Arabic ones' (a Thursday).
EN_PUBLISHED = "2017-04-10"
AR_PUBLISHED = "2018-05-10"

Figure = tuple[str, str, int, "int | None", str, "str | None"]


def statement_words(text: str) -> list[tuple[str | None, str]]:
    """(speaker, words): the words leave out an attribution set inside them."""
    return [(s["speaker"], str(s.get("words", s["text"])))
            for s in extract(text, EN_PUBLISHED)["statements"]]


def figures(text: str) -> list[Figure]:
    """Each casualty figure as (span, outcome, low, high, qualifier, group)."""
    return [(c["text"], c["outcome"], c["count_low"], c["count_high"], c["qualifier"],
             c["group"]) for c in extract(text, "2015-03-10")["casualties"]]


def short_figures(text: str) -> list[tuple[str, str, int]]:
    """Each casualty figure as (span, outcome, low)."""
    return [(f[0], f[1], f[2]) for f in figures(text)]


def ar_dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in find_dates_ar(text, AR_PUBLISHED)]


def ar_statements(text: str) -> list[tuple[str | None, str]]:
    return [(s["speaker"], s["text"]) for s in find_statements_ar(text)]


def ar_casualties(text: str) -> list[tuple[str, str, int, str]]:
    return [(c["text"], c["outcome"], c["count_low"], c["qualifier"])
            for c in find_casualties_ar(text)]


def ar_counts(text: str) -> list[tuple[int | None, str]]:
    """(count, outcome) of each casualty figure ``extract()`` reads in Arabic text with no
    publication date."""
    return [(c["count_low"], c["outcome"])
            for c in extract(text, None, language="ar")["casualties"]]


def ar_counts_qualified(text: str) -> list[tuple[int | None, str, str]]:
    """(count, outcome, qualifier) of each casualty figure ``extract()`` reads in Arabic text
    with no publication date."""
    return [(c["count_low"], c["outcome"], c["qualifier"])
            for c in extract(text, None, language="ar")["casualties"]]


def en_counts(text: str) -> list[tuple[int | None, str]]:
    """(count, outcome) of each casualty figure ``extract()`` reads in English text with no
    publication date."""
    return [(c["count_low"], c["outcome"])
            for c in extract(text, None, language="en")["casualties"]]


def engines_read(text: str, published: str = EN_PUBLISHED) -> dict[str, list[tuple]]:
    """What all three engines read in a whole report (English unless its script is Arabic),
    published on ``published``."""
    out = extract(text, published)
    return {
        "statements": [(s["speaker"], str(s.get("words", s["text"])))
                       for s in out["statements"]],
        "casualties": [(c["text"], c["outcome"], c["count_low"], c["count_high"],
                        c["qualifier"], c["group"]) for c in out["casualties"]],
        "dates": [(d["text"], d["value"]) for d in out["dates"]],
    }


def as_gold(text: str, statements: list, casualties: list, dates: list,
            published: str = EN_PUBLISHED) -> dict:
    """A probe report's expectations as a gold document of the corpus format, so a
    round's reports can be scored the way `workbench eval` scores the corpus."""
    return {
        "text": text, "published": published,
        "statements": [{"speaker": s, "evidence": w} for s, w in statements],
        "casualties": [{"evidence": e, "outcome": o, "count_low": lo, "count_high": hi,
                        "qualifier": q, "group": g} for e, o, lo, hi, q, g in casualties],
        "dates": [{"evidence": e, "value": v} for e, v in dates],
    }


def check_report(request: pytest.FixtureRequest, misses: tuple[tuple[str, str], ...],
                 text: str, engine: str, expected: list,
                 published: str = EN_PUBLISHED) -> None:
    """Assert one engine's reading of a report; a listed miss is a strict xfail.

    ``misses`` holds (opening words, engine) of the probes the engines missed when they
    were written: the strict xfail makes a later silent fix show, so it leaves the list.
    """
    _mark_miss(request, misses, text, engine)
    assert engines_read(text, published)[engine] == expected


def check_figures(request: pytest.FixtureRequest, misses: tuple[tuple[str, str], ...],
                  text: str, expected: list) -> None:
    """Assert the casualty figures of a report as ``figures`` reads them; a listed miss is
    a strict xfail, as in ``check_report``."""
    _mark_miss(request, misses, text, "casualties")
    assert figures(text) == expected


def _mark_miss(request: pytest.FixtureRequest, misses: tuple[tuple[str, str], ...],
               text: str, engine: str) -> None:
    if any(text.startswith(head) and engine == kind for head, kind in misses):
        request.applymarker(pytest.mark.xfail(strict=True, reason="a miss of this round"))


def count_table_tests(read: list, unread: list,
                      counts: Callable[[str], list[tuple[int | None, str]]]) -> tuple:
    """The two tests of a table of probe sentences: each of ``read`` (text, expected
    (count, outcome) pairs in any order) read as listed by ``counts``, each of ``unread``
    read as nothing. A round's module binds them to names that begin with ``test_``."""
    @pytest.mark.parametrize(("text", "expected"), read)
    def reads(text: str, expected: list[tuple[int, str]]) -> None:
        assert sorted(counts(text)) == sorted(expected)

    @pytest.mark.parametrize("text", unread)
    def stays_unread(text: str) -> None:
        assert counts(text) == []

    return reads, stays_unread


def english_report_tests(reports: list, misses: tuple[tuple[str, str], ...]) -> tuple:
    """The four tests of a round of whole English reports (text, statements, casualties,
    dates): each engine's reading of each report, a listed miss a strict xfail, and the
    reports scored as `workbench eval` scores a corpus (spans overlap, speakers share a
    word, counts and values agree) held to the issue's aims on unseen text. A round's
    module binds them to names that begin with ``test_``, which is how pytest finds them.
    """
    @pytest.mark.parametrize(("text", "expected"), [(r[0], r[1]) for r in reports])
    def statements(request: pytest.FixtureRequest, text: str, expected: list) -> None:
        check_report(request, misses, text, "statements", expected)

    @pytest.mark.parametrize(("text", "expected"), [(r[0], r[2]) for r in reports])
    def casualties(request: pytest.FixtureRequest, text: str, expected: list) -> None:
        check_report(request, misses, text, "casualties", expected)

    @pytest.mark.parametrize(("text", "expected"), [(r[0], r[3]) for r in reports])
    def dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
        check_report(request, misses, text, "dates", expected)

    def aims() -> None:
        scores = evaluate_docs([as_gold(*r) for r in reports], details=False)
        assert scores["statements"]["f1"] >= 0.85
        assert scores["casualties"]["f1"] >= 0.95
        assert scores["dates"]["f1"] >= 0.97

    return statements, casualties, dates, aims


def arabic_report_tests(statements: list, casualties: list, dates: list,
                        misses: tuple[tuple[str, str], ...]) -> tuple:
    """The four tests of a round of whole Arabic reports, each engine's cases a list of
    (text, expected) read against ``AR_PUBLISHED``: each engine's reading, a listed miss
    a strict xfail, and the reports scored as `workbench eval` scores a corpus held to
    the issue's Arabic aims (casualties and dates 0.85, statements 0.70). A round's
    module binds them to names that begin with ``test_``."""
    def reading(engine: str, cases: list) -> Callable[..., None]:
        @pytest.mark.parametrize(("text", "expected"), cases)
        def check(request: pytest.FixtureRequest, text: str, expected: list) -> None:
            check_report(request, misses, text, engine, expected, AR_PUBLISHED)
        return check

    def aims() -> None:
        expected = {kind: dict(cases) for kind, cases in (
            ("statements", statements), ("casualties", casualties), ("dates", dates))}
        scores = evaluate_docs([as_gold(text, expected["statements"][text],
                                        expected["casualties"][text],
                                        expected["dates"][text], AR_PUBLISHED)
                                for text in expected["dates"]], details=False)
        assert scores["casualties"]["f1"] >= 0.85
        assert scores["dates"]["f1"] >= 0.85
        assert scores["statements"]["f1"] >= 0.70

    return (reading("statements", statements), reading("casualties", casualties),
            reading("dates", dates), aims)
