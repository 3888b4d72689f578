"""The speaker before a verb of saying: the subject of "X said ..." (a short clause start or a
tight noun phrase), its antecedent through a relative, and "a statement saying"."""

from __future__ import annotations

import re
import string

from .fronted_time import fronted_time_end
from .lang import en as EN
from .lang.build import alt, first_chars
from .spans import trim_span
from .speakers import backward_np, has_content_word
from .statement_fronted_place import subject_after_fronted_place
from .statement_persons import (
    _ARTICLES,
    _HEAD_END,
    _PAST_VERB,
    _TIME_ALONE,
    _TIME_BEFORE_UNIT,
    _TIME_OPENER,
    _one_person_head,
    _people_word,
    _plural_word,
)
from .statement_shared import _RARE, _agent_noun, _last_match, _rare
from .statement_spread_saying import spread_medium, with_subject
from .statement_subject_verb import runs_over_verb
from .tails import opening_chars

# Round 68: one of a group described after it, set off by commas, then the verb: "One of
# them, a farmer, said", "One, a 23-year-old student, said". The description (an article,
# up to seven words, no clause) ends right before the verb's comma; a relative ("One, who
# gave no name, said") or a name ("One, Ali Musa, said") is no such description.
_ONE_DESCRIBED = re.compile(
    rf"(?<![\w'’\-])(?:{alt(EN.ONE_PICKED_OUT)})"
    rf"(?:\s+of\s+(?:{alt(EN.ONE_PICKED_OUT_OF)})(?:\s+[a-z][\w\-]*)?)?"
    r",\s+(?P<desc>(?:an?|the)\s+(?:[\w'’\-]+\s+){0,6}?(?P<head>[a-z][\w\-]*)"
    r"(?:\s+of\s+(?:[\w'’\-]+\s+){0,3}[\w'’\-]+)?),\s*$")


def _one_described(text: str, floor: int, v0: int) -> tuple[int, int] | None:
    """The description of "One (of them), <a description>, said" as the speaker, when its
    head names a person ("a farmer", "the brother of one victim"); None otherwise."""
    if text.rfind(",", floor, v0) < 0:
        return None
    lo = max(floor, v0 - 120)
    m = _ONE_DESCRIBED.search(text, lo, v0)
    if m is None:
        return None
    before = text[max(0, m.start() - 3):m.start()].rstrip()
    if before and before[-1] not in '.!?"”':
        return None  # the picked-out one opens its sentence ("said one, a farmer," is inverted)
    head = m["head"].lower()
    if not (head in EN.PERSON_WORDS or head.removesuffix("s") in EN.PERSON_WORDS
            or _named_body(m["desc"], head)):
        return None
    return m.span("desc")


def _named_body(desc: str, head: str) -> bool:
    """A body called by its own name in the description ("One of them, the Valley Guard
    brigade, said", round en120): a body's or a source's noun after a capitalised word."""
    return (head in EN.SPEAKER_NOUNS or head in EN.BODY_DESCRIPTION_HEADS) and any(
        w[:1].isupper() for w in desc.split()[1:-1])

# "citing intelligence reports, said": the verb-like form is the cited source's noun.
_CITABLE_HEADS = frozenset((*EN.DOCUMENT_NOUNS, *EN.SPEAKER_NOUNS))

# The last article of a subject after a fronted phrase: "In a 2009 interview [the
# photographer]", "On the radio [a farmer]" (at most three words after it, no digit).
_LAST_ARTICLE_PHRASE = re.compile(r"\s(?:the|a|an)\s+(?:[a-z][\w'’\-]*\s+){0,2}[a-z][\w\-]*$")


def _person_after_fronted(text: str, a: int, b: int) -> int | None:
    """Where a person subject opens after a fronted phrase that lost its comma ("In a
    2009 interview the photographer said"): the last article's phrase, when its head
    names a person by what they do; the phrase names who speaks, the opening is when or
    where (round 54). None when the head is no person ("In the end the report said")."""
    m = _LAST_ARTICLE_PHRASE.search(text, a, b)
    if m is None or m.start() <= a:
        return None
    return m.start() + 1 if _agent_noun(text[m.start():b].rsplit(None, 1)[1].lower()) else None


_REL_END = re.compile(r"\b(?:who|which)\s+$")

_LEADING_CONJ_WORDS = ("and", "but", "then", "so", "also", "later", "earlier", "meanwhile")
_LEADING_CONJ = re.compile(rf"^(?:{'|'.join(_LEADING_CONJ_WORDS)})\s+", re.IGNORECASE)
_LEADING_CONJ_FIRST = opening_chars(_LEADING_CONJ_WORDS)

# The pattern keeps its words' case: a phrase that opens with another word is no time.
_TIME_OPENER_FIRST = (*_TIME_BEFORE_UNIT, *_TIME_ALONE)

# An acronym in brackets inside a title ("Senior Superintendent of Police (SSP) Anil
# Rao", "Maj. Gen. (retd) Vikram Singh") is part of the speaker, not a break.
# "since" before a day or a month is a preposition inside a noun phrase, no clause
# opener: "A post shared thousands of times since Thursday said ..." (the speaker is the
# post). Checked on the last break only, after the match: inside _CLAUSE_BREAK the
# look-ahead cost 3.4M instructions per 0.3 MB. "may" left out: "since may" opens a
# clause more often than it names the month.
_SINCE_DATES = tuple(w for w in (*EN.WEEKDAYS, *EN.MONTHS, "week", "month", "year")
                     if w != "may")
