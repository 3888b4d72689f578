"""(round en203) A quote nested inside a teller's quote, told by a person the teller named
in the quote just before: '"The bride's father called me himself," he says. "He told me:
\'You will play at my daughter\'s wedding or nobody will.\'"'. The teller's quote is one
entry; the inner words, after "He told me:" and their own mark, are a second entry of the
person the teller named ("The bride's father"), as the corpus rules give every source with
its own words one entry. A "they" there names nobody and gives no entry; a "he" whose
person the quote before does not name is left to the older rules."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lang import en as EN
from .lang.build import alt
from .statement_described_subject import _described
from .statement_record import _add
from .statement_text_sex import text_sex

# "He told me: '", "She said to us: ‘": a pronoun opening the quote, a verb of telling, the
# hearer, a colon and the inner mark.
_TOLD_INNER = re.compile(
    rf"(?P<p>He|She)\s+(?:{alt(EN.QUOTED_TELLING_VERBS)})\s+(?:to\s+)?(?:me|us)\s*:\s*['‘]")
# The inner quote's close: a single mark that no letter follows (not "daughter's").
_INNER_CLOSE = re.compile(r"['’](?!\w)")
# A name opening the quote before: "Mr Otieno called me", "Colonel Ruth Ayo came".
_NAME_OPENING = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z][\w\-]*){0,2}")
# ... or one's kin or a person of one's own: "My aunt phoned at midnight".
_KIN_OPENING = re.compile(r"(?:My|Our|His|Her)\s+(?P<kin>[a-z]+)\b")
# How far before the inner quote the teller's quote before it may end.
_REACH = 300


def told_in_quote(text: str, out: list[dict[str, object]]) -> None:
    """Add the inner words of '"He told me: \'...\'"' for the person the same teller's
    quote just before opens on."""
    by_end: list[dict[str, object]] | None = None
    ends: list[int] = []
    for o in list(out):
        start, end, speaker = int(o["start"]), int(o["end"]), o["speaker"]  # type: ignore[call-overload]
        if not isinstance(speaker, str) or not (m := _TOLD_INNER.match(text, start, end)):
            continue
        if by_end is None:  # (the entries by end, once: a look through all of them for
            # each inner quote grew with the square of a long feature of quotes)
            by_end = sorted(out, key=lambda e: int(e["end"]))  # type: ignore[call-overload]
            ends = [int(e["end"]) for e in by_end]  # type: ignore[call-overload]
        near = by_end[bisect_left(ends, start - _REACH):bisect_right(ends, start)]
        person = _named_in_quote_before(text, near, o, m["p"].lower())
        if person is None:
            continue
        close = _INNER_CLOSE.search(text, m.end(), min(len(text), end + 3))
        b = close.start() if close else end
        if len(text[m.end():b].split()) >= 3:
            _add(out, text, m.end(), b, person)


def _named_in_quote_before(text: str, out: list[dict[str, object]], o: dict[str, object],
                           pronoun: str) -> str | None:
    """The person the same teller's quote right before ``o`` opens on, of ``pronoun``'s
    sex as far as the text tells: a described person ("The bride's father") or a name.
    ``out``: the entries ending near before ``o``, in order of their end."""
    start = int(o["start"])  # type: ignore[call-overload]
    before = [e for e in out if e["speaker"] == o["speaker"] and int(
        e["end"]) <= start and start - int(e["end"]) <= _REACH]  # type: ignore[call-overload]
    if not before:
        return None
    prev = max(before, key=lambda e: int(e["start"]))  # type: ignore[call-overload]
    a, b = int(prev["start"]), int(prev["end"])  # type: ignore[call-overload]
    if (found := _described(text, a, b, False)) is not None:
        head = found[1].split()[-1].lower()
        return found[1] if EN.SEXED_NOUNS.get(head) in (None, pronoun) else None
    if kin := _KIN_OPENING.match(text, a, b):
        sex = EN.SEXED_NOUNS.get(kin["kin"])
        return kin.group() if sex == pronoun or (
            sex is None and kin["kin"] in EN.PERSON_WORDS) else None
    name = _NAME_OPENING.match(text, a, b)
    if name is None or name.group().split()[0].lower() in EN.FUNCTION_WORDS or (
            text_sex(text, name.group(), start) not in (None, pronoun)):
        return None
    after = text[name.end():name.end() + 1]
    return name.group() if after == " " and name.group() != o["speaker"] else None
