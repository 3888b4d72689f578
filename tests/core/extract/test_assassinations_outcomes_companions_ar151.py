"""Arabic round 151: assassinations of one, a headline's two outcomes, one leader taken with
his companions, one held by a gang, the parts of an exchange, relayed deaths, and counts
that are no victims.
The probe sentences are our own, written in the style of news."""

from __future__ import annotations

from tests.extract_probes import ar_counts as _read
from tests.extract_probes import count_table_tests

READ = [
    # 1. an assassination of one: the unnamed two before the victim, a member of a body
    ("واغتال مسلحان ضابطا متقاعدا في حي الشهداء.", [(1, "killed")]),
    ("اغتال مسلحان مهندسا زراعيا أمام منزله.", [(1, "killed")]),
    ("وخطف مجهولان طبيبا من عيادته.", [(1, "captured")]),
    ("اغتيال عضو في مجلس بلدي برصاص مسلحين", [(1, "killed")]),
    ("مقتل عضو في لجنة المصالحة بانفجار عبوة", [(1, "killed")]),
    ("اغتال مسلحون عضوا في البرلمان أمام منزله.", [(1, "killed")]),
    ("قتل مسلحون مجهولون عضوا في مجلس القرية مساء الأحد.", [(1, "killed")]),
    # ... kept: the killers with an adjective, a plural, a headline's masdar
    ("وقتل مسلحان مجهولان ضابطا في الحي.", [(1, "killed")]),
    ("اغتال مسلحون مجهولون مهندسا زراعيا أمام منزله في المدينة.", [(1, "killed")]),
    ("اغتيال طبيب في مدينة الرمادي", [(1, "killed")]),
    ("مسلحون يغتالون مختار قرية في ريف المحافظة", [(1, "killed")]),
    # 2. a headline with two outcomes: the count after "و" has its own outcome noun
    ("أربعة صيادين قتلوا وثلاثة مفقودون بانفجار لغم", [(4, "killed"), (3, "missing")]),
    ("خمسة عمال قتلوا واثنان جرحى في انهيار منجم", [(5, "killed"), (2, "wounded")]),
    ("ثلاثة جنود قتلوا وأربعة مصابون في هجوم على حاجز", [(3, "killed"), (4, "wounded")]),
    ("ستة مدنيين قتلوا وعشرة جرحى بقصف على السوق", [(6, "killed"), (10, "wounded")]),
    ("سبعة ركاب قتلوا وخمسة مفقودون بغرق قارب", [(7, "killed"), (5, "missing")]),
    ("وقالت الوزارة إن تسعة أشخاص قتلوا وثلاثة مفقودون في الفيضانات.",
     [(9, "killed"), (3, "missing")]),
    ("أربعة صيادين قتلوا و3 مفقودون", [(4, "killed"), (3, "missing")]),
    # ... kept: a second verb of its own
    ("ثلاثة جنود قتلوا وأربعة آخرون أصيبوا", [(3, "killed"), (4, "wounded")]),
    # 3. a leader named by a construct, then a part of his own people: one more
    ("خطف مسلحون رئيس بلدية وثلاثة من مرافقيه.", [(1, "captured"), (3, "captured")]),
    ("اختطف مسلحون قائد شرطة وخمسة من حراسه.", [(1, "captured"), (5, "captured")]),
    ("خطف مسلحون رئيس بلدية مع ثلاثة من مرافقيه.", [(1, "captured"), (3, "captured")]),
    # ... kept: one in the accusative before his companions
    ("خطف مسلحون طبيبا وثلاثة من مرافقيه.", [(1, "captured"), (3, "captured")]),
    # 4. held by a gang: the holder of the relative held verb decides
    ("أفرجت عصابة مسلحة عن صيدلاني احتجزته أسبوعين.", [(1, "captured")]),
    ("أطلقت ميليشيا سراح مهندس كانت تحتجزه منذ شهر.", [(1, "captured")]),
    ("وعثر على صيدلاني احتجزته عصابة في الجبل.", [(1, "captured")]),
    ("أفرج الخاطفون عن تاجر احتجزوه عشرة أيام.", [(1, "captured")]),
    # ... the state holds as an arrest
    ("أفرجت الشرطة عن صحفي احتجزته يومين.", [(1, "arrested")]),
    ("أفرج الجيش عن مزارع كان يحتجزه منذ أسبوع", [(1, "arrested")]),
    # ... one released or returned, described by the participle of taking
    ("فدية تعيد مهندسا مخطوفا إلى عائلته", [(1, "captured")]),
    ("عودة طبيب مخطوف إلى أهله بعد دفع فدية", [(1, "captured")]),
    ("الإفراج عن معلمة مخطوفة في الجنوب", [(1, "captured")]),
    ("إطلاق سراح مهندس مخطوف منذ شهرين", [(1, "captured")]),
    ("أفرج الخاطفون عن طبيبة مختطفة منذ شهر.", [(1, "captured")]),
    ("إعادة طفل مخطوف إلى ذويه", [(1, "captured")]),
    # 5. the parts of an exchange take the captives' outcome
    ("عملية تبادل شملت 40 محتجزا من الطرفين، بينهم ست نساء وأربعة قاصرين.",
     [(40, "captured"), (6, "captured"), (4, "captured")]),
    ("عملية تبادل شملت 40 محتجزا بينهم ست نساء وأربعة أطفال.",
     [(40, "captured"), (6, "captured"), (4, "captured")]),
    ("أنجز الطرفان صفقة تبادل أفرج بموجبها عن 120 محتجزا بينهم 15 امرأة.",
     [(120, "captured"), (15, "captured")]),
    ("أتمت الأطراف عملية تبادل شملت 60 أسيرا بينهم عشرة أطفال.",
     [(60, "captured"), (10, "captured")]),
    # 6. relayed deaths: "in front of his eyes" is no imam
    ("ونقلت الإذاعة عن لاجئ أن ثلاثة من أقاربه قتلوا أمام عينيه.", [(3, "killed")]),
    ("وقال إن أربعة شبان قتلوا أمام منزلهم.", [(4, "killed")]),
    ("وقال نازح إن خمسة من أبناء عمومته قتلوا في القصف.", [(5, "killed")]),
    ("ونقلت الوكالة عن امرأة أن اثنين من أبنائها قتلا في الغارة.", [(2, "killed")]),
    # 7. not victims: a part suffering from a want or an illness; one counted once
    ("ووصل 300 لاجئ إلى المخيم، وإن بينهم 40 طفلا يعانون من سوء تغذية حاد.",
     [(300, "displaced")]),
    ("ووصل 300 لاجئ إلى المخيم بينهم 40 طفلا يعانون من الجفاف.", [(300, "displaced")]),
    ("مقتل أربعة مسلحين ومدني واحد في اشتباك", [(4, "killed"), (1, "killed")]),
    ("قتل ثلاثة جنود وشرطي واحد في الهجوم.", [(3, "killed"), (1, "killed")]),
    ("مقتل أربعة مسلحين وواحد من المدنيين في اشتباك", [(4, "killed"), (1, "killed")]),
    # ... kept: injuries suffered are the wounded; one counted by "واحد" alone
    ("أصيب 12 شخصا بينهم 3 أطفال يعانون من حروق", [(12, "wounded"), (3, "wounded")]),
    ("مقتل جندي واحد وإصابة اثنين", [(1, "killed"), (2, "wounded")]),
]

UNREAD = [
    "اغتيال الحقيقة في زمن الحرب",
    "اغتيال حلم الشباب",
    "اغتيال العملية السياسية",
    "وقال عضو في المجلس إن الوضع خطير.",
    "أربع سيارات احترقت وثلاث مفقودة بعد الغارة",
    "وقالت الشركة إن ثلاث شحنات مفقودة.",
    "عودة لاجئ إلى قريته",
    "تعيد الحكومة مهندسا إلى عمله",
    "وقال إن ثلاثة مسلحين قتلوا إمام المسجد.",
    "وقالت المنظمة إن بين الواصلين 50 طفلا يعانون من سوء التغذية.",
]


test_reads, test_stays_unread = count_table_tests(READ, UNREAD, _read)


def test_definite_head_before_companions_counts_only_them() -> None:
    # the rule of a named or definite one before "و" stays: no figure for the head
    assert _read("خطف مسلحون مدير المدرسة وثلاثة من حراسه.") == [(3, "captured")]
