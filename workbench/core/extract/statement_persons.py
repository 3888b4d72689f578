"""Who a phrase names: a person, people, a body or an outlet, one or many, and the sex a
phrase gives (what pronouns and speakers are matched against)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lang import en as EN
from .lang.build import alt
from .spans import Sentence
from .speakers import PRONOUNS, forward_np
from .statement_shared import _RARE, _dateline, _rare
from .statement_spoken_of import named_into_dead

# A name and its description in apposition between a quote and its verb, either order.
# A name's later words may open with a particle: "Qasim al-Araji" (``NAME_PARTICLES``).
_NAME_NEXT = rf"(?:(?:{alt(EN.NAME_PARTICLES)})-)?[A-Z][\w'’.\-]*"
_QUOTE_NAME = rf"[A-Z][\w'’.\-]*(?:\s+{_NAME_NEXT}){{1,3}}"
# Set off in commas after a description, a name may run to five capitalised words: a rank
# of two words before a name with two surnames ("The commander of the Second Division,
# Brigadier General Hernan Ospina Rojas, said"); the commas bound it, so no sentence's
# next words are taken in.
_APPOSED_NAME = rf"[A-Z][\w'’.\-]*(?:\s+{_NAME_NEXT}){{1,4}}"
# (round en190) A rank or post in lower case between a description's comma and the name it
# belongs to: "the chair of the inquiry, retired judge Ada Obi,", "the head of the panel,
# former police chief Sam Kiprop,": a status, a word the post is of, then a title. The rank
# is the name's, so it is read with it.
LOW_TITLES = alt((*(t for t in EN.TITLES if len(t) > 3), *EN.APPOSED_NAME_LEADERS))
RANK_BEFORE_NAME = (
    rf"(?:(?:{alt(EN.TITLE_STATUS_WORDS)})\s+)?"
    r"(?:(?!(?:and|or|but|who|which|that|the|of|a|an)\s)[a-z][\w\-]*\s+)?"
    rf"(?:{LOW_TITLES})\s+")


@lru_cache(maxsize=2048)
def _speaking_person(speaker: str) -> bool:
    """Could ``speaker``, who has words of their own, be the one a later "he" or "she"
    stands for? A person by name, title or person noun, or one described by a singular
    noun the vocabulary does not know ("The town clerk told us ...", "the district
    delegate said"): what speaks is a person, a body or a text, and bodies and texts are
    listed; the outlet's own reporter is never the one meant."""
    words = speaker.split()
    if not words or _outlet_voice(speaker):
        return False  # "Our reporter in Goma said ...": the pronoun that follows is a source
    if _body_name(words):
        return False  # "The UN said ..., but he did not believe it": a body is no "he"
    if _is_person(speaker):
        return True
    if len(words) >= 4 and words[0].lower() == "one" and words[1].lower() == "of" and (
            _rare("_ONE_OF_PEOPLE").fullmatch(speaker)):
        return True  # "One of the pupils said ... '...,' she said": one person of many
    if len(words) >= 4 and words[0].lower() == "one" and words[1].lower() == "of" and (
            words[2].lower() == "the" and words[-1].endswith("s")):
        # "one of the negotiators said": one of people the vocabulary does not list is
        # a person when the singular would be ("the negotiator"); not one of bodies or
        # papers ("one of the agencies", "one of the reports") (round en164)
        last = words[-1]
        one = last[:-3] + "y" if last.endswith("ies") else last[:-1]
        return _speaking_person(" ".join(("the", *words[3:-1], one)))
    if (words[0].lower() not in _ARTICLES and words[0].lower() not in _OWNERS) or len(words) < 2:
        # (round en180: "..., its publisher said. Nobody was hurt ..., he said." a
        # body's described person is one as "the publisher" is; round en196: "His
        # rival in the race, reached by phone, said ... '...,' he told the Ledger.")
        return False
    if not _FINDING_BODIES.isdisjoint(w.lower() for w in words[1:3]):
        return False  # "a survey his group carried out in March": a work, described after
    head = ""
    for w in words[1:]:
        if w.lower() in _HEAD_END:
            break
        head = w
    low = head.lower()
    # ("the witness", "the boss": a singular in "-ss" is one person)
    return head.isalpha() and head.islower() and (
        not low.endswith("s") or low.endswith("ss")) and (
        low not in EN.SPEAKER_NOUNS and low not in EN.DOCUMENT_NOUNS and low not in _ARGUMENTS
        and low not in EN.SPEAKING_BODIES and low not in EN.NONPERSON
        and low not in EN.GROUP_PERSON_WORDS)


# One person of a group of people: "One of the pupils", "one of his bodyguards" (the
# plural of a person word, or the irregular plurals).
# (compiled on first use: the person words are a long list)
_RARE["_ONE_OF_PEOPLE"] = (
    r"one\s+of\s+(?:the|his|her|their|its|our|those)\s+(?:[\w'’\-]+\s+){0,2}?"
    rf"(?:(?:{alt(EN.PERSON_WORDS)})s|{alt(EN.IRREGULAR_PERSON_PLURALS)})", re.IGNORECASE)
_OWN_OUTLET = EN.OWN_OUTLET_WORDS
_FINDING_BODIES = EN.FINDING_BODIES
_ARGUMENTS = frozenset(EN.ARGUMENT_NOUNS)


def _phrase_sex(phrase: str) -> str | None:
    """"he" or "she" as a speaker phrase tells it: a title ("Mrs Okello", "Mr. Tan") or
    a head noun for one sex ("the boy's mother", "a woman who ..."), else None."""
    words = phrase.split()
    first = words[0].lower().rstrip(".") if words else ""
    if first in EN.SEXED_TITLES:
        return EN.SEXED_TITLES[first]
    head = ""
    for w in words:
        if w.lower() in _HEAD_END:
            break
        head = w.lower().strip(".,'’")
    return EN.SEXED_NOUNS.get(head)


# Source nouns that take a plural verb and "they", though they end in no "s".
_PLURAL_BODIES = EN.UNMARKED_PLURAL_BODIES

_ARTICLES = EN.ARTICLES
# (a third person owns the described one: "its publisher", "His rival")
_OWNERS = EN.POSSESSIVE_PRONOUNS - {"my", "your", "our"}


def _opens_description(word: str) -> bool:
    """Can ``word`` open a description that a closing name in apposition follows: an
    article ("said the director in Kessa, Ana Reyes.") or a body's possessive ("said
    Oxfam's director in Kessa, Ana Reyes."), which names the body, not the person (round
    63)."""
    return word.lower() in _ARTICLES or (word[:1].isupper() and word.endswith(("'s", "’s")))


def _opens_description_phrase(phrase: str) -> bool:
    """``_opens_description`` for a whole phrase: also a body's possessive name of several
    capitalised words ("said Adolat Monitor's director, Farida Nurova.", "said Human
    Rights Watch's Asia director, ..."), every word up to the possessive a capital."""
    words = phrase.split(None, 5)
    if not words:
        return False
    if _opens_description(words[0]):
        return True
    for w in words[:5]:
        if not w[:1].isupper():
            return False
        if w.endswith(("'s", "’s")):
            return True
    return False
_TITLE_WORDS = EN.TITLES


@lru_cache(maxsize=2048)
def _is_person(phrase: str) -> bool:
    words = phrase.split()
    if len(words) == 1 and _plural_people(words[0].lower()):
        return False  # "Traders told her ...": a plural noun opening the sentence
    if words and words[-1].endswith(("'s", "’s")):
        return False  # "Okello's": a possessive, whose noun (and person) comes after it
    if len(words) > 1 and _plural_head(words):
        return False  # "Hospital officials", "Local traders": more than one, never "he"
    if words and _is_count_word(words[0]) and words[0].lower() != "one":
        # "Five Ukrainian soldiers were killed ..., he says": a count of people opens the
        # sentence, no one "he" can be
        return False
    # A capital that only opens the sentence ("The hospital") names nobody.
    caps = [w for w in words if w[:1].isupper() and w.lower() not in EN.FUNCTION_WORDS
            and w.lower() not in _ARTICLES and w.lower() not in EN.DETERMINER_WORDS]
    if caps and (len(caps) >= 2 or words[0].lower().rstrip(".") in _TITLE_WORDS
                 or any(w in caps for w in words[-2:])):
        return True
    return _one_person_head(words)


def _plural_head(words: list[str]) -> bool:
    """True when the head noun of a phrase of several words is a plural of people or of
    sources ("Hospital officials", "the elders of the village") or of groups of people
    ("Ambulance crews", "Rescue teams": round en173)."""
    head = ""
    for w in words:
        if w.lower() in _HEAD_END:
            break
        head = w.strip(".,'’")
    return head[:1].islower() and not head.endswith("ss") and (
        _plural_people(head) or head in _PLURAL_BODIES or head in EN.PEOPLE_GROUP_PLURALS)


def _plural_people(low: str) -> bool:
    """A plural noun for people or sources: "traders", "witnesses", "officials"."""
    return low.endswith("s") and (low in EN.SPEAKER_NOUNS or low[:-1] in EN.PERSON_WORDS
                                  or (low.endswith("es") and low[:-2] in EN.PERSON_WORDS)
                                  or _y_plural_person(low))


def _y_plural_person(low: str) -> bool:
    """A plural in "-ies" of a person word in "-y" ("families", "deputies"), which the
    plain "-s" and "-es" endings above miss; "she" after "Families have told ..." is
    not the families (round 94)."""
    return low.endswith("ies") and low[:-3] + "y" in EN.PERSON_WORDS


_HEAD_END = EN.HEAD_MODIFIER_OPENERS
_COUNT_WORDS = frozenset((*EN.UNITS, *EN.TENS, *EN.PLURAL_ROUND_COUNTS))


def _is_count_word(word: str) -> bool:
    """A numeral or a count word ("12", "1,200", "Twelve", "Twenty-five", "Dozens")."""
    low = word.lower()
    return low.replace(",", "").isdigit() or low in _COUNT_WORDS or (
        "-" in low and all(part in _COUNT_WORDS for part in low.split("-")))


_ONE_PERSON_POSTS = frozenset((*EN.ONE_PERSON_POSTS, *EN.SOLE_POSTS, *EN.OUTLET_POSTS))
_COURT_PARTIES = frozenset(EN.COURT_PARTIES)
_POST_OF = (" for ", " of ", " in ", " at ")


def _one_person_head(words: list[str]) -> bool:
    """A description whose head noun is one person: "the director of the hospital",
    "a police officer", "the army spokesman" ("he" may refer to it; "police" not)."""
    head = ""
    for w in words:
        if w.lower() in _HEAD_END:
            break
        head = w.lower().strip(".,'’")
    return head in EN.TITLES or head in _ONE_PERSON_POSTS or head in EN.ROLE_HEADS or (
        head in _COURT_PARTIES) or (
        head in EN.PERSON_WORDS and head not in EN.GROUP_PERSON_WORDS)


# "Among the guests was X": the part of the sentence before its inverted subject.
_AMONG_INVERTED = re.compile(r"Among(?:st)?\s[^.;:!?,\"“”]{1,80}?\s(?:was|were)\s+")
# A sentence's first word that is nobody: "Despite the rain, ...", "More than 90 ...".
_OPENING_PREPOSITIONS = frozenset((*EN.OPENING_PREPOSITIONS, *EN.OPENING_QUANTIFIERS))
_POSSESSIVE_OPENERS = ("His ", "Her ", "Their ")
# "In an interview with a local channel, ..." / "Later that day, ...": not the subject.
# A fronted clause as well: "When the shelling began in mid-March, Amina Yusuf was ...".
_LEADING_OPENER = (
    rf"(?:{alt(EN.PREPOSITIONS)}|{alt(EN.FRONTED_SUBORDINATORS)}|later|earlier|meanwhile"
    # (round 67: a fronted place, "Outside the court, Ana Reyes ...")
    rf"|{alt(EN.FRONTED_PLACE_PREPOSITIONS)}"
    # (round 71: a sentence adverb right before its comma, "Still, Sargsyan keeps ...",
    # and a return to a place, "Back at the gate, Mrs Doherty watches ...")
    rf"|(?:{alt((*EN.OPENING_ADVERBS, *EN.COMMA_ADVERBS))})(?=,)"
    # (round en175: an adverb of how often and its phrase, "Twice a week, Amira ...")
    rf"|(?:{alt(EN.FREQUENCY_ADVERBS)})(?=[\s,])"
    rf"|back(?=\s+(?:{alt(EN.BACK_PLACE_WORDS)})\b)"
    # (round en237: an age or state after "Now", "Now 55, Akol Ebuk is one of ...")
    rf"|now(?=\s+(?:\d{{1,3}}\b|(?:{alt(EN.NOW_AGE_FOLLOWERS_EN237)})\b))"
    # (round 74: a fronted source, "According to his family, Eric was walking home")
    r"|according\s+to)\b")
_LEADING_ADVERBIAL = re.compile(rf"{_LEADING_OPENER}[^,]{{0,80}},\s*", re.IGNORECASE)
# A second fronted phrase, after a first, may run longer: "Every morning at six, before the
# first of his eleven runs between the port and the beach village of Lisk, Tomas Vey ...".
_SECOND_ADVERBIAL = re.compile(rf"{_LEADING_OPENER}[^,]{{0,120}},\s*", re.IGNORECASE)

# A time opening a sentence without a comma: "Last Tuesday", "This morning", "Yesterday".
# (round en214) "Each" and a feature's "One" as well: "One morning in July 2016, a woman
# walked into the market ...", "Each spring, Ana Reyes ..." (a time, then the subject)
_TIME_BEFORE_UNIT = ("Last", "This", "Next", "Early", "Late", "Every", *EN.TIME_BEFORE_UNIT_EN214)
_TIME_ALONE = ("Yesterday", "Today", "Tonight", "Earlier", "Later")
_TIME_OPENER = re.compile(
    rf"(?:(?:{'|'.join(_TIME_BEFORE_UNIT)})\s+(?:"
    rf"(?i:{alt([*EN.WEEKDAYS, *EN.MONTHS])})|week|month|year|night|morning|evening|afternoon|day"
    rf"|spring|summer|autumn|winter|weekend)|{'|'.join(_TIME_ALONE)}"
    # (round en226) "Back then it had ...", "Even then the road ...", "Back home the ..."
    rf"|(?:{alt(EN.FRONTED_THEN_ADVERBS)})\s+(?:{alt(EN.FRONTED_THEN_WORDS)})\b)"
    r"(?:\s+(?:morning|evening|night|afternoon))?,?\s+(?=[A-Za-z])")

# One person brought in by "a" / "an", perhaps an age, then an active verb: "a man of 70
# walked ..." (not "a man was shot", "a man who ...").
_INDEFINITE_PERSON = re.compile(
    r"(?P<np>an?\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<head>[a-z]+)(?:\s+(?:of|aged)\s+\d{1,3})?)"
    r"(?=\s+(?!(?:was|were|is|are|who|whose|that|and|had|has|have)\b)[a-z]+\b)")


def _person_subject(text: str, sent: Sentence) -> str | None:
    """The subject of a sentence that opens with a person's name, else None."""
    dl = _dateline(text, sent.start, sent.end)
    pos = dl.end() if dl else sent.start
    if text[pos:pos + 2].isupper() and _CAPITALS_PLACE_LINE.match(text, pos, sent.end):
        # "SAR-E-PUL, Afghanistan" on a line of its own: a feature's dateline, a place in
        # capitals and its country; no pronoun stands for a place (round en200)
        return None
    if text[pos:pos + 2].isupper() and (heading := _CAPITAL_HEADING.match(text, pos, sent.end)):
        # "DECISION AND REASONS\n\n1. The appellant is ...": a heading in capitals and a
        # paragraph's number are nobody; the subject is the paragraph's (round 44)
        pos = heading.end()
    lead = _LEADING_ADVERBIAL.match(text, pos, sent.end)
    if lead and (fronted := _NAME_AFTER_ADVERBIAL.match(text, pos, lead.end())) and (
            text.startswith(("a ", "an ", "the "), lead.end())):
        # "For three decades Marcus Okonjo, a retired brigadier, believed ...": an
        # adverbial with no comma of its own, then the name its apposition describes
        return fronted.group("name")
    pos = lead.end() if lead else pos
    when = None if lead else _TIME_OPENER.match(text, pos, sent.end)
    if when:
        pos = when.end()  # "Last Tuesday a man of 70 walked ...": a time, then the subject
        if lead := _LEADING_ADVERBIAL.match(text, pos, sent.end):
            # "Every morning at seven, Ana Reyes opens ...": the time's own hour or place,
            # then its comma, then the subject (round 63)
            pos = lead.end()
    if (lead or when) and (again := _SECOND_ADVERBIAL.match(text, pos, sent.end)):
        # "Every morning at six, before the first of his runs to the port, Tomas Vey counts
        # ...": a second fronted phrase after the first, then the subject (round en120)
        lead, pos = again, again.end()
    if text.startswith(("Among", "The ", "One ", "Those "), pos) and named_into_dead(text, pos):
        # "Among the dead was his brother, Emeka.", "The dead included ...": one named
        # among the dead speaks no later quote (round en198)
        return None
    if text.startswith(("Among ", "Amongst "), pos):
        # "Among the speakers was Colonel Ivo Brant.": the subject comes after the verb;
        # a preposition opening the sentence is nobody
        inverted = _AMONG_INVERTED.match(text, pos, sent.end)
        if inverted is None:
            return None
        a, b = forward_np(text, inverted.end(), sent.end, max_tokens=6)
        return text[a:b] if b > a and _is_person(text[a:b]) else None
    a, b = forward_np(text, pos, sent.end, max_tokens=6)
    if b > a and _NUMBERED_ITEM.match(text, b, sent.end):
        return None  # "Track 4 is about ...", "Room 12 was ...": a numbered item, no one
    if b > a and text[a:b].lower() in _OPENING_ADVERBS:
        return None  # "Finally, a correction: ...": an adverb opening the sentence (round 58)
    if b > a and text[a:b].split()[0].lower() in _GREETINGS:
        return None  # "Salaam aleikum.", "Good morning.": a greeting, no one (round 58)
    if b > a and (text[a:b].lower() in _OPENING_PREPOSITIONS or text.startswith("By ", a)):
        return None  # "Despite the rain, crowds gathered.", "More than 90 were hurt.": no one
    if b > a and (head := _NEXT_WORD.match(text, b, sent.end)) and _plural_head(
            [text[a:b], head.group(1)]):
        return None  # "Village elders said ...": the capital modifies a plural of people
    if b > a and _is_person(text[a:b]) and text[a:b].lower() not in PRONOUNS and (
            b - a > 1 or text[b:b + 1] != ":") and not (  # an interview's "Q:" is nobody
            a == 0 and _headline_noun(text, a, b)):
        named = _NAME_IN_APPOSITION.match(text, b, sent.end)
        if named is None and text.startswith(_POST_OF, b) and (
                described := _DESCRIBED_NAME.match(text, a, sent.end)) and not (
                _PAST_VERB.search(described.group("d"))):
            # "The governor's deputy for technical affairs, Engineer Ra'ad Hamid,
            # presented ...": the post's phrase runs on before the name (round 43)
            return described.group("name")
        # "The mayor of Kessa, Lena Orr, spoke ...": the name, as the speaker rules have it
        return named.group("name") if named else text[a:b]
    if when and b == a and (some := _INDEFINITE_PERSON.match(text, pos, sent.end)) and (
            some.group("head") in EN.SEXED_NOUNS):
        # "Last Tuesday a man of 70 walked onto a field ...": after a time, one person
        # brought in by an article, the verb in the active
        return some.group("np")
    kin = _OWN_KIN_SUBJECT.match(text, pos, sent.end)
    if kin and kin.group("head").lower() in EN.SEXED_NOUNS:
        # "My uncle was from Lisk too. He told me ...": a writer's own relative, the one
        # person of the sentence, named by the kin word alone (round 58)
        return kin.group("np")
    titled = _TITLED_NAME.match(text, pos, sent.end)
    if titled and (titled.group("head") in EN.PERSON_WORDS or titled.group("head") in (
            _TITLE_WORDS)):
        # "A local youth leader Musa Tanko put the toll at 12.": a description in lower
        # case run into the name without commas (scraped and regional copy)
        return titled.group("np")
    if (lead or when) and (bare := _BARE_TITLED_NAME.match(text, pos, sent.end)) and (
            _bare_title(bare.group("head"))):
        # "At a workshop in Tessel, technician Liana Petek fits ...": after a fronted place
        # or time a feature brings its person in by trade, the trade run into the name
        # without an article; the trade need not be a word the vocabulary knows
        return bare.group("np")
    owned = _POSSESSED_NAME.match(text, pos, sent.end) if b > a and (
        text[b - 1] in "s" or text.startswith(_POSSESSIVE_OPENERS, a)) else None
    if owned and (owned.group("noun") in EN.SEXED_NOUNS or owned.group("noun") in (
            EN.PERSON_WORDS)):
        # "Okot's younger brother, Dan, who ..., now runs the shop.": the name in
        # apposition is the one meant, not the possessor
        return owned.group("name")
    described = _DESCRIBED_NAME.match(text, pos, sent.end)
    if described and (_one_person_head(words := described.group("d").split()) or (
            _phrase_sex(" ".join(words)) is not None)):
        # "The opposition's home affairs spokeswoman, Grace Adebayo, opened ...": a
        # description the speaker phrase does not read whole, then the name
        return described.group("name")
    if ", and " in text[pos:sent.end] and (
            joined := _JOINED_NAMED_SUBJECT.search(text, pos, sent.end)):
        # "That is the failure, and the foreign editor, Mark Delaney, accepts it.": the
        # second clause's subject, a description and the name in apposition (round 52)
        return joined.group("name")
    return None


_JOINED_NAMED_SUBJECT = re.compile(
    r",\s+and\s+(?:the|a|an|our|its|his|her|their)\s+(?:[\w'’\-]+\s+){0,3}?[a-z]+,\s+"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}),\s+[a-z]")

