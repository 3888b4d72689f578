"""Where the reported words begin and end: what may stand between the verb and the words
("that", an addressee, a place, a time), and the words' end before a trailing adjunct."""

from __future__ import annotations

import re
from functools import lru_cache

from .folding import CaseBlind
from .lang import en as EN
from .lang.build import alt
from .speakers import forward_np
from .statement_not_speech import _ASKED_QUESTION, _COMMITMENT_AFTER, _PP_THAT, _reported_question
from .statement_persons import RANK_BEFORE_NAME
from .statement_shared import _RARE, _rare
from .statement_sources import _LEAD
from .statement_whose_apposed import whose_apposed_cut
from .tails import final_words, tail_check, tail_words

_TAIL_PAREN = re.compile(r"\((?:AFP|AP|Reuters|[A-Z][\w ]{0,20})\)$")
_TAIL_PREP = re.compile(r"\s(?:on|in|at)$")
_PREP_ENDS = ("on", "in", "at", "on\n", "in\n", "at\n")  # what _TAIL_PREP's "$" allows


def _content_end(tail: str) -> int:
    """End of the words in ``tail`` once trailing punctuation, an agency tag such as
    "(Reuters)", a dangling preposition and an ellipsis are dropped."""
    t = tail.rstrip(" \t\n.,;:…")
    m = _TAIL_PAREN.search(t[-30:]) if t.endswith(")") else None  # the tag ends in ")"
    if m:
        t = t[: len(t) - (len(t[-30:]) - m.start())].rstrip(" .,;:…")
    m = _TAIL_PREP.search(t[-4:]) if t.endswith(_PREP_ENDS) else None
    if m:
        t = t[: len(t) - 3].rstrip(" .,;:…")
    return len(t)


# "told a news conference in Lagos on Monday that": the one told, and where or when.
_TOLD_THAT = re.compile(r"(?:\s+[\w'’.\-]+){1,6}?(?:\s+(?:in|at)\s+[A-Z][\w'’.\-]*)?"
                        r"(?:\s+on\s+[A-Z][a-z]+)?\s+that\b")

# ... as long as a fronted clause of time runs before the subject's own aside (round 45):
# "Since the council announced last November that it no longer felt bound by the 2015
# truce, the council's bulletins, carried daily by the radio, have claimed ..." (the
# 80 characters above ended the run one year's digits too soon).
_LONG_LEADING_ADVERBIAL = re.compile(
    rf"(?:{alt(EN.PREPOSITIONS)}|{alt(EN.FRONTED_SUBORDINATORS)}|later|earlier|meanwhile)\b"
    r"[^,]{0,160},\s*", re.IGNORECASE
)

# "The rebels said they were holding four men and demanded that ...": a demand or appeal
# joined by a bare "and" is the speaker's own second act, with words of its own, when the
# words before it speak of the speaker ("they", "it") or break the tense ("are
# sheltering ... and appealed"); "said the rebels had seized the mine and demanded a
# ransom" is the rebels' demand, inside the words (round 52).
_JOINED_DEMAND = re.compile(
    rf"\s+and\s+(?:{alt(EN.JOINED_DEMAND_VERBS)})\s+(?:{alt(EN.JOINED_DEMAND_OPENERS)})\s+")
_SPEAKER_PRONOUN_FIRST = re.compile(r"\s*(?:that\s+)?(?:they|it|he|she|we)\s", re.IGNORECASE)
_PRESENT_VERB = re.compile(rf"\s(?:{alt(EN.PRESENT_AUXILIARIES)})\s")


def _joined_demand(text: str, cs: int, ce: int) -> tuple[int, int] | None:
    """(end of the words, start of the demand's words) when a joined demand stands in
    text[cs:ce], or None."""
    m = _JOINED_DEMAND.search(text, cs, ce)
    if m is None:
        return None
    if not (_SPEAKER_PRONOUN_FIRST.match(text, cs) or _PRESENT_VERB.search(text, cs, m.start())):
        return None
    return m.start(), m.end()


