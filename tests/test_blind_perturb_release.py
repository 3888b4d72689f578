"""bench/blind/perturb_release.py: a release of part of each captured or arrested gold
figure added after its sentence, with the part in the gold; figures too small, vague, not
last in their sentence or pointed back to by the next one skipped; a set scored
(fictional texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.perturb_bench import assert_carried, casualty, load, write_set

prl = load("perturb_release")


TEXT = ("Raid on Tavrel\n"
        "KORMA - Gunmen kidnapped twelve farmers near Tavrel on Sunday. "
        "Police arrested 40 protesters in Korma. Two villagers were wounded, the mayor said.")

DOC = {
    "doc_id": "fict-release-1", "source": "fiction", "published": None, "text": TEXT,
    "casualties": [
        casualty("kidnapped twelve farmers", "captured", 12, group="farmers"),
        casualty("arrested 40 protesters", "arrested", 40, group="protesters"),
        casualty("Two villagers were wounded", "wounded", 2, group="villagers"),
    ],
    "dates": [{"evidence": "Sunday", "value": None}],
    "statements": [{"speaker": "the mayor", "evidence": "Two villagers were wounded"}],
}


def _moved(name: str, doc: dict = DOC) -> tuple[dict, object, int]:
    sites = prl.Added()
    moved, added = prl.transform_doc(doc, name, sites=sites)
    return moved, sites, added


@pytest.mark.parametrize("name", prl.TRANSFORMS)
def test_a_release_is_added_after_each_held_figure_with_its_part_in_the_gold(name: str) -> None:
    out, sites, added = _moved(name)
    assert sites.touched == added == 2
    assert out["text"] != TEXT
    kept = {**out, "casualties": out["casualties"][:-added]}
    assert_carried(DOC, kept)
    new = out["casualties"][-added:]
    assert [(e["outcome"], e["count_low"]) for e in new] == [("captured", 6), ("arrested", 20)]
    for e in new:
        assert e["evidence"] in out["text"]
    # the release stands right after the sentence of the figure it frees a part of
    first = out["text"].index(new[0]["evidence"])
    assert out["text"].index("on Sunday.") < first < out["text"].index("Police arrested")


def test_an_arrest_is_released_as_detainees_are() -> None:
    wordings = {w for name in prl.TRANSFORMS for w in prl.WORDINGS[name]["arrested"]}
    assert all("ransom" not in w and "Troops" not in w for w in wordings)


def test_small_vague_or_pointed_back_figures_are_skipped() -> None:
    doc = {**DOC, "text": "Gunmen kidnapped three farmers. Police arrested dozens of youths. "
                          "Bandits seized 20 traders. Two of them escaped.",
           "casualties": [casualty("kidnapped three farmers", "captured", 3),
                          casualty("arrested dozens of youths", "arrested", 24, "vague"),
                          casualty("seized 20 traders", "captured", 20),
                          casualty("Two of them escaped", "captured", 2)],
           "dates": [], "statements": []}
    out, sites, added = _moved("part", doc)
    # (the part "Two of them" is a figure of two, too small itself)
    assert added == 0 and out["text"] == doc["text"] and sites.skipped == 4


def test_named_needs_the_wholes_plural_noun() -> None:
    out, _, _ = _moved("named")
    assert "farmers" in out["casualties"][-2]["evidence"]
    bare = {**DOC, "casualties": [casualty("kidnapped twelve farmers", "captured", 12),
                                  *DOC["casualties"][1:]]}
    _, sites, added = _moved("named", bare)
    assert added == 1 and sites.skipped == 1


def test_among_names_the_part_by_the_wholes_noun_before_among_those() -> None:
    out, _, added = _moved("among")
    new = out["casualties"][-added:]
    assert [e["evidence"] for e in new] == ["Six farmers", "Twenty protesters"]
    assert "Six farmers were among those" in out["text"]
    bare = {**DOC, "casualties": [casualty("kidnapped twelve farmers", "captured", 12),
                                  *DOC["casualties"][1:]]}
    _, sites, added = _moved("among", bare)
    assert added == 1 and sites.skipped == 1


def test_a_set_is_scored_and_missed_releases_listed(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fict.jsonl"
    write_set(path, DOC)
    scores, lost = prl.measure_set(path, list(prl.TRANSFORMS))
    assert set(scores) == {"none", *prl.TRANSFORMS}
    assert scores["none"].tp + scores["none"].fn == len(DOC["casualties"])
    for name in prl.TRANSFORMS:
        s = scores[name]
        assert s.tp + s.fn == len(DOC["casualties"]) + 2 and s.sites.touched == 2
        assert s.added_read <= 2
    assert all(x.transform.split(":")[0] in prl.TRANSFORMS for x in lost)
    assert prl.main([str(path), "--transform", "bare", "--lost"]) == 0
    printed = capsys.readouterr().out
    assert "pooled" in printed and "added" in printed
