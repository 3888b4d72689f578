"""Direct quotes and their speakers: the attribution next to a quote ('"...," he added',
'X said: "..."'), the inverted speaker after it, quotes running over paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from .lang import en as EN
from .lang.build import alt, alt_branches
from .spans import LONGEST_SENTENCE, Sentence, document, trim_span
from .speakers import backward_np, forward_np, has_content_word
from .statement_appositions import described_before_place, determined_description
from .statement_closing_name import closing_name_then_who, dotted_title_end
from .statement_paragraph_quote import closed_before_paragraph
from .statement_persons import (
    _APPOSED_NAME,
    _ARTICLES,
    _NAME_NEXT,
    _QUOTE_NAME,
    RANK_BEFORE_NAME,
    _is_person,
    _one_person_head,
    _opens_description_phrase,
    _person_subject,
    _phrase_sex,
    _plural_people,
)
from .statement_record import _add
from .statement_reported_self import Holders
from .statement_shared import _CLOCK, _RARE, _VERB_WORDS, _last_match, _rare

_SPAN = itemgetter("start", "end")

_QUOTE = re.compile(r"“([^”“]{3,1500})”|\"([^\"\n]{3,1500})\"")
# A quote running over paragraphs: wire style leaves the paragraph's quote open and opens
# the next paragraph with a quote mark again; the speaker comes with the last paragraph.
_OPEN_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]*[\"“](?P<q>[^\"“”\n]{3,1500})(?=\n\s*[\"“])")
_OPEN_TAIL = re.compile(r"(?<=[.!?] )\"(?P<q>[^\"“”\n]{3,1500})(?=\n\s*\")")
_QUOTE_VERB = (rf"(?:(?:told|tells)\s+[\w\s]{{1,30}}?"
               rf"|{alt(set(EN.QUOTE_VERBS) - {'told', 'tells'})})")
# A rank's or title's dot inside a speaker after a quote: '"...," said Lt. Gen. Omar Farouk'.
_TITLE_DOT = alt(w.capitalize() for w in EN.ABBREVIATIONS
                 if w not in EN.MONTH_ABBREVIATIONS and w not in {"no", "vs", "etc", "co",
                                                                   "corp", "inc", "ltd"})
# Round 84: a dotted abbreviation of single letters inside a title after the verb ("said
# the U.N. envoy for Mali, ...", "said the Humanitarian Coordinator a.i. for Chad, ...")
# is no sentence's end while a word of the speaker follows it on the line.
_LETTERS_DOT = r"\b(?:[A-Za-z]\.){2,}(?=[ \t]+[\w'’])"
_AFTER_QUOTE = re.compile(
    rf"\s*,?\s*(?:(?P<v1>{_QUOTE_VERB})\s+"
    rf"(?P<sp1>(?:\b(?:{_TITLE_DOT})\.|{_LETTERS_DOT}|[^.,;\"“”]){{2,80}})"
    # '"...," the army said' as well as '"...," Venn said': a lower-case article, "one" or
    # "another" opens a speaker too ('"...?" one man asked').
    # A title in lower case may head a name: '"...," chief prosecutor Lina Morr said'.
    # A rank's dot may open it as after the verb: '"...," Lt. Col. Omar Bakr told
    # reporters at a briefing in the capital'.
    rf"|(?P<sp2>he|she|they|it|we"
    # (round en219) a described person whose relative clause runs longer than the plain
    # phrase may: '"...," the mother of a boy who was hurt in the crush told reporters'
    r"|(?:the|a|an|one|another)\s+(?:[\w'’\-]+\s+){1,5}?(?:who|whose)\s+[\w'’\-]+"
    r"(?:\s+[\w'’\-]+){0,9}?"
    rf"|(?:(?:{_TITLE_DOT})\.\s+){{0,3}}"
    r"(?:[A-Z]|(?:the|a|an|one|another)\s"
    # (a relative clause may describe the speaker: "a trader who fled to the regional
    # capital told AFP")
    r"|(?:[a-z][\w'’\-]*\s+){1,3}(?=[A-Z]))[\w'’\-]*(?:\s+[\w'’\-]+){0,8}?)"
    rf"\s+(?P<v2>{_QUOTE_VERB}))\b"
)
# Where a writer's words appeared, after the writer: "in The Evening Ledger", "in an
# opinion piece", "in a column".
_WRITTEN_IN = re.compile(r"\s+in\s+(?:The\s+[A-Z]|an?\s)")
# A name closing the sentence after the description of an inverted speaker.
# (a day may follow it: '"...," said the district commissioner, Peter Lual, on Sunday.')
_CLOSING_NAME = re.compile(
    # (a rank in lower case before the name is the name's, round en190: "..., said the head
    # of the panel, former police chief Sam Kiprop.")
    rf"\s*,\s*(?P<name>(?:{RANK_BEFORE_NAME})?"
    r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
    rf"\s+(?:(?:{alt(EN.NAME_PARTICLES)})-)?[A-Z][\w'’\-]*)"
    r"(?:\s*,\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    # (what the person is, in an indefinite apposition closing the sentence: "..., said the
    # owner of the cattle, Tefo Rafi, a 61-year-old farmer and livestock trader.")
    r"(?:\s*,\s*an?\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,7})?\s*(?=[.;]|$)")
# Round 68: the same closing name with the person's age and perhaps a relative clause on
# them after it, up to the sentence's end: '"...," said the head nurse, Anna Berg, 40, who
# has worked there since 2001.' (only after a description with no "of": in "the father of
# the boy, Ali, 12," the name and the age may be the boy's).
_CLOSING_NAME_AGED = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
    rf"\s+(?:(?:{alt(EN.NAME_PARTICLES)})-)?[A-Z][\w'’\-]*)"
    r"\s*,\s*(?:now\s+|aged\s+)?\d{1,3}(?:\s*,\s*who\s[^.;\"“”]{1,120}?)?\s*(?=[.;]|$)")


_ONE_ANOTHER = frozenset(EN.ONE_PICKED_OPENERS)


def _closing_described(phrase: str) -> bool:
    """Can ``phrase`` be the description of an inverted speaker whose name closes the
    sentence: as ``_opens_description_phrase``, or opening on a possessive pronoun naming
    a kin or a neighbour ('"...," said her neighbour, Saw Doe Meh, 63.', round 71), or one
    of a group ("one of them", "another of the women")."""
    words = phrase.split(None, 2)
    first = words[0] if words else ""
    if first.lower() in EN.ONE_OF_GROUP_OPENERS and words[1:2] == ["of"]:
        return True  # ('"...," said one of them, Fatou Jallow.': one of a group, named)
    if first.lower() in _ONE_ANOTHER and len(words) == 2 and (
            words[1].lower() in EN.PERSON_WORDS):
        # (round en226) '"...," said one woman, Rosa Ibarra.', 'said another farmer, Ole
        # Kamau.': one of a crowd the story picked out, then named
        return True
    return _opens_description_phrase(phrase) or first.lower() in EN.DESCRIPTION_POSSESSIVES


# A name signing a quote after a dash, then the line's end or a comma: '"..." - Nadia
# Fersi, from the opposition benches.'; the quote opens its line or follows a time stamp.
_DASH_NAME = re.compile(rf"[ \t]*[-–—]{{1,2}}[ \t]*(?P<n>{_QUOTE_NAME})(?=[ \t]*(?:[,.;\n]|$))")
# (or after a press release's label: 'Quote: "..." - Joseph Okello, regional director')
_QUOTE_OPENS = re.compile(rf"(?:^|\n)[ \t]*(?:{_CLOCK}[ \t]*[-–—:]?[ \t]*"
                          r"|(?:Quote|Quotes|Comment|Statement):[ \t]*)?[\"“]$")
_GOES_BY = (r"(?:(?:goes|went)\s+by|uses|used)\s+(?:the\s+|a\s+)?(?:"
            + alt(EN.ASSUMED_NAME_NOUNS) + r")(?:\s+of)?")
# How a story brings in the name a source gave: "identified only as", "gave his name as".
# "who would only be named as Yusuf", "who would give only her first name, Awa": the name a
# source was willing to give, told with a modal (round en161)
_MODAL_BRINGS = (r"(?:would|could|will)\s+(?:only\s+)?(?:be\s+(?:identified|named|called)"
                 r"(?:\s+only)?\s+as|give\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name"
                 r"(?:\s+only)?(?:\s+as|\s*,))")
_BRINGS = (r"(?:(?:(?:was|is|has\s+been)\s+)?(?:identified|known)(?:\s+only)?\s+as"
           rf"|{_MODAL_BRINGS}"
           r"|(?:asked|wanted|agreed)\s+to\s+be\s+(?:identified|named|called)(?:\s+only)?\s+as"
           r"|gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?"
           r"(?:\s+as|\s*,)"
           # "who goes by the nom de guerre Abu Hamza": the name he is known by
           rf"|{_GOES_BY})")


def _may_bring(phrase: str) -> bool:
    """False when no name bringer (``_BRINGS``) can be inside ``phrase``: a cheap test
    before the pattern."""
    return " as " in phrase or " by " in phrase or " use" in phrase or " name" in phrase


_AFTER_QUOTE_NAMED = re.compile(
    # ('"...," one resident, Musa Bukar, told Reuters': "one" and "another" open it too;
    # so does a possessive, round 65: '"...," its director, Hana Odeh, said')
    rf"\s*,?\s*(?:(?:the|a|an|one|another|its|his|her|their|[A-Z][\w'’\-]*)\s[^,.;\"“”]{{1,60}}?,\s*"
    # (a rank in lower case is the name's, round en190: ", retired judge Ada Obi,")
    rf"(?P<n1>(?:{RANK_BEFORE_NAME})?{_QUOTE_NAME})"
    rf"|(?P<n2>{_QUOTE_NAME}),\s*(?:the|a|an)\s[^,.;\"“”]{{1,60}}?"
    # '"...," a rescue worker, who gave his name as Karim, told AFP.': the brought name
    rf"|(?:the|a|an|one|another)\s[^,.;\"“”]{{1,60}}?,\s*(?:who\s+)?{_BRINGS}"
    rf"\s+(?P<n3>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,3}})"
    # '"...," Natalia, 71, who gave only her first name, told AP.': a name (one word will
    # do) and an age, then perhaps a relative clause
    rf"|(?P<n4>[A-Z][\w'’\-]*(?:\s+{_NAME_NEXT}){{0,3}}),\s*\d{{1,3}}"
    r"(?:\s*,\s*who\s[^,.;\"“”]{1,80}?)?"
    r"),\s*(?:would\s+(?:(?:also|later|earlier)\s+)?say"
    r"|(?:(?:has|have|had)\s+)?(?:(?:also|later|earlier|again|[a-z]{3,}ly)\s+)?"
    rf"(?:{_QUOTE_VERB}))\b"
)
# A speaker after a quote with an age or a relative clause in commas, or headed by a plural
# of people in lower case: '"...," a farmer, 54, said', '"...," Colonel Amir Hadad, who
# leads the team, said', '"...," residents of the camp said'.
_AFTER_QUOTE_ASIDE = re.compile(
    rf"\s*(?P<sp>(?:[A-Z][\w'’\-]*|(?:the|a|an|one|another|several|{alt(EN.UNITS)})\s+[\w'’\-]+"
    r"|[a-z][\w'’\-]*s)"
    r"(?:\s+[\w'’\-]+){0,5}?)"
    r"(?:\s*,\s*(?:\d{1,3}|(?:who|which)\s[^,.;\"“”]{1,100}?"
    # (or who the speaker is, round en87: '..., one witness, a 30-year-old herder, told')
    r"|(?:a|an)\s[^,.;\"“”]{1,60}?)\s*,)?"
    r"\s+(?:(?:has|have|had|would)\s+)?(?:(?:also|later|earlier|again|[a-z]{3,}ly)\s+)?"
    rf"(?:{_QUOTE_VERB})\b")
_ASIDE_OWN_SOURCE = re.compile(
    r",\s*(?:which|who)\s+(?P<np>[^,;:\"“”]{2,40}?)\s+"
    rf"(?:{alt(EN.RELATIVE_MAIN_SPEECH)})\s+(?P<w>[^,;:\"“”]{{3,120}}?)\s*,", re.IGNORECASE)
_BROUGHT_NAME = re.compile(
    # (the comma may be left out before "who": "a fighter who gave his name as Abu Omar";
    # what the person is may come first, round en161: "one driver, a mechanic who gave his
    # name as Dawit")
    rf"(?:\s*,\s*(?:(?:a|an)\s[^,.;:\"“”]{{1,50}}?\s+who\s+|who\s+)?|\s+who\s+){_BRINGS}"
    r"\s+(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\b")
# A name alone after a comma, closing the sentence or followed by a comma.
_NAME_AFTER_COMMA = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s*(?=[.,;]|$)")
# The same name brought in at the end of the words set off in commas before a verb.
_BROUGHT_IN_INSERT = re.compile(
    rf"\b(?:who\s+)?{_BRINGS}\s+(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,3}})\s*$")
_TOLD_CLAUSE_WORDS = frozenset((*EN.COMPLEMENTISERS, *EN.FINITE_AUXILIARIES))
_NAME_ONLY = re.compile(_APPOSED_NAME)
_BEFORE_QUOTE = re.compile(
    # an inserted description may sit between speaker and verb ("X, the mayor, said:")
    r"(?P<sp>[\w'’\-]+(?:\s+[\w'’\-]+){0,6}?)(?:\s*,(?P<ins>[^,.\"“”]{1,80}),)?\s+"
    # (whom one told, but no clause: 'told MPs the government had "blood on its hands"'
    # reports the clause, quote and all)
    rf"(?:told(?:\s+(?!(?:{alt(_TOLD_CLAUSE_WORDS)})\b)\w+){{1,5}}?"
    rf"|{alt(set(EN.QUOTE_INTRODUCERS) - {'told'})}"
    rf"|{alt(EN.QUOTE_INTRODUCER_PHRASES)}"
    # a message sent in, before a colon only (round en104): 'A reader, Huw, emails: "..."'
    rf"|(?:{alt(EN.MESSAGE_VERBS)})(?=\s*:)"
    # a quote as what someone called a thing: 'called the payments "a bribe to ..."' (an
    # object first: 'a group called "Friends of the North"' is a name)
    rf"|(?P<called>called)\s+(?:{alt(EN.CALLED_DETERMINERS)})\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,3}}?"
    # ... or described it "as" the quote says (round 50): 'described the attack as "well
    # planned ..."'
    rf"|(?:{alt(EN.DESCRIBING_VERBS)})\s+(?:(?:{alt(EN.CALLED_DETERMINERS)})\s+[\w'’\-]+"
    r"(?:\s+[\w'’\-]+){0,3}?|it|them|him|her)\s+as"
    # ... or in a relative on the thing, its object before it (round 58): 'a budget she
    # describes as "a borrowed stove and hope"'
    rf"|(?<=[a-z] )(?P<rel>{alt(EN.PERSON_PRONOUN_SUBJECTS)})"
    rf"\s+(?:{alt(EN.DESCRIBING_VERBS)})\s+as)"
    r"\s*[:,]?\s*$"
)
# A word every _BEFORE_QUOTE match holds: each branch of its verb opens with one of
# these (the "rel" branch holds a describing verb). Searched first over the same span, it
# spares the pattern, which is tried at every position and runs some microseconds at each
# of a span that can be a long sentence's 1,500 characters: a page of loose quotes closed
# by '." ' (no ". " to end the span) took 2 milliseconds a quote.
_BEFORE_QUOTE_WORD = re.compile(alt_branches(
    {"told", "called", *EN.QUOTE_INTRODUCERS, *EN.QUOTE_INTRODUCER_PHRASES,
     *EN.MESSAGE_VERBS, *EN.DESCRIBING_VERBS}))

# "which she calls", "what the villagers called": a relative whose object is the thing
# named; its subject (no form of "be": "which was called" is a name, no one's words)
# gives the quote after it.
_NAMING_RELATIVE = re.compile(
    r"\b(?:which|what)\s+(?P<sp>(?:(?:the|his|her|their|its)\s+)?"
    r"(?!(?:is|was|are|were|been|be|being|it)\b)[\w'’\-]+)\s+(?:calls|called|call)\s*,?\s*$")

# What a speaker called a thing, told after the speaker's own clause (seventieth round):
# 'the minister said, calling the deal "a first step toward calm"', 'The union rejected
# the offer, calling it "an insult"'; the quote is the speaker's words.
_CALLING_FRAME = re.compile(
    # ... or with "called" in a perfect, or before a short quote the quote pass leaves as
    # a scare quote: 'The opposition has called the election "a sham"', 'It called the
    # killings "a massacre"' (the subject opening the sentence speaks)
    r"(?:(?P<c>,\s+calling)|\s(?P<v>(?:(?:has|have|had)\s+(?:also\s+)?)?called))"
    rf"\s+(?:(?:{alt(EN.CALLED_DETERMINERS)})\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,3}}?"
    r"|it|them)\s*$")
# ... the speaker of a trailing attribution before it: "..., the trade minister said,"
_TRAILING_SAID = re.compile(
    rf",\s+(?P<sp>[^,;:\"“”]{{2,60}}?)\s+(?:{alt(EN.QUOTE_VERBS)})\s*$")

# Reported words, a colon and a quote that closes them: 'says that four people were
# wounded near the crossing: "They are shooting at the ambulances."'
_COLON_THEN_QUOTE = re.compile(r'(?P<colon>:)\s+["“](?P<q>[A-Z][^"“”]{2,})$')


def _split_colon_quotes(text: str, out: list[dict[str, object]]) -> None:
    """Reported words that a colon joins to the speaker's quote are two statements: the
    clause up to the colon and the quote (the words of a quote path's own 'X said: "..."'
    open at the quote and hold no colon)."""
    for o in list(out):
        start, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
        m = _COLON_THEN_QUOTE.search(text, start, end)
        if m is None or len(text[start:m.start()].split()) < 3 or '"' in text[
                start:m.start()] or "“" in text[start:m.start()] or (
                _INNER_SPEECH_END.search(text, max(start, m.start() - 30), m.start())):
            continue  # ('said the banner read: "Leave now."': the quote is what it read)
        speaker = o["speaker"]
        out.remove(o)
        if not _where_said(text[start:m.start("colon")]):
            _add(out, text, start, m.start("colon"), speaker)  # type: ignore[arg-type]
        _add(out, text, m.start("q"), end, speaker)  # type: ignore[arg-type]
    out.sort(key=_SPAN)


_WHERE_SAID_WORDS_OPEN = frozenset(EN.WHERE_SAID_PREPOSITIONS)
_CLAUSE_WORDS = frozenset(EN.WHERE_SAID_CLAUSE_WORDS_EN224)
_WHERE_SAID_WORDS = 8


def _where_said(head: str) -> bool:
    """(round en224) Is the part before the colon only where or when the words were said
    ('stated at the scene: "..."', 'declared outside the hospital: "..."')? A short phrase
    that opens with a preposition and holds no verb of its own tells of the speaking, not
    what was said; 'said on Monday the toll had risen: "..."' holds a clause and stays."""
    words = head.split()
    return 0 < len(words) <= _WHERE_SAID_WORDS and (
        words[0].lower() in _WHERE_SAID_WORDS_OPEN) and not any(
        w.lower() in _CLAUSE_WORDS for w in words)


# "The group, which Tehran says is backed by foreign powers, has said it ...": a relative
# clause with an attribution of its own between a subject and its verb (round 43). The
# relative's source speaks the clause up to its closing comma; the subject before it
# speaks the main clause after its own speech verb.
_RELATIVE_OPENERS = ("which ", "who ", "whom ")


def _open_paragraphs(text: str, out: list[dict[str, object]]) -> None:
    """Paragraphs of a quote that runs on take the speaker of the paragraph after them
    (found last to first, so a chain of open paragraphs shares the final attribution),
    else the speaker of the statement before them."""
    found = [(m.start("q"), m.end("q")) for m in _OPEN_PARAGRAPH.finditer(text)]
    if "\n" in text:
        # '"...," the general recalls. "Nobody asked ...\n"When we came back ...': a
        # quote opened after a sentence of the paragraph, left open at its end as the
        # next paragraph opens with a mark, runs on like an open paragraph
        for m in _OPEN_TAIL.finditer(text):
            p0 = text.rfind("\n", 0, m.start()) + 1
            if text.count('"', p0, m.start()) % 2 == 0 and not any(
                    c in text[p0:m.start()] for c in "“”"):
                found.append((m.start("q"), m.end("q")))
        found.sort()
    for qs, qe in reversed(found):
        if any(int(o["start"]) <= qs < int(o["end"]) for o in out):  # type: ignore[call-overload]
            continue  # already a statement ('X said: "...')
        nxt = [o for o in out if qe < int(o["start"]) <= qe + 8]  # type: ignore[call-overload]
        prior = [o for o in out if int(o["end"]) <= qs]  # type: ignore[call-overload]
        src = nxt[0] if nxt else prior[-1] if prior else None
        speaker = src["speaker"] if src else None
        intro = None if nxt and speaker is not None else _intro_speaker(text, qs)
        speaker = intro or speaker
        if intro and nxt:
            # the run's closing paragraph, read as a quote standing alone with no one named
            # ('What follows is the address given by X.\n"...\n"...\n"...."'): the run's
            nxt[0]["speaker"] = intro
        _add(out, text, qs, qe, speaker)  # type: ignore[arg-type]
        close = None if nxt else _CLOSING_PARAGRAPH.match(text, qe)
        if close:  # the run's last paragraph, too short to stand as a quote of its own
            _add(out, text, close.start("q"), close.end("q"), speaker)  # type: ignore[arg-type]
        out.sort(key=_SPAN)


# The paragraph that closes a quote run: it opens with a quote mark and closes it (a
# blank line may part it from the run).
_CLOSING_PARAGRAPH = re.compile(r"\n(?:[ \t]*\n)?[ \t]*[\"“](?P<q>[^\"“”\n]{3,1500})[\"”]")

_OPEN_LINE = re.compile(r"[ \t]*[\"“][^\"“”\n]*$")


def _intro_speaker(text: str, qs: int) -> str | None:
    """The speaker of a line that introduces the quote paragraph at ``qs`` ("Marta Venn,
    the head of the mission, said:"), else None."""
    p0 = text.rfind("\n", 0, qs)
    if p0 <= 0:
        return None
    l0 = text.rfind("\n", 0, p0) + 1
    # an earlier paragraph of the run, or the blank line between paragraphs
    while l0 > 0 and (_OPEN_LINE.match(text, l0, p0) or not text[l0:p0].strip()):
        p0 = l0 - 1
        l0 = text.rfind("\n", 0, p0) + 1
    bm = _BEFORE_QUOTE.search(text, l0, p0) if _BEFORE_QUOTE_WORD.search(text, l0, p0) else None
    if not bm:
        return _delivered_by(text, l0, p0)
    a, b = backward_np(text, bm.end("sp"), floor=l0)
    return text[a:b] if b > a else None


# "the address given by the mayor of the municipality, Arben Krasniqi, lightly abridged"
_DELIVERED_BY = re.compile(
    rf"\b(?:{alt(EN.DELIVERED_TEXT_NOUNS)})[ \t]+(?:{alt(EN.DELIVERING_VERBS)})[ \t]+by[ \t]+"
    r"(?P<by>(?:the|a|an|his|her|its|their|our)[ \t]+[^,.:;\n\"“”]{2,80}|[A-Z][^,.:;\n\"“”]{1,60})"
    r"(?:,[ \t]*(?P<name>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,3})[ \t]*(?=[,.:]))?")

# "What follows is Mayor Ana Pell's address": the owner of the text named before it
_OWNED_TEXT = re.compile(
    r"\b(?P<owner>(?:The[ \t]+)?[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3})['’]s[ \t]+"
    rf"(?:(?:full|own|whole)[ \t]+)?(?:{alt(EN.DELIVERED_TEXT_NOUNS)})\b")
_NO_OWNERS = frozenset(w.capitalize() for w in (*EN.WEEKDAYS, *EN.MONTHS, *EN.NEWS_DAYS))


def _delivered_by(text: str, l0: int, p0: int) -> str | None:
    """The one who gave the text a line brings in ("What follows is the address given by
    the mayor, Arben Krasniqi, lightly abridged."): the name in apposition, else the phrase
    after "by", else a name that owns the text ("Mayor Ana Pell's address")."""
    m = _DELIVERED_BY.search(text, l0, p0)
    if m:
        return m.group("name") or m.group("by").strip()
    owned = _OWNED_TEXT.search(text, l0, p0)
    if owned and owned["owner"].split()[-1] not in _NO_OWNERS:
        return owned["owner"]
    part = _ITS_PASSAGE.search(text, l0, p0)
    if part and (doc := _last_match(_NAMED_TEXT, text, l0, part.start())):
        # "The statement, two pages long, was posted ... The following is a translation of
        # its main passage": "its" is the text named before, which speaks (round 49)
        return doc.group()
    return None


# A part of a text pointed back to by "its": "a translation of its main passage".
_ITS_PASSAGE = re.compile(
    rf"\b(?:{alt(EN.RENDERED_PART_NOUNS)})[ \t]+of[ \t]+its[ \t]+(?:[a-z]+[ \t]+)?"
    rf"(?:{alt(EN.RENDERED_TEXT_PARTS)})\b")
_NAMED_TEXT = re.compile(rf"\bThe[ \t]+(?:{alt(EN.DELIVERED_TEXT_NOUNS)})\b")

# Small patterns of the functions below, compiled once.
_SENTENCE_END_BEFORE = re.compile(r"[.!?\n]\s*$")

# A quotation whole, its speaker in brackets after it (a textbook's or an exhibition's
# sources): 'Source A: "We ran to the river." (A survivor, interviewed in 1992)'. The
# words end with their own full stop inside the marks; the brackets open with the
# speaker in capitals, what follows a comma is when or where it was said.
_CITED_QUOTE = re.compile(
    r"[\"“](?P<q>[^\"“”\n]{8,600}?[.!?])[\"”][ \t]+"
    r"\((?P<sp>[A-Z][^,:;()\n\d]{1,80}?)(?:,[^()\n]{0,80})?\)")


def _cited_quotes(text: str, out: list[dict[str, object]]) -> None:
    """Quotations with their speaker in brackets after them, as one quote each."""
    for m in _CITED_QUOTE.finditer(text):
        speaker = m.group("sp").strip()
        if not has_content_word(speaker) or len(speaker.split()) < 2:
            continue  # ("(Reuters)" after a headline's quote is the agency's credit line)
        qs, qe = m.span("q")
        same = [o for o in out if o["start"] == qs and o["end"] in (qe, qe - 1)]
        for o in same:
            o["speaker"] = speaker
        if not same:
            _add(out, text, qs, qe, speaker)


_INNER_SPEECH_END = re.compile(
    rf"\b(?:{alt((*_VERB_WORDS, *EN.SHOUTING_VERBS))})(?:\s+(?:{alt(EN.ADDRESSEES)}))?\s*$",
    re.IGNORECASE)


_SENTENCE_BEFORE_MAX = 600  # characters: the words before a quote a sentence may open


def _reported_around(text: str, open_at: int, qs: int, qe: int) -> tuple[int, int]:
    """The words a trailing attribution covers: the quote, or the whole sentence when the
    quote closes words that began before it ('They told us "leave now", Veld said.')."""
    lo = max(0, open_at - _SENTENCE_BEFORE_MAX)
    line_start = max(text.rfind("\n", lo, open_at), text.rfind(". ", lo, open_at)) + 1
    if line_start == 0 and lo > 0:
        return qs, qe  # (no sentence opens within reach: a text without stops, read once)
    before = text[line_start:open_at]
    if len(before.split()) < 2 or any(c in before for c in '"“”:') or not (
            _INNER_SPEECH_END.search(before)):
        return qs, qe
    start, _ = trim_span(text, line_start, open_at)
    return start, qe + 1 if text[qe:qe + 1] in ('"', "”") else qe


# After a quoted aside set off by commas, the subject's own verb: '..., "most of them
# children", were killed'.
_ASIDE_VERB = re.compile(r"\s*,\s*(?:were|was|are|is|had|have|has)\b", re.IGNORECASE)


def _calling_speaker(text: str, c0: int, c1: int, clause: bool) -> tuple[int, int] | None:
    """Who spoke in the clause before ", calling X": a trailing attribution's speaker
    ("..., the trade minister said") or the noun phrase opening the clause (when no verb
    of saying is in it, whose words the sentence pass reads up to the sentence's end);
    before "called", the noun phrase that is all of the text before it."""
    if clause and (said := _TRAILING_SAID.search(text, c0, c1)):
        a, b = trim_span(text, said.start("sp"), said.end("sp"))
        # (the whole phrase, as the attribution wrote it, when a speaker heads it)
        if backward_np(text, b, floor=a)[0] < b and len(text[a:b].split()) <= 8:
            return a, b
        return None
    sa, sb = trim_span(text, c0, c1)
    if clause and _rare("_SPEECH_VERB_IN").search(text, sa, sb):
        return None
    a, b = forward_np(text, sa, sb, max_tokens=6)
    if b > a and a == sa and (clause or b == sb) and text[a:a + 1].isupper() and (
            has_content_word(text[a:b]) or text[a:b].lower() in EN.CALLING_PRONOUNS):
        return a, b
    return None


_RARE["_SPEECH_VERB_IN"] = (rf"\b(?:{alt(EN.QUOTE_VERBS)})\b", 0)


# A verb of saying that brings in its own quote after a colon.
_OWN_QUOTE_NEXT = re.compile(r"[ \t]*:[ \t]*[\"“]")


def _quotes(text: str, out: list[dict[str, object]], used: list[tuple[int, int]],
            loose: list[tuple[int, int]]) -> None:
    if '"' not in text and "“" not in text:
        return  # every quote pattern opens with one of these
    # Nothing below changes ``out`` but ``_add``, which puts each new entry's key in
    # ``seen``: the keys taken here answer its duplicate test exactly, where a pass over
    # ``out`` for each quote made a long page of quotes quadratic.
    seen = {(o["start"], o["end"], o["speaker"]) for o in out}
    attributed_end = -1  # where the attribution of the latest attributed quote ends
    for m in _QUOTE.finditer(text):
        qs, qe = m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2)
        inner = text[qs:qe]
        words = len(inner.split())
        # the mark that ends the words, before an inner quote's close: '"He told us,
        # 'Leave,'" she said.'
        last = inner.rstrip("'’")[-1:]
        am = _AFTER_QUOTE.match(text, m.end())
        # (round en198: the mark before an inner quote's close too, '"... said: 'They are
        # all dead.'"' then a new paragraph "The army says it has ..." attributes nothing)
        if am is not None and last in ".!?" and am.group("sp2") and (
                _NEW_CLAUSE_AFTER.match(text, am.end()) or "\n" in text[m.end():am.start("sp2")]
                or (am.group("sp2")[:1].isupper() and (
                    _OWN_WORDS_AFTER.match(text, am.end())
                    or _WHERE_THEN_THAT.match(text, am.end())))):
            # '"People are dying." He added that ...': a closed quote and a new sentence
            # whose verb has words of its own; no attribution of the quote. A new
            # paragraph never attributes the quote closing the one before, and a verb
            # whose "that" comes after where it was said has words of its own:
            # '"... civilians."\nAl Shabaab said in a statement that its fighters ...'
            am = None
        elif am is not None and am.group("sp2") and _OWN_QUOTE_NEXT.match(text, am.end()) and (
                "\n" in text[m.end():am.start("sp2")]):
            # a live entry's heading quote, '"No one is coming"\nA woman at the crossing
            # told us: "..."': the next line's verb brings in its own quote after the
            # colon; the heading is a loose quote that takes the speaker of the entry
            # below it (round en161)
            am = None
        if am is None and 0 <= attributed_end <= m.start() and _FOLLOW_UP.fullmatch(
                text, attributed_end, m.start()) and (
                inner[-1] in ".!?" or text.startswith((".", "!", "?"), m.end())) and not (
                _gesture_with_writing(text[attributed_end:m.start()])):
            # '"We will stay," he said, "until the end."' / '..., Brant said. "Never again."':
            # a quote right after an attribution goes on with its speaker, however short.
            loose.append((qs, qe))
            used.append((m.start(), m.end()))
            attributed_end = -1
            continue
        attributed_end = -1
        # Short quoted phrases are usually scare quotes ("so-called 'martyrs'"), unless a
        # speech verb sits right after them: '"It was terrible," said a nurse.'
        attributed = am is not None and (last in ",!?" or text.startswith(",", m.end()))
        # (looked for no further back than a sentence can be long: in a text that lost its
        # sentence ends every quote would read back to the start, and search all of it)
        lo = m.start() - LONGEST_SENTENCE if m.start() > LONGEST_SENTENCE else 0
        line_start = max(text.rfind("\n", lo, m.start()), text.rfind(". ", lo, m.start()),
                         lo - 1)
        c0 = max(line_start + 1, m.start() - 70)
        calling = _CALLING_FRAME.search(text, c0, m.start()) if (
            text.find(" call", c0, m.start()) >= 0 and not attributed
            and words >= 2 and inner.split(None, 1)[0].lower() in _ARTICLES) else None
        if calling and not calling["c"] and words >= 4 and not calling["v"].startswith("ha"):
            calling = None  # 'X called the payments "a bribe to ..."': the pass below
        if calling and (sp := _calling_speaker(
                text, line_start + 1, calling.start() if calling["c"] else calling.start("v"),
                bool(calling["c"]))):
            # 'X said, calling the deal "a first step"': what X called the thing is X's
            # words, however short ("a betrayal"), as after "called the payments"
            _add(out, text, qs, qe, text[sp[0]:sp[1]], seen=seen)
            used.append((calling.start(), m.start()))
            continue
        if (words < 2 and not (attributed and last in ",!?")) or (words < 4 and not attributed):
            # (round en196) a single word with its own comma or mark inside the quote and
            # a teller after it is an answer spoken: '"Nobody," she says.'
            continue
        if words <= 8 and inner[:1].isupper() and last not in ".!" and _rare(
                "_WORK_TITLE_BEFORE").search(text, max(0, m.start() - 30), m.start()):
            continue  # 'In a new report, "Nobody came", the group says': a title (round 65)
        dashed = None if am or words < 4 else _DASH_NAME.match(text, m.end())
        if dashed and _QUOTE_OPENS.search(text, max(0, m.start() - 40), m.start() + 1):
            # a live blog's or a caption's quote signed with a dash: '"We will not send
            # our sons to die for a lie" - Nadia Fersi, from the opposition benches.'
            _add(out, text, qs, qe, dashed.group("n"), seen=seen)
            used.append((m.end(), dashed.end()))
            continue
        named = None if am else _AFTER_QUOTE_NAMED.match(text, m.end())
        if named and last in ",!?":
            # '"...," the UN envoy, Marta Venn, told reporters.': the name is the speaker.
            _add(out, text, qs, qe, named.group("n1") or named.group("n2") or named.group("n3")
                 or named.group("n4"), seen=seen)
            used.append((m.end(), named.end()))
            attributed_end = named.end()
            continue
        aside = None if am or named or last not in ",!?" else _AFTER_QUOTE_ASIDE.match(
            text, m.end())
        if aside and closed_before_paragraph(text, inner, m.end(), aside.start("sp")):
            aside = None  # (round en112) the next paragraph's speaker
        if aside and (aside["sp"][:1].isupper() or _plural_people(aside["sp"].split()[-1])
                      or aside["sp"].split(None, 1)[0] in _ARTICLES
                      or _plural_people(aside["sp"].split(None, 1)[0])):
            # '"... Nobody came," a farmer, 54, said.' / '..., residents of the camp said.':
            # an age or a relative clause on the speaker, or a plural of people heading it
            _add(out, text, *_reported_around(text, m.start(), qs, qe), aside["sp"], seen=seen)
            if own := _ASIDE_OWN_SOURCE.search(text, aside.end("sp"), aside.end()):
                # '..., the militia, which the government says is armed by smugglers,
                # said.': the relative's own source speaks its clause
                _add(out, text, own.start("w"), own.end("w"), own["np"], seen=seen)
            used.append((m.end(), aside.end()))
            attributed_end = aside.end()
            continue
        if am:
            brought = _BROUGHT_NAME.match(text, am.end("sp1")) if am.group("sp1") else None
            sp = "sp1" if am.group("sp1") else "sp2"
            inner_name = _BRINGER_IN_SPEAKER.search(text, am.start(sp), am.end(sp)) if (
                not brought and _may_bring(am.group(sp))) else None
            if not (brought or inner_name) and am.group(sp).endswith(" name") and (
                    given := _NAME_AFTER_COMMA.match(text, am.end(sp))):
                # '"...," said a mother who gave only her first name, Amina.': the name
                # after the comma closes the bringer the speaker ends on (round en161)
                inner_name = _BRINGER_IN_SPEAKER.search(text, am.start(sp), given.end("name"))
            if brought:
                # '"...," said one woman, who gave her name as Hauwa.': the name
                a, b = brought.span("name")
            elif inner_name:
                # '"...," a fighter who gave his name as Abu Omar said': the name
                a, b = inner_name.span("name")
            elif am.group("sp1") and len(am.group("sp1").split()) <= 8:
                a, b = trim_span(text, am.start("sp1"), am.end("sp1"))
                if am.group("v1").lower() in EN.WRITING_VERBS and (
                        where := _WRITTEN_IN.search(text, a, b)):
                    # '"...," wrote columnist Yara Nassif in The Evening Ledger': where it
                    # was written, not who wrote it
                    b = where.start()
                b = dotted_title_end(text, a, b)
                described = _closing_described(text[a:b])
                closing = _CLOSING_NAME.match(text, b) if described else None
                if closing is None and " of " not in text[a:b] and described:
                    closing = _CLOSING_NAME_AGED.match(text, b) or closing_name_then_who(text, b)
                if closing:
                    # '"...," said the deputy head of the council, Colonel Amir Tahir.':
                    # the name closing the sentence after the description speaks
                    a, b = closing.span("name")
            elif am.group("sp1") and _rare("_DESCRIBED_THEN_WHO").fullmatch(
                    text, am.start("sp1"), am.end("sp1")):
                # '"..." said a broker at a trading house in London who asked not to be
                # named': a description too long for a name, closed by a relative clause
                # on the person; the whole description speaks (round 50)
                a, b = trim_span(text, am.start("sp1"), am.end("sp1"))
            elif am.group("sp1"):
                a, b = forward_np(text, am.start("sp1"), am.end("sp1"))
            else:
                a, b = am.start("sp2"), am.end("sp2")
            if b > a:
                _add(out, text, *_reported_around(text, m.start(), qs, qe), text[a:b],
                     one_word=words < 2, seen=seen)
                used.append((m.end(), am.end()))
                attributed_end = am.end()
                continue
        named = _NAMING_RELATIVE.search(text, max(line_start + 1, m.start() - 60), m.start()) if (
            text.find(" call", m.start() - 10, m.start()) >= 0) else None
        if named and inner[:1].islower():
            # 'the accords, which she calls "a paper the rich signed"', 'what the
            # villagers call "the road of widows"': the relative's object is the thing,
            # and the name its subject gives it is that subject's words
            _add(out, text, qs, qe, named["sp"], seen=seen)
            used.append((named.start("sp"), m.start()))
            continue
        bm = _BEFORE_QUOTE.search(text, line_start + 1, m.start()) if (
            _BEFORE_QUOTE_WORD.search(text, line_start + 1, m.start())) else None
        if bm and bm.group("called") and inner.split(None, 1)[0].lower() not in _ARTICLES:
            bm = None  # 'called the hotline "dozens of times"': no name for the thing
        if bm and bm["rel"]:
            # 'a budget she describes as "..."': the relative's subject, resolved as any
            # pronoun speaker is, describes the thing in the quote's words (round 58)
            _add(out, text, qs, qe, bm["rel"], seen=seen)
            used.append((bm.start("rel"), m.start()))
            continue
        if bm:
            a, b = backward_np(text, bm.end("sp"), floor=max(0, line_start + 1))
            if b <= a and bm["ins"] and (given := _given_name_after(text, bm)):
                # 'A reader, Huw, emails: "..."': a person described, then the given name
                # alone a live blog prints for a reader (round en104)
                a, b = given
            elif b > a and bm["ins"] and _may_bring(bm["ins"]) and (
                    brought := _BROUGHT_IN_INSERT.search(text, bm.start("ins"), bm.end("ins"))):
                # 'One witness, a vendor who gave her name as Amelia, said: "..."': the name
                # the source gave speaks, as before a reported clause (round en120)
                a, b = brought.span("name")
            elif b > a and bm["ins"] and (determined_description(text[a:b]) or (
                    text[a:a + 1].isupper() and described_before_place(
                        text, document(text).sentence_start(a), a))) and (
                    _NAME_ONLY.fullmatch(bm["ins"].strip())):
                # 'A spokesman, Hassan al-Tayeb, said: "..."': the name in apposition
                # speaks, as before any other verb
                a, b = trim_span(text, bm.start("ins"), bm.end("ins"))
            if b > a:
                _add(out, text, qs, qe, text[a:b], seen=seen)
                # ('The council, which the government says ..., said: "..."': the relative's
                # own verb of saying stays for the sentence pass)
                used.append((bm.end("ins") if bm["ins"] and bm["ins"].lstrip().startswith(
                    _RELATIVE_OPENERS) else bm.start(), m.start()))
                continue
        # 'The Observatory "has documented ..."': a quote that is the predicate of a
        # sentence whose subject is a source, without a speech verb.
        # The predicate opens in lower case; a quoted name ('The group "Friends of
        # the North"') does not.
        sa, sb = trim_span(text, line_start + 1, m.start())
        if 0 < sb - sa <= 60 and words >= 4 and inner[:1].islower() and not (
                text[max(0, m.start() - 3):m.start()].rstrip().endswith(",")
                and _ASIDE_VERB.match(text, m.end())):
            # (not a quoted aside inside the subject: 'Eighteen people, "many of them
            # women", were killed')
            a, b = forward_np(text, sa, sb, max_tokens=6)
            if (a, b) == (sa, sb) and has_content_word(text[a:b]):
                _add(out, text, qs, qe, text[a:b], seen=seen)
                used.append((a, m.start()))
                continue
        if words >= 3 and text[max(0, m.start() - 3):m.start()].rstrip().endswith(":") and (
                pm := _PRONOUN_THEN_COLON.fullmatch(text, line_start + 1, m.start())):
            # 'She asked me to thank the donors: "Tell them ..."': after a colon closing a
            # sentence whose subject is "he" or "she", the quote is that person's (round 44)
            _add(out, text, qs, qe, pm["p"], seen=seen)
            used.append((pm.start("p"), m.start()))
            continue
        if words >= 3 and text[max(0, m.start() - 3):m.start()].rstrip().endswith(":") and (
                named := _named_before_colon(text, line_start + 1, m.start())):
            # 'Government spokesman Alpha Soumah gave a lower figure on state television:
            # "Three people ..."': the person the sentence names speaks, as after "She"
            _add(out, text, qs, qe, named, seen=seen)
            used.append((line_start + 1, m.start()))
            continue
        # A quote that is a sentence of its own continues the previous speaker.
        before = text[max(0, m.start() - 3):m.start()]
        if len(inner.split()) >= 6 and (m.start() == 0 or _SENTENCE_END_BEFORE.search(before)) and (
                not _listed_title(text, m.start(), inner)):
            loose.append((qs, qe))
            used.append((m.start(), m.end()))


