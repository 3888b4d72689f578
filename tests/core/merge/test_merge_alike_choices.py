"""A merge never leaves two choices of one field that read alike.

The codebook editor refuses a choice that differs from another only in case, harakat,
Arabic letter forms or spacing ("Disputed" beside "disputed"): every list and menu
would show one word twice, and the agreement report would count two coders who chose
the same word as disagreeing. A merge's union of two codebooks added one all the same.
The source's wording is now taken as the target's choice, its annotations and actor
records carried over holding the target's wording, and the report's notes say so.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import add_doc
from workbench.cli import main
from workbench.core.merge import merge_projects
from workbench.core.ops import codebook as cb_ops
from workbench.core.ops.actors import add_actor
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project
from workbench.core.verify import verify

NOTE = ("Ministry rejects report on Velm strike\n\nVELM, June 4 - The ministry denied on "
        "Tuesday that its aircraft struck the Velm depot, calling a rights group's report "
        "false. The group stood by its account.\n")


def _lead_and_copy(tmp_path: Path) -> tuple[Path, Path, str]:
    lead, ben = tmp_path / "lead.wbproj", tmp_path / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, NOTE, "velm.txt")
        ann = annotate_quote(p, doc, "claim", "The ministry denied",
                             {"status": "contested"}).result
    shutil.copy(lead, ben)
    return lead, ben, ann


def _choices(p: Project, kind: str = "claim", field: str = "status") -> tuple[str, ...]:
    return p.codebook.kind(kind).field(field).choices


def test_a_choice_added_on_both_sides_in_two_spellings_is_one_choice(tmp_path):
    lead, ben, _ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        cb_ops.add_choice(p, "claim", "status", "Disputed")
    with Project.open(ben, coder="ben") as p:
        cb_ops.add_choice(p, "claim", "status", "disputed")
        doc = p.repo.documents()[0]["id"]
        bens = annotate_quote(p, doc, "claim", "The group stood by its account",
                              {"status": "disputed"}).result
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert _choices(p)[-1] == "Disputed" and "disputed" not in _choices(p)
        assert p.repo.get("annotation", bens)["fields"]["status"] == "Disputed"
        assert not report.conflicts
        said = [n for n in report.notes if "'disputed'" in n]
        assert said == ["ben.wbproj: the choice 'disputed' of claim.status reads as "
                        "'Disputed' here, so it was taken as that choice, not added beside "
                        "it; the 1 annotation holding it holds 'Disputed' here."]
        assert said[0] in report.render()
        assert verify(p).ok
        again = merge_projects(p, [ben]).result  # merged again: nothing more to do
        assert again.counts["annotation"].added == again.counts["annotation"].updated == 0
        assert again.counts["codebook"].updated == 0 and not again.conflicts
        assert _choices(p).count("Disputed") == 1 and "disputed" not in _choices(p)


def test_kinds_made_apart_join_their_choices_without_alike_pairs(tmp_path):
    # No common version: the union of the two lists, where a wording with harakat or
    # another case is the target's choice, and a new word is added.
    lead, ben = tmp_path / "lead.wbproj", tmp_path / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, NOTE, "velm.txt")
        cb_ops.add_kind(p, "verdict", "Verdict", "V")
        cb_ops.add_field(p, "verdict", "finding", "enum", choices=("مؤكد", "Doubtful"))
    with Project.create(ben, coder="ben") as p:
        doc = add_doc(p, NOTE, "velm.txt")
        cb_ops.add_kind(p, "verdict", "Verdict", "V")
        cb_ops.add_field(p, "verdict", "finding", "enum",
                         choices=("مؤكَّد", "doubtful", "Retracted"))
        first = annotate_quote(p, doc, "verdict", "The ministry denied",
                               {"finding": "مؤكَّد"}).result
        second = annotate_quote(p, doc, "verdict", "The group stood by its account",
                                {"finding": "doubtful"}).result
        third = annotate_quote(p, doc, "verdict", "the Velm depot",
                               {"finding": "Retracted"}).result
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert _choices(p, "verdict", "finding") == ("مؤكد", "Doubtful", "Retracted")
        held = {a: p.repo.get("annotation", a)["fields"]["finding"]
                for a in (first, second, third)}
        assert held == {first: "مؤكد", second: "Doubtful", third: "Retracted"}
        assert len([n for n in report.notes if "verdict.finding reads as" in n]) == 2
        assert not report.conflicts and verify(p).ok


def test_a_rename_onto_a_wording_the_target_has_is_a_conflict(tmp_path):
    lead, ben, ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        cb_ops.rename_choice(p, "claim", "status", "contested", "disputed")
    with Project.open(ben, coder="ben") as p:
        cb_ops.add_choice(p, "claim", "status", "Disputed")
        doc = p.repo.documents()[0]["id"]
        own = annotate_quote(p, doc, "claim", "The group stood by its account",
                             {"status": "contested"}).result
        report = merge_projects(p, [lead]).result
        assert "contested" in _choices(p) and _choices(p).count("Disputed") == 1
        assert "disputed" not in _choices(p)
        assert [c.what for c in report.conflicts] == [
            "the choice 'contested' was renamed 'disputed' there, which reads as "
            "'Disputed' here; not renamed here"]
        assert p.repo.get("annotation", own)["fields"]["status"] == "contested"
        assert p.repo.get("annotation", ann)["fields"]["status"] == "Disputed"
        assert verify(p).ok


def test_an_actor_records_type_in_another_spelling_takes_the_targets(tmp_path):
    lead, ben, _ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        cb_ops.add_choice(p, "actor", "actor_type", "tribal militia")
    with Project.open(ben, coder="ben") as p:
        cb_ops.add_choice(p, "actor", "actor_type", "Tribal Militia")
        record = add_actor(p, "Velm Hill Guard", actor_type="Tribal Militia").result
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert _choices(p, "actor", "actor_type")[-1] == "tribal militia"
        assert p.repo.get("actor", record)["actor_type"] == "tribal militia"
        assert any("the 1 actor record holding it holds 'tribal militia' here" in n
                   for n in report.notes)
        assert verify(p).ok


def test_the_command_line_says_which_choice_was_taken_for_which(tmp_path, capsys):
    lead, ben, _ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        cb_ops.add_choice(p, "claim", "status", "Disputed")
    with Project.open(ben, coder="ben") as p:
        cb_ops.add_choice(p, "claim", "status", "disputed")
    capsys.readouterr()
    assert main(["merge", str(lead), str(ben)]) == 0
    out = capsys.readouterr().out
    assert ("ben.wbproj: the choice 'disputed' of claim.status reads as 'Disputed' here"
            in out and "nothing merged held it" in out)
