"""Direction per document and per paragraph, and the offline language guess."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workbench.core.importers import detect_direction, detect_language, paragraph_directions
from workbench.core.importers.direction import SAMPLE_CHARS, has_both_directions

ARABIC = "قال المتحدث إن ثلاثة مدنيين قتلوا في القصف"
ENGLISH = "The spokesman said three civilians were killed in the shelling"


def test_document_direction() -> None:
    assert detect_direction(ARABIC) == "rtl"
    assert detect_direction(ENGLISH) == "ltr"
    assert detect_direction("שלום עולם") == "rtl"  # Hebrew is R, Arabic is AL
    assert detect_direction("12345 -- 2024") == "ltr"  # no strong letters: default
    assert detect_direction("") == "ltr"


def test_mixed_text_counts_letters() -> None:
    # An English sentence quoting one Arabic word stays left-to-right and vice versa.
    assert detect_direction(f"The word {ARABIC.split()[0]} means said") == "ltr"
    assert detect_direction(f"{ARABIC} (BBC)") == "rtl"


def test_paragraph_directions_for_mixed_paragraphs() -> None:
    text = f"{ENGLISH}\n\n{ARABIC}\n2024-03-05\n{ENGLISH}"
    paras = paragraph_directions(text)
    assert [d for _, _, d in paras] == ["ltr", "rtl", "ltr", "ltr"]
    assert [text[a:b] for a, b, _ in paras] == [ENGLISH, ARABIC, "2024-03-05", ENGLISH]


def test_neutral_paragraph_takes_document_direction() -> None:
    text = f"{ARABIC}\n١٢٣ - 45\n{ARABIC}"
    assert [d for _, _, d in paragraph_directions(text)] == ["rtl", "rtl", "rtl"]


@given(st.text(alphabet=st.sampled_from("ab ق ل\n.5"), max_size=60))
def test_paragraph_spans_are_exact(text: str) -> None:
    for start, end, direction in paragraph_directions(text):
        assert 0 <= start < end <= len(text)
        assert "\n" not in text[start:end] and text[start:end].strip()
        assert direction in ("ltr", "rtl")


def test_languages() -> None:
    assert detect_language(ARABIC) == "ar"
    assert detect_language(ENGLISH + " and the army said that it was not there.") == "en"
    assert detect_language("Le ministre a déclaré que les frappes sont dans la ville.") == "fr"
    assert detect_language("El ministro dijo que los ataques fueron por la noche.") == "es"
    assert detect_language("Der Minister sagte, dass die Angriffe nicht in der Stadt sind.") == "de"
    assert detect_language("Вчера вечером в городе") is None
    assert detect_language("OK") is None
    assert detect_language("") is None


@given(st.text(alphabet=st.sampled_from("ab ق ל\n.5\u200f"), max_size=60))
def test_both_directions_agrees_with_the_paragraph_list(text: str) -> None:
    directions = {d for _, _, d in paragraph_directions(text)}
    assert has_both_directions(text) == (len(directions) > 1)


def test_the_right_to_left_blocks_hold_every_right_to_left_letter() -> None:
    import sys
    import unicodedata

    from workbench.core.importers.direction import _MAYBE_RTL

    missing = [cp for cp in range(sys.maxunicode + 1)
               if unicodedata.bidirectional(chr(cp)) in ("R", "AL")
               and not _MAYBE_RTL.match(chr(cp))]
    assert missing == []



def test_a_long_text_is_judged_on_its_first_paragraphs() -> None:
    text = f"{ENGLISH}\n" * 50 + ARABIC
    assert has_both_directions(text)
    assert not has_both_directions(text, sample=len(ENGLISH) * 10)


def test_no_ascii_character_is_a_right_to_left_letter() -> None:
    # detect_direction and has_both_directions settle an ASCII text without a search.
    import unicodedata

    from workbench.core.importers.direction import _MAYBE_RTL

    assert not [c for c in map(chr, range(128))
                if unicodedata.bidirectional(c) in ("R", "AL") or _MAYBE_RTL.match(c)]


@given(st.text(alphabet=st.sampled_from("ab Z7\t\n.ق ל\u200fé"), max_size=40))
def test_the_direction_is_what_counting_the_letters_gives(text: str) -> None:
    import unicodedata
    from collections import Counter

    counts = Counter(map(unicodedata.bidirectional, text[:SAMPLE_CHARS]))
    want = "rtl" if counts["R"] + counts["AL"] > counts["L"] else "ltr"
    assert detect_direction(text) == want
