"""Score the Arabic casualty engine on gold sets whose casualty sentences use other
common words for the same thing.

Arabic news writes one figure with many words: "قتل" or "لقي حتفه"; "أصيب" or "جرح";
"اعتقل", "أوقف" or "ألقي القبض على"; "أشخاص", "مدنيين" or "مواطنين"; a verbal lead
("قتل خمسة أشخاص") or a nominal headline ("مقتل خمسة أشخاص"); a plain count or one
with "نحو" before it. A reading that holds for one word and not for its neighbour is
brittle. Each transform below edits only the gold casualty evidence (and, for ``masdar``,
the line it opens), keeps the meaning and the figure as the Arabic annotation rules
count them, and is deterministic: where it picks among synonyms, the pick is seeded by
the document and the place.

    python bench/blind/perturb_lexical_ar.py bench/blind/ar-3.jsonl [--transform verb ...]
    python bench/blind/perturb_lexical_ar.py bench/blind/ar-*.jsonl --lost

Transforms:
  verb       an outcome verb or noun swapped for one the rules count the same
             ("قتل 5 أشخاص" -> "لقي 5 أشخاص حتفهم", "مقتل" -> "مصرع", "أصيب" -> "جرح",
             "اعتقل" -> "أوقف" / "احتجز", "اعتقال" -> "القبض على", "خطف" <-> "اختطف")
  people     the counted noun after a count swapped for one of the same kind
             ("أشخاص" / "مدنيين" / "مواطنين", "جنود" <-> "عسكريين", "مسلحين" ->
             "عناصر مسلحة"), in the case the count gives it
  masdar     a line that opens with an outcome verb made the nominal headline form and
             back ("قتل 5 أشخاص وأصيب 3 آخرون" <-> "مقتل 5 أشخاص وإصابة 3 آخرين")
  qualifier  a plain count given "ما لا يقل عن", "أكثر من", "نحو", "قرابة" or "حوالي";
             the carried gold entry says at_least, more_than or about
  toll       a toll's verb swapped for one that gives the same number ("تجاوز" ->
             "تخطى" / "فاق", "بلغ" -> "وصل إلى", "ارتفع إلى" -> "وصل إلى"), keeping its
             person, gender and tense
  subject    a passive outcome verb right before its count moved after the counted
             phrase, in the plural that agrees with it ("قتل 5 مدنيين في" -> "5 مدنيين
             قتلوا في", "وأصيب 12 شخصا" -> "و12 شخصا أصيبوا"): the nominal sentence
  among      the "among" that opens a part of a toll given "من" or stripped of it
             ("بينهم 3 أطفال" <-> "من بينهم 3 أطفال", "بين القتلى طفلان" <-> "ومن بين
             القتلى طفلان" keeps its "و"), inside the part's evidence
  dated      a running toll told by "عدد" given a phrase of time holding a date between
             its noun and its number ("عدد القتلى بلغ 40" -> "عدد القتلى منذ 8 تشرين
             الأول الماضي بلغ 40"), inside the evidence; the figure stays the same
  release    a kidnapping verb right before its count made a release by the captors,
             in the shapes news gives it ("خطف 5 عمال" -> "أفرج الخاطفون عن 5 عمال" /
             "الخاطفون أفرجوا عن 5 عمال" / "أطلق مسلحو العشيرة سراح 5 عمال", and
             "إفراج الخاطفين عن 5 عمال" where the verb opens its line); the figure
             stays captured, as the rules count a hostage later freed
  gapped     a verb of taking right before its count given a phrase of time or place
             between them ("خطف 5 عمال" -> "خطف فجر اليوم 5 عمال", "اعتقلت 12 شابا" ->
             "اعتقلت خلال المداهمة 12 شابا"), inside the evidence; the figure stays the
             same
  fate       a missing figure's state after "still" told as a fate unknown ("خمسة شبان
             ما زالوا في عداد المفقودين" / "شخصان لا يزالان مفقودين" -> "... مجهولي
             المصير"); the figure stays missing
  present    a displaced figure's verb of flight after its counted subject told in the
             present, as a headline tells it ("عشرات العائلات غادرت القرية" -> "...
             تغادر القرية", "نحو 600 شخص فروا" -> "... يفرون"); the figure stays
             displaced
  fronted    people counted before their verb ("إن 5 مدنيين قتلوا") given words between
             them and the verb that name no one else: an age, an origin or an aside set
             off by commas ("5 مدنيين في العشرينات من العمر قتلوا", "5 مدنيين، وهم من
             سكان الحي، قتلوا"), inside the evidence; the figure stays the same

It prints casualty tp/fp/fn per set and pooled, untransformed and under each transform
(with the documents a transform changed); ``--lost`` lists every figure read
untransformed and lost under a transform, with its sentence. The offset map, the gold
carrier and the casualty scorer are ``perturb_core.py``'s.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    Doc,
    Edit,
    EditedScore,
    Lost,
    Predictions,
    Spans,
    carry_doc,
    casualty_main,
    casualty_parser,
    edited_flag,
    lost_line,
    measure_casualties,
    picker,
    reread_nearest,
    tally_header,
    tally_row,
)
from perturb_core import gold_spans as _gold_spans

from workbench.core.extract.lang.ar import TENS, UNITS

KIND = "casualties"
LANG = "ar"

# ---------------------------------------------------------------- word families

# An outcome word (after its clitics) and the words the annotation rules count the same,
# swapped one for one. A verb keeps its person, gender, number and tense; a noun its
# state.
SWAPS: dict[str, tuple[str, ...]] = {
    # killed
    "مقتل": ("مصرع",),
    "مصرع": ("مقتل",),
    "قتلوا": ("لقوا حتفهم", "لقوا مصرعهم"),
    "استشهد": ("ارتقى",),
    "استشهدوا": ("ارتقوا",),
    # wounded
    "أصيب": ("جرح",),
    "أصيبت": ("جرحت",),
    "أصيبوا": ("جرحوا",),
    "اصيب": ("جرح",),
    "إصابة": ("جرح",),
    "جرحوا": ("أصيبوا",),
    # arrested
    "اعتقل": ("أوقف", "احتجز"),
    "اعتقلت": ("أوقفت", "احتجزت"),
    "اعتقلوا": ("أوقفوا", "احتجزوا"),
    "أوقف": ("اعتقل", "احتجز"),
    "أوقفت": ("اعتقلت", "احتجزت"),
    "احتجز": ("اعتقل", "أوقف"),
    "احتجزت": ("اعتقلت", "أوقفت"),
    "اعتقال": ("توقيف", "احتجاز", "القبض على"),
    "توقيف": ("اعتقال",),
    # captured: "اقتاد" is left out as a target, since it is a capture only where the
    # text makes it one (a family led away by its captors), and not a synonym anywhere
    "خطف": ("اختطف",),
    "خطفت": ("اختطفت",),
    "خطفوا": ("اختطفوا",),
    "اختطف": ("خطف",),
    "اختطفت": ("خطفت",),
    "اختطفوا": ("خطفوا",),
    "اختطاف": ("خطف",),
    "يختطفون": ("يخطفون",),
    "يخطفون": ("يختطفون",),
}
# An outcome noun right after a count, swapped in the case the count gives it
# (genitive plural after 3 to 10, accusative singular after 11 to 99).
COUNTED_OUTCOME_NOUNS: dict[str, tuple[str, ...]] = {
    "جرحى": ("مصابين",),
    "مصابين": ("جرحى",),
    "جريحا": ("مصابا",),
    "مصابا": ("جريحا",),
}
# Nouns that are also what is counted ("41 إصابة" = 41 injuries): not swapped there.
COUNTABLE_NOUNS = frozenset({"إصابة", "اعتقال", "توقيف", "اختطاف"})
# Swaps that keep the meaning only after their subject ("5 أشخاص قتلوا"): before an
# object the verb is active ("مسلحون قتلوا ثلاثة رعاة").
AFTER_SUBJECT_ONLY = frozenset({"قتلوا"})
# The passive "قتل" before its count, made "لقي ... حتفهم" or "سقط ... قتلى": the verb
# and, after the counted noun, the word that ends the phrase (by the count).
KILLED_PASSIVE = "قتل"
KILLED_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "one": (("لقي", "حتفه"), ("لقي", "مصرعه"), ("سقط", "قتيلا")),
    "one_f": (("لقيت", "حتفها"), ("لقيت", "مصرعها"), ("سقطت", "قتيلة")),
    "two": (("لقي", "حتفهما"), ("لقي", "مصرعهما"), ("سقط", "قتيلين")),
    "many": (("لقي", "حتفهم"), ("لقي", "مصرعهم"), ("سقط", "قتلى")),
}
KILLED_FEMININE = "قتلت"
# What may follow a counted phrase the tail of "لقي ... حتفهم" closes.
PHRASE_FOLLOWERS = frozenset({
    "في", "على", "جراء", "إثر", "اثر", "بعد", "خلال", "عندما", "حين", "أثناء", "اثناء",
    "قرب", "أمس", "امس", "اليوم", "مساء", "صباح", "ليل", "فجر", "يوم", "إلى", "الى",
    "وأصيب", "وجرح", "وإصابة", "برصاص", "بنيران", "بقصف", "بغارة", "بانفجار", "بهجوم",
    "بينهم", "بجروح",
})
# The passive "اعتقل" before its count, made "ألقي القبض على".
ARREST_PASSIVE = ("اعتقل", "ألقي القبض على")

# A counted noun and the nouns of the same kind it may become, each in the same case.
PEOPLE: dict[str, tuple[str, ...]] = {
    "أشخاص": ("مدنيين", "مواطنين"),
    "مدنيين": ("أشخاص", "مواطنين"),
    "مواطنين": ("مدنيين", "أشخاص"),
    "مدنيون": ("مواطنون",),
    "مواطنون": ("مدنيون",),
    "شخصا": ("مدنيا", "مواطنا"),
    "مدنيا": ("شخصا", "مواطنا"),
    "مواطنا": ("مدنيا", "شخصا"),
    "شخص": ("مدني", "مواطن"),
    "جنود": ("عسكريين",),
    "عسكريين": ("جنود",),
    "جنديا": ("عسكريا",),
    "عسكريا": ("جنديا",),
    "مسلحين": ("عناصر مسلحة",),
    "مسلحا": ("عنصرا مسلحا",),
}

# The verbal lead and its nominal headline form; the subject after the verb is
# nominative ("وأصيب 11 آخرون"، "قتل عشرون"), the genitive after the noun ("وإصابة 11
# آخرين").
TO_MASDAR: dict[str, str] = {
    "قتل": "مقتل", "قتلت": "مقتل", "أصيب": "إصابة", "أصيبت": "إصابة", "اعتقل": "اعتقال",
    "اعتقلت": "اعتقال", "اختطف": "اختطاف", "اختطفت": "اختطاف",
}
TO_VERB: dict[str, str] = {"مقتل": "قتل", "إصابة": "أصيب", "اعتقال": "اعتقل",
                           "اختطاف": "اختطف"}
NOMINATIVE: dict[str, str] = {
    "آخرين": "آخرون", "اخرين": "اخرون", "اثنين": "اثنان", "اثنتين": "اثنتان",
    **{w: w[:-2] + "ون" for w in TENS if w.endswith("ين")},
}
GENITIVE: dict[str, str] = {v: k for k, v in NOMINATIVE.items()}
# Plural heads a verb before them would agree with in the feminine.
FEMININE_PLURALS = ("نساء", "سيدات", "فتيات", "نسوة", "طفلات", "امرأة", "سيدة", "فتاة",
                    "طفلة", "مواطنة")

# A toll's verb before its number and the verbs that give the same figure: passing keeps
# "more than", reaching and rising to a number both give it exactly. "بلغ" takes its
# number as the object and "وصل" after "إلى"; "ارتفع" keeps its "إلى".
TOLL_PASSING: dict[str, tuple[str, ...]] = {
    "تجاوز": ("تخطى", "فاق"), "تجاوزت": ("تخطت", "فاقت"), "يتجاوز": ("يتخطى", "يفوق"),
    "تتجاوز": ("تتخطى", "تفوق"),
}
TOLL_REACHING: dict[str, tuple[str, ...]] = {"بلغ": ("وصل إلى",), "بلغت": ("وصلت إلى",)}
TOLL_RISING: dict[str, tuple[str, ...]] = {"ارتفع": ("وصل",), "ارتفعت": ("وصلت",)}
TO_WORDS = frozenset({"إلى", "الى"})
# Words that may open a toll's number after its verb ("بلغ نحو 4780").
NUMBER_OPENERS = frozenset({"نحو", "أكثر", "اكثر", "قرابة", "حوالي", "ما"})

# The passive verbs before a count and their plural after the counted phrase, for
# ``subject`` ("قتل 5 مدنيين" -> "5 مدنيين قتلوا").
TO_SUBJECT_FIRST: dict[str, str] = {
    "قتل": "قتلوا", "أصيب": "أصيبوا", "اصيب": "أصيبوا", "جرح": "جرحوا", "اعتقل": "اعتقلوا",
    "خطف": "خطفوا", "اختطف": "اختطفوا", "استشهد": "استشهدوا", "نزح": "نزحوا",
}

# A qualifier a plain count may take, and the gold qualifier it gives.
QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("ما لا يقل عن", "at_least"), ("أكثر من", "more_than"), ("نحو", "about"),
    ("قرابة", "about"), ("حوالي", "about"),
)
# A qualifier already there: the count is not plain.
QUALIFIED = re.compile(r"الأقل|الاقل|أكثر|اكثر|نحو|قرابة|حوالي|أقل|يزيد|يقارب|زهاء|"
                       r"قرابه|حوالى|ما بين|بين \S+ و")

_LETTERS = "\u0621-\u064a"
_WORD = re.compile(rf"[{_LETTERS}0-9٠-٩][{_LETTERS}0-9٠-٩,.٫٬]*")
_DIGITS = re.compile(r"[0-9٠-٩][0-9٠-٩,٬]*")
_CLITICS = ("و", "ف")
_NOUN_CLITICS = ("وب", "ول", "فب", "ب", "ل", "و", "ف")
_NISBA = re.compile(r"(?:ي|ية|يين|يون|يا|يات)$")
_COUNT_WORDS = {**UNITS, **TENS}


# ---------------------------------------------------------------- words and counts

@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str


def words(text: str, start: int, end: int) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def split_clitic(word: str, table: dict[str, tuple[str, ...]] | dict[str, str],
                 clitics: tuple[str, ...] = _CLITICS) -> tuple[str, str] | None:
    """(clitic, stem) when the word, or the word after one clitic, is in ``table``."""
    if word in table:
        return "", word
    for c in clitics:
        if word.startswith(c) and word[len(c):] in table:
            return c, word[len(c):]
    return None


def count_value(word: str) -> int | None:
    """The value of a count token (digits or a number word, after a "و"); None else."""
    bare = word[1:] if word[:1] == "و" and len(word) > 1 and word[1:2] != "و" else word
    for w in (word, bare):
        if _DIGITS.fullmatch(w):
            return int(w.replace(",", "").replace("٬", "").translate(_EAST))
        if w in _COUNT_WORDS and w != "وست":
            return _COUNT_WORDS[w]
    return None


_EAST = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def is_count(word: str) -> bool:
    v = count_value(word)
    return v is not None and v >= 3


# ---------------------------------------------------------------- where to edit

@dataclass
class Site:
    """A gold casualty entry's span and the line that holds it."""

    index: int
    start: int
    end: int
    line_start: int
    line_end: int


