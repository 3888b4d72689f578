"""(round ar173) A time or a medium set off by commas between an official's name in commas
and the verb's object: "أعلن وزير الداخلية، اللواء فلان، مساء الخميس، اعتقال ..."،
"ونفى محافظ المدينة، فلان الفلاني، في بيان، وجود ...".

The title, the name in commas and then the object were read as one speaker and an object
("ونفى قائد شرطة المدينة، العميد فلان، وجود ..."); with an adverbial of its own between
the name and the object the object was not found there, and the time or the medium opened
the words. Where the adverbials the speaker phrase already skips ("مساء الخميس"، "في
بيان"، "اليوم") end in a comma, the object starts after that comma, as it does after the
name.
"""

from __future__ import annotations

from .statement_object_subject import _COMMAS
from .statement_speaker_end import _skip_adverbials
from .tokens import Token


def object_after_name(toks: list[Token], q: int, sb: int) -> int:
    """Where the verb's object may start after the comma ``q`` that closes a name: right
    after it, or after the adverbials there when a comma closes them."""
    o = _skip_adverbials(toks, q, sb)
    return o if q + 1 < o < sb and toks[o - 1].w in _COMMAS else q + 1
