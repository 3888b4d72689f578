"""The older writing of a seated hamza, a ya before a hamza on the line, folds as the
seat (fold version 4): شاطىء finds شاطئ, شيء finds شئ, in the core search, the
annotation filter and ``workbench search``; words whose ya is a letter of their own
(بطيء "slow", not بطء "slowness") stay apart; an index of version 3 is rebuilt on the
first writable open and searched as built on a read-only one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import add_doc, make_project
from workbench.core import searchindex, textnorm
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, annotations
from workbench.core.search import search, word_spans
from workbench.core.textnorm import normalise, normalise_with_map
from workbench.core.verify import verify

# Fictional reports: the older print spelling, the modern one, and an unrelated one.
OLD = "وصل لاجىء إلى الشاطىء ولم يحمل أيَّ شيء سوى حقيبة.\n"
NEW = "قال لاجئ على الشاطئ إن المركب لم يحمل أي شئ من الطعام.\n"
OTHER = "وقال شاهد إن القصف طال مبنى البلدية صباح الأحد.\n"
SAME = [("شاطىء", "شاطئ"), ("الشاطىء", "الشاطئ"), ("مبادىء", "مبادئ"), ("لاجىء", "لاجئ"),
        ("طارىء", "طارئ"), ("موانىء", "موانئ"), ("شيء", "شئ"), ("الشيء", "الشئ"),
        ("بشيء", "بشئ"), ("لاشيء", "لاشئ"), ("شَيْءٌ", "شئ"), ("شيـء", "شئ"),
        ("سيء", "سئ"), ("مجيء", "مجئ"), ("المجيء", "المجئ"), ("شیء", "شئ"),
        # the older writing with a dotted ya, after an alef and one letter
        ("لاجيء", "لاجئ"), ("الشاطيء", "الشاطئ"), ("مباديء", "مبادئ"), ("هاديء", "هادئ"),
        ("مفاجيء", "مفاجئ")]
# A ya that is a letter of its word, where the word without it is another word; and
# words the rule must not touch.
APART = [("بطيء", "بطء"), ("مليء", "ملء"), ("جزيء", "جزء"), ("مريء", "مرء"),
         ("بريء", "برء"), ("رديء", "ردء"), ("جيء", "جء"), ("يجيء", "يجء"), ("فيء", "فء"),
         ("شيئا", "شءا"), ("مسيء", "مسء"), ("هيئة", "هءة"),
         ("سيئة", "سءة"), ("دفيئة", "دفئه"), ("خطيئة", "خطئه"), ("الفيء", "الفء"),
         ("البطيء", "البطء"), ("ماء", "مء"), ("جاء", "جء"), ("أسماء", "أسمء"),
         ("بناء", "بنء"), ("إجراء", "إجرء")]


def _docs(results) -> set[int]:
    return {h.doc_id for h in results}


@pytest.mark.parametrize(("one", "other"), SAME)
def test_the_older_writing_of_a_seat_folds_as_the_seat(one, other):
    assert normalise(one) == normalise(other)


@pytest.mark.parametrize(("one", "other"), APART)
def test_a_ya_of_the_word_itself_stays(one, other):
    assert normalise(one) != normalise(other)


def test_the_seats_of_version_3_still_fold_together():
    assert normalise("مسئول") == normalise("مسؤول")
    assert normalise("تساءل") == normalise("تسائل") == normalise("تساؤل")


def test_each_spelling_finds_the_other(tmp_path):
    with make_project(tmp_path) as project:
        old = add_doc(project, OLD, "old.txt")
        new = add_doc(project, NEW, "new.txt")
        add_doc(project, OTHER, "other.txt")
        for query in ("الشاطئ", "الشاطىء", "لاجئ", "لاجىء", "شيء", "شئ"):
            assert _docs(search(project, query)) == {old, new}, query
        # The written word is marked whole, its ya included.
        assert [OLD[s:e] for s, e in word_spans(OLD, "الشاطئ")] == ["الشاطىء"]
        assert [NEW[s:e] for s, e in word_spans(NEW, "شيء")] == ["شئ"]
        assert [OLD[s:e] for s, e in word_spans(OLD, "شئ")] == ["شيء"]
        ann_ops.annotate_quote(project, old, "claim", "لاجىء إلى الشاطىء")
        ann_ops.annotate_quote(project, new, "claim", "لاجئ على الشاطئ")
        found = {h.annotation_id for h in search(project, "لاجئ") if h.annotation_id}
        filtered = {r["id"] for r in annotations(project, AnnotationFilter(text="لاجىء"))}
        assert len(found) == 2 and filtered == found


_PIECES = st.one_of(
    st.sampled_from([*"ىيیءئؤشسجمالوب", "ً", "ْ", "ـ", " ", "\n", "\ufeef"]),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_map_and_the_slices_drop_what_the_whole_drops(text):
    folded, index = normalise_with_map(text)
    assert folded == normalise(text)
    assert len(index) == len(folded)


def test_a_slice_never_cuts_a_word_in_two(monkeypatch):
    text = ("وصل شيء إلى الشاطىء " * 50) + "شيء"
    whole = normalise(text)
    monkeypatch.setattr(textnorm, "_FOLD_SLICE", 7)
    assert normalise(text) == whole
    assert "شيء" not in whole and "شء" in whole


# ------------------------------------------------------------ an index of version 3
def _version_3_project(tmp_path: Path, monkeypatch) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "v3.wbproj"
    with monkeypatch.context() as m:
        m.setattr(textnorm, "_CURRENT", textnorm.FOLDINGS["3"])
        m.setattr(searchindex, "FOLD_VERSION", "3")
        with Project.create(path, coder="tester") as project:
            docs = {name: add_doc(project, text, f"{name}.txt") for name, text in
                    (("old", OLD), ("new", NEW), ("other", OTHER))}
            assert searchindex.fold_version(project.conn) == "3"
    return path, docs


def test_a_version_3_project_is_searched_as_built_then_rebuilt(tmp_path, monkeypatch):
    path, docs = _version_3_project(tmp_path, monkeypatch)
    with Project.open(path, read_only=True) as project:
        assert _docs(search(project, "الشاطئ")) == {docs["new"]}
        assert _docs(search(project, "الشاطىء")) == {docs["old"]}
        assert verify(project).ok, verify(project).problems
        assert any("opened writable once" in n for n in project.notices)
    said: list[str] = []
    with Project.open(path, announce=said.append) as project:
        assert len(said) == 1 and "older spelling" in said[0]
        assert searchindex.fold_version(project.conn) == "4"
        for query in ("الشاطئ", "الشاطىء", "شيء", "شئ"):
            assert _docs(search(project, query)) == {docs["old"], docs["new"]}, query
        assert verify(project).ok
