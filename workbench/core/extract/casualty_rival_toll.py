"""A toll told again as "the number", after a figure the text has already given.

"We have documented 281 deaths. A rights group puts the number at more than 300." The
second sentence names no outcome and holds no casualty word, so the sentence rules never
read it; the number it restates is the figure just before it. Only a figure of the same
or the previous sentence is restated, and only a count of the same order (a quarter to
four times it): "Police said 12 were arrested. Organisers put the number at 10,000"
counts the march, not the arrests.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from .lang import en as EN
from .lang.build import alt, first_chars
from .numbers import COUNT_RE, parse_count

# who puts a number at a count, or how a number moves to one: "puts the number at",
# "estimated the total at", "the figure has since risen to". The noun is found first (a
# pattern led by "the" would be tried at every "the" of a report), then what stands
# around it.
_NOUN = re.compile(
    rf"\b(?=[{first_chars(EN.RIVAL_NUMBER_NOUNS)}])(?:{alt(EN.RIVAL_NUMBER_NOUNS)})\b",
    re.IGNORECASE)
_BEFORE_NOUN = re.compile(
    rf"\b(?:(?P<v>{alt((*EN.RIVAL_ESTIMATE_VERBS, *EN.RIVAL_GIVING_VERBS))})\s+)?"
    rf"(?P<np>(?P<det>the|that|this|its|their|a|an)\s+"
    rf"(?:(?:{alt(EN.RIVAL_NUMBER_ADJECTIVES)})\s+)?)$",
    re.IGNORECASE)
# ... or a source gives its own, "of" after the noun (after round 45): "the army gave a
# figure of 9", "cited a total of 31"
_GIVING = frozenset(EN.RIVAL_GIVING_VERBS)
_OF_AFTER = re.compile(r"\s+of\s+", re.IGNORECASE)
# ... the count bare, with no noun of its own ("gave a figure of 3,000 troops" counts them)
_BARE_AFTER = re.compile(
    r"\s*(?:$|[,;.:!?)\"”’]|\s(?:in|on|at|for|while|and|but|according|as|by|since|after"
    r"|from|to|with)\b)", re.IGNORECASE)
_AT_AFTER = re.compile(
    r"\s+(?:(?:even\s+|much\s+|far\s+)?(?:higher|lower),?\s+|closer\s+to\s+|nearer\s+)?at\s+",
    re.IGNORECASE)
_RISE_AFTER = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:since\s+|now\s+)?"
    rf"(?:(?:{alt(EN.RIVAL_RISE_VERBS)})\s+to|{alt(EN.RIVAL_REACH_VERBS)})\s+",
    re.IGNORECASE)
# "the earlier figure of five gunmen killed has been revised to four": the figure given
# after "of", then its correction (round 51)
_REVISED_LEAD = re.compile(
    rf"\b(?:the|that|this)\s+(?:(?:{alt(EN.REVISED_NUMBER_ADJECTIVES)})\s+)?$", re.IGNORECASE)
_REVISED_AFTER = re.compile(
    r"\s+(?:has|had|have|was|were)\s+(?:(?:since|now|later|then)\s+)?(?:been\s+)?"
    r"(?:(?:since|now|later|then)\s+)?"
    rf"(?P<v>{alt(EN.REVISED_NUMBER_VERBS)})\s+(?:(?:down|up|downwards|upwards)\s+)?to\s+",
    re.IGNORECASE)
_NOUN_WORDS = tuple(EN.RIVAL_NUMBER_NOUNS)
_AT_VERBS = frozenset(EN.RIVAL_ESTIMATE_VERBS)


def _noun_spans(text: str, low: str | None) -> list[tuple[int, int]]:
    """Where ``_NOUN`` matches, in order. On ASCII text (``low``, its lower-cased copy) each
    noun is found by ``str.find`` and its word boundaries checked by hand: the pattern is
    tried at every position of the document, the string search is several times faster."""
    if low is None:
        return [m.span() for m in _NOUN.finditer(text)]
    spans = []
    for word in _NOUN_WORDS:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and _word_char(low[at - 1])) and not _word_char(low[end:end + 1]):
                spans.append((at, end))
            at = low.find(word, at + 1)
    spans.sort()
    return spans


def _word_char(ch: str) -> bool:
    """``ch`` is what ``\\w`` matches in ASCII text (False for the empty string)."""
    return ch.isalnum() or ch == "_"


_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")
_KINDS = frozenset(EN.PERSON_OUTCOMES)


# (round en163) the earlier value of a count told in a sentence of its own: "Our previous
# update gave 12,500", "The earlier estimate was 24", "The initial figure had put it at 9,000"
# (the adjective found first: few texts hold one)
_EARLIER_UPDATE = re.compile(
    rf"\b(?:{alt(EN.REVISED_NUMBER_ADJECTIVES)})\s+(?:{alt(EN.EARLIER_UPDATE_NOUNS)})\s+"
    rf"(?:(?:had|has)\s+)?(?:{alt(EN.EARLIER_UPDATE_VERBS)})\s+", re.IGNORECASE)
_EARLIER_LEAD = re.compile(
    rf"\b(?:{alt(EN.EARLIER_UPDATE_DETERMINERS)})\s+$", re.IGNORECASE)
_EARLIER_STEMS = tuple(f"{w} " for w in EN.REVISED_NUMBER_ADJECTIVES)


def _figure_before(ends: list[tuple[int, int, dict[str, object]]], text: str,
                   at: int) -> dict[str, object] | None:
    """The last figure ending before ``at`` (``ends``: the figures by their ends, sorted),
    when it stands in the same paragraph and in this sentence or the one before."""
    i = bisect_right(ends, at, key=itemgetter(0))
    if not i:
        return None
    prev = ends[i - 1][2]
    between = text[int(prev["end"]):at]
    if len(_SENTENCE_END.findall(between)) > 1 or "\n" in between:
        return None
    return prev


def earlier_updates(text: str, out: list[dict[str, object]], low: str | None = None) -> None:
    """Append to ``out`` each earlier value of the figure just before it that a sentence
    gives by naming it as the previous update, figure or estimate, with that figure's
    outcome (each figure of an update is its own entry, as "up from N" is)."""
    lowered = low if low is not None else text.lower()
    if not out or not any(map(lowered.__contains__, _EARLIER_STEMS)):
        return
    found: list[dict[str, object]] = []
    ends: list[tuple[int, int, dict[str, object]]] = []
    for move in _EARLIER_UPDATE.finditer(text):
        lead = _EARLIER_LEAD.search(text, max(0, move.start() - 12), move.start())
        m = COUNT_RE.match(text, move.end())
        if lead is None or m is None or not m.group("num") or not _BARE_AFTER.match(
                text, m.end()):
            continue
        ends = ends or sorted((int(f["end"]), id(f), f) for f in out)
        prev = _figure_before(ends, text, lead.start())
        parsed = parse_count(m)
        if prev is None or prev["outcome"] not in _KINDS or parsed is None:
            continue
        if not int(prev["count_low"]) / 4 <= parsed[0] <= int(prev["count_low"]) * 4:
            continue
        if any(int(f["start"]) < m.end() and m.start() < int(f["end"]) for f in out):
            continue
        a = lead.start()
        found.append({"start": a, "end": m.end(), "text": text[a:m.end()],
                      "outcome": prev["outcome"], "count_low": parsed[0],
                      "count_high": parsed[1], "qualifier": parsed[2], "group": None})
    out.extend(found)


def rival_tolls(text: str, out: list[dict[str, object]], low: str | None = None) -> None:
    """Append to ``out`` (the document's figures) each "the number at N" that restates the
    figure before it, with that figure's outcome. ``low``: the text lower-cased, when it is
    ASCII."""
    earlier_updates(text, out, low)
    if not out or not ("number" in text or "figure" in text or "total" in text
                       or "tally" in text or "count" in text):
        return
    found: list[dict[str, object]] = []
    ends: list[tuple[int, int, dict[str, object]]] = []
    for noun_start, noun_end in _noun_spans(text, low):
        if (revised := _revised(text, out, noun_start, noun_end)) is not None:
            found.append(revised)
            continue
        lead = _BEFORE_NOUN.search(text, max(0, noun_start - 40), noun_start)
        if lead is None:
            continue
        if lead.group("v"):
            verb = lead.group("v").lower()
            move = (_OF_AFTER.match(text, noun_end) if verb in _GIVING else None) or (
                _AT_AFTER.match(text, noun_end) if verb in _AT_VERBS else None)
        elif lead.group("det").lower() in ("the", "that", "this"):
            move = _RISE_AFTER.match(text, noun_end)
        else:
            continue
        if move is None:
            continue
        m = COUNT_RE.match(text, move.end())
        # (round en132) a range too: "put the number at between 80 and 90"
        if m is None or not (m.group("num") or m.group("vague") or m.group("b1")):
            continue
        if move.re is _OF_AFTER and not _BARE_AFTER.match(text, m.end()):
            continue
        ends = ends or sorted((int(f["end"]), id(f), f) for f in out)
        before = [f for e, _, f in ends if e <= lead.start()]
        if not before or before[-1]["outcome"] not in _KINDS:
            continue
        prev = before[-1]
        between = text[int(prev["end"]):lead.start()]
        # the figure restated is in this sentence or the one before, in one paragraph
        if len(_SENTENCE_END.findall(between)) > 1 or "\n" in between:
            continue
        parsed = parse_count(m)
        if parsed is None:
            continue
        low, high, qualifier = parsed
        if not int(prev["count_low"]) / 4 <= low <= int(prev["count_low"]) * 4:
            continue
        if any(int(f["start"]) < m.end() and m.start() < int(f["end"]) for f in out):
            continue
        a = lead.start("np")
        found.append({"start": a, "end": m.end(), "text": text[a:m.end()],
                      "outcome": prev["outcome"], "count_low": low, "count_high": high,
                      "qualifier": qualifier, "group": None})
    out.extend(found)


def _revised(text: str, out: list[dict[str, object]], noun_start: int,
             noun_end: int) -> dict[str, object] | None:
    """The corrected count of "the earlier figure of five gunmen killed has been revised
    to four", with the outcome of the figure given after "of", or None."""
    of = _OF_AFTER.match(text, noun_end)
    if of is None or not _REVISED_LEAD.search(text, max(0, noun_start - 30), noun_start):
        return None
    given = next((f for f in out if int(f["start"]) == of.end()), None)
    if given is None or given["outcome"] not in _KINDS:
        return None
    move = _REVISED_AFTER.match(text, int(given["end"]))
    if move is None:
        return None
    m = COUNT_RE.match(text, move.end())
    if m is None or not m.group("num") or (parsed := parse_count(m)) is None:
        return None
    a = move.start("v")
    return {"start": a, "end": m.end(), "text": text[a:m.end()], "outcome": given["outcome"],
            "count_low": parsed[0], "count_high": parsed[1], "qualifier": parsed[2],
            "group": None}
