"""The agreement report of a project: one alpha per kind and per coded field, and where
the coders disagree.

For each kind:

- **presence** (nominal): every token of every document at least two coders finished is
  a unit; a coder's value is whether they annotated it with that kind;
- for annotations matched across coders, every choice and yes/no field (outcome,
  qualifier, claim status, ...) is compared at the nominal level and every number field
  (low, best and high counts, credibility, ...) at the interval level. Fields are taken
  from the kind's spec by type, so a kind a user adds is measured the same way.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from workbench.core.agreement.credit import LEVEL_OF_TYPE, credited_coders
from workbench.core.agreement.matching import counts, coverage, finished, match, tokens
from workbench.core.agreement.reliability import Score, Unit, score, score_matrix
from workbench.core.changes import Row
from workbench.core.codebook import FieldSpec, KindSpec
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.merge.copies import conflict_copies, waiting_copies
from workbench.core.project import Project
from workbench.core.rawread import one_snapshot

PRESENCE = "presence"


@dataclass(frozen=True)
class Measure:
    """One row of the report: what was compared, at which level, and the result."""

    kind: str
    measure: str  # "presence" or a field name
    label: str
    level: str
    alpha: float | None
    agreement: float | None
    units: int


@dataclass(frozen=True)
class Disagreement:
    """A place where coders differ; ``annotations`` maps coder -> annotation id (or None)."""

    doc_id: int
    title: str
    kind: str
    start: int
    end: int
    what: str  # "missing", "span" or a field name
    annotations: dict[str, str | None]
    values: dict[str, Any] = field(default_factory=dict)

    def first_annotation(self) -> str:
        """The first coder's annotation, for a window to select."""
        return next(a for a in self.annotations.values() if a)


@dataclass(frozen=True)
class Report:
    coders: list[str]
    documents: list[int]
    measures: list[Measure]
    disagreements: list[Disagreement]
    # The documents the report was limited to (``doc_ids``), or () for the whole project.
    asked: tuple[int, ...] = ()
    # Conflict copies a merge made that nobody has reviewed yet, left out (below).
    copies_left_out: int = 0
    # The engines' suggestions on the compared documents and kinds nobody has reviewed.
    suggestions_left_out: int = 0

    def left_out(self) -> str | None:
        """What the report left out and why, a sentence for each kind of thing left out
        (None when nothing was): conflict copies, then the engines' suggestions.

        A merge keeps both versions of an annotation two coders changed differently:
        the other one as a conflict copy on the same words, a suggestion by the coder who
        made that version. Counted as that coder's, it was a second annotation of theirs
        on the same words: listed as "missing" for every other coder, or compared in
        place of the one they made themselves. Until the conflict is settled (the copy
        accepted or rejected) the copy is no judgement of the coder's on its own.

        An engine's suggestion nobody has reviewed is no coder's judgement either (the
        one who ran the engines chose nothing): it is left out, and said, or a figure
        only the engines found read as one every coder missed."""
        said = [s for s in (self._copies_said(), self._suggestions_said()) if s]
        return " ".join(said) or None

    def _copies_said(self) -> str | None:
        n = self.copies_left_out
        if not n:
            return None
        if n == 1:
            return ("1 conflict copy a merge made waits for review and was left out (the "
                    "version its conflict kept counts): accept or reject it to settle the "
                    "conflict; once accepted it counts.")
        return (f"{n} conflict copies merges made wait for review and were left out (the "
                "versions their conflicts kept count): accept or reject each to settle its "
                "conflict; once accepted a copy counts.")

    def _suggestions_said(self) -> str | None:
        n = self.suggestions_left_out
        if not n:
            return None
        if n == 1:
            return ("1 suggestion of the engines on the compared documents waits for "
                    "review and was left out: it is nobody's coding until a coder accepts "
                    "it, and then it counts as theirs.")
        return (f"{n:,} suggestions of the engines on the compared documents wait for "
                "review and were left out: a suggestion is nobody's coding until a coder "
                "accepts it, and then it counts as theirs.")

    def nothing_to_compare(self) -> str | None:
        """Why the report compares nothing, in one sentence (None when it compares
        something): coders who finished no document in common gave a bare table."""
        if self.documents:
            return None
        names = ", ".join(self.coders[:-1]) + " and " + self.coders[-1]
        # Limited to some documents, the coders may share others: said of the project,
        # the sentence was wrong.
        where = (f"none of the documents asked for ({', '.join(map(str, self.asked))}) in "
                 "common" if self.asked else "no document in common")
        return (f"There is nothing to compare: {names} have annotated {where} (a "
                "document is compared once at least two of them have an accepted or "
                "hand-made annotation in it). Have them code the same documents: the "
                "same file imported in each coder's project is one document once their "
                "projects are merged.")

    def to_json(self) -> dict[str, Any]:
        """The shape ``workbench agreement --json`` prints."""
        return {
            "coders": self.coders,
            "documents": self.documents,
            "measures": [asdict(m) for m in self.measures],
            "disagreements": [asdict(d) for d in self.disagreements],
            "nothing_to_compare": self.nothing_to_compare(),
            "conflict_copies_left_out": self.copies_left_out,
            "suggestions_left_out": self.suggestions_left_out,
        }


