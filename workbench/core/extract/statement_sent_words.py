"""Words a reader or a reporter sent, quoted after a colon (round en98).

A live page quotes what its readers and its own correspondents send it, with the sender
before a colon and the words after it in quote marks: 'A reader in Tete, who asked us
not to use her name, sends this: "..."', 'A reader in Kessa sent us this message:
"..."'. No verb of saying stands there: sending the words to the page is saying them,
and "this" points at the quote. The page's own correspondent or a reader may also stand
alone before the colon when a time opens the entry: '16:30 - Our correspondent in
Tete: "..."'. Any other label before a colon ("Kosovo:", "Latest figures:") stays a
label.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

_OPEN = "\"“"
_CLOSE = re.compile(r"[\"”]")
_THING = alt(EN.SENT_THINGS)
# The verb of sending, whom it was sent to, "this" (or "the following") pointing at the
# quote, a colon and the quote's opening mark.
_SENT_THIS = re.compile(
    rf"[ \t]+(?:has[ \t]+)?(?:{alt(EN.SENDING_VERBS)})"
    rf"(?:[ \t]+(?:{alt(EN.SENT_TO_PAGE)}))?"
    rf"[ \t]+(?:this|these[ \t]+(?:{_THING})|the[ \t]+following)(?:[ \t]+(?:{_THING}))?"
    r"[ \t]*:[ \t]*(?=[\"“])")
# A live page's time opening an entry: "16:30 -", "1630", "4.30pm -".
_CLOCK = re.compile(
    r"(?:[01]?\d|2[0-3])[:.]?[0-5]\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[-–—])?[ \t]+",
    re.IGNORECASE)
# The sender: a capital opening a short phrase, then the verb or a comma that opens an
# aside on who the sender is (", who asked us not to use her name,").
_SENDER = re.compile(
    r"(?P<sp>[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,7}?)(?:[ \t]*,[^,:;\"“”\n]{1,120},)?[ \t]*$")
# An entry opened by a time, then the page's teller alone before a colon and a quote.
_TELLER_LABEL = re.compile(
    r"(?:^|(?<=[.!?\"”][ \t])|(?<=\n))" + _CLOCK.pattern
    + r"(?P<sp>(?:Our|A|An|One|The)[ \t]+(?:[A-Za-z][\w'’\-]*[ \t]+){0,2}?"
    r"(?P<head>[a-z]+)(?:[ \t]+(?:in|at|on|from|near|outside|inside)[ \t]+"
    r"[^:;\"“”.!?\n]{1,40}?)?)[ \t]*:[ \t]*(?=[\"“])",
    re.IGNORECASE)


def sent_words(text: str, out: list[dict[str, object]]) -> None:
    """Add the quotes a sender sent (with "sends this:") or the page's teller gave (a
    time, the teller and a colon) that no earlier pass read."""
    for m in _SENT_THIS.finditer(text):
        if sender := sender_before(text, m.start()):
            _quote_after(text, out, m.end(), sender)
    for m in _TELLER_LABEL.finditer(text):
        if m["head"] in EN.LIVE_PAGE_TELLERS and m["sp"][:1].isupper():
            _quote_after(text, out, m.end(), m["sp"])


def sender_before(text: str, verb_at: int) -> str | None:
    """Who sent the words: the phrase opening the entry before the verb, without the
    time that opens the entry or an aside between commas; None for the page's own "we"."""
    # (round en224) a mark not found gives -1, and -1 + 2 would cut a text's first letter
    floor = text.rfind("\n", 0, verb_at) + 1
    for mark in (". ", '" ', "” "):
        at = text.rfind(mark, 0, verb_at)
        if at + 2 > floor and at >= 0:
            floor = at + 2
    if clock := _CLOCK.match(text, floor, verb_at):
        floor = clock.end()
    m = _SENDER.match(text, floor, verb_at)
    if m is None or m["sp"].split()[0] in EN.FIRST_PERSON_AS_WRITTEN:
        return None
    return m["sp"]


def _quote_after(text: str, out: list[dict[str, object]], at: int, speaker: str) -> None:
    """The quote opening at ``at`` up to its closing mark, given to ``speaker`` unless an
    entry already opens there."""
    if text[at:at + 1] not in _OPEN or not (close := _CLOSE.search(text, at + 1)):
        return
    qs, qe = at + 1, close.start()
    if len(text[qs:qe].split()) < 3 or any(
            int(o["start"]) <= qs < int(o["end"]) for o in out):  # type: ignore[call-overload]
        return
    _add(out, text, qs, qe, speaker)
