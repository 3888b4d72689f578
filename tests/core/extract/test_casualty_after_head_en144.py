"""Counted people with words after the head (English round 144, issue 11).

News puts a post-modifier between counted people and their verb group, for every outcome: a
preposition and its noun phrase ("two drivers for an aid agency were killed"), a relative
clause with commas or without, an age, a participle phrase after a part ("two majors
described as its leaders"), and a named person coordinated before them after an arrest's
verb. ``casualty_after_head.py`` cuts the post-modifier when its shape is read past and it
holds no outcome, no count and no clause word. ``READ`` holds probes with the outcome and
count they must give, ``LOOKALIKES`` sentences whose post-modifier must not make a figure.
Every sentence is fictional; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures
from workbench.core.extract.casualty_after_head import head_edits

READ = [
    # a preposition and its noun phrase after the head
    ("Gunmen have targeted local politicians. Two hopefuls for the same ward seat were shot"
     " dead within a week.", "killed", 2),
    ("Kidnappings have risen in the hills. A candidate for governor was abducted in March.",
     "captured", 1),
    ("The militia attacked the convoy. Two drivers for an aid agency were killed.", "killed", 2),
    ("Bandits raided the highway on Thursday. Three traders from the cattle market in Gombe"
     " were kidnapped.", "captured", 3),
    ("Rioting spread across the delta. Two officers of the traffic police were hacked to"
     " death.", "killed", 2),
    ("Troops shelled the ridge. Five shepherds from the hamlet of Oro are missing.",
     "missing", 5),
    ("Armed men stormed the compound. A nurse with a medical charity was abducted.",
     "captured", 1),
    ("A suicide bomber struck the rally. Six candidates in the provincial elections were"
     " killed.", "killed", 6),
    ("Shelling resumed at dawn. An interpreter for the monitoring mission was wounded.",
     "wounded", 1),
    # a phrase, then an apposition, before the verb
    ("Gunmen attacked the suburb. A vendor from the eastern district of Palo, a neighbourhood"
     " known for its spice stalls, was killed.", "killed", 1),
    # an age and a relative clause with commas
    ("The boat sank off the cape. Two foreign nationals, aged 24 and 31, whom passengers"
     " named as the men at the helm, were arrested.", "arrested", 2),
    ("Clashes broke out at the mine. Four miners, whom the company had laid off last month,"
     " were arrested.", "arrested", 4),
    ("Police fired on the march. Three students, whose names were not released, were"
     " wounded.", "wounded", 3),
    # a relative clause without commas, up to the verb
    ("The bus was ambushed. Eleven travellers who had boarded in the capital were wounded.",
     "wounded", 11),
    ("Security forces raided the hall. Ten activists who had gathered for a meeting were"
     " detained.", "arrested", 10),
    # a relative's own outcome after a phrase: the counted head's, not a toll's before it
    ("Rebels attacked the camp, wounding 12 people, as well as six relatives of soldiers who"
     " were abducted.", "captured", 6),
    # a named person coordinated before counted people
    ("Police detained lawyer Samir Halabi and three of his colleagues on Tuesday.",
     "arrested", 3),
    ("Gunmen abducted village chief Ade Bello and two of his sons.", "captured", 2),
    # a participle phrase after a part told inside its whole
    ("The revolt was crushed. In all, 40 officers, among them a colonel and three majors"
     " described as its leaders, have been arrested.", "arrested", 3),
    ("Police raided the cell. Six suspects, among them a cleric believed to be the group's"
     " financier, have been arrested.", "arrested", 1),
]

LOOKALIKES = [
    "Candidates for the assembly were registered on Monday.",
    "A candidate for the presidency said the count was fair.",
    "Two members of the commission who were appointed last year resigned.",
    "The minister met with five aides on Friday.",
    "Migrants were placed in holding centres built last year.",
    "The leaders of the movement, regarded as moderates, met the president.",
    "Three members of the board of directors were appointed on Monday.",
    "Five employees of the bank were promoted this year.",
    "Twelve bags of rice from the warehouse were seized.",
    "About 2,000 head of cattle from the valley were taken.",
    "A spokesman for the army denied that any soldier had been killed.",
]


@pytest.mark.parametrize(("text", "outcome", "count"), READ)
def test_counted_people_are_read_past_their_post_modifier(text: str, outcome: str,
                                                           count: int) -> None:
    assert any(o == outcome and n == count for _, o, n in short_figures(text))


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_post_modifier_makes_no_figure_of_its_own(text: str) -> None:
    assert short_figures(text) == []


def test_a_relative_clause_before_a_toll_is_no_wounding() -> None:
    # the toll's outcome before the counted relatives must not take them
    text = ("Gunmen attacked the offices, wounding at least 22 others, as well as 17 relatives"
            " of candidates who were kidnapped.")
    figures = short_figures(text)
    assert ("captured" in {o for _, o, n in figures if n == 17}
            and "wounded" not in {o for _, o, n in figures if n == 17})


def test_a_post_modifier_with_a_count_or_an_outcome_is_never_cut() -> None:
    # "and" joins a second group, an outcome word is a harm of its own: both stay whole
    assert head_edits("Two soldiers of the army and three civilians were killed.") == []
    assert head_edits("Four guards wounded in the raid were later killed.") == []


def test_text_without_an_outcome_verb_group_is_not_parsed() -> None:
    assert head_edits("Two candidates for the same council seat spoke on Monday.") == []



@pytest.mark.parametrize("text", [
    "Four men, among them a farmer known locally as a healer of the sick, were abducted on"
    " Monday.",
    "Three suspected couriers, including a motorcyclist believed to have served as an"
    " informant for the gang, were arrested at a checkpoint.",
])
def test_an_article_after_as_is_a_predicate_not_a_counted_head(text: str) -> None:
    # "served as an informant": the article tells what the part was, it counts nobody
    assert all(" as " not in f" {ev}" and not ev.startswith(("a healer", "an informant"))
               for ev, _o, _n in short_figures(text))
