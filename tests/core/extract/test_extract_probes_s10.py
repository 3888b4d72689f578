"""English statement probes, tenth round (issue 11): whole short reports in styles the
earlier rounds left out - wire reports with several speakers and pronouns or surnames
referring back, a quote carried across two sentences, OCHA-style situation updates, NGO
press releases, tribunal and inquest reporting, police appeals, radio and TV
transcripts, live-blog entries, long-form features, headlines with attributions, and
scraped copy without punctuation.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

# Probes the engine missed when they were written (their opening words); each is
# removed from here when a general rule reads it, and the strict xfail makes a silent
# fix show.
_MISSES: tuple[str, ...] = (
)


def _mark_miss(request: pytest.FixtureRequest, text: str) -> None:
    if text.startswith(_MISSES):
        request.applymarker(pytest.mark.xfail(strict=True, reason="a miss of this round"))


@pytest.mark.parametrize(("text", "expected"), [
    # Whole wire reports: a headline, a dateline, several speakers, pronouns and surnames.
    ("Shelling hits Vell hospital, aid group says\n"
     "VELL, April 9 (Reuters) - Shells struck the main hospital in Vell on Sunday, the aid "
     "group Medical Relief said. Its country director, Paula Grieg, said two wards were "
     "destroyed. \"We moved the patients to the basement,\" she said. Grieg added that the "
     "generators were still working.",
     [("aid group", "Shelling hits Vell hospital"),
      ("the aid group Medical Relief", "Shells struck the main hospital in Vell on Sunday"),
      ("Paula Grieg", "two wards were destroyed"),
      ("Paula Grieg", "We moved the patients to the basement"),
      ("Paula Grieg", "the generators were still working")]),
    ("KESSA, April 10 (AFP) - A local commander, Bashir Nouri, told AFP that his fighters "
     "had pulled back from the bridge. He said the withdrawal was tactical. A government "
     "spokesman denied that the rebels had left.",
     [("Bashir Nouri", "his fighters had pulled back from the bridge"),
      ("Bashir Nouri", "the withdrawal was tactical"),
      ("A government spokesman", "the rebels had left")]),
    ("Mayor Ilse Varga said the city had run out of fuel. \"We cannot pump water,\" Varga "
     "said. \"The hospitals have two days left.\"",
     [("Mayor Ilse Varga", "the city had run out of fuel"),
      ("Mayor Ilse Varga", "We cannot pump water"),
      ("Mayor Ilse Varga", "The hospitals have two days left")]),
    ("Interior Minister Karim Sadeq said on Monday that 40 suspects had been detained. "
     "Sadeq told reporters the raids would continue.",
     [("Interior Minister Karim Sadeq", "40 suspects had been detained"),
      ("Interior Minister Karim Sadeq", "the raids would continue")]),
    ("The governor of Tarn province, Ruth Obi, said the curfew would be lifted. She told "
     "local radio that schools would reopen on Wednesday.",
     [("Ruth Obi", "the curfew would be lifted"),
      ("Ruth Obi", "schools would reopen on Wednesday")]),
    ("A spokesman for the peacekeeping mission, Jonas Ek, said two patrols had come under "
     "fire. Ek said no one was hurt.",
     [("Jonas Ek", "two patrols had come under fire"),
      ("Jonas Ek", "no one was hurt")]),
    ("Red Crescent official Samir Awad said the convoy reached the town on Sunday. "
     "According to Awad, the trucks carried food for 20,000 people.",
     [("Red Crescent official Samir Awad", "the convoy reached the town on Sunday"),
      ("Red Crescent official Samir Awad", "the trucks carried food for 20,000 people")]),
    ("Residents said the militia set fire to the market. One of them, a trader named Kofi "
     "Mensah, said he lost everything.",
     [("Residents", "the militia set fire to the market"),
      ("Kofi Mensah", "he lost everything")]),
])
def test_whole_wire_reports(
    request: pytest.FixtureRequest, text: str, expected: list[tuple[str, str]],
) -> None:
    _mark_miss(request, text)
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Leading adverbials before the speaker.
    ("Speaking to reporters in Geneva, the envoy said both sides had agreed to a pause.",
     [("the envoy", "both sides had agreed to a pause")]),
    ("In an interview with the BBC on Sunday, the defence minister said the army had enough "
     "ammunition.",
     [("the defence minister", "the army had enough ammunition")]),
    ("Earlier in the day, a UN spokesperson said the agency had suspended its operations.",
     [("a UN spokesperson", "the agency had suspended its operations")]),
    ("At a rally in the capital, the opposition leader said the vote had been rigged.",
     [("the opposition leader", "the vote had been rigged")]),
    ("Writing on social media, the ambassador said the embassy would stay open.",
     [("the ambassador", "the embassy would stay open")]),
    ("In a rare public statement, the intelligence service said it had foiled a plot.",
     [("the intelligence service", "it had foiled a plot")]),
    ("Visibly shaken, the survivor said the boat capsized within minutes.",
     [("the survivor", "the boat capsized within minutes")]),
    ("Last week, however, the ministry said the figures were inflated.",
     [("the ministry", "the figures were inflated")]),
    ("On condition of anonymity, a senior officer said the unit had lost contact with the "
     "convoy.",
     [("a senior officer", "the unit had lost contact with the convoy")]),
    ("After visiting the camp, the commissioner said conditions were dire.",
     [("the commissioner", "conditions were dire")]),
])
def test_leading_adverbials(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "according to a statement by X", "X was quoted as saying", nested attribution: one
    # entry per source, the carrier with the same or the enclosing span (README rule).
    ("According to a statement by the regional police, the attackers fled on motorbikes.",
     [("the regional police", "the attackers fled on motorbikes")]),
    ("According to a statement from the army, three soldiers were wounded.",
     [("the army", "three soldiers were wounded")]),
    ("The attackers were repelled, according to a statement issued by the defence "
     "ministry.",
     [("the defence ministry", "The attackers were repelled")]),
    ("The commander was quoted as saying that the town would be retaken within days.",
     [("The commander", "the town would be retaken within days")]),
    ("Foreign Minister Lea Holm was quoted by the state news agency as saying the talks had "
     "failed.",
     [("the state news agency", "the talks had failed"),
      ("Foreign Minister Lea Holm", "the talks had failed")]),
    ("The general was quoted by local media as saying his troops controlled the airport.",
     [("local media", "his troops controlled the airport"),
      ("The general", "his troops controlled the airport")]),
    ("A police source quoted by the Daily Monitor said the suspects were foreigners.",
     [("the Daily Monitor", "the suspects were foreigners"),
      ("A police source", "the suspects were foreigners")]),
    ("Human rights groups say the army detained hundreds, according to the report.",
     [("the report", "Human rights groups say the army detained hundreds"),
      ("Human rights groups", "the army detained hundreds")]),
])
def test_according_and_quoted(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A statement quoted across two sentences, and follow-up quotes.
    ('"The bridge is gone," said Captain Rui Sala. "We will need weeks to rebuild it."',
     [("Captain Rui Sala", "The bridge is gone"),
      ("Captain Rui Sala", "We will need weeks to rebuild it")]),
    ('"We have registered 900 families this week," said Mona Diab of the UN refugee '
     'agency. "Most of them arrived on foot."',
     [("Mona Diab of the UN refugee agency", "We have registered 900 families this week"),
      ("Mona Diab of the UN refugee agency", "Most of them arrived on foot")]),
    ('The farmer, Elias Karam, said the soldiers came at night. "They took the cattle and '
     'burned the barn," he said.',
     [("Elias Karam", "the soldiers came at night"),
      ("Elias Karam", "They took the cattle and burned the barn")]),
    ('"No aid has entered for a month," the agency said in a statement.',
     [("the agency", "No aid has entered for a month")]),
])
def test_quotes_across_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # UN / OCHA and NGO updates.
    ("OCHA said that more than 12,000 people had been displaced since Friday.",
     [("OCHA", "more than 12,000 people had been displaced since Friday")]),
    ("Humanitarian partners report that water trucking has been suspended in three "
     "districts.",
     [("Humanitarian partners", "water trucking has been suspended in three districts")]),
    ("The World Food Programme warned that stocks would run out by the end of the month.",
     [("The World Food Programme", "stocks would run out by the end of the month")]),
    ("UNICEF said in a press release that four schools were hit in the past week.",
     [("UNICEF", "four schools were hit in the past week")]),
    ("The Norwegian Refugee Council called the conditions in the camp unacceptable and said "
     "access must be restored.",
     [("The Norwegian Refugee Council", "access must be restored")]),
    # a noun that makes "denied" an act ("denied access") opens the words after "said"
    ("The army said access to the city was cut.",
     [("The army", "access to the city was cut")]),
    ("Officials said bail was refused for the two suspects.",
     [("Officials", "bail was refused for the two suspects")]),
    ("Amnesty International said it had documented at least 14 unlawful killings.",
     [("Amnesty International", "it had documented at least 14 unlawful killings")]),
    ("The UN Secretary-General's spokesperson told reporters that the mission was "
     "concerned about the reports.",
     [("The UN Secretary-General's spokesperson", "the mission was concerned about the "
       "reports")]),
])
def test_un_and_ngo_updates(
    request: pytest.FixtureRequest, text: str, expected: list[tuple[str, str]],
) -> None:
    _mark_miss(request, text)
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Tribunal, inquest and police copy.
    ("The coroner said the victim died of multiple gunshot wounds.",
     [("The coroner", "the victim died of multiple gunshot wounds")]),
    ("Judge Maria Senn told the defendant that the sentence reflected the gravity of the "
     "crimes.",
     [("Judge Maria Senn", "the sentence reflected the gravity of the crimes")]),
    ("The prosecution told the tribunal that the orders came from the brigade command.",
     [("The prosecution", "the orders came from the brigade command")]),
    ("In a written ruling, the appeals chamber said the trial judges had erred.",
     [("the appeals chamber", "the trial judges had erred")]),
    ("Police appealed for witnesses and said the gunman had fled in a white car.",
     [("Police", "the gunman had fled in a white car")]),
    ("A police statement said the two men were arrested at a checkpoint.",
     [("A police statement", "the two men were arrested at a checkpoint")]),
    ("Chief Inspector Paul Marr said officers were called to the scene at 11 p.m.",
     [("Chief Inspector Paul Marr", "officers were called to the scene at 11 p.m.")]),
])
def test_tribunal_and_police(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Headline attributions in several house styles.
    ("Army says it killed 20 militants in Kessa raid\nThe raid took place on Sunday.",
     [("Army", "it killed 20 militants in Kessa raid")]),
    ("UPDATE 2-Rebels seized airport, says commander\nThe airport was closed.",
     [("commander", "Rebels seized airport")]),
    ("Ceasefire holding, UN envoy tells council\nThe envoy spoke by video link.",
     [("UN envoy", "Ceasefire holding")]),
    ("'We are starving': residents of besieged Vell plead for aid\nThe town has been "
     "cut off since January.",
     [("residents of besieged Vell", "We are starving")]),
    ("'We will rebuild': Kessa mayor appeals for calm\nThe mayor spoke on Sunday.",
     [("Kessa mayor", "We will rebuild")]),
])
def test_headline_attributions(
    request: pytest.FixtureRequest, text: str, expected: list[tuple[str, str]],
) -> None:
    _mark_miss(request, text)
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Transcripts and live blogs.
    ("14:05 The health ministry says the toll has risen to 31.",
     [("The health ministry", "the toll has risen to 31")]),
    ("Our correspondent in Kessa says the streets are empty.",
     [("Our correspondent in Kessa", "the streets are empty")]),
    ("Update: The army now says the blast was caused by a gas leak.",
     [("The army", "the blast was caused by a gas leak")]),
])
def test_transcripts_and_live_blogs(
    request: pytest.FixtureRequest, text: str, expected: list[tuple[str, str]],
) -> None:
    _mark_miss(request, text)
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Copy without punctuation, run-on "he said".
    ("The army said the area was cleared of terrorists and the road reopened to traffic",
     [("The army", "the area was cleared of terrorists and the road reopened to traffic")]),
    ("Governor Talal Barazi told reporters that the water station resumed pumping",
     [("Governor Talal Barazi", "the water station resumed pumping")]),
    ("a military source said that the units destroyed 3 vehicles equipped with machine "
     "guns",
     [("a military source", "the units destroyed 3 vehicles equipped with machine guns")]),
    ("The Observatory said that 12 civilians including 4 children were killed in the "
     "airstrikes",
     [("The Observatory", "12 civilians including 4 children were killed in the "
       "airstrikes")]),
    ("Local sources told the agency that the militants withdrew from the village after the "
     "clashes",
     [("Local sources", "the militants withdrew from the village after the clashes")]),
])
def test_unpunctuated(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize("text", [
    # Not statements.
    "The minister will speak to reporters on Tuesday.",
    "The spokesman was not available for comment.",
    "Officials have yet to say how many people were hurt.",
    "The agency did not respond to a request for comment.",
    "Police have not released the names of the victims.",
    "The talks are scheduled to resume next week.",
    # "concluded" reports a finding only with "that" or inverted after a source.
    "The talks concluded on Friday without a deal.",
    "Fighting resumed after the truce, the first round concluded.",
    "The army now holds the bridge.",
    "The UPDATE-2 file was sent late.",
    "The army denied entry to the convoy.",
    # a quoted headline before a colon without a source after it
    "'Tired of war': a photo essay from Vell\nThe pictures were taken in March.",
    "The ministry promised access to the camp by Friday.",
    # a dateline in capitals before a colon is a place, not a transcript's speaker
    "Kessa falls\nVELL: Government troops entered the town on Sunday.",
])
def test_not_statements(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Second batch: more whole reports and the styles the first batch left thin.
    ("Militia frees 6 aid workers, charity says\n"
     "NAIROBI, April 9 - Six aid workers abducted last month have been freed, their "
     "employer said on Sunday. \"They are tired but unharmed,\" the charity's director, "
     "Grace Wambui, told reporters. Wambui declined to say whether a ransom was paid. The "
     "workers were seized near the border, police said.",
     [("charity", "Militia frees 6 aid workers"),
      ("their employer", "Six aid workers abducted last month have been freed"),
      ("Grace Wambui", "They are tired but unharmed"),
      ("police", "The workers were seized near the border")]),
    ("Two UN peacekeepers were wounded in an ambush on Saturday, the mission said. The "
     "mission's spokesman, Idris Kane, said the patrol was attacked with rockets. He "
     "condemned the attack. \"Attacks on peacekeepers may constitute war crimes,\" Kane "
     "said.",
     [("the mission", "Two UN peacekeepers were wounded in an ambush on Saturday"),
      ("Idris Kane", "the patrol was attacked with rockets"),
      ("Idris Kane", "Attacks on peacekeepers may constitute war crimes")]),
    # "accused" and "denied" are speech verbs by the corpus rules.
    ("The opposition accused the government of starving the city. Government officials "
     "denied the accusation and said food was reaching all districts.",
     [("The opposition", "the government of starving the city"),
      ("Government officials", "the accusation"),
      ("Government officials", "food was reaching all districts")]),
    ("Dr. Lina Farah, who heads the emergency ward, said 14 of the wounded were children. "
     "She said the hospital had only one surgeon left.",
     [("Dr. Lina Farah", "14 of the wounded were children"),
      ("Dr. Lina Farah", "the hospital had only one surgeon left")]),
    ("\"We heard the planes and then the walls fell,\" said Huda, a 30-year-old mother who "
     "asked that her surname not be used. Her neighbour, Sami Aziz, said three houses "
     "collapsed.",
     [("Huda", "We heard the planes and then the walls fell"),
      ("Sami Aziz", "three houses collapsed")]),
    ("Captain Omar Baig, a spokesman for the army, said troops had entered the town. "
     "Another officer, who asked not to be named, said resistance was light.",
     [("Captain Omar Baig", "troops had entered the town"),
      ("Another officer", "resistance was light")]),
])
def test_whole_reports_second_batch(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Speaker heads with descriptions, titles and set-off words.
    ("The UN's top humanitarian official in the country, Marta Lenz, said aid flights had "
     "resumed.",
     [("Marta Lenz", "aid flights had resumed")]),
    ("Brigadier General Sam Okafor, the commander of the task force, told journalists the "
     "bandits had been dislodged.",
     [("Brigadier General Sam Okafor", "the bandits had been dislodged")]),
    ("A senior Western diplomat familiar with the talks said a deal was close.",
     [("A senior Western diplomat familiar with the talks", "a deal was close")]),
    ("Two security officials, speaking on condition of anonymity, said the convoy was "
     "hit by a roadside bomb.",
     [("Two security officials", "the convoy was hit by a roadside bomb")]),
    ("The spokesman, Lt. Col. Anan Rahim, said the operation was over.",
     [("Lt. Col. Anan Rahim", "the operation was over")]),
    ("Witnesses in the town told The Associated Press that the gunmen wore uniforms.",
     [("Witnesses in the town", "the gunmen wore uniforms")]),
    ("The group's leader also said the fighters would not disarm.",
     [("The group's leader", "the fighters would not disarm")]),
    ("The health ministry, which is run by the de facto authorities, said 41 people were "
     "killed.",
     [("The health ministry", "41 people were killed")]),
    # (a claim of an attack is an attribution with the act as its words: forty-second round)
    ("Militants claimed responsibility for the attack in a statement.",
     [("Militants", "responsibility for the attack")]),
    ("The army later announced that the curfew had been extended.",
     [("The army", "the curfew had been extended")]),
])
def test_speaker_heads(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Inverted and trailing attributions, verbs other than "said".
    ("The siege will be broken within a week, the general predicted.",
     [("the general", "The siege will be broken within a week")]),
    ("More than 300 homes were damaged, the county said in its latest update.",
     [("the county", "More than 300 homes were damaged")]),
    ("The shelling came from government positions, residents claimed.",
     [("residents", "The shelling came from government positions")]),
    ("The detainees were tortured, the report concluded.",
     [("the report", "The detainees were tortured")]),
    ("Fighting has eased in the north, the monitor reported on Monday.",
     [("the monitor", "Fighting has eased in the north")]),
    # A pronoun with nothing to refer to stays as written.
    ("The rebels, he said, had run out of ammunition.", [("he", "The rebels had run out "
                                                          "of ammunition")]),
])
def test_trailing_attributions(
    request: pytest.FixtureRequest, text: str, expected: list[tuple[str | None, str]],
) -> None:
    _mark_miss(request, text)
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Transcripts: a capitalised speaker label in body text.
    ("Here is the exchange.\nMAJOR ELIN BERG: We pulled back two kilometres.",
     [("MAJOR ELIN BERG", "We pulled back two kilometres")]),
    ("Transcript of the briefing.\nSPOKESMAN: The road to Vell is open again.",
     [("SPOKESMAN", "The road to Vell is open again")]),
    # Run-on "he said" at the end of copy without punctuation.
    ("Governor Adel Haidar told reporters the water came back on Sunday. The curfew is still "
     "in force he said",
     [("Governor Adel Haidar", "the water came back on Sunday"),
      ("Governor Adel Haidar", "The curfew is still in force")]),
])
def test_transcripts_and_run_ons(
    request: pytest.FixtureRequest, text: str, expected: list[tuple[str, str]],
) -> None:
    _mark_miss(request, text)
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Third batch: short agency items (headline and one to three sentences) and scraped
    # regional copy without commas or apostrophes.
    ("Militants Kill 5 Police in Northern Town\nKESSA (Reuters) - Militants killed five "
     "policemen in an attack on a checkpoint on Sunday, a provincial official said.",
     [("a provincial official", "Militants killed five policemen in an attack on a "
       "checkpoint on Sunday")]),
    ("Envoy Sees Hope for Truce\nGENEVA (AP) - The UN envoy said Monday he saw a chance "
     "for a truce within weeks. \"Both sides are tired,\" he told reporters.",
     [("The UN envoy", "he saw a chance for a truce within weeks"),
      ("The UN envoy", "Both sides are tired")]),
    ("Kessa Apr 9 (NNA) - The army said in a statement that its units repelled an attack "
     "on the airport and killed dozens of the attackers",
     [("The army", "its units repelled an attack on the airport and killed dozens of the "
       "attackers")]),
    ("Tarn SANA - Governor Ali Nassar said the citys water network was repaired and that "
     "pumping resumed on Sunday",
     [("Governor Ali Nassar", "the citys water network was repaired and that pumping "
       "resumed on Sunday")]),
    ("The Observatory reported that 9 fighters were killed in the clashes and its director "
     "said the toll is expected to rise",
     [("The Observatory", "9 fighters were killed in the clashes"),
      ("its director", "the toll is expected to rise")]),
    # the headline's "Deny" is a denial in the plural present (README: headline
    # attributions; read since the thirteenth round)
    ("Rebels Deny Shooting Down Jet\nThe rebels denied that they shot down the jet. A "
     "rebel spokesman said the plane crashed because of a fault.",
     [("Rebels", "Shooting Down Jet"),
      ("The rebels", "they shot down the jet"),
      ("A rebel spokesman", "the plane crashed because of a fault")]),
    ("Premier Vows to Crush Revolt\nPrime Minister Ivo Brand vowed on Tuesday to crush the "
     "revolt in the south. Brand said the army would restore order within a week.",
     [("Premier", "to Crush Revolt"),
      ("Prime Minister Ivo Brand", "to crush the revolt in the south"),
      ("Prime Minister Ivo Brand", "the army would restore order within a week")]),
    ("One resident, a teacher called Ama Owusu, told AFP the school was hit.",
     [("Ama Owusu", "the school was hit")]),
    ("A witness who gave her name only as Leila said the gunmen arrived at dawn.",
     [("Leila", "the gunmen arrived at dawn")]),
    ("Ali Hamid was detained on Friday and his lawyer said the charges were false.",
     [("his lawyer", "the charges were false")]),
    ("The ministry also said that 3 of the wounded were in critical condition.",
     [("The ministry", "3 of the wounded were in critical condition")]),
    ("\"It was a massacre,\" said one survivor. Another said the soldiers fired on "
     "everyone.",
     [("one survivor", "It was a massacre"),
      ("Another", "the soldiers fired on everyone")]),
])
def test_agency_items(
    request: pytest.FixtureRequest, text: str, expected: list[tuple[str, str]],
) -> None:
    _mark_miss(request, text)
    assert statements(text) == expected
