"""Probes of English round 127 (issue 11): figures told as a state or a movement.

The state perturbation bench (``bench/blind/perturb_state.py``) tells the displaced, the
captured and the missing of the blind sets as news tells them a day later: people who
"remain displaced", "have been driven from" a place, "are still being held", "remain in
captivity", "have not been seen since", "remain unaccounted for". Each family below holds
probes written for this round, varied as news is; ``READ`` are those the engine reads, each
with its outcome and count, ``UNREAD`` those it still leaves (kept so that the count of
what it reads is measured, and a later change that reads one moves it). Look-alikes give no
figure of the outcome they resemble. Every sentence is fictional; names and places are
invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

READ = [
    # (round en144: a count in apposition is read past the phrase after its head)
    ("The others, 12 men from Sarn, have not been seen since.", "missing", 12),
    # (round en131: "sought" ends the people's phrase)
    ("Nearly 900 people sought refuge in the provincial capital after the shelling.",
     "displaced", 900),
    ("More than 3,000 people remain displaced after the clashes in Varn.",
     "displaced", 3000),
    ("Some 1,200 villagers have fled their homes since the raid on Osk.",
     "displaced", 1200),
    ("At least 400 families have been forced from their homes in Telmar district.",
     "displaced", 400),
    ("About 2,000 residents were driven from the area after gangs torched the market.",
     "displaced", 2000),
    ("An estimated 6,500 people have sought refuge in nearby towns, the agency said.",
     "displaced", 6500),
    ("Some 15,000 people are still displaced, the UN office said.",
     "displaced", 15000),
    ("More than 700 families have fled to the hills above Korvo.",
     "displaced", 700),
    ("Around 5,000 villagers fled into the forest when the rebels arrived.",
     "displaced", 5000),
    ("Thousands of residents have been driven from Ebla since Monday.",
     "displaced", 2000),
    ("At least 12,000 people had been forced out of their homes by Friday.",
     "displaced", 12000),
    ("The agency said 3,400 people displaced by the fighting were staying in schools.",
     "displaced", 3400),
    ("Some 800 displaced people were registered at the camp in Tarn.",
     "displaced", 800),
    ("More than 600 people have taken refuge in churches in Sarn.",
     "displaced", 600),
    ("At least 9,000 people have fled across the border into Narovia.",
     "displaced", 9000),
    ("Hundreds of families remain displaced a year after the attack on Obel.",
     "displaced", 200),
    ("Some 4,000 people who fled the fighting are living in tents outside Korvo.",
     "displaced", 4000),
    ("Local leaders say 1,500 residents have abandoned their homes in Dunmore.",
     "displaced", 1500),
    ("Dozens of families were forced to flee Varn after the attack.",
     "displaced", 24),
    ("The fighting has forced some 7,000 people from their homes.",
     "displaced", 7000),
    ("More than 20,000 people have been uprooted by the violence, the agency said.",
     "displaced", 20000),
    ("An estimated 3,000 people have sought refuge with host families in Tarn.",
     "displaced", 3000),
    ("At least 350 people have been driven from their villages since Sunday.",
     "displaced", 350),
    ("About 1,100 people fled their homes in Osk overnight.",
     "displaced", 1100),
    ("Around 800 families had been displaced by Tuesday, officials said.",
     "displaced", 800),
    ("Tens of thousands of people remain displaced across the province.",
     "displaced", 20000),
    ("More than 5,000 people have fled Korvo and the villages around it.",
     "displaced", 5000),
    ("Some 3,000 villagers who were driven from the valley are living in tents.",
     "displaced", 3000),
    ("About 500 families had been forced out of Korvo by the end of the week.",
     "displaced", 500),
    ("Gunmen stormed a school in Osk on Monday. Twelve pupils are still being held.",
     "captured", 12),
    ("Kidnappers seized a bus on the Tarn road last week. Nine passengers remain in captivity.",
     "captured", 9),
    ("Two aid workers are still held by armed men in Varn, the charity said.",
     "captured", 2),
    ("Three engineers remain in the hands of the gunmen who attacked the site.",
     "captured", 3),
    ("Bandits raided Ebla on Friday and are still holding 14 villagers.",
     "captured", 14),
    ("Of those abducted in the raid, seven remain in captivity.",
     "captured", 7),
    ("Rebels still hold 20 soldiers captured near Sarn.",
     "captured", 20),
    ("The militants are holding four foreign workers, the company said.",
     "captured", 4),
    ("Two journalists kidnapped in March are still in the hands of their captors.",
     "captured", 2),
    ("A priest abducted last month remains in captivity, the diocese said.",
     "captured", 1),
    ("At least 30 people abducted on the highway are still being held by the gang.",
     "captured", 30),
    ("Five hostages remain in the hands of the kidnappers, police said.",
     "captured", 5),
    ("The gang is still holding 11 farmers seized near Korvo.",
     "captured", 11),
    ("Gunmen attacked the village of Dunmore. Eight women are still held by the attackers.",
     "captured", 8),
    ("A nurse has been held by gunmen since June.",
     "captured", 1),
    ("Four of the abducted students remain in captivity.",
     "captured", 4),
    ("Pirates are still holding 19 crew members of the tanker.",
     "captured", 19),
    ("Twenty-three passengers have been in captivity since the attack on the train.",
     "captured", 23),
    ("Three Indian drivers have been held hostage since May.",
     "captured", 3),
    ("Militants are believed to be holding at least 40 villagers in the forest.",
     "captured", 40),
    ("Kidnappers attacked a convoy on Sunday. Six workers are still in captivity.",
     "captured", 6),
    ("Six workers seized by gunmen on Sunday remain unaccounted for.",
     "captured", 6),
    ("Insurgents are still holding two pilots whose helicopter came down near Tarn.",
     "captured", 2),
    ("Armed men abducted 17 people in Osk; 10 of them remain in the hands of their abductors.",
     "captured", 10),
    ("Separatists have held 12 soldiers since an ambush in Varn.",
     "captured", 12),
    ("The rebels said they were holding 35 government soldiers.",
     "captured", 35),
    ("Kidnappers seized 21 students at dawn. The students are still held in the forest,"
     " and five more were taken on Tuesday.",
     "captured", 5),
    ("Four fishermen remain unaccounted for after the attack on their boat.",
     "missing", 4),
    ("Two villagers have not been seen since the raid.",
     "missing", 2),
    ("Three aid workers are still missing, the agency said.",
     "missing", 3),
    ("At least 11 people remain missing after the militia attack on Osk.",
     "missing", 11),
    ("A teacher has not been seen since gunmen stormed the school.",
     "missing", 1),
    ("Nine soldiers are unaccounted for after the ambush near Tarn.",
     "missing", 9),
    ("Five men went missing during the clashes in Varn.",
     "missing", 5),
    ("Seven people have been missing since the attack on the market.",
     "missing", 7),
    ("Six students were still unaccounted for on Sunday, officials said.",
     "missing", 6),
    ("Dozens of people remain unaccounted for after the massacre in Ebla.",
     "missing", 24),
    ("Two journalists have not been heard from since the shelling began.",
     "missing", 2),
    ("At least 14 villagers are still unaccounted for.",
     "missing", 14),
    ("Three of the crew remain missing, the navy said.",
     "missing", 3),
    ("Eight civilians have been reported missing since the raid.",
     "missing", 8),
    ("A nurse remains missing after the attack on the clinic.",
     "missing", 1),
    ("Relatives say four young men have not been seen since troops swept the village.",
     "missing", 4),
    ("Twenty people were still missing on Monday after the attack.",
     "missing", 20),
    ("Three farmers disappeared after the raid on Korvo.",
     "missing", 3),
    ("Several residents remain unaccounted for, the mayor said.",
     "missing", 3),
    ("Two soldiers have been unaccounted for since the ambush.",
     "missing", 2),
    ("At least 30 migrants have not been seen since the boat was intercepted.",
     "missing", 30),
    ("Ten miners remained unaccounted for after the militia raid.",
     "missing", 10),
    ("Two pilots, both from Tarn, have not been heard of since.",
     "missing", 2),
]

# Still unread: shelter found, an arrival after flight. (A simple-past "sought refuge" is
# read since round en131, a count in apposition after "The others" since round en144.)
UNREAD = [
    ("About 250 families have found shelter with relatives in Mesk.",
     "displaced", 250),
    ("Some 2,600 people arrived in Ebla after fleeing the clashes.",
     "displaced", 2600),
]

# Each gives no figure of the outcome named.
LOOKALIKES = [
    # a move into a home is no flight; tourists and fans are no displaced
    ("The 40 families who moved into the new estate were welcomed by the mayor.", "displaced"),
    ("Tens of thousands of tourists arrived in Varn for the festival.", "displaced"),
    ("Some 600 students were moved to the basement during the drill.", "displaced"),
    ("About 800 residents were evacuated from the flooded area.", "displaced"),
    ("Thirty gunmen were driven from the town by troops.", "displaced"),
    ("Some 300 delegates have moved to the new hall.", "displaced"),
    # places in a displacement's sentence are no people
    ("Two neighbouring hamlets have been forced from their homes.", "displaced"),
    # people in custody are arrested, not captured
    ("Five suspects remain in custody, police said.", "captured"),
    ("Three suspects are still being held by police.", "captured"),
    ("Gunmen attacked a bank in Osk. Three suspects are still being held.", "captured"),
    # things go missing, are held and are not seen too
    ("Two cars are still missing from the depot.", "missing"),
    ("The three ships remain in the hands of the navy.", "captured"),
    ("The two rovers have not been seen since.", "missing"),
    ("Twelve paintings remain unaccounted for after the museum theft.", "missing"),
    ("Two documents have not been seen since 1990.", "missing"),
    ("The four hostages' cars are still being held at the depot.", "captured"),
    # a state joined to a taking is the taking's: the captives stay captives
    ("Witnesses said as many as 40 men were taken from the camp and have not been seen"
     " since.", "missing"),
]


@pytest.mark.parametrize(("text", "outcome", "count"), READ)
def test_state_is_read(text: str, outcome: str, count: int) -> None:
    assert any(o == outcome and n == count for _, o, n in short_figures(text))


@pytest.mark.parametrize(("text", "outcome", "count"), UNREAD)
def test_state_left_unread(text: str, outcome: str, count: int) -> None:
    assert not any(o == outcome and n == count for _, o, n in short_figures(text))


@pytest.mark.parametrize(("text", "outcome"), LOOKALIKES)
def test_lookalike_gives_no_figure_of_its_outcome(text: str, outcome: str) -> None:
    assert not any(o == outcome for _, o, _ in short_figures(text))


def test_states_keep_their_people_in_the_span() -> None:
    text = "Eight people, among them a nurse, have not been seen since."
    assert short_figures(text) == [("Eight people", "missing", 8),
                                   ("among them a nurse", "missing", 1)]
    told = "Two villagers remain unaccounted for after the raid."
    assert short_figures(told) == [("Two villagers remain unaccounted for", "missing", 2)]
