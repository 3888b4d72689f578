"""An incident report: what each source said, its grading and hash, and the tally, as HTML.

The core builds the whole page; the Qt side only draws the timeline chart (PNG bytes
passed in here) and prints the page to PDF. Every value from the project is escaped
with ``html.escape``: titles and quotes come from imported documents and are not ours.
"""

from __future__ import annotations

import base64
import datetime as dt
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from workbench.core import wording
from workbench.core.direction import detect_direction
from workbench.core.incidents import model
from workbench.core.incidents.tally import (
    FIGURE_STATUSES,
    Cell,
    Figure,
    SourceRow,
    Tally,
    set_aside,
    tally,
)
from workbench.core.project import Project
from workbench.core.rawread import one_snapshot

# The chart's size on the page, in CSS pixels: a strip under the tally table. The image
# is drawn at this size, so its text is shown at the size it was set in.
CHART_SHOWN = (620, 220)


@dataclass(frozen=True)
class ChartPoint:
    """One member figure on the timeline: when it was reported and the range it gives."""

    day: str  # ISO date the document was published (else the figure's own date)
    outcome: str
    low: int | None
    best: int | None
    high: int | None


@dataclass
class SourceEntry:
    """One document of the incident and the words it was quoted with."""

    doc_id: int
    title: str
    publisher: str | None
    published: str | None
    reliability: str | None
    credibility: int | None
    sha256: str
    figures: list[Figure] = field(default_factory=list)
    # Why the tally leaves this source out (a poor grade not overruled), or "".
    set_aside: str = ""
    # Figures whose words this version of the document no longer holds (orphaned by a
    # re-import): their quotes are an earlier version's, not the hashed original's.
    orphaned: set[str] = field(default_factory=set)


@dataclass
class IncidentReport:
    incident: dict[str, Any]
    type_label: str | None
    tally: Tally
    sources: list[SourceEntry]
    points: list[ChartPoint]


def incident_report(project: Project, incident_id: str,
                    figure_statuses: Sequence[str] | None = FIGURE_STATUSES) -> IncidentReport:
    """Everything one incident's section of the report shows. The tally counts the
    figures of ``figure_statuses`` (None: every one not rejected), as the exports do,
    so a report and a data set made from one project give the same figures."""
    inc = model.get_incident(project, incident_id)
    counted = tuple(figure_statuses) if figure_statuses is not None else None
    result = tally(project, incident_id, counted)
    labels = {t["name"]: t["label"] for t in model.incident_types(project)}
    sources: dict[int, SourceEntry] = {}
    seen: set[str] = set()
    for cell in result.cells.values():
        if cell.category != "all":
            continue  # the "all" cells hold every figure once
        for row in cell.sources:
            entry = sources.get(row.doc_id)
            if entry is None:
                doc = project.repo.get("document", row.doc_id) or {}
                entry = sources[row.doc_id] = SourceEntry(
                    row.doc_id, row.title, row.publisher, row.published, row.reliability,
                    row.credibility, doc.get("original_sha256") or "",
                    set_aside=set_aside(row.reliability, row.credibility, row.doc_id,
                                        inc["included_docs"]))
            for fig in row.figures:
                if fig.annotation_id not in seen:
                    seen.add(fig.annotation_id)
                    entry.figures.append(fig)
    # A member of another kind (a claim, a statement) makes its document a source too:
    # its title, grade and hash belong in the report though it gave no figure (an
    # incident of claims alone read "No source figures yet" and named no document).
    for row in model.members(project, incident_id):
        if row["doc_id"] not in sources:
            doc = project.repo.get("document", row["doc_id"]) or {}
            rel, cred = row["doc_reliability"], row["doc_credibility"]
            sources[row["doc_id"]] = SourceEntry(
                row["doc_id"], row["doc_title"] or "", row["doc_publisher"],
                row["doc_published"], rel, cred, doc.get("original_sha256") or "")
    shown = [f.annotation_id for e in sources.values() for f in e.figures]
    for row in project.repo.annotations(ids=shown) if shown else []:
        if row["anchor"] == "orphaned":
            sources[row["doc_id"]].orphaned.add(row["id"])
    for entry in sources.values():
        entry.figures.sort(key=lambda f: f.position)
    ordered = sorted(sources.values(), key=lambda s: (s.published or "", s.doc_id))
    inc = {**inc, "actors": model.named_actors(project, inc.get("actors"))}
    return IncidentReport(inc, labels.get(inc.get("incident_type") or ""), result, ordered,
                          chart_points(project, incident_id, figure_statuses, result))


