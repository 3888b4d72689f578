"""Arabic statements (issue 11): a profession written before a name in commas after a
title ("وقال مدير المركز، الطبيب فلان بن فلان الفلاني، إن") is a form of address, as
"الدكتور" and "المهندس" are, and does not count against the name's length; so a
four-word name after "الطبيب" or "المحامية" is still the speaker's name. Before, the
speaker was the title alone, which a gold entry given to the name does not match.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مدير المركز، الطبيب معتز حامد ضو النور، إن القذائف أصابت قاعة الغسيل.',
     [('مدير المركز، الطبيب معتز حامد ضو النور', 'القذائف أصابت قاعة الغسيل')]),
    ('وقالت رئيسة هيئة الدفاع، المحامية سلمى عادل بن يوسف، إن الجلسة أجلت إلى الشهر المقبل.',
     [('رئيسة هيئة الدفاع، المحامية سلمى عادل بن يوسف', 'الجلسة أجلت إلى الشهر المقبل')]),
    ('وقال مدير المستشفى، الطبيبة هالة سعيد عبد الرحيم، إن الجرحى نقلوا إلى العاصمة.',
     [('مدير المستشفى، الطبيبة هالة سعيد عبد الرحيم', 'الجرحى نقلوا إلى العاصمة')]),
])
def test_a_profession_before_a_long_name_is_no_word_of_the_name(text, expected):
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short name after the profession read before and reads the same
    ('وقال مدير المركز، الطبيب معتز حامد، إن القذائف أصابت قاعة الغسيل.',
     [('مدير المركز، الطبيب معتز حامد', 'القذائف أصابت قاعة الغسيل')]),
    # a profession with no name after it in the commas stays no name
    ('وقال مدير المركز، وهو طبيب، إن القذائف أصابت قاعة الغسيل.',
     [('مدير المركز', 'القذائف أصابت قاعة الغسيل')]),
])
def test_what_read_before_reads_the_same(text, expected):
    assert ar_statements(text) == expected