# The noun of a work or "titled" right before a quote, a comma between or not (round 65):
# 'a new report, "Nobody came",', 'the documentary "Dust"', 'a study titled "..."'.
_RARE["_WORK_TITLE_BEFORE"] = (
    rf"\b(?:(?:{alt(EN.TITLED_WORKS)}),?|(?:{alt(EN.TITLING_PARTICIPLES)}))\s*$",
    re.IGNORECASE)


# A list item's number opening a line before a quote (round 54): "1. ", "2) ", "(3) ".
_ITEM_NUMBER = re.compile(r"[ \t]*\(?\d{1,3}[.)][ \t]*$")


def _listed_title(text: str, open_at: int, inner: str) -> bool:
    """A quote that opens a numbered line and ends without a full stop, a question or an
    exclamation mark is a title in a list (a programme's papers, a reading list:
    '2. "Roads and markets after the war" - A. Author'), no one's words; a numbered
    quote that closes its sentence ('1. "We left at dawn." - a farmer') still speaks."""
    if inner.rstrip("'’ ")[-1:] in ".!?…":
        return False
    return bool(_ITEM_NUMBER.fullmatch(text, text.rfind("\n", 0, open_at) + 1, open_at))


def _given_name_after(text: str, bm: re.Match[str]) -> tuple[int, int] | None:
    """The span of a single given name set off after a person noun ("A reader, Huw,"),
    before a verb that brings in a quote; None otherwise."""
    head = bm["sp"].split()[-1].lower()
    name = bm["ins"].strip()
    if head not in EN.PERSON_WORDS or not _GIVEN_NAME.fullmatch(name):
        return None
    return trim_span(text, bm.start("ins"), bm.end("ins"))


