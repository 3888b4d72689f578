"""A hamza on a ya seat and on a waw seat fold to one form (fold version 3): مسئول, as
Egyptian and Gulf papers write it, and مسؤول, as Levantine ones do, find each other,
in the core search, the annotation filter and ``workbench search``; an index folded by
version 2 is rebuilt on the first writable open; words a careless fold would merge
stay apart."""

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
from workbench.core.search import matching_documents, search, word_spans
from workbench.core.textnorm import normalise, normalise_with_map
from workbench.core.verify import verify

# The same report in the two spellings, and a third with the word left apart.
SEAT_YA = "قالَ مسئولٌ في البلدية إنّ شئون النازحين تُدار من مدرسةٍ قرب الجسر.\n"
SEAT_WAW = "وأكّد مسؤول محلي أن شؤون المعتقلين لم تُحسم بعد، في تساؤل عن المسؤولية.\n"
OTHER = "وقال شاهد إن القصف طال مبنى البلدية صباح الأحد.\n"
# Pairs of spellings of one word: each must find the other.
SAME = [("مسئول", "مسؤول"), ("مسئولية", "مسؤولية"), ("تسائل", "تساؤل"),
        ("تساءل", "تساؤل"), ("شئون", "شؤون")]
# Words that must stay apart: a fold of the seat to ya or waw for both would merge the
# first pairs, one that drops the hamza the next ones, one of ya with waw the last.
APART = [("سؤال", "سيال"), ("رؤية", "رية"), ("بئر", "بر"), ("سئل", "سل"), ("جزء", "جز"),
         ("سؤال", "سال"), ("دول", "ديل"), ("نور", "نير"), ("مسائل", "مسال")]


def _docs(results) -> set[int]:
    return {h.doc_id for h in results}


@pytest.mark.parametrize(("one", "other"), SAME)
def test_the_two_seats_of_a_hamza_fold_to_one_form(one, other):
    assert normalise(one) == normalise(other)


@pytest.mark.parametrize(("one", "other"), APART)
def test_words_a_careless_fold_would_merge_stay_apart(one, other):
    assert normalise(one) != normalise(other)


def test_a_seat_written_without_its_hamza_is_no_longer_the_same_word():
    # The price of one form for both seats: ي and و cannot both equal it (they would
    # equal each other), so a seat typed bare, as Persian writes سوال, finds only itself.
    assert normalise("سؤال") != normalise("سوال") == "سوال"
    assert normalise("بئر") != normalise("بير") == "بير"


def test_other_folds_are_as_they_were():
    assert normalise("أمن") == normalise("إمن") == normalise("آمن") == "امن"
    assert normalise("مدرسة") == "مدرسه" and normalise("مبنى") == "مبني"
    assert normalise("مسـؤولٌ") == normalise("مسئول")  # tatweel and harakat still dropped
    # Presentation forms hold the same seats (NFKD alone split them off to ي and و).
    assert normalise("\ufe8b") == normalise("\ufe85") == "ء"


def test_each_spelling_finds_the_other_in_the_core_search(tmp_path):
    with make_project(tmp_path) as project:
        ya = add_doc(project, SEAT_YA, "ya.txt")
        waw = add_doc(project, SEAT_WAW, "waw.txt")
        add_doc(project, OTHER, "other.txt")
        for query in ("مسئول", "مسؤول", "شئون", "شؤون", "مسؤولٌ"):
            assert _docs(search(project, query)) == {ya, waw}, query
            assert matching_documents(project, query) == {ya, waw}, query
        assert _docs(search(project, "تسائل")) == {waw}
        # The written word is marked, whichever spelling was typed.
        assert [SEAT_YA[s:e] for s, e in word_spans(SEAT_YA, "مسؤول")] == ["مسئولٌ"]
        assert [SEAT_WAW[s:e] for s, e in word_spans(SEAT_WAW, "مسئول")] == ["مسؤول"]
        ann_ops.annotate_quote(project, ya, "claim", "مسئولٌ في البلدية")
        ann_ops.annotate_quote(project, waw, "claim", "مسؤول محلي")
        for query in ("مسئول", "مسؤول"):
            found = {h.annotation_id for h in search(project, query) if h.annotation_id}
            filtered = {r["id"] for r in annotations(project, AnnotationFilter(text=query))}
            assert len(found) == 2 and filtered == found, query


