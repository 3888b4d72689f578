import json

import pytest

from tests.helpers import ARABIC, REPORT
from workbench.cli import build_parser, main


@pytest.fixture
def proj(tmp_path, capsys):
    path = tmp_path / "field-notes.wbproj"
    assert main(["new", str(path)]) == 0
    (tmp_path / "halden.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "ar.txt").write_text(ARABIC, encoding="utf-8")
    assert main(["import", str(path), str(tmp_path / "halden.txt"), str(tmp_path / "ar.txt"),
                 "--published", "2024-03-04", "--publisher", "Northgate Wire"]) == 0
    capsys.readouterr()
    return path


def run_json(capsys, *argv):
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_command_has_help(capsys):
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    assert {"new", "import", "annotate", "docs", "annotations", "search", "export",
            "verify"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
        assert exit_.value.code == 0
        assert "usage: workbench " + name in capsys.readouterr().out


def test_new_refuses_to_overwrite(proj, capsys):
    assert main(["new", str(proj)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_docs_json_shape(proj, capsys):
    docs = run_json(capsys, "docs", str(proj))
    assert [d["id"] for d in docs] == [1, 2]
    assert docs[0]["title"] == "Shelling hits market in Port Halden"
    assert docs[0]["published"] == "2024-03-04" and docs[0]["publisher"] == "Northgate Wire"
    assert docs[1]["direction"] == "rtl"
    assert {"id", "title", "url", "publisher", "author", "published", "imported_at", "language",
            "direction", "original_sha256", "text_sha256", "importer", "importer_version",
            "annotations"} <= set(docs[0])


def test_annotate_by_quote_and_list_json_shape(proj, capsys):
    ann = run_json(capsys, "annotate", str(proj), "1", "--kind", "casualty", "--quote",
                   "wounded four troops", "--field", "outcome=wounded", "--field", "count_low=4",
                   "--field", "qualifier=exact")
    rows = run_json(capsys, "annotations", str(proj), "--doc", "1", "--kind", "casualty")
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == ann["id"] and row["doc_id"] == 1 and row["kind"] == "casualty"
    assert REPORT[row["start"] : row["end"]] == row["exact"] == "wounded four troops"
    assert row["status"] == "accepted"
    assert row["fields"] == {"outcome": "wounded", "count_low": 4, "qualifier": "exact",
                             "raw": "wounded four troops", "group": "troops"}


def test_annotate_prefills_from_the_quote_and_given_fields_win(proj, capsys):
    ann = run_json(capsys, "annotate", str(proj), "1", "--kind", "casualty", "--quote",
                   "killed at least 12 civilians", "--field", "group=market shoppers")
    assert ann["fields"]["outcome"] == "killed"
    assert (ann["fields"]["count_low"], ann["fields"]["qualifier"]) == (12, "at_least")
    assert ann["fields"]["raw"] == "killed at least 12 civilians"
    assert ann["fields"]["group"] == "market shoppers"  # --field beats the parser


def test_annotate_errors_are_one_sentence(proj, capsys):
    assert main(["annotate", str(proj), "1", "--kind", "casualty", "--quote", "nine goats"]) == 1
    assert "does not occur" in capsys.readouterr().err
    assert main(["annotate", str(proj), "1", "--kind", "casualty", "--quote", "t"]) == 1
    err = capsys.readouterr().err
    assert "--occurrence" in err and err.count("\n") == 1
    assert main(["annotate", str(proj), "1", "--kind", "casualty", "--quote", "four troops",
                 "--field", "outcome=exploded"]) == 1
    assert "Outcome must be one of" in capsys.readouterr().err


def test_annotate_with_occurrence_on_arabic_document(proj, capsys):
    ann = run_json(capsys, "annotate", str(proj), "2", "--kind", "statement", "--quote",
                   "ثلاثةَ مدنيين قُتِلوا", "--field", "speaker=المتحدث")
    assert ARABIC[ann["start"] : ann["end"]] == "ثلاثةَ مدنيين قُتِلوا"


def test_search_json(proj, capsys):
    hits = run_json(capsys, "search", str(proj), "قتلوا")
    assert [h["doc_id"] for h in hits] == [2]
    assert {"doc_id", "annotation_id", "field", "title", "snippet", "spans"} <= set(hits[0])
    assert run_json(capsys, "search", str(proj), "قتلوا", "--page", "2", "--limit", "1") == []
    assert run_json(capsys, "search", str(proj), "قتلوا", "--offset", "0") == hits


@pytest.mark.parametrize(("query", "said"), [
    ("nothing-here-xyz", "No matches."),
    # No word the index can hold: "No matches." would be untrue of a text holding it.
    ("\U0001f525", "“\U0001f525” has no letter or digit to search for: search finds "
     "words, not punctuation, symbols or emoji."),
    ('"', "“\"” has no letter or digit to search for: search finds words, not "
     "punctuation, symbols or emoji."),
])
def test_search_without_hits_says_why_in_one_sentence(proj, capsys, query, said):
    assert main(["search", str(proj), query]) == 0
    assert capsys.readouterr().err.strip() == said


def test_a_page_past_the_last_match_says_so(proj, capsys):
    # "No matches." was said of a query that has matches on an earlier page.
    for argv, said in ((["--page", "2", "--limit", "1"], "page 2"), (["--offset", "5"],
                                                                       "offset 5")):
        assert main(["search", str(proj), "قتلوا", *argv]) == 0
        out = capsys.readouterr()
        assert out.out == "" and out.err.strip() == (
            f"No more matches: the matches end before {said}.")
    assert main(["search", str(proj), "nothing-here-xyz", "--page", "2"]) == 0
    assert capsys.readouterr().err.strip() == "No matches."


def test_import_reports_duplicates_and_rejections(proj, tmp_path, capsys):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    code = main(["import", str(proj), str(tmp_path / "halden.txt"), str(bad)])
    out = capsys.readouterr()
    assert code == 1
    assert "duplicate" in out.out and "photo.txt" in out.err
    assert len(out.err.strip().splitlines()) == 1
    assert len(run_json(capsys, "docs", str(proj))) == 2


def test_import_folder_skips_hidden_files_and_hints_at_recursive(proj, tmp_path, capsys,
                                                                 monkeypatch):
    from workbench.core.ops import importing

    folder = tmp_path / "inbox"
    (folder / ".old").mkdir(parents=True)
    (folder / "note.txt").write_text("Shops reopened in Veltra on Tuesday, the council said.\n")
    (folder / ".hidden.txt").write_text("A hidden file that must stay out.\n")
    (folder / ".old" / "draft.md").write_text("A draft in a hidden folder.\n")
    assert main(["import", str(proj), str(folder)]) == 1
    assert "--recursive" in capsys.readouterr().err
    results = run_json(capsys, "import", str(proj), str(folder), "--recursive")
    assert [r["file"] for r in results] == [str(folder / "note.txt")]
    calls = []
    real = importing.expand_paths
    monkeypatch.setattr(importing, "expand_paths", lambda *a: calls.append(a) or real(*a))
    run_json(capsys, "import", str(proj), str(folder), "--recursive")
    assert calls == [([str(folder)], True)]  # the CLI asks the core which files a folder means


def test_an_import_of_many_files_starts_its_workers_first(proj, tmp_path, capsys,
                                                          monkeypatch):
    from workbench.core import importers
    from workbench.core.ops import importing

    events = []
    monkeypatch.setattr(importers, "prewarm", lambda count=1: events.append(("prewarm", count)))
    real = importing.expand_paths
    monkeypatch.setattr(importing, "expand_paths",
                        lambda *a: events.append(("list",)) or real(*a))
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "note.txt").write_text("Shops reopened in Veltra on Tuesday.\n")
    run_json(capsys, "import", str(proj), str(folder), "--recursive", "--jobs", "3")
    # Started before the files are listed: the one parsing starts on (more join only
    # when the store step waits for parsing).
    assert events == [("prewarm", 1), ("list",)]
    events.clear()
    run_json(capsys, "import", str(proj), str(folder / "note.txt"))
    assert events == [("list",)]  # one file: no worker started ahead


def test_import_into_a_corrupt_project_is_refused(tmp_path, capsys):
    bad = tmp_path / "broken.wbproj"
    bad.write_bytes(b"not a database at all")
    (tmp_path / "a.txt").write_text(REPORT)
    assert main(["import", str(bad), str(tmp_path / "a.txt")]) == 1
    assert "not a Workbench project" in capsys.readouterr().err
    assert bad.read_bytes() == b"not a database at all"


def test_export_formats_to_files(proj, tmp_path, capsys):
    main(["annotate", str(proj), "1", "--kind", "casualty", "--quote", "wounded four troops"])
    for fmt in ("json", "csv", "w3c"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", str(proj), "--format", fmt, "-o", str(out)]) == 0
        assert "wounded four troops" in out.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.part"))


def test_verify_exit_codes(proj, capsys):
    assert main(["verify", str(proj)]) == 0
    assert "all intact" in capsys.readouterr().out
    import sqlite3

    conn = sqlite3.connect(proj)
    conn.execute("UPDATE originals SET data = CAST('forged' AS BLOB) WHERE rowid = 1")
    conn.commit()
    conn.close()
    assert main(["verify", str(proj)]) == 1
    assert "original" in capsys.readouterr().err


def test_an_edit_that_changes_nothing_says_so(proj, capsys):
    a = run_json(capsys, "annotate", str(proj), "1", "--kind", "claim", "--quote",
                 "claimed responsibility for the attack", "--memo", "check")["id"]
    assert main(["edit", str(proj), a, "--memo", "check"]) == 0
    assert capsys.readouterr().out.strip() == "Nothing changed."  # it said "Updated"
    assert main(["edit", str(proj), a, "--memo", "   "]) == 0  # a blank memo: cleared
    assert capsys.readouterr().out.strip() == f"Updated {a}"
    assert main(["edit", str(proj), a, "--memo", ""]) == 0
    assert capsys.readouterr().out.strip() == "Nothing changed."


def test_edit_trash_restore_link_grade_log(proj, capsys):
    a = run_json(capsys, "annotate", str(proj), "1", "--kind", "claim", "--quote",
                 "claimed responsibility for the attack")["id"]
    b = run_json(capsys, "annotate", str(proj), "1", "--kind", "claim", "--quote",
                 "denied any involvement")["id"]
    assert main(["edit", str(proj), a, "--field", "status=contested", "--memo", "check"]) == 0
    assert main(["link", str(proj), b, "contradicts", a]) == 0
    assert main(["grade", str(proj), "1", "--reliability", "B", "--credibility", "3"]) == 0
    assert main(["trash", str(proj), b]) == 0
    capsys.readouterr()
    trash = run_json(capsys, "trash", str(proj), "--list")
    assert [(r["entity"], r["id"]) for r in trash] == [("annotation", b)]
    assert main(["restore", str(proj), b]) == 0
    capsys.readouterr()
    rows = {r["id"]: r for r in run_json(capsys, "annotations", str(proj))}
    assert rows[a]["fields"]["status"] == "contested" and rows[a]["memo"] == "check"
    assert rows[b]["links"][0]["type"] == "contradicts"
    assert run_json(capsys, "docs", str(proj))[0]["reliability"] == "B"
    log = run_json(capsys, "log", str(proj))
    assert {"edit:update", "link:insert", "trash:trash", "restore:restore"} <= {
        e["op"] for e in log
    }
    custody = run_json(capsys, "log", str(proj), "--custody")
    assert [c["action"] for c in custody] == ["import", "import"]


def test_codebook_command(proj, capsys):
    assert main(["codebook", str(proj), "add-kind", "--name", "weapon", "--label", "Weapon",
                 "--key", "W"]) == 0
    assert main(["codebook", str(proj), "add-field", "--kind", "weapon", "--name", "system",
                 "--type", "enum", "--choices", "drone,artillery"]) == 0
    assert "[W] weapon" in capsys.readouterr().out
    kinds = run_json(capsys, "codebook", str(proj))
    weapon = next(k for k in kinds if k["name"] == "weapon")
    assert weapon["fields"][0]["choices"] == ["drone", "artillery"]


def test_reimport_command(proj, tmp_path, capsys):
    main(["annotate", str(proj), "1", "--kind", "casualty", "--quote", "wounded four troops"])
    (tmp_path / "v2.txt").write_text("UPDATE: lead added.\n" + REPORT, encoding="utf-8")
    assert main(["reimport", str(proj), "1", str(tmp_path / "v2.txt")]) == 0
    assert "1 re-anchored" in capsys.readouterr().out


def test_the_listing_says_an_annotation_is_orphaned(proj, tmp_path, capsys):
    # Its offsets are a point ("12–12") and its quote the old text's; only the window
    # said it was orphaned.
    main(["annotate", str(proj), "1", "--kind", "casualty", "--quote", "wounded four troops"])
    (tmp_path / "v2.txt").write_text(REPORT.replace("wounded four troops", "hurt nobody"),
                                     encoding="utf-8")
    assert main(["reimport", str(proj), "1", str(tmp_path / "v2.txt")]) == 0
    capsys.readouterr()
    assert main(["annotations", str(proj), "--doc", "1"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "'wounded four troops'" in line
    assert line.endswith("(orphaned: not found in the current text since a re-import)")


def test_python_dash_m_entry_point(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "workbench", "--help"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and "usage: workbench" in out.stdout


def test_extract_command_json_shape(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(
        "Gunmen killed at least 12 villagers on Monday, the governor said.\n", encoding="utf-8"
    )
    out = run_json_plain(capsys, "extract", str(tmp_path / "r.txt"), "--published", "2026-03-04")
    assert set(out) == {"casualties", "dates", "statements", "claims"}
    cas = out["casualties"][0]
    assert {"start", "end", "text", "outcome", "count_low", "count_high", "qualifier",
            "group"} <= set(cas)
    assert (cas["outcome"], cas["count_low"], cas["qualifier"]) == ("killed", 12, "at_least")
    date = out["dates"][0]
    assert (date["text"], date["value"], date["precision"]) == ("Monday", "2026-03-02", "day")


def test_extract_jsonl(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"doc_id": "a", "text": "Two soldiers were wounded.", "published": None})
        + "\n" + json.dumps({"doc_id": "b", "text": "Nothing here.", "published": None}) + "\n",
        encoding="utf-8",
    )
    assert main(["extract", "--jsonl", str(src)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["doc_id"] for x in lines] == ["a", "b"]
    assert lines[0]["casualties"][0]["count_low"] == 2 and lines[1]["casualties"] == []
    src.write_text("{not json\n", encoding="utf-8")
    assert main(["extract", "--jsonl", str(src)]) == 1
    assert "line 1" in capsys.readouterr().err


def test_extract_jsonl_into_a_closed_pipe_ends_quietly(tmp_path, capsys, monkeypatch):
    # `workbench extract --jsonl IN | head -1` blamed the input: "the file could not be
    # read ([Errno 32] Broken pipe)", exit 1; other listings stop quietly with 0.
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc_id": "a", "text": "Two soldiers died."}) + "\n",
                   encoding="utf-8")

    class ClosedPipe:
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            pass

    monkeypatch.setattr("sys.stdout", ClosedPipe())
    assert main(["extract", "--jsonl", str(src)]) == 0
    assert capsys.readouterr().err == ""


def test_suggest_and_eval_commands(proj, tmp_path, capsys):
    assert main(["suggest", str(proj)]) == 0
    out = capsys.readouterr().out
    assert "Stored" in out
    # Which language's rules read each document is said (one English, one Arabic).
    assert out.splitlines()[-1] == "English rules: document 1; Arabic rules: document 2."
    rows = run_json(capsys, "annotations", str(proj), "--status", "suggested")
    assert rows and all(r["status"] == "suggested" for r in rows)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "doc_id": "g1", "published": "2026-03-04",
        "text": "Gunmen killed at least 12 villagers on Monday, the governor said.",
        "casualties": [{"evidence": "killed at least 12 villagers", "outcome": "killed",
                        "count_low": 12, "count_high": None, "qualifier": "at_least",
                        "group": "villagers"}],
        "dates": [{"evidence": "Monday", "value": "2026-03-02"}],
        "statements": [{"speaker": "the governor",
                        "evidence": "Gunmen killed at least 12 villagers on Monday"}],
    }) + "\n", encoding="utf-8")
    result = run_json(capsys, "eval", str(gold))
    assert result["casualties"]["f1"] == 1.0 and result["dates"]["f1"] == 1.0
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 1
    assert "no such gold file" in capsys.readouterr().err


def run_json_plain(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_an_import_keeps_what_was_loaded_out_of_the_collectors_walks(proj, tmp_path, capsys,
                                                                      monkeypatch):
    import gc

    from workbench.core.ops import batch_import

    frozen = []
    real = batch_import.store_batch
    monkeypatch.setattr(batch_import, "store_batch",
                        lambda *a, **k: frozen.append(gc.get_freeze_count()) or real(*a, **k))
    before = gc.get_freeze_count()
    note = tmp_path / "note.txt"
    note.write_text("Shops reopened in Veltra on Tuesday.\n")
    run_json(capsys, "import", str(proj), str(note))
    assert frozen and frozen[0] > before  # skipped by the collector while importing
    assert gc.get_freeze_count() == before  # and handed back to it afterwards
