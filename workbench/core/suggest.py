"""Store the engines' suggestions in a project, for the researcher to accept or reject.

A suggestion never duplicates an annotation of the same kind over the same words,
and never brings back one the researcher rejected or trashed. A toll repeated in
one document (headline and body) is stored once per mention, the later mention
linked to the first by a ``same_as`` link; a sub-group of a toll ("including five
children") is linked ``part_of`` it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workbench.core import clock
from workbench.core.anchoring import make_anchor
from workbench.core.changes import ChangeSet
from workbench.core.codebook import BUILTIN_KINDS, Codebook
from workbench.core.errors import ValidationError
from workbench.core.ops.annotations import new_row
from workbench.core.project import Project
from workbench.core.wording import counted

ORIGIN = "suggest"
SAME_AS = "same_as"  # one of codebook.LINK_TYPES: a repeated toll points at its first mention
PART_OF = "part_of"  # a sub-group ("including five children") points at its toll
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)]{1,60}\)\s*)?[-–—]")
# Nouns of a violent event a figure may count ("Monday's bombing", "the toll of the
# blast"); the incident suggestion's reporting lag reads the same nouns.
EVENT_NOUNS = (r"bombings?|blasts?|explosions?|attacks?|(?:air\s?)?strikes?|shelling|raids?|"
               r"clash(?:es)?|fighting|ambush|massacre|assault|bombardment|shooting")
# "Monday's bombing", "Sunday's attack on the market": the day names the event itself.
_EVENT_DAY_TAIL = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?(?:{EVENT_NOUNS})\b", re.I)
# ... but not an event the figure is set against ("killed on Tuesday, days after Friday's
# attack", "a day before Wednesday's planned strike"): another event, another day.
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:after|before|since|until|till|following|ahead\s+of|prior\s+to)\s+$", re.I)


@dataclass(frozen=True)
class Suggestion:
    kind: str
    start: int
    end: int
    fields: dict[str, Any]


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None and v != ""}


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return start, (m.start() + 1 if m else len(text))


def _is_dateline(text: str, date: dict) -> bool:
    # "PORT HALDEN, March 4 (Wire) -": the filing date, not when things happened.
    return bool(_DATELINE_TAIL.match(text, date["end"]))


def _date_in_sentence(text: str, dates: list[dict], pos: int,
                      counts: bool = False) -> dict | None:
    """The date a figure or statement happened on: news puts it after ("... on Monday")."""
    lo, hi = _sentence_of(text, pos)
    found = [d for d in dates if d.get("value") and lo <= d["start"] < hi]
    # A figure counts the event it names ("the toll rose to 14 on Tuesday from Monday's
    # bombing"): the day of the event, not the day the toll was told, is its date. A
    # statement keeps the day it was made.
    events = [d for d in found if counts and not d.get("until")
              and _EVENT_DAY_TAIL.match(text, d["end"])
              and not _OTHER_EVENT_BEFORE.search(text[max(0, d["start"] - 20):d["start"]])]
    if events:
        return min(events, key=lambda d: abs(d["start"] - pos))
    after = [d for d in found if d["start"] >= pos]
    if after:
        chosen = min(after, key=lambda d: d["start"])
    else:
        before = [d for d in found if not _is_dateline(text, d)]
        chosen = max(before, key=lambda d: d["start"]) if before else None
    # A span up to publication ("over the past week") is when it happened, but a figure's
    # one date and precision cannot hold it: no date beats its first day as a day, or
    # another date of the sentence (the day the figure was announced).
    return None if chosen is not None and chosen.get("until") else chosen


_LINE = re.compile(r"[^\n]+")
_LATIN = re.compile(r"[A-Za-z]")


def _main_language(text: str, language: str | None) -> str:
    """The document's language code as the engines read it ("en", "ar", or another
    code, read by the English engines as ``extract`` does)."""
    from workbench.core.extract.ar.normalise import is_arabic

    return (language or ("ar" if is_arabic(text) else "en")).lower().split("-")[0]


def _maybe_arabic(text: str) -> bool:
    data = text.encode("utf-8", "surrogatepass")
    return b"\xd8" in data or b"\xd9" in data


def other_passages(text: str, main: str) -> list[tuple[int, int]]:
    """Runs of whole lines written in the other of English and Arabic than ``main``
    (blank lines between them join a run): an Arabic paragraph quoted in an English
    report, an English caption in an Arabic one. A phrase of the other script inside a
    line is not a passage: its line goes to the main engines, as before. Only English
    and Arabic documents have such passages: Persian or Urdu lines are Arabic script
    but not Arabic, and the Arabic rules are not theirs."""
    from workbench.core.extract.ar.normalise import is_arabic

    if main not in ("en", "ar"):
        return []

    # No letter of the other script at all: nothing to look for line by line (0.7 s of
    # CPU for 4.5 MB of English with curly quotes). Arabic letters (U+0621-U+064A) are
    # encoded with a lead byte D8 or D9: two byte searches (9 ms) instead of a regex
    # over the text (0.25 s).
    if main == "en" and (text.isascii() or not _maybe_arabic(text)):
        return []
    if main == "ar" and _LATIN.search(text) is None:
        return []
    runs: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line = m.group()
        arabic = is_arabic(line)
        if (main == "en" and not arabic) or (main == "ar" and (
                arabic or _LATIN.search(line) is None)):
            continue
        if runs and not text[runs[-1][1]:m.start()].strip():
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append(m.span())
    return runs


def _shifted(item: dict[str, Any], by: int) -> dict[str, Any]:
    out = {**item, "start": item["start"] + by, "end": item["end"] + by}
    if isinstance(item.get("gap"), list):
        out["gap"] = [item["gap"][0] + by, item["gap"][1] + by]
    return out


def extract_mixed(text: str, published: str | None,
                  language: str | None = None) -> tuple[dict[str, list[dict[str, Any]]],
                                                        list[tuple[int, int]]]:
    """The engines of the document's language over the whole text, and the other
    language's engines over its passages (:func:`other_passages`); an item of the
    other engines is kept when no item of the same kind already covers its words.
    Returns the merged lists (each by start, offsets into ``text``) and the passages.

    Before, an English report quoting a whole Arabic paragraph ("قتل سبعة مدنيين...")
    got no suggestion from it: only the English rules ran, and they read no Arabic.
    """
    from workbench.core.extract import extract

    found = extract(text, published, language)
    main = _main_language(text, language)  # without a language, a pass over the text
    passages = other_passages(text, main)
    other = "en" if main == "ar" else "ar"
    for lo, hi in passages:
        more = extract(text[lo:hi], published, other)
        for kind, items in more.items():
            have = found.setdefault(kind, [])
            mains = {id(h) for h in have}
            for item in items:
                item = _shifted(item, lo)
                clash = [h for h in have
                         if h["start"] < item["end"] and item["start"] < h["end"]]
                # An item of the main engines wholly inside the passage read a language
                # that is not theirs (the Arabic rules find only "2018" in an English
                # line "Saturday 12 May 2018"): the passage's own engines' item replaces
                # it. One that reaches out of the passage is the main engines' to keep.
                if clash and all(id(h) in mains and lo <= h["start"] and h["end"] <= hi
                                 for h in clash):
                    have[:] = [h for h in have if not any(h is c for c in clash)]
                    clash = []
                if not clash:
                    have.append(item)
            have.sort(key=lambda d: (d["start"], d["end"]))
    return found, passages


def suggestions_for(text: str, published: str | None, language: str | None = None, *,
                    passages: list[tuple[int, int]] | None = None) -> list[Suggestion]:
    """Turn the engines' output into annotation kinds and codebook fields.

    ``language`` is the document's detected language: it picks the engines, and the
    other language's engines read its passages in the other script (added to
    ``passages`` when a list is given, for the caller to say so).
    """
    found, read = extract_mixed(text, published, language)
    if passages is not None:
        passages.extend(read)
    dates = found["dates"]
    out: list[Suggestion] = []
    for c in found["casualties"]:
        fields = {
            "outcome": c.get("outcome"),
            "count_low": c.get("count_low"),
            "count_high": c.get("count_high"),
            "qualifier": c.get("qualifier"),
            "group": c.get("group"),
            "raw": c.get("text"),
        }
        when = _date_in_sentence(text, dates, c["start"], counts=True)
        if when:
            fields["incident_date"] = when["value"]
            fields["date_precision"] = when.get("precision")
        out.append(Suggestion("casualty", c["start"], c["end"], _clean(fields)))
    for d in dates:
        # The date kind holds one date and a precision: a span up to publication is
        # marked for the researcher to resolve, not given a day it does not mean.
        resolved = {} if d.get("until") else {"value": d.get("value"),
                                              "precision": d.get("precision")}
        out.append(Suggestion("date", d["start"], d["end"], _clean(resolved)))
    for s in found["statements"]:
        speaker = s.get("speaker")
        fields = {"speaker": speaker, "attribution": "named" if speaker else "anonymous"}
        when = _date_in_sentence(text, dates, s["start"])
        if when:
            fields["date"] = when["value"]
            fields["date_precision"] = when.get("precision")
        out.append(Suggestion("statement", s["start"], s["end"], _clean(fields)))
    for c in found["claims"]:
        out.append(Suggestion("claim", c["start"], c["end"], _clean({
            "claimant": c.get("claimant"),
            "claim_type": c.get("claim_type"),
            "status": "unverified",
        })))
    return out


def repeated_tolls(text: str, suggestions: list[Suggestion],
                   codebook: Codebook | None = None) -> list[tuple[int, int]]:
    """Pairs (earlier, later) of indexes into ``suggestions``: the same toll said twice.

    News repeats a toll between headline and body ("Kills 9" ... "killing nine
    people"): same outcome and same count in different sentences of one
    document. Each repeat is paired with the first mention, at most one per
    sentence. Vague counts and single victims are left alone: "dozens" or "a
    soldier" twice are as likely to be two incidents as one.
    """
    cb = codebook or Codebook(list(BUILTIN_KINDS))
    counted = {k.name: k.roles for k in cb.kinds() if k.roles.has_counts}
    first: dict[tuple[Any, ...], int] = {}
    seen: set[tuple[tuple[Any, ...], tuple[int, int]]] = set()  # (toll, sentence) linked
    pairs: list[tuple[int, int]] = []
    for i, s in enumerate(suggestions):
        roles = counted.get(s.kind)
        if roles is None or s.fields.get(roles.qualifier or "") == "vague":
            continue
        low = s.fields.get(roles.count_low or "")
        if not isinstance(low, int) or low < 2:
            continue
        key = (s.kind, s.fields.get(roles.outcome or ""), low,
               s.fields.get(roles.count_high or ""))
        if key not in first:
            first[key] = i
            continue
        sentence = _sentence_of(text, s.start)
        # Two equal figures in one sentence are sub-groups ("4 guards and 4 drivers"):
        # only the first of them can be the repeat.
        if _sentence_of(text, suggestions[first[key]].start) != sentence and (
                (key, sentence) not in seen):
            seen.add((key, sentence))
            pairs.append((first[key], i))
    return pairs


# Words that open a sub-group of the toll just given: "12 people, including five
# children", "among them four women", "among those killed", "بينهم أربعة أطفال",
# "منهم 3 نساء", "وكان بين القتلى ستة أطفال".
_SUBGROUP_CUE = re.compile(
    r"(?:\b(?:includ(?:ing|ed|es|e)\b|among them|among whom|of whom|of them|"
    r"among (?:the|those) (?:dead|killed|wounded|injured|victims|casualties)\b)|"
    r"(?<![\w])(?:و?من\s+)?(?:بينهم|بينهن|منهم|منهن|"
    r"بين\s+(?:القتلى|الضحايا|الجرحى|المصابين))(?![\w]))", re.IGNORECASE)
# How far a cue may stand from the whole in its own sentence, and, when the part's
# sentence follows ("... killed 14 people. The dead included six children"), how long
# the whole's sentence may run on after it and how far into the next the cue may stand.
_CUE_NEAR, _RUN_ON, _CUE_OPENING = 40, 80, 40
_LISTED = re.compile(r"\s*(?:,|and|و)\s*")
# A sub-group whose cue follows it in the next sentence: "Six children were among the
# dead", "Six children and two women were among those killed".
_AMONG_AFTER = re.compile(
    r"(?:(?!\b(?:were|was)\b)[^.!?;\n]){0,40}?\b(?:were|was)\s+(?:also\s+)?among\s+"
    r"(?:the|those)\s+(?:dead|killed|victims|casualties|wounded|injured)\b", re.IGNORECASE)
# A figure whose own words hold a verb tells its own outcome ("Three soldiers were
# killed and two were among the wounded"): a cue after it is another group's.
_OWN_VERB = re.compile(r"\b(?:were|was|had|have|has|been|died|die|\w+ed)\b",
                       re.IGNORECASE)
# How many characters may stand between a next sentence's cue and its figure ("were").
_CUE_GAP = 12
_DEAD_SUBJECT = re.compile(
    r"\b(?:dead|killed|victims|casualties|fatalities|slain|wounded|injured)\b",
    re.IGNORECASE)


def sub_groups(text: str, suggestions: list[Suggestion],
               codebook: Codebook | None = None) -> list[tuple[int, int]]:
    """Pairs (whole, part) of indexes into ``suggestions``: a figure opened by a
    sub-group word right after a larger toll of the same outcome in its sentence
    ("killed 12 people, including five children") counts victims of that toll, and
    is linked ``part_of`` it so a tally does not add them twice."""
    cb = codebook or Codebook(list(BUILTIN_KINDS))
    counted = {k.name: k.roles for k in cb.kinds() if k.roles.has_counts}
    pairs: list[tuple[int, int]] = []
    prev: int | None = None
    for i, s in enumerate(suggestions):
        roles = counted.get(s.kind)
        if roles is None:
            continue
        if prev is not None:
            p, proles = suggestions[prev], counted[suggestions[prev].kind]
            whole_n = p.fields.get(proles.count_low or "")
            part_n = s.fields.get(roles.count_low or "")
            # A figure listed right after a part ("six children and two women") is
            # another part of the same toll.
            listed = bool(pairs) and pairs[-1][0] == prev and _LISTED.fullmatch(
                text[suggestions[pairs[-1][1]].end:s.start]) is not None
            if ((listed or _cue_between(text, p.end, s.start, s.end))
                    and p.fields.get(proles.outcome or "") == s.fields.get(roles.outcome or "")
                    and isinstance(whole_n, int) and isinstance(part_n, int)
                    and part_n <= whole_n):
                pairs.append((prev, i))
                continue  # the next sub-group ("and three women") is of the same toll
        prev = i
    return pairs


def _cue_between(text: str, whole_end: int, start: int, end: int) -> bool:
    """Whether a sub-group word joins the figure at ``start`` to the whole ending at
    ``whole_end``: in the whole's sentence, close after it ("killed 12 people, including
    five children") or opening the figure's own words ("included a teacher"); or opening
    the next sentence of the same paragraph ("killed 14 people. The dead included six
    children", "Among the dead were four police officers")."""
    between = text[whole_end:start]
    # The cue may open the part's own span ("dead included six children").
    lead = between + text[start:min(end, start + 20)]
    ends = list(_SENTENCE_END.finditer(between))
    if not ends:
        cue = _SUBGROUP_CUE.search(lead)
        return len(between) <= _CUE_NEAR and cue is not None and _dead_included(lead, cue)
    last = ends[-1]
    if len(ends) > 1 or "\n" in last.group() or last.start() > _RUN_ON:
        return False
    opening = lead[last.end():]
    found = _SUBGROUP_CUE.search(opening)
    if found is None or found.start() > _CUE_OPENING:
        # The cue after the figure, the figure opening its sentence (perhaps after
        # other parts listed before it: "Six children and two women were among ...").
        return (len(between) - last.end() <= _CUE_OPENING
                and _OWN_VERB.search(text, start, end) is None
                and _AMONG_AFTER.match(text, end) is not None)
    # In the next sentence the cue must lead straight to the figure ("The dead included
    # six children"), not to a clause of its own before another toll ("The convoy
    # included 12 trucks, and six people were killed"), and "included" must have the
    # dead as its subject.
    figure_at = len(opening) - len(text[start:min(end, start + 20)])
    gap = opening[found.end():figure_at]
    if len(gap) > _CUE_GAP or any(mark in gap for mark in ",;،؛"):
        return False
    return _dead_included(opening, found)


def _dead_included(lead: str, cue: re.Match[str]) -> bool:
    """Whether a cue is a sub-group word of the dead: "included" as a verb needs them as
    its subject ("the dead included", "those killed included"); "the convoy included
    12 trucks" or "the attackers included 5 gunmen" name no victims of the toll."""
    word = cue.group().lower()
    if not word.startswith("includ") or word == "including":
        return True
    return _DEAD_SUBJECT.search(lead[:cue.start()]) is not None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def suggest_documents(project: Project, doc_ids: Iterable[int] | None = None) -> ChangeSet:
    """Add suggestions to the given documents (all when None), in one undoable step."""
    ids = list(doc_ids) if doc_ids is not None else [d["id"] for d in project.repo.documents()]
    with project.write("suggest") as tx:
        read = suggest_in(project, tx, ids)
    tx.changeset.result = read
    return tx.changeset


def suggest_in(project: Project, tx: Any, doc_ids: Iterable[int]) -> list[tuple[int, str, int]]:
    """Add suggestions to the given documents inside the write ``tx`` (a re-import adds
    its new text's in its own write, so that one undo takes both back). Returns which
    rules read each document: (doc id, "en" or "ar", passages read by the other
    language's rules), for the caller to say (``workbench suggest`` prints it)."""
    read: list[tuple[int, str, int]] = []
    for doc_id in doc_ids:
        doc = project.repo.get("document", doc_id)
        if doc is None or doc["deleted_at"]:
            continue
        # Rejected and trashed annotations count too: they must not come back.
        existing = project.repo.annotations(doc_id=doc_id) + project.repo.annotations(
            doc_id=doc_id, trashed=True
        )
        taken: dict[str, list[tuple[int, int]]] = {}
        for a in existing:
            if a["anchor"] == "orphaned":
                # Its words are not in this version of the text (or only as another
                # passage that reads alike): its offsets are a point kept for
                # display, and a new figure over that point was never suggested.
                continue
            span = (a["start"], a["end"])
            taken.setdefault(a["kind"], []).append(span)
            origin = a.get("origin") or ""
            if origin.startswith(f"{ORIGIN}:"):
                # A suggestion the researcher turned into another kind (a "claim"
                # that is a statement) was that kind's suggestion: it came back
                # beside itself at the next run.
                taken.setdefault(origin[len(ORIGIN) + 1:], []).append(span)
        passages: list[tuple[int, int]] = []
        found = suggestions_for(doc["text"], doc["published"], doc["language"],
                                passages=passages)
        main = _main_language(doc["text"], doc["language"])
        read.append((doc_id, "ar" if main == "ar" else "en", len(passages)))
        stored: dict[int, str] = {}  # index into found -> new annotation id
        for i, s in enumerate(found):
            if s.kind not in project.codebook:
                continue
            span = (s.start, s.end)
            if any(_overlaps(span, t) for t in taken.get(s.kind, [])):
                continue
            spec = project.codebook.kind(s.kind)
            known = {f.name for f in spec.active_fields()}
            fields = {k: v for k, v in s.fields.items() if k in known}
            try:
                values = spec.validate(fields)
            except ValidationError:  # an engine value the codebook refuses: keep the span
                values = {}
            anchor = make_anchor(doc["text"], s.start, s.end)
            values = {k: v for k, v in values.items() if v is not None}
            row = new_row(project, doc_id, s.kind, anchor, values,
                          status="suggested", origin=f"{ORIGIN}:{s.kind}",
                          now=tx.time())
            tx.insert("annotation", row)
            stored[i] = row["id"]
            taken.setdefault(s.kind, []).append(span)
        links = [(later, earlier, SAME_AS) for earlier, later
                 in repeated_tolls(doc["text"], found, project.codebook)]
        links += [(part, whole, PART_OF) for whole, part
                  in sub_groups(doc["text"], found, project.codebook)]
        for source, target, type_ in links:
            if source in stored and target in stored:
                tx.insert("link", {
                    "id": clock.new_id(), "source_id": stored[source],
                    "target_id": stored[target], "type": type_,
                    "coder": project.coder, "created_at": tx.time(),
                })
    return read


_RULES_NAMES = {"en": "English", "ar": "Arabic"}


def rules_read(read: list[tuple[int, str, int]]) -> str:
    """One sentence: which language's rules read which documents, and the passages the
    other language's rules read ("English rules: documents 1, 3; Arabic rules: document
    2, and 1 Arabic passage in document 1.")."""
    names = _RULES_NAMES
    parts = []
    for lang in ("en", "ar"):
        docs = [str(d) for d, main, _ in read if main == lang]
        if docs:
            parts.append(f"{names[lang]} rules: document{'s' if len(docs) > 1 else ''} "
                         f"{', '.join(docs)}")
    extra = [f"{n} {names['ar' if main == 'en' else 'en']} passage{'s' if n > 1 else ''} "
             f"in document {d}" for d, main, n in read if n]
    return "; ".join(parts) + (", and " + ", ".join(extra) if extra else "") + "."


def rules_counted(read: list[tuple[int, str, int]]) -> str:
    """:func:`rules_read` with counts instead of the documents' numbers, for a place too
    narrow for dozens of them ("English rules: 35 documents; Arabic rules: 5 documents,
    and 4 Arabic passages in 2 documents.")."""
    parts = [f"{_RULES_NAMES[lang]} rules: {counted(n, 'document')}" for lang in ("en", "ar")
             if (n := sum(1 for _, main, _ in read if main == lang))]
    extra = []
    for main in ("en", "ar"):  # passages of the other language in documents of ``main``
        docs = [n for _, m, n in read if m == main and n]
        if docs:
            other = _RULES_NAMES["ar" if main == "en" else "en"]
            extra.append(f"{counted(sum(docs), f'{other} passage')} in "
                         f"{counted(len(docs), 'document')}")
    return "; ".join(parts) + (", and " + ", ".join(extra) if extra else "") + "."
