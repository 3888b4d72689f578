"""Headline attributions: a headline's source after a colon or a dash (": army", "- state TV"),
a label before it ("Report: ..."), page and column names that are nobody's words, slugs."""

from __future__ import annotations

import re

from .glued_dated_place import headline_before_dated_sentence
from .headline_capitals import dated_line
from .headline_finds import finder_headline, finder_opens_headline
from .headline_shared_says import shared_subject_says
from .lang import en as EN
from .lang.build import alt
from .spans import document, glued_dateline, trim_span
from .speakers import forward_np, has_content_word
from .statement_joined_name import capitalised_name_colon, joined_name_colon, lead_opens_on
from .statement_record import _add
from .statement_shared import _CLOCK, _VERB, _agent_noun, _dateline
from .tails import final_words, tail_check

_LIVE_LABELS = frozenset(EN.LIVE_LABELS)

_HEAD_COLON_SPEAKER = re.compile(
    r"^(?P<c>.{8,}?)\s*:\s*(?P<sp>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s*(?:\([^)]*\))?\s*$"
)
# "Police: ...", "UN Envoy: ...", and a lower-case source noun or title after a capitalised
# word, as headlines in sentence case write it: "Army chief: ...", "Kessa mayor: ...".
# (the lower-case word is checked in _headline against _COLON_NOUNS: an alternation of
# them cost start-up time)
_HEAD_SPEAKER_COLON = re.compile(
    r"^(?P<sp>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|(?P<low>[a-z]+)))?)\s*:\s*(?P<c>.{8,})$"
)
_COLON_NOUNS = EN.SPEAKER_NOUNS | EN.TITLES
# "CAR: nearly 5,000 flee ..., UN says": a headline whose words end in their own source
# has its speaker there; the acronym before the colon is the country's label, not a source.
_OWN_TRAILING_SOURCE = re.compile(r",\s*(?:[\w.'’\-]+\s+){1,4}(?i:says|say|said)$")
# A headline that opens with a quote and a colon: "'We are starving': residents ...".
_HEAD_QUOTE_COLON = re.compile(r"^['‘\"“](?P<c>[^'’\"”]{8,})['’\"”]\s*:\s*")
# A place used as a modifier after an article: "a Mombasa" (father), "a Malawi" (village).
_ARTICLE_PLACE = re.compile(r"(?:a|an|A|An)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?")
_LOWER_WORD_NEXT = re.compile(r"\s+(?P<w>[a-z]+)(?:['’]s)?\b")
_PERSON_WORDS = frozenset(EN.PERSON_WORDS)


def _title_owner(line: str, sa: int, sb: int) -> tuple[int, int] | None:
    """The phrase read after a quoted headline's colon (line[sa:sb]) when it stops short
    in a feature's title: (sa, sa) when it is only an owner ("Limerick's") or a place
    modifying a noun that is no person ("a Malawi village counts the cost"); the person
    described with the place ("a Mombasa father's wait" -> "a Mombasa father") when the
    noun is one. None when the phrase reads as a whole ("Sudan's army chief", "residents
    of besieged Vell")."""
    np = line[sa:sb]
    if np.endswith(("'s", "’s")):
        return sa, sa
    if _ARTICLE_PLACE.fullmatch(np) is None or not (nxt := _LOWER_WORD_NEXT.match(line, sb)):
        return None
    noun = nxt.group("w")
    if noun.lower() in _PERSON_WORDS:
        return sa, nxt.start("w") + len(noun)
    return sa, sa


# The speaker's own person in a quoted headline: "We left with ...", "I will not go back".
_SPOKEN_PERSON = re.compile(r"\b(?:I|[Ww]e|[Uu]s|[Oo]ur|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")
# An interview's label and the quoted sentence that makes its headline: "Q&A: '...'".
_HEAD_LABEL_QUOTE = re.compile(
    r"^(?:Q\s*&\s*A|Q\s+and\s+A|Interview|INTERVIEW|In\s+(?:her|his|their)\s+own\s+words)"
    r"\s*:\s*['‘\"“](?P<c>[^'’\"”]*?\s[^'’\"”]*?\s[^'’\"”]+?)['’\"”]\s*$")
_HEAD_DASH_SOURCES = ("TV", "radio", "paper", "report", "official", "officials", "source",
                      "sources", "police", "media", "ministry", "army", "military",
                      "witnesses", "spokesman", "statement", "agency", "minister")
