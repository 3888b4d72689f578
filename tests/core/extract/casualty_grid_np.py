"""A grid of casualty sentences under rewordings of the figure's phrase.

Behavioural invariance: a rewording that keeps the meaning must keep the suggestion. Each
family below takes base sentences (wire and long-form, one per outcome) and rewrites one
part of the figure's phrase: the count, the head noun, a coordination or a sub-group, the
noun that carries the outcome, the headline form. A second grid of look-alikes (counts of
things, troops, votes, ages, dates, clock times) must stay silent.

Expected values follow the corpus rules (``shared/corpus/README.md``): vague words count
their smallest value, "some" / "nearly" / "about" / "roughly" are ``about``, "over" is
``more_than``, "a dozen" and "two dozen" are ``about`` 12 and 24 (the rules name "two
dozen" as ``about``; they are silent on "a dozen", which follows it here, and on
"roughly", which follows "about"). "a trio of" and "a couple of" count 3 and 2 exactly, as
the rules' count word "trio" does (silent on "a couple of"; the engine's collective nouns
read "couple" as two people). "casualties" is a
count of dead and wounded together, so it is no figure of either (the rules' "single
number shared by two outcomes").

Every sentence is fictional and written for this grid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Want:
    """One figure the sentence must give: its outcome, low and high count, qualifier,
    and words its span must contain."""

    outcome: str
    low: int
    high: int | None
    qualifier: str
    anchor: str


@dataclass(frozen=True)
class Case:
    family: str
    text: str
    wants: tuple[Want, ...] = field(default_factory=tuple)

    @property
    def ident(self) -> str:
        return f"{self.family}:{self.text[:70]}"


# ------------------------------------------------------------------ the count
# (phrase, low, high, qualifier)
COUNTS: tuple[tuple[str, int, int | None, str], ...] = (
    ("7", 7, None, "exact"),
    ("1,250", 1250, None, "exact"),
    ("twenty-three", 23, None, "exact"),
    ("a dozen", 12, None, "about"),
    ("two dozen", 24, None, "about"),
    ("two hundred", 200, None, "exact"),
    ("dozens of", 24, None, "vague"),
    ("scores of", 40, None, "vague"),
    ("hundreds of", 200, None, "vague"),
    ("a number of", 2, None, "vague"),
    ("several", 3, None, "vague"),
    ("at least 20", 20, None, "at_least"),
    ("more than 20", 20, None, "more_than"),
    ("up to 20", 20, None, "up_to"),
    ("as many as 20", 20, None, "up_to"),
    ("nearly 20", 20, None, "about"),
    ("some 20", 20, None, "about"),
    ("about 20", 20, None, "about"),
    ("roughly 20", 20, None, "about"),
    ("over 20", 20, None, "more_than"),
    ("more than a dozen", 12, None, "more_than"),
    ("an estimated 3,000", 3000, None, "about"),
    ("tens of thousands of", 20000, None, "vague"),
    ("a further five", 5, None, "exact"),
    ("an additional 12", 12, None, "exact"),
    ("another five", 5, None, "exact"),
    ("a couple of", 2, None, "exact"),
    ("a trio of", 3, None, "exact"),
    ("half a dozen", 6, None, "about"),
    ("almost 20", 20, None, "about"),
    ("close to 20", 20, None, "about"),
    ("around 20", 20, None, "about"),
    ("upwards of 20", 20, None, "more_than"),
    ("no fewer than 20", 20, None, "at_least"),
    ("20 or 30", 20, 30, "range"),
    ("20 to 30", 20, 30, "range"),
    ("20-30", 20, 30, "range"),
    ("between 20 and 30", 20, 30, "range"),
)

# Base sentences per outcome: {n} is the count phrase, {h} the head noun (plural).
# (outcome, template, style)
BASES: tuple[tuple[str, str, str], ...] = (
    ("killed", "Gunmen killed {n} {h} in an attack on a market in Dongo on Tuesday.", "wire"),
    ("killed", "Officials said {n} {h} were killed when the convoy came under fire near "
               "the river crossing late on Sunday.", "long"),
    ("wounded", "A roadside bomb wounded {n} {h} outside the district office.", "wire"),
    ("wounded", "According to the clinic, {n} {h} were wounded in the shelling of the "
                "eastern quarter overnight.", "long"),
    ("captured", "Armed men kidnapped {n} {h} from a bus on the Kisa road.", "wire"),
    ("captured", "Residents said {n} {h} were abducted during the raid and taken into "
                 "the forest.", "long"),
    ("arrested", "Police arrested {n} {h} after the protest in Tamara.", "wire"),
    ("arrested", "The ministry said {n} {h} had been detained in the sweep that followed "
                 "the bombing.", "long"),
    ("missing", "{N} {h} were missing after the boat was fired on near Lusa.", "wire"),
    ("missing", "Relatives said {n} {h} were still missing a week after the militia "
                "entered the valley.", "long"),
    ("displaced", "The fighting displaced {n} {h} from villages around Mora.", "wire"),
    ("displaced", "Aid workers said {n} {h} had fled their homes since the clashes began "
                  "in the hills.", "long"),
)


def _anchor(phrase: str) -> str:
    """The words of a count phrase a figure's span must hold: an additive word before the
    number ("a further", "another") may stay out of it, and so may a vague word's "of"."""
    for lead in ("a further ", "an additional ", "another "):
        phrase = phrase.removeprefix(lead)
    return phrase.removesuffix(" of")


def _fill(template: str, count: str, head: str) -> str:
    text = template.replace("{n}", count).replace("{h}", head)
    return text.replace("{N}", count[:1].upper() + count[1:])


