"""The language of custody, of a fall and of lasting harm (round en146).

News tells people held, taken again, fallen, executed, lost or hurt in words the outcome
rules do not hold, while the count and its people stand where the rules look for them:

- custody told again: "recaptured six of the fugitives", "were taken back into custody";
- the held told as a state in any tense, with a place, a holder, a time or a term after
  "held" ("were being held at the stadium", "six of its members held in Wamena", "who was
  held for three days", "guards held by inmates"), or by an object relative with its agent
  between ("nine soldiers it said its fighters had seized");
- the dead told by their fall in a fight ("two soldiers fell in the clash") or a hanging
  ("hangs 13 men");
- the missing told by lost contact or a register ("lost contact with four others", "are
  registered as missing");
- the hurt told by their wounds' kind or what a beating left ("had untreated gunshot
  wounds", "was beaten unconscious", "were left with lasting injuries" or "with a broken
  arm").

Each is written in the words the rules read ("arrested", "detained", "abducted", "were
killed", "executes", "are missing", "were wounded") and the text is read again, each figure's
offsets carried back as ``casualty_words_between`` does. Who holds decides arrested or
captured: a holder named after "by" (a state's forces or an army: arrested; inmates,
captors, traffickers: captured), else the last word of an arrest or a capture before it
in the story; with neither, "held" is left alone. Each shape is gated by a word it cannot
stand without, so text without them costs one scan of its lowered words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise

from .casualty_released import _cue_marks, _last_cue
from .casualty_state import apart, carry_told, told_with
from .figure_spans import span_of
from .lang import en as EN
from .lang.build import alt, alt_branches
from .spans import lowered

Figure = dict[str, object]
Edit = tuple[int, int, str]

_COUNT = (r"(?:\d[\d,.]*|" + alt((*EN.UNITS, *EN.TENS, "dozens", "hundreds", "thousands",
                                  "scores", "several")) + r")")
# (each pattern opens at its rare word: what stands before it is read from a short window)
_HELD = re.compile(rf"(?P<verb>held)\s+(?P<after>{alt(EN.CUSTODY_HELD_AFTER)})\b",
                   re.IGNORECASE)
_AUX_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:being\s+)?"
    r"|\bbeing\s+)$", re.IGNORECASE)
_HELD_NOT = re.compile(r"\s*(?:questioning|high\s+regard|regard|esteem|contempt|bay"
                       # (round en160) "held in the same cell" is a place of holding
                       r"|(?:the\s+)?(?:same|next)\b(?!\s+(?:cell|cells|prison|jail|wing)\b)"
                       r"|(?:19|20)\d\d\b|(?:january|february|march"
                       r"|april|may|june|july|august|september|october|november|december)\b)",
                       re.IGNORECASE)
_BY_STATE = re.compile(rf"\s*(?:the\s+|local\s+|state\s+)?(?:{alt(EN.CUSTODY_STATE_HOLDERS)}"
                       rf"|{alt(EN.ARRESTING_FORCES)})\b", re.IGNORECASE)
_BY_CAPTIVE = re.compile(
    rf"\s*(?:the\s+|armed\s+|fellow\s+|rioting\s+)?(?:{alt(EN.CUSTODY_CAPTIVE_HOLDERS)}"
    rf"|{alt(EN.CAPTOR_NOUNS)}|{alt(EN.CAPTOR_MEN)})\b", re.IGNORECASE)
_STATE_WORD = re.compile(rf"\b(?:{alt(EN.CUSTODY_STATE_HOLDERS)}|{alt(EN.ARRESTING_FORCES)}"
                         r"|political\s+prisoners)\b", re.IGNORECASE)
_CAPTOR_WORD = re.compile(rf"\b(?:{alt(EN.CAPTOR_NOUNS)}|{alt(EN.CAPTOR_MEN)})\b", re.IGNORECASE)
_ARRESTED_CAPTORS = re.compile(
    r"\s+(?:(?:the|a|an|\d+|several|some|suspected|alleged|more|of|[a-z]+teen|two|three|four"
    rf"|five|six|seven|eight|nine|ten)\s+){{0,3}}(?:{alt(EN.CAPTOR_NOUNS)}|traffickers?"
    r"|smugglers?|kidnappers?|gang\s+members|captors?)\b", re.IGNORECASE)
_AGENT_HELD = re.compile(rf"\b(?:{alt(EN.CUSTODY_AGENTS_HELD)})\s*(?:,\s*)?(?:who\s+|that\s+)?$",
                         re.IGNORECASE)
_STATE_STORY = re.compile(rf"\b(?:{alt(EN.CUSTODY_STATE_STORY)})", re.IGNORECASE)
_HOLD_PLACE = re.compile(
    rf"\s+(?:[\w\-'’]+\s+){{0,4}}?(?:{alt(EN.CUSTODY_HOLD_PLACES)})\b", re.IGNORECASE)
_CELLS = re.compile(
    rf"\s+(?:[\w\-'’]+\s+){{0,4}}?(?:{alt(EN.CUSTODY_CELLS)})\b", re.IGNORECASE)
# (round en158) a place of holding that is the state's by itself or by its force's name
_STATE_PLACE = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w\-]+\s+){0,2}?"
    rf"(?:(?:{alt(EN.STATE_HOLD_PLACES)})"
    rf"|(?:{alt(EN.STATE_HOLD_FORCES)})(?:['’]s)?\s+(?:[\w\-]+\s+)?"
    rf"(?:{alt(EN.STATE_HOLD_FORCE_PLACES)}))\b", re.IGNORECASE)
# (round en160) held "pending trial", in the clause after "held" (a place may come between:
# "held at the base pending trial"); held "on the top floor", "on board"
_PENDING = re.compile(
    r"[^.;:!?\n]{0,60}?\bpending\s+(?:(?:an?|the|their|his|her|its|possible|further"
    rf"|formal)\s+){{0,2}}(?:{alt(EN.HELD_PENDING_STEPS)})\b", re.IGNORECASE)
_HELD_ON = re.compile(
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w\-]+\s+){0,2}?"
    rf"(?:{alt(EN.HELD_ON_PLACES)})\b", re.IGNORECASE)
_TAKEN_FROM = re.compile(r"(?P<verb>taken)\s+(?:away\s+)?from\s+(?=[\w'’])", re.IGNORECASE)
# (round en162) "taken ... and are still held", "taken at a roadblock remain in the hands
# of the gunmen": the taking and, within its clause (no comma), a holding that goes on;
# the gap is bounded, so the lazy run cannot backtrack far
_TAKEN_HELD = re.compile(
    r"(?P<verb>taken)\b(?P<gap>[^.;:!?,\n\"“”]{0,80}?)\s+(?:and\s+)?"
    r"(?:are|is|remain|remains|remained)\s+(?:still\s+(?:being\s+)?held\b"
    r"|(?:still\s+)?in\s+captivity\b"
    r"|(?:still\s+)?in\s+the\s+hands\s+of\s+(?:the\s+|their\s+)?"
    rf"(?:{alt(EN.CAPTIVITY_HOLDERS)}|{alt(EN.CAPTOR_MEN)})\b)", re.IGNORECASE)
_NOT_CAPTIVE_GAP = re.compile(rf"\b(?:{alt(EN.NOT_CAPTIVITY_PLACES)})\b", re.IGNORECASE)
_CHARGED_AFTER = re.compile(rf"\b(?:{alt(EN.HELD_THEN_CHARGED)})\b", re.IGNORECASE)
_BY_AHEAD = re.compile(r"\bby\b", re.IGNORECASE)
_RELEASED_AFTER = re.compile(
    rf"\b(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:(?:later|since|all|also"
    rf"|finally)\s+)?(?:{alt(EN.TAKEN_RELATIVE_RELEASES)})\b", re.IGNORECASE)
_HELD_ON_TAKEN = re.compile(rf"\b(?:{alt(EN.HELD_ON_TAKEN)})\b", re.IGNORECASE)
_DOERS_HELD = re.compile(rf"\b(?:{alt(EN.NOT_MISSING_SOUGHT)})\b", re.IGNORECASE)
# (round en158) "held with 11 other men": the others held with someone are counted by the
# "with" phrase, as "detained with 11 other officers" is read; where they were held or who
# holds them is looked for in the rest of the clause
# (the edit runs to the count, so the figure read after it touches it and is the edit's)
# (round en186) the place may stand between the holding and its "with": "was held in a cell
# with nine other prisoners" (at most three words after the preposition, no stop)
_HELD_WITH = re.compile(rf"held(?:\s+(?:in|at|inside)(?P<place>(?:\s+[\w\-'’]+){{1,3}}?))?"
                        rf"(?P<with>\s+(?:together\s+|along\s+)?with\s+)(?={_COUNT}"
                        r"\s+other\s+[a-z])", re.IGNORECASE)
# (not past a comma and a conjunction: "held with two other crew members, and at the army
# base soldiers rested" opens another clause, whose place is not theirs)
_PLACE_AHEAD = re.compile(r"(?:(?!,\s*(?:and|but|while|as|then)\b)[^.;:!?\n]){0,80}?"
                          r"\b(?:at|in|inside)\b", re.IGNORECASE)
_CAPTIVE_STORY = re.compile(rf"\b(?:{alt(EN.HOSTAGE_CUES)}|{alt(EN.CAPTOR_NOUNS)}"
                            rf"|{alt(EN.CAPTOR_MEN)})\b", re.IGNORECASE)
_SENTENCE_CLOSE = re.compile(r"[.!?]\s|\n")
_SENTENCE_END = re.compile(r"[.!?;\n]")
_RELEASED_BEFORE = re.compile(
    rf"\b(?:{alt(EN.CUSTODY_RELEASE_WORDS)})"
    r"\b(?:\s+of)?\s+(?:[\w\-'’,]+\s+){0,7}$", re.IGNORECASE)
_COUNTED = re.compile(rf"\b(?:{_COUNT}|an?|one)\b", re.IGNORECASE)
# the dead told before a holding or wounds are the dead ("Four bodies had gunshot wounds")
_DEAD_BEFORE = re.compile(rf"\b(?:{alt(EN.CUSTODY_DEAD_WORDS)})\b", re.IGNORECASE)
_QUESTIONING = re.compile(r"[^.;:!?\n]{0,50}?\bfor\s+questioning\b", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"[^.;:!?\n]{0,90}$")
_GATHERING = re.compile(rf"\b(?:{alt(EN.CUSTODY_GATHERINGS)})\b", re.IGNORECASE)
# (a word before a bare "held" that makes it no participle of people: "they held", "had
# held", "was held" is the aux's)
_HELD_SUBJECT_NOT = re.compile(
    r"\b(?:i|we|they|he|she|it|who|which|that|had|have|has|having|was|were|is|are|be|been"
    r"|being|will|would|could|can|to|and|or|not)\s+$", re.IGNORECASE)

_RECAPTURE = re.compile(
    rf"\b(?P<verb>{alt(EN.RECAPTURE_VERBS)})\s+(?=(?:{_COUNT}|all|most|some)\s+of\s+"
    r"(?:the|them|those|its|their)\b)", re.IGNORECASE)
_BACK_CUSTODY = re.compile(
    r"\b(?P<verb>(?:taken|brought|put)\s+back\s+(?:into|in)\s+custody)\b", re.IGNORECASE)
_OBJECT_VERB = re.compile(
    rf"(?P<verb>{alt(EN.CUSTODY_OBJECT_VERBS)})"
    r"(?=\s*[,.;:)\n]|\s*$|\s+(?:in|on|at|during|near|from|since|last|earlier|after|and"
    r"|were|are|was|is|have|had)\b)", re.IGNORECASE)
_BARE_AGENTS = frozenset(("they", "it", "police", "troops", "soldiers"))
_OBJECT_HEAD = re.compile(
    # (round en151) "people", "men" and "children" stand as heads alone too
    rf"\b{_COUNT}\s+(?:[\w\-]+\s+){{0,2}}?(?:[a-z][\w\-]*)?(?:s|men|people|children)"
    r"(?P<gap>\s+(?:that\s+|whom\s+)?"
    rf"(?:(?:it|they|he|she|officials|police)\s+(?:{alt(EN.CUSTODY_SAYING)})\s+)?"
    r"(?:(?:its|their|his|her|the)\s+[a-z][\w\-]*|they|it|police|troops|soldiers)"
    r"(?:\s+(?:had|have|has))?\s+)$", re.IGNORECASE)
_FELL = re.compile(
    r"(?P<verb>fell|fall|falls|fallen)"
    r"\s+(?=(?:in|during)\s+(?:(?:the|an|a|that|this|heavy|fierce|fresh|renewed|recent"
    rf"|overnight|weekend)\s+){{0,2}}(?:{alt(EN.FALLEN_IN_FIGHTS)})\b)", re.IGNORECASE)
_FELL_AS = {"fell": "were killed", "fall": "killed", "falls": "killed",
            "fallen": "been killed"}
_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?P<subj>[\w\-]+)\s+(?:(?:have|had)\s+)?$")
_FELL_NOT = re.compile(rf"^(?:\d[\d,.]*|{alt(EN.FALLEN_NOT_SUBJECTS)}|{alt(EN.UNITS)}"
                       rf"|{alt(EN.TENS)})$", re.IGNORECASE)
_HANGS = re.compile(rf"\b(?P<verb>hangs|hanged|hang)\s+(?={_COUNT}\b)", re.IGNORECASE)
_HANG_AS = {"hangs": "executes", "hanged": "executed", "hang": "execute"}
_LOST_CONTACT = re.compile(
    r"\b(?P<verb>lost\s+(?:all\s+)?contact\s+with)\s+(?P<group>(?:at\s+least\s+|about\s+"
    rf"|some\s+|more\s+than\s+)?{_COUNT}(?:\s+(?:more|other|others|[a-z][\w\-]*)){{0,3}}?)"
    r"(?=\s*[,.;:)\n]|\s*$|\s+(?:in|on|at|after|since|aboard|who|and|near|during|when|while"
    r"|for|from|as)\b)", re.IGNORECASE)
_REGISTERED = re.compile(
    r"\b(?P<verb>(?:registered|listed|recorded|classified|declared|reported)\s+as\s+)"
    r"(?=missing\b)", re.IGNORECASE)
_HAD_WOUNDS = re.compile(
    rf"(?P<verb>had\s+(?:(?:{alt(EN.WOUND_KIND_WORDS)})\s+){{1,5}}wounds)\b",
    re.IGNORECASE)
_BEATEN = re.compile(rf"\b(?P<verb>beaten)\s+(?=(?:{alt(EN.BEATEN_RESULTS)})\b)",
                     re.IGNORECASE)
_LEFT_WITH = re.compile(
    r"\b(?:were|was|are|is|been)\s+(?P<verb>left\s+with\s+"
    rf"(?:(?:{alt(EN.LEFT_WITH_GRADES)})\s+(?:and\s+)?){{0,3}}(?:{alt(EN.LEFT_WITH_HARMS)})"
    # (round en154) or a bone broken: "was left with a broken arm"
    rf"|left\s+with\s+(?:(?:a|two|three)\s+)?(?:{alt(EN.BROKEN_HARMS)}))\b",
    re.IGNORECASE)


_HELD_WORDS = ("detained", "abducted")


def _verb(m: re.Match[str], new: str) -> Iterator[Edit]:
    yield m.start("verb"), m.end("verb"), new


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")


def _held(m: re.Match[str], text: str) -> Iterator[Edit]:
    after = m.end()
    if not _word_start(text, m.start()) or _HELD_NOT.match(text, after):
        return
    aux_m = _AUX_BEFORE.search(text, max(0, m.start() - 30), m.start())
    aux = aux_m.group() if aux_m else ""
    start = aux_m.start() if aux_m else m.start()
    before = text[max(0, start - 90):start]
    clause = _CLAUSE_BEFORE.search(before)
    if not clause or not _COUNTED.search(clause.group()):
        return  # no count in the clause: no figure to read ("He was held for two days")
    if _DEAD_BEFORE.search(clause.group()) or _QUESTIONING.match(text, after):
        return  # "Two of the dead had been held for one night"; "held by police for questioning"
    if _GATHERING.search(clause.group()):
        return  # "a meeting of 300 delegates held in Geneva", "were held in May"
    if _RELEASED_BEFORE.search(clause.group()):
        return  # "demanded the release of six of its members held in Wamena": no new figure
    low_after = m.group("after").lower()
    if low_after in _ON_CRAFT or (low_after != "by" and _PENDING.match(text, m.end("verb"))):
        # (round en160) held "on the top floor" or "on board", held "pending trial"
        yield from _held_on_or_pending(m, text, start, start - len(clause.group()))
        return
    if not aux and (_HELD_SUBJECT_NOT.search(before) or (
            m.group("after").lower() in ("at", "in", "inside")
            and not (_CELLS if m.group("after").lower() == "in" else _HOLD_PLACE).match(
                text, after))):
        # the bare participle names a holding only with a place of holding after it: "40
        # prisoners held at the camp", "held in police cells", not "two delegates held in
        # Paris" nor the many things "held in" a stadium or a hall
        return
    if m.group("after").lower() == "by":
        if _BY_STATE.match(text, after):
            yield from _verb(m, "detained")
        elif _BY_CAPTIVE.match(text, after):
            yield from _verb(m, "abducted")
        return
    if m.group("after").lower() in ("at", "in", "inside") and _STATE_PLACE.match(
            text, after) and not _captive_sentence(text, start, after) and _people_held(
            text, start - len(clause.group()), start):
        # "six soldiers are being held in police cells", "held at the army's base": the
        # place is the state's custody, whoever is held there (round en158); after "and"
        # the auxiliary goes with it, as the second verb of one subject ("were disarmed and
        # are being held at the barracks" reads as "were disarmed and detained")
        if aux and before.endswith(" and "):
            yield start, m.end("verb"), "detained"
        else:
            yield from _verb(m, "detained")
        return
    if _AGENT_HELD.search(before):
        # guards, soldiers or staff held with no holder named are captives ("the last four
        # guards held in the wing")
        yield from _verb(m, "abducted")
        return
    arrest = _last_cue(text, start)
    if arrest and _captors_arrested(text, start):
        return  # "arrested six suspected traffickers ... 200 people were held at the site"
    if not arrest and _holder_marks(text)[2] <= start:
        arrest = True  # a holding at a place in a story of the state's custody
    if arrest is None:
        arrest = _last_holder(text, start)
    if arrest is not None:
        yield from _verb(m, "detained" if arrest else "abducted")


def _counts_not_doers(text: str, clause_start: int, at: int) -> list[re.Match[str]]:
    """The counts of the clause from ``clause_start`` to ``at``, or none where the doers
    (suspects, gunmen) stand after the last of them: those held are then no casualties."""
    counts = list(_COUNTED.finditer(text, clause_start, at))
    if counts and _DOERS_HELD.search(text, counts[-1].start(), at):
        return []
    return counts


# (round en187) "held aboard" is "held on board": the craft may follow either ("held aboard
# hijacked cargo ship", "held on board the seized trawler"), and its taking is read there
_ON_CRAFT = ("on", "aboard", "onboard")
_BOARD_END = re.compile(r"board$", re.IGNORECASE)


def _held_on(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The place people are "held on" or "aboard" after ``m``: a floor or a craft ("on
    board" runs on to the craft named after it, if one is), else None."""
    if m.group("after").lower() == "on":
        held_on = _HELD_ON.match(text, m.end())
        if held_on and _BOARD_END.search(held_on.group()):
            return _HELD_ON.match(text, held_on.end()) or held_on
        return held_on
    return _HELD_ON.match(text, m.end())


