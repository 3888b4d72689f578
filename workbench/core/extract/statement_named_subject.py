"""A person the sentence before a pronoun's names as its subject where the general subject
reader sees no name (round en173): a feature brings a person in after a possessive and a
person noun, with no comma ("His colleague Maria Kowalczyk-Nowak was in the second car.
'...,' she says."), or opens a paragraph on the person's possessive and goes on with the
paragraph's own "he" ("Lindqvist's shift starts at six. Before he leaves, his son checks
the radio. '...,' he says."). The quote went to the last official who spoke before.

Only the sentences of the pronoun's paragraph just before it are read, once per pronoun,
with anchored matches; round en169's guards hold (no quote and no other speaker's words
in the sentence before; one who was buried, killed or mourned there is not the speaker),
and a name whose sex the text does not mark takes the pronoun only when no other person
is named in its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .spans import Document, Sentence
from .statement_described_subject import _MOURNED
from .statement_persons import _body_name
from .statement_quoted_sentence import inside_open_quote
from .statement_text_sex import text_sex

_QUOTE_MARKS = ('"', "“", "”")
_NAME = r"[A-Z][\w'’\-]+(?:\s+(?:al-|el-|bin\s|ibn\s)?[A-Z][\w'’\-]+){0,2}"
# "His colleague Maria Kowalczyk-Nowak was ...": a possessive, up to four words in lower
# case ending on a person noun, then the name and a verb in lower case.
_POSSESSED_NAME = re.compile(
    rf"\s*(?:His|Her|Their)\s+(?P<mods>(?:[a-z][\w\-]*\s+){{1,4}})(?P<name>{_NAME})"
    r"(?=\s+[a-z])")
# "Lindqvist's shift starts at six.": a name's possessive opening the paragraph, then a
# noun in lower case.
_POSSESSOR = re.compile(rf"\s*(?P<name>{_NAME})['’]s\s+(?P<noun>[a-z][\w\-]*)")
# A capital inside a sentence (after a word in lower case or a comma): another name.
_INNER_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]")
# How many sentences of the paragraph may stand between its opening and the pronoun's.
_PARAGRAPH_REACH = 3
_POSSESSIVES = ("His ", "Her ", "Their ")
_OWN_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")


def _plain(text: str, sent: Sentence, spoken: list[int]) -> bool:
    """No quote, no open quote and no speaker's words in ``sent``: the writer's own."""
    if any(q in sent.text for q in _QUOTE_MARKS) or inside_open_quote(text, sent.start):
        return False
    k = bisect_left(spoken, sent.start)
    return not (k < len(spoken) and spoken[k] < sent.end)


def _person_head(word: str) -> bool:
    return word in EN.PERSON_WORDS or word in EN.SEXED_NOUNS or word in EN.TRADE_NOUNS


def named_subject_before(doc: Document, sent_start: int, pronoun: str,
                         spoken: list[int]) -> tuple[int, str] | None:
    """(position, name) of the person named as the subject of the sentence right before
    ``sent_start`` after a possessive and a person noun, or named by the possessive that
    opens the paragraph when the paragraph's own ``pronoun`` ("he" or "she") follows;
    None otherwise. ``spoken`` are the starts of all entries' words, in order."""
    if pronoun not in ("he", "she"):
        return None
    i = bisect_left(doc.starts, sent_start) - 1
    if i < 0:
        return None
    text = doc.text
    sent = doc.sentences[i]
    if not _plain(text, sent, spoken):
        return None
    if text[sent.start:sent.start + 8].lstrip().startswith(_POSSESSIVES):
        found = _possessed_name(text, sent, pronoun)
        if found is not None:
            return found
    return _paragraph_possessor(doc, i, sent_start, pronoun, spoken)


def _possessed_name(text: str, sent: Sentence, pronoun: str) -> tuple[int, str] | None:
    """"His colleague Maria Kowalczyk-Nowak was in the second car.": the name, when the
    noun before it is a person's and of no other sex than ``pronoun``."""
    m = _POSSESSED_NAME.match(text, sent.start, sent.end)
    if m is None:
        return None
    head = m["mods"].split()[-1]
    name = m["name"]
    if not _person_head(head) or _body_name(name.split()):
        return None
    if _MOURNED.search(text, m.end(), sent.end):
        return None  # ("His son Ali Musa was buried on Sunday.") the mourned say nothing
    sex = EN.SEXED_NOUNS.get(head) or text_sex(text, name, m.end())
    if sex is not None and sex != pronoun:
        return None
    if sex is None and _INNER_CAPITAL.search(text, m.end(), sent.end):
        return None  # another person named beside an unmarked name: either may be meant
    return m.start("name"), name


def _paragraph_possessor(doc: Document, i: int, sent_start: int, pronoun: str,
                         spoken: list[int]) -> tuple[int, str] | None:
    """"Lindqvist's shift starts at six. Before he leaves, his son checks the radio.": the
    possessor opening the pronoun's paragraph, when the sentences after it call someone
    ``pronoun`` (and never the other sex) and name no one else."""
    text = doc.text
    para = text.rfind("\n", 0, sent_start) + 1
    k = bisect_left(doc.starts, para)
    if k >= len(doc.sentences) or k > i or i - k > _PARAGRAPH_REACH - 1 or (
            text[para:doc.sentences[k].start].strip()):
        return None
    first = doc.sentences[k]
    m = _POSSESSOR.match(text, first.start, first.end)
    if m is None or _person_head(m["noun"]) or _body_name(m["name"].split()) or (
            m["name"].split()[0].lower() in EN.FUNCTION_WORDS):
        return None  # ("Kessa's mayor", "The UN's envoy"): the possessed is the person
    seen: set[str] = set()
    for j in range(k, i + 1):
        sent = doc.sentences[j]
        if not _plain(text, sent, spoken) or _MOURNED.search(text, sent.start, sent.end):
            return None
        lo = m.end() if j == k else sent.start
        if _INNER_CAPITAL.search(text, lo, sent.end):
            return None  # another person (or place) named between: no telling whose
        seen.update(EN.SEXED_PRONOUNS[p.group().lower()]
                    for p in _OWN_PRONOUN.finditer(text, lo, sent.end))
    if seen != {pronoun}:
        return None
    return m.start("name"), m["name"]
