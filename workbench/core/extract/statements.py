"""Attributed statements: who said what, with the span of the attributed words.

Three passes over a document:

1. direct quotes whose attribution sits next to them ('"...," he added',
   'X said: "..."'); a long quote standing alone continues the previous speaker;
2. headline attributions ("...: Putin", "Report: ...", "... - TV");
3. speech verbs in each sentence. The verb decides the layout: with words
   after it, the speaker precedes the verb ("X said that ..."); with nothing
   after it but a source, the words precede ("..., police said" / "... said
   the Observatory"). "according to X" and "quoting X" share the content of
   their clause.

Pronouns ("he", "it") are replaced by the latest speaker named before them.

This module holds the main pass; the rules it drives live in the ``statement_*`` modules
beside it (quotes, headlines, subjects, sources, pronouns, ...), which never import it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from heapq import heappop, heappush

from .folding import CaseBlind
from .fronted_time import fronted_sitting_end, fronted_time_end
from .lang import en as EN
from .lang.build import alt
from .latin_fold import folded, written_speaker
from .motions import motions
from .said_and_predicate import bare_predicate
from .spans import Document, Sentence, document, trim_span
from .speakers import PRONOUNS, backward_np, forward_np, has_content_word
from .statement_act_charge import acting_people
from .statement_apposed_speaker import name_apposed_speakers
from .statement_asked_for import asked_for
from .statement_body_short_name import body_short_name
from .statement_bracket_tail import name_before_bracket
from .statement_by_count import by_count_figures
from .statement_closing_adjunct import absolute_with, closing_adjunct, host_clause
from .statement_closing_role import closing_role_name
from .statement_content import (
    _ADJUNCT,
    STRIP_TAIL_WIDTH,
    _and_own_act,
    _content_end,
    _demand_end,
    _demonstrative_that,
    _joined_demand,
    _joined_naming,
    _lead,
    _quotation_end,
    _quoted_words_end,
    _said_when,
    _skip_lead,
    _strip_adverbs,
)
from .statement_demand_list import listed_demands
from .statement_demanded_object import demanded_objects
from .statement_demanded_say import drop_demanded_saying
from .statement_described_source import described_source
from .statement_document_closing import document_closings
from .statement_findings import evidence_findings, findings, name_research_it
from .statement_gerund_subject import gerund_act
from .statement_given_toll import given_tolls
from .statement_growing_spans import GrowingSpans
from .statement_heading_quote import drop_pull_quotes, heading_quotes
from .statement_headlines import (
    _SENTENCE_INSIDE,
    _confirm_headline,
    _fit_to_runs,
    _headline,
    _headline_runs,
    _headline_span,
    _names_a_source,
    _slug_headline_span,
    _slug_headlines,
    deck_line,
)
from .statement_joint_speakers import joint_first_before, joint_parts
from .statement_list_aside import list_end_aside, list_end_near
from .statement_long_speaker import described_speakers
from .statement_loose_prior import LoosePrior
from .statement_name_of_body import name_of_body
from .statement_negated_speaker import drop_negated_speakers
from .statement_not_speech import (
    _CLAIM_WORDS,
    _PROGRESSIVE_SPEECH,
    _not_speech,
    _owned_act,
    _progressive,
)
from .statement_nouns import (
    _REPORT_NOUN_HEADS,
    _SPEECH_NOUN_HEADS,
    _as_put_it,
    _delivering_line,
    _full_texts,
    _in_words,
    _mark_gap,
    _noun_then_from_by,
    _parenthetical,
    _promised_nouns,
    _read_already,
    _report_nouns,
    _speech_nouns,
    _texts_given_whole,
)
from .statement_one_of_group import name_one_of_group
from .statement_persons import (
    _ARTICLES,
    _NAME_IN_APPOSITION,
    _NEXT_WORD,
    _PLURAL_BODIES,
    _QUOTE_NAME,
    RANK_BEFORE_NAME,
    _is_count_word,
    _is_person,
    _one_person_head,
    _opens_description_phrase,
    _people_word,
    _person_subject,
    _plural_people,
    _plural_word,
    _speaking_person,
)
from .statement_plain_subject import described_first_subject, plain_first_subject
from .statement_pronoun_continued import only_owner_for_pronoun
from .statement_pronoun_person import no_person as _is_no_person
from .statement_pronoun_person import person_for_pronoun
from .statement_pronoun_tellers import kin_teller_in_quote
from .statement_pronouns import _NOT_A_NAME, UNTOLD, _resolve_pronouns
from .statement_quotes import (
    _BRINGER_IN_SPEAKER,
    _BROUGHT_NAME,
    _CLOSING_NAME,
    _NAME_BRINGER,
    _RELATIVE_OPENERS,
    _SPAN,
    _cited_quotes,
    _may_bring,
    _named_inside_quotes,
    _open_paragraphs,
    _quotes,
    _split_colon_quotes,
    _third_person_inside_quotes,
)
from .statement_read_out import read_out_words
from .statement_record import _OPEN_MARKS, _add
from .statement_relative_teller import (
    hearer_not_teller,
    relative_clause_subject,
    subject_before_aside,
)
from .statement_release_voice import give_appeals_to_body
from .statement_revision_speaker import drop_revision_speakers
from .statement_role_name import name_the_role
from .statement_sent_words import sent_words
from .statement_share_described import described_shares
from .statement_shared import (
    _RARE,
    _VERB,
    SpanIndex,
    _clause_floor,
    _dateline,
    _last_match,
    _rare,
    verb_tail,
)
from .statement_single_quotes import double_marked
from .statement_sources import (
    _ADJUNCT_OPENING,
    _APPOSITIVE,
    _DOC_NP,
    _LOW_TITLES,
    IT_PASSIVE_TAIL_WIDTH,
    _appositive_name,
    _bare_clause_subject,
    _closing_person,
    _closing_source_name,
    _comma_subject,
    _coordinated_apposition_name,
    _inverted_apposition,
    _it_passive_by,
    _one_of_people,
    _relative_sources,
    _source_np,
    _source_of,
    _subject_after_adjunct,
    _through_document,
    _titled_work_subject,
    _trailing_aside,
)
from .statement_speaker_for_body import speaker_for_body
from .statement_spoken_of import only_spoken_of
from .statement_subhead_label import subhead_labels
from .statement_subjects import (
    _CITABLE_HEADS,
    _REL_END,
    _VERB_OBJECT,
    _clause_subject,
    _medium_giver,
    _one_described,
    _saying_subject,
    _scraped_age,
)
from .statement_teller_by_phone import introduced_teller
from .statement_told_in_quote import told_in_quote
from .statement_told_inside import own_telling
from .statement_transcripts import (
    _earlier_issue,
    _heading_speaker,
    _interview_answers,
    _own_text,
    _own_voice,
    _transcript_labels,
)
from .statement_verbless_tail import verbless_note
from .statement_while_subject import contrast_subject
from .tails import cue_words, final_words, opening_chars, tail_check
from .triggers import SPEECH, triggers

_TELLING_PARTICIPLES = frozenset(EN.TELLING_PARTICIPLES)
# Where it was said, closing a trailing attribution: "..., Belmonte told reporters in the
# farming town of San Jeronimo de los Llanos, adding that ...", "said in the northern town
# of Gombe on Monday" (a kind of place, "of" and a name, perhaps a day).
_PLACE_TAIL_OPENERS = (" in ", " at ", " nea")
_RARE["_PLACE_TAIL"] = (
    r"\s*(?:in|at|near)\s+the\s+(?:[a-z][\w\-]*\s+){0,2}?"
    rf"(?:{alt(EN.SETTLEMENT_NOUNS)})\s+of\s+[A-Z][\w'’\-]*"
    r"(?:\s+(?:[A-Z][\w'’\-]*|de|del|la|las|los|el|al|da|do|dos|du|di))*"
    rf"(?:\s+on\s+(?:{alt(EN.WEEKDAYS)}))?\s*", re.IGNORECASE)
_SPEECH_PARTICIPLES = frozenset(EN.SPEECH_PARTICIPLES) | _TELLING_PARTICIPLES
# The addressee of "telling" and the "that" after it (no comma or quote between).
_TELLING_OBJECT = re.compile(r"\s+(?!that\b)[^,;:.!?\"“”]{1,50}?\s+that\s+")
_AS_BY = EN.AS_BY_PHRASES
_APPEAL_PARTICIPLES = frozenset(EN.APPEAL_PARTICIPLES)
# An appeal's addressee and the act asked of them: "urging the government to return ...".
_APPEAL_OBJECT = re.compile(
    # (no addressee opens with "for", "about" or a question word: "is asking for help to
    # find his brother", "are asking what will happen to the market")
    r"\s+(?!(?:to|for|about|what|when|where|why|how|whether|if|who|which)\b)"
    r"[^,;:.!?\"“”]{1,60}?\s+to\s+[a-z]")
# What is urged as a noun, closing the sentence: "..., the UN said, urging their immediate
# release." (as "urged restraint" keeps its object).
_APPEAL_NOUN = re.compile(r"\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,5}\s*[.!;]?\s*")
_OWN_CLAUSE = re.compile(
    rf"\s+(?:that\b|(?:{alt(EN.CLAUSE_SUBJECTS)})\s"
    # a subject of a possessive and a noun before its verb: "claiming its men had killed"
    rf"|(?:its|his|her|their|our)\s+[a-z]+\s+(?:{alt(EN.FINITE_AUXILIARIES)})\b)",
    re.IGNORECASE)
# A headline's place label: "Kenya: ...", "South Sudan: ..."
_PLACE_LABEL = re.compile(
    r"(?P<w>[A-Z][a-z][\w'’\-]*(?:\s[A-Z][a-z][\w'’\-]*)?)\s*:\s+(?=[A-Z0-9])")
_VERB_AFTER_COMMA = re.compile(
    rf"[^,;:.!?\"“”]{{0,40}}?(?P<comma>,)\s*(?:[a-z]+ly\s+)?(?:{alt(EN.REPORTING_VERBS)})\b",
    re.IGNORECASE,
)
# "said, citing a source, that ...": the participle set in commas right after the verb,
# and the end of its clause ("that" is required: after an inverted attribution the clause
# after the comma is not the cited source's, "..., the army said, citing witnesses, and").
# (the word is looked up in a set: an alternation of every verb cost start-up time)
# The clause before the participle's comma: "said in a statement, citing ...".
_CLAUSE_COMMA_END = re.compile(r"([^,;:.!?\"“”]{1,60}),\s*$")
_ONE_WORD_VERBS = EN.ONE_WORD_REPORTING_VERBS


def _after_speech_verb(text: str, c0: int, pos: int) -> bool:
    m = _CLAUSE_COMMA_END.search(text, max(c0, pos - 62), pos)
    return m is not None and any(w in _ONE_WORD_VERBS for w in m.group(1).lower().split())

_CITED_CLAUSE_END = re.compile(r"[^,;:.!?\"“”]{1,60}?,\s*that\s+")


def _citable(phrase: str) -> bool:
    """A cited source the speaker vocabulary does not list: a name or a document
    ("intelligence reports"), not a reason ("citing security concerns")."""
    words: list[str] = []
    for w in phrase.split():  # the head ends before a modifier: "a source close to ..."
        if w.lower() in _CITED_HEAD_STOP:
            break
        words.append(w)
    last = words[-1].lower() if words else ""
    return any(w[:1].isupper() for w in words) or last in _CITABLE_HEADS or (
        last.rstrip("s") in _CITABLE_HEADS)


def _to_comma(text: str, a: int, s1: int) -> str:
    """The phrase from ``a`` to the next clause punctuation or the sentence end."""
    stop = _PHRASE_END.search(text, a, s1)
    sa, sb = trim_span(text, a, stop.start() if stop else s1)
    return text[sa:sb]


_PHRASE_END = re.compile(r"[,;:.!?\"“”()]")
_CITED_HEAD_STOP = frozenset((*EN.PREPOSITIONS, *EN.ACQUAINTED_ADJECTIVES, *EN.RELATIVE_PRONOUNS))


# An object pronoun as a whole source, before a comma: "According to him, ..."
_OBJECT_PRONOUN = re.compile(
    rf"\s+(?P<p>{alt(EN.OBJECT_PRONOUNS)})\s*,\s*", re.IGNORECASE)


# What opens a clause of its own right before a comma and "according to": a preposition
# with "which" ("in which", "during which"), "where", "because", "although", "while".
_SUBORDINATE_BEFORE = re.compile(
    r"(?:\b(?:in|on|at|during|after|before|under|by|from|with|through|among|of)\s+wh(?:ich|om)"
    r"|\b(?:where|because|although|though|while|whereas))\s*,\s*$", re.IGNORECASE)


# The words a document-wide pass needs in the text, written out once: the per-document
# test is one C scan per phrase, with no string built for it in each call.
_PASSIVE_TELLING_BY = tuple(f"{v} by " for v in EN.PASSIVE_TELLING_VERBS)  # round 48


def _shared_tail(phrases: tuple[str, ...]) -> str:
    """The longest end that every one of ``phrases`` has ("" when they share none)."""
    tail = phrases[0] if phrases else ""
    for p in phrases:
        while not p.endswith(tail):
            tail = tail[1:]
    return tail


# The tail the phrases share ("d by "): one C scan, where the phrases take six, and no
# document of the bench holds it (2.5 of 3 microseconds a document saved)
_PASSIVE_TELLING_TAIL = _shared_tail(_PASSIVE_TELLING_BY)
_PRESENT_ESTIMATING_THAT = tuple(f"{v} that " for v in EN.PRESENT_ESTIMATING)


def _relative_speaker(text: str, out: list[dict[str, object]]) -> bool:
    """Whether a statement's speaker holds a relative ("who", "which") or its words open
    with one: only then can ``_relative_sources`` change anything (each speaker turned
    into a string once, not three times)."""
    for o in out:
        sp = str(o["speaker"])
        if sp.startswith(_RELATIVE_OPENERS) or " which" in sp or " who" in sp or (
                text.startswith(_RELATIVE_OPENERS, int(o["start"]))):  # type: ignore[call-overload]
            return True
    return False


def find_statements(text: str) -> list[dict[str, object]]:
    # (round en231) quotes in single marks read as double-marked, one character for one
    fold = double_marked(folded(text))
    if fold is text:
        return _unbulleted(text, _find_statements(text, _speech_verbs(text)))
    found = _find_statements(fold, _speech_verbs(fold))
    places: dict[str, list[int]] = {}
    for o in found:  # the words and the speaker as the text writes them
        s0, s1 = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
        o["text"] = text[s0:s1]
        if isinstance(o["speaker"], str):
            o["speaker"] = written_speaker(text, fold, o["speaker"], s0, places)
    return _unbulleted(text, found)


# (round en194) A list's bullet opens a sentence and is no word of the speaker's phrase:
# "• Ana Obi, chair of the committee, said ..." is Ana Obi's.
_BULLET = "•"


def _unbulleted(text: str, found: list[dict[str, object]]) -> list[dict[str, object]]:
    if _BULLET not in text:
        return found
    for o in found:
        speaker = o["speaker"]
        if isinstance(speaker, str) and speaker.startswith(_BULLET):
            o["speaker"] = speaker[1:].lstrip()
    return found


_PERSON_WORDS = EN.PERSON_WORDS
_CARED_FOR = frozenset(EN.ADMITTED_NOUNS)  # "Several patients told us ..."


def _sources_inside(text: str, qs: int, qe: int, out: list[dict[str, object]],
                    seen: set[tuple[object, object, object]] | None = None) -> None:
    """'"... Parents told us they walked for two hours."': a quote that goes on with an
    earlier speaker (or stands alone) may name a source of its own inside it, as a quote
    with its own attribution does (round en75); that source speaks what it is said to have
    said. Only a source named by a noun: "they", "he" and the quoted "we" are left to the
    passes that know who the quote's speaker is. ``seen``: the keys of ``out``'s entries,
    as ``_add`` takes them."""
    for e in find_statements(text[qs:qe]):
        sp, es, ee = e["speaker"], int(e["start"]), int(e["end"])  # type: ignore[call-overload]
        if isinstance(sp, str) and es > 0 and (sp[:1].isupper() or _after_fronted_time(
                text[qs:qs + es], sp)) and (
                sp.lower() not in PRONOUNS and sp not in _FIRST_PERSON_AS_WRITTEN) and (
                _speaks(sp) or sp.startswith(_QUOTED_GROUP_SHARES) or (
                    sp.split()[-1] in EN.SEXED_NOUNS)):
            # (round en208) "One of them told me ..." is a person of the group spoken of;
            # "My brother called me and said ..." the teller's kin
            _add(out, text, qs + es, qs + ee, sp, seen=seen)


_QUOTED_GROUP_SHARES = tuple(f"{s} " for s in EN.QUOTED_GROUP_SHARES)
# (round en208) A time fronted before a lower-case source opening a sentence of the quote:
# "In the morning the police said ...", "Later the army told us ...", "On Monday the
# council said ..." (a word, or an opener and one to four words, then perhaps a comma).
_FRONTED_TIME = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:(?:{alt(EN.QUOTED_FRONTED_TIMES)})"
    rf"|(?:{alt(EN.QUOTED_FRONTED_TIME_OPENERS)})(?:\s+[\w'’]+){{1,4}}?),?\s+$")


def _after_fronted_time(before: str, sp: str) -> bool:
    """(round en208) Does ``before`` (a quote's text up to its inner source's words) end
    on ``sp``, a lower-case source with an article, after a time fronted at its sentence's
    start ('"In the morning the police said he had drowned"')?"""
    if not sp.startswith("the ") or (at := before.rfind(sp)) <= 0:
        return False
    return _FRONTED_TIME.search(before, 0, at) is not None


def _speaks(subject: str) -> bool:
    """Does ``subject`` name someone who can speak: a body or a source noun, or people
    ("Several patients"), not a thing said to tell ("Every unpunished killing tells ...")?"""
    low = subject.split()[-1].lower()
    return _speaking_head(subject) or low in _PERSON_WORDS or low[:-1] in _PERSON_WORDS or (
        low in _CARED_FOR)


def _speech_verbs(text: str) -> list[re.Match[str]]:
    """The speech verbs of ``text``, left to right, tried only where the shared trigger
    pass found the first word of one (the same matches as ``_VERB.finditer``)."""
    verbs: list[re.Match[str]] = []
    for pos in triggers(text)[SPEECH]:
        if verbs and pos < verbs[-1].end():
            continue  # "as saying" inside "quoted as saying"
        m = _VERB.match(text, pos)
        if m:
            verbs.append(m)
    return verbs


def _find_statements(text: str, verbs: list[re.Match[str]],
                     every_sentence: bool = False) -> list[dict[str, object]]:
    """Statements of ``text`` given its speech verbs. Sentences without a verb (or "report
    that") are skipped unless ``every_sentence``: the plain path the tests compare with."""
    out: list[dict[str, object]] = []
    used: list[tuple[int, int]] = []  # quote attributions already consumed
    loose: list[tuple[int, int]] = []  # quotes standing alone, speaker decided later
    _quotes(text, out, used, loose)
    spans_used = SpanIndex(used)  # (only read from here on)
    h0, h1 = _slug_headline_span(text) or _headline_span(text)
    head_done = h1 > h0 and _headline(text, h0, h1, out)
    # the deck under a Title Case headline is read as one (round 79)
    d0, d1 = (deck_line(text, h1) or (0, 0)) if h0 == 0 and h1 > 0 else (0, 0)
    runs = _headline_runs(text, out)
    starts = [v.start() for v in verbs]
    doc = document(text)
    # "a report that ...", the one attribution without a speech verb
    reports = _report_cues(doc.low)
    sents = doc.sentences
    low = doc.low if doc.ascii else None  # for the lowered twins of case-blind patterns
    # The sentence pass only appends to ``out`` (``_mark_gap`` adds keys of its own), so
    # the keys of its entries, taken once here, answer ``_add``'s duplicate test: a long
    # document's thousands of statements made that test a pass over all of them each time.
    seen = {(o["start"], o["end"], o["speaker"]) for o in out}
    # Only the sentences with a speech verb or "report that" (all of them for the tests).
    for i in range(len(sents)) if every_sentence else doc.holding([*starts, *reports]):
        sent = sents[i]
        in_head = h1 > h0 and sent.start < h1 and sent.end <= h1 + 1
        if in_head and head_done:
            continue
        in_head = in_head or (d1 > d0 and d0 <= sent.start and sent.end <= d1 + 1)
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        _sentence(text, sent.start, sent.end, out, spans_used, in_head, verbs[lo:hi], low,
                  seen)
    if _noun_then_from_by(doc.low, _SPEECH_NOUN_HEADS):
        _speech_nouns(doc, out)
    if _noun_then_from_by(doc.low, _REPORT_NOUN_HEADS):
        _report_nouns(doc, out)
    if " put it" in doc.low:
        _as_put_it(doc, out)
    if " words" in doc.low:
        _in_words(doc, out)
    if ":" in text and "\n" in text:
        _transcript_labels(text, h1, out)
        subhead_labels(text, h1, out)  # round en230
        if "\nQ:" in text and "\nA:" in text:
            _interview_answers(doc, h1, out)
    if runs:
        _fit_to_runs(out, text, runs)
    if "\n" in text and _SLUG_HINT.search(text):
        _slug_headlines(text, h1, out)
    if (", a" in text or ", which" in text) and _DENIAL_HINT.search(text):
        _noted_deniers(text, out)
    if verbs:
        _bare_figures(text, out, verbs)
    if _SERIES_HINT.search(text):
        _series_commitments(text, out)
    said = {v.group("v").lower() for v in verbs}  # round 47: the passes need their verbs
    if not said.isdisjoint(_DENYING):
        _bare_denials(text, out)
    if "inform" in text or "notifi" in text or "remind" in text:
        _informed_hearers(text, out)
    if ":" in text and _LOG_CLOCK_HINT.search(text) and len(_LOG_CLOCK_LINE.findall(text)) >= 2:
        _log_colon_sources(text, out)  # round 58
    if " to " in text and _TO_TELLING.search(text) and any(
            map(text.__contains__, _FORMAL_OPENER_CUES)) and (
            _FORMAL_OPENER_HINT.search(text)):  # round 50
        _formal_openers(text, out)
    if "adding" in said or "added" in said:  # (round en190: ", who added that")
        _inverted_adding(text, out)
    if _PASSIVE_TELLING_TAIL in text and any(
            map(text.__contains__, _PASSIVE_TELLING_BY)):  # round 48
        _passive_tellers(text, out)
    if any(map(text.__contains__, _PRESENT_ESTIMATING_THAT)):
        _present_estimates(text, out)
    found_it = []  # the clauses of "It found that ..." (round en156)
    for at, body in findings(text):  # round 72
        _read_finding(text, out, at, body)
        if body == "It":
            found_it.append(at)
    for es, ee, source in evidence_findings(text):  # round en86
        if not any(int(o["start"]) < ee and es < int(o["end"]) for o in out):  # type: ignore[call-overload]
            _add(out, text, es, ee, source)
    if ", who " in text:
        _apposed_relatives(text, out)
    if _noun_then_from_by(doc.low, _ADVICE_NOUNS, _OF):  # round 49 ("<noun> of ")
        _advice_of_sources(text, out)
    if not said.isdisjoint(_DISPLAY_VERBS) and (
            "caption" in doc.low or " wall text" in doc.low or "timeline" in doc.low):
        _display_texts(text, out)
    if " in full:" in text or " as follows:" in text:  # round 51
        _texts_given_whole(text, out)
    if ":\n" in text and _LIST_ASKING_HINT.search(text):  # round en226
        listed_demands(text, out)
    if "That this " in text:  # round 52
        out = _motion_statements(text, out)
    if '" (' in text or "” (" in text:  # round 52
        _cited_quotes(text, out)
    if "promised" in text or "pledged" in text:  # round 52
        out = _promised_nouns(text, out)
    if head_done:
        out = _confirm_headline(out, text)
    out = drop_negated_speakers(out)  # round en170
    out = drop_revision_speakers(out)  # round en175
    if verbs:
        described_speakers(text, out, _speaks)  # round en143
    out.sort(key=_SPAN)
    # (round en177) a loose quote that goes on in the paragraph right after '"...," she
    # says.': the same person, whoever the pronoun is resolved to below
    carried_on: list[tuple[dict[str, object], dict[str, object]]] = []
    # (the statements sorted by end and the attributions by start, once per document: each
    # loose quote of a long feature read every statement and every attribution before)
    near = LoosePrior(text, out, used) if loose else None
    # (the loop below changes ``out`` only through ``_add``, here and in ``_sources_inside``,
    # and changes no entry: the keys taken once answer the duplicate test of each, where
    # a long feature's loose quotes each read all the statements)
    loose_seen = {(o["start"], o["end"], o["speaker"]) for o in out} if loose else None
    for qs, qe in loose:
        near.sync()  # type: ignore[union-attr]
        if near.read_already(qs, qe):  # type: ignore[union-attr]
            # '"...," a military spokesperson, who declined to be named, told reporters.':
            # the sentence's own attribution read the quote already
            continue
        # (not a source named inside an earlier quote's attribution: '"...," the militia,
        # which the government says is armed, said. "..."' goes on with the militia; the
        # spans in ``used`` that open with a quote mark are quotes, the others attributions)
        last = near.last_before(qs)  # type: ignore[union-attr]
        # With no speaker just before, a person who is the subject of the sentence before
        # the quote ("Brant spoke to reporters. "...."") is its speaker. The nearest entry
        # before it speaks: loose quotes given a speaker are appended after the sorted ones.
        heading = _heading_speaker(text, qs) or _delivering_line(text, qs) or (
            introduced_teller(text, qs))  # round en195
        sp = heading or (last["speaker"] if last is not None else _previous_subject(doc, qs))
        if not heading and last is None and sp is not None and only_spoken_of(
                text, str(sp), doc.sentence_start(doc.sentence_start(qs) - 1)):
            # (round en193) "One of the crew, a 19-year-old, was killed." before the quote:
            # one spoken of, not its teller; the person who spoke last goes on
            teller = near.last_teller(qs, _teller_person)  # type: ignore[union-attr]
            sp = teller["speaker"] if teller is not None else None
            if teller is not None and str(sp).lower() in _HE_OR_SHE:
                last = teller  # (a "she says" before: the same person, once resolved)
        if sp is None and last is None:
            # A feature opens a paragraph with the quote and brings its speaker in the
            # next sentence: '"We buried them in the garden." Abu Salim, a farmer, said
            # ...': the named speaker of the statement right after it.
            sp = _next_named_speaker(out, text, qe)
        # Loose quotes are whole sentences in quote marks (six words or more) or follow
        # an attributed quote, so a single word there is still speech.
        if _add(out, text, qs, qe, sp, one_word=True,  # type: ignore[arg-type]
                seen=loose_seen) and last is not None and not heading and (
                str(sp).lower() in _HE_OR_SHE) and _same_paragraph(
                text, int(last["end"]), qs):  # type: ignore[call-overload]
            carried_on.append((out[-1], last))
        if bisect_left(starts, qe) > bisect_left(starts, qs):
            _sources_inside(text, qs, qe, out, loose_seen)
    out.sort(key=_SPAN)
    if ': "' in text or ": “" in text:
        sent_words(text, out)  # round en98
        _split_colon_quotes(text, out)
    given_tolls(text, out)  # round en101
    by_count_figures(text, out)  # round en211
    asked_for(text, out)  # round en211
    demanded_objects(text, out)  # round en221
    document_closings(text, out)  # round en161
    if "quoted as saying by" in text or ", quoted by " in text:
        _carrier_sources(text, out)
    if _relative_speaker(text, out):
        _relative_sources(text, out)
    if "\n\"" in text or "\n“" in text:  # a paragraph opening with a quote mark
        _open_paragraphs(text, out)
        if " full" in text or " follow" in text:  # round 50
            _full_texts(text, out)
    first = [o for o in out if o["speaker"] in _FIRST_PERSON_AS_WRITTEN] if len(out) > 1 and (
        '"' in text or "“" in text) else []
    if any(o["speaker"] in ("We", "we") for o in out):
        give_appeals_to_body(text, out)  # round en161
    if any(o["speaker"] in _FIRST_PERSON_AS_WRITTEN for o in out):
        # "I urge every elder ...", "We have promised the families that ...": the
        # document's own voice, outside any quotation (a letter, an address, an appeal),
        # is nobody's statement; it is no earlier speaker's either (round 44)
        out = [o for o in out if not (o["speaker"] in _FIRST_PERSON_AS_WRITTEN
                                      and _own_voice(text, int(o["start"])))]  # type: ignore[call-overload]
    if any(_own_text(o["speaker"]) for o in out):
        # "This paper asks what ...", "this article argues that ...": the text naming itself
        # speaks in its author's voice, as a "we" outside quotation marks does (round 54)
        out = [o for o in out if not (_own_text(o["speaker"])
                                      and _own_voice(text, int(o["start"])))]  # type: ignore[call-overload]
    if "update" in doc.low or "earlier " in doc.low or "previous " in doc.low or (
            "report no" in doc.low):
        # "Flash Update No. 1 had reported 19 deaths": the series' earlier issue is the
        # document's own voice, its figure no one's statement (round 71)
        out = [o for o in out if not _earlier_issue(o)]
    # (round en210) "Cutting this budget tells 300 families to stop hoping": an act, no teller
    out = [o for o in out if not gerund_act(o["speaker"], _speaks)]
    if "f them," in text or "f those," in text:
        described_shares(text, out)  # round en211
    pronouns = [o for o in out if isinstance(o["speaker"], str) and (
        str(o["speaker"]).lower() in PRONOUNS)]
    persons = [(o, str(o["speaker"]).lower()) for o in pronouns
               if str(o["speaker"]).lower() in _HE_OR_SHE]
    if ", " in text:
        speaker_for_body(text, out)  # round en193
        name_apposed_speakers(text, out)  # round en139
    if ")" in text:
        name_before_bracket(text, out)  # round en233: "Hon. Tunde Ade (Ikeja II) said"
    _resolve_pronouns(out, text, {id(f): lead for f, lead in carried_on})
    if "read " in text and " from " in text and ": " in text:
        # (round en210) after the pronouns: the writer of a letter read out tells nothing
        # else, and a later "she said" is still the reader's
        read_out_words(text, out)
    if " of them" in text and len(out) > 1:
        name_one_of_group(out)  # round en204
    if any(UNTOLD in o for o in out):
        out = [o for o in out if UNTOLD not in o]
    if found_it:
        name_research_it(text, out, found_it)
    if persons and len(out) > 1:
        _named_inside_quotes(text, out, persons)  # round 48
        kin_teller_in_quote(text, out, persons)
    if persons:
        person_for_pronoun(text, out, persons)  # round en153
        if ("'s " in text or "’s " in text) and any(
                o["speaker"] in ("he", "she", "He", "She") for o, _low in persons):
            # (round en234) "... comes to Ama Kesse-Boateng's shop. She hands over ...
            # '...,' she says.": no person read, the one person named as an owner
            only_owner_for_pronoun(text, [o for o, _low in persons], _is_no_person)
    for follower, leader in carried_on:
        follower["speaker"] = leader["speaker"]
    if persons and any(str(o["speaker"])[:4].lower() == "the " for o, _low in persons):
        # (round en233) "The 51-year-old driver ... he says": the name the text tied the
        # role to ("Ousmane Keita-Doumbe ... The 51-year-old driver"), for a "he" or "she"
        # read back to the role (a role written as the teller stays as written)
        name_the_role(text, [o for o, _low in persons], {id(o): low for o, low in persons})
        for follower, leader in carried_on:  # ('"...," he says. "..."': the same teller)
            follower["speaker"] = leader["speaker"]
    titled = _TitledSpeakers(out) if pronouns else None
    for o in pronouns:
        # "the vessel's manager said ... it added": the pronoun takes the name the text
        # gives the description ("the manager, Aegeas Tanker Services,")
        if isinstance(o["speaker"], str) and (
                name := _description_name(titled, text, o["speaker"])):  # type: ignore[arg-type]
            titled.rename(o, name)  # type: ignore[union-attr]
    if len(out) > 1 and not said.isdisjoint(_TELLING_OR_ASKING) and (
            "e told " in text or "y told " in text or "e asked " in text or "y asked " in text):
        out = _third_person_inside_quotes(text, out)
    if first:
        # '"We called for ambulances and nobody came," said Dr. Reyes': a speaker's own
        # "we" / "I" inside words someone else's entry holds is that speaker's, who is one
        # source (as "we believe" inside an interview's answer)
        out = [o for o in out if not (o in first and any(
            e is not o and e not in first and _inside(o, e) for e in out))]
    if "I t" in text:
        own_telling(text, out)  # round en116
    if ": '" in text or ": ‘" in text:
        told_in_quote(text, out)  # round en203
    if "\n\"" in text or "\n'" in text or "\n“" in text or "\n‘" in text:
        heading_quotes(text, out)  # round en161
    if "\n" in text:
        out = drop_pull_quotes(text, out)  # round en177
    if " must say" in text or " should say" in text:  # round 52
        # "But I must say what the families have told me": saying now, by obligation, is
        # the speaker's own voice; what the families told is their entry
        out = [o for o in out if not (isinstance(o["speaker"], str) and " " in o["speaker"]
                                      and o["speaker"].rsplit(None, 1)[1] in _OBLIGING)]
    out = drop_demanded_saying(text, out)  # round en173
    if len(out) > 1:
        # A pronoun resolved to the speaker of the same words is one entry, not two.
        seen: set[tuple[object, object, object]] = set()
        unique = []
        for o in out:
            key = (o["start"], o["end"], o["speaker"])
            if key not in seen:
                seen.add(key)
                unique.append(o)
        out = unique
    return out


# "we" and "I" as a speaker phrase is written.
_FIRST_PERSON_AS_WRITTEN = EN.FIRST_PERSON_AS_WRITTEN


def _inside(o: dict[str, object], e: dict[str, object]) -> bool:
    """Are the words of entry ``o`` within those of entry ``e``?"""
    return int(e["start"]) <= int(o["start"]) and int(o["end"]) <= int(e["end"])  # type: ignore[call-overload]


# After words: "..., the governor was quoted as saying by the Fars news agency on
# Monday." The carrier is a second source of the same words (round 43), as "according
# to X" is; a day after it is when, no part of the name.
_CARRIER_AFTER = re.compile(
    # (after a quote the comma is inside its marks: '"...," X was quoted as saying by')
    r"(?:,[\"”’']|[\"”’']?\s*,)\s*[^,;:.!?\"“”]{1,80}?\s+(?:was|were)\s+quoted\s+as\s+saying"
    r"\s+by\s+"
    r"(?P<c>[^,;:.!?\"“”]{2,60}?)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z]?[a-z]+day|\s+(?:today|yesterday))?\s*[.;]")


# '"...," X said, quoted by the Anadolu agency.' / "X said ..., quoted by state radio.": the
# carrier closing the sentence after the speaker's verb or right after the words.
_QUOTED_BY_AFTER = re.compile(
    r"(?:(?:,[\"”’']|[\"”’']?\s*,)\s*[^,;:.!?\"“”]{1,80}?\s+(?:said|says|told\s+[\w'’\-]+)\s*)?"
    r",\s*quoted\s+by\s+(?P<c>[^,;:.!?\"“”]{2,60}?)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z]?[a-z]+day|\s+(?:today|yesterday))?\s*[.;]")


def _carrier_sources(text: str, out: list[dict[str, object]]) -> None:
    """Give the carrier of "was quoted as saying by X" (or of "said, quoted by X") an entry
    of the same words."""
    carriers = ((_CARRIER_AFTER,) if "quoted as saying by" in text else ()) + (
        (_QUOTED_BY_AFTER,) if "quoted by" in text else ())
    for o in list(out):
        m = None
        for carrier in carriers:
            if m := carrier.match(text, int(o["end"])):  # type: ignore[call-overload]
                break
        if m is not None:
            carried = dict(o)
            carried["speaker"] = m.group("c")
            out.append(carried)
    out.sort(key=_SPAN)


_NEXT_SENTENCE_GAP = re.compile(r"[.!?]?[\"”’']?\s{1,3}$")


def _next_named_speaker(out: list[dict[str, object]], text: str, qe: int) -> str | None:
    """The speaker of the statement whose sentence starts right after a quote, when it
    is a name (a capitalised word that is neither a pronoun nor an article)."""
    after = [o for o in out if qe <= int(o["start"]) < qe + 200]
    if not after:
        return None
    first = min(after, key=_SPAN)
    sp = first["speaker"]
    if not isinstance(sp, str) or not all(w[:1].isupper() for w in sp.split()) or any(
            w.lower() in _NOT_A_NAME for w in sp.split()):
        return None  # "Residents said ...", "The army said ...": no one named
    # the speaker opens the next sentence, right after the quote
    at = text.find(sp, qe, int(first["start"]) + 1)
    return sp if at >= 0 and _NEXT_SENTENCE_GAP.fullmatch(text, qe, at) else None


_FOLLOW_GAP = 60  # '," she says. "': an attribution between, no more


def _same_paragraph(text: str, end: int, qs: int) -> bool:
    """Does the quote opening at ``qs`` follow the words ending at ``end`` closely, in
    the same paragraph?"""
    return 0 <= qs - end <= _FOLLOW_GAP and "\n" not in text[end:qs]


def _teller_person(speaker: object) -> bool:
    """(round en193) A speaker a feature's quote may go on with: a "he" or "she", or a
    person by name, title or person noun."""
    return isinstance(speaker, str) and (speaker.lower() in _HE_OR_SHE or (
        speaker.lower() not in PRONOUNS and _speaking_person(speaker)))


def _previous_subject(doc: Document, pos: int) -> str | None:
    """The person subject of the sentence just before the one at ``pos``."""
    i = bisect_left(doc.starts, doc.sentence_start(pos)) - 1
    if i < 0:
        return None
    subject = _person_subject(doc.text, doc.sentences[i])
    return subject


_AND_BUT_END = re.compile(r"\b(?:and|but)\s+(?:\w+\s+)?$")
# ("..., but said" as "..., and said": the first verb's subject says it, round 48; and
# "but said" without its comma, round en175: "Councillor Mary Doyle, who sits on the
# committee, welcomed the report but said ...", where the aside keeps the opening clause's
# reader away)
_AND_END = re.compile(r"(?:\band|,?\s*\bbut)\s+(?:\w+\s+)?$")
_PAST_VERB_NEXT = re.compile(r"\s+[a-z]{3,}ed\b")
# After "His" / "Her" / "Their": up to three words in lower case, then a full name.
_POSSESSIVE_OPENERS = frozenset(EN.DESCRIPTION_POSSESSIVES)
# (round en208) One or two lower-case words after a possessive, the last a person's noun:
# "My brother", "Her elder sister".
_OWN_POSSESSIVES = frozenset(EN.OWN_SUBJECT_POSSESSIVES)
_KIN_SUBJECT_VERBS = frozenset(EN.KIN_SUBJECT_SPEECH_VERBS)
_POSSESSED_PERSON = re.compile(r"\s+(?P<w1>[a-z]+)(?:\s+(?P<w2>[a-z]+))?(?![\w'’\-])")


def _person_noun_end(m: re.Match[str]) -> int:
    """The end of the person noun among a possessive's next one or two words, else 0."""
    for g in ("w1", "w2"):
        if m[g] and (m[g] in EN.SEXED_NOUNS or m[g] in EN.PERSON_WORDS):
            return m.end(g)
    return 0
_POSSESSED_NAME_RUN = re.compile(
    r"(?:\s+[a-z][\w\-]*){1,3}?\s+[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}")
# A plain object and then the main clause's speech verb, no punctuation between.
_OBJECT_THEN_MAIN_VERB = re.compile(
    rf"(?:\s+(?!(?:that|{alt(EN.CLAUSE_SUBJECTS)})\b)[\w'’\-]+){{1,5}}?"
    # (a relative set off by commas: "SP X, who confirmed the incident, said ...")
    rf",?\s+(?:{alt(EN.INVERTIBLE_VERBS)})\b", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*$")
_REPORT_CUE = re.compile(r"(?:report|statement)\s+that\s")  # the plain form of _report_cues
_THAT_NEXT = re.compile(r"\s+that\s")


def _report_cues(low: str) -> list[int]:
    """The starts of ``_REPORT_CUE.finditer(low)``: each "report" and "statement" found
    with ``str.find`` and "that" matched after it. The pattern, which opens with an
    alternation, was tried at every "r" and "s" of each document holding a noun; two matches
    cannot overlap (neither noun starts inside the other or inside "that")."""
    found: list[int] = []
    for noun in ("report", "statement"):
        i = low.find(noun)
        while i >= 0:
            if _THAT_NEXT.match(low, i + len(noun)):
                found.append(i)
            i = low.find(noun, i + 1)
    return sorted(found) if len(found) > 1 else found


_DESCRIPTION_WORDS = 5  # "the vessel's Greek manager": a description, not a clause


class _TitledSpeakers:
    """The speakers of ``out`` named with a title before them ("Minister of State R.K.
    Venkataraman": three words or more, the last capitalised), by their first word; kept
    up to date as pronouns take names, so that each description asks one table instead
    of reading every entry (a long report's pronouns made that its square)."""

    def __init__(self, out: list[dict[str, object]]) -> None:
        self.by_title: dict[str, Counter[str]] = {}
        # (how many times each entry stands in ``out``: a renamed entry that stands in it
        # twice renames both places)
        self.members = Counter(id(o) for o in out)
        for o in out:
            self._count(o["speaker"], 1)

    def _count(self, speaker: object, step: int) -> None:
        if isinstance(speaker, str) and len(w := speaker.split()) >= 3 and w[-1][:1].isupper():
            counts = self.by_title.setdefault(w[0], Counter())
            counts[speaker] += step
            if counts[speaker] <= 0:
                del counts[speaker]

    def named(self, title: str) -> Iterable[str]:
        return self.by_title.get(title, ())

    def rename(self, o: dict[str, object], name: str) -> None:
        if times := self.members[id(o)]:
            self._count(o["speaker"], -times)
            self._count(name, times)
        o["speaker"] = name


def _description_name(titled: _TitledSpeakers, text: str, speaker: str) -> str | None:
    """The one name the text gives a description that a pronoun was resolved to: in
    apposition ("the manager, Aegeas Tanker Services,") or as a title before it (a speaker
    "Minister of State R.K. Venkataraman" for "the minister"); None when there is none,
    or more than one."""
    words = speaker.split()
    if not words or words[0].lower() != "the" or len(words) > _DESCRIPTION_WORDS:
        return None
    head = words[-1]
    if not (head.isalpha() and head.islower()):
        return None
    # (the pattern runs only where the head noun stands before a comma)
    marks = {w.lower() for w in words} & EN.SINGLING_OUT_WORDS
    names = {name for h, m_marks, name in _described_names(text)
             if h == head and marks == m_marks} if f"{head}, " in text else set()
    title = head.capitalize()
    names.update(titled.named(title))
    return names.pop() if len(names) == 1 else None


def _described_names(text: str) -> list[tuple[str, set[str], str]]:
    """Every description named in apposition in ``text`` as (head noun, its singling-out
    words, name); found once per document (a long report asks for each pronoun that a
    description took, and searching the whole text each time cost its square)."""
    cache = document(text).cache
    got = cache.get("described_names")
    if got is None:
        got = cache["described_names"] = [
            (m["head"], set(m.group(0).lower().split()) & EN.SINGLING_OUT_WORDS, m["name"])
            for m in _rare("_DESCRIBED_NAMED").finditer(text)]
    return got  # type: ignore[return-value]


_RARE["_DESCRIBED_NAMED"] = (
    rf"\b[Tt]he\s+(?:[\w'’\-]+\s+){{0,3}}?(?P<head>[a-z]+),\s+(?P<name>{_QUOTE_NAME}"
    r"|[A-Z]{3,})\s*,", 0)


# What may follow a fronted source's name in apposition: not an age ("Ivan Orr, 34, was
# arrested") nor a predicate, which would make the name the subject of the words.
_AFTER_SOURCE_NAME = re.compile(
    rf"\s*(?:\d|(?:{alt(EN.FINITE_AUXILIARIES)})\b)", re.IGNORECASE)


# (round en226) A verb of asking or "for" right before a line's closing colon: the cheap
# test before the list of demands is looked for.
_LIST_ASKING_HINT = re.compile(
    r"(?:that|for|urges?|urged|recommend\w*|requests?|requested)[ \t]*:\n")
# (round en226) The first letters of a fronted sitting's preposition: a cheap gate.
_SITTING_FIRST = tuple(EN.FRONTED_SITTING_PREPOSITIONS)


def _source_name(text: str, a: int, b: int, comma: int, s1: int) -> re.Match[str] | None:
    """The name set in commas after a fronted source that describes one person ("According
    to the head of the military administration, Ivan Fedorenko, ..."): the speaker, as for a
    subject in apposition; None when the source is no person or the name opens the words."""
    if not _one_person_head(text[a:b].split()):
        return None
    named = _NAME_IN_APPOSITION.match(text, comma, s1)
    if not named or _AFTER_SOURCE_NAME.match(text, named.end(), s1):
        return None
    return named


_TELLING = EN.TELL_FORMS
# One to six lower-case words between a fronted source phrase and its comma.
_CUT_SOURCE_TAIL = re.compile(r"(?:\s+[a-z][\w'’\-]*){1,6}")


# An age or a description set in commas after a fronted source: "According to a farmer,
# 54, ...", "According to Peter Lual, the district commissioner, ...".
_SOURCE_AGE = re.compile(r"\s*,\s*\d{1,3}\s*,")
_SOURCE_DESCRIPTION = re.compile(
    r"\s*,\s*(?:the|a|an|its|his|her)\s+(?:[a-z][\w'’\-]*\s+){0,4}?[a-z][\w'’\-]*\s*,")


def _source_aside(text: str, a: int, b: int, s1: int) -> int | None:
    """The comma closing an age or a description in apposition to the fronted source
    ``text[a:b]`` (the words follow it), or None. An age goes with a person ("According
    to officials, 12, including ..." is a count); a description with a name; neither
    when a verb follows, which would make the aside the subject of the words."""
    phrase = text[a:b]
    aside = _SOURCE_AGE.match(text, b, s1) if _is_person(phrase) else None
    if aside is None and phrase[:1].isupper() and _is_person(phrase):
        aside = _SOURCE_DESCRIPTION.match(text, b, s1)
    if aside is None or _AFTER_SOURCE_NAME.match(text, aside.end(), s1):
        return None
    return aside.end() - 1


# Capitalised words (and the particles inside names) that carry a name on.
_NAME_RUN_ON = re.compile(r"(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’.\-]*)+")


_OBLIGING = frozenset(EN.OBLIGING_MODALS)


def _motion_statements(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """A motion's clauses as its body's statements, in place of what the sentence reader
    made of them ("That this House ...; notes that ...; calls on ...")."""
    for m0, m1, entries in motions(text):
        out = [o for o in out if not m0 <= int(o["start"]) < m1]  # type: ignore[call-overload]
        for a, b, speaker in entries:
            _add(out, text, a, b, speaker)
    return out


# "..., with both sides warning that ...": the participle's own subject after "with".
_WITH_SUBJECT = re.compile(r",\s*with\s+(?P<np>[\w'’\-]+(?:\s+[\w'’\-]+){0,4})\s+$")
# "The envoy spoke for an hour, adding that ...": a main clause of no speech, one comma.
_MAIN_CLAUSE = re.compile(r"(?P<np>[^,]{2,80}?)"
                          # a day between the subject and its verb: "The government on
                          # Tuesday defended ..."
                          rf"(?:\s+on\s+(?i:{alt(EN.WEEKDAYS)})|\s+yesterday|\s+today)?"
                          r"(?:\s+(?:had|has|have))?"
                          # an adverb before the verb: "The army later repeated its
                          # denial, saying ..." (after round 45)
                          rf"(?:\s+(?:{alt(EN.MAIN_VERB_ADVERBS)}))?"
                          r"\s+(?P<verb>[a-z]+ed|spoke|met|went|gave|took"
                          r"|made|left|came|sent|held|wrote|sought|brought|kept|put)\b[^,]{0,120},\s*$")


_COMMA_OR_BY_BEFORE = re.compile(r"(?:,|\bby)\s*$")
# A trailing attribution closed by a comma, perhaps with its time: ", the army said on
# Monday, " before a participle of charge (round en175).
_SAID_THEN_COMMA = re.compile(
    r"\b(?:said|says)(?:\s+(?:on|late|early|last|in|this)\b[^,;:.!?\"“”]{1,30})?,\s*$")
_CHARGE_OF = re.compile(r"\s+[^,;:.!?\"“”]{1,60}?\s+of\s")
# A charge made while acting (round en82): the armed group or force that opens the sentence,
# perhaps after a time or place set off by a comma, and acts in its own past-tense verb
# ("On the night of 2 April, armed men came to the bazaar and took away two of our members,
# ..., accusing them of informing the army"; "The soldiers rounded up 30 men, accused them
# of ..."). Such subjects are seldom named with a speaker noun, so the speaker phrase
# read forwards stops before them.
_ARMED_ACT_SUBJECT = re.compile(
    r"(?:[^,;:]{2,60},\s+)?(?P<np>(?:[Tt]he\s+)?[A-Za-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)"
    r"\s+(?:[a-z]{2,}ed|came|went|took|held|made|left|broke|drove|shot|beat|tore|burnt)\b")
_CHARGE_VERBS = EN.CHARGE_VERBS
# "rounded up 30 men, accused ...", "... and accused ...": a verb of a series whose subject
# is the sentence's
_SERIES_END = re.compile(r"(?:,|\band)\s+$")


def _armed_actor(text: str, c0: int, v0: int) -> str | None:
    """The armed subject (``EN.ARMED_ACCUSERS``, perhaps after "the") of the clause opening
    at ``c0`` whose acts a charge at ``v0`` goes on, or None."""
    m = _ARMED_ACT_SUBJECT.match(text, c0, v0)
    if m is None:
        return None
    words = m["np"].lower().split()
    if words[0] == "the":
        words = words[1:]
    if 1 <= len(words) <= 2 and " ".join(words) in EN.ARMED_ACCUSERS:
        return m["np"]
    return None


def _acting_crowd(text: str, c0: int, v0: int) -> str | None:
    """(round en177) The people whose act a charge at ``v0`` goes on ("Hundreds of herders
    blocked the road on Monday, accusing ..."): the main clause's plural subject of people."""
    main = _MAIN_CLAUSE.match(text, c0, v0)
    return main["np"] if main and acting_people(main["np"]) else None


def _own_clause(text: str, word: str, at: int, s1: int) -> bool:
    """Do the words of the speech participle ``word`` follow at ``at``: a clause of their
    own, or for an appeal its addressee and an infinitive?"""
    if word in _APPEAL_PARTICIPLES:
        return bool(_APPEAL_OBJECT.match(text, at, s1) or (
            word == "urging" and _APPEAL_NOUN.fullmatch(text, at, s1)))
    if word in _TELLING_PARTICIPLES:
        return bool(_TELLING_OBJECT.match(text, at, s1))
    return bool(_OWN_CLAUSE.match(text, at, s1))


def _participle_words(text: str, low: str | None, word: str, at: int, s1: int) -> int:
    """Where the words of a speech participle ending at ``at`` begin: after the addressee
    and "that" of "telling", else after the verb's lead."""
    if word in _TELLING_PARTICIPLES and (told := _TELLING_OBJECT.match(text, at, s1)):
        return told.end()
    lead = _lead(text, low, at, s1)
    return lead.end() if lead else at


# (round en206) A time fronted before a lower-case subject with no comma, and an aside on
# the object before the participle's comma (see EN.FRONTED_TIME_ORDINALS and
# EN.OBJECT_ASIDE_SHARES): neither is part of the clause whose subject speaks.
_BARE_FRONTED_TIME = re.compile(
    rf"(?:(?:{alt(EN.FRONTED_TIME_PREPOSITIONS)})\s+(?:(?i:{alt(EN.FRONTED_TIME_DETERMINERS)})"
    rf"\s+){{0,2}}(?:{alt(EN.FRONTED_TIME_NOUNS)}|(?i:{alt(EN.WEEKDAYS)}))"
    rf"|(?:The|That)\s+(?:{alt(EN.FRONTED_TIME_ORDINALS)})\s+(?:{alt(EN.FRONTED_TIME_NOUNS)}))"
    r"\s+(?=[a-z])")
_OBJECT_ASIDE = re.compile(
    rf",\s*(?:(?:{alt(EN.OBJECT_ASIDE_SHARES)})\s+of\s+(?:them|whom)|including|among\s+them)"
    r"\b[^,;:\"“”]{0,60},\s*$")


def _participle_subject(text: str, c0: int, v0: int) -> str | None:
    """Who speaks a speech participle ("adding", "warning") that no quote or statement
    comes before: the noun phrase after "with" right before it ("..., with several
    delegations warning that"), or the subject of a main clause of no speech before its
    comma ("The envoy spoke for an hour, adding that ...")."""
    with_np = _WITH_SUBJECT.search(text, max(c0, v0 - 60), v0)
    if with_np:
        # (a speech participle with a clause of its own after it: its subject speaks,
        # a person, a source or a plural such as "both sides")
        a, b = with_np.span("np")
        head = text[a:b].split()[-1].lower()
        if head not in PRONOUNS and has_content_word(text[a:b]) and (
                head in EN.SPEAKER_NOUNS or head.endswith("s") or _is_person(text[a:b])):
            return text[a:b]
        return None
    if text.find(" of ", max(c0, v0 - 80), v0) >= 0 or text.find("including", max(
            c0, v0 - 80), v0) >= 0 or text.find("among them", max(c0, v0 - 80), v0) >= 0:
        aside = _OBJECT_ASIDE.search(text, max(c0, v0 - 80), v0)
        if aside:
            v0 = aside.start() + 1
    main = _MAIN_CLAUSE.match(text, c0, v0)
    if main is None:
        return None
    a, b = main.span("np")
    if text[a:a + 1].isupper() and (time := _BARE_FRONTED_TIME.match(text, a, b)):
        a = time.end()
    head = text[a:b].split()[-1].lower()
    if forward_np(text, a, b) != (a, b):
        return None
    if head in PRONOUNS:
        return text[a:b] if b - a == len(head) else None  # "He spoke ..., adding"
    if not (
            head in EN.SPEAKER_NOUNS or head[:-1] in EN.SPEAKER_NOUNS
            or _is_person(text[a:b])):
        return None
    return text[a:b]


_REPORTED_LEAD = re.compile(r"\s*(?:that\s+)?")


def _accuser_inside(text: str, outer: tuple[int, int, str], v: re.Match[str]) -> str | None:
    """Who makes the charge of an "accusing X of" inside another source's words ("Witnesses
    said soldiers went from house to house, accusing residents of ..."): the subject of the
    reported clause, the participle's own subject, so that a nested attribution gives one
    entry per source; None outside those words or with no such subject."""
    cs, ce, _ = outer
    if not (cs <= v.start() <= ce) or not _COMMA_BEFORE.search(
            text, max(cs, v.start() - 4), v.start()) or not _CHARGE_OF.match(text, v.end(), ce):
        return None
    lead = _REPORTED_LEAD.match(text, cs, v.start())
    c0 = lead.end() if lead else cs
    named = _participle_subject(text, c0, v.start())
    if named:
        return named
    # (the armed and the forces of order, bare or with an article, are who such reported
    # words most often charge: "Witnesses said soldiers went ..., accusing ...")
    main = _MAIN_CLAUSE.match(text, c0, v.start())
    if main is None:
        return None
    words = main.group("np").lower().split()
    if words[0] in _ARTICLES:
        words = words[1:]
    if 1 <= len(words) <= 2 and " ".join(words) in EN.ARMED_ACCUSERS:
        return main.group("np")
    return None


def _subject_before_object(text: str, c0: int, v0: int) -> str | None:
    """Who speaks "saying" after a clause whose verb has an object of its own ("X rejected
    the charge, saying ...", "X dismissed the report, saying ..."): the clause's subject,
    a speaker noun, a person or a capitalised name; None where the clause has no object
    after its verb (the old reading stands)."""
    main = _MAIN_CLAUSE.match(text, c0, v0)
    if main is None or not _rare("_OBJECT_AFTER").match(text, main.end("verb"), v0):
        return None
    named = _participle_subject(text, c0, v0)
    if named:
        return named
    a, b = main.span("np")
    words = text[a:b].split()
    if len(words) <= 4 and all(w[:1].isupper() for w in words) and (
            words[0].lower() not in _ARTICLES) and forward_np(text, a, b) == (a, b):
        return text[a:b]  # "Venkataraman rejected the charge, saying ..."
    if " from " in text[a:b] or " of " in text[a:b] or " in " in text[a:b]:
        # (round en237) "Several members from the north opposed the motion, saying ...",
        # "Two senators of the ruling party backed the plan, saying ...": people told by
        # where they are from, their plural head before the phrase, speak; never the
        # object next to the comma ("the motion")
        fa, fb = forward_np(text, a, b)
        head = text[fa:fb].rsplit(None, 1)[-1].lower() if fb > fa else ""
        if fa == a and fb < b and _rare("_PEOPLE_FROM").fullmatch(text, fb, b) and (
                _plural_people(head) or head in EN.SPEAKER_NOUNS):
            return text[a:b]
    return None


# (round en237) where people of a plural subject are from, after their head noun: "from
# the northern region", "of the ruling party", "in the upper house".
_RARE["_PEOPLE_FROM"] = (r"\s+(?:from|of|in)\s+[^,;:\"“”()]{2,60}", 0)


# The sentence's own subject and its first predicate, up to a comma before "saying" or up
# to "but" before a speech verb: "Judge Anna Berg found ..., but acquitted ..., saying",
# "The agency made no mention of the raid but said".
_OPENING_CLAUSE = (r"(?P<np>[^,;:\"“”()]{2,80}?)"
                   rf"(?:\s+on\s+(?i:{alt(EN.WEEKDAYS)})|\s+yesterday|\s+today)?"
                   rf"(?:(?:\s+(?:had|has|have))?\s+(?P<verb>[a-z]+ed|{alt(EN.IRREGULAR_PAST)}"
                   # a release's present ("The Board regrets the fall but notes that"): a
                   # form in "s" is the verb when an article or a possessive follows it
                   r"|[a-z]{3,}s(?=\s+(?:the|a|an|its|their|this|his|her)\s))"
                   # a modal and its verb (after round 45): "The army could not confirm the
                   # report but said ..."
                   rf"|\s+(?:{alt(EN.OPENING_MODALS)})(?:\s+not|n['’]t)?\s+[a-z]{{3,}})\s")
_RARE["_OPENING_THEN_COMMA"] = (_OPENING_CLAUSE + r"[^;:\"“”]{0,300},\s*$", 0)
_RARE["_OPENING_THEN_BUT"] = (_OPENING_CLAUSE + r"[^,;:\"“”]{0,200}?\sbut\s+$", 0)


def _opening_subject(text: str, c0: int, end: int, clause: re.Pattern[str]) -> str | None:
    """The subject that opens the sentence, when the clause before ``end`` is its own
    predicate: a name, a source or a person as a whole noun phrase; None otherwise."""
    span = _opening_span(text, c0, end, clause)
    return text[span[0]:span[1]] if span else None


def _opening_span(text: str, c0: int, end: int,
                  clause: re.Pattern[str]) -> tuple[int, int] | None:
    """Where the subject ``_opening_subject`` reads lies in the text."""
    main = clause.match(text, c0, end)
    if main is None:
        return None
    a, b = main.span("np")
    phrase = text[a:b]
    words = phrase.split()
    if len(words) > 8 or forward_np(text, a, b) != (a, b) or phrase[:1].islower():
        return None
    head = words[-1].lower()
    if head in PRONOUNS or not (head in EN.SPEAKER_NOUNS or head.rstrip("s") in EN.SPEAKER_NOUNS
                                or _is_person(phrase) or words[-1][:1].isupper()):
        return None
    return a, b


# A verb of judging, its object and how it was judged, then ", saying" (round 45):
# "Army hardliners dismissed the count as "a farce", saying ...", "The minister called
# the report "biased", saying ..."; the judgement is no speaker.
_RARE["_JUDGED_THEN_COMMA"] = (
    _OPENING_CLAUSE + r"[^;:\"“”]{0,80}?(?:\sas\s+(?:[\"“][^\"“”]{1,40}[\"”]|[^,;:\"“”]{1,40})"
    r"|\s[\"“][^\"“”]{1,40}[\"”]),\s*$", 0)


def _judging_subject(text: str, c0: int, end: int) -> str | None:
    """The subject of a clause that judges its object "as" something or in a quoted
    word before ", saying": a whole noun phrase opening the sentence, not a pronoun."""
    main = _rare("_JUDGED_THEN_COMMA").match(text, c0, end)
    if main is None:
        return None
    a, b = main.span("np")
    words = text[a:b].split()
    if not words or len(words) > 6 or not words[0][:1].isupper() or (
            words[-1].lower() in PRONOUNS):
        return None
    head = words[-1].lower()
    if forward_np(text, a, b) == (a, b) or head in EN.SPEAKER_NOUNS or (
            _plural_word(head) and _people_word(head)):
        return text[a:b]  # "Army hardliners": a name's word, then the people
    return None


_CARRIER_WORDS = 8  # each side of "quoted" in "X quoted Y as saying"


def _carrier_and_source(text: str, c0: int, vcut: int) -> tuple[int, int] | None:
    """The span of "X quoted Y" before "as saying" when X is a whole source phrase (from
    the clause's start or its last comma) and Y a short phrase; None otherwise."""
    q = _last_match(_QUOTED_OBJECT, text, c0, vcut)
    if q is None:
        return None
    ca, cb = trim_span(text, text.rfind(",", c0, q.start()) + 1 or c0, q.start())
    sa, sb = trim_span(text, q.end(), vcut)
    if not (0 < len(text[ca:cb].split()) <= _CARRIER_WORDS
            and 0 < len(text[sa:sb].split()) <= _CARRIER_WORDS):
        return None
    return (ca, sb) if cb > ca and forward_np(text, ca, cb) == (ca, cb) else None


# A headline's subject and its first verb in the present: "Navy sinks", "Army kills",
# "Rebels free".
_HEADLINE_SUBJECT_WORDS = 4


def _headline_subject(text: str, c0: int, end: int) -> tuple[int, int] | None:
    """The subject that opens a headline whose first verb (in the present) has its own
    object before the comma and the speech verb; None otherwise."""
    a, b = forward_np(text, c0, end, max_tokens=_HEADLINE_SUBJECT_WORDS)
    if b <= a or a != c0 + len(text[c0:end]) - len(text[c0:end].lstrip()):
        return None
    verb = _NEXT_WORD.match(text, b, end)
    if verb is None or verb.group(1) in EN.SPEAKER_NOUNS or verb.group(1) in EN.SPEAKER_CONNECTORS:
        return None
    # the present, singular ("Navy sinks") or after a plural ("Rebels free", "police arrest")
    plural = text[a:b].endswith("s") or text[a:b].lower().endswith(tuple(_PLURAL_BODIES))
    return (a, b) if plural or (verb.group(1).endswith("s") and not verb.group(1).endswith(
        "ss")) else None


_RARE["_OBJECT_AFTER"] = (r"\s+(?:the|a|an|his|her|its|their|these|those|this|that|such)\s", 0)


def _calling_notes(text: str, c0: int, s1: int,
                   found: list[tuple[int, int, str | None]]) -> None:
    """End the reported words at ", calling X "..."" and give the quote to their speaker:
    the participle is the speaker's own act after the words, as ", adding" is."""
    for cm in _rare("_CALLING_NOTE").finditer(text, c0, s1):
        for k, (cs, ce, sp) in enumerate(found):
            if sp and cs < cm.start() < ce:
                found[k] = (cs, cm.start(), sp)
                found.append((cm.start("w"), cm.end("w"), sp))
                break


# How much of the text before a speech verb its tail checks read (``verb_tail``).
_VERB_TAIL_WIDTH = max(STRIP_TAIL_WIDTH, IT_PASSIVE_TAIL_WIDTH)


def _sentence(text: str, s0: int, s1: int, out: list[dict[str, object]],
              used: SpanIndex, headline: bool,
              verbs: list[re.Match[str]], low: str | None = None,
              seen: set[tuple[object, object, object]] | None = None) -> None:
    """Statements of the sentence text[s0:s1] given its speech verbs. ``low`` is the
    lower-cased document when it is ASCII (None otherwise): patterns with a lowered twin
    match there (see folding.py). ``seen``: the keys of ``out``'s entries, as ``_add``
    reads them."""
    dl = _dateline(text, s0, s1)
    c0 = dl.end() if dl else s0
    if headline and (label := _PLACE_LABEL.match(text, c0, s1)) and not _names_a_source(
            label.group("w")):
        # "Kenya: Six police officers killed in Lamu ambush, says IG": a place label, no
        # part of the words the headline attributes
        c0 = label.end()
    found: list[tuple[int, int, str | None]] = []  # content span and speaker
    heads: list[int] = []  # where a forward attribution (subject + verb) begins
    limit = s1  # a trailing attribution ("..., police said") bounds earlier content
    tails: list[int] = []  # where trailing attributions begin; they end earlier words too
    openers: list[int] = []  # "Quoting X, ...": found entries that take the main verb's words
    gaps: dict[int, tuple[int, int]] = {}  # found index -> attribution set inside its words
    single: set[int] = set()  # found indexes whose words may be one word
    for v in verbs:
        vs, ve = v.span()  # read once: the rules below ask for them some 20 times
        if vs < c0 or ve > s1:
            continue
        word = v.group("v").lower()
        if used and used.overlaps(vs, ve):
            continue
        if word.endswith(" having said"):
            word = word.replace(" having said", " saying")  # "as having said": "as saying"
        if word in _AS_BY:
            word = "according to"  # "As reported by X, ..." reads like "According to X, ..."
        if word == "according to" and vs - c0 >= 3 and text[vs - 2:vs] == ": " and (
                _LABEL_BEFORE_SOURCE.fullmatch(text, c0, vs)):
            # (round en206) "Background: According to the UN, ...", "Editor's note:
            # According to ...": a short label opens the line; the source still opens it
            c0 = vs
        if limit <= vs:
            # A trailing attribution bounds the words before it, not those of a later
            # verb: "..., police said, and added that nobody was hurt".
            limit = s1
        # the end of the text before the verb, lowered once for the tail checks below
        vtail = verb_tail(text, c0, vs, _VERB_TAIL_WIDTH)
        by = _it_passive_by(text, c0, v, limit, vtail)
        if by:
            found.append(by)
            if by[1] <= vs:
                limit = min(limit, by[1])
                tails.append(by[1])
            continue
        # from the dateline's end: "BAGHDAD, April 9 - According to ..." opens the clause
        if text[vs - 3:vs] in _PRONOUN_TAILS and (
                rel := _counted_object(text, c0, v, s1)) is not None:
            # "up from the two deaths it reported an hour ago": the counted noun before
            # the pronoun is what was reported; the verb's own words are none
            found.append(rel)
            continue
        if _not_speech(text, c0, v, word, headline, low):
            continue
        if text.find(" wh", vs - 12 if vs - 12 > c0 else c0, vs) >= 0 and (
                gap_pronoun := _RELATIVE_PRONOUN_GAP.search(
                    text, max(c0, vs - 12), vs)) and (
                _FINITE_AUX.match(text, ve)):
            # "... a commander known as Abu Samir who it said had planned the ambush": the
            # pronoun speaks the relative's predicate, and the words around it go on
            # ("it" inside another source's words is that source: "The statement said
            # ... Abu Samir, who it said ...")
            words_at = ve + len(text[ve:s1]) - len(text[ve:s1].lstrip())
            around = [f[2] for f in found if f[0] <= vs < f[1]]
            found.append((words_at, limit, around[-1] if around and gap_pronoun["p"] == "it"
                          else gap_pronoun["p"]))
            continue
        if text.find("wh", vs - 6 if vs - 6 > c0 else c0, vs) >= 0 and (
                _REL_END.search(text, max(c0, vs - 6), vs)) and (
                _OBJECT_THEN_MAIN_VERB.match(text, ve, s1)):
            # "Officer X who confirmed the incident said ...": the relative's verb has a
            # plain object and no words of its own; the main verb's subject is X.
            continue
        if word in {"according to", "quoting", "citing"}:
            a, b = _through_document(text, *_source_np(text, ve, s1, word == "according to"),
                                     s1)
            if word == "according to" and _rare("_NORM").match(text, ve, s1):
                # "treated according to international law", "buried according to Islamic
                # tradition": a norm that an act follows, no source of words; the words
                # around it stay whole for the speaker who reports them
                continue
            if word == "according to" and _rare("_RENDERING").match(text, ve, s1):
                # "..., according to a translation provided by his office": how the words
                # were rendered, no source of them; earlier words end before it
                if vs - c0 >= 3:
                    limit = min(limit, vs)
                    tails.append(vs)
                continue
            if word != "according to" and b > a and vs - c0 >= 3 and (
                    nxt := _WORD_RIGHT_AFTER.match(text, b, s1)) and (
                    nxt.group(1).lower() in _ONE_WORD_REPORTING):
                # "SANA quoting a military source said ...": the carrier and the source
                # share the main verb's words, read there
                continue
            obj = _OBJECT_PRONOUN.match(text, ve, s1) if b <= a else None
            if obj and vs - c0 < 3:
                # "According to him, two more people were injured.": the pronoun's subject
                # form, which the resolution below gives the latest speaker's name.
                found.append((obj.end(), s1, EN.OBJECT_PRONOUNS[obj.group("p").lower()]))
                continue
            close = _CITED_CLAUSE_END.match(text, ve, s1) if word != "according to" else None
            if close and _after_speech_verb(text, c0, vs):
                # "The army said, citing a source, that ...": the cited source shares the
                # words after its clause (the verb's own lead skips the clause).
                if b > a and _citable(text[a:b]):
                    found.append((close.end(), s1, text[a:b]))
                    openers.append(len(found) - 1)
                continue
            if b <= a and word != "according to":
                a = b = ve  # "citing intelligence reports, said": no source noun
            elif b <= a:
                continue
            if word == "citing" and not _citable(_to_comma(text, a, s1)):
                continue  # "citing security concerns": a reason, not a source
            if word != "according to" and found:
                words_after = found[-1][0] > c0
                if b > a:  # ("quoting field commanders": no source noun, no entry)
                    found.append((found[-1][0], found[-1][1], text[a:b]))
                if words_after:
                    # "The agency said 12 people had died, citing a hospital official":
                    # the source shares the words after the verb; the clause that holds
                    # the verb and its subject is no words of the source's
                    limit = min(limit, vs)
                    tails.append(vs)
                    continue
            elif word != "according to" and (cited := _VERB_AFTER_COMMA.match(text, b, s1)):
                # "The agency, citing the ministry, said ...": the cited source (up to the
                # comma) shares the words of the verb that follows, which keeps its subject.
                sa, sb = trim_span(text, a, cited.start("comma"))
                if _citable(text[sa:sb]):
                    found.append((b, b, text[sa:sb]))
                    openers.append(len(found) - 1)
                continue
            if b <= a:
                continue
            elif vs - c0 < 3:
                comma = text.find(",", b, s1)
                rel = _SOURCE_RELATIVE.match(text, comma + 1, s1) if comma > 0 else None
                if rel:  # "According to the official, who asked not to be named, ..."
                    comma = rel.end() - 1
                if comma > b and ", " in text[comma:comma + 2] and (
                        _CUT_SOURCE_TAIL.fullmatch(text, b, comma)) and (
                        _source_name(text, a, comma, comma, s1)):
                    # (round en224) "According to the head of the provincial disaster
                    # agency, Ada Obi, ...": the source phrase stopped before its last
                    # lower-case words; a name in commas after them closes the post
                    b = comma
                source = text[a:b]
                named = _source_name(text, a, b, comma, s1) if comma == b else None
                if named:  # "According to the head of ..., Ivan Fedorenko, three ..."
                    source, comma = named.group("name"), named.end() - 1
                    if rel := _SOURCE_RELATIVE.match(text, comma + 1, s1):
                        # "..., Dr Samia El-Tayeb, who visited the building, the roof
                        # ...": the relative tells of the source (round 48)
                        comma = rel.end() - 1
                elif comma == b and (aside := _source_aside(text, a, b, s1)):
                    comma = aside  # "According to a farmer, 54, ...": who the source is
                if comma < 0 and (subject := _bare_clause_subject(text, b, s1)):
                    # copy that lost its commas: "According to residents of the camp the
                    # convoy had been ...": the source runs to the clause's own subject
                    b = subject
                    source = text[a:trim_span(text, a, b)[1]]
                    if source[-1:].isdigit() and (aged := _scraped_age(source)) is not None:
                        source = source[:aged]  # "a farmer 54": the age is no part of it
                found.append(((comma + 1, s1) if comma > 0 else (b, s1)) + (source,))
                if word != "according to":
                    openers.append(len(found) - 1)
            else:
                if text.startswith(",", b) and (
                        _SUBORDINATE_BEFORE.search(text, max(c0, vs - 20), vs)):
                    # "... after clashes in which, according to the army, 12 soldiers
                    # were killed": set right after what opens a clause of its own, the
                    # source governs that clause, not the main one before it
                    found.append((b + 1, s1, text[a:b]))
                    continue
                if found and (rel := _relative_of_words(text, found[-1][0], vs)):
                    # "NRC urges donors to fund the plan, which is 24 per cent funded,
                    # according to OCHA figures": inside another source's words the
                    # figures vouch for the relative that closes on them, not for the
                    # words and speaker before it (round 72); that speaker goes on after
                    # it ("..., according to UN figures, and calls on ..."), so it stays last
                    cs, ce, sp = found[-1]
                    found[-1:] = [(rel, vs, text[a:b]), (cs, min(ce, vs), sp)]
                    continue
                par = _parenthetical(text, c0, vs, b, s1)
                if par:  # "The convoy, according to the army, was turned back."
                    gaps[len(found)] = par
                    found.append((c0, s1, text[a:b]))
                    continue
                if closing_name := _closing_source_name(text, a, b, s1):
                    # "..., according to the district commissioner, Peter Lual.": the name
                    # closing the sentence speaks, as after an inverted "said"
                    a, b = closing_name
                found.append((c0, vs, text[a:b]))
                limit = min(limit, vs)
                tails.append(vs)
            continue
        # "X warned that ..., saying ...": a participle after a comma goes on like "adding".
        if found and (word == "adding" or (
                (word == "saying" or (word in _SPEECH_PARTICIPLES
                                      and _own_clause(text, word, ve, s1)))
                and _COMMA_BEFORE.search(text, max(c0, vs - 4), vs))):
            cs, ce, sp = found[-1]
            found[-1] = (cs, min(ce, vs), sp)
            found.append((_participle_words(text, low, word, ve, s1), s1, sp))
            continue
        if word == "accusing" and not found and _source_after_clause(text, ve, s1):
            # (round en195) "Soldiers arrested six staff, accusing them of ..., according
            # to relatives": the charge is part of what the source reports
            continue
        if word == "accusing" and not found and _COMMA_OR_BY_BEFORE.search(
                text, max(c0, vs - 4), vs) and _CHARGE_OF.match(text, ve, s1):
            # "opened the debate by accusing the government of ...", "shelled the town,
            # accusing rebels of ...": a charge as "accused X of" makes one; the main
            # clause's subject makes it
            speaker = _participle_subject(text, c0, vs) or _person_subject(
                text, Sentence(s0, s1, text[s0:s1])) or _armed_actor(text, c0, vs) or (
                _acting_crowd(text, c0, vs))
            if speaker:
                found.append((ve, s1, speaker))
            continue
        if word == "accusing" and found and (inner := _accuser_inside(text, found[-1], v)):
            found.append((ve, s1, inner))
            continue
        if word == "accusing" and found and _SAID_THEN_COMMA.search(
                text, max(c0, vs - 50), vs) and _CHARGE_OF.match(text, ve, s1):
            # (round en175) "Four inmates have filed a complaint, their lawyers said on
            # Monday, accusing guards of beating them": the charge is a second entry of
            # the source whose attribution stands right before it
            found.append((ve, s1, found[-1][2]))
            continue
        progressive = word in _PROGRESSIVE_SPEECH and _progressive(
            text[max(c0, vs - 25):vs])
        if word in _PROGRESSIVE_ONLY and (not progressive or not _APPEAL_OBJECT.match(
                text, ve, s1) or _rare("_AND_PROGRESSIVE").search(text, max(c0, vs - 30), vs)):
            # (round en195) "is asking" reads only with its addressee and "to": "a decree
            # asking residents to ...", "are asking what will happen" and a clause joined
            # by "and were asking" inside another's words are no request of a speaker
            continue
        if not progressive and not found and word in _SPEECH_PARTICIPLES and (
                _source_after_clause(text, ve, s1)):
            continue  # (round en195) "..., warning that ..., according to residents"
        if word in _SPEECH_PARTICIPLES and not progressive and not (
                _own_clause(text, word, ve, s1)
                and (_COMMA_BEFORE.search(text, max(c0, vs - 4), vs)
                     or _WITH_SUBJECT.search(text, max(c0, vs - 60), vs))):
            continue  # no clause of its own, or not carrying earlier words on
        if word == "saying" and not found and _COMMA_BEFORE.search(
                text, max(c0, vs - 4), vs) and (
                speaker := _subject_before_object(text, c0, vs)
                or _opening_subject(text, c0, vs, _rare("_OPENING_THEN_COMMA"))
                or _judging_subject(text, c0, vs)):
            # "Venkataraman rejected the charge, saying ...": the subject of the clause
            # before speaks, not the object next to the comma ("the charge")
            lead = _lead(text, low, ve, s1)
            found.append((lead.end() if lead else ve, s1, speaker))
            continue
        if (word == "adding" or word in _SPEECH_PARTICIPLES) and not progressive:
            # '"...," she said, adding that ...': the quote's speaker goes on (a quote
            # opening this sentence however long its attribution: '"...," the UN
            # resident coordinator, Jane Holt, said, adding that ...').
            prior = [o for o in out if 0 <= vs - int(o["end"]) < 40  # type: ignore[call-overload]
                     or c0 <= int(o["end"]) <= vs]  # type: ignore[call-overload]
            speaker = prior[-1]["speaker"] if prior else _participle_subject(
                text, c0, vs)
            if speaker:
                found.append((_participle_words(text, low, word, ve, s1), s1,
                              speaker))  # type: ignore[arg-type]
            continue
        first = _said_first(text, c0, v, limit) if vs == c0 else None
        if first:  # "Said the minister: the border stays closed."
            found.append(first)
            continue
        after_start = _skip_lead(text, v, word, s1, low)
        if progressive:
            # "has been saying for weeks that ...": the progressive reports only with its
            # "that" (or a colon) soon after ("The trick is telling fighters from
            # civilians" is no report); a phrase of time or hearer before it is no words
            opened = _rare("_PROGRESSIVE_THAT").match(text, ve, s1) or (
                _people_told(text, ve, s1) if word in _PROGRESSIVE_TELLING else None)
            if opened is None and word == "saying" and (
                    clause := _rare("_PRONOUN_CLAUSE").match(text, ve, s1)):
                # "Doctors are saying they have run out of blood": a pronoun and its
                # verb open the words without "that"
                opened = clause
            if opened is None and not (word in _APPEAL_PARTICIPLES and _APPEAL_OBJECT.match(
                    text, ve, s1)):
                # (but "The charity is calling on donors to fund ...", "Aid groups were
                # urging both sides to ...": a request in the progressive keeps its
                # addressee and infinitive, as "calls on" and "urges" do)
                continue
            if opened is not None:
                after_start = max(after_start, opened.end())
        complementiser = False
        if text.startswith("that", after_start - 4, after_start):
            complementiser = (moved := _demonstrative_that(text, after_start)) == after_start
            after_start = moved
        elif (word in _TELLING or _ADJUNCT_OPENING.match(text, after_start, s1)) and (
                subject := _subject_after_adjunct(text, after_start, s1, word not in _TELLING,
                                                  ve)) and subject > after_start:
            # "told a crowd of mourners the convoy had ...", "said during a visit to Bentiu
            # the convoy had ...": who heard it, or where and when it was said, before
            # words with no "that"; they open at the clause's own subject
            after_start = subject
        tail = text[after_start:limit]
        rest = tail[:_content_end(tail)]
        fa, fb = forward_np(text, after_start, s1)
        # the first word after the lead decides which of the two patterns below can match
        first = text[after_start:s1].split(None, 1)
        first_word = first[0] if first else ""
        if first_word in _CLOSING_ARTICLES and (fb <= fa or text[fb:fb + 1] == " ") and (
                one := _PERSON_CLOSING.match(text, after_start, s1)) and (
                _one_of_people(one.group("head"))) and one.end("np") > fb:
            # "..., said the nurse.", "..., said a teacher at the school": a person named by
            # what they are, closing the clause after the verb (also past a shorter source
            # phrase read forwards: "the district" of "the district commissioner")
            fa, fb = one.span("np")
        if first_word in _CLOSING_ARTICLES and (" there" in rest or " here" in rest) and (
                there := _PERSON_THERE.match(text, after_start, s1)) and (
                _one_of_people(there.group("head"))):
            # (round en219) "..., said a doctor there.", "..., said a teacher there who
            # knew them": where the person is closes the source's phrase, as in "a doctor
            # there said"
            fa, fb = there.span("np")
        if fb > fa and text[fb:fb + 1] == " " and _DOC_NP.search(text, fa, fb):
            # "..., said a statement from the SDF.": the source the document names
            xa, xb = _through_document(text, fa, fb, s1)
            if xa > fb and not text[xb:limit].strip(" .,;"):
                fa, fb = xa, xb
        if fb > fa and text[fb:fb + 1] == "," and (
                _opens_description_phrase(text[fa:fb])) and (
                closing := _CLOSING_NAME.match(text, fb, s1)) and (
                not text[closing.end():limit].strip(" .;")):
            # "The situation is calm, said the deputy head of the council, Colonel Hadi
            # Barakat.": the name closing the sentence after the description speaks, as
            # after a quote (a day after the name is when: ", on Sunday.")
            fa, fb = closing.span("name")
            after_np = text[closing.end():limit]
        elif fb > fa and text[fb:fb + 1] == "," and _may_bring(text[fb:s1]) and (
                brought := _BROUGHT_NAME.match(text, fb, s1)) and (
                not text[brought.end():limit].strip(" .;")):
            # "The road was shut, said one driver, a mechanic who gave his name as Dawit.":
            # the name the source gave speaks, as after a quote (round en161)
            fa, fb = brought.span("name")
            after_np = text[brought.end():limit]
        elif (fb <= fa or text[fa:fb].lower() in _ROLE_OPENERS) and (
                role := closing_role_name(text, after_start, s1)) and (
                not text[role[2]:limit].strip(" .;")):
            # "..., says its founder, Darren Wallace.": a role no speaker phrase was read
            # for, and the name after it (round en104)
            fa, fb = role[0], role[1]
            after_np = text[role[2]:limit]
        else:
            after_np = text[fb:limit] if fb > fa else rest
        if fb - fa == 2 and text[fa:fb].lower() == "it" and text[fb:fb + 1] in _OBJECT_CLOSERS:
            # "We print it as he wrote it, with ...", "He said it.": "it" closing the
            # clause is what was written or said, neither a speaker put after the verb
            # nor words of its own
            continue
        manner = (first_word in _MANNER_WORDS and bool(_MANNER_TAIL.fullmatch(rest))) or bool(
            rest[:4] in _PLACE_TAIL_OPENERS and (place := _rare("_PLACE_TAIL").match(rest))
            and (place.end() == len(rest) or _ADJUNCT.match(rest, place.end())))
        if manner and "," not in text[c0:vs]:
            continue  # "The army said in Kessa.": where, but no words
        trailing = not rest.strip() or bool(_ADJUNCT.match(rest)) or manner or _said_when(
            rest) or (
            rest.lstrip()[:1] == ";") or bool(
            rest[:1] == "," and _EVENT_APPOSITION.match(rest)) or (
            fb > fa and (not after_np[:_content_end(after_np)].strip() or _ADJUNCT.match(after_np)
                         or _APPOSITION_AFTER.match(after_np)
                         or _said_when(after_np))
            and word in _INVERTIBLE
        ) or (rest[:1] == "," and not headline and (verbless_note(rest) or closing_adjunct(
            rest, host_clause(text, c0, vs))) and (text.rfind(",", c0, vs) > c0))
        # (round en185: ", a nurse told us, three of them ..."; round en230: ", he says,
        # for 9,000 pesos.", an adjunct finishing the clause before the source)
        before_verb = text[c0:vs].rstrip()
        if (trailing and headline and rest.strip() and len(before_verb.split()) <= 3
                and not before_verb.endswith(",")):
            # Title case makes the whole tail look like one name: "Iraq Says Rebels Holding
            # Two Turks" is still speaker-verb-content.
            trailing = False
        elif trailing and complementiser:
            # "The tax agency said on Wednesday that the guard, who was hit, was ...":
            # "that" opens the words; no speaker stands after it, however the subject
            # before the verb reads (round en90)
            trailing = False
        elif trailing and rest.strip() and not headline and _whole_speaker(text, c0, vs):
            # "Brant said the army, which had lost men, would regroup": with a speaker
            # and nothing else before the verb, a source after it is no inversion.
            trailing = False
        elif trailing and rest.strip() and not headline and fb > fa and (
                _RELATIVE_AFTER.match(after_np)) and not before_verb.endswith(_INVERSION_MARKS):
            # "Organisers of the march said a third man, who was shot, remained ...": words
            # set before an inverted speaker close with a comma or a quote mark ("Two died,
            # said the army, ..."); with neither, what stands before the verb is its
            # subject, and the phrase after it opens the reported words (round en120).
            # The mark must stand right before the verb: "At a news conference in Rome,
            # prosecutor Anna Bruni said the gunman, who ..." has its comma after a fronted
            # adverbial, and a name with no break before "said" is the verb's subject
            trailing = False
        comma = text.rfind(",", vs - 60 if vs - 60 > c0 else c0, vs)
        # "..., a figure that aid workers said was too low": a gap that is the subject of
        # the words, which the speaker says of the figure (no object gap)
        gap = _GAP_RELATIVE.match(text, comma, vs) if comma >= 0 else None
        gap_floor = -1
        if gap and _FINITE_AUX.match(text, ve):
            tails.append(gap.start())  # the writer's note still ends the earlier words
            gap_floor = _CLAIM_HEAD.match(text, gap.start()).end()  # type: ignore[union-attr]
            gap = None
        if gap is None and trailing and not headline and gap_floor < 0:
            # copy that lost its commas: "... used chlorine gas a claim the government
            # denied" (an indefinite claim noun right before the verb's subject)
            gap = _GAP_RELATIVE_BARE.search(text, max(c0, vs - 60), vs)
        if gap:  # "..., a claim the army denied": the verb's object is the claim,
            tails.append(gap.start())  # and the writer's note ends the earlier words
            continue
        sa, sb = _comma_subject(text, c0, vs) if trailing and text.startswith(
            ",", ve) else (vs, vs)
        if sb > sa and text[sa:sb].lower() in _HE_OR_SHE and (
                par := _parenthetical(text, c0, sa, ve, s1, adjunct_only=True)):
            # (round en196) "Her son bought bread, she says, because the stall was
            # open.": an attribution set inside a clause that goes on with an adjunct;
            # the words are the whole clause around it
            gaps[len(found)] = par
            found.append((c0, limit, text[sa:sb]))
            continue
        if trailing and (la_lb := (sa, sb) if sb > sa else _comma_subject(
                text, c0, vs) if list_end_near(text, c0, vs) else None) and (
                par := list_end_aside(text, c0, *la_lb, ve, s1)):
            # (round en221) "Ana keeps goats, hens and, she says, two old horses": the
            # list's last item after the aside, no note closing the words before it
            gaps[len(found)] = par
            found.append((c0, limit, text[slice(*la_lb)]))
            continue
        par = _parenthetical(text, c0, vs, fb, s1) if trailing and fb > fa else None
        if par:  # "The plan, said Brant, the chief negotiator, would be signed ..."
            gaps[len(found)] = par
            found.append((c0, limit, text[fa:fb]))
            continue
        if trailing:
            if vs <= c0 + 8:
                continue
            vcut = _strip_adverbs(text, c0, vs, vtail)
            a, b = _comma_subject(text, c0, vcut)
            if b > a and text[a] in "Ww" and absolute_with(text[a:b]):
                continue  # (round en230) "..., with no fresh clashes reported."
            if b <= a and vcut < vs and (aside := _trailing_aside(text, c0, vs)):
                a, b = aside
            inverted = _inverted_apposition(text, c0, vcut) if b <= a and not (
                fb > fa and rest.strip() and not _ADJUNCT.match(rest)) else None
            if inverted is None and b <= a and text[vcut - 2:vcut].rstrip().endswith(","):
                inverted = body_short_name(text, c0, vcut)  # (round en104)
            if inverted is None and text[vs - 2:vs].rstrip().endswith(","):
                # "..., the Lake Region Rights Desk, a monitoring group, said." (round en182)
                inverted = described_source(text, c0, vs)
            if inverted:
                # "The attack was ..., the spokesman for the police chief, Abdul Wali,
                # said.": the name speaks; the words end before its description
                ws, na, nb = inverted
                found.append((c0, ws, text[na:nb]))
                limit = min(limit, ws)
                tails.append(ws)
                continue
            if b <= a and not (fb > fa and rest.strip()):
                a, b = backward_np(text, vcut, floor=c0)
                if (closing := _closing_person(text, c0, vcut)) and (b <= a or closing < a):
                    a, b = closing, trim_span(text, closing, vcut)[1]
            goes_on = _AND_GOES_ON.match(text, after_start, s1) if b > a else None
            if goes_on and not _later_verb(text, v, verbs) and not bare_predicate(
                    text, goes_on.end(), s1):
                # "Two died, the army said, and four were wounded": one entry, the clause
                # before the source; the clause after "and" goes on in the writer's voice
                # (most of the older gold and all of the newer read it so, round en164)
                comma = text.rfind(",", c0, a)
                if comma > c0:
                    found.append((c0, comma, text[a:b]))
                    continue
            if b > a and (not (fb > fa and rest.strip() and not _ADJUNCT.match(rest))
                          or hearer_not_teller(word, a, b)):
                # "Strike kills 9 in Rafah; Gaza toll passes 33,000, ministry says": a
                # headline's semicolon joins two headlines, and the source closes the second
                semi = text.rfind(";", c0, a) if headline else -1
                quoted = _QUOTED_OBJECT.search(text, a, b) if word == "as saying" else None
                if quoted and has_content_word(text[quoted.end():b]) and (
                        (ca_cb := trim_span(text, a, quoted.start()))[1] > ca_cb[0]):
                    # "..., Interfax quoted a regional official as saying.": the official's
                    # words, carried by the agency; one entry per source
                    found.append((semi + 1 if semi >= 0 else c0, a, text[ca_cb[0]:ca_cb[1]]))
                    b0 = a
                    a = quoted.end()
                    found.append((semi + 1 if semi >= 0 else c0, b0, text[a:b]))
                    limit = min(limit, b0)
                    tails.append(b0)
                    continue
                first = joint_first_before(text, c0, a, b) if text.endswith(
                    " and ", c0, a) else None
                parts = joint_parts(text, a, b) if first is None and " and " in text[a:b] else None
                if first or parts:
                    # "..., a relative of a captive and a district official said." / "...,
                    # police and hospital officials said.": each source speaks the words
                    # (round en161)
                    one, two = (first, (a, b)) if first else parts  # type: ignore[misc]
                    found.append((semi + 1 if semi >= 0 else c0, one[0], text[one[0]:one[1]]))
                    found.append((semi + 1 if semi >= 0 else c0, one[0], text[two[0]:two[1]]))
                    limit = min(limit, one[0])
                    tails.append(one[0])
                    continue
                start = semi + 1 if semi >= 0 else c0
                if tails and (joined := _joined_after_tail(text, start, a, tails, verbs)):
                    start = joined  # "A, the agency said, while B, a medic said": B's
                found.append((start, a, text[a:b]))
                limit = min(limit, a)
                tails.append(a)
            elif fb > fa:
                goes_on = _AND_GOES_ON.match(text, fb, s1)
                comma = text.rfind(",", c0, vs)
                if goes_on and comma > c0 and not _later_verb(text, v, verbs) and not (
                        bare_predicate(text, goes_on.end(), s1)):
                    # "Two died, said the army, and four were wounded": as above, with
                    # the speaker after its verb.
                    found.append((c0, comma, text[fa:fb]))
                    found.append((goes_on.end(), limit, text[fa:fb]))
                    continue
                found.append((c0, vs, text[fa:fb]))
                limit = min(limit, vs)
                tails.append(vs)
            continue
        vcut = _strip_adverbs(text, c0, vs, vtail)
        if text.endswith("to have ", c0, vs) and (
                hedge := _rare("_REPORTED_TO_HAVE").search(
                    text, max(c0, vs - 60), vs)):
            # "The minister is reported to have said that ...": the subject of the
            # hedging passive said it (as "was quoted as saying")
            vcut = hedge.start()
        passive = _PASSIVE_QUOTED.search(text, c0, vcut) if word == "as saying" else None
        if passive:
            # "X was quoted by state radio as saying ...": X's words, carried by the radio.
            vcut = passive.start()
            if passive.group("by"):
                ca, cb = forward_np(text, passive.start("by"), passive.end("by"))
                if cb > ca:
                    found.append((after_start, limit, text[ca:cb]))
        # A verb inside earlier reported words takes its subject from them: "Brant said
        # Sorn had told him that ..." -> Sorn.
        floor = max((f[0] for f in found if c0 < f[0] <= vs < f[1]),
                    default=c0) if found else c0
        if gap_floor > floor:
            floor = gap_floor  # the speaker of a subject gap follows its noun
        a, b = _appositive_name(text, floor, vcut)
        if b <= a and (of_body := name_of_body(text, floor, vcut)):
            a, b = of_body  # (round en221) "Senator Ana Ruiz, of the Green Alliance, said"
        if b <= a and text[floor:floor + 1].isupper() and (
                t0 := fronted_time_end(text, floor, vcut)) > floor:
            # (round en193) after a fronted time that lost its comma: "On Tuesday the
            # commander of the lake sector, General Amadou Sall, said ...", as with it
            a, b = _appositive_name(text, t0, vcut)
        if b <= a and text.startswith(_SITTING_FIRST, floor) and (
                t0 := fronted_sitting_end(text, floor, vcut)) > floor:
            # (round en226) after a fronted sitting that lost its comma: "At a hearing on
            # Monday its licensing officer, Sergeant Ana Ruiz, told the committee ..."
            a, b = _appositive_name(text, t0, vcut)
        # a nested source named in apposition ("told the paper that its commander, Ali
        # Dagan, had said ..."): the outer words run on over its description
        nested_apposition = b > a and floor > c0
        if vcut < vs and (_NAMED.search(text, vcut, vs) or (
                text.startswith(", the ", vcut) and _ARTICLED_NAME_ASIDE.match(text, vcut, vs))):
            # "One of them, a trader named Kofi Mensah, said": the set-off description
            # brings in the name, which the inserted-clause rule had cut away
            a, b = _appositive_name(text, floor, vs)
        if b <= a and vcut < vs and (one := _one_described(text, floor, vs)):
            a, b = one  # "One of them, a farmer, said": the description speaks (round 68)
        if b <= a and (work := _titled_work_subject(text, floor, vcut)):
            a, b = work  # 'The board's report, "Quiet Waters", says ...': the work speaks
        if b <= a and not found and not headline and text.endswith("but ", c0, vcut) and (
                opening := _opening_span(text, c0, vcut, _rare("_OPENING_THEN_BUT"))):
            # "The agency made no mention of the raid but said ...": the sentence's subject
            # speaks after its own first predicate
            a, b = opening
        if b <= a and headline and not found and text.endswith(", ", c0, vcut) and (
                opening := _headline_subject(text, c0, vcut)):
            # "Navy sinks two rebel boats, says 20 rebels killed": the headline's subject
            # acts and then speaks
            a, b = opening
        if b <= a and text.endswith(", ", c0, vcut) and (
                aside_subject := subject_before_aside(text, floor, vcut)):
            a, b = aside_subject  # (round en112) "Her husband, she says, asked her to"
        if b <= a:
            a, b = (_saying_subject if word == "saying" else _clause_subject)(
                text, floor, vcut, headline)
            if b > a and _may_bring(text[a:b]) and (
                    inner := _BRINGER_IN_SPEAKER.search(text, a, b)):
                # "A fighter who goes by the nom de guerre Abu Hamza said": the name he
                # goes by speaks, as it does set off by commas
                a, b = inner.span("name")
        if b <= a and word == "as saying" and (
                carried := _carrier_and_source(text, floor, vcut)) is not None:
            # "The state-run New Light of Kessa quoted a government negotiator as saying":
            # too long for one subject, read as the carrier and the source, each short
            a, b = carried
        if b > a and _HYPOTHETICAL_TAIL(text, a - 14 if a - 14 > c0 else c0, a) and (
                _HYPOTHETICAL.search(text, max(c0, a - 14), a)):
            continue  # "if the ministry says ..." reports nothing yet
        if b > a and ((text[a:a + 1] in _HYPOTHETICAL_FIRST
                       and _HYPOTHETICAL_OPENING.match(text, a)) or (
                word in EN.PRESENT_TELLING_FORMS and (
                    _FUTURE_TIME_OPENING.match(text, a) or _FUTURE_TIME_BEFORE.search(
                        text, max(c0, a - 12), a)))):
            # round 48: the opener inside the subject a quote mark left it ('"once the
            # security forces tell us the roads are safe,"'), and a clause of time in the
            # present ("when the army tells them the village is safe"): words to come
            continue
        quoted = _QUOTED_OBJECT.search(text, a, b) if word == "as saying" and b > a else None
        if quoted and has_content_word(text[quoted.end():b]):
            # "State TV quoted the minister as saying ...": the minister's words, carried
            # by State TV; one entry per source, as for nested attribution.
            ea, eb = trim_span(text, a, quoted.start())
            if eb > ea:
                found.append((after_start, limit, text[ea:eb]))
            a = quoted.end()
        par = _parenthetical(text, c0, a, after_start, s1) if b > a else None
        if not par and b > a and text.startswith(", ", a - 2):
            # (round en221) "... mud and once, she says, a football pitch": the last item
            # of the list the aside stands in, the whole sentence its words
            par = list_end_aside(text, c0, a, b, ve, s1)
        if not par and after_start > ve and text.startswith(",", ve) and (
                text[a:b].lower() in _HE_OR_SHE):
            # (round en196) "She bought bread, she says, from the stall where ...": the
            # adjunct after a feature's "she says" was skipped as where it was said; it
            # goes on with the host clause
            par = _parenthetical(text, c0, a, ve, s1, adjunct_only=True)
        if not par and b <= a and fb > fa:  # inverted: "The plan, said Brant, would ..."
            par = _parenthetical(text, c0, vs, fb, s1)
            a, b = (fa, fb) if par else (a, b)
        if par and has_content_word(text[a:b]):
            # "The rebels, the army said, had fled north": the host clause's words.
            gaps[len(found)] = par
            found.append((c0, limit, text[a:b]))
            continue
        if b > a and found and text.endswith(" by ", c0, a) and _agent_inside_words(
                text, found, a, vs):
            # "The council which Juba says is backed by Khartoum said that ...": the agent
            # of a passive inside earlier words is no subject; the relative's split reads
            # the main verb (statements after round 45)
            continue
        carrier: str | None = None
        if b > a and text[a:b].rsplit(None, 1)[-1].lower() in ("and", "but"):
            # "denied the report and said ...": no subject ends in a conjunction; the
            # subject of the first verb, when one opens the phrase, says it too ("the
            # ministry condemned the attack and said ...")
            first = _VERB_OBJECT.search(text, a, b) if not found else None
            ea, eb = trim_span(text, a, first.start()) if first else (a, a)
            a, b = (ea, eb) if eb > ea and _whole_speaker(text, ea, eb) else (a, a)
        if b > a and has_content_word(text[a:b]):
            speaker: str | None = text[a:b]
            heads.append(_description_start(text, floor, vcut, a) if nested_apposition else a)
            if text.find(" wh", a, b) >= 0 or text.find(" that ", a, b) >= 0:
                # (round en112) "a practice which it says": the relative's pronoun speaks
                speaker = text[slice(*relative_clause_subject(text, a, b))]
            by = _QUOTED_BY.search(text, a, vs) if word != "as saying" and (
                text.find("by", a, vs) >= 0 or text.find("ed in ", a, vs) >= 0
            ) else None  # "was quoted by X as saying": above
            if by:
                # "A military source quoted by SANA said ...": the source speaks and the
                # agency carries it; one entry per source, as for nested attribution.
                ca, cb = forward_np(text, by.end(), vs)
                sa, sb = trim_span(text, a, by.start())
                if cb > ca and sb > sa and has_content_word(text[sa:sb]):
                    speaker, carrier = text[sa:sb], text[ca:cb]
            elif text.find(" quoting ", a, b) >= 0 or text.find(" citing ", a, b) >= 0:
                # "SANA quoting a military source said ...", scraped copy without the
                # commas: the agency carries the source's words; one entry for each
                q = _QUOTING_IN.search(text, a, b)
                ca, cb = trim_span(text, a, q.start()) if q else (a, a)
                sa, sb = trim_span(text, q.end(), b) if q else (a, a)
                if cb > ca and sb > sa and has_content_word(text[ca:cb]) and _citable(
                        text[sa:sb]):
                    speaker, carrier = text[sa:sb], text[ca:cb]
        elif found and _AND_BUT_END.search(text[c0:vs]):
            speaker = found[-1][2]
            if ", wh" in text[c0:vs] and (contrast := contrast_subject(text, c0, vs)):
                # (round en234) "..., the relief agency said, while village chiefs gave a
                # higher count and said ...": the "while" clause's subject says it
                speaker = text[slice(*contrast)]
            heads.append(vs)
        elif word in _CHARGE_VERBS and _SERIES_END.search(
                text, max(c0, vs - 6), vs) and _CHARGE_OF.match(
                text, ve, s1) and (armed := _armed_actor(text, c0, vs)):
            # "The soldiers rounded up 30 men, accused them of ...": a charge among the
            # acts of the armed subject of the sentence, who makes it
            speaker = armed
            heads.append(vs)
        elif _AND_END.search(text[c0:vs]):
            # (after a fronted time that lost its comma: "Within the hour the office gave
            # a toll ... and said", round 52)
            np0 = fronted_time_end(text, c0, vs)
            described = described_first_subject(text, np0, vs)  # round en170
            a, b = described or forward_np(text, np0, vs, max_tokens=4)
            if not described and b > a and text[a:b].lower() in _POSSESSIVE_OPENERS and (
                    possessed := _POSSESSED_NAME_RUN.match(text, b, vs)):
                # (round en177) "His brother Karim Nour-Said thanked the crews and said":
                # the possessive's post and the full name after it, as "His brother X said"
                b = possessed.end()
            elif not described and b > a and word in _KIN_SUBJECT_VERBS and (
                    poss := text[a:b].split()[0].lower()) and (
                    poss in _POSSESSIVE_OPENERS or poss in _OWN_POSSESSIVES) and (
                    kin := _POSSESSED_PERSON.match(text, a + len(poss), vs)) and (
                    kin_end := _person_noun_end(kin)):
                # (round en208) "My brother called me at seven and said ...", "Her uncle
                # phoned and said ...": the possessive's person, not the possessive alone
                b = kin_end
            if described:
                pass  # (round en170) a described subject read whole: its name or place
            elif b <= a:
                # (round en166) "The water company blamed old pipes and said": a body no
                # speaker list names, told by an everyday noun before its first verb
                if (plain := plain_first_subject(text, np0, vs)) is None:
                    continue
                a, b = plain
            elif text[b:b + 1] == " " and text[b + 1:b + 2].isupper() and (
                    longer := forward_np(text, np0, vs, max_tokens=8)[1]) > b and (
                    _NAME_RUN_ON.fullmatch(text, b, longer)):
                # "The Ethiopian Human Rights Commission put the toll at 23 and said": a
                # name runs on past four words
                b = longer
            elif (longer := forward_np(text, np0, vs, max_tokens=8)[1]) > b and (
                    _PAST_VERB_NEXT.match(text, longer)):
                # "The UN human rights office welcomed the verdict ..., but said": a
                # description runs on up to its own verb (round 48)
                b = longer
            if text[a:a + 6].split(None, 1)[0].lower() in _LONE_POSSESSIVES and (
                    role_end := _possessed_role_end(text, a, vs)) > b:
                # (round en219) "Its manager, Tanvir Rahim, put the damage at ... and
                # said": the possessive opens the description the name is apposed to
                b = role_end
            a, b = _coordinated_apposition_name(text, a, b, vs)
            speaker = text[a:b]
        else:
            continue
        owned = _owned_act().match(text, ve, s1) if word in _CLAIM_WORDS else None
        if owned:  # "The Taliban claimed the bombing": the act claimed is the words
            single.add(len(found))  # ("claimed responsibility": one word may be all)
            part = "obj" if owned["obj"] else "np"
            found.append((owned.start(part), owned.end(part), speaker))
            continue
        end = _relative_end(text, c0, a, vcut, after_start, limit)
        words_end = _quoted_words_end(text, after_start, end)
        if headline and (semi := text.find(";", after_start, words_end)) > after_start:
            # "Militia claims heavy losses for army; army gives lower figure": a
            # headline's semicolon joins two headlines, and the source speaks the first
            words_end = semi
        if carrier:  # first, so that "... and said" goes on with the speaker, not the carrier
            found.append((after_start, words_end, carrier))
        found.append((after_start, words_end, speaker))
    # Lowered: the cue below is case-blind, so "The REPORT that" must pass this too.
    seg = text[c0:s1].lower() if low is None else low[c0:s1]
    # (and the pattern's "that": the words of "a statement posted online" are no cue)
    has_report = ("report" in seg or "statement" in seg) and "that" in seg
    rtext, report_that = (text, _REPORT_THAT.rx) if low is None else (low, _REPORT_THAT.low)
    for rm in report_that.finditer(rtext, c0, s1) if has_report else ():
        if _IN_BEFORE.search(text, max(c0, rm.start() - 4), rm.start()):
            continue  # "said in a statement that ...": the statement is the verb's
        # (words read already from "report" as the verb are no noun's: "Partners on the
        # ground report that ...")
        if not any(cs <= rm.start() < ce or rm.start() < cs <= rm.end() for cs, ce, _ in found):
            found.append((rm.end(), limit if limit > rm.end() else s1,
                          text[rm.start("sp"):rm.end("sp")]))  # as written, not lowered
    for k in openers:
        # "Quoting a military source, state TV said two jets were downed": the source
        # shares the words of the main clause's verb, not the verb and its subject.
        later = [f for f in found[k + 1:] if f[0] >= found[k][0]]
        if later:
            found[k] = (later[0][0], later[0][1], found[k][2])
    # (the pattern ends in the quoted words: a sentence with " as " but no quote mark, as
    # "as well as", spares its search, some 17 microseconds a sentence)
    if text.find(" as ", c0, s1) >= 0 and (
            text.find('"', c0, s1) >= 0 or text.find("“", c0, s1) >= 0):
        for rj in _rare("_REJECTED_AS").finditer(text, c0, s1):
            # "Ethiopia accused Eritrea of ..., a charge Asmara rejected as "baseless
            # lies."": the accused's answer, one entry of its own (the accusation's words
            # end at the note, as a disputed figure's do)
            found.append((rj.start("w"), rj.end("w"), rj.group("sp")))
    if found and text.find(", calling ", c0, s1) >= 0:
        _calling_notes(text, c0, s1, found)
    opened: list[tuple[int, int, str, str]] = []  # (start, end, pronoun, speaker)
    for k, (cs, ce, sp) in enumerate(found):
        if sp and sp.endswith(("I", "we", "We")) and (mine := _ADJUNCT_AND_MINE.match(sp)):
            # "... because of the inspection regime and I have asked ...": an adjunct's
            # tail is no part of a speaker; the first person after "and" opens a clause
            sp = mine["p"]
        if opened and sp and sp.lower() in _PERSONAL_SUBJECTS and (
                same := next((o for o in opened if o[0] <= cs < o[1] and o[2] == sp.lower()),
                             None)):
            # "Colonel Dova said he had asked the council to ...": the pronoun that opens
            # the words of a speaker is that speaker, one entry for the one source
            sp = same[3]
        elif sp and "he" in text[cs:cs + 10] and sp.lower() not in PRONOUNS and (
                first := _PRONOUN_OPENS.match(text, cs, ce)):
            opened.append((cs, ce, first["p"].lower(), sp))
        # "Rebels said the town fell, witnesses said": the later trailing attribution is
        # not part of the earlier words.
        if tails:
            ce = min([ce, *(t for t in tails if cs < t < ce)])
        note = _WRITER_NOTE.search(text, cs, ce) if text.find("be", cs, ce) >= 0 else None
        ce = note.start() if note else ce
        note = _DISPUTED_NOTE.search(text, cs, ce) if text.find(", a", cs, ce) >= 0 else None
        ce = note.start() if note else ce
        note = _rare("_UNPROVEN_NOTE").search(text, cs, ce) if text.find(
            ", a", cs, ce) >= 0 else None
        ce = note.start() if note else ce
        held = _HELD_BACK.search(text, cs, ce) if text.find(", but ", cs, ce) >= 0 else None
        ce = held.start() if held else ce
        unsaid = _rare("_UNSAID").search(text, cs, ce) if text.find(
            " saying", cs, ce) >= 0 else None
        ce = unsaid.start() if unsaid else ce
        # Coordinated attributions end the one before: "X said A, and Y said B".
        # Without punctuation a new clause shows itself by its subject: "... in the town
        # The director said ..." / "... will continue he added ...".
        for h in heads:
            if not cs < h < ce:
                continue
            co = _COORDINATION.search(text, max(cs, h - 12), h)
            if co:
                ce = co.start()
                break
            # A nested source opens the words ("A told B that C said ..."); one that
            # follows a few words of them opens a new sentence ("... on Monday the
            # spokesman added ...", "... in the shelling SANA reported ...").
            if (_RUN_ON_SUBJECT.match(text, h) or len(text[cs:h].split()) >= _RUN_ON_WORDS) and (
                    text[h - 2:h - 1].isalnum()
                    and not _THAT_BEFORE.search(text, max(cs, h - 6), h)):
                ce = h
                break
        if text.startswith(", ", ce) and (
                co := _COORDINATED_APPOSITION.search(text, max(cs, ce - 60), ce)):
            # the next speaker named in apposition to a description (round 43): "X said
            # A, and a police spokeswoman, Joy Ede, said B": the description is hers
            ce = co.start()
        own_act = _and_own_act(text, cs, ce) if text.find(", and ", cs, ce) >= 0 else None
        if own_act is not None:
            # "X said A, and recalled a truce ...": the speaker's own next act, with or
            # without words of its own, ends the words (a subject after "and" is the
            # coordination above)
            ce = own_act
        if sp and ce < s1 and text.find(", ", cs, ce) >= 0 and (
                title := _title_before_name(text, cs, ce, sp)) is not None:
            # "..., the New York-based group's senior researcher Ana Ruiz said": the
            # title before the name is the speaker's, not the words' (round en156)
            ce = title
        if text.find('"', s0, cs) >= 0 or text.find("“", s0, cs) >= 0:
            # A verb inside a quotation reports words that end where the quotation does:
            # '"The commander told us, \'Leave no one,\'" the witness said.'
            ce = _quotation_end(text, s0, cs, ce)
        elif text.find('"', cs, ce) >= 0 or text.find("”", cs, ce) >= 0:
            # ... also when the quotation opened in an earlier sentence of the paragraph
            # (round 43): '"Our clinic treated 14 people. Several mothers told us their
            # children were missing," the charity said.'
            ce = _quotation_end(text, text.rfind("\n", 0, s0) + 1, cs, ce)
        if text.find(" and ", ce - 12 if ce - 12 > cs else cs, ce) >= 0 and (
                left := _AND_AUX_LEFT.search(text, cs, ce)):
            # "has promised to visit us and has asked every parish to ...": the second
            # verb's words are an entry of their own; "and has" is no part of the first
            ce = left.start()
        joined = text.find(" and ", cs, ce) >= 0
        demand = _joined_demand(text, cs, ce) if joined else None
        if demand is None and joined:
            demand = _joined_naming(text, cs, ce)
        if demand is not None:
            ce, ds = demand
        if _add(out, text, cs, ce, _source_of(sp), k in single, seen) and k in gaps:
            _mark_gap(out[-1], text, *gaps[k])
        if demand is not None:
            _add(out, text, ds, _demand_end(text, ds, s1), _source_of(sp), seen=seen)


# A long title in apposition right before a named speaker, after the comma that ends the
# words: "the New York-based group's senior Europe researcher", "Geneva-based agency
# spokesperson" (round en156). It opens on an article, a possessive or a place's "-based".
_TITLE_OPENERS = frozenset(EN.TITLE_BEFORE_NAME_OPENERS)
_TITLE_MAX_WORDS = 14


def _title_before_name(text: str, cs: int, ce: int, sp: str) -> int | None:
    """Where the words ``cs``..``ce`` end when a title of the speaker named ``sp`` (a
    name of capitalised words, right at ``ce``) fills them from their last comma: the
    comma; None when the part after it is no title (a verb in it, no speaking head)."""
    words = sp.split()
    if not words or not all(w[:1].isupper() for w in words) or not text.startswith(
            sp, ce + len(text[ce:ce + 4]) - len(text[ce:ce + 4].lstrip())):
        return None
    comma = text.rfind(", ", cs, ce)
    title = text[comma + 2:ce].split()
    if not 2 <= len(title) <= _TITLE_MAX_WORDS or not (
            title[0].lower() in _TITLE_OPENERS or title[0].endswith(("-based", "'s", "’s"))):
        return None
    if any(w.lower() in EN.SPEAKER_PHRASE_FINITE or (w.lower() in _TITLE_BREAKS and not (
            0 < i < len(title) - 1 and title[i - 1][:1].isupper() and title[i + 1][:1].isupper()))
           for i, w in enumerate(title)):
        return None  # ("Europe and Central Asia" is one region's name, not two speakers)
    head = title[-1].lower()
    return comma if head in _TITLE_HEADS or head in EN.TITLES or _speaks(head) else None


_TITLE_BREAKS = frozenset(EN.TITLE_BEFORE_NAME_BREAKS)
_TITLE_HEADS = EN.TITLE_BEFORE_NAME_HEADS


# A personal pronoun opening a speaker's words, its own verb's subject: "said (that) he
# had asked ...".
_PRONOUN_OPENS = re.compile(r"\s*(?:that\s+)?(?P<p>he|she|they)\s", re.IGNORECASE)
_PERSONAL_SUBJECTS = EN.THIRD_PERSON_SUBJECTS
# The auxiliary of a coordinated verb left at the end of the words before it.
_AND_AUX_LEFT = re.compile(r"\s+and\s+(?:has|have|had|will|would)\s*$")
# A speaker phrase that opens with a preposition and ends in "and I" / "and we".
_ADJUNCT_AND_MINE = re.compile(
    rf"(?:of|{alt(EN.OPENING_PREPOSITIONS)}|{alt(EN.PREPOSITIONS)})\s.*\sand\s+(?P<p>I|we)$",
    re.IGNORECASE)


# "who it said was ...", "which they said had ...": a subject gap in a relative clause,
# with a pronoun speaking its predicate.
_RELATIVE_PRONOUN_GAP = re.compile(r"\s(?:who|which)\s+(?P<p>it|he|she|they)\s+$")


# (how the words set before an inverted speaker end: "before_verb" is stripped, so a
# spaced dash ends on "-")
_INVERSION_MARKS = (",", "\"", "”", "—", "–", "-", ":", ";")
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|which)\b")


def _whole_speaker(text: str, c0: int, end: int) -> bool:
    """True when text[c0:end] is nothing but a speaker phrase ("Brant", "The minister")."""
    a, b = trim_span(text, c0, end)
    return b > a and backward_np(text, b, floor=c0)[0] == a


# "Said Colonel Maren Ostby, a spokesman for the army: ...": the verb opens the sentence,
# the speaker (and a description after a comma) runs to the colon.
_SAID_FIRST = re.compile(r"\s+(?P<sp>[^,:;\"“”.!?]{2,80}?)\s*(?:,[^:;\"“”.!?]{1,120})?:\s*")
_SAID_FIRST_VERBS = EN.SENTENCE_OPENING_VERBS


def _said_first(text: str, c0: int, v: re.Match[str],
                limit: int) -> tuple[int, int, str | None] | None:
    """(content start, end, speaker) of a sentence that opens with its speech verb."""
    if v.group("v") not in _SAID_FIRST_VERBS:
        return None
    m = _SAID_FIRST.match(text, v.end(), limit)
    if not m or not has_content_word(m.group("sp")):
        return None
    return m.end(), limit, m.group("sp").strip()


# "..., a figure that could not be independently verified": the writer's words.
_WRITER_NOTE = re.compile(
    r",\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?(?:that|which)|which)\s+(?:could|can)\s*not"
    rf"\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:{alt(EN.UNVERIFIED_PARTICIPLES)})\b",
    re.IGNORECASE,
)
_NOTE_VERBS = (*EN.DISPUTING_VERBS, *EN.REJECTING_VERBS, *EN.NOTE_DENYING_VERBS)
_DISPUTED_NOTE = re.compile(
    rf",\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:{alt(EN.CLAIM_NOUNS)})\s+(?:that\s+|which\s+)?"
    rf"(?:[\w'’\-]+\s+){{1,4}}?(?:{alt(_NOTE_VERBS)})\b",
    re.IGNORECASE,
)
# "..., a claim for which they offered no evidence", "..., a figure we have not been able to
# verify": the writer's note on what the words lack, in the active voice
_RARE["_UNPROVEN_NOTE"] = (
    rf",\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:{alt(EN.CLAIM_NOUNS)})\s+(?:[\w'’\-]+\s+){{0,6}}?"
    rf"(?:(?:no|any)\s+(?:{alt(EN.PROOF_NOUNS)})"
    r"|(?:could|can|did|do|have|has)(?:\s*not|n['’]t)\s+(?:been\s+able\s+to\s+)?"
    rf"(?:independently\s+)?(?:{alt(EN.VERIFYING_VERBS)}))\b",
    re.IGNORECASE,
)
# ... and the one who rejected it, with the words they rejected it as: ", a charge Asmara
# rejected as "baseless lies."" (a quote only: "rejected as false" gives no words)
_RARE["_REJECTED_AS"] = (
    rf",\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:{alt(EN.CLAIM_NOUNS)})\s+(?:that\s+|which\s+)?"
    r"(?P<sp>(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)\s+(?:has\s+|had\s+)?"
    rf"(?:{alt((*EN.DISPUTING_VERBS, *EN.REJECTING_VERBS))})\s+as\s+[\"“]"
    r"(?P<w>[^\"“”]{1,300}?)[\"”]", re.IGNORECASE)
# "denied reports that ..., calling them "pure fabrication"": what the speaker called the
# thing, in a participle after the reported words, is the speaker's own act (round en86).
_RARE["_CALLING_NOTE"] = (
    rf",\s+calling\s+(?:(?:{alt(EN.CALLED_DETERMINERS)})\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,3}}?"
    r"|it|them)\s+[\"“](?P<w>[^\"“”\s]+\s[^\"“”]{1,200}?)[\"”]", re.IGNORECASE)
# "..., but gave no details": the speaker's predicate, not the reported words.
_HELD_BACK = re.compile(rf",\s*but\s+(?:{alt(EN.WITHHOLDING)})\b")
# "..., but stopped short of saying who fired", "..., without saying why": what the speaker
# did not say ends the words
_RARE["_UNSAID"] = (
    rf",\s*(?:(?:and|but)\s+)?(?:[a-z]+\s+){{0,2}}(?:{alt(EN.UNSAID_BEFORE_SAYING)})\s+saying\b", 0)
# (and "quoted in": "An army officer quoted in state media denied that ...": the medium
# carries the officer's words)
_QUOTED_BY = re.compile(r"\s*,?\s*\b(?:quoted|cited)\s+(?:by|in)\s+", re.IGNORECASE)
_PASSIVE_QUOTED = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?(?:quoted|cited|reported)"
    r"(?:\s+by\s+(?P<by>[^,;:\"“”]{2,60}?))?\s*$"
)
# "..., a claim the army denied" / "..., a number aid workers said could rise": a relative
# clause on a noun for a claim, its object left out; the verb reports that noun.
_GAP_RELATIVE = re.compile(
    rf",\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{alt(EN.CLAIM_NOUNS)})\s+(?:that\s+|which\s+)?"
    r"(?!(?:of|from|by|in|on|for|to|was|is|were)\b)[\w'’\-]+(?:\s+[\w'’\-]+){0,4}\s+$",
    re.IGNORECASE,
)
# The claim noun that opens such a relative, up to its subject.
_CLAIM_HEAD = re.compile(
    rf",\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{alt(EN.CLAIM_NOUNS)})\s+(?:that\s+|which\s+)?",
    re.IGNORECASE)
_GAP_RELATIVE_BARE = re.compile(
    rf"\s(?:a|an)\s+(?:[\w-]+\s+)?(?:{alt(EN.CLAIM_NOUNS)})\s+(?:that\s+|which\s+)?"
    r"(?!(?:of|from|by|in|on|for|to|was|is|were)\b)[\w'’\-]+(?:\s+[\w'’\-]+){0,4}\s+$",
    re.IGNORECASE,
)
_QUOTED_OBJECT = re.compile(r"\b(?:quoted|quotes|cited|cites)\s+")
_REL_COMMA_END = re.compile(r",\s*(?:who|which)\s+$")
_FINITE_AUX = re.compile(rf"\s(?:{alt(EN.FINITE_AUXILIARIES)})\b")


def _relative_end(text: str, c0: int, a: int, vcut: int, cs: int, ce: int) -> int:
    """End of the words of a speech verb inside the relative clause of a sentence's
    subject: "Rebels who said they had won were seen ..." -> "they had won". The main
    clause's verb follows the reported words; it is the last finite auxiliary, or after
    a comma-enclosed relative ("Rebels, who said ..., were seen") the closing comma."""
    if text.find("wh", vcut - 8 if vcut - 8 > c0 else c0, vcut) < 0 or not (
            rel := _REL_END.search(text, max(c0, vcut - 8), vcut)) or text[c0:a].strip(" ,"):
        return ce  # not a relative clause, or its antecedent is not the subject
    if _medium_giver(text, c0, rel.start() - 1, False, vcut):
        # (issue 11) "The ministry has issued a statement which says 12 soldiers were
        # wounded": the medium's relative closes the sentence, no main verb follows
        return ce
    if _REL_COMMA_END.search(text, max(c0, vcut - 10), vcut):
        comma = text.find(",", cs, ce)
        return comma if comma > 0 else ce
    last = _last_match(_FINITE_AUX, text, cs, ce)
    if last and len(text[cs:last.start()].split()) >= 2:
        return last.start()
    return ce


_HYPOTHETICAL = re.compile(rf"\b(?:{alt(EN.HYPOTHETICAL)})\s+$", re.IGNORECASE)
_HYPOTHETICAL_TAIL = tail_check(final_words(EN.HYPOTHETICAL))
_HYPOTHETICAL_OPENING = re.compile(rf"(?:{alt(EN.HYPOTHETICAL)})\s+(?=the\s|[A-Z])",
                                   re.IGNORECASE)
# (what the subject must open with for the pattern above to match: a set test, not a
# case-blind alternation tried at every subject)
_HYPOTHETICAL_FIRST = opening_chars(EN.HYPOTHETICAL)
_FUTURE_TIME_OPENING = re.compile(rf"(?:{alt(EN.FUTURE_TIME_OPENERS)})\s+(?=the\s|[A-Z])",
                                  re.IGNORECASE)
_FUTURE_TIME_BEFORE = re.compile(rf"\b(?:{alt(EN.FUTURE_TIME_OPENERS)})\s+$", re.IGNORECASE)
_RUN_ON_SUBJECT = re.compile(r"(?:The|A|An|He|She|They|We|he|she|they|we)\b")
_RUN_ON_WORDS = 3
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_COORDINATION = re.compile(
    r"(?:\s*[,;]\s*(?:and|but|while|whereas)?|\s+(?:and|but|while|whereas))\s+$", re.IGNORECASE
)
_COORDINATED_APPOSITION = re.compile(
    r"\s*,\s*(?:and|but|while|whereas)\s+(?:a|an|the|its|their)\s+[^,;:.!?\"“”]{1,45}$",
    re.IGNORECASE)


_REPORT_THAT = CaseBlind(
    r"\b(?P<sp>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement))\s+that\s+"
    # "a report that was leaked", "a report that accused the army": a relative clause
    # ("a report that reached us on Friday": a past verb and an object pronoun)
    rf"(?!(?:{alt(EN.FINITE_AUXILIARIES)})\b"
    # (issue 11) "a statement that says ...": the relative's own verb of saying
    rf"|(?:{alt(EN.MEDIUM_SAYING_VERBS)})\b"
    r"|[a-z]+ed\s+(?:the|a|an|his|her|its|their|by|on|in|us|me|him|them)\b"
    # ... or an irregular past: "a police report that gave the number of dead as ..."
    rf"|(?:{alt(EN.IRREGULAR_PAST_RELATIVES)})\s+(?:the|a|an|his|her|its|their|no|us|him|them)\b)"
)
_INVERTIBLE = EN.INVERTIBLE_VERBS
_OBJECT_CLOSERS = EN.OBJECT_CLOSING_MARKS  # what may close a verb's object
# The writer's apposition on the event just reported, after "police said,": "..., the
# 11th attack on teachers this year", "..., the deadliest in a month" (a rank or a
# superlative, and no verb of its own: "..., the third man was arrested" is words).
# (round en206) The apposition may hold a relative clause with its own verb: "..., police
# said, the latest in a series of robberies that has shaken the market", "the second
# jailbreak that the state has seen" (a finite verb before any relative is still the
# words' own: "..., the third man was arrested").
_EVENT_APPOSITION = re.compile(
    rf",\s*(?:the|an?|another)\s+(?:\d+(?:st|nd|rd|th)\b|(?:{alt(EN.EVENT_RANKS)})\b)"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should"
    r"|did|does|do|that|which)\b)[^;:!?\"“”])*"
    r"(?:\b(?:that|which)\s[^;:!?\"“”]*)?$",
    re.IGNORECASE)
# "..., residents told Reuters by telephone.": a short phrase of how or where it was said
# closing the sentence after a trailing attribution is no reported words.
_MANNER_OPENERS = ("by", "via", "over", "from", "in", "at")
_MANNER_WORDS = frozenset(_MANNER_OPENERS)
_MANNER_TAIL = re.compile(
    rf"\s*(?:{'|'.join(_MANNER_OPENERS)})\s+(?!(?:least|most|all|total)\b)[A-Za-z'’\-]+"
    r"(?:\s+[A-Za-z'’\-]+){0,2}\s*"
)
# A clause with its own subject after an inverted attribution (not the speaker's own
# predicate: "..., police said, and gave no details").
# (round en219) A place adverb closing an inverted source, before the sentence's end, a
# comma or a relative "who": "..., said a doctor there who asked not to be named."
_PERSON_THERE = re.compile(
    r"\s*(?P<np>(?:the|a|an|one|another)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<head>[a-z]+)"
    r"\s+(?:there|here))(?=\s*(?:[.,;!?]|$)|\s+who\b)")


# (round en219) A possessive read alone as a subject, and the lower-case role after it that
# a name in commas follows: "Its manager, Tanvir Rahim, ..." ("Its" alone speaks not).
_LONE_POSSESSIVES = frozenset(EN.LONE_POSSESSIVES)
_POSSESSED_ROLE = re.compile(r"\s+(?:[a-z][\w'’\-]*\s+){0,2}[a-z][\w'’\-]*(?=,\s+[A-Z])")


def _possessed_role_end(text: str, a: int, vs: int) -> int:
    """The end of the lower-case role after the possessive opening at ``a`` when a name in
    commas follows it before the verb at ``vs``; ``a`` when none does."""
    role = _POSSESSED_ROLE.match(text, text.find(" ", a, vs), vs) if text.find(
        " ", a, vs) > 0 else None
    return role.end() if role else a


# (round en219) A clause joined after an earlier trailing attribution: "Rain flooded two
# schools, the ministry said, while a landslide buried the road, a local official said."
# The later source's words open after the conjunction, not at the sentence's start.
_JOINED_AFTER_SOURCE = re.compile(r"[,;]\s*(?:while|whereas|and|but)\s+", re.IGNORECASE)
_JOINED_VERB_GAP = 30  # the earlier verb's time or place before the conjunction
_JOINED_MIN_WORDS = 15  # characters of the later clause


def _joined_after_tail(text: str, c0: int, a: int, tails: list[int],
                       verbs: list[re.Match[str]]) -> int | None:
    """Where the later source's words open when an earlier trailing attribution (its
    source at a ``tails`` place) and a conjunction come between the sentence's start and
    the later source at ``a``."""
    t = max((x for x in tails if c0 < x < a), default=-1)
    if t < 0:
        return None
    m = _JOINED_AFTER_SOURCE.search(text, t, a)
    if m is None or a - m.end() < _JOINED_MIN_WORDS:
        return None
    if not any(t < v.start() and v.end() <= m.start() <= v.end() + _JOINED_VERB_GAP
               for v in verbs):
        return None
    return m.end()


_AND_GOES_ON = re.compile(
    rf"\s*,\s*(?P<and>and)\s+(?!(?:{alt(EN.IRREGULAR_PAST)})\b|[a-z]+ed\b)(?=[\w'’])"
)
# A relative clause on a fronted source, closed by its comma.
# (up to 160 characters: "who spoke on condition of anonymity because they were not
# authorised to speak to the media," runs past 100)
_SOURCE_RELATIVE = re.compile(r"\s*(?:who|which)\s[^,;:.!?\"“”]{1,160},")
# "an estimated 45,000": a verb form after an article is an adjective.
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)


def _later_verb(text: str, v: re.Match[str], verbs: list[re.Match[str]]) -> bool:
    """Does a speech verb follow ``v`` in the sentence (an attribution of its own)?"""
    return any(w.start() > v.end() and not _ARTICLE_BEFORE.search(text, max(0, w.start() - 5),
                                                                   w.start())
               for w in verbs)


# the word right after a cited source, looked up among the one-word reporting verbs (a
# set, not a second alternation of them to compile)
_WORD_RIGHT_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
_ONE_WORD_REPORTING = EN.ONE_WORD_REPORTING_VERBS
_QUOTING_IN = re.compile(r"\s(?:quoting|citing)\s")


# An object relative without "that" whose head is counted, and a pronoun subject: "the two
# deaths it reported", "the 25 arrests they announced on Monday"; after the verb only a
# time or nothing ("the village they said was shelled" has a clause there).
_RARE["_COUNTED_OBJECT"] = (
    rf"\b(?P<np>the\s+(?:[\d,]+|{alt((*EN.UNITS, *EN.TENS))})(?:\s+[a-z][\w'’\-]*){{1,2}}?)"
    r"\s+(?P<p>it|they|he|she)\s+$", re.IGNORECASE)
_RARE["_TIME_ONLY_AFTER"] = (
    r"(?:\s+(?:(?:an?|one|two|three|\d+)\s+(?:hour|hours|day|days|week|weeks)\s+ago"
    rf"|earlier|yesterday|today|last\s+\w+|this\s+\w+|on\s+(?:{alt(EN.WEEKDAYS)})"
    r"|(?:in\s+)?the\s+(?:morning|afternoon|evening)))?\s*(?:[.;!?]|$)", re.IGNORECASE)


