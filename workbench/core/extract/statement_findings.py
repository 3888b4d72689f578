"""A finding reported by the body that made it: "The Commission found that ...", "A
survey carried out in 62 villages found that ...", "In 2013 a review by the Enquiries Team
found that ...". An inquiry, survey, review or court finds by weighing evidence, so its
"found that" is read as its "concluded that" is; who found something by coming upon it
(a person, rescuers) reports nothing (round 72). A judge named with the title rules, and
"It" after a sentence of the body's research ("The group interviewed 31 prisoners. It
found that ...") is that body (round en156)."""

from __future__ import annotations

import re
from operator import itemgetter

from .fronted_time import fronted_time_end
from .lang import en as EN
from .lang.build import alt
from .speakers import PRONOUNS, backward_np, has_content_word
from .statement_shared import _clause_floor

# The verb and its clause: "found that", "has found that", "finds that"; not a relative
# "that" ("found that was ..." is no clause of its own).
_FOUND_THAT = re.compile(
    rf"\b(?P<v>found|finds)[ \t]+that[ \t]+(?!(?:{alt(EN.RELATIVE_THAT_VERBS)})\b)(?=[\w\"“])")
# The body before the verb: an article, up to two modifiers, the noun, then what tells
# which one it is ("by Amnesty International", "carried out in March"), no clause break.
_BODY_BEFORE = re.compile(
    rf"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+(?:[\w'’\-]+[ \t]+){{0,2}}?"
    rf"(?i:{alt(EN.FINDING_BODIES)})\b(?P<rest>[^,;:.!?\"“”\n]*?)"
    rf"(?:[ \t]+(?:{alt(EN.SUBJECT_VERB_GAP_WORDS)}))*[ \t]*$")
# A year fronted before the body: "In 2013 a review ...", "In March 2024, the panel ...".
_FRONTED_YEAR = re.compile(r"(?:In|By|Since)[ \t]+(?:[A-Z][a-z]+[ \t]+)?\d{4},?[ \t]+")
_REST_WORDS = 12
_NO_REST_WORDS = frozenset(EN.NON_SUBJECT_WORDS)
_LEADS = frozenset(EN.FINDING_LEADS)
_HINTS = (" found that ", " finds that ")


def _body(text: str, floor: int, at: int) -> str | None:
    """The finding body that is the subject of the verb at ``at``, or None."""
    m = _BODY_BEFORE.search(text, max(floor, at - 120), at)
    if not m or m.start() < floor:
        return None
    rest = m.group("rest").split()
    if len(rest) > _REST_WORDS or any(w.lower() in _NO_REST_WORDS for w in rest):
        return None  # "the survey that residents say found ...": a clause in between
    year = _FRONTED_YEAR.match(text, floor, m.start())
    opens = year.end() if year else fronted_time_end(text, floor, m.start())
    lead = text[opens:m.start()].strip(" \t,")
    if lead and lead.split()[-1].lower() not in _LEADS:
        return None  # "Residents who read the report found that ...": not its subject
    return text[m.start():m.end()].strip()


def findings(text: str) -> list[tuple[int, str]]:
    """Where each reported finding's clause opens, with the body that found it."""
    if not any(map(text.__contains__, _HINTS)):
        return []
    found = []
    for m in _FOUND_THAT.finditer(text):
        at = m.start("v")
        floor = _finding_floor(text, at)
        body = (_body(text, floor, at) or _monitor(text, floor, at) or _judge(text, floor, at)
                or _researcher(text, floor, at))
        if body:
            found.append((m.end(), _strip_gap(body)))
    return found


# A quoted sentence closed by its own stop and mark: '... of our house." Human Rights Watch
# found that ...' opens a new sentence after the mark (round en95), as a stop and a space do.
_QUOTE_END = re.compile(r"[.!?][\"”’][ \t]+")


def _finding_floor(text: str, at: int) -> int:
    """The start of the sentence holding ``at``, a closed quote before it ending one too."""
    floor = _clause_floor(text, at)
    ends = list(_QUOTE_END.finditer(text, floor, at))
    return ends[-1].end() if ends else floor


# A human rights group or monitor named by its own name, opening the clause: "Amnesty",
# "Human Rights Watch", "the Syrian Observatory for Human Rights" (round en90).
_MONITOR_NAME = re.compile(
    r"(?P<name>(?:[Tt]he[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:(?:of|for|the)[ \t]+)*[A-Z][\w'’\-]*)*)"
    rf"(?:[ \t]+(?:{alt(EN.SUBJECT_VERB_GAP_WORDS)}))*[ \t]*$")


def _monitor(text: str, floor: int, at: int) -> str | None:
    """A rights group or monitor, named, as the whole subject of "found that" at ``at``:
    its research finds as an inquiry's does ("Amnesty found that families who filed
    complaints faced threats"); police or rescuers who found something came upon it."""
    start = floor + len(text[floor:at]) - len(text[floor:at].lstrip(" \t\"“"))
    m = _MONITOR_NAME.fullmatch(text, start, at)
    if m is None or not any(w.lower() in EN.MONITOR_NAME_WORDS for w in m["name"].split()):
        return None
    return m["name"]


# One judge named with the title, as the whole subject: "Judge Kavita Rao found that",
# "Presiding judge Ana Lopes has found that" (round en156). The name is the speaker.
_JUDGE = re.compile(
    rf"(?:(?i:{alt(EN.JUDGE_TITLE_WORDS)})[ \t]+)?[Jj]udge[ \t]+"
    r"(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3})"
    rf"(?:[ \t]+(?:{alt(EN.SUBJECT_VERB_GAP_WORDS)}))*[ \t]*")
_RESEARCH = re.compile(rf"\b(?:{alt(EN.RESEARCH_VERBS)})\b")


