"""English probes, round en211 (issue 11): a body's "it" past people spoken of, a figure
given "by X's count", a time after the closing verb ("said then"), a share of a group told
by a pronoun ("One of them, a woman whose ..., told", "Three of them said"), a title word
hyphened into a name after a fronted phrase, and an appeal that asks donors for a sum.

1. "..., after gunmen threatened to burn the hall, the Red Cross reported. It said ...":
   "it" stands for the body that told, never the plural of people between; with no body
   told before, "It" stays as it was;
2. "In May the shelter housed 3,100 people, by Hassan's count." and "By the agency's
   tally, ...": the counter's words; an aside in the middle, a time as owner ("by Friday's
   count"), "by our count" and "by some estimates" stay unread;
3. "..., aid workers said then.": the time it was said; "said then it would ..." keeps
   "then" in the words;
4. "One of them, a woman whose husband was shot, told the court ...": the description is
   the speaker, and the "she" after it; "One of them, however, said" and a thing described
   ("a 2019 audit") keep "One of them"; "Three of them said" after a described group is
   that share of the group;
5. "Opening the debate, the chairman, Abdullahi Sheikh-Dahir, said ...": the name, though
   its second word opens with a title;
6. "..., and asks donors for 3 million US dollars to ...": the appealing body's own entry,
   the words before "and" its other; other addressees ("asked the province for") and
   "asked for" with none stay as they were.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def _speaker_of(found: list[tuple[str | None, str]], words: str) -> str | None:
    return next((sp for sp, w in found if w.startswith(words)), "<none>")


# --- 1. "it" passes the people spoken of between ----------------------------------------

@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Some 200 families fled again on Monday after gunmen threatened to burn the school, "
     "the Ombudsman's Office reported. It said the families had reached Tarvel on foot.",
     "the families had reached Tarvel", "the Ombudsman's Office"),
    ("About 80 families left the camp overnight after militiamen threatened to set fire to "
     "the tents, the Danish Refugee Council reported. It said most had reached Korvo by bus.",
     "most had reached Korvo", "the Danish Refugee Council"),
    ("Two schools closed on Monday after parents warned of kidnappings, the education "
     "ministry said. It said classes would resume next week.",
     "classes would resume", "the education ministry"),
    ("Dozens of villagers fled after soldiers threatened to arrest the men, the Norwegian "
     "Refugee Council said on Friday. It added that food was running short.",
     "food was running short", "the Norwegian Refugee Council"),
])
def test_it_after_body_passes_people(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(statement_words(text), words) == speaker


def test_it_with_no_body_before_stays() -> None:
    found = statement_words("Families who won their land back say they are happy. It says "
                            "the 9 hectares will be planted in spring.")
    assert _speaker_of(found, "the 9 hectares") == "It"


# --- 2. "by X's count" ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("In May the shelter housed 3,100 people, by Hassan's count.",
     "In May the shelter housed 3,100 people", "Hassan"),
    ("By the agency's tally, 212 people died in the first week.",
     "212 people died in the first week", "the agency"),
    ("Some 40 boats left the harbour that night, by the coastguard's count. Most were never "
     "found.", "Some 40 boats left the harbour that night", "the coastguard"),
    ("By Human Rights Watch's estimate, at least 90 civilians were killed.",
     "at least 90 civilians were killed", "Human Rights Watch"),
    ("Nadia Farouk keeps a ledger of the camp. About 600 families have returned, by her "
     "count.", "About 600 families have returned", "Nadia Farouk"),
])
def test_by_count_gives_the_counter(text: str, words: str, speaker: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in found


@pytest.mark.parametrize("text", [
    "The camp, by Hassan's count, held 3,100 people.",
    "The market reopened, by Friday's count.",
    "By last year's tally, the district had 40 schools.",
    "Nearly 500 people were killed, by some estimates.",
    "The war has cost 2,000 lives by our count.",
    "By the end of the month, 300 had left.",
])
def test_by_count_near_misses_stay_unread(text: str) -> None:
    assert statement_words(text) == []


# --- 3. "said then" ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Nearly all of them fled to Korvo, 40 kilometres away, aid workers said then.",
     "Nearly all of them fled to Korvo, 40 kilometres away", "aid workers"),
    ("The camp held 4,000 people, a UN spokesman said then.",
     "The camp held 4,000 people", "a UN spokesman"),
    ("Most families fled to Korvo, the mayor told reporters then.",
     "Most families fled to Korvo", "the mayor"),
    ("Aid workers said then that most families had fled to Korvo.",
     "most families had fled to Korvo", "Aid workers"),
])
def test_said_then_is_when(text: str, words: str, speaker: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_then_opening_the_words_stays_in_them() -> None:
    found = statement_words("The governor said then it would take a year to rebuild the "
                            "bridge.")
    assert found == [("The governor", "then it would take a year to rebuild the bridge")]


# --- 4. a share told by a pronoun --------------------------------------------------------

SURVIVORS = ("Dozens of survivors testified. One of them, a man whose brother was shot, told "
             "the court he had seen the soldiers arrive. \"They came at dawn,\" he said.")
NURSES = ("Eleven nurses stayed behind. One of them, a mother of four from Kessa, said the "
          "generator failed twice a day. \"We worked by torchlight,\" she said.")


@pytest.mark.parametrize(("text", "speaker"), [
    (SURVIVORS, "a man whose brother was shot"),
    (NURSES, "a mother of four from Kessa"),
])
def test_share_described_speaks_and_goes_on(text: str, speaker: str) -> None:
    found = statement_words(text)
    assert len(found) == 2
    assert all(sp == speaker for sp, _ in found)


def test_share_of_two_described() -> None:
    found = statement_words("Reporters met the fishermen at the jetty. Two of them, a father "
                            "and his teenage son, said the patrol boats had fired on them.")
    assert found == [("a father and his teenage son", "the patrol boats had fired on them")]


@pytest.mark.parametrize(("text", "words"), [
    ("Several doctors spoke to the inquiry. One of them, however, said the records had been "
     "lost.", "the records had been lost"),
    ("Three reports reached the council. One of them, a 2019 audit, said the money had gone "
     "missing.", "the money had gone missing"),
])
def test_share_not_described_as_a_person_keeps_it(text: str, words: str) -> None:
    assert _speaker_of(statement_words(text), words) == "One of them"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Residents who returned in March told the group that they had found graves. Three of "
     "them said they had seen burned trucks.", "they had seen burned trucks",
     "three of the residents who returned in March"),
    ("Women who sell fish at the jetty said they were afraid. Two of them said the patrols "
     "came at night.", "the patrols came at night", "two of the women who sell fish at the jetty"),
    ("Teachers at the school said classes had stopped. Some of them said they had not been "
     "paid since May.", "they had not been paid", "some of the teachers at the school"),
])
def test_counted_share_of_a_described_group(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(statement_words(text), words) == speaker


def test_counted_share_after_a_name_stays() -> None:
    found = statement_words('"We waited all night," said Maria Santos. "Two of them told us '
                            'the road was closed."')
    assert _speaker_of(found, "the road was closed") == "Two of them"


def test_counted_share_after_a_body_stays() -> None:
    found = statement_words("The ministry said the border was closed. Two of them said the "
                            "guards had left.")
    assert _speaker_of(found, "the guards had left") == "Two of them"


# --- 5. a title word hyphened into a name -------------------------------------------------

@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Opening the debate, the chairman of the Standing Committee on Defence, Abdullahi "
     "Sheikh-Dahir, said raids on farms had become common. He said the army planned four new "
     "posts.", "the army planned", "Abdullahi Sheikh-Dahir"),
    ("Opening the hearing, the speaker of the assembly, Hassan Imam-Farah, said the vote "
     "would go ahead.", "the vote would go ahead", "Hassan Imam-Farah"),
    ("Closing the session, the chairman, Omar General-Warsame, said the budget had passed.",
     "the budget had passed", "Omar General-Warsame"),
])
def test_title_hyphened_into_name(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(statement_words(text), words) == speaker


def test_title_hyphened_to_lower_case_stays_a_description() -> None:
    found = statement_words("Min Lwin, a senior commander-in-chief, said the troops would "
                            "withdraw.")
    assert found == [("Min Lwin", "the troops would withdraw")]


# --- 6. an appeal that asks donors for a sum ---------------------------------------------

@pytest.mark.parametrize(("text", "first", "appeal", "speaker"), [
    ("The agency calls on governments in the region to protect migrants, and asks donors for "
     "3 million US dollars to run its clinics until June.",
     "governments in the region to protect migrants", "donors for 3 million US dollars",
     "The agency"),
    ("UNICEF urged both sides to spare schools and asked donors for 900,000 US dollars to "
     "rebuild classrooms.", "both sides to spare schools", "donors for 900,000 US dollars",
     "UNICEF"),
    ("The Red Cross appealed for calm and asks donors for 1.2 million Swiss francs.",
     "calm", "donors for 1.2 million Swiss francs", "The Red Cross"),
])
def test_appeal_to_donors_is_its_own_entry(text: str, first: str, appeal: str,
                                           speaker: str) -> None:
    found = statement_words(text)
    assert (speaker, first) in found
    assert _speaker_of(found, appeal) == speaker


@pytest.mark.parametrize("text", [
    "The council said the road would reopen and asked the province for 40 more police "
    "officers.",
    "The director said the hospital had asked for blood donors.",
    "Prosecutors asked for a life sentence.",
])
def test_other_requests_stay_as_they_were(text: str) -> None:
    found = statement_words(text)
    assert len(found) <= 1
    assert not any(w.startswith(("the province for", "for ")) for _, w in found)


def test_donors_asked_in_the_passive_stay_unread() -> None:
    assert statement_words("Donors were asked for 3 million US dollars last year.") == []

