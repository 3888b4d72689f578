"""What an incident is: its statuses, types, victim categories, and the rows it reads.

The SQL for incidents lives here rather than in ``repo.py`` so the incident tables can
grow without touching the shared repository module; it follows the same rules (reads
only; every write goes through a Transaction so it is audited and undoable).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from workbench.core import codebook, quotes, rewording
from workbench.core.errors import NotFoundError
from workbench.core.project import Project
from workbench.core.repo import _decode, in_chunks

# "suggested" rows are proposals waiting for review; "rejected" ones are kept (trashed)
# so the same grouping is not proposed again.
STATUSES = ("open", "confirmed", "disputed")
ALL_STATUSES = (*STATUSES, "suggested", "rejected")
PRECISIONS = ("day", "week", "month", "year")
ACTOR_ROLES = ("perpetrator", "target", "side_a", "side_b")
# The codebook's outcomes in the order a tally reads them (deaths and injuries first,
# then those taken, missing and uprooted), not the codebook's own order of choices.
OUTCOMES = tuple(sorted(codebook.OUTCOMES, key=(
    "killed", "wounded", "captured", "missing", "displaced", "arrested").index))
CATEGORIES = ("civilians", "combatants", "unknown")

DEFAULT_TYPES: tuple[tuple[str, str], ...] = (
    ("airstrike", "Airstrike"),
    ("shelling", "Shelling"),
    ("drone_strike", "Drone strike"),
    ("ied", "IED"),
    ("suicide_bombing", "Suicide bombing"),
    ("armed_clash", "Armed clash"),
    ("raid", "Raid"),
    ("massacre", "Massacre"),
    ("abduction", "Abduction"),
    ("other", "Other"),
)

# Words of a figure's victim group that decide its category. Combatant words are tested
# first: "police officers" must not become civilians because of a later word.
COMBATANT_WORDS = (
    "soldier", "troop", "fighter", "militant", "police", "policemen", "officer", "gunmen",
    "gunman", "security forces", "security personnel", "guard", "combatant", "insurgent",
    "rebel", "militiamen", "army", "servicemen",
)
CIVILIAN_WORDS = (
    "civilian", "child", "children", "women", "woman", "resident", "worshipper", "villager",
    "student", "pupil", "patient", "shopper", "farmer", "journalist", "aid worker",
    "family", "families", "passenger", "bystander", "refugee", "citizen",
)


# The same for Arabic groups, as the Arabic engine writes them ("مدنيين", "من عناصر
# الشرطة"). Arabic joins prefixes (و، ال، ب، ل) and endings to a word, so these are
# stems found inside the group's words after folding harakat and letter variants
# (textnorm). Not "عناصر" alone ("عناصر الدفاع المدني" are civil defence workers) nor
# "طالب" ("طالبان" is the movement).
COMBATANT_WORDS_AR = (
    "جندي", "جنود", "عسكري", "مقاتل", "مسلح", "شرطة", "شرطي", "ضابط", "ضباط", "جيش",
    "قوات", "الأمن", "أمني", "حرس", "متمرد", "ميليشي", "مليشي", "مجند", "منتسب",
    "إرهابي", "مرتزق", "قناص",
)
CIVILIAN_WORDS_AR = (
    "مدني", "طفل", "أطفال", "رضيع", "نساء", "امرأة", "سيدات", "مواطن", "سكان", "أهالي",
    "قروي", "طلاب", "طالبة", "طالبات", "تلاميذ", "تلميذ", "صحفي", "صحافي", "إعلامي",
    "مصلي", "مصلين", "عائلة", "عائلات", "أسرة", "لاجئ", "نازح", "مرضى", "مسعف", "إغاثة",
    "مزارع", "صياد", "متظاهر", "محتج", "ركاب", "طبيب", "أطباء", "ممرض", "معلم", "مدرس",
    "مسنين",
    # The older print spelling of لاجئ, the seat as ى and a bare hamza: the search
    # folding (version 3) no longer makes ئ a ya, so the stem above misses it.
    "لاجىء",
)


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")")


_COMBATANT = _words(COMBATANT_WORDS)
_CIVILIAN = _words(CIVILIAN_WORDS)


@functools.cache
def _arabic_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Arabic stems, folded as the groups are (built on the first Arabic group:
    folding builds a table once, which a project without Arabic need not pay for)."""
    from workbench.core.textnorm import normalise

    def stems(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(normalise(w)) for w in words))

    return stems(COMBATANT_WORDS_AR), stems(CIVILIAN_WORDS_AR)