_GIVEN_NAME = re.compile(r"[A-Z][a-z][\w'’\-]*")


# A sentence closed by a colon that turns the reader to a person by name, perhaps with a
# relative on who the person is: "Listen now to Marija Kovac, whose father is one of the
# fourteen:" (round en76).
_TURNED_TO_NAME = re.compile(
    r"\bto\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})"
    r"(?:\s*,\s*(?:who|whose)\s[^\"“”:;.!?]{1,120})?\s*:\s*$")


def _named_before_colon(text: str, a: int, colon: int) -> str | None:
    """Who speaks the quote after a colon that closes a sentence with no verb of speech
    (earlier passes read those): the person the sentence opens on ("Government spokesman
    Alpha Soumah gave a lower figure on state television:"), or the person by name it
    turns the reader to ("Listen now to Marija Kovac, whose father ...:"); None when the
    sentence names no person by a full name, or names a thing with writing on it whose
    words the quote may be ("pointed at the sign above the gate:")."""
    seg = text[a:colon]
    if any(c in seg for c in '"“”;') or len(seg) > 240 or not _FULL_NAME.search(seg) or (
            _QUOTED_WRITING.search(seg)) or _SPEECH_BEFORE_COLON.search(seg):
        return None
    turned = _TURNED_TO_NAME.search(text, a, colon)
    doc = document(text)
    sent = doc.sentences[max(0, bisect_right(doc.starts, a + len(seg) - len(seg.lstrip())) - 1)]
    if sent.end < colon - 1:
        return turned["name"] if turned else None
    subject = _person_subject(text, Sentence(sent.start, colon, text[sent.start:colon]))
    if subject and _FULL_NAME.search(subject) and _is_person(subject):
        # (round en237) "Our reporter Mira Solenko, at the checkpoint on the road to Port
        # Avel:": the person the sentence opens on speaks; the name after "to" is where
        # she stands (a sentence that turns the reader to a name opens on no person)
        return subject
    return turned["name"] if turned else None


