"""Casualty figures in Arabic news copy.

A figure is a count tied to an outcome (killed, wounded, captured, arrested,
missing, displaced). Arabic puts the outcome word on either side of the count:

* an outcome verb or verbal noun before it, maybe with the subject between:
  "مقتل 37 عنصرا", "اعتقل الجيش 17 فلسطينيا", "جرح أكثر من 20";
* a noun that is itself the outcome after it: "39 قتيلا", "عشرات الجرحى",
  or before a vague/definite count: "قتلى بالعشرات", "القتلى الثلاثة";
* a verb after the counted noun phrase: "35 شخصا على الأقل قتلوا",
  "3 إيرانيين كانوا بين القتلى", "لقي 4 أشخاص مصرعهم";
* a toll: "عدد القتلى ... ارتفع إلى 7";
* a sub-group or a list item after a figure: "بينهم 12 طفلا", "و4 يمنيين",
  "هم خمسة مدنيين وعشرة مقاتلين".

Count words are digits (either script), number words with teens, tens,
hundreds and ألف/مليون multipliers, vague quantifiers (عشرات = 24 ...), duals
of person nouns (= 2) and indefinite singular person nouns (= 1) right after an
outcome word ("مقتل جندي"). A number shared by two outcomes ("بين قتيل وجريح",
"قتل وجرح"), numbers of things (hours, missiles, money) and years are skipped.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter
from typing import Any

from ..lang import ar as V
from .casualty_aged_subject import aged_subject
from .casualty_apposed_parts import apposed_parts
from .casualty_arrived_fled import arrived_and_fled
from .casualty_captors import captors_captives
from .casualty_cases_received import cases_received
from .casualty_counted_more import counted_more
from .casualty_crossing import crossed_and_fled, left_as_flight
from .casualty_discharged import discharged_parts
from .casualty_drill import drop_drill_figures
from .casualty_dying_inside import dying_inside
from .casualty_exchanges import exchanges_and_fates
from .casualty_executions import executions
from .casualty_families_driven import families_driven
from .casualty_families_moved import families_moved
from .casualty_fled_doers import doers_fled
from .casualty_fled_hurt import fled_hurt
from .casualty_for_one_killed import for_one_killed
from .casualty_found_dead import found_dead
from .casualty_freed_by_attackers import drop_freed_by_attackers
from .casualty_freed_captives import freed_by_holders, inmates_fled
from .casualty_freed_one import freed_one
from .casualty_freed_part import freed_part
from .casualty_fronted_gap import fronted_gap
from .casualty_held_fates import (
    held_died_after,
    held_missing_after,
    kin_of_counted,
    recaptured,
    suspended_from_work,
    told_by_held_noun,
)
from .casualty_held_told import held_told
from .casualty_hostage_killed import hostage_killed
from .casualty_hurt_described import hurt_described
from .casualty_hurt_speaker import hurt_speaker
from .casualty_hurt_teller import drop_hurt_tellers
from .casualty_identified_parts import identified_parts
from .casualty_ill_counted import ill_not_hurt
from .casualty_kin_crowd import kin_crowd
from .casualty_led_away_masdar import led_away_after_arrest
from .casualty_led_away_part import led_away_parts
from .casualty_mourned import mourned_and_neutralised
from .casualty_mourners import mourners_count
from .casualty_not_killed import attackers_counted, attempted, killers_after, threatened
from .casualty_not_people_parts import not_people_part
from .casualty_notables import (
    definite_chain,
    drop_ta_nouns,
    notable_one,
    notable_words,
    second_title,
)
from .casualty_numeral_told import numeral_told
from .casualty_one_held import died_held, doer_took, one_held
from .casualty_one_hurt_passive import one_hurt_passive
from .casualty_one_injury import one_injury
from .casualty_one_told import one_told, single_joined_to_plural
from .casualty_one_wounded import one_wounded
from .casualty_parts import parts_of_tolls, suffering_state_after
from .casualty_pushed_out import FLIGHT_WITH_LI, pushed_to_flee, pushed_to_leave
from .casualty_ransom import is_ransom_word, ransom_for
from .casualty_re_mention import drop_repeats
from .casualty_recorded_dead import recorded_dead
from .casualty_release import (
    FREED_WORDS,
    displaced_who,
    earlier_toll,
    estimate_value_at,
    freed_among,
    freed_of_them,
    freed_prisoners,
    held_clause_after_comma,
    held_in_deal,
    held_pair,
    named_after_count,
    one_released,
    passed_by_people,
    raised_by_own_sentence,
    released_parts,
    unheld_accusative,
)
from .casualty_rest_state import rest_by_state
from .casualty_state_prisoners import (
    counted_freed_prisoners,
    counted_released_by_state,
    freed_by_state,
)
from .casualty_subject_first import (
    died_of_wounds,
    joined_own_verb,
    one_of_them_told,
    subject_first,
)
from .casualty_taken_first import taken_first
from .casualty_titled_one import joined_title, titled_one
from .casualty_treated_parts import treated_parts
from .casualty_variants import fallen_dead_after, fallen_one_of, qualified_count_after
from .casualty_victims_part import victims_part
from .casualty_wounded_taken import wounded_taken
from .normalise import Folded, fold_map, fold_set, fold_word, stems
from .tokens import (
    Token,
    analyse,
    bare_token,
    document_sentences,
    is_end,
    phrase_at,
    positions_of,
    split_phrase,
    word_in,
    word_lookup,
    words_of,
)

# Word lists read by the functions below, named once (lang/ar.py holds the words).
_AGE_OR_STILL_OPENERS = V.AGE_OR_STILL_OPENERS
_ALEF_MAQSURA_PREPS_FOLDED = V.ALEF_MAQSURA_PREPS_FOLDED
_AL_AND_CLITIC_PREFIXES = V.AL_AND_CLITIC_PREFIXES
_AL_PREFIXES = V.AL_PREFIXES
_AL_WA_BI_LI_PREFIXES = V.AL_WA_BI_LI_PREFIXES
_AL_WA_PREFIXES = V.AL_WA_PREFIXES
_BETWEEN_FROM_WORDS = V.BETWEEN_FROM_WORDS
_BETWEEN_OR_WERE_WORDS = V.BETWEEN_OR_WERE_WORDS
_BETWEEN_WORDS = V.BETWEEN_WORDS
_BI_AL_PREFIXES = V.BI_AL_PREFIXES
_BI_HIM_HER_WORDS = V.BI_HIM_HER_WORDS
_BI_LI_WA_AL_PREFIXES = V.BI_LI_WA_AL_PREFIXES
_BI_LI_WA_PREFIXES = V.BI_LI_WA_PREFIXES
_BI_PRONOUN_WORDS = V.BI_PRONOUN_WORDS
_BI_THEM_WORDS = V.BI_THEM_WORDS
_COUNTED_GROUP_STOPS = V.COUNTED_GROUP_STOPS
_DUAL_POSSESSED_ENDINGS = V.DUAL_POSSESSED_ENDINGS
_DURING_CAUSE_WORDS = V.DURING_CAUSE_WORDS
_EACH_WORDS = V.EACH_WORDS
_EACH_WORD_FORMS = V.EACH_WORD_FORMS
_FEMININE_STILL_VERBS = V.FEMININE_STILL_VERBS
_FROM_BETWEEN_WORDS = V.FROM_BETWEEN_WORDS
_FROM_NEAR_WORDS = V.FROM_NEAR_WORDS
_FROM_TO_FOLDED = V.FROM_TO_FOLDED
_FROM_WORDS = V.FROM_WORDS
_GROUP_LINKS = V.GROUP_LINKS
_IN_FROM = V.IN_FROM
_LI_TO_FOLDED = V.LI_TO_FOLDED
_MA_LA = V.MA_LA
_MA_LA_NEGATIONS = V.MA_LA_NEGATIONS
_MA_LA_NEGATION_FORMS = V.MA_LA_NEGATION_FORMS
_NOBODY_NEGATIONS = V.NOBODY_NEGATIONS
_NOBODY_FOLLOWERS = fold_set(V.NOBODY_FOLLOWERS)
_NO_ONE = V.NO_ONE_BEFORE
_MONTH_NAME_ORDINALS_FOLDED = V.MONTH_NAME_ORDINALS_FOLDED
# (round ar170) a day's ordinal before "من" and its month ("منذ الثامن من تشرين الأول")
_DAY_ORDINALS = frozenset(" ".join(fold_word(w) for w in d.split()) for d in V.DAY_ORDINALS)
_OBJECT_PRONOUN_SUFFIXES = V.OBJECT_PRONOUN_SUFFIXES
_ONE_OF_FOLDED = V.ONE_OF_FOLDED
_ONE_OF_WORDS_FOLDED = V.ONE_OF_WORDS_FOLDED
_PEOPLE_NISBA_ENDINGS = V.PEOPLE_NISBA_ENDINGS
_PLURAL_NISBA_ENDINGS = V.PLURAL_NISBA_ENDINGS
_SOUND_PLURAL_ENDINGS = V.SOUND_PLURAL_ENDINGS
_COMMAS = ("،", ",")
_DUAL_ENDINGS = V.DUAL_ENDINGS  # also the plural's oblique ("آخرين")
_STILL_VERB_FORMS = V.STILL_VERB_FORMS
_SUSPECT_FORMS = V.SUSPECT_FORMS
_THEIR_HER_SUFFIXES = V.THEIR_HER_SUFFIXES
_THEIR_SUFFIXES = V.THEIR_SUFFIXES
_TO_ON_FOLDED = V.TO_ON_FOLDED
_TWO_OR_OTHER_TWO_WORDS = V.TWO_OR_OTHER_TWO_WORDS
_WA_MA_ENDINGS = V.WA_MA_ENDINGS
_WERE_PLURAL_VERBS = V.WERE_PLURAL_VERBS

# "لقي" is a trigger only with "مصرعهم" after the count (checked in _link).
_TRIGGERS = fold_map({**V.OUTCOME_TRIGGERS, **dict.fromkeys(V.LAQIYA, "killed")})
_TIGHT = fold_set(V.TIGHT_TRIGGERS)
_CAUSING = fold_set(V.CAUSING_TRIGGERS)
_CAUSED = fold_map(V.CAUSED_SINGULARS)
_CAUSING_ONE = _CAUSING | fold_set(V.LEAVING_BEHIND_VERBS)  # (round ar175) "تخلف قتيلا"
_CAUSED_FORMS = frozenset((*_CAUSED, *("و" + w for w in _CAUSED)))  # a set test, no call
_HELD_WORDS = fold_set(V.HELD_WORDS)
_HELD_VERBS = fold_set(V.HELD_VERBS)
_ARMED_HOLDERS = fold_set(V.ARMED_HOLDERS)
_GROUPS_OF_ONE = fold_set(V.ARMED_GROUPS_OF_ONE)
_RELEASING = fold_set((*V.RELEASE_ABOUT_VERBS, *V.RELEASE_SET_FREE_VERBS))
_HELD_BY = fold_word("لدى")
_FREEING = fold_set(V.FREEING_WORDS)
_DEALS = fold_set(V.DEAL_NOUNS)
_HOUSEHOLDS = fold_set(V.HOUSEHOLD_NOUNS)
_INHABITANTS = fold_set(V.INHABITANT_NOUNS)
_LEAVING = fold_set(V.LEAVING_VERBS)
_LEFT_HOMES_VERBS = fold_set(V.LEFT_HOMES_VERBS)
_LEAVING_MASDARS = fold_set(V.LEAVING_MASDARS)
_HOMES_LEFT = fold_set(V.HOMES_LEFT)
_LEFT_WHEN_PUSHED = fold_set((*V.LEAVING_MASDARS, *V.LEAVING_IT_MASDARS, *V.FLIGHT_MASDARS_ALONE))
_INJURY_DUALS = fold_set(V.INJURY_DUALS)
_ARMED = fold_set(V.ARMED_NOUNS)
_ARMED_PARTS = fold_set((*V.ARMED_NOUNS, *V.ARMED_HOLDERS, *V.ARMED_PART_NOUNS))
_TIGHT_WITH_SUBJECT = fold_set(V.TIGHT_WITH_SUBJECT)
_HITTING = fold_set(V.HITTING_VERBS)
_WOUNDING = fold_set((*V.WOUNDING_AGENTS, *V.ARMED_NOUNS, *V.ARMED_HOLDERS))
_SUSPECTED = fold_set(V.SUSPECTED_VERBS)
_NAMING_PRONOUNS = fold_set(V.NAMING_PRONOUNS)
_AFFILIATED_DOERS = fold_set(V.AFFILIATED_ADJECTIVES)
_FORCES = fold_set(V.FORCE_HEADS)
# Words after which a verb opens its clause ("فيما أسر الجيش اثنين من المهاجمين"), where
# "أسر" after a verb is "the families of" ("وزارت أسر الجنود ...").
_VERB_OPENERS = fold_set(V.VERB_CLAUSE_OPENERS)
_PERSON_TRIGGERS = fold_set(V.PERSON_TRIGGERS)
_POISONING = fold_set(V.POISONING_MASDARS)
_TRADE_SUSPECTS = fold_set(V.TRADE_SUSPECTS)
_REL_SAYING = fold_set(V.RELATIVE_SAYING_VERBS)
_PRONOUN_COMP = fold_set(V.PRONOUN_COMPLEMENTIZERS)
_BARE_COUNT_ENDS = fold_set(V.BARE_COUNT_ENDS)
_PERSON_PLURALS = fold_set(V.PERSON_PLURALS)
_OF_PEOPLE = fold_set(V.PEOPLE_PARTITIVE_PRONOUNS)
_NOUNS = fold_map(V.OUTCOME_NOUNS)
_DISEASES = fold_set(V.DISEASE_WORDS)
_ANY_CAUSE = fold_set(V.DEATH_ANY_CAUSE)
_ONE_AS_OWNER = fold_set(V.ONE_AS_OWNER)
_OUT_OF = frozenset((fold_word(a), fold_word(b)) for a, b in V.OUT_OF_TOTAL)
_DUAL_NOUNS = fold_map(V.OUTCOME_DUALS)
_INDEFINITE_DUALS = fold_set(V.INDEFINITE_OUTCOME_DUALS)
_KIN_OF_COUNTED = fold_set(V.KIN_OF_THE_COUNTED)
_AFTER = fold_map(V.OUTCOME_AFTER)
_OF_THEM = fold_set(V.OF_THEM)
_HELD = fold_set(V.HELD_NOUNS)
_CASES = fold_set(V.CASE_NOUNS)
_INCIDENT_CASES = fold_set(V.INCIDENT_CASE_WORDS)
_CASE_OUTCOMES = fold_map(V.CASE_OUTCOMES)
_CHOKING = frozenset(V.CHOKING_WORDS)
_DEATH_OBJ = fold_set(V.DEATH_OBJECTS)
_PLURAL_DEATH_OBJ = fold_set(V.PLURAL_DEATH_OBJECTS)
_LAQIYA = fold_set(V.LAQIYA)
_DEATH_VERBS = fold_set(V.DEATH_VERBS)
_VICTIMS = fold_set(V.VICTIM_WORDS)
_VICTIM_VERBS = fold_set(V.VICTIM_VERBS)
_BODIES = fold_set(V.BODY_NOUNS)
_BODY_PAIRS = fold_set(V.BODY_PAIRS)
_PAIR_KIN = fold_set(V.PAIR_KIN_STEMS)
_KIN_OF_ONE = V.KIN_OF_ONE_SUFFIXES
_PERSON_ADJECTIVES = fold_set(V.PERSON_ADJECTIVES)
_STATE_NOUNS = fold_set(V.STATE_NOUNS)
_STATE_AFTER_THEM = fold_set(V.STATE_AFTER_THEM)
_SEVERITY_BEFORE = fold_set(V.SEVERITY_BEFORE_STATE)
_SEVERITY = fold_set(V.SEVERITY_WORDS)
_MODERATE_STATE = fold_set(V.MODERATE_STATE_WORDS)
_STABLE_STATE = fold_set(V.STABLE_STATE_WORDS)  # (round ar191) "حالة اثنين منهم مستقرة"
_WOUND_NOUNS = fold_set(V.WOUND_NOUNS)
_WOUND_DEGREES = fold_set(V.WOUND_DEGREES)
_ONE_OF_THEM = fold_set(V.ONE_OF_THEM)
_ONE_OF_THEM_EVENTS = fold_map(V.ONE_OF_THEM_EVENTS)
_ONE_OF_THEM_VERBS = fold_map(V.ONE_OF_THEM_VERBS)
_ONE_OF_THEM_OBJECT_VERBS = fold_map(V.ONE_OF_THEM_OBJECT_VERBS)
_ONE_OF_THEM_MASCULINE = fold_set(V.ONE_OF_THEM_MASCULINE)
_CONSTRUCT_PLURAL_GENITIVES = V.CONSTRUCT_PLURAL_GENITIVE_ENDINGS
_COMPANIONS_OF_ONE = fold_set((*V.COMPANIONS_OF_ONE, *V.COMPANIONS_OF_ONE_MORE))
_APPOSITION_OPENERS = fold_set(V.COMPANIONS_APPOSITION_OPENERS)
_COMPANION_UNITS = fold_set(V.NUMBERED_UNITS)
_JOINING_ADVERBS = fold_set(V.COUNT_JOINING_ADVERBS)
_KIDNAPPERS = fold_set(V.KIDNAPPER_WORDS)
_WARRANTS = fold_set(V.WARRANT_NOUNS)
_COMPANION_LINKS = frozenset(V.COMPANION_LINKS)
_FEMININE_OBJECT_VERBS = fold_map(V.ONE_OF_THEM_FEMININE_VERBS)
_MASCULINE_OBJECT_VERBS = fold_map(V.ONE_OF_THEM_MASCULINE_VERBS)
_ONE_OF_THEM_PASSIVES = fold_map(V.ONE_OF_THEM_PASSIVES_AFTER)
_NATIONALITY_HOLDING = fold_set(V.NATIONALITY_HOLDING)
_NATIONALITY = fold_word(V.NATIONALITY_NOUN)
_DESCRIBED_MAX = V.ONE_OF_THEM_DESCRIBED_MAX
_HIT_MEANS = fold_set(V.HIT_MEANS)
_STOPPED_THINGS = fold_set(V.STOPPED_THINGS)
_MACHINES = fold_set(V.STOPPED_MACHINES)
_SUSPENDED_FROM = fold_set(V.SUSPENDED_FROM)
_STATE_OF_ONE = fold_set(V.STATE_OF_ONE)
_SELF_VERBS = fold_set(V.SELF_BLAST_VERBS)
_SELF = fold_set(V.SELF_WORDS)
_SINGLE_SELF_VERBS = fold_set(V.SINGLE_SELF_BLAST_VERBS)
_SINGLE_SELF = fold_set(V.SINGLE_SELF_WORDS)
_SINGLE_SELF_PRESENT = fold_set(V.SINGLE_SELF_BLAST_PRESENT)
# (round ar178) the noun of meeting death ("حتفها"، "مصرعه") lets a headline's present
# through, which has no other outcome word in its line ("امرأة تلقى حتفها برصاص")
_MET_DEATH_OBJECTS = fold_set(V.DEATH_OBJECTS)
_BLAST_OPENERS = fold_set(V.BLAST_CLAUSE_OPENERS)
_BODY_OF_ONE = fold_set(V.BODY_OF_ONE)
_AGO_BEFORE = fold_set(V.AGO_BEFORE_COUNT)
_AGO_UNITS = fold_set(V.AGO_TIME_UNITS)
_NAMED_PERIODS = fold_set(V.NAMED_PERIODS)
_NAMED_PERIOD_OPENERS = fold_set(V.NAMED_PERIOD_OPENERS)
_MONTH_WORD = fold_set(V.MONTH_WORDS)
_PERIOD_ADJECTIVES = frozenset(V.RELATIVE_TIME_ADJECTIVES_FOLDED)
_TOLL = fold_set(V.TOLL_WORDS)
_TOLL_ADVERBS = fold_set(V.TOLL_ADVERBS)
_EXECUTION = fold_set(V.EXECUTION_WORDS)
_VERDICTS = fold_set(V.VERDICT_WORDS)
_ONE_MORE = fold_set(V.ONE_MORE_WORDS)
# (round ar153) the ordinals to the tenth, after one still missing ("رجل ثامن")
_STILL_ORDINALS = fold_set(V.ONE_MORE_ORDINALS)
_PARTING = fold_set(V.PARTING_VERBS)
_LIFE = fold_set(V.LIFE_WORDS)
_LOST_LIVES = fold_set(V.LOST_LIVES)
_RATE_ADVERBS = fold_set(V.RATE_ADVERBS)
_RATE_UNITS = fold_set(V.RATE_UNITS)
_RATE_BEFORE = fold_set(V.RATE_BEFORE)
_LOST_VERBS = fold_set(V.LOST_VERBS)
_LOST_NOT_HEADS = fold_set(V.LOST_NOT_HEADS)
_LOST_ABSTRACTS = fold_set(V.LOST_ABSTRACTS)
_PRONOUN_PREPS = fold_set(V.PRONOUN_PREPOSITIONS)
_TOLL_LINKS = fold_set(V.TOLL_LINKS)
_RISE = fold_set(V.RISE_WORDS)
_CONTACT = fold_set(V.CONTACT_WORDS)
_BARE_TOLLS = fold_set(V.BARE_TOLLS)
_TOLL_EXCEEDING = fold_set(V.TOLL_EXCEEDING)
_TOLL_PLACE_PREPS = fold_set(V.TOLL_PLACE_PREPS)
_TOLL_ESTIMATORS = fold_set(V.TOLL_ESTIMATORS)
_VERB_OBJECT_PRONOUNS = V.OBJECT_PRONOUNS_THEM_HER_HIM
_PEOPLE_RELATIVES = fold_set(V.PEOPLE_RELATIVES)
_TOLL_NOUNS = fold_map({**V.OUTCOME_NOUNS, **V.TOLL_NOUNS, **V.FLED_TOLL_NOUNS,
                        **V.POSSESSED_TOLL_NOUNS})
_FLED_TOLLS = fold_set(V.FLED_TOLL_NOUNS)
_MEMBERSHIP = fold_set(V.MEMBERSHIP_HEADS)
# A day part or a weekday after a group says when, not who ("قتل 3 أشخاص ليل الأحد").
_GROUP_END = fold_set(V.GROUP_END_ADVERBS) | fold_set(V.DAY_PARTS) | fold_set(V.WEEKDAYS)
# A time phrase between a verb with its agent and the count ("اعتقلت القوات فجر اليوم
# الثلاثاء 14 شابا", "اختطف مسلحون، مساء الأحد، ثلاثة أشخاص") is passed over whole.
_WHEN_WORDS = fold_set(V.DAY_PARTS) | fold_set(V.WEEKDAYS) | frozenset(("اليوم",))
_GAP_TIMES = fold_set(V.TAKING_GAP_TIME_WORDS)  # (round ar143) "، مساء أمس،"
_COMPOSED = fold_set(V.COMPOSED_OF)
# Outcomes that say what people are (captives, detainees, the displaced), which an
# outcome verb before the count overrides: "أعدمت الميليشيا 4 أسرى" killed the captives.
_STATUS_OUTCOMES = frozenset(("captured", "arrested", "displaced", "missing"))
_DEAD_OF_THEM = fold_set(V.DEAD_OF_THEM)
_HELD_OUTCOMES = frozenset(("captured", "arrested"))
_ONE = frozenset(V.ONE_WORDS_FOLDED)
_MEMBER_OF_BODY = fold_set(V.MEMBER_OF_BODY_NOUNS)
_MONDAY = fold_set(V.MONDAY_WORDS)
_WEEKDAY_WORDS = fold_set(V.WEEKDAYS)
_MONDAY_BEFORE = fold_set(V.DAY_PARTS) | fold_set(V.MONDAY_BEFORE) | _WEEKDAY_WORDS
_MONDAY_AFTER = fold_set(V.MONDAY_AFTER) | _WEEKDAY_WORDS


def _possessed_kin() -> frozenset[str]:
    """Folded stems of the plural kin nouns as they stand before a possessive suffix: the
    hamza of "أبناء" takes its case seat ("أبناؤه", "أبنائه") and ة is written ت ("إخوته")."""
    out = set()
    for w in fold_set(V.KIN_PLURALS):
        out.add(w)
        if w.endswith("ء"):
            out.update((w[:-1] + "و", w[:-1] + "ي"))
        if w.endswith("ه"):
            out.add(w[:-1] + "ت")
    return frozenset(out)


_KIN = _possessed_kin()
_LOSING = fold_set(V.LOSING_VERBS)
_HOMES = fold_set(V.HOME_PLURALS)
_FLIGHT_PLACES = fold_set(V.FLIGHT_PLACES) | fold_set(V.PLACE_HEADS) | _HOMES
_TIME_UNITS = fold_set(V.TIME_UNITS)
_RESUMPTIVE = fold_set(V.RESUMPTIVE_PHRASES)
# (round ar178) "so far" between the verb and its count ("قتل فيها حتى الآن ستة رجال")
_SO_FAR_OPENERS = fold_set(V.SO_FAR_OPENERS)
_SO_FAR_NOWS = fold_set(V.SO_FAR_NOWS)


def _plural_resumed(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar143) Is the verb at ``k`` a plural past with the event's pronoun after it
    and no count after that ("وإن 19 شخصا قتلوا فيها، بينهم 7 أطفال")? A verb before its
    subject is singular in Arabic, so the plural agrees with the count before it."""
    return toks[k].w.endswith("وا") and not (k + 2 < sb and (
        toks[k + 2].is_digit or _count_word(toks[k + 2])))
_OWN = frozenset(w[:-1] + seat for w in fold_set(V.OWN_MEMBERS) if w.endswith("ء")
                 for seat in "وي") | fold_set(V.OWN_MEMBERS)
_POSSESSIVES = V.POSSESSOR_SUFFIXES
_PLURAL_POSSESSIVES = V.GROUP_POSSESSOR_SUFFIXES
_UNITS = fold_map(V.UNITS)
_TENS = fold_map(V.TENS)
_HUNDREDS = fold_map(V.HUNDREDS)
_MULT = fold_map(V.MULTIPLIERS)
_HALF_WORDS = fold_set(V.HALF_WORDS)
_HALF_SCALES = fold_map(V.HALF_SCALES)
_ROUND = fold_map(V.ROUND)
_VAGUE = fold_map(V.VAGUE)
_VAGUE_MULT = fold_map(V.VAGUE_MULTIPLIERS)
_SUPERLATIVES_OF_NUMBER = fold_set(V.SUPERLATIVES_OF_NUMBER)
_LONG_PERIODS = fold_set(V.LONG_PERIOD_UNITS)
_VAGUE_PHRASES = {split_phrase(fold_word(k)): v for k, v in V.VAGUE_PHRASES.items()}
_VAGUE_BEFORE_PRONOUN = {split_phrase(fold_word(k)): v for k, v in V.VAGUE_BEFORE_PRONOUN.items()}
_QUAL_BEFORE = {split_phrase(fold_word(k)): v for k, v in V.QUALIFIERS_BEFORE}
_QUAL_AFTER = {split_phrase(fold_word(k)): v for k, v in V.QUALIFIERS_AFTER}
_SINGULAR = fold_set(V.PERSON_SINGULAR)
_TITLES_OF_ONE = fold_set(V.TITLES_OF_ONE)
_HEADLINE_ONE_FOLLOWERS = fold_set(V.HEADLINE_ONE_FOLLOWERS)
_HEADLINE_ONE_CLITICS = V.HEADLINE_ONE_CLITICS
# (round ar145) The outcomes a participle after a definite plural of people gives a part
# (round ar186: and the held, "14 من المتظاهرين الموقوفين"، "30 من الطلاب المعتقلين").
_PART_PARTICIPLE_OUTCOMES = frozenset(("killed", "wounded", "captured", "arrested"))
_DUALS = fold_set(V.PERSON_DUAL)
_DEFECTIVE_DUAL_STEMS = fold_set(V.DEFECTIVE_DUAL_STEMS)
_NOUNS_IN_I = fold_set(V.NOUNS_IN_I)
_NON_PERSON = fold_set(V.NON_PERSON)
_FORMER = fold_set(V.FORMER_ADJECTIVES)
_SUBGROUP = fold_set(V.SUBGROUP_MARKERS)
_SUBGROUP_KIN = fold_set(V.SUBGROUP_KIN)
_SUBGROUP_KIN_MARKERS = fold_set(V.SUBGROUP_KIN_MARKERS)
_BREAKS = fold_set(V.CLAUSE_BREAKS)
_ADDED_TO = frozenset((fold_word(a), fold_word(b)) for a, b in V.ADDED_TO)
_COMPANIONS = fold_set(V.COMPANION_NOUNS)
_JOINED_SINGULAR = fold_set(V.JOINED_PERSON_SINGULARS)
_OF_HIM_HER_THEM = fold_set(V.OF_HIM_HER_THEM)
_OWNERS = fold_set(V.OWNER_NOUNS)
_OWNED = fold_set(V.OWNED_PLACES)
_DESCRIPTION_MAX = V.DESCRIPTION_MAX_TOKENS
_HIT_PHRASE_MAX = V.HIT_PHRASE_MAX_TOKENS
_OFFICE_HEADS = fold_set(V.OFFICE_TITLES)
_TEEN = set(V.TEEN_TENS_FOLDED)
_FROM_IT = fold_set(V.FROM_IT_WORDS)
_QUANTITY = fold_set(V.QUANTITY_NOUN_FORMS)
_YEAR_BEFORE = set(V.YEAR_WORDS_BEFORE_NUMBER)
# (a part of the year or "during" before its digits opens a time phrase too: "منذ مطلع
# 2018"، "خلال 2025"; a part of something else takes no four digits of 1900 to 2099)
_BEFORE_A_YEAR = _YEAR_BEFORE | _NAMED_PERIOD_OPENERS
# "في 3 أيار 2018", "يوم 5 كانون الثاني": digits right before a month name are its day
# People counted right after four digits ("نحو 2000 أسرة فرت"): a count, not a year.
_COUNTED_AFTER = fold_set(V.PERSON_SINGULAR) | fold_set(V.COUNTED_PEOPLE) | fold_set(
    V.OUTCOME_NOUNS)
_MONTH_STARTS = fold_set(m.split()[0] for m in (*V.MONTHS, *V.HIJRI_MONTHS))
_BETWEEN = set(V.RANGE_OPENERS)
_OTHERS = set(V.OTHERS_WORDS_FOLDED)
_OTHERS_DUAL = frozenset({"اخران"})
_SECOND_PASSIVES = fold_set(V.SECOND_VERB_PASSIVES)
_SUBGROUP_CIVILIANS = fold_set(V.SUBGROUP_CIVILIANS)
_PARENTS_OF = fold_set(V.PARENT_OF_CHILDREN)
_CHILDREN_OF = fold_set(V.CHILDREN_OF_PARENT)
_MIN = {"من"}
_COMPLEMENTIZERS = frozenset(V.THAT_FORMS_FOLDED)
_ORDINAL_UNITS = fold_set(V.ORDINAL_UNITS)
_VICTIM_TOLLS = fold_set(V.TOLL_NOUNS)
_RANKS_AFTER_ONE = fold_set(V.RANKS_AFTER_ONE)
_KANA = frozenset(V.WAS_FORMS_FOLDED)
_OUTCOME_PLACES = fold_set(V.PLACE_OF_OUTCOME_HEADS)
_EVENT_KINDS = fold_set(V.EVENT_KIND_HEADS)
_EVENT_TIME_PREPS = fold_set(V.EVENT_TIME_PREPOSITIONS)
# Any complementizer, with its pronoun suffixes: the clause after it has its own verb, so
# an outcome word before it never reaches a count after it ("أصيب عسكري بجروح، مذكرة بأن
# 4 جنود قتلوا").
_CLAUSE_OPENERS = fold_set(V.COMPLEMENTIZERS) | _COMPLEMENTIZERS
_FRONTED_PREPS = frozenset(V.FRONTED_CIRCUMSTANCE_PREPS)
_AMONG = frozenset(V.AMONG_THEM_WORDS)
_BEFORE_AFTER = frozenset(V.AFTER_BEFORE_WORDS)
_DATING_EVENTS = fold_set(V.DATING_EVENTS)
_SAME_PLACE = fold_set(V.SAME_PLACE_WORDS)
# (round ar147) "في" + a place's head noun + its name between a verb's subject and the
# count ("أوقفت الأجهزة الأمنية في مدينة مصراتة 38 مهاجرا"): where, passed over whole.
_NAMED_PLACE_HEADS = fold_set(V.PLACE_HEADS)
_PURSUIT = fold_set(V.PURSUIT_VERBS)
_NUMBERED = fold_set(V.NUMBERED_HEADS)
# "عشرات آلاف", "مئات الآلاف": the vague words a multiplier may follow, folded ("مئات"
# folds to "ميات", so the plain spelling never matched).
# "two" after its noun ("مزارعين اثنين"); other numbers come before it.
_TWO = fold_set(V.TWO_WORDS_FOLDED)
_NOMINATIVE_TWO = fold_set(V.NOMINATIVE_TWO_WORDS)
_PLURAL_OBJECT = frozenset(V.PLURAL_OBJECT_PRONOUNS)
_DUAL_OBJECT = frozenset(V.DUAL_OBJECT_PRONOUNS)
_RANK_OF = fold_set(("برتبة",))
_HELD_SUBJECTS = fold_set(V.HELD_SUBJECTS)
_HELD_SUBJECTS_FEMININE = fold_set(V.HELD_SUBJECTS_FEMININE)
_DIED = fold_set(V.DIED_VERBS)
_DIED_AFTER = fold_set(V.DIED_AFTER_PARTITIVE)
_DIED_AFTER_ONE = fold_set(V.DIED_AFTER_ONE)
_CARRIED_OUT = fold_set(V.CARRIED_OUT_VERBS)
_VAGUE_MULTIPLIED = fold_set(V.TENS_HUNDREDS_WORDS)
_NAYYIF = fold_set(V.ODD_WORDS)
_STATE_AFTER_FI = fold_map(V.STATE_AFTER_FI)
_STILL = fold_set(V.STILL_VERBS)
_HELD_STATE_COUNT_BEFORE = fold_set(V.HELD_STATE_COUNT_BEFORE)
_STILL_STATES = fold_map(V.STILL_SINGULAR_STATES)
_DUAL_STILL = fold_set(V.DUAL_STILL_VERBS)
_IN_THE_COUNT_OF = tuple(fold_word(w) for w in V.IN_THE_COUNT_OF)
_DUAL_ADJECTIVE_OUTCOMES = frozenset(V.DUAL_ADJECTIVE_OUTCOMES)
_BECOMING = fold_set(V.BECOMING_VERBS)
_FALLEN_AS = fold_set(V.FALLEN_AS_VERBS)
_CIRCUMSTANTIAL = fold_set(V.CIRCUMSTANTIAL_PRONOUNS)
_PREDICATE_TOLLS = fold_set(V.PREDICATE_TOLL_NOUNS)
_MANAGING = fold_set(V.MANAGING_VERBS)
_RISING = fold_set(V.RISING_VERBS)
_RISEN = fold_set(V.RISEN_VERBS)
_RESTRAINT_OBJECTS = fold_set(V.RESTRAINT_OBJECTS)
_HURT_NOT_BODILY = fold_set(V.HURT_NOT_BODILY)
_DUAL_AFTER_PEOPLE = fold_set(V.DUAL_VERBS_AFTER_PEOPLE)
# "حتى الموت": to death, after the people it befell ("تعذيب سجين حتى الموت")
_DEATH_ENDS = fold_set(V.DEATH_NOUNS_DEFINITE)
_THEIR_BODIES = fold_set(V.THEIR_BODIES_WORDS)  # "N منهم ... جثثهم"
_FALL = fold_set(V.FALL_WORDS)
_TREATING = fold_set(V.TREATING_VERBS)
_HOUSEHOLD_DUALS = fold_set(V.HOUSEHOLD_DUALS)
_KIN_CONSTRUCT_HEADS = fold_set(V.KIN_CONSTRUCT_HEADS)
_POSSESSED_KIN = fold_set(stem + suffix for stem in V.POSSESSED_KIN_STEMS
                          for suffix in V.POSSESSIVE_SUFFIXES)
_DISPLACED_DUAL_VERBS = fold_set(V.DISPLACED_DUAL_VERBS)
_DISPLACED_PAIR_WORDS = fold_set((*V.DISPLACED_DUAL_ADJECTIVES, *V.DISPLACED_DUAL_VERBS,
                                  *V.DISPLACED_SINGULAR_WORDS))
_DISPLACED_DUALS = fold_set(V.DISPLACED_DUAL_ADJECTIVES)
_HOUSEHOLD_SINGULARS = fold_set(V.HOUSEHOLD_SINGULARS)
_DISPLACED_SINGULAR = fold_set(V.DISPLACED_SINGULAR_WORDS)
_ANY_OR_EACH = fold_set(V.ANY_OR_EACH_WORDS)
_SINGLE_NOUNS = fold_map(V.SINGULAR_OUTCOME_NOUNS)
_BODY_ORDINALS = {fold_word(k): fold_set(v) for k, v in V.BODY_ORDINALS.items()}
_RANKED_NOUNS = fold_map(V.RANKED_CASUALTY_NOUNS)  # (round ar175) "جريحا ثامنا"
_RANKS_BARE = fold_set(V.RANKED_CASUALTY_ORDINALS)
_RANKS_ACCUSATIVE = fold_set(V.RANKED_CASUALTY_ORDINALS_ACCUSATIVE)
_RANK_UNREALISED = fold_set(V.RANKED_UNREALISED_PARTICLES)
_RANK_HEDGES = fold_set(V.RANKED_HEDGES)
_DISPLACED_FEMININE = fold_set(V.DISPLACED_FEMININE)
_AIMED_AT = fold_set(V.AIMED_AT_WORDS)
_ELIMINATION = fold_set(V.ELIMINATION_WORDS)
_LOST_TRACE = fold_set(V.LOST_TRACE_WORDS)
_SUBJECT_FIRST = fold_set(V.SUBJECT_FIRST_VERBS)
_AGE = fold_set(V.AGE_WORDS)
# The last words of two-word outcome phrases read right before a count ("القضاء على",
# "فقد أثر").
_PHRASE_TAILS = frozenset(V.OUTCOME_PHRASE_TAILS_FOLDED)


@dataclass
class _Count:
    a: int  # first token (qualifier included)
    n: int  # first token of the number itself
    b: int  # token after the count
    low: int
    high: int | None
    qual: str
    definite: bool = False  # "الثلاثة": only an anaphoric repeat after a noun


@dataclass
class _Figure:
    a: int
    b: int
    outcome: str
    count: _Count
    group: tuple[int, int] | None


def find_casualties_ar(text: str) -> list[dict[str, Any]]:
    folded, toks = analyse(text)
    spans = document_sentences(text)
    if '"' in folded.text or "«" in folded.text or "“" in folded.text:
        toks, spans = _without_scare_quotes(toks, spans)
    out: list[dict[str, Any]] = []
    where = _Candidates(toks)
    for sa, sb in spans:
        figures = _sentence(toks, sa, sb, where)
        dropped: list[_Figure] = []
        pair = len(figures) >= 3  # (a pair and its sub-group, or none to read)
        jailed: int | None = None  # (where a figure of prisoners in a jail ends)
        held_dead: _Figure | None = None  # (the held told dead after their count)
        for f in figures:
            if (pair and _subgroup_of_pair(toks, f, figures)) or (dropped and _joined_to(
                    toks, f, dropped[-1])):
                # (and the sub-group's next item: "بينهم 12 طفلا و5 نساء")
                dropped.append(f)
                continue
            if f.outcome == "displaced" and f.group and any(
                    word_in(toks[r], _ARMED) for r in range(*f.group)):
                continue  # armed men who fled retreated or deserted; nobody was displaced
            if f.outcome == "killed" and (_disease_deaths(toks, sa, f) or _time_spent(toks, f)):
                continue
            if f.outcome == "displaced" and (_aimed_at(toks, sa, f) or _armed_others_fled(
                    toks, sa, f)):
                continue
            if f.outcome == "displaced" and inmates_fled(toks, f.group):
                continue  # (round ar109) "فر 200 سجين من السجن": a jailbreak, no flight
            if f.outcome == "wounded" and ill_not_hurt(toks, f.b, sb):
                continue  # (round ar170) "1100 طفل مصاب بسوء التغذية": the sick
            if f.outcome == "displaced" and doers_fled(toks, f.group):
                continue  # (round ar169) "ثلاثة من الخاطفين فروا": doers escaping
            if one_released(toks, sa, f.a):
                continue  # "أفرج الجيش عن أحد المعتقلين": a release on its own
            if f.outcome == "captured" and f.count.low == 1 and f.count.a == f.a and (
                    doer_took(toks, f.a, f.b)):
                continue  # (round ar125) "مسلح خطف من السوق طفلا": the kidnapper
            if f.outcome in _NOT_ATTEMPTED and attempted(toks, sa, f.a):
                continue  # (round ar122) "محاولة اغتيال قيادي": an attempt, no killing
            if f.outcome != "displaced" and (fled := _fled_fighting(toks, sb, f)) is not None:
                # (round ar124) "قتل مدنيان بين آلاف الفارين من القتال": the vague count of
                # those who fled is displaced; a victim right after the verb keeps its own
                if (v := _victim_after(toks, f.a, f.count.a)) is not None:
                    out.append(_emit(folded, toks, _Figure(f.a, v[0] + 1, f.outcome, _Count(
                        v[0], v[0], v[0] + 1, v[1], None, "exact"), (v[0], v[0] + 1))))
                out.append(_emit(folded, toks, _Figure(
                    f.count.a, fled, "displaced", f.count, (f.count.b, f.count.b + 1))))
                continue
            if f.group and word_in(toks[f.group[0]], _CASES) and f.group[0] + 1 < sb and (
                    word_in(toks[f.group[0] + 1], _INCIDENT_CASES)):
                continue  # (round ar124) "5 قتلى وثلاث حالات خطف": cases, no people
            if f.a < f.count.a and threatened(toks, sa, f.a):
                continue  # (round ar124) "هددت الجماعة بإعدام ثلاثة رهائن": still to come
            if f.count.a > f.a + 1 and (attackers := attackers_counted(
                    toks, sa, f.a, f.count.a))[0]:
                # (round ar124) "قتل جنديان في هجوم نفذه أربعة مسلحين": the four attacked
                if (v := attackers[1]) is not None:
                    out.append(_emit(folded, toks, _Figure(
                        f.a, v + 1, f.outcome, _Count(v, v, v + 1, attackers[2], None,
                                                      "exact"),
                        (v, v + 1))))
                continue
            if f.outcome == "killed" and (killers := killers_after(
                    toks, sa, sb, f.a, f.count.a, f.count.b))[0]:
                # (round ar122) "اغتال مسلحان مجهولان ضابطا": the two are the killers
                if (v := killers[1]) is not None:
                    out.append(_emit(folded, toks, _Figure(
                        f.a, v + 1, "killed", _Count(v, v, v + 1, 1, None, "exact"),
                        (v, v + 1))))
                continue
            if f.outcome == "arrested" and suspended_from_work(toks, f.a, f.b, sb):
                continue  # (round ar160) "توقيف حارسين عن العمل": a suspension, no arrest
            if kin_of_counted(toks, f.group, f.b) and f.a >= f.count.a:
                continue  # (round ar160) "العشرات من ذوي مفقودين": the kin are counted
            if f.outcome in _HELD_OUTCOMES and f.count.low == 2 and f.b == f.a + 1 and any(
                    g.a == f.b and g.outcome == "killed" and g.count.low == 2
                    for g in figures):
                continue  # (round ar160) "أسيرين اثنين استشهدا": the dual's numeral died
            if f.outcome in _HELD_OUTCOMES and died_held(toks, sa, f.a):
                f.outcome, f.a = "killed", f.a - 1  # (round ar122) "وفاة أسيرين"
            elif f.outcome in _HELD_OUTCOMES and held_dead is not None and f.count.a > sa and (
                    toks[f.count.a - 1].w in _AMONG) and f.count.low < held_dead.count.low:
                f.outcome = "killed"  # (round ar186) "... سجلوا متوفين، بينهم 25 امرأة"
            elif f.outcome in _HELD_OUTCOMES and told_by_held_noun(toks, f.a, f.b, f.count.a):
                # (round ar160) "معتقلين اثنين توفيا"، "1300 معتقل ما زالوا مفقودين"
                if (end := held_died_after(toks, f.b, sb, f.count.low == 1)) is not None:
                    f.outcome, f.b = "killed", end
                    held_dead = f  # (its part after "بينهم" died too)
                elif (end := held_missing_after(toks, f.b, sb)) is not None:
                    f.outcome, f.b = "missing", end
            if f.outcome == "wounded" and (died := died_of_wounds(toks, f.a, f.b, sb)):
                f.outcome, f.b = "killed", died  # (round ar112) "جريحين توفيا"
            if f.outcome == "captured" and _in_jail(toks, sa, f.a):
                jailed, f.outcome = f.b, "arrested"
            elif f.outcome == "captured" and (_state_prisoners(toks, sa, f) or (
                    jailed is not None and _subgroup_after(toks, jailed, f.a))):
                f.outcome = "arrested"
            elif f.outcome == "captured" and freed_by_state(
                    toks, sa, sb, f.count.a, f.count.b, f.b):
                f.outcome = "arrested"  # (round ar139) "أفرجت عنهم السلطات"
            out.append(_emit(folded, toks, f))
    freed_by_holders(folded, toks, spans, out, _count_at)  # (round ar109) "أفرجت الجماعة عن"
    captors_captives(folded, toks, spans, out, _count_at)  # (round ar114) "الخاطفين أطلقوا"
    taken_first(folded, toks, spans, out, _count_at)  # (round ar118) "خطف مسلحون ... صاحب محل"
    # (round ar183) "استقبلت 118 حالة"، "نقل 28 طفلا إلى المستشفى" (before the parts)
    cases_received(folded, toks, spans, out, _count_at, _is_person)
    recorded_dead(folded, toks, spans, out, _count_at, _is_person)  # (ar186) "سجلوا متوفين"
    parts_of_tolls(folded, toks, spans, out, _count_at)  # (round ar113) "بينهم"، "منهم"
    exchanges_and_fates(folded, toks, spans, out, _count_at)  # (round ar115) "تبادل"، "مصير"
    counted_more(folded, toks, spans, out, _count_at)  # (round ar116) "عدد ... منذ 8 ..."
    one_told(folded, toks, spans, out, _count_at)  # (round ar117) "، أحدهما صاحب المحل"
    released_parts(folded, toks, spans, out, _count_at)  # (round ar123) "أفرجوا عن 5 منهم"
    led_away_parts(folded, toks, spans, out, _count_at)  # (round ar158) "اقتيد الاثنان الآخران"
    treated_parts(folded, toks, spans, out, _count_at)  # (round ar183) "ثلاثة منهم ما زالوا في"
    rest_by_state(folded, toks, spans, out, _count_at)  # (round ar190) "حالة الخمسة الباقين"
    discharged_parts(folded, toks, spans, out, _count_at)  # (round ar133) "غادر 4 منهم المستشفى"
    victims_part(folded, toks, spans, out, _count_at)  # (round ar147) "ثلاثة من الضحايا"
    identified_parts(folded, toks, spans, out, _count_at)  # (round ar186) "على هويات 12 منهم"
    crossed_and_fled(folded, toks, spans, out, _count_at)  # (round ar120) "عبر نحو 6 آلاف منهم"
    families_moved(folded, toks, spans, out, _count_at)  # (round ar136) "غادرت 25 عائلة"
    families_driven(folded, toks, spans, out, _count_at)  # (round ar184) "عائلات باتت بلا مأوى"
    arrived_and_fled(folded, toks, spans, out, _count_at)  # (round ar142) "شخص وصلوا إلى"
    held_told(folded, toks, spans, out, _count_at)  # (round ar136) "من خطفه مع ثلاثة من"
    counted_freed_prisoners(folded, toks, spans, out, _count_at)  # (round ar139) "73 أسيرا محررا"
    # (round ar155) "37 صيادا أفرجت عنهم السلطات"
    counted_released_by_state(folded, toks, spans, out, _count_at)
    hurt_speaker(folded, toks, spans, out)  # (round ar136) "ويقول مشجع أصيب في ساقه"
    fronted_gap(folded, toks, spans, out, _count_at)  # (round ar119) "فلاحا في الخمسين ... قتل"
    one_held(folded, toks, spans, out, _count_at)  # (round ar122) "وفاة معتقل"، "طفل خطف من"
    mourned_and_neutralised(folded, toks, spans, out, _count_at)  # (round ar121) "نعى ... مقاتلا"
    one_wounded(folded, toks, spans, out)  # (round ar149) "الوصول إلى جريح"، "لإسعاف جريح"
    for_one_killed(folded, toks, spans, out)  # (round ar193) "جنازة لجندي إسباني قتل الأحد"
    titled_one(folded, toks, spans, out)  # (round ar156) "اغتيال وكيل نيابة"، "مقتل قاضي تحقيق"
    freed_one(folded, toks, spans, out)  # (round ar156) "إحدى المحررات"
    found_dead(folded, toks, spans, out)  # (round ar175) "عثر على أحدهما مقتولا"
    wounded_taken(folded, toks, spans, out)  # (round ar158) "تعتقل جريحين": arrested 2
    recaptured(folded, toks, spans, out, _count_at)  # (round ar160) "أعيد القبض عليهم"
    dying_inside(folded, toks, spans, out, _count_at)  # (round ar163) "فارق مزارعان الحياة"
    one_injury(folded, toks, spans, out)  # (round ar165) "خمس إصابات، إحداها خطيرة"
    hurt_described(folded, toks, spans, out)  # (round ar165) "استقبل امرأة مصابة"
    fled_hurt(folded, toks, spans, out)  # (round ar187) "عنصرا ثالثا من العصابة فر جريحا"
    hostage_killed(folded, toks, spans, out)  # (round ar169) "مقتل رهينة"، "إعدام رهينتين"
    # (round ar180) "أعدمت الجماعة أربعة أسرى"، "تنفيذ حكم الإعدام بحق تسعة مدانين"
    executions(folded, toks, spans, out, _count_at, _is_person)
    one_hurt_passive(folded, toks, spans, out)  # (round ar170) "عالجنا امرأة أصيبت"
    freed_part(folded, toks, spans, out, _count_at)  # (round ar169) "تحرير ثلاثة من التلاميذ"
    apposed_parts(folded, toks, spans, out, _count_at)  # "تسعة محتجزين، خمسة من ... وأربعة من"
    drop_ta_nouns(out)  # (round ar167) "محامي أسرة الشيخ": a family, no capture
    drop_drill_figures(folded, toks, spans, out)  # (round ar183) "السيناريو افترض إصابة 30"
    drop_repeats(folded, toks, out)  # (round ar156) "واحتجزوا الشيوخ الخمسة" after five taken
    drop_hurt_tellers(folded, out)  # (round ar191) "وقال أحد المصابين، ويدعى ..."
    drop_freed_by_attackers(folded, out)  # (round ar191) "وأطلقوا سراح 9 موقوفين"
    out.sort(key=lambda d: (d["start"], d["end"]))
    return out


def _definite_held_after(toks: list[Token], sa: int, c: _Count, sb: int) -> _Figure | None:
    """(round ar155) A definite plural of people, its definite numeral, then the definite
    plural participle of holding, taking or missing ("الزملاء الثلاثة المحتجزين"،
    "العمال الأربعة المختطفين"): the people the story told held, counted again by their
    numeral. Held with no holder named takes the holder told before it (an armed group or
    kidnappers make captives, as ``_released_held_as`` reads the released)."""
    if c.a <= sa or c.b >= sb or not toks[c.a - 1].w.startswith("ال") or not toks[
            c.b].w.startswith("ال") or not toks[c.b].w.endswith(_SOUND_PLURAL_ENDINGS):
        return None
    nf = word_in(toks[c.b], _NOUNS)
    if nf is None or (outcome := str(_NOUNS[nf])) not in _DEFINITE_HELD_OUTCOMES:
        return None
    if outcome == "arrested" and _released_held_as(toks, c.a - 1) == "captured":
        outcome = "captured"
    return _Figure(c.a - 1, c.b + 1, outcome, c, (c.a - 1, c.a))


def _construct_toll_head(toks: list[Token], sa: int, c: _Count) -> tuple[int, str] | None:
    """The toll noun before a one-word definite genitive and the definite numeral at the
    count ("جرحى الهجوم الخمسة"، "مخطوفي الحافلة الأربعة"): (its index, outcome), or None.
    The genitive is singular (a plural may be what the numeral counts) and a numeral of
    three to ten has the "ة" of a count of men."""
    g = c.a - 1
    if g - 1 < sa or not toks[g].w.startswith("ال") or toks[g].w.endswith(
            _CONSTRUCT_PLURAL_GENITIVES) or not toks[g - 1].is_word:
        return None
    if 3 <= c.low <= 10 and toks[c.a].is_word and not toks[c.a].w.endswith("ه"):
        return None  # "قتلى المدن الثلاث": the numeral of feminine things
    head = toks[g - 1].w
    if head.startswith("ال"):
        return None
    nf = word_in(toks[g - 1], _NOUNS)
    return (g - 1, str(_NOUNS[nf])) if nf else None


def _other_gender_verb(verb: Token, one: Token) -> str | None:
    """The outcome of a singular past verb whose gender is not that of "one of them" after
    it ("وأصابت أحدهم"، "خطف إحداهن"), or None: he or she is then its object."""
    table = _FEMININE_OBJECT_VERBS if one.w in _ONE_OF_THEM_MASCULINE else _MASCULINE_OBJECT_VERBS
    found = word_in(verb, table)
    return str(table[found]) if found else None


def _fled_fighting(toks: list[Token], sb: int, f: _Figure) -> int | None:
    """The end of a vague count of those who fled ("آلاف الفارين"، "مئات الفارين من
    القتال") that a verb of another outcome before it reached, or None. Flight is told,
    so they are displaced; from a jail they are escaped prisoners, none."""
    c = f.count
    if c.qual != "vague" or c.a <= f.a + 1 or c.b >= sb or toks[c.b].w not in _FLED_TOLLS:
        return None
    if c.b + 2 < sb and toks[c.b + 1].w == "من":
        return None if toks[c.b + 2].w in _JAILS else c.b + 3
    return c.b + 1


def _victim_after(toks: list[Token], a: int, limit: int) -> tuple[int, int] | None:
    """A dual or singular person right after the outcome verb at ``a`` (before ``limit``),
    and how many it is ("قتل مدنيان بين ..."), or None."""
    if a + 1 >= limit or not toks[a + 1].is_word:
        return None
    if word_in(toks[a + 1], _DUALS):
        return a + 1, 2
    return (a + 1, 1) if word_in(toks[a + 1], _SINGULAR) else None


def _time_spent(toks: list[Token], f: _Figure) -> bool:
    """Does the figure end on "قضى" with a length of time after it ("إن رجلا قضى عامين في
    السجن"، "قضوا ليلتهم في العراء")? The verb is spending that time, no death."""
    v, n = f.b - 1, len(toks)
    if f.b >= n or toks[v].w not in _SPENDING:
        return False
    k = f.b + 1 if f.b + 1 < n and (toks[f.b].is_digit or _count_word(toks[f.b])) else f.b
    return toks[k].w in _SPENT_TIME


_SPENDING = fold_set(V.SPENDING_VERBS)
_ROUND_DUALS = fold_set(V.ROUND_DUALS_IN_CONSTRUCT)
_DEFINITE_HELD_OUTCOMES = frozenset(("arrested", "captured", "missing"))
_SPENT_TIME = fold_set(V.SPENT_TIME_WORDS)


def _without_scare_quotes(toks: list[Token], spans: list[tuple[int, int]]
                          ) -> tuple[list[Token], list[tuple[int, int]]]:
    """The tokens without quotation marks around one word, with the sentences re-indexed.

    Official copy puts its own terms in scare quotes, a verb or a noun alone ('أعلنت
    الوزارة "تحييد" 11 "إرهابيا"'، 'مقتل 4 من "الخوارج"'): the marks set the word off
    and change nothing of what it says, so the figure reads as it would without them.
    A straight quote opens only at an even place in the document's run of straight
    quotes, so the close of one quotation and the opening of the next around a word
    ('... انتهى" وأضاف "...') are left alone."""
    drop: list[int] = []
    straight = 0
    n = len(toks)
    for i in positions_of(toks, _QUOTE_MARKS):
        w = toks[i].w
        opening = straight % 2 == 0 if w == '"' else w in _OPENING_QUOTES
        if w == '"':
            straight += 1
        if drop and drop[-1] == i:
            continue  # the close of the pair just taken
        if opening and i + 2 < n and toks[i + 1].is_word and toks[i + 2].w in _CLOSING_QUOTES \
                and (toks[i + 2].w != '"' or w == '"') and _figure_word(toks, i):
            drop += (i, i + 2)
        elif opening and (close := _quoted_subgroup_end(toks, i)) is not None:
            drop += (i, close)
    if not drop:
        return toks, spans
    gone = set(drop)
    kept = [t for i, t in enumerate(toks) if i not in gone]
    return kept, [(a - bisect_left(drop, a), b - bisect_left(drop, b)) for a, b in spans]


_QUOTE_MARKS = frozenset(('"', "«", "»", "“", "”"))


def _counted_before(toks: list[Token], j: int) -> bool:
    return j >= 0 and (toks[j].is_digit or bool(_count_word(toks[j])))


def _quoted_subgroup_end(toks: list[Token], i: int) -> int | None:
    """The closing mark of a quotation opened at ``i`` right after "بينهم" that holds a
    sub-group's person and a word or two on him ('بينهم "قيادي بارز"'، 'بينهم "أميرا"'):
    the writer's marks on the police's own term, no quotation of anyone's words."""
    if i < 1 or toks[i - 1].w not in _AMONG or i + 2 >= len(toks) or not _singular(
            toks[i + 1]):
        return None
    for r in range(i + 2, min(len(toks), i + 2 + V.QUOTED_SUBGROUP_MAX_WORDS)):
        if toks[r].w in _CLOSING_QUOTES:
            return r
        if not toks[r].is_word:
            return None
    return None


def _figure_word(toks: list[Token], i: int) -> bool:
    """Is the word quoted at ``i + 1`` a word of a figure: an outcome word, or the counted
    noun right after a count or its "من" ('11 "إرهابيا"'، '4 من «الخوارج»')? A quoted
    name after a noun ('قائد كتيبة "الفجر"'، 'مكتب "الإغاثة"') stays quoted: the marks tell
    a name, and a definite word is no outcome verb ("الفجر" is dawn, not "blew up")."""
    w = toks[i + 1]
    return (not w.w.startswith("ال") and _is_outcome(w) is not None) or _counted_before(
        toks, i - 1) or (
        i >= 2 and toks[i - 1].w == "من" and _counted_before(toks, i - 2))


def _subgroup_of_pair(toks: list[Token], f: _Figure, figures: list[_Figure]) -> bool:
    """Is ``f`` a bare sub-group ("، بينهم طفلة"، "، بينهم 9 أطفال") after a pair of
    outcomes joined by "و" ("استشهد مواطنان وأصيب ثلاثة آخرون"، "19 قتيلا و46 جريحا"،
    "مقتل شخصين وإصابة خمسة آخرين بجروح")? "بينهم" names no outcome, so the sub-group may
    be of the dead, the wounded or both: one number two outcomes may share, which the
    corpus gives no figure (the sets' call since the second). A sub-group that names its
    outcome ("من بين الشهداء") or follows one outcome ("قتل 4 بينهم طفل، فيما أصيب ...")
    keeps its figure."""
    # (the marker opens the span, or stands just before a counted sub-group's: "، بينهم 8
    # أطفال"، "، من بينهم")
    m = next((r for r in range(max(0, f.a - 2), min(f.b, f.a + 3)) if toks[r].w in _AMONG),
             None)
    if m is None or f.group is None:
        # (a sub-group with no people's noun says how some were hurt, "بينهم 18 بالرصاص
        # الحي"، "بينهم 9 في حالة حرجة": the wounded's, as the sets read it)
        return False
    if _own_verb_after(toks, f):
        # "، بينهم مدنيان أصيبا بشظايا": the sub-group's own verb says which half it is of
        return False
    if _one_person(toks, f) and not (
            f.group[1] < len(toks) and word_in(toks[f.group[1]], _AFTER)):
        # (round ar190) one person told by a singular noun ("، بينهم محام") is no number
        # two outcomes could share: he is one of the figure the marker divides, the
        # nearer half, as the sets read it ("قتل شخصان وأصيب ثلاثة، بينهم ممرض"); not
        # when an outcome verb that is not his follows ("بينهم طفل أصيبت والدته")
        return False
    # the figure the sub-group divides: the last one ended a few words before the marker,
    # with nothing between that ends the sentence or opens another clause
    # (set off by a comma, the marker may stand behind the pair's cause, place and time,
    # as far as a sub-group reaches its figure: "مقتل 23 مدنيا واصابة 58 آخرين بنيران
    # الحوثيين في المحافظة منذ مطلع اكتوبر الماضي، بينهم 14 طفلا")
    reach = _AMONG_COMMA_REACH if m > 0 and toks[m - 1].w in ("،", ",") else 4
    divided = max((g for g in figures if g is not f and g.b <= m and m - g.b <= reach),
                  key=lambda g: g.b, default=None)
    if divided is None or divided.outcome != f.outcome or any(
            is_end(toks[r]) or toks[r].w in _BREAKS for r in range(divided.b, m)):
        return False
    # the other half of the pair: a figure of another outcome just before, joined by "و"
    # ("قتلا وأصيب"، "شهيدا و46 جريحا"، "مقتل طفلين من طلابها وإصابة")
    # (a toll of dead and wounded only: after "قتلوا سائقا وخطفوا خمسة من موظفيها، بينهم
    # طبيبتان" the sets give the kidnapped their sub-group)
    # (round ar122) one person as the other half has no sub-group: "إن مدنيا قتل وأصيب
    # ثلاثة آخرون، بينهم امرأة" divides the wounded
    # (round ar184) armed men as the other half cannot hold a civilian, a woman or a
    # child: "ثلاثة مسلحين قتلوا وأصيب خمسة، بينهم مدني" divides the wounded
    civilian = word_in(toks[f.group[0]], _SUBGROUP_CIVILIANS) is not None
    return any(
        {p.outcome, divided.outcome} == _DEAD_AND_WOUNDED and p.b <= divided.a and (
            divided.a - p.b <= 3) and not _one_person(toks, p) and not (
            civilian and p.group is not None and any(
                word_in(toks[r], _ARMED) for r in range(*p.group))) and any(
            toks[r].w.startswith("و") for r in range(p.b, divided.count.a + 1)) and all(
            toks[r].is_word for r in range(p.b, divided.a))
        for p in figures if p is not f and p is not divided)


_DEAD_AND_WOUNDED = frozenset(("killed", "wounded"))


def _one_person(toks: list[Token], f: _Figure) -> bool:
    """Is ``f`` one person told by a singular noun ("مدنيا قتل"، "قتل شاب")?"""
    c = f.count
    return c.low == 1 and c.high is None and c.b == c.n + 1 and _singular(toks[c.n]) is not None
# Outcomes an attempt before their trigger undoes ("محاولة اغتيال"، "محاولة خطف").
_NOT_ATTEMPTED = frozenset(("killed", "captured", "arrested"))
# How far back a comma-set "بينهم" reaches the figure it divides (_among_reach).
_AMONG_COMMA_REACH = 24


def _own_verb_after(toks: list[Token], f: _Figure) -> bool:
    """Whether a verb of the figure's own outcome follows the sub-group's people at once."""
    if f.group is None or (v := f.group[1]) >= len(toks):
        return False
    form = word_in(toks[v], _AFTER)
    if not form or _AFTER[form] != f.outcome:
        return False
    return _past_agrees(toks[v].w, f.count.low, toks[f.group[0]].w)


def _past_agrees(verb: str, n: int, noun: str) -> bool:
    """Whether a past verb after its subject agrees with n of the noun."""
    if n == 2:
        return verb.endswith(V.PAST_DUAL_ENDING)
    plural = verb.endswith(V.PAST_PLURAL_ENDINGS)
    if n > 2:
        return plural
    if plural or verb.endswith(V.PAST_DUAL_ENDING):
        return False
    return verb.endswith(V.PAST_FEMININE_ENDING) == noun.endswith(V.FEMININE_NOUN_ENDING)


def _vague_of_them(toks: list[Token], k: int, sb: int) -> int | None:
    """End of "عددا (كبيرا)" at k when a partitive pronoun of people follows it."""
    found = phrase_at(toks, k, _VAGUE_BEFORE_PRONOUN, max_len=2)
    if found is None or found[0] >= sb or toks[found[0]].w not in _OF_THEM:
        return None
    if k > 0 and toks[k - 1].w in _SUPERLATIVES_OF_NUMBER:
        return None
    return found[0]


def _one_wounded_died(toks: list[Token], k: int, sb: int) -> int | None:
    """Does a singular verb of dying follow "أحد" at ``k`` and the wounded noun after it
    ("أحد الجرحى توفي"، "أحد المصابين فارق الحياة")? The subject is the one who died, as
    "أربعة من الجرحى توفوا" are; the end of the verb, or None. A word between (a count,
    "الثلاثة") looks back to a group told before, and is left as it was."""
    v = k + 2
    if v >= sb:
        return None
    if word_in(toks[v], _DIED_AFTER_ONE):
        return None if _own_subject_after(toks, v + 1, sb) else v + 1
    return v + 2 if _parted_from_life(toks, v, sb) else None


def _own_subject_after(toks: list[Token], j: int, sb: int) -> bool:
    """Is the word at ``j``, right after a verb of dying, a subject of its own: a noun
    with a pronoun of one, no preposition before it ("أحد الجرحى توفي والده")? Then
    another person died, and the wounded one is only named by him."""
    if j >= sb or not toks[j].is_word:
        return False
    w = toks[j].w
    return w.endswith(_KIN_OF_ONE) and not w.startswith(V.LI_BI_PREFIXES)


def _parted_from_life(toks: list[Token], k: int, sb: int) -> bool:
    """Whether a verb of parting stands at k with "الحياة" after it (a death, not "differed")."""
    return k + 1 < sb and toks[k + 1].w in _LIFE and bool(word_in(toks[k], _PARTING))


def _among_reach(toks: list[Token], sa: int, m: int) -> int:
    """How far back the "بينهم" at ``m`` reaches for the figure it divides. Set off by a
    comma it stands behind the toll's cause, place and time, whether the sub-group is
    counted ("، بينهم 7 أطفال") or a bare person ("، بينهم شاب"): the comma closes
    those adjuncts, so both reach as far."""
    if m - 1 > sa and toks[m - 1].w == "من":
        m -= 1  # (round ar113) "، من بينهم 17 مدنيا": the same marker with its "من"
    return _AMONG_COMMA_REACH if m > sa and toks[m - 1].w in ("،", ",") else 15


def _joined_to(toks: list[Token], f: _Figure, g: _Figure) -> bool:
    """Is ``f`` the next item of ``g``'s list, of its outcome, joined right after it by
    "و" ("12 طفلا و5 نساء")?"""
    c0 = f.count.a
    return f.outcome == g.outcome and 0 <= f.a - g.b <= 1 and (
        toks[c0].w.startswith("و") or (c0 > 0 and toks[c0 - 1].w == "و"))


def _armed_others_fled(toks: list[Token], sa: int, f: _Figure) -> bool:
    """(round ar153) Are the displaced of ``f`` "others" of armed men or kidnappers told
    as a part before them ("أوقفت ثلاثة من الخاطفين، فيما فر اثنان آخران")? Attackers who
    got away fled no fighting: the count has no noun but "آخران"/"آخرون", and the last
    part "من" + a noun before it in its sentence names the armed."""
    if not any(toks[r].w in _OTHERS or toks[r].w in _OTHERS_DUAL
               for r in range(f.count.b, f.b)):
        return False
    if f.group is not None and not all(
            toks[r].w in _OTHERS or toks[r].w in _OTHERS_DUAL for r in range(*f.group)):
        return False  # (a noun of their own: "فر ألفا مدني آخرون")
    for r in range(f.count.a - 1, max(sa, f.count.a - V.ARMED_PART_REACH) - 1, -1):
        if toks[r].w == "من" and r + 1 < f.count.a:
            # (the noun or its genitive: "من أفراد العصابة"، "من عناصر المجموعة")
            return any(word_in(toks[q], _ARMED_PARTS) is not None
                       for q in range(r + 1, min(r + 3, f.count.a)))
    return False


def _aimed_at(toks: list[Token], sa: int, f: _Figure) -> bool:
    """Are the displaced of ``f`` families a plan or aid aims at ("تستهدف 1.2 مليون أسرة
    نازحة")? The figure ends on the feminine adjective and a word of aiming stands right
    before its count or its qualifier."""
    if word_in(toks[f.b - 1], _DISPLACED_FEMININE) is None:
        return False
    return any(word_in(toks[r], _AIMED_AT) for r in range(max(sa, f.count.a - 2), f.count.a))


def _disease_deaths(toks: list[Token], sa: int, f: _Figure) -> bool:
    """Are the dead of ``f`` a disease's, counted with a word of dying that names no cause
    ("وفيات"، "أودى بحياة") after a disease named earlier in the sentence?"""
    return any(toks[r].w in _ANY_CAUSE for r in range(f.a, f.b)) and any(
        word_in(toks[r], _DISEASES) for r in range(sa, f.a))


def _not_counted(toks: list[Token], sa: int, sb: int, c: _Count) -> bool:
    """Is the count a bare total a part was counted from ("9 عمال من أصل 40 نزحوا") or
    "one of" owning a thing ("لأحد الفرق")? Neither counts people the outcome befell. A
    total with an outcome of its own stays a count: its outcome noun ("من أصل 300
    معتقل") or a relative clause whose verb holds them as its object ("من أصل 6000
    اختطفهم التنظيم")."""
    if toks[c.a].w in _ONE_AS_OWNER:
        return True
    if c.a > sa and _parent_of(toks, c.a - 1, sb):
        return True  # (round ar184) "أبا لخمسة أطفال": the children say who the one is
    if c.a - 2 < sa or (toks[c.a - 2].w, toks[c.a - 1].w) not in _OUT_OF:
        return False
    nxt = toks[c.b] if c.b < sb else None
    return nxt is None or not nxt.is_word or not (
        word_in(nxt, _NOUNS) or nxt.w.endswith(_THEIR_SUFFIXES))


def _past_total(toks: list[Token], j: int, sb: int) -> int:
    """Where the figure goes on after its group ending at ``j``: past the total it was
    counted from ("9 عمال من أصل 40 نزحوا"), whose verb is the part's."""
    if j + 2 < sb and (toks[j].w, toks[j + 1].w) in _OUT_OF and (
            num := _parse_number(toks, j + 2, sb)):
        return num[1]
    return j


# --- counts -----------------------------------------------------------------------


def _parse_number(toks: list[Token], i: int, sb: int) -> tuple[int, int, bool] | None:
    """(value, end index, definite) of a number at token i, or None."""
    t = toks[i]
    if t.is_digit:
        raw = t.w
        if "," in raw and all(len(p) == 3 for p in raw.split(",")[1:]):
            raw = raw.replace(",", "")
        try:
            val = float(raw.replace(",", "."))
        except ValueError:
            return None
        j = i + 1
        if j < sb and (m := word_in(toks[j], _MULT)):
            mult = int(_MULT[m])  # type: ignore[arg-type]
            val *= mult
            j += 1
            if (j + 1 < sb and toks[j].w == "و" and toks[j + 1].is_digit
                    and toks[j + 1].w.isdigit()):
                # "54 ألفا و677", "2 مليون و300 ألف": a remainder below the multiplier is
                # part of the number ("بين 15 ألفا و20 ألفا" stays a range: its second
                # number is no remainder)
                rest, k = int(toks[j + 1].w), j + 2
                if k < sb and (m2 := word_in(toks[k], _MULT)):
                    rest, k = rest * int(_MULT[m2]), k + 1  # type: ignore[arg-type]
                if 0 < rest < mult:
                    val, j = val + rest, k
            elif half := _half_after(toks, j, sb, mult):
                val, j = val + half[0], half[1]
        return int(val), j, False
    total, current, j, definite, seen = 0, 0, i, False, False
    while j < sb and toks[j].is_word:
        w = toks[j].w
        if seen and w == "و" and j + 1 < sb:
            j += 1
            continue
        if w in _QUANTITY:
            break  # "وكمية من الذخائر": a quantity, not "ك" + the spoken hundred "مية"
        form = word_in(toks[j], _UNITS) or word_in(toks[j], _TENS) or word_in(
            toks[j], _HUNDREDS) or word_in(toks[j], _ROUND)
        if seen and word_in(toks[j], _MULT):
            m = word_in(toks[j], _MULT)
            scale = int(_MULT[m])  # type: ignore[index,arg-type]
            current = max(current, 1) * scale
            total += current
            current = 0
            j += 1
            if half := _half_after(toks, j, sb, scale):
                total, j = total + half[0], half[1]
                break  # "ونصف المليون" ends the number
            continue
        if form is None:
            break
        if seen and form in _TEEN and current < 10 and not w.startswith("و"):
            current += 10
            j += 1
            continue
        if seen and not w.startswith("و") and form not in _TENS:
            break  # two numbers side by side are not one number
        if seen and w.startswith("و") and not _adds_to(current, form):
            break  # "خمسة وعشرة" are two numbers ("بين خمسة وعشرة"), not fifteen
        if not seen and form != w and w.startswith("ال"):
            definite = True
        if not seen and definite and form in _ONE_OF_FOLDED:
            return None  # "الأحد" is Sunday
        value = (_UNITS.get(form) or _TENS.get(form) or _HUNDREDS.get(form)
                 or _ROUND.get(form))
        if form in _ROUND_DUALS and not seen and j + 1 < sb and (word_in(
                toks[j + 1], _COUNTED_AFTER) or word_in(toks[j + 1], _NOUNS)):
            # "نزح مليونا شخص"، "ألفا شخص": the dual in construct, not "a million"
            value = 2 * int(value)  # type: ignore[arg-type]
        current += int(value)  # type: ignore[arg-type]
        seen = True
        j += 1
        if form in _ROUND and int(value) >= 1000:  # type: ignore[arg-type]
            # "مليون ونصف"، "مليونين ونصف المليون": the round word is its own scale
            big = int(value)  # type: ignore[arg-type]
            scale = 10 ** (3 * ((len(str(big)) - 1) // 3))
            if half := _half_after(toks, j, sb, scale):
                current, j = current + half[0], half[1]
                break
    if not seen:
        return None
    value = total + current
    if value >= 1000 and value % 1000 == 0 and j < sb and toks[j - 1].w == "و" and (
            toks[j].is_digit and toks[j].w.isdigit()):
        # "مليون و400 ألف", "ثلاثة آلاف و500": a remainder in digits after a round
        # number word is part of it, as after digits ("2 مليون و300 ألف")
        rest, k = int(toks[j].w), j + 1
        if k < sb and (m := word_in(toks[k], _MULT)):
            rest, k = rest * int(_MULT[m]), k + 1  # type: ignore[arg-type]
        if 0 < rest < value:
            return value + rest, k, definite
    return value, j, definite


def _half_after(toks: list[Token], j: int, sb: int, scale: int) -> tuple[int, int] | None:
    """"ستة ملايين ونصف المليون"، "مليون ونصف": half of the scale word the number ends
    on, at token j, with the same scale after it or none. (half, end index), or None."""
    if j >= sb or toks[j].w not in _HALF_WORDS or scale < 1000:
        return None
    k = j + 1
    if k < sb and toks[k].is_word and toks[k].w in _HALF_SCALES:
        if _HALF_SCALES[toks[k].w] != scale:
            return None  # "مليون ونصف الألف" is no number read here
        k += 1
    return scale // 2, k


def _adds_to(current: int, form: str) -> bool:
    """Can the number word ``form`` after "و" add to ``current`` in one compound number?
    A ten follows a unit ("خمسة وعشرون") or a round hundred ("مئة وعشرون"); a unit or a
    ten follows a round hundred or thousand ("ثلاثمئة وخمسة")."""
    if form in _TENS:
        return current < 10 or current % 100 == 0
    if form in _UNITS:
        return current % 100 == 0
    return True


def _one_of_groups(toks: list[Token], i: int) -> bool:
    """Is the word at ``i`` "one of" armed groups, the subject right after a verb of an
    outcome ("احتجزت إحدى المجموعتين"، "وقتل أحد الفصائل")? It counts a group, never a
    person; so after "من" ("خطف عنصرين من إحدى المجموعتين": whose men were taken). After
    a noun in construct it is the one the noun names ("مقتل آمر إحدى الكتائب": one
    commander)."""
    return toks[i].w in _ONE_OF_FOLDED and i + 1 < len(toks) and toks[i + 1].w in (
        _GROUPS_OF_ONE) and i > 0 and (toks[i - 1].w == "من" or word_in(
            toks[i - 1], _TRIGGERS) is not None or word_in(toks[i - 1], _RELEASING) is not None)


def _count_at(toks: list[Token], i: int, sb: int) -> _Count | None:
    if i >= sb:
        return None  # (a reader asking past its sentence's last word: "... وصل")
    if not _COUNT_AT_TEST[toks[i].w]:
        return None  # (no count starts with this word: every branch below ends in None)
    if i > 0 and toks[i].w in _TEEN and toks[i - 1].w in _ORDINAL_UNITS and (
            toks[i - 1].w.endswith("ه") == toks[i].w.endswith("ه")):
        # "توفي ليلة الرابع عشر من الشهر", "للمرة الثالثة عشرة": the ten of an ordinal
        # agrees with its unit; "في اليوم الثالث عشرة مدنيين" is the third day, ten people
        return None
    if i > 1 and toks[i].w in _TEN_OF_TEENS and toks[i - 1].w in _DEFINITE_ELEVEN and (
            toks[i - 2].w.startswith("ال")):
        # (round ar125) "البحارة الأحد عشر": the ten of a definite eleven after its noun,
        # read whole by casualty_taken_first.py; "الأحد" is no Sunday there
        return None
    if toks[i].w in _ONE_OF_FOLDED and _nobody(toks, i, sb):
        return None  # "لم يقتل أحد"، "ولم يعد منهم أحد": nobody, no count
    if _one_of_groups(toks, i):
        return None  # "احتجزت إحدى المجموعتين": one of the armed groups, no person
    qual = "exact"
    k = i
    if toks[i].w in _NAYYIF and i + 1 < sb and toks[i + 1].w.startswith("و"):
        # "نيف وعشرون": some more than the number after it; "نيفا و30": the conjunction
        # stands apart from digits
        num = _parse_number(toks, i + 2 if toks[i + 1].w == "و" and i + 2 < sb else i + 1,
                            sb)
        if num and not num[2]:
            return _Count(i, i + 1, num[1], num[0], None, "more_than")
        return None
    hit = phrase_at(toks, i, _QUAL_BEFORE)
    if hit:
        k, q = hit
        qual = str(q)
    if hit and k + 1 < sb and toks[k].w == "ال" and toks[k + 1].is_digit:
        k += 1  # "قرابة الـ40 شخصا": the article on the number after its qualifier
    if k >= sb:
        return None
    # "بين 10 و15": a range.
    if toks[k].w in _BETWEEN_WORDS and k + 1 < sb:
        first = _parse_number(toks, k + 1, sb)
        if first and first[1] < sb:
            j = first[1]
            if toks[j].w == "و" and j + 1 < sb:
                j += 1
            if toks[j].w.startswith("و") and len(toks[j].w) > 1 and not (
                    toks[j].is_word and _count_word(toks[j])):
                second = None  # "بين 10 وعشرات": only a glued number word ("وعشرة") pairs
            else:
                second = _parse_number(toks, j, sb)
            if second:
                low = first[0]
                if low < 1000 and word_in(toks[second[1] - 1], _MULT) and (
                        second[0] // int(_MULT[word_in(toks[second[1] - 1], _MULT)]) > low):
                    # "بين 15 و20 ألف شخص": the thousand goes with both ends
                    low *= int(_MULT[word_in(toks[second[1] - 1], _MULT)])
                return _Count(i, k + 1, second[1], low, second[0], "range")
    vague = phrase_at(toks, k, _VAGUE_PHRASES, max_len=3)
    if vague and k > 0 and toks[k - 1].w in _SUPERLATIVES_OF_NUMBER:
        return None  # "أكبر عدد من حالات الاعتقال": a comparison, no count
    if vague and vague[0] < sb and toks[vague[0] - 1].w == V.WHOM_FOLDED and (
            _outcome_done_to_them(toks[vague[0]]) is not None or _outcome_verb(
                toks[vague[0]]) is not None):
        # "عدد من قتلهم التنظيم"، "عدد من قتلوا": the number of those it killed, of those
        # who were killed, no "a number of"
        return None
    if vague:
        return _Count(i, k, vague[0], int(vague[1]), None, "vague")  # type: ignore[arg-type]
    if (vague := _vague_of_them(toks, k, sb)) is not None:
        return _Count(i, k, vague, 2, None, "vague")
    form = word_in(toks[k], _VAGUE)
    if form and (toks[k].w[1:] if toks[k].w[:1] in "وف" else toks[k].w)[:1] == "ك" and (
            not form.startswith("ك")):
        form = None  # "وكميات من الذخيرة" (quantities) folds as "ك" + "مئات"; no count
    if form:
        val = int(_VAGUE[form])  # type: ignore[arg-type]
        j = k + 1
        if j < sb and form in _VAGUE_MULTIPLIED and (m := word_in(toks[j], _VAGUE_MULT)):
            val *= int(_VAGUE_MULT[m])  # type: ignore[arg-type]
            j += 1
        return _Count(i, k, j, val, None, "vague")
    if k == i and k > 0 and toks[k].w in _ONE and toks[k - 1].is_word and not word_in(
            toks[k - 1], _TRIGGERS) and not word_in(toks[k - 1], _SUBGROUP) and not _singular(
            toks[k - 1]):
        # "من عائلة واحدة": after a noun that is no person, "one" is its adjective ("رجل
        # واحد" is still one man)
        return None
    if toks[k].w in _MONDAY and _monday(toks, k, sb):
        return None
    num = _parse_number(toks, k, sb)
    if not num:
        return None
    val, j, definite = num
    if k == i and k > 0 and toks[k].is_digit and toks[k - 1].w == "ال":
        # "الجرحى الـ25": digits with the article repeat a count, like "القتلى الثلاثة"
        return _Count(k - 1, k, j, val, None, qual, True)
    high = None
    if j < sb and toks[j].w in _NAYYIF and toks[j].w.startswith("و") and qual == "exact":
        qual, j = "more_than", j + 1  # "عشرون ونيف", "مئة ونيف"
    # "10 إلى 15" / "10-15"
    if j + 1 < sb and toks[j].w in ("الي", "-") and toks[j + 1].is_digit and toks[k].is_digit \
            and not (k > 0 and len(toks[k].w) == 4 and toks[k].w[:2] in ("19", "20") and (
                word_in(toks[k - 1], _MONTH_STARTS)
                or toks[k - 1].w in _MONTH_NAME_ORDINALS_FOLDED)):
        # (a year after its month ends a date: "منذ 7 أكتوبر 2023 إلى 54 ألفا")
        second = _parse_number(toks, j + 1, sb)
        if second and second[0] > val:
            high, j, qual = second[0], second[1], "range"
    return _Count(i, k, j, val, high, qual, definite)


def _monday(toks: list[Token], k: int, sb: int) -> bool:
    """"بين الأحد والاثنين"، "الاثنين 18 أيار": the weekday, not the numeral "the two"."""
    if k > 0 and toks[k - 1].w.removeprefix("و") in _MONDAY_BEFORE:
        return True
    if k + 1 < sb:
        nxt = toks[k + 1]
        return nxt.is_digit or nxt.w in _MONDAY_AFTER
    return False


def _count_after_period(toks: list[Token], sa: int, n: int) -> bool:
    """Is the number at ``n`` a count right after a named period ("قتل منذ مطلع العام 21
    جنديا")? With "منذ مطلع" before it, "العام" is this year already, so a number after
    it that is no year's four digits starts the count."""
    return len(toks[n].w) != 4 and toks[n - 1].w in _NAMED_PERIODS and n - 2 >= sa and (
        toks[n - 2].w in _NAMED_PERIOD_OPENERS)


def _is_year_or_date(toks: list[Token], c: _Count, sa: int) -> bool:
    t = toks[c.n]
    if not t.is_digit:
        return False
    if c.n > sa and toks[c.n - 1].w in _YEAR_BEFORE and not _count_after_period(toks, sa, c.n):
        return True
    if c.n + 1 < len(toks) and toks[c.n + 1].w in _MONTH_STARTS:
        return True
    # "28- 4 -2018", "12/3", "10:30": parts of a numeric date or a time. The mark must
    # join two numbers: after a headline's colon ("الصحة في غزة: 4 شهداء") the count
    # stands on its own.
    if c.n - 2 >= 0 and toks[c.n - 1].w in ("/", "-", ":") and toks[c.n - 2].is_digit:
        return True
    if c.n + 2 < len(toks) and toks[c.n + 1].w in ("/", "-", ":") and toks[c.n + 2].is_digit:
        return True
    return len(t.w) == 4 and t.w[:2] in ("19", "20") and c.high is None and not (
        c.n + 1 < len(toks) and toks[c.n + 1].w in _COUNTED_AFTER)


def _is_age(toks: list[Token], c: _Count, sb: int) -> bool:
    """"في السابعة عشرة من عمره": how old someone is (the ordinal before "عشرة" is no
    number word, so the teen alone would be read as ten)."""
    return c.b + 1 < sb and toks[c.b].w == "من" and toks[c.b + 1].w in _AGE


def _is_name_number(toks: list[Token], c: _Count, sa: int) -> bool:
    """"قائد اللواء 93": digits right after a definite unit or article noun name it."""
    return c.a == c.n and c.a > sa and toks[c.n].is_digit and toks[c.a - 1].w in _NUMBERED


# --- linking ----------------------------------------------------------------------


# Any word that can tie a count to an outcome: a sentence without one is skipped.
_TARGETING = fold_set(V.TARGETING_VERBS)
_RESULTING = fold_set(V.RESULT_VERBS)
_OWN_OUTCOMES = fold_map(V.OWN_OUTCOMES)
_OUTCOME_WORDS = frozenset(_TRIGGERS) | frozenset(_NOUNS) | frozenset(_AFTER) | frozenset(
    _DUAL_NOUNS) | frozenset(_SELF_VERBS) | frozenset(_TOLL_NOUNS) | frozenset(("عداد",)) | (
    _ELIMINATION) | _PARTING | _LOSING | _BARE_TOLLS | frozenset(_STILL_STATES) | _DEATH_ENDS | (
    _THEIR_BODIES) | _BODY_PAIRS | _ONE_OF_THEM | frozenset(_OWN_OUTCOMES) | FREED_WORDS | (
    frozenset(fold_word(a) for a, _ in V.RELEASED_AMONG)) | (
    # (round ar155) the headline's present after its subject: "رجل يصاب برصاص قناص"
    fold_set(w for ws in V.ONE_OR_TWO_PRESENT_OUTCOME_VERBS.values() for w in ws))
# Words that can start a count phrase (qualifiers, number words, vague words).
_COUNT_STARTS = (frozenset(k[0] for k in _QUAL_BEFORE) | frozenset(_UNITS) | frozenset(_TENS)
                 | frozenset(_HUNDREDS) | frozenset(_ROUND) | frozenset(_VAGUE)
                 | frozenset(k[0] for k in _VAGUE_PHRASES) | set(V.BETWEEN_WORDS) | _NAYYIF)


_is_outcome = word_lookup(_OUTCOME_WORDS)
_is_count_start = word_lookup(_COUNT_STARTS)


def _nobody(toks: list[Token], k: int, sb: int) -> bool:
    """Is "أحد" at ``k`` bare (no genitive after it) with a negation a few words before,
    in its clause? Then it is "anyone" under the negation: nobody."""
    if k > 0 and toks[k - 1].w in _NO_ONE:
        return True  # "لا أحد قتل": "no one", whatever follows
    if k + 1 < sb and toks[k + 1].is_word and toks[k + 1].w not in _NOBODY_FOLLOWERS:
        return False  # "لم يعد أحد المخطوفين"، "أحد عشر": one of them, or eleven
    # (round ar178) "ولم يقتل فيها حتى الآن أحد": "so far" right before widens the reach
    far = 2 if k >= 2 and toks[k - 1].w in _SO_FAR_NOWS and toks[k - 2].w in _SO_FAR_OPENERS else 0
    for j in range(k - 1, max(0, k - 4 - far) - 1, -1):
        if not toks[j].is_word or toks[j].w in _STILL:
            return False  # "ولا يزال أحد منهم في حالة خطرة": "still", one of them
        if toks[j].w in _NOBODY_NEGATIONS:
            return True
    return False


def _definite_dual_word(w: str) -> bool:
    """Is ``w`` a definite person noun in "-ين" that may be a dual ("الصيادين"، "الجانيين")?
    The cheap word test of the definite case of ``_dual_by_agreement``."""
    return w.startswith("ال") and w.endswith("ين") and (
        w[2:-2] in _SINGULAR or w[2:-2] in _DEFECTIVE_DUAL_STEMS)


def _implicit_word(w: str) -> bool:
    """Can the token be an implicit count (a dual, an indefinite singular, "أحد")?
    ``_implicit`` passes over any other token."""
    t = bare_token(w)
    return t.is_word and bool(word_in(t, _DUAL_NOUNS) or word_in(t, _DUALS) or _singular(t)
                              or w in _ONE_OF_WORDS_FOLDED or w in _ONE_MORE
                              or w in _SINGLE_NOUNS  # "سقوط شهيد": the bare noun only
                              or (w[:1] == "و" and w[1:] in _SINGLE_NOUNS)  # "قتيلان وجريح"
                              or w in _FREED_PRISONERS  # "وأسيرا محررا"
                              or w in _HELD_SUBJECTS  # "أن معتقلا توفي"
                              or (w.endswith("ين") and w[:-2] in _SINGULAR)  # "سائقين"
                              or _definite_dual_word(w)  # (round ar181) "أن الجانيين ضبطا"
                              or _trade_dual_word(w)  # "وراكبين"، "سائقي شاحنتين"
                              or w in _CAUSED_FORMS  # "موقعا قتيلا"، "وجريحا"
                              or (w[:1] == "و" and w[1:] in _TITLES_OF_ONE)  # "ومديرة مدرسة"
                              or w in _INJURY_DUALS
                              or _dual_spelt_as_name(w)  # "وطالبان جامعيان"
                              or w in _HOUSEHOLD_DUALS  # "عائلتان نازحتان"
                              or w in _HOUSEHOLD_SINGULARS  # "عائلة نازحة"
                              or w in _NOTABLE_WORDS  # (round ar167) "وجيه عشائري"
                              or w in _ONE_OF_THEM  # "وإن جراح أحدهما متوسطة"
                              or w in _SUBGROUP_KIN  # "بينهم أب"
                              or w in _PARENTS_OF  # (round ar184) "أبا لخمسة أطفال"
                              or (w[1:] if w[:1] == "و" else w) in _COMPANIONS  # "ومرافق له"
                              or (w[1:] if w[:1] == "و" else w) in _OWNERS  # "صاحب متجر"
                              or w in _MEMBER_OF_BODY  # "اغتيال عضو في مجلس بلدي"
                              or _agent_dual_word(w))  # (round ar191) "عونا"، "عوني"


class _WordTest(dict[str, bool]):
    """A test of a token's text, kept per text (news repeats its words)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, w: str) -> bool:
        if len(self) > 1 << 16:
            self.clear()
        hit = self[w] = self._test(w)
        return hit


_OUTCOME_TEST = _WordTest(lambda w: _is_outcome(bare_token(w)) is not None
                          or w in _DISPLACED_PAIR_WORDS  # "عائلتان نازحتان"
                          or w in _CHOKING  # "14 حالة اختناق"
                          or w in _SINGLE_SELF_PRESENT  # "انتحاري يفجر نفسه"
                          or w in _MET_DEATH_OBJECTS  # "امرأة تلقى حتفها"
                          or w in _RUBBLE  # "تبحث عن خمسة أشخاص يعتقد انهم تحت أنقاض"
                          or w in _SUFFERED_INJURIES  # (round ar137) "يعانون من كسور"
                          or is_ransom_word(bare_token(w)))  # (round ar145) "فدية مقابل"
_COUNT_TEST = _WordTest(lambda w: "0" <= w[0] <= "9" or _is_count_start(bare_token(w)) is not None)
# (speed round 17) Can ``_count_at`` read a count at a token with this text: digits, or a
# word one of whose clitic-stripped forms (``stems``, as ``word_in`` and ``phrase_at`` strip
# them) is a word a count may start with: a qualifier's, a vague phrase's or "عدد"'s first
# word, a number or vague word, "بين" or "نيف". Every branch of ``_count_at`` needs one of
# those at its first token, so a token with none gives None; asked of the few words before
# every start word of the part readers.
_COUNT_AT_FIRSTS = _COUNT_STARTS | frozenset(k[0] for k in _VAGUE_BEFORE_PRONOUN)
_COUNT_AT_TEST = _WordTest(lambda w: "0" <= w[0] <= "9" or not _COUNT_AT_FIRSTS.isdisjoint(
    stems(w)))
_NOTABLE_WORDS = notable_words()
# (round ar167) The notables' titles that begin with the letter of "و" ("وجيه"), whose
# group keeps it.
_NOTABLES_WITH_WAW = frozenset(w for w in _NOTABLE_WORDS if w.startswith("وج"))
_IMPLICIT_TEST = _WordTest(_implicit_word)
_OBJECT_VERB_TEST = _WordTest(lambda w: _object_verb_outcome(w) is not None)
# (round ar131: and the masdar of leaving a place one was pushed out of, "إلى مغادرتها")
_HOMES_TEST = _WordTest(lambda w: w in _HOMES_LEFT or w in _LEFT_WHEN_PUSHED)
# A disease's name, clitics stripped (``word_in``, whose answer hangs on the word alone for
# the tokens of ``tokenize``), kept per word: asked around every count a sentence holds.
_DISEASE_TEST = _WordTest(lambda w: word_in(bare_token(w), _DISEASES) is not None)
_TEXT = itemgetter(0)


class _Candidates:
    """Token indices of one document where each step of ``_sentence`` can do anything:
    outcome words, count starts (digits and count words) and implicit counts. Found once
    per document by map() over per-word tests, so the sentence loops visit only these
    instead of every token; they still test each token they visit, so ``exhaustive``
    (every index) gives the plain path that the tests compare with."""

    __slots__ = ("counts", "homes", "implicit", "object_verbs", "outcomes", "read")

    def __init__(self, toks: list[Token], exhaustive: bool = False) -> None:
        # (start, outcome) of the report's figures so far: a bare revised toll ("لترتفع
        # الحصيلة إلى 43") looks back for the last one given as a toll (rare, so the test
        # waits until one is met)
        self.read: list[tuple[int, str]] = []
        if exhaustive:
            self.outcomes = self.counts = self.implicit = list(range(len(toks)))
            self.object_verbs = self.homes = self.outcomes
            return
        words = words_of(toks)[0]  # (the document's words, listed once for all readers)
        self.outcomes = _indices(words, _OUTCOME_TEST)
        self.counts = _indices(words, _COUNT_TEST)
        self.implicit = _indices(words, _IMPLICIT_TEST)
        # outcome verbs with an object pronoun ("اختطفته"), the only outcome word of a
        # sentence that tells one person's fate in a relative clause
        self.object_verbs = _indices(words, _OBJECT_VERB_TEST)
        # homes left ("على ترك منازلهم"), or the masdar of leaving ("إلى مغادرتها"): a
        # flight with no outcome word of its own
        self.homes = _indices(words, _HOMES_TEST)


def _indices(words: list[str], test: _WordTest) -> list[int]:
    return list(compress(count(), map(test.__getitem__, words)))


def _in(positions: list[int], lo: int, hi: int) -> list[int]:
    """The sorted ``positions`` in [lo, hi)."""
    return positions[bisect_left(positions, lo):bisect_left(positions, hi)]


def _sentence(toks: list[Token], sa: int, sb: int, where: _Candidates) -> list[_Figure]:
    figures: list[_Figure] = []
    used: set[int] = set()
    # (a headline's present blast, "انتحاري يفجر نفسه", is the bomber's death with no other
    # outcome word in its line)
    if not any(_is_outcome(toks[k]) or toks[k].w in _DISPLACED_PAIR_WORDS
               or toks[k].w in _CHOKING
               or toks[k].w in _SINGLE_SELF_PRESENT or toks[k].w in _RUBBLE
               or toks[k].w in _MET_DEATH_OBJECTS
               or toks[k].w in _SUFFERED_INJURIES or is_ransom_word(toks[k])
               for k in _in(where.outcomes, sa, sb)) and not any(
            _OBJECT_VERB_TEST[toks[k].w] for k in _in(where.object_verbs, sa, sb)) and not _in(
            where.homes, sa, sb):
        return figures
    i = sa
    counts: list[_Count] = []
    for k in _in(where.counts, sa, sb):
        if k < i or not (toks[k].is_digit or _is_count_start(toks[k])):
            continue  # inside the count just read
        c = _count_at(toks, k, sb)
        if c and (_is_share(toks, c, sa, sb) or _not_counted(toks, sa, sb, c)):
            used.update(range(c.a, c.b))  # not a count, nor its words an implicit one
            i = c.b
            continue
        if c and mourners_count(toks, sa, sb, c.a, c.n, c.b):
            used.update(range(c.a, c.b))  # (round ar176) "شيع المئات الشاب القتيل"
            i = c.b
            continue
        if c and not_people_part(toks, sa, sb, c.n, c.b):
            i = c.b  # (round ar169) "في أحد بساتين"، "انتهت اثنتان منها": places, things
            continue
        if c and not _is_year_or_date(toks, c, sa) and not _is_name_number(toks, c, sa) and (
                not _is_age(toks, c, sb)):
            counts.append(c)
            i = c.b
        else:
            i = k + 1
    for c in counts:
        f = _link(toks, sa, sb, c, figures, where.read)
        if f and f.a == c.a and kin_crowd(toks, c.b, f.b):
            used.update(range(f.a, f.b))  # (round ar181) "العشرات من ذوي سجناء أعدموا"
            continue
        if f and (own := joined_own_verb(toks, c.a - (c.a > sa and toks[c.a - 1].w == "و"),
                                         sb)) and (
                f.b <= own[0]):
            # (round ar112) "قتلوا وسبعة آخرون أصيبوا": the joined count's own verb
            f = _Figure(c.a, own[0] + 1, own[1], c, _joined_group(toks, c.b, own[0]))
        if f and f.outcome == "arrested" and (_held_by_armed(toks, f.a, f.b, sb) or any(
                toks[r].w in _FREEING for r in range(max(sa, f.a - 2), f.a + 1)) or (
                    f.a == f.count.a and _freed_by_subject(toks, sa, f.a)) or (
                    _held_by_armed_subject(toks, sa, f.a)) or _held_after_taking(toks, f, sb)):
            # "4 جنود تحتجزهم الجماعة"، "المحتجزين لدى الفصيل"، "احتجز مسلحون 5 أشخاص",
            # "تحرير 40 مهاجرا كانوا محتجزين"، "خطف مسلحون حافلة ... ولا يزال 30 راكبا
            # محتجزين"
            f.outcome = "captured"
        if f and f.outcome in _HELD_OUTCOMES and f.a == c.a and c.a > sa and word_in(
                toks[c.a - 1], _DEALS):
            # "تبادل نحو 1,200 محتجز"، "تبادل نحو 15 ألف أسير ومعتقل": the held a deal
            # would free
            continue
        if f and f.outcome == "arrested" and held_in_deal(toks, sa, sb, f.a, f.b):
            f.outcome = "captured"  # "صفقة تبادل ... أفرج بموجبها عن 11 محتجزا"
        if f and f.outcome == "arrested" and unheld_accusative(toks, f.count.b):
            continue  # "11 محتجزا" with no armed holder and no deal
        if f and f.outcome == "captured" and _led_away_by_state(toks, f):
            f.outcome = "arrested"  # "واقتادت دورية الشرطة ثلاثة شبان إلى المخفر"
        if f and f.outcome == "captured" and led_away_after_arrest(toks, sa, f.a):
            f.outcome = "arrested"  # (round ar176) "عن اعتقال 5 شبان واقتياد 3 آخرين"
        if f and _to_death(toks, f.b, sb):
            # "بتعذيب 3 معتقلين حتى الموت": whatever they were, they died of it
            if f.group is None and f.count.b < f.b:
                f.group = (f.count.b, f.b)  # the status noun names who they were
            f.outcome, f.b = "killed", f.b + 2
        if f:
            figures.append(f)
            c0 = f.count.a
            joined = (toks[c0].w.startswith("و") and not toks[c0].w.startswith("واحد")) or (
                c0 > f.a and toks[c0 - 1].w in _COMPANION_LINKS)
            # "بين القتلى امرأة وثلاثة أطفال": the second item's span runs back over the
            # first, which is a figure of its own (read by the implicit pass); (round
            # ar149) so does one taken "with" his companions ("خطف مسلحون طبيبا مع اثنين
            # من مرافقيه")
            used.update(range(c0 if joined and c0 > f.a else f.a, f.b))
            where.read.append((f.a, f.outcome))
    implicit = _in(where.implicit, sa, sb)
    used.update(k for k in implicit if k + 2 < sb and toks[k + 1].w == "من" and (
        toks[k + 2].w == "كل"))  # "واحدا من كل ثلاثة": the share of a proportion
    for f in _implicit(toks, sa, sb, used, figures, implicit):
        # "، بينهم اثنان يحملان جنسية أجنبية": the sub-group's reading replaces the one of
        # its bare numeral, which took the words after it for its group
        figures = [g for g in figures if not (
            g.count.n == f.count.n and g.count.b == f.count.b and g.a > f.a)]
        figures.append(f)
    figures.sort(key=lambda f: f.a)
    return figures


def _joined_group(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """Who a joined count's own clause counts, up to its verb; none for "آخرون" alone."""
    return None if b - a == 1 and toks[a].w in _OTHERS else (a, b)


def _is_share(toks: list[Token], c: _Count, sa: int, sb: int) -> bool:
    """Is the count a part of a proportion, "واحد من كل ثلاثة مصابين"? Neither the share
    before "من كل" nor the whole after it counts people; the sentence gives no total."""
    if c.n - 2 >= sa and toks[c.n - 1].w in _EACH_WORDS and toks[c.n - 2].w == "من":
        return True
    return c.b + 1 < sb and toks[c.b].w == "من" and toks[c.b + 1].w == "كل"


def _head(toks: list[Token], c: _Count, sb: int) -> int | None:
    """Index of the counted noun (after a partitive "من"), or None."""
    j = c.b
    if j < sb and toks[j].w in _MIN and c.qual == "vague":
        if j + 1 < sb and word_in(toks[j + 1], _NON_PERSON) and not word_in(
                toks[j + 1], _NOUNS):
            return None  # "فرار آلاف من بلدة في الإقليم": where from, no counted noun
        j += 1
    # "ارتفع عدد المفقودين إلى 30 بعد غرق القارب", "قتل مسلحان اثنان في المداهمة":
    # an adverb, a preposition or the next outcome verb after the count opens what
    # follows; there is no counted noun.
    if c.qual == "vague" and j < sb and word_in(toks[j], _BODIES):
        return None  # "وشيع المئات جثمان الشهيد": a vague count never takes a singular
    if j + 1 < sb and toks[j].w == "من" and (toks[j + 1].w in _GROUP_END or word_in(
            toks[j + 1], _NON_PERSON)):
        return None  # "خطفت مزارعين اثنين من بلدة شبعا": where from, no counted noun
    if j < sb and toks[j].is_word and toks[j].w not in _GROUP_END and toks[j].w not in (
            _HEAD_BREAKS) and (word_in(toks[j], _NOUNS) or toks[j].w in _HOUSEHOLDS or not (
            word_in(toks[j], _TRIGGERS) or (toks[j].w in _AFTER and (
                toks[j].w not in _DUAL_AFTER_PEOPLE or _dual_subject_before(toks, j))))):
        # ("مئات الأسر إلى الفرار": after a count the households, never the verb "أسر")
        # ("عسكريين اثنين قتلا": the verb after the count is no counted noun)
        w = toks[j].w
        if w[:1] == "ب" and w[1:] in _WOUNDING:
            return None  # "وإصابة سبعة بقنبلة": what hit them, not a counted noun
        if w[:1] == "و" and (w[1:] in _NOUNS or w[1:] in _TRIGGERS):
            return None  # "مقتل 2 وإصابة 5": the next item's outcome, not a counted noun
        if w[:1] == "و" and c.n == c.a and toks[c.a].w in _TWO and c.a > 0 and toks[
                c.a - 1].is_word:
            # "بين الجرحى طفلين اثنين وامرأة": "two" after its noun is an adjective, so the
            # word joined after it is the list's next item, not a counted noun
            return None
        return j
    return None


# Words that cannot be a counted noun after a figure; "ثم" ("إلى 15 ثم إلى 19") goes on to
# the next revision of the toll.
_HEAD_BREAKS = frozenset(V.HEAD_BREAK_WORDS)


def _group_end(toks: list[Token], h: int, sb: int) -> int:
    """End of the group phrase starting at head ``h``: adjectives and a short "من X"."""
    j = h + 1
    n = 0
    while j < sb and n < 5:
        t = toks[j]
        if not t.is_word or word_in(t, _AFTER) or (word_in(t, _TRIGGERS) and not (
                t.w.startswith("بال") and word_in(t, _POISONING))) or word_in(
                t, _PARTING) or t.w in _BREAKS:
            # (round ar183: "بالاختناق" after the counted is how they were hurt, kept in
            # the group as before poisoning was a trigger)
            break
        if t.w == "من" and j + 1 < sb and (toks[j + 1].w in _GROUP_END or word_in(
                toks[j + 1], _NON_PERSON)):
            break  # "من تحت الأنقاض", "من بلدة شبعا": where from, not a partitive
        if t.w in _BECOMING:
            break  # "300 شخص أصبحوا نازحين": the verb of their state
        if t.w in _COMPARED_MARKERS:
            break  # (round ar165) "60 متظاهرا مقابل 12 شرطيا": the other side's toll
        if j + 1 < sb and (t.w, toks[j + 1].w) in _OUT_OF:
            break  # "9 عمال من أصل 40": the total they were counted from
        if t.w in _GROUP_LINKS and j + 1 < sb and toks[j + 1].is_word and (
                t.w == "من" or word_in(toks[j + 1], _MEMBERSHIP)):
            j += 2
            n += 2
            continue
        # (a preposition takes no "و" after it: "ثلاثة من وجهاء القرى" is the
        # notables, their "و" a root letter)
        if t.w in _GROUP_END or (t.w.startswith("و") and t.w not in _ONE and toks[
                j - 1].w != "من") or t.w in _COUNTED_GROUP_STOPS:
            break
        if _imperfect_plural(t.w):
            break  # "3 انتحاريين يرتدون أحزمة ناسفة": a clause about them, not the group
        if _feminine_perfect(t.w):
            break  # "خلية من 4 أشخاص خططت لتفجيرات", "أربعة أشخاص قالت إنهم": a verb
        if t.w in _REL_SAYING and j + 1 < sb and toks[j + 1].w in _PRONOUN_COMP:
            break  # "خمسة مسلحين قال إنهم ...": the relative that describes them
        if t.w in _BI_PRONOUN_WORDS and n == 0:
            j += 1  # "مشتبه بهم": the pronoun completes the head
            n += 1
            continue
        if t.w.startswith("ب") and not t.w.startswith("بال") and (n == 0 or (
                j + 1 >= sb or not toks[j + 1].is_word)):
            break  # (also a place closing the sentence: "5 عناصر دعم بجيجل")
        if t.w.startswith("ال") and toks[j - 1].w in _OWN and word_in(t, _NON_PERSON):
            pass  # "9 من عناصر الحاجز": the post the members belong to, in construct
        elif word_in(t, _NON_PERSON) or word_in(t, _SUBGROUP) or t.w in _DEATH_OBJ or (
                t.w in _SELF or word_in(t, _SELF_VERBS)):
            break  # (also "3 انتحاريين فجروا أنفسهم": the verb and its object)
        j += 1
        n += 1
    return j


def _imperfect_plural(w: str) -> bool:
    """"يرتدون", "يعملون": a masculine plural imperfect verb (a plural nisba in يون,
    "يمنيون", is a noun)."""
    return len(w) >= 5 and w[0] == "ي" and w.endswith("ون") and not w.endswith("يون")


def _feminine_perfect(w: str) -> bool:
    """"قالت", "خططت": a feminine singular perfect verb, which no adjective of a group
    looks like (a feminine adjective ends in ة, a plural in ات)."""
    return len(w) >= 4 and w.endswith("ت") and not w.endswith("ات") and not w.startswith(
        _AL_WA_PREFIXES)


def _died_before(toks: list[Token], sa: int, a: int) -> bool:
    """Is the word before ``a`` a verb of dying ("توفي", "استشهد")?"""
    return a > sa and bool(word_in(toks[a - 1], _DEATH_VERBS))


_TAKEN_FROM = frozenset(("displaced", "captured", "arrested"))


def _flight_origin(toks: list[Token], group: tuple[int, int],
                   homes_only: bool = False) -> int | None:
    """"نزحت مئات العائلات من المنطقة": after a displacement, "من" with a definite place,
    or a place head in construct ("من ريف الحديدة"), says where people fled from, which is
    no part of the group. A people word after it ("من المدنيين") is still a partitive; so
    are the displaced's own homes ("من منازلهم")."""
    for r in range(group[0] + 1, group[1] - 1):
        nxt = toks[r + 1].w
        if toks[r].w == "من" and nxt.startswith("ال") and not nxt.endswith(
                _SOUND_PLURAL_ENDINGS) and (
                not word_in(toks[r + 1], _MEMBERSHIP)) and not homes_only:
            return r
        if toks[r].w == "من" and any(nxt.endswith(p) and nxt[:-len(p)] in _HOMES
                                     for p in _POSSESSIVES):
            return r
        if toks[r].w == "من" and word_in(toks[r + 1], _FLIGHT_PLACES) and not homes_only:
            return r  # "من ريف الحديدة"، "من مدينة تعز": a place head, its name after it
    return None


def _accusative_count(n: int) -> bool:
    # the last part of a compound number governs its noun: "مئة وعشرون مزارعا" as
    # "عشرون مزارعا", while "مئة مزارع" and "ثلاثة آلاف جندي" take the genitive
    return 11 <= n % 100 <= 99


def _ranked_body(toks: list[Token], k: int, sb: int) -> bool:
    ranks = _BODY_ORDINALS.get(toks[k].w)
    return ranks is not None and k + 1 < sb and toks[k + 1].w in ranks


def _ranked_casualty(toks: list[Token], k: int, sb: int) -> str | None:
    """(round ar175) The outcome of a casualty noun at ``k`` counted by the ordinal right
    after it, agreeing in case ("جريحا ثامنا"، "قتيل خامس"), or None."""
    w = toks[k].w
    outcome = _RANKED_NOUNS.get(w)
    if outcome is None or k + 1 >= sb:
        return None
    ranks = _RANKS_ACCUSATIVE if w.endswith("ا") else _RANKS_BARE
    if toks[k + 1].w not in ranks or _rank_unrealised(toks, k):
        return None
    return outcome


def _rank_unrealised(toks: list[Token], k: int) -> bool:
    """(review 46) Is the ranked casualty at ``k`` told as not (yet) fallen: a particle of the
    future or of negation one or two words before it, or "قد" before a present verb right
    before it ("وقد يسقط قتيل خامس")?"""
    before = [toks[r].w for r in range(max(0, k - 2), k)]
    if any(w in _RANK_UNREALISED for w in before):
        return True
    return len(before) == 2 and before[0] in _RANK_HEDGES and before[1].startswith("ي")


def _one_and_one(toks: list[Token], k: int) -> bool:
    """Are the tokens at ``k`` and ``k + 1`` a bare singular outcome noun and another one
    glued to "و" ("قتيل وجريح")?"""
    return toks[k].w in _SINGLE_NOUNS and toks[k + 1].w[:1] == "و" and (
        toks[k + 1].w[1:] in _SINGLE_NOUNS)


def _shared_after(toks: list[Token], j: int, sb: int) -> bool:
    """"قتلى وجرحى" / "بين قتيل وجريح" right at j: one number, two outcomes."""
    k = j
    if k < sb and toks[k].w in ("بين",):
        k += 1
    if k + 1 < sb and word_in(toks[k], _NOUNS) and toks[k + 1].w.startswith("و"):
        o1 = _NOUNS[word_in(toks[k], _NOUNS)]  # type: ignore[index]
        o2f = word_in(toks[k + 1], _NOUNS)
        # (not "4 جثث ومصابين اثنين": the second outcome has a count of its own)
        # ("5 قتلى وجرحى ثلاثة منهم في حالة خطرة" is still one number: a part of it follows)
        own = k + 2 < sb and (toks[k + 2].is_digit or toks[k + 2].w in _TWO or word_in(
            toks[k + 2], _UNITS) is not None) and not (k + 3 < sb and word_in(
                toks[k + 3], _SUBGROUP))
        if k + 2 < sb and word_in(toks[k + 1], _TRIGGERS) and _masdar_form(
                toks[k + 1].w[1:]) and (word_in(toks[k + 2], _DUALS) or _singular(
                    toks[k + 2]) or (k + 3 < sb and toks[k + 3].w in _TWO)):
            # "سقوط شهيد وإصابة مواطنين اثنين": the second is a verbal noun with people
            # of its own, so the first noun is counted alone
            own = True
        if not own and o1 in _STATUS_OUTCOMES and k + 2 < sb and word_in(
                toks[k + 1], _TRIGGERS) and _masdar_form(toks[k + 1].w[1:]) and (
                _is_count_start(toks[k + 2]) is not None or toks[k + 2].w in _OTHERS):
            # "مقتل 11 نازحا وإصابة العشرات": who the dead were (a status noun), then a
            # verbal noun of another outcome with a count of its own
            own = True
        if not own and j > 0 and k == j and word_in(toks[j - 1], _FALL) and _one_and_one(
                toks, k):
            # "سقوط قتيل وجريح": the fall of two bare singulars is one of each (the shared
            # figure is a plural pair or "بين قتيل وجريح" with its count before)
            own = True
        own = own or single_joined_to_plural(toks, k)  # (round ar117) "ثلاثة قتلى ومفقود"
        return bool(o2f) and _NOUNS[o2f] != o1 and not own and not held_pair(
            str(o1), str(_NOUNS[o2f]))
    return False


def _pair_closes_group(toks: list[Token], h: int, gend: int, sb: int) -> bool:
    """Does the counted phrase at ``h`` end in two outcomes joined by "و" ("أوقعت عشرات
    المسلحين قتلى وجرحى"، "12 عنصرا بين قتيل وجريح")? The state nouns after the people say
    what befell the whole count, split between the dead and the wounded in no given
    share: one number shared by two outcomes, which gives neither a figure (the corpus
    README's "بين قتيل وجريح"). A second outcome with a count of its own is no such
    pair ("قتلى وجريحان" is read by ``_shared_after``)."""
    return any(_shared_after(toks, k, sb) for k in range(h + 1, min(gend, sb - 1) + 1))


def _own_subject(toks: list[Token], sa: int, v: int) -> bool:
    """Has the verb at ``v`` an indefinite singular or dual person subject right before it
    ("شابا استشهد"، "رجل قتل"، "مسعفان أصيبا"), or one told by the body it is from
    ("مقاتلا من البيشمركة قتل"، "جنديا من قوات الجيش قتل")?"""
    if _bare_person(toks, sa, v - 1):
        return True
    # (the body after "من" is definite, a construct or a name: one to three words; (round
    # ar184) a name in quotes among them, 'عنصرا من قوة "حراس السوق" قتل')
    return any(m - 1 >= sa and toks[m].w == "من" and all(
        (toks[r].is_word and word_in(toks[r], _TRIGGERS) is None) or toks[r].w in _NAME_MARKS
        for r in range(m + 1, v)) and 1 <= sum(toks[r].is_word for r in range(m + 1, v)) <= 3
        and _bare_person(toks, sa, m - 1) for m in range(v - 2, v - 7, -1))


def _bare_person(toks: list[Token], sa: int, i: int) -> bool:
    """Is the word at ``i`` an indefinite person noun, no outcome word ("شابا"، "مسعفان")?"""
    return i >= sa and toks[i].is_word and not toks[i].w.startswith(
        _AL_WA_PREFIXES) and word_in(toks[i], _TRIGGERS) is None and _is_person(toks, i)


def _others_after(toks: list[Token], c: _Count, sb: int) -> bool:
    """Does "آخرون" (or "آخران") follow the count at ``c``, at once or after its noun
    ("ثلاثة آخرون"، "ستة أشخاص آخرون")?"""
    return any(toks[k].w in _OTHERS or toks[k].w in _OTHERS_DUAL
               for k in range(c.b, min(sb, c.b + 2)))


def _trigger_shared(toks: list[Token], t: int, sb: int) -> bool:
    """"قتل وجرح 5": the trigger is coordinated with another outcome word."""
    if t + 1 < sb and toks[t + 1].w.startswith("و") and word_in(toks[t + 1], _TRIGGERS):
        return True
    # ... and "قتل وجرح": the trigger found is the second one.
    # ("9 مسلحين قتلوا وأسر اثنان": a plural verb after its figure closes it; two plural
    # verbs of one subject share the count: "المسلحين قتلوا وجرحوا 30 شخصا")
    return (t > 0 and toks[t].w.startswith("و") and word_in(toks[t - 1], _TRIGGERS) is not None
            and toks[t].w[1:] in _TRIGGERS and (word_in(toks[t - 1], _SUBJECT_FIRST) is None
                                                or toks[t].w[1:] in _SUBJECT_FIRST))


_NAME_MARKS = frozenset('"«»“”-–')


def _suspected_before(toks: list[Token], sa: int, a: int, max_tokens: int = 12) -> int | None:
    """"قتل مسلحون يشتبه في انتمائهم إلى جماعة بوكو حرام 19 مزارعا"، "يعتقد أنهم من تنظيم
    "داعش - ولاية الساحل" نحو 90 قرويا": what the doers are suspected or believed to
    be, right before the count, names a group, however long its name; the index of the
    verb of suspicion when the doers' plural or person noun stands before it and only
    words and a name's quote marks or dash stand between it and the count."""
    for k in range(a - 1, max(sa, a - 1 - max_tokens), -1):
        t = toks[k]
        if t.w in _SUSPECTED and k < a - 1:
            before = k - 1
            return k if before > sa and (toks[before].w.endswith(_SOUND_PLURAL_ENDINGS) or (
                _is_person(toks, before))) else None
        if t.w in _AFFILIATED_DOERS and k < a - 2 and k - 2 > sa and toks[k - 1].is_word and (
                _is_person(toks, k - 2) or toks[k - 2].w in _FORCES):
            # "اعتقلت قوات الأسايش التابعة للإدارة الذاتية 23 شابا": whom the doers
            # belong to is their description too, as what they are suspected to be
            return k
        if not (t.is_word or t.w in _NAME_MARKS) or word_in(t, _TRIGGERS):
            return None  # (an outcome verb between is the count's own: "... قتلوا 11")
    return None


def _one_of_origin(toks: list[Token], sa: int, a: int) -> bool:
    """(round ar178) Is the count at ``a`` "one of" a body after "من" and a person noun
    ("شقيقين من إحدى العائلتين"، "طفل من إحدى القرى")? It tells where the people before
    came from, as "من إحدى المجموعتين" does after those taken: the people are the count,
    the one of the families no one harmed."""
    return toks[a].w in _ONE_OF_FOLDED and a - 2 >= sa and toks[a - 1].w == "من" and (
        _is_person(toks, a - 2)) and word_in(toks[a - 2], _TRIGGERS) is None and word_in(
        toks[a - 2], _NOUNS) is None


def _elimination_before(toks: list[Token], sa: int, k: int, max_subject: int = 4) -> int | None:
    """The verb of "قضى على" (killing, in Maghrebi army copy) before "على" at k: right
    before it ("القضاء على"), or a verb with its subject between, plain words only ("قضت
    وحدات الحرس الوطني على"; the masdar takes no subject)."""
    if k - 1 >= sa and word_in(toks[k - 1], _ELIMINATION):
        return k - 1
    for m in range(k - 2, max(sa, k - 2 - max_subject) - 1, -1):
        t = toks[m]
        if not t.is_word:
            return None
        if word_in(t, _ELIMINATION):
            return m if not t.w.startswith("ال") else None
    return None


def _backward(toks: list[Token], sa: int, c: _Count, max_gap: int = 4) -> tuple[int, str] | None:
    """An outcome word before the count: (token index, outcome)."""
    gap = 0
    k = c.a - 1
    if c.n == c.a and toks[c.a].w in _TWO and k > sa and toks[k].is_word and (
            _is_person(toks, k)) and not word_in(toks[k], _TRIGGERS):
        # "أسرت القوات مقاتلين اثنين": "two" follows its noun, which is part of the count
        k -= 1
    if (s := _suspected_before(toks, sa, c.a)) is not None:
        k = s - 1  # the doers' long description passed over whole (see the helper)
    if (hit := _joined_after_one_hit(toks, sa, c)) is not None:
        return hit
    if (named := _joined_after_named_one(toks, sa, c.a)) is not None:
        return named
    if (taken := _companions_of_one(toks, sa, c)) is not None:
        return taken
    if _own_verb_after_comma(toks, sa, c.a):
        return None
    if _one_of_origin(toks, sa, c.a):
        return None
    while k >= sa and gap <= max_gap:
        t = toks[k]
        if gap == 0 and t.w in _SO_FAR_NOWS and k - 1 > sa and toks[k - 1].w in _SO_FAR_OPENERS:
            # (round ar178) "وقتل فيها حتى الآن ستة رجال": when the tally was taken, right
            # before the count, passed over whole as a named period is
            k -= 2
            continue
        if t.is_digit and k > sa and toks[k - 1].w in _BEFORE_A_YEAR and len(t.w) == 4 and (
                t.w[:2] in ("19", "20")):
            # "قتلوا منذ عام 2015 أكثر من 380 مدنيا", "قتلت منذ مطلع 2018 أكثر من 220
            # مدنيا": a time phrase with a year between verb and count is passed over whole
            # (it leaves a tight verb tight)
            k -= 1
            while k >= sa and toks[k].w in _BEFORE_A_YEAR:
                k -= 1
            continue
        if t.is_digit and k > sa and ((k + 1 < c.a and word_in(toks[k + 1], _TIME_UNITS)) or (
                toks[k - 1].w == "ال" and k - 2 >= sa and word_in(toks[k - 2], _TIME_UNITS))):
            # "قتلت خلال الـ48 ساعة الماضية أكثر من 60 عنصرا", "خلال الساعات الـ24 الماضية":
            # a period with a count of its own between verb and count, passed over
            k -= 2 if toks[k - 1].w == "ال" else 1
            continue
        if t.w == ":" and gap == 0 and k - 1 >= sa and toks[k - 1].w.startswith("ال") and (
                nf := word_in(toks[k - 1], _NOUNS)) and (
                c.b >= len(toks) or not toks[c.b].is_word):
            # a bulletin's list: "الشهداء: 9، الجرحى: 30", "المفقودون: 2" (the count alone;
            # 'وقال الجرحى: 3 مسلحين هاجمونا' is a quotation)
            return k - 1, str(_NOUNS[nf])
        if t.w in _AGO_UNITS and (p := _ago_start(toks, sa, k)) is not None:
            k = p - 1  # "خطفوا قبل يومين أربعة رعاة": when, passed over whole
            continue
        if gap == 0 and k == c.a - 1 and k - 1 > sa and toks[k - 1].w in _EVENT_TIME_PREPS and (
                t.w.startswith("ال")) and not word_in(t, _TRIGGERS) and not word_in(t, _NOUNS):
            # "اعتقلت بعد الانفجار ثلاثة أشخاص": when, the event right before the count,
            # passed over whole ("بعد مقتل 3" is an outcome's noun and no time)
            k -= 2
            continue
        if gap == 0 and (p := _named_period_start(toks, sa, k)) is not None:
            # "خطفوا، الأسبوع الماضي، ثلاثة شبان": when, right before the count, passed over
            # whole ("ارتفع عدد ... منذ بداية العام إلى نحو 1450" is a tally's rise, no
            # verb's object)
            k = p - 1
            continue
        if gap == 0 and k == c.a - 1 and (p := _same_place_start(toks, sa, k)) is not None:
            # (round ar139) "قتلوا في الحي ذاته 11 مدنيا": a place told before, passed over
            k = p - 1
            continue
        if gap == 0 and k == c.a - 1 and (p := _named_place_start(toks, sa, k)) is not None:
            # (round ar147) "أوقفت الأجهزة الأمنية في مدينة مصراتة 38 مهاجرا": where, between
            # the subject and the count, passed over whole as a time phrase is
            k = p - 1
            continue
        if gap == 0 and (p := _named_month_start(toks, sa, k)) is not None:
            # "اعتقلت القوات منذ مطلع تشرين الأول أكثر من 380 فلسطينيا": a month after a
            # preposition of time, right before the count, is when, as a named period is
            k = p - 1
            continue
        if t.is_digit and gap == 0 and _year_of_month(toks, sa, k):
            # "أعدم في أيار 2023 ثلاثة مدنيين": the year after a month's name belongs to
            # the month, passed over with it
            k -= 1
            continue
        if k - 2 >= sa and toks[k - 1].w == "/" and word_in(t, _MONTH_STARTS) and (
                word_in(toks[k - 2], _MONTH_STARTS)
                or toks[k - 2].w in _MONTH_NAME_ORDINALS_FOLDED):
            # "منذ مطلع آذار/مارس", "كانون الثاني/يناير": a month by its two names is one
            # word of the time phrase (the Levantine and the Western name of one month)
            k -= 2
            continue
        if t.w == ")" and (o := _named_short(toks, sa, k)) is not None:
            # "اعتقلت قوات سوريا الديمقراطية (قسد)، فجر اليوم، 27 شخصا": the short name in
            # brackets after the subject's is part of the subject, passed over whole
            k = o - 1
            continue
        if t.w in (":", "(", ")") or is_end(t) or t.is_digit or t.w in _CLAUSE_OPENERS:
            return None
        if t.w in _SUSPECTED and gap > 0 and k - 1 > sa and (
                toks[k - 1].w.endswith(_SOUND_PLURAL_ENDINGS) or _is_person(toks, k - 1)):
            # "خطف مسلحون يشتبه بانتمائهم لحركة الشباب ثلاثة من العاملين": what the
            # subject is suspected of describes it, and is passed over whole
            gap = 0
            k -= 1
            continue
        if t.w in _WHEN_WORDS and k > sa:
            k -= 1
            continue
        if k - 1 > sa and toks[k - 1].w in _TIME_UNITS and t.w.startswith("ال") and (
                _count_word(t)):
            # "وقتل خلال الأيام الخمسة الأولى أكثر من 400 مدني": a period counted by its
            # definite numeral, passed over as the digits are
            k -= 1
            continue
        if gap <= 1 and t.is_word and (r := _rank_opening(toks, sa, k)) is not None:
            # "استشهاد ضابط برتبة ملازم أول ومجندين اثنين": the rank of the one named
            # before, a word or two after "برتبة", passed over whole ("أول" counts nobody)
            k, gap = r - 1, gap + 1
            continue
        if t.w in _RESUMPTIVE and k - 1 >= sa and (gap == 0 or (
                gap == 1 and word_in(toks[k + 1], _DUALS))) and word_in(toks[k - 1], _TRIGGERS):
            # "قتلت فيها أكثر من 100": the event's pronoun, passed over; (round ar136) also
            # before a dual the count is coordinated after ("قتل فيها جنديان وثلاثة من")
            k -= 1
            continue
        if gap == 0 and t.w in _WITH_HIM and k - 1 >= sa and (
                tf := word_in(toks[k - 1], _TRIGGERS)) and _TRIGGERS[tf] == "captured":
            k -= 1  # "اقتادوا معهم 9 شبان": taken along by the captors, passed over
            continue
        if t.w == "من" and k - 2 >= sa and word_in(toks[k - 1], _COMPOSED) and toks[
                k - 2].is_word and gap == 0:
            k -= 3  # "خلية مؤلفة من 6 أشخاص": the outcome is the collective noun's
            continue
        if gap == 0 and t.w in _PHRASE_TAILS and k - 1 >= sa:
            e = _elimination_before(toks, sa, k) if t.w == "علي" else None
            if e is not None and not any(
                    word_in(toks[m], _VERDICTS) for m in range(max(sa, e - 4), k) if m != e):
                # "القضاء على 3 إرهابيين", "قضت على ثلاثة إرهابيين" (Maghrebi army copy),
                # also with the subject between ("قضت وحدات الحرس الوطني على ...");
                # not a court's sentence ("قضت المحكمة على 3 متهمين بالسجن")
                return e, "killed"
            if t.w == "اثر" and word_in(toks[k - 1], _LOST_TRACE):
                return k - 1, "missing"  # "وفقد أثر 7 صيادين"
        if t.is_word:
            f = word_in(t, _TRIGGERS)
            if f and k > sa and toks[k - 1].w in _OUTCOME_PLACES:
                f = None  # "في مراكز الاحتجاز، بينهم 3 أطفال": a place's name
            if f and f in _VICTIMS and not _victim_idiom(toks, sa, k):
                return None  # "يكون ضحيتها عدد من الشبان": no dying verb before it
            if f:
                if f in _TIGHT and gap > 0 and not (
                        gap == 1 and f in _TIGHT_WITH_SUBJECT and toks[k + 1].w.startswith("ال")
                        and (toks[k + 1].w.endswith("ون") or (
                            toks[k].w.endswith("ت") and toks[k + 1].w.endswith("ات")))) and not (
                        gap == 2 and f in _TIGHT_WITH_SUBJECT and len(toks[k + 1].w) > 3 and (
                            toks[k + 1].w.endswith("و") or (
                                toks[k].w.endswith("ت") and toks[k + 1].w.endswith("ات")
                                and toks[k + 2].w.startswith("ال")))) and not (
                        gap == 3 and f in _TIGHT_WITH_SUBJECT and len(toks[k + 1].w) > 3
                        and toks[k + 1].w.endswith("و") and toks[k + 2].w.startswith("ال")
                        and toks[k + 3].w.startswith("ال")) and not (
                        gap == 1 and f in _TIGHT_WITH_SUBJECT and toks[k + 1].w.startswith("ال")
                        and k + 3 < len(toks) and toks[k + 3].w == "من" and (
                            k == sa or not toks[k - 1].is_word or toks[k].w[:1] == "و"
                            or toks[k - 1].w in _VERB_OPENERS)) and not (
                        _joined_to_object(toks, k, c.a)):
                    # "أسر المقاتلون 6 جنود" keeps its plural subject, and so does "أسر
                    # مقاتلو البيشمركة 4 عناصر" (a construct plural in the nominative, which
                    # "أسر" as "families of" never takes) and the feminine verb with a
                    # feminine plural in construct ("أسرت قوات الجيش 6 عناصر"), also with
                    # an adjective after the genitive ("أسر مقاتلو الجيش الوطني 8 عناصر"),
                    # and a definite singular subject when "من" follows the count ("أسر
                    # الجيش اثنين من المهاجمين": families are never counted "of" people)
                    return None
                if _sentenced(toks, sa, k):
                    return None
                if _TRIGGERS[f] == "arrested" and k > sa and toks[k - 1].w in _WARRANTS:
                    return None  # "أوامر قبض بحق تسعة آخرين": a warrant, nobody held yet
                if f in _HITTING and not _hit_by_agent(toks, sa, k, gap):
                    return None  # "أصاب الشلل 3 مرافق": a state befalls, nobody is wounded
                if k - 2 >= sa and toks[k - 1].w == "او" and word_in(toks[k - 2], _TRIGGERS):
                    return None  # "قتل أو أصيب أكثر من 900 طفل": one count, two outcomes
                if gap > 0 and _reached_by_another(toks, k, c.a):
                    return None  # "عمليات الاعتقال رافقتها تحقيقات طالت العشرات"
                if _TRIGGERS[f] == "arrested" and _stopped_not_held(toks, k, c):
                    return None  # "أوقف البنك تراخيص 13 شركة": a licence, not a man
                if gap > 0 and _TRIGGERS[f] == "missing" and _object_then_joined_count(
                        toks, k, c.a):
                    # "بعد فقدان الزوج، وآلاف النساء ...": a loss with its own object, then
                    # a new clause ("مقتل الحارس، و3 مدنيين آخرين" shares its verb)
                    return None
                return k, str(_TRIGGERS[f])
            if k > sa and toks[k - 1].w in _BETWEEN | {"بين"} and freed_among(t):
                return k - 1, "captured"  # "بين المحررين 11 امرأة"
            if k - 1 > sa and (toks[k - 1].w, t.w) in _RELEASED_AMONG and toks[
                    k - 2].w in _BETWEEN | {"بين"}:
                # (round ar139) "بين المفرج عنهم 31 امرأة": the released keep how they
                # were held, told before them; untold, no figure
                held_as = _released_held_as(toks, k - 2)
                return None if held_as is None else (k - 2, held_as)
            nf = word_in(t, _NOUNS)
            if nf and k > sa and toks[k - 1].w in _BETWEEN | {"بين"}:
                # "من بين القتلى ضابطا": the "من" before "بين" opens the phrase
                if k - 1 > sa and toks[k - 1].w == "بين" and toks[k - 2].w in _FROM_WORDS:
                    return k - 2, str(_NOUNS[nf])
                return k - 1, str(_NOUNS[nf])
            if t.w in _BREAKS or word_in(t, _AFTER) or word_in(t, _PURSUIT) or (
                    _count_word(t) and not _one_of_groups(toks, k)):
                # (and "وتلاحق اثنين آخرين": the pursued are still free; "إحدى المجموعتين"
                # is the subject, passed over)
                return None
            gap += 1
        k -= 1
    return None


def _joined_to_object(toks: list[Token], k: int, a: int) -> bool:
    """Is the count at ``a`` joined by "و" to one person, the object right after the verb
    at ``k`` ("واقتادوا مهندسا وعاملين اثنين"، "قتلوا مهندسا و3 عمال")? The verb takes both
    objects, so the count is its own as the one person is."""
    if a - k < 2 or not _singular(toks[k + 1]) or toks[k + 1].w.startswith("و") or not (
            toks[k + 1].w.endswith("ا")):
        return False
    rest = [toks[r] for r in range(k + 2, a)]
    if not rest:
        return toks[a].w.startswith("و")
    # (before "اثنين" the joined word is the noun it counts: "وعاملين اثنين")
    return len(rest) == 1 and (rest[0].w == "و" or (
        rest[0].w.startswith("و") and rest[0].is_word and toks[a].w in _TWO
        and _people_dual(rest[0].w[1:])))


def _people_dual(w: str) -> bool:
    """Can the dual ``w`` be two people ("عاملين"، "مقاتلين")? A listed person, or a
    masculine dual whose singular is no thing ("منزلين"، "صاروخين"; the feminine "سيارتين"
    is never read)."""
    t = bare_token(w)
    if word_in(t, _DUALS) or word_in(t, _PERSON_PLURALS):
        return True
    return w.endswith("ين") and not w.endswith("تين") and not word_in(
        bare_token(w[:-2]), _NON_PERSON)


def _object_then_joined_count(toks: list[Token], k: int, a: int) -> bool:
    """Does the trigger at ``k`` take a definite object right after it, then a comma and
    "و" before the count at ``a`` ("بعد فقدان الزوج، و"آلاف النساء" نزحن")? A loss
    with its object named (one's husband, one's provider) is closed by it; the count
    joined after the comma opens a clause of its own, whose outcome is told after it."""
    if not toks[k + 1].w.startswith("ال"):
        return False
    m = next((r for r in range(a - 1, k + 1, -1) if toks[r].w in ("،", ",")), None)
    return m is not None and (toks[a].w[:1] == "و" or any(
        toks[r].w == "و" for r in range(m + 1, a))) and all(
        toks[r].w == "و" or not toks[r].is_word for r in range(m + 1, a))


def _named_month_start(toks: list[Token], sa: int, k: int) -> int | None:
    """Where a named month ending at ``k`` opens ("منذ مطلع كانون الثاني الماضي"، "خلال شهر
    أكتوبر"), else None. A month's name may also be a person's or a place's ("أيار"،
    "رمضان"), so it needs a preposition or part of the period before it; a Levantine name's
    ordinal and an adjective of past or current time after it belong to it."""
    m = k - 1 if toks[k].w in _PERIOD_ADJECTIVES else k
    if m > sa and toks[m].w in _MONTH_NAME_ORDINALS_FOLDED and word_in(
            toks[m - 1], _MONTH_STARTS):
        m -= 1
    elif m < sa or not word_in(toks[m], _MONTH_STARTS) or toks[m].w in _PERIOD_ADJECTIVES:
        return None
    if m - 2 >= sa and toks[m - 1].w == "/" and (word_in(toks[m - 2], _MONTH_STARTS) or (
            toks[m - 2].w in _MONTH_NAME_ORDINALS_FOLDED)):
        # (round ar139) "في حزيران/يونيو الماضي"، "منذ 8 تشرين الأول/أكتوبر الماضي": a
        # month by its two names is one month
        m -= 2
        if m > sa and toks[m].w in _MONTH_NAME_ORDINALS_FOLDED and word_in(
                toks[m - 1], _MONTH_STARTS):
            m -= 1
    p = m - 1 if m - 1 >= sa and toks[m - 1].w in _MONTH_WORD else m
    if p - 2 >= sa and _day_digits(toks[p - 1]) and toks[p - 2].w in _NAMED_PERIOD_OPENERS:
        p -= 1  # "منذ 23 أيلول الماضي": the day's digits belong to the month after them
    elif (d := _day_ordinal_of(toks, sa, p)) is not None:
        p = d  # (round ar170) "منذ الثامن من تشرين الأول": the day's ordinal and "من" too
    if p - 1 >= sa and toks[p - 1].w == "في":
        # (round ar137) "قتلوا في حزيران الماضي ثلاثة رعاة": "in" before a month's name
        # makes it a time as an opener does (a place's name has no month's name)
        p -= 1
    elif not (p - 1 >= sa and toks[p - 1].w in _NAMED_PERIOD_OPENERS):
        return None
    while p - 1 >= sa and toks[p - 1].w in _NAMED_PERIOD_OPENERS:
        p -= 1
    if k + 1 < len(toks) and toks[k + 1].w in _COMMAS and not (
            p - 1 >= sa and toks[p - 1].w in _COMMAS):
        return None  # a comma after the month alone closes the clause (as for a period)
    return p


def _day_ordinal_of(toks: list[Token], sa: int, p: int) -> int | None:
    """(round ar170) Where a day's ordinal and "من" before the month at ``p`` open ("منذ
    السابع من أكتوبر"، "منذ الحادي والعشرين من آذار"), after an opener of a period, else
    None."""
    if p - 3 < sa or toks[p - 1].w != "من":
        return None
    if toks[p - 2].w in _DAY_ORDINALS and toks[p - 3].w in _NAMED_PERIOD_OPENERS:
        return p - 2
    if p - 4 >= sa and f"{toks[p - 3].w} {toks[p - 2].w}" in _DAY_ORDINALS and (
            toks[p - 4].w in _NAMED_PERIOD_OPENERS):
        return p - 3
    return None


def _same_place_start(toks: list[Token], sa: int, k: int) -> int | None:
    """Where "في" + a definite noun + "the same" ending at ``k`` opens ("في الحي ذاته"،
    "في المنطقة نفسها"), else None. The noun may not be an outcome's word or noun ("في
    الهجوم نفسه" is the event, whose own victims are no tight verb's object)."""
    if toks[k].w not in _SAME_PLACE or k - 2 < sa or toks[k - 2].w != "في":
        return None
    t = toks[k - 1]
    if not t.w.startswith("ال") or word_in(t, _TRIGGERS) or word_in(t, _NOUNS) or (
            t.w in _DATING_EVENTS):
        return None
    return k - 2


def _named_place_start(toks: list[Token], sa: int, k: int) -> int | None:
    """Where "في" + a place's head noun + a name of one or two words ending at ``k`` opens
    ("في مدينة مصراتة"، "في محافظة دير الزور"), else None. The name's words are plain words
    that tell no outcome ("في مدينة القتلى" is no place's name)."""
    for h in (k - 1, k - 2):
        if h - 1 < sa:
            return None
        t = toks[h + 1]
        if not t.is_word or word_in(t, _TRIGGERS) or word_in(t, _NOUNS):
            return None
        if toks[h - 1].w == "في" and word_in(toks[h], _NAMED_PLACE_HEADS):
            return h - 1
    return None


def _day_digits(t: Token) -> bool:
    """Are ``t``'s digits a day of a month (1 to 31)?"""
    return t.is_digit and t.w.isdigit() and 1 <= int(t.w) <= 31


def _year_of_month(toks: list[Token], sa: int, k: int) -> bool:
    """Is the token at ``k`` a year's four digits right after a month's name ("أيار 2023"،
    "كانون الثاني 2024")?"""
    t = toks[k]
    return t.is_digit and len(t.w) == 4 and t.w[:2] in ("19", "20") and k - 1 >= sa and (
        word_in(toks[k - 1], _MONTH_STARTS) or toks[k - 1].w in _MONTH_NAME_ORDINALS_FOLDED)


def _named_period_start(toks: list[Token], sa: int, k: int) -> int | None:
    """Where a named period ending at ``k`` opens ("الأسبوع الماضي"، "منذ مطلع العام"), else
    None. The period noun alone may be the subject or an object ("العام"), so it needs an
    adjective of time after it or a preposition or part of the period before it."""
    if toks[k].w in _PERIOD_ADJECTIVES and k - 1 >= sa and toks[k - 1].w in _NAMED_PERIODS:
        p = k - 1
        if p - 1 >= sa and toks[p - 1].w == "في":
            p -= 1  # (round ar137) "قتلوا في الشهر الماضي ثلاثة": "in" opens the time
    elif toks[k].w in _PERIOD_ADJECTIVES and k - 1 >= sa and toks[k - 1].w in _WHEN_WORDS:
        # (round ar137) "قتلوا يوم الجمعة الماضي سبعة جنود": a weekday of last week, with
        # the day part or "يوم" before it
        p = k - 1
        while p - 1 >= sa and toks[p - 1].w in _WHEN_WORDS:
            p -= 1
    elif toks[k].w in _NAMED_PERIODS and k - 1 >= sa and toks[k - 1].w in _NAMED_PERIOD_OPENERS:
        p = k
    else:
        return None
    while p - 1 >= sa and toks[p - 1].w in _NAMED_PERIOD_OPENERS:
        p -= 1
    if k + 1 < len(toks) and toks[k + 1].w in _COMMAS and not (
            p - 1 >= sa and toks[p - 1].w in _COMMAS):
        # "قتلوا خلال العام الماضي، اثنان منهم بقذيفة": a comma after the period alone
        # closes the clause; set off on both sides it is an aside inside it
        return None
    return p


def _ago_start(toks: list[Token], sa: int, k: int) -> int | None:
    """"قبل يومين"، "قبل ثلاثة أيام": with a time unit at ``k``, where the phrase of time
    ago opens ("قبل"), else None."""
    p = k - 1
    if p > sa and (toks[p].is_digit or _count_word(toks[p])):
        p -= 1
    return p if p >= sa and toks[p].w in _AGO_BEFORE else None


def _stopped_not_held(toks: list[Token], k: int, c: _Count) -> bool:
    """Does the arrest verb at ``k`` stop something rather than hold someone? A thing it
    stops stands between it and the count, whose noun is then that thing's genitive
    ("أوقف البنك تراخيص 13 شركة"، "حسابات 40 تاجرا"), or the count's people are suspended
    from their work ("أوقفت الوزارة 20 موظفا عن العمل"). Machines and plants stop working
    as licences do, before the count ("ما أوقف مضخات الري في مئات المزارع") or as what
    it counts ("وتوقف عدد من الوحدات للصيانة")."""
    if any(word_in(toks[r], _STOPPED_THINGS) or word_in(toks[r], _MACHINES)
           for r in range(k + 1, c.a)):
        return True
    counted = c.b + 1 if c.b < len(toks) and toks[c.b].w == "من" else c.b
    if counted < len(toks) and word_in(toks[counted], _MACHINES):
        return True
    end = min(len(toks), c.b + 4)
    return any(toks[r].w == "عن" and r + 1 < end and toks[r + 1].w in _SUSPENDED_FROM
               for r in range(c.b, end))


def _reached_by_another(toks: list[Token], k: int, a: int) -> bool:
    """Does a verb of reaching between the outcome word at ``k`` and the count at ``a``
    have another subject than it? Its subject is the phrase right before it, and the
    outcome word heads that phrase only when every word between them is its own: an
    adjective as definite as it ("اعتقالات واسعة"، "الاعتقالات الواسعة"), a place or a
    time after a preposition ("اعتقالات في البلدة"), an act joined by "و" ("اعتقالات
    ومداهمات"). A verb, a word with a pronoun suffix or a noun of other definiteness
    before the verb ("الاعتقال رافقتها تحقيقات ميدانية طالت") is the start of another
    subject, whose reach the count is."""
    v = next((r for r in range(a - 1, k, -1) if toks[r].w in _REACHING), None)
    if v is None:
        return False
    definite = toks[k].w.lstrip("و").startswith("ال")
    after_prep = False
    for r in range(k + 1, v):
        w = toks[r].w
        if w in _REACH_PREPS:
            after_prep = True
        elif not toks[r].is_word or w.endswith(_PLURAL_POSSESSIVES) or (
                not after_prep and not (len(w) > 2 and w[0] == "و")
                and w.startswith("ال") != definite):
            return True
    return False


def _hit_by_agent(toks: list[Token], sa: int, k: int, gap: int) -> bool:
    """Whether the subject of the active "أصاب" at ``k`` wounds: the word after it when
    words stand between it and the count ("أصاب القصف 5 مدنيين"), or a definite noun
    right before it after a complementizer or at the sentence's start ("إن الشلل أصاب 3
    مستشفيات"). A verb with no subject in reach ("وأصابت 30 آخرين") keeps its reading."""
    if gap > 0:
        subject = toks[k + 1]
    elif k - 1 >= sa and toks[k - 1].w.startswith("ال") and (
            k - 1 == sa or toks[k - 2].w in _COMPLEMENTIZERS):
        subject = toks[k - 1]
    else:
        return True
    return bool(word_in(subject, _WOUNDING)) or subject.w.endswith(_SOUND_PLURAL_ENDINGS)


def _victim_idiom(toks: list[Token], sa: int, k: int) -> bool:
    """"راح ضحيته", "ذهب ضحيتها": the victim word at ``k`` right after its verb."""
    return k > sa and bool(word_in(toks[k - 1], _VICTIM_VERBS))


def _noun_left_to_reader(toks: list[Token], t: int, h: int | None,
                         figures: list[_Figure]) -> bool:
    """Headline copy drops the noun of a second count that the first one named: "مقتل 5
    مسلحين وضبط 9 في ..." seizes nine of the same men. Only a bare count (a preposition or
    nothing after it) coordinated right after a figure that named its people."""
    if not toks[t].w.startswith("و") or not figures or figures[-1].group is None:
        return False
    if figures[-1].b != t:
        return False
    return h is None or toks[h].w in _BARE_COUNT_ENDS


def _is_person(toks: list[Token], h: int | None) -> bool:
    """Is the counted noun at ``h`` a person word (a listed person noun or plural, an
    "others" word, a sound masculine plural or an accusative nisba)?"""
    if h is None:
        return False
    t = toks[h]
    if t.w == "من" and h + 1 < len(toks) and toks[h + 1].w.startswith("ال") and len(
            toks[h + 1].w) > 4:
        # "تصفية 4 من العناصر الإرهابية": the partitive's definite plural is the noun
        t = bare_token(toks[h + 1].w[2:])
        if t.w.endswith(_SOUND_PLURAL_ENDINGS) and t.w[:-2] in _SINGULAR:
            return True  # (round ar125) "تحتجز 5 من الموظفين": a person's sound plural
    elif t.w == "من" and h + 1 < len(toks) and toks[h + 1].w in _OWN:
        # "تحييد 11 من عناصر الحركة"، "9 من مقاتلي التنظيم": a members' plural in construct
        # with the party they belong to is people
        return True
    return bool(word_in(t, _PERSON_PLURALS) or _singular(t) or word_in(t, _DUALS)
                or t.w in _OTHERS or word_in(t, _NOUNS) or t.w in _TRADE_SUSPECTS
                or t.w.endswith(_PEOPLE_NISBA_ENDINGS) or t.w in _OF_PEOPLE)


def _bare_poisoned(toks: list[Token], c: _Count, sb: int) -> bool:
    """(round ar183) Does a count with no noun after poisoning or suffocation end at once,
    before its cause, a place or a time ("وتسمم العشرات بمياه ملوثة"، "اختناق 14 في
    المصنع")? Those are people; things poisoned have their noun or their "من" ("تسمم
    المئات من الطيور").
    """
    return c.b >= sb or toks[c.b].w.startswith("ب") or toks[c.b].w in _BARE_COUNT_ENDS


def _person_plural(toks: list[Token], h: int | None) -> bool:
    """(round ar139) Is the counted noun at ``h`` the sound plural of a listed person
    singular, bare ("يحتجزون 7 موظفين") or in construct with its owner's pronoun after
    "من" ("عددا من موظفيها")? People, for the triggers that take only people."""
    if h is None:
        return False
    t = toks[h].w
    if t.endswith(_SOUND_PLURAL_ENDINGS) and t[:-2] in _SINGULAR:
        return True
    own = toks[h + 1].w if t == "من" and h + 1 < len(toks) else t
    return own.endswith(_OWNED_PLURAL_ENDINGS) and own[:own.rindex("ي")] in _SINGULAR


def _outcome_participle_after(toks: list[Token], h: int, sb: int) -> bool:
    """(round ar145) After "من" at ``h``, a definite plural of people and a definite
    outcome noun as its adjective ("اثنين من الأطفال المصابين"، "ثلاثة من المدنيين
    الجرحى")? A part of those hurt, killed or taken, as "اثنين من الجرحى" is."""
    if h + 2 >= sb or not toks[h + 1].w.startswith("ال") or not toks[h + 2].w.startswith("ال"):
        return False
    people = toks[h + 1].w[2:]
    if people not in _PERSON_PLURALS and not (
            people.endswith(_SOUND_PLURAL_ENDINGS) and people[:-2] in _SINGULAR):
        return False
    nf = word_in(toks[h + 2], _NOUNS)
    return nf is not None and _NOUNS[nf] in _PART_PARTICIPLE_OUTCOMES


def _agrees(head: Token, adj: Token) -> bool:
    """Can the outcome noun be the head's adjective? An adjective takes the head's
    definiteness, and a body ("جثمان", "جثث") is a noun of its own ("شيع آلاف المواطنين
    جثمان جندي")."""
    return (head.w.startswith("ال") == adj.w.startswith("ال")) and not word_in(
        adj, _BODIES) and not word_in(adj, _TRIGGERS)


def _possessed_adjective(toks: list[Token], g: int, sb: int) -> tuple[int, str] | None:
    """"من قادتهم المعتقلين": a partitive's noun with a plural or feminine pronoun suffix
    (not the bare "ه", which is also a folded ta marbuta) and a definite outcome noun
    right after it: (the outcome noun's index, its vocabulary form)."""
    if toks[g].w != "من" or g + 2 >= sb:
        return None
    noun, adj = toks[g + 1], toks[g + 2]
    if not (noun.is_word and adj.is_word) or noun.w.startswith(_AL_WA_PREFIXES) or len(
            noun.w) < 5 or not noun.w.endswith(_PLURAL_POSSESSIVES):
        return None
    if not adj.w.startswith("ال") or word_in(adj, _BODIES):
        return None
    af = word_in(adj, _NOUNS)
    if not af or _shared_after(toks, g + 2, sb) or _former(toks, g + 2, sb):
        return None
    if any(word_in(t, _DISEASES) for t in toks[g + 3:min(sb, g + 5)]):
        return None  # "30 من مرضاهم المصابين بالكوليرا": a disease's cases (the check of
        # the figure's own window ends before this longer group's disease)
    return g + 2, af


def _held_state_after_group(toks: list[Token], c: _Count, g: int,
                            sb: int) -> tuple[int, str, int] | None:
    """"عن ثلاثة من أعضائها معتقلين"، "إن ثلاثة من أبناء القرية مختطفون": a count after a
    preposition or a complementizer, its partitive group definite (a plural pronoun suffix,
    or a noun and its definite genitive), then an indefinite state noun, a quote mark
    allowed before it: (the state noun's index, its vocabulary form, the group's end).
    An indefinite noun cannot describe the definite group, so it tells the state the
    counted are in; after an indefinite group ("من أقارب معتقلين") it is a genitive."""
    if toks[g].w != "من" or c.a - 1 < 0 or toks[c.a - 1].w not in _HELD_STATE_COUNT_BEFORE:
        return None
    end = _definite_group_end(toks, g + 1, sb)
    if end is None:
        return None
    k = end + 1 if end < sb and toks[end].w == '"' else end
    if k >= sb or not toks[k].is_word or toks[k].w.startswith("ال"):
        return None
    nf = word_in(toks[k], _NOUNS)
    if not nf or _NOUNS[nf] not in _STATUS_OUTCOMES or _former(toks, k, sb):
        return None
    return k, nf, end


def _definite_group_end(toks: list[Token], m: int, sb: int) -> int | None:
    """The end of a definite partitive group opening at ``m``: a noun with a plural
    pronoun suffix ("أعضائها"), or a noun in construct with a definite genitive ("أبناء
    القبيلة"); None otherwise."""
    if m >= sb or not toks[m].is_word or toks[m].w.startswith(_AL_WA_PREFIXES):
        return None
    if len(toks[m].w) >= 5 and toks[m].w.endswith(_PLURAL_POSSESSIVES):
        return m + 1
    if m + 1 < sb and toks[m + 1].is_word and (
            toks[m + 1].w.startswith("ال")) and not word_in(toks[m + 1], _NOUNS):
        return m + 2
    return None


def _former(toks: list[Token], k: int, sb: int) -> bool:
    """Is the outcome noun at ``k`` described as former ("المعتقلين السابقين")? Those
    people were held once and are counted by no figure now. The adjective takes the
    noun's definiteness."""
    return k + 1 < sb and toks[k + 1].w in _FORMER and toks[k].w.startswith("ال") == toks[
        k + 1].w.startswith("ال")


def _is_possessed_kin(t: Token) -> bool:
    """"وأطفالهما", "أبناؤه", "وإخوته": a plural kin noun with a possessive suffix."""
    w = t.w[1:] if t.w[:1] == "و" else t.w
    return t.is_word and any(w.endswith(p) and w[:-len(p)] in _KIN for p in _POSSESSIVES)


def _sentenced(toks: list[Token], sa: int, k: int) -> bool:
    """Is the outcome word at ``k`` a death sentence ("قضت المحكمة بإعدام", "حكما
    بالإعدام")? A verdict word within the four words before it makes it one."""
    if not word_in(toks[k], _EXECUTION):
        return False
    if toks[k].w == "الاعدام" and k + 1 < len(toks) and (toks[k + 1].w == "ل" or (
            toks[k + 1].w[:1] == "ل" and _count_word(toks[k + 1]))):
        return True  # a court page's headline: "الإعدام لـ5 متهمين" (the penalty for)
    # (eight tokens: the court's name and an aside may stand between, "قضت محكمة جنايات
    # الزقازيق، اليوم الخميس، بإعدام 5 متهمين")
    window = range(max(sa, k - 8), k)
    if any(toks[m].w in _CARRIED_OUT for m in window):
        # "نفذت السلطات أحكام الإعدام بحق 23 مدانا": a sentence carried out (the perfect
        # verb; "وقف تنفيذ أحكام الإعدام" is none) is a death
        return False
    return any(word_in(toks[m], _VERDICTS) for m in window)


# (speed round 17) ``_count_word``'s three look-ups kept per text: ``word_in``'s answer
# hangs on the word and its ``is_word`` alone (a found form is never empty), and the
# casualty engine's tokens are ``tokenize``'s, whose ``is_word`` is ``bare_token``'s.
_COUNT_WORD_TEST = _WordTest(lambda w: bool(
    word_in(bare_token(w), _VAGUE) or word_in(bare_token(w), _UNITS)
    or word_in(bare_token(w), _TENS)))


def _count_word(t: Token) -> bool:
    return t.is_word and _COUNT_WORD_TEST[t.w]


def _dual_subject_before(toks: list[Token], k: int) -> bool:
    """Does a dual or plural word stand right before the word at ``k`` ("اثنين آخرين
    أسرا"، "جنديين أسرا")? Only then does a dual verb that also spells a plural noun agree
    with a subject; after a bare number ("40 أسرا") it is the noun."""
    return k > 0 and toks[k - 1].is_word and toks[k - 1].w.endswith(_DUAL_ENDINGS)


def _aside_close(toks: list[Token], i: int, sb: int, max_tokens: int = 10) -> int | None:
    """The comma that closes an aside opened before ``i``, within ``max_tokens``; None at
    a sentence's end or with no comma."""
    close = next((r for r in range(i, min(sb, i + max_tokens))
                  if toks[r].w in ("،", ",") or is_end(toks[r])), None)
    return None if close is None or is_end(toks[close]) else close


def _nominal_predicate(toks: list[Token], sa: int, c: _Count, group: tuple[int, int],
                       sb: int) -> tuple[int, str] | None:
    """A nominal sentence the count opens (a headline's, or one after a colon or "ان"):
    the counted noun, "من" and the body it belongs to (a definite noun or a name in
    quotes), then an indefinite plural outcome noun ('ثلاثة مقاتلين من "قسد" قتلى'). A
    name takes no genitive, so the noun is the predicate, the state of the counted. (The
    end and the outcome, or None.)"""
    h = group[0]
    if c.a > sa and toks[c.a - 1].w != ":" and toks[c.a - 1].w not in _COMPLEMENTIZERS:
        return None
    k = h + 1
    if k + 2 >= sb or toks[k].w != "من":
        return None
    k += 1
    if toks[k].w in _OPENING_QUOTES:
        close = next((r for r in range(k + 1, min(sb, k + 5)) if toks[r].w in _CLOSING_QUOTES),
                     None)
        if close is None:
            return None
        k = close + 1
    elif toks[k].is_word and toks[k].w.startswith("ال") and not word_in(toks[k], _NOUNS):
        k += 1
    else:
        return None
    if k >= sb or toks[k].w not in _PREDICATE_TOLLS or _shared_after(toks, k, sb):
        return None
    return k + 1, str(_NOUNS[word_in(toks[k], _NOUNS)])  # type: ignore[index]


def _fled_hurt(toks: list[Token], b: int, sb: int) -> tuple[int, str] | None:
    """The end and outcome of a circumstantial clause within a few words after a flight
    ("تمكنوا من الفرار وهم مصابون"): "وهم" and an indefinite noun of the wounded or the
    dead. None at a clause's end or with no such clause."""
    for k in range(b, min(sb - 1, b + 5)):
        t = toks[k]
        if is_end(t) or t.w in ("،", ",", ":"):
            return None
        if t.w in _CIRCUMSTANTIAL and not toks[k + 1].w.startswith("ال") and (
                nf := word_in(toks[k + 1], _NOUNS)) and _NOUNS[nf] in ("wounded", "killed"):
            return k + 2, str(_NOUNS[nf])
    return None


def _forward(toks: list[Token], j: int, sb: int, max_gap: int = 6) -> tuple[int, str] | None:
    """An outcome verb after the counted phrase: (end token index, outcome)."""
    gap = 0
    k = j
    while k < sb and gap <= max_gap:
        t = toks[k]
        if (held := held_clause_after_comma(toks, k, sb)) is not None:
            return k + 4, held  # "ثلاثة شبان من ريف البلدة، كانوا قد خطفوا"
        if t.w in ("،", ",") and k + 2 < sb and word_in(toks[k + 1], _SUBGROUP) and (
                toks[k + 2].is_digit or _count_word(toks[k + 2]) or word_in(
                    toks[k + 2], _DUALS) or _singular(toks[k + 2])):
            # "14 مدنيا، بينهم ست نساء وخمسة أطفال، قتلوا": a sub-group set off by
            # commas between the counted noun and its verb
            close = next((r for r in range(k + 3, min(sb, k + 10))
                          if toks[r].w in ("،", ",") or is_end(toks[r])), None)
            if close is not None and not is_end(toks[close]):
                k = close + 1
                gap += 1
                continue
        if t.w in ("،", ",") and k + 1 < sb and toks[k + 1].w in _NAMING_PRONOUNS and (
                close := _aside_close(toks, k + 2, sb)) is not None:
            # "مدنيين اثنين، هما بائع شاي وابنه، قتلا": an apposition that names who the
            # counted are, set off by commas before their verb, as "الطفلين، وهما
            # شقيقان ...، قتلا" is after a definite dual
            k = close + 1
            gap += 1
            continue
        if t.w in ("،", ",") and k + 1 < sb and toks[k + 1].w == "اي":
            # "1.9 مليون شخص، أي نحو 90% من السكان، نزحوا": an apposition that says the
            # count again in other words, set off by commas before the verb
            close = next((r for r in range(k + 2, min(sb, k + 12))
                          if toks[r].w in ("،", ",") or is_end(toks[r])), None)
            if close is not None and not is_end(toks[close]):
                k = close + 1
                gap += 1
                continue
        if t.is_digit and k > j and toks[k - 1].w in _NUMBERED:
            # "ثلاثة من أبطال اللواء 51 ارتقوا": the unit's number is its name, in the group
            k += 1
            gap += 1
            continue
        if is_end(t) or t.w in (":", "،", ",") or t.is_digit or t.w in _COMPLEMENTIZERS:
            # (a complementizer opens reported words: 'وقال أحد الوجهاء إن بين القتلى')
            return None
        if t.is_word:
            if k == j and k > 0 and (toks[k - 1].w in _OF_THEM or toks[k - 1].w in _OTHERS) and (
                    nf := word_in(t, _NOUNS)) and (_NOUNS[nf] in _STATUS_OUTCOMES or (
                        toks[k - 1].w in _OF_THEM and t.w in _DEAD_OF_THEM)):
                # "لا يزال 9 منهم محتجزين"، "3 منهم مفقودون"، "فيما لا يزال 3 آخرون مفقودين";
                # (round ar112) the dead as the state: "أردت ثلاثة منهم قتلى"
                return k + 1, str(_NOUNS[nf])
            if t.w == "عداد" and k + 1 < sb and (nf := word_in(toks[k + 1], _NOUNS)):
                return k + 2, str(_NOUNS[nf])  # "في عداد المفقودين"
            if t.w == "في" and k + 1 < sb and toks[k + 1].w in _STATE_AFTER_FI:
                return k + 2, str(_STATE_AFTER_FI[toks[k + 1].w])  # "5 جنود في الأسر"
            if t.w in _STILL and k + 1 < sb and (nf := word_in(toks[k + 1], _NOUNS)) and (
                    toks[k - 1].w in _MA_LA_NEGATIONS):
                return k + 2, str(_NOUNS[nf])  # "30 منهم ما زالوا مختطفين"
            if t.w in _BECOMING and k + 1 < sb and (nf := word_in(toks[k + 1], _NOUNS)) and (
                    _NOUNS[nf] in _STATUS_OUTCOMES):
                return k + 2, str(_NOUNS[nf])  # "2,5 مليون شخص باتوا نازحين"
            if t.w in _FALLEN_AS and k + 1 < sb and not toks[k + 1].w.startswith("ال") and (
                    nf := word_in(toks[k + 1], _NOUNS)):
                return k + 2, str(_NOUNS[nf])  # "ثلاثة جنود سقطوا قتلى"
            if t.w == "بين" and _shared_after(toks, k, sb):
                return None
            if k + 1 < sb and toks[k + 1].w in _LIFE and word_in(t, _PARTING):
                return k + 2, "killed"  # "الطفلين فارقا الحياة"
            if k + 1 < sb and toks[k + 1].w in _SELF and word_in(t, _SELF_VERBS):
                return k + 2, "killed"  # "اثنين من الإرهابيين فجرا نفسيهما"
            if word_in(t, _SUBGROUP) and k + 2 < sb and (
                    toks[k + 1].is_digit or _count_word(toks[k + 1])):
                # "11 شخصا بينهم 4 أطفال قتلوا": the sub-group before the verb
                k += 3
                gap += 3
                continue
            if t.w in _WERE_PLURAL_VERBS and k + 1 < sb and word_in(toks[k + 1], _HELD):
                return k + 2, "arrested"  # "40 مهاجرا كانوا محتجزين": who holds is read next
            if t.w in _BETWEEN_OR_WERE_WORDS and k + 1 < sb:
                nk = k + 1 if t.w == "بين" else k + 2
                if nk < sb and (nf := word_in(toks[nk], _NOUNS)) and (
                        t.w == "بين" or toks[k + 1].w in _BETWEEN_FROM_WORDS):
                    return nk + 1, str(_NOUNS[nf])
            if k + 2 < sb and toks[k + 1].w == "من" and word_in(t, _SUFFERING) and word_in(
                    toks[k + 2], _SUFFERED_INJURIES):
                return k + 3, "wounded"  # (round ar137) "اثنين من البحارة يعانيان من إصابات"
            if "فقد" in t.w and k + 1 < sb and word_in(t, _LOST_VERBS) and (
                    what := _lost_what(toks[k + 1], toks[k + 2] if k + 2 < sb else None)):
                # "5 أشخاص فقدوا حياتهم": a death; "فقدوا منازلهم": nothing of theirs
                return (k + 2, "killed") if what == "life" else None
            if t.w in _TO_ON_FOLDED and k + 2 < sb and toks[k + 1].w in _LEAVING_MASDARS and (
                    toks[k + 2].w in _HOMES_LEFT):
                return k + 3, "displaced"  # "500 شخص على ترك منازلهم": made to flee them
            if t.w in _TO_ON_FOLDED and (end := pushed_to_leave(toks, j, k, sb)) is not None:
                return end, "displaced"  # (round ar131) "دفعت المعارك آلاف العائلات إلى مغادرتها"
            if t.w in FLIGHT_WITH_LI and (end := pushed_to_flee(toks, j, k, sb)) is not None:
                return end, "displaced"  # (round ar163) "اضطرت 500 أسرة للنزوح"
            if toks[k].w in _RISING and k + 1 < sb and toks[k + 1].w in _TO_ON_FOLDED:
                return None  # "ارتقوا الى المنتخب": promoted, alive
            if toks[k].w in _LEFT_HOMES_VERBS and k + 1 < sb and toks[k + 1].w in _HOMES_LEFT and (
                    word_in(toks[j - 1], _HOUSEHOLDS)):
                return k + 2, "displaced"  # "عشرين أسرة على الأقل تركت منازلها": fled them
            f = word_in(toks[k], _AFTER)
            if f in _DUAL_AFTER_PEOPLE and not _dual_subject_before(toks, k):
                f = None  # "40 أسرا نازحة": families, with no dual subject before them
            if f and toks[k].w in (f, "و" + f, "ف" + f, "قد" + f):
                if k + 1 < sb and toks[k + 1].w in _RESUMPTIVE and not _plural_resumed(
                        toks, k, sb):
                    # "في قضية تفجير قتل فيه 27 شخصا": the verb's pronoun is the event's,
                    # its subject comes after it; the count before belongs elsewhere
                    return None
                # "قتلوا جنديا": the count is the killer, not the victim.
                if toks[k].w == "و" + f and qualified_count_after(toks, k, sb):
                    return None
                if k + 1 < sb and (word_in(toks[k + 1], _SINGULAR) or toks[k + 1].is_digit or (
                        toks[k + 1].is_word and (_singular(toks[k + 1]) or word_in(
                            toks[k + 1], _DUALS) or _counted_object(toks, k + 1, sb)))) and (
                        not joined_own_verb(toks, k + 1, sb)) and not (
                        _joined_own_noun(toks, k + 1, sb) or _in_front_of(
                            toks, k + 1, sb, owned=True)):  # (round ar112)
                    # ((round ar151) "قتلوا أمام عينيه": "in front of" before a noun with a
                    # pronoun, folded as "إمام", is no imam they killed)
                    # also "قتلوا جنديا", "قتلوا جنديين", "إن المجندتين احتجزتا ثلاثة
                    # أطفال": the object is the victim
                    return None
                if f in _LEAVING and not left_as_flight(toks, j, k, sb):  # (rounds ar112, ar120)
                    return None  # "3 سفن غادرت الميناء": a departure, not a flight
                if _AFTER[f] == "displaced" and k + 2 < sb and toks[k + 1].w == "من" and (
                        toks[k + 2].w in _STATE_AFTER_FI):
                    # "فروا من الأسر": a flight out of captivity ends it, as a release
                    # does; the captives keep their count (no one is displaced)
                    return k + 3, str(_STATE_AFTER_FI[toks[k + 2].w])
                if _AFTER[f] == "arrested" and k + 2 < sb and toks[k + 1].w == "عن" and (
                        toks[k + 2].w in _SUSPENDED_FROM):
                    # "ثلاثة موظفين أوقفوا عن العمل": suspended from their work, not held
                    return None
                if f in _LAQIYA:
                    end = _death_object(toks, k + 1, sb)
                    return (end, "killed") if end else None
                if k + 2 < sb and toks[k + 1].w == "او" and word_in(toks[k + 2], _AFTER):
                    # "عشرات المسلحين قتلوا أو اعتقلوا": one count, two outcomes, as
                    # "قتل أو أصيب أكثر من 900 طفل" before it
                    return None
                return k + 1, str(_AFTER[f])
            if _one_as_adjective(toks, j, k):
                k += 1  # "طفلين من عائلة واحدة أصيبا": "one" describes the family
                gap += 1
                continue
            if word_in(t, _TRIGGERS) or t.w in _BREAKS or _count_word(t):
                return None
            if k > j and (word_in(t, _BODIES) or _singular(t)):
                # "شيع آلاف المواطنين جثمان جندي قتل ...": the verb is the new noun's
                return None
            gap += 1
        k += 1
    return None


def _lost_kin(toks: list[Token], sa: int, k: int, max_kin: int = 3) -> int | None:
    """The verb of losing whose object is the dual of kin with a possessive at ``k``
    ("وشقيقيه"), with at most ``max_kin`` more of one's own joined before it ("فقد والده
    وشقيقيه"), or None."""
    m = k - 1
    while m >= sa and k - m <= max_kin and toks[m].is_word and len(toks[m].w) >= 4 and (
            toks[m].w.endswith(_OBJECT_PRONOUN_SUFFIXES)) and not word_in(toks[m], _LOST_VERBS):
        m -= 1
    return m if m >= sa and word_in(toks[m], _LOST_VERBS) and toks[m].w.lstrip("و") in (
        _LOST_VERBS) else None


def _lost_what(t: Token, after: Token | None = None) -> str | None:
    """After a verb of losing, its object: "life" for one's life ("حياتهم"، "أرواحهم"),
    "own" for anything else with the pronoun of the ones who lost it ("منازلهم"), or a
    noun in construct with such a word after it (``after``: "مصدر رزقهم"، "سبل عيشهم"),
    None when no such object follows (the passive: "فقدوا في البحر"، "فقدوا خلال
    رحلتهم": a preposition or an adverb of time heads no object)."""
    if not t.is_word:
        return None
    if t.w in _LOST_LIVES:
        return "life"
    if _owned(t) or t.w in _LOST_ABSTRACTS:
        return "own"
    if after is not None and _owned(after) and not t.w.startswith("ال") and (
            t.w not in _LOST_NOT_HEADS):
        return "own"
    return None


def _owned(t: Token) -> bool:
    """A word with the pronoun of the ones who lost it ("منازلهم"، "رزقهم")."""
    return t.is_word and len(t.w) >= 5 and t.w.endswith(_THEIR_HER_SUFFIXES) and (
        t.w not in _PRONOUN_PREPS)


def _counted_object(toks: list[Token], k: int, sb: int) -> bool:
    """A number word at ``k`` and a person after it ("ثلاثة أطفال"): the object of the
    verb before, counted."""
    return _count_word(toks[k]) and k + 1 < sb and _is_person(toks, k + 1)


def _one_as_adjective(toks: list[Token], j: int, k: int) -> bool:
    """"واحدة" after the noun of a "من" phrase inside the counted group ("طفلين من عائلة
    واحدة"، "خمسة أشخاص من أسرة واحدة"): an adjective of that noun, no count of its own."""
    if toks[k].w not in _ONE or k - 2 < j or not toks[k - 1].is_word or toks[
            k - 1].is_digit or toks[k - 1].w.startswith("ال"):
        return False
    # ("سبعة من أفراد عائلة واحدة": the family in construct after "من", which may be the
    # partitive that heads the group, just before ``j``)
    return toks[k - 2].w == "من" or (k - 3 >= j - 1 and toks[k - 3].w == "من" and toks[
        k - 2].is_word and not toks[k - 2].w.startswith("ال"))


def _death_object(toks: list[Token], k: int, sb: int, reach: int = 8,
                  long_reach: int = 12) -> int | None:
    """End of the death noun of "لقي" ("مصرعه"، "حتفهم") from ``k``: within ``reach``
    words, or up to ``long_reach`` over plain words only. The subject of "لقي" may name
    its people's unit and the body it answers to ("عنصران من فريق الإطفاء التابع لبلدية
    المدينة بمحافظة ...") before the death noun; a mark, a clause break or another
    outcome word ends that run, so a later clause's death noun is not taken."""
    for m in range(k, min(k + long_reach, sb)):
        if toks[m].w in _DEATH_OBJ:
            return m + 1
        if m + 1 - k >= reach and (not toks[m].is_word or toks[m].w in _BREAKS or word_in(
                toks[m], _TRIGGERS) or word_in(toks[m], _NOUNS) or word_in(toks[m], _LAQIYA)):
            return None
    return None


def _laqiya_item(toks: list[Token], sa: int, sb: int, j: int) -> int | None:
    """"لقي ضابط كبير وثلاثة من حراسه مصرعهم"، "لقيت امرأة وطفلان مصرعهم": the item
    joined by "و" at ``j`` to the subject of "لقي" a few words back, the plural death
    noun after it. Returns where the item's figure ends (after the death noun)."""
    if not toks[j].w.startswith("و"):
        return None
    end = None
    for m in range(j + 2 if toks[j].w == "و" else j + 1, min(j + 5, sb)):
        if toks[m].w in _PLURAL_DEATH_OBJ:
            end = m + 1
            break
        if (not toks[m].is_word and not toks[m].is_digit) or toks[m].w in _DEATH_OBJ:
            return None
    if end is None:
        return None
    for m in range(j - 1, max(sa, j - 9) - 1, -1):
        if not toks[m].is_word or is_end(toks[m]):
            return None
        if word_in(toks[m], _LAQIYA):
            return end if m < j - 1 else None
    return None


def _qual_after(toks: list[Token], j: int, sb: int) -> tuple[int, str] | None:
    for k in (j, j + 1, j + 2):
        hit = phrase_at(toks, k, _QUAL_AFTER, max_len=2) if k < sb else None
        if hit:
            return hit[0], str(hit[1])
    return None


_REMAINS = fold_set(V.DEFINITE_REMAINS)
_BELONG = fold_set(V.BELONGING_VERBS)


def _to_death(toks: list[Token], i: int, sb: int) -> bool:
    """"حتى الموت"/"حتى الوفاة" at ``i``: what was done went on until the person died."""
    return i + 1 < sb and toks[i].w == "حتي" and toks[i + 1].w in _DEATH_ENDS


def _their_bodies(toks: list[Token], c: _Count, sb: int) -> tuple[int, str] | None:
    """"N منهم" (a qualifier may follow) and, within four plain words, "جثثهم"/
    "جثامينهم": where the figure ends and its qualifier."""
    j = c.b
    if j >= sb or toks[j].w not in _OF_THEM:
        return None
    qual = c.qual
    qa = _qual_after(toks, j + 1, sb)
    if qa:
        j, qual = qa[0] - 1, qa[1]
    for m in range(j + 1, min(j + 5, sb)):
        if not toks[m].is_word or toks[m].w in _BREAKS:
            return None
        if toks[m].w in _THEIR_BODIES:
            return m + 1, qual
    return None


def _critical_state(toks: list[Token], sa: int, sb: int, c: _Count,
                    figures: list[_Figure], max_words: int = 3) -> tuple[int, int] | None:
    """"حالة N منهم حرجة" or "N منهم في حالة حرجة" after a figure of the wounded in the
    sentence: the span of the sub-group, from "حالة" (or the count) to the severity.
    Others of them in a state are the same sub-group ("وإن خمسة آخرين في حالة حرجة"),
    and a stay in hospital that the state calls for is its severity ("حالة اثنين منهم
    تستدعي البقاء في المستشفى"); quotation marks around the state are passed over."""
    if not _wounded_before(toks, sa, c.a, figures):
        return None
    # (round ar165) "still" or lying between the part and its state is passed over: "12
    # منهم ما زالوا في العناية المركزة"، "ثلاثة منهم لا يزالون في حالة حرجة"
    k = _past_still(toks, c.b + 1, sb) if toks[c.b].w in _OF_THEM else c.b + 1
    if toks[c.b].w in _OF_THEM and (end := _part_injury_end(toks, k, sb)) is not None:
        return c.a, end  # "اثنان منهم بكسور في الأطراف"، "ثلاثة منهم في العناية المركزة"
    a = c.a - 1 if c.a - 1 >= sa and (
        toks[c.a - 1].w in _STATE_NOUNS or toks[c.a - 1].w in _WOUND_NOUNS) else c.a
    state = a < c.a
    destination = False  # "إلى" met: a place the wounded were moved to may run longer
    if toks[c.b].w in _OTHERS and not (c.b + 1 < sb and toks[c.b + 1].w in _STATE_OPENERS):
        return None  # "وأصيب 5 آخرون بجروح": the others are a figure of their own
    words = 0
    for m in range(k, sb):
        w = toks[m].w
        if w in _OPENING_QUOTES or w in _CLOSING_QUOTES:
            continue
        words += 1
        if not toks[m].is_word or w in _BREAKS:
            return None
        if w in _SEVERITY_BEFORE and m + 1 < sb and toks[m + 1].w in _STATE_AFTER_THEM and (
                words <= max_words + 1 or (destination and words <= _DESTINATION_MAX)):
            # "نقل اثنان منهم إلى العاصمة لخطورة حالتهما"، "نقل ستة منهم إلى مستشفيات في
            # مدينة حلب لخطورة حالتهم": moved for the gravity, past where to
            return a, m + 2
        if w in _TO_FOLDED and m + 2 < sb and (toks[m + 1].w, toks[m + 2].w) == (
                _INTENSIVE_CARE) and words <= max_words:
            return a, m + 3  # "وأن اثنين منهم نقلا إلى العناية المركزة"
        if w in _NEEDING and words <= max_words and (end := _surgery_end(toks, m + 1, sb)):
            return a, end  # "وان أربعة منهم يحتاجون الى عمليات جراحية"
        destination = destination or w in _TO_FOLDED
        if words > max_words + 2 and not destination:
            return None
        if words <= max_words + 1 and (w in _STATE_AFTER_THEM or (
                w == "في" and m + 1 < sb and toks[m + 1].w in _STATE_AFTER_THEM)):
            state = True
        elif state and (((w in _SEVERITY or w in _MODERATE_STATE) and words <= max_words + 1)
                        or w in _HOSPITAL_STAY):
            # (round ar186: a moderate state too, "حالة ثلاثة منهم متوسطة": still hurt)
            return a, m + 1  # (the stay in hospital is told in a few more words)
        elif a < c.a and w in _STABLE_STATE and words <= max_words + 1 and (
                _hurt_last_before(toks, sa, c.a, figures)):
            return a, m + 1  # (round ar191) "وإن حالة اثنين منهم مستقرة" after the hurt
    return None


_PART_STILL_NEGATIONS = fold_set(V.PART_STILL_NEGATIONS)
_PART_STILL_VERBS = fold_set(V.PART_STILL_VERBS)
_PART_STILL_ONE_WORD = fold_set((*V.PART_STILL_JOINED, *V.PART_LYING_VERBS))


def _hurt_last_before(toks: list[Token], sa: int, k: int, figures: list[_Figure]) -> bool:
    """(round ar191) Is the last figure before ``k`` in the sentence one of the wounded, or,
    with none, are the hurt named by their definite plural? (A stable state is said of the
    unhurt too; only a part of the hurt has it as a state of the wound.)"""
    before = [f for f in figures if sa <= f.b <= k]
    if before:
        return max(before, key=lambda f: f.b).outcome == "wounded"
    return any(toks[m].w.startswith("ال") and (nf := word_in(toks[m], _NOUNS))
               and _NOUNS[nf] == "wounded" for m in range(sa, k))


def _past_still(toks: list[Token], k: int, sb: int) -> int:
    """(round ar165) Past "ما زالوا"/"لا يزالون" (or one word of still or lying,
    "مازالوا"، "يرقدون") at ``k``, right after a part of the wounded: where its state
    starts; ``k`` when none stands there. A negation alone ("لا") is no "still"."""
    if k >= sb:
        return k
    if toks[k].w in _PART_STILL_ONE_WORD:
        return k + 1
    if k + 1 < sb and toks[k].w in _PART_STILL_NEGATIONS and toks[k + 1].w in (
            _PART_STILL_VERBS):
        return k + 2
    return k


def _one_household_displaced(toks: list[Token], sa: int, sb: int, k: int) -> bool:
    """Is the singular household at ``k`` one displaced family, the adjective or the verb of
    its flight right after it and no count, "any" or "each" before it?"""
    if k + 1 >= sb or toks[k + 1].w not in _DISPLACED_SINGULAR:
        return False
    if k == sa:
        return True
    prev = toks[k - 1]
    return not (prev.is_digit or _count_word(prev) or prev.w in _ANY_OR_EACH or word_in(
        prev, _MULT) or word_in(prev, _VAGUE))


def _wounded_before(toks: list[Token], sa: int, k: int, figures: list[_Figure]) -> bool:
    """Are the wounded told before ``k`` in the sentence, by a figure or by their definite
    noun? (The wounded may be named without a count: "نقلت الجرحى إلى المستشفى، مشيرة إلى
    أن ثلاثة منهم في حالة حرجة".)"""
    return any(f.outcome == "wounded" and f.b <= k for f in figures) or any(
        toks[m].w.startswith("ال") and (nf := word_in(toks[m], _NOUNS))
        and _NOUNS[nf] == "wounded" for m in range(sa, k))


def _part_injury_end(toks: list[Token], k: int, sb: int) -> int | None:
    """Right after a part of the wounded ("منهم"، "أحدهم"), at ``k``: what that part
    suffered or where it lies, an injury's noun after "بـ" ("بكسور في الأطراف"), intensive
    care ("في العناية المركزة") or a limb lost ("فقد إحدى ساقيه"، "بترت أطرافهم"). Such a
    part is counted among the wounded as a state of severity is; returns the end of what
    it suffered (an injury's place after "في" with it), or None."""
    while k < sb and toks[k].w in _OPENING_QUOTES:
        k += 1
    if k >= sb:
        return None
    w = toks[k].w
    if w in _PART_INJURIES:
        if k + 2 < sb and toks[k + 1].w == "في" and toks[k + 2].w.startswith("ال"):
            return k + 3
        return k + 1
    if _in_care_unit(toks, k, sb):
        return k + 3
    if w == "في" and k + 1 < sb and toks[k + 1].w in _HIT_BODY_PARTS:
        return k + 2  # "أحدهم في البطن": where he was hit
    if w in _LIMB_LOSS:
        m = k + 2 if k + 1 < sb and toks[k + 1].w in _LIMB_OF_PAIR else k + 1
        if m < sb and word_in(toks[m], _LIMBS):
            return m + 1
    return None


_PART_INJURIES = fold_set(V.PART_INJURY_NOUNS)
_CARE_UNIT = fold_word(V.CARE_UNIT_NOUN)
_CARE_UNIT_ADJECTIVES = fold_set(V.CARE_UNIT_ADJECTIVES)


def _in_care_unit(toks: list[Token], k: int, sb: int) -> bool:
    """"في العناية المركزة" at ``k``: where only the badly hurt lie."""
    return toks[k].w == "في" and k + 2 < sb and toks[k + 1].w == _CARE_UNIT and (
        toks[k + 2].w in _CARE_UNIT_ADJECTIVES)
_LIMB_LOSS = fold_set(V.LIMB_LOSS_VERBS)
_LIMB_OF_PAIR = fold_set(V.LIMB_OF_PAIR)
_LIMBS = fold_set(V.LIMB_NOUNS)
_HIT_BODY_PARTS = fold_set(V.HIT_BODY_PARTS)


def _surgery_end(toks: list[Token], k: int, sb: int) -> int | None:
    """After a verb of needing at ``k``: "الى عمليات جراحية" or "الى جراحة", the end of
    the surgery needed (the severity of a state of the wounded), or None."""
    if k < sb and toks[k].w in _TO_FOLDED:
        k += 1
    if k < sb and toks[k].w in _SURGERY:
        return k + 1
    if k + 1 < sb and toks[k].w in _OPERATIONS and toks[k + 1].w in _SURGERY:
        return k + 2
    return None


_NEEDING = fold_set(V.NEEDING_WORDS)
_OPERATIONS = fold_set(V.OPERATION_NOUNS)
_SURGERY = fold_set(V.SURGERY_WORDS)
_CLOSING_QUOTES = frozenset(('"', "»", "”"))
_STATE_OPENERS = frozenset(V.STATE_OPENERS)
_DESTINATION_MAX = V.SEVERITY_DESTINATION_MAX_WORDS
_TO_FOLDED = fold_set(V.TO_PREPOSITIONS)
_INTENSIVE_CARE = tuple(fold_word(w) for w in V.INTENSIVE_CARE)
_HOSPITAL_STAY = fold_set(V.HOSPITAL_STAY)


def _one_of_them_described(toks: list[Token], sa: int, sb: int, k: int,
                           figures: list[_Figure]) -> tuple[str, int] | None:
    """"مقتل شخصين، أحدهما عسكري في الجيش اللبناني"، "وأسرت اثنين آخرين، أحدهما يحمل
    الجنسية الإثيوبية": "أحدهما" after the comma that closes a figure of two or more, then
    who that one is (a person noun, a nationality held or named): one of that figure, with
    its outcome. Returns the outcome and the end of the description, or None."""
    if k - 1 <= sa or toks[k - 1].w not in ("،", ",") or k + 2 >= sb:
        return None
    fig = next((f for f in figures if f.b == k - 1 and f.count.low >= 2), None)
    if fig is None:
        return None
    w, nxt = toks[k + 1].w, toks[k + 2].w
    if not (w in _SINGULAR or (w in _NATIONALITY_HOLDING and nxt == _NATIONALITY)
            or (w.endswith("ي") and nxt == _NATIONALITY)):
        return None
    end = k + 2
    while end < min(sb, k + 2 + _DESCRIBED_MAX) and toks[end].is_word and (
            toks[end].w not in _BREAKS):
        end += 1
    return fig.outcome, end


def _one_of_them_hit(toks: list[Token], sa: int, sb: int, k: int,
                     figures: list[_Figure]) -> tuple[str, int] | None:
    """"أصيب 14 فلسطينيا، أحدهم بالرصاص الحي في البطن": "أحدهم" after the comma that
    closes a figure of two or more wounded or killed, then the weapon that hit that one:
    one of that figure, with its outcome. Returns the outcome and the end of the weapon's
    phrase (its definite adjectives), or None."""
    if k - 1 <= sa or toks[k - 1].w not in _COMMAS or k + 1 >= sb or (
            toks[k + 1].w not in _HIT_MEANS):
        return None
    fig = next((f for f in figures if f.b == k - 1 and f.count.low >= 2
                and f.outcome in ("killed", "wounded")), None)
    if fig is None:
        return None
    end = k + 2
    if not toks[k + 1].w.startswith("بال") and end < sb and toks[end].is_word and not (
            toks[end].w.startswith(_AL_WA_PREFIXES) or toks[end].w in _BREAKS
            or toks[end].w in _GROUP_END):
        end += 1  # an indefinite weapon's adjective or genitive: "برصاصة مطاطية"
    while end < sb and toks[end].is_word and toks[end].w.startswith("ال") and (
            toks[end].w not in _BREAKS):
        end += 1
    return fig.outcome, end


def _one_of_them_wounded(toks: list[Token], sa: int, sb: int, k: int,
                         figures: list[_Figure], max_words: int = 3) -> tuple[int, int] | None:
    """"وإن جراح أحدهما متوسطة"، "وحالة إحداهما حرجة"، "أحدهم في حالة حرجة": one of
    them, wounded. The wounds' noun before "أحدهما" says so by itself, with any degree
    after; the state before or after it only after a figure of the wounded in the
    sentence, and only with a word of severity ("حالة أحدهما مستقرة" is none). The
    span runs from the noun (or "أحدهما") to the degree."""
    wounds = k > sa and toks[k - 1].w in _WOUND_NOUNS
    state_before = k > sa and toks[k - 1].w in _STATE_NOUNS
    if not wounds and not any(f.outcome == "wounded" and f.b <= k for f in figures):
        return None
    a = k - 1 if wounds or state_before else k
    state = wounds or state_before
    for m in range(k + 1, min(sb, k + 1 + max_words + 1)):
        w = toks[m].w
        if not toks[m].is_word or w in _BREAKS:
            return None
        if wounds and w in _WOUND_DEGREES:
            return a, m + 1
        if w in _STATE_AFTER_THEM or w in _STATE_OF_ONE or (
                w == "في" and m + 1 < sb and toks[m + 1].w in _STATE_AFTER_THEM):
            state = True
        elif state and w in _SEVERITY:
            return a, m + 1
    return None


def _remains_owner(toks: list[Token], sa: int, c: _Count) -> int | None:
    """"الرفات تعود لـ21 رجلا"، "وتعود الجثث إلى 7 أشخاص": definite remains said to
    belong to the people counted after "لـ"/"إلى" are their dead. Returns where the
    figure starts (the remains or the verb, whichever comes first), or None."""
    p = c.a - 1
    if p - 2 < sa or toks[p].w not in _LI_TO_FOLDED:
        return None
    first, second = toks[p - 2], toks[p - 1]
    if first.w in _REMAINS and second.w in _BELONG:
        return p - 2  # the remains, then their verb
    if second.w in _REMAINS and first.w.removeprefix("و") in _BELONG:
        return p - 2  # the verb first
    return None


def _link(toks: list[Token], sa: int, sb: int, c: _Count,
          figures: list[_Figure], read: list[tuple[int, str]] | None = None
          ) -> _Figure | None:
    if any(map(_DISEASE_TEST.__getitem__, map(_TEXT, toks[max(sa, c.a - 6):min(sb, c.b + 3)]))):
        return None  # cases of a disease, not casualties
    if read and c.a - 3 >= sa and toks[c.a - 1].w in _TOLL_LINKS and toks[
            c.a - 2].w in _BARE_TOLLS and (
            c.b >= sb or not toks[c.b].is_word or toks[c.b].w in _HEAD_BREAKS) and (
            raised := raised_by_own_sentence(toks, sa, c.a - 3, read)):
        # "توفي ثلاثة منهم، ما يرفع الحصيلة إلى 11": the toll is all the figure, before any
        # noun further back is taken for its people
        return _Figure(c.a - 2, c.b, raised, c, None)
    if (not c.definite or toks[c.n].w[2:] in _ROUND or toks[c.n].w[2:] in _TENS or toks[
            c.n].w[2:] in _HUNDREDS) and (passed := passed_by_people(toks, sa, c.a, c.b, sb)):
        c.qual = "more_than"  # "إن القتلى تجاوزوا الثلاثين"
        return _Figure(passed[0], c.b, passed[1], c, None)
    if c.a - 1 >= sa and toks[c.a - 1].w in _TOLL_LINKS and c.b + 1 < sb and word_in(
            toks[c.b], _TOLL) and (tn := word_in(toks[c.b + 1], _TOLL_NOUNS)):
        # "ارتفعت إلى 31 حصيلة القتلى": the figure fronted before the toll it gives
        a = c.a - 2 if c.a - 2 >= sa and toks[c.a - 2].is_word and toks[
            c.a - 1].w == "الي" else c.a - 1
        return _Figure(a, c.b + 2, str(_TOLL_NOUNS[tn]), c, None)
    if (bodies := _their_bodies(toks, c, sb)) is not None:
        # "سبعة منهم على الأقل تظهر على جثثهم آثار تعذيب": those whose bodies are spoken of
        # are dead, a sub-group of the dead named before
        c.qual = bodies[1]
        return _Figure(c.a, bodies[0], "killed", c, None)
    if c.b < sb and _in_care_unit(toks, c.b, sb) and _wounded_before(toks, sa, c.a, figures):
        # "استقبل المستشفى 17 جريحا، ... فيما لا يزال ثلاثة في العناية المركزة": a bare
        # count in intensive care is a part of the wounded counted before, as "ثلاثة منهم" is
        return _Figure(c.a, c.b + 3, "wounded", c, None)
    if c.b < sb and (toks[c.b].w in _OF_THEM or toks[c.b].w in _OTHERS) and (
            state := _critical_state(toks, sa, sb, c, figures)) is not None:
        # "وإن حالة ستة منهم حرجة"، "خمسة منهم في حالة حرجة": the state of some of the
        # wounded counted before
        if c.qual == "vague" and state[0] < c.a:
            # (round ar124) "حالة عدد منهم حرجة": the state of some, as "حالة بعضهم حرجة"
            # is, counts nobody new
            return None
        return _Figure(state[0], state[1], "wounded", c, None)
    if (owner := _remains_owner(toks, sa, c)) is not None and (h := _head(toks, c, sb)):
        # "الرفات تعود لـ21 رجلا": the remains are of the dead, counted after "لـ"
        gend = _group_end(toks, h, sb)
        return _Figure(owner, gend, "killed", c, (h, gend))
    if (sought := _sought_under_rubble(toks, sa, sb, c)) is not None:
        # "تبحث عن خمسة أشخاص يعتقد انهم تحت أنقاض المنزل": not found, so missing
        return _Figure(sought[0], sought[1], "missing", c, sought[2])
    h = _head(toks, c, sb)
    if h is not None and _part_suffering(toks, sa, c, h, sb):
        return None
    outcome: str | None = None
    a, b = c.a, c.b
    group: tuple[int, int] | None = None
    if h is not None and toks[h].w == "من" and h + 1 < sb and word_in(toks[h + 1], _NOUNS):
        h += 1  # "نحو 20 من الجرحى"
    elif h is not None and toks[h].w == "من" and _outcome_participle_after(toks, h, sb):
        h += 2  # (round ar145) "اثنين من الأطفال المصابين": the participle keeps the outcome
    if h is not None and ransom_for(toks, sa, c.a) is not None and (
            _is_person(toks, h) or _person_plural(toks, h)) and not (
            word_in(toks[h], _NON_PERSON)):
        # (round ar145) "فدية مقابل ثلاثة مهندسين"، "بفدية لإطلاق سراح خمسة رعاة": the
        # people a ransom is asked for are held
        gend = _group_end(toks, h, sb)
        return _Figure(c.a, gend, "captured", c, (h, gend))
    if (freed := freed_of_them(toks, sa, c.a, h)) is not None:
        return _Figure(c.a - 1, freed, "captured", c, None)  # "تحرير اثنين منهم"
    if h is not None and toks[h].w in _OTHERS and c.a > sa and word_in(toks[c.a - 1], _TREATING):
        # "وعالجت 22 آخرين ميدانيا": more of the wounded, treated where they fell
        return _Figure(c.a - 1, h + 1, "wounded", c, None)
    if h is not None and toks[h].w in _CASES and h + 1 < sb and (
            cf := word_in(toks[h + 1], _CASE_OUTCOMES)):
        # "ما لا يقل عن 143 حالة اعتقال": the cases of an outcome count its people
        return _Figure(c.a, h + 2, str(_CASE_OUTCOMES[cf]), c, None)
    if h is not None:
        if word_in(toks[h], _NON_PERSON) or toks[h].w in ("%",):
            return None
        nf = word_in(toks[h], _NOUNS)
        if nf and freed_prisoners(toks, h, sb):
            nf = None  # "بينهم أربعة أسرى محررين": who they are, not what befell them
        if nf:
            if _shared_after(toks, h, sb):
                return None
            former = _former(toks, h, sb)
            outcome, b = str(_NOUNS[nf]), h + 1 + former
            while b < sb and b < h + 3 and toks[b].w.endswith(_PLURAL_NISBA_ENDINGS) and not toks[
                    b].w.startswith(_AL_WA_PREFIXES):
                b += 1  # "7 أسرى سعوديين": a plural nisba describes the outcome noun
            if outcome == "wounded" and _died_before(toks, sa, c.a):
                outcome, a = "killed", c.a - 1  # "وتوفي 3 من الجرحى"
            elif outcome == "wounded" and b < sb and toks[h - 1].w == "من" and word_in(
                    toks[b], _DIED_AFTER):
                # "أربعة من الجرحى توفوا": some of the wounded, then their death
                outcome, b = "killed", b + 1
            elif outcome == "wounded" and toks[h - 1].w == "من" and _parted_from_life(
                    toks, b, sb):
                # "ثلاثة من الجرحى فارقوا الحياة": the same death, told as parting from life
                outcome, b = "killed", b + 2
            elif outcome == "wounded" and b == h + 1 and toks[h - 1].w in _ONE_OF_FOLDED and (
                    died := _one_wounded_died(toks, h - 1, sb)):
                # "أن أحد الجرحى توفي متأثرا بجروحه": the one of the wounded, then his death
                outcome, b = "killed", died
            elif outcome in _STATUS_OUTCOMES and (back := _backward(toks, sa, c)) and (
                    former or back[1] in ("killed", "wounded")) and not _trigger_shared(
                    toks, back[0], sb) and not _joined_after_verb(toks, back[0], c):
                # "وقتل 3 معتقلين تحت التعذيب": the status noun names who they were (and
                # "أعادت اعتقال 30 من المعتقلين السابقين" what befell the former ones)
                outcome, a, group = back[1], back[0], (h, b)
            elif outcome in _STATUS_OUTCOMES and (fwd := _forward(toks, b, sb)) and (
                    fwd[1] in ("killed", "wounded")):
                # "12 معتقلا توفوا تحت التعذيب": the verb after them says what befell them
                outcome, group, b = fwd[1], (h, b), fwd[0]
            if former and group is None:
                return None  # "30 من المعتقلين السابقين": held once, counted by no figure
        elif toks[h].w not in _AMONG:
            # ("بينهم طفلان" after a count opens the next figure: "إلى 9 بينهم طفلان")
            gend = _group_end(toks, h, sb)
            if _pair_closes_group(toks, h, gend, sb):
                return None
            if not (toks[h].w in _OTHERS or toks[h].w in _OTHERS_DUAL or word_in(
                    toks[h], _SUBGROUP)):
                group = (h, gend)
            b = _past_total(toks, gend, sb)
    elif c.b < sb and toks[c.b].w == "%":
        return None
    # A definite numeral only repeats a count right after its noun ("القتلى الثلاثة"),
    # save a round number or a ten the toll passed ("عدد القتلى ... تجاوز الألف"، "عدد
    # الجرحى تجاوز الثلاثين"; "تجاوز الثلاثة" is no round figure and stays unread).
    if c.definite and c.a > sa and _exceeded_by(toks, c) and (
            toks[c.n].w[2:] in _TENS or toks[c.n].w[2:] in _HUNDREDS) and (
            named := named_after_count(toks, c.b, sb)) and (toll := _toll(toks, sa, c)) and (
            toks[toll[0] + 1].w in _VICTIM_TOLLS):
        # 'عدد الضحايا "تجاوز العشرين قتيلا"': the noun after the ten says who the victims
        # were, so it is no rounding of the dead and the wounded together
        c.qual = "more_than"
        return _Figure(toll[0], c.b + 1, named, c, None)
    if c.definite and c.a > sa and _exceeded_by(toks, c) and (
            toks[c.n].w[2:] in _ROUND or toks[c.n].w[2:] in _TENS
            or toks[c.n].w[2:] in _HUNDREDS) and (toll := _toll(toks, sa, c)) and not (
            toks[c.n].w[2:] not in _ROUND and toks[toll[0] + 1].w in _VICTIM_TOLLS):
        # ("عدد الضحايا تجاوز الخمسين": the victims may count the dead and the wounded
        # together, and a ten they passed is a rounding of both; a thousand stays read)
        c.qual = "more_than"
        return _Figure(toll[0], c.b, toll[1], c, None)
    if c.definite and c.a - 3 >= sa and word_in(toks[c.a - 3], _TOLL_EXCEEDING) and word_in(
            toks[c.a - 2], _TOLL) and (nf := word_in(toks[c.a - 1], _TOLL_NOUNS)) and (
            toks[c.a - 1].w not in _VICTIM_TOLLS) and (
            toks[c.n].w[2:] in _TENS or toks[c.n].w[2:] in _HUNDREDS):
        # the verb first: "وتجاوز عدد القتلى الثلاثين" passed thirty, as "تجاوز الألف"
        # (not the dead thirty, "القتلى الثلاثون" repeating a count)
        c.qual = "more_than"
        return _Figure(c.a - 2, c.b, str(_TOLL_NOUNS[nf]), c, None)
    if c.definite and (head := _construct_toll_head(toks, sa, c)) is not None:
        # "جرحى الهجوم الخمسة": the toll noun in construct with its event, counted by the
        # definite numeral after the genitive (the event may be a thing: "الغارة")
        return _Figure(head[0], c.b, head[1], c, None)
    if c.definite and c.a > sa and toks[c.a - 1].w.startswith("ال") and (
            toks[c.a - 1].w[2:]) and word_in(bare_token(toks[c.a - 1].w[2:]), _NON_PERSON):
        # (an article standing alone, "ال الثلاثة", leaves no noun to test)
        return None  # "اقتادت السيارات الثلاث": the numeral repeats a count of things
    if c.definite:
        if c.a > sa and (nf := word_in(toks[c.a - 1], _NOUNS)):
            return _Figure(c.a - 1, c.b, str(_NOUNS[nf]), c, None)
        if c.a > sa and _is_possessed_kin(toks[c.a - 1]) and (
                back := _backward(toks, sa, _Count(c.a - 1, c.a - 1, c.b, c.low, None, "exact",
                                                   True))):
            # "قتل رجل وزوجته وأطفالهما الثلاثة": the family, counted by its numeral,
            # shares the outcome of the one named before it.
            return _Figure(c.a - 1, c.b, back[1], c, (c.a - 1, c.a))
        if (held := _definite_held_after(toks, sa, c, sb)) is not None:
            return held  # (round ar155) "الزملاء الثلاثة المحتجزين"
        if (told := numeral_told(toks, sa, sb, c.a, c.b, _released_held_as)) is not None:
            return _Figure(c.a, told[0], told[1], c, None)  # (round ar181) "إن الثلاثة كانوا
            # محتجزين"، "وأن الأربعة أفرج عنهم"
        m = c.a - 1
        if m > sa and toks[m].w in _BI_THEM_WORDS:
            m -= 1  # "المشتبه بهم الخمسة"
        if m > sa and toks[m].w.startswith("ال") and (f := word_in(toks[m - 1], _TRIGGERS)) and (
                f not in _TIGHT) and not _sentenced(toks, sa, m - 1):
            # "توقيف المشتبه بهم الخمسة", "اعتقال المسلحين الأربعة": the outcome's object,
            # counted by its definite numeral
            return _Figure(m - 1, c.b, str(_TRIGGERS[f]), c, (m, c.a))
        return None
    postposed = c.n == c.a and c.a > sa and toks[c.a].w in _TWO and toks[c.a - 1].is_word
    if outcome is None and postposed and toks[c.a - 1].w.startswith("و") and len(
            toks[c.a - 1].w) > 3 and _is_person(toks, c.a - 1) and not word_in(
            toks[c.a - 1], _NOUNS) and (
            before := next((f for f in reversed(figures) if f.b == c.a - 1), None)):
        # "من بين الشهداء 7 أطفال وصحفيين اثنين": a plural coordinated right after a figure
        # and counted by "two" after it shares that figure's outcome, as a coordinated dual
        # does ("7 أطفال وسيدتين"); an outcome noun has its own ("4 جثث ومصابين اثنين")
        return _Figure(before.a, c.b, before.outcome, c, (c.a - 1, c.a))
    if outcome is None and postposed and (nf := word_in(toks[c.a - 1], _NOUNS)) and not (
            word_in(toks[c.a - 1], _TRIGGERS)):
        # "عن مفقودين اثنين": "two" follows its noun as an adjective (a masdar's "two" is
        # its object: "إصابة اثنين من حراسه")
        qa = _qual_after(toks, c.b, sb)
        if qa and c.qual == "exact":
            c.qual, b = qa[1], max(b, qa[0])
        return _Figure(c.a - 1, b, str(_NOUNS[nf]), c, None)
    if outcome is None and c.qual == "vague" and c.a > sa and toks[c.a].w.startswith(
            _BI_AL_PREFIXES) and (af := word_in(toks[c.a - 1], _AFTER)):
        # "نزحوا بالمئات", "قتلوا بالعشرات": the verb, then how many did it
        return _Figure(c.a - 1, c.b, str(_AFTER[af]), c, None)
    if outcome is None and c.a > sa and (nf := word_in(toks[c.a - 1], _NOUNS)) and (
            c.qual == "vague"):
        if _trigger_shared(toks, c.a - 1, sb):
            return None  # "قتل وإصابة عدد من الجنود": one number, two outcomes
        # "قتلى بالعشرات من ميليشيا"
        return _Figure(c.a - 1, b, str(_NOUNS[nf]), c, group)
    if outcome is None and (lost := _lost_own(toks, sa, c, h, sb)) is not None:
        outcome, a = "killed", lost  # "فقد الجيش ثلاثة من جنوده"
        if any(toks[m].w in _CONTACT for m in range(lost + 1, c.a + 1)):
            outcome = "missing"  # "فقدت الاتصال بثلاثة من موظفيها"
    if outcome is None and (end := _laqiya_item(
            toks, sa, sb, c.a - 1 if toks[c.a - 1].w == "و" else c.a)) is not None:
        # "لقي ضابط كبير في الحرس وثلاثة من حراسه مصرعهم": the second item of the
        # subject of "لقي", the plural death noun after it
        return _Figure(c.a - 1 if toks[c.a - 1].w == "و" else c.a, end, "killed", c, None)
    if outcome is None and h is not None and h + 1 < sb and toks[h + 1].w in _TO_ON_FOLDED and (
            pushed := pushed_to_leave(toks, h + 1, h + 1, sb)) is not None:
        # (round ar145) "عمليات خطف متكررة منذ 2022، دفعت نحو 4 آلاف أسرة إلى النزوح": the
        # verb of pushing after the events decides what befell the count, not the taking
        # named before it
        outcome, b, group = "displaced", pushed, (h, h + 1)
    if outcome is None:
        back = _backward(toks, sa, c)
        if back:
            t, o = back
            if _trigger_shared(toks, t, sb) and not (
                    ((figures and figures[-1].b == t) or _own_subject(toks, sa, t - 1) or (
                        # (round ar187) "أن مسنا يبلغ 70 عاما توفي وأصيب تسعة"
                        toks[t].w in _SECOND_PASSIVES and aged_subject(
                            toks, sa, t - 1, _bare_person)))
                    and toks[t].w.startswith("و")
                    and (toks[t].w in _SECOND_PASSIVES or _others_after(toks, c, sb))):
                # ("3 جنود قتلوا وأصيب 5 آخرون": the first verb has its own figure and
                # "آخرون" counts other people, as after a singular subject, "شابا استشهد
                # وأصيب ثلاثة آخرون", whose figure the implicit pass reads later; "أحد
                # أبناء القبائل قتل وجرح ثلاثة" stays one number shared by two outcomes;
                # (round ar184) "آخرون" after the count's noun, "شابا قتل وجرح ستة أشخاص
                # آخرون", or the passive written as such, "جنديا قتل وأصيب ثلاثة مدنيين",
                # counts others too)
                return None
            if toks[t].w in _LAQIYA or word_in(toks[t], _LAQIYA):
                end = _death_object(toks, c.b, sb)
                if not end:
                    back = None
                else:
                    b = end
            elif word_in(toks[t], _SELF_VERBS) and word_in(toks[t], _TRIGGERS) is None:
                back = None
            elif toks[t].w in _RISEN and h is not None and h + 1 < sb and (
                    toks[h + 1].w in _TO_FOLDED):
                back = None  # "ارتقى 3 لاعبين إلى المنتخب": promoted, alive (round ar107)
            elif word_in(toks[t], _PERSON_TRIGGERS) and t + 1 < sb and word_in(
                    toks[t + 1], _RESTRAINT_OBJECTS):
                back = None  # "وضبط النفس ... نشر 600 عنصر": self-restraint, nobody seized
            if back and word_in(toks[t], _PERSON_TRIGGERS) and not _is_person(toks, h) and (
                    not _person_plural(toks, h)) and (
                    h is None or (toks[h].w not in _HOUSEHOLDS
                                  and toks[h].w not in _INHABITANTS)) and (
                    not _noun_left_to_reader(toks, t, h, figures)) and not (
                    word_in(toks[t], _POISONING) and _bare_poisoned(toks, c, sb)):
                back = None  # "ضبط 3 بنادق": arms seized, not people arrested
            if back and o == "missing" and h is not None and h == c.b and _owned(
                    toks[h]) and word_in(toks[t], _LOST_VERBS) and not _is_person(toks, h):
                return None  # "وفقد 250 ألفا وظائفهم": a bare count, the loss their own
            if back and o == "missing" and h is not None and h + 1 < sb and toks[
                    h].w != "من" and word_in(toks[t], _LOST_VERBS) and (
                    what := _lost_what(toks[h + 1], toks[h + 2] if h + 2 < sb else None)):
                if what == "own":
                    return None  # "وفقد 5 أشخاص منازلهم": the verb "lost", no person
                o, b, group = "killed", h + 2, (h, h + 1)  # "وفقد 5 أشخاص حياتهم"
            if back:
                outcome, a = o, t
                if postposed and group is None and (_is_person(toks, c.a - 1) or toks[
                        c.a - 1].w.endswith("ين")) and not (
                        toks[c.a - 1].w in _OTHERS or toks[c.a - 1].w in _OTHERS_DUAL
                        or word_in(toks[c.a - 1], _TRIGGERS)):
                    # "مقتل إرهابيين اثنين": the noun "two" follows (any dual in ين before
                    # "اثنين" is one: "وإصابة مجندين اثنين")
                    group = (c.a - 1, c.a)
                if t > sa and word_in(toks[t - 1], _TOLL):
                    a = t - 1  # "ارتفاع عدد الإصابات ... إلى 120": the toll opens with عدد
                if _after_single(toks, t, c.a):
                    # "استشهاد ضابط و3 مجندين": the officer is a figure of his own (the
                    # implicit pass reads him), the count is the list's second item
                    a = c.a - 1 if toks[c.a - 1].w == "و" else c.a
                elif postposed and toks[c.a - 1].w.startswith("و") and _after_single(
                        toks, t, c.a - 1):
                    a = c.a - 1  # "... ومجندين اثنين": the dual's noun opens the item
    if outcome is None and group is not None and group[0] + 1 < sb and (
            af := word_in(toks[group[0] + 1], _NOUNS)) and _agrees(
            toks[group[0]], toks[group[0] + 1]) and not _shared_after(toks, group[0] + 1, sb):
        # "7 صيادين مختطفين", "3 جنود مفقودين": the outcome noun as the head's adjective
        outcome, b, group = str(_NOUNS[af]), group[0] + 2, (group[0], group[0] + 1)
    if outcome is None and group is not None and group[0] + 1 < sb and freed_among(
            toks[group[0] + 1]) and toks[group[0]].w.startswith("ال") and not word_in(
            toks[group[0]], _NOUNS) and not word_in(toks[group[0]], _INMATES):
        # (round ar137) "أحد المهاجرين المحررين": the freed participle as the head's
        # adjective says they were held by captors, whoever freed them ("أحد الأسرى
        # المحررين"، "أحد السجناء المحررين": a status or a jail of their own, left as
        # they were)
        outcome, b, group = "captured", group[0] + 2, (group[0], group[0] + 1)
    if outcome is None and group is not None and (
            adj := _possessed_adjective(toks, group[0], sb)) is not None:
        # "40 من قادتهم المعتقلين": a noun with a pronoun suffix takes no genitive, so the
        # definite outcome noun after it is its adjective ("12 من أقارب المعتقلين" is a
        # genitive: the relatives of the detained, who count nobody)
        outcome, b, group = str(_NOUNS[adj[1]]), adj[0] + 1, (group[0], adj[0])
    if outcome is None and group is not None and (
            held := _held_state_after_group(toks, c, group[0], sb)) is not None:
        # "بالإفراج عن ثلاثة من أعضائها معتقلين منذ أشهر": the state the group is in
        outcome, b, group = str(_NOUNS[held[1]]), held[0] + 1, (group[0], held[2])
    if outcome is None and group is not None and (
            pred := _nominal_predicate(toks, sa, c, group, sb)) is not None:
        # 'ثلاثة مقاتلين من "قسد" قتلى في هجوم': the headline's predicate, the toll
        outcome, b, group = pred[1], pred[0], (group[0], group[0] + 1)
    if outcome is None:
        self_end = _self_blast(toks, sa, c, b, sb)
        if self_end:
            outcome, a, b = "killed", self_end[0], self_end[1]
    if outcome is None:
        past = group is not None and b > group[1]  # the verb after a total ("من أصل 40")
        fwd = _forward(toks, b if past else h + 1 if h is not None else b, sb)
        if fwd:
            outcome, b = fwd[1], fwd[0]
            if outcome == "arrested" and h is not None and toks[h].w in _OF_THEM and (
                    toks[b - 1].w in _HELD) and figures and figures[-1].outcome == "captured":
                outcome = "captured"  # "واختطف 14 آخرون، لا يزال 9 منهم محتجزين"
    if outcome is None and h is not None and toks[h].w == "من" and h + 2 < sb and (
            c.a > sa and toks[c.a - 1].w in _STILL and toks[h + 1].is_word) and (
            nf := word_in(toks[h + 2], _NOUNS)) and _NOUNS[nf] == "missing":
        # (round ar187) "فيما لا يزال اثنان من رفاقهم مفقودين": the part still missing,
        # its one-word genitive before the state, as "لا يزال اثنان منهم مفقودين"
        outcome, b, group = "missing", h + 3, (h + 1, h + 2)
    if outcome is None:
        toll = _toll(toks, sa, c)
        if toll and _fled_a_jail(toks, toll[0], c.a):
            toll = None
        if toll:
            outcome, a = toll[1], toll[0]
            if c.qual == "exact" and c.a > sa and toks[c.a - 1].w in _TOLL_EXCEEDING:
                c.qual = "more_than"  # "عدد القتلى تجاوز 1000"
        elif read and c.a - 2 >= sa and toks[c.a - 1].w in _TOLL_LINKS and toks[
                c.a - 2].w in _BARE_TOLLS and (
                c.b >= sb or not toks[c.b].is_word or toks[c.b].w in _HEAD_BREAKS) and (
                before := _last_toll(toks, read)):
            outcome, a = before, c.a - 2  # "لترتفع الحصيلة إلى 43": the earlier toll's
    if outcome is None and figures and (earlier := earlier_toll(
            toks, sa, c.a, [(f.a, f.count.b, f.outcome) for f in figures])):
        outcome, a = earlier[1], earlier[0]  # "ارتفع عدد القتلى إلى 12 بعد أن كان 9"
    if outcome is None:
        prev = _continuation(toks, sa, c, figures)
        if prev:
            outcome = prev
    if outcome is None:
        return None
    if c.qual == "exact" and c.a - 3 >= sa and word_in(toks[c.a - 2], _TOLL) and word_in(
            toks[c.a - 3], _TOLL_EXCEEDING):
        # the verb before the toll ("وتجاوز عدد القتلى 500", "تجاوز عدد الجرحى 40
        # جريحا") says it passed the number, as after it ("عدد القتلى تجاوز 1000")
        c.qual = "more_than"
    if postposed and a == c.a and _is_person(toks, c.a - 1) and not word_in(
            toks[c.a - 1], _TRIGGERS):
        a, group = c.a - 1, (c.a - 1, c.a)  # "عسكريين اثنين قتلا": the noun before "two"
    if outcome == "displaced" and (hurt := _fled_hurt(toks, b, sb)) is not None:
        # "ثلاثة مزارعين تمكنوا من الفرار وهم مصابون": they fled the attack, hurt
        outcome, b = hurt[1], hurt[0]
        if group is not None:
            group = (group[0], next((r for r in range(*group) if toks[r].w in _MANAGING),
                                    group[1]))
        return _Figure(a, b, outcome, c, group)
    if outcome in _TAKEN_FROM and group is not None:
        # where people fled from; for the abducted and the arrested only their own homes
        # ("اختطفت 230 مدنيا من منازلهم"): "ستة عناصر من الدعم السريع" says whose they are
        cut = _flight_origin(toks, group, homes_only=outcome != "displaced")
        if cut is not None:
            b = cut if b == group[1] else b
            group = (group[0], cut)
    qa = _qual_after(toks, b if group is None else group[1], sb)
    qual = c.qual
    if qa and qual == "exact":
        qual = qa[1]
        b = max(b, qa[0])
    c.qual = qual
    if _rate(toks, c, b, sb):
        return None
    if group is not None and group[1] == group[0] + 1 and word_in(toks[group[0]],
                                                                 _OUTCOME_PLACES):
        return None  # "11 مخيما للنازحين"، "3 مراكز للاحتجاز": places counted, not people
    return _Figure(a, b, outcome, c, group)


def _part_suffering(toks: list[Token], sa: int, c: _Count, h: int, sb: int) -> bool:
    """(round ar151) Is the count ``c`` a part after "بينهم" whose own predicate is
    suffering from a state that is no injury ("وإن بينهم 40 طفلا يعانون من سوء تغذية
    حاد")? They are among the people counted before, described by an illness or a want,
    no casualty of their own ("يعانون من إصابات" are the wounded, read as before)."""
    return c.a > sa and word_in(toks[c.a - 1], _SUBGROUP) is not None and (
        suffering_state_after(toks, h + 1, sb))


def _rate(toks: list[Token], c: _Count, b: int, sb: int) -> bool:
    """Is the count at ``c``, its figure ending at ``b``, a rate ("3 مدنيين يوميا"، "كل
    يوم"، "بمعدل 3 قتلى")? Only the words right around the counted phrase decide."""
    if c.a > 0 and toks[c.a - 1].w in _RATE_BEFORE:
        return True
    for r in range(c.b, min(b + 1, sb)):
        w = toks[r].w
        if w in _RATE_ADVERBS or (w == "كل" and r + 1 < sb and toks[r + 1].w in _RATE_UNITS):
            return True
    return False


def _lost_own(toks: list[Token], sa: int, c: _Count, h: int | None, sb: int) -> int | None:
    """The verb of "فقد X ثلاثة من جنوده" (lost three of its soldiers): a losing verb up to
    three plain words before the count, whose counted phrase is "من" + a members' plural
    with a possessive suffix. Returns the verb's index.

    An accusative person noun after the count is the verb's object too ("خسرت الفصائل
    خلال الأسبوع الماضي نحو 20 مقاتلا": the subject lost them), with a time phrase
    between (five words back). Right before the count "فقد" is the passive, as the
    accusative of a count from 11 on says nothing of case ("وفقد 13 شخصا": went missing)."""
    reach = 4
    if c.b < sb and toks[c.b].w.endswith("ا") and _singular(toks[c.b]):
        reach = 6
    elif h is None or toks[h].w != "من" or h + 1 >= sb or not any(
            toks[h + 1].w.endswith(p) and toks[h + 1].w[:-len(p)] in _OWN
            for p in _POSSESSIVES):
        return None
    for m in range(c.a - 1, max(sa, c.a - reach) - 1, -1):
        if m == c.a - 1 and toks[c.a].w in _NOMINATIVE_TWO:
            return None  # "وفقد اثنان من أبنائه": the nominative is the passive's subject
        if word_in(toks[m], _LOSING):
            if reach == 6 and ((m == c.a - 1 and word_in(toks[m], _LOST_TRACE)) or any(
                    word_in(toks[r], _TRIGGERS) for r in range(m + 1, c.a))):
                return None  # (nor the particle "فقد" before a verb: "فقد قتل 30 مدنيا")
            return m
        if not toks[m].is_word:
            return None
    return None


def _member_after_outcome(toks: list[Token], sa: int, k: int, sb: int) -> str | None:
    """"اغتيال عضو في مجلس بلدي"، "اغتال مسلحون عضوا في البرلمان": a member of a body
    told by "في"/"من" after him, right after the outcome word, is one person ("عضو" alone
    is no person noun; round ar151)."""
    w = toks[k].w[1:] if toks[k].w[:1] == "و" else toks[k].w
    if w not in _MEMBER_OF_BODY or k <= sa or k + 2 >= sb or toks[k + 1].w not in (
            _IN_FROM) or not toks[k + 2].is_word:
        return None
    m = k - 1
    while m > sa and k - m <= 2 and toks[m].w.endswith("ون"):
        m -= 1  # the verb's indefinite subject between: "قتل مسلحون مجهولون عضوا في"
    return w if word_in(toks[m], _TRIGGERS) else None


def _joined_own_noun(toks: list[Token], k: int, sb: int) -> bool:
    """Is the word at ``k``, right after a plural verb that closes its figure, a count
    joined by "و" with an outcome noun of its own after it ("قتلوا وثلاثة مفقودون"،
    "قتلوا واثنان جرحى")? A second figure of the headline, no object of the verb."""
    return k + 1 < sb and toks[k].w.startswith("و") and toks[k].w not in _ONE and (
        _count_word(toks[k])) and word_in(toks[k + 1], _NOUNS) is not None


def _joined_after_verb(toks: list[Token], t: int, c: _Count) -> bool:
    """Is the count ``c`` joined by "و" right after the outcome verb at ``t``? A verb ending
    its own clause ("أربعة صيادين قتلوا وثلاثة مفقودون") governs nothing after "و": the
    count's own outcome noun says what befell it."""
    return (t == c.a - 1 and toks[c.a].w.startswith("و") and toks[c.a].w not in _ONE) or (
        t == c.a - 2 and toks[c.a - 1].w == "و")


def _after_single(toks: list[Token], t: int, a: int) -> bool:
    """Is the count at ``a`` the second item after a single person named right after the
    outcome word at ``t`` ("استشهاد ضابط و3 مجندين", "مقتل جندي سوري و4 مدنيين")?"""
    # "استشهاد ضابطين وثلاثة جنود" (the و of "واحد" is no conjunction)
    glued = toks[a].is_word and toks[a].w.startswith("و") and toks[a].w not in _ONE
    if a - 1 <= t or not (toks[a - 1].w == "و" or glued):
        return False
    k = t + 1
    if not (_singular(toks[k]) or word_in(toks[k], _DUALS)):
        return False
    end = a if glued else a - 1
    m = _adjectives(toks, k + 1, end)
    if toks[m].w in _RANK_OF and end - m in (2, 3) and all(
            toks[r].is_word for r in range(m + 1, end)):
        m = end  # "بمقتل ضابط برتبة ملازم أول وثلاثة مجندين": his rank, a word or two
    return k < end and m == end


def _rank_opening(toks: list[Token], sa: int, k: int) -> int | None:
    """The "برتبة" that opens a rank of one or two words ending at ``k``, right before a
    noun joined by "و" ("برتبة ملازم أول ومجندين"), or None. (Not before the next outcome:
    "برتبة نقيب وإصابة جنديين" is one more figure.)"""
    # (the cheap test first: this runs at every step of the backward search)
    r = k - 1 if k - 1 >= sa and toks[k - 1].w in _RANK_OF else (
        k - 2 if k - 2 >= sa and toks[k - 2].w in _RANK_OF else None)
    if r is None or k + 1 >= len(toks) or not toks[k + 1].w.startswith("و") or not all(
            toks[m].is_word for m in range(r + 1, k + 1)):
        return None
    return None if word_in(toks[k + 1], _TRIGGERS) or word_in(toks[k], _TRIGGERS) else r


def _rank_between(toks: list[Token], b: int, k: int) -> bool:
    """"استشهاد ضابط برتبة نقيب وجنديين": the rank of the one named, a word or two after
    "برتبة", between a figure's end ``b`` and the noun joined at ``k``."""
    return b < k and toks[b].w in _RANK_OF and k - b in (2, 3) and all(
        toks[r].is_word for r in range(b + 1, k))


def _joined_after_one_hit(toks: list[Token], sa: int, c: _Count) -> tuple[int, str] | None:
    """"أصيب خلالها شاب برصاصة مطاطية في الرأس وعشرات بحالات اختناق"، "أصيب شاب بالرصاص
    الحي في قدمه، واثنان آخران": a count joined by "و" after one person hit and how he was
    hit ("ب" ...) and where (plain words, a comma at most before the count): the one's
    verb is the count's too, as it is with no place between ("قتل شاب برصاص قناص واثنان
    آخران"). (token index of the verb, outcome) or None."""
    if not toks[c.a].w.startswith("و"):
        return None
    k = c.a - 1
    if k > sa and toks[k].w in _COMMAS:
        k -= 1
    for r in range(k, max(sa, k - _HIT_PHRASE_MAX) - 1, -1):
        t = toks[r]
        if not t.is_word or t.is_digit or _count_word(t) or word_in(t, _NOUNS) or t.w in _BREAKS:
            return None
        if _singular(t) and not t.w.startswith("و"):
            if r + 1 > k or not toks[r + 1].w.startswith("ب"):
                return None
            v = r - 1 if r - 1 > sa and toks[r - 1].w in _RESUMPTIVE else r
            f = word_in(toks[v - 1], _TRIGGERS) if v - 1 >= sa else None
            return (v - 1, str(_TRIGGERS[f])) if f else None
        if word_in(t, _TRIGGERS):
            return None
    return None


def _companions_of_one(toks: list[Token], sa: int, c: _Count) -> tuple[int, str] | None:
    """"يخطفون رئيس بلدية الزاوية وثلاثة من مرافقيه"، "خطف العميد سالم الأحمد مع ثلاثة من
    حراسه": a count of one person's companions ("من" and a plural with his pronoun), joined
    to him by "و" or "مع", shares the outcome of the verb before the words that name him
    (plain words only, no other outcome word). (token index of the verb, outcome) or None."""
    b = c.b
    if not (b + 1 < len(toks) and toks[b].w == "من" and toks[b + 1].w in _COMPANIONS_OF_ONE):
        return None
    if toks[c.a].w[:1] == "و" and toks[c.a].w != "و":
        m = c.a - 1
    elif c.a - 1 > sa and toks[c.a - 1].w in _COMPANION_LINKS:
        m = c.a - 2
    else:
        return None
    if m > sa and toks[m].w in _COMMAS:
        # (round ar172) "قتل قائد اللواء، العقيد فلان، وثلاثة من مرافقيه": the head's name
        # in apposition between commas, opened by his rank or title, is passed over
        if (opened := _apposition_opened(toks, sa, m)) is None:
            return None
        m = opened - 1
    for k in range(m, max(sa, m - V.COMPANIONS_NAMED_ONE_MAX) - 1, -1):
        t = toks[k]
        if t.is_digit and k > sa and toks[k - 1].w in _COMPANION_UNITS:
            continue  # (round ar172) "قائد اللواء 27": the unit's number is in its name
        if not t.is_word or t.w in _BREAKS or word_in(t, _NOUNS):
            return None
        if f := word_in(t, _TRIGGERS):
            # (not "فقد والده واثنين من أشقائه": losing one's own is their death, which
            # the reader of lost kin tells)
            return (k, str(_TRIGGERS[f])) if k < m and _TRIGGERS[f] != "missing" else None
    return None


def _own_verb_after_comma(toks: list[Token], sa: int, a: int) -> bool:
    """(round ar172) "قتل جندي في المعركة، وعاد خمسة من رفاقه"، "وقال ثلاثة من زملائه إن":
    after a comma, a word joined by "و" right before the count that is no outcome, count,
    person, marker of a part or joining adverb ("، وكذلك ثلاثة") is the count's own verb,
    which opens a new clause: the outcome before the comma is not the count's."""
    if a - 2 <= sa or toks[a - 2].w not in _COMMAS:
        return False
    t = toks[a - 1]
    if not t.is_word or t.is_digit or not t.w.startswith("و") or len(t.w) < 4:
        return False
    rest = t.w[1:]
    return not (rest in _JOINING_ADVERBS or rest in _SUBGROUP or t.w in _SUBGROUP
                or rest in _AMONG or word_in(t, _TRIGGERS) or word_in(t, _NOUNS)
                or _count_word(t) or _is_person(toks, a - 1) or rest.startswith("ال"))


def _apposition_opened(toks: list[Token], sa: int, m: int) -> int | None:
    """(round ar172) The comma opening an apposition that the comma at ``m`` closes: a rank
    or title right after it, then plain words of a name (no number, outcome word, break or
    "و"), a few at most. Its token index, or None."""
    for k in range(m - 1, max(sa, m - V.COMPANIONS_APPOSITION_MAX - 1) - 1, -1):
        t = toks[k]
        if t.w in _COMMAS:
            return k if k + 1 < m - 1 and k > sa and toks[k + 1].w in _APPOSITION_OPENERS else (
                None)
        if not t.is_word or t.is_digit or t.w in _BREAKS or t.w.startswith("و") or (
                word_in(t, _NOUNS) or word_in(t, _TRIGGERS)):
            return None
    return None


def _joined_after_named_one(toks: list[Token], sa: int, k: int) -> tuple[int, str] | None:
    """"خطفوا مدير المحطة واثنين من الحراس"، "أسفرت عن جرح سائق القناة وشاب": a count or a
    person joined by "و" at ``k`` to one person named by his post or work in a construct
    (a singular head, a definite genitive) right after an outcome word shares its outcome,
    as after a counted one ("قتل جندي وطفل"); the named one is no figure, being definite.
    (token index of the outcome word, outcome) or None."""
    if not toks[k].w.startswith("و") or k - 3 < sa:
        return None
    head, genitive = toks[k - 2], toks[k - 1]
    if not (genitive.is_word and genitive.w.startswith("ال") and head.is_word) or (
            head.w.startswith(_AL_WA_PREFIXES)) or not (
            _singular(head) or head.w in _OFFICE_HEADS or head.w in _OWNERS) or word_in(
            genitive, _TRIGGERS) or (
            word_in(genitive, _NOUNS)):
        return None
    f = word_in(toks[k - 3], _TRIGGERS)
    return (k - 3, str(_TRIGGERS[f])) if f else None


def _companion(toks: list[Token], k: int, sb: int) -> str | None:
    """"ومرافق له": a companion, someone's, is one person (the bare word is also the plural
    "facilities")."""
    w = toks[k].w[1:] if toks[k].w.startswith("و") else toks[k].w
    if w in _COMPANIONS and k + 1 < sb and toks[k + 1].w in _OF_HIM_HER_THEM:
        return w
    if w in _COMPANIONS and w != toks[k].w and k > 0 and toks[k - 1].w in _DUALS and not (
            k + 1 < sb and toks[k + 1].w.endswith("ه")):
        # "قتل مريضان ومرافق": joined to two people, the companion is theirs (facilities
        # take a feminine adjective, its "ة" folded: "مستشفيان ومرافق صحية")
        return w
    return None


def _parent_of(toks: list[Token], k: int, sb: int) -> str | None:
    """(round ar184) "أبا لخمسة أطفال": a parent told by how many children he has, one
    person."""
    if not (toks[k].w in _PARENTS_OF and k + 1 < sb and toks[k + 1].w[:1] == "ل"):
        return None
    c = _count_at(toks, k + 1, sb)
    if c is None or c.b >= sb or toks[c.b].w not in _CHILDREN_OF:
        return None  # ("أم لثلاثة شبان اعتقلوا": her sons, whom the outcome befell)
    if c.b + 1 < sb and word_in(toks[c.b + 1], _TRIGGERS) is not None and toks[
            c.b + 1].w.endswith("ا"):
        return None  # ("أب لخمسة أطفال قتلوا": the children killed; "قتل" is the father's)
    return toks[k].w


def _owner(toks: list[Token], k: int, sb: int) -> str | None:
    """"قتل صاحب متجر"، "تقتل صاحب شركة صيرفة": an owner in construct with an indefinite
    noun of what he owns is one person. The feminine folds as "his companion" ("وصاحبه"),
    which the owned noun after it rules out."""
    w = toks[k].w[1:] if toks[k].w.startswith("و") else toks[k].w
    if w in _OWNERS and k + 1 < sb and toks[k + 1].w in _OWNED:
        return w
    return None


def _described_between(toks: list[Token], f: _Figure, k: int) -> bool:
    """"قتل قيادي سابق في فصائل المعارضة ومرافق له"، 'بينهم عنصر في حركة "فتح" وطفل': the
    one person of the figure ending at ``f.b`` described by an adjective, a phrase of
    where he belongs after "في", or both, before the person joined at ``k``. Plain words
    and quotes only, no number, outcome or second "و"; the description is his, so the
    joined person shares his outcome, as after a rank ("ضابط برتبة نقيب وجنديين")."""
    b = f.b
    if f.count.low != 1 or f.group is None or f.group[1] != b or not (
            b < k <= b + _DESCRIPTION_MAX):
        return False
    r = b
    owned = toks[b].w in _OWNED and _owner(toks, b - 1, k) is not None
    if owned or (toks[r].is_word and toks[r].w != "في" and not toks[r].w.startswith(
            _AL_WA_PREFIXES)):
        r += 1  # the adjective ("سابق"), or what the owner owns ("صاحب ورشة وعامل")
    if r < k and toks[r].w != "في":
        return False
    return all((owned and m == b) or _age_at(toks, m, k) or (
        (toks[m].is_word or toks[m].w in _QUOTE_MARKS) and not toks[m].is_digit
        and not toks[m].w.startswith("و") and toks[m].w not in _BREAKS
        and not _count_word(toks[m]) and not word_in(toks[m], _TRIGGERS)
        and not word_in(toks[m], _NOUNS) and not _singular(toks[m])) for m in range(b, k))


def _body_between(toks: list[Token], f: _Figure, k: int) -> bool:
    """(round ar167) "قتل عنصران من قوات الأمن ومدني"، "أصيب شرطيان من دورية المرور
    وطفل": the two of a dual figure ending at ``f.b`` told by the body they belong to
    ("من" and its noun phrase, a short name in brackets) before the person joined at
    ``k``, who shares their outcome, as after a count's own "من" group. Plain words and
    brackets only, no number, outcome, person or second "و"."""
    b = f.b
    if f.count.low != 2 or f.count.high is not None or f.group != (b - 1, b) or not (
            b + 1 < k <= b + _BODY_BETWEEN_MAX) or toks[b].w != "من":
        return False
    return all(
        toks[m].w in _BODY_BRACKETS or (
            toks[m].is_word and not toks[m].w.startswith("و") and toks[m].w not in _BREAKS
            and not _count_word(toks[m]) and not word_in(toks[m], _TRIGGERS)
            and not word_in(toks[m], _NOUNS) and not _singular(toks[m]))
        for m in range(b + 1, k))


_BODY_BETWEEN_MAX = V.DUAL_BODY_BETWEEN_MAX
_BODY_BRACKETS = frozenset("()")


def _age_at(toks: list[Token], m: int, k: int) -> bool:
    """Is the word at ``m`` the number of an age before ``k`` ("رجل في الثمانين من عمره
    وامرأتان"): how old the one person is, no count of another group."""
    return m + 2 < k and toks[m + 1].w == "من" and toks[m + 2].w in _AGE and (
        toks[m].is_digit or bool(_count_word(toks[m])))


def _self_blast(toks: list[Token], sa: int, c: _Count, b: int,
                sb: int) -> tuple[int, int] | None:
    """"فجر اثنان منهما نفسيهما": bombers who blew themselves up."""
    if c.a - 1 < sa or not word_in(toks[c.a - 1], _SELF_VERBS):
        return None
    for m in range(c.b, min(c.b + 3, sb)):
        if toks[m].w in _SELF:
            return c.a - 1, m + 1
    return None


def _exceeded_by(toks: list[Token], c: _Count) -> bool:
    """Does a verb of passing stand right before the count ("تجاوز الثلاثين"), or open it as
    its qualifier ("يفوق العشرين", which before a plain number is "more than": "ما يفوق
    100")?"""
    return toks[c.a - 1].w in _TOLL_EXCEEDING or (c.n > c.a and toks[c.a].w in _TOLL_EXCEEDING)


def _fled_a_jail(toks: list[Token], a: int, b: int) -> bool:
    """Is the toll from ``a`` to its figure at ``b`` one of those who fled, from a jail
    ("عدد الفارين من السجن بلغ 40")? Escaped prisoners are no displaced people."""
    return any(toks[k].w in _FLED_TOLLS for k in range(a, b)) and any(
        toks[k].w in _JAILS for k in range(a, b))


def _toll(toks: list[Token], sa: int, c: _Count) -> tuple[int, str] | None:
    """"عدد القتلى ... ارتفع إلى 7": the toll noun decides the outcome."""
    if c.a - 2 > sa and word_in(toks[c.a - 2], _TOLL) and (
            nf := word_in(toks[c.a - 1], _TOLL_NOUNS)) and word_in(toks[c.a - 3], _TOLL_LINKS):
        return c.a - 2, str(_TOLL_NOUNS[nf])  # "بلغ عدد القتلى 30": the verb comes first
    if c.n > c.a and c.a - 2 >= sa and word_in(toks[c.a - 2], _TOLL) and (
            nf := word_in(toks[c.a - 1], _TOLL_NOUNS)):
        # "عدد المفقودين لا يقل عن عشرة": the qualifier links the toll to its figure
        return c.a - 2, str(_TOLL_NOUNS[nf])
    if c.n > c.a and (distant := _qualified_toll(toks, sa, c.a)) is not None:
        # "عدد المختطفين عند الحاجز "لا يقل عن 60 رجلا"": the same, a phrase of place or
        # time or a relative clause between, the figure quoted
        return distant
    if c.n > c.a and c.a - 3 >= sa and toks[c.a - 1].w in _FROM_IT and word_in(
            toks[c.a - 3], _TOLL) and (nf := word_in(toks[c.a - 2], _TOLL_NOUNS)):
        # "تقدر المنظمة عدد النازحين منها بنحو مليون": where from, as a pronoun, between
        return c.a - 3, str(_TOLL_NOUNS[nf])
    if c.n > c.a and (described := _described_toll(toks, sa, c.a)) is not None:
        # "تقدر المنظمة عدد النازحين واللاجئين السوريين بأكثر من 12 مليونا": the people
        # counted, joined and described, before the estimate's "بـ"
        return described
    if c.a - 3 > sa and (placed := _placed_toll(toks, sa, c)) is not None:
        # "تقدر الأمم المتحدة عدد النازحين داخل السودان بأكثر من 10 ملايين"
        return placed
    if (c.n > c.a or estimate_value_at(toks, sa, c.a) == c.a - 1) and (
            estimated := _estimated_toll(toks, sa, c)) is not None:
        # "قدر المكتب عدد النازحين جراء موجة العنف التي بدأت ... بنحو 2,700 شخص"، "قدرت
        # اللجنة عدد القتلى بـ45 شخصا"
        return estimated
    if (predicate := _predicate_toll(toks, sa, c)) is not None:
        # "قال المرصد ان عدد القتلى في الهجوم ثلاثة،": the figure is the toll's predicate
        return predicate
    if c.a - 1 < sa or toks[c.a - 1].w not in _TOLL_LINKS:
        return None
    if (counted := _relative_toll(toks, sa, c.a - 1)) is not None:
        return counted
    # (a toll may name its place and cause between noun and figure: "حصيلة القتلى جراء
    # الغارات الجوية على بلدة معرة النعمان بريف إدلب الجنوبي إلى 19")
    for k in range(c.a - 2, max(sa, c.a - 16) - 1, -1):
        nf = word_in(toks[k], _TOLL_NOUNS)
        if nf and k > sa and word_in(toks[k - 1], _TOLL):
            return k - 1, str(_TOLL_NOUNS[nf])
        if nf and k > sa and toks[k - 1].w in _RISE and not toks[k].w.startswith(
                _AL_WA_PREFIXES) and toks[k + 1].is_word and k + 1 < c.a - 1:
            # "ارتفاع قتلى اشتباكات كسلا الى 9": the rise of the dead of an event, a
            # headline's toll with no "عدد" (the event in construct after the noun)
            return k - 1, str(_TOLL_NOUNS[nf])
        if nf and k == c.a - 2 and _second_of_toll(toks, sa, k):
            # "ارتفعت حصيلة الشهداء الى 21822، والجرحى الى 56451": the verb and toll left out
            return k, str(_TOLL_NOUNS[nf])
        if nf and k - 1 > sa and toks[k].w.startswith("ال") and toks[k - 1].is_word and (
                toks[k - 1].w.startswith("ال")) and word_in(toks[k - 2], _TOLL):
            # "عدد الصحفيين المعتقلين ارتفع إلى 52": the definite outcome word is the
            # adjective of the people the toll counts
            return k - 2, str(_TOLL_NOUNS[nf])
        if nf and toks[k].w.startswith("ال") and (at := _construct_toll(toks, sa, k)) is not None:
            return at, str(_TOLL_NOUNS[nf])
        if is_end(toks[k]) or (toks[k].is_digit and not _year_in_toll(toks[k]) and not (
                k + 1 < c.a and word_in(toks[k + 1], _MONTH_STARTS))):
            # (a day before its month is a date in the time phrase: "عدد النازحين منذ 15
            # أبريل الماضي تجاوز 1,9 مليون")
            return None
    return None


def _predicate_toll(toks: list[Token], sa: int, c: _Count,
                    max_words: int = V.PREDICATE_TOLL_MAX_WORDS) -> tuple[int, str] | None:
    """"ان عدد القتلى 12،"، "ان عدد الجرحى في الهجوم ثلاثة،": after a complementizer a
    toll is the subject of a nominal clause and the bare figure that closes the clause is
    its predicate, with no verb between. The toll's noun, or a phrase of place, time or
    cause after it (a preposition and a few words), stands right before the figure."""
    if c.n != c.a or not (c.b >= len(toks) or is_end(toks[c.b]) or toks[c.b].w in _COMMAS):
        return None
    head = c.a - 2
    if head - 1 < sa or not word_in(toks[c.a - 1], _TOLL_NOUNS):
        head = next((p - 2 for p in range(c.a - 2, max(sa + 3, c.a - 2 - max_words) - 1, -1)
                     if toks[p].w in _TOLL_PLACE_PREPS), -1)
        if head - 1 < sa or not all(
                toks[r].is_word and not toks[r].is_digit and toks[r].w not in _BREAKS
                and not word_in(toks[r], _TRIGGERS) and not word_in(toks[r], _TOLL_NOUNS)
                for r in range(head + 2, c.a)):
            return None
    nf = word_in(toks[head + 1], _TOLL_NOUNS)
    if nf is None or not word_in(toks[head], _TOLL) or toks[head - 1].w not in _CLAUSE_OPENERS:
        return None
    return head, str(_TOLL_NOUNS[nf])


def _second_of_toll(toks: list[Token], sa: int, k: int) -> bool:
    """"ارتفعت حصيلة الشهداء الى 21822، والجرحى الى 56451": the definite outcome noun at
    ``k``, joined by "و" after a comma, is the second item of the toll before it, whose verb
    and noun of the toll it leaves out; that toll (its noun, then "إلى") ends the clause
    before the comma."""
    if not toks[k].w.startswith("وال") or k - 1 <= sa or toks[k - 1].w not in _COMMAS:
        return False
    to_seen = False
    for r in range(k - 2, max(sa, k - 18) - 1, -1):
        t = toks[r]
        if is_end(t) or t.w in _COMMAS:
            return False
        if t.w in _TO_FOLDED:
            to_seen = True
        elif to_seen and word_in(t, _TOLL):
            return True
    return False


def _construct_toll(toks: list[Token], sa: int, k: int) -> int | None:
    """"يرتفع عدد موظفي الأمم المتحدة المحتجزين لدى الجماعة إلى 59": the definite outcome
    word at ``k`` is the adjective of a construct the toll counts (an indefinite head, a
    definite genitive of one or two words). Where the toll's noun is, or None."""
    m = k - 1
    while m > k - 3 and m > sa and toks[m].w.startswith("ال"):
        m -= 1
    if m == k - 1 or m - 1 < sa or not toks[m].is_word or toks[m].w.startswith(
            _AL_WA_PREFIXES) or word_in(toks[m], _NOUNS) or word_in(toks[m], _TRIGGERS):
        return None
    return m - 1 if word_in(toks[m - 1], _TOLL) else None


def _year_in_toll(t: Token) -> bool:
    """A year in the time phrase between a toll's noun and its figure ("عدد اللاجئين
    المسجلين منذ أبريل 2023 إلى نحو 61 ألفا"): four digits of a year, no count."""
    return len(t.w) == 4 and t.w.isdigit() and 1900 <= int(t.w) <= 2100


def _qualified_toll(toks: list[Token], sa: int, a: int,
                    max_words: int = 10) -> tuple[int, str] | None:
    """"عدد المخطوفين الذين لا يزال مصيرهم مجهولا "يقارب 2,590"": a toll's noun, then up to
    ``max_words`` words (a place, a time, a relative clause right after the noun), then a
    qualifier that opens the figure at ``a`` (a quote mark may open it too). The
    qualifier is the toll's verb, as "لا يقل عن" is right after the noun; nothing that
    opens another clause or names another outcome or count may stand between."""
    k = a - 1
    while k > sa and toks[k].w in ('"', "«", "“"):
        k -= 1
    for m in range(k, max(sa + 1, k - max_words) - 1, -1):
        t = toks[m]
        nf = word_in(t, _TOLL_NOUNS)
        if nf and m - 1 >= sa and word_in(toks[m - 1], _TOLL):
            return m - 1, str(_TOLL_NOUNS[nf])
        if nf or word_in(t, _NOUNS):
            return None  # "عدد القتلى والجرحى بنحو 300": one count of two outcomes
        if t.is_digit and m + 1 <= k and word_in(toks[m + 1], _MONTH_STARTS):
            continue  # "منذ اندلاع القتال في 15 أبريل": a day before its month is a date
        if not t.is_word or t.is_digit or word_in(t, _TRIGGERS) or _count_word(t) or (
                t.w in _BREAKS and not (t.w in _PEOPLE_RELATIVES and m - 1 >= sa
                                        and word_in(toks[m - 1], _TOLL_NOUNS))):
            return None
    return None


def _relative_toll(toks: list[Token], sa: int, link: int,
                   reach: int = V.RELATIVE_TOLL_MAX_TOKENS) -> tuple[int, str] | None:
    """"عدد المسعفين الذين قتلوا منذ بدء الحرب ارتفع إلى 31": a running count of people
    any noun names, told by a relative clause whose verb is the outcome; the clause may
    run on with its time and place (a year among them) up to the link before the count.
    Only the plural and dual relatives: the people, not a thing, are counted."""
    for k in range(link - 1, max(sa + 1, link - reach) - 1, -1):
        # (round ar137: the reach was 14 tokens, too short for a clause with its cause,
        # place and date)
        t = toks[k]
        if (who := _who_toll(toks, sa, k, link)) is not None:
            return who
        if t.w not in _PEOPLE_RELATIVES or k + 1 >= link:
            if is_end(t) or t.w in _BREAKS:
                return None
            continue
        # (round ar139) "الذين استشهدوا": a verb of the outcome the triggers lack
        tf = word_in(toks[k + 1], _TRIGGERS)
        outcome = str(_TRIGGERS[tf]) if tf is not None else _outcome_verb(toks[k + 1])
        # (round ar139: up to four words, "عدد عناصر الدفاع المدني الذين")
        head = next((r for r in range(k - 1, max(sa, k - V.RELATIVE_TOLL_HEAD_REACH) - 1, -1)
                     if word_in(toks[r], _TOLL)), None)
        if outcome is None or head is None or not all(
                toks[r].is_word for r in range(head + 1, k)):
            return None
        return head, outcome
    return None


def _who_toll(toks: list[Token], sa: int, k: int, link: int) -> tuple[int, str] | None:
    """"عدد من قتلوا داخل المخيم منذ بداية العام ارتفع الى 71 شخصا": "من" right after the
    toll's noun and before an outcome's verb is the relative "those who", as "الذين" is, not
    "some of" ("عدد من القتلى" takes a noun). Returns where the toll starts and its outcome."""
    if toks[k].w != V.WHOM_FOLDED or k - 1 < sa or k + 1 >= link or not word_in(
            toks[k - 1], _TOLL):
        return None
    outcome = _outcome_verb(toks[k + 1])
    return None if outcome is None else (k - 1, outcome)


def _outcome_verb(t: Token) -> str | None:
    """The outcome of ``t`` when it is a verb of the outcome told after the people it befell
    ("قتلوا"، "نزحوا"), bare, not a noun with the article; else None."""
    if not t.is_word or t.w.startswith("ال"):
        return None
    f = word_in(t, _AFTER)
    return str(_AFTER[f]) if f is not None and t.w == f else None


def _placed_toll(toks: list[Token], sa: int, c: _Count) -> tuple[int, str] | None:
    """"عدد النازحين داخل السودان بأكثر من 10 ملايين": a phrase of place, time or cause
    (a preposition and up to four words) between the toll's noun and an estimate's "بـ"
    count, or a count after it when a verb of the toll opens ("وبلغ عدد القتلى في
    المدينة 400"; "تجاوز" then says more than). Nothing but words between."""
    estimate = c.n > c.a and toks[c.a].w.startswith("ب")
    for p in range(c.a - 2, max(sa + 2, c.a - 6) - 1, -1):
        t = toks[p]
        if not t.is_word or t.is_digit or t.w in _BREAKS:
            return None
        if t.w not in _TOLL_PLACE_PREPS or not word_in(toks[p - 2], _TOLL):
            continue
        nf = word_in(toks[p - 1], _TOLL_NOUNS)
        if nf is None:
            return None
        if estimate:
            return p - 2, str(_TOLL_NOUNS[nf])
        verb = toks[p - 3] if p - 3 >= sa else None
        if c.n == c.a and verb is not None and word_in(verb, _TOLL_LINKS):
            if word_in(verb, _TOLL_EXCEEDING):
                c.qual = "more_than"
            return p - 2, str(_TOLL_NOUNS[nf])
        return None
    return None


def _estimated_toll(toks: list[Token], sa: int, c: _Count) -> tuple[int, str] | None:
    """"قدر المكتب عدد النازحين جراء موجة العنف التي بدأت في أكتوبر الماضي بنحو 2,700":
    a verb of estimating takes "عدد" as its object and its value after "بـ", so the figure
    at ``c`` belongs to that "عدد" whatever phrase of place, time or cause stands between.
    The people counted are named right after "عدد" (see ``_people_estimated``); nothing
    after them may end the sentence, hold a number or name another outcome."""
    if (v := estimate_value_at(toks, sa, c.a)) is None:
        return None
    h = next((k for k in range(v - 2, max(sa, v - 2 - V.ESTIMATED_TOLL_MAX_WORDS) - 1, -1)
              if not toks[k].is_word or word_in(toks[k], _TOLL)), None)
    if h is None or not toks[h].is_word or not _estimator_before(toks, sa, h):
        return None
    named = _people_estimated(toks, h, v) or displaced_who(toks, h + 1, v)
    if named is None:
        return None
    start, outcome = named
    if any(word_in(toks[k], _TOLL_NOUNS) or word_in(toks[k], _TRIGGERS) or _count_word(toks[k])
           for k in range(start, v)):
        return None  # "عدد القتلى والجرحى بنحو 300": one count of two outcomes
    return h, outcome


def _estimator_before(toks: list[Token], sa: int, h: int) -> bool:
    """Is "عدد" at ``h`` the object of a verb or participle of estimating before it, with
    only its subject between ("وقدرت منظمة محلية تعمل في المنطقة عدد")?"""
    for k in range(h - 1, max(sa, h - V.TOLL_ESTIMATOR_REACH) - 1, -1):
        if word_in(toks[k], _TOLL_ESTIMATORS):
            return True
        if is_end(toks[k]):
            return False
    return False


def _people_estimated(toks: list[Token], h: int, a: int) -> tuple[int, str] | None:
    """Who the "عدد" at ``h`` counts, and where the words after them start: a toll noun
    ("عدد النازحين"), a definite noun with a definite outcome adjective ("عدد العائلات
    النازحة"), or "من" with a verb of the outcome and its object pronoun ("عدد من قتلهم
    التنظيم": those the group killed)."""
    p = h + 1
    if p >= a:
        return None
    if nf := word_in(toks[p], _TOLL_NOUNS):
        return p + 1, str(_TOLL_NOUNS[nf])
    if p + 1 < a and toks[p].w.startswith("ال") and toks[p + 1].w.startswith("ال") and (
            nf := word_in(toks[p + 1], _TOLL_NOUNS)):
        return p + 2, str(_TOLL_NOUNS[nf])
    if p + 1 < a and toks[p].w == V.WHOM_FOLDED and (
            done := _outcome_done_to_them(toks[p + 1])) is not None:
        return p + 2, done
    if p + 2 < a and (toks[p].w.startswith("ال") or toks[p].w.endswith(_OWNED_BY_THEM)) and (
            toks[p + 1].w in _PEOPLE_RELATIVES):
        # (round ar124) "عدد المدنيين الذين قتلوا في الإقليم منذ مطلع العام بأكثر من 250"،
        # "عدد الصيادين الذين احتجزتهم السلطات": any people, definite or possessed ("عدد
        # زملائهم الذين"), a relative clause names by the verb of their outcome, done by
        # them or to them
        if (f := word_in(toks[p + 2], _TRIGGERS)) is not None:
            return p + 3, str(_TRIGGERS[f])
        if (done := _outcome_done_to_them(toks[p + 2])) is not None:
            return p + 3, done
    return None


_OWNED_BY_THEM = tuple(V.PLURAL_OWNED_SUFFIXES)  # ("زملائهم"، "أبنائها"، "رفاقنا")


def _outcome_done_to_them(t: Token) -> str | None:
    """The outcome of a past verb of the outcome with its object pronoun ("قتلهم"،
    "اعتقلتهم"، "خطفها"), or None."""
    if not t.is_word:
        return None
    for suffix in _VERB_OBJECT_PRONOUNS:
        if t.w.endswith(suffix) and len(t.w) - len(suffix) >= 3:
            f = word_in(bare_token(t.w[: -len(suffix)]), _TRIGGERS)
            return str(_TRIGGERS[f]) if f else None
    return None


def _described_toll(toks: list[Token], sa: int, a: int) -> tuple[int, str] | None:
    """"عدد النازحين واللاجئين السوريين" or "عدد النازحين داخليا" right before the count at
    ``a``: the toll noun after "عدد", then up to three definite words (joined toll nouns of
    the same outcome, or adjectives) or an adverb of where. Nouns of two outcomes ("عدد
    القتلى والجرحى") make no one figure."""
    outcomes: set[str] = set()
    for k in range(a - 1, max(sa, a - 5) - 1, -1):
        t = toks[k]
        if not t.is_word:
            return None
        nf = word_in(t, _TOLL_NOUNS)
        if nf:
            outcomes.add(str(_TOLL_NOUNS[nf]))
            if k > sa and word_in(toks[k - 1], _TOLL):
                return (k - 1, outcomes.pop()) if len(outcomes) == 1 and k < a - 1 else None
        elif not (t.w.startswith(_AL_PREFIXES) or t.w in _TOLL_ADVERBS):
            return None
    return None


def _last_toll(toks: list[Token], read: list[tuple[int, str]]) -> str | None:
    """The outcome of the last figure read that was given as a toll: a toll word in the
    16 tokens before it, in its sentence ("ارتفعت حصيلة الغارات ... إلى 37 قتيلا")."""
    for a, outcome in reversed(read):
        for k in range(a, max(-1, a - 17), -1):
            if word_in(toks[k], _TOLL):
                return outcome
            if k < a and is_end(toks[k]):
                break
    return None


def _continuation(toks: list[Token], sa: int, c: _Count,
                  figures: list[_Figure]) -> str | None:
    """A list item or sub-group after a figure shares its outcome ("و4 يمنيين")."""
    if not figures:
        return None
    prev = figures[-1]
    first = toks[c.n]
    added = _added_people(toks, sa, c)
    marker = (c.a > sa and (word_in(toks[c.a - 1], _SUBGROUP) is not None
                            or toks[c.a - 1].w == "و")) or added is not None or (
        _compared_toll(toks, sa, c, prev))  # (round ar165) "، مقابل 85 مقاتلا"
    if prev.a < c.a < prev.b:
        # "14 مدنيا، بينهم ست نساء وخمسة أطفال، قتلوا": a sub-group (or its next item)
        # inside the figure it divides, whose verb comes after it
        inside = marker and any(word_in(toks[k], _SUBGROUP) for k in range(prev.a, c.a))
        return prev.outcome if inside else None
    # (a sub-group after "بينهم" may follow the toll's place and cause: "حصيلة القتلى
    # المدنيين جراء غارات جوية استهدفت مدينة دوما منذ فجر اليوم، بينهم 9 أطفال")
    # (and, set off by a comma, behind a longer place: a night, the two sides that
    # fought and a village with its district, "... بين فصيلين في قرية ... بريف حماة
    # الشرقي، بينهم خمسة مدنيين"; nothing between may end the sentence or open a figure)
    among = c.a > sa and toks[c.a - 1].w in _AMONG
    reach = _among_reach(toks, sa, c.a - 1) if among else 10
    if added is not None and toks[added - 1].w in ("،", ","):
        reach = _AMONG_COMMA_REACH  # set off by a comma, as far as a sub-group reaches

    if prev.b > c.a or c.a - prev.b > reach:
        return None
    glued = first.is_word and first.w.startswith("و") and c.n == c.a
    glued = glued or (c.n > c.a and toks[c.a].w.startswith("و"))
    if not (marker or glued or (c.a > sa and toks[c.a - 1].w in ("و",)) or _means_of_some(
            toks, sa, c, prev)):
        return None
    for k in range(prev.b, c.a):
        t = toks[k]
        if is_end(t) or (t.w in _BREAKS and not _time_after(toks, k)) or word_in(
                t, _AFTER) or ((f := word_in(t, _TRIGGERS)) and toks[k - 1].w not in _OUTCOME_PLACES
                               and not (among and toks[k - 1].w in _EVENT_KINDS)
                               and not (f in _POISONING and not _count_at(toks, k + 1, c.a))):
            # (round ar183: a poisoning's masdar with no count after it names how the toll
            # was hurt, "أصيبوا بجراح واختناق بالغاز، بينهم 34 طفلا", no outcome of its own)
            # (a place's name is no outcome: "في مراكز الاحتجاز، بينهم 3"; nor, before a
            # sub-group, the kind of events the toll came of: "في عمليات اغتيال")
            return None
        if among and k > prev.b and word_in(t, _NON_PERSON) and _is_number(toks[k - 1]) and (
                not word_in(t, _LONG_PERIODS)):
            # (a period is no such count: "مقتل 412 مدنيا ... خلال ثلاث سنوات، بينهم 138")
            # "قتلوا 23 شخصا وأحرقوا 60 شاحنة، بينها 40 بسطة": a count of things stands
            # between, and the sub-group divides those things, not the people before
            return None
    return prev.outcome


_COMPARED_MARKERS = fold_set(V.COMPARED_TOLL_MARKERS)
_COMPARED_OUTCOMES = frozenset(V.COMPARED_TOLL_OUTCOMES)
_COMPARED_TIME = fold_set(V.COMPARED_TOLL_TIME_OPENERS)


def _compared_toll(toks: list[Token], sa: int, c: _Count, prev: _Figure) -> bool:
    """(round ar165) Is the count right after "مقابل" a toll set against the dead or
    wounded figure before it ("لقوا مصرعهم، مقابل 85 مقاتلا"، "مقتل 300 مدني، مقابل 410
    في العام السابق")? People follow the count, or a time does when it stands alone;
    after a capture or a release "مقابل" is an exchange, and money after it no toll."""
    if c.a <= sa or toks[c.a - 1].w not in _COMPARED_MARKERS or (
            prev.outcome not in _COMPARED_OUTCOMES):
        return False
    if c.b >= len(toks) or not toks[c.b].is_word:
        return False
    return toks[c.b].w in _COMPARED_TIME or _is_person(toks, c.b)


def _added_people(toks: list[Token], sa: int, c: _Count) -> int | None:
    """Where "إضافة إلى" or "فضلا عن" opens, when the count at ``c`` is people added to the
    toll before ("قتل 9 من عناصرها، إضافة إلى 18 مدنيا"، "إضافة إلى مدنيين اثنين").
    Things added ("إضافة إلى 5 أحزمة ناسفة") are no more of the toll."""
    if c.a - 3 >= sa and (toks[c.a - 3].w, toks[c.a - 2].w) in _ADDED_TO:
        # the noun before "two" ("مدنيين اثنين")
        return c.a - 3 if _is_person(toks, c.a - 1) else None
    if c.a - 2 < sa or (toks[c.a - 2].w, toks[c.a - 1].w) not in _ADDED_TO:
        return None
    return c.a - 2 if c.b < len(toks) and _is_person(toks, c.b) else None


def _gender_pair(masculine: str, feminine: str) -> bool:
    """Is the folded ``feminine`` ("معلمه") the feminine of the singular noun a count
    takes before it ("14 معلما"، "200 معلم")? "14 معلما ومعلمة" names the count's men and
    women together; after a plural ("3 معلمين ومعلمة") the woman is one more."""
    if not feminine.endswith("ه") or len(feminine) < 4:
        return False
    stem = feminine[:-1]
    return stem in (masculine, masculine[:-1] if masculine.endswith("ا") else None)


def _time_after(toks: list[Token], k: int) -> bool:
    """Is ``k`` "بعد"/"قبل" with a span of time ("بعد ساعات من الحادث"، "قبل أيام من
    الهجوم") or the event itself ("بعد الهجمات")? It dates the figure's own verb, so it
    opens no clause: a sub-group after it ("اعتقلت ثلاثة متهمين بعد ساعات من الحادث، بينهم
    شقيقان") still divides that figure. (round ar170) So does a counted span ("قبل خمسة
    أسابيع"، "بعد ٣ أيام من القصف")."""
    if toks[k].w not in _BEFORE_AFTER or k + 1 >= len(toks):
        return False
    after = toks[k + 1]
    if word_in(after, _TIME_UNITS) or after.w in _DATING_EVENTS:
        return True
    return k + 2 < len(toks) and _is_number(after) and bool(
        word_in(toks[k + 2], _TIME_UNITS) or word_in(toks[k + 2], _LONG_PERIODS))


def _is_number(t: Token) -> bool:
    """A count in digits or in words ("60"، "ستين")."""
    return t.is_digit or bool(word_in(t, _UNITS) or word_in(t, _TENS) or word_in(t, _HUNDREDS))


def _means_of_some(toks: list[Token], sa: int, c: _Count, prev: _Figure) -> bool:
    """"أربعة من الطلاب قتلوا خلال العام، اثنان منهم بقذيفة": after a comma, a count of
    some of those killed or wounded before, and the weapon that struck them ("بقذيفة"،
    "برصاص"): a sub-group told by its means, with no outcome word of its own."""
    return prev.outcome in ("killed", "wounded") and c.a > sa and toks[c.a - 1].w in (
        "،", ",") and c.b + 1 < len(toks) and toks[c.b].w in _OF_THEM and toks[
        c.b + 1].w[:1] == "ب" and bool(word_in(toks[c.b + 1], _WOUNDING))


# --- implicit counts: duals and indefinite singulars -------------------------------


def _aside_subgroup(toks: list[Token], sa: int, k: int) -> bool:
    """Is ``k`` the first word of a sub-group set off by commas inside a figure read up to
    its verb ("تسعة مدنيين، بينهم طفلان، استشهدوا")? Its own count is still to read. So is
    a word joined by "و" later in that sub-group ("ثمانية مدنيين، بينهم ثلاثة أطفال وامرأة،
    قتلوا"): the woman is one more of the whole, as outside the commas."""
    if k - 2 >= sa and toks[k - 2].w in ("،", ",") and bool(word_in(toks[k - 1], _SUBGROUP)):
        return True
    if not toks[k].w.startswith("و"):
        return False
    for m in range(k - 1, max(sa + 1, k - 5) - 1, -1):
        if not (toks[m].is_word or toks[m].is_digit) or toks[m].w in _BREAKS:
            return False
        if word_in(toks[m], _SUBGROUP):
            return toks[m - 1].w in ("،", ",")
    return False


def _held_by_armed(toks: list[Token], a: int, b: int, sb: int) -> bool:
    """Does a held word in [a, b) name an armed group as the holder: "لدى" and the group
    after a held noun ("محتجزين لدى الفصيل"), the group right after a held verb
    ("تحتجزهم الجماعة")?"""
    for r in range(a, min(b, sb)):
        if word_in(toks[r], _HELD_VERBS) and r + 1 < sb and (
                toks[r + 1].w in _ARMED_HOLDERS or _armed_name_at(toks, r + 1, sb)):
            return True  # (round ar176) "وتحتجز قوات الدعم السريع 14 مدنيا"
        if word_in(toks[r], _HELD_VERBS) and r + 2 < sb and toks[r + 1].w in (
                _ONE_OF_FOLDED) and toks[r + 2].w in _GROUPS_OF_ONE:
            return True  # "احتجزت إحدى المجموعتين ثلاثة من عناصر الأخرى"
        if word_in(toks[r], _HELD_VERBS) and r + 2 < sb and toks[r + 1].w in (
                _HOLDER_MEMBERS) and (toks[r + 2].w in _ARMED_HOLDERS or _armed_name_at(
                    toks, r + 2, sb)):
            return True  # (round ar155) "احتجز عناصر ميليشيا ثلاثة صحفيين": its members'

        if word_in(toks[r], _HELD_WORDS) and r + 2 < sb and toks[r + 1].w == _HELD_BY and (
                toks[r + 2].w in _ARMED_HOLDERS or _armed_name_at(toks, r + 2, sb)):
            return True
    if b + 1 < sb and toks[b].w == _HELD_BY and (
            toks[b + 1].w in _ARMED_HOLDERS or _armed_name_at(toks, b + 1, sb)) and any(
                word_in(toks[r], _HELD_VERBS) for r in range(a, b)):
        return True  # (round ar176) "احتجاز 40 مدنيا لدى الميليشيا": the holder after them
    # "ما زالوا محتجزين داخل الفندق"، "محتجزين كرهائن": a siege's or a kidnapping's
    # captives, read from the words right after the held word at the figure's end
    r = b - 1
    if b < sb and a <= r and word_in(toks[r], _HELD_WORDS):
        if toks[b].w in _HOSTAGES:
            return True
        if toks[b].w in _INSIDE and b + 1 < sb and toks[b + 1].is_word and not word_in(
                toks[b + 1], _CUSTODY):
            return True
        j = b
        while j + 1 < sb and (toks[j].w in _STILL or toks[j].w in _MA_LA_NEGATION_FORMS):
            j += 1  # (round ar149) "محتجز ما زالوا في سجون الطرفين"
        if toks[j].w == "في" and j + 2 < sb and word_in(toks[j + 1], _CUSTODY) and (
                toks[j + 2].w in _ARMED_HOLDERS or toks[j + 2].w in _WAR_SIDES):
            # (round ar125) "نحو 300 محتجز في سجون الجماعة": the jails are the armed
            # group's, and who holds them decides, as after "لدى"; (round ar149) the jails
            # of both sides of a war hold its captives
            return True
    return False


def _armed_name_at(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar176) Is an armed holder named at ``k`` by two words ("لدى الدعم السريع"),
    after "قوات" ("لدى قوات الدعم السريع"), or by its kind in construct with its name
    ("لدى حركة الشباب"، "لدى كتائب القسام")? Who holds them decides, as for one word."""
    if toks[k].w in _FORCES_OF:
        k += 1
    if toks[k].w in _ARMED_HEADS and k + 2 < sb and toks[k + 1].w in _QUOTE_MARKS and (
            toks[k + 2].is_word):
        return True  # (round ar181) its name in quotes: 'لدى كتيبة "درع الجنوب"'
    if toks[k].w == _BATTALION and k + 1 < sb and word_in(toks[k + 1], _CARRIED_STATE):
        return False  # (round ar181) "لدى كتيبة الشرطة": a state's unit arrests
    return k + 1 < sb and toks[k + 1].is_word and (
        (toks[k].w, toks[k + 1].w) in _ARMED_NAMES or toks[k].w in _ARMED_HEADS)


def _held_after_taking(toks: list[Token], f: _Figure, sb: int) -> bool:
    """Is the figure of people held ("لا يزال نحو 30 راكبا محتجزين"), its holder unnamed,
    told after a kidnapping: is the nearest act of taking or holding before it a capture
    or its kidnappers ("خطف مسلحون حافلة ركاب"، "وأفرج الخاطفون"), not an arrest?"""
    held = next((r for r in range(f.a, min(f.b + 1, sb)) if word_in(toks[r], _HELD_WORDS)),
                None)
    if held is None or _holder_after(toks, held, sb):
        return False
    for r in range(f.a - 1, max(0, f.a - V.HELD_STORY_REACH) - 1, -1):
        t = toks[r]
        if not t.is_word:
            continue
        if t.w in _KIDNAPPERS:
            return True
        if (tf := word_in(t, _TRIGGERS)) and (o := _TRIGGERS[tf]) in _HELD_OUTCOMES:
            return o == "captured"
    return False


def _freed_by_subject(toks: list[Token], sa: int, a: int) -> bool:
    """(round ar139) Is the held figure at ``a`` the object of a verb of freeing with its
    subject between ("وحررت وحدة تابعة لجهاز مكافحة الهجرة 50 مهاجرا كانوا محتجزين"),
    the figure opening on its count (its outcome told after it)? Whoever frees them,
    the freed were held by others: captives. Another outcome's word, a mark or a
    complementizer between ends the look; (round ar143) a time in commas is passed
    ("حررت، فجر الثلاثاء، 40 مهاجرا")."""
    r, lo = a - 1, a - V.FREED_SUBJECT_REACH
    while r >= max(sa, lo):
        t = toks[r]
        if t.w in _COMMAS and (o := _time_aside_open(toks, sa, r)) is not None:
            lo -= r - o + 1  # (the aside takes none of the subject's reach)
            r = o - 1
            continue
        r -= 1
        if not t.is_word or t.w in _CLAUSE_OPENERS:
            return False
        if word_in(t, _FREEING):
            return True
        if word_in(t, _TRIGGERS):
            return False
    return False


def _time_aside_open(toks: list[Token], sa: int, r: int) -> int | None:
    """The comma opening a time in commas whose closing comma is at ``r`` ("، فجر
    الثلاثاء،"، "، مساء أمس،"), or None: every word between is a part of the day, a
    weekday or a word of time a taking's gap may hold ("أمس"، "الماضي")."""
    for o in range(r - 1, max(sa, r - 4) - 1, -1):
        if toks[o].w in _COMMAS:
            return o if o < r - 1 else None
        if toks[o].w not in _WHEN_WORDS and toks[o].w not in _GAP_TIMES:
            return None
    return None


def _released_held_as(toks: list[Token], a: int) -> str | None:
    """How were the people released, named before ``a`` ("بين المفرج عنهم"), held? The
    nearest holder told before decides: kidnappers or an armed group, a capture; a
    state, its jail or its prisoners ("أفرجت عنهم السلطات"، "من سجن عوفر"), an arrest.
    With neither, None: who held them is not told."""
    for r in range(a - 1, max(0, a - V.HELD_STORY_REACH) - 1, -1):
        t = toks[r]
        if not t.is_word:
            continue
        if t.w in _KIDNAPPERS or t.w in _ARMED_HOLDERS:
            return "captured"
        if t.w in _RELEASING_STATES or t.w in _JAILS or t.w in _STATE_PRISONER_NOUNS:
            return "arrested"
    return None


def _holder_after(toks: list[Token], r: int, sb: int) -> bool:
    """Does the held word at ``r`` name its holder or its place of custody right after it
    ("محتجزين لدى الشرطة"، "محتجزون لديها"، "محتجزين في سجن المدينة")? An armed holder is
    read by ``_held_by_armed``; any other holder so named is no kidnapper."""
    if r + 1 >= sb or not toks[r + 1].is_word:
        return False
    nxt = toks[r + 1].w
    return nxt == _HELD_BY or nxt.startswith("لدي") or (
        nxt == "في" and r + 2 < sb and word_in(toks[r + 2], _CUSTODY) is not None)


def _held_by_armed_subject(toks: list[Token], sa: int, v: int) -> bool:
    """Is the plural or dual held verb at ``v`` ("احتجزوا"، "احتجزا") the act of an armed
    holder named before it in its clause ("المسلحين احتجزوا 5 أشخاص"، "وهاجم مسلحون القرية
    واحتجزوا 5 شبان")? The verb names its subject only by a pronoun, so the holder is
    looked for among the few words before it, up to a clause's edge."""
    if toks[v].w in _HELD_SINGULARS:
        return _armed_subject_before(toks, sa, v)
    if toks[v].w[:1] == "و" and toks[v].w[1:] in _HELD_SINGULARS:
        # (round ar155) "هاجمت عصابة مسلحة القرية واحتجزت خمسة رعاة": the singular joined
        # by "و" carries the subject of the clause before, as the plural does
        return _carried_armed_holder(toks, sa, v)
    if toks[v].w in _HELD_AFTER_BI:
        # (round ar136) "ورد الفصيل باحتجاز أربعة رعاة": the masdar's doer is the subject
        # of the verb before it, an armed group or a clan
        for r in range(v - 1, max(sa, v - _HOLDER_REACH) - 1, -1):
            if not toks[r].is_word or toks[r].w in _CLAUSE_OPENERS:
                return False
            if word_in(toks[r], _ARMED_HOLDERS) or toks[r].w in _HOLDING_CLANS:
                return True
        return False
    if not word_in(toks[v], _HELD_PLURALS):
        return False
    for r in range(v - 1, max(sa, v - _HOLDER_REACH) - 1, -1):
        if not toks[r].is_word or toks[r].w in _CLAUSE_OPENERS:
            break
        if word_in(toks[r], _ARMED_HOLDERS):
            return True
    return _carried_armed_holder(toks, sa, v)


def _carried_armed_holder(toks: list[Token], sa: int, v: int) -> bool:
    """(round ar139) Is the joined plural held verb at ``v`` ("واحتجزوا"، "ويحتجزون") the
    act of armed men who are the subject of the clause before ("اقتحم نحو عشرين مسلحا مقر
    المجلس البلدي، واحتجزوا تسعة موظفين")? The "و" carries that subject over a comma. The
    subject stands before the object, so the first holder word of that stretch decides
    ("حاصرت الشرطة مسلحين، واحتجزوا أربعة منهم": the police hold them); the police, the
    army or an authority keep the holding an arrest. A complementizer or any mark but a
    comma ends the look."""
    if not toks[v].w.startswith("و"):
        return False
    armed = False
    lo = max(sa, v - V.CARRIED_HOLDER_REACH)
    r = v
    while r > lo:
        r -= 1
        t = toks[r]
        if not t.is_word:
            if t.w in _COMMAS:
                continue
            if t.w in _QUOTE_MARKS:
                # (round ar181) a quoted name inside the clause ('مقر قناة "نجوم الوادي"'،
                # 'لتنظيم "داعش"') neither ends it nor spends the reach
                lo = max(sa, lo - 1)
                continue
            break
        if t.w in _WHEN_WORDS:
            lo = max(sa, lo - 1)  # (round ar181) nor does its time ("مساء أمس الاثنين")
            continue
        if t.w in _CLAUSE_OPENERS:
            break
        if word_in(t, _CARRIED_STATE):
            armed = False
        elif word_in(t, _CARRIED_ARMED):
            armed = True
    return armed


def _armed_subject_before(toks: list[Token], sa: int, v: int) -> bool:
    """Does the subject right before the singular held verb at ``v`` end on an armed
    holder ("الحركة تحتجز"، 'الحركة "ما زالت تحتجز'، "قوات الدعم السريع تحتجز")? "Still"
    and a quotation mark may stand between; the police or the army before it hold as the
    state does, an arrest."""
    r = v - 1
    while r >= sa and (toks[r].w in _QUOTE_MARKS or toks[r].w in _STILL or toks[r].w in (
            _MA_LA_NEGATION_FORMS)):
        r -= 1
    if r > sa and toks[r].w in _HOLDER_SAID_THAT:
        r -= 1  # (round ar149) "وقالت الجماعة إنها تحتجز": its own captives
    if r < sa or not toks[r].is_word:
        return False
    return toks[r].w in _ARMED_HOLDERS or (r - 1 >= sa and (toks[r - 1].w, toks[r].w) in (
        _ARMED_NAMES)) or any(  # (the kind in construct with its name: "حركة الشباب")
        k >= sa and toks[k].w in _ARMED_HEADS and all(t.is_word for t in toks[k + 1:r + 1])
        for k in (r - 1, r - 2))


def _led_away_by_state(toks: list[Token], f: _Figure) -> bool:
    """Is the figure's verb of leading away ("اقتاد"، "اقتادت") done by a captor named
    before its count who is neither an armed holder nor a plural of doers, so the police,
    the army or a patrol that arrests? A count right after the verb leaves the captor to an
    earlier clause, and the capture stands."""
    if not word_in(toks[f.a], _LEADING_AWAY) or f.count.a <= f.a + 1 or not (
            toks[f.a + 1].is_word):
        return False  # (a quote mark before the count is no captor)
    captor = range(f.a + 1, f.count.a)
    if toks[f.a + 1].w.endswith(_SOUND_PLURAL_ENDINGS):
        return False  # "اقتاد مسلحون"، "اقتاد مستوطنون": doers, as after "أصاب"
    return not any(toks[r].w in _ARMED_HOLDERS for r in captor)


_LEADING_AWAY = fold_set(V.LEADING_AWAY_VERBS)
_REACHING = fold_set(V.REACHING_VERBS)
_REACH_PREPS = fold_set(V.REACH_PLACE_PREPS)
# (and the present's plural and dual: "مسلحين يحتجزون 5 من العاملين"; round ar125)
_HELD_PLURALS = fold_set((*(v for v in V.HELD_PLURAL_VERBS if v.startswith("احتجز")),
                          *V.HELD_PRESENT_PLURALS))
_HELD_SINGULARS = fold_set(V.HELD_SINGULAR_VERBS)
_ARMED_NAMES = frozenset((fold_word(a), fold_word(b)) for a, b in V.ARMED_HOLDER_NAMES)
_ARMED_HEADS = fold_set(V.ARMED_HOLDER_HEADS)
_BATTALION = fold_word("كتيبة")
_FORCES_OF = fold_set(V.FORCES_OF_NAMED_HOLDER)
_HOLDER_REACH = 5
_HOLDER_MEMBERS = fold_set(V.OWN_MEMBERS)
_RELEASING_STATES = fold_set(V.RELEASING_STATES)
_STATE_PRISONER_NOUNS = fold_set(V.STATE_PRISONER_NOUNS)
_RELEASED_AMONG = frozenset((fold_word(a), fold_word(b)) for a, b in V.RELEASED_AMONG)
_OWNED_PLURAL_ENDINGS = tuple(V.OWNED_PLURAL_ENDINGS)
_CARRIED_ARMED = fold_set(V.CARRIED_ARMED_HOLDERS)
_CARRIED_STATE = fold_set(V.CARRIED_STATE_HOLDERS)
_DUAL_AFTER_PRESENT = fold_set(V.DUAL_AFTER_PRESENT_VERBS)
_HELD_AFTER_BI = fold_set(V.HELD_AFTER_BI_MASDARS)
_HOLDING_CLANS = fold_set(V.HOLDING_CLANS)
_DEFINITE_ELEVEN = fold_set(V.DEFINITE_ELEVEN)
_TEN_OF_TEENS = fold_set(V.TEN_OF_TEENS)
_INSIDE = fold_set(V.HELD_INSIDE)
_HOSTAGES = fold_set(V.HELD_AS_HOSTAGES)
_CUSTODY = fold_set(V.CUSTODY_PLACES)
_JAILS = fold_set(V.JAILS)
_WAR_SIDES = fold_set(V.WAR_SIDES)
_HOLDER_SAID_THAT = fold_set(V.HOLDER_SAID_THAT)


_TALLY_HEADS = fold_set(V.PRISONER_TALLY_HEADS)
_TALLY_NOUNS = fold_set(V.PRISONER_TALLY_NOUNS)


def _state_prisoners(toks: list[Token], sa: int, f: _Figure, reach: int = 20) -> bool:
    """Is the captured figure ``f`` a state's tally of its prisoners, or a sub-group of it:
    "عدد الأسرى في سجون الاحتلال بلغ نحو 4,700 أسير، بينهم 31 أسيرة"? The tally opens the
    clause at most ``reach`` tokens before the figure, the jail after "في"."""
    for r in range(max(sa, f.a - reach), f.a - 3):
        if toks[r].w in _TALLY_HEADS and toks[r + 1].w in _TALLY_NOUNS and _in_custody(
                toks, r + 2, f.a):
            return True
    return False


def _in_jail(toks: list[Token], sa: int, a: int, reach: int = 2) -> bool:
    """Does a jail after "في" stand right before the count at ``a``, with at most ``reach``
    words of its holder between ("يقبع في السجون الإسرائيلية نحو 6500 أسير")? Where the
    prisoners are held names them as a state's detainees."""
    for r in range(max(sa, a - reach - 2), a - 1):
        if toks[r].w == "في" and toks[r + 1].w in _JAILS and all(
                toks[m].is_word and not word_in(toks[m], _TRIGGERS) for m in range(r + 2, a)):
            return True
    return False


def _subgroup_after(toks: list[Token], end: int, a: int) -> bool:
    """Is the count at ``a`` a sub-group told right after the figure ending at ``end``, or
    after one word describing it ("نحو 6500 أسير فلسطيني، بينهم 350 طفلا")? It shares the
    figure's outcome."""
    between = toks[end:a]
    return 2 <= len(between) <= 3 and between[-1].w in _SUBGROUP and (
        between[-2].w in _COMMAS) and all(
        t.is_word and not word_in(t, _TRIGGERS) for t in between[:-2])


def _in_custody(toks: list[Token], j: int, end: int, origin: int = 3) -> bool:
    """Does "في" and a jail start at ``j``, or after where the prisoners are from ("عدد
    الأسرى من محافظة بيت لحم في سجون الاحتلال")? Their origin, "من" and up to ``origin``
    words, describes the prisoners and leaves the tally whole."""
    starts = [j]
    if j < end and toks[j].w == "من":
        starts += range(j + 2, min(j + 2 + origin, end))
    return any(k + 1 < end and toks[k].w == "في" and toks[k + 1].w in _CUSTODY
               for k in starts)


def _joined_toll(toks: list[Token], sa: int, k: int, figures: list[_Figure]) -> bool:
    """Is the bare singular at ``k`` followed by "و" and a counted killed or wounded figure
    of its own ("قتيل وأربعة جرحى"، "شهيد و3 مصابين"), and not an "each" ("لكل قتيل")?"""
    if k + 1 >= len(toks) or toks[k + 1].w[:1] != "و" or (
            k > sa and toks[k - 1].w in _EACH_WORD_FORMS):
        return False
    start = k + 2 if toks[k + 1].w == "و" else k + 1
    return any(f.a == start and f.outcome in ("killed", "wounded") for f in figures)


def _caused_single(toks: list[Token], sa: int, k: int, figures: list[_Figure]) -> int | None:
    """Where the figure of an accusative singular casualty noun at k starts, if a verb of
    causing has it as its object: right after it ("موقعا قتيلا"), after its definite
    subject ("وأوقع الانفجار قتيلا"), or glued to "و" after the trigger's first object
    ("موقعة قتيلين وجريحا"); None otherwise."""
    if k <= sa:
        return None
    glued = toks[k].w not in _CAUSED  # "وجريحا" (the caller checked _CAUSED_FORMS)
    if not glued:
        if word_in(toks[k - 1], _CAUSING_ONE):
            return k - 1
        if k - 2 >= sa and toks[k - 1].w.startswith("ال") and word_in(
                toks[k - 2], _CAUSING_ONE):
            return k - 2
        return None
    if glued and figures and figures[-1].b == k and (
            word_in(toks[figures[-1].a], _CAUSING_ONE) or (
            figures[-1].a > sa and word_in(toks[figures[-1].a - 1], _CAUSING_ONE))):
        return k
    return None


def _bodies_of_a_pair(toks: list[Token], sa: int, sb: int, k: int) -> int | None:
    """"جثتي رجل وابنه"، "جثماني امرأة وطفلها": the dual of bodies before an indefinite
    person and a second one joined by "و" (a person or a kin noun with the first one's
    pronoun); the dual says two, as it does before "شابين". The pair's end, or None."""
    if not (k > sa and k + 1 < sb and word_in(toks[k - 1], _BODY_PAIRS) and _singular(toks[k])
            and not toks[k].w.startswith(_AL_WA_PREFIXES)):
        return None
    second = toks[k + 1].w
    if second[:1] != "و" or len(second) < 3:
        return None
    rest = second[1:]
    if _singular(bare_token(rest)) or any(
            rest == stem + p for stem in _PAIR_KIN for p in _KIN_OF_ONE):
        return k + 2
    return None


def _implicit(toks: list[Token], sa: int, sb: int, used: set[int],
              figures: list[_Figure], where: list[int]) -> list[_Figure]:
    """Figures of the implicit counts among the tokens ``where`` (indices in [sa, sb);
    any token that is not a dual, singular or "أحد" is passed over)."""
    out: list[_Figure] = []
    for k in where:
        if not toks[k].is_word or (k in used and not _aside_subgroup(toks, sa, k)):
            continue
        t = toks[k]
        if _in_front_of(toks, k, sb):
            continue
        if k not in used and t.w.startswith("ال") and (
                still_two := _definite_two_still(toks, sa, sb, k)) is not None:
            # (round ar153) "فيما لا يزال الراعيان الآخران مفقودين": two still missing
            out.append(_Figure(k, still_two[0], still_two[1],
                               _Count(k, k, k + 1, 2, None, "exact"), (k, k + 1)))
            used.update(range(k, still_two[0]))
            continue
        if (sought := _sought_missing(toks, sa, sb, k)) is not None and k not in used:
            out.append(_Figure(k, sought, "missing", _Count(k, k, k + 1, 1, None, "exact"),
                               None if sought == k + 1 else (k, k + 1)))
            used.update(range(k, sought))
            continue
        if k not in used and word_in(t, _DUALS) and (sought_two := _sought_under_rubble(
                toks, sa, sb, _Count(k, k, k + 1, 2, None, "exact"))) is not None:
            # "تبحث عن شخصين يعتقد انهما تحت أنقاض المنزل": two missing
            out.append(_Figure(sought_two[0], sought_two[1], "missing",
                               _Count(k, k, k + 1, 2, None, "exact"), sought_two[2]))
            used.update(range(sought_two[0], sought_two[1]))
            continue
        if t.w in _INJURY_DUALS and k > sa and word_in(toks[k - 1], _SUBGROUP) and any(
                f.outcome == "wounded" and f.b <= k for f in figures + out):
            # "7 إصابات، بينها إصابتان بالرصاص": two of the injuries counted before
            out.append(_Figure(k - 1, k + 1, "wounded", _Count(k, k, k + 1, 2, None, "exact"),
                               None))
            used.update((k - 1, k))
            continue
        if t.w in _HOUSEHOLD_SINGULARS and k not in used and _one_household_displaced(
                toks, sa, sb, k):
            # "منزل يؤوي عائلة نازحة"، "عائلة نزحت من الحي": one displaced household
            c = _Count(k, k, k + 1, 1, None, "exact")
            out.append(_Figure(k, k + 2, "displaced", c, (k, k + 1)))
            used.update((k, k + 1))
            continue
        if t.w in _HOUSEHOLD_DUALS:
            if k + 1 < sb and toks[k + 1].w in _DISPLACED_DUALS:
                # "تقيم فيه عائلتان نازحتان": two displaced families, the pair their group
                c = _Count(k, k, k + 1, 2, None, "exact")
                out.append(_Figure(k, k + 2, "displaced", c, (k, k + 2)))
                used.update((k, k + 1))
            elif k + 1 < sb and toks[k + 1].w in _DISPLACED_DUAL_VERBS:
                # "كان يؤوي عائلتين نزحتا من بلدة حدودية": the verb tells their flight
                c = _Count(k, k, k + 1, 2, None, "exact")
                out.append(_Figure(k, k + 2, "displaced", c, (k, k + 1)))
                used.update((k, k + 1))
            continue
        if t.w in _ONE_OF_THEM:
            if k > sa and toks[k - 1].w in _BODY_OF_ONE:
                # "بعد العثور على جثة أحدهم": the body of one of them, one dead
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k - 1, k + 1, "killed", c, None))
                used.update((k - 1, k))
                continue
            if k > sa and (ev := word_in(toks[k - 1], _ONE_OF_THEM_EVENTS)) and (
                    k - 1 not in used):
                # "ومقتل أحدهم": the outcome's noun with one of them as its genitive
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k - 1, k + 1, str(_ONE_OF_THEM_EVENTS[ev]), c, None))
                used.update((k - 1, k))
                continue
            if k > sa and (ev := word_in(toks[k - 1], _ONE_OF_THEM_VERBS)) and (
                    k - 1 not in used):
                # "توفي أحدهم": the outcome's verb with one of them as its subject
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k - 1, k + 1, str(_ONE_OF_THEM_VERBS[ev]), c, None))
                used.update((k - 1, k))
                continue
            if k > sa and (ev := word_in(toks[k - 1], _ONE_OF_THEM_OBJECT_VERBS)) and (
                    k - 1 not in used):
                # "ثم اقتادوا أحدهم": the plural verb's object, one of them
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k - 1, k + 1, str(_ONE_OF_THEM_OBJECT_VERBS[ev]), c, None))
                used.update((k - 1, k))
                continue
            if k > sa and k - 1 not in used and (ev := _other_gender_verb(toks[k - 1], t)):
                # "وأصابت أحدهم": a verb of the other gender, one of them its object
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k - 1, k + 1, ev, c, None))
                used.update((k - 1, k))
                continue
            if k > sa and k + 1 < sb and word_in(toks[k - 1], _LAQIYA) and toks[
                    k + 1].w in _DEATH_OBJ and k - 1 not in used:
                # "ولقي أحدهم حتفه": one of them met his death, the idiom's subject
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k - 1, k + 2, "killed", c, None))
                used.update((k - 1, k, k + 1))
                continue
            if k + 1 < sb and (ev := word_in(toks[k + 1], _ONE_OF_THEM_VERBS) or (
                    one_of_them_passive(toks, k + 1, sb))) and k + 1 not in used:
                # "، أحدهم أصيب برصاصة": the same subject before its verb, as news puts
                # one of a toll first to tell what befell him
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k, k + 2, str(_ONE_OF_THEM_VERBS.get(ev) or (
                    _ONE_OF_THEM_PASSIVES[ev])), c, None))
                used.update((k, k + 1))
                continue
            if k + 1 < sb and k + 1 not in used and (told := one_of_them_told(toks, k + 1, sb)):
                # (round ar112) "إن أحدهم قتل في الغارة"، "أحدهم مصاب"
                out.append(_Figure(k, k + 2, told, _Count(k, k, k + 1, 1, None, "exact"), None))
                used.update((k, k + 1))
                continue
            if (one_of := _one_of_them_described(toks, sa, sb, k, figures + out)) is not None:
                # "مقتل شخصين، أحدهما عسكري": one of the figure before, by who he is
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k, one_of[1], one_of[0], c, None))
                used.update(range(k, one_of[1]))
                continue
            if _wounded_before(toks, sa, k, figures + out) and (
                    end := _part_injury_end(toks, k + 1, sb)) is not None:
                # "وان أحدهم فقد إحدى ساقيه"، "أحدهم بكسر في الجمجمة": one of the wounded,
                # by what he suffered
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k, end, "wounded", c, None))
                used.update(range(k, end))
            elif (one := _one_of_them_wounded(toks, sa, sb, k, figures + out)) is not None:
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(one[0], one[1], "wounded", c, None))
                used.update(range(one[0], one[1]))
            elif (hit := _one_of_them_hit(toks, sa, sb, k, figures + out)) is not None:
                # "أصيب 14 فلسطينيا، أحدهم بالرصاص الحي": one of the figure, by how hit
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k, hit[1], hit[0], c, None))
                used.update(range(k, hit[1]))
            continue
        if (pair_end := _bodies_of_a_pair(toks, sa, sb, k)) is not None and k - 1 not in used:
            # "انتشلت جثتي رجل وابنه": the bodies' dual counts the pair named after it
            c = _Count(k, k, pair_end, 2, None, "exact")
            out.append(_Figure(k - 1, pair_end, "killed", c, (k, pair_end)))
            used.update(range(k - 1, pair_end))
            continue
        dual_noun = word_in(t, _DUAL_NOUNS)
        if dual_noun in _INDEFINITE_DUALS and t.w != dual_noun and (
                "ال" + dual_noun) in stems(t.w):
            dual_noun = None  # "ونقل المصابان": the two counted before
        elif dual_noun and k > sa and t.w != dual_noun and (
                "ال" + dual_noun) in stems(t.w) and word_in(toks[k - 1], _KIN_OF_COUNTED):
            dual_noun = None  # "الدية لأهل القتيلين": the kin of the two counted before
        # "اعتقلت أسيرين محررين": two once freed are people, as "أسير محرر" is; what befalls
        # them now is the verb's, not the noun's
        freed_pair = dual_noun is not None and k + 1 < sb and toks[k + 1].w.startswith("محرر")
        if dual_noun and not freed_pair and k > sa and toks[k - 1].w in _ONE_OF_FOLDED and (
                t.w.startswith("ال")):
            # "ونعى الحزب أحد القتيلين": one of the two counted before, one
            c = _Count(k - 1, k - 1, k + 1, 1, None, "exact")
            out.append(_Figure(k - 1, k + 1, str(_DUAL_NOUNS[dual_noun]), c, None))
            used.update((k - 1, k))
            continue
        if dual_noun and not freed_pair:
            c = _Count(k, k, k + 1, 2, None, "exact")
            outcome = str(_DUAL_NOUNS[dual_noun])
            if outcome == "wounded" and _died_before(toks, sa, k):
                # "وتوفي جريحان متأثرين بجروحهما": the wounded died
                out.append(_Figure(k - 1, k + 1, "killed", c, None))
                used.update((k - 1, k))
                continue
            out.append(_Figure(k, k + 1, outcome, c, None))
            used.add(k)
            continue
        if t.w in _CAUSED_FORMS and (
                caused := _caused_single(toks, sa, k, figures + out)) is not None:
            c = _Count(k, k, k + 1, 1, None, "exact")
            out.append(_Figure(caused, k + 1, str(_CAUSED[word_in(t, _CAUSED)]), c, None))
            used.update(range(caused, k + 1))
            continue
        if t.w[:1] == "و" and t.w[1:] in _SINGLE_NOUNS and k > sa and word_in(
                toks[k - 1], _DUAL_NOUNS) and k - 1 in used and not _shared_after(
                toks, k, sb) and not (k + 1 < sb and (
                    toks[k + 1].w in _ONE or toks[k + 1].w.startswith("ال"))):
            # "قتيلان وجريح": the bare singular joined to a dual outcome noun is one more
            # (not "جريح الحرب", a construct, nor "جريح واحد", counted by its "واحد")
            c = _Count(k, k, k + 1, 1, None, "exact")
            out.append(_Figure(k, k + 1, str(_SINGLE_NOUNS[t.w[1:]]), c, None))
            used.add(k)
            continue
        if t.w in _RANKED_NOUNS and (ranked := _ranked_casualty(toks, k, sb)) and not (
                k > sa and (word_in(toks[k - 1], _TRIGGERS) or word_in(toks[k - 1], _FALL))):
            # (round ar175) "أن جريحا ثامنا نقل"، "عثر على قتيل خامس": one more (after a
            # verb or noun of an outcome, "وتوفي جريح سادس", the sentence rules read it)
            c = _Count(k, k + 1, k + 2, 1, None, "exact")
            b = k + 2
            if b < sb and word_in(toks[b], _DEATH_VERBS):
                ranked, b = "killed", b + 1  # "أن جريحا سابعا توفي": the wounded one died
            out.append(_Figure(k, b, ranked, c, None))
            used.update(range(k, b))
            continue
        if t.w[:1] == "و" and k - 2 >= sa and k - 1 in used and word_in(
                toks[k - 2], _FALL) and _one_and_one(toks, k - 1) and not _shared_after(
                toks, k - 1, sb):
            # "سقوط قتيل وجريح": the second bare singular after the fall's first is one more
            c = _Count(k, k, k + 1, 1, None, "exact")
            out.append(_Figure(k, k + 1, str(_SINGLE_NOUNS[t.w[1:]]), c, None))
            used.add(k)
            continue
        freed = _freed_prisoner(toks, k, sb)
        if t.w in _SINGLE_NOUNS and not freed:
            if k + 1 < sb and toks[k + 1].w in _ONE and not (
                    k > sa and toks[k - 1].w in _EACH_WORDS):
                # "عن مفقود واحد على الأقل": the outcome noun counted by "واحد"
                c = _Count(k, k + 1, k + 2, 1, None, "exact")
                b = k + 2
                qa = _qual_after(toks, b, sb)
                if qa:
                    c.qual, b = qa[1], qa[0]
                out.append(_Figure(k, b, str(_SINGLE_NOUNS[t.w]), c, None))
                used.update(range(k, b))
                continue
            if _ranked_body(toks, k, sb):
                # "انتشلت جثة سابعة": the next body recovered, one dead
                c = _Count(k, k + 1, k + 2, 1, None, "exact")
                out.append(_Figure(k, k + 2, "killed", c, None))
                used.update((k, k + 1))
                continue
            if k + 1 < sb and toks[k + 1].w[:1] == "و" and word_in(toks[k + 1], _DUAL_NOUNS) and (
                    k == sa or not (toks[k - 1].w.startswith("ال") or word_in(toks[k - 1], _FALL))):
                # "قتيل وجريحان": a bare singular before a joined dual outcome noun is one
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k, k + 1, str(_SINGLE_NOUNS[t.w]), c, None))
                used.add(k)
                continue
            if _SINGLE_NOUNS[t.w] in ("killed", "wounded") and _joined_toll(
                    toks, sa, k, figures) and not word_in(toks[k - 1], _FALL):
                # "قتيل وأربعة جرحى": a bare singular before a joined counted toll is one,
                # as before a joined dual ("سقوط قتيل وجريح" alone is read below)
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k, k + 1, str(_SINGLE_NOUNS[t.w]), c, None))
                used.add(k)
                continue
            if k == sa + 1 and toks[sa].w in _SINGULAR and _SINGLE_NOUNS[t.w] in (
                    "killed", "wounded") and _headline_one_ends(toks, k + 1, sb):
                # (round ar153) "شاب قتيل واعتقال 14": a headline's person and his outcome
                # noun as a phrase of their own are one
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(sa, k + 1, str(_SINGLE_NOUNS[t.w]), c, (sa, sa + 1)))
                used.update((sa, k))
                continue
            if k > sa and word_in(toks[k - 1], _FALL) and not _shared_after(toks, k, sb) and (
                    _SINGLE_NOUNS[t.w] in ("killed", "wounded")):
                # "سقوط شهيد": one dead (not "سقوط الشهيد", nor "سقوط قتيل وجريح")
                c = _Count(k, k, k + 1, 1, None, "exact")
                out.append(_Figure(k - 1, k + 1, str(_SINGLE_NOUNS[t.w]), c, None))
                used.update((k - 1, k))
            continue
        if t.w in _ONE_MORE:
            more = _one_more(toks, sa, sb, k, figures + out)
            if more is not None:
                out.append(more)
                used.update(range(more.a, more.b))
            continue
        if k > sa and word_in(toks[k - 1], _TARGETING) and _singular(t) and (
                led := _led_to_outcome(toks, k, sb)) is not None:
            # "استهدفوا امرأة حاملا في الحي، ما أدى إلى مقتلها": the one targeted, counted
            # by the outcome the result clause gives
            out.append(_Figure(k, led[0], led[1], _Count(k, k, k + 1, 1, None, "exact"),
                               (k, k + 1)))
            used.update(range(k, led[0]))
            continue
        dual = word_in(t, _DUALS) or (dual_noun if freed_pair else None) or (
            t.w if _dual_by_agreement(toks, k, sb) else None) or (
            t.w if k > sa and toks[k - 1].w in _DUAL_AFTER_PRESENT and t.w.endswith("ين") and (
                t.w[:-2] in _SINGULAR) and not (k + 1 < sb and toks[k + 1].w in _TWO)
            else None) or (
            t.w if _trade_dual_word(t.w) and _dual_of_trade(toks, sa, k, sb) else None) or (
            t.w if _agent_construct_dual(toks, k, sb) else None)  # (ar191) "عونا أمن"
        # (round ar136, the last) "قذيفة تقتل مسنين"; "مزارعين اثنين" is counted by its "two"
        if dual and k > sa and word_in(toks[k - 1], _DUALS):
            continue  # "جنديان سعوديان": the second dual is the first one's adjective
        if dual and any(f.b == k and f.count.low == 2 for f in figures + out):
            # "أن اثنين من المعتقلين أسيران محرران": the dual right after two counted says
            # who those two are (a predicate), no other two
            continue
        titled = not dual and t.w[1:] in _TITLES_OF_ONE and joined_title(
            toks, k, sb, {f.b for f in figures + out})
        if not dual and t.w[:1] == "و" and second_title(toks, k, sb) and (prev_one := next((
                f for f in figures + out if f.b == k and f.count.low == 1), None)):
            # (round ar167) "اغتيل إمام وخطيب مسجد": one man's two offices, one genitive;
            # a definite genitive after the shared one makes him definite ("إمام وخطيب
            # مسجد البلدة"), no count
            if definite_chain(toks, k, sb):
                for lst in (figures, out):
                    if prev_one in lst:
                        lst.remove(prev_one)
            else:
                prev_one.b = k + 2
                if prev_one.group and prev_one.group[1] == k:
                    prev_one.group = (prev_one.group[0], k + 2)
            used.update((k, k + 1))
            continue
        single = None if dual else (_singular(t) or freed or _kin_in_subgroup(toks, sa, k) or (
            _companion(toks, k, sb) or _owner(toks, k, sb) or _parent_of(toks, k, sb)) or (
                _member_after_outcome(
                toks, sa, k, sb)) or (t.w if titled else None) or notable_one(toks, k, sb))
        if single and k + 1 < sb and toks[k + 1].w in _ONE and any(
                f.a <= k + 1 < f.b for f in figures):
            continue  # "ومدني واحد": the one is counted by its "واحد", not twice
        if not single and not dual and t.w in _HELD_SUBJECTS:
            v = _subject_before_verb(toks, sa, sb, k)
            if not v or _AFTER.get(word_in(toks[v], _AFTER) or "") != "killed":
                continue
            single = t.w  # "أن أسيرا من جنين توفي": a death in custody
        if single and t.w.startswith("و") and not t.w.endswith("ا") and k - 2 >= sa and (
                k - 1 in used and _singular(toks[k - 1]) and not toks[k - 1].w.endswith("ا")
                and (toks[k - 2].is_digit or word_in(toks[k - 2], _MULT)
                     or word_in(toks[k - 2], _HUNDREDS))):
            # "6 آلاف امرأة وطفل", "مئة رجل وامرأة": a singular genitive after a hundred or
            # a thousand is counted, and the noun joined to it shares the count
            for f in figures:
                if f.b == k:
                    f.b = k + 1
                    if f.group and f.group[1] == k:
                        f.group = (f.group[0], k + 1)
            continue
        if single and t.w.startswith("و") and t.w.endswith("ا") and (f := next((
                f for f in figures if f.b == k and f.group and f.group[1] == k
                and f.group[1] - f.group[0] == 1 and f.count.high is None
                and _accusative_count(f.count.low) and _singular(toks[f.group[0]])), None)
                    ) and not (
                k + 1 < sb and (toks[k + 1].w in _OTHERS or toks[k + 1].w in _ONE_MORE)):
            # "16 امرأة وطفلا"، "أكثر من 120 مزارعا وراعيا": after 11 to 99, and after a
            # hundred or a thousand with 11 to 99 last, the counted noun is a singular
            # accusative, and a singular accusative joined to it is counted with it
            f.b, f.group = k + 1, (f.group[0], k + 1)
            continue
        if single and k + 1 < sb and toks[k + 1].w in _PLURAL_OBJECT:
            continue  # "اعتقلت مشتبها بهم": the pronoun makes the suspects a plural, uncounted
        one = t.w in _ONE_OF_WORDS_FOLDED or (t.w in ("واحد",))
        if one and t.w == "واحد" and k > sa and (toks[k - 1].w in _NON_PERSON or toks[
                k - 1].w in _TIME_UNITS):
            continue  # "من بينهم 11 في يوم واحد": the one of a day, not a person
        if one and k + 1 < sb and (word_in(toks[k + 1], _NON_PERSON) or _one_of_groups(
                toks, k)):
            # "فقد إحدى ساقيه": one of a pair of limbs, not a person; "احتجزت إحدى
            # المجموعتين": one of the armed groups
            continue
        if one and t.w != "واحد" and _nobody(toks, k, sb):
            continue  # "لم يقتل أحد"، "ولم يعد منهم أحد": nobody, no count
        if not (dual or single or one):
            continue
        two_suspects = bool(single) and k + 1 < sb and toks[k + 1].w in _DUAL_OBJECT and (
            t.w.startswith(V.SUSPECT_PARTICIPLE_STEMS))
        value = 2 if dual or two_suspects else 1
        c = _Count(k, k, k + 1, value, None, "exact")
        if single and not t.w.startswith("و") and _to_death(toks, k + 1, sb):
            # "بتعذيب سجين حتى الموت"، "ضربوا شابا حتى الموت": one person, dead of it
            out.append(_Figure(k, k + 3, "killed", c, (k, k + 1)))
            used.update(range(k, k + 3))
            continue
        outcome, a = _implicit_outcome(toks, sa, sb, k, figures + out, bool(dual))
        if outcome is None and single and (rel := _relative_verb_after(toks, k, sb)):
            # "مصير طبيب اختطفته قوة مسلحة"، "جثة امرأة قتلها مجهولون": what befell the one
            # person, told in the clause that describes him
            out.append(_Figure(k, k + 2, rel, c, (k, k + 1)))
            used.update(range(k, k + 2))
            continue
        b = k + 1
        verb_after = False  # the outcome is a verb after the dual ("الطفلين قتلا")
        if outcome is None and single and (v := _subject_before_verb(toks, sa, sb, k)) and not (
                t.w in _HELD_SUBJECTS_FEMININE and _AFTER.get(
                    word_in(toks[v], _AFTER) or "") != "killed"):
            # "إن طفلا قتل", "أن ضابطا أصيب": an accusative singular after the
            # complementizer, the passive verb right after it (or after "من" + its body)
            outcome = _STILL_STATES.get(toks[v].w) or str(
                _AFTER[word_in(toks[v], _AFTER)])  # type: ignore[index]
            b, verb_after = v + 1, True
        if outcome is None and single and (end := fallen_dead_after(toks, k, sb)) and (
                _after_complementizer(toks, sa, k) or _mourned(toks, sa, k)):
            # "أن متطوعا سقط قتيلا": falling dead after its subject, as "لقي حتفه"
            outcome, b = "killed", end
            verb_after = True
        if outcome is None and single and (still := _still_after_verb(toks, sa, sb, k)):
            # "وما زال شاب مفقودا": the verb first, the one person still in the state
            out.append(_Figure(k, still[1], still[0], c, (k, k + 1)))
            used.update(range(k, still[1]))
            continue
        if outcome is None and single and (told := _kana_subject(toks, sa, sb, k)):
            # "وكان جندي مغربي قد لقي حتفه": the story's earlier death, told after كان
            out.append(_Figure(k, told[0], told[1], c, (k, told[2])))
            used.update(range(k, told[0]))
            continue
        if outcome is None and single and not t.w.startswith("و") and (
                blast := _single_blast(toks, k, sb)) is not None:
            # "إن مهاجما يقود سيارة محملة بالمتفجرات فجر نفسه": a bomber, dead by his blast
            out.append(_Figure(k, blast, "killed", c, (k, k + 1)))
            used.update(range(k, blast))
            continue
        if outcome is None and single and _blast_before(toks, sa, k, sb):
            # "حين فجر انتحاري نفسه": the verb first, the bomber dead by his own blast
            out.append(_Figure(k - 1, k + 2, "killed", c, (k, k + 1)))
            used.update(range(k - 1, k + 2))
            continue
        if outcome is None and one and (v := _one_before_verb(toks, sa, sb, k)):
            # "أن أحد عناصر الشرطة استشهد": one of a body, the verb after its genitive
            outcome, b = str(_AFTER[word_in(toks[v], _AFTER)]), v + 1  # type: ignore[index]
            verb_after = True
        if outcome is None and one and toks[k].w in _ONE_OF_FOLDED and sa < k and toks[
                k - 1].w in _COMPLEMENTIZERS and (end := fallen_one_of(toks, k, sb)):
            # "أن أحد المطلوبين سقط قتيلا": one of a body, falling dead after its genitive
            outcome, b = "killed", end
            verb_after = True
        if outcome is None and dual and (told := _kana_subject(toks, sa, sb, k, True)):
            # "وكان جنديان من الجيش قد قتلا": two, the story's earlier toll, after كان
            out.append(_Figure(k, told[0], told[1], c, (k, told[2])))
            used.update(range(k, told[0]))
            continue
        if outcome is None and dual and (v := _dual_subject_before_verb(toks, sa, sb, k)):
            # "إن حارسين من قوات الحدود أصيبا": the body between the dual and its verb
            outcome, b = str(_AFTER[word_in(toks[v], _AFTER)]), v + 1  # type: ignore[index]
            verb_after = True
        if outcome is None and dual and (v := _verb_after_aside(toks, k, sb)):
            # "الطفلين، وهما شقيقان في العاشرة، قتلا": the verb after an aside on who they were
            out.append(_Figure(k, v + 1, str(_AFTER[word_in(toks[v], _AFTER)]), c,  # type: ignore[index]
                               (k, k + 1)))
            used.update(range(k, v + 1))
            continue
        if outcome is None and dual and (state := _dual_state_after(toks, k, sb)):
            # "شخصين لا يزالان في عداد المفقودين"، "عن شخصين مفقودين": the two's state
            out.append(_Figure(k, state[0], state[1], c,
                               None if dual in _TWO_OR_OTHER_TWO_WORDS else (k, k + 1)))
            used.update(range(k, state[0]))
            continue
        if outcome is None and dual and not (k + 1 < sb and toks[k + 1].w.startswith("و")):
            # (a verb glued to "و" opens the next clause: "جنديان وأصيب ثلاثة آخرون")
            fwd = _forward(toks, k + 1, sb, max_gap=1)
            if fwd:
                outcome, b = fwd[1], fwd[0]
                verb_after = True
        if outcome is None and dual and k > sa and word_in(toks[k - 1], _SELF_VERBS):
            se = _self_blast(toks, sa, c, k + 1, sb)
            if se:
                outcome, a, b = "killed", se[0], se[1]
        if outcome is None and (single or dual) and (
                sf := subject_first(toks, sa, sb, k, bool(dual))):
            (b, outcome), verb_after = sf, True  # (round ar112) "وعاملة زراعية فارقت الحياة"
        if outcome is None:
            continue
        if outcome == "missing" and single and a == k - 1 and word_in(
                toks[a], _LOSING) and toks[k].w.endswith("ا"):
            # "الجيش فقد جنديا واحدا": an accusative object, so the subject lost him
            outcome = "killed"
            if k + 1 < sb and toks[k + 1].w == "واحدا":
                out.append(_Figure(a, k + 2, outcome, c, (k, k + 1)))
                used.update(range(a, k + 2))
                continue
        if a < k and word_in(toks[a], _LAQIYA):
            # "لقي عنصر خامس مصرعه", "ولقي طفلان حتفهما": only with the death noun after it
            end = _death_object(toks, k + 1, sb)
            if end is None:
                continue
            b = end
            j = next((m for m in range(k + 1, end - 1) if _laqiya_item(toks, sa, sb, m)), None)
            if single and j is not None:
                # "لقيت امرأة وطفلان مصرعهم": the plural death noun tells a subject of
                # several items; the first is one person up to the "و", and a dual
                # after it is two (a count there has its own figure)
                out.append(_Figure(a, j, outcome, c, (k, k + 1)))
                used.update(range(a, j))
                if word_in(toks[j], _DUALS):
                    out.append(_Figure(j, end, outcome, _Count(j, j, j + 1, 2, None, "exact"),
                                       (j, j + 1)))
                    used.update(range(j, end))
                continue
        after = _adjectives(toks, k + 1, sb)
        if k + 1 < sb and not t.w.endswith("ا") and toks[k + 1].w.endswith("ا"):
            after = k + 1  # "مسلح فلسطينيا": a nominative noun, then an accusative one
        if after < sb and (toks[after].is_digit or (
                toks[after].w.endswith("ا") and _singular(toks[after])
                and not toks[after].w.startswith("و"))):
            # "قتل مسلح فلسطينيا": the noun is the killer, the object the victim (not
            # "بين القتلى امرأتين وطفلا", where the next noun is coordinated)
            continue
        if one and not dual and verb_after:
            pass  # "أحد عناصر الشرطة استشهد": up to the verb
        elif one and not dual:
            # "أحد قادة الجماعة": the group is the phrase after أحد.
            b = min(k + 3, sb)
            while b > k + 1 and not toks[b - 1].is_word:
                b -= 1
        else:
            b = max(b, _adjectives(toks, _goods_end(toks, k, sb), sb),
                    k + 2 if freed or freed_pair or titled else 0)
        if b < sb and (toks[b].w in _OTHERS or toks[b].w in _OTHERS_DUAL):
            b += 1  # "وأصيب اثنان آخران"
        if two_suspects:
            b = max(b, k + 2)  # "مشتبها بهما": the pronoun that counts them is theirs
        grp = (k, b) if not (t.w in _OTHERS or word_in(t, _OTHERS_DUAL)) else None
        if dual in _TWO_OR_OTHER_TWO_WORDS:
            grp = None
        elif grp is not None and verb_after:
            # the verb closes the span but is no part of who ("الطفلين قتلا": "الطفلين",
            # "الطفلين فارقا الحياة")
            end = b - 2 if toks[b - 1].w in _LIFE or toks[b - 2].w == "عداد" or (
                toks[b - 1].w in _MET_DEATH_OBJECTS) else b - 1  # (round ar178: "تلقى حتفها")
            while end > k + 1 and toks[end - 1].w in _IN_FROM:
                end -= 1  # "شخصين في عداد المفقودين": the idiom's preposition
            # (an age in brackets, "still", or what he was doing is no part of who: "شابا
            # (19 عاما) أصيب"، "امرأة كانت تنتظر عند النقطة أصيبت")
            end = next((r for r in range(k + 1, end) if toks[r].w in _AGE_OR_STILL_OPENERS
                        or toks[r].w in _KANA), end)
            grp = (k, max(k + 1, end))
        if grp is not None and (d := next((r for r in range(k + 1, grp[1])
                                           if toks[r].w in _DEATH_OBJ), None)) is not None:
            grp = (k, d)  # "لقيت امرأة مصرعها": the death noun is no part of who
        out.append(_Figure(a, b, outcome, c, grp))
        used.update(range(a, b))
    return out


def _sought_missing(toks: list[Token], sa: int, sb: int, k: int) -> int | None:
    """The end of one missing person sought at ``k`` ("تبحث عن طفلة مفقودة"، "البحث عن
    مفقود"): a search is for someone not found, so the indefinite singular after its
    "عن" is one missing. A definite noun is someone the story named, a plural is left to
    its number, and "مفقود واحد" is counted by its "واحد"."""
    if k - 2 < sa or toks[k - 1].w not in _SOUGHT_PREPOSITIONS or (
            toks[k - 2].w not in _SEARCH_WORDS):
        return None
    nxt = toks[k + 1].w if k + 1 < sb and toks[k + 1].is_word else ""
    if toks[k].w == _MISSING_MASCULINE:
        return None if nxt in _ONE else k + 1
    if toks[k].w.startswith("و") or not _singular(toks[k]):
        return None
    feminine = toks[k].w.endswith("ه")
    return k + 2 if nxt == (_MISSING_FEMININE if feminine else _MISSING_MASCULINE) else None


def _sought_under_rubble(toks: list[Token], sa: int, sb: int, c: _Count
                         ) -> tuple[int, int, tuple[int, int]] | None:
    """"ما زالت تبحث عن خمسة أشخاص يعتقد انهم تحت أنقاض المنزل"، "البحث ما يزال جاريا عن
    شخصين يعتقد انهما تحت الركام": people counted after the "عن" of a search and believed
    under the rubble are the missing, the search saying they are not found and the belief
    where. Only with the rubble: a search for people alone may be a hunt for suspects.
    Returns (start at the search word, end after the rubble noun, group) or None."""
    if c.a - 2 < sa or toks[c.a - 1].w not in _SOUGHT_PREPOSITIONS:
        return None
    s = next((k for k in range(c.a - 2, max(sa, c.a - 2 - _SEARCH_STATE_MAX) - 1, -1)
              if toks[k].w in _SEARCH_WORDS), None)
    if s is None or any(not toks[k].is_word or toks[k].w in _BREAKS for k in range(s, c.a)):
        return None
    if c.b < sb and toks[c.b].w in _SUSPECTED:
        group, m = (c.n, c.b), c.b  # "شخصين يعتقد": the dual is its own noun
    elif (h := _head(toks, c, sb)) is not None and toks[h].is_word and not word_in(
            toks[h], _NOUNS) and h + 1 < sb and toks[h + 1].w in _SUSPECTED:
        # ("أربعة مفقودين يعتقد أنهم": the outcome noun says it, read as such; the
        # pronoun "انهم" after the belief says the counted are people)
        group, m = (h, h + 1), h + 1
    else:
        return None
    if m + 3 < sb and toks[m + 1].w in _THAT_PLURAL and toks[m + 2].w == _UNDER and (
            toks[m + 3].w in _RUBBLE):
        return s, m + 4, group
    return None


_SEARCH_WORDS = fold_set(V.SEARCH_WORDS)
_SEARCH_STATE_MAX = V.SEARCH_STATE_MAX_WORDS
_THAT_PLURAL = V.THAT_FOLDED_WITH_PLURAL_PRONOUNS
_UNDER = fold_word(V.UNDER_WORD)
_RUBBLE = fold_set(V.RUBBLE_NOUNS)
_SOUGHT_PREPOSITIONS = fold_set(V.SOUGHT_PREPOSITIONS)
_MISSING_MASCULINE = fold_word(V.MISSING_ADJECTIVE_MASCULINE)
_MISSING_FEMININE = fold_word(V.MISSING_ADJECTIVE_FEMININE)


def _led_to_outcome(toks: list[Token], k: int, sb: int, max_words: int = 14
                    ) -> tuple[int, str] | None:
    """The end and outcome of "، ما أدى إلى مقتلها" after the one targeted at ``k``: the
    result clause within a few words (its place and time between, one comma), the
    outcome's verbal noun carrying the one's pronoun. None when no such clause follows."""
    commas = 0
    for r in range(k + 1, min(sb - 3, k + max_words)):
        w = toks[r].w
        if w in ("،", ","):
            commas += 1
            if commas > 1:
                return None
            continue
        if w == "ما" and word_in(toks[r + 1], _RESULTING) and toks[r + 2].w in _FROM_TO_FOLDED:
            o = _OWN_OUTCOMES.get(toks[r + 3].w)
            return (r + 4, o) if o else None
        if is_end(toks[r]):
            return None
    return None


def _blast_before(toks: list[Token], sa: int, k: int, sb: int) -> bool:
    """Is the singular person noun at ``k`` the subject of a past blast told verb first,
    with "نفسه" right after it ("وأصيب شرطي عندما فجر انتحاري نفسه")? The bomber blew himself
    up, as in "انتحاريا فجر نفسه"; the verb takes "و" or "ف" as any verb does."""
    return (k > sa and k + 1 < sb and toks[k + 1].w in _SINGLE_SELF
            and word_in(toks[k - 1], _SINGLE_SELF_VERBS) is not None)


def _single_blast(toks: list[Token], k: int, sb: int) -> int | None:
    """After a singular person noun at ``k``, a singular verb of blowing up and "نفسه"
    within a few plain words ("مهاجما يقود سيارة مفخخة فجر نفسه"): where the blast's
    words end, else None. A comma, a clause opener or another person noun between means
    the blast is another's ("قتل شرطي عندما فجر انتحاري نفسه"). A headline's present
    counts right after the noun ("انتحاري يفجر نفسه"); a blast joined by "و" to the
    bomber's earlier act may come further on ("انتحاريا دخل الخيمة وفجر نفسه")."""
    if k + 2 < sb and toks[k + 1].w in _SINGLE_SELF_PRESENT:
        return k + 3 if toks[k + 2].w in _SINGLE_SELF else None
    for r in range(k + 1, min(sb - 1, k + 2 + V.SINGLE_BLAST_CHAIN_MAX_WORDS)):
        t = toks[r]
        if not t.is_word or t.w in _BLAST_OPENERS:
            return None
        if (t.w in _SINGLE_SELF_VERBS and r <= k + 1 + V.SINGLE_BLAST_MAX_WORDS) or (
                r > k + 1 and t.w.startswith("و") and t.w[1:] in _SINGLE_SELF_VERBS):
            # (another person between makes the blast his: checked only once one is found)
            if toks[r + 1].w not in _SINGLE_SELF or any(
                    _singular(toks[q]) for q in range(k + 1, r + 1)):
                return None
            return r + 2
    return None


_DUAL_ASIDES = frozenset(("وهما",))
_DUAL_WAS = frozenset(V.DUAL_WAS_VERBS)


def _noun_then_two(toks: list[Token], k: int) -> bool:
    """Is ``k`` the numeral "two" after a person noun in "-ين" ("نحالين اثنين")? The noun
    and its numeral are one count, as a digit and its noun are."""
    w = toks[k - 1].w
    return toks[k].w in _TWO_WORDS and w.endswith("ين") and w[:-2] in _SINGULAR


_AGENT_DUALS = fold_set(V.AGENT_CONSTRUCT_DUALS)
_AGENT_DUAL_ENDINGS = frozenset(V.AGENT_DUAL_ENDINGS)
_SECURITY_GENITIVES = fold_set(V.SECURITY_GENITIVES)


def _agent_dual_word(w: str) -> bool:
    """Is ``w`` an agent's noun in the construct dual's "-ا"/"-ي" ("عونا"، "وعوني")?"""
    s = w[1:] if w[:1] == "و" and len(w) > 4 else w
    return s[-1:] in _AGENT_DUAL_ENDINGS and s[:-1] in _AGENT_DUALS


def _agent_construct_dual(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar191) "عونا أمن"، "عوني أمن"، "رجلا شرطة": an agent's noun in "-ا"/"-ي" in
    construct with the body he serves is two (the accusative singular takes no such
    genitive)."""
    return _agent_dual_word(toks[k].w) and k + 1 < sb and (
        toks[k + 1].w in _SECURITY_GENITIVES)


def _dual_by_agreement(toks: list[Token], k: int, sb: int) -> bool:
    """"خطفوا سائقين مدنيين كانا يرافقان القافلة": a person noun in "-ين" is a plural or
    a dual ("سائقين"); a dual word after it in its clause ("كانا"، a present in "يـ...ان",
    a pronoun "ـهما"), before any plural verb, says two."""
    w = toks[k].w
    if _dual_spelt_as_name(w):
        return k + 1 < sb and (_nisba_dual(toks[k + 1].w) or (
            k + 2 < sb and toks[k + 1].w == "في" and toks[k + 2].w in _STUDY_PLACES))
    if _definite_dual_word(w):
        # (round ar181) "وأن الجانيين ضبطا": the definite noun, its dual verb right after
        return k > 0 and toks[k - 1].w in _COMPLEMENTIZERS and k + 1 < sb and _dual_past(
            toks[k + 1]) and not _object_after_verb(toks, k + 1, sb)
    if not (w.endswith("ين") and w[:-2] in _SINGULAR):
        return False
    if k > 0 and toks[k - 1].w in _BODY_PAIRS:
        # (round ar186) "العثور على جثتي ناشطين"، "انتشال جثتي صيادين": the dual of the
        # bodies in construct counts the people after it, whose "-ين" reads either way
        return True
    if k > 0 and toks[k - 1].w in _COMPLEMENTIZERS and k + 1 < sb and _dual_past(toks[k + 1]):
        return True  # "وأن مدنيين قتلا": the dual past of an outcome right after the noun
    for r in range(k + 1, min(k + 8, sb)):
        t = toks[r]
        if not t.is_word or t.w in _BREAKS:
            return False
        v = t.w
        if v.endswith("وا"):
            return False  # a plural verb agrees with a plural: "مسلحين مجهولين اختطفوا"
        if v in _DUAL_WAS or (len(v) > 4 and v.endswith("هما")) or (
                len(v) >= 5 and v[0] == "ي" and v.endswith("ان")):
            return True
    return False


def _trade_dual_word(w: str) -> bool:
    """Is ``w`` the oblique "-ين" or the construct "-ي" of a trade noun that may be a
    dual ("عاملين"، "وراكبين"، "سائقي")? The cheap word test of ``_dual_of_trade``."""
    s = w[1:] if w[:1] == "و" else w
    return (s.endswith("ين") and s[:-2] in _TRADE_DUALS) or (
        s.endswith("ي") and s[:-1] in _TRADE_DUALS)


def _dual_of_trade(toks: list[Token], sa: int, k: int, sb: int) -> bool:
    """(round ar137) "مقتل عاملين"، "قذيفة تقتل عاملين"، "إصابة سائق وراكبين"، "قتلت الغارة
    سائقي شاحنتين": a trade noun in "-ين" (DUAL_OR_PLURAL_TRADES) is two when it follows a
    count-less outcome word (its definite subject between), or is joined by "و" to the one
    person right after it; the construct "-ي" is two before an indefinite dual of a thing.
    A count after it ("عاملين اثنين") is read as a count, and the article or a vague count
    before it ("عشرات العاملين") makes a plural, never reached here."""
    w = toks[k].w
    joined = w[:1] == "و"
    s = w[1:] if joined else w
    if s.endswith("ي"):
        if k + 1 >= sb or not (nxt := toks[k + 1].w).endswith("تين") or nxt.startswith("ال"):
            return False  # "سائقي الشاحنات": the drivers of the trucks, a plural
    elif k + 1 < sb and toks[k + 1].w in _TWO:
        return False  # "عاملين اثنين": the count reads it
    if _plural_verb_after(toks, k, sb):
        return False  # "خطفوا سائقين كانوا يرافقون القافلة": a plural verb agrees with them
    m = k - 1
    if joined:
        if m < sa or not _singular(toks[m]):
            return False
        m -= 1  # "إصابة سائق وراكبين": the one person named before it
    elif m > sa and toks[m].w in _PERIOD_ADJECTIVES and (
            p := _named_month_start(toks, sa, m) or _named_period_start(toks, sa, m)):
        m = p - 1  # (round ar139) "قتلت في فبراير الماضي سائقي شاحنتين": when, passed over
    while m > sa and m >= k - 3 and toks[m].w.startswith("ال") and not word_in(
            toks[m], _TRIGGERS):
        m -= 1  # "قتلت الغارة الإسرائيلية عاملين": the subject between verb and object
    return m >= sa and word_in(toks[m], _TRIGGERS) is not None


def _plural_verb_after(toks: list[Token], k: int, sb: int, reach: int = 6) -> bool:
    """Is a plural verb ("كانوا"، "يرافقون") among the next ``reach`` words after ``k`` in
    its clause? It says the noun before it is a plural."""
    for r in range(k + 1, min(k + 1 + reach, sb)):
        t = toks[r]
        if not t.is_word or t.w in _BREAKS:
            return False
        v = t.w
        if v.endswith("وا") or (len(v) >= 5 and v[0] in "يت" and v.endswith("ون")):
            return True
    return False


def _dual_past(t: Token) -> bool:
    """Is ``t`` the dual past of an outcome verb ("قتلا"، "أصيبتا"، "اختطفا"), not its
    plural ("قتلوا")?"""
    return t.w.endswith("ا") and not t.w.endswith("وا") and word_in(t, _AFTER) is not None


def _dual_spelt_as_name(w: str) -> bool:
    return w in _DUALS_AS_NAMES or (w[:1] == "و" and w[1:] in _DUALS_AS_NAMES)


def _nisba_dual(w: str) -> bool:
    """"جامعيان"، "فلسطينيان": a nisba adjective in the nominative dual (a stem before it)."""
    return len(w) > len(_NISBA_DUAL) + 2 and w.endswith(_NISBA_DUAL) and not w.startswith("ال")


_DUALS_AS_NAMES = fold_set(V.DUALS_SPELT_AS_NAMES)
_TRADE_DUALS = fold_set(V.DUAL_OR_PLURAL_TRADES)
_INMATES = fold_set(V.INMATE_NOUNS)
_SUFFERING = fold_set(V.SUFFERING_VERBS)
_SUFFERED_INJURIES = fold_set(V.SUFFERED_INJURIES)
_SUBJECTED = fold_set(V.SUBJECTED_VERBS)
_STUDY_PLACES = fold_set(V.PLACES_OF_STUDY)
_NISBA_DUAL = fold_word(V.DUAL_NISBA_ENDING)


def _verb_after_aside(toks: list[Token], k: int, sb: int) -> int:
    """"إن الطفلين، وهما شقيقان ...، قتلا": a definite dual, an aside in commas opened by
    "وهما", then a dual verb of an outcome. Returns the verb's index, or 0."""
    if not (toks[k].w.startswith("ال") and k + 2 < sb and toks[k + 1].w in ("،", ",")
            and toks[k + 2].w in _DUAL_ASIDES):
        return 0
    for r in range(k + 3, min(k + 16, sb - 1)):
        if is_end(toks[r]) or toks[r].w in _BREAKS:
            return 0
        if toks[r].w in ("،", ","):
            v = r + 1
            return v if word_in(toks[v], _AFTER) is not None and toks[v].w.endswith("ا") else 0
    return 0


def _masdar_form(w: str) -> bool:
    """A verbal noun among the triggers by its shape ("مقتل", "اعتقال", "استشهاد",
    "توقيف", "إصابة"), not a perfect verb ("قتل", "اعتقلت", "اختطف"; "اغتال", whose
    long vowel looks like a verbal noun's)."""
    if w == "اغتال":
        return False
    return w.startswith("م") or w.endswith("ه") or (len(w) > 3 and w[-2] in "اوي")


def _after_complementizer(toks: list[Token], sa: int, k: int) -> bool:
    """Is ``k`` the first word after "إن"/"أن", also inside the quotation that opens
    there ('إن "طفلين من عائلة واحدة أصيبا'، 'أن «شابا من البلدة قتل')?"""
    if toks[k - 1].w in _COMPLEMENTIZERS:
        return True
    return k - 2 >= sa and toks[k - 1].w in _OPENING_QUOTES and toks[
        k - 2].w in _COMPLEMENTIZERS


_OPENING_QUOTES = frozenset(('"', "«", "“"))
_HIS = frozenset(V.LI_PRONOUN_WORDS)
_LAST_OF_THEM = frozenset(V.LAST_OF_THEM_FOLDED)
_WITH_HIM = frozenset(V.WITH_PRONOUN_WORDS)
_MOURNING = fold_set(V.MOURNING_VERBS)


def _mourned(toks: list[Token], sa: int, k: int, max_subject: int = 4) -> bool:
    """Is ``k`` the one mourned, the object of a verb of mourning with at most a short
    subject between ("ينعى متطوعا قتل"، "ونعت البلدية شابا استشهد")? An indefinite object
    with an outcome verb right after it is that verb's subject, in a describing clause."""
    for m in range(k - 1, max(sa, k - 1 - max_subject) - 1, -1):
        if toks[m].w in _MOURNING:
            return True
        if not toks[m].is_word or is_end(toks[m]):
            return False
    return False


def _subject_before_verb(toks: list[Token], sa: int, sb: int, k: int) -> int:
    """Is the singular at ``k`` the subject of the singular outcome verb after it, after a
    complementizer ("إن شرطيا قتل") or as the one mourned ("ينعى متطوعا قتل")? The
    accusative ending and the complementizer make it the subject, not an object or a
    genitive. The body it belongs to may come between
    ("أن عونا من الحرس الوطني أصيب"). Returns the verb's index, or 0."""
    feminine = toks[k].w.endswith("ه")  # "إن فتاة ..."، "أن طفلة ...": no alif to see
    last = sa < k and toks[k - 1].w in _LAST_OF_THEM
    if not (sa < k and k + 1 < sb and (toks[k].w.endswith("ا") or feminine or last)):
        return 0
    mourned = not last and not _after_complementizer(toks, sa, k)
    if mourned and not _mourned(toks, sa, k):
        return 0
    i = _last_one_genitive(toks, k, sb) if last else k + 1
    if toks[i].w in _HIS and i + 1 < sb:
        # "إن زميلا له كان معه أصيب": "of his", and who was with him, describe the subject
        i += 1
        if i + 2 < sb and toks[i].w in _KANA and toks[i + 1].w in _WITH_HIM:
            i += 2
    if toks[i].w in _RANKS_AFTER_ONE and i + 1 < sb:
        i += 1  # "إن شابا ثالثا قتل": the next one of them, still the verb's subject
    elif i + 1 < sb and len(toks[i].w) > 4 and toks[i].w.endswith(
            "يه" if feminine else "يا") and word_in(toks[i], _AFTER) is None:
        i += 1  # "إن مواطنا سودانيا قتل": his nationality, an adjective that agrees
    i = _age_after(toks, i, sb)
    i = _doing_clause_end(toks, i, sb, feminine)
    if toks[i].w == "من" and i + 2 < sb and toks[i + 1].is_word and not toks[
            i + 1].w.startswith("ال") and word_in(toks[i + 2], _AFTER) is not None:
        i += 2  # "أن أسيرا من جنين توفي": his town, one word, right before the verb
    elif toks[i].w in _GROUP_LINKS and i + 2 < sb and toks[i + 1].w.startswith("ال"):
        # "عونا من الحرس الوطني"، "منتسبا في الشرطة الاتحادية": the body, of or in
        i += 2
        if i + 1 < sb and toks[i].w.startswith("ال") and word_in(toks[i], _AFTER) is None:
            i += 1  # "من الحرس الوطني"
    elif toks[i].w in _GROUP_LINKS and i + 3 < sb and toks[i + 1].is_word and not (
            toks[i + 1].w.startswith("ال")) and toks[i + 2].w.startswith("ال") and word_in(
            toks[i + 1], _AFTER) is None and word_in(toks[i + 2], _AFTER) is None:
        i += 3  # (round ar137) "موظفا في قسم الأملاك": his section, a construct
    subjected = False
    if i + 2 < sb and toks[i].w in _SUBJECTED and toks[i + 1].w.startswith("لل") and (
            toks[i + 2].w[:1] == "و") and (toks[i].w.endswith("ت") == feminine):
        # (round ar137) "أن موظفا تعرض للضرب وأصيب بكسر": the harm first, then the outcome
        i, subjected = i + 2, True
    if i >= sb:
        return 0
    if i + 2 < sb and toks[i].w in _MA_LA and toks[i + 1].w in _STILL and toks[
            i + 2].w in _STILL_STATES and (toks[i + 1].w in _FEMININE_STILL_VERBS) == feminine:
        # "إن فتاة ما زالت مفقودة"، "ان امرأة لا تزال مفقودة": still in a state, its noun
        # the outcome (the present's gender is in its prefix, the past's in its ending)
        return i + 2
    v = toks[i].w
    if word_in(toks[i], _AFTER) is None or v.endswith("ا") or (
            v.startswith("و") and not subjected) or (feminine and not v.endswith("ت")):
        return 0
    if v in _DIED:
        # "أن أسيرا توفي الأسبوع الماضي": dying takes no object (a death mourned may be
        # of illness: "نعى النادي لاعبا توفي بعد مرض")
        return 0 if mourned else i
    if feminine and i + 1 < sb and toks[i + 1].is_word and not (
            toks[i + 1].w in _PASSIVE_AFTER or toks[i + 1].w.startswith("ب")) and not (
            _second_outcome_clause(toks[i + 1])) and not (
            _joined_passive_with_subject(toks, i + 1, sb)) and (
            toks[i + 1].w not in _DEATH_OBJ):
        # "قتلت" is also "she killed": "إن امرأة قتلت زوجها" names the killer; the
        # passive is followed by where, when or how ("في الغارة"، "برصاص"، "جراء"), and
        # meeting one's death by its noun ("إن طفلة لقيت مصرعها")
        return 0
    # "إن مسلحا قتل جنديا": an object after the verb, which is then active
    return 0 if _object_after_verb(toks, i, sb) else i


def _doing_clause_end(toks: list[Token], i: int, sb: int, feminine: bool) -> int:
    """After the subject, a relative clause of what he was doing, "كان"/"كانت" (of his
    gender) with a present verb and a few words ("أن امرأة كانت تنتظر عند نقطة التوزيع
    أصيبت"): the index of the outcome verb right after it, else ``i``. Only plain words
    between, no person, count, outcome or second clause, so the verb is the subject's."""
    if i + 2 >= sb or toks[i].w != ("كانت" if feminine else "كان"):
        return i
    if not toks[i + 1].w.startswith(V.PRESENT_PREFIXES_HE_SHE) or word_in(
            toks[i + 1], _AFTER) is not None:
        return i
    for m in range(i + 2, min(sb, i + 2 + _DOING_MAX_WORDS)):
        t = toks[m]
        if word_in(t, _AFTER) is not None:
            return m
        if not t.is_word or t.w.startswith("و") or t.w in _BREAKS or _singular(t) or (
                _count_word(t)) or word_in(t, _NOUNS):
            return i
    return i


# How many words a subject's doing may take after its present verb ("عند نقطة التوزيع").
_DOING_MAX_WORDS = 5


def _last_one_genitive(toks: list[Token], k: int, sb: int) -> int:
    """After "آخرهم" the one person may be named by his work, a noun in construct with
    an indefinite genitive ("سائق جرافة"، "نازع ألغام"): the index of the word after
    that genitive when the outcome verb follows it, else the word after ``k``."""
    g = k + 1
    if g + 1 < sb and toks[g].is_word and not toks[g].w.startswith(
            _AL_AND_CLITIC_PREFIXES) and word_in(toks[g], _AFTER) is None and word_in(
            toks[g + 1], _AFTER) is not None:
        return g + 1
    return g


def _in_front_of(toks: list[Token], k: int, sb: int, owned: bool = False) -> bool:
    """Is ``k`` "أمام" before a definite noun ("اغتيل أمام منزله"، "قتل أمام المحكمة")?
    Folded, "in front of" is "إمام" (an imam); before a definite noun it is the
    preposition, or an imam as definite, whom no count reads. ``owned``: only before a
    noun with a pronoun suffix ("أمام منزله"), where an imam would be the object of an
    active verb before it ("قتل مسلح إمام المسجد")."""
    return toks[k].w.lstrip("وف") == "امام" and k + 1 < sb and (
        (toks[k + 1].w.startswith("ال") and not owned)
        or toks[k + 1].w.endswith(_POSSESSIVES))


def one_of_them_passive(toks: list[Token], i: int, sb: int) -> Folded | None:
    """The passive of wounding after one of them ("أحدهم جرح برصاصة"), with no object after
    it (then it is active: "أحدهم جرح شرطيا")."""
    ev = word_in(toks[i], _ONE_OF_THEM_PASSIVES)
    return ev if ev is not None and not _object_after_verb(toks, i, sb) else None


def _object_after_verb(toks: list[Token], i: int, sb: int) -> bool:
    """Whether the word after the outcome verb at ``i`` is its object (a count, a person
    noun, a dual, a definite noun that does not close a group): the verb is then active
    and the noun before it the doer, not the victim."""
    return i + 1 < sb and not joined_own_verb(toks, i + 1, sb) and (  # (round ar112)
        toks[i + 1].is_digit or _is_count_start(toks[i + 1]) or (
        _singular(toks[i + 1]) and not _in_front_of(toks, i + 1, sb, owned=True)) or word_in(
        toks[i + 1], _DUALS) is not None or (
        toks[i + 1].w.startswith("ال") and toks[i + 1].w not in _GROUP_END) or (
        word_in(toks[i + 1], _HURT_NOT_BODILY) is not None))  # "جرح مشاعر الجميع"


_AGE_UNITS = fold_set(V.AGE_UNITS)  # "(19 عاما)"
def _second_outcome_clause(t: Token) -> bool:
    """Does ``t`` open a second outcome clause joined by "و" ("وأصيب"، "وجرح"، "وأصيبت")?
    Then the feminine verb before it ended its own clause, a passive with no object ("إن
    طفلة قتلت وأصيب والدها"); a noun after "و" ("قتلت والدها") is the object of an active
    verb."""
    rest = t.w[1:]
    # (a feminine verb joined may share her as its subject, "قتلت وجرحت زوجها": only
    # "أصيبت", passive in its form, or a masculine verb has another subject)
    return t.w.startswith("و") and (rest in _AFTER or (
        rest in _TRIGGERS and not _masdar_form(rest))) and (
        not rest.endswith("ت") or rest.startswith("اصيب"))


def _joined_passive_with_subject(toks: list[Token], j: int, sb: int) -> bool:
    """Is ``j`` a feminine outcome verb joined by "و" with a dual subject of its own right
    after it ("إن قابلة قتلت واختطفت زميلتان لها")? The nominative dual can be no object,
    so the joined verb is a passive of its own, and the feminine verb before it ended its
    clause as a passive too (her colleagues were taken, she was killed)."""
    t = toks[j]
    return t.w.startswith("و") and t.w.endswith("ت") and t.w[1:] in _TRIGGERS and (
        j + 1 < sb and word_in(toks[j + 1], _DUALS) is not None
        and toks[j + 1].w.endswith("ان"))


_PASSIVE_AFTER = fold_set(V.PASSIVE_OUTCOME_FOLLOWERS)


def _age_after(toks: list[Token], i: int, sb: int) -> int:
    """Past an age in brackets after a person noun ("شابا (19 عاما) أصيب"، "طفلة (7
    أعوام) قتلت"): where the words after it start, or ``i`` when there is none."""
    if i + 3 < sb and toks[i].w == "(" and toks[i + 1].is_digit and word_in(
            toks[i + 2], _AGE_UNITS) is not None and toks[i + 3].w == ")":
        return i + 4
    return i


def _dual_subject_before_verb(toks: list[Token], sa: int, sb: int, k: int) -> int:
    """Is the dual at ``k``, right after a complementizer, the subject of a dual outcome
    verb after the body it belongs to ("أن جنديين من قوات حرس الحدود قتلا")? The verb
    agrees with it in number (its alif), so nothing between can be its subject. The body
    is "من"/"في" and up to three words with no verb of outcome. Returns the verb's index,
    or 0."""
    if not (sa < k and k + 2 < sb and _after_complementizer(toks, sa, k)
            and toks[k + 1].w in _GROUP_LINKS):
        return 0
    for i in range(k + 2, min(k + 6, sb)):
        t = toks[i]
        if not t.is_word or t.w in _BREAKS or (
                t.w.startswith("و") and not _one_as_adjective(toks, k + 1, i)):
            return 0
        if word_in(t, _AFTER) is not None:
            if i == k + 2 or not t.w.endswith("ا"):
                return 0
            # "أن عنصرين من الشرطة اعتقلا مشتبها": an object after the verb makes the
            # dual its doer, not its victim
            return 0 if _object_after_verb(toks, i, sb) else i
    return 0


def _kana_body(toks: list[Token], g: int, sb: int, max_words: int = 3) -> int:
    """The body a subject of "كان ... قد" belongs to, between it and "قد" ("عنصر من
    "فتح""، "جنديان من الجيش المالي"): "من" and up to three words (quote marks
    allowed), with no clause between. Returns the index of "قد", or ``g`` unchanged."""
    if not (g + 2 < sb and toks[g].w == "من"):
        return g
    n = 0
    for i in range(g + 1, min(sb, g + 2 + 2 * max_words)):
        t = toks[i]
        if t.w == "قد":
            return i if n else g
        if not t.is_word:
            if t.w not in ('"', "«", "»"):
                return g
            continue
        if t.w in _BREAKS or t.w.startswith("و") or word_in(t, _AFTER) is not None:
            return g
        n += 1
        if n > max_words:
            return g
    return g


def _kana_subject(toks: list[Token], sa: int, sb: int, k: int,
                  dual: bool = False) -> tuple[int, str, int] | None:
    """Is the singular (or dual) at ``k`` the subject of "كان ... قد" + an outcome verb
    ("وكان جندي مغربي قد لقي حتفه"، "وكانت امرأة قد أصيبت"، "وكان جنديان من الجيش قد
    قتلا")? A nominative (no accusative alif) right after كان, its adjectives or the body
    it belongs to, then "قد" and the verb: (end, outcome, end of the group)."""
    if not (sa < k and toks[k - 1].w in _KANA and not toks[k].w.endswith("ا")):
        return None
    g = _kana_body(toks, _adjectives(toks, k + 1, sb), sb)
    v = g + 1
    if not (v < sb and toks[g].w == "قد"):
        return None
    if dual and not toks[v].w.endswith("ا"):
        return None  # the dual's verb agrees with it ("قتلا"، "أصيبا")
    if word_in(toks[v], _LAQIYA):
        end = _death_object(toks, v + 1, min(sb, v + 3))
        return (end, "killed", g) if end else None
    f = word_in(toks[v], _AFTER)
    if f is None or toks[v].w != f or (v + 1 < sb and (
            toks[v + 1].is_digit or _singular(toks[v + 1]) or word_in(toks[v + 1], _DUALS))):
        return None  # ("وكان مسلح قد قتل جنديا": the object is the victim)
    return v + 1, str(_AFTER[f]), g


def _one_before_verb(toks: list[Token], sa: int, sb: int, k: int, max_words: int = 2) -> int:
    """Is "أحد" at ``k``, after a complementizer, the subject of the singular outcome verb
    after its genitive ("أن أحد عناصر الشرطة استشهد"، "إن أحد المسعفين أصيب")? The genitive
    is a definite plural of up to two words. Returns the verb's index, or 0."""
    if not (sa < k and toks[k].w in _ONE_OF_FOLDED and toks[k - 1].w in _COMPLEMENTIZERS):
        return 0
    i = k + 1
    while i < min(sb, k + 1 + max_words) and toks[i].is_word and word_in(
            toks[i], _AFTER) is None and not toks[i].w.startswith("و"):
        i += 1
    if i == k + 1 or i >= sb or word_in(toks[i], _AFTER) is None or toks[i].w.endswith("ا"):
        return 0
    if not toks[i - 1].w.startswith("ال"):
        return 0  # "أحد عناصر" with no body named: not a closed genitive
    # "إن أحد المسلحين قتل جنديا": an object after the verb, which is then active
    if i + 1 < sb and (toks[i + 1].is_digit or _is_count_start(toks[i + 1]) or (
            _singular(toks[i + 1])) or word_in(toks[i + 1], _DUALS) is not None or (
            toks[i + 1].w.startswith("ال") and toks[i + 1].w not in _GROUP_END)):
        return 0
    return i


def _one_more(toks: list[Token], sa: int, sb: int, k: int,
              figures: list[_Figure]) -> _Figure | None:
    """"قتل شخصان ... وأصيب ثالث", "واعتقل آخر": an ordinal or "another" standing alone
    right after an outcome verb adds one person to a figure given before it in the
    sentence. Followed by a noun it is "the last ..." or "a third ..." of something
    ("قتل آخر قادة الكتيبة"), which counts nobody here."""
    if k <= sa or not any(f.b <= k for f in figures):
        return None
    f = word_in(toks[k - 1], _TRIGGERS)
    if not f or _trigger_shared(toks, k - 1, sb) or _sentenced(toks, sa, k - 1):
        return None
    if k + 1 < sb and toks[k + 1].is_word:
        w = toks[k + 1].w
        # What may follow the lone word: a preposition ("في", "بجروح", "برصاص"), an
        # adverb ("خلال", "قرب") or the next clause ("و..."); a noun makes it a genitive.
        if _singular(toks[k + 1]) or not (
                len(w) <= 3 or w.startswith(_BI_LI_WA_PREFIXES) or word_in(toks[k + 1], _GROUP_END)
                or w in _BREAKS or w in _DURING_CAUSE_WORDS):
            return None
    c = _Count(k, k, k + 1, 1, None, "exact")
    return _Figure(k - 1, k + 1, str(_TRIGGERS[f]), c, None)


_FREED_PRISONERS = fold_set(V.FREED_PRISONER_NOUNS)
_ALSO = fold_set(V.ALSO_ADVERBS)
_TWO_WORDS = frozenset(V.TWO_WORDS_FOLDED)
# The singulars in ة, which take no accusative alif: "طفلها" after them is a possessive
_TA_FEMININES = fold_set(tuple(w for w in V.PERSON_SINGULAR if w.endswith("ة")))
_EVENT_PRONOUNS = fold_set(V.EVENT_PRONOUN_PHRASES)


def _kin_in_subgroup(toks: list[Token], sa: int, k: int) -> str | None:
    """"بينهم أب"، "بينهم جدة": a kin word whose other readings (a month, "or", a city)
    keep it out of the person nouns is a person right after the sub-group's "بينهم"."""
    if toks[k].w in _SUBGROUP_KIN and k > sa and toks[k - 1].w in _SUBGROUP_KIN_MARKERS:
        return toks[k].w
    return None


def _freed_prisoner(toks: list[Token], k: int, sb: int) -> str | None:
    """"بينهم أسير محرر"، "ثلاثة أطفال وأسيرا محررا": a prisoner once freed is a person
    described by his past (as "طالب" or "صحفي"), counted in the figure he stands in, not
    one held now."""
    if toks[k].w in _FREED_PRISONERS and k + 1 < sb and toks[k + 1].w.startswith("محرر"):
        return "اسير"
    return None


def _headline_one_ends(toks: list[Token], j: int, sb: int) -> bool:
    """(round ar153) Does the phrase "شاب قتيل" end at ``j``: the sentence's end, "و" and
    another item, or a preposition of where, how or by what ("في"، "بـ")? A definite word
    after it ("قتيل الحرب") is a construct, and any other word a clause going on."""
    if j >= sb or not toks[j].is_word:
        return True
    w = toks[j].w
    return w in _HEADLINE_ONE_FOLLOWERS or (
        w[:1] in _HEADLINE_ONE_CLITICS and not w.startswith("ال") and len(w) > 3)


def _singular(t: Token) -> str | None:
    for form in _forms(t.w):
        if form.startswith("ال"):
            return None
        if form in _SINGULAR:
            return form
        if form in _JOINED_SINGULAR and form != t.w:
            return form  # (round ar158) "قتل ممرض ومريضة": a patient joined to a person
        if form.endswith("ا") and form[:-1] in _SINGULAR and form[:-1] not in _TA_FEMININES:
            # accusative "ضابطا"; a feminine in ة takes no alif, so "طفلها" is "her child"
            # (the possessive, definite), never "طفلة" in the accusative
            return form[:-1]
    return None


def _forms(w: str) -> list[str]:
    out = [w]
    if len(w) > 3 and w[0] in "وف":
        out.append(w[1:])
    return out


def _adjectives(toks: list[Token], j: int, sb: int) -> int:
    """Up to two adjectives after a noun ("جندي لبناني", "رجل مسن")."""
    n = 0
    if j < sb and toks[j].w in _BI_HIM_HER_WORDS and toks[j - 1].w.startswith(_SUSPECT_FORMS):
        return j + 1  # "مشتبها به": the pronoun completes the head, as in "مشتبه بهم"
    while j < sb and n < 2 and toks[j].is_word:
        w = toks[j].w
        if w.startswith("ال") or word_in(toks[j], _TRIGGERS) or word_in(toks[j], _AFTER):
            break
        if len(w) <= 2 or w in _ALEF_MAQSURA_PREPS_FOLDED or w in _GROUP_END:
            # "في", "على": prepositions that end in ي are no adjectives; nor is an adverb
            # of time that ends like one ("قتل مرشحان عشية انطلاق الحملة")
            break
        if w.startswith("بال"):
            break  # "اغتيال ضابط بالشرقية": a place after "ب", no adjective
        if not (w.endswith("ي") or w.endswith("يه") or w.endswith("يا") or w in _PERSON_ADJECTIVES
                or (n == 0 and w.startswith("و") and w.endswith("ي"))
                or _accusative_participle(toks[j - 1].w, w, n)):
            break
        if w.startswith("و") and (w[1:] in _NOUNS_IN_I or w[1:] in _DUALS or (
                w in _NOTABLE_WORDS) or (
                w.endswith("ا") and w[1:-1] in _NOUNS_IN_I)):
            # "ضابط وجندي"، "رجل ونجليه"، "امرأة وصبيا": a second person, no adjective of
            # the first
            break
        if n == 0 and w.startswith("و") and toks[j - 1].w in _DUALS:
            # "قتل جنديان ومدني": a dual's adjective is a dual ("جنديان لبنانيان"), so
            # a singular joined after it is a second person
            break
        j += 1
        n += 1
    return j


def _relative_verb_after(toks: list[Token], k: int, sb: int) -> str | None:
    """The outcome of a perfect verb right after the indefinite singular at ``k`` with an
    object pronoun of its gender ("طبيب اختطفته"، "امرأة قتلها"): an indefinite noun's
    relative clause has no "الذي", and the pronoun makes the person the verb's object.
    Only outcomes a doer inflicts; a verbal noun ("مقتله") is a possessive, no verb."""
    if k + 1 >= sb or not toks[k + 1].is_word or toks[k].w.startswith("و"):
        return None
    v = k + 2 if toks[k + 1].w in _KANA and k + 2 < sb and toks[k + 1].w[:1] not in "وف" else (
        k + 1)
    w = toks[v].w  # (round ar151) "مهندس كانت تحتجزه": the holding told in the past
    if not w.endswith("ها" if toks[k].w.endswith("ه") else "ه"):
        return None
    outcome = _object_verb_outcome(w)
    if outcome == "arrested" and _armed_holder_around(toks, k, v, sb):
        return "captured"
    return outcome


def _armed_holder_around(toks: list[Token], k: int, v: int, sb: int) -> bool:
    """(round ar151) Is the holder of the one held at ``k``, told by the held verb with his
    pronoun at ``v``, an armed group: right after the verb ("صيدلاني احتجزته عصابة"), or
    the subject of the clause that frees him, a few words before him ("أفرجت عصابة مسلحة
    عن صيدلاني احتجزته"، "أطلقت ميليشيا سراح مهندس كانت تحتجزه")? The police or the army
    there keep the arrest."""
    if v + 1 < sb and toks[v + 1].w in _ARMED_HOLDERS:
        return True
    for r in range(k - 1, max(0, k - _HOLDER_REACH) - 1, -1):
        if not toks[r].is_word or toks[r].w in _CLAUSE_OPENERS:
            return False
        if toks[r].w in _ARMED_HOLDERS:
            return True
    return False


def _object_verb_outcome(w: str) -> str | None:
    """The outcome of a perfect verb with a third-person singular object pronoun
    ("اختطفته"، "قتلها"), or None."""
    suffix = "ها" if w.endswith("ها") else "ه"
    if not w.endswith(suffix) or len(w) - len(suffix) < 3 or w.endswith("هها"):
        return None
    f = word_in(bare_token(w[:-len(suffix)]), _TRIGGERS)
    if not f or _masdar_form(f) or f in _VICTIMS:
        return None
    outcome = str(_TRIGGERS[f])
    return outcome if outcome in ("killed", "wounded", "captured", "arrested") else None


def _goods_end(toks: list[Token], k: int, sb: int) -> int:
    """After a seller at ``k``, the end of what he sells ("بائعة شاي"، "تاجر ماشية"): one
    indefinite genitive, no preposition, conjunction, person, outcome, time or place word
    (two after a driver: "سائق سيارة أجرة"); otherwise ``k + 1``."""
    j = k + 1
    if j >= sb or not word_in(toks[k], _TRADES_WITH_GOODS):
        return j
    most = j + (2 if toks[k].w in _DRIVERS else 1)
    while j < min(most, sb) and _goods_word(toks, j):
        j += 1
    return j


def _goods_word(toks: list[Token], j: int) -> bool:
    """Can the word at ``j`` be what a seller sells or a driver drives?"""
    w = toks[j].w
    return toks[j].is_word and not (
        len(w) <= 2 or w.startswith(_AL_AND_CLITIC_PREFIXES) or w in _GROUP_END or (
            w in _WHEN_WORDS or w in _HEAD_BREAKS or w in _BREAKS or w in _FROM_NEAR_WORDS) or (
            _is_outcome(toks[j]) is not None or _singular(toks[j]) or word_in(toks[j], _DUALS)
            or _count_word(toks[j])))


_TRADES_WITH_GOODS = fold_set(V.TRADES_WITH_GOODS)
_DRIVERS = fold_set(V.DRIVERS)


def _after_indefinite_doers(toks: list[Token], sa: int, sb: int, k: int,
                            dual: bool) -> tuple[str, int] | None:
    """"قتل مسلحون مجهولون عنصرا سابقا"، "خطف مسلحون طبيبا"، "قتل مجهولون شابين": the
    verb's subject an indefinite nominative plural (with an adjective in "-ون"), then
    its object, an accusative singular or a dual: the victim, as after a definite subject
    ("واعتقلت القوات شابا")."""
    if not (dual or toks[k].w.endswith("ا")):
        return None
    m, n = k - 1, 0
    if m > sa and toks[m].w in _UNNAMED_DUAL:
        # (round ar151) "اغتال مسلحان ضابطا"، "خطف مجهولان طبيبا": the unnamed two right
        # before the object (with an adjective after them the killers' check reads them:
        # "قتل مسلحان مجهولان ضابطا")
        m, n = m - 1, 1
    while m > sa and n < 2 and toks[m].is_word and toks[m].w.endswith("ون") and not (
            toks[m].w.startswith(_AL_WA_PREFIXES) or _imperfect_plural(toks[m].w)):
        m, n = m - 1, n + 1
    if n == 0:
        return None
    f = word_in(toks[m], _TRIGGERS)
    if f and f not in _TIGHT and not _masdar_form(f) and not _trigger_shared(toks, m, sb):
        return str(_TRIGGERS[f]), m
    return None


def _accusative_participle(noun: str, w: str, n: int) -> bool:
    """"بائعا متجولا"، "ضابطا متقاعدا": a participle in "مـ...ا" right after an accusative
    singular agrees with it, an adjective of the noun, so a person coordinated after it
    still continues the list ("بين القتلى بائعا متجولا وطفلين")."""
    return n == 0 and noun.endswith("ا") and len(w) >= 5 and w.startswith("م") and (
        w.endswith("ا")) and not w.endswith(_WA_MA_ENDINGS) and w not in _MA_ADVERBS


_UNNAMED_DUAL = fold_set(w for w in V.UNNAMED_KILLERS if w.endswith("ان"))
# adverbs shaped like such a participle ("اعتقلت شابا مجددا": again, not a kind of youth)
_MA_ADVERBS = fold_set(V.MA_ADVERBS)


def _kin_pair_object(toks: list[Token], sa: int, sb: int, k: int) -> tuple[str, int] | None:
    """(round ar186) "اقتادوا زوجها وابنيها"، "اعتقلت القوات والده وشقيقيه": a kin dual with
    a possessive joined to one kin the same pronoun makes definite, both the object of an
    outcome verb right before them (or before its definite subject): the dual counts two,
    the definite one nobody (a named relative, as "زوجها" alone is)."""
    w = toks[k].w
    if w[:1] != "و" or not w.endswith(_DUAL_POSSESSED_ENDINGS) or k - 2 < sa or toks[
            k - 1].w not in _POSSESSED_KIN:
        return None
    v = k - 2 if not toks[k - 2].w.startswith("ال") else k - 3
    # (a tight verb or a verbal noun only with the pair right after it: "اقتادوا زوجها
    # وابنيها"، "مقتل والده وشقيقيه")
    if v < sa or not (f := word_in(toks[v], _TRIGGERS)) or (v < k - 2 and (
            f in _TIGHT or _masdar_form(f))) or (
            _trigger_shared(toks, v, sb)) or _sentenced(toks, sa, v):
        return None
    return str(_TRIGGERS[f]), v


def _implicit_outcome(toks: list[Token], sa: int, sb: int, k: int, figures: list[_Figure],
                      dual: bool) -> tuple[str | None, int]:
    if k <= sa:
        return None, k
    prev = toks[k - 1]
    # The next word must not make the noun definite ("مقتل قائد الحرس").
    if not dual and k + 1 < sb and toks[k + 1].w.startswith("ال") and (
            toks[k].w not in _ONE_OF_FOLDED):
        return None, k
    if not dual and _named_construct(toks, k, sb):
        return None, k  # "مقتل قائد جهاز "الأمن"": the one head of a named body
    if not dual and k + 1 < sb and _kin_of_kin(toks[k], toks[k + 1]):
        return None, k  # "وأصيب ابن عمهما": one relative of the ones named, definite
    if not dual and definite_chain(toks, k, sb):
        return None, k  # (round ar167) "قتلوا ابن عم الشيخ": a definite chain, no count
    if dual and toks[k].w.lstrip("و").endswith(_DUAL_POSSESSED_ENDINGS) and (
            m := _lost_kin(toks, sa, k)) is not None:
        # "فقد والده وشقيقيه"، "فقد شقيقيه": losing one's own is their death (a dual with
        # a possessive is no passive's subject, which would end in "اه")
        return "killed", m if m == k - 1 else k
    if dual and (told := _kin_pair_object(toks, sa, sb, k)) is not None:
        return told
    f = word_in(prev, _TRIGGERS)
    if f and f in _VICTIMS and not _victim_idiom(toks, sa, k - 1):
        f = None
    if f and f in _CAUSING and not dual:
        return None, k  # "موقعا عسكريا": a site, not a soldier
    if f and not _sentenced(toks, sa, k - 1) and (not _trigger_shared(toks, k - 1, sb) or (
            figures and figures[-1].b == k - 1 and prev.w.startswith("و"))):
        # ("طفلا قتل وأصيبت امرأة": the verb before "وأصيبت" has its own figure, so the
        # two verbs share no number)
        return str(_TRIGGERS[f]), k - 1
    if dual and prev.w == "علي" and (e := _elimination_before(toks, sa, k - 1)) is not None:
        return "killed", e  # "قضى على عنصرين من التنظيم", as "قضى على 3 إرهابيين"
    if not dual and toks[k].w.startswith("و") and k - 2 >= sa and (
            prev.w in _POSSESSED_KIN) and _companion(toks, k, sb) and (
            f2 := word_in(toks[k - 2], _TRIGGERS)) and f2 not in _TIGHT and not (
            _trigger_shared(toks, k - 2, sb)):
        # (round ar184) "وأصيبت والدتهم وجارة لهم": the kin, definite by the pronoun, is no
        # count; the companion joined after it ("وجار له"، "وصديق لها") is one more the
        # verb befell, as a dual there is ("وأصيب ابنها وجاران"); a verbal noun too ("مقتل
        # شقيقه وصديق له")
        return str(_TRIGGERS[f2]), k - 2
    if not dual and prev.w == "علي" and (
            e := _elimination_before(toks, sa, k - 1)) is not None and not any(
            word_in(toks[m], _VERDICTS) for m in range(max(sa, e - 4), k) if m != e):
        # "الغارة قضت على عنصر في الوحدة": one, as the dual and the count are read (not a
        # court's sentence: "قضت المحكمة على متهم بالسجن")
        return "killed", e
    if dual and k - 2 >= sa and (f2 := word_in(toks[k - 2], _TRIGGERS)) and toks[
            k - 1].is_word and prev.w not in _COMPLEMENTIZERS and (
            f2 not in _TIGHT or _noun_then_two(toks, k)) and not (
            _trigger_shared(toks, k - 2, sb)):
        # (not "قتل وأصيب اثنان": one number shared by two outcomes; a tight verb only
        # with the counted noun and its "two" right after it: "غارة تقتل مزارعين اثنين";
        # not across "أن": "أن طبيبا قتل وأن ممرضتين أصيبتا", the two the next clause's
        # subject)
        return str(_TRIGGERS[f2]), k - 2
    if dual and k - 3 >= sa and prev.w.startswith("ال") and toks[k - 2].is_word and not (
            toks[k - 2].w.startswith(_AL_WA_PREFIXES)) and (
            f2 := word_in(toks[k - 3], _TRIGGERS)) and f2 not in _TIGHT and not (
            _masdar_form(f2)) and not _trigger_shared(toks, k - 3, sb):
        # "واعتقلت قوات الاحتلال طفلين": the verb's subject a construct of two words (an
        # indefinite head, a definite genitive), then the dual object
        return str(_TRIGGERS[f2]), k - 3
    if k - 2 >= sa and (prev.w in _ALSO or prev.w in _EVENT_PRONOUNS) and (
            f2 := word_in(toks[k - 2], _TRIGGERS)) and not (
            f2.startswith("م") or f2.endswith("ه")) and not _trigger_shared(
            toks, k - 2, sb) and not _sentenced(toks, sa, k - 2):
        # "قتل أيضا امرأة"، "أصابوا أيضا مراجعا"، "قتل فيه عامل": "also" or the attack's
        # pronoun between a verb (not a verbal noun in م- or -ة: "مقتل"، "إصابة") and its
        # victim
        return str(_TRIGGERS[f2]), k - 2
    if not dual and word_in(prev, _BODIES):
        return "killed", k - 1  # "انتشال جثة طفل"
    if dual and word_in(prev, _BODY_PAIRS):
        return "killed", k - 1  # "عثر على جثتي شابين": the bodies' dual before the two
    if not dual and k - 2 >= sa and toks[k].w.endswith("ا") and prev.w.startswith("ال") and (
            f2 := word_in(toks[k - 2], _TRIGGERS)) and f2 not in _TIGHT and not (
            _trigger_shared(toks, k - 2, sb)) and not _masdar_form(f2):
        # "واعتقلت القوات شابا": the accusative singular is the object, after the subject
        # of the verb (not after a verbal noun's genitive: "مقتل القائد مسلحا")
        return str(_TRIGGERS[f2]), k - 2
    if (doers := _after_indefinite_doers(toks, sa, sb, k, dual)) is not None:
        return doers
    for m in range(k - 2, max(sa, k - 3) - 1, -1):
        # "وقتل في الهجوم جنديان": a short place or event phrase between the verb and
        # its subject
        if toks[m].w in _FRONTED_PREPS and all(
                toks[r].is_word and toks[r].w not in _BREAKS for r in range(m, k)):
            f3 = word_in(toks[m - 1], _TRIGGERS) if m > sa else None
            if f3 and f3 not in _TIGHT and not _trigger_shared(toks, m - 1, sb) and not any(
                    f.a < m - 1 < f.b for f in figures):
                # (not the noun that closed a figure: "40 إصابة في قصف إسرائيلي")
                return str(_TRIGGERS[f3]), m - 1
            break
    nf = word_in(prev, _NOUNS)
    if nf and k - 2 >= sa and toks[k - 2].w in _BETWEEN | {"بين"}:
        if k - 3 >= sa and toks[k - 2].w == "بين" and toks[k - 3].w in _FROM_WORDS:
            return str(_NOUNS[nf]), k - 3  # "ومن بين المعتقلين رجل": "من" opens it
        return str(_NOUNS[nf]), k - 2
    if word_in(prev, _SUBGROUP) or (prev.w in ("من",) and k - 2 >= sa and toks[k - 2].w in (
            "بينهم",)):
        if figures and figures[-1].b <= k and k - figures[-1].b <= 3:
            return figures[-1].outcome, k - 1
        if _aside_subgroup(toks, sa, k) and (
                around := next((f for f in figures if f.a < k < f.b), None)):
            return around.outcome, k - 1  # "تسعة مدنيين، بينهم طفلان، استشهدوا"
        for m in range(k - 2, max(sa, k - 8) - 1, -1):
            nf = word_in(toks[m], _NOUNS)
            if nf and (last := _acted_on_after(toks, sa, m, figures)) is not None:
                # "ثلاثة قتلوا خلال عمليات تحرير المخطوفين، بينهم ضابط": the definite
                # noun an action after the figure was done to is no figure's people; the
                # sub-group divides the figure
                return last.outcome, k - 1
            if nf:
                if (around := next((f for f in figures if f.a <= m < f.b), None)) is not None:
                    # "وفاة 9 معتقلين تحت التعذيب، بينهم اثنان"، "قتل خمسة نازحين، بينهم
                    # امرأة": the held or the displaced are the figure's group; what befell
                    # them is its outcome, not what the noun says they were before
                    return around.outcome, k - 1
                return str(_NOUNS[nf]), k - 1
            tf = word_in(toks[m], _TRIGGERS)
            if tf and not (m > sa and toks[m - 1].w in _OUTCOME_PLACES):
                # (not a place's name: "مقتل 13 شخصا في مراكز الاحتجاز، بينهم طفل")
                return str(_TRIGGERS[tf]), k - 1
            if is_end(toks[m]):
                break
        last = max((f for f in figures if sa <= f.a and f.b <= k), key=lambda f: f.b,
                   default=None)
        if last is not None and toks[k - 1].w in _AMONG and k - last.b <= _among_reach(
                toks, sa, k - 1) and not any(
                is_end(toks[r]) or (toks[r].w in _BREAKS and not _time_after(toks, r))
                for r in range(last.b, k)):
            # "مقتل 13 شخصا بسبب التعذيب في مراكز الاحتجاز، بينهم طفل": the sentence's
            # figure the sub-group divides, further back than the words looked at
            return last.outcome, k - 1
        return None, k
    if (named := _joined_after_named_one(toks, sa, k)) is not None:
        return named[1], named[0]  # "أسفرت عن جرح سائق القناة وشاب"
    # "قتل 15 طفلا وامرأة": a coordinated singular right after a figure (not always the
    # last one read: "بينهم أربعة أطفال وامرأتان، وأصيب العشرات" read the later count first)
    if toks[k].w.startswith("و"):
        if k - 2 >= sa and _is_number(toks[k - 2]) and _gender_pair(toks[k - 1].w,
                                                                      toks[k].w[1:]):
            # "مقتل 14 معلما ومعلمة": the feminine of the counted noun joined to it says
            # "men and women" of the count, not one more woman
            return None, k
        before = next((f for f in reversed(figures) if f.b == k or _rank_between(
            toks, f.b, k) or _described_between(toks, f, k) or _body_between(
            toks, f, k)), None)
        if before is None:
            before = _subgroup_before(toks, sa, k, figures)
        if before is not None and not (before.count.n + 1 < sb and word_in(
                toks[before.count.n], _DUAL_NOUNS) and toks[before.count.n + 1].w.startswith(
                "محرر")):
            # (not after "أسيران محرران": "بينهم أسيران محرران وطفل", the child is one of
            # the whole, not one more freed prisoner)
            return before.outcome, before.a
        if (whole := _joined_in_subgroup(toks, sa, k, figures)) is not None:
            return whole
    return None, k


def _named_short(toks: list[Token], sa: int, k: int, max_words: int = 2) -> int | None:
    """The opening bracket of a short name closed at ``k`` after a name ("قوات سوريا
    الديمقراطية (قسد)"، "الوكالة (سانا)"): one or two words, no number, a word before the
    bracket. None otherwise (an age, "(25 عاما)", is no name)."""
    o = next((r for r in range(k - 1, max(sa, k - max_words - 1) - 1, -1)
              if not toks[r].is_word), None)
    if o is None or o == k - 1 or toks[o].w != "(" or o - 1 < sa or not toks[o - 1].is_word:
        return None
    if any(toks[r].is_digit or _count_word(toks[r]) for r in range(o + 1, k)):
        return None
    return o


def _joined_in_subgroup(toks: list[Token], sa: int, k: int, figures: list[_Figure],
                        members: int = 3, reach: int = 15) -> tuple[str, int] | None:
    """A dual or singular joined after an uncounted member of a sub-group ("طالت 23
    مواطنا، بينهم أسرى محررون وطفلان"، "بينهم أسيران محرران وطالب"): one of the whole
    figure the sub-group divides, its phrase from the marker. The member before it is at
    most ``members`` words with no count; the whole figure ends at most ``reach`` tokens
    before the marker, no sentence end or break between. (outcome, start) or None."""
    m = next((r for r in range(k - 1, max(sa, k - members - 1) - 1, -1)
              if word_in(toks[r], _SUBGROUP)), None)
    if m is None or m + 1 >= k or not all(
            toks[r].is_word and toks[r].w not in _BREAKS and not toks[r].is_digit
            and not _count_word(toks[r]) and not toks[r].w.startswith("و")
            for r in range(m + 1, k)):
        return None
    whole = max((f for f in figures if sa <= f.a and f.b <= m), key=lambda f: f.b, default=None)
    if whole is None or m - whole.b > reach or any(
            is_end(toks[r]) or (toks[r].w in _BREAKS and not _time_after(toks, r))
            for r in range(whole.b, m)):
        return None
    return whole.outcome, m


def _dual_state_after(toks: list[Token], k: int, sb: int) -> tuple[int, str] | None:
    """(end, outcome) of the state the two counted at ``k`` are in, told right after them:
    a negated dual "still" with the state noun as its predicate, "في عداد" between
    ("جنديين ما زالا في عداد المفقودين"), or the state noun alone as their adjective
    ("عن شخصين مفقودين"). None when no such state follows."""
    r = k + 1
    if r + 2 < sb and toks[r].w in _OTHERS and toks[r + 1].w in _MA_LA:
        r += 1  # "شخصين آخرين لا يزالان في عداد المفقودين": two more, then their state
    elif r < sb and toks[r].w == "من" and (
            of := next((q for q in (r + 2, r + 3) if q + 1 < sb and toks[q].w in _MA_LA and (
                toks[q + 1].w in _DUAL_STILL)), None)) is not None and all(
                toks[q].is_word for q in range(r + 1, of)):
        r = of  # (round ar124) "شابان من الرعاة ما زالا مفقودين": whose the two are, first
    if r + 1 < sb and toks[r].w in _MA_LA and toks[r + 1].w in _DUAL_STILL:
        r += 2
        if r + 1 < sb and (toks[r].w, toks[r + 1].w) == _IN_THE_COUNT_OF:
            r += 2
        nf = word_in(toks[r], _NOUNS) if r < sb else None
        if nf and _NOUNS[nf] in _STATUS_OUTCOMES and not toks[r].w.startswith("و"):
            return r + 1, str(_NOUNS[nf])
        return None
    nf = word_in(toks[r], _NOUNS) if r < sb else None
    if nf and toks[r].w == nf and _NOUNS[nf] in _DUAL_ADJECTIVE_OUTCOMES:
        return r + 1, str(_NOUNS[nf])
    return None


def _definite_two_still(toks: list[Token], sa: int, sb: int,
                        k: int) -> tuple[int, str] | None:
    """(round ar153) The state a definite dual of people at ``k`` is still in when "still"
    comes first ("ولا يزال الراعيان الآخران مفقودين"، "وما زال الصيادان مختطفين"): the
    two named before, still missing or held, are a figure of two (the dual says how
    many), with "الآخران" after them or not. Returns the figure's end and outcome."""
    if k - 2 < sa or toks[k - 1].w not in _STILL or toks[k - 2].w not in (
            _MA_LA_NEGATION_FORMS) or word_in(toks[k], _DUALS) is None:
        return None
    r = k + 2 if k + 1 < sb and toks[k + 1].w == "ال" + next(iter(_OTHERS_DUAL)) else k + 1
    if r >= sb or toks[r].w.startswith("و"):
        return None
    nf = word_in(toks[r], _NOUNS)
    if nf is None or _NOUNS[nf] not in ("missing", "captured") or not toks[r].w.endswith("ين"):
        # (the dual's state in the accusative, "مفقودين"، "مختطفين"; "محتجزين" is left to
        # the readers that know who holds them)
        return None
    return r + 1, str(_NOUNS[nf])


def _still_after_verb(toks: list[Token], sa: int, sb: int, k: int) -> tuple[str, int] | None:
    """The state the singular at ``k`` is still in when "still" comes first ("وما زال
    شاب مفقودا"، "ولا تزال فتاة مختطفة"): a negated singular "still" of its gender, then
    the state noun after it, or after "another" or an ordinal ("ولا يزال عامل آخر
    مفقودا": one more after the ones counted before). Returns the outcome and the end of
    the figure, or None."""
    if k - 2 < sa or k + 1 >= sb or toks[k - 1].w not in _STILL or (
            toks[k - 2].w not in _MA_LA_NEGATION_FORMS):
        return None
    verb = toks[k - 1].w
    if verb not in _STILL_VERB_FORMS:
        return None  # a plural "still" has a plural subject, counted elsewhere
    if (verb in _FEMININE_STILL_VERBS) != toks[k].w.endswith("ه"):
        return None
    r = k + 2 if (toks[k + 1].w in _ONE_MORE or toks[k + 1].w in _STILL_ORDINALS) and (
        k + 2 < sb) else k + 1
    if toks[r].w == "من" and r + 2 < sb and toks[r + 1].w.startswith("ال"):
        r += 2  # (round ar153) where he is from: "ولا يزال رجل ثامن من العشيرة مفقودا"
    state = _STILL_STATES.get(toks[r].w)
    return (state, r + 1) if state else None


def _kin_of_kin(head: Token, genitive: Token) -> bool:
    """Is ``head`` a kin noun in construct with a possessed kin noun ("ابن عمهما"، "شقيق
    زوجته")? The pronoun makes the genitive definite, and the construct with it."""
    return bool(head.is_word and genitive.is_word and (head.w in _KIN_CONSTRUCT_HEADS or (
        head.w[:1] == "و" and head.w[1:] in _KIN_CONSTRUCT_HEADS))
        and genitive.w in _POSSESSED_KIN)


def _named_construct(toks: list[Token], k: int, sb: int) -> bool:
    """Is the singular at ``k`` the head of a construct whose genitive is a named body
    ("قائد جهاز "الأمن""، "مدير مستشفى «الأمل»")? Such a head is one definite person, as
    before a definite genitive, not an indefinite one counted."""
    if k + 2 >= sb or toks[k + 2].w not in _OPENING_QUOTES or not toks[k + 1].is_word:
        return False
    nxt = toks[k + 1].w
    return nxt not in _HEAD_BREAKS and nxt not in _FROM_NEAR_WORDS and not nxt.startswith(
        _BI_LI_WA_AL_PREFIXES)


def _acted_on_after(toks: list[Token], sa: int, m: int,
                    figures: list[_Figure]) -> _Figure | None:
    """The figure before the definite outcome noun at ``m`` when that noun is the genitive
    of an action noun after it ("عمليات تحرير المخطوفين", "إجلاء الجرحى"), or None."""
    if not toks[m].w.startswith("ال") or m - 1 <= sa:
        return None
    act = toks[m - 1]
    if not act.is_word or act.w.startswith(_AL_WA_BI_LI_PREFIXES) or act.w in _HEAD_BREAKS or (
            act.w in _FROM_BETWEEN_WORDS) or word_in(act, _TRIGGERS) or word_in(act, _NOUNS):
        return None
    return max((f for f in figures if sa <= f.a and f.b < m), key=lambda f: f.b, default=None)


def _among_outcome(toks: list[Token], a: int) -> bool:
    """Does a figure open at ``a`` with "(من) بين" and a definite outcome noun ("من بين
    المعتقلين ثلاثة ...")? A sub-group as "بينهم" opens one."""
    if toks[a].w in _FROM_WORDS and a + 1 < len(toks):
        a += 1
    return toks[a].w in _BETWEEN_WORDS and a + 1 < len(toks) and toks[a + 1].w.startswith(
        "ال") and word_in(toks[a + 1], _NOUNS) is not None


def _subgroup_before(toks: list[Token], sa: int, k: int,
                     figures: list[_Figure]) -> _Figure | None:
    """The sub-group figure a joined dual or singular at ``k`` continues across a few
    words that describe its people ("بينهم 19 معتقلا إداريا دون تهمة وصحفيتان"): up to
    three words, none of them a count, an outcome, a break or a sentence's end."""
    for f in reversed(figures):
        if f.b >= k or k - f.b > 3:
            continue
        if f.a <= sa or (not word_in(toks[f.a - 1], _SUBGROUP) and not word_in(
                toks[f.a], _SUBGROUP) and not _among_outcome(toks, f.a)) or not (
                toks[f.count.n].is_digit or _count_word(
                toks[f.count.n])):
            # (a counted sub-group only: after "بينهم أسيران محرران وطفل" the child is
            # one of the whole figure, not one more freed prisoner)
            return None
        if all(toks[r].is_word and toks[r].w not in _BREAKS and not is_end(toks[r])
               and _is_outcome(toks[r]) is None and not _count_word(toks[r])
               and not toks[r].w.startswith("و") for r in range(f.b, k)):
            return f
        return None
    return None


# --- output -------------------------------------------------------------------------


def _emit(folded: Folded, toks: list[Token], f: _Figure) -> dict[str, Any]:
    b = f.b
    while b - 1 > f.a and toks[b - 1].w == "و":
        b -= 1  # "حصيلة القتلى إلى 23 و87 جريحا": the next item's conjunction
    s, e = folded.span(toks[f.a].s, toks[b - 1].e)
    group = None
    if f.group:
        gs, ge = folded.span(toks[f.group[0]].s, toks[f.group[1] - 1].e)
        group = folded.original[gs:ge].strip("\"«»“” ،,") or None
        head = toks[f.group[0]].w
        if group and group[0] == "و" and len(group) > 2 and head not in _SINGULAR and (
                head not in _NOTABLES_WITH_WAW):  # (round ar167) "وجيه" keeps its letter
            group = group[1:]
    c = f.count
    return {
        "start": s, "end": e, "text": folded.original[s:e], "outcome": f.outcome,
        "count_low": c.low, "count_high": c.high, "qualifier": c.qual, "group": group,
    }
