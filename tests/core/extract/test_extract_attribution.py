"""Who said it: attribution by clause structure (fictional sentences)."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def statements(text: str) -> list[tuple[str | None, str]]:
    return [(s["speaker"], s["text"]) for s in extract(text)["statements"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Leading adverbials and prepositional phrases are not the speaker.
        ("In an interview with a local channel, the governor said the roads were safe.",
         [("the governor", "the roads were safe")]),
        ("Later that day, the minister said talks would resume.",
         [("the minister", "talks would resume")]),
        # A written source stands for whoever issued it.
        ("According to a statement by the Halden Defence Ministry, four soldiers were wounded.",
         [("the Halden Defence Ministry", "four soldiers were wounded")]),
        ("A statement from the Northern Front said its fighters had taken the hill.",
         [("the Northern Front", "its fighters had taken the hill")]),
        ("Mayor Tomas Reyl was quoted as saying the water supply had been cut.",
         [("Mayor Tomas Reyl", "the water supply had been cut")]),
        # The outlet that carried a statement is not its speaker, nor part of the words.
        ("The army said in a statement carried by the state news agency that two rebels "
         "were killed.", [("The army", "two rebels were killed")]),
        ("The observatory said in a statement that shelling hit the market.",
         [("The observatory", "shelling hit the market")]),
        # Coordinated attributions end each other.
        ("Witnesses said gunmen fired on the crowd, and police said three people were held.",
         [("Witnesses", "gunmen fired on the crowd"), ("police", "three people were held")]),
        ("The ministry said it had arrested 5 suspects and added that more would follow.",
         [("The ministry", "it had arrested 5 suspects"), ("The ministry", "more would follow")]),
        # Scraped copy without punctuation: the next clause's subject ends the words.
        ("The Observatory said shelling killed 12 people in the town The observatorys director "
         "said the toll may rise",
         [("The Observatory", "shelling killed 12 people in the town"),
          ("The observatorys director", "the toll may rise")]),
        ("Dorva police chief Aran Welt said the curfew will continue he added that patrols "
         "would double",
         [("Dorva police chief Aran Welt", "the curfew will continue"),
          ("Dorva police chief Aran Welt", "patrols would double")]),
    ],
)
def test_attribution(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


def test_pronoun_takes_the_previous_subject_not_the_nearest_name() -> None:
    text = "General Ivo Brant met the envoy Lena Sorn. He said the ceasefire would hold."
    assert statements(text) == [("General Ivo Brant", "the ceasefire would hold")]


def test_pronoun_takes_a_more_recent_speaker_over_an_older_subject() -> None:
    text = ("Colonel Ari Venn visited the camp. Doctor Mila Oss said the clinic was full. "
            "She said medicine would run out by Friday.")
    assert statements(text)[-1] == ("Doctor Mila Oss", "medicine would run out by Friday")


def test_pronoun_without_antecedent_is_kept() -> None:
    text = "Speaking on state television, he said the border would stay closed."
    assert statements(text) == [("he", "the border would stay closed")]


def test_multi_sentence_quote_keeps_its_speaker() -> None:
    text = ('Aid worker Nila Brook said the camp was full. "We have no tents left. '
            'The children sleep outside," she said.')
    assert statements(text)[1] == ("Aid worker Nila Brook",
                                   "We have no tents left. The children sleep outside")


def test_nested_attribution_gives_one_entry_per_source() -> None:
    text = "The minister told parliament that the army chief had said the offensive would end."
    assert statements(text) == [
        ("The minister", "the army chief had said the offensive would end"),
        ("the army chief", "the offensive would end"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Report: Rebels seize airport in Marsk\nRebels took the airport.", "Report",
         "Rebels seize airport in Marsk"),
        ("Rebels seize airport in Marsk - TV\nRebels took the airport.", "TV",
         "Rebels seize airport in Marsk"),
        ("Minister: troops will leave Dorva by June\nThe troops are packing.", "Minister",
         "troops will leave Dorva by June"),
    ],
)
def test_headline_attributions(text: str, speaker: str, words: str) -> None:
    assert statements(text)[0] == (speaker, words)
