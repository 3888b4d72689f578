"""A quotation answered with "رد" by a spokesman: the "باسم" of his title is no act.

"رد" with a ب-noun after its subject replies by an act ("رد المسلحون بقصف البلدة"), so
such a quotation is not the subject's words. "باسم" was meant to be left out of that
test, but its name was bound twice in the module and the second binding (the name
particles "بن"، "أبو" ...) replaced it: every reply by "المتحدث باسم ..." was lost.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

QUOTE = '"لن نسكت على هذا القصف"'


@pytest.mark.parametrize("speaker", [
    "المتحدث باسم الحركة",
    "الناطق باسم الجيش العقيد سامر الحلبي",
])
def test_a_reply_by_a_spokesman_is_his_words(speaker):
    assert ar_statements(f"{QUOTE}، رد {speaker}.") == [(speaker, "لن نسكت على هذا القصف")]


def test_a_reply_by_a_name_with_bin_is_still_his_words():
    assert ar_statements(f"{QUOTE}، رد محمد بن راشد.") == [
        ("محمد بن راشد", "لن نسكت على هذا القصف")]


def test_a_reply_by_an_act_is_no_statement():
    assert ar_statements(f"{QUOTE}، رد المسلحون بقصف البلدة.") == []
