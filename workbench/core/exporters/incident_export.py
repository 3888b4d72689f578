"""Incidents as event data: ACLED-shaped, UCDP GED-shaped, and one wide row per incident.

One row per incident; the column mapping is documented in docs/incidents.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from workbench.core.dates import date_interval
from workbench.core.exporters.csvsafe import SafeWriter
from workbench.core.incidents import model
from workbench.core.incidents.tally import FIGURE_STATUSES, Tally, tally
from workbench.core.project import Project

ACLED = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
         "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
         "geo_precision", "source", "notes", "fatalities", "fatalities_open"]
UCDP = ["id", "date_start", "date_end", "date_prec", "side_a", "side_b", "country", "adm_1",
        "latitude", "longitude", "where_prec", "best", "low", "high", "deaths_civilians",
        "source_article", "source_date", "source_headline", "high_open"]
# Incident types as ACLED event type / sub-event type.
ACLED_TYPES = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide_bombing": ("Explosions/Remote violence", "Suicide bomb"),
    "armed_clash": ("Battles", "Armed clash"),
    "raid": ("Battles", "Armed clash"),
    "massacre": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
}
_ACLED_PREC = {"day": 1, "week": 2}
_UCDP_PREC = {"day": 1, "week": 3, "month": 4, "year": 5}



def _selected(project: Project, statuses: Iterable[str] | None,
              ids: Iterable[str] | None) -> list[dict[str, Any]]:
    wanted = set(ids) if ids else None
    # Incidents named are written whatever their status unless statuses are named too,
    # as the report writes them: a proposal named alone gave a header and no row.
    rows = model.list_incidents(project, tuple(statuses) if statuses else
                                None if wanted else model.STATUSES)
    return [{**r, "actors": model.named_actors(project, r["actors"])} for r in rows
            if wanted is None or r["id"] in wanted]


def _actor(row: dict[str, Any], *roles: str) -> str:
    return "; ".join(a.get("name") or a.get("actor_id", "") for a in row["actors"]
                     if a["role"] in roles)


def _sources(t: Tally) -> list[Any]:
    seen: dict[int, Any] = {}
    for c in t.cells.values():
        for s in c.sources:
            if s.included:
                seen.setdefault(s.doc_id, s)
    return sorted(seen.values(), key=lambda s: (s.published or "", s.doc_id))


def _figure(t: Tally, outcome: str, category: str, attr: str) -> Any:
    cell = t.cell(outcome, category)
    return getattr(cell, attr) if cell else None


def _open(t: Tally, outcome: str = "killed", category: str = "all") -> str:
    """"yes" when the cell's high is an open floor ("at least 5"): the sources set no
    ceiling, so its high is the least the toll may be, not a count. A column of its own
    (appended after the data sets' columns) rather than an invented high."""
    return "yes" if _figure(t, outcome, category, "high_open") else ""


def _days(value: str | None, precision: str | None) -> tuple[str, str] | None:
    """The first and last day (ISO) a stored date can mean at the incident's precision:
    the event data sets' date columns hold whole dates, never "2026-03"."""
    span = date_interval(value, precision)
    return None if span is None else (span[0].isoformat(), span[1].isoformat())


def _whole(value: str | None, precision: str | None) -> str | None:
    """A whole date for one date column: a partial date becomes its first day; a whole
    date stays as the researcher entered it (the precision column says how exact)."""
    days = _days(value, precision)
    if days is None or value is None or len(str(value)) == 10:
        return value
    return days[0]


def acled_row(row: dict[str, Any], t: Tally) -> list[Any]:
    event_type, sub = ACLED_TYPES.get(row["incident_type"] or "", ("", row["incident_type"]))
    srcs = _sources(t)
    return [row["id"], _whole(row["start_date"], row["date_precision"]),
            _ACLED_PREC.get(row["date_precision"] or "day", 3),
            event_type, sub or "", _actor(row, "perpetrator", "side_a"),
            _actor(row, "target", "side_b"), row["country"], row["admin1"], row["place_name"],
            row["latitude"], row["longitude"], row["geo_precision"],
            "; ".join(s.publisher or s.title for s in srcs),
            f"{row['title']}. {t.describe()}", _figure(t, "killed", "all", "low") or 0,
            _open(t)]


def ucdp_row(row: dict[str, Any], t: Tally) -> list[Any]:
    srcs = _sources(t)
    # UCDP's date_start and date_end are the earliest and the latest day the event can
    # have happened on: the start's first day and the end's (or the start's) last day.
    first = _days(row["start_date"], row["date_precision"])
    last = _days(row["end_date"] or row["start_date"], row["date_precision"])
    return [row["id"], first[0] if first else row["start_date"],
            last[1] if last else (row["end_date"] or row["start_date"]),
            _UCDP_PREC.get(row["date_precision"] or "day", 5),
            _actor(row, "side_a", "perpetrator"), _actor(row, "side_b", "target"),
            row["country"], row["admin1"], row["latitude"], row["longitude"],
            row["geo_precision"], _figure(t, "killed", "all", "best"),
            _figure(t, "killed", "all", "low"), _figure(t, "killed", "all", "high"),
            _figure(t, "killed", "civilians", "best"),
            "; ".join(s.title for s in srcs), "; ".join(s.published or "" for s in srcs),
            srcs[0].title if srcs else "", _open(t)]


def _wide_columns() -> list[str]:
    cols = ["id", "title", "status", "incident_type", "start_date", "end_date",
            "date_precision", "place_name", "admin1", "country", "latitude", "longitude",
            "geo_precision", "actors", "members", "sources", "tally"]
    for outcome in model.OUTCOMES:
        for category in ("all", *model.CATEGORIES):
            for part in ("low", "best", "high", "high_open", "conflict"):
                cols.append(f"{outcome}_{category}_{part}")
    return cols


def wide_row(row: dict[str, Any], t: Tally) -> list[Any]:
    out = [row[c] for c in ("id", "title", "status", "incident_type", "start_date",
                            "end_date", "date_precision", "place_name", "admin1", "country",
                            "latitude", "longitude", "geo_precision")]
    out += ["; ".join(f"{a['role']}: {a.get('name') or a.get('actor_id')}"
                      for a in row["actors"]), row["members"], t.source_count, t.describe()]
    for outcome in model.OUTCOMES:
        for category in ("all", *model.CATEGORIES):
            cell = t.cell(outcome, category)
            out += ([cell.low, cell.best, cell.high, _open(t, outcome, category),
                     "yes" if cell.conflict else ""] if cell else [None, None, None, "", ""])
    return out


def _writer(header: list[str], make: Any) -> Any:
    def write(project: Project, out: TextIO, *, statuses: Iterable[str] | None = None,
              ids: Iterable[str] | None = None,
              figure_statuses: Iterable[str] | None = FIGURE_STATUSES,
              raw: bool = False) -> int:
        rows = _selected(project, statuses, ids)
        counted = tuple(figure_statuses) if figure_statuses is not None else None
        w = SafeWriter(out, raw=raw)
        w.writerow(header)
        for r in rows:
            w.writerow(make(r, tally(project, r["id"], counted)))
        return len(rows)
    return write


write_acled = _writer(ACLED, acled_row)
write_ucdp = _writer(UCDP, ucdp_row)
write_incidents = _writer(_wide_columns(), wide_row)
