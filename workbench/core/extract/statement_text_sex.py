"""The sex the text itself gives a person it names (round en157): features and reports tell
a quote's speaker by "he" or "she" after naming others, and mark a person's sex without any
list of given names: a kin noun or a title before the name ("Her son, Corporal Daud Musa,",
"his wife Elena Ruiz", "Mrs Ada Obi"), a noun of one sex in apposition after it ("Ruth
Adeyemi, a mother of three,", "..., a 52-year-old woman,"), or the first possessive "his"
or "her" of the person's own clause ("Maria Lenz said her daughter ...", with no other
person between). A pronoun speaker may not go to a person the text made of the
other sex. A person whose sex the text never tells has none here."""

from __future__ import annotations

import re
from functools import lru_cache

from .lang import en as EN
from .statement_persons import _plural_people

_SEXED = EN.SEXED_NOUNS
_TITLES = EN.SEXED_TITLES
_PRONOUNS = EN.SEXED_PRONOUNS
_HEAD_END = EN.HEAD_MODIFIER_OPENERS
_PEOPLE = EN.PERSON_WORDS
_FUNCTION = EN.FUNCTION_WORDS
# Words that open another clause, whose possessive may be someone else's.
# ("and", "or": "Ali Musa and her son fled" joins another person)
_STOPS = frozenset((*EN.CLAUSE_OPENERS, *EN.RELATIVE_QUESTION_WORDS, "him", "them", "their",
                    "and", "or"))
# A noun right before the name in commas ("Her son, X,"; "the mother of two, X,"), or
# after an owner with no comma ("her son X", "Daud's widow X"); a title ("Mrs X").
_NOUN_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+)(?:\s+of\s+[a-z]+)?\s*,\s*(?:[A-Z][a-z]+\.?\s+)?$"
    r"|(?:\b(?:his|her|their|[Hh]is|[Hh]er|[A-Z][\w\-]*['’]s)\s+(?:[a-z]+\s+)?)(?P<kin>[a-z]+)\s+$"
    r"|\b(?P<title>[A-Z][a-z]{1,4})\.?\s+$")
# The apposition after the name, up to its comma or the sentence's end.
_APPOSED = re.compile(r",\s+(?:a|an|the|his|her|their)\s+(?P<desc>[^,.;:!?\"“”()]{1,60})")
# The first possessive "his" or "her" after the name in its own sentence, no capital nor
# quote between (one character class and a lazy run: no way to backtrack badly). A "he" or
# "she" after the name is left out: "Her colleague Peter Andaya said she had been
# travelling ..." speaks of someone else.
_OWN_PRONOUN = re.compile(r"[^A-Z.!?\"“”;:]{0,120}?\b(?P<p>his|her)\s+(?P<next>[a-z]+)")
_WORD = re.compile(r"[a-z]+")
# (round en188) What the person is, told after the name: "Karim, 38, was one of nine men on
# the bus", "Tomas is a fisherman". The words after "one of" or the article, read up to a
# preposition; their head tells the sex. Bounded runs of one class: no bad backtracking.
_PREDICATE = re.compile(
    r"(?:,\s*\d{1,3},)?\s+(?:was|is)\s+(?:(?P<one>one\s+of)\s+|(?:a|an|the)\s+)"
    r"(?P<rest>[a-z0-9\- ]{1,40})")
_PREDICATE_END = frozenset((*_HEAD_END, *EN.PREPOSITIONS, *_STOPS))
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\b")


def _before(text: str, at: int, end: int) -> str | None:
    """The sex the words right before a mention at ``at`` give it."""
    m = _NOUN_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return None
    if m["title"]:
        return _TITLES.get(m["title"].lower())
    if m["noun"]:
        # ("Speaking to her son, Amina Yusuf said ...": a fronted phrase, not the name's
        # apposition; an apposition closes before the clause goes on)
        if text[end:end + 1] not in ",.;)" and end < len(text):
            return None
        return _SEXED.get(m["noun"])
    return _SEXED.get(m["kin"])


def _after(text: str, end: int) -> str | None:
    """The sex a description in commas after the mention ending at ``end`` gives it: its
    head, the last word before "of", "who", ... ("a mother of three", "the boy's mother")."""
    m = _APPOSED.match(text, end)
    if m is None or _LIST_GOES_ON.match(text, m.end()):
        return None  # ("Amina Yusuf, her son, and two neighbours fled": a list)
    head = ""
    for w in m["desc"].split():
        if w.lower() in _HEAD_END:
            break
        head = w.lower()
    return _SEXED.get(head)


