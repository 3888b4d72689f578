"""An exchange sentence looks only at the arrests inside it (issue 11, review of Arabic
160): a long report of many exchanges and many arrests looked at every figure of the
report for each exchange sentence, and grew with the square of its length.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import time

from workbench.core.extract.ar.casualties import find_casualties_ar

_UNIT = "وشملت صفقة التبادل 10 أسرى. واعتقلت القوات 5 شبان. "


def _best(text: str) -> float:
    best = float("inf")
    for k in range(5):
        t0 = time.perf_counter()
        find_casualties_ar(text + " " * k)
        best = min(best, time.perf_counter() - t0)
    return best


def test_a_long_report_of_exchanges_grows_in_step_with_its_length() -> None:
    short = _UNIT * (8000 // len(_UNIT))
    long = _UNIT * (128000 // len(_UNIT))
    _best(short)  # (warm the caches)
    # sixteen times the text: 16 to 19 times the time now, about 35 before (best of five
    # runs each, so that a loaded machine's pauses do not decide)
    assert _best(long) / _best(short) < 30


def test_an_arrest_among_the_exchanged_is_still_a_capture() -> None:
    text = ("شملت صفقة التبادل 23 أسيرا، وبينهم أربعة مدنيين اعتقلوا عند نقاط التفتيش. "
            "واعتقلت الشرطة 3 شبان في السوق.")
    got = [(f["outcome"], f["count_low"]) for f in find_casualties_ar(text)]
    assert ("captured", 4) in got and ("arrested", 3) in got