def sites(doc: Doc, spans: Spans) -> list[Site]:
    text = doc["text"]
    out = []
    for i, (a, b) in enumerate(spans[KIND]):
        if a == b:
            continue
        ls = text.rfind("\n", 0, a) + 1
        le = text.find("\n", b)
        out.append(Site(i, a, b, ls, len(text) if le < 0 else le))
    return out


@dataclass
class Plan:
    """A transform's edits on one document, and the gold entries whose qualifier it sets."""

    edits: list[Edit] = field(default_factory=list)
    qualifiers: dict[int, str] = field(default_factory=dict)

    def free(self, a: int, b: int) -> bool:
        return all(b <= x or y <= a for x, y, _ in self.edits) and not any(
            x == y == a for x, y, _ in self.edits)

    def add(self, *edits: Edit) -> bool:
        """All the edits or none: a swap whose agreement edit cannot be made is not made."""
        if not all(self.free(a, b) for a, b, _ in edits):
            return False
        self.edits.extend(edits)
        return True


# ---------------------------------------------------------------- the transforms

def _phrase_end(ws: list[Word], i: int) -> int:
    """Index of the last word of the counted phrase whose head is ``ws[i]``: the head
    and up to two nisba adjectives after it."""
    j = i
    while j + 1 < len(ws) and j - i < 2 and _NISBA.search(ws[j + 1].text) \
            and not is_count(ws[j + 1].text):
        j += 1
    return j


