"""The language guess's quicker way for ASCII texts gives what the general way gives."""

from __future__ import annotations

import json
import random
import re
import string
from collections import Counter
from pathlib import Path

import pytest

from workbench.core.importers import language
from workbench.core.importers.language import detect_language

ROOT = Path(__file__).resolve().parents[3]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

_WORD = re.compile(r"[^\W\d_]+")


def guess_before(text: str) -> str | None:
    """The guess as it was before ASCII texts had their own way, kept as the reference."""
    sample = text[: language.SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))
    if letters == 0:
        return None
    if len(language._ARABIC.findall(sample)) / letters >= 0.5:
        return "ar"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 3:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in stop.intersection(counts))
              for lang, stop in language._STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 2 or ranked[0] < 1.5 * ranked[1] or ranked[0] / len(words) < 0.05:
        return None
    return best


def _random_texts(seed: int, alphabet: str, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(n)]


def _random_word_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    vocabulary = ["the", "The", "OF", "and", "und", "Der", "die", "que", "EL", "les", "x",
                  "9", "a_b", "it's", "été", "İstanbul", "ΟΔΟΣ", "كتب", "²", "report"]
    return [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 25)))
            for _ in range(n)]


def test_demo_texts_get_the_same_guess() -> None:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "resources" / "demo").glob("*.md"))]
    assert len(texts) >= 8
    guesses = [detect_language(t) for t in texts]
    assert guesses == [guess_before(t) for t in texts]
    assert {"en", "ar"} <= set(guesses)  # both ways were taken


def test_random_texts_get_the_same_guess() -> None:
    ascii_texts = _random_texts(1, string.printable + "the of and le que der " * 3, 4000)
    mixed = _random_texts(2, "abcdeİıΣσßéü \n.,'\u0627\u0644\u0645\u0660\u060c the le 1²_", 4000)
    words = _random_word_texts(3, 4000)
    texts = ascii_texts + mixed + words
    assert sum(t.isascii() for t in texts) > 4000 and sum(not t.isascii() for t in texts) > 4000
    assert [detect_language(t) for t in texts] == [guess_before(t) for t in texts]
    assert {detect_language(t) for t in words} >= {"en", "de", None}


def test_an_ascii_text_is_guessed_without_the_word_pattern(monkeypatch) -> None:
    class Refuse:
        def findall(self, _text: str) -> list[str]:
            raise AssertionError("the regex was used")

    monkeypatch.setattr(language, "_WORD", Refuse())
    assert detect_language("The report said that the talks were held in the capital.") == "en"


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="the shared corpus is not beside us")
def test_shared_corpus_texts_get_the_same_guess() -> None:
    texts = [json.loads(line)["text"] for f in sorted(SHARED_CORPUS.glob("*.jsonl"))
             for line in f.read_text("utf-8").splitlines() if line.strip()]
    assert texts
    assert [detect_language(t) for t in texts] == [guess_before(t) for t in texts]