def _held_on_or_pending(m: re.Match[str], text: str, start: int,
                        clause_start: int) -> Iterator[Edit]:
    """(round en160) People held "pending" a step of the state's justice are detained,
    whoever they are ("eight soldiers are being held at the base pending trial"); people
    held "on" a floor or a craft are captives where the sentence or the story before names
    captors ("Gunmen stormed the mall. About 40 shoppers are being held on the top floor"),
    else nothing. The doers held (suspects, gunmen) are no casualties and stay unread."""
    counts = _counts_not_doers(text, clause_start, start)
    if not counts or not _people_held(text, clause_start, start):
        return
    if _captive_sentence(text, start, m.end()):
        if m.group("after").lower() in _ON_CRAFT and _held_on(text, m) is not None:
            yield from _verb(m, "abducted")  # "held on the plane the hijackers seized"
        return
    if m.group("after").lower() not in _ON_CRAFT:
        reach = min(len(text), m.end() + _CAPTIVE_REACH)
        close = _SENTENCE_END.search(text, m.end(), reach)
        if not _CHARGED_AFTER.search(text, m.end(), close.start() if close else reach):
            yield from _verb(m, "detained")
    elif held_on := _held_on(text, m):
        captors = _holder_marks(text)[1][1]
        if (captors and captors[0] <= start) or _HELD_ON_TAKEN.search(
                text, m.end(), held_on.end()) or _craft_taken_before(text, clause_start):
            yield from _verb(m, "abducted")


