"""English round 220: casualties of aircraft and accidents, denials, parts named by what
they are, tallies after a colon, counts quoted with their noun.

Every probe is invented (people, places and craft); each asserts the real output of
``extract()`` as (outcome, count_low) pairs of the casualty figures, in text order.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _figures(text: str) -> list[tuple[str, int]]:
    return [(str(f["outcome"]), int(f["count_low"])) for f in extract(text)["casualties"]]


# 1. A possessive before the count after the verb: a craft's or a unit's own people.
POSSESSIVE = [
    ("Rebels shot down an army helicopter near the village of Marek on Sunday, killing its"
     " two crew members.", [("killed", 2)]),
    ("Militants downed a cargo plane over Tarsa, killing its four crew.", [("killed", 4)]),
    ("The drone hit the patrol boat, wounding all its 12 sailors.", [("wounded", 12)]),
    ("A rocket struck the minibus, killing its 9 passengers and the driver.",
     [("killed", 9)]),
    ("The missile hit the jet over the lake, killing all of the 12 crew.", [("killed", 12)]),
    ("Gunmen fired on the ferry, killing all of their 30 passengers.", [("killed", 30)]),
    # kept: a possessive the engine read before
    ("The drone hit the minibus, killing its driver and wounding their three passengers.",
     [("wounded", 3)]),
]

# near-misses: an ordinal, things, no outcome verb
POSSESSIVE_NEAR = [
    ("The ministry said the strike killed its 40th victim.", []),
    ("The convoy lost its three trucks in the ambush.", []),
    ("The court could not hold all the defendants and their 70 lawyers.", []),
]

# 2. A denial by a member or a single one of the group.
DENIALS = [
    ("No member of our 46 staff was hurt during the clearance work.", []),
    ("Not a single one of the 30 guards was injured when the mortar hit the base.", []),
    ("No one among the 12 passengers was harmed, the airline said.", []),
    ("None of our 19 volunteers were wounded.", []),
    ("Not a single guard was injured.", []),
    ("Not a single member of our 12 medics was harmed.", []),
    # the denied group beside a true toll keeps the toll
    ("Not one member of the 25-strong crew was hurt, but three soldiers were killed.",
     [("killed", 3)]),
]

# near-misses: a part that was hurt is no denial
DENIALS_NEAR = [
    ("A member of our 46 staff was hurt during the work.", [("wounded", 1), ("wounded", 46)]),
    ("No member of parliament said 12 people were killed.", [("killed", 12)]),
    ("None of the attackers were caught, but 14 civilians were wounded.", [("wounded", 14)]),
]

# 3. A part named by what its people are takes the whole's outcome.
PARTS = [
    ("6 people were killed, 4 of them refugees, according to the district health office.",
     [("killed", 6), ("killed", 4)]),
    ("Nine civilians were killed, five of whom were refugees.",
     [("killed", 9), ("killed", 5)]),
    ("Eleven people died in the shelling, three of them displaced people living in a school.",
     [("killed", 11), ("killed", 3)]),
    ("At least 14 people were wounded, two of them hostages freed the day before.",
     [("wounded", 14), ("wounded", 2)]),
    ("Police arrested 12 men, three of them refugees.", [("arrested", 12), ("arrested", 3)]),
    ("Fifteen people are missing after the raid, six of them refugees.",
     [("missing", 15), ("missing", 6)]),
]

# near-misses: with no harmed whole the part's noun still names flight
PARTS_NEAR = [
    ("Some 300 families arrived in the camp, 200 of them refugees from the north.",
     [("displaced", 200)]),
    ("Twelve civilians were killed, and 4,000 people fled; 300 of them were refugees.",
     [("killed", 12), ("displaced", 4000), ("displaced", 300)]),
    ("Twenty people were killed, 12 of them children.", [("killed", 20), ("killed", 12)]),
]

# 4. A crash the document puts down to no attack gives no casualty.
ACCIDENTS = [
    ("A cargo plane carrying seed crashed on landing at Doru airstrip on Friday, killing all"
     " four crew, the aviation authority said. Investigators said a tyre burst on touchdown"
     " and found no sign of hostile fire.", []),
    ("Military helicopter crash kills 7 in Kavari province\nAn army helicopter crashed in fog"
     " near Kavari on Tuesday, killing seven soldiers. The ministry blamed a technical"
     " failure.", []),
    ("A troop lorry overturned on the mountain road outside Selim, killing three soldiers and"
     " injuring 11. The army said the driver lost control because of brake failure.", []),
    ("A cargo plane crashed in the hills on Monday. Nine people on board were killed, and"
     " investigators cited pilot error.", []),
    ("An Ilyushin transport crash-landed at Oren on Monday, injuring 14 crew. The airline"
     " said an engine failure was to blame and ruled out sabotage.", []),
]

# near-misses: an attack claimed or left open keeps the toll
ACCIDENTS_NEAR = [
    ("An army helicopter crashed near Kavari on Tuesday, killing seven soldiers. Rebels said"
     " they had shot it down; the ministry blamed a technical failure.", [("killed", 7)]),
    ("A transport plane crashed near the front line, killing six crew. Officials said engine"
     " failure was the likely cause but have not ruled out hostile fire.", [("killed", 6)]),
    ("A cargo plane crashed on landing at Doru, killing four crew. A missile was seen in the"
     " sky, witnesses said, though the airline blamed bad weather.", [("killed", 4)]),
    ("An army helicopter crashed near Kavari, killing seven soldiers. Militants in the area"
     " have downed two aircraft this year, though the ministry blamed a technical failure.",
     [("killed", 7)]),
    # no cause given at all: the crash's toll stays as before
    ("A military transport plane crashed near Ustra on Monday, killing 11 soldiers.",
     [("killed", 11)]),
]

# 5. A tally after a colon told by a bare participle of care.
COLON_CARE = [
    ("After the rocket attack the ambulance service has given its count: 14 people taken to"
     " hospital, two of them with shrapnel wounds.", [("wounded", 14), ("wounded", 2)]),
    ("Shelling hit the market. The hospital gave its figures: 23 people taken to hospital"
     " and four killed.", [("wounded", 23), ("killed", 4)]),
    ("Mortar fire struck the camp. Tally so far: nine people hospitalised.",
     [("wounded", 9)]),
    ("Mortar fire struck the camp. Medics said: at least 30 people rushed to the district"
     " hospital in Tarn.", [("wounded", 30)]),
]

# near-misses: no violence told, a visit to a hospital's board, a move to safety
COLON_CARE_NEAR = [
    ("The heatwave went on. The ministry gave its count: 40 people taken to hospital.", []),
    ("After the blast, the agenda: 14 people taken to the hospital board meeting.", []),
    ("Shelling hit the market. The count: 14 people taken to safety.", []),
]

# 6. A count quoted with its noun, a source's own words.
QUOTED = [
    ('An armed group claimed the attack and said it had taken "two pilots" prisoner.',
     [("captured", 2)]),
    ('The faction said it had taken "three foreigners" hostage.', [("captured", 3)]),
    ('The militia said it had captured "12 soldiers" near the border.', [("captured", 12)]),
]

# near-misses: titles in capitals stay unread
QUOTED_NEAR = [
    ('He sang "Two Little Boys" at the rally.', []),
    ('The film "Seven Days in May" was shown to the prisoners.', []),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE + POSSESSIVE_NEAR)
def test_possessive_before_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), DENIALS + DENIALS_NEAR)
def test_denied_group(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTS + PARTS_NEAR)
def test_part_named_by_status(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), ACCIDENTS + ACCIDENTS_NEAR)
def test_accident_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), COLON_CARE + COLON_CARE_NEAR)
def test_colon_care_tally(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUOTED + QUOTED_NEAR)
def test_quoted_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected
