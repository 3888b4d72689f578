"""Every Arabic word an Arabic statement module tests for lives in ``lang/ar.py`` (issue 11:
adding a word means editing one place). The modules cleaned so far write no literal
collection of Arabic words: they read their sets from the language data."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from workbench.core.extract.ar import statements

_AR = Path(statements.__file__).parent
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# Arabic statement modules whose word lists all come from the language data
_CLEAN_AR_MODULES = ("statement_named_aside.py", "statement_output.py",
                     "statement_paragraphs.py", "statement_adjuncts.py", "statement_nested.py",
                     "statement_not_speech.py", "statement_fronted.py",
                     "statement_according_to.py", "statement_headline.py", "statements.py",
                     "statement_object_subject.py", "statement_speaker_end.py",
                     "statement_content_end.py", "statement_shared.py", "statement_subject.py",
                     "statement_record.py", "statement_call_noun.py", "statement_cause.py",
                     "statement_spoken_toll.py", "statement_titled_name.py",
                     "statement_accused_them.py", "statement_self_named.py",
                     "statement_expected_object.py", "statement_described_source.py",
                     "statement_source_relative.py", "statement_act_masdar.py",
                     "statement_spoke_then_said.py", "statement_but_speaker.py",
                     "statement_summed_up.py", "statement_figures_point.py",
                     "statement_possessed_title.py", "statement_accusing_body.py",
                     "statement_described_speaker.py", "statement_about_topic.py",
                     "statement_hidden_teller.py", "statement_recalled_time.py",
                     "statement_relay_after.py", "statement_renewed_call.py",
                     "statement_condemned_quote.py", "statement_headline_teller.py",
                     "statement_promise_opening.py", "statement_crowd_demand.py",
                     "statement_outlet_adjectives.py", "statement_approved_act.py",
                     "statement_told_work.py", "statement_transport_noun.py",
                     "statement_official_place.py", "statement_apposed_adverbial.py",
                     "statement_announced_noun.py", "statement_event_source.py",
                     "statement_object_then_saying.py", "statement_kin_label.py",
                     "statement_headline_joined_act.py", "statement_body_label.py",
                     "statement_but_they.py", "statement_call_count.py")

# Arabic casualty, date and claim modules (and the shared normaliser and tokeniser) whose
# word lists all come from the language data. The normaliser's clitic letters ("وف", "بلك")
# stay in it as strings: they are its own letters, not a list of words.
_CLEAN_AR_CD_MODULES = ("tokens.py", "normalise.py", "claims.py", "scoring.py", "dates.py",
                        "casualties.py", "casualty_pushed_out.py", "date_month_tense.py",
                        "casualty_one_injury.py", "casualty_hurt_described.py")


def _literal_arabic_words(path: Path) -> list[str]:
    """The Arabic-letter string constants inside the collection literals (tuple, list, set,
    or the tuple/list/set of a ``frozenset(...)`` call) of a module that hold two or more
    Arabic strings: a word list written in the engine."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "frozenset":
            continue  # its tuple, list or set argument is a node of its own
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant)
                     and isinstance(e.value, str) and _ARABIC_LETTER.search(e.value)]
            if len(words) >= 2:
                found += words
    return found


def test_the_helper_finds_a_word_list(tmp_path: Path) -> None:
    # a frozenset and a list of words are found; a comma beside one word is no list
    tmp = tmp_path / "engine.py"
    tmp.write_text('X = frozenset(("في", "عن"))\nY = ("،", "في")\nZ = ["قال", "أكد"]\n',
                   encoding="utf-8")
    assert sorted(_literal_arabic_words(tmp)) == sorted(["في", "عن", "قال", "أكد"])


@pytest.mark.parametrize("name", _CLEAN_AR_MODULES)
def test_no_literal_arabic_word_lists_in_statement_module(name: str) -> None:
    assert _literal_arabic_words(_AR / name) == []


@pytest.mark.parametrize("name", _CLEAN_AR_CD_MODULES)
def test_no_literal_arabic_word_lists_in_casualty_date_claim_module(name: str) -> None:
    assert _literal_arabic_words(_AR / name) == []


def test_every_arabic_statement_module_is_listed_clean() -> None:
    # a new statement module is held to the same rule from its first commit
    assert set(_CLEAN_AR_MODULES) == {p.name for p in _AR.glob("statement*.py")}
