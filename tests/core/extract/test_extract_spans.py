"""The shared per-document context: sentence offsets, lower-casing, trigger positions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import extract
from workbench.core.extract.spans import Document, document, lowered, split_sentences
from workbench.core.extract.triggers import CASUALTY, SPEECH, triggers


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sentence_offsets_point_into_the_text() -> None:
    text = "Headline: two hurt\n  Gunmen killed 3 people.  Police said so!\tThen quiet?"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Headline: two hurt", "Gunmen killed 3 people.",
                                       "Police said so!", "Then quiet?"]
    for s in sents:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_abbreviations_initials_and_lower_case_do_not_end_a_sentence() -> None:
    assert _texts("Gen. Amos Tarn met Mr. Lode on Sept. 7 in the city. They spoke.") == [
        "Gen. Amos Tarn met Mr. Lode on Sept. 7 in the city.", "They spoke."]
    assert _texts("The U.S. Army left. J. Harlow stayed.") == [
        "The U.S. Army left.", "J. Harlow stayed."]
    assert _texts("It was 5 p.m. local time. Then rain.") == [
        "It was 5 p.m. local time.", "Then rain."]


def test_long_words_before_a_capital_end_a_sentence_and_quotes_stay_with_it() -> None:
    # Six letters before the dot: decided by the pattern alone.
    assert _texts('He warned. "Leave now," the colonel shouted. Residents fled.') == [
        "He warned.", '"Leave now," the colonel shouted.', "Residents fled."]
    assert _texts('Troops withdrew." Later they came back.') == [
        'Troops withdrew."', "Later they came back."]
    assert _texts("Shelling continued.\nNothing else") == ["Shelling continued.",
                                                          "Nothing else"]


def test_document_is_shared_and_finds_the_sentence_of_an_offset() -> None:
    text = "One two three. Four five six.  Seven."
    doc = document(text)
    assert document(text) is doc
    assert isinstance(doc, Document) and doc.low == text.lower()
    assert doc.starts == [s.start for s in doc.sentences] == [0, 15, 31]
    assert doc.sentence_start(0) == 0
    assert doc.sentence_start(20) == 15
    assert doc.sentence_start(29) == 31  # between two sentences: the next one
    assert doc.sentence_start(len(text) + 5) == len(text) + 5


def test_lowered_keeps_offsets_when_a_letter_grows() -> None:
    text = "İstanbul: 3 killed"
    assert len(lowered(text)) == len(text)
    assert lowered(text).endswith("3 killed")


def test_triggers_are_cached_on_the_document_and_sorted_by_engine() -> None:
    text = "Police said gunmen killed two guards. Officials said they wounded four."
    found = triggers(text)
    assert found is triggers(text)
    assert found[CASUALTY] == tuple(sorted(found[CASUALTY]))
    assert [text[p:p + 4] for p in found[SPEECH]] == ["said", "said"]
    assert [text[p:p + 6] for p in found[CASUALTY]] == ["killed", "wounde"]


def test_date_openers_leave_the_next_word_a_candidate() -> None:
    res = extract("Talks are due next Sat 3 Oct 2015. Two days ago 12 soldiers left.",
                  "2015-09-01")
    assert [(d["text"], d["value"]) for d in res["dates"]] == [
        ("Sat 3 Oct 2015", "2015-10-03"), ("Two days ago", "2015-08-30")]


_PIECES = ["Rebels said", " the town fell.", " Dr. Sorn", " left", "!", "?", "\n", "  ", ".",
           " U.S. troops", " \"Go.\"", " 12", " killed"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.lists(st.integers(-2, 200),
                                                                max_size=10))
def test_holding_lists_the_sentences_that_contain_a_position(pieces: list[str],
                                                             positions: list[int]) -> None:
    # The plain way: ask every sentence whether one of the positions lies inside it.
    doc = Document("".join(pieces))
    plain = [i for i, s in enumerate(doc.sentences)
             if any(s.start <= p < s.end for p in positions)]
    assert doc.holding(positions) == plain
    assert doc.holding(sorted(positions, reverse=True)) == plain
