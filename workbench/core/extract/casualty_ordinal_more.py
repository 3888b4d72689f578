"""One more victim told by an article and an ordinal with its verb left out (round en122).

"Six patients died on the spot and a seventh in another hospital two days later" (en-71):
the second clause shares the first one's verb, and "a seventh" is one more of the six. The
engines read the ordinal with its own verb ("and a fourth was wounded", ONE_MORE_ORDINALS);
with the verb gapped, the ordinal counts one more only when it is the next number after the
figure just before it in the sentence (six, then a seventh), and a place or a time follows
it, no noun ("a seventh round of talks" is a thing).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

_VALUE = {w: v for w, v in EN.DAY_ORDINAL_WORDS.items() if w in EN.ONE_MORE_ORDINALS}
_GAPPED = re.compile(
    rf"(?:,\s*|\s+)and\s+(?P<a>an?\s+(?P<o>{alt(EN.ONE_MORE_ORDINALS)}))"
    rf"(?=\s*[,;.]|\s+(?:{alt(EN.GAPPED_ORDINAL_NEXT)})\b)", re.IGNORECASE)
# A verb of the ordinal's own after its place or time: the verb is not gapped, and says
# something else of the one more ("and a seventh in the same ward recovered", "and a
# seventh on the roof was unhurt").
_OWN_VERB = re.compile(
    r"[^,;.:!?\"“”()]*?\b(?:was|were|is|are|has|have|had|will|would|could|remains?"
    r"|[a-z]{3,}ed)\b", re.IGNORECASE)


def gapped_ordinals(s: str, base: int, out: list[dict[str, object]]) -> None:
    """Add a figure of one for each gapped "and a seventh" after a figure of six in the
    sentence ``s`` (at ``base``), with that figure's outcome."""
    for m in _GAPPED.finditer(s):
        at = base + m.start("a")
        own = _own_figures(out, base)
        before = [o for o in own if int(str(o["end"])) <= at]
        if not before or any(int(str(o["start"])) <= at < int(str(o["end"])) for o in own) or (
                _OWN_VERB.match(s, m.end("a"))):
            continue
        prev = before[-1]
        if prev["qualifier"] != "exact" or prev["count_high"] is not None or (
                prev["count_low"] != _VALUE[m.group("o").lower()] - 1):
            continue
        if s[m.end("a"):m.end("a") + 5].lower() == " for " and prev["outcome"] != "wounded":
            continue  # (round en171) "for" gives the cause of a care: only the wounded's
        out.append({
            "start": at, "end": base + m.end("a"), "text": m.group("a"),
            "outcome": prev["outcome"], "count_low": 1, "count_high": None,
            "qualifier": "exact", "group": None,
        })


def _own_figures(out: list[dict[str, object]], base: int) -> list[dict[str, object]]:
    """The figures of the sentence at ``base``, in their order: the sentences are read in
    order and each appends its own at the end, so only the tail is walked (the whole list
    for each ordinal made a long report of such sentences cost the square of its length)."""
    k = len(out)
    while k and int(str(out[k - 1]["start"])) >= base:
        k -= 1
    return out[k:]


# how far back the figure the ordinal follows may end (the sentence just before)
_LAST_REACH = 240


def next_after_last(s: str, cstart: int, base: int, out: list[dict[str, object]],
                    ordinal: str) -> bool:
    """Whether an article and ``ordinal`` opening sentence ``s`` (at ``base``; the article
    at ``cstart``) count one more after the last figure told just before: that figure is
    exact, ends within reach before the sentence and counts the number before the ordinal
    ("Four aid workers were abducted. A fifth was kidnapped"; "A second blast" has a noun
    and "A third of them" a whole, read elsewhere)."""
    if s[:cstart].strip() or not out:
        return False
    last = out[-1]
    if int(str(last["end"])) > base or base - int(str(last["end"])) > _LAST_REACH:
        return False
    return (last["qualifier"] == "exact" and last["count_high"] is None
            and last["count_low"] == _VALUE[ordinal.lower()] - 1)


# (round en165) The clause the ordinal opens, after people counted earlier in the sentence
# with no harm ("Two women were swept away by the river; in May a third was kidnapped"):
# a semicolon or a joining word, then at most a short phrase of time or place.
_CLAUSE_OPEN = re.compile(
    r"(?:;|,?\s+(?:and|but|while|whereas))(?:\s+(?:in|on|at|by|later|then|days|weeks"
    r"|months|the|next|following|same|last|early|late|that|[A-Z][a-z]+|\d{1,4})\b,?){0,4}"
    r"\s+$")
_PEOPLE_REACH = 160
# ... and tells an event of the one more, in the past: "a third was kidnapped", "a fourth
# died" ("a third is still missing the start" tells a state, perhaps of no person)
ORDINAL_EVENT_AFTER = (" was ", " had been ", " died ", " died.", " died,")


def next_after_people(s: str, cstart: int, ordinal: str,
                      people_at: Callable[[str, int], bool]) -> bool:
    """Whether an article and ``ordinal`` (the article at ``cstart``) open a clause of
    their own after people counted earlier in sentence ``s`` by the number before the
    ordinal, though no figure was read of them (their fate was no harm): "Two women were
    swept away by the river; in May a third was kidnapped". ``people_at(s, end)`` says
    whether the words after a count ending at ``end`` name people."""
    if ";" not in s[:cstart] and " and " not in s[:cstart] and " but " not in s[:cstart] and (
            " while " not in s[:cstart] and " whereas " not in s[:cstart]):
        return False
    opened = _CLAUSE_OPEN.search(s, max(0, cstart - 60), cstart)
    if opened is None:
        return False
    last = None
    for m in COUNT_RE.finditer(s, max(0, opened.start() - _PEOPLE_REACH), opened.start()):
        last = m
    if last is None or (parsed := parse_count(last)) is None:
        return False
    low, high, qual = parsed
    return (qual == "exact" and high is None and low == _VALUE[ordinal.lower()] - 1
            and people_at(s, last.end()))


_BODY_REACH = 400


def next_body(at: int, out: list[dict[str, object]], ordinal: str) -> bool:
    """(round en167) Whether "a seventh body" at document offset ``at`` is one more of the
    dead just counted: the last figure before it, within reach, counts the dead exactly and
    one fewer than the ordinal ("Six people died ... Divers have recovered a seventh
    body")."""
    value = _VALUE.get(ordinal.lower())
    if value is None or not out:
        return False
    last = out[-1]
    end = int(str(last["end"]))
    return (end <= at and at - end <= _BODY_REACH and last["outcome"] == "killed"
            and last["qualifier"] == "exact" and last["count_high"] is None
            and last["count_low"] == value - 1)
