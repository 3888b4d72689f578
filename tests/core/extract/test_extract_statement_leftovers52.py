"""Statement leftovers of the twenty-fifth session (issue 11): a body plural with no "s"
("police", "the military", "staff") as the whole subject of a plain present that reports
only before "that" ("confirm", "admit", "claim"), with its article or where it serves:
"The police confirm that ...", "Police in Borno state confirm that ..." (briefed from
en-139). The "-s" plurals were read already ("Officials in Kano state confirm that").

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

BODY_PRESENT = [
    ("Police confirm that a bus hit a mine near the village.", "Police",
     "a bus hit a mine near the village"),
    ("Police in Borno state confirm that a passenger bus hit an explosive device near Kalani.",
     "Police in Borno state", "a passenger bus hit an explosive device near Kalani"),
    ("The police claim that the driver ignored the warning signs.", "The police",
     "the driver ignored the warning signs"),
    ("The military in Upper Nile admit that two soldiers died in the ambush.",
     "The military in Upper Nile", "two soldiers died in the ambush"),
    ("Staff at the clinic confirm that two children died overnight.", "Staff at the clinic",
     "two children died overnight"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), BODY_PRESENT)
def test_a_body_plural_without_s_reports_in_the_plain_present(
        text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "The police report that was leaked on Friday gave a toll of nine.",
    "A police report that gave the number of dead as nine was wrong.",
    "Police confirm the death of two men.",
    "The police confirm four deaths.",
    "A military claim that the town had fallen was denied within the hour.",
])
def test_nouns_and_objects_after_a_body_stay_unread(text: str) -> None:
    assert statement_words(text) == []


# A headline's "adds" with a counted gain and where it goes, to the line's end with no verb
# (briefed from en-141): a gain, not words. A count with a verb or an outcome after it is
# still a report.
@pytest.mark.parametrize("headline", [
    "Dhaka adds 14 checkpoints around camps after gang clashes",
    "Ministry adds 200 beds at main hospital in Goma",
    "Council adds 30 guards along the river road",
])
def test_a_headline_gain_with_its_place_is_no_statement(headline: str) -> None:
    assert statement_words(headline + "\nKALANI (Reuters) - The works began on Monday.") == []


@pytest.mark.parametrize(("headline", "words"), [
    ("Army adds 20 soldiers in the north were killed", "20 soldiers in the north were killed"),
    ("UN adds 12 dead near border camps", "12 dead near border camps"),
])
def test_a_headline_report_after_adds_still_reads(headline: str, words: str) -> None:
    got = statement_words(headline + "\nKALANI (Reuters) - The works began on Monday.")
    assert got[:1] == [(headline.split()[0], words)]
