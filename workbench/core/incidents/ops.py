"""Write incidents: each operation is one audited, undoable transaction returning a ChangeSet."""

from __future__ import annotations

from typing import Any

from workbench.core import clock
from workbench.core.changes import ChangeSet
from workbench.core.codebook import COUNT_LIMIT, FieldSpec, validate_kind_name
from workbench.core.dates import date_interval
from workbench.core.errors import ValidationError
from workbench.core.incidents import model
from workbench.core.incidents.model import get_incident
from workbench.core.ops.annotations import get_annotation
from workbench.core.project import Project
from workbench.core.repo import Transaction
from workbench.core.wording import agrees, counted

_SPECS = {
    "title": FieldSpec("title", "text", "Title"),
    "start_date": FieldSpec("start_date", "date", "Start date"),
    "end_date": FieldSpec("end_date", "date", "End date"),
    "date_precision": FieldSpec("date_precision", "enum", "Date precision",
                                choices=model.PRECISIONS),
    "place_name": FieldSpec("place_name", "text", "Place"),
    "country": FieldSpec("country", "text", "Country"),
    "admin1": FieldSpec("admin1", "text", "Region"),
    "latitude": FieldSpec("latitude", "float", "Latitude", minimum=-90, maximum=90),
    "longitude": FieldSpec("longitude", "float", "Longitude", minimum=-180, maximum=180),
    "geo_precision": FieldSpec("geo_precision", "int", "Geo precision", minimum=1, maximum=3),
    "status": FieldSpec("status", "enum", "Status", choices=model.STATUSES),
    "memo": FieldSpec("memo", "longtext", "Memo"),
}
EDITABLE = (*_SPECS, "incident_type", "actors", "included_docs")


def _document_id(project: Project, value: Any) -> int:
    """A document number the project holds (trash included): an incident may only
    count sources that exist."""
    try:
        doc_id = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"A document is named by its number; got {value!r}.") from None
    if isinstance(value, bool) or project.repo.get("document", doc_id) is None:
        raise ValidationError(f"There is no document {value!r}.")
    return doc_id


def _clean_actors(project: Project, actors: Any) -> list[dict[str, Any]]:
    out = []
    for item in actors or []:
        if not isinstance(item, dict):
            raise ValidationError("Each incident actor needs a name or actor id and a role.")
        role = item.get("role")
        if role not in model.ACTOR_ROLES:
            raise ValidationError(
                f"An actor's role must be one of {', '.join(model.ACTOR_ROLES)}; got {role!r}.")
        if not (item.get("name") or item.get("actor_id")):
            raise ValidationError("Each incident actor needs a name or an actor id.")
        if item.get("actor_id") and project.repo.get("actor", item["actor_id"]) is None:
            raise ValidationError(f"There is no actor with id {item['actor_id']!r}.")
        out.append({k: item[k] for k in ("name", "actor_id", "role") if item.get(k)})
    return out