# (round en167) a crew counted "on board" a craft held or taken in the same sentence
_ON_BOARD = re.compile(r"(?P<verb>on\s+board|aboard|onboard)\b", re.IGNORECASE)
_CREW_BEFORE = re.compile(rf"\b{_COUNT}\s+(?:{alt(EN.CREW_NOUNS)})\s+$", re.IGNORECASE)
_CRAFT_HELD = re.compile(rf"\b(?:{alt(EN.CRAFT_HELD_WORDS)})\b", re.IGNORECASE)
_NAVAL = re.compile(rf"\b(?:{alt(EN.NAVAL_FORCES)})\b", re.IGNORECASE)
# "were taken aboard navy vessels": a passive taking aboard ...
_TAKEN_ABOARD = re.compile(r"\b(?:were|was|been)\s+(?P<verb>taken|brought)\s+$", re.IGNORECASE)
# ... not the people a rescue takes aboard ("40 migrants were rescued and taken aboard")
_RESCUED_NEAR = re.compile(rf"\b(?:rescue|rescued|rescuing|{alt(EN.PICKED_UP_RESCUED)})\b",
                           re.IGNORECASE)
# (round en172) ... or the verb of the craft's holding after an apposition that counts its
# crew: "with 19 crew on board, was hijacked"
_APPOSED_CRAFT_HELD = re.compile(
    r"\s*,\s*(?:was|were|had\s+been|has\s+been|have\s+been|is\s+being|was\s+being)"
    rf"(?:\s+(?:{alt(EN.GROUP_END_ADVERBS)}))?\s+(?:{alt(EN.CRAFT_HELD_WORDS)})\b", re.IGNORECASE)