def count_family() -> Iterator[Case]:
    """Every count shape in every base sentence, head "people"."""
    for outcome, template, style in BASES:
        for phrase, low, high, qual in COUNTS:
            anchor = _anchor(phrase)
            yield Case(f"count/{outcome}/{style}", _fill(template, phrase, "people"),
                       (Want(outcome, low, high, qual, anchor),))


# Heads crossed with every count: a pre-modified head, a nationality, "members of".
CROSS_HEADS: tuple[str, ...] = (
    "civilians", "off-duty police officers", "members of the militia", "Afghan soldiers",
)


def count_head_family() -> Iterator[Case]:
    """Every count shape before heads other than "people", in every base sentence."""
    for outcome, template, style in BASES:
        for head in CROSS_HEADS:
            for phrase, low, high, qual in COUNTS:
                yield Case(f"counthead/{outcome}/{style}", _fill(template, phrase, head),
                           (Want(outcome, low, high, qual, _anchor(phrase)),))


# A count said again in brackets (legal and regional copy), and bare nouns listed after the
# first head sharing its count.
RESTATED = (("12 (twelve)", 12), ("twelve (12)", 12), ("forty (40)", 40))
NOUN_LISTS = ("men, women and children", "soldiers, policemen and civilians",
              "farmers, herders, and traders")


def restated_and_listed_family() -> Iterator[Case]:
    for outcome, template, style in BASES:
        for phrase, low in RESTATED:
            yield Case(f"counthead/restated/{outcome}/{style}", _fill(template, phrase, "people"),
                       (Want(outcome, low, None, "exact", phrase),))
        for heads in NOUN_LISTS:
            yield Case(f"head/list/{outcome}/{style}", _fill(template, "12", heads),
                       (Want(outcome, 12, None, "exact", "12 " + heads.split(",")[0]),))


# ------------------------------------------------------------------ the head
HEADS: tuple[str, ...] = (
    "civilians", "soldiers", "policemen", "farmers", "teachers", "aid workers",
    "truck drivers", "Afghans", "Nigerian soldiers", "Shiite pilgrims",
    "members of the militia", "members of a local vigilante group",
    "unarmed protesters", "off-duty police officers", "young men", "foreign engineers",
    "border guards", "UN peacekeepers", "security personnel", "election workers",
)


def head_family() -> Iterator[Case]:
    """Every head after a digit and after a number word, in every base sentence."""
    for outcome, template, style in BASES:
        for head in HEADS:
            for phrase, low in (("14", 14), ("five", 5)):
                yield Case(f"head/{outcome}/{style}", _fill(template, phrase, head),
                           (Want(outcome, low, None, "exact", phrase),))


# A headline's bare title before a counted group, the article dropped.
HEADLINE_TITLES: tuple[tuple[str, str, int, str], ...] = (
    ("Gunmen kill farmer, 3 herders in Benue", "killed", 3, "3 herders"),
    ("Gunmen kill driver, 3 passengers on highway", "killed", 3, "3 passengers"),
    ("Bandits abduct nun, 4 pupils from school", "captured", 4, "4 pupils"),
    ("Troops arrest teacher and 5 students after protest", "arrested", 5, "5 students"),
    ("Gunmen Kill Soldier, 2 Policemen In North", "killed", 2, "2 Policemen"),
    ("GUNMEN KILL MAYOR, 3 GUARDS", "killed", 3, "3 GUARDS"),
    ("Army arrests general, 2 colonels over coup plot", "arrested", 2, "2 colonels"),
    ("Police detain protester, 3 journalists", "arrested", 3, "3 journalists"),
    ("Gunmen kill mayor, 3 guards in ambush", "killed", 3, "3 guards"),
    ("Gunmen kill mayor and 3 guards in ambush", "killed", 3, "3 guards"),
    ("Rebels abduct priest, 4 nuns in raid on mission", "captured", 4, "4 nuns"),
    ("Militants kill district chief, 2 bodyguards", "killed", 2, "2 bodyguards"),
    ("Police arrest governor, 6 aides over killings", "arrested", 6, "6 aides"),
    ("Bomb wounds commander, 5 recruits at base", "wounded", 5, "5 recruits"),
    ("Gunmen kill judge, three police escorts", "killed", 3, "three police escorts"),
)


def headline_title_family() -> Iterator[Case]:
    for text, outcome, low, anchor in HEADLINE_TITLES:
        yield Case("head/headline-title", text, (Want(outcome, low, None, "exact", anchor),))


# ------------------------------------------------------------------ groups
def coordination_family() -> Iterator[Case]:
    """Groups sharing one outcome, each with its own figure."""
    pairs = (
        ("3 soldiers", 3, "5 civilians", 5),
        ("three soldiers", 3, "five civilians", 5),
        ("a policeman", 1, "two passers-by", 2),
        ("a girl of 14", 1, "three women", 3),
        ("12 villagers", 12, "a nurse", 1),
    )
    frames = (
        ("killed", "Gunmen killed {a} and {b} in the attack."),
        ("killed", "{A} and {b} were killed in the attack."),
        ("wounded", "The blast wounded {a} and {b} near the checkpoint."),
        ("wounded", "{A} and {b} were wounded in the shelling."),
        ("captured", "Militants kidnapped {a} and {b} on the highway."),
        ("arrested", "Troops arrested {a} and {b} at a roadblock."),
    )
    for outcome, frame in frames:
        for a, na, b, nb in pairs:
            text = (frame.replace("{A}", a[:1].upper() + a[1:]).replace("{a}", a)
                    .replace("{b}", b))
            yield Case(f"groups/and/{outcome}", text,
                       (Want(outcome, na, None, "exact", a.split(" of ")[0]),
                        Want(outcome, nb, None, "exact", b)))
    # three groups with commas
    lists = (
        ("killed", "The attack killed 3 soldiers, 2 policemen and 5 civilians.",
         ("3 soldiers", 3), ("2 policemen", 2), ("5 civilians", 5)),
        ("killed", "Two soldiers, a policeman and four civilians were killed in the blast.",
         ("Two soldiers", 2), ("a policeman", 1), ("four civilians", 4)),
        ("wounded", "Shelling wounded 6 children, 4 women and 2 medics on Monday.",
         ("6 children", 6), ("4 women", 4), ("2 medics", 2)),
    )
    for outcome, text, *groups in lists:
        yield Case(f"groups/list/{outcome}", text,
                   tuple(Want(outcome, n, None, "exact", a) for a, n in groups))


