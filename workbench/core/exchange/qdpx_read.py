"""Reading a REFI-QDA ``.qdpx`` project into this project, through the normal writes.

Everything is read and checked before anything is written. Then each text source is
stored by the import store step (so it gets an original, a custody entry and duplicate
detection like any imported file), and the codes, codings and document metadata are
written in one audited transaction. Codes Workbench wrote carry their kind's full spec
and become that kind again; other programs' codes match a kind by name or label, or
become a new kind without fields. Whatever in a selection's description is not a field
of its kind is kept in the annotation's memo, so nothing another program said is lost.
"""

from __future__ import annotations

import json
import os
import re
import uuid as uuid_module
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lxml import etree

from workbench import __version__
from workbench.core import clock
from workbench.core.anchoring import Anchor, make_anchor, reanchor
from workbench.core.changes import ChangeSet
from workbench.core.codebook import (
    FIELD_TYPES,
    RELIABILITY,
    STATUSES,
    KindSpec,
    Roles,
    validate_kind_name,
)
from workbench.core.errors import ImportRejected, ValidationError
from workbench.core.exchange import guids
from workbench.core.exchange.qdpx import (
    ANCHOR_LINE,
    NS,
    ORIGIN_LINE,
    SPEC_PREFIX,
    STATUS,
    VARIABLES,
)
from workbench.core.importers import ImportedDocument
from workbench.core.importers import limits as import_limits
from workbench.core.ops.annotations import new_row
from workbench.core.ops.importing import (
    ParsedFile,
    document_row,
    read_from,
    sha256,
    store_in,
)
from workbench.core.project import Project

# A zip may claim any size; refuse one that would unpack to more than this.
MAX_UNPACKED = 2 * 1024**3
# zipfile reads the whole central directory (one entry per member) into objects before
# anything can be checked: 5.8 s for 300,000 empty members (bench/qdpx_members_bench.py),
# growing with the file. A project has a member per source; 4 MB of directory is some
# 40,000 or more members.
MAX_DIRECTORY = 4 * 1024**2
_PALETTE = ("#5d6d7e", "#a04000", "#1e8449", "#6c3483", "#b7950b", "#117a65")
_KEYS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@dataclass
class Selection:
    start: int
    end: int
    description: str
    notes: list[str]
    codings: list[tuple[str, str, str | None, str | None]]  # guid, code, user, created
    modified: str | None
    quote: str = ""  # the selection's name: Workbench writes the quote there


@dataclass
class Source:
    guid: str
    name: str
    text: str
    memo: str
    variables: dict[str, str]
    selections: list[Selection]


@dataclass
class QdpxSummary:
    """What an import did, in numbers and sentences."""

    documents: int = 0
    duplicates: int = 0
    annotations: int = 0
    kinds: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # Sources imported whose GUID could not be their document's UUID, and why.
    new_uuids: list[str] = field(default_factory=list)


def read_qdpx(project: Project, path: str | Path) -> ChangeSet:
    """Import a ``.qdpx`` file; ``result`` of the ChangeSet is a :class:`QdpxSummary`.

    The file is read and checked whole first; then its documents, codes, codings and
    metadata are written in one audited transaction, so an import stopped at any point
    (a damaged file, a full disk, the power) leaves the project as it was.
    """
    path = Path(path)
    root, texts = _open(path)
    summary = QdpxSummary()
    try:
        users = {_plain(u.get("guid")): u.get("name") or u.get("guid")
                 for u in root.iter(_q("User"))}
        variables = {_plain(v.get("guid")): v.get("name") for v in root.iter(_q("Variable"))}
        notes = {_plain(n.get("guid")): n.findtext(_q("PlainTextContent")) or ""
                 for n in root.iter(_q("Note"))}
        for code in root.iter(_q("Code")):
            _required(code, "guid", "Code")
        sources = _sources(root, texts, variables, summary)
    except _Malformed as err:
        raise ImportRejected(f"{path.name}: {err}; nothing was imported.") from None
    with project.write("import-qdpx") as tx:
        # Sources are matched to their documents by position, not GUID: a file may
        # repeat a GUID, and a coding must land on the text it was made in.
        doc_ids = [_store_source(project, tx, path, src, summary) for src in sources]
        kinds = _kinds(project, root, tx, summary)
        for src, doc_id in zip(sources, doc_ids, strict=True):
            _store_codings(project, tx, src, doc_id, kinds, users, notes, summary)
    changes = tx.changeset
    changes.result = summary
    return changes


