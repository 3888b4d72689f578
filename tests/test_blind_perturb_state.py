"""bench/blind/perturb_state.py: each transform's edits where its outcome's gold figure has
a plain shape, the gold carried through them, the unsafe sites skipped, and a set scored
(fictional texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.perturb_bench import assert_carried, casualty, load, write_set

pst = load("perturb_state")


TEXT = ("Raid on Tavrel\n"
        "KORMA - Gunmen attacked Tavrel on Sunday. About 3,000 villagers fled. "
        "Some 400 families have fled Tavrel. Twelve pupils were abducted by gunmen. "
        "Four farmers were kidnapped. Two fishermen are missing, the mayor said. "
        "Police cleared the square. Eight students were detained. "
        "Three guards were wounded in the attack.")

DOC = {
    "doc_id": "fict-state-1", "source": "fiction", "published": None, "text": TEXT,
    "casualties": [
        casualty("About 3,000 villagers fled", "displaced", 3000, group="villagers"),
        casualty("Some 400 families have fled", "displaced", 400, group="families"),
        casualty("Twelve pupils were abducted", "captured", 12, group="pupils"),
        casualty("Four farmers were kidnapped", "captured", 4, group="farmers"),
        casualty("Two fishermen are missing", "missing", 2, group="fishermen"),
        casualty("Eight students were detained", "arrested", 8, group="students"),
        casualty("Three guards were wounded", "wounded", 3, group="guards"),
    ],
    "dates": [{"evidence": "Sunday", "value": None}],
    "statements": [{"speaker": "the mayor", "evidence": "Two fishermen are missing"}],
}


def _moved(name: str, doc: dict = DOC) -> tuple[dict, object]:
    sites = pst.Sites()
    return pst.transform_doc(doc, name, sites=sites), sites


@pytest.mark.parametrize("name", sorted(pst.TRANSFORMS))
def test_the_gold_is_carried_onto_the_new_text(name: str) -> None:
    out, sites = _moved(name)
    assert out["text"] != TEXT and sites.touched > 0
    assert_carried(DOC, out)


def test_displaced_keeps_the_count_and_tells_the_flight_otherwise() -> None:
    out, sites = _moved("displaced")
    assert sites.touched == 2
    assert "About 3,000 villagers fled." not in out["text"]
    assert "About 3,000 villagers " in out["text"]
    # a place fled is kept, the flight told as being driven from it
    assert ("Some 400 families have been driven from Tavrel" in out["text"]
            or "Some 400 families have been forced from Tavrel" in out["text"])
    noun = {**DOC, "text": "About 1,200 displaced people live in tents.",
            "casualties": [casualty("About 1,200 displaced people", "displaced", 1200,
                                    group="people")],
            "dates": [], "statements": []}
    moved, _ = _moved("displaced", noun)
    assert moved["text"] == "About 1,200 people displaced by the fighting live in tents."


def test_held_keeps_the_captors_or_asks_for_the_capture_nearby() -> None:
    out, sites = _moved("held")
    assert sites.touched == 2
    assert ("Twelve pupils are still held by gunmen." in out["text"]
            or "Twelve pupils remain in the hands of gunmen." in out["text"])
    # "Gunmen attacked" two sentences before is too far; "kidnapped" is the verb replaced,
    # but the sentence before names the abduction
    assert ("Four farmers are still being held." in out["text"]
            or "Four farmers remain in captivity." in out["text"])
    alone = {**DOC, "text": "The road was closed. Four farmers were kidnapped.",
             "casualties": [casualty("Four farmers were kidnapped", "captured", 4,
                                     group="farmers")],
             "dates": [], "statements": []}
    moved, sites = _moved("held", alone)
    assert moved["text"] == alone["text"] and sites.skipped == 1
    police = {**alone, "text": "Four farmers were seized by police.",
              "casualties": [casualty("Four farmers were seized", "captured", 4, group="farmers")]}
    moved, sites = _moved("held", police)
    assert moved["text"] == police["text"] and sites.skipped == 1


def test_detained_tells_the_arrest_as_its_state_only_beside_an_arrest() -> None:
    out, sites = _moved("detained")
    assert sites.touched == 1
    assert any(f"Eight students {w}." in out["text"] for w in pst.DETAINED_WORDINGS)
    alone = {**DOC, "text": "The road was closed. Eight students were detained.",
             "casualties": [casualty("Eight students were detained", "arrested", 8,
                                     group="students")],
             "dates": [], "statements": []}
    moved, sites = _moved("detained", alone)
    assert moved["text"] == alone["text"] and sites.skipped == 1
    # a time after the event would not fit the state; one person takes the singular
    dated = {**alone, "text": "Eight students were detained on Sunday, police said."}
    moved, sites = _moved("detained", dated)
    assert moved["text"] == dated["text"] and sites.skipped == 1
    one = {**alone, "text": "Police said a student was detained.",
           "casualties": [casualty("a student was detained", "arrested", 1, group="student")]}
    moved, _ = _moved("detained", one)
    assert any(f"a student {w}." in moved["text"] for w in pst.DETAINED_ONE_WORDINGS)


def test_missing_avoids_since_before_a_time() -> None:
    out, sites = _moved("missing")
    assert sites.touched == 1
    assert "Two fishermen are missing" not in out["text"]
    went = {**DOC, "text": "Two fishermen went missing on Friday.",
            "casualties": [casualty("Two fishermen went missing", "missing", 2, group="fishermen")],
            "dates": [], "statements": []}
    for seed in range(6):
        doc = {**went, "doc_id": f"fict-state-{seed}"}
        moved, _ = _moved("missing", doc)
        assert "since on Friday" not in moved["text"]


def test_a_set_is_scored_and_lost_figures_listed(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fict.jsonl"
    write_set(path, DOC)
    scores, lost = pst.measure_set(path, list(pst.TRANSFORMS))
    assert set(scores) == {"none", *pst.TRANSFORMS}
    assert scores["none"].tp + scores["none"].fn == len(DOC["casualties"])
    assert all(s.tp + s.fn == len(DOC["casualties"]) for s in scores.values())
    assert all(x.transform in pst.TRANSFORMS for x in lost)
    assert pst.main([str(path), "--transform", "missing", "--lost"]) == 0
    printed = capsys.readouterr().out
    assert "pooled" in printed and "touched" in printed


def test_displaced_may_tell_the_flight_as_a_leaving() -> None:
    # (round en136) the leaving is among the wordings of every tense that has one, and a
    # set of seeds reaches it with the count kept before it
    assert "left for {place}" in pst.DISPLACED_WORDINGS["past"]
    assert "have left for {place}" in pst.DISPLACED_WORDINGS["perfect"]
    assert "had abandoned their orchards" in pst.DISPLACED_WORDINGS["pluperfect"]
    seen = set()
    for seed in range(40):
        doc = {**DOC, "doc_id": f"fict-leave-{seed}"}
        moved, _ = _moved("displaced", doc)
        text = moved["text"]
        if "About 3,000 villagers left for " in text or (
                "About 3,000 villagers abandoned their fields" in text):
            seen.add("past")
        if "Some 400 families have left for " in text:
            seen.add("perfect")
        assert_carried(doc, moved)
    assert seen


def test_journey_tells_the_flight_by_the_move_that_followed_it() -> None:
    # (round en141) only a displaced verb group whose clause ends or an adjunct follows is
    # swapped; "have fled Tavrel" keeps its place fled and is skipped
    out, sites = _moved("journey")
    assert sites.touched == 1 and sites.skipped == 1
    assert "About 3,000 villagers fled." not in out["text"]
    assert "Some 400 families have fled Tavrel" in out["text"]
    told = [w.format(place="X", refuge="Y").split(" X")[0].split(" Y")[0]
            for w in pst.JOURNEY_WORDINGS["past"]]
    assert any(f"About 3,000 villagers {w}" in out["text"] for w in told)
    assert_carried(DOC, out)


def test_journey_has_a_wording_for_every_tense_of_the_flight() -> None:
    assert set(pst.JOURNEY_WORDINGS) == set(pst.DISPLACED_WORDINGS)
    present = {**DOC, "text": "Gunmen attacked Tavrel. About 3,000 villagers are displaced.",
               "casualties": [casualty("About 3,000 villagers are displaced", "displaced",
                                       3000, group="villagers")],
               "dates": [], "statements": []}
    out, sites = _moved("journey", present)
    assert sites.touched == 1
    assert any(f"About 3,000 villagers {w}." in out["text"]
               for w in pst.JOURNEY_WORDINGS["present"])
    assert_carried(present, out)


def test_care_tells_the_hurt_by_their_stay_in_hospital_after_violence() -> None:
    out, sites = _moved("care")
    assert sites.touched == 1
    assert "Three guards were wounded" not in out["text"]
    assert any(f"Three guards {w} in the attack" in out["text"] for w in pst.CARE_WORDINGS["past"])
    one = {**DOC, "text": "A bomb hit the market. One vendor has been injured.",
           "casualties": [casualty("One vendor has been injured", "wounded", 1, group="vendor")],
           "dates": [], "statements": []}
    out, sites = _moved("care", one)
    assert sites.touched == 1 and "One vendor has been " in out["text"]
    assert_carried(one, out)


def test_care_skips_a_stay_in_hospital_with_no_violence_told() -> None:
    calm = {**DOC, "text": "The storm passed. Four hikers were hurt.",
            "casualties": [casualty("Four hikers were hurt", "wounded", 4, group="hikers")],
            "dates": [], "statements": []}
    out, sites = _moved("care", calm)
    assert sites.touched == 0 and sites.skipped == 1 and out["text"] == calm["text"]


def test_between_puts_words_between_copula_and_state() -> None:
    out, sites = _moved("between")
    assert sites.touched == 1
    assert "Two fishermen are missing" not in out["text"]
    told = [w.format(be="are") for w in pst.BETWEEN_WORDINGS]
    assert any(f"Two fishermen {w}, the mayor said" in out["text"] for w in told)
    # one person keeps the singular, and a past tense stays past
    one = {**DOC, "text": "One diver went missing after the raid.",
           "casualties": [casualty("One diver went missing", "missing", 1, group="diver")],
           "dates": [], "statements": []}
    moved, _ = _moved("between", one)
    assert any(f"One diver {w.format(be='was')} after" in moved["text"]
               for w in pst.BETWEEN_WORDINGS)
    # a verb that takes what follows is left alone
    taken = {**one, "text": "One diver went missing from the boat."}
    moved, sites = _moved("between", taken)
    assert moved["text"] == taken["text"] and sites.skipped == 1