# (round en180) and before a year: "A reader who brought the issues she had kept since
# 2011 said ..."
_SINCE_DATE = re.compile(rf"(?:(?:last|early|late|mid)\s+)?(?:{alt(_SINCE_DATES)})\b"
                         r"|(?:19|20)\d\d\b", re.IGNORECASE)
# "that night", "that same morning": a demonstrative before a period, no clause (round en185)
_THAT_PERIOD = re.compile(rf"(?:same\s+|very\s+)?(?:{alt(EN.ADJACENT_PERIODS)})\b")
_CLAUSE_BREAK = re.compile(
    # (a comma between digits is a count's: "shared 9,000 times")
    r"(?:,(?!\d{3}\b)|[;:\"“”]|\((?!(?-i:[A-Z][A-Za-z.]{1,7}"
    # ... or closing a name: "the Inter-Services Public Relations (ISPR) said", "The
    # Kuwait News Agency (KUNA) quoted the ministry"
    rf"|{alt(EN.RANK_BRACKETS)})\)(?:\s+(?-i:[A-Z])|\s*$|\s+(?-i:[a-z]+ed)\b))"
    rf"|\s[-–—]+\s|\b(?:{alt(EN.CLAUSE_OPENERS)})\s)", re.IGNORECASE
)
# What any break needs: one of its marks, or (on the lowered clause) one of its words. The
# pattern's case-blind word branch is tried at every position of the clause; most subjects
# ("The army", "A spokesman for the ministry") hold neither, and this answers in two C scans.
_BREAK_MARK = re.compile(r"[,;:\"“”(\-–—]")
_BREAK_WORD = re.compile(rf"\b(?:{alt(EN.CLAUSE_OPENERS)})\s")


def _clause_breaks(text: str, c0: int, vcut: int) -> list[re.Match[str]]:
    """``list(_CLAUSE_BREAK.finditer(text, c0, vcut))``, the pattern tried only where a
    break can be (other letters than ASCII go to the pattern: case folding, as in
    folding.py)."""
    if not _BREAK_MARK.search(text, c0, vcut):
        seg = text[c0:vcut]
        if seg.isascii() and not _BREAK_WORD.search(seg.lower()):
            return []
    return list(_CLAUSE_BREAK.finditer(text, c0, vcut))


# "released a video in which one of the hostages said": a relative clause with a subject of
# its own opens after a preposition and "which" (searched only where "wh" is: as a branch
# of the pattern above it cost more than the rest of this round)
_RARE["_PREPOSITION_RELATIVE"] = (
    rf"\b(?:{alt(EN.RELATIVE_PREPOSITIONS)})\s+wh(?:ich|om)\s", re.IGNORECASE)

_SUBJECT_BAD_WORDS = ("is", "was", "were", "are", "has", "had", "have", "will", "would", "could")
# A digit or an auxiliary in a phrase that would be a subject. The look-ahead in front names
# every character a match can start with (a necessary condition, so the matches are those of
# the plain pattern), which lets the regex engine skip in C to the next such character
# instead of trying both branches at every position: a third of the time on a 40-character
# phrase.
_SUBJECT_BAD = re.compile(
    # an ordinal names a unit, not a count: "Colonel Ivan Sirko of the 93rd brigade"
    # nor an age joined to its noun (round 66): "A 47-year-old farmer said"
    rf"(?=[\d{first_chars(_SUBJECT_BAD_WORDS)}])(?:\d(?!\d*(?:st|nd|rd|th)\b)"
    rf"(?!\d*-(?:{alt(EN.AGE_COMPOUND_TAILS)})\b)"
    rf"|\b(?:{'|'.join(_SUBJECT_BAD_WORDS)})\b)",
    re.IGNORECASE)

_RARE["_OWN_NAME_CLAUSE"] = (
    # (her "surname" or "full name" too, round 66: an aged subject now speaks)
    r"\s+(?:who|that)\s+asked\s+that\s+(?:his|her|their)\s+"
    rf"(?:{alt(EN.OWN_NAME_NOUNS)})\b[^,;:\"“”()]*$",
    re.IGNORECASE)

_SUBJECT_ASIDE = re.compile(
    rf",\s*(?:{alt(EN.SUBJECT_ASIDE_OPENERS)}"
    # or whose the speaker is, a body's possessive (round 49): "JVK, al-Qaeda's affiliate in
    # the Sahel, has claimed ...", "The Velna Front, Brant's own militia, said ..."
    r"|(?:al-)?[A-Z][\w\-]*['’]s)\s[^,;:\"“”()]{1,60},\s*$")
_REL_AUX_WORDS = ("has", "have", "had", "also", "since", "already", "repeatedly", "later")
_REL_AUX_LAST = (*(f" {w}" for w in _REL_AUX_WORDS), " who", " which")
_REL_AUX_END = re.compile(r"\b(?:who|which)(?:\s+(?:has|have|had))?"
                          r"(?:\s+(?:also|since|already|repeatedly|later))?\s*$")

# "A UN report that was leaked on Monday said": a relative clause with its own auxiliary
# between a short subject and the verb; the subject is the words before the pronoun.
_RELATIVE_WORDS = ("that", "which", "who")
_REL_SUBJECT = re.compile(
    r"\s*(?P<np>(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    rf"(?:{'|'.join(_RELATIVE_WORDS)})\s+"
    r"(?:was|were|is|are|has|had|have)\s+[^,;:\"“”()]{1,60}?\s*$",
    re.IGNORECASE,
)


