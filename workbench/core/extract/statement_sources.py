"""The speaker after a verb of saying: the source phrase of an inverted attribution ("..., said
the district commissioner, Peter Lual"), its apposition, aside and document, and the source of
a relative clause."""

from __future__ import annotations

import re
from functools import lru_cache

from .folding import CaseBlind
from .lang import en as EN
from .lang.build import alt
from .spans import trim_span
from .speakers import forward_np, has_content_word
from .statement_not_speech import _BY_OR_OF_SOURCE, _BY_SOURCE
from .statement_nouns import _THAT_AFTER
from .statement_persons import (
    _NAME_NEXT,
    LOW_TITLES,
    RANK_BEFORE_NAME,
    _opens_description_phrase,
    _people_word,
    _plural_word,
)
from .statement_quotes import (
    _CLOSING_NAME,
    _COLON_THEN_QUOTE,
    _NAME_BRINGER,
    _RELATIVE_OPENERS,
    _SPAN,
)
from .statement_record import _add
from .statement_shared import _RARE, _agent_noun, _rare
from .statement_subjects import _PREPOSITION_WORDS, _SUBJECT_BAD, _scraped_age
from .tails import tail_words

_LEAD = CaseBlind(
    r"(?:\s*,?\s*(?:that|only(?=\s+that\b)|[a-z]+ly(?=,?\s+that\b)|however,?|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today"
    r"|tonight|overnight|earlier|later|also|late|early|again"
    # (round en211) "..., UN officials said then.", "said then that ...": the time it was
    # said, looking back from the story's own day (never "said then it would", where "then"
    # opens the words)
    r"|then(?=\s+that\b|\s*[.;!?]|\s*$)"
    # the dateline's town as the writer's "here": "told a press conference here on Friday"
    r"|here(?=\s+on\s|\s+(?:that|today|yesterday|tonight)\b|\s*[.;!?]|\s*$)"
    # the Ukrainian governors' reports: "reported on the morning of April 10", "said on
    # the evening of Sunday": when it was said, no words
    # (a weekday, or a word and a day either way round: no month names spelt out, whose
    # alternation cost more to compile than the branch is worth)
    r"|on\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+(?:[a-z]+day"
    r"|[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9})"
    # "said last week that ...", "announced earlier this month that ...", and at the
    # sentence's end ("..., the council said last month."): when it was said, no words
    r"|(?:this|last)\s+(?:week|weekend|month|year)(?=\s+that\b|\s*[.;!?]|\s*$)"
    # (round en206) or the time since: "said a few hours ago that ...", "two days ago."
    rf"|(?:[a-z0-9]+\s+){{0,2}}(?:{alt(EN.SAID_AGO_UNITS)})\s+ago\b(?!\s+(?:of|to)\b)"
    # ... or a day counted from the events: "..., the army said the next day.", "said the
    # day after that ..."
    r"|the\s+(?:(?:next|following|same|previous)\s+(?:day|morning|afternoon|evening|night"
    r"|week)|(?:day|night)\s+(?:after|before))(?=\s+that\b|\s*[.;!?]|\s*$)"
    # "on condition of anonymity because he was not authorised to brief the media": the
    # writer's reason for the missing name, not the source's words
    r"|on\s+(?:the\s+)?condition\s+of\s+anonymity(?:\s+(?:because|as|since)\s+(?:he|she|they"
    rf"|the\s+\w+)\s+(?:was|were|is|are)\s+not\s+(?:{alt(EN.PERMISSION_PARTICIPLES)})\s+to"
    r"\s(?:(?!\bthat\b)[^,;:.!?\"“”])*)?"
    r"|without\s+(?:giving|providing|offering)\s+(?:any\s+|further\s+|more\s+)?details"
    # "said, citing intelligence reports, that ...": the cited source (given its own entry
    # by the "citing" rule) is no part of the words
    r"|(?:citing|quoting)\s+[^,;:.!?\"“”]{1,60}?,\s*that"
    # "was quoted as saying by the state news agency that ...": the carrier
    r"|by\s+(?:[\w'’\-]+\s+){1,6}?(?=that\b)"
    # ... or closing the sentence after the words (round 43): "..., the governor was
    # quoted as saying by the state news agency on Monday."
    r"|by\s+(?:[\w'’\-]+\s+){0,5}?[\w'’\-]+(?:\s+(?:on|late\s+on|early\s+on)\s+[a-z]+day)?"
    r"(?=\s*[.;!?]|\s*$)"
    r"|in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|speech"
    r"|briefing|conference|report|message|address|post|tweet)"
    # (round en206) what the report rests on, to the sentence's end or "that": "in a report
    # based on letters from 25 inmates, two doctors and a chaplain."
    rf"(?:\s+(?:{alt(EN.REPORT_GROUNDS)})\s+(?:(?!that\b)[^;:.!?\"“”])*?(?=[.;!?]|$|\s+that\b))?"
    # with whom or to whom: "said in an interview with the Kessa Times that ..."
    r"(?:\s+(?:with|to)\s+(?:(?!that\b)[\w'’\-]+\s+){1,6}?(?=that\b))?"
    # ... or closing the sentence with where it was posted, to whom, or when (round en190):
    # "..., the head teacher said in a post on the school's page.", "in a message to staff.",
    # "in a statement after the verdict." (a time phrase after the medium, like "on Monday")
    r"(?:\s+(?:on|to|with|after|following|before)\s+(?:(?!that\b)[\w'’\-]+\s+){0,5}?"
    r"[\w'’\-]+(?=\s*[.;!?]|\s*$))?"
    rf"(?:\s+(?:{alt(EN.MEDIUM_PARTICIPLES)})\s+(?:(?!that\b)[\w'’\-]+\s+){{0,6}}?(?=that\b)"
    # ... or closing the sentence after a trailing attribution: "..., a rebel spokesman
    # said in a statement emailed to reporters."
    # (or any participle sending it somewhere: "faxed to newspapers", "handed to reporters")
    rf"|\s+(?:{alt(EN.MEDIUM_PARTICIPLES)}|[a-z]{{3,}}ed(?=\s+to\s))\s+"
    # (each word whole, then a space or the end: a word the pattern could cut anywhere
    # cost a long word's every split, seconds for forty letters)
    # (the sentence may go on with the speaker's own act in a participle: "released on
    # Thursday, rejecting the army's account", which is no part of the words either)
    r"(?:(?!that\b)[\w'’\-]+(?:\s+|(?=[.;!?]|$|,\s+[a-z]{3,}ing\s))){1,7}?"
    r"(?=[.;!?]|$|,\s+[a-z]{3,}ing\s))?"
    rf"|(?:on|in)\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:{alt(EN.PLATFORM_OWNED)})"
    rf"|on\s+(?:{alt(EN.PLATFORMS)})"
    # the platform's former name in apposition: "said on X, formerly Twitter, that ..."
    r"|(?:the\s+(?:platform|site|network)\s+)?formerly\s+(?:known\s+as\s+)?[\w.]+(?=\s*,)"
    r"|\(\s*formerly\s+(?:known\s+as\s+)?[\w.]+\s*\)\s+that"
    # how or where it was said, before words with no "that": "said by telephone the ...",
    # "said at a news conference in Juba the ..." (a one-word place, no article)
    rf"|(?:{alt(EN.CONTACT_MEDIA)})|(?:{alt(EN.SAYING_ADVERBS)})"
    # (round en206: or a day's, "at Friday's council meeting", "at Monday's briefing")
    rf"|at\s+(?:a|an|the|(?:{alt(EN.WEEKDAYS)})['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alt(EN.SPEAKING_EVENTS)})"
    r"(?:\s+(?:in|at)\s+(?!(?:the|a|an|that)\b)[\w'’\-]+)?"
    r"|(?:reporters|journalists|AFP|Reuters|AP"
    # the outlet's own reporter: "..., a council member told our correspondent."
    r"|(?:our|this)\s+(?:correspondent|reporter|newspaper|paper))\b(?:\s+on\s+\w+)?)\b)+"
)

