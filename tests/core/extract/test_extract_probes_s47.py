"""English probes, forty-seventh round: the families of the fourteenth blind set's casualty
and date errors.

Casualty figures (dated 10 March 2015 by ``figures``):

1. A pair of years after "between" is a time, never a range of people: "killed some
   100,000 people between 1991 and 2002". A range of people keeps its reading, years or
   not ("between 1500 and 2000 people").
2. A thing in the hand after "holding" is no captive: "a boy holding a rifle taller than
   he is", "holding a banner", "holding a sign". People held keep their reading.
3. People left or made homeless, the verb before the count: "leaving hundreds of families
   homeless", "made some 500 people homeless". Weather, animals and "300 homeless people"
   stay nothing.
4. A river or a lake crossed by a crowd of civilians: "crossed the river into Chad".
   Gunmen and troops stay nothing.
5. Kin lost in violence: "lost two sons in the attack", "lost her two sons in the
   shelling". Cows, games, fingers,
   helicopters and a car crash stay nothing; kin lost with no act named is a strict xfail.

Dates (published on the day each case names):

6. A listing's weekday, with its clock time and its channel or venue, lies ahead:
   "(Tuesday, 8pm, BBC Two)", "Saturday, 9pm, Channel Seven" on its own line, "(Saturday
   at 7.30pm, Town Hall)", "(BBC Two, Tuesday, 9pm)"; and a broadcast's present ("airs on
   Sunday", "screens on Thursday") as a timetable's. A clock time without a channel
   ("on Sunday, 9pm, residents said") and a listing told as past ("drew four million
   viewers last weekend") stay behind.
7. The place-and-date line that closes a signed order ("Kessa, 3 April 2017.") is no
   heading: the weekdays after it are read from publication. A diary's heading keeps
   setting the day for the lines under it.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures
from workbench.core.extract import extract

_MISSES: tuple[tuple[str, str], ...] = (
    # kin lost with no act of violence named after them: "lost two sons" alone is said of
    # illness and accidents as often
    ("She lost two sons last year, the neighbours said", "casualties"),
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. a pair of years after "between"
    ('The war killed some 100,000 people between 1991 and 2002, a figure still disputed.',
     [('killed some 100,000 people', 'killed', 100000, None, 'about', 'people')]),
    ('An estimated 40,000 people were killed between 1975 and 1990.',
     [('An estimated 40,000 people were killed', 'killed', 40000, None, 'about',
       'people')]),
    # ... look-alikes: a range of people, four digits or not
    ('Fighting killed between 1500 and 2000 people.',
     [('killed between 1500 and 2000 people', 'killed', 1500, 2000, 'range', 'people')]),
    ('The conflict killed between 20 and 30 people.',
     [('killed between 20 and 30 people', 'killed', 20, 30, 'range', 'people')]),

    # 2. a thing in the hand after "holding"
    ('In one picture a boy of perhaps ten is holding a rifle taller than he is.', []),
    ('A girl of about twelve, holding a placard bigger than herself, led the march.', []),
    ('Protesters holding a banner longer than the street marched past the ministry.', []),
    # ... look-alikes: people held
    ('The rebels are holding a journalist in the hills.',
     [('holding a journalist', 'captured', 1, None, 'exact', 'journalist')]),
    ('The militia is holding 12 soldiers.',
     [('holding 12 soldiers', 'captured', 12, None, 'exact', 'soldiers')]),

    # 3. people left or made homeless, the verb before the count
    ('The shelling left hundreds of families homeless.',
     [('left hundreds of families homeless', 'displaced', 200, None, 'vague',
       'families')]),
    ('Troops razed 20 homes, leaving 150 people homeless.',
     [('leaving 150 people homeless', 'displaced', 150, None, 'exact', 'people')]),
    ('The demolitions made some 500 people homeless.',
     [('made some 500 people homeless', 'displaced', 500, None, 'about', 'people')]),
    ('The fire set by the militia rendered 200 families homeless.',
     [('rendered 200 families homeless', 'displaced', 200, None, 'exact', 'families')]),
    ('The offensive has left thousands homeless.',
     [('left thousands homeless', 'displaced', 2000, None, 'vague', None)]),
    # ... members read before the round
    ('Hundreds of families were left homeless by the raid.',
     [('Hundreds of families were left homeless', 'displaced', 200, None, 'vague',
       'families')]),
    # ... look-alikes: weather, floods, things, animals, the homeless as a people
    ('The storm left thousands homeless.', []),
    ('The floods left 3,000 people homeless.', []),
    ('The raid left 40 dogs homeless.', []),
    ('The charity fed 300 homeless people.', []),

    # 4. a river or a lake crossed by a crowd
    ('Thousands of residents crossed the river into Chad.',
     [('Thousands of residents crossed the river', 'displaced', 2000, None, 'vague',
       'residents')]),
    ('About 4,000 villagers have crossed the lake into Uganda since Monday.',
     [('About 4,000 villagers have crossed the lake', 'displaced', 4000, None, 'about',
       'villagers')]),
    # ... members read before the round
    ('Some 3,000 villagers crossed the border into Uganda.',
     [('Some 3,000 villagers crossed the border', 'displaced', 3000, None, 'about',
       'villagers')]),
    # ... look-alikes: fighters, troops
    ('Two gunmen crossed the river into Chad.', []),
    ('About 300 troops crossed the river at dawn.', []),

    # 5. kin lost in violence
    ('She lost two sons in the attack.',
     [('lost two sons in the attack', 'killed', 2, None, 'exact', 'sons')]),
    ('The farmer said he lost three brothers in the fighting last year.',
     [('lost three brothers in the fighting', 'killed', 3, None, 'exact', 'brothers')]),
    ('He lost a brother in the war.',
     [('lost a brother in the war', 'killed', 1, None, 'exact', 'brother')]),
    ('She lost her two sons in the shelling of the market.',
     [('lost her two sons in the shelling', 'killed', 2, None, 'exact', 'sons')]),
    ('She lost two sons last year, the neighbours said.',
     [('lost two sons', 'killed', 2, None, 'exact', 'sons')]),
    # ... look-alikes: cows, games, fingers, helicopters, a crash
    ('The farmer lost two cows in the raid.', []),
    ('He lost his two cows in the raid.', []),
    ('The team lost two games in the tournament.', []),
    ('He lost two fingers in the blast.', []),
    ('The army lost two helicopters in the fighting.', []),
    ('He lost two brothers in a car crash.', []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


def dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


# 6. a listing's weekday (published Wednesday 5 April 2017: Sunday ahead is 9 April,
# behind 2 April)
LISTING_AHEAD: list[tuple[str, list]] = [
    ('Also showing: Frontline Diaries (Tuesday, 8pm, BBC Two) and a repeat of Kabul Nights'
     ' (Thursday, 11.20pm, Channel Four).',
     [('Tuesday', '2017-04-11'), ('Thursday', '2017-04-06')]),
    ('Pick of the week\nSaturday, 9pm, Channel Seven\nA film about the siege of Kessa.',
     [('Saturday', '2017-04-08')]),
    ('The concert (Saturday at 7.30pm, Town Hall) raises money for refugees.',
     [('Saturday', '2017-04-08')]),
    ('Radio pick: The Long Road (Monday 10.30pm, Radio 4).',
     [('Monday', '2017-04-10')]),
    ('Pick of the day: Siege Diaries (BBC Two, Tuesday, 9pm).',
     [('Tuesday', '2017-04-11')]),
    # a broadcast's or a screening's present, as a timetable's
    ('The last episode airs on Sunday at 9pm.',
     [('Sunday', '2017-04-09')]),
    ('The film screens on Thursday at the Rex.',
     [('Thursday', '2017-04-06')]),
]
LISTING_BEHIND: list[tuple[str, list]] = [
    ('Gunmen attacked the village on Sunday, 9pm, residents said.',
     [('Sunday', '2017-04-02')]),
    ('The blast happened on Tuesday, at 8pm, near the market.',
     [('Tuesday', '2017-04-04')]),
    ('The raid happened on Tuesday (local time, 9pm).',
     [('Tuesday', '2017-04-04')]),
    ('The last episode aired on Sunday at 9pm.',
     [('Sunday', '2017-04-02')]),
    ('The programme (Sunday, 9pm, Channel Seven) drew four million viewers last weekend.',
     [('Sunday', '2017-04-02')]),
]


@pytest.mark.parametrize(("text", "expected"), LISTING_AHEAD)
def test_listing_weekday_lies_ahead(text: str, expected: list) -> None:
    assert dates(text, "2017-04-05") == expected


@pytest.mark.parametrize(("text", "expected"), LISTING_BEHIND)
def test_weekday_with_a_clock_time_alone_stays_behind(text: str, expected: list) -> None:
    assert dates(text, "2017-04-05") == expected


# 7. the line that closes a signed order (published Wednesday 5 April 2017; the order was
# signed on Monday 3 April)
def test_signed_order_closing_line_sets_no_day() -> None:
    text = ("KESSA, April 5 - The mayor on Wednesday closed the market.\nThe order reads:\n"
            "1. The market is closed until further notice.\nKessa, 3 April 2017.\n"
            "(signed) The Mayor\nTraders said stalls stood empty on Wednesday.")
    assert dates(text, "2017-04-05") == [
        ('April 5', '2017-04-05'), ('Wednesday', '2017-04-05'),
        ('3 April 2017', '2017-04-03'), ('Wednesday', '2017-04-05')]


def test_diary_heading_still_sets_the_day() -> None:
    text = "Diary\nMonday 3 April 2017\nShelling resumed on Sunday."
    assert dates(text, "2017-04-05") == [
        ('Monday 3 April 2017', '2017-04-03'), ('Sunday', '2017-04-02')]
