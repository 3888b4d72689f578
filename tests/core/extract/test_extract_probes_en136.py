"""Probes of English round 136 (issue 11): the construction rather than the words.

The displaced told by leaving for a place or abandoning what they own, people held told by
their holders in the active (past a possessive, as a crew of a number, by the police), a
toll told again in the body with a verb of taking, and fates told later (never found, one
more of the wounded dead, arrests put at a number) are read through
``casualty_told_again.py``. ``READ`` are probes the engine reads (family, text, outcome,
count), ``UNREAD`` those it still leaves, ``LOOKALIKES`` give no figure of their count (or
no displaced figure where the count is None). Every sentence is fictional; names and places
are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

READ = [
    # the displaced told by leaving, with a destination or an object
    ("Armed men raided Tobe at dawn and burned the market. By evening about 180 families"
     " had left for Kisa.", "displaced", 180),
    ("The militia shelled the hills for two days. Nearly 2,000 villagers left for the"
     " lakeside town of Ombo.", "displaced", 2000),
    ("After the massacre, some 350 households have left for the provincial capital.",
     "displaced", 350),
    ("Fighting closed the road on Friday. Around 75 families have abandoned their cattle and"
     " crops.", "displaced", 75),
    ("Jihadists attacked the commune twice in March. More than 400 farmers abandoned their"
     " plots.", "displaced", 400),
    ("Gunmen torched the settlement. About 1,500 residents packed up and went to Dori.",
     "displaced", 1500),
    ("After the raids, hundreds of families headed for the border with their animals.",
     "displaced", 200),
    ("The clashes spread to Mabu. Some 60 households set off for the district capital on"
     " foot.", "displaced", 60),
    ("Bandits killed three herders at Kuru. Dozens of families have headed to the town"
     " since.", "displaced", 24),
    ("Insurgents overran the garrison. The UN school already held 300 people, and 500 more"
     " have moved there.", "displaced", 500),
    ("The bombing destroyed the bridge. About 800 civilians had abandoned their"
     " neighbourhood by nightfall.", "displaced", 800),
    ("Rebels shelled the market. At least 120 families left for relatives in Goma.",
     "displaced", 120),
    ("Rebels burned Oti on Sunday. By Tuesday some 70 families had packed up and left.",
     "displaced", 70),
    # people held, told by the holder in the active
    ("The kidnappers are holding its six crew members somewhere in the delta.", "captured", 6),
    ("Al-Shabaab holds at least 14 police officers, the governor said.", "captured", 14),
    ("The gang is holding two foreign engineers for ransom.", "captured", 2),
    ("The militia continues to hold their 30 workers at the mine.", "captured", 30),
    ("Gendarmes are holding 25 students after the protest.", "arrested", 25),
    ("Police were holding about 60 demonstrators at the central station.", "arrested", 60),
    ("Hijackers have been holding a crew of nine since Tuesday.", "captured", 9),
    # fates told later
    ("Gunmen abducted 11 farmers last year. Seven were freed, but three have never been"
     " traced.", "missing", 3),
    ("The rebels kidnapped a dozen fishermen in May; four were never located.", "missing", 4),
    ("A suicide bomber wounded nine soldiers. A third wounded soldier has died, the army"
     " said.", "killed", 1),
    ("Police fired on marchers, wounding 12. Another injured protester died in hospital on"
     " Sunday.", "killed", 1),
    ("Protests swept the capital. Human rights groups put detentions at 1,140.",
     "arrested", 1140),
    ("Riots broke out after the vote. The tally of arrests reached 230 on Monday.",
     "arrested", 230),
    ("Security forces broke up the rallies; the detention count stood at 95.", "arrested", 95),
    ("The crackdown went on. A monitoring group puts arrests at more than 600.",
     "arrested", 600),
]

UNREAD = [
    # the crew after another object of the verb
    ("Pirates still hold the tanker and its crew of 21.", "captured", 21),
    # a load told between the people and their leaving
    ("Militiamen burned homes in Kaya. About 60 families loaded their goats on trucks and"
     " left for the hills.", "displaced", 60),
    # a partitive of the wounded
    ("A bomb hit the bus. Another of the wounded passengers died overnight.", "killed", 1),
]

# about 700 characters of a village's economy, with no word of violence
_CALM = ("The mayor says the harvest was poor and the prices of seed and fuel rose again."
         " The co-operative sold less wine than in any year since it was founded. ") * 5

LOOKALIKES = [
    ("The minister left for Geneva after the attack, and 40 delegates left for Rome.", 40),
    ("Fighting resumed. About 300 fans left for the stadium before the match.", 300),
    ("Rebels attacked a convoy. In August, 90 families left for the holidays.", 90),
    ("Gunmen attacked a bus. The 12 donors abandoned their plan to rebuild the school.", 12),
    ("Some 40 families moved there for work in the mines.", 40),
    ("The party holds 18 seats after the vote.", 18),
    ("Rebels attacked the town. The council holds a meeting of 40 elders on Monday.", 40),
    ("The ceasefire held in the north, where 12 villages were rebuilt.", 12),
    ("Gunmen shot a guard. Prosecutors said four other members of the gang were never"
     " found.", 4),
    ("Militants attacked the garrison. Around 50 fighters left for the front.", 50),
    ("Two hundred voters went to the polls after the clashes.", 200),
    ("Rebels attacked a convoy. After the final, 300 fans packed up and left.", 300),
    ("A bomb hit the market. Three soldiers were left for dead.", None),
    # emigration told a page after the violence: no flight
    ("Gunmen attacked a bus near Varo in 2019. " + _CALM
     + "Fourteen young families have left for Italy since 2022.", None),
]


@pytest.mark.parametrize(("text", "outcome", "count"), READ)
def test_construction_is_read(text: str, outcome: str, count: int) -> None:
    assert any(o == outcome and n == count for _, o, n in short_figures(text))


@pytest.mark.parametrize(("text", "outcome", "count"), UNREAD)
def test_construction_left_unread(text: str, outcome: str, count: int) -> None:
    assert not any(o == outcome and n == count for _, o, n in short_figures(text))


@pytest.mark.parametrize(("text", "count"), LOOKALIKES)
def test_lookalike_gives_no_figure(text: str, count: int | None) -> None:
    figures = short_figures(text)
    if count is None:
        assert not any(o == "displaced" for _, o, _ in figures)
    else:
        assert not any(n == count for _, _, n in figures)


def test_police_holding_suspects_stay_arrested() -> None:
    assert short_figures("The police are holding 12 suspects.") == [
        ("holding 12 suspects", "arrested", 12)]


def test_holding_told_by_the_police_as_a_source_stays_a_capture() -> None:
    text = "Police say the gunman is holding six people in the bank."
    assert [o for _, o, n in short_figures(text) if n == 6] == ["captured"]


def test_arrest_toll_is_no_death_toll() -> None:
    text = "Protests continued for a week. The arrest toll stood at 312."
    assert [o for _, o, n in short_figures(text) if n == 312] == ["arrested"]


def test_toll_told_again_in_the_body_keeps_both_mentions() -> None:
    text = ("Gunmen abduct 23 bus passengers\n\nGunmen stopped a bus on Monday and took 23"
            " passengers into the forest, police said.")
    assert [o for _, o, n in short_figures(text) if n == 23] == ["captured", "captured"]
