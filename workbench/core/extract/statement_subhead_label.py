"""A subheading inside a story that gives a source's words after its label (round en230):
a line of its own, a short label, a colon and the words with no full stop, as a live page
or a feature breaks its report: "Witness: 'They went room by room'", "Clinic director:
'There is not one bed left'", "Rebels: 'a planned retreat'", "Kessa: 'We will rebuild'",
"Police: 12 arrests so far", "WHO: 41 strikes on clinics this year". The label speaks, as
a headline's "Oxfam: clinics reopen ..." does.

What stays unread: a field of a form or a notice ("Venue: Nairobi", "Spokesperson: Tomas
Reyes", "Date: 4 March": the words open with a capital and hold no quote), a question
("HALE: And the children?"), a sentence with its stop ("Food: the agency plans to ... on
Monday."), a label that names no speaker and brings no quote ("Live: gunmen storm ...",
"Dead: 17"), a citation line ("Source: ministry figures"), a label of a kind of text
("Review: 'River Nights'"), and a quote that does not close the words or an apostrophe
("Copies: field managers, donors' liaison officers")."""

from __future__ import annotations

import re

from .figure_spans import FigureSpans
from .lang import en as EN
from .statement_record import _add

# A label of one to three words (a capital first, the rest lower case: "Clinic
# director"), or an acronym of two to five capitals ("WHO"), alone before a colon at the
# start of a line; then the words to the line's end.
_SUBHEAD = re.compile(
    r"(?m)^[ \t]*(?P<label>[A-Z][a-z][\w'’\-]*(?:[ \t]+[a-z][\w'’\-]*){0,2}|[A-Z]{2,5})"
    r"[ \t]*:[ \t]+(?P<words>[^\n]{2,120}?)[ \t]*$")
# A quote that closes the words: its opening mark at their start or after a space, its
# closing mark at their end ("port 'back to normal'"); an apostrophe in a word
# ("donors' focal points") is no quote, and a quoted title followed by more words
# ("'River Nights' brings ...", "'The Long Road' by ...") names a work, not speech.
_CLOSING_QUOTE = re.compile(r"(?:^|\s)['‘\"“][^'‘’\"“”]{2,}['’\"”]$")
_MAX_WORDS = 12
# Labels of a citation or a form that the speaker vocabulary also holds, and a note's
# abbreviations ("NB: figures are provisional").
_FIELD_LABELS = frozenset(("source", "sources", "spokesperson", "spokesman", "spokeswoman",
                           "contact", "analyst", "nb", "ps", "re", "cc", "fyi"))
# Labels that name a kind of text or a wire slug ("Review: 'River Nights'", "ANALYSIS: ...",
# "Quote: '...'", "Statement: '...'": the text is named, not who speaks it).
_TEXT_LABELS = frozenset((*EN.TITLE_LINE_LABELS, *(w.lower() for w in EN.FLASH_SLUGS),
                          *EN.DOCUMENT_NOUNS, "quote", "quotes", "quotation"))
_SPEAKERS = frozenset((*EN.SPEAKER_NOUNS, *EN.PERSON_WORDS))


def _speaks(label: str) -> bool:
    """A label that names a speaker with no quote to show it: a noun of a speaker at its
    head, or an acronym (a body's short name)."""
    head = label.rsplit(None, 1)[-1].lower()
    return head not in _FIELD_LABELS and (head in _SPEAKERS or label.isupper())


def subhead_labels(text: str, h1: int, out: list[dict[str, object]]) -> None:
    """Read each subheading line after the headline (ending at ``h1``) as its label's
    words, unless a statement of ``out`` covers them already."""
    # (the entries kept by span, built at the first label: each label walked every entry
    # of the text, and a live page of many grew as a square; review 49)
    taken: FigureSpans | None = None
    kept: set[tuple[object, object, object]] = set()  # each entry's (start, end, speaker)
    for m in _SUBHEAD.finditer(text, h1):
        label, words = m["label"], m["words"]
        if words[-1] in ".?!:;" or len(words.split()) > _MAX_WORDS:
            continue  # a sentence, a question or a lead-in, no subheading
        quoted = words[-1] in "'’\"”" and _CLOSING_QUOTE.search(words) is not None
        if not quoted and not (words[0].islower() or words[0].isdigit()):
            continue  # "Spokesperson: Tomas Reyes", "OPERATOR: Our next question ..."
        low = label.lower()
        if low in _FIELD_LABELS or low in _TEXT_LABELS or not (quoted or _speaks(label)):
            continue
        w0, w1 = m.span("words")
        if taken is None:
            taken = FigureSpans(out)
            kept.update((o["start"], o["end"], o["speaker"]) for o in out)
        if not taken.overlaps(w0, w1) and _add(out, text, w0, w1, label, seen=kept):
            taken.add(out[-1])
