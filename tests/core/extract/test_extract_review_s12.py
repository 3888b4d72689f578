"""The review of the fourth session of 5 December 2026 (issue 11): inputs that broke
``extract``, found by a fuzz of the blind sets, each failing before its fix.

* ``numbers.word_value`` took any word ``float()`` takes as a numeral: "inf", "nan" and
  "infinity" gave an infinite or undefined value that ``round`` refused (OverflowError,
  ValueError), so "A nan man was killed." raised.
* An English count right after an opening quote at a sentence's end ('had killed "fifteen')
  read the empty slice after it as a closing quote, and the figure ran one character past
  the text.
* The Arabic "ورد" at a document's end looked at the token after it (IndexError).
* An Arabic article standing alone before a definite numeral ("ال الاثنين") was tested as a
  noun of no letters (IndexError).
* An Arabic reported clause of a mark alone at the document's end ("قال إن ,", a headline
  ending on a colon, "رفح يناشد: ") was trimmed to no words and its span read from the
  token past the last (IndexError).
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


@pytest.mark.parametrize("text", [
    "A nan man was killed.",
    "Her cousin lost both legs in an attack inf.",
    "An Infinity officer was wounded.",
])
def test_float_words_are_no_numerals(text: str) -> None:
    extract(text, language="en")  # raised OverflowError or ValueError


def test_nan_read_as_a_word() -> None:
    found = extract("A nan man was killed.", language="en")["casualties"]
    assert [(f["text"], f["outcome"], f["count_low"]) for f in found] == [
        ("A nan man was killed", "killed", 1)]


@pytest.mark.parametrize("text", [
    'He said the group had killed "fifteen',
    'He said the group had killed "at least fifteen',
])
def test_quoted_count_at_the_end_stays_in_the_text(text: str) -> None:
    for f in extract(text, language="en")["casualties"]:
        assert 0 <= f["start"] <= f["end"] <= len(text)
        assert text[f["start"]:f["end"]] == f["text"]


def test_quoted_count_with_its_closing_quote_unchanged() -> None:
    text = 'The spokesman said the group had killed "at least fifteen" soldiers.'
    found = extract(text, language="en")["casualties"]
    assert [(f["text"], f["count_low"]) for f in found] == [
        ('killed "at least fifteen" soldiers', 15)]


@pytest.mark.parametrize("text", ["ورد", "ووثقت الشبكة مقتل 11 قابلة، حسبما ورد"])
def test_warad_at_the_end_does_not_raise(text: str) -> None:
    extract(text, language="ar")


def test_lone_article_before_a_definite_numeral_does_not_raise() -> None:
    extract("قتلوا ال الاثنين في الهجوم", language="ar")


@pytest.mark.parametrize("text", ["قال ان ,", "وأضاف أن ،", "رفح يناشد: ",
                                  "وقال الوزير إن الاشتباكات انتهت، مشيرا الى ان ,"])
def test_clause_of_a_comma_alone_does_not_raise(text: str) -> None:
    found = extract(text, language="ar")["statements"]
    assert all(f["text"].strip(" ,،") for f in found)


def test_clause_before_the_empty_one_kept() -> None:
    text = "وقال الوزير إن الاشتباكات انتهت، مشيرا الى ان ,"
    found = extract(text, language="ar")["statements"]
    assert [f["text"] for f in found] == ["الاشتباكات انتهت"]
