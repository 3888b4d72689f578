"""bench/blind/perturb_lexical_ar.py's subject transform: a passive outcome verb before
its count moved after the counted phrase, on fictional documents."""

from __future__ import annotations

from tests.perturb_bench import casualty, load

lexical = load("perturb_lexical_ar")

# Fictional reports: the places and the events are made up for these tests.
TEXT = ("قتل خمسة أشخاص في قصف على بلدة الوادي مساء الأحد، وأصيب 12 آخرون بجروح.\n"
        "وقالت المصادر إن القوات اعتقلت تسعة شبان.")
DOC = {
    "doc_id": "fict-subject-ar-1", "source": "fiction", "published": "2024-03-04",
    "text": TEXT,
    "casualties": [
        casualty("قتل خمسة أشخاص", "killed", 5, group="أشخاص"),
        casualty("وأصيب 12 آخرون", "wounded", 12, group="آخرون"),
        casualty("اعتقلت تسعة شبان", "arrested", 9, group="شبان"),
    ],
    "dates": [],
    "statements": [],
}


def _one(text: str, *entries: dict) -> dict:
    return {**DOC, "text": text, "casualties": list(entries)}


def test_subject_moves_the_passive_verb_after_the_counted_phrase():
    out = lexical.transform_doc(DOC, "subject")
    assert out["text"].startswith("خمسة أشخاص قتلوا في قصف")
    assert "و12 آخرون أصيبوا بجروح" in out["text"]
    evidence = [e["evidence"] for e in out["casualties"]]
    assert evidence[0].startswith("خمسة أشخاص")
    assert evidence[1].startswith("و12 آخرون")
    # an active verb with its subject before the count is left alone
    assert evidence[2] == "اعتقلت تسعة شبان"
    assert out["_edited"]


def test_subject_leaves_a_feminine_plural_and_a_coordinated_group():
    women = _one("قتل ثلاث نساء في القصف.", casualty("قتل ثلاث نساء", "killed", 3, group="نساء"))
    assert lexical.transform_doc(women, "subject")["text"] == women["text"]
    pair = _one("قتل خمسة جنود وثلاثة مدنيين في الهجوم.",
                casualty("قتل خمسة جنود", "killed", 5, group="جنود"))
    assert lexical.transform_doc(pair, "subject")["text"] == pair["text"]


def test_subject_is_deterministic():
    assert lexical.transform_doc(DOC, "subject")["text"] == lexical.transform_doc(
        DOC, "subject")["text"]