# "said his clients were innocent and called the trial "a political show"": a naming verb
# joined by "and", its object and a quotation, is the speaker's own second act; its words
# are the object and the quoted name (rounds en90, en91). A plain noun after "called" ("and
# called the minister") gives no words, as "described" with a plain noun does not; nor does
# a call made to say something ("and called the minister to say "enough""), whose quotation
# is another act's, nor "called on" (a demand's, read before this).
_JOINED_NAMING = re.compile(
    rf",?\s+and\s+(?:{alt(EN.QUOTED_NAMING_VERBS)})\s+(?!on\b)"
    r"(?=(?:(?!(?:to|that|on)\b)[^\s\"“”.;,]+\s){1,8}[\"“])", re.IGNORECASE)


def _joined_naming(text: str, cs: int, ce: int) -> tuple[int, int] | None:
    """(end of the words, start of the naming's words) when "and called X "..."" stands in
    text[cs:ce], or None."""
    m = _JOINED_NAMING.search(text, cs, ce)
    return (m.start(), m.end()) if m else None


def _demand_end(text: str, ds: int, s1: int) -> int:
    """Where a joined demand's words end: the sentence's end or its next semicolon."""
    semi = text.find(";", ds, s1)
    return semi if semi > 0 else s1


# A speech verb in the past right after ", and": the speaker acts again. (A word and a
# set, not an alternation of the verbs: that cost 8M instructions to compile.)
_AND_WORD = re.compile(r",\s+and\s+(?P<w>[a-z]+)\b")
_OWN_ACTS = EN.ONE_WORD_PAST_REPORTING


def _and_own_act(text: str, cs: int, ce: int) -> int | None:
    """Where ", and" + a speech verb in the past stands in text[cs:ce], or None."""
    for m in _AND_WORD.finditer(text, cs, ce):
        if m["w"] in _OWN_ACTS:
            return m.start()
    return None


_OPENING_QUOTES = ('"', "“")
_QUOTE_CLOSING_STOPS = ",.!?"


def _quotation_end(text: str, s0: int, cs: int, ce: int) -> int:
    """Where the double quotation open at ``cs`` (opened in the sentence from ``s0``)
    closes before ``ce``; ``ce`` when none is open or it runs on."""
    if text[cs:cs + 1] in _OPENING_QUOTES:
        # the words open on the mark itself (round en156): '"They must be freed," the
        # New York-based group's senior researcher Ana Ruiz said' ends at its own close,
        # a comma or a stop before the mark ('"Terrorists" attacked ...' runs on)
        mark = "”" if text[cs] == "“" else '"'
        close = text.find(mark, cs + 1, ce)
        return close if close > cs + 1 and text[close - 1] in _QUOTE_CLOSING_STOPS else ce
    before = text[s0:cs]
    if before.count('"') % 2 == 1:
        close = text.find('"', cs, ce)
    elif before.count("“") > before.count("”"):
        close = text.find("”", cs, ce)
    else:
        return ce
    return close if close > cs else ce


# How long before or after something: "a year after", "more than two weeks before".
_TIME_DISTANCE = (
    r"(?:(?:more|less)\s+than\s+|(?:about|nearly|almost|some|just|only)\s+)?"
    rf"(?:a|an|one|a\s+few|several|\d+|{alt(EN.SPAN_NUMBERS)})\s+"
    rf"(?:{alt(EN.ADJACENT_PERIODS)}|{alt(w + 's' for w in EN.ADJACENT_PERIODS)}|hours?"
    r"|decades?)\s+(?:after|before|since)")
_COMPARISON = (
    r"(?:(?:nearly|almost|roughly|about|more\s+than|less\s+than|around)\s+)?"
    r"(?:double|twice|triple|treble|three\s+times|half)|up\s+from|down\s+from")
_ADJUNCT = re.compile(
    r"\s*(?:,\s*(?:as|while|whereas|when|after|before|but|amid|following|in|with|which|where|because"
    # ", without giving details" / ", speaking on condition of anonymity": the writer's
    # note on how it was said, after an inverted attribution
    r"|although|though|and|adding|without|[a-z]+ing"
    # a concession or the time since a promise, no words: ", despite government promises
    # to ...", ", more than a year after a peace accord promised them"
    rf"|despite|ahead\s+of|{_TIME_DISTANCE}"
    # ... or the writer's comparison of the figure told (round en104): ", nearly double the
    # figure for the same period a year earlier", ", up from 12 in 2025"
    rf"|{_COMPARISON}"
    # ... or a part of the figure told (round en182): ", a doctor there tells us, among
    # them six children", as ", including six children" reads
    r"|among\s+(?:them|whom|those)"
    # ... or what the report it spoke in rests on (round en206): ", based on court files"
    rf"|{alt(EN.REPORT_GROUNDS)}"
    r")\b|(?:quoting|citing|adding|who)\b"
    # the medium after the verb: "said in a statement", "in its weekly update on Thursday"
    r"|in\s+(?:a|an|its|his|her|their)\b"
    # ... or a plural medium with no determiner (round en219): "said in findings published
    # on Thursday", "said in remarks broadcast on Friday", "said in court filings"
    rf"|in\s+(?:court\s+)?(?:{alt(EN.BARE_MEDIUM_NOUNS)})\b)",
    re.IGNORECASE,
)