# (in a headline set in capitals or in Title Case the source is too: "... TRIAL-OFFICIAL",
# "... Trial-Official"; a prefix's hyphen glues no source: "pro-army", "Anti-Police")
_HEAD_DASH = re.compile(
    r"^(?P<c>.{8,}?)(?:\s[-–—]+\s*|(?<![Pp]ro)(?<!PRO)(?<![Aa]nti)(?<!ANTI)(?<![Nn]on)(?<!NON)-)"
    rf"(?P<sp>{alt(_HEAD_DASH_SOURCES)}|{alt(w.upper() for w in _HEAD_DASH_SOURCES)}"
    rf"|{alt(w[0].upper() + w[1:] for w in _HEAD_DASH_SOURCES)})"
    r"\s*(?:\([^)]*\))?\s*$"
)
# "'We will fight on' - rebel commander": a short description ending in a source noun.
# (the words before the noun in either case: "- Sudanese army", "- Army spokesman")
_HEAD_DASH_NOUN = re.compile(
    r"^(?P<c>.{8,}?)\s[-–—]+\s*(?P<sp>(?:[A-Za-z][\w-]*\s+){0,2}"
    rf"(?:{alt(EN.SPEAKER_NOUNS | EN.TITLES)}))\s*(?:\([^)]*\))?\s*$"
)
# "Gunmen kill 4 soldiers in Sinai: army": the same description after a colon.
_HEAD_COLON_NOUN = re.compile(
    r"^(?P<c>.{8,}?)\s*:\s*(?P<sp>(?:[A-Za-z][\w-]*\s+){0,2}"
    rf"(?:{alt(EN.SPEAKER_NOUNS | EN.TITLES)}))\s*(?:\([^)]*\))?\s*$"
)
# Words of a headline that end in the name of a page or a regular column ("Police log",
# "Flash Update No. 3"), perhaps numbered.
_PAGE_TITLE = re.compile(rf"\b(?:{alt(EN.PAGE_TITLES)})(?:\s+No\.?\s*\d+)?$",
                         re.IGNORECASE)
_BRACKET_END = re.compile(r"\s*\([^()]*\)$")
# ... or after a dash, closing a longer title of a place and its page: "Lac Province -
# Flash Update No. 2", "Clashes in Kessa, North Province - Weekly Bulletin No. 4" (the
# page's name stands last, where a report's issuer never writes its own words)
_DASHED_PAGE_TITLE = re.compile(
    rf"\s[-–—]+\s*(?:[A-Za-z]+\s+){{0,2}}(?:{alt(EN.PAGE_TITLES)})(?:\s+No\.?\s*\d+)?$",
    re.IGNORECASE)
_LETTERHEAD_ISSUER = re.compile(rf"\b(?:{alt(EN.LETTERHEAD_ISSUERS)})$", re.IGNORECASE)
_LETTERHEAD_UNIT = re.compile(rf"\b(?:{alt(EN.LETTERHEAD_UNITS)})$", re.IGNORECASE)
# A month or a weekday alone after a headline's colon is the period of a page or report.
_PERIOD_LABEL = re.compile(rf"(?:{alt([*EN.MONTHS, *EN.WEEKDAYS])})", re.IGNORECASE)
_HEAD_DASH_NAME = re.compile(
    r"^(?P<c>.{8,}?)\s[-–—]+\s*(?P<sp>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*(?:\([^)]*\))?\s*$"
)

# "... - mediator", "... - UN investigators": a headline's last words after a dash, one to
# three words in lower case ending on a noun (checked by _agent_noun).
_HEAD_DASH_AGENT = re.compile(
    r"^(?P<c>.{8,}?)\s[-–—]+\s*(?P<sp>(?:[\w-]+\s+){0,2}(?P<n>[a-z]+))\s*$")
# "... - state TV", "... - Iranian state media", "...: state TV": a broadcaster closing a
# headline.
_MEDIA_OWNER = r"(?:state(?:-run|-owned|-controlled)?|official|national|public|local)"
_HEAD_DASH_MEDIA = re.compile(
    rf"^(?P<c>.{{8,}}?)(?:\s[-–—]+|:)\s*(?P<sp>(?:[A-Z][a-z]+\s+(?:{_MEDIA_OWNER}\s+)?"
    rf"|{_MEDIA_OWNER}\s+)(?:TV|television|radio|media|news\s+agency|agency|agencies"
    r"|broadcaster))\s*$")

_DIGIT_END = re.compile(r"\d$")
# A line in capitals: a label of one to three words, a colon, a title, a dash and a region
# of one to three words (round en177).
_CAPITALS_TITLE_REGION = re.compile(
    r"^\s*(?P<label>[A-Z][A-Z'’.\-]*(?:\s+[A-Z][A-Z'’.\-]*){0,2})\s*:\s*[^:\n]{3,}?"
    r"\s[-–—]+\s*(?P<region>[A-Z][A-Z'’.\-]*(?:\s+[A-Z][A-Z'’.\-]*){0,2})\s*$")

