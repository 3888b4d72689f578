"""The owner a feature names by a possessive before a quote (round en188): "Others, like
Annette Browne, carry flasks of tea. Browne's nephew was shot in May. '...,' she says." A
name seen only as the owner of a kin noun ("Browne's nephew", "Amina's eldest son") is
still a person a "he" or "she" can stand for, when the owned kin is no referent of that
pronoun. Only an owner the writer named before, after the last person who spoke, is taken:
'"...," said Dr Obi. Karim's son was hurt. "He is stable," she said.' stays Dr Obi's."""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .spans import Document, Sentence
from .statement_pronoun_person import agrees

# A possessive name opening a sentence, then a kin noun, perhaps after one adjective.
_OWNER = re.compile(
    r"(?P<owner>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)['’]s\s+(?P<w1>[a-z]+)(?:\s+(?P<w2>[a-z]+))?")
_KIN = EN.SEXED_KIN
_NOT_NAME = frozenset((*EN.FUNCTION_WORDS, *(w.lower() for w in (*EN.MONTHS, *EN.WEEKDAYS))))


def kin_owner_before(doc: Document, sent_start: int, pos: int, pronoun: str,
                     after: int) -> tuple[int, str] | None:
    """(position, owner) of a possessive name opening the sentence of the quote at ``pos``
    or the one before, whose kin is not of ``pronoun``'s sex while the owner agrees with
    it, and who was named before, outside quotes, after position ``after`` (the last person
    who spoke); else None."""
    text = doc.text
    i = bisect_left(doc.starts, sent_start)
    for k in (i, i - 1):
        if not 0 <= k < len(doc.sentences):
            continue
        sent = doc.sentences[k]
        if "'s " not in sent.text and "’s " not in sent.text:
            continue
        m = _OWNER.match(text, sent.start)
        if m is None or m.start() >= pos:
            continue
        kin = m["w1"] if m["w1"] in _KIN else m["w2"]  # ("Amina's eldest son")
        if kin not in _KIN or EN.SEXED_NOUNS.get(kin) == pronoun:
            continue
        owner = m["owner"]
        if owner.lower() in _NOT_NAME or not agrees(text, owner, pronoun, pos):
            continue
        at = text.find(owner, max(after, 0), m.start())
        if at < 0 or text.count('"', 0, at) % 2 or text.count("“", 0, at) > text.count(
                "”", 0, at):
            continue  # never named by the writer since the last speaker
        return (m.start(), owner)
    return None


# (round en206) The owner is the one the clause tells of when the owned person acts on a
# pronoun of the teller's sex in the same clause: "Tomas's boss moved him to the early shift,
# he says", "Amina's landlord raised her rent, she says". The object cannot be the owned
# person itself, so it is the owner, and the teller who goes on about him is the owner
# too, whatever the owned noun (a boss, a landlord, neighbours). Without that object
# ("Karim's lawyer filed an appeal, she says") the nearest speaker stays.
_OBJECT_OF = {"he": (" him ", " him,"), "she": (" her ", " her,")}


def _owner_opening(doc: Document, sent_start: int) -> tuple[Sentence, re.Match[str]] | None:
    """The sentence starting at ``sent_start`` and the possessive name that opens it, or
    None when it opens with none."""
    i = bisect_left(doc.starts, sent_start)
    if not 0 <= i < len(doc.sentences):
        return None
    sent = doc.sentences[i]
    if "'s " not in sent.text and "’s " not in sent.text:
        return None
    m = _OWNER.match(doc.text, sent.start)
    return None if m is None else (sent, m)


def object_owner_in_sentence(doc: Document, sent_start: int, pos: int,
                             pronoun: str) -> tuple[int, str] | None:
    """(position, owner) of a possessive name opening the sentence of the pronoun entry at
    ``pos`` whose clause, before the pronoun's own "he says", holds "him" (for "he") or
    "her" (for "she"); else None."""
    objects = _OBJECT_OF.get(pronoun)
    if objects is None:
        return None
    text = doc.text
    opening = _owner_opening(doc, sent_start)
    if opening is None:
        return None
    sent, m = opening
    # the teller's own "he says" ends the clause; the object stands before it
    says = text.find(f", {pronoun} ", m.end(), sent.end)
    if says < 0 or not any(text.find(o, m.end(), says + 1) >= 0 for o in objects):
        return None
    owner = m["owner"]
    if owner.lower() in _NOT_NAME or not agrees(text, owner, pronoun, pos):
        return None
    return (m.start(), owner)


# (round en208) The owner of what the clause tells of, when no person came before at all:
# "Tomas's crew of six has raised 400 metres of wall since spring, he says", "Amina's shop
# has been robbed twice this year, she says". The owned thing (a crew, a shop, a farm) is
# no teller, so the teller who goes on about it is its owner. An owned person ("Karim's
# lawyer filed an appeal, she says") may be the teller and gives no owner.
_PERSON_NOUNS = frozenset((*EN.PERSON_WORDS, *EN.SEXED_NOUNS, *EN.TRADE_NOUNS,
                           *EN.SPEAKER_NOUNS, *EN.SPEAKER_NOUN_PLURALS))


def thing_owner_in_sentence(doc: Document, sent_start: int, pos: int,
                            pronoun: str) -> tuple[int, str] | None:
    """(position, owner) of a possessive name opening the sentence of the pronoun entry at
    ``pos``, when what it owns is no person and the pronoun's own ", he says" follows in
    the same sentence; else None."""
    if pronoun not in _OBJECT_OF:
        return None
    text = doc.text
    opening = _owner_opening(doc, sent_start)
    if opening is None:
        return None
    sent, m = opening
    if m["w1"] in _PERSON_NOUNS or (m["w2"] and m["w2"] in _PERSON_NOUNS) or (
            m["w1"].endswith("s") and m["w1"][:-1] in _PERSON_NOUNS):
        return None
    if text.find(f", {pronoun} ", m.end(), sent.end) < 0:
        return None
    owner = m["owner"]
    if owner.lower() in _NOT_NAME or not agrees(text, owner, pronoun, pos):
        return None
    return (m.start(), owner)
