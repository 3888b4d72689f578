"""The engines' fast paths agree with the plain code they replace.

Each test states the slow, obvious version of a step next to the fast one the
engines use and checks them against each other on generated text.
"""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import casualties as EC
from workbench.core.extract import claims as ECL
from workbench.core.extract import dates as ED
from workbench.core.extract import statement_headlines as SHL
from workbench.core.extract import statement_not_speech as SNS
from workbench.core.extract import statement_sources as SSO
from workbench.core.extract import statement_subjects as SSU
from workbench.core.extract import statements as ES
from workbench.core.extract.ar import casualties as C
from workbench.core.extract.ar import normalise as N
from workbench.core.extract.ar import tokens as T
from workbench.core.extract.folding import CaseBlind
from workbench.core.extract.lang import ar as V

# Arabic letters (plain and folded), every folded or dropped code point, Latin, digits,
# punctuation and the sentence ends.
_AR_CHARS = st.sampled_from(sorted(
    {*N._LETTERS, *N._DROP, *"ابتثجحخدذرزسشصضطظعغفقكلمنهوي", *"abcXYZ 0123456789",
     *".,!?؟؛\n#_-/:%،«»\"", "\u0640", "\u0670"}))
_AR_TEXT = st.text(_AR_CHARS, max_size=60)


def _lone_waw_spaces(text: str) -> set[int]:
    """Offsets of the spaces after a و no letter precedes, before a letter: careless
    copy's "و قال", read as "وقال"."""
    out: set[int] = set()
    for i, ch in enumerate(text):
        if ch != "\u0648" or (i and "\u0621" <= text[i - 1] <= "\u064a"):
            continue
        j = i + 1
        while j < len(text) and text[j] in " \u00a0":
            j += 1
        if j > i + 1 and j < len(text) and "\u0621" <= text[j] <= "\u064a":
            out.update(range(i + 1, j))
    return out


def _slow_fold(text: str) -> tuple[str, list[int]]:
    """The folded text and the original offset of every character kept: letters
    replaced one for one, a hard-wrapped paragraph's breaks read as spaces (the rule
    itself, ``_unwrap``, is not a fast path), then marks and the spaces after a lone و
    dropped, a character at a time."""
    replaced = text.translate({k: v for k, v in N._TABLE.items() if v is not None})
    assert len(replaced) == len(text)
    unwrapped = N._unwrap(replaced)
    dropped = {i for i, ch in enumerate(unwrapped) if ch in N._DROP}
    dropped |= _lone_waw_spaces(unwrapped)
    kept = [i for i in range(len(text)) if i not in dropped]
    return "".join(unwrapped[i] for i in kept), kept


def _slow_span(text: str, kept: list[int], start: int, end: int) -> tuple[int, int]:
    if len(kept) == len(text):
        return start, end  # nothing dropped: the offsets are the text's own
    if start >= end:
        pos = kept[start] if start < len(kept) else len(text)
        return pos, pos
    e = kept[end - 1] + 1
    while e < len(text) and text[e] in N._DROP:
        e += 1
    return kept[start], e


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
    folded, kept = _slow_fold(text)
    fast = N.fold(text)
    assert fast.text == folded and fast.original == text
    assert (fast.drops is None) == (len(folded) == len(text))
    assert [fast.offset(i) for i in range(-len(folded), len(folded))] == kept + kept
    for start in range(len(folded) + 1):
        for end in range(len(folded) + 1):
            assert fast.span(start, end) == _slow_span(text, kept, start, end)


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


# --- English shortcuts of the ninth speed round (issue 11) ---------------------------------
# Probing words for the English patterns below, in mixed case, with the letters that the
# regex engine folds differently from str.lower ("ſ", the Kelvin sign, dotted and dotless i).
_EN_WORDS = [
    "is", "Was", "WERE", "are", "has", "had", "have", "will", "would", "could", "ıs", "İs",
    "that", "THAT", "which", "who", "Who", "whom", "ſaid", "\u212aills", "having", "Having",
    "the", "a", "army", "rebels", "UN", "report", "leaked", "said", "12", "٣", "x_1",
    "death", "toll", "Toll", "count", "number", "of", "dead", "body", "casualty", "rose",
    "will", "next", "begin", "begins", "starting", "due", "to", "expected", "soon",
    "ministry", "Observatory", "agency", "Center", "centre", "monitor", "command",
]
_EN_SEPS = [" ", "  ", "\n", "\t", "\u00a0", ", ", ",", ". ", "; ", " - ", "-", "", "\"", "'"]


