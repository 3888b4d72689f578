"""A body's appeal in the first person inside its own briefing or statement (round en161).

A press briefing or a statement is written in the voice of the body that issues it:
"Press briefing notes ... Spokesperson for the UN Human Rights Office: ... We call on the
authorities to release everyone detained." The "we" outside quotation marks is the
writer's own voice, which the engine gives to nobody (a letter or a homily is no one's
statement); when the paper's heading names the issuing body, the appeal is that body's,
as the later sets' gold reads it ("We call on ..." and "We urge ..." to the UN Human
Rights Office, to UNHCR). Only the appeals (call on, urge, ask, appeal to) are given: "We
are deeply concerned" is a feeling, and the sets leave the other first-person sentences
of a release unread.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_QUALIFIERS = frozenset(EN.RELEASE_PAPER_QUALIFIERS) | {"the"}
# Only the paper's heading names the body: the first lines.
_HEADING_REACH = 400
_BODY = r"(?P<body>(?:the\s+)?[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|of|for|on|and|the)){0,8})"


@cache
def _heading_bodies() -> tuple[re.Pattern[str], ...]:
    papers = alt(EN.RELEASE_PAPERS)
    return tuple(re.compile(p) for p in (
        # "Spokesperson for the UN Human Rights Office (OHCHR): Ines Carvalho"
        rf"[Ss]pokes(?:person|man|woman)\s+for\s+{_BODY}(?:\s*\([A-Z]{{2,10}}\))?\s*:",
        # "UN Human Rights Office press briefing notes", "UNICEF statement"
        rf"(?:^|\n){_BODY}[ \t]+(?i:{papers})[ \t]*(?:\n|$|:)",
        # "Press briefing notes: Belarus\nUN Human Rights Office\nSpokesperson: ..."
        rf"\n{_BODY}[ \t]*\n[ \t]*[Ss]pokes(?:person|man|woman)\s*:",
        # "Statement by the Red Lantern Society", "STATEMENT OF THE VERACRUZ UNION ..."
        rf"(?:^|\n)(?i:{papers})[ \t]+(?i:by|of|from)[ \t]+"
        r"(?P<body>[^\n,:]{3,80}?)[ \t]*(?:\n|,|:|$)",
        # "what was said by UNHCR spokesperson Amira Haddad"
        rf"said\s+by\s+{_BODY}\s+spokes(?:person|man|woman)\b"))


@cache
def _appeal_before() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|[\s.])(?:We|we)[ \t]+(?:(?:{alt(EN.RELEASE_APPEAL_ADVERBS)})[ \t]+)?"
        rf"(?:{alt(EN.RELEASE_APPEAL_VERBS)})[ \t]+$")


# "Statement by Save the Farmers on the blockade": the paper's subject after its issuer.
_TOPIC_AFTER = re.compile(r"\s+(?:on|about|regarding|concerning)\s+(?:the\s+|[a-z])")


@cache
def _issuer_lead() -> re.Pattern[str]:
    """A release's heading or first sentence that opens on its issuer, a body by the head
    of its name, and goes on with its verb: "Education Alliance condemns attacks ...",
    "GENEVA (12 March) - The Kessa Relief Council said ..." (round en164)."""
    heads = alt(w[:1].upper() + w[1:] for w in EN.BODY_DESCRIPTION_HEADS)
    return re.compile(
        r"(?:^|\n)[ \t]*(?:[A-Z][A-Z .'/\-]{2,}(?:,[^\n,\-–—]{1,30})?(?:[ \t]*\([^)\n]{1,30}\))?"
        r"[ \t]*(?:--|-|—|–)[ \t]+)?"
        rf"(?P<body>(?:The[ \t]+)?(?:[A-Z][\w'’.\-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)?){{0,6}}"
        rf"(?:{heads}))[ \t]+[a-z]")


def release_body(text: str) -> str | None:
    """The body whose briefing or statement ``text`` is, as its heading names it, or as
    its heading or first sentence opens on it."""
    reach = min(len(text), _HEADING_REACH)
    for pattern in _heading_bodies():
        for m in pattern.finditer(text, 0, reach):
            body = m["body"].strip()
            if topic := _TOPIC_AFTER.search(body):
                body = body[:topic.start()]
            if any(w.lower() not in _QUALIFIERS for w in body.split()):
                return body
    lead = _issuer_lead().search(text, 0, reach)
    return lead["body"] if lead else None


def give_appeals_to_body(text: str, out: list[dict[str, object]]) -> None:
    """In place: a first-person appeal ("We call on X to ...") of a briefing or statement
    whose heading names the issuing body takes that body as speaker."""
    appeals = [o for o in out if o["speaker"] in ("We", "we") and _appeal_before().search(
        text, max(0, int(o["start"]) - 30), int(o["start"]))]  # type: ignore[call-overload]
    if not appeals:
        return
    body = release_body(text)
    if body is None:
        return
    for o in appeals:
        o["speaker"] = body
