"""Tally an incident: per outcome and victim category, a low, best and high across sources.

The rules are written out, with their reasons, in docs/incidents.md; each has a test.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from workbench.core import rewording
from workbench.core.groups import joined
from workbench.core.incidents import model
from workbench.core.project import Project

POOR_RELIABILITY = {"E", "F"}
POOR_CREDIBILITY = {5, 6}
# A figure whose words say the toll was revised replaces the document's other figures.
_UPDATE = re.compile(r"\b(rose|risen|rising|climbed|jumped|increased|updated|revised|"
                     r"now stands|new toll|later said)\b", re.I)
# The Arabic engine's toll starts at its noun, after the verb ("وارتفع عدد القتلى إلى
# 12" is "عدد القتلى إلى 12"): a toll that goes "to" the number it ends with (not
# "to the hospital") was revised; so is a rise, or a new or updated toll, said inside
# the figure's words.
_UPDATE_AR = re.compile(r"ارتفع|ارتفاع|حصيلة (?:جديدة|محدثة)|الحصيلة (?:الجديدة|المحدثة)|"
                        r"(?<!\w)[وفب]?(?:ال)?(?:عدد|حصيلة)(?!\w).*(?<!\w)[إا]لى"
                        r"\s+(?!ال)\S+(?:\s+\S+){0,2}\s*$")
# A cap the source does not reach: "fewer than 10", "less than 10" (not "no fewer
# than", which the engine stores as a floor).
_BELOW = re.compile(r"(?<!\bno )(?<!\bnot )\b(?:fewer|less) than\b", re.I)
_ABOUT_BAND = 0.10
# What anything handed on counts by default (exports, the report): figures a researcher
# accepted, not the engine's unreviewed suggestions.
FIGURE_STATUSES = ("accepted",)


@dataclass
class Figure:
    """One member annotation's figure, as the tally read it."""

    annotation_id: str
    doc_id: int
    quote: str
    qualifier: str | None
    count_low: int | None
    count_best: int | None
    count_high: int | None
    low: int | None
    high: int | None
    best: int | None
    position: int
    vague: bool = False
    approximate: bool = False
    updated: bool = False
    used: bool = True
    note: str = ""
    # Linked part_of a figure counted here: it counts in its own category ("five
    # children" among the civilians) but is not added again in the outcome's total.
    part: bool = False
    # The annotation's review status (suggested, accepted, rejected).
    status: str = ""
    # Updated, and its words say the toll changed: it supersedes earlier reports too.
    changed: bool = False
    # The first annotation of the figures linked same_as with it (itself if none): one
    # toll, whose figures are restatements and never disagree with one another.
    toll: str = ""

    @property
    def no_number(self) -> bool:
        """A vague figure coded with no number ("dozens" with no count given): it says
        there were victims, not how many, so it raises no low and leaves the high open
        (rule 2)."""
        return self.vague and self.low is None and self.high is None and self.best is None

    @property
    def unreviewed(self) -> bool:
        """Not rejected and of a review status the report and exports leave out by
        default (an engine suggestion nobody has reviewed)."""
        return self.status not in FIGURE_STATUSES and self.status != "rejected"


@dataclass
class SourceRow:
    """One document's figures for one outcome and category, and the range they give."""

    doc_id: int
    title: str
    publisher: str | None
    published: str | None
    reliability: str | None
    credibility: int | None
    low: int | None
    best: int | None
    high: int | None
    included: bool
    reason: str = ""
    vague: bool = False
    approximate: bool = False
    figures: list[Figure] = field(default_factory=list)
    # The later document whose revised toll replaces this one's figure in this cell
    # (rule 3 across reports): still a source, but its figure no longer counts here.
    superseded_by: int | None = None
    # The source's figures leave its high open ("at least 5", "dozens"): its floor is
    # all it says, and a reader must not take it for a count.
    open_high: bool = False
    # Two of its counted figures disagree beyond what their qualifiers allow (a
    # headline's "12 killed" and the body's "at least 14", neither a revision, a
    # sub-group nor linked same_as): the range is rule 3's, the cell is flagged.
    disagrees: bool = False
    # Some of what it reports has no number: a counted vague figure coded with none and
    # no number of its own beside it ("dozens" alone), or, in an outcome's total, a
    # group of that kind ("four soldiers and dozens of civilians").
    no_number: bool = False