# ... a craft of a state's forces at sea
_NAVAL_CRAFT = re.compile(
    rf"\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{alt(EN.NAVAL_FORCES)})"
    r"(?:\s+[\w\-]+)?\b", re.IGNORECASE)


def _crew_on_board(m: re.Match[str], text: str) -> Iterator[Edit]:
    """(round en167) "2 vessels held for ransom, 27 crew on board", "is held near the port
    with eleven crew on board": the crew of a craft held is held with it, as captives where
    no force of a state is named in the sentence (a navy's or the police's seizure of a boat
    and its crew is left to the rules of arrest)."""
    if not _word_start(text, m.start()):
        return
    if (taken := _TAKEN_ABOARD.search(text, max(0, m.start() - 30), m.start())) and (
            _NAVAL_CRAFT.match(text, m.end())) and _people_held(
            text, max(0, taken.start() - 60), taken.start()) and not _RESCUED_NEAR.search(
            text, max(0, taken.start() - 80), min(len(text), m.end() + 80)):
        # people a navy or a coast guard takes aboard its craft are detained
        yield taken.start("verb"), m.end("verb"), "detained"
        return
    crew = _CREW_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if crew is None:
        return
    marks = _sentence_marks(text)
    i = bisect_left(marks, crew.start()) - 1
    open_at = max(marks[i] if i >= 0 else 0, crew.start() - _CAPTIVE_REACH)
    held = _CRAFT_HELD.search(text, open_at, crew.start())
    close = m.end()
    if held is None and text.endswith("with ", 0, crew.start()) and (
            after := _APPOSED_CRAFT_HELD.match(text, m.end())):
        # (round en172) the crew in an apposition before the craft's own verb: "The tanker
        # Sea Falcon, with 19 crew on board, was hijacked off the coast"; a force of a
        # state named in the rest of the sentence leaves it to the rules of arrest
        i = bisect_left(marks, after.end())
        close = marks[i] if i < len(marks) else min(len(text), after.end() + _CAPTIVE_REACH)
    elif held is None or not text[held.end():crew.start()].strip():
        return
    if _STATE_WORD.search(text, open_at, close) or _NAVAL.search(text, open_at, close):
        return
    yield from _verb(m, "abducted")


