"""(round ar111) A title described by a relative clause, then the person's name in commas
before the complementizer: "وقال المتحدث باسم القوات التي يقودها فلان، أحمد الفلاني، إن
...". The name is who speaks and who a later "وأضاف" points back to; the clause only says
whose forces the title serves, and the name in it ("يقودها فلان") is no speaker."""

from __future__ import annotations

from .statement_fronted import _relative_at, _relative_end
from .statement_subject import _apposed_name_end
from .tokens import Token

_COMMAS = frozenset(("،", ","))


def name_after_relative(toks: list[Token], sp_end: int, c: int, sb: int) -> tuple[int, int] | None:
    """(start, end) of the name in commas after the relative clause that follows the title
    ending at ``sp_end``, when only the complementizer stands between the name's closing
    comma and the words at ``c``."""
    r = _relative_at(toks, sp_end, sb)
    if r is None:
        return None
    end = _relative_end(toks, r, sb)
    if not (end < c and toks[end].w in _COMMAS):
        return None
    q = _apposed_name_end(toks, end, c)
    if q is None or c - q > 2:
        return None
    return end + 1, q