@dataclass
class Cell:
    outcome: str
    category: str
    low: int | None = None
    best: int | None = None
    high: int | None = None
    best_rule: str = ""
    vague: bool = False
    approximate: bool = False
    conflict: bool = False
    conflicting: list[int] = field(default_factory=list)
    sources: list[SourceRow] = field(default_factory=list)
    # A best figure set by hand that the sources' range no longer holds (a figure was
    # edited or trashed since): shown, and said, rather than silently kept.
    best_outside: bool = False
    # What the conflict is: sources disagreeing with one another, and the documents
    # whose own figures disagree (a headline's 12 and the body's "at least 14").
    sources_disagree: bool = False
    self_conflicting: list[int] = field(default_factory=list)
    # The high is an open source's floor that no closed figure reaches ("at least 5"
    # alone is low 5, best 5, high open): shown as "5 or more", exported as such.
    high_open: bool = False
    # The counted documents whose figure here has no number (``SourceRow.no_number``):
    # the cell is flagged vague and its high open, and says so, rather than reading
    # as complete ("killed 5" beside a report of dozens killed, coded with no count).
    no_number: list[int] = field(default_factory=list)


def range_text(low: int | None, high: int | None, high_open: bool = False) -> str:
    """A low and high in words: "9", "7–9", "5 or more", "3–5 or more", "up to 9"."""
    if low is None and high is None:
        return "no count"
    if high is None or (high_open and high == low):
        return f"{low} or more"
    if low is None:
        return f"up to {high}"
    text = str(low) if low == high else f"{low}–{high}"
    return text + (" or more" if high_open else "")


@dataclass
class Tally:
    incident_id: str
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    # The review statuses the tally counted (None: every figure not rejected).
    statuses: tuple[str, ...] | None = None
    # What the tally had to decide that the figures' links left open, one sentence each
    # (a part_of loop: which figure it took as the whole).
    notes: list[str] = field(default_factory=list)

    def counted_figures(self) -> dict[str, Figure]:
        """Every figure the tally counts somewhere (used, from an included source), by
        annotation id: a figure a revised toll supersedes in the total still counts in
        its category."""
        out: dict[str, Figure] = {}
        for c in self.cells.values():
            for s in c.sources:
                if s.included:
                    out.update((f.annotation_id, f) for f in s.figures if f.used)
        return out

    def unreviewed(self) -> list[str]:
        """The counted figures (annotation ids) the report and the exports leave out by
        default: unreviewed engine suggestions."""
        return sorted(i for i, f in self.counted_figures().items() if f.unreviewed)

    def cell(self, outcome: str, category: str = "all") -> Cell | None:
        return self.cells.get((outcome, category))

    def outcomes_with_figures(self) -> list[str]:
        """The outcomes whose total has a figure, those whose sources disagree first:
        what a researcher can set a best figure for."""
        cells = [c for (_o, cat), c in self.cells.items()
                 if cat == "all" and (c.low is not None or c.high is not None)]
        return [c.outcome for c in sorted(cells, key=lambda c: not c.conflict)]

    @property
    def source_count(self) -> int:
        return len({s.doc_id for c in self.cells.values() for s in c.sources if s.included})

    def describe(self) -> str:
        """The researchers' line, e.g. "killed 7–9 (best 9) · wounded 150 · 4 sources"."""
        parts = []
        for outcome in model.OUTCOMES:
            c = self.cells.get((outcome, "all"))
            if c is not None and c.low is None and c.high is None and c.no_number:
                parts.append(f"{outcome}, no number (vague)")
                continue
            if c is None or (c.low is None and c.high is None):
                continue
            lo, hi = c.low if c.low is not None else 0, c.high if c.high is not None else c.low
            text = f"{outcome} {range_text(lo, hi, c.high_open)}"
            notes = [] if c.best is None or (lo == hi == c.best) else [f"best {c.best}"]
            if c.best_outside:
                notes.append("best set by hand, outside the sources' range")
            if c.sources_disagree:
                notes.append("sources disagree")
            if c.self_conflicting:
                notes.append("a report's figures disagree" if len(c.self_conflicting) == 1
                             else "reports' own figures disagree")
            if c.vague:
                notes.append("vague")
            if c.no_number:
                notes.append("a report gives no number" if len(c.no_number) == 1
                             else f"{len(c.no_number)} reports give no number")
            parts.append(text + (f" ({', '.join(notes)})" if notes else ""))
        n = self.source_count
        parts.append(f"{n} source" + ("" if n == 1 else "s"))
        return " · ".join(parts if len(parts) > 1 else ["no figures", *parts])

    def to_dict(self) -> dict[str, Any]:
        return {"incident_id": self.incident_id, "line": self.describe(),
                "sources": self.source_count,
                "statuses": list(self.statuses) if self.statuses is not None else None,
                "counted_figures": len(self.counted_figures()),
                "unreviewed": self.unreviewed(), "notes": list(self.notes),
                "cells": [asdict(c) for c in self.cells.values()]}


