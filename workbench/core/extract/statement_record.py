"""Adding a found statement to the list: the checks its words pass first (no lone act, no
writer's own turn, no medium's own words, no unclosed quote) and the record it becomes."""

from __future__ import annotations

import re

from .folding import CaseBlind
from .lang import en as EN
from .lang.build import alt
from .spans import trim_span
from .speakers import inanimate
from .statement_shared import _RARE, _rare

# A time adjunct set off by a comma whose clause is missing: ", a day after", ", hours
# before", ", shortly after".
_DANGLING_ENDS = (" after", " before")
_DANGLING_ADJUNCT = re.compile(r"(?:,\s*(?:[\w-]+\s+){0,3}|\s)(?:after|before)$")
# ... but "the day before", "the night after" are whole: the definite period is the one
# before or after the day the words speak of.
# So is a counted period right after the words with no comma before it ("the raid came
# a day before", "two weeks after"): the writer's own, not a cut-off adjunct.
_WHOLE_ADJUNCT = re.compile(
    rf"\b[Tt]he\s+(?:{alt(EN.ADJACENT_PERIODS)})\s+(?:after|before)$"
    rf"|(?<=[\w'’])\s+(?:an?|one|\d+|{alt(EN.SPAN_NUMBERS)})\s+"
    rf"(?:{alt(EN.ADJACENT_PERIODS)}|hour|minute)s?\s+(?:after|before)$")

# The medium of a report closing its words: "confirmed the release in a statement",
# "called for a general strike in a video message posted on Sunday", and in a headline
# with no article, "calls for strike in video message" (up to two words before the
# medium, then how it was given or when, to whom, with whom).
_RARE["_MEDIUM_END"] = (
    r"\s+(?:in|during)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w'’\-]+\s+){0,2}?"
    rf"(?:{alt((*EN.DOCUMENT_NOUNS, *EN.SPEECH_MEDIA))})"
    rf"(?:\s+(?:{alt((*EN.MEDIUM_PARTICIPLES, 'on', 'with', 'to', 'at'))})\b"
    r"[^,;:.!?\"“”]{0,40})?$",
    re.IGNORECASE)
# The medium's words, looked up among the last words before the search (the pattern is
# compiled on first use: few words end in a medium).
_MEDIA = frozenset((*EN.DOCUMENT_NOUNS, *EN.SPEECH_MEDIA))
_MEDIUM_TAIL = 100
_CLAUSE_WORDS = EN.ONE_WORD_CLAUSE_WORDS


def _object_only(words: str) -> bool:
    """Are the words a short object phrase ("the release", "the deaths of two guards"),
    not a clause of their own?"""
    toks = words.lower().split()
    return len(toks) <= 6 and not any(t in _CLAUSE_WORDS for t in toks)


# Another party answering the words after a contrast: ", but Zwak rejected the claim",
# ", while the army disputed the figure" (a subject of up to five words, then the verb).
_RARE["_CONTRARY_REPLY"] = (
    r",\s+(?:but|while|whereas)\s+(?:[\w'’\-]+\s+){1,5}?"
    r"(?:(?:also|quickly|flatly|strongly|later)\s+)?"
    rf"(?:{alt((*EN.DENIAL_VERBS, *EN.DISPUTING_VERBS))})"
    r"\s+(?:the|this|that|these|those|its|their|his|her|such)\b", 0)
# How the speaker spoke, closing a reported clause ("... in a statement", "... on state
# television"); the last words it can end with are a cheap first test.
_RARE["_TRAILING_MEDIUM"] = (
    r"\s+(?:in\s+(?:a|an|his|her|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    rf"(?:{alt(EN.TRAILING_SPEAKING_MEDIA)})|on\s+(?:{alt(EN.TRAILING_SPEAKING_CHANNELS)}))"
    # and when: "in a statement on Monday"
    rf"(?:\s+(?:(?:late|early)\s+)?on\s+(?-i:{alt(tuple(d.capitalize() for d in EN.WEEKDAYS))}))?$",
    re.IGNORECASE)
_TRAILING_MEDIUM_LAST = tuple(sorted({
    " " + w.split()[-1] for w in (*EN.TRAILING_SPEAKING_MEDIA, *EN.TRAILING_SPEAKING_CHANNELS,
                                  *(d.capitalize() for d in EN.WEEKDAYS))}))
_MEDIUM_OWN_VERBS = frozenset(EN.MEDIUM_OWN_VERBS)
_BE_FORMS = EN.BE_FORMS


