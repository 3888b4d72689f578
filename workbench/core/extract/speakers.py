"""Noun phrases that name a speaker or claimant, read backwards or forwards from a verb.

News attributions put the source right next to the speech verb ("the
Syrian Observatory for Human Rights said", "said Observatory director Rami
Abdel Rahman"), so a run of capitalised words, a closed list of source
nouns ("police", "officials", "media", "spokesman") and a few connectors
("of", "for", "the") is enough to delimit the speaker, even in scraped copy
that lost its commas.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lang import en as EN
from .statement_shared import _agent_noun

SPEAKER_NOUNS = EN.SPEAKER_NOUNS
SPEAKER_ADJ = EN.SPEAKER_ADJECTIVES
CONNECTORS = EN.SPEAKER_CONNECTORS
# Connectors that may sit inside a speaker but never at its edges.
_ARTICLES = EN.ARTICLES
_INNER_ONLY = CONNECTORS - _ARTICLES
PRONOUNS = EN.PRONOUNS
_POSSESSIVES = frozenset(EN.THIRD_PERSON_POSSESSIVES)
_FUNCTION_CAPS = EN.FUNCTION_WORDS
_TOKEN = re.compile(r"[\w][\w'’.\-]*[\w]|[\w]|[()\[\],;:\"“”]")
# An acronym as written in brackets after a name: "(ISPR)", "(SEMA)", "(U.N.)".
_ACRONYM = re.compile(r"[A-Z][A-Za-z.&\-]{1,9}")
_BRACKETED_ACRONYM = re.compile(rf"\s*\({_ACRONYM.pattern}\)")
_OF_THE_MODIFIER = re.compile(r"\d{1,3}(?:st|nd|rd|th)|[a-z]+['’]s")


def _is_speaker_noun(word: str) -> bool:
    return word in SPEAKER_NOUNS or (word.endswith("s") and word[:-1] in SPEAKER_NOUNS)


@lru_cache(maxsize=8192)
def _is_speakerish(tok: str) -> bool:
    low = tok.lower().rstrip(".")
    if low in _FUNCTION_CAPS:
        return False
    if tok[0].isupper() or (tok[0].isdigit() and "-" in tok):
        return True
    head, hyphen, rest = tok.partition("-")
    if hyphen and rest[:1].isupper() and head in EN.NAME_PARTICLES:
        return True  # "al-Araji": a name's word after its particle
    base = low[:-2] if low.endswith(("'s", "’s")) else low
    if hyphen and _is_speaker_noun(base.rpartition("-")[2]):
        return True  # "sub-office", "secretary-general": a compound is of its last part's kind
    if hyphen and "-in-" in base and _is_speaker_noun(head):
        # (round en228) "officer-in-charge", "commander-in-chief": a post whose head comes
        # first, its "in" phrase after it
        return True
    return (base in SPEAKER_NOUNS or base in SPEAKER_ADJ or base in EN.SOURCE_MODIFIERS
            or low.endswith(("-based", "-run"))
            or low.startswith("pro-") or (low.endswith("s") and low[:-1] in SPEAKER_NOUNS))


def backward_np(text: str, end: int, floor: int = 0, max_tokens: int = 12) -> tuple[int, int]:
    """Speaker phrase ending at ``end`` (text[start:end]); (end, end) when none."""
    toks = [(m.start() + floor, m.end() + floor, m.group())
            for m in _TOKEN.finditer(text[floor:end])]
    picked: list[tuple[int, int, str]] = []
    skip = -1
    for i in range(len(toks) - 1, -1, -1):
        if i >= skip >= 0:
            continue
        tok = toks[i]
        w = tok[2]
        low = w.lower()
        if len(picked) >= max_tokens:
            break
        if w == ")" and i >= 3 and toks[i - 2][2] == "(" and (
                _ACRONYM.fullmatch(toks[i - 1][2]) and toks[i - 3][2][:1].isupper()):
            # "the State Emergency Management Agency (SEMA) said": the bracketed acronym
            # repeats the name before it, so the phrase goes on through it.
            picked.extend((toks[i], toks[i - 1], toks[i - 2]))
            skip = i - 2
            continue
        if low in PRONOUNS and not picked:
            picked.append(tok)
            break
        if _is_speakerish(w) or (low in CONNECTORS and picked):
            picked.append(tok)
            continue
        if not picked and w.isdigit() and i > 0 and toks[i - 1][2][0].isupper() and (
                _is_speakerish(toks[i - 1][2])):
            picked.append(tok)  # a number closing a name: "Rescue 1122 said", "Unit 8200"
            continue
        if low in _POSSESSIVES and picked and picked[-1][2].islower():
            # "... and its director said": the possessive opens the phrase (without it
            # the words of the clause before ran on to "and its")
            picked.append(tok)
        break
    picked.reverse()
    # An article inside the phrase opens it unless a connector precedes it ("Observatory
    # for the ..."): in copy without commas "... countryside of Hama the Syrian
    # Observatory said" is "the Syrian Observatory".
    for i in range(len(picked) - 1, 0, -1):
        if picked[i][2].lower() in _ARTICLES and picked[i - 1][2].lower() not in CONNECTORS:
            del picked[:i]
            break
    while picked and picked[0][2].lower() in _INNER_ONLY:
        picked.pop(0)
    while picked and picked[-1][2].lower() in CONNECTORS:
        picked.pop()
    if not picked:
        return end, end
    return picked[0][0], picked[-1][1]


def forward_np(text: str, start: int, limit: int, max_tokens: int = 12) -> tuple[int, int]:
    """Speaker phrase starting at ``start`` (after "said", "according to", "quoting")."""
    picked: list[tuple[int, int, str]] = []
    skip_to = -1
    for m in _TOKEN.finditer(text, start, limit):
        if m.start() < skip_to:
            continue
        w = m[0]
        if len(picked) >= max_tokens:
            break
        if w == "(" and picked and picked[-1][2][:1].isupper() and (
                acr := _ACRONYM_IN_BRACKETS.match(text, m.start(), limit)) and (
                _NAME_AFTER.match(text, acr.end()) or _OF_NAME_AFTER.match(text, acr.end())):
            # "said Officer-in-Charge (OC) of Debidwar Police Station Abu Hanif": an
            # acronym in brackets inside a title, the title going on after it
            picked.append((m.start(), acr.end(), acr.group()))
            skip_to = acr.end()
            continue
        low = w.lower()
        if picked and low in _PHRASE_BREAKS and _new_phrase(text, m.end(), low, picked[-1][2]):
            break
        if picked and low in _ARTICLES and picked[-1][2].lower() not in CONNECTORS:
            if len(picked) == 1 and picked[0][2][:1].isupper() and (
                    closing := _THE_NAME_CLOSING.match(text, m.end(), limit)):
                # "warns Save the Children": a name of capitals with an inner article,
                # closing its sentence (round 71)
                picked.append((m.start(), m.end(), w))
                picked.append((closing.start("w"), closing.end("w"), closing["w"]))
                break
            break  # "told the BBC the invasion was illegal": a new phrase
        if low in PRONOUNS and not picked:
            picked.append((m.start(), m.end(), w))
            break
        if (picked and w[0].islower() and low.endswith("s") and low not in SPEAKER_NOUNS
                and picked[-1][2][:1].isupper() and _DETERMINER_AFTER.match(text, m.end())):
            break  # "Major Lev Adler heads the battalion": a verb after a name, no plural
        if _is_speakerish(w) or low in CONNECTORS:
            picked.append((m.start(), m.end(), w))
            continue
        if not picked and low in EN.PERSON_WORDS and w[0].islower() and (
                _FULL_NAME_AFTER.match(text, m.end())):
            # "said nurse Naw Paw Htoo", "according to farmer Ali Musa": a lower-case
            # title of what the person does, run into the full name
            picked.append((m.start(), m.end(), w))
            continue
        if picked and w[0].islower() and _described_person(text, m.end(), low, picked):
            # a person named by a lower-case word the speaker lists lack, after its
            # modifiers (round 80): "said provincial administrator Jose Villarmente", "said
            # a rescue worker who asked not to be named"
            picked.append((m.start(), m.end(), w))
            continue
        if len(picked) > 2 and picked[-1][2].lower() == "the" and (
                picked[-2][2].lower() == "of") and _OF_THE_MODIFIER.fullmatch(w):
            # "said Colonel Adnan Khalil of the city's police command", "of the 3rd
            # Brigade": a possessive or an ordinal opening the body the speaker is of
            picked.append((m.start(), m.end(), w))
            continue
        if low in _POLICE_UNITS and picked and picked[-1][2].lower() == "police":
            # (round en228) "said the chief of Korail police station": the unit the
            # police word names goes on with the phrase
            picked.append((m.start(), m.end(), w))
            continue
        if picked and picked[-1][2].lower() == "of" and _NAME_AFTER.match(text, m.end()):
            # "mayor of besieged Kessa", "governor of embattled Vell": a lower-case
            # adjective between "of" and the place's name stays in the phrase
            picked.append((m.start(), m.end(), w))
            continue
        break
    while picked and picked[-1][2].lower() in CONNECTORS:
        picked.pop()
    if not picked or picked[0][2].lower() in _INNER_ONLY:
        return start, start  # "said in Kessa": a place, no speaker
    end = picked[-1][1]
    if picked[-1][2][:1].isupper() and (acr := _BRACKETED_ACRONYM.match(text, end, limit)):
        end = acr.end()  # "said the Inter-Services Public Relations (ISPR)"
    return picked[0][0], end


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_POLICE_UNITS = frozenset(EN.POLICE_UNIT_NOUNS)
_WHO_AFTER = re.compile(r"\s+who\s")
_DESCRIBED_HEADS = EN.PERSON_WORDS | EN.ROLE_HEADS
_ONE_UNNAMED = frozenset(EN.INDEFINITE_DETERMINERS)
# Capitalised openers that are no adjective of a post: "Her neighbour Ilko Petrov" is a
# possessive's person, whom the readers of possessed names take (round en173).
_NOT_ADJECTIVES = EN.POSSESSIVE_PRONOUNS


_STATUS_BEFORE_AGENT = frozenset(EN.STATUS_BEFORE_AGENT_EN224)


def _described_person(text: str, end: int, low: str, picked: list[tuple[int, int, str]]) -> bool:
    """Does the lower-case word ``low`` ending at ``end`` head the speaker phrase ``picked``
    opened: a person word or a role, after lower-case words only, with the person's full
    name after it ("provincial administrator Jose Villarmente") or, after "a" / "an", the
    relative that stands in for the name ("a rescue worker who asked not to be named")?"""
    if low not in _DESCRIBED_HEADS and low not in EN.LOWER_CASE_POSTS and not (
            len(picked) == 1 and picked[0][2].lower() in _STATUS_BEFORE_AGENT
            and _agent_noun(low)):
        return False
    if not all(p[2][:1].islower() for p in picked):
        # (round en177) one capitalised adjective before the title, the sentence's first
        # word ("Local councillor Maria Okafor-Lind", "Former mayor Ruth Kessler"): it
        # describes the post as a lower-case one would, and the full name must follow
        return len(picked) == 1 and picked[0][2].lower() not in _NOT_ADJECTIVES and (
            _FULL_NAME_AFTER.match(text, end) is not None)
    if _FULL_NAME_AFTER.match(text, end):
        return True
    return picked[0][2].lower() in _ONE_UNNAMED and _WHO_AFTER.match(text, end) is not None
_FULL_NAME_AFTER = re.compile(r"\s+[A-Z][a-z][\w'’\-]*\s+[A-Z][a-z]")
# The capitalised word closing a name after its inner article, then the sentence's or the
# line's end: "Save the Children." ("told Reuters the Taliban had ..." goes on).
_THE_NAME_CLOSING = re.compile(r"\s+(?P<w>[A-Z][a-z][\w'’\-]*)(?=[ \t]*(?:[.\n]|$))")
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_ACRONYM_IN_BRACKETS = re.compile(rf"\({_ACRONYM.pattern}\)")
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their)\s", re.IGNORECASE)
_IN_DETERMINER = re.compile(r"\s+(?:a|an|its|his|her|their)\b", re.IGNORECASE)
# Words that may end a speaker phrase read forwards (checked further in _new_phrase).
_PHRASE_BREAKS = EN.QUANTIFIERS | {"in"}


def _new_phrase(text: str, end: int, low: str, previous: str) -> bool:
    """True when ``low`` (ending at ``end``) starts a phrase after the speaker: "said the
    army in a statement" (how it was said), "according to local sources two people
    were killed" (a count after the source noun)."""
    if low == "in":
        return bool(_IN_DETERMINER.match(text, end))
    return previous.lower().rstrip("s") in SPEAKER_NOUNS


@lru_cache(maxsize=4096)
def has_content_word(phrase: str) -> bool:
    return any(t.lower() not in CONNECTORS for t in _TOKEN.findall(phrase) if t[0].isalnum())


_HEAD_STOP = frozenset((*EN.PREPOSITIONS, *EN.RELATIVE_OPENERS))


@lru_cache(maxsize=4096)
def inanimate(speaker: str) -> bool:
    """True when the head noun of ``speaker`` is a thing with writing on it ("the sign",
    "a banner at the gate", "the law"), which shows words but reports no news, or a story's
    withdrawn "earlier version of" in a correction."""
    head = before = ""
    for w in speaker.split():
        low = w.lower().strip(".,;:'’\"“”")
        if low in _HEAD_STOP:
            break
        if low == "of" and head in EN.WITHDRAWN_TEXTS and before in EN.SUPERSEDED:
            return True
        head, before = low, head
    return head in EN.NON_SPEAKER_HEADS