def figure_range(qualifier: str | None, low: int | None, best: int | None,
                 high: int | None) -> tuple[int | None, int | None, int | None, str]:
    """(low, high, best, flag) one figure asserts; flag is "", "vague" or "approximate"."""
    n = next((v for v in (best, low, high) if v is not None), None)
    if n is None:
        # A vague word coded with no number ("dozens", its count not given) is still
        # flagged: the tally lists it as giving no number instead of dropping it unseen.
        return None, None, None, "vague" if qualifier == "vague" else ""
    if qualifier == "at_least":
        return low if low is not None else n, None, best if best is not None else n, ""
    if qualifier == "more_than":
        floor = (low if low is not None else n) + 1
        return floor, None, best if best is not None else floor, ""
    if qualifier == "up_to":
        # The cap is the number the source states (the engine stores it as the low),
        # not a best a coder set below it.
        cap = next(v for v in (high, low, best) if v is not None)
        return None, cap, best if best is not None else cap, ""
    if qualifier == "about":
        # 10 %, a half rounded up: round() rounds halves to even, so "about 25" was
        # ±2 and "about 35" ±4, "about 45" ±4 and "about 55" ±6.
        band = max(1, math.floor(n * _ABOUT_BAND + 0.5 + 1e-9))
        return max(0, n - band), n + band, n, "approximate"
    if qualifier == "vague":
        return low, high, best if best is not None else low, "vague"
    if qualifier == "range" or (qualifier is None and low is not None and high is not None):
        lo = low if low is not None else n
        return lo, high, best if best is not None else lo, ""
    return n, n, n, ""


def _revised(words: str) -> bool:
    """Whether a figure's words say its toll was revised (English or Arabic)."""
    return bool(_UPDATE.search(words) or (not words.isascii() and _UPDATE_AR.search(words)))


def _changed(words: str) -> bool:
    """Whether a revised figure's words say the toll itself changed ("rose", "revised",
    "new toll"), which replaces earlier reports' figures, rather than only that someone
    "later said" it, which may be any figure of a later report."""
    return (not words.isascii() and bool(_UPDATE_AR.search(words))) or any(
        m.group(1).lower() != "later said" for m in _UPDATE.finditer(words))


def _copy(fig: Figure) -> Figure:
    """A shallow copy of a figure (a tenth of what ``dataclasses.replace`` costs)."""
    out = Figure.__new__(Figure)
    out.__dict__.update(fig.__dict__)
    return out


def read_figures(project: Project, rows: list[dict[str, Any]]) -> dict[str, tuple[str, Figure]]:
    """Each casualty figure of ``rows`` (``model.members`` rows) as a tally reads it, with
    its outcome, by annotation id: for figures no tally counts, such as those a rejected
    proposal held, shown for what they say."""
    return {f.annotation_id: (outcome, f) for outcome, _, f in _figures(project, rows)}


def _figures(project: Project, rows: list[dict[str, Any]],
             statuses: tuple[str, ...] | None = None,
             notes: list[str] | None = None) -> list[tuple[str, str, Figure]]:
    out = []
    parts = model.part_of_ids(project, [r["id"] for r in rows])
    roles = {k.name: k.roles for k in project.codebook.kinds() if k.roles.has_counts}
    for r in rows:
        role = roles.get(r["kind"])
        if role is None:
            continue
        values = r["fields"]
        outcome = values.get(role.outcome) if role.outcome else None
        if outcome not in model.OUTCOMES:
            continue
        category = model.victim_category(values.get(role.group) if role.group else None)
        lo, be, hi = (values.get(name) if name else None for name in role.counts)
        qualifier = values.get(role.qualifier) if role.qualifier else None
        f_lo, f_hi, f_best, flag = figure_range(qualifier, lo, be, hi)
        raw = values.get(role.raw) if role.raw else None
        words = f"{raw} {r['exact']}" if raw else r["exact"]
        if (qualifier == "up_to" and hi is None and f_hi is not None and f_hi > 0
                and _BELOW.search(words)):
            # "Fewer than 10" is stored as up to 10 (the qualifier has no strict form):
            # at most 9. A cap the coder wrote themselves (a high) is left as written.
            f_hi -= 1
            f_best = f_hi if be is None else min(f_best, f_hi)  # type: ignore[type-var]
        fig = Figure(r["id"], r["doc_id"], r["exact"], qualifier, lo, be, hi, f_lo, f_hi,
                     f_best, r["start"], vague=flag == "vague",
                     approximate=flag == "approximate", updated=_revised(words),
                     status=r["status"])
        fig.changed = fig.updated and _changed(words)
        if (why := rewording.review_reason(r)) is not None:
            fig.used, fig.note = False, why
        elif r["status"] == "rejected":
            fig.used, fig.note = False, "rejected"
        elif statuses is not None and r["status"] not in statuses:
            fig.used, fig.note = False, f"{r['status']}, not counted"
        out.append((outcome, category, fig))
    # A part is left out of the total because the figure it is part of counts it; when
    # that figure is not counted here (rejected, not reviewed, trashed, in no or another
    # incident) nothing else does, and the part stands for its victims. A figure of
    # another outcome counts other people ("nine wounded, two of whom later died"):
    # the part's own outcome has nothing else of them either.
    counted = {f.annotation_id: o for o, _, f in out if f.used}
    ups = {fig.annotation_id: {w for w in parts.get(fig.annotation_id, ())
                               if counted.get(w) == outcome}
           for outcome, _, fig in out if fig.used}
    _break_loops(ups, {f.annotation_id: f for _, _, f in out}, notes)
    for _, _, fig in out:
        if ups.get(fig.annotation_id):
            fig.part = True
    return out