_NEXT_WORD = re.compile(rf"([^\S\n]*[.،,؛:()\"«»\n-])?[^\S\n]*([{_LETTERS}0-9٠-٩]*)")


_JOINED_ITEM = re.compile(r"(?<!\S)و(?:[0-9٠-٩]|(?:{})(?!\S))".format("|".join(
    sorted(UNITS.keys() | TENS.keys(), key=len, reverse=True))))


def _clause_end(text: str, at: int) -> int:
    m = re.compile(r"[.،,؛:\n]").search(text, at)
    return m.start() if m else len(text)


def _ends_phrase(text: str, ws: list[Word], j: int) -> bool:
    """Whether the counted phrase may end after ``ws[j]``: the clause ends there, or a
    place, a time, a cause or "بينهم" follows; not a coordinated second group ("وجندي"),
    a construct ("راعي اغنام") or a partitive "من"."""
    m = _NEXT_WORD.match(text, ws[j].end)
    if m is None or m.group(1):
        return True
    if _JOINED_ITEM.search(text, ws[j].end, _clause_end(text, ws[j].end)):
        return False  # "قتل ضابط وثلاثة جنود": the items share the verb, not its tail
    return m.group(2) in PHRASE_FOLLOWERS


def _killed_key(entry: dict, head: str, feminine: bool, counted: bool) -> str | None:
    """Which idiom agrees with the one killed: by the count, and for one by the gender of
    the verb and of the noun; None when they do not agree (a feminine plural, a dual
    noun after a feminine verb)."""
    low = entry.get("count_low")
    if counted:
        return "many" if low and low >= 3 and not feminine else None
    if low == 1:
        return ("one_f" if head.endswith("ة") else None) if feminine else (
            None if head.endswith(("ة", "ات")) else "one")
    if low == 2 and not feminine and head.endswith(("ان", "ين")):
        return "two"
    return None