# "said in a statement carried by the state agency that ...": the carrier is no speaker.
_CARRIER = re.compile(
    r"\s*,?\s*(?:carried|published|issued|posted|released|broadcast|aired)\s+(?:by|on)\s+",
    re.IGNORECASE,
)
_CARRIED_BY = CaseBlind(
    r"\s*,?\s*(?:carried|published|issued|posted|released|broadcast|aired|quoted|cited)\s+"
    r"(?:by|on|in)\s+[^,;\"“”]{1,60}?\bthat\s+"
)

# "told lawmakers on Wednesday ...": an audience the speaker vocabulary does not know,
# seen by the time word after it.
_TOLD_AUDIENCE = re.compile(
    r"\s+(?:[\w'’\-]+\s+){1,3}?(?=(?:on\s+)?(?:"
    rf"{alt((*(d.capitalize() for d in EN.WEEKDAYS), 'yesterday', 'today', 'tonight'))})\b)"
)

# "..., one resident told dpa by telephone.": one word closing the sentence after "told"
# (how it was said aside) has no verb to be words of; it is who heard them, whatever its
# case (an agency that writes its name in lower case).
_TOLD_LAST_WORD = re.compile(
    rf"\s+(?-i:[a-z]{{2,}})(?=(?:\s+(?:{alt(EN.CONTACT_MEDIA)}))?"
    # ... or closing the attribution before a second clause joined by a comma (round en87):
    # "..., the officer told dpa, while the army said ..."
    rf"(?:\s*[.!?]?\s*$|\s*,\s*(?:{alt(EN.CLAUSE_JOINERS_AFTER_TELLING)})\s))")

_TOLD_BARE = re.compile(rf"\s+(?:{alt(EN.BARE_AUDIENCES)})\b(?!['’])", re.IGNORECASE)
_TOLD_GATHERING = re.compile(
    r"\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’\-]+\s+){0,3}?"
    rf"(?:{alt(EN.GATHERINGS)})\b(?!['’])"
    # and where it met: "told a news conference in Juba the convoy ..."
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’\-]*(?=\s+(?-i:[a-z])))?", re.IGNORECASE)
# "told a crowd of mourners at least 30 people had ...": the people of the collective
# end the hearer (a plural noun, one adjective allowed before it), whatever opens the words.
_TOLD_COLLECTIVE = re.compile(
    rf"\s+(?:a|an|the)\s+(?:{alt(EN.COLLECTIVE_HEARERS)})\s+of\s+(?:[a-z][\w\-]*\s+)??"
    r"[a-z][\w\-]*(?:s|men|people|children|folk)\b(?!['’])")

# "told the panel he had ...": a subject pronoun and its verb open the words after a
# hearer named by a determiner and a noun or two (the writer's own too, round en182:
# "told our nurses they had been beaten").
_TOLD_THEN_PRONOUN = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|our|my|your)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*"
    r"(?=\s+(?:he|she|they|it|we|I)\s+(?:had|has|have|was|were|is|are|would|will|could|did"
    r"|should|might|must|can|may|never|knew|saw|heard|thought)\b)")

_CLOSER = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def _quoted_words_end(text: str, start: int, end: int) -> int:
    """Words that open with a quote mark end with the quote: 'told us "leave now" and we
    ran' -> "leave now"; the rest is the sentence's own."""
    closer = _CLOSER.get(text[start:start + 1])
    if closer is None:
        return end
    close = text.find(closer, start + 1, end)
    return close + 1 if close > start + 1 else end