_CAPITAL_HEADING = re.compile(
    r"(?:[ \t]*[A-Z][A-Z0-9'’&,.\- ]{2,80}[ \t]*(?:\n\s*|$))+(?:\(?\d{1,3}[.)][ \t]+)?")
# A line that is a place in capitals (a word, or words joined by hyphens or spaces) and,
# after a comma, its country or region in mixed case, perhaps a date: a dateline set apart
# from the text as features print it ("MASHHAD, Iran", "SAR-E-PUL, Afghanistan, May 2").
_CAPITALS_PLACE_LINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+(?:[ \-][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]*)*"
    r"(?:,[ \t]*[A-Z][\w'’\-]*(?:[ \t][A-Z0-9][\w'’\-]*){0,3}){1,2}[ \t.]*(?:\n|$)")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w'’\-]*)")
_GREETINGS = frozenset(EN.GREETING_WORDS)
_OPENING_ADVERBS = frozenset(EN.OPENING_ADVERBS)
# A first person's relative opening a sentence as its subject, the verb in lower case
# after it (round 58): "My uncle was ...", "Our grandmother kept ...".
_OWN_KIN_SUBJECT = re.compile(
    r"(?P<np>(?:My|Our)\s+(?:(?:late|elder|older|younger|eldest|youngest|little|big)\s+)?"
    r"(?P<head>[a-z]+))(?=\s+(?!and\b|or\b)[a-z])")
