"""Victim categories from Arabic groups: civilians and soldiers are different people in
an Arabic report as in an English one, so their figures add up."""

from __future__ import annotations

import pytest

from tests.core.incidents.helpers import report
from tests.helpers import make_project
from workbench.core.incidents import model, ops
from workbench.core.incidents.tally import tally
from workbench.core.ops.annotations import set_status
from workbench.core.suggest import suggest_documents


@pytest.mark.parametrize(("group", "category"), [
    ("مدنيين", "civilians"),
    ("المدنيين", "civilians"),
    ("مَدَنيّين", "civilians"),  # with harakat
    ("أطفال", "civilians"),
    ("نساء", "civilians"),
    ("امرأة", "civilians"),
    ("صحفيين", "civilians"),
    ("عناصر الدفاع المدني", "civilians"),
    ("من قوات الدفاع المدني", "civilians"),
    ("جنود أطفال", "combatants"),  # combatant words first, as in English
    ("لاجئين", "civilians"),
    ("جنود", "combatants"),
    ("جنديا", "combatants"),
    ("من عناصر الشرطة", "combatants"),
    ("مقاتلين من المعارضة", "combatants"),
    ("مسلحين", "combatants"),
    ("من قوات الأمن", "combatants"),
    ("ضباط في الجيش", "combatants"),
    ("شخصا", "unknown"),
    ("أشخاص", "unknown"),
    ("من طالبان", "unknown"),  # the movement, not students
])
def test_arabic_groups_have_their_category(group, category):
    assert model.victim_category(group) == category


def test_an_arabic_report_of_civilians_and_soldiers_adds_them(tmp_path):
    with make_project(tmp_path) as project:
        doc = report(project, "قتل خمسة مدنيين وثلاثة جنود في القصف على البلدة يوم الاثنين.\n",
                     name="a.txt")
        suggest_documents(project, [doc])
        ids = [a["id"] for a in project.repo.annotations(doc_id=doc)
               if a["kind"] == "casualty"]
        set_status(project, ids, "accepted")
        t = tally(project, ops.create_incident(project, "Shelling", members=ids).result)
        assert t.cell("killed", "civilians").low == 5
        assert t.cell("killed", "combatants").low == 3
        assert (t.cell("killed").low, t.cell("killed").high) == (8, 8)


@pytest.mark.parametrize("revision", [
    "وارتفع عدد القتلى في المساء إلى 12.",
    "ووصلت حصيلة القتلى مساء الثلاثاء الى 12.",
])
def test_an_arabic_revised_toll_replaces_the_groups_before_it(tmp_path, revision):
    """Five civilians and three soldiers, then "the number of dead rose to 12": 12
    killed, as in English; not 5 + 3 + 12 now that the groups are categories."""
    with make_project(tmp_path) as project:
        doc = report(project, "قتل خمسة مدنيين وثلاثة جنود في القصف على البلدة يوم "
                     f"الاثنين. {revision}\n", name="a.txt")
        suggest_documents(project, [doc])
        ids = [a["id"] for a in project.repo.annotations(doc_id=doc)
               if a["kind"] == "casualty"]
        assert len(ids) == 3
        set_status(project, ids, "accepted")
        t = tally(project, ops.create_incident(project, "Shelling", members=ids).result)
        assert (t.cell("killed").low, t.cell("killed").high) == (12, 12)
        assert t.cell("killed", "civilians").low == 5
