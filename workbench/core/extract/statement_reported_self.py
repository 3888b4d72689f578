"""The pronoun that opens a reported clause stands for the one who reports it: "The group
said it had carried out the attack, accusing the workers of ..." -- "it" is the group, and
so are the words of the clause's own participle."""

from __future__ import annotations

_OPEN_MARKS = "\"“‘'"


def reporter_of_own_subject(out: list[dict[str, object]], o: dict[str, object],
                            text: str) -> str | None:
    """The speaker of the reported (not quoted) words that ``o`` sits inside, when ``o``'s
    pronoun speaker ("it", "they") is the first word of those words: in indirect speech a
    body's "it" is that body ("said it had carried out the attack"), where inside its
    quoted words ('"They told us ..."') "they" would be others (round 94)."""
    pronoun = str(o["speaker"]).lower()
    pos, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
    for e in out:
        if e is o:
            continue
        a, b = int(e["start"]), int(e["end"])  # type: ignore[call-overload]
        if not (a < pos and end <= b) or (a > 0 and text[a - 1] in _OPEN_MARKS) or (
                _opens_sentence(text, a)):
            continue
        first = text[a:b].split(None, 1)[0].lower() if text[a:b].strip() else ""
        speaker = e["speaker"]
        if first == pronoun and isinstance(speaker, str) and speaker.lower() != pronoun:
            return speaker
    return None


def _opens_sentence(text: str, at: int) -> bool:
    """Do the words at ``at`` open their sentence, their reporter named after them ('They
    told us "leave now," Mara Veld said': "they" are others, whom she speaks of)?"""
    stop = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("? ", 0, at),
               text.rfind("! ", 0, at))
    return not text[stop + 1:at].strip(" \t\"“‘'")
