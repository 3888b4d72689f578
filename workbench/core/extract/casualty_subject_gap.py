"""The counted people's own verb past what stands between them and it (round en113).

An English subject may be kept from its verb by what describes it: a relative clause ("A
58-year-old local man who had quarrelled with the hut's tenants over a right of way was
arrested", en-62), prepositional phrases with a region in commas ("one employee of the
district authority in Leoben, Styria, died", en-62), an apposition that holds a clause of
its own ("one man, a 52-year-old who was attacked by a dog while lying face down on a
driveway, died", en-62), or the rest of an apposition the count opens ("The suspect, a
47-year-old man from the district, was detained", en-62). The shorter forms are read by
fixed gaps (round en102's relative clause, the place before "died", the short aside);
here the verb is found by the clause's structure, not by its length.

The verb is finite, as a main clause's is: a form of "be" or "have" before the participle,
or a verb of dying. Between the people and it stands no subject of another clause: no
count in figures, pronoun subject, second relative word, verb that takes a clause ("A man
who said two guards were killed"), or subordinate clause with a subject ("A man who fled
after his brother was arrested"). A participle right after "and" closes a verb phrase whose
subject is the counted people, wherever the relative clause ends ("A rancher who fired
shots at officers ... gave himself up after a 30-hour standoff and was arrested").
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE

_STOP = re.compile(r"[.;:!?\"“”()\[\]]")
_REACH = 230
# How far a trigger word may stand after "a" or "an" with a relative clause on its noun
# (a bare article opens a count only right next to a trigger, 75 characters on).
RELATIVE_REACH = 240
_ARTICLE_RELATIVE = re.compile(r"[\w'’\- ]{1,40}?\swho\s", re.IGNORECASE)
_WORD = re.compile(r"[\w'’\-]+")
# Prepositional phrases on the people: where they are, come from or work.
_PREPOSITIONS = frozenset(EN.SUBJECT_GAP_PREPOSITIONS)
# A word of another clause: a relative or subordinating word, a subject pronoun, a verb
# that takes a clause.
_OTHER_CLAUSE = frozenset((*EN.SUBJECT_GAP_CLAUSE_WORDS, *EN.CLAUSE_TAKING_VERBS,
                           *EN.RELATIVE_REPORT_VERBS))
_SUBORDINATORS = frozenset(EN.SUBJECT_GAP_SUBORDINATORS)
# ... and before a relative clause, whom the person works for or is with too: "a
# photographer for a local television channel who has been missing"
_RELATIVE_GAP_PREPOSITIONS = _PREPOSITIONS | frozenset(EN.RELATIVE_GAP_MORE_PREPOSITIONS)
# A count in figures holds a subject of its own; "a 30-hour standoff" does not.
_FIGURE = re.compile(r"\d[\d,.]*(?![\d\-])")
# ... nor does a date's figure: "Nine people who left the camp on 2 May are missing"
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_WORDS = frozenset((*EN.MONTHS, *EN.MONTH_ABBREVIATIONS))
_BE_HAVE = frozenset(EN.SUBJECT_GAP_FINITE_AUX)
_DYING = frozenset(EN.SUBJECT_GAP_FINITE_VERBS)
_MODALS = frozenset(EN.SUBJECT_GAP_MODALS)
_PASSIVE_BE = frozenset(EN.SUBJECT_GAP_PASSIVE_BE)
_CAPITALISED_ASIDE = re.compile(
    r",\s+(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2}\s*,")
# How what may stand between opens, right after the group.
_CHARGE_OPEN = re.compile(rf"\s+(?:{alt(EN.SUBJECT_GAP_CHARGE_PARTICIPLES)})\s+of\s+",
                          re.IGNORECASE)
_GAP_OPENERS = (" who ", ", a ", ", an ", *(f" {p} " for p in _PREPOSITIONS),
                *(f" {p} of " for p in EN.SUBJECT_GAP_CHARGE_PARTICIPLES))
_OBJECT_PREPOSITIONS = frozenset((*EN.SUBJECT_GAP_PREPOSITIONS,
                                  *EN.SUBJECT_GAP_MORE_PREPOSITIONS))
# the word before the count word that opens the group
_WORD_BEFORE_COUNT = re.compile(r"\b([\w'’\-]+)\s+[\w'’\-,.]+\s*$")
_REL_OPEN = re.compile(r"\s+who\s+", re.IGNORECASE)
_APPOSITION_OPEN = re.compile(
    rf"\s*,\s+(?:{alt(EN.SUBJECT_GAP_APPOSITION_OPENERS)})\s", re.IGNORECASE)


def subject_verb_outcome(s: str, t: str, gend: int, predicate: re.Pattern[str],
                         toks: list[str]) -> tuple[str, int] | None:
    """The outcome and the end of the counted people's own verb, past prepositional
    phrases, a relative clause or an apposition after the group that ends at ``gend``;
    ``predicate`` matches an outcome's verb (run on ``t``, the sentence as the caller
    reads it). When the count itself opens an apposition ("The suspect, a 47-year-old man
    ..."), its closing comma may come before the verb. ``toks`` are the group's words: a
    count after a preposition is its object, no subject ("Three workers at a berry packing
    plant on the road to Jacona were shot dead" counts no plant). None when no such verb
    follows."""
    if not s.startswith(_GAP_OPENERS, gend) or _after_preposition(s, gend, toks):
        return None
    limit = _limit(s, gend)
    pos = _phrases_end(s, gend, limit)
    if pos < 0:
        return None
    if pos > gend and (aside := _CAPITALISED_ASIDE.match(s, pos)) and s[pos - 1:pos].isalpha() \
            and s[_last_word_start(s, pos)].isupper():
        pos = aside.end()  # "in Leoben, Styria,": the place's region
    if (rel := _REL_OPEN.match(s, pos)) is not None:
        if predicate.match(t, rel.end() - 1):
            return None  # "who was arrested": the clause's own verb, read elsewhere
        return _clause_then_verb(s, t, rel.end(), limit, predicate, commas=False)
    if (charge := _CHARGE_OPEN.match(s, pos)) is not None:
        found = _clause_then_verb(s, t, charge.end(), limit, predicate, commas=False)
        # a count in the charge ("suspected of killing two soldiers were arrested") is the
        # subject of the verb as much as the people are: neither is read
        counted = found is not None and COUNT_RE.search(s, charge.end(), found[1])
        return None if counted else found
    if (app := _APPOSITION_OPEN.match(s, pos)) is not None:
        close = s.find(",", app.end(), limit)
        if close < 0 or not _clause_free(s, app.end(), close, coordinated=False, nested=True):
            return None
        return _finite_outcome(t, close, predicate)
    if pos > gend and s.startswith(",", pos) and not _opens_apposition(s, gend):
        return None  # one comma alone does not part a subject from its verb
    return _finite_outcome(t, pos, predicate) if pos > gend else None


def relative_past_phrases(s: str, t: str, gend: int, predicate: re.Pattern[str]) -> (
        tuple[list[str], re.Match[str]] | None):
    """The words of the prepositional phrases after the group ending at ``gend`` (but the
    prepositions) and the match of the outcome that a relative clause right after them
    opens with (round en118: "a photographer for a local television channel who has been
    missing"), or None. The caller checks that the phrases name no other people "who"
    could be on."""
    if not s.startswith(" ", gend) or s.find(" who ", gend, gend + 90) < 0:
        return None
    pos = _phrases_end(s, gend, _limit(s, gend), _RELATIVE_GAP_PREPOSITIONS)
    if pos <= gend or (rel := _REL_OPEN.match(s, pos)) is None:
        return None
    verb = predicate.match(t, rel.end() - 1)
    if verb is None or not (verb.group("aux") or "").strip():
        return None
    words = [w for w in s[gend:pos].split() if w.lower() not in _RELATIVE_GAP_PREPOSITIONS]
    return words, verb


def _opens_apposition(s: str, gend: int) -> bool:
    """Does the counted group stand in an apposition opened by a comma before it?"""
    comma = s.rfind(",", max(0, gend - 45), gend)
    if comma < 0 or not _APPOSITION_OPEN.match(s, comma):
        return False
    return not any(w.group().lower() in _BE_HAVE for w in _WORD.finditer(s, comma, gend))


def relative_after_article(s: str, pos: int) -> bool:
    """Does a relative clause open on the noun of the article at ``pos``?"""
    return s.find(" who ", pos, pos + 45) >= 0 and _ARTICLE_RELATIVE.match(s, pos) is not None


def relative_closes(s: str, gend: int) -> bool:
    """Does a relative clause on the group ending at ``gend`` close an apposition ("one
    man, a 52-year-old who was attacked by a dog ..., died")?"""
    if s.find(" who ", gend, gend + 60) < 0:
        return False
    limit = _limit(s, gend)
    pos = _phrases_end(s, gend, limit)  # "a father of three who ..."
    if pos < 0 or not s.startswith(" who ", pos):
        return False
    close = s.find(",", pos, limit)
    return close > 0 and _clause_free(s, pos, close, coordinated=False, nested=True)


def _limit(s: str, gend: int) -> int:
    """How far the words after the group ending at ``gend`` may be read: to the next stop
    mark, at most ``_REACH`` characters on."""
    stop = _STOP.search(s, gend, gend + _REACH)
    return stop.start() if stop else min(len(s), gend + _REACH)


def _after_preposition(s: str, gend: int, toks: list[str]) -> bool:
    first = s.rfind(toks[0], 0, gend) if toks else -1
    before = _WORD_BEFORE_COUNT.search(s, max(0, first - 40), first) if first > 0 else None
    return before is not None and before.group(1).lower() in _OBJECT_PREPOSITIONS


def _last_word_start(s: str, pos: int) -> int:
    start = pos
    while start > 0 and (s[start - 1].isalnum() or s[start - 1] in "'’-"):
        start -= 1
    return start


def prepositional_phrases_end(s: str, pos: int, limit: int) -> int:
    """The end of the prepositional phrases (up to four, none with a clause of its own)
    from ``pos`` in ``s`` before ``limit``: ``pos`` when none, -1 when one holds a clause's
    word (round en114: the place between a passive and a part of its people)."""
    return _phrases_end(s, pos, limit)


def _phrases_end(s: str, pos: int, limit: int,
                 prepositions: frozenset[str] = _PREPOSITIONS) -> int:
    """The end of the prepositional phrases from ``pos`` (``pos`` when none), or -1 when
    one holds a word of another clause."""
    for _ in range(4):
        m = _WORD.match(s, pos + 1) if s.startswith(" ", pos) else None
        if m is None or m.group().lower() not in prepositions:
            return pos
        end = m.end()
        words = 0
        for w in _WORD.finditer(s, end, limit):
            if s[end:w.start()].strip():
                break  # a comma or other mark closes the phrase
            low = w.group().lower()
            if low in prepositions or low in _BE_HAVE or low in _DYING or low == "who":
                break
            if low in _OTHER_CLAUSE or low in _SUBORDINATORS or low == "and" or (
                    _FIGURE.match(low)):
                return -1
            end, words = w.end(), words + 1
            if words > 5:
                return -1
        if words == 0:
            return -1
        pos = end
    return pos


def _clause_then_verb(s: str, t: str, start: int, limit: int, predicate: re.Pattern[str],
                      commas: bool) -> tuple[str, int] | None:
    """The main verb after a relative clause opening at ``start``."""
    comma = s.find(",", start, limit)
    end = limit if commas or comma < 0 else comma
    pos = s.find(" ", start, end)
    while pos >= 0:
        found = _finite_outcome(t, pos, predicate)
        if found is not None:
            coordinated = s.endswith(" and", start, pos)
            return found if _clause_free(s, start, pos, coordinated) else None
        pos = s.find(" ", pos + 1, end)
    return None


def _clause_free(s: str, start: int, end: int, coordinated: bool,
                 nested: bool = False) -> bool:
    """No subject of another clause between ``start`` and ``end``: a verb after "and"
    (``coordinated``) shares the counted people's subject even past a preposition's
    object; ``nested``, an apposition whose own relative clause is allowed one "who"."""
    words = [w.group().lower() for w in _WORD.finditer(s, start, end)]
    seen_who = False
    for i, low in enumerate(words):
        if low == "who" and nested and not seen_who:
            seen_who = True
            continue
        if low in _OTHER_CLAUSE or (_FIGURE.match(low) and not _date_number(words, i)):
            return False
        if low in _SUBORDINATORS and not coordinated and i + 1 < len(words) and not (
                words[i + 1].endswith("ing")):
            return False
    return True


def _date_number(words: list[str], i: int) -> bool:
    """Is the figure ``words[i]`` a date's (round en163), no count with a subject of its own:
    a year, or a day beside its month ("who left the camp on 2 May", "on May 12")?"""
    if _YEAR.fullmatch(words[i]):
        return True
    return (i + 1 < len(words) and words[i + 1] in _MONTH_WORDS) or (
        i > 0 and words[i - 1] in _MONTH_WORDS)


def _finite_outcome(t: str, pos: int, predicate: re.Pattern[str]) -> tuple[str, int] | None:
    p = predicate.match(t, pos)
    if p is None or p.group("rel"):
        return None
    outcome = next((k for k, v in p.groupdict().items()
                    if v and k not in ("rel", "aux", "q")), None)
    if outcome is None:
        return None
    aux = [a.lower() for a in p.group("aux").split()]
    verb = p.group(outcome).split()[0].lower()
    if verb in _DYING:
        return None if any(a in _MODALS for a in aux) else (outcome, p.end())
    # a passive: a form of "be" among its auxiliaries ("has killed" is active, its object
    # after it)
    if aux and aux[0] in _BE_HAVE and any(a in _PASSIVE_BE for a in aux):
        return outcome, p.end()
    return None
