"""Two ways a feature keeps its person for a later "he" or "she" (round en234).

* The same pronoun carried on: "Speaking of the killing of a young fisherman, Peter
  Amadi-Kalu, whose body was found near the jetty, he said the inquiry would report within a
  month. 'Nobody is above the law,' he said." The sentence's own subject is the "he" that
  told, read already as the police chief; the fisherman named in the fronted phrase is no
  subject, and the next "he said" is the same teller's.
* A person the text names only as an owner: "Each Saturday a collector from the gang
  comes to Ama Kesse-Boateng's tailoring shop. She hands over whatever the week brought.
  'If I refuse, ...,' she says." When no pass found a person for the pronoun (the last being
  ``person_for_pronoun``'s nearest named person), the one named owner is who "she" is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from .spans import Document, document

# A person's name as an owner: two or three capitalised words, or a hyphenated surname.
_OWNER = re.compile(r"(?<![\w'’\-])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*\s+){1,2}"
                    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)['’]s\b")


def same_pronoun_before(doc: Document, sent_start: int,
                        chosen: list[tuple[int, str]], told: dict[str, str],
                        low: str) -> tuple[int, str] | None:
    """The person the same pronoun was given in the sentence right before, or earlier in
    this one: ``chosen`` holds (position, person) of every "he" or "she" read, ``told``
    the pronoun each person was read from."""
    if not chosen or told.get(chosen[-1][1]) != low:
        return None
    before = doc.sentence_start(max(sent_start - 2, 0))
    return chosen[-1] if chosen[-1][0] >= before else None


def only_owner_for_pronoun(text: str, entries: list[dict[str, object]],
                           is_no_person: Callable[[str], bool]) -> None:
    """Give a "he" or "she" no pass could read the one person named as an owner before."""
    doc = document(text)
    owners: _Owners | None = None
    for o in entries:
        sp = o["speaker"]
        if not (isinstance(sp, str) and sp.lower() in ("he", "she")):
            continue
        start = int(o["start"])  # type: ignore[call-overload]
        owners = owners or _Owners(text, is_no_person)
        if (owner := owners.only_before(doc.sentence_start(start))) and owners.opens_on(
                sp.capitalize(), owner[0], start):
            # (a sentence between opens on the same pronoun, the owner carried on as the
            # subject: "She hands over ...")
            o["speaker"] = owner[1]


class _Owners:
    """The owners' names of one document, scanned once (review 50: each "he" or "she" once
    scanned the whole text before it, a cost that grew with the square of a long feature's
    length). A match that ends by a sentence's start is the match the scan of the text
    before that start finds, since an owner's "'s" never runs into the next sentence."""

    def __init__(self, text: str, is_no_person: Callable[[str], bool]) -> None:
        self._text = text
        # the earliest "'s " of either mark: before it no owner is looked for
        gates = [i for i in (text.find("'s "), text.find("’s ")) if i >= 0]
        self._gate = min(gates) + 3 if gates else len(text) + 1
        self._ends: list[int] = []  # the end of each owner named, in order
        self._distinct: list[int] = []  # how many names the owners up to it hold
        self._first: tuple[int, str] | None = None  # (position, name) of the first owner
        names: set[str] = set()
        for m in _OWNER.finditer(text):
            name = m.group(1)
            if is_no_person(name):
                continue
            names.add(name)
            if self._first is None:
                self._first = (m.start(1), name)
            self._ends.append(m.end())
            self._distinct.append(len(names))
        self._openers: dict[str, tuple[list[int], list[int]]] = {}

    def only_before(self, sent_start: int) -> tuple[int, str] | None:
        """(position, name) of the one person named as an owner before ``sent_start``."""
        if self._gate > sent_start:
            return None
        k = bisect_right(self._ends, sent_start)
        return self._first if k and self._distinct[k - 1] == 1 else None

    def opens_on(self, pronoun: str, a: int, b: int) -> bool:
        """Does a sentence between ``a`` and ``b`` open on ``pronoun`` and a lower-case
        word (or the stretch itself)?"""
        if pronoun not in self._openers:
            found = list(re.finditer(rf"[.!?]\s+{pronoun}\s+[a-z]", self._text))
            self._openers[pronoun] = ([m.start() for m in found], [m.end() for m in found])
        if re.compile(rf"{pronoun}\s+[a-z]").match(self._text, a, b):
            return True
        starts, ends = self._openers[pronoun]
        i = bisect_left(starts, a)
        return i < len(starts) and ends[i] <= b
