"""bench/blind/perturb_lexical.py: each lexical transform's edits on a fictional
document, the gold carried through them, and a set scored."""

from __future__ import annotations

from tests.perturb_bench import casualty, load, write_set

lexical = load("perturb_lexical")

TEXT = ("Gunmen kill four in Varosk raid\n"
        "VAROSK (Reuters) - Four people were killed by gunmen on Sunday. Three soldiers were "
        "injured by shrapnel and two farmers were hit by stray bullets. Police said nine "
        "suspects were arrested, and 12 traders were kidnapped on the road.")


DOC = {
    "doc_id": "fict-lex-1", "source": "fiction", "published": None, "text": TEXT,
    "casualties": [
        casualty("Four people were killed", "killed", 4),
        casualty("Three soldiers were injured", "wounded", 3),
        casualty("two farmers were hit by stray bullets", "wounded", 2),
        casualty("nine suspects were arrested", "arrested", 9),
        casualty("12 traders were kidnapped", "captured", 12),
    ],
    "dates": [{"evidence": "Sunday", "value": None}],
    "statements": [{"speaker": "Police", "evidence": "nine suspects were arrested"}],
}


def _moved(name: str) -> dict:
    return lexical.transform_doc(DOC, name)


def _evidence(doc: dict) -> list[str]:
    return [e["evidence"] for e in doc["casualties"]]


def test_people_swaps_the_counted_noun_and_the_agent():
    out = _moved("people")
    evidence = _evidence(out)
    assert evidence[0].split()[1] in {"civilians", "residents", "villagers"}
    assert evidence[1] == "Three troops were injured"
    assert "by gunmen" not in out["text"]
    assert any(f"by {w}" in out["text"] for w in ("armed men", "unidentified attackers"))


def test_number_makes_one_and_carries_the_count():
    out = _moved("number")
    assert _evidence(out)[0] == "A person was killed"
    assert _evidence(out)[1] == "A soldier was injured"
    assert [e["count_low"] for e in out["casualties"]] == [1, 1, 2, 1, 12]
    # a count after "and" may be one a list shares, and is left alone
    assert _evidence(out)[4] == "12 traders were kidnapped"
    # the untransformed document keeps its gold
    assert DOC["casualties"][0]["count_low"] == 4


def test_number_leaves_a_bounded_count():
    doc = dict(DOC, text="At least five people were killed.",
               casualties=[casualty("At least five people were killed", "killed", 5)],
               dates=[], statements=[])
    doc["casualties"][0]["qualifier"] = "at_least"
    assert lexical.transform_doc(doc, "number")["text"] == doc["text"]


def test_determiner_makes_the_instrument_one():
    out = _moved("determiner")
    assert "injured by a piece of shrapnel" in out["text"]
    assert _evidence(out)[2] == "two farmers were hit by a stray bullet"


def test_verb_swaps_within_the_family_and_is_seeded():
    out = _moved("verb")
    evidence = _evidence(out)
    assert evidence[0].endswith(("shot dead", "slain"))
    assert evidence[1].endswith(("wounded", "hurt"))
    assert evidence[3].split()[-1] in {"detained", "up", "custody"}
    assert evidence[4].split()[-1] in {"abducted", "seized", "taken"}
    assert _moved("verb")["text"] == out["text"]


def test_every_transform_keeps_the_gold_in_the_text():
    for name in lexical.TRANSFORMS:
        out = _moved(name)
        for kind in ("casualties", "dates", "statements"):
            for entry in out[kind]:
                assert entry["evidence"] in out["text"]


def test_a_set_is_scored(tmp_path):
    path = tmp_path / "fict.jsonl"
    write_set(path, DOC)
    totals, lost = lexical.measure(path, ["people", "verb"])
    assert set(totals) == {"none", "people", "verb"}
    base = totals["none"]
    assert base.tp + base.fn == len(DOC["casualties"])
    assert totals["verb"].edited == 1
    for x in lost:
        assert x.entry["evidence"] in x.sentence


def test_harm_tells_the_wounded_by_the_harm_and_the_missing_by_a_vanishing():
    text = ("Five people were wounded in the blast on Monday and two fishermen are missing. "
            "Three soldiers were injured by shrapnel.")
    doc = {"doc_id": "fict-lex-2", "source": "fiction", "published": None, "text": text,
           "casualties": [casualty("Five people were wounded", "wounded", 5),
                          casualty("two fishermen are missing", "missing", 2),
                          casualty("Three soldiers were injured", "wounded", 3)],
           "dates": [], "statements": []}
    out = lexical.transform_doc(doc, "harm")
    evidence = _evidence(out)
    assert evidence[0].startswith("Five people ")
    assert evidence[0][len("Five people "):] in lexical.HARM_RECEIVED
    assert evidence[1].split()[-1] in {"vanished", "disappeared", "missing"}
    assert "are missing" not in evidence[1]
    # a passive with its agent after it is left
    assert evidence[2] == "Three soldiers were injured"
    assert lexical.transform_doc(doc, "harm")["text"] == out["text"]
