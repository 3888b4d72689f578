"""Two persons a "he" or "she" stands for that the general pronoun rules leave out (round
en107): the outlet's own reporter when the sentence before names them and makes them its
subject, and a kin of the quoted one whom the quote itself named."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lang import en as EN
from .lang.build import alt
from .spans import Document

# A live page's time stamp before a post's first words: "14:50 — ", "15:30 ".
_STAMP = r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|UTC|CET))?\s*[—–\-]?\s*)?"
# "Our reporter Hinatea Tapu": the outlet's own person, then a name of two or three words
# that no further capital follows (that would be a place or a body: "Our reporter Ana
# Reyes Street").
_NAMED_OWN_PERSON = re.compile(
    rf"\s*{_STAMP}(?i:{alt(EN.OWN_OUTLET_WORDS)})\s+(?:{alt(EN.NEWSROOM_PEOPLE)})\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2})(?![\w'’\-]|\s+[A-Z])")


def named_reporter_before(doc: Document, sent_start: int) -> tuple[int, str] | None:
    """The named reporter that opens the sentence just before the pronoun's: in "Our
    reporter Hinatea Tapu is outside the hospital. She says ..." the reporter is the one
    person that sentence makes its subject, so "she" is her; a reporter left unnamed has
    no sex the pronoun could agree with, and is left to the general rules."""
    i = bisect_right(doc.starts, sent_start) - 1
    if i < 1 or doc.sentences[i].start != sent_start:
        return None
    before = doc.sentences[i - 1]
    m = _NAMED_OWN_PERSON.match(before.text)
    if m is None:
        return None
    return before.start + m.start("name"), m.group("name")


# (round en226) "Our correspondent at the scene says ...": the outlet's own person, unnamed,
# where they are, and a verb of saying in the present or the past.
_UNNAMED_OWN_SAYS = re.compile(
    rf"\s*{_STAMP}(?P<sp>(?:{alt(EN.OWN_OUTLET_WORDS)})\s+(?:{alt(EN.NEWSROOM_PEOPLE)})"
    r"(?:\s+(?:at|in|on|near|outside)\s+[^,;:\"“”]{2,40}?)?)\s+(?:says|said|reports|reported)\s",
    re.IGNORECASE)
_PRONOUN_OPENS = tuple(f"{p.capitalize()} " for p in EN.SEXED_PRONOUNS)
_OTHER_SPEECH = ("said", "says", "told", "tells", "reported", "reports")
_UNNAMED_REACH = 3  # sentences back, within the paragraph


def unnamed_reporter_before(doc: Document, sent_start: int) -> tuple[int, str] | None:
    """(round en226) The unnamed reporter who speaks in the pronoun's paragraph just before
    it: "Our correspondent at the scene says the road is closed. Glass lies on the
    pavement. About 2,000 people were inside, she says." (unquoted: a quote in the
    pronoun's sentence is a source's). The sentences between tell what
    the reporter sees, with no other source's verb or quote; a body named earlier in the
    piece is no "she". None when a paragraph break, a quote or another report comes
    between."""
    i = bisect_right(doc.starts, sent_start) - 1
    if i < 1 or doc.sentences[i].start != sent_start or _QUOTE_MARK.search(
            doc.sentences[i].text) or doc.sentences[i].text.startswith(_PRONOUN_OPENS):
        # ('Our correspondent in Pindu said ... "We wait," he said.': a quote is a source's
        # words, one the reporter met; the reporter's own words go unquoted. A sentence
        # that opens on its pronoun, "He says the road is open.", brings in a speaker of
        # its own, as round en107 keeps it; only the attribution closing the words, ",
        # she says.", goes on with the reporter's account)
        return None
    text = doc.text
    for k in range(i - 1, max(-1, i - 1 - _UNNAMED_REACH), -1):
        sent = doc.sentences[k]
        if "\n" in text[sent.end:sent_start] or _QUOTE_MARK.search(sent.text):
            return None
        m = _UNNAMED_OWN_SAYS.match(sent.text)
        if m is not None:
            return sent.start + m.start("sp"), m.group("sp")
        if any(f" {w} " in sent.text for w in _OTHER_SPEECH):
            return None
    return None


_QUOTE_MARK = re.compile("[\"“”]")
# "my uncle", "My brother's shop": a kin of the one quoted, of one sex.
_MY_KIN = re.compile(rf"\b[Mm]y\s+(?P<kin>{alt(EN.SEXED_KIN)})\b")


def kin_teller_in_quote(text: str, out: list[dict[str, object]],
                        persons: list[tuple[dict[str, object], str]]) -> None:
    """'A reader, Teva, writes: "My uncle's shop was burnt. He says the gendarmes watched
    ..."': inside one person's words "he" is never that person (who says "I"), so a "he"
    given to the quoted one stands for the one kin of that sex the quote named before it,
    as written ("My uncle"). Two such kin, or none, leave the entry as it was."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    # (a host opens right after the last quote mark before the pronoun: any later mark
    # would lie between them; found by position, not by a look through every entry)
    by_start: dict[int, list[dict[str, object]]] = {}
    for e in out:
        by_start.setdefault(int(e["start"]), []).append(e)  # type: ignore[call-overload]
    for o, pronoun in persons:
        s0 = int(o["start"])  # type: ignore[call-overload]
        # (the quote that holds the pronoun opened before it and has not closed: its
        # first entry, of the same speaker, may end at its first sentence)
        i = bisect_left(marks, s0) - 1
        if i < 0 or text[marks[i]] not in "\"“" or marks[i] + 1 >= s0:
            continue
        host = next((e for e in by_start.get(marks[i] + 1, ())
                     if e is not o and e["speaker"] == o["speaker"]), None)
        if host is None:
            continue
        kin = {m.group(0).lower(): m.group(0)
               for m in _MY_KIN.finditer(text, int(host["start"]), s0)  # type: ignore[call-overload]
               if EN.SEXED_NOUNS.get(m.group("kin").lower()) == pronoun}
        if len(kin) == 1:
            o["speaker"] = next(iter(kin.values()))
