"""The status bar's sentence on which language's rules read the documents suggested on.

``core.suggest.rules_read`` lists every document's number. Over a project of some
dozens of documents that list ran past the status bar, which cuts a message without an
ellipsis: at 1280 px the sentence stopped at "…, 38, 39," and its Arabic part, the
reason it is said, was never seen. Too long for the bar, it gives counts instead
(``core.suggest.rules_counted``).
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.suggest import rules_counted, rules_read


def rules_message(read: list[tuple[int, str, int]], fits: Callable[[str], bool],
                  added: int | None = None) -> str:
    """The sentence for ``read`` ((document, main language, passages read by the other
    language's rules) per document): with the documents' numbers when ``fits`` it,
    else with counts; first how many suggestions were ``added``, when given (a run
    that added none, rejected ones not brought back, read as one that added dozens)."""
    new = "" if added is None else f"{added:,} new; " if added else "none new; "
    whole = f"Suggestions: {new}{rules_read(read)}"
    return whole if fits(whole) else f"Suggestions: {new}{rules_counted(read)}"
