"""What the review of English rounds 198-199 and Arabic rounds 158-159 found: stalls,
exceptions and wrong readings."""

from __future__ import annotations

from typing import Any

from workbench.core.extract import extract
from workbench.core.extract.ar.statement_paragraphs import _quoted_condemnation
from workbench.core.extract.ar.statement_shared import _Stmt
from workbench.core.extract.ar.tokens import analyse


class _CountingList(list):  # type: ignore[type-arg]
    """A list that counts the items read from it (walked, or taken by index or slice)."""

    read = 0

    def __iter__(self) -> Any:
        _CountingList.read += len(self)
        return super().__iter__()

    def __getitem__(self, i: Any) -> Any:
        got = super().__getitem__(i)
        _CountingList.read += len(got) if isinstance(i, slice) else 1
        return got


def test_a_condemnation_reads_only_the_statements_near_its_sentence() -> None:
    # (round ar159) each quoted condemnation after a relative tested its overlap against
    # every statement of the document: a report of many grew as its square
    toks = analyse('وفق أرقام وزارة الصحة التي دانت "استهداف المسعفين" في المدينة.')[1]
    sa, sb = 0, len(toks)
    shift = 2010
    earlier = [_Stmt(-shift + i, -shift + i + 1, None) for i in range(2000)]
    raw = _CountingList(earlier)
    _CountingList.read = 0
    _quoted_condemnation(toks, sa, sb, raw, len(raw))
    assert len(raw) == 2001
    assert _CountingList.read < 50


def test_a_quoted_condemnation_after_a_relative_is_still_read() -> None:
    found = extract('وأفادت أرقام وزارة الصحة التي دانت "استهداف المسعفين" بسقوط ضحايا.',
                    None, "ar")["statements"]
    assert any("استهداف المسعفين" in s["text"] for s in found)


def _months(text: str) -> list[tuple[str, str]]:
    return [(d["text"], str(d.get("value") or d.get("date")))
            for d in extract(text, "2024-05-10", "ar")["dates"]]


def test_a_month_after_a_past_clause_inside_a_warning_is_last_years() -> None:
    # (round ar159 read every later bare month after "حذر من" as this year's, even when a
    # clause of time or comparison told a past event of its own before it)
    assert _months("وحذر التقرير من نقص الأدوية، بعد أن نفدت المخزونات في تموز.") == [
        ("تموز", "2023-07")]
    assert _months("وحذر الخبير من ارتفاع الأسعار كما حصل في آب.") == [("آب", "2023-08")]
    assert _months("وحذر الخبير من عودة الحصار منذ تموز.") != [("تموز", "2024-07")]


def test_a_month_inside_a_warning_is_still_this_years() -> None:
    assert _months("وحذرت مديرية الصحة من ارتفاع الإصابات في تموز.") == [("تموز", "2024-07")]


def _figures(text: str) -> list[tuple[str, str, int]]:
    return [(c["text"], c["outcome"], c["count_low"])
            for c in extract(text, None, "en")["casualties"]]


def test_people_who_say_they_were_held_back_or_held_responsible_are_no_detainees() -> None:
    # (round en199) "held" with the state in its clause read as an arrest whatever word
    # followed it
    for text in ("Three students said they were held back a year at the police academy.",
                 "Four traders said they had been held responsible by police for the fire.",
                 "Ten families said they were held hostage by rents in the police district."):
        assert _figures(text) == []


def test_people_who_say_they_were_held_in_police_cells_are_still_detainees() -> None:
    assert _figures("At least six drivers said they had been held overnight in police cells.") == [
        ("At least six drivers said they had been held", "arrested", 6)]


def test_a_headline_taking_of_no_thing_holds_nobody() -> None:
    # (round en199) any taking verb before ", holds N" made the count captives
    assert _figures("Party seizes control of assembly, holds 12\nThe party won the vote.") == []
    assert _figures("Rebels grab headlines, hold 3\nThe rebels spoke.") == []


def test_a_headline_of_police_holding_after_a_seizure_is_an_arrest() -> None:
    assert _figures("Police seize drugs, hold two\nPolice seized drugs on Monday.") == [
        ("hold two", "arrested", 2)]
    assert _figures("Gang hijacks sugar trucks, holds five\nGunmen hijacked the trucks.") == [
        ("holds five", "captured", 5)]


def test_many_quote_lines_read_each_quote_once(monkeypatch: Any) -> None:
    # (round en177) every quote line asked the words of every quote of the page again, and
    # the headings of round en161 read every entry: a page of many grew as its square
    from workbench.core.extract import statement_heading_quote as hq
    from workbench.core.extract.statements import find_statements

    unit = "\"She said: 'They are all dead.'\"\nThe army says it has opened an inquiry.\n\n"
    text = unit * 300
    out = find_statements(text)
    calls = 0
    words = hq._words

    def counting(s: str) -> list[str]:
        nonlocal calls
        calls += 1
        return words(s)

    monkeypatch.setattr(hq, "_words", counting)
    hq.heading_quotes(text, out)
    hq.drop_pull_quotes(text, out)
    assert calls < 4 * 300


def test_a_pull_quote_over_its_body_quote_is_still_dropped() -> None:
    text = ("'I count the hours by the clock'\n\nThe ward is quiet at night. \"I count the "
            "hours by the clock,\" she says of her shifts, standing by the window.")
    found = extract(text, None, "en")["statements"]
    assert [s["text"] for s in found] == ["I count the hours by the clock"]