_PRONOUN_ENDS = (" it ", " they ", " he ", " she ")
_PRONOUN_TAILS = EN.SUBJECT_PRONOUN_TAILS


def _counted_object(text: str, c0: int, v: re.Match[str],
                    s1: int) -> tuple[int, int, str] | None:
    """(words start, words end, pronoun) when the verb closes an object relative on a
    counted noun: "That is up from the two deaths it reported an hour ago"."""
    if not text[max(c0, v.start() - 6):v.start()].lower().endswith(_PRONOUN_ENDS):
        return None
    rel = _rare("_COUNTED_OBJECT").search(text, max(c0, v.start() - 60), v.start())
    if rel is None or not _rare("_TIME_ONLY_AFTER").match(text, v.end(), s1):
        return None
    return rel.start("np"), rel.end("np"), rel.group("p")


# "according to international law", "according to the rules of the camp", "according to
# plan": a norm that an act follows (a capitalised word after the noun makes it a body's
# name: "according to the Law Society"; a possessive, its people: "the Convention's
# secretariat").
_RARE["_NORM"] = (
    rf"\s+(?:(?:the|its|their|his|her|our|local|their\s+own)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alt(EN.NORM_NOUNS)})\b(?!['’]s\b|[ \t]+[A-Z])",
    re.IGNORECASE)


