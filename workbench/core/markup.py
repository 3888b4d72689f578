"""Where a Markdown document's markup is, so a viewer can format it without changing
the text: annotations anchor to the stored characters, so the markup stays in place
and only its look changes (headings larger and bold, emphasis bold or italic, the
markup characters themselves dimmed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\*\w])([\*_])(?=\S)([^\*_\n]+?)(?<=\S)\1(?![\*\w])")


@dataclass(frozen=True)
class Span:
    start: int  # code points
    end: int
    style: str  # "markup", "strong", "emphasis", or "heading1" ... "heading6"


def markdown_spans(text: str) -> list[Span]:
    """Headings, strong and emphasised words, and the markup characters around them."""
    out: list[Span] = []
    for m in _HEADING.finditer(text):
        level = len(m.group(1))
        out.append(Span(m.start(), m.end(), f"heading{level}"))
        out.append(Span(m.start(), m.start(2), "markup"))
    for rx, style in ((_STRONG, "strong"), (_EMPH, "emphasis")):
        for m in rx.finditer(text):
            mark = len(m.group(1))
            out.append(Span(m.start(2), m.end(2), style))
            out.append(Span(m.start(), m.start() + mark, "markup"))
            out.append(Span(m.end() - mark, m.end(), "markup"))
    return out
