"""A first verb's subject named by an everyday noun, for a speech verb after "and"
(round en166).

"The ministry condemned the attack and said ..." gives the words after "and said" to the
subject of the first verb, read forward from the clause's start by the speaker lists
(statements.py). A body those lists do not name, told by a common noun, stopped the reading
whatever its first verb was: "The water company blamed old pipes and said repairs would be
finished by August", "The rail operator criticised the contractor and said ...", while
"The water company said ..." alone is read as any short subject is.

Here the subject is taken as it stands before the first verb: an article and one to three
lower-case words, no digit and no auxiliary, right before a simple past ("-ed" or a common
irregular past), with "and" or ", but" (and at most an adverb) right before the speech
verb. "The 12 men ...", "The water company, which ...", "and officials said" (a subject of
the second clause's own) stay as they were.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_subjects import _SUBJECT_BAD

_PLAIN_SUBJECT = re.compile(
    rf"(?i:{alt(EN.ARTICLES)})\s+(?:(?!(?:{alt(EN.PLAIN_SUBJECT_AUXILIARIES_EN214)})\s)"
    r"[a-z][a-z'’\-]*\s+){0,2}"
    rf"(?!(?:{alt(EN.PLAIN_SUBJECT_AUXILIARIES_EN214)})\s)[a-z][a-z'’\-]*"
    # (round en214: after a perfect's auxiliary too, "The prime minister's office has
    # declared three days of mourning and said ...", "has given", "had closed")
    rf"(?=\s+(?:(?:{alt(EN.PLAIN_SUBJECT_AUXILIARIES_EN214)})\s+)?"
    rf"(?:[a-z]{{3,}}ed|{alt(EN.IRREGULAR_PAST)}|{alt(EN.IRREGULAR_PARTICIPLES)})\b)")
# The coordinated speech verb follows "and" or ", but" at once, or after one adverb
# ("and later said"): a noun there would be the second clause's own subject ("and Kelly
# said", "and family said" are no adverbs).
_AND_DIRECT = re.compile(
    r"(?:\band|,\s*but)\s+(?:(?!(?:" + alt(EN.NOT_LY_ADVERBS) + r")\b)[a-z]+ly\s+"
    r"|also\s+|later\s+|then\s+)?$")
# An adverb or a negation between the subject and its verb ("The water company never
# blamed ...", "The company also blamed ..."): none of the subject's words.
_NOT_SUBJECT_WORDS = EN.PLAIN_SUBJECT_NOT_WORDS
_NOT_LY = frozenset(EN.NOT_LY_ADVERBS)
_SPEECHLESS = EN.SPEECHLESS_EVENT_HEADS
_WORD = re.compile(r"\S+")


def plain_first_subject(text: str, start: int, verb_start: int) -> tuple[int, int] | None:
    """The span of the plain subject opening ``text[start:verb_start]`` whose first verb
    the speech verb at ``verb_start`` follows after "and", or None."""
    if _AND_DIRECT.search(text, max(start, verb_start - 16), verb_start) is None:
        return None
    m = _PLAIN_SUBJECT.match(text, start, verb_start)
    if m is None or _SUBJECT_BAD.search(m.group()):
        return None
    words = [(w.group().lower(), w.end()) for w in _WORD.finditer(text, m.start(), m.end())]
    while len(words) > 1 and _adverb(words[-1][0]):
        words.pop()  # "The water company never": the subject ends before the adverb
    if len(words) < 2 or words[-1][0] in _SPEECHLESS:
        return None  # "The storm damaged homes and later said": an event says nothing
    return m.start(), words[-1][1]


def _adverb(w: str) -> bool:
    return w in _NOT_SUBJECT_WORDS or (w.endswith("ly") and w not in _NOT_LY)


# ---------------------------------------------------------------- round en170
# A described person or source as the first verb's subject, with what the plain reading
# above leaves: a place or a body after the head ("The head of the winning party", "The
# new mayor of Tamu"), a possessive name before it ("Tamu's new mayor"), a name set off
# after it ("The new mayor, Ruth Alo,", who then speaks as after "The mayor, Ruth Alo,
# said"), an aside ("..., however,"), and a fronted adverb ("Later, ..."). The subject of
# the first verb carries over its object and adverbials to "and said", "and promised to".
_HEADS = EN.PERSON_WORDS | EN.TITLES | EN.SPEAKER_NOUNS
_DESCRIPTION = re.compile(
    r"(?:(?i:the|a|an)\s+|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}['’]s\s+)"
    r"(?:[\w'’\-]+\s+){0,3}?(?P<head>[a-z][a-z\-]*)"
    r"(?:\s+(?:of|in|for|at|from)\s+[^,;:.!?\"“”]{1,50}?)?")
_APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3}),$")
_ASIDE_END = re.compile(rf",\s+(?:{alt(EN.OPENING_ADVERBS)}|too|though|also),$")
_FRONTED_ADVERB = re.compile(rf"(?i:{alt(EN.OPENING_ADVERBS)}|later|earlier),\s+")
_PAST = re.compile(rf"\b(?:[a-z]{{3,}}ed|{alt(EN.IRREGULAR_PAST)})\b")


def described_first_subject(text: str, start: int, verb_start: int) -> tuple[int, int] | None:
    """The span of the described subject (or the name set off after it) opening
    ``text[start:verb_start]`` whose first verb the speech verb at ``verb_start`` follows
    after "and", or None."""
    if _AND_DIRECT.search(text, max(start, verb_start - 16), verb_start) is None:
        return None
    if (lead := _FRONTED_ADVERB.match(text, start, verb_start)) is not None:
        start = lead.end()
    for past in _PAST.finditer(text, start, verb_start):
        a, b = start, past.start() - 1
        if b - a > 90:
            return None  # a subject runs no longer; later verbs have longer ones still
        phrase = text[a:b]
        named = None
        if phrase.endswith(","):
            if (aside := _ASIDE_END.search(phrase)) is not None:
                b = a + aside.start()
            elif (apposed := _APPOSED_NAME.search(phrase)) is not None:
                named = (a + apposed.start("name"), a + apposed.end("name"))
                b = a + apposed.start()
            else:
                continue
        m = _DESCRIPTION.fullmatch(text, a, b)
        if m is None or m["head"] not in _HEADS or " and " in m.group() or (
                _SUBJECT_BAD.search(m.group())):
            continue
        if named and any(w.lower() in EN.NONPERSON for w in text[slice(*named)].split()):
            return None  # ("The region, Upper Nile State,": a place)
        if named and m["head"] not in EN.PERSON_WORDS:
            # (as statement_sources._coordinated_apposition_name decides: "The harbourmaster,
            # Piet Olsen, thanked ... and said" keeps its post's holder, round 69)
            named = None
        return named or (a, b)
    return None
