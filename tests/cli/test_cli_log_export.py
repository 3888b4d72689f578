"""`workbench log --export` and `workbench verify-log`: a handed-over log checks out on its
own, a modified one does not, and a project rewritten after the export is caught."""

import json
import sqlite3
from pathlib import Path

from tests.helpers import REPORT
from workbench.cli import main


def _project(tmp_path, capsys):
    path = tmp_path / "p.wbproj"
    (tmp_path / "halden.txt").write_text(REPORT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(tmp_path / "halden.txt")]) == 0
    assert main(["annotate", str(path), "1", "--kind", "casualty",
                 "--quote", "wounded four troops"]) == 0
    capsys.readouterr()
    return path


def test_an_exported_log_verifies_alone_and_against_its_project(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    out = tmp_path / "log.jsonl"
    assert main(["log", str(path), "--export", str(out)]) == 0
    printed = capsys.readouterr().out
    head = printed.split("audit: ")[1].split("head ")[1].split()[0]
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["format"] == "workbench-log" and lines[-1]["heads"]["audit"]["hash"] == head
    assert all("hash" in x["row"] for x in lines[1:-1])
    assert main(["verify-log", str(out)]) == 0
    assert main(["verify-log", str(out), "--project", str(path), "--head", head]) == 0
    # Later work extends the chain: the project still begins with the exported log.
    assert main(["annotate", str(path), "1", "--kind", "claim", "--quote",
                 "claimed responsibility"]) == 0
    assert main(["verify-log", str(out), "--project", str(path)]) == 0
    assert "unbroken and the project extends them" in capsys.readouterr().out


def test_a_modified_export_fails(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    out = tmp_path / "log.jsonl"
    main(["log", str(path), "--export", str(out)])
    capsys.readouterr()
    text = out.read_text(encoding="utf-8")
    out.write_text(text.replace('"coder":"tester"', '"coder":"someone"', 1)
                   .replace('"coder": "tester"', '"coder": "someone"', 1), encoding="utf-8")
    assert out.read_text(encoding="utf-8") != text
    assert main(["verify-log", str(out)]) == 1
    assert "its hash does not follow" in capsys.readouterr().err
    # Cut short: the closing heads are gone.
    out.write_text("\n".join(text.splitlines()[:-1]) + "\n", encoding="utf-8")
    assert main(["verify-log", str(out)]) == 1
    assert "the file is cut" in capsys.readouterr().err


def test_a_project_whose_history_was_rewritten_no_longer_extends_the_export(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    out = tmp_path / "log.jsonl"
    main(["log", str(path), "--export", str(out)])
    capsys.readouterr()
    # Rewrite the whole audit chain consistently, as someone with the program could.
    from workbench.core import chain

    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("DROP TRIGGER audit_no_update")
    prev = chain.GENESIS
    # Read as the chain defines each row (op as text, hash as hex: logcodes).
    for row in [dict(r) for r in conn.execute("SELECT * FROM audit_entries ORDER BY seq")]:
        row["coder"] = "someone else"
        prev = chain.row_hash(prev, row)
        conn.execute("UPDATE audit SET coder = ?, hash = ? WHERE seq = ?",
                     (row["coder"], prev, row["seq"]))
    conn.execute("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
                 "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    conn.close()
    assert main(["verify", str(path)]) == 0  # a full rewrite passes on its own...
    capsys.readouterr()
    assert main(["verify-log", str(out), "--project", str(path)]) == 1  # ...not the head
    assert "rewritten since the export" in capsys.readouterr().err


def test_verify_reports_tampering_and_exits_1(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE annotations SET status = 'rejected'")
    conn.close()
    assert main(["verify", str(path)]) == 1
    assert "changed without an audit entry" in capsys.readouterr().err


def test_an_export_stopped_by_a_full_disk_is_a_sentence_and_leaves_no_cut_file(
        tmp_path, capsys, monkeypatch):
    """On a full card `log --export` ended in "OSError: [Errno 28] No space left on
    device" as a traceback, and the cut file stayed under the name asked for, where it
    could be handed over as the project's log."""
    import builtins
    import errno

    from workbench.core import logchain

    path = _project(tmp_path, capsys)
    out = tmp_path / "log.jsonl"
    real_open = builtins.open

    class Full:
        def __init__(self, f):
            self.f = f

        def write(self, text):
            self.f.write(text[:10])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    def opened(file, mode="r", *a, **k):
        f = real_open(file, mode, *a, **k)
        # The export writes to a hidden part beside the name asked for, then renames it.
        return Full(f) if "w" in mode and out.name in Path(file).name else f

    monkeypatch.setattr(logchain, "open", opened, raising=False)
    assert main(["log", str(path), "--export", str(out)]) == 1
    assert capsys.readouterr().err == (f"workbench: {out}: could not write (No space left "
                                       "on device).\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["halden.txt", "p.wbproj"]


def test_a_log_export_says_what_an_earlier_stopped_one_left(tmp_path, capsys):
    # Its unfinished file was cleared without a word, unlike every other export's.
    from workbench.core.outfile import OLD_PART, STOPPED_WRITE

    path = _project(tmp_path, capsys)
    dead = tmp_path / ".log.jsonl.999999999.part"  # no process has that number
    dead.write_text("half a log", encoding="utf-8")
    older = tmp_path / "log.jsonl.part"
    older.write_text("half a log", encoding="utf-8")
    assert main(["log", str(path), "--export", str(tmp_path / "log.jsonl")]) == 0
    err = capsys.readouterr().err
    assert STOPPED_WRITE.format(name="log.jsonl", part=dead.name) in err
    assert OLD_PART.format(part=older.name, name="log.jsonl") in err
    assert not dead.exists() and older.exists()


def test_the_export_and_its_check_count_entries_in_words(tmp_path, capsys):
    # One custody entry was "custody: 1 entries" and "1 custody entries checked".
    path = _project(tmp_path, capsys)
    out = tmp_path / "log.jsonl"
    assert main(["log", str(path), "--export", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "custody: 1 entry, head " in printed
    assert main(["verify-log", str(out)]) == 0
    assert ", 1 custody entry checked: the chains are unbroken." in capsys.readouterr().out
