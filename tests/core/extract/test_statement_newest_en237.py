"""Round en237 probes: a feature's person after an age-fronted sentence and past a common
noun opening a sentence, a live blog's reporter before a place after "to", a name with a
bracket in apposition, a participle's plural subject told by where it is from, a promise
recalled inside a quote, a declared verdict, a milestone headline, a source told in the
middle of a clause that opens on a figure, "every thing they report", records kept by a
place, the platform X ending its sentence, and a bare post after an inverted name.
All texts are invented."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.get("speaker"), s["text"]) for s in extract(text)["statements"]]


def _spoken_by(text: str, words: str) -> list[str | None]:
    return [sp for sp, w in _statements(text) if words in w]


FEATURE = (
    "The herder who laid down his gun\n"
    "By Staff | Lodwar | 2 May 2026\n"
    "Ekal Namoru-Lokol was 19 when he first crossed the border with a rifle, he says.\n"
    '"We fought for grass," he says. "Now we talk about it."\n'
    "{middle}\n"
    "{common} have become rarer since the fence went up, but they have not stopped. In June,"
    " bandits took 40 goats near his home, officials say.\n"
    '"When they call me, I go," he says. "The boys listen."\n'
)


@pytest.mark.parametrize("middle,common", [
    ("Now 60, Namoru-Lokol is one of 12 elders paid by the county to settle disputes.",
     "Thefts"),
    ("Now in his sixties, Namoru-Lokol walks between the camps every week.", "Floods"),
    ("Now retired, Namoru-Lokol keeps a small herd of goats by the river.", "Fights"),
    ("Now aged 61, Namoru-Lokol sleeps wherever a camp will have him.", "Thefts"),
])
def test_age_fronted_person_is_the_feature_speaker(middle: str, common: str) -> None:
    text = FEATURE.format(middle=middle, common=common)
    assert _spoken_by(text, "When they call me, I go") == ["Namoru-Lokol"]
    assert _spoken_by(text, "The boys listen") == ["Namoru-Lokol"]


@pytest.mark.parametrize("common,lower", [
    ("Thefts", "Two of his cousins died in thefts of cattle."),
    ("Floods", "The floods of 2019 took his first herd."),
    ("Raids", "He lost a brother in raids on the camp."),
])
def test_common_noun_written_in_lower_case_is_no_person(common: str, lower: str) -> None:
    text = (
        "The herder who laid down his gun\n"
        "By Staff | Lodwar | 2 May 2026\n"
        "Ekal Namoru-Lokol was 19 when he first crossed the border with a rifle, he says."
        f" {lower}\n"
        '"We fought for grass," he says.\n'
        "He walks between the camps. He sleeps where he can. His phone rarely works.\n"
        f"{common} have become rarer since the fence went up, but they have not stopped. In"
        " June, bandits took 40 goats near his home, officials say.\n"
        '"When they call me, I go," he says.\n'
    )
    assert _spoken_by(text, "When they call me, I go") == ["Ekal Namoru-Lokol"]


def test_common_noun_never_lower_case_stays_as_before() -> None:
    # near-miss: with no lower-case "thefts" anywhere and no person nearer, the old reading
    # of a lone capital (a name the text may not repeat) is left as it was
    text = (
        "The herder who laid down his gun\n"
        "By Staff | Lodwar | 2 May 2026\n"
        "Ekal Namoru-Lokol was 19 when he first crossed the border with a rifle, he says.\n"
        '"We fought for grass," he says.\n'
        "He walks between the camps. He sleeps where he can. His phone rarely works.\n"
        "Okello farms the plot next door, but the rains have not come. In June, bandits took"
        " 40 goats, officials say.\n"
        '"When they call me, I go," he says.\n'
    )
    assert _spoken_by(text, "When they call me, I go") == ["Okello"]


LIVE = "Live: protests over the mine closure\n09:15 Police have closed the bridge.\n"


@pytest.mark.parametrize("line,speaker,words", [
    ('10:05 Our reporter Mira Solenko, at the checkpoint on the road to Port Avel: "Soldiers'
     ' are turning back every car. Nobody is allowed through."', "Our reporter Mira Solenko",
     "Soldiers are turning back every car"),
    ('10:20 Our correspondent Tomas Vey-Arkan, on the highway to New Lisk: "The queue of'
     ' lorries stretches for three kilometres."', "Our correspondent Tomas Vey-Arkan",
     "The queue of lorries"),
    ('10:40 Our reporter Ana Ruiz-Obo, at the gate of the mine near Santa Rita: "The workers'
     ' have lit fires and are singing."', "Our reporter Ana Ruiz-Obo", "The workers have lit"),
    ('11:00 Listen now to Marija Kovac, whose son is among the missing: "I have not slept'
     ' for three days and nobody calls us."', "Marija Kovac", "I have not slept"),
])
def test_reporter_before_a_place_speaks(line: str, speaker: str, words: str) -> None:
    assert _spoken_by(LIVE + line + "\n", words) == [speaker]


HOUSE = "Lawmakers debated the demolitions on Tuesday.\n"


@pytest.mark.parametrize("sentence,speaker,words", [
    ("Replying for the government, the chairman of the House Committee on Works, Tunde"
     " Bakare-Ojo (Ogun), said the ministry had paid compensation to 900 families.",
     "Tunde Bakare-Ojo", "the ministry had paid compensation"),
    ("Replying for the government, the chairman of the committee, Tunde Bakare-Ojo (Ogun),"
     " said the ministry had paid compensation to 900 families.", "Tunde Bakare-Ojo",
     "the ministry had paid"),
    ("The most senior member of the panel, Hon. Yusuf Danladi-Ige (APC, Kano Central), said"
     " hearings would resume in June.", "Hon. Yusuf Danladi-Ige", "hearings would resume"),
    ("The deputy whip, Maria Ortega-Velt (Nevada), said the vote would be close.",
     "Maria Ortega-Velt", "the vote would be close"),
])
def test_name_with_a_bracket_in_apposition(sentence: str, speaker: str, words: str) -> None:
    assert _spoken_by(HOUSE + sentence, words) == [speaker]


def test_bracketed_name_goes_on_with_he_added() -> None:
    text = (HOUSE + "Opening the debate, Ada Nwosu-Okafor (Enugu) said the families had"
            " nowhere to go. Replying for the government, the chairman of the House Committee"
            " on Works, Tunde Bakare-Ojo (Ogun), said the ministry had paid compensation to"
            " 900 families. He added that no house had been pulled down without notice.")
    assert _spoken_by(text, "no house had been pulled down") == ["Tunde Bakare-Ojo"]


@pytest.mark.parametrize("sentence,speaker,words", [
    ("Several members from western Kessa opposed the motion, saying that compensation would"
     " reward the raiders.", "Several members from western Kessa", "compensation would reward"),
    ("Two senators of the ruling party backed the plan, saying it would create jobs.",
     "Two senators of the ruling party", "it would create jobs"),
    ("Residents from the lower town blocked the road, saying the water had been cut for a"
     " week.", "Residents from the lower town", "the water had been cut"),
    ("A court in Kessa rejected the appeal, saying the evidence was weak.", "A court in Kessa",
     "the evidence was weak"),
])
def test_participle_of_a_plural_subject_from_a_place(sentence: str, speaker: str,
                                                     words: str) -> None:
    assert _spoken_by(HOUSE + sentence, words) == [speaker]


def test_participle_near_miss_keeps_its_old_reading() -> None:
    # "Dozens of farmers" heads on a count, which the rule does not read as people
    text = HOUSE + "Dozens of farmers in the valley rejected the offer, saying the price was low."
    assert _spoken_by(text, "the price was low") == ["the offer"]


NEWS = "Herders lose patience\n"


@pytest.mark.parametrize("sentence,unread", [
    ('"We gave up our cattle because the governor promised to build a dam," one elder said.',
     "to build a dam"),
    ('"We handed in our guns because the army promised to protect us," she said.',
     "to protect us"),
    ('"Every minister promises the road," he says. "Every minister forgets."', "the road"),
    ('"We voted for him when he promised to fix the road," a farmer said.', "to fix the road"),
])
def test_promise_recalled_inside_a_quote_is_no_entry(sentence: str, unread: str) -> None:
    assert not [w for sp, w in _statements(NEWS + sentence) if w.startswith(unread)]


@pytest.mark.parametrize("sentence,speaker,words", [
    ("The governor promised to build a dam by June.", "The governor", "to build a dam"),
    ("He said both sides had promised to pull back their guns.", "both sides",
     "to pull back their guns"),
    ('"We will rebuild every house," the governor promised.', "the governor",
     "We will rebuild every house"),
    ('The director said: "Lisk has asked for water for years. The ministry promised an'
     ' inquiry; we have seen no sign of one."', "The ministry", "an inquiry"),
])
def test_promise_outside_quotes_still_reads(sentence: str, speaker: str, words: str) -> None:
    assert speaker in _spoken_by(NEWS + sentence, words)


@pytest.mark.parametrize("sentence", [
    "The High Court in Kessa on Monday declared unlawful the demolition of 400 homes in the"
    " Tolo settlement.",
    "A tribunal in Lisk declared the evictions illegal and ordered the county to pay damages.",
    "The Supreme Court declared void the sale of the land to the developer.",
    "The appeals court declared the lease null and void on Thursday.",
])
def test_declared_verdict_is_no_entry(sentence: str) -> None:
    assert _statements("Court halts demolitions\n" + sentence) == []


@pytest.mark.parametrize("sentence,words", [
    ("The judge declared that the eviction had been unlawful.", "the eviction had been"),
    ("The court declared the eviction had been illegal.", "the eviction had been illegal"),
])
def test_declared_clause_still_reads(sentence: str, words: str) -> None:
    assert _spoken_by("Court halts demolitions\n" + sentence, words)


BODY = "\nLISK - The talks went on late, officials said on Monday.\n"


@pytest.mark.parametrize("headline", [
    "Kenya reports third year without elephant poaching",
    "Lisk reports 100 days without a killing",
    "Province reports two years free of polio",
    "Valley reports first season with no cattle raids",
])
def test_milestone_headline_is_no_entry(headline: str) -> None:
    assert [sp for sp, _ in _statements(headline + BODY)] == ["officials"]


def test_monitor_headline_still_reads() -> None:
    assert _spoken_by("Syria monitor reports fresh shelling near Afrin" + BODY,
                      "fresh shelling") == ["Syria monitor"]


@pytest.mark.parametrize("sentence,speaker,words", [
    ("So far 2,100 goats in nine villages have been tagged, the cooperative said, at a cost of"
     " 300 shillings per animal.", "the cooperative", "So far 2,100 goats"),
    ("To date 1,400 homes have been rebuilt, the agency says, at a cost of 12 million dollars.",
     "the agency", "To date 1,400 homes"),
    ("2,100 goats have been tagged, the cooperative says, at a cost of 300 shillings.",
     "the cooperative", "2,100 goats have been tagged"),
    ("Since then 3,500 trees have been planted, the council says, at a cost of 9,000 dollars.",
     "the council", "Since then 3,500 trees"),
])
def test_source_told_mid_clause_after_a_figure(sentence: str, speaker: str, words: str) -> None:
    got = _statements("Tagging drive\n" + sentence)
    assert [(sp, w.startswith(words)) for sp, w in got] == [(speaker, True)]


@pytest.mark.parametrize("sentence,unread", [
    ("The unit said the number of traps fell from 20 to eight. Farmers are paid 10,000"
     " shillings for every trap they report, and 140 reports came in March.", "Farmers are paid"),
    ("Clinics get a bonus for each case they report to the district.", "Clinics get a bonus"),
    ("Rangers earn a day off for every snare we report, the warden said.", "Rangers earn"),
])
def test_every_thing_they_report_is_no_words(sentence: str, unread: str) -> None:
    got = _statements("Patrols cut snaring\n" + sentence)
    assert not [w for sp, w in got if w.startswith(unread) and sp != "the warden"]


@pytest.mark.parametrize("sentence,speaker", [
    ("Five of the poachers were arrested within a week, according to park records.",
     "park records"),
    ("Nine rangers were hurt last year, according to camp records.", "camp records"),
    ("The clinic saw 300 patients in May, according to district hospital records.",
     "district hospital records"),
    ("The herd has doubled, according to leaked court papers.", "leaked court papers"),
])
def test_records_kept_by_a_place(sentence: str, speaker: str) -> None:
    assert [sp for sp, _ in _statements("Poaching down\n" + sentence)] == [speaker]


@pytest.mark.parametrize("line,speaker,words,unread", [
    ("10:10 — A police helicopter and a dog team from Lisk have joined the search, the service"
     " said in a post on X. Roads into the reserve from Tolo are blocked.", "the service",
     "A police helicopter", "Roads into"),
    ("10:30 — Two more boats have been sent, the coastguard wrote on X. The sea is calm.",
     "the coastguard", "Two more boats", "The sea is calm"),
    ("10:50 — The river has burst its banks at Tolo, the county said via X. Schools are shut.",
     "the county", "The river has burst", "Schools are shut"),
])
def test_platform_x_ends_its_sentence(line: str, speaker: str, words: str, unread: str) -> None:
    got = _statements("Live: search for missing rangers\n" + line + "\n")
    assert [sp for sp, w in got if w.startswith(words)] == [speaker]
    assert not [w for sp, w in got if w.startswith(unread)]


def test_initial_of_a_name_does_not_end_a_sentence() -> None:
    got = _statements("Clash\nThe plan was drafted by Ana K. Ruiz, the ministry said.\n")
    assert [(sp, w) for sp, w in got] == [("the ministry", "The plan was drafted by Ana K. Ruiz")]


@pytest.mark.parametrize("sentence,speaker,words", [
    ("The dispute between the villages dates back to 2004, said Tomas Arvel-Dunn, chief of the"
     " local police station.", "Tomas Arvel-Dunn", "The dispute between the villages"),
    ("The dispute is old, said Tomas Arvel-Dunn, head of the local police station.",
     "Tomas Arvel-Dunn", "The dispute is old"),
    ("The dispute is old, said Tomas Arvel-Dunn, spokesman for the police.",
     "Tomas Arvel-Dunn", "The dispute is old"),
    ("The road is shut, said Ana Reyes-Olo, deputy governor of the province.",
     "Ana Reyes-Olo", "The road is shut"),
])
def test_bare_post_after_an_inverted_name(sentence: str, speaker: str, words: str) -> None:
    assert _spoken_by("Clash\n" + sentence, words) == [speaker]
