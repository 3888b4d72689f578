"""Words reported by a noun or a set phrase: "reports by residents that ...", "calls from X
for ...", "as X put it", "in the words of X", texts printed whole after a line naming them."""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .lang.build import alt
from .spans import Document, trim_span
from .speakers import has_content_word
from .statement_quotes import _SPAN, _delivered_by
from .statement_record import _add
from .statement_shared import _dateline, _overlaps
from .statement_subjects import _SUBJECT_BAD, _clause_subject

_FROM_BY = (" from ", " by ")


def _noun_then_from_by(low: str, nouns: tuple[str, ...],
                       seps: tuple[str, ...] = _FROM_BY) -> bool:
    """Does ``low`` hold "<noun> from " or "<noun> by " (or "<noun>" and another of
    ``seps``) for one of ``nouns``? Asked at each " from " and " by " of the text (a few a
    document) instead of scanning the text once per noun or with a pattern that has no
    literal prefix: those per-document tests took about 2% of the English engines' time on
    the bench text (11 ms a megabyte, now 3)."""
    for sep in seps:
        i = low.find(sep)
        while i >= 0:
            if low.endswith(nouns, 0, i):
                return True
            i = low.find(sep, i + 1)
    return False


# "calls from a UN union Friday for a withdrawal", "warnings by aid groups that ...",
# "an appeal from the Red Crescent to donate blood": the source sits between "from" / "by"
# and the word that opens the demand; a time word before that word is not the source's.
_SPEECH_NOUN = re.compile(
    rf"\b(?:{alt(EN.SPEECH_NOUNS)})\s+(?:from|by)\s+(?P<sp>[^,;:.!?\"“”()]{{2,60}}?)"
    rf"(?:\s+(?:on\s+)?(?:{alt((*EN.WEEKDAYS, *EN.RELATIVE_DAYS))}))?"
    r"\s+(?:for|that|to(?!\s+(?:the|a|an|his|her|its|their|this|that)\b))\s+"
)
# The demand ends with its clause: punctuation or a finite verb of the main clause.
_NOUN_CONTENT_END = re.compile(rf"[,;:!?\"“”()]|\s(?:{alt(EN.FINITE_AUXILIARIES)})\b")
_NOT_BEFORE_SUBJECT = frozenset((*EN.FINITE_AUXILIARIES, *EN.IRREGULAR_PAST))


