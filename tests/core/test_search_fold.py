"""Search folds the letter forms of Persian and Urdu keyboards and the Arabic digit
scripts, everywhere it runs: the index, the highlights, the annotation filter, and an
older project's index rebuilt once when it is opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.interrupt import each_stop, stopped_at
from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import indexcheck, searchindex, textnorm
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, annotations
from workbench.core.search import matching_documents, search, word_spans
from workbench.core.textnorm import normalise, normalise_with_map
from workbench.core.verify import verify

# The same toll three ways: Arabic-Indic digits, Persian digits typed on a Persian
# keyboard, Western digits.
TOLL_AR = "قالَ مديرُ المستشفى إنّ ١٢ مدنياً قُتِلوا في قصفِ السوق.\n"
TOLL_FA = "أفادت مصادرُ محلیة بوصول ۱۲ جریحاً إلى مستشفى المدینة.\n"
TOLL_EN = "Medics said 12 civilians were wounded near the river crossing.\n"
# Arabic written with Arabic ya and kaf, and the same words typed with Persian yeh and
# keheh.
LETTERS_AR = "وكانَ الأهالي قد نزحوا من القريةِ قبلَ الهجوم.\n"
LETTERS_FA = "وکان الأهالی قد نزحوا من القریة قبل الهجوم.\n"


def _docs(results) -> set[int]:
    return {h.doc_id for h in results}


def test_western_digits_find_arabic_indic_and_persian_digits_and_back(tmp_path):
    with make_project(tmp_path) as project:
        docs = {add_doc(project, t, f"{i}.txt") for i, t in
                enumerate((TOLL_AR, TOLL_FA, TOLL_EN))}
        for query in ("12", "١٢", "۱۲"):
            assert _docs(search(project, query)) == docs, query
            assert matching_documents(project, query) == docs, query
        # The mark covers the written number.
        for text in (TOLL_AR, TOLL_FA):
            assert [text[s:e] for s, e in word_spans(text, "12")] == [
                "١٢" if "١" in text else "۱۲"]


def test_arabic_separators_and_percent_fold_to_their_western_signs():
    assert normalise("٣٫٥") == "3.5"
    assert normalise("١٬٢٥٠") == "1,250"
    assert normalise("٤٠٪") == "40%"


def test_persian_yeh_and_keheh_find_arabic_ya_and_kaf_and_back(tmp_path):
    with make_project(tmp_path) as project:
        ar = add_doc(project, LETTERS_AR, "ar.txt")
        fa = add_doc(project, LETTERS_FA, "fa.txt")
        for query in ("الاهالي القرية", "الاهالی القریة", "وكان", "وکان"):
            assert _docs(search(project, query)) == {ar, fa}, query
        # The whole written word is marked, harakat and all.
        assert [LETTERS_AR[s:e] for s, e in word_spans(LETTERS_AR, "القریه")] == ["القريةِ"]
        assert [LETTERS_FA[s:e] for s, e in word_spans(LETTERS_FA, "وكان")] == ["وکان"]


def test_urdu_heh_forms_fold_to_ha_and_other_letters_stay_apart():
    assert normalise("ہ") == normalise("ھ") == normalise("ە") == "ه"
    assert normalise("ۃ") == normalise("ة") == "ه"
    assert normalise("ے") == normalise("ی") == "ي"
    assert normalise("ڪ") == "ك"
    for letter in "پچژگڤۆ":  # other sounds: folding them would merge other words
        assert normalise(letter) == letter


# Text drawn from the folded letters with marks, tatweel, presentation forms (which
# NFKD takes to the letters) and whatever else Unicode holds.
_PIECES = st.one_of(
    st.sampled_from([*"یکۍېےۓڪھہەۃ٠١٩۰۱۹٫٬٪يكهة", "ً", "ّ", "ِ", "ـ", "\ufbfc", "\ufb8e",
                     "\ufeeb", "ab", "É", "\n", " "]),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_map_folds_as_normalise_does(text):
    folded, index = normalise_with_map(text)
    assert folded == normalise(text)
    assert len(index) == len(folded)
    assert index == sorted(index) and all(0 <= i < len(text) for i in index)


def test_the_annotation_filter_finds_what_search_finds(tmp_path):
    with make_project(tmp_path) as project:
        docs = [add_doc(project, t, f"{i}.txt") for i, t in
                enumerate((TOLL_AR, TOLL_FA, TOLL_EN, LETTERS_AR, LETTERS_FA))]
        quotes = ("١٢ مدنياً", "۱۲ جریحاً", "12 civilians", "الأهالي", "الأهالی")
        for doc, quote in zip(docs, quotes, strict=True):
            ann_ops.annotate_quote(project, doc, "casualty", quote)
        for query in ("12", "١٢", "۱۲", "الاهالي", "الاهالی", "جريحا"):
            found = {h.annotation_id for h in search(project, query) if h.annotation_id}
            filtered = {r["id"] for r in annotations(project, AnnotationFilter(text=query))}
            assert filtered == found and found, query


# ------------------------------------------------------------ an older project's index
def _old_project(tmp_path: Path, monkeypatch, passphrase: str | None = None,
                 ) -> tuple[Path, dict[str, int]]:
    """A project whose index was built by fold version 1 (no keyboard forms, no digits),
    encrypted with ``passphrase`` when given."""
    path = tmp_path / "old.wbproj"
    with monkeypatch.context() as m:
        m.setattr(textnorm, "_CURRENT", textnorm.FOLDINGS["1"])
        m.setattr(searchindex, "FOLD_VERSION", "1")
        with Project.create(path, coder="tester", passphrase=passphrase) as project:
            docs = {name: add_doc(project, text, f"{name}.txt") for name, text in
                    (("ar", TOLL_AR), ("fa", TOLL_FA), ("en", TOLL_EN),
                     ("letters", LETTERS_FA))}
            ann_ops.annotate_quote(project, docs["ar"], "casualty", "١٢ مدنياً")
            assert searchindex.fold_version(project.conn) == "1"
    return path, docs


def test_an_old_project_is_reindexed_once_on_open_and_then_finds_more(tmp_path, monkeypatch):
    path, docs = _old_project(tmp_path, monkeypatch)
    # Read-only, it cannot be rebuilt: it finds what it found before, and says why not more.
    with Project.open(path, read_only=True) as project:
        assert _docs(search(project, "١٢")) == {docs["ar"]}
        assert _docs(search(project, "12")) == {docs["en"]}
        assert _docs(search(project, "الأهالی")) == {docs["letters"]}
        assert any("opened writable once" in n for n in project.notices)
    said: list[str] = []
    with Project.open(path, announce=said.append) as project:
        assert len(said) == 1 and "Rebuilding the search index" in said[0]
        assert searchindex.fold_version(project.conn) == searchindex.FOLD_VERSION
        assert _docs(search(project, "12")) == {docs["ar"], docs["fa"], docs["en"]}
        assert _docs(search(project, "الاهالي")) == {docs["letters"]}
        assert len([h for h in search(project, "12") if h.annotation_id]) == 1
        assert verify(project).ok
    with Project.open(path, announce=said.append) as project:  # once only
        assert len(said) == 1
        assert not project.notices


@pytest.mark.parametrize("passphrase", [None, "olive grove at dusk"])
def test_the_rebuild_on_opening_runs_detached_in_another_thread(tmp_path, monkeypatch,
                                                                passphrase):
    # The window runs it in a thread of its own, on a connection the core opens there:
    # an encrypted project's connection must be keyed with its passphrase too.
    import threading

    path, docs = _old_project(tmp_path, monkeypatch, passphrase)
    ran_in: list[int] = []
    counted: list[tuple[int, int]] = []

    def detach(work) -> None:
        def run() -> None:
            ran_in.append(threading.get_ident())
            work()

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()

    with Project.open(path, passphrase=passphrase, detach=detach,
                      progress=lambda done, total: counted.append((done, total))) as project:
        assert len(ran_in) == 1 and ran_in[0] != threading.get_ident()
        assert counted and counted[-1][0] == counted[-1][1] > 1
        assert project.encrypted is (passphrase is not None)
        assert searchindex.fold_version(project.conn) == searchindex.FOLD_VERSION
        assert _docs(search(project, "12")) == {docs["ar"], docs["fa"], docs["en"]}
        assert verify(project).ok
    if passphrase is not None:  # still encrypted: plain SQLite cannot read it
        conn = sqlite3.connect(path)
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()


def test_verify_on_a_read_only_open_checks_an_old_index_as_it_was_built(tmp_path,
                                                                        monkeypatch):
    # Read-only media keep the index an earlier version folded: verify called that damage
    # ("folded by another version") and exited non-zero on an intact evidence copy.
    path, docs = _old_project(tmp_path, monkeypatch)
    with Project.open(path, read_only=True) as project:
        report = verify(project)
        assert report.ok, report.problems
    with raw_connect(path) as conn:  # changed outside the program: still found
        conn.execute("UPDATE search_documents SET body = body || ' forged' WHERE rid = ?",
                     (searchindex.doc_rid(docs["fa"]),))
    with Project.open(path, read_only=True) as project:
        problems = verify(project).problems
    assert any(f"document {docs['fa']}" in p and "does not match its text" in p
               for p in problems), problems
    assert textnorm.normalise("١٢") == "12"  # the check's folding stayed in its block


def test_the_cli_says_it_is_rebuilding_before_it_searches(tmp_path, monkeypatch, capsys):
    from workbench.cli import main

    path, _ = _old_project(tmp_path, monkeypatch)
    assert main(["search", str(path), "۱۲"]) == 0
    out = capsys.readouterr()
    assert "Rebuilding the search index" in out.err
    assert "12 civilians" in out.out and "۱۲ جریحاً" in out.out


def test_a_rebuild_stopped_part_way_leaves_the_old_index(tmp_path, monkeypatch):
    path, docs = _old_project(tmp_path, monkeypatch)

    def copy(name: str) -> sqlite3.Connection:
        target = tmp_path / name
        src, dst = sqlite3.connect(path), sqlite3.connect(target)
        src.backup(dst)
        src.close()
        dst.close()
        conn = raw_connect(target, isolation_level=None)
        searchindex.register(conn)
        return conn

    def state(conn: sqlite3.Connection) -> tuple:
        return (searchindex.fold_version(conn),
                conn.execute("SELECT rid, body FROM search_documents ORDER BY rid").fetchall(),
                conn.execute("SELECT rowid FROM search WHERE search MATCH '\"١٢\"' "
                             "ORDER BY rowid").fetchall())

    conn = copy("count.wbproj")
    before = state(conn)
    with stopped_at(conn, None) as counted:
        assert searchindex.ensure_current(conn)
    assert state(conn) != before
    conn.close()

    def attempt(step: int) -> bool:
        conn = copy(f"stop-{step}.wbproj")
        with stopped_at(conn, step) as handler, pytest.raises(sqlite3.OperationalError):
            searchindex.ensure_current(conn)
        assert not conn.in_transaction
        assert state(conn) == before
        conn.close()
        return handler.fired

    assert counted.calls > 20
    assert each_stop(counted.calls, 6, attempt) == 6
    with Project.open(tmp_path / "stop-1.wbproj") as project:  # the next open rebuilds
        assert _docs(search(project, "12")) == {docs["ar"], docs["fa"], docs["en"]}


# ------------------------------------------------------------ the rebuild's progress
def test_the_rebuild_counts_documents_and_annotations_up_to_their_total(tmp_path, monkeypatch):
    path, docs = _old_project(tmp_path, monkeypatch)
    with monkeypatch.context() as m:  # more annotations, the index still of version 1
        m.setattr(searchindex, "FOLD_VERSION", "1")
        with Project.open(path) as project:
            anns = [ann_ops.annotate_quote(project, docs["ar"], "casualty", quote).result
                    for quote in ("مدنياً", "قصفِ", "السوق", "المستشفى", "قُتِلوا")]
            ann_ops.trash_annotations(project, anns[:1])  # a trashed one is not indexed
    monkeypatch.setattr(searchindex, "PROGRESS_EVERY", 2)
    heard: list[tuple[int, int]] = []
    with Project.open(path, progress=lambda d, t: heard.append((d, t))) as project:
        live = project.conn.execute("SELECT count(*) FROM annotations "
                                    "WHERE deleted_at IS NULL").fetchone()[0]
        assert live == 5
        total = len(docs) + live
        assert heard[-1] == (total, total) and heard.count((total, total)) == 1
        assert {t for _, t in heard} == {total}
        done = [d for d, _ in heard]
        assert done == sorted(done) and done[0] == 1
        assert len(set(done)) >= len(docs) + 2  # documents one by one, annotations too
        assert any(len(docs) < d < total for d in done)  # heard during FTS5's rebuild
        # The counting fold is gone again and the index equals its sources.
        assert searchindex.fold_version(project.conn) == searchindex.FOLD_VERSION
        assert list(indexcheck.findings(project.conn)) == []
        assert _docs(search(project, "12")) == {docs["ar"], docs["fa"], docs["en"]}


def test_the_cli_draws_the_rebuilds_progress_on_a_terminal_only(tmp_path, monkeypatch, capsys):
    import sys

    from workbench.cli import common, main

    path, docs = _old_project(tmp_path, monkeypatch)
    copy = tmp_path / "copy.wbproj"
    copy.write_bytes(path.read_bytes())
    assert main(["search", str(path), "12"]) == 0  # a pipe: the sentence, no progress line
    assert "rebuilding the search index:" not in capsys.readouterr().err
    monkeypatch.setattr(common._RebuildLine, "EVERY", 0.0)
    monkeypatch.setattr(searchindex, "PROGRESS_EVERY", 1)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["search", str(copy), "12"]) == 0
    err = capsys.readouterr().err
    total = len(docs) + 1  # four documents, one annotation
    lines = [part for part in err.split("\r") if "rebuilding the search index:" in part]
    assert [p.split(": ")[-1].split(" of ")[0] for p in lines] == [
        str(n) for n in range(1, total + 1)]  # the end once, as the last line
    assert lines[-1].endswith(f"{total} of {total} documents and annotations…\x1b[K\n")