# "according to a translation by ...", "according to an interpreter": who rendered the
# words, not who said them.
_RARE["_RENDERING"] = (
    rf"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w-]+\s+)?(?:{alt(EN.RENDERING_NOUNS)})\b",
    re.IGNORECASE)


# A person by what they are, closing the clause after a speech verb: "the nurse", "one
# farmer", "a teacher at the school".
_CLOSING_OPENERS = ("the", "a", "an", "one", "another")
_CLOSING_ARTICLES = frozenset(_CLOSING_OPENERS)
_PERSON_CLOSING = re.compile(
    # (possessive: a clause that goes on fails at once, not word by word)
    rf"\s*+(?P<np>(?:{'|'.join(_CLOSING_OPENERS)})\s++"
    # (a possessive among the modifiers: "the school's headmaster")
    r"(?:[a-z][\w\-]*+(?:['’]s)?+\s++){0,2}?(?P<head>[a-z]++)"
    r"(?:\s+(?:at|in|from)\s+(?:the|a|an)\s+[a-z][\w\-]*+(?:\s+[a-z][\w\-]*+)?)?)"
    r"(?=\s*(?:[,.;:!?]|$))")


_APPOSITION_AFTER = re.compile(
    r"\s*,\s*(?:(?:a|an|the|who|whose)\s[^;\"“”]*"
    # an age, alone or before the description: "..., said Yusuf Ali, 61, a retired baker."
    r"|\d{1,3}(?:\s*,\s*(?:a|an|the|who|whose)\s[^;\"“”]*|[.!?]?\s*)"
    # (round en237) a post with no article, and what it is of: "..., said Tomas Arvel-Dunn,
    # chief of the local police station.", "..., spokesman for the county."
    rf"|(?:[a-z][\w\-]*\s+){{0,2}}(?:{alt((*EN.TITLES, *EN.ROLE_HEADS, *EN.ONE_PERSON_POSTS))})"
    r"\s+(?:of|for|at|in|to)\s[^;\"“”]*)$")