# A capitalised noun run straight into a number labels an item of a list ("Track 4",
# "Room 12", "Gate 3"); a person's name is never followed by a bare number.
_NUMBERED_ITEM = re.compile(r"[ \t]+\d+\b(?![:.]\d)")
# An article, a description in lower case ending on its head noun, a name of two or three
# capitalised words, then the verb in lower case.
_TITLED_NAME = re.compile(
    r"(?P<np>(?:A|An|The)\s+(?:[a-z][\w\-]*\s+){0,3}(?P<head>[a-z]+)"
    r"(?:\s+[A-Z][a-z][\w'’\-]*){2,3})(?=\s+[a-z])")


# A word in lower case run straight into a name of two or three capitalised words, then
# the verb in lower case.
_BARE_TITLED_NAME = re.compile(
    r"(?P<np>(?P<head>[a-z]{3,})(?:\s+[A-Z][a-z][\w'’\-]*){2,3})(?=\s+[a-z])")
_NOT_BARE_TITLES = frozenset((*EN.PREPOSITIONS, *EN.ARTICLES, *EN.INSERT_NOT_OPENERS,
                              *EN.FRONTED_SUBORDINATORS))


def _bare_title(head: str) -> bool:
    """Could ``head`` be one person's trade or post set before a name with no article? No
    function word, and no plural ("residents Ana Ruiz and ..." are more than one)."""
    return head not in _NOT_BARE_TITLES and not _plural_people(head) and not (
        head.endswith("s") and not head.endswith("ss"))


