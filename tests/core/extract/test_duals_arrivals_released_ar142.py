"""Arabic round 142: a single joined after a dual, an owner before a joined person, people
who arrived in a sentence of flight, households or people before a relative of flight, a
part of "them" an armed group frees after a taking, a headline's plural present of
arresting, and the kin of two counted before (no new figure). The probe sentences are our
own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _read

READ = [
    # 1. a single joined after a dual, and a patient's dual
    ("قتل مريضان ومرافق وأصيب ثلاثة ممرضين في قصف على المستشفى.",
     [(2, "killed"), (1, "killed"), (3, "wounded")]),
    ("قتل جنديان ومدني في انفجار عبوة ناسفة على الطريق.", [(2, "killed"), (1, "killed")]),
    ("وأصيب شرطيان ولبناني بجروح خلال تفريق المحتجين.", [(2, "wounded"), (1, "wounded")]),
    ("أصيبت مريضتان بشظايا القذيفة داخل الجناح.", [(2, "wounded")]),
    # ... and a person joined after an owner named by what he owns
    ("استشهاد صاحب ورشة وعامل كان يعمل لديه في غارة على الحي الصناعي.",
     [(1, "killed"), (1, "killed")]),
    ("قتل صاحب المخبز وعامل في قصف على السوق.", [(1, "killed")]),
    # 2. people who arrived, their flight or refuge told in their sentence
    ("وقالت السلطات المحلية إن أكثر من 4 آلاف شخص وصلوا إلى مدينة الرمال منذ السبت، "
     "وإنهم يقيمون في مدارس.", [(4000, "displaced")]),
    ("وقال المحافظ إن نحو 2500 شخص وصلوا إلى البلدة هربا من المعارك.", [(2500, "displaced")]),
    ("وأكد مسؤول أن 600 مواطن وصلوا إلى المخيم خلال يومين.", [(600, "displaced")]),
    # ... and households or people before a relative of flight
    ("ويقيم آلاف الأسر التي فرت من المعارك في خيام على أطراف المدينة.", [(2000, "displaced")]),
    ("وتعيش مئات العائلات التي نزحت من القرى الحدودية في المدارس.", [(200, "displaced")]),
    ("ويفترش عشرات الأشخاص الذين هربوا من القصف العراء.", [(24, "displaced")]),
    # 4. a part of "them" an armed group frees after a taking told before
    ("وكان مسلحون قد اختطفوا الرجال أثناء عودتهم من السوق. وأفرجت الجماعة صباح اليوم عن "
     "اثنين منهم لكبر سنهما.", [(2, "captured")]),
    ("خطف مسلحون سبعة عمال من موقع البناء. وطالب الخاطفون بفدية. وقال مسؤول إن المفاوضات "
     "مستمرة. وأفرجت الجماعة مساء أمس عن ثلاثة منهم.", [(7, "captured"), (3, "captured")]),
    # 5. a headline's plural present of arresting
    ("قوات الاحتلال يعتقلون 14 طالبا في الخليل", [(14, "arrested")]),
    ("مستوطنون وجنود يعتقلون 6 رعاة قرب القرية", [(6, "arrested")]),
]

UNREAD_OR_SAME = [
    # 6. the kin of the two counted before: no new figure
    ("قتل رجلان في شجار عائلي. وقال الوجيه إن الطرفين اتفقا على أن تدفع الدية لأهل "
     "القتيلين خلال شهر.", [(2, "killed")]),
    ("أصيب شابان في الحادث. وزار المحافظ ذوي الجريحين في المستشفى.", [(2, "wounded")]),
    ("وقدمت البلدية تعويضات لعائلتي الشهيدين.", []),
    # ... while the bodies' dual and the definite dual as a new subject still count
    ("وشيع الأهالي جثماني الشهيدين عصر أمس.", [(2, "killed")]),
    ("وأصيب الجريحان مجددا في قصف المستشفى.", [(2, "wounded")]),
    # arrivals with no flight told, of a delegation, of things; a relative with no count
    ("وقال إن 300 شخص وصلوا إلى المدينة ضمن وفد رسمي هربا من الحر.", []),
    ("وأكدت المنظمة أن أكثر من ألفي شخص وصلوا إلى المدينة سيرا على الأقدام.", []),
    ("وقال المسؤول إن 40 شاحنة وصلت إلى المدينة قادمة من المخيمات.", []),
    ("وقالت إن الأسر التي فرت عادت إلى منازلها.", []),
    # a companion as facilities; a part freed by a group with no taking told
    ("وقصفت الطائرات مستشفيين ومرافق صحية في المدينة.", []),
    ("هاجم مسلحون القرية وقتلوا خمسة من سكانها. وأفرجت الجماعة عن اثنين منهم.",
     [(5, "killed")]),
    # the present of arresting with no count after it
    ("الجنود يعتقلون ويضربون الشبان في البلدة القديمة", []),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNREAD_OR_SAME)
def test_stays_unread(text: str, expected: list[tuple[int, str]]) -> None:
    assert _read(text) == expected