# (round en206) A body's name with its article set off after the description, right before
# the verb: "The main opposition party, the People's Front, said ..." (the inserted-clause
# rule cut the subject at the first comma).
_ARTICLED_NAME_ASIDE = re.compile(r",\s*the\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,4},\s*$")


# A short label closed by a colon before a sentence's "According to" (see its use).
_LABEL_BEFORE_SOURCE = re.compile(r"[A-Z][\w'’]*(?:\s+[a-z][\w'’]*){0,2}:\s")


_NAMED = re.compile(rf"\s(?:named|called|{_NAME_BRINGER}"
                    rf"|(?:(?:retired|former|acting|deputy|senior)\s+)?(?:{_LOW_TITLES}))\s+[A-Z]")


_PROGRESSIVE_TELLING = EN.PROGRESSIVE_TELLING
_PROGRESSIVE_ONLY = frozenset(EN.PROGRESSIVE_ONLY_SPEECH)
_RARE["_DOCUMENT_SOURCE"] = (
    rf"\s*(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’\-]+\s+){{0,2}}?"
    rf"(?:{alt((*EN.DOCUMENT_NOUNS, *EN.OFFICIAL_PAPERS))})\b", re.IGNORECASE)


def _source_after_clause(text: str, ve: int, s1: int) -> bool:
    """(round en195) Whether ", according to" after the participle at ``ve`` names people
    who report the whole sentence ("..., accusing them of ..., according to relatives"):
    the participle is part of their report. A document after it ("according to a decree
    seen by AFP") is the subject's own paper, whose charge stays the subject's."""
    at = text.find(", according to ", ve, s1)
    return at >= 0 and not _rare("_DOCUMENT_SOURCE").match(text, at + 15, s1)