_TOLD_PRONOUN = re.compile(r"\s+(?:us|me|him|her|them|you)\b\s*", re.IGNORECASE)
# "..., the district hospital told our liaison officer.": a hearer that closes the
# sentence is who heard the words before it, not words of its own (round 48).
# (a noun phrase only: "told the nurses to wait." is an order and its words)
# (where and when it was heard may close it too: "told our liaison officer in Izium on
# Monday.")
_TOLD_CLOSING_HEARER = re.compile(
    r"\s+(?:the|a|an|our|my|his|her|their|its|your)\s+(?:(?!(?:to|that|not|and|or|of|be)\s)"
    r"[\w'’\-]+\s+){0,3}?(?!(?:to|be)\b)[a-z][\w'’\-]*"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’\-]*)?"
    rf"(?:\s+(?:on\s+(?:{alt(d.capitalize() for d in EN.WEEKDAYS)})|{alt(EN.TOLD_WHEN_WORDS)}))?"
    r"(?=\s*(?:[.!?]\s|[.!?]?$|[.!?]?\n))")
# "told the court of killings", "tells of a night of terror": an account "of" something,
# after an audience that hears accounts or none; the words are what follows "of".
_TOLD_OF = re.compile(
    rf"(?:(?:\s+[\w'’\-]+){{0,4}}?\s+(?:{alt(EN.TOLD_OF_AUDIENCES)}))?\s+of\s+", re.IGNORECASE)


def _lead(text: str, low: str | None, pos: int, end: int) -> re.Match[str] | None:
    """``_LEAD.match(text, pos, end)``, on the lower-cased ASCII text when there is one."""
    return _LEAD.low.match(low, pos, end) if low is not None else _LEAD.rx.match(text, pos, end)


# "She said that truce had lasted nine days": "that" before a noun and a finite verb is
# the noun's demonstrative when the story brought the noun in before with "a" ("recalled a
# truce brokered by ..."); then it is part of the words. A mass noun ("said that fighting
# had resumed") has no "a" before it, so its "that" stays the conjunction.
_FUNCTION_SET = frozenset(EN.FUNCTION_WORDS)
_THAT_NOUN_VERB = re.compile(
    rf"(?P<n>[a-z]{{3,}})\s+(?:{alt(EN.FINITE_AUXILIARIES)}|[a-z]+ed)\b")


def _demonstrative_that(text: str, pos: int) -> int:
    """``pos`` (the words' start right after "that"), or the start of "that" when it
    is a demonstrative as above."""
    m = _THAT_NOUN_VERB.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    if m is None or m["n"] in EN.FUNCTION_WORDS:
        return pos
    # the noun heads its first phrase: "a truce brokered by", "a plan.", not "a peace
    # deal" or "a police officer" ("said that police had ..." is the conjunction)
    first = _first_brought_in(text, m["n"])
    return pos - 4 if 0 <= first <= pos else pos


@lru_cache(maxsize=32)
def _first_brought_in(text: str, noun: str) -> int:
    """Where the first "a <noun>" heading its phrase ends in ``text``, or -1: found once
    per text and noun, where each "said that" of a long report searched the text before
    it again (quadratic)."""
    for seen in re.finditer(rf"\b(?:a|an)\s+(?:[a-z][\w-]*\s+)?{noun}(?:\s*(?P<p>[,.;:!?])"
                            r"|\s+(?P<w>[a-z]+)\b)", text, re.IGNORECASE):
        w = seen["w"]
        if seen["p"] or w.lower().endswith("ed") or w.lower() in _FUNCTION_SET:
            return seen.end()
    return -1


