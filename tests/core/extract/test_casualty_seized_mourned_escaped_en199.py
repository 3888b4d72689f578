"""English round 199: things seized, tolls after mourning, escaped with wounds, headline
holding, held groups back on foot, coordinated definite captives, held by the state told by
the held, no re-count inside an apposition. The probe sentences are our own, written in the
style of news."""

from __future__ import annotations

from tests.extract_probes import en_counts as _en


def test_machines_of_work_seized_are_no_captives() -> None:
    assert _en("A task force seized 40 excavators and destroyed dozens of pumps at the "
               "site.") == []
    assert _en("Army seizes 40 excavators at illegal mines") == []
    assert _en("Police impounded 12 bulldozers and three dredges on Tuesday.") == []
    assert _en("Officers confiscated 14 generators and 30 water pumps from the camp.") == []
    assert _en("Rangers seized 12 cranes and two dredgers on the river.") == []
    assert _en("Navy seizes 9 canoes off the coast") == []
    # ... while people seized at the same sites are still captives
    assert _en("Gunmen seized 12 miners at the site.") == [(12, "captured")]
    assert _en("Soldiers arrested 30 gold diggers at the site.") == [(30, "arrested")]
    assert _en("Three drivers and a loader were taken into the forest by the "
               "attackers.") == [(3, "captured"), (1, "captured")]
    # ... and weapons and cattle stay things
    assert _en("Troops seized 30 rifles in the raid.") == []
    assert _en("The rangers seized 200 head of cattle.") == []


def test_a_toll_after_a_mourning_verb_told_by_an_apposition() -> None:
    assert _en("The union mourns two of its members, security officers who were shot dead "
               "on Saturday.") == [(2, "killed")]
    assert _en("The union mourns two of its members, officers who were shot dead on "
               "Saturday.") == [(2, "killed")]
    assert _en("The company is mourning three of its drivers, men who had been killed in an "
               "ambush.") == [(3, "killed")]
    assert _en("The village grieves for four of its sons, young farmers who were killed by "
               "gunmen.") == [(4, "killed")]
    assert _en("The school buried two of its pupils, girls who were killed in the "
               "blast.") == [(2, "killed")]
    assert _en("Two of its members, security officers who were shot dead on Saturday, were "
               "buried.") == [(2, "killed")]
    # ... still read as before
    assert _en("The company is mourning three of its drivers, killed in an ambush on the "
               "highway.") == [(3, "killed")]
    # no outcome word: nothing
    assert _en("The party mourns two of its members.") == []
    assert _en("The nation mourns.") == []
    assert _en("The union mourns two of its members, security officers who were promoted "
               "last year.") == []


def test_escaped_with_wounds() -> None:
    assert _en("A third guard escaped with cuts to his hands.") == [(1, "wounded")]
    assert _en("Two escaped with burns, the fire service said.") == [(2, "wounded")]
    assert _en("One man got away with a bullet wound to the leg.") == [(1, "wounded")]
    assert _en("A driver survived with broken ribs.") == [(1, "wounded")]
    assert _en("Two others came away with minor cuts and bruises.") == [(2, "wounded")]
    assert _en("Two women fled with burns.") == [(2, "wounded")]
    # ... as before
    assert _en("Three miners escaped with minor injuries.") == [(3, "wounded")]
    # no harm named: nothing
    assert _en("A third guard escaped unhurt.") == []
    assert _en("Two others escaped without injury.") == []
    assert _en("Three prisoners escaped with the help of guards.") == []
    assert _en("Three men fled with the cash.") == []
    assert _en("Two workers escaped with their lives.") == []


def test_a_headline_present_holding_after_a_taking() -> None:
    assert _en("Gang hijacks sugar trucks, holds five") == [(5, "captured")]
    assert _en("Rebels seize bus, hold 12") == [(12, "captured")]
    assert _en("Militia seize village, hold 40") == [(40, "captured")]
    assert _en("Gunmen storm school, hold 30 pupils") == [(30, "captured")]
    assert _en("Bandits ambush convoy; hold 7") == [(7, "captured")]
    assert _en("Pirates board tanker, hold 18") == [(18, "captured")]
    # no taking, no join, or more after the count: nothing
    assert _en("Government holds 5 talks") == []
    assert _en("Union meets minister, holds 3") == []
    assert _en("Army storms camp, holds 3 days of talks") == []
    assert _en("Rebels seize town. They hold 12.") == []