_RARE["_AND_PROGRESSIVE"] = (r"\band\s+(?:is|are|was|were)\s+(?:[a-z]+\s+)?$", 0)


# Between the progressive and its "that": a phrase that opens with a preposition or an
# "-ly" adverb ("for weeks", "since March", "privately"), or after "telling" / "warning" /
# "urging" the one told ("telling reporters"); "is telling stories that ..." holds a
# relative "that", no report.
_RARE["_PROGRESSIVE_THAT"] = (
    rf"(?:\s+(?:(?:{alt((*EN.PREPOSITIONS, 'for', 'since', 'all'))})\s|[a-z]+ly\b)"
    r"[^,;:.!?\"“”()]{0,40}?)?(?:\s+that\b|\s*:)", re.IGNORECASE)
_RARE["_PROGRESSIVE_HEARER_THAT"] = (
    r"\s+(?P<h>(?:(?:the|its|his|her|their|local|foreign)\s+)?[a-z][\w'’\-]*)"
    r"(?:\s+[^,;:.!?\"“”()]{0,30}?)?\s+that\b", re.IGNORECASE)


_RARE["_PRONOUN_CLAUSE"] = (
    rf"\s+(?=(?:he|she|they|we|it|I)\s+(?:{alt(EN.FINITE_AUXILIARIES)})\b)", 0)