def _skip_lead(text: str, v: re.Match[str], word: str, s1: int, low: str | None = None) -> int:
    pos = v.end()
    if word in EN.ASKING_VERBS:
        q = _ASKED_QUESTION.match(text, pos, s1) if _reported_question(text, pos) else None
        if q:  # a reported question keeps its question word: "whether the talks ..."
            return q.start("q")
    if word in {"told", "tells", "tell"}:
        # "told a gathering of elders cattle raids had ...": people after "of", not an account
        told_of = None if _TOLD_COLLECTIVE.match(text, pos, s1) else _TOLD_OF.match(
            text, pos, s1)
        if told_of:
            return told_of.end()
        m = _TOLD_THAT.match(text[pos:s1])
        if m:
            return pos + m.end()
        obj = _TOLD_PRONOUN.match(text, pos, s1)
        if obj:  # "told us ...": the one told is no part of the words
            # nor is when it was told: "..., the doctor told me on Wednesday." (round 44)
            lead = _LEAD.rx.match(text, obj.end() - 1, s1) if text[obj.end():obj.end() + 1] in (
                "o", "l", "e", "y", "t") else None
            if lead is None and (when := _WHEN_SAID.match(text, obj.end() - 1, s1)):
                # "..., police told us shortly after midnight.": the hour told (round en161)
                return when.end()
            return lead.end() if lead else obj.end()
        gathering = _TOLD_COLLECTIVE.match(text, pos, s1) or _TOLD_GATHERING.match(
            text, pos, s1) or _TOLD_THEN_PRONOUN.match(text, pos, s1) or (
            _TOLD_CLOSING_HEARER.match(text, pos, s1))
        if gathering:  # "told a news conference in Abuja": who heard it, not what
            pos = gathering.end()
        elif bare := _TOLD_BARE.match(text, pos, s1):
            pos = bare.end()  # "told parliament the army would ...": who heard it
        else:
            fa, fb = forward_np(text, pos, s1, max_tokens=4)
            audience = None if fb > fa else _TOLD_AUDIENCE.match(text, pos, s1) or (
                _TOLD_LAST_WORD.match(text, pos, s1))
            pos = fb if fb > fa else audience.end() if audience else pos
    if word in EN.ADDRESSING_VERBS:
        m = _TOLD_THAT.match(text[pos:s1])
        if m:  # the one warned is no part of the words
            return pos + m.end()
    if word in EN.COMMITMENT_VERBS:
        pledge = _COMMITMENT_AFTER.match(text, pos, s1)
        if pledge:  # "threatened in a video to kill ...": the words open at "to" / after "that"
            return pledge.start("w") if pledge["w"].lower() == "to" else pledge.end()
    # Both "carried by ... that" and "said at ... that" need a "that" ahead: one look for it
    # spares the two patterns in the sentences without one.
    if low is not None:  # the lowered twins: same spans on ASCII text, 2-4x faster
        lead = _LEAD.low.match(low, pos, s1)
        pos = lead.end() if lead else pos
        that_ahead = low.find("that", pos, s1) >= 0
        carried = _CARRIED_BY.low.match(low, pos, s1) if that_ahead else None
    else:
        lead = _LEAD.rx.match(text, pos, s1)
        pos = lead.end() if lead else pos
        that_ahead = text.find("that", pos, s1) >= 0  # _PP_THAT's "that" keeps its case
        carried = _CARRIED_BY.rx.match(text, pos, s1)
    if carried:
        return carried.end()
    if lead:
        # "in a statement carried by the state news agency six soldiers ...": without
        # "that" the carrier is the noun phrase after "by".
        by = _CARRIER.match(text, pos, s1)
        if by:
            ca, cb = forward_np(text, by.end(), s1)
            if cb > ca:
                return cb
    # "said at a news conference in Kessa that ...": a prepositional phrase before
    # "that" says where or how it was said; the words follow "that".
    pp = _PP_THAT.match(text, pos, s1) if that_ahead else None
    if pp and text[pp.start():pp.end()].lstrip().startswith(",") and (
            _RELATIVE_PREDICATE.match(text, pp.end())) and (
            text[pp.start():pp.end()].split()[-2].lower() in _EVENT_HEADS):
        # "..., the army said, in fighting that also left three soldiers dead": "that"
        # opens a relative on the fighting (its verb follows at once), not the words
        return pos
    return pp.end() if pp else pos


# A relative's predicate right after "that": an adverb or none, then a past verb.
_RELATIVE_PREDICATE = re.compile(
    rf"(?:(?:also|later|then|still|eventually|[a-z]+ly)\s+)?"
    rf"(?:[a-z]+ed|{alt(EN.IRREGULAR_PAST_EVENTS)})\b")
_EVENT_HEADS = frozenset((*EN.LOST_IN_EVENTS, *EN.FEUD_EVENTS))

# "..., said Colonel Maren Ostby, a spokesman for the army." / "..., who heads ...": a
# description after an inverted speaker ends the sentence; it is not reported words.
# When the inverted speaker spoke, closing the sentence: "..., said the minister on
# Tuesday.", "late on Sunday", "on Monday night", "yesterday".
_WHEN_SAID = re.compile(
    # (set off by a comma too: "..., said Amir Hadad, on Sunday.")
    rf"(?:\s*,)?\s+(?:(?:(?:late|early)\s+)?on\s+(?:{alt(EN.WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|last\s+(?:night|week)"
    # the hour told by a point of the day (round en161): "shortly after midnight", "at
    # dawn", "this morning", "overnight"
    rf"|(?:(?:{alt(EN.SAYING_TIME_NEARNESS)})\s+)?(?:after|before|at)\s+"
    rf"(?:{alt(EN.SAYING_TIME_POINTS)})|this\s+(?:{alt(EN.SAYING_TIME_PARTS)})|overnight)\b",
    re.IGNORECASE)


