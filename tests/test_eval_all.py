"""bench/blind/eval_all.py: one run over the sets gives each set's `workbench eval --json`
result, and a second run says which kinds moved."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from workbench.core.extract.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def eval_all():
    spec = importlib.util.spec_from_file_location("eval_all", ROOT / "bench/blind/eval_all.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_set_is_written_as_eval_prints_it(eval_all, tmp_path, capsys):
    assert eval_all.main(["--out", str(tmp_path), "--only", "en-1", "--jobs", "1"]) == 0
    written = (tmp_path / "en-1.json").read_text(encoding="utf-8")
    assert written == eval_all.as_json(evaluate(ROOT / "bench/blind/en-1.jsonl"))
    result = json.loads(written)
    shown = capsys.readouterr().out
    assert shown.startswith("en-1 ")
    assert f"over {result['overall']['tp']}/{result['overall']['fp']}/" in shown


def test_compare_names_the_kind_that_moved_and_hide_keeps_a_set_unprinted(
        eval_all, tmp_path, capsys):
    before, after = tmp_path / "before", tmp_path / "after"
    eval_all.main(["--out", str(before), "--only", "en-1", "--only", "en-2", "--jobs", "1"])
    old = json.loads((before / "en-1.json").read_text(encoding="utf-8"))
    old["dates"]["tp"] -= 1  # as if the earlier engines had missed one date
    (before / "en-1.json").write_text(json.dumps(old), encoding="utf-8")
    capsys.readouterr()
    eval_all.main(["--out", str(after), "--compare", str(before), "--hide", "en-2",
                   "--only", "en-1", "--only", "en-2", "--jobs", "1"])
    shown = capsys.readouterr().out
    assert "en-1     dates" in shown and "statements" not in shown.split("against")[1]
    assert "en-2" not in shown
    assert (after / "en-2.json").is_file()


def test_an_unchanged_run_says_so(eval_all, tmp_path, capsys):
    eval_all.main(["--out", str(tmp_path / "a"), "--only", "ar-1", "--jobs", "1"])
    eval_all.main(["--out", str(tmp_path / "b"), "--only", "ar-1", "--jobs", "1",
                   "--compare", str(tmp_path / "a")])
    assert "nothing changed" in capsys.readouterr().out


def test_an_unknown_set_is_refused_in_one_sentence(eval_all, tmp_path, capsys):
    with pytest.raises(SystemExit):
        eval_all.main(["--out", str(tmp_path), "--only", "en-999"])
    assert "no such set: en-999" in capsys.readouterr().err
