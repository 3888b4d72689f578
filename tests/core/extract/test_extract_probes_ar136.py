"""Arabic probes, hundred-and-thirty-sixth round (issue 11): households told by leaving,
arriving or registering after violence, released parts of a held group told further
from their holding, and a count coordinated after a dual behind the event's pronoun.

1. A count of households after a verb of leaving ("غادرت 25 عائلة") or before a verb of
   arriving or registering ("500 عائلة وصلت"، "300 عائلة سجلت"): displaced, with violence,
   a camp or a shelter named in the sentence or the one before. Families at a feast, a
   market or leaving for work stay unread.
2. "N منهم" freed: the held whole may stand two sentences back, be vague ("العشرات"), or
   have a smaller figure of another outcome after it; "قد"/"تم" may stand before the
   passive release; the kidnappers freeing them tell a capture on their own. A release
   by the authorities with no holding told, and a prisoner freed after his sentence, stay
   unread.
3. "قتل فيها جنديان وثلاثة من المسلحين": the event's pronoun after the verb, a dual, then
   a second count shares the verb.

Every sentence is fictional and written for these tests; places are used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties


@pytest.mark.parametrize(("text", "expected"), [
    ('غادرت 25 عائلة قرية الحمرا بعد هجمات المستوطنين على منازلها.',
     [('غادرت 25 عائلة', 'displaced', 25, 'exact')]),
    ('اشتد القصف على الأحياء الشرقية. وغادرت 60 عائلة المنطقة خلال الليل.',
     [('وغادرت 60 عائلة', 'displaced', 60, 'exact')]),
    ('وقال مدير دائرة الهجرة إن أكثر من 500 عائلة وصلت إلى مخيمات الإيواء خلال يومين.',
     [('أكثر من 500 عائلة وصلت', 'displaced', 500, 'more_than')]),
    ('اشتدت المعارك في المدينة. وقال مسؤول إن نحو 300 عائلة سجلت أسماءها لدى مراكز الإيواء.',
     [('نحو 300 عائلة سجلت', 'displaced', 300, 'about')]),
    ('وأفاد الهلال الأحمر بأن 120 أسرة وصلت إلى المخيم منذ بدء الاشتباكات.',
     [('120 أسرة وصلت', 'displaced', 120, 'exact')]),
    ('وصلت 200 عائلة إلى السوق للاحتفال بالعيد.', []),
    ('غادرت 30 عائلة القرية للعمل في المدينة.', []),
    ('وسجلت 400 عائلة أسماءها في المهرجان السنوي.', []),
    ('وقال المنظمون إن 150 عائلة وصلت إلى الساحة لحضور الحفل.', []),
    ('وتواصل القصف على الريف، ونحو 800 عائلة وصلت منذ الأحد بلا خيام.', []),
    ('توقف القصف منذ أسبوع. وغادرت 30 عائلة المخيم للعمل في موسم الحصاد.', []),
])
def test_households_that_left_or_arrived(text: str, expected: list) -> None:
    """Households moved, next to violence or a refuge."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('اعتقلت الشرطة 40 متظاهرا في الساحة. وتجمع المحتجون أمام المحكمة. وقال المحامي إن '
     'الجلسة تأجلت، مضيفا أن 29 منهم أفرج عنهم مساء.',
     [('اعتقلت الشرطة 40 متظاهرا', 'arrested', 40, 'exact'),
      ('29 منهم', 'arrested', 29, 'exact')]),
    ('اعتقلت الشرطة العشرات من المتظاهرين. وقال المحامي إن 29 منهم أفرج عنهم مساء.',
     [('اعتقلت الشرطة العشرات من المتظاهرين', 'arrested', 24, 'vague'),
      ('29 منهم', 'arrested', 29, 'exact')]),
    ('اعتقلت الشرطة 40 متظاهرا، وأصيب خمسة آخرون. وقال المحامي إن 29 منهم أفرج عنهم.',
     [('اعتقلت الشرطة 40 متظاهرا', 'arrested', 40, 'exact'),
      ('وأصيب خمسة آخرون', 'wounded', 5, 'exact'), ('29 منهم', 'arrested', 29, 'exact')]),
    ('واعتقلت قوات الأمن 40 شخصا. وقال المحامي إن 29 منهم قد أفرج عنهم.',
     [('واعتقلت قوات الأمن 40 شخصا', 'arrested', 40, 'exact'),
      ('29 منهم', 'arrested', 29, 'exact')]),
    ('واعتقلت قوات الأمن 40 شخصا. وقال المحامي إن 29 منهم تم الإفراج عنهم.',
     [('واعتقلت قوات الأمن 40 شخصا', 'arrested', 40, 'exact'),
      ('29 منهم', 'arrested', 29, 'exact')]),
    ('وطالبت العائلات بالكشف عن مصير أبنائها. وأفرج الخاطفون عن 12 منهم.',
     [('12 منهم', 'captured', 12, 'exact')]),
    ('خطف مسلحون عشرين عاملا، وقتل حارس. وأفرج الخاطفون عن 12 منهم.',
     [('خطف مسلحون عشرين عاملا', 'captured', 20, 'exact'), ('وقتل حارس', 'killed', 1, 'exact'),
      ('12 منهم', 'captured', 12, 'exact')]),
    ('وأفرجت السلطات عن خمسة منهم.', []),
    ('اعتقلت القوة ثلاثة شبان. وأدى إطلاق النار إلى إصابة شاب بشظايا، وأفرج الجيش عن أحد '
     'المعتقلين بعد ساعات.',
     [('اعتقلت القوة ثلاثة شبان', 'arrested', 3, 'exact'),
      ('إصابة شاب', 'wounded', 1, 'exact')]),
    ('وأفرج عن السجين بعد انتهاء محكوميته.', []),
])
def test_released_parts_further_from_their_holding(text: str, expected: list) -> None:
    """A freed part keeps the holding's outcome, or the kidnappers'."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل فيها جنديان وثلاثة من المسلحين.',
     [('قتل فيها جنديان', 'killed', 2, 'exact'),
      ('قتل فيها جنديان وثلاثة من المسلحين', 'killed', 3, 'exact')]),
    ('وشنت القوات عملية قتل فيها جنديان وأربعة مسلحين.',
     [('قتل فيها جنديان', 'killed', 2, 'exact'),
      ('قتل فيها جنديان وأربعة مسلحين', 'killed', 4, 'exact')]),
    ('ووقعت مواجهات أصيب فيها شرطيان وخمسة من المارة.',
     [('أصيب فيها شرطيان', 'wounded', 2, 'exact'),
      ('أصيب فيها شرطيان وخمسة من المارة', 'wounded', 5, 'exact')]),
])
def test_count_after_a_dual_behind_the_events_pronoun(text: str, expected: list) -> None:
    """The second count shares the verb across the event's pronoun and the dual."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وناشد الأب الجماعة الإفراج عن ثلاثة من أقاربه المخطوفين.',
     [('ثلاثة من أقاربه المخطوفين', 'captured', 3, 'exact')]),
    ('وطالبت العائلة بالإفراج عن ثلاثة من الفتيان المقتادين.',
     [('ثلاثة من الفتيان المقتادين', 'captured', 3, 'exact')]),
    ('وأكد أن خمسة من العمال المختطفين بصحة جيدة.',
     [('خمسة من العمال المختطفين', 'captured', 5, 'exact')]),
    ('عثر على جثته بعد أيام من خطفه مع ثلاثة من أقاربه.',
     [('ثلاثة من أقاربه', 'captured', 3, 'exact')]),
    ('أفرج عنه بعد أسبوع من اختطافه مع اثنين من زملائه.',
     [('اثنين من زملائه', 'captured', 2, 'exact')]),
    ('ورد الفصيل باحتجاز أربعة رعاة من أبناء العشيرة.',
     [('باحتجاز أربعة رعاة من أبناء العشيرة', 'captured', 4, 'exact')]),
    ('وردت العشيرة باحتجاز خمسة شبان من القرية المجاورة.',
     [('باحتجاز خمسة شبان', 'captured', 5, 'exact')]),
    ('وقامت الشرطة باحتجاز أربعة أشخاص.', [('باحتجاز أربعة أشخاص', 'arrested', 4, 'exact')]),
    ('وتحدث ثلاثة من أقاربه عن الحادث.', []),
    ('والتقى الوزير ثلاثة من الطلاب المتفوقين.', []),
    ('وبعد لقائه مع ثلاثة من الوزراء غادر العاصمة.', []),
])
def test_held_told_by_participle_or_masdar(text: str, expected: list) -> None:
    """A part with the participle of taking, a part taken with one, held by a faction."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل خمسة أشخاص في الغارة، وبين القتلى امرأتان وفتى في الخامسة عشرة.',
     [('قتل خمسة أشخاص', 'killed', 5, 'exact'), ('وبين القتلى امرأتان', 'killed', 2, 'exact'),
      ('وبين القتلى امرأتان وفتى', 'killed', 1, 'exact')]),
    ('وأصيب شرطي وفتى بجروح.',
     [('وأصيب شرطي', 'wounded', 1, 'exact'), ('وأصيب شرطي وفتى', 'wounded', 1, 'exact')]),
    ('قتل جندي مصري وسوداني.', [('قتل جندي مصري وسوداني', 'killed', 1, 'exact')]),
])
def test_youth_after_a_counted_one(text: str, expected: list) -> None:
    """"فتى" after "و" is a second person, as "صبي" is, no nisba adjective."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ويقول مشجع أصيب في ساقه، ويدعى أحمد، إن الشرطة أطلقت النار.',
     [('مشجع أصيب', 'wounded', 1, 'exact')]),
    ('وقالت امرأة أصيبت بشظايا إن القصف لم يتوقف.', [('امرأة أصيبت', 'wounded', 1, 'exact')]),
    ('وقال رجل أصيب بجروح إن الشرطة أطلقت النار.', [('رجل أصيب', 'wounded', 1, 'exact')]),
    ('وقال رجل أصيب ابنه إن الشرطة أطلقت النار.', []),
    ('وقالت امرأة أصيب زوجها إن القصف استمر.', []),
])
def test_speaker_described_by_his_wound(text: str, expected: list) -> None:
    """One wounded speaker, the verb agreeing with him."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قذيفة تقتل مسنين في حلب', [('تقتل مسنين', 'killed', 2, 'exact')]),
    ('غارة تصيب مشجعين قرب الملعب', [('تصيب مشجعين', 'wounded', 2, 'exact')]),
    ('غارة تقتل مزارعين اثنين في ريف إدلب', [('تقتل مزارعين اثنين', 'killed', 2, 'exact')]),
    ('قتل خمسة مسنين في القصف.', [('قتل خمسة مسنين', 'killed', 5, 'exact')]),
])
def test_oblique_dual_after_a_headline_present(text: str, expected: list) -> None:
    """The oblique "-ين" of a sound plural right after a singular present: two."""
    assert ar_casualties(text) == expected
