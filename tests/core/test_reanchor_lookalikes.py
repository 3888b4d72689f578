"""Re-anchoring never moves an annotation silently onto a passage that only reads alike.

Each case is an old text, a new version, the annotated words, and where they must end:
found again (the same words, or lightly corrected ones), or orphaned. A wrong anchor is
worse than an orphan: a look-alike neighbour ("killed 11 soldiers near Kessa" for the
removed "killed 12 soldiers near Harrow") or another copy of a repeated formula must not
take the annotation. The documents are fictional.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from workbench.core import rewording
from workbench.core.anchoring import find_quote, make_anchor, reanchor, without_marks
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as ops

HARROW = "Shelling killed 12 soldiers near Harrow on Monday, the army said. "
KESSA = "Shelling killed 11 soldiers near Kessa on Tuesday, the army said. "
BORDER = "Border report, 3 March.\n\n" + HARROW + KESSA + "Roads to the south stayed closed.\n"

OSTER = "Strikes hit the fuel depot at Oster overnight, the ministry said in a statement. "
VELL = "Two bridges on the Vell road were closed, the ministry said in a statement. "
MINISTRY = "Morning briefing.\n\n" + OSTER + VELL + "Traffic was sent through Lumm.\n"

PARA_A = "The clinic at Dorsk was hit twice on Friday, medics said.\n\n"
PARA_B = "Water trucks reached the camp at Ilven after a week without supplies.\n\n"
PARA_C = "A curfew stays in force in the old town until further notice.\n\n"

AR_PLAIN = ("قتل اثنا عشر جنديا قرب بلدة حارو يوم الاثنين، وفق بيان للجيش. "
            "وقتل أحد عشر جنديا قرب بلدة كيسا يوم الثلاثاء. وبقيت الطرق مغلقة.\n")
AR_VOWELLED = ("قُتِلَ اثْنَا عَشَرَ جُنْدِيًّا قُرْبَ بَلْدَةِ حارو يَوْمَ الاثْنَيْنِ، وفق بيان للجيش. "
               "وقتل أحد عشر جنديا قرب بلدة كيسا يوم الثلاثاء. وبقيت الطرق مغلقة.\n")

# (old text, new text, annotated quote, its occurrence, the words it must end on or None
# for orphaned)
CASES = {
    "deleted, look-alike after it": (
        BORDER, BORDER.replace(HARROW, ""),
        "killed 12 soldiers near Harrow", 1, None),
    "deleted, look-alike before it": (
        BORDER, BORDER.replace(KESSA, ""),
        "killed 11 soldiers near Kessa", 1, None),
    "deleted whole sentence, look-alike after it": (
        BORDER, BORDER.replace(HARROW, ""),
        HARROW.strip(), 1, None),
    "repeated formula, its sentence deleted": (
        MINISTRY, MINISTRY.replace(OSTER, ""),
        "the ministry said in a statement", 1, None),
    "repeated formula, its sentence corrected": (
        MINISTRY, MINISTRY.replace("at Oster", "at Osterby"),
        "the ministry said in a statement", 1, "the ministry said in a statement"),
    "typo corrected": (
        BORDER.replace("soldiers near Harrow", "soldeirs near Harrow"), BORDER,
        "killed 12 soldeirs near Harrow", 1, "killed 12 soldiers near Harrow"),
    "name's spelling corrected": (
        BORDER.replace("Harrow", "Harow"), BORDER,
        "killed 12 soldiers near Harow", 1, "killed 12 soldiers near Harrow"),
    "number corrected": (
        BORDER, BORDER.replace("killed 12", "killed 14"),
        "killed 12 soldiers near Harrow", 1, "killed 14 soldiers near Harrow"),
    "number corrected, with a lead added": (
        BORDER, "UPDATED: toll revised.\n" + BORDER.replace("killed 12", "killed 14"),
        "killed 12 soldiers near Harrow", 1, "killed 14 soldiers near Harrow"),
    "paragraph moved": (
        PARA_A + PARA_B + PARA_C, PARA_B + PARA_C + PARA_A,
        "hit twice on Friday", 1, "hit twice on Friday"),
    "whole paragraph moved": (
        PARA_A + PARA_B + PARA_C, PARA_B + PARA_C + PARA_A,
        PARA_A.strip(), 1, PARA_A.strip()),
    "harakat added": (
        AR_PLAIN, AR_VOWELLED,
        "قتل اثنا عشر جنديا قرب بلدة حارو", 1,
        "قُتِلَ اثْنَا عَشَرَ جُنْدِيًّا قُرْبَ بَلْدَةِ حارو"),
    "harakat removed": (
        AR_VOWELLED, AR_PLAIN,
        "قُتِلَ اثْنَا عَشَرَ جُنْدِيًّا قُرْبَ بَلْدَةِ حارو", 1,
        "قتل اثنا عشر جنديا قرب بلدة حارو"),
    "Arabic sentence deleted, look-alike after it": (
        AR_PLAIN, AR_PLAIN.replace("قتل اثنا عشر جنديا قرب بلدة حارو يوم الاثنين، وفق بيان للجيش. ",
                                   ""),
        "قتل اثنا عشر جنديا قرب بلدة حارو", 1, None),
}


@pytest.mark.parametrize("case", CASES)
def test_reanchoring_finds_the_words_or_orphans_them(case):
    old_text, new_text, quote, occurrence, expected = CASES[case]
    old = make_anchor(old_text, *find_quote(old_text, quote, occurrence))
    new = reanchor(new_text, old, old_text)
    if expected is None:
        assert new.state == "orphaned", f"moved onto {new_text[new.start:new.end]!r}"
        assert new.exact == quote  # the quote is kept, never dropped
    else:
        assert new.state in ("anchored", "reanchored")
        assert new_text[new.start : new.end] == expected == new.exact


def test_a_look_alike_with_matching_context_is_refused_without_the_old_text():
    """Callers without the old text (a merge, a QDPX import) still never take a
    neighbour whose own surroundings differ from the stored prefix and suffix."""
    old = make_anchor(BORDER, *find_quote(BORDER, "killed 12 soldiers near Harrow"))
    assert reanchor(BORDER.replace(HARROW, ""), old).state == "orphaned"
    fixed = BORDER.replace("killed 12", "killed 14")
    assert reanchor(fixed, old).exact == "killed 14 soldiers near Harrow"


def test_two_equally_good_candidates_are_refused():
    """The annotated line removed, and two lines either side that each read like it."""
    lines = [f"Convoy {n} was stopped at the Ferrel gate.\n" for n in (4, 5, 6)]
    old_text = "".join(lines)
    old = make_anchor(old_text, *find_quote(old_text, "Convoy 5 was stopped at the Ferrel gate"))
    new = reanchor(lines[0] + lines[2], old)
    assert new.state == "orphaned"


def test_the_harakat_alone_are_no_change_of_words():
    plain = "قتل اثنا عشر جنديا"
    assert not rewording.changed(plain, "قُتِلَ اثْنَا عَشَرَ جُنْدِيًّا")
    assert rewording.changed(plain, "قتل أحد عشر جنديا")


# --------------------------------------------------------------- the re-import itself

def _doc(project, tmp_path, text):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return path, ops.import_file(project, path).doc_id


def test_a_look_alike_annotated_itself_keeps_its_own_and_the_other_is_orphaned(
        project, tmp_path):
    path, doc = _doc(project, tmp_path, BORDER)
    harrow = ann_ops.annotate_quote(project, doc, "casualty", "killed 12 soldiers near Harrow",
                                    {"outcome": "killed", "count_low": 12}).result
    kessa = ann_ops.annotate_quote(project, doc, "casualty", "killed 11 soldiers near Kessa",
                                   {"outcome": "killed", "count_low": 11}).result
    path.write_text(BORDER.replace(HARROW, ""), encoding="utf-8")
    report = ops.reimport(project, doc, path).result
    rows = {r["id"]: r for r in project.repo.annotations(doc_id=doc)}
    assert rows[harrow]["anchor"] == "orphaned"
    assert rows[kessa]["exact"] == "killed 11 soldiers near Kessa"
    assert rows[kessa]["status"] == "accepted"
    assert (report.orphaned, report.review) == (1, ())


def test_a_place_whose_words_changed_waits_for_review_too(project, tmp_path):
    """Any kind re-anchored onto changed words goes back to suggested with a memo, not
    only one that reads a count or a date from them: a place or an actor on another
    passage would otherwise look as sure as before."""
    path, doc = _doc(project, tmp_path, MINISTRY)
    place = ann_ops.annotate_quote(project, doc, "location", "the fuel depot at Oster").result
    said = ann_ops.annotate_quote(project, doc, "statement",
                                  "Strikes hit the fuel depot at Oster overnight").result
    other = ann_ops.annotate_quote(project, doc, "statement",
                                   "Two bridges on the Vell road were closed").result
    path.write_text("Update.\n" + MINISTRY.replace("at Oster", "at Ostre"), encoding="utf-8")
    report = ops.reimport(project, doc, path).result
    rows = {r["id"]: r for r in project.repo.annotations(doc_id=doc)}
    assert rows[place]["exact"] == "the fuel depot at Ostre"
    assert rows[said]["exact"] == "Strikes hit the fuel depot at Ostre overnight"
    for ann in (place, said):
        assert rows[ann]["status"] == "suggested" and rewording.needs_review(rows[ann])
    assert rows[place]["memo"] == ("Re-import changed its words from “the fuel depot at "
                                   "Oster” to “the fuel depot at Ostre”: check that it still "
                                   "marks the same passage and accept it again.")
    assert rows[other]["status"] == "accepted" and rows[other]["memo"] == ""
    assert set(report.review) == {place, said}
    assert "2 annotations whose words changed wait for review" in report.sentence()


def test_the_report_says_how_many_were_not_moved_onto_a_look_alike(project, tmp_path):
    path, doc = _doc(project, tmp_path, BORDER)
    ann_ops.annotate_quote(project, doc, "casualty", "killed 12 soldiers near Harrow",
                           {"outcome": "killed", "count_low": 12})
    path.write_text(BORDER.replace(HARROW, ""), encoding="utf-8")
    report = ops.reimport(project, doc, path).result
    assert report.lookalikes == 1
    assert "1 orphaned (1 rather than moved onto a passage that reads alike)" in report.sentence()


def _bulletin(i: int) -> str:
    return (f"Item {i}. A mortar round at the school in ward {i} wounded {i % 30 + 3} pupils "
            f"on {i % 27 + 1} April, the ward clerk of sector {i} said.\n\n")


def test_a_long_bulletin_of_parallel_items_keeps_each_on_its_own_item():
    """Many items that read alike: one cut, one whose toll was corrected, a lead added.
    The corrected toll stays on its own item, the cut one is orphaned; neither moves to
    another item with the same or a closer number."""
    items = range(60)
    old_text = "".join(_bulletin(i) for i in items)
    new_text = "REVISED.\n\n" + "".join(
        _bulletin(i).replace("wounded 20 pupils", "wounded 21 pupils")
        for i in items if i != 40)
    # 12 and 42 both read "wounded 15 pupils"; 17 and 47 were corrected; 40 was cut.
    expected = {12: "wounded 15 pupils", 17: "wounded 21 pupils", 40: None,
                47: "wounded 21 pupils"}
    for i, words in expected.items():
        start = old_text.index("wounded", old_text.index(f"Item {i}."))
        end = old_text.index(" on ", start)
        new = reanchor(new_text, make_anchor(old_text, start, end), old_text)
        if words is None:
            assert new.state == "orphaned", f"moved onto {new.exact!r}"
            continue
        item = new_text.rindex("Item ", 0, new.start)
        assert new_text[item:].startswith(f"Item {i}.") and new.exact == words


def test_a_corrected_toll_moved_far_by_a_cut_is_not_taken_by_an_item_now_where_it_was():
    """Thirty items cut before item 50 move it some 3,500 characters; the item that now
    stands where it stood was corrected to the same words. The stored context places
    item 50; the look-alike in its old place does not take it."""
    items = range(100)
    old_text = "".join(_bulletin(i) for i in items)
    new_text = "".join(_bulletin(i).replace("wounded 23 pupils", "wounded 24 pupils")
                       for i in items if not 10 <= i < 40)
    start = old_text.index("wounded", old_text.index("Item 50."))
    assert old_text[start:].startswith("wounded 23 pupils")
    new = reanchor(new_text, make_anchor(old_text, start, start + 17), old_text)
    assert new.exact == "wounded 24 pupils"
    assert new_text[new_text.rindex("Item ", 0, new.start):].startswith("Item 50.")


def test_the_command_says_why_annotations_were_orphaned_or_wait(tmp_path, capsys):
    from workbench.cli import main

    proj, src = tmp_path / "border.wbproj", tmp_path / "border.txt"
    src.write_text(BORDER, encoding="utf-8")
    assert main(["new", str(proj)]) == 0
    assert main(["import", str(proj), str(src)]) == 0
    for quote in ("killed 12 soldiers near Harrow", "Roads to the south stayed closed"):
        assert main(["annotate", str(proj), "1", "--kind", "location", "--quote", quote]) == 0
    capsys.readouterr()
    src.write_text(BORDER.replace(HARROW, "").replace("the south", "the sea"),
                   encoding="utf-8")
    assert main(["reimport", str(proj), "1", str(src)]) == 0
    out = capsys.readouterr().out
    assert ("1 re-anchored, 1 orphaned (1 rather than moved onto a passage that reads "
            "alike); 1 annotation whose words changed waits for review.") in out
    assert "1 annotation re-anchored onto changed words keeps its values" in out
    assert "1 orphaned annotation was not moved onto a passage that only reads" in out


@example(before="", quote="\u064f\u064f\u064f", after="")
@given(
    before=st.text(alphabet=st.sampled_from("قتل عشر \u064e\u0651\u0640."), max_size=40),
    quote=st.text(alphabet=st.sampled_from("جنديابلدة\u064f\u0650\u0652"), min_size=3,
                  max_size=12),
    after=st.text(alphabet=st.sampled_from(" يوم\u064b\u0670،"), max_size=30),
)
def test_harakat_removed_around_and_inside_any_quote_leave_its_words_found(
        before, quote, after):
    old_text = before + quote + after
    # A quote of marks alone has no words once they are removed: orphaned is right there.
    if not without_marks(quote) or without_marks(old_text).count(without_marks(quote)) != 1:
        return
    old = make_anchor(old_text, len(before), len(before) + len(quote))
    new_text = "A lead.\n" + without_marks(old_text)
    new = reanchor(new_text, old, old_text)
    assert new.state != "orphaned"
    assert new.exact == new_text[new.start : new.end]
    assert without_marks(new.exact) == without_marks(quote)
