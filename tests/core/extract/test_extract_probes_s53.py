"""English probes, fifty-first round: the families of the eighteenth blind set's casualty
errors (read by ``figures``).

1. Flight from a place of origin in the simple past: "More than 3,000 residents of Fula
   Abyad and the surrounding villages fled north", "Some 800 villagers of Koro fled into
   the hills", as the perfect ("have fled") was read. Gunmen and a cell's members stay
   nothing.
2. Whole households leaving a place by its name for another: "about 30 families left
   Sanyang for Senegal". A few people, troops, a day for a place and a town left with no
   destination stay nothing.
3. Known misses left for a later round: a prisoner swap's captives ("exchanged 64
   prisoners") and a toll revised without "toll" ("the earlier figure of five gunmen
   killed has been revised to four").

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
]

KNOWN_MISSES: list[tuple[str, list]] = [
    ('Rival forces exchanged 64 prisoners at a checkpoint near Tolbi.',
     [('exchanged 64 prisoners', 'captured', 64, None, 'exact', 'prisoners')]),
    ('The earlier figure of five gunmen killed has been revised to four, police said.',
     [('five gunmen killed', 'killed', 5, None, 'exact', 'gunmen'),
      ('revised to four', 'killed', 4, None, 'exact', None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


@pytest.mark.xfail(strict=True, reason="prisoner swaps and a revised figure without 'toll' "
                   "are not read yet")
@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_known_misses(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
