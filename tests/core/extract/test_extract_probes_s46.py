"""English probes, forty-sixth round: the families of the thirteenth blind set's casualty
and date misses.

Each family is written whole, in the wordings of wire copy, NGO and UN notes, security
incident reports, rights appeals, memoirs and editorials, with the look-alikes its rule must
leave alone:

1. Captors leading people into a place: "marched six men into the forest", "herded 30
   passengers into the hills", "bundled two engineers into a car", "led four men away".
   Police, guards and teachers leading people, soldiers marching kilometres, recruits and
   cattle stay nothing.
2. People named after where they are from: "Two cameramen from a regional channel, Tomas
   Ibarra and Raul Medina, have been missing". A prize won stays nothing.
3. A passive "taken" with no agent, then when, with captors named: "were taken when the
   gunmen withdrew". Taken to hospital, into care, ill, in for questioning, on a tour, or
   with no captor in the sentence, stay nothing.
4. One body found, in the passive: "A body was found", "a second body was pulled from",
   "The body of a fourth man was found". A car, a weapons cache, a body of evidence, a body
   camera and a governing body stay nothing.
5. Leaving in the perfect, a place by its name: "have left Tawila for the district town",
   "have abandoned Kessa". Soldiers, pilgrims, tourists and people who left a party stay
   nothing.
6. The wounded in the present: "have injuries from beatings", "are reported to have
   injuries", "are nursing wounds". A sports injury, an illness, children or lawyers stay
   nothing.
7. Ages beside a count: "two boys of eight and ten", "two girls aged six and nine", "Four
   children, aged two to nine,", "two boys of about eight and ten": the count, never the
   ages.
8. Companions of one taken prisoner: "was taken prisoner with four other men".
9. A toll told by a participle with no "of": "the number taken was closer to 40", and the
   sub-groups after it.

Dates: a weekday after a request in the present and its infinitive ("we ask our members to
wear white ribbons on Friday") lies ahead; a year after "since at least" is a date.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures
from workbench.core.extract import extract

# Members the rules still miss: (opening words, engine). A strict xfail makes a later
# silent fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = (
    # no captor word in the sentence: the rule for a bare "taken" asks for one, and the
    # raid's attackers are named only in the sentence before
    ("The raiders burned the market. Six girls were taken during the raid", "casualties"),
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. captors leading people into a place
    ('The gunmen marched six men into the forest.',
     [('marched six men', 'captured', 6, None, 'exact', 'men')]),
    ('Witnesses said the attackers had marched three young farmers into the bush.',
     [('marched three young farmers', 'captured', 3, None, 'exact', 'young farmers')]),
    ('Militants led 12 villagers into the hills, a local chief said.',
     [('led 12 villagers', 'captured', 12, None, 'exact', 'villagers')]),
    ('The kidnappers herded 30 passengers into the forest.',
     [('herded 30 passengers', 'captured', 30, None, 'exact', 'passengers')]),
    ('The rebels frogmarched three aid workers into a waiting truck.',
     [('frogmarched three aid workers', 'captured', 3, None, 'exact', 'aid workers')]),
    ('Gunmen bundled two engineers into a car and drove off.',
     [('bundled two engineers', 'captured', 2, None, 'exact', 'engineers')]),
    ('Armed men marched 20 students away at gunpoint.',
     [('marched 20 students away', 'captured', 20, None, 'exact', 'students')]),
    ('The attackers led four men away.',
     [('led four men away', 'captured', 4, None, 'exact', 'men')]),
    ('The kidnappers marched the 12 girls into the forest.',
     [('marched the 12 girls', 'captured', 12, None, 'exact', 'girls')]),
    # ... members read before the round
    ('The attackers led away six women.',
     [('led away six women', 'captured', 6, None, 'exact', 'women')]),
    ('Militants took 15 villagers captive.',
     [('15 villagers captive', 'captured', 15, None, 'exact', 'villagers')]),
    # ... look-alikes: police, guards, teachers, distances, recruits, cattle
    ('Police led 12 protesters into a van.', []),
    ('The guards led 40 prisoners into the courtyard for exercise.', []),
    ('Teachers led 40 pupils into the hall.', []),
    ('The soldiers marched 20 km into the hills.', []),
    ('The troops marched 300 recruits into the barracks.', []),
    ('Gunmen marched 40 cattle into the forest.', []),
    ('The rebels led 30 villagers to safety.', []),
    ('The militants led 40 soldiers into an ambush near Kessa.', []),

    # 2. people named after where they are from
    ('Two cameramen from a regional channel, Tomas Ibarra and Raul Medina, have been missing'
     ' since April.',
     [('Two cameramen from a regional channel, Tomas Ibarra and Raul Medina, have been'
       ' missing', 'missing', 2, None, 'exact', 'cameramen')]),
    ('Three engineers of a Turkish firm, Ali Demir, Cem Kaya and Omer Tas, were kidnapped'
     ' near Kisa.',
     [('Three engineers of a Turkish firm, Ali Demir, Cem Kaya and Omer Tas, were'
       ' kidnapped', 'captured', 3, None, 'exact', 'engineers')]),
    ('Two aid workers with a French charity, Paul Roche and Lea Blanc, were killed in the'
     ' ambush.',
     [('Two aid workers with a French charity, Paul Roche and Lea Blanc, were killed',
       'killed', 2, None, 'exact', 'aid workers')]),
    ('Two nurses at the district clinic, Ana Ruiz and Maria Soto, were wounded.',
     [('Two nurses at the district clinic, Ana Ruiz and Maria Soto, were wounded',
       'wounded', 2, None, 'exact', 'nurses')]),
    # ... members read before the round
    ('Two doctors, Ana Ruiz and Maria Soto, have been missing.',
     [('Two doctors', 'missing', 2, None, 'exact', 'doctors')]),
    ('Two doctors from the same hospital have been missing.',
     [('Two doctors', 'missing', 2, None, 'exact', 'doctors')]),
    # ... look-alike: no outcome
    ('Two cameramen from a regional channel, Tomas Ibarra and Raul Medina, have won the'
     ' prize.', []),

    # 3. a passive "taken" with no agent, then when, captors named
    ('Three fishermen were taken when the gunmen withdrew.',
     [('Three fishermen were taken', 'captured', 3, None, 'exact', 'fishermen')]),
    ('A nurse and her son were taken as the militants left the village.',
     [('A nurse', 'captured', 1, None, 'exact', 'nurse')]),
    ('Two girls were taken from the school during the night, after the bandits arrived.',
     [('Two girls were taken from the school', 'captured', 2, None, 'exact', 'girls')]),
    ('The raiders burned the market. Six girls were taken during the raid.',
     [('Six girls were taken', 'captured', 6, None, 'exact', 'girls')]),
    # ... members read before the round
    ('Four aid workers were taken by the militants.',
     [('Four aid workers were taken by the militants', 'captured', 4, None, 'exact',
       'aid workers')]),
    ('Twelve villagers were taken hostage.',
     [('Twelve villagers were taken hostage', 'captured', 12, None, 'exact', 'villagers')]),
    # ... look-alikes: care, custody, illness, questioning, no captor
    ('Three men were taken to hospital when the gunmen left.', []),
    ('Two children were taken into care when the rebels came.', []),
    ('Five people were taken ill during the siege by the rebels.', []),
    ('Twelve people were taken in for questioning after the attack by militants.', []),
    ('Three men were taken when police raided the house.', []),
    ('Two patients were taken when the aid group arrived.', []),
    ('Ten students were taken on a tour when the fighting stopped.', []),

    # 4. one body found, in the passive
    ('A body was found in the river on Tuesday.',
     [('A body was found', 'killed', 1, None, 'exact', 'body')]),
    ('A second body was pulled from the canal near the market.',
     [('A second body was pulled', 'killed', 1, None, 'exact', 'body')]),
    ('Police said a fourth body had been recovered from the rubble.',
     [('a fourth body had been recovered', 'killed', 1, None, 'exact', 'body')]),
    ('Another body was discovered in the forest.',
     [('Another body was discovered', 'killed', 1, None, 'exact', 'body')]),
    ('A headless body was later found in the square.',
     [('A headless body was later found', 'killed', 1, None, 'exact', 'body')]),
    ('The body of a fourth man was found in a ditch.',
     [('body of a fourth man', 'killed', 1, None, 'exact', 'fourth man')]),
    ('The body of a woman was found near the well.',
     [('body of a woman', 'killed', 1, None, 'exact', 'woman')]),
    # ... members read before the round
    ('The bodies of two men were found.',
     [('bodies of two men', 'killed', 2, None, 'exact', 'men')]),
    ('Residents carried a body to the mosque.',
     [('carried a body', 'killed', 1, None, 'exact', None)]),
    # ... look-alikes
    ('A car was found in the river.', []),
    ('A weapons cache was found in the forest.', []),
    ('A body of evidence was found.', []),
    ('A body camera was found at the scene.', []),
    ('The governing body was found to have erred.', []),
    ('A second body was found to have ruled on the case.', []),

    # 5. leaving in the perfect, a place by its name
    ('About 1,500 people have left Tawila and three nearby villages for the district town.',
     [('About 1,500 people have left Tawila', 'displaced', 1500, None, 'about', 'people')]),
    ('Some 2,000 villagers have left Kalu for Mora.',
     [('Some 2,000 villagers have left Kalu', 'displaced', 2000, None, 'about',
       'villagers')]),
    ('Around 5,000 residents have abandoned Kessa since the raid.',
     [('Around 5,000 residents have abandoned Kessa', 'displaced', 5000, None, 'about',
       'residents')]),
    ('More than 400 families had already left Upper Gedo by Sunday.',
     [('More than 400 families had already left Upper Gedo', 'displaced', 400, None,
       'more_than', 'families')]),
    ('Some 600 people had to leave their homes.',
     [('Some 600 people had to leave their homes', 'displaced', 600, None, 'about',
       'people')]),
    # ... members read before the round
    ('About 3,000 people have fled Kalu for Mora.',
     [('About 3,000 people have fled', 'displaced', 3000, None, 'about', 'people')]),
    ('Nearly 900 people have left the villages north of the town.',
     [('Nearly 900 people have left', 'displaced', 900, None, 'about', 'people')]),
    # ... look-alikes: soldiers, pilgrims, tourists, a party, a day
    ('About 300 soldiers have left Kalu for the capital.', []),
    ('Some 2,000 pilgrims have left Mecca for Medina.', []),
    ('Two thousand tourists have left the island.', []),
    ('Some 30 people have left the party.', []),
    ('The 40 delegates have left Geneva.', []),

    # 6. the wounded in the present
    ('Four of them have injuries from beatings.',
     [('Four of them have injuries', 'wounded', 4, None, 'exact', None)]),
    ('At least two of the detainees are reported to have injuries from beatings.',
     [('At least two of the detainees are reported to have injuries', 'wounded', 2, None,
       'at_least', 'the detainees')]),
    ('Five protesters have serious injuries, their lawyer said.',
     [('Five protesters have serious injuries', 'wounded', 5, None, 'exact', 'protesters')]),
    ('Three of the students are nursing wounds from the beatings.',
     [('Three of the students are nursing wounds', 'wounded', 3, None, 'exact',
       'the students')]),
    ('Two of the men still have gunshot wounds.',
     [('Two of the men still have gunshot wounds', 'wounded', 2, None, 'exact', 'the men')]),
    ('Two of the children have burns from the blast.',
     [('Two of the children have burns', 'wounded', 2, None, 'exact', 'the children')]),
    # ... members read before the round
    ('Four of them had injuries from beatings.',
     [('Four of them had injuries', 'wounded', 4, None, 'exact', None)]),
    ('Six villagers are being treated for gunshot wounds.',
     [('Six villagers are being treated for gunshot wounds', 'wounded', 6, None, 'exact',
       'villagers')]),
    # ... look-alikes: sport, illness, family, lawyers
    ('Four of them have injuries from a football match.', []),
    ('Two of the players have knee injuries.', []),
    ('Three of them have diabetes and need insulin after their injuries.', []),
    ('Four of them have children.', []),
    ('The 12 men have lawyers.', []),

    # 7. ages beside a count
    ('Two boys of nine and eleven died in the blast.',
     [('Two boys of nine and eleven died', 'killed', 2, None, 'exact', 'boys')]),
    ('The surgeon said two girls aged six and nine died overnight.',
     [('two girls aged six and nine died', 'killed', 2, None, 'exact', 'girls')]),
    ('Two boys of about eight and ten were wounded.',
     [('Two boys of about eight and ten were wounded', 'wounded', 2, None, 'exact',
       'boys')]),
    ('Four children, aged two to nine, were wounded by shrapnel.',
     [('Four children, aged two to nine, were wounded', 'wounded', 4, None, 'exact',
       'children')]),
    ('We took in 14 wounded, and two boys of seven and twelve died on the table.',
     [('14 wounded', 'wounded', 14, None, 'exact', None),
      ('two boys of seven and twelve died', 'killed', 2, None, 'exact', 'boys')]),
    ('A boy of eight died.',
     [('A boy of eight died', 'killed', 1, None, 'exact', 'boy')]),
    # ... members read before the round
    ('Gunmen killed two boys of eight and ten.',
     [('killed two boys', 'killed', 2, None, 'exact', 'boys')]),
    # ("aged" and digits were skipped before, the span kept on the group)
    ('Three children aged 4 to 9 were killed.',
     [('Three children', 'killed', 3, None, 'exact', 'children')]),
    ('Two sisters, aged 12 and 14, were abducted on their way to school.',
     [('Two sisters', 'captured', 2, None, 'exact', 'sisters')]),
    ('Three brothers aged 7, 9 and 11 were killed in the strike.',
     [('Three brothers', 'killed', 3, None, 'exact', 'brothers')]),
    ('A man in his 40s was shot dead.',
     [('A man', 'killed', 1, None, 'exact', 'man')]),

    # 8. companions of one taken prisoner
    ('Her cousin Adnan had been taken prisoner with four other men.',
     [('four other men', 'captured', 4, None, 'exact', 'other men')]),
    ('He was taken prisoner along with 12 other soldiers.',
     [('12 other soldiers', 'captured', 12, None, 'exact', 'other soldiers')]),
    ('The pilot was taken captive in 1994 with two crew members.',
     [('two crew members', 'captured', 2, None, 'exact', 'crew members')]),
    # ... members read before the round
    ('Four other men had been taken prisoner.',
     [('Four other men had been taken prisoner', 'captured', 4, None, 'exact',
       'other men')]),
    ('She was taken hostage with three colleagues.',
     [('three colleagues', 'captured', 3, None, 'exact', 'colleagues')]),
    # ... look-alikes
    ('He was taken to hospital with two relatives.', []),
    ('He was taken ill with two others.', []),
    ('He was taken prisoner in 1992 and spent 20 months in the camp.', []),

    # 9. a toll by a participle with no "of"
    ('Passengers said the number taken was closer to 40, among them a pastor and two'
     ' nurses.',
     [('the number taken was closer to 40', 'captured', 40, None, 'about', None),
      ('among them a pastor', 'captured', 1, None, 'exact', 'pastor'),
      ('two nurses', 'captured', 2, None, 'exact', 'nurses')]),
    ('The number kidnapped was closer to 20.',
     [('The number kidnapped was closer to 20', 'captured', 20, None, 'about', None)]),
    ('The number abducted was at least 40.',
     [('The number abducted was at least 40', 'captured', 40, None, 'at_least', None)]),
    ('Police said 17 were arrested; lawyers said the number detained was more than 50.',
     [('17 were arrested', 'arrested', 17, None, 'exact', None),
      ('the number detained was more than 50', 'arrested', 50, None, 'more_than', None)]),
    # ... members read before the round
    ('The number killed was closer to 80.',
     [('number killed was closer to 80', 'killed', 80, None, 'about', None)]),
    ('The number of children taken was closer to 40.',
     [('number of children taken was closer to 40', 'captured', 40, None, 'about', None)]),
    # ... look-alikes
    ('The number taken by the new course was closer to 30.', []),
    ('The number taken in by relatives was about 300.', []),
    ('The number of votes taken was 30.', []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


def _dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


# A Wednesday: the Friday ahead is the 24th, the one before the 17th.
_WED = "2011-06-22"


@pytest.mark.parametrize("text", [
    "We ask our members to wear white ribbons on Friday.",
    "The union asks all reporters to stay at home on Friday.",
    "We call on all members to attend the vigil on Friday.",
    "The association calls on journalists to strike on Friday.",
    "We urge the governor to meet the families on Friday.",
    "We appeal to everyone to join the march on Friday.",
    "Families invite neighbours to pray with them on Friday.",
    "The committee requests all delegates to register on Friday.",
])
def test_weekday_after_a_present_request_looks_ahead(text: str) -> None:
    assert _dates(text, _WED) == [("Friday", "2011-06-24")]


@pytest.mark.parametrize("text", [
    # members read before the round
    "Members will wear white ribbons on Friday.",
    "The governor has asked residents to stay indoors on Friday.",
    "Please send your letters by Friday.",
])
def test_weekday_requests_read_before_look_ahead(text: str) -> None:
    assert _dates(text, _WED) == [("Friday", "2011-06-24")]


@pytest.mark.parametrize("text", [
    # the past keeps the day of the asking, as wire copy sets it last
    "The union urged reporters to stay at home on Friday.",
    "Organisers asked people to gather in the square on Friday.",
    "The union asked its members to wear armbands on Friday, and most did.",
    "On Friday the union asked members to wear black.",
    "Police asked residents on Friday to stay indoors.",
    # a request as a noun, or no infinitive
    "The calls to end the strike on Friday went unheard.",
    "We ask why soldiers fired on the crowd on Friday.",
    "His orders to withdraw on Friday were ignored.",
])
def test_weekday_request_look_alikes_stay_behind(text: str) -> None:
    assert _dates(text, _WED) == [("Friday", "2011-06-17")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Armed groups have used the forest since at least 2018 as a base.", [("2018", "2018")]),
    ("Attacks have risen since at least 2017.", [("2017", "2017")]),
    ("They have held the town from at least 2016.", [("2016", "2016")]),
    ("The fund will run until at least 2030.", [("2030", "2030")]),
    ("The camp has existed since about 2012.", [("2012", "2012")]),
    # ... members read before the round
    ("Armed groups have used the forest since 2018.", [("2018", "2018")]),
    ("They have been active there since as early as 2015.", [("2015", "2015")]),
    ("The fighters have been there since at least March 2020.", [("March 2020", "2020-03")]),
    # ... look-alikes: counts
    ("The number grew from about 2000 to 5000 in a week.", []),
    ("The camp held at least 2000 people.", []),
    ("Aid reached from about 2000 families to 3000.", []),
])
def test_year_after_since_at_least(text: str, expected: list) -> None:
    assert _dates(text, "2022-03-09") == expected
