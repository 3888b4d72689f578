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
    for o in entries:
        sp = o["speaker"]
        if isinstance(sp, str) and sp.lower() in ("he", "she") and (
                owner := only_owner_before(doc, doc.sentence_start(int(o["start"])),  # type: ignore[call-overload]
                                           is_no_person)) and re.search(
                rf"(?:^|[.!?]\s+){sp.capitalize()}\s+[a-z]",
                text[owner[0]:int(o["start"])]):  # type: ignore[call-overload]
            # (a sentence between opens on the same pronoun, the owner carried on as the
            # subject: "She hands over ...")
            o["speaker"] = owner[1]


def only_owner_before(doc: Document, sent_start: int,
                      is_no_person: Callable[[str], bool]) -> tuple[int, str] | None:
    """(position, name) of the one person named as an owner before ``sent_start``."""
    head = doc.text[:sent_start]
    if "'s " not in head and "’s " not in head:
        return None
    names: dict[str, int] = {}
    for m in _OWNER.finditer(head):
        name = m.group(1)
        if not is_no_person(name):
            names.setdefault(name, m.start(1))
    if len(names) != 1:
        return None
    (name, at), = names.items()
    return at, name
