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
