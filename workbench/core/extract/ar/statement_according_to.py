""""According to" and "citing" (بحسب، وفق، نقلا عن): the source, its medium and place, and the
words it is given."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import (
    _COMP,
    _OUTLETS,
    _QUOTES,
    _content_start,
)
from .statement_content_end import (
    _QUOTE_PAIRS,
    _content_end,
)
from .statement_expected_object import expectation_after_source
from .statement_fronted import _relative_at, _relative_end
from .statement_possessed_title import _title_stem
from .statement_shared import (
    _MEDIA,
    _PARTICIPLES,
    _VERBS,
    _attr_form,
    _pronoun_verb,
    _Stmt,
    _verb_form,
)
from .statement_source_relative import source_before_relative
from .statement_speaker_end import (
    _REL,
    _STOPS,
    _TIME_WORDS,
    _closing_place,
    _skip_adverbials,
    _speaker_end,
)
from .statement_subject import (
    _NAME_HONORIFICS,
    _NAME_RANKS,
    _apposed_name_end,
    _main_subject,
    _outlet_name_end,
    _title_comma,
)
from .tokens import Token, is_end

# word lists the rules below test for in their loops, read once
_ARTICLE_OR_LAM_PREFIXES = V.ARTICLE_OR_LAM_PREFIXES
_CONJUNCTION_CLITICS = V.CONJUNCTION_CLITICS
_FROM_TO_FOLDED = V.FROM_TO_FOLDED
_HIS_HER_SUFFIXES = V.HIS_HER_SUFFIXES
_NISBA_SINGULAR_ENDINGS = V.NISBA_SINGULAR_ENDINGS
_RELATIVES_M_F_PL = V.RELATIVES_M_F_PL
_RESUMING_FA_INNA = V.RESUMING_FA_INNA
_RESUMPTIVE_BIHI = V.RESUMPTIVE_BIHI
_WHAT_AFTER_ACCORDING = V.WHAT_AFTER_ACCORDING

_COUNT_NOUNS = fold_set(V.COUNT_NOUNS)
_ESTIMATES = fold_set(V.ESTIMATE_NOUNS)
_LEGAL_TEXTS = fold_set(V.LEGAL_TEXTS)

_SOURCE_ASIDES = fold_set(V.SOURCE_ASIDE_VERBS)

_CLOSED_CLAUSE_OPENERS = fold_set(V.CLOSED_CLAUSE_OPENERS)

# Verbs of a result whose preposition ("عن"، "إلى") may follow a source set between:
# "وأسفرت بحسب الدفاع المدني عن استشهاد 27 شخصا"
_RESULT_VERBS = fold_set(tuple(p + v for p in ("", "و") for v in V.LED_TO_VERBS))

# Adjectives that say whose estimates they are ("تقديرات أممية"، "تقديرات حكومية")
_AUTHOR_ADJECTIVES = fold_set(V.AUTHOR_ADJECTIVES)
_ESTIMATE_MAKERS = fold_set(V.ESTIMATE_MAKER_HEADS)

_LEAD_ENDS = V.COMMA_OR_RESUMING_FA

# Expecting, with its own subject after it ("، تتوقع الحكومة أن ...")
_EXPECTING = fold_set(V.EXPECT_VERBS)


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
            toks[b - 2].w.endswith(_HIS_HER_SUFFIXES))):
        return None  # (not "صادر عن مكتبه", "نشره مكتبه")
    if last.startswith("ال") or not last.endswith(_HIS_HER_SUFFIXES) or len(last) < 4:
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
            _NISBA_SINGULAR_ENDINGS):
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
    if j < sb and toks[j].w in _WHAT_AFTER_ACCORDING:
        j += 1
    # "بحسب ما أفاد (به) X", "وفقا لما أعلنته X": the speaker follows the verb, which
    # may carry the object pronoun that points back to the words.
    relay_verb = False
    # (round ar189) "بحسب ما نشرته صحيفة ..."، "وفق ما أوردته وكالة ...": putting the words
    # out, with the pronoun of what was put out, after "ما" only ("بحسب بيان نشرته"
    # names a medium first)
    if j < sb and (_verb_form(toks[j], _VERBS) or _pronoun_verb(toks[j]) or (
            j > k + 1 and toks[j].w in _PUBLISHING_IT)):
        relay_verb = toks[j].w.lstrip("و").startswith("نقل")
        j += 1
        if j < sb and toks[j].w in _RESUMPTIVE_BIHI:
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
    if j == k + 1 and (pub := _publisher_after_medium(toks, sp_start, sp_end, sb)):
        # round ar189: "، بحسب بيان نشرته وكالة الأنباء الأردنية": the agency that put the
        # statement out is a source of its own, beside the speaker of the words before it
        sp_start, sp_end = pub
    if toks[sp_start].w in _COUNT_NOUNS and sp_start + 1 < sb and toks[
            sp_start + 1].w.startswith("ل") and len(toks[sp_start + 1].w) > 2:
        # "بحسب تعداد لوكالة فرانس برس": the count is the agency's
        sp_start, lam = sp_start + 1, True
        sp_end = max(sp_start + 1, _speaker_end(toks, sp_start + 1, sb))
    elif toks[sp_start].w in _LEGAL_TEXTS and j == k + 1:
        return k + 1  # "وفق المادة 4", "بحسب القانون": the rule followed, no source
    elif toks[sp_start].w in _ESTIMATES and j == k + 1 and all(
            not toks[r].w.startswith(_ARTICLE_OR_LAM_PREFIXES) and (
                toks[r].w not in _AUTHOR_ADJECTIVES or toks[r - 1].w == "غير") and (
                toks[r].w not in _ESTIMATE_MAKERS)
            for r in range(sp_start + 1, sp_end)) and (
            sp_end == sb or is_end(toks[sp_end]) or toks[sp_end].w in ("،", ",")):
        # "فيما أصيب المئات بجروح بحسب تقديرات أولية": estimates with only an adjective
        # name no one who made them (unlike "بحسب تقديرات الأمم المتحدة", or "وفق تقديرات
        # أممية", whose adjective says whose they are); a toll is put out by an authority
        # and stays a source ("وفق حصيلة رسمية")
        return k + 1
    if j == k + 1 and k > sa and toks[k - 1].w in _RESULT_VERBS and (p := next((
            r for r in range(sp_start + 1, min(sb - 1, sp_start + 8)) if toks[r].w in (
                _FROM_TO_FOLDED) or not toks[r].is_word), None)) is not None and toks[p].is_word:
        # "وأسفرت بحسب الدفاع المدني عن استشهاد 27 شخصا": the source between the verb of
        # result and its preposition; the words are what it resulted in
        end = _content_end(toks, p + 1, sb)
        raw.append(_Stmt(p + 1, end, (sp_start, p), lam=lam))
        return end
    speakers = [(sp_start, sp_end)]
    # round ar135: "بحسب مصادر أمنية وشهود" names two sources, one entry each; after a
    # verb ("بحسب ما أفاد شهود ومصادر محلية") the verb's subject is one phrase, as after
    # "قال", and a source with the glued "ل" of "وفقا لـ" is left whole
    joined = j == k + 1 and not lam and not relay_verb
    if sp_end + 1 < sb and toks[sp_end].w == "عن" and toks[sp_end + 1].is_word:
        r1 = _speaker_end(toks, sp_end + 1, sb)
        if relay_verb and r1 > sp_end + 1:
            # "بحسب ما نقلت وكالة الأنباء عن مصدر أمني": two sources, the same words
            speakers.append((sp_end + 1, r1))
        else:
            speakers = [(sp_start, r1)]  # "آخر حصيلة صدرت عن وزارة الصحة"
        sp_end = r1
    elif not relay_verb and not lam and (relayed := _relayed_after(toks, sp_end, sb)):
        # "، وفق ما أفادت وكالة "صحراء ميديا" نقلا عن مسؤول محلي": the agency relays the
        # official; both give the words, as after "بحسب ما نقلت الوكالة عن مصدر"
        speakers.append(relayed)
        sp_end = relayed[1]
    own = _own_medium(toks, sa, k, sp_start, sp_end)
    if own is not None:
        speakers = [own]  # "وفق بيان صادر عن مكتبه": the sentence's subject, by its office
    at = k if opener is None else opener  # where the attribution's words end
    lead = at == sa or (at == sa + 1 and toks[sa].w in _CONJUNCTION_CLITICS)
    if lead:
        # "ووفق وزارة الصحة في غزة فإن ...": the body's place, up to the clause
        sp_end = _place_up_to(toks, sp_end, sb, _LEAD_ENDS)
        if own is None and (named := _lead_name(
                toks, sp_end, sb, office=_office_head(toks[sp_start].w))) is not None:
            sp_end = named  # round ar111: "وبحسب رئيس المجلس، فلان الفلاني، فإن ..."
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
        if (r := _relative_at(toks, sp_end, sb)) is not None and source_before_relative(
                toks, sa, r) is not None and (e := _relative_end(toks, r, sb)) < sb + 1 and (
                e >= sb or is_end(toks[e])):
            # round ar135: "وفق وزير الزراعة، الذي وعد بتوزيع بذور ...": the relative
            # clause closes the sentence, so it holds the source's words; the reader of
            # the relative's verb gives them to the source
            return r
        c = _skip_adverbials(toks, sp_end, sb)
        cs = _content_start(toks, c, sb, max_skip=3)
        c = cs if cs is not None else c
        q = next((r for r in range(c, min(sb, c + 9)) if toks[r].w in _RESUMING_FA_INNA), None)
        if q is not None and q > c and toks[c].w in _SOURCE_ASIDES and toks[q - 1].w in (
                "،", ",") and not any(
                toks[r].w in _COMP or is_end(toks[r]) for r in range(c, q)):
            # 'وبحسب مصدر محلي تحدث لـ"عنب بلدي"، فإن ...': what the source did, up to
            # the clause after "فإن"
            c = q
        if c < sb and toks[c].w in V.RESUMING_FA:
            c += 1
        if c >= sb:
            return k + 1
        if toks[c].w in _EXPECTING and (got := expectation_after_source(toks, sb, c)):
            # round ar148: "ووفقا لوزير الزراعة، تتوقع الحكومة أن ...": the clause names
            # its own speaker, whose forecast it is
            raw.append(_Stmt(got[2], got[3], (got[0], got[1]), verb=c))
            return got[3]
        end = _content_end(toks, c, sb)
        _emit(raw, toks, c, end, speakers, lam, joined)
        return end
    sp_end = _closing_place(toks, sp_end, sb)
    if own is None:
        speakers[-1] = (speakers[-1][0], max(speakers[-1][1], sp_end))
        if (named := _closing_name(toks, sp_end, sb, speakers[-1][0])) is not None:
            # "، بحسب ما قال رئيس مجلس المدينة، فلان الفلاني، لموقع ...": the name in
            # commas closes the source, as after "قال" itself; it is not the clause going
            # on after "بحسب المرصد،"
            speakers[-1] = (speakers[-1][0], named[0])
            sp_end = named[1]
    a = seg_start
    while a < at and not toks[a].is_word and toks[a].w not in _QUOTE_PAIRS:
        a += 1  # a quotation's opening mark stays, so the pair is left out together
    where = _closed_clause(toks, a, at)
    if where is not None and not (at > a and toks[at - 1].w in ("،", ",")):
        # "عقد المجلس جلسة طارئة ...، حيث قتل 37 مدنيا منذ الأحد بحسب الأمم المتحدة": the
        # source closes the clause "حيث" opens, not the writer's account before it; so
        # after "، بعد أن" ("دعت منظمات إلى هدنة ...، بعد أن قتل أكثر من 600 مدني بحسب
        # الأمم المتحدة"), whose clause also leaves the words reported before it; a source
        # set off by its own comma closes the whole sentence ("تراجعت المساحات ...، بعد ان
        # جف الجدول، وفق ما أعلنت الشعبة")
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
                _emit(raw, toks, c, b, speakers, lam, joined)
                return sp_end
            last = len(raw) - 1
            raw.extend(_Stmt(0, 0, part, same_as=last, waw=n > 0) for sp in speakers
                       for n, part in enumerate(_joined_sources(toks, sp) if joined else [sp]))
            return sp_end
        return k + 1
    after = _skip_adverbials(toks, sp_end, sb)
    if sp_end < sb and toks[sp_end].w in ("،", ",") and after < sb and toks[after].is_word \
            and not toks[after].w.startswith("و") and not _attr_form(toks[after]) \
            and toks[after].w not in _RELATIVES_M_F_PL \
            and toks[after].w not in _WHILE_AFTER_SOURCE \
            and not _verb_form(toks[after], _VERBS | _PARTICIPLES):
        # "وأدت المعارك، بحسب المرصد، إلى مقتل ...": the clause goes on after it.
        b = _content_end(toks, after, sb)
        _emit(raw, toks, a, b, speakers, lam, joined)
        return b
    _emit(raw, toks, a, b, speakers, lam, joined)
    return sp_end


def _joined_sources(toks: list[Token], sp: tuple[int, int]) -> list[tuple[int, int]]:
    """The sources a speaker phrase joins by "و" ("مصادر أمنية وشهود"، "مصادر محلية
    ومسؤول في البلدية"، 'مصادر محلية وإذاعة "..." الخاصة'): it is cut before each word
    whose "و" is glued to the bare head of a source or a body ("شهود"، "مسؤول"،
    "إذاعة"، "وزارة"); a word with the article may be part of one name ("وزارة الصحة
    والسكان") and stays in it."""
    a, e = sp
    if toks[a].w in _COUNT_NOUNS or toks[a].w in _ESTIMATES or toks[a].w.startswith(_MEDIA):
        # "وفق معطيات النادي وهيئة شؤون الأسرى"، "بحسب بيان الوزارة والهيئة": the figures
        # or the statement of both, one source phrase
        return [sp]
    cuts = [r for r in range(a + 1, e) if toks[r].w[:1] == "و" and toks[r].w[1:] in (
        _JOINED_HEADS) and (toks[r - 1].is_word or toks[r - 1].w in _QUOTES)]
    if not cuts:
        return [sp]
    bounds = [a, *cuts, e]
    return [(bounds[n], bounds[n + 1]) for n in range(len(bounds) - 1)]


# heads of sources and bodies a second joined source opens with
_JOINED_HEADS = fold_set((*V.HEADLINE_SOURCE_NOUNS, *V.ORGANISATION_HEADS))


def _emit(raw: list[_Stmt], toks: list[Token], a: int, b: int,
          speakers: list[tuple[int, int]], lam: bool, joined: bool) -> None:
    """One entry per source for the words [a, b); joined sources split (``_joined_sources``),
    the second and later ones without their "و"."""
    for sp in speakers:
        parts = _joined_sources(toks, sp) if joined else [sp]
        raw.extend(_Stmt(a, b, part, lam=lam and n == 0, waw=n > 0)
                   for n, part in enumerate(parts))


def _publisher_after_medium(toks: list[Token], a: int, e: int,
                            sb: int) -> tuple[int, int] | None:
    """After "بحسب"، "وفق": a medium whose issuing verb names a news outlet ("بيان نشرته
    وكالة الأنباء الأردنية"، 'تقرير أوردته صحيفة "الأفق"'): the outlet (start, end). A
    body's own page or account ("بيان نشرته على موقعها") names no outlet."""
    if a + 3 >= sb or not toks[a].w.startswith(_MEDIA):
        return None
    if toks[a + 1].w not in _PUBLISHING_IT or toks[a + 2].w not in _PUBLISHERS:
        return None
    end = max(e, _speaker_end(toks, a + 2, sb))
    return (a + 2, end) if end > a + 3 else None


# an issuing verb with the pronoun of the medium it put out ("نشرته"، "أوردته"، "بثته")
_PUBLISHING_IT = fold_set(v + p for v in V.ISSUING_VERBS for p in V.HIS_HER_SUFFIXES)
_PUBLISHERS = fold_set(V.MEDIUM_PUBLISHERS)


def _office_head(w: str) -> bool:
    """Is ``w`` a person's office ("رئيس"، "لمدير"، "المتحدث"), or (round ar192) one with
    the pronoun of the body it heads ("مديرها"، "رئيسه")?"""
    return any(x in _OFFICES for x in (w, w[1:], w[2:], w[3:])) or (
        w[-1:] in _POSSESSED_ENDS and _title_stem(w) is not None)


_OFFICES = fold_set(V.OFFICE_TITLES)
_POSSESSED_ENDS = frozenset(s[-1] for s in V.POSSESSED_TITLE_SUFFIXES)
# (round ar192) the words that open a time of saying after a closing source's name
_CLOSING_TIMES = fold_set(V.CLOSING_SOURCE_TIMES)


def _closing_name(toks: list[Token], e: int, sb: int, head: int) -> tuple[int, int] | None:
    """A person's name set between commas after a closing source's title, at ``e``: (end of
    the speaker, where reading goes on). The name closes the attribution when the sentence
    ends after it, after the outlet the words were given to ("، فلان، لموقع "..."."), or
    when a relative clause about him follows ("، فلان، الذي قال ان ..."), which is read
    on its own."""
    p = _title_comma(toks, e, sb)  # (past the body the title serves in: "مدير التربية في القضاء،")
    q = _apposed_name_end(toks, p, sb, at_end=True) if p is not None else None
    if q is None:
        return None
    if q >= sb or is_end(toks[q]):
        # round ar132: "، وفق رئيس المجلس القروي، فلان الفلاني." ends the sentence; only
        # after a person's office ("، وفق جمعية الهلال الأحمر، فرع المدينة." is a branch)
        return (q, q) if _office_head(toks[head].w) else None
    if q + 1 >= sb:
        return None
    if toks[q + 1].w in _CLOSING_TIMES and _office_head(toks[head].w) and (
            t := _skip_adverbials(toks, q, sb)) > q + 1 and (t >= sb or is_end(toks[t])):
        # (round ar192) "، وفق ما أعلنه مديرها الولائي، الرائد فلان، اليوم الخميس.": the
        # time of saying, in its commas, closes the sentence after the name as its end does
        return q, t
    r = q + 1
    if toks[r].w in _RELATIVES_M_F_PL:
        return q, q
    if toks[r].w in _OUTLETS:
        r = _outlet_name_end(toks, r + 1, sb)
    return (q, r) if r > q + 1 and (r >= sb or is_end(toks[r])) else None


def _lead_name(toks: list[Token], e: int, sb: int, office: bool = False) -> int | None:
    """The comma closing a person's name set in commas after the title of an opening
    source ("وبحسب رئيس المجلس المحلي، فلان الفلاني، فإن ..."، "ووفقا لقائد الشرطة،
    العميد فلان، فقد"): the speaker is title and name as written, as after "قال"; the
    words follow "فإن". None for an aside that is no name ("، في بيان،").
    Round ar189: after a person's ``office`` the words may follow the name's comma at once
    ("وبحسب عميد البلدية، فلان الفلاني، تحتاج البلدية إلى ..."): the name is no part of
    them. A body's branch ("وبحسب الهلال الأحمر، فرع المدينة، ...") is no name."""
    p = _title_comma(toks, e, sb)
    q = _apposed_name_end(toks, p, sb) if p is not None else None
    if q is None or q + 1 >= sb:
        return None
    if toks[q + 1].w in V.RESUMING_FA:
        return q  # round ar148: "فقد" resumes as "فإن" does ("، خالد العبيدي، فقد ...")
    # (a first word with the article is a rank or an honorific, or the words themselves:
    # "وبحسب رئيس البلدية، الطرق مقطوعة، والأهالي ...")
    first = toks[p + 1].w
    return q if office and toks[q + 1].is_word and (
        not first.startswith("ال") or first in _NAME_RANKS or first in _NAME_HONORIFICS) else None


def _relayed_after(toks: list[Token], e: int, sb: int) -> tuple[int, int] | None:
    """"نقلا عن مسؤول محلي" right after the speaker that ends at ``e``: the source relayed,
    (start, end), or None."""
    if e + 2 >= sb or (toks[e].w, toks[e + 1].w) != _RELAYING_FROM or not toks[e + 2].is_word:
        return None
    r1 = _speaker_end(toks, e + 2, sb)
    return (e + 2, r1) if r1 > e + 2 else None


_RELAYING_FROM = tuple(V.RELAYING_FROM)


# "، وفق آخر أرقام الوزارة، فيما تقدر المنظمة ...": "فيما"/"بينما" after the source open
# another party's clause, not the rest of the one the source closes
_WHILE_AFTER_SOURCE = fold_set(V.WHILE_CONJUNCTIONS)


def _closed_clause(toks: list[Token], a: int, k: int) -> int | None:
    """The opener of the last clause that a comma and "حيث"/"بعد أن"/"بعدما" start in
    [a, k), at least three tokens before the source at ``k``."""
    return next((r for r in range(k - 3, a, -1) if toks[r - 1].w in ("،", ",") and (
        toks[r].w in _CLOSED_CLAUSE_OPENERS or (
            toks[r].w + " " + toks[r + 1].w) in _CLOSED_CLAUSE_OPENERS)), None)
