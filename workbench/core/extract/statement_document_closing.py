"""A report's verb closing the words it holds (round en161).

'"Prisoners were beaten daily," the report states.' and "Prisoners were beaten daily, the
inquiry found." gave nothing ("states" is read only before "that", as the noun is common;
"found" only with "that") or an unattributed quote. A document noun or a finding body as
the subject, and the verb closing the sentence, leave no other reading: the document
speaks the quote or the clause before it. The older sets' gold gives such words to the
document ("the report"), not to its author, whenever the text makes the report the
subject of the verb.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

_VERBS = tuple(EN.DOCUMENT_CLOSING_VERBS)
# The sentence stops that end the words of a clause set before the closing attribution.
_STOPS = (". ", "? ", "! ", "\n")


@cache
def _closing() -> re.Pattern[str]:
    nouns = alt((*EN.DOCUMENT_NOUNS, *EN.FINDING_BODIES))
    return re.compile(
        r"(?P<mark>,[\"”’']?|[.!?][\"”’'])[ \t]+"
        rf"(?P<sp>(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)[ \t]+(?:[\w'’\-]+[ \t]+){{0,2}}?"
        rf"(?i:{nouns}))[ \t]+(?:{alt(_VERBS)})[ \t]*(?=[.;]|$)")


# (speed round 16) the needles of ``_may_close``, built once rather than once a document
_CLOSE_NEEDLES = tuple(f" {v}." for v in _VERBS)


def _may_close(text: str) -> bool:
    """A cheap test: some verb of ``_VERBS`` stands right before a full stop."""
    return any(map(text.__contains__, _CLOSE_NEEDLES))


def _words_before(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The quote or the clause the closing attribution ``m`` follows."""
    end = m.start("mark")
    mark = m["mark"]
    if mark[-1] in "\"”’'":
        opener = {"\"": "\"", "”": "“", "’": "‘", "'": "'"}[mark[-1]]
        start = text.rfind(opener, max(0, end - 1500), end)
        return (start + 1, end) if start >= 0 else None
    start = max((i + len(stop) for stop in _STOPS if (i := text.rfind(stop, 0, end)) >= 0),
                default=0)
    return (start, end) if end - start > 10 else None


def document_closings(text: str, out: list[dict[str, object]]) -> None:
    """Give the words before '..., the report states.' to the document, in place: an
    unattributed entry over them takes the document as speaker, otherwise one is added."""
    if not _may_close(text):
        return
    for m in _closing().finditer(text):
        span = _words_before(text, m)
        if span is None:
            continue
        a, b = span
        over = [o for o in out if int(o["start"]) < b and a < int(o["end"])]  # type: ignore[call-overload]
        if any(o["speaker"] is not None for o in over):
            continue  # read already
        if over:
            for o in over:
                o["speaker"] = m["sp"]
        else:
            _add(out, text, a, b, m["sp"])