# Scraped pages without line breaks open with the date and then the headline:
# "Fri Apr 15 2016 Rebels shell the airport - TV. The army said ...".
_LEADING_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}\s+(?=\S)"
)


def _headline_span(text: str) -> tuple[int, int]:
    """The headline: the first line, or in a text without line breaks that opens with a
    date, the first sentence after the date (without its full stop); (0, 0) if none."""
    first_nl = text.find("\n")
    if glued := glued_dateline(text):  # "... monitor says IDLIB, Syria (Reuters) - ..."
        return 0, glued - 1
    if first_nl < 0 and (head_end := headline_before_dated_sentence(text)):
        return 0, head_end  # "..., Amnesty Finds. 10 February 2026. ..." (round en99)
    if first_nl > 0:
        dl = _dateline(text, 0, first_nl)
        if dl and any(c.isdigit() for c in dl.group()) and dated_line(dl.group()):
            # "WASHINGTON, April 9 - ...", "14:20 - ...": a line dated by a dateline or a
            # live blog's clock is the story's first paragraph; the headline comes before
            # the dateline, so there is none (a headline's subject is read shorter)
            return 0, 0
        return 0, first_nl
    m = _LEADING_DATE.match(text)
    if not m:
        return 0, 0
    sents = document(text).sentences
    end = sents[0].end if sents else len(text)
    while end > m.end() and text[end - 1] in " .":
        end -= 1
    return m.end(), end


# Boilerplate that introduces a run of other stories' headlines on a scraped page. Each
# branch opens with its capital and only then checks the word start (``(?<!\w.)`` after
# the first letter is the ``\b`` before it), so the regex engine skips in C to the next
# R, A, M, C or Y instead of trying every position: this search runs over every document.
_RUN_MARKER = re.compile(
    r"(?:R(?<!\w.)(?:elated (?:News|Articles|Stories|Posts|Coverage|Topics)"
    r"|ead (?:More|more|also|Also)|ecommended(?: for you)?)"
    r"|A(?<!\w.)lso [Rr]ead"
    r"|M(?<!\w.)(?:ore (?:News|news|Stories|stories)|ost (?:Read|read|Popular|popular))"
    r"|C(?<!\w.)ategory News|Y(?<!\w.)ou may also like)\b"
)
# Text that every _RUN_MARKER match contains (a few substring tests cost less than the
# search, which runs over every document).
_RUN_MARKER_WORDS = ("Related ", "Read ", "Recommended", "Also ", "More ", "Most ",
                     "Category News", "You may also like")
_RUN_MARKER_HINT = re.compile("|".join(map(re.escape, _RUN_MARKER_WORDS)))  # one C scan
# Inside a run: "<headline> - monitor", "Minister: <headline>".
_RUN_DASH = re.compile(
    r"\s[-–—]+\s*(?P<sp>TV|radio|paper|report|official|officials|sources?|police|media|ministry"
    r"|army|military|witnesses|spokesman|statement|agency|minister|monitor|observatory|activists"
    r"|state media|residents|medics|sources say)\b(?=\s+[A-Z0-9\"“]|\s*$)"
)
_RUN_COLON = re.compile(
    r"(?<![\w,])(?P<sp>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?)\s*:\s+(?=[\w\"“])"
)
# A headline in a run starts at a capital after a lower-case word that cannot end a
# phrase before a name ("Afrin - monitor Floods hit ..."), or after a number.
_RUN_BOUNDARY = re.compile(
    r"(?<=[a-z0-9)])\s+(?=[A-Z0-9\"“])"
)
_RUN_NO_BREAK = frozenset((*EN.PREPOSITIONS, *EN.SPEAKER_CONNECTORS, *EN.NAME_RUN_LINKS))


def _run_boundaries(text: str, a: int, b: int) -> list[int]:
    """Where headlines may start in the run text[a:b] (a first)."""
    out = [a]
    for m in _RUN_BOUNDARY.finditer(text, a, b):
        j = m.start()
        i = j
        while i > a and not text[i - 1].isspace():
            i -= 1
        if text[i:j].lower() not in _RUN_NO_BREAK:
            out.append(m.end())
    return out