def _demand_is_subject(before: str) -> bool:
    """True when only an article or an adjective precedes a demand in its sentence
    ("Renewed calls from ...", "The calls from ..."), so the demand is the subject; a verb
    there ("Rebels drew calls from ...", "Brant renewed calls") makes it an object."""
    words = before.split()
    if len(words) > 2 or any(not w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    return not any(w.lower() in _NOT_BEFORE_SUBJECT or (k > 0 and w.endswith("ed"))
                   for k, w in enumerate(words))


# ... then a finite verb of the main clause ends it: an auxiliary, a common irregular past
# or a regular one (not a participle before its agent: "troops held by rebels").
_NOUN_SUBJECT_END = re.compile(
    rf"[,;:!?\"“”()]|\s(?:{alt((*EN.FINITE_AUXILIARIES, *EN.IRREGULAR_PAST))}"
    r"|[a-z]{3,}ed(?!\s+by\b))\b"
)
# Participles and adverbs right after a clause's auxiliary: its own verb group.
_VERB_GROUP = re.compile(r"(?:\s+(?:[a-z]+(?:ed|en|ing|ly)|been|being|not))+\b")

_REPORT_NOUN = re.compile(
    rf"\b(?:{alt(EN.REPORT_NOUNS)})\s+(?:from|by)\s+(?P<sp>[^,;:.!?\"“”]{{2,60}}?)"
    r"\s+that\s+(?P<w>[^;:!?\"“”]+?)"
    r"(?=\s*(?:[.;:!?\"“”]|,\s*(?:but|and|while|although|though|as|which)\b|$))",
    re.IGNORECASE)


def _report_nouns(doc: Document, out: list[dict[str, object]]) -> None:
    text = doc.text
    for m in _REPORT_NOUN.finditer(text):
        s0 = doc.sentence_start(m.start())
        if _demand_is_subject(text[s0:m.start()]):
            continue  # "Claims by the rebels that ... were denied": the clause runs on
        a, b = trim_span(text, m.start("sp"), m.end("sp"))
        if not has_content_word(text[a:b]) or " that " in text[a:b] or (
                m.group("w").split(None, 1)[0].lower() in _NOT_BEFORE_SUBJECT) or _overlaps(
                [(int(o["start"]), int(o["end"])) for o in out], m.start("w"), m.end("w")):  # type: ignore[call-overload]
            continue
        _add(out, text, m.start("w"), m.end("w"), text[a:b])
    out.sort(key=_SPAN)


def _speech_nouns(doc: Document, out: list[dict[str, object]]) -> None:
    """Demands and warnings reported by a noun: "drew calls from X for Y" -> X said Y."""
    text = doc.text
    for m in _SPEECH_NOUN.finditer(doc.low):
        a, b = trim_span(text, m.start("sp"), m.end("sp"))
        if not has_content_word(text[a:b]) or _overlaps(
                [(int(o["start"]), int(o["end"])) for o in out], m.start(), m.end()):  # type: ignore[call-overload]
            continue
        i = bisect_left(doc.starts, m.end() + 1) - 1
        s1 = doc.sentences[i].end if i >= 0 else len(text)
        s0 = doc.sentences[i].start if i >= 0 else 0
        dl = _dateline(text, s0, m.start())
        s0 = dl.end() if dl else s0
        # "Calls from X for a truce went unanswered": a demand that opens its sentence is
        # the subject, so the main clause's verb (not only an auxiliary) ends it.
        end_rx = _NOUN_SUBJECT_END if _demand_is_subject(text[s0:m.start()]) else (
            _NOUN_CONTENT_END)
        stop = end_rx.search(text, m.end(), s1)
        if stop and m.group().endswith("that ") and stop.group()[0].isspace():
            # the clause's own verb, with its participles ("that the road was mined")
            group = _VERB_GROUP.match(text, stop.end(), s1)
            stop = end_rx.search(text, group.end() if group else stop.end(), s1)
        _add(out, text, m.end(), stop.start() if stop else s1, text[a:b])


# "As Brant put it, ...", "The war, as Brant put it, is not over", "..., as Brant put it.":
# the speaker's words are the clause the phrase is attached to.
_AS_PUT_IT = re.compile(
    r"(?<![\w'’])(?:[Aa]s)\s+(?P<sp>[^,;:.!?\"“”]{2,60}?)\s+(?:has\s+|had\s+)?put\s+it\b"
)


def _as_put_it(doc: Document, out: list[dict[str, object]]) -> None:
    text = doc.text
    for m in _AS_PUT_IT.finditer(text):
        sp = m.group("sp").strip()
        if not has_content_word(sp) or len(sp.split()) > 8:
            continue
        sent = doc.sentences[bisect_left(doc.starts, m.start() + 1) - 1]
        dl = _dateline(text, sent.start, sent.end)
        s0, s1 = (dl.end() if dl else sent.start), sent.end
        after = _THAT_AFTER.match(text, m.end(), s1) or re.compile(r"\s*,\s*").match(
            text, m.end(), s1)
        if not text[s0:m.start()].strip():  # opens the sentence: the words follow
            if after:
                _add(out, text, after.end(), s1, sp)
            continue
        if not text[s0:m.start()].rstrip().endswith(","):
            continue
        par = _parenthetical(text, s0, m.start(), m.end(), s1)
        if par:  # set inside the clause
            if _add(out, text, s0, s1, sp):
                _mark_gap(out[-1], text, *par)
        elif not text[m.end():s1].strip(" .!?"):  # closes the sentence: the words precede
            _add(out, text, s0, m.start(), sp)


# "In his words, the protests had been hijacked.", "In the words of one aid worker, ...":
# a sentence opened so gives its speaker the rest of the sentence; "his" stands for the
# latest person, as "he" does (the pronouns are resolved later).
_IN_WORDS = re.compile(
    r"(?<![\w'’])[Ii]n\s+(?:(?P<p>his|her|their)\s+(?:own\s+)?words"
    r"|the\s+words\s+of\s+(?P<sp>[^,;:.!?\"“”]{2,60}?))\s*,\s*")
_POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "their": "they"}


