""""one of them" after a described group (round en204): a feature tells what a group of
people said and then quotes one of its members ("Women who sell fish at the jetty said they
were afraid. '...,' one of them said."). "them" is the group told just before, so the
speaker is written as one of that group ("one of the women who sell fish at the jetty"):
the member the text names, with the group that says who they are. (round en211) Other
shares are read so too, as the text counts them: "Three of them said ..." is "three of
the residents who returned ..."."""

from __future__ import annotations

from .lang import en as EN
from .speakers import PRONOUNS

_ONE_OF_THEM = "one of them"
# (round en211) Other shares of the group: "Three of them said ...", "Some of them told us".
_SHARES_OF_THEM = frozenset(s for s in EN.SHARE_OF_PRONOUN_LEADS if s.endswith(" them"))
# How far back the group's entry may open: the sentence before, or a short paragraph.
_REACH = 600
# (not "police" or "staff": a force or a workplace speaks as a body, and "them" after it
# is most often the people it spoke of)
_PERSON_PLURALS = frozenset((*EN.IRREGULAR_PERSON_PLURALS, "people"))
# Words that open a group and are kept after "one of": "one of the traders".
_KEPT_DETERMINERS = frozenset(("the", "these", "those"))
# Words that open a group and give way to "the": "Some traders" -> "one of the traders".
_QUANTIFIERS = frozenset(("some", "many", "several", "most", "all", "both", "other"))
_NUMBERS = frozenset(EN.SPAN_NUMBERS)
# The plurals of peoples keep their capital: "Kenyans", "Sudanese" are no common nouns.
_PEOPLE_ENDINGS = ("ans", "ese", "is")


def _plural_head(words: list[str]) -> bool:
    """Does the group open on a plural of people within its first words ("Women who ...",
    "The traders at ...", "Two drivers waiting ...")? One person ("The mayor") or a body
    ("The ministry") is no group "them" names."""
    return any(_plural(w.lower().strip(",")) for w in words[:4])


def _plural(low: str) -> bool:
    return low in _PERSON_PLURALS or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "'s", "’s")))


def _a_name(group: str) -> bool:
    """(round en211) Is the group a name, all its words capitalised ("Ruth Amos", "Doctors
    Without Borders"), whose last "s" makes no plural of people? A people's plural alone
    ("Kenyans", "Sudanese") or a plural of people ("Women") is still a group."""
    words = group.split()
    if not all(w[:1].isupper() for w in words):
        return False
    low = words[0].lower()
    return len(words) > 1 or not (low in _PERSON_PLURALS or low.endswith(_PEOPLE_ENDINGS)
                                  or low.rstrip("s") in EN.PERSON_WORDS)


def _group_phrase(group: str) -> str:
    """The group written after "one of"."""
    words = group.split()
    first = words[0]
    low = first.lower()
    rest = " ".join(words[1:])
    if low.endswith(("'s", "’s")):
        return f"one of {group}"  # "one of Kisumu's traders"
    if low in _KEPT_DETERMINERS:
        return f"one of {low} {rest}".rstrip()
    if low in _QUANTIFIERS and rest:
        return f"one of the {rest}"
    if low in _NUMBERS or low.isdigit():
        return f"one of the {low} {rest}".rstrip()
    if first[1:].islower() and _plural(low) and not low.endswith(_PEOPLE_ENDINGS):
        first = low  # "Women who ..." -> "the women who ..."
    return f"one of the {first} {rest}".rstrip()


def name_one_of_group(out: list[dict[str, object]]) -> None:
    """Give each "one of them" the group whose entry comes right before it."""
    ordered = sorted(out, key=lambda o: int(o["start"]))  # type: ignore[call-overload]
    named: set[int] = set()  # the entries given their group here
    for i, o in enumerate(ordered):
        sp = o["speaker"]
        if not isinstance(sp, str) or i == 0 or (
                sp.lower() != _ONE_OF_THEM and sp.lower() not in _SHARES_OF_THEM):
            continue
        prev = ordered[i - 1]
        group = prev["speaker"]
        if id(prev) in named and int(o["start"]) - int(prev["end"]) < _REACH:  # type: ignore[call-overload]
            # '"...," one of them said. "..."': the second quote of the same member
            o["speaker"] = group
            named.add(id(o))
            continue
        if not isinstance(group, str) or group.lower() in PRONOUNS or (
                group.lower().startswith("one of")) or (
                int(o["start"]) - int(prev["start"]) > _REACH  # type: ignore[call-overload]
                ) or not _plural_head(group.split()) or _a_name(group):
            continue
        # (round en211) "Three of them said ...": the share as the text counts it
        o["speaker"] = sp.lower().rsplit(" of ", 1)[0] + _group_phrase(group)[3:]
        named.add(id(o))