def _headline_runs(text: str, out: list[dict[str, object]]) -> list[tuple[int, int, list[int]]]:
    """Attributed headlines inside "Related News" runs of other stories' headlines; returns
    the runs as (start, end, where headlines may start)."""
    runs: list[tuple[int, int, list[int]]] = []
    if not _RUN_MARKER_HINT.search(text):
        return runs
    markers = list(_RUN_MARKER.finditer(text))
    for k, mk in enumerate(markers):
        a = mk.end()
        b = markers[k + 1].start() if k + 1 < len(markers) else len(text)
        stop = re.search(r"[.!?]\s|\n", text[a:b])
        b = a + stop.start() if stop else b
        if b - a < 10:
            continue
        bounds = _run_boundaries(text, a, b)
        runs.append((a, b, bounds))
        for m in _RUN_DASH.finditer(text, a, b):
            cs = max((x for x in bounds if x < m.start() - 8), default=a)
            cs = _headline_start(text, bounds, cs, m.start())
            _add(out, text, cs, m.start(), m.group("sp"))
        for m in _RUN_COLON.finditer(text, a, b):
            if m.start() not in bounds:
                continue
            nxt = [x for x in bounds if x > m.end() + 8]
            _add(out, text, m.end(), nxt[0] if nxt else b, m.group("sp"))
    return runs


def _fit_to_runs(out: list[dict[str, object]], text: str,
                 runs: list[tuple[int, int, list[int]]]) -> None:
    """A statement found by a speech verb inside a headline run ("Summit calls for truce")
    ends where the next headline starts, and its speaker loses the run's marker."""
    for o in out:
        s, e = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
        for a, b, bounds in runs:
            if not a <= s < b:
                continue
            nxt = [x for x in bounds if s + 8 < x < e]
            if nxt:
                _, ne = trim_span(text, s, nxt[0])
                o["end"], o["text"] = ne, text[s:ne]
            sp = o["speaker"]
            if isinstance(sp, str):
                m = _RUN_MARKER.search(sp)
                if m and sp[m.end():].strip():
                    o["speaker"] = sp[m.end():].strip()


def _headline_start(text: str, bounds: list[int], cs: int, end: int) -> int:
    """The boundary before ``end`` whose headline has a verb-like word; a run of names
    ("Tal Hadyah town") is not split into headlines of its own."""
    for x in sorted((x for x in bounds if x <= cs), reverse=True):
        if len(text[x:end].split()) >= 3:
            return x
    return cs


# A source glued to the end of a headline after the place of a prepositional phrase:
# "Nine Held in Kessa Northern Monitoring Group" -> the group. The place is one word
# unless an adjective of origin or a source word opens the source earlier. "at" names a
# venue, whose name runs to the end ("Blast at Kessa International Trade Center").
_HEAD_GLUED = re.compile(
    rf"^(?P<c>.{{8,}}?\s(?:{alt(('in', 'near', 'from', 'outside', 'inside', 'into'))})"
    r"\s+[A-Z][\w'’\-]*)\s+(?P<sp>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,4})\s*$"
)
_GLUED_TAIL = re.compile(rf"\b(?:{alt(EN.HEADLINE_SOURCE_HEADS)})\s*$", re.IGNORECASE)
_GLUED_TAIL_CHECK = tail_check(final_words(EN.HEADLINE_SOURCE_HEADS))


def _glued_source(line: str) -> tuple[int, int, int, int] | None:
    """(content start, end, speaker start, end) of a headline ending in a glued source."""
    tail = line[-20:]
    if not (_GLUED_TAIL_CHECK(tail, 0, 20) and _GLUED_TAIL.search(tail)):
        return None
    m = _HEAD_GLUED.match(line)
    if not m:
        return None
    c1, s0, s1 = m.end("c"), m.start("sp"), m.end("sp")
    # "in Deir Ezzor Syrian Observatory": a place of two words ends before the adjective.
    first = line[s0:s1].split()[0].lower()
    later = list(re.finditer(r"\S+", line[s0:s1]))[1:]
    for w in later if first not in EN.SPEAKER_ADJECTIVES else ():
        if w.group().lower() in EN.SPEAKER_ADJECTIVES:
            c1, s0 = s0 + w.start() - 1, s0 + w.start()
            break
    words = line[s0:s1].split()
    if len(words) < 3 and words[0].lower() not in EN.SPEAKER_ADJECTIVES:
        return None  # "held in Geneva Convention Center" is a place
    return m.start("c"), c1, s0, s1


# A headline "Name: words" whose name is neither a title nor a source noun: as often a
# dateline place ("Benghazi: Heavy clashes ...") as a person ("Abbas: We will not ...").
# It stands only if its words are quoted or the body attributes speech to the same name
# (``_confirm_headline``).
_UNCONFIRMED = "_unconfirmed"

# An organisation's short acronym ("UN:", "WHO:", "NATO:", "U.N.:"); a longer capitalised
# word is as often a dateline place ("KESSA:") and needs the body's confirmation.
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,4}")


def _source_words(words: str) -> bool:
    """Does ``words``, written in capitals, hold a title or a source noun ("ARMY",
    "MINISTER")? (In capitals every short word looks like an acronym.)"""
    return any(w.lower() in EN.SPEAKER_NOUNS or w.lower() in EN.TITLES for w in words.split())


