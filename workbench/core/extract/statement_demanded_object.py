"""A body's demand with a noun object as a statement (round en221).

"Chindwin Accountability Watch demands an independent investigation into the strike", "The
union demands the immediate return of the seized land": what a body, a group or a person
demands, told in the present of its own note, is their statement, as what they call for is
(the older sets give demands of this kind an entry, evidence the object to the clause's
end). The subject stands right before the verb (a capital, a determiner or a pronoun
opening at most six words), with no "when" or "if" before it.

Unread, as the sets have them: a demand of money or goods (a ransom, "$500 for each
captive", "his takings": kidnappers' and robbers' terms, never given an entry in the later
sets), "to demand" (a march's or a strike's purpose), "demanding" (a rally's), a thing
that demands ("The job demands long hours"), and "demands" as a noun ("their demands").
The past "demanded" ("The rebels had demanded the release of ...") is read in some sets
and not in others; a first version that read it cost a false entry, and it stays unread.
"""

from __future__ import annotations

import re
from itertools import islice

from .lang import en as EN
from .lang.build import alt
from .statement_growing_spans import GrowingSpans
from .statement_record import _add

_DEMAND = re.compile(
    rf"\b(?:{alt(EN.DEMAND_OBJECT_VERBS)})[ \t]+(?=(?:{alt(EN.DEMAND_OBJECT_OPENERS)})[ \t])")
# Where the subject's clause opens before the verb.
_CLAUSE_OPEN = re.compile(r"[.!?;:\"“”\n(]|,[ \t]|\b(?:that|and|but|or)[ \t]")
_WORD = re.compile(r"[\w'’\-]+")
# Where the demanded object ends: the sentence's end, a quote mark, or a clause after a
# comma or "and" that goes on with a new act.
_END = re.compile(
    r"[.!?](?=\s|$)|[;:\"“”\n]|,[ \t]+(?:saying|adding|and|but|while|whereas|as|after"
    r"|before|which|according|in a statement)\b|[ \t]+and[ \t]+(?:said|says|called|calls"
    r"|urged|urges|warned|warns|added|adds)\b")
_FIGURE = re.compile(r"[$€£]")
_REACH = 100
# (review 47) The longest object read: a demand's object with its clauses ("an independent
# investigation into the strike on ... that killed ...") ends well before this.
_OBJECT_REACH = 600
_SUBJECT_WORDS = 6
_NOT_IN_SUBJECT = frozenset(("after", "before", "when", "while", "during", "since", "as",
                             "because", "if", "who", "which", "where", "not", "never", "to",
                             "unless", "until", "whether"))
_PRONOUNS = frozenset(("he", "she", "it", "they"))
# How many words of the object a figure or a word of money is looked for in.
_MONEY_WORDS = 6


def _subject(text: str, verb_at: int) -> str | None:
    """The subject right before the verb, or None when none is plainly there."""
    lo = max(0, verb_at - _REACH)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, lo, verb_at)]
    floor = opens[-1] if opens else lo
    words = list(_WORD.finditer(text, floor, verb_at))
    while words and words[-1].group().lower() in EN.DEMAND_AUXILIARIES:
        words.pop()
    if not words or len(words) > _SUBJECT_WORDS or any(
            w.group().lower() in _NOT_IN_SUBJECT for w in words):
        return None
    first, last = words[0].group(), words[-1].group().lower()
    if len(words) == 1 and first.lower() in _PRONOUNS:
        return first
    if not (first[:1].isupper() or first.lower() in EN.ASKED_FOR_DETERMINERS):
        return None
    if last in EN.FUNCTION_WORDS or last in EN.THING_DEMANDING_NOUNS or (
            last in EN.ASKED_FOR_DETERMINERS):
        return None  # "their demands", "The job demands ..."
    return text[words[0].start():words[-1].end()]


_SPLIT_WORD = re.compile(r"\S+")


def _money(text: str, start: int, end: int) -> bool:
    # (the first words only, found in place: a copy of the rest of a sentence with no stop
    # at each demand grew as a square, review 47)
    words = [w.group() for w in islice(_SPLIT_WORD.finditer(text, start, end), _MONEY_WORDS)]
    return any(_FIGURE.search(w) or w.lower().strip(",.") in EN.DEMAND_MONEY_WORDS
               for w in words)


def demanded_objects(text: str, out: list[dict[str, object]]) -> None:
    """Add what each subject demands, the object to its clause's end (inside another
    entry's words, to that entry's end)."""
    if "demand" not in text:
        return
    # (review 47: the entries indexed, and the end of the last object kept while it lies
    # ahead, so that a long sentence with no stop and many demands is read in linear time;
    # each demand walked every entry and searched the rest of the text for its end)
    spans = GrowingSpans(out)
    # (review 48: each entry's (start, end, speaker), so that the test for a duplicate is
    # one look-up, not a pass over every entry at each demand)
    kept = {(o["start"], o["end"], o["speaker"]) for o in out}
    stop: re.Match[str] | None = None
    searched = False
    for m in _DEMAND.finditer(text):
        who = _subject(text, m.start())
        if who is None:
            continue
        start = m.end()
        if not searched or (stop is not None and stop.start() < start):
            # (the first end at or after ``start``: one found from an earlier start that
            # lies at or after this one is it, and none found then is none now)
            stop, searched = _END.search(text, start), True
        end = stop.start() if stop else len(text)
        # the words of a source closing after the demand ("The rebels had demanded the
        # release of ..., an officer said"): the demand ends with them
        end = min([end, *spans.ends_holding(m.start())])
        if end <= start or end - start > _OBJECT_REACH or _money(text, start, end):
            # (review 47) no end of the object within a long sentence's reach: a text that
            # lost its stops, whose every demand ran to its last word
            continue
        if spans.starts_within(start, start + 1):
            continue  # read already
        _add(out, text, start, end, who, seen=kept)