def _may_hold_relative(text: str, c0: int, vcut: int) -> bool:
    """False only when ``_REL_SUBJECT`` cannot match text[c0:vcut]: an ASCII clause without
    its relative pronouns. The pattern's lazy noun phrase makes a failing match cost a few
    microseconds at every verb; this costs a slice. Other letters go to the pattern (its
    case folding matches "ſ" and the like where ``str.lower`` does not)."""
    seg = text[c0:vcut]
    if not seg.isascii():
        return True
    low = seg.lower()
    return "that" in low or "which" in low or "who" in low  # _RELATIVE_WORDS, unrolled


def _clause_subject(text: str, c0: int, vcut: int, headline: bool) -> tuple[int, int]:
    """Subject of 'X said ...': the clause start up to the verb when short, else a tight NP."""
    if text.find("asked that", c0, vcut) >= 0 and (
            own := _rare("_OWN_NAME_CLAUSE").search(text, c0, vcut)):
        # "A doctor ... who asked that his name not be published said": the request is
        # about the source's name; the noun before it speaks (its "that" opens no clause)
        vcut = own.start()
    if not headline and text[c0:vcut].rstrip().endswith(",") and (
            aside := _SUBJECT_ASIDE.search(text, c0, vcut)) and aside.start() > c0:
        # "His brother, now in Sweden, said ...": where or what the speaker is now, set
        # off by commas, is no part of who spoke (round 44)
        vcut = aside.start()
    relative_words = 9
    rel_subject = None if headline or not _may_hold_relative(text, c0, vcut) else (
        _REL_SUBJECT.match(text, c0, vcut))
    if rel_subject and not _SUBJECT_BAD.search(rel_subject["np"]):
        return rel_subject.span("np")
    breaks = _clause_breaks(text, c0, vcut)
    while breaks and breaks[-1].group()[:5].lower() == "since" and _SINCE_DATE.match(
            text, breaks[-1].end()):
        breaks.pop()
    if not headline and breaks and any(b.group() == "that " for b in breaks):
        # (round en185) "A woman whose house was burned that night says ...": "that"
        # before a period of time points at it and opens no clause
        breaks = [b for b in breaks if b.group() != "that " or not _THAT_PERIOD.match(
            text, b.end())]
    if not headline and breaks and breaks[-1].group().lower() == "where " and (
            _SUBJECT_BAD.search(text, breaks[-1].end(), vcut)):
        # "A source at the hospital where the wounded were taken said": the clause of
        # place has a verb of its own, so the noun it follows speaks
        hs = breaks[-2].end() if len(breaks) > 1 else c0
        ha, hb = trim_span(text, hs, breaks[-1].start())
        head = text[ha:hb].split()
        if head and head[0].lower() in _ARTICLES and len(head) <= _PLACED_PERSON_WORDS and (
                _speaker_head(head)):
            return ha, hb
    if breaks and breaks[-1].group() == "that " and _subject_relative_that(
            text, breaks[-2].end() if len(breaks) > 1 else c0, breaks[-1]):
        breaks.pop()  # "A report that reached us on Friday said": a relative, kept whole
        # (and longer than a bare subject may be: "A mobile team that reached Mai Teklit
        # village on Wednesday reported", round 50)
        relative_words = _THAT_RELATIVE_SUBJECT_WORDS
    start = breaks[-1].end() if breaks else c0
    if "wh" in text[start:vcut] and (rel_opener := _last_match(
            _rare("_PREPOSITION_RELATIVE"), text, start, vcut)):
        start = rel_opener.end()
    seg = text[start:vcut]
    rel = _REL_END.search(seg) if seg.rstrip().endswith(("who", "which")) else None
    if rel is None and seg.rstrip().endswith(_REL_AUX_LAST):
        # "the Cabinet Secretary, who has promised me that ...": an auxiliary or an adverb
        # between the pronoun and the verb, the speaker still the one before it
        rel = _REL_AUX_END.search(seg)
    if rel:  # "rebels who accused ...": the speaker precedes the relative pronoun
        end = trim_span(text, c0, start + rel.start())[1]
        if giver := _medium_giver(text, c0, end, headline, vcut):
            return giver
        return _antecedent(text, c0, end, headline)
    if not seg.strip() and breaks and breaks[-1].group() == "that " and (
            giver := _medium_giver(text, c0, breaks[-1].start() - 1, headline, vcut)):
        return giver  # (issue 11) "has issued a statement that says": its giver speaks
    if not seg.strip() and breaks and breaks[-1].group() == "that " and (
            body := _rare("_SPEAKER_BEFORE_THAT").search(
                text, max(c0, breaks[-1].start() - 60), breaks[-1].start())):
        # "paid a security company that said it employed 460 guards": "that" right
        # before the verb is the relative pronoun, and the body before it speaks
        return trim_span(text, body.start(), body.end())
    a, b = trim_span(text, start, vcut)
    # "^": at most one, at the start; tried only when the phrase opens as one of them can
    conj = _LEADING_CONJ.match(text[a:b]) if text[a:a + 1] in _LEADING_CONJ_FIRST else None
    a += conj.end() if conj else 0
    phrase = text[a:b]
    n = len(phrase.split())
    if n > 1 and phrase.rsplit(None, 1)[1].lower() in _REJECTING:
        # "The opposition rejected claims that ...": "claims" read as the verb has the
        # rejecting verb before it, which is the speaker's own verb, not part of the name
        b = a + len(phrase.rsplit(None, 1)[0])
        phrase = text[a:b]
        n -= 1
    opener = breaks[-1].group().strip().lower() if breaks else ""
    if not headline and 2 <= n <= 5 and phrase.rsplit(None, 1)[-1] in _TIMED_PRONOUNS and (
            timed_pronoun := _TIME_THEN_PRONOUN.fullmatch(phrase)):
        # (round en219) "Earlier today it said", "Later that day he said", "Earlier this
        # week they said": a time that lost its comma before the pronoun that speaks
        return a + timed_pronoun.start("p"), b
    if not headline and n >= 2 and text.startswith(_TIME_OPENER_FIRST, a) and (
            when := _TIME_OPENER.match(text, a, b)) and (
            not text.startswith(("Earlier", "Later"), a)):
        # "This afternoon a spokesman for the army said": a time that lost its comma is
        # no part of the subject ("Earlier reports said" keeps its adjective)
        a = when.end()
        phrase = text[a:b]
        n = len(phrase.split())
    if not headline and n > 2 and text.startswith("In ", a) and " case" in phrase and (
            cases := _FRONTED_CASES.match(text, a, b)) and _cases_people(text[cases.end():b]):
        # (round en226) "In 34 cases relatives told us ...", "In most cases witnesses said
        # ...", "In some cases relatives of the dead told us ...": how many of the cases
        # the source spoke of, its comma left out
        a = cases.end()
        phrase = text[a:b]
        n = len(phrase.split())
        if n <= 5:
            return a, b
    if not headline and n > 2 and (timed := fronted_time_end(text, a, b)) > a:
        # "Within the hour the governor's office said", "By the evening NATO said": a
        # span of time that lost its comma, before any subject, a name too (round 52)
        a = timed
        phrase = text[a:b]
        n = len(phrase.split())
    if not headline and n > 2 and (placed := subject_after_fronted_place(text, a, b, vcut)):
        return placed  # round en116
    if not headline and n > 2 and (_LEADING_PREPOSITION.match(phrase) or (
            opener in _PREPOSITION_WORDS) or _PLACE_BEFORE_ARTICLE.match(phrase)):
        # "On Monday the army said", "In a statement the ministry said": a fronted phrase
        # that lost its comma is no part of the subject, which opens at its article; so is
        # a dateline's place ("Hama the Syrian Observatory said").
        pa, pb = backward_np(text, vcut, floor=a)
        if pb > pa and pa > a and text[pa:pb].split()[0].lower() in _ARTICLES_OR_PRONOUNS:
            return pa, pb
        if pb <= pa and _LEADING_PREPOSITION.match(phrase) and (
                last := _last_match(_ARTICLE_OPENS, text, a + 1, b)) and (
                0 < len(text[last.start():b].split()) <= 5):
            # "With heavy hearts the Auta family announce that ...": read backwards no
            # phrase came, and the last article after the fronted phrase opens the subject
            return last.start(), b
        if (_LEADING_PREPOSITION.match(phrase) or opener in _PREPOSITION_WORDS) and (
                person := _person_after_fronted(text, a, b)) is not None:
            # (not after a name or a place: "Peter Lual the district commissioner said" is
            # the man and his post, in copy without commas)
            return person, b
    joined = _last_match(_AND_SUBJECT, text, a, b) if not headline and " and " in phrase else None
    if joined and (_VERB_OBJECT.search(text, a, joined.start()) or _PAST_BEFORE.search(
            text, a, joined.start())):
        # "The rebels issued a statement and their leader said": the first clause has a
        # verb of its own, so the speaker is the subject after "and"
        return joined.end(), b
    if not headline and " and " in phrase and (
            bare := _AND_BARE_PLURAL.search(text, max(a, b - 60), b)) and (
            _FIRST_CLAUSE_VERB.search(text, a, bare.start())):
        # "The storm damaged homes and officials said": the same with a bare plural after
        # "and", the first clause's verb after its subject and before its object
        return bare.start("np"), b
    if 0 < n <= (4 if headline else relative_words) and not _SUBJECT_BAD.search(phrase) and (
        phrase[:1].isupper() or n <= 6
    ):
        if not headline and runs_over_verb(phrase):
            return a, a  # the clause has its own verb: no speaker before this one
        return a, b
    if not headline and 2 <= n <= 12 and phrase[:1] in _COUNTED_FIRST and (
            _counted_sources(phrase)):
        return a, b  # "31 bulletins report ...", "Relatives of at least 22 of those ..."
    if not headline and 3 <= n <= 6 and phrase[:1] in _DETERMINED_FIRST and (
            _determined_count_or_year(phrase)):
        return a, b  # "The 2021 report said", "The 300 residents said": as written
    if not headline and 2 < n <= 6 and phrase[-1:].isdigit() and (
            aged := _scraped_age(phrase)) is not None:
        return a, a + aged  # "A farmer 54 said": an age that lost its commas
    if not headline and n > 2 and (shared := _SHARED_POSTS.match(phrase)):
        # "Posts shared more than 9,000 times on Facebook since Saturday say that ...":
        # the posts and how far they went, however many words (a count of shares is no
        # count of people)
        return a, a + shared.end()
    if not headline and _modified_head(phrase):
        return a, b  # "a poet accused of ...", "a doctor who treated ...": kept as written
    if not headline and n > _MODIFIER_WORDS and " whose " in phrase and (
            whose_head := _LONG_WHOSE_HEAD.match(phrase)) and (
            _one_person_head(whose_head["np"].split()[-1:])):
        # (round en226) "A man whose son was shot dead during a police raid in the Morro
        # do Cedro favela told a jury ...": a "whose" clause longer than a subject is kept
        # whole; the person it describes speaks (read backwards, only the place's last
        # word would be left)
        return a, a + whose_head.end("np")
    if not headline and 0 < n <= _PLACED_PERSON_WORDS and phrase.split(None, 1)[0].lower() in (
            _ARTICLES) and _one_person_head(phrase.split()) and _HEAD_THEN_PLACE.search(phrase):
        # "A medical official at the field hospital in nearby Tel Sarun said": one person
        # and where they work, read backwards only the place's name
        return a, b
    if not headline and 0 < n <= _PLACED_PERSON_WORDS and (
            " of the " in phrase or " for the " in phrase) and _HEAD_OF_BODY_IN_PLACE.match(phrase):
        # (round en219) "The head of the Red Cross office in western Ukraine said", "The
        # operator of the Kessa wildlife park in northern Central African Republic said":
        # the one in charge of a body and where the body is; read backwards only the
        # place's name, which does not speak
        return a, b
    return backward_np(text, vcut, floor=c0, max_tokens=4 if headline else 12)


