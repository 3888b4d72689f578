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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, count
from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word, stems
from .statement_adjuncts import (
    _ANONYMITY,
    _BEFORE_MASDAR,
    _COMP,
    _OUTLETS,
    _QUOTES,
    _REL_TIME,
    _SAYING_NOUNS,
    _addressee_start,
    _anonymity_aside,
    _aside_end,
    _content_start,
    _dual_org_head,
    _foresees_noun,
)
from .statement_content_end import (
    _BLAMING_PARTICIPLES,
    _BUT_WITH_PRONOUN,
    _CALLED_ON,
    _CONDEMNING,
    _DOCUMENT_HEADS,
    _ESTIMATING,
    _NEW_CLAUSE,
    _NOT_DEMANDED,
    _PRESENT_CALLS,
    _QUOTE_PAIRS,
    _accused_in_relative,
    _before_relative,
    _blamed_start,
    _blamer_end,
    _blames,
    _considered_quote,
    _content_end,
    _document_demand,
    _estimate_by_source,
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
from .statement_headline import (
    _CAUSE_FOR,
    _HEADLINE_SPEAKERS,
    _KANA_FORMS,
    _STOP_WORDS,
    _after_live_label,
    _agreeing_subject,
    _headline,
    _named_headline,
    _quoted_headline,
    _speaks_in_body,
)
from .statement_object_subject import (
    _COMMAS,
    _fronted_carrier,
    _name_then_apposition,
    _object_subject_end,
)
from .statement_output import _dateline, _emit
from .statement_paragraphs import (
    _closing_medium,
    _join_wrapped,
    _open_line_end,
    _quote_sentences,
    _quoted_condemnation,
    _transcript_line,
)
from .statement_shared import (
    _ACCUSES_THEM,
    _CONSIDERED_IT,
    _CONTAINED_IN,
    _DAMMA,
    _MEDIA,
    _MEDIA_OR_TALLY,
    _NEGATIONS,
    _NO_SUBJECT,
    _OBJECT_NOUNS,
    _OFFICES,
    _ORG_HEADS,
    _PARTICIPLES,
    _PRESENT_DEMANDS,
    _RELAY_VERBS,
    _SOURCE_HEADS,
    _VERBS,
    _WAW_ROOTED,
    _WORDS_OF,
    _attr_form,
    _bi_content,
    _gender,
    _initial_head,
    _insert,
    _masdar,
    _medium_at,
    _negated,
    _own_object,
    _passive,
    _pronoun_verb,
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
    _RANK_MODIFIER_PAIRS,
    _RANK_MODIFIERS,
    _READERS,
    _REL,
    _STOPS,
    _TEXT,
    _TIME_WORDS,
    _WEEKDAYS,
    _closing_place,
    _envoy_post,
    _imams_as_written,
    _names_hidden_by_folding,
    _past_listener,
    _skip_adverbials,
    _skip_platform,
    _speaker_end,
)
from .tokens import Token, analyse, bare_token, document_sentences, is_end

_CALL_VERBS = fold_set(V.CALL_VERBS)
_ADDRESSING_VERBS = fold_set(V.ADDRESSING_VERBS)
_ACCUSING_VERBS = fold_set(("اتهم", "اتهمت", "اتهموا"))
_ROOT_B_MASDARS = fold_set(V.ROOT_B_MASDARS)
_B_BODIES = fold_set(V.B_BODY_HEADS)
_SECOND_VERB_CALLS = fold_set(V.PRESENT_CALL_VERBS)
_QUOTED_OBJECT_PARTICIPLES = {fold_word(k): fold_word(v)
                              for k, v in V.QUOTED_OBJECT_PARTICIPLES.items()}
_BI_OBJECT_VERBS = fold_set(V.BI_OBJECT_VERBS)
_CALL_PARTICIPLES = {fold_word(k): fold_word(v) for k, v in V.CALL_PARTICIPLES.items()}
_MASDAR_PREPOSITIONS = fold_set(V.MASDAR_OBJECT_PREPOSITIONS)
_WARNING_PARTICIPLES = {fold_word(k): fold_word(v) for k, v in V.WARNING_PARTICIPLES.items()}
_CALLED_MAX = V.CALLED_MAX_WORDS
_QUOTE_VERBS = fold_set(V.QUOTE_VERBS)
_QUOTE_CLOSING = fold_set(V.QUOTE_CLOSING_VERBS)
# Replying, which may be done by an act ("رد المسلحون بقصف البلدة") as well as in words.
_REPLY_VERBS = fold_set(("رد", "ردت", "ردوا"))
# "باسم" links a title to what it speaks for ("المتحدث باسم الجيش"): no act.
_SPEAKS_FOR = fold_set(("باسم",))
# "قائلا" / "قائلة": the participle of saying itself, which may repeat the verb before it.
_SAYING_PARTICIPLES = fold_set(V.SAYING_PARTICIPLES)
_POINTING_PARTICIPLES = fold_set(V.POINTING_PARTICIPLES)
_THREAT_PARTICIPLES = fold_set(V.THREAT_PARTICIPLES)
_DEMAND_PARTICIPLES = fold_set(V.DEMAND_PARTICIPLES)
_OBJECT_PARTICIPLES = fold_set(V.OBJECT_PARTICIPLES)
_ACCUSING_PARTICIPLES = fold_set(V.ACCUSING_PARTICIPLES)
_DESCRIBING_PARTICIPLES = fold_set(V.DESCRIBING_PARTICIPLES)
_DESCRIBED_MAX = V.DESCRIBED_MAX_WORDS
_BI_VERBS = fold_set(V.BI_VERBS)
_HOLDING_VERBS = fold_set(("حمل", "حملت", "حملوا"))
_PRESENT_SAYING = fold_set(("يقول", "تقول", "يقولون", "يقولان", "تقولان"))
_PUBLISHING = fold_set(("نشرته", "نشرتها", "نشره", "نشرها", "بثته", "بثه", "بثتها", "بثها"))
_WORDS_OF_OPENERS = tuple(fold_set((w,)).__iter__().__next__() for w in V.WORDS_OF_OPENERS)
_TURN_OPENERS = frozenset(tuple(fold_word(w) for w in p.split()) for p in V.TURN_OPENERS)
_OBJECT_PRONOUN_ENDINGS = ("اه", "ها", "هم", "هما")
# the article, prepositions and conjunctions glued to a word, and the emphatics
_NO_OBJECT_STARTS = ("ال", "ب", "ل", "ك", "و", "ف", *fold_set(V.EMPHATIC_STEMS))
_POST_QUANTIFIERS = fold_set(V.POST_QUANTIFIERS)
_COUNT_NOUNS = fold_set(V.COUNT_NOUNS)
_ESTIMATES = fold_set(V.ESTIMATE_NOUNS)
_LEGAL_TEXTS = fold_set(V.LEGAL_TEXTS)
_OBJECT_FIRST = fold_set(V.OBJECT_FIRST_VERBS)
_ATTRIBUTING = fold_set(V.ATTRIBUTING_VERBS)
_OPENERS = fold_set(V.FRONTED_SUBJECT_OPENERS)
_AUTHORITY_HEADS = fold_set(V.AUTHORITY_HEADS)
_PAGE_HEADS = fold_set(V.PAGE_HEADS)
_ISSUING_VERBS = fold_set(V.ISSUING_VERBS)
_SOURCE_ASIDES = fold_set(V.SOURCE_ASIDE_VERBS)
_UNSTATED = fold_set(V.UNSTATED_OBJECTS)
# Verbs whose content may be a plain object, without a complementizer.
_OBJECT_VERBS = fold_set(V.OBJECT_VERBS)
_QAD = frozenset(("قد", "لقد"))
_CLOSED_CLAUSE_OPENERS = fold_set(V.CLOSED_CLAUSE_OPENERS)
# Threats are words only with the threatened act after بـ ("توعد الحوثيون بالرد"); with a
# plain object they are acts ("هدد القصف حياة المدنيين").
_THREAT_VERBS = fold_set(V.THREAT_VERBS)
_CLOSING_VERBS = fold_set(V.CLOSING_VERBS)
_SAYING_MASDARS = fold_set(V.SAYING_MASDARS)
_RULING = fold_set(V.RULING_VERBS)
# (led by the literal line break, so the search scans for it in C; the first line apart)
# A host's label may name the outlet that asks, in brackets ("سؤال (قناة العربية):").
_HOST_LABEL = "(?:" + "|".join(V.TRANSCRIPT_HOSTS) + r") ?(?:\([^()\n]{1,40}\) ?)?:"
_HOST_LINE = re.compile("\n" + _HOST_LABEL)
_HOST_FIRST = re.compile(_HOST_LABEL)
_COURTS = fold_set(V.COURT_SUBJECTS)
_NAMED_AS = fold_set(tuple("و" + w for w in V.NAMING_WORDS if w.startswith(("ي", "ت"))))
_RANK_PAIR_WORDS = frozenset(w for p in _RANK_MODIFIER_PAIRS for w in p)
_MEDIUM_RESUMPTIVES = fold_set(V.MEDIUM_RESUMPTIVES)
_ABOUT_VERBS = fold_set(V.ABOUT_VERBS)
_REPORTED_EVENTS = fold_set(V.REPORTED_EVENTS)


def find_statements_ar(text: str) -> list[dict[str, Any]]:
    folded, toks = analyse(text)
    if "إمام" in text:
        toks = _imams_as_written(folded, toks)
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
    for sa, sb in sents:
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
        if condemns:
            _quoted_condemnation(toks, sa, sb, raw)
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


# ... and share a few roots, which a text must hold for one to be there
_CLOSER_ROOTS = ("نشر", "اصدر", "اورد", "بث", "نقل", "وزع")


# The roots of the verbs of condemning, which a text must hold for one to be there
_CONDEMNING_ROOTS = ("دان", "ندد", "استنكر", "شجب")


# --- sentence ------------------------------------------------------------------------


_NO_ROLE = (None, None, None, False, None)
_DENYING = fold_set(("نافيا", "نافية", "نافين"))  # "، نافيا ما أوردته وسائل الإعلام"
# Verbs of a result whose preposition ("عن"، "إلى") may follow a source set between:
# "وأسفرت بحسب الدفاع المدني عن استشهاد 27 شخصا"
_RESULT_VERBS = fold_set(tuple(p + v for p in ("", "و") for v in (
    "أسفر", "أسفرت", "أدى", "أدت", "أفضى", "أفضت")))


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
        if verb in _ACCUSES_THEM:
            nxt = _accused_in_relative(toks, sa, sb, k, raw)
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
        if verb in _RULING and not _court_holding(toks, k, sb):
            k += 1
            continue  # "قضى 3 أشخاص", "قضت المحكمة بسجن ...": no court, or no words
        if verb == "بين" and not _bayyana(toks, sa, sb, k):
            k += 1
            continue
        if verb in _ESTIMATING and not _estimate_by_source(toks, sa, sb, k):
            k += 1
            continue  # "خسائر قدرت بأكثر من ..."، "يقدر عددهم بنحو ...": passive, no source
        if verb and (w := _what_closes(toks, sa, sb, k)) is not None:
            # "...، على ما أفاد مصدر طبي"، "...، كما قال مسؤول محلي": a form of "according
            # to" closing the sentence, read as "بحسب ما أفاد"
            nxt = _attribution(toks, sa, sb, w, seg_start, raw)
            if nxt > k:
                seg_start = k = nxt
                continue
        if verb and not _not_speech(toks, sa, k):
            before = len(raw)
            nxt = _speech_verb(toks, sa, sb, k, verb, raw)
            if len(raw) > before:
                raw[before].verb = k
                if _initial_head(toks[sa].w) != toks[sa].w:
                    for st in raw[before:]:
                        if st.speaker is not None and st.speaker[0] == sa:
                            st.waw = True  # "والمرصد قال إن": the sentence's "و"
                if verb in _OBJECT_VERBS:
                    _split_gapped(toks, raw, before)
                _nested(toks, raw, before)
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
            if c is not None and all(toks[r].is_word and toks[r].w not in _COMP and not (
                    _verb_form(toks[r], _VERBS)) for r in range(k + 1, c)):
                end = _content_end(toks, c, sb)
                # 'ونددت البعثة بـ"..."، داعية إلى': after a verb that reported nothing
                # in its sentence, the caller is that verb's subject, as for a demand
                subject = _main_subject(toks, sa, k, participle) if len(
                    raw) == start_count and toks[k - 1].w in _COMMAS else None
                raw.append(_Stmt(c, end, subject, inherit=subject is None))
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
        if participle and k > sa and participle in _DEMAND_PARTICIPLES and toks[k - 1].w in (
                "،", ","):
            # "ودان النائب العدوان، مطالبا الدولة بتقديم شكوى": the demand, from its ب on,
            # by the subject of the sentence's verb when nothing was reported before it
            c = next((r for r in range(k + 1, min(sb, k + 5)) if toks[r].w.startswith("ب")
                      and (len(toks[r].w) > 2 or (r + 1 < sb and toks[r + 1].w in _QUOTES))),
                     None)
            if c is not None and all(toks[r].is_word for r in range(k + 1, c)):
                end = _content_end(toks, c, sb)
                subject = _main_subject(toks, sa, k, participle) if len(
                    raw) == start_count else None
                raw.append(_Stmt(c, end, subject, inherit=subject is None))
                k = seg_start = end
                continue
        if participle and k > sa and participle in _ACCUSING_PARTICIPLES and k + 3 < sb and (
                toks[k + 1].w in _QUOTES) and (close := next((r for r in range(
                    k + 2, min(sb - 1, k + 9)) if toks[r].w in _QUOTES), None)) is not None and (
                toks[close + 1].w.startswith("ب") and len(toks[close + 1].w) > 2) and all(
                toks[r].is_word for r in range(k + 2, close)):
            # '، متهمة "الجيش والقوة المشتركة" بإطلاق القذائف': the one accused in quotes,
            # then the charge after ب
            k = seg_start = _accusation(toks, sa, sb, k, raw, start_count, participle)
            continue
        if participle and k > sa and participle in _ACCUSING_PARTICIPLES and k + 2 < sb and (
                toks[k + 1].is_word and toks[k + 1].w not in _COMP):
            # "، متهما الشبكة بـ"تضخيم الأرقام"": the one accused, then the charge after ب
            c = next((r for r in range(k + 2, min(sb, k + 5)) if toks[r].w.startswith("ب")
                      and (len(toks[r].w) > 2 or (r + 1 < sb and toks[r + 1].w in _QUOTES))),
                     None)
            if c is not None and all(toks[r].is_word for r in range(k + 1, c)):
                k = seg_start = _accusation(toks, sa, sb, k, raw, start_count, participle)
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
                _COMP) and toks[k + 1].w not in ("علي", "الي", "ان") and (_masdar(toks[k + 1]) or (
                    _definite_masdar_with_preposition(toks, k + 1, sb)) or (
                    participle in _DENYING and toks[k + 1].w == "ما" and k + 2 < sb and toks[
                        k + 2].is_word and not toks[k + 2].w.startswith("ال"))) and (
                toks[k + 1].w not in _DEMONSTRATIVES):
            # "، مؤكدا مقتل 27 من المهاجمين": what was confirmed or announced is the
            # participle's object, a verbal noun, as after "أكد" / "أعلن"
            end = _content_end(toks, k + 1, sb)
            raw.append(_Stmt(k + 1, end, None, inherit=True))
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
                    subject = reply
                raw.append(_Stmt(c, end, subject, inherit=subject is None))
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
                raw.extend(_second_clause(raw, start_count, k + 1, end))
                k = end
                continue
        if attr in _WORDS_OF and not _words_of(toks, sa, k):
            k += 1
            continue  # "قول" outside "على حد قول": a plain noun
        if attr:
            nxt = _attribution(toks, sa, sb, k, seg_start, raw,
                               opener=k - 2 if attr in _WORDS_OF else None)
            if nxt > k:
                seg_start = nxt
                k = nxt
                continue
        k += 1


