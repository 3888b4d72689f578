"""bench/blind/perturb_clause.py: each clause transform's rewrites on a fictional document,
the gold carried through them (the count kept, the evidence cut from the new words), the
sentences it cannot rewrite left alone, and a set scored."""

from __future__ import annotations

from tests.perturb_bench import casualty, load, write_set

clause = load("perturb_clause")

TEXT = ("Gunmen kill five in Varosk raid\n"
        "VAROSK (Reuters) - Five villagers were killed by gunmen on Sunday. Gunmen stormed a "
        "market in the town of Lesk. Three traders were wounded. Two farmers were killed in "
        "an attack on the village of Dorn. Police said nine suspects were arrested. Bandits "
        "abducted 12 travellers near the river.")


DOC = {
    "doc_id": "fict-clause-1", "source": "fiction", "published": None, "text": TEXT,
    "casualties": [
        casualty("Five villagers were killed", "killed", 5),
        casualty("Three traders were wounded", "wounded", 3),
        casualty("Two farmers were killed", "killed", 2),
        casualty("nine suspects were arrested", "arrested", 9),
        casualty("abducted 12 travellers", "captured", 12),
    ],
    "dates": [{"evidence": "Sunday", "value": None}],
    "statements": [{"speaker": "Police", "evidence": "nine suspects were arrested"}],
}


def _moved(name: str, doc: dict = DOC) -> tuple[dict, object]:
    plan = clause.Plan()
    return clause.transform_doc(doc, name, None, plan), plan


def _evidence(doc: dict) -> list[str]:
    return [e["evidence"] for e in doc["casualties"]]


def test_active_makes_the_agent_the_subject_and_gives_a_harm_one():
    out, plan = _moved("active")
    assert "Gunmen killed five villagers on Sunday." in out["text"]
    evidence = _evidence(out)
    assert evidence[0] == "killed five villagers"
    assert evidence[1] == "wounded three traders"
    assert any(f"{a[:1].upper() + a[1:]} wounded three traders." in out["text"]
               for a in clause.AGENTS)
    # an arrest is no perpetrator's harm: no agent is made up for it
    assert evidence[3] == "nine suspects were arrested"
    assert plan.touched == 3


def test_passive_makes_the_object_the_subject():
    out, plan = _moved("passive")
    assert "12 travellers were abducted by bandits near the river." in out["text"]
    assert _evidence(out)[4] == "12 travellers were abducted"
    assert plan.touched == 1


def test_passive_agrees_with_one_and_keeps_the_perfect():
    text = "Gunmen have killed a shepherd near Tarn."
    doc = dict(DOC, text=text, casualties=[casualty("killed a shepherd", "killed", 1)],
               dates=[], statements=[])
    out, _ = _moved("passive", doc)
    assert out["text"] == "A shepherd has been killed by gunmen near Tarn."


def test_participle_joins_the_plain_figure_to_its_event():
    out, plan = _moved("participle")
    assert "Gunmen stormed a market in the town of Lesk, " in out["text"]
    assert _evidence(out)[1] in {"wounding three traders", "three traders wounded"}
    assert "Three traders were wounded" not in out["text"]
    assert plan.touched == 1


def test_participle_needs_an_event_before_and_no_speech():
    text = "X\nThe mayor said the town was calm. Three traders were wounded."
    doc = dict(DOC, text=text, casualties=[casualty("Three traders were wounded", "wounded", 3)],
               dates=[], statements=[])
    out, plan = _moved("participle", doc)
    assert out["text"] == text and plan.touched == 0


def test_relative_makes_the_event_the_subject():
    out, _ = _moved("relative")
    new = _evidence(out)[2]
    assert new == "killed two farmers"
    assert ("An attack on the village of Dorn killed two farmers." in out["text"]
            or "Officials condemned an attack on the village of Dorn that killed two farmers."
            in out["text"])