# Two capitalised words or more in a row: a person's full name ("Alpha Soumah").
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w'’\-]*\s+(?:(?:al|el|de|van|von|bin)[\s\-])?[A-Z][a-z]")
# A verb of speech anywhere before the colon: the passes that read it place the quote.
_SPEECH_BEFORE_COLON = re.compile(
    rf"\b(?:{alt((*EN.REPORTING_VERBS, *EN.SPEECH_PARTICIPLES))})\b",
    re.IGNORECASE)
_QUOTED_WRITING = re.compile(rf"\b(?:{alt((*EN.NON_SPEAKER_HEADS, *EN.QUOTED_WRITINGS))})\b",
                             re.IGNORECASE)


# A sentence opened by "He" / "She" and closed by a colon before a quote (round 44).
_PRONOUN_THEN_COLON = re.compile(r"\s*(?P<p>He|She)\s[^\"“”:;.!?]{3,160}:\s*")

# Between an attributed quote's attribution and a quote that goes on with it: a comma or a
# full stop, after at most a short phrase of when or where ("Brant said on Monday.").
# The attribution may end in where it was said ("told reporters outside the court.") or in
# the speaker's description or age: '..., said Halim Dost, 47, who lost three relatives.
# "Nothing can bring them back."'
# After a speaker and verb: words of the verb's own, so the verb reports no quote before.
_WHERE_SAID = alt(EN.WHERE_SAID_PREPOSITIONS)
_NEW_CLAUSE_AFTER = re.compile(r"\s+(?:that\b|(?:the|a|an|he|she|they|it|we)\s)", re.IGNORECASE)
# '"He was 17." Nur said in a statement on Sunday that ...': where or when it was said, then
# "that" opening the verb's own words.
_WHERE_THEN_THAT = re.compile(
    rf"\s+(?:{_WHERE_SAID})\s[^.;:!?\"“”\n]{{1,60}}?\s*,?\s+that\s",
    re.IGNORECASE)
