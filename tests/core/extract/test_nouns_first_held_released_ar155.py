"""Arabic round 155: an indefinite person or a dual before its present outcome verb or
"قضى", captives of armed groups held by "احتجز" and counted again, people a state released,
the dual of a thousand and those who fled violence, and two daughters or sisters hit.
The probe sentences are our own, written in the style of news."""

from __future__ import annotations

from tests.extract_probes import ar_counts as _read
from tests.extract_probes import ar_counts_qualified as _read_q
from tests.extract_probes import count_table_tests

READ = [
    # 1. a noun before its verb: the headline's present, passing away
    ("طفل يقضي بانفجار لغم في الريف الشرقي", [(1, "killed")]),
    ("طفلة تقضي غرقا في النهر", [(1, "killed")]),
    ("فتى قضى بانفجار لغم أرضي", [(1, "killed")]),
    ("رجل يصاب برصاص قناص في المدينة", [(1, "wounded")]),
    ("عامل يصاب بشظايا قذيفة في المصنع", [(1, "wounded")]),
    ("امرأة تصاب بجروح في غارة على الحي", [(1, "wounded")]),
    ("طفلان يصابان بانفجار قنبلة", [(2, "wounded")]),
    ("طفلتان تقضيان غرقا في البحيرة", [(2, "killed")]),
    ("مسن يقضي برصاص قناص في الحي القديم", [(1, "killed")]),
    # (the past, read before, kept)
    ("شاب قتل برصاص مجهولين في الريف", [(1, "killed")]),
    ("شابان قتلا في قصف على البلدة", [(2, "killed")]),
    ("امرأة أصيبت بشظايا قذيفة في الحي", [(1, "wounded")]),
    # 2. held by an armed group
    ("اقتحم مسلحون مقر الإذاعة واحتجزوا ستة من العاملين، بينهم طبيبة ومصور",
     [(6, "captured"), (1, "captured"), (1, "captured")]),
    ("هاجمت عصابة مسلحة القرية واحتجزت خمسة رعاة", [(5, "captured")]),
    ("داهمت ميليشيا محلية السوق واحتجزت أربعة تجار", [(4, "captured")]),
    ("احتجز عناصر ميليشيا ثلاثة صحفيين عند حاجز", [(3, "captured")]),
    ("احتجز أفراد عصابة سبعة مسافرين على الطريق", [(7, "captured")]),
    ("احتجز مسلحون ستة صحفيين. وطالبت النقابة بالإفراج عن الزملاء الثلاثة المحتجزين",
     [(6, "captured"), (3, "captured")]),
    ("خطف مسلحون أربعة عمال. ودعت الشركة إلى الإفراج عن العمال الأربعة المختطفين",
     [(4, "captured"), (4, "captured")]),
    ("احتجز مسلحون ستة من العاملين. وأطلق سراح ثلاثة منهم في وقت لاحق",
     [(6, "captured"), (3, "captured")]),
    # (a state's police or army keeps the arrest)
    ("اقتحمت الشرطة المقر واحتجزت ستة من العاملين", [(6, "arrested")]),
    ("احتجز الجيش عشرة أشخاص عند الحاجز", [(10, "arrested")]),
    ("اعتقلت الشرطة ستة صحفيين. وطالبت النقابة بالإفراج عن الزملاء الثلاثة المحتجزين",
     [(6, "arrested"), (3, "arrested")]),
    # 3. people a state released
    ("وصل 37 صيادا يمنيا أفرجت عنهم السلطات الإريترية إلى الميناء", [(37, "arrested")]),
    ("وصل 25 بحارا مصريا أفرجت عنهم السلطات الليبية إلى الإسكندرية", [(25, "arrested")]),
    ("عاد 40 صيادا أفرجت عنهم السلطات الإيرانية إلى بلادهم", [(40, "arrested")]),
    ("عاد 18 مهاجرا أفرجت عنهم الحكومة إلى مدنهم", [(18, "arrested")]),
    ("وصل 15 عاملا مصريا أطلقت سراحهم السلطات الليبية", [(15, "arrested")]),
    ("وصل 30 صيادا أفرجت عنهم السلطات", [(30, "arrested")]),
    # 4. the dual of a thousand, parts after "بينهم", those who fled violence
    ("نزح ألفا شخص بينهم أكثر من 600 طفل", [(2000, "displaced"), (600, "displaced")]),
    ("نزح ألفا شخص من القرى الحدودية", [(2000, "displaced")]),
    ("نزح 3 آلاف شخص، بينهم 1200 طفل", [(3000, "displaced"), (1200, "displaced")]),
    ("وتكدست في المدارس آلاف الفارين من القتال", [(2000, "displaced")]),
    ("واستقبلت المخيمات آلاف الفارين من المعارك في الشمال", [(2000, "displaced")]),
    ("وفتحت القرية أبوابها لمئات الفارين من القصف", [(200, "displaced")]),
    ("وتؤوي المدارس مئات الفارين من أعمال العنف", [(200, "displaced")]),
    ("خلفت المعارك عشرات القتلى وآلاف الفارين من القتال",
     [(24, "killed"), (2000, "displaced")]),
    ("أسفرت الاشتباكات عن مقتل 12 شخصا وآلاف الفارين من القتال",
     [(12, "killed"), (2000, "displaced")]),
    # 5. two daughters or sisters, with a possessive
    ("سقطت قذيفة على منزل في الحي فقتلت الأم وأصابت ابنتيها", [(2, "wounded")]),
    ("سقطت قذيفة على المنزل فقتلت الأب وأصابت بنتيه بجروح", [(2, "wounded")]),
    ("أصيبت شقيقتاه في القصف", [(2, "wounded")]),
    ("قتل رجل وأصيبت حفيدتاه", [(1, "killed"), (2, "wounded")]),
    ("انفجر لغم فقتل الراعي وأصاب شقيقتيه", [(2, "wounded")]),
    ("مقتل سيدة وطفلتيها في غارة", [(1, "killed"), (2, "killed")]),
]

