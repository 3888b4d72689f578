"""Motions tabled in a parliament or council: "That this House ...; notes that ...;
calls on ...; and urges ...".

A motion is one sentence in clauses joined by semicolons, each the body's own verb with
its object. The body speaks of itself in the third person, as an office's "calls on" and
"noted that" do, so a clause that notes a fact or calls on someone to act is the body's
statement; one that says how it feels ("is appalled by") or what it grants
("recognises that") is not. A source the clause names for its fact ("notes that,
according to X, ...", "notes reports from X that ...") has the same words as an entry of
its own. Nothing else in the motion is read as speech: its verbs are the body's, not the
subjects the sentence reader would find before them.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_OPENER = re.compile(rf"(?m)^That\s+(?P<body>this\s+(?:{alt(EN.MOTION_BODIES)}))\s")
_CLAUSE_VERB = re.compile(
    r"\s*(?:and\s+)?(?:(?:further|also|therefore)\s+)?"
    rf"(?:(?P<note>{alt(EN.MOTION_NOTING_VERBS)})|(?P<ask>{alt(EN.MOTION_ASKING_VERBS)}))\s+")
_NOTED_SOURCE = re.compile(
    r"(?:that\s*,\s*according\s+to\s+(?P<acc>[^,;]{2,120}?)\s*,\s*"
    r"|reports?\s+(?:from|by)\s+(?P<rep>[^,;]{2,120}?)\s+that\s+"
    r"|that\s+)")

Entry = tuple[int, int, str]  # (start, end, speaker)


def motions(text: str) -> list[tuple[int, int, list[Entry]]]:
    """Each motion as (start, end, entries): the span it covers and its statements."""
    found = []
    for m in _OPENER.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        body = m.group("body")
        entries: list[Entry] = []
        start = m.start("body") + len(body)
        for part in re.finditer(r"[^;]+", text[start:end]):
            a, b = start + part.start(), start + part.end()
            verb = _CLAUSE_VERB.match(text, a, b)
            if verb is None:
                continue
            if verb.group("ask"):
                entries.append((verb.end(), b, body))
                continue
            src = _NOTED_SOURCE.match(text, verb.end(), b)
            if src is None:
                continue
            named = src.group("acc") or src.group("rep")
            if named:
                entries.append((src.end(), b, named))
            entries.append((src.end(), b, body))
        if entries:  # ("That this Council will meet is certain, the mayor said": no motion)
            found.append((m.start(), end, entries))
    return found