def _killed_passive(doc: Doc, site: Site, ws: list[Word], i: int, plan: Plan) -> None:
    """"قتل 5 أشخاص" -> "لقي 5 أشخاص حتفهم" or "سقط 5 أشخاص قتلى", "قتلت امرأة" ->
    "لقيت امرأة حتفها", where the counted noun is the entry's group (so "قتل" is the
    passive before its subject); after its subject ("أن شابا قتل في") the verb and the
    idiom's noun go together ("أن شابا لقي حتفه في")."""
    text = doc["text"]
    entry = doc[KIND][site.index]
    found = split_clitic(ws[i].text, {KILLED_PASSIVE: (), KILLED_FEMININE: ()})
    assert found is not None
    clitic, stem = found
    feminine = stem == KILLED_FEMININE
    if i > 0 and ws[i - 1].text == entry.get("group") and not clitic:
        key = _killed_key(entry, ws[i - 1].text, feminine, False)
        if key is not None and _ends_phrase(text, ws, i):
            verb, tail = picker(doc, ws[i].start).choice(KILLED_PHRASES[key])
            plan.add((ws[i].start, ws[i].end, f"{verb} {tail}"))
        return
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if nxt is None:
        return
    counted = is_count(nxt.text)
    head = i + 2 if counted else i + 1
    if head >= len(ws) or ws[head].text != entry.get("group") or (
            not counted and count_value(nxt.text) is not None):
        return
    if ws[head].text in FEMININE_PLURALS and counted:
        return
    key = _killed_key(entry, ws[head].text, feminine, counted)
    end = _phrase_end(ws, head)
    if key is None or not _ends_phrase(text, ws, end):
        return
    verb, tail = picker(doc, ws[i].start).choice(KILLED_PHRASES[key])
    plan.add((ws[i].start, ws[i].end, clitic + verb), (ws[end].end, ws[end].end, " " + tail))


def verb(doc: Doc, spans: Spans) -> Plan:
    """Each outcome verb or noun inside the evidence swapped for a near synonym."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        ws = words(text, site.start, site.end)
        for i, w in enumerate(ws):
            after = ws[i + 1].text if i + 1 < len(ws) else ""
            passive = split_clitic(w.text, {KILLED_PASSIVE: (), KILLED_FEMININE: ()})
            if passive is not None:
                _killed_passive(doc, site, ws, i, plan)
                continue
            arrest = split_clitic(w.text, {ARREST_PASSIVE[0]: ()})
            if arrest is not None and is_count(after):
                plan.add((w.start, w.end, arrest[0] + ARREST_PASSIVE[1]))
                continue
            found = split_clitic(w.text, SWAPS, _NOUN_CLITICS)
            if found is not None and i > 0 and found[1] in COUNTABLE_NOUNS \
                    and (is_count(ws[i - 1].text) or ws[i - 1].text in ("حالة", "حالات")):
                continue  # "41 إصابة", "612 حالة اعتقال": cases counted, not an act
            if found is not None and found[1] in COUNTABLE_NOUNS and after.startswith(
                    ("أحد", "إحدى")):
                continue  # "إصابة أحدهما متوسطة": the noun is a subject its adjective agrees with
            if found is not None:
                clitic, stem = found
                new = picker(doc, w.start).choice(SWAPS[stem])
                if clitic.endswith(("ب", "ل")) and " " in new:
                    continue  # "بالقبض على" is another phrase
                if stem in AFTER_SUBJECT_ONLY and not any(is_count(x.text) for x in ws[:i]):
                    continue
                plan.add((w.start, w.end, clitic + new))
                continue
            noun = split_clitic(w.text, COUNTED_OUTCOME_NOUNS)
            if noun is not None and i > 0 and is_count(ws[i - 1].text):
                new = picker(doc, w.start).choice(COUNTED_OUTCOME_NOUNS[noun[1]])
                plan.add((w.start, w.end, noun[0] + new))
    return plan


def people(doc: Doc, spans: Spans) -> Plan:
    """The counted noun right after a count inside the evidence swapped for one of the
    same kind; after a count the case is the count's, so the swap keeps it."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        ws = words(text, site.start, site.end)
        for i, w in enumerate(ws[1:], 1):
            before = ws[i - 1].text
            if w.text not in PEOPLE:
                continue
            if not (is_count(before) or before in ("ألف", "آلاف", "مليون", "ملايين")):
                continue
            new = picker(doc, w.start).choice(PEOPLE[w.text])
            plan.add((w.start, w.end, new))
    return plan


def masdar(doc: Doc, spans: Spans) -> Plan:
    """A line that opens with an outcome verb before its count made the nominal
    headline ("قتل 5 أشخاص" -> "مقتل 5 أشخاص"), and one that opens with the noun made
    the verbal lead; outcome words after "و" in the same clause and "آخرون/آخرين"
    follow, so the line stays one form."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        ws = words(text, site.line_start, site.line_end)
        if not ws or not (site.start <= ws[0].start < site.end) or len(ws) < 2:
            continue
        first = ws[0].text
        table = TO_MASDAR if first in TO_MASDAR else TO_VERB if first in TO_VERB else None
        if table is None:
            continue
        if count_value(ws[1].text) is None or (len(ws) > 2 and ws[2].text in FEMININE_PLURALS):
            continue
        case = NOMINATIVE if table is TO_VERB else GENITIVE
        edits: list[Edit] = []
        for k, w in enumerate(ws):
            if re.search(r"[.،,؛:]", text[ws[0].end:w.start]):
                break  # the clause ends
            found = split_clitic(w.text, table, ("و",))
            if found is None:
                continue
            edits.append((w.start, w.end, found[0] + table[found[1]]))
            # the subject of the verb is nominative, the genitive of the noun's
            edits += _case_edits(ws[k + 1:k + 3], case)
        plan.add(*edits)
    return plan


def _case_edits(after: list[Word], case: dict[str, str]) -> list[Edit]:
    """The case of the count right after an outcome word, and of "آخرون" after it."""
    out: list[Edit] = []
    for w in after:
        clitic = "و" if w.text[:1] == "و" and w.text[1:] in case else ""
        bare = w.text[len(clitic):]
        if bare in case:
            out.append((w.start, w.end, clitic + case[bare]))
        elif count_value(w.text) is None:
            break
    return out


def _genitive(word: str) -> str:
    """A tens word after a preposition or a noun in construct: "عشرون" -> "عشرين"."""
    return word[:-2] + "ين" if word in TENS and word.endswith("ون") else word


def qualifier(doc: Doc, spans: Spans) -> Plan:
    """A plain exact count inside the evidence given a qualifier before it; the carried
    entry's qualifier says which (its count stays: the rules count the figure given)."""
    text = doc["text"]
    plan = Plan()
    gold = doc.get(KIND) or []
    done: set[int] = set()
    for site in sites(doc, spans):
        entry = gold[site.index]
        low = entry.get("count_low")
        if entry.get("qualifier") != "exact" or entry.get("count_high") or not low or low < 3:
            continue
        # one qualifier a sentence, on a figure of its own: a qualified part of a
        # coordination ("11 طفلا وما لا يقل عن أربع نساء") is no way news writes
        sentence = _sentence(text, site.start)
        if sentence in done or QUALIFIED.search(text[sentence:site.line_end]):
            continue
        for w in words(text, site.start, site.end):
            if count_value(w.text) != low:
                continue
            if w.text[:1] == "و" or re.match(r"\s*(?:ألف|آلاف|مليون|ملايين|و\S)",
                                              text[w.end:w.end + 8]):
                break  # a coordinated part, or a compound count whose first word is not it
            words_q, name = picker(doc, w.start).choice(QUALIFIERS)
            if plan.add((w.start, w.end, f"{words_q} {_genitive(w.text)}")):
                plan.qualifiers[site.index] = name
                done.add(sentence)
            break
    return plan