# '"He was 17." She said soldiers ...': after a capitalised new sentence, a verb followed
# by a plain word (no preposition of when or where) has words of its own.
_OWN_WORDS_AFTER = re.compile(
    rf"\s+(?!(?:{_WHERE_SAID})\b)[a-z][\w'’\-]*\s+[a-z]"
    # ... or a count that opens them: '"... school." The Red Crescent said about 600
    # families had fled' (scraped copy with no comma after the quote)
    r"|\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|at\s+least|up\s+to)\s+)?\d")
# (a lead opens its sentence: "Then", "After a pause")
_RESUMING_LEADS = tuple(w[:1].upper() + w[1:] for w in EN.QUOTE_RESUMING_LEADS)
_FOLLOW_UP = re.compile(
    # ... or in whom it was told to: "told the court.", "said Monday."
    rf"(?:\s+(?:{_WHERE_SAID})\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,2}}"
    # (a hearer's name may run on in capitals, round en87: 'told Human Rights Watch. "..."')
    r"|\s+[\w'’\-]+(?:\s+[A-Z][\w'’\-]*){0,3}"
    # ... or in the medium: 'Vasko said in an interview with the Herald published on
    # Sunday, "..."'
    rf"|\s+(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s[^\"“”.!?;,]{{1,80}}"
    # ... or in how it was said: '..., the envoy said, speaking in Geneva. "..."'
    rf"|\s*,\s*(?:\d{{1,3}}|a|an|the|who|whose|{alt(EN.SPEAKING_MANNER)}"
    rf"|{alt(EN.SCENE_PARTICIPLES)}|{alt(EN.GESTURE_PARTICIPLES_EN224)})\b[^\"“”.!?;]{{0,120}}"
    # ... or the teller's name in commas after a description (round en224): '"...," said
    # one driver, Sam Kiprop. "..."'
    rf"|\s*,\s*{_QUOTE_NAME})?"
    r"\s*[,.]\s*"
    # ... then a lead with no teller of its own (round en196): '"...?" she asks. Then,
    # more quietly: "..."', '... he said. After a pause: "..."'
    rf"(?:(?:{alt(_RESUMING_LEADS)})(?:\s*,\s*(?:(?:more|less|very)\s+)?[a-z]{{3,}}ly)?"
    r"\s*[:,]\s*)?")