# (round en191) people "taken to" a named place after a force at sea stopped their boat
_TAKEN_TO_NAMED = re.compile(r"(?P<verb>taken)\s+to\s+(?=(?-i:[A-Z])[\w'’\-])", re.IGNORECASE)
_SEA_STOP = re.compile(
    rf"\b(?:{alt(EN.SEA_STOPPING_FORCES)})\b[^.!?\n]{{0,60}}?\b(?:{alt(EN.SEA_STOPPING_VERBS)})"
    rf"\s+(?:(?:the|a|an|their|its|one|two)\s+)?(?:[\w\-]+\s+)?(?:{alt(EN.STOPPED_CRAFT)})\b",
    re.IGNORECASE)
_TAKEN_TO_REACH = 400


def _taken_to_port(m: re.Match[str], text: str) -> Iterator[Edit]:
    """(round en191) "The other five were taken to Port Blair" after "The navy patrol fired
    on the boat": people a force at sea stopped are detained where it took them (a named
    place, no hospital; a rescue in the sentence leaves them alone)."""
    if not _word_start(text, m.start()) or not _AUX_BEFORE.search(
            text, max(0, m.start() - 30), m.start()):
        return
    if _NOT_CAPTIVE_GAP.search(text, m.end(), min(len(text), m.end() + 40)):
        return  # "taken to Al-Amal Hospital"
    clause = _CLAUSE_BEFORE.search(text[max(0, m.start() - 90):m.start()])
    if clause is None:
        return
    clause_start = m.start() - len(clause.group())
    if not _counts_not_doers(text, clause_start, m.start()) or not _people_held(
            text, clause_start, m.start()):
        return
    lo = max(0, clause_start - _TAKEN_TO_REACH)
    if _SEA_STOP.search(text, lo, m.start()) is None or _RESCUED_NEAR.search(
            text, lo, min(len(text), m.end() + 80)):
        return
    yield from _verb(m, "detained")


_PARTITIVE_OPENING = re.compile(rf"{_COUNT}\s+of\s+(?:the|them|those)\b", re.IGNORECASE)


def _part_after_port(text: str, f: Figure, ported: list[int]) -> bool:
    """(round en191) Whether ``f`` is a part told by a partitive in the sentence right after
    people taken to a port were written as detained ("Two of the five were released in
    May"): a released part keeps its whole's outcome, as after any arrest."""
    if not _PARTITIVE_OPENING.match(str(f["text"])):
        return False
    start = int(str(f["start"]))
    i = bisect_right(ported, start) - 1
    if i < 0:
        return False
    marks = _sentence_marks(text)
    j = bisect_left(marks, ported[i])
    return j < len(marks) and bisect_left(marks, start) == j + 1


def _craft_taken_before(text: str, clause_start: int) -> bool:
    """(round en167) Whether the story just before a holding "on board" tells a craft taken
    ("The tanker was hijacked on Monday. Her 18 crew are held on board") and no force of a
    state there."""
    open_at = max(0, clause_start - _CAPTIVE_REACH)
    return _HELD_ON_TAKEN.search(text, open_at, clause_start) is not None and (
        _STATE_WORD.search(text, open_at, clause_start) is None)


