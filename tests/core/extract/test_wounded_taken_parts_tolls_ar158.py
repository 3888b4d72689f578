"""Arabic round 158: coordinated singulars in a toll (a patient joined by "و"), the wounded
taken by an arrest or a capture, dual parts after the wounded (guards), running tolls with
"عدد" (a people noun before the participle, a month with no day, a sector before "الذين"),
parts released and led away, and the dead counted among the displaced. The probe sentences
are our own, written in the style of news."""

from __future__ import annotations

from tests.extract_probes import ar_counts as _read
from tests.extract_probes import ar_counts_qualified as _read_q
from tests.extract_probes import count_table_tests

READ = [
    # 1. coordinated singulars: a patient joined after a person keeps the verb's outcome
    ("قتل ممرض ومريضة وأصيب أربعة", [(1, "killed"), (1, "killed"), (4, "wounded")]),
    ("قصف يقتل طبيبا ومريضا في المستشفى", [(1, "killed"), (1, "killed")]),
    ("استشهد مسعف ومريض في غارة على سيارة الإسعاف", [(1, "killed"), (1, "killed")]),
    ("أصيبت ممرضة ومريض بشظايا القذيفة", [(1, "wounded"), (1, "wounded")]),
    ("قتل طبيب ومريضة وسائق في قصف على المستشفى",
     [(1, "killed"), (1, "killed"), (1, "killed")]),
    ("قتلت ممرضة ومريض وجرح ثلاثة آخرون", [(1, "killed"), (1, "killed"), (3, "wounded")]),
    # (read before, kept as guards)
    ("قصف يقتل مسعفا وطفلا", [(1, "killed"), (1, "killed")]),
    ("قصف إسرائيلي يقتل مسعفا وطفلا وامرأة", [(1, "killed"), (1, "killed"), (1, "killed")]),
    # 2. the wounded taken: the verb's outcome, not wounded
    ("قوات تعتقل جريحين من داخل المستشفى", [(2, "arrested")]),
    ("اعتقلت الشرطة ثلاثة جرحى", [(3, "arrested")]),
    ("اقتحمت القوات المستشفى واعتقلت خمسة جرحى", [(5, "arrested")]),
    ("اعتقل الجيش أربعة جرحى بعد مداهمة المشفى", [(4, "arrested")]),
    ("اعتقلت قوات الاحتلال جريحا من داخل سيارة الإسعاف", [(1, "arrested")]),
    ("خطف مسلحون جريحين من المستشفى الميداني", [(2, "captured")]),
    ("احتجز مسلحون ثلاثة مصابين عند الحاجز", [(3, "captured")]),
    ("الاحتلال يعتقل جريحين. وقال شهود إن الجريحين نقلا إلى مركز تحقيق", [(2, "arrested")]),
    # (carrying and care keep them wounded)
    ("نقلت الطواقم جريحين إلى المستشفى", [(2, "wounded")]),
    ("أسعف المسعفون ثلاثة جرحى في المكان", [(3, "wounded")]),
    # 3. dual parts after the wounded told by "others" (read before, kept as guards)
    ("قتل أربعة وأصيب تسعة آخرون، بينهم ممرضتان", [(4, "killed"), (9, "wounded"), (2, "wounded")]),
    ("قتل أربعة، بينهم ممرضتان، وأصيب تسعة", [(4, "killed"), (2, "killed"), (9, "wounded")]),
    ("قتل خمسة وأصيب سبعة آخرون، بينهم مسعفتان", [(5, "killed"), (7, "wounded"), (2, "wounded")]),
    ("أصيب ثمانية أشخاص، بينهم امرأتان", [(8, "wounded"), (2, "wounded")]),
    # 4. running tolls with "عدد"
    ("بلغ عدد الأطباء المعتقلين منذ أكتوبر الماضي 45 طبيبا", [(45, "arrested")]),
    ("بلغ عدد المهندسين المختطفين منذ يناير الماضي 12", [(12, "captured")]),
    ("ارتفع عدد الطلاب الذين اعتقلوا منذ الأحد إلى 80", [(80, "arrested")]),
    ("ارتفع عدد العاملين في القطاع الصحي الذين اعتقلوا منذ بدء الحرب إلى 300",
     [(300, "arrested")]),
    ("ارتفع عدد المدنيين في شمال المحافظة الذين قتلوا منذ بدء الحرب إلى 90", [(90, "killed")]),
    # (read before, kept as guards)
    ("عدد المسعفين المعتقلين منذ مطلع العام بلغ 12", [(12, "arrested")]),
    ("وصل عدد النازحين إلى 3000", [(3000, "displaced")]),
    # 5. parts released and led away
    ("احتجز جنود ثلاثة مسعفين عند الحاجز، ثم أفرجوا عن واحد منهم، فيما اقتيد الاثنان الآخران"
     " إلى جهة مجهولة", [(3, "arrested"), (1, "arrested"), (2, "arrested")]),
    ("اعتقلت قوات الاحتلال أربعة شبان، ثم أفرجت عن اثنين منهم، فيما اقتيد الاثنان الآخران إلى"
     " جهة مجهولة", [(4, "arrested"), (2, "arrested"), (2, "arrested")]),
    ("خطف مسلحون خمسة عمال، ثم أطلقوا سراح ثلاثة منهم، فيما اقتيد الآخران إلى جهة مجهولة",
     [(5, "captured"), (3, "captured"), (2, "captured")]),
    ("اعتقل الجنود ستة شبان واقتيد ثلاثة منهم إلى جهة مجهولة", [(6, "arrested"), (3, "arrested")]),
    ("اختطف مسلحون سبعة رعاة. وأفرجوا عن واحد منهم، واقتيد الستة الآخرون إلى الجبال",
     [(7, "captured"), (1, "captured"), (6, "captured")]),
    # 6. the dead among the displaced are no displaced
    ("غارة توقع 11 قتيلا بين النازحين", [(11, "killed")]),
    ("قتل 11 شخصا بين النازحين في غارة", [(11, "killed")]),
    ("سقط 9 قتلى بين النازحين في رفح", [(9, "killed")]),
    ("غارة إسرائيلية توقع قتيلا بين النازحين", [(1, "killed")]),
    ("غارة توقع 11 قتيلا بين اللاجئين", [(11, "killed")]),
]

