"""Cross-validation folds: every document once, same-event documents together."""

from __future__ import annotations

import json

import pytest

from workbench.core.extract.crossval import cross_validate, event_units, make_folds


def _doc(i: int, text: str, casualties: list | None = None) -> dict:
    return {"doc_id": f"d{i}", "source": "x", "published": None, "text": text,
            "casualties": casualties or [], "dates": [], "statements": []}


DOCS = [
    _doc(0, "Envoy Mara Tellen arrived in Dorva for talks."),
    _doc(1, "Talks with Mara Tellen resumed in the port."),
    _doc(2, "Gunmen killed 4 guards near the depot.",
         [{"evidence": "killed 4 guards", "outcome": "killed", "count_low": 4,
           "count_high": None, "qualifier": "exact", "group": "guards"}]),
    _doc(3, "Shelling wounded 7 farmers in the valley.",
         [{"evidence": "wounded 7 farmers", "outcome": "wounded", "count_low": 7,
           "count_high": None, "qualifier": "exact", "group": "farmers"}]),
    _doc(4, "The council met in the old town hall."),
    _doc(5, "Rain fell on the northern hills."),
]


def test_documents_sharing_a_rare_name_form_one_unit() -> None:
    units = sorted(sorted(u) for u in event_units(DOCS))
    assert [0, 1] in units
    assert sum(len(u) for u in units) == len(DOCS)


def test_folds_cover_every_document_once_and_keep_units_together() -> None:
    folds = make_folds(DOCS, 3)
    flat = sorted(i for f in folds for i in f)
    assert flat == list(range(len(DOCS)))
    assert any({0, 1} <= set(f) for f in folds)
    with pytest.raises(ValueError):
        make_folds(DOCS, 1)


def test_cross_validate_reports_each_fold_and_the_mean(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in DOCS) + "\n", encoding="utf-8")
    summary = cross_validate(path, 2)
    assert len(summary["folds"]) == 2
    assert sum(f["documents"] for f in summary["folds"]) == len(DOCS)
    per_fold = [f["casualties"] for f in summary["folds"]]
    assert summary["mean"]["casualties"] == pytest.approx(sum(per_fold) / 2)
    assert summary["min"]["casualties"] == min(per_fold)