def test_a_held_part_that_comes_back_on_foot() -> None:
    assert _en("Three passengers were taken into the bush. Two of them walked back to the "
               "road the next day.") == [(3, "captured"), (2, "captured")]
    assert _en("Four students were abducted from the hostel. Two of them turned up at a "
               "police station on Sunday.") == [(4, "captured"), (2, "captured")]
    assert _en("Seven traders were seized by bandits. One of them walked home two days "
               "later.") == [(7, "captured"), (1, "captured")]
    assert _en("Gunmen abducted six pilgrims. Three of them made their way back to the "
               "camp.") == [(6, "captured"), (3, "captured")]
    assert _en("Gunmen abducted six pilgrims. All six walked back to the camp on "
               "Friday.") == [(6, "captured"), (6, "captured")]
    assert _en("Gunmen abducted five farmers. Two of them later resurfaced in a nearby "
               "town.") == [(5, "captured"), (2, "captured")]
    # ... not the dead's part, nor one turned up dead
    assert _en("Five farmers were kidnapped on Monday. Two of them turned up dead on "
               "Wednesday.") == [(5, "captured")]
    assert _en("Five villagers were killed. Two of them walked home.") == [(5, "killed")]


def test_coordinated_definite_captives_led_into_a_place() -> None:
    assert _en("The gang took the two drivers and a young assistant into a plantation at "
               "knifepoint.") == [(2, "captured"), (1, "captured")]
    assert _en("The gunmen took the three passengers and a conductor into the "
               "forest.") == [(3, "captured"), (1, "captured")]
    assert _en("Kidnappers marched the four pupils and two teachers into the "
               "bush.") == [(4, "captured"), (2, "captured")]
    assert _en("The bandits herded the five traders and a boy towards the hills.") == [
        (5, "captured"), (1, "captured")]
    # no captors, or care: nothing
    assert _en("Relatives took the two boys and a girl into the house.") == []
    assert _en("The gang took the two drivers and a young assistant to hospital.") == []


def test_held_by_the_state_told_by_the_held() -> None:
    assert _en("At least six drivers said they had been held overnight in police cells "
               "until their employers paid.") == [(6, "arrested")]
    assert _en("Four traders said they had been detained by soldiers for two "
               "days.") == [(4, "arrested")]
    assert _en("Three journalists said they had been arrested by gendarmes at the "
               "border.") == [(3, "arrested")]
    assert _en("Five drivers said they were locked up by police for a night.") == [
        (5, "arrested")]
    assert _en("Two students said they had been held in a military camp for a week.") == [
        (2, "arrested")]
    assert _en("Nine migrants told reporters they had been held at a police station for "
               "three days.") == [(9, "arrested")]
    # no state in the clause, a captor, or a beating: nothing
    assert _en("Four drivers said they had been held up in traffic for hours.") == []
    assert _en("Five drivers said they had been held for hours at the border.") == []
    assert _en("Several drivers said they had been beaten at checkpoints.") == []
    assert _en("Six drivers said they had been beaten by soldiers at checkpoints.") == []


def test_no_recount_inside_an_apposition() -> None:
    assert _en("Gendarmes shot dead a truck driver on Monday. The driver, a 38-year-old "
               "father of five from the town, was killed when he refused to pay.") == [
        (1, "killed")]
    assert _en("Police shot dead a motorcyclist on Friday. The motorcyclist, a 25-year-old "
               "student, was killed instantly.") == [(1, "killed")]
    assert _en("Soldiers shot dead a trader on Monday. This trader, a mother of three, was "
               "killed near the market.") == [(1, "killed")]
    assert _en("Soldiers manned three checkpoints on the road and shot dead a driver at one "
               "of them.") == [(1, "killed")]
    # a subject that is no one counted before names a new person
    assert _en("Gunmen killed a guard. The suspect, a 47-year-old man from the district, was "
               "detained at the scene.") == [(1, "killed"), (1, "arrested")]
    assert _en("Four people were wounded in the attack. Three are in a stable condition. The "
               "fourth, a 70-year-old man, is in a critical condition.") == [
        (4, "wounded"), (3, "wounded"), (1, "wounded")]
    # a first mention still counts
    assert _en("The victim, a 25-year-old student, was killed instantly.") == [(1, "killed")]
