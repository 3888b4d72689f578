from tests.helpers import ARABIC, REPORT, add_doc, make_project
from workbench.core.ops import annotations as ann_ops
from workbench.core.search import fts_query, search, word_spans
from workbench.core.textnorm import find_all, normalise


def test_arabic_without_diacritics_finds_the_vocalised_word(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, ARABIC, "ar.txt")
        add_doc(project)
        # "قتلوا" typed bare finds "قُتِلوا" written with harakat.
        hits = search(project, "قتلوا")
        assert [h.doc_id for h in hits] == [doc]
        text = project.repo.get("document", doc)["text"]
        (start, end), = hits[0].spans
        assert text[start:end] == "قُتِلوا"
        # Alef with hamza below folds to bare alef; ta marbuta to ha.
        assert [h.doc_id for h in search(project, "ان ثلاثه")] == [doc]


def test_case_and_latin_accents_are_folded(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, "Les blessés ont été évacués vers Séverac.\n", "fr.txt")
        assert [h.doc_id for h in search(project, "SEVERAC")] == [doc]
        assert [h.doc_id for h in search(project, "blesses")] == [doc]


def test_annotation_fields_and_memos_are_searchable_and_trash_hides_them(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(
            project, doc, "claim", "claimed responsibility for the attack",
            {"claimant": "Crescent Brigade", "claim_type": "responsibility"},
            memo="compare with Telegram post",
        ).result
        hits = search(project, "telegram")
        assert [(h.doc_id, h.annotation_id) for h in hits] == [(doc, ann)]
        ann_ops.trash_annotations(project, [ann])
        assert search(project, "telegram") == []


def test_query_syntax_is_escaped():
    assert fts_query('AND "OR" NEAR(') == '"and" "or" "near"'
    assert fts_query("shell*") == '"shell"*'
    assert fts_query("   ") is None


def test_normalise_and_find_all():
    assert normalise("إِنَّ") == "ان"
    assert normalise("ـقـتـل") == "قتل"
    text = "قُتِلَ رجلٌ"
    assert [text[s:e] for s, e in find_all(text, "قتل")] == ["قُتِلَ"]
    assert word_spans(REPORT, "troops civilians") == sorted(
        find_all(REPORT, "troops") + find_all(REPORT, "civilians")
    )


def test_arabic_tatweel_and_hamza_carriers_are_folded(tmp_path):
    text = (
        "أكّد قائدُ الشرطة أنّ المسؤولين عن الـقـصـف سيُحاسَبون، "
        "وقال إنّ آلاف النازحين وصلوا إلى المدينة.\n"
    )
    with make_project(tmp_path) as project:
        doc = add_doc(project, text, "bayan.txt")
        # A seat's hamza folds to ء (fold version 3): the other seat finds it, a bare
        # ya or waw no longer does (tests/core/test_search_hamza.py).
        for query in ("القصف", "قائد", "قاءد", "المسئولين", "الاف", "اكد", "سيحاسبون"):
            hits = search(project, query)
            assert [h.doc_id for h in hits] == [doc], query
        stretched = word_spans(text, "القصف")
        assert [text[s:e] for s, e in stretched] == ["الـقـصـف"]


def test_recursive_folder_import_and_summary(tmp_path, capsys):
    from workbench.cli import main

    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "sub" / "b.md").write_text("# Note\n\nTwo civilians were wounded.\n")
    (folder / "sub" / "broken.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff" + b"\x00" * 40)
    project = tmp_path / "p.wbproj"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(folder), "--recursive"]) == 1
    out = capsys.readouterr()
    assert "2 imported, 0 duplicate, 1 rejected" in out.out
    assert "broken.txt" in out.err and "photo.jpg" not in out.err + out.out


def test_the_index_holds_exactly_one_row_per_live_document_and_annotation(tmp_path):
    with make_project(tmp_path) as project:
        from workbench.core.ops import history

        doc = add_doc(project)
        anns = [
            ann_ops.annotate_quote(project, doc, "casualty", q).result
            for q in ("wounded four troops", "at least 12 civilians", "denied any involvement")
        ]
        ann_ops.update_annotation(project, anns[0], memo="checked twice")
        ann_ops.trash_annotations(project, [anns[1]])
        history.undo(project)
        history.undo(project)
        history.redo(project)
        ann_ops.trash_annotations(project, [anns[2]])

        def count(sql):
            return project.conn.execute(sql).fetchone()[0]

        live = count("SELECT count(*) FROM annotations WHERE deleted_at IS NULL") + 1
        # One index row each: FTS5 keeps a row's token count under its rowid.
        assert count("SELECT count(*) FROM search_docsize") == live
        assert [h.annotation_id for h in search(project, "twice")] == [anns[0]]
        assert search(project, "involvement") == [h for h in search(project, "involvement")
                                                  if h.annotation_id is None]


