"""General constructions of wire copy, one sentence pattern each (fictional sentences).

Each case names a construction of news language, not a document: the rules were
written from these sentences, so they also say what the rules claim to cover.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def statements(text: str, published: str | None = "2017-04-10") -> list[tuple[str | None, str]]:
    return [(s["speaker"], s["text"]) for s in extract(text, published)["statements"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline with a place in mixed case and an agency is not part of the words.
        ("Damascus, SANA - Two towns were retaken, the army said.",
         [("the army", "Two towns were retaken")]),
        ("Beirut (Reuters) - Two towns were retaken, the army said.",
         [("the army", "Two towns were retaken")]),
        ("Sidon, Nov 3 (NNA) - The port was closed, according to the harbour master.",
         [("the harbour master", "The port was closed")]),
        ("KESSA (Reuters) - The port was closed, police said.",
         [("police", "The port was closed")]),
        # ... nor of a quote after it; a lower-case speaker follows the quote.
        ('Damascus, SANA - "Two towns were retaken," the army said.',
         [("the army", "Two towns were retaken")]),
        ('"The wells are dry," a local official said.',
         [("a local official", "The wells are dry")]),
    ],
)
def test_datelines_and_quote_speakers(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


def test_mixed_case_headline_with_a_dash_is_no_dateline() -> None:
    assert statements("Rebels shell airport in Dorva - TV\nBody text here.") == [
        ("TV", "Rebels shell airport in Dorva")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Apposition: the name after a description is the speaker.
        ("A rival, Tomas Sorn, said the vote was rigged.",
         [("Tomas Sorn", "the vote was rigged")]),
        ("The spokesman for the brigade, Ali Rahm, told reporters the road was closed.",
         [("Ali Rahm", "the road was closed")]),
        ("On Monday, a rival, Tomas Sorn, also said the vote was rigged.",
         [("Tomas Sorn", "the vote was rigged")]),
        # The description after the name is dropped from the speaker.
        ("Colonel Maren Ostby, a spokesman for the army, said two towns were retaken.",
         [("Colonel Maren Ostby", "two towns were retaken")]),
        # Inversion with a title, and a description after the inverted speaker.
        ("Two towns were retaken, said Colonel Maren Ostby, a spokesman for the army.",
         [("Colonel Maren Ostby", "Two towns were retaken")]),
        ("Two towns were retaken, said Colonel Maren Ostby, who commands the brigade.",
         [("Colonel Maren Ostby", "Two towns were retaken")]),
        # A relative clause between the subject and the verb.
        ("The governor, who visited the camp on Monday, said the clinic was full.",
         [("The governor", "the clinic was full")]),
        # "according to X" closing the sentence; an organisation as speaker.
        ("Four soldiers were killed in the ambush, according to the defence ministry.",
         [("the defence ministry", "Four soldiers were killed in the ambush")]),
        ("The ministry said the border crossing would reopen.",
         [("The ministry", "the border crossing would reopen")]),
        # An impersonal passive with its agent; without an agent it is no statement.
        ("It was announced by the interior ministry that the curfew would end.",
         [("the interior ministry", "the curfew would end")]),
        ("The curfew will end on Friday, it was announced by the interior ministry.",
         [("the interior ministry", "The curfew will end on Friday")]),
        ("It has been confirmed by hospital officials that nine people died.",
         [("hospital officials", "nine people died")]),
        ("It was reported that the curfew would end.", []),
    ],
)
def test_speaker_constructions(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A page without line breaks: date, headline, body. The headline's source counts.
        ("Fri Apr 15 2016 Rebels shell airport in Dorva - TV. The army said two towns fell.",
         [("TV", "Rebels shell airport in Dorva"), ("The army", "two towns fell")]),
        ("Sat 3 Sep 2016 Minister: army will retake the valley. Troops massed near Kessa.",
         [("Minister", "army will retake the valley")]),
        ("Sat 3 Sep 2016 Army retakes the valley. Troops massed near Kessa.", []),
        # A "Related News" run of other stories' headlines, one of them attributed.
        ("Source agencies Related News Rebels shell airport in Dorva - monitor Floods cut "
         "roads in the north Category News Minister: army will retake the valley by spring "
         "Talks collapse in Kessa",
         [("monitor", "Rebels shell airport in Dorva"),
          ("Minister", "army will retake the valley by spring")]),
        ("The talks went on. Related Articles Floods cut roads in the north Rebels shell "
         "airport in Dorva - TV Aid reaches Kessa",
         [("TV", "Rebels shell airport in Dorva")]),
        # A speech verb in a run ends at the next headline, without the marker.
        ("Related News Summit in Kessa calls for truce in Dorva Floods cut roads",
         [("Summit in Kessa", "truce in Dorva")]),
    ],
)
def test_headlines_of_scraped_pages(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "called for" reports a demand like "called on".
        ("The UN called for an immediate ceasefire in the valley.",
         [("The UN", "an immediate ceasefire in the valley")]),
        # A trailing attribution ends the words of an earlier one in the sentence.
        ("Rebels said the town fell, witnesses said.",
         [("witnesses", "Rebels said the town fell"), ("Rebels", "the town fell")]),
        ("Protesters called for the governor to resign, according to witnesses.",
         [("witnesses", "Protesters called for the governor to resign"),
          ("Protesters", "the governor to resign")]),
    ],
)
def test_calls_and_nested_trailing(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_quote_running_over_paragraphs(marks: tuple[str, str]) -> None:
    o, c = marks
    text = (f"Mayor Ana Lind spoke to the crowd.\n{o}We have no water left and the wells "
            f"are empty.\n{o}The pumps are broken.\n{o}Nobody can fix them before winter,{c} "
            "she said.")
    assert statements(text) == [
        ("Mayor Ana Lind", "We have no water left and the wells are empty"),
        ("Mayor Ana Lind", "The pumps are broken"),
        ("Mayor Ana Lind", "Nobody can fix them before winter")]