def chart_points(project: Project, incident_id: str,
                 figure_statuses: Sequence[str] | None = FIGURE_STATUSES,
                 tallied: Tally | None = None) -> list[ChartPoint]:
    """The incident's figures over time, oldest report first; figures without a date
    or a number are left out (a chart cannot place them), and so are rejected ones and
    those of review statuses the tally does not count (the chart shows what sources
    said, not what an engine proposed), and those of a source the tally sets aside for
    its grade (drawn, its "Ninety killed" stood beside a tally of 7 as if counted, and
    set the chart's scale; the sources list names it and says why), and those the
    outcome's total does not count (``in_total``: superseded by a revised toll, or part
    of another figure). ``tallied``: the incident's tally of ``figure_statuses`` when
    the caller has it."""
    rows = {r["id"]: r for r in model.members(project, incident_id)}
    included = model.get_incident(project, incident_id)["included_docs"]
    if tallied is None:  # of the same statuses: a revision only they hold supersedes
        counted = tuple(figure_statuses) if figure_statuses is not None else None
        tallied = tally(project, incident_id, counted)
    out = []
    for cell in tallied.cells.values():
        if cell.category != "all":
            continue
        for src in cell.sources:
            if set_aside(src.reliability, src.credibility, src.doc_id, included):
                continue
            for fig in src.figures:
                row = rows.get(fig.annotation_id, {})
                status = row.get("status")
                if status == "rejected" or (figure_statuses is not None
                                            and status not in figure_statuses):
                    continue
                if not in_total(src, fig):
                    continue
                day = src.published or _own_date(project, row)
                n = next((v for v in (fig.best, fig.low, fig.high) if v is not None), None)
                if day and n is not None:
                    out.append(ChartPoint(day[:10], cell.outcome, fig.low, fig.best, fig.high))
    return sorted(out, key=lambda p: (p.day, p.outcome))


def in_total(src: SourceRow, fig: Figure) -> bool:
    """Whether an outcome's total (its ``all`` cell) counts ``fig`` of ``src``, as the
    tally decided: no later report's revised toll superseded the source, and the figure
    is used there (not superseded by a revised toll of its own report, not a part
    counted inside another figure, of a counted review status). The chart draws these
    only: it drew "three people were killed" and "the dead included six children"
    beside the "risen to 14" that replaced them, under a table that counted 14."""
    return src.superseded_by is None and fig.used


def _own_date(project: Project, row: Mapping[str, Any]) -> str | None:
    if not row or row.get("kind") not in project.codebook:
        return None
    spec = project.codebook.kind(row["kind"])
    value = row["fields"].get(spec.date_field) if spec.date_field else None
    return str(value) if value else None


# ------------------------------------------------------------------ HTML
_CSS = """
body { font-family: sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 18pt; border-bottom: 1px solid #888; }
h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; }
table { border-collapse: collapse; margin-top: 4pt; }
th { background: #e8e8e8; text-align: left; }
th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; }
td.n { text-align: right; }
p, blockquote, td { overflow-wrap: anywhere; }
.meta { color: #444; }
.hash { font-family: monospace; font-size: 7.5pt; }
blockquote { margin: 2pt 0 2pt 12pt; }
blockquote.en { font-style: italic; }
.flag { color: #a11; font-weight: bold; }
"""


def chart_src(incident_id: str, png: bytes | None, *, embed: bool = True) -> str:
    """Where a chart image is found: a data URI, or a resource name the PDF side adds."""
    if not embed:
        return f"chart-{incident_id}.png"
    return "data:image/png;base64," + base64.b64encode(png or b"").decode("ascii")


def report_html(project: Project, incident_ids: Sequence[str] | None = None, *,
                charts: Mapping[str, bytes] | None = None, embed: bool = True,
                made_on: dt.date | None = None,
                figure_statuses: Sequence[str] | None = FIGURE_STATUSES) -> str:
    """The report page for ``incident_ids`` (every live, non-suggested incident if None).

    ``charts`` maps an incident id to its timeline PNG; with ``embed`` False the image
    is named by :func:`chart_src` instead of carried inline. The tallies count the
    figures of ``figure_statuses`` (default accepted, as the exports). The page reads
    one state of the project, whatever another program commits meanwhile.
    """
    with one_snapshot(project.conn):
        return _page(project, incident_ids, charts, embed, made_on, figure_statuses)