# A relative named by a possessive, with no count, inside a list of counted members: the
# relative is no figure, and the members on either side keep theirs.
RELATIVE_LISTS: tuple[tuple[str, str, tuple[tuple[str, int], ...]], ...] = (
    ("killed", "A man, his wife and their three children were killed in the strike.",
     (("A man", 1), ("three children", 3))),
    ("killed", "A policeman, his driver and two civilians were killed at the checkpoint.",
     (("A policeman", 1), ("two civilians", 2))),
    ("killed", "Gunmen killed a policeman, his driver and two civilians at the checkpoint.",
     (("a policeman", 1), ("two civilians", 2))),
    ("killed", "Gunmen killed a farmer, his wife and three farmhands near Bama.",
     (("a farmer", 1), ("three farmhands", 3))),
    ("wounded", "The blast wounded a girl, her mother and four neighbours.",
     (("a girl", 1), ("four neighbours", 4))),
    ("captured", "Bandits abducted a pastor, his wife and 12 worshippers from the church.",
     (("a pastor", 1), ("12 worshippers", 12))),
    ("killed", "A man and his three children were killed in the strike.",
     (("A man", 1), ("three children", 3))),
    # the possessives of a witness's own words
    ("killed", '"I am burying my wife and my two boys today," the farmer said.',
     (("two boys", 2),)),
    ("killed", "The blast killed my brother and two cousins, she said.", (("two cousins", 2),)),
    ("killed", "Gunmen killed his wife and their two children.", (("two children", 2),)),
    ("killed", "They killed our driver, our cook and two guards, the manager said.",
     (("two guards", 2),)),
)


def relative_list_family() -> Iterator[Case]:
    for outcome, text, members in RELATIVE_LISTS:
        yield Case(f"groups/relative/{outcome}", text,
                   tuple(Want(outcome, n, None, "exact", a) for a, n in members))


# Several relatives, each named by a possessive without a count, before a counted group
# after an active verb: none of them is a figure, the counted group after them is.
KIN_VERBS: tuple[tuple[str, str], ...] = (
    ("killed", "Gunmen killed"), ("killed", "The blast killed"),
    ("wounded", "The shelling wounded"), ("captured", "Bandits abducted"),
    ("captured", "Gunmen kidnapped"), ("arrested", "Police arrested"),
)
KIN_LISTS = ("his brother, his wife and", "our driver, our cook and",
             "my father, my uncle, my aunt and", "her son, her nephew, and",
             "his wife, his mother-in-law and",
             # (after the forty-fifth round: the verb further than 45 characters back)
             "his wife, his mother-in-law, his son and")
KIN_COUNTED: tuple[tuple[str, int, str], ...] = (
    ("two guards", 2, "two guards"), ("their three children", 3, "three children"),
    ("12 neighbours", 12, "12 neighbours"), ("several villagers", 3, "several villagers"),
)


def kin_list_family() -> Iterator[Case]:
    for outcome, opening in KIN_VERBS:
        for kin in KIN_LISTS:
            for counted, low, anchor in KIN_COUNTED:
                qual = "vague" if counted.startswith("several") else "exact"
                yield Case(f"groups/kin/{outcome}", f"{opening} {kin} {counted} in Bama.",
                           (Want(outcome, low, None, qual, anchor),))
    # look-alikes: things before the count, and a verb of no outcome
    for text in ("The blast destroyed their house, their shop and two cars.",
                 "Police visited his brother, his wife and two neighbours.",
                 "Gunmen stole his car, his phone and two rifles.",
                 "The blast destroyed their house, their shop, their garage and their two cars.",
                 "Police visited his brother, his wife, his uncle and their two neighbours."):
        yield Case("lookalike/kin", text)


# "The victims were ..." after a figure: the people just counted, their outcome the
# figure's ("victims" names none of its own). After an arrest the victims are others.
VICTIMS_BEFORE: tuple[tuple[str, str, int, str], ...] = (
    ("killed", "Gunmen killed 30 people in Bama", 30, "30 people"),
    ("wounded", "The blast wounded 30 people at the market", 30, "30 people"),
    ("captured", "Bandits abducted 30 villagers on Sunday", 30, "30 villagers"),
    ("captured", "Gunmen seized 30 passengers from a bus", 30, "30 passengers"),
    ("missing", "At least 30 fishermen are missing after the raid", 30, "30 fishermen"),
)
VICTIMS_OPENERS = (". The victims were", ". The victims are", "; the victims were",
                   ". The victims were also", ". The victims included")
VICTIMS_LISTS: tuple[tuple[str, tuple[tuple[int, str], ...]], ...] = (
    ("12 women and 18 children", ((12, "12 women"), (18, "18 children"))),
    ("three women", ((3, "three women"),)),
    ("two nurses, a teacher and 27 pupils", ((2, "two nurses"), (1, "a teacher"),
                                            (27, "27 pupils"))),
)


