"""(round en139) A speaker given as a description with the person's name in commas after
it: 'said the group's director, Ada Obi, at the launch', '"...," says his sister, Ada
Obi.', 'The council's mediator, the Reverend Ada Obi, admitted that ...'. The name is the
speaker the reader cites, and the one a later "she said" goes back to; the description
only tells who she is. A name after a description that ends in another person ("the
mother of the victim, Ali Musa,") is that person's, and the description keeps the words."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .speakers import PRONOUNS
from .statement_appositions import determined_description
from .statement_persons import _NAME_NEXT, _body_name, _one_person_head
from .statement_speaker_for_body import names_a_body

_PARTICLE = alt(EN.SPACED_NAME_PARTICLES)
# A word of a name, or a particle written apart before one ("van der Berg").
_NAME_WORD = rf"(?:{_NAME_NEXT}|(?:{_PARTICLE})(?=\s+(?:[A-Z]|(?:{_PARTICLE})\s)))"
# (round en224) a retired officer's mark between the rank and the name, "Major General
# (rtd) Ada Obi": one more word of the name, never its last
_RETIRED = rf"\((?:{alt(EN.RETIRED_RANK_MARKS)})\)(?=\s+[A-Z])"
# The name in commas: an optional "the" ("the Reverend ...") or lower-case trade, then
# two to five words of a name.
_APPOSED = re.compile(
    rf",\s+(?:the\s+)?(?:(?:{alt(EN.APPOSED_NAME_LEADERS)})\s+)?"
    rf"(?P<name>[A-Z][\w'’.\-]*(?:\s+(?:{_NAME_WORD}|{_RETIRED})){{1,4}})"
    rf"(?=\s*[,\"“”]|\.(?:\s|$)|\s*$|\s+(?:{alt(EN.APPOSED_NAME_AFTER_WORDS)})\s)")
_OF_TAIL = re.compile(r"\s(?:of|for)\s+(?P<tail>.+)$")
_WINDOW = 400  # how far before the words the description may stand
_AFTER = 40  # and after them: '..., said the ...'


def _names_another(description: str) -> bool:
    """Does the description end in a person other than its head ("the mother of the
    victim", "the lawyer for two of the accused")?"""
    m = _OF_TAIL.search(description)
    if not m:
        return False
    return any(w.lower().strip(".,'’") in EN.PERSON_WORDS or (
        w.lower().rstrip("s") in EN.PERSON_WORDS) for w in m["tail"].split())


def _person_name(name: str) -> bool:
    """Is ``name`` no place or body ("Upper Nile State", "the Ministry")? Only its capitalised
    words count: a particle ("van der Berg") is no vehicle."""
    words = name.split()
    return not _body_name(words) and not any(
        w[:1].isupper() and (w.lower() in EN.NONPERSON or w.lower() in EN.SPEAKER_NOUNS)
        for w in words)


def _apposed_name(text: str, speaker: str, start: int, end: int) -> str | None:
    """The name in commas right after ``speaker`` where it is written for the words
    ``start:end``: the nearest writing of it before them or just after them. An earlier
    writing with the name does not count ("The complainant, Mrs Ada Obi, ... The
    complainant stated that ...": the later entry keeps the description as written)."""
    before = text.rfind(speaker, max(0, start - _WINDOW), start)
    after = text.find(speaker, end, min(len(text), end + _AFTER))
    at = after if after >= 0 and (before < 0 or after - end < start - before) else before
    if at < 0:
        return None
    m = _APPOSED.match(text, at + len(speaker))
    if m is None or start <= m.start("name") < end:
        return None  # ("According to the governor, Ivan Petrov, 34, was arrested": the words')
    # (round en193) a company's name in commas is the body's the description speaks for
    name = m["name"]
    if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 2:
        name = name[:-1]  # (round en224) the sentence's stop after the name: "..., Ada Obi."
    words = name.split()
    if any(w.startswith("(") for w in words):
        # (round en224) "Major General (rtd) Ada Obi": the ranks before the mark are titles,
        # not the nouns of a body; the words after it are the name that is checked
        words = words[next(i for i, w in enumerate(words) if w.startswith("(")) + 1:]
    plain = " ".join(words)
    return name if _person_name(plain) and not names_a_body(plain) else None


def name_apposed_speakers(text: str, out: list[dict[str, object]]) -> None:
    """Give the entries whose speaker is a description of one person the name set in
    commas after that description."""
    for o in out:
        sp = o["speaker"]
        if not isinstance(sp, str) or sp.lower() in PRONOUNS or not (
                determined_description(sp) or sp.startswith(EN.ONE_PERSON_OPENERS)) or (
                not _one_person_head(sp.split())) or (
                _names_another(sp)):
            continue
        name = _apposed_name(text, sp, int(o["start"]), int(o["end"]))  # type: ignore[call-overload]
        if name:
            o["speaker"] = name
