"""Review of English rounds 177 to 183 and Arabic rounds 143 to 146: neighbours the new
rules must not catch. The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import time

from workbench.core.extract import extract


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return [s["speaker"] for s in extract(text, None, language=language)["statements"]]


def test_a_person_named_as_killed_carries_no_later_he() -> None:
    # the victim named as a killing's object cannot be the "he" who speaks after
    text = ('Police chief Omar Lindt spoke at the station. "We have two suspects," he said.\n'
            "In May, gunmen killed shopkeeper Ali Noor outside his shop. He was 45.\n"
            '"We will find them," he says.')
    assert "Ali Noor" not in _speakers(text)
    # ... while one shot and carried on by "he" still speaks
    alive = ('The lawyer Maria Kessler said the case was closed. In May, gunmen shot Ali Noor '
             "outside his shop and beat his cousin. He has since left the city.\n"
             '"Nobody came to help," he says.')
    assert _speakers(alive)[-1] == "Ali Noor"


def _timed(text: str, language: str = "en") -> float:
    extract("Two men were caught. He said.", None, language=language)  # patterns built
    started = time.process_time()
    extract(text, None, language=language)
    return time.process_time() - started


def test_handing_to_the_law_reads_the_catch_once_per_document() -> None:
    # each count asked whether a catch was told before it by a search of the text up to it:
    # a long report of handings cost the square of its length
    text = "The seven were handed to the authorities. " * 5000
    assert _timed(text) < 3.0
    # ... while the rule still reads a catch told before
    found = extract("Villagers caught four men stealing cattle on Monday. The four were then "
                    "handed to the police.", None, language="en")["casualties"]
    assert [(c["count_low"], c["outcome"]) for c in found] == [(4, "arrested")]


def test_key_figure_lines_count_households_from_the_one_list_of_family_units() -> None:
    # the key-figure reader counts families and households from the list the other
    # readers use (no second list of the same words)
    from workbench.core.extract.lang import en as EN

    assert not hasattr(EN, "LABEL_COUNTED_UNITS")
    found = extract("Key figures\n- Households displaced from three villages: 120\n",
                    None, language="en")["casualties"]
    assert [(c["count_low"], c["outcome"]) for c in found] == [(120, "displaced")]
