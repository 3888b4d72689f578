"""Arabic probes, fifty-sixth round (issue 11): the casualty families of the
twenty-seventh blind Arabic set's misses (``bench/blind/ar-27.jsonl``), each written as a
rule of news Arabic with members and look-alikes that must not fire.

1. scare quotes around one word of a figure, the verb or the noun ('أعلن الجيش "تحييد" 7
   "مسلحين"'): the marks set official wording off and change nothing of the figure.

2. a seller named by what he sells, an indefinite genitive after the trade ("بائعة شاي"،
   "تاجر ماشية"): one person whose phrase runs over the goods, so a person joined after
   them ("بين القتلى بائع خبز وطفلان") is one more figure of the same outcome.

3. the severity named before the state, as the cause of a transfer ("نقل اثنان منهم إلى
   العاصمة لخطورة حالتهما"): a wounded sub-group, as "اثنان منهم في حالة خطيرة" is.

4. an indefinite singular with a relative clause of an outcome verb carrying its object
   pronoun ("طبيب اختطفته قوة مسلحة"، "امرأة قتلها مجهولون"): one person the verb befell.

Strict xfails keep the set's class-1 misses no safe rule reached this round.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties


@pytest.mark.parametrize(("text", "expected"), [
    # 1. scare quotes around one word
    ('وأعلن الجيش "تحييد" 7 "مسلحين" قرب الحدود.',
     [('تحييد" 7 "مسلحين', 'killed', 7, 'exact')]),
    ('وأعلنت القيادة مقتل 4 من «الخوارج» في الاشتباك.',
     [('مقتل 4 من «الخوارج', 'killed', 4, 'exact')]),
    # look-alikes: a long quotation keeps its marks; a quoted word with no figure
    ('وقال الضابط: "قتل جندي في الكمين" وأضاف أن "الوضع هادئ".',
     [('قتل جندي', 'killed', 1, 'exact')]),
    ('ووصف البيان المهاجمين بأنهم "مرتزقة" دون أن يذكر عددهم.', []),
    # 2. a seller with his goods, and a person joined after them
    ('قتل خمسة أشخاص في القصف، وكان بين القتلى بائع خبز وطفلان.',
     [('قتل خمسة أشخاص', 'killed', 5, 'exact'),
      ('بين القتلى بائع خبز', 'killed', 1, 'exact'),
      ('بين القتلى بائع خبز وطفلان', 'killed', 2, 'exact')]),
    ('قتل تاجر ماشية برصاص مسلحين على الطريق.',
     [('قتل تاجر ماشية', 'killed', 1, 'exact')]),
    # look-alikes: a place or a time after the trade is no goods
    ('قتل تاجر امس في السوق.', [('قتل تاجر', 'killed', 1, 'exact')]),
    ('أصيب تاجر بجروح في الانفجار.', [('أصيب تاجر', 'wounded', 1, 'exact')]),
    # 3. the severity before the state
    ('استقبل المستشفى تسعة مصابين، نقل اثنان منهم إلى العاصمة لخطورة حالتهما.',
     [('تسعة مصابين', 'wounded', 9, 'exact'),
      ('اثنان منهم إلى العاصمة لخطورة حالتهما', 'wounded', 2, 'exact')]),
    ('أصيب ستة عمال، ونقل ثلاثة منهم إلى الخارج بسبب خطورة إصاباتهم.',
     [('أصيب ستة عمال', 'wounded', 6, 'exact'),
      ('ثلاثة منهم إلى الخارج بسبب خطورة إصاباتهم', 'wounded', 3, 'exact')]),
    # look-alikes: the dead moved; the gravity of the situation, not of their state
    ('قتل ستة أشخاص، ونقل ثلاثة منهم إلى المدينة لخطورة الوضع.',
     [('قتل ستة أشخاص', 'killed', 6, 'exact')]),
    # (round ar133: a part that left hospital is a part of the wounded, by its count)
    ('أصيب ستة أشخاص، وغادر ثلاثة منهم المستشفى بعد العلاج.',
     [('أصيب ستة أشخاص', 'wounded', 6, 'exact'), ('ثلاثة منهم', 'wounded', 3, 'exact')]),
    # 4. a relative clause with the object pronoun
    ('وما زال مصير طبيب اختطفته قوة مسلحة قبل شهر مجهولا.',
     [('طبيب اختطفته', 'captured', 1, 'exact')]),
    ('وشيع الأهالي شابا قتله مسلحون مجهولون.', [('شابا قتله', 'killed', 1, 'exact')]),
    ('وزار الوزير طفلة أصابتها شظية في الحي.', [('طفلة أصابتها', 'wounded', 1, 'exact')]),
    # look-alikes: a verb of care; a verbal noun with the pronoun; the gender disagrees
    ('والتقى الوفد طبيبا عالجه في المستشفى.', []),
    ('وقال طبيب إن مقتله كان صدمة للحي.', []),
    ('وتحدث رجل اختطفها المسلحون عن ابنته.', []),
])
def test_casualties(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


def test_headline_dual_told_in_body() -> None:
    text = 'مقتل شرطيين بهجوم على دورية\nقال مصدر إن شرطيين اثنين قتلا في الهجوم.'
    assert ('مقتل شرطيين', 'killed', 2, 'exact') in ar_casualties(text)


@pytest.mark.xfail(strict=True, reason="a singular after \"من بين الضحايا\" is not read: "
                   "\"الضحايا\" alone may hold the wounded, and only its own verb "
                   "(\"قتلت أمام منزلها\") tells the outcome")
def test_victims_subgroup_with_own_verb() -> None:
    text = ('اغتيل سبعة ناشطين خلال الشهر، ومن بين الضحايا طبيبة تعمل في مستوصف، قتلت '
            'قرب عيادتها.')
    assert ('من بين الضحايا طبيبة', 'killed', 1, 'exact') in ar_casualties(text)
