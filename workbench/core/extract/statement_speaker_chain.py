"""(round en139) The chain of speakers a later "he said" goes back to. A person brought
in by name inside the words of an earlier entry ("He blamed the unrest on the death of a
student, Ali Musa, who was hit by a truck, he said.") is someone the speaker speaks of,
not a new speaker: the next "he said" goes on with the last one who spoke. A person the
writer's side meets and describes ("Our reporter spoke to Lanto, a 20-year-old student.")
is the one a quote's "he said" right after stands for."""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .lang.build import alt
from .spans import Document
from .statement_persons import _NAME_NEXT

_MET = re.compile(
    rf"\b{alt(EN.MET_PERSON_VERBS)}\s+(?P<name>[A-Z][\w'’\-]+(?:\s+{_NAME_NEXT}){{0,2}}),\s+"
    r"(?:(?:a|an)\s+(?P<desc>(?:[\w'’\-]+\s+){0,4}?[a-z][\w'’\-]*)|\d{1,3})"
    # ... the description may end on a relative clause on the person (briefed from en-138:
    # "We have spoken to Lawali, a bus driver who escaped by reversing his vehicle under fire.")
    r"(?:\s+(?:who|whose)\s[^.;:!?\"“”\n]{1,120}?)?\s*[,.;]")


def spoken_of_inside(out: list[dict[str, object]], o: dict[str, object], at: int) -> bool:
    """Does position ``at`` lie inside the words of an entry before ``o``?"""
    pos = int(o["start"])  # type: ignore[call-overload]
    return any(e is not o and int(e["start"]) <= at < int(e["end"]) < pos  # type: ignore[call-overload]
               for e in out)


def met_before(doc: Document, sent_start: int) -> tuple[int, str] | None:
    """(position, name) of the person met and described in the sentence right before
    ``sent_start``: a name, then an age or "a/an ..." holding a person noun ("a
    20-year-old student", "a mother of three")."""
    i = bisect_left(doc.starts, sent_start) - 1
    if i < 0:
        return None
    sent = doc.sentences[i]
    found = None
    for m in _MET.finditer(doc.text, sent.start, sent.end):
        desc = m["desc"]
        if desc is None or any(w.lower() in EN.PERSON_WORDS for w in desc.split()):
            found = (m.start("name"), m["name"])
    return found
