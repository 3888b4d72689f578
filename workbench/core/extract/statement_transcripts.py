"""Paragraphs that speak for a labelled speaker: transcript and interview labels ("OKELLO:",
"Q:", "A:"), the speaker a heading names, and the writer's own first person."""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .lang.build import alt
from .spans import Document
from .statement_persons import _person_subject
from .statement_record import _add

# A paragraph opened by a speaker's label ("OKELLO:", "A:", "Minister (via translator):"):
# its first person is the label's, not the writer's.
_PARAGRAPH_LABEL = re.compile(r"[ \t]*[A-Z][\w'’.\- ]{0,40}(?:\([^()\n]{1,40}\))?:[ \t]")


def _own_voice(text: str, pos: int) -> bool:
    """True when ``pos`` is outside every quotation of its paragraph and the paragraph
    opens with no speaker's label: a first person there is the writer's."""
    para = text.rfind("\n", 0, pos) + 1
    seg = text[para:pos]
    if seg.count('"') % 2 or seg.count("“") > seg.count("”"):
        return False
    return not _PARAGRAPH_LABEL.match(text, para, pos)


def _own_text(speaker: object) -> bool:
    """Is ``speaker`` a text naming itself ("This paper", "this article")?"""
    if not isinstance(speaker, str) or speaker[:5] not in ("this ", "This "):
        return False
    words = speaker.split()
    return len(words) == 2 and words[1].lower() in EN.OWN_TEXT_NOUNS


# Round 71: an earlier issue of the document's own series, named by its place in the series
# ("The previous flash update", "An earlier post") or by its number ("Situation Report No.
# 1"), then a count opening its words.
_ISSUE = rf"(?:{alt(EN.SERIES_ISSUE_PHRASES)}|{alt(EN.SERIES_ISSUES)})"
_EARLIER_ISSUE = re.compile(
    rf"(?:(?:the|an?)\s+(?:{alt(EN.EARLIER_ISSUE_ADJECTIVES)})\s+{_ISSUE}"
    rf"|{_ISSUE}\s+(?:no\.?|number|#)\s*\d+)", re.IGNORECASE)
_COUNT_OPENS = re.compile(rf"(?:\d[\d,]*|(?i:{alt((*EN.UNITS, *EN.TENS))}))\b")


def _earlier_issue(entry: dict[str, object]) -> bool:
    """Is ``entry`` an earlier issue of the document's series giving its figure ("Flash
    Update No. 1 had reported 19 deaths"): the document's own voice, as the sets read it."""
    sp, words = entry["speaker"], entry.get("text")
    return isinstance(sp, str) and isinstance(words, str) and bool(
        _EARLIER_ISSUE.fullmatch(sp)) and bool(_COUNT_OPENS.match(words))


# A reactions roundup's heading on the line before a quote (round 43): "GOVERNMENT
# SPOKESMAN ALI BARRY, ON STATE RADIO:", "AMNESTY INTERNATIONAL:", "Ned Hale, spokesman
# for the mission:". The speaker is the heading up to a comma that opens where or how it
# was said, or a clause on the speaker ("ON STATE RADIO", "WHOSE TEAM ...").
_HEADING_LINE = re.compile(r"[ \t]*[-–—•*]?[ \t]*(?P<h>[A-Z][^\n:.!?\"“”]{1,100}):[ \t]*\n[ \t]*$")
_HEADING_ASIDE = re.compile(rf",\s*(?:{alt(EN.HEADING_ASIDES)})\b.*$", re.IGNORECASE)
_HEADING_WORDS = 14
_HEADING_NOT_SPEAKERS = frozenset(EN.HEADING_NOT_SPEAKERS)


def _heading_speaker(text: str, qs: int) -> str | None:
    """The speaker a roundup's heading gives the quote opening at ``qs`` on the next line,
    or None: a heading in capitals, or a line that names a source by a title or a noun of
    those who speak."""
    q = qs - 1 if qs > 0 and text[qs - 1] in "\"“" else qs
    line_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, q)))
    m = _HEADING_LINE.fullmatch(text, line_start + 1, q)
    if m is None:
        return None
    head = m.group("h").strip()
    if len(head.split()) > _HEADING_WORDS:
        return None
    if not head.isupper() and _LABEL_OPENERS.isdisjoint(
            w.strip(",").lower() for w in head.split()):
        return None  # "Reactions to the attack:": a heading that names no one
    if head.split(None, 1)[0].lower().rstrip(".,") in _HEADING_NOT_SPEAKERS:
        return None  # "WHAT THEY SAID:", "UPDATE:": a section, no one who speaks
    return _HEADING_ASIDE.sub("", head).strip(" ,") or None