def _said_when(after: str) -> bool:
    """Is ``after`` (what follows an inverted speaker) when it was said and nothing else,
    or that and an adjunct ("on Tuesday, adding that ...")?"""
    when = _WHEN_SAID.match(after)
    if when is None:
        return False
    rest = after[when.end():]
    return not rest[:_content_end(rest)].strip() or bool(_ADJUNCT.match(rest))


_ADVERBS = re.compile(
    rf"(?:\s+(?:{alt(EN.SUBJECT_VERB_FILLERS)}|(?:on\s+)?(?:{alt(EN.WEEKDAYS)})))+\s*$",
    re.IGNORECASE,
)

# ", who declined to be named," / ", a former minister," / ", in a statement on Monday,"
# between a speaker and the verb.
_PERSON_HEADS = tuple(sorted(EN.TITLES | {"head", "spokesman", "spokeswoman", "member"}))
_INSERTED_CLAUSE = re.compile(
    # ", asked about the talks," / ", reached by telephone,": a participle's clause, also
    # in the present (", requesting anonymity,", ", fearing reprisals,")
    # (the participle in lower case: "A shopkeeper, Ahmed, said" holds a name, no "-ed")
    # (", and who asked not to be named,": a second relative on a speaker that has one)
    # (", while talking to Dawn,", ", when contacted,": how the speaker was reached)
    # (not a rank before a name, round en190: ", retired judge Ada Obi," is the speaker)
    rf",\s*(?!(?-i:{RANK_BEFORE_NAME}[A-Z]))"
    r"(?:(?:(?:and\s+)?(?:who|whose|which)|(?:while|when)(?=\s+(?-i:[a-z]{2,}(?:ing|ed))\b)"
    r"|speaking|citing|quoting|(?-i:[a-z]{3,}ed|[a-z]{2,}ing)|a|an|the|in|at|on|during|after|before|through"
    # a description by a possessive: "The Netherlands, its largest donor, said"
    r"|its|their|his|her"
    # an irregular participle: "A leaked memo, seen by the paper, says ..."
    rf"|{alt(EN.IRREGULAR_PARTICIPLES)}"
    r"|carried|published|issued|posted|released|broadcast|aired"
    # (", read on state television,", ", read each evening,": a text read out, round 45)
    r"|read(?=\s+(?:on|out|aloud|at|to|in|by|each|every|daily|nightly|over)\b)"
    # a part of a plural speaker: "Residents, some of whom asked not to be named, said"
    r"|(?:some|many|most|all|several|few|none|one|two|three)\s+of\s+whom"
    # where the speaker's place lies: ", near the border,", ", about 30 kilometres south
    # of Mosul,", ", where the attack took place,", ", home to 450,000 people,"
    r"|(?:just\s+)?(?:near|outside|close\s+to)|where|home\s+to"
    # what else the speaker is or was: ", himself a survivor,", ", formerly a surgeon,",
    # ", one of only two surgeons in the district,"
    r"|himself|herself|themselves|formerly|previously|once|one\s+of"
    r"|(?:(?:about|some|around|nearly|roughly|just)\s+)?\d[\d,.]*"
    r"\s*(?:km|kilometres|kilometers|miles|metres|meters)"
    # (a count's comma is no clause's end: ", a town of 5,000 people,"; nor is a series'
    # comma before its last member joined by "and", round en87: ", based on interviews
    # with 51 witnesses, relatives and local officials,")
    r")\b(?:[^,;\"“”]|,(?=\d{3}\b)|,(?=[^,;\"“”]{1,60}\sand\s[^,;\"“”]{1,60},\s*$)){1,100}"
    # an age ("Brant, 54,") or a description without article ("commander of the army"),
    # but not a title before a name ("The head of the council, Dr. Sami Haddad, said")
    # (", now 68,", ", aged 41,": an age with its adverb)
    # (round en211: not a title word hyphened to a capital, which is a name's word:
    # ", Abdullahi Sheikh-Dahir," is the name set in commas)
    rf"|(?:now\s+|aged\s+)?\d{{1,3}}|(?:[a-z][\w'’\-]*\s+){{0,2}}(?:{alt(_PERSON_HEADS)})\b"
    r"(?!-(?-i:[A-Z]))"
    # (a name may hold a particle: "General Hassan al-Tayeb")
    # ("Captain Ana Silva of Brazil," a name and the country it is of: still a name)
    rf"(?!(?-i:\.?(?:\s+(?:(?:{alt(EN.NAME_PARTICLES)})-)?[A-Z][\w'’.\-]*)+"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?),\s*$)"
    r"[^,;\"“”]{0,80}"
    r"|however|meanwhile|though|too|in\s+turn|for\s+(?:his|her|its|their)\s+part),\s*$",
    re.IGNORECASE
)

