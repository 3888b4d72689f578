"""bench/blind/perturb_part.py: each transform's rewrites of a part told after its group on
fictional documents, the gold carried through them (count, qualifier and outcome kept, the
evidence cut from the new words), the parts it cannot rewrite left alone, and a set scored."""

from __future__ import annotations

from functools import partial

from tests.perturb_bench import casualty, fiction_doc, load, write_set

part = load("perturb_part")


_doc = partial(fiction_doc, doc_id="fict-part-1")


APPENDED = _doc(
    "Raid on Kessa\nKESSA (Reuters) - At least 14 villagers were killed in Kessa, among them "
    "nine women. The army gave no figure.",
    casualty("At least 14 villagers were killed", "killed", 14, "at_least"),
    casualty("among them nine women", "killed", 9))

HELD = _doc(
    "Gunmen seize travellers\nLORN (AFP) - Gunmen abducted six workers near Lorn on Monday, "
    "police said. Two of the workers were engineers.",
    casualty("abducted six workers", "captured", 6),
    casualty("Two of the workers were engineers", "captured", 2))


def _moved(name: str, doc: dict) -> tuple[dict, object]:
    plan = part.Plan()
    return part.transform_doc(doc, name, None, plan), plan


def _evidence(doc: dict) -> list[str]:
    return [e["evidence"] for e in doc["casualties"]]


def test_parts_find_the_group_before_them():
    spans = part._gold_spans(APPENDED, None, "en")
    found = part.parts(APPENDED, spans)
    assert [(p.index, p.group) for p in found] == [(1, 0)]


def test_split_moves_the_part_into_a_sentence_of_its_own():
    out, plan = _moved("split", APPENDED)
    assert plan.touched == 1
    new = _evidence(out)[1]
    assert new in {"Among them were nine women", "Nine of them were women",
                   "Among the dead were nine women"}
    assert f"were killed in Kessa. {new}. The army" in out["text"]


def test_listed_opens_the_part_with_its_whole():
    out, plan = _moved("listed", APPENDED)
    assert plan.touched == 1
    new = _evidence(out)[1]
    assert new in {f"{head} nine women" for head in part.LISTED["killed"]}
    assert f"were killed in Kessa. {new}. The army" in out["text"]


def test_listed_leaves_the_held_and_other_outcomes_alone():
    out, plan = _moved("listed", HELD)
    assert out["text"] == HELD["text"] and plan.touched == 0
    doc = _doc("X\nGunmen abducted six workers on Monday, among them two who later died.",
               casualty("abducted six workers", "captured", 6),
               casualty("among them two who later died", "killed", 2))
    out, plan = _moved("listed", doc)
    assert out["text"] == doc["text"] and plan.touched == 0


def test_between_puts_a_phrase_after_the_verb():
    out, plan = _moved("between", APPENDED)
    assert plan.touched == 1
    assert any(f"were killed in Kessa{p}, among them nine women." in out["text"]
               for p in part.BETWEEN)
    assert _evidence(out) == _evidence(APPENDED)


def test_refer_names_the_group_otherwise():
    out, plan = _moved("refer", HELD)
    assert plan.touched == 1
    new = _evidence(out)[1]
    assert new.startswith("Two of ") and new.endswith(" were engineers")
    assert new[len("Two of "):-len(" were engineers")] in {"them", *part.REFERENCES["captured"]}


def test_state_tells_what_became_of_the_part():
    out, plan = _moved("state", HELD)
    assert plan.touched == 1
    assert _evidence(out)[1] in {f"Two of the workers {s[0]}" for s in part.STATES["captured"]}
    out, _ = _moved("state", APPENDED)
    assert _evidence(out)[1] in {f"Nine of them {s[0]}" for s in part.STATES["killed"]}


def test_a_part_of_another_outcome_keeps_its_words_under_state():
    doc = _doc("X\nGunmen abducted six workers on Monday. Two of them died in the forest.",
               casualty("abducted six workers", "captured", 6),
               casualty("Two of them died", "killed", 2))
    out, plan = _moved("state", doc)
    assert out["text"] == doc["text"] and plan.touched == 0


def test_a_part_before_its_verb_is_left_to_the_others():
    doc = _doc("X\nEleven people, including two nurses, were killed on Monday.",
               casualty("Eleven people, including two nurses, were killed", "killed", 11),
               casualty("including two nurses", "killed", 2))
    for name in ("split", "state"):
        out, plan = _moved(name, doc)
        assert out["text"] == doc["text"] and plan.touched == 0


def test_the_count_and_outcome_are_carried():
    for doc in (APPENDED, HELD):
        for name in part.TRANSFORMS:
            out, _ = _moved(name, doc)
            assert [(e["outcome"], e["count_low"], e["qualifier"]) for e in out["casualties"]] \
                == [(e["outcome"], e["count_low"], e["qualifier"]) for e in doc["casualties"]]
            for entry in out["casualties"]:
                assert entry["evidence"] in out["text"]


def test_a_set_is_scored(tmp_path):
    path = tmp_path / "fict.jsonl"
    write_set(path, APPENDED, HELD)
    totals, lost = part.measure(path, ["split", "refer"])
    assert set(totals) == {"none", "split", "refer"}
    base = totals["none"]
    assert base.tp + base.fn == 4
    assert totals["split"].touched == 1 and totals["refer"].touched == 1
    for x in lost:
        assert x.entry["evidence"] in x.sentence


def test_beside_tells_the_part_in_a_clause_of_its_own():
    out, plan = _moved("beside", APPENDED)
    assert plan.touched == 1
    new = _evidence(out)[1]
    assert new in {"nine were women", "Nine were women", "Nine of the 14 were women"}
    assert new in out["text"] and ", among them" not in out["text"]
    assert out["casualties"][1]["outcome"] == "killed"
    assert out["casualties"][1]["count_low"] == 9


def test_beside_gives_an_article_part_its_one():
    doc = _doc("Raid\nAt least 5 people were killed, among them a teacher. More soon.",
               casualty("At least 5 people were killed", "killed", 5, "at_least"),
               casualty("among them a teacher", "killed", 1))
    out, plan = _moved("beside", doc)
    assert plan.touched == 1
    assert _evidence(out)[1] in {"one was a teacher", "One was a teacher",
                                 "One of the 5 was a teacher"}


# (the manner transform: a part told by how its people died or were hurt)
def test_a_part_of_the_dead_is_told_by_the_manner_of_death() -> None:
    out, plan = _moved("manner", APPENDED)
    assert plan.touched == 1
    assert out["casualties"][1]["evidence"] in {
        f"Nine of them {m[0]}" for m in part.MANNERS["killed"]}
    assert out["casualties"][1]["outcome"] == "killed"
    assert out["casualties"][1]["evidence"] in out["text"]


def test_an_outcome_with_no_manner_is_left_alone() -> None:
    out, plan = _moved("manner", HELD)
    assert out["text"] == HELD["text"] and plan.touched == 0


def test_state_keeps_its_own_pool() -> None:
    out = part.transform_doc(APPENDED, "state", None, part.Plan())
    assert out["casualties"][1]["evidence"] in {
        f"Nine of them {s[0]}" for s in part.STATES["killed"]}