# An auxiliary and an adverb before the main speech verb: "has said", "had earlier said",
# "reportedly said", "also told".
_AUX_ADVERB = r"(?:(?:has|have|had|would)\s+)?(?:(?:also|later|earlier|again|[a-z]{3,}ly)\s+)?"
_MAIN_SPEECH = (*EN.RELATIVE_MAIN_SPEECH, *EN.RELATIVE_MAIN_SPEECH_BARE)
_MAIN_SPEECH_AFTER = re.compile(
    rf",\s+{_AUX_ADVERB}"
    # (a hearer only after "told": "said the convoy ..." opens the words at "the")
    rf"(?:(?:told|tells|tell)\s+(?:reporters|journalists|the\s+\w+)|{alt(_MAIN_SPEECH)}"
    r"|(?:was|were)\s+quoted\s+as\s+saying)"
    # where it was said, before "that": "said in a video that ..."
    r"(?:\s+(?:in|at|on|during|after|before|following)\s+[^,.;:\"“”]{1,40}?(?=\s+that\b))?"
    # (or a colon before a quote: 'said: "..."')
    r"(?:\s*:\s*|\s+(?:that\s+)?)(?=\S)", re.IGNORECASE)
_WORDS_END = re.compile(r"[.!?](?=[\s\"”]|$)")
# The main verb closing the sentence after the relative: '"...," the militia, which the
# government says is armed by smugglers, said.' (the quote is the militia's, read before).
_MAIN_SPEECH_CLOSES = re.compile(
    rf",\s+{_AUX_ADVERB}(?:{alt(_MAIN_SPEECH)})\s*[.!?]",
    re.IGNORECASE)
# A fronted "according to" whose source the relative describes.
_CITED_THEN_RELATIVE = re.compile(
    r"(?:^|[.!?\n]\s*)[Aa]ccording\s+to\s+(?P<np>[^,;:.!?\"“”]{2,80}?)\s*,\s*(?:which|who)\s+"
    r"[^,;:.!?\"“”]{0,40}$")
_RELATIVE_SUBJECT_WORDS = 8
# What follows the relative's closing comma when the main clause has no speech verb: its
# own predicate ("..., was shelled on Monday").
_MAIN_PREDICATE_AFTER = re.compile(
    r",\s+(?:has|have|had|was|were|is|are|will|would|could|may|might|[a-z]+ed)\b")
_OPENING_WHEN = re.compile(r"(?:(?:late|early)\s+)?on\s+[A-Z][a-z]+day,?\s+", re.IGNORECASE)

# The same main verb in copy that lost its commas: "The militia which the government says
# is armed by smugglers said that ..." (the relative's gap is its words' subject, so they
# open with a finite verb, and the main verb after them has no subject of its own).
_MAIN_SPEECH_BARE_AFTER = re.compile(_MAIN_SPEECH_AFTER.pattern.replace(",\\s+", "\\s+", 1),
                                     re.IGNORECASE)
_SCRAPED_RELATIVE_SPEAKER = re.compile(
    r"(?P<head>(?:the|a|an)\s+[^,;:]{1,60}?)\s+(?:which|who)\s+(?P<src>[^,;:]{2,60})",
    re.IGNORECASE)
_GAP_VERB = re.compile(rf"(?:{alt(EN.FINITE_AUXILIARIES)})\s", re.IGNORECASE)


def _scraped_relative(text: str, out: list[dict[str, object]], o: dict[str, object]) -> None:
    """Split an entry read from a relative's verb of saying in copy with no commas ("The
    militia which the government says is armed by smugglers said that ..."): the
    relative's source speaks to the main verb, the noun before the pronoun after it."""
    sp = _SCRAPED_RELATIVE_SPEAKER.fullmatch(str(o["speaker"]))
    start, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
    if sp is None or not _GAP_VERB.match(text, start) or len(sp["head"].split()) > (
            _RELATIVE_SUBJECT_WORDS) or "," in text[start:end]:
        return
    main = _MAIN_SPEECH_BARE_AFTER.search(text, start, end)
    if main is None or main.start() - start < 8:
        return
    out.remove(o)
    _add(out, text, start, main.start(), sp["src"])
    lead = _LEAD.rx.match(text, main.end() - 1, end)  # "said on Monday the convoy ..."
    _add(out, text, lead.end() if lead else main.end(), end, sp["head"])


def _scraped_cited_relative(text: str, out: list[dict[str, object]],
                            o: dict[str, object]) -> None:
    """Split a fronted source's entry that ran on through its relative in copy with no
    commas ("According to the militia which the government says is armed by smugglers
    the convoy had ..."): the relative's source speaks to the main clause's subject (the
    determiner phrase before the next finite verb), the cited source from there."""
    start, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
    if "," in text[start:end]:
        return
    inner = next((i for i in out if start < int(i["start"]) < end  # type: ignore[call-overload]
                  and int(i["end"]) == end and (gap := _GAP_VERB.match(  # type: ignore[call-overload]
                      text, int(i["start"])))), None)  # type: ignore[call-overload]
    if inner is None:
        return
    gap = _GAP_VERB.match(text, int(inner["start"]))  # type: ignore[call-overload]
    subject = _bare_clause_subject(text, gap.end() - 1, end) if gap else None  # type: ignore[union-attr]
    if subject is None or subject - gap.end() < 4:  # type: ignore[union-attr]
        return
    out.remove(o)
    out.remove(inner)
    cited = str(o["speaker"])
    _add(out, text, int(inner["start"]), subject,  # type: ignore[call-overload]
         str(inner["speaker"]).removeprefix("which ").removeprefix("who "))
    _add(out, text, subject, end, cited.rsplit(None, 1)[0] if cited.endswith(
        (" which", " who")) else cited)


# The source of a relative at the end of a speaker phrase: "... a school which [the
# council]" (an article or a capital opening it; "which Juba", "who police").
_CLOSING_RELATIVE_SOURCE = re.compile(
    r"\s(?:which|who)\s+(?P<src>(?:(?:the|its|a|an)\s+|[A-Z]|(?P<bare>[a-z]+)\b)[^,;:]{0,60})$")
# Where a relative's words close their sentence: a full stop or the text's end after them.
_CLOSES_SENTENCE = re.compile(r"\s*(?:[.!?]|$)")


