"""Suggest incidents: group figures and events not yet in an incident, across documents.

Two figures are proposed as one incident when their dates agree within their precision
and they name the same place (spelling variants allowed) or the same actor. Figures of
one report whose dates agree go together first: a wire report is mostly about one
event. Comparisons are blocked by three-day date buckets, so the work grows with the
number of figures, not its square. The method and its measured figures are in
docs/incidents.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from workbench.core import quotes
from workbench.core.auditimage import CONTEXT
from workbench.core.changes import ChangeSet
from workbench.core.errors import ValidationError
from workbench.core.incidents import model
from workbench.core.incidents.ops import _insert_member, _new_incident_row
from workbench.core.project import Project
from workbench.core.query import date_interval
from workbench.core.suggest import EVENT_NOUNS
from workbench.core.textnorm import normalise

BUCKET_DAYS = 3
TOLERANCE_DAYS = 1  # "Sunday night" in one report is "Monday" in another
MAX_SPAN_DAYS = 14  # vaguer dates (a month, a year) are only grouped within their report
PLACE_SCORE = 88.0  # as actor matching: "Port-Halden" finds "Port Halden"
PUBLISHED_LOOKBACK = 3  # an undated figure happened within three days before publication
# A figure that counts a past event ("the toll from Monday's bombing had risen to 14", "the
# toll of the blast") is often dated to the day someone spoke about it; tolls are given
# a day or two after the event, so such a figure may count an event up to two days
# before its own date (three with the one day of tolerance): never a week.
REPORT_LAG_DAYS = 2
# The toll of an event, its revision, or a count "from/in/of" a named event (suggest.EVENT_NOUNS).
# Matched on the lower-cased words, without re.I, and the phrase only where an event's
# noun is: one pattern of the three, case-blind, cost 40 microseconds a figure.
# A toll, or a count that rose to a new figure: "rose" alone is any rise ("Fears rose as a
# bomb killed four people" is a new event's report).
_TOLL = re.compile(r"\b(?:tolls?|(?:rose|risen|climbed|jumped)\s+to|revised|updated)\b")
_EVENT_NOUN = re.compile(rf"\b(?:{EVENT_NOUNS})\b")
# "from/of/after the blast", or a named past event in any of these ("in Monday's attack",
# "during last week's raids"); "killed in the attack" is how a fresh report counts its
# own event, and says nothing of a past one.
_OF_EVENT = re.compile(r"\b(?:(?:from|of|after)\s+(?:the|this|last|(?:last\s+)?[a-z]+['’]s)"
                       r"|(?:in|by|during)\s+(?:last|(?:last\s+)?[a-z]+['’]s))\s+"
                       rf"(?:[a-z-]+\s+)?(?:{EVENT_NOUNS})\b")
_PAST_EVENT_AR = re.compile(r"حصيلة|عدد (?:القتلى|الضحايا|الشهداء|الجرحى)|ارتفع|ارتفاع")


def counts_past_event(words: str) -> bool:
    """Whether a figure's words (with the text around it) say it counts an event that
    happened before it was told: a toll, a revised toll, or a count of a named event."""
    low = words.lower()
    if _TOLL.search(low) or (_EVENT_NOUN.search(low) and _OF_EVENT.search(low)):
        return True
    return not words.isascii() and bool(_PAST_EVENT_AR.search(words))


@dataclass
class Candidate:
    ann_id: str
    doc_id: int
    lo: int  # first and last day as ordinals
    hi: int
    place: str
    actors: frozenset[str]
    position: int


@dataclass
class Proposal:
    ann_ids: list[str]
    doc_ids: list[int]
    start: str
    end: str
    place: str


def _key(text: Any) -> str:
    return " ".join(normalise(str(text)).replace("-", " ").split()) if text else ""


def candidates(project: Project) -> list[Candidate]:
    """Live figures and events of accepted or suggested review status not in an incident."""
    cb = project.codebook
    wanted = [k.name for k in cb.kinds() if k.roles.has_counts or k.roles.end_date]
    places = [k.name for k in cb.kinds() if k.roles.location and not k.roles.has_counts
              and not k.date_field]
    if not wanted:
        return []
    sql = f"""
        SELECT a.id, a.doc_id, a.kind, a.start, a.fields, d.published, d.imported_at,
               a."end", a.prefix, a.exact, a.suffix
        FROM annotations a JOIN documents d ON d.id = a.doc_id AND d.deleted_at IS NULL
        WHERE a.deleted_at IS NULL AND a.status != 'rejected'
          AND a.kind IN ({','.join('?' * len(wanted + places))})
          AND NOT EXISTS (SELECT 1 FROM incident_members m
                          WHERE m.annotation_id = a.id AND m.deleted_at IS NULL)
        ORDER BY a.doc_id, a.start"""
    rows = project.conn.execute(sql, wanted + places).fetchall()
    doc_places: dict[int, list[tuple[int, str]]] = defaultdict(list)
    out: list[Candidate] = []
    words = _Words(project)
    for (ann_id, doc_id, kind, start, fields_json, published, imported,
         end_pos, prefix, exact, suffix) in rows:
        spec = cb.kind(kind)
        values = json.loads(fields_json)
        if kind in places:
            name = _key(spec.value(values, "location"))
            if name:
                doc_places[doc_id].append((start, name))
            continue
        span = date_interval(values.get(spec.date_field or ""),
                             values.get(spec.precision_field or ""))
        end = spec.value(values, "end_date")
        if span and end:
            last = date_interval(end, values.get(spec.precision_field or ""))
            if last and last[1] >= span[0]:
                span = (span[0], last[1])
        if span and spec.roles.has_counts and counts_past_event(
                words(doc_id, start, end_pos, prefix, exact, suffix)):
            # dated when it was told, it may count an event of a day or two before
            span = (span[0] - dt.timedelta(days=REPORT_LAG_DAYS), span[1])
        if span is None:
            day = date_interval((published or imported or "")[:10])
            if day is None:
                continue
            span = (day[0] - dt.timedelta(days=PUBLISHED_LOOKBACK), day[1])
        actors = frozenset(_key(v) for role in spec.roles.actors
                           for v in _as_list(values.get(role)) if v)
        out.append(Candidate(ann_id, doc_id, span[0].toordinal(), span[1].toordinal(),
                             _key(spec.value(values, "location")), actors, start))
    for c in out:  # a figure without a place takes the nearest place named before it
        if not c.place and doc_places.get(c.doc_id):
            before = [p for p in doc_places[c.doc_id] if p[0] <= c.position]
            c.place = (before[-1] if before else doc_places[c.doc_id][0])[1]
    return out


class _Words:
    """A figure's words with the text either side (auditimage.CONTEXT characters), as
    stored or, for a row that stores its quote derived, sliced from its document's text:
    in Python, a text read once per document (wb_quote in the SELECT, once per row and
    column, doubled the CPU of reading 33,000 candidates)."""

    def __init__(self, project: Project) -> None:
        self._texts = quotes.Texts(project.conn)
        self._held: dict[int, str | None] = {}

    def __call__(self, doc_id: int, start: int, end: int, prefix: Any, exact: Any,
                 suffix: Any) -> str:
        if exact.__class__ is not bytes:  # stored in full (re-anchored, orphaned, older)
            return f"{prefix} {exact} {suffix}"
        if doc_id not in self._held:
            self._held[doc_id] = self._texts.current(doc_id)
        text = self._held[doc_id] or ""
        return text[max(0, start - CONTEXT):end + CONTEXT]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


class _Groups:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _meet(a: Candidate, b: Candidate) -> bool:
    return a.lo <= b.hi + TOLERANCE_DAYS and b.lo <= a.hi + TOLERANCE_DAYS


def _chain(items: list[int], cands: list[Candidate], groups: _Groups) -> None:
    """Join items whose dates meet, walking them in date order (a sweep, not all pairs)."""
    items = sorted(items, key=lambda i: cands[i].lo)
    head, reach = -1, 0
    for i in items:
        if head >= 0 and cands[i].lo <= reach + TOLERANCE_DAYS:
            groups.union(head, i)
            reach = max(reach, cands[i].hi)
        else:
            head, reach = i, cands[i].hi


def _place_families(keys: list[str]) -> dict[str, str]:
    """Map each place spelling to one representative, joining close spellings."""
    rep = {k: k for k in keys}
    ordered = sorted(keys)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if rep[b] == b and fuzz.WRatio(a, b) >= PLACE_SCORE:
                rep[b] = rep[a]
    return rep


def suggest_incidents(project: Project) -> list[Proposal]:
    cands = candidates(project)
    groups = _Groups(len(cands))
    by_doc: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        by_doc[c.doc_id].append(i)
    for items in by_doc.values():  # one report: same or no place, dates that meet
        by_place: dict[str, list[int]] = defaultdict(list)
        for i in items:
            by_place[cands[i].place].append(i)
        unplaced = by_place.pop("", [])
        for members in by_place.values():
            _chain(members, cands, groups)
        for i in unplaced:
            for members in by_place.values():
                if any(_meet(cands[i], cands[j]) for j in members[:20]):
                    groups.union(i, members[0])
                    break
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        if c.hi - c.lo <= MAX_SPAN_DAYS:
            buckets[(c.lo + c.hi) // 2 // BUCKET_DAYS].append(i)
    for b in sorted(buckets):
        window = buckets[b] + buckets.get(b + 1, [])
        by_place = defaultdict(list)
        by_actor: dict[str, list[int]] = defaultdict(list)
        for i in window:
            if cands[i].place:
                by_place[cands[i].place].append(i)
            for actor in cands[i].actors:
                by_actor[actor].append(i)
        family = _place_families(list(by_place)) if len(by_place) <= 300 else {
            k: k for k in by_place}
        joined: dict[str, list[int]] = defaultdict(list)
        for key, items in by_place.items():
            joined[family[key]].extend(items)
        for items in joined.values():
            _chain(items, cands, groups)
        for items in by_actor.values():
            _chain(items, cands, groups)
    return _proposals(cands, groups)


def _proposals(cands: list[Candidate], groups: _Groups) -> list[Proposal]:
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(cands)):
        clusters[groups.find(i)].append(i)
    out = []
    for items in clusters.values():
        docs = sorted({cands[i].doc_id for i in items})
        if len(docs) < 2:  # one report alone is not yet an incident worth proposing
            continue
        places = [cands[i].place for i in items if cands[i].place]
        out.append(Proposal(
            [cands[i].ann_id for i in items], docs,
            dt.date.fromordinal(max(cands[i].lo for i in items)).isoformat(),
            dt.date.fromordinal(min(cands[i].hi for i in items)).isoformat(),
            max(set(places), key=places.count) if places else ""))
    out.sort(key=lambda p: (p.start, p.place))
    return out


def _rejected_sets(project: Project) -> list[set[str]]:
    """Each rejected proposal's figures as it was proposed: those it held when rejected
    and those taken out of it before. Only the ones left at the rejection were kept,
    so a researcher who took a figure out and rejected the rest had the very grouping
    proposed again, that figure included."""
    rows = project.conn.execute(
        "SELECT m.incident_id, m.annotation_id FROM incidents i JOIN incident_members m "
        "ON m.incident_id = i.id WHERE i.status = 'rejected'")
    sets: dict[str, set[str]] = defaultdict(set)
    for inc, ann in rows:
        sets[inc].add(ann)
    return list(sets.values())


def store_suggestions(project: Project) -> ChangeSet:
    """Store each proposal as an incident with status "suggested", in one undoable step;
    a grouping the researcher rejected before is not proposed again."""
    created = []
    # Proposed from the memberships as stored when the write began, so none of them
    # takes a figure another process has just put in an incident.
    with project.write("incident:suggest") as tx:
        rejected = _rejected_sets(project)
        proposals = [p for p in suggest_incidents(project)
                     if not any(set(p.ann_ids) <= r for r in rejected)]
        for p in proposals:
            start, end = sorted((p.start, p.end))
            title = f"{p.place.title() or 'Unplaced'} {start}"
            row = _new_incident_row(project, title, "suggested", {
                "start_date": start, "end_date": end if end != start else None,
                "date_precision": "day", "place_name": p.place.title() or None,
                "memo": f"Suggested from {len(p.ann_ids)} figures in {len(p.doc_ids)} reports."},
                tx.time())
            tx.insert("incident", row)
            for ann_id in p.ann_ids:
                _insert_member(project, tx, row["id"], ann_id)
            created.append(row["id"])
    tx.changeset.result = created
    return tx.changeset


def _suggested(project: Project, incident_id: str) -> dict[str, Any]:
    row = model.get_incident(project, incident_id)
    if row["status"] != "suggested":
        raise ValidationError(f"Incident {incident_id} is not a suggestion.")
    return row


def accept_suggestion(project: Project, incident_id: str) -> ChangeSet:
    with project.write("incident:accept") as tx:
        _suggested(project, incident_id)
        tx.update("incident", incident_id, {"status": "open", "modified_at": tx.time()})
    return tx.changeset


def reject_suggestion(project: Project, incident_id: str) -> ChangeSet:
    """Trash the proposal and free its figures; the grouping is remembered as rejected."""
    with project.write("incident:reject") as tx:
        now = tx.time()
        _suggested(project, incident_id)
        for m in model.live_membership(project, incident_id):
            tx.update("incident_member", m["id"], {"deleted_at": now})
        tx.update("incident", incident_id, {"status": "rejected", "deleted_at": now,
                                            "modified_at": now})
    return tx.changeset
