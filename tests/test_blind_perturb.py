"""bench/blind/perturb.py: each surface transform, its offset map, and the gold carried
through it (a fictional document; the spans must land on the same words afterwards)."""

from __future__ import annotations

import re

import pytest

from tests.perturb_bench import load, write_set

perturb = load("perturb")

TEXT = ("Gunmen kill seven in raid on Tavrel village -- police\n"
        "KORMA, Veltria (Reuters) - Gunmen stormed a wedding in the village of Tavrel on "
        "Sunday, killing 7 guests and wounding 12, O'Daly's police chief said. \"We found "
        "10,000 rounds,\" said Captain Ines O'Daly \u2014 the district\u2019s officer \u2014 on "
        "Monday. Two of the dead were children.")

DOC = {
    "doc_id": "fict-001", "source": "fiction", "published": None, "text": TEXT,
    "casualties": [
        {"evidence": "kill seven", "outcome": "killed", "count_low": 7, "count_high": None,
         "qualifier": "exact", "group": None},
        {"evidence": "killing 7 guests", "outcome": "killed", "count_low": 7,
         "count_high": None, "qualifier": "exact", "group": "guests"},
        {"evidence": "wounding 12", "outcome": "wounded", "count_low": 12,
         "count_high": None, "qualifier": "exact", "group": None},
        {"evidence": "Two of the dead were children", "outcome": "killed", "count_low": 2,
         "count_high": None, "qualifier": "exact", "group": "children"},
    ],
    "dates": [{"evidence": "Sunday", "value": None}, {"evidence": "Monday", "value": None}],
    "statements": [
        {"speaker": "police", "evidence": "Gunmen kill seven in raid on Tavrel village"},
        {"speaker": "O'Daly's police chief",
         "evidence": "Gunmen stormed a wedding in the village of Tavrel on Sunday, "
                     "killing 7 guests and wounding 12"},
        {"speaker": "Captain Ines O'Daly", "evidence": "We found 10,000 rounds"},
    ],
}


def _words(s: str) -> list[str]:
    """The words of a span, case and punctuation aside, numbers as words."""
    table = {str(i): w for i, w in enumerate(perturb.NUMBER_WORDS, 1)}
    return [table.get(w, w) for w in re.findall(r"[a-z0-9]+", s.lower().replace("'", "")
                                                .replace("\u2019", ""))]


@pytest.mark.parametrize("name", sorted(perturb.TRANSFORMS))
def test_the_gold_lands_on_the_same_words(name):
    out = perturb.transform_doc(DOC, name)
    assert out["text"] != TEXT
    for kind in ("casualties", "dates", "statements"):
        for old, new in zip(DOC[kind], out[kind], strict=True):
            assert new["evidence"] in out["text"]
            assert _words(new["evidence"]) == _words(old["evidence"])
            assert {k: v for k, v in new.items() if k not in ("evidence", "speaker")} == \
                {k: v for k, v in old.items() if k not in ("evidence", "speaker")}


def test_each_transform_writes_its_own_surface():
    text = {n: perturb.transform_doc(DOC, n)["text"] for n in perturb.TRANSFORMS}
    assert "," not in text["scraped"].replace("10,000", "") and "ODalys" in text["scraped"]
    assert all(len(line) <= perturb.WRAP_AT for line in text["wrapped"].split("\n"))
    assert text["title"].startswith("Gunmen Kill Seven in Raid on Tavrel Village -- Police\n")
    assert text["caps"].startswith("GUNMEN KILL SEVEN IN RAID ON TAVREL VILLAGE -- POLICE\n")
    assert "O\u2019Daly\u2019s" in text["curly"] and "\u201cWe found" in text["curly"]
    assert "rounds,\u201d" in text["curly"]
    assert "\u2014 police" in text["dashes"] and "(Reuters) -- Gunmen" in text["dashes"]
    assert "O'Daly -- the district\u2019s officer -- on" in text["dashes"]
    assert "the district's officer" in text["straight"]
    assert "\u00a0" in text["spaces"] and "  " in text["spaces"]
    assert text["spaces"].replace("\u00a0", " ").replace("  ", " ") == TEXT
    assert text["numwords"].startswith("Gunmen kill 7 in raid")
    assert "killing seven guests and wounding twelve" in text["numwords"]
    assert "2 of the dead were children" in text["numwords"]
    # Only a gold count changes: the rounds are not a count.
    assert "10,000 rounds" in text["numwords"]


def test_straight_undoes_curly():
    curled = perturb.transform_doc(DOC, "curly")
    assert perturb.transform_doc(curled, "straight")["text"] == \
        perturb.transform_doc(DOC, "straight")["text"]


def test_a_speaker_with_an_apostrophe_is_written_as_the_text_is():
    assert perturb.transform_doc(DOC, "scraped")["statements"][1]["speaker"] == \
        "ODalys police chief"
    assert perturb.transform_doc(DOC, "curly")["statements"][2]["speaker"] == \
        "Captain Ines O\u2019Daly"
    assert perturb.transform_doc(DOC, "wrapped")["statements"][2]["speaker"] == \
        "Captain Ines O'Daly"


def test_a_count_in_words_at_a_sentence_start_gets_a_capital():
    doc = {**DOC, "text": "Raid near Tavrel\n7 guests were killed on Sunday.",
           "casualties": [{"evidence": "7 guests were killed", "outcome": "killed",
                           "count_low": 7, "count_high": None, "qualifier": "exact",
                           "group": "guests"}],
           "dates": [], "statements": []}
    out = perturb.transform_doc(doc, "numwords")
    assert out["casualties"][0]["evidence"] == "Seven guests were killed"


def test_the_script_prints_the_untransformed_row_beside_each_transform(tmp_path, capsys):
    import json
    gold = tmp_path / "fict.jsonl"
    write_set(gold, DOC)
    assert perturb.main([str(gold), "--transform", "caps", "--write", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[:2] == ["fict", "none"] and out[2].split()[:2] == ["fict", "caps"]
    written = (tmp_path / "fict-caps.jsonl").read_text(encoding="utf-8")
    assert json.loads(written)["text"].startswith("GUNMEN KILL")
