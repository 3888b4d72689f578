"""The four letters case-blind matching takes for ASCII ones (ſ, the Kelvin sign, İ, ı)
neither stop ``extract()`` nor change what it finds: the engines read them as the ASCII
letters, and every span keeps its offsets and the document's own text.

Before, a rule that looked a matched word up by its lowered spelling raised a KeyError
("remaın mıssıng", "laſt year"), in five places of the casualty and date engines.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from workbench.core.extract import extract

BLIND = Path(__file__).resolve().parents[3] / "bench" / "blind"
# Each stands for the letter of its own case, so the folded text is the original again.
AS_OUTLIER = {"s": "\u017f", "K": "\u212a", "i": "\u0131", "I": "\u0130"}


def _spans(result: dict) -> dict:
    return {kind: [(i["start"], i["end"]) for i in items] for kind, items in result.items()}


def _sprinkle(text: str, rng: random.Random, share: float) -> str:
    return "".join(AS_OUTLIER[c] if c in AS_OUTLIER and rng.random() < share else c
                   for c in text)


@pytest.mark.parametrize("text", [
    "Fighting killed 4 people. About 300 families remain displaced and two remain missing.",
    "Police arrested 12 protesters. Five people remain in custody, police said.",
    "The militia freed 9 of the 23 truck drivers they seized last month.",
    "The attack on 2 January last year killed 5 people.",
    "Gunmen kidnapped 7 villagers. Officials said on Monday that 6 people died in September"
    " last year.",
])
@pytest.mark.parametrize("seed", range(12))
def test_outlier_letters_read_as_ascii(text: str, seed: int) -> None:
    odd = _sprinkle(text, random.Random(seed), 0.3)
    got = extract(odd, "2026-10-20", "en")
    assert _spans(got) == _spans(extract(text, "2026-10-20", "en"))
    for items in got.values():
        for item in items:
            assert item["text"] == odd[item["start"]:item["end"]]


def test_blind_documents_with_outlier_letters_give_what_they_gave() -> None:
    rng = random.Random(7)
    lines = (BLIND / "en-1.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    for line in lines:
        doc = json.loads(line)
        odd = _sprinkle(doc["text"], rng, 0.2)
        assert _spans(extract(odd, doc["published"], "en")) == _spans(
            extract(doc["text"], doc["published"], "en")), doc["doc_id"]


def test_a_turkish_place_name_keeps_its_letters_in_the_suggestion() -> None:
    text = "Shelling killed 3 people in \u0130dlib on Friday, the Syrian Observatory said."
    got = extract(text, "2026-10-20", "en")
    assert [i["text"] for i in got["casualties"]] == ["killed 3 people"]
    assert all("Idlib" not in i["text"] for items in got.values() for i in items)