def _taken_from(m: re.Match[str], text: str) -> Iterator[Edit]:
    """(round en160) "Three engineers taken from their car on 2 May were released": the
    bare participle after counted people, read by who took them (a holder after "by", a
    captor in the sentence, the story's last holder) or, with none named, by their release
    told after it in the sentence; the dead, things and doers taken stay unread."""
    if held := _TAKEN_HELD.match(text, m.start()):
        # (round en162) the gate's longer key hides "taken " here: a holding that goes on
        yield from _taken_still_held(held, text)
        return
    if not _word_start(text, m.start()) or _AUX_BEFORE.search(
            text, max(0, m.start() - 30), m.start()):
        return  # "were taken from their homes" is the passive other readers weigh
    before = text[max(0, m.start() - 90):m.start()]
    clause = _CLAUSE_BEFORE.search(before)
    if not clause or _HELD_SUBJECT_NOT.search(before) or _DEAD_BEFORE.search(clause.group()):
        return
    clause_start = m.start() - len(clause.group())
    counts = _counts_not_doers(text, clause_start, m.start())
    if not counts or not _people_held(text, clause_start, m.start()):
        return
    # (the rest of the sentence within a reach: a long text with no stop after many
    # takings was searched to its end for each)
    reach = min(len(text), m.end() + _CAPTIVE_REACH)
    close = _SENTENCE_END.search(text, m.end(), reach)
    rest = text[m.end():close.start() if close else reach]
    by = _BY_AHEAD.search(rest)
    if _CHARGED_AFTER.search(rest):
        return  # "... taken from their homes by police were charged": suspects
    if by and _BY_STATE.match(rest, by.end()):
        holder: bool | None = True
    elif (by and _BY_CAPTIVE.match(rest, by.end())) or _captive_sentence(
            text, m.start(), m.end()) or _RELEASED_AFTER.search(rest) or (
            _captive_story_from(text) < m.start()):
        # taken by captors, freed after, or in a story of captives: a taking from a home or
        # a car with no state's force named is a capture ("a 71-year-old woman taken from
        # her home" among the civilians a war's side holds)
        holder = False
    else:
        # (the story's holder before the taken themselves: "Three soldiers taken from the
        # village" names no army that holds them)
        holder = _last_holder(text, counts[-1].start())
    if holder is not None:
        yield from _verb(m, "detained" if holder else "abducted")


def _taken_still_held(m: re.Match[str], text: str) -> Iterator[Edit]:
    """(round en162) "Three staff members were taken from the lead vehicle and are still
    held", "two nurses taken at a roadblock remain in the hands of the gunmen": a taking
    whose holding goes on is a capture unless a state's force or custody is named in the
    clause (then a detention); the count must be of people in the clause before it."""
    if not _word_start(text, m.start()):
        return
    gap = m.group("gap")
    if _NOT_CAPTIVE_GAP.search(gap):
        return  # "taken to hospital", "taken into custody and are still held"
    before = text[max(0, m.start() - 90):m.start()]
    clause = _CLAUSE_BEFORE.search(before)
    if not clause or _DEAD_BEFORE.search(clause.group()):
        return
    clause_start = m.start() - len(clause.group())
    counts = _counts_not_doers(text, clause_start, m.start())
    if not counts:
        return
    # (a partitive's people come later: "Three of our staff members were taken")
    if not _people_held(text, clause_start, m.start()) and not any(
            _people_word(w.strip(",")) for w in text[counts[-1].end():m.start()].split()[:6]):
        return
    by = _BY_AHEAD.search(gap)
    state = by is not None and _BY_STATE.match(gap, by.end()) is not None
    yield from _verb(m, "detained" if state else "abducted")


def _held_with(m: re.Match[str], text: str) -> Iterator[Edit]:
    """"held with N other men": detained where a place ahead in the clause is the state's,
    abducted where the sentence names captors or hostages; else left (the story's last
    holder may be the other side of a clash: "Two soldiers were killed and the pilot was
    held with two other crew members")."""
    if not _word_start(text, m.start()) or _GATHERING.search(
            text, max(0, m.start() - 60), m.start()):
        return
    at = m.start()
    holder: bool | None = False if _captive_sentence(text, at, m.end()) else None
    if holder is None and m.group("place") and (
            place := _STATE_PLACE.match(text, m.start("place"))) and place.end() <= m.end("place"):
        holder = True  # "held in a cell with nine other prisoners": the state's place
    ahead = _PLACE_AHEAD.match(text, m.end()) if holder is None else None
    # (the places ahead within a reach of the holding: a long run of words with no stop
    # and many "in"s was walked to its end for every holding)
    limit = m.end() + _CAPTIVE_REACH
    while ahead is not None and holder is None and ahead.start() < limit:
        holder = True if _STATE_PLACE.match(text, ahead.end()) else None
        ahead = _PLACE_AHEAD.match(text, ahead.end())
    if holder is not None:
        yield m.start(), m.end(), ("detained" if holder else "abducted") + m.group("with")


@lru_cache(maxsize=2)
def _captive_story_from(text: str) -> float:
    """Where the first word of captives or captors in ``text`` stands (found once per text)."""
    story = _CAPTIVE_STORY.search(text)
    return story.start() if story else float("inf")


def _captive_sentence(text: str, start: int, after: int) -> bool:
    """Whether the sentence around a holding names captors or hostages: then a jail or a
    camp in it may be theirs ("soldiers held in a prison the rebels run")."""
    marks = _sentence_marks(text)
    i = bisect_left(marks, start)
    # (the sentence within a reach of the holding: a long text with no stop between its
    # holdings was searched whole for each)
    open_at = max(marks[i - 1] if i else 0, start - _CAPTIVE_REACH)
    close = min(marks[i] if i < len(marks) else len(text), after + _CAPTIVE_REACH)
    return _CAPTIVE_STORY.search(text, open_at, max(close, after)) is not None


_CAPTIVE_REACH = 200


def _people_held(text: str, clause_start: int, at: int) -> bool:
    """Whether a count before ``at`` in its clause counts people: a person noun in the
    three words after it, or none before the verb ("Six are being held"); "the three
    passports are being held in custody" are things."""
    for count in _COUNTED.finditer(text, clause_start, at):
        words = text[count.end():at].split()[:3]
        if not words or words[0].lower() in _AUX_WORDS or any(
                _people_word(w := word.strip(",")) or w.lower().endswith(_PERSON_ENDS)
                or w.lower() in _AGENTS for word in words):
            return True
    return False


