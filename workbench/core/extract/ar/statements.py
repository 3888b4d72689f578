"""Attributed statements in Arabic news copy.

Arabic reporting is verb-first: "قالت مصادر عسكرية، السبت، إن ...". The
engine reads each sentence token by token and recognises:

* a speech verb, its subject (the speaker) and the reported clause after the
  complementizer إن/أن/بأن (with pronoun suffixes), after "إلى أن"/"على أن",
  after "ب" + verbal noun ("أفادت مصادر بمقتل ...") or, for verbs that take an
  object (أعلن, أكد, نفى, تبنى ...), the object itself;
* a verb with no subject after it ("وأضاف أن ...", "وأشارت إلى أن") or a
  participle ("، مضيفا أن", "قائلة إن"): the speaker is the one named last;
  a subject fronted after كان/لكن ("وكان ناشطون دعوا إلى ...") is used first;
* relays inside the subject: "أفاد مراسل ... نقلا عن المصادر أن ..." and
  "نقلت فرانس برس عن مصدر أن ..." give one entry per source, same span;
* "بحسب/حسب/وفق/وفقا ل/حسبما/نقلا عن X": the clause before it in the sentence,
  or the clause after it when the sentence opens with it; "بحسب ما أفاد X"
  takes the speaker after the verb;
* "في تصريحات نقلها التلفزيون": a second source for the same words;
* a headline "داعش يتبنى الهجوم": subject before an imperfect speech verb.

The span holds the attributed words only, without the quote marks when the
whole clause is one quotation. "المصادر نفسها" is replaced by the source
named before it.

This module keeps the main pass (documents, sentences, the speech verb); the
parts it reads with live beside it as ``statement_*.py`` (headlines, speaker
ends, content ends, "according to", nested reports, output, ...).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count
from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word
from .statement_about_topic import quote_after_topic
from .statement_according_to import _attribution, _place_up_to
from .statement_accused_them import accused_them
from .statement_accusing_body import accusation_in_words, accusing_body
from .statement_act_masdar import act_masdar, act_object_at, carried_masdar_at, pledged_act
from .statement_adjuncts import (
    _ANONYMITY,
    _BEFORE_MASDAR,
    _COMP,
    _FORECASTING,
    _OUTLETS,
    _QUOTES,
    _SAYING_NOUNS,
    _SPOKE_OF,
    _addressee_start,
    _anonymity_aside,
    _aside_end,
    _content_start,
    _definite_masdar_with_preposition,
    _foreseen_masdar,
    _foresees_noun,
    carrier_outlet_end,
)
from .statement_announced_noun import ANNOUNCING_NOUN_ROOT, announced_by_noun
from .statement_apposed_adverbial import object_after_name
from .statement_approved_act import approved_act
from .statement_but_they import they_after_but
from .statement_call_count import CALL_COUNT_ROOTS, count_after_call
from .statement_call_noun import CALL_NOUN_ROOT, _called_by_noun
from .statement_cause import (
    _cause_form,
    _cause_to,
    _cause_verb,
    _explained_start,
    _gives_cause,
)
from .statement_condemned_quote import considered_quote
from .statement_content_end import (
    _BLAMING_PARTICIPLES,
    _BUT_WITH_PRONOUN,
    _CONDEMNING,
    _DESCRIBED_RELATIVES,
    _DESCRIBING_WITH_OBJECT,
    _DOCUMENT_HEADS,
    _ESTIMATING,
    _ESTIMATING_PARTICIPLES,
    _EXPECTING,
    _NEW_CLAUSE,
    _NEXT_REPORT_PARTICLES,
    _NOT_DEMANDED,
    _QUOTE_PAIRS,
    _accused_in_relative,
    _before_relative,
    _blamed_start,
    _blamer_end,
    _blames,
    _considered_quote,
    _content_end,
    _coordinated_estimate,
    _described_quote,
    _document_demand,
    _estimate_by_source,
    _estimated_at,
    _estimated_object,
    _expectation_by_source,
    _object_past_medium,
    _object_then_relative,
    _opens_clause,
    _own_outlet,
    _past_time,
    _relative_complementizer,
    _relative_saying,
    _reply_subject,
    _while_at,
)
from .statement_described_source import described_source_end
from .statement_described_speaker import described_speaker
from .statement_expected_object import expected_object
from .statement_figures_point import figures_point_to
from .statement_fronted import (
    _DURATIONS,
    _OBJECT_VERBS,
    _after_relative,
    _fronted_name,
    _fronted_subject,
    _initial_subject,
    _relative_at,
    _relative_speech,
    _reported_plural_subject,
    _skip_relative,
)
from .statement_headline import (
    _KANA_FORMS,
    _after_live_label,
    _agreeing_subject,
    _headline,
    _named_headline,
    _quoted_headline,
    _speaks_in_body,
)
from .statement_hidden_teller import hidden_teller, named_teller
from .statement_named_aside import _comma_quote, _named_aside
from .statement_nested import (
    _ABOUT_VERBS,
    _about_event,
    _inner_present_report,
    _nested,
    _nested_record,
    _split_gapped,
    _standing_call,
    _tongue_source,
    _while_call,
    later_promise,
)
from .statement_not_speech import (
    _accusation,
    _appeal_start,
    _bayyana,
    _cautious,
    _court_holding,
    _not_speech,
    _quoted_object,
    _second_clause,
    _standing_demand,
    _warning_start,
    _what_closes,
    _words_of,
)
from .statement_object_subject import (
    _COMMAS,
    _fronted_carrier,
    _name_then_apposition,
    _object_subject_end,
)
from .statement_object_then_saying import object_before_saying
from .statement_output import _emit
from .statement_paragraphs import (
    _CLOSER_ROOTS,
    _CONDEMNING_ROOTS,
    _closing_medium,
    _join_wrapped,
    _open_line_end,
    _quote_sentences,
    _quoted_condemnation,
    _transcript_line,
)
from .statement_promise_opening import masculine_promise
from .statement_recalled_time import recalled_time
from .statement_record import RECORD_ROOTS, _records
from .statement_relay_after import (
    CLOSING_RELAY,
    bare_relay,
    relay_after_clause,
    relay_as_words,
)
from .statement_renewed_call import RENEWING_ROOTS, renewed_call, report_cases
from .statement_shared import (
    _ACCUSED_THEM_PAST,
    _ACCUSES_THEM,
    _AND_ACCUSES,
    _AND_ACCUSES_THEM,
    _BARE_ACCUSES,
    _CONSIDERED_IT,
    _CONTAINED_IN,
    _DAMMA,
    _MEDIA,
    _MEDIA_OR_TALLY,
    _NO_SUBJECT,
    _OBJECT_NOUNS,
    _OFFICES,
    _PARTICIPLES,
    _PRESENT_DEMANDS,
    _RELAY_VERBS,
    _VERBS,
    _WORDS_OF,
    _bi_content,
    _gender,
    _initial_head,
    _insert,
    _masdar,
    _medium_at,
    _own_object,
    _passive,
    _roles,
    _Stmt,
    _ta_marbuta_end,
    _verb_form,
)
from .statement_speaker_end import (
    _AFFILIATED,
    _DEFINITE_OUTLETS,
    _DEMONSTRATIVES,
    _HIDDEN_NAMES,
    _LISTENERS,
    _NAME_ADJECTIVES,
    _NAME_LINKS,
    _PREP_VERBS,
    _PUBLISHERS,
    _QUANTIFIERS,
    _REL,
    _STOPS,
    _TEXT,
    _TIME_WORDS,
    NAMING_ASIDE,
    _closing_place,
    _envoy_post,
    _imams_as_written,
    _names_hidden_by_folding,
    _outlet_names_kept,
    _past_listener,
    _skip_adverbials,
    _skip_platform,
    _speaker_end,
)
from .statement_spoke_then_said import spoke_then_said
from .statement_spoken_toll import not_spoken_toll, spoke_of_prep, spoken_toll
from .statement_subject import (
    _BI_VERBS,
    _CALL_VERBS,
    _PUBLISHING,
    _accusative_plural,
    _addressed_after_comma,
    _addressed_then_words,
    _apposed_name_end,
    _but_pronoun,
    _call_name_end,
    _call_prep,
    _closing,
    _contained_in,
    _contrast_quoted_subject,
    _declines,
    _main_subject,
    _object_pronoun_word,
    _outlet_name_end,
    _past_also,
    _past_place_or_outlet,
    _quote_after,
    _quote_before,
    _quoted_subject,
    _rank_words,
    _reported_quote,
    _resumptive,
    _threatened_act,
    _title_comma,
    _warned_after_comma,
    name_quote_marks,
    remarked,
    threat_place_subject,
)
from .statement_summed_up import SUMMING_ROOTS, summed_up
from .statement_titled_name import name_after_relative
from .statement_transport_noun import transport_nouns_kept
from .tokens import Token, analyse, bare_token, document_sentences, is_end

# word lists the rules below test for in their loops, read once
_CALL_PAST_VERBS = V.CALL_PAST_VERBS
_DEMAND_APPEAL_STEMS = V.DEMAND_APPEAL_STEMS
_WHILE_CONJUNCTIONS = V.WHILE_CONJUNCTIONS
_FEMININE_BODY_HEADS = fold_set(V.FEMININE_BODY_HEADS)
_FEMININE_NOUN_ENDINGS = V.FEMININE_NOUN_ENDINGS
_INFORMING_ANNOUNCING_STEMS = V.INFORMING_ANNOUNCING_STEMS
_NISBA_M_ENDINGS = V.NISBA_M_ENDINGS
_OUTLET_PREPOSITIONS = V.OUTLET_PREPOSITIONS
_RELAYING_FROM = V.RELAYING_FROM
_APPOSED_NAME_MIN = V.APPOSED_NAME_MIN_WORDS
_NOT_NAME_APPOSITION = fold_set(V.NOT_NAME_APPOSITION_WORDS)
_DESCRIPTION_OPENERS = fold_set(V.DESCRIPTION_APPOSITION_OPENERS)
_APPOSED_DESCRIPTIONS = fold_set(V.APPOSED_DESCRIPTION_HEADS)
_NOT_NAME_PREFIX = V.NOT_NAME_APPOSITION_PREFIX
_RELAYING_TO = V.RELAYING_TO
_TO_ON_FOLDED = V.TO_ON_FOLDED
_TO_ON_FROM_FOLDED = V.TO_ON_FROM_FOLDED
_TO_ON_THAT_FOLDED = V.TO_ON_THAT_FOLDED

_ROOT_B_MASDARS = fold_set(V.ROOT_B_MASDARS)
_B_BODIES = fold_set(V.B_BODY_HEADS)
_PRONOUN_ADJUNCTS = fold_set(V.PRONOUN_ADJUNCTS)
_SECOND_VERB_CALLS = fold_set(V.PRESENT_CALL_VERBS)
_CALLED_PUBLIC = fold_set(V.CALLED_PUBLIC_NOUNS)
_BI_OBJECT_VERBS = fold_set(V.BI_OBJECT_VERBS)
_CALL_PARTICIPLES = {fold_word(k): fold_word(v) for k, v in V.CALL_PARTICIPLES.items()}
_CALLED_MAX = V.CALLED_MAX_WORDS
_MEDIUM_REACH = V.MEDIUM_CLAUSE_MAX_TOKENS
_ADDRESSED_MAX = V.DEMAND_ADDRESSED_MAX_WORDS
_RELAYED_PLACE_WORDS = V.RELAYED_PLACE_MAX_WORDS
_QUOTE_VERBS = fold_set(V.QUOTE_VERBS)
_QUOTE_CLOSING = fold_set(V.QUOTE_CLOSING_VERBS)
# "قائلا" / "قائلة": the participle of saying itself, which may repeat the verb before it.
_SAYING_PARTICIPLES = fold_set(V.SAYING_PARTICIPLES)
_POINTING_PARTICIPLES = fold_set(V.POINTING_PARTICIPLES)
_THREAT_PARTICIPLES = fold_set(V.THREAT_PARTICIPLES)
_ADMITTING_PARTICIPLES = fold_set(V.ADMITTING_PARTICIPLES)
_DEMAND_PARTICIPLES = fold_set(V.DEMAND_PARTICIPLES)
_OBJECT_PARTICIPLES = fold_set(V.OBJECT_PARTICIPLES)
_ACCUSING_PARTICIPLES = fold_set(V.ACCUSING_PARTICIPLES)
_ACCUSED_MAX_AFTER_COMMA = V.ACCUSED_MAX_WORDS_AFTER_COMMA
_DESCRIBING_PARTICIPLES = fold_set(V.DESCRIBING_PARTICIPLES)
_DESCRIBED_MAX = V.DESCRIBED_MAX_WORDS
_HOLDING_VERBS = fold_set(V.HOLDING_RESPONSIBLE_VERBS)
_POST_QUANTIFIERS = fold_set(V.POST_QUANTIFIERS)
_OBJECT_FIRST = fold_set(V.OBJECT_FIRST_VERBS)
_ATTRIBUTING = fold_set(V.ATTRIBUTING_VERBS)
_UNSTATED = fold_set(V.UNSTATED_OBJECTS)
_QAD = V.QAD_PARTICLES
# Threats are words only with the threatened act after بـ ("توعد الحوثيون بالرد"); with a
# plain object they are acts ("هدد القصف حياة المدنيين").
_THREAT_VERBS = fold_set(V.THREAT_VERBS)
_CIRCUMSTANTIAL_OPENERS = fold_set(V.DESCRIPTION_OPENERS)
_FRONTED_BI_VERBS = fold_set(V.FRONTED_BI_VERBS)
# Verbs that, before a complementizer, say nothing of their own: no verb, and speaking
# (an aside of how the source spoke: "، تحدث شريطة عدم الكشف عن اسمه، إن").
_NOT_SAYING_HERE = frozenset({None, *_SPOKE_OF})
_CALLED_FOR_IT = fold_set(V.CALLED_FOR_IT)
_OFFICIALS_FOLDED = V.OFFICIALS_FOLDED
_BLAME_REACH = V.BLAME_REACH
_PROMISING = fold_set(V.PROMISE_VERBS)
_PROMISE_FEMININE = fold_word(V.PROMISE_FEMININE)


def _promise_verb(toks: list[Token], sa: int, k: int, verb: str) -> bool:
    """Is the form of promising at ``k`` the verb: after "قد", or its feminine opening a
    sentence or a clause ("و" glued to it, after "فيما" or a comma: "من جهتها، وعدت
    المديرية بـ")? ("ذكرى وعد بلفور" is the noun.)"""
    if k > sa and (toks[k - 1].w in _QAD or toks[k - 1].w in _REL):
        return True  # (after a relative pronoun, round ar135: "، الذي وعد بتوزيع ...")
    if verb != _PROMISE_FEMININE:
        # (round ar166) "ووعد وزير الاقتصاد بتوزيع ..."، "فيما وعد المحافظ بتوزيع ..."
        return masculine_promise(toks, sa, len(toks), k)
    return k == sa or toks[k].w in ("و" + verb, "ف" + verb) or toks[k - 1].w in _NEW_CLAUSE or (
        toks[k - 1].w in _COMMAS)
_CLOSING_VERBS = fold_set(V.CLOSING_VERBS)
_RULING = fold_set(V.RULING_VERBS)
_ADDING_AT_ONCE = fold_set(V.ADDING_AT_ONCE_VERBS)
# (led by the literal line break, so the search scans for it in C; the first line apart)
# A host's label may name the outlet that asks, in brackets ("سؤال (قناة العربية):").
_HOST_LABEL = "(?:" + "|".join(V.TRANSCRIPT_HOSTS) + r") ?(?:\([^()\n]{1,40}\) ?)?:"
_HOST_LINE = re.compile("\n" + _HOST_LABEL)
_HOST_FIRST = re.compile(_HOST_LABEL)
_NAMED_AS = NAMING_ASIDE
_MEDIUM_RESUMPTIVES = fold_set(V.MEDIUM_RESUMPTIVES)


_SAYING_MASDAR_TEXT = fold_word(V.SAYING_MASDARS[0])


def find_statements_ar(text: str) -> list[dict[str, Any]]:
    folded, toks = analyse(text)
    if "إمام" in text:
        toks = _imams_as_written(folded, toks)
    toks = _outlet_names_kept(toks)
    if "نقل" in text:
        toks = transport_nouns_kept(toks)  # (round ar171) "صاحب شركة نقل في المدينة"
    # (only "علي" written with ya can be such a name: most texts have "على" alone)
    hidden = _HIDDEN_NAMES.set(
        _names_hidden_by_folding(folded, toks) if "علي" in text else frozenset())
    try:
        return _statements(text, folded, toks)
    finally:
        _HIDDEN_NAMES.reset(hidden)


def _statements(text: str, folded: Folded, toks: list[Token]) -> list[dict[str, Any]]:
    """The statements of ``text``, folded and tokenised (``find_statements_ar``)."""
    raw: list[_Stmt] = []
    first_line_end = next((i for i, t in enumerate(toks) if t.w == "\n"), len(toks))
    sents = document_sentences(text)
    if _open_line_end(text):
        sents = _join_wrapped(toks, sents, first_line_end)
    sents = _quote_sentences(toks, sents)
    starters = role_indices(toks)
    pending: _Stmt | None = None
    transcript = _HOST_FIRST.match(text) is not None or _HOST_LINE.search(text) is not None
    # (a sentence closing on its source's medium needs the verb that put it out; most
    # texts have none, and the substring tests run in C)
    closers = any(w in folded.text for w in _CLOSER_ROOTS)
    condemns = any(w in folded.text for w in _CONDEMNING_ROOTS)
    records = any(w in folded.text for w in RECORD_ROOTS)
    calls = CALL_NOUN_ROOT in folded.text
    announces = ANNOUNCING_NOUN_ROOT in folded.text
    # (round ar164) "وجدد المجلس دعوته إلى ..."، "وكررت النقابة مطالبتها بـ"
    renews = any(w in folded.text for w in RENEWING_ROOTS)
    remarks = _SAYING_MASDAR_TEXT in folded.text  # (round ar140) "علق ... بالقول"
    # (round ar144) "ولخص فلان الوضع بقوله: ..."، "واختصرت فلانة المشهد: ..."
    sums = any(w in folded.text for w in SUMMING_ROOTS)
    # (round ar192) "ودعت المنظمة إلى ...، بعد أن أحصت وفاة ...": a count after a call
    counted = "بعد" in folded.text and any(w in folded.text for w in CALL_COUNT_ROOTS)
    for si, (sa, sb) in enumerate(sents):
        if transcript and (sa == 0 or toks[sa - 1].w == "\n") and _transcript_line(
                toks, sa, sb, raw):
            continue
        # A live blog stacks its items: a line opening with "عاجل |" is a headline
        # wherever it stands, not only as the first line.
        if sb <= first_line_end or ((sa == 0 or toks[sa - 1].w == "\n") and _after_live_label(
                toks, sa, sb) > sa):
            ha = _after_live_label(toks, sa, sb)
            if _headline(toks, ha, sb, raw):
                continue
            pending = pending or _named_headline(toks, ha, sb)
        before = len(raw)
        _sentence(toks, sa, sb, raw, starters)
        if closers and len(raw) == before:
            _closing_medium(toks, sa, sb, raw)
        if remarks:
            remarked(toks, sa, sb, raw, before)
        if condemns:
            _quoted_condemnation(toks, sa, sb, raw, before)
        if records:
            _records(toks, sa, sb, raw, before)
        if calls:
            _called_by_noun(toks, sa, sb, raw, before, _speech_verb)
        if counted:
            count_after_call(toks, raw, before)
        if announces:
            # (round ar173) "بعد يومين من إعلان الأمم المتحدة أن ..."
            announced_by_noun(toks, sa, sb, raw, before, _speech_verb)
        if renews:
            renewed_call(toks, sa, sb, raw, before, _speech_verb)
        # (round ar164) "ومن الحالات التي يوردها التقرير مقتل ...": a word test first
        report_cases(toks, sa, sb, raw, before)
        if sums:
            summed_up(toks, sa, sb, raw, before)
        if len(raw) == before and toks[sa].w[:2] == "ال":
            # (round ar154) 'النازحة فلانة: "..."'، 'المزارع فلان ... ينتظر الموسم "..."'
            described_speaker(toks, sa, sb, raw)
        if len(raw) > before and any(st.speaker is not None and toks[st.speaker[0]].w in (
                _CIRCUMSTANTIAL_OPENERS) for st in raw[before:]):
            # (round ar157) 'وقال وهو ينقش الحجر: "..."': the teller is hidden
            hidden_teller(toks, sa, sents[si - 1] if si else None, raw, before)
        elif len(raw) > before and raw[before].speaker is None and raw[before].verb == sa:
            # (round ar162) 'ويعمل الصياد فلان .... وقال: "..."': the one just named
            named_teller(toks, folded, sa, sents[si - 1] if si else None, raw, before)
    if pending is not None and (_quoted_headline(toks, pending)
                                or _speaks_in_body(toks, pending.speaker, raw)):
        _insert(raw, 0, pending)
    if _DAMMA in text:
        # "وذُكر أن ...", "وأُعلن أن ...": a passive written with its vowel names nobody;
        # with its source ("ونُقل عن شهود قولهم") it still has a speaker of its own.
        raw = [st for st in raw if not (st.inherit and st.verb is not None
                                        and _passive(folded, toks[st.verb]))]
    if any(st.pronoun_object is not None for st in raw):
        # The quotation is a term, not words, when the verb after it has an object of its
        # own: a pronoun suffix as written, not a folded ta marbuta ("الناشطة نجاة").
        raw = [st for st in raw if st.pronoun_object is None
               or _ta_marbuta_end(folded, toks[st.pronoun_object])]
    starts = [sa for sa, _ in sents]
    for st in raw:
        if st.inherit and st.verb is not None and (g := _gender(toks[st.verb])) in ("m", "f"):
            # The subject a pronoun verb may point back to: in its own sentence or the one
            # before, used when the last speaker does not agree with the verb.
            i = bisect_left(starts, st.verb + 1) - 1
            lo = starts[max(0, i - 1)] if i >= 0 else 0
            st.alt = _agreeing_subject(toks, lo, st.verb, g)
    return _emit(folded, toks, raw)


# --- sentence ------------------------------------------------------------------------


_NO_ROLE = (None, None, None, False, None)
_DENYING = fold_set(V.DENYING_PARTICIPLES)
_HYPOTHETICAL = fold_set(V.HYPOTHETICAL_OPENERS)
_DENIED_HEADS = fold_set(V.DENIED_OBJECT_HEADS)  # "، نافيا ما أوردته وسائل الإعلام"


class _StartsSomething(dict[str, bool]):
    """Word text -> can a token with it start anything in ``_sentence`` (kept per word)."""

    def __missing__(self, w: str) -> bool:
        if len(self) > 1 << 16:
            self.clear()
        hit = self[w] = bare_token(w).is_word and _roles(w) != _NO_ROLE
        return hit


_STARTS_SOMETHING = _StartsSomething()


def role_indices(toks: list[Token], exhaustive: bool = False) -> list[int]:
    """Sorted indices of the tokens where ``_sentence`` can do anything: words with a role
    (speech verb, participle, relay verb, "وان", attribution word). Found once per document
    by map() over a per-word table, so the sentence loop jumps between them instead of
    asking every token; ``exhaustive`` (every index) gives the plain token-by-token loop
    that the tests compare with."""
    if exhaustive:
        return list(range(len(toks)))
    return list(compress(count(), map(_STARTS_SOMETHING.__getitem__, map(_TEXT, toks))))


def _sentence(toks: list[Token], sa: int, sb: int, raw: list[_Stmt],
              starters: list[int]) -> None:
    k = sa
    start_count = len(raw)
    seg_start = sa  # where the clause before an "بحسب X" starts
    n = len(starters)
    while k < sb:
        # Tokens between two starters would only move k on by one: jump over them.
        i = bisect_left(starters, k)
        if i == n or starters[i] >= sb:
            break
        k = starters[i]
        t = toks[k]
        if not t.is_word:
            k += 1
            continue
        roles = _roles(t.w)
        if roles == _NO_ROLE:
            k += 1
            continue  # most words start nothing
        verb, participle, relay, wan, attr = roles
        if participle and _foresees_noun(toks, k, sb):
            participle = None
            if not (verb or relay or wan or attr):
                k += 1
                continue
        if (form := _cause_form(verb, participle)) and not _gives_cause(toks, k, sb, form):
            # "أرجعت القوات النازحين إلى قراهم": sending back, no cause
            k += 1
            continue
        while_accuses = toks[k].w in _BARE_ACCUSES and k > sa and (toks[
            k - 1].w in _WHILE_CONJUNCTIONS or (
            # (round ar192) "، تتهم السلطات خلايا ... بالوقوف وراء معظمها": after a comma,
            # with its definite accuser at once, the bare present opens a clause as well
            toks[k - 1].w in _COMMAS and k + 2 < sb and toks[k + 1].w.startswith("ال")))
        if verb in CLOSING_RELAY and (got := relay_after_clause(toks, sb, k, seg_start)):
            # (round ar162) "قتل خمسة جنود ...، ذكرت إذاعة "..." نقلا عن ضابط": the clause
            # before, by the outlet and by the source it relays
            a, b, speakers = got
            raw.extend(_Stmt(a, b, sp) for sp in speakers)
            seg_start = k = speakers[-1][1]
            continue
        if verb in _BARE_ACCUSES and not while_accuses:
            k += 1  # the bare present opens a clause only after "فيما"/"بينما"
            continue
        if verb in _AND_ACCUSES or while_accuses:
            # "وتتهم الحكومة الحوثيين بزرع ...": read as "واتهمت"; with the charge at once
            # the verb is a passive ("ويتهم بالوقوف وراء الهجوم ..."), and says nothing
            nxt = k + 1 if k + 1 >= sb or toks[k + 1].w[:1] == "ب" else _speech_verb(
                toks, sa, sb, k, V.ACCUSE_PERFECT, raw)
            seg_start = k = max(nxt, k + 1)
            continue
        if verb and k > sa and toks[k - 1].w in _HYPOTHETICAL:
            k += 1
            continue  # "وإذا طالبت الحكومة بالتعويض ...": supposed words, nobody's
        if verb in _ACCUSED_THEM_PAST:
            # "أعدمت الحركة ثلاثة رجال بعد أن اتهمتهم بالتجسس": the act's subject accuses
            seg_start = k = max(accused_them(toks, sa, sb, k, raw), k + 1)
            continue
        if verb in _ACCUSES_THEM or verb in _AND_ACCUSES_THEM:
            nxt = _accused_in_relative(toks, sa, sb, k, raw)
            if nxt == k and verb in _ACCUSES_THEM:
                # (round ar154) "من عشيرة مجاورة تتهمهم بقتل ...": the body described
                nxt = accusing_body(toks, sa, sb, k, raw)
            seg_start = k = max(nxt, k + 1)
            continue
        if verb in _PRESENT_DEMANDS:
            nxt = _document_demand(toks, sb, k, raw)
            if nxt == k and _opens_clause(toks, sa, k) and k + 1 < sb and toks[
                    k + 1].is_word and toks[k + 1].w[:1] != "ب" and toks[
                    k + 1].w not in _DOCUMENT_HEADS:
                # "ويطالب الأهالي بنشر دوريات": a standing demand, read as "وطالب" (not
                # with no subject of its own: "بينما يطالب بفتح 3 معابر")
                before = len(raw)
                nxt = _speech_verb(toks, sa, sb, k, _PERFECT_DEMAND, raw)
                if len(raw) > before:
                    raw[before].verb = k
            seg_start = k = max(nxt, k + 1)
            continue
        if verb and _after_relative(toks, sa, k) is not None:
            nxt = _relative_speech(toks, sa, sb, k, raw)
            if nxt > k:
                seg_start = k = nxt
                continue
        if verb in _ADDING_AT_ONCE and not (k + 1 < sb and (
                toks[k + 1].w in _COMP or toks[k + 1].w == ":")):
            k += 1
            continue  # "وزاد عدد القتلى": increased, no words ("وزاد أن" adds them)
        if verb in _RULING and not _court_holding(toks, k, sb):
            k += 1
            continue  # "قضى 3 أشخاص", "قضت المحكمة بسجن ...": no court, or no words
        if verb in _HOLDING_VERBS and not any(toks[r].w.startswith(_OFFICIALS_FOLDED) for r in
                                              range(k + 1, min(sb, k + _BLAME_REACH))):
            k += 1
            continue  # (round ar159) "حين حملت النساء الصناديق": carrying, no blame
        if verb in _CALL_VERBS and k + 1 < sb and toks[k + 1].w in _CALLED_FOR_IT:
            k += 1
            continue  # (round ar159) "في إضراب دعا إليه تجمع الصيادلة": who called it
        if verb and not_spoken_toll(toks, k, sb, verb):
            k += 1
            continue  # "مصدر ...، تحدث شريطة عدم الكشف عن هويته، إن": no toll, an aside
        if verb in _PROMISING and not _promise_verb(toks, sa, k, verb):
            k += 1
            continue  # "ذكرى وعد بلفور": the noun of a promise, not its verb after "قد"
        if verb == "بين" and not _bayyana(toks, sa, sb, k):
            k += 1
            continue
        if verb in _ESTIMATING and not _estimate_by_source(toks, sa, sb, k) and not (
                _coordinated_estimate(toks, k, sb)):
            k += 1
            continue  # "خسائر قدرت بأكثر من ..."، "يقدر عددهم بنحو ...": passive, no source
        if verb in _EXPECTING and not _expectation_by_source(toks, sa, sb, k):
            if _opens_clause(toks, sa, k) and (got := expected_object(toks, sb, k)):
                # "وتتوقع إدارة المعرض زيارة نحو 40 ألف شخص": a body's forecast, its object
                raw.append(_Stmt(got[2], got[3], (got[0], got[1]), verb=k))
                seg_start = k = got[3]
                continue
            k += 1
            continue  # "غارة توقع قتيلين"، "ويتوقع أن ...": no source's forecast
        if verb and (w := _what_closes(toks, sa, sb, k)) is not None:
            # "...، على ما أفاد مصدر طبي"، "...، كما قال مسؤول محلي": a form of "according
            # to" closing the sentence, read as "بحسب ما أفاد"
            nxt = _attribution(toks, sa, sb, w, seg_start, raw)
            if nxt > k:
                seg_start = k = nxt
                continue
        if verb in _DESCRIBING_WITH_OBJECT and k > sa and toks[k - 1].w in _DESCRIBED_RELATIVES \
                and (q := _described_quote(toks, k, sb, 0)) is not None:
            # 'ودانت النقابة ما وصفته بـ"الحملة الممنهجة"': the quoted name is the words of
            # the sentence's subject, the describer
            subject = _main_subject(toks, sa, k, verb, feminine=_gender(toks[k]) == "f")
            raw.append(_Stmt(q[0], q[1], subject, inherit=subject is None))
            k = seg_start = q[1]
            continue
        if verb and not _not_speech(toks, sa, k):
            before = len(raw)
            nxt = _speech_verb(toks, sa, sb, k, verb, raw)
            if len(raw) > before and raw[before].a < sb and toks[raw[before].a].w == "نقلا":
                relay_as_words(toks, raw, before)  # (round ar162) no words relayed
            if len(raw) > before:
                raw[before].verb = k
                if before == start_count:
                    _coordinated_subject(toks, sa, k, verb, raw[before])
                if _initial_head(toks[sa].w) != toks[sa].w:
                    for st in raw[before:]:
                        if st.speaker is not None and st.speaker[0] == sa:
                            st.waw = True  # "والمرصد قال إن": the sentence's "و"
                if verb in _OBJECT_VERBS:
                    _split_gapped(toks, raw, before)
                _nested(toks, raw, before)
                # (round ar154) "عشيرة تتهمهم بـ"; round ar182: in each clause of the
                # words ("...، وإن النيابة اتهمتهم بـ"), the last first, as each adds after it
                for i in range(len(raw) - 1, before - 1, -1):
                    accusation_in_words(toks, raw, i)
                _inner_present_report(toks, raw, before)
                _tongue_source(toks, sb, raw, before)
                nxt = max(nxt, _while_call(toks, sb, nxt, raw))
            if nxt > k:
                seg_start = nxt
                k = nxt
                continue
        if participle in _ALSO_NOUNS and toks[k - 1].w not in _COMMAS:
            k += 1
            continue  # "ووزعت المنظمة مذكرة بأن ...": the memo, not "reminding"
        if participle and k > sa and (q := _considered_quote(toks, k, sb)):
            # 'واعتبرته "جريمة بشعة"'، '، معتبرا ذلك "خرقا فاضحا"': the quote is the words;
            # with nothing reported before in its sentence, they are the opening verb's
            # subject's ("ودانت الوزارة القصف، واعتبرته ...")
            is_verb = participle in _CONSIDERED_IT
            subject = None
            if len(raw) == start_count and (toks[k - 1].w in _COMMAS or is_verb) and not any(
                    toks[r].w in _NEW_CLAUSE for r in range(sa, k)):
                subject = _main_subject(toks, sa, k, participle.removeprefix("و"),
                                        feminine=participle.rstrip("اه").endswith("ت")
                                        if is_verb else None)
            if is_verb and subject is None and len(raw) == start_count:
                # ("فيما رفضها حزب الله واعتبرها ...": the subject of a later clause, which
                # no rule finds, is no earlier speaker)
                k += 1
                continue
            raw.append(_Stmt(q[0], q[1], subject, inherit=subject is None))
            k = seg_start = q[1]
            continue
        if participle and k > sa and participle in _CALL_PARTICIPLES:
            # "، داعيا أنصاره إلى الالتزام": the call, from its preposition on.
            prep = _CALL_PARTICIPLES[participle]
            # (the ones called on may be a long phrase: "داعيا المواطنين في القرى الحدودية
            # إلى الإبلاغ"; words only, no verb of saying or complementizer between)
            c = next((r for r in range(k + 1, min(sb, k + _CALLED_MAX + 2))
                      if toks[r].w == prep), None)
            # ('، داعية الأطراف "إلى وقف ..."': the call may open a quotation)
            if c is not None and all((toks[r].is_word or (r == c - 1 and toks[r].w in _QUOTES))
                                     and toks[r].w not in _COMP and not (
                    _verb_form(toks[r], _VERBS)) for r in range(k + 1, c)):
                c -= toks[c - 1].w in _QUOTES  # the quotation whole, trimmed on output
                end = _content_end(toks, c, sb)
                # 'ونددت البعثة بـ"..."، داعية إلى': after a verb that reported nothing
                # in its sentence, the caller is that verb's subject, as for a demand
                subject = _main_subject(toks, sa, k, participle) if len(
                    raw) == start_count and toks[k - 1].w in _COMMAS else None
                raw.append(_Stmt(c, end, subject, inherit=subject is None, call=True))
                k = end
                seg_start = end
                continue
        if participle and k > sa and participle in _THREAT_PARTICIPLES:
            # "، متوعدا باتخاذ الإجراءات": the threatened act, from its ب on
            c = next((r for r in range(k + 1, min(sb, k + 4)) if toks[r].w.startswith("ب")
                      and (len(toks[r].w) > 2 or (r + 1 < sb and toks[r + 1].w in _QUOTES))),
                     None)
            if c is not None and all(toks[r].is_word for r in range(k + 1, c)):
                end = _content_end(toks, c, sb)
                subject = _reported_plural_subject(toks, raw, sa, k) if participle.endswith(
                    "ين") else None
                # (the ones reported on do not become the text's speaker: what follows
                # goes on with the one who reported them)
                raw.append(_Stmt(c, end, subject, inherit=subject is None,
                                 passed_on=subject is not None))
                k = seg_start = end
                continue
        if participle in _ADMITTING_PARTICIPLES and (got := _admitted(toks, sa, sb, k)):
            # (round ar182) "، معترفة بمقتل ستة من مقاتليها": what was admitted, from its
            # ب on, by the one who spoke before
            raw.append(_Stmt(got[0], got[1], None, inherit=True))
            k = seg_start = got[1]
            continue
        if participle and k > sa and participle in _DEMAND_PARTICIPLES and toks[k - 1].w in (
                "،", ","):
            # "ودان النائب العدوان، مطالبا الدولة بتقديم شكوى": the demand, from its ب on,
            # by the subject of the sentence's verb when nothing was reported before it
            c = next((r for r in range(k + 1, min(sb, k + 6)) if toks[r].w.startswith("ب")
                      and (len(toks[r].w) > 2 or (r + 1 < sb and toks[r + 1].w in _QUOTES))),
                     None)
            # ('، مطالبة المجتمع الدولي "بالتدخل ..."': the demand may open a quotation,
            # whose mark is no word of the ones addressed: '، مطالبا الحكومتين الاتحادية
            # والإقليمية "بالتحرك ..."' names three, as the plain demand may)
            if c is not None and all(toks[r].is_word or (r == c - 1 and toks[r].w in _QUOTES)
                                     for r in range(k + 1, c)) and (
                    c - k - 1 - (toks[c - 1].w in _QUOTES) <= _ADDRESSED_MAX):
                c -= toks[c - 1].w in _QUOTES  # the quotation whole, trimmed on output
                end = _content_end(toks, c, sb)
                subject = _main_subject(toks, sa, k, participle) if len(
                    raw) == start_count else None
                raw.append(_Stmt(c, end, subject, inherit=subject is None, call=True))
                k = seg_start = end
                continue
        if participle and k > sa and participle in _ACCUSING_PARTICIPLES and k + 3 < sb and (
                reach := _accused_reach(toks, k, sb)) and (
                toks[k + 1].w in _QUOTES) and (close := next((r for r in range(
                    k + 2, min(sb - 1, k + 9)) if toks[r].w in _QUOTES), None)) is not None and (
                charge := next((r for r in range(close + 1, min(sb, close + reach - 1))
                                if not toks[r].is_word or toks[r].w.startswith("ب")),
                               None)) is not None and (
                toks[charge].w.startswith("ب") and len(toks[charge].w) > 2) and all(
                toks[r].is_word for r in range(k + 2, close)):
            # '، متهمة "الجيش والقوة المشتركة" بإطلاق القذائف': the one accused in quotes,
            # then the charge after ب
            k = seg_start = _accusation(toks, sa, sb, k, raw, start_count, participle)
            continue
        if participle and k > sa and participle in _ACCUSING_PARTICIPLES and k + 2 < sb and (
                toks[k + 1].is_word and toks[k + 1].w not in _COMP) and (
                reach := _accused_reach(toks, k, sb)):
            # "، متهما الشبكة بـ"تضخيم الأرقام"": the one accused, then the charge after ب
            c = next((r for r in range(k + 2, min(sb, k + 2 + reach)) if toks[r].w.startswith(
                "ب") and (len(toks[r].w) > 2 or (r + 1 < sb and toks[r + 1].w in _QUOTES))),
                     None)
            if c is not None and all(toks[r].is_word for r in range(k + 1, c)):
                k = seg_start = _accusation(toks, sa, sb, k, raw, start_count, participle)
                continue
        if participle and k > sa and participle in _ESTIMATING_PARTICIPLES:
            # "، مقدرا الخسائر بأكثر من 85 ألف شيقل": the thing estimated and its figure
            c = _estimated_at(toks, k, sb) if toks[k - 1].w in _COMMAS else None
            if c is None:
                k += 1
                continue
            end = _content_end(toks, c, sb)
            raw.append(_Stmt(c, end, None, inherit=True))
            k = seg_start = end
            continue
        if participle and k > sa and participle in _BLAMING_PARTICIPLES:
            # "، محملا الطيران الروسي مسؤوليتها": the one blamed and the blame; with no
            # "مسؤولية" after it the participle is "carrying" ("محملا بالمساعدات")
            if not _blames(toks, k, sb):
                k += 1
                continue
            end = _content_end(toks, k + 1, sb)
            # "كما دانت الوزارة الهجوم، محملة ...": after a condemnation, which reports
            # nothing, the one who blames is its subject
            subject = _main_subject(toks, sa, k, participle) if len(
                raw) == start_count and toks[k - 1].w in _COMMAS and any(
                _verb_form(toks[r], _CONDEMNING) for r in range(sa, min(k, sa + 3))) else None
            raw.append(_Stmt(k + 1, end, subject, inherit=subject is None))
            k = seg_start = end
            continue
        if participle and k > sa and participle in _DESCRIBING_PARTICIPLES and toks[
                k - 1].w in _COMMAS and (c := next((r for r in range(
                    k + 2, min(sb, k + 2 + _DESCRIBED_MAX)) if not toks[r].is_word or toks[
                    r].w in _COMP), None)) is not None and toks[c].w in _COMP and toks[
                c].w.startswith("ب") and c + 1 < sb:
            # "، واصفا رواية الجيش بأنها "مفبركة"": what is described, then the words
            end = _content_end(toks, c + 1, sb)
            subject = _main_subject(toks, sa, k, participle) if len(
                raw) == start_count else None
            raw.append(_Stmt(c + 1, end, subject, inherit=subject is None))
            k = seg_start = end
            continue
        if participle and k > sa and participle in _DESCRIBING_PARTICIPLES and toks[
                k - 1].w in _COMMAS and (q := _described_quote(
                    toks, k, sb, _DESCRIBED_MAX)) is not None:
            # '، واصفة ما جرى بـ"المجزرة المروعة"': the quoted name is the words
            subject = _main_subject(toks, sa, k, participle) if len(
                raw) == start_count else None
            raw.append(_Stmt(q[0], q[1], subject, inherit=subject is None))
            k = seg_start = q[1]
            continue
        if participle and k > sa and toks[k - 1].w in _COMMAS and (
                q := considered_quote(toks, k, sb)) is not None:
            # (round ar159) '، معتبرا اقتحام الأقسام "خرقا للقانون"': the object and the
            # quoted judgement, the participle's subject as for the other participles
            subject = _main_subject(toks, sa, k, participle) if len(
                raw) == start_count else None
            raw.append(_Stmt(k + 1, q, subject, inherit=subject is None))
            k = seg_start = q
            continue
        if k > sa and (w := _appeal_start(toks, k, sb)) is not None:
            # "، مناشدة المواطنين التبرع بالدم": what the appeal asks, after the ones
            # appealed to; the participle's subject as for the other participles
            end = _content_end(toks, w, sb)
            subject = _main_subject(toks, sa, k, toks[k].w) if len(
                raw) == start_count else None
            raw.append(_Stmt(w, end, subject, inherit=subject is None))
            k = seg_start = end
            continue
        if participle in _APPEALING:
            k += 1
            continue  # "، مناشدة من الأهالي": the noun, with no one appealed to
        if participle and k > sa and (w := _warning_start(toks, k, sb)) is not None:
            # "، محذرا من توقف المولدات": what was warned of, from its preposition on
            end = _content_end(toks, w, sb)
            subject = _main_subject(toks, sa, k, participle) if len(
                raw) == start_count else None
            raw.append(_Stmt(w, end, subject, inherit=subject is None))
            k = seg_start = end
            continue
        if participle and k > sa and participle in _OBJECT_PARTICIPLES and toks[k - 1].w in (
                "،", ",") and k + 1 < sb and toks[k + 1].is_word and toks[k + 1].w not in (
                _COMP) and toks[k + 1].w not in _TO_ON_THAT_FOLDED and (_masdar(toks[k + 1]) or (
                    participle in _FORECASTING and _foreseen_masdar(toks[k + 1])) or (
                    _definite_masdar_with_preposition(toks, k + 1, sb)) or (
                    participle in _DENYING and toks[k + 1].w == "ما" and k + 2 < sb and toks[
                        k + 2].is_word and not toks[k + 2].w.startswith("ال")) or (
                    # "، نافيا أي صلة له بالغارة": the link denied, as after "نفى"
                    participle in _DENYING and toks[k + 1].w in _DENIED_HEADS)) and (
                toks[k + 1].w not in _DEMONSTRATIVES):
            # "، مؤكدا مقتل 27 من المهاجمين": what was confirmed or announced is the
            # participle's object, a verbal noun, as after "أكد" / "أعلن"
            end = _content_end(toks, k + 1, sb)
            # ("وتبنت الجماعة الهجوم، نافية أي صلة ...": with nothing reported before in
            # its sentence, a denial is the main verb's subject's; round ar171: so is any
            # object after a comma, "ورحب فريق الأمم المتحدة بالكشف، مؤكدا استعداده ...")
            subject = _main_subject(toks, sa, k, participle) if (
                participle in _DENYING or toks[k - 1].w in _COMMAS) and len(
                raw) == start_count else None
            raw.append(_Stmt(k + 1, end, subject, inherit=subject is None))
            k = seg_start = end
            continue
        if participle and k > sa and participle in _POINTING_PARTICIPLES and k + 2 < sb and (
                toks[k + 1].w == "الي" and ((toks[k + 2].is_word and toks[k + 2].w not in _COMP)
                                           or (toks[k + 2].w in _QUOTES and k + 3 < sb
                                               and _masdar(toks[k + 3])))):
            # (the verbal noun may be quoted: 'مشيرا إلى "استشهاد مجند وإصابة ضابط"')
            # "، مشيرا إلى مقتل 8 من المسلحين": the masdar after إلى is what was said
            end = _content_end(toks, k + 2, sb)
            raw.append(_Stmt(k + 2, end, None, inherit=True))
            k = seg_start = end
            continue
        if participle and k > sa and (q := _quoted_object(toks, k, sb)) is not None:
            # '، محذرا من "اتساع العجز" ما لم ...'، '، مؤكدة "وقوف المملكة ..."': the
            # quotation (from the preposition) is the words; with no report before it in
            # its sentence, the participle's subject is the main verb's
            end = _content_end(toks, q, sb)
            subject = _main_subject(toks, sa, k, participle) if len(
                raw) == start_count and toks[k - 1].w in _COMMAS else None
            raw.append(_Stmt(q, end, subject, inherit=subject is None))
            k = seg_start = end
            continue
        if participle and k > sa:
            c = _content_start(toks, k + 1, sb, max_skip=1)
            if c is None and _medium_at(toks, k + 1, sb) and (
                    q := _skip_adverbials(toks, k + 1, sb)) > k + 2:
                # "، معتبرا في بيان أن ..."، "، مؤكدة عبر حسابها أن": where it was said,
                # between the participle and its complementizer
                c = _content_start(toks, q, sb, max_skip=0)
            if c is not None:
                end = _content_end(toks, c, sb)
                # "أطلقت الأمم المتحدة نداء ...، مؤكدة أن ...": with no report before it in
                # its sentence, the participle describes the subject of the main verb.
                subject = _main_subject(toks, sa, k, participle) if len(
                    raw) == start_count else None
                if (reply := _reply_subject(toks, sa, k)) is not None:
                    # "، وهو ما نفاه مستشار لقائد القوات قائلا إن": the one who answered
                    # (by the name set between commas after his office, if given: the
                    # participle points back to him by name)
                    q = _apposed_name_end(toks, reply[1], k)
                    subject = (reply[1] + 1, q) if q is not None else reply
                raw.append(_Stmt(c, end, subject, inherit=subject is None))
                # "، مشيرا إلى أن فرق الرصد وثقت 19 حادثة": the record inside the
                # participle's words, as inside a verb's
                _nested_record(toks, raw, len(raw) - 1)
                # (round ar166) "، مشيرا إلى أن الإدارة وعدتهم بـ": the promiser's too
                later_promise(toks, raw, len(raw) - 1)
                k = end
                seg_start = end
                continue
        if relay and len(raw) > start_count:
            sp_end = _speaker_end(toks, k + 1, sb)
            if sp_end > k + 1:
                raw.append(_Stmt(0, 0, (k + 1, sp_end), same_as=len(raw) - 1))
                k = sp_end
                continue
        if wan and len(raw) > start_count:
            end = _content_end(toks, k + 1, sb)
            if end > k + 2:
                first_new = len(raw)
                raw.extend(_second_clause(raw, start_count, k + 1, end))
                if len(raw) > first_new:
                    _nested_record(toks, raw, first_new)  # "، وإن فرق اللجنة وثقت اختطاف ..."
                    for i in range(len(raw) - 1, first_new - 1, -1):
                        # (round ar182) "، وإن النيابة اتهمتهم بـ": the accuser's charge
                        accusation_in_words(toks, raw, i)
                k = end
                continue
        if attr in _WORDS_OF and not _words_of(toks, sa, k):
            k += 1
            continue  # "قول" outside "على حد قول": a plain noun
        if attr and bare_relay(toks, sb, k, seg_start):
            k += 1
            continue  # (round ar162) "ذكرت إذاعة ... نقلا عن ضابط.": no words are relayed
        if attr:
            nxt = _attribution(toks, sa, sb, k, seg_start, raw,
                               opener=k - 2 if attr in _WORDS_OF else None)
            if nxt > k:
                seg_start = nxt
                k = nxt
                continue
        k += 1


# Participles that are also nouns ("مذكرة": a memo, "مناشدة": an appeal): a participle only
# after a comma.
_ALSO_NOUNS = fold_set(V.REMINDING_PARTICIPLES_ALSO_NOUNS + V.APPEAL_PARTICIPLES
                       + V.ACCUSING_PARTICIPLES_ALSO_NOUNS)
_APPEALING = fold_set(V.APPEAL_PARTICIPLES)


_PERFECT_DEMAND = "طالب"
# words that open a clause, which no name holds ("، كما يردده الأهالي:")
_CLAUSE_BREAK_WORDS = fold_set(V.CLAUSE_BREAKS)


# "حذر" is also the adjective "cautious" ("هدوء حذر"، "تفاؤل حذر")
_CAUTIOUS = "حذر"


def _admitted(toks: list[Token], sa: int, sb: int, k: int) -> tuple[int, int] | None:
    """The words of an admitting participle at ``k`` (round ar182): after a comma, a word
    glued to "ب" at once, a verbal noun or a quotation ("، معترفا بمقتل جنديين"، '، مقرة
    بـ"أخطاء فردية"'), up to the content's end; None otherwise."""
    c = k + 1
    if not (k > sa + 1 and toks[k].w in _ADMITTING_PARTICIPLES and toks[k - 1].w in _COMMAS
            and c < sb and toks[c].w.startswith("ب")):
        return None  # ("، ومقره بريطانيا": "and its headquarters", which "مقرة" folds to)
    if c + 1 < sb and toks[c].w == "ب" and toks[c + 1].w in _QUOTES:
        return (c, end) if (end := _content_end(toks, c, sb)) > c + 2 else None
    noun = toks[c].w[1:]
    noun = noun[2:] if noun.startswith("ال") else noun
    if len(noun) < 3 or noun in _DEMONSTRATIVES or not _masdar(Token(noun, 0, 0, True)):
        return None  # ("، مقرا به"، "، مقرا بذلك": what was said before; a place's name)
    end = _content_end(toks, c, sb)
    return (c, end) if end > c + 1 else None


def _public_addressed(toks: list[Token], j: int, e: int) -> int | None:
    """Where the public a call or warning is made to (``CALLED_PUBLIC_NOUNS``) opens
    inside the subject read from ``j`` to ``e``: right after a definite word ("الدفاع
    المدني الأهالي"), never after an indefinite head whose genitive it is ("اتحاد
    المزارعين")."""
    for r in range(j + 1, e):
        if toks[r].w in _CALLED_PUBLIC and toks[r - 1].w.startswith("ال"):
            return r
    return None


def _links_in(toks: list[Token], a: int, b: int) -> int:
    """How many links of a name ("عبد"، "بن"، "أبو") stand in [a, b) before any mark."""
    n = 0
    for r in range(a, b):
        if not toks[r].is_word:
            break
        n += toks[r].w in _NAME_LINKS
    return n


def _relaying_pronoun(toks: list[Token], k: int, raw: list[_Stmt],
                      max_gap: int = 80) -> tuple[int, int] | None:
    """The speaker a relaying verb with no subject at ``k`` ("ونقلت عن ...") points back
    to: the last entry's speaker when its verb has the same gender and stands in this
    sentence or the one before, and, for the masculine, which is also the passive ("ونُقل
    عن شهود"), an outlet ("الموقع"); None otherwise (the words go to the source alone)."""
    prev = next((st for st in reversed(raw) if st.speaker is not None and st.verb is not None
                 and not st.passed_on), None)
    if prev is None or prev.verb >= k or k - prev.verb > max_gap or (
            _gender(toks[prev.verb]) != _gender(toks[k])) or _gender(toks[k]) not in ("m", "f"):
        return None
    if sum(is_end(toks[r]) for r in range(prev.verb, k)) > 1:
        return None
    if _gender(toks[k]) == "m" and toks[prev.speaker[0]].w.removeprefix(
            "ال") not in _PUBLISHERS:
        return None  # "وقال الجيش ...، ونقل عن مصدر": also the passive "ونُقل عن", unvowelled
    return prev.speaker


def _relayed_source_end(toks: list[Token], r1: int, sb: int, ends: frozenset[str]) -> int:
    """The relayed source's body after "في": up to three plain words before any of ``ends``,
    or a longer place when the masdar of saying closes it ("عن مسؤول في إدارة ولاية جنوب
    غرب الصومال قوله إن"). The masdar can only follow its source, so every plain word
    before it is the source's, as a long title runs on to the complementizer after "قال"."""
    near = _place_up_to(toks, r1, sb, ends)
    if near > r1:
        return near
    far = _place_up_to(toks, r1, sb, _SAYING_NOUNS, max_words=_RELAYED_PLACE_WORDS)
    # a relative clause or a time in between is no place: "عن مسؤول في المدينة التي
    # تعرضت للقصف قوله" names the source before it
    if any(toks[r].w in _REL or toks[r].w in _TIME_WORDS for r in range(r1 + 1, far)):
        return r1
    return far


def _but_kana_subject(toks: list[Token], sa: int, k: int, verb: str,
                      raw: list[_Stmt]) -> tuple[int, int] | None:
    """The subject that "لكنها كانت قد" before the verb at ``k`` points back to: the
    sentence's first verb's, when the sentence opens with a refusal or a negated verb and
    has reported nothing yet ("ولم تعلق الحركة على الهجوم، لكنها كانت قد توعدت ...")."""
    m = k - 1 if k - 1 > sa and toks[k - 1].w in _QAD else k
    if not (m - 1 > sa and toks[m - 1].w in _KANA_FORMS):
        return None
    but = _but_pronoun(toks, sa, m - 1)
    if but is None or any(st.a >= sa for st in raw) or not _declines(toks, sa, but[0]):
        return None
    return _main_subject(toks, sa, but[0], verb, feminine=but[1])


def _fronted_bi_words(toks: list[Token], k: int, sb: int, verb: str) -> int:
    """Where the "بـ" words of a demand, pledge or threat at ``k`` start when its subject
    came before it ("وكانت الحكومة قد تعهدت في أيار الماضي بـ..."), or 0. With the subject
    named, no word after the verb is a second subject: the time or the medium between
    ("في بيان نشرته على منصة تلغرام الأسبوع الماضي") is passed, and the "بـ" must follow
    (a bare "بـ" before a quotation, or one joined to a verbal noun)."""
    if not (verb.startswith(_PERFECT_DEMAND) or verb in _FRONTED_BI_VERBS):
        return 0
    q = _past_time(toks, k + 1, sb)
    if q >= sb:
        return 0
    w = toks[q].w
    if w == "ب" and q + 1 < sb and toks[q + 1].w in _QUOTE_PAIRS:
        return q
    return q if w[:1] == "ب" and len(w) > 3 and w not in _NOT_DEMANDED else 0


def _past_medium_after_name(toks: list[Token], q: int, sb: int) -> int:
    """Past the medium and the outlet after the comma ``q`` that closes a name ("، في تصريح
    لوكالة الأنباء إن"): the complementizer's or colon's index, else less. A medium whose
    adjective the adverbials leave ("، في مؤتمر صحافي أن"، "، في تصريح صحفي إن") is read
    again from the comma as a place, word by word."""
    r = _past_place_or_outlet(toks, _skip_adverbials(toks, q, sb), sb, colon=True)
    if r < sb and (toks[r].w in _COMP or toks[r].w == ":"):
        return r
    return _past_place_or_outlet(toks, q + 1, sb, colon=True)


def _pledged_act_alone(toks: list[Token], k: int, sb: int, verb: str) -> bool:
    """Is the "بـ" word after the pledge at ``k`` an act ("، وتعهد بكشف بقية المتورطين")
    with no act after it that would make it a name ("، وتعهدت بكين بتقديم المساعدة")? Then
    the pledge is the first verb's subject's even when its sentence reported nothing."""
    if not pledged_act(toks[k + 1].w, verb):
        return False
    nxt = toks[k + 2].w if k + 2 < sb else ""
    return not (nxt[:1] == "ب" and act_masdar(nxt[1:]))


def _joined_pledge(toks: list[Token], sa: int, k: int, sb: int, verb: str,
                   raw: list[_Stmt]) -> bool:
    """Is the demand, pledge or threat at ``k`` joined by "و" after a comma to a verb the
    sentence has already reported, with its "بـ" words right after it ("، ووعدت برفع")?
    No subject stands between, so the verb's is the one before, and the "بـ" word is no
    subject of its own. A second "بـ" word after it makes the first a name, the verb's
    object ("، وطالب بغداد بإرسال"). An act's verbal noun with "بـ" is the pledge's words
    after any first verb ("وأدان الرئيس الهجوم، وتعهد بكشف ..."), not only a reporting one."""
    return k > sa + 1 and toks[k].w[:1] == "و" and toks[k - 1].w in _COMMAS and (
        _fronted_bi_words(toks, k, sb, verb) == k + 1) and (_pledged_act_alone(
        toks, k, sb, verb) or any(st.a >= sa for st in raw)) and not (
        # (an act's verbal noun first is no name: "، وتعهد بكشف بقية المتورطين")
        k + 2 < sb and toks[k + 2].w[:1] == "ب" and not pledged_act(toks[k + 1].w, verb))


def _feminine_body_after_masculine(toks: list[Token], k: int, j: int) -> bool:
    """Is the verb at ``k`` masculine and the word at ``j`` a body it would agree with in
    the feminine as its subject ("وطالب الأجهزة الأمنية بـ")? Then that body is its object."""
    return _gender(toks[k]) == "m" and toks[j].w in _FEMININE_BODY_HEADS


def _accused_reach(toks: list[Token], k: int, sb: int) -> int:
    """How many words the one accused after an accusing participle at ``k`` may run to.
    After a comma the participle is the reporter's own act, and the one accused may be a
    whole party with its allies ("، متهمة قوات الدعم السريع والحركات المتحالفة معها
    بتنفيذ الهجوم") or a quoted word with its group ('، متهمة "إرهابيين" من جماعة ...
    بتنفيذها'); without the comma only a short name reaches the charge, and "، متهما
    بالفساد" is the one accused himself."""
    if toks[k - 1].w in _COMMAS and k + 1 < sb and not toks[k + 1].w.startswith("ب"):
        return _ACCUSED_MAX_AFTER_COMMA
    return 3


def _name_apposed(toks: list[Token], a: int, q: int) -> bool:
    """Do the words [a, q) between commas after a title read as a person's name (two words
    at least, none of a relay, a direction, a preposition or a "لل" phrase)? "، نقلا عن
    مصادر أمنية،"، "، جنوبي اليمن،" and "، من جهته،" say where the words came from, where
    the body is or whose turn it is."""
    words = [t.w for t in toks[a:q] if t.is_word]
    if len(words) < _APPOSED_NAME_MIN or words[0] in _OFFICES or words[0] in _DESCRIPTION_OPENERS:
        return False  # (an office or "one of" after a name: who the named person is)
    if name_quote_marks(toks, a, q + 1):
        # (round ar188) 'شركة "نجوم للمعارض"': the words in quotes are a body's own name,
        # whatever they are ("للمعارض" is no "لل" phrase of where the words came from)
        words = [t.w for t in toks[a:next(r for r in range(a, q) if not toks[r].is_word)]]
    return not any(w in _NOT_NAME_APPOSITION or w.startswith(_NOT_NAME_PREFIX) for w in words)


def _apposition_closes(toks: list[Token], q: int, c: int) -> bool:
    """Does the comma ``q`` that closes a name after a title end the speaker, with no
    second party joined after it ("، ووزير الدفاع ..."، "، وسالم ...")? A list of people is
    no one speaker, and its name belongs to one of them only."""
    return q + 1 == c or (q + 1 < c and not (toks[q + 1].is_word and toks[q + 1].w[:1] == "و"))


def _coordinated_subject(toks: list[Token], sa: int, k: int, verb: str, st: _Stmt) -> None:
    """A call or a report coordinated after a comma with the sentence's opening verb, with
    no subject of its own, shares that verb's subject when nothing was reported before it
    in the sentence ("وأعربت البعثة عن قلقها، ودعت في بيان الأطراف إلى ..."، "كما أعربت
    فرنسا عن قلقها، وحثت على ضبط النفس"), as "وتحدث الرئيس ...، وقال إن" does."""
    if not (st.inherit and st.speaker is None and k > sa + 1 and toks[k - 1].w in _COMMAS
            and toks[k].w[:1] == "و" and (g := _gender(toks[k])) in ("m", "f")):
        return
    subject = _main_subject(toks, sa, k, verb, feminine=g == "f")
    if subject is not None:
        st.speaker, st.inherit = subject, False


def _joined_after_comma(toks: list[Token], sa: int, k: int) -> bool:
    """Is the verb at ``k`` a second verb of its sentence, after a comma, joined by "و"
    ("، وأكدت") or behind a particle of tense or order ("، وقد دعت"، "، ثم أعلنت")?"""
    if toks[k].w[:1] == "و":
        return k > sa + 2 and toks[k - 1].w in _COMMAS
    return k > sa + 3 and toks[k - 1].w in _NEXT_REPORT_PARTICLES and toks[
        k - 2].w in _COMMAS


def _subject_word(t: Token) -> bool:
    """Can a subject start at t (after an adjunct such as "له"): a word that is no
    complementizer, particle or verb."""
    return t.is_word and t.w not in _COMP and t.w not in _STOPS and not _verb_form(t, _VERBS)


def _speech_verb(toks: list[Token], sa: int, sb: int, k: int, verb: str,
                 raw: list[_Stmt]) -> int:
    if toks[k].w == _CAUTIOUS and _cautious(toks, sa, sb, k):
        return k + 1
    if verb in _SECOND_VERB_CALLS and not (toks[k].w[:1] == "و" and k - 1 > sa and toks[
            k - 1].w in _COMMAS and any(st.a >= sa for st in raw)) and not _standing_call(
            toks, sa, sb, k):
        # The present of calling reports only as a second verb with no subject of its own
        # after its subject's statement ("ويطالب القرار ...، ويدعو إلى ..."); elsewhere it
        # is as often a cause ("وهو ما يدعو إلى القلق") or a standing aim
        return k + 1
    if _standing_demand(toks, k, sb):
        return k + 1  # (round ar159) "ويطالب العاملون منذ سنوات بـ": a standing wish
    j = _skip_adverbials(toks, k + 1, sb)
    if j < sb and toks[j].w in _DURATIONS:
        return k + 1  # "الهدنة التي أعلنت آنذاك لمدة شهرين": how long, a passive's
    if j + 1 < sb and _verb_form(toks[j], _PARTICIPLES) and (toks[j + 1].w in _COMP or (
            toks[j + 1].w == ":" and _verb_form(toks[j], _SAYING_PARTICIPLES))):
        j += 1  # "وتابع قائلا إن ...", 'وأضاف قائلا: "..."': the participle repeats the verb
    if j + 1 < sb and toks[j].w == "فيه" and k > sa and _while_at(
            toks, k - 1 if toks[k - 1].w == "وقت" else k - 2, sb):
        j += 1  # "في وقت دعت فيه الأمم المتحدة إلى": "فيه" is the time's, the subject follows
    if j < sb and toks[j].w in _MEDIUM_RESUMPTIVES and k > sa:
        return _resumptive(toks, sa, sb, k, j + 1, verb, raw)
    if j + 1 < sb and toks[j].w in _LISTENERS:
        j = _past_listener(toks, j, sb)
    elif j == k + 1 and j + 1 < sb and toks[j].w in _PRONOUN_ADJUNCTS and (
            _subject_word(toks[j + 1]) or toks[j + 1].w in _COMP):
        # the subject, or with "إن" the words, start after the adjunct; only right after
        # the verb ("في بيان لها" is the medium's: "ودعت في بيان لها الأطراف الى")
        j += 1
    direct = _content_start(toks, j, sb, max_skip=0)
    fronted = _fronted_subject(toks, sa, k)
    if fronted is None and (direct is not None or (j < sb and (
            toks[j].w == _PREP_VERBS.get(verb) or spoken_toll(toks, verb, j, sb) or (
                verb in _OBJECT_VERBS and (_NO_SUBJECT(toks[j]) or carried_masdar_at(
                    toks, j, sb))) or (
                verb in _BI_VERBS and _bi_content(toks[j])) or (
                j > k + 1 and toks[j - 1].w in _PUBLISHING and toks[j].w in _PUBLISHERS
                and _fronted_carrier(toks, j, sb) is not None)))):
        # "والمرصد قال إن ..."، "والأمم المتحدة حذرت من ..."، "المرصد أعلن مقتل ...": the
        # sentence opens with the verb's subject, the words follow the verb at once
        fronted = _initial_subject(toks, sa, k)
    if fronted is None and (kana := _but_kana_subject(toks, sa, k, verb, raw)) is not None:
        # "ولم تعلق الوزارة على الضربة، لكنها كانت أعلنت ...": the pronoun after "but",
        # "كانت" (and "قد") between, is the refusing subject, whatever the verb takes
        fronted = kana
    if direct is None and fronted is not None and j < sb and toks[j].w == "من":
        # 'وكان أحد المتهمين قد صرخ من داخل القفص: "..."': with the subject before the
        # verb, a phrase with "من" after it says where from, and is no second subject
        r = next((r for r in range(j + 2, min(sb, j + 6)) if not toks[r].is_word
                  or toks[r].w in _COMP), sb)
        if r < sb and (toks[r].w == ":" or toks[r].w in _COMP):
            j, direct = r, _content_start(toks, r, sb, max_skip=0)
    if fronted is None and direct is None and verb in _OBJECT_VERBS and (
            but := _but_pronoun(toks, sa, k)) and not any(
            st.a >= sa for st in raw) and _declines(toks, sa, k) and (
            q := _object_past_medium(toks, j, sb)):
        # "ولم ترد وزارة العدل على طلب للتعليق، لكنها نفت في بيان سابق وجود ...": after
        # "لكنها" (or "غير أنها"، "إلا أنها") the verb's subject is the pronoun, so what
        # follows (past the medium) is its object, and the pronoun is the subject of the
        # refusal before it
        subject = _main_subject(toks, sa, but[0], verb, feminine=but[1])
        end = _content_end(toks, q, sb)
        raw.append(_Stmt(q, end, subject, inherit=subject is None))
        return end
    if verb in _CLOSING_VERBS:
        return _closing(toks, sb, k, j, fronted, raw)
    if toks[k].w == "ورد":
        verb = "ورد"  # "it came in" ("ورد في التقرير أن") first, else "and he replied"
    if verb in _CONTAINED_IN:
        nxt = _contained_in(toks, sb, k, raw)
        if nxt > k + 1 or toks[k].w != "ورد" or k + 1 == len(toks) or toks[k + 1].w == "في":
            return nxt
        verb = "رد"  # "ورد نظيره الفرنسي بأن ...": not "it came in" but "and he replied"
    if direct is not None:
        # No subject after the verb: a fronted subject, or the previous speaker; after a
        # comma, a verb coordinated with the sentence's opening verb shares its subject
        # ("وتحدث الرئيس أمام البرلمان، وقال إن ...").
        subject = fronted
        spoke_named = None
        if subject is None and (spoke := spoke_then_said(toks, sa, k)) is not None and not any(
                st.a >= sa for st in raw):
            # "وتحدث مالك المحل، فلان، إلى صحيفة ... فقال إن": the one who spoke (its word
            # test first: the scan of ``raw`` grows with the document)
            subject, spoke_named = spoke
        if subject is None and k > sa + 1 and toks[k - 1].w in ("،", ",") and not any(
                st.a >= sa for st in raw) and (g := _gender(toks[k])) in ("m", "f"):
            subject = _main_subject(toks, sa, k, verb, feminine=g == "f", person=True)
        if subject is None and (but := _but_pronoun(toks, sa, k)) and not any(
                st.a >= sa for st in raw) and _declines(toks, sa, k):
            # "ولم تعلق قوات الدعم السريع على الاتهامات، لكنها قالت إن": the pronoun
            # points back to the subject of the sentence's first verb, when it agrees
            subject = _main_subject(toks, sa, but[0], verb, feminine=but[1])
        if subject is None and (they := they_after_but(toks, sa, k)) is not None and not any(
                st.a >= sa for st in raw):
            # (round ar185) "ورحب ناشطون بالاتفاق، لكنهم قالوا إن" (the token tests first:
            # the scan of ``raw`` grows with the document)
            subject = they
        end = _content_end(toks, direct, sb)
        named = None
        if subject is not None and subject[1] < k - 2 and toks[subject[1]].w in _COMMAS and (
                _fronted_name(toks, sa, k) == subject[1]):
            named = (subject[1] + 1, k - 1)  # a later "وإن" is the name's, as after the verb
        named = named or spoke_named
        raw.append(_Stmt(direct, end, subject, inherit=subject is None, named=named))
        return end
    if j < sb and verb.startswith("طالب") and fronted is None and k > sa + 2 and toks[
            k - 1].w in _BUT_WITH_PRONOUN and toks[k - 2].w in _COMMAS and toks[
            j].w[:1] == "ب" and toks[j].w not in _NOT_DEMANDED:
        # '، لكنه طالب بـ"محاسبة ..."': the speaker before goes on with a demand, its
        # "بـ" words his own entry
        end = _content_end(toks, j, sb)
        raw.append(_Stmt(j, end, None, inherit=True))
        return end
    if j < sb and fronted is None and _joined_pledge(toks, sa, k, sb, verb, raw):
        # "أعلنت الحكومة توزيع ...، ووعدت برفع ساعات التغذية": a pledge or demand joined to
        # the sentence's reported verb shares its subject; its "بـ" words are that speaker's
        end = _content_end(toks, k + 1, sb)
        raw.append(_Stmt(k + 1, end, None, inherit=True))
        return end
    if verb in _PREP_VERBS and j < sb and toks[j].w == _PREP_VERBS[verb] and (
            verb in _CALL_PAST_VERBS):
        end = _content_end(toks, j, sb)
        raw.append(_Stmt(j, end, fronted, inherit=fronted is None))
        return end
    if j < sb and toks[j].w in _QUOTE_PAIRS and (fronted or verb in _OBJECT_VERBS
                                                 or verb in _QUOTE_VERBS) and not (
            fronted is None and (_quoted_subject(toks, j, sb)
                                 or _contrast_quoted_subject(toks, k, j, sb))):
        # 'اتهم "خلايا ..."': the quotation is the content. After a plain verb of
        # saying ('قال «...» في كلمة') the words end with the quotation.
        end = _content_end(toks, j, sb)
        if verb in _QUOTE_VERBS and not fronted:
            close = _QUOTE_PAIRS[toks[j].w]
            end = next((q + 1 for q in range(j + 1, end) if toks[q].w == close), end)
        raw.append(_Stmt(j, end, fronted, inherit=fronted is None))
        return end
    if j < sb and verb in _BI_VERBS and fronted is not None and _bi_content(toks[j]):
        # "وكانت مصادر طبية قد أفادت بإصابة 17": the subject came before the verb.
        end = _content_end(toks, j, sb)
        raw.append(_Stmt(j, end, fronted))
        return end
    if j < sb and fronted is None and (q := _fronted_bi_words(toks, k, sb, verb)):
        # "ولم تعلق قوات الدعم السريع ...، لكنها كانت قد توعدت ... بـ": the pronoun
        # after "but" is the subject of the sentence's first verb, as with "لكنها قالت"
        fronted = _but_kana_subject(toks, sa, k, verb, raw)
    if j < sb and fronted is not None and (q := _fronted_bi_words(toks, k, sb, verb)):
        # "وكانت المفوضية قد طالبت في آذار 2026 بالسماح ..."، "وكانت الحكومة قد تعهدت
        # بـ"...": the subject came before the verb, so the demand, pledge or threat is
        # its own, its "بـ" words at once or after a time or a medium
        end = _content_end(toks, q, sb)
        raw.append(_Stmt(q, end, fronted))
        return end
    if j < sb and verb in _OBJECT_VERBS and toks[j].w in _DEMONSTRATIVES:
        return k + 1  # "وأعلن ذلك مساء الاثنين": the object points back; no words follow
    if fronted is not None and j < sb and verb in _OBJECT_VERBS and toks[j].w in _QAD:
        # "وكانت هدنة مماثلة أعلنت في رمضان الماضي قد انهارت": "قد" opens the verb of
        # "كانت"; the speech verb between was a passive describing the subject
        return k + 1
    if j == k + 1 and k > sa + 1 and verb in _THREAT_VERBS and toks[k].w[:1] == "و" and (
            _threatened_act(toks, j, sb) == j):
        if any(st.a >= sa for st in raw):
            # "نفت الجماعة ذلك وتوعدت برد موجع": a threat coordinated after a report in
            # the same sentence, with its act at once, is the same subject's
            end = _content_end(toks, j, sb)
            raw.append(_Stmt(j, end, fronted, inherit=fronted is None))
            return end
        if (subject := _main_subject(toks, sa, k, verb, feminine=_gender(toks[k]) == "f")) and (
                toks[subject[0]].w.startswith("ال")):
            # "وقصف الجيش القرية وتوعد بمزيد من الضربات": so is a threat after an act,
            # when the sentence opens with the act's verb and a definite subject of its
            # gender; the act's object follows the subject and its nisba adjectives
            # ("الجيش الوطني الليبي القرية"; after a feminine head one, as "القرية" folds
            # like a feminine nisba: "الطائرات الإسرائيلية القرية"). (A head in construct,
            # "قوات الدعم السريع القرية", gives no end for the object and stays unread.)
            e, head = subject[0] + 1, toks[subject[0]].w
            feminine_head = head.endswith(_FEMININE_NOUN_ENDINGS)
            while e < subject[1] and e - subject[0] <= (1 if feminine_head else 2) and toks[
                    e].w.startswith("ال") and toks[e].w.endswith(
                    ("يه",) if feminine_head else _NISBA_M_ENDINGS):
                e += 1
            end = _content_end(toks, j, sb)
            raw.append(_Stmt(j, end, (subject[0], e)))
            return end
    if j < sb and verb in _OBJECT_VERBS and ((
            _NO_SUBJECT(toks[j]) and not _quoted_subject(toks, j, sb)) or (
            # "ودانت الوزارة الهجوم، وأعلنت إرسال قوة": an act's verbal noun at once after
            # a second verb is its object, the subject carried over
            j == k + 1 and _joined_after_comma(toks, sa, k) and toks[k].w[:1] == "و"
            and act_object_at(toks, j, sb)) or (
            _own_object(toks[j]) and _joined_after_comma(toks, sa, k)
            and any(st.a >= sa for st in raw)
            and not (j + 1 < sb and toks[j + 1].w in _COMP))):
        # "أعلن مقتل خمسة جنود": the object follows at once; the subject was named before.
        # So does a noun with the subject's pronoun after a second verb joined by "و"
        # when its sentence has reported before ("قالت الوزارة إن ...، وأكدت التزامها")
        end = _content_end(toks, j, sb)
        return _object_then_relative(toks, j, end, sb, fronted, raw)
    if fronted is not None and j < sb and verb in _OBJECT_VERBS and verb not in _THREAT_VERBS \
            and verb not in _CALL_VERBS and (toks[j].is_word or toks[j].is_digit) \
            and toks[j].w not in _COMP and (not _verb_form(toks[j], _VERBS) or (
                carried_masdar_at(toks, j, sb))) and (
                not toks[j].w.startswith("ب") or toks[j].w in _ROOT_B_MASDARS):
        # "وكانت فصائل المقاومة قد نعت الشهيدين": the subject came before the verb, so
        # the word after it is the object, not a second subject; a time before a
        # complementizer is not ("وكان المحافظ قد أعلن مطلع الشهر أن ..."). A count may
        # open the object ("وكانت الوزارة أحصت 46 قتيلا").
        q = _skip_adverbials(toks, j, sb)
        if j < q < sb - 1 and toks[q].w in _COMP:
            j = q + 1
        end = _content_end(toks, j, sb)
        if toks[j - 1].w in _COMP:
            raw.append(_Stmt(j, end, fronted))
            return end
        return _object_then_relative(toks, j, end, sb, fronted, raw)
    if fronted is not None and k + 1 < j < sb and toks[j - 1].w in _PUBLISHING and (
            toks[j].w in _PUBLISHERS) and (
            carried := _fronted_carrier(toks, j, sb)) is not None:
        # "لكن الجماعة زعمت في بيان نشرته وكالة موالية لها أن": the outlet that put the
        # statement out is no subject of the verb; the group before it speaks, and the
        # carrier has the same words, as after the verb's own subject
        c, carrier = carried
        end = _content_end(toks, c, sb)
        raw.append(_Stmt(c, end, fronted))
        raw.append(_Stmt(c, end, carrier, passed_on=True))
        return end
    sp_end = _speaker_end(toks, j, sb, prep=_PREP_VERBS.get(verb) or spoke_of_prep(verb))
    # "وقال أحد الناجين، ويدعى فلان، ...": the name in its aside is part of the speaker
    named_aside = _named_aside(toks, sp_end, sb, goes_on=not (
        verb.startswith("نقل") or verb in _ATTRIBUTING)) if sp_end > j else None
    if named_aside is not None:
        sp_end = named_aside[1]
    relays: list[tuple[int, int]] = []
    relay_named: dict[tuple[int, int], tuple[int, int]] = {}
    object_named: tuple[int, int] | None = None  # the name after a title, set off by commas
    m = _skip_adverbials(toks, _skip_relative(toks, sp_end, sb, (j, sp_end), raw), sb)
    relay_words = _RELAYING_FROM if verb.startswith("نقل") else _RELAYING_TO if (
        verb in _ATTRIBUTING) else V.RELAY_WORDS
    if verb.startswith("نقل") and (rel := _relative_at(toks, sp_end, sb)) is not None:
        # "نقلت وكالة سبأ التي يديرها الحوثيون عن مصدر عسكري قوله ان": the relay's "عن"
        # closes the clause that describes the agency, as a comma would, when the clause
        # has its verb and a definite subject before it ("التي تحدثت عن الهجوم" keeps it)
        m = next((r for r in range(rel + 3, m) if toks[r].w == "عن" and toks[
            r - 1].w.startswith("ال")), m)
    # "نقلا عن X" or, after نقل, "عن X": a second source.
    while m < sb and toks[m].w in relay_words and m + 1 < sb:
        r0 = m + 2 if toks[m].w == "نقلا" and m + 1 < sb and toks[m + 1].w == "عن" else m + 1
        r1 = _speaker_end(toks, r0, sb)
        if r1 <= r0:
            break
        # "عن مسؤول في الأمم المتحدة قوله إن": the source's body, up to "قوله", or up to
        # the comma of an aside before it ("عن ضابط في شرطة الأنبار، طلب عدم الكشف عن
        # اسمه، قوله إن")
        # "نقلت قناة عن مصدر في مستشفى الزاوية أن": or up to the verb's complementizer
        ends = _SAYING_NOUNS | _COMMAS if _aside_end(
            toks, next((r for r in range(r1, min(sb, r1 + 6)) if toks[r].w in _COMMAS), sb),
            sb) else _SAYING_NOUNS | _COMP if verb.startswith("نقل") else _SAYING_NOUNS
        if toks[m - 1].w in _COMMAS:
            ends = ends | _COMMAS  # "، نقلا عن مصدر في الوزارة، أن": the relay in commas
        r1 = _relayed_source_end(toks, r1, sb, ends)
        if verb.startswith("نقل") and r1 < sb and toks[r1].w not in _SAYING_NOUNS and (
                described := described_source_end(toks, r0, r1, sb)) is not None:
            r1 = described  # "عن امرأة وصلت إلى مستشفاها أمس، قولها": who she is, to "قولها"
        if (relay_aside := _named_aside(toks, r1, sb)) is not None:
            # "عن أحد الجيران، ويدعى فلان، قوله": the source named in its aside
            r1 = relay_aside[1]
            relay_named[(r0, r1)] = relay_aside
        relays.append((r0, r1))
        if r1 < sb and toks[r1].w in _COMMAS and (
                q := _apposed_name_end(toks, r1, sb)) is not None and q + 1 < sb and (
                toks[q + 1].w in _SAYING_NOUNS or toks[q + 1].w in _COMP):
            # "عن قائد المحور، العميد فلان، قوله إن ...، وإن": the name in commas is who a
            # second clause names, as after "قال" itself; the source is the title with
            # its name, as written ("عن قائمقام جمجمال، ريبوار حمه علي، ان")
            if _name_apposed(toks, r1 + 1, q):
                relays[-1] = (r0, q)
            relay_named[relays[-1]] = (r1 + 1, q)
        m = _skip_adverbials(toks, r1, sb)
    if m + 2 < sb and sp_end > j and toks[m].w in _OUTLET_PREPOSITIONS and (
            p := _skip_platform(toks, m, sb)) > m and p + 1 < sb and _verb_form(
            toks[p], _SAYING_PARTICIPLES) and (toks[p + 1].w in _COMP or toks[p + 1].w == ":"):
        m = p  # "وغرد السفير على حسابه في إكس قائلا إن": where it was posted, then the participle
    if m + 1 < sb and sp_end > j and _verb_form(toks[m], _SAYING_PARTICIPLES) and (
            toks[m + 1].w in _COMP or toks[m + 1].w == ":") and not object_before_saying(
            toks, verb, j, sp_end, m, sb):
        # "وغرد وزير الخارجية قائلا إن": the participle repeats the verb; not after an
        # object and a comma (round ar177: "ونفى الجيش علمه بالغارة، قائلا إنه ...")
        m += 1
    # 'وقال أحدهم، ويدعى فلان، "..."': a quotation after the comma, as after a colon
    # (not after a quotation the verb closes: '"..."، قال القائد، "..."' is read below)
    c = _comma_quote(toks, m, sb) if (sp_end > j or relays) and not (
        verb in _QUOTE_CLOSING and _quote_before(toks, sa, k)) else None
    if sp_end > j and (recalled := recalled_time(toks, verb, j, sb)):
        sp_end, c = recalled  # (round ar159) "ويتذكر فلان صيف 2012 حين ...: "...""
    if c is None:
        c = _content_start(toks, m, sb, max_skip=6)
    if c is None and sp_end > j:
        c = quote_after_topic(toks, m, sb)  # (round ar156) "عن الموسم الذي تأخر ...: "...""
    if c is None and sp_end > j and m > 0 and toks[m - 1].w in _COMMAS and (
            # (round ar188) a body's name in quotes ('، شركة "نجوم للمعارض"، في بيان إن'):
            # its two marks are part of the name
            (marks := name_quote_marks(toks, m, sb)) >= 0) and (
            q := next((r for r in range(m + 1, min(sb, m + 5 + marks + _rank_words(
                toks, m, m + 7) + (
                # round ar148: "عبد"، "بن" and the word after them are one word of the
                # name ("، العميد يحيى عبد الله بن صالح، في بيان إن")
                _links_in(toks, m + 1, min(sb, m + 9)))))
                       if not toks[r].is_word and not (marks and toks[r].w in _QUOTES)),
                      None)) is not None and toks[q].w in _COMMAS and (
            r := _past_medium_after_name(toks, q, sb)) > q + 1 and (
            r < sb and (toks[r].w in _COMP or toks[r].w == ":")):
        # "وقال المتحدث باسم الوزارة، حيدر الساعدي، في تصريح لوكالة الأنباء إن": the
        # name between commas, then the medium and the outlet it was given to; so a
        # description in commas and the outlet before a colon (round ar132: 'وقال فلان،
        # وهو من سكان البلدة، لشبكة محلية: "..."')
        c = _content_start(toks, r, sb, max_skip=0)
    if c is None and sp_end > j and sp_end + 1 < sb and toks[sp_end].w == "في" and toks[
            sp_end + 1].w.startswith(_MEDIA):
        # "قالت حكومة الولاية في بيان صدر عقب اجتماع مجلس وزرائها في كيسمايو مساء أمس
        # الأربعاء إن": the medium with who put it out, when and where, runs as long as
        # it does set off by commas ("، في بيان مصور بثته ظهر اليوم من أمام ...، إن")
        c = _content_start(toks, sp_end, sb, max_skip=_MEDIUM_REACH)
    if c is None and sp_end > j and _anonymity_aside(toks, m, sb):
        # "مسؤول طلب عدم الكشف عن اسمه لأنه غير مخول بالحديث للإعلام إن": the condition
        # and its reason may run past six words before the complementizer
        c = _content_start(toks, m, sb, max_skip=16)
    if c is not None and verb in _OBJECT_VERBS and sp_end > j and ((m < sb and _verb_form(
            toks[m], _VERBS) and any(toks[r].w in _OBJECT_NOUNS for r in range(j + 1, sp_end)))
                                                     or _relative_complementizer(toks, j, c)):
        # "أعلنت المديرية اعتقال أربعة أشخاص قالت إنهم ...", "نعى الحزب اثنين من عناصره
        # قال إنهما ...": that complementizer is the next verb's; the announced event or
        # the one mourned is the object
        c = None
    if sp_end == m and m < sb and toks[m].w == "في" and sp_end > j:
        # A long title: "وزير الداخلية في حكومة الوفاق الوطني فتحي باشاغا أن ...".
        # The speaker runs on to the complementizer when no verb comes between.
        far = c if c is not None else _content_start(toks, m, sb, max_skip=12)
        if far is None and m + 2 < sb and toks[m + 1].is_word:
            # "المتحدث باسم المنظمة في اليمن، في اتصال هاتفي مع ...، إن": the place,
            # then an aside before the complementizer; the title may go on after the
            # place ("... في اليمن العقيد الركن تركي المالكي، خلال لقاء مع ...، إن")
            e = next((r for r in range(m + 2, min(sb, m + 9)) if not toks[r].is_word), m + 2)
            q = _skip_adverbials(toks, e, sb)
            if q > e and q < sb and (toks[q].w in _COMP or toks[q].w == ":"):
                # (round ar168: or a colon before the quotation, as after a short title:
                # 'الباحث في الشأن ...، فلان الفلاني، لموقع "...": "..."')
                far = q + 1
        # (a colon ends the title as a complementizer does: "المتحدثة باسم المكتب في
        # جنيف: ...")
        if far is not None and (toks[far - 1].w in _COMP or toks[far - 1].w == ":") and not any(
                (_verb_form(toks[r], _VERBS) not in _NOT_SAYING_HERE
                 and toks[r - 1].w not in _BEFORE_MASDAR)
                or _verb_form(toks[r], _PARTICIPLES) for r in range(m, far - 1)):
            c, sp_end = far, far - 1
            # ... up to the outlet addressed ('السامعي لـ"العربية.نت" إن') or the medium
            # ("لجان المقاومة في الخرطوم في بيان على فيسبوك إن").
            # A comma closes it too ("مصدر طبي في مستشفى ...، طلب عدم ..."), and so does
            # the preposition of "على أن" (and of a warning's "من أن": "حذرت المنسقة في
            # اليمن من أن").
            sp_end = next((r for r in range(m, sp_end) if toks[r].w in _OUTLETS or toks[
                r].w in ("،", ",") or toks[r].w in _ANONYMITY or _medium_at(toks, r, sb)
                or (toks[r].w == "لم" and toks[r + 1].w in _ANONYMITY)
                or (toks[r].w in _TO_ON_FROM_FOLDED and toks[r + 1].w in _COMP)
                # "مصدر طبي في مستشفى الثورة للموقع إن": the site addressed, named again
                or (toks[r].w in _DEFINITE_OUTLETS and r + 1 == sp_end
                    and toks[r - 1].w not in _NAME_ADJECTIVES)), sp_end)
    # "في تصريحات نقلها التلفزيون": a second source for the same words.
    passed_on: list[tuple[int, int]] = []
    for r in range(sp_end, c if c is not None else m):
        if _verb_form(toks[r], _RELAY_VERBS) or (toks[r].w in _PUBLISHING and r + 1 < sb and (
                toks[r + 1].w in _PUBLISHERS or toks[r + 1].w.removeprefix("ال") in _PUBLISHERS)
                and _own_outlet(toks, r + 1, sb)):
            # (and the group's own outlet that published it: 'في بيان نشرته منصة "الزلاقة"
            # التابعة لها'; a news agency that printed a statement, "نشرته وكالة الأنباء",
            # adds nobody)
            r1 = _speaker_end(toks, r + 1, sb)
            # (whose outlet it is says nothing of who passed it on: "التابعة لها")
            r1 = next((q for q in range(r + 2, r1) if toks[q].w in _AFFILIATED), r1)
            if (carrier := carrier_outlet_end(toks, r + 1, sb)) > r + 1:
                r1 = min(r1, carrier)  # (round ar143) "نشره موقع مقرب منها ضلوعها"
            if r1 > r + 1:
                passed_on.append((r + 1, r1))
    speaker: tuple[int, int] | None = (j, sp_end) if sp_end > j else fronted
    if verb in _OBJECT_FIRST and sp_end > j + 1:
        s_end = _object_subject_end(toks, j, sp_end)
        if j < s_end < sp_end:
            speaker = (j, s_end)  # "ووصف الوزير الهجوم بأنه ...": the object is no speaker
    if verb in _OBJECT_FIRST and sp_end > j and speaker is not None and speaker[0] == j:
        told = next((r for r in range(j, sp_end) if _accusative_plural(toks[r]) and (
            r == j or toks[r - 1].w.endswith("ون"))), None)
        if told == j and all(toks[r].w.startswith("ال") for r in range(j, sp_end)):
            # "وأبلغ الصحفيين بأن ...": the ones told, in the accusative, are the object;
            # the subject is the verb's pronoun (the sentence's, else the last speaker)
            speaker = fronted
        elif told is not None and told > j:
            speaker = (j, told)  # "وأبلغ المسؤولون الصحفيين بأن": the nominative speaks
    if verb in _OBJECT_FIRST and fronted is not None and speaker is not None and speaker[0] == j:
        # "لكن مسؤولا محليا أبلغ وكالة شينخوا أن": the subject stands before the verb,
        # so all between the verb and the words is the one told (or the thing described)
        speaker = fronted
    if c is None and _cause_verb(verb) and (p := _cause_to(toks, j - 1, sb)) is not None:
        # "أرجعت الشركة العامة للكهرباء العجز الى "نقص ..."": the cause, after "إلى";
        # what is explained stands between the speaker and it
        c = p + 1
        s_end = _explained_start(toks, j, p)
        speaker = fronted if fronted is not None else (j, s_end) if s_end > j else None
    if c is None and verb in _CALL_VERBS and (p := _call_prep(toks, j, sb, verb)):
        # "ودعا المنسق المقيم للأمم المتحدة في السودان الأطراف المتحاربة إلى ...": the
        # call from its preposition; the subject is what comes before the addressee.
        c = p
        s_end = j if toks[j].w in _QUANTIFIERS else _object_subject_end(toks, j, p)
        if j < s_end and s_end >= p - 1 and toks[p - 1].w in _POST_QUANTIFIERS:
            # "ودعت الأطراف كافة إلى ضبط النفس": a quantifier after the noun marks the
            # ones called on; the caller was named before
            s_end = j
        if (r := _public_addressed(toks, j, s_end)) is not None:
            s_end = r  # (round ar154) "حذر الدفاع المدني الأهالي من": the public warned
        if (r := _addressee_start(toks, j, p)) is not None and (r > j or any(
                st.speaker is not None or st.inherit for st in raw)):
            # "ودعا الرئيس المجتمع الدولي إلى": the community is called on; at once after
            # the verb, with a report before, the caller is the speaker named there
            s_end = r
        if toks[j].w in _CALLED_PUBLIC and any(
                st.a > sa and (st.speaker is not None or st.inherit) for st in raw):
            # (round ar182) "وأحصى الدفاع المدني ...، وحذر الأهالي من": the public at once
            # after the verb, with a report before it in the sentence, is the one warned
            # or called on (a plural subject would let the verb stand singular too, but
            # the one who reported goes on); alone ("وحذر الأهالي من تفاقم الأزمة") the
            # public still speaks
            s_end = j
        if _accusative_plural(toks[j]) and len(toks[j].w) >= 7:
            # "ودعا المواطنين إلى ...": a sound plural in the oblique right after the verb
            # is the one called on (its subject would end in "ون"); the caller is the
            # verb's pronoun ("الأمين العام"، "اليمين" are too short to be such plurals)
            s_end = j
        if s_end + 2 < p and toks[s_end].w == "في" and toks[s_end + 1].is_word and not (
                toks[s_end + 1].w.startswith(_MEDIA) or toks[s_end + 1].w[2:].startswith(
                    _MEDIA)) and toks[s_end + 1].w not in _TIME_WORDS and toks[
                s_end + 2].is_word:
            s_end += 2  # the place in the title ("... في السودان", "بعثة ... في مالي")
        if s_end + 2 <= p and _envoy_post(toks, j, s_end, sb):
            s_end += 2  # the envoy's post ("... لدى اليمن")
        s_end = _call_name_end(toks, j, s_end, p)
        # "وكانت اللجنة قد حثت الأطراف المتنازعة في اجتماعها على": with the subject before
        # the verb, all that stands between it and the call is the addressee's
        speaker = fronted if fronted is not None else (j, s_end) if s_end > j else None
    if c is None and verb in _ABOUT_VERBS and sp_end > j and _about_event(toks, m, sb):
        c = m + 1  # "وأبلغت لجان محلية عن مقتل 9 مدنيين": the event reported, after "عن"
    if c is None and (sp_end > j or fronted is not None) and spoken_toll(toks, verb, m, sb):
        c = m + 1  # "وتحدث مصدر طبي لقناة "المسار" عن ثلاثة قتلى": the toll spoken of
    if c is None and figures_point_to(toks, verb, j, sp_end, m, sb):
        c = m + 1  # (round ar152) "وتشير بيانات الجمعية إلى مقتل 12 شخصا": the event
    if c is None and verb in _PREP_VERBS and m < sb and toks[m].w == _PREP_VERBS[verb]:
        c = m + 1  # "أشارت مصادر إلى وقوع اشتباكات"
        if verb in _CALL_VERBS:
            # "دعا الصدر أنصاره إلى الالتزام": the call with its preposition, said by
            # the subject, not by the addressee after it.
            c = m
            subject_end = _object_subject_end(toks, j, sb)
            if j < subject_end < sp_end:
                speaker = (j, subject_end)
    if c is None and verb in _OBJECT_VERBS and sp_end > j:
        if j < sb and toks[j].w.startswith("ب") and verb.startswith(
                _INFORMING_ANNOUNCING_STEMS) and toks[j].w not in _B_BODIES:
            return k + 1
        s_end = _object_subject_end(toks, j, sb)
        estimated = _estimated_object(toks, j, sb) if verb in _ESTIMATING else None
        if estimated is not None and estimated < sp_end:
            # round ar135: "ويقدر المكتب عدد الذين نزحوا ... بأكثر من ..."، "عدد
            # الفلسطينيين الذين هجروا": the relative belongs to the thing estimated
            s_end = estimated
        elif _relative_at(toks, sp_end, sb) is not None and not (
                s_end < sp_end and toks[s_end].w in _DENIED_HEADS):
            # "نفى المتحدث باسم الجيش، الذي ...": the whole phrase (not when the object
            # opens before the relative: "نفى الجيش أي صلة له بالضربة التي استهدفت ...")
            s_end = sp_end
        elif estimated is not None:
            s_end = estimated  # "ويقدر المكتب الإعلامي للبلدية عدد النازحين بنحو ..."
        elif verb in _HOLDING_VERBS and (d := _blamer_end(toks, j, sb)) is not None:
            s_end = d  # "وحملت لجان مقاومة شرق الجزيرة قوات الدعم السريع مسؤولية ..."
        elif verb in _HOLDING_VERBS and (d := _blamed_start(toks, j, sb)) is not None:
            s_end = d  # "وحمل مسؤول تنظيمات الحزب في خانقين الحكومة الاتحادية المسؤولية"
        elif s_end < sp_end and sp_end + 2 < sb and toks[sp_end].w in _COMMAS and toks[
                sp_end + 1].w == "في" and toks[sp_end + 2].w.startswith(_MEDIA_OR_TALLY):
            # "أعلنت جماعة نصرة الإسلام والمسلمين، في بيان ...، مسؤوليتها": the medium in
            # commas closes the subject; the object comes after it
            s_end = sp_end
        elif s_end < sp_end < sb and toks[sp_end].w in _OUTLET_PREPOSITIONS and (
                q := _skip_adverbials(toks, sp_end, sb)) > sp_end and q < sb and toks[
                q].w in _OBJECT_NOUNS and not any(
                toks[r].w in _OBJECT_NOUNS for r in range(s_end, sp_end)):
            # "أعلن المركز الإعلامي لغرفة عمليات الكرامة عبر صفحته على فيسبوك مقتل ...":
            # with the medium between, the announced event marks where the object starts
            s_end = sp_end
        if s_end < sp_end < sb and (p := _title_comma(toks, sp_end, sb)) is not None and (
                q := _apposed_name_end(toks, p, sb)) is not None and q + 1 < sb and (
                # (round ar173) "، اللواء فلان، مساء الخميس، اعتقال ...": past a time or
                # a medium in commas after the name
                o := object_after_name(toks, q, sb)) < sb and (
                toks[o].w in _OBJECT_NOUNS or _masdar(toks[o]) or _addressed_then_words(
                    toks, verb, o, sb)) and not _verb_form(
                toks[o], _PARTICIPLES) and not any(
                toks[r].w in _OBJECT_NOUNS or _bi_content(toks[r]) for r in range(j, p)):
            # "ونفى قائد شرطة المدينة، العميد فلان، وجود ...": the title, then the name in
            # commas, then the object; the name is who a later participle points back to
            # (the one accused or called on may be the object: "اتهم ...، العقيد فلان،
            # الحوثيين بـ...")
            s_end, object_named = q, (p + 1, q)
        elif (apposed := _name_then_apposition(toks, j, s_end, sb)) is not None:
            # "وأكد الطبيب فلان، العامل في مستشفى ...، استقبال ...": the name after the
            # title and what he is, in commas, belong to the subject; the object follows
            s_end, object_named = apposed
        speaker = (j, s_end)
        c = _skip_adverbials(toks, _skip_relative(toks, s_end, sb, speaker, raw), sb)
        if c < sb and toks[c].w in _OUTLETS and c > j:
            # "نفى مصدر عسكري لوكالة الأنباء السعودية صحة هذه المزاعم": the outlet
            # addressed before the object is no part of it
            c = _skip_adverbials(toks, _outlet_name_end(toks, c + 1, sb), sb)
        if verb in _THREAT_VERBS:
            c0, c = c, _threatened_act(toks, c, sb, verb=verb)
            if c is None:
                return k + 1
            if s_end == c0 and threat_place_subject(toks, c0, c, sb):
                speaker = (j, c)  # "هدد معلمون في محافظة الوادي بالتوقف": with their place
        if c < sb and toks[c].w in ("عن",) and verb.startswith("كشف"):
            c += 1
            if c < sb and toks[c].w in _UNSTATED:
                return k + 1  # "كشف التحقيق عن سبب الحريق": the cause is not given
        if m < sb and toks[m].w.startswith("ب") and toks[m].w != "بينما" and m >= s_end and (
                verb in _BI_VERBS):
            c = m  # "أفادت مصادر يمنية، الاثنين، بمقتل ..."
        elif verb in _BI_VERBS and c < sb and not toks[c].w.startswith("ب") and (
                bi := next((r for r in range(c + 1, min(sb, c + 5))
                            if toks[r].w.startswith("ب") and toks[r].w != "بينما" and (
                                len(toks[r].w) > 1 or (
                                r + 1 < sb and toks[r + 1].w in _QUOTES))), None)) \
                and all(toks[r].is_word and toks[r].w not in _COMP and toks[r].w not in _STOPS
                        and not _verb_form(toks[r], _VERBS) for r in range(c, bi)):
            c = bi  # "وطالب أعضاء المجلس جميع الأطراف بـ...": past the one addressed
            if verb.startswith("طالب") and (c == s_end + 2 or toks[c - 1].w.startswith("ال")):
                # "وطالب وزير الخارجية رياض المالكي بتشكيل ...", "وطالب المندوب رياض
                # منصور المجلس بتوفير ...": the demander's name, as a caller's
                s_end = _call_name_end(toks, j, s_end, c if c == s_end + 2 else c - 1)
                speaker = (j, s_end)
        elif verb in _BI_VERBS and c < sb and toks[c].w == "في":
            # "أفاد مراسل القناة في حمص بسقوط ...": the place belongs to the speaker.
            b = next((r for r in range(c + 2, min(sb, c + 5))
                      if toks[r].w.startswith("ب") and not toks[r].w.startswith("بال")), None)
            if b is not None and all(toks[r].is_word and not _verb_form(toks[r], _VERBS)
                                     for r in range(c, b)):
                speaker, c = (j, b), b
        if approved_act(toks, verb, c, sb):
            return k + 1  # (round ar168) "أقر مجلس الوزراء في جلسته إحالة ...": approved
    if c is None and verb in _QUOTE_CLOSING and sp_end > j and (
            quote := _quote_before(toks, sa, k)) and _reported_quote(toks, quote[0], j,
                                                                     sp_end, verb):
        # '"لن نتراجع عن مواقفنا"، قال القائد الميداني.': the verb after its quotation
        sp_end = _closing_place(toks, sp_end, sb, medium=True)
        # '"الخط الأحمر"، أوضح التقرير معناه': a word that may be the verb's own object;
        # whether it is depends on its original ending, read when the text is at hand
        obj = next((r for r in range(j + 1, sp_end) if _object_pronoun_word(toks[r])
                    and toks[r - 1].w.startswith("ال")), None)
        raw.append(_Stmt(quote[0], quote[1], (j, sp_end), pronoun_object=obj))
        rest = _quote_after(toks, sp_end, sb)
        if rest is None:
            return sp_end
        # '"..."، قال قائد الفوج، "...".': the quotation goes on after its attribution
        raw.append(_Stmt(rest[0], rest[1], (j, sp_end), pronoun_object=obj))
        return rest[1]
    if c is None or c >= sb:
        return k + 1
    if speaker == (j, sp_end) and not relays and (n := next((
            r for r in range(j + 1, sp_end - 2) if toks[r].w == "نقلا"
            and toks[r + 1].w == "عن"), None)) is not None:
        # "وأفاد مراسلنا في مقديشو نقلا عن شهود عيان بأن": the place ran the title on to
        # the complementizer; the source after "نقلا عن" is a second speaker
        speaker, relays = (j, n), [(n + 2, sp_end)]
    if speaker is None and relays and verb.startswith("نقل") and j == k + 1 and (
            outlet := _relaying_pronoun(toks, k, raw)) is not None:
        # round ar148: "وقالت الوكالة إن ... . ونقلت عن أحد السكان قوله إن": the verb's
        # pronoun is the speaker just before, of its gender, who passes the words on; both
        # give them, as after "ونقلت الشبكة عن"
        speaker = outlet
    if speaker is None and relays:
        speaker, relays = relays[0], relays[1:]
    if speaker is not None and (_addressed_after_comma(toks, sa, k, verb, speaker, c, raw)
                                or _warned_after_comma(toks, sa, k, verb, speaker, c, raw)):
        # "قالت الحكومة إن ...، وطالبت مجلس الأمن بعقد جلسة": the council is called on;
        # the caller is the subject named before (the sentence's, else the last speaker)
        g = _gender(toks[k])
        speaker = None if any(st.a >= sa for st in raw) or g not in ("m", "f") else (
            _main_subject(toks, _past_also(toks, sa), k, verb, feminine=g == "f"))
        if speaker is not None and _verb_form(toks[speaker[0] - 1], _BI_OBJECT_VERBS):
            # "رحبت الوزارة القطرية بوقف إطلاق النار، وحثت ...": the welcomed is no subject
            speaker = (speaker[0], next((r for r in range(speaker[0] + 1, speaker[1])
                                         if toks[r].w.startswith("ب")), speaker[1]))
    if speaker is None and passed_on:
        speaker, passed_on = passed_on[0], passed_on[1:]
    if speaker == (j, c) and verb in _OBJECT_VERBS and c + 1 < sb and toks[c].w.startswith(
            "لل") and toks[c + 1].w in _COMMAS and (
                _apposed_name_end(toks, c + 1, min(sb, c + 8)) is not None):
        # "واتهم المدير العام للمستشفى، سامر خليل، قوات الأمن بـ": the title's own "لل"
        # noun, then the name in commas; the object follows the name
        sp_end = c + 1
        speaker, c = (j, sp_end), sp_end + 1
    if speaker is not None and speaker[0] == j and speaker[1] == c - 1 and toks[
            c - 1].w in _COMMAS and toks[c].w not in _AFFILIATED and not any(
            toks[r].w in _COMMAS for r in range(j, speaker[1])):
        # (a title that runs on past a place, "... في ولاية الجزيرة،", ends at its comma;
        # one that holds its name already has its object after it, and "، التابعة لـ"
        # is what the body is, no name)
        sp_end = speaker[1]
    if speaker == (j, sp_end) and c == sp_end + 1 and toks[sp_end].w in _COMMAS and (
            q := _apposed_name_end(toks, sp_end, min(sb, sp_end + 7))) is not None and (
            # (round ar173: or past a time or a medium in commas after the name)
            (o := object_after_name(toks, q, sb)) < sb and (toks[o].w in _TO_ON_FOLDED or (
                toks[o].w.startswith("ب") and len(toks[o].w) > 2) or (
                verb in _OBJECT_VERBS and toks[o].is_word and toks[o].w not in _COMP
                and not _verb_form(toks[o], _VERBS)) or (
                # (round ar185) or a quoted name of the accused ('، فلان، "كتيبة ..." بـ')
                verb in _OBJECT_VERBS and toks[o].w in _QUOTE_PAIRS and o + 1 < sb
                and toks[o + 1].is_word))):
        # "وتعهد المتحدث باسم الشرطة، نبيل حداد، بملاحقة ..."، "ودعا المحافظ، علي سالم،
        # إلى التهدئة": the name in commas, then the pledge's, demand's or call's
        # preposition; the words start there and the name is the later mention's. So
        # does the object of an accusing or announcing verb ("واتهم رئيس البلدية، سامر
        # خليل، قوات الأمن بـ ...")
        c = o
    if speaker is not None and speaker[0] == j and verb.startswith(_DEMAND_APPEAL_STEMS) and (
            _addressee_start(toks, j, c) == j or _feminine_body_after_masculine(toks, k, j)
    ) and any(st.speaker is not None or st.inherit for st in raw):
        # "وقال الوزير إن ... . وطالب المجتمع الدولي بالتحرك": the ones usually called on,
        # at once after a demand, are its addressee, as after "دعا"; the one who demands
        # was named before
        speaker = fronted
    end = _content_end(toks, c, sb)
    if end <= c:
        return k + 1
    named = object_named if speaker is not None and speaker[1] > speaker[0] + 1 else None
    if named_aside is not None and speaker == (j, sp_end):
        named = named_aside  # a later "وأضاف" or participle points back to the name
    elif speaker == (j, sp_end) and (after_rel := name_after_relative(toks, sp_end, c, sb)):
        speaker = named = after_rel  # round ar111: "المتحدث باسم القوات التي ...، فلان، إن"
    elif speaker == (j, sp_end) and c - 1 > sp_end and toks[c - 1].w == ":" and (
            q := _apposed_name_end(toks, sp_end, c, colon=True)) == c - 1 and _name_apposed(
            toks, sp_end + 1, q) and not any(
            toks[r].w in _CLAUSE_BREAK_WORDS for r in range(sp_end + 1, q)):
        # 'ويقول أمين المتحف، الدكتور فلان الفلاني: "..."': the name closed by the colon
        # is who speaks, as when a comma closes it before "إن"
        speaker, named = (j, q), (sp_end + 1, q)
    elif speaker == (j, sp_end) and (q := _apposed_name_end(toks, sp_end, c)) is not None:
        named = (sp_end + 1, q)
        if _apposition_closes(toks, q, c) and (
                (sp_end == j + 1 and toks[j].w.startswith("ال")) or _name_apposed(
                    toks, sp_end + 1, q)):
            # "وأوضح المسؤول، أحمد الشيخ، أن": a title of one definite word names no
            # office of its own; the name in commas is who speaks, and the speaker is the
            # whole phrase, as written. So is a longer title's ("وقال رئيس الاتحاد، عوض
            # الكريم النور، إن"): the name is the person the title belongs to
            speaker = (j, q)
        if (toks[sp_end + 1].w in _OFFICES or toks[sp_end + 1].w in _APPOSED_DESCRIPTIONS) and (
                toks[j].w not in _OFFICES) and sp_end - j >= 2:
            # "وقال الطبيب عمر الفاضل، مدير مستشفى سنجة، إن": the name came first and the
            # office between the commas; a later mention is the name (without the title
            # before it: "الطبيب"، "العميد"). So with who he is by what he owns or by kin
            # ("ويقول عمر بن سميط، صاحب محل ...، ان ...، وان ...")
            named = (j + 1 if toks[j].w.startswith("ال") and not toks[
                j + 1].w.startswith("ال") and sp_end - j >= 3 else j, sp_end)
    elif speaker == (j, sp_end) and sp_end + 2 < c and toks[sp_end].w in _COMMAS and toks[
            sp_end + 1].w in _NAMED_AS and (q := next((
                r for r in range(sp_end + 2, min(c, sp_end + 7)) if not toks[r].is_word),
                None)) is not None and q > sp_end + 2 and toks[q].w in _COMMAS:
        # "وقال الضابط، ويدعى محمد علي، إن ...": the name given after "ويدعى" is the
        # one a later participle or pronoun verb points back to
        named = (sp_end + 2, q)
    rel = _relative_saying(toks, c, end) if verb in _OBJECT_VERBS and toks[
        c - 1].w not in _COMP and toks[c - 1].w != ":" else None
    raw.append(_Stmt(c, end if rel is None else _before_relative(toks, rel), speaker,
                     inherit=speaker is None, named=named))
    # "ذكرت الشبكة نقلا عن مصادر طبية أن ...، مضيفة أن": the participle is the network's;
    # the source after "نقلا عن" holds its own clause only. After the verb "نقل عن" the
    # source is the one quoted, and speaks on ("نقلت الوكالة عن مصدر قوله ...، مضيفا").
    relayed = speaker is not None and not verb.startswith("نقل")
    carrier = speaker if speaker is not None and verb.startswith("نقل") and any(
        toks[r].w in _SAYING_NOUNS for r in range(max(j, c - 3), c)) else None
    for r in relays:
        raw.append(_Stmt(c, end, r, passed_on=relayed, relayed=relayed,
                         named=relay_named.get(r), carrier=carrier,
                         quoted_by=None if relayed or speaker is None else (*speaker, k)))
    for r in passed_on:
        raw.append(_Stmt(c, end, r, passed_on=True))
    if rel is not None:
        # "... قال إنهما قتلا ...": the relative's words, the same speaker's
        end = _content_end(toks, rel + 2, sb)
        raw.append(_Stmt(rel + 2, end, speaker, inherit=speaker is None))
    return end
