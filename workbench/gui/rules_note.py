"""The status bar's sentence on which language's rules read the documents suggested on.

``core.suggest.rules_read`` lists every document's number. Over a project of some
dozens of documents that list ran past the status bar, which cuts a message without an
ellipsis: at 1280 px the sentence stopped at "…, 38, 39," and its Arabic part, the
reason it is said, was never seen. Too long for the bar, it gives counts instead.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.suggest import rules_read

_NAMES = {"en": "English", "ar": "Arabic"}


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def rules_message(read: list[tuple[int, str, int]], fits: Callable[[str], bool]) -> str:
    """The sentence for ``read`` ((document, main language, passages read by the other
    language's rules) per document): with the documents' numbers when ``fits`` it,
    else with counts ("English rules: 35 documents; Arabic rules: 5 documents, and 4
    Arabic passages in 2 documents.")."""
    whole = f"Suggestions: {rules_read(read)}"
    if fits(whole):
        return whole
    parts = [f"{_NAMES[lang]} rules: {_n(n, 'document')}" for lang in ("en", "ar")
             if (n := sum(1 for _, main, _ in read if main == lang))]
    extra = []
    for main in ("en", "ar"):  # passages of the other language in documents of ``main``
        docs = [n for _, m, n in read if m == main and n]
        if docs:
            other = _NAMES["ar" if main == "en" else "en"]
            extra.append(f"{_n(sum(docs), f'{other} passage')} in {_n(len(docs), 'document')}")
    return ("Suggestions: " + "; ".join(parts) + (", and " + ", ".join(extra) if extra else "")
            + ".")
