"""Probing sentences for statement attribution, round 3 of issue 11.

All sentences are fictional (invented names and places). The first groups hold the wire
forms round 2 left (things with writing on them, a clause after an inverted attribution,
posts on a platform, short follow-up quotes), then further common wire forms; the last
group asserts sentences that must give no statement.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A thing with writing on it shows words but is no source ...
        ('The sign said "closed for repairs" in three languages.', []),
        ("The law says that every citizen must vote.", []),
        ('The title said "War is over".', []),
        ("The banner at the gate said the camp was full.", []),
        # ... while a document stands for whoever issued it.
        ("The report said the town was shelled twice.",
         [("The report", "the town was shelled twice")]),
        ('A statement from the army read: "The operation is complete."',
         [("the army", "The operation is complete")]),
    ],
)
def test_inanimate_subjects(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


def test_clause_after_inverted_attribution_is_one_entry() -> None:
    # one entry, the clause before the source (round en164: the clause after "said, and"
    # goes on in the writer's voice, as most of the older gold and all the newer read it;
    # it was one entry per clause after the fifty-second round)
    text = "Two soldiers were killed, the army said, and four were wounded."
    assert statements(text) == [("the army", "Two soldiers were killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The speaker's own predicate after "and" is not reported words.
        ("Two men died, police said, and gave no details.", [("police", "Two men died")]),
    ],
)
def test_speaker_predicate_after_inverted_attribution(
        text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brant posted on Facebook that the talks had failed.",
         [("Brant", "the talks had failed")]),
        ("The ministry posted on its Telegram channel that the road was open.",
         [("The ministry", "the road was open")]),
        ("Brant wrote in a post that the vote was rigged.", [("Brant", "the vote was rigged")]),
    ],
)
def test_posts(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not leave," Brant said. "This is our home."',
         [("Brant", "We will not leave"), ("Brant", "This is our home")]),
        ('"We will not leave," Brant said on Monday. "Not now."',
         [("Brant", "We will not leave"), ("Brant", "Not now")]),
        # A quote broken by its attribution: one entry per quoted part.
        ('Ivo Brant spoke in Kessa. "We will stay," he said, "until the end."',
         [("Ivo Brant", "We will stay"), ("Ivo Brant", "until the end")]),
        # A scare quote opening the next sentence is not the speaker's.
        ('"We will stay," Brant said. "Peace talks" are a joke to him.',
         [("Brant", "We will stay")]),
    ],
)
def test_follow_up_quotes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency, citing the health ministry, said nine people had died.",
         [("the health ministry", "nine people had died"),
          ("The agency", "nine people had died")]),
        ("Brant, citing intelligence reports, said the rebels were regrouping.",
         [("intelligence reports", "the rebels were regrouping"),
          ("Brant", "the rebels were regrouping")]),
        ("The agency, quoting Brant, said the deal was off.",
         [("Brant", "the deal was off"), ("The agency", "the deal was off")]),
        # A reason cited is no source.
        ("The army, citing security concerns, said the road was closed.",
         [("The army", "the road was closed")]),
    ],
)
def test_citing_between_subject_and_verb(text: str,
                                         expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said on Monday, without giving details, that the plant was closed.",
         [("Officials", "the plant was closed")]),
        ("Brant vowed to rebuild the town.", [("Brant", "to rebuild the town")]),
        ("Brant pledged on Monday to hold a vote.", [("Brant", "to hold a vote")]),
        ("The rebels threatened to attack the capital.",
         [("The rebels", "to attack the capital")]),
        ("The rebels vowed that the siege would go on.",
         [("The rebels", "the siege would go on")]),
        # reported questions are no statements (round 78: the corpus rules and every
        # set's gold leave them)
        ("Brant asked whether the talks could succeed.", []),
        ("Brant asked reporters why the road was still closed.", []),
        # Forms that held before this round, kept as they are.
        ("Brant is quoted as saying that the war is over.", [("Brant", "the war is over")]),
        ("Brant said in an interview broadcast on Kessa TV that he would run again.",
         [("Brant", "he would run again")]),
        ("Sources close to Brant said he would resign.",
         [("Sources close to Brant", "he would resign")]),
        ("Brant said Sunday that the talks had failed.", [("Brant", "the talks had failed")]),
        ("Brant urged the rebels to lay down their arms.",
         [("Brant", "the rebels to lay down their arms")]),
        ('Brant: "We will win"\nKESSA - The army said on Monday it had won.',
         [("Brant", "We will win"), ("The army", "it had won")]),
    ],
)
def test_more_wire_forms(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers posted at the border fired shots.",
        "The group posted a video of the attack.",
        "The fire threatened homes in the valley.",
        "Donors pledged $5 million for the camps.",
        "The army threatened the town with a siege.",
        "Brant asked for help from the council.",
        "Residents asked not to be named.",
        "I read the report twice before the vote.",
        "The map showed that the town had fallen.",
        "The army closed the road, citing security concerns.",
    ],
)
def test_no_statement(text: str) -> None:
    assert statements(text) == []
