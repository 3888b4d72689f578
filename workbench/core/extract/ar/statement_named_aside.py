"""The speaker's name given in an aside after what he is ("قال أحد الناجين، ويدعى فلان،
..."), and the quotation that follows a speaker and a comma with no complementizer
('وقال أحد الناجين، ويدعى فلان، "..."').

News Arabic introduces a witness by what he is, then names him between commas: "، ويدعى
X،" or "، طلب تعريفه باسم X،". The whole phrase, with the text's commas, is the speaker
(the corpus keeps a titled speaker as introduced), and the name is who a later "وأضاف" or
participle points back to. The words may then follow at once as a quotation after the
comma, the way a colon would introduce them; only a quotation that runs to the end of the
sentence is read so, since a quoted word in an aside ("، "الشريك" في الحكومة،") is no
report."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import _SAYING_NOUNS
from .statement_content_end import _QUOTE_PAIRS
from .statement_speaker_end import NAMING_ASIDE
from .tokens import Token, is_end

_COMMAS = frozenset(("،", ","))

# the aside's naming verb with "و" ("، ويدعى") or without it ("، يدعى فلان:")
_NAMING = NAMING_ASIDE | fold_set(w for w in V.NAMING_WORDS
                                  if w.startswith(V.PRESENT_PREFIXES_HE_SHE))
_GOES_ON = fold_set(V.DESCRIPTION_GOES_ON_PREPOSITIONS)
_DESCRIPTION_OPENERS = fold_set(V.DESCRIPTION_OPENERS)
_COMP = fold_set(V.COMPLEMENTIZERS)
_NAMED_AS_REQUESTS = tuple(tuple(fold_word(w) for w in words) for words in V.NAMED_AS_REQUESTS)

_ROUTES = fold_set(V.ROUTE_NOUNS)
_ROUTE_DASHES = frozenset(V.ROUTE_DASHES)

_NAME_WORDS = 5  # a personal name with "أبو", a father's and a family name at most


def _comma_past_description(toks: list[Token], e: int, sb: int, goes_on: bool) -> int:
    """The comma before a naming aside when the speaker's phrase ending at ``e`` is
    described further: by a preposition and its few words ("المسؤولة عن المنطقة،", only
    when ``goes_on``: after "نقل" the "عن" is the relay's) or by an aside of its own
    ("، وهو أحد المفرج عنهم،"); ``e`` itself otherwise. The naming aside after the comma
    is what shows the description ran so far."""
    if goes_on and e < sb and toks[e].w in _GOES_ON:
        c = next((r for r in range(e + 1, min(sb, e + 2 + V.DESCRIPTION_GOES_ON_WORDS))
                  if not toks[r].is_word or toks[r].w in _COMP), None)
        if c is not None and c + 1 < sb and toks[c].w in _ROUTE_DASHES and any(
                toks[r].w in _ROUTES for r in range(e + 1, c - 1)):
            # (round ar192) "أحد سائقي الشاحنات على محور البلدة - المدينة، ويدعى فلان":
            # a road named by its two ends, joined by the dash; the second end goes on
            c = next((r for r in range(c + 1, min(sb, c + 2 + V.ROUTE_END_WORDS))
                      if not toks[r].is_word or toks[r].w in _COMP), None)
        if c is not None and c > e + 1 and toks[c].w in _COMMAS and c + 1 < sb and toks[
                c + 1].w in _NAMING:
            e = c
    if e + 2 < sb and toks[e].w in _COMMAS and toks[e + 1].w in _DESCRIPTION_OPENERS:
        c = next((r for r in range(e + 2, min(sb, e + 3 + V.DESCRIPTION_ASIDE_WORDS))
                  if not toks[r].is_word or toks[r].w in _COMP), None)
        if c is not None and c > e + 2 and toks[c].w in _COMMAS and c + 1 < sb and toks[
                c + 1].w in _NAMING:
            e = c
    return e


def _named_aside(toks: list[Token], e: int, sb: int,
                 goes_on: bool = False) -> tuple[int, int] | None:
    """With the speaker's phrase ending at the comma ``e``, the name of an aside that names
    him ("، ويدعى فلان الفلاني،"، "، طلب تعريفه باسم أبو سعيد،"): (start, end) of the name,
    the end being the comma (or the colon before the words) that closes the aside.
    (Round ar134: the description may go on before that comma, see
    ``_comma_past_description``, and the naming verb may come without "و".)"""
    e = _comma_past_description(toks, e, sb, goes_on)
    if e + 2 >= sb or toks[e].w not in _COMMAS:
        return None
    if toks[e + 1].w in _DESCRIPTION_OPENERS:
        # "، وهو معلم يدعى فلان،": the aside that says what he is names him too
        e = next((r - 1 for r in range(e + 3, min(sb - 1, e + 2 + V.DESCRIPTION_ASIDE_WORDS))
                  if toks[r].w in _NAMING or not toks[r].is_word or toks[r].w in _COMP), e)
        if toks[e + 1].w not in _NAMING:
            return None
    n0 = e + 2 if toks[e + 1].w in _NAMING else next((
        e + 1 + len(words) for words in _NAMED_AS_REQUESTS
        if tuple(t.w for t in toks[e + 1:e + 1 + len(words)]) == words), None)
    if n0 is None:
        return None
    n1 = n0
    while n1 < sb and n1 - n0 <= _NAME_WORDS and toks[n1].is_word:
        n1 += 1
    if n1 == n0 or n1 >= sb:
        return None
    if toks[n1].w == "(" and n1 + 4 < sb and toks[n1 + 1].is_digit and toks[
            n1 + 3].w == ")" and toks[n1 + 4].w in _COMMAS:
        # "، ويدعى فلان (41 عاما)،": his age in brackets closes the aside with the name;
        # the speaker ends with the name
        return n0, n1
    if toks[n1].w not in _COMMAS and not (toks[n1].w == ":" and n1 + 1 < sb):
        # (round ar132: a colon closes the aside as the comma does, the words after it:
        # 'ويقول مشجع أصيب في ساقه، ويدعى فلان: "..."')
        return None
    return n0, n1


def _quote_to_end(toks: list[Token], q: int, sb: int) -> bool:
    """Does the quotation opening at ``q`` run to the end of its sentence, with a few words
    in it?"""
    if q >= sb or toks[q].w not in _QUOTE_PAIRS:
        return False
    close = _QUOTE_PAIRS[toks[q].w]
    r = next((r for r in range(q + 1, sb) if toks[r].w == close), None)
    return r is not None and r - q > 3 and (r + 1 >= sb or is_end(toks[r + 1]))


def _comma_quote(toks: list[Token], m: int, sb: int) -> int | None:
    """Where the words start when a quotation follows the speaker and a comma (or the
    noun "قوله" after a relayed source) with no complementizer or colon: 'وقال الجار،
    الذي يسكن قبالة المنزل، "..."'، 'عن أحد السائقين قوله "..."'."""
    if m + 1 < sb and (toks[m].w in _COMMAS or toks[m].w in _SAYING_NOUNS) and _quote_to_end(
            toks, m + 1, sb):
        return m + 1
    if m > 0 and toks[m - 1].w in _COMMAS and _quote_to_end(toks, m, sb):
        return m  # the comma was passed over as an adjunct's
    return None
