"""Probing sentences for statement attribution, round 2 of issue 11.

All sentences are fictional (invented names and places), written from the list of wire
forms in the issue before the rules that handle them. Each asserts the speaker and the
exact attributed words; the last group asserts sentences that must give no statement.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements
from workbench.core.extract import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels, the army said, had fled north.",
         [("the army", "The rebels had fled north")]),
        ("The talks, officials said on Monday, would resume in Kessa.",
         [("officials", "The talks would resume in Kessa")]),
        ("Brant's comments, aides said, were taken out of context.",
         [("aides", "Brant's comments were taken out of context")]),
        ("The convoy, witnesses told reporters, was hit twice.",
         [("witnesses", "The convoy was hit twice")]),
        ("The convoy, according to the army, was turned back.",
         [("the army", "The convoy was turned back")]),
        # The pronoun becomes the speaker named before it.
        ("Ivo Brant spoke in Kessa. The convoy, he added, was turned back at the border.",
         [("Ivo Brant", "The convoy was turned back at the border")]),
        # An adverbial before the attribution is no host subject: the words follow it.
        ("Meanwhile, the army said, the rebels had fled north.",
         [("the army", "the rebels had fled north")]),
        ("Who fired first, the report said, remains unclear.",
         [("the report", "Who fired first remains unclear")]),
        # When and where it was said may sit before the closing comma.
        ("The army, Brant said on state television late on Monday, would regroup.",
         [("Brant", "The army would regroup")]),
        # Inverted inside the clause, also with a description of the speaker.
        ("The peace plan, said Brant, would be signed on Friday.",
         [("Brant", "The peace plan would be signed on Friday")]),
        ("The peace plan, said Brant, the chief negotiator, would be signed on Friday.",
         [("Brant", "The peace plan would be signed on Friday")]),
        ("What happens next, Brant said, is up to the rebels.",
         [("Brant", "What happens next is up to the rebels")]),
        ("On Monday, officials said, the town was quiet.",
         [("officials", "the town was quiet")]),
    ],
)
def test_parenthetical_attribution(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


def test_parenthetical_span_is_the_host_clause() -> None:
    text = "The rebels, the army said, had fled north."
    (s,) = extract(text, None)["statements"]
    # The span stays one substring (the suggestion highlights it); the gap is the
    # attribution inside it.
    assert text[s["start"]:s["end"]] == s["text"] == "The rebels, the army said, had fled north"
    assert text[s["gap"][0]:s["gap"][1]] == ", the army said, "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Said Colonel Maren Ostby, a spokesman for the army: "We will not retreat from the '
         'valley."', [("Colonel Maren Ostby", "We will not retreat from the valley")]),
        ('Said the minister: "The border stays closed until further notice."',
         [("the minister", "The border stays closed until further notice")]),
        ('Said a senior official at the ministry, who asked not to be named: "The talks are '
         'dead."', [("a senior official at the ministry", "The talks are dead")]),
        ('Said one resident: "We have no water."', [("one resident", "We have no water")]),
        ("Said the minister: the border stays closed.",
         [("the minister", "the border stays closed")]),
        # Quote first, with a long description after the inverted speaker.
        ('"We will hold the line," said Lieutenant Colonel Ivo Brant, who commands the '
         'garrison in the besieged northern town of Kessa.',
         [("Lieutenant Colonel Ivo Brant", "We will hold the line")]),
        # A name and its description in apposition between the quote and the verb.
        ('"The talks will resume," the UN envoy, Marta Venn, told reporters.',
         [("Marta Venn", "The talks will resume")]),
        ('"The talks will resume," Marta Venn, the UN envoy, said on Monday.',
         [("Marta Venn", "The talks will resume")]),
        ("The bridge was destroyed in the night, said Colonel Maren Ostby, a spokesman for "
         "the northern command of the army.",
         [("Colonel Maren Ostby", "The bridge was destroyed in the night")]),
        ("The road was cut, Brant said, adding that food was running out.",
         [("Brant", "The road was cut"), ("Brant", "food was running out")]),
        ('"The rebels have fled," the army said in a statement, adding that the town was '
         'secure.', [("the army", "The rebels have fled"), ("the army", "the town was secure")]),
    ],
)
def test_speech_verb_first_and_inversions(text: str,
                                          expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A demand that is the sentence's subject ends at the main verb.
        ("Calls from the Red Crescent for a ceasefire went unanswered.",
         [("the Red Crescent", "a ceasefire")]),
        ("Calls from Kessa residents for more food aid grew louder on Monday.",
         [("Kessa residents", "more food aid")]),
        ("KESSA (Reuters) - Renewed calls from the UN for a truce were ignored on Monday.",
         [("the UN", "a truce")]),
        ("The warning from the army that the road was mined came too late.",
         [("the army", "the road was mined")]),
        # As an object, the demand runs on to the clause end, participles included.
        ("The war drew calls from the UN for a withdrawal of troops stationed in Kessa.",
         [("the UN", "a withdrawal of troops stationed in Kessa")]),
        ("Brant renewed calls from the UN for a withdrawal of troops stationed in Kessa.",
         [("the UN", "a withdrawal of troops stationed in Kessa")]),
    ],
)
def test_demand_as_subject(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # After "at", a capitalised run is one venue's name, not a place and a source.
        "Blast Hits Market at Kessa International Trade Center\nBody text.",
        "Fire Breaks Out at Vera National Press Center\nBody text.",
        "Talks Open at Kessa Trade Center\nBody text.",
    ],
)
def test_headline_venue_is_no_glued_source(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister Ivo Brant said on Twitter that the talks had failed.",
         [("Minister Ivo Brant", "the talks had failed")]),
        ("The army said on Telegram that six fighters were captured.",
         [("The army", "six fighters were captured")]),
        ("The minister said on X that the border would reopen.",
         [("The minister", "the border would reopen")]),
        ("In a post on Telegram, the rebel group said it had downed a drone.",
         [("the rebel group", "it had downed a drone")]),
        ("In a televised address on Sunday, President Ivo Brant said the siege would be "
         "lifted.", [("President Ivo Brant", "the siege would be lifted")]),
        ("Brant's office said the minister would travel to Kessa.",
         [("Brant's office", "the minister would travel to Kessa")]),
        ("The prime minister's office said in a statement that the talks would resume.",
         [("The prime minister's office", "the talks would resume")]),
        ("A spokesperson for the ministry, who asked not to be named because he was not "
         "authorised to speak to the media, said the convoy was hit.",
         [("A spokesperson for the ministry", "the convoy was hit")]),
        ("Ivo Brant told Reuters on Tuesday that the town had fallen.",
         [("Ivo Brant", "the town had fallen")]),
        ("Brant told the Kessa News Agency on Tuesday that the town had fallen.",
         [("Brant", "the town had fallen")]),
        ("Two soldiers died, a military source told the Kessa News Agency.",
         [("a military source", "Two soldiers died")]),
        # A short phrase of how it was said closes the sentence: no words of its own.
        ("The shelling stopped at dawn, residents told Reuters by telephone.",
         [("residents", "The shelling stopped at dawn")]),
        ("Brant was reported as saying that the town had fallen.",
         [("Brant", "the town had fallen")]),
        ("Marta Venn was reported as saying the talks had stalled.",
         [("Marta Venn", "the talks had stalled")]),
        ("Brant has said the army will not retreat.", [("Brant", "the army will not retreat")]),
        ("The ministry would say only that the talks were continuing.",
         [("The ministry", "the talks were continuing")]),
        ("The council said, however, that the vote would go ahead.",
         [("The council", "the vote would go ahead")]),
        ("Brant insisted the army had not fired first.",
         [("Brant", "the army had not fired first")]),
        ("The commander acknowledged on Monday that two soldiers were missing.",
         [("The commander", "two soldiers were missing")]),
        ("Ivo Brant, speaking to reporters in Kessa, said the siege would end soon.",
         [("Ivo Brant", "the siege would end soon")]),
        # An audience outside the speaker vocabulary, seen by the time word after it.
        ("Brant told lawmakers on Wednesday the army would withdraw.",
         [("Brant", "the army would withdraw")]),
        # The speaker's own predicate after the words says what was held back.
        ("Brant later told reporters the town was safe, but gave no details.",
         [("Brant", "the town was safe")]),
        ("The army said two soldiers were killed, but declined to say where.",
         [("The army", "two soldiers were killed")]),
        ("The army said the town was quiet, but the rebels were regrouping.",
         [("The army", "the town was quiet, but the rebels were regrouping")]),
        ("Officials say privately that the talks are doomed.",
         [("Officials", "the talks are doomed")]),
        # "saying": after a comma it goes on like "adding"; after a verb and its object,
        # the object is saying it; after a verb without one, the verb's subject.
        ("Brant warned that more attacks would follow, saying the army was ready.",
         [("Brant", "more attacks would follow"), ("Brant", "the army was ready")]),
        ("State television showed the minister saying the border was closed.",
         [("the minister", "the border was closed")]),
        ("Protesters marched through Kessa saying the war must end.",
         [("Protesters", "the war must end")]),
        # A speaker alone before the verb: a source after it is no inversion, and a
        # relative clause inside the words stays in them.
        ("Brant said the army, which had lost 12 men in the battle, would regroup.",
         [("Brant", "the army, which had lost 12 men in the battle, would regroup")]),
        ("Brant, asked about the talks, said they would resume.",
         [("Brant", "they would resume")]),
        ("A spokesman, reached by telephone, said the fighters had withdrawn.",
         [("A spokesman", "the fighters had withdrawn")]),
    ],
)
def test_wire_attribution_forms(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As Brant put it, the war is not over.", [("Brant", "the war is not over")]),
        ("The war, as Brant put it, is not over.", [("Brant", "The war is not over")]),
        ("The war is not over, as Brant put it.", [("Brant", "The war is not over")]),
        # "put it" in its literal sense.
        ("Lay the rifle down as he put it there.", []),
    ],
)
def test_as_x_put_it(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One entry per source: the inner speaker is the subject inside the outer words.
        ("Brant said Sorn had told him that the town had fallen.",
         [("Brant", "Sorn had told him that the town had fallen"),
          ("Sorn", "the town had fallen")]),
        ("The envoy said the rebels had told her that they would withdraw.",
         [("The envoy", "the rebels had told her that they would withdraw"),
          ("the rebels", "they would withdraw")]),
    ],
)
def test_nested_attribution(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An opening quote mark without a closing one runs into the next paragraph; a line
        # ending in "said:" gives the whole run its speaker, the last paragraph included.
        ('Marta Venn, the head of the mission, said:\n"The road is closed.\n"We cannot '
         'reach the town."',
         [("Marta Venn", "The road is closed"), ("Marta Venn", "We cannot reach the town")]),
        ('Marta Venn said:\n"The road is closed.\n"The bridge is down.\n"We cannot reach '
         'the town."',
         [("Marta Venn", "The road is closed"), ("Marta Venn", "The bridge is down"),
          ("Marta Venn", "We cannot reach the town")]),
        ('Ivo Brant said the siege would end.\n"We have enough food for a month.\n"We have '
         'enough water too," he said.',
         [("Ivo Brant", "the siege would end"), ("Ivo Brant", "We have enough food for a month"),
          ("Ivo Brant", "We have enough water too")]),
        ('"We will not leave the city.\n"Our fighters are ready," said Colonel Maren Ostby.',
         [("Colonel Maren Ostby", "We will not leave the city"),
          ("Colonel Maren Ostby", "Our fighters are ready")]),
        # With nobody named, the run has no speaker.
        ('The town was quiet.\n"The road is closed.\n"We cannot reach the town."',
         [(None, "The road is closed"), (None, "We cannot reach the town")]),
    ],
)
def test_multi_paragraph_quotes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said in Kessa.",
        "The minister is expected to speak on Monday.",
        "The report did not say how many people died.",
        "Residents were told to leave their homes.",
        "The rebels said to be holding the town have fled.",
        "The town, which lies on the river, was shelled overnight.",
        "Calls for restraint grew louder on Monday.",
        "He is said to be hiding in the hills.",
        "Officials did not say how many soldiers died.",
    ],
)
def test_no_statement(text: str) -> None:
    assert statements(text) == []