def toll(doc: Doc, spans: Spans) -> Plan:
    """A toll's verb inside the evidence, right before its number (or "إلى" and it),
    swapped for one that gives the same figure."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        ws = words(text, site.start, site.end)
        for i, w in enumerate(ws[:-1]):
            after = ws[i + 1].text
            number_next = count_value(after) is not None or after in NUMBER_OPENERS
            for table, fits in ((TOLL_PASSING, number_next), (TOLL_REACHING, number_next),
                                (TOLL_RISING, after in TO_WORDS)):
                found = split_clitic(w.text, table)
                if found is not None and fits:
                    new = picker(doc, w.start).choice(table[found[1]])
                    plan.add((w.start, w.end, found[0] + new))
                    break
    return plan


# The noun of a running toll, the toll nouns after it, and the phrases of time holding a
# date that ``dated`` puts between them and the number.
TOLL_COUNT = frozenset({"عدد"})
TOLL_NOUNS = frozenset({"القتلى", "الجرحى", "المصابين", "الشهداء", "الضحايا", "المعتقلين",
                        "النازحين", "المفقودين", "المختطفين", "الأسرى"})
DATED_PHRASES = ("منذ 8 تشرين الأول الماضي", "منذ 7 أكتوبر 2023", "منذ 3 آذار الماضي")


def dated(doc: Doc, spans: Spans) -> Plan:
    """A phrase of time with a date put right after the toll noun of "عدد" inside the
    evidence, where a number follows in it and no "منذ" nor adjective of the noun stands
    there already."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        ws = words(text, site.start, site.end)
        for i, w in enumerate(ws[:-2]):
            head = split_clitic(w.text, dict.fromkeys(TOLL_COUNT, ""))
            if head is None or ws[i + 1].text not in TOLL_NOUNS:
                continue
            # (a time already there, or an adjective of the noun right after it, "عدد
            # المعتقلين الإداريين", leaves no natural place for the phrase)
            rest = [x.text for x in ws[i + 2:]]
            if "منذ" in rest or rest[0].startswith("ال") or not any(map(is_count, rest)):
                continue
            phrase = picker(doc, w.start).choice(DATED_PHRASES)
            plan.add((ws[i + 1].end, ws[i + 1].end, " " + phrase))
            break
    return plan


def subject(doc: Doc, spans: Spans) -> Plan:
    """A passive outcome verb opening the evidence, its count right after it and the
    counted noun the entry's group, moved after the counted phrase in the plural ("قتل 5
    مدنيين في" -> "5 مدنيين قتلوا في"); a "و" on the verb goes to the count. Only where
    the phrase ends plainly (a place, a time, a cause or the clause's end after it), and
    not for feminine plurals, whose verb would take another ending."""
    text = doc["text"]
    plan = Plan()
    gold = doc.get(KIND) or []
    for site in sites(doc, spans):
        ws = words(text, site.start, site.end)
        if len(ws) < 3 or ws[0].start != site.start:
            continue
        found = split_clitic(ws[0].text, TO_SUBJECT_FIRST, ("و",))
        if found is None or not is_count(ws[1].text) or ws[1].text[:1] == "و":
            continue
        head = 2
        if ws[head].text in ("ألف", "آلاف") and head + 1 < len(ws):
            head += 1
        if ws[head].text != gold[site.index].get("group") or ws[head].text in FEMININE_PLURALS:
            continue
        end = _phrase_end(ws, head)
        if not _ends_phrase(text, ws, end):
            continue
        clitic, stem = found
        plan.add((ws[0].start, ws[1].start, clitic),
                 (ws[end].end, ws[end].end, " " + TO_SUBJECT_FIRST[stem]))
    return plan


