"""Captives told by their return in an exchange (round en137).

News of a prisoner exchange tells the people it handed back with the exchange as the doer
("The exchange also returned 174 soldiers to Moscow", "The swap brought home 40 fighters")
and names parts of the returned after the fact ("Nine civilians and a chaplain were among
those handed back", "Among those returned are four officers"). The corpus rules count
prisoners of war and hostages handed back as captured. The outcome is chosen as the
release readers choose it: an exchange of held people told in the text makes them
captives (``exchange_told``); else the last figure of people held before them decides
(``FigureSpans.last_held``), and with neither nothing is read ("were among those returned
from the camps" may be refugees).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .casualty_released import FigureSpans, exchange_told
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

_COUNT = COUNT_RE.rx.pattern.replace("(?P<", "(?P<c_")
_STEMS = ("exchang", "swap", "among the", "among those")
# The words a noun of people may take after its count, up to where the clause goes on.
_NOUN = r"(?P<noun>(?:\s+[A-Za-z0-9][\w\-’']*){1,3}?)"
_NOUN_END = (r"(?=\s*[,.;:!?]|\s*$|\s+(?:to|from|home|back|in|on|at|after|as|and|who|under"
             r"|across|via|through|into|with|during|for|since|while)\b)")


@cache
def _active() -> re.Pattern[str]:
    """"returned 174 Russian soldiers to Moscow": a verb of return, a count and people."""
    return re.compile(rf"\b(?:{alt(EN.EXCHANGE_RETURN_VERBS)})\s+(?P<count>{_COUNT}){_NOUN}"
                      rf"{_NOUN_END}", re.IGNORECASE)


@cache
def _among_after() -> re.Pattern[str]:
    """"... were among those handed back" / "was among the returned", the people before."""
    return re.compile(rf"\s+(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+"
                      rf"(?:(?P<the>the\s+)|those\s+)(?:{alt(EN.AMONG_RETURNED_PARTICIPLES)})\b"
                      rf"(?!\s+(?:{alt(EN.AMONG_RETURNED_NOT_AFTER)})\b)"
                      rf"(?(the)(?!\s+(?!(?:{alt(EN.AMONG_THE_PARTICIPLE_BEFORE)})\b)[A-Za-z]))",
                      re.IGNORECASE)


@cache
def _among_before() -> re.Pattern[str]:
    """"Among those returned are four officers": the list after the returned's words."""
    return re.compile(rf"\bamong\s+(?:those|the)\s+(?:{alt(EN.AMONG_RETURNED_PARTICIPLES)})"
                      rf"\s+(?:were|are)\s+", re.IGNORECASE)


# One item of a subject or a list: a count and its people, then "and" or a comma before
# the next item.
_ITEM = re.compile(rf"(?P<count>{_COUNT}){_NOUN}(?=\s*(?:[,.;:!?]|$)|\s+(?:and|who|from"
                   rf"|taken|abducted|seized|held|captured|kidnapped|aged|,)\b)"
                   r"(?P<sep>\s*,?\s*(?:and\s+)?)", re.IGNORECASE)
# What may stand between a sentence's start and its subject's count: a speaker's words.
_OPENING = re.compile(r"(?:[;:]\s*|\b(?:said|says|say|that)\s+)$", re.IGNORECASE)