def _page(project: Project, incident_ids: Sequence[str] | None,
          charts: Mapping[str, bytes] | None, embed: bool, made_on: dt.date | None,
          figure_statuses: Sequence[str] | None) -> str:
    ids = list(incident_ids) if incident_ids else [
        i["id"] for i in model.list_incidents(project, model.STATUSES)]
    made = (made_on or dt.date.today()).isoformat()
    name = project.path.stem
    parts = [
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>",
        f"<title>Incident report — {escape(name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Incident report: {escape(name)}</h1>",
        f"<p class='meta'>Project {escape(str(project.path.name))} · made {escape(made)} · "
        f"{len(ids)} incident{'' if len(ids) == 1 else 's'}</p>",
    ]
    if not ids:
        parts.append("<p>The project has no incidents.</p>")
    for n, inc_id in enumerate(ids):
        rep = incident_report(project, inc_id, figure_statuses)
        png = (charts or {}).get(inc_id)
        # Each incident starts a page in print, so no heading is left apart from its chart.
        parts.append(_section(rep, chart_src(inc_id, png, embed=embed) if png else None,
                              new_page=n > 0))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _section(rep: IncidentReport, image: str | None, *, new_page: bool = False) -> str:
    inc = rep.incident
    place = ", ".join(str(v) for v in (inc.get("place_name"), inc.get("admin1"),
                                       inc.get("country")) if v)
    when = inc.get("start_date") or "date unknown"
    if inc.get("end_date") and inc["end_date"] != inc.get("start_date"):
        when = f"{when} – {inc['end_date']}"
    if inc.get("date_precision"):
        when = f"{when} ({inc['date_precision']})"
    rows = [("Date", when), ("Place", place or "unknown"), ("Status", inc.get("status")),
            ("Type", rep.type_label or inc.get("incident_type") or "not set"),
            ("Summary", rep.tally.describe())]
    actors = "; ".join(f"{a.get('name') or a.get('actor_id')} ({a['role']})"
                       for a in inc.get("actors") or [])
    if actors:
        rows.append(("Actors", actors))
    brk = " style='page-break-before: always'" if new_page else ""
    out = [f"<h2{brk}{_dir(str(inc['title']))}>{escape(str(inc['title']))}</h2>", "<table>"]
    out += [f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in rows]
    out.append("</table>")
    if inc.get("memo"):
        out.append(f"<p{_dir(str(inc['memo']))}><b>Memo:</b> {escape(str(inc['memo']))}</p>")
    out.append("<h3>Tally</h3>")
    out.append(_tally_table(list(rep.tally.cells.values())))
    out += [f"<p class='flag'>{escape(line)}</p>" for line in rep.tally.notes]
    if image:
        out.append("<h3>Figures over time</h3>")
        out.append(f"<p><img src='{escape(image)}' width='{CHART_SHOWN[0]}' "
                   f"height='{CHART_SHOWN[1]}' "
                   "alt='Each figure by publication date, low to high'><br>"
                   "<span class='meta'>Each dot is one figure (people) at the date its "
                   "source was published; the bar runs from its low to its high. An open "
                   "figure "
                   "(&#8220;at least 9&#8221;) is drawn at its floor."
                   f"{_not_drawn(rep)}</span></p>")
    out.append("<h3>Sources</h3>")
    out += [_source(s) for s in rep.sources] or ["<p>No sources yet.</p>"]
    return "\n".join(out)


def _not_drawn(rep: IncidentReport) -> str:
    """The caption's word on the figures the chart leaves out as the tally does (listed
    under Sources): those of sources set aside for their grade, and those the total
    does not count (``in_total``); or ""."""
    counted = rep.tally.statuses

    def shown(status: str) -> bool:
        return status != "rejected" and (counted is None or status in counted)

    n = sum(1 for s in rep.sources if s.set_aside for f in s.figures if shown(f.status))
    aside = {s.doc_id for s in rep.sources if s.set_aside}
    left = {f.annotation_id for c in rep.tally.cells.values() if c.category == "all"
            for s in c.sources if s.doc_id not in aside
            for f in s.figures if shown(f.status) and not in_total(s, f)}
    words = ""
    if n:
        words += (" 1 figure of a source set aside for its grade is not drawn, as the "
                  "tally leaves it out (see Sources)." if n == 1 else
                  f" {n} figures of sources set aside for their grade are not drawn, as "
                  "the tally leaves them out (see Sources).")
    if left:
        words += (f" {wording.counted(len(left), 'figure')} the total does not count "
                  "(superseded by a revised toll, or part of another figure) "
                  f"{wording.agrees(len(left), 'is', 'are')} not drawn (see Sources).")
    return words