# "Among" before a part of a toll: the pronoun forms, and "بين" before a toll noun ("بين
# الجيش" is "between" and keeps its words).
AMONG_PRONOUNS = frozenset({"بينهم", "بينهن", "بينهما", "بينها"})
AMONG_TOLL_NOUNS = frozenset({"القتلى", "الضحايا", "الجرحى", "المصابين", "المعتقلين",
                              "المخطوفين", "المختطفين", "المفقودين", "النازحين", "الشهداء"})
FROM_WORD = "من"


def among(doc: Doc, spans: Spans) -> Plan:
    """The first "among" of a part's evidence given "من" before it, or stripped of the
    "من" it has; "و" stays on the first word."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        ws = words(text, site.start, site.end)
        for i, w in enumerate(ws):
            bare = w.text[1:] if w.text[:1] == "و" and len(w.text) > 3 else w.text
            lead = w.text[: len(w.text) - len(bare)]
            if bare in AMONG_PRONOUNS or (bare == "بين" and i + 1 < len(ws)
                                          and ws[i + 1].text in AMONG_TOLL_NOUNS):
                plan.add((w.start, w.end, f"{lead}{FROM_WORD} {bare}"))
                break
            after = [x.text for x in ws[i + 1:i + 3]]
            if bare == FROM_WORD and after and (after[0] in AMONG_PRONOUNS or (
                    after[0] == "بين" and after[1:] and after[1] in AMONG_TOLL_NOUNS)):
                plan.add((w.start, ws[i + 1].start, lead))
                break
    return plan


# A kidnapping verb right before its count, and the releases by the captors that keep the
# count captured: the verb first, the holder first, the holder in a construct; the verbal
# noun only where the verb opens its line (a headline or a lead).
KIDNAP_VERBS = frozenset({"خطف", "اختطف", "خطفت", "اختطفت", "خطفوا", "اختطفوا"})
RELEASES: tuple[str, ...] = ("أفرج الخاطفون عن", "الخاطفون أفرجوا عن",
                             "أطلق مسلحو العشيرة سراح")
RELEASE_OPENING = "إفراج الخاطفين عن"


def release(doc: Doc, spans: Spans) -> Plan:
    """A kidnapping verb inside a captured figure's evidence, right before its count, made
    a release by the captors."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if doc[KIND][site.index]["outcome"] != "captured":
            continue
        ws = words(text, site.start, site.end)
        if len(ws) < 2 or count_value(ws[1].text) is None:
            continue
        found = split_clitic(ws[0].text, dict.fromkeys(KIDNAP_VERBS, ()))
        if found is None or not _opens_clause(text, site.line_start, ws[0].start):
            continue  # ("إن مسلحين خطفوا"، "بعد خطف": a subject or a noun before it)
        shapes = RELEASES + ((RELEASE_OPENING,) if ws[0].start == site.line_start
                             and not found[0] else ())
        plan.add((ws[0].start, ws[0].end, found[0] + picker(doc, ws[0].start).choice(shapes)))
    return plan


# Verbs of taking a phrase may follow before their count, and the phrases (no count word).
GAP_VERBS = KIDNAP_VERBS | frozenset({"اعتقل", "اعتقلت", "اعتقلوا", "اقتاد", "اقتادت",
                                      "اقتادوا"})
GAP_PHRASES: tuple[str, ...] = ("فجر اليوم", "في ريف المدينة", "بعد ساعات",
                                "خلال المداهمة", "مساء أمس")


def gapped(doc: Doc, spans: Spans) -> Plan:
    """A phrase of time or place put between a verb of taking that opens a captured or
    arrested figure's evidence and the count right after it."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if doc[KIND][site.index]["outcome"] not in ("captured", "arrested"):
            continue
        ws = words(text, site.start, site.end)
        if len(ws) < 3 or count_value(ws[1].text) is None:
            continue
        if split_clitic(ws[0].text, dict.fromkeys(GAP_VERBS, ())) is None:
            continue
        phrase = picker(doc, ws[0].start).choice(GAP_PHRASES)
        plan.add((ws[0].end, ws[0].end, " " + phrase))
    return plan


def _opens_clause(text: str, line_start: int, at: int) -> bool:
    """Does the word at ``at`` open its line or a clause after a stop or a comma?"""
    before = text[line_start:at].rstrip()
    return not before or before.endswith((".", "،", ",", "؛", ":"))


def _sentence(text: str, at: int) -> int:
    """Where the sentence (or headline line) holding offset ``at`` starts."""
    ends = [m.end() for m in re.finditer(r"[.!?؟\n]\s*", text[:at])]
    return ends[-1] if ends else 0


# "Still" in the masculine and the dual before a missing state, the state in its two shapes,
# and the fate unknown that takes its place (the accusative plural, the oblique dual alike).
STILL_FORMS = frozenset({"زال", "زالوا", "يزال", "يزالون", "زالا", "يزالان"})
MISSING_STATES = frozenset({"مفقودين", "مفقودون"})
MISSING_COUNT_OF = ("في", "عداد", "المفقودين")
UNKNOWN_FATE = "مجهولي المصير"


def fate(doc: Doc, spans: Spans) -> Plan:
    """The missing state after "still" inside a missing figure's evidence told as a fate
    unknown."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if doc[KIND][site.index]["outcome"] != "missing":
            continue
        ws = words(text, site.start, site.end)
        for i, w in enumerate(ws[:-1]):
            if w.text not in STILL_FORMS:
                continue
            if ws[i + 1].text in MISSING_STATES:
                plan.add((ws[i + 1].start, ws[i + 1].end, UNKNOWN_FATE))
            elif tuple(x.text for x in ws[i + 1:i + 4]) == MISSING_COUNT_OF:
                plan.add((ws[i + 1].start, ws[i + 3].end, UNKNOWN_FATE))
            break
    return plan