# A subject that counts its sources (round 45): "31 bulletins", "40 witnesses", "At
# least 12 residents", "Relatives of at least 22 of those detained" (a digit in a subject
# is otherwise read as no speaker).
_COUNTED_FIRST = frozenset(string.digits + string.ascii_letters)
_COUNTED_SOURCES = re.compile(
    rf"(?:(?P<of>[A-Za-z][\w\-]*)\s+of\s+)?(?:(?:{alt(EN.COUNT_APPROXIMATORS)})\s+)?"
    r"\d[\d,]*\s+(?:of\s+(?:the|those|these)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*|(?:[a-z][\w\-]*\s+)?"
    r"(?P<n>[a-z][\w\-]*))", re.IGNORECASE)


def _counted_sources(phrase: str) -> bool:
    """A count of people or sources as the whole subject, or people "of" a counted
    group; not a count of the dead before a clause of its own."""
    m = _COUNTED_SOURCES.fullmatch(phrase)
    if not m:
        return False
    if m["of"]:
        who = m["of"].lower()
        return _plural_word(who) and (_people_word(who) or who in EN.COUNTED_FAMILIES) and (
            m["n"] is None or _plural_word(m["n"].lower()))
    n = (m["n"] or "").lower()
    return n in EN.COUNTED_SOURCE_NOUNS or n in EN.COUNTED_FAMILIES or (
        _plural_word(n) and _people_word(n))


