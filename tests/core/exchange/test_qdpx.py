"""REFI-QDA export and import: valid against the published schema, and a lossless round trip."""

from __future__ import annotations

import shutil
import uuid
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from workbench.core.errors import ImportRejected
from workbench.core.exchange import guids, write_file
from workbench.core.exchange.qdpx import CODEBOOK_NS, NS
from workbench.core.exchange.qdpx_read import read_qdpx
from workbench.core.ops.annotations import annotate_quote
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project

SCHEMA = Path(__file__).resolve().parents[2] / "data" / "refi-qda" / "Project.xsd"
Q = f"{{{NS}}}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file: Path) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.wbproj"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def qde(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("project.qde"))


def snapshot(project: Project) -> dict:
    repo = project.repo
    return {
        "texts": sorted(repo.get("document", d["id"])["text"] for d in repo.documents()),
        "titles": sorted(d["title"] for d in repo.documents()),
        "meta": sorted((d["published"], d["publisher"], d["reliability"], d["credibility"])
                       for d in repo.documents()),
        "kinds": [k.to_dict() for k in project.codebook.kinds()],
        "annotations": sorted(
            (a["id"], a["kind"], a["start"], a["end"], a["exact"], a["coder"], a["status"],
             a["origin"], sorted(a["fields"].items()), a["memo"])
            for a in repo.annotations()),
    }


def test_export_is_valid_against_the_published_schema(demo, schema, tmp_path):
    with Project.open(demo) as project:
        n = write_file(project, "qdpx", tmp_path / "demo.qdpx")
        total = len(project.repo.annotations())
    root = qde(tmp_path / "demo.qdpx")
    assert schema.validate(root), schema.error_log
    assert n == total == len(root.findall(f".//{Q}Coding"))


def test_sources_are_files_and_selections_count_code_points(tmp_path, schema):
    with Project.create(tmp_path / "p.wbproj", coder="amal") as project:
        text = "Shelling 😀 hit the depot; three guards were wounded.\n"
        doc = import_bytes(project, text.encode(), "depot.txt", sandbox=False).doc_id
        ann = annotate_quote(project, doc, "casualty", "three guards were wounded",
                             {"outcome": "wounded", "count_best": 3},
                             memo="line one\nline two").result
        write_file(project, "qdpx", tmp_path / "p.qdpx")
        uuid_ = project.repo.get("document", doc)["uuid"]
    root = qde(tmp_path / "p.qdpx")
    assert schema.validate(root), schema.error_log
    with zipfile.ZipFile(tmp_path / "p.qdpx") as zf:
        assert zf.read(f"sources/{uuid_}.txt").decode("utf-8") == text
    source = root.find(f".//{Q}TextSource")
    assert source.get("plainTextPath") == f"internal://{uuid_}.txt"
    sel = source.find(f"{Q}PlainTextSelection")
    start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
    assert text[start:end] == "three guards were wounded"  # the emoji counts once
    coding = sel.find(f"{Q}Coding")
    assert coding.get("guid") == guids.annotation(ann)  # a compact id as its GUID
    assert guids.annotation_id(coding.get("guid")) == ann
    assert coding.find(f"{Q}CodeRef").get("targetGUID") == guids.kind("casualty")
    user = root.find(f"{Q}Users/{Q}User")
    assert user.get("name") == "amal"
    assert user.get("guid") == str(uuid.uuid5(guids.NAMESPACE, "coder:amal"))
    assert coding.get("creatingUser") == user.get("guid")
    assert 'outcome: "wounded"' in sel.findtext(f"{Q}Description")
    note_ref = sel.find(f"{Q}NoteRef").get("targetGUID")
    note = root.find(f"{Q}Notes/{Q}Note[@guid='{note_ref}']")
    assert note.findtext(f"{Q}PlainTextContent") == "line one\nline two"


def test_exporting_twice_gives_the_same_guids(demo, tmp_path):
    with Project.open(demo) as project:
        write_file(project, "qdpx", tmp_path / "a.qdpx")
        write_file(project, "qdpx", tmp_path / "b.qdpx")
    guids_of = [sorted(e.get("guid") for e in qde(tmp_path / n).iter() if e.get("guid"))
                for n in ("a.qdpx", "b.qdpx")]
    assert guids_of[0] == guids_of[1]