def _relative_sources(text: str, out: list[dict[str, object]]) -> None:
    """Split the entries whose speaker opens with a relative pronoun ("which Tehran"):
    the pronoun's clause to its comma is its source's, the main clause the subject's."""
    for o in [o for o in out if " which " in str(o["speaker"]) or " who " in str(o["speaker"])]:
        _scraped_relative(text, out, o)
        if o in out and _CLOSES_SENTENCE.match(text, int(o["end"])) and (  # type: ignore[call-overload]
                src := _CLOSING_RELATIVE_SOURCE.search(str(o["speaker"]))) and (
                not src["bare"] or src["bare"] in EN.SPEAKER_NOUNS):
            # "Gunmen burned a school which the council said had no guards.": with no main
            # verb after it, the relative's own source speaks its words (round 54)
            o["speaker"] = src["src"]
    for o in [o for o in out if str(o["speaker"]).endswith((" which", " who")) or (
            text.startswith(_RELATIVE_OPENERS, int(o["start"])))]:  # type: ignore[call-overload]
        _scraped_cited_relative(text, out, o)
    for o in [o for o in out if str(o["speaker"]).startswith(_RELATIVE_OPENERS)]:
        start, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
        comma = text.find(", ", start, end)  # (not the comma of "20,000")
        main = _MAIN_SPEECH_AFTER.match(text, comma) if comma > start else None
        cited = _CITED_THEN_RELATIVE.search(text, max(0, start - 140), start) if (
            main is None and comma > start) else None
        if comma < start and any(i is not o and i["start"] == start and i["end"] == end
                                 for i in out):
            # 'The militia, which the government says ..., told reporters: "..."': the quote
            # the colon split off the relative's words is the main speaker's, read there
            out.remove(o)
            continue
        if comma < start and _CLOSES_SENTENCE.match(text, end) and not any(
                i is not o and i["start"] == start for i in out):
            # "the school in Tavora, which the council said had no guards.": a relative
            # that closes the sentence has no main clause after it; its source speaks
            # its words (round 54)
            o["speaker"] = str(o["speaker"]).split(None, 1)[1]
            continue
        if main is None and not (comma > start and (
                _MAIN_PREDICATE_AFTER.match(text, comma) or cited
                or _MAIN_SPEECH_CLOSES.match(text, comma))):
            continue
        if cited:
            # "According to the militia, which the government says is armed by smugglers,
            # the convoy ...": the relative's source to its comma, the cited source after
            out.remove(o)
            _add(out, text, start, comma, str(o["speaker"]).split(None, 1)[1])
            _add(out, text, comma + 1, end, cited["np"])
            continue
        out.remove(o)
        _add(out, text, start, comma, str(o["speaker"]).split(None, 1)[1])
        opener = text.rfind(",", max(0, start - 60), start)
        if main is None or opener <= 0:
            continue  # "The camp, which aid workers said held 20,000, was shelled": no words
        stop = _WORDS_END.search(text, main.end())
        # the subject: the sentence's opening up to the relative's comma, when short
        dot = text.rfind(". ", 0, opener)
        floor = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, opener) + 1)
        a, b = trim_span(text, floor, opener)
        if when := _OPENING_WHEN.match(text, a, b):
            a = when.end()
        if 0 < len(text[a:b].split()) <= _RELATIVE_SUBJECT_WORDS and has_content_word(text[a:b]):
            # "has said by telephone that ...": how it was said is no part of the words
            words_end = stop.start() if stop else len(text)
            lead = _LEAD.rx.match(text, main.end() - 1, words_end)
            ws = lead.end() if lead else main.end()
            said = main.group().rstrip()
            tell = _TELL_WORD.search(said)
            heard = main.start() + tell.end() if tell else ws
            if not said.endswith(("that", ":")) and (
                    tell or _ADJUNCT_OPENING.match(text, ws, words_end)) and (
                    subject := _subject_after_adjunct(text, heard, words_end, not tell,
                                                      main.end())) and (
                    subject > ws):
                ws = subject  # "has told a crowd of mourners the convoy ...", as below
            if (colon := _COLON_THEN_QUOTE.search(text, ws, words_end)) and (
                    len(text[ws:colon.start()].split()) <= 5):
                ws = colon.start("q")  # 'told a news conference: "..."': the quote only
            _add(out, text, ws, words_end, text[a:b])
    out.sort(key=_SPAN)


# The subject of the words after a fronted source with no comma: a determiner, up to five
# words, and a finite auxiliary ("the convoy had been", "the talks would").
_BARE_SUBJECT_VERB = re.compile(rf"\s(?:{alt(EN.FINITE_AUXILIARIES)})\s")
_BARE_DETERMINER = re.compile(r"\s(?:the|a|an|his|her|its|their|\d+)\s", re.IGNORECASE)


def _bare_clause_subject(text: str, b: int, s1: int) -> int | None:
    """Where the words' subject opens after a fronted source read to ``b`` in a sentence
    without commas, or None when no determiner phrase stands right before the first
    finite auxiliary."""
    verb = None
    for verb in _BARE_SUBJECT_VERB.finditer(text, b, min(s1, b + 160)):
        if not text.endswith((" which", " who", " that"), b, verb.start()):
            break  # (a relative's own verb: "the militia which is funded by ...")
    else:
        return None
    if verb is None:
        return None
    dets = list(_BARE_DETERMINER.finditer(text, b - 1, verb.start() + 1))
    while len(dets) > 1 and _word_before(text, b, dets[-1].start()) in _PREPOSITION_SET:
        dets.pop()  # "the town" of "the death toll in the town had": inside a longer phrase
    det = dets[-1] if dets else None  # the determiner nearest the verb opens its subject
    if det is None or det.start() < b or len(text[det.end():verb.start()].split()) > 5:
        return None
    return det.start() + 1


_TELL_WORD = re.compile(r"\b(?:told|tells|tell)\b", re.IGNORECASE)
# A preposition opening what follows "said" when it says where, when or how it was said.
# ("at least 30 people", "in all 12": a count's words, no adjunct)
_ADJUNCT_OPENING = re.compile(
    r"\s*(?:in|during|after|at|with|on|before|following|via|while|from|outside)\s+"
    r"(?!(?:least|most|all|total|about|around|over|under|some)\b|\d)")
_PREPOSITION_SET = frozenset((*EN.PREPOSITIONS, *EN.LINKING_PREPOSITIONS))
_ADJUNCT_WORDS = 9


def _word_before(text: str, floor: int, pos: int) -> str:
    """The lower-cased word ending right before ``pos`` (not before ``floor``), or ""."""
    words = text[max(floor, pos - 16):pos].split()
    return words[-1].lower() if words else ""


