"""bench/blind/perturb_count.py: each count transform's edits on a fictional document,
the gold carried with its new qualifier and bounds, and a set scored."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tests.perturb_bench import casualty, fiction_doc, load, write_set

count = load("perturb_count")


_doc = partial(fiction_doc, doc_id="fict-count-1")


PLAIN = _doc("Gunmen stormed Varosk on Sunday, killing five villagers. Police arrested "
             "12 men in the town.",
             casualty("killing five villagers", "killed", 5),
             casualty("arrested 12 men", "arrested", 12))


def _find(doc: dict, name: str) -> dict:
    return count.transform_doc(doc, name)


def test_qualifier_gives_a_plain_count_a_qualifier_and_carries_it():
    out = _find(PLAIN, "qualifier")
    assert out["text"] != PLAIN["text"]
    for entry in out["casualties"]:
        assert entry["evidence"] in out["text"]
        assert entry["qualifier"] in {"at_least", "more_than", "up_to", "about", "range"}
        if entry["qualifier"] == "range":
            assert entry["count_high"] > entry["count_low"]
            assert " to " in entry["evidence"]
        else:
            assert entry["count_high"] is None
    assert [e["count_low"] for e in out["casualties"]] == [5, 12]
    # the untransformed document keeps its gold
    assert PLAIN["casualties"][0]["qualifier"] == "exact"


def test_qualifier_makes_a_qualified_count_plain():
    doc = _doc("At least 14 people were killed on Sunday.",
               casualty("At least 14 people were killed", "killed", 14, "at_least"))
    out = _find(doc, "qualifier")
    assert out["text"] == "14 people were killed on Sunday."
    assert out["casualties"][0]["qualifier"] == "exact"
    assert out["casualties"][0]["evidence"] == "14 people were killed"


def test_qualifier_capitalises_a_new_opening_and_leaves_what_is_no_plain_count():
    doc = _doc("Five soldiers were wounded. The five were flown out. Two men and three "
               "women were held.",
               casualty("Five soldiers were wounded", "wounded", 5),
               casualty("three women were held", "captured", 3))
    out = _find(doc, "qualifier")
    first = out["casualties"][0]["evidence"]
    assert (first[0].isupper() and "five soldiers" in first.lower()) or " to " in first
    assert "The five were flown out" in out["text"]  # no gold entry
    assert out["casualties"][1]["evidence"] == "three women were held"  # after "and"


def test_additive_keeps_the_count_and_its_exactness():
    out = _find(PLAIN, "additive")
    words = ("another", "more", "further", "other", "additional")
    for entry in out["casualties"]:
        assert any(w in entry["evidence"].split() for w in words)
        assert entry["qualifier"] == "exact"
    assert [e["count_low"] for e in out["casualties"]] == [5, 12]


def test_total_writes_a_total_and_a_toll_raised():
    doc = _doc("A blast killed nine people, bringing up nothing. Rebels shelled the town, "
               "raising the death toll to 40. The death toll rose to 41 on Monday.",
               casualty("killed nine people", "killed", 9),
               casualty("death toll to 40", "killed", 40),
               casualty("death toll rose to 41", "killed", 41))
    out = _find(doc, "total")
    assert "killed a total of nine people" in out["text"]
    assert "bringing the death toll to 40" in out["text"]
    assert "the number of dead rose to 41" in out["text"].lower()
    assert [e["count_low"] for e in out["casualties"]] == [9, 40, 41]


def test_total_leaves_a_sub_group():
    doc = _doc("Nine people were killed, including two children.",
               casualty("Nine people were killed", "killed", 9),
               casualty("including two children", "killed", 2))
    out = _find(doc, "total")
    assert "including two children" in out["text"]


def test_partitive_puts_of_the_or_an_adjective_inside():
    docs = [_doc("Gunmen killed five villagers on Sunday.",
                 casualty("killed five villagers", "killed", 5), doc_id=f"fict-{i}")
            for i in range(12)]
    seen = {count.transform_doc(d, "partitive")["casualties"][0]["evidence"] for d in docs}
    assert seen == {"killed five of the villagers", "killed five local villagers"}
    # a thing after the count is no people
    doc = _doc("Gunmen burned five houses.", casualty("burned five houses", "killed", 5))
    assert _find(doc, "partitive")["text"] == doc["text"]


def test_vague_swaps_the_word_and_carries_its_value():
    doc = _doc("Dozens of people were wounded. Several people were detained.",
               casualty("Dozens of people were wounded", "wounded", 24, "vague"),
               casualty("Several people were detained", "arrested", 3, "vague"))
    out = _find(doc, "vague")
    first, second = out["casualties"]
    assert first["evidence"].split(" people")[0] in {"Scores of", "Several dozen"}
    assert first["count_low"] == {"Scores of": 40, "Several dozen": 36}[
        first["evidence"].split(" people")[0]]
    assert second["evidence"].split(" people")[0] in {"A few", "A handful of"}
    assert second["count_low"] == 2
    assert all(e["qualifier"] == "vague" for e in out["casualties"])


def test_vague_keeps_of_before_a_determiner():
    doc = _doc("The coalition said dozens of its supporters were arrested.",
               casualty("dozens of its supporters were arrested", "arrested", 24, "vague"))
    out = _find(doc, "vague")
    assert "several dozen its" not in out["text"]


def test_a_set_is_scored(tmp_path: Path, capsys) -> None:
    path = tmp_path / "fict.jsonl"
    write_set(path, PLAIN)
    assert count.main([str(path), "--lost"]) == 0
    out = capsys.readouterr().out
    lines = [line.split() for line in out.splitlines() if line.startswith("pooled")]
    assert [row[1] for row in lines] == ["none", *count.TRANSFORMS]
    none = lines[0]
    assert none[2:5] == ["2", "0", "0"]
    touched = {row[1]: int(row[5]) for row in lines}
    assert touched["qualifier"] == 2 and touched["additive"] == 2


def test_help_runs(capsys) -> None:
    try:
        count.main(["--help"])
    except SystemExit as done:
        assert done.code == 0
    assert "--lost" in capsys.readouterr().out