def _validate(project: Project, values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in _SPECS:
            out[name] = _SPECS[name].coerce(value)
        elif name == "incident_type":
            known = [t["name"] for t in model.incident_types(project)]
            if value not in (None, "") and value not in known:
                raise ValidationError(
                    f"Incident type must be one of {', '.join(known)}; got {value!r}.")
            out[name] = value or None
        elif name == "actors":
            out[name] = _clean_actors(project, value)
        elif name == "included_docs":
            out[name] = sorted({_document_id(project, v) for v in value or []})
        else:
            raise ValidationError(
                f"An incident has no field {name!r} (fields: {', '.join(EDITABLE)}).")
    if "title" in out and not (out["title"] or "").strip():
        raise ValidationError("An incident needs a title.")
    return out


_DATES = {"start_date", "end_date", "date_precision"}


def _check_dates(values: dict[str, Any], stored: dict[str, Any] | None = None) -> None:
    """Refuse an end before the start, with the stored dates an edit leaves. Each date
    is taken as the days it can mean at the incident's precision, so a month or a week
    that holds the start day is no end before it. An incident ending before it began
    was kept, and its UCDP row's date_end fell before its date_start."""
    now = {**(stored or {}), **values}
    precision = now.get("date_precision")
    start = date_interval(now.get("start_date"), precision)
    end = date_interval(now.get("end_date"), precision)
    if start and end and end[1] < start[0]:
        raise ValidationError(f"The end date {now['end_date']} is before the start date "
                              f"{now['start_date']}.")


def _new_incident_row(project: Project, title: str, status: str,
                      values: dict[str, Any], now: str) -> dict[str, Any]:
    """A new incident's row, made at ``now``: its write's time (``tx.time()``), as every
    row the write touches and its audit entries are stamped."""
    return {"id": clock.new_id(), "title": title.strip(), "status": status, "memo": "",
            "best": {}, "actors": [], "included_docs": [], "coder": project.coder,
            "created_at": now, "modified_at": now, **values}


def _insert_member(project: Project, tx: Transaction, incident_id: str, ann_id: str) -> None:
    tx.insert("incident_member", {"id": clock.new_id(), "incident_id": incident_id,
                                  "annotation_id": ann_id, "coder": project.coder,
                                  "added_at": tx.time()})


def _join(project: Project, tx: Transaction, incident_id: str, ann_ids: list[str],
          *, moving_from: str | None = None, take: bool = False) -> None:
    """Make ``ann_ids`` members; a figure already in another real incident is refused
    unless it is being moved from ``moving_from``, or ``take`` moves it from wherever it
    is. Proposals give their figures up."""
    ids = list(dict.fromkeys(ann_ids))
    for ann_id in ids:
        ann = get_annotation(project, ann_id)
        # A figure in the trash, or in a trashed report, would join unseen: no listing,
        # member list or tally shows it. (Moved members keep their state.)
        if moving_from is None and (ann["deleted_at"] or _trashed_doc(project, ann["doc_id"])):
            raise ValidationError(f"Annotation {ann_id} is in the trash (or its document is); "
                                  "restore it before adding it to an incident.")
    current = model.membership_rows(project, ids)
    for ann_id in ids:
        row = current.get(ann_id)
        if row and row["incident_id"] == incident_id:
            continue
        if (row and not take and row["incident_id"] != moving_from
                and not model.proposal_gives_up(row["incident_status"], None)):
            raise ValidationError(
                f"Annotation {ann_id} already belongs to incident {row['incident_id']}; "
                "move it instead.")
        if row:
            tx.update("incident_member", row["id"], {"deleted_at": tx.time()})
        _insert_member(project, tx, incident_id, ann_id)


def _trashed_doc(project: Project, doc_id: int) -> bool:
    row = project.conn.execute("SELECT deleted_at IS NOT NULL FROM documents WHERE id = ?",
                               (doc_id,)).fetchone()
    return bool(row and row[0])


def _touch(tx: Transaction, incident_id: str, **values: Any) -> None:
    tx.update("incident", incident_id, {**values, "modified_at": tx.time()})


def create_incident(project: Project, title: str, *, members: list[str] | None = None,
                    take: bool = False, **fields: Any) -> ChangeSet:
    """A new incident (status open unless given); ``cs.result`` is its id. ``take``:
    members of another incident are moved into it in the same write (see add_members)."""
    values = _validate(project, {"title": title, **fields})
    _check_dates(values)
    title, status = values.pop("title"), values.pop("status", None) or "open"
    with project.write("incident:create") as tx:
        row = _new_incident_row(project, title, status, values, tx.time())
        tx.insert("incident", row)
        _join(project, tx, row["id"], members or [], take=take)
    tx.changeset.result = row["id"]
    return tx.changeset


def update_incident(project: Project, incident_id: str, **fields: Any) -> ChangeSet:
    values = _validate(project, fields)
    with project.write("incident:edit") as tx:
        row = get_incident(project, incident_id)
        if _DATES & values.keys():  # dates kept from before the check block no other edit
            _check_dates(values, row)
        if values:
            _touch(tx, incident_id, **values)
    return tx.changeset


def add_members(project: Project, incident_id: str, ann_ids: list[str], *,
                take: bool = False) -> ChangeSet:
    """Make figures members. One already in another real incident is refused, unless
    ``take``: then it is moved here in the same write, so one undo takes back the whole
    gathering (key I on figures of which some were elsewhere was two undo steps)."""
    with project.write("incident:add") as tx:
        get_incident(project, incident_id)
        _join(project, tx, incident_id, ann_ids, take=take)
    return tx.changeset


def move_members(project: Project, src: str, dst: str, ann_ids: list[str]) -> ChangeSet:
    """Move figures from one incident to another: the explicit way to change membership."""
    with project.write("incident:move") as tx:  # memberships read inside the write
        get_incident(project, src)
        get_incident(project, dst)
        current = model.membership_rows(project, list(ann_ids))
        for ann_id in ann_ids:
            if current.get(ann_id, {}).get("incident_id") != src:
                raise ValidationError(f"Annotation {ann_id} is not a member of incident {src}.")
        _join(project, tx, dst, list(ann_ids), moving_from=src)
    return tx.changeset


def remove_members(project: Project, incident_id: str, ann_ids: list[str]) -> ChangeSet:
    with project.write("incident:remove") as tx:
        get_incident(project, incident_id)
        current = model.membership_rows(project, list(ann_ids))
        for ann_id in ann_ids:
            row = current.get(ann_id)
            if row is None or row["incident_id"] != incident_id:
                raise ValidationError(
                    f"Annotation {ann_id} is not a member of incident {incident_id}.")
            tx.update("incident_member", row["id"], {"deleted_at": tx.time()})
    return tx.changeset


def merge_incidents(project: Project, keep: str, absorb: str) -> ChangeSet:
    """Move every member of ``absorb`` into ``keep``, trash ``absorb`` and note it."""
    if keep == absorb:
        raise ValidationError("An incident cannot be merged into itself.")
    with project.write("incident:merge") as tx:  # both read and merged inside the write
        kept, gone = get_incident(project, keep), get_incident(project, absorb)
        ann_ids = [m["annotation_id"] for m in model.live_membership(project, absorb)]
        note = f"Merged incident {absorb} ({gone['title']}) into this one on {tx.time()[:10]}."
        memo = (kept["memo"] + "\n" if kept["memo"] else "") + note
        _join(project, tx, keep, ann_ids, moving_from=absorb)
        actors = kept["actors"] + [a for a in gone["actors"] if a not in kept["actors"]]
        included = sorted(set(kept["included_docs"]) | set(gone["included_docs"]))
        best, left = _joined_best(kept["best"], gone["best"])
        memo += "".join(f"\n{_best_not_kept(key, gone['title'], theirs, best[key])}"
                        for key, theirs in left)
        _touch(tx, keep, memo=memo, actors=actors, included_docs=included, best=best)
        _touch(tx, absorb, deleted_at=tx.time(),
               memo=(gone["memo"] + "\n" if gone["memo"] else "") + f"Merged into {keep}.")
    tx.changeset.result = keep
    return tx.changeset


def _joined_best(kept: dict[str, Any], gone: dict[str, Any]
                 ) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]:
    """The best figures set by hand after a merge: the kept incident's, and the absorbed
    one's for the cells the kept one left to the rule (a settled figure and its reason
    were dropped without a word). Also the absorbed one's that differ from a figure the
    kept incident set itself, which stays."""
    best = dict(kept)
    left = []
    for key, theirs in gone.items():
        if key not in best:
            best[key] = theirs
        elif best[key].get("value") != theirs.get("value"):
            left.append((key, theirs))
    return best, left