def victims_back_family() -> Iterator[Case]:
    for outcome, before, low, anchor in VICTIMS_BEFORE:
        for i, opener in enumerate(VICTIMS_OPENERS):
            for j, (words, members) in enumerate(VICTIMS_LISTS):
                qual = "at_least" if before.startswith("At least") else "exact"
                yield Case(f"groups/victims-back/{outcome}/{i}{j}", f"{before}{opener} {words}.",
                           (Want(outcome, low, None, qual, anchor),
                            *(Want(outcome, n, None, "exact", a) for n, a in members)))
    # look-alikes: no figure before, an arrest before, and no count after
    for text in ("The victims were 12 women and 18 children.",
                 "The court heard that the victims were two sisters.",
                 "Troops killed 11 people on Monday. The victims were mostly farmers."):
        wants = ((Want("killed", 11, None, "exact", "11 people"),) if "11" in text else ())
        yield Case("lookalike/victims-back", text, wants)
    for i, opener in enumerate(VICTIMS_OPENERS):
        yield Case(f"lookalike/victims-back/{i}",
                   f"Police arrested 5 men{opener} three tourists.",
                   (Want("arrested", 5, None, "exact", "5 men"),))


def subgroup_family() -> Iterator[Case]:
    """A figure and a part of it: 'including', 'among them', partitives."""
    cases = (
        ("At least 12 people were killed, including 4 children.",
         (("killed", 12, "at_least", "12 people"), ("killed", 4, "exact", "4 children"))),
        ("The bombing killed 12 people, among them 4 children.",
         (("killed", 12, "exact", "12 people"), ("killed", 4, "exact", "4 children"))),
        ("The bombing killed 12 people, four of them children.",
         (("killed", 12, "exact", "12 people"), ("killed", 4, "exact", "four"))),
        ("Gunmen wounded 9 people, including three policemen, at the market.",
         (("wounded", 9, "exact", "9 people"), ("wounded", 3, "exact", "three policemen"))),
        # the 23 were not all killed: only the part is a figure
        ("Fourteen of the 23 crew were killed when the ship was hit.",
         (("killed", 14, "exact", "Fourteen"),)),
        ("Rebels freed 140 of the 300 hostages on Friday.",
         (("captured", 140, "exact", "140"), ("captured", 300, "exact", "300 hostages"))),
        ("Gunmen seized 9 workers from the mine. Two of them were later killed.",
         (("captured", 9, "exact", "9 workers"), ("killed", 2, "exact", "Two of them"))),
        ("Troops killed 11 people on Monday. The victims included four children.",
         (("killed", 11, "exact", "11 people"), ("killed", 4, "exact", "four children"))),
        ("Troops killed 11 people on Monday. The dead included four children.",
         (("killed", 11, "exact", "11 people"), ("killed", 4, "exact", "four children"))),
        ("Seven people were wounded, two of them seriously.",
         (("wounded", 7, "exact", "Seven people"), ("wounded", 2, "exact", "two"))),
        # the whole of a partitive is a figure only where its own words name an outcome
        ("Gunmen killed 3 of the 40 passengers on the bus.",
         (("killed", 3, "exact", "3"),)),
        ("Gunmen wounded 3 of the 2,000 troops deployed in the town.",
         (("wounded", 3, "exact", "3"),)),
        ("Troops arrested 12 of the 40 protesters outside the court.",
         (("arrested", 12, "exact", "12"),)),
        ("Four of the 11 kidnapped aid workers have been released.",
         (("captured", 4, "exact", "Four"), ("captured", 11, "exact", "11 kidnapped"))),
        ("Gunmen seized 20 passengers and killed 5 of them.",
         (("captured", 20, "exact", "20 passengers"), ("killed", 5, "exact", "5 of them"))),
        ("Militants abducted 30 students; 12 of them were later freed.",
         (("captured", 30, "exact", "30 students"), ("captured", 12, "exact", "12 of them"))),
        ("Gunmen killed 12 people, four of whom were children.",
         (("killed", 12, "exact", "12 people"), ("killed", 4, "exact", "four of whom"))),
        ("Gunmen killed 12 people -- including four children -- in the attack.",
         (("killed", 12, "exact", "12 people"), ("killed", 4, "exact", "four children"))),
        ("At least five people, including two children, died in the fire.",
         (("killed", 5, "at_least", "five people"), ("killed", 2, "exact", "two children"))),
        ("The 40 dead included 12 children.",
         (("killed", 40, "exact", "40 dead"), ("killed", 12, "exact", "12 children"))),
        ("Gunmen abducted 30 people. The victims were 12 women and 18 children.",
         (("captured", 30, "exact", "30 people"), ("captured", 12, "exact", "12 women"),
          ("captured", 18, "exact", "18 children"))),
    )
    for text, wants in cases:
        yield Case("groups/subgroup", text,
                   tuple(Want(o, n, None, q, a) for o, n, q, a in wants))


# A part of a group just counted, in every count shape: "{n} of them", "{n} of the ...".
PART_COUNTS: tuple[tuple[str, int, str], ...] = (
    ("12", 12, "exact"), ("two", 2, "exact"), ("a dozen", 12, "about"),
    ("dozens", 24, "vague"), ("several", 3, "vague"), ("at least 5", 5, "at_least"),
    ("more than 10", 10, "more_than"),
)
# (frame, the whole's figure or None, the part's outcome)
PART_FRAMES: tuple[tuple[str, tuple[str, int, str] | None, str], ...] = (
    ("Gunmen seized 40 passengers and later freed {n} of them.",
     ("captured", 40, "40 passengers"), "captured"),
    ("Police arrested 40 protesters and later released {n} of them.",
     ("arrested", 40, "40 protesters"), "arrested"),
    ("Gunmen seized 40 passengers and killed {n} of them.",
     ("captured", 40, "40 passengers"), "killed"),
    ("Police said 40 people were wounded, {n} of them critically.",
     ("wounded", 40, "40 people"), "wounded"),
    ("Gunmen killed 40 people, {n} of them children.", ("killed", 40, "40 people"), "killed"),
    ("{N} of the hostages were freed on Friday.", None, "captured"),
    ("{N} of the detainees were released without charge.", None, "arrested"),
)