def _subject_after_adjunct(text: str, start: int, s1: int, said: bool,
                           verb_end: int) -> int | None:
    """Where a clause with no "that" opens after a hearer or an adjunct that starts at
    ``start``: the determiner phrase before the first finite auxiliary no relative pronoun
    opens, taking the earliest determiner of a phrase whose later ones follow a
    preposition ("the head of the district had"). None when there is none, the stretch
    before it runs long, holds a comma or a quote, or opens a count ("at least 30"); after
    "said" (``said``) the stretch must name an occasion of speaking or hold a participle
    ("during a visit to Bentiu", "after meeting the elders"), counted from ``verb_end``
    (what the verb's lead took, "in an interview", counts), or it may be the words' own
    ("said after the raid the wells had been poisoned")."""
    if s1 - start < 12:
        return None  # "..., told reporters.": no words to open
    if said and _OCCASION_WORDS.isdisjoint(text[verb_end:min(s1, start + 90)].lower().split()) and (
            not _PARTICIPLE_IN.search(text, verb_end, min(s1, start + 90))):
        return None  # (the cheap half of the occasion test below, before any search)
    verb = None
    for verb in _BARE_SUBJECT_VERB.finditer(text, start, min(s1, start + 160)):
        if not text.endswith((" which", " who", " that"), start, verb.start()):
            break
    else:
        return None
    if verb is None:
        return None
    dets = list(_BARE_DETERMINER.finditer(text, start - 1, verb.start() + 1))
    while dets and _word_before(text, start, dets[-1].start()) in _PREPOSITION_SET:
        dets.pop()  # "the district" of "the head of the district": inside a longer phrase
    if not dets:
        return None
    det = dets[-1]
    head = text[start:det.start()]
    if det.start() < start or len(text[det.end():verb.start()].split()) > 5 or (
            len(head.split()) > _ADJUNCT_WORDS) or any(ch in head for ch in ",;:\"“”") or (
            _COUNT_OPENING.search(head)):
        return None
    if not said and not _HEARER_BREAKS.isdisjoint(w.lower() for w in head.split()):
        return None  # "told reporters after the raid the ...": when, perhaps the words' own
    occasion = text[min(verb_end, start):det.start()]
    if said and _OCCASION_WORDS.isdisjoint(w.lower() for w in occasion.split()) and not (
            _PARTICIPLE_IN.search(occasion)):
        return None
    return det.start() + 1


_COUNT_OPENING = re.compile(rf"(?:^|\s)(?:{alt(EN.COUNT_OPENERS)})\b", re.IGNORECASE)
# Words that end a hearer: a phrase of time or place after it may be the words' own.
_HEARER_BREAKS = EN.TIME_PLACE_OPENERS
_OCCASION_WORDS = frozenset((*EN.SPEAKING_OCCASIONS, *EN.GATHERINGS, *EN.SPEECH_MEDIA,
                             *EN.DOCUMENT_NOUNS, *EN.SPEAKING_EVENTS))
_PARTICIPLE_IN = re.compile(r"\b[a-z]{3,}(?:ing|ed)\b")

# A document and what ties it to its source; a recording's "of" is what it recorded.
_DOCUMENT_TIE = (rf"(?:(?:{alt(set(EN.DOCUMENT_NOUNS) - set(EN.RECORDING_NOUNS))})\s+"
                 rf"{_BY_OR_OF_SOURCE}|(?:{alt(EN.RECORDING_NOUNS)})\s+{_BY_SOURCE})")
# "a statement from X", "a report by X": the source is X, not the document.
_DOCUMENT_SOURCE = re.compile(
    rf"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?{_DOCUMENT_TIE}\s+(?P<src>\S.*)$",
    re.IGNORECASE,
)

_ANONYMITY = re.compile(
    rf",?\s+(?:who|that)\s+(?:{alt(EN.ANONYMITY_CLAUSES)})\b.*$", re.IGNORECASE
)

# A dateline that lost its dash before the subject: a place in one to three capitalised
# words (or none), then the agency's credit in capitals or in brackets, then "The": "Kessa
# SANA The army command said ...", "Velm (AFP) The governor said ..."; no name runs on
# from an agency's credit to a capitalised "The".
_DASHLESS_DATELINE = re.compile(
    r"(?:[A-Z][\w'’.\-]*\s+){0,3}?(?:[A-Z]{2,}|\([A-Z]{2,}\))\s+(?=The\s)")


@lru_cache(maxsize=4096)
def _source_of(speaker: str | None) -> str | None:
    if speaker is None:
        return None
    m = _DOCUMENT_SOURCE.match(speaker)
    speaker = m.group("src") if m else speaker
    if " The " in speaker and (lost := _DASHLESS_DATELINE.match(speaker)):
        speaker = speaker[lost.end():]  # "Kessa SANA The army command": the dateline's
    anon = _ANONYMITY.search(speaker)
    return speaker[:anon.start()] if anon and anon.start() > 0 else speaker


# Scraped copy that lost the comma before a closing source: "... on Friday a relative
# said", "... the town's mayor added", "... at checkpoints transporters said".
_CLOSING_FUNCTION = r"(?!(?:the|a|an|of|in|at|on|from|for|to|and|or|with|by)\s)"
_RARE["_CLOSING_PERSON"] = (
    rf"(?:(?<=\s)(?P<det>the|a|an|one|another)\s+(?:[\w\-]+['’]s\s+)?"
    rf"(?:{_CLOSING_FUNCTION}[a-z][\w\-]*\s+){{0,2}}(?P<one>[a-z][\w\-]*)"
    # whose or where the person is: "a member of the local council", "an official at the
    # ministry", "a council of elders from the Warshefana region" (a few words each)
    r"(?:\s+(?:of|in|at|from|for)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}[\w\-]+){0,2}"
    # and the name after the description: "the town's mayor Ahmad Salem"
    r"(?:\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,3})?"
    r"|(?<=\s)(?P<many>[a-z][\w\-]*s))\s*$", 0)
_CLOSING_WORDS = 3  # the words before it: a clause, not a sentence's own subject
_CLOSING_REACH = 90  # how far back such a speaker may start
_SINGULAR_DETERMINERS = EN.INDEFINITE_DETERMINERS


def _closing_person(text: str, c0: int, vcut: int) -> int | None:
    """Where a person or people named by what they are starts, closing a clause that lost
    its comma before the verb (None when there is none): the first such phrase that runs
    to the verb, its head a person, a title, a role or a source that agrees with its
    determiner ("a shopkeeper witnesses" is no phrase)."""
    rx = _rare("_CLOSING_PERSON")
    pos = max(c0, vcut - _CLOSING_REACH)
    while (m := rx.search(text, pos, vcut)) is not None:
        pos = m.start() + 1
        before = text[c0:m.start()].split()
        if len(before) < _CLOSING_WORDS or before[-1].lower() in _PREPOSITION_WORDS or (
                before[-1].lower() == "of"):
            # ("a tailor in the market police said", "south of the river district chief
            # Omar Sule told": the place is the clause's)
            continue
        if m["one"] is not None:
            head = m["one"]
            if m["det"] in _SINGULAR_DETERMINERS and _plural_word(head):
                continue
            # ... or one by what they do after a singular determiner, right before the verb
            # ("a tribal mediator", "a state prosecutor"), as a headline's "- mediator"; with
            # a place after it the person is the clause's ("a tailor in the market police")
            ok = _one_of_people(head) or (head in EN.SPEAKER_NOUNS and not _plural_word(head)) or (
                m["det"] in _SINGULAR_DETERMINERS and _agent_noun(head)
                and not text[m.end("one"):m.end()].strip())
        else:
            low = m["many"]
            ok = _plural_word(low) and _people_word(low) and (
                text[max(c0, m.start() - 3):m.start()].strip()[-1:].isalnum())
        if ok:
            return m.start()
    return None


# "It was announced by the ministry that ..." / "..., it was reported by state TV": the
# agent of an impersonal passive is the speaker (without "by" it stays agentless).
_IT_PASSIVE = re.compile(r"\b(?P<it>[Ii]t)\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?$")
_IT_PASSIVE_ENDS = tail_words(("was", "is", "been", "also"))
# How much of a verb's tail (``verb_tail``) ``_it_passive_by`` reads.
IT_PASSIVE_TAIL_WIDTH = max(map(len, _IT_PASSIVE_ENDS))
_BY_AGENT = re.compile(r"\s+by\s+")


