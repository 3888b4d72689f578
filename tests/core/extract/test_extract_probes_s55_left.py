"""English probes after the fifty-second round: leftovers taken by construction.

1. A count of those who handle the dead, before a count of the bodies: "The two sides
   exchanged 12 bodies", "Three volunteers buried 20 bodies", "Two survivors and 12 bodies
   were pulled from the sea". The bodies are the second count's; the first counts the
   sides, the diggers or the living brought in with them, and gives no toll. A count
   whose own words run on to "bodies" ("Forty burned and mutilated bodies", "12 charred
   bodies") and a partitive after the bodies stay as they were.
2. A clause after an inverted attribution and ", and": "The well was poisoned, the elder
   said, and the herders have left" gives the elder two entries, one per clause (a rule
   decision: the gold of the sets that have the construction gives a second entry, and
   none gives one entry over both). The speaker's own predicate after "and" ("and gave
   no details"), a second speaker ("and the army said two") and ", but" stay as they were
   (for ", but" the sets' gold answers both ways).

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

HANDLERS_OF_THE_DEAD: list[tuple[str, list]] = [
    ('The two sides exchanged 12 bodies at the Marno crossing on Friday.',
     [('12 bodies', 'killed', 12, None, 'exact', 'bodies')]),
    ('Three volunteers buried 20 bodies in the churchyard at Tesk.',
     [('buried 20 bodies', 'killed', 20, None, 'exact', 'bodies')]),
    ('The two families received twelve bodies from the morgue.',
     [('twelve bodies', 'killed', 12, None, 'exact', 'bodies')]),
    ('Four divers recovered 14 bodies from the sunken ferry.',
     [('14 bodies', 'killed', 14, None, 'exact', 'bodies')]),
    ('Two survivors and 12 bodies were pulled from the sea off Kemla.',
     [('12 bodies', 'killed', 12, None, 'exact', 'bodies')]),
    ('Five fishermen and three bodies were brought ashore.',
     [('three bodies', 'killed', 3, None, 'exact', 'bodies')]),
]

# ... look-alikes: the count's own words run on to "bodies"; a partitive after them; the
# bodies of a counted group; a verb with no count before it
BODIES_OF_THEIR_OWN_COUNT: list[tuple[str, list]] = [
    ('Forty burned and mutilated bodies were found outside Pell.',
     [('Forty burned and mutilated bodies', 'killed', 40, None, 'exact', None)]),
    ('Some 40 mutilated bodies were dumped near Orvo.',
     [('Some 40 mutilated bodies', 'killed', 40, None, 'about', 'mutilated bodies')]),
    ('Four more bodies were found on Monday.',
     [('Four more bodies', 'killed', 4, None, 'exact', 'bodies')]),
    ('Three bodies, 2 of them children, lay in the road.',
     [('Three bodies', 'killed', 3, None, 'exact', 'bodies'),
      ('2 of them children', 'killed', 2, None, 'exact', 'children')]),
    ('The two sides exchanged the bodies of 14 fighters.',
     [('bodies of 14 fighters', 'killed', 14, None, 'exact', 'fighters')]),
    ('Two rescue crews pulled 9 bodies from the river near Ulla.',
     [('9 bodies', 'killed', 9, None, 'exact', 'bodies')]),
]


@pytest.mark.parametrize(("text", "expected"), HANDLERS_OF_THE_DEAD)
def test_a_count_before_the_bodies_handled_is_no_toll(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), BODIES_OF_THEIR_OWN_COUNT)
def test_a_count_that_runs_on_to_its_bodies_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


CLAUSE_AFTER_AND: list[tuple[str, list]] = [
    ('The well at Dunmore was poisoned, the elder said, and the herders have left.',
     [('the elder', 'The well at Dunmore was poisoned'), ('the elder', 'the herders have left')]),
    ('Nine houses burned, a fire officer said on Monday, and the school was damaged.',
     [('a fire officer', 'Nine houses burned'), ('a fire officer', 'the school was damaged')]),
    ('Four of the wounded were children, she said, and two were in a serious condition.',
     [('she', 'Four of the wounded were children'),
      ('she', 'two were in a serious condition')]),
    ('The water is back, officials said, and then the lights went out again.',
     [('officials', 'The water is back'), ('officials', 'then the lights went out again')]),
]

# ... look-alikes: the speaker's own predicate, a second speaker, "but"
CLAUSE_AFTER_AND_KEPT: list[tuple[str, list]] = [
    ('Two men died, police said, and gave no details.', [('police', 'Two men died')]),
    ('The convoy was stopped at Fenn, the driver said, and added that the guards had fled.',
     [('the driver', 'The convoy was stopped at Fenn'), ('the driver', 'the guards had fled')]),
    ('Twelve people were killed, the radio said, and the army said two.',
     [('the radio', 'Twelve people were killed'), ('the army', 'two')]),
    ('The bridge was blown up overnight, he said, but nobody was hurt.',
     [('he', 'The bridge was blown up overnight')]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AFTER_AND)
def test_the_clause_after_said_and_is_a_second_entry(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AFTER_AND_KEPT)
def test_the_clause_after_said_and_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected
