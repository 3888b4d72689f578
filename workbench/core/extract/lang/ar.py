"""Arabic vocabulary for the suggestion engines, as plain data.

Entries are written as in ordinary Modern Standard Arabic news copy; the
engines fold them (``ar.normalise.fold``) before use, so hamza/alef variants,
ta marbuta and alef maqsura need not be listed twice. Words are listed without
the clitics و ف ب ل ك and the article ال: the matcher strips those.
"""

from __future__ import annotations

# --- casualty outcomes -------------------------------------------------------

# --- round ar112: the subject first: outcomes told by a nominal sentence ------------
# Verbs after their counted subject that the outcome lists lacked: the dual and feminine
# plural of going missing ("عنصران من الدورية فقدا بعد الاشتباك"; the plural "فقدوا" is
# listed already, and a lost thing after any of them still says what was lost), the
# feminine dual of abduction ("امرأتان خطفتا من الطريق") and the plural of fleeing
# ("آلاف السكان هربوا نحو الجبال"; households take the feminine "هربت", as "فرت"), which
# the flight's noun "هروب" already counts.
SUBJECT_FIRST_MISSING: tuple[str, ...] = ("فقدا", "فقدتا", "فقدن")
SUBJECT_FIRST_CAPTURED: tuple[str, ...] = ("خطفتا", "اختطفتا")
SUBJECT_FIRST_FLED: tuple[str, ...] = ("هربوا", "هربن", "هربت")
# Leaving said of households with "رحل" ("أكثر من 300 أسرة رحلت عن القرية"): the flight
# "غادرت" already is after households (LEAVING_VERBS), a departure after anything else.
# The same verbs with the place as a pronoun ("١٤٠ أسرة منها غادرته"، "50 عائلة
# غادرتها"): the place named before is what they fled.
HOUSEHOLDS_LEFT: tuple[str, ...] = ("رحلت", "غادرته", "غادرتها", "هجرته", "هجرتها")
# Leaving said of people in the plural ("نحو 12 ألف شخص غادروا المخيم"): a flight only
# when the counted are people of a place (not a delegation, not officials) and what they
# left is where they lived, right after the verb ("غادروا منازلهم"، "رحلوا عن البلدة");
# "غادروا الاجتماع" and "وصلوا" stay unread.
PEOPLE_LEAVING_VERBS: tuple[str, ...] = ("غادروا", "رحلوا")
PEOPLE_WHO_FLEE: tuple[str, ...] = (
    "شخص", "أشخاص", "شخصا", "مواطن", "مواطنا", "مواطنين", "مدني", "مدنيا", "مدنيين", "نسمة",
    "ساكن", "سكان", "السكان", "أهالي", "الأهالي", "الأهالى", "مدنيون", "مواطنون", "آخرين",
    "آخرون",
)
HOMES_LEFT_BY_PEOPLE: tuple[str, ...] = (
    "المخيم", "مخيمهم", "البلدة", "بلدتهم", "القرية", "قريتهم", "قراهم", "القرى", "المدينة",
    "مدينتهم", "منازلهم", "بيوتهم", "ديارهم", "مناطقهم", "المنطقة", "الحي", "أحياءهم",
    "البلاد", "مساكنهم",
)
HOMES_LEFT_PREPOSITIONS: tuple[str, ...] = ("عن", "من")
# Crossing out of the country, after people counted the same way ("نحو 400 ألف شخص عبروا
# الحدود"، "آلاف السكان عبروا إلى دول الجوار"): refugees, with the border or a country of
# refuge right after the verb or after "إلى" ("عبروا عن" is saying, no crossing).
PEOPLE_CROSSING_VERBS: tuple[str, ...] = ("عبروا",)
REFUGE_AFTER_CROSSING: tuple[str, ...] = (
    "الحدود", "دول", "الدول", "بلدان", "البلدان", "لبنان", "الأردن", "تركيا", "تشاد",
    "مصر", "إثيوبيا", "أوغندا", "بنغلاديش", "العراق", "سوريا", "ليبيا",
)
CROSSING_PREPOSITIONS: tuple[str, ...] = ("إلى", "الى", "نحو")

# --- round ar120: displacement told by crossing, leaving, a present of flight ---------
# Households fleeing told in the present, as a headline tells it ("عشرات العائلات تنزح من
# ريف المدينة"، "12 عائلة ترحل عن القرية"), and the feminine past of refuge after them
# ("عشرات الأسر لجأت إلى المدارس"): read after households only, as "غادرت" is.
HOUSEHOLDS_FLEEING: tuple[str, ...] = ("تنزح", "ترحل", "تغادر", "تفر", "تهرب", "تلجأ",
                                       "لجأت")
# People fleeing in the present ("عشرات الآلاف يفرون"، "200 ألف مدني قد ينزحون"): the
# plural verb after its counted subject, as "فروا" is.
PEOPLE_FLEEING_PRESENT: tuple[str, ...] = ("يفرون", "ينزحون", "يهربون")
# People of a place leaving it told by a pronoun ("مئات من سكان الحي غادروه"): the place
# named before is what they left, as households' "غادرته" says.
PEOPLE_LEFT_IT: tuple[str, ...] = ("غادروه", "غادروها", "هجروه", "هجروها")
# ... but not a place's whole population before that verb ("سكان البلدة البالغ عددهم نحو 7
# آلاف نسمة غادروها", where only a part of them left): its size, not those who fled.
POPULATION_SIZE_WORDS: tuple[str, ...] = ("عددهم", "عددهن", "تعدادهم", "البالغ")
# Crossing told verb first ("وعبر نحو 6 آلاف منهم الحدود"، "عبر أكثر من 300 ألف آخرين
# إلى دول الجوار") or by its noun ("عبور الآلاف الحدود"، "تدفع المئات إلى عبور الحدود"):
# refugees, with the border or a country of refuge right after the people (or the count)
# and people, not trucks or ships, counted. The part of people named before is "منهم".
CROSSING_FIRST_VERBS: tuple[str, ...] = ("عبر", "عبرت")
# Pushed or forced to cross: the count before the crossing noun and one of PUSHED_TO
# ("أجبر القصف المئات على عبور الحدود").
PUSHED_TO: tuple[str, ...] = ("إلى", "الى", "على")
# ... and what pushes them is violence named before the count (WOUNDING_AGENTS,
# REPORTED_EVENTS, or these): "تدفع الأسعار المئات إلى عبور الحدود للتسوق" is no flight.
PUSHED_ACROSS_BY: tuple[str, ...] = ("معارك", "المعارك", "قتال", "القتال", "حرب", "الحرب",
                                     "عنف", "العنف", "المواجهات", "مواجهات", "الاشتباكات")
# A routine move, not a flight ("12 عائلة ترحل كل صيف إلى المراعي"): "كل" right after the
# present verb of leaving.
ROUTINE_WORDS: tuple[str, ...] = ("كل",)
CROSSING_NOUNS: tuple[str, ...] = ("عبور",)
CROSSING_PEOPLE_PARTS: tuple[str, ...] = ("منهم", "منهن")
# The members a displaced household holds ("تشريد 9 عائلات تضم 51 فردا"، "11 عائلة تضم 63
# فردا اضطرت إلى الرحيل"): the people are a figure of their own beside the households'.
HOUSEHOLD_HOLDING_VERBS: tuple[str, ...] = ("تضم", "يضم", "تضمان", "يضمان")
HOUSEHOLD_MEMBER_NOUNS: tuple[str, ...] = ("فردا", "أفراد", "شخصا", "أشخاص", "نسمة")
# Households forced to flee, told subject first ("11 عائلة تضم 63 فردا اضطرت إلى الرحيل"،
# "40 أسرة أجبرت على النزوح"): the verb of being forced, then one of PUSHED_TO and the
# flight.
FORCED_AFTER_HOUSEHOLDS: tuple[str, ...] = ("اضطرت", "أجبرت", "أرغمت")
FLIGHT_MASDARS: tuple[str, ...] = ("الرحيل", "النزوح", "الفرار", "الهروب", "الهرب")
# (round ar163) The flight with "ل" for "إلى" after the people a verb of pushing forced
# ("اضطرت أكثر من 500 أسرة للنزوح"، "أجبرت المعارك 80 عائلة للفرار"); without that verb
# it is a call, a plan or money for the displaced ("دعت 300 عائلة للنزوح"، "خصصت 50
# مليونا للنزوح") and stays unread. Being forced ("اضطر") names no violence: the people
# are its subject.
FLIGHT_MASDARS_WITH_LI: tuple[str, ...] = ("للنزوح", "للفرار", "للرحيل", "للهروب")
FORCED_VERBS: tuple[str, ...] = ("اضطر", "اضطرت", "يضطر", "تضطر")

# A person noun opening its own clause, then the verb of what befell that one (or two)
# after its describing words ("وعاملة زراعية فارقت الحياة"، "مسعف متطوع مع الهلال الأحمر
# أصيب برصاصة"، "عنصران من الدورية فقدا"): the nominative with no "إن" before it, the
# verb agreeing in gender and number. Singular and dual passive verbs of each outcome:
ONE_OR_TWO_OUTCOME_VERBS: dict[str, tuple[str, ...]] = {
    "killed": ("قتل", "قتلت", "قتلا", "قتلتا", "استشهد", "استشهدت", "استشهدا", "استشهدتا",
               "توفي", "توفيت", "توفيا", "توفيتا", "اغتيل", "اغتيلت", "اغتيلا"),
    "wounded": ("أصيب", "أصيبت", "أصيبا", "أصيبتا", "جرح", "جرحت", "جرحا", "جرحتا"),
    "missing": ("فقدا", "فقدتا"),
    "captured": ("خطف", "خطفت", "خطفا", "خطفتا", "اختطف", "اختطفت", "اختطفا", "اختطفتا"),
    "arrested": ("اعتقل", "اعتقلت", "اعتقلا", "اعتقلتا"),
}
# (round ar155) ... and the headline's present and passing away, after an indefinite person
# or a dual ("طفل يقضي بانفجار لغم"، "امرأة تصاب بشظايا"، "فتى قضى بانفجار"، "طفلان
# يصابان"): the present agrees by its prefix, "ي" for a man, "ت" for a woman, "-ان" for
# two. Where, when or how follows the verb, as for the past; "قضى" with a length of time
# after it is spending that time, with a verdict a court's ruling. Presents whose active
# is spelt the same ("يقتل" kills or is killed, "يجرح", "يستشهد" also "cites") stay out:
# unvowelled, the one before them is as often the killer.
ONE_OR_TWO_PRESENT_OUTCOME_VERBS: dict[str, tuple[str, ...]] = {
    "killed": ("يقضي", "تقضي", "يقضيان", "تقضيان"),
    "wounded": ("يصاب", "تصاب", "يصابان", "تصابان"),
}
ONE_OR_TWO_OUTCOME_VERBS = {
    **ONE_OR_TWO_OUTCOME_VERBS,
    "killed": (*ONE_OR_TWO_OUTCOME_VERBS["killed"], "قضى", "قضت", "قضيا", "قضتا",
               *ONE_OR_TWO_PRESENT_OUTCOME_VERBS["killed"]),
    "wounded": (*ONE_OR_TWO_OUTCOME_VERBS["wounded"], *ONE_OR_TWO_PRESENT_OUTCOME_VERBS["wounded"]),
}
# ... and the idioms of dying, the verb with the noun after it: parting from life, giving
# up one's last breath ("لفظ أنفاسه"، "لفظا أنفاسهما").
BREATH_VERBS: tuple[str, ...] = ("لفظ", "لفظت", "لفظا", "لفظتا", "لفظوا")
BREATH_NOUNS: tuple[str, ...] = ("أنفاسه", "أنفاسها", "أنفاسهما", "أنفاسهم", "انفاسه")
# Words that may describe the subject before its verb: a body or a place after these
# prepositions ("مع الهلال الأحمر"، "من الدورية"، "في البلدة"), at most this many words.
SUBJECT_DESCRIBING_LINKS: tuple[str, ...] = ("من", "في", "مع", "لدى")
SUBJECT_FIRST_MAX_WORDS: int = 5
# What a verb of wounding after its subject takes that is no harm ("مسؤول أصيب بخيبة
# أمل"، "موظف أصيب بكورونا"): a feeling or a disease.
SUBJECT_FIRST_NOT_HARM: tuple[str, ...] = (
    "بخيبة", "بالإحباط", "بالذهول", "بالدهشة", "بالملل", "بالإرهاق", "بالزكام",
    "بكورونا", "بفيروس", "بكوفيد", "بالكوليرا", "بالحصبة", "بالملاريا", "بالإنفلونزا",
    # (review of round ar136) fear and shock, as a speaker is described by them too
    # ("وقالت امرأة أصيبت بالذعر"، casualty_hurt_speaker.py)
    "بالذعر", "بالهلع", "بالرعب", "بالخوف", "بالصدمة",
)
# Where a passive verb says the one was taken from or hit at, after the followers every
# passive outcome takes (PASSIVE_OUTCOME_FOLLOWERS): "خطفت من أمام مدرستها"، "اعتقل عند
# الحاجز".
PASSIVE_PLACE_FOLLOWERS: tuple[str, ...] = ("من", "عند", "أمام", "وسط")
# A working woman, which the person list lacked ("عاملة زراعية"، "عاملة إغاثة").
SUBJECT_FIRST_PERSONS: tuple[str, ...] = ("عاملة",)

# The wounded counted by their noun, then a verb of dying right after them ("جريحين توفيا
# متأثرين بجراحهما"، "ثلاثة جرحى توفوا"، "جريحان آخران لفظا أنفاسهما"): they died of the
# wounds, a death as "أربعة من الجرحى توفوا" is. The wounded nouns (the article and "و"
# stripped), the words of "other" between, and the verbs of dying in the dual and plural
# (the idioms' verbs are PARTING_VERBS and BREATH_VERBS).
WOUNDED_NOUNS_BEFORE_DEATH: tuple[str, ...] = (
    "جريح", "جريحا", "جريحان", "جريحين", "جرحى", "مصاب", "مصابا", "مصابان", "مصابين",
    "مصابون",
)
OTHERS_BEFORE_DEATH: tuple[str, ...] = ("آخران", "آخرين", "آخرون", "آخر")
DEATH_AFTER_WOUNDED: tuple[str, ...] = (
    "توفي", "توفيا", "توفوا", "ماتوا", "ماتا", "مات", "قضيا", "قضوا", "قضى", "استشهد",
    "استشهدا", "استشهدوا",
)

# One of them, then a verb that is passive with nothing after it but where, when or how
# ("إن أحدهم قتل في الغارة"، "وإحداهن خطفت من منزلها"; "أحدهم قتل جنديا" is the killer),
# or the state's noun as his predicate ("أحدهم مصاب"، "إحداهن مفقودة"): one, the outcome
# named. The verbs that tell it only when passive (ONE_OF_THEM_VERBS take no object):
ONE_OF_THEM_PASSIVE_VERBS: dict[str, str] = {
    **dict.fromkeys(("قتل", "قتلت", "اغتيل", "اغتيلت"), "killed"),
    **dict.fromkeys(("جرح", "جرحت"), "wounded"),
    **dict.fromkeys(("خطف", "خطفت", "اختطف", "اختطفت"), "captured"),
    **dict.fromkeys(("اعتقل", "اعتقلت"), "arrested"),
}
ONE_OF_THEM_STATES: dict[str, str] = {
    **dict.fromkeys(("مصاب", "مصابة", "جريح", "جريحة"), "wounded"),
    **dict.fromkeys(("مفقود", "مفقودة"), "missing"),
    **dict.fromkeys(("مخطوف", "مخطوفة", "مختطف", "مختطفة"), "captured"),
}

# (round ar175) Found dead: a verb of finding, "على", one person and the state of being
# killed ("عثرت الشرطة على شاب مقتولا"، "وعثر لاحقا على أحدهما مقتولا"، "العثور على
# امرأة مقتولة"): one killed. The state word opens the reading; the finding verb may stand
# up to FOUND_DEAD_REACH words before "على" (its subject and a time between).
FOUND_DEAD_STATES: tuple[str, ...] = ("مقتولا", "مقتولة")
FOUND_VERBS: tuple[str, ...] = ("عثر", "عثرت", "عثروا", "يعثر", "تعثر", "العثور", "وجد", "وجدت",
                                "وجدوا")
FOUND_DEAD_REACH = 4
# (review 46) ... and a finding denied or not made is none: "لم تعثر الشرطة على أحدهما مقتولا"،
# "دون العثور على ...".
FOUND_DEAD_NEGATIONS: tuple[str, ...] = ("لم", "ولم", "فلم", "لن", "ولن", "لا", "ولا", "عدم",
                                         "دون", "ودون")
# The dead as the state of part of a group, right after "منهم" ("أردت الغارة ثلاثة منهم
# قتلى"، "خمسة مسلحين، ثلاثة منهم قتلى"): the indefinite noun of the dead, as "3 منهم
# مفقودون" is of the missing.
DEAD_OF_THEM: tuple[str, ...] = ("قتلى", "قتيلا", "قتيلين", "شهداء")

# --- round ar110: dates the clause puts ahead ----------------------------------------
# The future's "س" before a present verb's person prefix ("سيمثل"، "سترتفع"، "ستُدفن"،
# "سنطالب"): "سي"، "ست" or "سن" and two to five letters more is a verb, whatever its stem,
# unless the word ends as only a noun does (the feminine "ة" folded "ه", the accusative
# "ا", the plurals "ات" and "ين", the dual "تان") or is one of the nouns below that open
# the same way. "سأ" (folded "سا") stays with the listed stems: too many nouns open so
# ("ساعة"، "ساحة"، "سابق").
FUTURE_PREFIX_PERSONS: str = "يتن"
FUTURE_PREFIX_NOUN_ENDINGS: tuple[str, ...] = ("ه", "ا", "ات", "ين", "تان")
# nouns and names that open with "سي"/"ست"/"سن": whole words, then the openings of a
# noun's whole family ("سيارة"، "سيارتهم"، "سياسي"، "سيطرته"، "سنوي"، "سينمائي"، "ستيني"،
# "سنين"), which no verb's stem opens after the person prefix
FUTURE_PREFIX_NOUNS: tuple[str, ...] = (
    "ستون", "سيول", "سيوف", "ستار", "ستاد", "ستوديو", "سياق", "سياج", "سيدي",
    "سيطر", "سنجار", "سيناء", "سنار", "سيغو", "سيروان", "سيرت", "سيئون", "سناء", "سيدني",
    "سيناريو", "ستوكهولم", "سنجل", "سيفاري", "سيبان", "سنتيمتر", "سيغيري", "سيدكان",
    # names of countries, firms and people news writes so ("وصل وفد من سيراليون في 4 آذار")
    "سيراليون", "ستاربكس", "سيتي", "سيمنز", "سيسكو", "سنغال", "السنغال", "ستانلي", "ستيفن",
    "ستيف", "ستيوارت", "سيمون", "سنودن", "سنان", "سيرجي", "سيزر", "سيلفي", "ستارز", "سنتر",
)
FUTURE_PREFIX_NOUN_OPENINGS: tuple[str, ...] = (
    "سيار", "سياس", "سيطرت", "سنوي", "سينما", "ستين", "سنين",
)
# What is expected or set for a day, told by the bare participle or adjective ("الافتتاح
# متوقع مطلع كانون الأول"، "التسليم مرتقب في آذار"، "الانتخابات مقررة في أيار"، "المباحثات
# المقررة الخميس"): still to come, as "المتوقع" and "المرتقبة" are (FUTURE_CUES).
EXPECTED_PARTICIPLES: tuple[str, ...] = (
    "متوقع", "مرتقب", "مرتقبة", "مرتقبا", "منتظرة", "المنتظرة", "المتوقعة", "مقررة",
    "المقررة", "مقررا",
)
# A plan or a need names what is still to be done, and its deadline ("تهدف الخطة إلى تأهيل
# 40 مدرسة قبل نهاية تشرين الأول"، "أراضيهم تحتاج إلى الأسمدة قبل آذار"): the plan's nouns
# (also things a body approves, APPROVED_THINGS) and the present of aiming and including;
# the needing verbs are NEEDING_WORDS.
PLAN_NOUNS: tuple[str, ...] = ("خطة", "خطط", "الخطة", "برنامج", "البرنامج")
PLAN_DEADLINE_WORDS: tuple[str, ...] = (
    "خطته", "خطتها", "خطتهم", "جدول", "الجدول", "تهدف", "يهدف", "تشمل", "يشمل", "تتضمن",
    "يتضمن", "تقضي", "يقضي", "المرحلة", "مرحلة",
    # an obligation, a present too short for PRESENT_VERB_OPENERS' test ("ويجب إخلاء المبنى
    # قبل حلول تموز")
    "يجب",
)
# A deadline's words right before a bare "تموز" or "آب" closing its clause ("قبل حلول
# تموز."، "بحلول آب،") make it the month, as "في" and "خلال" do: a god or a father is never
# "by" a time. "آب" with its madda after them is the month wherever it stands ("قبل آب
# المقبل").
DEADLINE_BEFORE_MONTH: tuple[str, ...] = ("قبل", "بحلول", "حلول")
# "ما قبل" is "the time before", a past span ("يعود الخلاف إلى ما قبل تشرين الأول"), no
# deadline.
BEFORE_AS_SPAN: tuple[str, ...] = ("ما",)

# --- round ar109: captives told by their release or return -------------------------
# The feminine plurals of the captive nouns after a count ("تحرير ثلاث نساء مختطفات"،
# "خمس أسيرات"), captured as their masculine forms are.
CAPTIVE_FEMININE_PLURALS: tuple[str, ...] = ("مختطفات", "مخطوفات", "أسيرات", "رهينات")
# The finite verbs of a release by the holders, whose subject stands between the verb and
# "عن" ("أفرجت الجماعة عن سبعة جنود"), or between the verb and "سراح" ("أطلق المسلحون
# سراح رجلين"), or that take the freed right after the subject ("أطلق الطرفان خمسة عشر
# من مقاتلي الفصيل"). Only an armed holder or the two sides of a war as the subject make
# the freed captives: a release by the state is its detainees', and a release with no
# holder named, or of a part of people named before ("أفرج عن 11 منهم"), is no figure by
# the sets' calls.
RELEASE_ABOUT_VERBS: tuple[str, ...] = ("أفرج", "أفرجت", "أفرجوا", "أفرجا")
RELEASE_SET_FREE_VERBS: tuple[str, ...] = ("أطلق", "أطلقت", "أطلقوا", "أطلقا")
# ... and their present, for a part that is the subject of its release ("ثلاثة منهم يطلق
# سراحهم", casualty_release.released_parts).
RELEASE_SET_FREE_PRESENT: tuple[str, ...] = ("يطلق", "تطلق")
# The two sides of a war as the releasers ("أطلق الطرفان"، "أفرج الجانبان").
WAR_SIDES: tuple[str, ...] = ("الطرفان", "الطرفين", "الجانبان", "الجانبين")
# Prisoners who fled a jail are no people displaced ("فر 200 سجين من السجن"): the
# counted nouns of inmates.
INMATE_NOUNS: tuple[str, ...] = ("سجين", "سجينا", "سجناء", "نزيل", "نزيلا", "نزلاء",
                                 "السجناء", "النزلاء")

# --- round ar114: captives of armed groups, released or still held ----------------
# The verbal nouns of a release, read as the verbs of round ar109 are: "إفراج الفصيل عن 12
# جنديا"، "إطلاق المسلحين سراح 9 رهائن"، "والإفراج عن اثنين".
RELEASE_ABOUT_NOUNS: tuple[str, ...] = ("إفراج", "الإفراج", "وإفراج", "والإفراج")
RELEASE_SET_FREE_NOUNS: tuple[str, ...] = ("إطلاق", "وإطلاق")
# The armed holder as the first word of a construct ("مسلحو القبيلة"، "خاطفي العمال"):
# the genitive after it names whose men they are, not what kind.
ARMED_CONSTRUCT_HOLDERS: tuple[str, ...] = ("مسلحو", "مسلحي", "خاطفو", "خاطفي")
# The words naming the holder after a held word of a captivity lasting ("ما زالوا محتجزين
# لدى الخاطفين"، "محتجزون في قبضة الجماعة").
HELD_BY_WORDS: tuple[str, ...] = ("لدى", "بيد", "بأيدي", "قبضة")

# --- round ar108: people told by their release, tolls told by their number ----------
# The singular accusative of the held after a count of eleven to ninety-nine, read as the
# captives of an armed holder ("63 محتجزا لدى الحوثيين") or of a deal between parties
# ("أفرج بموجبها عن 11 محتجزا"، "ستشمل نحو 60 محتجزا"), or as who died ("وفاة 14
# محتجزا"); a state's count of its detainees in the word stays unread.
HELD_ACCUSATIVE: tuple[str, ...] = ("محتجزا",)
# The plural of a toll's "عدد" ("أعداد النازحين تجاوزت 500 ألف شخص"): only before an outcome
# noun, so "أعداد كبيرة من" stays a vague count.
TOLL_PLURALS: tuple[str, ...] = ("أعداد",)
# A toll's noun with the pronoun of the body that counts its own ("عدد شهدائها بلغ 112"،
# "حصيلة قتلاه"): inside a toll only, since alone the possessed noun counts nobody.
# The verbs of holding with the object pronoun of the people counted before them, plural or
# dual, in a relative clause after a release ("أفرجت السلطات عن صيادين اثنين كانت
# اعتقلتهما"، "أطلقت سراح خمسة شبان كانت اعتقلتهم"): what held them is the figure's outcome.
HELD_THEM_AFTER: dict[str, str] = {
    **dict.fromkeys(("اعتقلتهم", "اعتقلتهما", "اعتقلهما", "اعتقلوهم", "احتجزتهما",
                     "احتجزهما", "احتجزوهم", "أوقفتهم", "أوقفتهما", "أوقفهم", "أوقفهما"),
                    "arrested"),
    **dict.fromkeys(("اختطفتهما", "اختطفهما", "خطفتهما", "خطفهما", "اختطفوهم", "خطفوهم",
                     "أسرتهم", "أسرتهما", "أسروهم"), "captured"),
}
# A release by the holders before the one person it frees ("أفرج الجيش عن أحد المعتقلين"،
# "أطلقوا سراح أحد العمال"): a release on its own is no figure, the held keeping the count
# of their arrest or abduction. The words that take "عن" before the freed, then those that
# take them as their genitive.
RELEASE_WORDS_ABOUT: tuple[str, ...] = ("أفرج", "أفرجت", "أفرجوا", "أفرجا", "يفرج", "تفرج",
                                        "إفراج", "الإفراج")
RELEASE_WORDS_OF: tuple[str, ...] = ("سراح", "سبيل")
# Raising a toll, the event as the subject ("وتوفي ثلاثة من المصابين، ما يرفع الحصيلة إلى
# 11"): with no toll given before, the bare toll is of the outcome its own sentence told
# last (the deaths that raised it).
RAISING_VERBS: tuple[str, ...] = ("يرفع", "ترفع", "رفع", "رفعت")
# The verbs of passing in the plural, after the definite people a toll counts with no
# "عدد" before them ("إن القتلى تجاوزوا الثلاثين"); the singular ones are TOLL_EXCEEDING.
PASSING_PLURAL: tuple[str, ...] = ("تجاوزوا", "تخطوا", "فاقوا", "يتجاوزون", "يفوقون")
# Prisoners once freed, counted in the plural or the dual before "محررين"/"محرران" ("بينهم
# أربعة أسرى محررين" among people arrested): who they are, as the singular
# (FREED_PRISONER_NOUNS), their outcome the figure's they are a part of.
FREED_PRISONER_PLURALS: tuple[str, ...] = ("أسرى", "أسيرين", "أسيران")
# The freed, after "بين" before a sub-group of them ("بين المحررين 11 امرأة و3 أطفال"):
# freeing says their holders were captors (FREEING_WORDS), so they were captives.
FREED_AMONG: tuple[str, ...] = ("المحررين", "المحررات")
# A deal that frees people held on both sides ("إتمام صفقة تبادل ... أفرج بموجبها عن 11
# محتجزا"، "الصفقة ستشمل نحو 60 محتجزا"): the held it counts were captives of the parties,
# not detainees of a state.
# "In exchange for" says the same of the held on one side ("أطلق الحوثيون 17 محتجزا مقابل
# 14 من جنود الحكومة").
CAPTIVE_DEALS: tuple[str, ...] = ("صفقة", "الصفقة", "مقابل")
POSSESSED_TOLL_NOUNS: dict[str, str] = {
    **dict.fromkeys(("شهدائها", "شهدائه", "شهدائهم", "شهدائنا", "قتلاها", "قتلاه", "قتلاهم",
                     "قتلانا"), "killed"),
    **dict.fromkeys(("جرحاها", "جرحاه", "جرحاهم", "جرحانا"), "wounded"),
    **dict.fromkeys(("أسراها", "أسراه", "أسراهم", "أسرانا"), "captured"),
    **dict.fromkeys(("معتقليها", "معتقليه", "معتقليهم"), "arrested"),
}

# --- round ar107: the words Arabic news varies for one outcome ---------------------
# "Rose" (to martyrdom) in the singular, the mourning style's word for "استشهد": before
# the people counted, right after it as it takes no object ("ارتقى 11 فلسطينيا"، "ارتقت
# سيدة"; "ارتقت الأسعار 5 درجات" is no death), and after its subject ("أن شابا ارتقى").
# Rising "to" a rank or a round stays out (see RISING_VERBS). The dual after its subject
# stays with the verbs of falling (FALLEN_AS_VERBS), which read the "شهيدين" after it.
RISEN_VERBS: tuple[str, ...] = ("ارتقى", "ارتقت")
# The passive of wounding after its subject, as "قتل"/"قتلت" are ("أن جنديا جرح في
# الهجوم"، "أن ممرضة جرحت برصاصة"): the same letters before an object are active, which
# the reading after a subject already tells, as it does for killing.
WOUNDED_AFTER_SUBJECT: tuple[str, ...] = ("جرح", "جرحت")
# Falling "dead" or "a martyr", one person between ("سقط ضابط قتيلا"، "سقطت سيدة
# شهيدة"): read as "لقي ضابط حتفه" is, the state noun after the subject closing the figure.
FALLEN_ONE_VERBS: tuple[str, ...] = ("سقط", "سقطت")
FALLEN_ONE_STATES: tuple[str, ...] = ("قتيلا", "شهيدا", "قتيلة", "شهيدة")
# ... and two between, the state in the dual ("سقط جنديان قتيلين").
FALLEN_TWO_STATES: tuple[str, ...] = ("قتيلين", "شهيدين")
# Meeting one's death in the feminine after its subject ("أن طفلة لقيت مصرعها"), read
# with the verbs after their subject (OUTCOME_AFTER), as "لقي" is.
MET_DEATH_FEMININE: tuple[str, ...] = ("لقيت",)
# The passive of wounding after one of them, beside "أصيب" ("، أحدهم جرح برصاصة"): only
# there and with no object after it, since before him, or with an object, it is active.
ONE_OF_THEM_PASSIVES_AFTER: dict[str, str] = dict.fromkeys(WOUNDED_AFTER_SUBJECT, "wounded")
# What news says was "wounded" that is no body: feelings, pride, dignity ("أن أحدهم جرح
# مشاعر الجميع"). After a verb of wounding one of them is its object, so the verb is
# active and the one before it no victim.
HURT_NOT_BODILY: tuple[str, ...] = ("مشاعر", "شعور", "كرامة", "كبرياء", "أحاسيس")
# The noun of a violent death beside "مقتل" before one of them ("ومصرع أحدهم").
ONE_OF_THEM_DEATH_NOUNS: tuple[str, ...] = ("مصرع",)

# The verbs of detaining and arresting with a pronoun subject, plural or dual, and the
# feminine plural: "واحتجزوا ثلاثة شبان"، "الجنود أوقفوا 5 مشتبه بهم"، "واعتقلتا ناشطين".
# Before a count they are tight triggers whose subject, named before them, decides a
# capture (an armed holder); after a count they are the passive ("3 صيادين احتجزوا").
HELD_PLURAL_VERBS: tuple[str, ...] = (
    "اعتقلوا", "احتجزوا", "أوقفوا", "اعتقلا", "احتجزا", "أوقفا", "اعتقلتا", "احتجزتا",
    "أوقفتا", "اعتقلن", "احتجزن", "أوقفن",
)

# Neutralising, an army's word for putting fighters out of action: the verb with its
# pronoun subjects, its present and its verbal noun ("حيدت 18 إرهابيا"، "الجنود حيدوا 15
# مسلحا"، "الجيش يحيد 7 مسلحين"، '"تحييد" 20 إرهابيا').
NEUTRALISING_WORDS: tuple[str, ...] = ("حيد", "حيدت", "حيدوا", "حيدنا", "يحيد", "تحيد",
                                       "تحييد")

# The headline's present of wounding beyond "يصيب"/"تصيب": the plural after its subject and
# the present of "جرح" (tight, as every headline present: "يجرح مشاعر" has no count).
HEADLINE_WOUNDING_PRESENT: tuple[str, ...] = ("يصيبون", "يجرح", "تجرح", "يجرحون")

# (round ar183) Poisoning and suffocation, as the verbal nouns of headlines tell them
# ("تسمم 40 شخصا بعد حفل زفاف"، "اختناق 12 مدنيا بقصف بالغاز"، "وتسمم العشرات بمياه
# ملوثة"): people treated for gas, smoke or bad food are counted with the wounded, as the
# corpus counts "حالات اختناق". Tight, and of people only: "تسمم التربة"، "تسمم غذائي"
# and "اختناق مروري" (a traffic jam) count nobody.
POISONING_MASDARS: tuple[str, ...] = ("تسمم", "اختناق")

# (round ar183) A drill's made-up casualties (``casualty_drill``): the verb of supposing
# before a figure ("وإن السيناريو افترض إصابة 30 عاملا"), or a scenario's or imitating's
# word in a sentence that names the drill ("نفذت الفرق تمرينا يحاكي سقوط 12 مصابا").
DRILL_SUPPOSING_VERBS: tuple[str, ...] = ("افترض", "افترضت", "وافترض", "وافترضت")
DRILL_SCENARIO_WORDS: tuple[str, ...] = ("سيناريو", "السيناريو", "فرضية", "الفرضية", "محاكاة",
                                         "يحاكي", "تحاكي")
DRILL_NOUNS: tuple[str, ...] = ("تمرين", "التمرين", "تمرينا", "تمارين", "التمارين", "مناورة",
                                "المناورة", "مناورات", "المناورات")

# Verbs and verbal nouns that come BEFORE the count ("مقتل 5", "اعتقل الجيش 17").
OUTCOME_TRIGGERS: dict[str, str] = {
    **dict.fromkeys((
        "قتل", "قتلت", "مقتل", "مصرع", "استشهاد", "استشهد", "استشهدت", "إعدام", "أعدم",
        "أعدمت", *RISEN_VERBS,
        "اغتيال", "أوقع", "أوقعت",
        # the verb of assassinating beside its noun: "اغتال مسلحون مجهولون قياديا سابقا"
        "اغتال", "اغتالت", "موقعا", "موقعة", "حصد", "حصدت", "قضى", "قضت",
        "توفي", "توفيت",
        # "انتشال جثث 12 شخصا": bodies found count as killed (as in the English rules)
        "جثث", "جثامين", "رفات",
        # "أودى الهجوم بحياة 14 جنديا", "أسفر الحادث عن وفاة 3 أشخاص"
        "بحياة", "بأرواح", "وفاة",
        # armed groups' own copy: "تصفية 3 عناصر من الميليشيا" (liquidating = killing),
        # and its verb as armies write it: 'قال الجيش انه "صفى عنصرين"' (the masculine
        # only: "وصفت"، "وصفوا" are "described")
        "تصفية", "صفى",
        # armies' communiques: "حيدت القوات 12 إرهابيا"، "تحييد 9 مسلحين" (neutralising,
        # counted as killed since the first blind set; people only, the count at once:
        # "تحييد المدنيين"، "تحييد 3 طائرات مسيرة" count nobody killed)
        *NEUTRALISING_WORDS,
        # "حصد الهجوم أرواح 30 شخصا" (the lives of), like "بأرواح"
        "أرواح",
        # shipwrecks: "غرق 9 مهاجرين" (drowned; only people, with the count right after:
        # "غرق 3 قوارب" is boats sinking)
        "غرق",
        # "انفجار راح ضحيته 12 شخصا": only after راح/ذهب (VICTIM_VERBS); "كان ضحيتها عدد
        # من الشبان" may be arrests
        "ضحيته", "ضحيتها", "ضحيتهم", "ضحيتهما",
        # a plural subject before its verb, the count right after it: "مسلحون قتلوا 3
        # جنود" (tight; after a count the same words are OUTCOME_AFTER: "3 جنود قتلوا"),
        # and the dual ("وقتلا شابين عند الحاجز")
        "قتلوا", "أعدموا", "قتلا", "قتلتا",
        # a headline's present tense: "قصف حوثي يقتل طفلين في تعز" (tight, as "يعتقل"),
        # and its plural after the subject: "مسلحون يقتلون 11 مدنيا" (as "مسلحون قتلوا")
        "يقتل", "تقتل", "يقتلون",
        # ... and the present of assassination, the same way ("مسلحون يغتالون مسؤولا
        # محليا في ذيبان")
        "يغتال", "تغتال", "يغتالون",
        # an army speaking in the first person plural, as a headline's claim ("الجيش:
        # قتلنا 17 مسلحا"; tight, as "اعتقلنا": the same letters are "he killed us")
        "قتلنا",
    ), "killed"),
    **dict.fromkeys((
        "جرح", "جرحت", "إصابة", "أصيب", "أصيبت", "أصاب", "أصابت", "إصابات",
        "يصيب", "تصيب",  # a headline's present tense, tight: "قذيفة تصيب 3 مدنيين"
        # ... with its plural after the subject, as "يقتلون" ("مستوطنون يهاجمون القرية
        # ويصيبون ستة فلسطينيين"), and the other verb of wounding, as "جرح" is in the past
        # ("هجوم يقتل جنديين ويجرح ثلاثة")
        *HEADLINE_WOUNDING_PRESENT,
        # a plural subject before its verb, the victims right after it: "الجنود أصابوا
        # شابا بالرصاص" (tight, as "قتلوا"; after a count "جرحوا" is the passive), and
        # the dual ("وأصابا ثلاثة مارة")
        "أصابوا", "جرحوا", "أصابا", "أصابتا",
        *POISONING_MASDARS,
    ), "wounded"),
    **dict.fromkeys((
        "خطف", "خطفت", "اختطاف", "اختطف", "اختطفت", "أسر", "أسرت", "اقتاد", "اقتادت",
        "اختطفوا", "خطفوا", "أسروا",
        # the dual ("الطرفين خطفا ما يصل إلى 20 شخصا"; round ar118)
        "خطفا", "اختطفا", "خطفتا", "اختطفتا",
        # ... and leading away, with a pronoun subject ("واقتادوا ثلاثة شبان إلى جهة
        # مجهولة")
        "اقتادوا",
        # a headline's present tense, tight: "مسلحون يخطفون ثلاثة من عائلة واحدة"
        "يخطف", "يخطفون", "يختطف", "يختطفون", "تخطف", "تختطف",
        # ... and leading away in the present tense, tight as they are: "قبل أن تقتاد
        # الغطاسين الاثنين الى جهة مجهولة"
        "يقتاد", "تقتاد",
    ), "captured"),
    # The state detains, a gang or a militia holds captive: "احتجزت الشرطة 12 شخصا" is
    # an arrest; "احتجز مسلحون 12 شخصا" a capture (see ARMED_HOLDERS and HELD_VERBS).
    # The verbal noun is decided the same way ("أعلنت الشرطة احتجاز 12 شخصا"), and so is
    # the present of a standing detention ("وتحتجز السلطات 40 شخصا"، "ويحتجز المسلحون 20
    # رهينة"; people only, see PERSON_TRIGGERS).
    **dict.fromkeys(("احتجز", "احتجزت", "احتجاز", "يحتجز", "تحتجز", "يحتجزون"),
                    "arrested"),
    # ... and with a pronoun subject, plural or dual ("واحتجزوا ثلاثة شبان"، "وأوقفا
    # سائقين"; tight: after a count the same letters are the passive, OUTCOME_AFTER)
    **dict.fromkeys(HELD_PLURAL_VERBS, "arrested"),
    **dict.fromkeys((
        "اعتقال", "اعتقل", "اعتقلت", "توقيف", "أوقف", "أوقفت", "اعتقالات",
        # the Maghrebi verbal noun of arrest: "أعلنت الداخلية إيقاف ستة عناصر"
        "إيقاف",
        # police copy: "ألقت الشرطة القبض على 6 متهمين", "قبضت قوات الأمن على 4"
        "قبض", "قبضت",
        # a headline's present tense: "الجيش يوقف 5 عناصر دعم", "الاحتلال يعتقل 14
        # مواطنا" (tight: only with the count right after)
        "يوقف", "توقف", "يعتقل", "تعتقل",
        # Egyptian military and police copy: "ضبط 7 آخرين", "ضبطت الشرطة 3 متهمين"
        "ضبط", "ضبطت",
        # a spokesman in the first person plural: 'وتابع: "أوقفنا 11 مطلوبا"' (tight: the
        # same letters are "he arrested us")
        "أوقفنا", "اعتقلنا", "ضبطنا",
        # Egyptian prosecution copy: "أمر النائب العام بحبس 4 من مسؤولي الأمن" (remand
        # in custody; tight: "حبس 3 سنوات" is a sentence)
        "حبس", "بحبس",
    ), "arrested"),
    **dict.fromkeys(("فقدان", "اختفاء", "فقد"), "missing"),
    **dict.fromkeys((
        "نزوح", "تهجير", "هجر", "هجرت", "تشريد", "شرد", "شردت", "هروب", "فرار", "لجأ",
        "لجوء", "فر", "نزح", "نزحت",
        # the feminine before households, as "نزحت": "لجأت إليها آلاف الأسر الفارة"
        "لجأت",
        # "وفر 2000 شخص"، "وفرت 300 أسرة": the clitic on a verb of three letters, and the
        # feminine before households (the letters are also "provided": people only)
        "وفر", "ففر", "فرت",
        # a headline's present tense, tight, as "يقتل": "قصف يقتل أربعة ويشرد مئات الأسر"
        "يشرد", "تشرد",
    ), "displaced"),
}

# Triggers that only count when the count follows at once: "موقعا" is also
# "a site", "أسر" also "families", "فر" also part of names.
TIGHT_TRIGGERS: frozenset[str] = frozenset({
    "أوقع", "أوقعت", "موقعا", "موقعة", "أسر", "أسرت", "فر", "وفر", "ففر", "فرت", "حصد",
    "حصدت", "قضى", "قضت",
    "حبس", "بحبس",
    "يقتل", "تقتل", "يقتلون", "يصيب", "تصيب", "يشرد", "تشرد", *HEADLINE_WOUNDING_PRESENT,
    "يغتال", "تغتال", "يغتالون",
    *RISEN_VERBS,  # intransitive: what comes between is its subject ("ارتقت الأسعار 5 درجات")
    "جثث", "جثامين", "رفات",  # "جثث القتلى": only a count right after is a figure
    "فقد",  # also the particle "فقد" (= "for ... had") and "lost (ground)"
    # "تهدد حياة 3 ملايين شخص" is no death; "وفاة الرئيس ... عن 80 عاما" is no figure
    "بحياة", "بأرواح", "وفاة",
    "تصفية", "صفى",  # also settling accounts or winding up a firm: only a count right after
    *NEUTRALISING_WORDS,  # ("الوحيد"، "وحيد" fold onto it too)
    "إيقاف",  # also stopping a trial or a flight ("إيقاف تنفيذ الحكم بحق 5 متهمين")
    "أرواح", "ضحيته", "ضحيتها", "ضحيتهم", "ضحيتهما",
    "قتلوا", "أعدموا", "اختطفوا", "خطفوا", "أسروا", "أوقفنا", "اعتقلنا", "ضبطنا", "قتلنا",
    "أصابوا", "جرحوا", "اقتادوا", *HELD_PLURAL_VERBS, "قتلا", "قتلتا", "أصابا", "أصابتا",
    "خطفا", "اختطفا", "خطفتا", "اختطفتا",
    "يوقف", "توقف", "يعتقل", "تعتقل",  # ("توقف" is also "stopped": "توقف القتال")
    "يخطف", "يخطفون", "يختطف", "يختطفون", "تخطف", "تختطف",
    "غرق",
    *POISONING_MASDARS,
})
# Triggers of causing ("أوقع الهجوم 5 قتلى"، "موقعا عشرات الجرحى"): their object is a count
# or a casualty noun, never one person, so a singular noun after them counts nobody
# ("استهدفنا موقعا عسكريا": a military site, not a soldier).
# A headline's present tense causes the same ("قصف ... يوقع قتيلا وجريحين"); its letters
# are also "signs" and "expected", which take no casualty noun.
CAUSING_TRIGGERS: tuple[str, ...] = ("أوقع", "أوقعت", "موقعا", "موقعة", "يوقع", "توقع")
# ... except a casualty noun in the accusative singular, which is one person ("موقعا قتيلا
# وجريحين": one killed and two wounded, as "موقعا قتيلين" is two killed); glued to "و"
# it is the next item after the trigger's first object ("موقعة قتيلين وجريحا").
# (round ar175) Leaving people behind, a headline's and a report's verb of causing
# ("اشتباكات تخلف قتيلا وجرحى"، "وخلف الانفجار قتيلا"، "مخلفا جريحا"): only before the
# accusative singular casualty noun above, one person; a count after it is read already,
# and "خلف" is also "behind", "تخلف" also "lagging", which take no such noun.
LEAVING_BEHIND_VERBS: tuple[str, ...] = ("خلف", "خلفت", "يخلف", "تخلف", "مخلفا", "مخلفة")
CAUSED_SINGULARS: dict[str, str] = {
    **dict.fromkeys(("قتيلا", "شهيدا"), "killed"),
    **dict.fromkeys(("جريحا", "مصابا"), "wounded"),
}
# The plural verbs above that follow their subject ("مسلحون اختطفوا 3 جنود"). After a
# figure they close it ("9 مسلحين قتلوا وأسر اثنان"): the next outcome is no shared one.
SUBJECT_FIRST_VERBS: tuple[str, ...] = ("قتلوا", "أعدموا", "اختطفوا", "خطفوا", "أسروا",
                                        "أصابوا", "جرحوا", "اقتادوا", *HELD_PLURAL_VERBS,
                                        "قتلا", "قتلتا", "أصابا", "أصابتا", "خطفا", "اختطفا",
                                        "خطفتا", "اختطفتا")
# The victims idiom: "راح/ذهب ضحيته 12 شخصا" (claimed the lives of); the victim words count
# as killed only right after one of these verbs.
VICTIM_WORDS: tuple[str, ...] = ("ضحيته", "ضحيتها", "ضحيتهم", "ضحيتهما")
VICTIM_VERBS: tuple[str, ...] = ("راح", "ذهب", "سقط")
# Triggers that are outcomes only for people: the counted noun must be a person word
# ("ضبط 7 آخرين", "تصفية 3 عناصر"; not "ضبط 3 بنادق", "تصفية 3 خزانات").
# The men of police bulletins on drugs and smuggling, by what they do, counted after
# "ضبط" ("ضبطت 42 متاجرا ومتعاطيا"، "ضبط 9 مهربين"): persons, though no person list holds
# them. Only the accusative singular (and the sound plurals): the bare "متاجر" is "shops".
TRADE_SUSPECTS: tuple[str, ...] = ("متاجرا", "مروجا", "مهربا", "متاجرين", "مروجين",
                                   "مهربين")
PERSON_TRIGGERS: frozenset[str] = frozenset({"ضبط", "ضبطت", "تصفية", "غرق", "يحتجز", "تحتجز",
                                            "يحتجزون", "وفر", "فرت", *NEUTRALISING_WORDS,
                                            *POISONING_MASDARS})
# "ضبط النفس" is self-restraint, the idiom of every call for calm ("دعت إلى التهدئة وضبط
# النفس"): the verb's object is the self, so no count after it is of people seized.
RESTRAINT_OBJECTS: tuple[str, ...] = ("النفس",)
# What may follow a bare count whose noun a headline leaves to the reader ("مقتل 5 مسلحين
# وضبط 9 في شمال سيناء"): a place or a time, never a thing seized ("وضبط 9 بنادق").
BARE_COUNT_ENDS: tuple[str, ...] = ("في", "على", "قرب", "شمال", "جنوب", "شرق", "غرب",
                                    "بمحافظة", "بمدينة", "بريف", "خلال", "أثناء", "بعد")
# Broken plurals of people, which the "-ين/-ون" ending test cannot see.
PERSON_PLURALS: tuple[str, ...] = (
    "أشخاص", "عناصر", "جنود", "أفراد", "رجال", "نساء", "أطفال", "شبان", "عمال", "مسلحين",
    "مقاتلين", "أسرى", "رهائن", "قادة", "ضباط", "طلاب", "صحفيين", "متهمين", "مطلوبين",
    "إرهابيين", "مدنيين",
    # those at sea: "غرق 9 مهاجرين"، "انتشال جثث 4 صيادين"
    "مهاجرين", "صيادين", "بحارة", "ركاب",
    # herders taken with their flocks, guards at their post, traders on the road, and the
    # sons of a place ("أفرج التنظيم عن خمسة رعاة"، "أفرجوا عن أربعة حراس"، "سراح ثلاثة
    # تجار"، "عن أربعة من أبناء البلدة"; round ar114)
    "رعاة", "حراس", "تجار", "أبناء",
    # elders, freed with those taken beside them ("سراح السائق وثلاثة شيوخ"; round ar145)
    "شيوخ",
    # the attackers, as armies count them when they neutralise them ("حيد 27 من المهاجمين")
    "مهاجمين",
    # the saboteurs of the Israeli army's copy as Arabic media quote it ("قضت على مخربين
    # اثنين")
    "مخربين",
)
# "of them" with the pronoun of people ("هم"، "هن"; things take "ها"): after a count it
# counts people named before ("خطفوا ثمانية تجار ...، وأن الجيش حيد خمسة منهم").
PEOPLE_PARTITIVE_PRONOUNS: tuple[str, ...] = ("منهم", "منهن")

# "القضاء على 3 إرهابيين", "قضت وحدات الجيش على ..." is killing in Algerian and other
# army copy; these words count only with "على" and the count right after them.
ELIMINATION_WORDS: tuple[str, ...] = ("القضاء", "قضت", "قضى", "قضوا",
                                      # a headline's present: "الجيش يقضي على 3 إرهابيين"
                                      "يقضي", "تقضي")
# "فقد أثر 7 صيادين" (trace was lost of): missing, with the count right after "أثر" ("أثر"
# folds onto "إثر", after, which otherwise ends a phrase).
LOST_TRACE_WORDS: tuple[str, ...] = ("فقد", "فقدت", "فقدان")
# Losing one's own is a death: "فقد الجيش ثلاثة من جنوده"، "فقدت الناحية 7 من أبنائها"
# (a count, then "من" and a members' plural with a possessive suffix: the subject's own
# people), and "فقد جنديا واحدا" (an accusative object: the subject lost him). "فقد 3
# صيادين" (went missing, the passive) stays missing.
# "خسر" (lost) reads the same way: "خسرت القوات 5 من عناصرها", "خسرت الفصائل نحو 20
# مقاتلا"; with a thing ("خسرت 20 دبابة") it counts nobody.
# Losing contact with one's own is their going missing, not their death: "فقدت الاتصال
# بثلاثة من موظفيها".
CONTACT_WORDS: tuple[str, ...] = ("الاتصال", "التواصل")
LOSING_VERBS: tuple[str, ...] = ("فقد", "فقدت", "فقدوا", "خسر", "خسرت", "خسروا")
OWN_MEMBERS: tuple[str, ...] = (
    "أبناء", "جنود", "عناصر", "أفراد", "مقاتلي", "رجال", "ضباط", "منتسبي", "كوادر",
    "أعضاء", "موظفي", "عمال", "سكان",
    # the armed men of a party ("30 من مسلحي التنظيم"، "من مسلحيه")
    "مسلحي",
)

# Armed men: their flight ("العشرات من قوات الجيش فروا باتجاه سنار"، "فرار 30 جنديا") is
# a retreat or a desertion, not the displacement of people from their homes.
ARMED_NOUNS: tuple[str, ...] = (
    "قوات", "عناصر", "جنود", "جنديا", "مقاتلين", "مقاتلي", "مقاتلا", "مسلحين", "مسلحي",
    "مسلحا", "الجيش", "ضباط", "عسكريين", "ميليشيا", "ميليشيات",
)
# Homes and places people flee, with the possessive suffix of the displaced ("نزح 450 ألف
# شخص من منازلهم"): where they fled from, no part of the group.
HOME_PLURALS: tuple[str, ...] = ("منازل", "بيوت", "ديار", "مساكن", "مدن", "مناطق", "أحياء",
                                 "بلدات", "أراضي", "منزل", "بيت", "مدينة", "منطقة")
# Places fled from, in construct with their name after a displacement: "نزوح 12 ألف شخص
# من ريف الحديدة"، "من مديريات جنوب الحديدة" (with the place heads of the speakers' titles,
# ``PLACE_HEADS``, and the homes above).
FLIGHT_PLACES: tuple[str, ...] = ("مديريات", "قرى", "محافظات", "مخيمات", "ولايات", "أرياف")
# Places named after what happens in them: "في مراكز الاحتجاز"، "معسكرات الاعتقال"، "مخيمات
# النزوح". The outcome word in their genitive names the place, not an event, so it gives
# no outcome to a count near it ("مقتل 13 شخصا في مراكز الاحتجاز، بينهم طفل" are killed).
PLACE_OF_OUTCOME_HEADS: tuple[str, ...] = (
    "مركز", "مراكز", "سجن", "سجون", "معسكر", "معسكرات", "مخيم", "مخيمات", "أماكن", "مكان",
    "مرافق", "زنازين", "منشأة", "منشآت", "مقر", "مقرات",
    # ... and their accusative singulars, as counted nouns ("وزعت المياه على 11 مخيما
    # للنازحين": a count of places, not of people)
    "مخيما", "مركزا", "سجنا", "معسكرا",
)
# Nouns for a run or a kind of events, in construct with an outcome word that says which
# kind: "في عمليات اغتيال"، "في حوادث قتل"، "خلال حملة اعتقالات". The outcome word names the
# cause of the toll before it, not a new figure, so a comma-set sub-group after it
# ("مقتل 19 شخصا في عمليات اغتيال في دير الزور، بينهم 7 من عناصرها") still divides that toll.
# "بعد" before the event an act followed ("اعتقلت بعد الانفجار ثلاثة أشخاص"): with one
# definite noun right before the count it says when, as "خلال الاقتحام" and "عقب
# المداهمة" do (read as plain words between verb and count), and opens no clause, though
# "بعد" is a clause break elsewhere (CLAUSE_BREAKS). "عقب" and "إثر" are "after" as
# "بعد" is ("اختطفوا عقب الحادثة ٩ من أبناء القرية"): after a plural verb, whose gap to
# its count is kept tight, the event must be passed over the same way.
EVENT_TIME_PREPOSITIONS: tuple[str, ...] = ("بعد", "عقب", "إثر", "اثر")
EVENT_KIND_HEADS: tuple[str, ...] = (
    "عملية", "عمليات", "حادثة", "حوادث", "حملة", "حملات", "موجة", "سلسلة", "جريمة", "جرائم",
)

# Long periods counted by a number ("خلال ثلاث سنوات"، "منذ خمسة أعوام"): a span of time
# between a toll and its sub-group, no count of things the sub-group could divide.
LONG_PERIOD_UNITS: tuple[str, ...] = ("سنوات", "سنين", "أعوام", "سنة", "عاما", "شهور",
                                      "أشهر", "أسابيع")
# Units of a period with a count of its own ("خلال الـ48 ساعة الماضية", "خلال الساعات
# الـ24 الماضية"), which may stand between a verb and its count.
TIME_UNITS: tuple[str, ...] = ("ساعة", "ساعات", "الساعات", "يوما", "أيام", "الأيام",
                               "أسبوعا", "أسابيع", "الأسابيع", "شهرا", "أشهر", "الأشهر",
                               "شهور", "الشهور", "دقيقة", "دقائق", "الدقائق")

# What the doers are suspected or believed to be, between them and the count ("خطف
# مسلحون يشتبه بانتمائهم لحركة الشباب ثلاثة من العاملين"، "يعتقد أنهم من ..."): passed
# over whole when a person noun stands before it.
SUSPECTED_VERBS: tuple[str, ...] = ("يشتبه", "يعتقد", "يرجح")
# The dual pronoun that opens an apposition naming the two counted, set off by commas
# before their verb ("مدنيين اثنين، هما بائع شاي وابنه، قتلا"، "الطفلين، وهما شقيقان ...،
# قتلا"): the aside says who they were, and the verb after it is still theirs. (The
# plural's aside may list a sub-group of its own, which the implicit pass would read again.)
NAMING_PRONOUNS: tuple[str, ...] = ("هما", "وهما")
# The heads of an armed body named in construct before its affiliation ("قوات الأسايش
# التابعة للإدارة الذاتية"، "عناصر الأمن التابعين ..."): with "التابعة" after its name the
# body's whole description stands between the verb and its count.
FORCE_HEADS: tuple[str, ...] = ("قوات", "عناصر", "مسلحو", "مقاتلو", "أجهزة", "دوريات")
# Tight triggers that may still have a nominative plural subject between them and the count
# ("أسر المقاتلون 6 جنود", "أسر الحوثيون 5 جنود"): "أسر" as "families" takes a genitive,
# which is never a "-ون" plural.
# A preposition with a pronoun pointing back to the event, between a verb and its count
# ("معارك قتلت فيها أكثر من 100", "هجوم أصيب خلاله 3"): it leaves the verb tight.
RESUMPTIVE_PHRASES: tuple[str, ...] = ("فيه", "فيها", "فيهما", "خلاله", "خلالها")
# The verbs of neutralising take their subject the same way ("حيدت القوات 12 إرهابيا"،
# "حيد الجيش 27 من المهاجمين"): "وحيد" (alone), which folds onto "حيد", never has a
# nominative plural or a definite subject with "من" after the count.
TIGHT_WITH_SUBJECT: frozenset[str] = frozenset({"أسر", "أسرت", *NEUTRALISING_WORDS})
# "أصاب" in the active wounds only when what hits is a weapon, a shell, a sniper, a blast or
# an attacker ("أصاب القصف 5 مدنيين"، "أصابت قذيفة 4 أطفال"، "أصاب مسلحون 3 جنود"); with a
# state or a condition as its subject it befalls ("أصاب الشلل 3 مرافق"، "أصابت الأزمة آلاف
# الأسر"، "أصاب الذعر مئات السكان"): nobody is wounded. The passive "أصيب" wounds whatever
# hit. Plural doers ("-ون"، "-ين") and the armed nouns and holders above also wound.
HITTING_VERBS: tuple[str, ...] = ("أصاب", "أصابت", "يصيب", "تصيب")
WOUNDING_AGENTS: tuple[str, ...] = (
    "قصف", "قذيفة", "قذائف", "قناص", "قناصة", "قنص", "انفجار", "انفجارات", "تفجير",
    "تفجيرات", "رصاص", "رصاصة", "رصاصات", "طلق", "طلقات", "صاروخ", "صواريخ", "غارة",
    "غارات", "ضربة", "ضربات", "شظايا", "شظية", "عبوة", "عبوات", "لغم", "ألغام", "قنبلة",
    "قنابل", "هجوم", "هجمات", "طائرة", "طائرات", "مسيرة", "مسيرات", "سيارة", "مفخخة",
    "انتحاري", "انتحارية", "مهاجم", "مسلح", "هاون", "برميل", "براميل", "مدفعية", "دبابة",
    "دبابات", "نيران", "إطلاق", "اشتباكات", "اشتباك", "جندي", "جيش", "شرطة", "دورية",
    "احتلال", "طيران", "مجهول",
    # (round ar191) beating and torture hurt as blows do: "وإن التعذيب أصاب أربعة منهم
    # بكسور"، "أصاب الضرب ثلاثة محتجزين بجروح"، "أصاب الاعتداء اثنين من الحراس"
    "تعذيب", "ضرب", "اعتداء", "طعن",
)
# Nouns that carry the outcome themselves ("39 قتيلا", "عشرات الجرحى").
OUTCOME_NOUNS: dict[str, str] = {
    **dict.fromkeys((
        "قتيل", "قتيلا", "قتلى", "شهيد", "شهيدا", "شهداء", "جثة", "جثث", "جثمان", "جثامين",
        # "انتشلت الطواقم 35 جثمانا": the singular accusative after 11 to 99
        "جثمانا",
        # the feminine plural, when all the dead are women ("بين القتيلات سبع فتيات")
        "قتيلات",
        # deaths as health bulletins count them: "3 وفيات جديدة" (a disease beside the
        # count still makes it patients: DISEASE_WORDS)
        "وفيات",
        # ... and the singular after eleven to ninety-nine, in headlines of rights groups
        # ("تقرير: 14 وفاة تحت التعذيب"); before its count it is the masdar of dying
        # ("وفاة 14 محتجزا"، DEATH_VERBS)
        "وفاة",
    ), "killed"),
    **dict.fromkeys((
        "جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون", "جريحات",
        # the feminine plural, when all the hurt are women (round ar137: "إحدى الطالبات
        # المصابات")
        "مصابات",
        # "23 شهيدا و87 إصابة": injuries counted, as health ministries report them
        "إصابة", "إصابات",
    ), "wounded"),
    **dict.fromkeys((
        "رهينة", "رهائن", "أسير", "أسيرا", "أسرى", "مختطف", "مختطفا", "مختطفين", "مخطوف",
        "مخطوفين",
        # the singular accusative after 11 to 99 ("حررت الشرطة 29 مخطوفا"), as "مختطفا"
        "مخطوفا",
        *CAPTIVE_FEMININE_PLURALS,
    ), "captured"),
    **dict.fromkeys((
        "معتقل", "معتقلا", "معتقلين", "معتقلون", "موقوف", "موقوفين", "محتجز", "محتجزين",
        "محتجزون", *HELD_ACCUSATIVE,
        # the accusative after 11 to 99 ("أفرجت الشرطة عن 15 موقوفا"; round ar118), as
        # "معتقلا"
        "موقوفا",
    ), "arrested"),
    **dict.fromkeys(("مفقود", "مفقودا", "مفقودين", "مفقودون",
                     # forcibly disappeared ("مخفيين قسرا"): missing, by whoever took them
                     "مخفيين", "مخفيون", "مخفيا", "مختفين", "مختفون",
                     # the singular after "ألف"/"آلاف" ("112 ألف مختف قسرا"), written
                     # without its final "ي" as the indefinite is
                     "مختف", "مخفي", "مختفيا"), "missing"),
    **dict.fromkeys((
        "نازح", "نازحا", "نازحين", "نازحون", "لاجئ", "لاجئا", "لاجئين", "لاجئون", "مشرد",
        "مشردين", "مهجر", "مهجرين",
        # the feminine after a counted family ("1870 عائلة نازحة"، "40 أسرة مهجرة")
        "نازحة", "مهجرة", "مشردة",
    ), "displaced"),
}

# The displaced families a plan or an aid programme aims at ("خطة الاستجابة تستهدف 1.2
# مليون أسرة نازحة"، "لمساعدة 300 عائلة مهجرة"): a population served, no one displaced by
# the events told, so the feminine adjective after the family gives no figure there.
DISPLACED_FEMININE: tuple[str, ...] = ("نازحة", "مهجرة", "مشردة")
AIMED_AT_WORDS: tuple[str, ...] = (
    "تستهدف", "يستهدف", "تخدم", "يخدم", "تشمل", "يشمل", "لمساعدة", "لإغاثة", "لدعم",
    "لإيواء", "لخدمة", "لصالح",
)

# Cases of an outcome, as rights groups count them: "وثقت ما لا يقل عن 143 حالة اعتقال
# تعسفي" counts the people arrested. Only outcomes done to people by others: "حالة إصابة"
# is as often a patient's case, and stays out. Choking is the exception: the count of
# "حالة اختناق" a medic's team dealt with is the people the gas or smoke hurt ("تعاملت
# طواقمه مع 14 حالة اختناق"), counted with the wounded as the corpus counts those treated
# for suffocation. Choking alone is no outcome word ("بالاختناق" names how they were
# hurt), so a sentence with it is read only for its cases.
CHOKING_WORDS: tuple[str, ...] = ("اختناق",)
CASE_NOUNS: tuple[str, ...] = ("حالة", "حالات")
CASE_OUTCOMES: dict[str, str] = {
    **dict.fromkeys(("قتل", "إعدام", "اغتيال"), "killed"),
    **dict.fromkeys(("اعتقال", "توقيف"), "arrested"),
    # (not kidnappings nor detentions: "أحصت الشبكة أكثر من 70 حالة خطف" counts incidents,
    # a ransom trade's or a rights report's tally with no people named, which the sets leave
    # unread as the corpus README counts people; an arrest's cases are its people)
    **dict.fromkeys(("اختفاء", "إخفاء"), "missing"),
    **dict.fromkeys(CHOKING_WORDS, "wounded"),
    # (round ar183) and poisoning the same way: "سجلت المستشفيات 65 حالة تسمم" counts the
    # people the bad food or water hurt
    **dict.fromkeys(POISONING_MASDARS, "wounded"),
}

# (round ar183) The cases a hospital or a medical team received, treated, rushed, recorded
# or carried, counted in a report of harm (``casualty_cases_received``): "استقبلت
# مستشفيات المدينة 90 حالة"، "وعالجت الفرق 25 حالة"، "نقلت 12 حالة أخرى إلى مستشفى
# المحافظة"; and the total they reached ("عدد الحالات التي استقبلها المستشفى بلغ 33 حالة").
# Past tenses only: "يستقبل المستشفى يوميا 300 حالة" is its daily work.
CASES_RECEIVING_VERBS: tuple[str, ...] = (
    "استقبل", "استقبلت", "استقبلها", "استقبلته", "استقبلتها", "عالج", "عالجت", "عالجوا",
    "أسعف", "أسعفت", "أسعفوا", "سجل", "سجلت", "نقل", "نقلت", "نقلوا", "وصل", "وصلت",
    "أحصى", "أحصت",
)
CASES_REACHED_VERBS: tuple[str, ...] = ("بلغ", "بلغت", "وصل", "وصلت", "ارتفع", "ارتفعت")
# What may follow the case noun of such a count: "another", where they were taken, when,
# why, and the next clause ("118 حالة، فيما ..."; "بينها 15 حالة حرجة" is told after it)
CASES_AFTER_WORDS: tuple[str, ...] = (
    "أخرى", "اخرى", "إلى", "الى", "في", "حتى", "بعد", "خلال", "منذ", "فيما", "بينها",
    "منها", "جراء", "إثر", "اثر", "وفق", "حسب", "بحسب", "و",
)
# ... and the people carried to hospital or rushed in such a report: "نقل 28 طفلا إلى
# المستشفى" (with the hospital after "إلى"), "وأسعفت الفرق ستة أشخاص آخرين" (giving first
# aid is to the hurt). Patients moved stay out ("نقل 14 مريضا إلى مستشفى آخر").
CARRIED_TO_HOSPITAL_VERBS: tuple[str, ...] = ("نقل", "نقلت", "ونقل", "ونقلت", "نقلوا")
RUSHED_VERBS: tuple[str, ...] = ("أسعف", "أسعفت", "وأسعف", "وأسعفت", "أسعفوا")
PATIENT_WORDS: tuple[str, ...] = ("مريضا", "مرضى", "مريض", "مريضة", "مريضات", "نزيلا", "نزلاء")
# ... and the parts of the hurt told by their care (``casualty_treated_parts``): still or
# kept in hospital or under watch ("ما زالوا في العناية المركزة"، "بقوا تحت الملاحظة"), left
# after treatment ("غادروا بعد تلقي العلاج"), being treated ("يتلقون العلاج").
STAYED_UNDER_CARE_VERBS: tuple[str, ...] = (
    "زال", "بقي", "وبقي", "زالوا", "زالا", "زالت", "زلن", "يزالون", "يزالان", "تزال", "يزال",
    "بقوا", "بقيا", "بقين", "ظلوا", "ظلا", "يرقدون", "يرقدان",
)
LEFT_AFTER_CARE_VERBS: tuple[str, ...] = ("غادروا", "غادرا", "غادرن", "خرجوا", "خرجا")
BEING_TREATED_VERBS: tuple[str, ...] = ("يتلقون", "يتلقيان", "يتلقين", "تتلقى", "يتلقى")
# A report of harm, as the cases' reader looks for it in the folded text: poisoning,
# suffocation, breathing troubles, gas inhaled (or a wounded figure read already)
HARM_REPORT_STEMS: tuple[str, ...] = ("تسمم", "اختناق", "ضيق تنفس", "ضيق في التنفس",
                                      "استنشاق")

# Diseases: a count of cases beside one ("87 إصابة بالكوليرا", "عدد الإصابات بفيروس
# كورونا") counts patients, not people hurt by violence.
DISEASE_WORDS: tuple[str, ...] = (
    "كورونا", "فيروس", "كوفيد", "كوليرا", "الكوليرا", "الحصبة", "حصبة", "الملاريا",
    "ملاريا", "الدفتيريا", "الإنفلونزا", "إنفلونزا", "وباء", "الوباء",
    # the symptom health bulletins count before a disease is confirmed ("حالة إسهال
    # مائي حاد مشتبه بها")
    "إسهال", "الإسهال",
    # inmates or pupils "مصابين بالسل" are patients too
    "السل", "الدرن", "التيفوئيد", "الجرب", "السحايا",
)
# Illness itself and the long illnesses and fevers, after a state of the hurt ("أحد الأسرى
# مصاب بمرض مزمن"، "مصاب بالسرطان"، "مصابة بحمى الضنك"): the sick, not the wounded. Only
# right after the state: near a count they name no outbreak whose cases it could be
# ("ثلاثة أطفال مصابين بالسرطان قتلوا في القصف" are dead).
ILLNESS_NOUNS: tuple[str, ...] = ("مرض", "أمراض", "عدوى", "المرض", "الأمراض", "العدوى",
                                  "السرطان", "السكري", "الحمى", "حمى")
# Words of dying that say nothing of the cause: after a disease named earlier in the
# sentence ("تفش للحصبة ... أودى بحياة 15 شخصا", "حالة إسهال ... بينها 4 وفيات") the
# deaths are the disease's, however far back it was named.
DEATH_ANY_CAUSE: tuple[str, ...] = ("وفيات", "وفاة", "بحياة", "بأرواح")
# "One of" with the possessive lam ("سيارة تابعة لأحد الفرق", "منزل لإحدى العائلات"):
# the one who owns what the sentence speaks of, not a person counted.
ONE_AS_OWNER: tuple[str, ...] = ("لأحد", "لإحدى")
# The whole a part is counted from ("9 عمال من أصل 40"): the total, not people hurt.
OUT_OF_TOTAL: tuple[tuple[str, str], ...] = (("من", "أصل"), ("من", "مجموع"))

# Dual outcome nouns: the word is the whole figure ("سقوط قتيلين").
OUTCOME_DUALS: dict[str, str] = {
    **dict.fromkeys(("قتيلين", "قتيلان", "شهيدين", "شهيدان"), "killed"),
    # two bodies found: "انتشلت الفرق جثتين"، "عثر على جثمانين"
    **dict.fromkeys(("جثتين", "جثتان", "جثمانين", "جثمانان"), "killed"),
    **dict.fromkeys(("جريحين", "جريحان"), "wounded"),
    **dict.fromkeys(("أسيرين", "أسيران", "رهينتين", "رهينتان"), "captured"),
    # a toll's list ("8 قتلى و23 جريحا ومفقودان"); only the nominative, as "مفقودين" is
    # a plural too
    "مفقودان": "missing",
    # the wounded two, in the nominative only ("مصابين" is a plural too); the fatha of the
    # oblique dual ("نقلت مصابَين") is folded to it
    **dict.fromkeys(("مصابان", "مصابتان"), "wounded"),
}
# ... counted only without the article: "ونقل المصابان إلى المستشفى" are the two counted
# before ("أصيب مواطنان")
INDEFINITE_OUTCOME_DUALS: tuple[str, ...] = ("مصابان", "مصابتان")

# "Rose" (to martyrdom), in the plural, after the people counted: the mourning word for
# their death. Rising "to" a rank or a round ("ثلاثة لاعبين ارتقوا الى المنتخب") is no death,
# so "إلى" right after the verb leaves it.
RISING_VERBS: tuple[str, ...] = ("ارتقوا", "ارتقين", *RISEN_VERBS)
# The pronoun of a circumstantial clause after a flight ("تمكنوا من الفرار وهم مصابون"،
# "فرا وهما جريحان"): the state it gives is what befell the ones who fled an attack, so the
# count is of the wounded, not of the displaced. The verbs of managing before the flight
# end the group ("ثلاثة مزارعين تمكنوا من الفرار").
CIRCUMSTANTIAL_PRONOUNS: tuple[str, ...] = ("وهم", "وهما", "وهن")
# A headline's predicate after the counted and the body they belong to ('ثلاثة مقاتلين من
# "قسد" قتلى في هجوم'، "خمسة جنود من الجيش جرحى"): the indefinite plural outcome noun.
PREDICATE_TOLL_NOUNS: tuple[str, ...] = ("قتلى", "جرحى", "مصابون", "شهداء")
MANAGING_VERBS: tuple[str, ...] = ("تمكنوا", "تمكنا", "تمكن", "تمكنت", "نجحوا", "نجح",
                                   "استطاعوا", "استطاع")
# "قضى" after its subject is passing away, but with a length of time after it spending
# that time ("قضى عامين في السجن"، "قضوا ليلتهم في العراء"): the verb's forms among those
# below, and the lengths of time that may be its object (with a count before them or not).
SPENDING_VERBS: tuple[str, ...] = ("قضى", "قضوا", "قضيا", "قضتا", "قضت")
SPENT_TIME_WORDS: tuple[str, ...] = (
    "يوما", "يومين", "أياما", "أيام", "ليلة", "ليلته", "ليلتها", "ليلتهم", "ليلتهما", "ليلتين",
    "ليال", "ليالي", "أسبوعا", "أسبوعين", "أسابيع", "شهرا", "شهرين", "أشهر", "أشهرا", "عاما",
    "عامين", "أعوام", "أعواما", "سنة", "سنتين", "سنوات", "ساعات", "ساعتين", "ساعة", "وقتا",
    "معظم", "فترة", "سنواته", "حياته", "حياتها",
)
# Verbs that come AFTER the counted noun phrase ("35 شخصا قتلوا").
OUTCOME_AFTER: dict[str, str] = {
    **dict.fromkeys((
        "قتلوا", "قتلا", "قتل", "قتلن", "قتلت", "استشهدوا", "ماتوا", "توفوا", "توفي", "لقوا",
        # the dual and the feminine plural: "عسكريين اثنين استشهدا"
        "استشهدا", "استشهدن",
        # the singular after its subject: "أن أحد عناصر الشرطة استشهد"
        "استشهد", "استشهدت",
        "لقي", "لقيا", "لقين", "قضوا", "قضى", "أعدموا", *MET_DEATH_FEMININE,
        # the dual of passing away ("مقاتلين اثنين من عناصره قضيا في الغارة")
        "قضيا", "قضتا",
        # drowned at sea: "وكان 9 مهاجرين قد غرقوا" (after counted people only)
        "غرقوا", "غرقا", "غرقن",
        # the feminine dual: "إن طفلتين من المخيم قتلتا"
        "قتلتا", "استشهدتا",
        # the feminine singular and the dual of dying: "إن طفلة توفيت"، "إن شابين توفيا"
        "توفيت", "توفيا",
        # the passive of assassinating after its subject: "ينعى قاضيا اغتيل أمام منزله"،
        # "إن صحفيين اثنين اغتيلا"
        "اغتيل", "اغتيلت", "اغتيلوا", "اغتيلا",
        # rose, as martyrs: the mourning word for death, alone after those counted as
        # after "سقطوا شهداء" ("ثلاثة من أبطال اللواء ارتقوا في تصد بطولي"; see
        # RISING_VERBS)
        *RISING_VERBS,
    ), "killed"),
    **dict.fromkeys(("أصيبوا", "أصيبا", "أصيب", "أصبن", "جرحوا", "جرحا", "أصيبتا", "جرحتا",
                     "جرحن", *WOUNDED_AFTER_SUBJECT), "wounded"),
    # the feminine singular, passive in its form as "توفيت" is: "وأن ممرضة أصيبت أثناء ..."
    **dict.fromkeys(("أصيبت",), "wounded"),
    **dict.fromkeys(("اعتقل", *HELD_PLURAL_VERBS), "arrested"),
    # (round ar181) the passive of catching after people counted, plural or dual ("وأن
    # الجانيين ضبطا"، "5 مهربين ضبطوا"): its agreement says people, not goods ("ضبطت")
    **dict.fromkeys(("ضبطوا", "ضبطا"), "arrested"),
    # (the dual "أسرا" after two counted, as "خطفا" and "قتلا": "وأن اثنين آخرين أسرا")
    **dict.fromkeys(("خطفوا", "اختطفوا", "خطفا", "اختطفا", "أسروا", "أسرا"), "captured"),
    # the passive of leading away, and the feminine plural of taking, after those taken
    # ("وان فتيين اقتيدا الى جهة مجهولة"، "عددا من النساء اقتيد الى جهة مجهولة" with the
    # verb agreeing with "عدد"، "23 فتاة خطفن من مدرسة"): with no agent named, a capture
    **dict.fromkeys(("اقتيد", "اقتيدوا", "اقتيدا", "اقتيدت", "اقتيدتا", "اقتيدن", "خطفن",
                     "اختطفن"), "captured"),
    # the verb with its object pronoun after the counted phrase: "11 رجلا اختطفهم التنظيم"
    # ("أسرهم" is also "their families": not listed)
    **dict.fromkeys(("اختطفهم", "خطفهم"), "captured"),
    # ... its feminine subject (an armed group, "حركة"، "جماعة") and feminine object:
    # "سبع فتيات اختطفتهن الحركة"
    **dict.fromkeys(("اختطفتهم", "اختطفتهن", "اختطفهن", "خطفتهم", "خطفتهن", "خطفهن"),
                    "captured"),
    **dict.fromkeys(("قتلهم", "أعدمهم"), "killed"),
    **dict.fromkeys(("اعتقلهم",), "arrested"),
    # held, the holder after the verb: "6 أشخاص تحتجزهم الشرطة" (captured when the holder
    # is an armed group: see ARMED_HOLDERS)
    **dict.fromkeys(("تحتجزهم", "يحتجزهم", "احتجزهم", "احتجزتهم"), "arrested"),
    **HELD_THEM_AFTER,
    **dict.fromkeys(("نزحوا", "فروا", "هجروا", "شردوا", "لجأوا", "لجؤوا"), "displaced"),
    # families and households take a feminine singular verb: "2,300 أسرة نزحت"
    # and families that left their homes fled them: "عشرات العائلات غادرت البلدة"
    **dict.fromkeys(("نزحت", "فرت", "غادرت", "هجرت"), "displaced"),
    # women counted alone take the feminine plural: "آلاف النساء نزحن" (not "لجأن":
    # folded it is "لجان", committees, a body after a part's "من" — "ثلاثة من أعضاء لجان
    # التسوية" among the dead are members, no one who took refuge)
    **dict.fromkeys(("نزحن", "فررن", "هجرن", "شردن"), "displaced"),
    **dict.fromkeys(("فقدوا", *SUBJECT_FIRST_MISSING), "missing"),
    # (round ar160) vanishing after the counted: "140 رجلا اختفوا بعد احتجازهم"
    **dict.fromkeys(("اختفوا", "اختفيا", "اختفتا", "اختفين"), "missing"),
    **dict.fromkeys(SUBJECT_FIRST_CAPTURED, "captured"),
    **dict.fromkeys((*SUBJECT_FIRST_FLED, *HOUSEHOLDS_LEFT, *PEOPLE_LEAVING_VERBS,
                     *PEOPLE_CROSSING_VERBS, *HOUSEHOLDS_FLEEING, *PEOPLE_FLEEING_PRESENT,
                     *PEOPLE_LEFT_IT), "displaced"),
    # "تعرض 3 صحفيين للاعتقال": subjected to an outcome, its masdar with ل
    **dict.fromkeys(("للاعتقال", "للتوقيف", "للاحتجاز"), "arrested"),
    **dict.fromkeys(("للخطف", "للاختطاف"), "captured"),
    **dict.fromkeys(("للإصابة",), "wounded"),
    # forced to flee: "اضطر 5 آلاف شخص إلى النزوح", "أجبر القتال 200 عائلة على النزوح"
    **dict.fromkeys(("النزوح", "الفرار"), "displaced"),
}

# "Of them" between a count and a state noun: "لا يزال 9 منهم محتجزين"، "3 منهم مفقودون"
# (the state of part of the people counted before).
OF_THEM: tuple[str, ...] = ("منهم", "منهن", "منهما")
# Being held says no more than that: after an abduction the held are still captives
# ("واختطف 14 آخرون، لا يزال 9 منهم محتجزين"), after an arrest they are detainees.
# One held, as the subject of a death after "إن"/"أن" ("أن أسيرا من جنين توفي في سجن
# النقب"): a death in custody, killed; otherwise these name the held, not a count.
HELD_SUBJECTS: tuple[str, ...] = ("أسيرا", "معتقلا", "محتجزا")
# ... and a woman held, a person noun of her own ("إن أسيرة من الخليل توفيت"): the same
# death in custody, and no other outcome ("أسيرة ... أصيبت بجروح" stays unread, as the man)
HELD_SUBJECTS_FEMININE: tuple[str, ...] = ("أسيرة", "معتقلة", "محتجزة")
HELD_NOUNS: tuple[str, ...] = ("محتجز", "محتجزا", "محتجزين", "محتجزون", "محتجزة",
                               "محتجزات")

# Held by an armed group is captured, as the corpus README counts a kidnapping or a hostage
# ("4 جنود تحتجزهم الجماعة"، "12 من المحتجزين لدى الفصيل"); held by the police, the
# authorities or a prison stays arrested. The held word, then "لدى" and the holder, or
# the held verb and its subject.
HELD_WORDS: tuple[str, ...] = (*HELD_NOUNS, "المحتجز", "المحتجزين", "المحتجزون",
                               "المحتجزة", "المحتجزات")
HELD_VERBS: tuple[str, ...] = ("تحتجزهم", "يحتجزهم", "احتجزهم", "احتجزتهم", "احتجز",
                               "احتجزت", "احتجاز", "يحتجز", "تحتجز", "يحتجزون")
ARMED_HOLDERS: tuple[str, ...] = (
    "الجماعة", "جماعة", "التنظيم", "تنظيم", "الفصيل", "فصيل", "الفصائل", "فصائل",
    "الميليشيا", "ميليشيا", "الميليشيات", "ميليشيات", "المليشيا", "مليشيا", "المسلحين",
    "المسلحون", "مسلحين", "مسلحون", "الحوثيين", "الحوثيون", "المتمردين", "المتمردون",
    "الخاطفين", "الخاطفون", "الحركة", "حركة", "المجموعة", "مجموعة", "داعش",
    # gangs of smugglers and kidnappers: "مهاجرين محتجزين لدى عصابة تهريب"
    "عصابة", "العصابة", "عصابات", "العصابات",
)
# Armed groups counted two or more at a time, "one of" which holds the men of another
# ("احتجزت إحدى المجموعتين ثلاثة من عناصر الأخرى"، "أحد الفصائل"): "one" of them counts a
# group, never a person, and the holding it does is a capture.
ARMED_GROUPS_OF_ONE: tuple[str, ...] = (
    "المجموعتين", "المجموعتان", "الجماعتين", "الجماعتان", "الفصيلين", "الفصيلان",
    "التنظيمين", "التنظيمان", "الحركتين", "الحركتان", "العصابتين", "العصابتان",
    "الكتيبتين", "الكتيبتان", "العشيرتين", "العشيرتان", "القبيلتين", "القبيلتان",
    "الفصائل", "الجماعات", "المجموعات", "التنظيمات", "الميليشيات", "العصابات", "الكتائب",
    # (round ar145) clans, tribes, parties and sides: "إحدى العشيرتين أطلقت سراح سبعة
    # رجال"، "أفرج أحد الطرفين عن خمسة محتجزين"
    "العشائر", "القبائل", "الحزبين", "الحزبان", "الأحزاب", "الطرفين", "الطرفان", "الأطراف",
    # (round ar153) and in construct with a place, where the people counted come from
    # ("سبعة شبان من إحدى عشائر المدينة"، "من إحدى فصائل المعارضة")
    "عشائر", "قبائل", "فصائل", "جماعات", "مجموعات", "ميليشيات", "عصابات", "كتائب",
)
# A held verb in the singular ("تحتجز"، "احتجزت") whose subject, right before it, is an
# armed holder: "الحركة ما زالت تحتجز 20 امرأة"، "قوات الدعم السريع تحتجز 14 آخرين".
HELD_SINGULAR_VERBS: tuple[str, ...] = ("تحتجز", "يحتجز", "احتجزت", "احتجز")
# Armed holders named by two words, the last two of the subject: a paramilitary force
# whose holding the sets count as a capture, as any armed group's.
ARMED_HOLDER_NAMES: tuple[tuple[str, str], ...] = (("الدعم", "السريع"),)
# An armed group named by its kind in construct with its own name, one or two words after
# it ("حركة الشباب تحتجز"، "جماعة أنصار الدين تحتجز"، "ميليشيا الكرامة تحتجز"): the kind
# decides the holding as the kind alone does.
ARMED_HOLDER_HEADS: tuple[str, ...] = ("حركة", "جماعة", "تنظيم", "ميليشيا", "مليشيا", "فصيل",
                                       "عصابة", "مجموعة", "كتائب", "ألوية", "سرايا",
                                       # (round ar181) a named battalion, a militia's
                                       # unit: "محتجزين لدى كتيبة درع الواحات"
                                       "كتيبة")
# Leading away is holding, and the same kind decides it: "اقتاد المسلحون 3 شبان" is a
# capture, "اقتادت دورية الشرطة 3 شبان" an arrest. The captor named between the verb and
# the count is read as the holder after "احتجز" is (an armed holder, or a plural of doers
# as "مجهولون"، "مستوطنون" that wound after "أصاب"); with none named, the count right
# after the verb, the captor is an earlier clause's and leading away stays a capture.
LEADING_AWAY_VERBS: tuple[str, ...] = ("اقتاد", "اقتادت", "يقتاد", "تقتاد")
# The captor's kind decides, and copy on a siege often names no captor in the sentence:
# people "still held inside" a building ("ما زالوا محتجزين داخل الفندق"، "داخل مبنى
# البنك") or held "as hostages" are captives; held inside a place of state custody
# ("داخل السجن"، "داخل مراكز الاحتجاز"، "داخل قسم الشرطة") they stay detainees.
HELD_INSIDE: tuple[str, ...] = ("داخل", "بداخل")
HELD_AS_HOSTAGES: tuple[str, ...] = ("كرهائن", "رهائن", "كرهينة")
CUSTODY_PLACES: tuple[str, ...] = (
    "سجن", "السجن", "سجون", "السجون", "مركز", "مراكز", "المركز", "المراكز", "معتقل",
    "المعتقل", "معتقلات", "المعتقلات", "زنزانة", "الزنزانة", "زنازين", "الزنازين", "قسم",
    "أقسام", "مخفر", "المخفر", "مخافر", "المخافر", "سجنه", "مقر", "مقرات", "ثكنة",
    "الثكنة", "فرع", "الفرع", "مديرية", "إصلاحية", "الإصلاحية",
)
# A state's tally of the prisoners in its jails ("عدد الأسرى في سجون الاحتلال بلغ نحو 4,700
# أسير، بينهم 31 أسيرة"): people held by a state are detainees, however the tally names them
# ("أسير" alone is a captive of armed men); the count and its sub-groups are arrested.
PRISONER_TALLY_HEADS: tuple[str, ...] = ("عدد", "وعدد")
PRISONER_TALLY_NOUNS: tuple[str, ...] = ("الأسرى", "الأسيرات", "المعتقلين", "المعتقلات",
                                         "السجناء", "المحتجزين")
# Jails proper, a narrower set than CUSTODY_PLACES (a headquarters or a barracks is also
# where fighters are taken in battle): prisoners said to be in them right before their count
# ("يقبع في سجون الاحتلال نحو 7 آلاف أسير") are a state's detainees, as in its tally.
JAILS: tuple[str, ...] = ("سجن", "السجن", "سجون", "السجون", "معتقلات", "المعتقلات",
                          "زنازين", "الزنازين")
# The dual of "إصابة" counts people only as a sub-group of a toll of injuries ("7 إصابات،
# بينها إصابتان بالرصاص الحي"); alone it is as often two cases of a disease.
INJURY_DUALS: tuple[str, ...] = ("إصابتان", "إصابتين")
# Households: only they make leaving ("غادرت") or abandoning ("هجرت") after their count a
# flight; "3 سفن غادرت الميناء" and "30 صحفية غادرت القطاع" are departures.
HOUSEHOLD_NOUNS: tuple[str, ...] = ("عائلة", "عائلات", "العائلات", "أسرة", "أسر", "الأسر",
                                    "عوائل", "العوائل")
# The inhabitants of a place, counted after a verb that is also a word for things
# ("وفر مئات السكان من الأحياء الشرقية": fled, and "provided" with a thing after it):
# residents are people, as households are, so the verb is the flight.
INHABITANT_NOUNS: tuple[str, ...] = ("سكان", "السكان", "أهالي", "الأهالي")
# Two households and the displaced adjective agreeing with them ("كان يؤوي عائلتين
# نازحتين"، "تقيم فيه أسرتان مهجرتان"): two displaced families, as "3 عائلات نازحة" is
# three; the adjective is needed (two families alone are no figure).
HOUSEHOLD_DUALS: tuple[str, ...] = ("عائلتان", "عائلتين", "أسرتان", "أسرتين")
DISPLACED_DUAL_ADJECTIVES: tuple[str, ...] = ("نازحتان", "نازحتين", "مهجرتان", "مهجرتين")
# ... or the dual verb of flight agreeing with them, the relative clause that tells who
# they are ("كان يؤوي عائلتين نزحتا من بلدة حدودية"): the verb says what the adjective
# says, and the group is the families alone.
DISPLACED_DUAL_VERBS: tuple[str, ...] = ("نزحتا", "لجأتا", "فرتا", "هجرتا")
# ... and one household, with no count before it ("على منزل يؤوي عائلة نازحة"، "كان يؤوي
# عائلة نزحت من الحي الشرقي"): one displaced family, as two are with the dual. Not after a
# word that makes it any or each one ("لكل عائلة نازحة"، "أي عائلة نزحت").
HOUSEHOLD_SINGULARS: tuple[str, ...] = ("عائلة", "أسرة")
DISPLACED_SINGULAR_WORDS: tuple[str, ...] = ("نازحة", "مهجرة", "نزحت", "فرت", "لجأت",
                                             # (round ar120) "يؤوي عائلة تنزح من الحي"
                                             "تنزح", "تفر", "تلجأ")
ANY_OR_EACH_WORDS: tuple[str, ...] = ("كل", "لكل", "وكل", "بكل", "أي", "لأي", "وأي", "أول",
                                     "آخر")
LEAVING_VERBS: tuple[str, ...] = ("غادرت", "هجرت", *HOUSEHOLDS_LEFT, *PEOPLE_LEAVING_VERBS,
                                 *PEOPLE_CROSSING_VERBS, *HOUSEHOLDS_FLEEING, *PEOPLE_LEFT_IT)
# Leaving told with "ترك" ("آلاف العائلات تركت منازلها"، "عشرين أسرة على الأقل تركت
# منازلها"): a flight only with the homes or the village left as its object, which the verb
# of leaving needs (it also leaves a job, a trace or a gap); only after households, as
# "غادرت" is read.
LEFT_HOMES_VERBS: tuple[str, ...] = ("تركت", "وتركت")
# Made to leave their homes, the masdar after "على"/"إلى" of being forced ("أجبرت المعارك
# نحو 20 ألف شخص على ترك منازلهم"، "اضطر 300 شخص إلى مغادرة بيوتهم"): a flight, as "على
# النزوح" is; the homes must be the people's own (leaving a job or a trade says nothing:
# "الى هجر الزراعة"). Families take the feminine singular ("أجبر 200 عائلة على مغادرة
# منازلها"); and the place they live in, their village, neighbourhood, town or camp, named
# by the people's pronoun or the article of the one the report is about, is left as their
# homes are ("دفع القصف نحو 25 عائلة إلى مغادرة القرية"، "على مغادرة أحيائها الجنوبية").
LEAVING_MASDARS: tuple[str, ...] = ("ترك", "مغادرة", "هجر", "هجرة")
DWELLINGS_LEFT: tuple[str, ...] = (
    "القرية", "قريتهم", "قريتها", "قراهم", "قراها", "الحي", "حيهم", "حيها", "أحيائهم",
    "أحيائها", "البلدة", "بلدتهم", "بلدتها", "بلداتهم", "بلداتها", "المخيم", "مخيمهم",
    "مخيمها")
HOMES_LEFT: tuple[str, ...] = ("منازلهم", "منازلهن", "بيوتهم", "بيوتهن", "ديارهم", "ديارهن",
                               "مساكنهم", "مساكنهن", "منازلها", "بيوتها", "ديارها",
                               "مساكنها", *DWELLINGS_LEFT,
                               # (round ar163) the areas, lands and tents people live on
                               # ("أجبرت الهجمات 120 أسرة على مغادرة أراضيها"، "اضطرت 40
                               # عائلة إلى ترك خيامها"، "إلى مغادرة مناطقها")
                               "مناطقهم", "مناطقها", "أراضيهم", "أراضيها", "خيامهم",
                               "خيامها")
# Freeing people who were held says their holders were captors, not the state: "تحرير 40
# مهاجرا كانوا محتجزين في مخزن" (released from prison is "أفرج عن", and stays arrested).
FREEING_WORDS: tuple[str, ...] = ("تحرير", "حرر", "حررت", "بتحرير", "يحرر", "تحرر")
# The verbal nouns of a deal over detainees, their count its object: "تبادل نحو 1,200
# محتجز"، "إطلاق 300 معتقل من الطرفين" count the people a deal would free, not an arrest
# (a release on its own is no figure). Captives taken in battle ("9 أسرى") keep their
# count by their own word.
DEAL_NOUNS: tuple[str, ...] = ("تبادل", "لتبادل", "بتبادل", "إطلاق", "لإطلاق", "بإطلاق")

# A count in a state after it: "ووقع 5 جنود في الأسر", "ولا يزال 7 صيادين في الأسر" (the
# word after "في"; "الأسر" is also "the families", but not after a counted person noun).
STATE_AFTER_FI: dict[str, str] = {"الأسر": "captured"}
# Before a count whose partitive group a held state follows ("بالإفراج عن ثلاثة من أعضائها
# معتقلين منذ أشهر"، "إن ثلاثة من أبناء القرية مختطفون"): the count is the object of a
# preposition or the subject after a complementizer, so the indefinite state noun after its
# definite group is the state it is in (a circumstantial accusative, or the predicate), not a
# verb's object ("زار ثلاثة من أعضائها معتقلين": the visitors are no figure).
HELD_STATE_COUNT_BEFORE: tuple[str, ...] = ("عن", "على", "إلى", "إن", "أن", "وأن", "وإن",
                                            "بأن")

# "Still" before a state noun after the counted phrase: "30 من أبناء المدينة ما زالوا
# مختطفين", "5 صيادين لا يزالون مفقودين" (the outcome noun is the predicate).
STILL_VERBS: tuple[str, ...] = ("زال", "زالوا", "زالت", "زلن", "يزال", "يزالون", "تزال",
                                "يزالان", "تزالان")
# "Still" in the dual, after two counted ("شخصين لا يزالان في عداد المفقودين"، "جنديين ما
# زالا مفقودين"): the state noun after it is the two's outcome.
DUAL_STILL_VERBS: tuple[str, ...] = ("زالا", "زالتا", "يزالان", "تزالان")
# The idiom "in the number of" before a state noun ("في عداد المفقودين").
IN_THE_COUNT_OF: tuple[str, str] = ("في", "عداد")
# Outcomes a plural noun right after two counted gives as their adjective ("عن شخصين
# مفقودين"): being missing is a state the noun describes. (A verb's object or a toll of
# killed and wounded uses other words: "قتلوا جنديين".)
DUAL_ADJECTIVE_OUTCOMES: tuple[str, ...] = ("missing",)
# Verbs of becoming before a state noun after the counted phrase: "300 شخص باتوا
# نازحين", "أصبحوا مفقودين" (the noun is the predicate, as after "still").
BECOMING_VERBS: tuple[str, ...] = ("باتوا", "أصبحوا", "صاروا", "أضحوا", "بتن", "أصبحن")
# Verbs of falling or being carried whose plural or dual subject, counted before them, ends
# in the state an indefinite outcome noun right after them names ("ثلاثة جنود سقطوا قتلى"،
# "نحو 30 جنديا نقلوا جرحى إلى المستشفى"): that noun is the count's outcome. A definite
# noun after them is an object ("نقلوا الجرحى": they carried the wounded).
# Dual verbs after the counted phrase that also spell a plural noun ("أسرا"، a misspelt
# "families"): read only after a dual or plural word ("اثنين آخرين أسرا"، "جنديين أسرا"),
# never right after a number ("40 أسرا نازحة").
DUAL_VERBS_AFTER_PEOPLE: tuple[str, ...] = ("أسرا",)
FALLEN_AS_VERBS: tuple[str, ...] = (
    "سقطوا", "سقطا", "وقعوا", "وقعا", "ارتقوا", "ارتقيا", "نقلوا", "نقلا")
# The state a single person is still in ("إن فتاة ما زالت مفقودة"، "أن طفلا ما زال
# مختطفا"), after a singular "still" verb of the person's gender.
STILL_SINGULAR_STATES: dict[str, str] = {
    **dict.fromkeys(("مفقودا", "مفقودة", "مفقود"), "missing"),
    **dict.fromkeys(("مختطفا", "مختطفة", "مختطف", "مخطوفا", "مخطوفة"), "captured"),
}
# A search for one missing person ("ما زالت تبحث عن طفلة مفقودة"، "تبحث عن مفقود تحت
# الأنقاض"): the one sought is one missing, named by a person noun with the adjective of
# its gender or by the bare noun. The words of searching, the preposition of what is
# sought, and the adjective by gender (after "عن" it is genitive).
SEARCH_WORDS: tuple[str, ...] = ("تبحث", "يبحث", "يبحثون", "تبحثان", "يبحثان", "البحث",
                                 "بحث", "بحثا", "للبحث", "والبحث")
SOUGHT_PREPOSITIONS: tuple[str, ...] = ("عن",)
MISSING_ADJECTIVE_MASCULINE: str = "مفقود"
MISSING_ADJECTIVE_FEMININE: str = "مفقودة"
# People sought and believed under the rubble ("تبحث عن خمسة أشخاص يعتقد انهم تحت أنقاض
# المنزل"، "البحث ما يزال جاريا عن شخصين يعتقد انهما تحت الركام"): the search and the
# belief say they are not found, so the count is of the missing, as "مفقودين" would say.
# How many words may tell the search's state between it and "عن" ("ما يزال جاريا"), and
# the nouns of rubble after "تحت".
SEARCH_STATE_MAX_WORDS: int = 3
UNDER_WORD: str = "تحت"
RUBBLE_NOUNS: tuple[str, ...] = ("أنقاض", "الأنقاض", "الركام", "ركام")
# Remains said to belong to people ("الرفات تعود لـ21 رجلا"): the remains, definite, and
# the verbs of belonging.
DEFINITE_REMAINS: tuple[str, ...] = ("الرفات", "الجثث", "الجثامين", "الأشلاء", "العظام")
BELONGING_VERBS: tuple[str, ...] = ("تعود", "يعود", "تعودان", "يعودان")
# A lone indefinite outcome noun after the noun of falling counts one ("سقوط شهيد",
# "ارتقاء شهيد", "وقوع قتيل"); "سقوط قتيل وجريح" shares one and counts nobody.
# Verbs of treating the hurt ("نقلت الفرق 23 جريحا وعالجت 22 آخرين ميدانيا"، "وأسعف 10
# آخرون في المكان"): with "others" after the count they count more of the wounded just
# named; with a noun they leave it to say who (a sick "مريضا" is no casualty).
TREATING_VERBS: tuple[str, ...] = (
    "عالج", "عالجت", "عالجوا", "أسعف", "أسعفت", "أسعفوا", "تعالج", "يعالج",
    # the passive, the treated its subject after it ("فيما عولج 15 آخرون من استنشاق الغاز")
    "عولج", "عولجت",
)
FALL_WORDS: tuple[str, ...] = ("سقوط", "وقوع", "ارتقاء")
SINGULAR_OUTCOME_NOUNS: dict[str, str] = {
    **dict.fromkeys(("قتيل", "شهيد"), "killed"),
    **dict.fromkeys(("جريح", "مصاب"), "wounded"),
    # counted by "واحد" after them: "البحث جار عن مفقود واحد"
    "مفقود": "missing", "أسير": "captured", "مختطف": "captured",
    # a body found, counted by "واحدة" after it: "لم تعثر إلا على جثة واحدة" (killed, as
    # "جثث" is; a body with its person after it, "جثة طفل", is read from the person)
    "جثة": "killed", "جثمان": "killed",
}
# Verbs of dying: before the wounded ("وتوفي جريحان متأثرين بجروحهما", "توفي 3 من
# الجرحى") they make the figure a death, not an injury.
DEATH_VERBS: tuple[str, ...] = ("توفي", "توفيت", "توفوا", "توفى", "استشهد", "استشهدت",
                                "قضى", "مات", "ماتت",
                                # "وفارق 3 جرحى الحياة" (parted from life)
                                "فارق", "فارقت", "فارقوا",
                                # the masdar: "بعد وفاة اثنين من المصابين"
                                "وفاة")
# The death of some of the wounded, told after them ("أربعة من الجرحى توفوا"، "اثنان من
# المصابين توفيا"): the plural and dual of dying, which a partitive count agrees with.
DIED_AFTER_PARTITIVE: tuple[str, ...] = ("توفوا", "توفيا", "توفيتا", "توفين", "ماتوا",
                                         "ماتا", "متن", "استشهدوا", "استشهدا")
# The death of one of the wounded, told after him ("أن أحد الجرحى توفي متأثرا بجروحه"):
# the singular of dying, which "أحد" and "إحدى" agree with.
DIED_AFTER_ONE: tuple[str, ...] = ("توفي", "توفى", "توفيت", "مات", "ماتت", "استشهد",
                                   "استشهدت")
# Parting from life after the counted phrase ("الطفلين فارقا الحياة"): a death only with
# "الحياة" after the verb ("فارق" alone is also "differed").
PARTING_VERBS: tuple[str, ...] = ("فارق", "فارقت", "فارقا", "فارقتا", "فارقوا", "فارقن")
LIFE_WORDS: tuple[str, ...] = ("الحياة",)
# A rate is no count of people ("ويقتل 3 مدنيين يوميا"، "نزوح 500 شخص أسبوعيا"، "بمعدل 3
# قتلى"): an average over a period, like a proportion, names no one harmed. After the
# counted phrase: an adverb of frequency, or "كل" and a unit of time; before the count:
# "at a rate of".
RATE_ADVERBS: tuple[str, ...] = ("يوميا", "أسبوعيا", "شهريا", "سنويا", "يومياً", "أسبوعياً",
                                 "شهرياً", "سنوياً")
RATE_UNITS: tuple[str, ...] = ("يوم", "أسبوع", "شهر", "عام", "سنة", "ساعة")
RATE_BEFORE: tuple[str, ...] = ("بمعدل", "معدل", "بمتوسط", "متوسط")
# Losing one's life is a death ("5 أشخاص فقدوا حياتهم"، "وفقد 5 أشخاص أرواحهم"); losing
# anything else of one's own is no outcome ("فقدوا منازلهم"، "فقدت 300 عائلة مصادر
# رزقها"): the object, with the pronoun of the people counted, tells the verb "lost" from
# the passive "went missing" ("5 صيادين فقدوا قبالة السواحل").
LOST_LIVES: tuple[str, ...] = ("حياته", "حياتها", "حياتهم", "حياتهما", "حياتهن", "أرواحهم",
                               "أرواحهن", "روحه", "روحها", "أرواحهما")
LOST_VERBS: tuple[str, ...] = ("فقد", "فقدت", "فقدوا", "فقدا", "فقدتا", "فقدن")
# Prepositions and adverbs of time and place that may follow a verb of losing used of
# people ("فقدوا خلال رحلتهم"، "فقد أثناء عودته"): not the head of a lost thing's
# construct ("فقدوا مصدر رزقهم").
LOST_NOT_HEADS: tuple[str, ...] = ("خلال", "أثناء", "اثناء", "إثر", "اثر", "بعد", "قبل",
                                   "منذ", "عند", "قرب", "داخل", "خارج", "بين", "مع", "عن",
                                   "على", "في", "من", "إلى", "الى", "لدى", "عقب", "طوال",
                                   "برفقة", "رفقة")
# What people lose that is no part of them, a definite object of the verb: "فقدوا الاتصال
# بذويهم"، "فقد الأمل"، "فقدت السيطرة على الحي" (lost touch, hope, control): nobody went
# missing. A definite time word after the passive stays ("فقدوا الليلة الماضية").
LOST_ABSTRACTS: tuple[str, ...] = ("الاتصال", "التواصل", "الأمل", "السيطرة", "الثقة",
                                   "القدرة", "الوعي", "الأثر")
# Verbs of aiming an attack at someone, whose object's fate a result clause tells
# ("استهدفوا امرأة حاملا في الحي، ما أدى إلى مقتلها"، "قنص القناصة شابا، ما أدى إلى
# إصابته"): the one targeted is counted by that outcome.
TARGETING_VERBS: tuple[str, ...] = ("استهدف", "استهدفت", "استهدفوا", "استهدفا", "قنص",
                                    "قنصت", "قنصوا", "طعن", "طعنت", "طعنوا", "دهس", "دهست",
                                    "دهسوا")
# The result clause's verbs and the outcome's verbal noun with the one's pronoun.
RESULT_VERBS: tuple[str, ...] = ("أدى", "أدت", "أسفر", "أسفرت")
OWN_OUTCOMES: dict[str, str] = {
    **dict.fromkeys(("مقتله", "مقتلها", "استشهاده", "استشهادها", "وفاته", "وفاتها"),
                    "killed"),
    **dict.fromkeys(("إصابته", "إصابتها"), "wounded"),
}
# Prepositions with a pronoun, which end like a possessed object ("فقد 5 منهم")
PRONOUN_PREPOSITIONS: tuple[str, ...] = (
    "منهم", "منهن", "منهما", "بينهم", "بينهن", "بينهما", "عنهم", "عنهن", "لهم", "لهن", "لهما",
    "عليهم", "عليهن", "فيهم", "معهم", "معهن", "لديهم", "إليهم", "بهم", "بهن")
# "لقي 4 أشخاص مصرعهم": لقي counts only with one of these nouns after it.
DEATH_OBJECTS: tuple[str, ...] = ("مصرعه", "مصرعها", "مصرعهم", "مصرعهما", "حتفه", "حتفهم",
                                  "حتفها", "حتفهما", "مصرعهن",
                                  # (round ar184) women counted: "لقيت ثلاث عاملات حتفهن"
                                  "حتفهن", *FALLEN_ONE_STATES,
                                  *FALLEN_TWO_STATES)
LAQIYA: tuple[str, ...] = ("لقي", "لقيت", "لقوا", "لقيا", *FALLEN_ONE_VERBS)
# The plural of those nouns: "لقي ضابط وثلاثة من حراسه مصرعهم" tells several people
# joined as the verb's subject, each item a figure of its own.
PLURAL_DEATH_OBJECTS: tuple[str, ...] = ("مصرعهم", "حتفهم", "مصرعهن", "حتفهن")

# A bomber who blows him/herself up: "فجر اثنان منهما نفسيهما".
SELF_BLAST_VERBS: tuple[str, ...] = ("فجر", "فجرت", "فجروا", "فجرا")
SELF_WORDS: tuple[str, ...] = ("نفسه", "نفسها", "نفسيهما", "أنفسهم", "نفسيهم")
# A single bomber told before the blast: "إن مهاجما يقود سيارة محملة بالمتفجرات فجر نفسه"
# (the singular verb and pronoun). The words between describe him; a clause opener, a
# comma or another person first means the blast is someone else's.
SINGLE_SELF_BLAST_VERBS: tuple[str, ...] = ("فجر", "فجرت")
SINGLE_SELF_WORDS: tuple[str, ...] = ("نفسه", "نفسها")
SINGLE_BLAST_MAX_WORDS = 6
# A headline tells the past event in the present ("انتحاري يفجر نفسه في ..."): the
# present verb counts only right after the noun, as a headline puts it; further on it
# may be an intent ("مسلحا هدد بأن يفجر نفسه").
SINGLE_SELF_BLAST_PRESENT: tuple[str, ...] = ("يفجر", "تفجر")
# The blast as the last of the bomber's coordinated acts ("انتحاريا ... دخل خيمة العزاء
# مساء امس وفجر نفسه"): each act brings its own object and time, so the chain is longer.
SINGLE_BLAST_CHAIN_MAX_WORDS = 10
BLAST_CLAUSE_OPENERS: tuple[str, ...] = ("عندما", "حين", "حينما", "بعدما", "لما", "بينما",
                                         "فيما", "قبل", "بعد", "أن", "إن", "الذي", "التي")
# A time before the publication between a verb and its count ("خطفوا قبل يومين أربعة
# رعاة"، "اعتقلت قبل أسبوع ثلاثة شبان"): "قبل", a count if any, the unit; passed over whole.
AGO_BEFORE_COUNT: tuple[str, ...] = ("قبل",)
AGO_TIME_UNITS: tuple[str, ...] = ("يومين", "أسبوعين", "شهرين", "ساعتين", "يوم", "أسبوع",
                                   "شهر", "أيام", "أسابيع", "أشهر", "ساعات", "ساعة", "يوما")

# A death sentence is not a killing: "قضت المحكمة بإعدام خمسة", "حكما بالإعدام على
# ثلاثة". An execution word with one of these verdict words shortly before it counts
# nobody; "أعدم التنظيم 5 أشخاص" (no verdict) still does.
EXECUTION_WORDS: tuple[str, ...] = ("إعدام", "الإعدام")
VERDICT_WORDS: tuple[str, ...] = (
    "قضت", "قضى", "تقضي", "يقضي", "حكمت", "حكم", "حكما", "الحكم", "أحكام", "أحكاما",
    "أصدرت", "أصدر", "أيدت", "أيد", "صادقت", "صادق", "محكمة", "المحكمة",
)

# "وأصيب ثالث", "واعتقل آخر": one more person after a figure of the same sentence
# (an ordinal or "another" standing alone as the subject or object of the outcome verb).
# The accusative, as the object of an active verb ("قتلوا ثلاثة رعاة واختطفوا رابعا"),
# is the same person.
ONE_MORE_WORDS: tuple[str, ...] = ("آخر", "أخرى", "ثالث", "ثالثة", "رابع", "رابعة",
                                   "خامس", "خامسة", "سادس", "سادسة", "ثالثا", "رابعا",
                                   "خامسا", "سادسا")

# Toll phrases: "عدد القتلى ... ارتفع إلى 7", "حصيلة القتلى بلغت 30".
TOLL_WORDS: tuple[str, ...] = ("عدد", "حصيلة", *TOLL_PLURALS)
# Where the people a toll counts are, as one adverb between them and an estimate ("عدد
# النازحين داخليا بنحو مليون"، "عدد اللاجئين خارجيا").
TOLL_ADVERBS: tuple[str, ...] = ("داخليا", "خارجيا", "محليا")
# ... or as a phrase of place, time or cause ("عدد النازحين داخل السودان بأكثر من 10
# ملايين"، "عدد القتلى في المدينة بنحو 400"، "عدد النازحين منذ بدء الحرب بأكثر من"):
# the preposition that opens it.
TOLL_PLACE_PREPS: tuple[str, ...] = ("في", "داخل", "خارج", "جراء", "بسبب", "منذ", "خلال",
                                     "من", "بين")
# How many words a phrase of place, time or cause may take after a toll's noun whose
# figure is the predicate of its nominal clause ("ان عدد القتلى في الهجوم ثلاثة").
PREDICATE_TOLL_MAX_WORDS: int = 4
# The relatives of people, after a toll's noun ("عدد المسعفين الذين قتلوا ... ارتفع إلى
# 31"): the clause's outcome verb is the toll's outcome.
PEOPLE_RELATIVES: tuple[str, ...] = ("الذين", "اللذين", "اللذان", "اللواتي", "اللاتي",
                                     "اللتين", "اللتان")
# Nouns that name the dead only inside a toll ("حصيلة ضحايا التفجير إلى 45"): alone
# "ضحايا" may count the wounded too, so it is not an outcome noun.
TOLL_NOUNS: dict[str, str] = dict.fromkeys((
    "ضحايا", "الضحايا",
    # (round ar183) the deceased, as health officials name the dead of a poisoning or a
    # leak ("وإن بين المتوفين ثلاثة أطفال"، "ارتفع عدد المتوفين إلى سبعة")
    "المتوفين", "المتوفون",
), "killed")
# Those who fled, counted only inside a toll ("بلغ عدد الفارين من ولاية الخرطوم ... أكثر من
# 700 ألف شخص"، "قدرت ... عدد الفارين بنحو 4 آلاف شخص"): the displaced. Alone the word also
# names escaped prisoners, and a toll of those who fled a jail (JAILS between the noun and
# its figure, "عدد الفارين من السجن") is none.
FLED_TOLL_NOUNS: dict[str, str] = dict.fromkeys(("الفارين",), "displaced")
# A toll with no outcome of its own, revised to a bare number ("انتشال 6 جثث إضافية،
# لترتفع الحصيلة إلى 43"): it is the toll an earlier figure of the report gave, and takes
# that figure's outcome. Only the definite word, which points back to a toll already named.
BARE_TOLLS: tuple[str, ...] = ("الحصيلة",)
# A headline's rise of the dead with no toll word ("ارتفاع قتلى اشتباكات كسلا الى 9"): the
# verbal noun or verb of rising right before an indefinite outcome plural in construct
# (the dead of the clashes) stands for "عدد", and the figure after "إلى" is the toll.
RISE_WORDS: tuple[str, ...] = ("ارتفاع", "ارتفع", "ارتفعت", "يرتفع", "ترتفع")
TOLL_LINKS: tuple[str, ...] = ("إلى", "بلغ", "بلغت", "وصل", "وصلت",
                                # a toll given as a range: "عدد الجرحى يتراوح بين 150 و200"
                                "يتراوح", "تتراوح", "تراوح", "تراوحت",
                                # an estimate: "عدد المفقودين يقدر بنحو 9 آلاف شخص"
                                "يقدر", "تقدر")
# Links that say the toll passed the number ("عدد القتلى تجاوز 1000": more than 1,000),
# in the past, the present and after the hedge "قد" ("الحصيلة قد تتجاوز 20"), with the
# verbs of passing news copy uses beside "تجاوز" ("تخطى", "فاق"); after them a definite
# round number or ten is the count ("تجاوز الألف", "تخطى الخمسين": passed the fifty).
TOLL_EXCEEDING: tuple[str, ...] = ("تجاوز", "تجاوزت", "يتجاوز", "تتجاوز",
                                   "تخطى", "تخطت", "يتخطى", "تتخطى",
                                   "فاق", "فاقت", "يفوق", "تفوق")
TOLL_LINKS += TOLL_EXCEEDING

# "سقطوا بين قتيل وجريح": one number shared by two outcomes is not split.
SHARED_MARKERS: tuple[str, ...] = ("بين قتيل وجريح", "قتلى وجرحى", "قتيل وجريح",
                                   "قتلى ومصابين", "بين قتلى وجرحى")

# Words after which a verb opens its clause ("فيما أسر الجيش اثنين من المهاجمين"): a word
# after them that reads as a verb ("أسر", captured) is one, not a noun ("أسر", families).
VERB_CLAUSE_OPENERS: tuple[str, ...] = ("فيما", "بينما", "كما", "حيث", "وقد", "قد", "فقد", "ثم")
# The complementizer "أن" with its clitics, folded ("أعلن أن 4 قتلوا"، "وبأن"): a clause opens
# after it.
THAT_FORMS_FOLDED: tuple[str, ...] = ("ان", "بان", "وان", "وبان")
# "The last of them", folded, before the one person a toll ends with ("استشهد 85،
# آخرهم ضابط قتل في غارة"): its noun is the subject of the passive verb after it, in the
# nominative, with no complementizer to mark it.
LAST_OF_THEM_FOLDED: tuple[str, ...] = ("اخرهم", "اخرهن", "واخرهم", "واخرهن")
# The verb "كان" with its feminine and its clitics ("وكان 3 جنود قد أصيبوا"): a clause told
# in the past.
WAS_FORMS_FOLDED: tuple[str, ...] = ("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت")
# The prepositions of a place, a time or a cause fronted before the count ("في الهجوم قتل 4"،
# "جراء القصف أصيب 7").
FRONTED_CIRCUMSTANCE_PREPS: tuple[str, ...] = ("في", "خلال", "جراء")
# The verbs of dying ("توفي 3 من المصابين"، "استشهدت امرأة متأثرة بجروحها").
DIED_VERBS: tuple[str, ...] = ("توفي", "توفيت", "توفى", "استشهد", "استشهدت")
# The verb "carried out" with its subjects and "و" ("ونفذت القوات 5 عمليات إعدام"): what
# it counts are acts.
CARRIED_OUT_VERBS: tuple[str, ...] = ("نفذت", "نفذ", "نفذوا", "ونفذت", "ونفذ", "ونفذوا")
# "حتى الموت": to death, after the people it befell ("تعذيب سجين حتى الموت").
DEATH_NOUNS_DEFINITE: tuple[str, ...] = ("الموت", "الوفاة")
# "Their bodies" after a part of a group ("3 منهم ... وعثر على جثثهم"): they were killed.
THEIR_BODIES_WORDS: tuple[str, ...] = ("جثثهم", "جثثهن", "جثامينهم", "جثامينهن")
# The last words of two-word outcome phrases read right before a count, folded ("القضاء
# على"، "فقد أثر").
OUTCOME_PHRASE_TAILS_FOLDED: tuple[str, ...] = ("علي", "اثر")
# Words that cannot be a counted noun after a figure, folded; "ثم" ("إلى 15 ثم إلى 19") goes
# on to the next revision of the toll.
HEAD_BREAK_WORDS: tuple[str, ...] = (
    "في", "علي", "الي", "عن", "مع", "خلال", "جراء", "اثر", "بين", "ثم",
)
# Prepositions, "كان" and "قد" that end the words of a counted group, folded ("5 جنود في
# الهجوم"، "3 مسلحين كانوا ..."، "4 شبان برصاص القناصة").
COUNTED_GROUP_STOPS: tuple[str, ...] = (
    "في", "علي", "الي", "عن", "خلال", "جراء", "اثر", "برصاص", "بين", "كانوا", "كانا", "كان",
    "كن", "قد",
)
# The negations "ما" and "لا" with "و" ("وما زال 3 مفقودين"، "ولا يزال"): with "زال" they mean
# "still".
MA_LA_NEGATIONS: tuple[str, ...] = ("ما", "لا", "وما", "ولا")
# "Were", plural, dual and feminine plural ("كانوا محتجزين"، "كانا مختطفين").
WERE_PLURAL_VERBS: tuple[str, ...] = ("كانوا", "كانا", "كن")
# "Between" or "were" after a count ("3 بين قتيل وجريح"، "5 كانوا محتجزين").
BETWEEN_OR_WERE_WORDS: tuple[str, ...] = ("بين", "كانوا", "كانا", "كن")
# Words that open a state after a count ("3 جرحى في حالة خطرة"، "بحالة حرجة"، or a quote).
STATE_OPENERS: tuple[str, ...] = ("في", "بحالة", '"')
# "To" as the prefix ل or "إلى", folded ("ارتفعت الحصيلة إلى 12"، "لترتفع").
LI_TO_FOLDED: tuple[str, ...] = ("ل", "الي")
# The article, alone or after "و" ("القتلى"، "والجرحى").
AL_PREFIXES: tuple[str, ...] = ("ال", "وال")
# An age in brackets, or "still", after who was hit ("شابا (19 عاما) أصيب"، "ما زال").
AGE_OR_STILL_OPENERS: tuple[str, ...] = ("(", "ما", "لا")
# "Were", dual, with "و" ("وكانا قد أصيبا").
DUAL_WAS_VERBS: tuple[str, ...] = ("كانا", "كانتا", "وكانا", "وكانتا")
# The negations "ما" and "لا" ("ما زالوا مفقودين"، "لا يزال").
MA_LA: tuple[str, ...] = ("ما", "لا")
# (round ar193) Outcome verbs that are passive or intransitive in every reading, glued to
# "و" after a noun-first verb ("ضابط قتل وأصيب جنديان"): the first verb took no object.
# "جرحت"/"قتلت" are left out: "امرأة قتلت وجرحت زوجها" shares one object between two.
JOINED_INTRANSITIVE_VERBS: tuple[str, ...] = (
    "أصيب", "أصيبت", "أصيبا", "أصيبوا", "استشهد", "استشهدت", "استشهدا", "استشهدوا",
    "توفي", "توفيت",
)
# Words that follow a passive outcome verb after its subject: a place, a time or a cause
# ("قتلوا في القصف"، "أصيبوا أمس"، "توفي متأثرا").
PASSIVE_OUTCOME_FOLLOWERS: tuple[str, ...] = (
    "في", "جراء", "إثر", "اثر", "خلال", "أمس", "امس", "اليوم", "صباح", "مساء", "فجر", "ليل",
    "متأثرة", "على", "تحت", "داخل", "قرب", "عندما", "أثناء", "حين", "بعد", "قبل", "مع",
)
# The one-letter clitics ب، ل and و at a word's start ("بالقرب"، "لمدة"، "وقتل").
BI_LI_WA_PREFIXES: tuple[str, ...] = ("ب", "ل", "و")
# "During" and "because of", folded ("خلال الاشتباكات"، "جراء القصف"، "أثناء").
DURING_CAUSE_WORDS: tuple[str, ...] = ("خلال", "جراء", "اثناء")
# The prepositions in alef maqsura, folded ("على"، "حتى"، "لدى"): no adjective.
ALEF_MAQSURA_PREPS_FOLDED: tuple[str, ...] = ("علي", "حتي", "لدي")
# The article and the clitics و، ب، ل and ف at a word's start ("القتلى"، "فقتل").
AL_AND_CLITIC_PREFIXES: tuple[str, ...] = ("ال", "و", "ب", "ل", "ف")
# The endings "وا" (a plural verb, "قتلوا") and "ما" of words in ا that are no accusative
# noun.
WA_MA_ENDINGS: tuple[str, ...] = ("وا", "ما")
# Adverbs that begin with م and end in ا ("مجددا"، "مؤخرا"، "مباشرة"): no noun of a person
# in the accusative.
MA_ADVERBS: tuple[str, ...] = (
    "مجددا", "مؤخرا", "مبكرا", "مسبقا", "مطلقا", "مرارا", "مجانا", "مباشرة", "مساء", "مطولا",
)
# The negations "ما" and "لا" with "و" or "ف" ("ولا تزال فتاة مختطفة"، "فما زال").
MA_LA_NEGATION_FORMS: tuple[str, ...] = ("ما", "لا", "وما", "ولا", "فما", "فلا")
# The verb of "still", past and present, masculine and feminine ("ما زال"، "لا تزال").
STILL_VERB_FORMS: tuple[str, ...] = ("زال", "يزال", "زالت", "تزال")
# The feminine forms of "still" ("ما زالت"، "لا تزال فتاة مفقودة").
FEMININE_STILL_VERBS: tuple[str, ...] = ("زالت", "تزال")
# "From" and "near" ("من البلدة"، "قرب الحدود"): a place follows, no noun of people.
FROM_NEAR_WORDS: tuple[str, ...] = ("من", "قرب")
# The clitics ب، ل and و and the article at a word's start ("بالقرب"، "والقتلى").
BI_LI_WA_AL_PREFIXES: tuple[str, ...] = ("ب", "ل", "و", "ال")

# --- numbers -------------------------------------------------------------------

UNITS: dict[str, int] = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2,
    "اثني": 2, "اثنتا": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5,
    "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "ثمان": 8,
    "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "أحد": 1, "إحدى": 1,
    # "ست" is the one number word of two letters, which the clitic stripper leaves
    # whole after "و" (so that "ول" is not "ل"): "11 طفلا وست نساء" is spelled out
    "وست": 6,
}
TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
HUNDREDS: dict[str, int] = {
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    # the dual in construct drops its ن: "مئتا شخص", "نحو مئتي شخص"
    "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200,
    "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500,
    "خمسمائة": 500, "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700,
    "ثمانمئة": 800, "ثمانمائة": 800, "تسعمئة": 900, "تسعمائة": 900,
}
# Words that multiply the number before them ("350 ألف", "ثلاثة آلاف").
MULTIPLIERS: dict[str, int] = {
    "ألف": 1000, "آلاف": 1000, "ألفا": 1000, "مليون": 1_000_000, "ملايين": 1_000_000,
    "مليونا": 1_000_000, "مليار": 1_000_000_000,
}
# Half of the scale word a number ends on, joined after it: "ستة ملايين ونصف المليون"،
# "مليون ونصف" (one and a half million), "ثلاثة آلاف ونصف الألف"; the scale may be
# repeated after "ونصف", definite or not, and must be the same one.
HALF_WORDS: tuple[str, ...] = ("ونصف",)
HALF_SCALES: dict[str, int] = {
    "ألف": 1000, "الألف": 1000, "مليون": 1_000_000, "المليون": 1_000_000,
    "مليار": 1_000_000_000, "المليار": 1_000_000_000,
}
# Verbs of saying that are also nouns of people ("طالب": demanded, and a student): the
# noun after a count ("18 ألف طالب") or before its feminine joined by "و" ("طالب
# وطالبة"، "طالب وطالبات").
VERBS_ALSO_PEOPLE: tuple[str, ...] = ("طالب",)
# ... or before an indefinite nisba adjective ("أحدهما طالب جامعي،"، "وهو طالب جامعي في
# الحادية والعشرين") that ends its phrase: a comma or a sentence end, or a preposition
# that a construct noun ("طالب أهالي القرية") could not take before its genitive.
NISBA_ENDING = "ي"
AFTER_DESCRIBED_PERSON: tuple[str, ...] = ("في", "من")
# Verbs of mourning ("ينعى متطوعا قتل في قصف"، "ونعت البلدية شابا استشهد أمس"): the
# indefinite one mourned is the subject of the outcome verb right after it, as after "إن".
MOURNING_VERBS: tuple[str, ...] = ("نعى", "نعت", "ينعى", "تنعى", "ونعى", "ونعت")
# How many words the mourner's name and a phrase like "في بيان مقتضب" may take between the
# verb of mourning and the mourned ("ونعت قيادة قوات الحزام الأمني في بيان الجنود الأربعة").
MOURNED_REACH = 9
# Standalone round numbers ("ألف قتيل", "مليون منهم").
ROUND: dict[str, int] = {
    "ألف": 1000, "ألفان": 2000, "ألفين": 2000, "مليون": 1_000_000, "مليونان": 2_000_000,
    "مليونين": 2_000_000,
    # the accusative, as the object or the predicate of a toll: "تجاوز عدد اللاجئين مليونا
    # و300 ألف"، "بلغ عدد النازحين مليونا"
    "مليونا": 1_000_000,
    # (round ar155) and "a thousand", which in construct before the counted is the
    # nominative dual: "نزح ألفا شخص" (two thousand; see ROUND_DUALS_IN_CONSTRUCT)
    "ألفا": 1000,
    # the dual in construct drops its ن: "مليوني شخص", "ألفي نازح"
    "مليوني": 2_000_000, "ألفي": 2000,
}
# The accusative round words that, right before the people counted, are the nominative
# dual in construct ("نزح مليونا شخص"، "نزح ألفا شخص"): twice the word's value.
ROUND_DUALS_IN_CONSTRUCT: tuple[str, ...] = ("مليونا", "ألفا")
# Definite numerals after a noun: "القتلى الثلاثة" (anaphoric repeat of a count).
# (The engine adds the article to UNITS itself.)

# Vague quantifiers -> smallest implied value (README-ar: عشرات = 24 ...).
VAGUE: dict[str, int] = {
    "عشرات": 24, "مئات": 200, "آلاف": 2000, "ملايين": 2_000_000, "بضعة": 2, "بضع": 2,
    "عدة": 3,
}
# "نيف وعشرون", "مئة ونيف": some more than the number (more_than).
ODD_WORDS: tuple[str, ...] = ("نيف", "ونيف", "نيفا", "ونيفا")
# Two-word vague quantifiers ("عدد من", "عدد كبير من").
# The accusative forms ("لأن عددا من الجرحى في حالة حرجة") count the same.
# The plural "numbers" says the same ("قضت على أعداد كبيرة من المسلحين").
VAGUE_PHRASES: dict[str, int] = {"عدد كبير من": 2, "عدد من": 2, "عددا كبيرا من": 2,
                                 "عددا من": 2, "أعداد كبيرة من": 2, "أعدادا كبيرة من": 2}
# The same "number" with a pronoun of people after it ("وقتلت عددا منهم"، "قتلت عددا كبيرا
# منهم"): "منهم" is "من" with its noun folded in, so the partitive stands one word
# shorter; the count ends before the pronoun, as "عشرات منهم" does.
VAGUE_BEFORE_PRONOUN: dict[str, int] = {"عدد": 2, "عددا": 2, "عدد كبير": 2, "عددا كبيرا": 2}
# A past verb after its subject agrees with it in number and gender, so a verb after a
# sub-group is its own only when it does ("بينهم مدنيان أصيبا"، "بينهم قائد أصيب", not
# "بينهم طفل أصيبت والدته"): the dual's "ا" (also "قتلتا"), the plural's "وا" and "ن", the
# feminine singular's "ت", and the feminine noun's folded "ة".
PAST_DUAL_ENDING: str = "ا"
PAST_PLURAL_ENDINGS: tuple[str, ...] = ("وا", "ن")
PAST_FEMININE_ENDING: str = "ت"
FEMININE_NOUN_ENDING: str = "ه"
# A superlative before "عدد" makes it a comparison, no count: "أكبر عدد من حالات الاعتقال
# تركز في طولكرم" (the largest number of arrests was there), "أعلى عدد من الضحايا".
SUPERLATIVES_OF_NUMBER: tuple[str, ...] = ("أكبر", "أعلى", "أقل", "أدنى", "أكثر")
# "عشرات آلاف" = 24,000, "مئات الآلاف" = 200,000.
VAGUE_MULTIPLIERS: dict[str, int] = {"آلاف": 1000, "ملايين": 1_000_000}

# Qualifiers before the count, longest first.
QUALIFIERS_BEFORE: tuple[tuple[str, str], ...] = (
    ("ما لا يقل عن", "at_least"), ("لا يقل عن", "at_least"), ("على الأقل", "at_least"),
    ("ما يزيد عن", "more_than"), ("ما يزيد على", "more_than"), ("أكثر من", "more_than"),
    ("أزيد من", "more_than"), ("ما يربو على", "more_than"), ("ما يقارب", "about"),
    ("يقارب", "about"), ("نحو", "about"), ("حوالي", "about"), ("قرابة", "about"),
    ("زهاء", "about"), ("قرابه", "about"), ("ما يصل إلى", "up_to"), ("حتى", "up_to"),
    # Gulf, Egyptian and UN copy: "ما يقرب من 6 ملايين", "ما يناهز 80", "ما يفوق 100"
    ("ما يقرب من", "about"), ("يقرب من", "about"), ("ما يناهز", "about"), ("يناهز", "about"),
    ("ما يفوق", "more_than"), ("يفوق", "more_than"),
)
QUALIFIERS_AFTER: tuple[tuple[str, str], ...] = (("على الأقل", "at_least"),
                                                 ("على الاقل", "at_least"),
                                                 ("تقريبا", "about"))

# The number one after its noun, folded, masculine and feminine ("جندي واحد"، "امرأة واحدة").
ONE_WORDS_FOLDED: tuple[str, ...] = ("واحد", "واحده")
# The "ten" of the teens, folded ("ثلاثة عشر"، "خمس عشرة"): the number goes on after it.
TEEN_TENS_FOLDED: tuple[str, ...] = ("عشر", "عشره")
# "Of it" after a part of a whole ("وثلاثة منها"، "اثنان منهما"): a part of what was counted.
FROM_IT_WORDS: tuple[str, ...] = ("منها", "منه", "منهما")
# The noun "quantity" with its clitics ("وكمية من الذخيرة"): what it measures is things, not
# people.
QUANTITY_NOUN_FORMS: tuple[str, ...] = ("كمية", "وكمية", "بكمية", "لكمية")
# The words that open a range of two counts ("بين 10 و15 قتيلا"، "من 3 إلى 5 جرحى").
RANGE_OPENERS: tuple[str, ...] = ("بين", "وبين", "ومن", "من")
# "Among them" before a sub-group ("بينهم 3 أطفال"، "بينهن طفلتان").
AMONG_THEM_WORDS: tuple[str, ...] = ("بينهم", "بينهن", "بينها", "وبينهم")
# The number two, masculine and feminine, nominative and oblique ("اثنان منهم"، "اثنتين من
# النساء").
TWO_WORDS_FOLDED: tuple[str, ...] = ("اثنان", "اثنين", "اثنتان", "اثنتين")
# The number two in the nominative ("وقتل اثنان"): a subject, not an object.
NOMINATIVE_TWO_WORDS: tuple[str, ...] = ("اثنان", "اثنتان")
# The vague plurals of ten and hundred ("عشرات الجرحى"، "مئات المعتقلين").
TENS_HUNDREDS_WORDS: tuple[str, ...] = ("عشرات", "مئات")
# "Between" with its clitic ("بين 10 و15"، "وبين قتيل وجريح").
BETWEEN_WORDS: tuple[str, ...] = ("بين", "وبين")
# "Each" ("لكل قتيل"، "من كل 10"): a rate or a share, not a count.
EACH_WORDS: tuple[str, ...] = ("كل", "لكل")
# "Between" and "from" after a count ("3 من الجرحى"، "بين قتيل وجريح").
BETWEEN_FROM_WORDS: tuple[str, ...] = ("بين", "من")
# ب with the article, and with "و" ("بالعشرات"، "وبالمئات").
BI_AL_PREFIXES: tuple[str, ...] = ("بال", "وبال")
# "Each" with its prepositions ("لكل قتيل"، "بكل جريح"): a rate, not a count.
EACH_WORD_FORMS: tuple[str, ...] = ("كل", "لكل", "بكل")
# "One of" and "one", folded ("أحد الجنود"، "إحدى النساء"، "واحد منهم").
ONE_OF_WORDS_FOLDED: tuple[str, ...] = ("احد", "احدي", "واحد")
# The number two and "two others" ("اثنان آخران"، "اثنتين").
TWO_OR_OTHER_TWO_WORDS: tuple[str, ...] = ("اثنان", "اثنين", "اثنتان", "اثنتين", "اخران")
# "One of", folded, masculine and feminine ("أحد الجرحى"، "إحدى الضحايا").
ONE_OF_FOLDED: tuple[str, ...] = ("احد", "احدي")
# "From" and "between" ("من بين القتلى"، "بين الجرحى").
FROM_BETWEEN_WORDS: tuple[str, ...] = ("من", "بين")
# "From" with its clitic ("من بين"، "ومن بين القتلى").
FROM_WORDS: tuple[str, ...] = ("من", "ومن")

# --- people ----------------------------------------------------------------------

# A companion is a person only as someone's: "ومرافق له" (one of his escort), where the
# bare word is also the plural "facilities" ("مرافق صحية").
COMPANION_NOUNS: tuple[str, ...] = ("مرافق", "مرافقا")
OF_HIM_HER_THEM: tuple[str, ...] = ("له", "لها", "لهم")
# An owner is one person as "سائق" is, when in construct with an indefinite noun of what
# he owns ("قتل صاحب متجر للمواد الغذائية"، "تقتل صاحب شركة صيرفة"، "أصيب مالك مزرعة"):
# the owned thing, not a name or the article, tells the owner from the companion
# ("وصاحبه") and from figures of speech ("صاحب القرار"، "صاحب الكلمة"). "مالك" is also the
# given name Malik, which the owned noun after it rules out.
OWNER_NOUNS: tuple[str, ...] = ("صاحب", "صاحبة", "مالك", "مالكة")
OWNED_PLACES: tuple[str, ...] = (
    "متجر", "محل", "دكان", "بقالة", "كشك", "بسطة", "مطعم", "مقهى", "فندق", "مخبز", "فرن",
    "صيدلية", "ورشة", "مصنع", "معمل", "معصرة", "شركة", "مكتب", "مؤسسة", "معرض", "منزل",
    "بيت", "شقة", "مبنى", "عقار", "سيارة", "شاحنة", "حافلة", "مركبة", "قارب", "مركب",
    "مزرعة", "بستان", "حقل", "أرض", "مولد", "محطة", "مدرسة", "عيادة", "مستودع", "صالون",
)
# How many tokens may describe one person named in a figure before another joined to it
# ("قيادي سابق في فصائل المعارضة ومرافق له"، 'عنصر في حركة "فتح" وطفل').
DESCRIPTION_MAX_TOKENS: int = 6
# How many words may tell how and where one person was hit before a count joined to him
# ("شاب برصاصة مطاطية في الرأس وعشرات بحالات اختناق").
HIT_PHRASE_MAX_TOKENS: int = 7
# Singular person nouns: indefinite after an outcome word = 1 ("مقتل جندي").
PERSON_SINGULAR: tuple[str, ...] = (
    *SUBJECT_FIRST_PERSONS,
    "جندي", "شرطي", "ضابط", "عسكري", "طفل", "طفلة", "فتاة", "فتى", "امرأة", "سيدة", "رجل",
    "شاب", "شابة", "مواطن", "مواطنة", "مدني", "مدنية", "متظاهر", "متظاهرة", "محتج", "صحفي",
    "صحافي", "صحفية", "مصور", "مسعف", "ناشط", "ناشطة", "عنصر", "مقاتل", "مسلح", "قيادي",
    # (round ar181) a broadcaster, as a reporter ("بينهم مذيعة ومصور")
    "مذيع", "مذيعة",
    "قائد", "مسؤول", "عامل", "طالب", "طالبة", "مزارع", "راع", "راعي", "صياد", "مستوطن",
    "حارس", "معلم", "طبيب", "ممرض", "سائق", "مهاجم", "انتحاري", "شخص", "مدرس", "موظف",
    # a vendor and a passer-by ("بينهم بائعتا خضار"، "وإصابة عابر سبيل")
    "بائع", "عابر",
    # a minor, as the plural is counted ("بينهم 27 قاصرا"): "اعتقلوا ستة شبان، بينهم قاصر"
    "قاصر",
    # a pharmacist, as a doctor ('العثور على جثة صيدلاني')
    "صيدلي", "صيدلاني", "صيدلانية",
    # a firefighter, as a paramedic ("مقتل إطفائي خلال إخماد حريق")
    "إطفائي",
    # (round ar193) an observer of a truce or a mission, as a soldier ("إصابة مراقب دولي"،
    # "وفاة مراقب عسكري"); the feminine "مراقبة" is left out, being mostly the masdar
    # "monitoring" ("مقتل مراقبة" is not written for a woman observer)
    "مراقب",
    "رضيع", "رضيعة", "مسن", "مسنة", "عجوز", "جنرال", "عقيد", "ضابطا", "شيخ", "إمام", "مختار",
    "فلسطيني", "فلسطينية", "إسرائيلي", "إسرائيلية", "سوري", "يمني", "عراقي", "لبناني",
    "ليبي", "مصري", "أردني", "سعودي", "إيراني", "تركي", "كردي", "روسي", "أمريكي", "أميركي",
    "فرنسي", "بريطاني", "سوداني", "إماراتي", "أفغاني", "باكستاني",
    # Iraqi "منتسب" (a member of the police or the PMF), migrants at sea, Egyptian copy
    "منتسب", "مهاجر", "مجند", "إرهابي", "تكفيري", "شرطية", "بحريني", "كويتي", "قطري",
    # a prisoner, counted when something befalls him ("بتعذيب سجين حتى الموت"), and one
    # held for questioning ("بتعذيب موقوف حتى الموت")
    "سجين", "موقوف",
    # a boy, as "فتى" is ("بين القتلى صبي"); its broken plural is below
    "صبي",
    # an armed group's local commander, as "قيادي" is ("اعتقال 23 مشتبها بهم بينهم أمير
    # في التنظيم")
    "أمير",
    # ... and their feminines, with a woman held or once held ("بينهم أربعة أطفال وأسيرة
    # محررة"، "بين القتلى سجينة سابقة"); the masculine "أسير" is an outcome noun of its own
    "أسيرة", "سجينة", "موقوفة",
    # a woman bomber, as "انتحاري" is ("وفجرت انتحارية نفسها عند المدخل")
    "انتحارية",
    # ... and the women of the trades listed above ("وإن مشرفة استشهدت"، "أصيبت ممرضة")
    "معلمة", "مشرفة", "ممرضة", "طبيبة", "موظفة", "مسعفة", "حارسة", "مزارعة",
    # ... a woman selling in the street or the market ("بين القتلى بائعة خبز وطفلان")
    "بائعة",
    # Maghrebi "عون" (an agent of the national guard, customs or police)
    "عون",
    # a foreign resident in the Gulf ("استشهد مقيم يمني"), the displaced and refugees
    "مقيم", "نازح", "لاجئ",
    # police copy's one arrested: "اعتقلت مشتبها به"، "توقيف متهم"، "اعتقال مطلوب"
    "مشتبه", "متهم", "مطلوب",
    # kin, as family tolls name them ("قتل شقيق القيادي" is definite and counts nobody).
    # Folded, a feminine in ة is the masculine with "his" ("والدة" = "والده"), so only the
    # masculine forms are listed; "أب" folds to the month "آب".
    "ابن", "شقيق", "والد", "زوج", "حفيد",
    # election news: "قتل مرشحان عشية انطلاق الحملة"، "اغتيال مرشح للانتخابات"
    "مرشح", "مرشحة",
    # trades and callings a list of the dead names one by one ("بين القتلى بائعا متجولا
    # وطفلين"، "بينهم تاجر"); not the trades that are also common given names or family
    # names ("فلاح"، "حداد"، "نجار"), nor "نزيل" (a prison's inmates are counted as such)
    "بائع", "تاجر", "خباز", "حلاق", "جزار", "بقال", "خياط", "حمال", "عتال", "مقاول",
    # (round ar147) a money changer, taken for ransom as a trader is ("خطف صراف")
    "صراف", "صيرفي",
    "مهندس", "محام", "محامي", "أستاذ", "تلميذ", "مؤذن", "متطوع", "لاعب", "مسافر",
    # callings a toll names singly beside the soldiers and guards above: a midwife, a
    # sailor of a crew, a visitor of a clinic, a beekeeper, a performer ("مقتل قابلة"،
    # "فأصابوا بحارا"، "أصابوا مراجعا"، "بين الجرحى ممثلة"); after an outcome word they
    # are people, whatever else the word can mean elsewhere
    "قابلة", "بحار", "مراجع", "مراجعة", "نحال", "ممثل", "ممثلة",
    # ... a diver, a judge (indefinite "قاض"، accusative "قاضيا"; not "قاضي", the construct
    # of a definite judge, "قاضي التحقيق") and a carpenter: "نجار" is also a family name,
    # but a family name follows a given name and never stands alone right after an outcome
    # word ("مقتل نجار برصاص مسلحين"، "أصابت غطاسا ثالثا"، "ينعى قاضيا اغتيل")
    "غطاس", "قاض", "قاضيا", "نجار",
    # a technician, named after the engineers or workers he worked with ("قتل ثلاثة
    # مهندسين وفني"، "أصيب فني في الانفجار"); the adjective "technical" follows its noun
    # ("خلل فني") and never stands right after an outcome word or a counted plural's "و"
    "فني",
    # a colleague, as the one hurt beside the victim is told ("وإن زميلا له أصيب")
    "زميل", "زميلة",
)
# Sellers named by what they sell, an indefinite genitive right after the trade ("بائعة
# شاي"، "بائع خضار"، "تاجر ماشية"): the goods are part of who the victim was, so the one
# person's phrase runs over them and a person joined after them is one more victim ("بين
# القتلى بائع خبز وطفلان").
TRADES_WITH_GOODS: tuple[str, ...] = ("بائع", "بائعة", "تاجر", "سائق")
# ... and a driver named by what he drives, which may take a word of its own ("سائق شاحنة"،
# "سائق صهريج ماء وطفلين"، "سائق سيارة أجرة"): up to two indefinite words.
DRIVERS: tuple[str, ...] = ("سائق",)
# "Also" between an outcome verb and its victim: the adverb adds this victim to others
# told before ("الهجوم قتل أيضا امرأة"، "أصابوا كذلك مراجعا") and leaves the object as is.
ALSO_ADVERBS: tuple[str, ...] = ("أيضا", "أيضاً", "ايضا", "كذلك")
# A preposition with the pronoun of the attack just named, between a passive outcome verb
# and its subject ("هجوم على محطة قتل فيه عامل"، "انفجار أصيب خلاله شرطي"): the pronoun
# points back, the subject after it is still the one the verb befell.
EVENT_PRONOUN_PHRASES: tuple[str, ...] = ("فيه", "فيها", "خلاله", "خلالها", "إثره", "إثرها",
                                          "جراءه", "جراءها")
# Verbs of pursuit and search ("أوقفت مشتبها به وتلاحق اثنين آخرين"، "تبحث عن ثلاثة
# فارين"): the ones pursued are still free, so a count after such a verb is nobody arrested
# or captured, whatever outcome word stands before it.
PURSUIT_VERBS: tuple[str, ...] = ("تلاحق", "يلاحق", "تطارد", "يطارد", "تتعقب", "يتعقب",
                                  "تبحث", "يبحث", "تلاحقان", "يلاحقون", "يطاردون",
                                  "يبحثون")
# Animals, which a toll never counts however they died ("ونفوق 14 حيوانا"، "نفقت 30 بقرة"):
# a number before them is no casualty figure, even after an outcome word for people
# (not "جمال", also a given name).
ANIMAL_NOUNS: tuple[str, ...] = ("حيوان", "حيوانا", "حيوانات", "بقرة", "بقرات", "أبقار",
                                 "شاة", "أغنام", "نعجة", "خروف", "خرافا", "خراف", "ماعز",
                                 "ناقة", "نوق", "حمار", "حمارا", "حصان",
                                 "حصانا", "خيول", "دجاجة", "دواجن", "طائر", "طيور",
                                 # camels, with the article that keeps the name out ("قتل
                                 # أيضا عشرات الجمال"), and fish
                                 "الجمال", "إبل", "جمل", "جملا", "أسماك", "سمكة",
                                 # dogs and cats, made homeless as people are ("تشريد
                                 # 30 كلبا من الملجأ", round ar131)
                                 "كلب", "كلبا", "كلاب", "قطة", "قطط", "قططا")
# A limb with its owner's pronoun ("فقد إحدى ساقيه"، "بترت أطرافهم"): a body's part, never
# a person, so "إحدى" before it counts no one missing.
LIMB_NOUNS: tuple[str, ...] = (
    "ساقه", "ساقها", "ساقيه", "ساقيها", "قدمه", "قدمها", "قدميه", "قدميها", "يده", "يدها",
    "يديه", "يديها", "ذراعه", "ذراعها", "ذراعيه", "ذراعيها", "عينه", "عينها", "عينيه",
    "عينيها", "أطرافه", "أطرافها", "أطرافهم", "أطرافهما", "ساقيهما", "أقدامهم", "أيديهم",
)
# Trees and crops, which die of drought, salt or fire but are no victims of it ("الملوحة
# تقتل آلاف النخيل"، "قتل الصقيع مئات الأشجار"): a count before them is no casualty figure
# whatever outcome word stands before it.
PLANT_NOUNS: tuple[str, ...] = ("نخيل", "نخلة", "نخلات", "شجرة", "أشجار", "شجيرة", "شجيرات",
                                "شتلة", "شتلات", "أشتال", "محاصيل", "محصول")
# Plural kin nouns: with a possessive and a definite numeral after them they are a count
# of the family of the one named before ("قتل رجل وزوجته وأطفالهما الثلاثة").
KIN_PLURALS: tuple[str, ...] = ("أطفال", "أبناء", "أولاد", "بنات", "أشقاء", "شقيقات",
                                "إخوة", "أخوات", "أحفاد")
# A body, in the singular: "انتشال جثة طفل" is one dead.
# Counted people that make four digits from 1900 to 2099 a count, not a year ("نحو 2000
# أسرة فرت", "2000 شخص"): a year is never followed by the people it counts.
COUNTED_PEOPLE: tuple[str, ...] = ("شخص", "شخصا", "مدنيا", "عنصرا", "مقاتل", "جندي",
                                   "مسلح", "لاجئ", "نازح", "عائلة", "أسرة")
# Words before a four-digit number that take a point in time, never a count ("وتشهد
# المنطقة منذ 2018 هجمات متكررة"، "منذ 2011 معارك"): after them the event noun that
# follows is the verb's object, not what the number counts. A time unit or a person
# after the number keeps it a count ("منذ 2000 عام").
SINCE_WORDS: tuple[str, ...] = ("منذ",)
# The openings of a verb told in the present that no past verb or common noun shares: "ي"
# ("يبلغ"، "يتجاوز"، "يستمر") and, for "ت", the fifth, sixth and tenth forms ("تتجاوز"،
# "تتراجع"، "تستمر"); a bare "ت" also opens past verbs ("تواصلت"، "تعرض") and verbal
# nouns ("تصعيد"، "تقرير"), which tell nothing of the time.
PRESENT_VERB_OPENERS: tuple[str, ...] = ("ي", "تت", "تست")
# Endings that make such a word a noun, folded: the feminine "ة" (folded "ه") and the
# accusative "ا" ("تقريرا"); the plural verb's "وا" ("يتجاوزوا") is no noun's.
NOUN_NOT_VERB_ENDINGS: tuple[str, ...] = ("ه", "ة", "ا")
PLURAL_VERB_ENDING = "وا"
# How many months after the publication's a bare month of a purpose is still the coming
# one ("وقعوا عقودا لنقل بضائعهم خلال شهري آذار ونيسان" in February): the purpose lies
# after its recent act; further on, the month may as well be last year's.
COMING_MONTHS_AHEAD: tuple[int, ...] = (1, 2)
# How many words before "حتى" a range's opening month is looked for ("من تشرين الأول
# الماضي حتى آذار").
UNTIL_RANGE_REACH = 8
# How far back in the month's clause the purpose's "ل" + verbal noun may stand.
PURPOSE_REACH_WORDS = 6
# Words opening in "ل" that state no purpose ("لكن"، "لأن"، "لدى"، "لمدة"، "لذلك"), folded.
LI_WORDS_OF_NO_PURPOSE: tuple[str, ...] = (
    "لكن", "لكنه", "لكنها", "لأن", "لأنه", "لأنها", "لدى", "لذلك", "لهذا", "لمدة", "لكل",
    "لصالح", "لحساب", "لعدة", "لنحو", "لأكثر", "لأول")
# The word "year" between "since" and the number ("منذ عام 2007 هجمات"، "منذ العام 2011
# معارك"): the number is still the calendar year the events run from.
SINCE_YEAR_NOUNS: tuple[str, ...] = ("عام", "العام", "سنة")
SINCE_COUNT_UNITS: tuple[str, ...] = ("عام", "عاما", "سنة", "سنوات", "أعوام", "يوم", "يوما",
                                      "أيام", "ساعة", "ساعات", "شهر", "شهرا", "أشهر", "أسبوع",
                                      "أسبوعا", "قرن", "قرون")
# Things a count of four digits gives out, opens or sets up in news of elections, aid and
# shelter ("جهزت 1950 مركز اقتراع", "وزعت 2000 خيمة", "2040 وحدة سكنية"): a year is never
# followed by an indefinite noun it counts, so these, like the people above, make the
# number a count.
COUNTED_THINGS: tuple[str, ...] = (
    "مركز", "مراكز", "وحدة", "خيمة", "سرير", "مقعد", "صوت", "ناخب", "ناخبا", "طرد", "سلة",
    "حصة", "كيس", "لتر", "مخبز", "بئر", "مولد", "فرصة", "منحة", "مكتب", "صندوق", "لجنة",
    "محطة", "عيادة", "مسكن", "وجبة", "جرعة", "بطانية", "موظف", "معلم", "متطوع", "طالب",
    # a magnitude: "ارتفع الدين إلى 1995 مليون دولار" (after "في" or "عام" still a year)
    "مليون", "ملايين",
    # reports, complaints and calls received: "تلقت الوزارة نحو 2000 بلاغ عن مفقودين"
    "بلاغ", "شكوى", "اتصال", "مكالمة", "طلب",
)
BODY_NOUNS: tuple[str, ...] = ("جثة", "جثمان", "جثمانا")
# ... and their plurals, counted by a definite count after them ("جثث الصيادين الأربعة").
BODY_PLURALS: tuple[str, ...] = ("جثث", "جثامين")
# A body counted by an ordinal after it ("انتشلت جثة سابعة"، "عثر على جثمان ثالث"): the
# next of the dead recovered, one person, as "جثة واحدة" is; the ordinal agrees with its
# noun, so each body noun has its own.
BODY_ORDINALS: dict[str, tuple[str, ...]] = {
    "جثة": ("ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة",
             "عاشرة", "أخرى"),
    "جثمان": ("ثان", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",
               "آخر"),
}
# (round ar175) A casualty noun counted by an ordinal after it, as a body is ("نقل جريح
# سادس"، "أن جريحا ثامنا نقل إلى عيادة"، "عثر على قتيل خامس"): the next of the dead or
# wounded, one person. The ordinal agrees in case, so the accusative noun takes the
# ordinal with alif and the bare noun the bare one; a definite ordinal ("القتيل الثالث")
# names one already counted and stays unread.
RANKED_CASUALTY_NOUNS: dict[str, str] = {
    **dict.fromkeys(("قتيل", "قتيلا", "شهيد", "شهيدا"), "killed"),
    **dict.fromkeys(("جريح", "جريحا", "مصاب", "مصابا"), "wounded"),
}
RANKED_CASUALTY_ORDINALS: tuple[str, ...] = (
    "ثان", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")
# (review 46) A ranked casualty not (yet) fallen: after a particle of the future or of
# negation ("لن يسقط قتيل خامس"، "لم يسجل جريح ثامن"), or after "قد" with a present verb
# ("وقد يسقط قتيل خامس إذا ..."), which hedges; "وقد سقط قتيل خامس" is told.
RANKED_UNREALISED_PARTICLES: tuple[str, ...] = ("سوف", "وسوف", "لن", "ولن", "لم", "ولم", "فلم")
RANKED_HEDGES: tuple[str, ...] = ("قد", "وقد", "فقد")
RANKED_CASUALTY_ORDINALS_ACCUSATIVE: tuple[str, ...] = tuple(
    w + "ا" for w in ("ثاني", *RANKED_CASUALTY_ORDINALS[1:]))
# The dual of a body in construct before the two it counts: "عثر على جثتي شابين" is two
# dead ("جثتا رجلين" in the nominative).
BODY_PAIRS: tuple[str, ...] = ("جثتي", "جثتا", "جثماني", "وجثتي", "وجثماني")
# A kin noun with the pronoun of one, joined as the second of the pair the bodies' dual
# counts ("جثتي رجل وابنه"، "جثماني امرأة وطفلها"): the stems as they stand before the
# pronoun (a feminine's "ة" written "ت").
PAIR_KIN_STEMS: tuple[str, ...] = (
    "ابن", "نجل", "طفل", "شقيق", "حفيد", "زوج", "والد", "ابنت", "زوجت", "شقيقت", "والدت",
    "طفلت")
KIN_OF_ONE_SUFFIXES: tuple[str, ...] = ("ه", "ها")
# A kin noun in construct with another kin noun that bears a possessive ("وأصيب ابن
# عمهما"، "قتل شقيق زوجته"، "ابن أخيه"): a genitive with a pronoun is definite, and so is
# the construct, one relative of the ones named; no indefinite person is counted. The
# heads and the possessed kin stems as written before the pronoun (POSSESSIVE_SUFFIXES).
KIN_CONSTRUCT_HEADS: tuple[str, ...] = (
    "ابن", "ابنة", "نجل", "شقيق", "شقيقة", "أخ", "أخت", "والد", "والدة", "زوج", "زوجة",
    "حفيد", "حفيدة", "صهر", "عم", "خال", "عمة", "خالة", "جد", "جدة")
POSSESSED_KIN_STEMS: tuple[str, ...] = (
    "عم", "خال", "عمت", "خالت", "أخي", "أخت", "شقيق", "شقيقت", "زوج", "زوجت", "ابن",
    "ابنت", "جد", "جدت", "والد", "والدت", "أب", "أبي", "أم", "صهر")
# The state of some of the wounded, told of "N منهم": "وإن حالة ستة منهم حرجة"،
# "ووصفت حالة ثلاثة منهم بالخطرة"، "خمسة منهم في حالة حرجة"، "ثلاثة منهم حالتهم خطيرة":
# a sub-group of the wounded counted before in the sentence. "حالة" before the count
# or a noun of the state after "منهم", then a word of severity. "حال" is the same noun
# without its ending, as copy often writes it ("و6 جرحى، حال اثنين منهم حرجة").
STATE_NOUNS: tuple[str, ...] = ("حالة", "وحالة", "حال", "وحال")
STATE_AFTER_THEM: tuple[str, ...] = ("حالة", "بحالة", "حالتهم", "حالتهن", "حالتها",
                                     "بجروح", "جروحهم", "إصاباتهم",
                                     # ... of two of them ("اثنان منهم ... حالتهما")
                                     "حالتهما", "جروحهما", "إصاباتهما")
# The severity named first, as the cause of what was done for them: "نقل اثنان منهم إلى
# العاصمة لخطورة حالتهما"، "أحيل ثلاثة منهم إلى الخارج بسبب خطورة إصاباتهم": only the
# wounded are moved for the gravity of their state.
SEVERITY_BEFORE_STATE: tuple[str, ...] = ("لخطورة", "خطورة")
# How many words a destination with its town may take before that cause: "نقل ستة منهم
# إلى مستشفيات في مدينة حلب لخطورة حالتهم".
SEVERITY_DESTINATION_MAX_WORDS = 7
# Intensive care as where some of the wounded were moved ("وأن اثنين منهم نقلا إلى العناية
# المركزة"): only the badly hurt are, so it is their state, as "حالة حرجة" is.
INTENSIVE_CARE: tuple[str, str] = ("العناية", "المركزة")
# ... and where they lie, told after a part of the wounded ("ثلاثة منهم في العناية المركزة"،
# "ستة منهم في العناية الفائقة"): the unit's noun and the adjectives that name it.
CARE_UNIT_NOUN = "العناية"
CARE_UNIT_ADJECTIVES: tuple[str, ...] = ("المركزة", "الفائقة", "المشددة")
# What a part of the wounded suffered, right after it ("اثنان منهم بكسور في الأطراف"،
# "أصيب سبعة، أحدهم بكسر في الجمجمة"): an injury's noun after "بـ" says they are among the
# wounded counted, as a state of severity does.
PART_INJURY_NOUNS: tuple[str, ...] = ("بكسور", "بكسر", "بحروق")
# ... or where it was hit ("أصيب خمسة شبان بالرصاص الحي، أحدهم في البطن"): "في" and the part
# of the body, which only the wounded are told by.
HIT_BODY_PARTS: tuple[str, ...] = (
    "البطن", "الرأس", "الصدر", "الرقبة", "الفخذ", "الساق", "القدم", "الكتف", "اليد", "الظهر",
    "الوجه", "العين", "الحوض", "الأطراف", "الساقين", "القدمين",
)
# The loss of a limb told of a part of the wounded ("وان أحدهم فقد إحدى ساقيه"، "وان اثنين
# منهم بترت أطرافهم"): the verbs of losing and of amputation, and "إحدى"/"أحد" before the
# limb of a pair.
LIMB_LOSS_VERBS: tuple[str, ...] = ("فقد", "فقدت", "فقدا", "فقدوا", "بترت", "بتر")
LIMB_OF_PAIR: tuple[str, ...] = ("إحدى", "احدى", "أحد")
# A state that keeps the wounded in hospital is a severe one: "حالة اثنين منهم تستدعي
# البقاء في المستشفى"، "تتطلب العناية المركزة".
HOSPITAL_STAY: tuple[str, ...] = ("المستشفى", "المشفى", "العناية")
# Surgery that some of the wounded need ("وان أربعة منهم يحتاجون الى عمليات جراحية"، "23
# من الجرحى يحتاجون إلى عمليات جراحية"): only the badly hurt do, so the need is their
# state, as intensive care is; the verb or "بحاجة"، "إلى"، then the operation and its
# adjective (or "جراحة" alone).
NEEDING_WORDS: tuple[str, ...] = ("يحتاج", "يحتاجون", "تحتاج", "يحتاجان", "تحتاجان",
                                  "بحاجة")
OPERATION_NOUNS: tuple[str, ...] = ("عملية", "عمليات", "عمليتين")
SURGERY_WORDS: tuple[str, ...] = ("جراحية", "جراحة", "جراحات")
SEVERITY_WORDS: tuple[str, ...] = (
    "حرجة", "خطرة", "خطيرة", "بالغة", "حرج", "خطر", "خطير", "بالحرجة", "بالخطرة",
    "بالخطيرة", "الحرجة", "الخطرة", "الخطيرة",
)
# (round ar186) A moderate state told of a part after the wounded ("وإن حالة ثلاثة منهم
# متوسطة"، "خمسة منهم في حالة متوسطة"): only the hurt have one, as with a severe state; a
# stable one ("مستقرة") is said of the unhurt too and stays out.
MODERATE_STATE_WORDS: tuple[str, ...] = ("متوسطة", "بالمتوسطة", "المتوسطة")
# What the letters of "أوقف" also stop, as the verb's object before a count in construct
# ("أوقف البنك تراخيص 13 شركة"، "حسابات 40 تاجرا"، "بث 3 قنوات"، "التعامل مع 13 شركة"),
# and what it suspends people from after the count ("أوقفت الوزارة 20 موظفا عن العمل"):
# neither is an arrest.
STOPPED_THINGS: tuple[str, ...] = (
    "تراخيص", "ترخيص", "رخص", "حسابات", "أرصدة", "عمل", "نشاط", "أنشطة", "بث", "رواتب",
    "صرف", "تمويل", "التعامل", "تعامل", "التداول", "رحلات", "رحلاتها", "خدمات", "استيراد",
    "تصدير", "إصدار", "مشاريع", "عقود", "بطاقات", "امتيازات",
)
# Machines and plants, which stop and are stopped as work does ("ما أوقف مضخات الري في
# مئات المزارع"، "وتوقف عدد من الوحدات للصيانة"): before the count or as what it counts,
# no one is held.
STOPPED_MACHINES: tuple[str, ...] = (
    "مضخات", "المضخات", "مضخة", "وحدات", "الوحدات", "محطات", "المحطات", "مولدات",
    "المولدات", "مصانع", "المصانع", "مخابز", "المخابز", "أفران", "الأفران", "آبار", "الآبار",
    "معامل", "المعامل", "آليات", "الآليات", "خطوط", "الخطوط",
)
SUSPENDED_FROM: tuple[str, ...] = ("العمل", "الصدور", "الدراسة", "الخدمة", "البث", "التداول",
                                   "النشاط", "الدوام", "التدريس", "الطيران")
# The wounds of some of them, told of before the count ("ووصفت جراح ثلاثة منهم
# بالخطيرة") or before "أحدهما" ("وإن جراح أحدهما متوسطة"): the noun itself says they are
# wounded, so any degree of the wounds, light ones too, makes a sub-group of one.
WOUND_NOUNS: tuple[str, ...] = ("جراح", "وجراح", "إصابة", "وإصابة", "إصابات", "وإصابات")
WOUND_DEGREES: tuple[str, ...] = (
    *SEVERITY_WORDS, "متوسطة", "طفيفة", "بليغة", "بالمتوسطة", "بالطفيفة", "بالبليغة",
    "خفيفة", "بالخفيفة",
)
# One of two or of several, with its pronoun: "أحدهما"، "إحداهما"، "أحدهم"، "إحداهن".
ONE_OF_THEM: tuple[str, ...] = ("أحدهما", "إحداهما", "أحدهم", "إحداهن", "أحدهن")
# The verbal nouns of an outcome whose genitive is one of them: "إجلاء 340 من رعاياها
# ومقتل أحدهم"، "اعتقال أحدهما" (one, the outcome the noun names).
ONE_OF_THEM_EVENTS: dict[str, str] = {
    **dict.fromkeys(("مقتل", "استشهاد", "وفاة", "اغتيال", "إعدام", *ONE_OF_THEM_DEATH_NOUNS),
                    "killed"),
    **dict.fromkeys(("إصابة",), "wounded"),
    **dict.fromkeys(("اعتقال", "توقيف"), "arrested"),
    **dict.fromkeys(("اختطاف", "خطف"), "captured"),
}
# The past verb of an outcome before one of them, its subject ("سبعة جرحى، توفي أحدهم
# لاحقا"، "واستشهد أحدهما"، "أصيبت إحداهن"): one, the outcome the verb names. Only verbs
# with no object to take, so "قتل أحدهم" (one of them killed someone?) stays unread. The
# same verbs after one of them ("، أحدهم أصيب برصاصة"، "وأن أحدهم توفي") tell the same.
ONE_OF_THEM_VERBS: dict[str, str] = {
    **dict.fromkeys(("توفي", "توفيت", "استشهد", "استشهدت"), "killed"),
    **dict.fromkeys(("أصيب", "أصيبت"), "wounded"),
}
# ... and the verb whose subject is its plural suffix, one of them its object ("ثم اقتادوا
# أحدهم الى جهة مجهولة"، "وقتلوا أحدهما"): the doers are those the suffix names, so the one
# of them is who the act befell; a singular verb stays unread, as above.
ONE_OF_THEM_OBJECT_VERBS: dict[str, str] = {
    **dict.fromkeys(("قتلوا", "أعدموا", "اغتالوا"), "killed"),
    **dict.fromkeys(("أصابوا", "جرحوا"), "wounded"),
    **dict.fromkeys(("اختطفوا", "خطفوا", "أسروا", "اقتادوا"), "captured"),
}
# One of them described after a comma ("مقتل شخصين، أحدهما عسكري في الجيش"، "أسرت اثنين،
# أحدهما يحمل الجنسية السعودية"): who that one is, by a person noun or a nationality held,
# names one of the figure before, with its outcome. An act after it ("، أحدهم أفرج عنه")
# is a later event, not who he is.
NATIONALITY_HOLDING: tuple[str, ...] = ("يحمل", "تحمل")
NATIONALITY_NOUN = "الجنسية"
# One of them told by how he was hit, after the comma that closes a figure of the wounded
# or killed ("أصيب 14 فلسطينيا، أحدهم بالرصاص الحي في البطن"): the weapon's phrase says
# what befell that one, the figure's outcome; the definite adjectives after it
# ("الحي"، "المعدني") stay in the span, a place on the body after them does not.
HIT_MEANS: tuple[str, ...] = (
    "بالرصاص", "برصاص", "برصاصة", "برصاصات", "بالرصاصة", "بشظايا", "بشظية", "بنيران",
    "بقذيفة", "بعيار", "بطلق", "بطلقات",
)
# How many words the description may take after "أحدهما", to its comma.
ONE_OF_THEM_DESCRIBED_MAX = 6
# The body of one of them: "بعد العثور على جثة أحدهم" is one dead, as "جثة طفل" is.
BODY_OF_ONE: tuple[str, ...] = ("جثة", "جثمان")
# ... and the state of that one after it: "أحدهم حالته خطيرة"، "إحداهما جراحها بليغة"
STATE_OF_ONE: tuple[str, ...] = ("حالته", "حالتها", "جراحه", "جراحها", "إصابته", "إصابتها")
# A prisoner once freed, before "محرر"/"محررة" ("بينهم أسير محرر"، "بينهم أسيرة محررة
# وطفل"): a person described by the past, counted in the figure the noun stands in, the
# adjective with it; a singular joined after it is one more of that figure.
FREED_PRISONER_NOUNS: tuple[str, ...] = ("أسير", "أسيرا", "وأسير", "وأسيرا", "أسيرة",
                                         "وأسيرة")
# Adjectives of a person that end in no "ي" and so are not read as nisbas ("رجل مسن"):
# age, pregnancy, infancy and disability in their genders and cases ("امرأة حاملا"،
# "امرأة مسنة"، "طفلة رضيعة"), so a person joined after them still continues the list
# ("بين الجرحى امرأة حاملا وطفلا").
PERSON_ADJECTIVES: tuple[str, ...] = (
    "مسن", "مسنا", "مسنة", "حامل", "حاملا", "رضيع", "رضيعا", "رضيعة", "عجوز", "عجوزا",
    "كفيف", "كفيفا", "كفيفة", "معاق", "معاقا", "معاقة", "قاصر", "قاصرا",
)
# Duals of person nouns whose plural has another form, so "-ين" is not a plural.
PERSON_DUAL: tuple[str, ...] = (
    "جنديين", "جنديان", "شخصين", "شخصان", "طفلين", "طفلان", "طفلتين", "طفلتان", "رجلين",
    "رجلان", "امرأتين", "امرأتان", "فتاتين", "فتاتان", "شابين", "شابان", "ضابطين", "ضابطان",
    "عنصرين", "عنصران", "خبيرين", "خبيران", "خبيري", "شقيقين", "شقيقان", "قائدين", "قائدان",
    "حارسين", "حارسان", "آخران", "اثنان", "اثنين", "اثنتان", "اثنتين", "سيدتين", "سيدتان",
    "مقاتلان", "مسلحان", "جنديي",
)


def _nominative_duals() -> tuple[str, ...]:
    """The nominative dual of every singular person noun ("مدنيان", "شرطيان", "طفلتان"):
    "-ان" is no plural ending, so unlike "-ين" ("مدنيين" is also the plural) it always
    means two. "طالبان" is the Taliban, not two students."""
    out = []
    for w in PERSON_SINGULAR:
        if w.endswith("ا") or w == "طالب":
            continue  # "ضابطا" is an accusative singular, not a stem
        out.append(w[:-1] + "تان" if w.endswith("ة") else w + "ان")
    # The feminine of a masculine person noun, in the dual as in the singular ("طبيبتان",
    # "ممرضتان") and in construct ("بائعتا خضار"، "ممرضتا المستشفى"): the construct drops
    # the "ن", and "-تا" is no accusative singular ("طبيبة" has none); the same nouns as
    # the oblique feminine duals below.
    for w in PERSON_SINGULAR:
        if w.endswith(("ا", "ى", "ي", "ية")) or w in _NOT_FEMININE_DUALS:
            continue
        stem = w[:-1] if w.endswith("ة") else w
        out += [stem + "تان", stem + "تا"]
    return tuple(out)


# Kin in the dual with a possessive: "مقتل سيدة وطفليها"، "رجل ونجليه" (two). "ولديه" is
# also "and he has", so "ولد" is left out. (round ar155) The feminine kin too, the dual's
# "ة" written "ت" before its ending ("وأصابت ابنتيها"، "أصيبت شقيقتاه"): two daughters,
# sisters, granddaughters, girls of the family.
DUAL_KIN: tuple[str, ...] = ("طفل", "ابن", "نجل", "شقيق", "حفيد",
                             "طفلت", "ابنت", "بنت", "شقيقت", "حفيدت")


def _possessive_duals() -> tuple[str, ...]:
    # (round ar153) and in the nominative, the subject of a passive ("وأصيب شقيقاه
    # بجروح"، "قتل ابناها": two)
    return tuple(w + s for w in DUAL_KIN for s in ("يه", "يها", "يهما", "يهم", "اه", "اها",
                                                   "اهما"))


# Person nouns whose plural is broken ("رعاة"، "أطباء"، "تجار"), so their oblique "-ين" is
# always the dual ("وإصابة راعيين"، "مقتل طبيبين"): nouns whose plural is also written
# "-ين" ("مدنيين"، "مزارعين"، "صيادين"، "مسعفين") stay out, as does "طالبين" (also the
# participle "demanding").
BROKEN_PLURAL_PERSONS: tuple[str, ...] = (
    "راعي", "طبيب", "شيخ", "إمام", "تاجر", "تلميذ", "أستاذ", "ابن", "حفيد", "سجين",
    "صبي",
)


# Feminine duals that are something else: two schools ("مدرستين"), two fighter jets
# ("مقاتلتين"), adjectives of things ("مجموعتين مسلحتين"، "قوتين عاملتين"، "وثيقتين
# مطلوبتين"); the nisbas ("طائرتين عسكريتين"، "سيارتين مدنيتين") are left out above.
_NOT_FEMININE_DUALS: tuple[str, ...] = (
    "راع", "محام", "مدرس", "مقاتل", "مسلح", "مهاجم", "عامل", "مطلوب", "مختار",
)


def _oblique_duals() -> tuple[str, ...]:
    """The oblique dual of the person nouns whose "-ين" cannot be a plural: every
    feminine ("صحفيتين"، "ممرضتين"، "مسعفتين": the plural is "-ات") and the broken-plural
    masculines above, with "فتى" as "فتيين"."""
    out = [w[:-1] + "تين" if w.endswith("ة") else w + "تين" for w in PERSON_SINGULAR
           if not w.endswith(("ا", "ى", "ي", "ية")) and w not in _NOT_FEMININE_DUALS]
    out.append("صحفيتين")
    out += [w + "ين" for w in BROKEN_PLURAL_PERSONS]
    out += [w + "ان" for w in BROKEN_PLURAL_PERSONS if w not in PERSON_SINGULAR]
    out.append("فتيين")
    return tuple(out)


PERSON_DUAL = (*PERSON_DUAL, *_nominative_duals(), *_possessive_duals(), *_oblique_duals())
# Duals spelt like a name, kept out of the duals above ("طالبان" is the Taliban): with a
# nisba adjective in the nominative dual right after them ("وطالبان جامعيان"، "طالبان
# فلسطينيان") they are two people, as no name takes a dual adjective.
DUALS_SPELT_AS_NAMES: tuple[str, ...] = ("طالبان",)
# ... or with "في" and a place of study after them ("بينهم طالبان في جامعة بيت لحم"، "طالبان
# في كلية الهندسة"): students are of a school, a movement is not.
PLACES_OF_STUDY: tuple[str, ...] = ("جامعة", "الجامعة", "كلية", "الكلية", "مدرسة", "المدرسة",
                                    "معهد", "المعهد")
DUAL_NISBA_ENDING: str = "يان"
# Singular person nouns in "-ي" that are no nisba adjective: after a noun and "و" they are a
# second person ("استشهاد ضابط وجندي")، where a nisba describes the first ("جندي مصري
# وسوداني").
NOUNS_IN_I: tuple[str, ...] = ("جندي", "شرطي", "صحفي", "صحافي", "قيادي", "انتحاري", "راعي",
                               "مجند",
                               # a boy ("بين القتلى امرأة وصبي"; the accusative "وصبيا" too)
                               "صبي",
                               # (round ar136) a youth, "فتى" folded to "فتي" ("بين القتلى
                               # امرأتان وفتى")
                               "فتى")
# Nouns after a number that are not people: the number is not a casualty count.
NON_PERSON: tuple[str, ...] = (
    "ساعة", "ساعات", "يوم", "أيام", "يوما", "أسبوع", "أسابيع", "شهر", "أشهر", "شهرا", "شهور",
    "سنة", "سنوات", "عام", "أعوام", "عاما", "دقيقة", "دقائق", "دولار", "دولارا", "يورو",
    "جنيه", "ريال", "ليرة", "دينار", "درهم", "صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف",
    "غارة", "غارات", "سيارة", "سيارات", "منزل", "منازل", "منزلا", "مبنى", "مبان", "كيلومتر",
    "كيلومترات", "كيلومترا", "كلم", "كم", "متر", "مترا", "أمتار", "بالمئة", "بالمائة",
    "المئة", "المائة", "طن", "أطنان", "طائرة", "طائرات", "دبابة", "دبابات", "مركبة",
    "مركبات", "شاحنة", "شاحنات", "قرية", "قرى", "بلدة", "بلدات", "موقع", "مواقع", "موقعا",
    "هجوم", "هجمات", "عملية", "عمليات", "مرة", "مرات", "برميل", "براميل", "طلقة", "مسجد",
    "مساجد", "مدرسة", "مدارس", "مستشفى", "منشأة", "منشآت", "حاجز", "حواجز", "نقطة", "نقاط",
    "مقاتلة", "قطعة", "بندقية", "عبوة", "عبوات", "لغم", "ألغام", "ليلة", "جولة", "ملف",
    # weapons seized beside the men ("ضبط 4 عناصر و3 بنادق"): never people
    "بنادق", "قطع", "مسدس", "مسدسات", "قنبلة", "قنابل",
    # (round ar146) bullets fired at someone are no people, whatever verb follows
    # ("أطلقوا عليه سبع رصاصات وفروا": the attackers fled, the bullets did not)
    "رصاصة", "رصاصات", "طلقات", "رصاصتين", "قذيفتين", "صاروخين",
    # the outskirts of a place: "خطفت مزارعين اثنين من أطراف بلدة كفرشوبا"
    "أطراف", "ضواحي",
    "مليار", "مادة", "بند",
    # flights stopped or cancelled: "إيقاف 12 رحلة"
    "رحلة", "رحلات",
    # firms, shops, papers and channels an authority stops or closes: "أوقف تراخيص 13
    # شركة صرافة"، "أوقفت السلطات 3 صحف عن الصدور"، "أغلقت 12 محلا"
    "شركة", "شركات", "منظمة", "منظمات", "صحيفة", "صحف", "قناة", "قنوات", "محل", "محلا",
    "محلات", "متجر", "متجرا", "متاجر", "جمعية", "جمعيات", "مصرف", "مصارف", "حساب",
    "حسابا", "حسابات",
    # head of cattle: "قتل 12 رأسا من الماشية"
    "رأس", "رأسا", "رؤوس", "نقطة", "صفحة", "درجة", "محافظة", "محافظات", "دولة", "دول",
    # units of power and of land: "تراجع الإنتاج إلى أقل من 2000 ميغاواط" is no year
    "ميغاواط", "ميجاواط", "ميغاوات", "ميجاوات", "كيلوواط", "واط", "هكتار", "هكتارا", "دونم",
    "دونما",
    # jobs lost or made: "فقد نحو 4 آلاف وظيفة"، "توفير 300 فرصة عمل" count no people
    "وظيفة", "وظائف", "فرصة", "فرص",
)
# Money and measures in every form a count takes before them (singular after a hundred or
# a thousand, accusative after eleven to ninety-nine, plural after three to ten): a
# four-digit number before one is an amount, never a year ("كان 1950 ريالا"، "1980
# دينارا"، "1990 طنا"). Never people either.
AMOUNT_UNITS: tuple[str, ...] = (
    "ريالا", "ريالات", "دينارا", "دنانير", "جنيها", "جنيهات", "درهما", "دراهم", "ليرات",
    "دولارات", "فرنك", "فرنكا", "فرنكات", "شيكل", "شيكلا", "شواكل", "روبل", "روبلا", "يوان",
    "روبية", "تومان", "أوقية", "فلس", "فلسا", "مليم", "أورو",
    "طنا", "كيلوغرام", "كيلوغراما", "كيلوجرام", "كيلوجراما", "كلغ", "كغ", "غرام", "غراما",
    "جرام", "جراما", "لترا", "لترات", "برميلا", "ميلا", "أميال", "قدم", "أقدام",
)
NON_PERSON = (*NON_PERSON, *AMOUNT_UNITS, *ANIMAL_NOUNS, *PLANT_NOUNS, *LIMB_NOUNS)
# Definite nouns whose number after them is a name, not a count: "قائد اللواء 93",
# "الفرقة 17", "الكتيبة 313", "القرار 2216", "المادة 7".
NUMBERED_HEADS: tuple[str, ...] = (
    "اللواء", "الفرقة", "الكتيبة", "الفوج", "الفيلق", "السرية", "القرار", "المادة", "البند",
)
# "Former", after an outcome noun: "30 من المعتقلين السابقين" are people once held, now
# free, so no figure ("معتقلين سابقين"، "الأسرى السابقون"). The accusative "سابقا" is left
# out: it is also the adverb "previously" ("اعتقل 30 شخصا سابقا").
FORMER_ADJECTIVES: tuple[str, ...] = (
    "السابقين", "السابقون", "السابق", "السابقة", "السابقات", "سابقين", "سابقون", "سابقات",
)
# The manner of death, an accusative masdar after the verb or the group ("قضى 4 أطفال
# غرقا"، "طفلة تقضي غرقا").
DEATH_MANNER_MASDARS: tuple[str, ...] = ("غرقا", "حرقا", "خنقا", "ذبحا", "رميا", "جوعا",
                                         "عطشا")
# (round ar155) What a court or a deal "rules" after "قضى"/"يقضي" and "بـ" ("قاض يقضي
# بسجن"، "بالإعدام"): a ruling, no passing away.
RULED_AFTER_PASSING: tuple[str, ...] = (
    "بسجن", "بالسجن", "بحبس", "بالحبس", "بإعدام", "بالإعدام", "بتغريم", "بغرامة", "ببراءة",
    "بالبراءة", "بمنع", "بإلغاء", "بعدم", "بأن", "بوقف", "بإطلاق", "بالإفراج", "بإحالة",
    "بتسليم", "بنقل", "بضرورة", "بمعاقبة", "بإدانة")
# Words that continue a group noun phrase ("3 خبراء من حزب الله").
GROUP_LINKS: tuple[str, ...] = ("من", "في")
# Adverbs of place and time that open the circumstance after a group ("قبالة سواحل
# الحديدة", "قرب الحدود", "بعد الهجوم"): the group ends before them.
GROUP_END_ADVERBS: tuple[str, ...] = (
    "قبالة", "قرب", "بالقرب", "عند", "داخل", "خارج", "وسط", "أمام", "خلف", "شمال", "جنوب",
    "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بعد", "قبل", "أثناء", "إثر", "عقب",
    "حين", "لدى", "تحت", "فوق", "حول", "بمحيط", "محيط", "ضمن", "منذ",
    # the eve of an event: "قتل مرشحان عشية انطلاق الحملة"
    "عشية",
    # the direction of flight: "نزح السكان بالمئات نحو الحدود", "فروا باتجاه الأبيض"
    "نحو", "باتجاه",
    # parts of a month or year: "أودى بحياة أربعة من البيشمركة أواخر الشهر الماضي"
    "منتصف", "مطلع", "أوائل", "أواخر", "أواسط", "بداية", "نهاية",
    # circumstantial participles: "توفي 3 أشخاص متأثرين بجروحهم"
    "متأثرين", "متأثرا", "متأثرة", "متأثرون",
    # time adverbs in the accusative: "جثث خمسة مهاجرين صباحا"
    "صباحا", "مساء", "ليلا", "فجرا", "ظهرا", "عصرا", "اليوم", "أمس",
    # the charge or cause of an arrest: "اعتقال 7 أشخاص للاشتباه في ...", "بتهمة ..."
    "للاشتباه", "بتهمة", "بتهم", "بدعوى", "بسبب",
    # the weapon or the wound: "أصيب عشرات المتظاهرين بالرصاص الحي", "بجروح"
    "بالرصاص", "برصاص", "بنيران", "بجروح", "بشظايا", "بانفجار", "بقذيفة", "بغارة", "بقصف",
    # the strike, also after a partitive: "مقتل 5 من عناصر داعش بضربة جوية"
    "بضربة", "بضربات", "بغارات", "بهجوم", "بقذائف", "بعبوة", "بصاروخ", "بطائرة",
    # the harm: "أصيب العشرات بحالات اختناق"
    "بحالات", "بحالة",
    # a restriction ("مقتل تسعة مواطنين فقط") and a list of places ("خمسة عناصر دعم
    # للجماعات الإرهابية بكل من تيبازة وباتنة") say nothing of who
    "فقط", "بكل",
    # the manner of death, an accusative masdar: "قضى 4 أطفال غرقا"
    *DEATH_MANNER_MASDARS,
    # "also", and what the people did or held, which starts a clause of its own: "مقتل 8 من
    # الجهاديين أيضا", "12 شخصا يشتبه في ...", "4 عناصر بحوزتهم أسلحة", "انتحاريين اثنين
    # حاولا التسلل"
    "أيضا", "كذلك", "يشتبه", "بحوزتهم", "بحوزته", "بحوزتها", "حاول", "حاولا", "حاولوا",
    # a clause that describes them: "5 أطفال تتراوح أعمارهم بين ...", "طفلة تبلغ من العمر"
    # (an imperfect plural, "3 انتحاريين يرتدون أحزمة", ends a group by its form)
    "تتراوح", "يتراوح", "تبلغ", "يبلغ",
    # "still" opens what the people still are: "نحو 300 شخص ما زالوا في عداد المفقودين"
    "ما", "لا", "مازالوا", "لازالوا",
    # "up to": "اعتقلنا 3 مشتبه بهم حتى الآن"، "انتشلت جثث 9 أشخاص حتى ظهر اليوم"
    "حتى",
    # a past clause that describes them: "قتلت انتحاريين اثنين كانا يرتديان حزامين ناسفين"
    "كان", "كانا", "كانوا", "كانت", "كن",
)
# Words that make a collective noun a count of the people in it: "خلية مؤلفة من 6 أشخاص",
# "عصابة مكونة من 4 أشخاص". The outcome before the collective noun is theirs.
COMPOSED_OF: tuple[str, ...] = ("مؤلفة", "مؤلف", "مكونة", "مكون", "تتألف", "يتألف",
                                "تتكون", "يتكون", "قوامها", "قوامه", "تضم", "يضم")
# "في" continues a group only into the body the people belong to ("مقاتلين في هيئة
# تحرير الشام", "عنصرا في صفوف الجيش"); otherwise it opens the place or the event
# ("في غارة", "في كمين"), which is not part of the group.
MEMBERSHIP_HEADS: tuple[str, ...] = (
    "صفوف", "هيئة", "قوات", "جيش", "تنظيم", "جماعة", "ميليشيا", "ميليشيات", "مليشيا",
    "مليشيات", "حركة", "حزب", "الحرس", "فصائل", "فصيل", "كتائب", "كتيبة", "لواء", "الشرطة",
    "شرطة", "الجيش", "التنظيم", "الحركة", "الجماعة", "القوات", "الفصائل", "وحدات",
    # Iraqi copy: "منتسبان في الحشد الشعبي", "عنصر في البيشمركة"
    "الحشد", "حشد", "البيشمركة",
)
# Time phrases that open on "في" before a day part ("أعلنت الخلية، في وقت متأخر من ليل
# الأربعاء، مقتل ..."): between a verb of saying and its words they are skipped.
LATE_TIME_PHRASES: tuple[str, ...] = ("في وقت متأخر من", "في ساعة متأخرة من",
                                      "في الساعات الأولى من", "في ساعة مبكرة من",
                                      "في وقت مبكر من")
# What a source did before its words, in an aside after "بحسب X" that "، فإن" closes:
# 'وبحسب مصدر محلي تحدث لـ"عنب بلدي"، فإن ...', "وبحسب مصدر طلب عدم ذكر اسمه، فإن ...".
SOURCE_ASIDE_VERBS: tuple[str, ...] = ("تحدث", "تحدثت", "تحدثوا", "طلب", "طلبت", "طلبوا",
                                       "رفض", "رفضت", "رفضوا", "فضل", "فضلت", "فضلوا")
# An age, not a count: "شاب في السابعة عشرة من عمره", "طفل في العاشرة من العمر" (the
# number before "من" + one of these is how old someone is).
AGE_WORDS: tuple[str, ...] = ("عمره", "عمرها", "عمرهم", "عمرهما", "العمر")
# A speaker's age in brackets after the name, as features introduce residents: "تقول أم
# محمد (45 عاما)، وهي معلمة، إن ..." (the unit, between the name and the words).
AGE_UNITS: tuple[str, ...] = ("عاما", "عام", "سنة", "سنوات", "سنه", "ربيعا", "أعوام")
# A description of the speaker after a comma, before a colon and the quotation: "، وهي
# ممرضة خرجت من تحت الركام: "..."" (with a comma and the complementizer it is any aside).
DESCRIPTION_OPENERS: tuple[str, ...] = ("وهو", "وهي", "وهم", "وهما", "وهن")
# (round ar154) Verbs of waiting and hoping that a feature's described person "says" a
# quotation with ('المزارع فلان، الذي خسر نصف أشجاره، ينتظر الموسم "كمن ينتظر عرسا"'):
# the quotation after them is the person's words; with no quotation they tell no words.
QUOTED_HOPE_VERBS: tuple[str, ...] = (
    "ينتظر", "تنتظر", "يأمل", "تأمل", "يتمنى", "تتمنى", "يحلم", "تحلم", "يترقب", "تترقب")
# How many plain words (the thing waited for) may stand between such a verb and the
# quotation, and how many words a described person's name takes after the trade.
QUOTED_HOPE_MAX_WORDS: int = 4
DESCRIBED_NAME_WORDS: tuple[int, int] = (2, 4)
# Kin a toll's sub-group names one by one ("بينهم أب وأطفاله الأربعة"، "بينهم جدة وأربعة
# من أحفادها"). Folded, these words are also a month ("آب"), "or" ("أم"), "very" ("جد")
# and "his grandfather" or a city ("جدة"), so PERSON_SINGULAR cannot hold them; right
# after "بينهم" only a person is meant.
SUBGROUP_KIN: tuple[str, ...] = ("أب", "أم", "جد", "جدة")
SUBGROUP_KIN_MARKERS: tuple[str, ...] = ("بينهم", "بينهن")
# Introduce a sub-group of the figure before ("بينهم 12 طفلا").
SUBGROUP_MARKERS: tuple[str, ...] = ("بينهم", "بينهن", "منهم", "منهن", "هم", "بينها",
                                     "منها", "وبينهم", "ومنهم")
# "In addition to" before its preposition ("، إضافة إلى 18 مدنيا"، "فضلا عن مدنيين اثنين"):
# the count after it is one more item of the toll before, with its outcome, when it is of
# people and names no outcome of its own ("إضافة إلى 12 جريحا" reads its own).
ADDED_TO: tuple[tuple[str, str], ...] = (("إضافة", "إلى"), ("بالإضافة", "إلى"), ("فضلا", "عن"))
# Clause openers after which a new figure needs its own outcome word.
# After a comma, clauses whose source may close them alone ("، حيث قتل 37 مدنيا بحسب الأمم
# المتحدة"، "، بعد أن قتل أكثر من 600 مدني بحسب الأمم المتحدة"): the source is that
# clause's, not the whole sentence's.
CLOSED_CLAUSE_OPENERS: tuple[str, ...] = ("حيث", "بعد أن", "بعدما")
# Verbs of reaching, whose count is the people an act reached: "حملة اعتقالات طالت
# العشرات"، "مداهمات شملت 30 منزلا". Their subject is the noun phrase right before them, so
# an outcome word counts the people reached only when that phrase is its own (its
# adjectives, a place or a time after it, an act joined to it by "و"); after another noun
# ("عمليات الاعتقال رافقتها تحقيقات ميدانية طالت العشرات") the count is that noun's.
REACHING_VERBS: tuple[str, ...] = ("طال", "طالت", "طاول", "طاولت", "شمل", "شملت")
# The prepositions of a place or a time that may follow the act before its reaching verb
# ("اعتقالات في البلدة طالت العشرات"، "اعتقالات خلال الليل طالت").
REACH_PLACE_PREPS: tuple[str, ...] = ("في", "خلال", "داخل", "قرب", "منذ", "بمدينة",
                                      "ببلدة", "بمحافظة", "بريف")

CLAUSE_BREAKS: tuple[str, ...] = ("فيما", "بينما", "كما", "لكن", "ولكن", "حيث", "إذ",
                                  "بعد", "قبل", "عندما", "حين", "فيها", "التي", "الذي",
                                  "الذين")

# Words written beside a speaker that name no one: the verb of saying and the "same" of a
# source named again ("قال المصدر نفسه"، "الوزارة ذاتها"); two speakers sharing only these
# are not the same speaker.
SPEAKER_FILLER_WORDS: tuple[str, ...] = ("قال", "قالت", "نفسها", "نفسه", "ذاتها")

# The pronoun suffixes of a possessor, folded: dual, plural, feminine and "his" ("ابناهما"،
# "أبناؤهم"، "زوجها"، "شقيقه").
POSSESSOR_SUFFIXES: tuple[str, ...] = ("هما", "هم", "هن", "ها", "ه")
# The pronoun suffixes of a group's possessor, with "our" ("عناصرنا"، "جنودهم"، "أفرادها"):
# the group's own members.
GROUP_POSSESSOR_SUFFIXES: tuple[str, ...] = ("هما", "هم", "هن", "ها", "نا")
# "Others" after a count, folded ("وإصابة 4 آخرين"، "وأخريات"): the people counted, their noun
# left out.
OTHERS_WORDS_FOLDED: tuple[str, ...] = ("اخرين", "اخرون", "اخري", "اخريات")
# "Them" after the prepositions ب and في ("المشتبه بهم"، "المشتبه فيهن"): a plural object.
PLURAL_OBJECT_PRONOUNS: tuple[str, ...] = ("بهم", "بهن", "فيهم", "فيهن")
# The same participle stays singular for two, and its pronoun is the dual ("اعتقلت مشتبها
# بهما"): two suspects, as "مشتبها بهما اثنين" says with its numeral.
DUAL_OBJECT_PRONOUNS: tuple[str, ...] = ("بهما", "فيهما")
SUSPECT_PARTICIPLE_STEMS: tuple[str, ...] = ("مشتبه", "ومشتبه")
# The pronoun suffixes "their", plural, feminine and dual ("قادتهم"، "أبناؤهما").
THEIR_SUFFIXES: tuple[str, ...] = ("هم", "هن", "هما")
# The preposition ب with a pronoun ("المشتبه به"، "المشتبه بهم"): the tail of a relative, no
# noun.
BI_PRONOUN_WORDS: tuple[str, ...] = ("به", "بها", "بهم", "بهما")
# The endings of a nisba of people, plural or accusative ("سوريين"، "مدنيون"، "مدنيا").
PEOPLE_NISBA_ENDINGS: tuple[str, ...] = ("يين", "يون", "يا")
# The pronoun suffixes "their" and "her" ("أبناؤهم"، "أفرادها"): a possessor's, not a
# counted group's own.
THEIR_HER_SUFFIXES: tuple[str, ...] = ("هم", "هن", "هما", "ها")
# The endings of a plural nisba ("لبنانيين"، "مدنيون").
PLURAL_NISBA_ENDINGS: tuple[str, ...] = ("يين", "يون")
# The preposition ب with "them" ("المشتبه بهم"، "بهما").
BI_THEM_WORDS: tuple[str, ...] = ("بهم", "بهن", "بهما")
# "His", "her" and "their" with ل ("صديق له"، "قريب لها").
LI_PRONOUN_WORDS: tuple[str, ...] = ("له", "لها", "لهم")
# "With him", "with her" and "with them" ("ومن كان معه").
WITH_PRONOUN_WORDS: tuple[str, ...] = ("معه", "معها", "معهم")
# The preposition ب with "him" or "her" ("المشتبه به"، "المشتبه بها").
BI_HIM_HER_WORDS: tuple[str, ...] = ("به", "بها")
# "Suspected" ("مشتبه به"، "ومشتبه بهم"): a suspect, with his preposition after.
SUSPECT_FORMS: tuple[str, ...] = ("مشتبه", "ومشتبه")
# The endings of a dual with a possessor ("طفليه"، "ولديها"، "ابنيهما").
DUAL_POSSESSED_ENDINGS: tuple[str, ...] = ("يه", "يها", "يهما", "يهم")

# --- dates ---------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    # Western / Egyptian names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "أغسطوس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
    "كانون الأول": 12,
    # Maghrebi names
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    # Moroccan names (the French ones in Arabic letters): "غشت 2017", "12 شتنبر"
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
# Hijri months. Several are also names or words ("صفر" zero, "رجب", "رمضان", "شعبان"),
# so a Hijri month is a date only with a day number or a Hijri year next to it, or with
# a part of the month before it ("مطلع محرم") or الماضي/الجاري/المقبل after it ("رمضان
# الماضي").
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6,
    "جمادى الآخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11,
    "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}
# Markers that make a bare 13xx-15xx number a Hijri year ("عام 1438 هـ", "1445 هجرية");
# without one the number is a count or a code, not a date.
HIJRI_YEAR_MARKS: tuple[str, ...] = ("هـ", "هجري", "هجرية", "للهجرة", "ه.ق")
# Days named relative to publication: "غدا", "بعد غد", "أول أمس" (with "أمس", "اليوم").
# The date pattern and its start words are built from these keys.
RELATIVE_DAYS: dict[str, int] = {
    "غدا": 1, "يوم غد": 1, "بعد غد": 2, "أول أمس": -2, "أول من أمس": -2, "أمس الأول": -2,
    "أمس": -1, "اليوم": 0,
    # the bare construct "غد" only with its weekday ("صباح غد الخميس"; "غد أفضل" is the
    # future, no day)
    **{"غد " + day: 1 for day in ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
                                  "الخميس", "الجمعة")},
}
# Month names that are also ordinary words ("آب" = father, "ماي", "أوت"): only
# accepted next to a day number, a year, or in a double form "آب/أغسطس". The Maghrebi
# "جوان" is also a Kurdish given name ("رئيس المركز، جوان عثمان،"، "المهندس جوان عبد
# الكريم"), as "تموز" is a name: alone it is a month only where a name cannot stand.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"آب", "ماي", "أوت", "تموز", "جوان"})
# Prepositions of time before a bare "آب" spelt with its madda ("شهدت في آب هجوما"،
# "تنتظر منذ آب"): the madda is the month's spelling, "father" is "أب", and a father is
# never "in" or "since", so the month needs no day or year beside it there (unless a
# definite genitive follows, "في آب البيت", which a month never takes).
MADDA_MONTH_PREPOSITIONS: tuple[str, ...] = ("في", "خلال", "منذ")

# Nouns whose name is a date ("شارع 14 رمضان", "ميدان 6 أكتوبر", "ثورة 25 يناير"): the
# day and month after one name a place or an event of an unstated year, not a date.
DATE_NAMED_HEADS: tuple[str, ...] = (
    "شارع", "ميدان", "جسر", "كوبري", "ساحة", "حي", "مدينة", "ثورة", "انتفاضة", "حركة",
    "مستشفى", "مدرسة", "جامعة", "نادي", "قاعدة", "معسكر", "مطار", "مسجد", "جامع",
)
# Between a Gregorian and a Hijri date of the same day: "4 أيار 2018 الموافق 17 شعبان 1439
# هـ" (the Gregorian day fixes the Hijri one, which the tabular calendar only
# approximates). A second word may follow ("الموافق لـ").
CORRESPONDING_WORDS: tuple[str, ...] = ("الموافق", "الموافقة", "الموافق لـ", "والموافق",
                                        "الموافق ل", "الموافقة ل", "الموافقة لـ")
# ... and before a bare weekday: "سوق الخميس" (a market named for its day) is a place.
WEEKDAY_NAMED_HEADS: tuple[str, ...] = ("سوق",)
# Links of a night spanning two days: "ليل الخميس إلى الجمعة", "ليلة الأحد على الاثنين".
NIGHT_LINKS: tuple[str, ...] = ("إلى", "على")
# Parts of a month that an ordinal describes: "الأسبوع الأول من نيسان", "النصف الثاني من
# أيار" name no day (the month alone is the date, as "الأيام العشرة الأولى من أيار").
MONTH_PART_NOUNS: tuple[str, ...] = ("الأسبوع", "النصف", "الثلث", "الربع", "العشر")
# Between two day numbers before one month: "من 1 إلى 7 مايو", "بين 3 و6 أيار" (one
# expression, resolved to its first day like a night spanning two days).
DAY_RANGE_LINKS: tuple[str, ...] = ("إلى", "حتى", "-")

WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6,
}
# "الاثنين" is Monday and also "the two" ("وقتلوا الاثنين"). It is the day after a day
# part or another weekday ("مساء الاثنين"، "بين الأحد والاثنين"، "يومي الأحد والاثنين"،
# "ليل الأحد والاثنين"), after these words of when, and before a day of the month, a
# "last"/"next" or a second weekday ("الاثنين 18 أيار"، "الاثنين الماضي"، "ليل الاثنين
# الثلاثاء"); after a verb or a masdar ("وقتلوا الاثنين"، "مقتل الاثنين") it counts two.
MONDAY_WORDS: tuple[str, ...] = ("الاثنين", "الإثنين", "والاثنين", "والإثنين")
MONDAY_BEFORE: tuple[str, ...] = ("يومي", "اليوم", "منذ", "حتى", "مطلع", "نهار")
MONDAY_AFTER: tuple[str, ...] = ("الماضي", "المقبل", "القادم", "الفائت", "المنصرم")
# Time-of-day nouns kept in the span before a weekday ("مساء السبت").
DAY_PARTS: tuple[str, ...] = ("يوم", "ليل", "ليلة", "فجر", "صباح", "ظهر", "عصر", "مساء",
                              "ظهيرة", "صبيحة", "أمس")
# ... and before a day of the month ("ليلة الرابع عشر من الشهر الماضي"، "مساء 14 أيار"),
# as "ظهر الخميس 19 نيسان" keeps it; "يوم" and "أمس" stay out there ("يوم 14 أيار" was
# always read from the day's number).
DATE_DAY_PARTS: tuple[str, ...] = tuple(p for p in DAY_PARTS if p not in ("يوم", "أمس"))
# "ظهر" is also the verb "appeared" ("وظهر الخميس زعيم التنظيم في تسجيل مصور"): then it
# is no part of the date after it. It is the verb after a particle that only a verb
# follows, when a medium one appears in follows the date ("... ظهر الخميس في مقطع مصور"),
# or when it opens its clause and a subject follows the date; a past verb that folds to
# a word opening like the article ("ألقى"، "التقى") is no subject ("وظهر الخميس ألقت
# الطائرات ..." is noon).
APPEARING_DAY_PARTS: tuple[str, ...] = ("ظهر",)
VERB_PARTICLES: tuple[str, ...] = ("قد", "لقد", "وقد", "فقد", "بعدما", "عندما", "حينما",
                                   "لما", "كلما", "الذي", "أن")
APPEARANCE_MEDIA: tuple[str, ...] = ("تسجيل", "مقطع", "شريط", "فيديو", "شاشة", "صورة",
                                     "صور", "بث")
ARTICLE_LIKE_VERBS: tuple[str, ...] = ("ألقى", "ألقت", "ألغى", "ألغت", "التقى", "التقت",
                                       "التحق", "التحقت", "التزم", "التزمت")
# After a weekday or month: "الماضي", "الجاري", "المقبل".
PAST_WORDS: tuple[str, ...] = ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت",
                               "الفائتة", "السابق")
FUTURE_WORDS: tuple[str, ...] = ("المقبل", "المقبلة", "القادم", "القادمة")
CURRENT_WORDS: tuple[str, ...] = ("الجاري", "الحالي", "هذا")
# Before a month or year: "منتصف آذار", "بداية 2018".
# A period named from the publication date with الماضي/الجاري/المقبل after it
# ("الأسبوع الماضي", "منتصف الشهر الجاري", "العام المقبل"): its unit is the precision.
PERIOD_UNITS: dict[str, str] = {"الأسبوع": "week", "الشهر": "month", "العام": "year",
                                "السنة": "year"}
MONTH_MODIFIERS: tuple[str, ...] = ("منتصف", "بداية", "مطلع", "أوائل", "أواخر", "نهاية",
                                    "أواسط", "أول", "آخر", "بدايات", "نهايات", "أواخر")
# The end of a bare "الشهر": the publication month's end is still to come, so in a text
# that tells the past ("ومع نهاية الشهر، كان 66 ألفا قد خرجوا") it is the end of the
# month the text named last ("وفي السابع من نيسان ...").
MONTH_END_MODIFIERS: tuple[str, ...] = ("نهاية", "أواخر", "آخر", "نهايات")
# The start of a month: "مطلع محرم" is the Gregorian month its first day falls in (a Hijri
# month spans two).
MONTH_START_MODIFIERS: tuple[str, ...] = ("بداية", "مطلع", "أوائل", "بدايات")
# Verbs that ask for something ("وطالب المجلس الحكومة بإرسال فريق قبل نهاية الشهر"): what
# is asked for is still to be done, so the end of the month in their sentence is the
# publication month's, whatever month the text named before.
REQUEST_VERBS: tuple[str, ...] = (
    "طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "دعا", "دعت", "يدعو", "تدعو", "دعوا",
    "ناشد", "ناشدت", "يناشد", "تناشد", "حث", "حثت", "يحث", "تحث",
)
# The participles that add a call to a reported sentence ("..., داعيا المنظمات إلى "التحرك
# قبل موسم الأمطار في تموز""): a deadline in their sentence is asked for, so still ahead,
# as after the finite verbs above.
REQUEST_PARTICIPLES: tuple[str, ...] = (
    "داعيا", "داعية", "مطالبا", "مطالبة", "مناشدا", "مناشدة", "حاثا", "حاثة",
)
# "، على أن يكتمل العمل قبل موسم الأمطار في حزيران": "على أن" opening a clause, with a
# verb in the present, states a condition or a plan, what is to be done; a deadline in
# its clause is still ahead.
STIPULATION_OPENERS: tuple[str, ...] = ("على أن", "على ان")
# Ordinals naming a protest Friday ("الجمعة الرابعة").
ORDINALS: tuple[str, ...] = (
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
    "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة",
)
# Ordinal day numbers before "من <month>": "الثامن من أيار", "الحادي والعشرين من
# آذار". Built from the units so the compounds need not be listed.
_ORD_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
              "الثامن", "التاسع")


def _day_ordinals() -> dict[str, int]:
    out = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
    out["العاشر"] = 10
    out["الحادي عشر"] = 11
    for i, w in enumerate(_ORD_UNITS[1:], start=2):
        out[f"{w} عشر"] = 10 + i
    for tens, name in ((20, "العشرين"), (30, "الثلاثين")):
        out[name] = tens
        for i, w in enumerate(("الحادي", *_ORD_UNITS[1:]), start=1):
            if tens + i <= 31:
                out[f"{w} و{name}"] = tens + i
    return out


DAY_ORDINALS: dict[str, int] = _day_ordinals()
# The units of ordinals, both genders: a number word right after one is the ordinal's
# tens ("ليلة الرابع عشر من الشهر", "للمرة الثالثة عشرة"), never a count of people.
ORDINAL_UNITS: tuple[str, ...] = (
    *_ORD_UNITS, "الحادي", "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة",
    "السادسة", "السابعة", "الثامنة", "التاسعة",
)
# An indefinite ordinal or "another" agreeing with a singular count before its verb
# ("إن شابا ثالثا قتل"، "أن طفلة ثانية توفيت"، "إن مدنيا آخر أصيب"): the next of the dead
# or wounded, still one person and the verb's subject.
RANKS_AFTER_ONE: tuple[str, ...] = (
    "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا", "آخر",
    "ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة", "عاشرة", "أخرى",
)
# Words naming the first day of a month without "من": "غرة رمضان", "غرة أيار"; (round
# ar187) the Maghrebi "فاتح" ("فاتح يونيو المقبل"، "منذ فاتح مارس 2021"): the first of.
FIRST_DAY_WORDS: tuple[str, ...] = ("غرة", "فاتح")
# "اليوم" in these phrases is not "today" ("اليوم ذاته", "اليوم التالي").
NOT_TODAY_AFTER: tuple[str, ...] = (
    "ذاته", "نفسه", "التالي", "السابق", "الأول", "الثاني", "الثالث", "الرابع", "الخامس",
    "الذي", "الواحد", "العالمي", "الوطني", "الدولي", "الأخير", "الموعود", "داميا",
)
# After a time of day ("فجر اليوم"، "صباح اليوم") "اليوم" is today, and a definite word
# after it is the verb's object ("أعلنت المديرية فجر اليوم التوصل إلى اتفاق"), unless it
# is one of these, which make "اليوم" a day of something ("صباح اليوم التالي"، "مساء
# اليوم الأخير") as the words above do, or an ordinal.
DAY_OF_SOMETHING_AFTER_PART: tuple[str, ...] = ("المحدد", "المقرر", "المشهود", "الدامي",
                                                "الختامي", "الافتتاحي", "نفسها", "الموالي",
                                                "اللاحق", "الحاسم")
# Cues that the sentence speaks about the future (weekday/month goes forward).
FUTURE_CUES: tuple[str, ...] = (
    "سوف", "المقبل", "المقبلة", "القادم", "القادمة", "المقرر", "مقرر", "المرتقب",
    "المرتقبة", "المتوقع", "يتوقع", "ستجري", "سيجري", "تجري", "يجري", "ستعقد", "سيعقد",
    "تعقد", "يعقد", "سيتم", "سيكون", "ستكون", "سيلتقي", "ستبدأ", "سيبدأ", "يعتزم", "تعتزم",
    "موعد", "غدا",
    # what is awaited, planned or prepared for ("ومن المنتظر أن يلتقي الوزيران السبت"،
    # "من المزمع أن"، "يرتقب"، "وتستعد الهيئة لـ")
    "المنتظر", "منتظر", "المزمع", "مزمع", "يرتقب", "ترتقب", "يستعد", "تستعد",
    # the participle of expecting, as "يتوقع" and "المتوقع" are: a forecast is of what is
    # still to come ("، متوقعا انتهاء الأعمال قبل نهاية يوليو")
    "متوقعا", "متوقعة", "متوقعين",
)
# Cues that put a whole clause in the future, however far the month stands after them
# ("ومن المنتظر أن تبدأ القوات نشر 2000 عنصر لحماية المراكز مطلع تشرين الأول"، "ومن المقرر
# أن ..."، "وتعتزم الحكومة إطلاق حملة ... خلال تشرين الأول"): read back to the clause's
# start (a comma or a sentence end), not after "كان" ("وكان من المقرر أن ...": planned
# once, maybe past).
CLAUSE_FUTURE_CUES: tuple[str, ...] = (
    "المنتظر", "المقرر", "المتوقع", "المزمع", "المرتقب", "يتوقع", "يرتقب", "يعتزم",
    "تعتزم", "يستعد", "تستعد", "يخطط", "تخطط", "ينوي", "تنوي",
    # a feminine body expects as the masculine does ("المفوضية تتوقع وصول ... في تموز")
    "تتوقع", "ترتقب", "نتوقع",
    # the participle of expecting puts its clause ahead as "يتوقع" does, however long the
    # forecast runs before its month ("، متوقعا ان يصل ما يستلمه الى 25 ألف طن قبل نهاية
    # تموز")
    "متوقعا", "متوقعة", "متوقعين",
    # what is supposed to happen is still to come ("ألواح يفترض أن تصل مطلع حزيران"، "خزانان
    # يفترض أن يجهزا قبل أيلول"); once past it is told with "كان" ("كان يفترض أن"). Not the
    # adjective "المفترض", also "alleged" ("المنفذ المفترض للهجوم").
    "يفترض",
)
# The stems that "س" makes future after the person prefix ("سيصل"، "ستنطلق"، "سنواصل"),
# written folded. Any other verb after "سي"/"ست"/"سن" is read by its shape
# (FUTURE_PREFIX_PERSONS and its stop lists); these still give "سأ" (folded "سا"), which
# opens too many nouns for the shape alone, and a verb whose folded end is a noun's
# ("سيبدأ" folded "سيبدا").
FUTURE_S_STEMS: tuple[str, ...] = (
    "تم", "كون", "عقد", "جري", "لتقي", "زور", "بدا", "صل", "توجه", "ستانف", "نطلق", "عود",
    "شارك", "غادر", "حضر", "ستمر", "نتهي", "فتتح", "ناقش", "صوت", "جتمع", "علن", "طلق",
    "واصل", "قدم", "صدر", "نظر", "ستقبل", "بحث", "نفذ", "دخل", "تسلم", "سلم",
    # the verbs of a coming event's place and day: hosting, holding, opening, signing and
    # witnessing ("ستحتضن العاصمة"، "ستنعقد القمة"، "سيقام الحفل"، "ستشهد المدينة"، "ستوقع
    # الحكومتان"); "تستضيف" and the tenth form's other verbs are FUTURE_S_TENTH_FORM
    "حتضن", "نعقد", "قام", "نظم", "شهد", "وقع", "ختتم", "حتفل", "فتح",
    # the second form's services put on and handed out ("ستسير المديرية صهاريج"، "ستوزع
    # الحصص"، "سيرسل الفريق"، "سيعيد التشغيل")
    "سير", "وزع", "رسل", "عيد",
    # supporting, a service promised to those it is for ("ستدعم الوزارة 500 مزارع"، "سيدعم
    # الصندوق المشاريع الصغيرة")
    "دعم",
    # closing, reopening and ending what a war left: camps, crossings, schools ("سيغلق
    # المخيم بحلول أيلول"، "ستغلق المعابر")
    "غلق",
    # referral, the passive of handing a file on to a court or a cabinet ("ستحال الملفات
    # إلى مجلس الوزراء"، "سيحال المتهمون إلى القضاء")
    "حال",
    # paying out wages and grants ("الرواتب ستصرف في الأسبوع الأول من كانون الثاني"، "ستصرف
    # الحكومة 5 ملايين دينار"، "المستحقات ستدفع على دفعتين في تشرين الأول وتشرين الثاني"):
    # a payment announced is still to be made
    "صرف", "دفع",
    # deploying, the eighth form of spreading out ("سينتشر الجنود مطلع فبراير"، "ستنتشر
    # الدوريات في الأحياء"): forces announced to deploy are still to arrive
    "نتشر",
    # putting up for sale or for debate: an auction, a tender, a file, a plan ("سيطرح البنك
    # مزادا ... يوم الأحد"، "ستطرح الملف في جلسة مجلس الأمن الثلاثاء"); no noun opens "سيطرح"
    # or "ستطرح" ("سيطرة" has no "ح")
    "طرح",
)
# The tenth form's stems after the future's "س" and the person prefix ("ستستضيف"،
# "سيستقبل"، "سنستكمل"): "ست" and three letters, a shape no noun in "سي"/"ست"/"سن" has.
FUTURE_S_TENTH_FORM: str = "ست"
# The fifth, sixth and eighth forms after the future's "س" and the person prefix ("ستتضح
# الأرقام"، "سيتوقف العمل"، "ستتواصل الحملة"، "سيتعين"): "ت" and two to four letters
# after "سي"/"ست", two letters for the eighth form of a root in "و" ("اتضح") (not
# "سنت": "سنتيمتر"، "سنتين").
FUTURE_S_T_FORMS: str = "(?<=[يت])ت"
# Lasting told in the present ("المخزون يكفي حتى نهاية يوليو"، "الهدنة سارية حتى"):
# a month after "حتى" in their clause is the coming one.
LASTING_PRESENT: tuple[str, ...] = (
    "يكفي", "تكفي", "يستمر", "تستمر", "يمتد", "تمتد", "يسري", "تسري", "يظل", "تظل",
    "يبقى", "تبقى", "يتواصل", "تتواصل", "يدوم", "تدوم", "سارية", "ساري", "صالحة",
    # going on as a purpose, the verbal noun with the "ل" of aim ("تحتاج 38 ألف دولار
    # لمواصلة العمل حتى نهاية آذار"): what money or means are sought for is still ahead
    "لمواصلة", "لاستمرار",
)
# A postponement or an extension moves a thing to a later day ("تأجيل بدء العام الدراسي إلى
# الرابع من تشرين الثاني"، "أرجأت المحكمة الجلسة إلى 9 آذار"، "تمديد الحظر حتى نهاية
# أيار"): a month after "إلى"/"حتى" in their clause is the coming one. Not "أجل" (also
# "من أجل", "for") nor "تمدد" (also the present of lasting, read with LASTING_PRESENT).
POSTPONING_WORDS: tuple[str, ...] = (
    "تأجيل", "تأجيله", "تأجيلها", "تأجل", "تأجلت", "أجلت", "يؤجل", "تؤجل", "أرجأ", "أرجأت",
    "إرجاء", "يرجئ", "ترجئ", "تمديد", "مدد", "مددت", "يمدد",
)
# A deadline ("قبل"، "بحلول") in a request's sentence is still ahead ("دعت إلى هدنة قبل
# موسم الحصاد في أكتوبر").
DEADLINE_WORDS: tuple[str, ...] = ("قبل", "بحلول")
# A condition still open ("اذا لم تفتح طريق التصدير قبل نيسان سنرمي نصف المحصول"): what it
# sets is yet to be met, and so is its deadline. Only "إذا", the condition of what may
# come; "لو" is of what did not happen and "إن" is as often the complementizer.
CONDITION_DEADLINE_WORDS: tuple[str, ...] = ("إذا", "اذا", "وإذا", "فإذا")
# ... but "إذا" of surprise, before "ب" and what was suddenly there ("فإذا بالمسلحين
# يهاجمون القرية", "وإذا بهم ..."), tells what happened, no condition: its pronouns after
# "ب" (a noun after it is told by its article, "بال").
SURPRISE_IDHA_PRONOUNS: tuple[str, ...] = ("به", "بها", "بهم", "بهما", "بهن", "بنا", "بي",
                                           "بك", "بكم")
# A condition or a wish right before a verb of saying ("وإذا طالبت الحكومة بالتعويض ..."،
# "لو اتهمتهم الحركة بالتجسس ..."): the words are supposed, nobody said them.
HYPOTHETICAL_OPENERS: tuple[str, ...] = ("إذا", "اذا", "وإذا", "فإذا", "لو", "ولو", "فلو")
# A pledge's participle after its clause's comma ("، متعهدة بإنجاز المرحلة الأولى قبل نهاية
# حزيران"): what is pledged, its act after "بـ", is still to be done, as after the verb.
PLEDGE_PARTICIPLES: tuple[str, ...] = ("متعهدا", "متعهدة", "متعهدين")
# Waiting told in the present ("المؤسسة تنتظر هبة ... قبل حزيران"، "ينتظر الأهالي وصول
# الصهاريج قبل نهاية الشهر"): what is awaited is still to come, and so is its deadline.
AWAITING_PRESENT: tuple[str, ...] = (
    "تنتظر", "ينتظر", "ننتظر", "ينتظرون", "وتنتظر", "وينتظر", "تترقب", "يترقب", "وتترقب",
    "ويترقب",
)
# Hope and intention are of what has not come ("معربا عن أمله في إنجاز الأحياء القديمة
# قبل حزيران"، "ونأمل افتتاحها في مارس المقبل"، "أعلن عزمه إنجاز الطريق قبل نهاية آب"): a
# deadline in the clause that hopes or intends is ahead, as in a request. The noun takes
# its owner's pronoun; the bare "أمل" is also the Lebanese movement and a name (and
# "آمل", "I hope", folds to it).
HOPE_DEADLINE_WORDS: tuple[str, ...] = (
    "أمله", "أملها", "أملهم", "أملنا", "أملي", "آماله", "آمالها", "آمالهم", "يأمل", "تأمل",
    "نأمل", "يأملون", "آملا", "آملة", "آملين", "متمنيا", "متمنية", "يتمنى", "تتمنى",
    "نتمنى", "عزمه", "عزمها", "عزمهم", "نيته", "نيتها", "نيتهم",
)
# A warning or a threat is of what may still come ("حذر ... من ان ... مهددة بالتلف قبل
# نهاية نيسان"، "محذرا من نفاد المخزون قبل حزيران"): a deadline after the warning's "من"/"أن"
# or in a clause that says what is threatened is ahead, as in a request.
WARNING_DEADLINE_WORDS: tuple[str, ...] = (
    "حذر", "يحذر", "حذرت", "تحذر", "وحذر", "ويحذر", "وحذرت", "وتحذر", "محذرا", "محذرة",
    "محذرين", "محذرون",
)
THREATENED_PARTICIPLES: tuple[str, ...] = (
    "مهدد", "مهددة", "مهددون", "مهددين", "مهددا", "المهدد", "المهددة",
)
# The words that open what a warning warns of ("حذر من ان"، "حذرت من"، "يحذر أن").
WARNING_OBJECT_OPENERS: tuple[str, ...] = ("من", "أن", "ان", "إن", "بأن", "بان")
# A relative inside what is warned of tells a past event of its own ("حذر من تكرار ما حدث
# قبل نهاية آب"): a deadline after one is that event's time. ("ما لم", "unless", is a
# condition, no relative.)
WARNED_EVENT_RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين", "ما")
# ... as does a clause of time or comparison there ("حذر من نقص الأدوية بعد أن نفدت
# المخزونات في تموز"، "حذر من ارتفاع الأسعار كما حصل في آب"): the month after it is that
# clause's past event, not what is warned of (a comma there ends the warning's object too).
WARNED_CLAUSE_OPENERS: tuple[str, ...] = (
    "بعد", "وبعد", "كما", "مثلما", "عندما", "حين", "حينما", "منذ", "إثر", "اثر", "لما")
# ... but "قبل" with a length of time is "ago" ("وقع قبل أسبوعين في مارس"): the duals and
# the number words, besides TIME_UNITS and digits
AGO_UNITS: tuple[str, ...] = (
    "يومين", "أسبوعين", "شهرين", "عامين", "سنتين", "ساعتين", "يوم", "أسبوع", "شهر", "عام",
    "سنة", "سنوات", "أعوام", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
    "عشرة", "بضعة", "عدة", "نحو",
)
# The end of a stretch of days ("من مساء الاثنين حتى صباح الأربعاء"، "خطفوا يوم الخميس،
# ولم يفرج عنهن حتى مساء السبت"): a bare weekday after these follows the day before it.
UNTIL_WORDS: tuple[str, ...] = ("حتى", "وحتى", "إلى", "وإلى", "لغاية", "ولغاية")
# A truce, a deadline or a measure lasting until a day ("وافقا على وقف إطلاق النار حتى
# يوم السبت"، "منحهم مهلة حتى الخميس"، "تعليق الدراسة حتى الأحد"): a measure runs from its
# announcement on, so a bare weekday after "حتى"/"إلى" a few words after one of these is the
# coming one. Not in a past account ("كانت"), nor after a verb that tells how long it held
# (PAST_LASTING_VERBS), nor when a weekday before "حتى" opens a stretch of its own ("حظر
# تجول من مساء الاثنين حتى صباح الأربعاء", read by the stretch's rule).
MEASURE_UNTIL_NOUNS: tuple[str, ...] = (
    "هدنة", "الهدنة", "تهدئة", "التهدئة", "مهلة", "المهلة", "أمهل", "أمهلت", "أمهلوا",
    "يمهل", "تمهل", "حظر", "الحظر", "تعليق", "إغلاق", "الإغلاق", "إقفال", "الإقفال",
    "إيقاف", "تجميد", "تعطيل", "العطلة", "عطلة", "الإضراب", "إضراب", "إضرابا", "الحداد",
    "حداد", "حدادا",
)
# "وقف" is a truce only before what is stopped ("وقف إطلاق النار"، "وقف القتال"); before a
# subject it is the verb "stood" ("وقف المتظاهرون أمام المبنى حتى المساء").
STOPPING_NOUN: str = "وقف"
STOPPED_ACTS: tuple[str, ...] = ("إطلاق", "القتال", "الاقتتال", "الأعمال", "العمليات",
                                 "الهجمات", "التصعيد")
# How many words before "حتى" such a noun may stand ("وقف إطلاق النار في المدينة حتى").
MEASURE_UNTIL_REACH = 6
# The past of lasting ("صمدت الهدنة حتى السبت"، "الإغلاق الذي استمر حتى الأحد"): how long a
# measure held, told once it is over.
PAST_LASTING_VERBS: tuple[str, ...] = (
    "استمر", "استمرت", "صمد", "صمدت", "دام", "دامت", "ظل", "ظلت", "بقي", "بقيت", "امتد",
    "امتدت", "تواصل", "تواصلت", "انتهى", "انتهت", "انهار", "انهارت", "واصل", "واصلت",
    "واصلوا",
)
# Measures announced or decided for a day ("وأعلنت البلدية الحداد وإقفال المدارس يوم
# الخميس"، "قررت النقابة الإضراب يوم الأحد"): an announcement's or a decision's verb in the
# past, then one of these verbal nouns at most MEASURE_DAY_REACH words before a bare
# weekday, names the day the measure is to run, still ahead. The weekday right after the
# verb is the announcement's own day ("أعلنت الشرطة يوم الخميس مقتل ...") and stays
# behind, as does an event told with its own verb ("شيعت البلدة يوم الخميس ...").
ANNOUNCING_VERBS: tuple[str, ...] = (
    "أعلن", "أعلنت", "أعلنوا", "قرر", "قررت", "قرروا", "أقر", "أقرت", "تقرر",
)
ANNOUNCED_DAY_MEASURES: tuple[str, ...] = (
    "الإضراب", "إضراب", "إضرابا", "اعتصام", "اعتصاما", "الاعتصام", "إقفال", "الإقفال",
    "إغلاق", "الإغلاق", "الحداد", "حداد", "حدادا", "عطلة", "العطلة", "تعطيل", "تعليق",
    "استئناف", "حظر", "الحظر", "منع", "وقفة", "مسيرة", "تظاهرة", "التظاهر", "تظاهر",
    "مقاطعة", "العصيان", "عصيان",
)
MEASURE_DAY_REACH = 4
# The start of a measure ("حدادا وطنيا لمدة ثلاثة أيام اعتبارا من الثلاثاء"، "حظر تجول
# ابتداء من السبت"): a measure is announced before it runs, so a bare weekday right after
# one of these (before "من") is the coming one, unless the clause tells it with "كان".
STARTING_FROM_WORDS: tuple[str, ...] = ("اعتبارا", "ابتداء", "بدءا")
# Coinciding told in the present ("ويتزامن ذلك مع وصول وفد إلى العاصمة الأربعاء"): what
# the news coincides with is still to come, so a bare weekday later in the clause is the
# coming one (the past "وتزامن ذلك مع" tells one gone by).
COINCIDING_PRESENT: tuple[str, ...] = ("يتزامن", "تتزامن", "ويتزامن", "وتتزامن")
# A season's arrival after "مع" ("وتتضاعف الإصابات مع حلول الصيف في آب"، "مع اقتراب موسم
# الأمطار في تشرين الأول"): told beside a present verb, the month it comes in is the coming
# one, as a warning's is (``ar/date_month_tense.py``); at most ARRIVAL_REACH words before
# the month.
ARRIVAL_WITH: tuple[str, ...] = ("مع", "ومع")
ARRIVAL_NOUNS: tuple[str, ...] = ("حلول", "اقتراب", "قدوم", "بدء", "بداية")
ARRIVAL_REACH = 6
# A season's or a programme's start or end told in the present ("موسم الأمطار الذي يبدأ
# في يونيو"): the month after "في" is the coming one.
SCHEDULE_VERBS: tuple[str, ...] = ("يبدأ", "تبدأ", "ينتهي", "تنتهي", "ينطلق", "تنطلق", "يحل",
                                   "تحل")
# Pay owed for a month ("صرف رواتب شهر آب"): the month named is the one worked, the
# nearest such month, even when the payment is still to come.
PAY_NOUNS: tuple[str, ...] = ("رواتب", "راتب", "أجور", "مستحقات", "معاشات", "منحة")

# The ordinal words shared by the Levantine month names ("كانون الأول"، "تشرين الثاني"): alone
# they are no month, so they name no date.
MONTH_NAME_ORDINALS: tuple[str, ...] = ("الأول", "الثاني")
# The words shared by several Hijri month names ("ربيع الأول"، "جمادى الآخرة"، "ذو الحجة"):
# alone they name no month.
HIJRI_MONTH_SHARED_WORDS: tuple[str, ...] = ("الأول", "الثاني", "الآخر", "الأولى", "الآخرة",
                                             "الثانية", "ذو", "ذي")

# The words that name a time before a number ("في 2019"، "منذ عام 2015"، "حتى سنة 2020"): a
# number after one is a year, so a counted thing after it makes no count.
TIME_WORDS_BEFORE_YEAR: tuple[str, ...] = ("في", "عام", "العام", "منذ", "خلال", "حتى", "سنة",
                                           "لعام", "بعام")
# The verb "كان" with its feminine and its clitic ("وكانت الوزارة أعلنت الأحد"): a clause told
# in the past, whose bare weekday is one gone by.
WAS_VERBS: tuple[str, ...] = ("كان", "كانت", "وكان", "وكانت")
# How near "كان" stands to a date for the date to be in its clause ("التي كانت مقررة في 24
# ديسمبر": the verb, its participle and the preposition); further back it is a clause the
# date's own verb follows ("المدارس التي كانت أغلقت أبوابها الدراسة في أيلول").
WAS_BEFORE_DATE_WORDS = 4
# "أول" and "آخر" before a Hijri month name name its first or last day ("أول رمضان"), not a
# part of the month.
FIRST_LAST_WORDS: tuple[str, ...] = ("أول", "آخر")
# The noun "month" with its clitics, folded ("في شهر مايو"، "وشهر رمضان"، "لشهر آب").
MONTH_NOUN_FORMS: tuple[str, ...] = ("شهر", "وشهر", "بشهر", "لشهر")
# The words that open a span between two dates ("بين 3 و5 مايو"، "من الأحد حتى الخميس"،
# "منذ 12 آذار").
DATE_SPAN_OPENERS: tuple[str, ...] = ("بين", "وبين", "من", "منذ")
# The kunya words, folded ("أبو محمد"، "أم أحمد"): a name opens with one, so it may be the
# subject of a headline.
KUNYA_WORDS_FOLDED: tuple[str, ...] = ("ابو", "ام")
# The nouns a number names rather than dates, folded ("القرار 2254"، "اللواء 93"، "الفرقة
# 1830"، "بند 1325"، "رقم 2020"): the number is the thing's, not a year.
NUMBERED_THING_NOUNS_FOLDED: tuple[str, ...] = ("رقم", "اللواء", "الفرقه", "بند", "القرار")
# The words before "اليوم" that make it a day told of, not today, folded ("كان اليوم
# حافلا"، "في ذلك اليوم"، "حتى الآن وإلى اليوم").
TOLD_DAY_OPENERS_FOLDED: tuple[str, ...] = ("كان", "كانت", "وكانت", "وكان", "في", "الي", "ذلك")
# The prepositions "ل", "ب" and "لل" glued to a word ("لليوم"، "باليوم"): a day named as an
# object ("استعدادا لليوم الوطني"), not today.
LI_BI_PREFIXES: tuple[str, ...] = ("ل", "ب", "لل")
# "إلى" and "إلا", folded: words after "اليوم" that open no name ("اليوم الا أن ...").
TO_EXCEPT_FOLDED: tuple[str, ...] = ("الي", "الا")

# Words that name a year before a number, folded ("عام 2019"، "مواليد 1990"، "منذ 2011"):
# the number is a year, no count.
YEAR_WORDS_BEFORE_NUMBER: tuple[str, ...] = (
    "عام", "العام", "سنه", "منذ", "مواليد", "لعام", "بعام", "وعام",
)
# A named period between a verb and its count ("خطفوا، الأسبوع الماضي، ثلاثة شبان"، "قتل منذ
# مطلع العام 21 جنديا"): the definite week, month or year, told by an adjective of past,
# current or coming time after it or by a preposition or a part of the period before it; when
# something happened, passed over whole as a weekday or "أمس" is.
NAMED_PERIODS: tuple[str, ...] = ("الأسبوع", "الشهر", "العام", "السنة")
NAMED_PERIOD_OPENERS: tuple[str, ...] = (
    "منذ", "خلال", "مطلع", "بداية", "مستهل", "منتصف", "أواسط", "أواخر", "أوائل", "نهاية",
    "طيلة", "طوال")
# The word "month" before a month's name ("خلال شهر تشرين الأول"): part of the name.
MONTH_WORDS: tuple[str, ...] = ("شهر",)
# The prepositions of time "after" and "before" ("بعد 3 أيام"، "قبل أسبوع").
AFTER_BEFORE_WORDS: tuple[str, ...] = ("بعد", "قبل")
# The ordinals of the Levantine month names, folded ("كانون الأول"، "تشرين الثاني"): after a
# month's first word they end its name.
MONTH_NAME_ORDINALS_FOLDED: tuple[str, ...] = ("الاول", "الثاني")

# Yesterday, today and tomorrow, folded, before a weekday ("أمس الجمعة"، "اليوم الأحد"،
# "غدا السبت"): the day the weekday names.
YESTERDAY_TODAY_TOMORROW_FOLDED: tuple[str, ...] = ("امس", "اليوم", "غدا")

# --- claims ------------------------------------------------------------------------

# The folded cores of the verbs of claiming, announcing and denying ("تبنى"، "أعلن"، "نفى"،
# "نفت"): every verb of a claim ("تبنت جماعة مسلحة الهجوم") holds one of them in a row.
CLAIM_VERB_CORES_FOLDED: tuple[str, ...] = ("تبن", "اعلن", "نفي", "نفت")
# The folded verbs of denying ("نفى الحزب أي علاقة بالتفجير"، "تنفي الحركة أي صلة"): with
# an object of responsibility or link they are a denial.
DENYING_VERBS_FOLDED: tuple[str, ...] = ("نفي", "نفت", "ينفي", "تنفي")
# The folded verbs of announcing and denying ("أعلن التنظيم مسؤوليته"، "نفت أي تورط"):
# unlike "تبنى" they claim nothing without an object of responsibility after them.
ANNOUNCING_DENYING_VERBS_FOLDED: tuple[str, ...] = ("اعلن", *DENYING_VERBS_FOLDED)

# The folded verbs of claiming a deed, announcing it and denying it, past and present
# ("تبنت جماعة مسلحة الهجوم"، "يتبنى"، "أعلنا مسؤوليتهما"، "تنفي الحركة"): the verb of a claim.
CLAIM_VERBS_FOLDED: tuple[str, ...] = ("تبني", "تبنت", "يتبني", "تتبني", "تبن", "تتبن", "اعلن",
                                       "اعلنت", "اعلنا", "نفي", "نفت", "ينفي", "تنفي")
# The present of claiming, folded, that a headline puts after its subject ("تنظيم مسلح
# يتبنى الهجوم").
HEADLINE_CLAIM_VERBS_FOLDED: tuple[str, ...] = ("يتبني", "تتبني")
# Responsibility as the object of a claim, folded ("أعلن مسؤوليته عن التفجير"، "تبنت
# المسؤولية").
RESPONSIBILITY_NOUNS_FOLDED: tuple[str, ...] = ("مسووليته", "مسووليتها", "مسووليتهم",
                                                "المسووليه")
# The nouns of a link denied after "أي", folded ("نفى أي علاقة"، "أي تورط"، "أي صلة"،
# "أي دور").
DENIED_LINK_NOUNS_FOLDED: tuple[str, ...] = ("علاقه", "مسووليه", "تورط", "صله", "دور")
# The negations of a past or a coming deed ("لم تتبن أي جهة"، "لن"، "لا"): a negated claim
# is none.
CLAIM_NEGATIONS: tuple[str, ...] = ("لم", "لا", "لن")

# --- statements --------------------------------------------------------------------

# The present of naming oneself, which brings in a group by the name it gives itself
# ("جماعة تطلق على نفسها اسم "سرايا الشمال""، "تنظيم يسمي نفسه "جند الحق"") ...
SELF_NAMING_VERBS: tuple[str, ...] = ("تطلق", "يطلق", "يطلقون", "تسمي", "يسمي", "يسمون",
                                      "تسمى", "يسمى")
# ... and the reflexive after it ("نفسها"، "نفسه"، "أنفسهم").
REFLEXIVE_SELVES: tuple[str, ...] = ("نفسها", "نفسه", "أنفسهم", "أنفسهن", "نفسيهما")
# Verbs of closing ("واختتم بالقول إن", "واختتم المتحدث حديثه بالقول إن"): words only
# through the masdar of saying after them; otherwise they close a visit or a meeting.
# ... and so are verbs of keeping to little ("واكتفت الوزارة بالقول إن ..."، "اكتفى
# المتحدث بالقول: ..."): a reply cut short is still words, as the sets' gold has it;
# without the masdar they keep to a statement or an act ("واكتفت الوزارة ببيان مقتضب").
LIMITING_VERBS: tuple[str, ...] = ("اكتفى", "اكتفت", "اكتفوا")
CLOSING_VERBS: tuple[str, ...] = ("اختتم", "اختتمت", "ختم", "ختمت", *LIMITING_VERBS)
# (round ar140) Verbs of commenting on something are words only through the masdar of
# saying ("وعلقت الحائكة على عودة الطلب بالقول: "...""), read from the masdar back to the
# verb: alone "علق" hangs or suspends ("علقت المنظمة أنشطتها"), so it is no verb of
# saying of its own.
REMARKING_VERBS: tuple[str, ...] = ("علق", "علقت", "علقوا")
# (round ar144) Verbs of summing up a scene or a state ("ولخص الصياد فلان وضع البحارة
# بقوله: "..."", "واختصرت صاحبة المقهى المشهد: "..."", "ويصف السائق الوضع بالقول"): words
# only with one of the nouns below as their object and the masdar of saying or a colon
# and a quotation after it; alone they describe a thing ("ووصف الوزير الهجوم بالجبان")
# or sum up a report's contents ("ولخص التقرير أبرز التحديات").
SUMMING_VERBS: tuple[str, ...] = (
    "لخص", "لخصت", "لخصوا", "يلخص", "تلخص", "يلخصون", "اختصر", "اختصرت", "اختصروا",
    "يختصر", "تختصر", "يختصرون", "أوجز", "أوجزت", "أوجزوا", "يوجز", "توجز", "يوجزون",
    "وصف", "وصفت", "وصفوا", "يصف", "تصف", "يصفون")
# ... their roots, the document's test before any sentence is scanned (folded)
SUMMING_ROOTS_FOLDED: tuple[str, ...] = ("لخص", "ختصر", "وجز", "وصف", "يصف", "تصف")
# ... the nouns of a scene or a state they sum up ("حال المدرسة"، "الوضع"، "المشهد")
SUMMED_UP_NOUNS: tuple[str, ...] = (
    "حال", "الحال", "حالة", "وضع", "الوضع", "أوضاع", "الأوضاع", "المشهد", "مشهد",
    "الأمر", "الصورة", "واقع", "الواقع", "معاناة", "تجربة", "تجربته", "تجربتها", "حاله",
    "حالها", "حالهم", "وضعه", "وضعها", "وضعهم",
    # (round ar156) one's work, day and life, described by the one who lives them ('ويصف
    # العامل فلان عمله: "..."')
    "عمله", "عملها", "عملهم", "يومه", "يومها", "حياته", "حياتها", "معاناته", "معاناتها")
# ... and the masdar of saying with the speaker's own pronoun ("بقوله"، "بقولها"), as
# "بالقول" after them
OWN_SAYING_MASDARS: tuple[str, ...] = ("بقوله", "بقولها", "بقولهم", "بقولهما", "بقولهن")
# How many plain words the object of a verb of closing or commenting may hold before the
# masdar of saying ("وعلق المتحدث على عودة الطلب على الأثواب المطرزة بالقول").
CLOSING_OBJECT_MAX_WORDS: int = 10
# Definite masdars of the مفاعلة pattern that look like participle adjectives once the
# vowels are gone ("الموافقة" = the approval / approving). After a subject they are the
# object of "أعلن" ("وأعلنت الحكومة المؤقتة الموافقة على الخطة") when the sentence has
# no complementizer to carry the content; with one ("أعلنت القوات المشاركة في العملية
# أن ...") they stay an adjective of the subject.
OBJECT_MASDARS_III: tuple[str, ...] = (
    "الموافقة", "المشاركة", "المصادقة", "المقاطعة", "المطالبة", "الملاحقة", "المواجهة",
    "المباشرة", "المتابعة", "المساهمة", "المعالجة")
SAYING_MASDARS: tuple[str, ...] = ("بالقول",)
# ... and the masdars of pointing out and stressing, with the preposition their words follow
# ("واكتفت الوزارة في بيان بالإشارة إلى "حادث داخلي""، "اكتفى بالتأكيد على أن ..."): a
# reply kept short names what was said after them.
POINTING_MASDARS: dict[str, str] = {"بالإشارة": "إلى", "بالتأكيد": "على", "بالتلميح": "إلى"}
# Measures an authority announces as the object of "أعلن" ("وأعلنت وزارة الداخلية في
# الحكومة المؤقتة رفع حظر التجول"): after the body of the speaker ("في الحكومة المؤقتة")
# such a masdar opens the words, as "مقتل" does.
ANNOUNCED_MEASURES: tuple[str, ...] = ("رفع", "فرض", "إغلاق", "تمديد", "إلغاء", "تعليق",
                                       "استئناف",
                                       # the ban itself, with no "فرض" before it: "وأعلنت
                                       # حظر التجوال في البلدة"
                                       "حظر",
                                       # a body set up: "وأعلنت تشكيل لجنة تحقيق"، "أعلن
                                       # إنشاء غرفة عمليات" (the formed body is the
                                       # object, never the announcer)
                                       "تشكيل", "إنشاء", "تأسيس",
                                       # an arrest made ("وأعلنت القبض على ستة أشخاص"،
                                       # "أعلنت إلقاء القبض على ..."): the arrest is the
                                       # object, the announcer the sentence's subject
                                       "القبض", "إلقاء")
# Negation before a speech verb: "ولم يؤكد الجيش الأنباء" reports that nothing was said.
# (A denial, "نفى", is a statement; a missing confirmation is not.)
# Not "لما": before a past verb it means "when" ("لما قال الوزير ...").
SPEECH_NEGATIONS: tuple[str, ...] = ("لم", "لن", "لا")
# Words after a speaker that announce the words to come: "قال ما يلي:", "قال ما نصه:".
ANNOUNCING_WORDS: tuple[str, ...] = ("يلي", "نصه")
# Pledges: "تعهد الوزير بمحاسبة المسؤولين", "تعهدت الحكومة إعادة الإعمار" (the promise as
# the object or after بـ).
# The sound feminine plural ending: a noun in it with a definite genitive after it
# ("عمليات البحث"، "قوات الأمن") is definite by the construct, so after "وأن" with no comma
# it is the subject of a second clause of the report, as "وأن القوات" is.
SOUND_FEMININE_PLURAL_ENDING: str = "ات"
PLEDGE_VERBS: tuple[str, ...] = ("تعهد", "تعهدت", "يتعهد", "تتعهد")
# (round ar168) ... and its plural, after the subject named before or as a second verb
# after a comma ("اتهم وجهاء القرية عصابة ...، وتعهدوا بملاحقة الفاعلين"، "وكان الأهالي قد
# تعهدوا بـ"): a list of its own, since the pledge inside reported words (PLEDGE_VERBS'
# nested reading) stays unread
PLEDGE_PLURAL_VERBS: tuple[str, ...] = ("تعهدوا",)
# The plain verb of promising, with its act after بـ like a pledge ("وكانت الوزارة قد وعدت
# الأسبوع الماضي بوصول ..."). Read only after "قد", where the subject came before it and
# the word is surely the verb: elsewhere it is as often the noun ("ذكرى وعد بلفور").
PROMISE_VERBS: tuple[str, ...] = ("وعد", "وعدت")
# (round ar166) ... its masculine opening its sentence with "و"/"ف" glued to it, or bare
# right after "فيما"/"بينما" (the bare form first), with a subject of up to
# PROMISE_SUBJECT_MAX_WORDS words and its act in "ب" after it: "ووعد وزير الاقتصاد بتوزيع
# ..."، "فيما وعد المحافظ بتوزيع ...".
PROMISE_MASCULINE_OPENING: tuple[str, ...] = ("وعد", "ووعد", "فوعد")
PROMISE_SUBJECT_MAX_WORDS = 6
# "ب" with a pronoun, which is no promised act ("ووعد المسؤولون به"):
BI_PRONOUNS: tuple[str, ...] = ("به", "بها", "بهم", "بهما", "بهن", "بنا", "بي", "بك", "بكم")
# ... its feminine, which no noun spells: opening its sentence or a clause, with its subject
# after it ("ووعدت مؤسسة المياه، في اتصال مع البلدية، بإرسال فريق فني"), it is the verb
# too, as "وتعهدت السلطات بتأمين ..." is.
PROMISE_FEMININE: str = "وعدت"
# Pledges and promises whose act follows with "ب" ("وعدت المؤسسة بتركيب مضختين قبل شهر
# شباط"، "وتعهد البرنامج بتسليم الدفعة الأولى قبل نهاية تشرين الأول"): a promised act is
# still to come, as a purpose is, so its month, one or two after the publication's, is
# the coming one. The masculine "وعد" is left out: as often the noun ("وعد بلفور").
PROMISED_ACT_VERBS: tuple[str, ...] = (*PLEDGE_VERBS, PROMISE_FEMININE, "تعهدوا", "وعدوا")
# Threats: words only with the threatened act after بـ ("توعد الحوثيون بالرد", with the one
# threatened between: "توعدت الحركة إسرائيل بالرد"); with a plain object they are acts
# ("هدد القصف حياة المدنيين").
# The present of vowing also opens a headline ("الحركة تتوعد بالرد"); "يهدد" does not, since
# "الفيضانات تهدد آلاف الأسر" is a headline with no speaker.
VOW_PRESENT: tuple[str, ...] = ("يتوعد", "تتوعد")
THREAT_VERBS: tuple[str, ...] = ("توعد", "توعدت", "توعدوا", *VOW_PRESENT, "هدد", "هددت",
                                 "هددوا", "يهدد", "تهدد")
# (round ar168) The past of threatening, whose subject may run on with its place before
# the act ("هدد معلمون في محافظة الوادي بالتوقف عن التدريس"); not the present, which is
# as often a thing's ("أزمة تهدد في ... بانهيار"), and not after a condition or a time
# ("هدد الجيش في حال ... بالرد": the subject is the army alone).
PLACED_THREAT_VERBS: tuple[str, ...] = ("هدد", "هددت", "هددوا", "توعد", "توعدت", "توعدوا")
THREAT_NOT_PLACES: tuple[str, ...] = ("حال", "حالة", "ظل", "وقت", "أعقاب", "إطار", "ضوء",
                                      "سياق", "رسالة", "كلمة", "خطاب", "تسجيل", "مقابلة",
                                      "تصريح", "تصريحات", "تغريدة", "منشور")
# (round ar157) The one threatened may be "everyone who" and a present verb ("وتتوعد
# الإدارة كل من يحمل السلاح بالملاحقة"): the words then run from "كل", with up to
# EVERYONE_WHO_EXTRA_WORDS more words before the act; an object may hold a phrase of its own
# after one of these prepositions ("توعدت الحكومة المتورطين في الهجوم بالعقاب").
EVERYONE_WHO: tuple[str, str] = ("كل", "من")
EVERYONE_WHO_EXTRA_WORDS: int = 3
THREATENED_PHRASE_PREPOSITIONS: tuple[str, ...] = ("في", "من", "على", "إلى")
# Verbs whose words follow "بـ" and that a fronted subject speaks ("وكانت الحكومة قد تعهدت
# بـ"..."", "لكنها كانت قد توعدت في بيان ... باستهداف"), as "طالب" does: with the subject
# named before, the word after the verb is no second subject.
FRONTED_BI_VERBS: tuple[str, ...] = (*PLEDGE_VERBS, *PLEDGE_PLURAL_VERBS, *PROMISE_VERBS,
                                     *THREAT_VERBS)
# The pronoun of the statement a verb of saying speaks in, right after it ("أصدرت العشائر
# بيانا طالبت فيه الحكومة بـ"، "بيانا قال فيه إن"): "in which", not the verb's subject.
MEDIUM_RESUMPTIVES: tuple[str, ...] = ("فيه", "فيها")
# Verbs that relay another source's words through "إلى": "نسبت الوكالة إلى مصدر قوله".
ATTRIBUTING_VERBS: tuple[str, ...] = ("نسب", "نسبت")
# Verbs of attributing a cause, with what is explained as object and the cause after
# "إلى": "أرجعت الشركة العجز إلى "نقص إمدادات الغاز"" (the cause is the subject's claim,
# as the call is after "دعا ... إلى"; the object before it is no speaker).
CAUSE_VERBS: tuple[str, ...] = ("أرجع", "أرجعت", "أرجعوا", "عزا", "عزت", "عزوا")
# The forms of "أرجع" also mean sending back ("أرجعت القوات النازحين إلى قراهم"): they
# give a cause only with a quoted cause after "إلى" or a cause's noun as object.
RETURNING_FORMS: tuple[str, ...] = ("أرجع", "أرجعت", "أرجعوا", "مرجعا", "مرجعة", "مرجعين")
# Words that cannot head the construct of what is explained: the article (with "ل" before
# it, "للكهرباء") ends a definite subject, and "و" joins a second one.
DEFINITE_OR_JOINED_PREFIXES: tuple[str, ...] = ("ال", "لل", "و")
CAUSE_OBJECTS: tuple[str, ...] = ("السبب", "الأسباب", "أسباب", "سبب", "ذلك", "هذا", "الأمر")
# A court's holding is what it says: "قضت المحكمة بأن القرار باطل" (with a complementizer
# only: a sentence, "قضت المحكمة بسجن المتهم", is an act, not words). The verb also means
# dying ("قضى 3 أشخاص") and doing away with ("قضت القوات على ..."), so it reports words only
# with a court or a judge right after it (COURT_SUBJECTS).
RULING_VERBS: tuple[str, ...] = ("قضت", "قضى", "حكمت")
COURT_SUBJECTS: tuple[str, ...] = ("المحكمة", "محكمة", "القاضي", "قاضي", "هيئة")
# The masculine duals of verbs of saying, for two subjects named before the verb ("أصدر
# الطرفان بيانا مشتركا قالا فيه إن"، "وأكد الوزيران ... وأضافا أن"). Only the verbs whose
# past + "ا" is no accusative noun or adjective: "نقلا عن"، "ردا على"، "طالبا"، "تابعا
# لـ"، "حذرا"، "رأيا"، "نفيا قاطعا"، "وصفا"، "صرحا"، "كتبا" are left out ("دعوا" is also the
# plural, listed with it).
DUAL_SPEECH_VERBS: tuple[str, ...] = (
    "قالا", "أعلنا", "أكدا", "أضافا", "أوضحا", "أشارا", "أفادا", "شددا", "اعترفا", "أبلغا",
    "أردفا", "اتهما", "رجحا", "أحصيا", "ادعيا", "غردا",
)


def _feminine_duals(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """The feminine dual of each feminine past in ``verbs`` ("أكدت" -> "أكدتا", "نفت" ->
    "نفتا", "دعت" -> "دعتا"), which no noun shares: "الوزارتان ... أكدتا فيه أن". A
    feminine past is a form in "ت" whose masculine (the form without it, or with "ى"/"ا"
    for a weak verb: "نفى"، "دعا") is listed too. "نعتا" is the noun "epithet" as well."""
    listed = set(verbs)
    return tuple(v + "ا" for v in verbs
                 if v.endswith("ت") and v + "ا" != "نعتا"
                 and any(v[:-1] + x in listed for x in ("", "ى", "ا")))


# Verbs of concluding ("خلصت اللجنة في تقريرها إلى أن ..."): a finding is reported like
# "أفاد"، each complementizer clause its own entry. No PREP_VERBS entry: without "أن"
# after "إلى" the verb tells an outcome or a movement ("خلص الاجتماع إلى تشكيل لجنة").
# Reaching a finding is the same ("توصلت وحدة التحقيقات إلى أن ..."; "توصل الطرفان إلى
# اتفاق" is an outcome).
FINDING_VERBS: tuple[str, ...] = ("خلص", "خلصت", "خلصوا", "خلصا", "خلصتا", "توصل", "توصلت",
                                  "توصلوا", "توصلا", "توصلتا")


# Speech verbs in the perfect (and a few imperfect) forms, with the
# complementizer kind they take. Feminine/plural forms are listed: the verb
# agrees with its subject, so "قالت" and "قالوا" are separate words.
# Appealing to someone ("ناشد"): its object is the one appealed to, then what is asked
# ("وناشدت البلدية الأهالي الابتعاد عن مجرى السيل"), a call read as a statement, as the
# headline's "يناشد" is.
APPEAL_VERBS: tuple[str, ...] = ("ناشد", "ناشدت", "ناشدوا")
# ... and its participles after a comma ("، مناشدة المواطنين التبرع بالدم"): also the noun
# "an appeal", so read only after a comma with the ones appealed to and a verbal noun.
APPEAL_PARTICIPLES: tuple[str, ...] = ("مناشدا", "مناشدة", "مناشدين")
# Estimating a count or a loss: the estimate is the source's statement, its noun object
# with "ب" and the figure.
ESTIMATE_VERBS: tuple[str, ...] = ("قدر", "قدرت", "يقدر", "تقدر")
# What an estimate is of, the head of its object ("وتقدر الهيئة عدد المعتقلين بأكثر من
# ..."، "ويقدر المكتب الإعلامي للبلدية أعداد النازحين بنحو ..."): the source's phrase
# ends where it stands, however the body's name runs ("للبلدية" is the body's). Right
# after the verb, with the "بـ" of the figure at once after it ("وتقدر الخسائر
# بملايين الدولارات"), it is the agentless estimate, no source's.
ESTIMATED_THINGS: tuple[str, ...] = ("عدد", "أعداد", "حجم", "قيمة", "كلفة", "تكلفة", "خسائر",
                                     "الخسائر", "نسبة")
# Expecting, with the source after it and a clause ("وتتوقع غرفة التجارة أن يتجاوز ..."):
# a forecast told as the source's words, as the participle "متوقعا أن" is. Also the present
# of "أوقع" (caused), "غارة توقع قتيلين", which has no clause.
EXPECT_VERBS: tuple[str, ...] = ("توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "يتوقعون")
# ... its present forms, read only where they open a clause (the perfect "توقع" opens with
# "ت" too)
EXPECT_PRESENT_VERBS: tuple[str, ...] = ("يتوقع", "تتوقع", "يتوقعون")
# Speaking of a toll ("وتحدث مصدر طبي عن 13 قتيلا"، "تحدث أحد السكان لقناة ... عن "أكثر من
# 70 قتيلا""، "وتحدثت المفوضية في تقرير عن مقتل أكثر من 400 متظاهر"): a figure or an event
# put as what a source spoke of is its claim, as a headline's "يتحدث عن 14 قتيلا" is. With
# any other topic ("تحدث الوزير عن أهمية الحوار") the verb names what was talked about, not
# what was said, so the words after "عن" must open with a count, or an event's verbal noun
# and its count.
SPOKE_OF_VERBS: tuple[str, ...] = ("تحدث", "تحدثت", "تحدثوا")
SPOKE_OF_PREPOSITION: str = "عن"
# What may stand between "عن" (or the quote mark after it) and the count it opens: the
# qualifiers ("عن أكثر من 70 قتيلا"، "عن نحو 40"، "عن ما لا يقل عن 12").
SPOKE_OF_QUALIFIER_WORDS: tuple[str, ...] = (
    "أكثر", "من", "نحو", "حوالي", "قرابة", "ما", "لا", "يقل", "عن", "يزيد", "على", "زهاء")
# "زاد" (added) carries the last speaker on only with its complementizer or colon at once
# ("وزاد أن الشاحنات تنتظر"، 'وزادت: "..."'), as "وأضاف" does; with a noun after it it is
# "increased" ("وزاد عدد القتلى"، "وزادت الأمطار من معاناتهم"، "وزاد الطين بلة أن").
ADDING_AT_ONCE_VERBS: tuple[str, ...] = ("زاد", "زادت")
# Recalling, a verb of telling (SPEECH_VERBS). (round ar159) What is recalled may stand
# between the teller and a colon: a time (RECALLED_TIME_NOUNS: "صيف 2012"، "يوم الفيضان")
# and a clause of time (RECALLED_TIME_OPENERS: "حين حملت النساء الصناديق") belong to the
# teller's sentence, not to the speaker ('ويتذكر الحرفي فلان صيف 2012 حين ...: "..."').
RECALLING_VERBS: tuple[str, ...] = ("يستذكر", "تستذكر", "استذكر", "استذكرت", "يتذكر",
                                    "تتذكر")
RECALLED_TIME_NOUNS: tuple[str, ...] = (
    "صيف", "شتاء", "ربيع", "خريف", "يوم", "أيام", "ليلة", "ليالي", "عام", "أعوام", "سنة",
    "سنوات", "ساعة", "ساعات", "لحظة", "لحظات", "صباح", "مساء", "فجر", "زمن", "تلك", "ذلك",
    "اليوم", "الأيام", "الليلة", "الليالي", "السنوات", "اللحظة", "اللحظات", "بداية", "أول",
)
RECALLED_TIME_OPENERS: tuple[str, ...] = ("حين", "حينما", "عندما", "لما", "يوم")
# How many words the recalled time may run before its clause ("أيام الحصار الأولى حين").
RECALLED_TIME_REACH = 6
# (round ar168) The plural past of deeming likely and of considering, after a subject
# before it ("غير أن مسؤولين محليين رجحوا أن ..."، "وكان نواب قد اعتبروا أن ...") or
# opening its clause ("ورجحوا أن"): as the singular "رجح"/"اعتبر" and the plural "رأوا",
# the words start after "أن".
JUDGING_PLURAL_VERBS: tuple[str, ...] = ("رجحوا", "اعتبروا")
# (round ar168) The past of expecting after its subject ("لكن مصادر أمنية توقعت أن ..."،
# "وكان خبراء قد توقعوا أن ..."): a source's forecast, as "وتوقعت مصادر أمنية أن" is. The
# bare "توقع" only after "قد" ("الخبير قد توقع أن"): elsewhere it is also the noun ("مع
# توقع أن") or the present of "أوقع".
FRONTED_EXPECT_PERFECTS: tuple[str, ...] = ("توقعت", "توقعوا")
FRONTED_EXPECT_AFTER_QAD: tuple[str, ...] = ("توقع",)
SPEECH_VERBS: tuple[str, ...] = (
    # Maghrebi communiqués: "وأبرزت الوزارة أن ..." (highlighted); the masculine "أبرز" is
    # also the elative "the most prominent" ("أبرز القادة قال", "من أبرز النقاط أن")
    "أبرزت", *CAUSE_VERBS, *SPOKE_OF_VERBS,
    "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "أعلن", "أعلنت", "أعلنوا", "أكد",
    "أكدت", "أكدوا", "يؤكد", "تؤكد", "أفاد", "أفادت", "أفادوا", "ذكر", "ذكرت", "ذكروا",
    "أوضح", "أوضحت", "أوضحوا", "أضاف", "أضافت", "أضافوا", "أشار", "أشارت", "أشاروا",
    "كشف", "كشفت", "نفى", "نفت", "نفوا", "اعترف", "اعترفت", "صرح", "صرحت", "حذر", "حذرت",
    "حذروا",
    # the present of a standing denial: "وينفي الحوثيون استهداف المدنيين"
    "ينفي", "تنفي", "ينفون",
    # ... and of a running count: "وتحصي وزارة الصحة مقتل أكثر من 300 شخص"
    "يحصي", "تحصي",
    # ... and of a warning, as in a headline: "وتحذر الأمم المتحدة من كارثة"، "وكانت
    # المنظمة تحذر من أن ..." (with "من", as the perfect "حذرت")
    "يحذر", "تحذر", "يحذرون",
    # ... and of a call, the same way ("ويطالب القرار الأطراف بـ ...، ويدعو إلى ..."،
    # "وتدعو المنظمة إلى فتح تحقيق"; with "إلى"/"على", as the perfect "دعا"/"حث")
    *("يدعو", "تدعو", "يدعون", "يحث", "تحث", "يحثون"),
    "اتهم", "اتهمت", "اتهموا", "دعا", "دعت", "دعوا", "حث", "حثت",
    # ... and with the ones called on as a pronoun ("، دعاهم فيها إلى ...")
    "دعاهم", "دعاها", "دعاه", "دعتهم", "دعتها", "دعته", "حثهم", "حثها", "حثه", "حثتهم",
    "حثتها", "حثته",
    # pledges, promises and threats (their own lists below, which other roles use too)
    *PLEDGE_VERBS, *PLEDGE_PLURAL_VERBS, *PROMISE_VERBS, *THREAT_VERBS,
    "نقل", "نقلت", "أورد", "أوردت", "تبنى", "تبنت", "يتبنى", "نعى",
    "نعت", "حمل", "حملت", "زعم", "زعمت", "ادعى", "ادعت", "شدد", "شددت", "طالب", "طالبت",
    "لفت", "لفتت", "أحصى", "أحصت", "رجح", "رجحت", "اعتبر", "اعتبرت", "أبلغ", "أبلغت",
    # an appeal, like a demand: "وناشد المستشفى السكان التبرع بالدم" (the ones appealed
    # to and what is asked of them, a verbal noun with no preposition)
    *APPEAL_VERBS,
    # documenting, as counting ("أحصى"): "ووثق المرصد السوري مقتل 11 شخصا"
    "وثق", "وثقت",
    # estimating, as counting: "وقدّرت الوزارة الخسائر بأكثر من مليون دولار", "فيما تقدر
    # المنظمة عدد النازحين بـ ..." (the passive "عدد المفقودين يقدر بنحو" is a toll's link,
    # its subject before it)
    *ESTIMATE_VERBS, *EXPECT_VERBS,
    "تصر", "يصر", "أصر", "أصرت", "تابع", "تابعت",
    # Iraqi and Gulf copy: "وبينت الخلية أن ..." (the feminine and plural only: the
    # unvowelled masculine "بين" is "between")
    "بينت", "بينوا",
    # writing and posting: "وكتب المتحدث على حسابه أن", "وغرد الوزير قائلا إن" (content
    # only after a complementizer, a colon or "قائلا": "كتب" is also "books")
    "كتب", "كتبت", "غرد", "غردت", "غردوا",
    # admitting, like "اعترف": "وأقر الجيش بمقتل 3 من جنوده"; the present too, in
    # reports on a body's methods ("ويقر المرصد بأن أرقامه أدنى من الواقع")
    "أقر", "أقرت", "يقر", "تقر",
    # asking: 'وتساءل المتحدث: "أين المجتمع الدولي؟"'
    "تساءل", "تساءلت",
    # crying out and telling a story, in reports from courts and from the ground:
    # 'وصرخ أحد المتهمين: "..."', 'وتروي سعاد: "..."' (content only after a colon or a
    # complementizer: "صرخ الطفل من الألم" says nothing)
    "صرخ", "صرخت", "روى", "روت", "يروي", "تروي",
    # (round ar157) telling, as "يروي" is: "ويحكي السائق فلان أن الطريق أغلق"، "ويسرد
    # الطبيب أن ..." (content only after a colon or a complementizer: "يحكي الفيلم قصة")
    "يحكي", "تحكي", "حكى", "حكت", "يسرد", "تسرد",
    # (round ar156) recalling, told as "يروي" is ('ويستذكر الصياد فلان: "..."'), content
    # only after a colon or a complementizer as well
    *RECALLING_VERBS,
    # the present of writing, in diaries, letters and columns quoted: 'تكتب سلمى في
    # دفترها: "..."'، "ويكتب أن ..." (content only after a colon or a complementizer)
    "يكتب", "تكتب",
    # Gulf, Egyptian and Iraqi copy: "ونوه المتحدث إلى أن", "وأردف أن", "وتفيد تقارير بأن"
    "نوه", "نوهت", "أردف", "أردفت", "يفيد", "تفيد",
    # (round ar144) alerting to, as "نوه": "ونبه رئيس الاتحاد إلى أن السدود تحتاج إلى
    # ترميم" (only with a complementizer: no PREP_VERBS entry, as "نبه الأستاذ طلابه إلى
    # خطورة الغش" alerts someone and reports no words)
    "نبه", "نبهت", "نبهوا",
    # ... and taking back part of what was just said: 'واستدرك: "لكن ..."' (a turn
    # with no subject goes on with the last speaker, as "وأضاف:" does)
    "استدرك", "استدركت", "استدركوا",
    # adding, as "أضاف": "وزاد أن الشاحنات تنتظر" (ADDING_AT_ONCE_VERBS above)
    *ADDING_AT_ONCE_VERBS,
    # replying, in sessions and debates: "ورد نظيره الفرنسي بأن ..."، "وردت النائبة بأن"،
    # "ورد المندوب قائلا إن" (content only after a complementizer, a colon or a quotation;
    # "ورد في التقرير أن" is the report's, as "جاء في")
    "رد", "ردت", "ردوا",
    # ... and answering a question put at a press conference: 'فأجاب: "..."' (content
    # only after a colon or a complementizer: "أجاب عن الأسئلة" says nothing)
    "أجاب", "أجابت", "أجابوا",
    # attributing to a source: "ونسبت الوكالة إلى مصدر أمني قوله إن" (a relay, like نقل عن)
    *ATTRIBUTING_VERBS,
    # the present of features and analyses: "وتشير التقديرات إلى أن", "ويضيف أن" (no
    # PREP_VERBS entry: "تشير الأرقام إلى ارتفاع ..." is a figure, not words)
    "يشير", "تشير", "يشيرون", "يضيف", "تضيف", "يوضح", "توضح",
    # "وما وصفته بأنه ...": describing as, with the pronoun of what is described
    "وصف", "وصفت", "وصفه", "وصفها", "وصفته", "وصفتها",
    # opinion: "ويرى محللون أن ...", "ورأى الوزير أن ..." (content only after أن)
    "رأى", "رأت", "رأوا", "يرى", "ترى", "يرون",
    # and belief, in opinion pieces: "أما الباحث ... فيعتقد أن ..." (content only after أن)
    "يعتقد", "تعتقد", "يعتقدون",
    # ... and deeming likely, in the present and the plural: "ويرجح سكان أن تكون ..."،
    # "وترجح المنظمة أن ..." (content only after أن; a bare "ويرجح أن" names nobody,
    # see PASSIVE_BELIEF_VERBS)
    "يرجح", "ترجح", "يرجحون", *JUDGING_PLURAL_VERBS,
    # a finding, in the reports of committees and inquiries: "وخلصت اللجنة إلى أن ..."
    # (content only after "إلى أن": "خلص الاجتماع إلى تشكيل لجنة" is an outcome, not words)
    *FINDING_VERBS,
    *CLOSING_VERBS,
    *RULING_VERBS,
)
SPEECH_VERBS = (*SPEECH_VERBS, *DUAL_SPEECH_VERBS, *_feminine_duals(SPEECH_VERBS))
# The masculine "بيّن" (explained) only as "وبين" opening a clause, with a complementizer
# after a short subject ("وبين المصدر أن ..."); elsewhere the word is "between".
OPENING_BAYYANA: str = "وبين"
# Verbs whose content may be a plain object, without a complementizer ("أعلن الجيش مقتل
# خمسة جنود", "نفى المتحدث الاتهامات").
OBJECT_VERBS: tuple[str, ...] = (
    "أعلن", "أعلنت", "أعلنوا", "أكد", "أكدت", "أكدوا", "نفى", "نفت", "نفوا", "تبنى",
    "تبنت", "يتبنى", "حث", "حثت", "دعا", "دعت", "دعوا", "اتهم", "اتهمت", "اتهموا", "نعى",
    "نعت", "طالب", "طالبت", "أحصى", "أحصت", "وثق", "وثقت", "رجح", "رجحت", "أفاد", "أفادت",
    "أفادوا", *ESTIMATE_VERBS,
    "كشف", "كشفت", "حمل", "حملت", *PLEDGE_VERBS, *PLEDGE_PLURAL_VERBS, *THREAT_VERBS,
    PROMISE_FEMININE,
    # admissions: "اعترف التنظيم بمقتل أحد قادته", "أقر الجيش بمقتل 3 من جنوده"
    "اعترف", "اعترفت", "أقر", "أقرت",
    "ينفي", "تنفي", "ينفون", "يحصي", "تحصي", *APPEAL_VERBS,
    # (round ar144) an expectation with a masdar as its object, in a relative after its
    # source ("، وفق وزارة الزراعة، التي توقعت تعافيها بحلول الربيع"), as "رجحت"; not
    # "توقع", also the present of "أوقع" ("غارة توقع قتيلين")
    "توقعت", "توقعوا",
    # (round ar168) the plural of deeming likely, as "رجحت" ("ورجحوا وقوع انفجار ثان")
    JUDGING_PLURAL_VERBS[0],
    # (round ar166) the masculine of promising, read as the verb only where
    # PROMISE_MASCULINE_OPENING says ("ووعد وزير الاقتصاد بتوزيع ...")
    PROMISE_MASCULINE_OPENING[0],
)
# ... and their duals ("أعلنا"، "نفتا"), as the plurals are listed
OBJECT_VERBS = (*OBJECT_VERBS, *_feminine_duals(OBJECT_VERBS), *(
    d for d in DUAL_SPEECH_VERBS if any(d[:-1] + x in OBJECT_VERBS for x in ("", "ى"))))
# Singular present-tense verbs of a headline ("داعش يتبنى الهجوم", "الجيش يعلن ..."); the
# plural ones are HEADLINE_PLURAL_VERBS.
HEADLINE_VERBS: tuple[str, ...] = (
    "يعلن", "تعلن", "يؤكد", "تؤكد", "ينفي", "تنفي", "يتهم", "تتهم", "يتبنى", "تتبنى",
    "يدعو", "تدعو", "يحذر", "تحذر", "يقول", "تقول", "يكشف", "تكشف", "يعترف", "تعترف",
    *VOW_PRESENT,
    # demands, as "وطالب" in the body: "المجلس البلدي يطالب بتدخل عاجل"
    "يطالب", "تطالب",
    # a toll or a claim put as what the source speaks of: ".. والمرصد يتحدث عن 14 قتيلا"
    "يتحدث", "تتحدث",
    # pledging, urging, appealing and counting, as the body's "تعهد"، "حث"، "ناشد"،
    # "أحصى": ".. والحكومة تتعهد بملاحقة المنفذين"، "الأمم المتحدة تحث على التهدئة"،
    # "الهلال الأحمر يناشد ..."، "المرصد يحصي 40 قتيلا"
    "يتعهد", "تتعهد", "يحث", "تحث", "يناشد", "تناشد", "يحصي", "تحصي",
    # documenting, as the body's "وثق": "تقرير حقوقي يوثق وفاة 9 سجناء"
    "يوثق", "توثق",
    # mourning, as the body's "نعى": "الحزب ينعى ثلاثة من مقاتليه"، "البلدية تنعى شابين"
    "ينعى", "تنعى",
    # warning of what is to come, with "بـ" (HEAD_CALL_VERBS): "البلدية تنذر السكان بإخلاء
    # المنازل"; and telling a story: "ناج يروي تفاصيل الهجوم"
    "ينذر", "تنذر", "يروي", "تروي",
)
# The present of promising in a headline, right after its subject and with the promised
# act after "بـ" at once ("الشركة تعد بإنهاء الأزمة"، "الوزير يعد بحل أزمة الكهرباء"): the
# same letters are far more often "is counted as" ("وتعد المدينة من أكبر ..."), so they
# are not headline verbs of their own. The act is a verbal noun, not a count ("أعداد تعد
# بالآلاف") nor a likeness ("يعد بمثابة"); a promise joined as a second verb ("... تقر
# موازنتها وتعد بحل ...") stays unread, as the sets' older gold has it.
HEADLINE_PROMISE_VERBS: tuple[str, ...] = ("يعد", "تعد")
PROMISED_NOT_ACTS: tuple[str, ...] = ("بالعشرات", "بالمئات", "بالآلاف", "بالالاف", "بالملايين",
                                      "بالمليارات", "بمثابة", "بأصابع",
                                      # a promise of something named before: "تعد بها"
                                      "به", "بها", "بهم", "بهما")
# Verbs that, right before a headline's colon, make the words before them its speaker
# though they say nothing by themselves ("كهرباء لبنان تعتذر: التغذية لن تتجاوز ..."):
# an apology is made in the words the colon opens.
HEADLINE_COLON_VERBS: tuple[str, ...] = ("يعتذر", "تعتذر")
# Earlier occasions, the time of a standing denial after "لكنها"/"لكنه" where "في بيان
# سابق" may stand ("لكنها نفت في مناسبات سابقة وجود ..."، "لكنه نفى مرارا ..."); the
# longer phrases first.
EARLIER_OCCASIONS: tuple[str, ...] = (
    "في أكثر من مناسبة", "في مناسبات سابقة", "في مناسبات عدة", "في مناسبات عديدة",
    "في مناسبات متعددة", "في مرات سابقة", "في مرات عدة", "في وقت سابق", "في السابق",
    "أكثر من مرة", "مرارا وتكرارا", "غير مرة", "من قبل", "مرارا", "سابقا",
)
# Indefinite sources that may open a headline's second half after "و" ("... ومصادر
# طبية تتحدث عن 20 قتيلا"، "... وناشطون يتهمون الشرطة"); definite ones open it with "وال".
# Capitals, states and movements named with no article, which a headline's second half
# makes its source ("... وواشنطن تدعو إلى وقف فوري لإطلاق النار"، "... وموسكو تحذر من").
HEADLINE_NAMED_SOURCES: tuple[str, ...] = (
    "واشنطن", "موسكو", "طهران", "بكين", "باريس", "لندن", "برلين", "أنقرة", "دمشق", "بغداد",
    "بيروت", "عمان", "صنعاء", "عدن", "طرابلس", "كييف", "بروكسل", "جنيف", "روما", "مدريد",
    "طوكيو", "كابول", "أبوظبي", "إسرائيل", "إيران", "تركيا", "روسيا", "أمريكا", "أميركا",
    "فرنسا", "بريطانيا", "ألمانيا", "إيطاليا", "إسبانيا", "مصر", "قطر", "ليبيا", "سوريا",
    "تونس", "لبنان", "أوكرانيا", "باكستان", "أفغانستان", "إثيوبيا", "تشاد", "النيجر",
    "حماس", "طالبان", "داعش", "كردستان", "أربيل",
)
HEADLINE_SOURCE_NOUNS: tuple[str, ...] = (
    "مصادر", "مصدر", "ناشطون", "نشطاء", "شهود", "سكان", "مسؤول", "مسؤولون", "أطباء",
    "مسعفون", "منظمة", "منظمات", "تقارير", "تقرير", "مراقبون", "حقوقيون",
)
# Reporting an event "about" which, the event after "عن" as its words: "وأبلغت لجان محلية
# عن مقتل 9 مدنيين"، "وأضاف المكتب أن لجانا محلية أبلغت عن مقتل ..." (the inner source
# of reported words, as "قالت إن" is). Only an event's verbal noun after "عن" is words:
# "أبلغ الوزير عن رغبته" or "أبلغ عن مفقود" ... is an act of telling, not a report.
ABOUT_VERBS: tuple[str, ...] = ("أبلغ", "أبلغت", "أبلغوا", "أبلغا", "أبلغتا")
# A monitor's record inside reported words ("إن الشبكة وثقت مقتل ..."): its own statement,
# the event's verbal noun its words; a time phrase opened by "منذ"/"خلال" may come first.
DOCUMENTING_VERBS: tuple[str, ...] = ("وثق", "وثقت", "وثقوا", "وثقا", "وثقتا")
# Counting a record ("أحصت"): inside reported words a monitor's count of what it found
# ("إن فرق الهيئة أحصت 9,300 وحدة متضررة") is its own statement, as a record of an event is.
RECORD_COUNTING_VERBS: tuple[str, ...] = ("أحصى", "أحصت", "أحصوا", "أحصيا", "أحصتا")
# (round ar185) ... but not the speaker's own teams, named with its pronoun, counting
# things ("إن لجانها أحصت 40 منزلا"): the tally is the body's own, said in its words, and
# no second source (their record of an event, "وأن فرقها وثقت اختطاف ...", stays theirs).
# The heads, folded as a pronoun is glued to them ("لجنتها").
OWN_TEAM_HEADS: tuple[str, ...] = ("لجان", "لجنت", "فرق", "فريق", "طواقم", "طاقم", "كوادر",
                                   "مكاتب", "مكتب", "فروع", "فرع", "مندوبي", "موظفي",
                                   "مراقبي", "مفتشي")
OWN_TEAM_PRONOUNS: tuple[str, ...] = ("ها", "ه", "هم")
# What "وثق" counts when it records incidents ("وثقت 19 حادثة انفجار"، "30 انتهاكا"): with
# a count of anything else it may be a notary's "authenticated" ("وثقت الدائرة 5 آلاف
# وكالة"), no monitor's record.
RECORDED_INCIDENT_NOUNS: tuple[str, ...] = (
    "حادثة", "حوادث", "حادثا", "حالة", "حالات", "انتهاك", "انتهاكا", "انتهاكات", "خرق", "خرقا",
    "خروقات", "خروق", "واقعة", "وقائع", "هجوما", "هجمات", "هجوم", "اعتداء", "اعتداءات", "اعتداءا",
    "غارة", "غارات", "انفجارا", "انفجارات",
    # disputes, as a rights body counts tribal ones ("سجلت المفوضية 97 نزاعا في البصرة")
    "نزاعا", "نزاعات")
# A monitor's record told with "سجل"/"رصد" (recorded, monitored) opening its clause, the
# monitor after it and the event's verbal noun or a count of incidents as the object
# ("وسجل المرصد اعتقال 118 شخصا"، "رصدت شبكة ... خلال الأسبوع مقتل 42 شخصا"): its
# statement, as "وثق" is. Not the price that "recorded" a level, money "allocated"
# ("ورصدت اليابان 350 مليون دولار") or a thing "spotted": those objects are no event.
RECORDING_VERBS: tuple[str, ...] = ("سجل", "سجلت", "سجلوا", "رصد", "رصدت", "رصدوا")
# Inside reported words the same record ("وأن فرق الإغاثة سجلت مقتل 11 مدنيا"، "مضيفة أن
# فرق المفوضية سجلت وصول 312 جريحا") is the monitor's own statement, as "وثق" there is;
# besides the events reported, a record counts arrivals (of the wounded, of children
# alone) at a hospital or a camp.
RECORDED_ARRIVALS: tuple[str, ...] = ("وصول",)
# Words before the verb that open its clause ("حيث سجلت"، "إذ سجلت"، "كما سجلت").
RECORD_CLAUSE_OPENERS: tuple[str, ...] = ("حيث", "إذ", "كما")
# ... and "وكانت X قد سجلت": the monitor between the past "كان" and "قد".
RECORD_PAST_BEFORE: tuple[str, ...] = ("كان", "كانت", "وكان", "وكانت")
# How far the object may stand from the verb: the monitor's name in quotes, an aside in
# commas ("، وهو منظمة محلية،") and a week's span of dates come between.
RECORD_OBJECT_MAX: int = 24
# "حتى الآن" (so far) before a record's count: the time of the count, not the count's "حتى".
SO_FAR_PHRASE: tuple[str, ...] = ("حتى", "الآن")
SINCE_DURING: tuple[str, ...] = ("منذ", "خلال")
REPORTED_EVENTS: tuple[str, ...] = (
    "مقتل", "مصرع", "استشهاد", "وفاة", "إصابة", "إصابات", "جرح", "اعتقال", "اعتقالات",
    "احتجاز", "اختطاف", "خطف", "اختفاء", "فقدان", "نزوح", "تهجير", "سقوط", "وقوع", "اندلاع",
    "انفجار", "انفجارات", "سماع", "قصف", "هجوم", "هجمات", "غارات", "غارة", "اشتباكات",
    "انتشال", "العثور", "حالات", "تعرض", "إطلاق",
)

# (round ar147) Masdars of moving people that a second verb of counting or announcing
# governs ("، وأحصت نقل سبعة جرحى إلى المستشفى"): the object, not the relay verb "نقل عن",
# which "عن" follows. Kept apart from REPORTED_EVENTS, which the casualty readers share.
CARRIED_EVENT_MASDARS: tuple[str, ...] = ("نقل",)  # ("إجلاء" has the shape إفعال already)
CARRIED_RELAY_AFTER: tuple[str, ...] = ("عن",)

# Verbs with a person or thing between the speaker and the words ("وصف الوزير الهجوم بأنه
# ...", "أبلغ الوزير الصحفيين بأن ..."): the speaker ends where that object begins.
OBJECT_FIRST_VERBS: tuple[str, ...] = ("وصف", "وصفت", "أبلغ", "أبلغت", "أخبر", "أخبرت")
# Verbs of saying that take a quotation as their content with no colon or
# complementizer: 'قال «لن نتراجع»'. Verbs like "أعلن" take it as an object anyway.
QUOTE_VERBS: tuple[str, ...] = ("قال", "قالت", "قالوا", "قالا", "قالتا", "يقول", "تقول",
                                "أضاف", "أضافت", "أضافا", "أضافتا", "تابع", "تابعت")
# Verbs that may follow the quotation they report, with the speaker after them and
# nothing more ('"هذا التصعيد لن يمر دون رد"، حذّر المتحدث في مؤتمر صحفي.'), as live
# pages and features write them: the plain verbs of saying, and those of warning,
# stressing, explaining and replying. ("أكد" is not among them: after a quotation it
# takes the path of its object.)
QUOTE_CLOSING_VERBS: tuple[str, ...] = (*QUOTE_VERBS, "حذر", "حذرت", "شدد",
                                        "شددت", "أوضح", "أوضحت", "رد", "ردت")
# Verbs whose content may come as a ب-masdar ("أفادت مصادر بمقتل ..."); after
# others ("أعلنت الوزارة استشهاد شاب برصاص ...") a ب-word is part of the object.
BI_VERBS: tuple[str, ...] = ("أفاد", "أفادت", "أفادوا", "صرح", "صرحت", "أبلغ", "أبلغت",
                             "يفيد", "تفيد",
                             "طالب", "طالبت",
                             # an admission of a loss: "اعترف التنظيم بمقتل أحد قادته"
                             "اعترف", "اعترفت", "أقر", "أقرت", "يقر", "تقر")
# "أقر" is also "approved": a cabinet or a parliament approving a plan, a law or a budget
# ("وكان مجلس الوزراء قد أقر في جلسته خطة ..."), which says nothing. One of these things
# after the verb, before any "ب" or complementizer, makes it the approval.
APPROVING_VERBS: tuple[str, ...] = ("أقر", "أقرت", "أقروا", "يقر", "تقر")
# (round ar168) How a body voted, in "ب" before the thing it approved ("وأقر البرلمان
# بالإجماع إحالة الملف ..."، "أقر المجلس بأغلبية الأصوات تعديل ..."): no admission's "ب".
APPROVAL_VOTE_WORDS: tuple[str, ...] = ("بالإجماع", "بالاجماع", "بأغلبية", "بالأغلبية",
                                        "بالأكثرية", "بأكثرية")
# ... and the word that may follow the vote ("بأغلبية الأصوات"، "بأغلبية الثلثين")
APPROVAL_VOTE_TAILS: tuple[str, ...] = ("الأصوات", "الثلثين", "ساحقة", "كبيرة", "الحاضرين")
APPROVED_THINGS: tuple[str, ...] = (
    # money a board or a parliament grants: "أقر مجلس المديرين قرضا بقيمة 250 مليون دولار"
    # (the "بـ" of the amount is no admission), "أقرت الحكومة منحة بقيمة ..."
    "قرض", "قرضا", "القرض", "قروض", "منحة", "المنحة", "منحا", "تمويل", "تمويلا", "التمويل",
    "مساعدة", "مساعدات", "المساعدات", "سلفة", "اعتمادات", "ضمانات",
    *PLAN_NOUNS, "قانون", "قانونا", "القانون", "مشروع", "المشروع", "موازنة",
    "الموازنة", "ميزانية", "الميزانية", "اتفاقية", "الاتفاقية", "تعديلات", "التعديلات",
    "تعديلا", "قرارا", "القرار", "لائحة", "اللائحة", "إجراءات", "الإجراءات", "حزمة",
    "استراتيجية", "الاستراتيجية", "برنامجا", "آلية", "الآلية",
    "نظام", "نظاما", "النظام", "صرف", "زيادة", "تمديد",
    # hiring, founding, raising and granting, as budgets and cabinets decide them (the
    # Maghrebi "انتداب" and "إحداث"): "أقر البرلمان انتداب 1200 عون"، "أقرت الحكومة رفع
    # الأسعار"، "أقر المجلس إنشاء صندوق"
    "تعيين", "توظيف", "انتداب", "تشغيل", "إنشاء", "إحداث", "تأسيس", "تشكيل", "رفع", "خفض",
    "تخفيض", "تخصيص", "منح", "دعم", "اعتماد", "إلغاء", "تعليق", "فرض", "تجميد", "مرسوم",
    "مرسوما", "المرسوم", "مقترح", "مقترحا", "المقترح", "توصيات", "التوصيات", "صفقة",
    "الصفقة", "اتفاق", "اتفاقا", "الاتفاق", "ضريبة", "الضريبة", "رسوم", "الرسوم", "عفو",
    "العفو", "عفوا",
)
# Condemning with a noun object reports no words of its own ("دانت الوزارة الهجوم"); a
# participle of blame after it ("، محملة الاحتلال المسؤولية") is the condemner's.
CONDEMNING_VERBS: tuple[str, ...] = ("دان", "دانت", "أدان", "أدانت", "استنكر", "استنكرت",
                                     "شجب", "شجبت", "ندد", "نددت")
# The present of calling, read only as a second verb after a comma with no subject of
# its own ("ويطالب القرار الأطراف بـ ...، ويدعو إلى ...").
PRESENT_CALL_VERBS: tuple[str, ...] = ("يدعو", "تدعو", "يدعون", "يحث", "تحث", "يحثون")
# Verbs whose content usually comes as "على أن" / "إلى أن".
# A call with the ones called on as its object pronoun ("، دعاهم فيها إلى الابتعاد"،
# "وحثتهم على الصبر"): the call after its preposition, as after "دعا".
CALLING_THEM: dict[str, str] = {
    **dict.fromkeys(("دعاهم", "دعاها", "دعاه", "دعتهم", "دعتها", "دعته"), "إلى"),
    **dict.fromkeys(("حثهم", "حثها", "حثه", "حثتهم", "حثتها", "حثته"), "على"),
}
PREP_VERBS: dict[str, str] = {"أشار": "إلى", "أشارت": "إلى", "أشاروا": "إلى", "لفت": "إلى",
                              "لفتت": "إلى", "شدد": "على", "شددت": "على", "تصر": "على",
                              "يصر": "على", "أصر": "على", "أصرت": "على", "دعا": "إلى",
                              "دعت": "إلى", "دعوا": "إلى", "حث": "على", "حثت": "على",
                              "حذر": "من", "حذرت": "من", "حذروا": "من",
                              "يحذر": "من", "تحذر": "من", "يحذرون": "من",
                              "يدعو": "إلى", "تدعو": "إلى", "يدعون": "إلى",
                              "يحث": "على", "تحث": "على", "يحثون": "على",
                              "نوه": "إلى", "نوهت": "إلى", **CALLING_THEM,
                              **dict.fromkeys(CAUSE_VERBS, "إلى")}
# Verbs and participles of calling on someone ("دعا الطرفين إلى ...", "، داعيا أنصاره إلى
# ..."): the call, with its preposition, is what was said, and the addressee between
# the speaker and the preposition is not part of the speaker.
CALL_VERBS: tuple[str, ...] = ("دعا", "دعت", "دعوا", "حث", "حثت", "حثوا", *CALLING_THEM,
                                # a warning, like a call: "حذر الجيش السكان من الاقتراب"
                                "حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون",
                                "يدعو", "تدعو", "يدعون", "يحث", "تحث", "يحثون")
# (round ar159) A call's verb with "إلى" and the pronoun of what was called for ("في
# إضراب دعا إليه تجمع الصيادلة"، "اعتصام دعت إليه النقابة"): a relative naming who called
# the event, no words of a call; its subject is no speaker of "إليه".
CALLED_FOR_IT: tuple[str, ...] = ("إليه", "إليها", "إليهم", "إليهما", "له", "لها")
# Verbs whose object is the one addressed: a call, urging, demand, appeal or blame. As a
# second verb after a comma ("قالت الحكومة إن ...، وطالبت مجلس الأمن بـ"، "وحملت "جماعات
# ..." المسؤولية") the one noun phrase before the call is the addressee, and the speaker
# is the sentence's subject named before.
ADDRESSING_VERBS: tuple[str, ...] = ("دعا", "دعت", "دعوا", "حث", "حثت", "حثوا", "طالب",
                                     "طالبت", "طالبوا", "ناشد", "ناشدت", "ناشدوا", "حمل",
                                     "حملت", "حملوا",
                                     # the accused before the charge: "، واتهمت الجيش بـ"
                                     "اتهم", "اتهمت", "اتهموا",
                                     # the present as a second verb: "، وتحث السائقين على"
                                     "يدعو", "تدعو", "يحث", "تحث")
# Words that open what is denied or confirmed, never who denies it: after a second verb
# with no subject of its own ("، ونفت أي اعتقالات عشوائية"، "، ونفى وجود اشتباكات"،
# "ونفت صحة الأنباء") the speaker is the one named before.
DENIED_OBJECT_HEADS: tuple[str, ...] = (
    "أي", "أية", "وجود", "صحة", "حدوث", "علمه", "علمها", "علاقة", "علاقته", "علاقتها",
    "صلة", "صلته", "صلتها", "تورط", "تورطه", "تورطها", "ضلوع", "ضلوعه", "ضلوعها",
)
# (round ar177) Prepositions after a noun with "him/its" that open the noun's own object
# ("نفى الجيش علمه بالغارة، قائلا ..."، "أكد تمسكه بالاتفاق"، "أعلن تضامنه مع ..."): so the
# noun is the verb's object, not the end of a name in ة ("الوزير حمزة الخطيب، قائلا").
OBJECT_THEN_SAYING_PREPOSITIONS: tuple[str, ...] = ("في", "على", "عن", "من", "مع", "إلى", "ب",
                                                    "لـ", "بـ")
# ... the same with the article written on ("بالغارة"، "للقرار"), folded, as a word opens
OBJECT_THEN_SAYING_ARTICLED: tuple[str, ...] = ("بال", "لل")
# The openings of derived verbal nouns by shape, folded: إفعال ("اغلاق")، افتعال، انفعال،
# استفعال، and تفعيل/تفاعل; from five letters on, which no bare name like "احمد" reaches.
DERIVED_MASDAR_OPENINGS: tuple[str, ...] = ("ا", "ت")
# Verbs whose object follows with "ب" ("رحبت الوزارة بوقف إطلاق النار"): after their
# subject, the first word in "ب" opens the object, not a name.
BI_OBJECT_VERBS: tuple[str, ...] = ("رحب", "رحبت", "رحبوا", "ندد", "نددت", "نددوا", "أشاد",
                                    "أشادت", "أشادوا")
CALL_PARTICIPLES: dict[str, str] = {"داعيا": "إلى", "داعية": "إلى", "داعين": "إلى",
                                    "حاثا": "على", "حاثة": "على", "حاثين": "على"}
# How many words the ones called on may take before the preposition: a body with its
# place ("داعيا المواطنين في القرى الحدودية إلى"، "داعية سكان الأحياء الشرقية للمدينة إلى").
CALLED_MAX_WORDS = 7
# Participles of pointing out, whose words may be a masdar after إلى as the verb's are
# ("، مشيرا إلى مقتل 8 من المسلحين", like "وأشار المتحدث إلى استشهاد ضابط").
POINTING_PARTICIPLES: tuple[str, ...] = ("مشيرا", "مشيرة", "مشيرين", "لافتا", "لافتة",
                                         "لافتين", "منوها", "منوهة",
                                         # alerting to: "، منبهة إلى أن المخزون ينفد"
                                         "منبها", "منبهة", "منبهين")
# The participle of saying: "وتابع قائلا إن", "وغرد الوزير قائلا إن" (it repeats the verb).
SAYING_PARTICIPLES: tuple[str, ...] = ("قائلا", "قائلة", "قائلين", "قائلون")
# Participles of threats and pledges, with the act after بـ: "، متوعدا باتخاذ إجراءات".
THREAT_PARTICIPLES: tuple[str, ...] = ("متوعدا", "متوعدة", "مهددا", "مهددة", "متعهدا",
                                       "متعهدة", "متوعدين", "مهددين")
# (round ar182) Participles of admitting, with what is admitted after بـ: "، معترفة بمقتل
# ستة من مقاتليها"، "، مقرا بوجود نقص" (the words from the ب on, as after "اعترف"); only
# after a comma and with the ب word at once ("مقرا" is also the noun "headquarters").
ADMITTING_PARTICIPLES: tuple[str, ...] = ("معترفا", "معترفة", "معترفين", "مقرا", "مقرة",
                                          "مقرين")
# Participles of accusing, with the one accused and the charge after بـ: "، متهما الشبكة
# بـ"تضخيم الأرقام"" (the words from the one accused on, as after "اتهم").
ACCUSING_PARTICIPLES: tuple[str, ...] = ("متهما", "متهمة", "متهمين")
# How many words the one accused may run to after such a participle set off by a comma
# (a party with its allies: "قوات الدعم السريع والحركات المتحالفة معها"); without the
# comma three, a short name.
ACCUSED_MAX_WORDS_AFTER_COMMA = 8
# Participles of describing, with what is described and "بأنه/بأنها" before the words:
# "، واصفا رواية الجيش بأنها "مفبركة"" (the words after the complementizer, as after
# "وصف الوزير الهجوم بأنه ...").
DESCRIBING_PARTICIPLES: tuple[str, ...] = ("واصفا", "واصفة", "واصفين")
# How many words the thing described may take before the complementizer.
DESCRIBED_MAX_WORDS = 5
# "ما وصفه بـ"..."" (what it described as "..."): the relative of description whose quoted
# name for a deed is the describer's words, after a verb of condemning, criticising or
# protesting ("دانت النقابة ما وصفته بـ"الحملة الممنهجة""، "احتجاجا على ما وصفته بـ"...""),
# as after "، واصفا ما جرى بـ"..."".
DESCRIBED_RELATIVES: tuple[str, ...] = ("ما", "بما", "لما", "عما")
DESCRIBING_WITH_OBJECT: tuple[str, ...] = ("وصفه", "وصفته", "وصفها", "وصفتها", "وصفوه",
                                           "وصفوها")
# Participles of blame, with the one blamed and "مسؤولية" after it: "، محملا الطيران
# الروسي مسؤوليتها" (the words from the one blamed on, as after "حمّل").
BLAMING_PARTICIPLES: tuple[str, ...] = ("محملا", "محملة", "محملين")
# Participles of estimating, with what is estimated and then its figure after "بـ": "،
# مقدرا الخسائر بأكثر من 85 ألف شيقل" is the speaker's own estimate, as "وقدرت الوزارة
# الخسائر بـ..." is (the words from the thing estimated on). Without that "بـ" close after
# it, "مقدرة" is the noun "ability" and no report.
ESTIMATING_PARTICIPLES: tuple[str, ...] = ("مقدرا", "مقدرة", "مقدرين")
# How many words the thing estimated may take before its "بـ" ("احتياجات الاستجابة حتى
# نهاية العام بـ210 ملايين").
ESTIMATED_MAX_WORDS: int = 6
# An estimate of a toll ("وقدر المكتب عدد النازحين جراء موجة العنف التي بدأت في أكتوبر
# الماضي بنحو 2,700 شخص"، "، مقدرا عدد العائلات النازحة من البلدتين بأكثر من 900 عائلة"،
# "ويقدر ناشطون عدد من قتلهم التنظيم بأكثر من 1200 شخص"): the verb takes "عدد" as its
# object and gives its value after "بـ", so that figure is the toll's however long the
# phrase that names the people counted. The verbs and participles that estimate, and how
# many tokens may stand between them and "عدد" (the estimator, often a long name).
TOLL_ESTIMATORS: tuple[str, ...] = (*ESTIMATE_VERBS, *ESTIMATING_PARTICIPLES)
TOLL_ESTIMATOR_REACH: int = 10
# How many words the phrase of the people counted may take, from "عدد" to the "بـ".
ESTIMATED_TOLL_MAX_WORDS: int = 12
# "من" with a verb of the outcome and its object pronoun names those it befell ("عدد من
# قتلهم التنظيم": the number of those the group killed), not the vague "عدد من" (a
# number of).
WHOM_FOLDED: str = "من"
# Participles of demanding, with the one addressed and the demand after بـ: "ودان النائب
# العدوان، مطالبا الدولة بتقديم شكوى" (the demand, from its ب on, as after "طالب"); only
# after a comma ("مطالبة" is also the noun "a demand").
DEMAND_PARTICIPLES: tuple[str, ...] = ("مطالبا", "مطالبة", "مطالبين")
# How many words may name the ones a demand is addressed to before its "ب" ("، مطالبا
# الحكومتين الاتحادية والإقليمية بالتحرك"); a quotation mark opening the demand is no word.
DEMAND_ADDRESSED_MAX_WORDS: int = 3
# Participles that continue the previous speaker: "، مضيفا أن ...".
# Participles of deeming likely ("، مرجحا أن ..."، "، مرجحة افتتاح ...") and of
# attributing a cause ("، عازيا التراجع إلى الجفاف"، "، عازية ذلك إلى ..."): a judgement
# of the speaker's, with a clause or a verbal noun after them, as "رجح"/"عزا" have.
LIKELY_PARTICIPLES: tuple[str, ...] = ("مرجحا", "مرجحة", "مرجحين")
# Participles of forecasting ("، متوقعا اكتمال الصيانة قبل نهاية الشهر"): with a verbal
# noun the forecast is the speaker's own statement, as "مرجحا" with its noun is.
FORECAST_PARTICIPLES: tuple[str, ...] = ("متوقعا", "متوقعة", "متوقعين")
ATTRIBUTING_PARTICIPLES: tuple[str, ...] = ("عازيا", "عازية", "عازين", "مرجعا", "مرجعة",
                                             "مرجعين")
# Participles of claiming, of a claim the writer keeps at a distance: "، زاعما أنه أحبط
# هجوما" (from "زعم") and "، مدعية أنها استولت على 20 شاحنة" (from "ادعى", the same
# sense): the speaker before goes on, as after "مضيفا".
CLAIMING_PARTICIPLES: tuple[str, ...] = ("زاعما", "زاعمة", "زاعمين", "مدعيا", "مدعية",
                                         "مدعين")
# Participles of confirming and announcing with a verbal noun as object: "، مؤكدا مقتل 27
# من المهاجمين" reports the death as "أكد مقتل" does.
OBJECT_PARTICIPLES: tuple[str, ...] = ("مؤكدا", "مؤكدة", "مؤكدين", "معلنا", "معلنة",
                                       "معلنين",
                                       # denying: "، نافية سقوط قتلى مدنيين" as "نفت سقوط"
                                       "نافيا", "نافية", "نافين",
                                       # deeming likely: "، مرجحا افتتاح القاعة في الربيع"
                                       # and attributing: "، عازية التراجع إلى الجفاف"
                                       *LIKELY_PARTICIPLES, *ATTRIBUTING_PARTICIPLES,
                                       # forecasting: "، متوقعا انتهاء الأعمال في أيار"
                                       *FORECAST_PARTICIPLES,
                                       # claiming: "، زاعما قتل 20 جنديا" as "زعم قتل"
                                       *CLAIMING_PARTICIPLES)
# Participles of expecting and judging likely: "، متوقعا أن تصل الشحنة قبل الموعد"، "،
# مرجحة أن يرتفع العدد" open a clause of their own after "أن", as "، مضيفا أن" does; with
# a verbal noun both take it as their object (OBJECT_PARTICIPLES above: "، مرجحة ارتفاع
# عدد الوفيات" and "، متوقعا إنجازه خلال أشهر" are the speaker's own judgement, annotated
# as their own entry in every blind set that has one); any other word after "متوقعا"
# keeps it inside the words before.
EXPECTING_PARTICIPLES: tuple[str, ...] = (*FORECAST_PARTICIPLES, *LIKELY_PARTICIPLES)
SPEECH_PARTICIPLES: tuple[str, ...] = (
    *DEMAND_PARTICIPLES,
    "مضيفا", "مضيفة", "مشيرا", "مشيرة", "مؤكدا", "مؤكدة", "لافتا", "لافتة", "موضحا",
    "موضحة", "قائلا", "قائلة", "معتبرا", "معتبرة", "محذرا", "محذرة", *ACCUSING_PARTICIPLES,
    "داعيا", "داعية", "مشددا", "مشددة", "معلنا", "معلنة", "مضيفين", "مشيرين", "مؤكدين",
    "داعين", "حاثا", "حاثة", *THREAT_PARTICIPLES, *BLAMING_PARTICIPLES,
    *ESTIMATING_PARTICIPLES,
    *DESCRIBING_PARTICIPLES,
    # claiming, of a claim the writer keeps at a distance: "، زاعما أنه أحبط هجوما"
    *CLAIMING_PARTICIPLES, *ATTRIBUTING_PARTICIPLES,
    # reminding: "، مذكرة بأن آخر انتخابات جرت في 2014"
    "مذكرا", "مذكرة", "مذكرين",
    # admitting: "، معترفة بمقتل ستة من مقاتليها" (round ar182)
    *ADMITTING_PARTICIPLES,
    # appealing: "، مناشدة المواطنين التبرع بالدم" (also nouns, as "مذكرة")
    *APPEAL_PARTICIPLES,
    # asking, as "تساءل" does: '، متسائلا: "من يحمي القرية؟"' (the question is the
    # speaker's own entry, not the end of the words before it)
    "متسائلا", "متسائلة", "متسائلين",
    # denying: "، نافيا أن تكون قواته قصفت الحي"
    "نافيا", "نافية", "نافين",
    # making clear, noting, going on, adding a caveat, revealing: "، مبينا أن المهربين
    # فروا"، "، منوها إلى أن ..."، "، مردفا أن ..."، "، مستدركا أن ..."، "، كاشفا أن ...",
    # with the plurals the list lacked ("موضحين"، "لافتين")
    "مبينا", "مبينة", "مبينين", "منوها", "منوهة", "منوهين", "مردفا", "مردفة", "مردفين",
    "مستدركا", "مستدركة", "كاشفا", "كاشفة", "كاشفين", "موضحين", "لافتين",
    # going on and alerting to, as "مضيفا"/"منوها": "، متابعا أن الشاحنات تنتظر"، "،
    # منبهة إلى أن المخزون ينفد" (the speaker before goes on with an entry of its own)
    "متابعا", "متابعة", "متابعين", "منبها", "منبهة", "منبهين",
    # expecting and judging likely, of what the speaker foresees (below)
    *EXPECTING_PARTICIPLES,
)
# Complementizers that open the reported clause.
COMPLEMENTIZERS: tuple[str, ...] = (
    "إن", "أن", "بأن", "إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "إنهم", "أنهم",
    "بأنهم", "إنهما", "أنهما", "إننا", "أننا", "إني", "أني", "فإن",
)
# A verb of saying right after the object of a claim, a mourning or an announcement,
# its complementizer carrying the object's pronoun, is an asyndetic relative that
# describes the object ("نعى الحزب اثنين من عناصره قال إنهما قتلا"، "تبنت الجماعة هجوما
# قالت إنه أصاب أهدافه"، "أعلنت الشرطة توقيف ثلاثة أشخاص قالت إنهم ..."): the object ends
# before it, and its words are the same subject's second entry.
RELATIVE_SAYING_VERBS: tuple[str, ...] = ("قال", "قالت", "قالوا", "قالا", "ذكر", "ذكرت",
                                          "زعم", "زعمت", "ادعى", "ادعت", "أكد", "أكدت")
# A verb of saying joined by "و" right after such an object, with its complementizer at
# once, is the same subject's second report ("ونفى الجيش قصف السوق وقال إنه استهدف ..."،
# the headline "الحركة تنفي قصف السوق وتقول إنها ..."): no subject stands between, so the
# object ends before it and its words are that subject's next entry, as a relative's are.
# (The singular only: "وأعلنت الشرطة اعتقال ثلاثة ويقولون إنهم ..." are those counted.)
COORDINATED_SAYING_VERBS: tuple[str, ...] = tuple(
    "و" + v for v in ("قال", "قالت", "يقول", "تقول", "أكد", "أكدت",
                      "يؤكد", "تؤكد", "أضاف", "أضافت", "يضيف", "تضيف", "زعم", "زعمت",
                      "يزعم", "تزعم"))
PRONOUN_COMPLEMENTIZERS: tuple[str, ...] = ("إنه", "إنها", "إنهم", "إنهما", "أنه", "أنها",
                                            "أنهم", "أنهما")
# Attribution prepositions: "بحسب المرصد", "وفقا لمسؤولين", "نقلا عن".
ATTRIBUTION_PREPS: tuple[str, ...] = (
    "بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "حسبما", "وفقما",
)
# "على حد قول X" / "على حد تعبير X" ("in the words of X") after the words attributes them
# as "بحسب X" does, the clause before being the words; with a pronoun ("على حد قوله") it
# only closes the words of the speaker already named. The nouns, read after "على حد".
WORDS_OF_NOUNS: tuple[str, ...] = ("قول", "تعبير")
WORDS_OF_OPENERS: tuple[str, ...] = ("على", "حد")
# "على ما" before a verb of saying after a comma closes a sentence as "بحسب ما" does
# ("...، على ما أفاد مصدر طبي"، "على ما أعلن الجيش"، "على ما ذكرت الوكالة"); so does
# "كما" with no complementizer after it ("...، كما قال مسؤول محلي").
ON_WHAT_WORDS: tuple[str, ...] = ("على",)
# What a source asks to have withheld, right after its verb ("طلب عدم كشف هويته"، "اشترط
# حجب اسمه"، "طلب إغفال اسمه"): a condition of speaking, whose verb has no words of its
# own, so a relative clause holding it leaves the complementizer to the main verb.
WITHHELD_OBJECTS: tuple[str, ...] = ("عدم", "حجب", "إغفال", "إخفاء", "التكتم")
# Words that introduce a source inside a speech phrase: "نقلا عن", "عن".
RELAY_WORDS: tuple[str, ...] = ("نقلا",)
# "المصادر نفسها": refers back to the source named before.
SAME_SOURCE: tuple[str, ...] = ("نفسها", "نفسه", "ذاتها", "ذاته")
# What may be joined before the noun of such a source where it was first named: "الوزارة
# نفسها" after "مركز ... التابع لوزارة الصحة" (longest first, the article with them).
SAME_SOURCE_NOUN_PREFIXES: tuple[str, ...] = ("وال", "بال", "لل", "ال", "ل", "ب")
# "الأخيرة" / "الأخير" (the latter) as a subject: the party named last before it, which after
# an accusation or a blame is the one accused ("اتهم الجيش الحركة بـ...، بينما نفت الأخيرة").
LATTER_WORDS: tuple[str, ...] = ("الأخيرة", "الأخير")
# How many words the accused may take between an accusation's verb and its "بـ" or its
# "المسؤولية", for "الأخيرة" to name it.
LATTER_ACCUSED_MAX_WORDS = 5
# Words that end a speaker phrase: adverbs and time words after the subject.
# Relative pronouns: a speech verb after one ("المتحدث الذي قال إن ...") has the noun
# before the pronoun as its subject, and the relative clause is not the main clause's words.
RELATIVE_PRONOUNS: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان",
                                      "اللتين", "اللواتي", "اللاتي", "اللائي")
# How many tokens an outlet's name may run after its noun before "عن" ('إلى صحيفة "الأيام
# اليومية" عن'): the quote marks count.
OUTLET_NAME_MAX_TOKENS = 7
# The outlet or audience addressed after a speaker ("قال شهود لفرانس برس إن",
# 'قال المدير لـ"العربية.نت" إن'): not part of the speaker.
ADDRESSED_OUTLETS: tuple[str, ...] = (
    "لوكالة", "لصحيفة", "لقناة", "لموقع", "لـ", "لفرانس", "لرويترز", "لسكاي", "للجزيرة",
    "للعربية", "لشبكة", "لتلفزيون", "للتلفزيون", "لإذاعة", "للإذاعة", "للصحفيين",
    "للصحافيين", "للصحافة", "لوسائل", "لبي",
    # the outlet's own reporter: "قال شهود عيان لمراسلنا إن"
    "لمراسلنا", "لمراسل", "لمراسلة", "لموفدنا",
    # Maghrebi and Egyptian papers: 'أكد مصدر مطلع لجريدة "هسبريس" أن', "لمجلة"
    "لجريدة", "لمجلة",
    # a news portal: 'في تصريح لبوابة "الوسط" ان'، "لبوابة أفريقيا الإخبارية ان"
    "لبوابة",
)
# (round ar166) a platform of local news, addressed as a paper is ('قال عضو المجلس البلدي
# لمنصة «صوت الوادي» إن'، "في تصريح لمنصة ..."): the one who spoke is the speaker.
ADDRESSED_PLATFORMS: tuple[str, ...] = ("لمنصة", "للمنصة", "لمنصات")
ADDRESSED_OUTLETS = (*ADDRESSED_OUTLETS, *ADDRESSED_PLATFORMS)
# (round ar174) A radio station addressed by its kind, as a paper or a channel is ('قال أحد
# السكان، فلان، لراديو "صوت الحي": "..."'، "وقال المسؤول لراديو فرنسا الدولي إن"): the
# one who spoke is the speaker, the station no part of him. ("لمحطة" is left out: "مدير
# لمحطة الوقود" is whose manager he is.)
ADDRESSED_STATIONS: tuple[str, ...] = ("لراديو",)
ADDRESSED_OUTLETS = (*ADDRESSED_OUTLETS, *ADDRESSED_STATIONS)
# (round ar166) The definite nisba adjectives an outlet addressed by its quoted name may
# carry after it ('لشبكة "الجنوب اليوم" المحلية إن'، 'لقناة "الشرق" الفضائية إن'), folded
# endings (ta marbuta as "ه"), and how many may follow one another.
OUTLET_ADJECTIVE_ENDINGS: tuple[str, ...] = ("يه", "ي")
OUTLET_ADJECTIVES_MAX = 2
# The outlet by its kind, with the article, after a medium: "في تصريح للوكالة الرسمية إن"
# (only there: "وفقا للوكالة الرسمية" names the source).
MEDIUM_OUTLETS: tuple[str, ...] = ("للوكالة", "للقناة", "للصحيفة", "للموقع", "للشبكة")
# The outlet of the report named again, with the article ("وقال أحد السكان للصحيفة:"):
# the one addressed when the words follow at once; after a name adjective it is the
# title's genitive ("المدير العام للوكالة").
ADDRESSED_DEFINITE_OUTLETS: tuple[str, ...] = ("للصحيفة", "للوكالة", "للقناة", "للموقع",
                                               "للشبكة", "للمجلة", "للجريدة")
# A source's request not to be named after its description ("مسؤول في المجلس المحلي طلب
# عدم ذكر اسمه"): it ends the speaker, however long the title before it.
ANONYMITY_VERBS: tuple[str, ...] = ("طلب", "طلبت", "طلبوا", "رفض", "رفضت", "فضل", "فضلت",
                                    "طالبا", "مشترطا", "مفضلا",
                                    # (round ar161) a condition set: "، اشترط عدم نشر اسمه،"
                                    "اشترط", "اشترطت", "اشترطوا",
                                    # after "لم": "مسؤول لم يشأ الكشف عن اسمه"
                                    "يشأ", "تشأ", "يشاؤوا", "يرغب", "ترغب", "يرغبوا")
# What such a condition withholds, as word beginnings ("اسمه", "هويتها", "باسمه الأول"):
# with one of them the condition may run on to its reason before the complementizer
# ("لأنه غير مخول ...") and hold a complementizer of its own ("طلب أن يعرف باسمه").
IDENTITY_NOUNS: tuple[str, ...] = ("اسم", "هويت", "هويه", "باسم")
# A source described by what it knows of, with "على" and its object: "مصدر مطلع على
# المفاوضات", "مصادر مطلعة على التحقيق" (the object is the source's description, not a
# preposition of the verb).
INFORMED_PARTICIPLES: tuple[str, ...] = ("مطلع", "مطلعة", "مطلعون", "مطلعين", "المطلع",
                                         "المطلعة", "المطلعين", "المطلعون")
# ... and a title of charge with "على" and what it runs ("وقال المشرف على إحدى التكايا،
# خليل أبو سمرة، ان"، "القائم على المشروع"): what one supervises is the title, not a
# preposition of the verb.
IN_CHARGE_TITLES: tuple[str, ...] = ("المشرف", "مشرف", "المشرفة", "مشرفة", "المشرفين",
                                     "القائم", "القائمة", "القائمين")
# "No comment came from X" ("ولم يصدر عن وزارة الدفاع أي تعليق، لكنها تقول ..."، "ولم يصدر
# تعليق فوري من الوزارة، التي تقول ..."): the verb of issuing, then "عن"/"من" and the body
# that did not comment; a later pronoun or relative points back to that body, not to the
# comment. The comment's words that may stand before the preposition, folded.
NO_COMMENT_VERBS: tuple[str, ...] = ("يصدر", "تصدر")
NO_COMMENT_FROM: tuple[str, ...] = ("عن", "من")
NO_COMMENT_NOUNS: tuple[str, ...] = ("تعليق", "فوري", "رسمي", "أي", "رد")
# How often something is said or done: "عادة" (usually), "دائما", "غالبا".
HABIT_ADVERBS: tuple[str, ...] = ("عادة", "دائما", "غالبا")
SPEAKER_STOPS: tuple[str, ...] = (
    *ADDRESSED_OUTLETS,
    "في", "اليوم", "أمس", "مساء", "صباح", "مجددا", "أيضا", "مرارا", "رسميا", "كذلك",
    "خلال", "عبر", "أمام", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "فجر", "ليل",
    "يوم", "ظهر", "عصر", "هذا", "اليوم", "بدوره", "بدورها", "حينها", "لاحقا", "سابقا",
    "في وقت سابق",
    # "نقلت X عن مسؤول قوله إن": the masdar of saying follows the source
    "قوله", "قولها", "قولهم", "قولهما",
    # prepositional phrases after a name ("قال مسؤول بشرط عدم ذكر اسمه", "قال الوزير
    # بشأن الهجوم إن"); a word that merely starts with ب may be a name (بوتين, بايدن)
    "بشرط", "شريطة", "بشأن", "بخصوص", "بسبب", "بلهجة", "بوضوح", "بصراحة", "برفقة",
    "بمناسبة", "بينما",
    # adverbs of habit between the verb and its complementizer ("في حين تقول قوات الدعم
    # السريع عادة إنها"، "لكنها تقول عادة ان"): how often it is said, no one who says it
    *HABIT_ADVERBS,
    # a source who asked not to be named ("بحسب مسؤول طلب عدم ذكر اسمه")
    *ANONYMITY_VERBS,
    # the ones the source spoke to: "شهود عيان تحدثوا لوكالة فرانس برس"
    "تحدث", "تحدثت", "تحدثوا", "تحدثا",
    # time clauses after the name ("قال بري بعد لقائه الرئيس إن"), and how long a demand
    # has stood ("ويطالب الأهالي منذ آب الماضي بنشر دوريات")
    "بعد", "عقب", "إثر", "قبيل", "أثناء", "منذ",
)
# Given names that read as a verb of saying ("فضل" "preferred", as in "، فضل عدم ذكر
# اسمه،") or a time of day ("صباح" "morning"): set between commas after a title with a
# family name after them ("وقال رئيس النقابة، فضل منصور، إن", a father's name "، عمار صباح
# الجبوري،"), they are the name the later participles point back to.
# Given names that read as a month ("جوان", a Kurdish name and the Maghrebi June) or open
# with the letter of "و" ("وليد"، "وائل", which the aside's "، وهو ..." would otherwise
# claim) are names there too.
GIVEN_NAME_LOOKALIKES: tuple[str, ...] = ("فضل", "صباح", "جوان", "وليد", "وائل", "وسام",
                                          "وجدي", "وضاح", "وديع")
# (round ar182) Months of the hijri year that are common given names ("، العقيد رجب عمر
# فلان،"، "، عبد الحكيم رمضان فلان،"، "، سالم شعبان،"): between commas after a title they are
# a word of the name unless a word of time holds them ("، مطلع رمضان،"، "، رجب الماضي،").
MONTH_GIVEN_NAMES: tuple[str, ...] = ("رمضان", "رجب", "شعبان")
# The words of time before a month that make it a date ("شهر رمضان"، "منتصف رجب") ...
MONTH_TIME_HEADS: tuple[str, ...] = (
    "شهر", "مطلع", "منتصف", "أواخر", "أوائل", "أواسط", "بداية", "نهاية", "بدء", "آخر",
    "أول", "خلال", "منذ", "قبل", "بعد", "حتى", "طيلة", "طوال", "عيد")
# ... and after it ("رمضان الماضي"، "رجب المقبل"، "شعبان من العام").
MONTH_TIME_TAILS: tuple[str, ...] = (
    "الماضي", "المقبل", "القادم", "الفائت", "المنصرم", "الحالي", "الجاري", "المبارك",
    "الكريم", "المعظم", "عام", "العام", "سنة", "من", "هذا", "هذه", "الفضيل")
# Civil honorifics that open a name between commas after a title, as a rank does ("وقال
# مدير المعرض، الأستاذ سالم عمر بن حليم، إن"، "، المهندس يحيى شرف الدين،"): a form of
# address, no word of the name, so a four-word name after one is still one name.
# Given names that open with the letter waw ("وديع"، "وليد"): first in a name set in commas
# after a title they are the name, not "and" joining a second party ("، ووزير الدفاع،").
GIVEN_NAMES_WITH_WAW: tuple[str, ...] = (
    "وديع", "وليد", "وائل", "وسام", "وفاء", "وداد", "وجدي", "وحيد", "وصفي", "وهيب", "ولاء",
    "وضاح", "وئام", "وجيه", "وهبة", "وردة", "وفيق", "وفيقة", "وجدان", "وصال", "ورد", "وسيم",
)
NAME_HONORIFICS: tuple[str, ...] = (
    "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "الشيخ", "الحاج",
    "الحاجة", "السيد", "السيدة",
    # a profession written before a name as a title is, which the name's length does not
    # count ("وقال مدير المركز، الطبيب فلان بن فلان الفلاني، إن")
    "الطبيب", "الطبيبة", "المحامي", "المحامية",
)
# Nouns of the medium between a speaker and the words ("في بيان", "في خطاب متلفز"),
# matched as word beginnings so plurals and possessives go with them ("تصريحاته").
# How far a medium with its describing clause may run between the speaker and the
# complementizer ("في بيان صدر عقب اجتماع مجلس وزرائها في كيسمايو مساء أمس الأربعاء إن"),
# as far as the same medium set off by commas.
MEDIUM_CLAUSE_MAX_TOKENS: int = 16
MEDIA_NOUNS: tuple[str, ...] = (
    "بيان", "تصريح", "تصريحات", "حديث", "مقابلة", "كلمة", "رسالة", "تغريدة", "مؤتمر",
    "وقت", "خطاب", "حوار", "لقاء", "تسجيل", "إحاطة", "منشور", "اتصال",
    # UN and NGO bulletins: "أفاد المكتب في تقريره الأسبوعي بأن ..."
    "تقرير", "نشرة",
    # court news: "قال القاضي في حيثيات الحكم إن", "قالت المحكمة في قرارها إن"
    "حيثيات", "قرار", "شهادة", "مذكرة",
    # the text of a ruling or a letter: "قال القاضي في نص الحكم إن"
    "نص",
    # a presenter's own programme: "قالت الإعلامية في برنامجها المسائي إن" (not "في
    # برنامج الأغذية العالمي", a body)
    "برنامجه",
    # the prosecution's and the defence's pleading: "قالت النيابة في مرافعتها إن"
    "مرافعة",
    # the Moroccan communiqué: "أفادت الوزارة في بلاغ لها أن ..."
    "بلاغ",
    # opinion pages: "كتب المحلل في مقال نشرته صحيفة ... أن", "في مقالته الأسبوعية"
    "مقال",
    # social media: "وكتب النائب في تدوينة على صفحته أن", "وقال في مقطع مصور إن", "في
    # فيديو نشره على حسابه"
    "تدوينة", "مقطع", "فيديو",
    # diaries and memoirs quoted: 'تكتب سلمى في يومياتها: "..."'، "في مذكراته"، "في دفتره"
    "يوميات", "مذكرات", "دفتر",
    # live pages and bulletins: "وأشار المكتب في تحديثه اليومي إلى ..."
    "تحديث",
    # sessions of a council or a parliament: "وقال النائب ... في مداخلته إن"، "في مداخلة
    # ثانية"
    "مداخلة",
    # ceremonies where words are spoken: "وقال القائد في مراسم أقيمت في المعسكر إن"، "في
    # حفل أقيم بالمناسبة"
    "مراسم", "حفل",
)
# A reply as the medium, with what it answered after "على": "واعترف المندوب في رده على
# سؤال للصحفيين بعد الجلسة بسقوط ..."، "وقال في رده على سؤال إن" (these words exactly,
# not as the beginnings media nouns are matched by: "في ردهة المحكمة" is a hall).
REPLY_MEDIA: tuple[str, ...] = ("رده", "ردها", "ردهم", "ردود")
# Adjectives that may follow a medium noun ("في مؤتمر صحفي", "في اتصال هاتفي").
# Where a statement was posted, after its medium: "في بيان على تلغرام", "عبر حسابها".
PLATFORM_WORDS: tuple[str, ...] = (
    "تلغرام", "تليغرام", "تلجرام", "فيسبوك", "تويتر", "إكس", "منصة", "قناته", "قناتها",
    "حسابه", "حسابها", "موقعه", "موقعها", "صفحته", "صفحتها", "تطبيق",
    "موقع",  # "على صفحتها بموقع فيسبوك"
)
# A carrier named by whose side it is on, which put out a group's statement and is not its
# speaker: "نشرته على موقع موال لها"، "عبر حساب مقرب منها"، "على قناة تابعة له". The
# indefinite outlets, the nisbas they may take, the adjectives of loyalty and the pronouns
# after them.
LOYAL_OUTLETS: tuple[str, ...] = (
    "موقع", "مواقع", "حساب", "حسابات", "صفحة", "صفحات", "قناة", "قنوات", "منصة", "منصات",
    "إذاعة", "وكالة", "معرف", "معرفات",
)
OUTLET_NISBAS: tuple[str, ...] = ("إلكتروني", "إلكترونية", "إخباري", "إخبارية")
# The endings of an outlet's nisba after a verb of carrying ("أوردته قناة محلية"، "بثته
# إذاعة رسمية"): folded, "ية" is written "يه" (round ar143).
OUTLET_NISBA_ENDINGS: tuple[str, ...] = ("يه",)
# "In most of them", "in some of them" after a verb and its subject ("وطالب الخاطفون في
# معظمها بفدى مالية"): the verb tells what happened over many events told before, as
# background, and reports no one's words (round ar143). Also "in most cases".
OVER_MANY_EVENTS: tuple[str, ...] = ("معظمها", "أغلبها", "غالبيتها", "بعضها", "جلها",
                                     "كثير منها")
OVER_MANY_CASES: tuple[str, ...] = ("معظم الأحيان", "أغلب الأحيان", "معظم الحالات",
                                    "أغلب الحالات", "غالب الأحيان")
# What follows the passive of carrying the hurt (CARRIED_VERBS) to a place: "وأصيب خامس
# نقل على إثرها إلى المستشفى"، "ونقل إلى مستشفى المدينة". So placed, "نقل" is "was taken",
# not "relayed", and reports no words (round ar143).
CARRIED_TO_WORDS: tuple[str, ...] = ("إلى", "الى", "على إثرها", "على إثره", "على الفور",
                                     "إثرها", "إثره", "المستشفى", "مستشفى")
LOYAL_ADJECTIVES: tuple[str, ...] = (
    "موال", "موالي", "موالية", "موالين", "تابع", "تابعة", "مقرب", "مقربة", "مقربين",
    "قريب", "قريبة", "مرتبط", "مرتبطة",
)
LOYAL_PRONOUNS: tuple[str, ...] = ("لها", "له", "لهم", "منها", "منه", "منهم", "بها", "به",
                                   "بهم")
# Adjectives of the page or account a statement was posted on ("على صفحته الرسمية"،
# "عبر حسابها الرسمي"): part of where it was posted.
PLATFORM_ADJECTIVES: tuple[str, ...] = ("الرسمية", "الرسمي", "الموثق", "الموثقة",
                                        "الخاص", "الخاصة")
# A relative verb saying an event was held, with the event's pronoun ("مؤتمر صحفي عقده"،
# "مراسم أقيمت"): like a speech delivered, the event and where it was held stand between
# the speaker and the words. (Bare "عقد" is also "a decade" or "a contract", left out.)
HELD_EVENT_VERBS: tuple[str, ...] = ("عقده", "عقدته", "عقدها", "عقدتها", "عقدوه", "أقيمت",
                                     "أقيم", "نظمته", "نظمتها", "نظمها")
# A relative verb on the medium saying it was put out, which the medium's aside takes in:
# "في بيان نشرته على فيسبوك", "في بيان أصدره أمس الأربعاء، فرض ...".
MEDIUM_ISSUE_VERBS: tuple[str, ...] = ("نشره", "نشرته", "نشرها", "نشرتها", "بثه", "بثته",
                                       "أصدره", "أصدرته", "أصدرها", "أصدرتها", "وزعه",
                                       "وزعته", "صدر", "صدرت",
                                       # a speech delivered, a letter read out, and where:
                                       # "في كلمة ألقاها أمام البرلمان"، "في رسالة تليت
                                       # في الجلسة"
                                       "ألقاها", "ألقاه", "ألقتها", "ألقته", "تليت", "تلي",
                                       "تلاها", "تلاه", "تلتها", "تلته",
                                       # an event held, and where: "في مؤتمر صحفي عقده
                                       # أمام المستشفى"، "في مراسم أقيمت في المعسكر"
                                       *HELD_EVENT_VERBS)
# Where a speech was delivered or a letter read out, after the verb: "ألقاها في المؤتمر"،
# "تليت أمام مجلس النواب" (a place of one word, or a head and its genitive).
# Who reads a statement out after a verb of delivery ("في بيان تلاه المتحدث باسمه على
# التلفزيون"; ranks too, "تلاه العقيد ..."): not a source of the words.
STATEMENT_READERS: tuple[str, ...] = ("المتحدث", "المتحدثة", "الناطق", "الناطقة", "المذيع",
                                      "المذيعة", "مذيع", "مذيعة", "ضابط", "متحدث", "ناطق")
# Nouns of defending, whose "عن" names the defended and stays in the speaker ("رئيس هيئة
# الدفاع عن المتهمين"، "المدافعون عن حقوق الإنسان"); "المسؤول عن" is left out: "نقل
# المسؤول عن مصادر" relays a source. With "لـ" the body's purpose: "لجنة المحامين
# المتطوعين للدفاع عن المعتقلين".
DEFENDING_HEADS: tuple[str, ...] = ("الدفاع", "المدافع", "المدافعة", "المدافعون",
                                    "المدافعين", "مدافعون", "مدافعين", "للدفاع")
# The manner of saying after the verb ('وأضاف بنبرة غاضبة: "..."'، "بصوت مرتفع"): neither
# speaker nor words.
MANNER_NOUNS: tuple[str, ...] = ("بنبرة", "بلهجة", "بصوت")
# Whom the words address, after the speaker ('قال رئيس المحكمة مخاطبا المتهم: "..."').
ADDRESSING_PARTICIPLES: tuple[str, ...] = ("مخاطبا", "مخاطبة", "مخاطبين", "موجها", "موجهة")
DELIVERY_VERBS: tuple[str, ...] = ("ألقاها", "ألقاه", "ألقتها", "ألقته", "تليت", "تلي",
                                   "تلاها", "تلاه", "تلتها", "تلته", *HELD_EVENT_VERBS)
# Military units named by their number, which is part of a title ("آمر الكتيبة 116",
# "قائد اللواء 63").
NUMBERED_UNITS: tuple[str, ...] = ("الكتيبة", "كتيبة", "اللواء", "لواء", "الفرقة", "فرقة",
                                   "الفوج", "فوج", "السرية", "سرية",
                                   # numbered channels: "القناة 12 العبرية"
                                   "القناة", "قناة")
# Counts a source puts out, which close a sentence as its medium does: "...، في حصيلة غير
# نهائية أوردها المرصد" attributes the clause before the comma to the Observatory.
TALLY_NOUNS: tuple[str, ...] = ("حصيلة", "إحصائية", "إحصاء", "تعداد")
# A relative clause on the medium saying who got it: "في بيان تلقت سكاي نيوز عربية نسخة
# منه", "في بيان اطلعت عليه الوكالة": the verb, then up to the pronoun that ends it.
MEDIUM_RECEIPT_VERBS: tuple[str, ...] = ("تلقت", "تلقى", "تلقينا", "حصلت", "حصل", "اطلعت",
                                         "اطلع", "وصلت", "وصل", "تسلمت", "تسلم")
MEDIUM_RECEIPT_ENDS: tuple[str, ...] = ("منه", "منها", "عليه", "عليها", "إليها", "إليه",
                                        "إلينا", "لها", "له")
# "جاء في بيان الوزارة أن ...", "ورد في التقرير أن ...": the words of the text named
# after في, which is the speaker.
CONTAINED_IN_VERBS: tuple[str, ...] = ("جاء", "ورد")
# "بيان صادر عن الجيش": the body a statement comes from is part of the speaker.
ISSUED_BY: tuple[str, ...] = ("صادر", "صادرة", "الصادر", "الصادرة",
                               # the passive of putting it out: "في بيان مصور بث مساء
                               # الاثنين أن", "في بيان نشر على صفحته أن"
                               "بث", "نشر", "وزع")
# (round ar154) "عن" with the pronoun of the body a medium came from, after its verb or
# participle of issuing ("في بيان صدر عنها"، "في بيان صادر عنه"): part of the medium's
# aside, never the first word of what was said.
ISSUED_FROM_PRONOUNS: tuple[str, ...] = ("عنه", "عنها", "عنهم", "عنهما")
MEDIA_ADJECTIVES: tuple[str, ...] = (
    "سابق", "صحفي", "مشترك", "رسمي", "متلفز", "هاتفي", "مصور", "مسجل", "مقتضب",
    # "وأكد في بيان لاحق أن": a later or separate statement
    "لاحق", "منفصل", "مكتوب", "مطول", "جديد", "خاص",
    # a periodic report or a provisional toll: "وثقت الشبكة في تقريرها الشهري مقتل ...",
    # "أعلن المركز في حصيلة غير نهائية مقتل ..." (the engine adds the feminine and the
    # definite forms, and "غير" before one)
    "شهري", "أسبوعي", "يومي", "سنوي", "فصلي", "دوري", "ختامي", "أولي", "نهائي", "أخير",
    # public, open, urgent, broadcast: "لكنه قال في بيان عام يوم الأحد إنه"، "في رسالة
    # مفتوحة"، "في تسجيل صوتي" ("عام" before a number is the year: "في تقرير عام 2019")
    "عام", "علني", "مفتوح", "عاجل", "تلفزيوني", "إذاعي", "صوتي", "مرئي",
)
# (round ar166) a report that adds up its figures over time or gives them by kind ("وكان
# المركز قد أعلن، أمس، في تقرير تراكمي أن ..."، "في تقرير إحصائي"، "في تقرير مفصل")
MEDIA_TALLY_ADJECTIVES: tuple[str, ...] = ("تراكمي", "إحصائي", "مفصل", "موجز", "مرحلي")
MEDIA_ADJECTIVES = (*MEDIA_ADJECTIVES, *MEDIA_TALLY_ADJECTIVES)
# Publishers named after a medium's issuing verb, by their quoted name: "نفى التنظيم في
# بيان نشرته وكالة "أعماق" صحة ...".
# Programmes and bulletins named by a title in quotes, as outlets are ('لبرنامج "العالم
# اليوم"'، 'نشرة «الجنوب اليوم»'): the dates engine reads no "today" closing such a title.
PROGRAMME_NOUNS: tuple[str, ...] = ("برنامج", "نشرة", "مدونة", "تلفزيون", "راديو", "صفحة")
MEDIUM_PUBLISHERS: tuple[str, ...] = ("وكالة", "صحيفة", "قناة", "موقع", "جريدة", "مجلة",
                                      "إذاعة", "شبكة",
                                      # an armed group's own channel: 'نشرته منصة "الزلاقة"'
                                      "منصة",
                                      # ... and its media foundation: 'في بيان نشرته مؤسسة
                                      # "الزلاقة" إن' (the publisher, not the speaker)
                                      "مؤسسة")
# The kind of an outlet before its name in quotes ('لموقع "فرات بوست"'، 'شبكة «شام»'),
# with the clitics it may carry: the quoted word after it opens the outlet's name, never a
# verb, though it may read as one with a clitic ("فرات" as "فـ" + "رأت").
QUOTED_NAME_HEADS: tuple[str, ...] = (*MEDIUM_PUBLISHERS, *PROGRAMME_NOUNS)
QUOTED_NAME_HEAD_CLITICS: tuple[str, ...] = ("", "و", "ل", "ول", "ب", "وب", "لل", "ال",
                                             "وال", "بال")
OPENING_QUOTE_MARKS: tuple[str, ...] = ('"', "«", "“")
# What marks such a word in the statements engine's copy of the tokens: folded text has no
# tatweel, so no word list holds a word that starts with one.
QUOTED_NAME_MARK: str = "ـ"
# Heads of an organisation name that take one indefinite genitive, a proper name as a
# rule ("قوات سوريا الديمقراطية", "حركة حماس", "منظمة أطباء بلا حدود"): after them an
# indefinite word is part of the name, not the verb's object.
ORGANISATION_HEADS: tuple[str, ...] = (
    "قوات", "منظمة", "حركة", "وكالة", "جماعة", "هيئة", "وزارة", "لجنة", "جبهة", "مجلس",
    "حزب", "شركة", "جمعية", "رابطة", "تنظيم", "ميليشيا", "ميليشيات", "كتائب", "ألوية",
    "جيش", "صحيفة", "قناة", "شبكة", "إذاعة", "مؤسسة", "مركز", "مرصد", "اتحاد", "تحالف",
    "حكومة", "رئاسة", "مكتب", "وسائل", "برلمان",
    # professional bodies that issue casualty counts ("نقابة أطباء السودان", "تجمع
    # المهنيين السودانيين")
    "نقابة", "تجمع",
    # security bodies and missions ("مديرية مكافحة الإرهاب"، "جهاز مكافحة الإرهاب"،
    # "بعثة الأمم المتحدة")
    "مديرية", "جهاز", "دائرة", "بعثة",
    # broken plurals of bodies, with an indefinite genitive ("لجان مقاومة"، "فصائل
    # معارضة"), a name in construct as "قوات سوريا" is
    "لجان", "فصائل",
    # chambers of trade and industry and operations rooms ("غرفة تجارة نيالا"، "غرفة
    # عمليات الطوارئ"): bodies that welcome, warn and say
    "غرفة",
)
# Authorities in construct that open a sentence as the subject of its first verb, whose
# pronoun a later "لكنها" carries: "ولم ترد سلطات الحوثيين على طلب للتعليق، لكنها نفت
# ..."، "ولم تعلق إدارة السجن ...". Read only as that subject, not as heads of any name.
AUTHORITY_HEADS: tuple[str, ...] = ("سلطات", "إدارة", "قيادة", "شرطة", "بلدية", "محكمة",
                                    "نيابة", "سفارة", "مفوضية")
# A page or an account that puts out a statement, as the subject of the verb of putting
# it out: 'ونشرت صفحة "الجيش السوداني" على فيسبوك بيانا جاء فيه أن ...' (the page is
# the source the text names; whose page it is, is in its name).
PAGE_HEADS: tuple[str, ...] = ("صفحة", "حساب", "منصة")
# Verbs of putting a text out, whose subject is the source of "بيانا جاء فيه أن": not one
# who read or received it ("وقرأ المذيع بيانا جاء فيه").
ISSUING_VERBS: tuple[str, ...] = ("أصدر", "أصدرت", "نشر", "نشرت", "بث", "بثت", "وزع",
                                  "وزعت", "أذاع", "أذاعت", "عمم", "عممت", "وجه", "وجهت",
                                  "أرسل", "أرسلت")
# Plural person nouns that, after an organisation head, are themselves in construct with
# the definite noun after them ("لجنة أطباء السودان", "جماعة أنصار الله", "هيئة علماء
# المسلمين", "رابطة أبناء الجالية"): that noun is still the name, not the verb's object.
NAME_GENITIVE_HEADS: tuple[str, ...] = ("أطباء", "أنصار", "علماء", "أبناء", "شباب",
                                        "أهالي", "محامي", "أسرى", "ذوي", "عشائر",
                                        # verbal nouns that name a body's task:
                                        # "مديرية مكافحة الإرهاب"، "هيئة تحرير الشام"
                                        "مكافحة", "تحرير", "حماية", "شؤون", "مراقبة",
                                        # "جماعة نصرة الإسلام والمسلمين" (its support)
                                        "نصرة")
# Endings of site names written in running text ("العربية.نت", "Arabi21.com" is split
# at its digits anyway): the dot before them is not a full stop.
WEB_SUFFIXES: tuple[str, ...] = ("نت", "كوم", "net", "com", "org", "info")
# The words of a dateline's source slot at most ("ديالى - بغداد اليوم"، "حيس - سبتمبر نت"،
# "شبوة - يمن شباب نت"): an outlet's name is short; a longer line is a story's opening.
DATELINE_SOURCE_MAX_WORDS: int = 3
# Adjectives of organisation names that have neither the nisba ending nor a participle's
# shape ("الهيئة العامة للاستعلامات", "اللجنة العليا"), so the subject of a verb with
# a plain object runs on through them.
NAME_ADJECTIVES: tuple[str, ...] = (
    "العام", "العامة", "الخاص", "الخاصة", "العليا", "الكبرى", "الجديد", "الجديدة",
    "الكبير", "الكبيرة", "الدائم", "الدائمة", "المؤقت", "المؤقتة",
    # "قوات الدعم السريع", "الهلال الأحمر", "الجيش الحر", "المجلس الأعلى"
    "السريع", "الأحمر", "الحر", "الأعلى",
    # joint commands and rooms: "قيادة القوات المشتركة", "غرفة العمليات المشتركة"
    "المشترك", "المشتركة",
    # "بعثة الأمم المتحدة في مالي", "الولايات المتحدة": a participle after a genitive
    "المتحدة", "المتحد",
)
# Demonstratives: no speaker's title holds one, so after a verb with an object they open
# it ("نفت وزارة الداخلية هذه الأرقام", "نفى الجيش هذين الاتهامين"); one standing alone
# there is the object pointing back ("وأعلن ذلك مساء الاثنين"): the words were given
# before, so there is nothing to attribute. "هذين" and "هاتين" are the dual's object
# forms; "هؤلاء" is left out: it is as often the subject ("وأكد هؤلاء أن").
DEMONSTRATIVES: tuple[str, ...] = ("هذه", "هذا", "هذين", "هاتين", "تلك", "ذلك")
# Indefinite genitives fixed to the speaker noun before them ("أفاد شهود عيان بسماع ..."):
# the subject runs through them as through a name adjective.
SPEAKER_GENITIVES: tuple[str, ...] = ("عيان",)
# Titles that take "إلى" + the place they are sent to: "المبعوث الأممي إلى اليمن".
ENVOY_TITLES: tuple[str, ...] = ("مبعوث", "مبعوثة", "سفير", "سفيرة", "مندوب", "مندوبة",
                                 "المبعوث", "المبعوثة", "السفير", "السفيرة", "المندوب",
                                 "المندوبة")
# Members of a parliament or council, who take "عن" + the seat they hold ("النائب
# التركماني عن كركوك حسن توران", "نائب عن الولاية").
SEAT_TITLES: tuple[str, ...] = ("نائب", "نائبة", "النائب", "النائبة", "نواب", "النواب",
                                "عضو", "العضو", "عضوة", "العضوة")
# Military and police ranks before a name ("العقيد تامر الرفاعي", "الفريق الركن ..."):
# after a title the rank and the name are still the subject.
RANKS: tuple[str, ...] = ("العقيد", "العميد", "اللواء", "الفريق", "المقدم", "الرائد",
                          "النقيب", "المشير", "الملازم", "العقيد الركن")
# "ناشط محلي يدعى علي الأهدل": "named", then the name, which stays in the speaker like a
# rank's ("علي" is also the folded preposition "على")
NAMING_WORDS: tuple[str, ...] = ("يدعى", "تدعى", "المدعو", "المدعوة", "يسمى", "تسمى")
# The prepositions of where a described speaker lives, works or studies, which may stand
# between the description and its "named" ("صاحب متجر في المدينة يدعى فلان"، "طالبة من
# حمص تدعى فلانة"): the place describes him and the name still closes his phrase.
PLACE_BEFORE_NAMING: tuple[str, ...] = ("في", "من")
# How many words the place between a description and its "named" may take.
PLACE_BEFORE_NAMING_WORDS: int = 4
# The prepositions with which a speaker's description may go on past where his phrase was
# taken to end, before the comma of an aside that names him ("قال قائد الكتيبة المسؤولة عن
# المنطقة، ويدعى فلان، إن"، "قال مسؤول في البلدية، ويدعى فلان"): the naming aside shows the
# description ran to its comma. How many words that stretch may take.
DESCRIPTION_GOES_ON_PREPOSITIONS: tuple[str, ...] = ("عن", "في", "من", "على", "إلى")
DESCRIPTION_GOES_ON_WORDS: int = 4
# A description aside ("، وهو أحد المفرج عنهم،") may stand between the one described and
# the aside that names him ("عن شقيقه، وهو أحد المفرج عنهم، ويدعى فلان، قوله"); how many
# words it may take.
DESCRIPTION_ASIDE_WORDS: int = 8
# "And his name is" opening an aside that names a speaker, as "، ويدعى" does ("قالت ممرضة،
# واسمها فلانة، إن").
NAME_IS_ASIDES: tuple[str, ...] = ("واسمه", "واسمها")
# An aside that names the speaker just introduced by what he is ("قال أحد السكان، طلب
# تعريفه باسم أبو سعيد، إن"): a request to be known by a name, then the name.
NAMED_AS_REQUESTS: tuple[tuple[str, ...], ...] = (
    ("طلب", "تعريفه", "باسم"), ("طلبت", "تعريفها", "باسم"),
    ("فضل", "تعريفه", "باسم"), ("فضلت", "تعريفها", "باسم"),
)
# What a rank carries before the name: staff, air and naval ranks, with or without the
# article ("العميد الركن"، "اللواء ركن"، "المقدم طيار"، "العقيد البحري")، and the grades of a
# lieutenant ("الملازم أول"، "الملازم ثان"); the Egyptian staff rank is two words ("العقيد
# أركان حرب"). A name follows all of them.
RANK_MODIFIERS: tuple[str, ...] = ("الركن", "ركن", "أول", "ثان", "ثاني", "الطيار", "طيار",
                                   "البحري", "بحري",
                                   # (round ar185) the ordinal with the article, as North
                                   # African news writes it: "الملازم الأول فلان"
                                   "الأول", "الثاني")
RANK_MODIFIER_PAIRS: tuple[str, ...] = ("أركان حرب",)
NAME_LINKS: tuple[str, ...] = ("بن", "ابن", "أبو", "عبد", "آل")
# Present-tense verbs of a headline with a plural subject ("الحوثيون يتهمون التحالف ...");
# the singular ones are the statement engine's own list.
HEADLINE_PLURAL_VERBS: tuple[str, ...] = ("يعلنون", "يؤكدون", "ينفون", "يتهمون", "يتبنون",
                                          "يدعون", "يحذرون", "يقولون", "يتوعدون", "يطالبون",
                                          "ينعون",
                                          # (round ar161) appealing, as "يناشد": "عائلات
                                          # العمال يناشدون الحكومة التدخل"
                                          "يناشدون")
# (round ar161) A headline joins an event and a teller's present verb after "و" ("وفاة
# سجين ... وذووه يتهمون الحراس بضربه"، "مقتل مصور ونادي الصحفيين يحمل الشرطة
# المسؤولية"، "الإفراج عن معتقلين ومحرر يروي ساعات التحقيق"). Besides a definite noun or a
# source noun, the teller after "و" may be kin with a possessive (these stems with
# ``HEADLINE_KIN_TELLER_SUFFIXES``), a head in construct with a definite genitive (the
# kin heads here and ``ORGANISATION_HEADS``), or one bare noun of people right before the
# verb; an event's noun (``OUTCOME_TRIGGERS``) is no teller.
HEADLINE_KIN_TELLER_STEMS: tuple[str, ...] = (
    "ذوو", "ذوي", "أهل", "أهال", "أهالي", "عائلت", "أسرت", "أقارب", "والد", "والدت", "أب",
    "أم", "شقيق", "شقيقت", "زوجت", "زوج", "ابن", "ابنت", "نجل", "رفاق", "زملاء", "محامي")
HEADLINE_KIN_TELLER_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم")
HEADLINE_TELLER_HEADS: tuple[str, ...] = (
    "ذوو", "ذوي", "أهالي", "أهل", "عائلات", "عائلة", "أسر", "أسرة", "أقارب", "نادي")
# A headline that opens on such kin or bodies of kin may describe the ones it stands for
# with a clause of its own before the verb ("ذوو 60 بحارا فقدوا في العاصفة يطالبون بتكثيف
# البحث"): its subject then runs this many tokens, and the speaker ends before a past
# plural verb after an indefinite word (the clause describing it).
HEADLINE_KIN_SUBJECT_REACH = 10
# (round ar177) A headline label opening on kin before a colon, with the family's words in
# the first person after it ("عائلة في ريف حماة: قصفوا منزلنا"، "ذوو الصياد: لم يتصل بنا
# أحد"), statement_kin_label.py: families, households, relatives and parents. The label may
# say where they are from ("في"، "من") in up to this many words.
HEADLINE_KIN_LABEL_HEADS: tuple[str, ...] = (
    "عائلة", "عائلات", "أسرة", "أسر", "ذوو", "ذوي", "أهالي", "أهل", "أقارب", "والد",
    "والدة", "والدا", "شقيق", "شقيقة", "أشقاء", "زوجة", "أرملة")
HEADLINE_KIN_LABEL_LINKS: tuple[str, ...] = ("في", "من")
HEADLINE_KIN_LABEL_MAX_WORDS = 6
# ... and "we" after a preposition, short words the "نا" test leaves out ("لم يتصل بنا").
HEADLINE_KIN_LABEL_US: tuple[str, ...] = ("لنا", "بنا", "عنا", "منا", "معنا", "علينا",
                                          "إلينا", "لدينا")
# (round ar177) The openings of a headline's present verb ("ينفي"، "تنفي") that a joined act
# of the same subject shares ("ويغلق"، "وتغلق"), statement_headline_joined_act.py, and the
# plural ending that makes a word so opened a noun ("وتعزيزات").
HEADLINE_JOINED_ACT_PREFIXES: tuple[str, ...] = ("ي", "ت")
HEADLINE_JOINED_NOUN_PLURAL = "ات"
# A bare teller after a headline's "و" is a noun of people by its shape: a sound masculine
# plural ("وفلاحون يحذرون"، "وسائقون يطالبون") or a participle ("ومحرر يروي"); a place
# coordinated with others ("ومصر"، "وفلسطين") is none.
PEOPLE_PLURAL_ENDING = "ون"
PARTICIPLE_PREFIX = "م"
PAST_PLURAL_ENDING = "وا"
# Blaming in a headline's present ("ونادي الصحفيين يحمل الشرطة المسؤولية"): a headline verb
# only with a word of responsibility (``RESPONSIBILITY_FOLDED``) within this many tokens;
# without one it carries ("قارب يحمل 50 مهاجرا").
HEADLINE_BLAME_VERBS: tuple[str, ...] = ("يحمل", "تحمل", "يحملون", "يحملان", "تحملان")
HEADLINE_BLAME_REACH = 6
# Labels of live blogs and breaking news before a headline ("عاجل | المتحدث باسم الجيش:
# ...", "عاجل: ..."): with the mark after them they are no part of it. They open a
# paragraph of a live page or an amended story too, sometimes with a time in brackets
# ("تحديث (16:40): ارتفعت الحصيلة ... بحسب مصدر طبي"، "تصحيح: ..."): the page's words,
# not those of the source the paragraph names.
# A body named with the one it belongs to, before a headline's or a live entry's colon
# ("مركز عمليات طوارئ الصحة التابع لوزارة الصحة اللبنانية:"): the label may then run to
# this many words.
AFFILIATION_WORDS: tuple[str, ...] = ("التابع", "التابعة")
AFFILIATED_LABEL_MAX_WORDS = 12
LIVE_LABELS: tuple[str, ...] = ("عاجل", "تحديث", "مباشر", "بالفيديو", "بالصور", "تصحيح",
                                "توضيح", "محدث")
LIVE_LABEL_MARKS: tuple[str, ...] = (":", "|", "-", "–", "،")
# What follows a dateline's place at the start of a body: the agency's bracket or the dash
# ("القامشلي (سوريا) -"، "البقاع - الجمهورية:").
DATELINE_MARKS: tuple[str, ...] = ("(", "-", "–", "—")
# The zone after a live page's time stamp ("14:05 بتوقيت غرينتش -"، "09:30 بتوقيت مكة:"):
# part of the stamp, not the words of the entry.
TIME_ZONE_WORDS: tuple[str, ...] = ("بتوقيت",)
# Words that make the part of a headline before a colon a speaker ("المتحدث باسم الجيش:
# ...", "مصدر أمني: ...") rather than a dateline place ("العراق: اعتقال ...").
# A headline's present-tense calls and the preposition their call opens with: "المتحدث
# يدعو سكان بلدات جنوبية إلى الابتعاد" - the words are the call, from "إلى" on. A demand's
# "ب" is a clitic ("تطالب الحكومة بالتدخل", "يطالبون بحماية دولية"): its call opens at
# the first word that carries it.
# Participles of saying whose words may be a quotation with no complementizer, right
# after them or after their preposition ('، مؤكدة "وقوف المملكة إلى جانب ..."'، '،
# محذرا من "اتساع العجز"'، '، مشددا على "ضرورة المحاسبة"'، '، مضيفا "لن نتراجع"'); the
# value is the preposition ("" for none). Without quotation marks a noun after them is
# left as it was ("مؤكدا الخبر"), except after a warning (below).
QUOTED_OBJECT_PARTICIPLES: dict[str, str] = {
    **dict.fromkeys(("مؤكدا", "مؤكدة", "مؤكدين", "مضيفا", "مضيفة", "مضيفين", "قائلا",
                     "قائلة", "قائلين", "متابعا", "متابعة"), ""),
    **dict.fromkeys(("مشددا", "مشددة", "مشددين"), "على"),
    **dict.fromkeys(("محذرا", "محذرة", "محذرين"), "من"),
}
# The prepositions that open a verbal noun's own object ("القبض على"، "الإفراج عن"،
# "التوصل إلى"): after one, a definite word right after "مؤكدا"/"معلنا" is that verbal
# noun, the thing confirmed or announced.
MASDAR_OBJECT_PREPOSITIONS: tuple[str, ...] = ("على", "عن", "إلى")
# Participles of warning and the preposition their warning opens with: a verbal noun after
# it is what was warned of, quoted or not ("، محذرا من توقف المولدات خلال يومين"، "،
# محذرة من انهيار الهدنة"), the words from the preposition on, as a call's are.
WARNING_PARTICIPLES: dict[str, str] = dict.fromkeys(("محذرا", "محذرة", "محذرين"), "من")
# Verbal nouns whose root begins with "ب" ("وكان البنك أعلن الأسبوع الماضي بيع 30 مليون
# دولار"، "بدء"): an object, not the preposition "بـ" that the rest of such words open.
# Bodies whose name opens with a root "ب", no preposition: after "أعلن"/"أفاد" they are the
# subject ("أعلن برنامج الأغذية العالمي وصول ..."، "أعلنت بعثة الأمم المتحدة ..."، "أعلنت
# بلدية المدينة إغلاق ...") where "أعلن بمقتل"-type words are the content.
B_BODY_HEADS: tuple[str, ...] = ("برنامج", "بعثة", "بلدية", "بنك", "بورصة", "برلمان",
                                 "بطريركية")
ROOT_B_MASDARS: tuple[str, ...] = ("بيع", "بدء", "بناء", "بث", "بقاء", "بلوغ", "بسط")
# Public bodies named by their kind, scope and field before a headline's colon
# ("المؤسسة الوطنية للنفط:"، "الهيئة العامة للموانئ:"، "المفوضية العليا للانتخابات:").
FOUNDED_BODIES: tuple[str, ...] = (
    "المؤسسة", "الهيئة", "الشركة", "المفوضية", "المصلحة", "المديرية", "الإدارة", "الجمعية",
    "الرابطة", "النقابة", "اللجنة", "المنظمة", "الوكالة", "المركز", "المرصد", "الشبكة",
)
HEAD_CALL_VERBS: dict[str, str] = {"يدعو": "إلى", "تدعو": "إلى", "يحث": "على", "تحث": "على",
                                   "يطالب": "ب", "تطالب": "ب", "يطالبون": "ب",
                                   "ينذر": "ب", "تنذر": "ب"}
# Words opening an occasion between a speaker and the words ("، خلال استضافته في برنامج
# ... المذاع على قناة ...، إن", "، أثناء جلسة مجلس النواب ...، إن"): such an aside may run
# longer than a plain medium before the complementizer.
OCCASION_OPENERS: tuple[str, ...] = ("خلال", "أثناء", "لدى")
# Speakers whose first letter "و" is their own, not the conjunction: a headline's second
# part ("... .. وزير الخارجية يؤكد ...") keeps it.
WAW_NOUNS: tuple[str, ...] = ("وزير", "وزيرة", "وزراء", "وزارة", "وكالة", "وكالات", "وكيل",
                              "وفد", "والي", "ولي", "وحدة", "وحدات", "وسائل", "وسيط",
                              "واشنطن", "وجهاء", "ولاية")
# Bodies and missions that Arabic copy names by an acronym spelled as one word: the UN's
# humanitarian office, agencies and missions, alliances and a regional bloc. No Arabic
# place or common word is spelled like any of them.
UN_ACRONYMS: tuple[str, ...] = (
    "أوتشا", "يونيسف", "أونروا", "اليونسكو", "يونسكو", "اليونيفيل",
    "يونيفيل", "يونامي", "يونسميل", "أونسميل", "مونوسكو", "مينوسما", "الناتو", "ناتو",
    "إيكواس", "الإيكواس", "الإيسيسكو", "الأونكتاد", "يونيتامس", "أنسميل",
)
# Documents that demand in the present, named indefinite before the body that issued them
# ("ويطالب قرار مجلس الأمن رقم 2720 بـ"، "ويطالب بيان القمة بـ"، "وتطالب رسالة المنظمات
# بـ"): the document is the speaker, as "ويطالب القرار" is.
DOCUMENT_HEADS: tuple[str, ...] = ("قرار", "بيان", "تقرير", "مشروع", "رسالة", "إعلان",
                                   "اتفاق", "وثيقة", "مذكرة", "عريضة", "نص")
# News agencies by their short names, which headlines quote as a source.
NEWS_AGENCIES: tuple[str, ...] = ("إرنا", "سانا", "واس", "وفا", "قنا", "بترا", "كونا", "وام",
                                  "الأناضول", "تسنيم", "سبأ")
# Words in the first person plural that open a headline's words after a label's colon
# ("إسرائيل: قصفنا ..."، "حماس: لن نسلم ..."، "موسكو: قواتنا تتقدم"): a place cannot say
# "we", so the label is who speaks. A word of four letters or more in "نا" (a perfect
# verb or a noun with "our"), the pronouns, and a negation before a verb in "ن".
FIRST_PERSON_PRONOUNS: tuple[str, ...] = ("نحن", "إننا", "أننا")
FIRST_PERSON_NEGATIONS: tuple[str, ...] = ("لن", "لم", "لا")
FIRST_PERSON_ENDING: str = "نا"
# ... except nouns and names that end in the same letters ("بيانا"، "مليونا"، "فيينا")
FIRST_PERSON_LOOKALIKES: tuple[str, ...] = (
    "بيانا", "مليونا", "مواطنا", "سكانا", "فيينا", "أستانا", "غانا", "أثينا", "كورونا",
    "أحيانا", "مجانا", "إيمانا", "ضمانا", "أمانا", "عنوانا", "ميدانا", "طوفانا",
)
HEADLINE_SPEAKER_WORDS: tuple[str, ...] = (
    "باسم", "وزير", "وزيرة", "الوزير", "مصدر", "مصادر", "مسؤول", "مسؤولون", "المسؤول",
    "رئيس", "الرئيس", "رئيسة", "المتحدث", "متحدث", "الناطق", "ناطق", "قائد", "القائد",
    "زعيم", "الزعيم", "أمين", "الأمين", "مبعوث", "المبعوث", "سفير", "السفير", "نائب",
    "ملك", "الملك", "أمير", "الأمير", "الشيخ", "مفتي", "المرشد", "محافظ", "المحافظ",
    # the governor of a region in Sahel, Gulf and Nigerian copy ("حاكم منطقة موبتي: ...")
    "حاكم", "الحاكم", "حاكمة",
    "مستشار", "المستشار", "خبير", "خبراء", "شهود", "ناشطون", "مراسل", "مراسلنا",
    # heads of a hospital, a municipality or a tribe ("مدير مستشفى الشفاء: ...")
    "مدير", "المدير", "مديرة", "عميد", "شيخ",
    *ORGANISATION_HEADS,
    # Iraqi security cells and commands, UN missions and agencies
    "خلية", "قيادة", "بعثة", "البعثة", "مفوضية", "المفوضية",
    # "الأمم المتحدة:", "الصليب الأحمر:", "الهلال الأحمر:" (no dateline place has them)
    "الأمم", "الصليب", "الهلال", "اليونيسف", "الأونروا",
    # international bodies and missions by their acronyms, written as one Arabic word,
    # with or without the article ("أوتشا: ..."، "يونيسف: ..."، "اليونيفيل: ...")
    *UN_ACRONYMS,
    # the police and the Syrian civil defence by its other name ("الشرطة العراقية: ...",
    # "الخوذ البيضاء: ...")
    "الشرطة", "شرطة", "الخوذ",
    # the army, the coalition, the government and the presidency by their definite names
    # ("الجيش: مقتل خمسة مسلحين", "الرئاسة: ...")
    "الجيش", "التحالف", "الحكومة", "الرئاسة",
    # a municipality and a council ("بلدية سبها: حظر تجول ...", "المجلس المحلي: ...")
    "بلدية", "البلدية", "المجلس",
    # the Syrian local coordination committees ("تنسيقية مدينة الرستن: 9 شهداء ...")
    "تنسيقية", "التنسيقية", "تنسيقيات",
    # a body named by its task ("مكافحة الإرهاب في السليمانية: اعتقال ..."), a party's
    # armed wing ("المقاومة الإسلامية: استهدفنا ...") and news agencies quoted as the
    # source of a headline ("إرنا: مقتل 3 من حرس الحدود", "سانا: ...")
    "مكافحة", "المقاومة", *NEWS_AGENCIES,
    # a document quoted as the source ("وثيقة أممية: 1400 مدني قتلوا ..."), as the body
    # names it ("كشفت وثيقة صادرة عن ... أن"); not "تقرير:" or "تحليل:", which label a
    # piece's genre
    "وثيقة",
    # the voices of features and analyses ("محلل ودبلوماسي: الهدنة هشة", "مواطن في نجران
    # عن سقوط الشظايا: ..."); the feminine "الدبلوماسية" is also "diplomacy" and is left out
    "محلل", "محللون", "محللة", "دبلوماسي", "دبلوماسيون", "مواطن", "مواطنة", "مواطنون",
    "باحث", "باحثة", "طبيب", "طبيبة", "أطباء", "شاهد", "شاهدة",
)
# The label's first word naming a voice of the press, a study or a laboratory quoted for
# its findings, or a tribe speaking as one ("صحفي صومالي على إكس: ..."، "دراسة جامعية:
# ..."، "مختبر لتحليل صور الأقمار الصناعية: ..."، "قبيلة في جنوب دارفور: ..."): no dateline
# place opens so. Only as the first word: after an event's noun it is whom the news is
# about ("مقتل صحفي في غزة: ...").
# (round ar174) A monitor named by its article alone as a headline's second source, after
# the event ("انفجارات تهز مستودع ذخيرة قرب بلدة الريان والمرصد: مقتل جندي"), and how
# many words the event takes before it at least.
HEADLINE_EVENT_SECOND_SOURCES: tuple[str, ...] = ("المرصد",)
HEADLINE_EVENT_MIN_WORDS = 3
# (round ar179) Official bodies named by a definite head and the adjective that makes it a
# body, before a headline's colon ("الأمن العام الأردني: ..."، "الحرس الثوري: ..."،
# "الحماية المدنية: ..."): head -> the adjectives that name the body. The same head with
# another adjective is a topic ("الأمن الغذائي:"، "القوات الخاصة:"), left unread.
HEADLINE_BODY_LABELS: dict[str, tuple[str, ...]] = {
    "الأمن": ("العام", "الوطني", "الداخلي", "الوقائي", "العسكري"),
    "الحرس": ("الثوري", "الوطني", "الجمهوري", "الرئاسي"),
    "الحماية": ("المدنية",),
    "القوات": ("المسلحة",),
    "الأجهزة": ("الأمنية",),
    "الاستخبارات": ("العسكرية", "العامة"),
    "المخابرات": ("العامة", "العسكرية", "الجوية"),
    # (round ar192) international organisations by the short name headlines give them,
    # the field and the adjective of "المنظمة الدولية للهجرة"، "منظمة العفو الدولية"،
    # "الوكالة الدولية للطاقة الذرية" ("الهجرة الدولية: 600 مهاجر عبروا ..."); the field
    # with another adjective stays a topic ("الهجرة غير الشرعية:"، "الطاقة المتجددة:")
    "الهجرة": ("الدولية",),
    "العفو": ("الدولية",),
    "الطاقة": ("الذرية",),
}
# ... and heads that name a state's forces or authorities with any definite adjective in
# "ية" ("السلطات الليبية:"، "القوات العراقية:"، "السلطات الصحية:"); "السلطات الجديدة:" is
# what a feature is about.
HEADLINE_BODY_NISBA_HEADS: tuple[str, ...] = ("السلطات", "القوات")
HEADLINE_BODY_NISBA_ENDING = "ية"
# How many definite words may follow the body's adjective in the label ("الأردني"،
# "السورية الجديدة"): a country's nisba at most, and one more.
HEADLINE_BODY_LABEL_MAX_REST = 2
# Adjectives after "الأمن" that make it a topic of a feature, not the security body
# ("الأمن الغذائي: ..."، "الأمن المائي: ..."), though they end as a body's nisba does.
HEADLINE_SECURITY_HEAD = "الأمن"
HEADLINE_SECURITY_TOPICS: tuple[str, ...] = (
    "الغذائي", "المائي", "السيبراني", "الصحي", "الطاقي", "الإقليمي", "الاجتماعي", "البيئي",
    "الرقمي", "الاقتصادي", "الدوائي", "النووي", "الإنساني")
HEADLINE_SPEAKER_HEADS: tuple[str, ...] = (
    "صحفي", "صحفية", "صحفيون", "دراسة", "مختبر", "قبيلة")
# A sound masculine plural in the construct state opening a headline's label ("صيادو
# طرطوس:"، "مزارعو العنب في زحلة:"): "-و" for "-ون" before the genitive; the body names
# the same people with another of the plural's forms ("الصيادين"، "مزارعي").
PLURAL_CONSTRUCT_ENDING = "و"
PLURAL_CONSTRUCT_MIN_LETTERS = 5
# (round ar166) The verbs of a headline's demand or warning by a crowd named by its trade
# in construct ("مزارعو التبغ يطالبون برفع السعر"، "صيادو الميناء يحذرون من ..."): no entry.
CROWD_DEMAND_VERBS: tuple[str, ...] = ("يطالبون", "يحذرون", "يناشدون", "يدعون")
# (review 44) ... but people in construct who speak for others keep their entry:
# officials, representatives, lawyers, directors, delegates, spokesmen, advisers,
# coordinators, observers, investigators, negotiators, activists ("مسؤولو الوزارة يحذرون
# من ..."، "محامو المتهمين يطالبون بالإفراج عنهم"), as a body does.
CROWD_DEMAND_SPEAKING_HEADS: tuple[str, ...] = (
    "مسؤولو", "ممثلو", "محامو", "مديرو", "مندوبو", "متحدثو", "مستشارو", "منسقو",
    "مراقبو", "محققو", "مفاوضو", "ناشطو", "مسئولو")
SOUND_PLURAL_CASE_FORMS: tuple[str, ...] = ("ون", "ين", "ي")
# Nouns whose genitive is a place ("مصدر أمني في محافظة ديالى", "قائد محور تعز"): a
# headline's "X:" whose X stands in a body speaker only after one of these (or after "في")
# is a dateline place, not that speaker ("ديالى: مقتل مزارع ...").
PLACE_HEADS: tuple[str, ...] = (
    "محافظة", "مدينة", "محور", "قضاء", "ناحية", "ولاية", "إقليم", "منطقة", "بلدة",
    "قرية", "مخيم", "مديرية", "حي", "ريف", "جبهة", "قطاع", "محافظ",
)
# Words after which a body speaker's word is where the speaker sits, not who it is: a side
# of a country or a region ("ولاية جنوب دارفور", "وسط مالي") and the seat a deputy holds
# ("النائب عن طرابلس"). A headline's one-word "X:" found only there is a dateline place.
PLACE_SIDES: tuple[str, ...] = ("شمال", "جنوب", "شرق", "غرب", "وسط", "عن")
# (round ar185) Administrative units of North African copy ("عمالة X" a prefecture,
# "مقاطعة X" a district, "جهة X" a region): the word after them is a place, so a
# headline's "X:" found only there is a dateline. Read by that test alone ("جهة" is also
# "a side", "من جهته").
ADMIN_PLACE_HEADS: tuple[str, ...] = ("عمالة", "مقاطعة", "جهة")
# (round ar189) The indefinite adjective of a village's or a town's council ("مجلس قروي
# ظهر الجبل"، "مجلس بلدي ..."): the words after it name the place the council serves.
VILLAGE_COUNCIL_ADJECTIVES: tuple[str, ...] = ("قروي", "بلدي", "محلي")
# (round ar189) Heads of one man quoted by an outlet ("ونقلت الجمعية عن شقيقه أن ...":
# a later "وأشارت" cannot be his, and is the outlet's); a kin noun also with its pronoun.
MALE_QUOTED_HEADS: tuple[str, ...] = (
    "مصدر", "مسؤول", "ضابط", "قائد", "شاهد", "متحدث", "ناطق", "أحد", "مدير", "رئيس",
    "مختار", "طبيب", "مواطن", "ساكن", "مزارع", "سائق", "عضو", "محام", "نائب", "وزير",
    "شقيق", "والد", "ابن", "نجل", "أخ", "أخو", "أخي", "زوج", "عم", "خال", "جد")
# A local body's adjective: the word after it with no article is the place the body serves
# ("المجلس البلدي سبها", "المجلس المحلي مأرب"), not the body's name.
LOCAL_BODY_ADJECTIVES: tuple[str, ...] = ("البلدي", "المحلي", "البلدية", "المحلية")
# A town's services named by their head noun and the town ("مدير بلدية تلعفر"، "مركز
# تاجوراء الطبي"، "مستشفى بنت جبيل"): the word after the bare head is the town served, as
# after a local body's adjective; a headline's one-word "X:" found only there is a dateline.
TOWN_SERVICE_HEADS: tuple[str, ...] = ("بلدية", "مركز", "مستشفى", "مشفى",
                                       # (round ar182) the town's port and airport
                                       # ("إدارة ميناء X"، "مدير مطار X")
                                       "ميناء", "مطار",
                                       # (round ar185) a body's branch in the town
                                       # ("الهلال الأحمر فرع X")
                                       "فرع")
# A province's own offices, forces and people named by their field, with the place in
# construct with or without its article ("قيادة عمليات ديالى"، "شرطة كركوك"، "مديرية زراعة
# البصرة"، "مديرية ماء ديالى"، "قوات دفاع شبوة"، "تلفزيون سوريا"، "المجلس الاجتماعي لقبائل
# الجفرة"): the place is whose they are, so a headline's one-word "X:" found only there is
# a dateline; the office's own label keeps its field ("ماء نينوى:").
PROVINCE_OFFICE_HEADS: tuple[str, ...] = ("عمليات", "شرطة", "زراعة", "ماء", "مياه", "دفاع",
                                          "تلفزيون", "قبائل",
                                          # (round ar182) its security ("مديرية أمن X"،
                                          # "مدير أمن X")
                                          "أمن",
                                          # (round ar185) its schools and its health
                                          # ("مديرية تربية X"، "دائرة صحة X")
                                          "تربية", "صحة")
# ... of which a station names its place only without the article ("تلفزيون سوريا"): with
# it, the word is the station's own name ("تلفزيون الجزيرة"، "تلفزيون العربية"), and a
# headline's "الجزيرة:" is the station speaking.
STATION_HEADS: tuple[str, ...] = ("تلفزيون",)
# Interview transcripts: a line opening with the host's label and a colon ("المذيع: ...",
# "س: ...") marks the text as one; there the host's lines are questions, an answer line
# ("ج: ...") is the last speaker's words, and a line opening with a short label and a
# colon ("الطبيب: ...") is that speaker's.
TRANSCRIPT_HOSTS: tuple[str, ...] = ("المذيع", "المذيعة", "المحاور", "المحاورة", "س", "سؤال")
TRANSCRIPT_ANSWERS: tuple[str, ...] = ("ج", "جواب")
# What the writer says a source left out, after the source's words ("، ولم تذكر خسائر",
# "، دون أن يحدد عددهم"): the jussive or subjunctive of a verb of saying after "لم" or
# "دون أن"; the words reported end before it.
UNSAID_VERBS: tuple[str, ...] = ("يذكر", "تذكر", "يحدد", "تحدد", "يوضح", "توضح", "يكشف",
                                 "تكشف", "يفصح", "تفصح", "يشر", "تشر")
# Verbs that go on with the last speaker's words ("وأضاف أن ..."): in text scraped without
# punctuation, one right before its complementizer ends the words reported before it.
CONTINUING_VERBS: tuple[str, ...] = ("أضاف", "أضافت", "أضافوا", "تابع", "تابعت", "أردف",
                                     "أردفت")
# Subjects that report a figure or show a scene, not words: "وكانت حصيلة سابقة قد أشارت
# إلى تسعة قتلى", "أكد شريط فيديو عثر عليه ... ضلوع ...". Footage is evidence someone
# describes; the one who describes it is the source.
NON_SPEAKERS: tuple[str, ...] = ("حصيلة", "الحصيلة", "عدد", "شريط", "الشريط", "فيديو",
                                 "رقم", "الرقم", "أرقام", "الأرقام",
                                 "الفيديو", "لقطات", "اللقطات", "صور", "الصور",
                                 # footage as a headline's subject: "مقطع مصور يوثق ..."
                                 "مقطع", "المقطع", "كاميرا", "كاميرات")
# Figures in construct with the body that keeps them ("وتشير أرقام البلدية إلى أن"،
# "وتفيد أرقام الجيش اللبناني بأن"): the genitive names whose figures they are, a source,
# as "تقديرات البنك الدولي" is; "الأرقام" alone, or "هذه الأرقام", names nobody.
FIGURES_OF_A_BODY: tuple[str, ...] = ("أرقام",)
# Distributive words that open a subject naming nobody in particular: "وكل طرف يعلن
# حصيلته", "كل جهة تتهم الأخرى" (one of several sides, each with its own words). Before
# "من" they list the speakers ("أكد كل من الوزير ونظيره"), who are sources.
DISTRIBUTIVE_WORDS: tuple[str, ...] = ("كل", "وكل")
# Counts and tallies that belong to a source named after their ل: "بحسب تعداد لوكالة
# فرانس برس", "وفق إحصاء للأمم المتحدة": the source is the one after ل.
COUNT_NOUNS: tuple[str, ...] = ("تعداد", "إحصاء", "إحصائية", "حصيلة", "أرقام", "إحصاءات",
                                "تقديرات", "معطيات")
# Estimates: after "بحسب" with no more than an adjective ("بحسب تقديرات أولية") they name
# nobody who made them, and give no statement; with their source ("تقديرات الأمم
# المتحدة") they are one. (A toll, "وفق حصيلة رسمية", is an authority's and stays.)
ESTIMATE_NOUNS: tuple[str, ...] = ("تقديرات", "تقدير")
# (round ar152) The present of pointing ("وتشير بيانات الجمعية إلى مقتل 12 شخصا"): with
# data in construct with the body that keeps them as its subject (DATA_POINTING_NOUNS and
# a genitive or adjective after it), an event's verbal noun after "إلى" is the body's
# claim, as after "إلى أن"; a sign that points to a road, or "تشير الأرقام إلى ارتفاع"
# with nobody's figures, is no statement.
POINTING_PRESENT_VERBS: tuple[str, ...] = ("تشير", "وتشير", "يشير", "ويشير")
DATA_POINTING_NOUNS: tuple[str, ...] = ("بيانات", "إحصاءات", "إحصائيات", "أرقام", "تقديرات",
                                        "معطيات", "سجلات")
POINTING_PREPOSITION: str = "إلى"
# (round ar188) ... or to a count recorded ("وتشير إحصاءات رسمية إلى تسجيل 900 بلاغ"،
# "وتشير بيانات الجمعية إلى رصد 40 حالة"): the data's own record is the keeper's claim, as
# an event's verbal noun is; a rise or a fall they point to stays unread.
DATA_RECORDED_MASDARS: tuple[str, ...] = ("تسجيل", "رصد", "توثيق")
# Legal texts after "وفق/بحسب": "اعتقال 9 مطلوبين وفق المادة 4 إرهاب", "بحسب القانون"
# name the rule something was done under, not a source of the words before them.
LEGAL_TEXTS: tuple[str, ...] = ("المادة", "مادة", "القانون", "قانون", "الدستور", "البند",
                                "الفقرة", "القرار", "اللائحة", "أحكام",
                                # an agreement followed: "وفق الاتفاق الموقع بين الطرفين"
                                "الاتفاق", "الاتفاقية",
                                # (round ar189) custom and procedure followed: "تلقوا تعويضا
                                # وفق العرف المحلي"، "قسمت الأراضي بحسب الأصول"، "وزعت
                                # المساعدات وفق الآلية المتبعة"، "وفق الجدول الزمني"
                                "العرف", "الأعراف", "التقاليد", "العادات", "الأصول",
                                "الإجراءات", "الآلية", "الجدول")
# What "كشف X عن ..." may name without saying it: "كشف التحقيق عن سبب الحريق" reveals
# that a cause was found, not the cause (the corpus leaves these out).
UNSTATED_OBJECTS: tuple[str, ...] = ("سبب", "أسباب", "هوية", "تفاصيل", "ملابسات", "أسماء",
                                     "مكان", "موعد", "نتائج", "مضمون", "فحوى")
# A ministry named by its field, as headlines shorten "وزارة الصحة" ("الصحة في غزة:",
# "الداخلية اللبنانية:"): a headline opening with one of these before its colon is a
# speaker.
MINISTRY_FIELDS: tuple[str, ...] = ("الصحة", "الداخلية", "الخارجية", "الدفاع", "العدل",
                                    "الإعلام", "التربية", "المالية",
                                    # a province's office of a ministry is named the same
                                    # way ("الزراعة في المحافظة:", "النقل:")
                                    "الزراعة", "النقل")
# Quantifiers that open a noun phrase: after a verb they start its object ("وحث جميع
# الأطراف على ..."), never its subject's title.
QUANTIFIERS: tuple[str, ...] = ("جميع", "كل", "كافة", "مختلف")
# Emphatic pronoun words after a subject ("قال الوزير نفسه"، "المصدر ذاته"، "عينها"): no
# object, though they carry a pronoun suffix.
EMPHATIC_STEMS: tuple[str, ...] = ("نفس", "ذات", "عين")
# The same after the noun ("الأطراف كافة", "الفصائل جميعا"): right before a call's "إلى"
# they mark the ones called on, not the caller ("ودعت الأطراف كافة إلى ضبط النفس").
POST_QUANTIFIERS: tuple[str, ...] = ("كافة", "جميعا", "جميعها", "جميعهم", "كلها", "كلهم")
# The ones a call is made on, never its caller in news copy: right before a call's "إلى"
# or "بـ" they are the addressee ("ودعا الرئيس المجتمع الدولي إلى"), and with nobody
# between the verb and them, the caller is the speaker named before ("قال الوزير ...
# ودعا المجتمع الدولي إلى التدخل"). With no speaker before, they stay the subject.
CALL_ADDRESSEES: tuple[str, ...] = ("المجتمع الدولي", "الأسرة الدولية")
# Those a call is made to, opening the addressee after a caller's name whose family
# name has the article ("دعا النائب عمر الخطيب الحكومة إلى ..."): then the two words
# before them are the name, not an addressee in construct ("دعا الوزير سكان المدينة").
CALLED_ON_HEADS: tuple[str, ...] = (
    "الحكومة", "السلطات", "الأطراف", "المجتمع", "الجميع", "المواطنين", "الدول", "الأمم",
    "البرلمان", "الوزارة", "المسؤولين", "الجهات", "الأجهزة", "القوى", "الفصائل",
    "الحكومات", "الأحزاب", "الأهالي", "السكان", "المجلس",
)
# (round ar154) The public a warning or a call is made to, right after a definite subject
# ("حذر الدفاع المدني الأهالي من الاقتراب"، "ونبهت الشرطة السائقين إلى"): after a definite
# word they open the addressee, never the end of the caller's name; after an indefinite
# head they are its genitive and stay in the subject ("اتحاد المزارعين").
CALLED_PUBLIC_NOUNS: tuple[str, ...] = (
    "الأهالي", "السكان", "المواطنين", "المدنيين", "السائقين", "المسافرين", "المزارعين",
    "الصيادين", "الطلاب", "الزوار", "التجار", "المصلين", "النازحين", "المتظاهرين",
    "الأسر", "العائلات", "الجمهور", "الرعايا", "الأطفال", "الشباب", "القاطنين",
)
# Openers of a fronted subject: "وكان ناشطون دعوا", "لكن مسؤولا اتهم".
# "أما X فيرى أن": the topic before the verb with "ف" is its subject.
# Openers of a turn to another party before a sentence's verb ("من جهتها، دفعت هيئة الدفاع
# ...، مؤكدة أن"، "بدوره، ..."): the verb after them still opens the sentence.
TURN_OPENERS: tuple[str, ...] = ("من جهته", "من جهتها", "من جهتهم", "من جانبه", "من جانبها",
                                 "من جانبهم", "من ناحيته", "من ناحيتها", "في المقابل",
                                 "بدوره", "بدورها", "بدورهم")
# Nouns that open a phrase with "على" before a definite genitive ("على هامش الجلسة"،
# "على لسان الوزير"، "على صعيد الأمن"): where a text writes the preposition with ya,
# "علي هامش الجلسة" is no name of three words.
ALA_PHRASE_HEADS: tuple[str, ...] = (
    "هامش", "لسان", "خلفية", "رأس", "صعيد", "إثر", "أثر", "حساب", "وقع", "ضوء", "مستوى",
    "طول", "امتداد", "مدار", "مدى", "مقربة", "بعد", "حد", "نحو", "غرار", "خلاف", "عكس",
    "يد", "أيدي", "متن", "قيد", "رغم", "الرغم", "وجه", "ذمة", "أساس", "أعتاب", "حين",
    "جانب", "سبيل", "شفا", "مشارف", "أبواب", "أطراف", "ظهر", "خط",
)
FRONTED_SUBJECT_OPENERS: tuple[str, ...] = ("كان", "كانت", "لكن", "ولكن", "بينما", "فيما",
                                            "أما")
# Personal pronouns/relative words before a verb: speaker = previous speaker.
STOP_WORDS: tuple[str, ...] = (
    "في", "من", "عن", "على", "إلى", "مع", "أن", "إن", "ما", "لا", "لم", "لن", "قد", "هذا",
    "هذه", "ذلك", "تلك", "الذي", "التي", "الذين", "هو", "هي", "هم", "و", "أو", "ثم", "بعد",
    "قبل", "كل", "بين", "باسم", "عند", "حول", "لدى", "منذ", "حتى", "ضد", "أي", "كان", "كانت",
)
# The statement engines' smaller lists: particles, prepositions, affixes and the verb forms
# one rule tests for (issue 11: moved from ar/statement*.py, each read as V.NAME there).
# The prefixes of the present of a verb for "he" and "she" ("يدعى", "تدعى"): the forms of a
# naming verb that open a name given in an aside ("، ويدعى ...").
PRESENT_PREFIXES_HE_SHE: tuple[str, ...] = ("ي", "ت")
# The folded stems shared by the verbs of issuing, carrying and relaying a text ("نشرته
# الوكالة", "أوردها الموقع", "بثه التلفزيون"): a text holding none of them holds none of the
# verbs.
ISSUING_ROOTS: tuple[str, ...] = ("نشر", "اصدر", "اورد", "بث", "نقل", "وزع")
# Announcing a count, with the count's pronoun ("، في حصيلة أولية أعلنتها غرفة طوارئ
# محلية"، "في حصيلة غير نهائية أعلنها الدفاع المدني"): the tally closing the sentence was
# put out by the one who announced it, as one "أوردها" is; its root, folded, for the test
# on the whole text.
ANNOUNCING_WITH_IT: tuple[str, ...] = ("أعلنها", "أعلنه", "أعلنتها", "أعلنته")
ANNOUNCING_ROOT = "اعلن"
# The folded stems of the verbs of condemning ("دان", "ندد", "استنكر", "شجب"): a text holding
# none of them holds none of the verbs.
CONDEMNING_ROOTS: tuple[str, ...] = ("دان", "ندد", "استنكر", "شجب")
# The complementizer "that", bare or with "ب" ("متوقعا أن ..."، "مرجحا بأن ..."): a participle
# of expecting opens a clause of its own only with one after it.
THAT_COMPLEMENTIZERS: tuple[str, ...] = ("أن", "بأن")
# Words after which a verb's form is read as its verbal noun: "عدم ذكر اسمه"، "في ذكر اسمه"،
# "دون ذكر اسمه".
BEFORE_VERBAL_NOUN: frozenset[str] = frozenset(("عدم", "بعدم", "في", "عن", "دون", "بدون"))
# Prepositions of a medium or an occasion after a name in apposition: "، موسى أبو مرزوق، في
# تغريدة، إن"، "، خلال مؤتمر صحفي، إن".
IN_DURING: tuple[str, ...] = ("في", "خلال")
# The prepositions before an outlet, folded ("على موقع موال لها"، "عبر حساب مقرب منها"، "في
# بيان").
OUTLET_PREPOSITIONS: tuple[str, ...] = ("علي", "عبر", "في")
# A name in commas after a title is part of the speaker as written ("وقال رئيس الاتحاد،
# عوض الكريم النور، إن"): the sets' gold gives the title with the name, or the name alone.
# A name has two words at least (a given and a family name, or an honorific and a name); a
# phrase opened by a relay or a place's direction ("، نقلا عن مصادر أمنية،"، "، جنوبي
# اليمن،"), or holding a word behind "لل" ("، للأناضول،": to whom it was said), is no name.
APPOSED_NAME_MIN_WORDS = 2
NOT_NAME_APPOSITION_WORDS: tuple[str, ...] = (
    "نقلا", "بحسب", "حسب", "وفق", "وفقا", "طبقا", "حسبما", "وفقما",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    # a preposition's phrase: "، من جهته،" (for his part)
    "من", "في", "عن", "مع", "لدى")
# What opens a description rather than a name ("وقال أبو محمد، أحد سكان الحي، إن"): the name
# came first and the commas say who the person is, a construction of its own.
DESCRIPTION_APPOSITION_OPENERS: tuple[str, ...] = ("أحد", "إحدى")
NOT_NAME_APPOSITION_PREFIX = "لل"
# The endings of the feminine dual, the ta marbuta written as "ت" before them ("منظمتان"،
# "وزارتين").
FEMININE_DUAL_ENDINGS: tuple[str, ...] = ("تان", "تين")
# The endings of the dual, nominative and oblique ("مجلسان"، "مجلسين").
DUAL_ENDINGS: tuple[str, ...] = ("ان", "ين")
# The prepositions "إلى" and "على" folded: "إلى أن" and "على أن" open reported content as a
# complementizer does ("وأشار إلى أن ...").
TO_ON_FOLDED: tuple[str, ...] = ("الي", "علي")
# Conjunctions of contrast, "while", after a comma: "، بينما أعلنت الرئاسة أنها ..." opens a
# clause of another party.
WHILE_CONJUNCTIONS: tuple[str, ...] = ("فيما", "بينما")
# The verbal noun of saying with the pronoun of a relayed source ("نقلت الوكالة عن مصدر قوله
# إن ..."، "قولها"، "قولهم").
RELAYED_SAYING_NOUNS: tuple[str, ...] = ("قوله", "قولها", "قولهم", "قولهما")

# How many plain words a relayed source's place may run to after "في" when that masdar
# closes it ("عن مسؤول في إدارة ولاية جنوب غرب الصومال قوله"): a body, a region and its
# compass words, as long as a title's place after "قال".
RELAYED_PLACE_MAX_WORDS = 8
# The preposition "إلى", with and without its hamza as copy writes it: a finding's "خلصت
# اللجنة إلى أن ...".
TO_PREPOSITIONS: tuple[str, ...] = ("إلى", "الى")
# Demonstratives before the head noun of a subject, singular ("وتشير هذه الأرقام إلى ..."):
# the noun after one is the head of a subject.
SUBJECT_DEMONSTRATIVES: tuple[str, ...] = ("هذا", "هذه", "تلك", "ذلك")
# The present of "قال" in its persons ("إن الحكومة تقول إن ..."، "يقولون إن ..."): a report of
# words inside reported words.
PRESENT_SAYING_VERBS: tuple[str, ...] = ("يقول", "تقول", "يقولون", "يقولان", "تقولان")
# The preposition "ل" with the pronoun of the one told, between a verb of saying and its "أن":
# "أكد له أن ..."، "قالت لنا إن ...".
TO_PRONOUNS: tuple[str, ...] = ("له", "لها", "لي", "لنا", "لهم")
# The past of calling on someone, in its persons, with "إلى" after it ("إن الحكومة دعت إلى
# الحوار").
CALL_PAST_VERBS: tuple[str, ...] = ("دعا", "دعت", "دعوا")
# The past of demanding, in its persons, with "ب" after it ("إن الحكومة طالبت بانسحاب
# القوات").
DEMAND_PAST_VERBS: tuple[str, ...] = ("طالب", "طالبت", "طالبوا")
# (round ar166) Promises already made, in their persons, with the act after "ب", inside
# reported words ("أكد المحافظ أن الوزارة وعدت بإصلاح المضخات"، "قال إن الشركة وعدتهم
# بزيادة الأجور"، "أوضح أن المحافظ وعد بتعويض المتضررين"): the promiser's own entry from
# "ب" on, as a nested demand is. The forms with the one promised as a pronoun are listed
# whole where no noun spells them ("وعده"، "وعدها"، "وعدهم" are also "his/her/their
# promise": "إن الحكومة نفذت وعدها بـ"); the bare masculine and dual ("وعد"، "وعدا") are
# read only with "ب" right after them (NESTED_PROMISE_BARE), since with a word between
# they are as often the noun in construct ("إن وعد الحكومة بالإعمار لم ينفذ"). Pledges
# ("تعهدت") are left out: the sets' gold gives a pledge inside reported words its own
# entry about as often as not (donors' pledges at a conference on both sides).
NESTED_PROMISE_VERBS: tuple[str, ...] = (
    "وعد", "وعدت", "وعدوا", "وعدا", "وعدتا", "وعدتهم", "وعدوهم", "وعدتها", "وعدته",
)
NESTED_PROMISE_BARE: tuple[str, ...] = ("وعد", "وعدا")
# ... the dual spells the indefinite noun too ("إن الحكومة قدمت وعدا بالإصلاح"): it is
# the verb only after a dual subject ("إن الجانبين وعدا بـ").
NESTED_PROMISE_DUALS: tuple[str, ...] = ("وعدا",)
# The past of urging, in its persons, with "على" after it ("إن الوزارة حثت على الهدوء").
URGE_PAST_VERBS: tuple[str, ...] = ("حث", "حثت", "حثوا")
# Words that open a ransom or a payment after a demand, folded: "طالب الخاطفون بفدية قدرها
# ..."، "بمبلغ"، "بدفع".
RANSOM_WORDS: tuple[str, ...] = ("بفديه", "بفدي", "بمبلغ", "بمبالغ", "بدفع")
# The conjunction alone or with "في", opening a second report whose verb is left out: "أعلن
# مقتل خمسة جنود وفي العام الماضي عن مقتل جندي".
AND_IN_OPENERS: tuple[str, ...] = ("وفي", "و")
# The relative "ما" and "كما" closing a clause before a verb of saying: "وهذا ما أكده الوزير"،
# "كما أعلنت الوزارة".
WHAT_RELATIVES: frozenset[str] = frozenset(("ما", "كما"))
# The relative "ما" ("what"), with "من" or "ك", before a verb of saying: "وهذا ما أكده"، "مما
# أعلنته الوزارة"، "كما قال" (opening its sentence "كما" is "also").
WHAT_RELATIVES_BEFORE_VERB: tuple[str, ...] = ("ما", "مما", "كما")
# The impersonal "it is mentioned", with and without "و": "يذكر أن ..."، "ويذكر أن ..." is the
# writer's background, no speaker's words.
IMPERSONAL_MENTION_VERBS: tuple[str, ...] = ("يذكر", "ويذكر")
# The complementizer "أن", folded, bare and with its pronouns ("يعتقد أنه ..."، "أنها"،
# "أنهم"): a belief reported about someone.
THAT_FOLDED_WITH_PRONOUNS: frozenset[str] = frozenset((
    "ان", "انه", "انها", "انهم", "انهما", "انهن"))
# "أن" with a plural or dual pronoun: after "يعتقد" and an indefinite noun ("مسلحين يعتقد
# انهم ينتمون ...") the pronoun is the noun's, so the singular verb is a passive describing
# it; a name before the verb ("سامي يعتقد أنه") would take the singular.
THAT_FOLDED_WITH_PLURAL_PRONOUNS: frozenset[str] = frozenset(("انهم", "انهما", "انهن"))
# Verbs of belief that, bare before "أن", are the passive "it is believed/deemed likely"
# ("، يعتقد أنهم ..."، "ويرجح أن تكون الجماعة وراء الهجوم"): they name nobody. "ويعتقد
# أن" keeps its older reading (words with no speaker). After an indefinite noun "يرجح"
# with any pronoun on "أن" describes the noun, a thing's plural taking "أنها" ("بغارات
# جوية يرجح أنها روسية").
PASSIVE_BELIEF_VERBS: frozenset[str] = frozenset(("يعتقد", "يرجح", "ويرجح"))
# Words that open an amount or a share after "ب": "صادق البرلمان على الموازنة بقيمة ..."،
# "بنسبة"، "بأغلبية"، "بإجمالي".
AMOUNT_OPENERS: tuple[str, ...] = ("بقيمة", "بكلفة", "بتكلفة", "بمبلغ", "بنسبة", "بحجم", "بأغلبية",
    "بإجمالي", "بسقف")
# The article and the conjunction "و" at the start of a word: a word with either is no bare
# indefinite noun ("هدوء حذر").
AL_WA_PREFIXES: tuple[str, ...] = ("ال", "و")
# The endings of a nisba adjective and of the sound masculine plural, folded ("محلي"، "محليه"،
# "مسؤولون"، "مسؤولين"): a noun with one names people or an office.
NISBA_AND_PLURAL_ENDINGS: tuple[str, ...] = ("ي", "يه", "ون", "ين")
# Words that open a span of time ("لمدة أسبوع"، "طيلة الليل"، "طوال اليوم"): what follows is a
# duration, not a party.
DURATION_WORDS: tuple[str, ...] = ("لمدة", "مدة", "طيلة", "طوال")
# The prepositions "ب" and "ل" fused with the article ("بالمدينة"، "للوزارة"): a word with one
# is a genitive, where a subject noun phrase stops.
DEFINITE_PREPOSITION_PREFIXES: tuple[str, ...] = ("بال", "لل")
# The words of "but" and "except" before "أن" ("غير أن الوزارة أكدت ..."، "إلا أن"، "بيد أن"):
# a turn of the writer, not a speaker's words.
BUT_BEFORE_ANNA: frozenset[str] = frozenset(("غير", "الا", "بيد"))
# The endings of the sound masculine plural, nominative and oblique ("المسؤولون"،
# "المسؤولين").
SOUND_PLURAL_ENDINGS: tuple[str, ...] = ("ون", "ين")
# (round ar152) The endings no word of a person's name has, in a subject named with no
# title after a sentence's opening verb: the plurals ("مسلحون"، "مدنيين"، "قوات"); not "ان"
# ("سليمان"، "عدنان").
NOT_NAME_ENDINGS: tuple[str, ...] = (*SOUND_PLURAL_ENDINGS, "ات")
# (round ar152) Pronoun suffixes as written, before folding makes "ة" an "ه": "على صفحته"،
# "على حسابها" (a preposition's object), where a name after "علي" has none.
WRITTEN_PRONOUN_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")
# The conjunctions written on the word after them, "و" and "ف" ("وأكد"، "فقال").
CONJUNCTION_CLITICS: tuple[str, ...] = ("و", "ف")
# The endings of a nisba adjective, folded, singular and plural ("مصدر أمني"، "مصادر أمنية"،
# "الأمميون"، "الأمميين").
NISBA_ENDINGS: tuple[str, ...] = ("ي", "يه", "يون", "يين")
# The singular relative pronouns ("الوزارة التي ..."، "المسؤول الذي ...").
SINGULAR_RELATIVES: tuple[str, ...] = ("التي", "الذي")
# A verb's gender that cannot go with the singular relative before it ("التي قال إنه ...",
# "الذي قالت"): the verb has a subject of its own, not the relative's antecedent.
DISAGREEING_RELATIVES: dict[str, str] = {"m": "التي", "f": "الذي"}
# Plain prepositions before an indefinite head in construct ("وثائق من دائرة الطب العدلي"،
# "بيانات صادرة عن مديرية الصحة"): after one, the start of the construct is sure.
PLAIN_PREPOSITIONS: tuple[str, ...] = ("من", "إلى", "عن", "على", "لدى", "مع")
# (round ar185) The prepositions after a short quoted term that opens a headline's words
# ('ذي قار: "وثيقة شرف" بين فصيلين ...'، 'الرقة: "هدنة هشة" في الأحياء الشرقية'): the
# quotation marks set a term apart in a news line, and the place before the colon is a
# dateline unless the body gives it speech.
QUOTED_TERM_PREPOSITIONS: tuple[str, ...] = ("بين", "في", "على", "ضد", "مع", "داخل", "حول")
# Verbs of a result, whose preposition ("عن"، "إلى") may follow a source set between: "وأسفرت
# بحسب الدفاع المدني عن استشهاد 27 شخصا"، "أدت إلى"، "أفضت إلى".
LED_TO_VERBS: tuple[str, ...] = (
    "أسفر", "أسفرت", "أدى", "أدت", "أفضى", "أفضت")
# (round ar144) Heads of a body whose name follows in quotation marks ('منظمة "أرض وسلام"
# المحلية'، 'مبادرة "معا"'، 'حملة "لا للحرب"'): the quoted name is part of the subject,
# never the words of a verb before it.
QUOTED_BODY_HEADS: tuple[str, ...] = (*ORGANISATION_HEADS, "منظمات", "جمعيات", "مبادرة",
                                      "حملة", "مجموعة", "منصة", "منتدى", "ائتلاف")
# Adjectives that say whose estimates they are ("تقديرات أممية"، "تقديرات حكومية"، "حصيلة
# رسمية").
AUTHOR_ADJECTIVES: tuple[str, ...] = ("أممية", "حكومية", "رسمية", "أمنية", "عسكرية", "طبية",
    "حقوقية",
    # local bodies, as "أممية" the UN's: "بحسب تقديرات محلية" (the sets' gold keeps it)
    "محلية")
# Indefinite bodies whose estimates they are, the genitive of "تقديرات" rather than its
# adjective: "بحسب تقديرات منظمة محلية"، "بحسب تقديرات منظمات محلية".
ESTIMATE_MAKER_HEADS: tuple[str, ...] = (
    "منظمة", "منظمات", "هيئة", "هيئات", "جمعية", "جمعيات", "جهة", "جهات", "لجنة", "لجان",
    "وكالة", "وكالات", "مؤسسة", "مؤسسات", "مرصد", "مركز", "شبكة", "رابطة",
    # local councils and offices: "وفق تقديرات مجلس محلي"، "بحسب تقديرات مكتب إغاثي"
    "مجلس", "مجالس", "مكتب")
# The comma, or the "ف" that resumes a sentence ("فإن"، "فإنه"، "فقد"), closing a fronted
# attribution and its place: "ووفق وزارة الصحة في غزة، فإن ...".
COMMA_OR_RESUMING_FA: frozenset[str] = frozenset(("،", ",", "فان", "فانه", "فقد"))
# The pronoun suffixes "his" and "her", folded ("صادر عن مكتبه"، "نشرها مكتبها"): a medium of
# the sentence's own subject.
HIS_HER_SUFFIXES: tuple[str, ...] = ("ه", "ها")
# The endings of a singular nisba adjective, folded ("المبعوث الأممي"، "وزارة الخارجية").
NISBA_SINGULAR_ENDINGS: tuple[str, ...] = ("ي", "يه")
# The relative "ما", bare or with "ل", after a word of attribution: "بحسب ما أفاد به المرصد"،
# "وفقا لما أعلنته الوزارة".
WHAT_AFTER_ACCORDING: tuple[str, ...] = ("ما", "لما")
# The pronoun pointing back to the words after a relaying verb, "به"/"بها" (with a comma glued
# on, "به،"): "بحسب ما أفاد به المرصد".
RESUMPTIVE_BIHI: tuple[str, ...] = ("به", "بها", "به،")
# The article and the preposition "ل" at the start of a word ("تقديرات الأمم المتحدة"،
# "تقديرات لمنظمة"): a word with either names who made an estimate.
ARTICLE_OR_LAM_PREFIXES: tuple[str, ...] = ("ال", "ل")
# The prepositions of a result, folded: "أسفرت ... عن"، "أدت ... إلى".
FROM_TO_FOLDED: tuple[str, ...] = (
    "عن", "الي")
# The "فإن" that resumes a sentence after a fronted attribution ("وبحسب مصدر محلي تحدث للموقع،
# فإن ..."), folded, bare and with "his".
RESUMING_FA_INNA: tuple[str, ...] = ("فان", "فانه")
# The "ف" that resumes a sentence after a fronted attribution and its place, folded: "فإن"،
# "فإنه"، "فقد".
RESUMING_FA: tuple[str, ...] = ("فان", "فانه", "فقد")
# The relative pronouns, masculine, feminine and plural ("المرصد الذي ..."، "الوزارة التي
# ..."): after an attribution's comma they open no clause of the words.
RELATIVES_M_F_PL: tuple[str, ...] = ("الذي", "التي", "الذين")
# Adjectives that make a body's name general or supreme ("الهيئة العامة"، "المحكمة العليا"،
# "المفوضية المستقلة"): part of the name, not a new word after it.
GENERAL_BODY_ADJECTIVES: tuple[str, ...] = ("العامة", "العام", "العليا", "المستقلة")
# The present of warning someone of what is coming: words only with the one warned before "ب"
# ("تنذر السكان بإطلاق ..."); without one the verb says what a state of things portends ("ينذر
# بكارثة").
PORTEND_PRESENT: tuple[str, ...] = ("ينذر", "تنذر")
# A body named by what it does, with a definite word after it ("آلية التحقق الأممية:"); a bare
# "آلية" is as often a vehicle.
MECHANISM_NOUNS: tuple[str, ...] = ("آلية", "الآلية")
# Bodies named as programmes and funds, with a masculine nisba or "الأمم" after them ("برنامج
# الأغذية العالمي:"، "صندوق الأمم المتحدة للسكان:"); "برنامج الزيارة:" is a schedule.
PROGRAMME_AND_FUND_NOUNS: tuple[str, ...] = ("برنامج", "صندوق")
# The auxiliary "كان", masculine and feminine, with and without "و", opening a clause before
# its verb ("وكانت الوزارة قد أعلنت ...").
KANA_FORMS: tuple[str, ...] = ("كان", "وكان", "كانت", "وكانت")
# The endings of a nisba, singular and plural nominative: "الحوثيون:"، "الفلسطيني" name a
# people or a movement, which no dateline place is.
NISBA_PLURAL_ENDINGS: tuple[str, ...] = ("ي", "يون")
# The endings of an adjective after a name, folded ("الشرقية"، "الأممي"، "المحليون"،
# "المحليين").
ADJECTIVE_ENDINGS: tuple[str, ...] = ("ي", "ه", "ون", "ين")
# Feelings given cause for: "يدعو إلى القلق" (gives cause for concern) makes no call.
FEELINGS: tuple[str, ...] = ("القلق", "التفاؤل", "الارتياح", "الأسف", "الاستغراب", "الدهشة",
    "الحيرة", "الشك", "التساؤل", "الاستياء", "الخوف", "الفخر", "الأمل",
    "السخرية", "الريبة")
# The past of holding someone responsible, in its persons: "وحملت اللجان قوات الدعم السريع
# مسؤولية ..."، the blamer, then the blamed, then the blame.
HOLDING_RESPONSIBLE_VERBS: tuple[str, ...] = ("حمل", "حملت", "حملوا")
# (round ar159) How many tokens after the verb "مسؤولية" may stand for "حمّل" to blame,
# past a named blamer, a medium and the one blamed ("وحمل ناظر القبيلة، الأمير فلان، في
# تسجيل صوتي أرفق بالبيان، قوات ... "المسؤولية الكاملة ...""); with none in reach the verb
# is "carried" ("حين حملت النساء الصناديق إلى السوق"), no report.
BLAME_REACH = 40
# The particle "قد", bare or with "ل", before a past verb of saying ("وكانت الوزارة قد أعلنت
# ..."، "لقد قلنا ...").
QAD_PARTICLES: frozenset[str] = frozenset(("قد", "لقد"))
# The participle of denying in its persons, after a comma: "، نافيا ما أوردته وسائل الإعلام"،
# "نافية"، "نافين".
DENYING_PARTICIPLES: tuple[str, ...] = ("نافيا", "نافية", "نافين")
# The prepositions "على" and "إلى" and the complementizer "أن", folded: after an object
# participle they open no verbal noun object ("، مؤكدا على ..."، "، مشيرا إلى ...").
TO_ON_THAT_FOLDED: tuple[str, ...] = ("علي", "الي", "ان")
# Participles of reminding that are also nouns ("مذكرة": a memo): a participle only after a
# comma ("، مذكرا بأن ...").
REMINDING_PARTICIPLES_ALSO_NOUNS: tuple[str, ...] = ("مذكرا", "مذكرة", "مذكرين")
# The plural of accusing is also the noun "defendants" ("قضت المحكمة بسجن سبعة متهمين"):
# only after a comma ("، متهمين الأجهزة الأمنية بـ...") is it the participle.
ACCUSING_PARTICIPLES_ALSO_NOUNS: tuple[str, ...] = ("متهمين",)
# The endings of a feminine noun, singular and plural, folded ("القرية"، "الطائرات").
FEMININE_NOUN_ENDINGS: tuple[str, ...] = ("ه", "ات")
# The endings of a masculine nisba, singular and plural, folded ("الليبي"، "الليبيين"،
# "الليبيون").
NISBA_M_ENDINGS: tuple[str, ...] = ("ي", "يين", "يون")
# The words of relaying "from" a second source ("نقلا عن مصدر أمني"; after "نقل" a bare "عن
# X").
RELAYING_FROM: tuple[str, ...] = ("نقلا", "عن")
# The words that relay "to" a second source after a verb of attributing: "نقلا" and the
# folded "إلى" ("نسبت الوكالة إلى مصدر قوله ...").
RELAYING_TO: tuple[str, ...] = ("نقلا", "الي")
# Verbs of reporting that may follow the clause they report, after its comma, with an
# outlet and the source it relays ("قتل خمسة جنود ...، ذكرت إذاعة "..." نقلا عن ضابط في
# الموقع."): the outlet and the source give the clause before, as after "بحسب ما نقلت".
CLOSING_RELAY_VERBS: tuple[str, ...] = (
    "ذكر", "ذكرت", "أفاد", "أفادت", "قال", "قالت", "أورد", "أوردت", "أعلن", "أعلنت")
# The prepositions "إلى", "على" and "من", folded, before a complementizer ("حذر من أن ..."،
# "أشار إلى أن ..."): the words start there.
TO_ON_FROM_FOLDED: tuple[str, ...] = ("الي", "علي", "من")
# The stems of informing and announcing, folded ("أفاد"، "أعلن"): "أفاد بـ"، "أعلن بـ" take
# their words after "ب".
INFORMING_ANNOUNCING_STEMS: tuple[str, ...] = ("افاد", "اعلن")
# The stems of demanding and appealing ("طالب"، "ناشد"): the one asked right after the verb
# ("وطالب المحافظ، علي سالم، الأهالي ...").
DEMAND_APPEAL_STEMS: tuple[str, ...] = ("طالب", "ناشد")
# Bodies a verb must agree with in the feminine when they are its subject: a feminine
# noun ("وزارة"، "الحكومة") or a plural of things ("الأجهزة"، "السلطات"). Right after a
# masculine "وطالب" such a noun is the one called on, not the caller ("وأضاف الحمداني أن
# ... . وطالب وزارة العدل بـ"): the caller is the speaker named before.
FEMININE_BODY_HEADS: tuple[str, ...] = (
    "وزارة", "الوزارة", "حكومة", "الحكومة", "الحكومات", "سلطات", "السلطات", "السلطة",
    "أجهزة", "الأجهزة", "الجهات", "الدول", "الفصائل", "القوى", "الأمم", "هيئة", "الهيئة",
    "إدارة", "الإدارة", "قوات", "القوات", "الشرطة", "منظمة", "المنظمة", "المنظمات",
    "بلدية", "البلدية", "النيابة", "محكمة", "المحكمة",
)
# The prepositions of an envoy's post, folded: "المندوبة الأمريكية لدى الأمم المتحدة"، "سفير
# ... إلى".
TO_AT_FOLDED: tuple[str, ...] = ("الي", "لدي")
# The article and the clitics "و", "ب" and "ل" at the start of a word: a word with none may be
# the bare genitive of a plural head in construct ("منظمات حقوق الإنسان").
AL_WA_BI_LI_PREFIXES: tuple[str, ...] = ("ال", "و", "ب", "ل")
# The endings of a plural or feminine noun, folded ("المسؤولون"، "المسؤولين"، "المنظمات"،
# "الوزاره"): a head with none is masculine singular and takes no plural adjective ("أبلغ
# الوزير الصحفيين").
PLURAL_AND_FEMININE_ENDINGS: tuple[str, ...] = ("ون", "ين", "ات", "ه")
# The endings by which a definite participle agrees with its head, folded ("المتحدة"،
# "المسلحات"، "المسلحين"، "المسلحون"، "المركزي"): one without them after a feminine head is
# its object.
AGREEING_ENDINGS: tuple[str, ...] = ("ه", "ات", "ين", "ون", "ي")
# The prepositions that join a genitive to a subject's name ("مسؤول في الوزارة"، "قيادي من
# الحركة").
IN_FROM: tuple[str, ...] = ("في", "من")
# The beginnings of the word after a family name with the article ("سلطان العرادة بـ ..."،
# "... مسؤولي ..."), folded: "ب" of the verb's object or the officials it names.
WITH_OR_OFFICIALS_PREFIXES: tuple[str, ...] = ("ب", "مسوولي")
# Titles of an office over a place or a body ("محافظ البصرة"، "وكيل الوزارة"، "مدير الأمن"،
# "رئيس البلدية"), and a member's seat in the body he sits in ("عضو مجلس النواب"،
# "عضوة المكتب السياسي"): the body in construct is the title's, not the verb's object.
TITLES_OF_PLACES: tuple[str, ...] = ("وكيل", "محافظ", "مدير", "نائب", "أمين", "مسؤول", "رئيس",
                                     "عضو", "عضوة")
# The adjective "affiliated", feminine and masculine ("القوات التابعة لها"، "الموقع التابع
# له"): what follows says whose a body or an outlet is.
AFFILIATED_ADJECTIVES: tuple[str, ...] = ("التابعة", "التابع")
# The preposition "ل" with the pronoun of the one a body belongs to ("التابعة لها"، "المقرب
# له"، "الموالية لهم").
TO_IT_PRONOUNS: tuple[str, ...] = ("لها", "له", "لهم")
# Words of inside and outside a place ("مصادر داخل الحكومة"، "ناشطون خارج البلاد"): where a
# source stands, part of its description.
INSIDE_OUTSIDE: tuple[str, ...] = ("داخل", "خارج")
# Particles that open a personal name ("عبد الله"، "أبو محمد"، "أبي بكر"، "بن سلمان"، "ابن").
NAME_PARTICLES: tuple[str, ...] = ("عبد", "أبو", "أبي", "بن", "ابن")
# Adverbs of time and manner between a verb of saying and its object, folded ("أعلن أمس ..."،
# "أكد مجددا ..."، "أعلنت رسميا ..."، "الهدنة التي أعلنت آنذاك").
ADVERBS_AFTER_VERB: tuple[str, ...] = (
    "امس", "اليوم", "ايضا", "مجددا", "مرارا", "رسميا", "كذلك", "الاثنين",
    # "then": "الهدنة التي أعلنت آنذاك لمدة شهرين"
    "انذاك", "حينها", "حينذاك", "وقتها",
    # how often: "لكنها تقول عادة ان"، "التي تنفي عادة استهداف المدنيين"
    "عاده", "دايما", "غالبا")
# The prepositions before a platform or an outlet carrying words, folded ("أعلن الجيش عبر
# صفحته على فيسبوك ..."، "على موقع موال لها").
THROUGH_ON_FOLDED: tuple[str, ...] = ("عبر", "علي")
# Parts of a day in construct before a weekday or "yesterday", folded ("مساء الاثنين"، "صباح
# أمس"، "يوم الخميس").
DAY_PARTS_BEFORE_DAY: tuple[str, ...] = ("مساء", "صباح", "فجر", "ليل", "يوم", "ظهر")
# Yesterday and today, folded ("مساء أمس"، "صباح اليوم").
YESTERDAY_TODAY_FOLDED: tuple[str, ...] = ("امس", "اليوم")
# The adjectives of a past, current or coming time, folded ("الشهر الماضي"، "السنة الماضية"،
# "العام الجاري"، "الأسبوع المقبل").
RELATIVE_TIME_ADJECTIVES_FOLDED: tuple[str, ...] = (
    "الماضي", "الماضيه", "الجاري", "المقبل")
# What may follow the number of a date, Hijri with its Gregorian match, folded ("24 شعبان 1439
# هـ الموافق 10 مايو 2018 م"، "3/5"، "الماضي").
HIJRI_DATE_TAIL_WORDS: tuple[str, ...] = (
    "/", "ه", "م", "الموافق", "الماضي", "الماضيه", "الجاري", "المقبل")
# What may follow a month or its number in a date, folded ("منتصف نيسان الماضي"، "آذار/مارس
# 2017"، "العام الجاري").
DATE_TAIL_WORDS: tuple[str, ...] = (
    "/", "الماضي", "الماضيه", "الجاري", "المقبل")
# The word "year", bare and definite, before a year's digits ("في بيان عام 2019"): no
# adjective of the medium.
YEAR_WORDS: tuple[str, ...] = ("عام", "العام")
# Prepositions of where words were delivered, folded ("في مؤتمر"، "أمام البرلمان"، "على
# التلفزيون"، "عبر الإذاعة").
DELIVERY_PLACE_PREPOSITIONS: tuple[str, ...] = ("في", "امام", "علي", "عبر")
# Relaying words and prepositions that end a speaker's name ("نقلا عن"، "عن"، "إلى"، "على"):
# the source named after them is another.
RELAY_AND_PREPOSITIONS_FOLDED: tuple[str, ...] = ("نقلا", "عن", "الي", "علي")
# The prepositions "ب" and "ل" written on the word after them: a word with one ends a personal
# name ("قال سمير بأن"، "لوكالة").
BI_LI_PREFIXES: tuple[str, ...] = ("ب", "ل")
# The object pronoun suffixes "her", "them" and "them two" ("لها"، "لهم"، "لهما"): a word with
# one after "ل" is no outlet.
HER_THEIR_SUFFIXES: tuple[str, ...] = ("ها", "هم", "هما")
# Words after a name that begin an object phrase ("على حد قوله"، "ما"): "حد" of "على حد" and
# the relative "ما".
INDEFINITE_OBJECT_WORDS: tuple[str, ...] = ("حد", "ما")
# The word "before" ("أمام") folded, bare and with "و", which folding also makes of "إمام"
# (imam): the title as it was written tells them apart.
IMAM_FOLDED: tuple[str, ...] = ("امام", "وامام")
# Broadcast media read out on ("على التلفزيون"، "على الهواء"، "على الشاشة"، "عبر الإذاعة"،
# "على القناة").
BROADCASTERS: tuple[str, ...] = ("التلفزيون", "التلفاز", "الهواء", "الشاشة", "الإذاعة", "القناة")
# Pronoun suffixes that make a noun definite ("صفحته"، "حسابها"، "بيانهم"، "موقعهما"), as a
# preposition's object is.
OBJECT_PRONOUN_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما")
# The article and the prepositions "ب" and "ل" at the start of a word: a word with one is no
# bare genitive of an organisation head.
AL_BI_LI_PREFIXES: tuple[str, ...] = ("ال", "ب", "ل")
# The endings of a nisba adjective, folded, other than the bare masculine "ي" ("الأممية"،
# "الأمميون"، "الأمميين").
NISBA_ENDINGS_NOT_BARE: tuple[str, ...] = ("يه", "يون", "يين")
# The writer as the one told ("قال لي"، "أكد لنا"): the listener, never the speaker.
WRITER_LISTENERS: tuple[str, ...] = ("لي", "لنا")
# A preposition with a pronoun between a verb and its subject: the one told ("قال له
# الوزير"، "أكدت لهم المسؤولة") or the part of what was named before ("اغتيالات وثقت منها
# شبكة ..."، "of them"). It is an adjunct, so the subject starts after it.
PRONOUN_ADJUNCTS: tuple[str, ...] = ("له", "لها", "لهم", "منه", "منها", "منهم")
# Verbs that answer the words before by a pronoun pointing back to them: "، وهو ما نفاه مستشار
# ..."، "أكدته"، "رفضوه"، "نفتاه".
ANSWERING_VERBS_WITH_IT: tuple[str, ...] = (
    "نفاه", "نفته", "نفوه", "أكده", "أكدته", "أكدوه", "رفضه", "رفضته", "رفضوه", "نفياه",
    "نفتاه")
# The noun "responsibility" folded, bare, in construct and definite ("مسؤوليتها"، "المسؤولية";
# not "مسؤولين").
RESPONSIBILITY_FOLDED: tuple[str, ...] = ("مسووليه", "مسووليت", "المسووليه")
# The adjective "official", masculine and feminine ("الناطق الرسمي"، "الوكالة الرسمية").
OFFICIAL_ADJECTIVES: tuple[str, ...] = ("الرسمي", "الرسمية")
# Adjectives of loyalty and closeness, indefinite and definite ("موقع موال لها"، "وسائل
# الإعلام المقربة منه"): whose side an outlet is on.
LOYAL_CLOSE_ADJECTIVES: tuple[str, ...] = (
    "موالية", "الموالية", "موال", "الموالي", "مقربة", "المقربة", "مقرب", "المقرب")
# The preposition "من" with the pronoun of the side an outlet is close to ("مقرب منها"، "منه"،
# "منهم").
FROM_IT_PRONOUNS: tuple[str, ...] = ("منها", "منه", "منهم")
# The present of speaking of something ("يتحدث عن"، "تتحدث عن"), which names a topic, not the
# words.
SPEAKS_OF_PRESENT: tuple[str, ...] = ("يتحدث", "تتحدث")
# The participle of considering, in its persons ("، معتبرا أن ..."، "معتبرة"، "معتبرين").
CONSIDERING_PARTICIPLES: tuple[str, ...] = ("معتبرا", "معتبرة", "معتبرين")
# Words of "while", with and without "و" ("فيما"، "بينما"، "في حين"، "وفيما"): another clause
# begins.
WHILE_WORDS: tuple[str, ...] = ("فيما", "بينما", "حين", "وفيما", "وبينما")
# "إذ" (for, as) opens a clause that explains the one before, its verb first ("وتشهد
# المحافظة فلتانا أمنيا، إذ يقدر ناشطون عدد الضحايا بأكثر من 500"، "إذ تقدر المنظمة عدد
# النازحين بنحو ..."): a present estimate or demand there reports as after "فيما".
EXPLAINING_CLAUSE_OPENERS: tuple[str, ...] = ("إذ",)
# Definite nouns of a document that says or demands things ("القرار"، "البيان"، "التقرير"،
# "الاتفاقية"، "المذكرة"): "وطالب القرار الأطراف بـ ...".
DOCUMENT_NOUNS_DEFINITE: tuple[str, ...] = (
    "القرار", "البيان", "التقرير", "المشروع", "الاتفاق", "النص", "الرسالة", "العريضة",
    "الإعلان", "المقترح", "الاتفاقية", "الوثيقة", "المذكرة")
# Demonstratives and object pronouns pointing back to words given before ("أكد ذلك"، "نفاه
# إياه"، "أعلن هذا").
POINTING_BACK_WORDS: tuple[str, ...] = ("ذلك", "إياه", "إياها", "هذا", "هذه", "إياهم")
# The conjunction "but", with and without "و": "، لكنه أكد أن ..." is the same speaker's next
# report, its own entry.
BUT_WORDS: tuple[str, ...] = ("لكن", "ولكن")
# (round ar185) "but" with the pronoun "they", folded: "لكنهم"، "ولكنهم"، and the pronoun on
# the "أن" of "إلا أنهم"/"غير أنهم".
BUT_THEY: tuple[str, ...] = ("لكنهم", "ولكنهم")
ANNA_THEY: str = "انهم"
# The pronouns "and he"/"and she" ("، وهو ما نفاه ..."، "، وهي ..."): a relative reply or
# another clause after the words.
AND_HE_SHE: tuple[str, ...] = ("وهو", "وهي")
# Words of attribution after the words, folded ("وفق"، "بحسب"، "حسب"، "وفقا"، "حسبما"،
# "نقلا"): the writer's tag, not the speaker's words.
ATTRIBUTION_WORDS_FOLDED: tuple[str, ...] = ("وفق", "بحسب", "حسب", "وفقا", "حسبما", "نقلا")
# The possessive pronoun suffixes, folded ("تقديراتها"، "حساباتهم"، "أرقامهما"، "بياناته").
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("ها", "هم", "هما", "ه")
# The adjectives of a document issued or adopted ("القرار الصادر عن ..."، "الوثيقة المعتمدة").
ISSUED_ADOPTED_ADJECTIVES: tuple[str, ...] = ("الصادر", "الصادرة", "المعتمد", "المعتمدة")
# The prepositions "ب" and "إلى" (folded) that take a demand or a call ("طالب بـ"، "دعا إلى").
BI_TO_FOLDED: tuple[str, ...] = ("ب", "الي")
# Words in "ب" that are no demanded thing ("بينما"، "بعد"، "بين"، "بسبب"، "بشأن"، "بحسب").
BI_WORDS_NOT_DEMANDS: tuple[str, ...] = ("بينما", "بعد", "بين", "بسبب", "بشأن", "بحسب")
# The endings of a body's nisba adjectives, folded ("الاتحادية"، "اليمني"، "اليمنيين").
NISBA_ENDINGS_BODY: tuple[str, ...] = ("ي", "يه", "يين")
# The plural "officials" in construct, folded, bare and definite ("مسؤولي"، "المسؤولي...").
OFFICIALS_FOLDED: tuple[str, ...] = ("مسوولي", "المسوولي")
# The negation of the past, with and without "و": "ولم تذكر خسائر" is the writer's note on
# what was not said.
DID_NOT: tuple[str, ...] = ("لم", "ولم")
# The negations before a bare "أحد" that make it "anyone", so "nobody": "لم يقتل أحد"،
# "ولم يعد منهم أحد" count no one ("أحد" counts one only as "one of", before its genitive).
# ("ما" is left out: "ما أسفر عن مقتل أحد عشر" is "which", not "not".)
NOBODY_NEGATIONS: tuple[str, ...] = ("لم", "ولم", "فلم", "لا", "ولا", "فلا", "لن", "ولن")
# "لا أحد": "no one", right before it, whatever verb follows.
NO_ONE_BEFORE: tuple[str, ...] = ("لا", "ولا", "فلا")
# What may follow a bare "أحد" of "nobody": a preposition or "منهم", never its genitive
# ("لم يصب أحد بأذى"، "ولم ينج أحد من الركاب"، "لم يعد منهم أحد حتى الآن").
NOBODY_FOLLOWERS: tuple[str, ...] = ("من", "منهم", "منهن", "منا", "في", "حتى", "بعد", "قط",
                                     "إلى", "على", "عن", "بأذى", "بجروح", "بسبب", "سوى", "إلا")
# The word "without", with and without "و" ("دون أن يحدد"، "ودون أن توضح").
WITHOUT_WORDS: tuple[str, ...] = ("دون", "ودون")
# Words of time and manner that "أن" joins to its clause as one conjunction ("بعد أن قتل"،
# "قبل أن يتبين"، "دون أن يذكر"), folded: that "أن" opens an adverbial clause, never the
# words of the verb of saying before it ("أعلن المركز وفاة ثلاثة من مرضاه، بعد أن دمر
# قصف مولده": the announcement is the verbal noun, the bombing only its time).
CONJUNCTION_BEFORE_ANNA: tuple[str, ...] = (
    "بعد", "وبعد", "قبل", "وقبل", "منذ", "دون", "ودون", "بدون", "حتى", "ريثما", "لحين",
    "بمجرد",
)
# ("عوض"، "بدل" are left out: "عوض" is also a name, "فضل عوض أن ...").
# (round ar140) "Before" opening the same speaker's next words after a comma ("، قبل أن
# تضيف: "..."": she said one thing, then added another).
BEFORE_ADDING_WORDS: tuple[str, ...] = ("قبل", "وقبل")
# The present of calling on someone, in its persons, with "إلى" after it ("إن الأمين العام
# يدعو إلى تحقيق مستقل").
CALL_PRESENT_VERBS: tuple[str, ...] = ("يدعو", "تدعو", "يدعون")
# The present of demanding, in its persons, with "ب" after it ("تطالب بانسحاب القوات").
DEMAND_PRESENT_VERBS: tuple[str, ...] = ("يطالب", "تطالب", "يطالبون")
# (round ar159) A demand told in the present with "منذ" and a span of years, no date
# ("ويطالب العاملون منذ سنوات بنشر عناصر أمن"): a standing grievance the writer describes,
# no statement made on any occasion. A demand of months or since a date ("وتطالب
# النقابات منذ أشهر بزيادة الرواتب"، "منذ آب الماضي") is a running campaign and keeps its
# entry, as the sets' gold gives it.
STANDING_DEMAND_SPANS: tuple[str, ...] = ("سنوات", "أعوام", "سنين", "عقود", "عقد", "زمن")
# How many words the demand's subject may take between the verb and "منذ".
STANDING_DEMAND_REACH = 5
# The present of urging, in its persons, with "على" after it ("يحث على الهدوء").
URGE_PRESENT_VERBS: tuple[str, ...] = ("يحث", "تحث", "يحثون")
# The complementizer after "و", folded, bare and with a singular pronoun, and "وبأن" ("وأن
# الهجوم ..."، "وأنه"، "وأنها"، "وبأن"): a second clause of the same words.
AND_THAT_FOLDED: frozenset[str] = frozenset(("وان", "وانه", "وانها", "وبان"))
# After a comma the same clause may open with a plural or dual pronoun ("، وأنهم أسقطوا
# طائرة") or with "بأن" and a pronoun ("، وبأنها ..."), folded.
AND_THAT_PLURAL_FOLDED: frozenset[str] = frozenset(("وانهم", "وانهما", "وبانه", "وبانها", "وبانهم"))
# Offices set between commas after a name ("الطبيب عمر الفاضل، مدير المستشفى،") or before a
# name ("وزير الخارجية"، "المتحدث باسم ..."، "مبعوث"، "وكيل").
OFFICE_TITLES: tuple[str, ...] = (
    "مدير", "مديرة", "رئيس", "رئيسة", "قائد", "محافظ", "وزير", "وزيرة", "نائب", "عميد", "أمين",
    "المتحدث", "الناطق", "متحدث", "ناطق", "مسؤول", "مستشار", "مستشارة", "منسق", "منسقة", "ممثل",
    "ممثلة", "عضو", "مؤسس", "نقيب", "مفوض", "مبعوث", "سفير", "مندوب", "مساعد", "وكيل")
# (round ar185) An indefinite office over the body it heads, both without the article
# ("رئيس مجلس محلي"، "قائد فصيل مسلح"، "زعيم عشيرة البوسالم"): the offices, and the bodies
# besides ORGANISATION_HEADS that such an office heads (a unit, a clan).
BODY_OFFICE_TITLES: tuple[str, ...] = (*OFFICE_TITLES, "زعيم", "شيخ")
BODY_OFFICE_BODIES: tuple[str, ...] = ("فصيل", "كتيبة", "عشيرة", "قبيلة", "لواء", "سرية")
# (round ar152) The possessive pronouns on an office that names a source ("، بحسب رئيسه،"،
# "وفق مديرتها"): whose office it is, the body the sentence opens with, is read from the text.
POSSESSED_TITLE_SUFFIXES: tuple[str, ...] = ("ها", "ه")
# (round ar192) A call, then the count that moved it ("ودعت المنظمة إلى ...، بعد أن أحصت
# وفاة 28 مهاجرا"، "، بعدما وثق مقتل ..."): the words that open the count's clause.
CALL_COUNT_AFTER: tuple[str, ...] = ("بعدما",)
# ... the prepositions a call's words open on, and the roots of the counting and
# documenting verbs, which a text must hold for any of it to be read
CALL_COUNT_PREPOSITIONS: tuple[str, ...] = ("إلى", "على")
CALL_COUNT_ROOTS: tuple[str, ...] = ("احص", "وثق")
CALL_COUNT_AFTER_THAT: tuple[tuple[str, ...], ...] = (("بعد",), ("أن", "ان"))
# (round ar192) "A number of" people as a speaker ("وأكد عدد من الباعة أن"، "وقال عدد كبير
# من السكان إن"): the count's head with "من" after it, speaking for the group (a toll in
# construct, "عدد القتلى"، says nothing); the adjectives that may stand before "من".
NUMBER_OF_HEADS: tuple[str, ...] = ("عدد",)
NUMBER_OF_ADJECTIVES: tuple[str, ...] = ("كبير", "قليل", "محدود")
# (round ar192) A road named by its two ends joined by a dash, in a speaker's description
# ("أحد سائقي الشاحنات على محور البلدة - المدينة"، "سائق على خط حمص - طرطوس"): the heads
# that name such a road, and the dashes.
ROUTE_NOUNS: tuple[str, ...] = ("محور", "خط", "طريق", "الطريق", "مسار", "أوتوستراد")
ROUTE_DASHES: tuple[str, ...] = ("-", "–", "—")
ROUTE_END_WORDS: int = 3  # the words of the road's second end ("عين البيضاء الجديدة")
# (round ar192) The words that open the time of saying set in commas after the name that
# closes a source at the end of a sentence ("، وفق ما أعلنه مديرها، العقيد فلان، مساء
# الأحد."): today, yesterday, the parts of a day and the weekdays.
CLOSING_SOURCE_TIMES: tuple[str, ...] = (
    "اليوم", "أمس", "مساء", "صباح", "ظهر", "فجر", "ليل", "ليلة", *WEEKDAYS)
# Who a person is, by what he owns or by kin, set between commas after his name ("ويقول عمر
# بن سميط، صاحب محل لبيع المثلجات، ان"، "روى مهند العبيدي، شقيق العريس، ان"): like an office
# there, it describes the one named, and a later mention ("وان ..."، "مضيفا") is the name.
# ("مالك", owner, is left out: it is as often the given name Malik.) So is one of a group
# ("وقال فلان، أحد وجهاء القبيلة، إن ...، وإن": the second clause is the name's).
APPOSED_DESCRIPTION_HEADS: tuple[str, ...] = (
    "صاحب", "صاحبة", "شقيق", "شقيقة", "والد", "والدة", "زوجة", "نجل", "جار", "جارة",
    "أحد", "إحدى",
    # (round ar152) more kin: "وقال خالد عبيد، ابن عم السائق، إن ... وإن ..." (not "أم"،
    # "أبو", which open a kunya, another name for the same person)
    "ابن", "ابنة", "عم", "عمة", "خال", "خالة", "زوج", "أخ", "أخت", "قريب", "قريبة",
    "حفيد", "حفيدة",
)
# Verbs with an object pronoun that relay words said before: "نقلها التلفزيون" (whatever the
# pronoun's gender: "في بيان بثته قناة ..."، "في بيان أوردته وكالة ...").
RELAYING_VERBS_WITH_IT: tuple[str, ...] = (
    "نقلها", "نقله", "نقلتها", "نقلته", "أوردها", "أورده", "أوردته", "أوردتها", "بثها", "بثه",
    "بثته", "بثتها")
# Words with the shape of a derived verbal noun (إفعال، افتعال، انفعال، استفعال، تفعيل) that
# are names or bodies: after "، وأعلنت" they are a new subject ("وأعلنت إيران"، "وأعلنت
# تركيا"، "وأعلن ائتلاف ..."), not the object of an act announced ("وأعلنت إرسال قوة").
# "فتح" (the movement, and the masdar of opening) has no derived shape and keeps its reading.
MASDAR_SHAPED_NAMES: tuple[str, ...] = (
    "إيران", "إصلاح", "إنقاذ", "ائتلاف", "استقلال", "اعتدال", "إسلام", "أسامة", "إيهاب",
    "إيمان", "إحسان", "إكرام", "إنعام", "إبراهيم", "تيسير", "تحرير", "توحيد", "تكريت",
    "إسطنبول", "اتحاد")
# Verbs of pledging and demanding whose "بـ" + an act's verbal noun after "، و" is the
# carried subject's words even when a noun with "ب" follows ("، وتعهد بكشف بقية المتورطين"):
# a bare three-letter noun after "ب" is an act there ("بكشف"، "بنشر"), no city's name.
PLEDGED_ACT_VERBS: tuple[str, ...] = ("تعهد", "تعهدت", "وعد", "وعدت", "طالب", "طالبت")
# Verbs of making a count or a report, with its pronoun, inside an attribution ("وفقا لإحصاء
# أعدته مديرية الشرطة، التي دعت ..."، "بحسب تقرير أصدرته المنظمة، التي طالبت ..."): their
# subject made the figures, and a relative after it describes that body, not the report.
REPORT_MAKING_VERBS: tuple[str, ...] = (
    "أعدته", "أعدتها", "أعده", "أعدها", "أصدرته", "أصدرتها", "أصدره", "أصدرها", "أجرته",
    "أجرتها", "أجراه", "أجراها", "نشرته", "نشرتها", "نشره", "نشرها")
# Verbal nouns and words that open the object of a verb of announcing or denying ("أعلنت
# الوزارة مقتل ..."، "نفت الوزارة هذه الأرقام"، "أكد رفضه ..."، "أعلن المسؤولية عن ...").
OBJECT_NOUNS: tuple[str, ...] = (
    "مقتل", "إصابة", "اعتقال",
    # the Levant's word for an arrest: "وأعلنت توقيف تسعة أشخاص"
    "توقيف",
    "مصرع", "سقوط", "وصول", "عن", "استشهاد", "وقوع", "اندلاع",
    "انفجار", "سماع", "تعرض", "ارتفاع", "مصادرة", "رفض", "رفضه", "رفضها", "مسؤوليته",
    "مسؤوليتها", "تأييد", "دعم", "المسؤولية", "مسؤولية", *ANNOUNCED_MEASURES,
    # bodies recovered or found: "أعلنت وزارة الصحة في إقليم كردستان انتشال جثث 7 أشخاص"
    "انتشال", "العثور",
    # a demonstrative opens the object ("نفت الوزارة هذه الأرقام")
    *DEMONSTRATIVES,
    *DENIED_OBJECT_HEADS)
# The object pronoun suffixes of a verb of saying, folded, longest first ("دعاهم"، "وصفتها"،
# "وصفته").
OBJECT_PRONOUNS_THEM_HER_HIM: tuple[str, ...] = ("هم", "ها", "ه")
# The endings of a plural verb, past and present ("قالوا"، "يقولون").
PLURAL_VERB_ENDINGS: tuple[str, ...] = ("وا", "ون")
# What a feminine past's "ت" stands for in the masculine, folded: nothing, "ى" or "ا" ("قالت"
# -> "قال"، "نفت" -> "نفى"، "دعت" -> "دعا").
MASCULINE_PAST_ENDINGS: tuple[str, ...] = ("", "ي", "ا")
# The object pronoun suffixes "her" and "him", longest first ("ذكرته"، "أعلنتها").
HER_HIM_SUFFIXES: tuple[str, ...] = ("ها", "ه")
# The past of considering, in its persons, folded ("واعتبرته جريمة"، "اعتبرت"، "اعتبروه"):
# with an object pronoun, a quote after it is the speaker's words.
CONSIDERED_VERBS: tuple[str, ...] = ("اعتبر", "اعتبرت", "اعتبرو")
# The singular present of demanding ("ويطالب القرار جماعة الحوثي بـ ..."): a text that demands
# is the speaker.
DEMAND_PRESENT_SINGULAR: tuple[str, ...] = ("يطالب", "تطالب")
# The present of accusing, in its persons ("قوات الدعم السريع، التي تتهمها الحكومة بشن هجمات
# ..."): an accusation told in a relative clause.
ACCUSE_PRESENT_VERBS: tuple[str, ...] = ("تتهم", "يتهم", "يتهمون")
# The conjunction that opens a clause of its own before the present of accusing ("وتتهم
# الحكومة الحوثيين بزرع ..."، "، وتتهمها الحكومة بارتكاب ..."): with the accuser after the
# verb the accusation is told as the perfect "واتهمت" tells it.
ACCUSE_PRESENT_OPENER: str = "و"
# Particles that stand between a comma and the same subject's next verb of saying ("،
# وقد دعت المتطوعين إلى ..."، "، ثم أعلنت ..."): they tell the tense or the order, and the
# verb after them still opens a report of its own.
NEXT_REPORT_PARTICLES: tuple[str, ...] = ("قد", "وقد", "ثم")
# The preposition of insisting before its complementizer ("شدد على أن"، "أصر على أن").
INSISTING_PREPOSITION: str = "على"
# The singular present of accusing: a plural verb before its subject has none of its own
# after it ("ويتهمون الجيش بـ": "they accuse the army").
ACCUSE_PRESENT_SINGULAR: tuple[str, ...] = ("تتهم", "يتهم")
# The perfect of accusing that a present one opening its clause stands for.
ACCUSE_PERFECT: str = "اتهم"
# (round ar154) Bodies of kin or fighters that accuse in a clause describing them, the
# accused as the verb's pronoun and the charge at once ("المهاجمين من عشيرة مجاورة
# تتهمهم بقتل أحد أبنائها"، "من القبيلة التي تتهمهم بسرقة مواشيها"): with or without the
# article; a court's charge ("يتهمه الادعاء بـ") names its accuser after the verb.
ACCUSING_BODY_HEADS: tuple[str, ...] = (
    "عشيرة", "قبيلة", "عائلة", "أسرة", "جماعة", "ميليشيا", "حركة", "فصيل", "حزب", "عصابة",
)
ACCUSING_BODY_MAX_ADJECTIVES: int = 2
# (round ar182) How many words may name an accuser between "أن" and its verb inside
# reported words ("أن النيابة العامة المصرية اتهمتهم بـ").
ACCUSER_AFTER_THAT_MAX_WORDS: int = 3
# (review of round ar154) The endings of a feminine head of those bodies, folded (the ta
# marbuta is "ه"; "ميليشيا"), and the present's person prefixes ("تـ" she, "يـ" he): a body
# is the accuser only when the verb agrees with it ("عشيرة تتهمهم"، "حزب يتهمه"); otherwise
# it is the accused ("العصابة التي يتهمها الأهالي"، "الحزب الذي تتهمه الشرطة").
ACCUSING_BODY_FEMININE_ENDINGS: tuple[str, ...] = ("ه", "ا")
ACCUSING_BODY_PERSON_PREFIXES: tuple[str, str] = ("ت", "ي")
ACCUSING_BODY_PLURAL_MARK: str = "ون"  # "يتهمونهم": the members, with any body
# The object pronoun suffixes "him", "her" and "them" ("تتهمه"، "تتهمها"، "تتهمهم").
HIM_HER_THEM_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم")
# The prepositions of a medium, folded: "في بيان"، "على تلغرام"، "عبر حسابه".
MEDIUM_PREPOSITIONS: tuple[str, ...] = ("في", "علي", "عبر")
# Words whose "وال" is their root, not "و" and the article: "والي الخرطوم"، "والد الضحية".
WAW_ROOTED_WORDS: tuple[str, ...] = ("والي", "والد", "والدة", "والدا", "والدي", "والدته", "والده")
# The letters that open most verbal nouns ("مقتل"، "استعداد"، "تعرض").
VERBAL_NOUN_PREFIXES: tuple[str, ...] = ("م", "ا", "ت")
# The article, the prepositions and the conjunctions written on the word after them ("الوزير"،
# "بالقول"، "لوكالة"، "كذلك"، "وأكد"، "فقال"): a word opening with one is no object pronoun.
CLITIC_PREFIXES: tuple[str, ...] = ("ال", "ب", "ل", "ك", "و", "ف")
# The past of accusing, in its persons ("اتهم الجيش المسلحين بـ ..."، "اتهمت"، "اتهموا").
ACCUSING_PAST_VERBS: tuple[str, ...] = ("اتهم", "اتهمت", "اتهموا")
# Replying, which may be done by an act ("رد المسلحون بقصف البلدة") as well as in words.
REPLY_VERBS: tuple[str, ...] = ("رد", "ردت", "ردوا")
# Verbs of publishing and broadcasting with an object pronoun ("في بيان نشرته الوزارة"، "بثه
# التلفزيون"): the publisher of words, not their speaker.
PUBLISHED_IT_VERBS: tuple[str, ...] = (
    "نشرته", "نشرتها", "نشره", "نشرها", "بثته", "بثه", "بثتها", "بثها")
# The endings of a verb with an object pronoun, folded ("دعاه"، "أكدها"، "أبلغهم"، "حثهما").
OBJECT_PRONOUN_ENDINGS: tuple[str, ...] = ("اه", "ها", "هم", "هما")
# The verb of warning, past and present, masculine and feminine ("حذر"، "يحذر"، "حذرت"،
# "تحذر").
WARNING_VERBS: tuple[str, ...] = ("حذر", "يحذر", "حذرت", "تحذر")
# Plurals of people that can be a subject of saying ("قال سكان إن ..."، "أكد الأهالي"، "حذر
# خبراء"، "قال وجهاء").
PEOPLE_PLURALS: tuple[str, ...] = (*PERSON_PLURALS, "سكان", "أهالي", "الأهالي", "مواطنون",
    "أطباء", "خبراء", "مسؤولون", "ناشطون", "نشطاء", "علماء",
    "وزراء", "زعماء", "قادة", "شيوخ", "وجهاء")
# (round ar188) The masculine plural ending of a participle ("داعين"، "مطالبين"): it agrees
# with a plural of people opening its sentence ("ورحب شيوخ عشائر بالخطة، داعين إلى ...").
PLURAL_PARTICIPLE_ENDING: str = "ين"
# ... and the prepositions of the place those people are from ("شيوخ عشائر في قضاء ..."،
# "وجهاء قبائل من المنطقة الشرقية").
PEOPLE_PLACE_PREPOSITIONS: tuple[str, ...] = ("في", "من")
# The "كما" ("also") opening a sentence, with and without "و" ("كما عبرت المنظمة عن ..."): its
# verb follows.
ALSO_KAMA: tuple[str, ...] = ("كما", "وكما")
# What may follow the two-letter medium "نص" (text), folded: nothing, a pronoun ("نصه"،
# "نصها"، "نصهم") or the "وص" of the plural ("نصوص"); "نصار" is a family name.
MEDIA_SHORT_TAILS: frozenset[str] = frozenset(("", "ه", "ها", "هم", "وص"))
# The endings of a dual or a sound masculine plural ("الطرفان"، "الطرفين"، "المسؤولون"): a
# verb before such a subject stays singular.
DUAL_AND_PLURAL_ENDINGS: tuple[str, ...] = ("ان", "ين", "ون")
# Verbs of declining or refraining, masculine and feminine ("رفض التعليق"، "امتنعت عن"،
# "تجنب"، "تحفظت"): no words said.
DECLINING_VERBS: frozenset[str] = frozenset((
    "رفض", "رفضت", "امتنع", "امتنعت", "تجنب", "تجنبت", "تحفظ", "تحفظت"))
# What opens denied or reported words, never a name, folded: "أي" (any), a negation, "ما", a
# demonstrative.
# "One of" opening a mourned or announced member ('ونعى "حزب الله" في بيان أحد عناصره'):
# after a quoted name, it marks the name as the verb's subject and this as its object.
ONE_OF_MEMBERS: tuple[str, ...] = ("أحد", "إحدى")
NOT_A_NAME_START: frozenset[str] = frozenset(("اي", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك"))
# The prepositions and conjunctions a quoted object is followed by, folded (with the full
# stop): "نفى «الاتهامات» في بيان".
AFTER_QUOTED_OBJECT: frozenset[str] = frozenset((
    "في", "من", "علي", "الي", "عن", "منذ", "خلال", "بعد", "قبل", "مع", "ضد", "او", "و", "."))
# Endings that make a word an accusative, a suffixed object or an adjective, folded, not a
# family name ("دعا النائب عمر الحكومة"، "أبلغهم"، "اليمنية"، "القوات"، "المسلحين").
OBJECT_OR_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ا", "هم", "ها", "يه", "ات", "ين")
# Endings of an accusative, a suffixed object or a feminine nisba, folded ("حكوميا"، "دعاهم"،
# "أبلغها"، "الوطنيه").
OBJECT_OR_NISBA_ENDINGS: tuple[str, ...] = ("ا", "هم", "ها", "يه")
# Endings of a feminine nisba, an oblique plural or an accusative, folded ("الوطنيه"،
# "المسلحين"، "رسميا").
NISBA_PLURAL_ACCUSATIVE_ENDINGS: tuple[str, ...] = ("يه", "ين", "ا")
# The writer asking: "وحين سألت مسؤولا في البلدية عن ...، اكتفى بالقول إن"، "وسألنا".
WRITER_ASKING: tuple[str, ...] = ("سألت", "سألنا", "وسألت", "وسألنا")
# Openers of a clause with its own verb and subject inside a sentence, with and without "و"
# ("فيما"، "بينما").
# (round ar157) The complementizers with a plural or dual pronoun: after a singular verb of
# saying ("أوقفت عشرة موظفين قالت إنهم ..."), they point to a plural object, not the verb's
# subject.
PLURAL_PRONOUN_COMPLEMENTIZERS: tuple[str, ...] = ("إنهم", "إنهما", "إنهن", "انهم", "انهما",
                                                   "انهن")
WHILE_OPENERS: tuple[str, ...] = ("فيما", "وفيما", "بينما", "وبينما")
# Words that follow "preferring" or "asking" with no name ("، فضل عدم ذكر اسمه،"، "طلب أن"):
# the one who asked not to be named.
NOT_NAME_AFTER: tuple[str, ...] = ("عدم", "أن", "ان")
# "باسم" links a title to what it speaks for ("المتحدث باسم الجيش"): no act.
SPEAKING_FOR_WORDS: tuple[str, ...] = ("باسم",)
# The noun "number" before a document's figure ("القرار رقم 2254"): the figure names the
# document, it counts nothing.
NUMBER_NOUNS: tuple[str, ...] = ("رقم",)
# A call told by its verbal noun after a preposition of time or cause ("بعد أيام من دعوة
# المبعوث الأممي الأطراف إلى ..."، "عقب دعوة الأمين العام جميع الأطراف إلى ..."،
# "استجابة لدعوة المنظمة السكان إلى ..."): the caller right after the noun, then the ones
# called on, then the call, read as after "دعا". The noun with its own "ل" counts too.
CALL_MASDARS: tuple[str, ...] = ("دعوة", "لدعوة")
# The words before the verbal noun that make it an event in time (not "تلقى دعوة").
CALL_MASDAR_AFTER: tuple[str, ...] = (
    "من", "بعد", "عقب", "إثر", "اثر", "رغم", "قبل", "وسط", "منذ", "استجابة", "تلبية")
# How many words a quotation right after a sub-group's "بينهم" may hold for its marks to
# be set aside like scare quotes: 'بينهم "قيادي بارز" في التنظيم'، 'وإن بينهم "أميرا"'.
QUOTED_SUBGROUP_MAX_WORDS: int = 3
# The event a figure's verb followed, named with its article after "بعد"/"قبل" ("اعتقلت 23
# مشتبها به بعد الهجمات، وإن بينهم ..."): it dates that verb, as "بعد ساعات" does, and
# opens no clause of its own.
DATING_EVENTS: tuple[str, ...] = ("الهجوم", "الهجمات", "الحادث", "الحادثة", "التفجير",
                                  "التفجيرات", "الاشتباكات")


# The article with the clitics before it, folded: a definite dual names two already named.
DEFINITE_OPENINGS: tuple[str, ...] = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")

# --- round ar113: the parts of a toll ----------------------------------------------
# "Among them" in every person and number ("بينهم"، "بينهما"، "وبينهن"), before the part
# of a toll: the forms above with their clitic "و".
PART_MARKERS: tuple[str, ...] = tuple(
    f for w in (*AMONG_THEM_WORDS, *PRONOUN_PREPOSITIONS) if w.startswith("بين")
    for f in (w, "و" + w))
# "Of them" after the count of a part ("خمسة منهم"، "اثنتان منهن"، "أحد منهما").
PART_PARTITIVES: tuple[str, ...] = tuple(
    w for w in PRONOUN_PREPOSITIONS if w.startswith("منه"))
# The part before "بين القتلى": "مصورا كان بين الضحايا"، "طفلا من بين الجرحى".
PART_BEFORE_WORDS: tuple[str, ...] = ("كان", "كانت", *DUAL_WAS_VERBS, "من")
# A toll's noun holding its members ("القتلى يضمون جنديين"، "وضمت قائمة القتلى طبيبا"):
# the verbs of holding of COMPOSED_OF ("تضم"، "يضم") with their other persons and tenses.
TOLL_HOLDS_VERBS: tuple[str, ...] = (
    *(w for w in COMPOSED_OF if w.endswith("ضم")), "يضمون", "ضم", "ضمت", "وضمت", "وتضم",
    "تضمنت", "وتضمنت")
TOLL_LIST_NOUNS: tuple[str, ...] = ("قائمة",)
# "The rest" of a toll told before, right before its "بينهم" ("أفرج عن أربعة منهم، ونقل
# الباقون، وبينهم ثلاثة فتيان، إلى السجن"): the part is of that toll, though a clause of
# its own opened between.
REST_OF_TOLL: tuple[str, ...] = ("الباقون", "الباقين", "البقية", "والباقون", "والباقين",
                                 "والبقية")
# Verbs of some of the displaced arriving where they fled ("وأن نحو 7 آلاف منهم وصلوا إلى
# المخيم"), beside the verbs of flight (OUTCOME_AFTER).
PART_ARRIVED_VERBS: tuple[str, ...] = ("وصلوا", "وصل", "وصلن")
# People a list of the harmed names one by one ("بينهم سائحتان"، "بينهم مراهقان"، "بينهم
# قائد الفرقة ومتدرب"): their singulars, from which the parts' reader also forms the duals.
PERSON_SINGULAR = (*PERSON_SINGULAR, "سائح", "سائحة", "مراهق", "مراهقة", "متدرب", "متدربة",
                   "نادل", "نادلة", "أكاديمي", "أكاديمية", "متضامن", "متضامنة")

# --- round ar116: counts in the dual, tolls told by "عدد", the hurt told by treatment --
# The noun that opens a running toll ("بلغ عدد القتلى ... 606 أشخاص").
TOLL_COUNT_NOUNS: tuple[str, ...] = ("عدد",)
# A few words of time or place may stand between the toll's noun and its figure ("منذ 8
# تشرين الأول الماضي"، "في المدينة"): how many at most.
TOLL_PHRASE_WORDS = 9
# Words after a number that make it a date or a time, not the toll: the month names
# above, and the nouns of a span of time.
TOLL_TIME_AFTER: tuple[str, ...] = ("ساعة", "ساعات", "يوما", "أيام", "أسابيع", "أشهر", "شهور",
                                    "أعوام", "سنوات", "عاما", "الماضي", "الماضية")
# The passive of treating ("عولج العشرات من الاختناق") and what the treated suffered from:
# the choking the corpus counts with the wounded.
TREATED_PASSIVES: tuple[str, ...] = ("عولج", "عولجت", "عولجوا", "وعولج", "فيما عولج")
TREATED_FROM: tuple[str, ...] = ("الاختناق", "اختناق", "حالات", "استنشاق")
# The hurt taken to hospital ("ثلاثة من المهاجرين نقلوا إلى المستشفى مصابين بكسور"):
# the verb of carrying, the hospital, and the word of hurt that closes the span.
CARRIED_VERBS: tuple[str, ...] = ("نقلوا", "نقلا", "نقل", "نقلت", "ونقل", "ونقلوا", "نقلتا")
HOSPITAL_WORDS: tuple[str, ...] = ("المستشفى", "مستشفى", "المستشفيات", "مستشفيات")
HURT_STATE_WORDS: tuple[str, ...] = ("مصابين", "مصابون", "مصابا", "مصابة", "مصابتين",
                                     "مصابان", "جرحى")
# The verbs of falling that, after a count mourned by MOURNING_VERBS, tell the death
# ("نعى الحزب اثنين من مقاتليه سقطا في المواجهات"); alone, the mourned count is no
# figure (the blind sets' call in most of their texts).
FELL_AFTER_MOURNING: tuple[str, ...] = ("سقط", "سقطا", "سقطوا", "سقطت", "سقطتا", "ارتقى",
                                        "ارتقيا", "ارتقوا")
# Person nouns whose "-ين" is also a participle ("عاملين في المجال الإنساني"): two only
# with a nisba adjective of the same ending right after them ("عاملين تونسيين").
DUAL_WITH_NISBA: tuple[str, ...] = ("عاملين", "عاملان")
# Duals the forms above leave out: "شرطيين", whose sound plural news hardly writes (the
# blind sets read it as two in every text: "مقتل شرطيين"، "بين القتلى شرطيين"), and the
# nominative "عضوان" ("قتل عضوان في لجنة"), "عضو" being no person noun of its own.
PERSON_DUAL = (*PERSON_DUAL, "شرطيين", "عضوان")
# The oblique dual in construct of the broken-plural persons ("خطف شيخي عشيرة"), after an
# outcome verb only: alone "شيخي" is also "my sheikh".
CONSTRUCT_DUAL_STEMS: tuple[str, ...] = BROKEN_PLURAL_PERSONS
# "With them" between an outcome verb and its dual object ("اقتادوا معهم شابين").
WITH_THEM_WORDS: tuple[str, ...] = ("معهم", "معه", "معها", "معهما")

# --- round ar115: prisoner exchanges, fates unknown --------------------------------
# The nouns of an exchange or a deal between two holders ("تبادل 46 أسيرا"، "في عملية
# تبادل"، "بوساطة قبلية"): the people each side releases there were prisoners of war or
# hostages, captured by the corpus rules even when a state lets them go.
EXCHANGE_NOUNS: tuple[str, ...] = ("تبادل", "صفقة", "وساطة")
# What an exchange of fire or of words has after its noun: no people are traded.
EXCHANGE_OF_THINGS: tuple[str, ...] = ("إطلاق", "لإطلاق", "النار", "الاتهامات", "الرسائل",
                                       "الخبرات", "الزيارات", "المعلومات", "الآراء")
# An exchange only agreed or still to come ("اتفقا على تبادل"، "نص على ... وتبادل"،
# "تبادل 1,200 محتجز مرهون بجولة"): the blind sets' gold counts nobody in it.
EXCHANGE_PENDING: tuple[str, ...] = ("اتفاق", "اتفقا", "اتفق", "نص", "ينص", "يقضي", "تقضي",
                                     "مرهون", "مرهونا", "سيتم", "ستتم", "المرتقب", "المقترح",
                                     "المقبل", "المقبلة", "يبحث", "يبحثان", "تبحث", "بحث",
                                     "جولة", "الجولة", "الحديث", "مسودة")
# ... and the preposition of agreeing right before the exchange's noun ("على تبادل").
EXCHANGE_AGREED_ON: tuple[str, ...] = ("على",)
# The held after a count in an exchange ("31 محتجزا"، "46 أسيرا"، "15 ألف أسير").
EXCHANGED_CAPTIVES: tuple[str, ...] = ("أسير", "أسيرا", "أسرى", "محتجز", "محتجزا",
                                       "محتجزين", "معتقل", "معتقلا", "معتقلين", "مختطف",
                                       "مختطفا", "مختطفين", "رهينة", "رهائن")
# The words of a detention an exchange ends ("وساطة تنهي احتجاز 22 شخصا"), whose arrested
# reading becomes a capture there; an arrest ("اعتقل") stays the state's.
EXCHANGE_HELD_WORDS: tuple[str, ...] = ("احتجاز", *EXCHANGED_CAPTIVES)
# Two armed groups as the releasers ("أفرجت مجموعتان مسلحتان عن 22 محتجزا"): the duals of
# the armed holders, for the held nouns the other release readers leave to a deal.
ARMED_HOLDER_DUALS: tuple[str, ...] = ("مجموعتان", "مجموعتين", "جماعتان", "جماعتين",
                                       "فصيلان", "فصيلين", "مسلحتان", "مسلحتين")
# The other side of a war as the releaser ("أطلق الطرف الآخر سراح تسعة"), beside the dual.
WAR_SIDES = (*WAR_SIDES, "الطرف", "الجانب")
# A fate unknown told by not knowing it ("لم يعرف مصير 40 شخصا"، "لا نعرف مصير أكثر من
# عشرين شخصا"): missing, as the forty-seventh set's gold. "مصير سبعة ... مجهولا" stayed no
# figure, the earlier sets' majority, until round ar163 read the fate of counted people
# with "still" (FATE_REMAINED_VERBS) as missing, as the later sets do.
NOT_KNOWING: tuple[str, ...] = ("لا", "لم", "ولا", "ولم")
KNOW_VERBS: tuple[str, ...] = ("يعرف", "نعرف", "تعرف", "يعلم", "نعلم", "تعلم", "يعرفون",
                               "تعرفون")
FATE_NOUNS: tuple[str, ...] = ("مصير",)
# (round ar163) The counted right before not knowing their own fate ("جنديين اثنين لم
# يعرف مصيرهما"): the impersonal "it is not known" only, with no "و" opening a clause of
# its own ("تلميذين لا نعرف مصيرهما" is a speaker's own loss, "ولا يعرف مصيرهم" may follow
# a taking told before).
NOT_KNOWING_BARE: tuple[str, ...] = ("لا", "لم")
KNOW_IMPERSONAL: tuple[str, ...] = ("يعرف", "يعلم")
# Remaining, as "still" is, right before the fate ("ظل مصير ثمانية أطفال مجهولا"، "وبقي مصير
# ستة بحارة غامضا"); "وظل" whole, as its two letters keep "و" on.
FATE_REMAINED_VERBS: tuple[str, ...] = ("ظل", "وظل", "بقي", "يظل", "يبقى")
# "ما زالوا مجهولي المصير": the adjective of the counted, a state noun as "مفقودين" is.
UNKNOWN_FATE_ADJECTIVES: tuple[str, ...] = ("مجهولي", "مجهولو")
FATE_DEFINITE: tuple[str, ...] = ("المصير",)

# --- round ar117: one person or a part told by a pronoun, "أحد" or a state after it ---
# The predicate after "أحدهم" that names its own outcome ("وأحدهما جريح"، "أحدهم مصاب"):
# ONE_OF_THEM_STATES holds the singular nouns; their accusative follows a verb of finding
# or showing ("أحد السائقين وجد مصابا"، "أحد الأسرى يظهر مصابا").
ONE_FOUND_STATES: dict[str, str] = {
    **dict.fromkeys(("مصابا", "مصابة", "جريحا", "جريحة"), "wounded"),
    **dict.fromkeys(("مقتولا", "ميتا"), "killed"),
}
# The adjective of an outcome after "أحد" and a definite plural of people ("أحد العسكريين
# الجريحين"، "أحد السائقين المحررين"): the one is of that outcome.
ONE_OF_OUTCOME_ADJECTIVES: dict[str, str] = {
    **dict.fromkeys(("الجريحين", "الجرحى", "المصابين"), "wounded"),
    # (not "المحررين": the blind sets leave "أحد المحررين" who speaks unread)
    **dict.fromkeys(("المخطوفين", "المختطفين"), "captured"),
}
# A bare ordinal standing for one more person of a toll, next to the verb of his outcome
# ("وفارق رابع الحياة"، "وأسرت رابعا جريحا"، "رابعا فارق الحياة") or after a person noun
# before it ("ثالث طبيب أسنان يقتل"): one, the verb's outcome. Only the masculine
# indefinite forms: "رابع أيام العيد" has no verb beside it, "للمرة الثالثة" is definite.
ONE_MORE_ORDINALS: tuple[str, ...] = tuple(
    w + end for w in ("ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")
    for end in ("", "ا"))
# How many words of a person noun ("طبيب أسنان") stand between the ordinal and its verb.
ONE_MORE_NOUN_WORDS = 3
# One more told by a bare singular noun of an outcome joined after a toll ("قتل ثلاثة
# أشخاص وجريح آخر"، "ثلاثة قتلى ومفقود") or after "إضافة إلى" ("قتيلين إضافة إلى جريح
# آخر"): SINGULAR_OUTCOME_NOUNS holds the nouns.
ONE_MORE_BESIDES: tuple[str, ...] = ("إضافة", "بالإضافة", "اضافة", "بالاضافة")
ONE_MORE_OTHER: tuple[str, ...] = ("آخر",)
# What the blind sets read as said of one of a toll of the dead or the hurt after "أحدهم":
# who he is (PERSON_SINGULAR, and the owner: "أحدهما صاحب المحل"), his state ("في حالة
# حرجة") or one of these verbs of the body and the loss ("أحدهم انتشل من تحت الأنقاض"،
# "وأن أحدهم فقد بصره"). His age ("أحدهما يبلغ من العمر 17 عاما"، "أحدهما في الخامسة
# عشرة") and his treatment ("أحدهم خضع لعملية") they leave unread.
ONE_OF_THEM_NOUNS: tuple[str, ...] = ("صاحب", "صاحبة")
ONE_OF_THEM_TOLD_VERBS: tuple[str, ...] = ("انتشل", "انتشلت")
# ... and the loss of a sense or a limb (LIMB_LOSS_VERBS, then these stems: "فقد بصره"،
# "فقد إحدى ساقيه"), not of a thing ("فقد هاتفه").
ONE_LOST_STEMS: tuple[str, ...] = ("بصر", "سمع", "ساق", "يد", "قدم", "عين", "ذراع", "رجل",
                                   "أطراف", "طرف", "إحدى", "أحد")
ONE_OF_THEM_TOLL_OUTCOMES: tuple[str, ...] = ("killed", "wounded")
# A part of a toll told hurt by a plural participle after "منهم" ("اعتقلت القوة عشرة
# أشخاص، ستة منهم مصابون"): that many wounded, whatever the toll's outcome.
PART_HURT_PARTICIPLES: tuple[str, ...] = ("مصابون", "مصابين", "جرحى", "مصابان", "جريحان")
# The dual of parting from life after an aside in brackets that follows its dual subject
# ("الطفلين (7 و9 أعوام) فارقا الحياة"): two dead, as without the aside.
DUAL_PARTING_VERBS: tuple[str, ...] = ("فارقا", "فارقتا")
DUAL_ASIDE_WORDS = 8
# The count of two after the bodies' dual and the noun it holds ("جثماني مقاتلين اثنين"):
# the noun's "-ين" may be a plural, the count says two (so after the mourned, "نعت الحركة
# مقاتلين اثنين", casualty_mourned.py).
TWO_AFTER_BODIES: tuple[str, ...] = ("اثنين", "اثنتين")
# How far back (in tokens) the toll whose one "أحدهم" tells may stand.
ONE_OF_THEM_TOLL_REACH = 18


# --- round ar118: takings told verb first, two freed told by a dual ----------------
# Verbs of taking whose object may stand after the subject and a time or place phrase
# ("خطف مسلحون مجهولون صباح اليوم صاحب محل"، "اعتقلت القوات بعد ساعات شابين"), with the
# outcome they give. "أسر" alone is also "the families of", and "احتجز" takes its outcome
# from the holder, so neither is here.
TAKING_FIRST_VERBS: dict[str, str] = {
    **dict.fromkeys(("خطف", "خطفت", "خطفوا", "خطفا", "اختطف", "اختطفت", "اختطفوا",
                     "اختطفا", "اقتاد", "اقتادت", "اقتادوا", "أسرت", "أسروا"), "captured"),
    **dict.fromkeys(("اعتقل", "اعتقلت", "اعتقلوا"), "arrested"),
}
# Taking people along ("أن المهاجمين أخذوا معهم ثلاثة رعاة"، "واصطحب المسلحون معهم
# خمسة مزارعين"): the plain verbs of taking or accompanying are a capture only with "with
# them" (WITH_THEM_WORDS) right after them or after their subject, people as their object
# and attackers or an armed group (TAKEN_ALONG_DOERS, ARMED_HOLDERS) before the object in
# the sentence. Things taken ("أخذوا معهم الأموال") and people fleeing with their own
# ("نزح الأهالي وأخذوا معهم أطفالهم") stay unread.
TAKEN_ALONG_VERBS: tuple[str, ...] = ("أخذ", "أخذت", "أخذوا", "أخذا", "اصطحب", "اصطحبت",
                                      "اصطحبوا", "اصطحبا",
                                      # (round ar143) the present a witness tells what he
                                      # saw in ("رأينا المسلحين يأخذون أربعة من رفاقنا
                                      # معهم"); "with them" may follow the people taken
                                      "يأخذون", "يأخذ", "تأخذ", "يقتادون", "يصطحبون")
TAKEN_ALONG_DOERS: tuple[str, ...] = ("المهاجمين", "المهاجمون", "مهاجمين", "مهاجمون",
                                      "مجهولون", "مجهولين", "المجهولين", "المجهولون",
                                      "المسلحان", "مسلحان", "الخاطفان")
# Words of time a taking's gap may hold besides DAY_PARTS and WEEKDAYS.
TAKING_GAP_TIME_WORDS: tuple[str, ...] = ("اليوم", "امس", "أمس", "ذاتها", "نفسها", "ذاته",
                                          "نفسه", "الماضي", "الماضية", "الجاري",
                                          # "قبل يومين": the duals of time units
                                          "يومين", "ساعتين", "أسبوعين", "شهرين")
# Prepositions opening a time or place phrase in the gap (the object never stands right
# after one: "في منزل شاب" is the phrase's own noun).
TAKING_GAP_PREPOSITIONS: tuple[str, ...] = ("في", "على", "قرب", "خلال", "بعد", "قبل", "منذ",
                                            "عند", "داخل", "أثناء", "اثناء", "عقب", "من",
                                            "إلى", "الى", "عن", "مع", "لدى")
# A relative pronoun whose clause says how long ("الذي استمر ثماني ساعات") is passed over.
TAKING_GAP_RELATIVES: tuple[str, ...] = ("الذي", "التي")
# Words that open another clause inside a taking's gap.
TAKING_GAP_STOPS: tuple[str, ...] = ("ثم", "حتى", "لأن", "بسبب", "إثر", "اثر")


# --- round ar119: people told before their verb with words between; loss, bodies, reaping --
# The present of reaping in a headline ("قصف يحصد ثلاثة أطفال"), as "حصد" in the past,
# with the lives it takes between ("يحصد حياة أربعة عمال"); a rate after the people
# ("تحصد طفلا كل ثلاثة أيام") is no toll.
REAPING_PRESENT: tuple[str, ...] = ("يحصد", "تحصد")
REAPED_LIVES: tuple[str, ...] = ("حياة", "أرواح")
RATE_EVERY: str = "كل"
# How many words an age, a rank, an aside or a second group may hold between people told
# first and their verb ("فلاحا في الخمسين من عمره قتل").
FRONTED_GAP_REACH: int = 14
# A verb of arriving whose state after it tells the outcome ("ثلاثة شبان وصلوا المستشفى
# مصابين"), and the states that tell one.
ARRIVING_VERBS: tuple[str, ...] = ("وصل", "وصلت", "وصلا", "وصلتا", "وصلوا", "وصلن")
ARRIVED_STATES: dict[str, str] = {
    **dict.fromkeys(("مصابين", "مصابا", "مصابة", "مصابتين", "مصابون", "مصابان", "جرحى",
                     "جريحا", "جريحة", "بإصابات", "بإصابة", "بجروح"), "wounded"),
    # "الأطفال الثلاثة وصلوا جثثا": they arrived dead
    **dict.fromkeys(("جثثا", "جثة", "جثتين", "جثتان", "جثمانا"), "killed"),
}
# How far after the verb of arriving its state may stand ("وصلوا الى مستشفى ناصر بإصابات").
ARRIVED_STATE_REACH: int = 5
# A state after "still" reached over words between ("عاملا واحدا على الأقل ما زال في عداد
# المفقودين"): the noun after "في عداد".
STILL_COUNTED_AMONG: dict[str, str] = {"المفقودين": "missing", "المختطفين": "captured"}
# The negations before "زال".
STILL_NEGATIONS: tuple[str, ...] = ("ما", "لا")
# A relative pronoun right before the verb: the verb tells of someone the head names.
FRONTED_GAP_RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللتين")
# Words that take a pronoun right after an outcome verb and are no object of it ("قتل
# خلالها"، "أصيب أثناءه"، "قتل يومها"): any other possessed noun there is the verb's object,
# and the head before did it ("إن عقيدا متقاعدا في الجيش قتل خصمه").
FRONTED_NOT_OBJECT_STEMS: tuple[str, ...] = (
    "في", "خلال", "أثناء", "إثر", "بعد", "قبل", "من", "عن", "عند", "لدى", "داخل", "حول",
    "أمام", "خلف", "على", "مع", "بين", "تحت", "فوق", "عقب", "جراء", "يوم", "مساء", "صباح",
    "ليل", "وقت", "برفقت", "إلي", "لدي", "عل")
# What tells the single head counted ("عاملا واحدا").
ONE_AFTER_SINGULAR: tuple[str, ...] = ("واحدا", "واحدة")
# What may stand after the verb of meeting one's death ("لقيا حتفهما").
DEATH_MET_NOUNS: tuple[str, ...] = ("حتف", "مصرع")
# Nouns of a person that are also given names ("فلاح"), ranks written bare ("نقيب") or a
# member of a body ("عضو"), elsewhere a title before a name:
# a head of people told first only in the accusative, after "إن"/"أن" ("إن فلاحا ...
# قتل"، "أن نقيبا في الشرطة ... قتل"), where a name would not stand.
# (round ar160) ... and the held, who died in custody ("إن معتقلا في الثلاثين من عمره
# توفي"، "إن أسيرا من المخيم (45 عاما) استشهد"): their noun is an outcome's, read here
# only as the group of the verb after it.
FRONTED_HELD_PERSONS: tuple[str, ...] = ("معتقل", "أسير", "محتجز", "موقوف")
FRONTED_ACCUSATIVE_PERSONS: tuple[str, ...] = (
    "فلاح", "نجار", "حداد", "نقيب", "ملازم", "رائد", "عقيد", "عميد", "مقدم", "رقيب",
    "عريف", "مجند", "عضو", *FRONTED_HELD_PERSONS)

# --- round ar122: assassinations, deaths in custody, people freed, a person taken ------
# The passive of assassinating before who was killed ("اغتيل ضابطان في الشرطة"، "اغتيلت
# ناشطة أمام منزلها"): it has no subject, so the count stands right after it (tight), as
# after "قتل"; the active "اغتال" keeps its subject between.
ASSASSINATED_PASSIVES: tuple[str, ...] = ("اغتيل", "اغتيلت")
OUTCOME_TRIGGERS = {**OUTCOME_TRIGGERS, **dict.fromkeys(ASSASSINATED_PASSIVES, "killed")}
TIGHT_TRIGGERS = TIGHT_TRIGGERS | frozenset(ASSASSINATED_PASSIVES)
# The active verb of assassinating, always with its own subject ("اغتال مسلحان مجهولان
# الناشط"، "اغتالت إسرائيل قياديا"): a nominative dual or plural right after it is the
# killers; so is an armed one after the look-alike "قتل" when an indefinite accusative
# person (the victim) follows ("قتل مسلحان مجهولان ضابطا").
ASSASSINATING_ACTIVE: tuple[str, ...] = ("اغتال", "اغتالت", "واغتال", "واغتالت")
KILLING_ACTIVE_LOOKALIKES: tuple[str, ...] = ("قتل", "قتلت", "وقتل", "وقتلت")
# The words of an attempt before the assassination ("محاولة اغتيال"، "نجا من محاولتي
# اغتيال"): no killing.
ATTEMPT_NOUNS: tuple[str, ...] = ("محاولة", "محاولات", "محاولتي", "محاولتين", "لمحاولة",
                                  "بمحاولة", "ومحاولة", "ومحاولات")
# A death in custody of one held ("وفاة معتقل في سجن المدينة"، "توفي أسير فلسطيني"): the
# verbal noun or verb of dying, then the held one's noun, indefinite, killed 1 as the
# blind sets count deaths in custody.
# (round ar160) The martyr's death and the plain verb of dying say it too ("استشهاد أسير في
# سجن النقب"، "استشهاد أسيرين"، "ماتت محتجزة").
CUSTODY_DEATH_WORDS: tuple[str, ...] = ("وفاة", "ووفاة", "بوفاة", "توفي", "وتوفي", "توفيت",
                                        "وتوفيت", "استشهاد", "واستشهاد", "باستشهاد", "استشهد",
                                        "واستشهد", "استشهدت", "واستشهدت", "مات", "ومات",
                                        "ماتت", "وماتت")
HELD_ONE_NOUNS: tuple[str, ...] = ("معتقل", "أسير", "محتجز", "مختطف", "مخطوف", "نزيل",
                                   "معتقلة", "أسيرة", "محتجزة", "مختطفة", "مخطوفة", "نزيلة")
# ... and one wounded who died of the wounds ("بعد وفاة جريحة متأثرة بجروحها"); not "مصاب",
# also one ill ("وفاة مصاب بالكوليرا").
WOUNDED_ONE_NOUNS: tuple[str, ...] = ("جريح", "جريحة")
# ... not one held before and freed since ("وفاة معتقل سابق"، "وفاة أسير محرر").
HELD_FORMER: tuple[str, ...] = ("سابق", "سابقة", "محرر", "محررة", "مفرج", "مفرجا")
# One freed from captors, told by the verb of freeing (FREEING_WORDS): a hostage or one
# taken ("حررت القوات رهينة"، "تحرير مختطف"); other people only in the accusative after
# the verb and its subject ("حررت الشرطة طفلا مخطوفا"), since "حرر ضابط محضرا" (a report
# written) has the officer as its subject.
FREED_ONE_NOUNS: tuple[str, ...] = ("رهينة", "مختطف", "مختطفا", "مخطوف", "مخطوفا",
                                    "مختطفة", "مخطوفة")
# The unvowelled passive of taking after one told before it ("طفل خطف من أمام منزله"،
# "سائقا ماليا خطف قرب الحدود"، "طفل في العاشرة كان قد خطف"): the verb's object missing
# after it says it is the passive, and the one before is the one taken.
TAKEN_PASSIVES: dict[str, str] = {
    **dict.fromkeys(("خطف", "اختطف"), "masculine"),
    **dict.fromkeys(("خطفت", "اختطفت"), "feminine"),
}
# What may stand between the one taken and the verb: "had been" ("كان قد خطف").
TAKEN_HAD_BEEN: tuple[str, ...] = ("كان", "كانت", "قد")
# What follows the passive of taking and is no object of it: the places, times and means
# the passives take (PASSIVE_OUTCOME_FOLLOWERS, PASSIVE_PLACE_FOLLOWERS) and these.
TAKEN_FOLLOWERS: tuple[str, ...] = ("الأسبوع", "الشهر", "العام", "منذ", "أواخر", "مطلع",
                                    "أوائل", "يوم", "ليلة", "بينما", "وهو", "وهي", "على",
                                    "أيدي", "لدى", "الى", "إلى", "و")
# How many words may describe the one taken between the noun and the verb ("طفل في
# العاشرة من عمره كان قد خطف").
TAKEN_DESCRIPTION_WORDS: int = 6
# The armed and the doers of violence among the person nouns (casualty_one_held.py): one of
# them before "خطف" is the kidnapper, whatever follows ("مسلح خطف من السوق ..." is rarer
# than the reverse).
TAKEN_DOER_NOUNS: tuple[str, ...] = ("مسلح", "مهاجم", "انتحاري", "إرهابي", "تكفيري",
                                     "مستوطن", "مطلوب", "متهم", "مشتبه", "انتحارية")
# The verbal noun of freeing with its clitics, which takes its object at once ("تحرير
# مختطف"، "وتحرير رهينة"; casualty_one_held.py).
FREEING_NOUNS: tuple[str, ...] = ("تحرير", "بتحرير", "وتحرير", "لتحرير")
# The unnamed armed in the nominative, dual and plural, besides ARMED_NOUNS and
# ARMED_HOLDERS: killers when the look-alike "قتل" has a victim after them ("قتل مسلحان
# مجهولان ضابطا"; casualty_not_killed.py).
UNNAMED_KILLERS: tuple[str, ...] = ("مسلحان", "مسلحون", "مجهولان", "مجهولون")
# Peoples of the lists of migrants and workers taken or killed ("بينهم ستة سنغاليين
# وموريتانيان"), as the nationalities above; "مالي" is left out (also "financial").
PEOPLE_NISBAS_MORE: tuple[str, ...] = (
    "موريتاني", "سنغالي", "نيجيري", "تشادي", "صومالي", "إثيوبي", "إريتري", "جزائري",
    "مغربي", "تونسي", "هندي", "بنغالي", "نيبالي", "فلبيني", "غاني", "كاميروني", "غيني",
    "إيفواري", "سوداني", "بوركيني", "نيجري",
)
PERSON_SINGULAR = (
    *PERSON_SINGULAR, *PEOPLE_NISBAS_MORE,
    # a mosque's preacher ("اغتيال خطيب مسجد"), and a friend as the companion told with
    # his pronoun ("وأصيب صديق له")
    "خطيب",
)
PERSON_DUAL = (*PERSON_DUAL, *(w + "ان" for w in PEOPLE_NISBAS_MORE), "خطيبان")
COMPANION_NOUNS = (*COMPANION_NOUNS, "صديق", "صديقا")

# --- round ar124 ---
# The verb of carrying out an attack with the attack as its pronoun ("في هجوم نفذه أربعة
# مسلحين"، "في غارة شنتها طائرتان"): the count right after it is the attackers, who are no
# casualties (README), never the toll of the outcome verb before the attack.
ATTACK_CARRIED_VERBS: tuple[str, ...] = (
    "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "شنه", "شنها", "شنته", "شنتها",
    "شنوه", "شنوها", "تبناه", "تبناها",
)
# The fate with the counted's own pronoun, "still" beside it and an adjective of not
# knowing ("ما يربو على 30 شخصا لا يزال مصيرهم غير معروف"، "صياد خامس لا يزال مصيره
# مجهولا"، "شخصان مصيرهما ما زال مجهولا"): the counted are missing. The fate first, "مصير N
# ... مجهولا", reads as FATE_NOUNS says.
FATE_OWN_PLURAL: tuple[str, ...] = ("مصيرهم", "مصيرهما", "مصيرهن")
FATE_OWN_SINGULAR: tuple[str, ...] = ("مصيره", "مصيرها")
UNKNOWN_FATE_STATES: tuple[str, ...] = ("مجهولا", "مجهول", "غامضا", "غامض", "مجهولة")
# "غير معروف"، "غير معلوم": the negating noun, then what is not known.
UNKNOWN_FATE_NEGATED: tuple[str, ...] = ("غير",)
UNKNOWN_FATE_KNOWN: tuple[str, ...] = ("معروف", "معلوم", "واضح", "معروفا", "معلوما")
# A qualifier opening on "ما" with its clitic, which the two letters of "ما" keep from
# being split off ("وما يربو على 30 شخصا لا يزال مصيرهم"، "قدر عددهم بما يزيد على 300"،
# "بما لا يقل عن 500").
QUALIFIERS_BEFORE = (*QUALIFIERS_BEFORE, *(
    (clitic + phrase, qual) for phrase, qual in QUALIFIERS_BEFORE if phrase.startswith("ما ")
    for clitic in ("و", "ب")))
# Executions are killings (README): a headline's present ("السلطات تعدم خمسة أشخاص بتهمة
# التجسس"), tight as "يقتل" is, and the executed among whom some are named ("بين المعدومين
# فتى"), as "بين القتلى" is.
EXECUTING_PRESENT: tuple[str, ...] = ("يعدم", "تعدم", "يعدمون")
OUTCOME_TRIGGERS = {**OUTCOME_TRIGGERS, **dict.fromkeys(EXECUTING_PRESENT, "killed")}
TIGHT_TRIGGERS = TIGHT_TRIGGERS | frozenset(EXECUTING_PRESENT)
OUTCOME_NOUNS = {**OUTCOME_NOUNS, **dict.fromkeys(("المعدومين", "معدومين"), "killed")}
# A threat of the outcome, its verbal noun after "بـ" ("هددت الجماعة بإعدام ثلاثة رهائن"،
# "توعد بقتل"): what may still come, no figure. How many words (the threatener) may stand
# between the verb of threatening and the verbal noun.
THREATENED_OUTCOME_GAP: int = 3
# "قد" before a present of the outcome is "may" ("وقد يقتل المئات إذا استمر القصف"): a
# hypothetical, no figure (before a past it affirms: "قد قتل").
MAY_PARTICLES: tuple[str, ...] = ("قد", "وقد")
PRESENT_OUTCOME_VERBS: tuple[str, ...] = (
    "يقتل", "تقتل", "يقتلون", "يصيب", "تصيب", "يشرد", "تشرد", *HEADLINE_WOUNDING_PRESENT,
    "يغتال", "تغتال", "يغتالون", *EXECUTING_PRESENT)
# The possessives of a plural of people that make it definite in an estimated toll ("عدد
# زملائهم الذين احتجزتهم"، "عدد أبنائنا الذين").
PLURAL_OWNED_SUFFIXES: tuple[str, ...] = ("هم", "ها", "هن", "نا")
# Kidnappings and detentions counted as cases ("٥ قتلى وثلاث حالات خطف"): incidents, no
# people, also where the cases are joined after a toll (CASE_OUTCOMES leaves them out).
INCIDENT_CASE_WORDS: tuple[str, ...] = ("خطف", "اختطاف", "احتجاز")

# --- round ar125: people held or taken, by whom ----------------------------------------
# A group's plural after a count ends at "then", which opens the next clause ("خطف مسلحون
# تسعة رعاة ثم أطلقوا سراح ثلاثة منهم": the herders are the group, not the release).
COUNTED_GROUP_STOPS = (*COUNTED_GROUP_STOPS, "ثم")
# The subjunctive and the present plural of releasing take their part with "عن" as the
# past does ("قبل أن يفرجوا عن اثنين منهم").
RELEASE_WORDS_ABOUT = (*RELEASE_WORDS_ABOUT, "يفرجوا", "يفرجون", "يفرجا", "يفرجان")
# The present plural and dual of holding, whose subject stands before it: an armed holder
# there makes the holding a capture ("مسلحين يحتجزون 5 من العاملين"), the police or the
# army an arrest, as for HELD_PLURAL_VERBS.
HELD_PRESENT_PLURALS: tuple[str, ...] = ("يحتجزون", "يحتجزان", "تحتجزان", "يحتجزن")
# Pirates hold as an armed group does ("احتجز القراصنة أفراد الطاقم").
ARMED_HOLDERS = (*ARMED_HOLDERS, "القراصنة", "قراصنة")
# Verbs of holding read over their subject as TAKING_FIRST_VERBS are (casualty_taken_first.py),
# whose outcome the holder named between decides: an armed holder or unnamed doers
# ("مسلحون"، "مجهولون") capture, a state's force ("البحرية"، "دورية خفر السواحل") arrests.
# Leading away is decided the same way when its captor is named (LEADING_AWAY_VERBS).
HOLDING_FIRST_VERBS: tuple[str, ...] = ("احتجز", "احتجزت", "احتجزوا")
# Eleven with the article after a definite plural ("البحارة الأحد عشر"): "الأحد" alone is
# Sunday, so only before "عشر"/"عشرة" is it one of eleven.
DEFINITE_ELEVEN: tuple[str, ...] = ("الأحد", "الإحدى", "الحادي")
TEN_OF_TEENS: tuple[str, ...] = ("عشر", "عشرة")

# --- round ar129: headline singles, objects, duals, definite groups, companions -------
# A correspondent and a contractor are counted as the other trades are ("مقتل مصور وإصابة
# مراسل"، "مقتل متعاقد مدني").
PERSON_SINGULAR = (*PERSON_SINGULAR, "مراسل", "مراسلة", "متعاقد", "متعاقدة", "مصورة")
# A singular past verb of an outcome whose gender is not that of the one of them after it
# ("اعتقلت القوات 38 عاملا وأصابت أحدهم"، "وقتلت أحدهما"، "خطف إحداهن"): one of them cannot
# be its subject, so he or she is its object, one, the outcome the verb names. The verb
# agreeing with him ("قتل أحدهم": did one of them kill?) stays unread, as ONE_OF_THEM_VERBS
# tells.
ONE_OF_THEM_MASCULINE: tuple[str, ...] = ("أحدهم", "أحدهما")
ONE_OF_THEM_FEMININE_VERBS: dict[str, str] = {
    **dict.fromkeys(("قتلت", "أعدمت", "اغتالت"), "killed"),
    **dict.fromkeys(("أصابت", "جرحت"), "wounded"),
    **dict.fromkeys(("اعتقلت",), "arrested"),
    **dict.fromkeys(("خطفت", "اختطفت", "أسرت"), "captured"),
}
ONE_OF_THEM_MASCULINE_VERBS: dict[str, str] = {
    **dict.fromkeys(("قتل", "أعدم", "اغتال"), "killed"),
    **dict.fromkeys(("أصاب", "جرح"), "wounded"),
    **dict.fromkeys(("اعتقل",), "arrested"),
    **dict.fromkeys(("خطف", "اختطف", "أسر"), "captured"),
}
# A toll noun in construct with the event it counts, then the definite numeral that repeats
# its count ("جرحى الهجوم الخمسة"، "قتلى الغارة الثلاثة"، "مخطوفي الحافلة الأربعة"): the
# numeral agrees with the people, never with a singular genitive, so they are counted. A
# plural genitive ("قتلى الغارات الثلاث": the three raids) may be what the numeral counts,
# and stays unread; so does a numeral of three to ten without its "ة" (feminine things).
CONSTRUCT_PLURAL_GENITIVE_ENDINGS: tuple[str, ...] = ("ات", "ين", "ون", "ان")
# The construct of the sound plurals of the taken and the hurt drops its "ن" ("مخطوفي
# الحافلة الأربعة"، "مصابي الحادث الخمسة"): the same outcome nouns.
OUTCOME_NOUNS = {**OUTCOME_NOUNS, **dict.fromkeys(("مخطوفي", "مختطفي"), "captured"),
                 "مصابي": "wounded"}
# The companions of one person taken, killed or hurt, counted after him with "و" or "مع"
# ("مسلحون يخطفون رئيس بلدية الزاوية وثلاثة من مرافقيه"، "خطف العميد سالم الأحمد مع ثلاثة
# من حراسه"): they share the outcome of the verb before the one named by his office or his
# name (who stays unread, being definite), however many words name him.
COMPANIONS_OF_ONE: tuple[str, ...] = (
    "مرافقيه", "مرافقيها", "حراسه", "حراسها", "حرسه", "أبنائه", "أبنائها", "أولاده",
    "أولادها", "أقاربه", "أقاربها", "أشقائه", "أشقائها", "زملائه", "زملائها", "مساعديه",
    "مساعديها",
)
COMPANION_LINKS: tuple[str, ...] = ("و", "مع")
# How many words may name the one taken between the verb and his companions.
COMPANIONS_NAMED_ONE_MAX: int = 6
# People still held with no holder named in their sentence ("ولا يزال نحو 30 راكبا
# محتجزين") are held by whoever took them: the story's nearest act of taking or holding
# before them decides, a kidnapping or its kidnappers ("خطف مسلحون حافلة ركاب"، "أفرج
# الخاطفون") a capture, an arrest an arrest. How many tokens back that act may stand.
KIDNAPPER_WORDS: tuple[str, ...] = ("الخاطفين", "الخاطفون", "خاطفين", "خاطفون", "خاطفيهم",
                                    "الخاطف")
HELD_STORY_REACH: int = 150
# An order or a warrant to arrest ("أوامر قبض بحق تسعة آخرين"، "مذكرات توقيف بحق 12
# شخصا"، "أمر بالقبض على"): nobody is held yet, so the arrest's noun after it counts no one.
WARRANT_NOUNS: tuple[str, ...] = ("أمر", "أمرا", "أوامر", "مذكرة", "مذكرات", "مذكرتي",
                                  "مذكرتين", "مذكرتا")
# --- round ar131: displacement told by masdars and estimates, more person nouns ---------
# People news of violence counts by what they were doing where it struck: fans at a match,
# players and coaches, worshippers at a mosque, pilgrims, passengers, visitors, shoppers
# ("قتل مشجعان وأصيب 40 شخصا"، "إصابة لاعب"، "قتل ثلاثة ركاب"). Their singulars count one
# after an outcome word; "حاجة" (also "a need") and the worshipper's "مصل" (also "serum")
# are left out, as is the referee's "حكم" (also "a ruling", "a sentence").
SPECTATOR_PERSONS: tuple[str, ...] = (
    "مشجع", "مشجعة", "لاعب", "لاعبة", "مدرب", "مدربة", "حاج", "راكب", "راكبة", "زائر",
    "زائرة", "متسوق", "متسوقة", "مصلية",
)
PERSON_SINGULAR = (*PERSON_SINGULAR, *SPECTATOR_PERSONS)
# Their duals: the nominative "-ان"/"-تان" always means two (the dual reader above ran
# before these were added); the oblique "-ين" is also the sound plural of most of them
# ("مشجعين"، "لاعبين"، "زائرين"، "مصلين"، "مسنين"), so only the nouns whose plural is broken
# ("حجاج"، "ركاب") take it. The worshipper's dual is "مصليان"/"مصليين" ("مصلين" is plural).
PERSON_DUAL = (
    *PERSON_DUAL,
    *(w[:-1] + "تان" if w.endswith("ة") else w + "ان" for w in SPECTATOR_PERSONS),
    "حاجين", "مصليان", "مصليين",
)
# "عبروا عن" is saying ("عبروا عن قلقهم"), no crossing: after "عدد من" it names no people.
SAID_AFTER_CROSSING: tuple[str, ...] = ("عن",)
# Pushed or forced to leave a place, the verb of pushing before the count ("دفعت المعارك
# آلاف العائلات إلى مغادرتها"، "أجبر القصف مئات الأسر على مغادرة المدينة"): the masdar
# with the pronoun of the place named before, or with a town, a region or the country
# after it, is a flight as "إلى النزوح" is. Without that verb ("دعا الجيش السكان إلى
# مغادرة المدينة") it is a call to leave, and stays unread.
PUSHING_VERBS: tuple[str, ...] = (
    "دفع", "دفعت", "يدفع", "تدفع", "أجبر", "أجبرت", "يجبر", "تجبر", "اضطر", "اضطرت",
    "أرغم", "أرغمت",
)
PUSHING_VERB_REACH: int = 6
# How many words before the verb of pushing may name the violence that pushed ("معارك
# عنيفة دفعت").
PUSHING_DRIVER_BEFORE: int = 3
# (round ar145) ... or further back when a time phrase stands between the events and the
# verb ("عمليات خطف متكررة منذ 2022، دفعت نحو 4 آلاف أسرة إلى النزوح"، "هجمات المسلحين
# خلال العام الماضي أجبرت 300 عائلة على الرحيل"): the events are the verb's subject.
PUSHING_DRIVER_TIMED: int = 8
LEAVING_IT_MASDARS: tuple[str, ...] = ("مغادرتها", "مغادرته", "تركها", "هجرها")
PLACES_LEFT_WHEN_PUSHED: tuple[str, ...] = (*HOMES_LEFT_BY_PEOPLE, "مدينتها", "مناطقها")
# (round ar140) The definite masdars of flight say leaving with no place after them ("ما
# دفع 9 عائلات إلى الرحيل عن أطرافها"، "ما أجبر 15 عائلة على المغادرة"). Emigration
# ("إلى الهجرة") is left out: prices and want push people abroad as often as violence.
FLIGHT_MASDARS_ALONE: tuple[str, ...] = ("الرحيل", "المغادرة", "النزوح", "الفرار", "الهرب")
# A push told as the result of the clause before ("، ما دفع"، "، مما أجبر"): what pushed is
# that clause, so violence or raiders named anywhere in the sentence before the verb count
# as its driver (besides FAMILIES_DISPLACEMENT_CONTEXT and WOUNDING_AGENTS).
RESULT_PUSH_OPENERS: tuple[str, ...] = ("ما", "مما")
RESULT_PUSH_DRIVERS: tuple[str, ...] = (
    "هاجم", "هاجمت", "هاجموا", "اقتحم", "اقتحمت", "اقتحموا", "اعتدى", "اعتدوا",
    "مستوطنون", "المستوطنون", "مستوطنين", "المستوطنين", "مسلحون", "المسلحون", "مسلحين",
    "المسلحين", "اعتداء", "اعتداءات", "اقتحام", "اقتحامات", "هجوما",
)
# How far back (tokens) in its sentence the result clause's push looks for its driver.
RESULT_PUSH_REACH: int = 30
# Those who fled, after a vague count in a headline, with the verb of their arrival or
# flow after them ("آلاف الفارين من المدينة يصلون إلى الحدود"، "مئات الفارين يتدفقون على
# المخيمات"): the displaced, as "مئات النازحين" is. Alone the word also names escaped
# prisoners (a jail after it: "عشرات الفارين من السجن"), so the movement is needed.
FLED_PLURALS: tuple[str, ...] = ("الفارين", "الفارون")
FLED_MOVING_VERBS: tuple[str, ...] = (
    *PART_ARRIVED_VERBS, "يصلون", "يتدفقون", "تدفقوا", "يتوافدون", "توافدوا", "يعبرون",
    "يلجؤون", "يلجأون", "يحتشدون", "احتشدوا",
)
FLED_MOVING_REACH: int = 8
# (round ar155) ... or with the violence they fled right after "من" ("آلاف الفارين من
# القتال"، "مئات الفارين من أعمال العنف"): the war names a flight, where a jail names
# escaped prisoners. The violence is the word after "من" or the one after it.
FLED_FROM_VIOLENCE: tuple[str, ...] = (
    *PUSHED_ACROSS_BY, "القصف", "قصف", "الغارات", "غارات", "الهجمات", "هجمات", "الاقتتال",
    "اقتتال", "المجازر", "مجازر", "الحصار")
# ... or told verb first, the verb agreeing with the count ("وصل عشرات الفارين إلى البلدة").
FLED_MOVING_BEFORE: tuple[str, ...] = ("وصل", "يصل", "تدفق", "يتدفق", "توافد", "يتوافد")
# One person told by a release after a report of people held ("اعتقلت الشرطة صحفيا، وقالت
# إن زميلة لها أفرج عنها بعد ساعات"، "وأن ناشطا أطلق سراحه لاحقا"): the unvowelled passive
# of releasing with the released one's pronoun, right after an indefinite singular person
# noun (and "له"/"لها", whose companion he or she is). The one released was held, so the
# figure takes the outcome of the last held figure before it; with none before (a release
# with no holding told) it stays unread.
RELEASED_ONE_VERBS: tuple[str, ...] = ("أفرج", "وأفرج", "أطلق", "وأطلق")
# How many sentences before the release's own may tell the holding it ends: the release
# follows its report ("اعتقلت الشرطة صحفيا. وقالت عائلته إنه ..."); a holding told
# paragraphs earlier (another person's, another time) is no antecedent.
RELEASED_ONE_HELD_SENTENCES: int = 2
# (round ar151) The release or the return of one told by a verbal noun or a present
# ("الإفراج عن طبيب مخطوف"، "فدية تعيد مهندسا مخطوفا إلى عائلته"، "عودة صحفي مختطف"): the one
# freed or returned is one captured when the participle of taking (FREED_ONE_NOUNS)
# describes him; a return with no such word (a refugee's, a migrant's) says nothing.
RELEASE_OR_RETURN_OF_ONE: tuple[str, ...] = (
    "الإفراج", "والإفراج", "بالإفراج", "تعيد", "يعيد", "أعادت", "وأعادت", "أعاد", "وأعاد",
    "عودة", "وعودة", "بعودة", "إعادة", "وإعادة",
)
# (round ar146) One released, named after the release, then a relative verb of taking
# with his own object pronoun ("أطلق مسلحون سراح سائق أجرة خطفوه قبل أيام"، "أطلقوا سراح
# طبيب اختطفوه"): the one taken by captors, captured 1, as hostages freed keep their count.
# The feminine singular holder ("احتجزته الشرطة") is an authority, whose holding is an
# arrest. How many words of description may stand between the noun and the verb.
# (round ar147) How many words (the releasers, a time phrase in commas) may stand between
# a verb of release and its "عن" ("أفرج مسلحون، فجر الأحد، عن تاجر خطفوه").
RELEASE_ABOUT_REACH = 8
# (round ar147) The victims a part "N من الضحايا" is counted among ("وإن ثلاثة من الضحايا
# كانت أيديهم مقيدة"): victims of nothing said, read as the dead counted just before.
VICTIMS_OF_PART: tuple[str, ...] = ("الضحايا",)
# (round ar147) "في وقت" + a clause whose "فيه" points back to the time ("في وقت يعاني فيه
# المستشفى من نقص"): at a time when, a setting the writer gives, no medium of the words
# ("قال في وقت سابق" is one) and, after quoted words, none of them.
TIME_WHEN_NOUNS: tuple[str, ...] = ("وقت",)
TIME_WHEN_BACK: tuple[str, ...] = ("فيه",)
TIME_WHEN_REACH = 3  # how many words may stand before "فيه" ("يعاني فيه"، "لا يزال فيه")
TIME_WHEN_PRESENT_PREFIXES = "يت"  # a present verb right after "وقت" ("في وقت تشهد")
RELEASED_TAKEN_HIM: dict[str, str] = {
    **dict.fromkeys(("خطفوه", "اختطفوه", "خطفوها", "اختطفوها", "خطفته", "اختطفته",
                     "خطفتها", "اختطفتها", "احتجزوه", "احتجزوها", "أسروه", "أسروها"),
                    "captured"),
    **dict.fromkeys(("اعتقلته", "اعتقلتها", "احتجزته", "احتجزتها", "اعتقلوه", "اعتقلوها"),
                    "arrested"),
}
RELEASED_TAKEN_WORDS: int = 3
RELEASED_ONE_PRONOUNS: dict[str, tuple[str, ...]] = {
    "أفرج": ("عنه", "عنها"), "أطلق": ("سراحه", "سراحها"),
}
# Who may expect something named as an object, with no "أن" ("وتتوقع إدارة المعرض زيارة
# نحو 40 ألف شخص"، "ويتوقع المزارعون موسما ضعيفا"، "ويتوقع تجار ارتفاع الأسعار"): a body
# or people (round ar132). The head of the subject must be one of these, bare or with the
# article, or a sound plural of people ("المزارعون"، "مراقبون"); the agentless "ويتوقع
# هطول أمطار غزيرة" has a forecast's noun there and stays unread.
EXPECTING_SUBJECT_HEADS: tuple[str, ...] = (
    *HEADLINE_SPEAKER_WORDS, *HEADLINE_SOURCE_NOUNS, *AUTHORITY_HEADS, *PEOPLE_PLURALS,
    "إدارة", "مزارعون", "فلاحون", "اقتصاديون", "محللون", "مراقبون",
    # bodies of trade and money in their broken plurals (round ar148: "ووفقا لبيان
    # الوزارة، تتوقع الشركات أن ...")
    "شركات", "مصارف", "بنوك")
# The sound plural endings of people ("المزارعون"، "المحللون"، "الفلاحين"), read on a
# subject's head of at least EXPECTING_PLURAL_MIN letters ("قانون" is no people)
EXPECTING_PLURAL_ENDINGS: tuple[str, ...] = ("ون", "يون")
EXPECTING_PLURAL_MIN: int = 6
# The article, bare or after the "ل" of belonging ("المنظمة الدولية للهجرة"): the words that
# go on a definite subject's name after its head.
ARTICLE_OR_LIL_PREFIXES: tuple[str, ...] = ("ال", "لل")

# --- round ar133: members after "others", duals with a shadda, released and discharged parts
# A member of a body, listed after "بينهم" with the body after "في"/"من" ("وأصيب تسعة آخرون،
# بينهم عضو في لجنة الاقتراع"، "بينهم عضوة من المجلس البلدي"): one person, as "بينهم شرطي"
# is. Alone "عضو" is no person noun (PERSON_DUAL above), so only the body makes him one.
MEMBER_OF_BODY_NOUNS: tuple[str, ...] = ("عضو", "عضوة", "عضوا")
# A passer-by in the nominative dual ("وأصيب مارّان بجروح": the shadda is folded away):
# "مار" alone is also the title of a saint ("كنيسة مار إلياس"), and its oblique "مارين"
# is also the participle's plural, so only "ماران" is two.
PERSON_DUAL = (*PERSON_DUAL, "ماران")
# Leaving hospital told of a part of the wounded ("وغادر أربعة منهم المستشفى"، "خرج اثنان
# منهم من المستشفى"، "ثلاثة منهم غادروا المستشفى بعد تلقي العلاج"): only the hurt are
# discharged, so the part keeps their outcome, as "N منهم في حالة حرجة" does. The verb
# stands right before the count or right after "منهم"; the hospital (HOSPITAL_WORDS) right
# after it or after "من". Leaving a town or a building names no hurt and stays unread.
LEFT_HOSPITAL_VERBS: tuple[str, ...] = (
    "غادر", "وغادر", "غادرت", "وغادرت", "خرج", "وخرج", "خرجت", "وخرجت",
    "غادروا", "غادرا", "غادرتا", "خرجوا", "خرجا", "خرجتا", "وغادروا", "وخرجوا",
    "يغادر", "يغادرون", "غادرن", "خرجن")
# --- round ar136: families who left, held participles, released parts, second coordinates
# Words a released part may take before its passive release ("29 منهم قد أفرج عنهم"، "ثلاثة
# منهم تم الإفراج عنهم", casualty_release.released_parts).
RELEASE_PART_AUXILIARIES: tuple[str, ...] = ("قد", "تم", "جرى")
# Households counted after a verb of leaving ("غادرت 25 عائلة القرية") or before a verb
# of arriving or registering ("500 عائلة وصلت إلى المخيمات"، "300 عائلة سجلت أسماءها"):
# a flight only with violence, a camp or a shelter named in the sentence or the one
# before (casualty_families_moved.py); families arriving for a feast or leaving for work
# name none of them.
FAMILIES_LEAVING_FIRST: tuple[str, ...] = ("غادرت", "وغادرت", "رحلت", "ورحلت", "هجرت",
                                           "وهجرت")
# (round ar146) A headline opened by the masdar of leaving before the count of households
# ("رحيل 11 عائلة من تجمع بدوي بعد هجمات المستوطنين"): the same leaving as the verb's, read
# only where it opens the report's first line and violence is named there or in the next
# sentence; inside a sentence ("خطة لرحيل 50 عائلة") it is a plan, no flight.
FAMILIES_LEAVING_HEADLINE: tuple[str, ...] = ("رحيل", "مغادرة")
FAMILIES_ARRIVING_AFTER: tuple[str, ...] = ("وصلت", "سجلت", "توافدت")
# ... with where they arrived or registered right after the verb: "2,300 أسرة وصلت خلال
# أسبوع" in a headline is an arrival with no outcome word, as the blind sets' gold reads it.
FAMILIES_ARRIVED_AT: tuple[str, ...] = ("إلى", "الى", "أسماءها", "لدى", "في")
FAMILIES_DISPLACEMENT_CONTEXT: tuple[str, ...] = (
    *PUSHED_ACROSS_BY, "هجمات", "الهجمات", "هجوم", "الهجوم", "قصف", "القصف", "غارات",
    "الغارات", "اعتداءات", "الاعتداءات", "مخيم", "المخيم", "مخيمات", "المخيمات", "الإيواء",
    "إيواء", "النزوح", "نازحين", "النازحين", "النازحون", "التهجير", "تهجير",
    # (round ar184) settlers' pressure and threats ("رحيل 9 عائلات بدوية ... تحت ضغط
    # المستوطنين"، "بعد تهديدات متواصلة")
    "المستوطنين", "مستوطنين", "المستوطنون", "مستوطنون", "تهديدات", "التهديدات",
)
# How many words a count before a household noun may take ("أكثر من 500 عائلة").
FAMILIES_COUNT_WORDS: int = 5
# The masdar of holding after the verb its doer is the subject of ("ورد الفصيل باحتجاز
# أربعة رعاة"، "قامت العشيرة باحتجاز خمسة شبان"): held by an armed group or a clan, a
# capture, as "احتجز مسلحون" is; by the police or the army, an arrest.
HELD_AFTER_BI_MASDARS: tuple[str, ...] = ("باحتجاز", "وباحتجاز")
HOLDING_CLANS: tuple[str, ...] = ("العشيرة", "عشيرة", "العشائر", "عشائر", "القبيلة", "قبيلة",
                                  "القبائل", "قبائل")
# People held told by the participle of taking after a part of a group ("ثلاثة من أقاربه
# المخطوفين"، "ثلاثة من الفتيان المقتادين"): the part is of the captives; and by the
# masdar of taking one person, with a pronoun, then "مع" and a part taken with him ("بعد
# أيام من خطفه مع ثلاثة من أقاربه"، "منذ اعتقاله مع اثنين من زملائه"): the part shares
# the masdar's outcome (casualty_held_told.py).
HELD_PARTICIPLES_AFTER_PART: tuple[str, ...] = (
    "المخطوفين", "المختطفين", "المقتادين", "المخطوفات", "المختطفات")
HELD_MASDARS_WITH_OTHERS: dict[str, str] = {
    **dict.fromkeys(("خطفه", "خطفها", "اختطافه", "اختطافها"), "captured"),
    **dict.fromkeys(("اعتقاله", "اعتقالها"), "arrested"),
}
HELD_WITH_WORDS: tuple[str, ...] = ("مع",)
# How many words a count before "من" of such a part may take ("أكثر من عشرة من").
HELD_PART_COUNT_WORDS: int = 5
# A speaker described by the wound he took, an indefinite person noun right after a verb
# of saying and the singular passive of wounding right after it ("ويقول مشجع أصيب في
# ساقه"، "وقالت امرأة أصيبت بشظايا"): one wounded, the noun's gender agreeing with the
# verb's. Only with "في"/"بـ" or a pause after the verb: "وقال رجل أصيب ابنه" hurt the son
# (casualty_hurt_speaker.py).
HURT_SPEAKER_VERBS: dict[str, str] = {"أصيب": "m", "جرح": "m", "أصيبت": "f", "جرحت": "f"}
HURT_SPEAKER_AFTER: tuple[str, ...] = ("في", "،", ",", "خلال", "أثناء")
# A headline's singular present of an outcome right before an oblique "-ين" of a person noun
# with a sound plural ("قذيفة تقتل مسنين في حلب"): the oblique dual, two, as "تقتل طفلين"
# is; after a count ("قتل 5 مسنين") the same spelling stays the plural.
DUAL_AFTER_PRESENT_VERBS: tuple[str, ...] = ("يقتل", "تقتل", "يصيب", "تصيب")
# ... and no purpose of a routine move told after them ("غادرت 30 عائلة القرية للعمل"،
# "وصلت 200 عائلة إلى الساحة لحضور الحفل"), even beside violence told before.
FAMILIES_ROUTINE_PURPOSES: tuple[str, ...] = (
    "للعمل", "للاحتفال", "لحضور", "للتسوق", "للدراسة", "للسياحة", "لزيارة", "للزيارة",
    "للاصطياف", "للحج", "للعمرة")
# (review of round ar136) Households leaving a camp to go home ("غادرت 60 عائلة المخيم
# عائدة إلى منازلها") return, no flight; and a cause or an aim of their own in their
# sentence ("بسبب ارتفاع الإيجارات"، "للحصول على قروض"، "لقضاء العطلة") says the violence
# told only in the sentence before is not why they moved, unless it points back to it
# ("جراء ذلك").
FAMILIES_RETURNING: tuple[str, ...] = (
    "عائدة", "عائدين", "عائدات", "عائدون", "للعودة", "عودتها", "لتعود")
FAMILIES_OWN_REASONS: tuple[str, ...] = (
    "بسبب", "لأسباب", "نتيجة", "جراء", "لقضاء", "للحصول", "طلبا")
FAMILIES_REASON_POINTING_BACK: tuple[str, ...] = (
    "ذلك", "لذلك", "هذا", "هذه", "لهذا", "لهذه", "ذاك", "تلك")


# --- round ar137: duals like plurals, participle parts, freed captives
# Person nouns of a trade or a seat whose oblique "-ين" is a dual as often as a plural
# ("مقتل عاملين"، "إصابة سائق وراكبين"): right after a count-less outcome word, or joined to
# the one person it names, they are two (a plural takes a count or "عشرات" before it, or the
# article); in construct with an indefinite dual of a thing ("سائقي شاحنتين") they are two
# as well, a driver to each. Nisbas ("مدنيين") and activists ("مقتل ناشطين في البصرة") are
# read as plurals in news and stay out.
DUAL_OR_PLURAL_TRADES: tuple[str, ...] = (
    "عامل", "راكب", "سائق", "موظف", "مسافر", "مهندس", "ممرض", "حارس")
# Suffering from injuries told of the counted ("وأن اثنين من البحارة يعانيان من إصابات
# طفيفة"، "ثلاثة منهم يعانون من كسور"): the present of "عانى" with "من" and a noun of bodily
# harm says they are wounded, as "أصيبوا" would; suffering from hunger or an illness
# names no wound and stays unread.
SUFFERING_VERBS: tuple[str, ...] = (
    "يعاني", "يعانيان", "يعانون", "تعاني", "تعانيان", "يعانين", "يعانيا", "يعانوا")
SUFFERED_INJURIES: tuple[str, ...] = (
    "إصابات", "إصابة", "جروح", "جراح", "كسور", "كسر", "حروق", "رضوض", "كدمات")
# Being subjected to a harm before the outcome verb joined by "و" ("أن موظفا تعرض للضرب
# وأصيب بكسر"، "أن ممرضة تعرضت للاعتداء وأصيبت"): the harm's clause is the subject's first
# predicate, the outcome verb after it is the second, still his.
SUBJECTED_VERBS: tuple[str, ...] = ("تعرض", "تعرضت")
# How far (tokens) back from a toll's link ("ارتفع ... إلى 21") its relative clause may open
# ("عدد المدنيين الذين قتلوا بغارات ... في جنوب لبنان منذ 8 تشرين الأول الماضي إلى 21"):
# the clause runs on with its cause, its place and its date; a sentence end or a clause
# break still stops the look back first.
RELATIVE_TOLL_MAX_TOKENS = 24
# (round ar139) "قتلوا في الحي ذاته 11 مدنيا": "in" + a definite noun + "the same" between a
# tight verb and its count is a place told before, passed over whole as a time phrase is;
# a place of its own ("قتلوا في الهجوم ثلاثة") stays unread.
SAME_PLACE_WORDS: tuple[str, ...] = ("ذاته", "نفسه", "ذاتها", "نفسها")
# (round ar139) how many words a toll's noun may stand before the relative ("عدد عناصر
# الدفاع المدني الذين قتلوا"): the noun in construct with a body of two words; (round
# ar158) six, for the people of a sector named with a place or field ("عدد العاملين في
# القطاع الصحي الذين اعتقلوا"), nothing but words between.
RELATIVE_TOLL_HEAD_REACH = 6
# (round ar139) The subject a joined plural verb of holding carries from the clause before
# ("اقتحم نحو عشرين مسلحا مقر المجلس، واحتجزوا تسعة موظفين"): the nearest of these words
# within CARRIED_HOLDER_REACH tokens decides. Armed men, gunmen, kidnappers or unknown men
# make the holding a capture ...
CARRIED_ARMED_HOLDERS: tuple[str, ...] = (
    *ARMED_HOLDERS, *KIDNAPPER_WORDS, *ARMED_CONSTRUCT_HOLDERS, "مسلحا", "مسلحان", "مسلحين",
    "مجهولون", "مجهولين", "مجهولان", "ملثمون", "ملثمين", "ملثما",
)
# ... the police, the army, security forces or an authority keep it an arrest.
CARRIED_STATE_HOLDERS: tuple[str, ...] = (
    "الشرطة", "شرطة", "الجيش", "جيش", "قوات", "القوات", "الأمن", "الأمنية", "السلطات",
    "سلطات", "الأجهزة", "دورية", "دوريات", "عناصر", "الجنود", "جنود", "جنديا", "الحرس",
    "المخابرات", "الاستخبارات", "النيابة",
)
CARRIED_HOLDER_REACH = 12

# --- round ar139: prisoners a state frees ------------------------------------------------
# A prisoner of a state's jail is a detainee (arrested), whoever frees him in an exchange:
# the prisoner nouns of a count ("73 أسيرا"، "أسرى")...
STATE_PRISONER_NOUNS: tuple[str, ...] = ("أسير", "أسيرا", "أسرى", "أسيرة", "أسيرات", "الأسرى",
                                         "الأسيرات")
# ... freed, told by the adjective after them ("وصول 73 أسيرا محررا") ...
FREED_PRISONER_ADJECTIVES: tuple[str, ...] = ("محرر", "محررا", "محررين", "محررون", "محررة",
                                              "محررات")
# ... or by a release whose doer is a state ("أفرجت عنهم السلطات الإسرائيلية"، "أفرجت
# السلطات عن 73 أسيرا"); an armed group's release ("أفرجت الحركة عن ثلاثة أسرى") stays a
# capture.
RELEASING_STATES: tuple[str, ...] = ("السلطات", "سلطات", "السلطة", "الحكومة", "حكومة",
                                     "الاحتلال", "إسرائيل", "النظام", "الدولة")
RELEASED_THEM_WORDS: tuple[str, ...] = ("عنهم", "عنهن", "سراحهم", "سراحهن")
# How many words a release's doer may stand after its verb, or a jail after the prisoners'
# description ("73 أسيرا فلسطينيا من سجن عوفر").
STATE_RELEASE_REACH = 4
# (round ar139) "بين المفرج عنهم 31 امرأة": the released passive with its pronoun after
# "بين" opens a sub-group of the people released; they keep how they were held.
RELEASED_AMONG: tuple[tuple[str, str], ...] = (("المفرج", "عنهم"), ("المفرج", "عنهن"))
# (round ar139) How many words a freeing verb's subject may hold between the verb and the
# freed ("وحررت وحدة تابعة لجهاز مكافحة الهجرة 50 مهاجرا").
FREED_SUBJECT_REACH = 8
# (round ar139) The construct plural "-ي" of a person noun with its owner's pronoun
# ("عددا من موظفيها"): people, as the bare sound plural "موظفين" is ("عمالهم" is a broken
# plural, no such ending).
OWNED_PLURAL_ENDINGS: tuple[str, ...] = ("يها", "يهم", "يه", "يهن", "يهما")

# --- round ar142: present headlines, duals with a single, looking-back duals ----------
# A headline's present of arresting in the plural, agreeing after its subject as "يقتلون"
# and "يختطفون" do ("مستوطنون يعتقلون 14 طالبا"، "قوات الاحتلال يعتقلون ..."); tight, as
# "يعتقل": only a count right after it is a figure.
ARRESTING_PRESENT_PLURAL: tuple[str, ...] = ("يعتقلون",)
OUTCOME_TRIGGERS = {**OUTCOME_TRIGGERS, **dict.fromkeys(ARRESTING_PRESENT_PLURAL, "arrested")}
TIGHT_TRIGGERS = TIGHT_TRIGGERS | frozenset(ARRESTING_PRESENT_PLURAL)
# The kin of people already counted, in construct before the article dual of an outcome
# noun ("لأهل القتيلين"، "ذوي الجريحين"، "عائلتي الشهيدين"): the dual looks back at a toll
# told, it counts nobody anew. The bodies' duals ("جثماني الشهيدين"، "جثتي القتيلين") are
# not among them: the corpus counts the bodies received or buried as the dead.
KIN_OF_THE_COUNTED: tuple[str, ...] = (
    "أهل", "أهالي", "ذوي", "ذوو", "عائلة", "عائلتي", "عائلات", "أسرة", "أسرتي", "أسر")
# A patient in the dual ("قتل مريضان ومرافق"، "إصابة مريضتين"): the plural is "مرضى", so
# "-ين" is no plural here. Only the duals: the singular is also the adjective "sick"
# ("طفل مريض"), which is no second person.
PERSON_DUAL = (*PERSON_DUAL, "مريضان", "مريضين", "مريضتان", "مريضتين")

# --- round ar142: people who arrived in a story of flight, those who fled ---------------
# A count of people with the plural of arriving and where to after it ("أكثر من 4 آلاف
# شخص وصلوا إلى المدينة"): the verb says only that they moved; they are displaced when
# their own sentence tells a flight or a refuge ("فروا"، "هربا من"، "يقيمون في مدارس").
# Violence told only elsewhere is not enough (the wounded who fled an attack in the
# sentence before do not make the arrivals after them displaced, as the gold reads it).
ARRIVING_PEOPLE_NOUNS: tuple[str, ...] = (
    "شخص", "شخصا", "أشخاص", "مواطن", "مواطنا", "مواطنين", "مدني", "مدنيا", "مدنيين",
    "نسمة")
ARRIVING_PLURAL_VERBS: tuple[str, ...] = ("وصلوا", "توافدوا")  # "إلى" after them: TO_PREPOSITIONS
ARRIVAL_FLIGHT_WORDS: tuple[str, ...] = (
    "فروا", "فر", "نزحوا", "نزح", "هربوا", "هربا", "هروبا", "فرارا", "الفرار", "النزوح",
    "نازحين", "النازحين", "مدارس", "المدارس", "خيام", "الخيام", "العراء", "الإيواء",
    "إيواء", "مخيم", "المخيم", "مخيمات", "المخيمات")
# ... unless they came as a delegation, for a pilgrimage or back home.
ARRIVAL_NOT_FLIGHT_WORDS: tuple[str, ...] = (
    "وفد", "وفود", "ضمن", "حجاج", "الحجاج", "حاج", "عائدين", "عائدون", "للعودة",
    "للمشاركة", "للاحتفال", "لحضور")
# A vague or exact count of a definite plural of households or people with the relative
# and a verb of flight after it ("آلاف الأسر التي فرت من المعارك"، "مئات الأشخاص الذين
# نزحوا"): the relative (RELATIVE_PRONOUNS) tells the flight, displaced with the count.
FLED_RELATIVE_HEADS: tuple[str, ...] = (
    "الأسر", "العائلات", "العوائل", "الأشخاص", "المدنيين", "السكان", "الأهالي")
FLED_RELATIVE_VERBS: tuple[str, ...] = ("فرت", "نزحت", "هربت", "فروا", "نزحوا", "هربوا")
# (round ar142) An armed group freeing a part of "them" ("وأفرجت الجماعة صباح اليوم عن
# اثنين منهم") frees its captives when a taking is told in the story before (within
# HELD_STORY_REACH tokens: "اختطف مسلحون ... الرجال"), even with no count of the whole.
RELEASING_ARMED_GROUPS: tuple[str, ...] = (*ARMED_HOLDERS, *KIDNAPPER_WORDS)
TAKING_TOLD_BEFORE: tuple[str, ...] = tuple(
    w for w, o in OUTCOME_TRIGGERS.items() if o == "captured")
# (round ar145) Captives told by the ransom asked for them: a ransom noun ("فدية مقابل
# ثلاثة مهندسين"، "بفدية لإطلاق سراح خمسة رعاة"، "فدية للإفراج عن ستة تجار") a few words
# before "in return for" or the release of the people counted. What the ransom is for, when
# people, is captives; money or goods after "مقابل" ("مقابل 500 دولار") are no people.
RANSOM_NOUNS: tuple[str, ...] = ("فدية", "فدى", "فديات", "الفدية", "الفدى")
RANSOM_FOR_WORDS: tuple[str, ...] = ("مقابل", "لقاء")
# The release the ransom is for, right before the count: "لإطلاق سراح"، "للإفراج عن"،
# "مقابل الإفراج عن" (the word before "سراح"/"عن", bare of its clitics).
RANSOM_RELEASE_NOUNS: tuple[str, ...] = ("إطلاق", "إفراج", "الإفراج", "الإطلاق")
RANSOM_RELEASE_LINKS: tuple[str, ...] = ("سراح", "عن")
# How many words before "مقابل"/the release may hold the ransom noun ("طالبوا بفدية مالية
# كبيرة لإطلاق سراح").
RANSOM_REACH: int = 6
# (round ar149) One of a held group who got away ("وقال الأهالي إن أحد الرعاة تمكن من
# الفرار"، "وتمكن أحدهم من الهرب"، "أحدهم فر" after "خطف مسلحون ستة رعاة"): whatever befell
# him next, he is one of the captives, counted with the holding's outcome, never a flight
# from violence. The verbs of escape right after the part, or "من" and a masdar of escape
# after a verb of managing (MANAGING_VERBS) before or after it.
ESCAPE_VERBS: tuple[str, ...] = ("فر", "فرت", "فروا", "فرا", "هرب", "هربت", "هربوا", "هربا")
ESCAPE_MASDARS: tuple[str, ...] = ("الفرار", "الهرب", "الهروب", "الإفلات")
# (round ar149) One wounded person as the object of care or of reaching: the bare
# indefinite singular "جريح" ("أثناء محاولتهما الوصول إلى جريح"، "توجه لإسعاف جريح"، "سيارة
# إسعاف كانت تنقل جريحا") is one wounded person, as "قتيل" alone is one killed. The words
# of care right before it (bare of "و"، "ل"، "ب"), or "إلى" after a word of reaching. After
# a count or a noun the singular is the adjective of what was counted ("جنديا جريحا"), and
# "لكل جريح" is each of them: neither is read.
ONE_WOUNDED_NOUNS: tuple[str, ...] = ("جريح", "جريحا", "جريحة")
ONE_WOUNDED_CARE: tuple[str, ...] = (
    "إسعاف", "إنقاذ", "نقل", "علاج", "إخلاء", "انتشال", "إجلاء", "تنقل", "ينقل", "نقلت",
    "نقلوا", "تقل", "يقل", "تحمل", "يحمل", "أسعف", "أسعفت", "أسعفوا", "يسعف", "تسعف",
    "يسعفون", "ينقلون", "أنقذ", "أنقذت", "أنقذوا", "عالج", "عالجت", "يعالج", "تعالج")
ONE_WOUNDED_REACHING: tuple[str, ...] = ("الوصول", "وصول", "وصلوا", "وصلت", "وصل", "يصل",
                                        "تصل", "يصلوا", "الوصل")
# (round ar149) The captor decides. A singular holder's pronoun in the complementizer
# between the armed holder and its held verb ("وقالت الجماعة إنها تحتجز 12 جنديا"): the
# group speaks of its own captives. The holders of a jail after "في" and the held that
# includes the two sides of a war ("نحو 900 محتجز ما زالوا في سجون الطرفين"): one of them
# being no state, the held are captives of the war, as in an exchange (WAR_SIDES).
HOLDER_SAID_THAT: tuple[str, ...] = ("إنها", "أنها", "بأنها", "إنه", "أنه", "بأنه")
# (round ar153) How many indefinite words of description ("نجار سوري مخطوف"، "تاجر مواش
# مخطوفا") may stand between one released or freed and the participle of taking that
# tells he was held by captors.
TAKEN_PARTICIPLE_DESCRIPTION = 2
# (round ar153) Attackers a part names before "others" who fled ("أوقفت ثلاثة من
# الخاطفين، فيما فر اثنان آخران"), besides ARMED_NOUNS and ARMED_HOLDERS; and how many words
# back from the count that part is looked for in its sentence.
ARMED_PART_NOUNS: tuple[str, ...] = ("المهاجمين", "المشتبه", "المطلوبين", "المسلحين",
                                     "اللصوص", "المهربين", "القتلة")
ARMED_PART_REACH = 12
# (round ar153) What may follow a headline's person and his bare outcome noun ("شاب قتيل في
# شجار"، "طفل جريح إثر انفجار"), besides "و" and "ب": the phrase is one person.
HEADLINE_ONE_FOLLOWERS: tuple[str, ...] = ("في", "خلال", "إثر", "جراء", "قرب", "على", "من",
                                           "بعد", "عند", "أثناء")
# (round ar153) Who is taken along with one person, after "مع" ("خطفوه مع زميل له"،
# "مع سائقه"، "مع مرافقه"): the stems of companions, with "له"/"لها" after them or their
# own pronoun (kin take PAIR_KIN_STEMS).
TAKEN_WITH_STEMS: tuple[str, ...] = ("زميل", "صديق", "مرافق", "سائق", "حارس", "قريب",
                                     "جار", "مساعد")
# (round ar153) Arrivals in a story of flight told verb first ("وصل أكثر من 15 ألف شخص إلى
# المدينة هربا من القتال")، in the present after their count ("آلاف الأسر تصل إلى الأبيض
# هربا من القتال")، and counted after "عدد" ("عدد الواصلين بأكثر من 15 ألف شخص"), the
# flight told in their sentence or the one before.
ARRIVING_FIRST_VERBS: tuple[str, ...] = ("وصل", "وصلت", "ووصل", "ووصلت")
ARRIVING_PRESENT_VERBS: tuple[str, ...] = ("تصل", "يصل", "يصلون", "تتوافد", "يتوافد",
                                           "يتوافدون")
ARRIVALS_COUNTED: tuple[str, ...] = ("الواصلين", "الوافدين")
HEADLINE_ONE_CLITICS: tuple[str, ...] = ("و", "ب")
# (round ar156) Titles that name one office-holder by the indefinite genitive they govern
# ("وكيل نيابة"، "قاضي تحقيق"، "رئيس بلدية"، "مدير مستشفى"), after a verbal noun of killing
# ("اغتيال وكيل نيابة"، "مقتل قاضي تحقيق"): the offices over a place or a body, the judge in
# construct ("قاضي"; the indefinite "قاض" is a person noun of its own) and the feminines.
TITLES_OF_ONE: tuple[str, ...] = (*TITLES_OF_PLACES, "قاضي", "مديرة", "رئيسة", "أمينة",
                                  "نائبة", "وكيلة", "قائد", "آمر")
KILLING_BEFORE_TITLE: tuple[str, ...] = ("اغتيال", "مقتل", "قتل", "استشهاد", "إعدام", "تصفية")
# What cannot be the genitive of such a title: a preposition, an adverb of place or time
# that ends the group, the means of the killing ("مقتل مدير برصاص مسلحين").
NOT_TITLE_GENITIVES: tuple[str, ...] = (*HEAD_BREAK_WORDS, *GROUP_END_ADVERBS, *HIT_MEANS,
                                        "على", "إلى", "من", "أمس", "اليوم", "مساء", "صباح",
                                        "ليلة", "فجر", "يوم", "سابق", "بهجوم", "بعبوة",
                                        "بانفجار", "بتفجير", "بغارة", "بقصف", "بيد", "بأيدي")
# (round ar156) An interpreter, taken or freed beside the engineers or journalists he worked
# for ("خطف مسلحون خمسة مهندسين ومترجما"): a calling, as "سائق" is.
PERSON_SINGULAR = (*PERSON_SINGULAR, "مترجم", "مترجمة")
# (round ar156) Yazidis, a people counted as nationalities are ("تحرير ثلاث إيزيديات
# وطفلين من الأسر"), in both spellings of the hamza.
PERSON_SINGULAR = (*PERSON_SINGULAR, "إيزيدي", "إيزيدية", "ايزيدي", "ايزيدية")
PERSON_PLURALS = (*PERSON_PLURALS, "إيزيديين", "إيزيديون", "إيزيديات", "ايزيديين", "ايزيديات")
# (round ar156) One of the freed, named by the participle of freeing after "أحد"/"إحدى"
# ("وقالت إحدى المحررات"): one captive, as "أحد المخطوفين" is. "المحرر" is also an editor, so
# the participle counts only where a taking or a freeing was told before.
FREED_ONE_PARTICIPLES: tuple[str, ...] = ("المحررات", "المحررين", "المحررون", "المحررتين")
# (round ar156) What may follow a bare count freed after a holding ("ثم أفرجت عن أربعة،"،
# "وتطلق اثنين"، "أفرجت عن ثلاثة فقط في اليوم التالي"): the count is a part of the held told
# before, no noun of its own after it. A preposition, an adverb of time or place, "فقط".
BARE_RELEASE_PRESENT: tuple[str, ...] = ("يطلقون", "يطلقان", "تطلقان", "تطلقون")
# ... not after the verbal noun, which lists the events of a day ("اعتقال 12 شابا والإفراج
# عن خمسة": the five may be others than the twelve)
BARE_RELEASE_MASDARS: tuple[str, ...] = ("إفراج", "الإفراج")
BARE_RELEASED_AFTER: tuple[str, ...] = (*PLAIN_PREPOSITIONS, *GROUP_END_ADVERBS, "في", "فقط",
                                        "بعد", "مساء", "صباح", "أمس", "اليوم", "لاحقا")
# (round ar156) How many tokens the topic after a verb of saying's "عن" may take before the
# colon of a quotation ("وقال فلان عن موسم القطاف الذي تأخر هذا العام: "..."").
ABOUT_TOPIC_REACH: int = 14
# (round ar156) Verbs of keeping the held somewhere ("واحتجزوا الشيوخ الخمسة في كوخ"): with
# a definite re-mention as their object they tell where those counted before were kept, no
# new figure. An arrest, a release, a death or a mourning of the same people named again
# ("واعتقلت الشبان الستة"، "وأطلقت سراح العمال الثلاثة"، "جثث الجنود الستة") is a figure,
# as the sets count it.
KEEPING_VERBS: tuple[str, ...] = (*HOLDING_FIRST_VERBS, "احتجزا", "احتجزن", "يحتجزون", "يحتجز",
                                  "تحتجز", "أبقوا", "أبقت", "أبقى",
                                  # ... and led away ("واقتادوا الشيوخ الخمسة إلى الغابة")
                                  "اقتادوا", "اقتادت", "اقتاد")
# (round ar158) The wounded taken: a noun of the wounded as the object of an arrest or a
# capture ("قوات تعتقل جريحين من داخل المستشفى"، "اعتقلت الشرطة ثلاثة جرحى") counts people
# arrested or captured, the verb's outcome, not wounded: one figure, one outcome, as the
# corpus gives a number one outcome. The verbs with the outcome they give; a holding
# ("احتجز") is a capture when an armed holder stands between it and the wounded. Carrying
# and care ("نقل جريحين"، "إسعاف جريحين") keep them wounded.
WOUNDED_TAKEN_VERBS: dict[str, str] = {
    **dict.fromkeys(("اعتقل", "اعتقلت", "اعتقلوا", "اعتقلا", "يعتقل", "تعتقل", "يعتقلون",
                     "اعتقال", "أوقف", "أوقفت", "أوقفوا", "احتجز", "احتجزت", "احتجزوا",
                     "يحتجز", "تحتجز", "احتجاز", "اقتاد", "اقتادت", "اقتادوا"), "arrested"),
    **dict.fromkeys(("خطف", "خطفت", "خطفوا", "اختطف", "اختطفت", "اختطفوا", "يخطف", "تخطف",
                     "يختطف", "تختطف", "اختطاف", "خطف", "أسرت", "أسروا"), "captured"),
}
# The holdings an armed holder between the verb and the wounded makes captures.
WOUNDED_HELD_VERBS: tuple[str, ...] = ("احتجز", "احتجزت", "احتجزوا", "يحتجز", "تحتجز",
                                       "احتجاز", "اقتاد", "اقتادت", "اقتادوا")
# How many words (subject, count, qualifier) may stand between the verb and the wounded.
WOUNDED_TAKEN_REACH: int = 4
# (round ar158) A part of the held led away ("ثم أفرجوا عن واحد منهم، فيما اقتيد الاثنان
# الآخران إلى جهة مجهولة"، "واقتيد ثلاثة منهم إلى جهة مجهولة"): the passive of leading away,
# then "N منهم" or the definite numeral of the rest with "the other(s)" after it, then "to" a
# place. The part keeps the outcome of the holding told before (a state's arrest, an armed
# group's capture). The definite numerals of two here, as "الاثنين" is also Monday only
# after words of when.
LED_AWAY_PART_VERBS: tuple[str, ...] = ("اقتيد", "اقتيدا", "اقتيدوا", "اقتيدت", "اقتيدتا",
                                        "اقتيدن")
DEFINITE_TWO: tuple[str, ...] = ("الاثنان", "الاثنين", "الاثنتان", "الاثنتين", "الإثنان",
                                 "الإثنين")
OTHERS_OF_PART: tuple[str, ...] = ("الآخران", "الآخرين", "الآخرون", "الأخريان", "الأخريين",
                                   "الأخريات", "الباقون", "الباقين", "الباقيان", "الباقيين")
# One of the held released by its numeral ("أفرجوا عن واحد منهم"), as "أحدهم" is.
ONE_NUMERALS: tuple[str, ...] = ("واحد", "واحدا", "واحدة")
# ... and "the other two" alone ("فيما اقتيد الآخران إلى جهة مجهولة"), nominative only:
# "الآخرين" is also the plural.
OTHERS_DUAL_OF_PART: tuple[str, ...] = ("الآخران", "الأخريان")
# (round ar158) A patient in the singular is a person only joined by "و" after another
# ("قتل ممرض ومريضة وأصيب أربعة"، "قصف يقتل طبيبا ومريضا"): alone it is also the adjective
# "sick" ("طفل مريض"), which is no second person (see the patients' duals above).
JOINED_PERSON_SINGULARS: tuple[str, ...] = ("مريض", "مريضة", "مريضا")

# --- round ar160: the held who died or went missing, the recaptured, suspension ------------
# A held figure ("معتقلين اثنين"، "1300 معتقل") is the group of the outcome told after it:
# a verb of dying (DEATH_AFTER_WOUNDED: "توفيا"، "استشهدوا") is killed; a state of the
# missing, with "still" before it or not ("ما زالوا مفقودين"، "مفقودين")، a verb of
# vanishing ("اختفوا") or the own fate unknown ("ما زال مصيرهم مجهولا") is missing. A place
# of origin may stand between ("من المنطقة"), up to HELD_FATE_GAP words after "من".
HELD_MISSING_STATES: tuple[str, ...] = ("مفقودين", "مفقودون", "مفقودان", "مفقودتين",
                                        "مفقودتان", "مفقودات")
HELD_VANISHED_VERBS: tuple[str, ...] = ("اختفوا", "اختفيا", "اختفتا", "اختفين", "فقدوا",
                                        "فقدا")
HELD_STILL_OPENERS: tuple[str, ...] = ("ما", "لا", "ولا", "وما")
HELD_STILL_JOINED: tuple[str, ...] = ("مازالوا", "لازالوا", "مازال", "لازال", "مازالا")
HELD_MISSING_AMONG: tuple[str, ...] = ("عداد",)  # "في عداد المفقودين"
HELD_FATE_GAP: int = 2
# Suspension from work is no arrest ("توقيف حارسين عن العمل"، "إيقاف ضابطين عن الخدمة"):
# a figure told by a word of stopping (its folded letters hold one of SUSPENSION_STEMS:
# "توقيف"، "إيقاف"، "أوقفت") with "عن" and a noun of work at most SUSPENSION_GAP words
# after it.
SUSPENSION_STEMS: tuple[str, ...] = ("وقيف", "يقاف", "وقف")
SUSPENSION_FROM: tuple[str, ...] = ("عن",)
SUSPENDED_FROM_NOUNS: tuple[str, ...] = (
    "العمل", "الخدمة", "الوظيفة", "عمله", "عملها", "عملهم", "عملهما", "مهامه", "مهامهم",
    "مهامهما", "وظائفهم", "وظيفته", "الدوام")
SUSPENSION_GAP: int = 3
# The kin of the missing or the held (KIN_OF_THE_COUNTED before the outcome noun: "العشرات
# من ذوي مفقودين"، "أهالي المختطفين") are the ones counted, and they are neither.
# The recaptured: "أعيد" then the arrest ("أعيد القبض عليهم"، "أعيد اعتقالهم") after a
# part of the escaped ("سبعة من الفارين"، "خمسة من الهاربين"): arrested.
RECAPTURE_AGAIN: tuple[str, ...] = ("أعيد", "وأعيد", "اعيد")
RECAPTURE_ARRESTS: tuple[str, ...] = ("القبض", "اعتقالهم", "اعتقال", "اعتقالهما",
                                      "توقيفهم", "احتجازهم")
ESCAPED_NOUNS: tuple[str, ...] = ("الفارين", "الهاربين", "الفارون", "الهاربون",
                                  "السجناء", "المساجين", "النزلاء")
RECAPTURE_GAP: int = 3

# --- round ar164: calls told by their noun, a report's cases --------------------------
# Verbs of renewing or repeating a statement told by its verbal noun with the subject's
# possessive ("وجدد المجلس دعوته إلى ..."، "وكررت النقابة مطالبتها بـ"، "وأعاد الرئيس
# التأكيد على أن"): the subject said it again, as "دعا"/"طالب"/"أكد" would read.
RENEWING_VERBS: tuple[str, ...] = (
    "جدد", "جددت", "جددوا", "وجدد", "وجددت", "وجددوا",
    "كرر", "كررت", "كرروا", "وكرر", "وكررت", "وكرروا",
    "أعاد", "أعادت", "أعادوا", "وأعاد", "وأعادت", "وأعادوا")
# The verbal noun of a verb of saying, with the verb it stands for (read as that verb).
RENEWED_SAYING_MASDARS: dict[str, str] = {
    "دعوة": "دعا", "مطالبة": "طالب", "تحذير": "حذر", "تأكيد": "أكد", "مناشدة": "ناشد",
    "إدانة": "أدان", "رفض": "رفض", "تنديد": "ندد", "نفي": "نفى", "اتهام": "اتهم"}
# The roots that gate the reader: a document with none of them is not scanned.
RENEWING_ROOTS: tuple[str, ...] = ("جدد", "كرر", "اعاد")
# What one is invited to, not called on to do ("جدد دعوته إلى العشاء"): an invitation.
INVITATION_OCCASIONS: tuple[str, ...] = (
    "عشاء", "غداء", "فطور", "إفطار", "مأدبة", "وليمة", "حفل", "حفلة", "سهرة", "عرس",
    "زفاف", "منزله", "منزلها", "بيته", "بيتها")
# Verbs of telling in a relative clause on a report's cases, with the cases' pronoun
# ("ومن الحالات التي يوردها التقرير مقتل ..."، "ومن الانتهاكات التي وثقتها المنظمة ...").
CASE_TELLING_VERBS: tuple[str, ...] = (
    "يورد", "تورد", "أورد", "أوردت", "يذكر", "تذكر", "ذكر", "ذكرت", "يرصد", "ترصد",
    "رصد", "رصدت", "يوثق", "توثق", "وثق", "وثقت", "يسرد", "تسرد", "سرد", "سردت")
# What opens a sentence of a report's cases ("ومن الحالات التي ...").
CASE_OPENERS: tuple[str, ...] = ("ومن", "من")
# How many words a report's name may hold after the telling verb ("التقرير الأممي").
CASE_TELLER_MAX_WORDS: int = 4
# (casualty_held_fates.py) The held named by forms the lists above leave out, read as the
# people whose fate is told: plural and dual forms of the detained, captives and prisoners.
HELD_FATE_EXTRA_NOUNS = ("معتقلون", "موقوف", "موقوفين", "موقوفا", "موقوفون", "معتقلان",
                         "أسيران", "أسيرين", "سجينان", "سجينين")
# --- round ar165: a part of the wounded still in its state; one of the injuries -------------
# "Still" (or lying) between a part of the wounded and its state ("12 منهم ما زالوا في
# العناية المركزة"، "ثلاثة منهم لا يزالون في حالة حرجة"، "اثنان منهم يرقدان في العناية
# المركزة"): passed over, the state after it is read as right after "منهم". The negation
# and its verb as two words, or joined as some outlets write them.
PART_STILL_NEGATIONS: tuple[str, ...] = ("ما", "لا")
PART_STILL_VERBS: tuple[str, ...] = ("زال", "زالوا", "زالت", "زالا", "زلن", "يزال",
                                     "يزالون", "تزال", "يزالان", "تزالان", "يزلن")
PART_STILL_JOINED: tuple[str, ...] = ("مازالوا", "لازالوا", "مازال", "لازال", "مازالا",
                                      "مازالت", "لازالت", "لايزالون", "لايزال")
PART_LYING_VERBS: tuple[str, ...] = ("يرقد", "يرقدون", "يرقدان", "ترقد", "ترقدان", "يرقدن")
# One of the injuries counted just before, set off by a comma ("تعاملت الطواقم مع خمس
# إصابات بالرصاص الحي، إحداها خطيرة"، "، إحداها في الرأس"): the feminine "one of them" of a
# count of injuries (casualty_one_injury.py). The injuries' nouns; what may follow "إحداها"
# to tell that injury: a severity (SEVERITY_WORDS, alone or after "بحالة"/"في حالة"/
# "وصفت"); the body part hit ("، إحداها في الرأس") is left, the sets split on it.
ONE_INJURY_WORDS: tuple[str, ...] = ("إحداها", "احداها", "واحدة منها")
ONE_INJURY_COUNTED_NOUNS: tuple[str, ...] = ("إصابات", "اصابات", "إصابة", "اصابة")
ONE_INJURY_STATE_OPENERS: tuple[str, ...] = ("بحالة", "وصفت", "وصفتها", "توصف")
# ... and "in a state" before the severity, as two words ("إحداها في حالة خطيرة")
ONE_INJURY_IN_STATE: tuple[str, str] = ("في", "حالة")
# How many tokens may stand between the injuries' noun and the comma before "إحداها"
# (their weapon, time and place: "بالرصاص المطاطي خلال المواجهات").
ONE_INJURY_REACH: int = 8
# One or two people described by the participle of being hurt right after them, agreeing
# in number and gender ("استقبل المستشفى امرأة مصابة بشظايا"، "إلى جانب امرأتين مصابتين"،
# "نقلت الطواقم طفلا مصابا"): one or two wounded (casualty_hurt_described.py). The
# participles by the number and gender they agree with; a disease, an illness or a feeling
# after them ("امرأة مصابة بالسرطان"، "طفل مصاب بالكوليرا") is no wound.
# Only "مصاب": "جندي جريح" is held unread since round ar149 (the singular "جريح" after a
# noun), and the sets give no word on it.
HURT_DESCRIBED_PARTICIPLES: dict[str, tuple[int, str]] = {
    **dict.fromkeys(("مصاب", "مصابا"), (1, "m")),
    **dict.fromkeys(("مصابة",), (1, "f")),
    **dict.fromkeys(("مصابان", "مصابين"), (2, "m")),
    **dict.fromkeys(("مصابتان", "مصابتين"), (2, "f")),
}
# "Each" or "any" before the noun makes it no one in particular ("كل طفل مصاب يحتاج ...").
HURT_DESCRIBED_ANY: tuple[str, ...] = ("كل", "أي", "لكل", "ولكل", "لأي", "بأي", "وأي")
HURT_DESCRIBED_NOT_WOUNDS: tuple[str, ...] = (
    "بمرض", "بأمراض", "بالسرطان", "بسرطان", "بالسكري", "بالتوحد", "بالحمى", "بحمى",
    "بالربو", "بالشلل", "بإعاقة", "بالإيدز", "بالجدري", "بالتهاب", "بسوء", "بفقر",
    "بعدوى", "بالعدوى", "بالسل", "بالإسهال", "بإسهال", "بالجفاف", "بنزلة", "بالزهايمر",
    # (review 44) the mind's ills and tiredness: "شاب مصاب بالاكتئاب"، "سائق مصاب بالتعب"
    "بالاكتئاب", "باكتئاب", "بالتعب", "بالأرق", "بالقلق", "بالسمنة", "بالبدانة",
    "بالصداع", "بالدوار", "بالإعياء")
# (review 44) A person described as hurt in no particular case: after a condition ("إذا
# وجد طفل مصاب"، "في حال وجود شخص مصاب"، "لو كان هناك رجل مصاب") or a negation of being
# there ("لا يوجد شخص مصاب"، "لم يكن هناك جندي مصاب") at most HURT_DESCRIBED_NOT_TOLD_REACH
# words before the person, nobody is counted ("في حالة حرجة وامرأة مصابة" is a state, no
# condition: "حالة" stays out). Folded when read.
HURT_DESCRIBED_NOT_TOLD: tuple[str, ...] = (
    "إذا", "اذا", "وإذا", "فإذا", "لو", "ولو", "حال", "لا", "لم", "ليس", "ليست", "لن",
    "بدون")
HURT_DESCRIBED_NOT_TOLD_REACH = 4
# A toll set against another with "مقابل" ("لقي 120 جنديا مصرعهم، مقابل 85 مقاتلا من
# الفصائل"، "وثقت مقتل 300 مدني، مقابل 410 في العام السابق"): the count after it is of the
# same outcome, the other side's dead or an earlier period's. Only after the dead or the
# wounded: after a capture or a release "مقابل" is an exchange or a ransom ("أفرج عن 20
# أسيرا مقابل 5 جنود"). The count has people after it, or stands alone before a time
# ("في"، "خلال"); money or things after it ("مقابل 500 دولار") are no toll.
COMPARED_TOLL_MARKERS: tuple[str, ...] = ("مقابل", "ومقابل")
COMPARED_TOLL_OUTCOMES: tuple[str, ...] = ("killed", "wounded")
COMPARED_TOLL_TIME_OPENERS: tuple[str, ...] = ("في", "خلال", "عام", "العام")
# (round ar167) A notable named by his standing, not by a trade or a rank: "وجيه" and
# "زعيم" are one person when an adjective of that standing follows ("قتل وجيه عشائري"،
# "اغتيال زعيم قبلي بارز"، "بينهم زعيم تقليدي"). Alone they are no person nouns: "وجيه"
# is a common given name ("قتل وجيه"، "اغتيال وجيه علي" name a man, no count), and a
# surname may end like a nisba, so only the adjectives listed here make the title.
NOTABLE_TITLES: tuple[str, ...] = ("وجيه", "زعيم", "وجيهة", "زعيمة")
NOTABLE_ADJECTIVES: tuple[str, ...] = (
    "عشائري", "قبلي", "تقليدي", "محلي", "ديني", "اجتماعي", "شعبي", "سياسي", "ميداني",
    "بارز", "معروف", "عشائرية", "قبلية", "تقليدية", "محلية", "دينية", "اجتماعية", "شعبية",
    "سياسية", "بارزة", "معروفة")
# (round ar167) Heads of a construct whose last genitive is definite ("ابن عم الشيخ"، "إمام
# مسجد القرية"، "محامي أسرة الضحية"): the chain takes the article of its last noun, so
# the head names one definite man the story knows, whom no count reads, as "شقيق القيادي".
DEFINITE_CHAIN_HEADS: tuple[str, ...] = (
    *KIN_CONSTRUCT_HEADS, "إمام", "خطيب", "مؤذن", "محامي", "محام", "مختار", "شيخ", "حارس",
    "سائق", "موظف", "مدرس", "معلم", "طبيب", "مالك", "صاحب", "مدير", "رئيس", "مؤسس", "أستاذ")
# Definite words after such a chain that are times, not its genitive ("قتل مختار قرية
# الجمعة"): the article there ends the group.
DEFINITE_CHAIN_NOT_GENITIVES: tuple[str, ...] = (
    "اليوم", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
    "الخميس", "الماضي", "الماضية", "الفائت", "الجاري", "الحالي", "الليلة", "الأسبوع",
    "الشهر", "العام", "الفجر", "الصباح", "المساء", "الظهر")
# (round ar167) Two offices of one man that govern one genitive ("اغتيل إمام وخطيب مسجد"،
# "مقتل مدير ومالك شركة"): the second title joined by "و" names the same man, no second
# person, when a genitive with no article follows it.
SHARED_GENITIVE_TITLES: tuple[str, ...] = (
    "إمام", "خطيب", "مؤذن", "مدير", "مالك", "صاحب", "رئيس", "مؤسس", "مدرس", "أستاذ")
# (round ar167) Nouns written with ta marbuta that fold into a verb with its object
# pronoun: "أسرة" (a family; folded "أسره", "captured him") and "قتلة" (killers; folded
# "قتله", "killed him"). Right after a person noun they are his genitive, no outcome.
TA_NOUNS_LIKE_VERBS: tuple[str, ...] = ("أسرة", "اسرة", "قتلة")
# (round ar167) How many tokens "من" and the body of a dual's two may take before a person
# joined to them by "و" ("قتل عنصران من قوى الأمن الداخلي (الأسايش) ومدني"): the joined one
# shares the two's outcome, as after a count's own "من" group.
DUAL_BODY_BETWEEN_MAX: int = 8
# (round ar169) Plurals of weight and volume after a number, besides AMOUNT_UNITS: "فقد نحو
# عشرة كيلوغرامات من وزنه" (a weight lost, nobody missing), "ضبط ثلاثة غرامات".
MEASURE_PLURALS: tuple[str, ...] = ("كيلوغرامات", "كيلوجرامات", "كيلوات", "غرامات",
                                    "جرامات", "ليترات", "ليتر", "لتر", "ليترا", "كيلو")
NON_PERSON = (*NON_PERSON, *MEASURE_PLURALS)
# (round ar169) A hostage or a captive killed: one of these right after a word of killing
# ("مقتل رهينة"، "إعدام رهينتين"، "قتل مسلحون مختطفا") was killed, not (or no longer) held.
KILLED_CAPTIVE_ONES: tuple[str, ...] = ("رهينة", "أسير", "أسيرا", "مختطف", "مختطفا",
                                        "مخطوف", "مخطوفا")
KILLED_CAPTIVE_TWOS: tuple[str, ...] = ("رهينتان", "رهينتين", "أسيران", "أسيرين",
                                        "مختطفان", "مخطوفان")
# ... the words of killing before them (with KILLING_BEFORE_TITLE), and the killers that may
# stand between a verb and its object ("أعدم مسلحون رهينة"، "قتل الخاطفون رهينتين").
KILLING_CAPTIVE_VERBS: tuple[str, ...] = ("أعدم", "أعدمت", "أعدموا", "قتلت", "قتلوا",
                                          "تصفية", "ذبح", "ذبحت", "ذبحوا")
CAPTIVE_KILLERS: tuple[str, ...] = ("مسلحون", "مسلحان", "مجهولون", "الخاطفون", "خاطفوه",
                                    "التنظيم", "الجماعة", "العصابة", "المسلحون", "خاطفوهم")
# (round ar169) Doers whose flight is no displacement ("ثلاثة من الخاطفين فروا"، "فر اثنان
# من الجناة"), besides ARMED_NOUNS and ARMED_PART_NOUNS: they escaped, nobody left a home.
FLEEING_DOERS: tuple[str, ...] = ("الخاطفين", "الخاطفون", "الجناة", "اللصوص", "المهاجمين",
                                  "المهربين", "القتلة", "المعتدين", "السارقين", "العصابة",
                                  "القراصنة", "المسلحين", "المتهمين", "المشتبه", "الإرهابيين",
                                  "المطلوبين", "المجرمين", "خاطفين", "لصوص", "جناة")
# (round ar169) Definite plurals after "تحرير ثلاثة من" that are places, not people, though
# they end like a nisba or a people's plural ("تحرير ثلاثة من الأحياء الشرقية").
FREED_PART_NOT_PEOPLE: tuple[str, ...] = ("أحياء", "قرى", "مدن", "مناطق", "بلدات",
                                          "مواقع", "مراكز", "مديريات", "محافظات", "أراضي",
                                          "معاقل", "مخيمات", "ضواحي")
# (round ar169) Broken plurals of people freed in a part ("تحرير ثلاثة من التلاميذ"), besides
# PERSON_PLURALS.
FREED_PART_PEOPLE: tuple[str, ...] = ("تلاميذ", "سياح", "حجاج", "زوار", "رهائن", "أسرى")
# (round ar169) A headline's present of seizing ("الأمن يحرر طفلا ويضبط ثلاثة متهمين"،
# "الشرطة تضبط 4 متهمين"): arrest, tight as "يعتقل" (only a count right after it) and for
# persons only as "ضبط" (not "يضبط 3 أطنان").
SEIZING_PRESENT: tuple[str, ...] = ("يضبط", "تضبط")
OUTCOME_TRIGGERS = {**OUTCOME_TRIGGERS, **dict.fromkeys(SEIZING_PRESENT, "arrested")}
TIGHT_TRIGGERS = TIGHT_TRIGGERS | frozenset(SEIZING_PRESENT)
PERSON_TRIGGERS = PERSON_TRIGGERS | frozenset(SEIZING_PRESENT)
# (round ar169) Prepositions of place before "one of" ("خطف في أحد بساتين البلدة"، "قتل
# قرب إحدى المدارس"): the one is a place, not a person. Not "إلى" nor "عند", which reach
# people as well ("منعوا الإسعاف من الوصول إلى أحد المصابين").
PLACE_ONE_OF_PREPOSITIONS: tuple[str, ...] = ("في", "قرب", "داخل", "بجوار",
                                             # (round ar184) "عند أحد مداخل المخيم"
                                             "عند", "أمام", "خلف", "قبالة")
# (round ar169) Feminine numerals (a count of things: operations, cases) that a part "منها"
# follows ("ثلاث عمليات خطف، انتهت اثنتان منها بدفع فدية"): no people; women would be
# "منهن".
FEMININE_PART_COUNTS: tuple[str, ...] = ("اثنتان", "اثنتين", "ثنتان", "ثلاث", "أربع", "خمس",
                                         "ست", "سبع", "ثماني", "تسع", "عشر")
FEMININE_PART_PRONOUN = "منها"
# (round ar169) The plural and dual of "مجموعة" as holders, as the singular is ("ما زالوا
# محتجزين لدى مجموعات مختلفة"، "أفرجت مجموعتان مسلحتان عن ..."): people a group holds are
# captives, not prisoners of a state.
GROUP_HOLDERS_MORE: tuple[str, ...] = ("مجموعات", "المجموعات", "مجموعتان", "مجموعتين",
                                       "المجموعتين", "المجموعتان")
ARMED_HOLDERS = (*ARMED_HOLDERS, *GROUP_HOLDERS_MORE)

# (round ar171) A title right before "علي", the given name that folds as the preposition
# "على": "وأوضح الشيخ علي صالح الحضيري، ..."، "وقال اللواء علي حمود إن". After one of these
# (or a definite title right after a verb of saying, or the verb itself) the word written
# with ya and a name after it is the speaker's given name.
ALI_NAME_TITLES: tuple[str, ...] = (*NAME_HONORIFICS, *RANKS, "الوزير", "الوزيرة", "النائب",
                                    "القاضي", "الإمام", "المختار", "الأمير", "الصحفي",
                                    "الناشط", "المواطن", "الصياد", "المزارع")
# Verbs of saying that take "على" ("أكد على أهمية"، "شدد على ضرورة"): right after them "علي"
# as written with ya may still be the preposition.
SPEECH_VERBS_TAKING_ALA: tuple[str, ...] = ("أكد", "أكدت", "أكدوا", "شدد", "شددت", "شددوا",
                                            "علق", "علقت", "رد", "ردت", "حث", "حثت",
                                            "حرص", "حرصت", "وافق", "وافقت", "اعترض", "اعترضت")
# (round ar171) A headline's telling verb with "في" and a work after it ("طبيب يروي في كتاب
# جديد ..."، "مخرجة توثق في فيلم ..."): the work holds the story, and no one is quoted.
WORK_TELLING_VERBS: tuple[str, ...] = ("يروي", "تروي", "يروون", "يوثق", "توثق", "يوثقون",
                                       "يسرد", "تسرد", "يحكي", "تحكي", "يستعيد", "تستعيد")
# The works (as written after "في", without the article; a possessive form is its own word).
TOLD_WORKS: tuple[str, ...] = ("كتاب", "كتابه", "كتابها", "فيلم", "فيلمه", "فيلمها",
                               "رواية", "روايته", "روايتها", "مذكرات", "مذكراته",
                               "مذكراتها", "ديوان", "مسرحية", "وثائقي", "معرض", "معرضه",
                               "لوحات", "قصيدة", "أغنية", "كتب", "أفلام", "سيرة", "سيرته")
# (round ar171) The masdar of an opening or a launch that opens a headline's subject
# ("افتتاح متحف صغير يوثق ..."، "إطلاق منصة ترصد ..."): the verb after the thing opened is a
# clause on it, no one's words.
OPENING_MASDARS: tuple[str, ...] = ("افتتاح", "إطلاق", "تدشين", "إنشاء", "تأسيس", "إصدار",
                                    "صدور", "عرض")
# (round ar171) Bodies named without the article that open a sentence after its verb, whose
# participle then speaks for them ("ورحبت منظمات مدنية بالقانون، داعية الحكومة إلى ..."):
# a plural of bodies with its adjective, or a head in construct with a definite genitive
# ("ورحب فريق الأمم المتحدة بالكشف، مؤكدا ...").
INDEFINITE_BODY_PLURALS: tuple[str, ...] = ("منظمات", "جمعيات", "نقابات", "هيئات", "أحزاب",
                                            "فصائل", "لجان", "اتحادات", "مجالس", "منظمة",
                                            "جمعية", "نقابة", "هيئة")
CONSTRUCT_BODY_HEADS: tuple[str, ...] = ("فريق", "وفد", "بعثة", "مكتب", "لجنة", "مجلس",
                                         "منظمة", "جمعية", "نقابة", "هيئة", "اتحاد",
                                         "ائتلاف", "تحالف", "منظمات", "جمعيات", "نقابات")
# (round ar171) Vehicles and companies that "نقل" (transport) follows as their genitive
# ("شركة نقل"، "شاحنة نقل"، "وسائل نقل"): there it is no relay verb ending a speaker.
TRANSPORT_NOUN_HEADS: tuple[str, ...] = ("شركة", "شركات", "شاحنة", "شاحنات", "حافلة",
                                         "حافلات", "سيارة", "سيارات", "وسائل", "وسيلة",
                                         "خطوط", "خط", "مكتب", "مكاتب", "عربة", "عربات",
                                         "أسطول", "قطاع", "حركة", "طائرة", "طائرات")

# (round ar170) The plain verb of dying, as "توفي" before one counted after a place or a time
# ("ومات في الطريق طفل"، "ماتت خلال الحصار 12 امرأة جوعا"): killed. For persons only, as
# "غرق" (not "مات 300 رأس من الماشية").
DIED_PLAIN_VERBS: tuple[str, ...] = ("مات", "ماتت")
OUTCOME_TRIGGERS = {**OUTCOME_TRIGGERS, **dict.fromkeys(DIED_PLAIN_VERBS, "killed")}
PERSON_TRIGGERS = PERSON_TRIGGERS | frozenset(DIED_PLAIN_VERBS)
# (round ar170) The passive of hurting after one person named as the object of another
# verb, an asyndetic relative clause ("عالجنا امرأة أصيبت برصاصة"، "أسعفوا شابا جرح
# بشظية"): one wounded, told as round ar122 tells "طفل خطف من أمام منزله" (no object after
# the verb; the person indefinite and of the verb's gender). Not the passive of killing,
# whose letters are the active's ("مسلحا قتل إمام المسجد"، "ابن شقيقه قتل"), which the
# older rounds keep unread after a noun, nor a subject after "إن"/"أن" (round ar112's).
HURT_PASSIVES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("أصيب", "جرح"), ("masculine", "wounded")),
    **dict.fromkeys(("أصيبت", "جرحت"), ("feminine", "wounded")),
}
# (round ar170) The dead or hurt named before, as the subject whose predicate the person is
# ("أحد القتيلين طالب أصيب برصاصة"، "الضحية امرأة قتلت في منزلها"): one counted already.
HURT_PASSIVE_SAID_OF: tuple[str, ...] = (
    "القتيل", "القتيلة", "القتيلين", "القتيلتين", "القتلى", "الجريح", "الجريحة", "الجريحين",
    "الجرحى", "المصاب", "المصابة", "المصابين", "المصابتين", "الشهيد", "الشهيدة",
    "الشهيدين", "الشهداء", "الضحية", "الضحيتين", "الضحيتان", "الضحايا")
# (round ar170) The feminine duals of the dead and the hurt, as the masculine ("سقوط
# قتيلتين"، "إن القتيلتين من عائلة واحدة"، "نقلت الجريحتان"): the word is the whole figure.
# "مصابتين" is no plural (that is "مصابات"), so its oblique is read too.
OUTCOME_DUALS_FEMININE: dict[str, str] = {
    **dict.fromkeys(("قتيلتين", "قتيلتان", "شهيدتين", "شهيدتان"), "killed"),
    **dict.fromkeys(("جريحتين", "جريحتان", "مصابتين"), "wounded"),
}
OUTCOME_DUALS = {**OUTCOME_DUALS, **OUTCOME_DUALS_FEMININE}
# (round ar173) An official whose post is a place ("محافظ شمال سيناء"، "والي جنوب كردفان"،
# "قائد شرطة غرب دارفور"، "مدير أمن الموصل"): the titles that govern such a place, the
# services an indefinite genitive names between the title and the place, and the sides of
# a region that open a place's name. All of it is the speaker's, up to the place.
OFFICIAL_PLACE_TITLES: tuple[str, ...] = ("محافظ", "والي", "قائد", "مدير", "رئيس", "وكيل",
                                          "نائب", "معاون", "آمر", "قائممقام", "قائمقام")
OFFICIAL_PLACE_SERVICES: tuple[str, ...] = ("شرطة", "أمن", "عمليات", "استخبارات", "مخابرات",
                                            "بلدية", "جمارك", "مرور", "حرس")
OFFICIAL_PLACE_SIDES: tuple[str, ...] = ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي",
                                         "جنوبي", "شرقي", "غربي")
# (round ar173) Bodies named by such a place ("ولاية جنوب دارفور"، "شرطة شمال سيناء"،
# "شرطة ولاية غرب كردفان"); with a body the side must be there, and the place heads that may
# stand between the title or body and the side.
OFFICIAL_PLACE_BODIES: tuple[str, ...] = ("ولاية", "محافظة", "إقليم", "شرطة", "مديرية",
                                          "قيادة", "بلدية")
OFFICIAL_PLACE_HEADS: tuple[str, ...] = ("ولاية", "محافظة", "إقليم", "مديرية", "منطقة",
                                         "قطاع")
# (round ar173) An announcement told by its verbal noun after a preposition of time or
# concession ("بعد يومين من إعلان الأمم المتحدة أن ..."، "رغم إعلان الحكومة هزيمة التنظيم"،
# "عقب إعلان الجيش إطلاق عملية ..."): the announcer right after the noun, then "أن" or the
# object, read as after "أعلن". The words before the noun that make it an event in time.
ANNOUNCING_MASDARS: tuple[str, ...] = ("إعلان",)
ANNOUNCING_MASDAR_AFTER: tuple[str, ...] = (
    "من", "بعد", "عقب", "إثر", "اثر", "رغم", "برغم", "قبل", "منذ", "مع", "وسط")

# (round ar172) More companions counted after one named person who was killed, hurt or
# taken ("قتل قائد الكتيبة وخمسة من جنوده"، "قتل قائدان وسبعة من مرافقيهما"، "أصيب المحافظ
# واثنان من حراسه"): his soldiers, men, comrades and fighters, and the dual's and plural's
# pronouns of those COMPANIONS_OF_ONE has; the part shares the named head's outcome.
COMPANIONS_OF_ONE_MORE: tuple[str, ...] = (
    "جنوده", "جنودها", "جنودهما", "جنودهم", "عناصره", "عناصرها", "عناصرهما", "عناصرهم",
    "رفاقه", "رفاقها", "رفاقهما", "رفاقهم", "مقاتليه", "مقاتليها", "مقاتليهما", "مقاتليهم",
    "مرافقيهما", "مرافقيهم", "حراسهما", "حراسهم", "زملائهما", "زملائهم", "مساعديهما",
    "مساعديهم", "أبنائهما", "أشقائهما",
)
# (round ar172) The words that open an apposition naming the head between commas, his rank
# or title before his name ("قتل قائد اللواء، العقيد فلان، وثلاثة من مرافقيه"), and how
# many words the apposition may take.
COMPANIONS_APPOSITION_OPENERS: tuple[str, ...] = (
    *RANKS, "الشيخ", "القيادي", "الدكتور", "المهندس", "القاضي", "الحاج")
COMPANIONS_APPOSITION_MAX: int = 6
# (round ar172) A headline's present tense of taking captive, tight as "يخطفون" ("مسلحون
# يأسرون أربعة من الشرطة"، "الجماعة تأسر ٣ جنود"); "يأسر" alone is also "captivates", so
# a count must follow at once.
CAPTURE_PRESENT_HEADLINE: tuple[str, ...] = ("يأسر", "يأسرون", "تأسر")
OUTCOME_TRIGGERS = {**OUTCOME_TRIGGERS, **dict.fromkeys(CAPTURE_PRESENT_HEADLINE, "captured")}
TIGHT_TRIGGERS = TIGHT_TRIGGERS | frozenset(CAPTURE_PRESENT_HEADLINE)
# (round ar172) How many sentences before "أفرج عن أحدهما"، "حررت أحدهم" the held whole the
# pronoun points to may be told (the story's lead; a count's "N منهم" takes two).
RELEASED_ONE_OF_THEM_SENTENCES_BACK: int = 3
# (round ar172) Strikes and sorties are no people: a count of them before a verb of flight
# or refuge ("نفذ الطيران ثلاث ضربات على مواقع يرجح أنهم لجؤوا إليها") counts the strikes,
# and those who took refuge are the pronoun's, uncounted.
STRIKE_NOUNS_NOT_PEOPLE: tuple[str, ...] = (
    "ضربة", "ضربات", "ضربتين", "ضربتان", "هجمة", "هجمات", "طلعة", "طلعات", "رشقة", "رشقات")
NON_PERSON = (*NON_PERSON, *STRIKE_NOUNS_NOT_PEOPLE)
# (round ar172) Adverbs that join a count after a comma to the outcome before it ("قتل
# جندي، وكذلك ثلاثة مدنيين"); any other word joined by "و" there is the count's own verb
# ("، وعاد خمسة من رفاقه"), which opens a clause of its own.
COUNT_JOINING_ADVERBS: tuple[str, ...] = ("كذلك", "أيضا", "ايضا", "معه", "معهم", "معهما")

# A toll's apposed breakdown (casualty_apposed_parts.py): how many words a member may name
# after its "من" ("خمسة من أبناء المدينة"، "وأربعة من بلدة الهلالية").
APPOSED_PART_WORDS = 4

# --- round ar176: casualties of raids and sniper fire ---------------------------------
# (round ar176) Felling, the verb of a sniper's or a gunman's killing ("قناص يردي شابا"،
# "أردى قناص فتى في الحي"، "قناصة يردون ثلاثة شبان"): killed, tight as the headline's
# "يقتل" ("تردي الأوضاع" is deterioration), so only a count or an indefinite person right
# after the verb is read; the past "أردى" takes its subject between too ("أردى قناص
# إسرائيلي 3 شبان"), as "قتل" does. Not the feminine past "أردت": unvowelled it is as often
# "I wanted" or "you wanted" in quoted speech, and the blind sets read it wrongly once.
FELLING_VERBS: tuple[str, ...] = ("أردى", "أردوا", "يردي", "تردي", "يردون")
FELLING_TIGHT: tuple[str, ...] = ("أردوا", "يردي", "تردي", "يردون")
OUTCOME_TRIGGERS = {**OUTCOME_TRIGGERS, **dict.fromkeys(FELLING_VERBS, "killed")}
TIGHT_TRIGGERS = TIGHT_TRIGGERS | frozenset(FELLING_TIGHT)
# ... and people only where the letters are also another word: "تردي 3 قطاعات" is three
# sectors' decline (the masdar); a bare count after the others is still of people
# ("قناصة يردون العشرات").
FELLING_PEOPLE_ONLY: tuple[str, ...] = ("تردي",)
PERSON_TRIGGERS = PERSON_TRIGGERS | frozenset(FELLING_PEOPLE_ONLY)
# (round ar176) Mourners are no toll (casualty_mourners.py). A count right after a verb of
# burying or mourning whose noun comes later, or none ("شيع المئات الشاب القتيل"، "وشيع
# العشرات جثامين القتلى"), is the crowd that walked behind the dead, its subject; the dead
# counted right after the verb stay a figure ("شيع الأهالي 4 قتلى"، "دفن 7 قتلى").
FUNERAL_VERBS: tuple[str, ...] = ("شيع", "شيعت", "شيعوا", "يشيع", "تشيع", "يشيعون", "دفن",
                                  "دفنت", "دفنوا", "يدفن", "يدفنون")
# ... and a definite vague count before a definite singular person ("حضر المئات الشاب
# القتيل"، "رأى العشرات الطفل الجريح"): Arabic counts a definite noun with "من" ("المئات من
# الشبان"), and never a singular, so the two are a subject and an object, nobody counted.
DEFINITE_VAGUE_COUNTS: tuple[str, ...] = ("العشرات", "المئات", "الآلاف", "الالاف",
                                          "الملايين")
# (round ar176) The verbal noun of leading away, people taken from their homes by a raid
# ("بمداهمة منازل القرية واقتياد 12 رجلا"، "أفاد شهود باقتياد ١٥ شخصا"): a capture, as the
# verb with no captor named is (LEADING_AWAY_VERBS); people only ("اقتياد 3 سيارات" is
# vehicles driven off). Those led away are counted after "بين" as the kidnapped are ("بين
# المقتادين ثلاثة طلاب ومعلم"), by the participle of the passive.
LEADING_AWAY_MASDARS: tuple[str, ...] = ("اقتياد",)
LED_AWAY_NOUNS: tuple[str, ...] = ("مقتادين", "مقتادون")
OUTCOME_TRIGGERS = {**OUTCOME_TRIGGERS, **dict.fromkeys(LEADING_AWAY_MASDARS, "captured")}
PERSON_TRIGGERS = PERSON_TRIGGERS | frozenset(LEADING_AWAY_MASDARS)
OUTCOME_NOUNS = {**OUTCOME_NOUNS, **dict.fromkeys(LED_AWAY_NOUNS, "captured")}
# (round ar176) People held "لدى" a force named by two words or by its kind and its name
# ("المدنيين المحتجزين لدى الدعم السريع"، "لدى قوات الدعم السريع"، "لدى حركة الشباب"): the
# armed holder decides a capture, as "لدى الميليشيا" does (ARMED_HOLDER_NAMES,
# ARMED_HOLDER_HEADS); "قوات" may stand before the name. The police or the army after
# "لدى" keep the holding an arrest.
FORCES_OF_NAMED_HOLDER: tuple[str, ...] = ("قوات",)
# ... its doer unnamed, the masdar follows the act told before it in its sentence: after an
# arrest ("اعتقلت القوات ثلاثة شبان، إضافة إلى اقتياد ٤ آخرين للتحقيق"، "أسفرت الحملة عن
# اعتقال 5 واقتياد 3 آخرين") those led away are arrested too (casualty_led_away_masdar.py).
# The verbs of holding are left out: who holds decides them.
LED_AWAY_ARRESTS: tuple[str, ...] = tuple(
    w for w, o in OUTCOME_TRIGGERS.items()
    if o == "arrested" and "حتجز" not in w and w not in LEADING_AWAY_MASDARS)
LED_AWAY_CAPTURES: tuple[str, ...] = tuple(
    w for w, o in OUTCOME_TRIGGERS.items() if o == "captured" and w not in LEADING_AWAY_MASDARS)

# --- round ar178: pairs among the dead, meeting death in the present, "so far" ------------
# (round ar178) "So far" between a passive outcome verb (with the event's pronoun) and its
# count ("وقتل فيها حتى الآن ستة رجال"، "أصيب خلالها إلى اليوم 4 أشخاص"): the time of the
# tally, passed over whole as a named period is, so the verb stays tight to the count.
SO_FAR_OPENERS: tuple[str, ...] = ("حتى", "لغاية", "إلى")
SO_FAR_NOWS: tuple[str, ...] = ("الآن", "اللحظة", "اليوم")
# (round ar178) Meeting one's death after an indefinite person or a dual, in the past or in
# a headline's present ("امرأة تلقى حتفها برصاص"، "شاب يلقى مصرعه"، "طفلان يلقيان
# حتفهما"، "امرأة لقيت حتفها"): read only with the death noun right after the verb
# (DEATH_MET_NOUNS); "تلقى" alone receives ("امرأة تلقى اتصالا").
MEETING_DEATH_AFTER_SUBJECT: tuple[str, ...] = ("لقي", "لقيت", "لقيا", "لقيتا")
MEETING_DEATH_PRESENT: tuple[str, ...] = ("يلقى", "تلقى", "يلقيان", "تلقيان")
# (round ar180) Executions carried out are deaths; sentences, demands and stays are not.
# The verbs of executing: people held before ("أعدمت الجماعة أربعة أسرى"، "يعدمون ميدانيا 14
# أسيرا") were killed, no longer held.
EXECUTING_VERBS: tuple[str, ...] = ("أعدم", "أعدمت", "أعدموا", "يعدم", "تعدم", "يعدمون",
                                    "وأعدم", "وأعدمت", "وأعدموا")
# The penalties a sentence carried out "بحق" people ("تنفيذ حكم الإعدام بحق تسعة مدانين").
DEATH_PENALTIES: tuple[str, ...] = ("الإعدام", "القصاص", "القتل")
PENALTY_HEADS: tuple[str, ...] = ("حكم", "أحكام", "عقوبة", "حد")
# Carrying it out: the perfect verb or the bare verbal noun ("أعلنت الوزارة تنفيذ"); "بتنفيذ"
# and "لتنفيذ" (asked for, ordered) are not in the list and count nobody.
CARRYING_OUT: tuple[str, ...] = ("تنفيذ", "نفذت", "نفذ", "نفذوا", "ونفذت", "ونفذ", "ونفذوا")
# The manner of an execution between the penalty and "بحق" ("شنقا"، "رميا بالرصاص").
EXECUTION_MANNERS: tuple[str, ...] = ("شنقا", "رميا", "بالرصاص", "بالسيف", "تعزيرا", "حدا",
                                      "قصاصا", "ميدانيا", "علنا")
AGAINST_WORDS: tuple[str, ...] = ("بحق", "على")
# A stay, a delay, a pardon or a demand before the sentence: nobody died ("تأجيل تنفيذ حكم
# الإعدام"، "أوقفت تنفيذ"، "طالبت النيابة بإيقاع عقوبة القتل").
EXECUTION_STAYS: tuple[str, ...] = (
    "تأجيل", "وقف", "إيقاف", "أوقفت", "أوقف", "أرجأت", "أرجأ", "إرجاء", "تعليق", "علقت",
    "تجميد", "جمدت", "عفو", "عفا", "طالبت", "طالب", "تطالب", "يطالب", "المطالبة", "بإيقاع",
    "بإنزال", "طلبت", "طلب", "إلغاء", "ألغت", "تخفيف", "خففت",
)
# Counts of rulings, not people ("ستة أحكام قصاص").
RULING_NOUNS: tuple[str, ...] = ("أحكام", "أحكاما", "حكما", "قرارات", "قضايا")
# ... the other forms of the penalty read with them, the noun of a penalty demanded ("عقوبة
# القتل" with no carrying out), the words before a verb of executing that make it wished,
# threatened or denied ("بأن تعدم"، "لم يعدم"), and the words that end the reach of a verb
# of executing towards a count ("الخطة التي قدمها ثلاثة وزراء").
EXECUTION_NOUNS_OTHER: tuple[str, ...] = ("إعدام", "بالإعدام", "بإعدام")
PENALTY_NOUN = "عقوبة"
EXECUTING_NOT_DONE: tuple[str, ...] = ("أن", "بأن", "لن", "لم", "لا", "ألا", "قد")
EXECUTED_COUNT_BREAKS: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللتين", "إن",
                                          "أن", "قال", "قالت", "بعد", "قبل", "منذ")

# --- round ar181: a crowd of kin named by the dead they belong to --------------------------
# A count "من" kin, in construct with an indefinite plural of people whose own clause tells
# their death, arrest or taking ("تظاهر العشرات من ذوي سجناء أعدموا"، "اعتصم المئات من
# عائلات مخطوفين اختطفوا"): the verb describes the genitive, and the count is the crowd of
# relatives, no toll. Only kin, families and mourners: "أهالي"/"أهل"/"أبناء" are also the
# people of a place or tribe ("العشرات من أبناء عشائر قتلوا" counts the sons), so they stay
# out.
KIN_CROWD_HEADS: tuple[str, ...] = (
    "ذوي", "ذوو", "أقارب", "عائلات", "أسر", "عوائل", "أمهات", "آباء", "زوجات", "أرامل",
    "رفاق", "أصدقاء", "مشيعي", "زملاء",
)

# --- round ar181: a bare definite numeral told again with its state -----------------------
# A definite numeral standing alone as the subject of a "that" clause or a sentence, the
# people the report counted before ("وإن الثلاثة كانوا محتجزين لدى كتيبة"، "وأن الثلاثة
# الآخرين ما زالوا محتجزين لدى الخاطفين"، "وأن الأربعة أفرج عنهم فجر اليوم"): the corpus
# annotates an anaphoric repeat of a number (README-ar: "القتلى الثلاثة"). Its state comes
# after "كان" or "still" (a held, taken or missing participle), or as a released passive
# with its pronoun, or as a plural passive of an outcome with no object after it.
NUMERAL_TOLD_BEING: tuple[str, ...] = ("كانوا", "كانا", "باتوا", "ظلوا", "بقوا")
NUMERAL_TOLD_RELEASES: tuple[str, ...] = ("أفرج", "أطلق")
NUMERAL_TOLD_RELEASED_THEM: tuple[str, ...] = ("عنهم", "عنهما", "سراحهم", "سراحهما")
NUMERAL_TOLD_PASSIVES: dict[str, str] = {
    **dict.fromkeys(("قتلوا", "أعدموا", "قضوا"), "killed"),
    **dict.fromkeys(("أصيبوا", "جرحوا"), "wounded"),
    **dict.fromkeys(("خطفوا", "اختطفوا", "أسروا"), "captured"),
    **dict.fromkeys(("اعتقلوا", "أوقفوا", "ضبطوا"), "arrested"),
}
# What may follow such a passive in its own clause (a place, a time, a cause): anything
# else may be its object ("الثلاثة قتلوا حارسا" is the three killing).
NUMERAL_TOLD_AFTER_PASSIVE: tuple[str, ...] = (
    "في", "من", "خلال", "أثناء", "على", "جراء", "منذ", "فجر", "صباح", "مساء", "ليل", "ليلة", "أمس",
    "اليوم", "برصاص", "بنيران", "بقصف", "بغارة", "عند", "قرب", "داخل", "بعد", "قبل", "إثر",
    "بجروح", "بإصابات", "بشظايا", "بالرصاص",
)

# --- round ar181: a definite dual in "-ين" before its dual passive -----------------------
# "وذكر البيان أن الجانيين ضبطا في شقة"، "إن الصيادين اختطفا قرب الجزيرة": a definite person
# noun in "-ين" is a plural or a dual; right after "أن"/"إن" with a dual past of an outcome
# after it, the verb's alif says two (README-ar: "الشخصين قتلا"). Defective nouns keep their
# "ي" in the dual ("جان" → "الجانيين"، "قاض" → "القاضيين"), so their stems are listed.
DEFECTIVE_DUAL_STEMS: tuple[str, ...] = ("جاني", "قاضي", "رامي", "ساعي", "محامي", "راعي")

# --- round ar181: releases of one, of a part "of" a count, "in one of" the kidnappings ----
# "in one of them", the takings or kidnappings counted just before, standing where a
# release's doer would ("ثلاث عمليات خطف ..., أفرج في إحداها عن مهندس"، "أطلق في إحداها
# سراح سائق شاحنة"): the one released was a captive.
RELEASED_IN_ONE_OF: tuple[str, ...] = ("إحداها", "إحداهما", "إحداهن")

# --- round ar184: the deceased, as a list of the dead names them ------------------------
# "بين المتوفين فتاتين"، "ارتفع عدد المتوفين إلى 9": the participle of dying names the dead
# as "القتلى" does in reports of fires and collapses.
OUTCOME_NOUNS = {**OUTCOME_NOUNS, **dict.fromkeys(
    ("متوفين", "متوفون", "متوفيات", "موتى"), "killed")}

# --- round ar184: households driven from their homes, told after their count ------------
# "سبع عائلات اضطرت إلى مغادرة القرية"، "ست عائلات أجبرت على الرحيل"، "أرغمت على ترك
# منازلها": forced to leave; only with the masdar of leaving after the preposition (forced to
# pay, to sell, to close is no flight).
FAMILIES_FORCED_VERBS: tuple[str, ...] = (
    "اضطرت", "أجبرت", "أرغمت", "اضطروا", "أجبروا", "أرغموا", "اضطرتا", "أجبرتا")
FAMILIES_FORCED_TO: tuple[str, ...] = ("إلى", "على")
FAMILIES_FORCED_LEAVING: tuple[str, ...] = (
    "مغادرة", "الرحيل", "ترك", "النزوح", "الخروج", "إخلاء", "هجر", "الفرار", "الهرب")
# "12 عائلة باتت بلا مأوى"، "أصبحت بلا مأوى": left without shelter, which the blind sets'
# gold counts as displaced; the past only ("قد تصبح بلا مأوى" is a fear).
FAMILIES_BECAME_VERBS: tuple[str, ...] = (
    "باتت", "أصبحت", "أضحت", "صارت", "باتوا", "أصبحوا", "وباتت", "وأصبحت")
FAMILIES_WITHOUT: tuple[str, ...] = ("بلا", "دون", "بدون")
FAMILIES_SHELTER_WORDS: tuple[str, ...] = ("مأوى",)
# "ثماني عائلات شردها الحريق": the relative verb of driving out with the households as its
# object pronoun, right after them.
FAMILIES_DRIVEN_THEM: tuple[str, ...] = ("شردها", "شردتها", "شردهم", "شردتهم", "هجرها",
                                         "هجرتها")
# "أربع عائلات من تجمع ... هجرت مساكنها": the households' own verb of abandoning home
# (README-ar: "هجر"), after words on where they are from.
FAMILIES_LEFT_HOMES_VERBS: tuple[str, ...] = ("هجرت", "نزحت")
# How many words may describe the households before the predicate ("من تجمع وادي الريحان
# البدوي في الأغوار"، "كانت تسكنه").
FAMILIES_DRIVEN_GAP: int = 8
# Words that open a new clause or point elsewhere before any predicate of theirs.
FAMILIES_DRIVEN_STOPS: tuple[str, ...] = (
    "أن", "إن", "وأن", "وإن", "بينما", "فيما", "حيث", "لكن", "لم", "لن", "ثم", "بعد", "قبل",
    "عادت", "وعادت", "تقيم", "تعيش", "تسكن")
# ... and households who came back after it ("أجبرت على الرحيل ثم عادت إلى منازلها").
FAMILIES_DRIVEN_ENDED: tuple[str, ...] = ("عادت", "وعادت", "عادوا", "وعادوا", "عودتها",
                                          *FAMILIES_RETURNING)

# --- round ar184: a second clause of the wounded after one killed ---------------------
# "أن جنديا قتل وأصيب ثلاثة مدنيين": the passive of wounding written as such (its active
# is "أصاب") has the count after it for its subject, a new clause after the first verb's
# own subject; "وجرح" may be active ("شابا قتل وجرح ستة أشخاص"), so it counts others only
# with "آخرون" after the count's noun.
SECOND_VERB_PASSIVES: tuple[str, ...] = ("وأصيب", "وأصيبت")

# --- round ar184: one of a toll told by his state or by how he was hurt -----------------
# "وأن حالة أحدهم حرجة"، "حالة أحدهم، وهو فتى في الخامسة عشرة، وصفت بالمتوسطة"، "أحدهم في
# حال الخطر": the state of one of the wounded counted before, its grade named in the
# clause ("حال" is the shorter form of "حالة"). A grade of danger only, as "أحدهم في حالة
# حرجة" is read: "حالة أحدهما مستقرة" is left out (ar-23's gold leaves it unread).
ONE_OF_THEM_STATE_NOUNS: tuple[str, ...] = ("حالة", "وحالة", "حال")
ONE_OF_THEM_GRADES: tuple[str, ...] = (
    "الخطر", "متوسطة", "بالمتوسطة", "المتوسطة", "حرجة", "بالحرجة")
ONE_OF_THEM_GRADE_REACH: int = 14
# "نقلت اثنين من المصابين، أحدهما بالرصاص الحي في فخذه": how the one was hurt.
ONE_OF_THEM_HURT_HOW: tuple[str, ...] = (
    "بالرصاص", "برصاص", "برصاصة", "بالرصاصة", "بطلق", "بشظايا", "بشظية", "بجروح", "بحروق",
    "بكسور", "بإصابة", "بإصابات")
# (round ar184) ... the hospital as the verb's pronoun, named before in the sentence ("نقلوا
# إلى مستشفى المدينة، وأن ثلاثة منهم غادروه").
LEFT_HOSPITAL_IT_VERBS: tuple[str, ...] = ("غادروه", "غادراه", "غادرنه", "وغادروه", "غادرته")

# --- round ar184: neighbours, hurt beside the kin of the dead -------------------------
# "وأصيب ابنها وجاران بجروح"، "وأصيبت والدتهم وجارة لهم": the neighbours are people counted
# as the dual and the companion told with its pronoun are; the bare singular "جار" is
# also "ongoing" ("البحث جار"), so one neighbour counts only with "له"/"لها"/"لهم".
PERSON_DUAL = (*PERSON_DUAL, "جاران", "جارتان", "جارين", "جارتين")
COMPANION_NOUNS = (*COMPANION_NOUNS, "جار", "جارا", "جارة")

# --- round ar184: a parent of N children is one person --------------------------------
# "بين الشهداء أبا لخمسة أطفال"، "قتل أب لسبعة أبناء": the count after "لـ" says how many
# children the one has, no victims; the parent is the one person counted.
PARENT_OF_CHILDREN: tuple[str, ...] = (
    "أب", "أبا", "وأب", "وأبا", "أم", "أما", "وأم", "وأما", "والد", "والدا", "والدة", "أبًا")
# ... only with a noun of children after the count, and no outcome verb of theirs ("أم
# لثلاثة شبان اعتقلوا" counts her sons).
CHILDREN_OF_PARENT: tuple[str, ...] = ("أطفال", "أبناء", "أولاد", "بنات", "أطفالا", "أبناء")

# --- round ar184: a civilian sub-group after armed dead and a bare count of wounded ------
# "ثلاثة مسلحين قتلوا وأصيب خمسة، بينهم مدني": "بينهم" after a pair of outcomes is left
# unread as shared by both halves, unless the dead half is armed men and the sub-group is a
# civilian, a woman or a child, who cannot be among them: then it divides the wounded.
SUBGROUP_CIVILIANS: tuple[str, ...] = (
    "مدني", "مدنية", "مدنيان", "مدنيين", "مدنيا", "طفل", "طفلة", "طفلان", "طفلين", "طفلا",
    "أطفال", "امرأة", "امرأتان", "امرأتين", "نساء", "فتاة", "فتى", "طفلتان", "طفلتين")


# (round ar186) The dead identified, or not yet, as a part of those counted before them
# ("عثر على رفات 40 شخصا ... وتعرفت اللجنة على هويات 12 منهم"، "تم التعرف على جثث 9
# منهم"، "لم تحدد هويات خمسة منهم"): only the dead are identified this way after a toll, so
# "N منهم" after these words is a part of the killed, when the last figure before it is.
# The verbs and verbal nouns of identifying, then the identities or remains before the count
# (without them, "تم التعرف على 9 منهم" may be the attackers recognised).
IDENTIFYING_WORDS: tuple[str, ...] = (
    "التعرف", "تعرف", "تعرفت", "تعرفوا", "يتعرف", "تتعرف", "تحديد", "حدد", "حددت", "تحدد",
    "يحدد", "بتحديد", "والتعرف", "وتعرفت", "وتحديد", "للتعرف", "لتحديد",
)
IDENTIFIED_THINGS: tuple[str, ...] = ("هويات", "هوية", "هويتي", "جثث", "رفات", "جثامين")
# How many words (an adverb of time, "حتى الآن"، or the doer) may stand between the
# identifying word and "على" or the identities.
IDENTIFYING_GAP = 3
# (round ar186) People recorded as dead, the verb of recording right after the count and its
# noun, then the status ("أكثر من 900 معتقل سجلوا متوفين في السجلات المدنية"، "240 شخصا
# سجلوا كمتوفين"): a rights group's count of deaths, most often in custody, known from the
# registers. Recorded as anything else ("سجلوا في قوائم الناخبين"، "سجلوا متفوقين") is none.
RECORDED_VERBS: tuple[str, ...] = ("سجلوا", "سجلن", "سجلا", "سجل", "سجلت", "قيدوا", "قيد",
                                   "قيدت", "أدرجوا", "ادرجوا")
RECORDED_DEAD_STATUS: tuple[str, ...] = (
    "متوفين", "كمتوفين", "متوفون", "متوفيين", "متوفيات", "كمتوفيات", "متوفى", "كمتوفى",
    "موتى", "كموتى", "أمواتا", "كأموات", "قتلى", "كقتلى",
)

# --- round ar187: a subject described by age before its own verb of dying ---------------
# "أن مسنا يبلغ 70 عاما توفي وأصيب تسعة آخرون"، "إن امرأة في الأربعين من عمرها قتلت وأصيب
# ستة أشخاص": the age between the indefinite subject and its verb is the subject's, so the
# verb has its own subject and the passive "وأصيب" after it opens a clause of its own (as
# "شابا استشهد وأصيب ثلاثة" does). The verb of reaching an age, with "و" or not.
AGE_REACHING_VERBS: tuple[str, ...] = ("يبلغ", "تبلغ", "البالغ", "البالغة")
# The definite tens and decades that name an age after "في" ("في الأربعين"، "في الخمسينات").
AGE_TENS_FOLDED_PREFIXES: tuple[str, ...] = (
    "العشرين", "الثلاثين", "الاربعين", "الخمسين", "الستين", "السبعين", "الثمانين",
    "التسعين", "العشرينات", "الثلاثينات", "الاربعينات", "الخمسينات", "الستينات",
    "السبعينات", "الثمانينات", "التسعينات")
# Ranks of the gendarmerie, the customs and the police ranks below an officer, counted as
# "جندي" is: "أصيب دركي"، "قتل دركيان"، "أصيب أمين شرطة" (the Egyptian police rank: one
# wounded, as "أصيب جندي" is), "أصيب رقيب وعريف". Their nominative dual ("دركيان") always
# means two; the oblique "-ين" is also a plural and stays out.
RANKS_ROUND_AR187: tuple[str, ...] = ("دركي", "جمركي", "عريف", "رقيب", "أمين")
PERSON_SINGULAR = (*PERSON_SINGULAR, *RANKS_ROUND_AR187)
PERSON_DUAL = (*PERSON_DUAL, *(w + "ان" for w in RANKS_ROUND_AR187 if w != "أمين"))
# Cases, files and charges, and the things a raid seizes, are no people: "المطلوبين في 14
# قضية سرقة وقتل" counts cases, not the killed (the crimes named after them are the cases'
# kinds); "أوقفوا أربعة منهم وحجزوا سكاكين وثلاثة هواتف نقالة" counts phones, not a
# second group of the arrested joined to the first.
CASES_AND_SEIZED_THINGS: tuple[str, ...] = (
    "قضية", "قضايا", "ملفات", "دعوى", "دعاوى", "جناية", "جنايات", "تهمة", "تهم",
    "هاتف", "هواتف", "حاسوب", "حواسيب", "سيف", "سيوف", "سكين", "سكاكين", "دراجة", "دراجات",
    "بطاقة", "بطاقات", "خرطوشة", "خراطيش")
NON_PERSON = (*NON_PERSON, *CASES_AND_SEIZED_THINGS)
# (round ar187) A part of the hurt taken to hospital after their count ("وإن اثنين منهم نقلا
# إلى مستشفى البلدة"، "وأن ثلاثا منهن نقلن إلى المستشفى"): only the hurt are taken there, so
# the part keeps their outcome, as a part still in hospital does. The passive of taking,
# in the numbers and genders of a part; "إلى" and a hospital word right after it.
TAKEN_TO_CARE_VERBS: tuple[str, ...] = (
    "نقلا", "نقلتا", "نقلوا", "نقلن", "أدخلا", "أدخلتا", "أدخلوا", "أدخلن", "أسعفوا", "أسعفا")
# The rest of the hurt, by their definite numeral: "وإن الخمسة الباقين ما زالوا في
# المستشفى" (the others after a part discharged), as "خمسة آخرين" is.
REST_MARKERS: tuple[str, ...] = ("الباقين", "الباقون", "الباقيات", "المتبقين", "المتبقون")
# (round ar187) One who fled wounded ("وإن عنصرا ثالثا من العصابة فر جريحا"، "فر مسلح جريحا
# باتجاه الغابة"، "فيما لاذ مهاجم آخر بالفرار مصابا"): the circumstantial "جريحا"/"مصابا" right
# after the verb of flight (or its "بالفرار") tells that he was hurt; an armed man or a
# doer who ran is no one displaced. The verb is singular, as its subject is.
FLED_ONE_VERBS: tuple[str, ...] = ("فر", "وفر", "ففر", "هرب", "وهرب", "فرت", "هربت", "لاذ",
                                   "ولاذ", "تمكن", "وتمكن")
FLED_HURT_HAL: tuple[str, ...] = ("جريحا", "مصابا", "جريحة", "مصابة")
FLED_ESCAPE_WORDS: tuple[str, ...] = ("بالفرار", "الفرار", "من الفرار")

# --- round ar190: the rest of the wounded told by their state -----------------------------
# After a part of the wounded was told ("غادر 11 منهم المستشفى"، "أحد المصابين الثلاثة فقد
# ساقه"), the definite numeral with "the rest"/"the others" and their state names the other
# part of the same wounded: "وإن حالة الخمسة الباقين مستقرة"، "والاثنان الآخران في حالة
# حرجة". The rest of the hurt are hurt whatever their state, so a stable one counts here
# (unlike "N منهم" alone, where MODERATE_STATE_WORDS says why it stays out). The markers of
# the rest, the state nouns before the numeral or after the marker, and the states.
REST_STATE_MARKERS: tuple[str, ...] = (*OTHERS_OF_PART, *REST_MARKERS)
REST_STATE_AFTER: tuple[str, ...] = ("حالة", "حالتهم", "حالتهما", "حالتهن")
REST_STATES: tuple[str, ...] = (*SEVERITY_WORDS, *MODERATE_STATE_WORDS, "مستقرة", "مستقر",
                                "بالمستقرة", "المستقرة", "جيدة", "حرجه")

# --- round ar191: parts of the hurt told by what happened to them -----------------------
# First aid is treatment too: "حيث غادر خمسة منهم بعد تلقي الإسعافات" (a part discharged).
FIRST_AID_WORDS: tuple[str, ...] = ("الإسعافات", "الإسعاف", "إسعافات")
# The verb first, singular before its subject as Arabic has it: "حيث غادر خمسة منهم بعد تلقي
# الإسعافات" (a count and "منهم" right after). Not the active "ونقل ستة منهم إلى ...": the
# hospital moving a part on is no news of their harm (rounds ar183 and probes 68).
LEFT_VERB_FIRST: tuple[str, ...] = ("غادر", "وغادر", "خرج", "وخرج")
# A part taken to another town by the means only the hurt are moved with: "وإن ستة منهم
# نقلوا إلى بنغازي بطائرة إسعاف"، "نقلا إلى العاصمة بسيارة إسعاف"، "لتلقي العلاج". The means
# stands within a few words after "إلى" and the place.
AMBULANCE_MEANS: tuple[str, ...] = ("بطائرة", "بطائرات", "بسيارة", "بسيارات", "بمروحية")
AMBULANCE_WORDS: tuple[str, ...] = ("إسعاف", "الإسعاف", "طبية")
CARE_PURPOSE_WORDS: tuple[str, ...] = ("للعلاج", "لتلقي", "لاستكمال")
# The hurt named by their definite plural with no count, as the whole a part is of:
# "وإن المصابين نقلوا إلى المستشفى، وإن حالة اثنين منهم مستقرة".
WOUNDED_DEFINITE_WHOLES: tuple[str, ...] = ("المصابين", "المصابون", "الجرحى", "المصابات")
# A stable state is said of a part of the hurt when the whole is the hurt ("وإن حالة اثنين
# منهم مستقرة"): read only with the noun of state before the count and the hurt the last
# figure told before it in the sentence (round ar186 keeps it unread otherwise).
STABLE_STATE_WORDS: tuple[str, ...] = ("مستقرة", "بالمستقرة", "المستقرة")
# (round ar191) The construct dual of an agent before the body he serves: "أصيب عونا أمن"
# (nominative), "إصابة عوني أمن" (oblique), "قتل رجلا أمن"، "ضابطي شرطة": two. Without
# its genitive the letters are also the singular accusative ("قدم عونا للمتضررين") or a
# name ("عوني"), so only these bodies after it make it a dual.
AGENT_CONSTRUCT_DUALS: tuple[str, ...] = ("عون", "عنصر", "رجل", "ضابط", "فرد", "شرطي")
AGENT_DUAL_ENDINGS: tuple[str, ...] = ("ا", "ي")
SECURITY_GENITIVES: tuple[str, ...] = (
    "أمن", "الأمن", "شرطة", "الشرطة", "حرس", "الحرس", "الديوانة", "ديوانة", "جمارك",
    "الجمارك", "المرور", "مرور", "الحماية", "حماية", "الدرك", "درك")
# (round ar191) Dehydration told as acute or severe after a count of the hurt is harm the
# desert or a sealed truck did, as suffocation is ("استقبل المستشفى 12 مهاجرا مصابين
# بالجفاف الحاد"): wounded. Plain "بالجفاف" stays an illness (review 44: a symptom in
# reports of cholera and hunger).
DEHYDRATION_WORDS: tuple[str, ...] = ("بالجفاف", "بجفاف")
ACUTE_WORDS: tuple[str, ...] = ("الحاد", "الشديد", "حاد", "شديد")
# (round ar191) Gas cylinders and fuel in cans are no people: "تبيع المحطة يوميا نحو 900
# أسطوانة لسكان المدينة ومخيمات النزوح" was read as 900 displaced by the camps after it.
CYLINDERS_AND_CANS: tuple[str, ...] = (
    "أسطوانة", "أسطوانات", "اسطوانة", "اسطوانات", "قارورة", "قوارير", "جالون", "جالونات",
    "لتر", "لترا", "لترات", "برميلا")
NON_PERSON = (*NON_PERSON, *CYLINDERS_AND_CANS)
# (round ar191) A crossing told as irregular is migration, not a flight: "عبر نحو 4000
# شخص الحدود بطرق غير نظامية خلال العام"، "عبر 300 شخص الحدود بشكل غير شرعي". "غير" and
# one of these within a few words after the border; people fleeing a war across it
# ("عبر نحو 330 ألفا الحدود إلى دول الجوار") stay displaced.
IRREGULAR_AFTER_NOT: tuple[str, ...] = (
    "نظامية", "نظامي", "النظامية", "النظامي", "شرعية", "شرعي", "الشرعية", "الشرعي",
    "قانونية", "قانوني")
IRREGULAR_CROSSING_WORDS: tuple[str, ...] = ("خلسة", "تهريبا", "بالتهريب")
IRREGULAR_REACH = 5
# (round ar191) The held freed by those who stormed where they were held: "اقتحم مسلحون
# مركز الشرطة وأطلقوا سراح 9 موقوفين"، "أطلق المهاجمون سراح ستة محتجزين". No one was
# arrested or taken: they were inmates, and the attackers let them go (the older sets count
# no such figure). The attackers before the verb of release (a plural verb after them, or
# the verb then the attackers right after it).
ATTACKER_NOUNS: tuple[str, ...] = (
    "مسلحون", "المسلحون", "مسلحين", "المسلحين", "مهاجمون", "المهاجمون", "مهاجمين",
    "المهاجمين", "مجهولون", "ملثمون", "الملثمون", "المقتحمون", "المقتحمين")
RELEASE_PLURAL_VERBS: tuple[str, ...] = ("أطلقوا", "وأطلقوا", "فأطلقوا", "حرروا", "وحرروا")
RELEASE_SINGULAR_VERBS: tuple[str, ...] = ("أطلق", "وأطلق", "فأطلق", "حرر", "وحرر")
RELEASE_NOUN: str = "سراح"

