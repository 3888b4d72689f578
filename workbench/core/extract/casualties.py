"""Casualty figures: counts of people killed, wounded, missing, captured, arrested, displaced.

A figure is a count phrase (numeral, number word, article, vague quantifier)
tied to an outcome by one of a few English constructions:

* active verb before the count: "killed at least 12 people", "Kills 9";
* passive / intransitive participle after the count and its noun:
  "12 people were killed", "four farmers died", "45 injured";
* a noun that is itself the outcome: "25 bodies", "seven hostages", "four deaths";
* a toll: "the death toll rose to 30";
* continuation of a list: "30 guards and 12 drivers including a local commander".

A count shared by two outcomes ("killed and wounded six") is skipped on
purpose, because it cannot be split.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache, wraps
from operator import itemgetter

from .casualty_accident_cause import drop_accident_tolls
from .casualty_active_shot import shot_in_limb
from .casualty_after_head import read_after_head
from .casualty_aftermath import (
    body_of_one_found,
    fleeing_people,
    households_left_for,
    left_named_place,
    one_body_found,
    present_wounds,
)
from .casualty_age_bound import age_bound_end
from .casualty_also_hit import also_hit
from .casualty_among_named import among_clause_start, among_named_outcome
from .casualty_apart import (
    drop_uncounted,
    mask_apart,
    members_before_mark,
    read_apart,
    tolls_by_number,
)
from .casualty_aside_gap import aside_then_outcome, reduced_relative_outcome
from .casualty_at_sea import craft_name_number, lives_unharmed
from .casualty_bare_members import bare_members_between, bare_part_before
from .casualty_bare_shot import (
    bare_shot_ending_dropped,
    bare_shot_missed,
    bare_shot_reading,
    shot_object,
)
from .casualty_beaten_treated import beaten_then_treated
from .casualty_between import age_list_end, name_after_origin, names_after_origin
from .casualty_body_hit import gapped_body_part
from .casualty_body_of_one import body_of_one
from .casualty_bomber_described import described_bombers, drop_mourners
from .casualty_bulletin_row import bulletin_rows
from .casualty_buried_dead import buried_dead
from .casualty_captives_back import captives_back, parts_named
from .casualty_captives_told import read_captives_told
from .casualty_captor_holds import captor_holding, members_held
from .casualty_care_counted import read_care_counted
from .casualty_care_given import (
    care_part_harmed,
    care_then_cause,
    first_aid_given,
    first_aid_received,
    included_part_harmed,
    kept_patients,
    part_of_people_in_care,
    those_in_care,
    treated_people,
)
from .casualty_care_line import care_line
from .casualty_care_needed import being_treated, bulleted_being_treated, care_needed
from .casualty_clause import (
    FIRST_OF_TWO_PASSIVES,
    HEDGED_RELATIVE,
    HELD_CAPTIVE,
    INSERT,
    PASSIVE_GET,
    PLACE,
    PLACE_PHRASE,
    SOURCE_ASIDE,
    VERB_ADVERB,
    denied_count,
    grave_holds,
    held_by_place,
    part_outcome_only,
)
from .casualty_clause_gap import gap_opens_clause
from .casualty_colon_care import colon_care
from .casualty_condition_apposed import condition_after_apposition
from .casualty_condition_place import condition_past_place
from .casualty_consequence import told_by_consequence
from .casualty_cost_lives import cost_their_lives
from .casualty_count_elsewhere import count_elsewhere
from .casualty_count_opener import QUALIFIED_OBJECT, mask_count_openers, read_past_openers
from .casualty_count_parts import read_count_parts
from .casualty_counted_acts import drop_counted_acts
from .casualty_counted_otherwise import counted_otherwise, may_hold
from .casualty_court_step import court_step_after
from .casualty_crowd_flight import crowd_flight
from .casualty_custody import (
    arrest_holds,
    held_for,
    phrasal_arrest,
    questioned_by_state,
    taken_from_home,
)
from .casualty_custody_told import first_overlap, read_custody_told
from .casualty_dated_count import count_after_date
from .casualty_dateline_dash import dash_ends_date
from .casualty_doubled import mend_doubled
from .casualty_earlier_value import adjuncts_only
from .casualty_escaped_harm import escaped_with_harm
from .casualty_evacuation_left import drop_evacuation_leaving
from .casualty_exchange_parts import exchange_parts
from .casualty_far_outcome import outcome_past_subject, reading_cut
from .casualty_far_update import counted_between, far_earlier_value
from .casualty_fatal_part import fatal_part_end, hit_then_part
from .casualty_figurative import drop_figurative
from .casualty_fled_part import fled_parts
from .casualty_fled_somewhere import fled_somewhere
from .casualty_forces_free_held import read_forces_free_held
from .casualty_found_alive import found_alive_part
from .casualty_freed_after import (
    first_catch,
    freed_after_capture,
    handed_over_end,
    handed_to_law_end,
)
from .casualty_freed_back import freed_from_before, opens_after
from .casualty_freed_siege import freed_count_from_siege, freed_from_siege
from .casualty_fronted_part import fronted_parts
from .casualty_fronted_toll import fronted_toll
from .casualty_gapped_care import gapped_care
from .casualty_gapped_part import after_first_part
from .casualty_group_back import group_back
from .casualty_had_harms import (
    done_and_left_with_harm,
    had_harm,
    left_with_harm,
    part_with_harm,
    whose_part_broken,
    with_harm,
)
from .casualty_harm_aside import harm_past_aside
from .casualty_harm_described import harm_described
from .casualty_harm_told import harm_told
from .casualty_headline_bare import headline_bare_participle, headline_taken
from .casualty_headline_crossing import (
    crossing_verb_at,
    people_name_in_ese,
    present_crossing_in_text,
)
from .casualty_headline_family import bare_families
from .casualty_headline_held import headline_held, headline_holding
from .casualty_headline_relative import headline_relative_harm
from .casualty_held_arrest import held_after_arrest, held_on_suspicion, held_told_by_police
from .casualty_held_by_armed import held_by_armed
from .casualty_held_gone import held_and_gone
from .casualty_held_over_capture import held_after_release, held_over_capture
from .casualty_held_place import held_at_detention, last_holding
from .casualty_held_relative import held_by_captors_after, holding_relative
from .casualty_held_span import held_over_span
from .casualty_hit_died import befell_then_died, hit_then_died
from .casualty_home_after_swap import home_after_swap
from .casualty_households_gone import households_gone
from .casualty_hurt_part import hurt_parts_in_care
from .casualty_illness import died_of_illness
from .casualty_included_parts import read_included_parts
from .casualty_inmate_moved import inmate_moved
from .casualty_interviewed import drop_interviewed
from .casualty_joined_body import joined_body_end
from .casualty_kin_and_homes import homeless_state, kin_lost, kin_taken, made_homeless
from .casualty_labelled_place import labelled_places
from .casualty_last_seen import seen_missing_ahead, seen_then_missing
from .casualty_left_places import bare_left_places, counted_left_places, origin_flight_verbs
from .casualty_left_since import left_since_violence
from .casualty_lexical import (
    custody_taking,
    may_pick_up,
    picked_up_not_arrest,
    taken_then_gone,
    to_death_past_description,
    treated_in_violence,
)
from .casualty_list_participle import cut_list_phrases, freed_list_parts
from .casualty_list_sources import list_ends_in_sources
from .casualty_listed_missing import listed_missing
from .casualty_lookalikes import (
    drop_glossed_terms,
    drop_toll_members,
    held_gathering,
    held_inmates,
    held_thing,
    part_of_acts,
    year_pair,
)
from .casualty_members import (
    freed_captives,
    listed_before,
    lists_its_people,
    phrase_between_members,
    without_apposed_name,
)
from .casualty_missing_found_held import missing_found_held
from .casualty_missing_taken import missing_taken
from .casualty_moved_held import read_moved_held
from .casualty_moved_on import drop_moved_on
from .casualty_named_apposition import described_apposition, named_apposition
from .casualty_named_member import members_named
from .casualty_named_pair import NAMED_PAIR
from .casualty_natural_cause import drop_natural_tolls
from .casualty_neutral_gap import mask_neutral_gaps, read_past_gaps
from .casualty_no_one_hurt import drop_no_one_hurt
from .casualty_not_survived import not_survived
from .casualty_notation import notation_counts
from .casualty_number_who import read_number_who
from .casualty_ordinal_care import ordinal_taken_to_care
from .casualty_ordinal_more import (
    ORDINAL_EVENT_AFTER,
    gapped_ordinals,
    next_after_last,
    next_after_people,
    next_body,
)
from .casualty_origin import count_of_origin
from .casualty_other_part import read_other_part
from .casualty_own_clause import joined_by_and, verb_is_last_groups
from .casualty_part_described_next import next_described_parts
from .casualty_part_gap import mask_part_gaps, parts_read, read_past_part_gaps
from .casualty_part_state import dead_parts, parts_by_reference
from .casualty_period_toll import period_toll_end
from .casualty_phrase import names_a_person, noun_list_end, relative_between, restated_count
from .casualty_place_died import place_before_died
from .casualty_place_population import drop_place_populations
from .casualty_population import population_count
from .casualty_refugee_life import refugee_life
from .casualty_relative_subject import (
    drop_clause_objects,
    relative_then_outcome,
    verb_in_relative,
)
from .casualty_release_apposed import apposed_releases
from .casualty_released import exchanged_people, released_people
from .casualty_rest_in_care import read_rest_in_care
from .casualty_returned import drop_freed_inmates, returned_people
from .casualty_rival_source import source_gave
from .casualty_rival_toll import rival_tolls
from .casualty_running_total import running_total
from .casualty_said_held import said_held
from .casualty_scare_quotes import unquote_groups
from .casualty_series_relative import only_relative_asides
from .casualty_share_of import whole_opening
from .casualty_share_part import share_whole_outcome
from .casualty_shelter_then_fled import sheltered_then_fled
from .casualty_sheltering import (
    SHELTER_PLACE_AHEAD,
    arriving_after_flight,
    fleeing_group,
    may_shelter,
    moved_after_flight,
    reaching_refuge_after_flight,
    sheltering_after_flight,
    stay_after_leaving,
)
from .casualty_slips import mend_slips
from .casualty_soldiers_took import soldiers_took_away
from .casualty_stabbed import stabbing_reading
from .casualty_state import (
    captors_named_near,
    carry_told,
    in_captivity,
    tell_state_as_event,
)
from .casualty_state_cause import read_state_causes
from .casualty_still_held import still_held_people
from .casualty_still_inside import among_held, site_seized_before, still_inside
from .casualty_subject_gap import (
    RELATIVE_REACH,
    relative_after_article,
    relative_closes,
    relative_past_phrases,
    subject_verb_outcome,
)
from .casualty_superlative_member import superlative_members
from .casualty_taken import (
    captor_named,
    confined_into,
    led_into,
    number_participle,
    taken_prisoner_with,
    taken_unsaid,
)
from .casualty_taken_part import drop_ill_parts, taken_parts
from .casualty_taken_removed import taken_removed_end
from .casualty_those_described import described_part
from .casualty_told_again import police_holding
from .casualty_told_beside import military_asides, parts_beside, restated_households
from .casualty_toll_colon_parts import read_toll_colon_parts
from .casualty_toll_named import named_after_toll
from .casualty_toll_part import toll_parts
from .casualty_took_people import captors_took, taken_still_held, took_people_moved
from .casualty_took_questioning import took_for_questioning
from .casualty_treated_bare import bare_being_treated
from .casualty_treated_gap import treated_gap_end
from .casualty_treated_pair import read_treated_pair
from .casualty_unreal_counts import drop_unreal_counts
from .casualty_whole_in_words import wholes_in_words
from .casualty_whole_named_part import named_whole_parts
from .casualty_wished_death import drop_wished_deaths
from .casualty_woken import woken_by_phrases
from .casualty_words_between import read_words_between
from .folding import CaseBlind
from .lang import en as EN
from .lang.build import alt, first_chars
from .numbers import (
    COUNT_FIRST_WORDS,
    COUNT_RE,
    NUMBER,
    QUALIFIER,
    QUALIFIER_KIND,
    parse_count,
    word_value,
)
from .spans import document, matches_at_words
from .tails import cue_gate, opening_chars, tail_check
from .triggers import ARTICLE, CASUALTY, COUNT, WORDS, triggers

# Patterns of rules that seldom run, compiled on first use (start-up time): name -> source,
# matched case-blind.
_RARE: dict[str, str] = {}


@cache
def _rare(name: str) -> re.Pattern[str]:
    return re.compile(_RARE[name], re.IGNORECASE)


def _among_the_clause(s: str, cstart: int, prev: dict[str, object], base: int) -> str | None:
    """The outcome of one of the people a figure counted, named after it in its own
    sentence by "among the <outcome noun> was", when the noun names the figure's outcome
    ("..., and among the dead was a nurse" after a wounding names no one of them)."""
    if " among" not in s and " Among" not in s:
        return None
    opens = _rare("among_the_clause").search(s, max(0, cstart - 40), cstart)
    if opens is None or int(prev["end"]) - base > opens.start():
        return None
    named = _AMONG_NOUN_OUTCOME.get(opens.group("who").lower())
    return named if named is not None and named == prev["outcome"] else None


_V = {**EN.OUTCOME_VERBS}
_ALL_VERBS = alt(w for forms in _V.values() for w in forms)
_LEFT_ACTIVE = CaseBlind(
    "(?:" + "|".join(f"(?P<{k}>\\b(?:{alt(v)}))" for k, v in _V.items())
    # (a place of the outcome between, round 49: "the death in custody of a young woman")
    + "|" + "|".join(f"(?P<n_{k}>\\b(?:{alt(v)})(?:\\s+(?:{alt(EN.NOMINAL_SETTINGS)}))?\\s+of"
                     # (round en179) a harm told by whom it befell: "injuries to 27 reporters"
                     + (f"|\\b(?:{alt(EN.OUTCOME_NOMINALS_TO[k])})\\s+to"
                        if k in EN.OUTCOME_NOMINALS_TO else "") + ")"
                     for k, v in EN.OUTCOME_NOMINALS.items())
    # "Dead: 4": a bulletin label that is not a verb needs its colon.
    + "|" + "|".join(f"(?P<l_{k}>\\b(?:{alt(v)})\\s*:)" for k, v in EN.BULLETIN_LABELS.items())
    + rf"|(?P<cont>\b(?:{alt(EN.CONTINUATIONS)})))"
    # the verb in quotes, the reporter keeping a source's word: 'had "neutralised" 11'
    + r"(?:(?<=\w)['’\"”](?=\s))?"
    # A bulletin label names the outcome of the list after it: "KILLED: 12 soldiers".
    # a possessive before the count: "killing a woman and wounding her two sons"
    # ("an additional 12 people" and "an extra five" add to a count as "a further" does)
    + r"(?:\s*:)?(?:\s+(?:the|another|also|a\s+further|an\s+additional|an\s+extra"
    # (round en220) "killing all of the 12 crew", "all of its 19 passengers"
    + r"|all(?:\s+of\s+(?:the|its|their|his|her|our|my|your)(?=\s))?|his|her"
    # (round en220) a craft's or a unit's own people: "killing its two crew members",
    # "wounding all its 12 passengers"
    + r"|their|my|our|your|(?:all\s+)?its))?"
    # the rest of a group already counted: "freed the remaining four"
    + rf"(?:\s+(?:{alt(EN.REMAINDER_WORDS)}))?"
    # a victim named without a count comes first: "killed the driver and two passengers",
    # or by a pronoun: "killing him and three of his sons"; a possessive may open the
    # counted one too: "burying my wife and my two boys"
    # ("the defendants and their 70 lawyers" stays one determiner short of a family)
    # (round en117: a list of them first, set off by commas, "burning the owner, his wife
    # and a customer", "killing the driver, the cook and two guards")
    + r"(?:\s+the\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?"
    + r"(?:\s*,\s*(?:the|his|her|their|my|our|your)\s+[a-z][\w'’\-]*"
    + r"(?:\s+[a-z][\w'’\-]*)?){0,2}(?:\s*,)?\s+and"
    + r"|\s+(?:(?:his|her|their|my|our|your)\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?"
    # ... and more of them, each with its possessive, set off by commas: "killed our
    # driver, our cook and two guards"
    + r"(?:\s*,\s*(?:his|her|their|my|our|your)\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?){0,2}"
    + r"|him|her|them)(?:\s*,)?\s+and(?:\s+(?:his|her|their|my|our|your)(?=\s))?"
    # ... or a headline's bare noun, a comma for the "and" (round 43): "Gunmen kill police
    # chief, 2 bodyguards", "Rebels abduct priest and 3 nuns", "kill farmer, 3 herders";
    # casualty_phrase.names_a_person says the word names a person
    + r"|\s+(?:(?!(?:a|an)\s)[a-z][\w'’\-]*\s+)?[a-z][\w'’\-]*"
    + r"(?:\s*,|\s+and))?"
    # the object in quotes, a source's own words: "had arrested 'a number of wanted persons'"
    + r"\s*(?:(?<=\s)['‘\"“])?$"
)
_SHARED = CaseBlind(rf"\b(?:{_ALL_VERBS})\s+(?:and|or)\s+(?:{_ALL_VERBS})\s*$")

_PART = {k: alt(v) for k, v in EN.OUTCOME_PARTICIPLES.items()}
# (an adverb of any "-ly" shape too: "were apparently killed", "have since been displaced")
# (each word taken by one list only, atomically: "also", "now", "still" are in two, and
# "-ly" words in the catch-all too, so a run of them tried every split on a failing match,
# "were now now now ... shaken by the killing" took seconds)
_AUX = rf"(?:(?>(?:{alt(EN.AUXILIARIES)}|{VERB_ADVERB}|{PASSIVE_GET})\s+))*"
_RIGHT_PART = CaseBlind(
    # (round en117) a one-word place between the people and the "who" on them: "throwing
    # acid at a councillor in Tor, who suffered burns"
    r"(?:\s+(?:in|at|near)\s+[\w'’\-]+(?=\s*,\s*who\s))?"
    r"\s*,?\s*(?:(?P<rel>who|that)\s+)?(?P<aux>" + _AUX + ")"
    # the participle in quotes, a source's word kept by the reporter: 'were "neutralised"'
    # (closing quote kept; ``q`` closes before the outcome group, which stays the last)
    + r"(?P<q>['‘\"“](?=\w))?"
    + "(?:" + "|".join(f"(?P<{k}>(?:{v})\\b)" for k, v in _PART.items()) + ")"
    + r"(?(q)['’\"”]?)"
)
# "were among the dead"; a headline drops the verb: "Five Soldiers Among 9 Dead"
_AMONG = CaseBlind(rf"\s*(?:(?:were|was|are|is)\s+(?:(?:also|{VERB_ADVERB})\s+)?)?among\b"
                   r"(?!\s+(?:them|whom)\b)")
# A partitive after a figure of the same sentence: "..., 31 of them civilians", "15 of
# whom were children". The copula is left to the group only before a plain noun.
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|whom)\b(?:\s+(?:were|are|was)\b|(?=\s+[A-Za-z]))", re.IGNORECASE)
# ... "of those" with nothing after it but a state (round en174: "Five of those are in
# intensive care"): the people just counted.
_OF_THOSE_BARE = re.compile(rf"\s+of\s+(?:{alt(EN.PARTITIVE_PRONOUNS)})\b", re.IGNORECASE)
# (round en220) The outcomes a part's noun may name as what its people are ("refugees",
# "displaced people", "hostages", "detainees"), and the harms of a whole that such a part
# shares: "Nine civilians were killed, five of whom were refugees" are five dead, no flight.
_STATUS_PART_OUTCOMES = frozenset(EN.STATUS_PART_OUTCOMES)
_HARM_WHOLE_OUTCOMES = frozenset(EN.HARM_WHOLE_OUTCOMES)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
# "one of them wearing a ranger's boots", "two of them carrying the stolen radios": what
# one of the people did or had, told by a participle and its object, is no part counted
# by kind ("two of them children", "eight of them seriously" stay parts); a state of the
# wounded ("two of them needing surgery") stays one too.
_DOING_AFTER_THEM = re.compile(
    r"\s+of\s+them\s+(?!(?:needing|requiring|suffering|bleeding|dying|including)\b)"
    r"[a-z]{2,}ing\s+(?:a|an|the|his|her|their|its)\b")
_PARTITIVE = re.compile(
    r"\s+of\s+(?:them|whom)\b(?:\s+(?:were|are|was)\b(?=\s+(?!(?:all|also|among)\b)[A-Za-z]))?",
    re.IGNORECASE)
_MORE = frozenset(EN.MORE_WORDS)
_DEGREE_WORDS = EN.PARTITIVE_DEGREE_WORDS  # (round en158: "six of the most seriously wounded")
_DETERMINERS = frozenset(EN.DEFINITE_OBJECT_OPENERS)
# (a figure of any length: "\d" alone before the closing \b took one-digit objects only, so
# "Four men who kidnapped 12 students" were read as the captives and "Two soldiers killed 12
# rebels" as two dead, where "killed 5 rebels" gave none)
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|at\s+least|more\s+than|\d[\d,]*|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|dozens|hundreds|scores|several)\b"
    rf"|\s+{QUALIFIED_OBJECT}",  # (round en126) "killed some five policemen"
    re.IGNORECASE,
)
# (round en235) ... but a time after the verb is none: "vanished the same month", "still
# held two months after" (the verb has no object there: its count is the people)
_TIME_NOT_OBJECT = re.compile(
    r"\s+(?:(?:the|that)\s+(?:" + alt(EN.TIME_NOT_OBJECT_LEADS) + r")"
    r"\s+(?:" + alt(EN.TIME_NOT_OBJECT_NOUNS) + r")\b"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d{1,3})"
    r"\s+(?:" + alt(EN.TIME_NOT_OBJECT_NOUNS) + r")\s+(?:" + alt(EN.TIME_NOT_OBJECT_TAILS)
    + r")\b)", re.IGNORECASE)
# ... but a figure after it with an outcome of its own is the next figure of a headline's
# list: "Five Killed 20 Wounded in Blast" (since the object read a count of any length)
_COUNT_OWN_OUTCOME = re.compile(
    rf"\s+\d[\d,]*\s+(?:{alt(EN.HEADLINE_COUNT_OUTCOMES)})\b"
    # ... closing the item, not an adjective of the object: "killed 12 wounded soldiers"
    r"(?=\s*(?:$|[,.;:!?]|(?:in|at|on|as|after|near|and|during|by|when|while|from)\b))",
    re.IGNORECASE)
# A bare noun right after a verb: its object when it names people ("who abducted
# children", "that kidnapped students").
_BARE_PLURAL_AFTER = re.compile(r"\s+([a-z][a-z\-]*)\b")

# (round en165) An outcome that takes no object: "the 19 dead the ministry gave in March"
# is a contact relative on the dead, no killer's object after an active verb.
_OBJECTLESS_OUTCOMES = frozenset(EN.OBJECTLESS_OUTCOMES)
_OBJECTLESS_DEATH = frozenset(EN.OBJECTLESS_DEATH_VERBS)
# A nominal of harm these open is denied: "no deaths of", "no injuries to" (NEGATED_DETERMINERS).
_DENIED_BY = frozenset(w.lower() for w in EN.NEGATED_DETERMINERS)
_BODY_PARTS = frozenset((*EN.BROKEN_BODY_PART, *EN.BROKEN_BODY_PARTS))
# Between two figures of one list; a possessive may open the second ("a mother and her
# three children").
_LIST_SEP = re.compile(
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+)(?:(?:his|her|their|my|our|your)\s+)?$",
    re.IGNORECASE)
_IRREGULAR_PAST = frozenset(EN.IRREGULAR_PAST)
# One-word outcome participles used as adjectives: "wounded" -> wounded.
_ADJECTIVE_OUTCOME = {w: k for k, forms in EN.OUTCOME_PARTICIPLES.items() for w in forms
                      if " " not in w and w not in ("dead", "die", "died", "hostage", "captive")}
# a relative named without a count after "and" or a comma: "A man, his wife and their
# three children were killed"
_AND_POSSESSIVE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:his|her|their|my|our|your)(?=\s)", re.IGNORECASE)
# A sub-group set off by commas or by dashes: "12 people - including five children - were".
_SKIP_CONJ = CaseBlind(
    r"\s*(?:,|[-–—](?=\s))?\s*(?:and|including|among\s+them|as\s+well\s+as)?\s*"
)


def _nouns_of(outcome: str) -> tuple[str, ...]:
    """The plural head nouns that are themselves ``outcome`` ("refugees", "detainees")."""
    return tuple(n for n, k in EN.OUTCOME_HEAD_NOUNS.items() if k == outcome and n.endswith("s"))


# A year in the gap between a toll and its count is the period the toll covers (round
# en155): "bringing the number of former fighters killed since the 2016 peace deal to 300".
_GAP_YEAR = r"(?<!\d)(?:19|20)\d\d(?![\d,])"
# "the number of U.S. troops killed (in Iraq) has reached 1,000": a toll of any outcome,
# named by its participle or by a noun that is itself the outcome (round 80: "bringing the
# number of Sudanese refugees in the country to over 850,000", "the number of hostages");
# a noun with a participle of harm after it is counted by the participle (round en155:
# "the number of detainees killed since 2013")
_WHO_HARM_VERBS = tuple(v for v, k in EN.NUMBER_WHO_VERBS.items() if k != "displaced")
_NOUN_THEN_HARM = (rf"(?!\s+(?:{alt(tuple(EN.RUNNING_NUMBER_PARTICIPLES))})\b"
                   # (round en235) ... or by a relative of harm: "the number of detainees
                   # who have died in custody" are dead (the verb is read after it)
                   rf"|\s+who\s+(?:have|has|had)\s+(?:been\s+)?"
                   # (flight left out: "the number of refugees who have fled" stay the
                   # refugees the noun counts)
                   rf"(?:{alt(_WHO_HARM_VERBS)})\b)")
# (round en163) an agency's "count" or "tally" of them is their number: "UN agency raises
# count of displaced in the district to 21,000"
_NUMBER_OF_STEMS = ("number of", "count of", "tally of")
_NUMBER_OF = re.compile(
    r"\b(?:number|count|tally)\s+of\s+(?:[\w.'’\-]+\s+){0,4}?(?:"
    + "|".join(f"(?P<{k}>{alt(tuple(w for w in v if ' ' not in w))}"
               f"|(?:{alt(_nouns_of(k))}){_NOUN_THEN_HARM}"
               # "the number of children taken was closer to 40": taken away, captives
               # ("the number of people taken to hospital" is no capture)
               + ("|taken(?!\\s+(?:to|into|in|for|ill|away\\s+to)\\b)" if k == "captured"
                  else "") + ")"
               for k, v in EN.OUTCOME_PARTICIPLES.items() if k != "missing")
    + rf")\b(?P<gap>(?:{_GAP_YEAR}|[^.;:\d]){{0,120}}?)\s*$", re.IGNORECASE)
_BOMBER_SELF = re.compile(
    rf"\b(?:{alt(EN.BOMBER_SELF_VERBS)})\s+(?P<who>{alt(EN.REFLEXIVES)})\b(?:\s+up\b)?",
    re.IGNORECASE,
)
_BOMBER = re.compile(rf"\b(?:{alt(EN.BOMBER_NOUNS)})\b", re.IGNORECASE)
# A person counted by the article right before "blew herself up" is the bomber the README
# counts ("A woman blew herself up" -> 1 woman) even when no word for a bomber is written.
_COUNTED_SELF_BOMBER = re.compile(
    r"\b(?P<art>an?|one)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+$", re.IGNORECASE)
_HOSTAGE_CUE = re.compile(rf"\b(?:{alt(EN.HOSTAGE_CUES)})\b", re.IGNORECASE)
# Whole month names or their abbreviations only: "Two Marines" is not "two March".
_MONTH_NAME = f"(?:{alt([*EN.MONTHS, *EN.MONTH_ABBREVIATIONS])})"
# A date in the gap is the period the toll covers: "the toll since October 7 stands at".
_GAP_DATE = rf"{_MONTH_NAME}\.?\s+\d{{1,2}}(?:,\s*\d{{4}},?)?(?!\d)"
# "the toll of injured", "the injury toll": the outcome a toll counts when it is not death.
_TOLL_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<w>\w+)\b")
_WOUNDED_WORDS = frozenset(EN.AMONG_WOUNDED_NOUNS)
_INJURY_BEFORE = re.compile(r"\b(?:injury|injuries|wounded|injured)\s+$", re.IGNORECASE)
_TOLL = re.compile(  # led by its first letters, as _FUTURE in dates.py
    # (not the first part of a compound: a "toll-free number" or "toll road" costs nothing
    # or something, and counts no one)
    rf"(?=[{first_chars(EN.TOLL_NOUNS)}])\b(?:{alt(EN.TOLL_NOUNS)})\b(?!-)(?P<gap>\s*:|(?:{_GAP_DATE}|{_GAP_YEAR}|[^.;:\d]){{0,120}}?)\s*$",
    re.IGNORECASE,
)
# ... every match of which opens with the first word of a toll noun ("death", "toll", ...):
# tried only where one of them stands (speed round 7; the window of 160 characters before
# each count of a sentence with "toll", "count" or "number" was tried at every character)
_TOLL_OPENINGS = tuple(sorted({w.split()[0] for w in EN.TOLL_NOUNS}))
# (round en168) ... further back when a verb of rising with "to" stands right before the
# count: the phrases of place and of who clashed may run on to it (bounded, as above).
_TOLL_RISEN = re.compile(
    rf"(?=[{first_chars(EN.TOLL_NOUNS)}])\b(?:{alt(EN.TOLL_NOUNS)})\b(?!-)"
    rf"(?P<gap>[^.;:\d]{{60,150}}?\b(?:{alt(EN.TOLL_RISEN_TO)})\s+to)\s*$",
    re.IGNORECASE,
)
_RISEN_TO_END = re.compile(rf"\b(?:{alt(EN.TOLL_RISEN_TO)})\s+to\s*$", re.IGNORECASE)
_MONTH = CaseBlind(rf"\b{_MONTH_NAME}\.?\s*$")
_MONTH_AFTER = re.compile(rf"\s*{_MONTH_NAME}\b", re.IGNORECASE)
# The count and "bodies" are one phrase only with no determiner between them: "40
# burned and mutilated bodies", not "the two sides exchanged the bodies of 14 fighters".
# ... and the sets of remains a grave gives up (round 56): "3 sets of remains found near
# the road", "four sets of human remains" (the count is of the dead, "sets" its measure).
_BODIES_AHEAD = CaseBlind(
    r"(?:\s+(?!(?:the|their|its|his|her|our|these|those)\b)[\w'-]+){1,3}?"
    r"\s+(?:bodies|corpses)\b|\s+sets\s+of\s+(?:human\s+)?(?:skeletal\s+)?remains\b")


def _counted_between(t: str, start: int, end: int) -> bool:
    """Whether a count stands among the words before "bodies": "the two sides exchanged 12
    bodies", "two families received twelve bodies" (the bodies are that count's, and the
    first count is of those who handled them)."""
    return any(w[0].isdigit() or (w not in ("a", "an") and word_value(w) is not None)
               for w in t[start:end].split()[:-1])


PERSON_WORDS = EN.PERSON_WORDS
# A dotted abbreviation ("U.S.", "U.N.") or an age ("12-year-old") is one word of a
# victim group, so "a 12-year-old boy" and "two U.S. soldiers" stay whole.
_GROUP_WORD = re.compile(
    r"\s+(['‘’]?(?:[A-Z](?:\.[A-Z])+\.?|\d{1,3}[\s-](?:year|month|week|day)s?[\s-]old"
    r"|[A-Za-z][\w'’\-]*))"
)

_STOP = EN.GROUP_STOP
_MODAL_STOPS = frozenset(EN.GROUP_STOP_MODALS)
_MODAL_VERB_AFTER = re.compile(rf"\s+(?:{'|'.join(EN.MODAL_VERB_AFTER)})\b", re.I)


def _named_modal(w: str, sent: str, at: int) -> bool:
    """Is the capitalised modal ``w`` ending at ``at`` a word of a name ("Three Can Tho
    fishermen"), no verb, as no verb's word follows it ("Journalists Can Be Held")?"""
    return w[:1].isupper() and w.lower() in _MODAL_STOPS and not _MODAL_VERB_AFTER.match(
        sent, at)

# A place phrase or a hedged relative after the victims' noun ends it: "five villagers
# aboard the bus", "two men thought to be militants" (a bare "38 aboard" is the people
# aboard)
_AFTER_NOUN_STOP = frozenset((*EN.GROUP_PLACE_PREPOSITIONS, *EN.HEDGE_PARTICIPLES)) - _STOP
_FLEEING_CIVILIANS = frozenset(EN.FLEEING_CIVILIANS)
_FLEEING_UNITS = frozenset(EN.FLEEING_UNITS)
# A crowd with no noun that "fled" somewhere, in the simple past (round 57): "some 9,000
# fled to the district town", "about 400 fled into the hills"; a crowd's flight told by
# where it went, as the perfect tells it ("two fled to the hills" are too few).
_FLED_TOWARDS = re.compile(r"\s+(?:(?:to|into|across|towards?)\s"
                           rf"|(?:{alt(EN.FLED_DIRECTIONS)})\b)")  # (round en134) "fled downriver"
_LEFT_NEAR = alt(EN.LEFT_PLACE_OPENERS)
# The present of flight a crowd with no noun is read in ("as thousands flee south",
# "Thousands cross into South Sudan's Renk": round en93).
_PRESENT_FLIGHT = frozenset(EN.PRESENT_FLIGHT)
# "38,000 people have fled", "thousands flee south", "people, most of them women and
# children, have fled towards ..." (a sub-group set off by commas may come between).
_FLED_AFTER = re.compile(
    rf"(?:\s*,\s*(?:most|many|mostly|among|including)\b[^,.;]{{1,50}},|{INSERT})?"
    # a relative clause: "hosts nearly 30,000 people who fled fighting in the south",
    # perhaps after where they came from: "300 families from Upper Lorrin who fled
    # their homes" (a name of up to three words)
    r"(?:\s+from\s+(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2}(?=\s+who\b))?"
    r"(?:\s+who\b)?"
    # where they came from, before a perfect (round 43): "some 350 people from Kaya and
    # two nearby camps have fled", "1,000 residents of the valley have fled"
    # ... or where they were (a place by its shape): "3,000 people in Tor have fled"
    r"(?:(?:\s+(?:from|of)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,5}?"
    rf"|\s+{PLACE_PHRASE})(?=\s+(?:{alt(EN.FLEEING_AUXILIARIES)})\s"
    # ... or before the simple past of flight itself (round 51): "more than 3,000
    # residents of Fula and the surrounding villages fled north" (who fled is checked
    # as for "3,000 residents fled")
    # ... or the rest of flight in the simple past (round en97): "400 residents of Cambaju
    # and two neighbouring hamlets left their homes"
    rf"|\s+(?:{origin_flight_verbs()})\b))?"
    rf"\s+(?:(?P<aux>{alt(EN.FLEEING_AUXILIARIES)})\s+"
    rf"(?:(?:{alt(EN.FLEEING_ADVERBS)}|{VERB_ADVERB})\s+){{0,2}})?"
    rf"(?P<v>{alt(EN.FLEEING_VERBS + EN.REFUGE_MOVES)}"
    # a river or a lake by its name (round 48): "had crossed the Naf river"
    rf"|crossed\s+the\s+(?:(?-i:[A-Z])[\w'’\-]+\s+){{1,2}}(?:{alt(EN.CROSSED_WATERS)})"
    # a place left (round 43): "have left the villages north of the town"
    # ... or by how near it lies (round 50): "have left nearby villages"
    rf"|(?:{alt(EN.LEAVING_VERBS)})(?=\s+(?:the\s+(?:(?:{_LEFT_NEAR})\s+)?|(?:{_LEFT_NEAR})\s+)"
    rf"(?:{alt(EN.LEFT_PLACES)})\b"
    # ... or by a bare plural (round en97): "have left villages along the river"
    rf"|{bare_left_places()}"
    # ... or counted, for a town (round en202): "have left eight villages for Kalemie"
    rf"|{counted_left_places()}))\b"
    rf"(?!\s+the\s+(?:{alt(EN.FLED_SCENES)})\b)"
    # "the area" left: displacement only for a crowd (checked where the figure is built)
    rf"(?P<area>(?=\s+the\s+(?:{alt(EN.FLED_AREAS)})\b))?",
    re.IGNORECASE)
# Where people live or shelter now, then "after fleeing" / "since fleeing": "live in camps
# in the north after fleeing", "are sheltering with relatives after having fled".
_LIVING_AFTER_FLIGHT = re.compile(
    r"\s+(?:(?:are|were|have\s+been)\s+(?:now\s+|still\s+)?)?(?:now\s+|still\s+)?"
    r"(?:live|lived|living|shelter|sheltered|sheltering|stay|stayed|staying|remain|remained)"
    r"\s+(?:in|at|on|with)\s+[^,.;:!?\"“”()]{1,50}?\s+(?:after|since)\s+"
    r"(?:fleeing|having\s+fled)\b", re.IGNORECASE)
_RESIDENCE_VERBS = frozenset(EN.RESIDENCE_VERBS)


def _living_after_flight(s: str, cend: int, gend: int, toks: list[str],
                         low_n: float) -> tuple[int, list[str]] | None:
    """(end, group) of people said to live somewhere "after fleeing", or None. The
    group's reading takes a plain "live" for a noun ("people live"): it is the verb."""
    at = gend
    if toks and toks[-1].lower() in _RESIDENCE_VERBS:
        at = s.rfind(toks[-1], cend, gend) - 1
        toks = toks[:-1]
    if not fleeing_group(toks, low_n):
        return None
    found = _LIVING_AFTER_FLIGHT.match(s, at)
    return (found.end(), toks) if found else None


# Part of those who fled, in a clause on "with" after the flight: "Thousands have fled,
# with about 9,000 sheltering in a school" (round 55).
_WITH_BEFORE = re.compile(r",\s+with\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_FLIGHT_BEFORE = re.compile(r"\b(?:fled|flee|fleeing)\b", re.IGNORECASE)
_SHELTERING_AFTER = re.compile(
    r"\s+(?:now\s+|still\s+)?(?P<v>sheltering|living|staying|camped|camping)"
    + SHELTER_PLACE_AHEAD, re.IGNORECASE)


_SHELTER_PARTICIPLES = frozenset(EN.SHELTER_PARTICIPLES)


def _sheltering_part(s: str, cstart: int, gend: int, toks: list[str],
                     low_n: float) -> tuple[int, list[str]] | None:
    """(end, group) of "with about 9,000 sheltering in" after a flight told before it, or None. The
    group's reading may take the participle for a noun ("9,000 sheltering"): it is the verb."""
    if toks and toks[-1].lower() in _SHELTER_PARTICIPLES:
        gend = s.rfind(toks[-1], 0, gend) - 1
        toks = toks[:-1]
    if not fleeing_group(toks, low_n):
        return None
    with_at = _WITH_BEFORE.search(s, max(0, cstart - 24), cstart)
    if with_at is None or _FLIGHT_BEFORE.search(s, 0, with_at.start()) is None:
        return None
    found = _SHELTERING_AFTER.match(s, gend)
    return (found.end(), toks) if found else None


# A source's vague count in quotation marks: "'dozens' of fighters".
_QUOTED_OF = re.compile(r"['’\"”]\s+of\b")
_OPEN_QUOTES = "'‘\"“"
_CLOSE_QUOTES = "'’\"”"
_FLED_PLACE = re.compile(
    rf"\bfled\s+(?:the\s+(?:{alt(EN.FLED_PLACES)})|to\s+the\s+(?:{alt(EN.FLED_TO_PLACES)})"
    rf"|across\s+the\s+(?:{alt(EN.FLED_ACROSS_PLACES)}))\b",
    re.IGNORECASE)
# Words that stand between a count and its participle and are no noun: "At least 61
# feared drowned", "Three found dead", "Ten still missing", "Six seriously wounded".
_AUX_WORDS = EN.ONE_WORD_AUXILIARIES - _STOP
_GROUP_END_ADVERBS = EN.GROUP_END_ADVERBS
# after a noun, a place preposition, a hedge or an adverb ends the group
_GROUP_ENDERS = _AFTER_NOUN_STOP | _GROUP_END_ADVERBS
# Nouns of an act that things undergo too: only people make them a figure.
_NOMINAL_KIND = "n_"  # the kind prefix of an outcome noun's pattern
_PEOPLE_ONLY_NOMINALS = frozenset(_NOMINAL_KIND + o for o in EN.THING_OUTCOMES)
_AGE_UNITS = ("year", "month", "week", "day")
_AGE_WORDS_AFTER = re.compile(rf"\s(?:{'|'.join(_AGE_UNITS)})s?\s+old\b", re.IGNORECASE)
# The pattern's unit is the character after its one space: any other there, no age.
_AGE_UNIT_FIRST = opening_chars(_AGE_UNITS)
_SCALED = re.compile(rf"\s(?:{alt(EN.SCALES)})$", re.IGNORECASE)
_MEMBERSHIP = frozenset(EN.MEMBERSHIP_NOUNS)
_MEMBERS_BODY_ENDERS = EN.MEMBERS_BODY_ENDERS
_SUSPECTS = frozenset(EN.SUSPECT_NOUNS)
_TAKEN_BY_FORCE = re.compile(r"kidnap|abduct|hostage|captive", re.IGNORECASE)
# After "members": "of one family", "of the same clan", "of a local militia".
_OF_KIN = re.compile(
    r"\s+of\s+(?:(?:one|a|an|the\s+same|the|his|her|their|a\s+single)\s+)?"
    r"(?P<w1>[a-z][\w'’\-]*)(?:\s+(?P<w2>[a-z][\w'’\-]*))?", re.IGNORECASE)


def _of_kin_end(sent: str, pos: int) -> int:
    """End of "of one family" / "of a local militia" at ``pos``, or -1; a stop word ends
    the phrase ("of one family were killed")."""
    kin = _OF_KIN.match(sent, pos)
    if not kin or kin.group("w1").lower() in _STOP:
        return -1
    w2 = kin.group("w2")
    end = kin.end("w1") if w2 is None or w2.lower() in _STOP or (
        w2.lower() in _MEMBERS_BODY_ENDERS) else kin.end()
    # (round en93) a body named with "and": "of the Defence and Security Forces"
    joined = joined_body_end(sent, end)
    return joined if joined > 0 else end
_FAMILY_NOUNS = frozenset(EN.FAMILY_NOUNS)
_OF_SIZE = re.compile(rf"\s+of\s+(?P<n>{NUMBER})\b(?!\s+(?:of|from)\b)", re.IGNORECASE)
# A verb that opens a clause of its own after a count: "100 people remain in hospital".
_OWN_PREDICATE = re.compile(rf"\s+(?:{alt(EN.OWN_PREDICATE_VERBS)})\b", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|others)\b", re.IGNORECASE)
# From the figure before to "and": time or place of the first, no other verb or figure.
_AND_LATER = re.compile(r"[^.;:!?\d,]{0,40}?\s+and\s+", re.IGNORECASE)
_TO_DEATH_AFTER = re.compile(r"\s+to\s+death\b", re.IGNORECASE)
_CLOSED_VERB = re.compile(r"\w['’\"”]\s")  # a verb in quotes, closed before its object
# Supplies or room counted by the people they serve, right before a count: "delivered
# surgical supplies for up to 300 wounded", "kits enough to treat 500 injured".
_CAPACITY_BEFORE = re.compile(
    rf"\b(?:{alt(EN.CAPACITY_NOUNS)})\s+(?:(?:enough|sufficient)\s+)?(?:for|to\s+treat)\s+$",
    re.IGNORECASE)
_CAPACITY_TAIL = tail_check(("for", "treat"))
# "had ... wounds" as a predicate (wounded, unless the victims are the dead, below), and
# how a clinic or a border post saw them come: "some 40 arrived with gunshot or blast
# wounds". (round en84) One person's wound is singular with its article: "a young man with a
# head wound was brought in", "had a gunshot wound".
# (kinds may be listed with commas, a kind may be a compound on a hyphen: "with arrow,
# bush-knife and gunshot wounds")
_WOUND_KINDS = rf"(?:(?:(?:[a-z]+-)?(?:{alt(EN.INJURY_KINDS)}),?|or|and)\s+){{0,4}}"
_HAD_WOUNDS = re.compile(
    rf"\s+(?:had|(?:(?:{alt(EN.ARRIVAL_VERBS)})\s+)?with)"
    rf"\s+(?:{_WOUND_KINDS}(?:wounds|injuries)|(?:a|an)\s+{_WOUND_KINDS}(?:wound|injury))\b")
_ARRIVAL_VERBS = frozenset(EN.ARRIVAL_VERBS)
_GAP_PARTICIPLES = frozenset(EN.GAP_PARTICIPLES)
# People "taken" (from a place) by an armed group: its captives.
_TAKEN_BY_ARMED = re.compile(
    # (a relative set off by a comma too: "her two sisters, who were taken by the militants")
    r"(?:\s*,)?\s+(?:(?:who|that)\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?taken\s+(?:away\s+)?"
    # where from, or what off (round en207: "taken off a bus by gunmen", as "taken from a
    # bus stop" is)
    r"(?:(?:from|off)\s+[^,.;:!?\"“”]{1,60}?\s+)?by\s+(?:(?:(?!by\b)[\w'’\-]+\s+){0,4}?"
    rf"(?i:{alt(EN.CAPTOR_NOUNS)})\b(?:\s+(?i:{alt(EN.CAPTOR_NOUNS)})\b)?"
    # men no one names, by their not being named or by the vehicle they came in (round
    # 50): "taken from a bus stop by men in a white van", "by unidentified men"
    rf"|(?i:{alt(EN.UNNAMED_MEN)})\s+men\b"
    rf"(?!\s+to\s+(?:(?:a|an|the)\s+)?(?i:{alt((*EN.NOT_CAPTIVITY_PLACES, *EN.LED_NOT_TO))})\b)"
    rf"|men\s+in\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{alt(EN.CAPTORS_VEHICLES)})\b"
    # (not men who carried them to care or safety: "taken by men in a pickup to the clinic")
    rf"(?!\s+to\s+(?:(?:a|an|the)\s+)?(?i:{alt((*EN.NOT_CAPTIVITY_PLACES, *EN.LED_NOT_TO))})\b))")
# Passive "carried off" / "carried away" of people, where nothing says they were carried
# to care: the clause ends, or the captors, the bush or captivity follow.
# ("carried away" alone is as often a flood's work: only with the captors or the bush)
_CARRIED_TO = (r"\s+(?:as\s+(?:hostages|captives|slaves)"
               rf"|by\s+(?:the\s+)?(?:{alt(EN.CAPTOR_NOUNS)})"
               r"|into\s+(?:the\s+)?(?:bush|forest|hills|mountains|jungle|desert|captivity)"
               # (round en191) taken away on a raiders' craft, the clause ending there: "four
               # had been taken away by boat" ("taken away by boat to the clinic" is care)
               rf"|(?<=away\s)by\s+(?:{alt(EN.TAKEN_AWAY_CRAFT)})(?=\s*(?:[,.;!?]|$)))\b")
# ("Several children were taken, a teacher said": taken, and nothing says where to.) The
# long list of captors is compiled once: which verb and which ending matched is checked
# in _carried_off.
_CARRIED_OFF = re.compile(
    # where they were from may stand before the verb (round en75): "23 men from the
    # village were taken away ..."
    r"(?:\s+from\s+(?:the|their|our|his|her|a)\s+[\w'’\-]+)?"
    r"\s+(?:were|was|(?:had|have|has)\s+been)\s+(?P<v>carried\s+off|carried\s+away|taken"
    r"(?:\s+away)?"
    # "six women were led away by the gunmen" (only with the captors or the bush: "led
    # away" alone is as often the police's)
    # ... and "marched" into the bush alone (round en189): "were marched into the bush
    # and held for 19 days" (marched with no such place is a parade's or a march's)
    r"|led\s+away|marched(?:\s+(?:away|off))?|dragged\s+(?:away|off))\b"
    rf"(?=(?P<end>\s*(?:[,.;!?]|$))|(?P<more>\s*:|\s+and\b)|{_CARRIED_TO}"
    # taken away from a place that is no place of care or custody, or taken on a day told
    # back, then the clause ends (round en75): "were taken away that day and one of them
    # is still missing", "were taken away from the cellar of the cooperative on the 19th"
    rf"|(?P<when>(?<=away)\s+from\s+(?![^,.;:!?\"“”]{{0,30}}?\b(?:{alt(EN.NOT_CAPTIVITY_PLACES)})\b)"
    r"[^,.;:!?\"“”]{1,60}?\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)"
    rf"|\s+(?:{alt(EN.TAKEN_WHEN_TOLD)}))(?=\s*(?:[,.;!?\"”]|$)|\s+and\b))",
    re.IGNORECASE)


def _carried_off(s: str, pos: int) -> re.Match[str] | None:
    """People carried off or taken, where nothing says they went to care (see above)."""
    m = _CARRIED_OFF.match(s, pos)
    if m is None:
        return None
    verb = m.group("v").lower()
    if verb.startswith("carried") and verb.endswith("off"):
        return m  # the clause may end, go on with "and", or name the captors
    if verb.startswith(("carried", "led", "marched", "dragged")) and (
            m.group("end") is not None or m.group("more")):
        return None  # "carried away" alone: a flood's as often as raiders'
    if m.group("when") is not None:
        return m  # taken on a day told back: the taking was the event
    return None if m.group("more") else m  # "were taken and treated": no more than that


def _taken_after_gap(s: str, at: int, gend: int) -> bool:
    """People taken away by captors, or carried off, after an apposition or a relative on
    them (round en99): "Two farm workers, both Malaysian citizens, were taken away by the
    attackers", as "were abducted" after the same gap, and "taken away" after where they
    were from ("23 men from the village were taken away"), are read."""
    if s.find("taken", at, at + 48) < 0 and s.find("carried", at, at + 24) < 0:
        return False
    if _TAKEN_BY_ARMED.match(s, at):
        return True
    return (_carried_off(s, at) is not None or taken_then_gone(s, at) is not None) and not (
        _HURT_OR_DEAD.search(s, max(0, gend - 40), gend))


# People taken and then kept for a time or never seen again (the place they were taken
# to or from may come between, but not a place of care or of the police: "taken to the
# police station and held for two days" is an arrest).
_RARE["taken_and_gone"] = (
    r"\s+(?:were|was|(?:had|have|has)\s+been)\s+taken(?:\s+away)?"
    rf"(?:\s+(?:from|to|at|into|in|near|outside)\s+(?!(?:[^,.;:!?]{{0,30}}?\b(?:{alt(EN.NOT_CAPTIVITY_PLACES)})\b))"
    r"[^,.;:!?\"“”]{1,60}?)?"
    r"\s+and\s+(?:(?:were|was)\s+)?(?:then\s+|later\s+)?"
    r"(?:never\s+(?:seen|heard\s+from)\s+again|never\s+returned"
    r"|(?:have|has|had)\s+not\s+been\s+(?:seen|heard\s+from)\s+since"
    # (round en186) the time held may be one unit or a bound one: "held for a month",
    # "held for more than a week", as "held for 20 days" is
    r"|held\s+(?:for\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?(?!the\b)"
    r"(?:\d+|[a-z]+)\s+(?:day|week|month|year)s?|hostage|captive|captives))\b")
# (round en191) the taken away "by boat" may follow the dead in a clause of their own: "two
# were dead and four had been taken away by boat" (the dead's word is another conjunct's)
_BY_CRAFT = re.compile(rf"\s+by\s+(?:{alt(EN.TAKEN_AWAY_CRAFT)})\b", re.IGNORECASE)
_CONJUNCT_OPENING = re.compile(r".*(?:\s+and\s+|,\s+)", re.DOTALL)


def _own_conjunct(s: str, gend: int) -> int:
    """Where the conjunct ending at ``gend`` opens, looking back at most 40 characters."""
    lo = max(0, gend - 40)
    m = _CONJUNCT_OPENING.match(s, lo, gend)
    return m.end() if m else lo


def _raid_scene(s: str, t: str, gend: int) -> bool:
    """(review of round en191) People "taken away by boat" are captives only in a raid's
    scene: the dead or hurt told in another conjunct before them ("two were dead and four
    had been taken away by boat") or captors named in the sentence; "Four tourists had
    been taken away by boat" is a trip. ``t`` is ``s`` lowered, as the captors' pattern
    reads it."""
    return _HURT_OR_DEAD.search(s, 0, _own_conjunct(s, gend)) is not None or (
        _rare("captor_near").search(t) is not None)


# How far before people "taken" captors named make the taking a capture (round en207: the
# sentence before, or two: "Armed men entered the village. About 40 of them were taken by
# truck to a camp").
_CAPTORS_REACH = 400
# ... and the captors themselves, taken, are no captives ("Five of the kidnappers were
# taken and the rest fled": caught)
_CAPTORS = frozenset(w.lower() for w in EN.CAPTOR_NOUNS)
# A release told before one more captive still held (round en207), by its participle.
_FREED_BEFORE = re.compile(rf"\b(?:{alt(EN.RELEASE_PARTICIPLES)})\b", re.IGNORECASE)
_HURT_OR_DEAD = re.compile(
    r"\b(?:wounded|injured|hurt|dead|bodies|body|corpses|remains|casualties)\b", re.IGNORECASE)
# People made to leave a place or flee violence, in the passive.
_FORCED_FROM_PLACE = re.compile(
    r"\s+(?:(?:were|was|are|is)|(?:have|has|had)\s+been)\s+"
    rf"(?:(?:also|since|all|{VERB_ADVERB})\s+){{0,2}}"
    # made to leave with nothing after the verb, civilians only (round 44): "About 2,000
    # people were forced to leave." (round en117: "... have been forced to flee.")
    r"(?:(?:forced|compelled|made)\s+(?P<bare>to\s+(?:leave|flee)(?=\s*[,.;:!?\"”’)]|\s*$"
    rf"|\s+(?:{alt(EN.FORCED_LEAVE_CLOSERS)})\b))|"
    # ("made" only with its infinitive: "were made to leave the village", after round 45)
    # ("off" as "from" with a home place: "200 families were forced off their land")
    r"(?:(?:forced|driven|compelled)\s+(?:to\s+(?:leave|flee|abandon)\s+|out\s+of\s+|from\s+"
    r"|off\s+)"
    r"|made\s+to\s+(?:leave|flee|abandon)\s+)"
    rf"(?:(?:the|their|his|her|its)\s+)?(?:(?:{alt(EN.HOME_PLACES)})"
    rf"|(?<=flee\s)(?:the\s+)?(?:{alt(EN.FLED_VIOLENCE)})\b"
    # a place named (civilians only, checked where it is read): "3,000 people were
    # driven from Tor" ("200 rebels were driven from Tor" lost a battle)
    rf"|(?P<named>{PLACE}))"
    # driven over a frontier, into another country or the wild, as the active reads it
    # ("Thousands of people were driven into Chad"); civilians only (fighters driven off
    # lost a battle), and not a ride ("were driven into Tor by bus")
    r"|driven\s+(?P<country>into\s+(?:(?:neighbouring|neighboring)\s+)?(?-i:[A-Z])[\w'’\-]+(?![\w'’\-])"
    rf"|into\s+(?:the\s+)?(?:{alt(EN.DRIVEN_INTO_PLACES)})\b"
    rf"|across\s+(?:the\s+)?(?:{alt(EN.DRIVEN_ACROSS_PLACES)})\b)"
    rf"(?!\s+(?:by|in|on|aboard)\s+(?:(?:a|an|the|their)\s+)?(?:{alt(EN.RIDES)})\b))",
    re.IGNORECASE)
# A count of some of those a participle names, the participle closing the phrase: "three
# of those held were herders" ("of those killed civilians" is no such phrase).
# ... or any verb in the past after it (after round 47): "Two of those abducted managed to
# escape" ("of those killed civilians" has a noun there)
_OF_THOSE = re.compile(
    rf"\s+of\s+(?:those|the\s+(?:{alt(EN.THOSE_PEOPLE_NOUNS)}))\s+(?P<p>[a-z]+)\b"
    r"(?=\s*[,;.]|\s+(?:were|was|are|is|had|have|has"
    r"|in|at|on|by|during|since|last|later|so|after|remain|remains|remained|still|died"
    rf"|[a-z]{{2,}}ed|{alt(EN.THOSE_THEN_PAST)})\b)")
_HELD_OR_TAKEN = frozenset(EN.CAPTIVITY_PARTICIPLES)
_FREED_PARTICIPLES = frozenset(EN.RELEASE_PARTICIPLES)
_FORMER_WORDS = frozenset(EN.FORMER_STATUS_WORDS)
# "the people" read as "those" before a participle: "76 of the people freed".
# (round en124) "of the people" and its neighbours: "76 of the residents freed"
_THOSE_PEOPLE = frozenset(EN.THOSE_PEOPLE_NOUNS)
# The outcomes whose people a release frees: a released part keeps its outcome.
_HELD_OUTCOMES = ("captured", "arrested")
_COUNT_WORDS = frozenset(COUNT_FIRST_WORDS) - frozenset(EN.INDEFINITE_ARTICLES)
_RELEASE_WORD = re.compile(rf"\b(?:{alt(EN.RELEASE_STEMS)})", re.IGNORECASE)
# ... and after those who speak for them, whatever verb follows (round 45): "Relatives of at
# least 15 of those detained say", "the families of 12 of those killed want an inquiry"
_RARE["kin_of_those"] = rf"\b(?:{alt(EN.KIN_OF_THOSE)})\s+(?:of|for)\s+$"
_RARE["kin_of_one"] = rf"\b(?:{alt(EN.KIN_OF_ONE)})\s+(?:of|for)\s+$"
_KIN_THOSE = re.compile(r"\s+of\s+those\s+(?P<p>[a-z]+)\b(?=\s+[a-z])")


def _kin_of_those(s: str, cstart: int, cend: int) -> re.Match[str] | None:
    """A count "of those detained" that relatives, families or lawyers are "of" or "for"."""
    if not _rare("kin_of_those").search(s, max(0, cstart - 16), cstart):
        return None
    return _KIN_THOSE.match(s, cend)


# (round en184) A part named after "among them" closed by ", and" before the count: "Three
# people were killed, among them her son, and at least 20 were wounded" -- with a verb of
# its own after it, the count is a new figure, no further part of the toll.
_PART_CLOSED_BEFORE = re.compile(
    rf"\b(?:{alt(EN.SUBGROUP_OPENERS)})\s+[^,;:.!?\d]{{1,50}},\s+and\s+$", re.IGNORECASE)
# (round en184) One of the counted people named by an article after "of them", closed by a
# comma: "one of them a 19-year-old midfielder,".
_PART_ARTICLE_APPOSED = re.compile(r"\s+an?\s+[^,;:.!?()\n]{1,40}?(?=\s*,)", re.IGNORECASE)
# (round en189) What goes on after an article's group in a list of people, not an apposition.
_LIST_GOES_ON = (" and ", " or ", ", and ", ", or ")
# (round en184) How one more member ("a third") was hurt beside the wounded's own verbs, the
# verb with no object and no "off", "loose", "short" after it: "a third was cut by glass".
_ORDINAL_HARMED = re.compile(
    r"\s+(?:was|were)\s+(?:(?:also|badly|slightly|seriously|severely)\s+)?"
    rf"(?:{alt(EN.ORDINAL_MEMBER_HARMS)})\b(?!\s+(?:off|loose|short|out|down|up)\b)",
    re.IGNORECASE)
# People counted "among them", an age between commas or none, the clause closing there.
_AMONG_THEM = re.compile(
    r"(?:\s*,\s*aged\s+[\w\s]{1,20}?,)?\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+them\b"
    r"(?=\s*(?:[,.;:!?]|$))", re.IGNORECASE)
# The outcomes whose people "Among them was" can point back to (no displaced crowd).
_POINTED_BACK = frozenset(EN.PERSONAL_OUTCOMES)
# A sentence's opening that points back to the people just counted: "Among them was",
# "Among those were also" (a quote may open it).
# ... or on "The victims included", whose noun names no outcome of its own: the figure
# before says what happened to them
_RARE["among_them_opens"] = (
    r"\s*[\"“'‘]?(?:(?:among|amongst)\s+(?:them|those|the\s+(?P<who>[a-z]+))\s+(?:was|were|is|are)"
    r"|the\s+victims\s+(?:included|include|includes|were|are))\s+(?:also\s+)?")


_INCLUDED_VERB = re.compile(r"\binclude[sd]?\s", re.IGNORECASE)


def _included_list(text: str) -> bool:
    """Does the figure ``text`` open a list of sub-groups ("including seven women", "dead
    included four women", "dead, who included four women")?"""
    return text.lower().startswith(EN.INCLUDED_LIST_OPENERS) or bool(
        _INCLUDED_VERB.search(text))


def _captor_opens_series(s: str, verb_at: int) -> bool:
    """Is the verb at ``verb_at`` the last of a series after "and" whose subject, the
    sentence's own, names captors (round en119: "Armed men blocked a road ..., shot dead
    one of the drivers and took away two cattle traders")?"""
    if not s.endswith(" and ", 0, verb_at):
        return False
    subject = _rare("captor_near").search(s, 0, min(verb_at, _SERIES_SUBJECT_REACH))
    return subject is not None and (
        not _SERIES_BREAK.search(s, subject.end(), verb_at)
        # (round en202) "... of 60 farmers who had gathered ... and took away three elders"
        or only_relative_asides(s, _SERIES_BREAK, subject.end(), verb_at))


# How far into its sentence the subject of a series of verbs may stand (after a dateline),
# and what ends the series before its last verb: a stop or another clause's subject.
_SERIES_SUBJECT_REACH = 60
_SERIES_BREAK = re.compile(rf"[;:]|\b(?:{alt(EN.SERIES_OTHER_CLAUSE_WORDS)})\b",
                           re.IGNORECASE)


def _still_held_outcome(hostage_doc: object, out: list[dict[str, object]], at: int) -> str:
    """Captives or detainees for people still held: captives in a story of hostages, or when
    the last people held before were captured (round en119: "a resistance force handed over
    23 soldiers it captured ... Four officers are still being held"), else detainees."""
    return "captured" if hostage_doc or last_holding(out, at) == "captured" else "arrested"


def _among_them_open(s: str, cstart: int) -> re.Match[str] | None:
    """The opening "Among them was" of the sentence, or of the clause a source reports in it
    (round en119), that ends at ``cstart``; None when there is none."""
    return _rare("among_them_opens").fullmatch(s, among_clause_start(s, cstart), cstart)


# ... or on "Among the injured was" (round 59), whose noun names the outcome the figure
# before must have: "Shelling wounded six people. Among the injured was a boy of 9."
_AMONG_NOUN_OUTCOME = {w: o for o, ws in (("wounded", EN.AMONG_WOUNDED_NOUNS),
                                          ("killed", EN.AMONG_KILLED_NOUNS)) for w in ws}
# ... or on "among the dead was" inside the figure's own sentence, after the clause that
# counted them (round en81): "Three people were killed ..., and among the dead was a
# 16-year-old student"
_RARE["among_the_clause"] = (
    r"(?:,|;|\s+and)\s+(?:and\s+)?(?:among|amongst)\s+the\s+(?P<who>[a-z]+)\s+"
    r"(?:was|were|is|are)\s+(?:also\s+)?$")
# The victims of the people arrested are others than they: "Police arrested 5 men. The
# victims were three tourists" names no arrest.
_VICTIMS_OPEN = re.compile(r"victims\b", re.IGNORECASE)
# Between a figure (and the "among the dead" that names its outcome) and one more of them.
_AS_WELL_AS = re.compile(
    r"(?:\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+[a-z]+)?\s*,?\s+as\s+well\s+as\s+",
    re.IGNORECASE)
# An armed group as the subject of a "freed" verb: "Rebels free 11 soldiers" (its
# captives, whether or not the story names a kidnapping).
_CAPTOR_BEFORE = re.compile(
    rf"\b(?:{alt(EN.CAPTOR_NOUNS)})\s+(?:on\s+\w+day\s+)?(?:have\s+|had\s+)?"
    # ... or a release the group says is to come (round 43): "Rebels say they will free 3
    # soldiers", "Rebels to free 4 policemen", "Pirates agree to release 17 crew"
    # (a day may stand after the verb of saying, and "that": "said on Sunday they would
    # free", "said yesterday that they will release")
    r"(?:(?:say|says|said)\s+(?:(?:(?:late\s+)?on\s+\w+day|yesterday|today)\s+)?"
    r"(?:that\s+)?(?:they|it)\s+)?"
    rf"(?:(?:{alt(EN.RELEASE_TO_COME)})\s+)?$",
    re.IGNORECASE)
# Captives of the figure before, some of them freed: "...; nine were released".
_FREED_AFTER = re.compile(
    r"\s+(?:(?:were|was|(?:have|has|had)\s+(?:since\s+)?been)\s+(?:later\s+|since\s+)?"
    r"(?:released|freed|set\s+free)"
    # ... or came back: "only three have come back", "six have since returned", "five
    # escaped on the way"
    rf"|(?:(?:have|has|had)\s+(?:since\s+|now\s+|already\s+)?|(?:later\s+|since\s+)?"
    rf"(?=escaped|came|returned\b(?!\s+fire)))(?:{alt(EN.CAPTIVES_BACK)}))\b",
    re.IGNORECASE)
# "were being treated for gunshot and machete wounds", "are treated for burn, blast or
# stab injuries": up to four words (kinds or weapons) and their links before the noun.
_TREATED_WOUNDS = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:still\s+)?(?:being\s+)?treated\s+for\s+"
    r"(?:[a-z]+(?:,|\s+(?:and|or))?\s+){1,4}(?:wounds|injuries)\b")
_SURGERY_VERBS = frozenset(EN.SURGERY_VERBS)
_FINDING_BEFORE_PERSON = frozenset(EN.FINDING_BEFORE_PERSON)
_SURGERY_NOUN = re.compile(rf"\s+(?:{alt(EN.SURGERY_NOUNS)})\b", re.IGNORECASE)
_CONDITION_AFTER = re.compile(
    r"\s+(?:(?:remain|remains|remained|are|were|is|was|still|now|listed)\s+){0,2}in\s+(?:a\s+)?"
    rf"(?:(?:{alt(EN.PATIENT_CONDITIONS)})\s+(?:{alt(EN.PATIENT_STATES)})|intensive\s+care)\b"
    # ... or by the care they needed (round 62): "six needed surgery"
    rf"|\s+(?:(?:have|has|had)\s+)?(?:{alt(EN.SURGERY_VERBS)})\s+(?:{alt(EN.SURGERY_NOUNS)})\b"
    # ... or were sent on for it (round 64): "9 were referred for surgery"
    r"|\s+(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?:later\s+|since\s+)?"
    rf"(?:{alt(EN.SURGERY_REFERRALS)})\s+for\s+(?:{alt(EN.SURGERY_NOUNS)})\b",
    re.IGNORECASE)
# ... a survival, after how the person was hurt.
_SURVIVED = re.compile(rf"\s+(?:{alt(EN.SURVIVAL_VERBS)})\b", re.IGNORECASE)
# A relative clause on the counted person that tells how he was hurt, set off by commas
# (or its participle alone: "A fourth officer, shot in the back as he ran for help,").
_HARM_RELATIVE = re.compile(
    r"\s*,\s*(?:who\s+(?:was|were|had\s+been)\s+)?(?:\w+ly\s+)?"
    rf"(?:{alt(EN.SUBGROUP_HARM_PARTICIPLES)})\b[^,;:.!?\"“”()\d]{{0,60}},", re.IGNORECASE)


def _past_harm_relative(s: str, gend: int) -> int:
    """Where the people's own predicate may open after the group ending at ``gend``: past a
    relative clause of how they were hurt, when one follows."""
    if not s.startswith(",", gend) or (rel := _HARM_RELATIVE.match(s, gend)) is None:
        return gend
    return rel.end()


# A bare count still kept in care (sixty-ninth round): "nine remain hospitalised", "11 are
# still in hospital" ("Four nurses remain in hospital" to care for others is no figure).
_KEPT_IN_CARE = re.compile(
    rf"\s+(?:{alt(EN.KEPT_IN_CARE)})\b"
    # ... or treated in a place (seventieth round): "The other three were treated in X"
    r"|\s+(?:were|was|(?:have|has|had)\s+been)\s+(?:later\s+|also\s+)?treated"
    rf"(?=\s+(?:{alt(EN.TREATED_AFTER)})\b)", re.IGNORECASE)
# ... or kept in a named place of care (round en159): "Nine of them remain at the district
# hospital". A place is no state of care on its own (the dead, the staff and the trucks
# "remain at the hospital" too), so only after the wounded it is theirs.
_KEPT_AT_CARE = re.compile(
    rf"\s+(?:{alt(EN.HELD_STATE_VERBS)})\s+(?:in|at)\s+(?:the|a)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{alt(EN.CARE_PLACES)})\b", re.IGNORECASE)
_OTHER_PEOPLE = frozenset(EN.OTHERS_OF_TOLL)
_KEPT_PLAIN_PEOPLE = frozenset(EN.KEPT_PLAIN_PEOPLE)
# how far after the toll's figure the people still in care may be counted (a short update)
_KEPT_AFTER_TOLL_REACH = 400
_WOUNDED_NOUN = re.compile(rf"\b(?:{alt(EN.AMONG_WOUNDED_NOUNS)})\b")
_KEPT_AT_CARE_REACH = 200


def _after_the_wounded(out: list[dict[str, object]], low: str, at: int) -> bool:
    """Whether the count at ``at`` (in the document ``low``) follows the wounded: a figure
    of them last, or their noun just before ("the care of all the injured. Nine of them")."""
    return bool(out and out[-1]["outcome"] == "wounded") or bool(
        _WOUNDED_NOUN.search(low, max(0, at - _KEPT_AT_CARE_REACH), at))
# A part of the arrested still held (round en81): "At least 70 remain in detention" after
# the arrests were counted ("Three remain in custody" with no arrest before is no figure:
# a count of suspects held may be the first news of them, or no people at all).
_STILL_DETAINED = re.compile(
    rf"\s+(?:still\s+)?(?:{alt(EN.STILL_HELD_VERBS)})\s+in\s+"
    rf"(?:(?:{alt(EN.STILL_HELD_KINDS)})\s+)?(?:{alt(EN.STILL_HELD_STATES)})\b"
    # ... or held by a court's order until trial (round en189): "and five remain on
    # remand", "six are still on remand"
    rf"|\s+(?:still\s+)?(?:{alt(EN.ON_REMAND_VERBS)})\s+(?:still\s+)?on\s+remand\b",
    re.IGNORECASE)
# ... which people named by their noun are with no arrest told before, as "were remanded in
# custody" is read (round en189): "Three men remain on remand after the riot"
_ON_REMAND = re.compile(
    rf"\s+(?:still\s+)?(?:{alt(EN.ON_REMAND_VERBS)})\s+(?:still\s+)?on\s+remand\b",
    re.IGNORECASE)
# ... past an aside of who is among them (round en178): "four, including a local imam,
# remain in custody", "three, among them a lawyer, are still held".
_INCLUDED_ASIDE = re.compile(r",\s+(?:including|among\s+them)\s+[^,;.:!?()\n]{1,60},",
                             re.IGNORECASE)
_STILL_HELD_PLAIN = re.compile(r"\s+(?:are|were)\s+still\s+(?:being\s+)?held\b",
                               re.IGNORECASE)


def _still_detained_past_aside(s: str, gend: int) -> re.Match[str] | None:
    """The state of "remain in custody" or "are still held" after the inclusion aside at
    ``gend``, or None."""
    aside = _INCLUDED_ASIDE.match(s, gend)
    if aside is None:
        return None
    return _STILL_DETAINED.match(s, aside.end()) or _STILL_HELD_PLAIN.match(s, aside.end())


# Wounded sent on to a named place (round 64): "four were referred to Bangui".
# (round en194) told in the present as it goes on: "two are being flown to Nairobi"
_REFERRED_ON = re.compile(
    r"\s+(?:were|was|(?:have|has|had)\s+been|(?:are|is|were|was)\s+being)\s+"
    r"(?:later\s+|since\s+|now\s+)?"
    rf"(?i:{alt(EN.SURGERY_REFERRALS)}|{alt(EN.WOUNDED_MOVED_ON)})\s+to\s+"
    r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}(?![\w'’\-])"
    # the place's whole name, and no noun of a body after it ("to Kisumu magistrates")
    r"(?!\s+(?:[A-Z]|(?!(?:by|for|on|in|at|after|and|with|from|over)\b)[a-z]))")
# ("remains" only as a noun after its determiner: "a third driver remains in hospital
# with gunshot wounds" is the verb, one of the wounded, round en183)
_DEAD_NOUN = re.compile(
    r"\b(?:dead|bodies|body|corpses|killed)\b"
    r"|\b(?:the|human|their|his|her|its|of|whose|skeletal)\s+remains\b", re.IGNORECASE)
# A named unit or body after the victims' noun: " of the Frontier Corps (FC)".
_OF_NAMED_UNIT = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,5}"
    r"(?:\s*\([A-Z][A-Za-z.]{1,8}\))?(?=\s)")
# (round en89) a bracket after the group that is no clause of its own: an acronym, or the
# group counted again in other units (up to two words before the number, "about", "more
# than"); the count inside keeps its own reading (the restated count above)
_BRACKET_ASIDE = re.compile(
    r"\s*\((?:[A-Z][A-Za-z.]{1,8}"
    r"|(?:[a-z]+\s+){0,2}\d[\d,.]*\s+"
    rf"(?:{alt(EN.BRACKET_RESTATED_UNITS)}))\)(?=\s)")
_FROM_AFTER = re.compile(r"\s+from\b", re.IGNORECASE)
_TO_DEATH_VERB = re.compile(rf"\b(?:{alt(EN.TO_DEATH_VERBS)})\s+$", re.IGNORECASE)
_POSTMODIFIER_FIRST = frozenset(p.split()[0] for p in EN.VICTIM_POSTMODIFIERS)
_PARTICIPLE_WORDS = re.compile(
    rf"^(?:{_ALL_VERBS}|{'|'.join(_PART.values())}|hostage|captive)$", re.IGNORECASE
)
_OUTCOME_NOUNS = EN.OUTCOME_HEAD_NOUNS
_CRAFT_NOUNS = frozenset(EN.NAMED_CRAFT_NOUNS)
_ORDINAL_BODIES = frozenset(EN.ORDINAL_BODY_NOUNS)
_NEWCOMER_NOUNS = frozenset(EN.NEWCOMER_NOUNS)
_NEWCOMER_ADJECTIVES = frozenset(EN.NEWCOMER_ADJECTIVES)
_NEWCOMER_FLIGHT = re.compile(rf"\b(?:{alt(EN.NEWCOMER_FLIGHT_CUES)})\b", re.IGNORECASE)
NONPERSON = EN.NONPERSON | frozenset(EN.CASUALTY_NONPERSON_MORE)
_PERSON_SUFFIX = re.compile(rf"(?:{alt(EN.PERSON_SUFFIXES)})$", re.IGNORECASE)
_SUFFIXES = tuple(sorted(w.lower() for w in EN.PERSON_SUFFIXES))


@lru_cache(maxsize=4096)
def _has_person_suffix(word: str) -> bool:
    """``_PERSON_SUFFIX.search(word)``; for an ASCII word one ``endswith`` (the regex
    engine folds case like ``lower()`` only for ASCII)."""
    if word.isascii() and "\n" not in word:
        return word.lower().endswith(_SUFFIXES)
    return bool(_PERSON_SUFFIX.search(word))

# Trigger words (see triggers.py) are also the anchors where left-context patterns start.
_HINT_LOW = re.compile(
    rf"\b(?=[{first_chars(WORDS[CASUALTY])}])(?:{alt(WORDS[CASUALTY])})\b"
)


_OWN_POSSESSIVES = frozenset(EN.PART_OWNER_POSSESSIVES)


@lru_cache(maxsize=4096)
def _is_participle(word: str) -> bool:
    """An outcome verb form or participle ("captured", "wounded"), as a lower-cased word."""
    return bool(_HINT_LOW.match(word) and _PARTICIPLE_WORDS.match(word))


def _read_once(fn: Callable[[str, int], tuple[int, int, list[str]]]) -> (
        Callable[[str, int], tuple[int, int, list[str]]]):
    """``fn`` (a pure reading of a text at a position) read once per text and position, a
    fresh list of words each time (callers may extend it): a group is asked for again by
    the year and list rules, by ``_right_outcome`` past a count, and by the re-reads of a
    document with a span blanked, where most sentences are the ones read before."""
    cached = lru_cache(maxsize=2048)(fn)

    @wraps(fn)
    def read(sent: str, pos: int) -> tuple[int, int, list[str]]:
        start, end, toks = cached(sent, pos)
        return start, end, list(toks)

    return read


_DEMONSTRATIVE_PARTS = frozenset(EN.PARTITIVE_PRONOUNS) - {"them"}


@_read_once
def _group(sent: str, pos: int) -> tuple[int, int, list[str]]:
    """Victim noun phrase right after a count: (start, end, words) in sentence offsets."""
    start = end = pos
    toks: list[str] = []
    i = pos
    partitive = -1  # where "of them" ends, when the group follows one
    while len(toks) < 5:
        m = _GROUP_WORD.match(sent, i)
        if not m:
            break
        w = m[1]
        wl = w.lower().strip("'‘’")
        if wl == "of" and not toks and (part := _PARTITIVE.match(sent, i)):
            # "seven of them children", "15 of whom were women": the victims are the noun
            # after the partitive, which is no part of the group.
            end = i = partitive = part.end()
            continue
        if wl in _MORE and not toks:
            end = i = m.end()  # "four more died", "three more people": "more" is no victim
            continue
        if wl == "of" and not toks:
            nxt = _GROUP_WORD.match(sent, m.end())
            # "two of our staff members": a press release's own people
            if nxt and (nxt.group(1).lower() in {"his", "her", "its", "their", "the", "them",
                                                 "our", "my", "your"} or (
                    # (round en174) "eleven of those men": a demonstrative before a person
                    # noun takes up the people told before as "of the men" does
                    nxt.group(1).lower() in _DEMONSTRATIVE_PARTS
                    and _person_noun_at(sent, nxt.end()))):
                # start is set after the loop, at the possessive rather than at "of".
                toks.extend(["of", nxt.group(1)])
                end = i = nxt.end()
                continue
            break
        if wl == "of" and toks and toks[-1].lower() in _MEMBERSHIP and (
                (kin_end := _of_kin_end(sent, i)) > 0):
            # "seven members of one family": the family says whose members they are
            toks.append(sent[m.start(1):kin_end])
            end = i = kin_end
            continue
        if wl == "and" and toks and toks[-1][:1].islower() and _person_like(toks) and (
                _person_noun_at(sent, m.end())) and (nxt := _GROUP_WORD.match(sent, m.end())) and (
                not COUNT_RE.rx.match(sent, nxt.start(1))):
            # "12 women and children", "40 patients and staff": two nouns of one count
            # (a second count is a figure of its own: "12 soldiers and three civilians")
            toks.extend([w, nxt.group(1)])
            end = i = nxt.end()
            continue
        if not toks and wl in _STOP and wl.endswith("ed") and wl not in _HARM_RECEIVED and (
                nxt := _GROUP_WORD.match(sent, m.end())) and (
                nxt.group(1).lower() in _OUTCOME_NOUNS) and nxt.group(1).endswith("s"):
            # a participle before a plural noun of the outcome is its adjective: "12
            # confirmed deaths", "40 reported abductions" (round en154: a verb of a harm
            # received is the count's own verb, "Six sustained injuries and three were
            # killed", no adjective)
            start = m.start(1)
            toks.append(w)
            end = i = m.end()
            continue
        if not toks and wl in _FINDING_BEFORE_PERSON and _person_noun_at(sent, m.end()):
            # "a presumed bomb-maker": the finding is the noun's adjective (round 64;
            # "Fifteen presumed dead" stops at it, no person noun after)
            start = m.start(1)
            toks.append(w)
            end = i = m.end()
            continue
        if wl in _DEGREE_WORDS and toks == ["of", "the"]:
            # "six of the most seriously wounded": a superlative of degree, no stop
            # (round en158), as "six of the more seriously wounded" reads
            toks.append(w)
            end = i = m.end()
            continue
        if (wl in _STOP and not _named_modal(w, sent, m.end())) or wl == "of" or (
                toks and wl in _GROUP_ENDERS):
            break
        if crossing_verb_at(sent, wl, m.end()):
            break  # "Thousands cross into Chad": the verb (round en93; "Red Cross workers")
        if wl in _SURGERY_VERBS and _SURGERY_NOUN.match(sent, m.end()):
            break  # "six needed surgery": no noun "needed" (round 62; _CONDITION_AFTER)
        if not toks and wl in _AUX_WORDS and (rp := _RIGHT_PART.rx.match(sent, i)) and not (
                _person_noun_at(sent, rp.end())):
            break  # "61 feared drowned", "Ten still missing": no victim noun before the verb
        if toks and (wl.endswith("ed") or wl in _IRREGULAR_PAST or wl in _GAP_PARTICIPLES) and (
                _person_like(toks) or toks[-1].lower() in _OUTCOME_NOUNS
                or toks[-1].lower() in NONPERSON):
            # "5,000 refugees arrived in Dara": the verb after the victims' noun (round
            # en119: or after a thing's, "seven of the cases found injuries")
            break
        if toks and wl in _IRREGULAR_PAST and COUNT_RE.rx.match(
                sent, m.end() + (len(sent) - m.end() - len(sent[m.end():].lstrip()))):
            break  # "Inmates in one housing unit took two guards hostage": a verb and its count
        if toks and wl.endswith("ly") and _person_like(toks) and (
                adv := _GROUP_WORD.match(sent, m.end())) and _is_participle(
                    adv.group(1).lower()):
            break  # "four others seriously injured": the adverb goes with the verb
        if toks and wl in _POSTMODIFIER_FIRST and _person_like(toks):
            break  # "23 fighters loyal to the government": whose side, not the victims
        if toks and len(wl) > 5 and wl.endswith("ing") and (
                _person_like(toks) or toks[-1].lower() in _OUTCOME_NOUNS
                or toks[-1].lower() in NONPERSON) and not _age_then_trade(toks, sent, m.end()):
            # "12 bodies bearing gunshot wounds": a reduced relative on the noun, whose
            # head it leaves ("23 trucks carrying aid were seized": trucks, no people)
            break
        if not toks and wl.endswith("ly") and (adv := _GROUP_WORD.match(sent, m.end())) and (
                _is_participle(adv.group(1).lower())):
            # "12,000 internally displaced persons": the adverb goes with the adjective
            start = m.start(1)
            toks.append(w)
            end = i = m.end()
            continue
        if _is_participle(wl) and not (wl[-1:] == "s" and wl in _OUTCOME_NOUNS):
            # "a captured soldier", "two wounded guards": an adjective before its noun
            # ("40 arrests" is the noun of the act, no verb).
            nxt = _GROUP_WORD.match(sent, m.end())
            # "after" and "other" end like person nouns ("-er"): a stop word is never the
            # noun, so "14 injured after the raid" keeps its participle.
            adverb_only = len(toks) == 1 and toks[0].lower().endswith("ly")
            # (round en178) a noun of a trade after a possessive part, no participle:
            # "One of our rescue swimmers was hurt" ("rescue" is a verb's plain form)
            adverb_only = adverb_only or (
                len(toks) == 2 and toks[1].lower() in _OWN_POSSESSIVES
                and not wl.endswith(("ed", "en")))
            if ((toks and not adverb_only) or not nxt or nxt.group(1).lower() in _STOP
                    or not (_person_like([nxt.group(1)]) or _compound_person(sent, nxt))
                    or nxt.group(1)[0].isupper()):
                break
        if toks and w[:1].islower() and toks[-1][:1].islower() and _adjective_first(toks) and (
                _person_like(toks)) and not _person_like([w]):
            break  # "1.1 million displaced people live in ...": the noun ends the group
        if not toks:
            start = m.start(1)
        toks.append(w.strip("'‘’"))
        end = i = m.end()
    if toks and sent[end:end + 1] == "," and _person_like(toks) and (
            listed := noun_list_end(sent, end, _person_like)):
        # bare person nouns listed after the first share its count: "12 men, women and
        # children were killed"
        toks[-1] += ","  # the group as written: "men, women and children"
        toks.append(sent[end + 1:listed].strip())
        end = listed
    if toks and toks[0] == "of":
        start = sent.index(toks[1], pos)
    if partitive >= 0 and not _person_like(toks):
        return partitive, partitive, []  # "eight of them seriously": no victim noun
    return start, end, toks


def _person_noun_at(sent: str, pos: int) -> bool:
    """A lower-case person noun is the next word ("seriously wounded soldiers")."""
    nxt = _GROUP_WORD.match(sent, pos)
    return bool(nxt and nxt.group(1)[:1].islower() and nxt.group(1).lower() not in _STOP
                and _person_like([nxt.group(1)]))


def _compound_person(sent: str, first: re.Match[str]) -> bool:
    """A person noun of two words whose first is no person ("aid workers", "health
    staff"): "two wounded aid workers" has its noun after the participle."""
    nxt = _GROUP_WORD.match(sent, first.end())
    return bool(nxt and nxt.group(1)[:1].islower() and nxt.group(1).lower() not in _STOP
                and _person_like([nxt.group(1)]))


def _adjective_first(toks: list[str]) -> bool:
    """The group opens with an outcome participle used as an adjective ("displaced
    people"), or an adverb before one ("internally displaced persons")."""
    first = toks[0].lower()
    return _is_participle(first) or (
        first.endswith("ly") and len(toks) > 1 and _is_participle(toks[1].lower()))


def _match_left(rx: re.Pattern[str], left: str, hints: list[int],
                cstart: int, reach: int = 45) -> re.Match[str] | None:
    """Like ``rx.search(left)`` for a pattern ending in ``$``, tried only where a trigger
    stem starts (every left-context pattern begins with one): far cheaper than a search."""
    offset = cstart - len(left)
    for h in hints[bisect_left(hints, cstart - reach):bisect_left(hints, cstart)]:
        m = rx.match(left, h - offset)
        if m:
            return m
    return None


# The end of a list of relatives before its counted member ("my uncle, my aunt and their
# three children", "his son and several villagers"), where the verb may stand up to
# _KIN_LIST_REACH characters back.
_KIN_LIST_ENDS = (" and ", *(f" and {p} " for p in ("his", "her", "their", "my", "our", "your")))
_KIN_LIST_REACH = 90


# "a 12-year-old" names a person by age alone.
_AGE_NOUNS = ("-year-old", "-year-olds", "-month-old", "-month-olds")


def _taken_with_people(s: str, a: int, b: int) -> bool:
    """Does the figure's own phrase name hostages or kidnapping ("12 hostages seized")?"""
    return bool(_HOSTAGE_WORDS.search(s, a, b))


_HOSTAGE_WORDS = re.compile(r"\b(?:hostages?|captives?|kidnap\w*|abduct\w*)\b", re.IGNORECASE)


def _crowd_by_name(toks: list[str], verb: str, n: int) -> bool:
    """A people named by its name fleeing in a crowd (round 50): "Tens of thousands of
    ethnic Uzbeks have fled", "some 5,000 Kurds have fled", a capitalised plural in running
    text (its verb group in lower case: not a headline's "Hundreds Of Troops Have Fled"),
    as "thousands of villagers have fled" is read; "two Uzbeks fled" stays nothing."""
    name = toks[-1]
    return verb.islower() and n >= EN.FLEEING_CROWD and len(name) > 3 and ((
        name[0].isupper() and name[1:].islower() and name.endswith("s"))
        or people_name_in_ese(name)) and (name.lower() not in _NOT_PEOPLES)


_NOT_PEOPLES = frozenset(EN.CROWDS_NOT_PEOPLES)


def _of_the_people(toks: list[str]) -> bool:
    """Whether the group is "of the people" or a neighbour ("of the residents")."""
    return len(toks) == 3 and [w.lower() for w in toks[:2]] == ["of", "the"] and (
        toks[2].lower() in _THOSE_PEOPLE)


def _of_them(s: str, toks: list[str], gend: int) -> bool:
    """(round en186) Is the count a part of people told by a pronoun ("took 19 of them
    away")? Asked only where captors named before took them along, which says the pronoun
    stands for people."""
    return not toks and s.endswith((" of them", " of those"), 0, gend)


def _person_like(toks: list[str]) -> bool:
    # asked about five times for each count's group, by the chain and the rules it calls
    # with it: read once per word tuple
    return bool(toks) and _person_like_words(tuple(toks))


@lru_cache(maxsize=4096)
def _person_like_words(toks: tuple[str, ...]) -> bool:
    head = toks[-1]
    low = head.lower()
    if toks[0].lower() in _MEMBERSHIP or (len(toks) > 1 and toks[1].lower() in _MEMBERSHIP):
        # "14 members of a local vigilante group", "seven staff members of an aid group"
        # (round 62: a noun before "members" keeps them people): whatever the body
        return True
    if low in _THINGS_LIKE_PEOPLE:
        return False  # "the release of 20 documents"
    if len(toks) > 1 and low.startswith("carrier") and (
            f"{toks[-2].lower()} {low}" in _TWO_WORD_THINGS):
        return False  # (round en225) "took four armoured personnel carriers"
    if low.endswith(_CHOSEN_SUFFIXES) and "-" in low:
        # one chosen but not yet in office is the person of the post: "a ward
        # councillor-elect", "the mayor-elect"
        return _person_like_words((*toks[:-1], head[:head.rindex("-")]))
    return bool(head[:1].isupper() or low in PERSON_WORDS or low.rstrip("s") in PERSON_WORDS
                or _has_person_suffix(head) or low.endswith(_AGE_NOUNS)
                # (round en93) a trade names a person: "including a midwife"
                or low in _TRADE_PERSONS
                # (round en154) ... or two words do: "a naval rating"
                or (len(toks) > 1 and f"{toks[-2].lower()} {low}" in _TWO_WORD_PERSONS))


_THINGS_LIKE_PEOPLE = EN.THINGS_LIKE_PEOPLE
_TWO_WORD_THINGS = EN.TWO_WORD_THINGS
_CHOSEN_SUFFIXES = tuple(f"-{w}" for w in EN.CHOSEN_POST_SUFFIXES)
_WEAK_SUFFIX_PERSONS = EN.WEAK_SUFFIX_PERSONS | PERSON_WORDS
# "12 men and 8 more were burned": a bare count of more of the people just counted
_MORE_BARE = re.compile(r"\s+(?:more|others)\b", re.IGNORECASE)
# A people-only harm further on, for counts that share a predicate past the next count.
_PEOPLE_ONLY_HARM_AHEAD = re.compile(rf"\b(?:{alt(EN.PEOPLE_ONLY_HARMS)})\b", re.IGNORECASE)


def _condition_end(s: str, pos: int) -> int | None:
    return m.end() if (m := _CONDITION_AFTER.match(s, pos)) else None


def _had_wounds_end(s: str, pos: int) -> int | None:
    return m.end() if (m := _HAD_WOUNDS.match(s, pos)) else None


# (round en121) What tells the hurt past an aside on them, besides a harm suffered.
_ASIDE_HARM_READERS = (_condition_end, care_needed, _had_wounds_end, harm_told,
                       # (round en227) "A third guard, Tomas Orvel, escaped with burns"
                       escaped_with_harm)


@lru_cache(maxsize=4096)
def _is_numeral(word: str) -> bool:
    """A word of the group that is a number ("two", "12"): read once per word (the parse
    of a word that is none ends in a failed ``float``)."""
    return word.isdecimal() or word_value(word) is not None


def _aged_person(toks: list[str]) -> bool:
    """(round en121) One person told by an age before the noun: "A 45-year-old man is in a
    serious condition" is one of the hurt as "a third man" is."""
    return len(toks) > 1 and bool(_AGE_AFTER.search(toks[0])) and _person_like(toks)


def _surely_person(toks: list[str]) -> bool:
    """``_person_like`` without the benefit of a suffix that names things as often as
    people: for verbs said of both ("Two granaries were burned", "burned 40 tents"), a
    head in "-ies" or "-ents" must be a listed person."""
    if not _person_like(toks):
        return False
    low = toks[-1].lower()
    if toks[-1][:1].isupper() or not low.endswith(EN.WEAK_PERSON_SUFFIXES):
        return True
    return low in _WEAK_SUFFIX_PERSONS or low.rstrip("s") in _WEAK_SUFFIX_PERSONS or (
        low in _TRADE_PERSONS)


def _age_then_trade(toks: list[str], sent: str, end: int) -> bool:
    """A lone age before an "-ing" word and a person noun (round en106): "A 20-year-old
    nursing student" (en-57), "a 48-year-old building contractor" (en-53) name one person by
    age and trade; the "-ing" word is the trade's, no reduced relative ("a 20-year-old
    carrying his son" keeps its break: no person noun follows)."""
    if len(toks) != 1 or not toks[0].lower().endswith(_AGE_NOUNS):
        return False
    nxt = _GROUP_WORD.match(sent, end)
    return bool(nxt) and nxt.group(1).lower() in PERSON_WORDS
_TRADE_PERSONS = frozenset(EN.TRADE_PERSONS)
_LYNCHED_ACCUSED = EN.LYNCHED_ACCUSED
_STATE_HELD = frozenset(EN.STATE_HELD_MODIFIERS)
# A holding after the freed people, up to the " by" of its holders: "held by", "detained by".
_HELD_BY_AT = re.compile(r" (?:held|detained)(?= by )")
_TWO_WORD_PERSONS = EN.TWO_WORD_PERSONS
_HARM_RECEIVED = frozenset(EN.HARM_ASIDE_VERBS)
# The plural auxiliaries a bare count stands before as a subject: "Twelve had received"
_PLURAL_AUX = (" were ", " have ", " had ", " received ")
# Events a bare year names before them ("2011 killings", "the 1994 genocide"): dates.py
# reads the same words.
_YEAR_EVENTS = frozenset(EN.YEAR_EVENT_NOUNS)


def _outcome_of(m: re.Match[str] | None) -> str | None:
    """The outcome group that matched: in every outcome pattern it is the group that
    closes last (``rel`` and ``aux`` come before it)."""
    return m.lastgroup if m else None


# The texts read within one outer call of find_casualties (its thread's own).
_READ = threading.local()


def find_casualties(text: str) -> list[dict[str, object]]:
    outer = getattr(_READ, "texts", None) is None  # not a layer's reading of a rewrite
    found = _find_read(text)
    if outer and found:
        # (round en216) a storm's, a landslide's or the last sentence's hazard's toll: on
        # the figures every layer gave, against the text as written, once
        drop_natural_tolls(text, document(text), found)
        # (round en220) a crash the document puts down to no attack: "a tyre burst"
        drop_accident_tolls(document(text), found)
        drop_place_populations(text, found)  # (round en218) "a city of 2 million people"
    if outer:
        # (round en217) "612 of the 887 prisoners", "Two of the freed men", "who disappeared
        # after their arrest", "wounded soldiers and two men who had been held": on the
        # figures every layer gave, once
        n = len(found)
        exchange_parts(text, found, document(text).low, _person_like)
        if len(found) != n:
            found.sort(key=_SPAN)
        read_count_parts(text, found, _person_like)  # (round en229) "four were children"
        read_rest_in_care(text, found)  # (round en229) "The other two are being treated at"
        read_forces_free_held(text, found, _person_like)  # (en229) "free six women held over"
        read_treated_pair(text, found, _person_like, find_casualties)  # (en229) "N X and M Y"
        read_care_counted(text, found, _person_like)  # (en232) "Eleven remain admitted"
        drop_unreal_counts(text, found, _person_like)  # (en232) "A Grade 10 boy"
        read_toll_colon_parts(text, found, _person_like)  # (en232) "have died: two women"
        read_captives_told(text, found, _person_like)  # (en232) "Kidnapped with eight of his"
        read_other_part(text, found, _person_like)  # (en235) "four of the dead ..., the other two"
        read_number_who(text, found, _person_like)  # (en235) "the number of ... who have died"
        read_included_parts(text, found, _person_like)  # (en236) "N, including A and B, were"
        drop_counted_acts(found)  # (en236) "recorded 11 beatings and 23 villagers arrested"
        # (en238) "two of the dead man's cousins", "a corporal of 24, died", "Hundreds of
        # people lined the street as the body of ... was carried"
        count_elsewhere(text, found)
    return found


def _find_read(text: str) -> list[dict[str, object]]:
    # Each rereading layer reads its rewritten text through this function, which runs the
    # layers again: two layers' rewritings meet in one text (openers cut, then a list; a
    # list cut, then openers), and a report that sets off every layer was read hundreds of
    # times. Within one outer call each text is read once; its figures are copied out,
    # as the layers carry them back in place.
    if (cut := cut_list_phrases(text)) is not None:  # (round en147)
        told = carry_told(text, cut, find_casualties(cut[0]), [])
        # a cut must never cost a figure the text as written gives ("Twenty pupils,
        # including five girls, who were abducted from their school, were rescued": the
        # cut clause told the capture the rescue needs)
        covered = first_overlap(told)
        kept = [g for g in _find_uncut(text) if covered(g) is None]
        return sorted((*told, *kept), key=lambda f: (int(str(f["start"])), int(str(f["end"]))))
    return _find_uncut(text)


def _find_uncut(text: str) -> list[dict[str, object]]:
    memo: dict[str, list[dict[str, object]]] | None = getattr(_READ, "texts", None)
    if memo is None:
        _READ.texts = {}
        try:
            return _find_uncut(text)
        finally:
            _READ.texts = None
    # (a text read inside a cut sentence's reading is read without long subjects: kept apart)
    key = "\0" + text if reading_cut() else text
    if key not in memo:
        layers = read_after_head(text, lambda t: read_custody_told(  # en144, en146
            t, _find_between, find_casualties), find_casualties)
        memo[key] = outcome_past_subject(text, layers, find_casualties)  # en140
        memo[key] = told_by_consequence(text, memo[key], find_casualties)  # en145
        memo[key] = read_state_causes(text, memo[key], find_casualties)  # en148
        memo[key] = read_moved_held(text, memo[key], find_casualties, _people_at)  # en151
        memo[key] = drop_moved_on(text, memo[key])  # en159 "31 were transferred"
        memo[key] = drop_interviewed(text, memo[key])  # en187 "interviewed 25 people"
        memo[key] = group_back(text, memo[key])  # en195 "The three were released"
        memo[key] = drop_no_one_hurt(text, memo[key])  # en195 "No one was hurt: the two"
        memo[key] = wholes_in_words(text, memo[key])  # en207 "two of the three abducted"
        if ", including " in text:
            freed_list_parts(text, memo[key], _person_like)  # en147
    return [dict(f) for f in memo[key]]


def _people_at(text: str, at: int) -> bool:
    return _person_like(_group(text, at)[2])


def _find_between(text: str) -> list[dict[str, object]]:
    return read_words_between(text, _find_layers, find_casualties)  # en142


def _find_layers(text: str) -> list[dict[str, object]]:
    if masked := mask_count_openers(text):
        # (round en126) read as if "a total of", "a further" or "another" before a count
        # were not there ("treated a further 19 people"); a figure of the text as written
        # keeps its span, and one the masked text does not overlap is kept too
        return read_past_openers(text, masked, _find_told_states(text), find_casualties)
    return _find_told_states(text)


def _find_told_states(text: str) -> list[dict[str, object]]:
    if told := tell_state_as_event(text):
        # (round en127) the missing told as a state ("have not been seen since", "remain
        # unaccounted for") read as the event's verb; offsets carried back, and a figure
        # the text as written gives too keeps its span
        return carry_told(text, told, find_casualties(told[0]), _find_part_gaps(text))
    return _find_part_gaps(text)


def _find_part_gaps(text: str) -> list[dict[str, object]]:
    if masked := mask_part_gaps(text):
        # (round en128) a part after its toll read past a phrase of time or place between
        # them ("were killed late on Saturday, 24 of them children")
        as_written = _find_apart(text)
        if parts_read(masked, as_written):
            return as_written
        return read_past_part_gaps(text, masked, as_written, find_casualties)
    return _find_apart(text)


def _find_apart(text: str) -> list[dict[str, object]]:
    if masked := mask_apart(text):
        # (round en132) read past a list, an apposition or an uncounted crowd between
        # counted people and their verb ("Two civilians, a man of 63 and his neighbour,
        # were killed"); the figures of the text as written are all kept
        return read_apart(text, masked, _find_past_gaps(text), find_casualties)
    return _find_past_gaps(text)


def _find_past_gaps(text: str) -> list[dict[str, object]]:
    if masked := mask_neutral_gaps(text):
        # (round en123) read as if a neutral aside or reduced relative between counted
        # people and their verb were not there ("Eleven people, witnesses said, were
        # detained"); a figure the text as written gives too keeps its span
        return read_past_gaps(text, masked, _find_as_written(text), find_casualties)
    return _find_as_written(text)


def _find_as_written(text: str) -> list[dict[str, object]]:
    if mended := mend_doubled(text):
        # (round en110) read as if the doubled letter were spelt right; each figure's
        # offsets are carried back and its words taken from the text as written
        found = find_casualties(mended[0])
        for f in found:
            f["start"], f["end"] = mended[1](int(f["start"])), mended[1](int(f["end"]))
            f["text"] = text[int(f["start"]):int(f["end"])]
        return found
    bare = unquote_groups(mend_slips(text))
    if bare is not text:
        # (round en84) read as if the group's scare quotes were not there; each
        # figure's words are then taken from the text as written
        found = _find_in(bare)
        for f in found:
            f["text"] = text[int(f["start"]):int(f["end"])]
        return found
    return _find_in(text)


def _find_in(text: str) -> list[dict[str, object]]:
    # Trigger words found once for the whole text, then shared out to its sentences.
    found = triggers(text)
    every = found[CASUALTY]
    low = document(text).low
    for leave in EN.CAUSED_TO_LEAVE_WORDS:
        if leave in low:
            every = _with_caused_to_leave(low, every, leave)
    if "homeless" in low or "without " in low:
        every = _with_homeless(low, every)
    if may_shelter(low):
        every = _with_sheltering(low, every)
    every = woken_by_phrases(low, every)
    if not every:
        return []
    return _find_casualties(text, every, found[COUNT], found[ARTICLE])


def _with_homeless(low: str, every: tuple[int, ...]) -> tuple[int, ...]:
    """``every`` with the offset of each "homeless" (round 47): "leaving hundreds of
    families homeless" holds no other cue word. The rule of casualty_kin_and_homes then
    asks for the verb before the count."""
    woken = [m.start() for m in homeless_state().finditer(low)]
    return tuple(sorted({*every, *woken})) if woken else every


def _with_sheltering(low: str, every: tuple[int, ...]) -> tuple[int, ...]:
    """``every`` with the offset of each "are sheltering" and its kin (sixty-ninth round):
    "about 1,100 are sheltering in four schools" holds no other cue word. The rule of
    casualty_sheltering then asks for the flight told before it."""
    woken = [m.start() for m in _rare_sheltering().finditer(low)]
    return tuple(sorted({*every, *woken})) if woken else every


@cache
def _rare_sheltering() -> re.Pattern[str]:
    # (round en81: "are staying", "are camped" too, and a crowd that "have gathered")
    return re.compile(rf"\b(?:{alt(EN.SHELTER_AUXILIARIES)})\s+(?:(?:now|still)\s+)?"
                      rf"(?:{alt(EN.SHELTER_STAY_PARTICIPLES)})\b"
                      # (round en225) a bare count's "are sleeping" (casualty_sheltering.py)
                      rf"|\b(?:{alt(EN.SLEEPING_AUXILIARIES)})\s+(?:(?:now|still)\s+)?sleeping\b"
                      rf"|\b(?:{alt(EN.ARRIVAL_AUXILIARIES)})\s+(?:(?:now|since|already)\s+)?"
                      rf"(?:{alt(EN.GATHERING_PARTICIPLES)})\b")


# People a cause sets to leave (after the forty-fifth round): "The shelling caused 900
# families to leave their villages". "caused" and "prompted" stand in most reports and
# "leave" in more, so none is a cue word: a sentence is woken only by "to leave" (or "to
# abandon") with a verb of causing at most 70 characters before it, and the rules of
# forcing then decide who left what. ("to flee" wakes it already; "were made to leave" is
# woken by "made", a cue word of "made homeless".)
_CAUSING_BEFORE = re.compile(rf"\b(?:{alt(EN.CAUSING_VERBS)})\b")


def _with_caused_to_leave(low: str, every: tuple[int, ...], leave: str) -> tuple[int, ...]:
    """``every`` with the offset of the verb of each ``leave`` ("to leave") that a verb of
    causing stands before (sorted; unchanged when there is none)."""
    woken: list[int] = []
    at = low.find(leave)
    while at >= 0:
        if _CAUSING_BEFORE.search(low, max(0, at - 70), at):
            woken.append(at + 3)
        at = low.find(leave, at + len(leave))
    return tuple(sorted({*every, *woken})) if woken else every


def _find_casualties(text: str, every: tuple[int, ...], cands: tuple[int, ...],
                     arts: tuple[int, ...], every_sentence: bool = False,
                     ) -> list[dict[str, object]]:
    """Figures of ``text`` given the document offsets of its casualty words (``every``),
    of possible count starts (``cands``) and of "a" / "an" (``arts``). A sentence without
    a casualty word is skipped unless ``every_sentence``: the plain path of the tests."""
    out: list[dict[str, object]] = []
    doc = document(text)
    hostage_doc = _HostageCue(doc.low)
    sents = doc.sentences
    art_set = frozenset(arts)
    low = doc.low if doc.ascii else None  # where the lowered twins may run
    hazard_at = -2  # the sentence whose figures were all a natural hazard's
    for i in range(len(sents)) if every_sentence else doc.holding(every):
        sent = sents[i]
        lo, hi = bisect_left(every, sent.start), bisect_left(every, sent.end)
        hints = [h - sent.start for h in every[lo:hi]]
        n = len(out)
        lt = sent.text if low is None else low[sent.start:sent.end]
        _sentence(sent.text, sent.start, hostage_doc, out, hints, cands, art_set, lt,
                  sents[i - 1].start if i else sent.start)
        if "cost" in lt:
            cost_their_lives(sent.text, sent.start, out, n)  # (round en125)
        if len(out) == n:
            continue
        if len(out) > n + 1 and (" who " in lt or " that " in lt):
            drop_clause_objects(out, n)  # (round en205) "who guarded 40 prisoners were killed"
        if low is None:
            lt = lt.lower()
        if may_hold(lt):
            out[n:] = [f for f in out[n:] if not counted_otherwise(
                sent.text, int(f["start"]) - sent.start, int(f["end"]) - sent.start,
                str(f["outcome"]), f["group"])]
            if len(out) == n:
                continue
        if may_pick_up(lt):
            # (round en124) a passive "picked up" that is a rescue or a ride
            out[n:] = [f for f in out[n:] if not picked_up_not_arrest(
                sent.text, int(f["start"]) - sent.start, int(f["end"]) - sent.start,
                str(f["outcome"]), f["group"])]
            if len(out) == n:
                continue
        if "lives" in lt:
            # (round en167) "had saved 30 lives": lives no harm took
            out[n:] = [f for f in out[n:] if not lives_unharmed(
                sent.text, int(f["start"]) - sent.start, int(f["end"]) - sent.start,
                f["group"])]
            if len(out) == n:
                continue
        words = lt.split()  # (split once: both word tests below read it)
        if not _CRAFT_NOUNS.isdisjoint(words):
            # (round en167) "the fishing vessel Al-Noor 7, seized on 2 May": a name's number
            out[n:] = [f for f in out[n:] if not craft_name_number(
                sent.text, int(f["start"]) - sent.start, int(f["end"]) - sent.start)]
            if len(out) == n:
                continue
        if not _HAZARD_TOKENS.isdisjoint(words) and _rare("hazard").search(sent.text):
            out[n:] = [f for f in out[n:] if f["outcome"] in _NO_HAZARD_OUTCOMES
                       or not _hazard_toll(sent.text, int(f["start"]) - sent.start,
                                           int(f["end"]) - sent.start)]
            if len(out) == n:
                hazard_at = i  # every figure of the sentence was the hazard's
                continue
        if "died " in lt:
            # (round en112) "a patient who had died of a heart attack": no violence
            out[n:] = [f for f in out[n:] if not died_of_illness(
                sent.text, int(f["start"]) - sent.start, int(f["end"]) - sent.start,
                str(f["outcome"]))]
            if len(out) == n:
                continue
        if " of " in lt or " OF " in lt:
            _subsets(text, sent.start, out, n)
        if len(out) > n and i == hazard_at + 1 and not _rare("violence").search(sent.text):
            # The next sentence with no cause of its own goes on with the hazard's toll
            # (in the same paragraph or the next): "Flash floods swept ..., killing 23
            # people ...\nRescuers pulled 11 bodies from the mud by Sunday morning."
            del out[n:]
        hazard_at = -2
    if out and "one of the" in doc.low:
        drop_toll_members(text, out)
    if out:
        drop_glossed_terms(doc.low, out)
        # (round en125) a bill, a plan or a chance "killed" or "injured"
        drop_figurative(out)
        drop_wished_deaths(text, out)  # (round en209) "waiting for another child to die"
    rival_tolls(text, out, low)
    captives_back(text, out, doc.low)
    parts_named(text, out, doc.low, _person_like)
    fronted_parts(text, out, doc.low, _person_like)  # (round en209) "Of those, 400 are children"
    # (round en212) "14 people with fractures were treated", "2,900 of those who fled reached",
    # "the 1,782 people it lists as missing", "men in civilian clothes and four women",
    # "families sheltering in a hall ... fled again"
    harm_described(text, out, doc.low, _person_like)
    fled_parts(text, out, doc.low)
    listed_missing(text, out, doc.low, _person_like)
    if " and " in doc.low and (" of them " in doc.low or " of whom " in doc.low):
        next_described_parts(text, out, _person_like)
    sheltered_then_fled(text, out, doc.low)
    # (round en212) "34 men were buried", "Eight of them turned out to be prisoners"
    buried_dead(text, out, doc.low, _person_like)
    # (round en213) "Two women wearing explosive vests blew themselves up", "Thousands bury
    # soldiers killed in ... bombing" (mourners, no toll)
    described_bombers(text, out, doc.low, _person_like)
    if out:
        drop_mourners(out)
    superlative_members(text, out, doc.low, _person_like)  # "..., the youngest a boy of 13"
    missing_found_held(text, out, doc.low)
    # (round en215) "were being held in rebel prisons", "41 fighters held by the army"
    held_by_armed(text, out, doc.low, _person_like)
    home_after_swap(text, out, doc.low, _person_like)  # "103 soldiers and 12 civilians are home"
    dead_parts(text, out, doc.low)  # (round en128) "Two of them were charred"
    toll_parts(text, out, doc.low, _person_like)  # (round en149) "Three of the dead were shot"
    if out and ", " in text:
        parts_by_reference(text, out, doc.low)  # (round en128) ", six of those hurt"
    released_people(text, out, doc.low, _person_like)  # (round en130) "Nineteen were released"
    apposed_releases(text, out, doc.low, _person_like)  # (round en213) "One trader, released ...,"
    # (round en133) "318 detainees" of an exchange
    exchanged_people(text, out, doc.low, _person_like)
    returned_people(text, out, doc.low, _person_like)  # (round en137) "among those handed back"
    drop_freed_inmates(text, out, doc.low)  # (round en137) "freed 120 inmates from the prison"
    drop_evacuation_leaving(text, out, doc.low)  # (round en163) "have left" in an evacuation
    # (round en133) "Of those taken, 19 escaped", "left with dozens taken"
    drop_ill_parts(text, out, doc.low)  # "Of those who fell ill, 12 remained in hospital"
    if _TAKEN_PART_GATE(doc.low):
        taken_parts(text, out, doc.low, _person_like)
    held_and_gone(text, out, doc.low, _person_like)  # (round en134) "Of those arrested, 12"
    if "including the " in doc.low or "among them the " in doc.low:
        members_named(text, out)
    notation_counts(text, out)
    bulletin_rows(text, out)
    # (round en132) tolls told by their number, a list with "among them" last
    tolls_by_number(text, out, doc.low, _person_like)
    if " among them" in doc.low or " among whom" in doc.low:
        members_before_mark(text, out, _person_like)
    named_after_toll(text, out, doc.low, _person_like)  # (round en135)
    hurt_parts_in_care(text, out, doc.low)  # (round en202) "Of the wounded, 15 were admitted"
    # (round en202) "The dead were aged 16 to 25, and five of them were students"
    named_whole_parts(text, out, doc.low, _person_like)
    parts_beside(text, out, doc.low, _person_like)  # (round en138) "; three were girls"
    # (round en138) ", Sepoy A and Naik B,"
    military_asides(text, doc.low, out, find_casualties, _person_like)
    if " number of" in doc.low:
        drop_uncounted(text, out)
    out.sort(key=_SPAN)
    return out


# Both patterns of casualty_taken_part hold one of its participles: a document holding none
# (most) is not read for them.
_TAKEN_PART_GATE = cue_gate(EN.TAKEN_PART_PARTICIPLES)


# A count of some of a figure's people right before it: "Four of the 11 kidnapped aid
# workers", "released 140 of the 300 detainees" (not a proportion: "one in four of").
# (a headline drops the article: "Rebels release 12 of 30 hostages", round 42)
# ... and the whole's owner between (round 48): "Around 2,000 of the camp's 31,000
# residents have fled", with the qualifier of the part
_RARE["subset"] = (rf"(?<![\w,.\-])(?:(?P<q>{QUALIFIER})\s+)?(?P<n>{NUMBER})\s+of\s+"
                   r"(?:(?:the|those)\s+)?(?:[\w\-]+['’]s?\s+)?$")
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
# ... a proportion of them instead of a count (after round 53): "half of the", "most of
# the camp's", "two-thirds of"
_RARE["proportion"] = (rf"(?<![\w\-])(?:{alt(EN.PROPORTION_WORDS)})\s+of\s+"
                       r"(?:(?:the|those)\s+)?(?:[\w\-]+['’]s?\s+)?$")
_ONE_MORE_ORDINALS = frozenset(EN.ONE_MORE_ORDINALS)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _qualifier_of(words: str) -> str:
    return QUALIFIER_KIND.get(" ".join(words.lower().split()), "about")


_SUBSET_ENDS = (" of the ", " of those ", " Of the ", " OF THE ", " of ", " OF ", "'s ", "’s ",
                "s' ", "s’ ")


def _subsets(text: str, base: int, out: list[dict[str, object]], n: int) -> None:
    """Sub-groups counted as a part of a figure that follows ("Four of the 11 kidnapped
    aid workers have been released") are figures of their own, by the gold rules, with the
    figure's outcome when nothing else gave one an outcome. Only a count from two up: "one
    of the 12 victims" singles out a person more than it counts."""
    for f in out[n:]:
        fs = int(f["start"])
        if not (text[fs:fs + 1].isdigit() or text[fs:fs + 1].isalpha()):
            continue
        if not text.endswith(_SUBSET_ENDS, max(base, fs - 9), fs):
            continue  # rare: the count pattern below is tried only after "of the"
        sub = _rare("subset").search(text, max(base, fs - 40), fs)
        if sub is None and _rare("proportion").search(text, max(base, fs - 40), fs):
            # a proportion of the figure's people (the rules leave proportions out): "Half
            # of the camp's 31,000 residents have fled" is no figure of 31,000, and the
            # whole keeps only the outcome its own words give ("most of the 40 hostages")
            _own_reading(text, f, out, predicate=False)
            continue
        if sub is None or _IN_BEFORE.search(text, max(base, sub.start() - 4), sub.start()):
            continue
        a, b = sub.start(), sub.end() - 1
        value = word_value(sub.group("n"))
        if value is None or value >= int(f["count_low"]):
            continue
        # the sub-group's own predicate after a larger figure that ended before it: "Two
        # of the 11 wounded were killed", "Five of the 12 soldiers wounded in the ambush
        # have died" (the sentence's rules gave the two the figure's outcome, or nothing)
        outcome = _subset_outcome(text, int(f["end"]))
        # (only the sentence's own figures, out[n:], can cover its words)
        read = [o for o in out[n:] if int(o["start"]) < b and a < int(o["end"])]
        if read:
            # the sub-group read as a figure by the sentence's rules ("Two of the 11
            # hostages were killed": its predicate); the larger figure may have taken it too
            if outcome is not None and len(read) == 1 and read[0] is not f and (
                    read[0]["outcome"] == f["outcome"] != outcome):
                read[0]["outcome"] = outcome
            _own_reading(text, f, out)
            continue
        if value < 2 and (outcome is None or outcome == f["outcome"]):
            continue
        qual = sub.group("q")
        out.append({"start": a, "end": b, "text": text[a:b].rstrip(),
                    "outcome": outcome or f["outcome"], "count_low": value,
                    "count_high": None, "qualifier": _qualifier_of(qual) if qual else "exact",
                    "group": None})
        _own_reading(text, f, out)


_SUBSET_PREDICATE = frozenset(EN.SUBSET_PREDICATE_OPENERS)
# A predicate of the sub-group after a larger figure that ended before it, within its
# clause: an auxiliary and an outcome participle ("were killed", "have since died") or a
# verb of dying ("later died"), after a phrase on the larger group ("wounded in the
# ambush"). "Two of the 11 wounded were children" has none.
_SUBSET_OUTCOME = {w.lower(): o for o, ws in EN.OUTCOME_PARTICIPLES.items() for w in ws}
_SUBSET_LONGEST = max(len(w.split()) for w in _SUBSET_OUTCOME)
# ... the predicate's first word found by a plain pattern and the participle looked up in
# a dict (an alternation of every participle took some 100 ms to compile)
_RARE["subset_predicate"] = (
    rf"\b(?:(?:{alt(EN.SUBSET_AUXILIARIES)})\s+(?:(?:{alt(EN.SUBSET_ADVERBS)})\s+)?"
    rf"(?:been\s+)?|(?:(?:{alt(EN.SUBSET_ADVERBS)})\s+)?(?=(?:{alt(EN.SUBSET_DEATH_VERBS)})\b))"
    r"(?P<p>[a-z])")
_CLAUSE_STOPS = re.compile(r"[,;.:!?]")
# How far after the figure the predicate is looked for: it opens within 40 characters and
# its auxiliary, adverb and "been" take fewer than 60 more.
_SUBSET_REACH = 200


def _subset_outcome(text: str, end: int) -> str | None:
    """The outcome of a predicate that opens within 40 characters after ``end`` in the
    same clause: "... were killed", "... wounded in the ambush have died"."""
    # (the clause's end looked for only as far as a predicate may reach: a text without
    # stops was searched to its end at each sub-group, the square of its length)
    limit = min(len(text), end + _SUBSET_REACH)
    stop = _CLAUSE_STOPS.search(text, end, limit)
    for m in _rare("subset_predicate").finditer(text, end, stop.start() if stop else limit):
        if m.start() - end > 40:
            return None
        words = text[m.start("p"):m.start("p") + 60].lower().split()[:_SUBSET_LONGEST]
        for n in range(len(words), 0, -1):
            outcome = _SUBSET_OUTCOME.get(" ".join(words[:n]).rstrip(",.;:!?"))
            if outcome is not None:
                return outcome
    return None


# An outcome a word of the larger group carries itself: "abducted workers", "detained men".
_GROUP_WORD_OUTCOME = {w: o for o, ws in EN.OUTCOME_VERBS.items() if o != "freed"
                       for w in ws if " " not in w}


def _own_reading(text: str, f: dict[str, object], out: list[dict[str, object]],
                 predicate: bool = True) -> None:
    """A figure after a counted sub-group whose span ran on into the predicate: "Two of the
    11 hostages were killed" killed the two, not the eleven. The larger figure keeps the
    outcome its own words give ("hostages", "abducted workers": captured) with a span that
    ends at its group; with none ("Two of the 11 soldiers were killed") it is no figure.
    Without ``predicate`` the same holds whatever follows the group (a proportion's
    whole: "Militants killed half of the 300 villagers")."""
    group = f["group"]
    if not isinstance(group, str):
        return
    fs, fe = int(f["start"]), int(f["end"])
    g = text.find(group, fs, fe)
    if g < 0:
        return
    gend = g + len(group)
    rest = text[gend:fe].split(None, 1)
    if predicate and (not rest or rest[0].lower() not in _SUBSET_PREDICATE):
        return
    after = text[gend:gend + 30].split(None, 1)
    if not predicate and after and after[0].lower().rstrip(",.;:") in _GROUP_WORD_OUTCOME:
        return  # the whole named by its own participle: "most of the 40 people killed"
    words = group.lower().split()
    own = _OUTCOME_NOUNS.get(words[-1]) or next(
        (_GROUP_WORD_OUTCOME[w] for w in words if w in _GROUP_WORD_OUTCOME), None)
    if own is None:
        out.remove(f)
        return
    f.update(end=gend, text=text[fs:gend], outcome=own)


# The hazard words as the words of a sentence split at spaces hold them: looked for before
# the pattern (a set test of the split words costs a small part of the pattern's search).
_HAZARD_TOKENS = EN.NATURAL_HAZARD_TOKENS
_SETTING_AFTER = re.compile(rf"-(?:{alt(EN.SETTING_PARTICIPLES)})\b", re.IGNORECASE)
# (round en218) ... or a noun after it: "a flood relief camp", "quake survivors"
_SETTING_NOUN_AFTER = re.compile(rf"\s+(?:{alt(EN.HAZARD_SETTING_NOUNS)})\b", re.IGNORECASE)
_NO_HAZARD_OUTCOMES = frozenset(EN.HAZARD_SPARED_OUTCOMES)  # (round en218)
# A hazard word used as a verb is none: "to flood", "refugees flood into the town".
_RARE["hazard"] = (rf"(?<!\bto )\b(?:{alt(EN.NATURAL_HAZARDS)})\b"
                   r"(?!\s+(?:into|across|over|back|out)\b)")
# ... not in an adjective that names a place by it: "the militia-held town"
_RARE["violence"] = (rf"\b(?:{alt(EN.VIOLENCE_CUES)})\b"
                     rf"(?!-(?:{alt(EN.SETTING_PARTICIPLES)})\b)")
# The hazard named right after the figure: "23 people were killed in the earthquake".
_RARE["hazard_after"] = (
    rf"[^,;]{{0,30}}?\b(?:in|by|during)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alt(EN.NATURAL_HAZARDS)})\b")
_CLAUSE_END = re.compile(r"[,;]")


def _hazard_toll(s: str, start: int, end: int) -> bool:
    """Is the figure at [start, end) of sentence ``s`` a natural hazard's dead, hurt or
    displaced (no casualty figure by the gold rules)? The hazard is its cause when it is
    named before the figure with no act or arm of violence between them nor in the
    figure's own clause, or named right after it ("killed in the earthquake")."""
    stop = _CLAUSE_END.search(s, end)
    clause_end = stop.start() if stop else len(s)
    after = _rare("hazard_after").match(s, end)
    if after is not None:
        return _rare("violence").search(s, start, after.end()) is None
    ends = [h.end() for h in _rare("hazard").finditer(s, 0, start)]
    if not ends:
        return False
    # a hazard's adjective ("the quake-hit town") names a place, so violence anywhere
    # before it in the sentence is the cause ("Fighting resumed in the flood-hit
    # district, killing 4 soldiers")
    setting = _SETTING_AFTER.match(s, ends[-1]) or _SETTING_NOUN_AFTER.match(s, ends[-1])
    since = 0 if setting else ends[-1]
    return _rare("violence").search(s, since, clause_end) is None


_ARTICLES = frozenset(EN.INDEFINITE_ARTICLES)
_SPAN = itemgetter("start", "end")  # sort key without a Python call per item


def _near(hints: list[int], lo: int, hi: int) -> bool:
    """Is there a trigger stem starting in [lo, hi)? (hint positions are sorted)"""
    i = bisect_left(hints, lo)
    return i < len(hints) and hints[i] < hi


# A plural verb right after a group (round 58), and a preposition right before an article.
_PLURAL_AUX_AFTER = (" have ", " were ", " are ")
# (round en235) a noun of harm and its "of" right before an article's count
_HARM_NOMINAL_OF = re.compile(rf"\b(?:{alt(EN.HARM_NOMINALS_OF)})\s+of\s+$", re.IGNORECASE)
_ARTICLE_OBJECT_BEFORE = re.compile(rf"\b(?:{alt(EN.ARTICLE_OBJECT_PREPOSITIONS)})\s+$",
                                    re.IGNORECASE)
# The first term of a proportion: "1 in 3 of the injured were children".
_PROPORTION_BEFORE = re.compile(r"(?:^|[^\w,.])(?:\d+|one|a)\s+in\s+$", re.IGNORECASE)
# An article that opens a count ("a dozen", "a half-dozen", "a hundred") reaches as far
# as any count: "seized two dozen passengers and a half-dozen crew".
_ARTICLE_COUNT = re.compile(
    r"an?\s+(?:half[-\s])?(?:dozen|hundred|thousand)\b", re.IGNORECASE)


def _counts(s: str, base: int, cands: tuple[int, ...], arts: frozenset[int],
            hints: list[int], t: str | None = None) -> list[re.Match[str]]:
    """Count phrases of sentence ``s`` (at ``base`` in the document) that start at one of
    the candidate positions ``cands`` (document offsets; ``arts`` are those of "a" / "an")
    and are within reach of a trigger word: articles right next to one, anything else
    within 170 characters before or 200 after. Non-overlapping, left to right. With ``t``,
    ``s`` lower-cased (ASCII), the count pattern's twin runs there (same spans)."""
    found: list[re.Match[str]] = []
    last = -1
    t, match = (s, COUNT_RE.rx.match) if t is None or t is s else (t, COUNT_RE.low.match)
    # an article opens a count only before "dozen", "hundred" or "thousand": read once for
    # the sentence, at its first article (lowered text only; as written every article is
    # tried, the pattern folding other letters)
    counted_articles: bool | None = True if t is s else None
    end = base + len(s)
    for i in range(bisect_left(cands, base), bisect_left(cands, end)):
        p = cands[i]
        pos = p - base
        if pos < last:
            continue
        if p in arts and counted_articles is None:
            counted_articles = "dozen" in t or "hundred" in t or "thousand" in t
        if p in arts and not (counted_articles and _ARTICLE_COUNT.match(s, pos)):
            # the last of a list reaches back past the counts before it: "killing four
            # local policemen and a civilian", "killing seven militants including a
            # senior commander"
            lo, hi = pos - (60 if s.endswith((" and ", " including "), 0, pos) else 30), pos + 75
            if s.endswith(", and ", 0, pos):
                # ... past a relative clause on the member before (round 44): "two women
                # who had gone there for water, and a boy of 12"
                lo = pos - 150
            elif s.endswith((", ", " and "), 0, pos) and listed_before(s, pos):
                lo = pos - 150  # ... past a phrase on the listed member before (round en100)
            elif s.endswith(" and ", 0, pos) and bare_part_before(s, pos):
                lo = pos - 150  # ... past bare plurals of a part (round en118)
        else:
            lo, hi = pos - 170, pos + 200
        j = bisect_left(hints, lo)
        if (j == len(hints) or hints[j] >= hi) and not (
                p in arts and j < len(hints) and hints[j] < pos + RELATIVE_REACH
                and relative_after_article(s, pos)) and not (
                p in arts and " last seen " in s and seen_missing_ahead(s, pos)):
            continue
        m = match(t, pos)
        if m and m.end() > pos:
            if m["num2"] and dash_ends_date(s, m):
                continue  # the dateline's dash: the count after it is tried on its own
            found.append(m)
            last = m.end()
    return found


class _HostageCue:
    """Does the document speak of hostages? Read once, and only when a "freed" verb asks
    (a search of the whole text is the dearest single step for most documents)."""

    __slots__ = ("_caught", "_low", "_value")

    def __init__(self, low: str) -> None:
        self._low = low
        self._value: bool | None = None
        self._caught: int | None = None

    @property
    def low(self) -> str:
        """The document lowered (the sheltering rule asks what it told before)."""
        return self._low

    @property
    def caught_at(self) -> int:
        """Where the document's first catch by a crowd ends, -1 for none (read once: the
        handing-over rule asks it at each count, and a search of the text before every
        count made a long report cost the square of its length)."""
        if self._caught is None:
            self._caught = first_catch(self._low)
        return self._caught

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = bool(_HOSTAGE_CUE.search(self._low))
        return self._value


_FLIGHT_STEMS_LOWER = tuple(stem for stem in EN.FLIGHT_STEMS if stem == stem.lower())


def _by_first_word(stems: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``stems`` grouped under their first word and its space ("left " for "left the",
    "left nearby", ...), a one-word stem under itself with nothing more to test: a stem
    stands in a text only where its first word does, so most groups cost one test."""
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[:stem.index(" ") + 1] if " " in stem else stem, []).append(stem)
    return tuple((key, () if rest == [key] else tuple(rest)) for key, rest in groups.items())


_FLIGHT_GROUPS = _by_first_word(EN.FLIGHT_STEMS)
_FLIGHT_GROUPS_LOWER = _by_first_word(_FLIGHT_STEMS_LOWER)


def _holds_stem(t: str, groups: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """``any(stem in t)`` over the stems of ``groups`` (``_by_first_word``); the flight
    stems' place phrases made that a hundred scans of every sentence that got so far."""
    for key, rest in groups:  # noqa: SIM110 - a loop: a generator's steps cost more here
        if key in t and (not rest or any(map(t.__contains__, rest))):
            return True
    return False


# Particles a verb leaves after its object, which the group's reading may take as its last
# word: "dug 7 bodies out of the rubble".
_PARTICLES = frozenset(EN.OBJECT_PARTICLES)


# A count and an outcome's participle with no verb of its own: the second of two figures
# that share the first one's auxiliary ("were killed and at least 35 wounded").
_ELLIPTIC_FIGURE = re.compile(
    rf"[^,;:]{{1,30}}?\s(?:{alt(EN.PARTITIVE_OUTCOME_PARTICIPLES)}|killed|dead)")
# (the perfect too, round 59: "have been killed and more than 250 injured")
_PASSIVE_FIGURE = re.compile(r"\b(?:were|was|been)\s+\w+$")


def _after_two_outcomes(s: str, base: int, prev: dict[str, object],
                        out: list[dict[str, object]]) -> bool:
    """Is ``prev`` the second of two figures of different outcomes that share one verb,
    "11 people were killed and at least 35 wounded"? A sub-group after it ("among them
    three children") may belong to either, and a number two outcomes share is left out by
    the rules (round 58; the twenty-third and twenty-fourth sets' calls)."""
    if len(out) < 2 or out[-1] is not prev or prev["group"] is not None:
        return False
    first = out[-2]
    if first["outcome"] == prev["outcome"] or not _PASSIVE_FIGURE.search(str(first["text"])):
        return False
    between = s[int(first["end"]) - base:int(prev["start"]) - base]
    return between.strip() == "and" and _ELLIPTIC_FIGURE.fullmatch(str(prev["text"])) is not None


def _unreleased_outcome(out: list[dict[str, object]], hostage_doc: _HostageCue) -> str:
    """People not released are held as the story's last people held were: captives after
    a capture, detainees after arrests (or with none before, unless the story tells of
    hostages)."""
    for fig in reversed(out):
        if fig["outcome"] in ("captured", "arrested"):
            return str(fig["outcome"])
    return "captured" if hostage_doc else "arrested"


def _part_then_plural(s: str, cend: int, gend: int) -> bool:
    """Is the count at ``cend`` a part "of them" or "of whom" with its plural verb, the group
    read up to ``gend``? "two of them were transferred to the University Hospital ... with
    eye injuries" (round en110) is the care of the bare "a further five were taken to
    hospital ... with gunshot wounds"."""
    return bool((part := _PARTITIVE.match(s, cend)) and part.end() == gend
                and s[gend - 5:gend].lower() == " were")


# A counted group that names a wound counts harms, not people: a headline's "A grievous injury
# Police shot in ..." (the words of two lines run together) is no person shot.
_WOUNDS = frozenset(EN.CARE_WOUNDS)
# (round en187) A participle of giving a home read into a counted group ("280 households
# hosting displaced families"): the hosts, no figure of the displaced they take in.
_HOSTING = frozenset(EN.HOSTING_PARTICIPLES)


def _headline_bare(s: str, t: str, gend: int, held_here: bool,
                   hostage_doc: _HostageCue) -> tuple[str, int] | None:
    """The outcome and end of a headline's bare "shot" (wounded) or "held" (arrested) after
    the people counted up to ``gend`` (round en110), or "taken" (captured) where the story
    tells a seizing (``hostage_doc``)."""
    if ("shot" in t or (t is s and ("Shot" in s or "SHOT" in s))) and (
            end := headline_bare_participle(s, 0, gend, "shot")):
        return "wounded", end
    if held_here and (end := headline_bare_participle(s, 0, gend, "held")):
        return "arrested", end
    if ("taken" in t or (t is s and ("TAKEN" in s or "Taken" in s))) and (
            end := headline_taken(s, 0, gend, bool(hostage_doc))):
        return "captured", end  # (round en162) "THREE STAFF TAKEN, TWO DRIVERS WOUNDED"
    if s.startswith(" ", gend) and (found := headline_relative_harm(s, gend)):
        return found  # (round en187) "Four rangers guarding Virunga park hurt in clash"
    return None


def _late_cues(s: str, t: str) -> tuple[bool, ...]:
    """The words of sentence ``s`` (``t``: lowered, or ``s`` itself) that the late rules of
    ``_sentence`` cannot match without: care, treatment, "body", "lost", "homeless", driving
    out, "emptied", flight, leaving, "not ... been", "held", taking along, "hands",
    "those", "with", bodies, a toll's nouns (in that order)."""
    unreleased_here = " not " in t and " been " in t
    lost_here = "lost" in t or "loss of" in t or (t is s and ("Lost" in s or "LOST" in s))
    # (``map`` over the stems: a generator's step per stem cost more than the scans)
    care_here = any(map(t.__contains__, EN.WOUND_STEMS)) and (
        any(map(t.__contains__, EN.CARE_STEMS)) or (
            any(map(t.__contains__, EN.WOUND_NOUN_STEMS))
            and any(map(t.__contains__, EN.MOVED_CARE_STEMS))))
    # (a lowered sentence holds no capitals: its stems in capitals are not looked for)
    fled_here = _holds_stem(t, _FLIGHT_GROUPS if t is s else _FLIGHT_GROUPS_LOWER)
    treat_here = "treat" in t or (t is s and ("Treat" in s or "TREAT" in s))
    # a verb of driving out (round 45), by its stems (on the lowered text: a sentence
    # that has no lowered twin is lowered here, which is rare)
    lt_ = t if t is not s else s.lower()
    drive_here = ("driv" in lt_ or "drov" in lt_ or "forc" in lt_ or "chas" in lt_
                  or "push" in lt_)
    emptied_here = "emptie" in lt_  # a place emptied of its people (after round 45)
    # people left homeless (round 47), or without shelter (round en104)
    homeless_here = "homeless" in lt_ or (
        "without " in lt_ and homeless_state().search(lt_) is not None)
    # Words the rules of round 46 cannot match without, tested once per sentence rather
    # than per count (none holds a letter that case-blind matching folds from another
    # script: no i, k or s).
    body_here = "body" in lt_
    leaving_here = any(map(lt_.__contains__, ("left", "abandon", "erted", "evacuat",
                                              "leave", "flee")))
    # rare words whose rules run per count: looked for once in the sentence (the capitals
    # only where ``t`` is the sentence as written: the lowered one holds none)
    held_here = "held" in t or (t is s and ("Held" in s or "HELD" in s))
    along_here = "with them" in t or "away" in t or "unknown" in t or " off " in t
    hands_here = "hands" in t or "HANDS" in t or "Hands" in t
    those_here = "those " in t or "Those " in t or "THOSE " in t
    off_here = " with " in t or " WITH " in t or " With " in t
    # (exact only on the lowered text; the patterns as written fold other letters too)
    bodies_here = t is s or "bodies" in t or "corpses" in t or "sets of " in t
    # the nouns ``_toll`` cannot read a toll without (none holds a letter that lowering
    # makes from another script's)
    toll_here = "toll" in lt_ or "count" in lt_ or "number" in lt_ or "tally" in lt_
    return (care_here, treat_here, body_here, lost_here, homeless_here, drive_here,
            emptied_here, fled_here, leaving_here, unreleased_here, held_here, along_here,
            hands_here, those_here, off_here, bodies_here, toll_here)


def _sentence(s: str, base: int, hostage_doc: _HostageCue, out: list[dict[str, object]],
              hints: list[int], cands: tuple[int, ...], arts: frozenset[int],
              t: str | None = None, before: int = -1) -> None:
    """Figures of sentence ``s`` (at ``base`` in the document). ``t`` is ``s`` lower-cased
    when it is ASCII, where the case-blind patterns' lowered twins run (same spans, see
    folding.py); ``s`` itself (or None) means the patterns as written. ``before`` is where
    the sentence before it starts (a figure there is what "among them" points back to)."""
    if t is None or t is s:
        t = s
        month, num_after, left_active, shared, bodies_ahead = (p.rx for p in _CASE_BLIND)
    else:
        month, num_after, left_active, shared, bodies_ahead = _LOWERED
    counts = _counts(s, base, cands, arts, hints, t)
    # the sentence lowered where it is ASCII (``t``), for the gates of the readers after
    # the loop: None where ``t`` is the sentence as written
    low = t if t is not s else None
    if not counts:
        # A sentence with a casualty word and no count near it (one in seven the pass
        # visits): none of the per-count cues below is asked, only the bomber's death.
        _bomber(s, base, out, low)
        _late_readers(s, base, out, low)
        return
    prev: dict[str, object] | None = None  # last figure in this sentence
    prev_tail = -1
    prev_gapped = False  # the last figure is a gapped sub-group ("..., 310 were children")
    # rare words whose rules run per count: looked for once in the sentence (the capitals
    # only where ``t`` is the sentence as written: the lowered one holds none)
    # a condition after a figure, for a forecast: "fear 200,000 deaths if ..."
    condition_here = " if " in t or " unless " in t or " IF " in t or " UNLESS " in t
    # The cue words of the rules late in the chain (care, flight, leaving, held, ...):
    # looked for once in the sentence, when a count first gets that far without an
    # outcome (``_late_cues``); until then they are not read, every rule that reads one
    # opening with "outcome is None".
    late: tuple[bool, ...] | None = None
    care_here = treat_here = body_here = lost_here = homeless_here = drive_here = False
    emptied_here = fled_here = leaving_here = unreleased_here = held_here = False
    along_here = hands_here = those_here = off_here = bodies_here = toll_here = False
    ages_end = -1  # the end of a list of ages after a counted group (round 46)
    # The words an age before a count opens with (``_ages_before``), looked for once in the
    # sentence instead of a tail check before each count: four counts in five stand in a
    # sentence with none of them.
    ages_here = _age_openers_in(s, t)
    for m in counts:
        cstart, cend = m.span()
        if cstart < prev_tail:
            continue  # inside the figure just found ("a 12-year-old boy")
        if cstart < ages_end:
            continue  # an age of the group before: "two boys of nine and eleven"
        if cend - cstart == 3 and s[cstart:cend].lower() == "one" and s.startswith(
                " of ", cend) and _rare("kin_of_one").search(s, max(0, cstart - 24), cstart):
            continue  # "a relative of one of the hostages": whose kin, no count (round en87)
        gapped = False
        parsed = parse_count(m)
        if parsed is None:
            continue
        low_n, high, qual = parsed
        if qual == "more_than" and t.startswith("over ", cstart) and _HANDED_OVER.search(
                s, max(0, cstart - 12), cstart):
            # "handed over 11 captives": the verb's particle, no bound (after round 47)
            qual, cstart = "exact", cstart + 5
        if qual == "up_to" and _REVISED_UP.search(s, max(0, cstart - 16), cstart) and (
                t[cstart:cstart + 2] == "up"):
            qual = "exact"  # "revised up to 45", "pushed up to 45": a revision, no bound
        if m["num2"] and high is not None and _REVISED_FROM.search(
                s, max(0, cstart - 24), cstart):
            # "the toll rose from 9 to 14": the old value and the new one, no range; the
            # figure is the new value (and "rose by 5 to 14": the rise, then the value)
            low_n, high, qual = high, None, "exact"
        num = m["num"] or ""
        # "September " is ten characters: the window holds the longest month name. A
        # qualifier opens a count, no day: "Since January about 14,500 people have fled"
        if num and ((not m.group("qual") and month.search(t, max(0, cstart - 11), cstart)
                     and not count_after_date(s, cstart, num))
                    or num_after.match(t, cend)
                    or (cend - cstart <= 2 and _is_age_apposition(s, cstart, cend))):
            continue  # a day of a month or an age
        if num.lower() == "one" and _NO_BEFORE.search(s, max(0, cstart - 4), cstart):
            continue  # "No one was killed": nobody
        if num and s[cend + 1:cend + 2] in _AGE_UNIT_FIRST and _AGE_WORDS_AFTER.match(s, cend):
            continue  # an age in copy without hyphens: "a 45 year old woman"
        if len(num) == 4 and num[0] == "0" and num.isdecimal():
            continue  # a clock time of a log or wire copy: "0215 - Two men were shot"
        if num and cstart >= 2 and s[cstart - 1] == ":" and s[cstart - 2].isdigit():
            continue  # the minutes of a live blog's time: "12:40 Among those killed was"
        if "." in num and not _SCALED.search(num):
            continue  # a fraction counts no people without "million": "08.30 GMT", "2.5 km"
        if num and t.endswith(_TEXT_PART_ENDS, cstart - 12 if cstart > 12 else 0, cstart) and (
                _TEXT_PART_BEFORE.search(s, max(0, cstart - 12), cstart)):
            continue  # a part of the text: "in paragraphs 3-4"
        if num and s[cstart - 1:cstart] == "-" and s[cstart - 2:cstart - 1].isalpha():
            continue  # a number in a name: "Covid-19", "F-16", "AK-47"
        if s[cstart - 3:cstart] == "of " and _PARENT_OF.search(s, max(0, cstart - 24), cstart):
            continue  # "a father of three was killed", "members of one family": no victims
        if s[cstart - 5:cstart] == "from " and count_of_origin(s, cstart, _person_like):
            continue  # "a farmer from one community was found dead": where he is from
        if s[cstart - 3:cstart] == "of " and _rare("aged_person_of").search(
                s, max(0, cstart - 40), cstart):
            continue  # an age: "a boy of about 9 and his uncle", "a boy of seven"
        if m["b2"] and num_after.match(t, cend):
            continue  # days of a month: "between 1 and 5 March"
        if m["b2"] and year_pair(m["b1"], m["b2"]) and not _person_like(
                _group(s, cend)[2]):
            continue  # years: "killed 250,000 people between 1989 and 2003" (round 47)
        if ages_here and (num or m["b1"]) and _AGED_TAIL(
                s, cstart - 40 if cstart > 40 else 0, cstart) and _ages_before(s, t, cstart):
            continue  # ages: "aged 18 and 25", "aged between 18 and 25"
        if s.endswith(("under ", "below "), 0, cstart) and _age_limit_after_people(s, cstart):
            continue  # (round en154) an age limit: "nine pupils under 12 suffered burns"
        if s[cend:cend + 1] in {"%", "$"} or s[cstart - 1 if cstart > 1 else 0:cstart] == "$":
            continue  # money and percentages
        if high is None and s[cend:cend + 2] in (" (", "(") and (
                again := restated_count(s, cend)) and word_value(again[1]) == low_n:
            cend = again[0]  # "12 (twelve) people", "twelve (12) people": one count
        quoted = _QUOTED_OF.match(s, cend) if m["vague"] else None
        quoted_count = False
        if m["coll"]:
            gend, toks = cend, [s[m.start("coll"):m.end("coll")]]  # as written, not lowered
            if cend > m.end("coll") and (of_group := _group(s, cend))[2]:
                # "a trio of policemen": the people after "of" are the group
                _, gend, toks = of_group
        elif quoted:
            _, gend, toks = _group(s, quoted.end())  # "'dozens' of fighters": a source's word
            if not toks and t.startswith(" the ", quoted.end()) and (
                    of_group := _group(s, quoted.end() - 3))[2]:
                _, gend, toks = of_group  # '"several" of the fighters' (round 44)
        elif (m["vague"] or m["dozen"]) and (vp := _VAGUE_OF_THE.match(s, cend)):
            # "several of the wounded were children": a vague part of the people an outcome
            # names, read as "Four of the wounded" is (the count took its "of")
            gend, toks = vp.end(), ["of", "the"]
            if (noun := _GROUP_WORD.match(s, gend)) and (
                    noun.group(1).lower() in _OUTCOME_NOUNS) and not _is_participle(
                    noun.group(1).lower()):
                # "Several of the hostages were freed": a noun that is the outcome heads
                # the group, as after a number ("Four of the hostages")
                gend, toks = noun.end(), ["of", "the", noun.group(1)]
        elif m["vague"] and t[cend - 3:cend] == " of" and _OF_WHOSE.match(t, cend) and (
                of_group := _group(s, cend - 3))[2]:
            # a vague part of a group named after "the" (round 44): "killed several of the
            # fighters and at least four of the boys" reads as "two of the fighters" does,
            # and the list goes on after it; a possessive names the group as "the" does
            # (round en119: "dozens of its supporters had been rounded up")
            _, gend, toks = of_group
        elif s[cend:cend + 1] and s[cend] in _CLOSE_QUOTES and cstart and (
                s[cstart - 1] in _OPEN_QUOTES) and (
                cstart < 2 or not s[cstart - 2].isalnum()):
            # a source's count in quotation marks (round 44): 'killed "at least fifteen"
            # soldiers', "had 'more than 20' policemen": the group follows the quote
            _, gend, toks = _group(s, cend + 1)
            quoted_count = True
        else:
            _, gend, toks = _group(s, cend)
            if toks and toks[0].lower() in _COMPARED_AGES and (
                    part := _PARTITIVE.match(s, cend)) and (
                    limit := _AGE_LIMIT.match(s, part.end())):
                toks, gend = [], limit.end()  # "15 of them younger than 16": no noun
        if not toks and low_n == 1 and qual == "exact" and (
                art := _ONE_AN_APPOSITION.match(s, gend)):
            # "killed 2 people, one a police officer": the noun after the article says who
            # the one was; the article is no count of its own
            _, g2, toks2 = _group(s, art.end())
            if _person_like(toks2):
                gend, toks = g2, toks2
        head = toks[-1].lower() if toks else ""
        counted_captive = False
        if head in _CAPTIVE_ORDINALS and len(toks) == 1 and m.group("art") and (
                cap := _rare("captive_after").match(s, gend)):
            counted_captive = True
            # "a third captive": the group's reading stops at the ordinal
            toks, gend, head = [cap.group(1)], cap.end(), cap.group(1).lower()
        if head in _FAMILY_NOUNS and m.group("art") and (fam := _OF_SIZE.match(s, gend)) and (
                size := word_value(fam.group("n"))):
            low_n, gend = size, fam.end()  # "killed a family of five": five people
        # Rejections that no outcome can undo, before the outcome is looked for: an
        # article must count a person, and things are not people ("hours" and "days"
        # may be a lost comma, see below).
        is_article = m["art"] is not None
        if not toks and not is_article and s.startswith(",", gend) and (
                whole_opening(s, cstart)):
            # (round en225) "Of the 163, 58 were killed": the whole the part after the comma
            # is of, told by its bare count; the verb is the part's
            continue
        if is_article and any(map(_is_numeral, toks)):
            # "In a separate incident two policemen were killed" (no comma): the article
            # belongs to the opening phrase; the count inside is the figure's own
            continue
        if is_article and s.endswith(" of them ", 0, cstart) and prev is not None and (
                int(prev["end"]) - base == cstart - 1) and _PART_ARTICLE_APPOSED.match(
                s, cstart - 1):
            continue  # (round en184) "one of them a 19-year-old midfielder,": the part named
        if is_article and prev is not None and toks and not s.startswith(_LIST_GOES_ON, gend) and (
                s.endswith(", ", 0, cstart) and int(prev["end"]) - base == cstart - 2) and (
                prev["count_low"] == 1 and str(prev["text"]).lower().startswith("one of ")) and (
                toks[0].lower() not in _ONE_MORE_ORDINALS) and m.group("art").lower() != "another":
            # (round en189) "mourning one of its members, a 41-year-old technician, who died":
            # the apposition names the member just counted, no second figure (a list goes
            # on with "and": "killed one of the guards, a driver and a cook")
            continue
        # "killed one person and wounded another": "another" alone stands for one more
        # of the people just counted (kept only if an outcome verb names what happened)
        bare_another = is_article and not toks and m.group("art").lower() == "another"
        if is_article and prev is not None and len(toks) == 1 and (
                toks[0].lower() in _ONE_MORE_ORDINALS) and not _OF_AFTER.match(s, gend):
            # "killed two police officers and kidnapped a third" (round 48): an article and
            # an ordinal alone count one more of the people just counted, as "another"
            # does ("a third of the residents", "for a third day" are no people)
            toks, head, bare_another = [], "", True
        elif is_article and prev is None and len(toks) == 1 and (
                toks[0].lower() in _ONE_MORE_ORDINALS) and next_after_last(
                    s, cstart, base, out, toks[0]) and not _OF_AFTER.match(s, gend) and (
                    not s.startswith(",", gend)):
            # (round en162) the ordinal opening its own sentence after the others were
            # counted: "Four aid workers were abducted last week. A fifth was kidnapped on
            # Sunday" (only as the next number after the figure just before; "A third, a
            # 19-year-old, is still missing" is read by its apposition)
            toks, head, bare_another = [], "", True
        elif is_article and prev is None and len(toks) == 1 and (
                toks[0].lower() in _ONE_MORE_ORDINALS) and not _OF_AFTER.match(s, gend) and (
                s.startswith(ORDINAL_EVENT_AFTER, gend)) and next_after_people(
                    s, cstart, toks[0], _people_at):
            # (round en165) ... or after people counted earlier in the sentence whose fate
            # was no harm: "Two women were swept away by the river; in May a third was
            # kidnapped" (one person, the outcome the ordinal's own verb tells)
            toks, head, bare_another = [], "", True
        elif is_article and prev is None and len(toks) == 1 and (
                toks[0].lower() in _ONE_MORE_ORDINALS) and " captivity" in t and (
                _FREED_BEFORE.search(s, 0, cstart)) and in_captivity(s, gend):
            # (round en207) ... or one more captive still held after others' release in
            # the sentence (read after the sentence's rules, so no figure before it yet):
            # "Two contractors freed in Mali; a third remains in captivity"
            toks, head, bare_another = [], "", True
        ordinal_taken = -1
        if is_article and prev is not None and len(toks) == 2 and (
                toks[0].lower() in _ONE_MORE_ORDINALS) and toks[1].lower() in _PARTICLES and (
                took := _rare("taken_before").search(s, max(0, cstart - 12), cstart)):
            # ... and taken off with its particle after it (round 50): "had shot dead two
            # drivers and taken a third away"
            toks, head, bare_another, ordinal_taken = [], "", True, took.start()
        if is_article and toks and toks[0].lower() == "body" and hints and (
                found := _body_found(s, cstart, cend)):
            # "saw residents carrying a body", "police found a body in the river": one of
            # the dead, as "bodies found" are
            item = {"start": base + found[0], "end": base + found[1],
                    "text": s[found[0]:found[1]], "outcome": "killed", "count_low": 1,
                    "count_high": None, "qualifier": "exact", "group": None}
            out.append(item)
            prev, prev_tail, prev_gapped = item, found[1], False
            continue
        if is_article and head == "body" and (found_end := one_body_found(s, gend, toks)):
            # one body found, in the passive (round 46): "A body was found in the river",
            # "a second body was pulled from the canal"
            item = {"start": base + cstart, "end": base + found_end,
                    "text": s[cstart:found_end], "outcome": "killed", "count_low": 1,
                    "count_high": None, "qualifier": "exact", "group": "body"}
            out.append(item)
            prev, prev_tail, prev_gapped = item, found_end, False
            continue
        found_by = None
        if is_article and len(toks) == 2 and head in _ORDINAL_BODIES and (
                toks[0].lower() in _ONE_MORE_ORDINALS) and m.group("art").lower() in (
                "a", "an") and (next_body(base + cstart, out, toks[0]) or (
                    found_by := _rare("body_verb").search(s, max(0, cstart - 24), cstart))):
            # (round en167) "Six people died ... Divers have recovered a seventh body": one
            # more of the dead just counted; (round en178) or one more found by a verb of
            # finding, whatever was counted before, as the active "found another body" and
            # the passive "a second body was pulled from the canal" are read ("a seventh
            # day" and "a seventh boat" have no body)
            bstart = cstart if found_by is None else found_by.start()
            item = {"start": base + bstart, "end": base + gend, "text": s[bstart:gend],
                    "outcome": "killed", "count_low": 1, "count_high": None,
                    "qualifier": "exact", "group": head}
            out.append(item)
            prev, prev_tail, prev_gapped = item, gend, False
            continue
        if is_article and not _person_like(toks) and not bare_another and not (
                head in _LYNCHED_ACCUSED and _TO_DEATH_AFTER.match(s, gend)):
            # (round en227) one the crowd killed, named by what it accused him of: "burned
            # a suspected motorcycle thief to death" (the to-death reading below needs no
            # person noun)
            continue
        if is_article and s.startswith(_PLURAL_AUX_AFTER, gend) and (
                _ARTICLE_OBJECT_BEFORE.search(s, max(0, cstart - 6), cstart)) and not (
                _HARM_NOMINAL_OF.search(s, max(0, cstart - 20), cstart)):
            # the article opens a preposition's object, and the plural verb after its
            # singular noun is the subject's before (round 58): "Four drivers working for a
            # contractor have been missing" ("a contractor have" cannot agree); (round
            # en235) a noun of harm before "of" tells the outcome itself, whatever verb
            # follows: "Protests over the killing of a student have spread"
            continue
        if is_article and head in _GENERIC_PERSONS and (
                _rare("generic_opener").search(s, max(0, cstart - 14), cstart)) and (
                _rare("generic_present").match(s, gend)):
            # anyone at all, in a clause of condition or time in the present (round 50): a
            # law "lets a family manage property while a person remains missing", "if a
            # person is detained, relatives must be told" ("a person was killed when ..."
            # and "while a fisherman remains missing" are someone)
            continue
        if is_article and prev is not None and prev["count_low"] == 1 and (
                _APPOSITION_GAP.fullmatch(s, prev_tail, cstart)
                or _inside_one_counted(s, prev, base, cstart)) and (
                _APPOSITION_CLOSE.match(s, gend) or relative_closes(s, gend)):
            # "One of the hostages, a Filipino engineer, died": the article names the one
            # just counted again (a list goes on with "and": "one soldier, a policeman,
            # and two civilians")
            continue
        if head in NONPERSON and head not in _TIME_NOUNS:
            continue
        if len(toks) > 1 and not _HOSTING.isdisjoint(w.lower() for w in toks[1:]) and (
                _rare("hosting_displaced").search(s, cend, gend + 24)):
            continue  # (round en187) "280 households hosting displaced families": the hosts
        if toks and toks[0].lower() in _MEASURE_UNITS:
            continue  # a distance: "a town 40 km south of the capital"
        if s[cstart - 3 if cstart > 3 else 0:cstart] in ("by ", "of ") and (
                _rare("insert_agent_before").search(s, max(0, cstart - 40), cstart)):
            # the agent of a participle set off by commas is no victim of the verb after:
            # "Seven soldiers, led by a captain, were killed", "under the command of a
            # major", "The attack, carried out by two gunmen, killed 12 people" (the
            # subject is the one before the insert)
            continue
        if cstart > 4 and s[cstart - 4:cstart].lower() == " in " and (
                _PROPORTION_BEFORE.search(s, max(0, cstart - 16), cstart)):
            continue  # "1 in 3 of the injured": a proportion, not a count of people
        if _is_year(num) and qual == "exact" and not _person_like(toks):
            continue  # a year, not a count
        if _is_year(num) and num[2:] != "00" and toks and (
                toks[-1].lower() in _YEAR_EVENTS):
            # a year that names an event after a hedge-like word (round 59): "jailed over
            # 2011 killings" is "because of"; a count of killings would be round ("over
            # 2000 killings") or written with a comma ("over 2,011 killings")
            continue
        left = s[cstart - 60 if cstart > 60 else 0:cstart]
        outcome: str | None = None
        ev_start, ev_end = cstart, gend if gend > cend else cend
        near_left = _near(hints, cstart - 45, cstart)
        # The left context in the text the case-blind patterns run over.
        tleft = left if t is s else t[cstart - 60 if cstart > 60 else 0:cstart]
        lm = _match_left(left_active, tleft, hints, cstart) if near_left else None
        if lm is None and t.find(" and ", cstart - 12 if cstart > 12 else 0, cstart) >= 0 and (
                t.endswith(_KIN_LIST_ENDS, max(0, cstart - 12), cstart)) and _near(
                hints, cstart - _KIN_LIST_REACH, cstart - 45):
            # relatives named by possessives before the count put the verb further than
            # the left context reaches (after round 45): "Gunmen killed my father, my
            # uncle, my aunt and their three children"
            wide = s[max(0, cstart - _KIN_LIST_REACH - 15):cstart]
            twide = wide if t is s else t[max(0, cstart - _KIN_LIST_REACH - 15):cstart]
            if lm := _match_left(left_active, twide, hints, cstart, _KIN_LIST_REACH):
                left, tleft = wide, twide
        if lm is None and near_left and left.endswith(", and ") and (
                blanked := without_apposed_name(left, tleft)):
            # the first member's name set off by commas (round 53): "among the dead were
            # our catechist, Amos Kerel, and three children"
            lm = _match_left(left_active, blanked, hints, cstart)
        if lm is None and (shot := shot_in_limb(s, tleft, gend)) and _person_like(toks):
            lm, ev_end = shot  # (round en114) "shot a shop assistant in the leg"
        if lm is None and (shot := shot_object(s, tleft, gend)) and toks and _person_like(toks):
            lm, ev_end = shot  # (round en121) "shot two snowboarders"
        if lm and (s[cstart - 2:cstart] == ", " or tleft[-4:].lower() == "and ") and not (
                names_a_person(lm.string[lm.end(lm.lastindex or 0):lm.end()], _person_like,
                               is_article,
                               # "the dead were": the article is the noun's (round 53)
                               "" if lists_its_people(lm.group(lm.lastindex or 0))
                               else lm.string[max(0, lm.start() - 8):lm.start()])):
            lm = None  # "kill cattle, 3 herders": no person named before the count
        if lm and prev is not None and (
                int(prev["end"]) - base > cstart - len(tleft) + lm.start()
                and _RIGHT_PART.rx.match(s, gend)) and not verb_in_relative(
                    s, int(prev["start"]) - base, cstart - len(tleft) + lm.start()):
            # the verb is the figure before's own participle and the count has its own:
            # in copy without commas "Three Civilians Killed 12 Injured" is 12 injured
            lm = None
        if lm and "n_wounded" in lm.re.groupindex and (harm_to := lm.group("n_wounded")) and (
                harm_to[-1:] in "oO") and (
                not _person_like(toks) or toks[-1].lower() in _BODY_PARTS):
            lm = None  # (round en179) "injuries to two of his fingers": no people hurt
        if lm and lm.start() >= 3 and (lm.lastgroup or "").startswith("n_") and (
                lm.string[:lm.start()].rsplit(None, 1)[-1:] or [""])[0].lower() in _DENIED_BY:
            lm = None  # "caused no injuries to the 40 workers": the harm denied, nobody hurt
        if lm and _match_left(shared, tleft, hints, cstart):
            continue
        timeword_cut = False
        if head in NONPERSON:
            # Lost commas in scraped copy: "wounding 35 hours after ..." -> 35, no group.
            if lm and head in _TIME_NOUNS and _TIME_AFTER.match(s, gend) and (
                    prev is not None
                    and int(prev["end"]) - base > cstart - len(tleft) + lm.start()):
                # (round en179) the verb is the figure before's own: "A porter was killed
                # three days later" tells when, no count lost its comma
                continue
            if lm and head in _TIME_NOUNS and _TIME_AFTER.match(s, gend) and not (
                    _noun_after_determiner(lm)):
                timeword_cut = True
                toks, gend = [], cend
                ev_end = cend
            else:
                continue
        if lm and lm.group(0).endswith(" and ") and _PART_CLOSED_BEFORE.search(lm.group(0)) and (
                _RIGHT_PART.rx.match(s, gend)):
            lm = None  # (round en184) "..., among them her son, and at least 20 were wounded"
        held_rest = False
        if lm:
            kind = _outcome_of(lm)
            if kind == "cont":
                # (how far from the figure's end, its verb after a long postmodifier
                # included: "the 44 men of the ... Forces killed in ... between 1978 and
                # 2000, among them three men", round 54)
                if prev is not None and (
                        cstart - max(prev_tail, int(prev["end"]) - base) < 80) and not (
                        prev["outcome"] == "arrested" and _VICTIMS_OPEN.match(lm.group(kind))
                ) and not _after_two_outcomes(s, base, prev, out):
                    outcome = str(prev["outcome"])
            elif kind == "freed":
                rest = not toks and _REMAINING_BEFORE.search(s, max(0, cstart - 12), cstart)
                verb_at = cstart - len(left) + lm.start()
                captors = bool(
                    _CAPTOR_BEFORE.search(s, max(0, verb_at - 60), verb_at)
                    # the captors named after the people: "freed 11 people held by a
                    # gang in the forest", "14 detained villagers held by the gang"
                    or ((by := _HELD_BY_AT.match(s, gend))
                        and _rare("held_by_captors").match(s, by.end()))
                    # (round en93) "freed 14 civilians ... who had been held by the
                    # terrorists"
                    or held_by_captors_after(s, gend, _rare("held_by_captors"))
                    # (round en195) "released the seven drivers it was holding" (a release
                    # still to come is read by the holding itself: "would release three aid
                    # workers it has held since March")
                    or (holding_relative(s, gend) and not _unrealised(s, verb_at)))
                if not captors and any(t.lower() in _STATE_HELD for t in toks):
                    # (round en172) the people's own words tell a state's holding, even in
                    # a story of hostages: "freed 14 jailed journalists" were detainees,
                    # read as arrested by the release's reader (casualty_released.py);
                    # captors who free them or hold them say otherwise ("The kidnappers
                    # released 6 detained aid workers")
                    pass
                elif (hostage_doc or captors or (
                        # (round en222) "Troops freed 41 pupils ... after a standoff"
                        "free" in lm.group(kind).lower()
                        and freed_from_siege(s, verb_at, toks))) and (
                        _person_like(toks) or rest) and not (
                        _rare("rescued_from").match(s, gend) and lm.group(kind).lower().startswith(
                            "rescu")):
                    # "released the remaining four": the rest of the hostages the story
                    # counts, with their noun left out
                    outcome = "captured"
                elif out and out[-1]["outcome"] in ("captured", "arrested") and (
                        int(out[-1]["start"]) >= before) and _PARTITIVE.match(s, cend):
                    # some of the people just counted as held: "seized 40 passengers and
                    # later freed 12 of them", "arrested 40 protesters and released 12 of
                    # them", as "killed 12 of them" is of the same people
                    outcome = str(out[-1]["outcome"])
            elif kind and kind.startswith(("n_", "l_")):
                outcome = kind[2:]
                if kind in _PEOPLE_ONLY_NOMINALS and not _person_like(toks):
                    outcome = None  # "the disappearance of 3 files", "of 3 villages"
            else:
                outcome = kind
            if kind == "arrested" and phrasal_arrest(lm.group(kind)) and not arrest_holds(
                    s, cstart - len(left) + lm.start(), lm.group(kind), toks,
                    _person_like(toks)):
                outcome = None  # "picked up 25 survivors", "hauled in a catch" (after 47)
            if kind == "arrested" and toks and custody_taking(lm.group(kind)) and not (
                    _person_like(toks) or _person_like(toks[:1])):
                outcome = None  # (round en124) "taken into custody 14 kilograms of heroin"
            if kind == "captured" and lm.group(kind).lower().startswith(EN.SWAP_STEMS) and (
                    head not in _SWAPPED_CAPTIVES):
                outcome = None  # "exchanged 12 bodies", "exchanged 12 letters"
            if kind == "captured" and lm.group(kind).lower().startswith(_HOLD_STEMS):
                own = _OUTCOME_NOUNS.get(head) or next(
                    (_GROUP_WORD_OUTCOME[w.lower()] for w in toks
                     if w.lower() in _GROUP_WORD_OUTCOME), None)
                if held_thing(toks) or held_inmates(toks) or held_gathering(toks) or (
                        members_held(s, cstart - len(left) + lm.start(), toks)):
                    outcome = None  # "holding a rifle taller than he is" (round 47), "held
                    # an evening prayer" (round en201), "The club holds 300 members" (en223)
                elif _person_like(toks) and (term := held_for(s, gend)) is not None:
                    # "held 12 villagers in detention" is an arrest, "holding 30 people for
                    # questioning" nothing (after round 47), unless a force of the state holds
                    # them (round en195): "Police held three journalists for questioning"
                    outcome = term or ("arrested" if questioned_by_state(
                        s, cstart - len(left) + lm.start()) else None)
                elif own is not None:
                    # what the people are says it: "The camp holds 80,000 refugees", "camps
                    # held 3,000 displaced families" (no captives)
                    outcome = own
                elif grave_holds(s, cstart - len(left) + lm.start()) and _person_like(toks):
                    outcome = "killed"  # "uncover grave holding at least 12 people"
                elif held_by_place(s, cstart - len(left) + lm.start()):
                    outcome = None  # "The camp, which holds 20,000 people": a capacity
                elif police_holding(s, cstart - len(left) + lm.start()) and _person_like(toks):
                    # (round en136) "Police are holding 40 protesters" ("are holding 12
                    # meetings" holds no people)
                    outcome = "arrested"
                elif not toks and hostage_doc and prev is not None and (
                        prev["outcome"] == "captured"):
                    # the rest of the captives, their noun left out: "Kidnappers free nine
                    # Turkish drivers, hold 14"
                    held_rest = True
                elif not toks and (took := headline_holding(
                        s, cstart - len(left) + lm.start(), gend)) is not None:
                    # (round en199) "Gang hijacks sugar trucks, holds five"; a force of the
                    # state arrests them ("Police seize drugs, hold two")
                    held_rest = True
                    outcome = took
                elif not toks and captor_holding(s, cstart - len(left) + lm.start(), gend):
                    # (round en223) "Gunman holds 14 at bank branch": an armed taker's
                    # bare count, held somewhere
                    held_rest = True
            if outcome and kind != "cont" and not (
                    # a release to come says the people are held now (round 43): "say
                    # they will free 3 soldiers", the development gold's "Iraq group to
                    # free 3 Indians"
                    outcome == "captured"
                    and lm.group(kind).lower().startswith(_HELD_NOW_STEMS)) and _unrealised(
                    s, cstart - len(left) + lm.start()):
                outcome = None  # "said it would kill four employees": a threat, no toll
            elif outcome and kind.startswith("n_") and _OUTCOME_NOUNS.get(head) != outcome and (
                    _asked_for(s, cstart - len(left) + lm.start()) or (
                        # (one taken named by an article after "the capture of" is as
                        # often one wanted or one whose capture is history: "since the
                        # capture of a commander in 2019")
                        lm.group(kind).lower().startswith("captur") and (
                            is_article or _rare("capture_sought").search(
                            s, max(0, cstart - len(left) + lm.start() - 60),
                            cstart - len(left) + lm.start())))):
                # "demanded the release of 40 prisoners": a release asked for says nothing
                # of captivity ("talks on the release of 17 hostages": the noun says it)
                outcome = None
            if outcome == "captured" and kind.startswith("n_") and toks and (
                    lm.group(kind).lower().startswith(EN.RELEASE_STEMS)) and (
                    held := _rare("detained_after").match(s, gend)):
                # the people released, said to have been detained (round 50): "secured the
                # release of 12 students detained last week" (released detainees stay
                # arrested); "the release of five soldiers captured in March" stays captured
                outcome, ev_end = "arrested", held.end()
            if outcome and "self," in lm.group(0).lower():
                # "Bomber kills himself, two police": the second object is a figure of
                # its own, after the bomber's (read in _bomber)
                ev_start = cstart
            elif outcome:
                ev_start = cstart - len(left) + lm.start()
                if ev_start and s[ev_start - 1] in "\"“'‘" and _CLOSED_VERB.search(lm.group(0)):
                    ev_start -= 1  # '"neutralised" 11 PKK terrorists': both quotes
            if outcome == "captured" and kind != "freed" and not held_rest and not (
                    _person_like(toks)) and not (
                    not toks and lm.group(0).lower().startswith(EN.PERSON_CAPTURE_STEMS)
            ) and not (not toks and _elided_people(s, prev, prev_tail, cstart - len(left)
                                                     + lm.start(), gend)):
                outcome = None
            elif outcome == "killed" and not _person_like(toks) and (
                    lm.group(0).lower().startswith(EN.NEUTRALISING_VERBS)):
                outcome = None  # "neutralised two bombs"
            elif outcome in EN.PEOPLE_ONLY_VERB_STEMS and not _surely_person(toks) and (
                    lm.group(0).lower().startswith(EN.PEOPLE_ONLY_VERB_STEMS[outcome])):
                outcome = None  # "burned 20 cars", "mowed down the grass" (round en117)
            elif outcome == "killed" and lm.group(0).lower().startswith(EN.BURIAL_VERBS) and (
                    not _person_like(toks) or _BURIED_LIVING.match(s, gend)):
                if _buried_by_people(s, cstart - len(left) + lm.start(), cend):
                    # "buried 23 so far", "buried nine of our own": no noun of their own
                    if not (toks and toks[0].lower() == "of"):
                        gend = cend
                    toks = []
                else:
                    outcome = None  # "buried 12 mines", "buried 12 people under the rubble"
        # '"dozens of mercenaries" had been killed': the quote closes the group, and the
        # verb after it is looked for past the quote (the group's span stays as it was)
        if outcome is None and len(toks) == 2 and toks[0] == "of" and (
                freed := freed_captives(s, gend)):
            # "Four of the freed hostages were children" (round 53): the participle of
            # release stopped the group; the captives' noun names the outcome
            toks = [*toks, freed.group("p"), freed.group("n")]
            head, gend = toks[-1].lower(), freed.end()
            ev_end = max(ev_end, gend)
        rgend = gend + 1 if s[gend:gend + 1] and s[gend] in _CLOSE_QUOTES and (
            s[cstart - 1:cstart]) and s[cstart - 1] in _OPEN_QUOTES else gend
        if toks and low_n == 1 and head in _AGED_PERSONS and (
                age := _rare("age_of_after").match(s, rgend)) and (
                (years := word_value(age.group("n"))) is not None and years < 100):
            rgend = age.end()  # "a boy of about 9 and his uncle had been taken"
        if toks and low_n > 1 and s.startswith(_AGES_OPEN, rgend) and (
                aged := age_list_end(s, rgend, toks, low_n)):
            # the ages of the people counted are no counts (round 46): "two boys of nine
            # and eleven died", "Two girls, aged six and nine, were wounded" ("aged" and digits
            # were skipped before, with the span kept on the group: "Two men, aged 19 and
            # 22, were arrested" keeps it so)
            ages_end = aged
            if not _AGED_PHRASE.rx.match(s, rgend):
                rgend = aged
        elif toks and low_n > 1 and (bound := age_bound_end(s, rgend, toks, low_n)):
            ages_end = rgend = bound  # "17 people under 21 were injured" (round en104)
        # Every rule from here to the end of the chain opens with "outcome is None": one
        # test skips them all for a count whose outcome was read on its left (about half
        # of the counts that get this far on the bench), instead of some ninety tests each.
        if outcome == "wounded" and toks and (death := _TO_DEATH_AFTER.match(s, gend)) and (
                vb := _TO_DEATH_VERB.search(s, max(0, cstart - 16), cstart)):
            # (round en117) a wounding verb's object, then "to death": "stabbed two guards to
            # death", "burning 12 people to death" are the dead, as "beat 14 prisoners to death"
            outcome, ev_start, ev_end = "killed", vb.start(), death.end()
        read_late = outcome is None
        if read_late:  # noqa: SIM102 - the right side's reading, the rules' own tests kept
            if not timeword_cut and _near(hints, gend, gend + 120):
                outcome, ev_end, across = _right_outcome(
                    s, rgend, ev_end, t,
                    whole=s.endswith(" of the ", cstart - 8 if cstart > 8 else 0, cstart)
                    or (s.endswith(" of ", cstart - 4 if cstart > 4 else 0, cstart)
                        and _rare("subset").search(s, max(0, cstart - 30), cstart) is not None),
                    toks=toks)
                if across and prev is not None and _OF_THEM.match(s, cend) and (
                        s[int(prev["end"]) - base:cstart].strip() == ","):
                    # "71 were killed, 24 of them children, and 112 were wounded": a sub-group
                    # set off after a figure's own predicate is of that figure; the verb past
                    # the next count is that count's (the partitive below takes the outcome)
                    outcome, ev_end, across = None, max(cend, gend), False
                if across and prev is not None and s.startswith(", ", rgend) and (
                        s[int(prev["end"]) - base:cstart] == " and ") and _included_list(
                        str(prev["text"])):
                    # "27 were killed, including seven women and five children, and 40
                    # injured": "and" closed the included list, so the comma and "and" after
                    # its last member start a new figure; the verb past it is not the list's
                    # (round en119: a comma alone after a list "the dead, who included",
                    # "Besides the dead, who included four women and a child of six, eight
                    # villagers were wounded")
                    outcome, ev_end, across = None, max(cend, gend), False
                if across and outcome and not is_article and outcome != "killed" and (
                        _OUTCOME_NOUNS.get(head) == "killed"):
                    # "received 19 bodies and 47 wounded": the participle past the next count
                    # is that count's; the bodies stay the dead
                    outcome, ev_end, across = "killed", max(cend, gend), False
                if outcome and prev is not None and ev_end > gend and _COMMA_VERB.match(s, gend):
                    # a sub-group set off by commas before the verb of the whole: "At least
                    # 70 civilians, 18 of them children, have been killed" ends at "children"
                    ev_end = max(cend, gend)
                if across and outcome and not is_article and (toll := _toll(s, cstart, toks)):
                    # "The toll rose to 12 and 8 more were wounded": the verb past the next
                    # count is that count's own; a toll names the outcome of its figure
                    outcome, ev_start = toll
                if outcome == "killed" and not _person_like(toks) and any(
                        n in s[gend:ev_end].lower() for n in _PEOPLE_ONLY_KILLING):
                    outcome = None  # "Three IEDs were neutralised", "portraits were hanged"
                elif outcome == "wounded" and not _surely_person(toks) and (
                        toks or not _MORE_BARE.match(s, cend)) and _harmed_thing(
                        s[gend:ev_end].lower()):
                    outcome = None  # "40 houses were burned", "departments suffered cuts"
                elif outcome == "wounded" and across and toks and not _surely_person(
                        toks) and _PEOPLE_ONLY_HARM_AHEAD.search(s, gend, gend + 160):
                    outcome = None  # "Some 40 huts and two granaries were burned"
                elif outcome == "wounded" and _FATAL_IN.search(s, gend, ev_end):
                    outcome = "killed"  # "were fatally stabbed" (round en117; the gold's)
                elif outcome == "killed" and _FROM_AFTER.match(s, ev_end) and (
                        EN.ELIMINATING_STEM in s[gend:ev_end].lower()):
                    outcome = None  # "Three candidates were eliminated from the race"
                part = (_OF_THE_OUTCOME.match(s, gend) if len(toks) == 2 and toks[0] == "of"
                        else None)
                if outcome and denied_count(s, cstart):
                    outcome = None  # "None of the 40 passengers were hurt": nobody was
                if part:
                    # "Two of the wounded later died": the predicate after the partitive's
                    # noun is what happened to them; without one the noun says it
                    later, later_end, _ = _right_outcome(s, part.end(), ev_end, t)
                    if later:
                        outcome, ev_end = later, later_end
                    elif (noun := _NOUN_AFTER.match(s, part.end())) and _person_like(
                            [noun.group(1)]):
                        # ... with its noun after it (round 58): "Two of the wounded soldiers
                        # later died"
                        later, later_end, _ = _right_outcome(s, noun.end(), ev_end, t)
                        if later and later != outcome:
                            outcome, ev_end = later, later_end
                            toks = ["of", part.group().strip(), noun.group(1)]
                elif outcome and len(toks) == 2 and toks[0] == "of" and (
                        adj := _OF_THE_PARTICIPLE_NOUN.match(s, gend)) and (
                        _person_like([adj.group("n")])):
                    # the participle as an adjective on the part's noun (round 58): "several of
                    # the captured soldiers were executed" are killed, "captured soldiers"
                    later, later_end, _ = _right_outcome(s, adj.end(), ev_end, t)
                    if later and later != outcome:
                        outcome, ev_end = later, later_end
                        toks = ["of", adj.group("p"), adj.group("n")]
        # A count whose outcome its right side just gave skips the rules below at once:
        # each opens with "outcome is None" (the tests check it, rule by rule), and most
        # counts that get here are read by ``_right_outcome`` (some 150 tests each).
        if outcome is None:
            if outcome is None and toks and s.startswith(
                    (" from ", " of ", " with ", " at ", " for "), gend) and (
                    _person_like(toks)) and (
                    named := names_after_origin(s, gend) or (
                        name_after_origin(s, gend) if low_n == 1 else None)) and _near(
                    hints, named, named + 60):
                # where they are from, then their names (round 46): "Two cameramen from a
                # regional channel, Tomas Ibarra and Raul Medina, have been missing"
                outcome, ev_end, _ = _right_outcome(s, named, ev_end, t, toks=toks)
            if outcome is None and ordinal_taken >= 0 and prev is not None:
                # one more of the people just counted, held by the same hands: the police's
                # third man is arrested ("arrested two men and took a third away")
                outcome = "arrested" if prev["outcome"] == "arrested" else "captured"
                ev_start = ordinal_taken
            if outcome is None and head in _ADMISSION_NOUNS and (
                    cause := _rare("admitted_for_injuries").match(s, gend)):
                # a hospital's admissions counted by their cause (round 50): "1,862 admissions
                # for conflict-related injuries", as "201 injuries" counts the injured
                # ("40 admissions for malaria" are no casualties)
                outcome, ev_end = "wounded", cause.end()
            if outcome is None and toks and (death := _TO_DEATH_AFTER.match(
                    s, gend) or to_death_past_description(s, gend)) and (
                    vb := _TO_DEATH_VERB.search(s, max(0, cstart - 16), cstart)):
                # "had beaten 14 prisoners to death"; (round en124) "beat a man accused of
                # stealing sheep to death"
                outcome = "killed"
                ev_start, ev_end = vb.start(), death.end()
            if outcome is None and (
                    s[cstart - 7 if cstart > 7 else 0:cstart].lower() == " death ") and (
                    vb := _rare("to_death_before").search(s, max(0, cstart - 30), cstart)):
                # "to death" before its object (round 50): "hacking to death nine people",
                # "stabbed to death a shopkeeper" ("sentenced to death five men" is a court's)
                outcome, ev_start = "killed", vb.start()
            if outcome is None and not is_article and len(toks) > 1 and head in _PARTICLES and (
                    _OUTCOME_NOUNS.get(toks[-2].lower()) == "killed"):
                # the dead's noun before a verb's particle (after round 47): "dug 7 bodies out
                # of the rubble" (captives taken away are read with their verb below)
                toks = toks[:-1]
                head = toks[-1].lower()
                gend = s.rfind(toks[-1], cend, gend) + len(toks[-1])
                ev_end = max(cend, gend)
            if outcome is None and head in _OUTCOME_NOUNS and not part_of_acts(toks) and not (
                    _OUTCOME_NOUNS[head] == "arrested" and len(toks) > 1 and (
                        toks[-2].lower() in _FORMER_WORDS)) and (
                    not is_article or counted_captive or (
                        head in _COUNTED_CAPTIVES and m.group("art").lower() == "another")) and (
                    head != "detainees" or not population_count(s, cstart, gend)) and not (
                    prev is not None and _OUTCOME_NOUNS[head] in _STATUS_PART_OUTCOMES
                    and prev["outcome"] in _HARM_WHOLE_OUTCOMES and _OF_THEM.match(s, cend)):
                # ((round en220) "6 people were killed, 4 of them refugees": a part named by
                # what the people are takes the whole's outcome, read by the partitive below)
                # "25 bodies"; with an article one more captive only: "a third captive"
                # ("Forty-two of the former detainees said ...": held no longer, round en119;
                # "240 detainees at the jail have refused meals": a population, round en176)
                outcome = _OUTCOME_NOUNS[head]
            if outcome is None and len(toks) == 2 and head in _NEWCOMER_NOUNS and (
                    toks[0].lower() in _NEWCOMER_ADJECTIVES) and _NEWCOMER_FLIGHT.search(s):
                outcome = "displaced"  # "6,400 new arrivals": the newly fled a camp counts
            if outcome is None and len(toks) > 1 and _person_like(toks):
                # "12,000 displaced people", "two wounded soldiers": the adjective before the
                # victims' noun names their outcome
                outcome = next((_ADJECTIVE_OUTCOME[t.lower()] for t in toks[:2]
                                if t.lower() in _ADJECTIVE_OUTCOME), None)
                if outcome in _STATUS_PART_OUTCOMES and prev is not None and (
                        prev["outcome"] in _HARM_WHOLE_OUTCOMES) and _OF_THEM.match(s, cend):
                    outcome = None  # (round en220) "died, three of them displaced people"
            if outcome is None and late is None:
                late = _late_cues(s, t)
                (care_here, treat_here, body_here, lost_here, homeless_here, drive_here,
                 emptied_here, fled_here, leaving_here, unreleased_here, held_here, along_here,
                 hands_here, those_here, off_here, bodies_here, toll_here) = late
            if outcome is None and care_here and (_person_like(toks) if toks else (
                    # a bare count before a plural verb (round 43): "a further five were
                    # taken to hospital in Saint-Louis with gunshot wounds"
                    not is_article and (s.startswith((" were ", " have ", " had "), gend)
                                        or _part_then_plural(s, cend, gend)
                                        # (round en205) "... killed and 26 treated for"
                                        or gapped_care(s, cstart, gend)))) and (
                    cared := _rare("cared_for").match(s, gend)) and (
                    cared.group("breath") is None or _gas_told(s, hostage_doc.low)):
                # "nearly 70 people had been brought to the district hospital with gunshot
                # wounds": the wounded told by their care
                outcome, ev_end = "wounded", cared.end()
            if outcome is None and toks and care_here and _person_like(toks) and (
                    treated_for := _rare("treated_kinds").match(s, gend)
                    or _TREATED_GAP.match(s, gend)) and (
                    treated := _rare("treated_before").search(s, max(0, cstart - 10), cstart)):
                # "doctors treated 45 people for gunshot wounds", "have treated more than 40
                # people for machete and gunshot wounds" (kinds joined as in the passive)
                outcome, ev_start, ev_end = "wounded", treated.start(), treated_for.end()
            if outcome is None and toks and s.endswith("treated ", 0, cstart) and (
                    given := treated_people(s, cstart, gend, toks, hostage_doc.low)) is not None:
                # (round en105) "The city's main hospital says it has treated 17 people"
                outcome, ev_start = "wounded", given
            if outcome is None and toks and s.endswith("first aid to ", 0, cstart) and (
                    _person_like(toks)) and (
                    aided := first_aid_given(s, cstart, gend, hostage_doc.low)) is not None:
                # (round en154) "medics gave first aid to about 60 people"
                outcome, ev_start = "wounded", aided
            if outcome is None and s.endswith("including ", 0, cstart) and (
                    not toks or _person_like(toks)) and (
                    included := included_part_harmed(s, cstart, gend)):
                # (round en154) "treated 40 people, including 12 for injuries"
                outcome, (ev_start, ev_end) = "wounded", included
            if outcome is None and not toks and not is_article and s.startswith(
                    (" for ", " with "), gend) and (
                    prev is None or prev["outcome"] != "wounded") and (
                    part_hurt := care_part_harmed(s, cstart, gend)):
                # (round en178) "treated 31 patients, 12 of them for bullet wounds" (after the
                # whole read as wounded, the part is read with it as before)
                outcome, (ev_start, ev_end) = "wounded", part_hurt
            if outcome is None and toks and " shot" in s and (hit := hit_then_part(s, gend)):
                outcome, ev_end = "wounded", hit  # (round en111) "were shot, two of them fatally"
            if outcome is None and treat_here and not is_article and (
                    harmed := _treated_for_harm(s, cstart, gend, toks)):
                # treated for the harm done to them, where or not (round 45): "medics treated
                # 25 people for beatings", "31 people had been treated there for beatings"
                outcome, ev_start, ev_end = "wounded", harmed[0], harmed[1]
            if outcome is None and treat_here and not toks and not is_article and (
                    line := care_line(s, gend, hostage_doc.low)):
                outcome, ev_end = "wounded", line  # (round en112) a headline's "five treated"
            if outcome is None and not is_article and ":" in s[max(0, cstart - 3):cstart] and (
                    not toks or _person_like(toks)) and (
                    tally := colon_care(s, cstart, gend, hostage_doc.low, base)):
                # (round en220) "has given its count: 14 people taken to hospital"
                outcome, ev_end = "wounded", tally
            if outcome is None and treat_here and toks and not is_article and (
                    seen := treated_in_violence(s, gend, toks, hostage_doc.low)):
                # (round en124) "Nine people were treated", after the care told by its harm
                outcome, ev_end = "wounded", seen
            if outcome is None and not is_article and bodies_here and (
                    bodies := bodies_ahead.match(t, cend)) and not _counted_between(
                        t, cend, bodies.end()):
                outcome = "killed"  # "40 burned and mutilated bodies"
                ev_end = bodies.end()
            if outcome is None and not is_article and toll_here and (
                    toll := _toll(s, cstart, toks)) and not (
                        prev is not None and int(prev["start"]) - base > toll[1]):
                # (a figure between the toll and the count gave the toll's value: "the toll
                # on our side is eight soldiers killed, fifteen wounded, four of them
                # seriously" counts four of the wounded, round en118)
                outcome, ev_start = toll
            if outcome is None and not is_article and prev is not None and (
                    total := running_total(s, cstart, prev, base)):
                # a total with no toll noun counts what the figure before it counted (round 80)
                outcome, ev_start = total
            if outcome is None and not is_article and (fronted := fronted_toll(s, cstart, cend)):
                # the toll's value before the toll (after round 47): "bringing to 19 the number
                # of dead"
                outcome, ev_start, ev_end = fronted
            if outcome is None and not is_article and "number" in tleft and (
                    toll := number_participle(
                        s, cstart, "captured" if hostage_doc else "arrested")):
                # "the number taken was closer to 40" (round 46)
                outcome, ev_start = toll
            if outcome is None and body_here and is_article and s.endswith(
                    " of ", 0, cstart) and _person_like(toks) and (
                    body_of := body_of_one_found(s, cstart, gend)):
                # "The body of a third man was found in a ditch" (round 46)
                outcome, (ev_start, ev_end) = "killed", body_of
            if outcome is None and prev is not None and _OF_THEM.match(s, cend) and not (
                    _EVERY_BEFORE.search(s, max(0, cstart - 7), cstart)) and not (
                    prev["outcome"] == "arrested" and court_step_after(s, cend)):
                # ("every one of them was examined" is the whole again, no part: round 49)
                outcome = str(prev["outcome"])
                _, after_end, after = _group(s, _OF_THEM.match(s, cend).end())
                if _person_like(after):  # not "eight of them seriously"
                    ev_end = max(ev_end, after_end)
                elif limit := _AGE_LIMIT.match(s, _OF_THEM.match(s, cend).end()):
                    # "19 of them under the age of 18": the age is the sub-group's, no count
                    ev_end = gend = max(ev_end, limit.end())
            if outcome is None and prev is None and not is_article and (
                    them := _OF_THEM.match(s, cend)) and (
                    whole := share_whole_outcome(hostage_doc.low, base + cstart)):
                # (round en168) "Most of the wounded were hit in the legs; two of them were
                # children": a part of the share's whole, named as people
                _, after_end, after = _group(s, them.end())
                if _person_like(after):
                    outcome, ev_end = whole, max(ev_end, after_end)
            if outcome is None and not is_article and (
                    not toks or _of_the_people(toks)) and (
                    s.startswith((" of those ", " of the "), cend)) and (
                    those := _OF_THOSE.match(s, cend) or _kin_of_those(s, cstart, cend)):
                # "three of those held were herders", "Seven of those killed were children": the
                # participle says what happened to the whole the count is part of ("held" and
                # "taken" as the figure before them says: arrested or captured)
                word = those.group("p").lower()
                outcome = _SUBSET_OUTCOME.get(word) or those_in_care(word, hostage_doc.low)
                if outcome is None and word in _HELD_OR_TAKEN:
                    outcome = last_holding(out, base + cstart)  # (round en110)
                if outcome is None and word in _FREED_PARTICIPLES:
                    # "76 of the people freed": the freed are the people held before them,
                    # or captives in a story of hostages (round en119)
                    outcome = last_holding(out, base + cstart) or (
                        "captured" if hostage_doc else None)
                if outcome is not None:
                    ev_end = those.end()
                    # "Two of those wounded later died": their own predicate says more
                    outcome = _subset_outcome(s, ev_end) or outcome
            if outcome is None and not is_article and (
                    not toks or _of_the_people(toks)) and (
                    s.startswith((" of those ", " of the "), cend)) and (
                    described := described_part(s, cend, _subset_outcome)):
                # (round en163) "At least four of those sent back were killed": the whole
                # described by what was done to it, the part's fate its own verb
                outcome, ev_end = described
            if outcome is None and treat_here and not is_article and (
                    cared := part_of_people_in_care(s, gend, toks, hostage_doc.low)):
                outcome, ev_end = "wounded", cared  # (round en108) "Five of the people treated"
            if outcome is None and not is_article and _person_like(toks) and out and (
                    before >= 0 and int(out[-1]["start"]) >= before) and (
                    int(out[-1]["end"]) <= base + cstart) and (
                    _AMONG_THEM.match(s, gend)) and (
                    out[-1]["outcome"] in ("killed", "wounded", "captured", "arrested", "missing")):
                # "Gunmen took 40 pupils. One mother said her two sons, aged 11 and 14, were
                # among them": some of the people the figure just before counted
                outcome = str(out[-1]["outcome"])
            if outcome is None and toks and _person_like(toks) and out and (
                    before >= 0 and int(out[-1]["start"]) >= before) and (
                    int(out[-1]["end"]) <= base) and out[-1]["outcome"] in _POINTED_BACK and (
                    opens := _among_them_open(s, cstart)) and not (
                    out[-1]["outcome"] == "arrested" and "victims" in opens.group().lower()) and (
                    not opens.group("who") or _AMONG_NOUN_OUTCOME.get(
                        opens.group("who").lower()) == out[-1]["outcome"]):
                # a sentence that opens on "Among them was": one of the people the sentence
                # before counted last ("Gunmen shot dead 14 people in Darra. Among them were
                # two teachers")
                outcome = str(out[-1]["outcome"])
            if outcome is None and toks and _person_like(toks) and (
                    rel := relative_then_outcome(s, gend, _RIGHT_PART.rx)) and not (
                    rel[0] == "wounded" and bare_shot_ending_dropped(s, rel[1], gend, True)):
                # the people's verb after a clause that says who they were (round en102):
                # "A neighbour who was walking her dog at the time suffered burns"
                outcome, ev_end = rel
            if outcome is None and toks and prev is None and _person_like(toks) and (
                    named := among_named_outcome(s, cstart, base, out)):
                # "Among the dead was" past the wounded counted after the dead (round en102)
                outcome = named
            if outcome is None and toks and prev is not None and _person_like(toks) and (
                    among := _among_the_clause(s, cstart, prev, base)):
                # the same opening in a clause of the figure's own sentence (round en81): "Three
                # people were killed ..., and among the dead was a 16-year-old student"
                outcome = among
            if outcome is None and prev is not None and not is_article and s.endswith(
                    "of whom ", 0, cstart) and (not toks or _person_like(toks)) and (
                    cstart - max(prev_tail, int(prev["end"]) - base) < 80):
                # a relative partitive before its count (round 54), as "among whom" is read:
                # "90,000 people were displaced, of whom about 40,000 are in the capital"
                outcome, ev_start = str(prev["outcome"]), cstart - 8
            if outcome is None and not is_article and prev is None and _person_like(toks) and (
                    s[cstart - 2:cstart] == ", ") and (
                    app := _rare("outcome_apposition").search(s, max(0, cstart - 40), cstart)):
                # a list in apposition after the people an outcome names: "The dead, two
                # soldiers and a schoolteacher, were buried", "The released crew, four
                # Filipinos, three Ukrainians and two Greeks" (the freed are captives in a story
                # of hostages, as "freed" is read); the list's next groups follow the first
                outcome = _apposed_outcome(app.group("w"), hostage_doc)
            if outcome is None and is_article and _person_like(toks) and (
                    s[cstart - 2:cstart] == ", ") and (
                    prev is not None and int(prev["end"]) - base == cstart - 2) and (
                    _ARTICLE_MEMBER_NEXT.match(s, gend)) and (
                    app := _rare("outcome_apposition").search(s, max(0, cstart - 40), cstart)):
                # (round en119) the same list after a counted part, its first member one
                # person: "Two of the dead, a 19-year-old fisherman from Kalmunai and a
                # 23-year-old driver, had been in custody" (without the part, "the injured, a
                # driver and a passenger," names again the people counted before)
                outcome = _apposed_outcome(app.group("w"), hostage_doc)
            if outcome is None and prev is None and _person_like(toks) and s.endswith(
                    " ", 0, cstart) and _subgroup_opener_before(s, cstart) and (
                    app := _rare("outcome_subgroup").search(s, max(0, cstart - 56), cstart)):
                # a part of those people named between commas (round 87): "The wounded, among
                # them a 13-year-old girl, were taken to hospital" -- a part of the wounded, as
                # "wounded seven people, among them a girl" gives one; an article here counts
                # one person, since the part is named after the whole
                outcome = _apposed_outcome(app.group("w"), hostage_doc)
            if outcome is None and those_here and prev is None and _person_like(toks) and (
                    named := _rare("those_named").search(s, max(0, cstart - 90), cstart)):
                # the people an outcome names, then who they were: "Among those killed were a
                # journalist and two aid workers", "Those abducted include 12 women and eight
                # children" (the list's next groups follow the first)
                word = named.group("p").lower()
                outcome = _SUBSET_OUTCOME.get(word) or (
                    ("captured" if hostage_doc else "arrested") if word in _HELD_OR_TAKEN else None)
                if outcome is not None:
                    ev_start = named.start()
            if outcome is None and prev is None and cstart <= 90 and s[cstart - 1:cstart].isspace(
                    ) and _WERE_TAIL(s, 0, cstart) and (
                    inverted := _rare("inverted_passive").match(s, 0, cstart)) and (
                    _person_like(toks)):
                # the participle moved before its subject: "Killed were five villagers", "Also
                # wounded in the blast were two nurses", "Killed was a policeman" (the list's
                # next groups follow the first, as after "Among those killed were")
                outcome = _SUBSET_OUTCOME.get(" ".join(inverted.group("p").lower().split()))
                if outcome is not None:
                    ev_start = inverted.start("p")
            if outcome is None and (not is_article or (bool(toks) and (
                    toks[0].lower() in _ONE_MORE_ORDINALS or _aged_person(toks)))) and (
                    not toks or _person_like(toks)) and (
                    cond := _CONDITION_AFTER.match(s, harmed := _past_harm_relative(s, gend))
                    or (harmed > gend and _SURVIVED.match(s, harmed))):
                # a hospital's tally: "had 4 in critical condition", "6 remain in intensive
                # care" are wounded (a sub-group of them, a figure of its own); one more
                # person counted by an ordinal is one as "one" is, and how he was hurt may
                # stand between (round en119): "a third man, who was shot in the abdomen,
                # remained in critical condition"; hurt so, who survived was wounded: "A fourth
                # officer, shot in the back as he ran for help, survived"
                outcome, ev_end = "wounded", cond.end()
            if outcome is None and not is_article and not toks and (
                    those := _OF_THOSE_BARE.match(s, gend)) and (
                    cond := _CONDITION_AFTER.match(s, those.end())) and (
                    _after_the_wounded(out, hostage_doc.low, base + cstart)):
                # (round en174) a part of the wounded or the treated just told, by "of those":
                # "23 more are being treated for gunshot wounds. Five of those are in
                # intensive care" (as "Five of them are" is read)
                outcome, ev_end = "wounded", cond.end()
            if outcome is None and not is_article and (not toks or _person_like(toks)) and (
                    " condition" in s) and (placed := condition_past_place(s, gend)):
                outcome, ev_end = "wounded", placed  # (round en114) "remains at X in a serious"
            if outcome is None and _person_like(toks) and (
                    cond_end := condition_after_apposition(
                        s, cstart, gend, is_article, _CONDITION_AFTER)):
                # (round en110) "One protester, a man in his 60s, is in intensive care"
                outcome, ev_end = "wounded", cond_end
            if outcome is None and toks and _person_like(toks) and (
                    aside_end := harm_past_aside(s, gend, _ASIDE_HARM_READERS, _RIGHT_PART.rx)):
                # (round en121) "The two men, both in their twenties, are in a serious
                # condition", "A cousin who was with them suffered moderate injuries"
                outcome, ev_end = "wounded", aside_end
            if outcome is None and not is_article and not toks and (
                    kept := _KEPT_IN_CARE.match(s, gend) or (
                        _after_the_wounded(out, hostage_doc.low, base + cstart)
                        and _KEPT_AT_CARE.match(s, gend))):
                # ... or still kept in care, with no noun of its own (sixty-ninth round)
                outcome, ev_end = "wounded", kept.end()
            if outcome is None and not is_article and toks and toks[0].lower() in (
                    _OTHER_PEOPLE) and out and out[-1]["outcome"] in ("killed", "wounded") and (
                    _person_like(toks)) and (kept := _KEPT_IN_CARE.match(s, gend)):
                # (round en201) the others of a toll just told, still in care: "The toll has
                # risen to three. Four other people remain in hospital, it says" (a teller
                # after the state is no part of it)
                outcome, ev_end = "wounded", kept.end()
            if outcome is None and not is_article and len(toks) == 1 and (
                    toks[0].lower() in _KEPT_PLAIN_PEOPLE) and out and (
                    out[-1]["outcome"] in ("killed", "wounded")) and (
                    base + cstart - int(str(out[-1]["end"])) <= _KEPT_AFTER_TOLL_REACH) and (
                    kept := _KEPT_IN_CARE.match(s, gend)):
                # (round en225) ... or the people of a toll just told, by the plain noun of
                # people: "The death toll has risen to six. ... Twenty-two people are still
                # in hospital" ("Four nurses remain in hospital" may be at work there)
                outcome, ev_end = "wounded", kept.end()
            if outcome is None and is_article and prev is not None and (
                    bare_another or (toks and toks[0].lower() in _ONE_MORE_ORDINALS)) and (
                    kept := _KEPT_IN_CARE.match(s, gend)):
                # (round en183) one more of the people just counted, told in a state of his
                # own: "two were shot dead, and a third driver remains in hospital" is one
                # wounded, not one more of the dead ("a third was not hurt" reads nothing)
                outcome, ev_end = "wounded", kept.end()
            if outcome is None and bare_another and prev is not None and (
                    cut := _ORDINAL_HARMED.match(s, gend)):
                # (round en184) one more of the people just counted, hurt in a way of his own:
                # "two were treated for gunshot wounds; a third was cut by broken glass"
                outcome, ev_end = "wounded", cut.end()
            if outcome is None and (toks or bare_another) and "beaten" in t and (
                    " treated" in t or " with " in t) and (not toks or _person_like(toks)) and (
                    beaten := beaten_then_treated(s, gend)):
                # (round en189) "A second guard was beaten and tied to a fence; he was
                # treated for a broken wrist"
                outcome, ev_end = "wounded", beaten
            if outcome is None and not is_article and toks and _person_like(toks) and (
                    treated := being_treated(s, gend)):
                outcome, ev_end = "wounded", treated  # (round en114) a noun of people
            if outcome is None and not is_article and toks and "being treated" in t and (
                    _person_like(toks)) and (treated := bulleted_being_treated(s, cstart, gend)):
                outcome, ev_end = "wounded", treated  # (round en184) "- 27 people being treated"
            if outcome is None and not is_article and (
                    not toks or _person_like(toks)) and (
                    treated := bare_being_treated(s, gend, out, hostage_doc.low, base + cstart,
                                                  before)):
                # (round en174) "and 27 are being treated"; (round en212) and people named
                # by a noun: "Nine guards are being treated" after the toll
                outcome, ev_end = "wounded", treated
            if outcome is None and not is_article and (
                    _person_like(toks) if toks else s.startswith(_PLURAL_AUX, gend)) and (
                    aided := first_aid_received(s, gend, hostage_doc.low)):
                outcome, ev_end = "wounded", aided  # (round en154) "12 received first aid"
            if outcome is None and toks and toks[0] == "of" and (
                    kept_at := kept_patients(s, gend, toks)):
                # (round en105) "Two of the patients were kept in overnight"
                outcome, ev_end = "wounded", kept_at
            if outcome is None and not is_article and (not toks or _person_like(toks)) and out and (
                    out[-1]["outcome"] == "arrested") and (
                    held := _STILL_DETAINED.match(s, gend) or (
                        s.startswith(", ", gend) and _still_detained_past_aside(s, gend))) and (
                        base + cstart - int(out[-1]["end"]) < EN.STILL_HELD_REACH):
                # ... a part of the arrested counted just before it, still held (round en81):
                # "More than 120 people were arrested ... At least 70 remain in detention"
                outcome, ev_end = "arrested", held.end()
            if outcome is None and not is_article and toks and " remand" in t and (
                    _person_like(toks)) and (remand := _ON_REMAND.match(s, gend)):
                outcome, ev_end = "arrested", remand.end()  # (round en189) on remand
            if outcome is None and not is_article and (
                    found := found_alive_part(s, cend, gend, out, base + cstart)):
                outcome, ev_end = found  # (round en174) "Four of them have been found alive"
            if outcome is None and not is_article and not toks and (
                    ref := _REFERRED_ON.match(s, gend)) and (
                    (prev is not None and prev["outcome"] == "wounded") or (
                        prev is None and out and opens_after(
                            s, cstart, out[-1], base, before, "wounded"))):
                # ... or sent on to a named place for care, after the wounded in the same
                # sentence (round 64): "the clinic took in 20 of the injured; five were
                # transferred to Kisumu" (a count with no noun: "six suspects were referred
                # to Kisumu" are no patients; nor is a place's body, "to the Kisumu court");
                # or opening the sentence after them (round en194): "The hospital admitted
                # 14 people with wounds. Two are being flown to Nairobi"
                outcome, ev_end = "wounded", ref.end()
            if outcome is None and toks and (rel := _PRONOUN_OBJECT.match(s, gend)) and (
                    _person_like(toks)):
                # an object relative with a pronoun subject: "freed 9 of the 23 Turkish truck
                # drivers they seized last month", "the 12 villagers he killed"
                outcome, ev_end = _PAST_OUTCOME[rel.group("v").lower()], rel.end()
            if outcome is None and lost_here and not is_article and (
                    lost := _LOST_BEFORE.search(s, max(0, cstart - 12), cstart)):
                if (to := _rare("to_violence").match(s, gend)) and (not toks or _person_like(toks)):
                    # "the valley has lost 41 more to shelling and sniper fire": lives lost to
                    # an act of violence
                    outcome, ev_start, ev_end = "killed", lost.start(), to.end()
                elif head in _LOST_COMBATANTS and ((lost.group().lower().startswith("the") and (
                        " to " not in s[gend:gend + 4])) or _rare("own_side").search(
                        s, max(0, lost.start() - 40), lost.start()) or (
                        s.startswith("and ", lost.start() - 4) and " to " not in s[gend:gend + 40]
                        and _rare("own_side_and").search(
                            s, max(0, lost.start() - 90), lost.start()))):
                    # "his fighters had lost two men", "we lost three soldiers": a side's own
                    # dead as it tells them ("Russia has lost 520 soldiers", in an enemy's
                    # count, are its dead and wounded); (round en183) the side's clause may
                    # come first, joined by "and": "its escort killed 17 attackers and lost
                    # three soldiers" (not lost "to" a cause the violence cues do not name:
                    # "hired 90 officers and lost 70 officers within a year to resignations");
                    # (round en207) the noun says the side's own loss with no subject: "the
                    # government admits the loss of three soldiers"
                    outcome, ev_start = "killed", lost.start()
            if outcome is None and lost_here and toks and (kin := kin_lost(s, cstart, gend, toks)):
                # kin lost in violence (round 47): "she lost two sons in the attack"
                outcome, ev_start, ev_end = "killed", kin[0], kin[1]
            if outcome is None and " took " in t and toks and (
                    took_at := kin_taken(s, cstart, gend, toks)) is not None:
                # kin taken from the one who tells it (round 74): "They took my two brothers"
                outcome, ev_start = "captured", took_at
            if outcome is None and homeless_here and (
                    home := made_homeless(s, cstart, gend, toks)) and (
                        not home[2] or _person_like(home[2])):
                # "leaving hundreds of families homeless" (round 47)
                outcome, ev_start, ev_end, toks = "displaced", home[0], home[1], home[2]
            # the group's reading takes "out" of "out of the valley" as its last word
            out_at = gend - 4 if (outcome is None and toks and toks[-1] == "out" and len(toks) > 1
                                  and t.startswith(" of ", gend)) else gend
            if outcome is None and toks and head in _FLEEING_CIVILIANS and t.startswith(
                    (" of ", " from "), gend) and (origin := _rare("forced_origin").match(s, gend)):
                # where they are from, before the verb (round 44): "forced some 4,000
                # residents of the town of Kessa to leave", "people of the district to flee"
                out_at = origin.end()
            if outcome is None and t.startswith((" to ", " from ", " out ", " into ", " across "),
                                                 out_at) and (
                    out_of := _rare("forced_out").match(s, out_at)) and (
                    forced := _rare("forced_before").search(s, max(0, cstart - 24), cstart)) and (
                    out_of.group("home") or out_of.group("home2") or not toks
                    or (toks[-2] if out_at < gend else head).lower() in _FLEEING_CIVILIANS) and (
                    not out_of.group("bare")
                    or (toks and (toks[-2] if out_at < gend else head).lower()
                        in _FLEEING_CIVILIANS)
                    or (not toks and low_n >= EN.FLEEING_CROWD)) and (
                    out_of.group("into") is None or (
                        toks and (toks[-2] if out_at < gend else head).lower()
                        in _FLEEING_CIVILIANS)):
                # "forced about 7,000 people to flee", "drive 7,000 from homes"; "forced 30
                # gunmen to flee" is a retreat
                outcome, ev_start, ev_end = "displaced", forced.start(), out_of.end()
            if outcome is None and drive_here and (
                    t.startswith(" from ", gend) or " out " in t) and (
                    driven := _driven_from_named_place(s, cstart, gend, toks, low_n)):
                # driven from a place called by its name (round 45): "Gang violence drives
                # hundreds from Martissant", "drove 3,000 villagers from Kessa"
                outcome, ev_start, ev_end = "displaced", driven[0], driven[1]
            if outcome is None and emptied_here and toks and head in _FLEEING_CIVILIANS and (
                    emptied := _emptied_of(s, cstart)) is not None:
                # a place emptied of its people (after round 45): "The raid emptied the village
                # of its 300 residents", "Tor was emptied of its 5,000 inhabitants"
                outcome, ev_start = "displaced", emptied
            if outcome is None and fled_here and not is_article and (
                    fled := _FLED_AFTER.match(s, gend)) and (
                    # (families leave no scene: "Dozens of families left the area", round
                    # en118)
                    fled.group("area") is None or low_n >= EN.FLEEING_CROWD
                    or head in _FLEEING_UNITS) and not (
                    present_crossing_in_text(s, fled.group("v"))) and (
                    (head in _FLEEING_CIVILIANS and (
                        fled.group("aux") or low_n >= EN.FLEEING_CROWD or head in _FLEEING_UNITS
                        # (round en105) a stay told after: "..., and are now staying in a school"
                        or stay_after_leaving(s, fled.end())
                        # (round en187) a multitude fled somewhere: "Dozens of herders fled
                        # on foot to the next district"
                        or (m["vague"] and fled_somewhere(s, fled, low_n))))
                    or _crowd_by_name(toks, fled.group("aux") or fled.group("v"), low_n)
                    if toks else (
                        (fled.group("aux") or fled.group("v").lower() in _PRESENT_FLIGHT or (
                            fled.group("v").lower() == "fled"
                            and _FLED_TOWARDS.match(s, fled.end())))
                        and low_n >= EN.FLEEING_CROWD)):
                # "An estimated 38,000 people have fled", "Around 900,000 have fled", "as
                # thousands flee south"; "three gunmen fled", "two fled on motorbikes" and "two
                # women fled the attackers" (a few, in the simple past) are no displaced
                outcome, ev_end = "displaced", fled.end()
            if outcome is None and toks and " as refugees" in t and not is_article and (
                    life := refugee_life(s, cend, gend, toks)) and _person_like(life[1]):
                # (round en223) "200,000 Tarsans live as refugees in Kessa"
                outcome, ev_end, toks = "displaced", life[0], life[1]
            if outcome is None and fled_here and not is_article and (
                    after_flight := _living_after_flight(s, cend, gend, toks, low_n)):
                # where people live now, their flight told after it (round 54): "More than
                # 200,000 people live in camps after fleeing the fighting" ("60 people were
                # sheltering in a church", no flight told, is no figure)
                outcome, ev_end, toks = "displaced", after_flight[0], after_flight[1]
            if outcome is None and fled_here and not is_article and (
                    sheltering := _sheltering_part(s, cstart, gend, toks, low_n)):
                # a part of those who fled, told where they shelter in a clause on "with"
                # (round 55): "Thousands have fled the town, with about 9,000 sheltering in a
                # school" (with no flight told before, people sheltering are no figure)
                outcome, ev_end, toks = "displaced", sheltering[0], sheltering[1]
            if outcome is None and not is_article and may_shelter(s) and (
                    sheltering := sheltering_after_flight(s, gend, toks, low_n,
                                                          hostage_doc.low, base)):
                # a part of the displaced told where it shelters, the flight told before it
                # (sixty-ninth round): "Most are staying with relatives; about 1,100 are
                # sheltering in four schools"
                outcome, ev_end, toks = "displaced", sheltering[0], sheltering[1]
            if outcome is None and not is_article and (" ha" in s) and (
                    arriving := arriving_after_flight(s, gend, toks, low_n, hostage_doc.low, base)):
                # where a displaced crowd came to, the flight told before it (round 72): "about
                # 1,400 people from Kessa had arrived at a camp in Orvale"
                outcome, ev_end, toks = "displaced", arriving[0], arriving[1]
            if outcome is None and not is_article and ("reach" in s or "arrived at" in s) and (
                    reaching := reaching_refuge_after_flight(
                        s, gend, toks, low_n, hostage_doc.low, base)):
                # ... or the border or the camp it reached (round en104): "212 people
                # reached the Ramokgwebana border post"
                outcome, ev_end, toks = "displaced", reaching[0], reaching[1]
            if outcome is None and not is_article and (" ha" in s) and (
                    moved := moved_after_flight(s, gend, toks, low_n, hostage_doc.low, base)):
                # where a displaced crowd went (round en89): "about 3,500 people had moved to
                # Apatzingán town", "more than 3,000 of them have left for the town centre"
                outcome, ev_end, toks = "displaced", moved[0], moved[1]
            if outcome is None and not is_article and (
                    crowd_end := crowd_flight(s, cend, gend, toks, low_n)):
                # "Thousands streamed across the border into Chad to escape the fighting"
                # (after round 47)
                outcome, (ev_end, toks) = "displaced", crowd_end
            if outcome is None and leaving_here and not is_article and s.startswith(
                    (" have ", " has ", " had "), gend) and (
                    left_end := left_named_place(s, gend, toks, low_n)):
                # "about 1,500 people have left Tawila ... for the district town" (round 46)
                outcome, ev_end = "displaced", left_end
            if outcome is None and leaving_here and toks and head in _FLEEING_UNITS and (
                    left_end := households_left_for(s, gend)):
                # whole households in the simple past, with where they went (round 51):
                # "about 30 families left Sanyang for Senegal"
                outcome, ev_end = "displaced", left_end
            if outcome is None and toks and head in _FLEEING_UNITS and (
                    leaving_here or " moved " in t) and (left_end := households_gone(s, gend)):
                # (round en122) ... or with no place left named: "About 300 families had
                # already left for Beledweyne", "about 50 families have moved away"
                outcome, ev_end = "displaced", left_end
            if outcome is None and toks and not is_article and (
                    leaving_here or " moved " in t) and _person_like(toks) and (
                    left_end := left_since_violence(s, gend, head)):
                # (round en192) any people who have left a place since the violence named
                # after it: "At least 40 of its technicians have left the area since the
                # attacks"
                outcome, ev_end = "displaced", left_end
            if outcome is None and toks and " custody" in t and _person_like(toks) and (
                    kept := _rare("into_custody").match(s, gend)) and (
                    took := _rare("taken_before").search(s, max(0, cstart - 12), cstart)):
                # "Police took 15 people into custody", as "were taken into custody" is read
                outcome, ev_start, ev_end = "arrested", took.start(), kept.end()
            if outcome is None and head in _PRISONER_NOUNS and not is_article and (
                    took := _rare("taken_before").search(s, max(0, cstart - 12), cstart)) and not (
                    _rare("taken_elsewhere").match(s, gend)):
                # "had taken dozens of prisoners": captives of the fighting
                outcome, ev_start = "captured", took.start()
            # (read only by the rule below: where no outcome is left to find, never asked)
            along_at = gend - 5 if (outcome is None and along_here and toks
                                    and toks[-1] == "away" and len(toks) > 1) else gend
            if outcome is None and along_here and not is_article and (_person_like(
                    toks[:-1] if along_at < gend else toks) or _of_them(s, toks, gend)) and (
                    along := _rare("taken_along").match(s, along_at)) and (
                    took := _rare("taken_before").search(s, max(0, cstart - 12), cstart)) and (
                    _rare("captor_near").search(s, max(0, took.start() - 80), took.start())):
                # "the retreating fighters had taken two officials with them": an armed
                # group's captives ("relatives took three men with them" names no captors)
                outcome, ev_start, ev_end = "captured", took.start(), along.end()
            if outcome is None and along_here and not is_article and " for " in t and (
                    "questioning" in t or "interrogation" in t) and _person_like(
                    toks[:-1] if along_at < gend else toks) and (
                    asked := took_for_questioning(
                        s, cstart, along_at, toks[:-1] if along_at < gend else toks)):
                # (round en165) "Police took 12 youths away for questioning": into custody
                outcome, (ev_start, ev_end) = "arrested", asked
            if outcome is None and not is_article and "took " in t and _person_like(toks) and (
                    home := taken_from_home(s, cstart, gend)):
                # "police took him and his two brothers from their home" (round 55)
                outcome, ev_start, ev_end = "arrested", home[0], home[1]
            if outcome is None and along_here and (_person_like(toks) or _of_them(
                    s, toks, gend)) and (
                    away := _rare("took_away_before").search(s, max(0, cstart - 48), cstart)) and (
                    _rare("captor_near").search(s, max(0, away.start() - 80), away.start())
                    or soldiers_took_away(s, away.start(), toks)
                    or _captor_opens_series(s, away.start())):
                # "The militia took away six nurses from the clinic": the particle before
                # the object, an armed group named before ("Police took away 11 protesters"
                # names no captors); one person with the article too (round 59), as
                # "abducted a teacher" is: "the gunmen also took away a village councillor"
                outcome, ev_start = "captured", away.start()
            if outcome is None and not is_article and _person_like(toks) and (
                    took := _rare("taken_before").search(s, max(0, cstart - 12), cstart)) and (
                    captors_took(s, _rare("captor_near"), took.start(), 80)
                    or _captor_opens_series(s, took.start())) and (
                    not took_people_moved(s, gend, toks)):
                # (round en122) people as the bare object of "took" after their captors:
                # "The kidnappers took six women" ("took six hours" takes no people)
                outcome, ev_start = "captured", took.start()
            if outcome is None and held_here and toks and _person_like(toks) and (
                    held_end := taken_still_held(s, gend)):
                # (round en122) "six women taken the same day was still being held"
                outcome, ev_end = "captured", held_end
            if outcome is None and held_here and not is_article and (
                    not toks or _person_like(toks)) and (
                    " without " in t or " custody" in t or " detention" in t) and (
                    held := _rare("held_by_the_state").match(s, gend)):
                # detention told by its terms (after round 45): "40 activists have been held
                # without charge since March", "two dozen had been held for more than a year
                # without charge", "are being held in police custody": detainees, whatever
                # else the story tells
                outcome, ev_end = "arrested", held.end("held")
            if outcome is None and not is_article and (" detention " in t or " cells" in t
                                                       or " lock" in t) and (
                    not toks or _person_like(toks)) and (
                    through := _rare("through_detention").match(s, gend)):
                # people counted through the places of a detention (round 49): "1,120 people
                # passed through temporary detention facilities", "were held in police cells"
                outcome, ev_end = "arrested", through.end()
            if outcome is None and held_here and not is_article and (
                    " detention " in t or " cells" in t or " lock" in t) and (
                    not toks or _person_like(toks)) and (held_at := held_at_detention(s, gend)):
                # (round en110) "163 Haitian nationals held at the ... detention centre"
                outcome, ev_end = "arrested", held_at
            if outcome is None and held_here and toks and _person_like(
                    [w for w in toks if w.lower() != "of" and w.lower() not in _DETERMINERS]) and (
                    held := _STILL_HELD.match(s, _past_ages(s, t, gend))):
                # "two of his colleagues are still being held": captives in a story of
                # hostages or held by captors, else detainees
                outcome, ev_end = ("captured" if _rare("held_by_captors").match(
                    s, held.end()) or captors_named_near(  # (round en127) named near
                        hostage_doc.low, base, base + len(s), (base + cstart, base + gend),
                        toks) else _still_held_outcome(
                        hostage_doc, out, base + cstart)), held.end()
            if outcome is None and toks and " inside" in t and _person_like(toks) and (
                    inside := still_inside(s, gend)) and (
                    hostage_doc or last_holding(out, base + cstart) == "captured"
                    or site_seized_before(hostage_doc.low, base + cstart)):
                # (round en189) after a site's seizure: "Seven employees are still inside"
                outcome, ev_end = "captured", inside
            if outcome is None and toks and "among those " in t and _person_like(toks) and (
                    among := among_held(s, gend)):
                # (round en189) "a turbine operator who is among those held"
                outcome, ev_end = ("captured" if not among[1] or captors_named_near(
                    hostage_doc.low, base, base + len(s), (base + cstart, base + gend), toks)
                    else _still_held_outcome(hostage_doc, out, base + cstart)), among[0]
            if outcome is None and unreleased_here and toks and _person_like(toks) and (
                    held := _NOT_RELEASED.match(s, gend)) and not _OF_BEFORE.search(
                    s, max(0, cstart - 9), cstart):
                # a release denied says the holding goes on, as "are still held" does (round
                # 55): "the three men have not been released", "The two nurses have still not
                # been freed" ("the names of the two men have not been released" are the
                # names': a count after "of" is no subject); captives when the story's last
                # people held were taken by captors, else detainees
                outcome, ev_end = _unreleased_outcome(out, hostage_doc), held.end()
            if outcome is None and " captivity" in t and toks and _person_like(toks) and (
                    kept := in_captivity(s, gend)):
                # (round en127) "six workers are still in captivity"
                outcome, ev_end = "captured", kept
            if outcome is None and bare_another and " captivity" in t and (
                    kept := in_captivity(s, gend)) and (
                    (prev is not None and prev["outcome"] == "captured")
                    or _FREED_BEFORE.search(s, 0, cstart)):
                # (round en207) one more of the captives just counted, still held: "Two
                # contractors freed in Mali; a third remains in captivity", "... but another
                # is still in captivity" (the release is read after the sentence's rules)
                outcome, ev_end = "captured", kept
            if outcome is None and held_here and toks and _person_like(toks) and (
                    held := HELD_CAPTIVE.match(s, gend)):
                # "Four engineers were held for ransom", "... had been held by kidnappers"
                outcome, ev_end = "captured", held.end()
            if outcome is None and held_here and ((toks and _person_like(toks)) or (
                    not toks and not is_article)) and (held_end := held_over_span(s, gend)):
                # "a shopkeeper was held for two days", "four were held for 30 days" (round
                # en104): captives in a story of hostages, else detainees
                outcome, ev_end = ("captured" if hostage_doc or _rare("held_by_captors").match(
                    s, held_end) else "arrested"), held_end
            if outcome is None and held_here and toks and _person_like(toks) and (
                    held_end := held_on_suspicion(s, gend)):
                # (round en122) "Four young men held since the spring on suspicion of ..."
                outcome, ev_end = "arrested", held_end
            if outcome is None and held_here and toks and _surely_person(toks) and (
                    held_end := held_after_arrest(s, gend, out, base + cstart, cstart)) and (
                    not hostage_doc):
                # (round en122) the detainees told again after the arrest: "Taliban
                # authorities have arrested more than 60 men ... only 12 people had been held"
                outcome, ev_end = "arrested", held_end
            if outcome is None and held_here and toks and _person_like(toks) and (
                    not hostage_doc) and (held_end := held_told_by_police(s, gend)):
                # (round en184) detainees counted by the police: "The regional police
                # commander said 17 people were being held"
                outcome, ev_end = "arrested", held_end
            if outcome is None and toks and "died" in t and _person_like(toks) and (
                    " hit " in t or " struck " in t) and (died_end := hit_then_died(s, gend)):
                # (round en184) "A 16-year-old was hit in the chest by a rubber bullet and
                # died"
                outcome, ev_end = "killed", died_end
            if outcome is None and toks and " died" in t and _person_like(toks) and (
                    died_end := befell_then_died(s, gend)):
                # "One driver, <name>, 46, was trapped inside his cab and died"
                outcome, ev_end = "killed", died_end
            if outcome is None and toks and " last seen " in t and _person_like(toks) and (
                    missing_end := seen_then_missing(s, gend)):
                # "A third member, <name>, 34, was last seen running towards the river and
                # is missing"
                outcome, ev_end = "missing", missing_end
            if outcome is None and toks and " left with " in t and _person_like(toks) and (
                    left_end := done_and_left_with_harm(s, gend)):
                # "One farmer who tried to resist was beaten and left with a broken arm"
                outcome, ev_end = "wounded", left_end
        # (only for a count that got so far without an outcome, as before: one read on
        # its left never reaches these rules)
        if read_late and outcome in (None, "wounded"):  # noqa: SIM102 - the rule kept as written
            if outcome in (None, "wounded") and (" surviv" in t or " make it" in t) and (
                    survived := not_survived(s, gend, toks)) and (
                    survived[1][0] in ("wounded", "them") or _surely_person(survived[1])):
                # (round en192) "Two of the wounded did not survive": the predicate tells
                # what became of them, as "later died" does
                outcome, (ev_end, toks) = "killed", survived
        if outcome is None:
            if outcome is None and toks and " also " in t and _person_like(toks) and (
                    hit_end := also_hit(s, gend, hostage_doc.low, base + cstart)):
                # (round en189) "... through my thigh," he says. Two colleagues were also hit."
                outcome, ev_end = "wounded", hit_end
            if outcome is None and toks and _person_like(toks) and (
                    "free" in t or "relea" in t or "rescu" in t) and (
                    freed_end := freed_after_capture(s, gend)):
                # (round en122) a capture named by its noun: "14 Nigerian farmers freed after
                # abduction in Borno"
                outcome, ev_end = "captured", freed_end
            if outcome is None and toks and _person_like(toks) and " handed " in t and (
                    handed_end := handed_over_end(s, gend)) and (
                    last_holding(out, base + cstart) == "captured"):
                # (round en122) captives handed over on their release, in a story of captives:
                # "41 children and 12 women handed over to local authorities"
                outcome, ev_end = "captured", handed_end
            if outcome is None and (not toks or _person_like(toks)) and s.find(
                    "taken", gend, gend + 40) >= 0 and _CAPTORS.isdisjoint(
                    t.lower() for t in toks) and (
                    taken_end := taken_removed_end(
                        s, cstart, gend, bool(hostage_doc) or captor_named(
                            hostage_doc.low[max(0, base + gend - _CAPTORS_REACH):base + gend])
                    )) and not _HURT_OR_DEAD.search(s, max(0, gend - 40), gend):
                # (round en207) taken in a story of captives (or of captors named shortly
                # before), told by how or whence: "were taken by bus to a camp", "taken at
                # gunpoint", "two crew were taken and ..."
                outcome, ev_end = "captured", taken_end
            if outcome is None and not is_article and " handed " in t and (
                    handed_end := handed_to_law_end(s, gend, toks, hostage_doc.caught_at,
                                                   base + cstart)
            ) and last_holding(out, base + cstart) != "captured":
                # (round en178) suspects caught by villagers, then handed to the police
                outcome, ev_end = "arrested", handed_end
            if outcome is None and held_here and not is_article and not toks and (
                    held := _HELD_AFTER.match(s, _past_ages(s, t, gend))) and (
                    held.group("aux") is None or _REMAINING_BEFORE.search(
                        s, max(0, cstart - 12), cstart)):
                # People held: "The remaining 160 are still held without charge" (the rest of
                # a group counted before), a headline's "4 dead, 19 hurt and 30 held in
                # Harun"; hostages when the story tells of them, else detainees
                # ((round en112) suspects when held over another's capture)
                outcome, ev_end = ("captured" if (hostage_doc and not held_over_capture(
                    s, held.end()) and not (held_after_release(s, cstart) and (
                        "still" not in s[gend:held.end()]))) or (
                    # (round en222) "Troops free 47 held at village school"
                    freed_count_from_siege(s, cstart))
                    else "arrested"), held.end()
            if outcome is None and held_here and toks and head in _HELD_SUSPECTS and (
                    held := _HELD_AFTER.match(s, gend)) and not _QUESTIONED_AFTER.match(
                    s, held.end()):
                # suspects held are under arrest, told as the bare count is: a headline's "...;
                # 3 suspects held", "Two suspects were held in Tolva" ("two suspects held a
                # hostage" has an object after "held"; held "for questioning" is no arrest, as
                # "taken in for questioning" is not)
                outcome, ev_end = "arrested", held.end()
            if outcome is None and held_here and toks and _person_like(toks) and (
                    held_at := headline_held(s, cstart, gend)):
                # (round en106) "Man dies after beating ..., two women held"
                outcome, ev_end = ("captured" if hostage_doc else "arrested"), held_at
            if outcome is None and not base and (not toks or _person_like(toks)) and (
                    _WOUNDS.isdisjoint(w.lower() for w in toks)) and (
                    bare := _headline_bare(s, t, gend, held_here, hostage_doc)):
                # (round en110) a headline's "Two men shot outside ...", "Nine held as ..."
                outcome, ev_end = bare
                if outcome == "arrested" and (hostage_doc or freed_count_from_siege(s, cstart)):
                    # (round en222) "Troops free 47 held at village school"
                    outcome = "captured"
            if outcome is None and held_here and not is_article and (
                    not toks or (len(toks) == 1 and toks[0].lower() == "still")) and (
                    held := _rare("still_held").match(s, cend) or (
                        (part := _rare("of_them").match(s, cend)) and _held_before(out)
                        and _rare("still_held").match(s, part.end()))):
                # captives counted by a bare number while the holding goes on: a headline's
                # "...; five still held", "The five still held are believed to be ...", "The
                # other five, including the ship's master, are still being held" ("The two
                # sides still held talks" has an object after "held")
                outcome, ev_end = _still_held_outcome(hostage_doc, out, base + cstart), held.end()
                toks = []
            if outcome is None and held_here and not is_article and (
                    held := still_held_people(s, gend, toks, _person_like(toks))):
                # the same with the people's noun (round en102): "access to the two men
                # still held", "the five sailors still held"
                outcome, ev_end = _still_held_outcome(hostage_doc, out, base + cstart), held
            if outcome is None and hands_here and not is_article and (
                    _person_like(toks) or (not toks and _REMAINING_BEFORE.search(
                        s, max(0, cstart - 12), cstart))) and (
                    hands := _rare("in_captors_hands").match(s, gend)):
                # "more than 3,000 women and children remain in the group's hands", "are
                # still in the hands of the kidnappers" (districts in rebel hands are no people)
                outcome, ev_end = "captured", hands.end()
            if outcome is None and along_here and _person_like(toks) and (
                    led := _rare("led_off_before").search(s, max(0, cstart - 24), cstart)) and (
                    toks[-1].lower() not in _OWN_SIDE) and (
                    _rare("captor_near").search(s, max(0, led.start() - 60), led.start())):
                # captors leading people off, as the passive "were led away by the gunmen" is
                # read: "The attackers led away six women" ("Police led away two men" is an
                # arrest's, and names no captors)
                outcome, ev_start = "captured", led.start()
            if outcome is None and not is_article and any(map(tleft.__contains__, _LED_STEMS)) and (
                    _person_like(toks[:-1] if toks[-1:] in (["away"], ["off"]) else toks)) and (
                    led_at := led_into(s, cstart, gend, toks)) is not None:
                # captors leading people into a place (round 46): "the gunmen marched six men
                # into the forest", "herded 30 passengers into the hills"
                outcome, ev_start = "captured", led_at
            if outcome is None and not is_article and any(map(tleft.__contains__, _CONFINING)) and (
                    _person_like(toks)) and (conf_at := confined_into(
                        s, cstart, gend, toks, _captors_before(hostage_doc.low, base))) is not None:
                # (round en191) captors confining people in a room: "the attackers forced
                # about 30 pupils into the library", "locked six nurses in a storeroom"
                outcome, ev_start = "captured", conf_at
            if outcome is None and off_here and not is_article and (
                    off := _rare("taken_off_with").search(s, max(0, cstart - 24), cstart)) and (
                    _rare("captor_near").search(s, max(0, off.start() - 160), off.start())):
                part = _OF_WHOLE.match(s, cend) if toks[:1] == ["of"] else None
                size = COUNT_RE.rx.match(s, part.end()) if part else None
                whole = _group(s, size.end()) if size and size.group("num") else None
                if whole is not None and _person_like(whole[2]):
                    # "leaving with 14 of the 23 crew": the part taken, named by the whole's noun
                    toks, gend = whole[2], whole[1]
                    head = toks[-1].lower()
                if _person_like(toks) and toks[-1].lower() not in _OWN_SIDE:
                    # captors who left with their captives: "the pirates ... before leaving
                    # with 14 of the 23 crew", "The kidnappers made off with two engineers"
                    outcome, ev_start, ev_end = "captured", off.start(), max(cend, gend)
            if (
                outcome is None and prev is not None and not is_article
                and (not toks or (len(toks) == 1 and toks[0].lower() in _HOW_BADLY_WORDS))
                and prev["outcome"] == "wounded" and s.startswith(", ", cstart - 2)
                and int(prev["end"]) - base <= cstart - 2 and cstart - prev_tail <= 40
                and not _CLAUSE_STOPS.search(s, int(prev["end"]) - base, cstart - 2)
                and (badly := _rare("how_badly_after").match(s, cend))
            ):
                # some of the wounded by how badly, their verb left out: "About 60 people
                # were injured, 12 seriously", "wounded 30 people, eight critically" (as "four
                # of them critically" is read); the adverb is no victim
                outcome, ev_end, toks = "wounded", badly.end(), []
            if (
                outcome is None and prev is not None and (
                    (cstart - prev_tail <= 13 and _LIST_SEP.fullmatch(s[prev_tail:cstart] or " ")
                     # the whole of a partitive is no member of a list: "killed 3 of the 40
                     # passengers" killed three (the gold's "leaving with 14 of the 23 crew")
                     and not s.endswith(_SUBSET_ENDS, max(0, cstart - 10), cstart))
                    or _list_after_age(s, prev, prev_tail, cstart)
                    # a phrase on the listed member before (round en100)
                    or phrase_between_members(s, int(prev["start"]) - base, prev_tail, cstart)
                    or relative_between(s, prev_tail, cstart, _person_like)
                    # (round en118) "detained more than 300 people, among them teachers,
                    # students and a local journalist"
                    or (_person_like(toks)
                        and bare_members_between(s, prev_tail, cstart, _person_like))
                    # a relative clause on the member before, closed by a comma (round 44):
                    # "two women who had gone there for water, and a boy of 12"
                    or (0 < cstart - prev_tail <= 90 and _person_like(toks)
                        and _rare("relative_then_and").fullmatch(s, prev_tail, cstart) is not None
                        and _person_like(str(prev["group"] or "").split()[-1:])))
                and (not is_article or _person_like(toks))
                and not list_ends_in_sources(s, gend, " and " in s[prev_tail:cstart],
                                             _inverted_source)
                and not _OWN_PREDICATE.match(s, gend)
                # (round en105) "arrested 14 men, four of whom appeared before the court"
                and not (prev["outcome"] == "arrested" and court_step_after(s, cend))
            ):
                # "30 guards and 12 drivers"; but "..., and 100 people remain in hospital"
                # is a clause of its own, whose verb names no outcome, and so is "... and 12
                # people said they had heard shots" ("... and two soldiers said Observatory
                # director Rami Abdel Rahman", a source after the list in copy that lost its
                # commas, is the list's end)
                outcome = str(prev["outcome"])
            if (
                outcome is None and prev is not None and _person_like(toks)
                and _AS_WELL_AS.fullmatch(s, int(prev["end"]) - base, cstart)
            ):
                # one more of them added after the figure's predicate: "four traders were
                # among the dead, as well as a boy of 12", "Two nurses were killed, as well as
                # a driver"
                outcome = str(prev["outcome"])
            if (
                outcome is None and prev is not None and _person_like(toks)
                and _DASHED_LIST_OPEN.fullmatch(s, int(prev["end"]) - base, cstart)
                and _DASHED_LIST_CLOSE.match(s, gend)
            ):
                # a list set between dashes after a figure names its sub-groups: "Three
                # foreigners held captive ... since late February - two Italians and a
                # Canadian - were freed"
                outcome = str(prev["outcome"])
            if (
                outcome is None and prev is not None and toks[:1] in ([], ["others"])
                and _MORE_AFTER.match(s, cend) and _AND_LATER.fullmatch(s, prev_tail, cstart)
                and not _OWN_PREDICATE.match(s, gend)
            ):
                # "killed 12 people on Sunday night and 8 more on Monday": the verb is
                # understood again
                outcome = str(prev["outcome"])
            if (
                outcome is None and prev is not None and not toks and not is_article
                and (period_end := period_toll_end(s, int(prev["end"]) - base, cstart, cend))
            ):
                # the same toll for another period (round en101): "..., and 41 in 2025"
                outcome, ev_end = str(prev["outcome"]), period_end
            if (
                outcome is None and (is_article or num.lower() == "one") and qual == "exact"
                and _person_like(toks)
                and (body_at := body_of_one(s, cstart, low_n)) is not None
            ):
                # one of the dead by what was found of them (round en101): "found the body of
                # a young man"
                outcome, ev_start = "killed", body_at
            if (
                outcome is None and prev is not None and not toks and not is_article
                and (fig := _FIGURE_AT.search(s, max(0, cstart - 40), cstart))
            ):
                # A second source's value of the figure just given: "the army said 14
                # militants were killed, but a local monitor put the figure at 9"
                outcome = str(prev["outcome"])
                ev_start = fig.start("noun")
            if (
                outcome is None and prev is not None and not toks and not is_article
                and cstart - prev_tail <= 100
                and (src := _rare("elliptic_source").search(s, max(0, cstart - 50), cstart))
                and _CLAUSE_CLOSES.match(s, cend)
                and _rare("clause_between").search(s, prev_tail, src.start())
            ):
                # a second source's toll by ellipsis, the count closing its clause: "the
                # administrator gave 19 dead; civil groups say 24", "Police said four died,
                # but residents said nine", "...; the hospital figure is 64"
                outcome = str(prev["outcome"])
                ev_start = src.start()
            if (
                outcome is None and prev is not None and not is_article
                and (not toks or _person_like(toks))
                and (chain := _REVISED_AGAIN.fullmatch(s, prev_tail, cstart))
                and _TOLL_START.match(str(prev["text"]))
            ):
                # A toll revised twice: "the death toll rose to 18 on Monday and later to 23";
                # the span starts at the adverb or at "to".
                outcome = str(prev["outcome"])
                ev_start = chain.start("to")
            if (
                outcome is None and prev is not None and (not toks or _person_like(toks))
                and not is_article
                and _ELLIPSIS_BEFORE.fullmatch(s, int(prev["end"]) - base, cstart)
                and _PLACE_AFTER.match(s, gend)
            ):
                # A gapped clause keeps the verb of the one before: "nine were killed in
                # Sarn, seven in Vell" -> seven killed.
                outcome = str(prev["outcome"])
            if (
                outcome is None and prev is not None and not toks and not is_article
                and s.startswith(" and ", int(prev["end"]) - base)
                and int(prev["end"]) - base + 5 == cstart
                and str(prev["text"]).endswith(_TREATED_ENDS)
                and (harm := _TREATED_GAP.match(s, cend))
            ):
                # the verb gapped after "and": "Seven people were treated for burns and two for
                # smoke inhalation" -> two wounded
                outcome, ev_end = "wounded", harm.end()
            if (
                outcome is None and prev is not None and not toks and not is_article
                and prev["outcome"] == "wounded" and " for " in s[cend:cend + 6]
                and (harm_end := treated_gap_end(s, str(prev["text"]), int(prev["end"]) - base,
                                                 cstart, cend))
            ):
                # (round en187) the active clause gapped too: "She treated nine people for
                # burns and two for gunshot wounds", "... for wounds from beatings and one for
                # a stab wound"
                outcome, ev_end = "wounded", harm_end
            if (
                outcome is None and prev is not None and not toks
                and prev["outcome"] == "wounded"
                and (hit := gapped_body_part(s, int(prev["start"]) - base, cstart, cend))
            ):
                # (round en105) "One friend was hit in the hip and another in the hand"
                outcome, ev_end = "wounded", hit
            if (
                outcome is None and prev is not None and not toks and not is_article
                and (((prev_gapped or _OUTCOME_END.search(str(prev["text"])))
                      and _GAPPED_JOIN.fullmatch(s, int(prev["end"]) - base, cstart))
                     # (round en111) "Six of those treated were police officers hit by
                     # stones, and four were children"
                     or after_first_part(s, str(prev["text"]), int(prev["end"]) - base, cstart))
                and (cop := _COPULA.match(s, cend)) and _person_like(_group(s, cop.end())[2])
            ):
                # A gapped sub-group of the dead: "310 of the dead were children and 190 were
                # women", "Of the 500 dead, 310 were children": the count alone, no group.
                outcome = str(prev["outcome"])
                gapped = True
            if (
                outcome is None and prev is not None and not is_article
                and (not toks or (toks[0].lower().endswith("ed") and not _person_like(toks)))
                and _OF_THE_FRONTED.fullmatch(s, 0, int(prev["start"]) - base)
                and _FRONTED_CLOSE.fullmatch(s, int(prev["end"]) - base, cstart)
                and not s.startswith(" (", cend)  # "44 (29.3%) had ...": read with its share below
            ):
                # a count after a fronted partitive on a figure (round 54): "Of the 50 wounded
                # patients treated, 17 needed surgery" -- some of them, whatever the verb
                # after, which the group's reading took for a noun ("Of the 500 dead, 310 were
                # children" is read above)
                outcome, toks = str(prev["outcome"]), []
            if (
                outcome is None and prev is not None and not is_article
                # (round en205) or the source of the old value: "up from the 31 police gave"
                and (not toks or source_gave(s, gend, toks))
                and (was := _EARLIER_VALUE.search(s, max(0, cstart - 40), cstart)
                     or _revised_from(s, prev, prev_tail, cstart))
                and (cstart - max(prev_tail, int(prev["end"]) - base) <= 50 or (
                    was.group("w") and adjuncts_only(
                        s, max(prev_tail, int(prev["end"]) - base), was.start()))
                    or (was.group("w") and far_earlier_value(  # en150
                        s, max(prev_tail, int(prev["end"]) - base), was.start())))
                and not counted_between(s, max(prev_tail, int(prev["end"]) - base), was.start())
                and (was.group("w") or was.group("e") or _TOLL_START.match(str(prev["text"])))
            ):
                # the value a revised figure replaced: "the death toll rose to 52 on Thursday,
                # up from 38 the previous day", "1,240 refugees crossed ..., down from 1,610
                # the week before" (a figure the text states, as the new one); the distance
                # runs from the figure's last word, since an adjunct after the verb ("have
                # been arrested across the country, up from 90") belongs to the new figure
                # and not to the gap (round 87)
                outcome = str(prev["outcome"])
                ev_start = was.start("w") if was.group("w") else (
                    was.start("e") if was.group("e") else was.start("c"))
                if toks:  # the source who gave it is no victim (round en205)
                    toks, gend, ev_end = [], cend, cend
            if (
                outcome is None and prev is not None and not toks and not is_article
                and prev["outcome"] in _HELD_OUTCOMES and s.find("e", cend, cend + 24) >= 0
                and (freed := _FREED_AFTER.match(s, cend))
                and (prev["outcome"] == "captured" or _RELEASE_WORD.search(freed[0]))
            ):
                # some of the captives just counted, freed: "the abduction of 12 passengers;
                # nine were released after ..." (captives, as hostages later freed are); and
                # so some of the arrested, released in the same sentence (round en118):
                # "Police arrested 16 people ...; two were later released" (the sets' gold
                # keeps them arrested; people who came home or escaped it leaves out)
                outcome, ev_end = str(prev["outcome"]), freed.end()
            if (
                outcome is None and prev is None and not toks and not is_article and out
                and s.find("e", cend, cend + 24) >= 0
                and (freed_end := freed_from_before(
                    s, cstart, cend, out[-1], base, before, _FREED_AFTER))
            ):
                # (round en113) ... or counted in the sentence before: "A gunman held six
                # people. Three were released during the day"
                outcome, ev_end = "captured", freed_end
            if (
                outcome is None and prev is not None and toks and not is_article
                and _RESTATED_OPEN.fullmatch(s, prev_tail, cstart) and s.startswith(")", gend)
                and (_person_like(toks) or restated_households(toks))
            ):
                # the same people counted again in brackets, in other units: "displaced an
                # estimated 6,300 families (about 38,000 people)"
                outcome = str(prev["outcome"])
            if (
                outcome is None and prev is not None and not toks and not is_article
                and (new := _NEW_IN_BRACKETS.fullmatch(s, prev_tail, cstart))
            ):
                # a bulletin's new cases beside its total: "Deaths: 14 (new: 2)"
                outcome = str(prev["outcome"])
                ev_start = new.start("w")
            if (
                outcome is None and prev is None and not toks and not is_article
                and (opener := _OF_THE_OPENER.match(s)) and _GAPPED_JOIN.fullmatch(
                    s, opener.end(), cstart)
                and (cop := _COPULA.match(s, cend)) and _person_like(_group(s, cop.end())[2])
            ):
                # a sentence opening on the outcome with no count, then its sub-groups: "Of
                # the deaths, five were children and three were women" (a situation report)
                outcome = _OUTCOME_NOUNS.get(opener.group("w").lower()) or _ADJECTIVE_OUTCOME.get(
                    opener.group("w").lower(), "killed")
                gapped = True
            if (
                outcome is None and prev is None and not toks and not is_article
                and (share := _SHARE_OPENER.match(s)) and _SHARE_DESCRIBED.fullmatch(
                    s, share.end(), cstart)
                and (cop := _COPULA.match(s, cend)) and _person_like(_group(s, cop.end())[2])
            ):
                # (round en181) a share of the whole told first, then its parts: "Most of
                # the dead were traders and farmers; six were women and two were children"
                # (the whole names the outcome, wherever its toll was told)
                outcome = EN.SHARE_WHOLE_OUTCOMES[share.group("w").lower()]
                ev_end = max(ev_end, _group(s, cop.end())[1])  # "six were women"
                gapped = True
            if outcome is None and (off_here or "alongside" in t) and toks and (
                    with_at := _rare("with_before").search(s, max(0, cstart - 16), cstart)) and (
                    _person_like(toks)) and (comp := _rare("companion_of").search(
                        s, max(0, with_at.start() - 90), with_at.end("w"))):
                # companions of one the passive names (round 44): "was abducted with a cousin",
                # "was killed along with his two sons", "were held for five months with some
                # 20 other boys"; held or taken only in a story of hostages, and a time or a
                # place between the verb and "with" only for those held ... or for companions
                # called "other" (after round 53): "was killed in Tor with four other men"
                word = (comp.group("v") or comp.group("v2") or "").lower()
                took = word in _HELD_OR_TAKEN
                if comp.group("away"):
                    # (round en174) taken away with one named first: captives, unless the
                    # police took them (an arrest the rules of custody read)
                    if not _rare("arresting_taker").search(s, max(0, comp.start() - 60),
                                                            comp.start()):
                        outcome = "captured"
                elif comp.group("gap") and " from " in comp.group("gap") and not (
                        took or _PAST_OUTCOME.get(word) == "captured"):
                    pass  # (round en183) "from" a place only after a verb of taking
                elif (not comp.group("gap") or took or _PAST_OUTCOME.get(word) == "captured"
                        or _time_gap(comp.group("gap"))
                        or toks[0].lower() in _COMPANION_OTHERS) and (
                        not took or (hostage_doc and not _rare("care_gap").search(comp.group(0)))):
                    outcome = "killed" if comp.group("dead") else "wounded" if comp.group(
                        "limb") else ("captured" if took else _PAST_OUTCOME[word])
            if outcome is None and (off_here or "alongside" in t) and toks and (
                    _person_like(toks)) and (" by " in t or " By " in t) and (
                    agent_out := _companion_after_agent(s, cstart)):
                # companions of one the passive names, its agent between (round 45): "was
                # taken off his truck by armed men together with two other drivers", "was
                # shot dead by soldiers along with his two sons"
                outcome = agent_out
            if outcome is None and off_here and toks and _person_like(toks) and "taken" in t and (
                    taken_prisoner_with(s, cstart)):
                # companions of one taken prisoner (round 46): "had been taken prisoner with
                # four other men"
                outcome = "captured"
        if outcome is None or _DOING_AFTER_THEM.match(s, cend):
            # (one of them told by what he did: "one of them wearing a ranger's boots")
            continue
        if qual == "vague" and head in _BODY_PLURALS and outcome == "killed" and (
                _BODIES_AGAIN.match(s, gend)) and any(
                o["outcome"] == "killed" for o in out):
            # (round en181) "Several bodies were buried before relatives could identify
            # them": after a toll told, bodies buried, identified or handed over are the same
            # dead; a count of bodies ("61 bodies buried in a mass grave") keeps its reading
            continue
        if is_article and not _person_like(toks) and not bare_another and not (
                head in _LYNCHED_ACCUSED and _TO_DEATH_AFTER.match(s, gend)):
            # (round en227) one the crowd killed, named by what it accused him of: "burned
            # a suspected motorcycle thief to death" (the to-death reading below needs no
            # person noun)
            continue
        if is_article and prev is not None and prev["count_low"] == 1 and (
                _APPOSITION_GAP.fullmatch(s, prev_tail, cstart)) and (
                _APPOSITION_CLOSE.match(s, gend)):
            # "One of the hostages, a Filipino engineer, died": the article names the one
            # just counted again (a list goes on with "and": "one soldier, a policeman,
            # and two civilians")
            continue
        if is_article and (again := _described_again(s, cstart, gend)) and any(
                int(str(f["start"])) < base and f["count_low"] == 1
                and str(f["group"] or "").lower().endswith(again) for f in out):
            # (round en199) "... shot dead a truck driver. The driver, a 38-year-old father
            # of five, was killed": the description names the one counted before again
            continue
        if toks and toks[0].lower() == "another" and s[cstart:cend].lower() == "one":
            continue  # "the fighters killed one another": a reciprocal, no count
        if outcome == "wounded" and prev is not None and prev["outcome"] == "wounded" and (
                "fatally" in s) and (fatal := fatal_part_end(
                    s, cstart, cend, gend, int(prev["end"]) - base)):
            outcome, ev_end = "killed", max(ev_end, fatal)  # (round en111) "one of them fatally"
        if toks and toks[-1].lower() in _ARRIVAL_VERBS:
            toks = toks[:-1]  # "some 40 arrived with ... wounds": the verb is no victim
        if toks and toks[-1] in ("out", "away") and len(toks) > 1 and (
                outcome in ("displaced", "captured")):
            toks = toks[:-1]  # "drove 6,000 civilians out of the valley"
        group = " ".join(toks) if toks else None
        if group and group.lower().startswith("of "):
            group = group[3:]
            if group.lower() in _DETERMINERS:
                group = None  # "four of the dead": the victims are named by the outcome
        if outcome == "captured" and toks and not _person_like(toks) and (
                toks[-1].lower().endswith("s")) and not _taken_with_people(s, ev_start, ev_end):
            # "weapons, ammunition and 12 motorcycles seized": only people are captives; a
            # plural noun no person word names is a thing taken
            continue
        if outcome == "missing" and toks and not any(_person_like([w]) for w in toks) and (
                toks[-1].lower() not in _OUTCOME_NOUNS):
            # "at least 300 objects appear to be missing from the storerooms" (round 48):
            # only people are missing persons; things lost or looted are no figure (a noun
            # of the outcome counts people: "12 confirmed disappearances")
            continue
        if outcome == "missing" and (" after " in s or " since " in s or " when " in s) and (
                missing_taken(s, ev_end)):
            # (round en192) "Eight passengers went missing after gunmen stopped their bus"
            outcome = "captured"
        if outcome == "captured" and toks and toks[-1].lower() in _SUSPECTS and (
                not _TAKEN_BY_FORCE.search(s, ev_start, ev_end)):
            # "two suspects had been captured" by the police ("kidnapped two suspects" stays)
            outcome = "arrested"
        if outcome == "wounded" and (had := _HAD_WOUNDS.search(s, cstart, ev_end)) and (
                _DEAD_NOUN.search(s, cstart, had.start())):
            # "Four bodies had gunshot wounds", "two of the dead had bullet wounds": the
            # wounds are how they died; the figure is of the dead, up to "had"
            outcome, ev_end = "killed", had.start()
        if outcome in ("wounded", "killed") and ev_start >= cstart and _CAPACITY_TAIL(
                s, max(0, cstart - 60), cstart) and (
                _CAPACITY_BEFORE.search(s, max(0, cstart - 60), cstart)):
            # "surgical supplies for up to 300 wounded": how many they can treat, no toll
            # (the displaced that aid is "for" are people displaced: they stay)
            continue
        if outcome == "displaced" and not (toks and toks[-1].lower() in _FLEEING_CIVILIANS) and (
                _FLED_PLACE.search(s, cstart, ev_end)):
            continue  # "two gunmen fled the town": only civilians fleeing a place are displaced
        if qual == "exact" and t[cstart - 2:cstart - 1] in _PASSING_LAST and _PASSING_TAIL(
                s, max(0, cstart - 12), cstart) and (
                _PASSING.search(s, max(0, cstart - 12), cstart)):
            # "Gaza toll passes 33,000", "toll tops 1,000" (README); tried on figures only,
            # not on every count
            qual = "more_than"
        if condition_here and _IF_AFTER.match(s, ev_end) and (
                _rare("forecast_before").search(s, max(0, ev_start - 30), ev_start)):
            continue  # "Aid agencies fear 200,000 deaths if the famine spreads": a forecast
        if outcome in ("captured", "arrested") and ev_start == cstart and (
                " prison" in s or " jail" in s or " penitentiary" in s) and (
                inmate_moved(s, ev_end)):
            # (round en225) "a gang leader held in the prison complex was flown to ...": an
            # inmate's move, no arrest (the participle after the people, as written or as a
            # rereading words it, ends the span)
            continue
        if (quoted or quoted_count or ev_end > rgend > gend) and ev_start == cstart and (
                cstart and s[cstart - 1] in _OPEN_QUOTES):
            # (at the sentence's start there is no mark: the empty slice is "in" any string,
            # which gave "A boy of eight died." a span that began before the sentence)
            ev_start -= 1  # the source's quoted count with both its quotation marks
        item = {
            "start": base + ev_start, "end": base + ev_end, "text": s[ev_start:ev_end],
            "outcome": outcome, "count_low": low_n, "count_high": high, "qualifier": qual,
            "group": group,
        }
        out.append(item)
        prev, prev_tail, prev_gapped = item, cend if cend > gend else gend, gapped
    if prev is not None and (" and a" in s or " AND A" in s or " And a" in s):
        gapped_ordinals(s, base, out)  # (round en122) "Six patients died and a seventh in ..."
    if "hospital" in s and s.startswith(("A ", "An ")):
        ordinal_taken_to_care(s, base, out, _person_like)  # (round en225) "A third man ..."
    _bomber(s, base, out, low)
    _late_readers(s, base, out, low)


def _late_readers(s: str, base: int, out: list[dict[str, object]],
                  low: str | None = None) -> None:
    """(round en181) Figures no count of the loop reads, each gated on its own words: a
    headline's family counted by its size with no article ("kills family of five") and a
    key-figure line whose label names a place ("- People displaced to Kessa town: 6,500").
    ``low`` is ``s`` lowered, where the caller has it."""
    bare_families(s, base, out, low)
    labelled_places(s, base, out)


# A writer's note on the toll's own figure: "a toll of eight, a figure that two doctors
# said was accurate" (the doctors are no figure of the toll).
_NOTE_ON_FIGURE = re.compile(
    rf",\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?:{alt((*EN.FIGURE_NOUNS, 'estimate', 'count'))})\b",
    re.IGNORECASE)


# A toll heading somewhere: "the toll could rise to 50", "is expected to reach 100".
_RARE["toll_prospect"] = (
    rf"\b(?:{alt(EN.TOLL_PROSPECT_CUES)})\s+(?:[a-z]+\s+)?(?:{alt(EN.TOLL_CHANGE_VERBS)})\b")


def _toll(s: str, cstart: int, toks: list[str]) -> tuple[str, int] | None:
    """(outcome, span start) when the count at ``cstart`` is the figure of a toll on its
    left ("the death toll rose to 30", "the number of U.S. troops killed ... has reached
    1,000"), else None. A clause between them cuts the link (``_clause_between``)."""
    far_left = s[max(0, cstart - 160):cstart]
    low_left = far_left.lower()
    off = cstart - len(far_left)
    tolled = "toll" in low_left or "count" in low_left or "number" in low_left
    tm = next(matches_at_words(_TOLL, far_left, low_left, _TOLL_OPENINGS),
              None) if tolled else None
    if tm is None and tolled and _RISEN_TO_END.search(far_left, len(far_left) - 16):
        tm = _TOLL_RISEN.search(far_left)
    # a toll counts people: "the toll in 4 provinces" is no toll of 4
    if tm and not _clause_between(tm.group("gap")) and (not toks or _person_like(toks)) and (
            not _NOTE_ON_FIGURE.search(tm.group("gap"))) and not (
            _rare("toll_prospect").search(tm.group("gap"))):
        # "the toll of injured rose to 140", "the injury toll": a toll of another
        # outcome names it; a bare toll counts the dead
        of = _TOLL_OF.match(tm.group("gap"))
        kind = _INJURY_BEFORE.search(far_left, 0, tm.start())
        named = tm.group(0).split(None, 2)
        outcome = (_ADJECTIVE_OUTCOME.get(of.group("w").lower(), "killed") if of
                   else "wounded" if kind or (named[0].lower() == "number" and len(named) > 1
                                              and named[1].lower() in _WOUNDED_WORDS)
                   else "killed")
        return outcome, off + (kind.start() if kind else tm.start())
    nm = _NUMBER_OF.search(far_left) if any(map(low_left.__contains__, _NUMBER_OF_STEMS)) \
        else None
    if nm and not _clause_between(nm.group("gap")) and not _rare("toll_prospect").search(
            nm.group("gap")) and NONPERSON.isdisjoint(
            nm.group(0).lower().split()[2:5]):
        # ("the number of cattle taken" counts no people)
        # "The number of U.S. troops killed in Iraq has reached 1,000"
        return next(k for k, v in nm.groupdict().items() if v and k != "gap"), off + nm.start()
    return None


# Past forms of the outcome verbs ("seized", "killed", "detained"; not "freed").
_PAST_OUTCOME = {w: k for k, forms in EN.OUTCOME_VERBS.items() if k != "freed"
                 for w in forms if " " not in w and w.endswith("ed")}
# (with "held": "four employees of a haulage firm it has held", whose firm may come
# between)
_PAST_OUTCOME["held"] = "captured"
_PRONOUN_OBJECT = re.compile(
    r"(?:\s+of\s+(?:an?|the)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,2}?)?"
    r"\s+(?:that\s+|whom\s+)?(?:they|he|she|we|it)\s+(?:had\s+|have\s+|has\s+)?"
    rf"(?P<v>{alt(_PAST_OUTCOME)})\b", re.IGNORECASE)
# ((round en207) "only" or "just" between, as a side plays down its dead: "the Tigers said
# they had lost only four fighters"; and the noun, "the government admits the loss of three
# soldiers")
_LOST_BEFORE = re.compile(r"\b(?:lost|the\s+loss\s+of)\s+(?:another\s+|only\s+|just\s+)?$",
                          re.IGNORECASE)
_LOST_COMBATANTS = frozenset(EN.LOST_COMBATANTS)
# "rescued 20 people from the river": saved from a danger, no captives (a story of
# hostages may tell of a flood too)
# (the patterns of this round compile on first use, as the rare ones above)
_RARE["rescued_from"] = (
    rf"\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{alt(EN.RESCUE_DANGERS)})\b")
_RARE["own_side"] = (
    r"\b(?:we|it|they|(?:his|her|their|our|its)\s+[\w'’\-]+)\s+(?:have\s+|has\s+|had\s+)?$")
# (round en183) ... or the side's own clause before "and lost": "its escort killed 17
# attackers and lost three soldiers" (up to six words of its clause, no stop between)
_RARE["own_side_and"] = (
    r"\b(?:we|they|(?:his|her|their|our|its)\s+[\w'’\-]+)\s+(?:[\w'’\-]+\s+){1,6}and\s+$")
_MEASURE_UNITS = frozenset(EN.MEASURE_UNITS)
# the modal "may" in lower case only: "An attack in May killed 12 soldiers"
_LOWER_CASE_MODAL = "may"
_RARE["unrealised"] = (
    rf"\b(?:{alt(EN.UNREALISED_CUES)})\s+$"
    rf"|\b(?-i:{_LOWER_CASE_MODAL})\s+$")
# (round en186) a capture still sought: "a reward for information leading to the capture of"
_RARE["capture_sought"] = (
    rf"(?:\b(?:{alt(EN.CAPTURE_SOUGHT_CUES)})|\b(?:{alt(EN.CAPTURE_LEADING_SOUGHT)})\b"
    rf"[^.;:!?]{{0,40}}?\b(?:{alt(EN.CAPTURE_LEADING_CUES)}))\s+(?:(?:the|a|an|their|his|her)\s+)?$")
_RARE["asked_for"] = (
    rf"\b(?:{alt(EN.UNREALISED_NOMINAL_CUES)})\s+(?:(?:the|a|an|their|his|her|its)\s+)?$")
# (the whole group may be named, after the forty-fifth round: "drove the 600 residents
# from the village", "forced all 3,000 residents to leave", as "killed the 12 passengers")
_WHOLE_GROUP = r"(?:(?:all\s+)?the\s+|all\s+)?"
_RARE["forced_before"] = (
    rf"\b(?:{alt((*EN.FORCING_VERBS, *EN.COMPELLING_VERBS, *EN.CAUSING_VERBS))})\s+"
    rf"{_WHOLE_GROUP}$")
_RARE["companion_of"] = (
    r"(?:\b(?:was|were|been|being)\s+(?:(?:also|then|later|reportedly|allegedly)\s+)?"
    rf"(?:(?P<dead>{alt(EN.COMPANION_DEATHS)})|(?P<v>{alt((*_PAST_OUTCOME, 'taken'))})"
    # ... or shot in a limb, wounded as the passive of it is (round 56): "was shot in the
    # right leg along with two other passengers"
    r"|(?P<limb>shot\s+in\s+(?:the|his|her|their)\s+(?:(?:left|right)\s+)?"
    rf"{alt(EN.SHOT_LIMBS)}))\b"
    r"(?:\s+(?:hostage|captive))?"
    # one or two phrases of time or place: "for five months", "in a camp in the hills",
    # each perhaps with an "of" of its own (round 49): "on the evening of 5 January", "on
    # the outskirts of Kessa"
    # (round en183: "from" too, "was kidnapped from a bus with her two sons", for a taking
    # only, see the reader)
    r"(?P<gap>(?:\s+(?:for|in|at|on|near|to|inside|outside|from)\s+"
    rf"(?!(?:a|an|the)\s+(?:{alt(EN.COMPANION_NOT_PLACES)})\b)"
    r"(?:[^\s,.;:!?\"“”]+\s+){0,3}?[^\s,.;:!?\"“”]+"
    r"(?:\s+of\s+(?:[^\s,.;:!?\"“”]+\s+){0,2}?[^\s,.;:!?\"“”]+)?){1,2})?"
    r"\s+(?:(?:along|together)\s+)?(?:with|alongside)"
    # ... or the active verb, its object named without a count, then "along with":
    # "abducted the engineer along with his two guards", "arrested Mayor Tom Oduya
    # together with 12 councillors"
    # (round en174) ... or a verb of carrying people away, its object one definite person:
    # "took away the parish priest together with two altar servers"
    rf"|\b(?:(?P<v2>{alt(_PAST_OUTCOME)})|(?P<away>{alt(EN.TAKEN_ALONG_VERBS)}))\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+"
    r"(?:[a-z][\w'’\-]*\s+){0,2}?[a-z][\w'’\-]*"
    r"|(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,3})"
    r"\s+(?:(?:along|together)\s+with|alongside))$")
_RARE["arresting_taker"] = rf"\b(?:{alt(EN.ARRESTING_FORCES)})\b"
_RARE["with_before"] = r"\b(?P<w>with|alongside)\s+(?:(?:his|her|their|its)\s+)?$"
# ... with the passive's agent before the companions (round 45): "was seized by gunmen
# together with three other traders", "was taken off his bus by armed men with two other
# passengers": perhaps where from, then "by" and up to three words of the agent
_RARE["companion_by_agent"] = (
    r"\b(?:was|were|been|being)\s+(?:(?:also|then|later|reportedly|allegedly)\s+)?"
    rf"(?:(?P<dead>{alt(EN.COMPANION_DEATHS)})|(?P<v>{alt((*_PAST_OUTCOME, 'taken'))}))\b"
    r"(?:\s+(?:off|from|out\s+of)\s+(?:[^\s,.;:!?\"“”]+\s+){0,2}?[^\s,.;:!?\"“”]+)?"
    r"\s+by\s+(?P<agent>(?:[a-z][\w'’\-]*\s+){0,2}?[a-z][\w'’\-]*)"
    r"\s+(?:(?:along|together)\s+)?(?:with|alongside)\s+(?:(?:his|her|their|its)\s+)?"
    # ("a couple of", "a trio of", "an estimated 3,000": the count may open after these)
    r"(?:an?\s+(?:estimated\s+)?)?$")


_TIME_GAP_WORDS = frozenset(EN.COMPANION_TIME_WORDS)
_COMPANION_OTHERS = frozenset(EN.COMPANION_OTHERS)
_ENCOUNTERS = frozenset(EN.COMPANION_NOT_PLACES)


def _time_gap(gap: str) -> bool:
    """Is the phrase between a passive outcome and "with" a time ("on the evening of 5
    January", "on Sunday"), after which the companions share the outcome (round 49)?"""
    words = [w.lower() for w in gap.split()]
    return any(w.isdigit() or w in _TIME_GAP_WORDS for w in words) and (
        _ENCOUNTERS.isdisjoint(words))  # "on Sunday in a clash with 20 rebels"


def _companion_after_agent(s: str, cstart: int) -> str | None:
    """The outcome a passive with its agent gives the companions counted at ``cstart``, or
    None. Taken or held only by armed men or a captor ("taken by relatives with" is no
    capture); an agent that is a weapon or a thing is left out by its words."""
    comp = _rare("companion_by_agent").search(s, max(0, cstart - 120), cstart)
    if comp is None:
        return None
    if comp.group("dead"):
        return "killed"
    word = comp.group("v").lower()
    agent = comp.group("agent").lower()
    if word in _HELD_OR_TAKEN:
        armed = "armed" in agent or "masked" in agent or _rare("captor_near").search(agent)
        return "captured" if armed else None
    return _PAST_OUTCOME.get(word)
_RARE["relative_then_and"] = (
    # a relative pronoun, or a participle in -ing right after the noun ("two women
    # carrying water, and a boy"; not one of an outcome: "killing", "wounding")
    rf"(?:,?\s+(?:who|whom|whose)|\s+(?!(?:{_ALL_VERBS})\b)[a-z]{{2,}}ing)\s+"
    # no count, no speech verb inside the clause
    r"(?![^,.;:!?\"“”]*\d)"
    rf"(?![^,.;:!?\"“”]*\b(?:{alt((*EN.UNITS, *EN.TENS, *EN.VAGUE))})\b)"
    rf"(?![^,.;:!?\"“”]*\b(?:{alt((*EN.PAST_SPEECH_VERBS, 'says', 'say'))})\b)"
    r"[^,.;:!?\"“”]{3,80},\s+and\s+(?:(?:also|then)\s+)?")
_RARE["care_gap"] = rf"\b(?:{alt(EN.CARE_PLACES_COMPANION)})\b"
_ORIGIN_NAME = (rf"(?:(?:{alt(EN.ORIGIN_ARTICLES)})[-‑])?(?-i:[A-Z])[\w'’\-]+"
                r"(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2}")
_RARE["forced_origin"] = (
    rf"\s+(?:of|from)\s+(?:(?:{alt(EN.ORIGIN_OPENERS)})\s+)?"
    rf"(?:(?:[a-z][\w\-]*\s+)?(?:{alt((*EN.SETTLEMENT_NOUNS, *EN.FORCED_LEAVE_PLACES))})"
    rf"(?:\s+of\s+{_ORIGIN_NAME})?|{_ORIGIN_NAME})"
    r"(?=\s+(?:to|out|from|were|was|are|have|has|had)\s)")
_RARE["forced_out"] = (
    # (round en223: "into" the wild or across a line of civilians only, checked where the
    # figure is built: "forcing about 4,000 people to flee into the forest"; "forced 40
    # gunmen to flee into the hills" is a retreat)
    r"\s+(?:to\s+(?:flee\b(?!\s+(?:with|the\s+scene)\b)(?P<into>(?=\s+into\b))?"
    # (their homes left, abandoned or forced out of: whoever they are, round 44)
    r"|(?:leave|abandon)\s+(?P<home>(?:their|his|her)\s+homes?\b))"
    r"|(?:(?:out\s+)?from|out\s+of)\s+(?P<home2>(?:their\s+|his\s+|her\s+)?homes?\b)"
    # made to leave, civilians only (round 44): with nothing after the verb, a home place
    # or a named place left or abandoned; out of a home place
    r"|(?P<bare>to\s+leave(?=\s*[,.;:!?\"”’)]|\s*$"
    rf"|\s+(?:{alt(EN.FORCED_LEAVE_CLOSERS)})\b)"
    r"|to\s+(?:leave|abandon)\s+(?:(?:the|their|his|her|its)\s+)?"
    # (perhaps named by where it lies, round en118: "to leave the western districts")
    rf"(?:(?:{_LEFT_NEAR})\s+)?(?:{alt(EN.FORCED_LEAVE_PLACES)})\b"
    r"|to\s+leave\s+(?-i:[A-Z])[\w'’\-]+"
    rf"|out\s+of\s+(?:the\s+|their\s+)?(?:{alt(EN.FORCED_LEAVE_PLACES)})\b)"
    # driven over a frontier, into another country or the wild, out of a home place:
    # "has driven 80,000 across borders", "into Ethiopia", "out of the valley"
    rf"|across\s+(?:the\s+)?(?:{alt(EN.DRIVEN_ACROSS_PLACES)})\b"
    rf"|into\s+(?:(?:neighbouring|neighboring)\s+)?(?:(?-i:[A-Z])[\w'’\-]+|(?:the\s+)?"
    rf"(?:{alt(EN.DRIVEN_INTO_PLACES)})\b)"
    # into a shelter, or to the wild (round 43): "into a United Nations base", "drove 800
    # residents to the hills"
    r"|into\s+(?:a|an|the|their)\s+(?:[\w'’.\-]+\s+){0,3}?"
    rf"(?:{alt(EN.DRIVEN_INTO_SHELTERS)})\b"
    rf"|to\s+the\s+(?:{alt(EN.DRIVEN_INTO_PLACES)})\b"
    # from a home place named with up to three words (round 43): "drives hundreds from
    # Haitian rice town", "drove 400 villagers from the district"
    r"|from\s+(?:the\s+|their\s+)?(?:[\w'’\-]+\s+){0,3}?"
    rf"(?:{alt(EN.HOME_PLACES)})\b"
    rf"|out\s+of\s+(?:the\s+|their\s+)?(?:{alt(EN.HOME_PLACES)})\b)")


# ... from a place by its name, up to three capitalised words (round 45): "drives hundreds
# from Martissant", "drove 3,000 villagers from Cite Soleil" ("from Tor to the capital" is
# a journey)
_RARE["from_named_place"] = (
    r"\s+from\s+(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western"
    # (a day or a month is no place: "from Friday prayers", "from March until June")
    rf"|central)\s+)?(?!(?:{alt((*EN.WEEKDAYS, *EN.MONTHS))})\b)"
    r"(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2}"
    r"(?!\s+(?:to|into|towards|toward)\b)"
    # ... or a home place, for the verbs the older rule does not know: "pushed 3,000
    # people from their villages"
    r"|\s+from\s+(?:the\s+|their\s+)?(?:[\w'’\-]+\s+){0,3}?"
    rf"(?:{alt(EN.HOME_PLACES)})\b")
_RARE["driving_before"] = (
    rf"\b(?:{alt(EN.DRIVING_OUT_VERBS)})\s+(?P<out>out\s+)?{_WHOLE_GROUP}$")


def _driven_from_named_place(s: str, cstart: int, gend: int, toks: list[str],
                             low_n: int) -> tuple[int, int] | None:
    """The span of civilians, or a crowd with no noun, driven from a named place: a verb
    of driving right before the count, "from" and the name right after its noun."""
    if not fleeing_people(toks, low_n):
        return None
    if not (drove := _rare("driving_before").search(s, max(0, cstart - 24), cstart)):
        return None
    if place := _rare("from_named_place").match(s, gend):
        return drove.start(), place.end()
    # the particle says they left: "drove out 400 residents", "chased out hundreds"
    return (drove.start(), gend) if drove.group("out") else None


# A place emptied of its people (after the forty-fifth round): the verb, then the place
# (none in the passive), then "of" (and "its" or "their") right before the count.
_RARE["emptied_of"] = (
    r"\b(?:emptied|empties|emptying)\s+(?:out\s+)?"
    r"(?P<place>(?:[^\s,.;:!?\"“”()]+\s+){0,4}?)of\s+(?:(?:all\s+)?(?:its|their)\s+)?$")
# ... and in the passive, the place as its subject: "the town was emptied of"
_RARE["emptied_subject"] = (
    r"(?P<place>\b[\w'’\-]+)\s+(?:(?:was|were)|(?:has|have|had)\s+been)\s+"
    r"(?:(?:almost|nearly|virtually|completely|entirely|all\s+but|since|now)\s+)?$")
_HOME_OR_TOWN = frozenset(w.lower() for w in EN.FORCED_LEAVE_PLACES)


def _emptied_of(s: str, cstart: int) -> int | None:
    """Where the phrase of a place emptied of the people counted at ``cstart`` starts, or
    None. The place is a home place ("the village", "whole districts") or a name ("Tor",
    "the Old City"): a school, a hall or a prison emptied of its people is no flight."""
    emptied = _rare("emptied_of").search(s, max(0, cstart - 70), cstart)
    if emptied is None:
        return None
    place = emptied.group("place").split()
    if not place:  # the passive: the place is the subject before the verb group
        subject = _rare("emptied_subject").search(s, max(0, emptied.start() - 60),
                                                  emptied.start())
        if subject is None:
            return None
        place = [subject.group("place")]
    last = place[-1]
    return emptied.start() if (last.lower() in _HOME_OR_TOWN or last[:1].isupper()) else None


def _unrealised(s: str, verb_start: int) -> bool:
    """Is the outcome verb at ``verb_start`` a threat, a plan or an attempt ("would kill",
    "threatened to behead")?"""
    lo = verb_start - 28 if verb_start > 28 else 0
    if s[lo:verb_start].rstrip()[-2:].lower() not in _UNREALISED_ENDS:
        return False  # the word before the verb ends as no cue does (most verbs)
    return bool(_rare("unrealised").search(s, lo, verb_start))


# The last two letters of every cue of "unrealised": only spaces may follow its cue, so the
# text before the verb, its spaces stripped, ends with them. (None of these letters is one
# that case-blind matching folds from another letter, so ``lower`` reads them as the
# pattern does.)
_UNREALISED_ENDS = frozenset(cue[-2:] for cue in (*EN.UNREALISED_CUES, _LOWER_CASE_MODAL))


def _asked_for(s: str, verb_start: int) -> bool:
    """Is the outcome nominal at ``verb_start`` asked for, sought or bargained over
    ("demanded the release of", "talks on the release of")?"""
    return bool(_rare("asked_for").search(s, max(0, verb_start - 28), verb_start))


_RARE["cared_for"] = (
    r"\s+(?:(?:had|have|has|were|was|are|is|been|being|later|also|all|still"
    rf"|{VERB_ADVERB})\s+){{0,3}}"
    rf"(?:(?:{alt(EN.CARE_VERBS)})\s+"
    # (round en154) the particle of a move away from the scene: "two marchers were carried
    # off with gunshot wounds"
    r"(?:(?:away|off)\s+)?"
    # (round en133) or the copula alone with the place of care: "were still in hospital
    # with shrapnel wounds"
    rf"|(?=in\s+(?:{alt(EN.CARE_PLACES)})\s))"
    rf"(?:(?:to|in|at|into)\s+(?:(?:the|a|an)\s+)?(?:[\w'’\-]+\s+){{0,2}}?"
    rf"(?:{alt(EN.CARE_PLACES)})\s+"
    # the town of the hospital (round 43): "were taken to hospital in Kisumu with
    # gunshot wounds", "at a clinic in Port Harcourt"; any place by its shape: "in the
    # town of Tor", "in nearby Tor", "in the capital"
    rf"(?:(?:in|at|near)\s+{PLACE},?\s+)?"
    # ... or the town alone: "were hospitalised in Tor with gunshot wounds", "flown to
    # the capital with shrapnel wounds"
    rf"|(?:to|in|at|into|near)\s+{PLACE},?\s+"
    # ... or no place at all, the care's own words saying where (round 57): "two men
    # brought in with gunshot wounds", "were admitted with burns"
    r"|in\s+)?"
    r"(?:with|for)\s+(?:(?:[\w'’\-]+,?\s+(?:(?:and|or)\s+)?){0,3}?"
    rf"(?:{alt(EN.CARE_WOUNDS)})"
    # (round en166) what a gas or a blast did, as "treated for the effects of tear gas" is
    # read: "were treated in hospital for the effects of pepper spray"; and the breath's
    # harm, a wound only where the sentence names the gas (``_gas_told``)
    rf"|the\s+effects\s+of\s+(?:{alt(EN.HARMFUL_EFFECTS)})"
    rf"|(?P<breath>{alt(EN.BREATHING_HARMS)}))\b")


def _gas_told(s: str, doc_low: str = "") -> bool:
    """Whether sentence ``s`` names a weapon of crowd control's gas or spray, what the
    breath's harm of people treated there came from; or (round en176) the story in
    ``doc_low`` (the document lowered) tells such a gas or a fire anywhere: "Police fired
    tear gas. Twelve people were treated for breathing problems"."""
    low = s.lower()
    return any(gas in low for gas in EN.CROWD_GASES) or any(
        cause in doc_low for cause in EN.BREATH_HARM_CAUSES)


_RARE["treated_before"] = r"\btreat(?:ed|ing)\s+$"
# (round en187) hosts of the displaced: "households hosting (internally) displaced families"
_RARE["hosting_displaced"] = (
    rf"\b(?:{alt(EN.HOSTING_PARTICIPLES)})\s+(?:(?:the|internally|newly|recently)\s+){{0,2}}"
    rf"(?:{alt(EN.HOSTED_PEOPLE)})\b")
# ... and the passive with where they were treated between verb and harm (round 45): "had
# been treated there for beatings", "were treated at the scene for smoke inhalation"
_RARE["treated_where"] = (
    r"\s+(?:(?:had|have|has|were|was|are|is|been|being|all|also|later|since|now)\s+){1,3}"
    r"treated\s+(?:there|here|locally|on\s+site|on\s+the\s+spot|at\s+the\s+scene)\s+"
    rf"for\s+(?:{alt(EN.TREATED_HARMS)})\b")


def _treated_for_harm(s: str, cstart: int, gend: int, toks: list[str]) -> tuple[int, int] | None:
    """The span (start, end) of people treated for a harm done to them: the active "treated
    25 people for beatings" (a person noun after the count) or the passive with a place
    word, "31 people had been treated there for beatings" (a noun, or none before a plural
    verb)."""
    if toks and not _person_like(toks):
        return None
    if toks and (harm := _TREATED_GAP.match(s, gend)) and (
            treated := _rare("treated_before").search(s, max(0, cstart - 10), cstart)):
        return treated.start(), harm.end()
    if (toks or s.startswith((" were ", " have ", " had "), gend)) and (
            where := _rare("treated_where").match(s, gend)):
        return cstart, where.end()
    if toks and (after := _rare("treated_after_violence").match(s, gend)):
        # "About 40 people were treated and discharged after the attacks": the care
        # follows the violence it was for, as "treated for wounds" names the harm
        return cstart, after.end()
    if toks and (cause := care_then_cause(s, gend)):
        return cstart, cause  # (round en108) "treated, three of them for gunshot wounds"
    return _care_for_most(s, cstart, gend, toks)


def _care_for_most(s: str, cstart: int, gend: int, toks: list[str]) -> tuple[int, int] | None:
    """People given care whose harm is told of most of them right after ("doctors have
    treated at least 30 people, most of them for wounds caused by rubber bullets"): the
    harm told of the greater part is what the care was for, so the count is of the wounded;
    illnesses stay out as in ``TREATED_HARMS``."""
    if not toks or not (harm := _rare("harm_of_most").match(s, gend)):
        return None
    cared = _rare("treated_before").search(s, max(0, cstart - 10), cstart)
    return (cared.start(), harm.end()) if cared else None
# After treated people, where and when, then the harm told of most of them (see
# _care_for_most).
_RARE["harm_of_most"] = (
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’\-]*(?:\s+(?:today|yesterday|overnight|tonight))?)?"
    # (round en89) or since when: "treated 27 people since the morning, most for ..."
    r"(?:\s+since\s+(?:the\s+)?[\w'’\-]+)?"
    rf",\s+(?:(?:{alt(EN.MOST_OF_THEM)})\s+of\s+them|{alt(EN.CARE_MAJORITY_BARE)})"
    r"\s+for\s+(?:the\s+)?"
    rf"(?:effects\s+of\s+(?:{alt(EN.HARMFUL_EFFECTS)})|(?:{alt(EN.TREATED_HARMS)})"
    # (round en89) kinds of wound joined, as after the active "treated ... for"
    r"|(?:[a-z][\w\-]*(?:,|\s+(?:and|or))?\s+){1,4}(?:wounds|injuries))\b")
# The passive care, perhaps ended by the patients' leaving, then the violence it came after
# (see _treated_for_harm): "were treated and discharged after the attacks".
_RARE["treated_after_violence"] = (
    r"\s+(?:were|have\s+been|had\s+been)\s+treated(?:\s+and\s+(?:discharged|released"
    r"|sent\s+home))?\s+(?:after|following)\s+(?:the|that|this|these|those)\s+"
    rf"(?:[\w'’\-]+\s+){{0,2}}?(?:{alt(EN.VIOLENCE_CUES)})\b")
# ... for kinds of wound or weapons joined by "and" / "or" / commas, as _TREATED_WOUNDS
# (round en187: no second "for" among the kinds, which is a gapped count's: "treated nine
# people for burns and two for gunshot wounds")
_RARE["treated_kinds"] = (
    r"\s+for\s+(?:(?!for\b)[a-z]+(?:,|\s+(?:and|or))?\s+){1,4}(?:wounds|injuries)\b")
_RARE["bomber_died"] = (
    r"\b(?P<who>the\s+(?:suicide\s+)?(?P<noun>bomber))\s+"
    rf"(?:{alt(EN.BOMBER_DEATHS)})\b")
_RARE["to_violence"] = (
    rf"\s+to\s+(?:(?:the|an?|their|its)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alt((*EN.VIOLENCE_CUES, *EN.LOST_TO_BANDS))})\b")
# "held" right after a count with no noun: with a copula only after a remainder word ("the
# remaining 160 are still held"), bare only where a headline or list ends it ("30 held
# in Harun", "30 held, 2 dead"), so "30 held talks" and "12 held up signs" stay nothing.
# "had taken dozens of prisoners", "taken 'dozens' of prisoners": the verb right before
# the count; "took 40 prisoners to court" is no capture.
_RARE["taken_before"] = rf"\b(?:{alt(EN.TAKING_VERBS)})\s+(?:['‘\"“]\s*)?$"
_RARE["into_custody"] = rf"\s+into\s+(?:{alt(EN.CUSTODY_PLACES)})\b"
_RARE["taken_elsewhere"] = rf"\s+(?:{alt(EN.TAKEN_ELSEWHERE)})\b"
_PRISONER_NOUNS = frozenset(EN.PRISONER_NOUNS)
_RARE["taken_along"] = rf"\s+(?:{alt(EN.TAKEN_ALONG)})\b(?!\s+for\b)"
_RARE["to_death_before"] = rf"\b(?:{alt(EN.TO_DEATH_VERBS)})\s+to\s+death\s+$"
_RARE["detained_after"] = rf"\s+(?:who\s+(?:were|had\s+been)\s+)?(?:{alt(EN.ARREST_PARTICIPLES)})\b"
_ADMISSION_NOUNS = frozenset(EN.ADMISSION_NOUNS)
_RARE["admitted_for_injuries"] = (
    rf"\s+(?:for|with)\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?:{alt(EN.ADMISSION_INJURIES)})\b")
_RARE["member_named"] = (
    rf",\s*(?:[\w'’\-]+\s+){{1,3}}(?:{alt(EN.MEMBER_NAMED_ENDS)})\s*,"
    r"(?=\s+(?:were|was|had|have|has|are|is)\s)")
_GENERIC_PERSONS = frozenset(EN.GENERIC_PERSONS)
_RARE["generic_opener"] = rf"\b(?:{alt(EN.GENERIC_CLAUSE_OPENERS)})\s+$"
_RARE["generic_present"] = rf"\s+(?:{alt(EN.GENERIC_PRESENT_VERBS)})\b"
# ... also after a first object with no count, coordinated (round 55): "gunmen took away the
# driver and two nurses" (the driver has no count word; the nurses are the figure, as after
# "seized the driver and two nurses")
_RARE["took_away_before"] = (
    rf"\b(?:{alt(EN.TAKING_VERBS)})\s+away\s+"
    r"(?:(?:the|a|an|their|its)\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?\s+and\s+)?$")
# (round 57) "armed men" and "masked men" are captors by their description, as in
# casualty_taken: "armed men came to the market and took away two traders"
_RARE["captor_near"] = (
    rf"\b(?:{alt(EN.CAPTOR_NOUNS)}|(?i:armed|masked)\s+(?:{alt(EN.ARMED_BAND_NOUNS)}))\b")
_COUNTED_CAPTIVES = frozenset(EN.COUNTED_CAPTIVES)
_RARE["captive_after"] = rf"\s+({alt(EN.COUNTED_CAPTIVES)})\b"
_CAPTIVE_ORDINALS = frozenset(EN.CAPTIVE_ORDINALS)
# People held, with their noun, only where the holding goes on: "two of his colleagues
# are still being held" ("12 victims were held at the stadium" is a funeral).
# A release denied: "have not been released", "have still not been freed", "had not yet
# been released".
_NOT_RELEASED = re.compile(
    r"\s+(?:have|has|had)\s+(?:still\s+|yet\s+)?not\s+(?:yet\s+)?been\s+(?:released|freed)\b",
    re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
# Captors after "held": whoever the story is about, these are captives ("More than 100
# girls are still being held by Boko Haram"); one holder may come before them, joined by
# "or" / "and" ("held by residents or armed groups", round 64).
_HELD_BY_CAPTORS = (
    r"\s+by\s+(?:the\s+|their\s+|an?\s+)?(?:[\w'’\-]+\s+(?:or|and)\s+)?(?:[\w'’\-]+\s+)?"
    rf"(?:{alt(EN.CAPTIVITY_HOLDERS)})\b")
_RARE["held_by_captors"] = _HELD_BY_CAPTORS
_STILL_HELD = re.compile(
    r"\s+(?:(?:are|were|is|was|remain|remained)\s+(?:still\s+being|still|being\s+still)"
    r"\s+held"
    # ... or kept for a time: "The 14 crew members remain held", "Two journalists have
    # been held since March" (round 42), or by captors (round 64: "As many as 30 soldiers
    # have been held by armed groups"; "held by the police" is a detention, left out)
    r"|(?:remain|remains|remained)\s+held"
    rf"|(?:have|has|had)\s+(?:now\s+)?been\s+held(?=\s+(?:since|for)\b|{_HELD_BY_CAPTORS}))\b",
    re.IGNORECASE)
# The auxiliaries that open it, for a first test: " were ", " was ", " have ", ...
_PASSIVE_AUX_AFTER = (" were ", " was ", " are ", " is ", " have ", " has ", " had ")
# A passive of freeing whose complement names the captors or captivity.
_RARE["freed_from_captors"] = (
    r"\s+(?:were|was|are|is|(?:have|has|had)\s+been)\s+"
    rf"(?:(?:{VERB_ADVERB})\s+){{0,2}}(?:freed|released|rescued|set\s+free|liberated)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day)?"
    # by the captors, or from captivity, their hands or a place of theirs ("released from
    # the militia" is also a child soldier's demobilisation, and stays out)
    r"\s+(?:by\s+(?:the\s+|their\s+|an?\s+)?(?:[\w'’\-]+\s+)?"
    rf"(?:{alt(EN.CAPTIVITY_HOLDERS)})\b"
    r"|from\s+(?:captivity\b|the\s+hands\s+of\s+(?:the\s+|their\s+)?(?:[\w'’\-]+\s+)?"
    rf"(?:{alt(EN.CAPTIVITY_HOLDERS)})\b|(?:the\s+|their\s+)?(?:[\w'’\-]+\s+)?"
    rf"(?:{alt(EN.CAPTIVITY_HOLDERS)})(?:['’]s|['’])\s+(?:[\w\-]+\s+)?"
    rf"(?:{alt(EN.CAPTIVITY_PLACES)})\b))")
# People held with the terms of a detention after "held": without charge or trial, in
# custody or detention (a time may come between: "held for more than a year without
# charge").
_RARE["held_by_the_state"] = (
    r"\s+(?P<held>(?:(?:have|has|had)\s+(?:now\s+|since\s+|all\s+)?been"
    r"|(?:are|were|is|was)(?:\s+still)?(?:\s+being)?|remain|remains|remained)\s+held)"
    r"(?:\s+(?:for|since)\s+[^,.;:!?\"“”()]{1,30}?)?"
    r"\s+(?:without\s+(?:charge|charges|trial)"
    r"|in\s+(?:police\s+|military\s+|pre-trial\s+|pretrial\s+)?(?:custody|detention))\b")
# ... and through the places of a detention (round 49), up to two words before the place
# ("temporary", "the city's")
_RARE["through_detention"] = (
    rf"\s+(?:{alt(EN.DETENTION_PASSAGES)})\s+(?:(?:the|a)\s+)?"
    r"(?:[\w'’\-]+\s+){0,2}?"
    rf"(?:{alt(EN.DETENTION_PLACES)})\b")
_HELD_AFTER = re.compile(
    r"(?P<aux>\s+(?:are|were|remain|remained)(?:\s+still)?)?\s+held"
    r"(?=\s*(?:$|[,;:.]|\s(?:in|at|without|for|by|after|over|since)\b))", re.IGNORECASE)
# Verbs of holding people: a group that says what it is wins over them ("The camp holds
# 80,000 refugees"), and with no noun they count the rest of the captives only in a story
# of hostages, as freeing does.
_HOLD_STEMS = ("hold", "held")
_HELD_SUSPECTS = frozenset(EN.HELD_SUSPECTS)
_QUESTIONED_AFTER = re.compile(
    rf"(?:\s+by\s+(?:the\s+)?\w+)?\s+(?:{alt(EN.QUESTIONING_TERMS)})\b", re.IGNORECASE)
_SWAPPED_CAPTIVES = frozenset(EN.SWAPPED_CAPTIVES)
# A release or a swap to come says the people are held now: "will free 3 soldiers", "will
# exchange 40 prisoners next week" (round 51).
_HELD_NOW_STEMS = (*EN.RELEASE_STEMS, *EN.SWAP_STEMS)
_REMAINING_BEFORE = re.compile(rf"\b(?:{alt(EN.REMAINDER_WORDS)})\s+$", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r"\s*,\s*")


def _past_ages(s: str, t: str, pos: int) -> int:
    """(round en165) The end of the people's ages set off by commas right after their count
    ("The remaining 34, aged between 10 and 15, are still held"), else ``pos``: the ages
    are no count, and the verb after them is the group's."""
    if not s.startswith(",", pos) or "aged" not in t:
        return pos
    aged = _AGED_PHRASE.match(s, pos)
    return aged.end() if aged and s[aged.end() - 1] == "," else pos


def _inside_one_counted(s: str, prev: dict[str, object], base: int, cstart: int) -> bool:
    """Does the count at ``cstart`` open a description set off by commas inside the span of
    the one person just counted? "One of the injured, a police officer, died" (round en87)
    is read whole as one death, its outcome changed by the verb, so the article there names
    the same person again."""
    return (int(prev["start"]) - base < cstart < int(prev["end"]) - base
            and s.endswith(", ", 0, cstart))

# (the description may go on past its noun with where the person is from or an age:
# "A civilian, a cattle herder from Niamoué, was killed")
# (round en199) a sentence's definite subject then its comma, right before an article
_DEFINITE_SUBJECT = re.compile(
    rf"^\s*(?:{alt(EN.DESCRIBED_AGAIN_OPENERS)})\s+(?:[\w'’\-]+\s+){{0,2}}?"
    r"(?P<head>[\w'’\-]+)\s*,\s*$", re.IGNORECASE)


def _described_again(s: str, cstart: int, gend: int) -> str | None:
    """The head noun of the sentence's definite subject ("driver") when the article counted
    at ``cstart`` is an indefinite description set in commas after it ("The driver, a
    father of five, was killed"), else None; the caller matches it to a figure before."""
    if cstart > 40 or "," not in s[:cstart]:
        return None
    m = _DEFINITE_SUBJECT.match(s, 0, cstart)
    if m is None or m.group("head").lower() in EN.APPOSITION_OUTCOMES:
        return None
    return m.group("head").lower() if _APPOSITION_CLOSE.match(s, gend) else None


_APPOSITION_CLOSE = re.compile(
    r"(?:\s+(?:from|of|in|at|aged)\s+[^,;:.()\"“”]{1,40}?)?\s*,(?!\s*(?:and|or)\b)",
    re.IGNORECASE)
# (round en122: the first figure may close a quotation: 'killed "more than 50 apostate
# soldiers" and captured six')
_VERB_LIST_SEP = re.compile(r"[\"”'’]?\s*(?:,|and|,\s*and)\s*")


# After a speech verb, a source and nothing else up to the clause's end: "said the
# hospital director.", "said Observatory director Ali Dabbas" ("said they had heard
# shots" has a clause of its own).
def _inverted_source(s: str, pos: int) -> bool:
    """Does a source's name follow the reporting verb ending at ``pos``?"""
    return _rare("inverted_source").match(s, pos) is not None


_RARE["inverted_source"] = (
    r"(?!\s+(?:that|on|in|at|today|yesterday|tonight|last|this|earlier|later|late|early"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?:\s+(?!(?:that|had|has|have|was|were|is|are|would|will|could|they|he"
    r"|she|it|we|i|there)\b)[\w'’.\-]+){1,6}\s*(?:[.;:!?]|$)")
# An age between a counted person and the next group of a list: "a boy of 12 and two
# women", "a girl aged nine and three men".
_RARE["age_in_list"] = (
    r"(?:\s*,)?\s+(?:of|aged)\s+(?:(?:about|around|some|nearly|only|just)\s+)?"
    r"(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)(?:\s+years?(?:\s+old)?)?,?"
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:(?:his|her|their)\s+)?")


def _list_after_age(s: str, prev: dict[str, object], prev_tail: int, cstart: int) -> bool:
    """Does the list of the figure before go on after that person's age ("killing a boy
    of 12 and two women")? Only after one person of an aged kind."""
    group = prev["group"]
    return (prev["count_low"] == 1 and isinstance(group, str) and bool(group)
            and group.split()[-1].lower() in _AGED_PERSONS and cstart - prev_tail <= 40
            and _rare("age_in_list").fullmatch(s, prev_tail, cstart) is not None)


# "Among those killed were", "Those abducted include", "Among those killed in the raid
# was" (a place or a time of the outcome may come between).
_RARE["those_named"] = (
    r"\b(?:(?:among|amongst)\s+)?those\s+(?P<p>[a-z]+)"
    r"(?:\s+(?:in|on|at|during|by|near|since|after)\s+[^,.;:!?\d\"“”]{1,40}?)?"
    r"\s+(?:were|was|are|is|included|include|includes)\s+$")
# An inverted passive opening its sentence: "Killed were", "Also shot dead were", "Seriously
# wounded in the raid was", "Slain were" (a place, a time or an agent of the outcome may
# come between; the participle is looked up among the outcomes' participles).
_RARE["inverted_passive"] = (
    r"^[\s\"“'‘(]*(?:(?:also|[a-z]{2,}ly)\s+)?"
    r"(?P<p>[a-z]{3,}(?:\s+(?:dead|down|to\s+death))?)"
    r"(?:\s+(?:in|on|at|during|by|near|since|after)\s+[^,.;:!?\d\"“”]{1,40}?)?"
    r"\s+(?:were|was)\s+$")
# That pattern ends in "were" / "was" and a space: checked first, as most counts near a
# sentence's start have neither before them.
_WERE_TAIL = tail_check(("were", "was"))
# "The dead, ", "the released crew, ": the article, the outcome word and at most one noun,
# then the comma the list opens with.
_RARE["outcome_apposition"] = (
    rf"\bthe\s+(?P<w>{alt(EN.APPOSITION_OUTCOMES)})(?:\s+[a-z][\w'’\-]*)?\s*,\s*$")
# The next member of a list of people after the first, its own article before it: "a
# fisherman from Kalmunai and a driver".
_ARTICLE_MEMBER_NEXT = re.compile(
    r"(?:\s+(?:from|of|in)\s+[\w'’\-]+(?:\s+[\w'’\-]+)?)?\s+and\s+(?:a|an)\s", re.IGNORECASE)


def _apposed_outcome(word: str, hostage_doc: _HostageCue) -> str | None:
    """The outcome the noun before an apposition names ("The dead, ...", "The released crew,
    ..."): the freed are captives only in a story of hostages, as "freed" is read (the
    document is searched for hostages only then)."""
    named = EN.APPOSITION_OUTCOMES[word.lower()]
    return named if named != "freed" else ("captured" if hostage_doc else None)


# ... and the same opening with the words that name a part of them: "The wounded, among
# them ", "the dead, including ".
_RARE["outcome_subgroup"] = (
    rf"\bthe\s+(?P<w>{alt(EN.APPOSITION_OUTCOMES)})(?:\s+[a-z][\w'’\-]*)?\s*,\s*"
    rf"(?:{alt(EN.SUBGROUP_OPENERS)})\s+$")


# How the openers of a part end ("among them", "including"): only spaces stand between
# the opener and the count, and neither ending holds a letter that case-blind matching
# folds from another.
_SUBGROUP_OPENER_ENDS = frozenset(w[-2:] for w in EN.SUBGROUP_OPENERS)


def _subgroup_opener_before(s: str, cstart: int) -> bool:
    """Does the text before the count end with an opener's last letters? (The pattern of a
    part named after the whole cannot match otherwise; most counts fail here.)"""
    return s[cstart - 56 if cstart > 56 else 0:cstart].rstrip()[-2:].lower() in (
        _SUBGROUP_OPENER_ENDS)


def _held_before(out: list[dict[str, object]]) -> bool:
    """Were the last people counted taken or detained? Then "of them" takes them up."""
    return bool(out) and out[-1]["outcome"] in ("arrested", "captured")


# A part of people counted before, told by a pronoun (round en86): "Four of them are
# still held" (the people it takes up were counted, so it needs no noun).
_RARE["of_them"] = rf"\s+of\s+(?:{alt(EN.PARTITIVE_PRONOUNS)})"
# A bare count held while the holding goes on: "five still held", "The other five,
# including the ship's master, are still being held somewhere ..." (after "held" the
# clause ends, or a place, a time, a copula follows: no object).
_RARE["still_held"] = (
    r"(?:\s*,\s*including\s+[^,;.:!?]{1,40},)?"
    r"\s+(?:(?:are|were|is|was|remain|remains|remained)\s+)?still\s+(?:being\s+)?held"
    r"(?!\s+on\s+to\b)(?=\s*(?:$|[,;:.!?)])|\s+(?:in|at|by|without|since|for|somewhere|near|on|are|were"
    r"|is|was|captive|hostage|after)\b)")
# Captives by whose hands hold them: "remain in the group's hands", "in the hands of the
# kidnappers", "in rebel hands".
_RARE["in_captors_hands"] = (
    r"\s+(?:(?:are|were|is|was|remain|remains|remained)\s+)?(?:still\s+)?in\s+"
    rf"(?:the\s+hands\s+of\s+(?:the\s+|their\s+)?(?:{alt(EN.CAPTIVITY_HOLDERS)})"
    rf"|(?:the\s+|their\s+)?(?:{alt(EN.CAPTIVITY_HOLDERS)})(?:['’]s|['’])?\s+hands)\b")
_RARE["insert_agent_before"] = (
    rf",\s*(?:(?:{alt(EN.AGENT_PARTICIPLES)}|[a-z]{{3,}}(?:ed|en)(?:\s+(?:out|up|off|down))?)"
    r"\s+by|under\s+the\s+command\s+of)\s+$")
_RARE["taken_off_with"] = rf"\b(?:{alt(EN.TAKEN_OFF_WITH)})\s+$"
_RARE["led_off_before"] = rf"\b(?:{alt(EN.LED_OFF)})\s+$"
_OWN_SIDE = frozenset(EN.OWN_SIDE_NOUNS)
# "14 of the 23 crew": the whole after the part's "of".
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|their|its|his|her)\s+(?=\S)", re.IGNORECASE)


# (and "fatally" of a part that died, round en111: "wounded four, one fatally")
_HOW_BADLY_WORDS = frozenset((*EN.INJURY_SEVERITY_ADVERBS, *EN.FATAL_ADVERBS))
_RARE["how_badly_after"] = rf"\s+(?:{alt(_HOW_BADLY_WORDS)})(?=\s*(?:$|[.;,:!?]))"
_RARE["elliptic_source"] = (
    rf"\b(?:(?:{alt(EN.ELLIPTIC_SOURCE_VERBS)})"
    # the figure's noun with its own determiner: "the hospital figure is 64"
    r"|(?:(?:the|its|their|his|her)\s+(?:[\w'’\-]+\s+){0,2}?)?"
    rf"(?:{alt(EN.FIGURE_NOUNS)})\s+(?:{alt(EN.ELLIPTIC_FIGURE_LINKS)}))\s+$")
_CLAUSE_CLOSES = re.compile(r"\s*(?:$|[.;:!?)]|,(?!\d))")
# Between a figure and another source's count: a new clause.
_RARE["clause_between"] = r"[;,]|\b(?:but|while|whereas|and)\b"


def _elided_people(s: str, prev: dict[str, object] | None, prev_tail: int,
                   verb: int, end: int) -> bool:
    """A headline's verbs share the noun left out after the first: "Gunmen kill 6, seize
    11" - the 11 are people like the 6 (a figure with no group, right before the verb).
    In a sentence the first figure may have its noun when the count ends the clause:
    "killed more than 40 rebels and captured 17." ("captured 17 rifles" has its own)."""
    if prev is None or prev_tail < 0 or not _VERB_LIST_SEP.fullmatch(s, prev_tail, verb):
        return False
    return prev["group"] is None or bool(_COUNT_CLAUSE_END.match(s, end))


# Where a clause ends after a count: punctuation, the end, or a place or time after it.
_COUNT_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:]|\s(?:in|on|at|near|during|after)\b)")


# "put the figure at 9": the value a source gives to a figure already named.
_FIGURE_AT = re.compile(
    rf"\b(?:{alt(EN.ESTIMATE_VERBS)})\s+(?:the|its|their|that)\s+"
    rf"(?P<noun>(?:{alt(EN.FIGURE_NOUNS)})\s+at\s+)$", re.IGNORECASE)
# "one a police officer": an article and noun after a lone "one".
_ONE_AN_APPOSITION = re.compile(r"\s+(?:a|an)(?=\s+[a-z])", re.IGNORECASE)
# From a toll figure to the next value it reached: time words of the first, then "and
# (later|then) to".
_REVISED_AGAIN = re.compile(
    rf"[^.;:!?\d]{{0,40}}?\s*,?\s+and\s+(?P<to>(?:(?:{alt(EN.REVISION_ADVERBS)})\s+)?"
    r"(?:(?:rose|climbed|jumped|risen|went|up)\s+)?to\s+)", re.IGNORECASE)
_TOLL_START = re.compile(rf"(?:{alt(EN.TOLL_NOUNS)})\b", re.IGNORECASE)
# Between two figures of a gapped list: the place of the first, then a comma or "and".
_TREATED_ENDS = tuple(f"treated for {w}" for w in EN.TREATED_HARMS)
_TREATED_GAP = re.compile(rf"\s+for\s+(?:{alt(EN.TREATED_HARMS)})\b", re.IGNORECASE)
_ELLIPSIS_BEFORE = re.compile(
    r"\s+(?:in|at|near|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# After a figure ending in its outcome ("310 of the dead", "500 dead"), the predicate
# of its own clause ("were children") and the joint before the next count.
_OUTCOME_END = re.compile(r"\b(?:dead|killed|wounded|injured)$", re.IGNORECASE)
# A sentence that opens on "Of the" before its figure, and the comma that closes the
# phrase, perhaps after a participle on the people ("Of the 50 wounded patients treated,").
_OF_THE_FRONTED = re.compile(r"\s*[\"“]?\s*(?:Of|Among)\s+(?:the|those)\s+", re.IGNORECASE)
# ... where the whole was counted or what drove it, in up to two short phrases (round en163):
# "Of the 7,400 displaced people registered in the town, more than 5,000 are women and
# children", "Of the 2,900 people displaced by the fighting in Sala, about 1,600 are children"
_FRONTED_CLOSE = re.compile(
    # (a relative clause of one verb in its place: "Of the 4,000 refugees who crossed into
    # Kisoro, about 2,500 are children")
    r"(?:\s+[a-z]{3,}(?:ed|en)|\s+who\s+(?:(?:have|had|were|was)\s+)?(?:been\s+)?[a-z]{3,})?"
    rf"(?:\s+(?:{alt(EN.FRONTED_WHOLE_PREPOSITIONS)})\s+(?:[\w'’\-]+\s+){{0,3}}?[\w'’\-]+){{0,2}}"
    r"\s*,\s*")
_GAPPED_JOIN = re.compile(
    r"(?:\s+(?:were|are|was)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)?"
    r"(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+|\s*;\s*)", re.IGNORECASE)
# The value a figure replaced: ", up from 38", ", down from 1,610" (after any figure), and
# "rose to 28 from an earlier 19" or ", from 12" (after a toll: a bare "from" with no
# comma may be a place or a time).
_EARLIER_VALUE = re.compile(
    rf"(?:,\s*(?P<w>(?:{alt(EN.EARLIER_FROM_MARKERS)})\s+(?:the\s+)?)"
    rf"|\b(?P<e>from\s+(?:an?\s+|the\s+)?(?:{alt(EN.SUPERSEDED_VALUES)})\s+"
    rf"(?:(?:{alt(EN.SUPERSEDED_NOUNS)})\s+of\s+)?)"
    # after a toll and a comma a bare "from" is the old value: "rose to 17 overnight,
    # from 12 on Sunday"
    r"|,\s*(?P<c>from\s+))$",
    re.IGNORECASE)
# ... and right after a toll revised "to" its new value, with no comma: "was revised down
# to 31 from 38", "rose to 17 from 12 on Sunday" (the groups of _EARLIER_VALUE).
_FROM_RIGHT_AFTER = re.compile(r"\s+(?P<c>from\s+)(?P<w>(?!))?(?P<e>(?!))?", re.IGNORECASE)
_REVISED_TO_END = re.compile(r"\bto\s+[\d,]+$")


def _revised_from(s: str, prev: dict[str, object], prev_tail: int,
                  cstart: int) -> re.Match[str] | None:
    """A bare "from" right after a figure that ends "to N": the value it replaced."""
    if not _REVISED_TO_END.search(str(prev["text"])):
        return None
    return _FROM_RIGHT_AFTER.fullmatch(s, prev_tail, cstart)


_NEW_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?P<w>(?:{alt(EN.BULLETIN_INCREMENTS)})\s*:?\s*)", re.IGNORECASE)
_OF_THE_OPENER = re.compile(
    r"\s*(?:Of|Among)\s+(?:the|those)\s+(?P<w>dead|deaths|killed|fatalities|injured|wounded"
    r"|missing|abducted|kidnapped|hostages|detained|arrested|displaced)(?=\s*,)",
    re.IGNORECASE)
_COPULA = re.compile(r"\s+(?:were|are|was)(?:\s+(?:also|all))?(?=\s)", re.IGNORECASE)
# (round en181) a share of the whole opening its sentence and described ("Most of the dead
# were traders and farmers;"), then a part of it: the share's words and its description
_BODY_PLURALS = frozenset(EN.BODY_PLURALS)
_BODIES_AGAIN = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:later|since|already|hastily|quickly"
    rf"|then)\s+)?(?:{alt(EN.BODIES_AFTER_DEATH)})\b", re.IGNORECASE)
_SHARE_OPENER = re.compile(
    rf"\s*(?:{alt(EN.SHARE_OF_WHOLE_WORDS)})\s+of\s+(?:the|those)\s+"
    rf"(?P<w>{alt(EN.SHARE_WHOLE_OUTCOMES)})\s+(?:were|are)\s+", re.IGNORECASE)
_SHARE_DESCRIBED = re.compile(
    r"[^;:.!?\"“”()\n]{1,80}?\s*[;,]\s*(?:(?:and|while|but|whereas)\s+)?", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?[A-Z]")
_TIME_NOUNS = frozenset(EN.SHORT_TIME_NOUNS)
_TIME_AFTER = re.compile(r"\s+(?:after|before|later)\b")
_NOUN_DETERMINERS = frozenset(EN.DETERMINERS_BEFORE_NOUNS)


def _noun_after_determiner(lm: re.Match[str]) -> bool:
    """Is the outcome word ``lm`` found a noun after its determiner ("died of his wounds
    nine days later"), not a verb whose count lost its comma ("wounding 35 hours after")?"""
    before = lm.string[max(0, lm.start() - 12):lm.start()].split()
    return bool(before) and before[-1].lower() in _NOUN_DETERMINERS
# A clause between a toll and a count cuts the link: "the toll was likely to rise because
# a number of the wounded ..." (the count belongs to the new clause).
_AND_BUT = re.compile(r"\b(?:and|but|because|while|although|though|whereas|if|unless)\b")
# ... but "and" inside a name of capitalised words opens no clause (round en155): "bringing
# the number of murders in Trinidad and Tobago this year to 412", "in Jammu and Kashmir"
_NAME_AND = re.compile(r"\b(?P<w>[A-Z][\w'’\-]*)\s+and\s+(?=[A-Z])")
_BETWEEN_AND = re.compile(r"\bbetween\s+(?:[\w'’\-]+\s+){1,4}?and\s")


def _clause_between(gap: str) -> bool:
    """Whether ``gap`` (between a toll and its count) holds a conjunction of a new clause."""
    if "and " in gap:
        gap = _NAME_AND.sub(r"\g<w> ", gap)
    if "between " in gap:
        # (round en168) "between police and protesters": the two sides of a fight, no clause
        gap = _BETWEEN_AND.sub("between ", gap)
    return _AND_BUT.search(gap) is not None
_PUNCT = re.compile(r"[,;.]")
_NOT = re.compile(r"\bnot\b")
_AGE_AFTER = re.compile(r"-(?:year|month|week|day)s?-old\b", re.IGNORECASE)
# What after a number makes it a day of a month or an age: _MONTH_AFTER or _AGE_AFTER in
# one call.
_NUM_AFTER = CaseBlind(f"{_MONTH_AFTER.pattern}|{_AGE_AFTER.pattern}")
# "Several of the wounded": the article of the people an outcome names, after a vague
# count that ends in "of".
_VAGUE_OF_THE = re.compile(
    r"\s+the(?=\s+(?:wounded|injured|dead|missing|hostages|detainees|displaced)\b)",
    re.IGNORECASE)
# The article or possessive that opens a group after a vague count's "of".
_OF_WHOSE = re.compile(rf" (?:the|{alt(EN.THIRD_PERSON_POSSESSIVES)}) ")
# Between a figure and a count in brackets that restates it: "6,300 families (about".
_RESTATED_OPEN = re.compile(r"\s*\(\s*")
_RARE["body_verb"] = rf"\b(?:{alt(EN.BODY_VERBS)})\s+(?:(?:out|up)\s+)?$"
# "body" and what may follow the dead's body: a stop, a preposition, or a participle on it
# ("a body wrapped in a blanket", "a body floating in the canal"); not a compound ("a body
# bag", "a body camera", "body armour") nor "of" ("a body of evidence").
_BODY_WORD = re.compile(
    r"\s*body(?=\s*(?:[,.;:!?)]|$)|\s+(?:from|out|in|into|on|onto|at|near|under|off|to"
    r"|with|by|inside|outside|behind|beside|along|and|that|which|later|after|before"
    r"|[a-z]{2,}ed|[a-z]{3,}ing)\b)", re.IGNORECASE)


def _body_found(s: str, cstart: int, cend: int) -> tuple[int, int] | None:
    """(start, end) of "carrying a body" when a verb of finding or carrying the dead takes
    "a body" as its object; None for "a body of evidence" or "the body said"."""
    body = _BODY_WORD.match(s, cend)
    if body is None:
        return None
    verb = _rare("body_verb").search(s, max(0, cstart - 24), cstart)
    return (verb.start(), body.end()) if verb else None


_OF_THE_OUTCOME = re.compile(
    r"\s+(?:wounded|injured|dead|missing|hostages|detainees|displaced)\b", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([a-z][\w\-]*)\b")
# ... and a participle of an outcome before the part's noun (round 58): "of the captured
# soldiers".
_OF_THE_PARTICIPLE_NOUN = re.compile(
    rf"\s+(?P<p>{alt(EN.PARTITIVE_OUTCOME_PARTICIPLES)})\s+(?P<n>[a-z][\w\-]*)\b")
# One person, then "of" and the age: "a boy of about 9", "another boy of seven" (the
# qualifier belongs to the count that follows).
_RARE["aged_person_of"] = (
    rf"\b(?:a|an|one|another|the)\s+(?:[\w'’\-]+\s+)?(?:{alt(EN.AGED_PERSON_NOUNS)})\s+of\s+$")
_AGED_PERSONS = frozenset(EN.AGED_PERSON_NOUNS)
# ... and the age after such a person, skipped on the way to the verb.
_RARE["age_of_after"] = (
    r"\s+of\s+(?:(?:about|around|some|nearly|roughly|only|just)\s+)?"
    r"(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\b(?:\s+years?(?:\s+old)?)?")
_PARENT_OF = re.compile(rf"\b(?:{alt((*EN.PARENT_NOUNS, *EN.MEMBERSHIP_NOUNS))})\s+of\s+$",
                        re.IGNORECASE)
# Verbs whose particle "up" reads like the bound "up to": "the toll was revised up to 45".
# A verb of passing a mark right before a count: the figure is above it.
_PASSING = re.compile(rf"\b(?:{alt(EN.PASSING_VERBS)})\s+$", re.IGNORECASE)
_PASSING_TAIL = tail_check(EN.PASSING_VERBS)
# ... whose last letters (a slice and one "in" before the tail check, which costs a call
# for every count; "" when the count opens the sentence)
_PASSING_LAST = frozenset(w[-1] for w in EN.PASSING_VERBS)
_REVISED_UP = re.compile(rf"\b(?:{alt(EN.REVISION_VERBS)})\s+$", re.IGNORECASE)
# Participles of killing said of people only: "Three IEDs were neutralised", "Twelve
# portraits were hanged" (after round 47) are no dead.
_PEOPLE_ONLY_KILLING = (*EN.NEUTRALISING_VERBS, *EN.PEOPLE_ONLY_DEATHS)
_PEOPLE_ONLY_HARMS = frozenset(EN.PEOPLE_ONLY_HARMS)
# A blade's wound told fatal inside its own predicate is a death: "were fatally stabbed"
# ("fatally injured" stays the wounded's, as the round en111 look-alikes settle it).
_FATAL_IN = re.compile(
    rf"\b(?:{alt(EN.FATAL_ADVERBS)})\s+(?:{alt(EN.STABBING_PARTICIPLES)})\b", re.IGNORECASE)


def _harmed_thing(predicate: str) -> bool:
    """Whether a wounded predicate is told in a word said of things as often as of people
    (round en117): "were burned", "were slashed", "suffered cuts" (the caller asks for a
    person); "were burned to death" and "suffered cuts and bruises" stay people's."""
    words = re.findall(r"[a-z]+", predicate)
    return bool(words) and (words[-1] in _PEOPLE_ONLY_HARMS or predicate.rstrip().endswith(
        EN.PEOPLE_ONLY_CUTS))
_HANDED_OVER = re.compile(rf"\b(?:{alt(EN.HANDING_OVER_VERBS)})\s+$", re.IGNORECASE)
# ... and a rise by an amount (after round 53): "the toll rose by five to 17" is 17
_REVISED_FROM = re.compile(rf"\b(?:{alt((*EN.REVISION_VERBS, *EN.RISE_VERBS))})\s+(?:from|by)\s+$",
                           re.IGNORECASE)
# The word before a burial verb (past auxiliaries and "come to" skipped): who buries.
_BURIER_BEFORE = re.compile(
    r"(?P<w>[A-Za-z]+)\s+(?:(?:have|has|had|will|must|came|come|went|to|also|already|now)"
    r"\s+){0,3}$")
# "of them", "of our own" after the count.
_BURIED_OF = re.compile(r"\s+of\s+(?:our\s+|their\s+|the\s+)?(?P<w>[a-z]+)\b")
# After the bare count: the clause ends, or "so far", "in the end", a time or place.
_BURIED_CLAUSE_END = re.compile(
    r"\s*(?:$|[.,;:!?\"”]|\s(?:so\s+far|in\s+the\s+end|on|in|at|since|this|last|yesterday"
    r"|today)\b)")


# After "buried N people": the buried who may be alive.
_BURIED_LIVING = re.compile(r"\s+(?:alive|under|beneath|in\s+(?:the\s+)?rubble)\b",
                            re.IGNORECASE)


def _buried_by_people(s: str, verb: int, end: int) -> bool:
    """A bare count buried by people, its noun the dead told before (round 71): "We have
    buried 23 so far", "The young men buried 36 in the end", "We buried 27 of them", "to
    bury eleven of our own". Only people bury the dead, so the buriers decide it ("The
    army buried 40 along the road" may be mines); alive or under rubble stays nothing."""
    if _BURIED_LIVING.match(s, end) or not (_BURIED_CLAUSE_END.match(s, end) or (
            (own := _BURIED_OF.match(s, end)) and own["w"].lower() in EN.BURIED_OWN)):
        return False
    before = _BURIER_BEFORE.search(s, max(0, verb - 40), verb)
    if before is None:
        return False
    word = before["w"]
    low = word.lower()
    return low in EN.BURIERS or (word.islower() and (
        low in PERSON_WORDS or low.rstrip("s") in PERSON_WORDS
        or low in EN.IRREGULAR_PERSON_PLURALS))


# A list between dashes after a figure: from the figure to the opening dash (no other
# count, clause or sentence end between), and after the first item to the closing dash.
_DASHED_LIST_OPEN = re.compile(r"[^.;:!?\d,\-–—]{0,80}\s[-–—]\s+")
_DASHED_LIST_CLOSE = re.compile(
    r"(?:\s*(?:,\s*and|,|and)\s+(?:[\w'’]+\s+){0,3}?[\w'’]+)*\s[-–—]\s", re.IGNORECASE)
_COMMA_VERB = re.compile(r"\s*,(?!\s*(?:who|that)\b)", re.IGNORECASE)
_NO_BEFORE = re.compile(r"\b(?:no|not)\s+$", re.IGNORECASE)
_TEXT_PART_ENDS = tuple(w + sp for w in EN.TEXT_PART_NOUNS for sp in (" ", "\n"))
_TEXT_PART_BEFORE = re.compile(rf"\b(?:{alt(EN.TEXT_PART_NOUNS)})\s+$", re.IGNORECASE)
_AGED_PHRASE = CaseBlind(
    r"\s*,?\s+aged\s+(?:(?:between|under|over|below|above)\s+)?\d{1,3}"
    r"(?:\s*(?:-|–|to|and)\s*\d{1,3})?(?:\s*,)?"
    # a police blotter's age bracket: "a man in his 20s was shot and wounded"
    r"|\s+in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?"
    # ... or in words (round en105): "A man in his forties died"
    rf"(?:\d0s|{alt(EN.DECADE_WORDS)})\b"
    # an age limit set off by commas: "Seven farmers, under the age of 40, were killed",
    # "..., all under 18, were abducted"
    r"|\s*,\s+(?:(?:all|both|most|each)\s+)?(?:(?:under|below|over|above)\s+(?:the\s+)?age\s+of"
    r"|under|below|younger\s+than|older\s+than)\s+\d{1,2}\s*,"
    # (round en154) ... or bare right before the verb: "nine pupils under 12 suffered burns",
    # the age in words or told in years too: "two boys under five were killed", "under the
    # age of 12", "under 12 years old"
    r"|\s+(?:under|below)\s+(?:the\s+age\s+of\s+)?"
    rf"(?:\d{{1,2}}(?!\d)|(?:{alt(EN.UNITS)})\b)(?:\s+years(?:\s+old)?)?"
    r"(?=\s+(?:were|was|are|is|had|have|has|suffered|sustained|received|died|went)\b)")
_AGED_BEFORE = re.compile(
    r"\b(?:aged(?:\s+(?:under|below|over))?|ages|ages?\s+of|younger\s+than|older\s+than"
    r"|(?:under|below|over|above)\s+the\s+age\s+of|(?:all|both|most|each)\s+(?:under|below)"
    r"|(?<=,\s)(?:under|below))\s+"
    r"(?:\d{1,3}\s*(?:,|and|or|to|-)\s*)*$", re.IGNORECASE)
# The words an age before a count opens with: ``_AGED_BEFORE`` matches none without one
# (none holds a letter that case-blind matching folds from another, so ``lower`` reads them
# as the pattern does).
_AGE_OPENERS = ("age", "younger", "older", "under", "below", "over", "above")


def _age_openers_in(s: str, t: str) -> bool:
    """Does sentence ``s`` (``t`` as in ``_sentence``) hold a word ``_ages_before`` needs in
    its window? A window's lowered words stand in the lowered sentence (lowering maps each
    character alone, save a final sigma, which lowers to no ASCII letter), so a sentence
    without one has no age before any count."""
    low = t if t is not s else s.lower()
    return any(map(low.__contains__, _AGE_OPENERS))


def _ages_before(s: str, t: str, cstart: int) -> bool:
    """``_AGED_BEFORE`` in the 40 characters before the count (``t`` as in ``_sentence``),
    searched only when one of its opening words is there: a list's "and" or "to" passes
    the tail check before most counts, and the search costs ten times the substring tests."""
    lo = cstart - 40 if cstart > 40 else 0
    window = t[lo:cstart] if t is not s else s[lo:cstart].lower()
    return any(map(window.__contains__, _AGE_OPENERS)) and (
        _AGED_BEFORE.search(s, lo, cstart) is not None)


def _age_limit_after_people(s: str, cstart: int) -> bool:
    """(round en154) Whether the count at ``cstart`` follows "under" or "below" right after
    counted people ("nine pupils under 12 suffered burns"): an age limit on them, no count
    of its own ("under 20 people" before its noun stays a count, and so does one with a
    noun after it: "six soldiers under one commander were killed")."""
    m = _PEOPLE_UNDER.search(s, max(0, cstart - 40), cstart)
    return m is not None and _person_like([m.group(1)]) and (
        _AGED_PHRASE.match(s, m.end(1)) is not None)


# the people's plural noun before the limit: "nine pupils under ", "40 young men below "
_PEOPLE_UNDER = re.compile(r"\b([a-z]+(?:s|men|ple|ren))\s+(?:under|below)\s+$",
                           re.IGNORECASE)


_AGED_TAIL = tail_check(("aged", "ages", "of", ",", "and", "or", "to", "-", "under", "below",
                         "over", "than"))
_COMPARED_AGES = frozenset(EN.AGE_COMPARATIVES)
# An age limit after a counted sub-group: "19 of them under the age of 18", "aged under 5".
_AGE_LIMIT = re.compile(
    r"\s+(?:(?:under|below|over|above)\s+(?:the\s+)?age\s+of|aged\s+(?:under|below|over)"
    r"|(?:younger|older)\s+than|under|below)\s+\d{1,2}(?!\d)|\s+(?:(?:under|below|over|above)"
    r"\s+(?:the\s+)?age\s+of|aged\s+(?:under|below|over)|(?:younger|older)\s+than)\s+[a-z]+",
    re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"([^\W\d_]+),\s*$")
_COMMA_TAIL = tail_check((",",))
# Several ages set off by commas after the people: "Two men, 24 and 31, were wounded".
_AGE_LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
_MORE_AGES_AFTER = re.compile(rf"(?:{_AGE_LIST_JOIN}\d{{1,2}}(?!\d))+\s*,")
_AGES_BEFORE = re.compile(rf"([^\W\d_]+),\s*(?:\d{{1,2}}{_AGE_LIST_JOIN})+$")
# An age after a word of time or of all of them: "Jamie, now 17, was stabbed".
_ASIDE_CLAUSES = "|".join(c.replace(" ", r"\s+") for c in EN.AGE_ASIDE_CLAUSES)
_ASIDE_AGE_BEFORE = re.compile(
    rf"([^\W\d_]+),\s*(?:{alt(EN.AGE_ASIDE_WORDS)}|{_ASIDE_CLAUSES})\s+$", re.IGNORECASE)


def _is_age_apposition(s: str, cstart: int, cend: int) -> bool:
    """"The girl, 12, was wounded", "Two men, 24 and 31, were wounded": a number of one or
    two digits set off by commas after a person, alone or in a list of such numbers, is
    an age."""
    if cend - cstart > 2:
        return False
    if s.startswith(",", cend):
        lo = max(0, cstart - 30)
        before = (_APPOSITION_BEFORE.search(s, lo, cstart) if _COMMA_TAIL(s, lo, cstart)
                  else None) or _AGES_BEFORE.search(s, lo, cstart) or _ASIDE_AGE_BEFORE.search(
                      s, lo, cstart)
    elif _MORE_AGES_AFTER.match(s, cend):
        lo = max(0, cstart - 30)
        before = _APPOSITION_BEFORE.search(s, lo, cstart) or _AGES_BEFORE.search(s, lo, cstart)
    else:
        return False
    if not before:
        return False
    if _age_person_word(before.group(1)):
        return True
    # (round en201) the person described by where or whom they serve before the age: "A
    # custodian of a Sufi shrine, 62, was shot dead", "a teacher at the madrasa, 45,"
    held = _PERSON_PHRASE_BEFORE.search(s, max(0, cstart - 70), before.start(1))
    return held is not None and (_age_person_word(held.group(1)) or (
        held.group(1) in _ONE_PERSON_POSTS))  # "The head of the school, 58,"


def _age_person_word(word: str) -> bool:
    """A word an age set off by commas may follow: a name or a noun of people."""
    return word[0].isupper() or word.lower() in PERSON_WORDS or word.lower().rstrip("s") in (
        PERSON_WORDS) or _has_person_suffix(word) or word.lower() in ("men", "women")


_ONE_PERSON_POSTS = frozenset(EN.ONE_PERSON_POSTS)
# The head of a person's noun phrase, then a phrase of what or where that person serves,
# up to the word before the age's comma: "A custodian of a Sufi ", "The imam of the ".
_PERSON_PHRASE_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z][\w\-]*\s+)?([a-z]+)\s+(?:of|at|from|in|for)\s+"
    r"(?:[^\W\d_][\w'’\-]*\s+){0,4}$")


_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_year(num: str) -> bool:
    """``_YEAR.fullmatch(num)`` without the regex engine (its ``\\d`` is ``isdecimal``)."""
    return len(num) == 4 and num[:2] in ("19", "20") and num.isdecimal()
# (a dash too when it opens a list of some of them: "Six people - among them a nurse -")
_COMMA_OR_AND = re.compile(r"\s*(?:,|and|[-–—](?=\s+(?:among|including)\s))")
_COMMA = re.compile(r"\s*(?:,|[-–—](?=\s))")
_ANY_PART = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _PART.items()) + r")\b", re.IGNORECASE
)


# A relative clause on the victims before their predicate: "fleeing the fighting", "who
# were fleeing the fighting", "bearing gunshot wounds" (no punctuation, a few words).
_RELATIVE_GAP = re.compile(
    r"\s+(?:who\s+(?:were|was|had\s+been)\s+)?[a-z]{3,}ing\b[^,;:.!?\"“”()]{0,50}?"
    # (perhaps closing an apposition: "the third, a boy recovering from surgery, was
    # seriously wounded")
    r",?(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # (round en201) an age set off by commas after a person described by whom or where
    # they serve: "A custodian of a Sufi shrine, 62, was shot dead"
    # (what "of" opens is a body or a place whose person this is, no group of its own)
    r"|\s+(?:of|at|from|in|for|with)\s+(?:the|a|an|its|their)\s[^,;:.!?\"“”()\d]{3,40}?"
    r"\s*,\s*\d{1,2}\s*,(?=\s+(?:was|is|had|has)\s)"
    # (round en225) an age told at another time, set off by commas: "A third boy, then 15,
    # was wounded", "Two girls, now 19, were hurt" (the age of a time other than the story's)
    rf"|\s*,\s*(?:{alt(EN.AGE_TIME_WORDS)})\s+\d{{1,2}}\s*,"
    r"(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # an apposition on all of them: "Four people, all members of a local vigilante group,
    # were killed"
    # (or quoted from a source: 'Eighteen people, "many of them women", were killed')
    rf"|\s*,\s*[\"“'‘]?(?:{alt(EN.APPOSITION_QUANTIFIERS)})\s[^,;:.!?\"“”()]{{3,60}}?"
    r"(?:,[\"”'’]|[\"”'’]?,)"
    # (round en187) ... and another member joined after it, the verb theirs together: "three
    # of its passengers, all Dutch, and a local driver were taken"
    r"(?:\s+and\s+[^,;:.!?\"“”()]{1,40}?(?=\s+(?:were|are|have|had)\s))?"
    r"(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # whose side they were on: "23 fighters loyal to the government were killed"
    rf"|\s+(?:{alt(EN.VICTIM_POSTMODIFIERS)})\s[^,;:.!?\"“”()]{{3,50}}?"
    # (in the present too: "about 9,000 people from Kessa are displaced", and in a state
    # that lasts: "two men from the hamlet remain missing")
    r"(?=\s+(?:were|was|had|have|has|are|is|remain|remains)\s)"
    # the body they serve with, an article opening it: "Two volunteers with a local relief
    # group have been missing"
    rf"|\s+with\s+(?:a|an|the)\s[^,;:.!?\"“”()]{{3,50}}?"
    r"(?=\s+(?:were|was|had|have|has|are|is|remain|remains)\s)"
    # a name in apposition between commas: "A tailor, Yusuf Adamu Bello, was abducted"
    # (capitalised words only, two to four of them)
    # (and the age after the name: "A nurse, Mary Otieno, 41, was killed")
    r"|\s*,\s*(?:[A-Z][\w'’\-]*\s+){1,3}[A-Z][\w'’\-]*\s*,(?:\s*\d{1,2}\s*,)?"
    r"(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # ... or two names, each with its age (round en100, casualty_named_pair.py)
    rf"|{NAMED_PAIR}(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # where they were brought or found, and when: "two soldiers brought in on Sunday night
    # had died", "Five fishermen pulled from the river on Tuesday later died" (a past
    # participle, then a particle or preposition; no clause of its own in the phrase: "A
    # militia member testified on Wednesday that his unit had killed" is an active verb)
    rf"|\s+(?:[a-z]{{3,}}ed|{alt(EN.GAP_PARTICIPLES)})\s+(?:{alt(EN.GAP_PARTICLES)})\s"
    r"(?:(?!\b(?:that|which|who|and|but|he|she|they|it|we|his|her|their|its|our)\b)"
    r"[^,;:.!?\"“”()]){0,50}?(?=\s+(?:(?:later|then|subsequently)\s+)?"
    r"(?:were|was|had|have|has|died)\s)"
    # (round en187) ... and a participle of where they were sent, the count's subject joined
    # by "and" to another before the verb they share: "Three police officers deployed to
    # protect the reserve and at least 14 residents were injured" (the second count is read
    # on its own; "guarding the reserve and ..." passes by the present participle above)
    rf"|\s+(?:{alt(EN.SENT_PARTICIPLES)})\s+(?:{alt(EN.GAP_PARTICLES)})\s"
    r"[^,;:.!?\"“”()]{3,60}?\s+and\s+[^,;:.!?\"“”()]{1,40}?"
    r"(?=\s+(?:were|was|had|have|has|are)\s)"
    # whom they work for: "Two aid workers employed by a British charity were abducted"
    rf"|\s+(?:{alt(EN.AGENT_PARTICIPLES)})\s+by\s[^,;:.!?\"“”()]{{3,50}}?"
    r"(?=\s+(?:were|was|had|have|has)\s)"
    # ... or who led them, set off by commas: "Seven soldiers, under the command of a
    # major, were killed", "Seven aid workers, accompanied by two guards, were abducted"
    rf"|\s*,\s*(?:(?:{alt(EN.AGENT_PARTICIPLES)})\s+by|under\s+the\s+command\s+of)"
    r"\s[^,;:.!?\"“”()]{3,50}?,(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # where they were: "Two soldiers at the checkpoint were wounded", "Ten people inside
    # the mosque were killed", "Five villagers in Tor were killed", "people aboard the
    # bus" (a place read by its shape, no clause)
    # (round en183) ... and a relative clause on the place, a pronoun its subject and a
    # verb its own: "Four men in the house where she was held were beaten to death" (the
    # relative's "was held" is the pronoun's; the count's verb comes after it)
    rf"|\s+{PLACE_PHRASE}\s+(?:where|in\s+which)\s+(?:he|she|they|we|i|it)\s+"
    r"(?:(?:was|were|had|has|have|is|are|been|being)\s+){0,2}[a-z]{3,}"
    r"(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # (round en201: and a person's age after the place: "A teacher at the madrasa, 45, was")
    rf"|\s+{PLACE_PHRASE}(?:\s*,\s*\d{{1,2}})?,?(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # an apposition or a source's aside between commas: "Five villagers, members of a
    # local militia, were killed", "Seven civilians, a local official said, were wounded"
    rf"|{INSERT}(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # ... or a proportion of them described at length (round 59): "at least 25 people,
    # most of them farmers accused of helping the rebels, were detained"
    rf"|\s*,\s*(?:{alt((*EN.PROPORTION_WORDS, 'many', 'some', 'all'))})\s+of\s+them\s"
    r"[^,;:.!?\"“”()]{1,80}?,(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # a hedged reduced relative: "Two men thought to be militants were killed"
    rf"|{HEDGED_RELATIVE}(?=\s+(?:were|was|had|have|has|are|is)\s)"
    # a full relative with a finite verb of its own: "Two men who stayed behind to guard
    # the herd were found dead" (never a verb that takes a clause, whose own subject may
    # be the one of "were": "Two men who said the guards were killed")
    # where they were from or died, a name, then "who" and the predicate: "a rickshaw
    # puller in Dhaka who died of his burns", "two farmers from Kamba who were killed"
    r"|\s+(?:in|from|near|at)\s+(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2}"
    r"(?=\s+who\s)"
    rf"|\s+who\s+(?!(?:{alt(EN.CLAUSE_TAKING_VERBS)})\b)[a-z]{{3,}}\b"
    # (round en171: nor later in the clause, "A man who was brought back said others were
    # missing": the speaker's description, and the reported clause has its own subject)
    rf"(?:(?!\b(?:that|who|which|whom|whose|{alt(EN.CLAUSE_TAKING_VERBS)})\b)"
    r"[^,;:.!?\"“”()\d]){0,60}?"
    r"(?=\s+(?:were|was|had|have|has|are|is)\s)")
# An auxiliary that opens a clause of its own after "and" ("were trapped and are feared
# dead"); an adverb there goes on the same verb group ("were tortured and later killed").
_CLAUSE_AUX = re.compile(
    r"\b(?:are|is|were|was|have|has|had|remain|remains|remained|will|would|could|might|may"
    r"|be|been|not)\b", re.IGNORECASE)
# A first passive of no outcome, then a clause that they are missing: "a further 12 men
# were taken away and are still missing" (the state the victims are left in).
_FIRST_PASSIVE = re.compile(
    r"\s+(?:were|was)\s+[a-z]{3,}(?:\s+(?:away|off|out))?\s+and"
    r"(?=\s+(?:are|is|remain|remains)\s)", re.IGNORECASE)
# Where the victims came from, between them and a bare "died" (round 56): "Eight prisoners
# from the village died"; no clause of its own in the phrase ("visitors from the town where
# a man died" counts the visitors, not the dead).
_ORIGIN_GAP_DIED = re.compile(
    r"\s+from\s(?:(?!\b(?:where|who|whom|whose|that|which|when|while|after|before|as|and|but"
    r"|[a-z]+ed)\b)[^,;:.!?\"“”()\d]){3,50}?\s+(?=died\b)")
# The wounded who died of it, in the same clause: "were wounded and later died".
_AND_DIED = re.compile(
    r"\s+and\s+(?:(?:later|subsequently|then|since|afterwards)\s+)?(?:(?:had|have)\s+)?died\b")
_OTHER_PART = re.compile(
    r"\s+(?:or|and)\s+(?:" + "|".join(_PART.values()) + r")\b", re.IGNORECASE)


# A postmodifier on the first of coordinated groups, up to the "and" of the next group.
_RARE["postmodifier_before_and"] = (
    rf"\s+(?:{alt(EN.FIRST_GROUP_POSTMODIFIERS)})\s"
    r"(?:(?!\b(?:were|was|are|is|had|have|has|been|who|that|which|and)\b)[^,;:.!?\"“”()\d]){3,60}?"
    r"(?=\s*,?\s+and\s)")
_POSTMODIFIER_STARTS = tuple(f" {w.split()[0]} " for w in EN.FIRST_GROUP_POSTMODIFIERS)
# The victims' own clause, then "before being" / "after being" (no other clause between).
_RARE["before_being"] = (
    r"(?:\s+(?!(?:who|that|which|and|but|he|she|they|it|we|not|never)\b)[\w'’\-]+){1,8}?"
    r"\s+(?:before|after)(?=\s+being\s)")
_RARE["skipped_postmodifier"] = (
    rf"\s+(?:{alt(EN.VICTIM_POSTMODIFIERS)}"
    rf"|(?:{alt(EN.SUBGROUP_HARM_PARTICIPLES)})\s+(?:by|in|with))\s[^,;:.!?\"“”()\d]{{3,40}}?"
    r"(?=\s*,)")
_RARE["skipped_age"] = (
    rf"\s+aged\s+(?:(?:{alt(EN.AGE_HEDGES)})\s+)?\d{{1,3}}(?=\s*,)")
_RARE["among_taken"] = (
    rf"\s+those\s+(?:{alt(EN.AMONG_THOSE_TAKEN)})\b(?!\s+(?:to|into|in|for)\b)")


def _among_outcome(s: str, at: int) -> str | None:
    """The outcome of "were among ..." read after "among" (at ``at``): "the dead", "those
    killed", "those taken" (captives)."""
    if _rare("among_taken").match(s, at):
        return "captured"
    rest = s[at:at + 80]
    pm = _ANY_PART.search(rest)
    if pm and not _PUNCT.search(rest, 0, pm.start()):
        return _outcome_of(pm)
    return None


_WHOLE_VERB_OPENERS = tuple(f" {w} " for w in EN.PARTITIVE_WHOLE_VERBS)


def _read_right_once(fn: Callable[..., tuple[str | None, int, bool]]) -> (
        Callable[..., tuple[str | None, int, bool]]):
    """``_right_outcome`` (a pure reading of its arguments) read once for each of them, the
    group's words as a tuple: a third of the calls ask again what was read, most in the
    re-reads of a document with a span blanked, whose other sentences are the same."""
    @lru_cache(maxsize=2048)
    def cached(s: str, gend: int, ev_end: int, t: str, whole: bool,
               words: tuple[str, ...] | None, as_written: bool) -> tuple[str | None, int, bool]:
        # (``as_written``: ``t is s`` picks the patterns, and an equal lowered twin is not s)
        return fn(s, gend, ev_end, s if as_written else t, whole,
                  None if words is None else list(words))

    @wraps(fn)
    def read(s: str, gend: int, ev_end: int, t: str, whole: bool = False,
             toks: list[str] | None = None) -> tuple[str | None, int, bool]:
        return cached(s, gend, ev_end, t, whole, None if toks is None else tuple(toks),
                      t is s)

    return read


@_read_right_once
def _right_outcome(s: str, gend: int, ev_end: int, t: str, whole: bool = False,
                   toks: list[str] | None = None) -> tuple[str | None, int, bool]:
    """Outcome named after the group ("... were killed"), the span's end, and whether
    the outcome was reached past another count ("12 and 8 more were wounded"); ``t`` as
    in ``_sentence``; ``whole`` when the count is the whole of a partitive ("Two of the 11
    wounded later died": the two died, not the 11); ``toks``, the group's words, for the
    rules that need people ("one house where a rebel ... before being executed")."""
    aged_phrase, skip_conj, among, right_part, count_re = _RIGHT_LOWERED if t is not s else (
        p.rx for p in _RIGHT_BLIND)
    if whole and toks == [] and s.startswith(_WHOLE_VERB_OPENERS, gend):
        # (round en113) the bare whole of a partitive heads no clause: "29 of the 41
        # needed hospital treatment", "two of the 11 were killed" (the verb is the part's)
        return None, ev_end, False
    pos = gend
    across = False  # a counted sub-group was skipped on the way to the outcome
    unit = None
    # Words the patterns below need, looked for in the lowered sentence (the patterns as
    # written fold letters of other scripts too, so there every one runs): "aged 20" or
    # "in their 20s" after the group, "among" the dead.
    aged = aged_phrase.match(t, pos) if t is s or "aged" in t or "0s" in t or "ties" in t or (
        " under " in t or " below " in t) or (
        ", " in t and ("younger" in t or "older" in t)
    ) else None
    if aged:  # "Five men aged 20 to 30 were arrested": the ages are no sub-group
        pos = aged.end()
    elif s.startswith(" of ", pos) and (unit := _OF_NAMED_UNIT.match(s, pos)):
        # "Four personnel of the Frontier Corps (FC) were martyred": the victims' unit,
        # named in capitals, between them and their verb (the span runs on to the verb)
        pos = unit.end()
    elif s.startswith(_POSTMODIFIER_STARTS, pos) and (
            post := _rare("postmodifier_before_and").match(s, pos)) and (
            sk := skip_conj.match(t, post.end())) and count_re.match(t, sk.end()):
        # the first of coordinated groups with its own side or origin: "nine fighters from
        # the northern brigades and four members of the police were killed" (the verb
        # after the last group is every group's)
        pos = post.end()
    if s.startswith((" (", "("), pos) and (bracket := _BRACKET_ASIDE.match(s, pos)):
        # "870 people (about 260 families) have been displaced": the verb is the group's
        pos = bracket.end()
    if s.startswith(",", pos) and (aside := SOURCE_ASIDE.match(s, pos)):
        pos = aside.end()  # "Seven civilians, a local official said, were wounded"
    elif s.startswith(",", pos) and (named := _rare("member_named").match(s, pos)):
        # one of them named, "among them" after it (round 50): "The other three, my son
        # among them, are still missing" (a possessive there is no victim of its own)
        pos = named.end()
    elif toks and s.startswith(",", pos) and (names := named_apposition(s, pos)):
        # (round en110) the counted people named: "Two police constables, Ali Nawaz and
        # Ghulam Qadir, lost their lives", "One police officer, 27-year-old Inspector Arben
        # Dushku, was killed"
        pos = names.end()
    elif toks and s.startswith(",", pos) and (desc := described_apposition(s, pos)) and (
            _surely_person(desc.group("words").split())):
        # (round en199) the counted people described by what they were, then how they
        # fared: "mourns two of its members, security officers who were shot dead"
        pos = desc.end()
    # Skip coordinated or included sub-groups: "10 children and 13 rebels were ...".
    after_comma = False  # the last skipped group closed with a comma
    joined = False  # a skipped group was joined by "and"
    for _ in range(4):
        sk = skip_conj.match(t, pos)
        nm = count_re.match(t, sk.end()) if sk and sk.end() > pos else None
        if not nm and (pm := _AND_POSSESSIVE.match(s, pos)):
            # "A man and his son were killed": a relative of the first victim, named
            # without a count, shares the verb (the relative is no figure of its own).
            _, g2, toks2 = _group(s, pm.end())
            if not _person_like(toks2):
                break
            pos = g2
            continue
        if not nm or (nm.group("art") and not after_comma and not _COMMA_OR_AND.match(t, pos)):
            break
        part = _PARTITIVE.match(s, nm.end()) if s.startswith(" of ", nm.end()) else None
        if part and nm.group("num") and (limit := _AGE_LIMIT.match(s, part.end())):
            # "15 of them younger than 16": an age limit on the inserted sub-group, no
            # count of its own
            pos, across = limit.end(), True
            am = _COMMA.match(s, pos)
            after_comma = bool(am)
            pos = am.end() if am else pos
            continue
        _, g2, toks2 = _group(s, nm.end())
        if not toks2 and not nm.group("num"):
            break
        if not part and part_outcome_only(t, sk.group(), nm.end()):
            # "evacuated 41 people, among them 12 wounded,": the outcome word is the
            # part's noun; the whole takes no outcome from it (round 68)
            return None, ev_end, across
        if part and not toks2 and right_part.match(t, g2):
            # "sheltered 250 recruits, six of whom died": the predicate right after
            # the partitive is the part's own; the larger group the count belongs to had
            # no outcome (an apposition with a noun, "18 of them children, were killed",
            # goes on to the whole's verb)
            return None, ev_end, across
        pos, across = g2, True
        joined = joined or joined_by_and(sk.group())
        if part and not toks2 and s.startswith((" a ", " an "), pos) and (
                apposed := _PART_ARTICLE_APPOSED.match(s, pos)):
            # (round en184) the part named by an article in apposition: "Two players, one of
            # them a 19-year-old midfielder, were treated" (the verb after is the whole's)
            pos = apposed.end()
        if part and not toks2 and (how := _HOW_BADLY.match(s, pos)):
            # "Some 40 people, eight of them seriously, were wounded": how badly the part
            # was hurt, set off by commas; the verb after is the whole's
            pos, after_comma = how.end(), True
            continue
        if part and toks2 and s.startswith(" and ", pos) and (
                (joined_part := _group(s, pos + 4))[2]) and _person_like(joined_part[2]) and (
                _COMMA.match(s, joined_part[1])):
            # (round en174) the inserted part's kind told by two names joined: "Eight
            # drivers, six of them Sudanese and Chadian nationals, burned to death" (a
            # lower-case kind is joined by the group itself: "four of them women and
            # children")
            pos = joined_part[1]
        if s.startswith(" ", pos) and (limit := _AGE_LIMIT.match(s, pos)):
            # "19 of them under the age of 18": an age limit on the inserted sub-group,
            # no count of its own
            pos = limit.end()
        if (post := _rare("skipped_postmodifier").match(s, pos)) and _person_like(toks2):
            # an inserted sub-group's own side or origin: "Four guards and two drivers,
            # among them a man from Karun, were killed"
            pos = post.end()
        if s.startswith(" aged ", pos) and (age := _rare("skipped_age").match(s, pos)) and (
                _person_like(toks2)):
            # ... or the age of the one described: "A civilian, a woman aged about 60, was
            # killed" (the age is no count; the verb after is the first group's)
            pos = age.end()
        am = _COMMA.match(s, pos)
        after_comma = bool(am)
        if am:
            pos = am.end()
    among_here = t is s or "among" in t
    am = among.match(t, pos) if among_here else None
    if am:
        return _among_outcome(s, am.end()), ev_end, across
    rm = right_part.match(t, pos)
    if not rm and ("wound" in s or "injur" in s) and (had := _HAD_WOUNDS.match(s, pos)):
        # "nine of them had bullet wounds": wounded (the call site reads the dead's wounds)
        return "wounded", (had.end() if pos == gend else ev_end), across
    if not rm and pos == gend and "left" in s and (left := left_with_harm(s, gend)):
        return "wounded", left, across  # (round en112) "left her two sons with burns"
    if not rm and (care := care_needed(s, pos)):
        # (round en105) "Four people needed hospital treatment, including a steward"
        return "wounded", (care if pos == gend else ev_end), across
    if not rm and (told := harm_told(s, pos)):
        # (round en121) "sustained gunshot and machete injuries", "is recovering in
        # hospital with head injuries"
        return "wounded", (told if pos == gend else ev_end), across
    if not rm and (harm := had_harm(s, pos) or whose_part_broken(s, pos)
                   or (with_harm(s, pos) if toks == [] else part_with_harm(s, gend, pos))
                   or escaped_with_harm(s, pos)) and (
            not _DEAD_NOUN.search(s, max(0, gend - 30), pos)):
        # (round en103) "one man had a broken jaw", "had cuts and bruises", "a boy whose
        # leg was broken" (the dead's broken bones are how they died)
        return "wounded", (harm if pos == gend else ev_end), across
    if not rm and toks and " they " in s and (held := said_held(s, pos)):
        # (round en199) "At least six drivers said they had been held in police cells"
        return "arrested", (held if pos == gend else ev_end), across
    if not rm and s.startswith(_PRESENT_WOUND_OPENERS, pos) and (
            has := present_wounds(s, pos)):
        # the wounded told in the present (round 46): "At least three of them are
        # reported to have injuries from beatings"
        return "wounded", (has if pos == gend else ev_end), across
    if not rm and s.find("taken", pos, pos + 40) >= 0 and (
            taken := _TAKEN_BY_ARMED.match(s, pos)):
        # "one of 23 pupils taken from her school by rebel fighters": people taken by an
        # armed group are its captives ("taken to hospital by relatives" is no capture)
        return "captured", (taken.end() if pos == gend else ev_end), across
    if not rm and (s.find("carried", pos, pos + 24) >= 0 or s.find("taken", pos, pos + 48) >= 0
                   or s.find(" away ", pos, pos + 24) >= 0 or s.find(" off ", pos, pos + 24) >= 0
                   or s.find(" marched into ", pos, pos + 40) >= 0) and (
            carried := _carried_off(s, pos)) and not _HURT_OR_DEAD.search(
                s, _own_conjunct(s, gend) if (by_craft := _BY_CRAFT.match(
                    s, carried.end())) else max(0, gend - 40), gend) and not (
            carried.group("v").lower() == "marched" and toks and (
                toks[-1].lower() in EN.MARCHED_NOT_CAPTIVES)) and (
            by_craft is None or _raid_scene(s, t, gend)):
        # "several women were carried off": raiders' captives, as the active "carried off
        # several women" is read ("were carried off on stretchers", "to hospital", and the
        # wounded or the dead carried away are no captives)
        # (round en189: troops "marched into the hills" are no one's captives)
        return "captured", (carried.end() if pos == gend else ev_end), across
    if not rm and s.find("taken", pos, pos + 24) >= 0 and (
            gone := _rare("taken_and_gone").match(s, pos)) and not _HURT_OR_DEAD.search(
                s, max(0, gend - 40), gend):
        # "Three teachers were taken from their school and never seen again", "Two drivers
        # were taken from a truck and held for 20 days": taken, then kept or never seen
        # again
        return "captured", (gone.end() if pos == gend else ev_end), across
    if not rm and s.find("taken", pos, pos + 30) >= 0 and (not toks or _person_like(toks)) and (
            taken_end := taken_unsaid(s, pos)) and not _HURT_OR_DEAD.search(
                s, max(0, gend - 40), gend):
        # taken with no agent, then when (round 46): "a nurse and her son were taken as the
        # militants left", with captors named in the sentence
        return "captured", (taken_end if pos == gend else ev_end), across
    if not rm and s.find("taken", pos, pos + 30) >= 0 and (not toks or _person_like(toks)) and (
            gone_end := taken_then_gone(s, pos)) and not _HURT_OR_DEAD.search(
                s, max(0, gend - 40), gend):
        # (round en124) taken, then gone: "were taken and remain unaccounted for"
        return "captured", (gone_end if pos == gend else ev_end), across
    civilians = bool(toks) and toks[-1].lower() in _FLEEING_CIVILIANS
    # where they are from, before the verb (round 44): "residents of the town of Kessa
    # were forced to leave"
    forced_at = origin.end() if civilians and pos == gend and s.startswith(
        (" of ", " from "), pos) and (origin := _rare("forced_origin").match(s, pos)) else pos
    if not rm and (s.find("forced", forced_at, forced_at + 40) >= 0
                   or s.find("driven", forced_at, forced_at + 40) >= 0
                   or s.find("compelled", forced_at, forced_at + 40) >= 0
                   or s.find("made to ", forced_at, forced_at + 40) >= 0) and (
            forced := _FORCED_FROM_PLACE.match(s, forced_at)) and not (
                (forced.group("named") or forced.group("bare") or forced.group("country"))
                and not civilians):
        # "3,000 families have been forced to leave the area", "were forced to flee the
        # fighting": driven from where they lived (the active "forced 7,000 people to
        # flee" is read in _sentence)
        return "displaced", (forced.end() if pos == gend else ev_end), across
    if not rm and s.find("treated", pos, pos + 40) >= 0 and (
            cared := _TREATED_WOUNDS.match(s, pos)):
        # "11 people were being treated for gunshot and machete wounds": kinds of wound
        # joined by "and" / "or" / commas, any weapon's name among them
        return "wounded", (cared.end() if pos == gend else ev_end), across
    if not rm and s.startswith(_PASSIVE_AUX_AFTER, pos) and (
            s.find("free", pos, pos + 40) >= 0 or s.find("rele", pos, pos + 40) >= 0
            or s.find("rescu", pos, pos + 40) >= 0) and (
            freed := _rare("freed_from_captors").match(s, pos)):
        # people freed by their captors or from them: "Dozens of migrants were freed from
        # the rebels' prison", "were released by their kidnappers", "freed from captivity"
        # (captives, as "held by Boko Haram" are; "freed by police" names no captors)
        return "captured", (freed.end() if pos == gend else ev_end), across
    if not rm:
        # "Four civilians fleeing the fighting were killed": a reduced or full relative
        # on the victims stands between them and a passive participle.
        rel = _RELATIVE_GAP.match(s, pos)
        if rel and s.find("that", pos, rel.end()) >= 0 and gap_opens_clause(s, pos, rel.end()):
            rel = None  # (round en112) "... from the footage and that four men had been"
        if rel and among_here and (am := among.match(t, rel.end())):
            # "nine fighters from both sides were among the dead"
            return _among_outcome(s, am.end()), ev_end, across
        late = right_part.match(t, rel.end()) if rel else None
        if late and _outcome_of(late) == "wounded" and (late.group("aux") or "").strip() and (
                _AND_DIED.match(s, late.end())) and not _NOT.search(late.group("aux")):
            return "killed", ev_end, across  # "... at the checkpoint were wounded and died"
        if late and ((late.group("aux") or "").strip() or late.group("rel")) and not _NOT.search(
                late.group("aux") or "") and not _OTHER_PART.match(s, late.end()) and not (
                _prospective((late.group("aux") or "").lower(), late)):
            if _outcome_of(late) == "wounded" and (shot := bare_shot_reading(
                    s, late, gend, not toks or _person_like(toks))) is not None:
                return shot or None, ev_end, across  # (round en121) past an apposition too
            return _outcome_of(late), ev_end, across
        if rel and _taken_after_gap(s, rel.end(), gend):
            return "captured", ev_end, across  # "Two workers, both nurses, were taken away"
        if s.startswith(" from ", pos) and s.find(" died", pos, pos + 60) >= 0 and (
                toks and _person_like(toks)) and (gap := _ORIGIN_GAP_DIED.match(s, pos)):
            # where they came from, then "died" with no auxiliary (round 56): "Eight of
            # the camp's prisoners from the village died there"
            return "killed", max(ev_end, gap.end() + 4), across
        if toks and _person_like(toks) and (died_end := place_before_died(s, pos)):
            # (round en110) "A 38-year-old man in Pangnirtung died in police custody"
            return "killed", max(ev_end, died_end), across
        if toks and _person_like(toks) and (
                gap_verb := subject_verb_outcome(s, t, gend, right_part, toks)) and (
                not _OTHER_PART.match(s, gap_verb[1])):
            # (round en113) the people's own verb past a long relative clause, phrases of
            # place or an apposition with a clause: "A man who had quarrelled with ... was
            # arrested", "one man, a 52-year-old who was attacked by a dog ..., died"
            return gap_verb[0], max(ev_end, gap_verb[1]), False  # (no count of its own)
        if toks and s.startswith(",", pos) and _person_like(toks) and (
                aside := aside_then_outcome(s, t, pos, right_part)) and (
                not _OTHER_PART.match(s, aside[1])) and not (
                aside[0] == "wounded" and bare_shot_missed(s, aside[1])):
            # (round en122) an aside between commas: "The two men, both in their twenties,
            # died", "a third suspect, who had driven the getaway car, was detained"
            return aside[0], max(ev_end, aside[1]), False
        if toks and s.startswith(" ", pos) and _person_like(toks) and (
                reduced := reduced_relative_outcome(s, t, pos, right_part)) and (
                not _OTHER_PART.match(s, reduced[1])) and not (
                reduced[0] == "wounded" and bare_shot_missed(s, reduced[1])):
            # (round en122) a reduced relative with its complement: "Three men wanted for
            # murder were arrested" (a bare "shot" read as the passive's: no aim, no craft)
            return reduced[0], max(ev_end, reduced[1]), False
        if toks and pos == gend and _person_like(toks) and (
                past := relative_past_phrases(s, t, gend, right_part)) and (
                not any(_person_like([w]) or w.lower() in _COUNT_WORDS for w in past[0])) and (
                not _NOT.search(past[1].group("aux"))) and (
                not _prospective(past[1].group("aux").lower(), past[1])):
            # (round en118) the outcome of a relative clause past phrases on the person,
            # which name no other people the clause could be on: "a photographer for a
            # local television channel who has been missing" ("four men of the murder of
            # two members of a cooperative who were shot dead" stays)
            return _outcome_of(past[1]), past[1].end(), across
        if toks and s.find(" being ", pos, pos + 90) >= 0 and _person_like(toks) and (
                bb := _rare("before_being").match(s, pos)) and (
                late := right_part.match(t, bb.end())) and not _NOT.search(
                    late.group("aux") or "") and not _OTHER_PART.match(s, late.end()):
            # what became of the victims after a clause of their own: "a rebel opened fire
            # at troops before being executed", "Two men were beaten after being abducted"
            return _outcome_of(late), ev_end, across
        if s.find(" and ", pos, pos + 60) >= 0 and (
                two := FIRST_OF_TWO_PASSIVES.match(s, pos)) and (
                late := right_part.match(t, two.end())) and not _CLAUSE_AUX.search(
                    late.group("aux") or "") and not _OTHER_PART.match(s, late.end()):
            # "Five villagers were beaten and killed": the first participle says no
            # outcome, the second does
            return _outcome_of(late), (late.end() if pos == gend else ev_end), across
        first = _FIRST_PASSIVE.match(s, pos)
        late = right_part.match(t, first.end()) if first else None
        if late and _outcome_of(late) == "missing" and not _NOT.search(late.group("aux") or ""):
            # (missing only: "12 miners were trapped and are feared dead" is no toll)
            return "missing", late.end(), across
        return None, ev_end, across
    aux = (rm.group("aux") or "").lower()
    if aux and (_NOT.search(aux) or _prospective(aux, rm)):  # (no auxiliary: neither)
        return None, ev_end, across
    if across and verb_is_last_groups(joined, aux):
        return None, ev_end, across  # (round en108) "..., and a man was treated"
    if not aux.strip() and _OBJECT_AFTER.match(s, rm.end()) and not _COUNT_OWN_OUTCOME.match(
            s, rm.end()) and (rm.group().strip().lower() not in _OBJECTLESS_OUTCOMES) and (
            _OBJECTLESS_DEATH.isdisjoint(rm.group().lower().split())) and not (
            _TIME_NOT_OBJECT.match(s, rm.end())):
        # the count is the subject of an active verb, through a relative pronoun too
        # (round en115): "A man who killed his partner" is the killer, no victim (round
        # en179: never after a verb of dying, "a porter died three days later" tells when)
        return None, ev_end, across
    if rm.group("rel") and not aux.strip() and (
            bare := _BARE_PLURAL_AFTER.match(s, rm.end())) and _person_like(
                [bare.group(1)]) and (
            _OBJECTLESS_DEATH.isdisjoint(rm.group().lower().split())) and (
            rm.group().strip().lower() not in _OBJECTLESS_OUTCOMES):
        # ... and with a bare noun of people as its object: "Four men who abducted
        # children were arrested" (a relative with no auxiliary is never a passive)
        return None, ev_end, across
    if _outcome_of(rm) == "wounded" and s.startswith(" and ", rm.end()) and (
            died := _AND_DIED.match(s, rm.end())):
        # "Two soldiers were wounded and later died": the same people, dead in the end
        return "killed", (died.end() if pos == gend else ev_end), across
    if (other := _OTHER_PART.match(s, rm.end())) and _outcome_of(
            _ANY_PART.search(s, other.start(), other.end())) != _outcome_of(rm):
        return None, ev_end, across  # "were killed or wounded": one number for two outcomes
    outcome = _outcome_of(rm)
    if outcome == "wounded" and (
            shot := bare_shot_reading(s, rm, gend, not toks or _person_like(toks))) is not None:
        # (round en121) a bare "shot" that tells no wound, or a death ("fatally shot")
        return shot or None, (rm.end() if pos == gend else ev_end), across
    if outcome == "wounded" and (stab := stabbing_reading(s, rm)):
        # (round en103) a plot's present stabbing is no wound; one its victim died of
        # is a death
        if stab[0] is None:
            return None, ev_end, across
        return stab[0], (stab[1] if pos == gend else ev_end), across
    if outcome == "wounded" and not whole and not aux.strip() and not rm.group("rel") and (
            s.find("died", rm.end(), rm.end() + 80) >= 0) and (
            died := _LATER_DIED.match(s, rm.end())):
        # "Two soldiers wounded in the clash on Sunday later died": the wounded of a
        # reduced relative died; the figure is of the dead (the span keeps the group)
        return "killed", (died.end() if pos == gend else ev_end), across
    if pos != gend and outcome and not (unit and pos == unit.end()):
        return outcome, ev_end, across  # keep the span on the first sub-group only
    return outcome, rm.end(), across


# A forecast right before a figure and a condition after it in the same clause: "fear
# 200,000 deaths if the famine spreads", "warned that 40,000 people ... unless".
_RARE["forecast_before"] = (
    rf"\b(?:{alt(EN.FORECAST_VERBS)})\s+(?:that\s+)?(?:[\w'’\-]+\s+){{0,2}}$")
_IF_AFTER = re.compile(r"[^,.;:!?]{0,50}?\b(?:if|unless)\b", re.IGNORECASE)
_PROSPECTIVE_MODALS = frozenset(EN.PROSPECTIVE_MODALS)
# How a list of ages and the wounded in the present open (round 46), tested before their
# patterns: " of eight and ten", ", aged 12 and 14,"; " have injuries", " are nursing".
_AGES_OPEN = (" of ", " aged ", ", aged ")
_LED_STEMS = EN.LED_INTO_STEMS
_CONFINING = (*EN.CONFINING_STEMS, *EN.LED_INTO_STEMS)
_CAPTORS_BEFORE_REACH = 400


def _captors_before(low: str, base: int) -> bool:
    """Are captors named in the story's text just before the sentence at ``base`` (for
    "the men" who confine people: "Gunmen stormed the school. The men herded ...")?"""
    return _rare("captor_near").search(low, max(0, base - _CAPTORS_BEFORE_REACH), base) is not None
_PRESENT_WOUND_OPENERS = (" have ", " has ", " are ", " is ", " still ", " also ", " reported ",
                          " said ", " believed ", " thought ", " known ", " nursing ",
                          " were ", " was ")  # (round en133) "were nursing wounds"
_COPULAS = frozenset(EN.FINITE_COPULAS)
_HEDGED_STATES = frozenset(EN.HEDGED_STATES)


def _prospective(aux: str, rm: re.Match[str]) -> bool:
    """Does the lower-cased auxiliary chain ``aux`` put the outcome word ``rm`` matched
    in the future or under a condition: a modal with no "have" after it ("could be
    displaced", "would be killed", "will die"), or "are to be"? A hedge on a toll taken
    ("might have been wounded") and a hedged state ("may be dead", "may be missing")
    are no prospect."""
    words = aux.split()
    at = next((i for i, w in enumerate(words) if w in _PROSPECTIVE_MODALS), -1)
    if at < 0:
        # "are to be displaced": a copula right before "to be" is a plan ("are reported
        # to be", "believed to be" are a source's word on what has happened)
        at = next((i for i in range(1, len(words) - 1) if words[i] == "to"
                   and words[i - 1] in _COPULAS and words[i + 1] == "be"), -1)
    if at < 0:
        return False
    verb = next((w for w in words[at + 1:] if w in ("be", "being", "have")), None)
    if verb == "have":
        return False  # "may have been killed", "might have died": a hedge on a toll taken
    # "be" and a participle ("could be displaced"), or a bare verb ("will die", "could
    # also die")
    return " ".join(rm.group(_outcome_of(rm) or 0).lower().split()) not in _HEDGED_STATES


# An adverb alone closing an inserted part: ", eight of them seriously," (the comma
# after it is taken too).
_HOW_BADLY = re.compile(r"\s+[a-z]+ly\s*,\s*")


# After "N people wounded" (no auxiliary), the predicate that they died: "wounded in the
# blast on Sunday later died", "injured in the attack have since died".
_LATER_DIED = re.compile(
    # an apposition between commas first (round 66): "Two of the wounded, both
    # children, died", "three of the injured, all of them guards, later died"
    rf"(?:{INSERT})?"
    r"(?:\s+(?:in|on|at|by|during|near|when|after)\b"
    r"(?:(?!\b(?:that|which|who|and|but|he|she|they|it|we)\b)[^,;:.!?\"“”()]){0,60}?)?"
    r"\s+(?:(?:later|subsequently|then|since)\s+)?(?:(?:had|have|has)\s+(?:since\s+)?)?died\b")


def _bomber(s: str, base: int, out: list[dict[str, object]], low: str | None = None) -> None:
    if low is not None and "bomber" not in low and "self" not in low:
        # (``low``: ``s`` lowered, ASCII) both readings below need one of these words as
        # written in some case; one test of each on the lowered sentence instead of six
        return
    if ("e bomber " in s or "e suicide bomber " in s or "E BOMBER " in s) and (
            died := _rare("bomber_died").search(s)):
        # "The bomber also died in the blast": the definite article is no count word
        start, end = died.start("who"), died.end()
        if not any(int(o["start"]) <= base + start < int(o["end"])  # type: ignore[call-overload]
                   for o in out):
            out.append({
                "start": base + start, "end": base + end, "text": s[start:end],
                "outcome": "killed", "count_low": 1, "count_high": None,
                "qualifier": "exact", "group": died.group("noun").lower(),
            })
    if "self" not in s and "SELF" not in s and "Self" not in s:
        return
    for bm in _BOMBER_SELF.finditer(s):
        bb = None
        for b in _BOMBER.finditer(s, 0, bm.start()):
            bb = b
        if bb is None or bm.start() - bb.end() > 120:
            _counted_self_bomber(s, base, bm, out)
            continue
        start = bb.start()
        if bm.start() - bb.end() > 12:
            start = bm.start()
        start = max(0, start - 1) if s[start - 1:start] in {"'", "‘"} else start
        noun = (base + bb.start(), base + bb.end())
        if any(int(o["start"]) <= noun[0] and noun[1] <= int(o["end"])  # type: ignore[call-overload]
               and o["outcome"] == "killed" for o in out):
            continue  # "A bomber killed himself": the count already gave the bomber
        out.append({
            "start": base + start, "end": base + bm.end(), "text": s[start:bm.end()],
            "outcome": "killed", "count_low": 1, "count_high": None, "qualifier": "exact",
            "group": bb.group().lower(),
        })



def _counted_self_bomber(s: str, base: int, bm: re.Match[str],
                         out: list[dict[str, object]]) -> None:
    """One person counted by an article who "blew herself up": only with "up", since "a man
    killed himself" tells of a suicide, not a bombing."""
    if not bm.group().lower().startswith("blew") or not bm.group().lower().endswith("up"):
        return
    pm = _COUNTED_SELF_BOMBER.search(s, max(0, bm.start() - 60), bm.start())
    if pm is None or pm.group("noun").lower() not in EN.PERSON_WORDS:
        return
    start = pm.start()
    if any(int(o["start"]) <= base + start < int(o["end"])  # type: ignore[call-overload]
           for o in out):
        return
    out.append({
        "start": base + start, "end": base + bm.end(), "text": s[start:bm.end()],
        "outcome": "killed", "count_low": 1, "count_high": None, "qualifier": "exact",
        "group": s[pm.end("art"):bm.start()].strip().lower(),
    })

# The case-blind patterns run per count, as the twins for lower-cased ASCII sentences (same
# spans, 1.5-2x faster; see folding.py).
_CASE_BLIND = (_MONTH, _NUM_AFTER, _LEFT_ACTIVE, _SHARED, _BODIES_AHEAD)
_LOWERED = tuple(p.low for p in _CASE_BLIND)
_RIGHT_BLIND = (_AGED_PHRASE, _SKIP_CONJ, _AMONG, _RIGHT_PART, COUNT_RE)
_RIGHT_LOWERED = tuple(p.low for p in _RIGHT_BLIND)
