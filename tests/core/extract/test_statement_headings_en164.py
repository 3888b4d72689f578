"""English probes, round en164 (issue 11): speakers in headings, datelines and appeals, and
one entry per reported sentence.

A colon heading whose parts are a title and a place, or a live blog's "First reports:"
label, is nobody's words; a dateline in capitals with accents is no speaker; a "he" after
"one of the negotiators said" is that negotiator, and after "One of them, NAME," that
name; "..., he said, and <clause>" is one entry; a release's "We call on ..." is the
issuer's, named in its heading or first sentence.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def _speakers(text: str) -> set[str | None]:
    return {s for s, _ in statement_words(text)}


# ---------------------------------------------------------------- colon headings
@pytest.mark.parametrize("text", [
    "SCHOOLS UNDER FIRE: NORTHERN KESSA\n\nArmed men attacked three schools last month.",
    "EDUCATION UNDER ATTACK: NORTH-WEST KESSA\n\nArmed men attacked three schools.",
    "CHILDREN IN THE CROSSFIRE: THE SOUTHERN PROVINCES\n\nThirty children died last year.",
    "Schools under fire: Northern Kessa\n\nArmed men attacked three schools.",
    "Floods in the delta: South-East Kessa\n\nThe river rose again on Monday.",
])
def test_a_title_and_its_place_are_nobodys_words(text: str) -> None:
    heading = text.split("\n", 1)[0]
    assert not any(heading.split(":")[0] in words or words in heading
                   for _, words in statement_words(text))


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Shelling hits Berno market\n\nFirst reports: a shell hit the market at about 10:40, "
     "witnesses say.", "witnesses", "a shell hit the market at about 10:40"),
    ("Live: fighting in Berno\n\n11:05 Early reports: a drone struck the fuel depot before "
     "dawn, residents say.", "residents", "a drone struck the fuel depot before dawn"),
    ("Live: fighting in Berno\n\nInitial reports: the bridge on the northern road was hit, "
     "officials said.", "officials", "the bridge on the northern road was hit"),
])
def test_a_live_blog_label_on_what_is_known_is_no_speaker(text: str, speaker: str,
                                                           words: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in found
    assert not _speakers(text) & {"First", "Early", "Initial"}


def test_a_label_with_no_source_reads_nothing() -> None:
    assert statement_words("First reports: a drone struck the depot at about 10:40.") == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Police: two killed in market blast\n\nTwo people died on Monday.", "Police",
     "two killed in market blast"),
    ("Governor: curfew extended to Sunday\n\nThe curfew will last until Sunday, the "
     "governor said.", "Governor", "curfew extended to Sunday"),
    ("GUNMEN KILL FOUR SOLDIERS IN BERNO: ARMY\n\nFour soldiers died.", "ARMY",
     "GUNMEN KILL FOUR SOLDIERS IN BERNO"),
    ("GUNMEN KILL FOUR SOLDIERS IN BERNO: UNHCR\n\nFour soldiers died.", "UNHCR",
     "GUNMEN KILL FOUR SOLDIERS IN BERNO"),
    ("TWELVE KILLED IN BERNO: RED CRESCENT SOCIETY\n\nTwelve people died.",
     "RED CRESCENT SOCIETY", "TWELVE KILLED IN BERNO"),
    ("Twelve killed in Berno: North Kessa Police\n\nTwelve people died.",
     "North Kessa Police", "Twelve killed in Berno"),
])
def test_a_source_at_the_colon_still_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# ---------------------------------------------------------------- datelines
@pytest.mark.parametrize(("text", "speaker", "words"), [
    ('SÃO TOMÉ - Every morning, Maria Lopes opens the fish stall. "Nobody buys fish any '
     'more," she says.', "Maria Lopes", "Nobody buys fish any more"),
    ('MÉKÉLÉ, Tanor (AFP) — At noon, Petros Haile sits under a tree. "We have no fuel," '
     "he said.", "Petros Haile", "We have no fuel"),
    ('ZÜRICH, Kessa - Before work, Anna Keller feeds the goats. "They eat more than we do," '
     "she says.", "Anna Keller", "They eat more than we do"),
    ('KAVALA, Tanor (Reuters) - Before dawn, Ruth Abebe fetches firewood. "It takes three '
     'hours," she says.', "Ruth Abebe", "It takes three hours"),
])
def test_a_dateline_is_never_the_speaker(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in found
    assert all(s is None or not s.isupper() for s, _ in found)


# ---------------------------------------------------------------- pronouns
@pytest.mark.parametrize(("text", "speaker", "words"), [
    ('The talks resumed on Monday, one of the negotiators said. "The gates open at six," '
     "he told the agency.", "one of the negotiators", "The gates open at six"),
    ('The convoy waited for hours, one of the mediators told reporters. "We were sent '
     'back twice," she added.', "one of the mediators", "We were sent back twice"),
    ('Three students sat the exam on Friday. One of them, Aung Min Thu, 19, wants to study '
     'law. "My father was a judge," he says.', "Aung Min Thu", "My father was a judge"),
    ('Nadia Karim has taught at the school for ten years. Four pupils came back on Monday. '
     'One of them, Samir Haddad, 12, lost his brother. "I miss him every day," he says.',
     "Samir Haddad", "I miss him every day"),
])
def test_a_pronoun_goes_to_the_one_just_described_or_named(text: str, speaker: str,
                                                          words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize("text", [
    'The talks resumed on Monday, one of the agencies said. "The gates open at six," he '
    "said.",
    'The talks resumed on Monday, one of the ministries said. "The gates open at six," he '
    "said.",
    'The talks resumed on Monday, one of the reports said. "The gates open at six," he '
    "said.",
])
def test_one_of_many_bodies_or_papers_is_no_he(text: str) -> None:
    assert not any(s and s.startswith("one of") and w.startswith("The gates")
                   for s, w in statement_words(text))


# ---------------------------------------------------------------- "he said, and ..."
@pytest.mark.parametrize(("text", "speaker", "words", "after"), [
    ("A third nurse is missing, he said, and several patients were taken away.", "he",
     "A third nurse is missing", "several patients were taken away"),
    ("The army shelled the village on Tuesday, the mayor said, and at least 40 houses "
     "were destroyed.", "the mayor", "The army shelled the village on Tuesday",
     "at least 40 houses were destroyed"),
    ("Eleven people were arrested, police said, and a curfew was imposed for two days.",
     "police", "Eleven people were arrested", "a curfew was imposed for two days"),
])
def test_one_entry_for_the_clause_before_the_source(text: str, speaker: str, words: str,
                                                   after: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in found
    assert not any(after in w for _, w in found)


def test_a_second_source_after_and_still_speaks() -> None:
    text = ("Four of the dead were children, he said, and a nurse at the main hospital said "
            "11 wounded had been admitted.")
    assert ("a nurse at the main hospital", "11 wounded had been admitted") in (
        statement_words(text))


# ---------------------------------------------------------------- appeals
@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Education Alliance condemns attacks on schools in Kessa\n\nThe Education Alliance is "
     "alarmed by the attacks on schools in northern Kessa. We call on all parties to "
     "respect schools as places of safety.", "Education Alliance",
     "all parties to respect schools as places of safety"),
    ("Statement by Save the Farmers on the blockade\n\nSave the Farmers is deeply concerned "
     "about the blockade of Berno. We urge all sides to allow safe passage for food.",
     "Save the Farmers", "all sides to allow safe passage for food"),
    ("GENEVA (12 March) - The Kessa Relief Council said on Tuesday it was alarmed by the "
     "fighting. We call on the parties to protect civilians.", "The Kessa Relief Council",
     "the parties to protect civilians"),
])
def test_a_release_appeal_is_its_issuers(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_third_person_appeal_reads_as_before() -> None:
    text = "The group asks donors to fund the clinics before the rains."
    assert ("The group", "donors to fund the clinics before the rains") in (
        statement_words(text))


@pytest.mark.parametrize("text", [
    # a letter or a homily in the first person names no issuing body
    "Dear friends,\n\nThe floods took our fields. We call on every parish to take up a "
    "second collection next Sunday.",
    # an appeal in a news story whose first line opens on no body
    "Floods cut the road to Berno\n\nThe river rose on Monday. We urge readers to send "
    "blankets to the church hall.",
])
def test_a_first_person_appeal_with_no_issuer_stays_unread(text: str) -> None:
    assert not any("to take up" in w or "to send blankets" in w
                   for _, w in statement_words(text))


def test_a_quote_in_a_heading_with_no_speech_verb_stays_unread() -> None:
    assert statement_words('"Nothing left" in flooded valley\n\nThe river burst its banks '
                           "on Monday.") == []
