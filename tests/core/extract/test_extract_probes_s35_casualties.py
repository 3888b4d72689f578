"""English probes, thirty-fifth round (issue 11): casualty constructions that a second
blind set (`bench/blind/en-2.jsonl`) showed missing, each written here anew as common
wire and feature language, with the look-alikes where nothing, or the old reading, must
stay.

1. Displacement told with "fled" / "flee" and no word of home: "An estimated 12,000
   people have fled", "Around 450,000 have fled", "as thousands flee east". Gunmen,
   suspects, drivers, investors and a few people getting away are no displaced.
2. Captives without "kidnapped" or "hostage" beside the count: "are still being held",
   "carried off dozens of villagers", "had taken 'dozens' of prisoners". Talks, seats,
   funerals, trophies and prisoners moved to court are no captives.
3. A vague quantifier in quotation marks: "'dozens' of soldiers had been killed",
   "“dozens of rebels” had been killed".
4. "received 23 bodies and 51 wounded": each count keeps its own outcome.
5. The article of an opening phrase without its comma ("In a separate incident two
   policemen were killed") is no count.
6. Smaller ones: an adverb in the verb group ("were briefly detained"), a victim
   written with a hyphen ("a passer-by").
7. An elliptical second figure: "killed 30 rebels and captured 12".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

# Probes the engine missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = ()

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. fleeing, no word of home
    ("An estimated 12,000 people have fled fighting in the hills, the agency said.",
     [("An estimated 12,000 people have fled", "displaced", 12000, None, "about",
       "people")]),
    ("Around 450,000 have fled to neighbouring provinces since March.",
     [("Around 450,000 have fled", "displaced", 450000, None, "about", None)]),
    ("Shelling resumes in Darvesh as thousands flee east",
     [("thousands flee", "displaced", 2000, None, "vague", None)]),
    ("About 6,000 residents had fled there by Sunday, officials said.",
     [("About 6,000 residents had fled", "displaced", 6000, None, "about", "residents")]),
    ("More than 2,000 villagers fled into the forest when the shelling began.",
     [("More than 2,000 villagers fled", "displaced", 2000, None, "more_than",
       "villagers")]),
    ("Some 9,000 people, most of them women and children, have fled towards Kalvo.",
     [("Some 9,000 people, most of them women and children, have fled", "displaced",
       9000, None, "about", "people")]),
    ("About 30 families fled overnight, a village elder said.",
     [("About 30 families fled", "displaced", 30, None, "about", "families")]),
    # ... look-alikes: attackers and suspects getting away, a few people escaping, other
    # crowds, a scene left
    ("The gunmen fled the scene on motorbikes.", []),
    ("Three gunmen fled after the attack on the checkpoint.", []),
    ("The suspects fled before police arrived.", []),
    ("The driver fled, police said.", []),
    ("Two attackers fled on motorbikes.", []),
    ("Investors fled the market after the vote.", []),
    ("Thousands of investors have fled since the election.", []),
    ("About 300 inmates have fled the prison, the ministry said.", []),
    ("Two women fled the attackers and raised the alarm.", []),
    ("Three people fled the scene before the fire brigade arrived.", []),
    ("Hundreds of fans fled the stadium when the stand caught fire.", []),
    # 2. captives without "kidnapped" or "hostage" beside the count
    ("Gunmen kidnapped five engineers on Monday. Two of his colleagues are still being "
     "held by the group, the company said.",
     [("kidnapped five engineers", "captured", 5, None, "exact", "engineers"),
      ("Two of his colleagues are still being held", "captured", 2, None, "exact",
       "his colleagues")]),
    ("Raiders carried off dozens of villagers, residents said.",
     [("carried off dozens of villagers", "captured", 24, None, "vague", "villagers")]),
    ("The rebels freed four soldiers they had held hostage since May.",
     [("freed four soldiers", "captured", 4, None, "exact", "soldiers")]),
    ("The militia said it had taken 'dozens' of prisoners in the raid.",
     [("taken 'dozens' of prisoners", "captured", 24, None, "vague", "prisoners")]),
    ("Rebels said they took 40 prisoners.",
     [("took 40 prisoners", "captured", 40, None, "exact", "prisoners")]),
    # ... look-alikes: talks, seats, an event held somewhere, a trophy, a delay,
    # prisoners moved or released
    ("Guards took 40 prisoners to court on Monday.", []),
    ("Officials took 30 prisoners back to the jail.", []),
    ("The ministry released 200 prisoners.", []),
    ("The two leaders held talks on Monday.", []),
    ("The party held 30 seats in the old parliament.", []),
    ("The funerals of the 12 victims were held at the stadium.", []),
    ("The visiting team carried off the trophy.", []),
    ("The 40 delegates were held up by traffic.", []),
    # 3. a vague quantifier in quotation marks
    ("Rebels said 'dozens' of soldiers had been killed in the fighting.",
     [("'dozens' of soldiers had been killed", "killed", 24, None, "vague", "soldiers")]),
    ("The army said “dozens” of fighters had been killed.",
     [("“dozens” of fighters had been killed", "killed", 24, None, "vague", "fighters")]),
    ("Officials said “dozens of rebels” had been killed near Marto.",
     [("“dozens of rebels” had been killed", "killed", 24, None, "vague", "rebels")]),
    # ... look-alike: a quoted crowd with no outcome
    ("He said 'hundreds' of people were out on the streets.", []),
    # 4. each count its own outcome
    ("The hospital received 23 bodies and 51 wounded overnight.",
     [("23 bodies", "killed", 23, None, "exact", "bodies"),
      ("51 wounded", "wounded", 51, None, "exact", None)]),
    # ... look-alike: one verb after two counts is still both counts' verb
    ("Four soldiers and two civilians were wounded.",
     [("Four soldiers", "wounded", 4, None, "exact", "soldiers"),
      ("two civilians were wounded", "wounded", 2, None, "exact", "civilians")]),
    # 5. the article of an opening phrase
    ("In a separate incident two policemen were killed in Kandahar.",
     [("two policemen were killed", "killed", 2, None, "exact", "policemen")]),
    ("In an earlier attack three guards were wounded.",
     [("three guards were wounded", "wounded", 3, None, "exact", "guards")]),
    # ... look-alike: the article that is the count stays one
    ("In a separate incident a policeman was killed.",
     [("a policeman was killed", "killed", 1, None, "exact", "policeman")]),
    # 6. an adverb in the verb group; a hyphenated victim
    ("Nine journalists were briefly detained at the border.",
     [("Nine journalists were briefly detained", "arrested", 9, None, "exact",
       "journalists")]),
    ("The blast killed two soldiers and wounded a passer-by.",
     [("killed two soldiers", "killed", 2, None, "exact", "soldiers"),
      ("wounded a passer-by", "wounded", 1, None, "exact", "passer-by")]),
    ("Police briefly detained the match referee.", []),
    # 7. an elliptical second figure: the first figure's people, their noun left out
    ("The army said it killed 30 rebels and captured 12.",
     [("killed 30 rebels", "killed", 30, None, "exact", "rebels"),
      ("captured 12", "captured", 12, None, "exact", None)]),
    # ... look-alikes: the second count has a noun of its own, or is not the clause's end
    ("Troops killed 30 rebels and seized 12 rifles.",
     [("killed 30 rebels", "killed", 30, None, "exact", "rebels")]),
    ("The army killed 20 rebels and captured 3 of their bases.",
     [("killed 20 rebels", "killed", 20, None, "exact", "rebels")]),
    ("Police arrested 4 suspects and seized 12 kg of heroin.",
     [("arrested 4 suspects", "arrested", 4, None, "exact", "suspects")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
