"""Writing a project as REFI-QDA: ``project.qde`` in a ``.qdpx`` zip, or a ``.qdc`` codebook.

Mapping (docs/team.md has the table): documents are TextSources whose plain text is a
file in ``sources/``; kinds are Codes; each annotation is a PlainTextSelection with
code-point start and end holding one Coding whose GUID is the annotation's id (a compact
id as its version 8 UUID, exchange/guids.py); coders are Users. Field values, review
status and origin go in the selection's Description, one ``name: JSON value`` line each,
readable by people and read back by :mod:`qdpx_read`.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from workbench import __version__
from workbench.core.changes import Row
from workbench.core.codebook import KindSpec
from workbench.core.exchange import guids
from workbench.core.project import Project

NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = f"Workbench {__version__}"
# Description lines about the annotation rather than a field start with "@": a field
# name never does (codebook names are lower-case letters, digits and _).
STATUS, ORIGIN_LINE, ANCHOR_LINE = "@status", "@origin", "@anchor"
SPEC_PREFIX = "workbench-spec: "
# Document metadata carried as QDA-XML variables, with their QDA-XML types.
VARIABLES = {"url": "Text", "publisher": "Text", "author": "Text", "published": "Date",
             "language": "Text", "reliability": "Text", "credibility": "Integer"}
VALUE_ELEMENT = {"Text": "TextValue", "Date": "DateValue", "Integer": "IntegerValue"}
# Characters XML 1.0 cannot hold at all; they are dropped from names and notes (never
# from a document's text, which travels as a file and keeps every offset).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _el(parent: etree._Element, tag: str, ns: str = NS, **attrs: Any) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ns}}}{tag}")
    for key, value in attrs.items():
        if value is not None:
            el.set(key, _clean(str(value)))
    return el


def _text_el(parent: etree._Element, tag: str, text: str, ns: str = NS) -> etree._Element:
    el = _el(parent, tag, ns)
    el.text = _clean(text)
    return el


def kind_description(spec: KindSpec) -> str:
    """A code's description: the fields for people, then the whole kind for Workbench."""
    fields = "; ".join(
        f"{f.name} ({f.type}{': ' + ', '.join(f.choices) if f.choices else ''})"
        for f in spec.fields)
    lines = [spec.label, f"Fields: {fields}" if fields else "No fields.",
             SPEC_PREFIX + json.dumps(spec.to_dict(), ensure_ascii=False, sort_keys=True)]
    return "\n".join(lines)


def _codes(parent: etree._Element, project: Project, ns: str) -> int:
    codes = _el(parent, "Codes", ns)
    kinds = project.codebook.kinds()
    for spec in kinds:
        code = _el(codes, "Code", ns, guid=guids.kind(spec.name), name=spec.label,
                   isCodable="true", color=spec.color)
        _text_el(code, "Description", kind_description(spec), ns)
    return len(kinds)


def selection_description(ann: Row) -> str:
    """Field values, then status and origin when they are not the usual ones."""
    lines = [f"{name}: {json.dumps(value, ensure_ascii=False)}"
             for name, value in (ann.get("fields") or {}).items() if value is not None]
    if ann["status"] != "accepted":
        lines.append(f"{STATUS}: {json.dumps(ann['status'])}")
    if ann["origin"] != "manual":
        lines.append(f"{ORIGIN_LINE}: {json.dumps(ann['origin'], ensure_ascii=False)}")
    if ann.get("anchor") == "orphaned":
        # Its quote is no longer in the text: the selection is empty, its name the quote.
        lines.append(f'{ANCHOR_LINE}: "orphaned"')
    return "\n".join(lines)


def _source(sources: etree._Element, notes: list[tuple[str, str]], doc: Row,
            anns: list[Row]) -> None:
    guid = doc["uuid"]
    src = _el(sources, "TextSource", guid=guid, name=doc["title"] or doc["filename"] or guid,
              plainTextPath=f"internal://{guid}.txt", creationDateTime=doc["imported_at"])
    if doc.get("memo"):
        _text_el(src, "Description", doc["memo"])
    for ann in anns:
        user = guids.coder(ann["coder"])
        sel = _el(src, "PlainTextSelection", guid=guids.selection(ann["id"]),
                  name=ann["exact"], startPosition=ann["start"], endPosition=ann["end"],
                  creatingUser=user, creationDateTime=ann["created_at"],
                  modifyingUser=user, modifiedDateTime=ann["modified_at"])
        description = selection_description(ann)
        if description:
            _text_el(sel, "Description", description)
        coding = _el(sel, "Coding", guid=guids.annotation(ann["id"]), creatingUser=user,
                     creationDateTime=ann["created_at"])
        _el(coding, "CodeRef", targetGUID=guids.kind(ann["kind"]))
        if ann.get("memo"):
            note = guids.memo(ann["id"])
            notes.append((note, ann["memo"]))
            _el(sel, "NoteRef", targetGUID=note)
    for name, type_ in VARIABLES.items():
        value = doc.get(name)
        if value not in (None, ""):
            vv = _el(src, "VariableValue")
            _el(vv, "VariableRef", targetGUID=guids.variable(name))
            _text_el(vv, VALUE_ELEMENT[type_], str(value))


def project_xml(project: Project) -> tuple[bytes, dict[str, str], int]:
    """``project.qde``'s bytes, the texts for ``sources/`` by file name, and the codings."""
    repo = project.repo
    docs = repo.documents()
    anns = repo.annotations()
    root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
    root.set("name", project.path.stem)
    root.set("origin", ORIGIN)
    created = repo.meta("created_at")
    if created:
        root.set("creationDateTime", created)
    coders = sorted({a["coder"] for a in anns})
    if coders:  # the schema wants at least one User inside <Users>
        users = _el(root, "Users")
        for name in coders:
            _el(users, "User", guid=guids.coder(name), name=name)
    _codes(_el(root, "CodeBook"), project, NS)
    variables = _el(root, "Variables")
    for name, type_ in VARIABLES.items():
        _el(variables, "Variable", guid=guids.variable(name), name=name, typeOfVariable=type_)
    sources = _el(root, "Sources")
    notes: list[tuple[str, str]] = []
    texts: dict[str, str] = {}
    by_doc: dict[int, list[Row]] = {}
    for ann in anns:
        by_doc.setdefault(ann["doc_id"], []).append(ann)
    for doc in docs:
        _source(sources, notes, doc, by_doc.get(doc["id"], []))
        texts[f"{doc['uuid']}.txt"] = repo.get("document", doc["id"])["text"]
    if not docs:
        root.remove(sources)  # the schema wants at least one source inside <Sources>
    if notes:
        holder = _el(root, "Notes")
        for guid, text in notes:
            note = _el(holder, "Note", guid=guid, name="Memo")
            _text_el(note, "PlainTextContent", text)
    xml = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return xml, texts, len(anns)


def write_qdpx(project: Project, path: Path) -> int:
    """Write the whole project as a ``.qdpx`` zip; returns the number of codings."""
    xml, texts, n = project_xml(project)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", xml)
        for name, text in texts.items():
            zf.writestr(f"sources/{name}", text.encode("utf-8"))
    return n


def codebook_xml(project: Project) -> tuple[bytes, int]:
    """The codebook alone as a ``.qdc`` document, and how many codes it holds."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS})
    root.set("origin", ORIGIN)
    n = _codes(root, project, CODEBOOK_NS)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True), n


def write_qdc(project: Project, path: Path) -> int:
    """Write the codebook as a ``.qdc`` file; returns the number of codes."""
    xml, n = codebook_xml(project)
    path.write_bytes(xml)
    return n