# A description of one person and an age that lost its commas ("a farmer 54", "the
# mother 34"): no count, as "police 54" or "the ministry 12" would be; (round en226) the
# age after "aged" as well ("A farmer aged 61 told ...").
_SCRAPED_AGE = re.compile(
    r"(?P<np>(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+(?:aged\s+)?"
    r"(?:[1-9]\d?|1[01]\d)$",
    re.IGNORECASE)


def _scraped_age(phrase: str) -> int | None:
    """Where the description ends in ``phrase`` when an age with no commas closes it
    ("A farmer 54"), or None."""
    aged = _SCRAPED_AGE.fullmatch(phrase)
    if aged is None or not _one_person_head(aged["np"].split()[-1:]):  # (not "a mother of 5")
        return None
    return aged.end("np")


def _speaker_head(words: list[str]) -> bool:
    """The head noun of a description names one who may speak: "A nurse at the clinic",
    "A source at the hospital", "the official in charge of ..."."""
    head = ""
    for w in words:
        if w.lower() in _HEAD_END:
            break
        head = w.lower().strip(".,'’")
    return head in EN.TITLES or head in EN.PERSON_WORDS or head in EN.SPEAKER_NOUNS


# Posts or videos and how they spread, as a subject: "Videos shared thousands of times on
# Telegram since Monday"; the phrase ends before a clause of its own.
_SHARED_POSTS = re.compile(
    rf"(?:[A-Z][\w\-]*\s+)?(?:{alt(EN.SHARED_ITEMS)})\s+(?:widely\s+)?"
    rf"(?:{alt(EN.SHARING_PARTICIPLES)})\b(?:[^,;:\"“”()]|,(?=\d{{3}}\b)){{0,100}}$",
    re.IGNORECASE)

_PLACED_PERSON_WORDS = 14
# The person's head, then where they are: "official at the", "doctor in a"
_HEAD_THEN_PLACE = re.compile(r"^(?:\S+\s+){1,3}?(?:at|in|from)\s+(?:the|a|an)\s")
# (round en219) A time, perhaps after "Earlier" or "Later", then the subject pronoun.
_TIMED_PRONOUNS = frozenset(EN.TIMED_SUBJECT_PRONOUNS)
_TIME_THEN_PRONOUN = re.compile(
    r"(?:(?i:earlier|later)\s+)?(?i:today|tonight|yesterday"
    r"|(?:that|this|last)\s+(?:day|week|month|year|morning|afternoon|evening|night)"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"\s+(?P<p>he|she|it|they|we)")
# (round en219) An article's head, "of" or "for" a named or described body, then "in" or
# "at" a place of capitals (perhaps after "northern", "nearby") closing the phrase.
_HEAD_OF_BODY_IN_PLACE = re.compile(
    r"(?i:the|a|an)\s+(?:[\w'’\-]+\s+){1,2}?(?:of|for)\s+the\s+(?:[\w'’\-]+\s+){1,4}?"
    rf"(?:in|at)\s+(?:(?:{alt(EN.PLACE_OPENERS)})\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,3}}$")