def partitive_family() -> Iterator[Case]:
    for frame, whole, outcome in PART_FRAMES:
        for phrase, low, qual in PART_COUNTS:
            wants = [Want(outcome, low, None, qual, phrase)]
            if whole is not None:
                wants.insert(0, Want(whole[0], whole[1], None, "exact", whole[2]))
            yield Case(f"groups/partitive/{outcome}", _fill(frame, phrase, ""), tuple(wants))


# ------------------------------------------------------------------ outcome nouns
# A noun of the act before "of" and its victims: "the abduction of 12 girls".
NOMINALS: tuple[tuple[str, str], ...] = (
    ("killing", "killed"), ("deaths", "killed"), ("massacre", "killed"),
    ("abduction", "captured"), ("kidnapping", "captured"), ("arrest", "arrested"),
    ("detention", "arrested"), ("disappearance", "missing"),
    ("displacement", "displaced"), ("wounding", "wounded"), ("bodies", "killed"),
    ("corpses", "killed"), ("remains", "killed"),
)
NOMINAL_FRAMES: tuple[str, ...] = (
    "Rights groups condemned the {v} of {n} villagers in the north.",
    "The {v} of {n} farmers near Bama drew protests on Monday.",
)


def nominal_family() -> Iterator[Case]:
    for noun, outcome in NOMINALS:
        for frame in NOMINAL_FRAMES:
            for phrase, low, high, qual in COUNTS[::3]:
                yield Case(f"nominal/{outcome}", frame.replace("{v}", noun)
                           .replace("{n}", phrase),
                           (Want(outcome, low, high, qual, _anchor(phrase)),))


# (noun phrase after the count, outcome) read with a verb that adds nothing
OUTCOME_NOUNS: tuple[tuple[str, str], ...] = (
    ("killings", "killed"), ("drug-related killings", "killed"), ("deaths", "killed"),
    ("fatalities", "killed"), ("dead", "killed"), ("bodies", "killed"),
    ("hostages", "captured"), ("captives", "captured"), ("refugees", "displaced"),
    ("wounded", "wounded"), ("abductions", "captured"), ("kidnappings", "captured"),
    ("arrests", "arrested"), ("detainees", "arrested"),
)
NOUN_FRAMES: tuple[str, ...] = (
    "The monitoring group recorded {n} {h} in the province last year.",
    "Hospital staff counted {n} {h} after the fighting.",
    "There were {n} {h} in the district by the end of March, officials said.",
)
# Nouns that carry the outcome in a verbless phrase after "with".
WITH_FRAMES: tuple[str, ...] = (
    "The toll stood at 35 dead, with {n} bodies still in the bush around the village.",
)


# "the dead" and "the wounded" counted by a verb of number, as "the dead included".
NUMBERED: tuple[tuple[str, str], ...] = (
    ("killed", "The dead numbered {n}, hospital officials said."),
    ("killed", "By nightfall the dead totalled {n}."),
    ("wounded", "The wounded numbered {n}, the Red Cross said."),
    ("wounded", "The injured number {n}, according to the clinic."),
)


def numbered_family() -> Iterator[Case]:
    for outcome, frame in NUMBERED:
        for phrase, low, high, qual in COUNTS[::2]:
            if phrase.endswith(" of"):
                continue  # "dozens of" needs its noun
            yield Case(f"noun/numbered/{outcome}", frame.replace("{n}", phrase),
                       (Want(outcome, low, high, qual, phrase),))


# A pre-modifier before a noun of the act: "12 confirmed deaths", "40 reported abductions".
PREMODIFIERS = ("confirmed", "reported", "civilian", "new")
PREMODIFIED_NOUNS: tuple[tuple[str, str], ...] = (
    ("deaths", "killed"), ("killings", "killed"), ("fatalities", "killed"),
    ("abductions", "captured"), ("arrests", "arrested"), ("disappearances", "missing"),
    ("injuries", "wounded"),
)


def premodified_noun_family() -> Iterator[Case]:
    for noun, outcome in PREMODIFIED_NOUNS:
        for mod in PREMODIFIERS:
            for phrase, low, qual in (("12", 12, "exact"), ("at least 40", 40, "at_least"),
                                      ("dozens of", 24, "vague")):
                text = f"The monitor recorded {phrase} {mod} {noun} in the province in March."
                yield Case(f"noun/premodified/{noun}", text,
                           (Want(outcome, low, None, qual, _anchor(phrase)),))


# "victims" names harm but not which: read only where a verb or the figure before says it.
VICTIMS: tuple[tuple[str, tuple[tuple[str, int, str], ...]], ...] = (
    ("The blast killed 12 victims in the market.", (("killed", 12, "12 victims"),)),
    ("Twelve victims of the massacre were buried on Friday.", (("killed", 12, "Twelve"),)),
    ("The attack claimed 12 victims in the market.", (("killed", 12, "12 victims"),)),
)


def victims_family() -> Iterator[Case]:
    for text, wants in VICTIMS:
        yield Case("noun/victims", text,
                   tuple(Want(o, n, None, "exact", a) for o, n, a in wants))


def outcome_noun_family() -> Iterator[Case]:
    for noun, outcome in OUTCOME_NOUNS:
        for frame in NOUN_FRAMES:
            for phrase, low, high, qual in COUNTS[::2]:
                yield Case(f"noun/{noun}", _fill(frame, phrase, noun),
                           (Want(outcome, low, high, qual, _anchor(phrase)),))
    for frame in WITH_FRAMES:
        for phrase, low, qual in (("12", 12, "exact"), ("a number of", 2, "vague"),
                                  ("dozens of", 24, "vague")):
            yield Case("noun/with-bodies", frame.replace("{n}", phrase),
                       (Want("killed", 35, None, "exact", "35 dead"),
                        Want("killed", low, None, qual, _anchor(phrase))))


