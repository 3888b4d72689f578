"""A quote mark after a space with nothing but white space after it (a text cut after an
opening mark) once raised IndexError in the quoted-count reader of English 220, and each
mark copied the rest of the text to read its next word."""

from __future__ import annotations

from workbench.core.extract import extract
from workbench.core.extract.casualty_scare_quotes import unquote_groups


def test_an_opening_mark_before_only_white_space_reads_nothing_and_raises_nothing() -> None:
    for text in ('Police said " ', 'Police said “ \n', 'He said "\t'):
        assert unquote_groups(text) == text
        assert extract(text, None, language="en")["casualties"] == []


def test_a_quoted_count_with_its_noun_still_reads() -> None:
    r = extract('The group said it had taken "two pilots" prisoner.', None, language="en")
    assert [(f["outcome"], f["count_low"]) for f in r["casualties"]] == [("captured", 2)]
