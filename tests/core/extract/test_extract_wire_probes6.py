"""English probe sentences, sixth round (issue 11): situation reports of aid agencies and
monitors, translated local press with long titles, court news, live blogs, questions in
quotes, present-tense reporting and sentences that must give nothing.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements


@pytest.mark.parametrize(("text", "expected"), [
    # A group noun with the group's name in apposition after it is one source.
    ("According to figures compiled by the monitoring group Airwars, at least 200 civilians "
     "were killed in March.",
     [("the monitoring group Airwars", "at least 200 civilians were killed in March")]),
    ("According to the monitoring group Airwars, the strikes killed 30 people.",
     [("the monitoring group Airwars", "the strikes killed 30 people")]),
    ("The strikes killed 30 people, according to the watchdog Airwars.",
     [("the watchdog Airwars", "The strikes killed 30 people")]),
    ("The strikes killed 30 people, according to figures published by the monitoring group "
     "Airwars.",
     [("the monitoring group Airwars", "The strikes killed 30 people")]),
    ("According to the relief group Friends of Varna, the camp has no water.",
     [("the relief group Friends of Varna", "the camp has no water")]),
    # a weekday after the group is when, not a name
    ("According to the monitoring group Monday, the strikes killed 30 people.",
     [("the monitoring group", "the strikes killed 30 people")]),
    # relatives that already worked
    ("According to the rights group Amnesty International, the strikes were unlawful.",
     [("the rights group Amnesty International", "the strikes were unlawful")]),
    ("The rights group Amnesty International said the strikes were unlawful.",
     [("The rights group Amnesty International", "the strikes were unlawful")]),
    ("The UK-based Syrian Observatory for Human Rights said 12 fighters were killed.",
     [("The UK-based Syrian Observatory for Human Rights", "12 fighters were killed")]),
    ("The group's spokesman, Abu Hamza, said the fighters had withdrawn.",
     [("Abu Hamza", "the fighters had withdrawn")]),
])
def test_group_noun_with_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A question in quotes is reported by "asked" like any quote by "said".
    ('"Who will pay for this?" asked one resident.',
     [("one resident", "Who will pay for this?")]),
    ('"Is this what they call a ceasefire?" one man asked.',
     [("one man", "Is this what they call a ceasefire?")]),
    ('"Where are the aid convoys?" the mayor asked reporters.',
     [("the mayor", "Where are the aid convoys?")]),
    ('"Why should we leave our homes?" asked Fatima Noor, 62.',
     [("Fatima Noor", "Why should we leave our homes?")]),
    ('The governor asked: "Who will rebuild the schools?"',
     [("The governor", "Who will rebuild the schools?")]),
    # "continued" and "went on" carry a quote on
    ('"The situation is dire," the envoy continued.',
     [("the envoy", "The situation is dire")]),
    ('The minister continued: "We will not give up."',
     [("The minister", "We will not give up")]),
    ('The spokesman went on: "There is no truce in the north."',
     [("The spokesman", "There is no truce in the north")]),
    # already worked
    ("The minister went on to say that the talks had failed.",
     [("The minister", "the talks had failed")]),
    ('"We will rebuild," the mayor added. "But we need help."',
     [("the mayor", "We will rebuild"), ("the mayor", "But we need help")]),
])
def test_questions_and_continued_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Plural subjects report, allege, warn and estimate in the present tense.
    ("Humanitarian partners report that water supplies have been cut in Dara.",
     [("Humanitarian partners", "water supplies have been cut in Dara")]),
    ("Local media report that 12 civilians were killed.",
     [("Local media", "12 civilians were killed")]),
    ("Residents report heavy shelling overnight.",
     [("Residents", "heavy shelling overnight")]),
    ("Prosecutors allege that the defendant ordered the attack.",
     [("Prosecutors", "the defendant ordered the attack")]),
    ("Aid agencies warn that the camps are full.",
     [("Aid agencies", "the camps are full")]),
    # (round en195) partners' estimates are planning figures the sets' gold leaves out
    ("Humanitarian partners estimate that 12,000 people remain trapped in the old city.", []),
    # the singular forms worked before
    ("The governor says the town is safe.", [("The governor", "the town is safe")]),
    ("The commander tells Reuters that the attack failed.",
     [("The commander", "the attack failed")]),
    ('"The shelling has not stopped," says one resident.',
     [("one resident", "The shelling has not stopped")]),
])
def test_present_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "report" and "estimate" as nouns give no speaker of their own.
    ("A police report said the driver had fled.", [("A police report", "the driver had fled")]),
    ("The weekly reports show a rise in attacks.", []),
    ("Monitors file a report every week.", []),
    ("Officials plan to report the findings next month.", []),
    ("News reports say the road is closed.", [("News reports", "the road is closed")]),
    ("The agencies' estimate was revised on Monday.", []),
    ("According to a media report, 12 people were killed.",
     [("a media report", "12 people were killed")]),
    ("In a police report published on Monday, officers described the scene.", []),
    ("The UN agencies report was leaked to the press.", []),
    ("Officials plan to warn residents that the dam may fail.", []),
    # "a report that" opens the words only as a conjunction, not as a relative pronoun
    ("The army dismissed a report that 40 people had died.",
     [("a report", "40 people had died")]),
    ("Human Rights Watch issued a report that accused the army of torture.", []),
])
def test_report_as_a_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A live blog's timestamp opens an entry and is nobody's words.
    ("14:05 GMT - Two rockets hit the port, the navy says.",
     [("the navy", "Two rockets hit the port")]),
    ("Update: Two rockets hit the port, the navy said.",
     [("the navy", "Two rockets hit the port")]),
    ("Update, 16:20 GMT: Two rockets hit the port, the navy said.",
     [("the navy", "Two rockets hit the port")]),
    ("0930 GMT: Four people were wounded in the shelling, rescuers said.",
     [("rescuers", "Four people were wounded in the shelling")]),
    ("09:30 - Update: The health ministry says 14 people have died.",
     [("The health ministry", "14 people have died")]),
])
def test_live_blog_timestamps(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A long title before the name, in the style of translated local press.
    ("The head of the municipal council of the town of Kessa in the northern countryside of "
     "Hama, Omar Talib, told the Syrian Arab News Agency that the water station had been "
     "repaired.", [("Omar Talib", "the water station had been repaired")]),
    ("The director of the health directorate in Dara province, Dr. Sami Haddad, told SANA's "
     "reporter that 14 civilians were wounded.",
     [("Dr. Sami Haddad", "14 civilians were wounded")]),
    ("The commander of the northern sector, General Rami Aoun, said the road was open.",
     [("General Rami Aoun", "the road was open")]),
    # a title phrase without a name stays a description that is skipped
    ("Maren Ostby, commander of the northern army, said the road was open.",
     [("Maren Ostby", "the road was open")]),
    ("Governor of Hama Mohammad Hazouri told SANA that the road was reopened.",
     [("Governor of Hama Mohammad Hazouri", "the road was reopened")]),
])
def test_long_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A court's ruling is what the court says.
    ("The court ruled that the detention was unlawful.",
     [("The court", "the detention was unlawful")]),
    ("The judge ruled on Monday that the evidence was inadmissible.",
     [("The judge", "the evidence was inadmissible")]),
    ("Prosecutors said the defendant had ordered the attack.",
     [("Prosecutors", "the defendant had ordered the attack")]),
    ("The panel of judges said in its verdict that the attack was deliberate.",
     [("The panel of judges", "the attack was deliberate")]),
    # ruling a country, ruling something out: no words
    ("The party ruled the country for 30 years.", []),
    ("Police ruled out foul play.", []),
    ("The court ruled out an appeal that the family had filed.", []),
    ("The court ruled in favour of the families.", []),
])
def test_court_news(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sources close to the negotiations told Reuters that a deal was near.",
     [("Sources close to the negotiations", "a deal was near")]),
    ("A source close to the army said the offensive would begin soon.",
     [("A source close to the army", "the offensive would begin soon")]),
    ("According to OCHA, more than 5,000 people have been displaced since Monday.",
     [("OCHA", "more than 5,000 people have been displaced since Monday")]),
])
def test_sources_pinned(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize("text", [
    # "said" as an adjective of legal English
    "Police impounded the said vehicle and questioned its driver.",
    "The said individuals were released on bail on Monday.",
    "Having said that, the army has not withdrawn.",
    "That said, the ceasefire appears to be holding.",
    "Said Hamdan, a local trader, was among the wounded.",
    "Clashes erupted in Port Said on Friday after the verdict.",
    # agentless passives
    "It was reported that the convoy had been attacked.",
    "The rebels are said to have withdrawn from the town.",
    # deaths, not a claim
    "The fighting has claimed at least 30 lives.",
    "The mayor, it was reported, had fled the city.",
    # a question nobody asks aloud
    "How long can the city hold out? Nobody knows.",
    # "continued" and "asked" without a quote or a question
    "Fighting continued overnight in the old city.",
    "The reporter asked for a copy of the list.",
    'Shelling continued on "a massive scale" in the north.',
])
def test_nothing_said(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a title in lower case before the name after a quote
    ('"This is a day for the families," chief prosecutor Lina Morr told reporters.',
     [("chief prosecutor Lina Morr", "This is a day for the families")]),
    # a follow-up quote after "where" ("outside the court") or after the speaker's age and
    # description goes on with the speaker
    ('"This is a day for the families," chief prosecutor Lina Morr told reporters outside '
     'the court. "They have waited eleven years."',
     [("chief prosecutor Lina Morr", "This is a day for the families"),
      ("chief prosecutor Lina Morr", "They have waited eleven years")]),
    ('"My father was shot," said Halim Dost, 47, who lost three relatives in the attack. '
     '"Nothing can bring them back."',
     [("Halim Dost", "My father was shot"), ("Halim Dost", "Nothing can bring them back")]),
    # the nearest speaker before a follow-up quote, not the latest one found
    ('"We have waited," Lina Morr said. "Eleven years."\n'
     '"My father was shot," said Halim Dost. "Nothing can bring them back."',
     [("Lina Morr", "We have waited"), ("Lina Morr", "Eleven years"),
      ("Halim Dost", "My father was shot"), ("Halim Dost", "Nothing can bring them back")]),
    # "throughout the trial" before "that" says when, the words follow "that"
    ("The defence argued throughout the trial that Reyt had not been in Orvel.",
     [("The defence", "Reyt had not been in Orvel")]),
])
def test_court_report_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X quoted by Y said": one entry per source, the source and the agency carrying it
    ("A military source quoted by state news agency SANA denied that the army had "
     "targeted civilians.",
     [("state news agency SANA", "the army had targeted civilians"),
      ("A military source", "the army had targeted civilians")]),
    ("The minister, quoted by state television, said the talks had failed.",
     [("state television", "the talks had failed"), ("The minister", "the talks had failed")]),
    # a second verb joined by "and" goes on with the source, not the carrier
    ("A source quoted by SANA denied the report and said the strikes hit a depot.",
     [("SANA", "the report"), ("A source", "the report"),
      ("A source", "the strikes hit a depot")]),
    ("A source denied the report and said the strikes hit a depot.",
     [("A source", "the report"), ("A source", "the strikes hit a depot")]),
    # the passive form was read before and stays so
    ("The minister was quoted by state radio as saying the talks had failed.",
     [("state radio", "the talks had failed"), ("The minister", "the talks had failed")]),
])
def test_source_quoted_by_a_carrier(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # copy without commas (scraped text): the dateline, and an article that opens the
    # speaker after the place the words end in
    ("Kessa Mar 3 (NNA) - At least 23 people were killed in airstrikes on the town the "
     "Syrian Observatory for Human Rights said.",
     [("the Syrian Observatory for Human Rights",
       "At least 23 people were killed in airstrikes on the town")]),
    ("Dozens were wounded in the northern countryside of Hama the Syrian Observatory said.",
     [("the Syrian Observatory", "Dozens were wounded in the northern countryside of Hama")]),
    # "of the" keeps the article inside the speaker
    ("Rebels seized the town the head of the Local Council said.",
     [("the head of the Local Council", "Rebels seized the town")]),
])
def test_copy_without_commas(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


def test_quote_over_paragraphs_after_a_named_description() -> None:
    # the description's name in apposition speaks the paragraph that follows it, and
    # "she" is that person, never the subject of a sentence in the quote ("The hospital")
    text = ("Kessa mayor appeals for help\n"
            "The mayor of Kessa, Lena Orr, spoke to reporters on Monday.\n"
            '"We have no water and no medicine. The hospital is running on one generator.\n'
            '"If the convoys do not arrive, people will die," she continued.\n'
            'Asked whether the army would let the convoy in, she said: "Ask them, not me."')
    assert statements(text) == [
        ("Lena Orr",
         "We have no water and no medicine. The hospital is running on one generator"),
        ("Lena Orr", "If the convoys do not arrive, people will die"),
        ("Lena Orr", "Ask them, not me")]


@pytest.mark.parametrize(("text", "expected"), [
    # "she" after a sentence that opens with "The" + a thing is not that thing
    ('Lena Orr visited the ward. The hospital has no fuel. "We wait," she said.',
     [("Lena Orr", "We wait")]),
])
def test_pronoun_skips_a_capitalised_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Verbs of translated official copy report a "that" clause.
    ("The Minister of Local Administration Hussein Makhlouf affirmed that services would "
     "be restored.",
     [("The Minister of Local Administration Hussein Makhlouf", "services would be restored")]),
    ("Makhlouf pointed out that 400 families had returned.",
     [("Makhlouf", "400 families had returned")]),
    ("The governor clarified that the road would reopen.",
     [("The governor", "the road would reopen")]),
    ("Talib underlined that the council needs support.",
     [("Talib", "the council needs support")]),
    ("Makhlouf emphasized in a speech to the council that every school would be rebuilt.",
     [("Makhlouf", "every school would be rebuilt")]),
    ("The minister reiterated on Sunday that the army would not withdraw.",
     [("The minister", "the army would not withdraw")]),
    # without "that" they report nothing
    ("Makhlouf highlighted the need to speed up the work.", []),
    ("The figures indicated a rise in attacks.", []),
    ("The envoy mentioned the talks only briefly.", []),
    ("He pointed out the ruins to the visitors.", []),
])
def test_verbs_of_official_copy(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an article after the one told opens the words: "told the BBC the invasion ..."
    ("Kofi Annan has told the BBC the US-led invasion was illegal.",
     [("Kofi Annan", "the US-led invasion was illegal")]),
    # a noun after a preposition reports nothing
    ("Rebels attacked the town, despite promises by the army to protect it.", []),
    ("The army acted amid reports of an attack.", []),
    ("The talks stalled over claims of fraud.", []),
])
def test_told_and_nouns_after_prepositions(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected
