"""Attributed statements and responsibility claims (fictional sentences)."""

from __future__ import annotations

from workbench.core.extract import extract


def statements(text: str) -> list[tuple[str, str | None]]:
    return [(s["text"], s["speaker"]) for s in extract(text)["statements"]]


def test_trailing_attribution() -> None:
    text = "Rebels shelled the airport overnight, the defence ministry said."
    assert statements(text) == [("Rebels shelled the airport overnight", "the defence ministry")]


def test_said_that_with_subject() -> None:
    text = "Governor Lena Marsh said on Monday that the bridge would reopen next week."
    assert statements(text) == [("the bridge would reopen next week", "Governor Lena Marsh")]


def test_according_to() -> None:
    text = "Six soldiers died in the attack, according to a military spokesman."
    assert statements(text) == [("Six soldiers died in the attack", "a military spokesman")]


def test_told_reporters() -> None:
    text = "The mayor told reporters that water supplies were running low."
    assert statements(text) == [("water supplies were running low", "The mayor")]


def test_direct_quote_with_pronoun_resolved() -> None:
    text = ('Colonel Ari Venn said the convoy was safe. "We will hold the bridge '
            'until the rains come," he added.')
    got = statements(text)
    assert got[0] == ("the convoy was safe", "Colonel Ari Venn")
    assert got[1] == ("We will hold the bridge until the rains come", "Colonel Ari Venn")


def test_inverted_attribution_after_quote() -> None:
    text = '"The road is open again for the first time," said aid worker Dana Holt.'
    assert statements(text) == [("The road is open again for the first time",
                                 "aid worker Dana Holt")]


def test_headline_attributions() -> None:
    assert statements("Army will not withdraw from the valley: Karsov\nBody text.")[0] == (
        "Army will not withdraw from the valley", "Karsov")
    assert statements("Ceasefire talks collapse - TV (Reuters)\nBody text.")[0] == (
        "Ceasefire talks collapse", "TV")
    assert statements("Report: militia recruits children\nBody text.")[0] == (
        "militia recruits children", "Report")


def test_agentless_passive_not_a_statement() -> None:
    assert statements("Three guards were reported to be wounded in the raid.") == []


def test_claims_and_denials() -> None:
    text = ("The Black Hand group claimed responsibility for the bombing. "
            "The interior ministry denied any involvement in the killings. "
            "No group has claimed responsibility for the ambush.")
    got = [(c["claimant"], c["claim_type"]) for c in extract(text)["claims"]]
    assert got == [("The Black Hand group", "responsibility"),
                   ("The interior ministry", "denial")]


def test_passive_claim() -> None:
    res = extract("The bombing was claimed by the Black Hand group.")
    assert [(c["claimant"], c["claim_type"]) for c in res["claims"]] == [
        ("the Black Hand group", "responsibility")]


def test_short_quote_with_its_speaker_after_it() -> None:
    text = "“It was chaos,” said Nadia Korr, 41. Officials gave no figures."
    assert statements(text)[0] == ("It was chaos", "Nadia Korr")


def test_scare_quotes_are_not_statements() -> None:
    assert statements("The so-called “peace corridor” said little about aid.") == []


def test_title_case_headline_keeps_speaker_first() -> None:
    text = "Dorva Says Rebels Holding Three Engineers\nThe body of the report."
    assert statements(text) == [("Rebels Holding Three Engineers", "Dorva")]


def test_inverted_title_case_headline() -> None:
    text = "Three Engineers Freed, Says Governor\nThe body of the report."
    assert statements(text) == [("Three Engineers Freed", "Governor")]


def test_inserted_clause_between_speaker_and_verb() -> None:
    text = ("A commander of the brigade, who asked not to be named, said the convoy "
            "had turned back.")
    assert statements(text) == [("the convoy had turned back", "A commander of the brigade")]
    text = "Villagers, however, said the checkpoint was still closed."
    assert statements(text) == [("the checkpoint was still closed", "Villagers")]


def test_bare_surname_takes_the_latest_full_name() -> None:
    text = ("Colonel Maren Ostby said the convoy would leave on Monday. The army denied "
            'the report. "We are ready to go," Ostby said.')
    assert [sp for _, sp in statements(text)] == [
        "Colonel Maren Ostby", "The army", "Colonel Maren Ostby"]
    # The most recent speaker with that surname wins; a title before it is fine.
    text = ("The envoy Lena Sorn said talks would resume. Her rival Tomas Sorn said they "
            "would not. Sorn added that he would boycott them. Mr. Sorn also said the vote "
            "was rigged.")
    assert [sp for _, sp in statements(text)] == [
        "The envoy Lena Sorn", "Her rival Tomas Sorn", "Her rival Tomas Sorn",
        "Her rival Tomas Sorn"]


def test_bare_names_that_are_not_surnames_stay() -> None:
    # A source noun or an acronym is not a surname, and nobody earlier shares the name.
    text = ("Police in Kessa said two men were held. Police said they would be charged. "
            "AFP said the road was closed. Harlow said the talks had failed.")
    assert [sp for _, sp in statements(text)] == ["Police in Kessa", "Police", "AFP", "Harlow"]


def test_leading_time_adverb_is_not_part_of_the_speaker() -> None:
    text = ("Interior Minister Dario Velk told reporters that talks had failed. Later "
            "Mr. Velk said the border would stay closed.")
    assert statements(text) == [("talks had failed", "Interior Minister Dario Velk"),
                                ("the border would stay closed", "Interior Minister Dario Velk")]
    assert statements("Earlier state radio said the dam had burst.") == [
        ("the dam had burst", "state radio")]
