"""What the review of English rounds 191 to 193 and Arabic rounds 154 and 155 found: a
toll's list after its colon read to the end of a text with no full stops after every
toll, a person set in commas looked for in the whole text for each "it says", an Arabic
text ending on a verb of arrival, and ordinary sentences that share the new readers'
words. Every sentence is fictional."""

from __future__ import annotations

from itertools import pairwise

from tests.timing import cpu_seconds, repeated
from workbench.core.extract import extract
from workbench.core.extract import statement_pronouns as SP
from workbench.core.extract.casualty_toll_list_phrase import toll_list_edits

_TOLL = "That brings the dead to four: three guards protecting the depot and a cook "


def test_a_toll_list_is_read_only_up_to_the_next_toll() -> None:
    # with no full stop, each toll's list ran to the end of the text: every later list's
    # phrases were cut again for each toll before them (the same edit many times over)
    text = _TOLL * 40
    edits = toll_list_edits(text)
    assert len(edits) == len(set(edits))
    assert all(a[1] <= b[0] for a, b in pairwise(edits))
    assert len([e for e in edits if e[2] == ""]) == 40


def test_a_toll_list_without_full_stops_is_read_in_linear_time() -> None:
    small = cpu_seconds(lambda: toll_list_edits(repeated(_TOLL, 4_000)))[0]
    big = cpu_seconds(lambda: toll_list_edits(repeated(_TOLL, 64_000)))[0]
    assert big / max(small, 1e-4) < 40


def test_a_toll_list_still_reads() -> None:
    text = ("That raises the number of dead to six: four soldiers guarding the bridge and "
            "two civilians.")
    got = [(c["count_low"], c["outcome"]) for c in extract(text, None, "en")["casualties"]]
    assert (4, "killed") in got and (2, "killed") in got


class _CountingText(str):
    """A text that counts how often it is searched for a phrase."""

    searches = 0

    def find(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        type(self).searches += 1
        return super().find(*args, **kwargs)


def test_a_person_set_in_commas_is_looked_for_once_per_document() -> None:
    # each "it says" after a body and a person searched the whole text for the person's
    # name in commas: a long feature's reading grew with the square of its length
    text = _CountingText("Its chief executive, Paul Janssen, said he would fly. " * 300)
    _CountingText.searches = 0
    for k in range(200):
        SP._plainly_person(text, f"Rita Sand{k}")
    assert _CountingText.searches < 5


def test_a_person_set_in_commas_is_as_before() -> None:
    text = 'Meridian Marine said it was safe. Its chief executive, Paul Janssen, said so.'
    assert SP._plainly_person(text, "Paul Janssen")
    assert not SP._plainly_person(text, "Meridian Marine")
    assert not SP._plainly_person("The firm, Kirkuk Asayish, said so.", "Kirkuk Asayish")


def test_an_arabic_text_ending_on_a_verb_of_arrival_raises_nothing() -> None:
    # a count looked for after the text's last word went past the end of its tokens
    text = "وصل 37 صيادا إلى الميناء. وصل"
    assert extract(text, None, "ar") is not None


def _casualties(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(str(c["text"]), str(c["outcome"]))
            for c in extract(text, None, language)["casualties"]]


def test_things_that_did_not_survive_are_no_dead() -> None:
    # a head in "-ies" or "-ants" names things as often as people: "did not survive" is
    # said of both, so the head must be a listed person
    assert _casualties("Three companies did not survive the recession.") == []
    assert _casualties("Two of the plants did not survive the winter.") == []
    assert _casualties("Two bills did not survive the vote.") == []
    assert ("Three residents did not survive", "killed") in _casualties(
        "Three residents did not survive the attack.")
    assert ("Two of the wounded did not survive", "killed") in _casualties(
        "Two of the wounded did not survive.")


def test_people_taken_away_by_boat_are_captives_only_in_a_raid() -> None:
    assert _casualties("Four tourists had been taken away by boat.") == []
    assert _casualties("The volunteers were taken away by boat.") == []
    got = _casualties("By nightfall two were dead and four had been taken away by boat.")
    assert any(o == "captured" for _, o in got)
    got = _casualties("Bandits raided the island; six fishermen were taken away by canoe.")
    assert any(o == "captured" for _, o in got)


def _statements_ar(text: str) -> list[tuple[str, str]]:
    return [(str(s["speaker"]), str(s["text"])) for s in extract(text, None, "ar")["statements"]]


def test_a_body_the_verb_does_not_agree_with_is_the_accused_not_the_accuser() -> None:
    # the present's person prefix agrees with its subject: "يتهمها" after a feminine body
    # ("the gang the people accuse"), "تتهمه" after a masculine one, have another accuser
    assert [sp for sp, _ in _statements_ar(
        "قالت الشرطة إن العصابة التي يتهمها الأهالي بالسرقة فرت إلى الجبال.")] == ["الشرطة"]
    assert [sp for sp, _ in _statements_ar(
        "قالت الشرطة إن الحزب الذي تتهمه بالتحريض نفى ذلك.")] == ["الشرطة"]
    # the body accusing others keeps its charge
    assert "عشيرة مجاورة" in [sp for sp, _ in _statements_ar(
        "قالت وكالة محلية إن المهاجمين من عشيرة مجاورة تتهمهم بقتل أحد أبنائها.")]
    assert "قبيلة" in [sp for sp, _ in _statements_ar(
        "قالت وكالة إن المسلحين من قبيلة تتهمه بقتل شيخها فروا.")]
    assert "حزب معارض" in [sp for sp, _ in _statements_ar(
        "قالت الشرطة إن القتيل من حزب معارض يتهمه بالخيانة.")]