@functools.lru_cache(maxsize=4096)
def victim_category(group: str | None) -> str:
    """civilians, combatants or unknown, from the words of a figure's victim group."""
    text = " ".join((group or "").lower().split())
    if _COMBATANT.search(text):
        return "combatants"
    if _CIVILIAN.search(text):
        return "civilians"
    if not text.isascii() and _ARABIC_LETTER.search(text):
        from workbench.core.textnorm import normalise

        folded = normalise(text)
        combatant, civilian = _arabic_words()
        # Combatant words first, as in English; but civil defence workers ("عناصر
        # الدفاع المدني", "قوات الدفاع المدني") are civilians.
        if combatant.search(folded) and _CIVIL_DEFENCE not in folded:
            return "combatants"
        if civilian.search(folded):
            return "civilians"
    return "unknown"


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_CIVIL_DEFENCE = "الدفاع المدني"  # as folded (no letter of it folds)


def get_incident(project: Project, incident_id: str, *, live: bool = True) -> dict[str, Any]:
    row = project.repo.get("incident", incident_id)
    if row is None:
        raise NotFoundError(f"There is no incident with id {incident_id}.")
    if live and row["deleted_at"]:
        # "There is no incident" of one the trash lists read as a wrong id.
        raise NotFoundError(
            f"Incident {incident_id} was a rejected proposal; restore it to review it again."
            if row["status"] == "rejected" else
            f"Incident {incident_id} is in the trash; restore it first.")
    return row


def live_incident(project: Project, ref: str) -> str:
    """The id of the live incident ``ref`` names (as ``resolve_incident`` takes it);
    one in the trash is refused in a sentence saying so. A reader naming incidents
    (tally, export) tallied a trashed one as "no figures" or wrote none of it."""
    return str(get_incident(project, resolve_incident(project, ref))["id"])


# The trashed documents, listed once per statement rather than joined per member: a
# join reads each member's document row, walking its whole text to reach deleted_at
# (as ``Repo.annotations`` does it).
_TRASHED_DOCS = "SELECT id FROM documents WHERE deleted_at IS NOT NULL"


def list_incidents(project: Project, statuses: tuple[str, ...] | None = None,
                   *, trashed: bool = False) -> list[dict[str, Any]]:
    """Incidents with their live member counts, oldest first.

    A member counts when its annotation and its document are live, as in ``members``
    and the tally: a figure of a trashed report is neither listed nor counted."""
    where = ["i.deleted_at IS NOT NULL" if trashed else "i.deleted_at IS NULL"]
    params: list[Any] = []
    if statuses is not None:
        where.append(f"i.status IN ({','.join('?' * len(statuses))})")
        params.extend(statuses)
    sql = f"""
        SELECT i.*, (SELECT count(*) FROM incident_members m
                      JOIN annotations a ON a.id = m.annotation_id AND a.deleted_at IS NULL
                      WHERE m.incident_id = i.id AND m.deleted_at IS NULL
                      AND a.doc_id NOT IN ({_TRASHED_DOCS})) AS members
        FROM incidents i WHERE {' AND '.join(where)}
        ORDER BY coalesce(i.start_date, '9999'), i.created_at"""
    return [_decode(r) for r in project.conn.execute(sql, params)]  # type: ignore[misc]


def rejected_proposals(project: Project, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """The proposals the researcher rejected (those among ``ids``, when given), in
    ``list_incidents``' order, each with ``members``: the figures it held when rejected
    (they went to the trash with it).

    The trash does not list them (they are the memory that stops ``suggest`` proposing
    the same grouping again), so this is where their ids, which ``restore`` takes, are
    shown: by ``workbench incidents --status rejected`` and the incidents pane."""
    if ids is not None:
        out: list[dict[str, Any]] = []
        for part, marks in in_chunks(ids):
            out.extend(_rejected(project, f"AND i.id IN ({marks})", part))
        return sorted(out, key=listing_key)
    return _rejected(project, "", [])


def _rejected(project: Project, where: str, params: list[str]) -> list[dict[str, Any]]:
    sql = f"""
        SELECT i.*, (SELECT count(*) FROM incident_members m
                      JOIN annotations a ON a.id = m.annotation_id AND a.deleted_at IS NULL
                      WHERE m.incident_id = i.id AND m.deleted_at = i.deleted_at
                      AND a.doc_id NOT IN ({_TRASHED_DOCS})) AS members
        FROM incidents i WHERE i.status = 'rejected' AND i.deleted_at IS NOT NULL {where}
        ORDER BY coalesce(i.start_date, '9999'), i.created_at"""
    return [_decode(r) for r in project.conn.execute(sql, params)]  # type: ignore[misc]


def listing_key(row: dict[str, Any]) -> tuple[str, str]:
    """Where an incident row stands in ``list_incidents``' order: by start date (the
    undated last), then by when it was made. A list shown from it keeps a row added
    later in the same place."""
    return (row.get("start_date") or "9999", row.get("created_at") or "")


def incident_of(project: Project, ann_id: str) -> str | None:
    """The id of the live incident an annotation belongs to, if any."""
    row = project.conn.execute(
        "SELECT m.incident_id FROM incident_members m JOIN incidents i ON i.id = m.incident_id "
        "WHERE m.annotation_id = ? AND m.deleted_at IS NULL AND i.deleted_at IS NULL",
        (ann_id,),
    ).fetchone()
    return row[0] if row else None


def membership_rows(project: Project, ann_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Live membership rows of these annotations, with their incident's status."""
    out: dict[str, dict[str, Any]] = {}
    for part, marks in in_chunks(ann_ids):
        rows = project.conn.execute(
            "SELECT m.*, i.status AS incident_status FROM incident_members m "
            "JOIN incidents i ON i.id = m.incident_id "
            f"WHERE m.deleted_at IS NULL AND m.annotation_id IN ({marks})",
            part,
        )
        out.update({r["annotation_id"]: dict(r) for r in rows})
    return out


def proposal_gives_up(held_by: str, joining: Mapping[str, Any] | None) -> bool:
    """Whether a figure's live membership in an incident of status ``held_by`` is
    dropped (rather than kept) for the figure to join ``joining``: that incident's row
    as it stands after the write, or None when a researcher puts the figure in by hand
    (create, add, move). Only a proposal the engine made (status suggested) gives a
    figure up: to a researcher's hand whatever incident it goes to, and otherwise only
    to a live real incident (open, confirmed, disputed), as when one is restored or
    comes in by a team merge. An incident someone made keeps its figures until someone
    moves them, and a proposal never takes a figure from another on its own (one
    rejected and restored, one a coder's merge brings). The adding, the restoring
    (``ops``) and the team merge (``merge.items``) all ask this one rule."""
    if held_by != "suggested":
        return False
    return joining is None or (not joining.get("deleted_at")
                               and joining.get("status") in STATUSES)


def member_ids(project: Project, incident_id: str) -> list[str]:
    """Annotation ids of an incident's live members (live annotations of live documents,
    as ``members`` and the tally read them)."""
    rows = project.conn.execute(
        "SELECT m.annotation_id FROM incident_members m JOIN annotations a "
        "ON a.id = m.annotation_id WHERE m.incident_id = ? AND m.deleted_at IS NULL "
        f"AND a.deleted_at IS NULL AND a.doc_id NOT IN ({_TRASHED_DOCS}) "
        "ORDER BY m.added_at, m.annotation_id",
        (incident_id,),
    )
    return [r[0] for r in rows]


def members(project: Project, incident_id: str, *, held: bool = False) -> list[dict[str, Any]]:
    """An incident's live member annotations joined with their document's metadata;
    ``held``: those a rejected proposal held when it was rejected (they went to the
    trash with it, as ``rejected_proposals`` counts them).

    Only the columns a tally reads, decoded by hand: a tally of 1,000 figures must stay
    well under a tenth of a second."""
    membership = ("m.deleted_at = (SELECT i.deleted_at FROM incidents i WHERE i.id = "
                  "m.incident_id AND i.status = 'rejected')" if held else
                  "m.deleted_at IS NULL")
    sql = """
        SELECT a.id, a.doc_id, a.kind, a.start, a."end", {exact} AS exact, a.status, a.fields,
               a.anchor,
               CASE WHEN a.status = 'suggested' AND (instr(a.memo, '{mark}') > 0
                         OR instr(a.memo, '{cut}') > 0) THEN a.memo END AS review_memo,
               d.title AS doc_title, d.publisher AS doc_publisher,
               d.published AS doc_published, d.reliability AS doc_reliability,
               d.credibility AS doc_credibility
        FROM incident_members m
        JOIN annotations a ON a.id = m.annotation_id AND a.deleted_at IS NULL
        JOIN documents d ON d.id = a.doc_id AND d.deleted_at IS NULL
        WHERE m.incident_id = ? AND {membership}
        ORDER BY a.doc_id, a.start""".format(exact=quotes.sql("a", "exact"), membership=membership,
                                            mark=rewording.MARK.replace("'", "''"),
                                            cut=rewording.CUT_MARK.replace("'", "''"))
    out = []
    for r in project.conn.execute(sql, (incident_id,)):
        row = dict(r)
        row["fields"] = json.loads(row["fields"])
        out.append(row)
    return out


def live_in_trashed_incidents(project: Project) -> list[dict[str, Any]]:
    """Live memberships of incidents in the trash (rejected proposals too), with who
    added each, the incident's title and status and the time it was trashed. Nothing
    the program does leaves one (trashing an incident trashes its memberships), but a
    merge can: a coder put a figure in an incident another coder trashed or rejected
    meanwhile (``merge/memberships.py``)."""
    rows = project.conn.execute(
        "SELECT m.id, m.incident_id, m.annotation_id, m.coder, i.title, i.status, "
        "i.deleted_at AS trashed_at "
        "FROM incident_members m JOIN incidents i ON i.id = m.incident_id "
        "WHERE m.deleted_at IS NULL AND i.deleted_at IS NOT NULL ORDER BY m.id")
    return [dict(r) for r in rows]


def live_membership(project: Project, incident_id: str) -> list[dict[str, Any]]:
    rows = project.conn.execute(
        "SELECT * FROM incident_members WHERE incident_id = ? AND deleted_at IS NULL "
        "ORDER BY added_at", (incident_id,))
    return [dict(r) for r in rows]


def incident_types(project: Project) -> list[dict[str, Any]]:
    rows = project.conn.execute("SELECT * FROM incident_types ORDER BY position, name")
    return [dict(r) for r in rows]


def _live_links(project: Project, type_: str, ann_ids: list[str]) -> Iterator[tuple[str, str]]:
    """(source, target) of the live links of ``type_`` that start at one of ``ann_ids``."""
    for part, marks in in_chunks(ann_ids):
        yield from project.conn.execute(
            "SELECT source_id, target_id FROM links WHERE type = ? AND deleted_at IS NULL "
            f"AND source_id IN ({marks})", [type_, *part])


def part_of_ids(project: Project, ann_ids: list[str]) -> dict[str, set[str]]:
    """Those of ``ann_ids`` that a live part_of link puts inside another figure, each
    with the figures it is part of."""
    found: dict[str, set[str]] = {}
    for source, target in _live_links(project, "part_of", ann_ids):
        found.setdefault(source, set()).add(target)
    return found


def same_as_links(project: Project, ann_ids: list[str]) -> list[tuple[str, str]]:
    """Live same_as links between two of ``ann_ids``: (source, target) pairs."""
    wanted = set(ann_ids)
    return [(s, t) for s, t in _live_links(project, "same_as", ann_ids) if t in wanted]


def resolve_incident(project: Project, ref: str) -> str:
    """An incident id from the id itself or an unambiguous start or end of it (at least
    4 chars): listings show a compact id's end (core/ids.py), a UUID's start."""
    if project.repo.get("incident", ref) is not None:
        return ref
    if len(ref) >= 4:
        escaped = ref.replace("%", "\\%").replace("_", "\\_")
        rows = project.conn.execute(
            "SELECT id FROM incidents WHERE id LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\'",
            (escaped + "%", "%" + escaped)).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if len(rows) > 1:
            raise NotFoundError(f"{ref} begins or ends {len(rows)} incident ids; give more.")
    raise NotFoundError(f"There is no incident with id {ref}.")


def named_actors(project: Project, actors: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """An incident's actors with each record's current name: an actor chosen by its
    record is stored by id (and a name only if given then), so the report and the
    exports printed the id ("2qvndm732v3tvvwy6p9t (perpetrator)"), or the name as it
    was before the record was renamed. A record in the trash still gives its name."""
    out = []
    for item in actors or []:
        record = project.repo.get("actor", item["actor_id"]) if item.get("actor_id") else None
        out.append({**item, "name": record["name"]} if record and record.get("name")
                   else dict(item))
    return out
