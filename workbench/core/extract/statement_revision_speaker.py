"""A revision of a figure is no speaker (round en175): "... seven were killed, up from five
dead announced this afternoon", "... 30 were wounded, down from 41 reported on Sunday". The
participle after the earlier figure ("announced", "reported") is no verb of speech with the
phrase before it as its subject: the earlier count was someone's, but the phrase holds no
statement of its own, and the sentence's real source keeps its entry."""

from __future__ import annotations

import re

# "up from five dead", "down from the 41", "from eight": the speaker opens on the phrase
# that compares a figure with an earlier one.
_REVISION_SPEAKER = re.compile(r"(?:[Uu]p\s+|[Dd]own\s+)?from\s")


def drop_revision_speakers(out: list[dict[str, object]]) -> list[dict[str, object]]:
    """``out`` without the entries whose speaker is a figure's revision phrase."""
    if not any(isinstance(s := o["speaker"], str) and "from " in s for o in out):
        return out
    return [o for o in out if not (isinstance(o["speaker"], str)
                                   and _REVISION_SPEAKER.match(str(o["speaker"])))]