def _it_passive_by(text: str, c0: int, v: re.Match[str], limit: int,
                   tail: str | None) -> tuple[int, int, str] | None:
    """(content start, content end, agent) of an impersonal passive with its agent
    (``tail``: ``verb_tail(text, c0, v.start(), width)``, ``width`` at least
    ``IT_PASSIVE_TAIL_WIDTH``)."""
    lo = v.start() - 25
    if lo < c0:
        lo = c0  # max(c0, ...) without the builtin's call (once a speech verb)
    it = _IT_PASSIVE.search(text, lo, v.start()) if tail is None or tail.endswith(
        _IT_PASSIVE_ENDS) else None
    by = _BY_AGENT.match(text, v.end(), limit) if it else None
    if not it or not by:
        return None
    a, b = forward_np(text, by.end(), limit)
    if b <= a:
        return None
    that = _THAT_AFTER.match(text, b, limit)
    if that:
        return that.end(), limit, text[a:b]
    if it.start() - c0 > 8:  # "Four towns fell, it was reported by state TV."
        return c0, it.start(), text[a:b]
    return None


_BY_AFTER = re.compile(rf"\s+{_BY_SOURCE}\s+", re.IGNORECASE)
_DOC_NP = re.compile(rf"\b(?:{alt(EN.DOCUMENT_NOUNS)})$", re.IGNORECASE)


def _through_document(text: str, a: int, b: int, s1: int) -> tuple[int, int]:
    """'according to a statement by X' -> X; any other phrase is kept."""
    if b > a and _DOC_NP.search(text, a, b):
        by = _BY_AFTER.match(text, b, s1)
        if by:
            xa, xb = forward_np(text, by.end(), s1)
            if xb > xa:
                return xa, xb
    return a, b


# "according to the harbour master": a short phrase of common nouns up to a comma, the
# sentence end or a preposition, for sources the speaker vocabulary does not list.
# The group's name may follow its noun in apposition: "the monitoring group Airwars",
# "the relief group Friends of Varna".
_PLAIN_SOURCE = re.compile(
    # ("according to that version": a demonstrative too)
    r"(?:the|a|an|his|her|its|their|this|that|these|those)\s+"
    r"(?P<n>[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,3}?)"
    r"(?P<name>\s+[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’\-]*){0,5})?"
    rf"(?=\s*(?:[,;.)]|$|\s(?:{alt(EN.PREPOSITIONS)}|that|who|which)\b))"
)

_DOCUMENT_FROM = re.compile(
    rf"\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?{_DOCUMENT_TIE}\s+",
    re.IGNORECASE,
)

# Whose the written source is, after "of the": its noun, perhaps after a word or two that
# tell which one ("records of the district hospital", round en95).
_OWNER_WORDS = r"[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,2}"
# "according to minutes of the meeting seen by ...": a written source with no article,
# up to what tells how it was had or a clause's end.
_BARE_DOCUMENT = re.compile(
    # (round en237: or a plain noun the records are kept by, "according to park records",
    # "camp records", "district hospital records")
    # (not a determiner: "according to our records" are the writer's own, no source)
    rf"\s*(?P<np>(?:(?:{alt(EN.BARE_DOCUMENT_MODIFIERS)})\s+"
    rf"|(?!(?:{alt(EN.RECORD_KEEPER_NOT_EN237)})\s)(?:[a-z][a-z\-]+\s+){{1,2}})?"
    rf"(?:{alt(EN.BARE_DOCUMENTS)})"
    rf"(?:\s+(?:of|from)\s+(?:the|a|an)\s+{_OWNER_WORDS})?)"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:seen|obtained|reviewed|shared|released|published|filed)\b)",
    re.IGNORECASE)


def _source_np(text: str, start: int, s1: int, people: bool = False) -> tuple[int, int]:
    """The source after "according to" / "quoting": a speaker phrase, else a short plain NP;
    with ``people`` (after "according to"), else a bare plural of people too."""
    doc = _DOCUMENT_FROM.match(text, start, s1) or _rare("_INFORMATION_FROM").match(
        text, start, s1)
    if doc:  # "according to figures from the health ministry" -> the ministry
        a, b = _named_source(text, doc.end(), s1)
        if b > a:
            return a, b
        if own := _own_people_source(text, doc.end(), s1):
            return own  # "information gathered by our team in Managua"
    a, b = _named_source(text, start, s1)
    if b <= a or text[b:b + 1] == " ":
        bare = _BARE_DOCUMENT.match(text, start, s1)
        if bare and bare.end("np") > b:
            return bare.start("np"), bare.end("np")
    if b <= a and (own := _own_people_source(text, start, s1)):
        return own  # "According to our staff, ...": the writer's own people
    if people and b <= a and (bare := _BARE_PEOPLE.match(text, start, s1)) and (
            _plural_word(low := bare["n"].lower())) and low[:-1] in EN.PERSON_WORDS and (
            bare["n2"] is None or bare["n2"].lower()[:-1] in EN.PERSON_WORDS):
        # "..., according to nurses at the county hospital.": people named by a bare
        # plural and where they are, the source as a whole (round en190)
        return bare.span("np")
    if people and (b <= a or _COUNT_ONLY.fullmatch(text, a, b)) and (
            counted := _counted_people(text, start, s1)):
        # (round en221) "according to four residents and a retired artillery officer who
        # spoke to the Observatory": a count of people and one more joined by "and" (the
        # speaker phrase stopped at the count)
        return counted
    if b <= a and (aged := _SOURCE_SCRAPED_AGE.match(text, start, s1)) and (
            _scraped_age(aged["np"]) is not None):
        # "according to a farmer 54 the convoy had ...": one person and an age that lost
        # its commas, then the words' own determiner
        return aged.span("np")
    return a, b


# round 45: "according to information gathered by ...", "a tally kept by ..."
_RARE["_INFORMATION_FROM"] = (
    rf"\s*(?:(?:the|a|an|our|their|its)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{alt(EN.MADE_INFORMATION_NOUNS)})"
    rf"\s+(?:(?:{alt(EN.INFORMATION_MAKING_PARTICIPLES)})\s+by|from)\s+", re.IGNORECASE)
# (round en88: the body they work in may run on with its own place and acronym, "our
# colleagues in the UN Mission in South Sudan (UNMISS)", and close the sentence as well as
# stand before its words)
_RARE["_OWN_PEOPLE_SOURCE"] = (
    rf"\s*(?P<np>(?:{alt(EN.OWN_PEOPLE_POSSESSIVES)})\s+(?:[a-z][\w\-]*\s+)?(?P<n>[a-z][\w\-]*)"
    r"(?:\s+(?:in|at|on)\s+(?:the\s+)?[\w'’\-]+(?:\s+[A-Z][\w'’\-]*){0,3}"
    r"(?:\s+in\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?(?:\s+\([A-Z]{2,8}\))?)?)"
    r"(?=\s*(?:,|\.(?:\s|$)|$))", re.IGNORECASE)


