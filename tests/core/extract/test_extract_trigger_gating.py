"""The trigger-gated engines find exactly what their full rules find on every sentence.

Each engine runs its rules only on the sentences (and at the positions) that the
one shared trigger pass marks. Here the same rules run the plain way, on every
sentence, with positions found by each engine's own obvious scan, and the two
must agree on random mixes of probing sentences written for these tests
(casualty figures, speech, dates, claims, and sentences that hold none).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workbench.core.extract import casualties as CA
from workbench.core.extract import claims as CL
from workbench.core.extract import dates as DA
from workbench.core.extract import statement_shared as SSH
from workbench.core.extract import statements as STM
from workbench.core.extract.ar import statements as AST
from workbench.core.extract.ar import tokens as AT
from workbench.core.extract.ar.statement_shared import _Stmt
from workbench.core.extract.lang import ar as AV
from workbench.core.extract.lang.build import alt
from workbench.core.extract.numbers import COUNT_RE
from workbench.core.extract.spans import lowered
from workbench.core.extract.triggers import CASUALTY, CLAIM, WORDS

_EN_SENTENCES = [
    "Gunmen shot dead four guards at the depot on Sunday, police said.",
    "At least 9 villagers were wounded when a shell hit the square.",
    "The toll from the flood climbed to 31 by late March.",
    "\"We saw the trucks leave at dawn,\" said Major Ilse Varga.",
    "A bomber blew himself up near the gate, killing two soldiers and a driver.",
    "The militia claimed responsibility for the raid in a statement.",
    "The governor denied any involvement in the arrests.",
    "Between 20 and 25 fishermen are missing, according to the coast guard.",
    "Rescuers pulled 12 bodies from the rubble on Sept. 4, 2013.",
    "Officials told reporters that 300 families had fled since last week.",
    "The council will meet again next Tuesday to discuss the budget.",
    "Farmers planted maize in the upper fields before the rains came.",
    "A 12-year-old boy was among the dead, his uncle said.",
    "It was announced by the ministry that two envoys were freed yesterday.",
    "Dozens of students were detained, and three of them were later released.",
    "Related News Floods hit the coast - officials Talks resume in Varn",
    "The report said 1,500 homes were damaged in the spring of 2014.",
    "Two Marines arrived in the capital in early May.",
    "The talks collapsed a week ago, and the envoys left the past week.",
    "Fighting eased at the end of March 2020 and again at the beginning of May.",
    "Prices rose the previous month, an official said a day ago.",
    # Wire casualty forms of issue 11 (test_extract_casualty_wire.py).
    "Nine dead and 14 injured after gunmen stormed a Talvik hotel.",
    "Sixty-seven people were killed on Sunday, 31 of them civilians.",
    "The attack killed 40 people, 15 of whom were children.",
    "The blast killed three soldiers; four more died in hospital.",
    "The rocket killed a mother and her three children.",
    "Ten soldiers were taken prisoner, and the dead included 4 children.",
    "Tens of thousands of people have been displaced, and 10-15 were reported missing.",
    "The army reported 40 casualties; 3,000 troops deployed on Route 9 at 4:30.",
    "Forty people were wounded, eight of them seriously; twelve people remain missing.",
    "Militants took 30 people hostage and forced 4,000 people to flee their homes.",
    "Dozens of people were killed or wounded, and three gunmen fled.",
    # Bulletin forms of issue 11, second round (test_extract_casualty_wire2.py).
    "KILLED: 12 soldiers, 3 civilians. Death toll: 31",
    "Nine were killed in Sarn, seven in Vell and two civilians in Tosk.",
    "Another soldier was killed; the blast wounded another policeman, and one another.",
    "Fifteen confirmed dead, eight presumed dead, three were later pronounced dead.",
    "Two soldiers later succumbed to their wounds in the 1990s.",
    "Another three soldiers were killed; among the dead were 12 guards.",
    # Wire date forms of issue 11 (test_extract_date_wire.py).
    "The plant is due to open in mid-2015, not in early 2016 or at the end of 2014.",
    "Talks were held March 3-5 in Geneva and from March 3 to 5, 2014, in Vell.",
    "On March 3 to 5 civilians died; the letter was dated 3/4/2015 or 23/4/2015.",
    "Last Friday's attack came early Tuesday, and Sunday's blast overnight.",
    # Sixth English probe round (test_extract_wire_probes6.py, *_casualty_wire3.py,
    # *_date_wire2.py).
    "Partners report that an additional five soldiers died on the 3rd of March.",
    '"Who will pay?" one man asked. The court ruled that 30 of the wounded were freed.',
    "14:05 GMT - Four of the dead were children, according to the monitoring group Airwars.",
    "Officials plan to warn residents; the weekly reports show it began on 2 March.",
    "The number of U.S. troops killed has reached 1,000; No one was killed in Sarn.",
    "The blast killed the bomber and four passersby, and 12,000 displaced people fled.",
    "Makhlouf pointed out that a man and his son were killed, aged 40 and 12.",
]
_EN_WORDS = sorted({
    "killed", "wounded", "said", "told", "claimed", "denied", "people", "soldiers", "two",
    "a", "an", "at least", "were", "and", "the", "Monday", "March", "2012", "15", "toll",
    "bodies", "according to", "responsibility", "himself", "bomber", "last", "week", "ago",
    "days", "more than", "in excess of", "village", ",", ".", "\n", "\"", "past", "previous",
    "end of", "beginning of", "May", "month", "year", "day",
})
_EN_PIECE = st.one_of(
    st.sampled_from(_EN_SENTENCES),
    st.lists(st.sampled_from(_EN_WORDS), min_size=1, max_size=12).map(" ".join),
)
_EN_TEXT = st.lists(_EN_PIECE, min_size=1, max_size=6).flatmap(
    lambda parts: st.sampled_from([" ", "\n", "  "]).map(lambda sep: sep.join(parts)))


def _starts(pattern: str, text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in re.finditer(pattern, text))


@settings(max_examples=150, deadline=None)
@given(_EN_TEXT)
@example("toll 15 beginning of were")
def test_casualties_gated_agree_with_every_sentence(text: str) -> None:
    low = lowered(text)
    casualty_words = _starts(rf"\b(?:{alt(WORDS[CASUALTY])})\b", low)
    # Every position where the count pattern itself matches, not only the anchors.
    counts = tuple(p for p in range(len(text))
                   if (m := COUNT_RE.match(text, p)) and m.end() > p)
    articles = _starts(r"\b(?:an?|another)\b", low)
    plain = CA._find_casualties(text, casualty_words, counts, articles, every_sentence=True)
    # The gated reading of the text as written. The rereading layers around it (a time
    # phrase read past between a count and its verb, openers masked, ...) read a rewritten
    # text through the same gated path, so they are no part of what gating may lose; the
    # whole chain once met "toll 15 beginning of were", read past "beginning of" as
    # "toll 15 were", which no plain reading of the words as written gives.
    assert CA._find_in(text) == plain


@settings(max_examples=150, deadline=None)
@given(_EN_TEXT)
def test_statements_gated_agree_with_every_sentence(text: str) -> None:
    verbs = list(SSH._VERB.finditer(text))
    plain = STM._find_statements(text, verbs, every_sentence=True)
    assert STM.find_statements(text) == plain


@settings(max_examples=150, deadline=None)
@given(_EN_TEXT, st.sampled_from([None, "2016-05-17"]))
def test_dates_gated_agree_with_every_position(text: str, published: str | None) -> None:
    assert DA.find_dates(text, published) == DA._find_dates(text, published, range(len(text)))


@settings(max_examples=150, deadline=None)
@given(_EN_TEXT)
def test_claims_gated_agree_with_every_sentence(text: str) -> None:
    cues = _starts(rf"\b(?:{alt(WORDS[CLAIM])})\b", lowered(text))
    assert CL.find_claims(text) == CL._find_claims(text, cues, every_sentence=True)


@pytest.mark.parametrize(("text", "found"), [
    ("He left a week ago.", "a week ago"),
    ("Fighting eased the past week.", "the past week"),
    ("Prices rose the previous month.", "the previous month"),
    ("They met at the end of March 2020.", "the end of March 2020"),
    ("They met at the beginning of May.", "the beginning of May"),
])
def test_dates_opened_by_an_article_are_found_whole(text: str, found: str) -> None:
    # "a", "an" and "the" open dates too; the trigger pass once skipped them, so the fast
    # path missed "a week ago" and cut "the end of March" to "end of March".
    assert [d["text"] for d in DA.find_dates(text, "2016-05-17")] == [found]
    assert DA.find_dates(text, "2016-05-17") == DA._find_dates(text, "2016-05-17",
                                                                range(len(text)))


def test_gating_skips_sentences_without_triggers() -> None:
    # The gate is not vacuous: a sentence with no trigger is skipped by the fast path,
    # and only the plain path visits it (here it finds nothing there either).
    text = "Farmers planted maize in the valley. Four soldiers were killed, police said."
    assert [d["text"] for d in CA.find_casualties(text)] == ["Four soldiers were killed"]
    assert CA._find_casualties(text, (), (), ()) == []


_AR_SENTENCES = [
    "قال المتحدث باسم الجيش إن القوات سيطرت على التلة.",
    "وأضاف أن 12 مدنيا أصيبوا في القصف.",
    "وأكدت الوزارة، في بيان، مقتل خمسة جنود.",
    "بحسب مصادر طبية، قتل ثلاثة أشخاص.",
    "ونفت الحركة أي علاقة لها بالهجوم.",
    "وذكر مراسل الوكالة نقلا عن شهود أن الطريق أغلق.",
    "واعتبر المحلل أن الاتفاق هش، مضيفا أن الطرفين غير جادين.",
    "وعقد المجلس جلسته الأسبوعية في مقر البلدية.",
    "ووصلت شاحنات تحمل القمح إلى السوق صباح الأحد.",
    "وأفاد الناشطون بأن الاشتباكات استمرت حتى الفجر، وفق المرصد.",
    "وقال إن \"الوضع تحت السيطرة\"، حسبما نقلها التلفزيون الرسمي.",
    "وافتتحت المدرسة الجديدة أبوابها أمام الطلاب.",
]
_AR_WORDS = sorted({
    *AV.SPEECH_VERBS[:12], *AV.SPEECH_PARTICIPLES[:6], *AV.COMPLEMENTIZERS,
    *AV.ATTRIBUTION_PREPS, "وان", "نقلها", "ما", "المصدر", "الجيش", "،", ".", ":", "\"",
    "12", "المدينة", "في", "عن",
})
_AR_PIECE = st.one_of(
    st.sampled_from(_AR_SENTENCES),
    st.lists(st.sampled_from(_AR_WORDS), min_size=1, max_size=14).map(" ".join),
)
_AR_TEXT = st.lists(_AR_PIECE, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_AR_TEXT)
def test_arabic_statements_role_jumps_agree_with_every_token(text: str) -> None:
    _, toks = AT.analyse(text)
    fast, plain = AST.role_indices(toks), AST.role_indices(toks, exhaustive=True)
    for sa, sb in AT.document_sentences(text):
        got: list[_Stmt] = []
        want: list[_Stmt] = []
        AST._sentence(toks, sa, sb, got, fast)
        AST._sentence(toks, sa, sb, want, plain)
        assert got == want


def test_arabic_role_indices_are_the_words_that_start_something() -> None:
    _, toks = AT.analyse("وعقد المجلس جلسته. وقال المتحدث إن 12 مدنيا أصيبوا.")
    assert [toks[i].w for i in AST.role_indices(toks)] == ["وقال"]