# A transcript's speaker label at the start of a body line, set in capitals: "COLONEL
# BRANDT: We lost two vehicles." Only a title or a source noun opens it, so a dateline
# in capitals ("KABUL: ...") stays a place.
_TRANSCRIPT_LABEL = re.compile(
    r"^(?P<sp>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]*){0,3})"
    # a broadcast's recorded speech marked after the name (round 43): "OKELLO (CLIP):",
    # "MBEKI (VOICE-OVER):", "KALALA (through interpreter):"
    rf"(?:[ \t]*\((?P<clip>{alt(EN.CLIP_MARKS)})\))?"
    r"[ \t]*:[ \t]+(?P<c>[^\n]{8,})",
    re.MULTILINE)
_LABEL_OPENERS = frozenset((*EN.TITLES, *EN.SPEAKER_NOUNS))


# What a label's line opens with (its first two characters), at the text's start or after
# a line break: the pattern, anchored at every line start, is tried at each position of the
# text; this one jumps from line break to line break in C (most texts have no label).
_LABEL_START = re.compile(r"[A-Z][A-Z.'’\-]")
_LABEL_LINE = re.compile(r"\n[A-Z][A-Z.'’\-]")


def _transcript_labels(text: str, h1: int, out: list[dict[str, object]]) -> None:
    if not (_LABEL_LINE.search(text) or _LABEL_START.match(text)):
        return
    earlier = _EarlierNames(text)
    for m in _TRANSCRIPT_LABEL.finditer(text, h1):
        speaker: str | None = m.group("sp")
        if speaker.split()[0].rstrip(".").lower() not in _LABEL_OPENERS:
            # "MBEKI: ...": a surname alone is a label only when the transcript named its
            # bearer in full before ("... is Dr. Aline Mbeki of ..."); else a place (a
            # clip's mark says a person speaks: the label stays when no name is found)
            speaker = _named_before(earlier, speaker, m.start()) or (
                speaker if m.group("clip") else None)
            if speaker is None:
                continue
        c0, c1 = m.span("c")
        if text[c0:c1].rstrip().endswith("?"):
            continue  # "MWANGI: How many inmates have died?": a question reports nothing
        inside = [o for o in out if int(o["start"]) < c1 and c0 < int(o["end"])]
        if inside and all(str(o["speaker"]).lower() in _FIRST_PERSON for o in inside):
            # "MWANGI: We estimate about 60. We believe ...": the label's bearer speaks
            # the whole answer; his own "we estimate" is no second attribution in it
            out[:] = [o for o in out if o not in inside]
            inside = []
        if not inside:
            _add(out, text, c0, c1, speaker)


_FIRST_PERSON = EN.FIRST_PERSON_SUBJECTS

# An interview printed as questions and answers: "Q: ..." and "A: ..." at the start of
# body lines.
_ANSWER_LINE = re.compile(r"^A:[ \t]+(?P<c>[^\n]{2,})", re.MULTILINE)
_QUESTION_LINE = re.compile(r"^Q:[ \t]", re.MULTILINE)

# The interviewee as the object of the introduction's verb: "We spoke to Dr. Farida Noori,
# who runs ...", "The Courier interviewed Samia Haddad by telephone": a name of two to four
# words (a title may open it), closed by a comma, a bracket or a lower-case word.
_INTERVIEWEE_OBJECT = re.compile(
    r"\b(?:(?:spoke|talked|speaks|talks)\s+(?:to|with)|interviewed)\s+(?=[A-Z])"
    r"(?P<n>(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})"
    r"(?=\s*[,(;.]|\s+[a-z])")


# Articles that open a subject naming no one in particular ("a lawyer", "an expert").
_UNNAMED_OPENERS = frozenset(EN.INDEFINITE_ARTICLES_EN214)


