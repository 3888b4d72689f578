"""Text from a project cannot forge or disguise lines of the command line's listings."""

from __future__ import annotations

from workbench.cli import main

FORGED = "report.txt\n2026-01-01T00:00:00Z  admin  import  doc 9  clean.txt"
REVERSED = "invoice\u202eexe.txt"


def test_plain_escapes_controls_and_bidi_but_keeps_letters():
    from workbench.cli.common import plain

    assert plain("a\nb\tc\r\x1b[2J") == "a\\nb\\tc\\r\\x1b[2J"
    assert plain(REVERSED) == "invoice\\u202eexe.txt"
    assert plain("قال المتحدث 😀 é") == "قال المتحدث 😀 é"


def test_a_file_name_with_a_newline_is_one_custody_line(tmp_path, capsys):
    proj = tmp_path / "p.wbproj"
    assert main(["new", str(proj)]) == 0
    capsys.readouterr()
    src = tmp_path / FORGED
    src.write_text("The strike killed 7 civilians.\n", encoding="utf-8")
    odd = tmp_path / REVERSED
    odd.write_text("Another report of shelling.\n", encoding="utf-8")
    assert main(["import", str(proj), str(src), str(odd), "--title", "T\u202eitle\nX"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 3  # two imports and the summary
    assert "\\u202e" in out
    for argv in (["log", str(proj), "--custody"], ["log", str(proj)], ["docs", str(proj)]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "\u202e" not in out
        assert not any(line.startswith("2026-01-01") for line in out.splitlines())
    assert main(["log", str(proj), "--custody"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "report.txt\\n2026-01-01" in lines[0]
    assert main(["docs", str(proj)]) == 0
    assert "T\\u202eitle\\nX" in capsys.readouterr().out


def _team(tmp_path, coders=("amal\u202e", "ben\nwarning: verify failed")):
    """A project two coders annotated differently, their names holding a line break and
    a reversing mark, as a project received from elsewhere can."""
    from tests.core.agreement.conftest import PATROL, add_doc
    from workbench.core.ops.annotations import annotate_quote
    from workbench.core.project import Project

    path = tmp_path / "team.wbproj"
    with Project.create(path) as p:
        doc = add_doc(p, PATROL, "patrol.txt")
        for coder, outcome in zip(coders, ("wounded", "killed"), strict=True):
            p.coder = coder
            annotate_quote(p, doc, "casualty", "wounded four guards",
                           {"outcome": outcome, "count_best": 4})
    return path


def test_agreement_names_and_values_cannot_forge_lines(tmp_path, capsys):
    import json

    path = _team(tmp_path)
    assert main(["agreement", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out
    assert not any(line.startswith("warning:") for line in out.splitlines())
    assert "amal\\u202e, ben\\nwarning: verify failed" in out.splitlines()[0]
    disagreements = [line for line in out.splitlines() if line.startswith("doc ")]
    assert len(disagreements) == 1 and "ben\\nwarning: verify failed=" in disagreements[0]
    # --json keeps the names as stored, and stays one JSON document.
    assert main(["agreement", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "ben\nwarning: verify failed" in data["coders"]


def test_a_merge_report_names_a_source_on_one_line(tmp_path, capsys):
    import json

    source = tmp_path / "amal\u202e\nConflicts: 0.wbproj"
    _team(tmp_path).rename(source)
    target = tmp_path / "lead.wbproj"
    assert main(["new", str(target)]) == 0
    capsys.readouterr()
    assert main(["merge", str(target), str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out
    assert sum(line.startswith("Conflicts:") for line in out.splitlines()) == 1
    assert main(["merge", str(target), str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sources"] == [source.name]


def test_a_refi_qda_files_names_cannot_forge_lines(tmp_path, capsys):
    import zipfile

    path = _team(tmp_path, ("amal", "ben"))
    shared = tmp_path / "team.qdpx"
    assert main(["export", str(path), "--format", "qdpx", "-o", str(shared)]) == 0
    with zipfile.ZipFile(shared) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    qde = members["project.qde"].decode("utf-8")
    picture = ('<PictureSource guid="0b7c5a3e-2f4d-4d0e-9a51-6c1f7f0b2a10" '
               'name="map&#10;Imported 9 documents\u202e.png" '
               'path="internal://map.png"/>')
    assert "<Sources>" in qde
    members["project.qde"] = qde.replace("<Sources>", "<Sources>" + picture, 1).encode()
    with zipfile.ZipFile(shared, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    other = tmp_path / "other.wbproj"
    assert main(["new", str(other)]) == 0
    capsys.readouterr()
    assert main(["import-qdpx", str(other), str(shared)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == ["workbench: skipped: map\\nImported 9 documents\\u202e.png: "
                                "only text sources are read."]
    assert out.startswith("Imported 1 document")


def test_every_line_for_people_is_said():
    # A print of its own skipped the escaping (agreement, merge and import-qdpx printed
    # names from other people's projects so). Only the progress line's terminal codes
    # and `show`, which prints a document's text as it is, print for themselves.
    import ast
    from pathlib import Path

    import workbench.cli

    allowed = {("common.py", "say"), ("documents.py", "_import"), ("documents.py", "cmd_show")}
    found = set()
    for path in Path(workbench.cli.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            for node in ast.walk(func):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "print"):
                    found.add((path.name, func.name))
    assert found == allowed