def test_aspect_keeps_the_figure_and_is_seeded():
    out, _ = _moved("aspect")
    evidence = _evidence(out)
    assert evidence[0].startswith("Five villagers ") and evidence[0].endswith(" killed")
    assert "were killed" not in evidence[0]
    assert evidence[4] == "abducted 12 travellers"
    assert _moved("aspect")[0]["text"] == out["text"]


def test_the_count_and_outcome_are_carried_and_the_source_kept():
    for name in clause.TRANSFORMS:
        out, _ = _moved(name)
        assert [(e["outcome"], e["count_low"], e["qualifier"]) for e in out["casualties"]] == [
            (e["outcome"], e["count_low"], e["qualifier"]) for e in DOC["casualties"]]
        for entry in out["casualties"]:
            assert entry["evidence"] in out["text"]
    assert DOC["text"] == TEXT


def test_a_set_is_scored(tmp_path):
    path = tmp_path / "fict.jsonl"
    write_set(path, DOC)
    totals, lost = clause.measure(path, ["active", "aspect"])
    assert set(totals) == {"none", "active", "aspect"}
    base = totals["none"]
    assert base.tp + base.fn == len(DOC["casualties"])
    assert totals["active"].touched == 3
    for x in lost:
        assert x.entry["evidence"] in x.sentence


def test_participle_joins_a_when_clause_before_its_outcome():
    text = ("X\nAt least 23 people were killed when gunmen attacked the village of Gwarn, "
            "police said.")
    doc = dict(DOC, text=text, dates=[], statements=[],
               casualties=[casualty("At least 23 people were killed", "killed", 23)])
    doc["casualties"][0]["qualifier"] = "at_least"
    out, plan = _moved("participle", doc)
    assert plan.touched == 1
    assert out["text"].startswith("X\nGunmen attacked the village of Gwarn, ")
    assert out["text"].endswith("at least 23 people, police said.") or out["text"].endswith(
        "at least 23 people dead, police said.")
    assert _evidence(out)[0] in {"killing at least 23 people", "at least 23 people dead"}


def test_a_coordinated_second_figure_moves_with_the_first():
    text = "X\nAt least eight people were killed and 26 wounded in the shelling of Tarn."
    doc = dict(DOC, text=text, dates=[], statements=[], casualties=[
        casualty("At least eight people were killed", "killed", 8),
        casualty("26 wounded", "wounded", 26)])
    out, _ = _moved("relative", doc)
    assert out["text"].endswith("the shelling of Tarn that killed at least eight people and "
                                "wounded 26.") or out["text"].endswith(
        "\nThe shelling of Tarn killed at least eight people and wounded 26.")
    assert _evidence(out) == ["killed at least eight people", "wounded 26"]
    out, _ = _moved("active", doc)
    assert _evidence(out) == ["killed at least eight people", "wounded 26"]
    assert out["text"].endswith(
        " killed at least eight people and wounded 26 in the shelling of Tarn.")


def test_whose_puts_a_relative_of_a_thing_before_the_verb():
    out, plan = _moved("whose")
    text = out["text"]
    evidence = _evidence(out)
    assert any(f"Five villagers {w} were killed by gunmen" in text for w in clause.WHOSE_THINGS)
    assert evidence[0].startswith("Five villagers whose ") and evidence[0].endswith(
        "were killed")
    assert evidence[3].startswith("nine suspects whose ")
    # an active figure has no counted subject to put a relative after
    assert evidence[4] == "abducted 12 travellers"
    assert plan.touched == 4


def test_whose_leaves_a_bare_count_and_a_coordinated_member_alone():
    text = "Three were killed. Two farmers and four soldiers were wounded."
    doc = dict(DOC, text=text, casualties=[casualty("Three were killed", "killed", 3),
                                           casualty("four soldiers were wounded", "wounded", 4)],
               dates=[], statements=[])
    out, plan = _moved("whose", doc)
    assert out["text"] == text
    assert plan.touched == 0