def _names_a_source(speaker: str) -> bool:
    """A title, a source noun, or an organisation's acronym."""
    words = speaker.split()
    return any(w.lower() in EN.SPEAKER_NOUNS or w.lower() in EN.TITLES
               or _ACRONYM.fullmatch(w) for w in words) or (
        # "Red Crescent: ...", "Human Rights Watch: ...": the capitalised head of an
        # organisation's name (a place label ends in a place: "Red Sea: ...")
        len(words) > 1 and words[-1] in _ORGANISATION_NAME_HEADS)


_REGION_WORDS = frozenset((*EN.PLACE_OPENERS, *EN.COMPASS_POINTS))


def _region(speaker: str) -> bool:
    """"Northern Kessa", "NORTH-WEST KESSA": a part of a country by where it lies."""
    first = speaker.split(maxsplit=1)[0].lower()
    return all(part in _REGION_WORDS for part in first.split("-"))


def _source_word(speaker: str) -> bool:
    """A source noun or a title among the words, or the head of an organisation's name,
    in whatever case: the test that holds in a line set in capitals, where every short
    word looks like an acronym ("THE", "AID")."""
    return any(w.lower() in EN.SPEAKER_NOUNS or w.lower() in EN.TITLES
               or w.title() in _ORGANISATION_NAME_HEADS for w in speaker.split())


def _name_words(speaker: str) -> set[str]:
    """Words of a name compared across headline and body: case and the dots of an
    acronym ("U.N.") set aside."""
    return {w.lower().replace(".", "") for w in speaker.split()}


# The heads of a body named after its country or town: "the Nigeria Police", "Mali army".
_PLACED_BODY_HEADS = EN.BODY_NAME_HEADS | EN.SPEAKING_BODIES | frozenset(EN.PLACED_BODY_HEADS)
# Prepositions before a country's or a town's name in a report's body: "in Mali".
_PLACE_BEFORE = alt(EN.PLACE_NAME_PREPOSITIONS)


def _place_of_body(name: str, text: str) -> bool:
    """Whether the body writes ``name`` (a headline's label before its colon) as a place:
    after "in", "across", ... ("attacks in Nigeria") or as the adjective of its people
    ("Malian", "Nigerian", "Sudanese"). A body that speaks is not written so."""
    word = name[:1] + name[1:].lower()
    stem = word[:-1] if word[-1] in "aeiouy" else word
    return re.search(rf"\b(?:(?i:{_PLACE_BEFORE})\s+(?i:{re.escape(word)})\b"
                     rf"|{re.escape(stem)}(?:n|an|ian|ese|i|ean)\b)", text) is not None


def _as_place_of(name: set[str], speaker: str) -> bool:
    """Whether the words of ``name``, run together in ``speaker``, stand right before a
    body's head, or after "of" closing its name, as its country or town: "The Nigeria
    Police" for "NIGERIA", "Mali army" for "Mali" ("the Scottish Refugee Council" is the
    whole name of "Scottish Refugee Council")."""
    words = [w.lower().replace(".", "") for w in speaker.split()]
    n = len(name)
    for i in range(len(words) - n):
        if set(words[i:i + n]) == name and words[i + n] in _PLACED_BODY_HEADS:
            return True
    # (round en233) "the National Police of Peru", "the Ministry of Health of Chile": the
    # country after "of" at the end of the body's name is where it works, as "Mali army"
    return len(words) > n + 1 and set(words[-n:]) == name and words[-n - 1] == "of" and (
        words[-n - 2] in _PLACED_BODY_HEADS)


def _confirm_headline(out: list[dict[str, object]], text: str) -> list[dict[str, object]]:
    kept = []
    for o in out:
        if o.pop(_UNCONFIRMED, False):
            name = _name_words(str(o["speaker"]))
            if not any(p is not o and p["speaker"] and name <= _name_words(str(p["speaker"]))
                       and not _as_place_of(name, str(p["speaker"])) for p in out):
                continue
            if len(name) == 1 and _place_of_body(str(o["speaker"]), text):
                # (round en170) "NIGERIA: ATTACKS ON CAMPAIGN OFFICES MUST STOP", "Mali:
                # Release the detained journalists now": the country of the report, which
                # its body writes as a place, is not the speaker of its heading
                continue
        kept.append(o)
    return kept