def _own_sentence(text: str, end: int) -> str | None:
    """The sex the first possessive after the mention gives it, in the same clause and with
    no other person named or spoken of between ("Colonel Walas said his unit ...", "...
    climbs the path with a photograph of her son"; not "Ivan told the woman her ...", nor
    "said the evidence showed that patrol members under his command ...")."""
    m = _OWN_PRONOUN.match(text, end)
    if m is None or m["next"] in _FUNCTION:
        return None  # ("saw her in the market": "her" as an object, anyone's)
    if not text[end:m.start("p")].strip(" ,"):
        return None  # ("Ali Musa, her son, and ...": a list or an apposition, no clause)
    for w in _WORD.findall(text, end, m.start("p")):
        if w in _PEOPLE or w in _SEXED or w in _PRONOUNS or w in _STOPS or _plural_people(w):
            return None
    return _PRONOUNS[m["p"]]


def _predicate(text: str, end: int) -> str | None:
    """The sex a predicate noun after the mention ending at ``end`` gives it ("was one of
    nine men", "is a fisherman"); the head is the last word before a preposition."""
    if text[end:end + 1] not in " ,":
        return None
    m = _PREDICATE.match(text, end)
    if m is None:
        return None
    head = ""
    for w in m["rest"].split():
        if w in _PREDICATE_END:
            break
        head = w
    if m["one"]:
        # a plural: "men", "women", "brothers"
        head = head[:-3] + "man" if head.endswith("men") else head[:-1] if head.endswith(
            "s") else ""
    return _SEXED.get(head)


@lru_cache(maxsize=2)
def _mentions_by_name(text: str) -> dict[str, tuple[tuple[int, str], ...]]:
    """The mentions read so far of each name of ``text`` (filled by ``_mention_sexes``)."""
    return {}


def _mention_sexes(text: str, name: str) -> tuple[tuple[int, str], ...]:
    """(position, sex) of every whole-word mention of ``name`` that tells a sex.
    (Kept for every name of the text: the pronoun rules ask of the same persons for every
    "he" or "she" of a long report, and a cache of a few hundred names was thrashed by a
    report of more, each miss reading the whole text again.)"""
    known = _mentions_by_name(text)
    if (got := known.get(name)) is not None:
        return got
    got = known[name] = _read_mentions(text, name)
    return got


def _read_mentions(text: str, name: str) -> tuple[tuple[int, str], ...]:
    found: list[tuple[int, str]] = []
    n = len(name)
    at = text.find(name)
    while at >= 0:
        stop = at + n
        if (at == 0 or not text[at - 1].isalnum()) and not text[stop:stop + 1].isalnum():
            noun = _before(text, at, stop) or _after(text, stop)
            # (round en196) a noun set beside the name tells more than a possessive
            # after it, which may be another's: "His widow, Leila Darrow, still keeps
            # his books."
            for sex in (noun, None if noun else _own_sentence(text, stop),
                        _predicate(text, stop)):
                if sex:
                    found.append((at, sex))
        at = text.find(name, stop)
    return tuple(found)


def text_sex(text: str, name: str, end: int) -> str | None:
    """"he" or "she" as the text before ``end`` tells the person called ``name``, from any
    of its mentions; None when it never tells, or tells both."""
    if not name:
        return None
    firsts = _first_sexes_by_name(text)
    if (first := firsts.get(name)) is None:
        first = firsts[name] = _first_sexes(_mention_sexes(text, name))
    found = [sex for sex, at in first if at < end]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=2)
def _first_sexes_by_name(text: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each name of ``text`` asked so far -> the first position of each sex it is told.
    (A feature asks of the same few persons for every "he" and "she": walking all of a
    name's mentions for each made a long page of quotes cost the square of its length.)"""
    return {}


def _first_sexes(mentions: tuple[tuple[int, str], ...]) -> tuple[tuple[str, int], ...]:
    first: dict[str, int] = {}
    for at, sex in mentions:
        if at < first.get(sex, at + 1):
            first[sex] = at
    return tuple(first.items())