def _break_loops(ups: dict[str, set[str]], figs: dict[str, Figure],
                 notes: list[str] | None) -> None:
    """Take a whole out of each part_of loop in ``ups`` (figure -> the counted figures
    it is part of), in place, and say so in ``notes``.

    ``link`` refuses a loop, but a merge of two coders' links (one each way) or an
    older project may hold one; every figure of a loop was then a part, none counted in
    the total, and the incident read "no figures". The loop's largest figure (the
    earliest in its document on a tie) is the likeliest whole: a part is never more
    than what it is part of."""
    def reach(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for w in ups.get(todo.pop(), ()):
                if w not in seen:
                    seen.add(w)
                    todo.append(w)
        return seen

    linked = sorted(a for a, w in ups.items() if w)
    done: set[str] = set()
    for a in linked:
        if a in done:
            continue
        down = reach(a)
        if a not in down:
            continue
        loop = sorted(b for b in down if a in reach(b))
        done.update(loop)

        def size(b: str) -> tuple[int, int]:
            f = figs[b]
            n = next((v for v in (f.best, f.low, f.high) if v is not None), 0)
            return n, -f.position

        whole = max(loop, key=size)
        ups[whole] -= set(loop)
        if notes is not None:
            # Named by their words and document, as the researcher sees them in the
            # pane and the report (an annotation's id is shown nowhere there).
            def named(b: str) -> str:
                return f"“{figs[b].quote}” (document {figs[b].doc_id})"
            in_reading_order = sorted(loop, key=lambda b: (figs[b].doc_id, figs[b].position))
            notes.append(
                f"Figures {', '.join(named(b) for b in in_reading_order)} are linked "
                "part_of one another in a loop; "
                f"{named(whole)}, the largest, is counted as the whole: "
                "remove the link that is wrong.")


def _source_range(figs: list[Figure]) -> tuple[int | None, int | None, int | None]:
    """One document's range: a revised toll replaces the rest; otherwise restatements
    (headline and body) count once, the largest low and largest high standing."""
    used = [f for f in figs if f.used]
    updated = [f for f in used if f.updated]
    if updated:
        last = max(updated, key=lambda f: f.position)
        for f in used:
            if f is not last:
                f.used, f.note = False, "superseded by an updated toll"
        used = [last]
    lows = [f.low for f in used if f.low is not None]
    # A part of a counted toll ("including five children") is some of its category's
    # victims, not all of them: it gives the category a floor and no ceiling.
    highs = [f.high for f in used if f.high is not None and not f.part]
    bests = [f.best for f in used if f.best is not None]
    low = max(lows) if lows else None
    # "At least 12" in the headline and "12 killed" in the body: the report says 12. A
    # larger open floor ("at least 15") beside a smaller exact figure leaves it open.
    high = max(highs) if highs else None
    if low is not None and high is not None and high < low:
        high = None
    return low, (max(bests) if bests else None), high


def _disagree(figs: list[Figure]) -> bool:
    """Whether two counted figures of one document, in one cell, disagree beyond what
    their qualifiers allow (one's floor above the other's ceiling, rule 9 inside one
    report): "12 killed" and "at least 14" do, "at least 12" and "12" do not. A revised
    toll has already superseded the rest (rule 3); a part ("including five children")
    is some of the victims, not a count of them; figures linked same_as are one toll."""
    floors: dict[str, int] = {}
    ceilings: dict[str, int] = {}
    for f in figs:
        if not f.used or f.part:
            continue
        key = f.toll or f.annotation_id
        if f.low is not None:
            floors[key] = max(floors.get(key, f.low), f.low)
        if f.high is not None:
            ceilings[key] = min(ceilings.get(key, f.high), f.high)
    if not floors or not ceilings:
        return False
    # The two highest floors and the two lowest ceilings, each of a different toll:
    # a floor above a ceiling of another toll is a disagreement.
    top = sorted(floors.items(), key=lambda kv: -kv[1])[:2]
    bottom = sorted(ceilings.items(), key=lambda kv: kv[1])[:2]
    return any(fk != ck and fv > cv for fk, fv in top for ck, cv in bottom)


def _grade_rank(s: SourceRow) -> tuple[int, int]:
    rel = "ABCDEF".index(s.reliability) if s.reliability in tuple("ABCDEF") else 3
    return rel, (s.credibility - 1) if s.credibility else 3


def _aggregate(cell: Cell, override: dict[str, Any] | None,
               named: tuple[int, int, bool] = (0, 0, False),
               named_docs: list[int] | None = None,
               disputed: list[int] | None = None, across: bool = False) -> None:
    """Low, high, flags and best of ``cell`` from its sources. For an outcome's total,
    ``named`` is what its civilians' and combatants' sources add up to (the low never
    goes below it), ``named_docs`` those sources, and ``disputed`` the documents its
    categories' conflicts name (a dispute over one group is a dispute over the total),
    ``across`` whether one of those is a dispute between sources (not only inside one
    report)."""
    used = [s for s in cell.sources if s.included and s.superseded_by is None
            and (s.low is not None or s.high is not None)]
    # A report whose figure here has no number says there were victims, not how many:
    # it raises no low, but no number given elsewhere is known to be all of them.
    cell.no_number = sorted({s.doc_id for s in cell.sources if s.included
                             and s.superseded_by is None and s.no_number})
    if not used:
        # Victims with no number are "some, or more": the exports' open column says so
        # beside a low of nothing, which alone read as a count of none.
        cell.vague = cell.high_open = bool(cell.no_number)
        return
    lows = [s.low for s in used if s.low is not None]
    cell.low = min(lows) if lows else None
    tops = [s.high if s.high is not None else s.low for s in used]
    cell.high = max(t for t in tops if t is not None)
    # A source's total below what the named groups add up to disagrees with their
    # sources ("6 killed" against "5 civilians" and "3 soldiers"): then the low stays
    # the lowest any source gives; otherwise the groups' sum is the least there is.
    floor = max(named[0], *((s.low or 0) for s in used))
    ceiling = min((s.high if s.high is not None else math.inf) for s in used)
    if 0 < named[0] <= ceiling and (cell.low is None or cell.low < named[0]):
        cell.low = named[0]
    cell.high = max(cell.high, named[1], cell.low or 0)  # type: ignore[type-var]
    # Open when the high is an open source's floor (or the named groups' open sum) and
    # no closed figure, nor the groups' closed sum, reaches it: "at least 5" alone is
    # 5 or more, beside "10" it is 5–10.
    closed = (any(s.high is not None and s.high >= cell.high for s in used)
              or (not named[2] and named[1] >= cell.high > 0))  # type: ignore[operator]
    cell.high_open = bool(cell.no_number) or (not closed and (
        any(s.open_high and s.low == cell.high for s in used)
        or (named[2] and named[1] == cell.high)))
    cell.vague = any(s.vague for s in used) or bool(cell.no_number)
    cell.approximate = any(s.approximate for s in used)
    own = {s.doc_id for s in used if s.disagrees}  # a report that disagrees with itself
    if floor > ceiling or disputed or own:
        cell.conflict = True
        docs = {s.doc_id for s in used if (s.low or 0) > ceiling
                or (s.high if s.high is not None else math.inf) < floor} if (
            floor > ceiling) else set()
        if named[0] > ceiling:
            docs |= set(named_docs or ())
        cell.conflicting = sorted(docs | own | set(disputed or ()))
        cell.self_conflicting = sorted(own)
        cell.sources_disagree = floor > ceiling or named[0] > ceiling or across
    if override:
        cell.best, cell.best_rule = override["value"], f"set by the researcher: {override['memo']}"
        below = cell.low is not None and cell.best < cell.low  # type: ignore[operator]
        above = cell.high is not None and cell.best > cell.high  # type: ignore[operator]
        if below or above:
            cell.best_outside = True
            span = (f"{cell.low}–{cell.high}" if cell.high is not None
                    else f"at least {cell.low}")
            cell.best_rule += f" (outside the range the sources now give, {span})"
        return
    rank = min(_grade_rank(s) for s in used)
    chosen = max((s for s in used if _grade_rank(s) == rank and s.best is not None),
                 key=lambda s: (s.published or "", s.doc_id), default=None)
    if chosen is None:
        return
    best = chosen.best
    if cell.low is not None:
        best = max(best, cell.low)  # type: ignore[type-var]
    cell.best = min(best, cell.high) if cell.high is not None else best  # type: ignore[type-var]
    cell.best_rule = (f"latest report among the best-graded sources (document "
                      f"{chosen.doc_id})")


def tally(project: Project, incident_id: str,
          statuses: tuple[str, ...] | None = None) -> Tally:
    """Low, best and high per outcome and victim category, with every source's figures.

    ``statuses`` limits the counted figures to those review statuses (an export counts
    only accepted ones); the others are still listed, marked as not counted.
    """
    inc = model.get_incident(project, incident_id, live=False)
    rows = model.members(project, incident_id)
    docs = {r["doc_id"]: r for r in rows}
    grouped: dict[tuple[str, str], dict[int, list[Figure]]] = defaultdict(
        lambda: defaultdict(list))
    by_total: dict[str, dict[int, list[tuple[str, Figure]]]] = defaultdict(
        lambda: defaultdict(list))
    notes: list[str] = []
    figures = _figures(project, rows, statuses, notes)
    tolls: dict[str, str] = {}
    for outcome, category, fig in figures:
        grouped[(outcome, category)][fig.doc_id].append(fig)
        by_total[outcome][fig.doc_id].append((category, fig))
    same_as = model.same_as_links(project, [r["id"] for r in rows])
    # Figures linked same_as are one toll: never weighed against one another (rule 9
    # inside one report).
    for group in joined((f.annotation_id for _, _, f in figures), same_as):
        for a in group:
            tolls[a] = group[0]
    for _, _, fig in figures:
        fig.toll = tolls.get(fig.annotation_id, fig.annotation_id)
    # Where a same_as link or a revised toll puts a document's figures in other
    # categories for the outcome's total, the total reads copies of them (their notes
    # there differ from their category's); elsewhere it adds the category rows.
    regrouped: dict[tuple[str, int], dict[str, list[Figure]]] = {}
    # Documents whose toll of all victims ("Seven killed") joined a named category:
    # the toll still speaks of everyone killed, so the document's total keeps its ceiling.
    whole_toll: set[tuple[str, int]] = set()
    for outcome, by_doc in by_total.items():
        for doc_id, pairs in by_doc.items():
            moved = _moved_in_total(pairs, same_as)
            if any(c == "unknown" and f.annotation_id in moved for c, f in pairs):
                whole_toll.add((outcome, doc_id))
            if moved or any(f.part for _, f in pairs):
                into = regrouped[(outcome, doc_id)] = defaultdict(list)
                for c, f in pairs:
                    copy = _copy(f)
                    if copy.part and copy.used:
                        copy.used = False
                        copy.note = "part of another figure (counted in its category only)"
                    into[moved.get(f.annotation_id, c)].append(copy)
    result = Tally(incident_id, statuses=statuses, notes=notes)
    rows_of: dict[tuple[str, int], dict[str, SourceRow]] = defaultdict(dict)
    for (outcome, category), by_doc in grouped.items():
        cell = Cell(outcome, category)
        for doc_id, figs in by_doc.items():
            row = _source_row(docs[doc_id], inc["included_docs"], figs)
            cell.sources.append(row)
            rows_of[(outcome, doc_id)][category] = row
        result.cells[(outcome, category)] = cell
    for (outcome, category), cell in result.cells.items():
        cell.sources.sort(key=lambda s: (s.published or "", s.doc_id))
        for row, by in _superseded(cell.sources, _revises):
            row.superseded_by = by
            for f in row.figures:
                if f.used:
                    f.used, f.note = False, _LATER_NOTE.format(by)
        _aggregate(cell, inc["best"].get(f"{outcome}/{category}"))
    for outcome, by_doc in by_total.items():
        cell = Cell(outcome, "all")
        named: dict[str, list[SourceRow]] = defaultdict(list)  # the total's, by category
        parts_of: dict[int, dict[str, SourceRow]] = {}
        for doc_id in by_doc:
            key = (outcome, doc_id)
            parts = ({c: _source_row(docs[doc_id], inc["included_docs"], figs)
                      for c, figs in regrouped[key].items()} if key in regrouped
                     else rows_of[key])
            parts_of[doc_id] = parts
            counted = [c for c, p in parts.items() if p.included]
            for c in counted:
                named[c].append(parts[c])
            # A source that names only civilians, or only combatants, says nothing of
            # the other people killed: its total is a floor, not a ceiling (unless a
            # toll of all victims says they were all of that category).
            cell.sources.append(_sum_sources(
                list(parts.values()), open_above=len(counted) == 1
                and counted[0] != "unknown" and key not in whole_toll))
        cell.sources.sort(key=lambda s: (s.published or "", s.doc_id))
        _supersede_in_total(cell, named, parts_of)
        disputed = [x for c in model.CATEGORIES
                    if (x := result.cells.get((outcome, c))) is not None and x.conflict]
        _aggregate(cell, inc["best"].get(f"{outcome}/all"), _named_range(named),
                   sorted({s.doc_id for c in ("civilians", "combatants")
                           for s in named.get(c, [])}),
                   [d for x in disputed for d in x.conflicting],
                   any(x.sources_disagree for x in disputed))
        result.cells[(outcome, "all")] = cell
    result.cells = dict(sorted(result.cells.items(), key=_cell_order))
    return result


_LATER_NOTE = "superseded by the revised toll of a later report (document {})"


def _revises(row: SourceRow) -> bool:
    """Whether a document's counted figure in a cell is a changed toll ("rose to 14")."""
    return any(f.used and f.changed for f in row.figures)


def _superseded(rows: list[SourceRow], revises: Any) -> list[tuple[SourceRow, int]]:
    """Rule 3 across reports: each row (included, with a figure) published on an earlier
    day than a report, graded no worse, whose figure ``revises`` the toll, with the
    latest such report's document. "Three killed" on Monday and "the toll rose to 14"
    on Tuesday are one toll, 14, not a disagreement between 3 and 14. A report of the
    same day, or one without a date, cannot be ordered and stays; so does a better
    graded source's figure (rule 8: a worse source's later claim does not erase it)."""
    counted = [s for s in rows if s.included
               and (s.low is not None or s.high is not None or s.no_number)]
    # A revision that sets no floor ("rose to as many as 30") cannot replace a floor.
    revising = sorted((s for s in counted if s.published and s.low is not None
                       and revises(s)),
                      key=lambda s: (s.published, s.doc_id), reverse=True)
    out = []
    for s in counted if revising else ():
        by = next((r for r in revising if s.published and s.published < r.published
                   and _grade_rank(r) <= _grade_rank(s)), None)  # type: ignore[operator]
        if by is not None:
            out.append((s, by.doc_id))
    return out


def _supersede_in_total(cell: Cell, named: dict[str, list[SourceRow]],
                        parts_of: dict[int, dict[str, SourceRow]]) -> None:
    """Rule 3 across reports in an outcome's total. A later revised toll that names no
    victims replaces the earlier reports' totals and the groups they named; a revised
    toll of one group replaces that group's earlier figures, and the earlier reports'
    totals that added them (their other groups still count in ``named``)."""
    whole = {d for d, parts in parts_of.items()
             if "unknown" in parts and _revises(parts["unknown"])}
    by_doc = {s.doc_id: by for s, by in _superseded(cell.sources, lambda s: s.doc_id in whole)}
    gone: set[int] = set()  # id() of the group rows a later revision of the group replaces
    for category in ("civilians", "combatants"):
        for row, by in _superseded(named.get(category, []), _revises):
            gone.add(id(row))
            by_doc.setdefault(row.doc_id, by)
    whole_gone = {s.doc_id for s, _ in _superseded(cell.sources, lambda s: s.doc_id in whole)}
    for category, rows in named.items():
        named[category] = [r for r in rows if id(r) not in gone and r.doc_id not in whole_gone]
    for s in cell.sources:
        s.superseded_by = by_doc.get(s.doc_id)


def published_note(project: Project, working: Tally) -> str:
    """A line for a tally that counts unreviewed suggestions: how many, and the line the
    report and the exports give for the incident (accepted figures only); "" for none.

    The window and ``workbench tally`` count every figure not rejected, so a researcher
    sees what the engine proposed while reviewing; without this line one incident read
    "killed 7–90" there and "killed 7–9" in a report made a minute later. A tally of
    named statuses gets no line: a report asked for the same statuses reads the same."""
    n = len(working.unreviewed())
    if not n or working.statuses is not None:  # statuses named: the report asked alike
        return ""
    total = len(working.counted_figures())
    published = tally(project, working.incident_id, FIGURE_STATUSES)
    what = ("is an unreviewed suggestion" if n == 1 else "are unreviewed suggestions")
    return (f"{n} of {total} counted figures {what}, left out of the report and "
            f"exports, which read: {published.describe()}")


def _named_range(named: dict[str, list[SourceRow]]) -> tuple[int, int, bool]:
    """The least and the most the sources' civilians and combatants add up to: different
    people, so the outcome's total is at least the sum of their lows (and may reach the
    sum of their highs). Unknown victims may be any of them, so they add nothing here.
    The third value: that most is open (a group's top is an open floor no closed figure
    of the group reaches: "at least 5 civilians")."""
    low = high = 0
    open_high = False
    for category in ("civilians", "combatants"):
        rows = [s for s in named.get(category, []) if s.low is not None or s.high is not None]
        low += min((s.low for s in rows if s.low is not None), default=0)
        top = max((s.high if s.high is not None else s.low or 0 for s in rows), default=0)
        high += top
        open_high = open_high or _open_top(rows, top)
    return low, high, open_high


def _open_top(rows: list[SourceRow], top: int | None) -> bool:
    """Whether ``top``, the highest figure of ``rows``, is only an open source's floor:
    "at least 5" beside "3" leaves the high open, beside "5" or "10" it does not."""
    if top is None:
        return False
    closed = [s.high for s in rows if s.high is not None]
    return (any(s.open_high and s.low == top for s in rows)
            and not any(h >= top for h in closed))


def _cell_order(item: tuple[tuple[str, str], Cell]) -> tuple[int, int]:
    (outcome, category), _ = item
    cats = ("all", *model.CATEGORIES)
    return model.OUTCOMES.index(outcome), cats.index(category)


def set_aside(reliability: str | None, credibility: int | None, doc_id: int,
              included_docs: list[int]) -> str:
    """Why a source's figures are left out of its incident's tally ("graded E5: left out
    unless included"), or "" when they count: a poor grade the researcher has not
    overruled for this incident."""
    poor = reliability in POOR_RELIABILITY or credibility in POOR_CREDIBILITY
    if not poor or doc_id in included_docs:
        return ""
    return f"graded {reliability or '-'}{credibility or '-'}: left out unless included"


def _source_row(doc: dict[str, Any], included_docs: list[int], figs: list[Figure]) -> SourceRow:
    low, best, high = _source_range(figs)
    rel, cred = doc["doc_reliability"], doc["doc_credibility"]
    reason = set_aside(rel, cred, doc["doc_id"], included_docs)
    included = not reason
    used = [f for f in figs if f.used]
    # Open when a figure of its own sets a floor and no ceiling ("at least 5") and no
    # figure caps it; a part's missing ceiling ("including five children") is not the
    # source leaving its count open.
    open_high = high is None and low is not None and any(
        f.low is not None and f.high is None and not f.part for f in used)
    return SourceRow(doc["doc_id"], doc["doc_title"] or "", doc["doc_publisher"],
                     doc["doc_published"], rel, cred, low, best, high, included and bool(used),
                     reason if used else "no usable figure", any(f.vague for f in used),
                     any(f.approximate for f in used), figs, open_high=open_high,
                     disagrees=_disagree(used),
                     no_number=low is None and high is None and any(f.no_number for f in used))


def _moved_in_total(pairs: list[tuple[str, Figure]],
                    same_as: list[tuple[str, str]]) -> dict[str, str]:
    """Of one document's figures of one outcome (with their categories), those added
    under another category in the outcome's total, each with that category.

    Categories are added (different people), so one toll must sit in one category:
    figures linked ``same_as`` (the engine links a toll the headline and the body both
    give, "Nine killed" and "killed nine civilians") are one toll, put in the category
    of the first of them that names its victims, where they count once as restatements.
    A revised toll that names no victims replaces the figures before it (below).
    """
    category = {f.annotation_id: c for c, f in pairs}
    counted = {f.annotation_id: f for _, f in pairs if f.used and not f.part}
    for group in joined(counted, same_as):
        figs = [counted[a] for a in group]
        named = sorted((f for f in figs if category[f.annotation_id] != "unknown"),
                       key=lambda f: f.position)
        into = category[named[0].annotation_id] if named else "unknown"
        for f in figs:
            category[f.annotation_id] = into
    # A revised toll that names no victims ("the toll rose to 12") is the outcome's new
    # total: the figures before it, whatever their category, are what it revises, so
    # they join its category and the revision rule of _source_range supersedes them.
    revised = [f for f in counted.values()
               if f.updated and category[f.annotation_id] == "unknown"]
    if revised:
        last = max(revised, key=lambda f: f.position)
        for f in counted.values():
            if f.position < last.position:
                category[f.annotation_id] = "unknown"
    return {f.annotation_id: category[f.annotation_id] for c, f in pairs
            if category[f.annotation_id] != c}


def _sum_sources(parts: list[SourceRow], *, open_above: bool = False) -> SourceRow:
    """A document's total for an outcome: its categories are different people, so add.
    ``open_above``: the document names one category only, so its total has no ceiling
    (unless it gives no floor either: "up to 5 civilians" keeps its cap)."""
    first = parts[0]
    used = [p for p in parts if p.included]
    open_above = open_above and any(p.low is not None for p in used)

    def add(values: list[int | None], *, open_if_missing: bool) -> int | None:
        if not values or all(v is None for v in values):
            return None
        if open_if_missing and any(v is None for v in values):
            return None
        return sum(v for v in values if v is not None)

    high = None if open_above else add([p.high for p in used], open_if_missing=True)
    return SourceRow(first.doc_id, first.title, first.publisher, first.published,
                     first.reliability, first.credibility,
                     add([p.low for p in used], open_if_missing=False),
                     add([p.best for p in used], open_if_missing=False), high,
                     bool(used), first.reason if not used else "",
                     any(p.vague for p in used), any(p.approximate for p in used),
                     [f for p in parts for f in p.figures],
                     open_high=high is None and any(p.open_high for p in used),
                     disagrees=any(p.disagrees for p in used),
                     no_number=any(p.no_number for p in used))