_GESTURES = frozenset(EN.GESTURE_PARTICIPLES_EN224)
_WRITINGS = frozenset((*EN.NON_SPEAKER_HEADS, *EN.QUOTED_WRITINGS))


def _gesture_with_writing(between: str) -> bool:
    """(round en224) Does a gesture between two quotes bring in a writing ('..., she says,
    tapping the notice on the door. "..."'), whose words the next quote may be?"""
    words = [w.strip(",.").lower() for w in between.split()]
    return any(w in _GESTURES for w in words) and any(w in _WRITINGS for w in words)


# A speaker after a quote's verb described at length, then "who" and what the person did
# or asked (round 50): "a broker at a trading house in London who asked not to be named";
# or a short description with a longer relative of two verbs (round 61): "a woman who
# attended the party and asked not to be named".
_RARE["_DESCRIBED_THEN_WHO"] = (
    r"\s*(?:a|an|the|one|another)\s+[a-z][\w'’\-]*(?:(?:\s+[\w'’\-]+){2,12}?"
    r"\s+who\s+(?:[\w'’\-]+\s+){0,7}"
    r"|\s+who\s+(?:[\w'’\-]+\s+){1,6}and\s+(?:[\w'’\-]+\s+){0,5})[\w'’\-]+\s*", 0)