def agreement_report(project: Project, *, coders: Sequence[str] | None = None,
                     kinds: Sequence[str] | None = None,
                     doc_ids: Iterable[int] | None = None) -> Report:
    """Agreement between ``coders`` (default: everyone who annotated) on ``kinds``, on
    one state of the project: a document another program trashed between the read of
    the annotations and that of the titles was listed without its title."""
    with one_snapshot(project.conn):
        return _report(project, coders, kinds, doc_ids)


def _report(project: Project, coders: Sequence[str] | None, kinds: Sequence[str] | None,
            doc_ids: Iterable[int] | None) -> Report:
    codebook = project.codebook
    for name in kinds or ():
        codebook.kind(name)  # an unknown kind is refused with the known ones named
    wanted_docs = set(doc_ids) if doc_ids is not None else None
    if wanted_docs:
        _check_documents(project, sorted(wanted_docs))
    every = project.repo.annotations()
    links = project.repo.links()
    waiting = waiting_copies(links, every)
    anns = [a for a in every if counts(a)
            and (wanted_docs is None or a["doc_id"] in wanted_docs)]
    # An annotation another coder edited holds that coder's judgement (``credit``).
    credit = credited_coders(project, anns, copies=conflict_copies(links))
    anns = [{**a, "coder": credit[a["id"]]} if a["id"] in credit else a for a in anns]
    held_back = [a for a in anns if a["id"] in waiting]
    anns = [a for a in anns if a["id"] not in waiting]
    done = finished(anns)
    # A coder named twice ("amal,ben,amal") is one coder: twice, their row was counted
    # as a third coder's, agreeing with itself, and each figure they marked was listed
    # as "missing" for the copy.
    coder_list = list(dict.fromkeys(coders)) if coders else sorted(done)
    known = {a["coder"] for a in every} | set(credit.values())
    unknown = [c for c in coder_list if c not in known]
    if coders and unknown:
        # A misspelt name gave an empty report ("0 documents") that read as a finding.
        raise ValidationError(f"No annotation in this project is by {', '.join(unknown)}; "
                              f"its coders are {', '.join(sorted(known)) or 'none'}.")
    if len(coder_list) < 2:
        raise ValidationError("Agreement needs at least two coders with annotations; found "
                              f"{', '.join(coder_list) or 'none'}.")
    # An orphan (its words gone on a re-import) still shows the coder worked on the
    # document, but there is nothing of the text to compare it on: its span is a point,
    # and two coders' orphans of one figure were each "missing" for the other.
    anns = [a for a in anns if a["coder"] in coder_list and a.get("anchor") != "orphaned"]
    # A document is compared when at least two of the coders finished it.
    docs = sorted(d for d in {a["doc_id"] for a in anns}
                  if sum(d in done.get(c, ()) for c in coder_list) >= 2)
    anns = [a for a in anns if a["doc_id"] in docs]
    used = [k for k in codebook.kinds() if (k.name in kinds if kinds else
                                            any(a["kind"] == k.name for a in anns))]
    titles = project.repo.document_titles()
    texts = {d: project.repo.get("document", d)["text"] for d in docs}
    measures: list[Measure] = []
    disagreements: list[Disagreement] = []
    toks = {d: tokens(t) for d, t in texts.items()}  # the same units for every kind
    by_place: dict[tuple[str, int], list[Row]] = {}
    for a in anns:
        by_place.setdefault((a["kind"], a["doc_id"]), []).append(a)
    for spec in used:
        measures.append(_presence(spec, by_place, coder_list, done, toks))
        groups = [(doc, group) for doc in docs
                  for group in match(by_place.get((spec.name, doc), []), toks[doc])]
        measures += _fields(spec, [g for _, g in groups], coder_list)
        for doc, group in groups:
            finished_here = [c for c in coder_list if doc in done.get(c, ())]
            disagreements += _differences(spec, doc, titles.get(doc, ""), group, finished_here)
    left_out = sum(a["coder"] in coder_list for a in held_back) if coders else len(held_back)
    compared, compared_docs = {k.name for k in used}, set(docs)
    unreviewed = sum(1 for a in every if a["status"] == "suggested"
                     and (a.get("origin") or "manual") != "manual" and a["id"] not in waiting
                     and a["doc_id"] in compared_docs and a["kind"] in compared)
    return Report(coder_list, docs, measures, disagreements,
                  tuple(sorted(wanted_docs or ())), left_out, unreviewed)