def _own_people_source(text: str, start: int, s1: int) -> tuple[int, int] | None:
    """The writer's own people as a source, up to the comma: "our staff", "our team in
    Managua", "our colleagues in the field"."""
    own = _rare("_OWN_PEOPLE_SOURCE").match(text, start, s1)
    if not own:
        return None
    n = own["n"].lower()
    if n in EN.COLLECTIVE_PLURAL_SUBJECTS or n in EN.OWN_TEAM_NOUNS or _people_word(n):
        return own.span("np")
    return None


_COUNTS = (r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
           r"|[Ss]everal|\d{1,3})")
_COUNT_ONLY = re.compile(_COUNTS)
# (round en221) A count of people after "according to", perhaps with one more person or a
# second count joined by "and", before a relative or the clause's end: "two drivers",
# "three farmers and a former police officer who spoke to the Monitor".
_COUNTED_PEOPLE = re.compile(
    rf"\s*(?P<np>{_COUNTS}\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<n>[a-z][\w\-]*s)"
    rf"(?:\s+and\s+(?:an?|one|{_COUNTS})\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?P<n2>[a-z][\w\-]*))?)"
    r"(?=\s+who\s|\s*(?:,|[.;](?:\s|$)|$))")


def _person_plural(word: str) -> bool:
    low = word.lower()
    return low[:-1] in EN.PERSON_WORDS or (low.endswith("es") and low[:-2] in EN.PERSON_WORDS)


def _counted_people(text: str, start: int, s1: int) -> tuple[int, int] | None:
    """The span of a counted source of people after "according to"; None otherwise."""
    m = _COUNTED_PEOPLE.match(text, start, s1)
    if m is None or not _person_plural(m["n"]) or (
            m["n2"] and m["n2"].lower() not in EN.PERSON_WORDS and not _person_plural(m["n2"])):
        return None
    return m.span("np")


_SOURCE_SCRAPED_AGE = re.compile(
    r"\s*(?P<np>(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s+(?:[1-9]\d?|1[01]\d))"
    r"(?=\s+(?:the|a|an|his|her|its|their)\s)", re.IGNORECASE)

# The last word of a plain source when it is a past participle (see _named_source).
_HELD_BY = re.compile(rf"\s+(?:[a-z]+ed|{alt(EN.IRREGULAR_PARTICIPLES)})$")
_BY_NEXT = re.compile(r"\s+by\s")

_ARTICLE_WORDS = EN.ARTICLES
_ARTICLE_AFTER = EN.INNER_ARTICLE_LINKS


def _inner_article(words: str) -> bool:
    """Does an article open a second phrase inside ``words`` ("army spokesman the wells":
    copy that lost the comma before the words' subject; not "transcript of the call")?"""
    toks = words.split()
    return any(t in _ARTICLE_WORDS and toks[i - 1] not in _ARTICLE_AFTER
               for i, t in enumerate(toks) if i)


# (round en190) A bare plural of people, perhaps after one word that tells which, and the
# place they are at or of, up to a comma or the sentence's end: "nurses at the county
# hospital", "local fishermen in the bay".
_BARE_PEOPLE = re.compile(
    r"\s*(?P<np>(?:[a-z][\w\-]*\s+)?(?P<n>[a-z][\w\-]*s)"
    # (round en195) a second plural joined by "and": "relatives and colleagues"
    r"(?:\s+and\s+(?P<n2>[a-z][\w\-]*s))?"
    r"(?:\s+(?:at|in|of|from)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?"
    # (round en195) who reached them: "interviewed by the Monitor", "contacted by phone"
    rf"(?:\s+(?:{alt(EN.SOURCE_REACHED_PARTICIPLES)})\s+by\s+(?:the\s+)?"
    r"(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?)"
    r"(?=\s*(?:,|[.;](?:\s|$)|$))")


def _named_source(text: str, start: int, s1: int) -> tuple[int, int]:
    """A speaker phrase at ``start``, or a longer plain NP ("a local monitoring group")."""
    a, b = forward_np(text, start, s1)
    m = _PLAIN_SOURCE.match(text, start + len(text[start:s1]) - len(text[start:s1].lstrip()), s1)
    if m and m.end() > b and not any(w in EN.FUNCTION_WORDS for w in m.group("n").split()) and (
            not _inner_article(m.group("n"))):
        if not m.group("name") and (held := _HELD_BY.search(text, m.start("n"), m.end())) and (
                _BY_NEXT.match(text, m.end(), s1)):
            # "according to a recording obtained by the Kessa Herald": a participle and
            # "by" after the noun tell who holds the source, who is no source of it
            return m.start(), held.start()
        name = m.group("name")
        if name and any(w.lower() in EN.FUNCTION_WORDS for w in name.split()):
            return m.start(), m.end("n")  # "the group Monday": when, not a name
        return m.start(), m.end()
    return a, b


def _comma_subject(text: str, c0: int, vcut: int) -> tuple[int, int]:
    """'..., an official at the company said': the words between comma and verb."""
    comma = text.rfind(",", c0, vcut)
    if comma < 0:
        return vcut, vcut
    a, b = trim_span(text, comma + 1, vcut)
    phrase = text[a:b]
    if 0 < len(phrase.split()) <= 9 and not _SUBJECT_BAD.search(phrase) and '"' not in phrase:
        return a, b
    if " who " in phrase and _described_teller(phrase):
        return a, b
    return vcut, vcut


# (round en198) A closing teller with a relative clause that holds an auxiliary of its own:
# "..., two drivers who were behind him in the queue told the group.", "..., a colleague
# who was with him said." The head before "who" is a person or people; the clause is short.
_RELATIVE_TELLER = re.compile(
    r"(?P<head>(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome"
    r"|[Mm]any|[Oo]ther|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)(?:\s+[a-z][\w\-]*){1,3}"
    r"|(?:[A-Za-z][\w\-]*\s+)?[A-Za-z]?[a-z\-]+s)\s+who\s+"
    r"(?!said|told|says|tells)[a-z][^,;:\"“”]*")
_RELATIVE_TELLER_WORDS = 12


def _described_teller(phrase: str) -> bool:
    m = _RELATIVE_TELLER.fullmatch(phrase)
    if m is None or len(phrase.split()) > _RELATIVE_TELLER_WORDS:
        return False
    last = m["head"].rsplit(None, 1)[-1].lower()
    return last in EN.PERSON_WORDS or last in EN.SPEAKER_NOUNS or (
        last.endswith("s") and last[:-1] in EN.PERSON_WORDS)


# "..., a farmer, 54, said" / "..., the militia, which is funded by traders, said": an
# age or a relative clause on a trailing speaker, between it and the verb.
_TRAILING_ASIDE = re.compile(
    r",\s*(?P<sp>(?:[A-Z]|(?:the|a|an|one|another|two|three|several)\s|[a-z]+s\s)"
    r"[^,;:\"“”]{1,80}?)\s*,\s*(?:\d{1,3}|(?:who|which|whose)\s[^,;:\"“”]{1,120}?)\s*,\s*$")

_VERB_GROUP_BEFORE = re.compile(
    r",\s*(?:(?:has|have|had|was|were|would)\s+)?(?:(?:also|later|earlier|again|[a-z]{3,}ly)\s+)?$")