def _people_told(text: str, at: int, s1: int) -> re.Match[str] | None:
    """After a progressive "telling" / "warning" / "urging", the one told and "that":
    a pronoun, reporters, or a plural of people ("warning residents for days that");
    "is telling stories that ..." holds a relative "that" after a thing."""
    m = _rare("_PROGRESSIVE_HEARER_THAT").match(text, at, s1)
    if m is None:
        return None
    head = m["h"].rsplit(None, 1)[-1].lower()
    return m if head in EN.PRESENT_TELL_HEARERS or head in EN.COUNTED_FAMILIES or (
        _plural_word(head) and _people_word(head)) else None


# A report of speech hedged by a passive: "is reported to have said", "was said to have
# told", "are believed to have warned" (before the verb; the subject ends before it).
_RARE["_REPORTED_TO_HAVE"] = (
    rf"\s+(?:{alt(EN.HEDGING_AUXILIARIES)})\s+(?:\w+ly\s+)?(?:{alt(EN.HEDGING_PASSIVES)})"
    r"\s+to\s+have\s*$", re.IGNORECASE)


_RARE["_AGENT_PARTICIPLE"] = (
    rf"\b(?:[a-z]{{2,}}ed|{alt(EN.IRREGULAR_PARTICIPLES)}"
    r"|(?:is|was|are|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,})\s+by\s+$", 0)


def _agent_inside_words(text: str, found: list[tuple[int, int, str | None]], a: int,
                        v0: int) -> bool:
    """The phrase before the verb at ``v0`` (from ``a``) follows a participle and "by"
    inside the words an earlier verb of the sentence reported: "which Juba says is backed
    by Khartoum said" (the agent of the passive, not the main verb's subject)."""
    return any(f[0] <= a and v0 <= f[1] for f in found) and (
        _rare("_AGENT_PARTICIPLE").search(text, max(0, a - 30), a) is not None)


_RARE["_DESCRIPTION_OPENER"] = (r"\s*(?:[,;:]\s*(?:(?:and|but)\s+)?|[-–—]+\s*)?", 0)


def _description_start(text: str, floor: int, vcut: int, name_at: int) -> int:
    """Where the description before a name in apposition begins ("its commander" of "its
    commander, Ali Dagan,"; "a police spokesman" after ", and "), so that a clause before
    it is ended there and words that open with it run on."""
    m = _APPOSITIVE.search(text[floor:vcut])  # (a slice: the pattern opens with "^")
    if m is None or floor + m.start() >= name_at:
        return name_at
    return _rare("_DESCRIPTION_OPENER").match(text, floor + m.start()).end()  # type: ignore[union-attr]


# (a line's opening, found from its newline: a search that starts with a literal skips
# to the next newline in C; one that starts with "\b" tries every position, which cost
# six per cent of the statement engine)
_SLUG_HINT = re.compile(
    rf"\n[ \t]*(?:[\d:.]{{3,5}}[ \t]*(?:[-–—:][ \t]*)?)?(?:{alt(EN.FLASH_SLUGS)})")


# A denial told as a note on the words before it: ", a claim their families deny",
# ", an account the army disputes", ", which their relatives deny" (not "rejected as
# "...", read by _REJECTED_AS with the words it was rejected as).
_DENYING_NOTE = re.compile(
    rf",\s*(?:(?:(?:a|an)\s+(?:[\w-]+\s+)?)?(?:{alt(EN.CLAIM_NOUNS)})\s+(?:that\s+|which\s+)?"
    r"|which\s+)"
    r"(?P<sp>(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)\s+(?:(?:has|have|had|also|strongly)\s+)?"
    rf"(?P<v>{alt((*EN.NOTE_STATEMENT_VERBS, *EN.NOTE_ENDING_VERBS))})(?=\s*(?:[.;!?]|,\s|$))",
    re.IGNORECASE)
_DENIAL_HINT = re.compile(r" (?:den[iy]|reject|disput|contest|refut)")  # one C scan
_NOTE_SPEAKER_OPENERS = EN.SPEAKER_PHRASE_OPENERS


_NOTE_HEAD = re.compile(r",\s*")


def _note_as_speaker(text: str, m: re.Match[str], sp: str) -> str:
    """The note's words up to its subject, lowered ("allegations the lawyers", "a claim
    their families"), as another reading may have taken them for a speaker."""
    head = _NOTE_HEAD.match(text, m.start())
    start = head.end() if head else m.start()
    end = m.start("sp") + len(sp)
    return " ".join(text[start:end].split()).lower()


def _noted_deniers(text: str, out: list[dict[str, object]]) -> None:
    """The one who denies or disputes the words before a note: ", a claim their families
    deny" gives "their families" an entry with the claim's words (and ", which their
    relatives deny" no speaker "which their relatives" over the clause before it); a
    rejection (", a claim the families reject") only ends the claim's words."""
    for m in _DENYING_NOTE.finditer(text):
        sp = m.group("sp")
        first = sp.split()[0]
        if first.lower() not in _NOTE_SPEAKER_OPENERS and not first[:1].isupper() and not (
                _plural_people(sp.split()[-1].lower())):
            continue  # "a claim widely disputed": no one who disputes it
        note = _note_as_speaker(text, m, sp)
        over = [o for o in out if int(o["start"]) < m.start()  # type: ignore[call-overload]
                and m.start() - 2 <= int(o["end"])  # type: ignore[call-overload]
                and o["speaker"] != sp and not str(o["speaker"]).startswith("which ")]
        # the claim's words are an entry of another speaker; or, when the note's own noun
        # phrase is the only speaker of them ("Police shot two men, allegations the lawyers
        # denied." read with "denied" as its verb), those words are the claim
        claim = [o for o in over if str(o["speaker"]).lower() != note] or over
        if not claim:
            continue
        for o in [o for o in out if str(o["speaker"]).lower() in (f"which {sp}".lower(), note)]:
            # the relative, or the note's own noun phrase ("allegations the lawyers" before
            # a past "denied"), read as a speaker of the clause it closes
            out.remove(o)
        c = claim[-1]
        if int(c["end"]) > m.start():  # type: ignore[call-overload]
            # the words ran on over the note ("..., allegations the lawyers reject")
            c["end"] = trim_span(text, int(c["start"]), m.start())[1]  # type: ignore[call-overload]
            c["text"] = text[int(c["start"]):int(c["end"])]  # type: ignore[call-overload]
        if m.group("v").lower() in EN.NOTE_STATEMENT_VERBS:
            _add(out, text, int(c["start"]), int(c["end"]), sp)  # type: ignore[call-overload]


_COUNT_NAME = rf"(?:\d[\d,]*|(?:{alt((*EN.UNITS, *EN.TENS))})(?:-(?:{alt(EN.UNITS)}))?)"
# A second source's bare figure in a comparison: "..., and the radio said eleven", "...;
# residents said 20", "..., but the army said two" (the clause ends at the figure).
_BARE_NUMBER_AFTER = re.compile(
    r"[ \t]+(?P<n>(?:(?:about|around|some|only|just|nearly)[ \t]+|at[ \t]+least[ \t]+"
    rf"|more[ \t]+than[ \t]+)?{_COUNT_NAME})(?=[ \t]*(?:[.;!?]|,[ \t]|$))", re.IGNORECASE)
_BARE_SOURCE_BEFORE = re.compile(
    r"(?:[,;][ \t]+(?:(?:and|but|while|whereas)[ \t]+)?|[ \t](?:and|but|while|whereas)[ \t]+)"
    r"(?P<sp>(?:(?:the|its|their|a|an|local|state)[ \t]+)?[\w'’\-]+(?:[ \t]+[\w'’\-]+)?)[ \t]+$",
    re.IGNORECASE)
_BARE_SOURCE_REACH = 60
_YEAR = re.compile(r"(?:19|20)\d\d")
_ANY_COUNT = re.compile(rf"\b{_COUNT_NAME}\b", re.IGNORECASE)
_NOT_BARE_SOURCES = frozenset((*EN.FUNCTION_WORDS, *EN.NON_SOURCE_PRONOUNS))


def _bare_figures(text: str, out: list[dict[str, object]], verbs: list[re.Match[str]]) -> None:
    """A reporting verb whose words are a bare figure, set against another figure of the
    same sentence: "People said nine were killed there, and the radio said eleven" gives
    the radio the words "eleven" (and "two" is no speaker of the clause before). Tried
    at the speech verbs found already, so a text without such a figure costs a set test
    per verb."""
    for v in verbs:
        if v.group("v").lower() not in EN.BARE_FIGURE_VERBS or not (
                n := _BARE_NUMBER_AFTER.match(text, v.end())):
            continue
        m = _BARE_SOURCE_BEFORE.search(text, max(0, v.start() - _BARE_SOURCE_REACH), v.start())
        if m is None:
            continue
        sp = m.group("sp")
        if sp.split()[-1].lower() in _NOT_BARE_SOURCES or _is_count_word(sp.split()[0]):
            continue
        n0, n1 = n.start("n"), n.end("n")
        s0 = _clause_floor(text, m.start())
        s1 = min((i for i in (text.find(". ", n1), text.find("\n", n1)) if i >= 0),
                 default=len(text))
        if not any(not n0 <= c.start() < n1 and not _YEAR.fullmatch(c.group())
                   for c in _ANY_COUNT.finditer(text, s0, s1)):
            continue  # "The radio said eleven.", "In 2019, the radio said nine.": no rival
        for o in [o for o in out if o["speaker"] == text[n0:n1]]:
            out.remove(o)  # "but the army said two": the figure read as an inverted name
        _add(out, text, n0, n1, sp, one_word=True)


# (a possessive pronoun read alone as the speaker after the verb: "says its founder, ...")
_ROLE_OPENERS = frozenset(EN.ROLE_DETERMINERS)
_SERIES_HINT = re.compile(rf", (?:{alt(EN.SERIES_SPEECH_VERBS)}) ")
# A reporting verb as the second or a later member of a series of verbs that share the
# sentence's subject: "The commissioner flies in, promises more patrols, and flies out".
_SERIES_MEMBER = re.compile(
    rf"(?P<prev>\b(?:[a-z]{{2,}}(?:s|ed)|{alt(EN.IRREGULAR_PAST)}))\b[^,;:.!?\"“”\n]{{0,60}},[ \t]+"
    rf"(?P<v>{alt(EN.SERIES_SPEECH_VERBS)})[ \t]+(?P<obj>[^,;:.!?\"“”\n]{{2,100}}?)"
    r"(?=[ \t]*,[ \t]*(?:and[ \t]+)?[a-z]+\b|[ \t]*[.;!?]|$"
    rf"|[ \t]+and[ \t]+(?:[a-z]+ed|{alt((*EN.IRREGULAR_PAST, *EN.SERIES_SPEECH_VERBS))}"
    r"|[a-z]+s[ \t]+(?:the|a|an|to|out|in|off|up|back|home)\b|[a-z]+s[ \t]*[.;!?]))")
_SERIES_SUBJECT_WORDS = 6


def _series_commitments(text: str, out: list[dict[str, object]]) -> None:
    """Read a reporting verb inside a series of verbs as it would be read right after
    the sentence's subject: "The commissioner flies in, promises more patrols, and flies
    out" is read as "The commissioner promises more patrols"."""
    spans = GrowingSpans(out)  # (a walk over every entry at each match grew as a square)
    for m in _SERIES_MEMBER.finditer(text):
        v0 = m.start("v")
        if spans.covers(v0) or spans.starts_within(m.start("obj"), m.end("obj")):
            continue  # read already, or inside other words
        if spans.speaker_inside(m.group("obj")):
            continue  # "Gunmen stormed the village, said a witness": an inverted speaker
        a, b = trim_span(text, _clause_floor(text, m.start()), m.start("prev"))
        subject = text[a:b]
        words = subject.split()
        if not words or len(words) > _SERIES_SUBJECT_WORDS or "," in subject or not (
                words[0][:1].isupper()) or words[0].lower() in PRONOUNS:
            continue
        lead = f"{subject} {m.group('v')} "
        alone = find_statements(lead + m.group("obj") + ".")
        for e in alone:
            es, ee = int(e["start"]), int(e["end"])  # type: ignore[call-overload]
            if e["speaker"] == subject and es >= len(lead):
                shift = m.start("obj") - len(lead)
                _add(out, text, es + shift, ee + shift, subject, one_word=True)


# ---------------------------------------------------------------- round 47 (statements)
_BARE_DENIAL = re.compile(
    rf"(?P<v>{alt(EN.DENYING_FORMS)})[ \t]+(?P<obj>(?:{alt(EN.DENIED_BARE_NOUNS)})"
    r"(?:[ \t]+(?:for|in)[ \t]+[^.,;:!?\n\"“”]{1,80}?)?)"
    r"(?=[ \t]*(?:[.,;!?]|$)|[ \t]+(?:and|but)\b)")
_DENYING = frozenset(EN.DENYING_FORMS)
_TELLING_OR_ASKING = EN.TELL_ASK_FORMS
_DISPLAY_VERBS = frozenset(EN.DISPLAY_TEXT_VERBS)
_SUBJECT_AUXILIARIES = EN.SUBJECT_VERB_GAP_WORDS
_NO_SUBJECT_WORDS = EN.NON_SUBJECT_WORDS
_OWN_SUBJECT_WORDS = 6
_FRONTED_TIME_ENDS = EN.FRONTED_TIME_ENDS


_TITLE_RUN_LONGEST = 12
# How many characters before its verb a clause's own subject is looked for in at most.
_OWN_SUBJECT_REACH = 400
_TITLE_RUN_WORDS = frozenset(EN.TITLE_RUN_WORDS)


def _title_run(words: list[str]) -> bool:
    """Is ``words`` one official title: "The", a capitalised word, then only capitalised
    words and the small words of a title (round 63)?"""
    return len(words) <= _TITLE_RUN_LONGEST and words[0] == "The" and words[1][:1].isupper() \
        and all(w[:1].isupper() or w in _TITLE_RUN_WORDS for w in words[2:]) \
        and words[-1][:1].isupper()


def _own_subject(text: str, at: int) -> str | None:
    """The subject of the clause whose verb opens at ``at``, when it is a short noun phrase
    opened by a capital ("The Taliban", "The operator has"), without its auxiliaries."""
    a, b = trim_span(text, _clause_floor(text, at), at)
    # (a dateline is short: looked for at the clause's start only, not through a long one)
    if (dl := _dateline(text, a, min(b, a + _OWN_SUBJECT_REACH))) is not None:
        a = dl.end()  # the story's first line: "KESSA — The army informs ..." (round 61)
    if b - a > _OWN_SUBJECT_REACH:
        # a clause with no mark for long (a text without stops): only its last words can
        # be a subject of at most _TITLE_RUN_LONGEST words, so only they are split (the
        # first, perhaps cut, dropped); longer, it is none either way
        words = text[b - _OWN_SUBJECT_REACH:b].split()[1:]
        if len(words) < _TITLE_RUN_LONGEST + 8:
            words = text[a:b].split()
    else:
        words = text[a:b].split()
    while words and words[-1].lower() in _SUBJECT_AUXILIARIES:
        words.pop()
    fronted = [i for i, w in enumerate(words) if i and w in ("the", "a", "an")
               and words[i - 1].lower() in _FRONTED_TIME_ENDS]
    if fronted:  # "Two weeks later the contractor": the phrase before it says when
        words = words[fronted[-1]:]
    # a role of a named body takes two words more: "The Registrar of the Velm Examination
    # Board informs ..." (its name after "of" runs long)
    longest = _OWN_SUBJECT_WORDS + 2 if "of" in words[1:3] else _OWN_SUBJECT_WORDS
    joined = _joined_title(words)
    title = len(words) > 2 and _title_run([w.rstrip(",") for w in words] if joined else words)
    if len(words) > longest and title:
        # an official's whole title, capitalised words and the small words between them,
        # runs longer: "The Chief of General Staff of the Nordland Armed Forces informs"
        longest = _TITLE_RUN_LONGEST
    # (an "and" between the capitals of such a title joins two portfolios of one body, no
    # two subjects: "The Ministry of Defence and Veterans Affairs informs", round en86)
    barred = _NO_SUBJECT_WORDS - {"and"} if title else _NO_SUBJECT_WORDS
    if not words or len(words) > longest or not (
            words[0][:1].isupper() or words[0] in ("the", "a", "an")) or (
            words[0].lower() in PRONOUNS) or any(
            w.lower() in barred or not (w.rstrip(",") if joined else w).replace(
                "-", "").replace("'", "").replace(".", "").isalnum() for w in words):
        return None
    return " ".join(words)


def _joined_title(words: list[str]) -> bool:
    """Does ``words`` name one holder of two offices, the second after a comma ("The
    Ministry of State, Ministry of Defence", a communiqué's style, round 83)? Each part
    is an official's title, the second opened by a capital as the first is."""
    if len(words) < 4 or not any(w.endswith(",") for w in words[1:-1]):
        return False
    return _title_run([w.rstrip(",") for w in words]) and all(
        words[i + 1][:1].isupper() and not w[:-1].endswith(",")
        for i, w in enumerate(words[:-1]) if w.endswith(","))


def _bare_denials(text: str, out: list[dict[str, object]]) -> None:
    """A denial whose words are one abstract noun: "The Taliban denied involvement." (the
    rules list "denied"; the noun is what is denied)."""
    at = text.find(" den")
    while at >= 0:
        m = _BARE_DENIAL.match(text, at + 1)
        at = text.find(" den", at + 4)
        if m is None:
            continue
        if _read_already(out, m.start("v")) or _read_already(out, m.start("obj")):
            continue
        subject = _own_subject(text, m.start("v"))
        if subject:
            _add(out, text, m.start("obj"), m.end("obj"), subject, one_word=True)


