"""Statements over paragraphs: quotes that run over lines, wrapped lines, transcript labels, and
a closing medium or condemnation that names who spoke."""

from __future__ import annotations

from operator import itemgetter

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import (
    _COMP,
    _QUOTES,
)
from .statement_condemned_quote import relative_condemner
from .statement_content_end import (
    _CONDEMNING,
    _CONTINUING,
    _QUOTE_PAIRS,
    _content_end,
)
from .statement_headline import _LIVE_LABELS
from .statement_named_aside import _COMMAS
from .statement_shared import (
    _MEDIA,
    _RELAY_VERBS,
    _TALLIES,
    _VERBS,
    _Stmt,
    _verb_form,
    verb_form_words,
)
from .statement_speaker_end import (
    _ISSUE_VERBS,
    _speaker_end,
)
from .tokens import Token

_WORD = itemgetter(0)  # a token's folded word
# Every word ``_open_quote`` acts on: the straight mark and each word that its substring
# tests find in "«“" or "»”" (the empty word and both marks together included, so that
# skipping all other words changes nothing, whatever a token holds).
_QUOTE_WORDS = frozenset(('"', "", "«", "“", "«“", "»", "”", "»”"))

_HOSTS = fold_set(V.TRANSCRIPT_HOSTS)
_ANSWERS = fold_set(V.TRANSCRIPT_ANSWERS)

# The verbs of a closing medium carry the pronoun of the medium ("أوردها", "نشره"), which
# "صدر" does not ("مصدر" holds it, so it would match nearly every text).
_CLOSERS = frozenset(w for w in _ISSUE_VERBS | _RELAY_VERBS if w.endswith("ه") or w.endswith(
    "ها")) | fold_set(V.ANNOUNCING_WITH_IT)
# ... and share a few roots, which a text must hold for one to be there
_CLOSER_ROOTS = (*V.ISSUING_ROOTS, V.ANNOUNCING_ROOT)


def _closing_medium(toks: list[Token], sa: int, sb: int, raw: list[_Stmt],
                    max_words: int = 4) -> None:
    """A sentence with no verb of saying that closes on its source's medium: "قتل 12
    مدنيا ... في قصف على دوما، في حصيلة غير نهائية أوردها المرصد السوري" - the clause
    before the comma is the words of the one who put the medium out."""
    if _CLOSERS.isdisjoint(map(_WORD, toks[sa + 4:sb - 1])):
        return  # (every reading needs a closing verb there, two words past its "في" or more)
    for k in range(sa + 2, sb - 3):
        if toks[k].w != "في" or toks[k - 1].w not in ("،", ","):
            continue
        if not (toks[k + 1].w.startswith(_MEDIA) or toks[k + 1].w in _TALLIES):
            continue
        r = next((q for q in range(k + 2, min(sb - 1, k + 2 + max_words))
                  if toks[q].w in _CLOSERS), None)
        if r is None or not all(toks[q].is_word for q in range(k + 2, r)):
            continue
        if any(_verb_form(toks[q], _VERBS) for q in range(sa, k)):
            return  # "وقال نتانياهو لكتلته، في تصريحات نقلها التلفزيون": his, not theirs
        sp_end = _speaker_end(toks, r + 1, sb)
        if sp_end > r + 1:
            raw.append(_Stmt(sa, k - 1, (r + 1, sp_end)))
        return


# The roots of the verbs of condemning, which a text must hold for one to be there
_CONDEMNING_ROOTS = V.CONDEMNING_ROOTS
_CONDEMNING_WORDS = verb_form_words(_CONDEMNING)  # (the words such a verb can be)
_QUOTED_BODY_HEADS = fold_set(V.QUOTED_BODY_HEADS)


def _reaching(raw: list[_Stmt], before: int, sa: int) -> int:
    """The index from which the statements in ``raw`` may reach the sentence opening at
    ``sa``: those its reading added (from ``before`` on) and the earlier ones that run into
    it. The list is in the order of the text, so the walk back stops at the first that ends
    before the sentence; a condemnation's overlap and placing tests then read these few,
    never the whole document's (a long report of many condemnations grew as its square)."""
    lo = min(before, len(raw))
    while lo > 0 and raw[lo - 1].b > sa:
        lo -= 1
    return lo


