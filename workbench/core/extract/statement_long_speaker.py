"""A speaker told by a long description after its verb (round en143): a noun with a
relative, a participle or a prepositional phrase, closing the sentence after a quote or a
clause ('"They fired at us," said a boy from the hills whose father was killed', "The
boat sank, according to the crew of a ship that saw it", "..., said a firm tracking the
hijacking"). The clause-level passes stop such a phrase early or give the words to the
sentence's subject; this pass reads the whole phrase, bounded by the sentence, and keeps
the reading a pass made already when it names the same speaker."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable

from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

_INVERTED_VERBS = tuple(sorted(set(EN.QUOTE_VERBS) - {"told", "tells", "read", "reads", "posted"}))
_ARTICLE = r"(?:(?:a|an|the|one)\s)?"
# The described speaker: an article, then words up to the sentence's end (no comma: a name
# or an age after one is read by the passes that know them).
# (round en153: with a relative set off by commas that belongs to it, "said a baker near
# the square, who asked not to be named.")
_DESCRIBED = (rf"(?P<sp>{_ARTICLE}[a-z0-9][^.;:!?,\"“”\n]{{3,200}}?"
              r"(?:,\s+(?:who|whose)\s[^.;:!?,\"“”\n]{3,160}?)?)\s*(?=[.;!?](?:\s|$)|$|\n)")
# A quote opening a sentence, closed by a comma (or "!" / "?") and the inverted verb:
# '"...," said a woman ...' (a quote opening inside a sentence is a part of its words).
# The close and the verb are found first (the pattern opens with a literal class the
# regex engine skips to), the opening mark then looked for before them.
_CLOSE_THEN_VERB = re.compile(rf"[,!?][\"”'’]\s+(?:{alt(_INVERTED_VERBS)})\s+")
_CLOSE_MARKS = ("\"", "”", "'", "’")  # the marks its second character may be
_OPENING = re.compile(r"(?:^|(?<=\n)|(?<=[.!?:]\s))[\"“'‘]")
_INSIDE_BREAK = re.compile("[\"“”\n]")
_DESCRIBED_AT = re.compile(_DESCRIBED)
_QUOTE_REACH = 600
# A clause, a comma, "said" or "according to" and the description: the clause is the
# described speaker's ("The tanker was boarded, said a security firm monitoring ...").
_CLAUSE_THEN_DESCRIBED = re.compile(r",\s+(?:said|says|according\s+to)\s+" + _DESCRIBED)
_NOT_BEFORE_CLAUSE_COMMA = frozenset("\"”'’ \t\n")
_TIME_TAIL = re.compile(
    rf"\s+(?:(?:on\s+)?(?:{alt(EN.WEEKDAYS)})(?:\s+(?:{alt(EN.DAY_PARTS)}))?"
    rf"|(?:{alt(EN.SAYING_TIME_TAILS)}))$", re.IGNORECASE)
_ARTICLES = frozenset(("a", "an", "the", "one"))
# "a relative of one of the hostages who spoke on condition of anonymity" is "a relative
# of one of the hostages": the clause says only that the source stays unnamed.
_ANONYMITY_TAIL = re.compile(rf",?\s+(?:who|that)\s+(?:{alt(EN.ANONYMITY_CLAUSES)})\b.*$",
                             re.IGNORECASE)
_RELATIVES = frozenset(("who", "whose", "that", "which"))
_HEAD_REACH = 4  # "a 19-year-old trader from", "a maritime security company monitoring"
_QUOTE_MARK = re.compile("[\"“”]")
_WORD = re.compile(r"[\w'’\-]+")
_SENTENCE_END = re.compile(r"[.!?][\"”'’]?\s+(?=[\"“'‘A-Z])|\n")


def _head(phrase: str) -> str | None:
    """The head noun of a described speaker: the word before its first post-modifier (a
    preposition, a relative, a participle), when one comes within the first few words and
    no finite verb stands before a relative ("the city had hired 90 officers in 2024" is a
    clause said, not a speaker)."""
    words = _WORD.findall(phrase)
    # (a bare plural before a passive participle is as often papers or figures "seen by",
    # "compiled by" the source named after them: read only after an article)
    passive = bool(words) and words[0].lower() in _ARTICLES
    if passive:
        words = words[1:]
    head = None
    for i, w in enumerate(words):
        low = w.lower()
        if low in EN.SPEAKER_PHRASE_FINITE:
            return None
        if head is None and 0 < i <= _HEAD_REACH and (
                low in EN.SPEAKER_POSTMODIFIERS or _participle(low, passive)):
            head = words[i - 1]
        if low in _RELATIVES:
            break
    return head


def _participle(low: str, passive: bool = True) -> bool:
    """A participle opening a post-modifier: "sheltering in", "reached by"."""
    return len(low) > 5 and low.endswith(("ing", "ed") if passive else "ing")


def _speaker_phrase(m: re.Match[str], speaks: Callable[[str], bool] | None) -> str | None:
    """The description as the speaker, its time of saying and a clause that only keeps
    the source unnamed set aside, when its head can
    speak (any head when ``speaks`` is None); ``None`` for a description with no
    post-modifier (the other passes read those)."""
    phrase = _ANONYMITY_TAIL.sub("", _TIME_TAIL.sub("", m.group("sp").strip()))
    head = _head(phrase)
    if head is None or (speaks is not None and not (
            speaks(head) or head.lower() in EN.DESCRIBED_SPEAKER_HEADS)):
        return None
    return phrase


class _BySpan:
    """The entries of ``out`` by their starts, for the few a quote's words overlap (review
    48: each quote closed by "said <description>" walked every entry of the text, and a
    long report of them grew as a square). ``out`` only grows while the quotes are read
    (their speakers change, never their spans), so the entries appended since the last
    look are taken in then."""

    def __init__(self, out: list[dict[str, object]]) -> None:
        self._out = out
        self._seen = 0
        self._starts: list[tuple[int, int]] = []  # (start, place in out)
        self._longest = 0

    def over(self, a: int, b: int) -> list[dict[str, object]]:
        """The entries overlapping ``a``..``b`` (one that starts more than the longest
        entry's length before ``a`` ends before it)."""
        out = self._out
        for i in range(self._seen, len(out)):
            start, end = int(out[i]["start"]), int(out[i]["end"])  # type: ignore[call-overload]
            insort(self._starts, (start, i))
            self._longest = max(self._longest, end - start)
        self._seen = len(out)
        lo = bisect_right(self._starts, (a - self._longest, len(out)))
        hi = bisect_left(self._starts, (b, -1), lo)
        return [out[i] for _, i in self._starts[lo:hi]
                if a < int(out[i]["end"])]  # type: ignore[call-overload]


def _give(out: list[dict[str, object]], text: str, a: int, b: int, speaker: str,
          may_add: bool = True, by_span: _BySpan | None = None) -> None:
    """Give the words ``a``..``b`` to ``speaker``: an entry over them with no speaker takes
    it, and so does one that is the phrase cut before its noun ("a 40-year-old"); with
    none, a new one is added when ``may_add``. Another speaker read already stays: the
    passes that cut "who asked not to be named" or take the name of "a fighter who gave
    his name as Abu Omar" know those phrases."""
    over = by_span.over(a, b) if by_span is not None else [
        o for o in out if int(o["start"]) < b and a < int(o["end"])]  # type: ignore[call-overload]
    for o in over:
        if o["speaker"] is None or _cut_short(o["speaker"], speaker):
            o["speaker"] = speaker
    if not over and may_add:
        _add(out, text, a, b, speaker)


def _give_clause(out: list[dict[str, object]], text: str, a: int, b: int, speaker: str,
                 w0: int, w1: int) -> None:
    """As ``_give`` for a clause said before ", said <description>". The description read
    as the words of the clause's opening subject is that reading's mistake ("The tanker
    was boarded, said a security firm ...": no words of the tanker's), dropped for the
    clause's; with nothing read there, only a description with a clause on it (the one
    the other passes cut) adds an entry."""
    said = text[a:b]
    inside = [o for o in out if w0 <= int(o["start"]) and int(o["end"]) <= w1]  # type: ignore[call-overload]
    wrong = [o for o in inside if int(o["start"]) == w0 and isinstance(o["speaker"], str)
             and said.startswith(o["speaker"]) and _acts(said[len(o["speaker"]):])]
    if wrong:
        out[:] = [o for o in out if o not in wrong]
    _give(out, text, a, b, speaker, bool(wrong) or (not inside and _clause_on(text[w0:w1])))


def _acts(rest: str) -> bool:
    """Does the subject's own verb come next ("The tanker [was] boarded", "Gunmen
    [attacked]"), not an apposition or a verb of saying: only then are the words after
    ", said" no words of the subject's."""
    first = rest.split(None, 1)[:1]
    if not first:
        return False
    low = first[0].lower()
    return (low in EN.SPEAKER_PHRASE_FINITE or low.endswith("ed")) and (
        low not in EN.QUOTE_VERBS and low not in EN.INVERTIBLE_VERBS)


def _clause_on(speaker: str) -> bool:
    """Does the description carry a clause (a relative, a participle), the phrase the
    clause passes cut? A prepositional phrase alone they read already, or rightly not."""
    words = [w.lower() for w in _WORD.findall(speaker)]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return any(w in _RELATIVES or _participle(w) for w in words[1:])


def _cut_short(sp: object, speaker: str) -> bool:
    """Is ``sp`` the opening words of the description, cut before its head noun?"""
    head = _head(speaker)
    return isinstance(sp, str) and head is not None and speaker.startswith(sp + " ") and (
        head not in sp.split())


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens (a line or a sentence's end before it)."""
    lo = max(0, at - 600)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, at):
        start = m.end()
    return start


def described_speakers(text: str, out: list[dict[str, object]],
                       speaks: Callable[[str], bool]) -> None:
    """Quotes and clauses whose speaker is a long description after the verb."""
    by_span = _BySpan(out)
    # (speed round 16) the pattern needs a closing quote mark after its comma: a text
    # with none is not scanned at every comma
    for m in _CLOSE_THEN_VERB.finditer(text) if any(map(text.__contains__, _CLOSE_MARKS)) else ():
        # (after a quote and its inverted verb the phrase is the speaker whatever its
        # noun: "said a vendor in the market whose stall was burned")
        d = _DESCRIBED_AT.match(text, m.end())
        w0 = _opening(text, m.start())
        if d is not None and w0 is not None and (speaker := _speaker_phrase(d, None)):
            _give(out, text, w0, m.start(), speaker, by_span=by_span)
    if ", said " in text or ", says " in text or " according to " in text:
        for m in _CLAUSE_THEN_DESCRIBED.finditer(text):
            if m.start() == 0 or text[m.start() - 1] in _NOT_BEFORE_CLAUSE_COMMA:
                continue  # a quote's own attribution is the quote passes'
            s0 = _sentence_start(text, m.start())
            if _clause_said(text[s0:m.start()]) and (
                    speaker := _speaker_phrase(m, speaks)) is not None:
                _give_clause(out, text, s0, m.start(), speaker, m.start("sp"), m.end("sp"))


def _opening(text: str, close: int) -> int | None:
    """Where the words of a quote closing at ``close`` start: after the last quote mark
    opening a sentence before it, with no other double mark or line break between and
    eight characters at least."""
    lo = max(0, close - _QUOTE_REACH - 1)
    last = None
    for o in _OPENING.finditer(text, lo, close):
        last = o
    if last is None or close - last.end() < 8 or _INSIDE_BREAK.search(text, last.end(), close):
        return None
    return last.end()


def _clause_said(before: str) -> bool:
    """Is the sentence's part before ", said" a clause said rather than its speaker: no
    name or age closing an apposition ("His lawyer, Mirela Kola, said ..."), no relative
    on the subject ("Councillor X, who voted against, said ..."), some words to say."""
    last = before.rsplit(",", 1)[-1].split()
    if len(before.split()) < 4 or not last or _QUOTE_MARK.search(before):
        # (a quote's own attribution is the quote passes')
        return False
    return "," not in before or not (last[0].lower() in _RELATIVES or all(
        w[:1].isupper() or w[:1].isdigit() for w in last))