def _medium_not_the_words_own(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]``, which a phrase of how it was said follows, a clause the
    phrase cannot belong to: one with no verb of showing, publishing or saying and no
    form of "be" right before the phrase ("the names were in a statement")?"""
    toks = text[start:end].lower().split()
    return len(toks) > 2 and toks[-1] not in _BE_FORMS and _MEDIUM_OWN_VERBS.isdisjoint(
        t.strip(",;\"“”'’") for t in toks)


# "told his story to the court.": the object of "told" is a narrative, with only its
# hearer after it (round en182).
# ("told her own story": "her" may have been read as the hearer, the words left at "own")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell)\s+(?:(?:his|her|their|its|my|our|your)\s+)?$")
_TOLD_STORY = re.compile(
    r"(?:(?:his|her|their|its|my|our|your|the)\s+)?(?:own\s+)?"
    rf"(?:{alt(EN.TOLD_NARRATIVES)})(?:\s+(?:to|at)\s+[^,;:.!?\"“”]{{1,40}})?\s*$")


# A single quote mark that opens an inner quote: after a space, before a letter.
_OPEN_SINGLE = re.compile(r"(?:^|(?<=\s))['‘](?=\w)")


def _unclosed_double(text: str, start: int, end: int) -> bool:
    """Does a double quotation open inside text[start:end] and stay open there?"""
    words = text[start:end]
    return words.count('"') % 2 == 1 or words.count("“") > words.count("”")


# Words ending in a dotted abbreviation of single letters ("p.m", "U.S") before a dot.
_DOTTED_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.)+[A-Za-z]$")

# A denial whose words are one gerund (round 43): "The militia denied firing and said
# ...", "Police denied shooting." ("denied involvement" is a noun, and stays no words).
_DENIED_BEFORE = CaseBlind(rf"\b(?:{alt(EN.DENIAL_VERBS)})\s+(?:ever\s+)?$")


def _lone_denied_act(text: str, start: int, end: int) -> bool:
    """Are the one-word words at ``start`` a gerund right after a denial verb?"""
    word = text[start:end]
    return word.isalpha() and word.islower() and len(word) > 5 and word.endswith("ing") and (
        not word.endswith(EN.ING_NOT_GERUNDS)) and (
        _DENIED_BEFORE.search(text, max(0, start - 20), start) is not None)


# A relative pronoun left at the end of words its clause's own source took away.
_RELATIVE_LAST = (" which", " who", " whom")
_OPEN_MARKS = ("\"", "“", "'", "‘")
# A preposition that opened the relative with its pronoun ("in which", "from whom").
_RELATIVE_PREPOSITIONS = EN.PIED_PIPED_PREPOSITIONS


def _add(out: list[dict[str, object]], text: str, start: int, end: int,
         speaker: str | None, one_word: bool = False,
         seen: set[tuple[object, object, object]] | None = None) -> bool:
    """Append a statement; ``one_word`` lets through a quote of a single word, which only
    a quote that surely is speech may be ('..., Brant said. "Never."'). ``seen``, when
    given, holds the (start, end, speaker) of every entry of ``out`` (and gets the new
    one): the duplicate test is then one look-up, not a pass over ``out``."""
    start, end = trim_span(text, start, end, " ,;:-–—.\"'“”‘’")
    if start > 0 and text[start - 1] in "\"“" and (
            close := _QUOTE_CLOSE.search(text, start, end)) and (
            _COMMITMENT_BEFORE_QUOTE.search(text, max(0, start - 20), start)):
        # 'Governor pledges "no more funerals" in Marsabit address': the quoted words,
        # not the headline's phrase after them
        end = close.start()
    if start > 0 and text[start - 1] == "\n" and (label := _LINE_LABEL.match(text, start, end)):
        # a roundup's line opened by its place: "Mavu: Two party agents were stabbed to
        # death ..., police said": the label says where, it is no part of the words (the
        # headline's "Syria: ..." is left as it is)
        start = trim_span(text, label.end(), end, " \"'“”‘’")[0]
    if text.endswith(_RELATIVE_LAST, start, end) and text[start - 1:start] not in _OPEN_MARKS:
        # "reported that a son had been shot since March [which the council said it could
        # not verify]": the relative pronoun went with its clause to that clause's own
        # source; a clause does not end in "which" (round 54)
        # (the last word may be the only one: "said with who" leaves no words at all)
        end = trim_span(text, start, end - len(text[start:end].rsplit(None, 1)[-1]))[1]
        if (text[start:end].rsplit(None, 1) or [""])[-1] in _RELATIVE_PREPOSITIONS:
            # "dropped leaflets over the town on Monday [in which the army urged ...]"
            end = trim_span(text, start, end - len(text[start:end].rsplit(None, 1)[-1]))[1]
    if text.endswith(_DANGLING_ENDS, start, end) and (
            m := _DANGLING_ADJUNCT.search(text, max(start, end - 40), end)) and not (
            _WHOLE_ADJUNCT.search(text, max(start, end - 30), end)):
        # "denied firing a missile, a day after [the coalition said ...]": a time adjunct
        # that lost its clause to the next attribution is no part of the words
        end = trim_span(text, start, m.start())[1]
    # (bounds as "x if x > lo else lo", not "max(lo, x)": the same number without a
    # builtin's call, about a thousand instructions each, once a statement)
    lo = end - _MEDIUM_TAIL if end - _MEDIUM_TAIL > start else start
    tail = text[lo:end]
    if (" in " in tail or " In " in tail or " during " in tail) and not _MEDIA.isdisjoint(
            tail.lower().split()) and (
            medium := _rare("_MEDIUM_END").search(text, max(start, end - _MEDIUM_TAIL), end)) and (
            medium.start() > start) and _object_only(text[start:medium.start()]):
        # "confirmed the release in a statement": the statement carried the act, it is
        # no part of the words ("said the names were in a letter" keeps its clause);
        # what is left may be one word ("calls for strike in video message": "strike")
        end, one_word = medium.start(), True
    if end - start > 24 and text.endswith(_TRAILING_MEDIUM_LAST, start, end) and (
            trail := _rare("_TRAILING_MEDIUM").search(text, end - 60, end)) and (
            trail.start() > start) and _medium_not_the_words_own(text, start, trail.start()):
        # "said the convoy had been fired on near the crossing in a statement": how it
        # was said, no part of the clause
        end = trail.start()
    # Both checks below open at ", " inside the words or just after them (and the first
    # can only move the end back): words without it skip both for one scan.
    if text.find(", ", start, end + 12) >= 0:
        end = _contrary_or_turn(text, start, end)
    # (the note opens at the words' last comma: one match there, no search, and only
    # where the word after the comma can open one)
    if (comma := text.rfind(",", end - 120 if end - 120 > start else start, end)) > start and (
            text[comma + 2:comma + 3] in _MANNER_FIRST) and (
            manner := _SPEAKING_MANNER_END.match(text, comma, end)):
        # "said the convoy was fired on, speaking by telephone from Juba": how the speaker
        # spoke closes the sentence, no part of the words
        end = manner.start()
    if text.find(" declined to ", start, end) >= 0 or text.find(" would not ", start, end) >= 0:
        refusal = _REFUSAL_TAIL.search(text, start, end)
        if refusal:  # 'said the department was reviewing it and declined to say more'
            end = trim_span(text, start, refusal.start())[1]
    # (the pattern's last dot is one or two characters before the end: "$" also stands
    # before a final newline)
    if text[end:end + 1] == "." and text.find(".", end - 3 if end - 3 > start else start,
                                              end) >= 0 and (
            _DOTTED_END.search(text, max(start, end - 12), end)):
        end += 1  # "around 10:30 p.m.": the last dot is also the abbreviation's
    elif text[end:end + 1] in ("'", "’") and _OPEN_SINGLE.search(text, start, end):
        end += 1  # 'They told us 'leave now'': the inner quote closes inside the words
    elif text[end:end + 2] in (",'", ",’") and _OPEN_SINGLE.search(text, start, end):
        end += 2  # '"He told us, 'Leave now,'" she said.': as the double quote below
    elif _unclosed_double(text, start, end):
        # They told us "leave now", one resident said. / ... "leave now," Veld said.
        if text[end:end + 1] in ('"', "”"):
            end += 1
        elif text[end:end + 2] in (',"', ",”"):
            end += 2
    if end - start < (2 if one_word else 4) or (
            not one_word and len(text[start:end].split(None, 1)) < 2 and not _lone_denied_act(
                text, start, end)):
        return False
    if speaker is not None and inanimate(speaker):
        return False  # "The sign said ...": words shown, no one reporting them
    if (text.find(" told ", start - 16 if start > 16 else 0, start) >= 0 or text.find(
            " tell", start - 16 if start > 16 else 0, start) >= 0) and (
            _TOLD_STORY.match(text, start, end)) and (
            _TOLD_BEFORE.search(text, start - 16 if start > 16 else 0, start)):
        return False  # "who told his story to the court": what was told, no words
    if speaker is not None and speaker.startswith(("including ", "among them ")):
        # "came to the ceremony, including the minister, who promised ...": the list's
        # word is no part of who spoke
        speaker = speaker.removeprefix("including ").removeprefix("among them ")
    if seen is not None:
        key = (start, end, speaker)
        if key in seen:
            return False
        seen.add(key)
    else:
        for o in out:
            if o["start"] == start and o["end"] == end and o["speaker"] == speaker:
                return False
    out.append({"start": start, "end": end, "text": text[start:end], "speaker": speaker})
    return True


def _contrary_or_turn(text: str, start: int, end: int) -> int:
    """Where the words text[start:end] end once another party's reply or the writer's own
    turn after a comma is cut off (``_add``, for words with ", " in or just after them)."""
    if (text.find(", but ", start, end) >= 0 or text.find(", while ", start, end) >= 0
            or text.find(", whereas ", start, end) >= 0) and (
            text[start - 1:start] not in ('"', "“")) and (
            reply := _rare("_CONTRARY_REPLY").search(text, start, end)):
        # "The Taliban claimed they had killed 12 policemen, but Zwak rejected the claim":
        # another party's answer to the words is the writer's, no part of them
        end = reply.start()
    if _TURN_HINT.search(text, start, end + 12) and (
            turn := _writer_turn(text, start, end)) is not None:
        end = turn  # "said 700 had died, but he did not believe it": the writer's turn
    return end


_QUOTE_CLOSE = re.compile(r"[\"”]")
_COMMITMENT_BEFORE_QUOTE = re.compile(
    r"\b(?:pledge[sd]?|vow(?:s|ed)?|promise[sd]?|threaten(?:s|ed)?|warn(?:s|ed)?)\s+[\"“]$",
    re.IGNORECASE)

# The speaker's manner closing the words after a comma: ", speaking by telephone from
# Juba", ", writing on his blog".
# The writer's note ("..., without giving details") and the carrier ("..., quoted by the
# Anadolu agency", a second source of the words: _carrier_sources) close them too.
_MANNER_FIRST = frozenset(w[0] for w in (*EN.SPEAKING_MANNER, *EN.WRITER_NOTES,
                                         *EN.CARRYING_PARTICIPLES))
_SPEAKING_MANNER_END = re.compile(
    rf",\s*(?:(?:{alt(EN.SPEAKING_MANNER)})\s+(?:by|from|on|to|in|at|over|via|after|during)\b"
    rf"|(?:{alt(EN.WRITER_NOTES)})\b|quoted\s+by\s)"
    r"[^,;:.!?\"“”]{0,80}$")

# A body line's label: one to three capitalised words and a colon ("Mavu:", "North
# Kivu:").
_LINE_LABEL = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}:[ \t]+(?=\S)")

# The speaker's own refusal to say more, joined to the words: "... and declined to say
# more", "..., but would not elaborate": the speaker's act, no part of what was said.
_REFUSAL_TAIL = re.compile(
    rf",?\s+(?:and|but)\s+(?:declined\s+to\s+(?:{alt(EN.REFUSED_SPEECH)})"
    r"|would\s+not\s+(?:say|comment|elaborate|discuss|specify))\b"
    r"[^.;:\"“”]{0,60}$")

# A second clause after "but" / "yet" / "although" whose own subject knows, believes or
# says something: "..., but it has not said whether ...", "..., yet we know of ...",
# "..., but he did not believe it", "..., but the army said two".
_TURN_HINT = re.compile(rf", (?:{alt(EN.WRITER_TURN_CONJUNCTIONS)}) ")  # one C scan
_WRITER_TURN = re.compile(
    rf",\s+(?:{alt(EN.WRITER_TURN_CONJUNCTIONS)})\s+(?:he|she|it|they|we|I|(?:the|its|their|his|her)"
    r"\s+[\w'’\-]+(?:\s+[\w'’\-]+)?)\s+(?:(?:has|have|had|does|do|did|would|could|will"
    r"|still|also)\s+)*(?:not\s+|never\s+)?(?:yet\s+)?"
    rf"(?:{alt(EN.WRITER_TURN_VERBS)})\b")


def _writer_turn(text: str, start: int, end: int) -> int | None:
    """Where the words text[start:end] end before a writer's second clause, or None: not
    inside a quotation (a speaker may say "but we know" in their own words)."""
    if start > 0 and text[start - 1] in "\"“'‘":
        return None
    # (the clause's verb may lie past the words: "seven were killed, but the army" when
    # "said two" became an attribution of its own)
    m = _WRITER_TURN.search(text, start, min(len(text), end + 60))
    if m is None or m.start() >= end:
        return None
    before = text[start:m.start()]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return None
    return trim_span(text, start, m.start())[1]
