"""Two people named with their ages between a count and its verb (round en100).

A count of two is often followed by the two names, each with its age set off by commas,
before the verb: "Two young men, Sibusiso Dlamini, 19, and Mandla Shongwe, 23, have been
missing", "the two men, Osvaldo Pires, 31, and his cousin Ricardino Pires, 24, had been
arrested". The names say who the counted people are, as "A nurse, Mary Otieno, 41, was
killed" names its one person (read since round 53), so the verb after them is the count's.
The second name may carry a word of kinship ("his cousin"); the ages are optional, the
commas around each name are not.
"""

from __future__ import annotations

_NAME = r"(?:[A-Z][\w'’\-]*\s+){1,3}[A-Z][\w'’\-]*"
_AGE = r"(?:\s*\d{1,2}\s*,)?"
_KIN = r"(?:(?:his|her|their)\s+[a-z]+\s+)?"

# The gap between the count's noun and its verb: ", NAME, AGE, and KIN NAME, AGE,".
NAMED_PAIR = rf"\s*,\s*{_NAME}\s*,{_AGE}\s+and\s+{_KIN}{_NAME}\s*,{_AGE}"