def _accusation(toks: list[Token], sa: int, sb: int, k: int, raw: list[_Stmt],
                start_count: int, participle: str) -> int:
    """Add what an accusing participle at ``k`` says (the one accused and the charge,
    from ``k + 1``) and return where it ends. "وأدان المحافظ الهجوم، متهما المتمردين
    بـ...": after a comma, and with nothing reported before it in the sentence, the
    accuser is the subject of the sentence's verb, as a demand's is."""
    end = _content_end(toks, k + 1, sb)
    subject = _main_subject(toks, sa, k, participle) if len(
        raw) == start_count and toks[k - 1].w in _COMMAS else None
    raw.append(_Stmt(k + 1, end, subject, inherit=subject is None))
    return end


def _definite_masdar_with_preposition(toks: list[Token], k: int, sb: int) -> bool:
    """A verbal noun with the article right before the preposition of its own object
    ("القبض على"، "الإفراج عن"، "التوصل إلى"، "العثور على"): the object of a participle
    of confirming or announcing ("، مؤكدة القبض على سبعة من المتورطين"), as the bare
    verbal noun is; a definite noun with no preposition after it ("، مؤكدا الخبر") is not
    read."""
    w = toks[k].w
    if not (w.startswith("ال") and len(w) >= 5 and k + 1 < sb
            and toks[k + 1].w in _MASDAR_PREPOSITIONS):
        return False
    return _masdar(Token(w[2:], toks[k].s, toks[k].e, True))


def _warning_start(toks: list[Token], k: int, sb: int) -> int | None:
    """Where the words of a warning participle at ``k`` start when a verbal noun, with or
    without the article, follows its preposition unquoted ("، محذرا من توقف المولدات"،
    "، محذرة من التصعيد"): the preposition. Only after a comma; a quotation or a
    complementizer after the preposition is read by the rules for those."""
    prep = _WARNING_PARTICIPLES.get(toks[k].w)
    if prep is None or toks[k - 1].w not in _COMMAS or k + 2 >= sb or toks[k + 1].w != prep:
        return None
    t = toks[k + 2]
    if not t.is_word or t.w in _COMP or t.w in _STOPS or t.w in _DEMONSTRATIVES:
        return None  # ("، محذرا من ذلك": what the sentence said before, no words of its own)
    bare = t.w[2:] if t.w.startswith("ال") else t.w
    return k + 1 if len(bare) >= 3 and _masdar(Token(bare, t.s, t.e, True)) else None


def _quoted_object(toks: list[Token], k: int, sb: int) -> int | None:
    """Where the words of a participle of saying with a quoted object start: its
    preposition ('، محذرا من "..."') or the quotation itself ('، مؤكدة "..."'). Only
    after a comma, and only when the quotation opens at once."""
    prep = _QUOTED_OBJECT_PARTICIPLES.get(toks[k].w)
    if prep is None or toks[k - 1].w not in _COMMAS:
        return None
    p = k + 1 if not prep else k + 2
    if p + 1 >= sb or (prep and toks[k + 1].w != prep) or toks[p].w not in _QUOTE_PAIRS:
        return None
    return k + 1


def _second_clause(raw: list[_Stmt], start: int, a: int, b: int) -> list[_Stmt]:
    """The statements of a second complementizer clause ("، وإن ..."): the last speaker's,
    or, when the clause before was relayed ("ونقل الموقع عن القائد قوله إن ...، وإن ..."),
    each source's, as the first clause has one entry per source."""
    def span(st: _Stmt) -> tuple[int, int]:
        base = raw[st.same_as] if st.same_as is not None else st
        return base.a, base.b
    first = span(raw[-1])
    sources = [st for st in raw[start:] if st.speaker is not None and span(st) == first]
    if len(sources) < 2 or len({st.speaker for st in sources}) < len(sources):
        return [_Stmt(a, b, None, inherit=True)]
    # (each keeps its part: the outlet that passed the words on stays no speaker to go on)
    # (a relayed source named in commas after its title is a later mention by that name)
    return [_Stmt(a, b, st.named or st.speaker,
                  passed_on=st.passed_on, lam=st.lam) for st in sources]


def _bayyana(toks: list[Token], sa: int, sb: int, k: int, max_words: int = 9) -> bool:
    """Is "وبين" at ``k`` the verb "and he explained" ("وبين المصدر أن ...") rather than
    "and between"? Only where it opens its sentence or clause, and a complementizer
    follows a short subject of plain words with no second noun joined by "و" (which
    "between X and Y" needs) and no verb. The subject may be an office, a title, a
    two-word name and the outlet told ("وبين مدير الشركة المهندس ... لمراسل سانا أن"):
    up to nine words."""
    if k > sa and toks[k - 1].w not in ("،", ","):
        return False
    for r in range(k + 1, min(sb, k + 2 + max_words)):
        w = toks[r].w
        if w in _COMP:
            return r > k + 1
        if not toks[r].is_word or w.startswith("و") or _verb_form(toks[r], _VERBS):
            return False
    return False


def _words_of(toks: list[Token], sa: int, k: int) -> bool:
    """Whether the noun at ``k`` closes "على حد قول" / "على حد تعبير" ("in the words of")
    in the sentence that starts at ``sa``."""
    return k - 2 >= sa and (toks[k - 2].w.removeprefix("و"), toks[k - 1].w) == (
        _WORDS_OF_OPENERS)


def _court_holding(toks: list[Token], k: int, sb: int, max_words: int = 8) -> bool:
    """Does the ruling verb at k report what a court held: a court or judge right after
    it and a complementizer before any ب-object, verb or clause end ("قضت المحكمة العليا،
    الخميس، بأن ..."; not "قضت المحكمة بسجن المتهم، وقال المحامي إن ...")?"""
    if not (k + 1 < sb and toks[k + 1].w in _COURTS):
        return False
    for r in range(k + 2, min(sb, k + 2 + max_words)):
        t = toks[r]
        if t.w in _COMP:
            return True
        if is_end(t) or _verb_form(t, _VERBS) or (
                t.w.startswith("ب") and len(t.w) > 2 and toks[r - 1].w != "في"):
            # (a ب-object is the sentence; "في بغداد" is where the court sits)
            return False
    return False


def _what_closes(toks: list[Token], sa: int, sb: int, k: int) -> int | None:
    """The index of "على" in "، على ما أفاد X" or of "كما" in "، كما قال X" before the
    verb at ``k``: the source of the words before the comma, when no complementizer
    follows in the sentence (", كما أكد الوزير أن ..." is "as also": its own clause)."""
    if k - 2 <= sa or toks[k - 1].w not in _WHAT_CLOSERS:
        return None
    w = k - 1
    if toks[w].w == "ما":
        w -= 1
        if toks[w].w not in _ON_WHAT:
            return None
    if w - 1 <= sa or toks[w - 1].w not in _COMMAS or any(
            toks[r].w in _COMP for r in range(k + 1, sb)):
        return None
    return w


_WHAT_CLOSERS = frozenset(("ما", "كما"))
_WITHHELD = fold_set(V.WITHHELD_OBJECTS)
_ON_WHAT = fold_set(V.ON_WHAT_WORDS)


def _not_speech(toks: list[Token], sa: int, k: int) -> bool:
    """"وهذا ما أكده": a relative "ما" before the verb; "يذكر أن" impersonal."""
    if k > sa and toks[k - 1].w in ("ما", "مما", "كما") and not (
            k - 1 == sa and toks[k - 1].w == "كما"):
        return True  # opening its sentence, "كما أعلنت الوزارة أن" is "also", not "as"
    if k > sa and toks[k - 1].w in _BEFORE_MASDAR:
        # "طلب عدم ذكر اسمه", "لم يرغب في ذكر اسمه": a verbal noun, not a verb of saying
        # (no verb follows a preposition)
        return True
    return toks[k].w in ("يذكر", "ويذكر") or _negated(toks, sa, k) or _approves(toks, k) or (
        _counted_noun(toks, sa, k)) or _believed(toks, sa, k)


_BELIEVED_THAT = frozenset(("ان", "انه", "انها", "انهم", "انهما", "انهن"))


def _believed(toks: list[Token], sa: int, k: int) -> bool:
    """"، يعتقد أنهم من ...": a bare "يعتقد" opening its clause with the complementizer
    right after it has no subject, so it is the passive "it is believed", which names
    nobody (with a subject, "يعتقد الخبراء أن", or a topic, "فيعتقد أن", it is words)."""
    return toks[k].w == "يعتقد" and (k == sa or toks[k - 1].w in ("،", ",")) and (
        k + 1 < len(toks) and toks[k + 1].w in _BELIEVED_THAT)


_NOUN_VERBS = fold_set(V.VERBS_ALSO_PEOPLE)
_COUNT_MULTIPLIERS = fold_set(V.MULTIPLIERS)


def _counted_noun(toks: list[Token], sa: int, k: int) -> bool:
    """"لنحو 18 ألف طالب وطالبة"، "300 طالب": a verb of saying that is also a noun of
    people ("طالب": demanded, a student) is the noun after a count, or before its own
    feminine joined by "و"; no verb follows a number's thousands. A year before the verb
    is a time ("وفي 2019 طالب المجلس بـ")."""
    w = toks[k].w
    if w not in _NOUN_VERBS:
        return False
    before = toks[k - 1] if k > sa else None
    if before is not None and (before.w in _COUNT_MULTIPLIERS or (before.is_digit and not (
            len(before.w) == 4 and before.w[:2] in ("19", "20")))):
        return True
    return k + 1 < len(toks) and toks[k + 1].w[:1] == "و" and toks[k + 1].w[1:].startswith(w)


# Participles that are also nouns ("مذكرة": a memo): a participle only after a comma.
_ALSO_NOUNS = fold_set(("مذكرا", "مذكرة", "مذكرين"))
_APPROVING = fold_set(V.APPROVING_VERBS)
_APPROVED_THINGS = fold_set(V.APPROVED_THINGS)


