"""English probes, seventieth round: families that recur over the sets.

1. A bare count (no noun of its own) whose predicate is a state of care, told after a
   toll of wounded: "Seven are in surgery", "The other five were treated in X and sent
   home" are wounded, as "nine remain hospitalised" was read; "were treated as suspects"
   or "to lunch", and a count with its own noun in surgery, stay no figure.
2. What a speaker called a thing, in quotes: 'X said, calling the deal "a first step"',
   'X rejected the offer, calling it "an insult"', 'X has called the election "a sham"',
   'X called the killings "a massacre"' (however short the quote) give the speaker with
   the quote as words, as 'called the payments "a bribe to ..."' was read; a name
   ('a group called "the Free Hand"'), a count ('called the hotline "twice"') and
   "calling" with no quote stay nothing.
3. A release's verbs of informing and reminding: "recalls that, since March, ..." (an
   aside after "that") and "informs ... that" after a dateline with the day first
   ("Orvale, 3 May 2025 - ") report their clause.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

KEPT_IN_CARE: list[tuple[str, list]] = [
    ("A shell hit the market in Orvale, wounding 30 people. Seven are in surgery.",
     [("wounding 30 people", "wounded", 30, None, "exact", "people"),
      ("Seven are in surgery", "wounded", 7, None, "exact", None)]),
    ("The blast wounded eight people. The other five were treated in Orvale and released.",
     [("wounded eight people", "wounded", 8, None, "exact", "people"),
      ("five were treated", "wounded", 5, None, "exact", None)]),
    ("Grenades wounded 12 people at the bus station; four were treated at the Ternby "
     "clinic.",
     [("wounded 12 people", "wounded", 12, None, "exact", "people"),
      ("four were treated", "wounded", 4, None, "exact", None)]),
    ("Nine people were hurt in the blast. Two are still in surgery.",
     [("Nine people were hurt", "wounded", 9, None, "exact", "people"),
      ("Two are still in surgery", "wounded", 2, None, "exact", None)]),
]
KEPT_IN_CARE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Two were treated as suspects by the police in Orvale.", []),
    ("Three were treated to lunch by the mayor of Ternby.", []),
    ("Two surgeons are in surgery all day at the Orvale clinic.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*KEPT_IN_CARE, *KEPT_IN_CARE_LOOK_ALIKES])
def test_bare_count_in_care(text: str, expected: list) -> None:
    assert figures(text) == expected


CALLED_QUOTES: list[tuple[str, list]] = [
    ("Tolvia and Marren agreed on Friday to reopen the border crossing, the trade "
     "minister said, calling the accord \"a long-awaited breakthrough\".",
     [("the trade minister", "Tolvia and Marren agreed on Friday to reopen the border "
       "crossing"),
      ("the trade minister", "a long-awaited breakthrough")]),
    ("The union rejected the offer on Monday, calling it \"an insult to every nurse\".",
     [("The union", "an insult to every nurse")]),
    ("Officials in Orvale blamed the rebels, calling the killings \"a massacre\".",
     [("Officials in Orvale", "a massacre")]),
    ("The opposition has called the election \"a sham\".",
     [("The opposition", "a sham")]),
    ("Villagers called the raid \"a slaughter\".", [("Villagers", "a slaughter")]),
    ("The Ternby council met on Monday. It called the killings \"a massacre\".",
     [("The Ternby council", "a massacre")]),
]
CALLED_LOOK_ALIKES: list[tuple[str, list]] = [
    ("A group called \"the Free Hand\" claimed it.", []),
    ("The ship, called \"Sea Breeze\", sank off Ternby.", []),
    ("Gunmen stormed the checkpoint, calling the guards by name.", []),
    ("Residents called the hotline \"twice a day\".", []),
]


@pytest.mark.parametrize(("text", "expected"), [*CALLED_QUOTES, *CALLED_LOOK_ALIKES])
def test_called_quote(text: str, expected: list) -> None:
    assert statement_words(text) == expected


RELEASES: list[tuple[str, list]] = [
    ("The General Staff recalls that, since March, patrols have seized 12 vehicles near "
     "Ternby.",
     [("The General Staff", "since March, patrols have seized 12 vehicles near Ternby")]),
    ("Orvale, 3 May 2025 - The army informs the public that a patrol was ambushed near "
     "Ternby.",
     [("The army", "a patrol was ambushed near Ternby")]),
    ("Press release No. 4\n\nOrvale, 3 May 2025 - The Joint Command of the Armed Forces "
     "informs national opinion that a patrol was ambushed near Ternby on Sunday night.",
     [("The Joint Command of the Armed Forces",
       "a patrol was ambushed near Ternby on Sunday night")]),
]
RELEASE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The ministry recalled its ambassador from Orvale.", []),
    ("The command informs families of the victims in person.", []),
    ("The minister recalled that day in Ternby with tears.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*RELEASES, *RELEASE_LOOK_ALIKES])
def test_release_informs_recalls(text: str, expected: list) -> None:
    assert statement_words(text) == expected