def _dir(text: str) -> str:
    """A right-to-left paragraph's attribute: an Arabic title or memo reads from the
    right, its punctuation where an Arabic reader expects it."""
    return " dir='rtl'" if detect_direction(text) == "rtl" else ""


def _quote_style(quote: str) -> str:
    """A quote's direction and face. Italic only for quotes without right-to-left
    letters: Arabic fonts have no italic, and Qt printed an italic Arabic quote in the
    PDF as empty boxes (the source's own words, the part of the report that matters)."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in quote):
        return _dir(quote)
    return " class='en'"


def _words(qualifier: str | None) -> str:
    """A stored qualifier as a reader writes it ("at_least" -> "at least")."""
    return (qualifier or "none").replace("_", " ")


def _num(v: int | None) -> str:
    return "–" if v is None else str(v)


def _more(c: Cell) -> str:
    """" or more" after an open high; a cell whose only figures give no number has
    no high to follow ("–", its flag says why)."""
    return " or more" if c.high_open and c.high is not None else ""


def _tally_table(cells: list[Cell]) -> str:
    if not cells:
        return "<p>No casualty figures in this incident.</p>"
    head = ("<tr><th>Outcome</th><th>Category</th><th>Low</th><th>Best</th><th>High</th>"
            "<th>Flags</th><th>Best chosen by</th></tr>")
    rows = [head]
    for c in cells:
        flags = [w for w, on in (("conflict", c.conflict), ("vague", c.vague),
                                 ("approximate", c.approximate)) if on]
        if c.conflict and c.conflicting:
            flags[0] += " (documents " + ", ".join(str(d) for d in c.conflicting)
            if c.self_conflicting:
                # A report whose own figures disagree (headline 12, body "at least 14").
                flags[0] += "; own figures disagree in " + ", ".join(
                    str(d) for d in c.self_conflicting)
            flags[0] += ")"
        if c.no_number:
            # A vague figure coded with no count ("dozens"): its report raised no low.
            flags.append("no number given (documents "
                         + ", ".join(str(d) for d in c.no_number) + ")")
        rows.append(
            f"<tr><td>{escape(c.outcome)}</td><td>{escape(c.category)}</td>"
            f"<td class='n'>{_num(c.low)}</td><td class='n'>{_num(c.best)}</td>"
            f"<td class='n'>{_num(c.high)}{_more(c)}</td>"
            f"<td class='flag'>{escape(', '.join(flags))}</td>"
            f"<td>{escape(c.best_rule)}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def _source(s: SourceEntry) -> str:
    if s.reliability or s.credibility:
        grade = (f"graded {s.reliability or '–'}{s.credibility or '–'} (reliability "
                 f"{s.reliability or 'not graded'}, credibility {s.credibility or 'not graded'})")
    else:
        grade = "not graded"
    meta = " · ".join(escape(str(v)) for v in (
        s.publisher or "publisher unknown", f"published {s.published or 'date unknown'}",
        grade))
    out = [f"<p><b>{escape(s.title or f'Document {s.doc_id}')}</b> "
           f"(document {s.doc_id})<br>{meta}<br>"
           f"<span class='hash'>SHA-256 of the original: {escape(s.sha256)}</span></p>"]
    if s.set_aside:
        # The tally leaves a poorly graded source out; its figures keep used=True (they
        # are the source's own reading), so without this line the page listed "Ninety
        # killed" under a tally of 7 with nothing to say it was not counted.
        out.append(f"<p class='flag'>Set aside: {escape(s.set_aside)}.</p>")
    if not s.figures:
        out.append("<p class='meta'>No casualty figure from this source.</p>")
    for f in s.figures:
        counts = "/".join(_num(v) for v in (f.count_low, f.count_best, f.count_high))
        why = f.note if not f.used else s.set_aside
        note = f" — not counted: {escape(why)}" if why else ""
        if f.annotation_id in s.orphaned:
            # The hash above is of the version the words are no longer in: a reader
            # checking the quote against that original would not find it.
            note += (" — <span class='flag'>not in this version of the document: a "
                     "re-import left these words orphaned; they are quoted from an "
                     "earlier version (its hash is in the custody log)</span>")
        out.append(f"<blockquote{_quote_style(f.quote)}>“{escape(f.quote)}”</blockquote>"
                   f"<p class='meta'>qualifier {escape(_words(f.qualifier))} · "
                   f"counts low/best/high {counts}{note}</p>")
    return "\n".join(out)
