"""Turn vocabulary (tuples of words and phrases) into regular-expression text."""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # trie key marking the end of a word


def alt(words: Iterable[str]) -> str:
    """An alternation of ``words`` shaped as a prefix tree, a space matching any whitespace run.

    Python's regex engine tries the branches of an alternation one by one, so
    150 flat words cost 150 attempts at every position; a prefix tree
    ("kill(?:ed|ing|s)?") rejects a position after one character. Longer words
    come before their prefixes ("shot dead" before "shot"), as in a flat
    longest-first list.
    """
    return _emit(_trie(words))


def alt_branches(words: Iterable[str]) -> str:
    """``alt(words)`` without its outer group: one branch per first letter, each opening
    with that letter. A pattern made only of such branches lets the regex engine skip, in
    C, to the next position holding one of the first letters; a group around them (or a
    branch opening with a class, as ``\\d``) makes it try the pattern at every position."""
    return "|".join(letter_branches(words))


def letter_branches(words: Iterable[str]) -> list[str]:
    """The branches of ``alt_branches(words)``, in order: ``alt(words)`` of words with
    more than one first letter is ``"(?:" + "|".join(letter_branches(words)) + ")"``."""
    trie = _trie(words)
    if _END in trie:
        raise ValueError("an empty word would match everywhere")
    return [_piece(ch) + _emit(child) for ch, child in sorted(trie.items())]


def _trie(words: Iterable[str]) -> dict[str, dict]:
    trie: dict[str, dict] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return trie


def _piece(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _emit(node: dict[str, dict]) -> str:
    branches = [_piece(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    if _END not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # The word may also end here: the longer words are tried first. One character takes a
    # greedy "?"; anything longer an empty last branch, which the regex engine tries in
    # the same order as "(?:...)?" but without the repeat machinery of a group under "?"
    # (a context pushed and a counter kept for every attempt).
    if len(branches) == 1 and len(branches[0]) == 1:
        return branches[0] + "?"
    return "(?:" + "|".join(branches) + "|)"


def first_chars(words: Iterable[str]) -> str:
    """Character class body of the lower-case first letters of ``words``."""
    return "".join(sorted({w[0].lower() for w in words}))
