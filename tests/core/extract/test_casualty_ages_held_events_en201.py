"""English round 201: an age is no count, "held" of events, the others of a toll still in
hospital told with a teller, released groups named again with an apposition. The probe
sentences are our own, written in the style of news."""

from __future__ import annotations

from tests.extract_probes import en_counts as _en


def test_an_age_after_a_described_person_is_no_count() -> None:
    assert _en("A custodian of a Sufi shrine, 62, was shot dead at the entrance on "
               "Friday.") == [(1, "killed")]
    assert _en("A teacher at the madrasa, 45, was stabbed outside his home.") == [
        (1, "wounded")]
    assert _en("A trader from the market, 38, was killed when gunmen opened fire.") == [
        (1, "killed")]
    assert _en("A worker at the factory, 29, was wounded in the blast.") == [(1, "wounded")]
    assert _en("A member of the village council, 54, was kidnapped on his farm.") == [
        (1, "captured")]
    assert _en("A guard at the bank, 41, was shot and injured.") == [(1, "wounded")]
    assert _en("A nurse at the clinic, 33, was shot dead by unknown gunmen.") == [
        (1, "killed")]
    # a definite person is no new count, as "The imam, 70, was abducted" is none
    assert _en("The imam of the mosque, 70, was abducted by gunmen on Sunday.") == []
    assert _en("The head of the school, 58, was killed in the attack.") == []
    # no verb of harm: nothing
    assert _en("The imam, 70, led the prayers.") == []
    assert _en("A custodian of the shrine, 62, said the attackers fled.") == []
    assert _en("The head of the council, 66, condemned the attack.") == []
    # ... and as before
    assert _en("A nurse, 33, was shot dead.") == [(1, "killed")]
    assert _en("Two men, 24 and 31, were wounded.") == [(2, "wounded")]


def test_an_event_held_holds_no_one() -> None:
    assert _en("The chapel had held an evening prayer for about 60 people.") == []
    assert _en("The chapel held a prayer for the dead.") == []
    assert _en("The mosque held a funeral for the three men.") == []
    assert _en("The church held a special mass for the victims.") == []
    assert _en("The group held an event for its members.") == []
    assert _en("The families held a party for 40 guests.") == []
    assert _en("The party held a press conference on Monday.") == []
    assert _en("Residents held a vigil for 12 victims.") == []
    # people held stay captives
    assert _en("The gunmen held 12 people for three days.") == [(12, "captured")]
    assert _en("The rebels held the 30 villagers hostage.") == [(30, "captured")]
    assert _en("Gunmen held a party official for two days.") == [(1, "captured")]
    assert _en("The gunmen held a priest for a week.") == [(1, "captured")]


def test_the_others_of_a_toll_still_in_hospital_with_a_teller() -> None:
    assert _en("The toll has risen to three. Four other people remain in hospital, it says, "
               "one of them in a critical condition.") == [
        (3, "killed"), (4, "wounded"), (1, "wounded")]
    assert _en("The toll has risen to three. Four other people remain in hospital, the "
               "ministry says.") == [(3, "killed"), (4, "wounded")]
    assert _en("Three people were killed. Two other people remain in hospital, police "
               "said.") == [(3, "killed"), (2, "wounded")]
    assert _en("Three died in the attack. Six other people remain in hospital, it said.") == [
        (3, "killed"), (6, "wounded")]
    assert _en("The death toll rose to five. Two other people remained in hospital, officials "
               "said.") == [(5, "killed"), (2, "wounded")]
    assert _en("Three people were killed. Four others remain in hospital.") == [
        (3, "killed"), (4, "wounded")]
    # no toll told before: patients, no casualties
    assert _en("Four other people remain in hospital, it says.") == []
    assert _en("Four patients remain in hospital with flu, the health ministry says.") == []
    assert _en("Four nurses remain in hospital.") == []


def test_a_released_group_named_again_with_an_apposition() -> None:
    assert _en("Armed men seized a priest and two parishioners on Sunday. The two "
               "parishioners, both women, were released hours later.") == [
        (1, "captured"), (2, "captured"), (2, "captured")]
    assert _en("Gunmen abducted a pastor and three farmers. The three farmers, all of them "
               "men, were freed on Monday.") == [(1, "captured"), (3, "captured"),
                                                 (3, "captured")]
    assert _en("Gunmen kidnapped four teachers last week. The four teachers, all women, were "
               "released on Tuesday.") == [(4, "captured"), (4, "captured")]
    assert _en("Bandits abducted a driver and two passengers. The two passengers, one a "
               "nurse, were freed later.") == [(1, "captured"), (2, "captured"),
                                               (2, "captured")]
    assert _en("Gunmen seized two parishioners. The two parishioners were released hours "
               "later.") == [(2, "captured"), (2, "captured")]
    # ... as "The two were released" reads
    assert _en("Gunmen seized three workers. The three were released.") == [
        (3, "captured"), (3, "captured")]
    # another noun, or another count, is no re-mention
    assert _en("Gunmen seized two parishioners. The two men were released hours later.") == [
        (2, "captured")]
    assert _en("Gunmen seized two parishioners. The three parishioners, all women, were "
               "released.") == [(2, "captured")]
    assert _en("Gunmen seized two parishioners. The two parishioners, both women, were seen "
               "near the market.") == [(2, "captured")]