def _headline(text: str, start: int, end: int, out: list[dict[str, object]]) -> bool:
    line = text[start:end].rstrip(" .")
    if line.endswith(("Finds", "finds")) and (finding := finder_headline(line)):
        # "DR Congo: Soldiers Killed Villagers ..., Amnesty Finds" (round en99): the place
        # label before the colon is no speaker
        c0, c1, s0, s1 = finding
        return _add(out, text, start + c0, start + c1, line[s0:s1])
    if ("finds " in line or "Finds " in line) and (finding := finder_opens_headline(line)):
        # "Martinique: rights group finds police fired ..." (round en156): the finder
        # before "finds" speaks, the place label before the colon does not
        c0, c1, s0, s1 = finding
        return _add(out, text, start + c0, start + c1, line[s0:s1])
    colon = ":" in line
    if colon and (labelled := _HEAD_LABEL_QUOTE.match(line)):
        # "Q&A: 'We clear a field, then the farmers come back'": the interviewee's words
        # (named by the interview's introduction, see _interview_answers)
        return _add(out, text, start + labelled.start("c"), start + labelled.end("c"), None)
    dash = "-" in line or "–" in line or "—" in line
    if colon and not _OWN_TRAILING_SOURCE.search(line) and (
            named := capitalised_name_colon(line, text[end:])):
        # "Scottish Refugee Council: attacks ... have nearly doubled" (round en104), kept
        # only when the body gives the name to a speaker too
        c0, c1, s0, s1 = named
        added = _add(out, text, start + c0, start + c1, line[s0:s1])
        if added:
            out[-1][_UNCONFIRMED] = True
        return added
    if colon and dash and line.isupper() and (titled := _CAPITALS_TITLE_REGION.match(line)) and (
            not _source_words(titled["label"])) and not _source_words(titled["region"]) and (
            len(titled["region"]) > 3):  # ("... - UN": an acronym's short name speaks)
        # "MALI: HUMANITARIAN SNAPSHOT - MOPTI REGION", "BURKINA FASO: ... - CENTRE-NORD":
        # in capitals, a country's label, a report's title and the region it covers,
        # nobody's words (round en177)
        return False
    for rx, needs in ((_HEAD_COLON_SPEAKER, colon), (_HEAD_DASH, dash), (_HEAD_DASH_NAME, dash),
                      (_HEAD_DASH_NOUN, dash), (_HEAD_COLON_NOUN, colon),
                      (_HEAD_SPEAKER_COLON, colon)):
        if not needs:
            continue  # each pattern needs a colon or a dash; most headlines have neither
        m = rx.match(line)
        if m and rx is _HEAD_SPEAKER_COLON and m.group("low") and (
                m.group("low") not in _COLON_NOUNS):
            m = None  # "Gaza strikes: 12 dead": a topic, not a source
        if m and rx is _HEAD_SPEAKER_COLON and (_LIVE_LABELS.issuperset(
                m.group("sp").lower().split()) or _title_line_label(m.group("sp")) or (
                not _names_a_source(m.group("sp")) and _VERB.search(m.group("c")))):
            # "LIVE: ..." ("LIVE UPDATES:") is a page label, "Nigeria: Army Says ..." a
            # place label whose headline has a subject of its own
            return False
        if m and rx is _HEAD_SPEAKER_COLON and _capitals_country_label(
                m.group("sp"), m.group("c")):
            return False  # "MOZAMBIQUE: Attacks in Mavago district" (round en224)
        if m and rx is _HEAD_SPEAKER_COLON and _OWN_TRAILING_SOURCE.search(m.group("c")):
            return False  # the source is the trailing one's, the prefix a place label
        if m and rx is _HEAD_SPEAKER_COLON and ((len(m.group("c").split()) <= 6 and (
                _PAGE_TITLE.search(_BRACKET_END.sub("", m.group("c"))))) or (
                _DASHED_PAGE_TITLE.search(_BRACKET_END.sub("", m.group("c"))))):
            # "Conflict monitor: weekly digest (3-9 April)": the source's page and its
            # period, no words of the source's
            return False
        if m and rx in (_HEAD_COLON_SPEAKER, _HEAD_DASH_NAME) and (_PAGE_TITLE.search(
                m.group("c")) or (line.isupper() and _LETTERHEAD_ISSUER.search(m.group("c")))
                or (line.isupper() and rx is _HEAD_DASH_NAME
                    and _LETTERHEAD_UNIT.search(m.group("sp")))):
            # "Police log: Eastfield", "Syria: Flash Update No. 3 - Idlib": a page's
            # title and its place, nobody's words; so is a letterhead in capitals, its
            # issuer and its country ("LOGISTICS CLUSTER - ETHIOPIA", round 48), or a body
            # and its unit that issues ("NATIONAL ARMY OF KESSA - THIRD DIVISION", round
            # en120)
            return False
        if m and rx is _HEAD_DASH_NAME and _PAGE_TITLE.fullmatch(m.group("sp")):
            # "Kessa Clinic - Public page - Posts (newest first)": the page's section
            # after the dash, where a source would stand, names no one
            return False
        if m and rx is _HEAD_SPEAKER_COLON and _PAGE_TITLE.search(m.group("sp")):
            # "POLICE BLOTTER: Friday 15 March to Sunday 17 March": the page's name before
            # the colon and its period or place after it, nobody's words (round 72)
            return False
        if m and rx is _HEAD_COLON_SPEAKER and not _source_word(m.group("sp")) and (
                _region(m.group("sp")) or (line.isupper() and " " in m.group("sp"))):
            # "EDUCATION UNDER ATTACK: NORTHERN KESSA", "Schools under fire: North-West
            # Kessa": a report's title and the place or region it covers; in capitals a
            # source of more than one word names itself as one ("...: STATE POLICE", "...:
            # RED CRESCENT"); one word alone may be an acronym ("...: UNHCR") (round en164)
            return False
        if m and rx is _HEAD_COLON_SPEAKER and _PERIOD_LABEL.fullmatch(m.group("sp")):
            # "Monthly civilian casualty report: March": the page's period, no speaker
            return False
        if m and not _DIGIT_END.search(m.group("sp")) and len(m.group("sp").split()) <= 3:
            added = _add(out, text, start + m.start("c"), start + m.end("c"), m.group("sp"))
            if added and rx is _HEAD_SPEAKER_COLON and not _names_a_source(m.group("sp")) \
                    and m.group("c")[:1] not in "\"“'‘":  # quoted words are speech
                out[-1][_UNCONFIRMED] = True
            return added
    agent = _HEAD_DASH_AGENT.match(line) if dash else None
    if (dash or colon) and (media := _HEAD_DASH_MEDIA.match(line)):
        # "Evacuation resumes after day-long halt - state TV": the broadcaster's report
        return _add(out, text, start + media.start("c"), start + media.end("c"),
                    media.group("sp"))
    if agent and _agent_noun(agent.group("n")):
        # "Rebels to disarm by July - mediator", "... - chief negotiator": a person by
        # what they do, as "- spokesman" is
        return _add(out, text, start + agent.start("c"), start + agent.end("c"),
                    agent.group("sp"))
    quoted = _HEAD_QUOTE_COLON.match(line) if colon else None
    if quoted:
        # "'We are starving': residents of besieged Vell plead for aid": the subject
        # after the colon says the quote, whatever its verb
        sa, sb = forward_np(line, quoted.end(), len(line))
        if sb > sa and (owner := _title_owner(line, sa, sb)) is not None:
            # (round en204) "'...': Limerick's ambulance crews on a year of attacks",
            # "'...': a Malawi village counts the cost": a feature's title; the phrase
            # read stops at an owner or at a place used as a modifier, which says nothing
            # (the quote stays a loose quote, as "'...': the families who fled ..." of a
            # first person does); "'I still keep his room as it was': a Mombasa father's
            # wait" is the father's, described with his place
            if owner[1] == owner[0]:
                return False
            sa, sb = owner
        if sb > sa and has_content_word(line[sa:sb]):
            return _add(out, text, start + quoted.start("c"), start + quoted.end("c"),
                        line[sa:sb])
        if len(quoted.group("c").split()) >= 3 and _SPOKEN_PERSON.search(quoted.group("c")):
            # "'We left with the rice pot and the baby': the families who fled ...": a
            # sentence as someone says it (a person speaking of themselves or to us) is
            # speech though no subject after the colon says it ("'Tired of war': a photo
            # essay" is a title)
            return _add(out, text, start + quoted.start("c"), start + quoted.end("c"), None)
    shared = shared_subject_says(line) if "ay" in line or "AY" in line else None
    if shared:
        # "Navy Sinks Rebel Boats, Says 20 Rebels Killed": the subject says the words
        c0, c1, s0, s1 = shared
        return _add(out, text, start + c0, start + c1, line[s0:s1])
    joined = joined_name_colon(line) if colon else None
    if joined:
        # "People in Need: families left homeless ..." (round en102), kept only when the
        # body gives the name to a speaker too
        c0, c1, s0, s1 = joined
        added = _add(out, text, start + c0, start + c1, line[s0:s1])
        if added and not lead_opens_on(text, end, line[s0:s1]):
            out[-1][_UNCONFIRMED] = True
        return added
    glued = _glued_source(line)
    if glued:
        c0, c1, s0, s1 = glued
        return _add(out, text, start + c0, start + c1, line[s0:s1])
    return False


