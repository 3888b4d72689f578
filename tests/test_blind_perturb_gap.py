"""bench/blind/perturb_gap.py: each transform's rewrites of a count kept apart from its
outcome on fictional documents, the gold carried through them (count, qualifier and outcome
kept, the evidence cut from the new words, a retold toll's own entries added), what it
cannot rewrite left alone, the help and a set scored."""

from __future__ import annotations

from functools import partial

import pytest

from tests.perturb_bench import casualty, fiction_doc, load, write_set

gap = load("perturb_gap")


_doc = partial(fiction_doc, doc_id="fict-gap-1")


APPENDED = _doc(
    "Raid on Vossa\nVOSSA (Reuters) - At least 14 villagers were killed, among them nine "
    "women. The army gave no figure.",
    casualty("At least 14 villagers were killed", "killed", 14, "at_least"),
    casualty("among them nine women", "killed", 9))

INSIDE = _doc(
    "Shelling in Darel\nDAREL (AFP) - Eleven people, including two nurses, were killed in "
    "the shelling. The town was quiet by night.",
    casualty("Eleven people", "killed", 11),
    casualty("two nurses", "killed", 2))

PLAIN = _doc(
    "Arrests in Mirot\nMIROT (AFP) - Twelve students were arrested on Friday, a lawyer said. "
    "Classes resumed on Monday.",
    casualty("Twelve students were arrested", "arrested", 12))


def _moved(name: str, doc: dict) -> tuple[dict, object]:
    plan = gap.GapPlan()
    return gap.transform_doc(doc, name, None, plan), plan


def _evidence(doc: dict) -> list[str]:
    return [e["evidence"] for e in doc["casualties"]]


def test_list_puts_the_mark_last_after_a_phrase():
    out, plan = _moved("list", APPENDED)
    assert plan.touched == 1
    assert any(f"were killed{p}, nine women among them. The army" in out["text"]
               for p in gap.BETWEEN)
    assert _evidence(out)[1] == "nine women"


def test_list_moves_a_part_before_the_verb_after_it():
    out, plan = _moved("list", INSIDE)
    assert plan.touched == 1
    assert "Eleven people were killed in the shelling, among them two nurses." in out["text"]
    assert _evidence(out) == ["Eleven people", "two nurses"]


def test_apposition_and_unknown_stand_between_the_people_and_their_verb():
    out, plan = _moved("apposition", PLAIN)
    assert plan.touched == 1
    assert any(f"Twelve students{a} were arrested" in out["text"] for a in gap.APPOSITIONS)
    pair = _doc("X\nTwo farmers were killed on Monday.", casualty("Two farmers", "killed", 2))
    out, _ = _moved("apposition", pair)
    assert any(f"Two farmers{a} were killed" in out["text"] for a in gap.APPOSED_PAIRS)
    out, plan = _moved("unknown", PLAIN)
    assert "Twelve students and an unknown number of protesters were arrested" in out["text"]
    assert len(out["casualties"]) == 1


def test_toll_adds_a_sentence_and_its_gold():
    out, plan = _moved("toll", PLAIN)
    assert plan.touched == 1
    added = out["casualties"][1:]
    assert added and all(e["outcome"] == "arrested" for e in added)
    assert {e["count_low"] for e in added} <= {12, 9}
    for entry in out["casualties"]:
        assert entry["evidence"] in out["text"]


def test_a_sentence_with_a_quote_is_left_alone():
    doc = _doc('X\n"Twelve students were arrested," a lawyer said.',
               casualty("Twelve students were arrested", "arrested", 12))
    for name in ("apposition", "unknown", "toll"):
        out, plan = _moved(name, doc)
        assert out["text"] == doc["text"] and plan.touched == 0


def test_the_count_and_outcome_are_carried():
    for doc in (APPENDED, INSIDE, PLAIN):
        for name in ("list", "apposition", "unknown"):
            out, _ = _moved(name, doc)
            assert [(e["outcome"], e["count_low"], e["qualifier"]) for e in out["casualties"]] \
                == [(e["outcome"], e["count_low"], e["qualifier"]) for e in doc["casualties"]]
            for entry in out["casualties"]:
                assert entry["evidence"] in out["text"]


def test_help_names_the_transforms(capsys):
    with pytest.raises(SystemExit):
        gap.main(["--help"])
    printed = capsys.readouterr().out
    for name in gap.TRANSFORMS:
        assert name in printed


def test_a_set_is_scored(tmp_path, capsys):
    path = tmp_path / "fict.jsonl"
    write_set(path, APPENDED, INSIDE, PLAIN)
    totals, lost = gap.measure(path, ["list", "toll"])
    assert set(totals) == {"none", "list", "toll"}
    assert totals["none"].tp + totals["none"].fn == 5
    assert totals["list"].touched == 2 and totals["toll"].touched >= 1
    for x in lost:
        assert x.entry["evidence"] in x.sentence
    assert gap.main([str(path), "--transform", "unknown", "--lost"]) == 0
    assert "pooled" in capsys.readouterr().out


UPDATED = _doc(
    "Unrest in Kelm\nKELM (AFP) - Police say 23 people have been detained, up from 15 this "
    "morning. Shops stayed shut.",
    casualty("23 people have been detained", "arrested", 23),
    casualty("up from 15", "arrested", 15))


def test_update_sets_a_clause_before_the_old_value():
    out, plan = _moved("update", UPDATED)
    assert plan.touched == 1
    assert any(f"23 people have been detained{c}, up from 15 this morning." in out["text"]
               for c in gap.UPDATE_CLAUSES)
    assert [(e["outcome"], e["count_low"]) for e in out["casualties"]] == [
        ("arrested", 23), ("arrested", 15)]
    for entry in out["casualties"]:
        assert entry["evidence"] in out["text"]


def test_update_leaves_an_old_value_with_no_figure_before_it():
    alone = _doc("X\nPrices are up from 15 francs, traders said.")
    out, plan = _moved("update", alone)
    assert out["text"] == alone["text"] and plan.touched == 0
    out, plan = _moved("update", PLAIN)
    assert out["text"] == PLAIN["text"] and plan.touched == 0
