"""Probes of the ninety-eighth English round (issue 11): the weakest sets' statements.

Words a reader or the page's own correspondent sent, quoted after a colon (en-49 missed
'A reader in Karonga, who asked us not to use her name, sends this: "..."', en-48 'A
reader in Convencion sent us this message: "..."', en-44 '19:30 Our correspondent at the
camps: "..."'): no verb of saying stands before the colon; sending the words to the page
is saying them, and "this" points at the quote. The page's correspondent or a reader may
stand alone before the colon when a time opens the entry. Any other label before a colon
(a banner, "Latest figures"), a thing sent that is no quote, and the page's own "we" stay
out.

A request about one's own name put to the reporters (en-49's "who asked us not to use her
name" was read as the reader's words; en-2, en-31, en-32, en-33 and en-35 read "asked
that her name be withheld" as no speech): what the source asked is only that it stay
unnamed. A request to others about anything else ("asked residents not to use the
bridge") is still a demand.

Teams placed where they work report (en-44 missed "Our teams in the area report that",
en-43 "Our teams in Nekemte report that"; en-42 reads "Our teams in Potiskum say"): a
plural of groups of people before "report that" is its subject, as "Aid workers in
Kalemie report that" already is; "report" as a noun after "teams" stays a noun.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

_WATER = "The water is at our door. We have moved to the roof"

STATEMENT_MEMBERS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # words sent to a live page, after "sends this:" or "sent us this message:"
    ("LIVE: Floods in Tete\n10:05 - A reader in Moatize sends this: \"The water is at our "
     "door. We have moved to the roof.\"\n09:00 - Good morning and welcome.",
     [("A reader in Moatize", _WATER)]),
    ("Live: Floods in Tete. 10:05 - A reader in Moatize sent us this message: \"The water "
     "is at our door. We have moved to the roof.\" We could not verify it. 09:00 - Good "
     "morning.",
     [("A reader in Moatize", _WATER)]),
    # the page's correspondent alone before the colon, in an entry opened by its time
    ("LIVE: Floods in Tete\n10:05 Our correspondent in Moatize: \"The water is at our door. "
     "Families are sleeping on the roofs.\"\n09:00 - Good morning and welcome.",
     [("Our correspondent in Moatize",
       "The water is at our door. Families are sleeping on the roofs")]),
    # ... and the sender's request about her own name is no statement of hers
    ("LIVE: Floods in Tete\n10:05 - A reader in Moatize, who asked us not to use her name, "
     "sends this: \"The water is at our door. We have moved to the roof.\"\n09:00 - Good "
     "morning.",
     [("A reader in Moatize", _WATER)]),
    ("A nurse, who asked the Herald not to print her full name, said 12 people had died.",
     [("A nurse", "12 people had died")]),
    # teams placed where they work, then "report that"
    ("Heavy rain fell for a week. Our teams in the area report that at least 14 people have "
     "drowned.",
     [("Our teams in the area", "at least 14 people have drowned")]),
    ("Heavy rain fell for a week. Our teams in Moatize report that new families arrive "
     "every day.",
     [("Our teams in Moatize", "new families arrive every day")]),
    ("Rescue squads at the site report that nine bodies were found.",
     [("Rescue squads at the site", "nine bodies were found")]),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a label before the colon that is no teller: a banner's words, a heading
    ("LIVE: Floods in Tete\n10:05 - The banner at the school gate: \"No soldiers here. This "
     "is a school.\"\n09:00 - Good morning and welcome.", []),
    ("LIVE: Floods in Tete\n10:05 - Latest figures: \"At least 14 dead, 300 homes "
     "destroyed.\"\n09:00 - Good morning and welcome.", []),
    # a thing sent that is no quote, and the page's own voice sending
    ("A reader in Moatize sent us this photograph of the flooded road.", []),
    ("LIVE: Floods in Tete\n10:05 - We sent this message to the governor: \"Where are the "
     "boats? People are waiting on the roofs.\"\n09:00 - Good morning.", []),
    ("The mayor sent this letter to the ministry. \"We need help now,\" she said.",
     [("The mayor", "We need help now")]),
    # a request to others about anything but the source's name is still a demand
    ("Police asked residents not to use the bridge.",
     [("Police", "residents not to use the bridge")]),
    # "report" as a noun after "teams"
    ("The teams report was published on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected
