"""Key I, Annotate ▸ Add to incident and drops on the incident list: put annotations in
an incident. Shared by the viewer, the annotation table, the incident pane and the menu,
which each call it with their own ``sender``; every write goes through ``session.run``.

A figure already in another (reviewed) incident is moved, not silently stolen: the
core moves it only when asked (``take``), in the same write as the others, and the status
bar says so.
"""

from __future__ import annotations

import re

from workbench.core.errors import NotFoundError
from workbench.core.incidents import model
from workbench.core.incidents.ops import add_members, create_incident
from workbench.core.incidents.suggest import accept_suggestion, reject_suggestion
from workbench.gui.session import Session

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TITLE_CHARS = 60


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _s(items: list[str]) -> str:
    return "" if len(items) == 1 else "s"


def new_title(session: Session, ann_id: str) -> tuple[str, dict[str, str]]:
    """A title from the annotation's words and its document, and its date if it has one."""
    project = session.project
    ann = project.repo.get("annotation", ann_id) or {}
    doc = project.repo.get("document", ann.get("doc_id")) or {}
    title = _short(ann.get("exact") or "", TITLE_CHARS)
    if doc.get("title"):
        title = f"{title} — {_short(doc['title'], TITLE_CHARS)}" if title else doc["title"]
    extra: dict[str, str] = {}
    cb = project.codebook
    if ann.get("kind") in cb:
        spec = cb.kind(ann["kind"])
        date = (ann.get("fields") or {}).get(spec.date_field or "")
        if isinstance(date, str) and _DATE.match(date):
            extra["start_date"] = date
    return title or "New incident", extra


def current_incident(session: Session) -> dict | None:
    inc_id = session.bus.incident.incident_id
    if inc_id is None:
        return None
    try:
        return model.get_incident(session.project, inc_id)
    except NotFoundError:
        return None


def add_to_incident(session: Session, ann_ids: list[str], sender: object,
                    target: str | None = None) -> str | None:
    """Add ``ann_ids`` to ``target`` (default: the current incident), or create an
    incident from the first of them when there is none; returns the incident's id."""
    bus = session.bus
    ann_ids = list(dict.fromkeys(a for a in ann_ids if a))
    if not ann_ids:
        bus.status_message.emit("Select an annotation first, then press I.")
        return None
    refused = _rejected(session, target or bus.incident.incident_id)
    if target and refused is not None:
        bus.status_message.emit(f"“{refused['title']}” is a rejected proposal: reopen it "
                                "(Reopen as a proposal) to add figures to it.")
        return None
    try:
        inc = (model.get_incident(session.project, target) if target
               else current_incident(session))
    except NotFoundError as err:  # trashed in another window since the drop began
        bus.status_message.emit(str(err))
        return None
    held = model.membership_rows(session.project, ann_ids)
    # Members of a real incident other than the target are moved; proposals give theirs up.
    taken: dict[str, list[str]] = {}
    for a in ann_ids:
        row = held.get(a)
        if row and row["incident_status"] != "suggested" and (
                inc is None or row["incident_id"] != inc["id"]):
            taken.setdefault(row["incident_id"], []).append(a)
    moved = {a for ids in taken.values() for a in ids}
    free = [a for a in ann_ids if a not in moved]
    # One write, so one undo takes the whole key press back (added and moved alike).
    if inc is None:
        title, extra = new_title(session, ann_ids[0])
        out = session.run(create_incident, title, members=ann_ids, take=True, sender=sender,
                          **extra)
        if not out.ok or out.changes is None:
            return None
        inc_id, inc_title = str(out.changes.result), title
        parts = [f"New incident “{title}” with {len(free)} annotation{_s(free)}"]
    else:
        inc_id, inc_title = inc["id"], inc["title"]
        fresh = [a for a in free if held.get(a, {}).get("incident_id") != inc_id]
        joining = [a for a in ann_ids if a in moved or a in fresh]
        if joining and not session.run(add_members, inc_id, joining, take=True,
                                       sender=sender).ok:
            return None
        parts = [f"Added {len(fresh)} annotation{_s(fresh)} to “{inc_title}”"] if fresh else []
    for src, ids in taken.items():
        old = model.get_incident(session.project, src, live=False)["title"]
        parts.append(f"moved {len(ids)} annotation{_s(ids)} from “{old}” to “{inc_title}”")
    bus.select_incident(inc_id, sender=sender)
    text = "; ".join(parts) or f"Already in “{inc_title}”"
    text = text[0].upper() + text[1:] + "."
    if refused is not None:
        # The proposal shown as current takes no figures: said, the new incident does
        # not read as the figures having joined it.
        text = f"“{refused['title']}” is a rejected proposal, so a new incident was started: {text}"
    bus.status_message.emit(text)
    return inc_id


def _rejected(session: Session, inc_id: str | None) -> dict | None:
    """The incident ``inc_id`` if it is a rejected proposal, else None."""
    if inc_id is None:
        return None
    found = model.rejected_proposals(session.project, [inc_id])
    return found[0] if found else None


def review(session: Session, incident_id: str, accept: bool, sender: object) -> bool:
    """Accept or reject a suggested incident; False when it was refused."""
    op = accept_suggestion if accept else reject_suggestion
    return session.run(op, incident_id, sender=sender).ok