def _headline_noun(text: str, a: int, b: int) -> bool:
    """True when the one word ``text[a:b]`` opening the first line is a headline's plain
    noun ("Lawmakers clash over ...", "Aid runs short"), not a name: the line ends with no
    full stop and the word is not written again with its capital inside a later
    sentence."""
    line_end = text.find("\n")
    if line_end < 0 or " " in text[a:b] or text[:line_end].rstrip().endswith("."):
        return False
    for m in re.compile(rf"\b{re.escape(text[a:b])}\b").finditer(text, line_end):
        before = text[max(0, m.start() - 3):m.start()]
        if before.strip() and "\n" not in before and before.rstrip()[-1] not in ".!?\"“":
            return False  # "... met Brant": a name
    return True


_DESCRIBED_NAME = re.compile(
    rf"(?P<d>(?:The|A|An|His|Her|Its|Their|[A-Z][\w\-]*['’]s)\s[^,;:.!?\"“”]{{1,60}}?)"
    # (round en200) "the Rev." or "the Reverend" before the name ("The pastor of a
    # neighbouring church, the Rev. Martin Okello, came ..."): the article is the title's
    rf"\s*,\s*(?:the\s+(?=(?:{alt(EN.ARTICLED_TITLES)})\.?\s+[A-Z]))?"
    rf"(?P<name>{_QUOTE_NAME})\s*,")

