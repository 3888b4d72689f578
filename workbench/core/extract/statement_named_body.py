""""It" after a description that only mentions a named body again: "Save the Children said
... The organisation is calling on ... It also urges donors ..." -- the corpus gives a
pronoun the name it stands for, and the description is no name."""

from __future__ import annotations

import re
from itertools import pairwise

from .lang import en as EN
from .speakers import PRONOUNS
from .statement_persons import _body_name

_ARTICLES = EN.ARTICLES


def _anaphoric_description(speaker: str) -> bool:
    """ "The group", "the organisation": an article and one of the nouns that re-mention a
    body, nothing else."""
    words = speaker.split()
    return len(words) == 2 and words[0].lower() in _ARTICLES and (
        words[1].lower() in EN.ANAPHORIC_BODY_NOUNS)


def _named_as_body(speaker: str) -> bool:
    """A body by its own name: one the vocabulary knows as a body ("NATO", "the Defence
    Ministry"), or capitalised words holding an inner article or preposition ("Save the
    Children") or closing on an acronym in brackets ("... wal-Muslimin (JNIM)"), which
    no person's name does."""
    words = speaker.split()
    if not words or speaker.lower() in PRONOUNS or not words[0][:1].isupper():
        return False
    if _body_name(words):
        return True
    if words[0].lower() in _ARTICLES:
        words = words[1:]  # "The Tarvian Liberation Front (TLF)"
        if not words or not words[0][:1].isupper():
            return False
    return _BRACKETED_ACRONYM.search(speaker) is not None or _acronym_led(words) or (
        len(words) >= 3 and words[0][:1].isupper() and words[-1][:1].isupper()
        and any(w in _INNER_LINKS for w in words[1:-1]) and _capitalised_between(words))


def _acronym_led(words: list[str]) -> bool:
    """(round en100) Three or more capitalised words opened by an acronym: "SOS Children's
    Villages Uruguay", "UN Human Rights Office"; a person's name opens on no acronym."""
    return len(words) >= 3 and words[0].isalpha() and words[0].isupper() and len(
        words[0]) >= 2 and all(w[:1].isupper() for w in words[1:])


def _capitalised_between(words: list[str]) -> bool:
    """(round en100) Every inner word of a name is capitalised, a link or a particle: "Save
    the Children", "Medecins du Monde"; a description that mentions a body and a place
    ("Teams from the organisation working in Cerro Norte and Casabo") has common words in
    lower case, and is no name an "it" could stand for."""
    return all(w[:1].isupper() or w in _INNER_LINKS or w in _PARTICLES for w in words[1:-1])


_BRACKETED_ACRONYM = re.compile(r"\((?:[A-Z]\.?){2,8}\)$")
_INNER_LINKS = frozenset(("the", "of", "for", "and"))
_PARTICLES = frozenset((*EN.NAME_PARTICLES, *EN.SPACED_NAME_PARTICLES))


def named_body_for_it(out: list[dict[str, object]], o: dict[str, object],
                      antecedent: str | None) -> str | None:
    """The name an "it" stands for when the antecedent found for it is a description that
    only mentions a body again: the latest earlier speaker named as a body (round 94)."""
    if not antecedent or not _anaphoric_description(antecedent):
        return None
    pos = int(o["start"])  # type: ignore[call-overload]
    name = None
    for e in out:
        if e is o or int(e["start"]) >= pos:  # type: ignore[call-overload]
            continue
        sp = e["speaker"]
        if isinstance(sp, str) and _named_as_body(sp):
            name = sp
    return name


class NamedBodies:
    """The speakers named as bodies that a pass over ``out`` in its order has left behind,
    for ``named_body_for_it`` without looking through every earlier entry again for each
    "it" (a long report of "The group ... It found that ..." took time growing with its
    square). When the entries do not come in order of their start, each "it" looks
    through them all, as before."""

    def __init__(self, out: list[dict[str, object]]) -> None:
        self._out = out
        self._ordered = all(int(a["start"]) <= int(b["start"])  # type: ignore[call-overload]
                            for a, b in pairwise(out))
        self._seen: list[tuple[int, str]] = []  # (start, speaker) of the bodies passed
        # (speed round 16) the (start, speaker) of every string speaker passed, in order,
        # and how many of them ``_seen`` has judged: most documents ask ``for_it`` never,
        # so the name test runs only when an "it" asks, on the speakers as they were
        # passed (a later change to an entry's speaker does not reach them)
        self._passed: list[tuple[object, str]] = []
        self._judged = 0

    def passed(self, o: dict[str, object]) -> None:
        """Note the entry the pass has just finished with."""
        sp = o["speaker"]
        if self._ordered and isinstance(sp, str):
            self._passed.append((o["start"], sp))

    def for_it(self, o: dict[str, object], antecedent: str | None) -> str | None:
        """``named_body_for_it`` of ``o``, from the bodies passed."""
        if not antecedent or not _anaphoric_description(antecedent):
            return None
        if not self._ordered:
            return named_body_for_it(self._out, o, antecedent)
        for start, sp in self._passed[self._judged:]:
            if _named_as_body(sp):
                self._seen.append((int(start), sp))  # type: ignore[call-overload]
        self._judged = len(self._passed)
        pos = int(o["start"])  # type: ignore[call-overload]
        # (the latest one opening before ``o``: only entries that open where it opens
        # come after it)
        return next((sp for start, sp in reversed(self._seen) if start < pos), None)