# ------------------------------------------------------------------ reading
class _Malformed(Exception):
    """project.qde lacks something the standard requires; the message says what."""


def _plain(guid: str | None) -> str:
    """A GUID as stored, or "" where the file gave none (a look-up then finds nothing)."""
    return guids.plain(guid) if guid else ""


def _required(el: etree._Element, attr: str, what: str) -> str:
    value = _plain(el.get(attr))
    if not value:
        raise _Malformed(f"a {what} in project.qde has no {attr}")
    return value


# What reading a damaged or hostile zip member can raise: a bad CRC or header, broken
# deflate data, a compression method or encryption zipfile does not read, a torn file.
_MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError,
                  EOFError, OSError, ValueError)


def _member(zf: zipfile.ZipFile, path: Path, name: str) -> bytes:
    try:
        return zf.read(name)
    except _MEMBER_ERRORS as err:
        raise ImportRejected(f"{path.name}: its member {name!r} cannot be read ({err}); "
                             "nothing was imported.") from None


def _directory_size(path: Path) -> int | None:
    """The size of the zip's central directory as its end record states it (zip64's
    when there is one), read without parsing the directory; None if there is no record."""
    with open(path, "rb") as f:
        f.seek(0, 2)
        size = f.tell()
        tail_at = max(0, size - (22 + 0xFFFF + 20))  # the record, its comment, a locator
        f.seek(tail_at)
        tail = f.read()
        i = tail.rfind(b"PK\x05\x06")
        if i < 0 or len(tail) < i + 16:
            return None
        stated = int.from_bytes(tail[i + 12:i + 16], "little")
        locator = tail[i - 20:i] if i >= 20 else b""
        if stated == 0xFFFFFFFF and locator[:4] == b"PK\x06\x07":
            f.seek(int.from_bytes(locator[8:16], "little"))
            record = f.read(56)
            if record[:4] == b"PK\x06\x06":
                stated = int.from_bytes(record[40:48], "little")
        return stated


def _open(path: Path) -> tuple[etree._Element, dict[str, bytes]]:
    """The parsed project.qde, and the bytes of the ``sources/`` members it names."""
    try:
        directory = _directory_size(path)
    except FileNotFoundError:
        raise ImportRejected(f"{path}: no such file.") from None
    except IsADirectoryError:  # "tmp could not be read (Is a directory)."
        raise ImportRejected(f"{path}: this is a folder, not a .qdpx file.") from None
    except OSError as err:
        raise ImportRejected(f"{path.name} could not be read ({err.strerror}).") from None
    if directory is not None and directory > MAX_DIRECTORY:
        raise ImportRejected(f"{path.name} lists too many members (a directory of "
                             f"{directory:,} bytes; at most {MAX_DIRECTORY:,}); not read.")
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ImportRejected(f"{path}: no such file.") from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportRejected(f"{path.name} is not a REFI-QDA project (not a zip file).") from None
    with zf:
        if sum(i.file_size for i in zf.infolist()) > MAX_UNPACKED:
            raise ImportRejected(f"{path.name} would unpack to more than 2 GB; not read.")
        names = {i.filename: i for i in zf.infolist() if not i.is_dir()}
        qde = next((n for n in names if n.lower() == "project.qde"), None)
        if qde is None:
            raise ImportRejected(f"{path.name} holds no project.qde; it is not a REFI-QDA "
                                 "project.")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            root = etree.fromstring(_member(zf, path, qde), parser)
        except etree.XMLSyntaxError as err:
            raise ImportRejected(f"{path.name}: project.qde is not well-formed XML ({err}).") \
                from None
        # QDA-XML has no DTD. One declared here can only define entities, which are left
        # unexpanded (never a local file, never a billion laughs), so the words after one
        # would be silently cut from a document: the file is refused instead.
        info = root.getroottree().docinfo
        if info.doctype or info.internalDTD is not None:
            raise ImportRejected(f"{path.name}: project.qde declares a DOCTYPE (entities), "
                                 "which REFI-QDA files never hold; it was not read.")
        if root.tag != _q("Project"):
            raise ImportRejected(f"{path.name}: project.qde is not a QDA-XML project.")
        # Only the members a text source names are read: the rest of the zip is never
        # unpacked, whatever it holds.
        wanted = {where[len("internal://"):] for el in root.iter(_q("TextSource"))
                  if (where := el.get("plainTextPath") or "").startswith("internal://")}
        members = [n for n in names
                   if n.lower().startswith("sources/") and n[len("sources/"):] in wanted]
        _check_source_sizes(path, [names[n] for n in members])
        texts = {n[len("sources/"):]: _member(zf, path, n) for n in members}
    return root, texts