def test_demo_round_trip(demo, tmp_path):
    with Project.open(demo) as project:
        write_file(project, "qdpx", tmp_path / "demo.qdpx")
        before = snapshot(project)
    with Project.create(tmp_path / "copy.wbproj", coder="importer") as copy:
        changes = read_qdpx(copy, tmp_path / "demo.qdpx")
        after = snapshot(copy)
        summary = changes.result
        assert (summary.documents, summary.annotations) == (len(before["texts"]),
                                                            len(before["annotations"]))
        assert summary.skipped == []
        # Every document came through the import store step, with its custody entry.
        custody = copy.repo.custody()
        assert [c["importer"] for c in custody] == ["qdpx"] * summary.documents
        assert any(e["op"] == "import-qdpx:insert" and e["entity"] == "annotation"
                   for e in copy.repo.audit())
        # The same file again adds nothing.
        again = read_qdpx(copy, tmp_path / "demo.qdpx").result
        assert (again.documents, again.duplicates, again.annotations) == (0, 8, 0)
        assert snapshot(copy) == after
    assert after == before


def test_codebook_alone(demo, tmp_path, schema):
    with Project.open(demo) as project:
        n = write_file(project, "qdc", tmp_path / "demo.qdc")
        labels = [k.label for k in project.codebook.kinds()]
    root = etree.parse(str(tmp_path / "demo.qdc")).getroot()
    assert root.tag == f"{{{CODEBOOK_NS}}}CodeBook"
    codes = root.findall(f"{{{CODEBOOK_NS}}}Codes/{{{CODEBOOK_NS}}}Code")
    assert [c.get("name") for c in codes] == labels and n == len(labels)
    # The codebook's Code type is the project's: check it with the project schema.
    wrapper = etree.fromstring(f'<Project xmlns="{NS}" name="check"><CodeBook/></Project>')
    codes_el = etree.SubElement(wrapper[0], f"{Q}Codes")
    for code in codes:
        copy = etree.fromstring(etree.tostring(code).replace(CODEBOOK_NS.encode(), NS.encode()))
        codes_el.append(copy)
    assert schema.validate(wrapper), schema.error_log


FOREIGN = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="fieldwork" origin="Another QDA tool">
  <Users><User guid="{{11111111-2222-3333-4444-555555555555}}" name="Rosa"/></Users>
  <CodeBook><Codes>
    <Code guid="aaaaaaaa-0000-0000-0000-000000000001" name="Casualty figure" isCodable="true"/>
    <Code guid="aaaaaaaa-0000-0000-0000-000000000002" name="Road blockade" isCodable="true"
          color="#336699">
      <Code guid="aaaaaaaa-0000-0000-0000-000000000003" name="Night raid" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="bbbbbbbb-0000-0000-0000-000000000001" name="Interview 4">
      <PlainTextContent>{text}</PlainTextContent>
      <PlainTextSelection guid="cccccccc-0000-0000-0000-000000000001" startPosition="{s1}"
          endPosition="{e1}" creatingUser="11111111-2222-3333-4444-555555555555">
        <Description>seemed unsure of the number</Description>
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000001">
          <CodeRef targetGUID="aaaaaaaa-0000-0000-0000-000000000001"/></Coding>
        <Coding guid="dddddddd-0000-0000-0000-000000000002">
          <CodeRef targetGUID="aaaaaaaa-0000-0000-0000-000000000003"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="cccccccc-0000-0000-0000-000000000002" startPosition="5"
          endPosition="9999">
        <Coding guid="dddddddd-0000-0000-0000-000000000003">
          <CodeRef targetGUID="aaaaaaaa-0000-0000-0000-000000000002"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PictureSource guid="bbbbbbbb-0000-0000-0000-000000000002" name="Photo 1"/>
  </Sources>
