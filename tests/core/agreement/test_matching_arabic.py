"""Arabic words with harakat are one word each, in matching and in the presence measure.

A vowel sign (fatha, damma, kasra, sukun, shadda...) is a combining mark, not a letter or
digit: the token pattern cut "قُتِلوا" into five tokens (ق, the damma, ت, the kasra, لوا),
so a vocalised word weighed as several words."""

from __future__ import annotations

from tests.core.agreement.conftest import add_doc
from workbench.core.agreement import agreement_report
from workbench.core.agreement.matching import tokens
from workbench.core.ops.annotations import annotate_quote

# Fictional: "Shelling killed 4 in Kafr Mishki and wounded 9 there." with the village's
# name written with its vowels, as a careful report spells a little-known place.
VILLAGE = "كَفْرَمِشْكِي"
TEXT = f"القصف قتل 4 في {VILLAGE} وجرح 9 هناك.\n"


def test_a_vocalised_word_is_one_token():
    assert [TEXT[s:e] for s, e in tokens(TEXT)] == [
        "القصف", "قتل", "4", "في", VILLAGE, "وجرح", "9", "هناك", "."]
    assert [("قُتِلوا")[s:e] for s, e in tokens("قُتِلوا")] == ["قُتِلوا"]


def test_harakat_do_not_outweigh_shared_words(project):
    # Ben's "قتل 4 في كَفْرَمِشْكِي" (4 words) shares 2 of 4 words with Amal's "قتل 4"
    # (0.5) and 1 of 6 with her "كَفْرَمِشْكِي وجرح 9" (0.17); counted in tokens, the
    # village's 13 letters and marks made the second share 13 of 18 and the killed
    # figure was compared with the wounded one.
    doc = add_doc(project, TEXT, "qasf.txt")
    project.coder = "amal"
    annotate_quote(project, doc, "casualty", "قتل 4",
                   {"outcome": "killed", "count_best": 4, "qualifier": "exact"})
    annotate_quote(project, doc, "casualty", f"{VILLAGE} وجرح 9",
                   {"outcome": "wounded", "count_best": 9, "qualifier": "exact"})
    project.coder = "ben"
    annotate_quote(project, doc, "casualty", f"قتل 4 في {VILLAGE}",
                   {"outcome": "killed", "count_best": 4, "qualifier": "exact"})
    report = agreement_report(project, kinds=["casualty"])
    outcome = next(m for m in report.measures if m.measure == "outcome")
    assert (outcome.alpha, outcome.agreement, outcome.units) == (None, 1.0, 1)
    assert sorted(d.what for d in report.disagreements) == ["missing", "span"]
    presence = next(m for m in report.measures if m.level == "nominal"
                    and m.measure not in ("outcome", "qualifier"))
    assert presence.units == 9  # the text's words and its full stop, once each
