"""An encrypted coder's project merged into a plain one: what it protected is now stored
unencrypted, and the merge report says so with the way to encrypt the result."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import REPORT, add_doc
from workbench.core.merge import merge_projects
from workbench.core.merge.sources import open_source
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project

KEY = "Harbour lanterns at dusk"


def _encrypted_amal(folder: Path) -> Path:
    amal = folder / "amal.wbproj"
    with Project.create(amal, coder="amal", passphrase=KEY) as p:
        doc = add_doc(p, REPORT)
        annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                       {"outcome": "killed", "count_low": 12})
    return amal


def _merge(target: Project, source: Path, **kwargs):
    return merge_projects(target, [source], opener=lambda path: open_source(
        path, coder=target.coder, passphrase=KEY), **kwargs).result


def test_an_encrypted_source_merged_into_a_plain_project_is_said_so(tmp_path: Path):
    amal = _encrypted_amal(tmp_path)
    with Project.create(tmp_path / "lead.wbproj", coder="lead") as lead:
        dry = _merge(lead, amal, dry_run=True)
        report = _merge(lead, amal)
        assert not lead.encrypted
        for result in (dry, report):
            said = [n for n in result.notes if "amal.wbproj is encrypted" in n]
            assert len(said) == 1 and "lead.wbproj is not" in said[0]
            assert "workbench encrypt" in said[0]
            assert said[0] in result.render()


def test_an_encrypted_source_into_an_encrypted_project_says_nothing_of_it(tmp_path: Path):
    amal = _encrypted_amal(tmp_path)
    with Project.create(tmp_path / "lead.wbproj", coder="lead", passphrase=KEY) as lead:
        report = _merge(lead, amal)
        assert lead.encrypted
        assert not [n for n in report.notes if "encrypted" in n]
