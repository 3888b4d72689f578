"""English probes, thirty-fourth round (issue 11): the constructions a blind test set
(`bench/blind/en-1.jsonl`) found missing, each written here anew as common wire and
feature language, with the look-alikes where the old reading, or none, must stay.

Casualty figures:

1. Displacement told with a verb of forcing or driving: "forced about 3,000 people to
   flee", "drive 5,000 from homes" (civilians, or no noun, before "to flee"; anyone
   "from their homes").
2. Coordinated victim groups before a distant passive, with an inserted sub-group and
   its origin: "Three soldiers and two villagers, among them a shepherd from Karun, were
   killed".
3. One victim counted by an article at the end of a list further from its verb:
   "killing four local policemen and a civilian"; "a local chief" among the arrested.
4. "were among the dead" after a modifier of the group ("from both sides"), and "were
   among those taken" (captives).
5. Captives named by other verbs: "rescued" in a story of captives, "captured six
   soldiers alive", "three aid workers it has held".
6. Misfires: a threat ("would kill four engineers"), a distance ("30 km south of"),
   vehicles ("seized two Humvees").
7. "lost two men" told by the side that lost them: its dead.

Statements:

8. "She said" / "He said" after a quote whose later sentence opens with a capitalised
   determiner ("Our", "Most"): the quote's speaker.
9. A quote-only sentence that goes on with the last speaker, then "X said" with a count
   opening its own words, in copy without commas.
10. A trailing attribution followed by a concession or a time since ("despite army
    promises to ...", "more than a year after a treaty promised it").
11. "A quoted B as saying" closing the sentence: two sources.
12. A quote as the complement of "called".
13. A person and the place where they work, read backwards only as the place.

Every sentence is fictional and written for these tests; names and places are invented.
Dates are read against Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report, engines_read

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = (
    # ... a toll given with "gave", then ", saying"
    ("A local councillor gave a higher toll", "statements"),
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. forced or driven out
    ("Clashes in the hills have forced about 3,000 people to flee, the agency said.",
     [("forced about 3,000 people to flee", "displaced", 3000, None, "about", "people")]),
    ("Army offensive could drive 5,000 from homes",
     [("drive 5,000 from homes", "displaced", 5000, None, "exact", None)]),
    ("The raids drove about 900 families from their homes.",
     [("drove about 900 families from their homes", "displaced", 900, None, "about",
       "families")]),
    ("Gunmen force hundreds of families to flee",
     [("force hundreds of families to flee", "displaced", 200, None, "vague", "families")]),
    # ... look-alikes: a retreat, fighters fleeing, a hazard, things driven
    ("The counter-attack forced the gunmen to flee.", []),
    ("The ambush forced 30 soldiers to retreat.", []),
    ("The counter-attack forced 40 gunmen to flee into the hills.", []),
    ("Police forced 40 protesters to leave the square.", []),
    ("Floods force hundreds of families to flee", []),
    ("Drivers drive 40 trucks from the depot each day.", []),
    # 2. coordinated groups, an inserted sub-group with its origin, a distant passive
    ("Three soldiers and two villagers, among them a shepherd from Karun, were killed in "
     "the ambush, a police officer said.",
     [("Three soldiers", "killed", 3, None, "exact", "soldiers"),
      ("two villagers", "killed", 2, None, "exact", "villagers"),
      ("among them a shepherd", "killed", 1, None, "exact", "shepherd")]),
    ("Two guards and five prisoners, among them a former mayor, were wounded, according "
     "to the warden.",
     [("Two guards", "wounded", 2, None, "exact", "guards"),
      ("five prisoners", "wounded", 5, None, "exact", "prisoners"),
      ("among them a former mayor", "wounded", 1, None, "exact", "former mayor")]),
    # ... look-alike: the plain list
    ("Three soldiers and two villagers were killed.",
     [("Three soldiers", "killed", 3, None, "exact", "soldiers"),
      ("two villagers were killed", "killed", 2, None, "exact", "villagers")]),
    # 3. an article last in a list
    ("Rebels raided a hamlet overnight, killing four local policemen and a civilian.",
     [("killing four local policemen", "killed", 4, None, "exact", "local policemen"),
      ("a civilian", "killed", 1, None, "exact", "civilian")]),
    ("Police said they had arrested 12 suspects, among them a local chief accused of "
     "hiding the guns.",
     [("arrested 12 suspects", "arrested", 12, None, "exact", "suspects"),
      ("among them a local chief", "arrested", 1, None, "exact", "local chief")]),
    # ... look-alike: an article that counts no person
    ("Gunmen killed three soldiers and a dog.",
     [("killed three soldiers", "killed", 3, None, "exact", "soldiers")]),
    # 4. "among the dead" after a modifier; "among those taken"
    ("Six fighters from both sides were among the dead, a medic said.",
     [("Six fighters", "killed", 6, None, "exact", "fighters")]),
    ("Eleven soldiers from the northern brigade were among the dead.",
     [("Eleven soldiers", "killed", 11, None, "exact", "soldiers")]),
    ("His two brothers were among those taken.",
     [("two brothers", "captured", 2, None, "exact", "brothers")]),
    # ... look-alikes: among the guests; among those taken to hospital
    ("Two journalists were among the guests.", []),
    ("Two journalists were among those taken to hospital.", []),
    # 5. captives by other verbs
    ("Gunmen abducted 40 villagers on Monday. Troops rescued 20 women and children on "
     "Wednesday.",
     [("abducted 40 villagers", "captured", 40, None, "exact", "villagers"),
      ("rescued 20 women and children", "captured", 20, None, "exact",
       "women and children")]),
    ("The militants captured six soldiers alive after the battle.",
     [("captured six soldiers", "captured", 6, None, "exact", "soldiers")]),
    ("The group said it would release three aid workers it has held since March.",
     [("three aid workers it has held", "captured", 3, None, "exact", "aid workers")]),
    # ... look-alikes: saved from a danger, no story of captives, buried alive
    ("Gunmen abducted 40 villagers on Monday. Divers rescued 20 people from the river.",
     [("abducted 40 villagers", "captured", 40, None, "exact", "villagers")]),
    ("Troops rescued 20 women and children from the flooded valley.", []),
    ("Rescue workers pulled 12 bodies from the rubble.",
     [("12 bodies", "killed", 12, None, "exact", "bodies")]),
    # 6. a threat, a distance, vehicles
    ("The group said it would kill four engineers if its demands were not met.", []),
    ("The militants threatened to kill five hostages unless the ransom was paid.",
     [("five hostages", "captured", 5, None, "exact", "hostages")]),
    ("Fierce clashes in the town of Dar Kesh 30 km south of Benara have killed at least "
     "11 people since Sunday.",
     [("killed at least 11 people", "killed", 11, None, "at_least", "people")]),
    ("The Taliban said their fighters had killed 20 soldiers and seized two Humvees and "
     "large amounts of weapons.",
     [("killed 20 soldiers", "killed", 20, None, "exact", "soldiers")]),
    # ... look-alikes: the deed done, people seized
    ("The gunmen killed four engineers, police said.",
     [("killed four engineers", "killed", 4, None, "exact", "engineers")]),
    ("Rebels seized two policemen at the checkpoint.",
     [("seized two policemen", "captured", 2, None, "exact", "policemen")]),
    # 7. a side's own dead
    ("The commander said his unit had lost three soldiers in the ambush.",
     [("lost three soldiers", "killed", 3, None, "exact", "soldiers")]),
    ("We lost four men on the bridge, the commander said.",
     [("lost four men", "killed", 4, None, "exact", "men")]),
    # ... look-alikes: an enemy's losses (dead and wounded), no fighters
    ("The army said the rebels had lost 80 fighters.", []),
    ("Russia has lost about 300 soldiers over the past day, the general staff said.", []),
    ("The party lost two seats in the vote.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


STATEMENT_SENTENCES: list[tuple[str, list]] = [
    # 8. a pronoun after a quote of two sentences
    ('"It began after midnight. Our well was poisoned and the goats died first," said '
     "Mira, 47, who gave no surname. She said most families had already left.",
     [("Mira", "It began after midnight. Our well was poisoned and the goats died first"),
      ("Mira", "most families had already left")]),
    ('"They came at dawn. Most of the wounded are children," Okal said. He said eight '
     "people were still missing.",
     [("Okal", "They came at dawn. Most of the wounded are children"),
      ("Okal", "eight people were still missing")]),
    # ... look-alike: a person subject in between keeps the pronoun's reading
    ('"They came at dawn," Okal said. Lena Varo arrived later. She said the road was cut.',
     [("Okal", "They came at dawn"), ("Lena Varo", "the road was cut")]),
    # 9. a quote-only sentence, then a source with its own words opening on a count
    ('"I have never seen such fighting" said Ali Varo a baker whose shop is near the '
     'square. "They were shooting from the water tower." The Red Cross said about 300 '
     "families had fled the town by Monday.",
     [("Ali Varo", "I have never seen such fighting"),
      ("Ali Varo", "They were shooting from the water tower"),
      ("The Red Cross", "about 300 families had fled the town by Monday")]),
    # ... look-alike: no source after it
    ('Ali Varo said the gunmen arrived after dark. "They were shooting from the water '
     'tower."',
     [("Ali Varo", "the gunmen arrived after dark"),
      ("Ali Varo", "They were shooting from the water tower")]),
    # 10. a trailing attribution, then a concession or a time since
    ("Shelling has forced about 2,000 people to flee the district, the agency said on "
     "Monday, despite army promises to protect the villages.",
     [("the agency", "Shelling has forced about 2,000 people to flee the district")]),
    ("The two sides have agreed to reopen the border crossing before the end of May, the "
     "minister for trade said on Thursday, more than a year after a treaty promised it.",
     [("the minister for trade", "The two sides have agreed to reopen the border crossing "
       "before the end of May")]),
    ("The talks resumed, the envoy said on Friday, a year after the truce.",
     [("the envoy", "The talks resumed")]),
    # ... look-alikes: words after the comma; a promise that is a verb
    ("The envoy said on Friday, the talks had resumed.",
     [("The envoy", "the talks had resumed")]),
    ("The army promised to protect the villages.",
     [("The army", "to protect the villages")]),
    # 11. "A quoted B as saying" closing the sentence
    ("Rebels burned a school in the north overnight, Tass news agency quoted a local "
     "governor as saying.",
     [("Tass news agency", "Rebels burned a school in the north overnight"),
      ("a local governor", "Rebels burned a school in the north overnight")]),
    # ... look-alike: the chain at the start
    ("The agency quoted the governor as saying the fire was put out.",
     [("The agency", "the fire was put out"), ("the governor", "the fire was put out")]),
    # 12. a quote as what someone called a thing
    ('Union leader Pia Mend called the new wage offer "an insult to every worker in the '
     'port."',
     [("Union leader Pia Mend", "an insult to every worker in the port")]),
    # ... look-alikes: no quote; a quoted phrase that names nothing
    ("The minister called the talks constructive.", []),
    ('Residents called the hotline "dozens of times a night" during the siege.', []),
    # 13. a person and where they work
    ("A medical official at the field hospital in nearby Tel Sarun said 12 people had "
     "been brought in.",
     [("A medical official at the field hospital in nearby Tel Sarun",
       "12 people had been brought in")]),
    # ... look-alikes: the short phrase as before; a place in the words
    ("A doctor at the hospital in Kessa said 12 people had been brought in.",
     [("A doctor at the hospital in Kessa", "12 people had been brought in")]),
    ("Fighting in the hills around the villages of the district near Tel Sarun continued, "
     "the army said.",
     [("the army", "Fighting in the hills around the villages of the district near Tel "
       "Sarun continued")]),
    # the speech verb away from its subject (read since the forty-second round, except
    # the toll given with "gave")
    ("State radio made no mention of the raid but said the army had repelled an attack "
     "near the border.",
     [("State radio", "the army had repelled an attack near the border")]),
    ("A local councillor gave a higher toll of 23 dead, saying many bodies were still "
     "under the rubble.",
     [("A local councillor", "a higher toll of 23 dead"),
      ("A local councillor", "many bodies were still under the rubble")]),
    ("The donors are paying for the barracks, and the UN mission, KORA, said it would send "
     "engineers.",
     # (the name in apposition speaks, as when the clause opens the sentence: "The UN
     # mission, KORA, said ..."; forty-second round)
     [("KORA", "it would send engineers")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str,
                             expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


def test_where_the_rules_stop() -> None:
    # an enemy's "lost" stays nothing, and so does a side's with no pronoun for it
    assert engines_read("The 5th Brigade lost 12 men in the ambush.")["casualties"] == []
    # "to flee" with no civilians named and a group that is none: fighters keep nothing
    assert engines_read("Artillery forced 30 fighters to flee.")["casualties"] == []
    # a plan before the verb ends the reading at the verb's own figure only
    assert engines_read("Gunmen tried to kidnap three girls.")["casualties"] == []