def _best_not_kept(key: str, title: str, theirs: dict[str, Any], mine: dict[str, Any]) -> str:
    outcome, _, category = key.partition("/")
    return (f"The best {outcome} ({category}) {theirs.get('value')} set on {title} was not "
            f"kept: this incident's own, {mine.get('value')}, stays ({theirs.get('memo')}).")


def trash_incident(project: Project, incident_id: str) -> ChangeSet:
    """Soft delete; its memberships go to the trash with it, freeing the figures."""
    with project.write("incident:trash") as tx:
        trash_incident_in(project, tx, incident_id)
    return tx.changeset


def trash_incident_in(project: Project, tx: Transaction, incident_id: str) -> None:
    """:func:`trash_incident` inside the write ``tx`` (``trash ID...`` moves several
    items as one undo step): its members and it are stamped with the write's time, as
    everything else the write moves, and so restored together."""
    now = tx.time()
    get_incident(project, incident_id)
    for m in model.live_membership(project, incident_id):
        tx.update("incident_member", m["id"], {"deleted_at": now})
    tx.update("incident", incident_id, {"deleted_at": now})


def restore_incident(project: Project, incident_id: str) -> ChangeSet:
    """Bring an incident back with the members trashed with it, except figures that
    have since joined another incident (they stay where the researcher put them).
    ``result``: a sentence when a refused proposal came back for review or figures
    stayed in the incident they joined since, else ""."""
    with project.write("incident:restore") as tx:  # read inside the write
        tx.changeset.result = restore_incident_in(project, tx, incident_id)
    return tx.changeset


def restore_incident_in(project: Project, tx: Transaction, incident_id: str) -> str:
    """:func:`restore_incident` inside the write ``tx`` (the window restores several
    items of the trash as one undo step); a live incident is left alone.

    A rejected proposal comes back as a proposal to review again: restored as it was,
    it was a live incident still marked rejected, shown nowhere a researcher works
    and read by the suggester as a grouping refused. Figures that joined another
    incident meanwhile stay there; a proposal made meanwhile gives them back to a real
    incident restored. Returns the sentences saying either, else ""."""
    row = get_incident(project, incident_id, live=False)
    if not row["deleted_at"]:
        return ""
    trashed = project.conn.execute(
        "SELECT id, annotation_id FROM incident_members WHERE incident_id = ? "
        "AND deleted_at = ?", (incident_id, row["deleted_at"])).fetchall()
    taken = model.membership_rows(project, [r[1] for r in trashed])
    refused = row["status"] == "rejected"
    back = {"deleted_at": None, **({"status": "suggested"} if refused else {})}
    # A proposal gives its figures up to a real incident, as when they are added: one
    # made while this incident was in the trash held them, and it came back with none
    # of them, its figures left in a grouping nobody had reviewed.
    for ann_id, m in list(taken.items()):
        if model.proposal_gives_up(m["incident_status"], {**row, **back}):
            tx.update("incident_member", m["id"], {"deleted_at": tx.time()})
            del taken[ann_id]
    tx.update("incident", incident_id, back)
    for member_id, ann_id in trashed:
        if ann_id not in taken:
            tx.update("incident_member", member_id, {"deleted_at": None})
    said = [proposal_back(incident_id)] if refused else []
    # Figures that went to another incident at the instant this one was trashed went
    # with a merge into it (``merge_incidents``): they did not join it "while it was in
    # the trash", as was said of them.
    held = [taken[a] for _, a in trashed if a in taken]
    merged = [m for m in held if m["added_at"] == row["deleted_at"]]
    later = [m for m in held if m["added_at"] != row["deleted_at"]]
    if merged:
        said.append(figures_gone_with_a_merge(
            incident_id, len(merged), sorted({str(m["incident_id"]) for m in merged})))
    if later:
        said.append(figures_left_where_they_are(
            incident_id, len(later), sorted({str(m["incident_id"]) for m in later})))
    return " ".join(said)