def _check_source_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """A text source is a document: it gets the size limit of any imported file. A
    600 KB file holding one source of 600 MB of one letter unpacked into a 600 MB
    document (3.7 GB of memory, 38 s, a 1.9 GB project) under the 2 GB bound alone.
    zipfile never inflates a member past its stated size, so the stated one is safe."""
    limit = import_limits.MAX_FILE_BYTES
    big = next((m for m in members if m.file_size > limit), None)
    if big is not None:
        raise ImportRejected(
            f"{path.name}: its text source {big.filename!r} would unpack to "
            f"{big.file_size:,} bytes, over the {limit / 1024**2:g} MB any imported file "
            "may hold; nothing was imported.")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _sources(root: etree._Element, texts: dict[str, bytes], variables: dict[str, str],
             summary: QdpxSummary) -> list[Source]:
    out = []
    for kind in ("PictureSource", "PDFSource", "AudioSource", "VideoSource"):
        for el in root.iter(_q(kind)):
            summary.skipped.append(f"{el.get('name') or el.get('guid')}: only text sources "
                                   "are read.")
    for el in root.iter(_q("TextSource")):
        if el.getparent() is None or el.getparent().tag != _q("Sources"):
            continue  # a text inside a picture or PDF source, not a document of its own
        name = el.get("name") or el.get("guid")
        text = _source_text(el, texts)
        if text is None:
            summary.skipped.append(f"{name}: its text is missing or not UTF-8.")
            continue
        values = {}
        for vv in el.findall(_q("VariableValue")):
            ref = vv.find(_q("VariableRef"))
            var = variables.get(_plain(ref.get("targetGUID"))) if ref is not None else None
            value = next((c.text for c in vv if c.tag != _q("VariableRef")), None)
            if var in VARIABLES and value:
                values[var] = value
        selections = [_selection(s) for s in el.findall(_q("PlainTextSelection"))]
        if el.findall(_q("Coding")):
            summary.skipped.append(f"{name}: codings of a whole document are not read.")
        out.append(Source(_required(el, "guid", "TextSource"), name, text,
                          el.findtext(_q("Description")) or "", values,
                          [s for s in selections if s is not None]))
    return out


def _source_text(el: etree._Element, texts: dict[str, bytes]) -> str | None:
    inline = el.findtext(_q("PlainTextContent"))
    if inline is not None:
        return inline
    where = el.get("plainTextPath") or ""
    if not where.startswith("internal://"):
        return None  # relative:// and absolute:// point outside the file
    data = texts.get(where[len("internal://"):])
    if data is None:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _selection(el: etree._Element) -> Selection | None:
    start, end = _int(el.get("startPosition")), _int(el.get("endPosition"))
    if start is None or end is None:
        return None
    codings = []
    for c in el.findall(_q("Coding")):
        ref = c.find(_q("CodeRef"))
        if ref is not None:
            codings.append((guids.annotation_id(_required(c, "guid", "Coding")),
                            _required(ref, "targetGUID", "CodeRef"),
                            c.get("creatingUser") or el.get("creatingUser"),
                            c.get("creationDateTime") or el.get("creationDateTime")))
    notes = [_plain(n.get("targetGUID")) for n in el.findall(_q("NoteRef"))]
    return Selection(start, end, el.findtext(_q("Description")) or "", notes, codings,
                     el.get("modifiedDateTime"), el.get("name") or "")