</Project>
"""


def test_import_from_another_program(tmp_path, schema):
    text = "The driver said two porters were taken during the night raid."
    quote = "two porters were taken"
    s1 = text.index(quote)
    xml = FOREIGN.format(text=text, s1=s1, e1=s1 + len(quote))
    assert schema.validate(etree.fromstring(xml.encode())), schema.error_log
    path = tmp_path / "fieldwork.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", xml)
    with Project.create(tmp_path / "p.wbproj", coder="me") as project:
        summary = read_qdpx(project, path).result
        assert summary.kinds == ["road_blockade", "night_raid"]
        assert project.codebook.kind("night_raid").label == "Night raid"
        anns = {a["id"]: a for a in project.repo.annotations()}
        first = anns["dddddddd-0000-0000-0000-000000000001"]  # braces and case dropped
        assert (first["kind"], first["exact"], first["coder"]) == ("casualty", quote, "Rosa")
        assert first["memo"] == "seemed unsure of the number" and first["fields"] == {}
        assert anns["dddddddd-0000-0000-0000-000000000002"]["kind"] == "night_raid"
        assert len(anns) == 2  # the selection past the end of the text is skipped
        assert len(summary.skipped) == 2
        assert any("Photo 1" in s for s in summary.skipped)
        (doc,) = project.repo.documents()
        assert doc["title"] == "Interview 4"


def test_a_file_that_is_not_a_project_changes_nothing(tmp_path):
    bad = tmp_path / "notes.qdpx"
    bad.write_text("just some notes")
    empty = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("readme.txt", "no project here")
    with Project.create(tmp_path / "p.wbproj") as project:
        before = len(project.repo.audit())
        with pytest.raises(ImportRejected, match="not a zip"):
            read_qdpx(project, bad)
        with pytest.raises(ImportRejected, match=r"no project\.qde"):
            read_qdpx(project, empty)
        assert len(project.repo.audit()) == before


def test_a_projects_own_export_comes_back_onto_its_documents(tmp_path):
    """The export holds the working text, not the file first imported (CRLF line ends
    and a BOM here, a page of HTML): its bytes matched no original, so every source came
    back as a second copy of its document, and a coding added in another program sat on
    the copy, apart from the document's other annotations. The source's GUID is the
    document's UUID: with the same text, it is that document."""
    crlf = "\ufeffField log\r\nDay one\r\nThe patrol found two wounded porters.\r\n"
    page = ("<html><body><p>Shelling hit the depot at dawn; three guards were wounded, "
            "the district office said on Tuesday.</p></body></html>")
    with Project.create(tmp_path / "p.wbproj", coder="amal") as project:
        log = import_bytes(project, crlf.encode(), "log.txt", sandbox=False).doc_id
        depot = import_bytes(project, page.encode(), "depot.html", sandbox=False).doc_id
        annotate_quote(project, log, "casualty", "two wounded porters",
                       {"outcome": "wounded", "count_best": 2})
        write_file(project, "qdpx", tmp_path / "p.qdpx")
        # Another program adds a coding on the log: a selection with a GUID of its own.
        with zipfile.ZipFile(tmp_path / "p.qdpx") as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        root = etree.fromstring(members["project.qde"])
        uuid_ = project.repo.get("document", log)["uuid"]
        source = root.find(f".//{Q}TextSource[@guid='{uuid_}']")
        text = project.repo.get("document", log)["text"]
        start = text.index("The patrol")
        sel = etree.SubElement(source, f"{Q}PlainTextSelection",
                               guid=str(uuid.uuid4()), startPosition=str(start),
                               endPosition=str(start + len("The patrol")))
        coding = etree.SubElement(sel, f"{Q}Coding", guid=str(uuid.uuid4()))
        etree.SubElement(coding, f"{Q}CodeRef", targetGUID=guids.kind("casualty"))
        source.remove(sel)  # selections come before a source's variable values
        source.insert(0, sel)
        members["project.qde"] = etree.tostring(root, xml_declaration=True,
                                                encoding="utf-8")
        with zipfile.ZipFile(tmp_path / "back.qdpx", "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)

        summary = read_qdpx(project, tmp_path / "back.qdpx").result
        assert (summary.documents, summary.duplicates, summary.annotations) == (0, 2, 1)
        assert sorted(d["id"] for d in project.repo.documents()) == sorted([log, depot])
        on_log = {a["exact"] for a in project.repo.annotations() if a["doc_id"] == log}
        assert on_log == {"two wounded porters", "The patrol"}


def test_an_orphaned_annotation_travels_orphaned(tmp_path, schema):
    """An annotation whose quote a re-import took out of the text is kept orphaned, with
    its quote. It was exported as an empty selection, which the import skips as empty:
    a Workbench-to-Workbench exchange lost it. The selection now says it is orphaned
    (``@anchor``), and the import keeps it so, quote, fields and all."""
    from workbench.core.ops import documents as doc_ops
    from workbench.core.verify import verify

    first = ("Velmora, 4 June. A drone strike on the grain depot killed 7 porters, the "
             "district council said.\n")
    path = tmp_path / "depot.txt"
    path.write_text(first, encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj", coder="amal") as project:
        doc = doc_ops.import_file(project, path).doc_id
        said = annotate_quote(project, doc, "statement", "the district council said",
                              {"speaker": "district council"}).result
        path.write_text(first.replace(", the district council said", ""), encoding="utf-8")
        assert doc_ops.reimport(project, doc, path).result.orphaned == 1
        before = project.repo.get("annotation", said)
        write_file(project, "qdpx", tmp_path / "p.qdpx")
    assert schema.validate(qde(tmp_path / "p.qdpx")), schema.error_log
    with Project.create(tmp_path / "copy.wbproj", coder="ben") as copy:
        summary = read_qdpx(copy, tmp_path / "p.qdpx").result
        assert (summary.annotations, summary.skipped) == (1, [])
        after = copy.repo.get("annotation", said)
        for column in ("start", "end", "exact", "anchor", "fields", "memo", "coder"):
            assert after[column] == before[column], column
        assert after["anchor"] == "orphaned" and after["exact"] == "the district council said"
        assert verify(copy).ok
