"""Filters and derived views shared by the GUI and the command line."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from workbench.core.actor_lanes import LaneNames
from workbench.core.codebook import KindSpec
from workbench.core.dates import date_interval
from workbench.core.project import Project
from workbench.core.shapes import annotation_json
from workbench.core.summary import count_text
from workbench.core.textnorm import normalise


@dataclass
class AnnotationFilter:
    doc_id: int | None = None
    kinds: list[str] | None = None
    statuses: list[str] | None = None
    coder: str | None = None
    text: str = ""
    # Inclusive ISO dates: keep annotations whose date interval meets [date_from, date_to].
    date_from: str | None = None
    date_to: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def annotations(project: Project, flt: AnnotationFilter | None = None) -> list[dict[str, Any]]:
    """The live annotations that pass ``flt`` (all of them without one), as rows."""
    return list(iter_annotations(project, flt))


def iter_annotations(project: Project, flt: AnnotationFilter | None = None
                     ) -> Iterator[dict[str, Any]]:
    """:func:`annotations` one row at a time, filtered as they are read (exports)."""
    flt = flt or AnnotationFilter()
    rows: Iterable[dict[str, Any]]
    if flt.doc_id is not None and flt.kinds is None and flt.statuses is None \
            and flt.coder is None:
        # One document's rows: the repo keeps them for the viewer, which reads the same
        # document on the same selection; one read serves both.
        rows = project.repo.annotations(doc_id=flt.doc_id)
    else:
        rows = project.repo.iter_annotations(
            doc_id=flt.doc_id, kinds=flt.kinds, statuses=flt.statuses, coder=flt.coder)
    if flt.text:
        needle = text_needle(flt.text)
        rows = (r for r in rows
                if text_matches(needle, r["exact"], r["memo"], r["fields"].values()))
    if flt.date_from or flt.date_to:
        lo = dt.date.fromisoformat(flt.date_from) if flt.date_from else dt.date.min
        hi = dt.date.fromisoformat(flt.date_to) if flt.date_to else dt.date.max

        def meets(r: dict[str, Any]) -> bool:
            span = annotation_interval(project, r)
            return bool(span and span[0] <= hi and span[1] >= lo)

        rows = filter(meets, rows)
    yield from rows


def text_needle(text: str) -> str:
    """The text filter's words folded as search folds them (case, diacritics, tatweel,
    Arabic letter variants): "قتلوا" finds "قُتِلوا", as in the search box."""
    return normalise(text)


def text_matches(needle: str, exact: str, memo: str, values: Iterable[Any]) -> bool:
    """Whether the folded ``needle`` is in the quote, the memo or a field value
    (``values`` is only read when the quote and memo do not hold it)."""
    return _folded_in(needle, [exact, memo or ""]) or _folded_in(
        needle, [str(v) for v in values])


def _folded_in(needle: str, parts: list[str]) -> bool:
    if "\n" in needle:
        return any(needle in normalise(p) for p in parts)
    # Folded in one call (folding maps each character alone, and a newline to itself):
    # the table runs this once per row the other filters leave.
    return needle in normalise("\n".join(parts))


def annotations_json(project: Project, flt: AnnotationFilter | None = None) -> list[dict]:
    """The filtered annotations in the stable JSON shape, each with its links."""
    rows = annotations(project, flt)
    by_ann: dict[str, list[dict]] = defaultdict(list)
    for link in project.repo.links():
        by_ann[link["source_id"]].append(link)
        by_ann[link["target_id"]].append(link)
    return [annotation_json(r, by_ann.get(r["id"])) for r in rows]




def _spec(project: Project, kind: str) -> KindSpec | None:
    return project.codebook.kind(kind) if kind in project.codebook else None


def annotation_interval(project: Project, row: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The days an annotation's date stands for, through its end date where its kind has one."""
    return kind_interval(_spec(project, row["kind"]), row["fields"])


def kind_interval(spec: KindSpec | None, fields: dict[str, Any]
                  ) -> tuple[dt.date, dt.date] | None:
    """:func:`annotation_interval` given the annotation's kind and fields."""
    if spec is None or not spec.date_field:
        return None
    precision = fields.get(spec.precision_field or "")
    span = date_interval(fields.get(spec.date_field), precision)
    end_value = spec.value(fields, "end_date")
    if span and end_value:
        end = date_interval(end_value, precision)
        if end and end[1] >= span[0]:
            span = (span[0], end[1])
    return span


@dataclass(frozen=True)
class TimelineItem:
    ann_id: str
    doc_id: int
    kind: str
    start: dt.date
    end: dt.date
    label: str
    count_low: int | None = None
    count_high: int | None = None
    # The people or groups named, each under its actor record's current name where the
    # name as written is one of a record's spellings (``actor_lanes``), once each.
    actors: tuple[str, ...] = ()
    status: str = "accepted"
    # For each of ``actors``, the forms as written that differ from it ("FAB" under "Free
    # Army Brigade"); empty where it was written as it reads.
    written: tuple[tuple[str, ...], ...] = ()
    # A kind with counts: its figure as the table's key fields say it ("≥ 12 killed",
    # "5–9 wounded", "dozens"), qualifier and outcome included.
    figure: str = ""


def actor_names(spec: KindSpec, fields: dict[str, Any]) -> tuple[str, ...]:
    """The people or groups an annotation names, read from its kind's actor fields."""
    out: list[str] = []
    for name in spec.roles.actors:
        value = fields.get(name)
        out.extend(str(v) for v in (value if isinstance(value, list) else [value]) if v)
    return tuple(out)


def timeline_items(project: Project, flt: AnnotationFilter | None = None) -> list[TimelineItem]:
    """Every dated annotation as an interval, ready to plot (the window reads them as
    columns instead: ``core.timeline_rows``)."""
    out = []
    lanes = LaneNames(project.repo.conn)  # read once for every item
    for r in annotations(project, flt):
        item = timeline_item(project, r, lanes)
        if item is not None:
            out.append(item)
    return out


def timeline_item(project: Project, r: dict[str, Any],
                  lanes: LaneNames | None = None) -> TimelineItem | None:
    """One annotation row as a TimelineItem; None when it has no date to plot.
    ``lanes`` names actors by their records (read from the project when not given)."""
    span = annotation_interval(project, r)
    if span is None:
        return None
    spec = project.codebook.kind(r["kind"])
    f = r["fields"]
    low, high = spec.value(f, "count_low"), spec.value(f, "count_high")
    if low is None and high is None:
        low = spec.value(f, "count_best")
    named = actor_names(spec, f)
    forms: dict[str, list[str]] = {}
    if named:
        lanes = lanes if lanes is not None else LaneNames(project.repo.conn)
        for name in named:
            seen = forms.setdefault(lanes(name), [])
            if name != lanes(name) and name not in seen:
                seen.append(name)
    figure = count_text(spec, f) if spec.roles.has_counts else ""
    return TimelineItem(r["id"], r["doc_id"], r["kind"], span[0], span[1], r["exact"][:120],
                        low, high, tuple(forms), r["status"],
                        tuple(tuple(w) for w in forms.values()), figure)