# A fronted adverbial in lower case (and numbers), then a name of two to four capitalised
# words right before the comma of its apposition.
_NAME_AFTER_ADVERBIAL = re.compile(
    r"[A-Za-z]+(?:\s+[a-z\d][\w\-]*){1,6}\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]+){1,3}),\s*$")

# A possessor, the possessed person noun, then a name (one word will do) between commas.
# (or run into the noun with no comma before it, round 63: "Her neighbour Ilko, 52, spent")
_POSSESSED_NAME = re.compile(
    r"(?:[A-Z][\w\-]*['’]s|His|Her|Their)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>[a-z]+)\s*,?\s*"
    rf"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+{_NAME_NEXT}){{0,2}})\s*,")
_NAME_IN_APPOSITION = re.compile(rf"\s*,\s*(?P<name>{_APPOSED_NAME})\s*,")


def _people_word(low: str) -> bool:
    """A plural noun of people or of sources: "workers", "residents", "sources"."""
    return (low.rstrip("s") in EN.PERSON_WORDS or low in EN.SPEAKER_NOUNS
            or low.endswith(("ers", "ents", "ists", "ians")))


def _plural_word(low: str) -> bool:
    return low.endswith("s") and not low.endswith(("ss", "'s", "’s", "news", "us"))


_PAST_VERB = re.compile(rf"\s(?:[a-z]{{2,}}ed|{alt(EN.IRREGULAR_PAST)})\b")


