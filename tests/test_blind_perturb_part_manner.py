"""bench/blind/perturb_part.py's ``manner`` transform: a part told by how its people died or
were hurt, the count, qualifier and outcome of the group kept."""

from __future__ import annotations

from functools import partial

from tests.perturb_bench import casualty, fiction_doc, load

part = load("perturb_part")

_doc = partial(fiction_doc, doc_id="fict-manner-1")

DEAD = _doc(
    "Raid on Kessa\nKESSA (Reuters) - At least 14 villagers were killed in Kessa, among them "
    "nine women. The army gave no figure.",
    casualty("At least 14 villagers were killed", "killed", 14, "at_least"),
    casualty("among them nine women", "killed", 9))

HELD = _doc(
    "Gunmen seize travellers\nLORN (AFP) - Gunmen abducted six workers near Lorn on Monday, "
    "police said. Two of the workers were engineers.",
    casualty("abducted six workers", "captured", 6),
    casualty("Two of the workers were engineers", "captured", 2))


def _moved(doc: dict) -> tuple[dict, object]:
    plan = part.Plan()
    return part.transform_doc(doc, "manner", None, plan), plan


def test_a_part_of_the_dead_is_told_by_the_manner_of_death() -> None:
    out, plan = _moved(DEAD)
    assert plan.touched == 1
    assert out["casualties"][1]["evidence"] in {
        f"Nine of them {m[0]}" for m in part.MANNERS["killed"]}
    assert out["casualties"][1]["outcome"] == "killed"
    assert out["casualties"][1]["evidence"] in out["text"]


def test_an_outcome_with_no_manner_is_left_alone() -> None:
    out, plan = _moved(HELD)
    assert out["text"] == HELD["text"] and plan.touched == 0


def test_state_keeps_its_own_pool() -> None:
    out, _ = (part.transform_doc(DEAD, "state", None, part.Plan()), None)
    assert out["casualties"][1]["evidence"] in {
        f"Nine of them {s[0]}" for s in part.STATES["killed"]}