def _check_documents(project: Project, doc_ids: list[int]) -> None:
    """A document asked for that is not there is named: a mistyped number gave "needs at
    least two coders; found none", or was passed over beside one that is there."""
    live = project.repo.document_titles()
    for doc in doc_ids:
        if doc in live:
            continue
        if project.repo.get("document", doc) is None:
            raise NotFoundError(f"There is no document with id {doc}.")
        raise NotFoundError(f"Document {doc} is in the trash; restore it to compare its "
                            "annotations.")


def _presence(spec: KindSpec, by_place: dict[tuple[str, int], list[Row]], coders: list[str],
              done: dict[str, set[int]], toks: dict[int, list[tuple[int, int]]]) -> Measure:
    blocks = []
    for doc, doc_toks in toks.items():
        block = np.full((len(coders), len(doc_toks)), np.nan)
        here = by_place.get((spec.name, doc), [])
        for i, coder in enumerate(coders):
            if doc in done.get(coder, ()):
                spans = [(a["start"], a["end"]) for a in here if a["coder"] == coder]
                block[i] = coverage(doc_toks, spans)
        blocks.append(block)
    data = np.concatenate(blocks, axis=1) if blocks else np.empty((len(coders), 0))
    result = score_matrix(data, "nominal")
    return _measure(spec, PRESENCE, f"{spec.label}: annotated or not", "nominal", result)


def _measured_fields(spec: KindSpec) -> list[FieldSpec]:
    return [f for f in spec.fields if f.type in LEVEL_OF_TYPE]


def _fields(spec: KindSpec, groups: list[dict[str, Row]], coders: list[str]) -> list[Measure]:
    matched = [g for g in groups if len(g) >= 2]
    out = []
    for f in _measured_fields(spec):
        level = LEVEL_OF_TYPE[f.type]
        units: list[Unit] = [
            {c: a["fields"].get(f.name) for c, a in g.items()
             if _measurable(a["fields"].get(f.name), level)}
            for g in matched
        ]
        result = score(units, coders, level)
        if result.units:
            out.append(_measure(spec, f.name, f"{spec.label}: {f.label or f.name}", level,
                                result))
    return out


def _measurable(value: Any, level: str) -> bool:
    """Whether a stored value can be a coder's value at ``level``. A value of another
    type than its field's (a project merged before merging checked types could hold
    "high" in a number field) is missing data, as an empty field is, not a crash."""
    if value is None:
        return False
    if level == "interval":
        return (isinstance(value, (int, float)) and not isinstance(value, bool)
                and math.isfinite(value))
    return isinstance(value, Hashable)


def _measure(spec: KindSpec, what: str, label: str, level: str, result: Score) -> Measure:
    return Measure(spec.name, what, label, level, result.alpha, result.agreement, result.units)


def _differences(spec: KindSpec, doc: int, title: str, group: dict[str, Row],
                 finished_here: list[str]) -> list[Disagreement]:
    start = min(a["start"] for a in group.values())
    end = max(a["end"] for a in group.values())
    ids = {c: (group[c]["id"] if c in group else None) for c in finished_here}

    def make(what: str, values: dict[str, Any] | None = None) -> Disagreement:
        return Disagreement(doc, title, spec.name, start, end, what, ids, values or {})

    # A coder without a match is one line; those who matched are still compared with
    # each other, as alpha compares them (a missing coder hid their difference).
    out = [make("missing")] if len(group) < len(finished_here) else []
    if len(group) < 2:
        return out
    if len({(a["start"], a["end"]) for a in group.values()}) > 1:
        out.append(make("span", {c: [a["start"], a["end"]] for c, a in group.items()}))
    for f in _measured_fields(spec):
        # The values alpha compares, compared as alpha compares them: an empty field or
        # a value of another type is missing data, and equal values agree whatever their
        # spelling (12 and 12.0 were listed as a disagreement that alpha counted as
        # agreeing, the listing having compared their text).
        level = LEVEL_OF_TYPE[f.type]
        values = {c: a["fields"][f.name] for c, a in group.items()
                  if _measurable(a["fields"].get(f.name), level)}
        if len(set(values.values())) > 1:
            out.append(make(f.name, values))
    return out
