"""A feature's many "he says" and "she says" over the same few persons are read in time
in proportion to the text: the sex the text gives a person is asked once per name, not
once per mention for every pronoun, and a word opening many sentences is looked up as a
name once per document. Every sentence is fictional."""

from __future__ import annotations

import time

from workbench.core.extract import extract
from workbench.core.extract import statement_pronouns as SP
from workbench.core.extract import statement_text_sex as TS

_FEATURE = ('Her husband, Daniel Okoro, is a fisherman. "He says the fish are back now," '
            'Farida Okoro says. "He told me the river was safe," she says. ')
_OWNER = ('Others, like Annette Browne, carry flasks of tea. Browne\'s nephew was shot in '
          'May. "We wait," she says. ')


def test_the_sex_of_a_name_is_read_once_per_document(monkeypatch) -> None:
    text = _FEATURE * 200
    calls = []
    real = TS._read_mentions
    monkeypatch.setattr(TS, "_read_mentions", lambda t, n: calls.append(n) or real(t, n))
    TS._mentions_by_name.cache_clear()
    for at in range(0, len(text), 97):
        TS.text_sex(text, "Daniel Okoro", at)
    assert calls == ["Daniel Okoro"]
    # each call asks no more than a constant: the mentions are not walked again
    walked = []
    monkeypatch.setattr(TS, "_mention_sexes",
                        lambda t, n: walked.append(n) or real(t, n))
    TS._mentions_by_name.cache_clear()
    TS._first_sexes_by_name.cache_clear()
    for at in range(0, len(text), 97):
        TS.text_sex(text, "Daniel Okoro", at)
    assert len(walked) == 1


def test_the_sex_of_a_name_is_as_before() -> None:
    text = _FEATURE + "Later Daniel Okoro said his boat was gone."
    assert TS.text_sex(text, "Daniel Okoro", 0) is None
    assert TS.text_sex(text, "Daniel Okoro", len(text)) == "he"
    both = "Her son, Sam Lee, came. His wife Sam Lee left. "
    assert TS.text_sex(both, "Sam Lee", len(both)) is None
    assert TS.text_sex(both, "Sam Lee", 20) == "he"
    assert TS.text_sex(both, "Nobody", len(both)) is None
    assert TS.text_sex(both, "", len(both)) is None


def test_a_word_opening_many_sentences_is_looked_up_once(monkeypatch) -> None:
    text = _OWNER * 300
    finds = []
    real = str.find

    class Counting(str):
        def find(self, *a):  # type: ignore[override]
            finds.append(1)
            return real(self, *a)

    counted = Counting(text)
    SP._name_places.cache_clear()
    starts = [i for i in range(len(text)) if text.startswith("Others", i)]
    for at in starts:
        assert SP._written_as_name(counted, "Others", at) is False
    assert len(finds) <= 2 * len(starts) + 10
    # a name written inside a sentence once is a name at every other place
    named = "Rent is high. Okello left. We met Okello there."
    SP._name_places.cache_clear()
    assert SP._written_as_name(named, "Okello", named.index("Okello")) is True
    assert SP._written_as_name(named, "Rent", 0) is False
    alone = "We met Okello there."
    assert SP._written_as_name(alone, "Okello", alone.index("Okello")) is False


def _seconds(text: str) -> float:
    best = 9e9
    for _ in range(2):
        started = time.process_time()
        extract(text)
        best = min(best, time.process_time() - started)
    return best


def test_a_feature_of_many_pronouns_is_read_in_proportion() -> None:
    for unit in (_FEATURE, _OWNER):
        extract(unit * 4)
        short, long = _seconds(unit * 60), _seconds(unit * 480)
        assert long < 14 * short + 0.2, (unit[:20], short, long)
