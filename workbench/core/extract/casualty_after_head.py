"""Counted people with words after the head (round en144).

The rules read counted people right before their verb group ("two candidates were shot
dead"). News puts a post-modifier between them, for every outcome: a preposition and its
noun phrase ("two candidates for the same council seat were shot dead", "a candidate for
mayor was abducted"), a relative clause set off by commas or not ("eight activists, whom the
police accused of rioting, were detained", "eleven passengers who had boarded in the capital
were wounded"), an age ("aged 23 and 29"), a participle phrase after a part ("two lieutenants
regarded as the leaders of the movement"). A named person coordinated before counted people
as the object of an arrest or a capture ("detained opposition politician N. and five members
of his campaign team") hides the count from its verb the same way.

Each construction is found from its verb group (a copula or an auxiliary, then an outcome's
participle), the rarer end: the stretch of its sentence before it is parsed back to the
counted head, and each post-modifier whose shape is read past (a preposition and its noun
phrase, a relative clause, an age, a participle phrase) is cut when it holds no outcome word,
no count and no clause word of its own (``lang/en.py``'s round en144 block); an apposition
between them is kept for the rules that read appositions. The text is read again so told and
each figure carried back as ``casualty_words_between`` does; the outcome is the one the rules
read at the verb group, so a post-modifier never chooses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .casualty_share_of import share_of_cut
from .casualty_state import apart, carry_told, told_with
from .figure_spans import FigureSpans
from .folding import CaseBlind
from .lang import en as EN
from .lang.build import alt
from .spans import document, matches_at_words
from .triggers import CASUALTY, WORDS, triggers

Figure = dict[str, object]
Edit = tuple[int, int, str]

_OUTCOME_FIRST = sorted({p.split()[0] for ps in EN.OUTCOME_PARTICIPLES.values() for p in ps}
                        | {"shot", "hurt", "injured", "beaten"})
# (care verbs stay out: "taken" is kept, a captive's as much as a patient's)
_GATE_WORDS = tuple(w for w in _OUTCOME_FIRST
                    if w not in {*EN.HEAD_VERB_NOT_GATES, *EN.CARE_VERBS} or w == "taken")
# (a light verb inside a post-modifier is no outcome: "whom the company had laid off")
_OUTCOME_WORD = re.compile(
    rf"\b(?:{alt(tuple(w for w in _OUTCOME_FIRST if w not in EN.HEAD_VERB_NOT_GATES))})\b",
    re.IGNORECASE)
# the verb group the counted people are the subject of (opened at the copula, then checked;
# case-blind with a twin for lowered ASCII text: the pattern opens at every space of every
# document, and the twin, folding no case there, costs about half as much)
_GROUP_AUX = ("were", "was", "are", "is", r"have\s+been", r"has\s+been", r"had\s+been",
              "remain", "remains", "remained")
_GROUP_ADVERBS = ("also", "all", "later", "then", "reportedly", "allegedly", "both", "each",
                  "subsequently")
_BARE_AUX, _BARE_ADVERBS, _BARE_VERBS = ("have", "has", "had"), ("later", "since", "all"), (
    "died", "perished", "fled")
_BARE_ADVERB_ALT = "|".join(rf"{w}\s+" for w in _BARE_ADVERBS)
_VERB_GROUP = CaseBlind(
    rf"\s(?:{'|'.join(_GROUP_AUX)})"
    rf"\s+(?:(?:{'|'.join(_GROUP_ADVERBS)})\s+)?"
    rf"(?:{alt(_GATE_WORDS)})\b"
    # (or a verb of dying or flight with no copula: "two soldiers, whom ..., died")
    rf"|\s(?:(?:{'|'.join(_BARE_AUX)})\s+)?(?:{_BARE_ADVERB_ALT})?"
    rf"(?:{'|'.join(_BARE_VERBS)})\b")
_WHO_LAST = re.compile(r"\s(?:who|that)\s*$", re.IGNORECASE)
_FINITE_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|has)\b", re.IGNORECASE)
_WORDNUM = alt((*EN.UNITS, *EN.TENS))
_COUNT = (rf"(?:\d[\d,]*|(?:{_WORDNUM})(?:[\s-](?:{_WORDNUM}))?|an?"
          r"|(?:dozens|scores|hundreds|thousands)\s+of|several)")
_WORD = r"[A-Za-z][\w'’\-.]*"
# counted people: a count, up to three modifiers, a head; the head ends the stretch parsed
_COUNT_AT = re.compile(rf"(?<![\w,.\-])(?:{_COUNT})\s+(?=[A-Za-z])", re.IGNORECASE)
# a count standing alone before a relative clause or an age ("seven, whom ..., were hurt")
_BARE_COUNT_AT = re.compile(
    rf"(?<![\w,.\-])(?:\d[\d,]*|(?:{_WORDNUM}))(?=,\s+(?:who|whom|whose|aged)\s)",
    re.IGNORECASE)
_HEAD_WORD = re.compile(r"[A-Za-z][\w'’\-]*(?=[\s,])")
_SPACES = re.compile(r"\s+")
_NOT_HEAD = (frozenset(EN.GROUP_STOP) | frozenset(EN.HEAD_PREPOSITIONS)
             | frozenset(EN.HEAD_QUANTITY_WORDS))
_PREP = alt(EN.HEAD_PREPOSITIONS)
_STOP = r"(?:who|whom|that|which)"
_PHRASE = alt(EN.HEAD_PARTICIPLE_PHRASES)
# post-modifier pieces, each (pattern, kind): an apposition is passed over but kept for the
# rules that read appositions, an age is cut whatever its numbers, the others when clean
_PIECES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\s+(?:{_PREP})\s+(?:(?!{_STOP}\b){_WORD}\s+){{0,7}}?(?!{_STOP}\b){_WORD}"
                rf"(?=,|\s+{_STOP}\b|\s*$)", re.IGNORECASE), "phrase"),
    (re.compile(r",\s+aged\s+[^,.;:!?]{1,30}(?=,)", re.IGNORECASE), "age"),
    (re.compile(r",\s+(?:who|whom|whose)\s+[^,.;:!?]{3,90}(?=,)", re.IGNORECASE), "relative"),
    (re.compile(rf",?\s+(?:{_PHRASE})\s+[^,.;:!?]{{2,60}}?(?=,|\s*$)", re.IGNORECASE),
     "phrase"),
    (re.compile(rf"\s+who\s+(?:{_WORD}\s+){{1,8}}?{_WORD}(?=\s*$)", re.IGNORECASE),
     "relative"),
    (re.compile(r",\s+(?:an?|the)\s+[^,.;:!?]{3,80}(?=,)", re.IGNORECASE), "apposition"),
)
# a participle phrase after a part told inside its whole's toll ("23 soldiers, among them a
# captain and two lieutenants regarded as the leaders of the movement, have been ...")
_PART_PHRASE = re.compile(
    rf"\b(?:among\s+them|including|among\s+whom)\s+[^,.;:!?]{{3,60}}?"
    rf"(?P<gap>\s+(?:{_PHRASE})\s+[^,.;:!?]{{2,60}}?)(?=,)", re.IGNORECASE)
_END = re.compile(r"\s*(?:,\s*)?(?:\s+(?:who|that))?\s*$", re.IGNORECASE)
_GAP_NOT = re.compile(rf"\b(?:{alt(EN.HEAD_GAP_NOT_WORDS)})\b|\d(?!\d*(?:st|nd|rd|th)\b)",
                      re.IGNORECASE)
_NONPERSON = frozenset(EN.NONPERSON)
_PHRASE_OPENER = re.compile(rf"^,?\s+(?:{alt(EN.HEAD_PARTICIPLE_PHRASES)})\b", re.IGNORECASE)
_ED_WORDS = re.compile(rf"\b(?:{alt(EN.HEAD_GAP_ED_WORDS)})\b", re.IGNORECASE)
# ("one" is left out: "nine young men from one village" holds no second count of people)
_NUMBER_WORD = re.compile(
    rf"\b(?:{alt(tuple(w for w in (*EN.UNITS, *EN.TENS) if w != 'one'))}"
    r"|dozens?|hundreds|thousands)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[.!?;:]\s|\n)(?!.*(?:[.!?;:]\s|\n))", re.DOTALL)
_WINDOW = 240
_PREDICATIVE_END = re.compile(rf"\b(?:{alt(EN.HEAD_PREDICATIVE_BEFORE)})\s*$",
                             re.IGNORECASE)
# a named person coordinated before counted people after an arrest's or a capture's verb
_NAMED_PAIR = re.compile(
    rf"\b(?:{alt(EN.NAMED_PAIR_VERBS)})(?:\s+up)?\s+(?P<gap>(?:[a-z][a-z\-]+\s+){{0,3}}"
    rf"[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){{0,3}}\s+and\s+)(?=(?:{_COUNT})\s)")


def _clean(piece: str, relative: bool) -> bool:
    """Whether a post-modifier may be cut: no outcome word, no count, no clause word (a
    relative's own pronoun and verb are allowed in a relative piece)."""
    if _OUTCOME_WORD.search(piece) or _NUMBER_WORD.search(piece):
        return False
    words = re.findall(r"[a-z][a-z'’\-]*", piece.lower())
    if words[:1] == ["of"] and set(words) & _NONPERSON:
        return False  # "2,000 head of cattle": the counted are no people
    piece = _PHRASE_OPENER.sub("", piece)
    if relative:
        # (a negation inside a relative is the relative's own: "whose names were not given")
        return not re.search(r"\b(?:and|or|but|said|says|told)\b|\d", piece, re.IGNORECASE)
    return not _GAP_NOT.search(piece) and not re.search(
        r"(?<![A-Za-z'’\-])[a-z][a-z\-]*ed\b", _ED_WORDS.sub("", piece))


def _pieces(stretch: str, at: int) -> list[Edit] | None:
    """The cuts that read ``stretch`` (after a head) as post-modifiers up to its end, or
    None when it is not made of them."""
    edits: list[Edit] = []
    pos = 0
    for _ in range(4):
        if _END.fullmatch(stretch, pos):
            return edits
        for rx, kind in _PIECES:
            m = rx.match(stretch, pos)
            if not m:
                continue
            piece = m.group()
            if kind in ("phrase", "relative") and not _clean(piece, kind == "relative"):
                return None
            if kind != "apposition":
                edits.append((at + m.start(), at + m.end(), ""))
            pos = m.end()
            break
        else:
            return None
    return edits if _END.fullmatch(stretch, pos) else None


def _before_verb(text: str, v: int) -> list[Edit]:
    start = max(0, v - _WINDOW)
    window = text[start:v]
    s = _SENTENCE_START.search(window)
    if s:
        start, window = start + s.end(), window[s.end():]
    for c in _BARE_COUNT_AT.finditer(window):
        if edits := _pieces(window[c.end():], start + c.end()):
            return edits
    for c in _COUNT_AT.finditer(window):
        article = c.group().strip().lower() in ("a", "an")
        if article and window[:c.start()].rstrip()[-1:] == ",":
            continue  # "Name, a crime reporter for the daily ...": the name's apposition
        if article and _PREDICATIVE_END.search(window, 0, c.start()):
            continue  # "believed to have served as an informant": a predicate, no head
        # the head is one of the next four words (modifiers before it)
        pos = c.end()
        for _ in range(4):
            w = _HEAD_WORD.match(window, pos)
            if not w or w.group().lower() in _NOT_HEAD or _OUTCOME_WORD.fullmatch(w.group()):
                break  # (an outcome word after the count is a harm of its own, no head)
            edits = _pieces(window[w.end():], start + w.end())
            if edits and article and _WHO_LAST.search(window):
                # ("a driver for the mayor who was killed": one person either may be)
                return []
            if edits:
                # a relative's own outcome ("relatives of candidates who were kidnapped")
                # keeps its pronoun: only what stands between the head and it is cut
                return edits
            sp = _SPACES.match(window, w.end())
            if not sp:
                break
            pos = sp.end()
    return []


def _named_pairs(text: str) -> Iterator[re.Match[str]]:
    """``_NAMED_PAIR.finditer(text)``, tried only where one of its verbs stands: the
    pattern opens with a word boundary, so a search tried it at every position of the
    text. Every match opens at a verb, found here by plain searches; a verb inside the
    last match is passed over, as the search goes on after a match's end."""
    starts: list[int] = []
    for verb in EN.NAMED_PAIR_VERBS:
        at = text.find(verb)
        while at >= 0:
            starts.append(at)
            at = text.find(verb, at + 1)
    last = 0
    for at in sorted(starts):
        if at >= last and (m := _NAMED_PAIR.match(text, at)):
            last = m.end()
            yield m


def _letters(words: tuple[str, ...]) -> int:
    return max(len(w.replace(r"\s+", "")) for w in words)


# A verb group ends at its outcome's word, one of the casualty trigger words (checked
# here), and before that word it holds at most _GROUP_LETTERS letters (its auxiliary and
# an adverb) besides white space and nothing else.
_GROUP_ENDS = (*_GATE_WORDS, *_BARE_VERBS)
if not set(_GROUP_ENDS) <= WORDS[CASUALTY] or not all(
        w.isascii() and w.isalpha() and w.islower() for w in _GROUP_ENDS):
    raise ValueError("a verb group's last word must be a casualty trigger word")
_GROUP_LETTERS = max(_letters(_GROUP_AUX) + _letters(_GROUP_ADVERBS),
                     _letters(_BARE_AUX) + _letters(_BARE_ADVERBS))
_GROUP_REACH = 60  # how far back from its last word a verb group is looked for
_RUN = re.compile(r"\w+")


def _group_windows(low: str, casualty: tuple[int, ...]) -> list[tuple[int, int]] | None:
    """The stretches of the lowered ASCII text ``low`` where a verb group may stand: before
    and over each casualty trigger word that may close one (``casualty``: their offsets),
    merged; None where white space runs so long before such a word that a group may open
    before its stretch (the whole text is read then)."""
    windows: list[tuple[int, int]] = []
    for at in casualty:
        if not low.startswith(_GROUP_ENDS, at):
            continue
        lo = max(0, at - _GROUP_REACH)
        # a group opening before lo would hold every letter of low[lo:at]
        if lo and sum(map(len, low[lo:at].split())) <= _GROUP_LETTERS:
            return None
        hi = _RUN.match(low, at).end() + 1  # type: ignore[union-attr]  # (a word starts at a trigger)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _verb_groups(text: str) -> Iterator[re.Match[str]]:
    """``_VERB_GROUP``'s matches in ``text`` (its lowered twin's on ASCII text). On ASCII
    text only the stretches before the casualty trigger words that may close a group are
    searched (the pattern opens at every space of the text): every match ends at such a
    word and starts inside its stretch; the pattern looks at nothing before its start, and
    each stretch ends a character past its word, where the word's boundary is read, so a
    search in the stretches finds the matches of a search over the text."""
    if not text.isascii():
        yield from _VERB_GROUP.finditer(text)
        return
    doc = document(text)
    low = doc.low
    windows = _group_windows(low, triggers(text)[CASUALTY])
    if windows is None:
        yield from _VERB_GROUP.low.finditer(low)
        return
    for lo, hi in windows:
        yield from _VERB_GROUP.low.finditer(low, lo, hi)


def head_edits(text: str) -> list[Edit]:
    """The cuts that join counted people to their verb group past a post-modifier, sorted
    and apart."""
    edits: list[Edit] = []
    for m in _verb_groups(text):
        # ("witnesses who saw the soldiers were killed were interviewed": the outcome is
        # inside a clause whose own verb follows)
        if not _FINITE_AFTER.match(text, m.end()):
            edits.extend(_before_verb(text, m.start()))
    if "among" in text or "including" in text:
        # (every match of _PART_PHRASE opens with "among" or "including")
        edits.extend((m.start("gap"), m.end("gap"), "") for m in matches_at_words(
            _PART_PHRASE, text, text.lower(), ("among", "including"))
            if _clean(m.group("gap"), False))
    if " and " in text:
        edits.extend((m.start("gap"), m.end("gap"), "") for m in _named_pairs(text))
    return apart(edits)


def read_after_head(text: str, below: Callable[[str], list[Figure]],
                    read: Callable[[str], list[Figure]]) -> list[Figure]:
    """The figures of ``text`` with each counted head's post-modifier cut (``read`` on the
    rewritten text, carried back), or ``below(text)`` when it holds none."""
    edits = head_edits(text)
    if edits and (" third of " in text or " quarter of " in text or (
            " Third of " in text or " Quarter of " in text)):
        # (round en225) "A third of the residents": a share's whole, never a cut
        edits = [e for e in edits if not share_of_cut(text, e[0])]
    if not edits:
        return below(text)
    told = told_with(text, edits)
    as_written = below(text)
    found = carry_told(text, told, read(told[0]), as_written)
    # a figure only the text as written gives is kept: a cut must never cost one
    # (by span: a report of many counted heads compared each figure with every other)
    covered = FigureSpans(found)
    kept = [g for g in as_written
            if not covered.overlaps(int(str(g["start"])), int(str(g["end"])))]
    if not kept:
        return found
    return sorted((*found, *kept), key=lambda f: (int(str(f["start"])), int(str(f["end"]))))