# A bare plural of people told: "road users", "drivers", "fishermen", "people".
_BARE_PLURAL = rf"(?:[a-z][\w'-]*(?:[a-z]s|{alt(EN.IRREGULAR_PLURAL_ENDS)})\b)"
_INFORMED_HEARER = re.compile(
    rf"\b(?P<v>{alt(EN.INFORMING_VERBS)})[ \t]+(?P<hearer>(?:the|its|our|their|his|her)"
    r"[ \t]+[A-Za-z][\w'-]*(?:[ \t]+[A-Za-z][\w'-]*){0,3}?|us|me|him|her|them"
    r"|[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}"
    # a bare plural of the people told, in a notice (round 52): "informs road users that",
    # "reminds drivers that"
    # (an irregular plural too, round 61: "reminds fishermen that")
    rf"|(?:all[ \t]+)?(?:[a-z][\w'-]*[ \t]+)?{_BARE_PLURAL}"
    # ... or a list of them: "informs candidates, parents and school authorities that"
    rf"(?:,[ \t]+(?:[a-z][\w'-]*[ \t]+)?{_BARE_PLURAL}){{0,4}}"
    rf"(?:,?[ \t]+and[ \t]+(?:[a-z][\w'-]*[ \t]+)?{_BARE_PLURAL})?"
    # ... or a mass noun of them (round 63): "informs national and international opinion"
    rf"|[a-z]+[ \t]+(?:and[ \t]+[a-z]+[ \t]+)?(?:{alt(EN.INFORMED_MASS_HEARERS)}))"
    # when it was told, between the hearer and "that": "informed me yesterday that" (round 48)
    rf"(?:[ \t]+(?:{alt(EN.TOLD_WHEN_WORDS)}"
    rf"|on[ \t]+(?:{alt(d.capitalize() for d in EN.WEEKDAYS)})))?"
    # how it was told, in commas (round 58): "reminds me, kindly, that"
    r"(?:,[ \t]+[a-z]+ly,)?"
    # a phrase set off in commas may open the words (round 83): "informs the public that,
    # by executive decree, a state of exception ..."
    r"[ \t]+that,?[ \t]+")


# A short subject that "told" reads whole, standing in for a long title (round 83).
_STAND_IN = "The ministry"


def _informed_hearers(text: str, out: list[dict[str, object]]) -> None:
    """ "The operator has informed the Company that ...": read as "The operator told the
    Company that ..." is read (the hearer is no part of the words)."""
    for m in _INFORMED_HEARER.finditer(text):
        second = None
        if _read_already(out, m.end()) and not (
                second := _second_informing(text, out, m.start("v"))):
            continue
        subject = second or _own_subject(text, m.start("v")) or _person_pronoun_subject(
            text, m.start("v"))
        if subject and m["v"].startswith("remind") and not _speaking_head(subject):
            continue  # "The burned houses reminded visitors that ...": a thing reminds too
        if subject:
            hearer = m.group("hearer")
            if "," in hearer or " and " in hearer:
                hearer = "them"  # a list of those told is read as one plural hearer
            before = len(out)
            _read_as(text, out, m.end(), f"{subject} told {hearer} that ", subject)
            if len(out) == before and subject[:1].isupper() and " " in subject:
                # a long official title may read differently before "told" ("... in charge
                # of Defence told" gives "Defence"): the words are the title's all the same
                _read_as(text, out, m.end(), f"{_STAND_IN} told {hearer} that ", _STAND_IN,
                         subject)


_AND_BEFORE_VERB = re.compile(r",?[ \t]+and[ \t]+$")


def _second_informing(text: str, out: list[dict[str, object]], v: int) -> str | None:
    """ "calls on the population to report ... and reminds fishermen that ...": a verb of
    informing joined by "and" to an attribution read already is its speaker's second act
    (round 61), as "... and told farmers that ..." is; the first words end before "and".
    The speaker, or None (a reminder needs a speaking source, as below)."""
    for o in out:
        start, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
        speaker = o["speaker"]
        if start < v < end and isinstance(speaker, str) and (
                text[start - 1:start] not in _OPEN_MARKS) and (
                conj := _AND_BEFORE_VERB.search(text, start, v)) and (
                not text.startswith("remind", v) or _speaking_head(speaker)):
            o["end"] = trim_span(text, start, conj.start())[1]
            o["text"] = text[start:int(o["end"])]  # type: ignore[call-overload]
            return speaker
    return None


# A log's line opened by a four-figure clock (round 58), and such a line whose source, a
# place's station, post or clinic, stands before a colon: "1105 Kessa station: the bridge
# at Tolo is open on foot only."
_LOG_CLOCK_LINE = re.compile(r"(?m)^(?:[01]\d|2[0-3])[0-5]\d[ \t]")
# Two clock lines need one after a line break: one C scan from break to break, where the
# pattern, anchored at every line start, is tried at each position of the text.
_LOG_CLOCK_HINT = re.compile(r"\n[012]")
_LOG_COLON_SOURCE = re.compile(
    r"(?m)^(?:[01]\d|2[0-3])[0-5]\d[ \t]+(?P<sp>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?"
    rf"[ \t]+(?:{alt(EN.LOG_SOURCE_HEADS)}))[ \t]*:[ \t]+(?=[A-Za-z])")


def _log_colon_sources(text: str, out: list[dict[str, object]]) -> None:
    """ "1105 Kessa station: the bridge is open.": in a log (two lines or more opened by
    a four-figure clock), a station, post or clinic named before a colon reports the
    sentence after it, read as "<source> reported that ..." is; a line whose words carry
    their own source ("Kessa clinic: the nurse says ...") is left to that source."""
    for m in _LOG_COLON_SOURCE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if any(m.end() <= int(o["start"]) < end for o in out):  # type: ignore[call-overload]
            continue
        speaker = m.group("sp")
        _read_as(text, out, m.end(), f"{speaker} reported that ", speaker)


def _person_pronoun_subject(text: str, at: int) -> str | None:
    """ "He" or "she" right before the verb, opening its clause (round 58): "She reminds
    me that ...", resolved later as any pronoun speaker is; "we", "it" and "they" stay
    out (the writer's own "We inform you that", a thing that "reminds us")."""
    a, b = trim_span(text, _clause_floor(text, at), at)
    word = text[a:b]
    return word if word.lower() in EN.PERSON_PRONOUN_SUBJECTS else None


def _speaking_head(subject: str) -> bool:
    """True when the head of ``subject`` names a body or a person: a capital ("The
    Agency", "Police") or a source noun ("the ministry", "officials")."""
    head = subject.split()[-1]
    low = head.lower()
    return head[:1].isupper() or low in EN.SPEAKER_NOUNS or low[:-1] in EN.SPEAKER_NOUNS


# A press release's formal opener and its verb of telling (round 50): "The Command wishes
# to inform the public that ...", "The Ministry is pleased to announce that ...".
_FORMAL_OPENER_HINT = re.compile(
    rf"\b(?:{alt(EN.FORMAL_OPENERS)})[ \t]+to[ \t]+(?:{alt(EN.FORMAL_TELLING)})\b")
# The hint's second half, which opens with a literal: the regex engine jumps from one "to"
# of the text to the next in C, where the seven cue words took seven scans of every
# document holding " to " (2.9 against 0.8 microseconds a document of the bench).
_TO_TELLING = re.compile(rf"to[ \t]+(?:{alt(EN.FORMAL_TELLING)})\b")
_FORMAL_OPENER = re.compile(
    rf"\b(?:{alt(EN.FORMAL_OPENERS)})[ \t]+to[ \t]+(?:{alt(EN.FORMAL_TELLING)})"
    rf"(?:[ \t]+(?:{alt(EN.FORMAL_HEARERS)}))?[ \t]+that[ \t]+")
# ... each match holds an opener's last word as written (the patterns are case-sensitive):
# a few substring tests rule out most documents, where the hint's search (a \b at each
# word, some 16 ms a megabyte of news) cost ten times more.
_FORMAL_OPENER_CUES = cue_words(p.split()[-1] for p in EN.FORMAL_OPENERS)


def _formal_openers(text: str, out: list[dict[str, object]]) -> None:
    """ "The Kogi State Command wishes to inform the public that ...": the body before the
    opener tells the clause, read as "<body> said that ..." is."""
    read: _ReadCover | None = None
    for m in _FORMAL_OPENER.finditer(text):
        if read is None:
            read = _ReadCover(out)
        if read.covers(m.end()):
            continue
        a, b = _clause_subject(text, _clause_floor(text, m.start()), m.start(), False)
        subject = text[a:b]
        if b > a and subject[:1].isupper() and subject.split(None, 1)[0] not in (
                _FIRST_PERSON_AS_WRITTEN):
            # (the writer's own "We wish to inform you that" has no source)
            _read_as(text, out, m.end(), f"{subject} said that ", subject, seen=read.seen)


class _ReadCover:
    """``_read_already`` for positions that only grow, as a pass's matches do, while the
    pass appends entries after each position: the entries waiting in a heap by their
    start, the furthest end of those opened so far, and the (start, end, speaker) of every
    entry for ``_add``'s duplicate test. A pass over ``out`` per match made a long report
    of formal openers ("is relieved to confirm that ...") cost the square of its length."""

    def __init__(self, out: list[dict[str, object]]) -> None:
        self.out = out
        self.taken = 0
        self.waiting: list[tuple[int, int]] = []
        self.reach = -1
        self.last = -1
        self.seen: set[tuple[object, object, object]] = set()

    def covers(self, at: int) -> bool:
        out = self.out
        if at < self.last or len(out) < self.taken:
            return _read_already(out, at)  # (never so: a pass's matches come in order)
        self.last = at
        for o in out[self.taken:]:
            heappush(self.waiting, (int(o["start"]), int(o["end"])))  # type: ignore[call-overload]
            self.seen.add((o["start"], o["end"], o["speaker"]))
        self.taken = len(out)
        while self.waiting and self.waiting[0][0] <= at:
            end = heappop(self.waiting)[1]
            if end > self.reach:
                self.reach = end
        return self.reach > at


_INVERTED_ADDING = re.compile(
    r"(?P<w>[^.;!?\n\"“”]{8,300}?),[ \t]+(?:said|says)[ \t]+(?:the|a|an)[ \t]+[a-z][^,;.\n]{1,60}?,"
    # (round en190: a rank in lower case before the name is the name's, "former police chief
    # Sam Kiprop"; and the relative "who added" goes on as "adding" does)
    rf"[ \t]+(?P<name>(?:{RANK_BEFORE_NAME})?[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){{1,5}}),[ \t]+"
    r"(?:adding|who[ \t]+(?:also[ \t]+|later[ \t]+)?added)[ \t]+(?:that[ \t]+)?"
    r"(?P<more>[^;!?\n\"“”]+?)(?=\.(?:\s|$)|\n|$)")


# The same from its comma on, and the comma's cue: the pattern above is the plain form of
# ``_inverted_adding_spans``, which tries it only where the cue is.
_INVERTED_ADDING_REST = re.compile(
    _INVERTED_ADDING.pattern[_INVERTED_ADDING.pattern.index("),") + 1:])
_INVERTED_ADDING_CUE = re.compile(r",[ \t]+(?:said|says)[ \t]+(?:the|a|an)[ \t]")
_NOT_IN_WORDS = re.compile(r"[.;!?\n\"“”]")


def _inverted_adding_spans(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """The matches of ``_INVERTED_ADDING`` as (start, end of the words before, the match of
    the rest from its comma): the pattern tried at every position of a document cost
    more than a millisecond a report. A match's words before are 8 to 300 characters
    none of which ends a clause, then the first comma whose rest matches; so, taking the
    commas whose rest matches in order, the first one with room before it (after the
    last match, after the last mark that ends a clause, within 300 characters, at least
    8) is where the next match ends its words, and it starts as far back as it may."""
    found: list[tuple[int, int, re.Match[str]]] = []
    pos = 0
    for cue in _INVERTED_ADDING_CUE.finditer(text):
        c = cue.start()
        if c - 8 < pos or (rest := _INVERTED_ADDING_REST.match(text, c)) is None:
            continue
        lo = c - 300 if c - 300 > pos else pos
        for mark in _NOT_IN_WORDS.finditer(text, lo, c):
            lo = mark.end()
        if lo <= c - 8:
            found.append((lo, c, rest))
            pos = rest.end()
    return found


def _inverted_adding(text: str, out: list[dict[str, object]]) -> None:
    """ "..., said the chief, Gen. X, adding that ...": the words before and the words
    after "adding" are the named person's, two entries."""
    for w0, w1, rest in _inverted_adding_spans(text):
        for a, b in ((w0, w1), (rest.start("more"), rest.end("more"))):
            if not _read_already(out, a + 1):
                _add(out, text, a, b, rest.group("name"))


_APPOSED_RELATIVE = re.compile(
    r"(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,3}),[ \t]+(?P<desc>(?:a|an|the)[ \t]+"
    r"[^,;.\n\"“”]{2,60}?),[ \t]+who[ \t]+(?P<v>told|tells|said|says)\b")


def _apposed_relatives(text: str, out: list[dict[str, object]]) -> None:
    """ "Emmanuel Tanjong, a taxi rider, who told us he would ...": the relative takes the
    name, not the description set between them."""
    for m in _APPOSED_RELATIVE.finditer(text):
        renamed = False
        for o in out:
            if o["speaker"] == m.group("desc") and int(o["start"]) >= m.end():  # type: ignore[call-overload]
                o["speaker"] = m.group("name")
                renamed = True
        if renamed or any(int(o["start"]) >= m.end() and int(o["start"]) - m.end() < 20  # type: ignore[call-overload]
                          for o in out) or not text.endswith(("said ", "says "), 0, m.start()):
            continue
        # after an inverted "said <name>" the relative closes the sentence, but a long
        # description keeps it from the speech verb: read it as "<name> told us ..." is read
        _read_as(text, out, m.end(), f"{m.group('name')} {m.group('v')}", m.group("name"))


_DISPLAY_TEXT = re.compile(
    rf"(?P<s>\b(?i:a|an|the|one|another|each)[ \t]+(?:[a-z'’]+[ \t]+){{0,2}}"
    rf"(?:{alt(EN.DISPLAY_TEXT_NOUNS)})(?:[ \t]+(?:on|beside|below|under)[ \t]+(?:the|it|each)"
    r"(?:[ \t]+[a-z]+)?)?)(?P<aside>,[^,;.\n\"“”]{1,60},)?[ \t]+"
    rf"(?P<v>{alt(EN.DISPLAY_TEXT_VERBS)})[ \t]+(?=\S)")


def _display_texts(text: str, out: list[dict[str, object]]) -> None:
    """A caption, a wall text or a timeline that "says" / "notes" / "states": read as "The
    report says ..." is read, with the text as written for its speaker."""
    for m in _DISPLAY_TEXT.finditer(text):
        if _read_already(out, m.end()):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        stop = _SENTENCE_INSIDE.search(text, m.end(), line_end)
        lead = f"The report {m.group('v')} "
        shift = m.end() - len(lead)
        for e in find_statements(lead + text[m.end():stop.start() + 1 if stop else line_end]):
            es, ee = int(e["start"]), int(e["end"])  # type: ignore[call-overload]
            if es < len(lead):
                continue
            if e["speaker"] != "The report":
                _add(out, text, es + shift, ee + shift, e["speaker"])  # type: ignore[arg-type]
            elif _add(out, text, es + shift, ee + shift, None):
                # a caption is a thing with writing on it (EN.NON_SPEAKER_HEADS), which
                # _add keeps from speaking; here it reports what the pictures show
                out[-1]["speaker"] = m.group("s")


# ---------------------------------------------------------------- round 48 (statements)
def _read_as(text: str, out: list[dict[str, object]], at: int, lead: str, speaker: str,
             owner: str | None = None,
             seen: set[tuple[object, object, object]] | None = None) -> None:
    """Read the sentence's rest from ``at`` as it would be read after ``lead`` (a plain
    attribution written for the purpose, whose own words open after it), and give what
    ``speaker`` says there to ``owner`` (``speaker`` itself unless told); ``seen`` as
    ``_add`` takes it."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - at > _READ_AS_REACH:
        # (a text with no full stop: read the rest of a sentence, not the whole text
        # again per opener, which cost the square of its length)
        line_end = at + _READ_AS_REACH
    stop = _SENTENCE_INSIDE.search(text, at, line_end)
    shift = at - len(lead)
    for e in find_statements(lead + text[at:stop.start() + 1 if stop else line_end]):
        es, ee = int(e["start"]), int(e["end"])  # type: ignore[call-overload]
        if e["speaker"] == speaker and es >= len(lead):
            _add(out, text, es + shift, ee + shift, owner or speaker, seen=seen)


# How far a rewritten lead reads on when no sentence ends: words of one sentence longer
# than this are no news copy.
_READ_AS_REACH = 3000
_PASSIVE_TELLER = re.compile(
    rf"\b(?:was|were|been|being|is|are)[ \t]+(?:{alt(EN.PASSIVE_TELLING_VERBS)})[ \t]+by[ \t]+"
    rf"(?!(?:the[ \t]+)?(?:{alt((*EN.TELLING_MEANS, *EN.BY_TIME_WORDS))})\b)"
    rf"(?!(?:{alt(w.capitalize() for w in (*EN.WEEKDAYS, *EN.MONTHS))})\b)"
    r"(?P<agent>(?:(?:the|a|an|its|their|his|her|our|local|regional|federal|senior)[ \t]+)?"
    r"[A-Za-z][\w'’\-]*(?:[ \t]+(?!that\b)[A-Za-z][\w'’\-]*){0,4}?)"
    # when they were told, between the agent and the words: "by the Red Cross in 1975 that"
    r"(?:[ \t]+in[ \t]+(?:[A-Z][a-z]+[ \t]+)?\d{4})?[ \t]+that[ \t]+")


_NO_AGENT_WORDS = PRONOUNS | frozenset(EN.NON_AGENT_OBJECTS)


def _read_own(out: list[dict[str, object]], clause: int, at: int) -> bool:
    """Is ``at`` inside words read already that open after ``clause`` (where the passive's
    clause opens)? Words that open before it are an outer source's, which the passive's
    agent is nested in: "My aunt said that she was told by the Red Cross that ..." gives
    one entry per source."""
    return any(clause <= int(o["start"]) <= at < int(o["end"])  # type: ignore[call-overload]
               for o in out)


def _passive_tellers(text: str, out: list[dict[str, object]]) -> None:
    """ "Drivers ... have been told by regional officials that they may leave ...": the
    agent of the passive is the speaker, read as "<agent> told them that ..." is read."""
    for m in _PASSIVE_TELLER.finditer(text):
        agent = m.group("agent")
        if _read_own(out, m.start(), m.end()) or agent.split()[0].lower() in _NO_AGENT_WORDS:
            continue  # a pronoun names no one: "was warned by them that ..."
        _read_as(text, out, m.end(), f"{agent} told them that ", agent)


_ADVICE_NOUNS_OF = tuple(f"{n} of " for n in EN.ADVICE_NOUNS)  # (the plain cue, for tests)
# "<noun> of " found at each " of " of a document (a few), not by a scan per noun
_ADVICE_NOUNS = tuple(EN.ADVICE_NOUNS)
_OF = (" of ",)
_ADVICE_OF = re.compile(
    rf"\b(?:the|its|their|this|that)[ \t]+(?:{alt(EN.ADVICE_NOUNS)})[ \t]+of[ \t]+"
    r"(?P<src>(?:the[ \t]+)?[A-Za-z][\w'’\-]*(?:[ \t]+(?!that\b)[A-Za-z][\w'’\-]*){0,5}?)"
    rf"[ \t]+that[ \t]+(?!(?:{alt(EN.RELATIVE_THAT_VERBS)})\b)(?=[\w\"“])", re.IGNORECASE)


def _advice_of_sources(text: str, out: list[dict[str, object]]) -> None:
    """ "pass on the advice of the naval coalition that ships keep ...": a noun of advice or
    warning, the body it is "of" and a that-clause read as "<body> said that ..." is read;
    the body must be one that speaks (a source noun or a name), not "the advice of a week"."""
    for m in _ADVICE_OF.finditer(text):
        src = m.group("src")
        head = src.rsplit(None, 1)[-1]
        if _read_already(out, m.end()) or not (
                head[:1].isupper() or head.lower() in EN.SPEAKER_NOUNS):
            continue
        _read_as(text, out, m.end(), f"{src} said that ", src)


_PRESENT_ESTIMATE = re.compile(
    rf"\b(?P<v>{alt(EN.PRESENT_ESTIMATING)})[ \t]+that[ \t]+(?!(?:{alt(EN.RELATIVE_THAT_VERBS)})\b)"
    r"(?=[\w\"“])")


def _present_estimates(text: str, out: list[dict[str, object]]) -> None:
    """ "WFP estimates that partners in Mekelle have fuel for ten days": read as "WFP
    estimated that ..." is, the subject a short noun phrase of its own clause."""
    for m in _PRESENT_ESTIMATE.finditer(text):
        if _read_already(out, m.end()):
            continue
        subject = _own_subject(text, m.start("v"))
        if subject:
            _read_as(text, out, m.end(), f"{subject} estimated that ", subject)


_WHICH_CLAUSE = re.compile(r",[ \t]+(?=which[ \t])")


def _relative_of_words(text: str, words_at: int, at: int) -> int | None:
    """Where a ", which ..." relative opens that runs to ``at`` (the trailing "according
    to"), inside words that opened at ``words_at``, before ``at``; None when there is no
    such relative or another comma clause follows it."""
    last = _last_match(_WHICH_CLAUSE, text, words_at, at)
    if last is None or "," in text[last.end():at].rstrip(" \t,"):
        return None
    return last.end()


_FINDING_LEAD = "The inquiry concluded that "
_FINDING_SPEAKER = "The inquiry"


def _read_finding(text: str, out: list[dict[str, object]], at: int, body: str) -> None:
    """ "A survey carried out in 62 villages found that ...": the clause is read as it
    would be after a plain "The inquiry concluded that" and given to the body that found
    it (its description may run longer than a subject the sentence pass reads). A
    speaker's words around it stay theirs: "He says a survey ... found that ..." gives
    both (the verb is read by no other pass)."""
    _read_as(text, out, at, _FINDING_LEAD, _FINDING_SPEAKER, body)


_HE_OR_SHE = EN.SINGULAR_PERSONAL_SUBJECTS