def _trailing_aside(text: str, c0: int, v0: int) -> tuple[int, int] | None:
    """The speaker before an age or a relative clause closing the words (see above)."""
    group = _VERB_GROUP_BEFORE.search(text, max(c0, v0 - 40), v0)
    if group is None:
        return None  # the verb group follows no comma: no aside before it
    v0 = group.start() + 1  # "..., a farmer, 54, has said", "..., was quoted as saying"
    m = _TRAILING_ASIDE.search(text, max(c0, v0 - 230), v0)
    if m is None or m.start() <= c0:
        return None
    a, b = trim_span(text, m.start("sp"), m.end("sp"))
    phrase = text[a:b]
    if len(phrase.split()) > 9 or _SUBJECT_BAD.search(phrase):
        return None
    return a, b


# (round en139: a trade before the name, "The report's author, attorney Ada Obi, said":
# statement_persons.RANK_BEFORE_NAME)
_LOW_TITLES = LOW_TITLES
_CAP_TITLES = alt(t.capitalize() for t in (*EN.TITLES, *EN.BARE_OPENING_POSTS) if len(t) > 3)
# A name's word may follow one or two particles written apart ("del", "de la", "van der").
_SPACED_PARTICLES = rf"(?:(?:{alt(EN.SPACED_NAME_PARTICLES)})\s+){{0,2}}"
_APPOSITIVE = re.compile(
    # (a clause of its own after ", and": "..., and a rebel spokesman, Atoho Sumi, said")
    # (or at the start of earlier reported words: "told the paper that its commander, Ali
    # Dagan, had said ...", the nested source, after round 45)
    r"(?:^\s*|[,;:]\s*(?:(?:and|but)\s+)?|\s[-–—]+\s*)(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts"
    r"|[Tt]heir|[Oo]ne"
    # or the writer's own: "Our catechist in Kabwela, Jean-Pierre Amisi, told me that"
    r"|[Oo]ur|[Mm]y"
    r"|[Aa]nother"  # "Another resident, Halima Sani, said"
    r"|[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?['’]s"  # or a possessive: "Brant's spokesman"
    # (round en206) of a place with its kind in lower case: "Borno state's governor"
    rf"|[A-Z][\w.\-]*\s(?:{alt(EN.POSSESSOR_PLACE_KINDS)})['’]s"
    # or a bare title opening the sentence: "Counsel to the inquiry, Helen Marsh, said"
    rf"|^(?:{_CAP_TITLES}))"
    # translated local press puts long titles before the name: "The head of the municipal
    # council of the town of X in the northern countryside of Y, Z, told ..."
    # (no description before a bringer: "One, who gave only his first name, Musa, said";
    # nor after "Another", round en175: "Another, who gave only her first name, Rosa,")
    rf"(?:\s[^,;:\"“”]{{2,160}}?,\s*|(?:(?<=[Oo]ne)|(?<=[Aa]nother)),\s*(?={_NAME_BRINGER}))"
    # a name brought in by its bearer's trade: "One of them, a trader named Kofi Mensah,"
    # (an age among the trade's words: "a 30-year-old baker named ...", round 68)
    r"(?:an?\s+(?:[a-z0-9][\w\-]*\s+){1,3}(?:named|called)\s+"
    # ... or by how the story may call the source: "identified only as Soldier F", "who
    # asked to be identified only as Ko Zaw", "who gave her name as Hauwa"
    # (after a first relative clause and "and": "who attended the briefing, and who asked
    # to be identified only by his nom de guerre, Kumander Bagwis,")
    # (or after the trade itself, round en120: "One witness, a street vendor who gave her
    # name as Amelia," is Amelia, as "One witness, who gave her name as Amelia," is)
    rf"|(?:and\s+|an?\s+(?:[a-z0-9][\w\-]*\s+){{1,3}}(?=who\s))?(?:{_NAME_BRINGER})\s+)?"
    # a title in lower case before the name: "retired judge Paul Mwangi"
    # (round en190: and a word the post is of, "former police chief Sam Kiprop", read with
    # the name)
    rf"(?P<rank>{RANK_BEFORE_NAME})?"
    # a name, or a body's acronym: "The UN mission in Mali, MINUSMA, said" (up to five
    # words: a rank of two before a Burmese name of three, "Major General Zaw Min Tun")
    # (lower-case particles written apart go on through: "The company, Arenas del Motagua,")
    # (round en206: a body's name keeps its article, "The main opposition party, the
    # People's Front, said", "A supporters' club of the away team, the Blue Anchors, said")
    # (not before a title: "the Reverend Ana Ruiz" is read as before, without "the")
    rf"(?P<name>(?:the\s+(?=[A-Z])(?!(?:{_CAP_TITLES}|{alt(EN.ARTICLED_TITLES)}|Dr|Mr|Mrs|Ms)\b))?[A-Z][\w'’.\-]*(?:\s+{_SPACED_PARTICLES}{_NAME_NEXT}){{1,4}}"
    # ... and the country or body the person is of: "Captain Ana Silva of Brazil" (round 45)
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?|[A-Z]{3,}"
    # ... or a group's one hyphenated name: "A little-known group, Harkat-ul-Nasr, said"
    r"|[A-Z][\w'’]*(?:-[\w'’]+)+(?<!-based)(?<!-backed)(?<!-led)(?<!-linked)(?<!-run)"
    # one name after a bringer: "... as Amina", "known as KV-12"; after a trade's "named"
    # or "called" (round en180): "One of them, a nurse named Parveen," (only after "One",
    # see _appositive_name)
    r"|(?:(?<=\sas\s)|(?<=\sname,\s)|(?<=\snamed\s)|(?<=\scalled\s))[A-Z][\w'’\-]*)"
    # ... and a member's seat or party in brackets after the name (round en237): "the
    # chairman of the House Committee on Works, Tunde Bakare-Ojo (Ogun), said"
    r"(?:\s*\([A-Z][^()\n]{0,40}\))?"
    # ... and the person's age, and the place the person is of, each set off by commas
    # (a complaint's or a court's style): "The complainant, Mrs Ana Velt, 61, of Velna,"
    r"(?:,\s*\d{1,3}(?:,\s*of\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?)?"
    r",\s*$"
)


def _one_of_people(head: str) -> bool:
    """A person word, single or plural ("nurse", "farmers"), or one by title or role ("the
    camp director", "the village head", "the district commissioner")."""
    return head in EN.PERSON_WORDS or (head.endswith("s") and head[:-1] in EN.PERSON_WORDS) or (
        head in EN.TITLES or head in EN.ROLE_HEADS)


# A single name after one person's description: "A shopkeeper, Ahmed, said", "The
# witness, Leila, told" (witnesses are often known by a first name only). Only after a
# person word, so that "The group, Hamas," keeps its longer rule and a weekday is no name.
_ONE_NAME_APPOSITIVE = re.compile(
    r"(?:^|[,;:]\s*)(?:(?P<one>One(?=\s+of\s))"
    r"|(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir"
    # ... or a possessor: "Usha's husband, Ramesh, said", of two names: "Hugh Devlin's
    # daughter, Bernadette, said" (round 44)
    r"|(?:[A-Z][\w\-]*\s)?[A-Z][\w\-]*['’]s"
    # (round en206) or a place with its kind: "Borno state's governor, Kashim, said"
    rf"|[A-Z][\w\-]*\s(?:{alt(EN.POSSESSOR_PLACE_KINDS)})['’]s)\s"
    # (a possessive among the modifiers: "The victim's son, Tomas, said")
    r"(?:(?!of\s)[a-z][\w\-]*(?:['’]s)?\s){0,3}"
    r"(?P<head>(?!of\b)[a-z][\w\-]*))"
    # whose the person is: "The father of one of the boys, Karim, said"
    r"(?P<of>\s+of\s+(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)?"
    r",\s*(?P<name>[A-Z][a-z'’\-]+),\s*$")
