"""The quote and search index checks read text as ``str``: a row whose bytes are not
UTF-8 stops that read, is checked from its bytes, and the read goes on after it, so a
tampered row after a damaged one is still found, in the second process too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project, quotes_in_full, raw_connect
from workbench.core import verify as verify_module
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify

QUOTES = ("wounded four troops", "killed", "civilians", "market", "Shelling")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("damaged")
    with make_project(folder) as project:
        doc = add_doc(project)
        anns = [ann_ops.annotate_quote(project, doc, "casualty", q, {"outcome": "killed"}
                                       ).result for q in QUOTES]
        return {"path": project.path, "anns": anns}


def _problems(built: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *,
              worker: bool) -> tuple[list[str], int]:
    path = tmp_path / f"copy-{worker}.wbproj"
    path.write_bytes(built["path"].read_bytes())
    first, second, third, fourth, _ = built["anns"]
    conn = raw_connect(path, isolation_level=None)
    conn.execute("UPDATE annotations SET memo = CAST(x'ff' AS TEXT) WHERE id = ?", (first,))
    conn.execute("UPDATE annotations SET exact = CAST(x'c3' AS TEXT) WHERE id = ?", (second,))
    # Its quote stored in full (as a re-anchored row's is): a derived one follows its span.
    quotes_in_full(conn, [third])
    conn.execute("UPDATE annotations SET start = start + 1 WHERE id = ?", (third,))
    conn.execute("UPDATE search SET body = body || ' massacre' WHERE rowid = "
                 "(SELECT rowid FROM annotations WHERE id = ?)", (fourth,))
    conn.close()
    monkeypatch.setattr(verify_module, "OFFLOAD_ABOVE", -1 if worker else 1 << 62)
    with Project.open(path) as project:
        report = verify(project)
    return report.problems, report.annotations


@pytest.mark.parametrize("worker", [False, True])
def test_a_tampered_row_after_a_damaged_one_is_still_found(built, tmp_path, monkeypatch,
                                                          worker):
    problems, counted = _problems(built, tmp_path, monkeypatch, worker=worker)
    first, second, third, fourth, _ = built["anns"]
    said = "\n".join(problems)
    assert f"annotation {first}: its memo is not valid UTF-8" in said
    assert f"annotation {second}: its exact is not valid UTF-8" in said
    assert f"annotation {third}: the text at" in said  # the quote check read on
    assert f"annotation {fourth}: its search index entry does not match" in said  # the index
    assert counted == len(QUOTES) - 1  # the one whose quote is damaged is not compared