@st.composite
def _en_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_EN_WORDS), st.sampled_from(_EN_SEPS)),
                          max_size=12))
    return "".join(w + s for w, s in parts)


def _without_lead(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without its leading look-ahead of first characters: the plain pattern."""
    assert rx.pattern.startswith("(?=[")
    return re.compile(rx.pattern[rx.pattern.index("])") + 2:], rx.flags)


@settings(max_examples=400, deadline=None)
@given(_en_texts())
def test_first_character_look_aheads_change_no_match(text: str) -> None:
    # The look-ahead only names where a match can start; every search finds what the
    # pattern without it finds, at the same place.
    for rx in (SSU._SUBJECT_BAD, ED._FUTURE, EC._TOLL):
        fast, plain = rx.search(text), _without_lead(rx).search(text)
        assert (fast.span() if fast else None) == (plain.span() if plain else None), rx.pattern


@st.composite
def _relative_clauses(draw: st.DrawFn) -> str:
    """A subject, a relative pronoun and an auxiliary, in random case, between other words:
    the shape _REL_SUBJECT is there for, so that many draws match."""
    def cased(word: str) -> str:
        return "".join(c.upper() if draw(st.booleans()) else c for c in word)
    pronoun = cased(draw(st.sampled_from(["that", "which", "who", "whom", "ſhat"])))
    aux = cased(draw(st.sampled_from(["was", "were", "is", "has", "had", "have", "will"])))
    sep = draw(st.sampled_from([" ", "  ", "\n", "\u00a0"]))
    plain = st.lists(st.sampled_from(["the", "UN", "army", "leaked", "on", "Monday", "ſeen"]),
                     max_size=3)
    return sep.join([*draw(plain), "report", pronoun, aux, *draw(plain)])


@settings(max_examples=400, deadline=None)
@given(st.one_of(_en_texts(), _relative_clauses()), st.integers(0, 40), st.integers(0, 120))
def test_relative_subject_precheck_never_skips_a_match(text: str, c0: int, vcut: int) -> None:
    for lo, hi in ((c0, vcut), (0, len(text))):
        if SSU._REL_SUBJECT.match(text, lo, hi):
            assert SSU._may_hold_relative(text, lo, hi)


@settings(max_examples=400, deadline=None)
@given(_en_texts())
def test_having_and_glued_source_tail_checks_never_skip_a_match(text: str) -> None:
    if SNS._HAVING_BEFORE.search(text[-25:]):
        assert SNS._HAVING_TAIL(text[-25:], 0, 25)
    if SHL._GLUED_TAIL.search(text[-20:]):
        assert SHL._GLUED_TAIL_CHECK(text[-20:], 0, 20)


def test_en_shortcuts_still_find_their_constructions() -> None:
    # Each shortcut lets through the construction its pattern is there for (so the
    # properties above are not vacuous).
    for text in ("A UN report that was leaked", "The plan which has stalled",
                 "Rebels WHO were seen"):
        assert SSU._may_hold_relative(text, 0, len(text)) and SSU._REL_SUBJECT.match(text)
    assert not SSU._may_hold_relative("The army ", 0, 9)
    assert SSU._may_hold_relative("The ſtate ", 0, 10)  # other letters: the pattern decides
    assert SSU._SUBJECT_BAD.search("the army was") and SSU._SUBJECT_BAD.search("12 rebels")
    assert not SSU._SUBJECT_BAD.search("the defence ministry")
    assert ED._FUTURE.search("talks will resume") and EC._TOLL.search("the death toll rose to ")
    assert SNS._HAVING_TAIL("Having ", 0, 7) and not SNS._HAVING_TAIL("He has ", 0, 7)


# Every case-blind pattern of the English engines, each run as its lowered twin on ASCII text.
# (the statement engine's modules too, each pattern under the module that defines it)
_STATEMENT_MODULES = [import_module(f"workbench.core.extract.{p.stem}")
                      for p in sorted(Path(ES.__file__).parent.glob("statement*.py"))]


def _defined_in(mod: object, name: str) -> bool:
    source = Path(mod.__file__).read_text(encoding="utf-8")
    return re.search(rf"^{name}\b", source, re.M) is not None


_CASE_BLIND = list({id(rx): (f"{mod.__name__}.{name}", rx)
                    for mod in (EC, *_STATEMENT_MODULES, ECL)
                    for name, rx in vars(mod).items() if isinstance(rx, CaseBlind)
                    and (mod in (EC, ECL) or _defined_in(mod, name))}.values())
# Words those patterns look for, in any case, with others around them.
_FOLD_WORDS = [
    "killed", "KILLED", "Killing", "wounded", "Wounds", "dead", "bodies", "corpses", "aged",
    "between", "among", "were", "Was", "also", "and", "including", "as", "well", "them",
    "March", "may", "Sept", "year-old", "12-year-old", "claimed", "Claims", "responsibility",
    "denied", "Any", "involvement", "the", "Saturday's", "attack", "report", "Statement",
    "that", "THAT", "on", "Monday", "AFP", "Reuters", "reporters", "in", "a", "an",
    "interview", "condition", "of", "anonymity", "carried", "by", "said", "entry", "to", "be",
    "12", "20", "who", "Who", "however", "yesterday", "Late", "state", "TV", "ſ", "x_1",
]
_FOLD_SEPS = [" ", "  ", "\n", ", ", ",", ": ", ".", " - ", "-", "'", ""]


@st.composite
def _fold_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_FOLD_WORDS), st.sampled_from(_FOLD_SEPS)),
                          max_size=10))
    return "".join(w + s for w, s in parts)


def _regs(m: re.Match[str] | None) -> object:
    return (m.regs, m.lastgroup) if m else None


def test_every_case_blind_pattern_is_found() -> None:
    names = {name for name, _ in _CASE_BLIND}
    assert {"workbench.core.extract.casualties._LEFT_ACTIVE",
            "workbench.core.extract.statement_sources._LEAD",
            "workbench.core.extract.claims._CLAIM"} <= names, names


@settings(max_examples=300, deadline=None)
@given(_fold_texts())
def test_lowered_twins_match_where_the_case_blind_patterns_match(text: str) -> None:
    # On ASCII text the twin, over the lower-cased text, gives the same spans and groups at
    # every position (match), from every position (search) and in a scan (finditer).
    if not text.isascii():
        return
    low = text.lower()
    for name, rx in _CASE_BLIND:
        for pos in range(len(text) + 1):
            assert _regs(rx.match(text, pos)) == _regs(rx.low.match(low, pos)), name
            assert _regs(rx.search(text, pos)) == _regs(rx.low.search(low, pos)), name
        assert [_regs(m) for m in rx.finditer(text)] == [
            _regs(m) for m in rx.low.finditer(low)], name


def test_lowered_twins_find_their_constructions() -> None:
    # The property above is not vacuous: each twin matches text in capitals.
    assert SSO._LEAD.low.match(" on monday, afp".lower())
    assert EC._LEFT_ACTIVE.low.search("gunmen KILLED ".lower())
    assert ECL._CLAIM.low.search("Rebels CLAIMED Responsibility".lower())
    # A twin left in its original case would not: "Monday" stays capitalised in _LEAD.
    assert not re.compile(SSO._LEAD.pattern).match(" on monday")


def test_text_taken_from_a_twin_match_is_sliced_from_the_text_as_written() -> None:
    # The count's twin matches the lower-cased sentence; the collective noun it names is
    # the victim group, which keeps the case of the document.
    from workbench.core.extract import extract
    found = extract("The TRIO were killed in the blast. A Trio was kidnapped.", "2016-01-01")
    assert [c["group"] for c in found["casualties"]] == ["TRIO", "Trio"]
    # So is the source of "a report that ...", found by its twin.
    found = extract("It followed The Army report that rebels had fled north.", "2016-01-01")
    assert [s["speaker"] for s in found["statements"]] == ["The Army report"]
