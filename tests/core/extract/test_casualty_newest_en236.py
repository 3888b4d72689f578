"""Round en236: casualties and dates of the newest sets' kinds of story.

A subject's "including" list before its verb ("Nine people, including two women and a boy
of six, were treated ..."), people evicted by a force and "the eviction of" people told as
done, a headline's "held" after demolitions, counts of acts in a tally ("11 beatings and 23
villagers arrested"), a count's people before a relative with no "that", and a month ahead
of a promise or a retirement. Probes are invented sentences in the style of news; the
near-misses must stay unread.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _casualties(text: str, published: str | None = None) -> list[tuple[str, int, str | None]]:
    return [(c["outcome"], c["count_low"], c["group"])
            for c in extract(text, published, language="en")["casualties"]]


def _dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(d["text"], d["value"]) for d in extract(text, published, language="en")["dates"]]


# ---- parts in a subject's "including" list, before the whole's verb
@pytest.mark.parametrize(("text", "parts"), [
    ("Nine people, including two women and a boy of six, were treated at the district"
     " hospital in Kabwe for burns after the attack.",
     [("wounded", 2, "women"), ("wounded", 1, "boy")]),
    ("At least 14 villagers, including three children, an elderly man and two teenagers,"
     " were wounded in the raid.",
     [("wounded", 3, "children"), ("wounded", 1, "elderly man"), ("wounded", 2, "teenagers")]),
    ("Eleven miners, including two engineers and a foreman, were killed when gunmen stormed"
     " the camp.",
     [("killed", 2, "engineers"), ("killed", 1, "foreman")]),
    ("Twenty-two protesters, including four students and a teacher, were arrested outside"
     " the ministry on Friday.",
     [("arrested", 4, "students"), ("arrested", 1, "teacher")]),
    ("Seven passengers, including a nurse and two children, were treated at the clinic in"
     " Marandu for cuts after the bus was stoned.",
     [("wounded", 1, "nurse"), ("wounded", 2, "children")]),
])
def test_including_list_parts(text: str, parts: list[tuple[str, int, str | None]]) -> None:
    found = _casualties(text)
    for part in parts:
        assert part in found


@pytest.mark.parametrize(("text", "absent"), [
    # things in the list, no people
    ("Twelve houses, including four shops and a school, were burned.", ["shops", "school"]),
    # a name in the list has no count of its own
    ("Six people, including Tomas Varga, were wounded in the blast.", ["Tomas"]),
    # the aside closes on an attribution, no verb of the subject
    ("Ten people, including three guards, police said on Monday, left the compound.",
     ["guards"]),
])
def test_including_list_near_misses(text: str, absent: list[str]) -> None:
    groups = [g or "" for _, _, g in _casualties(text)]
    for word in absent:
        assert not any(word in g for g in groups)


# ---- evictions by a force, "the eviction of" told as done, and a headline's "held"
@pytest.mark.parametrize(("text", "figure"), [
    ("Riot police and soldiers evicted about 300 members of a farmers' union from the estate"
     " on Monday.", ("displaced", 300, "members of a farmers' union")),
    ("Troops forcibly evicted some 1,200 villagers from the forest reserve.",
     ("displaced", 1200, "villagers")),
    ("Police evicted 450 squatters from the railway land at dawn.",
     ("displaced", 450, "squatters")),
    ("The court declared unlawful the eviction of about 3,500 people from the Kibera-Juu"
     " settlement in January.", ("displaced", 3500, "people")),
    ("Rights groups condemned the eviction of 1,200 families from the riverbank on Tuesday.",
     ("displaced", 1200, "families")),
    ("The eviction of some 800 villagers from the forest last year drew protests.",
     ("displaced", 800, "villagers")),
    ("Harare demolitions leave hundreds homeless; 40 protesters held",
     ("arrested", 40, "protesters")),
    ("Market razed in Kano, 12 traders held", ("arrested", 12, "traders")),
])
def test_evictions_and_headline_held(text: str, figure: tuple[str, int, str]) -> None:
    assert figure in _casualties(text)


@pytest.mark.parametrize("text", [
    "The landlord evicted two tenants last year.",
    "The court halted the eviction of 300 families.",
    "The court blocked the planned eviction of 300 families in June.",
    "Residents fear the eviction of 300 families in May.",
    "The council ordered the eviction of 300 families last week.",
    "The eviction of 300 families is due in May.",
    "Town council approves budget; 50 projects held",
])
def test_eviction_near_misses(text: str) -> None:
    assert _casualties(text) == []


# ---- counts of acts in a tally are no people
@pytest.mark.parametrize(("text", "kept", "act"), [
    ("Researchers recorded 11 beatings and at least 23 villagers arrested by rangers.",
     ("arrested", 23, "villagers"), "beatings"),
    ("Police recorded 12 stabbings and 5 people arrested over the weekend.",
     ("arrested", 5, "people"), "stabbings"),
    ("The monitors logged 9 robberies and 14 traders wounded in the market.",
     ("wounded", 14, "traders"), "robberies"),
    ("11 documents and 23 villagers were arrested, the report said.",
     ("arrested", 23, "villagers"), "documents"),
])
def test_counted_acts_dropped(text: str, kept: tuple[str, int, str], act: str) -> None:
    found = _casualties(text)
    assert kept in found
    assert not any(g == act for _, _, g in found)


def test_counted_people_in_tally_kept() -> None:
    found = _casualties("Researchers recorded 11 women and 23 men arrested by rangers.")
    assert ("arrested", 11, "women") in found
    assert ("killed", 11, "murders") in _casualties("The gang was responsible for 11 murders.")
    assert ("arrested", 1, "member of parliament") in _casualties(
        "At least 40 people were arrested, including six journalists and a member of"
        " parliament.")


# ---- a count's people before a relative with no "that"
@pytest.mark.parametrize(("text", "figure"), [
    ("The prosecutor said that two of the poachers the syndicate hired were shot dead by"
     " rangers in July.", ("killed", 2, "the poachers")),
    ("Three of the men the gang recruited were arrested on Monday.", ("arrested", 3, "the men")),
    ("Four guards the company hired were wounded in the ambush.", ("wounded", 4, "guards")),
    ("Five of the fighters the militia sent were killed near the bridge.",
     ("killed", 5, "the fighters")),
])
def test_reduced_relative(text: str, figure: tuple[str, int, str]) -> None:
    assert figure in _casualties(text)


@pytest.mark.parametrize("text", [
    "Two of the houses the army shelled were destroyed.",
    "Five of the people treated were under 16.",
    "Three of the trucks the company hired were stolen.",
])
def test_reduced_relative_near_misses(text: str) -> None:
    assert _casualties(text) == []


# ---- a month ahead of a promise, or in a timetable's present
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("He retires in August, after a last season on the border.", "2026-03-21",
     ("August", "2026-08")),
    ("The commander retires in January.", "2026-10-02", ("January", "2027-01")),
    ("The report had been promised before the end of the session in April, she said.",
     "2026-03-05", ("April", "2026-04")),
    ("The government promised a report by April.", "2026-03-05", ("April", "2026-04")),
    ("The minister had pledged a new clinic by June.", "2026-03-05", ("June", "2026-06")),
    ("A donor promised new generators by September.", "2026-07-08",
     ("September", "2026-09")),
])
def test_month_ahead(text: str, published: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text, published)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("He retired in August.", "2026-03-21", ("August", "2025-08")),
    ("The minister promised in April to build a road.", "2026-03-05", ("April", "2025-04")),
    ("The minister promised that roads damaged before April would be repaired.",
     "2026-03-05", ("April", "2025-04")),
    ("The bill passed before April.", "2026-03-05", ("April", "2025-04")),
])
def test_month_behind_near_misses(text: str, published: str,
                                  expected: tuple[str, str]) -> None:
    assert expected in _dates(text, published)
