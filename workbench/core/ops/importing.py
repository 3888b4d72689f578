"""Bringing files into a project, in two steps that can run on different threads.

**Parse** (:func:`parse_path`, :func:`parse_data`) reads a file and runs the
sandboxed importer. It never touches the project, so the window runs it in a
worker thread. **Store** (:func:`store_parsed`, :func:`store_changes`) writes
one parsed file into the project; it is quick and runs wherever the project's
connection lives. Neither step raises for a bad file: a rejection travels as a
value (``ParsedFile.error``, then an ``ImportResult`` with status "rejected").
:func:`import_file` and :func:`import_bytes` are the two steps back to back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import operator
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workbench.core import clock, diskname, importers
from workbench.core.changes import ChangeSet
from workbench.core.encodedtext import EncodedText
from workbench.core.errors import ImportRejected, ValidationError, WorkbenchError
from workbench.core.filebytes import STREAM_MIN, FileBytes
from workbench.core.importers import ImportedDocument, detect_direction, detect_language
from workbench.core.importers.direction import SAMPLE_CHARS
from workbench.core.project import Project
from workbench.core.repo import Transaction
from workbench.core.segments import is_segmented, whole_body

# Tells the parse step which contents the project already holds (by SHA-256).
Known = Callable[[str], bool]


@dataclass
class ImportResult:
    """What happened to one file: imported, duplicate or rejected, and why."""

    path: str
    status: str  # imported | duplicate | rejected
    doc_id: int | None = None
    message: str = ""
    changes: ChangeSet = field(default_factory=lambda: ChangeSet("import"))

    def to_json(self) -> dict[str, Any]:
        """The result as the command line prints it with --json."""
        return {"file": self.path, "status": self.status, "doc_id": self.doc_id,
                "message": self.message}


@dataclass(frozen=True)
class ParsedFile:
    """One file after the parse step, ready for the store step.

    Exactly one of ``document`` and ``error`` is set, except when the parse was
    skipped because the project already holds these bytes (both None; the store
    step reports the duplicate). ``data`` and ``sha256`` are empty when the file
    could not be read at all. A big file's ``data`` is left on disk (:class:`FileBytes`)
    and read back by the store step, so it is not held in memory beside its text.
    """

    path: Path
    data: bytes | FileBytes
    sha256: str
    document: ImportedDocument | None = None
    error: WorkbenchError | None = None
    # Its document's row and index body, made where it was parsed (:func:`prepare`).
    prepared: Prepared | None = None
    # Where the bytes were read from, as the custody log records it (:func:`read_from`);
    # empty for bytes that came from no file of the user's (the demo's), named by ``path``.
    origin: str = ""

    @property
    def filename(self) -> str:
        """The file's name without its folder, as stored on the document (a name that
        is not valid text escaped: :func:`diskname.storable`)."""
        return diskname.storable(self.path.name)

@dataclass(frozen=True)
class Prepared:
    """What the store step would make of a parsed file before writing it, made ahead
    in the thread that parsed it (:func:`prepare`), so the store step, the import's
    slower side, does less: the document's row for ``overrides`` (without its uuid and
    import time, which the write gives) and, for a document indexed in one row, that
    row's folded body (else None)."""

    overrides: dict[str, Any]
    row: dict[str, Any]
    body: str | None


def prepare(parsed: ParsedFile, overrides: dict[str, Any]) -> ParsedFile:
    """``parsed`` with its :class:`Prepared` row and body for ``overrides`` (cleaned)
    when the store step inserts it with others (a small file, its text a string);
    unchanged otherwise. Touches no project: any thread may call it."""
    doc = parsed.document
    if doc is None or not isinstance(parsed.data, bytes) or not isinstance(doc.text, str):
        return parsed
    row = document_row(parsed, overrides, uuid=_LATER, at=_LATER)  # no clock, no random
    title, text = row["title"] or "", row["text"]
    body = None if is_segmented(title, text) else whole_body(title, text)
    # Made by its constructor: ``dataclasses.replace`` costs twice as much a file.
    return ParsedFile(parsed.path, parsed.data, parsed.sha256, doc, parsed.error,
                      Prepared(overrides, row, body), parsed.origin)


_LATER = "given by the write"  # a prepared row's uuid and import time, until then


