"""English probes after the fifty-second round: leftovers taken by construction.

1. A count of those who handle the dead, before a count of the bodies: "The two sides
   exchanged 12 bodies", "Three volunteers buried 20 bodies", "Two survivors and 12 bodies
   were pulled from the sea". The bodies are the second count's; the first counts the
   sides, the diggers or the living brought in with them, and gives no toll. A count
   whose own words run on to "bodies" ("Forty burned and mutilated bodies", "12 charred
   bodies") and a partitive after the bodies stay as they were.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

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
