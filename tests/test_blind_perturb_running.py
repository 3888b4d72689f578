"""bench/blind/perturb_running.py: the running number a killing brings a toll to, added
after the sentence of each killed gold figure (or ending it), with the running number in
the gold; figures vague, not ending a sentence, or pointed back to by the next sentence
skipped; a set scored (fictional texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.perturb_bench import assert_carried, casualty, load, write_set

prn = load("perturb_running")


TEXT = ("Raid on Tavrel\n"
        "KORMA - Gunmen shot dead twelve farmers near Tavrel on Sunday. "
        "Police arrested 40 protesters in Korma. Two villagers were killed, the mayor said.")

DOC = {
    "doc_id": "fict-running-1", "source": "fiction", "published": None, "text": TEXT,
    "casualties": [
        casualty("shot dead twelve farmers", "killed", 12, group="farmers"),
        casualty("arrested 40 protesters", "arrested", 40, group="protesters"),
        casualty("Two villagers were killed", "killed", 2, group="villagers"),
    ],
    "dates": [{"evidence": "Sunday", "value": None}],
    "statements": [{"speaker": "the mayor", "evidence": "Two villagers were killed"}],
}


def _moved(name: str, doc: dict = DOC) -> tuple[dict, object, int]:
    sites = prn.Added()
    moved, added = prn.transform_doc(doc, name, sites=sites)
    return moved, sites, added


@pytest.mark.parametrize("name", prn.TRANSFORMS)
def test_a_running_number_is_added_after_each_killed_figure_with_it_in_the_gold(
        name: str) -> None:
    out, sites, added = _moved(name)
    assert sites.touched == added == 2
    assert out["text"] != TEXT
    kept = {**out, "casualties": out["casualties"][:-added]}
    assert_carried(DOC, kept)
    new = out["casualties"][-added:]
    assert all(e["outcome"] == "killed" for e in new)
    assert [e["count_low"] > old for e, old in zip(new, (12, 2), strict=True)] == [True, True]
    for e in new:
        assert e["evidence"] in out["text"]
    # the running number stands right after the sentence of the figure it adds to
    first = out["text"].index(new[0]["evidence"])
    assert out["text"].index("near Tavrel") < first < out["text"].index("Police arrested")


def test_the_figures_noun_names_the_people_of_the_running_number() -> None:
    out, _, added = _moved("fronted")
    assert "the number of farmers killed" in out["casualties"][-added]["evidence"]
    bare = {**DOC, "casualties": [casualty("shot dead twelve farmers", "killed", 12),
                                  *DOC["casualties"][1:]]}
    out, _, added = _moved("fronted", bare)
    assert "the number of people killed" in out["casualties"][-added]["evidence"]


def test_vague_pointed_back_or_unfinished_figures_are_skipped() -> None:
    doc = {**DOC, "text": "Gunmen killed dozens of villagers. Bandits killed 20 traders. "
                          "Two of them were brothers. Five died before the Dec. 27 vote.",
           "casualties": [casualty("killed dozens of villagers", "killed", 24, "vague"),
                          casualty("killed 20 traders", "killed", 20),
                          casualty("Five died", "killed", 5)],
           "dates": [], "statements": []}
    out, sites, added = _moved("fronted", doc)
    assert added == 0 and out["text"] == doc["text"] and sites.skipped == 3


def test_one_running_number_a_sentence_after_its_last_figure() -> None:
    doc = {**DOC, "text": "Gunmen killed four farmers and two guards in Korma.",
           "casualties": [casualty("killed four farmers", "killed", 4, group="farmers"),
                          casualty("two guards", "killed", 2, group="guards")],
           "dates": [], "statements": []}
    out, sites, added = _moved("fronted", doc)
    assert added == 1 and sites.skipped == 1
    assert "the number of guards killed" in out["casualties"][-1]["evidence"]


def test_a_set_is_scored_and_missed_running_numbers_listed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fict.jsonl"
    write_set(path, DOC)
    scores, lost = prn.measure_set(path, list(prn.TRANSFORMS))
    assert set(scores) == {"none", *prn.TRANSFORMS}
    assert scores["none"].tp + scores["none"].fn == len(DOC["casualties"])
    for name in prn.TRANSFORMS:
        s = scores[name]
        assert s.tp + s.fn == len(DOC["casualties"]) + 2 and s.sites.touched == 2
        assert s.added_read <= 2
    assert all(x.transform.split(":")[0] in prn.TRANSFORMS for x in lost)
    assert prn.main([str(path), "--transform", "after", "--lost"]) == 0
    printed = capsys.readouterr().out
    assert "pooled" in printed and "added" in printed