_REJECTING = frozenset((*EN.DENIAL_VERBS, *EN.DISPUTING_VERBS))
_LEADING_PREPOSITION = re.compile(rf"(?:{alt(EN.PREPOSITIONS)})\s", re.IGNORECASE)
_ARTICLE_OPENS = re.compile(r"(?<=\s)(?:the|an?)\s")
_PREPOSITION_WORDS = frozenset(EN.PREPOSITIONS)  # "after" also opens clauses
_PLACE_BEFORE_ARTICLE = re.compile(r"(?:[A-Z][\w'’\-]*\s+){1,2}(?:the|an?)\s")
_ARTICLES_OR_PRONOUNS = frozenset((*EN.ARTICLES, *EN.PRONOUNS))

# Where a noun's modifier starts: a relative pronoun, or a participle followed by a
# preposition or article ("accused of", "working at", "wounded in", "investigating the").
_MODIFIER = re.compile(
    r"\s(?:(?:who|whom|whose|which)\b|[a-z][a-z\-]+(?:ed|ing)\s+"
    # (round en175: a place's preposition too, "A woman waiting outside the main gate of
    # the prison for word of her brother told our reporter: ...")
    rf"(?:{alt((*EN.PREPOSITIONS, *EN.FRONTED_PLACE_PREPOSITIONS))}|the|a|an|his|her|its|their|of"
    # (after round 45) a name a group gives itself: "a group calling itself X"
    r"|itself|themselves|himself|herself)\b"
    # (round en204) a body and how it came to be: "A judicial panel set up to look into
    # the shootings says ...", "An inquiry set up last year found ..." ("set" has no "-ed")
    r"|set\s+up\b"
    # a paper and its date (after round 45): "A leaked memo dated March 3 says ..."
    r"|dated\s+(?=[A-Z0-9]))"
)
# (round en226) A count of cases fronted before the subject without its comma: "In 34
# cases", "In at least nine cases", "In most of the cases".
_FRONTED_CASES = re.compile(
    rf"In\s+(?:(?:{alt(EN.COUNT_APPROXIMATORS)})\s+)?(?:\d[\d,]*|[a-z]+)"
    r"(?:\s+of\s+(?:the|these|those))?\s+cases\s+(?=[a-z])")


def _cases_people(phrase: str) -> bool:
    """Is ``phrase`` after a fronted count of cases a plural of people ("relatives",
    "local residents", "relatives of the dead", "families")?"""
    words = [w.lower() for w in phrase.split()]
    if not words:
        return False
    head = words[0] if "of" in words[1:2] else words[-1]
    return head in EN.COUNTED_FAMILIES or (_plural_word(head) and _people_word(head))


_MODIFIER_WORDS = 16  # a subject with its modifier rarely runs longer
# (round en226) One person described by a "whose" clause: "A woman whose ...", "An old
# farmer whose ...", "The mother whose ..." (up to two describing words before the head).
_LONG_WHOSE_HEAD = re.compile(
    r"(?P<np>(?:A|An|The)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+whose\s")


def _modified_head(phrase: str) -> bool:
    """True when ``phrase`` is a short noun phrase followed by a relative clause or a
    reduced relative: the subject of a clause even though it is long."""
    m = _MODIFIER.search(phrase)
    if not m or '"' in phrase or "“" in phrase or len(phrase.split()) > _MODIFIER_WORDS:
        return False
    head = phrase[:m.start()]
    words = head.split()
    n = len(words)
    # a title and a name run longer: "Police Public Relations Officer ASP Ahmed Wakil"
    named = n <= 8 and all(w[:1].isupper() for w in words)
    return n > 0 and (n <= 5 or named) and not _SUBJECT_BAD.search(head) and (
        has_content_word(head))


# A transitive verb with its object: "arrested two men", "met the envoy" (any spelled
# count, round en182: "treated nine people who told our nurses ...").
_VERB_OBJECT = re.compile(
    rf"\b[a-z]+ed\s+(?=(?:the|a|an|{alt(EN.SPAN_NUMBERS)}|several|some|his|her|its|their"
    r"|\d)\b)"
)

_AND_SUBJECT = re.compile(r"\s(?:and|but)\s+(?=(?:the|a|an|its|their|his|her)\s)")
# ... or a bare plural of one to three lower-case words right before the verb ("and local
# officials said"), after a first clause whose verb has a word on each side of it ("The
# storm damaged homes"; "The injured and relatives said" has none after "injured").
# (no participle among its words: "and allied forces said" coordinates two subjects, and
# "and rice fearing curfews said Abu Ali" is an object before an inverted speaker; "and
# their families said" is read above, with a stricter first clause)
_PLAIN_WORD = r"(?![a-z]+(?:ed|ing)\b)[a-z][a-z'’\-]*"
_AND_BARE_PLURAL = re.compile(
    rf"\s(?:and|but)\s+(?!(?:{alt(EN.DETERMINERS_BEFORE_NOUNS)})\s)"
    rf"(?P<np>(?:{_PLAIN_WORD}\s+){{0,2}}{_PLAIN_WORD}s)\s*$")
# (the verb not right after an article or a possessive: "The wounded soldiers and their
# families said" has an adjective there)
_FIRST_CLAUSE_VERB = re.compile(
    rf"(?<![\w'’])(?!(?:{alt(EN.DETERMINERS_BEFORE_NOUNS)})\s)[\w'’\-]+\s+"
    rf"(?:[a-z]{{3,}}ed|{alt(EN.IRREGULAR_PAST)})\s+\S", re.IGNORECASE)
# ("had", "has", "have" before an article or a possessive are the main verb, no
# auxiliary: "Tomas had his operation and the surgeon says ...")
_PAST_BEFORE = re.compile(
    rf"\s(?:(?:{alt(EN.IRREGULAR_PAST)})\s+(?:on|in|at|the|a|an|with|for)"
    r"|(?:had|has|have)\s+(?:the|a|an|his|her|their|its))\b")


