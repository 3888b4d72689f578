"""An appeal to donors told as "asks donors for Y" (round en211).

An aid agency's release closes on its appeal: "The agency calls on governments to protect
migrants, and asks donors for 3 million US dollars to run its clinics", "UNICEF asked
international donors for 900,000 US dollars to rebuild classrooms". What is asked for is
the body's statement, as what it calls for is; its words run from the donors to the
clause's end. The asker is the subject before the verb, or, after "and", the speaker of the
words the appeal is joined to (whose words then end before "and"). Only donors (or "the
international community") asked: a request to anyone else ("asked the ministry for 150
more police", "asked for a life sentence") is annotated in some blind sets and not in
others, and stays as it was; so do passives ("donors were asked for ...") and a subject
that is no short noun phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

_ASKED_FOR = re.compile(
    rf"\b(?:{alt(EN.ASKED_FOR_VERBS)})[ \t]+"
    rf"(?P<addr>(?:{alt(EN.ASKED_FOR_ADDRESSEES)})[ \t]+)for[ \t]+(?=[\w$€£\"“])")
# Where the thing asked for ends.
_END = re.compile(r",[ \t](?!\d{3}\b)|[.!?](?=\s|$)|[;:\"“”\n]"
                  r"|[ \t]+and[ \t]+(?:been|was|were|had|has|said|says|then|but)\b")
# Where the subject's clause opens before the verb.
_CLAUSE_OPEN = re.compile(r"[.!?;:\"“”\n(]|,[ \t]|\bthat[ \t]|\b(?:said|says|told|tells)[ \t]")
_WORD = re.compile(r"[\w'’\-]+")
_REACH = 120
_SUBJECT_WORDS = 6
# Words that show the stretch before the verb is no bare subject (a clause or an adjunct).
_NOT_IN_SUBJECT = frozenset(("after", "before", "when", "while", "during", "since", "as",
                             "because", "if", "who", "which", "where", "not", "never"))


def _subject(text: str, verb_at: int) -> str | bool | None:
    """The subject right before the verb: a string, True after a bare "and" (the joined
    clause's), or None when none is plainly there."""
    lo = max(0, verb_at - _REACH)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, lo, verb_at)]
    floor = opens[-1] if opens else lo
    words = [m for m in _WORD.finditer(text, floor, verb_at)]
    while words and words[-1].group().lower() in EN.ASKED_FOR_AUXILIARIES:
        words.pop()
    if words and words[-1].group().lower() in EN.ASKED_FOR_NOT_AFTER:
        return None
    if words and words[-1].group().lower() == "and":
        return True
    if not words or len(words) > _SUBJECT_WORDS or any(
            w.group().lower() in _NOT_IN_SUBJECT for w in words):
        return None
    first = words[0].group()
    if not (first[:1].isupper() or first.lower() in EN.ASKED_FOR_DETERMINERS or (
            len(words) == 1 and first.endswith("s"))):
        return None
    if "and" in (w.group() for w in words):
        return None  # "the road would reopen and" read as a subject
    return text[words[0].start():words[-1].end()]


def asked_for(text: str, out: list[dict[str, object]]) -> None:
    """Add what each subject asked for; after "and", give it to the speaker of the words it
    is joined to and end those words before "and"."""
    if "donor" not in text and "international community" not in text:
        return
    # (review 45) the entries by their start, and the (start, speaker) of each, looked up
    # rather than read through at every appeal (a long release of appeals grew as its
    # square)
    by_start: list[tuple[int, int]] | None = None
    longest = 0
    seen: set[tuple[int, object]] = set()
    kept: set[tuple[object, object, object]] = set()  # each entry's (start, end, speaker)

    def index() -> list[tuple[int, int]]:
        nonlocal by_start, longest
        if by_start is None:
            by_start = sorted((int(o["start"]), i) for i, o in enumerate(out))  # type: ignore[call-overload]
            longest = max((int(o["end"]) - int(o["start"]) for o in out), default=0)  # type: ignore[call-overload]
            seen.update((int(o["start"]), o["speaker"]) for o in out)  # type: ignore[call-overload]
            kept.update((o["start"], o["end"], o["speaker"]) for o in out)
        return by_start

    for m in _ASKED_FOR.finditer(text):
        if text[max(0, m.start() - 6):m.start()].lower().endswith(("when ", "if ")):
            continue
        who = _subject(text, m.start())
        if who is None:
            continue
        start = m.start("addr")
        stop = _END.search(text, m.end())
        end = stop.start() if stop else len(text)
        starts = index()
        if who is True:
            # the first entry (in the order of ``out``) holding the verb: one that opens
            # within the longest entry's length before it
            lo = bisect_right(starts, (m.start() - longest, len(out)))
            hi = bisect_left(starts, (m.start(), -1), lo)
            first = min((i for _, i in starts[lo:hi]
                          if m.start() < int(out[i]["end"])  # type: ignore[call-overload]
                          and isinstance(out[i]["speaker"], str)), default=None)
            if first is None:
                continue
            holder = out[first]
            who = str(holder["speaker"])
            joint = text.rfind(" and", int(holder["start"]), m.start())  # type: ignore[call-overload]
            if joint > int(holder["start"]):  # type: ignore[call-overload]
                kept.discard((holder["start"], holder["end"], holder["speaker"]))
                holder["end"] = joint - 1 if text[joint - 1] == "," else joint
                kept.add((holder["start"], holder["end"], holder["speaker"]))
                holder["text"] = text[int(holder["start"]):int(holder["end"])]  # type: ignore[call-overload]
        if (start, who) in seen:
            continue
        if _add(out, text, start, end, who, seen=kept):
            new = out[-1]
            insort(starts, (int(new["start"]), len(out) - 1))  # type: ignore[call-overload]
            longest = max(longest, int(new["end"]) - int(new["start"]))  # type: ignore[call-overload]
            seen.add((int(new["start"]), new["speaker"]))  # type: ignore[call-overload]