_AUX_WORDS = frozenset(EN.HELD_COUNT_AUXILIARIES)
_AGENTS = frozenset(EN.CUSTODY_AGENTS_HELD)
# (the endings that make a noun a person's: "paratroopers", "guardsmen")
_PERSON_ENDS = (*(e.lower() for e in EN.PERSON_SUFFIXES), "men", "man")


def _captors_arrested(text: str, before: int) -> bool:
    """Whether the last arrest before ``before`` took captors: the people held after it
    were the captors' captives, not the state's."""
    ends, _ = _cue_marks(text)
    i = bisect_right(ends, before) - 1
    return i >= 0 and _ARRESTED_CAPTORS.match(text, ends[i]) is not None


def _last_holder(text: str, before: int) -> bool | None:
    """Whether the last holder the story names before ``before`` is a state's force (True)
    or captors (False); None when it names neither ("Police broke up the march. Roughly
    700 people were being held at the stadium" is the police's holding)."""
    state, captors, _ = _holder_marks(text)
    last: tuple[int, bool] | None = None
    for marks, is_state in ((state, True), (captors, False)):
        i = bisect_right(marks[1], before) - 1
        if i >= 0 and (last is None or marks[0][i] > last[0]):
            last = (marks[0][i], is_state)
    return None if last is None else last[1]


_Marks = tuple[list[int], list[int]]


@lru_cache(maxsize=2)
def _holder_marks(text: str) -> tuple[_Marks, _Marks, float]:
    """Where the words of a state's force and of captors stand (starts, ends) and where the
    first word of a state's custody story ends: found once per text, as every holding looks
    back over the story before it (a report of many holdings was read from its start again
    for each)."""
    marks: list[_Marks] = []
    for rx in (_STATE_WORD, _CAPTOR_WORD):
        found = list(rx.finditer(text))
        marks.append(([w.start() for w in found], [w.end() for w in found]))
    story = _STATE_STORY.search(text)
    return marks[0], marks[1], story.end() if story else float("inf")


def _fell(m: re.Match[str], text: str) -> Iterator[Edit]:
    subj = _SUBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if subj and _word_start(text, m.start()) and not _FELL_NOT.match(subj.group("subj")):
        new = _FELL_AS[m.group("verb").lower()]
        yield m.start("verb"), m.end("verb"), new.upper() if m.group("verb").isupper() else new


def _hangs(m: re.Match[str]) -> Iterator[Edit]:
    new = _HANG_AS[m.group("verb").lower()]
    yield m.start("verb"), m.end("verb"), new.upper() if m.group("verb").isupper() else new


def _lost_contact(m: re.Match[str]) -> Iterator[Edit]:
    # "lost contact with four others" is "reported four others missing"
    yield m.start("verb"), m.end("verb"), "reported"
    yield m.end("group"), m.end("group"), " missing"


def _object_relative(m: re.Match[str], text: str) -> Iterator[Edit]:
    if not _word_start(text, m.start()):
        return
    words = text[max(0, m.start() - 40):m.start()].lower().split()
    if words and words[-1] in ("had", "have", "has"):
        words.pop()
    if not words or not (words[-1] in _BARE_AGENTS or (
            len(words) > 1 and words[-2] in ("its", "their", "his", "her", "the"))):
        return  # no agent just before the verb: no object relative
    head = _OBJECT_HEAD.search(text, max(0, m.start() - 140), m.start())
    if head:
        yield head.start("gap"), head.end("gap"), " "


_RECAPTURED_WHOM = re.compile(
    r"\s*\S+\s+of\s+(?:the|its|their)\s+(?P<w1>[\w\-]+)(?:\s+(?P<w2>[\w\-]+))?", re.IGNORECASE)


def _recapture(m: re.Match[str], text: str) -> Iterator[Edit]:
    # "recaptured six of the titles" takes back things: the noun after the determiner (or
    # after its adjective) must name people; "of them", "of those" always do
    whom = _RECAPTURED_WHOM.match(text, m.end("verb"))
    if whom is None or any(_people_word(w) for w in whom.group("w1", "w2") if w):
        yield from _verb(m, "arrested")


def _people_word(word: str) -> bool:
    low = word.lower()
    return (low in EN.PERSON_WORDS or low.rstrip("s") in EN.PERSON_WORDS
            or low in _RECAPTURED_PEOPLE)


_RECAPTURED_PEOPLE = frozenset(EN.RECAPTURED_PEOPLE)


def _had_wounds(m: re.Match[str], text: str) -> Iterator[Edit]:
    clause = _CLAUSE_BEFORE.search(text, max(0, m.start() - 90), m.start())
    if _word_start(text, m.start()) and not (clause and _DEAD_BEFORE.search(clause.group())):
        yield from _verb(m, "were wounded")


# Each shape: the words one of which it cannot stand without, its pattern, its edits,
# whether they read the text, and whether the pattern opens at one of its words (then it is
# tried only where they stand, not across the text).
_Rule = tuple[tuple[str, ...], re.Pattern[str], Callable[..., Iterator[Edit]], bool, bool]
_RULES: tuple[_Rule, ...] = (
    (tuple(EN.RECAPTURE_VERBS), _RECAPTURE, _recapture, True, True),
    (("back into custody", "back in custody"), _BACK_CUSTODY,
     lambda m: _verb(m, "arrested"), False, False),
    (("held ",), _HELD, _held, True, True),
    # (gated by "held " as the rule before it: a longer key would hide "held without")
    (("held ",), _HELD_WITH, _held_with, True, True),
    (tuple(EN.CUSTODY_OBJECT_VERBS), _OBJECT_VERB, _object_relative, True, True),
    (("taken from", "taken away from"), _TAKEN_FROM, _taken_from, True, True),
    (("on board", "aboard", "onboard"), _ON_BOARD, _crew_on_board, True, True),
    (("taken ",), _TAKEN_HELD, _taken_still_held, True, True),
    (("taken to",), _TAKEN_TO_NAMED, _taken_to_port, True, True),
    (("fell in", "fall in", "falls in", "fallen in", "fell during", "fall during",
      "fallen during"), _FELL, _fell, True, True),
    (("hang",), _HANGS, _hangs, False, True),
    (("contact with",), _LOST_CONTACT, _lost_contact, False, False),
    (("as missing",), _REGISTERED, lambda m: _verb(m, ""), False, False),
    (("wounds",), _HAD_WOUNDS, _had_wounds, True, False),
    (("beaten",), _BEATEN, lambda m: _verb(m, "beaten and injured"), False, True),
    (("left with",), _LEFT_WITH, lambda m: _verb(m, "injured"), False, False),
)


