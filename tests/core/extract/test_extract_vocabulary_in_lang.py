"""Every English word an engine module tests for lives in ``lang/en.py`` (issue 11: adding a
word means editing one place). The engine modules cleaned so far hold no literal word sets,
and their sets are the language data's own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from workbench.core.extract import rejoin, said_and_predicate
from workbench.core.extract import statement_persons as SPE
from workbench.core.extract.lang import en as EN
from workbench.core.extract.said_and_predicate import bare_predicate

_EXTRACT = Path(said_and_predicate.__file__).parent
# engine modules whose word sets all come from the language data
_CLEAN_MODULES = ("said_and_predicate.py", "rejoin.py", "statement_shared.py",
                  "statement_content.py", "statement_headlines.py", "statement_pronouns.py",
                  "statement_quotes.py", "statement_subjects.py", "statement_transcripts.py",
                  "statement_nouns.py", "statement_persons.py", "statement_record.py",
                  "statement_sources.py", "statement_not_speech.py", "statements.py",
                  "date_ordinal_words.py", "dates.py", "triggers.py", "casualty_dateline_dash.py",
                  "date_names.py", "casualty_rival_toll.py", "speakers.py",
                  "headline_shared_says.py", "casualty_phrase.py", "casualty_stage.py",
                  "date_direction.py", "casualties.py")


def _literal_word_sets(path: Path) -> list[str]:
    """The string constants written inside ``frozenset(...)`` calls of a module."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "frozenset":
            found += [c.value for c in ast.walk(node)
                      if isinstance(c, ast.Constant) and isinstance(c.value, str)]
    return found


@pytest.mark.parametrize("name", _CLEAN_MODULES)
def test_no_literal_word_sets_in_engine_module(name: str) -> None:
    assert _literal_word_sets(_EXTRACT / name) == []


def test_unmarked_plural_bodies_are_language_data() -> None:
    assert "police" in EN.UNMARKED_PLURAL_BODIES
    assert EN.UNMARKED_PLURAL_BODIES <= said_and_predicate._NOT_VERBS
    assert SPE._PLURAL_BODIES is EN.UNMARKED_PLURAL_BODIES


def test_compound_first_parts_are_language_data() -> None:
    assert rejoin._COMPOUND is EN.COMPOUND_FIRST_PARTS
    assert {"forty", "self", "counter"} <= EN.COMPOUND_FIRST_PARTS


@pytest.mark.parametrize(("text", "bare"), [
    # a body with no plural "s" opens a clause of its own: no bare predicate
    ("Crops failed, he said, and police at the depot count the sacks.", False),
    ("Crops failed, he said, and staff at the depot count the sacks.", False),
    # a verb right after "and" shares the reported clause's subject
    ("Farmers left, he said, and depend on the depot for seed.", True),
])
def test_bare_predicate_after_said_and(text: str, bare: bool) -> None:
    start = text.index(" and ") + len(" and ")
    assert bare_predicate(text, start, len(text) - 1) is bare



# Sets derived from others, written at the end of lang/en.py: a source set widened after
# them would leave them stale.
_DERIVED = {
    "ONE_WORD_REPORTING_VERBS": lambda: frozenset(w for w in EN.REPORTING_VERBS if " " not in w),
    "ONE_WORD_PAST_REPORTING": lambda: frozenset(
        w for w in {*EN.REPORTING_VERBS, *EN.QUOTE_VERBS}
        if " " not in w and w.endswith(("ed", "said", "told", "wrote"))),
    "ONE_WORD_CLAUSE_WORDS": lambda: frozenset(
        w for w in (*EN.AUXILIARIES, *EN.CLAUSE_SUBJECTS) if " " not in w),
    "AS_BY_PHRASES": lambda: frozenset(" ".join(p.split()) for p in EN.AS_BY_INTRODUCERS),
    "PLURAL_PRESENT_SPEECH": lambda: frozenset(
        w for w in EN.PRESENT_SPEECH if not w.endswith("s")),
    "PLURAL_SHARED_ITEMS": lambda: frozenset(w for w in EN.SHARED_ITEMS if w.endswith("s")),
    "SPEAKER_NOUN_PLURALS": lambda: tuple(w + "s" for w in EN.SPEAKER_NOUNS),
    "ONE_WORD_AUXILIARIES": lambda: frozenset(w for w in EN.AUXILIARIES if " " not in w),
    "NATURAL_HAZARD_TOKENS": lambda: frozenset(
        [w + end for w in EN.NATURAL_HAZARDS for end in ("", ",", ".", ";", ":", "'s", "’s", ")")]
        + [f"{w}-{p}{end}" for w in EN.NATURAL_HAZARDS for p in EN.SETTING_PARTICIPLES
           for end in ("", ",")]),
}


@pytest.mark.parametrize("name", sorted(_DERIVED))
def test_derived_statement_sets_follow_their_sources(name: str) -> None:
    assert getattr(EN, name) == _DERIVED[name]()