def test_editing_an_annotation_costs_the_same_in_a_large_index(tmp_path):
    """Index upkeep must not scan the index: count SQLite VM steps, not seconds."""
    from workbench.core.anchoring import make_anchor
    from workbench.core.ops.annotations import new_row

    with make_project(tmp_path) as project:
        doc = add_doc(project)
        text = project.repo.get("document", doc)["text"]
        target = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result

        def steps_for_one_edit(memo):
            steps = [0]

            def tick():
                steps[0] += 1
                return 0

            project.conn.set_progress_handler(tick, 1)
            ann_ops.update_annotation(project, target, memo=memo)
            project.conn.set_progress_handler(None, 1)
            return steps[0]

        def fewest_steps(memo):
            # FTS5 merges its segments now and then, on whichever write comes: the
            # fewest of a few edits is the edit's own cost (a scan would be in each).
            return min(steps_for_one_edit(f"{memo} {n}") for n in range(4))

        small = fewest_steps("first")
        with project.write("bulk") as tx:
            for i in range(3000):
                start = i % 200
                tx.insert("annotation", new_row(project, doc, "event",
                                                make_anchor(text, start, start + 5), {},
                                                status="accepted"))
        large = fewest_steps("second")
        assert large < small * 1.5, (small, large)


def test_pages_follow_on_and_cover_every_hit_once(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        for words in ("Artillery fire", "wounded four troops", "killed", "12 civilians",
                      "provincial official"):
            ann_ops.annotate_quote(project, doc, "statement", words, memo="market note")
        everything = search(project, "market")
        assert len(everything) == 6  # the text and five memos
        pages = [search(project, "market", limit=2, offset=o) for o in (0, 2, 4, 6)]
        assert [len(p) for p in pages] == [2, 2, 2, 0]
        assert [h for p in pages for h in p] == everything


def test_trashed_documents_drop_out_of_every_page(tmp_path):
    from workbench.core.ops.documents import trash_document

    with make_project(tmp_path) as project:
        first = add_doc(project)
        second = add_doc(project, REPORT.replace("Shelling", "Shells"), "second.txt")
        ann_ops.annotate_quote(project, first, "statement", "killed", memo="market")
        trash_document(project, first)
        hits = search(project, "market", limit=1)
        assert [(h.doc_id, h.annotation_id) for h in hits] == [(second, None)]
        assert hits[0].title == "Shells hits market in Port Halden"
        assert search(project, "market", offset=1) == []


def test_a_page_reads_its_annotations_spans_and_quotes_with_their_ids(tmp_path):
    # The page's hits carry what the page shows (span, quote derived or stored, trash
    # mark) read by rowid with the ids: the same values the annotations' own read gives.
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        made = [ann_ops.annotate_quote(project, doc, "claim", words,
                                       {"claimant": "Crescent Brigade"}).result
                for words in ("claimed responsibility", "the attack", "Crescent")]
        # One quote stored in full (a re-anchored row keeps its quote), the rest derived.
        project.conn.execute("UPDATE annotations SET exact = 'stored words', "
                             "anchor = 'reanchored' WHERE id = ?", (made[0],))
        hits = project.repo.search(fts_query("crescent").split(), 50, spans=True)
        found = {h["ann_id"]: h for h in hits if h["ann_id"]}
        assert set(found) == set(made)
        spans = project.repo.annotation_spans(made)
        for ann in made:
            assert {k: found[ann][k] for k in ("start", "end", "exact", "deleted_at")} == {
                k: spans[ann][k] for k in ("start", "end", "exact", "deleted_at")}
        assert found[made[0]]["exact"] == "stored words"
        assert found[made[1]]["exact"] == "the attack"
        # Without spans the hits stay as they were: id, document, field and score.
        plain = project.repo.search(fts_query("crescent").split(), 50)
        assert {tuple(h) for h in plain} == {("doc_id", "ann_id", "field", "score")}
        assert [h.snippet for h in search(project, "crescent") if h.annotation_id] == [
            found[h["ann_id"]]["exact"] for h in hits if h["ann_id"]]


def test_marks_are_the_words_the_index_matched(tmp_path):
    """The viewer's marks (word_spans) are the whole words the query found, read with
    the query's own words: not the inside of a longer word, and a word typed with
    punctuation round it ("Port-Halden", a quote) still marked."""
    text = ('Harbour notes\n\nThe warplanes struck a supermarket; the market burned near '
            '"Port Halden" at dawn. Shelling resumed.\n')
    with make_project(tmp_path) as project:
        doc = add_doc(project, text, "harbour.txt")

        def marked(query):
            (hit,) = [h for h in search(project, query) if h.doc_id == doc]
            assert list(hit.spans) == word_spans(text, query)
            return [text[s:e] for s, e in hit.spans]

        assert marked("market") == ["market"]
        assert marked("Port-Halden") == ["Port", "Halden"]
        assert marked('"port halden"') == ["Port", "Halden"]
        assert marked("halden,") == ["Halden"]
        assert marked("shell*") == ["Shell"]
        assert search(project, "war") == []  # "warplanes" is not the word "war"
    arabic = "وقُتِلوا اثنان، ثم قُتِلوا جميعاً في قتالٍ آخر.\n"
    assert [arabic[s:e] for s, e in word_spans(arabic, "قتلوا")] == ["قُتِلوا"]
    assert [arabic[s:e] for s, e in word_spans(arabic, "قت*")] == ["قُتِ", "قت"]


def test_matching_documents_are_every_document_a_plain_scan_finds(tmp_path):
    """matching_documents against an independent route: the documents whose text or
    live annotations (field values, memo) hold the word, outside the trash."""
    from workbench.core.ops import documents as doc_ops
    from workbench.core.search import matching_documents

    with make_project(tmp_path) as project:
        docs = [add_doc(project, f"Note {i}\n\nA quiet day in district {i}.\n", f"n{i}.txt")
                for i in range(6)]
        docs.append(add_doc(project, "Convoy\n\nThe convoy passed the checkpoint.\n", "c.txt"))
        for i in (1, 3):
            ann_ops.annotate_quote(project, docs[i], "claim", "quiet day", memo="checkpoint?")
        gone = ann_ops.annotate_quote(project, docs[4], "claim", "quiet day",
                                      memo="checkpoint").result
        ann_ops.trash_annotations(project, [gone])
        doc_ops.trash_document(project, docs[3])
        conn = project.repo.conn
        plain = {r[0] for r in conn.execute(
            "SELECT id FROM documents WHERE deleted_at IS NULL AND text LIKE '%checkpoint%'")}
        plain |= {r[0] for r in conn.execute(
            "SELECT a.doc_id FROM annotations a JOIN documents d ON d.id = a.doc_id "
            "WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL "
            "AND a.memo LIKE '%checkpoint%'")}
        assert plain == {docs[1], docs[6]}
        assert matching_documents(project, "Checkpoint") == plain
        assert matching_documents(project, "   ") == frozenset()


def test_snippets_are_cut_between_words(tmp_path):
    """A text hit's snippet holds whole words only: no half word at either end, no
    Arabic vowel sign cut from its letter, no emoji sequence cut after a joiner."""
    arabic = ("تقرير\n\nوقالَ المتحدثُ باسمِ الدفاعِ المدنيِّ إنَّ فرقَ الإنقاذِ انتشلتْ جثثاً "
              "كثيرةً من تحتِ الأنقاضِ بعدَ القصفِ العنيفِ على الحيِّ الشرقيِّ في ساعاتِ "
              "الفجرِ الأولى من يومِ الأحدِ الماضي.\n")
    english = ("Ward notes\n\n" + "The night nurse counted beds twice before dawn. " * 2
               + "Shelling resumed near the ward, the relatives said afterwards, and "
               "nobody slept until the morning shift arrived.\n")
    family = "👨\u200d👩\u200d👧"
    emoji = "Posts\n\n" + family * 40 + " shelling " + "again " * 12 + "\n"
    with make_project(tmp_path) as project:
        for text, query in ((arabic, "القصف"), (english, "shelling"), (emoji, "shelling")):
            doc = add_doc(project, text, f"{len(text)}.txt")
            (hit,) = [h for h in search(project, query) if h.doc_id == doc]
            assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
            inner = hit.snippet.strip("…")
            words = text.split()
            assert all(w in words for w in inner.split()[1:-1])
            if text is not emoji:
                assert inner.split()[0] in words and inner.split()[-1] in words
            else:
                assert inner.startswith("👨") and inner.split()[0] in family * 40


def test_words_in_quotes_are_a_phrase(tmp_path):
    """`workbench search --help` promised "quoted words" as a phrase; they were searched
    as loose words, so "market blast" also found a report of a blast near a market."""
    with make_project(tmp_path) as project:
        blast = add_doc(project, "Blast report\n\nThe market blast killed three traders.\n",
                        "a.txt")
        add_doc(project, "Road report\n\nA blast hit the road near the market.\n", "b.txt")
        arabic = add_doc(project, "قُتِلَ ثلاثةُ مدنيين في السوق.\n", "c.txt")
        for query in ('"market blast"', "“market blast”", '"Market-Blast"',
                      'killed "three traders"'):
            assert [h.doc_id for h in search(project, query)] == [blast], query
        assert search(project, '"blast market"') == []
        assert len(search(project, "market blast")) == 2  # loose words: both reports
        # Folded as every search is (harakat, ta marbuta), in the written order only.
        assert [h.doc_id for h in search(project, '"قتل ثلاثه"')] == [arabic]
        assert search(project, '"ثلاثه قتل"') == []
        # A quote without its pair stays a plain character.
        assert len(search(project, '"market')) == 2
        text = project.repo.get("document", blast)["text"]
        assert [text[s:e] for s, e in word_spans(text, '"market blast"')] == ["market", "blast"]
        # The phrase's words are marked where they stand together, not elsewhere.
        other = "Blast at dawn. The market blast followed; the market was shut.\n"
        assert [other[s:e] for s, e in word_spans(other, '"market blast"')] == [
            "market", "blast"]
        arabic_text = project.repo.get("document", arabic)["text"]
        assert [arabic_text[s:e] for s, e in word_spans(arabic_text, '"قتل ثلاثه"')] == [
            "قُتِلَ", "ثلاثةُ"]