def _row_for(parsed: ParsedFile, overrides: dict[str, Any], uuid: str, at: str
             ) -> tuple[dict[str, Any], str | None]:
    """The documents row of a small parsed file and its index body (None: made when
    indexed): the prepared ones when made for these overrides, else made now."""
    ready = parsed.prepared
    if ready is None or ready.overrides != overrides:
        return document_row(parsed, overrides, uuid, at), None
    row = ready.row.copy()  # the same keys in the same order as document_row's
    row["uuid"], row["imported_at"] = uuid, at
    return row, ready.body


def sha256(data: bytes) -> str:
    """Hex SHA-256 of some bytes: how originals and texts are identified."""
    return hashlib.sha256(data).hexdigest()


def text_sha256(text: str | EncodedText, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of ``text`` in UTF-8, encoded a slice at a time (a 100 MB text is
    never held twice). Slices end between code points, so the hash is the same."""
    if isinstance(text, EncodedText):
        return text.sha256()
    if len(text) <= chunk:  # the usual text: one slice
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    digest = hashlib.sha256()
    for start in range(0, len(text), chunk):
        digest.update(text[start : start + chunk].encode("utf-8"))
    return digest.hexdigest()


def check_date(value: str | None, what: str = "The publication date") -> str | None:
    """An ISO date from a user's value, None for blank; ValidationError otherwise."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError(f"{what} must be written YYYY-MM-DD; got {value!r}.") from None


def date_or_none(value: str | None) -> str | None:
    """An ISO date, or None for anything that is not one (metadata found in files)."""
    try:
        return check_date(value)
    except ValidationError:
        return None


def _read_to_end(fd: int, size: int, limit: int) -> bytes:
    """The bytes of an open regular file of ``size`` bytes, to its end but no more than
    ``limit`` + 1. One read asks for the size and a byte more; a file that grew since
    its size was read, or a read that came back short (a network or FUSE file system),
    is read on until the end, or until it is known to be over the limit. Those reads
    ask for 64 KB at a time: a read allocates what it asks for, and a large request
    is mapped and unmapped memory (the read that finds the end of every file too)."""
    first = os.read(fd, size + 1)
    chunks, total = [first], len(first)
    while total <= limit:
        more = os.read(fd, min(limit + 1 - total, 1 << 16))
        if not more:
            break
        chunks.append(more)
        total += len(more)
    return first if len(chunks) == 1 else b"".join(chunks)


def read_file(path: Path) -> bytes:
    """The file's bytes, or ImportRejected with a sentence naming the file.

    The size limit is applied before reading: a file of many gigabytes (a video or a
    disk image given a document's extension) was read whole into memory and refused
    only then, which could take the window down with it. Only regular files are read:
    a named pipe or a device (``/dev/zero``) would hang the import or never end.
    """
    limit = importers.limits.MAX_FILE_BYTES
    try:
        # Non-blocking, so that opening a named pipe does not wait for a writer. Read
        # with os.read, not a file object: opening one asks whether the file is a
        # terminal, where it stands and its size again (nine system calls a file
        # where five do), and a read of the limit (200 MB) made the interpreter map
        # and unmap that much memory for every file, which also stops the other
        # threads' cores (~60 us a small file, the import's parse threads).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(info.st_mode):
                raise ImportRejected(f"{path}: this is not a regular file (a pipe or a "
                                     "device), so it was not read.")
            if info.st_size > limit:
                raise importers.limits.too_large(str(path), info.st_size)
            data = _read_to_end(fd, info.st_size, limit)
        finally:
            os.close(fd)
        if len(data) > limit:  # it grew while it was read
            raise importers.limits.too_large(str(path), len(data))
        return data
    except IsADirectoryError:
        raise ImportRejected(f"{path}: this is a folder, not a file.") from None
    except FileNotFoundError:
        raise ImportRejected(f"{path}: no such file.") from None
    except PermissionError:
        raise ImportRejected(f"{path}: permission denied.") from None
    except OSError as err:
        raise ImportRejected(f"{path}: the file could not be read ({err.strerror}).") from None


def _suffix(name: str) -> str:
    """A file name's extension as ``PurePath.suffix`` gives it ("" for "notes." or ".rc")."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


# How paths compare when sorted: part by part, as Path objects compare on this system.
_SORT_PART = str.lower if os.name == "nt" else str


def files_under(root: Path, extensions: set[str]) -> list[Path]:
    """The files below ``root`` with one of ``extensions`` (lower case), sorted as Paths
    sort, leaving out hidden files and anything in hidden folders; folders reached through
    a link are not entered, as ``Path.rglob`` does not, and a linked file is left out
    when it lies outside ``root`` (:func:`_within`). A folder that cannot be listed is
    left out. One ``scandir`` per folder and plain strings: for 2,000 files, a few
    hundredths of a second instead of a tenth (``rglob``, a Path per entry)."""
    # Each file's Path is its folder's Path and its name: joining a name to a Path parses
    # only the name, a third of the cost of parsing the whole path again (2,000 files:
    # ~35 M of the listing's ~49 M instructions went to making Paths).
    found: list[tuple[tuple[str, ...], str, Path]] = []
    folders: list[tuple[str, tuple[str, ...], Path]] = [(str(root), (), Path(root))]
    inside = os.path.realpath(root)
    while folders:
        folder, parts, folder_path = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir() and not entry.is_symlink():
                    folders.append((entry.path, (*parts, _SORT_PART(name)), folder_path / name))
                elif _suffix(name).lower() in extensions and entry.is_file() and (
                        not entry.is_symlink() or _within(entry.path, inside)):
                    found.append(((*parts, _SORT_PART(name)), name, folder_path))
            except OSError:
                continue
    # Ordered as the paths were before (key, then the name: folders and names tie only
    # where names differ in case alone), never by comparing the Paths.
    found.sort(key=_BY_KEY_AND_NAME)
    return [folder_path / name for _key, name, folder_path in found]


_BY_KEY_AND_NAME = operator.itemgetter(0, 1)


def _within(link: str, root: str) -> bool:
    """Whether a link found in a folder leads to a file inside that folder.

    A folder received from elsewhere (an unpacked archive) can hold ``report.txt``
    linking to ``~/.ssh/id_rsa`` or a private note: importing the folder stored that
    file in the project, to be merged and exported with the evidence. A link that
    leaves the folder is left out; one to a file inside it is read as the file is."""
    try:
        return os.path.commonpath([os.path.realpath(link), root]) == root
    except ValueError:  # another drive (Windows)
        return False


def expand_paths(paths: Iterable[str | Path], recursive: bool) -> list[Path]:
    """The files to import from what a user named, in order.

    A named file is kept whatever its kind, so the importer can refuse it with a
    sentence. With ``recursive`` a folder is replaced by the files inside it that
    an importer knows, sorted, leaving out hidden files and anything in hidden
    folders (:func:`files_under`); without it the folder stays in the list and
    reading it is refused.
    """
    extensions = set(importers.supported_extensions())
    files: list[Path] = []
    for p in map(Path, paths):
        if recursive and p.is_dir():
            files.extend(files_under(p, extensions))
        else:
            files.append(p)
    return files


def parse_data(data: bytes, path: str | Path, *, sandbox: bool = True,
               known: Known | None = None) -> ParsedFile:
    """Parse step for bytes already in memory; ``path`` names them in messages."""
    path = Path(path)
    digest = sha256(data)
    if known is not None and data and known(digest):
        return ParsedFile(path, data, digest)  # no need to parse what will not be stored
    try:
        parse = importers.parse_file if sandbox else importers.parse_bytes
        return ParsedFile(path, data, digest, document=parse(data, path.name))
    except WorkbenchError as err:
        return ParsedFile(path, data, digest, error=err)
    except Exception as err:  # parse_file should not let one out; one file must not end a batch
        error = ImportRejected(f"{path.name}: the file could not be read ({type(err).__name__}).")
        return ParsedFile(path, data, digest, error=error)


def parse_paths(paths: Iterable[str | Path], *, sandbox: bool = True,
                known: Known | None = None) -> list[ParsedFile]:
    """:func:`parse_path` for several files, in order. Sandboxed, small files share a
    request to a worker (:func:`importers.parse_files`), each with its own limits and
    its own outcome."""
    paths = [p if isinstance(p, Path) else Path(p) for p in paths]  # a Path is not made anew
    if not sandbox or len(paths) < 2:
        return [parse_path(p, sandbox=sandbox, known=known) for p in paths]
    parsed, todo = read_paths(paths, known)
    outcomes = importers.parse_files([(data, paths[i].name) for i, data, _d in todo])
    return parsed_paths(paths, parsed, todo, outcomes)


_Todo = list[tuple[int, bytes, str]]  # files still to parse: position, bytes, SHA-256


def read_paths(paths: list[Path], known: Known | None
               ) -> tuple[list[ParsedFile | None], _Todo]:
    """The first half of :func:`parse_paths`: each file read and hashed; those done
    already (unreadable, or bytes the project holds) and, for the others (None in
    their place), what the importer is to be given."""
    parsed: list[ParsedFile | None] = []
    todo: _Todo = []
    for i, path in enumerate(paths):
        try:
            data = read_file(path)
        except WorkbenchError as err:
            parsed.append(ParsedFile(path, b"", "", error=err))
            continue
        digest = sha256(data)
        if data and known is not None and known(digest):
            parsed.append(ParsedFile(path, data, digest))  # will be a duplicate: not parsed
            continue
        parsed.append(None)
        todo.append((i, data, digest))
    return parsed, todo


def parsed_paths(paths: list[Path], parsed: list[ParsedFile | None], todo: _Todo,
                 outcomes: list[Any]) -> list[ParsedFile]:
    """The second half of :func:`parse_paths`: the files of :func:`read_paths` with the
    importer's ``outcomes`` for those it was given (a document or a rejection each)."""
    folders: dict[str, str] = {}
    for (i, data, digest), outcome in zip(todo, outcomes, strict=True):
        if isinstance(outcome, WorkbenchError):
            parsed[i] = ParsedFile(paths[i], data, digest, error=outcome)
        elif len(data) >= STREAM_MIN:  # read back from disk when stored, as parse_path does
            parsed[i] = ParsedFile(paths[i], FileBytes(paths[i], len(data), digest), digest,
                                   document=outcome, origin=read_from(paths[i], folders))
        else:
            parsed[i] = ParsedFile(paths[i], data, digest, document=outcome,
                                   origin=read_from(paths[i], folders))
    return parsed  # type: ignore[return-value]


def parse_path(path: str | Path, *, sandbox: bool = True,
               known: Known | None = None) -> ParsedFile:
    """Parse step: read a file and run the importer (in its sandbox unless told not to).

    Touches no project, so it may run in any thread. ``known`` lets a caller
    that can see the project skip parsing bytes it already holds.
    """
    path = Path(path)
    try:
        data = read_file(path)
    except WorkbenchError as err:
        return ParsedFile(path, b"", "", error=err)
    parsed = replace(parse_data(data, path, sandbox=sandbox, known=known),
                     origin=read_from(path))
    if parsed.document is not None and len(data) >= STREAM_MIN:
        # Read back from disk when stored: the bytes are not held beside the text.
        return replace(parsed, data=FileBytes(path, len(data), parsed.sha256))
    return parsed


def read_from(path: Path, folders: dict[str, str] | None = None) -> str:
    """Where the file named ``path`` is, as the custody log records it: in full, with
    every link on the way resolved, so that the record names the file whose bytes were
    read. A relative name does not say which folder it was in, and a link's name only
    where the link pointed that day; a name that is not valid text is escaped
    (:func:`diskname.storable`). ``folders`` keeps the folders resolved so far for a
    caller naming many files in few folders (a link costs a look-up a component)."""
    name = os.fspath(path)
    if os.path.islink(name):
        return diskname.storable(os.path.realpath(name))
    head, tail = os.path.split(name)
    folder = folders.get(head) if folders is not None else None
    if folder is None:
        folder = os.path.realpath(head or os.curdir)
        if folders is not None:
            folders[head] = folder
    return diskname.storable(os.path.join(folder, tail))


def known_in(project: Project) -> Known:
    """A ``known`` test for the parse step: does the project hold these bytes already?"""
    return lambda digest: bool(project.repo.document_ids_by_original(digest))


def store_parsed(project: Project, parsed: ParsedFile,
                 overrides: dict[str, Any] | None = None) -> ImportResult:
    """Store step: write one parsed file into the project as a new document.

    Bytes the project already holds give a "duplicate" result and a failed parse
    a "rejected" one; only a bad override (a date not YYYY-MM-DD) raises.
    """
    overrides = clean_overrides(overrides)
    label, filename = str(parsed.path), parsed.filename
    existing = project.repo.document_ids_by_original(parsed.sha256) if parsed.sha256 else []
    if existing:
        return ImportResult(label, "duplicate", existing[0],
                            f"{filename}: already in the project as document {existing[0]}.")
    if parsed.document is None:
        error = parsed.error or ImportRejected(f"{filename}: the file was not read.")
        return ImportResult(label, "rejected", message=str(error))
    check_date(overrides.get("published"))
    row = document_row(parsed, overrides)
    try:
        with project.write("import") as tx:
            res = store_in(project, tx, parsed, overrides, row)
    except ImportRejected as err:  # e.g. the file changed since it was parsed
        return ImportResult(label, "rejected", message=str(err))
    if res.status == "imported":
        tx.changeset.result = res.doc_id
        res.changes = tx.changeset
    return res


def clean_overrides(overrides: dict[str, Any] | None) -> dict[str, Any]:
    """The metadata a user gave, blanks dropped (the date is checked where it is used)."""
    return {k: v for k, v in (overrides or {}).items() if v not in (None, "")}


def document_row(parsed: ParsedFile, overrides: dict[str, Any],
                 uuid: str | None = None, at: str | None = None) -> dict[str, Any]:
    """The documents row a parsed file becomes (``overrides`` already cleaned), with
    ``uuid`` when given (a batch makes its uuids together) and ``at`` as its import time
    when given (the write's time, ``Transaction.time``)."""
    doc = parsed.document
    assert doc is not None
    text = doc.text
    # Language and direction are read from the start of the text (as the detectors do).
    sample = text.head(SAMPLE_CHARS) if isinstance(text, EncodedText) else text
    return {
        "uuid": uuid or clock.new_uuid(),
        "title": overrides.get("title") or doc.title or Path(parsed.filename).stem,
        "url": overrides.get("url") or doc.url,
        "publisher": overrides.get("publisher") or doc.publisher,
        "author": overrides.get("author") or doc.author,
        "published": check_date(overrides.get("published")) or date_or_none(doc.published),
        "imported_at": at or clock.now(),
        "language": overrides.get("language") or doc.language or detect_language(sample),
        "direction": detect_direction(sample),
        "filename": parsed.filename,
        "media_type": doc.media_type,
        "encoding": doc.encoding,
        "original_sha256": parsed.sha256,
        "text": text,
        "text_sha256": text_sha256(text),
        "importer": doc.importer,
        "importer_version": doc.importer_version,
        "page_starts": list(doc.page_starts),
    }


def store_in(project: Project, tx: Transaction, parsed: ParsedFile,
             overrides: dict[str, Any], row: dict[str, Any] | None = None, *,
             custody: list[dict[str, Any]] | None = None) -> ImportResult:
    """Store one parsed file inside the open write ``tx``: original, document, custody.

    Duplicates are looked for inside the write, so bytes stored moments ago by another
    process, or earlier in the same write (a batch), are recognised. With ``custody``,
    the file's custody row is put there for the caller to append before the write ends
    (a batch appends all of its rows at once).
    """
    label, filename = str(parsed.path), parsed.filename
    existing = project.repo.document_ids_by_original(parsed.sha256) if parsed.sha256 else []
    if existing:
        return ImportResult(label, "duplicate", existing[0],
                            f"{filename}: already in the project as document {existing[0]}.")
    doc = parsed.document
    if doc is None:
        error = parsed.error or ImportRejected(f"{filename}: the file was not read.")
        return ImportResult(label, "rejected", message=str(error))
    tx.add_original(parsed.sha256, parsed.data)
    # Imported at the write's time, as its audit and custody entries are (one reading).
    row = {**row, "imported_at": tx.time()} if row else document_row(parsed, overrides,
                                                                      at=tx.time())
    stored = tx.insert("document", row)
    entry = tx.custody_row("import", doc_id=stored["id"], sha256=parsed.sha256,
                           filename=parsed.origin or diskname.storable(label),
                           importer=doc.importer, importer_version=doc.importer_version)
    if custody is None:
        tx.append_log("custody", [entry])
    else:
        custody.append(entry)
    return ImportResult(label, "imported", stored["id"], "")


def store_all_in(project: Project, tx: Transaction, batch: list[ParsedFile],
                 overrides: dict[str, Any]) -> list[ImportResult]:
    """:func:`store_in` for every file of a batch, in order, inside the open write ``tx``.

    Each file gets the result and the rows :func:`store_in` gives it (the same keys, after
    images, audit, index and custody rows), with the round trips shared: duplicates and
    stored originals are looked up once for the batch, and the documents of files held
    in memory are inserted together. Bytes seen earlier in the batch are a duplicate of
    that file's document. The custody rows, in file order, are appended at the end.
    """
    results: list[ImportResult | None] = [None] * len(batch)
    first_doc = project.repo.documents_by_originals(p.sha256 for p in batch if p.sha256)
    first_in_batch: dict[str, int] = {}  # bytes stored earlier in this batch: by whom
    repeats: list[tuple[int, int]] = []  # (duplicate, the file it repeats), both positions
    queued: list[tuple[int, str, dict[str, Any]]] = []  # (position, label, document row)
    bodies: list[str | None] = []  # beside ``queued``: index bodies made ahead, or None
    custody: list[dict[str, Any]] = []
    new_uuids = iter(clock.new_uuids(len(batch)))  # one read of the random source, not one a file
    at = tx.time()  # the write's time: its documents' import time, as their audit rows'

    def flush() -> None:
        if not queued:
            return
        tx.add_originals((batch[i].sha256, batch[i].data) for i, _l, _r in queued)  # type: ignore[misc]
        rows = [row for _i, _l, row in queued]
        made = any(b is not None for b in bodies)
        stored = tx.insert_documents(rows, bodies) if made else tx.insert_documents(rows)
        for (i, label, _row), after in zip(queued, stored, strict=True):
            parsed, doc = batch[i], batch[i].document
            assert doc is not None
            custody.append(tx.custody_row(
                "import", doc_id=after["id"], sha256=parsed.sha256,
                filename=parsed.origin or diskname.storable(label),
                importer=doc.importer, importer_version=doc.importer_version))
            # The write's own changes, which ``store_batch`` hands every imported file once
            # the write is committed (not a fresh empty set a file, made to be replaced).
            results[i] = ImportResult(label, "imported", after["id"], "", tx.changeset)
        queued.clear()
        bodies.clear()

    for i, parsed in enumerate(batch):
        label, filename = str(parsed.path), parsed.filename
        if parsed.sha256 in first_in_batch:
            repeats.append((i, first_in_batch[parsed.sha256]))
        elif parsed.sha256 in first_doc:
            results[i] = _duplicate(label, filename, first_doc[parsed.sha256])
        elif parsed.document is None:
            error = parsed.error or ImportRejected(f"{filename}: the file was not read.")
            results[i] = ImportResult(label, "rejected", message=str(error))
        elif isinstance(parsed.data, bytes) and isinstance(parsed.document.text, str):
            row, body = _row_for(parsed, overrides, next(new_uuids), at)
            queued.append((i, label, row))
            bodies.append(body)
            first_in_batch[parsed.sha256] = i
        else:  # a big file: its bytes and text are written in pieces, one file at a time
            flush()
            results[i] = store_in(project, tx, parsed, overrides, custody=custody)
            if results[i].status == "imported":  # type: ignore[union-attr]
                first_in_batch[parsed.sha256] = i
    flush()
    for i, earlier in repeats:
        doc_id = results[earlier].doc_id  # type: ignore[union-attr]
        results[i] = _duplicate(str(batch[i].path), batch[i].filename, doc_id)  # type: ignore[arg-type]
    if custody:  # in file order, with one look-up of the chain's end for them all
        tx.append_log("custody", custody)
    return results  # type: ignore[return-value]


def _duplicate(label: str, filename: str, doc_id: int) -> ImportResult:
    return ImportResult(label, "duplicate", doc_id,
                        f"{filename}: already in the project as document {doc_id}.")


def store_changes(project: Project, parsed: ParsedFile) -> ChangeSet:
    """Store step shaped for ``Session.run``: the ChangeSet, its ``result`` the ImportResult.

    Any refusal, even the project file failing to write, becomes a rejected
    result so that a batch goes on with the next file.
    """
    try:
        res = store_parsed(project, parsed)
    except WorkbenchError as err:
        res = ImportResult(str(parsed.path), "rejected", message=str(err))
    changes = res.changes if res.status == "imported" else ChangeSet("import")
    changes.result = res
    return changes


def import_file(project: Project, path: str | Path, overrides: dict[str, Any] | None = None,
                *, sandbox: bool = True) -> ImportResult:
    """Import one file: parse, then store. Never raises for a bad file."""
    return store_parsed(project, parse_path(path, sandbox=sandbox, known=known_in(project)),
                        overrides)


def import_bytes(project: Project, data: bytes, filename: str,
                 overrides: dict[str, Any] | None = None, *, source_path: str | None = None,
                 sandbox: bool = True, origin: str = "") -> ImportResult:
    """Import bytes already in memory: parse, then store. Never raises for bad bytes.

    ``sandbox=False`` parses in this process: only for bytes the program itself
    made (the demo project, tests). ``origin``: the file they were read from, in full,
    as the custody log is to name it (:func:`read_from`); else they keep their name.
    """
    parsed = parse_data(data, source_path or filename, sandbox=sandbox, known=known_in(project))
    if origin:
        parsed = replace(parsed, origin=origin)
    return store_parsed(project, parsed, overrides)