def _interview_answers(doc: Document, h1: int, out: list[dict[str, object]]) -> None:
    """Each "A:" line is the words of the one the story's introduction brings in: the
    first person who is the subject of a sentence between the headline and the first
    "Q:" line ("Samia Haddad, who heads ..., spoke to The Courier ..."). With no such
    person the answers are left alone: an unnamed interviewee is nobody to the rules."""
    text = doc.text
    first_q = _QUESTION_LINE.search(text, h1)
    if first_q is None:
        return
    speaker = None
    for sent in doc.sentences[bisect_left(doc.starts, h1):]:
        if sent.start >= first_q.start():
            break
        speaker = _person_subject(text, sent)
        if speaker is not None and speaker.split(None, 1)[0].lower() in _UNNAMED_OPENERS:
            # (round en214) "Each week a lawyer answers readers' questions.": a column's
            # unnamed answerer, no interviewee the introduction names
            speaker = None
            break
        if speaker is not None:
            break
    if speaker is None and (met := _INTERVIEWEE_OBJECT.search(text, h1, first_q.start())):
        # "We spoke to Lucia Arbelaez, who heads ...": the one the writer spoke to, named
        # as the object of the introduction
        speaker = met.group("n")
    if speaker is None:
        return
    for o in out:
        if o["speaker"] is None and int(o["end"]) <= h1:
            o["speaker"] = speaker  # "Q&A: 'We clear a field ...'": the answers' words
    for m in _ANSWER_LINE.finditer(text, first_q.end()):
        c0, c1 = m.span("c")
        # the answer is the bearer's whole; his own "we believe" is none in it, and what
        # someone else told him ("He told us he had waited ...") stays nested in it
        out[:] = [o for o in out if not (int(o["start"]) < c1 and c0 < int(o["end"])
                                         and str(o["speaker"]).lower() in _FIRST_PERSON)]
        _add(out, text, c0, c1, speaker)


_LABEL_ENDING = re.compile(
    r"^(?P<sp>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]*){0,2}[ \t]+(?P<last>[A-Z]+))[ \t]*:",
    re.MULTILINE)
_FULL_NAME_END = re.compile(
    r"(?:\b(?:[A-Z][a-z]{1,4}\.\s+)?(?:[A-Z][\w'’\-]+\s+){1,2})$")


class _EarlierNames:
    """What ``_named_before`` looks up, found once per text: a live transcript with
    hundreds of labels asked for each of them from the text's start again, which made
    a long one quadratic. Each label stands at a line start (its pattern opens with
    "^"), so "before the label" is "starting before it": the earlier labels and names
    all end on the lines above."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._labels: list[tuple[int, str, str]] | None = None
        self._first: dict[str, re.Match[str] | None] = {}

    def labels(self) -> list[tuple[int, str, str]]:
        """(start, last word, whole label) of each label opened by a title or a source
        noun ("COL. DANIEL OKAFOR:"), in text order."""
        if self._labels is None:
            self._labels = [
                (full.start(), full.group("last"), full.group("sp"))
                for full in _LABEL_ENDING.finditer(self.text)
                if full.group("sp").split()[0].rstrip(".").lower() in _LABEL_OPENERS]
        return self._labels

    def first(self, word: str) -> re.Match[str] | None:
        """The first place the capitalised ``word`` stands as a word."""
        if word not in self._first:
            self._first[word] = re.search(rf"\b{word}\b", self.text)
        return self._first[word]


def _named_before(earlier: _EarlierNames, label: str, at: int) -> str | None:
    """The full name that ends in the one-word ``label`` ("MBEKI") earlier in the text
    ("Dr. Aline Mbeki") than the label's line starting at ``at``, or None."""
    if " " in label or not label.isalpha():
        return None
    for start, last, whole in earlier.labels():
        # a transcript's earlier label ending in the surname: "COL. DANIEL OKAFOR: ..."
        # and then "OKAFOR: ..."
        if start >= at:
            break
        if last == label:
            return whole
    m = earlier.first(label.capitalize())
    if m is None or m.start() >= at:
        return None
    text = earlier.text
    first = _FULL_NAME_END.search(text, max(0, m.start() - 40), m.start())
    if first is None or first.group().split()[0].lower() in _LABEL_STOP:
        return None
    return text[first.start():m.end()]


_LABEL_STOP = EN.NON_NAME_OPENERS