def returned_people(text: str, out: list[dict[str, object]], low: str,
                    people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` the counts of people an exchange handed back that no figure holds
    yet. ``low``: ``text`` lower-cased; ``people``: whether a group's words name people."""
    if " over " in low:
        _over_as_particle(text, out)
    if not any(stem in low for stem in _STEMS):
        return
    exchanged = exchange_told(text)
    seen = FigureSpans(out)
    found: list[dict[str, object]] = []

    def add(m: re.Match[str], outcome: str | None) -> None:
        fig = _figure(text, m, outcome, seen, people)
        if fig is not None:
            found.append(fig)
            seen.add(fig)
            part = _part_after(text, int(fig["end"]), str(fig["outcome"]), seen, people)
            if part is not None:
                found.append(part)
                seen.add(part)

    if exchanged:
        for m in _active().finditer(text):
            if _names_exchange(text, m.start(), m.end()):
                add(m, "captured")
    for head in _among_after().finditer(text):
        outcome = _held_outcome(exchanged, seen, head.start())
        if outcome is not None:
            for m in _subject_items(text, head.start()):
                add(m, outcome)
    for head in _among_before().finditer(text):
        outcome = _held_outcome(exchanged, seen, head.start())
        at = head.end()
        while outcome is not None and (m := _ITEM.match(text, at)) is not None:
            add(m, outcome)
            if not m.group("sep").strip():
                break
            at = m.end()
    out.extend(found)


def _held_outcome(exchanged: bool, seen: FigureSpans, at: int) -> str | None:
    if exchanged:
        return "captured"
    held = seen.last_held(at)
    return None if held is None else str(held["outcome"])


def _names_exchange(text: str, start: int, end: int) -> bool:
    """Whether the sentence of [start, end) names an exchange or a swap."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(text, end)
    sentence = text[lo:stop.start() if stop else len(text)].lower()
    return any(stem in sentence for stem in EN.SWAP_STEMS)


def _subject_items(text: str, verb_at: int) -> list[re.Match[str]]:
    """The counted items of the subject ending at ``verb_at``: the clause's opening count
    and its people, and each item joined to it ("Nine civilians and a chaplain"); an
    aside of who a person was may end the subject ("An 80-year-old man taken from his
    farm")."""
    lo = max(text.rfind(". ", 0, verb_at), text.rfind("\n", 0, verb_at)) + 1
    clause = text[lo:verb_at]
    first = next((m for m in _ITEM.finditer(text, lo, verb_at)
                  if not text[lo:m.start()].strip() or _OPENING.search(text[lo:m.start()])),
                 None)
    if first is None or len(clause) > 160:
        return []
    items = [first]
    at = first.end()
    while items[-1].group("sep").strip() and (m := _ITEM.match(text, at, verb_at)):
        items.append(m)
        at = m.end()
    return items


def _figure(text: str, m: re.Match[str], outcome: str | None, seen: FigureSpans,
            people: Callable[[list[str]], bool]) -> dict[str, object] | None:
    if outcome is None:
        return None
    start, end = m.start("count"), m.end("noun")
    if seen.overlaps(start, end):
        return None
    cm = COUNT_RE.rx.fullmatch(m.group("count"))
    words = m.group("noun").split()
    if cm is None or not words or not people(words) or words[0].lower() in ("of", "them"):
        return None
    parsed = parse_count(cm)
    if parsed is None:
        return None
    low_count, high, qualifier = parsed
    return {"start": start, "end": end, "text": text[start:end], "outcome": outcome,
            "count_low": low_count, "count_high": high, "qualifier": qualifier,
            "group": " ".join(words)}


@cache
def _jail_after() -> re.Pattern[str]:
    """"from the prison", "from a jail in the north", "in the jailbreak", right after;
    (round en176) "in jail attack", "in an attack on the prison", "after storming the
    prison", "when they stormed the jail"."""
    place = (r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?"
             rf"(?:{alt(EN.JAILBREAK_PLACES)})")
    return re.compile(
        rf"\s+(?:from\s+{place}|(?:in|during)\s+(?:the\s+|a\s+)?"
        rf"(?:{alt(EN.JAILBREAK_EVENTS)})"
        rf"|(?:in|during)\s+(?:{place}\s+(?:{alt(EN.JAIL_ATTACK_NOUNS)})"
        rf"|(?:the\s+|a\s+|an\s+)?(?:{alt(EN.JAIL_ATTACK_NOUNS)})\s+on\s+{place})"
        rf"|(?:after|while|when|by)\s+(?:they\s+|the\s+gunmen\s+|the\s+attackers\s+)?"
        rf"(?:{alt(EN.JAIL_STORMING)})\s+{place})\b", re.IGNORECASE)


def drop_freed_inmates(text: str, out: list[dict[str, object]], low: str) -> None:
    """Drop the captives read from inmates freed out of a jail ("Gunmen freed 120 inmates
    from the prison"): a jailbreak's freed are no hostages, and the sets give them no
    figure. ``low``: ``text`` lower-cased."""
    if not out or not any(noun in low for noun in EN.JAILED_NOUNS):
        return
    keep = [f for f in out if not _freed_inmates(text, f)]
    if len(keep) != len(out):
        out[:] = keep


def _freed_inmates(text: str, f: dict[str, object]) -> bool:
    words = str(f["text"]).split()
    return (f["outcome"] == "captured" and bool(words)
            and words[-1].lower() in EN.JAILED_NOUNS
            and _jail_after().match(text, int(f["end"])) is not None)


_OVER_PARTICLE = re.compile(rf"\b(?:{alt(EN.OVER_PARTICLE_VERBS)})\s+$", re.IGNORECASE)
_OVER = re.compile(r"over\s+", re.IGNORECASE)


def _over_as_particle(text: str, out: list[dict[str, object]]) -> None:
    """Read again without "over" a count whose "over" is its verb's particle ("handed over
    75 prisoners" is 75, exact)."""
    for f in out:
        start = int(f["start"])
        lead = _OVER.match(text, start)
        if f["qualifier"] != "more_than" or lead is None or not _OVER_PARTICLE.search(
                text, max(0, start - 20), start):
            continue
        cm = COUNT_RE.rx.match(text, lead.end())
        parsed = parse_count(cm) if cm is not None else None
        if parsed is None:
            continue
        f["start"] = lead.end()
        f["text"] = text[lead.end():int(f["end"])]
        f["count_low"], f["count_high"], f["qualifier"] = parsed


# A part of the returned told right after them: ", including two officers", ", four of
# whom are women" (the whole's outcome, as the sentence rules read such parts).
_PART_COUNT = COUNT_RE.rx.pattern.replace("(?P<", "(?P<d_")  # (apart from _COUNT's groups)
_PART_AFTER = re.compile(
    rf"\s*,\s*(?:(?:including|among\s+them)\s+(?P<count>{_COUNT}){_NOUN}{_NOUN_END}"
    rf"|(?P<p_count>{_PART_COUNT})\s+of\s+whom\s+(?:are|were)\s+"
    r"(?P<p_noun>[A-Za-z][\w\-]*))", re.IGNORECASE)


def _part_after(text: str, end: int, outcome: str, seen: FigureSpans,
                people: Callable[[list[str]], bool]) -> dict[str, object] | None:
    m = _PART_AFTER.match(text, end)
    if m is None:
        return None
    if m.group("count") is not None:
        return _figure(text, m, outcome, seen, people)
    start, stop = m.start("p_count"), m.end("p_noun")
    cm = COUNT_RE.rx.fullmatch(m.group("p_count"))
    if cm is None or not people([m.group("p_noun")]) or seen.overlaps(start, stop):
        return None
    parsed = parse_count(cm)
    if parsed is None:
        return None
    return {"start": start, "end": stop, "text": text[start:stop], "outcome": outcome,
            "count_low": parsed[0], "count_high": parsed[1], "qualifier": parsed[2],
            "group": m.group("p_noun")}
