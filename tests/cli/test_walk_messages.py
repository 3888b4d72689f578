"""What a newcomer following the README sees when there is nothing yet to show."""

from workbench.cli import main


def test_tally_with_no_incidents_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    project = str(tmp_path / "notes.wbproj")
    assert main(["new", project]) == 0
    capsys.readouterr()
    assert main(["tally", project]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No incidents to tally")
    assert "workbench incident PROJECT create" in out


def test_the_readme_names_every_link_type():
    # part_of was missing from the `workbench link` row, so a reader never learnt how
    # to keep a sub-group ("including five children") from being added to its toll.
    from pathlib import Path

    from workbench.core.codebook import LINK_TYPES

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `workbench link "))
    assert [t for t in LINK_TYPES if t not in row] == []