_ORGANISATION_NAME_HEADS = frozenset(EN.ORGANISATION_NAME_HEADS)

# ---------------------------------------------------------------- round 46: families
# A wire's slug (and its clock and write-through number) at the start of a line:
# "09:12 URGENT - ", "UPDATE 3 - ", "REFILE-", "FLASH: ".
_SLUG_OPENING = re.compile(
    rf"[ \t]*(?:{_CLOCK}[ \t]*(?:[-–—:][ \t]*)?)?(?:{alt(EN.FLASH_SLUGS)})(?:[ \t]*\d{{1,2}})?"
    r"(?:[ \t]*(?:--|-|—|–|:)[ \t]*|-)(?=\S)")
_FLASH_SLUG_SET = frozenset(EN.FLASH_SLUGS)
_FIRST_TOKEN = re.compile(r"[A-Za-z]*")

# A sentence's end inside a line: a slug line that holds one is a paragraph, no headline.
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")


def _slug_headline_span(text: str) -> tuple[int, int] | None:
    """The headline of a text whose first line opens with a wire slug and no clock
    ("UPDATE 2-Car bomb hits ... - police", "URGENT - ..."): the line after the slug,
    whose number is no date (a dated first line is a story's first paragraph)."""
    first_nl = text.find("\n")
    if first_nl <= 0 or not text[:1].isupper() or (
            _FIRST_TOKEN.match(text).group() not in _FLASH_SLUG_SET):  # type: ignore[union-attr]
        return None
    m = _SLUG_OPENING.match(text, 0, first_nl)
    if m is None or text[:1].isdigit() or _SENTENCE_INSIDE.search(text, m.end(), first_nl):
        return None
    return m.end(), first_nl


