"""An annotation whose words a re-import changed: kept as coded, but sent back for review.

Re-anchoring finds an annotation again by its quote, fuzzily when the words changed. A
casualty figure or a date was read from those words: when "killed 12" became "killed 14"
in a corrected copy, the annotation still says 12 and the tally would go on delivering a
number the source no longer gives. The researcher's number is never rewritten (only they
know what the new words mean); instead the annotation loses its accepted status and its
memo says what changed, so it waits for review like an engine's suggestion, and the
tally leaves it out until it is accepted again.

Any other kind is sent back the same way: a statement, a claim or an actor re-anchored
onto other words may sit on another sentence that reads alike, and nothing else would
tell the researcher (docs/design.md, "Anchoring").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.core.anchoring import without_marks
from workbench.core.codebook import Codebook

# The memo line starts with this; the tally and the listings look for it.
MARK = "Re-import changed its words"
REASON = "its words changed on re-import; waits for review"
# An annotation whose words a re-import cut (orphaned, not for a look-alike) goes back
# the same way: a sentence cut from a corrected copy can be a retraction, and a figure
# the source no longer gives must not go on counting as accepted.
CUT_MARK = "Re-import cut its words"
CUT_REASON = "its words were cut on re-import; waits for review"


def _words(text: str) -> str:
    return " ".join(without_marks(text).split())


def reads_words(codebook: Codebook, kind: str) -> bool:
    """Whether the kind holds a value read from its words: a count or a date."""
    if kind not in codebook:
        return False
    spec = codebook.kind(kind)
    return spec.roles.has_counts or bool(spec.date_field)


def changed(old_exact: str, new_exact: str) -> bool:
    """Whether the quote's words differ (a change of spacing, or of Arabic harakat and
    tatweel, alone is no change)."""
    return _words(old_exact) != _words(new_exact)


def memo_line(old_exact: str, new_exact: str, values: bool = True) -> str:
    """The sentence the memo gets: what the words were, what they are, what to do.
    ``values``: the kind reads a count or a date from its words."""
    check = ("its coded values were kept; check them and accept it again." if values else
             "check that it still marks the same passage and accept it again.")
    was, now = " ".join(old_exact.split()), " ".join(new_exact.split())
    return f"{MARK} from “{was}” to “{now}”: {check}"


def cut_line(old_exact: str) -> str:
    """The memo sentence of an annotation whose words a re-import cut."""
    was = " ".join(old_exact.split())
    return (f"{CUT_MARK}: “{was}” is not in the new version (a correction may have "
            "withdrawn it); its coded values were kept: check the new version, then "
            "accept or reject it.")


def needs_review(row: Mapping[str, Any]) -> bool:
    """Whether an annotation waits for review because a re-import changed or cut its
    words (accepting it again, after checking, clears this)."""
    return review_reason(row) is not None


def review_reason(row: Mapping[str, Any]) -> str | None:
    """Why a re-import sent the annotation back for review (changed or cut words), or
    None; the latest re-import's reason when there were several. A row read with the
    SQL test already made (the tally's members: ``review_memo``, the memo of a suggested
    one that holds a mark, else None) is not tested again."""
    if "review_memo" in row:
        memo = row["review_memo"] or ""
    elif row.get("status") != "suggested":
        return None
    else:
        memo = row.get("memo") or ""
    at = {REASON: memo.rfind(MARK), CUT_REASON: memo.rfind(CUT_MARK)}
    reason, where = max(at.items(), key=lambda item: item[1])
    return reason if where >= 0 else None