# ------------------------------------------------------------------ headlines
HEADLINES: tuple[tuple[str, tuple[tuple[str, int, str], ...]], ...] = (
    ("Bomb Kills 12 People In Market", (("killed", 12, "12 People"),)),
    ("3 Soldiers Killed, 5 Wounded In Ambush",
     (("killed", 3, "3 Soldiers"), ("wounded", 5, "5 Wounded"))),
    ("Twelve Killed, Dozens Hurt In Blast", (("killed", 12, "Twelve"),
                                             ("wounded", 24, "Dozens"))),
    ("Gunmen Abduct 7 Aid Workers In Darfur", (("captured", 7, "7 Aid Workers"),)),
    ("Police Arrest 40 After Riot", (("arrested", 40, "40"),)),
    ("Clashes Displace 3,000 Villagers", (("displaced", 3000, "3,000 Villagers"),)),
    ("4 Killed, 9 Injured, 2 Missing After Attack On Ferry",
     (("killed", 4, "4"), ("wounded", 9, "9"), ("missing", 2, "2 Missing"))),
)


# Headline frames per outcome, set in title case with the count and head.
HEADLINE_FRAMES: tuple[tuple[str, str], ...] = (
    ("killed", "Gunmen Kill {n} {h} In Market Attack"),
    ("killed", "{n} {h} Killed In Ambush Near Border"),
    ("wounded", "Bomb Wounds {n} {h} In Capital"),
    ("wounded", "{n} {h} Hurt In Grenade Attack"),
    ("captured", "Rebels Abduct {n} {h} In Night Raid"),
    ("captured", "{n} {h} Kidnapped On Highway"),
    ("arrested", "Police Arrest {n} {h} After Riot"),
    ("missing", "{n} {h} Missing After Boat Attack"),
    ("displaced", "Fighting Displaces {n} {h} In North"),
)
HEADLINE_COUNTS = ("3", "1,200", "Twelve", "Dozens Of", "At Least 20", "More Than 20")
HEADLINE_HEADS = ("Soldiers", "Civilians", "Aid Workers", "Police Officers")


def _headline_count(phrase: str) -> tuple[int, str]:
    for text, low, _high, qual in COUNTS:
        if text.lower() == phrase.lower():
            return low, qual
    return {"3": (3, "exact"), "twelve": (12, "exact"), "1,200": (1200, "exact")}[phrase.lower()]


def headline_cross_family() -> Iterator[Case]:
    for outcome, frame in HEADLINE_FRAMES:
        for phrase in HEADLINE_COUNTS:
            low, qual = _headline_count(phrase)
            for head in HEADLINE_HEADS:
                yield Case(f"headline/{outcome}", frame.replace("{n}", phrase)
                           .replace("{h}", head),
                           (Want(outcome, low, None, qual, phrase.removesuffix(" Of")),))


def coordination_count_family() -> Iterator[Case]:
    """Two groups of one outcome, each with its own count shape."""
    frames = (
        ("killed", "The raid killed {a} soldiers and {b} civilians."),
        ("killed", "{A} soldiers and {b} civilians were killed in the raid."),
        ("wounded", "{A} policemen and {b} bystanders were wounded, officials said."),
    )
    shapes = (("at least 3", 3, "at_least"), ("dozens of", 24, "vague"),
              ("two", 2, "exact"), ("some 40", 40, "about"))
    for outcome, frame in frames:
        for a, na, qa in shapes:
            for b, nb, qb in shapes:
                if a == b:
                    continue
                text = (frame.replace("{A}", a[:1].upper() + a[1:]).replace("{a}", a)
                        .replace("{b}", b))
                yield Case(f"groups/and-counts/{outcome}", text,
                           (Want(outcome, na, None, qa, a.removesuffix(" of")),
                            Want(outcome, nb, None, qb, b.removesuffix(" of"))))


def headline_family() -> Iterator[Case]:
    for text, wants in HEADLINES:
        yield Case("headline", text, tuple(
            Want(o, n, None, "vague" if a[0].isalpha() and a.startswith("Dozens") else "exact",
                 a) for o, n, a in wants))


# ------------------------------------------------------------------ look-alikes
LOOKALIKES: tuple[str, ...] = (
    "Gunmen stole 3 vehicles and $40,000 from the depot.",
    "The shelling destroyed 12 houses and two schools in the village.",
    "The convoy was ambushed 20 km north of the town.",
    "The fighting lasted 12 hours before the rebels withdrew.",
    "The 20-year war has cost the country billions.",
    "Some 2,000 troops were deployed to the border after the attack.",
    "The council voted 12 to 3 to extend the curfew.",
    "Residents spoke of 20 years of killings in the valley.",
    "The attack began at 3 am on May 12 near the mosque.",
    "The ministry promised 5 million dollars to rebuild the clinic.",
    "Police recovered 14 rifles and 300 rounds of ammunition.",
    "The militia has about 500 fighters in the hills.",
    "Officials said 40 families had returned to the village.",
    "The talks will resume in 10 days, the mediator said.",
    "Rebels seized 3 towns and 2 bridges during the offensive.",
    "Gunmen burned 30 homes and killed cattle in the raid.",
    "The army sent 300 police officers to guard the polling stations.",
    "The court sentenced 4 men to prison for the bombing.",
    "Fourteen suspects were charged over the killings.",
    "The report counts 1,200 attacks on schools since 2015.",
    "Voters queued for 5 hours at 20 polling stations in the district.",
    "Engineers cleared 400 mines from 12 hectares of farmland.",
    "A boy aged 14 was among those questioned by police.",
    "The casualties included 12 soldiers, the army said.",
    "The attack caused 30 casualties, the hospital said.",
    "The release of 20 documents angered the ministry.",
    "Arrest warrants were issued for 12 companies in the 1990s, the report says.",
    "The detention centre holds 400 beds and 12 cells.",
    "The arrest warrant named 3 companies.",
    "The army deployed 12 tanks and 40 armoured vehicles.",
    "Gunmen killed cattle and burned 20 huts.",
    "The rebels have some 3,000 fighters and dozens of trucks.",
    # nouns of an act over things, and counts of the acts' rise
    "Rights groups reported the disappearance of 3 files from the archive.",
    "The displacement of 3 villages angered the council.",
    "Kidnappings rose 40 percent last year, police said.",
    "Officials studied 20 years of abductions in the region.",
    "The 2019 arrests drew criticism.",
    "The report logged 12 arrest warrants.",
    "Troops kill rebels, seize 3 trucks",
    "Army kills commander, captures 3 towns",
    "Rebels kill farmer and 2 cows",
    "Police arrest suspect, seize 2 rifles",
    # a source after a comma, no victim: only a headline drops "and" with its articles
    "Gunmen killed the driver, a policeman said.",
    "Police arrested the protesters, a spokesman said.",
    "Troops captured the commander, a military source said.",
    # a counted group before the comma is a figure; the source after it is none
    "Relatives said the men were farmers, a village elder said.",
    # a possessive member that is no person does not carry the list on
    "The rebels took his money, their cattle and 12 goats.",
)

