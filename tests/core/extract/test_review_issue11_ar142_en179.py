"""Review of the date reach fix, Arabic rounds 141 and 142 and English round 179: neighbours
the new rules must not catch. The probe sentences are our own, written in the style of
news."""

from __future__ import annotations

from tests.extract_probes import ar_counts as _ar
from tests.extract_probes import en_counts as _en
from workbench.core.extract import extract


def test_arrivals_at_a_hospital_are_the_wounded_not_the_displaced() -> None:
    # people who arrived at a hospital are its patients, whatever flight is told with them
    assert _ar("وقال الطبيب إن 30 شخصا وصلوا إلى المستشفى مصابين بجروح بعد أن فروا من "
               "القصف.") == [(30, "wounded")]
    assert (30, "displaced") not in _ar(
        "وقال مدير الصحة إن 30 مدنيا وصلوا إلى مستشفى المدينة هربا من القصف.")


def test_a_harm_denied_by_no_counts_nobody() -> None:
    # "no injuries to", "no deaths of": the nominal denied, nobody hurt
    assert _en("The blast caused no injuries to the 40 workers on the site.") == []
    assert _en("No deaths of the 30 passengers were reported, the airline said.") == []
    # ... while the plain nominals still count
    assert _en("The union has recorded injuries to 27 reporters this year.") == [
        (27, "wounded")]
    assert _en("The deaths of 12 miners were reported on Monday.") == [(12, "killed")]


def _speakers(text: str) -> list[str | None]:
    return [s["speaker"] for s in extract(text, None, language="ar")["statements"]]


def test_spoke_then_said_name_stops_at_an_adverb_or_a_preposition() -> None:
    # the words after the title are a name only while no adverb ("طويلا"، "هاتفيا") or
    # preposition ("مع") comes: those tell how and to whom he spoke
    assert _speakers("وتحدث الوزير طويلا إلى الصحفيين فقال إن الوضع هادئ.") == ["الوزير"]
    assert _speakers("وتحدث المسؤول هاتفيا مع مراسلنا فقال إن القوات انسحبت.") == [
        "المسؤول"]
    # ... while a name after a trade is still his
    assert _speakers("وتحدث المزارع سالم أحمد الحربي إلى إذاعة صوت الوادي المحلية فقال إن "
                     "المياه لم تصل.") == ["المزارع سالم أحمد الحربي"]


def test_a_capitalised_can_in_a_name_is_no_modal() -> None:
    # "Can Tho" is a place: the group runs through it as through any name
    assert _en("Three Can Tho fishermen were detained on Monday.") == [(3, "arrested")]
    assert _en("Two Vietnamese Can Tho traders were killed in the crash.") == [(2, "killed")]
    # ... while the modal of the law, in any case, still ends the group before its passive
    assert _en("Under the decree, a journalist can be detained for 30 days.") == []
    assert _en("Under The New Decree, Three Journalists Can Be Detained For 30 Days.") == []


def _contents(text: str) -> list[str]:
    return [s["text"] for s in extract(text, None, language="ar")["statements"]]


def test_even_if_with_a_verb_and_its_object_is_no_second_clause() -> None:
    # "وإن رفضه البرلمان": even if parliament rejected it, the same clause goes on
    assert _contents("وقال المتحدث إن الحكومة ستمضي في الخطة وإن رفضه البرلمان.") == [
        "الحكومة ستمضي في الخطة وإن رفضه البرلمان"]
    # ... while a noun with its pronoun opens the report's second clause
    assert _contents("وقال الطبيب إن المريض نقل إلى المستشفى وإن حالته مستقرة.") == [
        "المريض نقل إلى المستشفى", "حالته مستقرة"]