# "A rival, Tomas Sorn, said" / "The spokesman for the brigade, Ali Rahm, told": a
# description and the name in apposition to it; the name is the speaker.
_NAME_BRINGER = (r"(?:who\s+)?(?:identified|known)(?:\s+only)?\s+as"
                 rf"|who\s+{_MODAL_BRINGS}"
                 r"|who\s+(?:asked|wanted|agreed)\s+to\s+be\s+(?:identified|named|called)"
                 r"(?:\s+only)?\s+as"
                 # "who gave only his first name, Musa,": the name in apposition
                 r"|who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name"
                 r"(?:\s+only)?(?:\s+as|\s*,)"
                 # "who asked to be identified only by his nom de guerre, Abu Hamza,"
                 r"|who\s+(?:asked|wanted|agreed)\s+to\s+be\s+(?:identified|named|called|known)"
                 r"(?:\s+only)?\s+by\s+(?:his|her|their)\s+(?:nom\s+de\s+guerre|first\s+name"
                 r"|nickname|alias|surname)\s*,"
                 rf"|who\s+{_GOES_BY}")
# The bringer inside a speaker before the verb, with no commas around it.
_BRINGER_IN_SPEAKER = re.compile(
    rf"\s(?:{_NAME_BRINGER})\s+(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,3}})\s*$")

