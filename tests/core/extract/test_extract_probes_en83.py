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

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

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
