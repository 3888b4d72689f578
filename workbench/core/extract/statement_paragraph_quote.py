"""A closed quote ending a paragraph is no quote of the next paragraph's speaker (round
en112).

'Her husband, she says, asked her to stop opening at night ... She refused. "If we all
close, where do the nurses buy milk at three in the morning?"' closes a paragraph of a
feature (en-61); the next opens "Staff Sergeant Leo Bouchard told this newspaper that ...",
and the quote was given to the officer, his own reported words lost. The attribution read
right after a quote already stops at a new paragraph when the quote closes with its stop;
the attribution with an aside on the speaker ('"...," a farmer, 54, said') did not. A
speaker on the next line after a quote closed by ".", "!" or "?" opens a sentence of its
own: the quote is left to the paragraph it stands in.
"""

from __future__ import annotations


def closed_before_paragraph(text: str, inner: str, qe: int, speaker_at: int) -> bool:
    """True when the quote whose words ``inner`` close at ``qe`` ends with its stop and a
    line break stands between it and the speaker read at ``speaker_at``."""
    return inner.rstrip("'’")[-1:] in ".!?" and "\n" in text[qe:speaker_at]