def _in_words(doc: Document, out: list[dict[str, object]]) -> None:
    text = doc.text
    for m in _IN_WORDS.finditer(text):
        sent = doc.sentences[bisect_left(doc.starts, m.start() + 1) - 1]
        dl = _dateline(text, sent.start, sent.end)
        if text[(dl.end() if dl else sent.start):m.start()].strip():
            continue  # only a sentence it opens: "He chose, in his words, to wait" is left
        sp = m.group("sp")
        if sp is not None and not (has_content_word(sp) and len(sp.split()) <= 8):
            continue
        _add(out, text, m.end(), sent.end,
             sp.strip() if sp is not None else _POSSESSIVE_SUBJECT[m.group("p")])


# A text printed whole after a line that says so (round 50): one quote mark opens its
# first paragraph and one closes its last, none between.
_FULL_TEXT = re.compile(r"\n[ \t]*[\"“](?P<q>[^\"“”]{20,5000}?)[\"”][ \t]*(?=\n|$)")
_FULL_TEXT_CUE = re.compile(rf"\b(?i:{alt(EN.FULL_TEXT_CUES)})\b[^\n]*$")
_TEXT_GIVER = re.compile(
    rf"\s(?P<v>{alt(EN.TEXT_GIVING_VERBS)})\s+(?:a|an|the|its|their|his|her)\s+"
    rf"(?:[a-z]+\s+)?(?:{alt(EN.DELIVERED_TEXT_NOUNS)})\b")


def _full_texts(text: str, out: list[dict[str, object]]) -> None:
    """ "The family of Lukas Brenner ... read a statement to reporters. The full text
    follows." then a quote over several paragraphs: one direct quote of the one who gave
    the text (the sources it names inside keep entries of their own)."""
    for m in _FULL_TEXT.finditer(text):
        qs, qe = m.span("q")
        if "\n" not in text[qs:qe] or _read_already(out, qs):
            continue  # one paragraph is any other quote's
        l0 = text.rfind("\n", 0, m.start()) + 1
        if not _FULL_TEXT_CUE.search(text, l0, m.start()):
            continue
        giver = _TEXT_GIVER.search(text, l0, m.start())
        if giver is None:
            continue
        dl = _dateline(text, l0, giver.start())
        start = dl.end() if dl else l0
        comma = text.find(",", start, giver.start())
        # the subject before its description in commas ("The family of Lukas Brenner, a
        # German water engineer kidnapped ..., read a statement"), else the clause's
        a, b = trim_span(text, start, comma) if comma > start else _clause_subject(
            text, start, giver.start(), False)
        if b > a and text[a:a + 1].isupper() and len(text[a:b].split()) <= 8:
            _add(out, text, qs, qe, text[a:b])
    out.sort(key=_SPAN)


def _delivering_line(text: str, qs: int) -> str | None:
    """The one who gave the quote that opens its paragraph at ``qs``, as the line before it
    says ("Below is the statement read by her lawyer, Ines Varga.")."""
    q = qs - 1 if qs > 0 and text[qs - 1] in "\"“" else qs
    p0 = text.rfind("\n", 0, q)
    if p0 <= 0 or text[p0 + 1:q].strip():
        return None
    while p0 > 0 and not text[text.rfind("\n", 0, p0) + 1:p0].strip():
        p0 = text.rfind("\n", 0, p0)  # the blank lines between
    return _delivered_by(text, text.rfind("\n", 0, p0) + 1, p0) if p0 > 0 else None


# "need the payments the government promised them in 2017": a noun, then the promiser and
# the verb with no "that" between (and no "to" or "that" after it: those open the words).
_PROMISED_NOUN = re.compile(
    r"\b(?P<w>\w+)\s+(?P<np>the\s+(?:(?!the\b)[a-z][\w-]*\s+){0,2}?(?!the\b)[a-z][\w-]*)\s+"
    r"(?P<sp>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
    r"(?:had\s+|has\s+)?(?P<v>" + alt(EN.PROMISING_PAST) + r")\b(?!\s+(?:to|that)\b)")
