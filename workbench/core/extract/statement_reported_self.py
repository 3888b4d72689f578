"""The pronoun that opens a reported clause stands for the one who reports it: "The group
said it had carried out the attack, accusing the workers of ..." -- "it" is the group, and
so are the words of the clause's own participle."""

from __future__ import annotations

from bisect import bisect_left

_OPEN_MARKS = "\"“‘'"


class Holders:
    """The entries sorted by start, to find the ones whose words hold a span without a
    look through every entry for each pronoun (which grew with the square of a long
    report of many quotes)."""

    def __init__(self, out: list[dict[str, object]]) -> None:
        # (start, place in ``out``, entry): the holders are given in the order of ``out``
        self._by_start = sorted(((int(e["start"]), i, e) for i, e in enumerate(out)),  # type: ignore[call-overload]
                                key=lambda t: (t[0], t[1]))
        self._starts = [t[0] for t in self._by_start]
        self._longest = max((int(e["end"]) - int(e["start"])  # type: ignore[call-overload]
                             for e in out), default=0)

    def holding(self, pos: int, end: int) -> list[dict[str, object]]:
        """The entries opening before ``pos`` whose words reach ``end``, in order of start
        (an entry reaching ``end`` opens at most the longest entry's length before it), in
        the order of the entries."""
        lo = bisect_left(self._starts, end - self._longest)
        hi = bisect_left(self._starts, pos)
        found = [t for t in self._by_start[lo:hi] if end <= int(t[2]["end"])]  # type: ignore[call-overload]
        return [t[2] for t in sorted(found, key=lambda t: t[1])]


def reporter_of_own_subject(holders: Holders, o: dict[str, object],
                            text: str) -> str | None:
    """The speaker of the reported (not quoted) words that ``o`` sits inside, when ``o``'s
    pronoun speaker ("it", "they") is the first word of those words: in indirect speech a
    body's "it" is that body ("said it had carried out the attack"), where inside its
    quoted words ('"They told us ..."') "they" would be others (round 94). ``holders``:
    the entries, to find the ones holding ``o``."""
    pronoun = str(o["speaker"]).lower()
    pos, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
    for e in holders.holding(pos, end):
        if e is o:
            continue
        a, b = int(e["start"]), int(e["end"])  # type: ignore[call-overload]
        if (a > 0 and text[a - 1] in _OPEN_MARKS) or (
                _opens_sentence(text, a)):
            continue
        first = text[a:b].split(None, 1)[0].lower() if text[a:b].strip() else ""
        speaker = e["speaker"]
        if first == pronoun and isinstance(speaker, str) and speaker.lower() != pronoun:
            return speaker
    return None


def _opens_sentence(text: str, at: int) -> bool:
    """Do the words at ``at`` open their sentence, their reporter named after them ('They
    told us "leave now," Mara Veld said': "they" are others, whom she speaks of)?"""
    # (back over blanks and marks only: a search back for the last stop crossed the whole
    # of a long text with no stops for each entry)
    p = at
    while p > 0 and text[p - 1] in _BLANKS_AND_MARKS:
        p -= 1
    return p == 0 or text[p - 1] == "\n" or (
        text[p - 1] in ".?!" and p < len(text) and text[p] == " ")


_BLANKS_AND_MARKS = " \t\"“‘'"
