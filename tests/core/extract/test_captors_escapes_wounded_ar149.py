"""Arabic round 149: the captor decides, one of a held group who got away or was freed, one
taken with his companions, captives counted by a ransom, one wounded told as the object of
care, households pushed to leave.
The probe sentences are our own, written in the style of news."""

from __future__ import annotations

from tests.extract_probes import ar_counts as _read
from tests.extract_probes import count_table_tests

READ = [
    # 1. the captor decides: the jails of both sides of a war, or of an armed group, after
    # "still"; an armed group speaking of whom it holds
    ("وقال مكتب حقوق الإنسان إن نحو 900 محتجز ما زالوا في سجون الطرفين.",
     [(900, "captured")]),
    ("وأفادت المنظمة بأن 350 محتجزا لا يزالون في سجون الجماعة المسلحة.",
     [(350, "captured")]),
    ("وأفاد التقرير بأن 120 محتجزا ما زالوا في سجون الطرفين منذ بدء الحرب.",
     [(120, "captured")]),
    ("وقالت الجماعة إنها تحتجز 12 جنديا.", [(12, "captured")]),
    ("وقالت الحركة إنها تحتجز 20 امرأة.", [(20, "captured")]),
    ("وقالت الميليشيا إنها احتجزت تسعة من عناصر الجيش.", [(9, "captured")]),
    # ... as before: a state's holding is an arrest, an armed one's a capture, and "أسر" a
    # capture whoever takes (the sets' gold reads "أسر الجيش" captured)
    ("احتجزت الشرطة 14 شخصا بعد الاشتباكات.", [(14, "arrested")]),
    ("وقالت الشرطة إنها احتجزت 14 شخصا.", [(14, "arrested")]),
    ("وقال الجيش إنه يحتجز 30 مسلحا.", [(30, "arrested")]),
    ("ويقبع نحو 500 محتجز في سجون الحكومة.", [(500, "arrested")]),
    ('وقال شهود إن ثلاثة مدنيين "احتجزهم مسلحون" قرب الحاجز.', [(3, "captured")]),
    ("وأسر الجيش 11 من المهاجمين.", [(11, "captured")]),
    # 2. one of a held group who got away, before or after the verb of managing, or by a
    # verb of escape: one of the captives, never a flight
    ("اختطف مسلحون ستة رعاة في الوادي. وقال الأهالي إن أحد الرعاة تمكن من الفرار.",
     [(6, "captured"), (1, "captured")]),
    ("خطف مسلحون سبعة تجار. وتمكن أحدهم من الفرار.", [(7, "captured"), (1, "captured")]),
    ("اختطف مسلحون عشرة عمال. وتمكن أحد العمال من الهرب.",
     [(10, "captured"), (1, "captured")]),
    ("خطف مسلحون أربعة صيادين، وقال مسؤول إن أحدهم فر مساء الأحد.",
     [(4, "captured"), (1, "captured")]),
    ("اعتقلت الشرطة ستة أشخاص وتمكن أحدهم من الفرار.", [(6, "arrested"), (1, "arrested")]),
    # ... not of those killed in a battle
    ("وقتل خمسة مسلحين في الاشتباك وتمكن أحدهم من الفرار.", [(5, "killed")]),
    # ... or freed by a force, the verb glued to "و"
    ("خطف مسلحون أربعة سائقين على الطريق. وحررت قوة أمنية أحدهم.",
     [(4, "captured"), (1, "captured")]),
    ("اختطف مسلحون ثلاثة مهندسين. وبعد يومين حررت قوات الأمن أحدهم.",
     [(3, "captured"), (1, "captured")]),
    ("خطف مسلحون خمسة حراس قرب المنجم. وأطلق الخاطفون سراح أحد الحراس مساء اليوم.",
     [(5, "captured"), (1, "captured")]),
    # ... and one taken "with" his companions is one more, as with "و"
    ("وخطف مسلحون تاجرا مع اثنين من أبنائه.", [(1, "captured"), (2, "captured")]),
    ("اعتقلت الشرطة ناشطا مع ثلاثة من رفاقه.", [(1, "arrested"), (3, "arrested")]),
    ("قتل قائد ميداني مع ثلاثة من مرافقيه.", [(1, "killed"), (3, "killed")]),
    ("اختطف مسلحون مهندسا وثلاثة من زملائه.", [(1, "captured"), (3, "captured")]),
    # 3. captives counted by the ransom asked for them (round ar145, kept)
    ("خاطفون يطلبون فدية مقابل خمسة سائقين على طريق الشمال", [(5, "captured")]),
    ("مسلحون يطلبون فدية مقابل الإفراج عن سبعة تجار", [(7, "captured")]),
    ("الخاطفون يطالبون بفدية قدرها مليون دولار مقابل إطلاق سراح أربعة مهندسين",
     [(4, "captured")]),
    ("عصابة تطلب فدية مقابل 3 مزارعين خطفتهم", [(3, "captured")]),
    # 4. one wounded as the object of care or of reaching
    ("أصيب مسعفان أثناء محاولتهما الوصول إلى جريح في المخيم.",
     [(2, "wounded"), (1, "wounded")]),
    ("أصيب مسعف أثناء محاولته إسعاف جريح في الحي.", [(1, "wounded"), (1, "wounded")]),
    ("وأطلق القناص النار على سيارة إسعاف كانت تنقل جريحا.", [(1, "wounded")]),
    ("واستهدفت طائرة مسيرة طاقما طبيا توجه لإسعاف جريح.", [(1, "wounded")]),
    ("ومنعت القوات سيارة الإسعاف من نقل جريح إلى المستشفى.", [(1, "wounded")]),
    ("وتمكنت الطواقم من انتشال جريح من تحت الأنقاض.", [(1, "wounded")]),
    ("وقال مسعفون إنهم لم يتمكنوا من الوصول إلى جريح ينزف في الشارع.", [(1, "wounded")]),
    ("وتعذر على الطواقم إخلاء جريحة من المنزل المستهدف.", [(1, "wounded")]),
    # 5. households pushed to leave, and demolitions that leave people homeless (kept)
    ("دفعت المعارك آلاف العائلات إلى مغادرتها.", [(2000, "displaced")]),
    ("ودفعت الاشتباكات آلاف العائلات إلى النزوح.", [(2000, "displaced")]),
    ("ودفع القصف المتواصل نحو 300 عائلة إلى ترك القرية.", [(300, "displaced")]),
    ("وأجبرت الهجمات آلاف السكان على مغادرة بلداتهم.", [(2000, "displaced")]),
    ("هدم 12 منزلا وتشريد 63 فلسطينيا في القدس", [(63, "displaced")]),
    ("هدم منازل في القرية\nوأدى الهدم إلى تشريد 63 فلسطينيا بينهم 30 طفلا.",
     [(63, "displaced"), (30, "displaced")]),
]

UNREAD = [
    # holding of goods, vehicles; bodies are the dead, not the held
    "واحتجزت السلطات 20 شاحنة محملة بالوقود.",
    # fighters fleeing a battle, with no held group before them
    "وفر أحد المقاتلين من ساحة المعركة.",
    # a demand for money with no captives
    "وطالب المسلحون بفدية مالية كبيرة.",
    "طالب الخاطفون بفدية مقابل 500 ألف دولار",
    # the wounded with no count, the singular as an adjective, each of them
    "ونقل الجرحى إلى المستشفى.",
    "وعثر على جندي جريح.",
    "وتدفع الحكومة تعويضا لكل جريح.",
    # a push by prices is no flight
    "ودفعت الأسعار المرتفعة آلاف العائلات إلى مغادرة المدينة.",
]


test_reads, test_stays_unread = count_table_tests(READ, UNREAD, _read)


def test_bodies_held_are_the_dead() -> None:
    assert _read("واحتجزت القوات جثث خمسة مسلحين.") == [(5, "killed")]


def test_wounded_adjective_after_a_count_adds_nobody() -> None:
    assert _read("قتل جنديان ونقل جندي جريح إلى المستشفى.") == [(2, "killed")]
