"""English probes, round en223 (issue 11): an armed taker's "holds" of a bare count is the
people held; a body's "holds" of its members is no captivity; a part of the captives set off
by an aside ("Two of the pupils, both aged 12, escaped") is still a part of them.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

# An armed taker's present (or past) "holds" of a bare count, held somewhere or hostage.
CAPTOR_HOLDS = [
    ("Gunman holds 14 at bank branch in Lorvak, surrenders", [("holds 14", "captured", 14)]),
    ("Armed man holds 6 in Varna pharmacy", [("holds 6", "captured", 6)]),
    ("Kidnappers hold 20 in forest camp, demand ransom", [("hold 20", "captured", 20)]),
    ("Attacker holds 9 inside post office, police say", [("holds 9", "captured", 9)]),
    ("Gunman holding 14 at bank branch surrenders", [("holding 14", "captured", 14)]),
    ("Pirates hold 18 hostage off Kessa coast", [("hold 18", "captured", 18)]),
    ("A masked man held 14 at the Kessa branch for six hours before he gave himself up.",
     [("held 14", "captured", 14)]),
]


@pytest.mark.parametrize(("text", "want"), CAPTOR_HOLDS)
def test_captor_holds_bare_count(text: str, want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want


# No armed taker, or a membership: nothing held (the police's suspects stay arrested).
HOLDS_NO_CAPTIVES = [
    ("Club holds 300 members meeting in Tarso", []),
    ("The club holds 300 members in its register.", []),
    ("The party holds 120 members in the assembly.", []),
    ("Swimmer holds 14 records after Tarso meet", []),
    ("Swimmer holds 14 at nationals", []),
    ("Lions hold 14-man Tigers at home", []),
    ("Police hold 3 suspects over Tarso bank robbery", [("hold 3 suspects", "arrested", 3)]),
    # members held by an armed taker stay captives
    ("Gunmen storm church in Oru, hold 40 members of the choir",
     [("hold 40 members of the choir", "captured", 40)]),
    ("The rebels hold 12 soldiers.", [("hold 12 soldiers", "captured", 12)]),
    ("The rebels still hold five crew members of the tanker.",
     [("hold five crew members of the tanker", "captured", 5)]),
]


@pytest.mark.parametrize(("text", "want"), HOLDS_NO_CAPTIVES)
def test_holds_without_captor_or_of_members(text: str,
                                            want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want