# ------------------------------------------------------------------ writing
def _store_source(project: Project, tx: Any, path: Path, src: Source,
                  summary: QdpxSummary) -> int:
    """Store one text source inside the import's write, as the import store step does
    (original, document, custody entry; bytes the project holds are a duplicate)."""
    data = src.text.encode("utf-8")
    guid = _as_uuid(src.guid)
    # A source whose GUID and text are a live document's here is that document, sent out
    # in an export and come back (through another program, or as it was): its text is the
    # working text, not the file first imported (a .txt with CRLF, a page of HTML), so
    # the original's hash did not match, and every such source became a second copy of
    # its document, with the codings made elsewhere on the copy.
    own = project.repo.live_document_by_uuid(guid, sha256(data)) if guid else None
    if own is not None:
        summary.duplicates += 1
        return own
    meta = src.variables
    doc = ImportedDocument(
        text=src.text, importer="qdpx", importer_version=__version__,
        media_type="text/plain", title=src.name, author=meta.get("author"),
        publisher=meta.get("publisher"), url=meta.get("url"),
        published=meta.get("published"), language=meta.get("language"), encoding="utf-8")
    # The custody log names the member inside the project file, wherever that was (a
    # GUID that is no UUID quoted: "../x" would name a file outside it).
    member = f"{guid or quote(src.guid, safe='')}.txt"
    origin = os.path.join(read_from(path), "sources", member)
    parsed = ParsedFile(Path(f"{path.name}/sources/{member}"), data, sha256(data), doc,
                        origin=origin)
    # The source's GUID is its document's UUID in the project that wrote the file: kept,
    # a merge of the two projects knows the document by it when its bytes differ (the
    # working text here, the file first imported there). Made anew, the merge found
    # nothing and copied the report as a second document, each coder's figures on one.
    uuid = _kept_uuid(project, src, guid, summary)
    row = document_row(parsed, {}, uuid=uuid, at=tx.time())
    result = store_in(project, tx, parsed, {}, row)
    if result.status == "duplicate":
        summary.duplicates += 1
    else:
        summary.documents += 1
    return int(result.doc_id)  # type: ignore[arg-type]


def _as_uuid(guid: str) -> str | None:
    """A GUID as a UUID is written here (lower case, hyphens), or None when it is none:
    the standard asks for one, but a file from elsewhere may hold any word ("source1",
    "../x"), which as a document's UUID went on into every export's names."""
    try:
        return str(uuid_module.UUID(guid))
    except ValueError:
        return None


def _kept_uuid(project: Project, src: Source, guid: str | None,
               summary: QdpxSummary) -> str | None:
    """The UUID the source's document keeps (its GUID), or None for a new one, said in
    ``summary``: a GUID that is no UUID, or a UUID a document here has already (one in
    the trash, or an earlier source of the same file)."""
    if guid is None:
        summary.new_uuids.append(f"{src.name}: its GUID {src.guid!r} is not a UUID; its "
                                 "document was given a new one.")
        return None
    here = project.repo.document_with_uuid(guid)
    if here is None:
        return guid
    doc_id, trashed = here
    summary.new_uuids.append(
        f"{src.name}: its GUID is the UUID of document {doc_id} here "
        f"({'in the trash' if trashed else 'another text'}), so its document was given "
        "a UUID of its own: a merge knows it by its text's bytes only.")
    return None


