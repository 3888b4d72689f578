"""A month's year read from the words before it never takes half a word.

The Arabic date rules read the clause in a window of characters before a month. A word
the window's start cut in two was read as a whole one: "المستقبل" ("the future") cut to
"قبل" ("before") was taken for a deadline, and after a warning ("حذر ... من ان") the
deadline rule then looked for that "قبل" in the whole sentence, found none, and the
suggestion run for the document stopped with a ValueError.
"""

from __future__ import annotations

from workbench.core.extract import extract

# The deadline rule reads the 60 characters before the month.
_WINDOW = 60


def _warning_with_cut_word() -> str:
    """A warning whose 60 characters before the month start inside "المستقبل", right at
    its "قبل", with four whole words after it."""
    lead = "حذر رئيس الاتحاد من ان المستقبل "
    words = "الاستثماراتالكبيرة المتراكمةالسابقة الحكوميةالمعطلة "
    filler = "و" + "ا" * (_WINDOW - len("قبل ") - len(words) - 2) + " "
    text = lead + words + filler + "أيلول."
    month = text.index("أيلول")
    assert text[month - _WINDOW:].startswith("قبل ")  # the window cuts the word at "قبل"
    return text


def test_a_word_cut_by_the_window_does_not_stop_the_run():
    found = extract(_warning_with_cut_word(), "2020-06-01", language="ar")
    assert [d["text"] for d in found["dates"]] == ["أيلول"]


def test_where_the_window_cuts_does_not_change_the_reading():
    # The same sentence with a word of the same length in which no "قبل" hides.
    cut = _warning_with_cut_word()
    plain = cut.replace("المستقبل", "المستوطن")
    values = [extract(t, "2020-06-01", language="ar")["dates"] for t in (cut, plain)]
    assert [d["value"] for d in values[0]] == [d["value"] for d in values[1]]


def test_a_whole_deadline_after_a_warning_still_looks_ahead():
    text = "حذر رئيس الاتحاد من ان المحاصيل مهددة بالتلف قبل نهاية أيلول."
    found = extract(text, "2020-06-01", language="ar")
    assert [d["value"] for d in found["dates"]] == ["2020-09"]