UNREAD = [
    # no outcome after the noun, or an object after the verb (the noun is the doer)
    "شاب يفوز بجائزة الشعر",
    "طفل يحلم بالعودة إلى مدرسته",
    "شابان يفوزان بمسابقة",
    "امرأة تقتل زوجها في شجار",
    "شاب يقتل برصاص دورية على الطريق",
    "كاتب يستشهد بقول مأثور في مقاله",
    "شاب تصاب والدته بشظايا",
    # "قضى" spending time or ruling
    "شاب يقضي عامين في السجن",
    "رجل قضى في السجن عشرين عاما",
    "قاض يقضي بسجن المتهم",
    # goods and vehicles held
    "احتجز مسلحون ثلاث شاحنات محملة بالوقود",
    "احتجزت عصابة مسلحة سيارتين عند الحاجز",
    # a release with no count before it, an armed group's release (left to other readers),
    # arrivals with no release
    "أفرجت عنهم السلطات بعد أن وصل 30 صيادا إلى الميناء",
    "وصل 20 صيادا أفرجت عنهم الجماعة المسلحة",
    "وصل 37 صيادا إلى ميناء المخا",
    # escaped prisoners, deserters
    "فر عشرات السجناء، وتلاحق الشرطة عشرات الفارين من السجن",
    "عشرات الفارين من الخدمة العسكرية",
    # kin in the dual who speak or are visited
    "وقالت ابنتاه إن والدهما كان في السوق",
    "زارت الوزيرة بنتيها في المدرسة",
    # "ألفا" as a name
    "وقعت شركة ألفا عقدا مع الوزارة",
]


test_reads, test_stays_unread = count_table_tests(READ, UNREAD, _read)


def test_the_parts_qualifier_and_the_total_more_than() -> None:
    assert (600, "displaced", "more_than") in _read_q("نزح ألفا شخص بينهم أكثر من 600 طفل")
    assert _read_q("وقدر عدد الصيادين الذين احتجزتهم إريتريا منذ 2015 بأكثر من 600 صياد") == [
        (600, "arrested", "more_than")]


def test_fled_prisoners_stay_arrested() -> None:
    assert _read("أعادت الشرطة القبض على عشرات الفارين من السجن") == [(24, "arrested")]
