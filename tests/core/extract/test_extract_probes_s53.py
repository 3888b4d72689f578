"""English probes, fifty-first round: the families of the eighteenth blind set's casualty
errors (read by ``figures``).

1. Flight from a place of origin in the simple past: "More than 3,000 residents of Fula
   Abyad and the surrounding villages fled north", "Some 800 villagers of Koro fled into
   the hills", as the perfect ("have fled") was read. Gunmen and a cell's members stay
   nothing.
2. Whole households leaving a place by its name for another: "about 30 families left
   Sanyang for Senegal". A few people, troops, a day for a place and a town left with no
   destination stay nothing.
3. Captives of war swapped between the sides: "Rival forces exchanged 64 prisoners",
   "swap 12 captives", "will exchange 40 prisoners next week" (held now, as a release to
   come says). Bodies, letters, fire and camels exchanged stay as they were.
4. A figure already given, then corrected: "the earlier figure of five gunmen killed has
   been revised to four" is killed 4, "The initial figure of 30 people wounded was later
   corrected to 24" wounded 24. Money, a figure reported and a revision with no new count
   stay nothing.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

_MISSES: tuple[tuple[str, str], ...] = ()

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. flight from a place of origin in the simple past
    ('More than 3,000 residents of Fula Abyad and the surrounding villages fled north '
     'towards Tessa.',
     [('More than 3,000 residents of Fula Abyad and the surrounding villages fled',
       'displaced', 3000, None, 'more_than', 'residents')]),
    ('Some 800 villagers of Koro fled into the hills.',
     [('Some 800 villagers of Koro fled', 'displaced', 800, None, 'about', 'villagers')]),

    # ... look-alikes: attackers, a cell's members, the perfect (read before)
    ('Two gunmen of the gang fled on foot.', []),
    ('Five members of the cell fled before the raid.', []),
    ('Some 200 residents of Tarko have fled.',
     [('Some 200 residents of Tarko have fled', 'displaced', 200, None, 'about', 'residents')]),

    # 2. whole households leaving a named place for another
    ('About 30 families left Sanyang for Senegal in the weeks after the shooting.',
     [('About 30 families left Sanyang', 'displaced', 30, None, 'about', 'families')]),
    ('Some 120 families abandoned Lower Tarko for the hills.',
     [('Some 120 families abandoned Lower Tarko', 'displaced', 120, None, 'about',
       'families')]),

    # ... look-alikes: a few people, troops, a day, no destination
    ('Two women left Kabul for Dubai.', []),
    ('About 300 troops left Kessa for the coast.', []),
    ('About 50 families left Monday for the coast.', []),
    ('Two families left Kessa.', []),

    # 3. captives of war swapped between the sides
    ('Rival forces exchanged 64 prisoners at a checkpoint near Tolbi.',
     [('exchanged 64 prisoners', 'captured', 64, None, 'exact', 'prisoners')]),
    ('Kessa and Tolbi militias swap 12 captives in desert handover',
     [('swap 12 captives', 'captured', 12, None, 'exact', 'captives')]),
    ('The two armies will exchange 40 prisoners next week, the mediator said.',
     [('exchange 40 prisoners', 'captured', 40, None, 'exact', 'prisoners')]),

    # ... look-alikes: letters, fire, camels, the bodies of the dead
    ('The two envoys exchanged 12 letters over the winter.', []),
    ('The army and the rebels exchanged fire for two hours near Mersa.', []),
    ('The clan exchanged 40 camels for grazing rights.', []),
    ('Both sides exchanged the bodies of 14 fighters killed in the clashes.',
     [('bodies of 14 fighters', 'killed', 14, None, 'exact', 'fighters')]),

    # 4. a figure already given, then corrected
    ('Correction: the earlier figure of five gunmen killed has been revised to four, police '
     'in Tessa said.',
     [('five gunmen killed', 'killed', 5, None, 'exact', 'gunmen'),
      ('revised to four', 'killed', 4, None, 'exact', None)]),
    ('The initial figure of 30 people wounded was later corrected to 24, the clinic said.',
     [('30 people wounded', 'wounded', 30, None, 'exact', 'people'),
      ('corrected to 24', 'wounded', 24, None, 'exact', None)]),

    # ... look-alikes: money, a figure reported, a revision with no new count
    ('The earlier figure of 12 million dollars has been revised to 14 million.', []),
    ('The figure of five gunmen killed was reported by the army.',
     [('five gunmen killed', 'killed', 5, None, 'exact', 'gunmen')]),
    ('The earlier figure of five gunmen killed has been revised after new reports.',
     [('five gunmen killed', 'killed', 5, None, 'exact', 'gunmen')]),
]

@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)