def _kinds(project: Project, root: etree._Element, tx: Any,
           summary: QdpxSummary) -> dict[str, KindSpec]:
    """Code GUID -> the kind it stands for, adding kinds the project lacks."""
    known = {k.name: k for k in project.codebook.kinds()}
    by_guid = {guids.kind(name): spec for name, spec in known.items()}
    keys = {k.key.upper() for k in known.values()}
    out: dict[str, KindSpec] = {}
    for code in root.iter(_q("Code")):
        guid, name = _plain(code.get("guid")), code.get("name") or ""
        description = code.findtext(_q("Description")) or ""
        spec = _spec_from(description)
        if spec is None and SPEC_PREFIX in description:
            summary.skipped.append(f"code {name}: its {SPEC_PREFIX.strip()} line is not a "
                                   "kind this program could make; read as a plain code.")
        if spec is not None and spec.name in known:
            out[guid] = known[spec.name]
            continue
        found = by_guid.get(guid) or next(
            (k for k in known.values() if name.lower() in (k.name, k.label.lower())), None)
        if found is not None:
            out[guid] = found
            continue
        if spec is None:
            spec = KindSpec(name=_free_name(name, known), label=name or "Code", key="",
                            color=code.get("color") or _PALETTE[len(known) % len(_PALETTE)])
        key = spec.key.upper() if spec.key and spec.key.upper() not in keys else \
            next((k for k in _KEYS if k not in keys), "")
        spec = replace(spec, key=key, builtin=False)
        keys.add(key)
        tx.insert("codebook", {"name": spec.name, "position": len(known),
                               "spec": spec.to_dict()})
        known[spec.name] = spec
        summary.kinds.append(spec.name)
        out[guid] = spec
    return out


def _spec_from(description: str) -> KindSpec | None:
    """The kind a ``workbench-spec:`` line holds, checked as the program's own codebook
    writes check it; None when there is none or it does not pass (the code then
    becomes a kind without fields, as another program's would)."""
    for line in description.splitlines():
        if line.startswith(SPEC_PREFIX):
            try:
                return _checked(KindSpec.from_dict(json.loads(line[len(SPEC_PREFIX):])))
            except (ValueError, TypeError, AttributeError, ValidationError):
                return None
    return None


def _checked(spec: KindSpec) -> KindSpec:
    """``spec`` if add_kind, add_field and set_roles could have made it; else
    ValidationError. The line comes from a file anyone can write: a name that is no
    name, a field type the program has no editor for, or a count role on a text field
    would reach every reader that trusts the codebook (tally, timeline, the window)."""
    validate_kind_name(spec.name)
    names = [f.name for f in spec.fields]
    if len(set(names)) != len(names):
        raise ValidationError("a field name is repeated")
    for f in spec.fields:
        validate_kind_name(f.name)
        if f.type not in FIELD_TYPES or (f.type == "enum" and not f.choices):
            raise ValidationError(f"field {f.name} has an unknown type or no choices")
    roles = {r: v for r in (*Roles.SINGLE, *Roles.MULTI)
             if (v := getattr(spec.roles, r))}
    roles.update(symbol=spec.roles.symbol, tagging=spec.roles.tagging)
    if spec.date_field:
        roles["date"] = spec.date_field
    if spec.precision_field:
        roles["precision"] = spec.precision_field
    bare = replace(spec, roles=Roles(), date_field=None, precision_field=None)
    if bare.with_roles(**roles) != spec:
        raise ValidationError("its roles are not as the program writes them")
    return spec


def _free_name(label: str, known: dict[str, KindSpec]) -> str:
    base = re.sub(r"[^a-z0-9_]+", "_", label.lower()).strip("_") or "code"
    if not base[0].isalpha():
        base = "code_" + base
    base, name, n = base[:36], base[:36], 1
    while name in known:
        n += 1
        name = f"{base}_{n}"
    return name


def _fields(description: str, spec: KindSpec) -> tuple[dict[str, Any], str, str, list[str]]:
    """Field values, status, origin and the lines that are none of these."""
    names = {f.name for f in spec.fields}
    values: dict[str, Any] = {}
    status, origin, rest = "accepted", "manual", []
    for line in description.splitlines():
        name, sep, raw = line.partition(": ")
        try:
            value = json.loads(raw) if sep else None
        except ValueError:
            sep = ""
        if sep and name == STATUS and value in STATUSES:
            status = value
        elif sep and name == ORIGIN_LINE and isinstance(value, str):
            origin = value
        elif sep and name == ANCHOR_LINE:
            pass  # read with the selection's span (_store_codings)
        elif sep and name in names:
            values[name] = value
        elif line.strip():
            rest.append(line)
    try:
        values = spec.validate(values)
    except ValidationError as err:
        rest = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in values.items()] + rest
        rest.append(f"(not stored as fields: {err})")
        values = {}
    return {k: v for k, v in values.items() if v is not None}, status, origin, rest