_THIRD_PERSON_TELLER = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)[ \t]+(?:told|tells|asked|asks)[ \t]+(?:us|me|them|him|her)"
    r"[ \t]+$")


def _third_person_inside_quotes(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """Drop the reading of '"He told us to run ...," Lina said' that gives "to run ..." to
    Lina: inside her own quote "he" is someone else, never the one quoted."""
    keep: list[dict[str, object]] = []
    holding: Holders | None = None  # (the entries by start, built at the first teller)
    for o in out:
        s0, e0 = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
        inner = _THIRD_PERSON_TELLER.search(text, max(0, s0 - 24), s0)
        if inner:
            holding = holding or Holders(out)
        # (the quotes opening by the teller and reaching the words' end, found by start:
        # a look through every entry for each teller grew with the square of a report)
        host = next((
            p for p in holding.holding(inner.start() + 1, e0 - 1)
            if p is not o and p["speaker"] == o["speaker"]
            and text[int(p["start"]) - 1:int(p["start"])] in "\"“"  # type: ignore[call-overload]
            and int(p["start"]) > 0), None) if inner and holding else None  # type: ignore[call-overload]
        if host is not None and inner is not None:
            teller = _teller_before(text, int(host["start"]) - 1, str(host["speaker"]),  # type: ignore[call-overload]
                                    inner.group(0).split()[0].lower())
            if teller is None:
                continue
            o["speaker"] = teller
        keep.append(o)
    return keep


def _teller_before(text: str, quote: int, host: str, pronoun: str) -> str | None:
    """Who the "he" of '"He told me they would send men," he said' is: the quoted one
    tells of another, the one person the paragraph named before the quote, nearest
    first: a description in the sentence before ("he called the divisional police
    officer"), or the person subject of an earlier sentence ("Eric was walking home").
    None when there is none but the quoted one, or only one of the other sex."""
    if pronoun == "they":
        return None
    para = text.rfind("\n", 0, quote) + 1
    doc = document(text)
    i = bisect_left(doc.starts, quote) - 1
    host_words = set(host.lower().split()) - _ARTICLES  # ("the police", "the officer")
    for n in range(i, max(i - 3, -1), -1):
        sent = doc.sentences[n]
        if sent.end <= para:
            break
        found = _description_in(text, max(sent.start, para), min(sent.end, quote)) if (
            n == i) else None
        found = found or _person_subject(text, sent)
        if found and host_words.isdisjoint(found.lower().split()) and (
                _phrase_sex(found) in (None, pronoun)):
            return found
    return None


def _description_in(text: str, a: int, b: int) -> str | None:
    """The last "the <words> <one person>" between a and b: "the divisional police officer"."""
    found = None
    for m in _THE_WORDS.finditer(text, a, b):
        words = m.group(0).split()
        for k in range(len(words), 1, -1):
            if _one_person_head([words[k - 1]]):
                found = " ".join(words[:k])
                break
    return found


_THE_WORDS = re.compile(r"\bthe(?:[ \t]+[a-z][\w'’\-]*){1,4}")


# A person named in apposition, set off by commas: "one of them, Ibrahim, an hour before".
_APPOSED_NAME = re.compile(
    r",[ \t]+(?P<name>[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*){0,2}),")


def _named_inside_quotes(text: str, out: list[dict[str, object]],
                         persons: list[tuple[dict[str, object], str]]) -> None:
    """ '... she had spoken to one of them, Ibrahim, an hour before. "He said he would bring
    back mangoes," she said.': inside her quote "he" is another person than the one
    quoted, the one her words named last in apposition, not the speaker resolved for a
    "he" outside quotes (the hearer of "told The Campus Voice")."""
    # (the entries that open right after a quote mark, in their order, found once: a long
    # report's every "he" and "she" read all its entries before)
    quoted = [e for e in out if int(e["start"]) > 0 and (  # type: ignore[call-overload]
        text[int(e["start"]) - 1] in "\"“")]  # type: ignore[call-overload]
    if not quoted:
        return
    # a host opens before the entry and ends at or after its end: the entries that open
    # before it are a prefix of those sorted by start, and when the furthest end in that
    # prefix falls short no host can be among them (the common case, a quote next to no
    # other); only then are they read in their order (a long live report's hundreds of
    # quotes were read in full for each "he said" before)
    spans = sorted((int(e["start"]), int(e["end"])) for e in quoted)  # type: ignore[call-overload]
    starts = [a for a, _ in spans]
    furthest: list[int] = []
    for _, b in spans:
        furthest.append(max(b, furthest[-1]) if furthest else b)
    for o, pronoun in persons:
        s0, e0 = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
        before = bisect_left(starts, s0)
        if before == 0 or furthest[before - 1] + 1 < e0:
            continue
        host = next((e for e in quoted if e is not o and int(e["start"]) < s0 and (  # type: ignore[call-overload]
            e0 <= int(e["end"]) + 1) and isinstance(e["speaker"], str)), None)  # type: ignore[call-overload]
        if host is None:
            continue
        qs = int(host["start"]) - 1  # type: ignore[call-overload]
        sent0 = max(text.rfind(". ", 0, qs - 2) + 2, text.rfind("\n", 0, qs) + 1, 0)
        names = [m["name"] for m in _APPOSED_NAME.finditer(text, sent0, qs)]
        host_words = set(str(host["speaker"]).split())
        names = [n for n in names if host_words.isdisjoint(n.split())
                 and _phrase_sex(n) in (None, pronoun)]  # not "Mrs Ana Pell" for a "he"
        if names:
            o["speaker"] = names[-1]
