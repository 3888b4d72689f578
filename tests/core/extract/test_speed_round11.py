"""Speed round 11: the statement engine's time grows with its text on long pages of quotes.

The invariants the exact fixes rely on, and the growth they bought. Every text here is
invented."""

from __future__ import annotations

import random

from tests.timing import growth
from workbench.core.extract import statement_quoted_sentence as quoted
from workbench.core.extract.ar.statements import find_statements_ar
from workbench.core.extract.statement_pronoun_person import person_for_pronoun
from workbench.core.extract.statement_record import _add
from workbench.core.extract.statements import find_statements

_PAGE = (
    'Villagers in Marrow Creek gathered at the school on Tuesday. "The water came at night," '
    'said Halima Orvane, a teacher. "We carried the children up the hill." She said the bridge '
    'had gone by morning. "Nobody came for two days," he said. Farmer Tobias Lenk said the '
    'fields were lost. "Everything we planted is under mud," said one of them. District '
    'officer Ruth Amsel said help was on its way. "We are doing what we can," she said. '
)


def _reading(text: str, at: int) -> bool:
    """inside_open_quote as it read before the index: the paragraph from its start."""
    para = text.rfind("\n", 0, at) + 1
    span = text[para:at]
    if span.count('"') % 2 == 1:
        return True
    return span.rfind("“") > span.rfind("”")


def test_open_quote_index_answers_as_reading_the_paragraph() -> None:
    # past 4,096 characters of paragraph the marks are counted from an index of the text:
    # the same answer as reading the paragraph, straight marks by parity, curly by order
    rng = random.Random(11)
    for trial in range(60):
        alphabet = "ab \"“”\n" if trial % 3 == 0 else "abcdefgh  \"“”"
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12_000)))
        for at in [rng.randint(0, len(text)) for _ in range(80)] + [0, len(text)]:
            assert quoted.inside_open_quote(text, at) == _reading(text, at), (trial, at)


def test_open_quote_index_follows_a_new_text() -> None:
    # the index is kept for the last text only, known by identity: a new text of the same
    # length is indexed afresh
    one = "x" * 5000 + '"' + "y" * 5000
    two = "x" * 5000 + "y" + "y" * 5000
    assert quoted.inside_open_quote(one, 9000) is True
    assert quoted.inside_open_quote(two, 9000) is False
    assert quoted.inside_open_quote(one, 9000) is True


def test_duplicate_test_with_keys_is_the_pass_over_the_entries() -> None:
    # _add's duplicate test: one look-up in the keys given, or a pass over the entries
    text = 'The mayor said the road was closed. "We will open it soon," she said.'
    for speaker in ("The mayor", None):
        plain: list[dict[str, object]] = []
        keyed: list[dict[str, object]] = []
        seen: set[tuple[object, object, object]] = set()
        answers = [(_add(plain, text, 15, 34, speaker), _add(keyed, text, 15, 34, speaker,
                                                               seen=seen)) for _ in range(2)]
        assert answers == [(True, True), (False, False)]
        assert plain == keyed
        assert seen == {(o["start"], o["end"], o["speaker"]) for o in keyed}


def test_pronoun_entry_is_still_found_by_value() -> None:
    # person_for_pronoun skips an entry not among the statements; an equal copy among them
    # (by value, as "in" compares dicts) still counts as there, an unequal one does not
    text = 'Halima Orvane teaches at the school. "We carried the children up the hill," she said.'
    start = text.index("We carried")
    entry = {"start": start, "end": start + 34, "text": text[start:start + 34], "speaker": "she"}
    out = [dict(entry)]
    person_for_pronoun(text, out, [(entry, "she")])
    assert entry["speaker"] == "Halima Orvane"
    other = dict(entry, speaker="she")
    person_for_pronoun(text, [dict(other, end=start + 20)], [(other, "she")])
    assert other["speaker"] == "she"


def test_long_page_reads_as_its_pages() -> None:
    # every page after the first reads as the second does, shifted (the first has no one
    # named before it, so its "he" stays with the teacher)
    many = find_statements(_PAGE * 12)
    one = len(_PAGE)

    def page(k: int) -> list[tuple[int, object, object]]:
        return [(int(o["start"]) - k * one, o["text"], o["speaker"])  # type: ignore[call-overload]
                for o in many if k * one <= int(o["start"]) < (k + 1) * one]  # type: ignore[call-overload]

    assert len(page(1)) >= 8
    assert page(1) == page(5) == page(11)
    assert len(many) == len(page(0)) + 11 * len(page(1))


def test_one_paragraph_of_quotes_grows_with_the_text() -> None:
    # the same page run together as one paragraph: each sentence's open-quote test read
    # the paragraph from its start, and each quote's duplicate test all the statements.
    # Eightfold text measures 7 to 9 times now (10 to 11 before, 30 for sixteenfold against
    # 16 now), at worst 10.9 with the growth bench running beside it: the bound is 16,
    # about 1.5 times that, and well under the square's 64
    unit = _PAGE.replace("\n", " ")
    find_statements(unit * 3)
    assert growth(find_statements, unit, (16_000, 128_000))[0] < 16


def test_arabic_page_of_quotes_grows_with_the_text() -> None:
    # the Arabic engine measured linear on such pages (about 2 per doubling): eightfold
    # text 8 to 9 times, at worst 9 with the growth bench beside it; the bound is 13
    unit = 'وقال "الطرق مغلقة". وقالت "لا نستطيع الوصول إليهم". وقال أحدهم إن الأرض لهم. '
    find_statements_ar(unit * 3)
    assert growth(find_statements_ar, unit, (16_000, 128_000))[0] < 13