# One scan of the text for every shape's words, at word starts: the shapes none of whose
# words the text holds are never tried, and a shape that opens at its word is tried only
# where the scan found one.
_GATES: dict[str, list[int]] = {}
for _i, (_words, *_rest) in enumerate(_RULES):
    for _w in _words:
        _GATES.setdefault(" ".join(_w.lower().split()), []).append(_i)
_GATE = re.compile(rf"(?<![a-z])(?:{alt_branches(tuple(_GATES))})")


def custody_edits(text: str) -> list[Edit]:
    """The edits that write each construction of ``text`` in the rules' words, sorted and
    apart."""
    low = lowered(text)  # (every offset kept, also where a letter's lower case is longer)
    found: dict[int, list[int]] = {}
    for g in _GATE.finditer(low):
        for i in _GATES[" ".join(g.group().lower().split())]:
            found.setdefault(i, []).append(g.start())
    edits: list[Edit] = []
    for i, starts in sorted(found.items()):
        _, rx, edit, with_text, at_word = _RULES[i]
        matches = (m for m in map(lambda at: rx.match(text, at), starts) if m) if at_word \
            else rx.finditer(text)
        for m in matches:
            edits.extend(edit(m, text) if with_text else edit(m))
    return apart(edits)


def read_custody_told(text: str, below: Callable[[str], list[Figure]],
                      read: Callable[[str], list[Figure]]) -> list[Figure]:
    """The figures of ``text`` with each construction of custody, a fall or lasting harm
    written in the rules' words (``read`` on the rewritten text, carried back), or
    ``below(text)`` when it holds none."""
    edits = custody_edits(text)
    if not edits:
        return below(text)
    told = told_with(text, edits)
    as_written = below(text)
    # (the rewritten text is read only up to the end of the last rewritten sentence: the
    # figures after it are the text as written's)
    last_end = edits[-1][1] + sum(len(new) - (b - a) for a, b, new in edits)
    end = _SENTENCE_CLOSE.search(told[0], last_end)
    ported = [b for a, b, new in edits if new == "detained" and _TAKEN_TO_NAMED.match(text, a)]
    if end and ported and ported[-1] == edits[-1][1]:
        # (round en191) a part of those taken to a port may follow in the next sentence
        end = _SENTENCE_CLOSE.search(told[0], end.end())
    found = carry_told(text, told, read(told[0][:end.end() if end else len(told[0])]),
                       as_written)
    # only the figures of the words rewritten are the rewriting's: elsewhere the text as
    # written is read (a holding told as "detained" must not become the arrest a release
    # after it points back to)
    found = [f for f in found if _same_sentence(text, f, edits) or (
        ported and _part_after_port(text, f, ported))]
    held = [a for a, _, new in edits if new.split(" ", 1)[0] in _HELD_WORDS]
    if held:
        # the text as written reads who holds from more than the story's last word: its
        # reading of a holding stands ("The other seven were held" after a kidnapping)
        first = first_overlap(as_written)
        found = [(first(f) or f) if _holds_one(f, held) else f for f in found]
    # a figure only the text as written gives is kept: a rewriting must never cost one
    # (each figure is looked up in the others by its span: a report of many holdings
    # compared every figure with every other)
    overlaps = first_overlap(found)
    kept = [g for g in as_written if overlaps(g) is None]
    if not kept:
        return found
    return sorted((*found, *kept), key=lambda f: (int(str(f["start"])), int(str(f["end"]))))


def _holds_one(f: Figure, held: list[int]) -> bool:
    start, end = span_of(f)
    i = bisect_left(held, start)
    return i < len(held) and held[i] < end


def first_overlap(figures: list[Figure]) -> Callable[[Figure], Figure | None]:
    """A look-up of the first of ``figures`` (in their order) whose span overlaps a given
    figure's, by one pass over them sorted by start and a running furthest end."""
    spans = [span_of(g) for g in figures]
    if any(a > b for a, b in pairwise(spans)):
        return lambda f: next((g for g in figures if _overlap(f, g)), None)
    ends: list[int] = []
    for _, end in spans:
        ends.append(max(end, ends[-1]) if ends else end)

    def first(f: Figure) -> Figure | None:
        start, end = span_of(f)
        i = bisect_right(ends, start)
        return figures[i] if i < len(figures) and spans[i][0] < end else None
    return first


def _same_sentence(text: str, f: Figure, edits: list[Edit]) -> bool:
    """Whether figure ``f`` touches an edit or ends before one in its sentence ("Two men
    among the new arrivals had gunshot wounds"). ``edits``: sorted and apart, so only the
    last edit starting by its end and the first after it need a look."""
    start, end = int(str(f["start"])), int(str(f["end"]))
    i = bisect_right(edits, (end, float("inf"), ""))
    if i and start <= edits[i - 1][1]:
        return True
    if i == len(edits):
        return False
    marks = _sentence_marks(text)
    j = bisect_left(marks, end)
    return j == len(marks) or marks[j] >= edits[i][0]


@lru_cache(maxsize=2)
def _sentence_marks(text: str) -> list[int]:
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def _overlap(f: Figure, g: Figure) -> bool:
    return int(str(f["start"])) < int(str(g["end"])) and (
        int(str(g["start"])) < int(str(f["end"])))
