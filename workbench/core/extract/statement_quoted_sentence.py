"""A sentence that opens inside someone's quoted words (round en105).

The pronoun rules look back for the subject of an earlier sentence; a quote of two
sentences splits into two, and the second opens on the speaker's own subject: 'Minister
Claire Hoarau ... said: "Nothing justifies young people killing each other. The State will
not abandon the people of Koungou." She added that ...' (en-56) gave "She" to "The State".
Such a subject is what the speaker talks of, no one the writer names: a sentence whose
start lies after an opening quote mark not yet closed in its paragraph is passed over.
"""

from __future__ import annotations

_OPENING = "“"
_CLOSING = "”"


def inside_open_quote(text: str, at: int) -> bool:
    """Does ``at`` lie inside a quotation opened earlier in its paragraph and not closed
    before it? Straight marks count by parity; curly ones by which of the two came last."""
    para = text.rfind("\n", 0, at) + 1
    span = text[para:at]
    if span.count('"') % 2 == 1:
        return True
    return span.rfind(_OPENING) > span.rfind(_CLOSING)