UNREAD = [
    # coordinated things, the adjective "sick"
    "قصف يدمر سيارة إسعاف ومولدا",
    "نقل طفل مريض إلى المستشفى",
    # the wounded named with no count, carried with no count
    "اعتقلت الشرطة الجرحى من المستشفى",
    # "عدد" with no count after it, things counted
    "عدد الصحفيين الذين قتلوا كبير",
    "ارتفع عدد السيارات المدمرة إلى 50",
    "بلغ عدد السيارات المدمرة منذ أكتوبر الماضي 45",
    "بلغ عدد الأطباء العاملين منذ أكتوبر الماضي 45",
    "ارتفع عدد الطلاب الذين نجحوا منذ الأحد إلى 300",
    # led away with no holding told, or with no place after
    "اقتيد الاثنان الآخران إلى جهة مجهولة",
    "وصل الاثنان الآخران إلى المدينة",
    # one of them with no release
    "تحدث واحد منهم إلى الصحفيين",
]


test_reads, test_stays_unread = count_table_tests(READ, UNREAD, _read)


def test_a_running_toll_keeps_its_qualifier() -> None:
    assert _read_q("بلغ عدد الصحفيين المعتقلين منذ مارس الماضي أكثر من 40 صحفيا") == [
        (40, "arrested", "more_than")]


def test_the_sick_after_a_noun_is_no_second_person() -> None:
    assert _read("قتل طفل مريض في القصف") == [(1, "killed")]
