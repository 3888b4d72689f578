"""bench/blind/perturb_lexical_ar.py's present transform: a displaced figure's verb of
flight after its count told in the present, on fictional documents."""

from __future__ import annotations

from tests.perturb_bench import casualty, load

lexical = load("perturb_lexical_ar")

# Fictional reports: the places and the events are made up for these tests.
TEXT = ("عشرات العائلات غادرت قرية السهل بعد القصف، ونحو 600 شخص فروا نحو الجبال.\n"
        "وقتل خمسة أشخاص في الهجوم، وفر مئات السكان من الحي.")
DOC = {
    "doc_id": "fict-present-ar-1", "source": "fiction", "published": "2024-05-06",
    "text": TEXT,
    "casualties": [
        casualty("عشرات العائلات غادرت", "displaced", 24, qualifier="vague", group="العائلات"),
        casualty("نحو 600 شخص فروا", "displaced", 600, qualifier="about", group="شخص"),
        casualty("قتل خمسة أشخاص", "killed", 5, group="أشخاص"),
        casualty("فر مئات السكان", "displaced", 200, qualifier="vague", group="السكان"),
    ],
    "dates": [],
    "statements": [],
}


def test_present_tells_the_flight_after_its_count_in_the_present():
    out = lexical.transform_doc(DOC, "present")
    evidence = [e["evidence"] for e in out["casualties"]]
    assert evidence[0] == "عشرات العائلات تغادر"
    assert evidence[1] == "نحو 600 شخص يفرون"
    # a toll and a verb before its count keep their words
    assert evidence[2] == "قتل خمسة أشخاص"
    assert evidence[3] == "فر مئات السكان"
    assert [e["outcome"] for e in out["casualties"]] == ["displaced", "displaced", "killed",
                                                          "displaced"]
    assert out["_edited"]


def test_present_is_deterministic():
    assert lexical.transform_doc(DOC, "present")["text"] == lexical.transform_doc(
        DOC, "present")["text"]
