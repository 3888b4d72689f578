"""Re-import, grade, describe and trash documents; importing new ones is in importing.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core import diskname, rewording
from workbench.core.anchoring import LOOKALIKE, Anchor, Reanchoring
from workbench.core.changes import ChangeSet
from workbench.core.codebook import RELIABILITY
from workbench.core.encodedtext import as_str
from workbench.core.errors import ImportRejected, NotFoundError, ValidationError
from workbench.core.importers import detect_direction

# Import names stay importable from here for callers written before importing.py.
from workbench.core.ops.importing import ImportResult as ImportResult
from workbench.core.ops.importing import ParsedFile, parse_path, text_sha256
from workbench.core.ops.importing import check_date as check_date
from workbench.core.ops.importing import date_or_none as date_or_none
from workbench.core.ops.importing import import_bytes as import_bytes
from workbench.core.ops.importing import import_file as import_file
from workbench.core.ops.importing import read_file as read_file
from workbench.core.project import Project

EDITABLE_METADATA = ("title", "url", "publisher", "author", "published", "language", "memo")


def get_document(project: Project, doc_id: int) -> dict[str, Any]:
    """The document's row, trashed or not; NotFoundError for an unknown id."""
    row = project.repo.get("document", doc_id)
    if row is None:
        raise NotFoundError(f"There is no document with id {doc_id}.")
    return row


@dataclass(frozen=True)
class ReimportReport:
    """What a re-import did to the document's annotations (the ChangeSet's ``result``)."""

    doc_id: int
    in_place: int  # the same words at the same offsets
    reanchored: int  # found again elsewhere, or with changed words
    orphaned: int  # not found again: kept with their quote, never dropped
    review: tuple[str, ...]  # re-anchored onto changed words: back to suggested
    # Of the orphaned, those left so rather than moved onto a passage that only reads
    # alike (a neighbour, another copy of a repeated formula, two candidates alike).
    lookalikes: int = 0
    # Of the orphaned, those whose words were cut, sent back for review.
    cut: tuple[str, ...] = ()
    # Suggestions the engines made on the new text in the same write (None: not asked).
    suggested: int | None = None

    def sentence(self, name: str | None = None) -> str:
        """One sentence for the user: what re-anchored, what is orphaned and why, what
        waits for review.
        ``name`` names the document (the window gives its title in quotes)."""
        def n(count: int, one: str, many: str) -> str:
            return f"{count} {one if count == 1 else many}"
        text = (f"Re-imported {name or f'document {self.doc_id}'}: "
                f"{n(self.in_place, 'annotation', 'annotations')} in place, "
                f"{self.reanchored} re-anchored, {self.orphaned} orphaned")
        if self.lookalikes:
            text += f" ({self.lookalikes} rather than moved onto a passage that reads alike)"
        # Kept short: the window's status bar shows it on one line.
        changed, cut = len(self.review), len(self.cut)
        if changed and cut:
            text += (f"; {n(changed, 'annotation', 'annotations')} whose words changed "
                     f"and {cut} whose words were cut wait for review")
        elif changed or cut:
            text += (f"; {n(changed or cut, 'annotation', 'annotations')} whose words "
                     f"{'changed' if changed else 'were cut'} "
                     f"{'waits' if changed + cut == 1 else 'wait'} for review")
        if self.suggested is not None:
            text += f"; {n(self.suggested, 'new suggestion', 'new suggestions')}"
        return text + "."


def reimport(project: Project, doc_id: int, path: str | Path, *,
             suggest: bool = False) -> ChangeSet:
    """Replace a document's text with a new version of its file and re-anchor.

    Annotations that cannot be found again, or only as a passage that reads alike, are
    marked orphaned, never dropped. An annotation of any kind re-anchored onto changed
    words keeps its values but waits for review again, its memo saying what changed
    (core/rewording.py); so is one whose words were cut. With ``suggest``, the engines'
    suggestions for the new text are stored in the same write (one undo takes both
    back), under ``suggest``'s rules: none over an annotation of its kind, none where
    one was rejected or trashed. The ChangeSet's ``result`` is a
    :class:`ReimportReport`.
    """
    get_document(project, doc_id)
    return reimport_parsed(project, doc_id, parse_path(path), suggest=suggest)


def reimport_parsed(project: Project, doc_id: int, source: ParsedFile, *,
                    suggest: bool = False) -> ChangeSet:
    """The store step of :func:`reimport`, for a file parsed already (the window parses
    in a thread, as its import does, and stores here on its own thread).

    Refused (ImportRejected, nothing written) when the file could not be read or parsed,
    or holds the text the document has already: a re-import that changes no text would
    only add a line to the custody log.
    """
    get_document(project, doc_id)
    if source.document is None:
        raise source.error or ImportRejected(f"{source.path}: the file was not read.")
    parsed, digest, path = source.document, source.sha256, source.path
    text = as_str(parsed.text)  # re-anchoring reads it as a string anyway
    with project.write("reimport") as tx:
        doc = get_document(project, doc_id)  # as stored when the write began
        if doc["deleted_at"]:
            # Its annotations are out of every read while it is there, so none would be
            # re-anchored: restored, each marked other words of the new text.
            raise ImportRejected(f"Document {doc_id} is in the trash: restore it first, "
                                 "then re-import; nothing was changed.")
        if doc["text_sha256"] == text_sha256(text):
            raise ImportRejected(f"{path.name} holds the same text as document {doc_id} "
                                 "already has; nothing was changed.")
        tx.add_original(digest, source.data)
        tx.update("document", doc_id, {
            "text": text,
            "text_sha256": text_sha256(text),
            "original_sha256": digest,
            "importer": parsed.importer,
            "importer_version": parsed.importer_version,
            "page_starts": list(parsed.page_starts),
            "direction": detect_direction(text),
            "encoding": parsed.encoding,
        })
        in_place = reanchored = orphaned = lookalikes = 0
        review: list[str] = []
        cut: list[str] = []
        # The old text tells a passage that stood there already from the annotated one
        # reworded (core/anchoring.py); both texts are folded once for every annotation.
        reanchor = Reanchoring(text, as_str(doc["text"]))
        # Annotations in the trash move with the text too: left at their old offsets,
        # one restored later marked other words of the new text as its evidence. The
        # report counts the live ones, which the researcher sees.
        live = project.repo.annotations(doc_id=doc_id)
        trashed = project.repo.annotations(doc_id=doc_id, trashed=True)
        for ann in [*live, *trashed]:
            counted = ann["deleted_at"] is None
            old = Anchor(ann["start"], ann["end"], ann["exact"], ann["prefix"], ann["suffix"])
            new = reanchor(old)
            state = new.state
            if state == "anchored" and (new.start, new.end) == (ann["start"], ann["end"]):
                state = ann["anchor"] if ann["anchor"] != "orphaned" else "anchored"
                in_place += counted
            elif state == "orphaned":
                orphaned += counted
                lookalikes += counted and new.note == LOOKALIKE
            else:
                reanchored += counted
            values: dict[str, Any] = {**new.columns(), "anchor": state}
            # Any kind: other words may be another passage that reads alike, and for a
            # statement or an actor nothing else would tell the researcher.
            if (state != "orphaned" and ann["status"] != "rejected"
                    and rewording.changed(ann["exact"], new.exact)):
                line = rewording.memo_line(ann["exact"], new.exact, rewording.reads_words(
                    project.codebook, ann["kind"]))
                values["status"] = "suggested"
                values["memo"] = "\n".join([ann["memo"] or "", line]).strip()
                if counted:
                    review.append(ann["id"])
            elif (state == "orphaned" and new.note != LOOKALIKE
                    and ann["anchor"] != "orphaned" and ann["status"] != "rejected"):
                # Its words were cut (a look-alike orphan's words may still be there):
                # back to review as reworded ones go, so a withdrawn figure stops
                # counting until the researcher has read the new version. One orphaned
                # by an earlier re-import was sent back then.
                values["status"] = "suggested"
                values["memo"] = "\n".join([ann["memo"] or "",
                                            rewording.cut_line(ann["exact"])]).strip()
                if counted:
                    cut.append(ann["id"])
            tx.update("annotation", ann["id"], values)
        tx.add_custody("reimport", doc_id=doc_id, sha256=digest,
                       filename=source.origin or diskname.storable(str(path)),
                       importer=parsed.importer, importer_version=parsed.importer_version,
                       detail=f"replaced text {doc['text_sha256']}")
        suggested = None
        if suggest:
            # After the annotations moved with the text: a re-anchored one (a reworded
            # toll back to review, a rejected one) holds its words, and none is
            # suggested again over them. A revised toll in a new sentence is proposed.
            from workbench.core.suggest import suggest_in

            before = len(tx.changeset.changes)
            suggest_in(project, tx, [doc_id])
            suggested = sum(c.entity == "annotation" and c.before is None
                            for c in tx.changeset.changes[before:])
        tx.changeset.result = ReimportReport(doc_id, in_place, reanchored, orphaned,
                                             tuple(review), lookalikes, tuple(cut),
                                             suggested)
    return tx.changeset


def update_metadata(project: Project, doc_id: int, **values: Any) -> ChangeSet:
    """Change a document's descriptive fields (title, date, memo...), checked first."""
    get_document(project, doc_id)
    unknown = set(values) - set(EDITABLE_METADATA)
    if unknown:
        noun = "field" if len(unknown) == 1 else "fields"
        raise ValidationError(f"Unknown document {noun}: {', '.join(sorted(unknown))}.")
    if "published" in values:
        values["published"] = check_date(values["published"])
    with project.write("describe") as tx:
        tx.update("document", doc_id, values)
    return tx.changeset


def grade_source(
    project: Project, doc_id: int, reliability: str | None, credibility: int | None
) -> ChangeSet:
    """Admiralty grading: reliability A–F of the source, credibility 1–6 of the report."""
    get_document(project, doc_id)
    if reliability is not None and reliability.upper() not in RELIABILITY:
        raise ValidationError(f"Reliability must be a letter A to F; got {reliability!r}.")
    if credibility is not None and not 1 <= int(credibility) <= 6:
        raise ValidationError(f"Credibility must be a number 1 to 6; got {credibility!r}.")
    with project.write("grade") as tx:
        tx.update("document", doc_id, {
            "reliability": reliability.upper() if reliability else None,
            "credibility": int(credibility) if credibility is not None else None,
        })
    return tx.changeset


def trash_document(project: Project, doc_id: int) -> ChangeSet:
    """Move a document to the trash; its annotations stay and it can be restored."""
    get_document(project, doc_id)
    with project.write("trash") as tx:
        tx.update("document", doc_id, {"deleted_at": tx.time()})
    return tx.changeset


def restore_document(project: Project, doc_id: int) -> ChangeSet:
    """Bring a document back from the trash."""
    get_document(project, doc_id)
    with project.write("restore") as tx:
        tx.update("document", doc_id, {"deleted_at": None})
    return tx.changeset