# Look-alikes built from the base sentences: a count of things in the victim's slot.
THING_HEADS: tuple[tuple[str, str], ...] = (
    ("vehicles", "Gunmen torched {n} vehicles in an attack on a market in Dongo on Tuesday."),
    ("houses", "The fighting destroyed {n} houses in villages around Mora."),
    ("kilometres", "The convoy came under fire {n} kilometres from the river crossing."),
    ("hours", "The clashes went on for {n} hours in the hills."),
    ("rifles", "Police seized {n} rifles after the protest in Tamara."),
)


def lookalike_family() -> Iterator[Case]:
    for text in LOOKALIKES:
        yield Case("lookalike/fixed", text)
    for head, frame in THING_HEADS:
        for phrase in ("7", "1,250", "twenty-three", "dozens of", "at least 20", "20 to 30"):
            yield Case(f"lookalike/{head}", frame.replace("{n}", phrase))


# ------------------------------------------------------------------ round 44
# A source's count in quotation marks (a reporter keeping the words of a claim): the
# group after the closing mark is the figure's, and a second figure after it is read.
# "a further" / "another" add to a toll the writer keeps, and "a number of", "a couple
# of", "a trio of" are no source's words in quotation marks.
QUOTED_LEADS = ("a further ", "an additional ", "another ", "a number", "a couple", "a trio")
QUOTED_FRAMES: tuple[tuple[str, str], ...] = (
    ("killed", "A rebel spokesman said the group had killed {n} soldiers near Dongo."),
    ("killed", "Witnesses said {n} villagers were killed when the militia entered Lusa."),
    ("captured", "The gang said it had kidnapped {n} passengers on the Kisa road."),
    ("wounded", "The army said the shelling had wounded {n} civilians in Mora."),
)


def _quoted(phrase: str) -> str:
    """The count phrase as a source's quoted words: '"dozens" of', '"at least 20"'."""
    if phrase.endswith(" of"):
        return f'"{phrase.removesuffix(" of")}" of'
    return f'"{phrase}"'


def quoted_count_family() -> Iterator[Case]:
    for outcome, frame in QUOTED_FRAMES:
        for phrase, low, high, qual in COUNTS:
            if phrase.startswith(QUOTED_LEADS):
                continue
            yield Case(f"count/quoted/{outcome}", _fill(frame, _quoted(phrase), ""),
                       (Want(outcome, low, high, qual, _anchor(phrase)),))
    # ... and the figures after it: another outcome's bare count, and one of them named
    for phrase, low, high, qual in COUNTS:
        if phrase.startswith(QUOTED_LEADS):
            continue
        text = (f"The rebels said they had killed {_quoted(phrase)} soldiers and captured "
                "nine, among them a captain.")
        yield Case("count/quoted/second", text, (
            Want("killed", low, high, qual, _anchor(phrase)),
            Want("captured", 9, None, "exact", "captured nine"),
            Want("captured", 1, None, "exact", "a captain")))


# Companions of one person a passive names: "was abducted with", "along with", "together
# with" a counted group, which shares the outcome (the one named by a pronoun gives no
# figure). An encounter or a thing after "with" is no companion.
COMPANION_FRAMES: tuple[tuple[str, str], ...] = (
    ("killed", "He was killed along with {n} {h} near the river crossing."),
    ("killed", "The village chief was shot dead together with {n} {h} on Sunday."),
    ("wounded", "She was wounded along with {n} {h} when the shell hit the school."),
    ("captured", "He was abducted with {n} {h} on the road to Kisa."),
    ("captured", "The engineer was kidnapped together with {n} {h} last week."),
    ("arrested", "The editor was arrested along with {n} {h} in Tamara."),
)
COMPANION_HEADS = ("colleagues", "relatives", "other passengers")
COMPANION_LOOKALIKES: tuple[str, ...] = (
    "He was killed in a clash with {n} rebels.",
    "He was arrested with {n} kilos of heroin.",
    "The governor met with {n} elders on Sunday.",
    "She was wounded in a gunfight with {n} bandits.",
    "He was taken to hospital with {n} relatives.",
)


def companion_family() -> Iterator[Case]:
    for outcome, frame in COMPANION_FRAMES:
        for head in COMPANION_HEADS:
            for phrase, low, high, qual in COUNTS:
                if phrase.startswith(QUOTED_LEADS[:3]):
                    continue  # "along with another five colleagues": an added toll
                yield Case(f"groups/companion/{outcome}/{head}", _fill(frame, phrase, head),
                           (Want(outcome, low, high, qual, _anchor(phrase)),))
    for frame in COMPANION_LOOKALIKES:
        for phrase in ("7", "twenty-three", "dozens of", "at least 20", "two"):
            yield Case("lookalike/companion", frame.replace("{n}", phrase))


# Companions after the passive's agent (round 45): "was taken off his truck by armed men
# together with two other drivers". Taken by relatives, a thing after "with", a verb of no
# outcome and care stay nothing.
COMPANION_AGENT_FRAMES: tuple[tuple[str, str], ...] = (
    ("killed", "He was shot dead by unknown gunmen together with {n} {h} on Sunday."),
    ("killed", "The farmer was killed by soldiers along with {n} {h} near the border."),
    ("wounded", "She was wounded by shrapnel along with {n} {h} in the market."),
    ("captured", "He was taken off a bus by armed men together with {n} {h}."),
    ("captured", "The priest was kidnapped by bandits with {n} {h} last week."),
    ("arrested", "The editor was arrested by police along with {n} {h} in Tamara."),
)
COMPANION_AGENT_LOOKALIKES: tuple[str, ...] = (
    "He was arrested by police along with {n} kilos of heroin.",
    "The mayor was killed by gunmen with {n} shots.",
    "The boy was taken by relatives together with {n} cousins.",
    "The boy was taken to hospital by relatives along with {n} cousins.",
    "The convoy was attacked by gunmen together with {n} trucks.",
    "The minister was greeted by elders along with {n} officials.",
)


def companion_agent_family() -> Iterator[Case]:
    for outcome, frame in COMPANION_AGENT_FRAMES:
        for head in COMPANION_HEADS:
            for phrase, low, high, qual in COUNTS:
                if phrase.startswith(QUOTED_LEADS[:3]):
                    continue  # "along with another five colleagues": an added toll
                if phrase.startswith(("a ", "an ")):
                    # an article opens a count only within 30 characters of a casualty
                    # word, and the agent puts "with" further: "a couple of", "a trio of",
                    # "an estimated 3,000" lose their first word (and "about")
                    continue
                yield Case(f"groups/companion-agent/{outcome}/{head}",
                           _fill(frame, phrase, head),
                           (Want(outcome, low, high, qual, _anchor(phrase)),))
    for frame in COMPANION_AGENT_LOOKALIKES:
        for phrase in ("7", "twenty-three", "dozens of", "at least 20", "two"):
            yield Case("lookalike/companion-agent", frame.replace("{n}", phrase))


# Ages beside a count of people (round 46): "two boys of eight and ten died", "two girls
# aged six and nine", "Two sisters, aged 12 and 14,". The count is the figure, never an
# age (before the round "two boys of eight and ten died" gave killed 8 and killed 10).
AGE_FRAMES: tuple[tuple[str, str], ...] = (
    ("killed", "{N} {h}{a} died in the blast."),
    ("killed", "The nurse said {n} {h}{a} were killed when the shell hit the queue."),
    ("wounded", "{N} {h}{a} were wounded by shrapnel on Sunday."),
    ("captured", "Residents said {n} {h}{a} were abducted on their way to school."),
    ("arrested", "{N} {h}{a} were arrested at the checkpoint."),
    ("missing", "{N} {h}{a} have been missing since the raid."),
)
AGE_COUNTS: tuple[tuple[str, int], ...] = (("two", 2), ("three", 3), ("2", 2))
AGE_HEADS = ("boys", "girls", "children", "sisters", "brothers")
AGE_LISTS = (" of eight and ten", " of about eight and ten", " aged six and nine",
             ", aged 12 and 14,", " aged 7, 9 and 11", ", aged two to nine,", " of 12 and 14")


def age_list_family() -> Iterator[Case]:
    for outcome, frame in AGE_FRAMES:
        for count, value in AGE_COUNTS:
            for head in AGE_HEADS:
                for ages in AGE_LISTS:
                    n_cap = count[0].upper() + count[1:]
                    text = (frame.replace("{N}", n_cap).replace("{n}", count)
                            .replace("{h}", head).replace("{a}", ages))
                    yield Case(f"groups/ages/{outcome}/{head}", text,
                               (Want(outcome, value, None, "exact", count),))


FAMILIES: tuple[Callable[[], Iterator[Case]], ...] = (
    count_family, count_head_family, restated_and_listed_family, head_family,
    headline_title_family,
    coordination_family, coordination_count_family, relative_list_family, subgroup_family,
    partitive_family,
    nominal_family, numbered_family, victims_family, outcome_noun_family,
    premodified_noun_family, headline_family,
    headline_cross_family, lookalike_family,
    quoted_count_family, companion_family, kin_list_family, victims_back_family,
    companion_agent_family, age_list_family,
)


def all_cases() -> list[Case]:
    return [case for family in FAMILIES for case in family()]


def check(case: Case, got: list[dict[str, object]]) -> list[str]:
    """What is wrong with ``got`` (the engine's figures for ``case.text``): each wanted
    figure unmatched, and each figure no wanted one explains. Empty when it holds."""
    problems: list[str] = []
    left = list(got)
    for want in case.wants:
        for f in left:
            if (want.anchor.lower() in str(f["text"]).lower() and f["outcome"] == want.outcome
                    and f["count_low"] == want.low and f["count_high"] == want.high
                    and f["qualifier"] == want.qualifier):
                left.remove(f)
                break
        else:
            problems.append(f"missing {want}")
    problems.extend(f"extra {f['text']!r} {f['outcome']} {f['count_low']} {f['qualifier']}"
                    for f in left)
    return problems
