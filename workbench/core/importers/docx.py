"""Word documents (.docx) through python-docx, after the zip and XML safety checks.

Body paragraphs and tables come out in document order; a table row becomes one
line with cells separated by " | ". Headers, footers and comments are left out:
they repeat on every page or are not part of the text.
"""

from __future__ import annotations

import io
from typing import Any

from workbench.core.importers import limits, signatures
from workbench.core.importers.base import ImportedDocument, clean_text, none_if_blank
from workbench.core.importers.zipcheck import open_checked_zip, reject_dtds

VERSION = "2"  # 2: tracked insertions, smart tags, inline content controls; no hidden runs
CELL_SEPARATOR = " | "
_KIND = "Word document"


def _table_lines(table: Any) -> list[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(" ".join(paragraph_text(p) for p in cell._tc.p_lst)
                                  .split()))
        if any(cells):
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


# Elements inside a paragraph whose runs are its text: tracked insertions and the new
# place of moved text, links, smart tags (Word 2003-2007 wrapped place names, dates
# and people in them), custom XML, simple fields, inline content controls, bidi
# embeddings. python-docx's ``Paragraph.text`` reads only direct runs and links, so
# all of these were dropped without a word: a tracked edit's new words, "Aleppo"
# inside a smart tag. Tracked deletions and the old place of moved text (``w:del``,
# ``w:moveFrom``) are not the text, nor is anything else (drawings, text boxes, whose
# runs would come twice through their fallback copy).
_INLINE_CONTAINERS = ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple",
                      "sdtContent", "dir", "bdo")
_OFF = ("0", "false", "off")


def _hidden(run: Any, vanish: str, val: str) -> bool:
    """Whether a run is formatted hidden (``w:vanish``): Word neither shows nor
    prints it, so it is not what the document says."""
    rpr = run.rPr
    flag = rpr.find(vanish) if rpr is not None else None
    return flag is not None and (flag.get(val) or "1").lower() not in _OFF


def paragraph_text(p: Any) -> str:
    """The text of a ``w:p`` as Word shows it with tracked changes accepted: runs in
    document order, through the containers above, without hidden runs."""
    from docx.oxml.ns import qn

    run_tag, vanish, val = qn("w:r"), qn("w:vanish"), qn("w:val")
    containers = {qn(f"w:{t}") for t in _INLINE_CONTAINERS} | {qn("w:sdt")}
    parts: list[str] = []
    stack = [iter(p.iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == run_tag:
            if not _hidden(child, vanish, val):
                parts.append(child.text)
        elif child.tag in containers:
            stack.append(iter(child.iterchildren()))
    return "".join(parts)


def _block_lines(container: Any, document: Any) -> list[str]:
    """Paragraph and table text under a body (or content control), in order."""
    from docx.oxml.ns import qn
    from docx.table import Table

    lines: list[str] = []
    stack = [iter(container.iterchildren())]
    while stack:  # iterative: nested content controls must not exhaust the C stack
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag == qn("w:p"):
            lines.append(paragraph_text(child))
        elif child.tag == qn("w:tbl"):
            lines.extend(_table_lines(Table(child, document)))
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                stack.append(iter(content.iterchildren()))
    return lines


def _safe(getter: Any) -> Any:
    try:
        return getter()
    except (ValueError, TypeError, AttributeError, KeyError):
        return None  # malformed core property: keep importing without it


class DocxImporter:
    name = "docx"
    version = VERSION
    extensions = (".docx",)
    damaged = "the Word document is damaged and could not be read"

    def sniff(self, data: bytes, filename: str) -> bool:
        return signatures.is_docx(data, filename)

    def parse(self, data: bytes, filename: str) -> ImportedDocument:
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise limits.rejected(
                filename,
                "the Word document is password-protected or in the old .doc format, "
                "so it cannot be read",
            )
        zf = open_checked_zip(data, filename, kind=_KIND, required=("word/document.xml",))
        with zf:
            reject_dtds(zf, filename, kind=_KIND)
        import docx  # lazy: python-docx pulls in lxml and its part classes

        try:
            document = docx.Document(io.BytesIO(data))
        except ValueError as err:
            if "content type" in str(err).lower():
                raise limits.rejected(
                    filename,
                    "the file is not a Word .docx document (it may be a template "
                    "or a macro-enabled file)",
                ) from None
            raise
        body = document.element.body
        text = clean_text("\n".join(_block_lines(body, document))).strip("\n")
        props = document.core_properties
        created = _safe(lambda: props.created)
        extra: dict = {}
        for key in ("subject", "keywords", "last_modified_by"):
            value = none_if_blank(_safe(lambda k=key: getattr(props, k)))
            if value:
                extra[key] = value
        language = none_if_blank(_safe(lambda: props.language), 20)
        return ImportedDocument(
            text=text,
            importer="docx",
            importer_version=f"{VERSION}+python-docx",
            media_type=("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            title=none_if_blank(_safe(lambda: props.title)),
            author=none_if_blank(_safe(lambda: props.author)),
            published=created.date().isoformat() if created is not None else None,
            language=language.split("-")[0].lower() if language else None,
            extra=extra,
        )
