"""Probes of the eighty-third English round (issue 11): the thirty-seventh set's
statements and dates.

A communiqué's "informs <the public> that ...", read as "told" is read, whatever the
form of the official who informs: two offices of one holder joined by a comma ("The
Ministry of State, Ministry of Defence informs national and international opinion that
..."), a long title that "told" would cut ("The Minister Delegate at the Presidency in
charge of Defence informs ..."), and a phrase set off in commas right after "that" ("The
Ministry of the Interior informs the public that, by executive decree, a state of
exception has been declared ..."). Main gave nothing for each (en-37, en-30, en-25). The
subject found before the verb is now the speaker even when the stand-in reading ("X told
the public that ...") would name only the title's last words, a title may run on after a
comma when both parts are an official's title, and "that," may open the words.

A strike, protest or meeting called in the present perfect for a weekday: "Several
organisations have called a 12-hour bandh in the district on Friday" (en-37) is the Friday
ahead; main read it as the Friday just past. The present perfect names no past day for the
call itself, so the day is the event's (as in "have called a meeting for Wednesday", read
already on en-31). The simple past ("called a strike on Friday", which may tell when the
call was made) and a day that belongs to another noun between ("a strike over the killing
of a driver on Friday") stay behind.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import EN_PUBLISHED, statement_words
from workbench.core.extract.dates import find_dates

INFORMING_MEMBERS: list[tuple[str, list]] = [
    ("The Minister of State, Minister of Security informs national and international "
     "opinion that a patrol was ambushed near Tessa on Sunday night.",
     [("The Minister of State, Minister of Security",
       "a patrol was ambushed near Tessa on Sunday night")]),
    ("The Minister Delegate at the Presidency in charge of Security informs the public "
     "that the border post at Vell was reopened on Monday.",
     [("The Minister Delegate at the Presidency in charge of Security",
       "the border post at Vell was reopened on Monday")]),
    ("The Ministry of Transport informs road users that, because of the floods, the bridge "
     "at Kessa will stay closed until Friday.",
     [("The Ministry of Transport",
       "because of the floods, the bridge at Kessa will stay closed until Friday")]),
    ("The Agency informs drivers that, from Monday, the ferry will not run.",
     [("The Agency", "from Monday, the ferry will not run")]),
]

INFORMING_LOOK_ALIKES: list[tuple[str, list]] = [
    # the double title with no informing verb: no words
    ("The Minister of State, Minister of Security visited the wounded at the hospital in "
     "Orlo.", []),
    # a list of several subjects, not one holder's titles
    ("The mayor, the police and the army informed residents that the curfew had ended.",
     []),
    # a thing reminds too: no speaking source
    ("The burned houses reminded visitors that, for all the talk of peace, the war is "
     "near.", []),
    # informed of a thing, with no clause
    ("The Ministry of Transport informs road users of the closure of the bridge at Kessa.",
     []),
    # a long title that "told" reads whole keeps its reading
    ("The Deputy Minister at the Presidency in charge of Security informs the public that "
     "the road between Vell and Orlo has reopened to traffic.",
     [("The Deputy Minister at the Presidency in charge of Security",
       "the road between Vell and Orlo has reopened to traffic")]),
    # "that" with no comma keeps its reading
    ("The Agency informs drivers that the ferry will not run from Monday.",
     [("The Agency", "the ferry will not run from Monday")]),
]


@pytest.mark.parametrize(("text", "expected"), [*INFORMING_MEMBERS, *INFORMING_LOOK_ALIKES])
def test_informing_communique(text: str, expected: list) -> None:
    assert statement_words(text) == expected


# (EN_PUBLISHED is a Monday, 10 April 2017)
CALLED_MEMBERS: list[tuple[str, list]] = [
    ("Transport unions have called a 24-hour strike across the province on Thursday.",
     [("Thursday", "2017-04-13")]),
    ("The opposition has called for a rally in the capital on Saturday.",
     [("Saturday", "2017-04-15")]),
]

CALLED_LOOK_ALIKES: list[tuple[str, list]] = [
    # the simple past may tell when the call was made
    ("Transport unions called a 24-hour strike on Thursday.", [("Thursday", "2017-04-06")]),
    # the day belongs to the killing, not to the strike
    ("The unions have called a strike over the killing of a driver on Thursday.",
     [("Thursday", "2017-04-06")]),
    # called off: the event was to be held, the call-off is past
    ("The unions have called off the strike they held on Thursday.",
     [("Thursday", "2017-04-06")]),
]


@pytest.mark.parametrize(("text", "expected"), [*CALLED_MEMBERS, *CALLED_LOOK_ALIKES])
def test_called_for_a_weekday(text: str, expected: list) -> None:
    assert [(d["text"], d["value"]) for d in find_dates(text, EN_PUBLISHED)] == expected