def _store_codings(project: Project, tx: Any, src: Source, doc_id: int,
                   kinds: dict[str, KindSpec], users: dict[str, str], notes: dict[str, str],
                   summary: QdpxSummary) -> None:
    doc = project.repo.get("document", doc_id)
    text = doc["text"]
    _store_metadata(tx, doc, src)
    elsewhere: dict[int, int] = {}  # codings already here, on another document: how many
    for sel in src.selections:
        # Offsets count code points of the file's own text.
        if not 0 <= sel.start <= sel.end <= len(src.text):
            summary.skipped.append(f"{src.name}: a selection at {sel.start}–{sel.end} lies "
                                   "outside the text.")
            continue
        orphaned = f'{ANCHOR_LINE}: "orphaned"' in sel.description.splitlines()
        if sel.start == sel.end and not (orphaned and sel.quote):
            summary.skipped.append(f"{src.name}: a selection at {sel.start} is empty.")
            continue
        if sel.start == sel.end:
            # An orphaned annotation (its quote gone from the text by a re-import) was
            # written as an empty selection named by its quote, and skipped here as
            # empty: a Workbench-to-Workbench exchange lost it. It stays orphaned, with
            # its quote, as a merge keeps it.
            anchor = Anchor(sel.start, sel.start, sel.quote, "", "", "orphaned")
        else:
            anchor = make_anchor(src.text, sel.start, sel.end)
        if text != src.text:
            # The bytes were already a document here, whose working text differs (a .txt
            # import turns CRLF into LF): find the quote again, never trust the offsets.
            anchor = reanchor(text, anchor)
        for guid, code, user, created in sel.codings:
            spec = kinds.get(code)
            if spec is None:
                summary.skipped.append(f"{src.name}: a coding names an unknown code {code}.")
                continue
            before = project.repo.get("annotation", guid)
            if before is not None:  # imported before: importing it twice adds nothing
                if before["doc_id"] != doc_id:
                    elsewhere[before["doc_id"]] = elsewhere.get(before["doc_id"], 0) + 1
                continue
            values, status, origin, rest = _fields(sel.description, spec)
            memo = "\n".join([*(notes.get(n, "") for n in sel.notes), *rest]).strip()
            row = new_row(project, doc_id, spec.name, anchor, values, status=status,
                          memo=memo, origin=origin, now=tx.time())
            # The file's times, as this program writes times; one that is not a time
            # (or lies ahead) is the import's, so it cannot win every merge after.
            stamp = clock.stamp_of(created) or row["created_at"]
            # A coding by a user the file does not list is the importing coder's.
            coder = users.get(_plain(user), project.coder) if user else project.coder
            row.update(id=guid, coder=coder, created_at=stamp,
                       modified_at=max(clock.stamp_of(sel.modified) or stamp, stamp))
            tx.insert("annotation", row)
            summary.annotations += 1
    _note_trashed_holders(project, src, elsewhere, summary)


def _note_trashed_holders(project: Project, src: Source, elsewhere: dict[int, int],
                          summary: QdpxSummary) -> None:
    """Say where a source's codings already are when that is a document in the trash.

    An import never annotates a trashed document: the source became a new live copy,
    and its codings, this project's own annotations sent out and come back, stay on the
    trashed one. They were skipped without a word, and the copy stood there bare."""
    for held_by, n in sorted(elsewhere.items()):
        row = project.repo.get("document", held_by)
        if row is not None and row.get("deleted_at"):
            summary.skipped.append(
                f"{src.name}: {n} coding{'s are' if n != 1 else ' is'} already in this "
                f"project, on document {held_by}, which is in the trash: restore that "
                "document to see them (this import made a new copy without them).")


def _store_metadata(tx: Any, doc: dict[str, Any], src: Source) -> None:
    values: dict[str, Any] = {}
    grade = src.variables.get("reliability", "").upper()
    if grade in RELIABILITY:
        values["reliability"] = grade
    credibility = _int(src.variables.get("credibility"))
    if credibility is not None and 1 <= credibility <= 6:
        values["credibility"] = credibility
    if src.memo and not doc.get("memo"):
        values["memo"] = src.memo
    if values:
        tx.update("document", doc["id"], values)