def _approves(toks: list[Token], k: int, max_words: int = 14) -> bool:
    """"وكان مجلس الوزراء قد أقر في جلسته خطة لحصر السلاح": "أقر" with a plan, a law or a
    budget as its object approves it; with "بـ" or a complementizer ("أقر الجيش بمقتل"،
    "أقر بأن") it admits, and is speech."""
    if not _verb_form(toks[k], _APPROVING):
        return False
    end = min(len(toks), k + 1 + max_words)
    r = k + 1
    while r < end:
        w = toks[r].w
        if w in _COMMAS and (close := _approval_aside_end(toks, r)):
            # "أقر مجلس النواب، في جلسة عقدها مساء الأحد، موازنة تكميلية": when and where,
            # set off by commas before the object
            r, end = close + 1, min(len(toks), close + 1 + max_words // 2)
            continue
        if w in _AMOUNT_OPENERS and r > k + 2 and toks[r - 1].is_word and not toks[
                r - 1].w.startswith("ال"):
            # "أقر المجلس صفقة أسلحة بقيمة ..."، "أقر البرلمان القانون بأغلبية ...": an
            # indefinite object, then its amount or the vote (never what is admitted)
            return True
        if w in _COMMAS or w in (".", ":", "؛") or w in _QUOTES or w in _COMP or (
                w.startswith("ب") and len(w) > 3):
            return False  # (a date's digits and slash may come between: "يوم 6 آب/أغسطس")
        if w in _APPROVED_THINGS:
            return True
        r += 1
    return False


_AMOUNT_OPENERS = fold_set(("بقيمة", "بكلفة", "بتكلفة", "بمبلغ", "بنسبة", "بحجم", "بأغلبية",
                             "بإجمالي", "بسقف"))


def _approval_aside_end(toks: list[Token], c: int, max_len: int = 16) -> int | None:
    """The comma closing an aside of time or place opened at ``c`` (no quote, no
    complementizer, no sentence end in it)."""
    for r in range(c + 1, min(len(toks), c + 2 + max_len)):
        w = toks[r].w
        if w in _COMMAS:
            return r if r > c + 1 else None
        if w in (".", ":", "؛", "\n") or w in _QUOTES or w in _COMP:
            return None
    return None


_PERFECT_DEMAND = "طالب"


_DURATIONS = fold_set(("لمدة", "مدة", "طيلة", "طوال"))
# Adjectives that say whose estimates they are ("تقديرات أممية"، "تقديرات حكومية")
_AUTHOR_ADJECTIVES = fold_set(("أممية", "حكومية", "رسمية", "أمنية", "عسكرية", "طبية",
                               "حقوقية"))


# "حذر" is also the adjective "cautious" ("هدوء حذر"، "تفاؤل حذر")
_CAUTIOUS = "حذر"


def _cautious(toks: list[Token], sa: int, sb: int, k: int) -> bool:
    """"هدوء حذر في البلدة"، "ساد هدوء حذر المدينة": "حذر" after an indefinite noun
    that names no one (no article, no source, office or people, no nisba adjective of
    one) is the adjective "cautious" of a state of affairs, unless what follows is the
    verb's own (its "من", a complementizer, a colon or comma, "في" and a medium):
    a headline of a mood, no warning and no speaker."""
    if k <= sa:
        return False
    p = toks[k - 1].w
    if not toks[k - 1].is_word or p.startswith(("ال", "و")) or p in _SOURCE_HEADS or (
            p in _OFFICES) or p.endswith(("ي", "يه", "ون", "ين")) or _verb_form(
            toks[k - 1], _VERBS):
        return False
    if k + 1 >= sb:
        return True
    w = toks[k + 1].w
    return not (w in ("من", ":") or w in _COMP or w in _COMMAS or (
        w == "في" and k + 2 < sb and toks[k + 2].w.startswith(_MEDIA)))


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
    direct = _content_start(toks, j, sb, max_skip=0)
    fronted = _fronted_subject(toks, sa, k)
    if fronted is None and (direct is not None or (j < sb and (
            toks[j].w == _PREP_VERBS.get(verb) or (verb in _OBJECT_VERBS and _NO_SUBJECT(
                toks[j])) or (verb in _BI_VERBS and _bi_content(toks[j])) or (
                j > k + 1 and toks[j - 1].w in _PUBLISHING and toks[j].w in _PUBLISHERS
                and _fronted_carrier(toks, j, sb) is not None)))):
        # "والمرصد قال إن ..."، "والأمم المتحدة حذرت من ..."، "المرصد أعلن مقتل ...": the
        # sentence opens with the verb's subject, the words follow the verb at once
        fronted = _initial_subject(toks, sa, k)
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
        if nxt > k + 1 or toks[k].w != "ورد" or toks[k + 1].w == "في":
            return nxt
        verb = "رد"  # "ورد نظيره الفرنسي بأن ...": not "it came in" but "and he replied"
    if direct is not None:
        # No subject after the verb: a fronted subject, or the previous speaker; after a
        # comma, a verb coordinated with the sentence's opening verb shares its subject
        # ("وتحدث الرئيس أمام البرلمان، وقال إن ...").
        subject = fronted
        if subject is None and k > sa + 1 and toks[k - 1].w in ("،", ",") and not any(
                st.a >= sa for st in raw) and (g := _gender(toks[k])) in ("m", "f"):
            subject = _main_subject(toks, sa, k, verb, feminine=g == "f")
        if subject is None and (but := _but_pronoun(toks, sa, k)) and not any(
                st.a >= sa for st in raw) and _declines(toks, sa, k):
            # "ولم تعلق قوات الدعم السريع على الاتهامات، لكنها قالت إن": the pronoun
            # points back to the subject of the sentence's first verb, when it agrees
            subject = _main_subject(toks, sa, but[0], verb, feminine=but[1])
        end = _content_end(toks, direct, sb)
        named = None
        if subject is not None and subject[1] < k - 2 and toks[subject[1]].w in _COMMAS and (
                _fronted_name(toks, sa, k) == subject[1]):
            named = (subject[1] + 1, k - 1)  # a later "وإن" is the name's, as after the verb
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
    if verb in _PREP_VERBS and j < sb and toks[j].w == _PREP_VERBS[verb] and verb in (
            "دعا", "دعت", "دعوا"):
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
    if j < sb and verb.startswith("طالب") and fronted is not None and (
            q := _past_time(toks, k + 1, sb)) > k + 1 and q < sb and toks[q].w[:1] == "ب" and (
            len(toks[q].w) > 3 and toks[q].w not in _NOT_DEMANDED):
        # "وكانت المفوضية قد طالبت في آذار 2026 بالسماح ...": a time between the verb and
        # its "بـ" words; the demand is the fronted subject's
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
            feminine_head = head.endswith(("ه", "ات"))
            while e < subject[1] and e - subject[0] <= (1 if feminine_head else 2) and toks[
                    e].w.startswith("ال") and toks[e].w.endswith(
                    ("يه",) if feminine_head else ("ي", "يين", "يون")):
                e += 1
            end = _content_end(toks, j, sb)
            raw.append(_Stmt(j, end, (subject[0], e)))
            return end
    if j < sb and verb in _OBJECT_VERBS and (_NO_SUBJECT(toks[j]) or (
            _own_object(toks[j]) and toks[k].w[:1] == "و" and k > sa + 2
            and toks[k - 1].w in _COMMAS and any(st.a >= sa for st in raw)
            and not (j + 1 < sb and toks[j + 1].w in _COMP))):
        # "أعلن مقتل خمسة جنود": the object follows at once; the subject was named before.
        # So does a noun with the subject's pronoun after a second verb joined by "و"
        # when its sentence has reported before ("قالت الوزارة إن ...، وأكدت التزامها")
        end = _content_end(toks, j, sb)
        return _object_then_relative(toks, j, end, sb, fronted, raw)
    if fronted is not None and j < sb and verb in _OBJECT_VERBS and verb not in _THREAT_VERBS \
            and verb not in _CALL_VERBS and (toks[j].is_word or toks[j].is_digit) \
            and toks[j].w not in _COMP and not _verb_form(toks[j], _VERBS) and (
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
    sp_end = _speaker_end(toks, j, sb, prep=_PREP_VERBS.get(verb))
    relays: list[tuple[int, int]] = []
    relay_named: dict[tuple[int, int], tuple[int, int]] = {}
    object_named: tuple[int, int] | None = None  # the name after a title, set off by commas
    m = _skip_adverbials(toks, _skip_relative(toks, sp_end, sb, (j, sp_end), raw), sb)
    relay_words = ("نقلا", "عن") if verb.startswith("نقل") else ("نقلا", "الي") if (
        verb in _ATTRIBUTING) else ("نقلا",)
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
        r1 = _place_up_to(toks, r1, sb, ends)
        relays.append((r0, r1))
        if r1 < sb and toks[r1].w in _COMMAS and (
                q := _apposed_name_end(toks, r1, sb)) is not None and q + 1 < sb and (
                toks[q + 1].w in _SAYING_NOUNS):
            # "عن قائد المحور، العميد فلان، قوله إن ...، وإن": the title stays the source,
            # the name in commas is who a second clause names, as after "قال" itself
            relay_named[(r0, r1)] = (r1 + 1, q)
        m = _skip_adverbials(toks, r1, sb)
    if m + 2 < sb and sp_end > j and toks[m].w in ("علي", "عبر", "في") and (
            p := _skip_platform(toks, m, sb)) > m and p + 1 < sb and _verb_form(
            toks[p], _SAYING_PARTICIPLES) and (toks[p + 1].w in _COMP or toks[p + 1].w == ":"):
        m = p  # "وغرد السفير على حسابه في إكس قائلا إن": where it was posted, then the participle
    if m + 1 < sb and sp_end > j and _verb_form(toks[m], _SAYING_PARTICIPLES) and (
            toks[m + 1].w in _COMP or toks[m + 1].w == ":"):
        m += 1  # "وغرد وزير الخارجية قائلا إن": the participle repeats the verb
    c = _content_start(toks, m, sb, max_skip=6)
    if c is None and sp_end > j and m > 0 and toks[m - 1].w in _COMMAS and (
            q := next((r for r in range(m + 1, min(sb, m + 5 + _rank_words(toks, m, m + 7)))
                       if not toks[r].is_word), None)) is not None and toks[q].w in _COMMAS and (
            r := _past_place_or_outlet(toks, _skip_adverbials(toks, q, sb), sb)) > q + 1 and (
            r < sb and toks[r].w in _COMP):
        # "وقال المتحدث باسم الوزارة، حيدر الساعدي، في تصريح لوكالة الأنباء إن": the
        # name between commas, then the medium and the outlet it was given to
        c = _content_start(toks, r, sb, max_skip=0)
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
            if q > e and q < sb and toks[q].w in _COMP:
                far = q + 1
        # (a colon ends the title as a complementizer does: "المتحدثة باسم المكتب في
        # جنيف: ...")
        if far is not None and (toks[far - 1].w in _COMP or toks[far - 1].w == ":") and not any(
                (_verb_form(toks[r], _VERBS) and toks[r - 1].w not in _BEFORE_MASDAR)
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
                or (toks[r].w in ("الي", "علي", "من") and toks[r + 1].w in _COMP)
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
    if c is None and verb in _CALL_VERBS and (p := _call_prep(toks, j, sb, verb)):
        # "ودعا المنسق المقيم للأمم المتحدة في السودان الأطراف المتحاربة إلى ...": the
        # call from its preposition; the subject is what comes before the addressee.
        c = p
        s_end = j if toks[j].w in _QUANTIFIERS else _object_subject_end(toks, j, p)
        if j < s_end and s_end >= p - 1 and toks[p - 1].w in _POST_QUANTIFIERS:
            # "ودعت الأطراف كافة إلى ضبط النفس": a quantifier after the noun marks the
            # ones called on; the caller was named before
            s_end = j
        if (r := _addressee_start(toks, j, p)) is not None and (r > j or any(
                st.speaker is not None or st.inherit for st in raw)):
            # "ودعا الرئيس المجتمع الدولي إلى": the community is called on; at once after
            # the verb, with a report before, the caller is the speaker named there
            s_end = r
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
        if j < sb and toks[j].w.startswith("ب") and verb.startswith(("افاد", "اعلن")) and (
                toks[j].w not in _B_BODIES):
            return k + 1
        s_end = _object_subject_end(toks, j, sb)
        if _relative_at(toks, sp_end, sb) is not None:
            s_end = sp_end  # "نفى المتحدث باسم الجيش، الذي ...": the whole phrase
        elif verb in _HOLDING_VERBS and (d := _blamer_end(toks, j, sb)) is not None:
            s_end = d  # "وحملت لجان مقاومة شرق الجزيرة قوات الدعم السريع مسؤولية ..."
        elif verb in _HOLDING_VERBS and (d := _blamed_start(toks, j, sb)) is not None:
            s_end = d  # "وحمل مسؤول تنظيمات الحزب في خانقين الحكومة الاتحادية المسؤولية"
        elif s_end < sp_end and sp_end + 2 < sb and toks[sp_end].w in _COMMAS and toks[
                sp_end + 1].w == "في" and toks[sp_end + 2].w.startswith(_MEDIA_OR_TALLY):
            # "أعلنت جماعة نصرة الإسلام والمسلمين، في بيان ...، مسؤوليتها": the medium in
            # commas closes the subject; the object comes after it
            s_end = sp_end
        elif s_end < sp_end < sb and toks[sp_end].w in ("في", "عبر", "علي") and (
                q := _skip_adverbials(toks, sp_end, sb)) > sp_end and q < sb and toks[
                q].w in _OBJECT_NOUNS and not any(
                toks[r].w in _OBJECT_NOUNS for r in range(s_end, sp_end)):
            # "أعلن المركز الإعلامي لغرفة عمليات الكرامة عبر صفحته على فيسبوك مقتل ...":
            # with the medium between, the announced event marks where the object starts
            s_end = sp_end
        if (apposed := _name_then_apposition(toks, j, s_end, sb)) is not None:
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
            c = _threatened_act(toks, c, sb)
            if c is None:
                return k + 1
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
    if speaker == (j, sp_end) and c == sp_end + 1 and toks[sp_end].w in _COMMAS and (
            q := _apposed_name_end(toks, sp_end, min(sb, sp_end + 7))) is not None and (
            q + 1 < sb and (toks[q + 1].w in ("الي", "علي") or (
                toks[q + 1].w.startswith("ب") and len(toks[q + 1].w) > 2) or (
                verb in _OBJECT_VERBS and toks[q + 1].is_word and toks[q + 1].w not in _COMP
                and not _verb_form(toks[q + 1], _VERBS)))):
        # "وتعهد المتحدث باسم الشرطة، نبيل حداد، بملاحقة ..."، "ودعا المحافظ، علي سالم،
        # إلى التهدئة": the name in commas, then the pledge's, demand's or call's
        # preposition; the words start there and the name is the later mention's. So
        # does the object of an accusing or announcing verb ("واتهم رئيس البلدية، سامر
        # خليل، قوات الأمن بـ ...")
        c = q + 1
    if speaker is not None and speaker[0] == j and verb.startswith(("طالب", "ناشد")) and (
            _addressee_start(toks, j, c) == j) and any(
            st.speaker is not None or st.inherit for st in raw):
        # "وقال الوزير إن ... . وطالب المجتمع الدولي بالتحرك": the ones usually called on,
        # at once after a demand, are its addressee, as after "دعا"; the one who demands
        # was named before
        speaker = fronted
    end = _content_end(toks, c, sb)
    if end <= c:
        return k + 1
    named = object_named if speaker is not None and speaker[1] > speaker[0] + 1 else None
    if speaker == (j, sp_end) and (q := _apposed_name_end(toks, sp_end, c)) is not None:
        named = (sp_end + 1, q)
        if toks[sp_end + 1].w in _OFFICES and toks[j].w not in _OFFICES and sp_end - j >= 2:
            # "وقال الطبيب عمر الفاضل، مدير مستشفى سنجة، إن": the name came first and the
            # office between the commas; a later mention is the name (without the title
            # before it: "الطبيب"، "العميد")
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
    for r in relays:
        raw.append(_Stmt(c, end, r, passed_on=relayed, relayed=relayed,
                         named=relay_named.get(r)))
    for r in passed_on:
        raw.append(_Stmt(c, end, r, passed_on=True))
    if rel is not None:
        # "... قال إنهما قتلا ...": the relative's words, the same speaker's
        end = _content_end(toks, rel + 2, sb)
        raw.append(_Stmt(rel + 2, end, speaker, inherit=speaker is None))
    return end


def _addressed_after_comma(toks: list[Token], sa: int, k: int, verb: str,
                           speaker: tuple[int, int], c: int, raw: list[_Stmt]) -> bool:
    """Is the one phrase between a call's verb at k and its words at c the addressee? The
    verb is a second one, joined by "و" after a comma, with a report or a subject before
    it in the sentence; a subject of its own would stand before a second phrase ("،
    ودعت وزارة الخارجية الأطراف إلى": the ministry calls)."""
    if verb not in _ADDRESSING_VERBS or not toks[k].w.startswith("و") or k < sa + 2 or toks[
            k - 1].w not in _COMMAS:
        return False
    a, e = speaker
    if a != k + 1 or not (e == c or (e == c - 1 and toks[e].w in _QUOTES)):
        return False
    if verb in _ACCUSING_VERBS and not toks[c].w.startswith("ب"):
        return False  # "، واتهمت اللجنة الحزب بتزوير": the accused stands after a subject
    if any(st.a >= sa for st in raw):
        return True
    g = _gender(toks[k])
    return g in ("m", "f") and _main_subject(toks, _past_also(toks, sa), k, verb,
                                             feminine=g == "f") is not None


def _accusative_plural(t: Token) -> bool:
    """A definite sound masculine plural in the accusative ("الصحفيين"، "المراسلين"),
    which after a verb of telling is the one told: its subject would end in "ون"."""
    return t.w.startswith("ال") and t.w.endswith("ين") and len(t.w) >= 6 and (
        t.w not in _STOPS and t.w not in _REL)


def _warned_after_comma(toks: list[Token], sa: int, k: int, verb: str,
                        speaker: tuple[int, int], c: int, raw: list[_Stmt]) -> bool:
    """"قال البنك إن ...، وحذر البنوك من التعامل معها": a warning as the second verb,
    after a comma and a report in the sentence, with one phrase before its "من" that
    cannot be its subject is the one warned, as the one called on is after "ودعت". The
    phrase cannot be the subject when it is in the oblique ("المواطنين"), or when the
    verb is masculine and the phrase feminine or a plural of things ("وحذر الحكومة"،
    "وحذر البنوك"; the subject would take "حذرت"). "، وحذرت المنظمة من" and "، وحذر
    الأطباء من" name a subject of their own and are left."""
    if verb not in _WARNING_VERBS or not toks[k].w.startswith("و") or toks[
            k - 1].w not in _COMMAS or not any(st.a >= sa for st in raw):
        return False
    a, e = speaker
    if a != k + 1 or e != c or toks[c].w != "من" or e - a > 3:
        return False
    head = toks[a].w
    if not head.startswith("ال"):
        return False
    if head.endswith("ين"):
        return True  # the oblique plural: "وحذر المواطنين"، "وحذرت المدنيين"
    if _gender(toks[k]) != "m":
        return False
    return head.endswith(("ه", "ات")) or not (
        head.endswith("ون") or head in _PEOPLE_PLURALS or head[2:] in _PEOPLE_PLURALS)


_WARNING_VERBS = fold_set(("حذر", "يحذر", "حذرت", "تحذر"))
_PEOPLE_PLURALS = fold_set((*V.PERSON_PLURALS, "سكان", "أهالي", "الأهالي", "مواطنون",
                            "أطباء", "خبراء", "مسؤولون", "ناشطون", "نشطاء", "علماء",
                            "وزراء", "زعماء", "قادة", "شيوخ", "وجهاء"))


def _past_also(toks: list[Token], sa: int) -> int:
    """Past a sentence's opening "كما" ("كما عبرت المنظمة عن ..."): its verb follows."""
    return sa + 1 if sa < len(toks) and toks[sa].w in ("كما", "وكما") else sa


def _past_place_or_outlet(toks: list[Token], r: int, sb: int, max_words: int = 6) -> int:
    """Past where or to whom a titled speaker spoke, after the name between commas and
    its medium: a place ("في مؤتمر صحفي بطرابلس إن"), an outlet with its acronym in
    brackets ("لوكالة الأنباء السورية (سانا) إن"). Returns the complementizer's index when
    only such words (no verb, no clause break) stand before it, else ``r``."""
    # (past the medium, the adverbials may have stopped at the outlet that published it:
    # "في تصريح نشرته وكالة ...")
    published = (r > 0 and (toks[r - 1].w in _PUBLISHING or toks[r - 1].w == "به")) or (
        r + 1 < sb and toks[r].w == "ادلي" and toks[r + 1].w == "به")
    if published:
        max_words += 6
    if r >= sb or toks[r].w in _COMP or not (toks[r].w[:1] in ("ب", "ل") or toks[r].w in (
            "في", "(") or published):
        return r
    bracket = False
    for q in range(r, min(sb, r + max_words + 3)):
        t = toks[q]
        if t.w in _COMP:
            return q
        if t.w in ("(", ")"):
            bracket = t.w == "("
            continue
        if q > r + 1 and not published and (t.w in _PUBLISHING or (
                t.w == "ادلي" and q + 1 < sb and toks[q + 1].w == "به")):
            # "في تصريح نشره الموقع الرسمي للجيش «درع نت» إن"، "في تصريح أدلى به
            # للصحفيين إن": the medium, who published it or to whom it was given, the
            # outlet's name in quotes
            published, max_words = True, max_words + 6
            continue
        if published and (t.w in _QUOTES or t.w == "به" or t.w in _OUTLETS):
            continue
        if t.is_word and (bracket or q == r or t.w == "في" or (t.w not in _STOPS and not (
                _verb_form(t, _VERBS)) and not (q > r and t.w[:1] == "و"))):
            continue
        break
    return r


def _rank_words(toks: list[Token], a: int, b: int) -> int:
    """How many words in [a, b) qualify a rank ("الركن"، "أركان حرب"): no words of a name."""
    return sum(toks[r].w in _RANK_MODIFIERS or toks[r].w in _RANK_PAIR_WORDS
               for r in range(a, min(b, len(toks))))


def _media_word(w: str) -> bool:
    """Is ``w`` a medium's noun, its plural or possessive ("بيان"، "تصريحاته")? The
    two-letter "نص" takes only a pronoun: "نصار" is a family name, not a text."""
    return any(w.startswith(m) and (len(m) > 2 or w[len(m):] in _MEDIA_SHORT_TAILS)
               for m in _MEDIA)


_MEDIA_SHORT_TAILS = frozenset(("", "ه", "ها", "هم", "وص"))


def _apposed_name_end(toks: list[Token], e: int, c: int, max_words: int = 4) -> int | None:
    """The end of a name set between commas after a title ("وقال المتحدث باسم الوزارة،
    حيدر الساعدي، في تصريح ... إن"): the speaker stays the title, and a pronoun later
    ("وأضاف أن") points back to the person by name. Not an aside: a relative, a time, a place or
    a medium ("، الذي ...،", "، أمس الاثنين،", "، في تصريح،", "، وهو طبيب،")."""
    if not (e < c and toks[e].w in _COMMAS):
        return None
    # (the words of a rank are no words of the name: "، العقيد أركان حرب سامر خليل،")
    q = next((r for r in range(e + 1, min(c, e + 4 + max_words)) if not toks[r].is_word), None)
    if q is None or q == e + 1 or toks[q].w not in _COMMAS or q >= c:
        return None
    if q - e - 1 - _rank_words(toks, e + 1, q) > max_words:
        return None
    for r in range(e + 1, q):
        w = toks[r].w
        if r == e + 1 and w in _NAME_LOOKALIKES and 2 <= q - e - 1 <= 3 and toks[
                r + 1].w not in _NOT_NAME_AFTER:
            # "، فضل منصور،": a given name that reads as a verb, with the family name
            # after it, is the name
            continue
        if w in _STOPS or w in _REL or w in _TIME_WORDS or w in _WEEKDAYS or w in _COMP or (
                w[:1] == "و" and r == e + 1) or _verb_form(toks[r], _VERBS) or (
                _media_word(w)) or w in _OUTLETS or w in ("امس", "اليوم"):
            return None
    return q


def _resumptive(toks: list[Token], sa: int, sb: int, k: int, j: int, verb: str,
                raw: list[_Stmt]) -> int:
    """"أصدرت العشائر بيانا طالبت فيه الحكومة بتسليم ..."، "بيانا قال فيه إن ...": "فيه" is
    the statement the verb speaks in, not its subject. The subject is a pronoun for the one
    that put it out: the subject of the sentence's opening verb when it agrees, else the
    one a pronoun verb points back to, and the words
    are the verb's content from j: after a complementizer, from the call's preposition or
    the ب of a demand past the one addressed, or the object itself."""
    c = _content_start(toks, j, sb, max_skip=0)
    if c is None:
        prep = _PREP_VERBS.get(verb) if verb in _CALL_VERBS else None
        for r in range(j, min(sb, j + 5)):
            t = toks[r]
            if not t.is_word or t.w in _COMP:
                break
            if (prep and t.w == prep) or (verb in _BI_VERBS and t.w.startswith("ب")
                                          and len(t.w) > 2 and t.w != "بينما"):
                c = r
                break
    if c is None and verb in _OBJECT_VERBS and verb not in _CALL_VERBS and j < sb and ((toks[
            j].is_word and toks[j].w not in _COMP) or (toks[j].w in _QUOTE_PAIRS and j + 1 < sb
                                                       and toks[j + 1].is_word)):
        c = j  # "أكدت فيه التزامها بالتهدئة"، 'أكدت فيه "مقتل اثنين ..."' (a quoted object)
    if c is None or c >= sb:
        return k + 1
    g = _gender(toks[k])
    if k - 2 >= sa and toks[k - 2].w.startswith(_MEDIA) and (
            toks[k - 1].w in _HEADLINE_SPEAKERS or toks[k - 1].w in _READERS):
        # "استمعت المحكمة إلى شهادة ضابط قال فيها إن": the one whose testimony, letter or
        # statement it is, named right after it
        end = _content_end(toks, c, sb)
        raw.append(_Stmt(c, end, (k - 1, k)))
        return end
    subject = _main_subject(toks, sa, k, verb, feminine=g == "f") if g in ("m", "f") else None
    if verb in _CONTAINED_IN and k - 1 > sa and toks[k - 1].w.startswith(_MEDIA):
        # "أصدرت الوزارة بيانا جاء فيه أن": "جاء" agrees with the statement, not with the
        # one who put it out, the subject of the sentence's opening verb of either gender
        # (or of the clause "فيما" opens: "قصف الجيش القرية، فيما نشرت صفحة ... بيانا")
        lo = max((r + 1 for r in range(sa, k - 1) if toks[r].w in _WHILE_OPENERS), default=sa)
        subject = _main_subject(toks, lo, k - 1, verb, feminine=True) or _main_subject(
            toks, lo, k - 1, verb, feminine=False)
        if subject is not None and not _verb_form(toks[subject[0] - 1], _ISSUING_VERBS):
            subject = None  # "وقرأ المذيع بيانا جاء فيه أن": the reader is no source
    # (a feminine dual, "الوزارتان ... أكدتا فيه", after a feminine opening verb)
    if g == "p" and (subject := _main_subject(
            toks, sa, k, verb, feminine=(_verb_form(toks[k], _VERBS) or "").endswith("تا"))
    ) and not toks[subject[0]].w.endswith(("ان", "ين", "ون")):
        # "أصدر الطرفان بيانا مشتركا قالا فيه": a verb before its subject stays singular,
        # so a dual or plural verb of saying agrees with a dual or plural subject
        subject = None
    if subject is not None and subject[1] == subject[0] + 1 and toks[subject[0]].w.endswith(
            "ان") and not toks[subject[0]].w.startswith("ال"):
        # an indefinite dual's adjectives, duals too: "منظمتان إنسانيتان"، "مجلسان محليان"
        e = subject[1]
        while e < k and toks[e].w.endswith("ان") and not toks[e].w.startswith(
                ("ال", "و")) and not toks[e].w.startswith(_MEDIA):
            e += 1
        subject = (subject[0], e)
    if subject is not None:
        # the subject ends where the statement put out begins ("أصدرت العشائر بيانا")
        cut = next((r for r in range(subject[0] + 1, subject[1])
                    if toks[r].w.startswith(_MEDIA)), subject[1])
        subject = (subject[0], cut)
    end = _content_end(toks, c, sb)
    raw.append(_Stmt(c, end, subject, inherit=subject is None))
    return end


def _quote_after(toks: list[Token], e: int, sb: int) -> tuple[int, int] | None:
    """The second half of a quotation split by its attribution: a comma at ``e`` (where
    the speaker ended), then a quotation that closes before the sentence does."""
    if not (e + 2 < sb and toks[e].w in ("،", ",") and toks[e + 1].w in _QUOTE_PAIRS):
        return None
    close = _QUOTE_PAIRS[toks[e + 1].w]
    end = next((r for r in range(e + 2, sb) if toks[r].w == close), None)
    return (e + 1, end + 1) if end is not None and end > e + 2 else None


def _reported_quote(toks: list[Token], q0: int, j: int, sp_end: int, verb: str) -> bool:
    """Whether the quotation opening at ``q0``, followed by ``verb`` and its subject
    (``j``-``sp_end``), is that subject's words. A quotation right after a word is a name
    or term inside a clause ('أطلق الجيش عملية "درع الشمال"، ورد المسلحون بقصف البلدة'),
    not reported words; and "رد" with a ب-noun after its subject replies by an act
    ("رد المسلحون بقصف البلدة"), not in words."""
    if q0 > 0 and toks[q0 - 1].is_word:
        return False
    return not (verb in _REPLY_VERBS and any(
        toks[r].w.startswith("ب") and toks[r].w not in _SPEAKS_FOR
        and toks[r].w not in _NAME_LINKS for r in range(j + 1, sp_end)))


def _object_pronoun_word(t: Token) -> bool:
    """A plain word with an object's pronoun suffix ("معناه", "رأيها", "موقفهم"): after a
    definite subject it can be neither an adjective (which would be definite too) nor
    usually a name. A bare "ه" is left out (a folded ta marbuta: "حمزة" -> "حمزه"), and so
    are the emphatics ("نفسه", "ذاتها") and prepositional words ("بدورها", "لها"); a name
    in "اة" ("نجاة") folds to "اه" too, which the original text tells apart."""
    w = t.w
    return t.is_word and len(w) >= 4 and w.endswith(_OBJECT_PRONOUN_ENDINGS) and not (
        w.startswith(_NO_OBJECT_STARTS))


def _quote_before(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """The quotation that ends right before the verb at ``k`` (maybe with a comma between):
    its tokens with the marks, or None."""
    e = k - 1
    if e > sa and toks[e].w in ("،", ","):
        e -= 1
    if e <= sa or toks[e].w not in _QUOTES:
        return None
    close = toks[e].w
    opener = next((o for o, c in _QUOTE_PAIRS.items() if c == close), None)
    for r in range(e - 1, max(sa - 1, e - 60), -1):
        if toks[r].w == opener:
            return (r, e + 1) if e - r > 1 else None
        if toks[r].w in _QUOTES:
            return None
    return None


def _but_pronoun(toks: list[Token], sa: int, k: int) -> tuple[int, bool] | None:
    """"، لكنها نفت" or "، غير أنها نفت"، "، إلا أنه قال" before the verb at ``k``: where
    the "but" words start, and whether their pronoun is feminine; None without them."""
    if k > sa + 2 and toks[k - 1].w in _BUT_WITH_PRONOUN and toks[k - 2].w in _COMMAS:
        return k - 1, _BUT_WITH_PRONOUN[toks[k - 1].w]
    if k > sa + 3 and toks[k - 1].w in _ANNA_WITH_PRONOUN and toks[k - 2].w.removeprefix(
            "و") in _BUT_BEFORE_ANNA and toks[k - 3].w in _COMMAS:
        return k - 2, _ANNA_WITH_PRONOUN[toks[k - 1].w]
    return None


_ANNA_WITH_PRONOUN = {"انه": False, "انها": True}


def _declines(toks: list[Token], sa: int, k: int) -> bool:
    """Does the sentence open with a refusal or a negated verb ("ورفض الوزير الرد"، "ولم
    يعلق الجيش")? Only then does a following "لكنه قال" contrast what its subject said
    with what it would not say; after an event ("واستمر القصف، لكنه قال") the pronoun
    is someone named earlier."""
    first = next((t.w for t in toks[sa:k] if t.is_word), "")
    return first.removeprefix("و") in _NEGATIONS or first.removeprefix("و") in _DECLINING


_DECLINING = frozenset(("رفض", "رفضت", "امتنع", "امتنعت", "تجنب", "تجنبت", "تحفظ", "تحفظت"))


def _main_subject(toks: list[Token], sa: int, k: int, form: str,
                  feminine: bool | None = None) -> tuple[int, int] | None:
    """The subject of a sentence that opens with its verb ("أطلقت الأمم المتحدة ..."),
    when that verb agrees with the participle or verb at ``k`` ("مؤكدة": a feminine verb
    in ت; "وتحدث الرئيس ...، وقال إن": a masculine one)."""
    i = sa
    while i < k and not toks[i].is_word:
        i += 1
    if i == 0 or toks[i - 1].w == "\n":
        # a paragraph's dateline before the verb: "جنيف - أطلق المكتب نداء ...، قائلا إن"
        dash = next((r for r in range(i + 1, min(k, i + 9)) if toks[r].w in "-–—"), None)
        if dash is not None and _dateline(toks, i, dash):
            i = dash + 1
    for n in (1, 2):
        # "من جهتها، دفعت هيئة الدفاع ...، مؤكدة أن": a turn to this party, then its verb
        if i + n < k and tuple(t.w for t in toks[i:i + n]) in _TURN_OPENERS and toks[
                i + n].w in ("،", ","):
            i += n + 1
            break
    if i + 2 < k and toks[i].w in ("كما", "وكما"):
        i += 1  # "كما دانت وزارة الخارجية الهجوم، محملة ...": "also", then the verb
    negated = i + 2 < k and toks[i].w.removeprefix("و") in _NEGATIONS
    if negated:
        i += 1  # "ولم تعلق قوات الدعم السريع ...": the negated verb has its subject too
    if i + 1 >= k:
        return None
    v = toks[i].w[1:] if toks[i].w[:1] in "وف" and len(toks[i].w) > 3 else toks[i].w
    if v.startswith("ال") or len(v) < 3 or _verb_form(toks[i], _VERBS) or v in _STOP_WORDS:
        return None
    if feminine is None:
        feminine = form.endswith(("ه", "ات"))
    # (after "لم" the verb is imperfect: its gender is in the prefix, "تعلق"/"يعلق")
    if feminine != (v.startswith("ت") if negated else v.endswith("ت") and not v.endswith("ات")):
        return None
    if negated and not v.startswith(("ت", "ي")):
        return None
    nxt = toks[i + 1]
    if not nxt.is_word or not (nxt.w.startswith("ال") or nxt.w in _ORG_HEADS
                               or nxt.w in _HEADLINE_SPEAKERS or nxt.w in _PAGE_HEADS
                               or nxt.w in _AUTHORITY_HEADS or _dual_org_head(nxt.w)):
        return None  # (an indefinite speaker by title: "أدلى شاهد عيان بشهادته ...")
    end = _object_subject_end(toks, i + 1, k)
    comma = next((r for r in range(end + 3, min(k, end + 6)) if toks[r].w in ("،", ",")), None)
    if comma is not None and toks[end + 2].w.startswith("ال") and not toks[
            end + 1].w.startswith("ال") and not (toks[end].w.endswith("ه") and toks[
            end + 1].w.endswith("ه")) and all(toks[r].is_word for r in range(end, comma)):
        # "ودان النائب سليم حمدان العدوان، مطالبا ...": a plain two-word name after the
        # title, then the definite object up to the comma (not "مدرسة جديدة")
        end = _call_name_end(toks, i + 1, end, comma)
    if end > i + 1 and end + 2 < k and toks[end].w == "(":
        # the body's acronym in brackets: "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية
        # (أوتشا)"
        close = next((r for r in range(end + 1, min(k, end + 4)) if toks[r].w == ")"), None)
        if close is not None and all(toks[r].is_word for r in range(end + 1, close)):
            end = close + 1
    return (i + 1, end) if end > i + 1 else None


def _quoted_subject(toks: list[Token], j: int, sb: int) -> bool:
    """'تبنت "كتائب حزب الله" العراقية، فجر اليوم، هجوما': a short quoted name followed by
    its nisba adjective or a comma is the subject, not the words."""
    q = next((r for r in range(j + 1, min(sb, j + 6)) if toks[r].w in _QUOTES), None)
    if q is None or q + 1 >= sb:
        return False
    nxt = toks[q + 1].w
    # 'أفادت "الوكالة الوطنية للإعلام" بأن ...': the complementizer after the quoted
    # name, or a ب-masdar for a verb that takes one, makes the name the subject.
    # So does the medium it spoke in when the complementizer follows it ('أعلن "لواء
    # الحق" في بيان أن ...'; 'قال "لن نسمح بذلك" في بيان.' quotes the words).
    return nxt in ("،", ",") or (nxt.startswith("ال") and nxt.endswith(("ي", "يه"))) or (
        nxt in _COMP) or _bi_content(toks[q + 1]) or (
        _medium_at(toks, q + 1, sb) and q + 3 < sb and toks[q + 3].w in _COMP)


def _contrast_connective(toks: list[Token], k: int) -> bool:
    """The verb at k opens a clause after "فيما"، "بينما" or "في حين" (while, whereas)."""
    return (k > 0 and toks[k - 1].w in ("فيما", "بينما")) or (
        k > 1 and toks[k - 2].w == "في" and toks[k - 1].w == "حين")


# What opens denied or reported words, never a name: "أي" (any), a negation, a
# demonstrative; and the prepositions a quoted object is followed by.
_NOT_A_NAME_START = frozenset(("اي", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك"))
_AFTER_QUOTED_OBJECT = frozenset(("في", "من", "علي", "الي", "عن", "منذ", "خلال", "بعد",
                                  "قبل", "مع", "ضد", "او", "و", "."))


def _contrast_quoted_subject(toks: list[Token], k: int, j: int, sb: int,
                             max_words: int = 3) -> bool:
    """'، فيما نفت «قسد» أي علاقة لها بالقصف': after "فيما/بينما/في حين" the clause is
    verb first, so a short quoted name right after the verb, followed by the object, is
    the new clause's subject (the quotation is no content of the earlier speaker). A
    quotation opening with "أي" or a negation, or followed by a preposition ('فيما نفى
    "أي تورط" في الهجوم'; 'فيما أكد "التزام الحكومة" بالاتفاق'), stays the words."""
    if j != k + 1 or not _contrast_connective(toks, k):
        return False
    close = _QUOTE_PAIRS.get(toks[j].w)
    q = next((r for r in range(j + 1, min(sb, j + max_words + 2)) if toks[r].w == close), None)
    if q is None or q == j + 1 or q + 1 >= sb or not toks[q + 1].is_word:
        return False
    inside = toks[j + 1:q]
    return all(t.is_word for t in inside) and inside[0].w not in _NOT_A_NAME_START and not any(
        _verb_form(t, _VERBS) for t in inside) and toks[q + 1].w not in _AFTER_QUOTED_OBJECT \
        and not toks[q + 1].w.startswith("ب")


def _outlet_name_end(toks: list[Token], j: int, sb: int) -> int:
    """Where the name of an outlet addressed ends, from j: a quoted name ('لـ"العربية"'),
    a run of definite words ("لوكالة الأنباء السعودية") or one plain name ("لوكالة
    رويترز")."""
    if j < sb and toks[j].w in _QUOTES:
        close = next((r for r in range(j + 1, min(sb, j + 6)) if toks[r].w in _QUOTES), None)
        return close + 1 if close is not None else j
    k = j
    while k < sb and k - j < 4 and toks[k].is_word and toks[k].w.startswith("ال"):
        k += 1
    return k if k > j else min(sb, j + 1)


def _call_name_end(toks: list[Token], j: int, e: int, p: int) -> int:
    """A two-word personal name after a call's definite title ("دعا المبعوث الأممي غسان
    سلامة إلى", "ودعا وزير الخارجية أيمن الصفدي المجتمع الدولي إلى") is the caller's,
    not the addressee: the title's subject ended at e, the preposition is at p. An
    addressee has other shapes: a plural pronoun suffix or an accusative ending
    ("أنصارهم", "أطرافا"), a definite adjective after it ("أنصاره الغاضبين"), or a
    feminine or plural one ("دولا عربية", "مسؤولين محليين")."""
    if not (j < e and e + 2 <= p and (toks[e - 1].w.startswith("ال") or (
            e - 3 >= j and toks[e - 3].w == "عن"))):
        return e  # (a seat's place names no one either: "النائب عن محافظة ديالى رعد ...")
    w1, w2 = toks[e], toks[e + 1]
    if not (w1.is_word and w2.is_word) or (e + 2 < p and not toks[e + 2].w.startswith("ال")):
        return e
    if e + 2 < p and toks[e + 2].w in _CALLED_ON and w2.w.startswith("ال") and not (
            w1.w.startswith("ال") or w1.w.endswith(("ا", "هم", "ها", "يه", "ات", "ين"))) and (
            w1.is_word and w1.w[:1] != "و" and w1.w not in _STOPS and not _verb_form(w1, _VERBS)):
        return e + 2  # "دعا النائب عمر الخطيب الحكومة إلى": the family name, then the one called on
    for t in (w1, w2):
        if t.w in _STOPS or t.w in _COMP or t.w in _QUANTIFIERS or t.w in _OBJECT_NOUNS or (
                _verb_form(t, _VERBS)) or t.w[:1] == "و" or t.w[:1].isdigit():
            return e
    if w1.w.startswith("ال") or w1.w.endswith(("ا", "هم", "ها", "يه")):
        return e
    if w2.w.startswith("ال") and not w2.w.endswith("ي"):
        return e  # a definite word after a name is its family nisba ("الصفدي") or nothing
    if w2.w.endswith(("يه", "ين", "ا")):
        return e
    return e + 2


def _call_prep(toks: list[Token], j: int, sb: int, verb: str) -> int | None:
    """Where a call's preposition ("دعا ... إلى", "حث ... على") comes after the subject and
    the addressee: within a dozen words, with no verb, complementizer or stop between."""
    prep = _PREP_VERBS.get(verb)
    post = False
    for r in range(j + 1, min(sb, j + 13)):
        t = toks[r]
        if t.w == prep:
            if not post and _envoy_post(toks, j, r, sb) and (
                    q := _call_prep(toks, r + 1, sb, verb)) and not any(
                    toks[m].w[:1] == "و" for m in range(r + 2, q)):
                # "دعا المبعوث إلى اليمن الأطراف إلى ...": the envoy's post; not "دعا
                # المبعوث إلى وقف القتال والعودة إلى ...", one call of two parts
                post = True
                continue
            return r
        if not t.is_word or t.w in _COMP or _verb_form(t, _VERBS):
            return None
    return None


def _closing(toks: list[Token], sb: int, k: int, j: int, fronted: tuple[int, int] | None,
             raw: list[_Stmt]) -> int:
    """"واختتم بالقول إن ...", "واختتم المتحدث حديثه بالقول إن ...": the words after the
    masdar of saying; the subject, if any, comes before what is closed (his speech)."""
    speaker = fronted
    m = j
    if m < sb and toks[m].w not in _SAYING_MASDARS:
        s_end = _object_subject_end(toks, j, sb)
        m = next((r for r in range(s_end, min(sb, s_end + 3))
                  if toks[r].w in _SAYING_MASDARS), sb)
        if s_end > j:
            speaker = (j, s_end)
    c = _content_start(toks, m + 1, sb, max_skip=0) if m < sb else None
    if c is None or c >= sb:
        return k + 1
    if speaker is None:
        speaker = _asked(toks, sb, k)
    end = _content_end(toks, c, sb)
    raw.append(_Stmt(c, end, speaker, inherit=speaker is None))
    return end


# The writer asking: "وحين سألت مسؤولا في البلدية عن ...، اكتفى بالقول إن"
_ASKING = fold_set(("سألت", "سألنا", "وسألت", "وسألنا"))


def _asked(toks: list[Token], sb: int, k: int, max_words: int = 6) -> tuple[int, int] | None:
    """The one the writer asked, in the clause before a reply with no subject of its own
    ("حين سألت مستشارا في الوزارة عن ذلك، اكتفى بالقول"): the object of "سألت", up to
    "عن" or the comma, is who answers."""
    if k < 3 or toks[k - 1].w not in _COMMAS:
        return None
    a = next((r for r in range(k - 2, max(-1, k - 16), -1) if toks[r].w in _ASKING), None)
    if a is None:
        return None
    e = next((r for r in range(a + 1, min(k, a + 2 + max_words))
              if toks[r].w == "عن" or not toks[r].is_word), None)
    if e is None or e == a + 1 or e > sb:
        return None
    return a + 1, e


def _contained_in(toks: list[Token], sb: int, k: int, raw: list[_Stmt]) -> int:
    """"وجاء في بيان الوزارة أن ...": the text named after في says the words. Only a
    medium (statement, report, letter) says anything: "جاء في المرتبة الأولى" does not."""
    j = k + 1
    if not (j + 1 < sb and toks[j].w == "في" and any(
            form.startswith(_MEDIA) for form in stems(toks[j + 1].w))):
        return k + 1
    sp_end = _speaker_end(toks, j + 1, sb)
    # ... up to the addressee: "جاء في رسالتها إلى مجلس الأمن أن ..."
    c = _content_start(toks, _skip_adverbials(toks, sp_end, sb), sb, max_skip=5)
    if c is None or c >= sb:
        return k + 1
    end = _content_end(toks, c, sb)
    raw.append(_Stmt(c, end, (j + 1, sp_end)))
    return end


def _threatened_act(toks: list[Token], c: int, sb: int, max_object: int = 4) -> int | None:
    """Where the threatened act (a ب-phrase) starts after a threat's subject, else None.
    The one threatened may come between, as the verb's object ("توعدت الحركة إسرائيل
    بالرد", "هدد الحوثيون السعودية والإمارات باستهداف ..."): a short noun phrase with no
    verb, complementizer or preposition of its own."""
    r, words = c, 0
    while r < sb and words <= max_object:
        t = toks[r]
        if t.w.startswith("ب") and t.w not in _STOPS and (len(t.w) > 2 or (
                t.w == "ب" and r + 1 < sb and toks[r + 1].w in _QUOTES)):
            return r  # "بالرد", 'بـ"مزيد من العمليات"'

        if r > c and (t.w == "في" or t.w in ("،", ",")):
            # "توعد التنظيم عناصر الأمن في بيان على تلغرام بمزيد ...": the medium
            after = _skip_adverbials(toks, r, sb)
            if after > r:
                r = after
                continue
        if not t.is_word or t.w in _STOP_WORDS or t.w in _COMP or t.w in _STOPS or (
                _verb_form(t, _VERBS)):
            return None
        r, words = r + 1, words + 1
    return None


def _nested(toks: list[Token], raw: list[_Stmt], i: int) -> None:
    """"قال رئيس البلدية إن ضابطا في الجيش أبلغه أن القوات ستنسحب": the reported clause
    holds a report of its own (subject, speech verb, complementizer). The outer words
    stay whole, and the inner speaker gets the inner words."""
    st = raw[i]
    for v in range(st.a + 1, min(st.b - 2, st.a + 7)):
        t = toks[v]
        if t.w in _CALLS_IN_WORDS and _nested_call(toks, raw, i, v):
            return
        if not t.is_word or not (_says(t.w) or t.w in _ABOUT_VERBS):
            continue
        if _negated(toks, st.a, v):
            return  # "إن الحكومة لا تقول إن ...": the inner report is denied
        if not all(x.is_word and x.w not in _COMP and not _roles(x.w)[0]
                   for x in toks[st.a:v]):
            return
        c = v + 1
        if toks[c].w in ("له", "لها", "لي", "لنا", "لهم"):
            c += 1  # "أكد له أن"
        if v > st.a and t.w in _ABOUT_VERBS and _about_event(toks, c, st.b):
            # "وأضاف المكتب أن لجانا محلية أبلغت عن مقتل 9 مدنيين": the inner source's
            # words are the event after "عن", as they are outside reported words; it does
            # not become the text's speaker ("...، وأن فرقه لم تتمكن" is the office's)
            _insert(raw, i + 1, _Stmt(c + 1, st.b, (st.a, v), passed_on=True))
            return
        if c < st.b - 1 and toks[c].w in _COMP:
            if toks[st.a].w in _OBJECT_NOUNS:
                # "أعلنت المديرية اعتقال أربعة أشخاص قالت إنهم ...": the words open with
                # the announced event, which says nothing; the verb after its object is
                # the announcer's own second report
                _insert(raw, i + 1, _Stmt(c + 1, st.b, st.speaker, inherit=st.inherit,
                                        verb=st.verb, alt=st.alt))
            else:
                _insert(raw, i + 1, _Stmt(c + 1, st.b, (st.a, v)))
        return


def _tongue_source(toks: list[Token], sb: int, raw: list[_Stmt], i: int,
                   max_words: int = 12) -> None:
    """"وأكدت الجامعة العربية على لسان أمينها العام المساعد، سامر خليل، أن ...": the body
    spoke through the one named after "على لسان" ("by the tongue of"), who is a source
    of his own with the same words (one entry per source, as for "نقلا عن"). The body
    keeps its entry: its speaker ends before "على", its words start after the
    complementizer."""
    st = raw[i]
    v = st.verb
    if v is None:
        return
    r = next((r for r in range(v + 1, min(sb - 2, v + 8)) if toks[r].w == "علي" and toks[
        r + 1].w == "لسان"), None)
    if r is None or (st.speaker is not None and st.speaker[0] > r):
        return
    c = next((q for q in range(r + 2, min(sb, r + 2 + max_words)) if toks[q].w in _COMP), None)
    if c is None and st.a > r + 2:
        c = st.a  # "وحذرت المنظمة على لسان مديرها من كارثة": the verb's preposition
    if c is None or c == r + 2 or not all(toks[q].is_word or toks[q].w in _COMMAS
                                          for q in range(r + 2, c)):
        return
    e = c - 1 if toks[c - 1].w in _COMMAS else c
    if st.speaker is not None and st.speaker[1] > r:
        st.speaker = (st.speaker[0], r)
    if st.a <= c and toks[c].w in _COMP:
        st.a = c + 1
    if st.a >= st.b:
        return
    _insert(raw, i + 1, _Stmt(st.a, st.b, (r + 2, e), passed_on=True))


def _inner_present_report(toks: list[Token], raw: list[_Stmt], i: int,
                          max_subject: int = 4) -> None:
    """"... مقابل 600 شاحنة يوميا تقول الأمم المتحدة إن القطاع يحتاجها"، "بينهم اثنان
    يقول ذووهم إنهما توفيا": a present verb of saying, its subject and a complementizer
    inside the reported words, verb first, name another source for the clause after
    them. The outer words stay whole; the inner speaker gets the clause."""
    st = raw[i]
    if st.speaker is None and not st.inherit:
        return
    for v in range(st.a + 1, st.b - 2):
        if toks[v].w not in _PRESENT_SAYING or not toks[v - 1].is_word or toks[
                v - 1].w in _COMP:
            continue
        q = next((r for r in range(v + 2, min(st.b - 1, v + 2 + max_subject))
                  if not toks[r].is_word or toks[r].w in _COMP), None)
        if q is None or toks[q].w not in _COMP or any(
                _verb_form(toks[r], _VERBS) or toks[r].w[-1:] == "ا" or toks[r].w in _STOPS
                for r in range(v + 1, q)):
            continue  # ("إن الحكومة تقول دائما إن": an adverb, the subject was before)
        end = _content_end(toks, q + 1, st.b)
        if end > q + 1:
            _insert(raw, i + 1, _Stmt(q + 1, end, (v + 1, q)))
        return


# ... and past ones, a call already made ("إن الحكومة طالبت بانسحاب القوات")
_CALLS_IN_WORDS: dict[str, str] = {
    **_PRESENT_CALLS,
    **dict.fromkeys(("دعا", "دعت", "دعوا"), "الي"),
    **dict.fromkeys(("طالب", "طالبت", "طالبوا"), "ب"),
    **dict.fromkeys(("حث", "حثت", "حثوا"), "علي"),
}


def _standing_call(toks: list[Token], sa: int, sb: int, k: int, max_words: int = 6) -> bool:
    """"ويدعو الاتحاد الأوروبي إلى ضبط النفس"، "وتدعو الأمم المتحدة الأطراف إلى وقف
    القتال": the present of calling that opens a sentence or a clause with a definite
    subject named after it, then its preposition, reports as the perfect does (the corpus
    gives a standing call its entry). Not a cause ("وهو ما يدعو إلى القلق": a feeling
    after "إلى"), not a subject before the verb ("والوضع يدعو إلى")."""
    w = toks[k].w
    if not _opens_clause(toks, sa, k) or k + 2 >= sb:
        return False
    if not toks[k + 1].w.startswith("ال") or toks[k + 1].w in _STOPS:
        return False
    prep = _PRESENT_CALLS.get(w[1:] if w[:1] in "وف" else w)
    for c in range(k + 2, min(sb - 1, k + 2 + max_words)):
        t = toks[c]
        if t.w == prep:
            return toks[c + 1].w not in _CAUSE_FOR
        if not t.is_word or t.w in _COMP or _verb_form(t, _VERBS):
            return False
    return False


def _while_call(toks: list[Token], sb: int, k: int, raw: list[_Stmt]) -> int:
    """"وقال المصدر إن الحكومة اقترحت فتح معبرين، بينما يطالب المتمردون بفتح 3 معابر":
    after the reported words, "بينما/فيما" and a present call verb bring in another party
    (the subject after the verb, up to four words), whose call runs from its preposition.
    Returns where the call ends, or ``k``."""
    if not (k + 3 < sb and toks[k].w in ("،", ",") and toks[k + 1].w in ("فيما", "بينما")
            and toks[k + 2].w in _PRESENT_CALLS):
        return k
    prep = _PRESENT_CALLS[toks[k + 2].w]
    for c in range(k + 4, min(sb, k + 8)):
        w = toks[c].w
        if (w == prep) if prep != "ب" else (w.startswith("ب") and (
                len(w) > 2 or (c + 1 < sb and toks[c + 1].w in _QUOTES))):
            if not toks[k + 3].w.startswith("ال"):
                return k  # "بينما يطالب بفتح": no subject of its own
            end = _content_end(toks, c, sb)
            # (the other party does not become the text's speaker)
            raw.append(_Stmt(c, end, (k + 3, c), passed_on=True))
            return end
        if not toks[c].is_word or w in _COMP or _verb_form(toks[c], _VERBS):
            return k
    return k


_RANSOM = ("بفديه", "بفدي", "بمبلغ", "بمبالغ", "بدفع")


def _nested_call(toks: list[Token], raw: list[_Stmt], i: int, v: int) -> bool:
    """A call in the present after the subject that opens reported words ("إن غوتيريش
    يدعو إلى "تحقيق مستقل""، "إن الوزارة تدعو المواطنين إلى الحذر"): the outer words stay
    whole and the call, from its preposition on, is the inner subject's. Up to three
    words of the one called on may stand before the preposition."""
    st = raw[i]
    if _negated(toks, st.a, v) or not all(
            x.is_word and x.w not in _COMP and not _roles(x.w)[0] for x in toks[st.a:v]):
        return False
    prep = _CALLS_IN_WORDS[toks[v].w]
    for c in range(v + 1, min(st.b - 1, v + 5)):
        w = toks[c].w
        if (w == prep) if prep != "ب" else (w.startswith("ب") and (
                len(w) > 2 or toks[c + 1].w in _QUOTES)):
            if prep == "الي" and toks[c + 1].w in _CAUSE_FOR:
                return False  # "إن الوضع يدعو إلى القلق": gives cause for, calls on nobody
            if prep == "ب" and w.startswith(_RANSOM):
                # "إن الخاطفين طالبوا العائلة بفدية": the kidnappers' demand is part of the
                # account of the kidnapping, not words of theirs
                return False
            _insert(raw, i + 1, _Stmt(c, st.b, (st.a, v), passed_on=True))
            return True
        if not toks[c].is_word or w in _COMP:
            return False
    return False


def _about_event(toks: list[Token], m: int, sb: int) -> bool:
    """Is "عن" at ``m`` followed by an event's verbal noun ("عن مقتل"، "عن سقوط قذائف"),
    the words of a verb of reporting about (``ABOUT_VERBS``)?"""
    return m + 1 < sb and toks[m].w == "عن" and toks[m + 1].w in _REPORTED_EVENTS


@lru_cache(maxsize=1 << 15)
def _says(w: str) -> bool:
    """Is the word a speech verb, bare or with an object pronoun ("أبلغه")?"""
    t = Token(w, 0, 0, True)
    return bool(_verb_form(t, _VERBS) or _pronoun_verb(t))


def _split_gapped(toks: list[Token], raw: list[_Stmt], i: int) -> None:
    """"أعلن مقتل خمسة جنود وفي كانون الثاني 2016 عن مقتل جندي": the verb is left out
    of the second report (gapping), whose time phrase and "عن" + object say it again.
    The words become two reports of the same speaker."""
    st = raw[i]
    for k in range(st.a + 2, st.b - 2):
        if toks[k].w not in ("وفي", "و") or (toks[k].w == "و" and toks[k + 1].w != "في"):
            continue
        c = next((r for r in range(k + 1, min(st.b - 1, k + 8)) if toks[r].w == "عن"), None)
        if c is None or toks[c + 1].w not in _OBJECT_NOUNS:
            continue
        between = toks[k + 1:c]
        if any(t.is_digit or t.w in _TIME_WORDS for t in between) and not any(
                _verb_form(t, _VERBS) or t.w in _COMP for t in between):
            end = k - 1 if toks[k - 1].w in ("،", ",") else k
            _insert(raw, i + 1, _Stmt(c, st.b, st.speaker, inherit=st.inherit, verb=st.verb))
            st.b = end
            return


def _after_relative(toks: list[Token], sa: int, k: int) -> int | None:
    """Index of the relative pronoun right before the verb at ``k`` ("الذي (قد) قال")."""
    r = k - 1
    if r > sa and toks[r].w == "قد":
        r -= 1
    if r > sa and toks[r - 1].w == "الوقت" and toks[r].w == "الذي":
        return None  # "في الوقت الذي أكدت فيه المعارضة": a time, no antecedent speaker
    return r if r >= sa and toks[r].w in _REL else None


def _relative_end(toks: list[Token], r: int, sb: int) -> int:
    """End of the relative clause opened at ``r``: its comma, or the complementizer of the
    main clause ("الذي قال أمس إن الطريق مغلق أن ..."); a speech verb inside the clause
    keeps its own complementizer."""
    own_comp = False
    for k in range(r + 1, sb):
        w = toks[k].w
        if w in ("،", ",") or (w == ":" and k + 1 < sb and toks[k + 1].w in _QUOTES):
            return k  # (or the colon of a quotation: '، الذي زار المدينة: "..."')
        if w in _COMP:
            if not own_comp and any(_verb_form(toks[x], _VERBS) and not (
                    toks[x + 1].w in _WITHHELD or toks[x - 1].w in _WITHHELD)
                    for x in range(r + 1, k)):
                # (a request to stay unnamed says nothing: "المصدر الذي طلب عدم كشف هويته
                # إن ..." leaves the complementizer to the main verb)
                own_comp = True
                continue
            return k
    return sb


def _relative_at(toks: list[Token], k: int, sb: int) -> int | None:
    """Index of a relative pronoun at ``k`` or after a comma there, else None."""
    r = k + 1 if k < sb and toks[k].w in ("،", ",") else k
    return r if r < sb and toks[r].w in _REL else None


def _skip_relative(toks: list[Token], k: int, sb: int, antecedent: tuple[int, int],
                   raw: list[_Stmt]) -> int:
    """After a speaker phrase: skip "(،) الذي ... (،)" and return where the main clause
    goes on; a speech verb in the skipped clause reports the antecedent's words."""
    r = _relative_at(toks, k, sb)
    if r is None:
        return k
    end = _relative_end(toks, r, sb)
    _relative_statement(toks, r, end, antecedent, raw)
    return end + 1 if end < sb and toks[end].w in ("،", ",") else end


def _relative_statement(toks: list[Token], r: int, end: int, antecedent: tuple[int, int],
                        raw: list[_Stmt]) -> None:
    """'المتحدث الذي قال إن X': X, said by the antecedent, when the clause holds one."""
    v = r + 2 if r + 2 < end and toks[r + 1].w == "قد" else r + 1
    if v >= end or not _verb_form(toks[v], _VERBS):
        return
    c = _content_start(toks, v + 1, end, max_skip=6)
    if c is not None and c < end:
        raw.append(_Stmt(c, end, antecedent))
    elif c is None and _verb_form(toks[v], _OBJECT_VERBS) and (
            j := _skip_adverbials(toks, v + 1, end)) < end and toks[j].is_word and (
            toks[j].w in _OBJECT_NOUNS or (_masdar(toks[j]) and toks[j].w not in _STOPS
                                           and toks[j].w not in _DURATIONS)):
        # (not how long: "الهدنة التي أعلنت آنذاك لمدة شهرين" was announced, a passive)
        # "لوزارة الداخلية، التي أعلنت الشهر الماضي إحباط محاولة ...": the announced
        # event, a verbal noun after the time, is the object; the antecedent speaks. A
        # body after the ل of a genitive ("بيان سابق لوزارة الداخلية") is the one
        # that announced, by the relative's gender
        lam = next((r for r in range(antecedent[0], antecedent[1]) if toks[r].w[:1] == "ل"
                    and toks[r].w[1:] in _ORG_HEADS), None)
        speaker = (lam, antecedent[1]) if lam is not None and toks[r].w == "التي" else antecedent
        raw.append(_Stmt(j, end, speaker, lam=speaker[0] == lam))


def _antecedent(toks: list[Token], sa: int, r: int) -> tuple[int, int] | None:
    """The noun phrase before the relative pronoun at ``r`` (up to five words; a word with
    a prepositional clitic, "بالمسؤول", is its first)."""
    end = r
    while end - 1 >= sa and toks[end - 1].w in ("،", ","):
        end -= 1
    a = end
    while a - 1 >= sa and end - a < 5:
        t = toks[a - 1]
        if (not t.is_word or t.w in _COMP or t.w in _STOPS or _verb_form(t, _VERBS)
                or t.w in _REL):
            break
        a -= 1
        if t.w.startswith(("بال", "لل")):
            break
    return (a, end) if a < end else None


def _relative_speech(toks: list[Token], sa: int, sb: int, k: int, raw: list[_Stmt]) -> int:
    """A speech verb in a relative clause met on its own ("التقى الوزير بالمسؤول الذي قال
    إن ..."): the antecedent speaks; returns where the clause ends (k when not handled)."""
    r = _after_relative(toks, sa, k)
    ante = None if r is None else (r > sa + 1 and toks[r - 1].w in _COMMAS and _construct_before(
        toks, sa, r - 1)) or _antecedent(toks, sa, r)
    if r is None or ante is None:
        return k
    end = _relative_end(toks, r, sb)
    before = len(raw)
    _relative_statement(toks, r, end, ante, raw)
    return end if len(raw) > before else k


_BUT_BEFORE_ANNA = frozenset(("غير", "الا", "بيد"))


def _reported_plural_subject(toks: list[Token], raw: list[_Stmt], sa: int,
                             k: int) -> tuple[int, int] | None:
    """"قال أحد الأقارب إن الخاطفين طالبوا بفدية، مهددين بـ...": a plural participle after
    reported words that open with a plural subject and its plural verb agrees with that
    subject; the threat is theirs, not the reporter's. The subject: the article and a
    plural in ين/ون, with adjectives of the same ending."""
    st = raw[-1] if raw else None
    if st is None or st.a < sa or st.b > k or st.b - st.a < 3:
        return None
    a = st.a
    if not (toks[a].w.startswith("ال") and toks[a].w.endswith(("ين", "ون"))):
        return None
    end = a + 1
    while end < st.b and toks[end].w.startswith("ال") and toks[end].w.endswith(("ين", "ون")):
        end += 1
    if end >= st.b or not toks[end].w.endswith("وا"):
        return None
    return a, end


# Openers of a clause with its own verb and subject inside a sentence
_WHILE_OPENERS = fold_set(("فيما", "وفيما", "بينما", "وبينما"))


def _initial_subject(toks: list[Token], sa: int, k: int, max_words: int = 7
                     ) -> tuple[int, int] | None:
    """A subject that opens its sentence before the verb at ``k`` with nothing else
    between ("المرصد السوري قال إن"، "والأمم المتحدة حذرت من"، "المتحدث باسم الجيش أكد
    أن"): a definite head, or a head in construct with a definite genitive, of the verb's
    gender, or a source noun with its adjective ("مصدر أمني قال"), and only words of a
    noun phrase after it (no verb, time, place or clause); the turn to a party may stand
    in commas before the verb ("والجيش، من جهته، أكد أن")."""
    if toks[k].w[:1] in ("و", "ف") and toks[k].w[1:] == _verb_form(toks[k], _VERBS):
        return None  # "والتقى الوزير الوجهاء ودعا إلى": a second verb, joined to a clause
    e = k
    if e - 4 > sa and toks[e - 1].w in _COMMAS and toks[e - 4].w in _COMMAS and (
            toks[e - 3].w, toks[e - 2].w) in _TURN_OPENERS:
        e -= 4  # "والجيش، من جهته، أكد أن": the turn to this party, set off by commas
    elif e - 3 > sa and toks[e - 1].w in _COMMAS and toks[e - 3].w in _COMMAS and (
            toks[e - 2].w,) in _TURN_OPENERS:
        e -= 3  # "والوزارة، بدورها، أكدت"
    named = _fronted_name(toks, sa, e)
    if named is not None:
        e = named  # "رئيس البلدية، سامر الخطيب، قال": the title; the name set off by commas
    if not (sa < e <= sa + max_words) or not all(toks[r].is_word for r in range(sa, e)):
        return None
    head = _initial_head(toks[sa].w)
    if named is not None and e > sa + 1 and head in _OFFICES:
        pass  # "رئيس بلدية كفر حمدان، ...،": an office in construct, its name in commas
    elif not ((head.startswith("ال") and head not in _WAW_ROOTED) or (e > sa + 1 and (
            head in _ORG_HEADS or head in _OFFICES or head in _WAW_ROOTED) and toks[
            sa + 1].w.startswith("ال")) or (e > sa + 1 and head in _SOURCE_HEADS and toks[
            sa + 1].w.endswith(("ي", "يه", "يون", "يين")))):
        return None
    if head in _TIME_WORDS or head in _REL_TIME or head in _STOPS or head in _DEMONSTRATIVES:
        return None
    if any(toks[r].w in _STOP_WORDS or toks[r].w in _TIME_WORDS or toks[r].w in _STOPS
           or toks[r].w in _REL_TIME or toks[r].w in _COMP or _verb_form(toks[r], _VERBS)
           for r in range(sa + 1, e) if toks[r].w != "باسم"):
        return None
    g = _gender(toks[k])
    if (g == "m" and head.endswith("ه")) or (g == "f" and head.endswith(("ون", "ين"))):
        return None  # "المنظمة قال" agrees with nothing: the subject is elsewhere
    return sa, e


def _fronted_name(toks: list[Token], sa: int, e: int, max_name: int = 4) -> int | None:
    """"رئيس البلدية، سامر الخطيب، قال لي إن": a title opening the sentence with the
    name it goes with set off by commas right before the verb. Returns the first comma
    (the title, the speaker as after the verb, ends there; the name is the one a later
    "وإن" points back to) when one to four plain words stand between the two commas:
    no time, place, relative, clause or verb (an aside, "، في مؤتمر صحفي،", or a
    relative, "، التي تضم ...،", is no name)."""
    if not (e - 3 > sa and toks[e - 1].w in _COMMAS):
        return None
    c = next((r for r in range(e - 2, max(sa, e - 3 - max_name), -1)
              if not toks[r].is_word), None)
    if c is None or c <= sa or toks[c].w not in _COMMAS:
        return None
    if any(toks[r].w in _STOP_WORDS or toks[r].w in _STOPS or toks[r].w in _TIME_WORDS
           or toks[r].w in _REL_TIME or toks[r].w in _COMP or toks[r].w in _REL
           or _verb_form(toks[r], _VERBS) for r in range(c + 1, e - 1)):
        return None
    return c


def _relative_head(toks: list[Token], sa: int, qad: int, max_words: int = 12
                   ) -> tuple[int, int] | None:
    """"وكان تقرير أممي صدر في 2019 قد أفاد": between "كان" and "قد", an indefinite noun
    and its indefinite adjectives, then a clause that describes it (an indefinite noun
    takes its relative clause with no "الذي"), its verb followed by a preposition or a
    number; the subject is the noun phrase alone."""
    m = next((r for r in range(qad - 1, max(sa - 1, qad - max_words - 1), -1)
              if toks[r].w in _KANA_FORMS or not (toks[r].is_word or toks[r].is_digit)),
             None)
    if m is None or toks[m].w not in _KANA_FORMS or m + 1 >= qad:
        return None
    h = toks[m + 1]
    if not h.is_word or h.w.startswith(("ال", "و")) or h.w in _STOPS or h.w in _STOP_WORDS or (
            _verb_form(h, _VERBS)):
        return None
    e = m + 2
    while e < qad and toks[e].is_word and not toks[e].w.startswith(("ال", "و")) and (
            toks[e].w.endswith(("ي", "يه", "يين", "يون"))) and not _verb_form(toks[e], _VERBS):
        e += 1  # "أممي"، "حقوقية": adjectives without the article
    if e + 1 >= qad or e - m > 4 or not toks[e].is_word or toks[e].w.startswith("ال") or (
            toks[e].w in _STOP_WORDS or toks[e].w in _STOPS):
        return None
    if not (toks[e + 1].w in _STOP_WORDS or toks[e + 1].is_digit):
        return None  # "وكانت لجنة أطباء السودان ... قد": a genitive in construct, no clause
    return m + 1, e


_SINGULAR_RELATIVES = fold_set(("التي", "الذي"))
_PLAIN_PREPOSITIONS = fold_set(("من", "إلى", "عن", "على", "لدى", "مع"))


def _construct_before(toks: list[Token], sa: int, e: int,
                      max_genitives: int = 3) -> tuple[int, int] | None:
    """The construct that ends at the comma ``e`` after a preposition ("وثائق من دائرة
    الطب العدلي،"، "بيانات صادرة عن مديرية الصحة،"): an indefinite head and one to
    ``max_genitives`` definite words after it. Only after a plain preposition is its
    start sure; elsewhere the head may itself be a genitive ("الناطق باسم الجيش")."""
    m = e - 1
    while m > sa and e - m <= max_genitives and toks[m].is_word and toks[m].w.startswith(
            "ال") and not _verb_form(toks[m], _VERBS):
        m -= 1
    h = toks[m]
    if m == e - 1 or m <= sa or toks[m - 1].w not in _PLAIN_PREPOSITIONS or not h.is_word or (
            h.w.startswith(("ال", "و"))) or h.w in _STOPS or h.w in _STOP_WORDS or (
            h.w in _COMP or _verb_form(h, _VERBS)):
        return None
    return m, e


def _relative_antecedent(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """"... وثائق من دائرة الطب العدلي، التي كانت قد أعلنت أنها ...": a verb of saying
    whose subject is "التي"/"الذي" after a comma, with "كان" and "قد" between, speaks for
    the construct before the comma (``_construct_before``)."""
    r = k - 1
    if r >= sa and toks[r].w == "قد":
        r -= 1
    if r >= sa and toks[r].w in _KANA_FORMS:
        r -= 1
    if r - 1 <= sa or toks[r].w not in _SINGULAR_RELATIVES or toks[r - 1].w not in _COMMAS:
        return None
    return _construct_before(toks, sa, r - 1)


def _fronted_subject(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """"وكان ناشطون فلسطينيون دعوا": the subject between كان/لكن and the verb."""
    if (antecedent := _relative_antecedent(toks, sa, k)) is not None:
        return antecedent
    end = k
    if k - 1 >= sa and toks[k - 1].w == "قد":
        end = k - 1
        if (head := _relative_head(toks, sa, end)) is not None:
            return head
    elif k - 1 > sa and toks[k - 1].w == "فقد":
        end = k - 1  # "أما المبعوث فقد اكتفى بالقول": "فقد" is the answer to "أما"
    while end - 1 >= sa and toks[end - 1].w in ("،", ","):
        end -= 1
    for m in range(end - 1, max(sa - 1, end - 9), -1):
        w = toks[m].w
        if w in _OPENERS or w.lstrip("و") in _OPENERS or (
                w == "ان" and m - 1 >= sa and toks[m - 1].w.lstrip("و") in _BUT_BEFORE_ANNA):
            # ("غير أن شبكة محلية قالت إن": "however", its "أن" no complementizer)
            if end - m >= 2:
                return (m + 1, end)
            return None
        if not toks[m].is_word and toks[m].w not in _QUOTES and toks[m].w not in ("،", ","):
            return None
        if _verb_form(toks[m], _VERBS):
            return None
    return None


_NAME_LOOKALIKES = fold_set(V.GIVEN_NAME_LOOKALIKES)
# ("، فضل عدم ذكر اسمه،": the one who preferred not to be named, no name)
_NOT_NAME_AFTER = fold_set(("عدم", "أن", "ان"))
_LEAD_ENDS = frozenset(("،", ",", "فان", "فانه", "فقد"))


def _place_up_to(toks: list[Token], end: int, sb: int, ends: frozenset[str],
                 max_words: int = 3) -> int:
    """A speaker that stopped at "في": the body or place after it belongs to the speaker
    when one to three plain words lead straight to one of ``ends`` (the masdar "قوله", or
    the comma or "فإن" after an opening "وفق X")."""
    if not (end + 1 < sb and toks[end].w == "في") or toks[end + 1].w.startswith(_MEDIA) or (
            toks[end + 1].w in _TIME_WORDS):
        return end
    for r in range(end + 1, min(sb, end + 2 + max_words)):
        if toks[r].w in ends:
            return r if r > end + 1 else end
        if not toks[r].is_word or toks[r].w in _STOPS or toks[r].w in _COMP or _verb_form(
                toks[r], _VERBS):
            return end
    return end


def _own_medium(toks: list[Token], sa: int, k: int, a: int, b: int) -> tuple[int, int] | None:
    """"بحث المبعوث ... مع الوفد ...، وفق بيان صادر عن مكتبه" (or "بيان لمكتبه"، "بيان
    نشره مكتبه"): a statement put out by "his office" or "its ministry" names no one but
    through its pronoun; the one it points to is the subject of the sentence's opening
    verb, of the pronoun's gender."""
    if not (b - a >= 2 and toks[a].w.startswith(_MEDIA)) or not all(
            toks[r].is_word for r in range(a, b)):
        return None
    last = toks[b - 1].w
    if b - a == 2 and last.startswith("ل"):
        last = last[1:]  # "بحسب بيان لمكتبه"
    elif b - a == 2 or (toks[b - 2].w != "عن" and not _verb_form(toks[b - 2], _VERBS) and not (
            toks[b - 2].w.endswith(("ه", "ها")))):
        return None  # (not "صادر عن مكتبه", "نشره مكتبه")
    if last.startswith("ال") or not last.endswith(("ه", "ها")) or len(last) < 4:
        return None
    subject = _main_subject(toks, sa, k, "", feminine=last.endswith("ها"))
    if subject is None:
        return None
    # the subject's own words only ("المبعوث الأممي"، "وزير الخارجية"): a head in construct
    # takes its genitive, then adjectives of relation ("الأممي"، "الخارجية") follow; a
    # definite noun after a definite head is the verb's object ("استقبل الرئيس المبعوث")
    a = subject[0]
    end = a + 2 if not toks[a].w.startswith("ال") and a + 1 < subject[1] else a + 1
    while end < subject[1] and toks[end].w.startswith("ال") and toks[end].w.endswith(
            ("ي", "يه")):
        end += 1
    return a, end


def _attribution(toks: list[Token], sa: int, sb: int, k: int, seg_start: int,
                 raw: list[_Stmt], opener: int | None = None) -> int:
    """The entries of the attribution word at ``k`` ("بحسب"، "وفقا"، the "قول" of "على حد
    قول", whose phrase opens at ``opener``), its speaker after it; returns where reading
    goes on."""
    j = k + 1
    if j < sb and toks[j].w == "عن":
        j += 1
    if j < sb and toks[j].w in ("ما", "لما"):
        j += 1
    # "بحسب ما أفاد (به) X", "وفقا لما أعلنته X": the speaker follows the verb, which
    # may carry the object pronoun that points back to the words.
    relay_verb = False
    if j < sb and (_verb_form(toks[j], _VERBS) or _pronoun_verb(toks[j])):
        relay_verb = toks[j].w.lstrip("و").startswith("نقل")
        j += 1
        if j < sb and toks[j].w in ("به", "بها", "به،"):
            j += 1
        j = _skip_adverbials(toks, j, sb)
    if j == k + 1 and j + 1 < sb and toks[j].w == "ل" and toks[j + 1].w in _QUOTES:
        j += 1  # 'ووفقا لـ"المرصد السوري"': the ل stands apart before a quoted name
    # "وفقا لمسؤولين": the ل is glued to the speaker.
    sp_start = j
    # Only a speaker right after the preposition carries its ل; "لجنة", "لواء" and
    # "لبنان" after a verb are names that begin with the letter.
    lam = j == k + 1 and j < sb and toks[j].w.startswith("ل")
    sp_end = _speaker_end(toks, j, sb)
    if sp_end <= sp_start:
        return k + 1
    if toks[sp_start].w in _COUNT_NOUNS and sp_start + 1 < sb and toks[
            sp_start + 1].w.startswith("ل") and len(toks[sp_start + 1].w) > 2:
        # "بحسب تعداد لوكالة فرانس برس": the count is the agency's
        sp_start, lam = sp_start + 1, True
        sp_end = max(sp_start + 1, _speaker_end(toks, sp_start + 1, sb))
    elif toks[sp_start].w in _LEGAL_TEXTS and j == k + 1:
        return k + 1  # "وفق المادة 4", "بحسب القانون": the rule followed, no source
    elif toks[sp_start].w in _ESTIMATES and j == k + 1 and all(
            not toks[r].w.startswith(("ال", "ل")) and (
                toks[r].w not in _AUTHOR_ADJECTIVES or toks[r - 1].w == "غير")
            for r in range(sp_start + 1, sp_end)) and (
            sp_end == sb or is_end(toks[sp_end]) or toks[sp_end].w in ("،", ",")):
        # "فيما أصيب المئات بجروح بحسب تقديرات أولية": estimates with only an adjective
        # name no one who made them (unlike "بحسب تقديرات الأمم المتحدة", or "وفق تقديرات
        # أممية", whose adjective says whose they are); a toll is put out by an authority
        # and stays a source ("وفق حصيلة رسمية")
        return k + 1
    if j == k + 1 and k > sa and toks[k - 1].w in _RESULT_VERBS and (p := next((
            r for r in range(sp_start + 1, min(sb - 1, sp_start + 8)) if toks[r].w in (
                "عن", "الي") or not toks[r].is_word), None)) is not None and toks[p].is_word:
        # "وأسفرت بحسب الدفاع المدني عن استشهاد 27 شخصا": the source between the verb of
        # result and its preposition; the words are what it resulted in
        end = _content_end(toks, p + 1, sb)
        raw.append(_Stmt(p + 1, end, (sp_start, p), lam=lam))
        return end
    speakers = [(sp_start, sp_end)]
    if sp_end + 1 < sb and toks[sp_end].w == "عن" and toks[sp_end + 1].is_word:
        r1 = _speaker_end(toks, sp_end + 1, sb)
        if relay_verb and r1 > sp_end + 1:
            # "بحسب ما نقلت وكالة الأنباء عن مصدر أمني": two sources, the same words
            speakers.append((sp_end + 1, r1))
        else:
            speakers = [(sp_start, r1)]  # "آخر حصيلة صدرت عن وزارة الصحة"
        sp_end = r1
    own = _own_medium(toks, sa, k, sp_start, sp_end)
    if own is not None:
        speakers = [own]  # "وفق بيان صادر عن مكتبه": the sentence's subject, by its office
    at = k if opener is None else opener  # where the attribution's words end
    lead = at == sa or (at == sa + 1 and toks[sa].w in ("و", "ف"))
    if lead:
        # "ووفق وزارة الصحة في غزة فإن ...": the body's place, up to the clause
        sp_end = _place_up_to(toks, sp_end, sb, _LEAD_ENDS)
        speakers[-1] = (speakers[-1][0], max(speakers[-1][1], sp_end))
        if sp_end < sb and toks[sp_end].w in _REL:
            # 'ووفق محضر الاجتماع الذي اطلعت عليه "الشرق"، فإن ...', "وبحسب المرصد الذي
            # يتخذ من لندن مقرا له، قتل ...": the relative clause describes the source, up
            # to its comma
            q = next((r for r in range(sp_end + 2, min(sb, sp_end + 12))
                      if toks[r].w in ("،", ",") or toks[r].w in _COMP or is_end(toks[r])),
                     None)
            if q is not None and toks[q].w in ("،", ",") and q + 1 < sb and toks[q + 1].is_word:
                sp_end = q
                speakers[-1] = (speakers[-1][0], sp_end)
        c = _skip_adverbials(toks, sp_end, sb)
        cs = _content_start(toks, c, sb, max_skip=3)
        c = cs if cs is not None else c
        q = next((r for r in range(c, min(sb, c + 9)) if toks[r].w in ("فان", "فانه")), None)
        if q is not None and q > c and toks[c].w in _SOURCE_ASIDES and toks[q - 1].w in (
                "،", ",") and not any(
                toks[r].w in _COMP or is_end(toks[r]) for r in range(c, q)):
            # 'وبحسب مصدر محلي تحدث لـ"عنب بلدي"، فإن ...': what the source did, up to
            # the clause after "فإن"
            c = q
        if c < sb and toks[c].w in ("فان", "فانه", "فقد"):
            c += 1
        if c >= sb:
            return k + 1
        end = _content_end(toks, c, sb)
        raw.extend(_Stmt(c, end, sp, lam=lam) for sp in speakers)
        return end
    sp_end = _closing_place(toks, sp_end, sb)
    if own is None:
        speakers[-1] = (speakers[-1][0], max(speakers[-1][1], sp_end))
    a = seg_start
    while a < at and not toks[a].is_word and toks[a].w not in _QUOTE_PAIRS:
        a += 1  # a quotation's opening mark stays, so the pair is left out together
    where = _closed_clause(toks, a, at)
    if where is not None:
        # "عقد المجلس جلسة طارئة ...، حيث قتل 37 مدنيا منذ الأحد بحسب الأمم المتحدة": the
        # source closes the clause "حيث" opens, not the writer's account before it; so
        # after "، بعد أن" ("دعت منظمات إلى هدنة ...، بعد أن قتل أكثر من 600 مدني بحسب
        # الأمم المتحدة"), whose clause also leaves the words reported before it
        a = where + (1 if toks[where].w in _CLOSED_CLAUSE_OPENERS else 2)
    b = at
    while b > a and toks[b - 1].w in ("،", ",", "و"):
        b -= 1
    if b - a < 2:
        if raw and raw[-1].a >= sa and raw[-1].b <= at and raw[-1].b > raw[-1].a and all(
                not toks[r].is_word for r in range(raw[-1].b, at)) and not toks[
                sp_start].w.startswith(_MEDIA):
            # "وقال سكان إن ...، بحسب ما نقلت وكالة فرانس برس": the words reported just
            # before came through this source too (one entry per source, the same span);
            # "بحسب بيان نشرته" is the same speaker's medium, no second source
            if (where := _closed_clause(toks, raw[-1].a, at)) is not None:
                # "دعت منظمات إلى هدنة ...، بعد أن قتل أكثر من 600 مدني بحسب الأمم
                # المتحدة": the source gives the closing clause only, which leaves the
                # words reported before it
                raw[-1].b = where - 1
                c = where + (1 if toks[where].w in _CLOSED_CLAUSE_OPENERS else 2)
                raw.extend(_Stmt(c, b, sp, lam=lam) for sp in speakers)
                return sp_end
            last = len(raw) - 1
            raw.extend(_Stmt(0, 0, sp, same_as=last) for sp in speakers)
            return sp_end
        return k + 1
    after = _skip_adverbials(toks, sp_end, sb)
    if sp_end < sb and toks[sp_end].w in ("،", ",") and after < sb and toks[after].is_word \
            and not toks[after].w.startswith("و") and not _attr_form(toks[after]) \
            and toks[after].w not in ("الذي", "التي", "الذين") \
            and not _verb_form(toks[after], _VERBS | _PARTICIPLES):
        # "وأدت المعارك، بحسب المرصد، إلى مقتل ...": the clause goes on after it.
        b = _content_end(toks, after, sb)
        raw.extend(_Stmt(a, b, sp, lam=lam) for sp in speakers)
        return b
    raw.extend(_Stmt(a, b, sp, lam=lam) for sp in speakers)
    return sp_end


def _closed_clause(toks: list[Token], a: int, k: int) -> int | None:
    """The opener of the last clause that a comma and "حيث"/"بعد أن"/"بعدما" start in
    [a, k), at least three tokens before the source at ``k``."""
    return next((r for r in range(k - 3, a, -1) if toks[r - 1].w in ("،", ",") and (
        toks[r].w in _CLOSED_CLAUSE_OPENERS or (
            toks[r].w + " " + toks[r + 1].w) in _CLOSED_CLAUSE_OPENERS)), None)


# --- output ----------------------------------------------------------------------------


