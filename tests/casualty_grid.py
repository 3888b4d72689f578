"""A grid of casualty sentences and meaning-keeping rewordings of the clause around a figure.

Behavioural invariance: a rewording that keeps what a sentence says must keep its figure,
and one that removes the toll (a threat, a negation) must remove it. Each base sentence is
cut into the parts of its clause (count, group, verb group, what follows); each family of
rewordings is a function that changes one part and says what the figure becomes. The same
families run over look-alikes (counts of things, troops sent, people moved by bus, a place
that "holds" people), which must stay silent whatever the wording.

All sentences are fictional and written for the grid. Where the corpus rules are silent the
expectation follows the development gold's practice, noted where it is used.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from tests.grid_batches import Look, grid_params
from workbench.core.extract.casualties import find_casualties


@dataclass(frozen=True)
class Clause:
    """One sentence cut into the parts the rewordings change."""

    count: str  # the count's words, capitalised at the start of a sentence
    value: int  # the count's lowest value, as the gold gives it
    group: str  # the victims' noun phrase after the count
    verb: tuple[str, ...]  # the verb group: auxiliaries then the outcome word(s)
    outcome: str  # the gold outcome, or "" for a look-alike
    after: str = ""  # what follows the verb group
    tail: str = ""  # a closing phrase after what follows
    between: str = ""  # material between the group and its verb group
    lead: str = ""  # words before the count


@dataclass(frozen=True)
class Case:
    """One grid sentence and the figures it must give: (count, outcome) pairs."""

    family: str
    name: str
    text: str
    expect: tuple[tuple[int, str], ...]
    xfail: str = ""


def render(c: Clause) -> str:
    words = f"{c.lead}{c.count} {c.group}{c.between} {' '.join(c.verb)}{c.after}{c.tail}."
    return words[0].upper() + words[1:]


def _case(family: str, name: str, c: Clause, silent: bool = False) -> Case:
    expect = () if silent or not c.outcome else ((c.value, c.outcome),)
    return Case(family, name, render(c), expect)


# Base sentences, wire and long-form style, one or more per outcome family.
BASES: tuple[Clause, ...] = (
    Clause("five", 5, "villagers", ("were", "killed"), "killed", " in the attack"),
    Clause("at least 12", 12, "soldiers", ("have", "been", "killed"), "killed",
           " in the fighting"),
    Clause("three", 3, "aid workers", ("were", "shot", "dead"), "killed", " at a checkpoint"),
    Clause("seven", 7, "civilians", ("were", "wounded"), "wounded", " in the blast"),
    Clause("about 40", 40, "people", ("were", "injured"), "wounded", " when the roof fell in"),
    Clause("four", 4, "engineers", ("were", "kidnapped"), "captured", " on the road"),
    Clause("nine", 9, "students", ("had", "been", "abducted"), "captured", " from a school"),
    Clause("six", 6, "truck drivers", ("were", "taken", "hostage"), "captured", " at the border"),
    Clause("20", 20, "protesters", ("were", "arrested"), "arrested", " in the capital"),
    Clause("more than 100", 100, "people", ("were", "detained"), "arrested", " after the march"),
    Clause("eight", 8, "people", ("are", "missing"), "missing", " after the raid"),
    Clause("about 3,000", 3000, "people", ("have", "fled"), "displaced", " to the camps"),
    Clause("some 15,000", 15000, "residents", ("have", "been", "displaced"), "displaced",
           " by the fighting"),
)

# Look-alikes: the same clause shape about things or about people no figure counts.
LOOKALIKES: tuple[Clause, ...] = (
    Clause("40", 40, "houses", ("were", "destroyed"), "", " in the attack"),
    Clause("12", 12, "vehicles", ("were", "burned"), "", " at the depot"),
    Clause("500", 500, "troops", ("were", "deployed"), "", " to the district"),
    Clause("200", 200, "soldiers", ("were", "sent"), "", " to the border"),
    Clause("12,000", 12000, "voters", ("have", "registered"), "", " in the district"),
    Clause("300", 300, "people", ("were", "evacuated", "by", "bus"), "", " from the old town"),
    Clause("30", 30, "rifles", ("were", "seized"), "", " in the raid"),
    Clause("three", 3, "suspects", ("were", "charged"), "", " with murder"),
    Clause("60", 60, "tonnes of food", ("were", "delivered"), "", " to the camps"),
)

# --- the verb group: adverbs inside it -------------------------------------------------

ADVERBS_ANY = ("reportedly", "allegedly", "apparently", "later", "also", "subsequently",
               "eventually", "then", "all", "believed to have been", "said to have been",
               "thought to have been", "understood to have been")
ADVERBS_PERFECT = ("since", "so far", "now", "already", "reportedly", "recently", "just",
                   "earlier", "also", "apparently")
ADVERBS_STATE = ("still", "reportedly", "now", "all", "also", "believed")


def _with_adverb(c: Clause, adverb: str) -> Clause | None:
    aux, rest = c.verb[0], c.verb[1:]
    if adverb.endswith(("have been", "believed")):
        # "were believed to have been killed": a hedge that keeps the toll
        if aux not in ("were", "are") or (rest and rest[0] == "been"):
            return None
        if adverb == "believed":
            return replace(c, verb=(aux, "believed", "to", "be", *rest))
        if aux != "were":
            return None
        return replace(c, verb=(aux, *adverb.split(), *rest))
    return replace(c, verb=(aux, adverb, *rest))


def adverb_cases() -> Iterator[Case]:
    for i, c in enumerate((*BASES, *LOOKALIKES)):
        aux = c.verb[0]
        if aux in ("have", "has", "had"):
            adverbs = ADVERBS_PERFECT
        elif c.verb[-1] == "missing":
            adverbs = ADVERBS_STATE
        else:
            adverbs = ADVERBS_ANY
        for adverb in adverbs:
            changed = _with_adverb(c, adverb)
            if changed is not None:
                yield _case("adverb", f"{i}-{adverb}", changed)
    # the outcome found rather than done: "were later found dead"
    for adverb in ("", "later ", "subsequently ", "reportedly "):
        c = Clause("two", 2, "herders", ("were", f"{adverb}found", "dead"), "killed",
                   " near the river")
        yield _case("adverb", f"found-dead-{adverb.strip() or 'plain'}", c)


# --- what follows the verb -------------------------------------------------------------

AFTER_ANY = (
    " in Tor", " in the town of Tor", " in Tor town", " near the border",
    " north of the capital", " in the villages north of the town", " on Tuesday",
    " last week", " since the attack", " during the raid", " in an overnight raid",
    " when gunmen opened fire on the market", " in Tor on Sunday night", " since Monday",
    " over the weekend", " overnight", " across the region", " in the north of the country",
    " in Tor, the regional capital", " in Tor and nearby villages",
)
TAILS = (", police said", ", the army said on Monday", ", officials in Tor said",
         ", according to the local governor", ", witnesses said")
AFTER_BY_OUTCOME: dict[str, tuple[str, ...]] = {
    "killed": (" by gunmen", " in a roadside bombing", " in an ambush on the road to Tor",
               " in cold blood", " execution-style", " as they slept"),
    "wounded": (" by shrapnel", " in the blast in Tor", " by stray bullets"),
    "captured": (" by gunmen", " from a school in Tor", " on the road to Tor",
                 " by armed men in Tor", " for ransom", " at gunpoint"),
    "arrested": (" by police", " for questioning", " in a raid on Tor", " in Tor and Bor"),
    "missing": (" after the boat was attacked", " since the raid on Tor"),
    "displaced": (),
}
# Flight and displacement: where the people went or came from.
AFTER_FLED = (
    " to Tor", " to Tor town", " to the town of Tor", " to the district town",
    " into Chad", " into neighbouring Chad", " towards the border", " towards Tor",
    " across the border into Chad", " from Tor", " from their homes", " from the fighting",
    " to safety", " on foot", " in search of food", " to a church compound",
    " into a UN camp", " to the villages north of the town", " to the hills",
    " to Tor and Bor", " from Tor to Bor", " to escape the fighting", " in fear of reprisals",
    " to Tor, the regional capital", " into the bush", " to the hills north of Tor",
    " to the outskirts of Tor",
)


def after_cases() -> Iterator[Case]:
    for i, c in enumerate((*BASES, *LOOKALIKES)):
        fled = c.verb[-1] == "fled"
        extra = AFTER_FLED if fled else AFTER_BY_OUTCOME.get(c.outcome, ())
        for after in (*AFTER_ANY, *extra):
            yield _case("after", f"{i}-{after.strip()}", replace(c, after=after))
        for tail in TAILS:
            yield _case("after", f"{i}-tail{tail}", replace(c, tail=tail))


# --- material between the group and its verb group --------------------------------------

BETWEEN = (
    " from Tor and two nearby camps", ", most of them women,", " in the convoy",
    ", including women and children,", " who were travelling to Tor", " in Tor",
    ", all of them farmers,", " from the village of Tor", ", mostly herders,",
    " aboard the bus", " at the market", " from the area", ", residents of the same street,",
    ", a local official said,", " who had gathered at the market", " who work for the charity",
    ", among them children,", " travelling in the convoy", " on board the boat",
    ", all from Tor,", " from Tor town", " in the town of Tor", " thought to be herders",
    " believed to be from Tor", " known to the family",
)


def between_cases() -> Iterator[Case]:
    for i, c in enumerate((*BASES, *LOOKALIKES)):
        for between in BETWEEN:
            if c.outcome == "" and "women" in between:
                continue  # people words make a look-alike of things read as people
            yield _case("between", f"{i}-{between.strip(', ')}", replace(c, between=between))


# --- rewordings together: material before the verb, an adverb in it, a place after ----

COMBINED_BETWEEN = (" in Tor", ", most of them women,", " aboard the bus",
                    ", a local official said,")
COMBINED_AFTER = (" in Tor town", " in the town of Tor", " near the border", " since Monday")


def combined_cases() -> Iterator[Case]:
    for i, c in enumerate((*BASES, *LOOKALIKES)):
        aux = c.verb[0]
        adverbs = (("since", "reportedly", "so far") if aux in ("have", "has", "had")
                   else ("still", "reportedly", "now") if c.verb[-1] == "missing"
                   else ("reportedly", "later", "apparently"))
        for j, between in enumerate(COMBINED_BETWEEN):
            if c.outcome == "" and "women" in between:
                continue
            for k, adverb in enumerate(adverbs):
                changed = _with_adverb(replace(c, between=between), adverb)
                if changed is None:
                    continue
                after = COMBINED_AFTER[(j + k) % len(COMBINED_AFTER)]
                tail = TAILS[(i + j + k) % len(TAILS)] if "said" not in between else ""
                yield _case("combined", f"{i}-{between.strip(', ')}-{adverb}",
                            replace(changed, after=after, tail=tail))


# --- places inside care phrases ---------------------------------------------------------

CARE = (
    ("were taken to hospital{p} with gunshot wounds", True),
    ("were treated at a clinic{p} for wounds", True),
    ("were admitted to hospital{p} with burns", True),
    ("were rushed to a hospital{p} with bullet wounds", True),
    ("were flown to a hospital{p} with shrapnel wounds", True),
    ("were hospitalised{p} with gunshot wounds", True),
    ("were treated{p} for shrapnel wounds", True),
    ("are being treated in hospital{p} for gunshot wounds", True),
    ("were taken to hospital{p} for checks", False),
    ("were taken to hospital{p} to visit relatives", False),
)
CARE_PLACES = ("", " in Tor", " in the town of Tor", " in nearby Tor", " in Tor town",
               " in the capital", " in Tor, the regional capital,", " near Tor")


def care_cases() -> Iterator[Case]:
    counts = (("five", 5), ("a further three", 3), ("12", 12))
    for j, (phrase, wound) in enumerate(CARE):
        for k, place in enumerate(CARE_PLACES):
            count, value = counts[(j + k) % len(counts)]
            text = f"{count} people {phrase.format(p=place)}."
            expect = ((value, "wounded"),) if wound else ()
            yield Case("care", f"{j}-{place.strip() or 'none'}", text[0].upper() + text[1:],
                       expect)


# --- driven over a frontier, into another country or the wild, in the passive ----------

DRIVEN_GROUPS: tuple[tuple[str, int], ...] = (("thousands of people", 2000),
                                              ("about 3,000 villagers", 3000),
                                              ("some 500 families", 500))
DRIVEN_FORMS = ("were driven", "have been driven", "had been driven", "were reportedly driven")
DRIVEN_TO = (" into Chad", " into neighbouring Uganda", " into the hills", " into exile",
             " across the border", " into the forest")
DRIVEN_AFTER = ("", " by the fighting", ", aid agencies said")
# Fighters and soldiers driven anywhere, and anyone given a ride, stay nothing.
DRIVEN_NOT_GROUPS = ("some 200 soldiers", "about 300 rebels", "40 fighters")
DRIVEN_RIDES = (" by bus", " by truck", " in a convoy", " aboard a lorry")


def driven_cases() -> Iterator[Case]:
    for group, value in DRIVEN_GROUPS:
        for form in DRIVEN_FORMS:
            for to in DRIVEN_TO:
                for after in DRIVEN_AFTER:
                    text = f"{group[0].upper()}{group[1:]} {form}{to}{after}."
                    yield Case("driven", f"{value}-{form}-{to.strip()}-{after.strip(', ')}",
                               text, ((value, "displaced"),))
            for ride in DRIVEN_RIDES:
                text = f"{group[0].upper()}{group[1:]} {form} into Kampala{ride}."
                yield Case("driven", f"ride-{value}-{form}-{ride.strip()}", text, ())
    for group in DRIVEN_NOT_GROUPS:
        for to in DRIVEN_TO:
            text = f"{group[0].upper()}{group[1:]} were driven{to}."
            yield Case("driven", f"not-{group}-{to.strip()}", text, ())


# --- captors leading people off, in the active ------------------------------------------

LED_CAPTORS = ("The attackers", "Gunmen", "The kidnappers", "Militants who stormed the camp")
LED_VERBS = ("led away", "marched off", "dragged away", "then led away")
LED_GROUPS: tuple[tuple[str, int], ...] = (("six women", 6), ("at least 12 girls", 12),
                                           ("dozens of villagers", 24))
LED_AFTER = ("", " into the forest", ", witnesses said")
# Police and soldiers leading people off arrest or move them; cattle are no captives.
LED_NOT = ("Police led away two men.", "Soldiers led away 20 rebels.",
           "Gunmen led away 40 cattle.", "Police marched off 12 protesters, witnesses said.",
           "The guards dragged away three prisoners.")


def led_cases() -> Iterator[Case]:
    for subject in LED_CAPTORS:
        for verb in LED_VERBS:
            for group, value in LED_GROUPS:
                for after in LED_AFTER:
                    yield Case("led", f"{subject}-{verb}-{value}-{after.strip(', ')}",
                               f"{subject} {verb} {group}{after}.", ((value, "captured"),))
    for j, text in enumerate(LED_NOT):
        yield Case("led", f"not-{j}", text, ())


# --- captors leading people into a place, in the active (round 46) ----------------------

LED_INTO_VERBS = ("marched", "led", "herded", "frogmarched", "bundled", "dragged")
LED_INTO_PLACES = (" into the forest", " into a waiting truck", " towards the river",
                   " to an unknown location", " away at gunpoint")
# Police, guards and teachers leading people, distances marched, recruits and cattle, and
# people led to safety or to hospital.
LED_INTO_NOT = ("Police marched 12 protesters into a van.",
                "The guards led 40 prisoners into the courtyard.",
                "Teachers led 40 pupils into the hall.",
                "The soldiers marched 20 km into the hills.",
                "The troops marched 300 recruits into the barracks.",
                "Gunmen herded 40 cattle into the forest.",
                "The rebels led 30 villagers to safety.",
                "Relatives led 12 mourners into the church.")


def led_into_cases() -> Iterator[Case]:
    for subject in LED_CAPTORS:
        for verb in LED_INTO_VERBS:
            for group, value in LED_GROUPS:
                for place in LED_INTO_PLACES:
                    yield Case("led_into", f"{subject}-{verb}-{value}-{place.strip()}",
                               f"{subject} {verb} {group}{place}.", ((value, "captured"),))
    for j, text in enumerate(LED_INTO_NOT):
        yield Case("led_into", f"not-{j}", text, ())


# --- a release to come, in the captors' own words, a day after their verb of saying ----

RELEASE_CAPTORS = ("Rebels", "Islamist militants", "The kidnappers", "The militia")
RELEASE_SAID = ("said", "said on Sunday", "said late on Friday", "said yesterday",
                "said on Sunday that", "say")
RELEASE_VERBS = ("would release", "will free", "would soon free")
RELEASE_GROUPS: tuple[tuple[str, int], ...] = (("2 engineers", 2), ("four aid workers", 4),
                                               ("a soldier", 1))
# No captors (police, an army), or things released: no captives.
RELEASE_NOT = ("Police said on Sunday they would release 20 protesters.",
               "The army said yesterday it would free 12 students.",
               "Rebels said on Sunday they would release a statement.",
               "Rebels released a statement on Friday.",
               "The militia said on Sunday it would release a letter from the envoy.",
               "Rebels said yesterday they would release 12 documents.")


def release_said_cases() -> Iterator[Case]:
    for subject in RELEASE_CAPTORS:
        pronoun = "it" if subject == "The militia" else "they"
        for said in RELEASE_SAID:
            for verb in RELEASE_VERBS:
                for group, value in RELEASE_GROUPS:
                    yield Case("release", f"{subject}-{said}-{verb}-{value}",
                               f"{subject} {said} {pronoun} {verb} {group}.",
                               ((value, "captured"),))
    for j, text in enumerate(RELEASE_NOT):
        yield Case("release", f"not-{j}", text, ())


# --- people freed by their captors or from them, in the passive -------------------------

FREED_GROUPS: tuple[tuple[str, int], ...] = (("dozens of migrants", 24), ("12 workers", 12),
                                             ("two aid workers", 2))
FREED_FORMS = ("were freed", "were released", "were rescued", "have been freed",
               "were later released", "were set free")
FREED_FROM = (" by their kidnappers", " by the militants", " from captivity",
              " from the rebels' prison", " from the hands of the gunmen",
              " from a kidnappers' hideout", " on Sunday by the rebels")
# Freed by the state, from its prisons, or released from an armed group's ranks (a child
# soldier's demobilisation): no captives.
FREED_NOT = (" by police", " from jail", " from the militia", " from armed groups",
             " by the army", " from prison")


def freed_cases() -> Iterator[Case]:
    for group, value in FREED_GROUPS:
        for form in FREED_FORMS:
            for source in FREED_FROM:
                text = f"{group[0].upper()}{group[1:]} {form}{source}."
                yield Case("freed", f"{value}-{form}-{source.strip()}", text,
                           ((value, "captured"),))
            for source in FREED_NOT:
                text = f"{group[0].upper()}{group[1:]} {form}{source}."
                yield Case("freed", f"not-{value}-{form}-{source.strip()}", text, ())


# --- the agent of a participle set off by commas: no victim ------------------------------

AGENT_INSERTS = (", led by a captain,", ", under the command of a major,",
                 ", accompanied by two guards,", ", escorted by a policeman,",
                 ", commanded by three officers,")
ATTACK_INSERTS = (", carried out by two gunmen,", ", staged by a suicide bomber,",
                  ", claimed by a militia,", ", led by three commanders,")
ATTACK_VERBS: tuple[tuple[str, int, str], ...] = (("killed 12 people", 12, "killed"),
                                                  ("wounded seven civilians", 7, "wounded"),
                                                  ("abducted four engineers", 4, "captured"))


def agent_insert_cases() -> Iterator[Case]:
    for i, c in enumerate(BASES):
        for j, insert in enumerate(AGENT_INSERTS):
            yield _case("agent", f"{i}-{j}", replace(c, between=insert))
    for subject in ("The attack", "The raid", "The ambush on the convoy"):
        for insert in ATTACK_INSERTS:
            for verb, value, outcome in ATTACK_VERBS:
                yield Case("agent", f"{subject}-{insert.strip(', ')}-{outcome}",
                           f"{subject}{insert} {verb}.", ((value, outcome),))


# --- an age limit set off by commas: no count of its own --------------------------------

AGE_INSERTS = (", under the age of 40,", ", all under 18,", ", aged under 30,",
               ", both under the age of 20,", ", all younger than 18,", ", under 18,",
               ", each below the age of 16,",
               # bare ages, as a police blotter sets them: "Two men, 24 and 31, were ..."
               ", 24 and 31,", ", 19, 22 and 40,", ", 19, 22, and 40,", ", 45,")


def age_insert_cases() -> Iterator[Case]:
    for i, c in enumerate((*BASES, *LOOKALIKES)):
        for j, insert in enumerate(AGE_INSERTS):
            if not c.outcome and insert[2].isdigit():
                continue  # bare ages are people's: "30 rifles, 24 and 31," is no English
            yield _case("age", f"{i}-{j}", replace(c, between=insert))
    for j, insert in enumerate(AGE_INSERTS):
        for subject, verb, counted, value, outcome, after in ACTIVE:
            yield Case("age", f"active-{verb}-{j}",
                       f"{subject} {verb} {counted}{insert} {after.strip()}.",
                       ((value, outcome),))


# --- the wounded moved to a town named without its hospital -----------------------------

MOVED_VERBS = ("were evacuated", "were taken", "were flown", "were airlifted", "were rushed",
               "were brought", "were carried", "have been evacuated", "were later flown")
MOVED_TOWNS = (" to Tor", " to the capital", " to Tor town", " to the town of Tor",
               " to nearby Tor")
MOVED_WOUNDS = (" with wounds", " with gunshot wounds", " with shrapnel and burn wounds",
                " with burns", " with serious injuries")
# What is brought along or done there is no wound: medicines, checks, a visit, care given.
MOVED_NOT = (" with medicines", " for checks", " to treat the wounded",
             " with their wounded children's papers")


def moved_cases() -> Iterator[Case]:
    counts = (("five", 5), ("about 20", 20), ("12", 12))
    for i, verb in enumerate(MOVED_VERBS):
        for j, town in enumerate(MOVED_TOWNS):
            count, value = counts[(i + j) % len(counts)]
            for k, wound in enumerate(MOVED_WOUNDS):
                text = f"{count} people {verb}{town}{wound}."
                yield Case("moved", f"{i}-{j}-{k}", text[0].upper() + text[1:],
                           ((value, "wounded"),))
            for k, thing in enumerate(MOVED_NOT):
                text = f"{count} doctors {verb}{town}{thing}."
                yield Case("moved", f"{i}-{j}-not-{k}", text[0].upper() + text[1:], ())


# --- voice and shape --------------------------------------------------------------------

VOICE: tuple[tuple[str, str, int, str], ...] = (
    # active
    ("active", "Gunmen killed five villagers in Tor.", 5, "killed"),
    ("active", "Gunmen have killed at least 12 soldiers near the border.", 12, "killed"),
    ("active", "The blast wounded seven civilians, police said.", 7, "wounded"),
    ("active", "Rebels kidnapped four engineers on the road to Tor.", 4, "captured"),
    ("active", "Police arrested 20 protesters in the capital on Monday.", 20, "arrested"),
    ("active", "The fighting has displaced some 15,000 residents since March.", 15000,
     "displaced"),
    ("active", "Gunmen abducted nine students from a school in Tor.", 9, "captured"),
    # passive with an agent
    ("passive", "Five villagers were killed by gunmen in Tor.", 5, "killed"),
    ("passive", "Seven civilians were wounded by shrapnel.", 7, "wounded"),
    ("passive", "Four engineers were kidnapped by armed men.", 4, "captured"),
    ("passive", "Twenty protesters were arrested by riot police.", 20, "arrested"),
    ("passive", "Some 15,000 residents have been displaced by the fighting.", 15000,
     "displaced"),
    # participle
    ("participle", "Gunmen attacked a market in Tor, killing five villagers.", 5, "killed"),
    ("participle", "A bomb exploded near the mosque, wounding seven civilians.", 7,
     "wounded"),
    ("participle", "Rebels raided the camp, abducting four aid workers.", 4, "captured"),
    ("participle", "The blast tore through the market, leaving five people dead.", 5,
     "killed"),
    ("participle", "The shelling hit the town, leaving 30 civilians wounded.", 30, "wounded"),
    ("participle", "Troops stormed the district, arresting 20 youths.", 20, "arrested"),
    ("participle", "Fighting spread to Tor, forcing about 3,000 people to flee.", 3000,
     "displaced"),
    # a state
    ("state", "Four engineers are still held by the rebels.", 4, "captured"),
    ("state", "Four engineers are still being held by their kidnappers.", 4, "captured"),
    ("state", "Six truck drivers remain in captivity.", 6, "captured"),
    ("state", "Eight fishermen are still missing.", 8, "missing"),
    ("state", "Eight fishermen remain missing after the raid.", 8, "missing"),
    ("state", "Some 15,000 residents remain displaced.", 15000, "displaced"),
    ("state", "Four engineers are being held hostage in Tor.", 4, "captured"),
    # other shapes of the same outcomes
    ("shape", "About 3,000 people were driven from Tor by the fighting.", 3000, "displaced"),
    ("shape", "About 3,000 people have taken shelter in schools in Tor.", 3000, "displaced"),
    ("shape", "About 3,000 people have sought refuge in churches in Tor.", 3000, "displaced"),
    ("shape", "About 3,000 people have been forced from their homes in Tor.", 3000,
     "displaced"),
    ("shape", "Four engineers were held for ransom by the gang.", 4, "captured"),
    ("shape", "Four engineers were seized by gunmen in Tor.", 4, "captured"),
    ("shape", "Twelve people were taken to Tor General Hospital with gunshot wounds.", 12,
     "wounded"),
    ("shape", "Five villagers were killed and their houses burned.", 5, "killed"),
    ("shape", "Gunmen shot dead five villagers in Tor.", 5, "killed"),
    ("shape", "Gunmen shot five villagers dead in Tor.", 5, "killed"),
    ("shape", "Five villagers died in the attack on Tor.", 5, "killed"),
    ("shape", "Five villagers lost their lives in the attack.", 5, "killed"),
    ("shape", "Police rounded up 20 protesters in Tor.", 20, "arrested"),
    ("shape", "About 40 gunmen were holed up in the city centre, holding 30 civilians.", 30,
     "captured"),
    ("shape", "Four engineers had been held by kidnappers since May.", 4, "captured"),
    ("shape", "The rebels hold 12 soldiers in a camp near Tor.", 12, "captured"),
    ("shape", "None of the 40 hostages has been freed.", 40, "captured"),
    # two participles in one verb group: the one that says an outcome gives it
    ("two", "Five villagers were beaten and killed.", 5, "killed"),
    ("two", "Five villagers were tortured and later killed.", 5, "killed"),
    ("two", "Five villagers were shot and killed in Tor.", 5, "killed"),
    ("two", "Twenty protesters were rounded up and detained.", 20, "arrested"),
    ("two", "Four engineers were kidnapped and taken hostage.", 4, "captured"),
    ("two", "Three suspects were charged and detained.", 3, "arrested"),
    ("two", "Three men were sentenced and executed.", 3, "killed"),
    ("two", "Five villagers got killed in the crossfire.", 5, "killed"),
    ("state", "Eight fishermen went missing off Tor on Tuesday.", 8, "missing"),
    ("state", "Eight fishermen have gone missing since the raid.", 8, "missing"),
    ("state", "Four engineers are being held in Tor by the rebels.", 4, "captured"),
    ("two", "Five villagers were reportedly among those killed.", 5, "killed"),
    ("inverted", "Killed were five villagers from Tor.", 5, "killed"),
)


def voice_cases() -> Iterator[Case]:
    for j, (shape, text, value, outcome) in enumerate(VOICE):
        yield Case("voice", f"{shape}-{j}", text, ((value, outcome),))


# --- time and modality ------------------------------------------------------------------

# Kept: the figure stands. A release to come says the people are held now (the corpus
# rules list "held hostage ... later freed"; the development gold has "free 3 Indians",
# captured, in a headline about a group that is to free them).
MODALITY_KEPT: tuple[tuple[str, int, str], ...] = (
    ("Gunmen had killed five villagers before the army arrived.", 5, "killed"),
    ("Five villagers had been killed by the time the army arrived.", 5, "killed"),
    ("At least 12 soldiers have been killed since Friday.", 12, "killed"),
    ("Rebels say they will free 3 soldiers.", 3, "captured"),
    ("Rebels will release four engineers on Friday, a mediator said.", 4, "captured"),
    ("The rebels are to free 3 soldiers next week.", 3, "captured"),
    ("The group has agreed to free six truck drivers.", 6, "captured"),
    ("Nine students were feared killed in the raid.", 9, "killed"),
    ("Five villagers were reported killed on Tuesday.", 5, "killed"),
    ("Police say 20 protesters have been arrested.", 20, "arrested"),
)
# Removed: a threat, a possibility, a plan or a negation leaves no figure.
MODALITY_REMOVED: tuple[str, ...] = (
    "Rebels threatened to kill five villagers.",
    "The rebels could kill five villagers, a mediator warned.",
    "The army plans to displace some 15,000 residents.",
    "Gunmen vowed to abduct more students.",
    "The militia threatened to kidnap four engineers.",
    "Police plan to arrest 20 protesters.",
    "Five villagers were not hurt.",
    "None of the 40 passengers were injured.",
    "All 40 passengers escaped unhurt.",
    "The attack could have killed hundreds of people, police said.",
    "Five villagers narrowly escaped being killed.",
    "Four engineers escaped being kidnapped on the road to Tor.",
    "No villagers were killed in the attack.",
    "Five villagers were killed or wounded.",
    "Five villagers were beaten and robbed.",
    "Four aid workers were stopped and searched at a checkpoint.",
    "Twelve soldiers were sent and deployed to Tor.",
    "Three suspects were tried and jailed.",
    "Officials fear 200 people could be displaced by the fighting.",
)


def modality_cases() -> Iterator[Case]:
    for j, (text, value, outcome) in enumerate(MODALITY_KEPT):
        yield Case("modality", f"kept-{j}", text, ((value, outcome),))
    for j, text in enumerate(MODALITY_REMOVED):
        yield Case("modality", f"removed-{j}", text, ())


# --- look-alikes of whole sentences -----------------------------------------------------

LOOKALIKE_SENTENCES: tuple[str, ...] = (
    "Gunmen stole $5,000 from the shop.",
    "The attackers burned 40 houses in Tor.",
    "The village lies 40 km north of Tor.",
    "The fighting went on for 3 hours.",
    "The army deployed 500 troops to the district.",
    "The army has sent 200 more soldiers to the border.",
    "Some 12,000 voters cast their ballots in Tor.",
    "Buses evacuated 300 people from the old town.",
    "The camp, which aid workers said held 20,000, was shelled.",
    "The camp, which holds 20,000 people, was shelled.",
    "The stadium can hold 40,000 people.",
    "Police seized 40 rifles in the raid.",
    "Rebels captured 3 towns in the north.",
    "Three suspects were charged with the killings.",
    "Some 40 attackers stormed the base at dawn.",
    "The convoy of 30 trucks reached Tor on Monday.",
    "The government pledged $2 million to the families.",
    "The group held 3 meetings with the mediators.",
    "About 200 rebels were driven from Tor by the army.",
    "Four suspects were held by police for questioning.",
    "None of the 40 houses were damaged.",
    "The ferry, which can hold 400 passengers, sank in the storm.",
    "The bus held 60 passengers when it left Tor.",
)


def lookalike_cases() -> Iterator[Case]:
    for j, text in enumerate(LOOKALIKE_SENTENCES):
        yield Case("lookalike", f"sentence-{j}", text, ())


# --- the verb group in the active voice: a subject, adverbs, the count after the verb -----

ACTIVE: tuple[tuple[str, str, str, int, str, str], ...] = (
    # subject, verb, count and group, value, outcome, what follows
    ("Gunmen", "killed", "five villagers", 5, "killed", " in Tor"),
    ("The blast", "wounded", "seven civilians", 7, "wounded", " at the market"),
    ("Rebels", "kidnapped", "four engineers", 4, "captured", " on the road to Tor"),
    ("Police", "arrested", "20 protesters", 20, "arrested", " in the capital"),
    ("The fighting", "displaced", "some 15,000 residents", 15000, "displaced", " in Tor"),
    ("Gunmen", "abducted", "nine students", 9, "captured", " from a school in Tor"),
)
ACTIVE_ADVERBS = ("", "reportedly ", "allegedly ", "later ", "also ", "then ", "apparently ",
                  "have since ", "have reportedly ", "have so far ", "had earlier ",
                  "have now ")
ACTIVE_AFTER = ("", " in Tor town", " in the town of Tor", " near the border",
                " on Tuesday", ", police said", " since the attack")


def active_cases() -> Iterator[Case]:
    for j, (subject, verb, counted, value, outcome, after) in enumerate(ACTIVE):
        for adverb in ACTIVE_ADVERBS:
            form = verb
            if adverb.startswith(("have", "had")) and verb == "displaced":
                form = "displaced"
            for tail in ACTIVE_AFTER:
                text = f"{subject} {adverb}{form} {counted}{after}{tail}."
                yield Case("active", f"{j}-{adverb.strip()}-{tail.strip(', ')}", text,
                           ((value, outcome),))


# --- made to leave: a verb of forcing, civilians, where they are from, what they left ---

# (a cause as the verb, after the forty-fifth round: "caused 900 families to leave their
# villages", woken by "to leave" after it, as "were made to leave" below)
FORCING_FORMS = ("forced", "has forced", "compelled", "caused", "has prompted")
PASSIVE_FORMS = ("were forced to leave", "were made to leave", "have been made to leave")
FORCED_GROUPS: tuple[tuple[str, int], ...] = (("some 3,000 residents", 3000),
                                              ("about 900 families", 900))
FORCED_ORIGINS = ("", " of the town of Tor", " from nearby villages", " of the district",
                  " of al-Tor")
FORCED_LEFT = (" to leave", " to leave the town", " to leave Tor", " to leave their homes",
               " to flee", " to abandon their homes", " out of their homes",
               " to leave in the night")
PASSIVE_LEFT = ("", " the town", " Tor", " their homes", " in the night")
# Fighters, workers and protesters made to leave a place retreat or disperse: no figure
# (their homes left are a displacement whoever they are, and stay out of this list).
FORCED_NOT_CIVILIANS = ("200 rebels", "30 workers", "40 protesters", "20 fighters")
FORCED_NOT_LEFT = (" to leave", " to leave the town", " to leave Tor", " to flee",
                   " to leave in the night", " to leave the square", " to leave the site")
# ... and people made to leave a room, a meeting or a hotel, or made to do something else
MADE_NOT = ("About 30 reporters were made to leave the room.",
            "The 12 guests were made to leave the hotel.",
            "Some 40 delegates were made to leave the meeting early.",
            "Some 300 families were made to wait outside the village.",
            "The storm caused 40 passengers to leave the ship.",
            "The dispute caused 12 ministers to leave the cabinet.")


def forced_cases() -> Iterator[Case]:
    for form in FORCING_FORMS:
        for group, value in FORCED_GROUPS:
            for origin in FORCED_ORIGINS:
                for left in FORCED_LEFT:
                    if form in ("compelled", "caused", "has prompted") and left.startswith(
                            " out"):
                        continue  # "compelled them out of" is no English
                    text = f"The fighting {form} {group}{origin}{left}."
                    yield Case("forced", f"{form}-{value}-{origin.strip()}-{left.strip()}",
                               text, ((value, "displaced"),))
    for passive in PASSIVE_FORMS:
        for group, value in FORCED_GROUPS:
            for origin in FORCED_ORIGINS:
                for left in PASSIVE_LEFT:
                    text = f"{group[0].upper()}{group[1:]}{origin} {passive}{left}."
                    name = "passive" if passive == PASSIVE_FORMS[0] else passive
                    yield Case("forced", f"{name}-{value}-{origin.strip()}-{left.strip()}",
                               text, ((value, "displaced"),))
    for group in FORCED_NOT_CIVILIANS:
        for left in FORCED_NOT_LEFT:
            yield Case("forced", f"not-civilians-{group}-{left.strip()}",
                       f"The army forced {group}{left}.", ())
            yield Case("forced", f"not-civilians-caused-{group}-{left.strip()}",
                       f"The shelling caused {group}{left}.", ())
        for passive in PASSIVE_FORMS:
            name = "passive" if passive == PASSIVE_FORMS[0] else passive
            yield Case("forced", f"not-civilians-{name}-{group}",
                       f"{group[0].upper()}{group[1:]} {passive}.", ())
    for j, text in enumerate(MADE_NOT):
        yield Case("forced", f"not-made-{j}", text, ())


# --- driven out with the whole group named: "the", "all" or "all the" before the count ---
# (after the forty-fifth round: "Gunmen drove the 600 residents from the village")

WHOLE_VERBS = ("drove", "have driven", "forced", "chased", "pushed")
WHOLE_DETERMINERS = ("the ", "all ", "all the ")
WHOLE_GROUPS: tuple[tuple[str, int], ...] = (("600 residents", 600), ("300 families", 300),
                                             ("3,000 villagers", 3000))
WHOLE_FROM = (" from the village", " from Kessa", " from their homes")
WHOLE_TO = (" to leave their homes", " to flee", " to leave Kessa")
# Fighters and a crowd dispersed, and a ride, stay nothing with the same words.
WHOLE_NOT_GROUPS = ("300 rebels", "30 protesters", "40 fighters")
WHOLE_NOT = ("The bus drove the 40 passengers from Tor to the capital.",
             "The company drives all 200 workers from the camp each morning.",
             "He pushed the 200 sheep from the hill.",
             "Fighting drove the 300 worshippers from Friday prayers.")


def whole_group_cases() -> Iterator[Case]:
    for verb in WHOLE_VERBS:
        for det in WHOLE_DETERMINERS:
            for group, value in WHOLE_GROUPS:
                for place in WHOLE_FROM + (WHOLE_TO if verb == "forced" else ()):
                    text = f"Gunmen {verb} {det}{group}{place}."
                    yield Case("whole", f"{verb}-{det.strip()}-{value}-{place.strip()}", text,
                               ((value, "displaced"),))
            for group in WHOLE_NOT_GROUPS:
                for place in (" from the town", " from Kessa", " from the square"):
                    yield Case("whole", f"not-{verb}-{det.strip()}-{group}-{place.strip()}",
                               f"The army {verb} {det}{group}{place}.", ())
    for j, text in enumerate(WHOLE_NOT):
        yield Case("whole", f"not-{j}", text, ())


# --- a place emptied of its people (after the forty-fifth round) ----------------------

EMPTIED_FORMS = ("emptied", "has emptied", "had all but emptied")
# (place, its possessive): a home place, a name, a plural of home places
EMPTIED_PLACES = (("the village", "its"), ("Tor", "its"), ("the Old City", "its"),
                  ("whole districts", "their"), ("the camp", "its"))
EMPTIED_GROUPS: tuple[tuple[str, int], ...] = (("300 residents", 300),
                                               ("some 5,000 inhabitants", 5000),
                                               ("about 900 families", 900))
EMPTIED_PASSIVES = ("was emptied", "has been emptied", "was almost emptied")
EMPTIED_SUBJECTS = ("The village", "Tor", "The town")
# A school, a prison, a hall or a stadium emptied of its people, and a place emptied of
# things or of people no figure counts, stay nothing.
EMPTIED_NOT = ("The fire drill emptied the school of its 300 children.",
               "The school was emptied of its 300 children.",
               "The amnesty emptied the prison of its 300 inmates.",
               "The strike emptied the warehouse of its 300 sacks.",
               "Police emptied the square of its 300 protesters.",
               "The rain emptied the stadium of its 30,000 fans.",
               "The army emptied the town of its 400 rebels.",
               "The thieves emptied the village of its 300 cattle.")


def emptied_cases() -> Iterator[Case]:
    for form in EMPTIED_FORMS:
        for place, its in EMPTIED_PLACES:
            for group, value in EMPTIED_GROUPS:
                text = f"The fighting {form} {place} of {its} {group}."
                yield Case("emptied", f"{form}-{place}-{value}", text, ((value, "displaced"),))
    for passive in EMPTIED_PASSIVES:
        for subject in EMPTIED_SUBJECTS:
            for group, value in EMPTIED_GROUPS:
                text = f"{subject} {passive} of its {group} within a week."
                yield Case("emptied", f"{passive}-{subject}-{value}", text,
                           ((value, "displaced"),))
    for j, text in enumerate(EMPTIED_NOT):
        yield Case("emptied", f"not-{j}", text, ())


# --- the inverted passive: the participle opens the sentence, its subject after "were" ---

# (participle, count and group, value, outcome); the list goes on after the first group
INVERTED: tuple[tuple[str, str, int, str], ...] = (
    ("killed", "five villagers", 5, "killed"),
    ("shot dead", "two aid workers", 2, "killed"),
    ("wounded", "seven civilians", 7, "wounded"),
    ("injured", "about 40 people", 40, "wounded"),
    ("kidnapped", "four engineers", 4, "captured"),
    ("abducted", "nine students", 9, "captured"),
    ("arrested", "20 protesters", 20, "arrested"),
    ("detained", "more than 100 people", 100, "arrested"),
    ("missing", "eight fishermen", 8, "missing"),
    ("displaced", "some 15,000 residents", 15000, "displaced"),
)
INVERTED_OPENERS = ("", "also ", "reportedly ", "seriously ")
INVERTED_BETWEEN = ("", " in the attack", " on Tuesday", " by the gunmen", " near the border")
INVERTED_TAILS = (" from Tor", "", ", police said", " and a policeman")
# Things, people no figure counts, and a participle of no outcome in the same shape.
INVERTED_NOT = ("Killed were the hopes of a settlement.", "Destroyed were 40 houses.",
                "Also present were five ministers.", "Killed were 40 cattle.",
                "Hit were three houses and a school.", "Evacuated were 300 people.",
                "Jailed were three suspects.", "Deployed in the district were 500 troops.",
                "Charged were four men.", "Among the guests were five ministers.")


def inverted_cases() -> Iterator[Case]:
    for verb, counted, value, outcome in INVERTED:
        for opener in INVERTED_OPENERS:
            if opener == "seriously " and outcome not in ("wounded",):
                continue  # "seriously" grades a wound only
            for between in INVERTED_BETWEEN:
                for tail in INVERTED_TAILS:
                    words = f"{opener}{verb}{between} were {counted}{tail}."
                    expect = ((value, outcome),)
                    if tail == " and a policeman":
                        expect = ((value, outcome), (1, outcome))
                    yield Case("inverted", f"{verb}-{opener.strip()}-{between.strip()}"
                               f"-{tail.strip(', ')}", words[0].upper() + words[1:], expect)
    for j, text in enumerate(INVERTED_NOT):
        yield Case("inverted", f"not-{j}", text, ())


FAMILIES: dict[str, Callable[[], Iterator[Case]]] = {
    "adverb": adverb_cases,
    "after": after_cases,
    "between": between_cases,
    "combined": combined_cases,
    "care": care_cases,
    "active": active_cases,
    "voice": voice_cases,
    "modality": modality_cases,
    "lookalike": lookalike_cases,
    "forced": forced_cases,
    "inverted": inverted_cases,
    "moved": moved_cases,
    "age": age_insert_cases,
    "driven": driven_cases,
    "led": led_cases,
    "led_into": led_into_cases,
    "release": release_said_cases,
    "freed": freed_cases,
    "agent": agent_insert_cases,
    "whole": whole_group_cases,
    "emptied": emptied_cases,
}


# Rewordings the engine does not hold under, and why making it hold would cost more than
# it gives (the tests mark them strict xfail: they fail today, and say so if they pass).
KNOWN_LIMITS: dict[str, str] = {
    "About 3,000 people have taken shelter in schools in Tor.":
        "left open by the corpus rules, which name displaced people and refugees, not "
        "shelter taken: people take shelter in a basement during a bombardment and go home "
        "after it, and no wording rule tells the two apart",
    "The group has agreed to free six truck drivers.":
        "left open by the corpus rules, which count hostages later freed as captured but "
        "say nothing of a release promised by a subject that names no captor: the engine "
        "reads it only when a captor is named (rebels, kidnappers, a militia) or the story "
        "tells of hostages, since 'the group' also names aid and rights groups",
}


def all_cases() -> list[Case]:
    cases = [case for make in FAMILIES.values() for case in make()]
    return [replace(c, xfail=KNOWN_LIMITS.get(c.text, "")) for c in cases]


def figures_of(found: list[dict[str, object]]) -> tuple[tuple[int, str], ...]:
    """The (count, outcome) pairs an engine result gives, the way the evaluation pairs."""
    return tuple(sorted((int(f["count_low"]), str(f["outcome"])) for f in found))  # type: ignore[call-overload]


def case_batches(cases: Iterable[Case], left: Callable[[Case], str] = lambda c: "") -> list[object]:
    """A casualty grid's cases as batches of each family (``tests.grid_batches``), each cell
    named ``family-name``; ``left`` gives the reason a cell is left failing."""
    return grid_params(cases, lambda c: f"{c.family}-{c.name}", family=lambda c: c.family,
                       left=left)


def look_figures(case: Case) -> Look:
    """What a casualty cell compares: the (count, outcome) pairs it must give and those the
    engine gives."""
    return Look(case.text, tuple(sorted(case.expect)), figures_of(find_casualties(case.text)))


def failures(find: Callable[[str], list[dict[str, object]]],
             cases: list[Case] | None = None) -> list[tuple[Case, tuple[tuple[int, str], ...]]]:
    """Cases whose figures differ from what they must give, with what was given."""
    wrong = []
    for case in cases if cases is not None else all_cases():
        got = figures_of(find(case.text))
        if got != tuple(sorted(case.expect)):
            wrong.append((case, got))
    return wrong


if __name__ == "__main__":  # a summary by family: python -m tests.casualty_grid [-v]
    import collections
    import sys

    from workbench.core.extract.casualties import find_casualties

    cases = all_cases()
    wrong = failures(find_casualties, cases)
    sizes = collections.Counter(c.family for c in cases)
    bad = collections.Counter(c.family for c, _ in wrong)
    for family in FAMILIES:
        print(f"{family:10} {sizes[family]:5} cases {bad[family]:4} failing")
    print(f"{'all':10} {len(cases):5} cases {len(wrong):4} failing")
    if "-v" in sys.argv:
        for case, got in wrong:
            print(f"[{case.family}] {case.text!r} want {case.expect} got {got}")


def print_summary(cases: list[Case], families: Iterable[str],
                  find: Callable[[str], list[dict[str, object]]], verbose: bool,
                  left: int | None = None) -> None:
    """A grid file's summary by family (its ``python -m`` entry): cells and failing cells,
    each failing cell with what it gave when ``verbose``."""
    sizes = Counter(c.family for c in cases)
    bad: Counter[str] = Counter()
    for case in cases:
        got = figures_of(find(case.text))
        if got != tuple(sorted(case.expect)):
            bad[case.family] += 1
            if verbose:
                print(f"[{case.family}] {case.text!r} want {case.expect} got {got}")
    for family in families:
        print(f"{family:10} {sizes[family]:5} cells {bad[family]:4} failing")
    if left is not None:
        print(f"({left} cells are left failing on purpose, see LEFT)")
    print(f"{'all':10} {len(cases):5} cells {sum(bad.values()):4} failing")