def _antecedent(text: str, c0: int, end: int, headline: bool) -> tuple[int, int]:
    """The noun phrase a relative pronoun at ``end`` refers to: the clause subject, or
    the object of a verb before it ("Police arrested two men who said ..." -> two men)."""
    if age := _AGE_END.search(text, c0, end):
        # "Amina Yusuf, 54, who says ...": the age set off by commas is no one who spoke
        end = age.start()
    last = _last_match(_VERB_OBJECT, text, c0, end)
    start = last.end() if last else c0
    if (heard := _last_match(_HEARD_FROM, text, start, end)) and (
            len(text[heard.end():end].split()) <= _HEARD_FROM_WORDS):
        # "stopped by soldiers who said ...", "spoke to a farmer who says ...": the one
        # heard is the object of the preposition, not the clause's subject (round 43)
        start = heard.end()
    if " and " in text[start:end] and (conj := _last_match(_AND_ONE_MORE, text, start, end)) and (
            _RELATIVE_WORD.search(text, max(c0, conj.start() - 100), conj.start())):
        # "..., among them two officers who had followed the lorry and a trader who told
        # the court ...": the first noun's own relative ends at "and"; the second noun
        # is the one the pronoun follows
        start = conj.end()
    a, b = _clause_subject(text, start, end, headline)
    if (cited := _CITING_OPENER.match(text, a, b)) and cited.end() < b:
        # "..., according to survivors who said ...": the sources named after the
        # preposition are the ones who said it
        a = cited.end()
    return a, b


# Who a relative's speaker is after a passive's agent or a verb of hearing (round 43).
_HEARD_FROM = re.compile(rf"\b(?:{alt((*EN.HEARD_FROM, *EN.HEARD_FROM_ALSO))})\s+", re.IGNORECASE)
_HEARD_FROM_WORDS = 6
_AGE_END = re.compile(r",\s*\d{1,3}\s*,?\s*$")
# "and" opening a second noun phrase, and a relative pronoun that may close the first.
_AND_ONE_MORE = re.compile(r"\band\s+(?=(?:an?|the|one|two|three|four|five|\d+)\s)")
_RELATIVE_WORD = re.compile(r"\b(?:who|which|whom)\b")
_CITING_OPENER = re.compile(r"(?:according\s+to|citing|quoting)\s+", re.IGNORECASE)

_DOCUMENTS = frozenset((*EN.DOCUMENT_NOUNS, *EN.WRITTEN_WORKS))

# (issue 11) also in the perfect and pluperfect, with an adverb between ("has now issued
# a statement saying"), for every medium ("has sent us a message saying"): the giver is
# the subject before the auxiliary, as before the simple past.
_RARE["_FIGURE_GIVEN"] = (
    rf"\s(?:(?:{alt(EN.PERFECT_AUXILIARIES)})\s+(?:(?:{alt(EN.PERFECT_GIVING_ADVERBS)})\s+)?)?"
    rf"(?:{alt((*EN.FIGURE_GIVING_VERBS, *EN.MEDIUM_GIVING_VERBS))})\s+"
    rf"(?:(?:{alt(EN.HEARER_PRONOUNS)})\s+)?(?:a|an|the|its|his|her|their)\s+"
    rf"(?:[\w'’\-]+\s+){{0,2}}?(?:{alt((*EN.GIVEN_FIGURE_NOUNS, *EN.GIVEN_MEDIUM_NOUNS))})\b",
    re.IGNORECASE)


_MEDIA = frozenset((*EN.GIVEN_FIGURE_NOUNS, *EN.GIVEN_MEDIUM_NOUNS))
_WORD_AT = re.compile(r"\s*[a-z]+")
_MEDIUM_GIVEN_WIDTH = 90  # the giving verb, a hearer and the medium's words before its end


_MEDIUM_SAYING = frozenset(EN.MEDIUM_SAYING_VERBS)


def _medium_giver(text: str, c0: int, end: int, headline: bool,
                  vcut: int) -> tuple[int, int] | None:
    """(issue 11) "The ministry has issued a statement which says ...": a medium the clause
    gave, closing at ``end`` before its relative pronoun, says its giver's words when the
    relative's verb at ``vcut`` is one of saying; the giver is the subject before the
    giving verb, as for "a statement saying". None when the phrase closing at ``end`` is
    no medium given so ("A statement which says ...", "Residents found a note which says
    ...": the medium speaks), or the relative's verb is an act of the medium's own ("issued
    a report that accused the army of torture")."""
    verb = _WORD_AT.match(text, vcut)
    if verb is None or verb.group().lower() not in _MEDIUM_SAYING:
        return None
    word = text[max(c0, end - 12):end].rsplit(None, 1)[-1:]
    if not word or word[0].lower() not in _MEDIA:
        return None  # (a word test before the pattern)
    lo = end - _MEDIUM_GIVEN_WIDTH if end - _MEDIUM_GIVEN_WIDTH > c0 else c0
    given = _rare("_FIGURE_GIVEN").search(text, lo, end)
    if given is None or given.end() != end or given.start() <= c0:
        return None
    a, b = _clause_subject(text, c0, given.start(), headline)
    return (a, b) if b > a else None


def _saying_subject(text: str, c0: int, end: int, headline: bool) -> tuple[int, int]:
    """Who is "saying": the object of a verb before it ("TV showed the minister saying")
    or else the subject of that verb ("Protesters marched through Kessa saying"), also
    after a comma ("The councillor disagreed, saying ..."): the comma closes no clause."""
    while end > c0 and text[end - 1] in " ,":
        end -= 1
    if (found := spread_medium(text, c0, end) or with_subject(text, c0, end)) is not None:
        return found  # (round en230) "A voice message had spread ... saying", "with X saying"
    if (given := _rare("_FIGURE_GIVEN").search(text, c0, end)) and given.start() > c0:
        # "The ministry gave a lower toll of 19 dead and 46 wounded saying ...", "issued
        # a statement on the clashes saying ...": the figure or the document it gave
        # carries the words of the giver, however long the object runs
        return _clause_subject(text, c0, given.start(), headline)
    a, b = _clause_subject(text, c0, end, headline)
    if b <= a:
        return a, b
    last = _last_match(_VERB_OBJECT, text, a, b)
    if last:
        o0, o1 = _antecedent(text, a, end, headline)
        if text[o0:o1].rsplit(None, 1)[-1:] and text[o0:o1].rsplit(None, 1)[-1].lower() \
                not in _DOCUMENTS:
            return o0, o1
        # "The army issued a statement saying ...": the document carries the words of
        # the one who issued it.
        return _clause_subject(text, a, last.start(), headline)
    if a > c0 and text[a:a + 1].islower() and text[c0:a].rstrip().endswith(",") and (
            _PREDICATE_FIRST.match(text, a, b)):
        # (round en219) "That ranger, Sergeant Ana Velt, gave evidence in May, saying ...":
        # read from the last comma the phrase opens with the past verb, a predicate whose
        # subject stands before its comma (here the apposed name)
        comma = text.rfind(",", c0, a)
        sa, sb = _clause_subject(text, c0, comma, headline)
        if sb > sa:
            return sa, sb
    verb = _PAST_VERB.search(text, a, b)
    return _clause_subject(text, a, verb.start(), headline) if verb else (a, b)


# A past verb opening a phrase, its object or adjunct after it ("gave evidence in May",
# "spoke to reporters on Monday").
_PREDICATE_FIRST = re.compile(rf"(?:[a-z]{{2,}}ed|{alt(EN.IRREGULAR_PAST)})\s+\S")


# A determiner, then a year or a count, then the head: "The 2021 report", "Its 2020 annual
# report", "The 300 residents", "The 2,000 protesters" (a digit in a subject is otherwise
# read as no speaker, and the determiner was lost).
_DETERMINED_FIRST = frozenset(c for w in EN.DATED_SUBJECT_DETERMINERS for c in (w[0], w[0].upper()))
_RARE["_DETERMINED_DIGITS"] = (
    rf"(?:{alt(EN.DATED_SUBJECT_DETERMINERS)})\s+(?P<year>(?:1[89]|20)\d\d\s)?"
    r"(?P<rest>.+)", re.IGNORECASE)


def _determined_count_or_year(phrase: str) -> bool:
    """A subject that opens with a determiner and a year before its noun, or with "the"
    and a count of people or sources; no auxiliary after it."""
    m = _rare("_DETERMINED_DIGITS").fullmatch(phrase)
    if m is None:
        return False
    rest = m["rest"]
    if m["year"]:
        return _SUBJECT_BAD.search(rest) is None
    return phrase[:4].lower() == "the " and rest[:1].isdigit() and _counted_sources(rest)


_RARE["_SUBJECT_RELATIVE_HEAD"] = (
    r"\s*(?:a|an|the)\s+(?:[\w'’\-]+\s+){0,2}?(?P<head>[a-z][\w'’\-]*)\s+$", re.IGNORECASE)
_RARE["_SUBJECT_RELATIVE_VERB"] = (r"[a-z]{2,}ed\b|(?P<w>[a-z]+)\b", 0)

# A body or a group of people right before a relative "that" (round 49).
_RARE["_SPEAKER_BEFORE_THAT"] = (
    r"\b(?:the|a|an|its|their|his|her|one)\s+(?:[\w'’\-]+\s+){0,3}?"
    rf"(?:{alt(EN.RELATIVE_THAT_SPEAKERS)})\s+$", re.IGNORECASE)

# (round 50: "A mobile team that reached the village on Wednesday reported that ...": the
# subject with its relative clause, up to this many words)
_THAT_RELATIVE_SUBJECT_WORDS = 13
# (round en185) a body that speaks or finds is as often the subject of such a relative:
# "A panel that investigated the shelling of the market said ...", "a charity that ran the
# shelter says ..."
_SENT_OUT_PARTIES = frozenset((*EN.SENT_OUT_PARTIES, *EN.SPEAKING_BODIES, *EN.FINDING_BODIES,
                               *EN.RELATIVE_THAT_SPEAKERS))


def _subject_relative_that(text: str, start: int, brk: re.Match[str]) -> bool:
    """"that" after a short determiner phrase whose head is a document or a source, with
    a past verb right after it: the relative pronoun of the subject ("A report that
    reached us on Friday said ..."), not a clause of its own ("The claim that rebels
    ...")."""
    head = _rare("_SUBJECT_RELATIVE_HEAD").fullmatch(text, start, brk.start())
    if head is None or (head["head"].lower() not in _CITABLE_HEADS
                        and head["head"].lower() not in _SENT_OUT_PARTIES):
        return False
    verb = _rare("_SUBJECT_RELATIVE_VERB").match(text, brk.end())
    if verb is None:
        return False
    w = verb["w"]
    # (round en185) a body's present act too: "A charity that runs two shelters says ..."
    return w is None or w in EN.IRREGULAR_PAST or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
        and head["head"].lower() in _SENT_OUT_PARTIES)
