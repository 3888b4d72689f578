"""Arabic probes (issue 11): the same news in another written form gives the same
suggestions. ``bench/blind/perturb_ar.py`` rewrote every Arabic set in twelve forms; the
letter forms (hamza, ya/ta, tatweel, harakat, three digit systems, commas, quotation
marks, non-breaking and doubled spaces) cost nothing, and three families did:

1. the conjunction و set apart from its word, as careless copy does ("و قالت إن"، "و
   الدفاع المدني: ...")؛ a word that ends in و ("أبو"، "نحو") or a letter و standing in
   brackets is no conjunction and stays as it is؛
2. a speaker after a one-letter clitic that carries its vowel or a space ("وَالدفاعُ
   المدني:")، which kept the mark or the space in front of the name؛
3. lines broken by width inside paragraphs (text pasted from a PDF or a narrow column):
   a count cut from its noun, a report cut from its words. The text reads as its
   paragraph form; a ticker of items (a live label with its mark, a time stamp, a
   label of two words or more and a colon), paragraphs ending in stops, a bulleted
   list and a headline that does not fill the column keep their lines.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements, figures
from workbench.core.extract.ar.normalise import fold


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a report verb after a detached و, inside a sentence
    ('وأعلنت بلدية كفر سالم أن القصف طال السوق، و قالت إن 4 من الباعة أصيبوا.',
     [('بلدية كفر سالم', 'القصف طال السوق'), ('بلدية كفر سالم', '4 من الباعة أصيبوا')]),
    # ... a source and its colon after a detached و in a headline
    ('غارة على قرية تل الورد.. و الدفاع المدني: 3 قتلى تحت الأنقاض',
     [('الدفاع المدني', '3 قتلى تحت الأنقاض')]),
    # ... read before, unchanged: the same joined
    ('وأعلنت بلدية كفر سالم أن القصف طال السوق، وقالت إن 4 من الباعة أصيبوا.',
     [('بلدية كفر سالم', 'القصف طال السوق'), ('بلدية كفر سالم', '4 من الباعة أصيبوا')]),
    ('غارة على قرية تل الورد.. والدفاع المدني: 3 قتلى تحت الأنقاض',
     [('الدفاع المدني', '3 قتلى تحت الأنقاض')]),
    ('و أكد المتحدث باسم اللجنة، سامر الدباغ، أن القافلة وصلت إلى البلدة.',
     [('المتحدث باسم اللجنة، سامر الدباغ', 'القافلة وصلت إلى البلدة')]),
    # ... kept as they are: a name and a word that end in و, a letter و in brackets
    ('قال أبو قاسم الحمدان إن الطريق مغلق منذ الصباح.',
     [('أبو قاسم الحمدان', 'الطريق مغلق منذ الصباح')]),
    ('وقال مصدر محلي إن نحو 20 عائلة نزحت من القرية.',
     [('مصدر محلي', 'نحو 20 عائلة نزحت من القرية')]),
    ('أعلنت الفقرة (و) من البيان أن الهدنة سارية.',
     [('الفقرة (و) من البيان', 'الهدنة سارية')]),
    # 2. the vowel of a clitic before a speaker
    ('غارة على قرية تل الورد.. وَالدفاعُ المدني: 3 قتلى تحت الأنقاض',
     [('الدفاعُ المدني', '3 قتلى تحت الأنقاض')]),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a count after a detached و spans the conjunction, as the joined form's does
    ('و قتل 6 مدنيين في قصف على حي المنارة.',
     [('و قتل 6 مدنيين', 'killed', 6, None, 'exact', 'مدنيين')]),
    ('و اعتقلت الشرطة 9 شبان في قرية عين البيضاء.',
     [('و اعتقلت الشرطة 9 شبان', 'arrested', 9, None, 'exact', 'شبان')]),
    # ... read before, unchanged: the joined form
    ('وقتل 6 مدنيين في قصف على حي المنارة.',
     [('وقتل 6 مدنيين', 'killed', 6, None, 'exact', 'مدنيين')]),
    # ... kept as it is: a count after a word ending in و
    ('وقال مصدر محلي إن نحو 20 عائلة نزحت من القرية.',
     [('نحو 20 عائلة نزحت', 'displaced', 20, None, 'about', 'عائلة')]),
])
def test_casualties(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


# 3. Wrapped reports: each the lines of a column; the paragraph form is the same text
# with a space for every break inside a paragraph (so offsets are the same).
_WRAPPED = {
    "count cut from its noun, words cut from their verb": [
        "مديرية الصحة: قتلى وجرحى في اشتباكات تل الغار",
        "أعلنت مديرية الصحة في محافظة الوادي أن الاشتباكات التي",
        "اندلعت ليل الأحد في بلدة تل الغار أسفرت عن مقتل 7",
        "أشخاص وإصابة 15 آخرين، بينهم ثلاثة أطفال.",
        "وقال رئيس البلدية، سليم العواد، إن الأهالي بدأوا",
        "العودة إلى منازلهم صباح الاثنين بعد انسحاب المسلحين من",
        "الأحياء الشمالية، مضيفا أن فرق الدفاع المدني ما زالت",
        "تبحث عن مفقودين تحت الأنقاض.",
    ],
    "a second complementizer at a line's end": [
        "نزوح مئات العائلات من قرى سهل الريحان بعد القصف",
        "قالت منظمة إغاثة محلية إن أكثر من 300 عائلة نزحت من",
        "قرى سهل الريحان خلال الأيام الثلاثة الماضية، وإن",
        "القصف المدفعي دمر 40 منزلا على الأقل.",
        "وأضافت المنظمة أن مسلحين خطفوا أربعة من سائقي",
        "الشاحنات على طريق الريحان، ولم يعرف مصيرهم بعد.",
    ],
    "a live label's word as a noun at a line's start": [
        "منظمة إغاثة: نزوح آلاف من قرى وادي الغضا خلال أسبوع",
        "قالت منظمة الإغاثة الدولية (رحمة) في بيان نشرته في",
        "تحديث صدر اليوم الأربعاء إن أكثر من 6 آلاف شخص نزحوا",
        "من قرى وادي الغضا بعد هجمات شنها مسلحون على 9 قرى",
        "على الأقل.",
    ],
    # (one word before a colon is the end of a name the column cut, not a label)
    "a source's last word before its colon": [
        "قصف على أطراف بلدة وادي الزيتون",
        "قال مدير الدفاع المدني في المحافظة في تصريحات نقلتها الإذاعة",
        "الرسمية: \"الفرق أخلت 14 عائلة من منازل قريبة من مواقع القصف\".",
        "وأضاف أن طريق البلدة أغلق أمام السيارات حتى إشعار آخر، وأن",
        "فرق الصيانة ستبدأ إصلاح شبكة الكهرباء صباح الأحد.",
    ],
    # (the column held the marks: the vowelled line is as wide as the others)
    "a vowelled line cut before its last word": [
        "اشتباكات في بلدة عين النسر وسقوط قتلى",
        "وقال رئيس المجلس المحلي في البلدة، ناصر الحلبي، لإذاعة",
        "السهل المحلية إن أربعة مسلحين قُتِلُوا وأُصِيبَ سِتَّةٌ",
        "آخرون خلال الاشتباكات التي استمرت حتى الفجر.",
    ],
    "a subject count cut from its verb, after a headline that fills its line": [
        "مقتل 5 جنود بهجوم على نقطة للجيش في ريف وادي السرو",
        "أعلن الجيش في بيان، اليوم الأحد، أن خمسة من جنوده",
        "قتلوا وأصيب ثلاثة آخرون في هجوم شنه مسلحون على نقطة",
        "مراقبة في ريف وادي السرو.",
    ],
}


def _paragraphs(lines: list[str]) -> str:
    """The lines joined as paragraphs: a space after a line that does not end a
    sentence, except after the headline."""
    out = lines[0]
    for line in lines[1:]:
        out += (" " if out[-1] not in ".:" and "\n" in out else "\n") + line
    return out


def _unbroken(items: list[tuple]) -> list[tuple]:
    return [tuple(x.replace("\n", " ") if isinstance(x, str) else x for x in item)
            for item in items]


@pytest.mark.parametrize("name", list(_WRAPPED))
def test_wrapped_statements(name: str) -> None:
    lines = _WRAPPED[name]
    assert _unbroken(ar_statements("\n".join(lines))) == ar_statements(_paragraphs(lines))


@pytest.mark.parametrize("name", list(_WRAPPED))
def test_wrapped_casualties(name: str) -> None:
    lines = _WRAPPED[name]
    assert _unbroken(figures("\n".join(lines))) == figures(_paragraphs(lines))


@pytest.mark.parametrize("text", [
    # a ticker: each line an item, however long
    "عاجل | مصادر طبية: 4 قتلى في انفجار عبوة في سوق بلدة الحارة\n"
    "عاجل | ارتفاع عدد قتلى انفجار سوق الحارة إلى 6 بينهم طفل\n"
    "عاجل | محافظ الوادي: القبض على شخصين يشتبه بضلوعهما في التفجير",
    # a live page: a time stamp opens each entry
    "تحديثات مباشرة من بلدة الحارة بعد الانفجار في السوق\n"
    "10:40 - مصادر طبية تقول إن عدد القتلى ارتفع إلى ستة أشخاص\n"
    "11:15 - محافظ الوادي يعلن القبض على شخصين يشتبه بضلوعهما",
    # paragraphs that end in stops, and a short headline
    "الأمطار تغمر أحياء في بلدة السنديان\n"
    "قال رئيس البلدية إن السيول غمرت 30 منزلا.\n"
    "وأضاف أن فرق الإنقاذ أجلت 12 عائلة.\n"
    "ولم تسجل إصابات حتى الآن.",
    # a bulleted list
    "حصيلة الأسبوع في محافظة الوادي بحسب مديرية الصحة\n"
    "- مقتل 9 أشخاص في حوادث متفرقة على طرق المحافظة\n"
    "- إصابة 21 آخرين بينهم أربعة في حالة حرجة في المستشفيات\n"
    "- فقدان صيادين اثنين قبالة شاطئ بلدة الرمال الجنوبية",
    # labels and colons opening the lines
    "حصيلة اليوم في محافظة الوادي كما أعلنتها الجهات الرسمية\n"
    "مديرية الصحة: مقتل 3 أشخاص وإصابة 8 في حادث سير على الطريق\n"
    "الدفاع المدني: إخماد حريق في مستودع للحبوب في بلدة الحارة",
    # a table's cells, a line each: narrower than any column of prose
    "القتلى\n١٢\nالجرحى\n٣٠\nالمفقودون\n٤",
    "حصيلة\nقتلى 5\nجرحى 17\nنازحون 40",
])
def test_lines_kept(text: str) -> None:
    assert fold(text).text.count("\n") == text.count("\n")


def test_ticker_items_read_apart() -> None:
    text = ("عاجل | مصادر طبية: 4 قتلى في انفجار عبوة في سوق بلدة الحارة\n"
            "عاجل | ارتفاع عدد قتلى انفجار سوق الحارة إلى 6 بينهم طفل\n"
            "عاجل | محافظ الوادي: القبض على شخصين يشتبه بضلوعهما في التفجير")
    assert ar_statements(text) == [
        ('مصادر طبية', '4 قتلى في انفجار عبوة في سوق بلدة الحارة'),
        ('محافظ الوادي', 'القبض على شخصين يشتبه بضلوعهما في التفجير')]