# The past of a flight after its counted subject and its present, as a headline writes it.
FLIGHT_PRESENT: dict[str, str] = {
    "غادرت": "تغادر", "نزحت": "تنزح", "فرت": "تفر", "رحلت": "ترحل", "هربت": "تهرب",
    "فروا": "يفرون", "نزحوا": "ينزحون", "هربوا": "يهربون",
}


def present(doc: Doc, spans: Spans) -> Plan:
    """A displaced figure's verb of flight after its count, inside the evidence, told in the
    present."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if doc[KIND][site.index]["outcome"] != "displaced":
            continue
        ws = words(text, site.start, site.end)
        for i, w in enumerate(ws):
            found = split_clitic(w.text, FLIGHT_PRESENT, ("و",))
            # (after the counted subject only: a verb opening the evidence comes first)
            if found is not None and i > 0:
                plan.add((w.start, w.end, found[0] + FLIGHT_PRESENT[found[1]]))
                break
    return plan


# Verbs after people counted before them, and the words put between that name no one
# else (an age, an origin, an aside set off by commas).
FRONTED_VERBS = frozenset({"قتلوا", "قتلا", "لقوا", "استشهدوا", "استشهدا", "توفوا", "توفيا",
                           "أصيبوا", "أصيبا", "جرحوا", "اعتقلوا", "اختطفوا", "خطفوا"})
FRONTED_WORDS: tuple[str, ...] = (" في العشرينات من العمر", " من أبناء المنطقة",
                                  "، وهم من سكان الحي،")


def fronted(doc: Doc, spans: Spans) -> Plan:
    """Words put between people counted first (a count, then the entry's group) and the
    verb right after them that ends the evidence."""
    text = doc["text"]
    plan = Plan()
    gold = doc.get(KIND) or []
    for site in sites(doc, spans):
        ws = words(text, site.start, site.end)
        if len(ws) != 3 or not is_count(ws[0].text) or ws[0].text[:1] == "و":
            continue
        if ws[1].text != gold[site.index].get("group") or ws[2].text not in FRONTED_VERBS:
            continue
        plan.add((ws[1].end, ws[1].end, picker(doc, ws[1].end).choice(FRONTED_WORDS)))
    return plan


Transform = Callable[[Doc, Spans], Plan]
TRANSFORMS: dict[str, Transform] = {
    "verb": verb, "people": people, "masdar": masdar, "qualifier": qualifier, "toll": toll,
    "subject": subject,
    "among": among,
    "release": release,
    "dated": dated,
    "gapped": gapped,
    "fate": fate,
    "present": present,
    "fronted": fronted,
}


# ---------------------------------------------------------------- carrying and scoring

def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None) -> Doc:
    """The document with the transform's edits made and its gold carried through (a
    group re-read where the text now writes it); an entry the transform qualified says
    its new qualifier."""
    spans = _gold_spans(doc, predictions, LANG)
    plan = TRANSFORMS[name](doc, spans)
    out = carry_doc(doc, plan.edits, spans, {"group": reread_nearest(lambda s: s)})
    for i, name_q in plan.qualifiers.items():
        out[KIND][i]["qualifier"] = name_q
        out[KIND][i]["count_high"] = None
    out["_edited"] = bool(plan.edits)
    return out


def measure(path: Path, names: list[str]) -> tuple[dict[str, EditedScore], list[Lost]]:
    """Casualty scores of one set untransformed and under each transform, and the figures
    each transform lost."""
    return measure_casualties(path, names, edited_flag(transform_doc), EditedScore, LANG)


def main(argv: list[str] | None = None) -> int:
    parser = casualty_parser(__doc__, TRANSFORMS, "Arabic gold JSONL files",
                             epilog="transforms: " + ", ".join(TRANSFORMS),
                             pooled=("--pooled", "print the pooled rows only, not each set's"),
                             short=True, sort=False)
    return casualty_main(parser, argv, TRANSFORMS, measure, EditedScore, tally_row(11), lost_line,
                         tally_header(11, ("edited", 6)))


if __name__ == "__main__":
    sys.exit(main())