def test_each_spelling_finds_the_other_with_workbench_search(tmp_path, capsys):
    from workbench.cli import main

    with make_project(tmp_path) as project:
        ids = [add_doc(project, text, f"{i}.txt")
               for i, text in enumerate((SEAT_YA, SEAT_WAW, OTHER))]
        path = project.path
    for query in ("مسئول", "مسؤول"):
        assert main(["search", str(path), query]) == 0
        out = capsys.readouterr().out
        assert f"doc {ids[0]} (" in out and f"doc {ids[1]} (" in out, out
        assert f"doc {ids[2]} (" not in out, out


# Seats among the folded letters, marks, presentation forms and ligatures that hold
# them, a seat written with a separate hamza mark, and whatever else Unicode holds.
_PIECES = st.one_of(
    st.sampled_from([*"ئؤءيوىأ", "\u064a\u0654", "\u0648\u0654", "ً", "ـ", "\ufe8b",
                     "\ufe85", "\ufbea", "\ufc00", "\ufbfc", " ", "\n"]),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_map_folds_the_seats_as_normalise_does(text):
    folded, index = normalise_with_map(text)
    assert folded == normalise(text)
    assert len(index) == len(folded)


# ------------------------------------------------------------ an index of version 2
def _version_2_project(tmp_path: Path, monkeypatch) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "v2.wbproj"
    with monkeypatch.context() as m:
        m.setattr(textnorm, "_CURRENT", textnorm.FOLDINGS["2"])
        m.setattr(searchindex, "FOLD_VERSION", "2")
        with Project.create(path, coder="tester") as project:
            docs = {name: add_doc(project, text, f"{name}.txt") for name, text in
                    (("ya", SEAT_YA), ("waw", SEAT_WAW), ("other", OTHER))}
            ann_ops.annotate_quote(project, docs["ya"], "claim", "مسئولٌ في البلدية")
            assert searchindex.fold_version(project.conn) == "2"
    return path, docs


def test_a_version_2_project_is_rebuilt_on_open_and_then_finds_both_seats(tmp_path,
                                                                          monkeypatch):
    path, docs = _version_2_project(tmp_path, monkeypatch)
    # Read-only it cannot be rebuilt: it finds what version 2 found, verify calls it intact.
    with Project.open(path, read_only=True) as project:
        assert _docs(search(project, "مسؤول")) == {docs["waw"]}
        assert _docs(search(project, "مسئول")) == {docs["ya"]}
        assert _docs(search(project, "١٢ مسئول")) == set()
        assert verify(project).ok, verify(project).problems
        assert any("opened writable once" in n for n in project.notices)
    said: list[str] = []
    with Project.open(path, announce=said.append) as project:
        assert len(said) == 1 and "hamza" in said[0]
        assert searchindex.fold_version(project.conn) == searchindex.FOLD_VERSION == "4"
        for query in ("مسئول", "مسؤول"):
            assert _docs(search(project, query)) == {docs["ya"], docs["waw"]}, query
            assert len([h for h in search(project, query) if h.annotation_id]) == 1
        assert verify(project).ok
    with Project.open(path, announce=said.append) as project:  # once only
        assert len(said) == 1 and not project.notices


def test_the_cli_rebuilds_a_version_2_project_and_finds_both_seats(tmp_path, monkeypatch,
                                                                  capsys):
    from workbench.cli import main

    path, docs = _version_2_project(tmp_path, monkeypatch)
    assert main(["search", str(path), "مسؤول"]) == 0
    out = capsys.readouterr()
    assert "Rebuilding the search index" in out.err
    assert f"doc {docs['ya']} (" in out.out and f"doc {docs['waw']} (" in out.out
