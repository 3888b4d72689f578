"""Arabic casualty readings where the counted subject comes before its outcome verb.

Small checks the casualty reader (``casualties.py``) calls for a nominal sentence: a
count or a person noun first, the verb that tells what befell them after it.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .tokens import Token, word_in

_PEOPLE_LEAVING = fold_set(V.PEOPLE_LEAVING_VERBS)
_PEOPLE_WHO_FLEE = fold_set(V.PEOPLE_WHO_FLEE)
_HOMES_LEFT = fold_set(V.HOMES_LEFT_BY_PEOPLE)
_HOMES_PREPS = fold_set(V.HOMES_LEFT_PREPOSITIONS)
_HOUSEHOLDS = fold_set(V.HOUSEHOLD_NOUNS)
_CROSSING = fold_set(V.PEOPLE_CROSSING_VERBS)
_CROSSING_PREPS = fold_set(V.CROSSING_PREPOSITIONS)
_REFUGE = fold_set(V.REFUGE_AFTER_CROSSING)
_OUT_OF = frozenset((fold_word(a), fold_word(b)) for a, b in V.OUT_OF_TOTAL)
_THOUSANDS = fold_set(("ألف", "آلاف", "مليون"))


def _counted_noun(toks: list[Token], j: int) -> Token:
    """The counted noun of a group ending at ``j``, past the total it was counted from
    ("50 عائلة من أصل 200": "عائلة")."""
    i = j - 1
    while i > 2 and (toks[i].is_digit or toks[i].w in _THOUSANDS):
        i -= 1
    if i != j - 1 and i > 1 and (toks[i - 1].w, toks[i].w) in _OUT_OF:
        return toks[i - 2]
    return toks[j - 1]


def _crossed_to_refuge(toks: list[Token], k: int, sb: int) -> bool:
    """Is the border or a country of refuge right after the verb of crossing at ``k``, or
    after "إلى" ("عبروا الحدود"، "عبروا إلى دول الجوار")?"""
    i = k + 1
    if i + 1 < sb and toks[i].w in _CROSSING_PREPS:
        i += 1
    return i < sb and word_in(toks[i], _REFUGE) is not None


def left_home(toks: list[Token], j: int, k: int, sb: int) -> bool:
    """Did the people counted before ``j`` flee by the verb of leaving at ``k``? Households
    did, whatever they left ("300 أسرة رحلت"، "50 عائلة من أصل 200 غادرتها"); people of a
    place only by the plural verb with the home they left right after it ("نحو 12 ألف
    شخص غادروا المخيم"، "آلاف السكان رحلوا عن البلدة"): leaving a meeting or a
    delegation's departure is no flight."""
    noun = _counted_noun(toks, j)
    if toks[k].w in _CROSSING:
        return _crossed_to_refuge(toks, k, sb) and (word_in(noun, _PEOPLE_WHO_FLEE) is not None
                                                    or word_in(noun, _HOUSEHOLDS) is not None)
    if word_in(noun, _HOUSEHOLDS) is not None:
        return True
    if word_in(toks[k], _PEOPLE_LEAVING) is None or word_in(noun, _PEOPLE_WHO_FLEE) is None:
        return False
    return _home_after(toks, k, sb)


def _home_after(toks: list[Token], k: int, sb: int) -> bool:
    """Is the home or the place people lived in right after the verb at ``k``, or after
    "عن"/"من" ("غادروا منازلهم"، "رحلوا عن البلدة")?"""
    i = k + 1
    if i + 1 < sb and toks[i].w in _HOMES_PREPS:
        i += 1
    return i < sb and word_in(toks[i], _HOMES_LEFT) is not None


def moved_as_flight(toks: list[Token], k: int, sb: int) -> bool:
    """Does the plural verb at ``k`` tell a flight by itself ("فروا"، "نزحوا"), or, a verb
    of plain leaving or crossing, with the home left or the refuge reached after it ("من
    غادروا منازلهم"، "من عبروا إلى تشاد")? "من غادروا الشركة" left a job."""
    if toks[k].w in _CROSSING:
        return _crossed_to_refuge(toks, k, sb)
    if word_in(toks[k], _PEOPLE_LEAVING) is not None:
        return _home_after(toks, k, sb)
    return True


_VERB_OUTCOME = {fold_word(w): o for o, ws in V.ONE_OR_TWO_OUTCOME_VERBS.items() for w in ws}
_JOINED_INTRANSITIVE = fold_set(V.JOINED_INTRANSITIVE_VERBS)
_WEEKDAYS_NOT_MONDAY = fold_set(w for w in V.WEEKDAYS if w not in V.MONDAY_WORDS)
_PRESENT = fold_set(w for ws in V.ONE_OR_TWO_PRESENT_OUTCOME_VERBS.values() for w in ws)
_PASSING = fold_set(("قضى", "قضت", "قضيا", "قضتا", "يقضي", "تقضي", "يقضيان", "تقضيان"))
_MANNER = fold_set(V.DEATH_MANNER_MASDARS)
_RULED = fold_set(V.RULED_AFTER_PASSING)
_SPENT = fold_set(V.SPENT_TIME_WORDS)
_BREATH_VERBS = fold_set(V.BREATH_VERBS)
_BREATH_NOUNS = fold_set(V.BREATH_NOUNS)
_PARTING = fold_set(V.PARTING_VERBS)
_LIFE = fold_set(V.LIFE_WORDS)
_COMPLEMENTIZERS = frozenset(V.THAT_FORMS_FOLDED)
_BREAKS = fold_set(V.CLAUSE_BREAKS)
_PASSIVE_AFTER = fold_set((*V.PASSIVE_OUTCOME_FOLLOWERS, *V.PASSIVE_PLACE_FOLLOWERS))
_ONE_ADJECTIVES = fold_set(("واحد", "واحدة"))
_OPENING_CONJUNCTIONS = ("و", "ف")
_KIN_HEADS = fold_set(V.KIN_CONSTRUCT_HEADS)
_HELD = fold_set((*V.HELD_SUBJECTS, *V.HELD_SUBJECTS_FEMININE))
_NOT_HARM = fold_set(V.SUBJECT_FIRST_NOT_HARM)
# (round ar178) meeting one's death, past or present, with its death noun after it
_MEETING_PRESENT = fold_set(V.MEETING_DEATH_PRESENT)
_MEETING = fold_set(V.MEETING_DEATH_AFTER_SUBJECT) | _MEETING_PRESENT
_DEATH_NOUNS = tuple(fold_set(V.DEATH_MET_NOUNS))


def _opens_clause(toks: list[Token], sa: int, k: int) -> bool:
    """Is ``k`` a nominative noun opening its clause: the sentence's first word ("مسعف
    ... أصيب"، "وعاملة ... فارقت"), or right after "إن"/"أن" with no accusative ending
    ("أن عابر سبيل أصيب", which the accusative reading leaves)?"""
    if k == sa:
        return True
    return toks[k - 1].w in _COMPLEMENTIZERS and not toks[k].w.endswith("ا")


def dying_idiom_at(toks: list[Token], i: int, sb: int) -> bool:
    """Do the two words at ``i`` (before ``sb``) tell a death as an idiom, "فارق الحياة" or
    "لفظ أنفاسه"?"""
    if i + 1 >= sb:
        return False
    w, nxt = toks[i].w, toks[i + 1].w
    return (w in _PARTING and nxt in _LIFE) or (w in _BREATH_VERBS and nxt in _BREATH_NOUNS)


def _verb_at(toks: list[Token], i: int, sb: int) -> tuple[int, str] | None:
    """The outcome verb (or idiom of dying) at ``i``: (its end, outcome), or None."""
    w = toks[i].w
    if w in _VERB_OUTCOME:
        return i + 1, _VERB_OUTCOME[w]
    if dying_idiom_at(toks, i, sb):
        return i + 2, "killed"
    if w in _MEETING and i + 1 < sb and toks[i + 1].w.startswith(_DEATH_NOUNS) and not (
            i + 2 < sb and toks[i + 2].w == "كل"):
        # (round ar178) "امرأة تلقى حتفها"، "شاب لقي مصرعه"; not at a rate ("امرأة تلقى
        # حتفها كل شهر" tells how often, no one death)
        return i + 2, "killed"
    return None


def agrees(noun: str, verb: str, dual: bool) -> bool:
    """Does the verb agree with its subject: the dual's alif ("فقدا"، "قتلتا"), the
    feminine's "ت" ("أصيبت" after "طفلة"), none after a masculine ("أصيب" after "مسعف")?
    "طفل أصيبت والدته" has a feminine verb after a masculine noun: the mother's wound."""
    if verb in _PRESENT or verb in _MEETING_PRESENT:
        # (round ar155) the present agrees by its prefix: "طفل يقضي"، "امرأة تصاب"،
        # "طفلان يصابان"
        if dual:
            return verb.endswith("ان")
        return not verb.endswith("ان") and verb.startswith("ت") == (
            noun.endswith("ه") or noun.endswith("ة"))
    if dual:
        return verb.endswith("ا")
    if verb.endswith("ا"):
        return False
    return verb.endswith("ت") == (noun.endswith("ه") or noun.endswith("ة"))


def _passed_away(toks: list[Token], v: int, sb: int) -> bool:
    """(round ar155) After "قضى"/"يقضي" at ``v - 1``, is it passing away: no ruling after
    "بـ" ("يقضي بسجن") and no length of time spent in the next few words ("قضى في السجن
    عامين")?"""
    if v < sb and toks[v].w in _RULED:
        return False
    return not any(toks[r].is_digit or toks[r].w in _SPENT for r in range(v, min(sb, v + 4)))


def passive_after(toks: list[Token], v: int, sb: int) -> bool:
    """Is nothing the verb's object: the clause ends, or where, when or how follows
    ("أصيب برصاصة"، "قتل في الغارة")? "رجل قتل زوجته" names the killer."""
    if v >= sb or not toks[v].is_word:
        return True
    w = toks[v].w
    if w in _PASSIVE_AFTER or w.startswith("ب") or w.startswith("متاثر"):
        return True
    if w in _WEEKDAYS_NOT_MONDAY:
        return True  # (round ar193) "قتل السبت الماضي": when; "الاثنين" may be "the two"
    # (round ar193) a second outcome verb joined by "و" ("ضابط ... قتل وأصيب اثنان"): the
    # first verb took no object, a clause of its own ended
    return len(w) > 2 and w[0] == "و" and w[1:] in _JOINED_INTRANSITIVE


def subject_first(toks: list[Token], sa: int, sb: int, k: int,
                  dual: bool) -> tuple[int, str] | None:
    """The person noun (or dual) at ``k`` opening its clause, then the verb of what befell
    them after up to a few describing words ("وعاملة زراعية فارقت الحياة"، "مسعف متطوع مع
    الهلال الأحمر أصيب برصاصة"، "عنصران من الدورية فقدا"): (end of the verb, outcome), or
    None. The words between hold no clause of their own (no "و", comma, relative or
    complementizer), and the verb agrees and takes no object."""
    if not _opens_clause(toks, sa, k) or (k + 1 < sb and toks[k + 1].w.startswith("ال")):
        return None  # ("حارس المدرسة أصيب": a definite genitive makes him one named before)
    noun = toks[k].w[1:] if toks[k].w[0] in _OPENING_CONJUNCTIONS else toks[k].w
    if noun in _KIN_HEADS:
        return None  # "ابن أخيه قتل": a relative of one named, in construct, no count
    for i in range(k + 1, min(sb, k + 2 + V.SUBJECT_FIRST_MAX_WORDS)):
        t = toks[i]
        if not t.is_word or t.w in _BREAKS or t.w in _COMPLEMENTIZERS or (
                t.w.startswith("و") and t.w not in _ONE_ADJECTIVES):
            return None  # ("من عائلة واحدة": "one" describes the family, no new clause)
        found = _verb_at(toks, i, sb)
        if found is not None:
            end, outcome = found
            if not agrees(noun, t.w, dual) or (end == i + 1 and not passive_after(
                    toks, end, sb) and not (t.w in _PASSING and toks[end].w in _MANNER)):
                return None
            if t.w in _PASSING and not _passed_away(toks, end, sb):
                return None
            if end < sb and toks[end].w in _NOT_HARM:
                return None  # ("مسؤول أصيب بخيبة أمل": a feeling, no wound)
            if noun in _HELD and outcome != "killed":
                return None  # "أن أسيرة من الخليل أصيبت": only a death in custody counts
            return end, outcome
    return None


_WOUNDED_NOUNS = fold_set(V.WOUNDED_NOUNS_BEFORE_DEATH)
_OTHERS = fold_set(V.OTHERS_BEFORE_DEATH)
_DEATH_VERBS = fold_set(V.DEATH_AFTER_WOUNDED)
_WOUNDED_ONE = fold_set(V.WOUNDED_NOUNS_BEFORE_DEATH[:1])  # "جريح": the one wounded


def _bare(w: str) -> str:
    if w.startswith("و") and len(w) > 3:
        w = w[1:]
    return w[2:] if w.startswith("ال") else w


def died_of_wounds(toks: list[Token], a: int, b: int, sb: int) -> int | None:
    """Did the wounded of the figure ``[a, b)``, told by their noun ("جريحين"، "ثلاثة
    جرحى"), die: a verb of dying right after them ("توفيا"، "لفظا أنفاسهما")? Returns
    where the verb ends, or None; the figure is then of the dead."""
    if b >= sb or _bare(toks[b - 1].w) not in _WOUNDED_NOUNS:
        return None
    i = b + 1 if toks[b].w in _OTHERS and b + 1 < sb else b
    w = toks[i].w
    if not w.endswith("ا") and _bare(toks[b - 1].w) not in _WOUNDED_ONE:
        return None  # "23 مصابا توفي اثنان منهم": the singular verb has a subject of its own
    if w in _DEATH_VERBS:
        return i + 1
    if dying_idiom_at(toks, i, sb):
        return i + 2
    return None


_ONE_PASSIVES = {fold_word(w): o for w, o in V.ONE_OF_THEM_PASSIVE_VERBS.items()}
_ONE_STATES = {fold_word(w): o for w, o in V.ONE_OF_THEM_STATES.items()}


def one_of_them_told(toks: list[Token], i: int, sb: int) -> str | None:
    """The outcome told of one of them by the word at ``i`` right after "أحدهم": a verb
    passive by what follows it ("أحدهم قتل في الغارة"), or the state as the predicate
    ("أحدهم مصاب")."""
    w = toks[i].w
    if w in _ONE_STATES:
        return None if ill_after(toks, i + 1, sb) else _ONE_STATES[w]
    if w in _ONE_PASSIVES and passive_after(toks, i + 1, sb):
        return _ONE_PASSIVES[w]
    return None


_DISEASES = fold_set(V.DISEASE_WORDS)
_ILLNESS = fold_set(V.ILLNESS_NOUNS)


def ill_after(toks: list[Token], j: int, sb: int) -> bool:
    """Does a disease or an illness follow a state of the hurt, its next word at ``j``
    ("أحدهم مصاب بالكوليرا"، "كان مصابا بالإنفلونزا"، "مصاب بمرض مزمن")? The state is
    then sickness, and the one in it no casualty."""
    return j < sb and (word_in(toks[j], _DISEASES) is not None or word_in(
        toks[j], _ILLNESS) is not None)


_AFTER = {fold_word(w): o for w, o in V.OUTCOME_AFTER.items()}
_NUMBER_WORDS = fold_set((*V.UNITS, *V.TENS, *V.TENS_HUNDREDS_WORDS, "آلاف"))
_JOINED_MAX_WORDS = 3


def _joined_count_end(toks: list[Token], i: int, sb: int) -> int | None:
    """Where the count joined by "و" at ``i`` ends ("وسبعة"، "و 13"، "و13"), or None."""
    w = toks[i].w
    if w == "و" and i + 1 < sb and (toks[i + 1].is_digit or toks[i + 1].w in _NUMBER_WORDS):
        return i + 2
    if len(w) > 2 and w[0] == "و" and w[1:] in _NUMBER_WORDS:
        return i + 1
    return None


def joined_own_verb(toks: list[Token], i: int, sb: int) -> tuple[int, str] | None:
    """Does the count joined by "و" at ``i`` have its own outcome verb after its counted
    words ("أربعة أشخاص قتلوا وسبعة آخرون أصيبوا"، "مدنيا قتل وثلاثة آخرون أصيبوا")?
    Then it is the subject of a clause of its own, neither the object of the verb before
    "و" nor a second item sharing it. Returns (the verb's index, its outcome), or None.
    The verb agrees as a plural or a dual (its alif or its "ن")."""
    start = _joined_count_end(toks, i, sb)
    if start is None:
        return None
    for r in range(start, min(sb, start + _JOINED_MAX_WORDS + 1)):
        t = toks[r]
        if not t.is_word or t.w in _BREAKS or t.w.startswith("و"):
            return None
        if t.w in _AFTER and r > start and t.w.endswith(("ا", "ن")):
            return r, str(_AFTER[t.w])
    return None


def verb_outcome(w: str) -> str | None:
    """(round ar193) The outcome of the one- or two-person past verb ``w`` (folded), or
    None."""
    return _VERB_OUTCOME.get(w)