def _outlet_voice(phrase: str) -> bool:
    """"Our reporter in Kessa", "this newspaper": the outlet's own people, whom a later
    "he" or "she" never stands for; "Our director", "Our driver" are persons of a memoir
    or a report written in the first person."""
    words = phrase.split()
    if not words or words[0].lower() not in _OWN_OUTLET:
        return False
    if words[0].lower() == "this" or len(words) == 1:
        return True
    head = ""
    for w in words[1:]:
        if w.lower() in _HEAD_END or (head and w[:1].isupper()):
            # (a name after the head: "Our group leader Haji Ali Noor", round 58)
            break
        head = w.lower().strip(".,'’")
    return head in EN.NEWSROOM_PEOPLE or (head not in EN.PERSON_WORDS and (
        head not in EN.TITLES and head not in _ONE_PERSON_POSTS))


def _body_name(words: list[str]) -> bool:
    """A body's name: an acronym alone ("NATO", "the UN", "U.N.") or capitalised words
    ending in a body's head ("The Defence Ministry", "The United Nations")."""
    if words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words:
        return False
    if len(words) == 1:
        # "the Commission", "the Ministry": a body's head written with its capital is the
        # body the text named in full
        return bool(_ACRONYM_ALONE.fullmatch(words[0])) or (
            words[0][:1].isupper() and words[0].lower() in EN.BODY_NAME_HEADS)
    last = words[-1]
    return last[:1].isupper() and all(w[:1].isupper() for w in words) and (
        last.lower() in EN.BODY_NAME_HEADS or last.lower() in EN.SPEAKING_BODIES)


_ACRONYM_ALONE = re.compile(r"(?:[A-Z]\.?){2,6}")