def _slug_headlines(text: str, h1: int, out: list[dict[str, object]]) -> None:
    """A headline under a slug on a later line, as a wire story's write-throughs print
    each one under its time stamp ("09:12 URGENT - Truck bomb hits market - police"):
    its closing attribution is read as the first line's would be."""
    at = text.find("\n", h1)
    while at >= 0:
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = _SLUG_OPENING.match(text, start, end)
        if m and not _SENTENCE_INSIDE.search(text, m.end(), end) and not any(
                int(o["start"]) < end and start < int(o["end"]) for o in out):  # type: ignore[call-overload]
            _headline(text, m.end(), end, out)
        at = text.find("\n", start) if end < len(text) else -1


# (round en224) What a situation report's heading says after its country's label: an event
# and where it was, with no verb and no figure ("Attacks in Mavago district", "Intercommunal
# violence in Beyla prefecture", "Floods near Kalomo").
_EVENT_AT_PLACE = re.compile(
    r"[A-Z][a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+(?:in|near|around|on|across)\s+(?:the\s+)?[A-Z]"
    r"[^\d\"“'‘]*$")


def _capitals_country_label(speaker: str, content: str) -> bool:
    """Is ``speaker`` one word in capitals of five letters or more (no acronym, no source
    noun or title: "POLICE:" speaks) before a heading that only names an event and its
    place? A situation report heads its entries so by country ("GUINEA: Intercommunal
    violence in Beyla prefecture"); the country says nothing. "Hospital: 17 dead" and
    "UNICEF: Schools in Kessa have closed" (a finite verb) stay read; an agency's acronym
    of five letters or more before a verbless heading ("UNICEF: Attacks on schools in
    Kessa") reads as a label too, a page's title rather than words."""
    return " " not in speaker and len(speaker) >= 5 and speaker.isupper() and (
        not _names_a_source(speaker)) and _EVENT_AT_PLACE.match(content) is not None and (
        _VERB.search(content) is None) and not any(
        w in _HEADING_AUXILIARIES for w in content.lower().split())


_HEADING_AUXILIARIES = frozenset(EN.FINITE_AUXILIARIES)


def _title_line_label(speaker: str) -> bool:
    """"Extract", "Excerpt", "Opinion" before a title line's colon: what kind of text
    follows, not who speaks."""
    return speaker.lower() in EN.TITLE_LINE_LABELS


_LINE_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def _title_cased(line: str) -> bool:
    """Every word of four letters or more opens with a capital: a headline's setting, which
    a paragraph of copy never has."""
    long_words = [w for w in _LINE_WORD.findall(line) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def deck_line(text: str, h1: int) -> tuple[int, int] | None:
    """The deck under a headline in Title Case (a report's release prints its main finding
    or its source's word as a second headline): the next line, in Title Case too, with no
    sentence end inside and a line break after it; None if there is none."""
    if h1 <= 0 or h1 >= len(text) or text[h1] != "\n":
        return None
    start = h1 + 1
    end = text.find("\n", start)
    if end <= start or not _title_cased(text[:h1]) or not _title_cased(text[start:end]):
        return None
    line = text[start:end]
    if line.rstrip().endswith((".", ":")) or _SENTENCE_INSIDE.search(line):
        return None
    dl = _dateline(text, start, end)
    if dl and any(c.isdigit() for c in dl.group()):
        return None  # "(Jakarta, March 26) – ...": the story's first paragraph
    return start, end
