"""Round en238: numbers that count no one dead, and dates told ahead by a plan.

A state's adjective that is one noun's ("two of the dead man's cousins"), an age in an
apposition ("a corporal of 24, died"), a crowd that lines a street for a funeral, a clause
ahead whose object has a relation's participle before the month ("will hear a case linked
to the militia in January"), and a trip told in the present after a fronted day ("On Monday
he flies to Goma"). Probes are invented sentences in the style of news; the near-misses
must keep their older reading.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _casualties(text: str, published: str | None = None) -> list[tuple[str, int, str | None]]:
    return [(c["outcome"], c["count_low"], c["group"])
            for c in extract(text, published, language="en")["casualties"]]


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(d["text"], d["value"]) for d in extract(text, published, language="en")["dates"]]


# ---- a state's adjective that is one noun's: the count is of what that noun has
@pytest.mark.parametrize("text", [
    "Police held two of the dead man's brothers for questioning.",
    "Militiamen beat four of the wounded soldier's relatives at the checkpoint.",
    "The patrol questioned three of the missing boy's classmates on Sunday.",
    "Officers interviewed five of the slain trader's neighbours in Kasoro.",
])
def test_possessive_after_state_counts_no_toll(text: str) -> None:
    assert not any(o == "killed" or o == "wounded" for o, _n, _g in _casualties(text))


@pytest.mark.parametrize(("text", "want"), [
    ("Two of the dead were shot at close range.", ("killed", 2, None)),
    ("Police said three of the wounded were in a critical condition.", ("wounded", 3, None)),
])
def test_state_whole_still_reads(text: str, want: tuple[str, int, None]) -> None:
    assert want in _casualties(text)


# ---- an age after "a <noun> of" in an apposition: the figure is the one noun
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Two soldiers were wounded. One of them, a sergeant of 31, died in hospital.",
     ("killed", 1, "sergeant"), 31),
    ("The gunmen shot two herders. The older, a man of 60, died at the scene.",
     ("killed", 1, "man"), 60),
    ("Four miners were trapped. The youngest, a boy of 17, died before rescuers reached"
     " him.", ("killed", 1, "boy"), 17),
    ("Three guards were hurt. One of them, a private of 22, died on Tuesday.",
     ("killed", 1, "private"), 22),
])
def test_age_in_apposition_is_one(text: str, want: tuple[str, int, str], not_want: int) -> None:
    found = _casualties(text)
    assert want in found
    assert not any(n == not_want for _o, n, _g in found)


# ---- a crowd at a funeral or a homecoming is not the dead
@pytest.mark.parametrize("text", [
    "Thousands of people lined the road as the coffin of Private Kofi Mensah-Adu, the"
    " soldier who died in Mali last month, was carried to the cemetery.",
    "Hundreds of residents gathered in the square as the body of Sergeant Ama"
    " Owusu-Bediako, who was killed in an ambush near Gao, arrived from the airport.",
    "Dozens of villagers watched as the remains of the pilot who was killed were flown"
    " home.",
    "Hundreds of mourners thronged the church where the body of the guard who died in the"
    " raid lay.",
])
def test_crowd_is_no_toll(text: str) -> None:
    assert not any(n >= 12 for _o, n, _g in _casualties(text))


@pytest.mark.parametrize(("text", "want"), [
    ("Hundreds of people were killed as the army shelled the town.", ("killed", 200, "people")),
    ("Dozens of people watched as the bodies of the two fishermen who drowned were brought"
     " ashore.", ("killed", 2, "fishermen")),
    ("Hundreds of people gathered in the square, where 12 were killed by a bomb.",
     ("killed", 12, None)),
    ("Dozens of wounded people filled the corridors of the clinic.",
     ("wounded", 24, "wounded people")),
    ("Gunmen torched the settlement. About 1,500 residents packed up and went to Dori.",
     ("displaced", 1500, "residents")),
])
def test_toll_beside_crowd_still_reads(text: str, want: tuple[str, int, str | None]) -> None:
    assert want in _casualties(text)


# ---- a clause ahead, its object with a relation's participle before the month
@pytest.mark.parametrize(("text", "value"), [
    ("The tribunal will hear a third appeal related to the same families in February.",
     "2027-02"),
    ("The board will review complaints linked to the mine in March.", "2027-03"),
    ("Prosecutors will question two men tied to the smuggling ring in January.", "2027-01"),
    ("The commission will audit firms connected with the governor in January.", "2027-01"),
])
def test_relation_participle_keeps_ahead(text: str, value: str) -> None:
    assert _dates(text, "2026-10-15")[-1][1] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The court will hear a case filed in January.", "2026-01"),
    ("The court heard a case linked to the militia in January.", "2026-01"),
    ("The suspect was linked to the militia in January.", "2026-01"),
])
def test_relation_near_misses_stay_back(text: str, value: str) -> None:
    assert _dates(text, "2026-10-15")[-1][1] == value


# ---- a trip told in the present after a fronted day is a plan
@pytest.mark.parametrize(("text", "value"), [
    ("On Monday she flies to Kinshasa again.", "2026-10-19"),
    ("On Friday he travels to Juba for talks.", "2026-10-16"),
    ("On Tuesday Ms Achieng flies to Nairobi.", "2026-10-20"),
    ("On Saturday they travel to the border for talks.", "2026-10-17"),
])
def test_fronted_day_trip_ahead(text: str, value: str) -> None:
    assert _dates(text, "2026-10-15")[0][1] == value


@pytest.mark.parametrize(("text", "value"), [
    ("On Monday she flew to Kinshasa.", "2026-10-12"),
    ("On Monday he said he travels often.", "2026-10-12"),
    ("On Tuesday the army shelled the town.", "2026-10-13"),
])
def test_fronted_day_past_stays_back(text: str, value: str) -> None:
    assert _dates(text, "2026-10-15")[0][1] == value