_NOT_NAMES = frozenset(w.capitalize() for w in (*EN.WEEKDAYS, *EN.MONTHS))


def _appositive_name(text: str, c0: int, vcut: int) -> tuple[int, int]:
    """The name in "<description>, <Name>, said"; (vcut, vcut) when there is none."""
    seg = text[c0:vcut]
    # The pattern ends in ",\s*$": without that ending, no search over the clause.
    if not seg.rstrip().endswith(","):
        return vcut, vcut
    m = _APPOSITIVE.search(seg)
    if m and " " not in m["name"] and seg.endswith(("named ", "called "), 0, m.start(
            "name")) and not seg.lstrip().startswith("One"):
        # (round en180) a single name after "named" speaks for one of a group ("One of
        # them, a nurse named Parveen,"); after a person's own description ("Karim's
        # assistant, a young man named Sami,") the description stays, as it was read
        m = None
    if not m:
        m = _ONE_NAME_APPOSITIVE.search(seg)
        head = (m["head"] or "") if m else ""
        if m and m["one"] and m["of"]:
            # "One of the survivors, Halima, said": one of a plural of people
            head = m["of"].rsplit(None, 1)[-1].removesuffix("s")
        elif m and m["head"] == "head" and m["of"]:
            head = "leader"  # "The head of the village, Musa, said": who leads it
        if not m or head not in EN.PERSON_WORDS or head in EN.GROUP_PERSON_WORDS \
                or m["name"] in _NOT_NAMES or (m["of"] and m["of"].rsplit(None, 1)[-1].lower()
                                               in EN.NONPERSON):
            # ("The mayor of the town, Kessa, said": the name may be the town's)
            return vcut, vcut
    return c0 + m.start("name"), c0 + m.end("name")


def _inverted_apposition(text: str, c0: int, vcut: int) -> tuple[int, int, int] | None:
    """(where the words end, name start, name end) for "<words>, <description>, <Name>,
    said": the description set off by a comma after the words; None otherwise."""
    seg = text[c0:vcut]
    if not seg.rstrip().endswith(","):
        return None
    m = _APPOSITIVE.search(seg)
    if not m or seg[m.start()] != "," or m.start() == 0:
        return None
    # a rank with a status or the post's own word before the title is the name's (round
    # en190: "former police chief Sam Kiprop"); a bare trade is not ("attorney Ada Obi")
    rank = m["rank"]
    na = m.start("rank") if rank and len(rank.split()) > 1 else m.start("name")
    return c0 + m.start(), c0 + na, c0 + m.end("name")


# A description and the name in apposition to it as the subject of a first verb, the verb of
# saying coordinated after it: "The mayor of the district, Colonel Ana Reyes, blamed the rain
# and said ...". The description may run on with a place ("of the region", "in Chad").
_DESCRIBED_THEN_NAME = re.compile(
    rf"(?P<tail>\s+(?:of|in|for|at)\s+[^,;:.\"“”]{{1,40}}?)?,\s+(?P<name>{_NAME_NEXT}"
    rf"(?:\s+{_NAME_NEXT}){{1,3}}),\s+(?=[a-z])")


def _coordinated_apposition_name(text: str, a: int, b: int, end: int) -> tuple[int, int]:
    """The name set off after the description text[a:b] that opens a clause whose verb of
    saying follows "and" (round 63); (a, b) when there is none.

    A later "he" or "she" stands for the person so named, as it does after "The mayor,
    Ana Reyes, said"; a name after a person in the tail ("The wife of the driver, Ali
    Musa, said") is that person's, and an age (", 46,") is no name."""
    m = _DESCRIBED_THEN_NAME.match(text, b, end)
    if not m:
        return a, b
    head = text[a:b].rsplit(None, 1)[-1]
    if not (head.lower() in EN.PERSON_WORDS or head[:1].isupper()):
        return a, b  # ("The ministry of defence, ...": no person described)
    tail = m["tail"]
    if tail and tail.rsplit(None, 1)[-1].lower().rstrip("s") in EN.PERSON_WORDS:
        return a, b
    if any(w.lower() in EN.NONPERSON for w in m["name"].split()):
        return a, b  # ("the region, Upper Nile State,": a place)
    return m.start("name"), m.end("name")


# Round 67: where the person a source's description stands for is: "in Kessa", "at the
# port", set between the description and the comma before the closing name.
_DESCRIPTION_PLACE = re.compile(
    r"\s+(?:in|at|from)\s+(?:(?:the)\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?(?=,)")


# Round 88: the same name with a relative clause on the person after it ("..., according
# to the station's director, Serge Mabiala, who called their arrest ..."): "who" takes a
# person, so the name is the source the description stands for, as at the sentence's end.
_NAME_BEFORE_RELATIVE = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
    rf"\s+(?:(?:{alt(EN.NAME_PARTICLES)})-)?[A-Z][\w'’\-]*)"
    r"\s*,\s*who\s+(?=[a-z])")


def _closing_source_name(text: str, a: int, b: int, s1: int) -> tuple[int, int] | None:
    """'..., according to a councillor in Kessa, Ana Reyes.' -> the name closing the
    sentence: the description says what the source is, the name who (round 67, after
    the district commissioner of an earlier round). The description may open on an
    article, a body's possessive or a possessive pronoun ("its spokesperson") and carry
    where the person is before the comma."""
    words = text[a:b].split(None, 1)
    if not words or not (_opens_description_phrase(text[a:b])
                         or words[0].lower() in EN.DESCRIPTION_POSSESSIVES):
        return None
    if text[b:b + 1] != "," and (place := _DESCRIPTION_PLACE.match(text, b, s1)):
        b = place.end()
    if text[b:b + 1] != ",":
        return None
    closing = _CLOSING_NAME.match(text, b, s1) or _NAME_BEFORE_RELATIVE.match(text, b, s1)
    return closing.span("name") if closing else None


# Round 67: a work with its title in quotes set off by commas before the verb: 'The
# board's report, "Quiet Waters", says ...'. The title names the work and says nothing;
# the work before it is the subject.
_TITLED_WORK = re.compile(
    r"(?P<np>(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w.\-]+['’]s\s+)?"
    r"|[A-Z][\w.\-]*['’]s\s+)"
    rf"(?:[a-z][\w\-]*\s+){{0,2}}(?:{alt(EN.TITLED_WORK_NOUNS)}))"
    r",\s*[\"“‘'][^\"“”‘’]{1,80}[\"”’'],\s*$")


def _titled_work_subject(text: str, c0: int, vcut: int) -> tuple[int, int] | None:
    """(start, end) of the work in "<work>, "<Title>", says"; None otherwise."""
    seg = text[c0:vcut]
    if not seg.rstrip().endswith(","):
        return None
    m = _TITLED_WORK.search(seg)
    return (c0 + m.start("np"), c0 + m.end("np")) if m else None