def _quoted_condemnation(toks: list[Token], sa: int, sb: int, raw: list[_Stmt],
                         before: int = 0, max_subject: int = 8) -> None:
    """A condemnation whose object is a quotation ('ودانت الرئاسة في بيان "الاعتداء على
    المدنيين"'، 'ونددت البعثة بـ"القصف العشوائي"'): the condemner's own words, quoted, as
    a direct quote is. Its subject follows the verb, then at most a medium ("في بيان")
    before the quotation; an unquoted object ("دانت الوزارة الهجوم") reports no words. A
    quoted manner before the object ('دان "بأشد العبارات" الهجوم على ...') opens words
    that run on to the clause's end, the marks kept."""
    if _CONDEMNING_WORDS.isdisjoint(map(_WORD, toks[sa:sb - 3])):
        return  # (no word there can be a verb of condemning: the loop finds none)
    for k in range(sa, sb - 3):
        if not _verb_form(toks[k], _CONDEMNING):
            continue
        q = next((r for r in range(k + 1, min(sb, k + 2 + max_subject))
                  if not toks[r].is_word), None)
        aside = _medium_aside(toks, q, sb) if q is not None and q > k + 1 else None
        if aside is not None:
            # 'ودانت المنسقة، في بيان، "الهجمات على المدنيين"': the medium set in commas
            # between the condemner and the quotation, as "قالت ...، في بيان، إن"
            q = aside
        if q == k + 1 and toks[q].w in _QUOTE_PAIRS and (
                who := relative_condemner(toks, sa, k)) is not None:
            # (round ar159) 'وفق أرقام وزارة الصحة التي دانت "استهداف المسعفين"'
            close = next((r for r in range(q + 1, sb) if toks[r].w == _QUOTE_PAIRS[
                toks[q].w]), None)
            lo = _reaching(raw, before, sa)
            if close is not None and close > q + 1 and not any(
                    st.a < close and q + 1 < st.b for st in raw[lo:]):
                at = next((i for i in range(lo, len(raw)) if close < raw[i].a < sb),
                          len(raw))
                raw.insert(at, _Stmt(q + 1, close, who[0], lam=who[1]))
            continue
        if q is None or toks[q].w not in _QUOTE_PAIRS or q == k + 1:
            continue
        if toks[q - 1].w in _QUOTED_BODY_HEADS:
            continue  # (round ar144) 'ونددت منظمة "أرض وسلام" بالهجوم': the body's name
        sp_end = q - 1 if toks[q - 1].w == "ب" else q
        sp_end = k + 1 + next(i for i, r in enumerate(range(k + 1, sp_end + 1))
                              if not toks[r].is_word) if aside is not None else sp_end
        medium = next((r for r in range(k + 2, sp_end) if toks[r].w == "في" and toks[
            r + 1].w.startswith(_MEDIA)), None)
        sp_end = medium if medium is not None else sp_end
        if sp_end <= k + 1 or any(_verb_form(toks[r], _VERBS) or toks[r].w in _COMP
                                  for r in range(k + 1, q)):
            continue
        close = next((r for r in range(q + 1, sb) if toks[r].w == _QUOTE_PAIRS[toks[q].w]),
                     None)
        if close is None or close == q + 1:
            continue
        a, b = q + 1, close
        if toks[q + 1].w.startswith("باشد") and close + 1 < sb and toks[close + 1].is_word:
            a, b = q, _content_end(toks, close + 1, sb)
        lo = _reaching(raw, before, sa)
        if not any(st.a < b and a < st.b for st in raw[lo:]):
            later = [i for i in range(lo, len(raw)) if b < raw[i].a < sb]
            if aside is not None and later and not any(
                    raw[i].speaker is not None for i in later):
                # '، داعية إلى محاسبة ...' after it: the condemner calls on, as after
                # 'ودانت المنسقة "..."، داعية' (the participle was read before the quotation)
                for i in later:
                    if raw[i].inherit:
                        raw[i].speaker, raw[i].inherit = (k + 1, sp_end), False
            at = later[0] if later else len(raw)
            raw.insert(at, _Stmt(a, b, (k + 1, sp_end)))


def _medium_aside(toks: list[Token], c: int, sb: int, max_len: int = 4) -> int | None:
    """The token after a medium set in commas at ``c`` ("، في بيان، "، "، في تغريدة على
    إكس، "), or None when ``c`` opens no such aside."""
    if toks[c].w not in _COMMAS or c + 2 >= sb or toks[c + 1].w != "في" or not toks[
            c + 2].w.startswith(_MEDIA):
        return None
    close = next((r for r in range(c + 3, min(sb, c + 3 + max_len)) if not toks[r].is_word),
                 None)
    return close + 1 if close is not None and toks[close].w in _COMMAS and close + 1 < sb \
        else None