_PROMISE_VERB = re.compile(rf"\b(?:{alt(EN.PROMISING_PAST)})\b")
_HEARER_BEFORE = frozenset(EN.HEARER_BEFORE_VERBS)
_NO_NOUN_HEAD = frozenset((*EN.PREPOSITIONS, *EN.OPENING_PREPOSITIONS, *EN.OBLIGING_MODALS))
_WHEN_WORDS = frozenset((*EN.WEEKDAYS, *EN.MONTHS))


def _promised_nouns(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """"the payments the government promised them": the government's promise is the noun
    before it; what the verb reader made of the words after the verb goes (round 52)."""
    for v in _PROMISE_VERB.finditer(text):
        # (the pattern, which opens on any word, runs only in the 120 characters before a
        # promise verb: over the whole text it cost the round's speed)
        m = _PROMISED_NOUN.search(text, max(0, v.start() - 120), v.end() + 8)
        if m is None or m.end("v") != v.end():
            continue
        if m["w"].lower() in _HEARER_BEFORE or m["np"].rsplit(None, 1)[1] in _NO_NOUN_HEAD or (
                m["sp"].rsplit(None, 1)[-1].lower() in _WHEN_WORDS):
            # "told the villagers the government promised ...": a hearer; "who visited the
            # site on Tuesday promised": a time, no promiser
            continue
        v1 = m.end("v")
        # (the words after the verb, or the clause before the promiser, "The village got
        # the well [the Red Cross had promised]", are no words of the promise)
        out = [o for o in out if not (v1 <= int(o["start"]) <= v1 + 12 or (  # type: ignore[call-overload]
            m.start("np") < int(o["end"]) <= m.start("sp")))]  # type: ignore[call-overload]
        _add(out, text, m.start("np"), m.end("np"), m["sp"])
    return out


# "The rebels, the army said, had fled north": an attribution set off by commas inside the
# clause it reports. The host's subject stands before it; after it the predicate goes on
# in lower case, not a new subject or a conjunction ("..., the army said, the rebels ...").
_PAREN_HOST = re.compile(r"(?P<host>[^,;:\"“”()]{2,80}?)\s*,\s*")
# Between the attribution and its closing comma: when or where it was said, or a
# description of the speaker ("said Brant, the chief negotiator, would ...").
_PAREN_ADJUNCT = re.compile(
    r"(?:\s+(?:on|in|at|to|from|by|during|after|before|late|early|earlier|later)\b"
    r"|\s*,\s*(?:a|an|the)\s)[^,;:\"“”]{1,60}?(?=\s*,)"
)
_PAREN_CLOSE = re.compile(
    r"\s*,\s*(?!(?:and|but|or|nor|so|yet|the|a|an|he|she|they|it|we|i|you|this|that|these"
    r"|those|his|her|its|their|there|as|while|when|after|before|because|although|though"
    r"|adding|saying|according|who|which|where|with|without|in|on|at|for|to|from|by)\b)"
    r"(?=[a-z])"
)

# Function words that may open a host clause's subject: "What happens next, he said, ..."
_HOST_OPENERS = EN.SUBJECT_OPENING_FUNCTION_WORDS


def _parenthetical(text: str, c0: int, a: int, after: int, s1: int,
                   adjunct_only: bool = False) -> tuple[int, int] | None:
    """(end of the host's subject, start of its predicate) when the attribution from ``a``
    to ``after`` is set inside the clause it reports; None otherwise. ``adjunct_only``:
    only a host clause that goes on with an adjunct ("..., she says, from the stall")."""
    # (the host's words end with a comma: without one in them there is no host)
    host = _PAREN_HOST.fullmatch(text, c0, a) if text.find(",", c0, a) >= 0 else None
    if not host:
        return None
    words = host.group("host").split()
    first = words[0].lower() if words else ""
    if not 0 < len(words) <= 8 or (first in EN.FUNCTION_WORDS and first not in _HOST_OPENERS) or (
            first in EN.PREPOSITIONS or _SUBJECT_BAD.search(host.group("host"))):
        return None  # "Meanwhile, the army said, ..." / "On Monday, ...": no subject
    adjunct = _PAREN_ADJUNCT.match(text, after, s1)  # "said on state television late"
    at = adjunct.end() if adjunct else after
    close = None if adjunct_only else _PAREN_CLOSE.match(text, at, s1)
    if adjunct_only and len(words) >= 3 and (
            text.startswith(",", at) or text.startswith(" ,", at)) and (
            adjunct_close := _PAREN_CLOSE_ADJUNCT.match(text, at, s1)):
        # (round en196) "She bought bread, she says, from the stall where ...": a host
        # that is a clause of its own goes on with an adjunct, no predicate; the words
        # are the whole sentence around the attribution
        return host.end("host"), adjunct_close.end()
    return (host.end("host"), close.end()) if close else None


# After a host clause's attribution: an adjunct that goes on with the clause ("..., she
# says, from the stall where ...", "..., he said, because the road was closed").
_PAREN_CLOSE_ADJUNCT = re.compile(
    rf"\s*,\s*(?=(?:{alt(EN.CLAUSE_GOING_ON_ADJUNCTS)})\s+[a-z\d])")


def _mark_gap(o: dict[str, object], text: str, g0: int, g1: int) -> None:
    """Record the attribution inside a statement's span: ``gap`` (its offsets) and
    ``words``, the attributed words without it (the span itself stays one substring)."""
    s, e = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
    if s < g0 < g1 < e:
        o["gap"] = (g0, g1)
        o["words"] = f"{text[s:g0]} {text[g1:e]}"


_THAT_AFTER = re.compile(r"\s*,?\s*that\s+")


def _read_already(out: list[dict[str, object]], at: int) -> bool:
    return any(int(o["start"]) <= at < int(o["end"]) for o in out)  # type: ignore[call-overload]


# A text reproduced whole after its verb of wording: 'The text of one leaflet shared by
# activists read in full: "..."', 'The note reads as follows: "..."'.
_GIVEN_WHOLE = re.compile(
    r"\s+(?:read|reads)\s+(?:in\s+full|as\s+follows)\s*:\s*[\"“](?P<q>[^\"“”\n]{3,3000})[\"”]")
# Where the text's own noun phrase ends: how it came to the reporter, or a relative.
_GIVEN_WHOLE_CUT = frozenset((*EN.SHARING_PARTICIPLES, *EN.MEDIUM_PARTICIPLES,
                              *EN.RELATIVE_PRONOUNS, *EN.TEXT_ACQUIRING_PARTICIPLES))


def _texts_given_whole(text: str, out: list[dict[str, object]]) -> None:
    """A text printed whole after "read in full:" / "reads as follows:" is one quote, and
    its speaker is the text as the sentence names it (a leaflet, a note, a text of one):
    it shows the words it carries, as a caption does (round 51)."""
    for m in _GIVEN_WHOLE.finditer(text):
        dot = text.rfind(". ", 0, m.start())
        s0 = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        words: list[str] = []
        for w in text[s0:m.start()].split():
            if w.lower().strip(",") in _GIVEN_WHOLE_CUT or w.endswith(","):
                words.append(w.rstrip(",")) if w.endswith(",") else None
                break
            words.append(w)
        if not words or not words[0][:1].isupper() or len(words) > 8:
            continue
        qs, qe = m.span("q")
        if any(int(o["start"]) <= qs and qe <= int(o["end"]) for o in out):  # type: ignore[call-overload]
            continue  # read already, whole
        if _add(out, text, qs, qe, None, one_word=True):
            out[-1]["speaker"] = " ".join(words)


# The cues of _SPEECH_NOUN: substrings one of which every match holds (written with one
# space, as news text is). The pattern has no literal prefix, so it runs only where one of
# them occurs. Looked for by _noun_then_from_by; the tuple is its plain statement, which the
# tests compare it with.
_SPEECH_NOUN_CUES = tuple(f"{w} {p} " for w in EN.SPEECH_NOUNS for p in ("from", "by"))
_SPEECH_NOUN_HEADS = tuple(sorted(EN.SPEECH_NOUNS))

# "could not confirm reports by residents that soldiers had looted ...": an account given
# by a noun, its source after "by" / "from", its content after "that".
# (the cue as a pattern: the plain test _noun_then_from_by is checked against)
_REPORT_NOUN_CUE = re.compile(rf"(?:{alt(EN.REPORT_NOUNS)}) (?:from|by) ")
_REPORT_NOUN_HEADS = tuple(sorted(EN.REPORT_NOUNS))
