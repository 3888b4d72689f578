"""The review of the third session of 5 December 2026 (issue 11): inputs that broke
``extract`` in that session's new steps, each failing before its fix.

* ``casualty_slips.mend_slips`` looked each swapped outcome word up by its lowered form; a
  letter that case-blind matching folds but lowering keeps ("ſ", "İ") matched the pattern
  and was missing from the table (KeyError).
* ``ar.normalise._MARKED_DUAL`` let the tatweel stand both as a letter and as a mark, so a
  word with a long run of it was split every way before the match failed (minutes for
  thirty, in a text that had a marked dual anywhere).
"""

from __future__ import annotations

import signal
import threading

import pytest

from workbench.core.extract import extract


@pytest.mark.parametrize(("odd", "outcome"), [("arrſeted", "arrested"),
                                              ("İnjrued", "wounded")])
def test_slip_with_a_folded_letter_does_not_raise(odd: str, outcome: str) -> None:
    text = f"Two tourists were woudned. Three men were {odd} in Tolva."
    found = extract(text, language="en")["casualties"]
    # the true slip is still mended; the odd word is read with the ASCII letter its letter
    # stands for ("case_outliers"), so its slip is mended too, in the document's own letters
    assert [(f["text"], f["outcome"]) for f in found] == [
        ("Two tourists were woudned", "wounded"), (f"Three men were {odd}", outcome)]


def test_slip_with_kelvin_sign_still_mended() -> None:
    # (the Kelvin sign lowers to "k": a slip of the table, mended as before)
    text = "Two tourists were woudned. Three men were \u212aidanpped in Tolva."
    found = extract(text, language="en")["casualties"]
    assert [f["outcome"] for f in found] == ["wounded", "captured"]


def _within(seconds: float, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    """``fn(*args, **kwargs)``, failing the test if it runs longer than ``seconds``."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not (
            threading.main_thread()):
        pytest.skip("needs SIGALRM in the main thread")

    def stop(*_: object) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*args, **kwargs)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def test_tatweel_run_beside_a_marked_dual_is_quick() -> None:
    text = ("قال مسؤول إن الهجوم أسفر عن مقتل مواطنَين وجرح آخرين في "
            "الـ" + "ـ" * 40 + "ـقرية")
    found = _within(20, extract, text, language="ar")["casualties"]
    assert [(f["text"], f["outcome"], f["count_low"]) for f in found] == [
        ("مقتل مواطنَين", "killed", 2)]
