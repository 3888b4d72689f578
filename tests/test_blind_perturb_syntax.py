"""bench/blind/perturb_syntax.py: each transform's edits where the gold casualty has the
plain shape it needs, the gold carried through them, and a set scored (fictional texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.perturb_bench import assert_carried, load, write_set

ps = load("perturb_syntax")

TEXT = ("Raid on Tavrel leaves nine dead\n"
        "KORMA (Reuters) - Nine villagers were killed in a raid on Tavrel on Sunday. "
        "Four journalists were held, the governor said. Two of the wounded died.")

DOC = {
    "doc_id": "fict-syn-1", "source": "fiction", "published": None, "text": TEXT,
    "casualties": [
        {"evidence": "nine dead", "outcome": "killed", "count_low": 9, "count_high": None,
         "qualifier": "exact", "group": None},
        {"evidence": "Nine villagers were killed", "outcome": "killed", "count_low": 9,
         "count_high": None, "qualifier": "exact", "group": "villagers"},
        {"evidence": "Four journalists were held", "outcome": "arrested", "count_low": 4,
         "count_high": None, "qualifier": "exact", "group": "journalists"},
        {"evidence": "Two of the wounded died", "outcome": "killed", "count_low": 2,
         "count_high": None, "qualifier": "exact", "group": None},
    ],
    "dates": [{"evidence": "Sunday", "value": None}],
    "statements": [{"speaker": "the governor", "evidence": "Four journalists were held"}],
}


def _moved(name: str) -> tuple[dict, ps.Sites]:
    sites = ps.Sites()
    return ps.transform_doc(DOC, name, sites=sites), sites


@pytest.mark.parametrize("name", sorted(ps.TRANSFORMS))
def test_the_gold_is_carried_onto_the_new_text(name: str) -> None:
    out, sites = _moved(name)
    assert out["text"] != TEXT and sites.touched > 0
    assert_carried(DOC, out)


def test_aside_and_reduced_go_between_the_people_and_their_verb() -> None:
    aside, sites = _moved("aside")
    assert sites.touched == 3 and sites.skipped == 1  # the headline's "nine dead" has no verb
    for start, verb in (("Nine villagers,", ", were killed"), ("Four journalists,", ", were held"),
                        ("Two of the wounded,", ", died")):
        assert start in aside["text"] and verb in aside["text"]
    assert any(a.strip(", ") in aside["text"] for a in ps.ASIDES)
    reduced, _ = _moved("reduced")
    assert any(f"Nine villagers{r} were killed" in reduced["text"] for r in ps.REDUCED)


def test_fronted_and_framed_open_the_sentence_lowering_no_name() -> None:
    fronted, _ = _moved("fronted")
    assert any(f"- {f}nine villagers were killed" in fronted["text"] for f in ps.FRONTED)
    assert fronted["text"].startswith("Raid on Tavrel")  # the headline takes none
    framed, sites = _moved("framed")
    assert "Officials said two of the wounded died." in framed["text"]
    # the sentence with "the governor said" holds a verb of saying already
    assert "Officials said four" not in framed["text"] and sites.skipped >= 1
    doc = {**DOC, "text": "Raid\nTavrel's mayor said nothing. Kessa guards were hurt.",
           "casualties": [{"evidence": "Kessa guards were hurt", "outcome": "wounded",
                           "count_low": 1, "count_high": None, "qualifier": "exact",
                           "group": None}], "dates": [], "statements": []}
    assert "Officials said Kessa guards" in ps.transform_doc(doc, "framed")["text"]


def test_tail_only_where_the_evidence_ends_at_a_verb_free_of_an_object() -> None:
    tail, sites = _moved("tail")
    assert any(f"Four journalists were held{t}, the governor" in tail["text"] for t in ps.TAILS)
    assert any(f"Two of the wounded died{t}." in tail["text"] for t in ps.TAILS)
    # "were killed in a raid" goes on past the evidence with an adjunct of its own: fine;
    # "had left the town" would take one before its object: skipped
    doc = {**DOC, "text": "Flight\nAbout 40 families had left the town.",
           "casualties": [{"evidence": "About 40 families had left", "outcome": "displaced",
                           "count_low": 40, "count_high": None, "qualifier": "approx",
                           "group": "families"}], "dates": [], "statements": []}
    sites = ps.Sites()
    assert ps.transform_doc(doc, "tail", sites=sites)["text"] == doc["text"]
    assert sites.skipped == 1


def test_the_same_text_gets_the_same_pick() -> None:
    assert _moved("aside")[0]["text"] == _moved("aside")[0]["text"]


def test_a_set_is_scored_and_its_losses_listed(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "fict.jsonl"
    write_set(gold, DOC)
    scores, lost = ps.measure_set(gold, ["aside", "tail"])
    base = scores["none"]
    assert base.tp + base.fn == len(DOC["casualties"])
    for name in ("aside", "tail"):
        s = scores[name]
        assert s.tp + s.fn == len(DOC["casualties"]) and s.sites.touched > 0
        assert s.tp == base.tp - sum(1 for x in lost if x.transform == name)
    assert ps.main([str(gold), "--transform", "aside", "--lost"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["fict", "none"] and out[1].split()[:2] == ["fict", "aside"]
    assert any(line.startswith("pooled     aside") for line in out)


def test_harmed_goes_before_a_verb_of_dying_only() -> None:
    out, sites = _moved("harmed")
    # the deaths told by "died" take a modifier of another harm; "were killed" and the
    # arrest are left alone
    assert sites.touched == 1
    assert any(f"Two of the wounded{h} died" in out["text"] for h in ps.HARMED)
    assert "Nine villagers were killed" in out["text"]
    assert "Four journalists were held" in out["text"]
    assert_carried(DOC, out)


def test_postmodified_puts_a_modifier_after_the_head_for_every_outcome() -> None:
    out, sites = _moved("postmodified")
    # the killed, the held and the part of the wounded take one; the headline has no verb
    assert sites.touched == 3 and sites.skipped == 1
    assert any(f"Nine villagers{p} were killed" in out["text"] for p in ps.POSTMODIFIERS)
    assert any(f"Four journalists{p} were held" in out["text"] for p in ps.POSTMODIFIERS)
    assert_carried(DOC, out)
