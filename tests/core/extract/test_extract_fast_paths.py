"""The engines' fast paths agree with the plain code they replace.

Each test states the slow, obvious version of a step next to the fast one the
engines use and checks them against each other on generated text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract.ar import casualties as C
from workbench.core.extract.ar import normalise as N
from workbench.core.extract.ar import tokens as T
from workbench.core.extract.lang import ar as V

# Arabic letters (plain and folded), every folded or dropped code point, Latin, digits,
# punctuation and the sentence ends.
_AR_CHARS = st.sampled_from(sorted(
    {*N._LETTERS, *N._DROP, *"ابتثجحخدذرزسشصضطظعغفقكلمنهوي", *"abcXYZ 0123456789",
     *".,!?؟؛\n#_-/:%،«»\"", "\u0640", "\u0670"}))
_AR_TEXT = st.text(_AR_CHARS, max_size=60)


def _slow_fold(text: str) -> N.Folded:
    folded = text.translate(N._TABLE)
    if len(folded) == len(text):
        return N.Folded(folded, None, text)
    return N.Folded(folded, [i for i, ch in enumerate(text) if ch not in N._DROP], text)


def _slow_tokenize(folded: str) -> list[T.Token]:
    return [T.Token(m.group(), m.start(), m.end(),
                    m.group()[0].isalpha() or m.group()[0] in "#_")
            for m in T._TOKEN.finditer(folded)]


def _slow_sentences(tokens: list[T.Token]) -> list[tuple[int, int]]:
    out, a = [], 0
    for i, t in enumerate(tokens):
        if t.w in T._END:
            if i > a:
                out.append((a, i))
            a = i + 1
    if a < len(tokens):
        out.append((a, len(tokens)))
    return out


@settings(max_examples=300, deadline=None)
@given(_AR_TEXT)
def test_fold_agrees_with_translate(text: str) -> None:
    assert N.fold(text) == _slow_fold(text)


@settings(max_examples=300, deadline=None)
@given(_AR_TEXT)
def test_tokens_and_sentences_agree_with_plain_loops(text: str) -> None:
    folded = N.fold(text).text
    toks = T.tokenize(folded)
    assert toks == _slow_tokenize(folded)
    assert [t.is_word for t in toks] == [t.is_word for t in _slow_tokenize(folded)]
    assert T.sentences(toks) == _slow_sentences(toks)


def _slow_is_arabic(text: str, sample: int = 2000) -> bool:
    head = text[:sample]
    ar = sum(1 for ch in head if "\u0621" <= ch <= "\u064a")
    return ar > 0 and ar >= sum(1 for ch in head if ch.isascii() and ch.isalpha())


@settings(max_examples=300, deadline=None)
@given(_AR_TEXT, st.integers(min_value=0, max_value=70))
def test_is_arabic_agrees_with_counting(text: str, sample: int) -> None:
    assert N.is_arabic(text, sample) == _slow_is_arabic(text, sample)


def _ar_vocab() -> list[str]:
    words: set[str] = set()
    for table in (V.OUTCOME_TRIGGERS, V.OUTCOME_NOUNS, V.OUTCOME_DUALS, V.OUTCOME_AFTER,
                  V.UNITS, V.TENS, V.HUNDREDS, V.MULTIPLIERS, V.ROUND, V.VAGUE,
                  V.VAGUE_PHRASES, V.VAGUE_MULTIPLIERS):
        words.update(table)
    for seq in (V.DEATH_OBJECTS, V.LAQIYA, V.SELF_BLAST_VERBS, V.SELF_WORDS, V.TOLL_WORDS,
                V.TOLL_LINKS, V.PERSON_SINGULAR, V.PERSON_DUAL, V.NON_PERSON,
                V.SUBGROUP_MARKERS, V.CLAUSE_BREAKS, V.SHARED_MARKERS):
        words.update(seq)
    words.update(p for p, _ in (*V.QUALIFIERS_BEFORE, *V.QUALIFIERS_AFTER))
    words.update(("بين", "و", "من", "في", "عداد", "كانوا", "أحد", "واحد", "جنديا", "مسلح",
                  "فلسطينيا", "لبناني", "عام", "شخصا", "المدينة"))
    return sorted(words)


_AR_VOCAB = _ar_vocab()
_AR_TOKEN = st.one_of(
    st.sampled_from(_AR_VOCAB),
    st.sampled_from(_AR_VOCAB).map(lambda w: "و" + w),
    st.integers(min_value=0, max_value=3000).map(str),
    st.sampled_from([".", "،", ":", "\n", "-", "%", "2018", "و4"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_AR_TOKEN, min_size=1, max_size=25))
def test_arabic_casualty_candidates_agree_with_every_token(words: list[str]) -> None:
    text = " ".join(words)
    _, toks = T.analyse(text)
    fast, slow = C._Candidates(toks), C._Candidates(toks, exhaustive=True)
    for sa, sb in T.document_sentences(text):
        assert C._sentence(toks, sa, sb, fast) == C._sentence(toks, sa, sb, slow)