def _transcript_line(toks: list[Token], sa: int, sb: int, raw: list[_Stmt],
                     max_label: int = 3) -> bool:
    """A line of an interview transcript opening with a label and a colon: the host's
    question says nothing, an answer ("ج:") is the last speaker's words, another short
    label ("الطبيب:") is the speaker. False when the line has no such label."""
    if toks[sa].w in _HOSTS and sa + 1 < sb and toks[sa + 1].w == "(":
        # the host's label with the asking outlet in brackets: a question, no words
        close = next((r for r in range(sa + 2, min(sb, sa + 12)) if toks[r].w == ")"), None)
        if close is not None and close + 1 < sb and toks[close + 1].w == ":":
            return True
    colon = next((r for r in range(sa, min(sb, sa + max_label + 1)) if toks[r].w == ":"),
                 None)
    if colon is None or colon == sa or colon + 1 >= sb or not all(
            toks[r].is_word and not toks[r].w[:1].isdigit() for r in range(sa, colon)):
        return False
    if colon == sa + 1 and toks[sa].w in _HOSTS:
        return True
    end = _content_end(toks, colon + 1, sb)
    if colon == sa + 1 and toks[sa].w in _ANSWERS:
        raw.append(_Stmt(colon + 1, end, None, inherit=True))
    else:
        raw.append(_Stmt(colon + 1, end, (sa, colon)))
    return True


def _quote_sentences(toks: list[Token], sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, with those inside one quotation joined: 'قال: "لن نتراجع. سنواصل
    القتال"' is one report of two sentences. A quotation that does not close before the
    paragraph ends joins nothing (a stray mark must not swallow the next speaker)."""
    if _QUOTES.isdisjoint(map(_WORD, toks)):  # (one test per token, in C)
        return sents
    out: list[tuple[int, int]] = []
    n = len(sents)
    i = 0
    while i < n:
        a, b = sents[i]
        close = None
        if _open_quote(toks, a, b):
            # At most five sentences on, and never past the end of the paragraph.
            for k in range(i + 1, min(n, i + 6)):
                end_tok = sents[k - 1][1]
                if end_tok >= len(toks) or toks[end_tok].w == "\n":
                    break
                if not _open_quote(toks, a, sents[k][1]):
                    close = k
                    break
        if close is None:
            out.append((a, b))
            i += 1
        else:
            out.append((a, sents[close][1]))
            i = close + 1
    return out


_CLOSED_LINE_ENDS = frozenset(' \t.!?؟:"»”)')


def _open_line_end(text: str) -> bool:
    """Does a line after the headline end in a letter or digit, not a stop or a closing
    mark? Only such a text can hold a line broken inside the words. (A line at a time by
    ``str.find``: a pattern led by a character class is tried at every position.)"""
    i = text.find("\n")
    while i >= 0:
        i = text.find("\n", i + 1)
        if i > 0 and text[i - 1] not in _CLOSED_LINE_ENDS:
            return True
    return False


def _join_wrapped(toks: list[Token], sents: list[tuple[int, int]],
                  first_line_end: int) -> list[tuple[int, int]]:
    """The sentences, with a line broken inside the reported words joined to the next:
    scraped text and live blogs break lines by width ('قال إن الدفاعات الجوية\nاعترضت
    الصاروخ'), where a paragraph of news copy ends with a full stop. The headline line is
    never joined."""
    if len(sents) < 2 or first_line_end >= len(toks):
        return sents
    out = [sents[0]]
    for c, d in sents[1:]:
        a, b = out[-1]
        if b > first_line_end and c == b + 1 and toks[b].w == "\n" and _wrapped(toks, a, b, c,
                                                                               d):
            out[-1] = (a, d)
        else:
            out.append((c, d))
    return out


def _wrapped(toks: list[Token], a: int, b: int, c: int, d: int) -> bool:
    """Does the line ending at b go on at c? Its sentence must be open: inside a quotation
    that the next line closes, or ending in a word after a complementizer (the words have
    begun). The next line must open with a plain word: not a time stamp, a live label, a
    label and a colon, or a new report ("وقال ..."), which begin an item or paragraph."""
    if _open_quote(toks, a, b):
        if _open_quote(toks, a, d):
            return False
    elif not (toks[b - 1].is_word and not toks[b - 1].is_digit
              and any(toks[r].w in _COMP for r in range(a, b - 1))):
        return False
    first = toks[c]
    if not first.is_word or first.is_digit or first.w in _LIVE_LABELS or first.w in _HOSTS:
        return False
    if first.w in _CONTINUING or (first.w[:1] == "و" and _verb_form(first, _VERBS)):
        return False
    return not any(toks[r].w == ":" for r in range(c + 1, min(d, c + 4)))


def _open_quote(toks: list[Token], a: int, b: int) -> bool:
    """Is a quotation opened in tokens [a, b) still open at b?"""
    depth = 0
    plain = False
    # (only the words this loop acts on are visited, picked out in C; it ran in Python over
    # every token, again for each sentence a quotation may join)
    for w in filter(_QUOTE_WORDS.__contains__, map(_WORD, toks[a:b])):
        if w == '"':
            plain = not plain
        elif w in "«“":
            depth += 1
        elif w in "»”":
            depth = max(0, depth - 1)
    return plain or depth > 0
