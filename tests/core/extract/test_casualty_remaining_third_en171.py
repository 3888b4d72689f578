"""English probes, round en171 (issue 11): one more person told by "a third" with a rescue
that names its rescuer or a gapped cause of care, the rest of the arrested told by the
court's next step, and people held right after a captive's release; with the look-alikes
that must stay unread, among them a speaker described by a relative clause whose "said"
reports the others' fate.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import short_figures

FIGURES: list[tuple[str, list[tuple[str, int]]]] = [
    # "a third" with its own outcome: a rescue with a harm, the rescuer named
    ("Two men were beaten to death by the mob in Sarama, and a third was rescued by police "
     "with a broken leg.", [("killed", 2), ("wounded", 1)]),
    ("Three traders were shot dead and a fourth was rescued by soldiers with serious "
     "injuries.", [("killed", 3), ("wounded", 1)]),
    ("A boy was rescued by the army with a broken arm.", [("wounded", 1)]),
    # ... the verb of care shared, the cause of the one more's care after "for"
    ("Two were treated for burns and a third for gunshot wounds.",
     [("wounded", 2), ("wounded", 1)]),
    ("Five guards were treated for smoke inhalation and a sixth for a head wound.",
     [("wounded", 5), ("wounded", 1)]),
    # the rest of the arrested before the court
    ("A court released 15 of the 48 people detained during the protests on bail. The "
     "remaining 33 are due before a judge on Monday.",
     [("arrested", 15), ("arrested", 48), ("arrested", 33)]),
    ("Police arrested 40 students on Friday. Twelve were freed overnight and the other 28 "
     "are due in court on Tuesday.", [("arrested", 40), ("arrested", 12), ("arrested", 28)]),
    ("Of the 60 people arrested, 25 were released on Saturday; the remaining 35 will be "
     "tried next week.", [("arrested", 60), ("arrested", 25), ("arrested", 35)]),
    # a bare count held right after the captive's release: the captors, under arrest
    ("Girl kidnapped at Tolva market found safe; two held",
     [("arrested", 2)]),
    ("Hostage freed unharmed, three held", [("arrested", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_reads(text: str, expected: list[tuple[str, int]]) -> None:
    got = Counter((o, n) for _, o, n in short_figures(text))
    assert got == Counter(expected)


UNREAD: list[tuple[str, list[tuple[str, int]]]] = [
    # a rescue with no harm, or with company, is no wound
    ("Two men were beaten to death by the mob, and a third was rescued by police.",
     [("killed", 2)]),
    ("A boy was rescued by the army with his brother.", []),
    # "for" after the dead or after no figure gives no one more
    ("Two were jailed for life and a third for ten years.", []),
    ("Two soldiers were killed and a third for good measure.", [("killed", 2)]),
    # a trial of people never counted as arrested, or the rest of things
    ("Six suspects will be tried next week.", []),
    ("The floods destroyed 40 houses; the remaining 20 will be tried.", []),
    ("Police arrested 40 students. The remaining 28 are due to arrive on Monday.",
     [("arrested", 40)]),
    ("Some 300 families returned home. The remaining 150 families are still in camps.", []),
    # the captives still held stay captives; held after a capture told without release too
    ("Three hostages freed; 30 still held", [("captured", 3), ("captured", 30)]),
    ("Gunmen seize 12 pupils; six still held", [("captured", 12), ("captured", 6)]),
    # a speaker described by a relative clause: the reported clause has its own subject
    ("A Libyan who reached the site said some were injured.", []),
    ("A man who came back from the border said others were missing.", []),
    ("Seven were injured and a Sudanese man who was brought back from the desert said "
     "others were missing.", [("wounded", 7)]),
    ("A Sudanese man who was brought back told reporters two were wounded.", [("wounded", 2)]),
    # ... while a relative clause with no saying still reaches the verb after it
    ("Two men who stayed behind to guard the herd were found dead.", [("killed", 2)]),
    ("A Sudanese man who was brought back from the desert was missing.", [("missing", 1)]),
    # captured towns and weapons stay unread
    ("Troops captured the town of Marra on Sunday.", []),
    ("Police captured 40 rifles and two trucks.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNREAD)
def test_stays_unread(text: str, expected: list[tuple[str, int]]) -> None:
    got = Counter((o, n) for _, o, n in short_figures(text))
    assert got == Counter(expected)