_WORD_END_AT = re.compile(r"(\w+)$")
_WEEKDAY_BOUND = frozenset(EN.WEEKDAY_BOUND_WORDS)
_ADVERBS_ENDS = tail_words((*final_words(EN.SUBJECT_VERB_FILLERS), *EN.WEEKDAYS))
_COMMA_TAIL = tail_check((",",))
# How much of a verb's tail (``verb_tail``) the checks below read.
STRIP_TAIL_WIDTH = max(map(len, _ADVERBS_ENDS))


def _strip_adverbs(text: str, floor: int, end: int, tail: str | None) -> int:
    """``tail``: ``verb_tail(text, floor, end, width)`` with ``width`` at least
    ``STRIP_TAIL_WIDTH``, read once for the verb at ``end``."""
    lo = end - 60 if end - 60 > floor else floor  # max(), without the builtin's call
    m = _ADVERBS.search(text, lo, end) if tail is None or tail.endswith(_ADVERBS_ENDS) else None
    if m and (w := _WORD_END_AT.search(text, lo, m.start())) and (
            w.group(1).lower() in _WEEKDAY_BOUND):
        m = None  # "A post shared ... since Thursday": the day describes the speaker
    # (the day first: it is one short match where the relative is a search, and most
    # fillers are no day)
    if m and _rare("_ON_DAY").fullmatch(m.group()) and (
            _rare("_RELATIVE_BEFORE_DAY").search(text, lo, m.start())):
        m = None  # "A report that reached us on Friday said": the relative's own day
    lo = (m.start() if m else end) - 110
    lo = lo if lo > floor else floor
    if m:
        end = m.start()
        comma = _COMMA_TAIL(text, lo, end)
    else:
        comma = tail is None or tail.endswith(",")  # the verb's own tail (same end)
    inserted = _INSERTED_CLAUSE.search(text, lo, end) if comma else None
    # (round en214) "Maria Santos-Reyes, whose son, a taxi driver, was shot ..., said":
    # a "whose" clause with its own apposition, which the pattern's one stretch misses
    # or cuts at its last part (", disappeared in 2009," after "whose daughter, Lucia")
    whose = whose_apposed_cut(text, floor, end) if comma else None
    if inserted is None and whose is None:
        return end
    # A second set-off clause before it, with the comma the first one opened with: "Yusuf
    # Ali, 61, a retired baker, said" (an age, then a trade).
    cut = whose if whose is not None and (
        inserted is None or whose < inserted.start()) else inserted.start()  # type: ignore[union-attr]
    again = _INSERTED_CLAUSE.search(text, max(floor, cut - 110), cut + 1)
    if again and (lead := _LONG_LEADING_ADVERBIAL.match(text, floor, cut)) and (
            lead.end() > again.start()):
        # "In a voice message, the rebel spokesman, who ..., said": the comma before the
        # first set-off phrase closes a fronted adverbial, so that phrase is the subject
        return cut
    return again.start() if again else cut


# A relative clause right before a day ("A report that reached us on Friday said"): the
# day is when the relative's act happened, part of the speaker as written.
_RARE["_RELATIVE_BEFORE_DAY"] = (r"\b(?:that|which)\s+[a-z]{2,}(?:\s+[\w'’\-]+){0,4}?$", 0)
_RARE["_ON_DAY"] = (rf"\s+on\s+(?:{alt(EN.WEEKDAYS)})\s*", re.IGNORECASE)
