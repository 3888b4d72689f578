"""(round ar159) A judgement given as a quotation with no complementizer.

1. A body described by a relative of condemning ('وفق أرقام وزارة الصحة التي دانت
   "استهداف المسعفين"'): the quotation right after the relative's verb is the body's
   words, as 'ودانت الوزارة "استهداف المسعفين"' is (``statement_paragraphs``). The body
   whose figures are cited (``FIGURES_OF_A_BODY``: "أرقام وزارة الصحة") is the one that
   condemned: figures condemn nothing; after a medium ("بيان للمحافظة التي نددت") the
   body after its "ل" did. An unquoted object ("التي دانت الهجوم") says nothing, as
   before.
2. The participle of considering with an object and a quoted judgement ('، معتبرا اقتحام
   الأقسام "خرقا للقانون"'): the object and the quotation are the words of the clause's
   teller, as "، واصفا ما جرى بـ"..."" is.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _COMP
from .statement_content_end import _QUOTE_PAIRS
from .statement_fronted import _antecedent
from .statement_shared import _MEDIA
from .statement_source_relative import source_before_relative
from .tokens import Token

_REL = fold_set(V.RELATIVE_PRONOUNS)
_CONSIDERING = fold_set(V.CONSIDERING_PARTICIPLES)
_FIGURES = fold_set(V.FIGURES_OF_A_BODY)
_CONSIDERED_MAX = V.DESCRIBED_MAX_WORDS


def relative_condemner(toks: list[Token], sa: int,
                       k: int) -> tuple[tuple[int, int], bool] | None:
    """Who condemns with the verb at ``k`` when a relative pronoun stands right before it
    ("وزارة الصحة التي دانت"): the relative's antecedent, a body's figures standing for
    the body ("أرقام وزارة الصحة"), the body after a medium's "ل" ("بيان للمحافظة التي
    نددت": then True, the speaker carries that "ل"), or None."""
    if k - 1 <= sa or toks[k - 1].w not in _REL:
        return None
    ante = source_before_relative(toks, sa, k - 1) or _antecedent(toks, sa, k - 1)
    if ante is None:
        return None
    a, b = ante
    if b - a > 1 and toks[a].w in _FIGURES:
        return (a + 1, b), False  # "أرقام وزارة الصحة التي دانت": the ministry
    if b - a > 1 and toks[a].w.startswith(_MEDIA) and toks[a + 1].w[:1] == "ل":
        return (a + 1, b), True
    return (a, b), False


def considered_quote(toks: list[Token], k: int, sb: int) -> int | None:
    """Where the words end (after the closing mark) for the participle of considering at
    ``k`` followed by an object of one to ``DESCRIBED_MAX_WORDS`` plain words and a
    quotation ('معتبرا اقتحام الأقسام "خرقا للقانون"'), or None."""
    if toks[k].w not in _CONSIDERING:
        return None
    r = k + 1
    while r < sb and r <= k + _CONSIDERED_MAX and toks[r].is_word and toks[r].w not in _COMP:
        r += 1
    if r == k + 1 or r + 1 >= sb or toks[r].w not in _QUOTE_PAIRS:
        return None
    close = next((e for e in range(r + 1, sb) if toks[e].w == _QUOTE_PAIRS[toks[r].w]), None)
    return close + 1 if close is not None and close > r + 1 else None