def _opening(text: str, floor: int, at: int) -> int:
    """Where the clause's own words open after ``floor``: past spaces and a quote mark."""
    return floor + len(text[floor:at]) - len(text[floor:at].lstrip(" \t\"“"))


def _judge(text: str, floor: int, at: int) -> str | None:
    """The name of a judge titled as such who is the whole subject of "found that"."""
    m = _JUDGE.fullmatch(text, _opening(text, floor, at), at)
    return m["name"] if m else None


def _researcher(text: str, floor: int, at: int) -> str | None:
    """ "It" as the whole subject, right after a sentence that tells the research a body
    did ("The league interviewed 48 riders."): the pronoun, which the pronoun pass gives
    the body it stands for (``name_research_it`` then mends what it leaves unnamed). A
    thing's "it found" (a search, a patrol) stays unread."""
    words = text[_opening(text, floor, at):at].split()
    if not words or words[0] != "It" or any(
            w.lower() not in EN.SUBJECT_VERB_GAP_WORDS for w in words[1:]) or floor < 2:
        return None
    before = _clause_floor(text, floor - 2)
    return "It" if _RESEARCH.search(text, before, floor) or _document_teller(
        text, before, floor) else None


# (round en200) A document that told in the sentence before: "..., the report says, and
# ...", "The inquiry said ...", "..., the investigation found." Its "It found that ..." /
# "It found no evidence that ..." next is the document's finding, as a research body's is.
_DOCUMENT_TELLER = re.compile(
    rf"\b[Tt]he[ \t]+(?:[\w'’\-]+[ \t]+){{0,2}}?(?:{alt(EN.FINDING_BODIES)})[ \t]+"
    rf"(?:{alt(EN.DOCUMENT_TELLING_VERBS)})\b")


def _document_teller(text: str, start: int, end: int) -> bool:
    """Does the sentence in [start, end) tell through a report, inquiry or the like?"""
    return _DOCUMENT_TELLER.search(text, start, end) is not None


def _research_subject(text: str, at: int) -> str | None:
    """The subject of the research sentence before the "It found that" at ``at``: the
    words that open it before the research verb ("The league", "The 34-page report")."""
    floor = _clause_floor(text, at)
    before = _clause_floor(text, floor - 2)
    m = _RESEARCH.search(text, before, floor)
    subject = m and _RESEARCH_SUBJECT.fullmatch(text, before, m.start())
    return subject["np"] if subject else None


def name_research_it(text: str, out: list[dict[str, object]], clauses: list[int]) -> None:
    """After the pronoun pass: the words of an "It found that" (opening at one of
    ``clauses``) it left with no speaker, or gave a body named only as "a ..." (the lede's
    "said in a report"), take the subject of the research sentence ("The association
    examined 40 files. It found that ...": the association)."""
    # (the entries by their start, so that each clause looks at its own few, not at every
    # entry of a long report)
    by_start: dict[int, list[tuple[int, dict[str, object]]]] = {}
    for i, o in enumerate(out):
        by_start.setdefault(int(o["start"]), []).append((i, o))  # type: ignore[call-overload]
    for at in clauses:
        for _, o in sorted((e for d in range(3) for e in by_start.get(at + d, ())),
                           key=itemgetter(0)):
            sp = o["speaker"]
            if sp is None or str(sp).lower().startswith(("a ", "an ", "it")):
                o["speaker"] = _research_subject(text, at) or sp


# The subject of the research sentence: a few words that open it, then the verb ("The
# league", "The 34-page report is", "The LDH has").
_RESEARCH_SUBJECT = re.compile(
    r"[ \t]*(?P<np>[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-()]+){0,5}?)"
    r"(?:[ \t]+(?:is|was|has|have|had|also))*[ \t]+")


def _strip_gap(body: str) -> str:
    """The body without the auxiliaries before the verb ("has", "also")."""
    words = body.split()
    while words and words[-1].lower() in EN.SUBJECT_VERB_GAP_WORDS:
        words.pop()
    return " ".join(words)


# What an investigating source found, or did not find, to hold (round en86): "Amnesty
# International found no evidence that any of the dead were armed". The evidence it weighed
# is its finding, as "concluded that" is, and the words open at the evidence noun.
_FOUND_EVIDENCE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<sp>[A-Z][^.,;:!?\"“”\n]{1,80}?)[ \t]+"
    r"(?:(?:has|have|had)[ \t]+)?(?:found|finds)[ \t]+"
    rf"(?P<w>(?:(?:{alt(EN.EVIDENCE_AMOUNTS)})[ \t]+)?evidence[ \t]+that[ \t][^!?\n]*?)"
    r"(?=\.(?:[ \t]|$)|\n|$)")


def evidence_findings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, source) of each "X found no evidence that ...": X, a source named by
    its noun phrase (not a pronoun), opens the sentence."""
    if "evidence that" not in text:
        return []
    found = []
    for m in _FOUND_EVIDENCE.finditer(text):
        a, b = backward_np(text, m.end("sp"), floor=m.start("sp"))
        source = text[a:b]
        if source == "It" and a == m.start("sp") and b == m.end("sp") and (
                m.start("sp") >= 2 and _document_teller(
                    text, _clause_floor(text, m.start("sp") - 2), m.start("sp"))):
            # (round en200) "..., the report says. It found no evidence that ...": the
            # document that told just before, which the pronoun pass names
            found.append((m.start("w"), m.end("w"), source))
            continue
        if a != m.start("sp") or b != m.end("sp") or source.lower() in PRONOUNS or (
                not has_content_word(source)):
            continue  # "Rescuers who reached the site found ...": no source's name alone
        found.append((m.start("w"), m.end("w"), source))
    return found