def figures_gone_with_a_merge(incident_id: str, n: int, holders: list[str]) -> str:
    """Why an incident merged into another came back without its figures."""
    where = f"{agrees(len(holders), 'incident', 'incidents')} {', '.join(holders)}"
    return (f"Incident {incident_id} was merged into {where}, and its "
            f"{counted(n, 'figure')} went there with the merge and "
            f"{agrees(n, 'stays', 'stay')} (a figure counts in one incident): move "
            f"{agrees(n, 'it', 'them')} back to split them again.")


def figures_left_where_they_are(incident_id: str, n: int, holders: list[str]) -> str:
    """Why a restored incident came back without some of its figures."""
    return (f"Incident {incident_id} is back without {counted(n, 'figure')} of its own: "
            f"{agrees(n, 'it', 'they')} joined {agrees(len(holders), 'incident', 'incidents')}"
            f" {', '.join(holders)} while it was in the trash, and "
            f"{agrees(n, 'stays', 'stay')} there (a figure counts in one incident).")


def proposal_back(incident_id: str) -> str:
    """What restoring a rejected proposal did, and what the researcher does next."""
    return (f"Incident {incident_id} was a rejected proposal; it is back as a proposal to "
            "review again: accept it to make it an incident, or reject it again.")


def set_best(project: Project, incident_id: str, outcome: str, value: int | None, memo: str,
             category: str = "all") -> ChangeSet:
    """Override the best figure of one outcome and category, saying why (memo required);
    ``value`` None removes the override."""
    if outcome not in model.OUTCOMES:
        raise ValidationError(f"Outcome must be one of {', '.join(model.OUTCOMES)}; "
                              f"got {outcome!r}.")
    if category not in (*model.CATEGORIES, "all"):
        raise ValidationError(f"Category must be one of {', '.join(model.CATEGORIES)} or all; "
                              f"got {category!r}.")
    # bool is an int to Python, but True is no count; and a count stops where the
    # casualty counts do (codebook.COUNT_LIMIT), so exports and the window can hold it.
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not 0 <= value <= COUNT_LIMIT):
        raise ValidationError(f"The best figure must be a whole number from 0 to "
                              f"{COUNT_LIMIT:,}; got {value!r}.")
    if not (memo or "").strip():
        raise ValidationError("Say why in a memo when you set the best figure.")
    with project.write("incident:set-best") as tx:  # merge into the stored overrides
        best = dict(get_incident(project, incident_id)["best"])
        key = f"{outcome}/{category}"
        if value is None:
            best.pop(key, None)
        else:
            best[key] = {"value": value, "memo": memo.strip(), "coder": project.coder,
                         "at": tx.time()}
        _touch(tx, incident_id, best=best)
    return tx.changeset


def include_source(project: Project, incident_id: str, doc_id: int,
                   include: bool = True) -> ChangeSet:
    """Count a poorly graded source (E/F, 5/6) in this incident's tally, or stop counting it."""
    doc_id = _document_id(project, doc_id)
    with project.write("incident:edit") as tx:  # merge into the stored list
        docs = set(get_incident(project, incident_id)["included_docs"])
        docs = docs | {int(doc_id)} if include else docs - {int(doc_id)}
        _touch(tx, incident_id, included_docs=sorted(docs))
    return tx.changeset


def add_incident_type(project: Project, name: str, label: str | None = None) -> ChangeSet:
    validate_kind_name(name)
    with project.write("incident:add-type") as tx:
        types = model.incident_types(project)
        if any(t["name"] == name for t in types):
            raise ValidationError(f"There is already an incident type {name!r}.")
        pos = max((t["position"] for t in types), default=-1) + 1
        tx.insert("incident_type", {"name": name, "label": label or name.replace("_", " "),
                                    "position": pos, "builtin": 0})
    return tx.changeset
