"""English probes, forty-ninth round: the families of the sixteenth blind set's casualty
errors (dated 10 March 2015 by ``figures``).

1. The size of a band is no toll: "the attackers, numbering about 80, had beheaded some
   of the victims" keeps only "killed at least 14 people". A toll beside a size stays, and
   so does a band of the victims themselves ("Refugees numbering about 5,000").
2. Some of the displaced just counted who have since come home are no figure: "some 9,400
   of them have since returned". Those still away ("1,200 of them are sheltering in a
   school") and a count with its own noun ("Some 3,000 displaced people returned") keep
   their reading.
3. People a plan or a forecast counts on are not yet displaced: "plan for a further 50,000
   newly displaced people by June", "expect another 20,000 displaced people". A plan to
   help people already displaced ("plan to help 50,000 displaced people") stays a figure.
4. Companions of one held, a time between the verb and "with": "was detained on the
   evening of 5 January with four other young men", "was killed on Sunday with two of his
   sons". An encounter stays the other side ("killed on Sunday in a clash with 20
   rebels"), and so does a place for an arrest ("detained on the outskirts of Kessa with
   two other students", as before the round).
5. People counted through the places of a detention: "1,120 people passed through
   temporary detention facilities", "were held in police cells". A checkpoint or a
   transit centre is no detention; "every one of them was examined" after the figure is
   the whole again, no part of one.
6. A part of the captives of the sentence before, back or freed: "... took away at least
   12 girls. Three of them escaped and came back on Sunday." The dead of the sentence
   before and a part larger than the whole stay nothing.
7. An outcome's noun with its place before "of": "the death in custody of a young woman",
   "the deaths in detention of two students". "the death of a young woman" reads as
   before; "The death in custody of the journalist" has no count word.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

_MISSES: tuple[tuple[str, str], ...] = ()

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. the size of a band
    ('Raiders killed at least 14 people in Mbanga, and the attackers, numbering about 80,'
     ' had beheaded some of the victims.',
     [('killed at least 14 people', 'killed', 14, None, 'at_least', 'people')]),
    ('The gunmen, numbering some 30, had shot dead the guards.', []),
    # ... look-alikes: a toll after a band's size, a band of the victims themselves
    ('The gunmen, who numbered some 30, wounded four guards.',
     [('wounded four guards', 'wounded', 4, None, 'exact', 'guards')]),
    ('Refugees numbering about 5,000 have crossed into Chad.',
     [('about 5,000 have crossed into', 'displaced', 5000, None, 'about', None)]),

    # 2. the displaced come home
    ('At least 112,000 people were displaced in the district; some 9,400 of them have since'
     ' returned to their villages.',
     [('At least 112,000 people were displaced', 'displaced', 112000, None, 'at_least',
       'people')]),
    ('About 5,000 people fled the town of Lumbo; 1,200 of them have gone home.',
     [('About 5,000 people fled the town', 'displaced', 5000, None, 'about', 'people')]),
    # ... look-alikes: still away, a count with its noun
    ('About 5,000 people fled the town; 1,200 of them are sheltering in a school.',
     [('About 5,000 people fled the town', 'displaced', 5000, None, 'about', 'people'),
      ('1,200 of them are', 'displaced', 1200, None, 'exact', None)]),
    ('Some 3,000 displaced people returned to Kessa.',
     [('Some 3,000 displaced people', 'displaced', 3000, None, 'about', 'displaced people')]),

    # 3. people a plan or a forecast counts on
    ('Partners plan for a further 50,000 newly displaced people by June.', []),
    ('Agencies expect another 20,000 displaced people in the valley by March.', []),
    # ... look-alike: a plan for people already displaced
    ('Partners plan to help 50,000 displaced people by June.',
     [('50,000 displaced people', 'displaced', 50000, None, 'exact', 'displaced people')]),

    # 4. companions after a time
    ('She said her son was detained on the evening of 5 January with four other young men'
     ' outside a bakery.',
     [('four other young men', 'arrested', 4, None, 'exact', 'other young men')]),
    ('The chief of Mersa was killed on Sunday with two of his sons.',
     [('two of his sons', 'killed', 2, None, 'exact', 'his sons')]),
    # ... look-alikes: an encounter after the time
    ('The commander was killed on Sunday in a clash with 20 rebels.', []),
    # ... a place for an arrest, companions called "other" (the casualty grids after the
    # fifty-third round: "other" says they share the outcome)
    ('Her son was detained on the outskirts of Kessa with two other students.',
     [('two other students', 'arrested', 2, None, 'exact', 'other students')]),

    # 5. through the places of a detention
    ('The city police informed the ombudsman that 1,120 people passed through temporary'
     ' detention facilities during the curfew and that every one of them was examined by'
     ' a doctor.',
     [('1,120 people passed through temporary detention facilities', 'arrested', 1120, None,
       'exact', 'people')]),
    ('Police detained 40 people in Tolbi and every one of them was examined by a doctor.',
     [('detained 40 people', 'arrested', 40, None, 'exact', 'people')]),
    ('Some 300 protesters were held in police cells overnight.',
     [('Some 300 protesters were held in police cells', 'arrested', 300, None, 'about',
       'protesters')]),
    # ... look-alikes: a checkpoint, a transit centre
    ('Some 300 people passed through the checkpoint at Kessa.', []),
    ('Some 300 migrants passed through the transit centre at Kessa.', []),

    # 6. the captives of the sentence before, back or freed
    ('The raiders took away at least 12 girls and young women. Three of them escaped and'
     ' came back on Sunday. The others have not been seen.',
     [('took away at least 12 girls', 'captured', 12, None, 'at_least', 'girls'),
      ('Three of them escaped', 'captured', 3, None, 'exact', None)]),
    ('The gunmen abducted 12 traders. Two of them were released on Sunday.',
     [('abducted 12 traders', 'captured', 12, None, 'exact', 'traders'),
      ('Two of them were released', 'captured', 2, None, 'exact', None)]),
    # ... look-alikes: the dead before, a part larger than the whole
    ('The gunmen killed 12 villagers. Three of them escaped and came back on Sunday.',
     [('killed 12 villagers', 'killed', 12, None, 'exact', 'villagers')]),
    ('The gunmen abducted 2 girls. Three of them escaped.',
     [('abducted 2 girls', 'captured', 2, None, 'exact', 'girls')]),

    # 7. an outcome's noun with its place before "of"
    ('Protests spread after the death in custody of a young woman in a police station in'
     ' Mersa.',
     [('death in custody of a young woman', 'killed', 1, None, 'exact', 'young woman')]),
    ('The deaths in detention of two students were reported on Friday.',
     [('deaths in detention of two students', 'killed', 2, None, 'exact', 'students')]),
    # ... look-alikes: the noun alone, no count word
    ('Protests spread after the death of a young woman in Mersa.',
     [('death of a young woman', 'killed', 1, None, 'exact', 'young woman')]),
    ('The death in custody of the journalist angered many.', []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
