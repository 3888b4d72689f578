"""A person the sentence before a pronoun's describes instead of naming (round en169):
features, court reports and live pages give a quote to the one the previous sentence is
about, "The dead man's widow wept as the verdict was read. '...,' she said", "Two students
detained in the raid were freed on Friday. They told reporters ...", and to the one the
outlet's reporter spoke to, "Our correspondent spoke to a fisherman ... He said ...". The
general pronoun rules read only subjects written as names, so the quote went to the last
official who spoke paragraphs before.

Only the sentence right before the pronoun's is read, once per pronoun, with one anchored
match; a thing, a place or a body as its subject ("The building collapsed."), and a subject
that is only mourned or buried ("The victims were buried on Sunday."), are no one here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .lang.build import alt
from .spans import Document
from .statement_persons import _body_name
from .statement_quoted_sentence import inside_open_quote
from .statement_shared import _CLOCK

# The described one opens on an article or a count ("The", "A", "Two", "12"); its words
# are then read one by one (no pattern that could backtrack) up to the head.
_COUNTS = frozenset(EN.SPAN_NUMBERS)
_OPENING = re.compile(r"\s*(?P<det>[A-Za-z]+|\d{1,3})\s+")
_QUOTE_MARKS = ('"', "“", "”")
_WORD = re.compile(r"[A-Za-z][\w\-]*(?:['’]s\b|['’](?!\w))?")
# How many modifiers may stand before the head, and words after "of" before its noun.
_MODIFIERS = 3
_OF_WORDS = 6
# The outlet's reporter or the writer, then a verb of meeting, then the one met.
# A live blog's entry opens on its time stamp ("16:55 A trader spoke to us from ..."): the
# subject comes after it.
_STAMP = re.compile(rf"[ \t]*{_CLOCK}[ \t]*[-–—:]?[ \t]+(?=[A-Z])")
_REPORTER_MET = re.compile(
    rf"\s*(?:(?:{alt(EN.OWN_OUTLET_WORDS)})\s+(?:{alt(EN.NEWSROOM_PEOPLE)})"
    r"(?:\s+in\s+[A-Z][\w'’\-]*)?|[Ww]e|I)\s+(?:[a-z]+ly\s+)?"
    rf"(?:{alt(EN.MET_PERSON_VERBS)})\s+", re.IGNORECASE)
# A name in apposition after the description, or brought in by "named" or "called".
_NAME_AFTER = re.compile(r",\s+(?:[A-Z]|[^,.;:!?]{0,60}?\b(?:named|called)\s+[A-Z])")
# A name brought in right after the description, with no comma: "A nurse named Amina Said".
_NAMED = re.compile(
    r"\s+(?:named|called)\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})(?![\w'’])")
_UNSPEAKING = frozenset(EN.DESCRIBED_SUBJECT_UNSPEAKING)
_MOURNED = re.compile(
    rf"\b(?:(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:{alt(EN.DESCRIBED_SUBJECT_MOURNED)})"
    r"|died|dies)\b")
_PLURAL_PEOPLE = frozenset(EN.DESCRIBED_SUBJECT_PLURALS)
# The described one's first verb a passive with its doer after "by": "A nurse was beaten by
# soldiers", "A man was arrested by police at the gate" (the person undergoes another's act).
_FIRST_BE = re.compile(r"\b(?:was|were|is|are|been)\s+")
_PASSIVE_BY = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|t)\s+by\s+")
_CUSTODY_PASSIVE = re.compile(
    rf"(?:[a-z]+ly\s+)?(?:{alt(EN.DESCRIBED_CUSTODY_PASSIVES)})\b")
# ... or a verb the sentence denies: "A farmer did not attend the meeting" (what the one
# described did not do, told as background).
_NEGATED = re.compile(rf"[^,;:]{{0,40}}?\b(?:{alt(EN.DESCRIBED_SUBJECT_NEGATIONS)})\b")


def _person_head(head: str, plural: bool) -> bool:
    """Is ``head`` a noun of one person (or of people, when ``plural``)?"""
    if head in _UNSPEAKING:
        return False
    if plural:
        return head in _PLURAL_PEOPLE or (
            head.endswith("s") and head[:-1] in EN.PERSON_WORDS and head[:-1] not in _UNSPEAKING)
    return not head.endswith("s") and head not in _PLURAL_PEOPLE and (
        head in EN.PERSON_WORDS or head in EN.SEXED_NOUNS or head in EN.TRADE_NOUNS
        # (round en198) "The assistant, who was 17 at the time, survived": people by
        # their suffix
        or head in EN.WEAK_SUFFIX_PERSONS
        # (round en203) "The oldest ferryman on the lake", "A retired pianist"
        or (len(head) > 5 and head.endswith(EN.DESCRIBED_PERSON_SUFFIXES)
            and not head.endswith(EN.DESCRIBED_PERSON_SUFFIX_NOT)))


def _described(text: str, at: int, end: int, plural: bool) -> tuple[int, str] | None:
    """(position, phrase) of a described person opening at ``at`` (before ``end``): one
    person after an article ("The dead man's widow", "a fisherman"), people after a count
    ("Two students"), and what the person is of up to its first noun of people ("The
    father of one of the victims")."""
    m = _OPENING.match(text, at, end)
    if m is None:
        return None
    det = m["det"].lower()
    if det in ("the", "a", "an"):
        if plural:
            return None
    elif not plural or not (det.isdigit() or det in _COUNTS):
        return None
    pos, stop = m.end(), -1
    for _ in range(_MODIFIERS + 1):
        w = _WORD.match(text, pos, end)
        if w is None:
            return None
        word = w.group()
        if word[:1].isupper():
            return None  # a name or a body's: "The Red Crescent", "The UN envoy"
        if not word.endswith(("'s", "’s", "'", "’")) and _person_head(word, plural):
            stop = w.end()
            break
        pos = w.end() + 1
        if text[w.end():pos] != " ":
            return None
    if stop < 0:
        return None
    if text.startswith(" of ", stop):
        # "of one of the victims", "of a missing boy": up to the first noun of people
        pos = stop + 4
        for _ in range(_OF_WORDS):
            w = _WORD.match(text, pos, end)
            if w is None:
                break
            low = w.group().lower()
            if low in EN.PERSON_WORDS or (low[-1:] == "s" and low[:-1] in EN.PERSON_WORDS) or (
                    low in _PLURAL_PEOPLE):
                stop = w.end()
                break
            pos = w.end() + 1
            if text[w.end():pos] != " ":
                break
    return m.start("det"), text[m.start("det"):stop]


def described_subject_before(doc: Document, sent_start: int, pronoun: str,
                             spoken: list[int]) -> tuple[int, str] | None:
    """(position, phrase) of the person the sentence right before ``sent_start`` makes its
    subject by description, or the person the outlet's reporter (or "we") spoke to in it;
    "they" takes counted people ("Two students detained ..."), "he", "she" and "I" one
    person of no other sex. None when there is no such person, or when words of some
    speaker (``spoken``: the starts of all entries' words, in order) open in that sentence.
    A description that brings in a name ("The referee, a carpenter named ...,") is left
    to the readers of names."""
    i = bisect_left(doc.starts, sent_start) - 1
    if i < 0:
        return None
    sent = doc.sentences[i]
    text = doc.text
    if any(q in sent.text for q in _QUOTE_MARKS) or inside_open_quote(text, sent.start):
        return None  # someone's words, quoted there or running on: theirs to speak of
    k = bisect_left(spoken, sent.start)
    told = k < len(spoken) and spoken[k] < sent.end
    if told and (pronoun not in EN.SEXED_PRONOUNS or not _closed_by_group(
            text, sent.start, sent.end)):
        return None  # ("A guard ... was freed, he said."): another speaker stands between
    plural = pronoun == "they"
    stamp = _STAMP.match(text, sent.start, sent.end)
    opens = stamp.end() if stamp else sent.start
    met = _REPORTER_MET.match(text, opens, sent.end)
    found = _described(text, met.end() if met else opens, sent.end, plural)
    if told and (found is None or spoken[k] > found[0]):
        # (round en198) "The assistant, who was 17 at the time, survived, prosecutors
        # said. He told the court ...": the one person the group's words open on, not
        # the group, is the next "he"
        return None
    if found is None or (met and not found[1][:1].islower()) or (
            _NAME_AFTER.match(text, found[0] + len(found[1]), sent.end)) or (
            _MOURNED.search(text, found[0] + len(found[1]), sent.end)):
        return None  # (one who was buried, killed or mourned there is not the speaker)
    if _undergoes_after_words(doc, i, found[0] + len(found[1]), spoken, plural):
        return None
    if not plural and pronoun in EN.SEXED_PRONOUNS:
        sex = _sex_of(found[1])
        if sex is not None and sex != pronoun:
            return None  # "The victim's brother ... '...,' she said": not him
    if (named := _NAMED.match(text, found[0] + len(found[1]), sent.end)) and not plural:
        # "A nurse named Amina Said treated the wounded": the name the text gives her
        found = named.start("name"), named["name"]
    return found


# A teller closing its sentence after a comma: ", prosecutors said.", ", the army told
# reporters." (round en198).
_CLOSING_TELLER = re.compile(
    r",\s+(?P<t>[^,;:\"“”]{2,60}?)\s+(?:said|says|told\s+[^,.;:\"“”]{1,40}?|added|reported)"
    r"\s*[.!]?\s*$")


def _closed_by_group(text: str, start: int, end: int) -> bool:
    """Does the sentence text[start:end] close on a plural teller or a body ("...,
    prosecutors said.", "..., the army said."), who is never a "he" or a "she"?"""
    m = _CLOSING_TELLER.search(text, max(start, end - 120), end)
    if m is None:
        return False
    words = m["t"].split()
    last = words[-1].lower()
    return (last.endswith("s") and not last.endswith("ss") and last not in EN.PRONOUNS) or (
        last in EN.UNMARKED_PLURAL_BODIES or last in EN.BODY_DESCRIPTION_HEADS) or _body_name(
        words)


def _sex_of(phrase: str) -> str | None:
    """The sex the head of a described person gives it: the last word before "of"."""
    head = phrase.split(" of ", 1)[0].split()[-1].lower()
    return EN.SEXED_NOUNS.get(head)


def _undergoes_after_words(doc: Document, i: int, after: int, spoken: list[int],
                           plural: bool = False) -> bool:
    """Does sentence ``i`` tell another's act done to the described one (a passive with
    its doer after "by", from ``after``), or deny what they did, right after a sentence
    that holds some speaker's words? "Police spokesman Daniel Okoro said the post was
    attacked. A nurse was beaten by soldiers. '...,' he said": the story is told by the
    one who spoke, and the pronoun goes on with them. With no speaker before, the nurse
    may still be the one who speaks. One person released, held or charged with no doer named
    is the speaker's account too ("A fifth person detained ... has been released without
    charge"); people counted so may speak next as "they" ("Two activists held ... were
    released on Tuesday. They told the Monitor ...")."""
    if i < 1:
        return False
    sent = doc.sentences[i]
    be = _FIRST_BE.search(doc.text, after, sent.end)
    if (be is None or not (_PASSIVE_BY.match(doc.text, be.end(), sent.end) or (
            not plural and _CUSTODY_PASSIVE.match(doc.text, be.end(), sent.end)))) and not (
            _NEGATED.match(doc.text, after, sent.end)):
        return False
    before = doc.sentences[i - 1]
    k = bisect_left(spoken, before.start)
    return k < len(spoken) and spoken[k] < before.end
