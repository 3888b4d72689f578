"""The sentence a check ends with, as the command line and the window both print it."""

from __future__ import annotations

from workbench.core.verify import VerifyReport


def test_one_of_each_is_singular() -> None:
    report = VerifyReport(originals=1, documents=1, annotations=1, log_entries=1,
                          problems=["document 1: its text is not valid UTF-8."])
    assert report.summary() == ("1 document, 1 original, 1 annotation, 1 log entry checked: "
                                "1 problem found.")


def test_many_are_plural_with_thousands_marked() -> None:
    report = VerifyReport(originals=2, documents=1200, annotations=0, log_entries=5)
    assert report.summary() == ("1,200 documents, 2 originals, 0 annotations, 5 log entries "
                                "checked: all intact.")
    report.problems.extend(["a", "b"])
    assert report.summary().endswith("checked: 2 problems found.")
