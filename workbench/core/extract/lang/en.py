"""English vocabulary of the suggestion engines, as plain data.

Every regular expression and every prefilter of the English engines is built
from these tuples and dicts (see ``lang/build.py``), so a word is added in one
place and the fast trigger pass can never disagree with the rules that use it.
Multi-word entries are written with single spaces; the builders turn a space
into "one or more whitespace characters".
"""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    return tuple(words.split())


def _p(phrases: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in phrases.split("|") if p.strip())


# ---------------------------------------------------------------- numbers
UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    # South Asian copy counts in lakh (100,000) and crore (ten million): "1.5 lakh people
    # displaced"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# Collective nouns that name an exact number of people.
COLLECTIVE: dict[str, int] = {"trio": 3, "pair": 2, "duo": 2, "couple": 2, "quartet": 4}
# Vague quantifiers: the smallest value each one implies (corpus convention).
VAGUE: dict[str, int] = {
    "a number of": 2, "a few": 2, "a handful of": 2, "a handful": 2, "several": 3, "dozens": 24,
    "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000,
    "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    "several dozen": 36, "several hundred": 300, "several thousand": 3000,
    # "a few" is two (above), so "a few dozen" at least two dozen
    "a few dozen": 24, "a few hundred": 200, "a few thousand": 2000,
}
# Words before a count and the qualifier they give; unlisted ones mean "about".
QUALIFIERS: dict[str, str] = {
    "at least": "at_least", "more than": "more_than", "over": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "up to": "up_to",
    "as many as": "up_to", "at most": "up_to", "fewer than": "up_to", "less than": "up_to",
    "about": "about", "around": "about", "nearly": "about", "almost": "about",
    "some": "about", "approximately": "about", "roughly": "about", "an estimated": "about",
    "close to": "about",
    # a correction of a figure given before: "the number taken was closer to 40"
    "closer to": "about",
    # "no fewer than 20 persons" (Nigerian and South Asian copy) is a floor, not a ceiling
    "no fewer than": "at_least", "not fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least",
}

# ---------------------------------------------------------------- casualties
# Verbs of a revised toll whose particle "up" is no bound: "revised up to 45" is 45.
REVISION_VERBS = _w("revised raised pushed went gone goes shot jumped climbed risen rose"
                    " ticked moved")
# What aid agencies count by the people it can serve: "supplies for up to 300 wounded" is
# no count of the wounded (ICRC and MSF releases).
CAPACITY_NOUNS = _w("supplies kits medicines medicine drugs beds stocks equipment materials"
                    " capacity enough"
                    # "Body bags for 200 dead were sent to the front": bags ready for a
                    # toll feared, no toll
                    " bags")
# Verbs of a toll passing a mark: "Gaza toll passes 33,000" is more than 33,000 (the
# README names "tops" with "more than").
PASSING_VERBS = _w("top tops topped topping pass passes passed passing exceed exceeds"
                   " exceeded exceeding surpass surpasses surpassed surpassing cross crosses"
                   " crossed crossing")
# A second source's value of a figure named before it: "a monitor put the figure at 9".
ESTIMATE_VERBS = _w("put puts putting placed places placing")
FIGURE_NOUNS = _w("figure number tally total toll")
# Between two values of one toll: "rose to 18 on Monday and later to 23".
REVISION_ADVERBS = _w("later then subsequently again eventually finally afterwards")
# The verbs of a swap or an exchange, of captives between the sides of a war (the casualty
# verbs below) and as the word of an exchange near held people (casualty_released.py).
SWAP_VERBS = _w("swap swaps swapped swapping exchange exchanges exchanged exchanging")
# Active verbs (and verb phrases) that take the victims as object: "killed 12 people".
OUTCOME_VERBS: dict[str, tuple[str, ...]] = {
    "killed": _w("kill kills killed killing execute executes executed executing murder murders"
                 " murdered murdering slaughter slaughters slaughtered slaughtering behead"
                 " beheads beheaded beheading massacre massacres massacred massacring"
                 # South Asian copy: "terrorists martyred two soldiers"; mobs "lynched"
                 # ("martyrs" is left to the nouns: "the bodies of 12 martyrs")
                 " martyr martyred martyring lynch lynches lynched lynching"
                 # armed forces' releases (Nigeria, Pakistan, India): "troops neutralised
                 # 23 terrorists"; counted only with people as object (NEUTRALISING_VERBS)
                 " neutralise neutralises neutralised neutralising neutralize neutralizes"
                 " neutralized neutralizing"
                 # the Israeli army's statements: "eliminated two terrorists"; as for
                 # "neutralised", only with people as object ("eliminated the threat")
                 " eliminate eliminates eliminated eliminating"
                 # the dead counted by those who buried them: "We buried 17 people"; only
                 # active and with people as object, never alive or under rubble
                 # (BURIAL_VERBS), and never the passive: "17 were buried" may be alive
                 " bury buries buried burying"
                 # the dead buried again once found: "reburies eight victims of 1981
                 # massacre" (twenty-fifth session)
                 " rebury reburies reburied reburying")
    + _p("shot dead|shoot dead|shoots dead|shooting dead|gunned down|gunning down"
         "|shot and killed|shoot and kill|shoots and kills|stabbed and killed"
         "|claim the lives of|claims the lives of|claimed the lives of|claiming the lives of"
         "|cost the lives of|costs the lives of|costing the lives of"
         "|took the lives of|take the lives of|takes the lives of|taking the lives of"
         # A bomber's victims after the bomber himself: "Bomber Kills Himself and 6 Others".
         "|kills himself and|killed himself and|killing himself and|kills herself and"
         "|killed herself and|killing herself and"
         # ... and a headline's comma for the "and": "Bomber kills himself, two police"
         "|kills himself,|killed himself,|killing himself,|kills herself,|killed herself,"
         "|killing herself,"
         # The dead named by a list after them: "the dead included four children".
         "|dead included|dead include|dead includes|dead were|dead are"
         # ... or a relative clause on them (round en119): "the dead, who included four women"
         "|dead, who included|dead, who include|dead who included|dead who include"),
    "wounded": _w("wound wounds wounded wounding injure injures injured injuring hurt hurts"
                  " hurting"
                  # landmine and UXO reports: "the blast maimed two children"
                  " maim maims maimed maiming")
    + _p("shot and wounded|shot and injured|shoot and wound|stabbed and wounded")
    # as for the dead: "the wounded included six children", "among the injured were 4"
    + _p("wounded included|wounded include|wounded includes|wounded were|wounded are"
         "|injured included|injured include|injured includes|injured were|injured are"
         "|wounded, who included|wounded, who include|injured, who included"
         "|injured, who include"),
    "captured": _w("kidnap kidnaps kidnapped kidnapping abduct abducts abducted abducting seize"
                   " seizes seized seizing capture captures captured capturing")
    # holding people: only in a story of hostages (casualties.py), "hold 14" of a
    # headline after the freed ones
    + _p("kidnappers of|captors of|abductors of|holding|holds|held|hold")
    # raiders' captives: "carried off dozens of villagers" (a person must follow)
    + _p("carry off|carries off|carried off|carrying off")
    # "gunmen snatched two engineers" (a person must follow: "snatched two phones" is a
    # theft, dropped where only people are captives)
    + _w("snatch snatches snatched snatching")
    # captives of war swapped between the sides (round 51): "exchanged 64 prisoners",
    # "swap 12 captives" (only of SWAPPED_CAPTIVES: "exchanged 12 bodies" are dead)
    + SWAP_VERBS,
    "arrested": _w("detain detains detained detaining arrest arrests arrested arresting"
                   " apprehend apprehends apprehended apprehending")
    + _p("round up|rounds up|rounded up|rounding up"),
    "displaced": _w("displace displaces displaced displacing uproot uproots uprooted uprooting"),
    # Freeing hostages implies they were held: counted as captured in hostage stories.
    "freed": _w("free frees freed freeing release releases released releasing"
                # troops' releases: "rescued 11 women and children" from their captors
                " rescue rescues rescued rescuing"),
}
# Nouns that carry the outcome before "of": "the deaths of 12 hostages".
OUTCOME_NOMINALS: dict[str, tuple[str, ...]] = {
    "killed": _w("death deaths killing killings murder murders execution executions bodies"
                 " remains massacre"),
    "wounded": _w("injury injuries wounding"),
    # (round en186) "the capture of 140 suspects", read as the verb "captured" is
    "captured": _w("kidnapping kidnappings abduction abductions capture release"),
    "arrested": _w("arrest arrests detention"),
}
# (round en235) The nouns of an act of harm whose "of" names its one victim even when a
# plural verb follows, the verb of the clause's own subject: "Demonstrations over the
# killing of a local activist have entered their second week" (casualties.py; "Four drivers
# working for a contractor have been missing" is no harm to the contractor).
HARM_NOMINALS_OF = _w("death killing murder execution injury wounding kidnapping abduction"
                      " capture arrest detention disappearance")
# (round en179) ... and before "to", whom the harm befell: "The union has recorded injuries
# to 27 reporters and the detention of eleven" (wounded 27); "injuries to his legs" has no
# count and stays unread.
OUTCOME_NOMINALS_TO: dict[str, tuple[str, ...]] = {"wounded": _w("injury injuries")}
# Labels of a bulletin line ("Dead: 4", "Fatalities: 12") that are not outcome verbs;
# the verbs label lines themselves ("KILLED: 12 soldiers"). "Casualties" is left out:
# it names the dead and the wounded together.
BULLETIN_LABELS: dict[str, tuple[str, ...]] = {
    "killed": _w("dead deaths fatalities"),
    "wounded": _w("injuries hurt"),
    "captured": _w("hostages"),
    "arrested": _w("arrests detainees"),
    # "Missing: 3" in a table set as prose; "missing" is no verb, so it needs the colon
    "missing": _w("missing"),
}
# A bulletin's count of the day beside its total, in brackets: "Deaths: 14 (new: 2)".
BULLETIN_INCREMENTS = _w("new today")
# Suspects taken by force are arrested, not captives: "two suspects had been captured"
# (README: arrested = "arrested, rounded up, detained"; captured = kidnapped, hostages).
SUSPECT_NOUNS = _w("suspect suspects")
# What opens an apposition on all the victims between them and their predicate: "Four
# people, all members of one family, were killed"; or on some of them with no count, the
# predicate still the whole group's: "Twelve people, some of whom were children, were
# killed" (a counted part, "two of whom were ...", is a figure of its own).
APPOSITION_QUANTIFIERS = _w("all both most mostly many each some half") + _p(
    # with an adverb: "35 villagers, nearly all of them women, were killed"
    "nearly all|almost all|virtually all|nearly half|about half|more than half|"
    # ... and one naming kinds of them without a count: "More than 30 people, among them
    # women and children, have been killed" (a counted one is a figure of its own)
    "among them|including|mainly|mostly")
# What opens a phrase on the victims' side or unit between them and their predicate: "23
# fighters loyal to the government were killed", "five soldiers from the 4th Division".
VICTIM_POSTMODIFIERS = _p("loyal to|belonging to|affiliated with|affiliated to|allied to"
                          "|allied with|linked to|from|serving with|serving in")
# ... and, on the first of coordinated groups only, where or for whom a person works (the
# verb after the last group is every group's): "A candidate for the council of Tamba and two
# volunteers were kidnapped", "A nurse at the clinic and two patients were wounded".
# What a post's noun takes after a hyphen when its holder is chosen but not yet in office:
# "a councillor-elect", "the governor-designate" are people of the post (casualties.py).
CHOSEN_POST_SUFFIXES = _w("elect designate")
FIRST_GROUP_POSTMODIFIERS = VICTIM_POSTMODIFIERS + _p("for|at|working for")
# ... and the participles of how an inserted sub-group was hurt, before their agent or
# cause, which the whole's verb follows (round en119): "31 people, including 12 police
# officers hit by stones, were injured".
SUBGROUP_HARM_PARTICIPLES = _w("hit struck shot injured wounded hurt burned burnt stabbed")
# A person's survival, after how he was hurt (round en119): "A fourth officer, shot in the
# back as he ran for help, survived" ("One man survived" alone says no wound).
SURVIVAL_VERBS = _w("survived survives")
# What opens a list of sub-groups after a figure, read by the span of its first member
# ("including seven women"): a comma and "and" after the list's last member start a new
# figure ("..., including seven women and five children, and 40 injured").
INCLUDED_LIST_OPENERS = ("including ", "among them ", "among whom ")
# Words that continue a list of victims after a figure: "including 4 children".
CONTINUATIONS = _p("including|included|among them|among whom"
                   # a release's breakdown: "17 kidnapped persons, comprising nine women"
                   "|comprising"
                   # who the people just counted were: "Gunmen abducted 30 people. The
                   # victims were 12 women and 18 children" ("victims" names no outcome of
                   # its own: the figure before gives it, or nothing is read)
                   "|victims were|victims are")
# What kind of wound was received or sustained: "sustained bullet injuries".
_INJURY_KINDS = _w("bullet gunshot shrapnel splinter burn head serious severe critical minor"
                   " multiple grievous")
# (round en121) ... and every grade of harm news gives, not only the gravest and the least:
# "Two soldiers suffered moderate injuries", "sustained light injuries", "non-life-threatening
# wounds" (a grade says nothing of things: "suffered moderate damage" has no harm noun).
_INJURY_KINDS += _w("moderate light slight grave superficial life-threatening"
                    " non-life-threatening")
# (round en209) wounds named by the pieces an explosion throws, as "shrapnel wounds" are:
# "suffered fragment wounds to her hands", "fragmentation injuries", "grenade wounds".
EXPLOSIVE_WOUND_KINDS = _w("fragment fragmentation grenade")
_INJURY_KINDS += EXPLOSIVE_WOUND_KINDS
INJURY_KINDS = _INJURY_KINDS + _w("blast knife stab")  # "had bullet wounds" (casualties.py)
# ... and the blades and arrows wounds are named by as a knife's are (round en91): "treated
# 46 people with gunshot and machete wounds", "arrived with arrow wounds"
INJURY_KINDS += _w("machete machetes arrow arrows axe bayonet")
# A patient's condition in a hospital's tally: "4 in critical condition".
PATIENT_CONDITIONS = _w("critical serious grave stable")
# ... as a condition or a state: "11 of them in a critical state"
PATIENT_STATES = _w("condition state")
# ... or kept in care after a toll of wounded (sixty-ninth round): "nine remain
# hospitalised", "11 are still in hospital" (a part of the wounded before them).
KEPT_IN_CARE = _p("remain hospitalised|remain hospitalized|remains hospitalised"
                  "|remains hospitalized|remained hospitalised|remained hospitalized"
                  "|remain in hospital|remains in hospital|remained in hospital"
                  "|are still in hospital|were still in hospital|is still in hospital"
                  "|was still in hospital"
                  # ... or in the theatre (seventieth round): "Seven are in surgery"
                  "|are in surgery|is in surgery|were in surgery|was in surgery"
                  "|are still in surgery|were still in surgery|remain in surgery")
# ... or the others of a toll told just before, by a noun (round en201): "The toll has
# risen to three. Four other people remain in hospital, it says" (casualties.py)
OTHERS_OF_TOLL = _w("other others")
# ... or kept in a named place of care (round en159): "Nine of them remain at the district
# hospital", "two are still in the city's main hospital" (the verbs of a state kept are
# HELD_STATE_VERBS, below)
# ... or treated somewhere, by someone, and sent home (seventieth round): "The other three
# were treated in Penjwen" ("were treated as suspects", "to lunch" are no care).
TREATED_AFTER = _w("in at and by")
# How the wounded reach a clinic or a border post: "40 arrived with gunshot wounds".
ARRIVAL_VERBS = _w("arrived arrive arrives came come reached"
                   # got away hurt: "several others fled with gunshot wounds"
                   " fled escaped survived")
# What victims are treated for (see "wounded" below; also after a gapped verb: "Seven
# people were treated for burns and two for smoke inhalation").
TREATED_HARMS = ("suffocation", "smoke inhalation", "gas inhalation", "tear gas inhalation",
                 "burns", "wounds", "injuries", "gunshot wounds", "bullet wounds",
                 "stab wounds", "shrapnel wounds")
# The wounded told by their care: "nearly 70 people had been brought to the district
# hospital with gunshot wounds", "were admitted to hospital with burns", "remain in
# hospital with head injuries", "were treated in hospital for injuries" (casualties.py:
# a verb of care, perhaps where, then "with" or "for" and a wound; "taken to hospital for
# check-ups", "admitted with pneumonia" and doctors "brought ... with medicines" stay
# nothing).
CARE_VERBS = _w("brought taken admitted rushed hospitalised hospitalized evacuated flown"
                " airlifted carried treated remain remains remained")
CARE_PLACES = _w("hospital hospitals clinic clinics infirmary") + _p(
    "health centre|health center|medical centre|medical center|first aid post")
CARE_WOUNDS = _w("wounds wound injuries injury burns")
# What a sentence must hold for the care above to be looked for (a place of care or
# "treated", and a wound): most sentences with "wounded" name neither.
CARE_STEMS = ("ospital", "linic", "nfirmar", "treated", "ealth cent", "edical cent",
              "irst aid",
              # the active in progress: "Doctors were treating 40 people for gunshot
              # wounds" (round 42)
              "treating")
WOUND_STEMS = ("ound", "njur", "burns")
# ... or the wounded moved to a town named without its hospital: "were evacuated to
# Kampala with wounds", "flown to the capital with shrapnel wounds" (looked for only where
# a wound is named by a noun: "wounded" alone is no care phrase's)
MOVED_CARE_STEMS = ("evacuat", "flown", "airlift", "rushed", "taken to", "brought to",
                    "carried to", "transferred to",
                    # ... or into care with no place named (round 57): "two men brought in
                    # with gunshot wounds", "were admitted with burns"
                    "brought in", "admitted")
WOUND_NOUN_STEMS = ("wounds", "wound ", "njur", "burns")
# What civilians flee when they are displaced without their homes named ("the area" left
# out: "Dozens of people fled the area after the attack" is the scene fled, for a while).
# Where a shot hits: a limb alone makes the wounded ("shot in the leg"); any of these
# followed by the outcome ("shot in the head and killed") makes that outcome.
# (the trunk and head only: each part with each outcome is a phrase of every participle
# pattern, and the limbs with "and wounded" add nothing to "shot in the leg"; the first
# version, every part with four outcomes, cost 70M instructions at start-up)
SHOT_LIMBS = _w("leg legs arm arms foot feet hand thigh knee shoulder")
SHOT_BODY_PARTS = _w("head chest back neck stomach")
# What hits people and leaves them hurt far more often than dead: fragments, pellets
# and the bullets named by kind ("three had been hit by rifle bullets", "two were hit by
# shrapnel"); a bare "a bullet", "a shell" or "a bomb" is as often a death or says what
# hit a building or a vehicle ("was hit by a shell", "were hit by a roadside bomb").
HIT_PROJECTILES = _w("shrapnel pellets birdshot") + _p(
    "rubber bullets|plastic bullets|rubber-coated bullets|rifle bullets|stray bullets"
    "|bullet fragments|shell fragments"
    # (round en110) the same less-lethal rounds by the general word: "eleven had been hit
    # by rubber projectiles" (en-59), as "hit by rubber bullets" (en-57) is read
    "|rubber projectiles|plastic projectiles|rubber pellets")
FLED_PLACES = _w("town city village region district fighting violence")
# Places civilians flee to: "40 families have fled to the town of Bara" (the destination
# named makes them displaced as the place left does; "the area" stays out, as above).
FLED_TO_PLACES = _w("town city village region district capital camps border")
# A frontier crossed: "about 14,500 people have fled across the border" (a refugee
# agency's phrase; the same civilians-only check).
FLED_ACROSS_PLACES = _w("border frontier")
# What opens a predicate (not a participle on the noun) after a counted sub-group's
# larger figure: "Two of the 11 hostages were killed", "Three of the 20 abducted workers
# died"; the predicate is the sub-group's ("the 11 people killed" keeps its own).
SUBSET_PREDICATE_OPENERS = _w("was were is are has have had will would died remain remains"
                              " remained")
# The sub-group's own outcome when the larger figure ends before its predicate ("Two of
# the 11 wounded were killed", "Five of the 12 soldiers wounded in the ambush have
# died"): an auxiliary, perhaps an adverb, and a participle, or a verb of dying alone.
SUBSET_AUXILIARIES = _w("was were has have had")
SUBSET_ADVERBS = _w("later since subsequently also then all both")
SUBSET_DEATH_VERBS = _w("died perished succumbed")
# The dead as a hospital received them (round 42; "brought in for questioning" and
# ambulances "brought in from the capital" have no "dead").
BROUGHT_DEAD = _p("brought in dead|brought dead|dead on arrival")
# Participles and predicates after the count and its noun: "12 people were killed".
OUTCOME_PARTICIPLES: dict[str, tuple[str, ...]] = {
    "killed": _w("killed dead died die executed martyred perished slain murdered massacred"
                 " beheaded lynched"
                 # armed forces' releases: "20 of the attackers were neutralised"
                 " neutralised neutralized eliminated")
    + _p("shot dead|gunned down|lost their lives|lost his lives|lost her lives|lost their life"
         "|lost his life|lost her life"
         # Death after the attack: "two soldiers later succumbed to their wounds".
         "|succumbed to wounds|succumbed to injuries|succumbed to his wounds"
         "|succumbed to her wounds|succumbed to their wounds|succumbed to his injuries"
         "|succumbed to her injuries|succumbed to their injuries"
         # South Asian copy: "two soldiers embraced martyrdom" (README: "martyred").
         "|embraced martyrdom|embraced shahadat"
         # armed forces' releases: "one soldier paid the supreme price" (a death in
         # service; the idiom has no other reading with people counted)
         "|paid the supreme price|paid the ultimate price|paid the supreme sacrifice"
         "|paid the ultimate sacrifice|made the supreme sacrifice|made the ultimate sacrifice"
         # the military's press releases in Pakistan: "6 terrorists were sent to hell"
         "|sent to hell"
         # bombers counted: "two suicide bombers blew themselves up" (one bomber with
         # "himself" has no count of its own; see BOMBER_NOUNS)
         "|blew themselves up"
         # US and police copy: "was shot and killed", "were stabbed to death"
         "|shot and killed|stabbed and killed|stabbed to death|beaten to death"
         "|hacked to death|burned to death|burnt to death|tortured to death"
         "|clubbed to death|stoned to death|bludgeoned to death|starved to death"
         # stampedes at aid points and crowds fired on: "17 people were crushed to death"
         "|crushed to death|trampled to death"
         # a sunk boat's passengers: violence is the corpus's subject, accidents are not
         "|drowned")
    # the dead told by the care that could not help them: "two soldiers and five
    # civilians had been brought in dead", "Seven people were dead on arrival"
    + BROUGHT_DEAD
    # where the shot hit, then the death: "A man was shot in the head and killed", "was
    # shot in the chest and died" ("shot in the head" alone stays nothing, see below)
    + tuple(f"shot in the {w} and {v}" for w in SHOT_BODY_PARTS for v in ("killed", "died")),
    "wounded": _w("wounded injured hurt maimed") + _p("left wounded|left injured"
                                               # landmine reports count the maimed by
                                               # the limb lost: "One girl lost a leg"
                                               "|lost a leg|lost an arm|lost a limb"
                                               "|lost an eye|lost both legs|lost both arms"
                                               "|lost limbs|lost legs|lost their legs"
                                               "|lost their limbs|lost his leg|lost her leg"
                                               "|shot and wounded|shot and injured"
                                               "|stabbed and wounded|stabbed and injured")
    # "received wounds", "sustained bullet injuries", "suffered serious wounds" ("nine of
    # them had bullet wounds" is read in casualties.py: "had" among these would wake every
    # sentence holding it)
    + tuple(f"{verb} {kind}{noun}" for verb in _w("received sustained suffered")
            for kind in ("", *(f"{k} " for k in _INJURY_KINDS))
            for noun in _w("wounds injuries"))
    # a police log's wounded: "One man, 24, was taken to hospital with a gunshot wound"
    # ("taken" already leads "taken hostage", so no new trigger word)
    # (a short list: every kind of wound in both numbers cost 40M instructions at start-up)
    + tuple(f"taken to hospital with {w}" for w in (
        "wounds", "injuries", "a gunshot wound", "gunshot wounds", "a stab wound",
        "stab wounds", "bullet wounds", "serious injuries"))
    # a police log's wounded: "A 24-year-old man was shot in the leg" (a limb only: "shot
    # in the head" or "in the chest" is as often a death)
    + tuple(f"shot in the {w}" for w in SHOT_LIMBS)
    # ... and the same wound with "hit": "one rating hit in the arm", "three had been hit
    # by rifle bullets" (where it hit, a limb, or what hit, HIT_PROJECTILES)
    + tuple(f"hit in the {w}" for w in SHOT_LIMBS)
    + tuple(f"hit by {w}" for w in HIT_PROJECTILES)
    # ... and where the shot hit, then the harm: "was shot in the back and wounded"
    + tuple(f"shot in the {w} and wounded" for w in SHOT_BODY_PARTS)
    # victims treated (README: "victims treated for suffocation" are wounded): "14 were
    # treated for smoke inhalation", "Seven people were treated for burns" ("treated as
    # terrorism", "treated well" stay nothing: the phrase needs the harm)
    + tuple(f"treated for {w}" for w in TREATED_HARMS),
    # "the 43 disappeared students", "six men were forcibly disappeared" (Latin American
    # and South Asian copy)
    "missing": _w("missing disappeared") + _p("unaccounted for"),
    "captured": _w("kidnapped abducted seized captured")
    + _p("taken hostage|held hostage|taken captive|held captive|taken prisoner|held prisoner"
         # "some 40 people remain in captivity": the verb leads the phrase, since the
         # trigger pass keys on a phrase's first word ("in" would wake every sentence)
         "|remain in captivity|remains in captivity|remained in captivity"
         "|held in captivity"
         # the captive's role after "as" (round en118): "two soldiers now held as
         # prisoners of war", "held as hostages"
         "|held as prisoners of war|held as prisoner of war|held as a prisoner of war"
         "|held as hostages|held as a hostage|held as captives"
         "|taken as prisoners of war|taken as hostages"
         # After the object of "took": "took 30 people hostage".
         "|hostage|captive"
         # the captives' destination left unsaid: "were taken to an unknown location"
         # ("taken to hospital" names one, and stays no capture)
         "|taken to an unknown location|taken to an unknown destination"
         "|taken to an unknown place|taken away at gunpoint|snatched"),
    "arrested": _w("arrested detained apprehended") + _p("rounded up|taken into custody"),
    # people put out of their homes, told in the passive or as what they now are (round
    # en104): "About 400 of the evicted people", "families were evicted by soldiers" (the
    # active "evicted two tenants" may be a landlord's, and stays no figure)
    "displaced": _w("displaced uprooted evicted")
    # Fleeing counts as displacement only with the homes named: gunmen also "fled".
    + _p("made homeless|left homeless|fled their homes|flee their homes|fleeing their homes"
         "|fled their home|flee their home|forced from their homes|driven from their homes"
         "|forced to flee their homes|forced to flee their home|forced to leave their homes")
    # ... or the place or the fighting fled, of civilians only (FLEEING_CIVILIANS):
    # "more than 20,000 residents had fled the town" ("two gunmen fled the town" stays
    # nothing)
    + tuple(f"fled the {w}" for w in FLED_PLACES)
    + tuple(f"fled to the {w}" for w in FLED_TO_PLACES)
    + tuple(f"fled across the {w}" for w in FLED_ACROSS_PLACES),
}
# Who fleeing a place makes displaced, and the places: see "displaced" above.
FLEEING_CIVILIANS = _w("residents civilians people persons families households villagers"
                       " inhabitants women children"
                       # civilians named by their livelihood flee as villagers do ("some
                       # 900 herders have fled to the hills"; round 55)
                       " farmers herders herdsmen fishermen pastoralists nomads peasants"
                       " shepherds")
# Verbs whose object is killed when "to death" follows it: "guards had beaten 14 prisoners
# to death", "the mob stoned two men to death" (the passive is in the participles above).
TO_DEATH_VERBS = _w("beat beats beaten beating stab stabs stabbed stabbing hack hacks hacked"
                    " hacking crush crushes crushed crushing trample tramples trampled"
                    " trampling burn burns burned burnt burning torture tortures tortured"
                    " torturing stone stones stoned stoning club clubs clubbed clubbing"
                    " bludgeon bludgeons bludgeoned bludgeoning starve starves starved"
                    " starving")
# Words allowed between a count's noun and its participle: "were reportedly killed".
AUXILIARIES = _w("were was are is have has had been being be might may could would will also"
                 " reportedly reported to said believed feared confirmed all later subsequently"
                 " now allegedly either both still already found remain remains remained"
                 # Official findings before "dead": "were later pronounced dead".
                 " presumed pronounced declared"
                 # how badly: "were seriously wounded", "was critically injured"
                 " seriously critically badly severely slightly lightly gravely fatally"
                 " mortally moderately forcibly"
                 # aid agencies' "have been newly displaced"
                 " newly"
                 # a short detention: "14 aid workers were briefly detained"
                 " briefly temporarily") + _p(
                     # a roll's or a register's entry (round 54): "two crewmen are still
                     # listed as missing", "was officially listed as dead"
                     "listed as")
# Head nouns that are themselves an outcome: "25 bodies", "seven hostages".
OUTCOME_HEAD_NOUNS: dict[str, str] = {
    "bodies": "killed", "corpses": "killed", "dead": "killed", "deaths": "killed",
    "death": "killed", "fatalities": "killed", "lives": "killed", "hostages": "captured",
    "hostage": "captured", "captives": "captured", "captive": "captured",
    "refugees": "displaced",
    # internally displaced persons, as aid agencies write them
    "idps": "displaced",
    # those held by the police or the army: "1 in 3 of the 90 detainees held at the camp"
    "detainees": "arrested",
    # the dead of regional copy: "the bodies of 12 martyrs"
    "martyrs": "killed",
    # (twenty-fifth session) the dead a dig unearths: "court-ordered dig unearths 46
    # skeletons"
    "skeletons": "killed",
    # the maimed of mine-action reports: "the province now counts some 1,100 amputees"
    "amputees": "wounded",
    # a monitor's tally of people hurt: "recorded 46 civilian deaths and 112 injuries"
    "injuries": "wounded",
    # a count of killings is a count of the dead (round 43), as the development gold
    # counts "the killing of 5812 civilians": "recorded 310 drug-related killings in
    # 2008", "the city's 120 homicides"
    "killings": "killed", "homicides": "killed",
}
TOLL_NOUNS = _p("death toll|toll|death count|body count|casualty count|number of dead"
                # a running count with its participle: "bringing the number killed this
                # year to 41", "the number wounded rose to 41" (its participle's outcome)
                "|number killed|number dead|number wounded|number injured"
                "|number of deaths|number of people killed|number of victims"
                "|number of fatalities|number of martyrs|number of the martyrs"
                "|number of the dead")
# Verbs that open a clause of their own right after a count in a list, so the count is
# not one more of the figure before: "..., and 100 people remain in hospital", "A few
# dozen villagers were rounded up and scores more fled" (no arrest of the scores).
OWN_PREDICATE_VERBS = _w("remain remains remained are were is was have has had stay stays"
                         " stayed fled escaped survived returned hid")
# Natural hazards. The gold counts people harmed in violence, so the dead, trapped and
# displaced of a flood or an earthquake are no figures when the hazard is the cause
# named before the figure ("Flash floods swept ..., killing 23 people", "The quake's toll
# rose to 57", "rains had displaced 3,000 families") or right after it ("23 people were
# killed in the earthquake"); casualties.py. No "storm": conflict news storms
# positions ("trying to storm the other side's positions"); nor a hazard word used as a
# verb ("to flood", "refugees flood into").
NATURAL_HAZARDS = _w("flood floods flooding earthquake earthquakes quake quakes tremor tremors"
                     " aftershock aftershocks landslide landslides mudslide mudslides"
                     " avalanche avalanches cyclone cyclones typhoon hurricane"
                     " tornado tsunami rains downpour downpours heatwave wildfire wildfires"
                     " drought blizzard")
# The second half of an adjective made of a hazard or an act of violence and a participle
# ("quake-hit", "flood-stricken", "war-torn", "militia-held", "shell-scarred"): it names
# a place by what befell it. A hazard's adjective is its cause when nothing of violence
# stands anywhere in the sentence ("In the flood-hit district, 40 people have died since
# Friday"); violence's adjective names no cause ("Floods swept the militia-held town,
# killing 12 people" is the flood's toll).
SETTING_PARTICIPLES = _w("hit stricken struck ravaged affected battered devastated torn"
                         " held controlled run damaged scarred shattered shocked weary")
# (round en218) A noun right after a hazard word makes it the first half of a name of a
# place, a people or a work ("a flood relief camp", "quake survivors", "the storm shelter"):
# like the participle of a place's adjective it names no cause, so violence anywhere before
# it in the sentence is the cause ("Gunmen attacked a flood relief camp, killing two
# guards"). Only nouns that cannot be a hazard's verb ("floods displaced" stays a verb).
# (round en218) The outcomes a hazard never gives: arrests and captures are acts of people,
# so a force that detains aid workers after a flood is the story, never the flood's toll.
HAZARD_SPARED_OUTCOMES = _w("arrested captured")
HAZARD_SETTING_NOUNS = _w("relief camp camps shelter shelters victims survivors zone zones"
                          " area areas aid response defences defenses barrier barriers"
                          " season appeal fund reconstruction recovery evacuees convoy"
                          " convoys volunteers workers centre center site sites")
# Acts, arms and attackers of violence: one of them between the hazard and the figure,
# or in the figure's own clause, names a cause of its own ("The earthquake killed 300,
# while an air strike killed 5 civilians"; "Since the quake, 50 were killed in strikes").
VIOLENCE_CUES = _w("attack attacks attacked strike strikes airstrike airstrikes shelling"
                   " shelled shell shells bomb bombs bombing bombings bombed blast blasts"
                   " explosion explosions gunmen gunman gunfire fire fired shot shooting"
                   " shootings clash clashes fighting raid raids ambush ambushed mine mines"
                   " landmine landmines rocket rockets missile missiles mortar mortars sniper"
                   " snipers drone drones militants militia militiamen rebels insurgents"
                   " attackers assailants jihadists massacre executed tortured torture"
                   " stormed bomber bombers grenade grenades artillery stabbed stabbing")
# Who may blow himself up: "the attacker blew himself up" kills the attacker too.
BOMBER_NOUNS = _w("bomber bombers attacker assailant")
BOMBER_SELF_VERBS = _w("kill kills killed killing blew blows blowing")
REFLEXIVES = _w("self himself herself")
# Before a count whose noun is left out, the rest of a group already counted: "freed the
# remaining four" (of the hostages a kidnapping story names).
REMAINDER_WORDS = _w("remaining last other")
HOSTAGE_CUES = (*_w("hostage hostages kidnap kidnapped kidnapping kidnappers abduct abducted"
                    " abduction captive captives captors seized ransom"),
                # ... and soldiers of a war held by the other side (round en118): the
                # people such a story says "were held" are captives, not arrested
                *_p("prisoners of war|prisoner of war|pows|prisoner exchange|prisoner swap"
                    "|prisoner exchanges|prisoner swaps"))
# Verbs of killing that also take things ("neutralised two bombs"): a figure only with
# people as object.
NEUTRALISING_VERBS = ("neutralis", "neutraliz", "eliminat")
# ... of which "eliminated from" removes from a contest, no killing: "three candidates
# were eliminated from the race"
ELIMINATING_STEM = "eliminat"
# A report that glosses such a verb as a term for several outcomes (round 66): "a term
# the army uses for those killed, captured or surrendered" makes its figures one number
# for several outcomes, no figure (casualty_lookalikes.py). The nouns that name the word
# a source uses, and the outcomes other than death the gloss lists.
TERM_NOUNS = _w("term euphemism word expression")
TERM_OTHER_OUTCOMES = _w("captured surrendered arrested detained wounded injured")
# "buried": a figure only with people as object and not buried alive or under rubble.
BURIAL_VERBS = ("bur",)
# Capture verbs whose object is always a person: "kidnapped 12 more" needs no noun
# ("seized 12" may be towns).
PERSON_CAPTURE_STEMS = ("kidnap", "abduct")
# Titles a headline sets bare before a counted group of the same outcome (round 43):
# "Gunmen kill police chief, 2 bodyguards", "Blast kills governor and four aides".
HEADLINE_TITLES = _w("mayor governor chief commander leader priest imam cleric judge"
                     " prosecutor journalist reporter editor official minister lawmaker mp"
                     " senator deputy envoy ambassador general colonel captain bishop pastor"
                     " headman sheikh candidate activist doctor")
# "a father of three was shot dead": the count after these is the victim's children.
PARENT_NOUNS = _w("father mother parent parents grandfather grandmother")
# A family counted by its size: "a family of five" is five people.
FAMILY_NOUNS = _w("family household"
                  # (round en151) "held a crew of 21": the size is the count, as a family's
                  " crew")
# "seven members of one family were killed": the count after these counts families.
MEMBERSHIP_NOUNS = _w("member members")
PERSON_WORDS = frozenset(_w(
    "nurse doctor gendarme journalist reporter photographer cameraman soldier officer policeman"
    " policewoman guard child boy girl man woman person people civilian worker employee"
    " engineer driver pilot student teacher priest cleric imam commander leader official"
    " diplomat tourist farmer shepherd fisherman hostage prisoner detainee suspect militant"
    " rebel fighter insurgent gunman bomber jihadist activist protester demonstrator resident"
    " villager settler marine contractor volunteer medic paramedic member citizen national"
    " relative son daughter brother sister wife husband mother father baby infant toddler"
    " teenager youth elder worshipper pilgrim passenger trooper sergeant captain colonel"
    " general lieutenant private recruit conscript guardsman peacekeeper staffer aide"
    " bodyguard mayor governor judge lawyer minister mp lawmaker politician candidate voter"
    " refugee migrant family bystander pedestrian shopper customer owner trio captive"
    " victim survivor widow widower"
    # a community's head among the arrested: "a local chief accused of organising the raid"
    " chief"
    # South Asian and African copy: "a police constable", "two jawans", "vigilantes"
    " constable jawan cadet sepoy vigilante"
    # court and feature copy: "the witness told the court ... She said"
    " witness trader shopkeeper"
    # features and school attacks: "Her neighbour, Yusuf, said", "30 teachers and pupils"
    " neighbour neighbor pupil schoolchild baker pharmacist"
    # captives named by whom they worked with: "two of his colleagues are still held"
    " colleague"
    # a street's victim in police and wire copy: "wounding a passer-by"
    " passer-by passers-by"
    # crews and households held or hurt: "still hold a Filipino cook", "the ship's mechanic"
    " cook chef mechanic"
    # the group a witness's "they" refers to: "when the guerrillas collected a tax"
    " guerrilla"
    # round 41: "killing four traders and a tour guide"; kin named after a counted
    # victim, "a boy of about 9 and his uncle had been taken"
    " guide uncle aunt nephew niece cousin grandson"
    # round en107: a victim named by whom they were with, "A friend standing beside him
    # was killed" (en-58), as "One friend was hit in the hip" (en-56)
    " friend"
))
# (round en212) the youngest of the hurt and the dead by the noun of their first days, in
# both spellings: "Nine others were injured, among them a newborn", "including a new-born"
# (the plural was read by its "s"; "a newborn calf" keeps the animal as its head).
NEWBORN_PERSONS = _w("newborn new-born")
PERSON_WORDS = PERSON_WORDS | frozenset(NEWBORN_PERSONS)
# Singular nouns for bodies that speak, which a later "he" or "she" does not stand for
# (statements.py reads any other singular noun after "the" that speaks as a person: "The
# town clerk told us ... He said").
SPEAKING_BODIES = frozenset(_w(
    "force junta regime cabinet parliament panel watchdog charity company firm bank party"
    " movement front faction body institute university school team society federation"
    " association foundation programme program fund club church mosque cell militia"
    " municipality prefecture police paper magazine outlet station bureau secretariat"
    " assembly senate legislature delegation community side camp crew"
))
# (round en228) The unit a speaker's police word names, after it in the speaker phrase:
# "said the officer-in-charge of Korail police station" (speakers.forward_np).
POLICE_UNIT_NOUNS = _w("station post precinct division headquarters")
# The sex a title or a noun gives its person, for "he" and "she" (statements.py).
SEXED_TITLES: dict[str, str] = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she",
                                "madam": "she", "sir": "he"}
SEXED_NOUNS: dict[str, str] = {
    **dict.fromkeys(_w("man boy father husband son brother grandfather uncle nephew king"
                       " prince spokesman policeman chairman fisherman businessman"
                       " headmaster grandson stepson stepfather widower crewman seaman"
                       " gunman tribesman serviceman herdsman militiaman boatman watchman"
                       " fireman guardsman cameraman clergyman kinsman craftsman tradesman"
                       " salesman workman lineman doorman horseman sportsman congressman"
                       " councilman"), "he"),
    **dict.fromkeys(_w("woman girl mother wife daughter sister grandmother aunt niece queen"
                       " princess spokeswoman policewoman chairwoman businesswoman widow"
                       " headmistress nun granddaughter stepdaughter stepmother"
                       " servicewoman camerawoman congresswoman councilwoman sportswoman"
                       " fisherwoman"), "she"),
}
# The sex a pronoun gives the person it stands for (round en157): "Amina Yusuf climbs the
# path with a photograph of her son" makes her a woman.
SEXED_PRONOUNS: dict[str, str] = {"he": "he", "his": "he", "she": "she", "her": "she"}
# Person words above that name more than one person ("he" cannot refer to them).
GROUP_PERSON_WORDS = frozenset(_w("people family trio"))
# The names a source "goes by" (statements.py): "who goes by the nom de guerre Abu Hamza",
# "who goes by the nickname Tiger"; the name after them speaks.
ASSUMED_NAME_NOUNS = _w("name alias pseudonym nickname") + _p("nom de guerre|nom-de-guerre")
# Endings of nouns for people: "Palestinians", "policemen", "detainees".
PERSON_SUFFIXES = _w("er ers ist ists ian ians an ans men man ee ees ant ants ent ents or ors"
                     " ies ite ites is ese people person persons children child women woman"
                     " guard guards police staff troops personnel crew family kid kids boy boys"
                     " girl girls babies baby infant infants youth youths adult adults militia"
                     " militias civilian civilians journalist journalists")
# Counted things that are not people.
NONPERSON = frozenset(_w(
    "hour hours day days week weeks month months year years minute minutes time times house"
    " houses home homes building buildings village villages town towns city cities shell shells"
    " rocket rockets missile missiles mortar mortars bomb bombs attack attacks raid raids strike"
    " strikes airstrikes tank tanks vehicle vehicles car cars truck trucks dollars euros pounds"
    " percent per cent km kilometres kilometers miles metres meters yards feet barrels tons"
    " tonnes acres points seats votes positions areas districts provinces sites schools"
    # "put the dead at three locations" counts places
    " locations places spots venues"
    " hospitals mosques churches shops weapons rifles guns explosions blasts bombings incidents"
    " cases planes aircraft helicopters jets ships boats neighborhoods neighbourhoods units"
    " million billion fighters-strong round rounds countries nations routes roads"
    " bridges checkpoints bases camps am pm a.m. p.m. gmt hrs hr hrs."
    # things whose names end like people's ("-er", "-or"): "pirates seized a tanker"
    " tanker tankers freighter freighters trawler trawlers container containers trailer"
    " trailers tractor tractors generator generators launcher launchers computer computers"
    " bulldozer bulldozers sector sectors corridor corridors"
    # (round en199) machines of work seized at a mine or a site: "seized 40 excavators and
    # destroyed dozens of pumps" takes no captives ("diggers" stay people: gold diggers)
    " excavator excavators dredge dredges dredger dredgers pump pumps"
    " crane cranes machine machines"
    # "A number killed in the raid were children": a vague count whose "of people" is left
    # out, never one person
    " number numbers"
    # what troops "neutralise" besides people
    " ied ieds drone drones device devices explosive explosives"
    # a monitor's weekly tally of incidents: "230 ceasefire violations and 3 civilians
    # wounded"
    " violations breaches"
    # vehicles taken with the people: "seized two Humvees" (a capitalised name is no person)
    " humvee humvees apc apcs pickup pickups"
    # what attackers ride: "Gunmen riding about 40 motorbikes killed 12 villagers"
    " motorbike motorbikes motorcycle motorcycles bike bikes pick-up pick-ups van vans"
    " bus buses lorry lorries canoe canoes"
    # ... and animals, ridden or killed: "Raiders on 40 camels", "killed 200 cattle"
    " camel camels horse horses donkey donkeys cattle cow cows goat goats sheep livestock"
    " animal animals"
    # ... and animals caught or culled: "Police rounded up 20 stray dogs"
    " dog dogs cat cats pig pigs chicken chickens poultry"
    # ... and wild animals caught, poached or moved: "the capture of 12 elephants", "Poachers
    # killed 30 rhinos" (a news verb of harm or capture takes them as it takes people;
    # "tigers" and "lions" stay out: fighters are named so, "troops killed 23 Tigers")
    " elephant elephants leopard leopards rhino rhinos rhinoceros"
    " rhinoceroses crocodile crocodiles monkey monkeys chimpanzee chimpanzees gorilla"
    " gorillas parrot parrots turtle turtles tortoise tortoises snake snakes shark sharks"
    " whale whales dolphin dolphins hyena hyenas giraffe giraffes zebra zebras"
    # (round en178) ... and herds counted by the head: "seized three herders and about 400
    # head of cattle" takes three people
    " head"
))
# Words that end a victim noun phrase (with the first words of multi-word participles,
# so "seven people received wounds" keeps "people").
GROUP_STOP = frozenset(p.split()[0] for ps in OUTCOME_PARTICIPLES.values() for p in ps
                       if " " in p) | frozenset(_w(
    "in on at by from and or with who whom that which when after before as while to into for"
    # (round en151) "herded 35 villagers onto trucks"
    " onto"
    " during near outside inside across since than but were was are is have has had been be"
    " being will would could might may said says say told tells according including among also"
    " reportedly reported this last next earlier later yesterday today tonight overnight"
    # a time of day after the figure: "the toll rose to 19 late on Sunday", "killed 4
    # early on Monday"
    " late early"
    " monday tuesday wednesday thursday friday saturday sunday a an the his her its their it"
    " he she they we i you not no dead died die under over against amid following held taken"
    " get gets got remain remains remained aged"
    # a hedge or "go" before the state (round 48): "30 people appear to be missing",
    # "12 ballot boxes went missing" (the "-ent" of "went" read as a person's ending)
    " appear appears appeared seem seems seemed went gone"
    # places after the victims: "30 passengers along the Kaduna road"
    " along through between beside behind beyond towards toward via within throughout"
    " around upon off"
    # Scraped copy without commas: "four women adding that ..." ends the group at "adding".
    " adding saying"
    # a source's figure named by how it was given: "up from 40 announced on Saturday"
    " announced given cited issued"
    # ... or by who counted it (round en163): "up from 18,000 counted on 3 May"
    " counted recorded"
    # A finding before "dead" is no victim noun: "Fifteen confirmed dead".
    " confirmed presumed pronounced declared"
    # copy without commas: "14 civilians most of them women" ends the group at "most",
    # "30 others mostly women and children" at "mostly"
    " most mostly mainly largely"
    # verbs of a clause of its own: "killed 3 guards and 2 escaped" (see below)
    " fled escaped survived returned hid"
    # a condition on a threat: "would kill five hostages unless ..."
    " unless if"
    # how captives were taken: "captured seven policemen alive"
    " alive"
    # a prospect, no noun: "Hundreds of villagers risk being displaced" (round 41)
    " risk risks"
    # a relative clause on someone else: "an elder whose nephew was among those killed"
    " whose"
    # a name after the victim: "including a Taliban commander known as Mullah Sadiq"
    # (round 42)
    " known"
))

# ------------------------------------------------ casualties: the count and its noun (grid)
# Nouns of an act that count its victims in any count shape, as "killings" and "deaths"
# do: "12 abductions", "dozens of kidnappings", "made 40 arrests", "five disappearances".
OUTCOME_HEAD_NOUNS.update({"abductions": "captured", "kidnappings": "captured",
                           "arrests": "arrested", "disappearances": "missing"})
# Round en99: murders are killings named by the crime, counted as "homicides" are: "the
# gang was responsible for at least 11 murders", "the city recorded 412 murders".
MURDER_COUNT_NOUNS = {"murders": "killed"}
OUTCOME_HEAD_NOUNS.update(MURDER_COUNT_NOUNS)
# Nouns of an act before "of" and its victims, for the outcomes that had none: "the
# disappearance of five men", "the displacement of 3,000 people".
OUTCOME_NOMINALS["missing"] = _w("disappearance disappearances")
OUTCOME_NOMINALS["displaced"] = _w("displacement")
# "the corpses of 12 men", as "the bodies of" and "the remains of"
OUTCOME_NOMINALS["killed"] += _w("corpses")
# The dead or the wounded counted by "numbered" / "totalled", as "the dead included" names
# them: "The dead numbered 40", "the wounded number more than 200".
OUTCOME_VERBS["killed"] += _p("dead numbered|dead number|dead totalled|dead totaled")
OUTCOME_VERBS["wounded"] += _p("wounded numbered|wounded number|wounded totalled"
                               "|wounded totaled|injured numbered|injured number"
                               "|injured totalled|injured totaled")
# Adverbs that close a victim's noun phrase: "with 12 bodies still in the bush", "40
# hostages now in their third week" (the adverb is no part of the noun).
GROUP_END_ADVERBS = frozenset(_w("still yet already now also later reportedly allegedly"
                                 " apparently"
                                 # round 67: "confirms three deaths so far", "12 bodies
                                 # so far": the "so" of "so far" is no part of the noun
                                 " so"))
# People a headline names bare whose noun has no person ending: "abduct priest, 4 nuns".
PERSON_WORDS = PERSON_WORDS | frozenset(_w("nun pupil monk pilgrim worshipper shepherd"
                                           " herdsman schoolgirl schoolboy"))
# Round 68: a school's head, counted among captives ("six teachers and a school principal")
PERSON_WORDS = PERSON_WORDS | frozenset(_w("principal principals"))
# Trades of the road, members of a toll's list ("a driver, a helper and a mechanic", "two
# bus conductors"; "assistant" and "attendant" are people by their suffix,
# WEAK_SUFFIX_PERSONS).
PERSON_WORDS = PERSON_WORDS | frozenset(_w("helper helpers conductor conductors"))
# Things whose plural ends as people's do ("-ents", "-ers", "-ants"), counted where
# people are: "the release of 20 documents", "seized 12 containers".
THINGS_LIKE_PEOPLE = frozenset(_w(
    "documents statements payments shipments instruments equipment settlements"
    " agreements parliaments governments departments apartments compartments"
    " papers letters posters leaflets banners numbers orders files"
    # ... and one of them after an article: "Rebels released a statement" (no captive)
    " document statement payment shipment instrument settlement agreement parliament"
    " government department apartment compartment paper letter poster leaflet banner"
    " number order file"))

# ---------------------------------------------------------------- dates
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# (round en194) Spanish and Portuguese agencies write the dateline's month in lower case
# and abridged ("Bogotá, 19 oct (EFE).-", "Lima, 3 mar (AFP) -", "Quito, 21 dic
# (Reuters).-"); each stands for the English abbreviation of the same length, read only in
# a dateline's place (date_dateline_month.py): "ago" or "set" in a sentence are words.
LOWER_DATELINE_MONTHS: dict[str, str] = {
    "ene": "Jan", "jan": "Jan", "feb": "Feb", "fev": "Feb", "mar": "Mar", "abr": "Apr",
    "may": "May", "mai": "May", "jun": "Jun", "jul": "Jul", "ago": "Aug", "sep": "Sep",
    "set": "Sep", "oct": "Oct", "out": "Oct", "nov": "Nov", "dic": "Dec", "dez": "Dec",
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ABBREVIATIONS = _w("mon tue tues wed thu thur thurs fri sat sun")
# The abbreviations read on their own when dotted ("On Tues. the convoy left"): none is a
# word or a name.
WEEKDAY_DOTTED = _w("tues thur thurs weds")
# Numbers written out in "the last ten days", "the past two weeks".
SPAN_NUMBERS = _w("two three four five six seven eight nine ten eleven twelve fourteen fifteen"
                  " twenty thirty")
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# After a weekday, the week it falls in, counted from publication's: "Monday last week".
WEEK_RELATIONS: dict[str, int] = {"last": -1, "this": 0, "next": 1}
# Units after a four-digit clock time ("at 1800 hours"), which is then no year.
CLOCK_UNITS = _w("hours hrs hr")
DAY_PARTS = _w("morning afternoon evening night")
SEASONS = _w("spring summer autumn fall winter")
# Words before a lone month that make it a date ("in March", not "March on").
MONTH_CONTEXT = _w("in since until till by of during from through last next this early late"
                   " mid between before after and or")
# ... and a plan's participle with "for": "elections are scheduled for March", "talks set
# for May" ("a rally for May" may be a name).
PLANNED_FOR = _w("scheduled rescheduled planned set slated due expected postponed delayed"
                 " moved")
# ... and a noun of what is counted or paid by the month, with "for": "payments for March
# will be made", "bookings for May are not affected" (round 57); a person's name follows
# "support for", "votes for" or "a rally for", none of them a month's account.
MONTH_ACCOUNT_FOR = _w("payment payments salary salaries wage wages pension pensions rent"
                       " bill bills invoice invoices reservation reservations booking"
                       " bookings allocation allocations quota quotas rations")
# Words before a weekday that make it part of a speaker's description, not the time of
# speaking: "A post shared thousands of times since Thursday said ..." (whereas "The
# minister on Thursday said" drops "on Thursday").
WEEKDAY_BOUND_WORDS = _w("since until till from through early late mid before after")
# Past speech verbs after such a cue say when words about the future were spoken: "we will
# retaliate, the commander told reporters on Sunday" (Sunday is past).
PAST_SPEECH_VERBS = _w("said told announced added stated wrote warned declared"
                       # the promises and threats whose words look ahead: '"We will
                       # rebuild every school," the governor vowed on Tuesday.'
                       " vowed pledged promised threatened insisted stressed replied")
# Words that put a weekday into the future: "a truce starting on Monday".
FUTURE_CUES = _w("will would shall starting start starts begin begins beginning next"
                 " scheduled planned upcoming until"
                 # "the verdict is expected on Wednesday", "elections are due in June"
                 " expected") + _p("due to|set to|expected to|due in|due on|due by"
                                   # an arrangement ahead: "Funerals are to be held on
                                   # Saturday" (a bare "is to" is as often "the question
                                   # is to what extent ...")
                                   "|is to be|are to be")
# A promise looks ahead within its own clause: "vowed to strike again on Tuesday" (but
# "vowed on Tuesday to ..." is past, and so is "threatened to attack the town, which they
# shelled on Friday").
PROMISE_CUES = _p("vowed to|vows to|pledged to|pledges to|promised to|promises to"
                  "|threatened to|threatens to")
# A word right before a weekday that names the day something is set for: "has called a
# general strike for Tuesday", "a rally planned for Friday". A possessive day is the
# event's own and may be past: "arrested for Saturday's bombing".
WEEKDAY_AHEAD_WORDS = _w("for")
# A sitting announced in the present tense, right before its day: "The hearing resumes on
# Wednesday", "the trial reopens on May 3" (further away, "Fighting resumes on the
# outskirts after the truce collapsed on Sunday" is a headline's past).
SITTING_VERBS = _w("resumes reconvenes reopens")
# A sitting moved to a later day: "adjourned the case to May 3", "postponed until Friday"
# (with "to" or "until" right before the day: "adjourned on May 3" may be past).
ADJOURNING_VERBS = _w("adjourned adjourns postponed postpones deferred defers")
# ... and their nouns: "the postponement of local elections to 2027".
ADJOURNING_NOUNS = _w("postponement postponements adjournment deferral")
# The cues that put a month without a year into the future ("elections are due in June"
# in an April article: this June). Narrower than FUTURE_CUES: "lasted until June" and
# "would" in reported speech speak of a past month.
MONTH_FUTURE_CUES = _w("will shall scheduled planned upcoming expected") + _p(
    "due to|set to|due in|due on|due by"
    # a fixed date ahead: "The hearing is set for May 2", "slated for June"
    "|set for|slated for|slated to")
# A plan named as the one made first, since changed: "The talks, first set for late
# March, were postponed to May" (an April report: this March, behind; "originally
# scheduled for June" is this June, ahead). The month is the one nearest publication.
PLAN_REVISION_ADVERBS = _w("first originally initially previously")
# Nouns of an event named by its year after "of": "the massacre of 1995", "the war of
# 1948" (after other nouns "of 2000" is a count: "a total of 2000"). A people's flight,
# expulsion or purge is named by its year as a war is ("the flight of 1981", "the
# expulsions of 1972"); a count of people after one stays a count ("the flight of 2000
# families", a counted noun).
YEAR_EVENT_NOUNS = _w("war wars massacre massacres genocide uprising uprisings revolution"
                      " revolt intifada crisis election elections agreement agreements accord"
                      " accords treaty ceasefire truce coup invasion offensive siege events"
                      " riots protests constitution referendum famine exodus nakba spring"
                      " summer autumn winter fall class flight expulsion expulsions"
                      " deportation deportations purge purges pogrom pogroms killings"
                      " crackdown unrest troubles"
                      # (round 59) "the post-election violence of 2011"
                      " violence conflict"
                      # (round 66) the singular after a bare year, a count never standing
                      # before it: "convicted over 1973 killing of seven farmworkers"
                      " killing murder bombing"
                      # the fighting, the attacks and the disasters a place remembers by
                      # year: "a front line during the fighting of 2019 and 2020", "the
                      # floods of 1998", "the battle of 1916"
                      " fighting clashes battle battles attack attacks bombings shelling"
                      " occupation insurgency rebellion floods flood earthquake drought"
                      " cyclone hurricane")
# Parts of a year before "of" and the year: "In the first half of 2016", "the last quarter
# of 2015", "the middle of 2014" (dates.py reads them with the event nouns above).
YEAR_PART_NOUNS = _w("half quarter middle beginning start course rest months")
# Round en99: attacks a court or a headline dates by their year as it dates killings
# ("jails five over 2024 ambush on Triqui farmers", "trial over 2022 shootings"), and the
# stretch of a year a count is compared with ("compared with nine in the same period of
# 2025").
YEAR_ATTACK_NOUNS = _w("shooting shootings ambush ambushes")
YEAR_EVENT_NOUNS = YEAR_EVENT_NOUNS + YEAR_ATTACK_NOUNS
YEAR_PART_NOUNS = YEAR_PART_NOUNS + _w("period")
# Events a month names between "the" and the noun, where "May" and "March" can be no modal
# or verb (round en100, date_month_event.py): "the May unrest", "the March attacks".
MONTH_EVENT_NOUNS = _w("unrest protests protest riots riot clashes violence fighting attack attacks"
                       " killings massacre operation operations offensive coup crackdown"
                       " uprising elections election raids raid floods bombing bombings"
                       " shootings ambush ceasefire")
# Plural nouns of things counted: a four-digit number before one is a count, not a year
# ("only 2000 tents left", "handed out 1900 blankets"); a year names events, not these
# ("the 2000 elections", "the 2000 floods"). dates.py.
COUNTED_THINGS = _w("tents blankets mattresses tarpaulins kits sacks bags bales tonnes litres"
                    " liters gallons trucks lorries buses cars shops beds meals rations doses"
                    " boxes cartons parcels latrines cattle sheep goats cows camels hectares"
                    " acres kilometres kilometers km miles metres meters")
# The words after "May" that make it the modal verb, not the month, after a count in a
# title-case headline ("30 May Be Dead", "200 May Have Died"). dates.py.
MAY_MODAL_NEXT = _w("be have not never also still yet well soon face need")
# Words before a day that make "17 May" a date whatever follows it ("On 17 May Colonel
# Bako said", copy without the comma). dates.py.
DAY_PREPOSITIONS = _w("on by since until till from before after of between through and")
# The preposition that ends a coordinate clause without its verb before its date ("..., and
# the rest in July"): date_direction.py.
ELLIPSIS_DATE_PREPOSITIONS = _w("on in by since until till from before after through")
# Words that tell a clause in the past around "until" and a weekday: "until Monday the
# town had been spared", "was calm until Tuesday" (not "stays closed until Monday"). dates.py.
PAST_CLAUSE_WORDS = _w("had was were did remained stayed lasted")
# Which way a month (or day and month) without its year points, read from the clause it
# stands in (date_direction.py): the verb nearest the date decides.
# Words that put the date ahead of publication: "talks will resume in June".
AHEAD_WORDS = _w("will shall 'll ’ll scheduled planned upcoming expected slated due"
                 # "the next round of talks opens in April" (not "next to", date_direction)
                 " next"
                 # an expectation held now, also over its object: "officials expect the
                 # convoy to reach the camp on Friday"
                 " expect expects")
# Places "next" may stand before as a neighbour, no time (round 62): "a shell that struck the
# next street in April", "fled to the next village in May" (a past clause's date stays
# behind; "the next round of talks in April" is still ahead).
NEXT_PLACE_NOUNS = _w("street streets road village villages town house houses building"
                      " buildings block district neighbourhood neighborhood compound yard"
                      " farm field camp room door")
# A supply's running out told in the present is a forecast (round 62): "funding runs out in
# December", "food stocks run out in March" ("ran out" is past); in a headline too, before a
# bare month, since a headline's present with a month a season away is no news of the day.
RUNNING_OUT_VERBS = _w("runs run")
# Words that look ahead from a time that may itself be past (reported speech, a plan, an
# arrangement): the date is ahead of publication unless it lies in the few months just
# before it (dates.py). "He said the committee would meet in December" (a November
# report: this December; a March report's "would meet in January" is the January just
# past).
NEAR_AHEAD_WORDS = _w("would could might may")
# A start or a return looks ahead as a bound does, unless a past verb or "will" governs
# it: "a panel would meet every month starting in December", "classes start in March"
# (as "would"), "talks will resume in October" (ahead).
START_WORDS = _w("start starts starting begin begins beginning resume resumes reopen reopens"
                 " opens")
# A preposition that bounds a time ahead of the clause's verb: "stays closed until March",
# "before the harvest in May", "withdraw by April"; it points ahead only when no past verb
# governs it ("was calm until March", "fled before the rains in April").
BOUND_WORDS = _w("until till before by")
# A deadline lies after the act that set it, whatever the tense of that act. Verbs that
# grant time up to a bound: "gave the army until Friday to withdraw", "granted them until
# March" (not "was extended until Friday", "held until Friday": a span told as past).
DEADLINE_GRANTS = _w("gave give gives given granted grant grants allowed allow allows"
                     " offered")
# Nouns that make the date after them a deadline: "set a deadline of March 3", "an
# ultimatum that runs until Sunday".
DEADLINE_NOUNS = _w("deadline deadlines ultimatum ultimatums")
# ... and the words around it that say the deadline came and went: "the deadline of
# Friday passed without incident", "missed a deadline of March 3" are behind.
DEADLINE_LAPSES = _w("passed expired lapsed came missed ignored")
# Verbs that move an end or a day: "extended the ban until March 5", "the talks were pushed
# back to 12 March", "renewed the mandate until January 31". The date right after their
# "until" / "to" is the new end the act set, so it lies after the act whatever the act's
# tense, as a postponed sitting's day does (date_direction.py, dates.py).
END_MOVING_VERBS = _w("extended extends extend prolonged prolongs prolong renewed renews renew"
                      " delayed delays delay moved rescheduled")
# ... and those that move an end only with their particle: "pushed back to 12 March",
# "brought forward to 2 March" (not "pushed on until March", "brought aid until Friday").
END_MOVING_PHRASES = _p("pushed back|brought forward|moved up|moved back")
# The words right before a date that make it the end such a verb moved.
END_MOVING_BOUNDS = _w("until till to")
# An ending, an arrival or a sitting told in the present is a timetable's, ahead: "the
# mandate expires on March 31", "the truce ends on Sunday", "the envoy arrives on Monday",
# "the committee meets again on Tuesday" (as "starts" and "opens" are; "expired", "met"
# are past). Not in a headline, whose present tells what happened ("Siege ends on Sunday"),
# and not "holds" or "hosts", which take objects that run on to a past date ("holds the
# army responsible for abuses in March").
TIMETABLE_VERBS = _w("expires expire ends lapses falls arrives departs leaves travels visits"
                     " meets convenes returns votes"
                     # a plural subject's: "Negotiators meet again on Jan. 8" ("visit" and
                     # "vote" are as often nouns: "the presidential vote in April")
                     " meet arrive travel convene")
# Words before such a verb that make it no timetable's present: "did not meet on Tuesday",
# "due to expire in March" (the word before decides), "could meet".
TIMETABLE_NOT_AFTER = _w("to not never did didn't do does don't doesn't")
# ... and a taking effect: "takes effect on March 1", "comes into force on 1 April",
# "enters into force", "goes into effect" (not "took effect", "came into force").
IN_FORCE_VERBS = _w("takes take comes come enters enter goes go")
IN_FORCE_NOUNS = _w("effect force")
# A present plan with its object looks ahead as "expects" does: "The army plans a new
# offensive in late March", "the rebels are preparing ... " is a progressive (dates.py
# reads those); not "plans" as a noun ("the plans in March", "peace plans"): the word after
# must open its object.
PLAN_VERBS_PRESENT = _w("plans intends prepares")
PLAN_OBJECT_OPENERS = _w("a an the its their his her new another further fresh more")
# Words after "next" that make it part of a date, not a plan ("returns next month"): the
# reading after a date passes them by.
NEXT_UNITS = _w("week month year weekend")
# Capitalised words after a weekday that make it part of a name, no date: "The Sunday Times
# reported", "the Good Friday Agreement". dates.py.
WEEKDAY_NAME_NOUNS = _w("Times Telegraph Mirror Express Herald Tribune Observer Independent"
                        " Agreement Accord")
# Months that are also given names: between a capitalised word (a title, a first name)
# and a capitalised surname the month is the name ("Spokeswoman April Mendez", "Analyst
# June Park"); after a preposition it stays the month ("In April Rebels Took ..."). dates.py.
MONTH_GIVEN_NAMES = _w("April June August")
# Modals of obligation look ahead as "would" does: "must withdraw no later than March 15",
# "should hand over its weapons by March" ("must have crossed in March" is past).
OBLIGATION_MODALS = _w("must should")
# Shares of a year before "of" and the year, which then names the year: "in all of 2023",
# "for much of 2024" (after other words "of 2000" is a count: "a total of 2000"). dates.py.
YEAR_SHARE_WORDS = _w("all much most part whole bulk remainder")
# Irregular past forms news copy uses before a date's bound that PAST_VERBS lacks ("blew up
# a bridge before dawn on Sunday", "withdrew before the rains in April": past, not ahead).
IRREGULAR_PASTS = _w("withdrew blew threw drew flew shot hid stole sank shook froze chose"
                     " rode bought taught bled dug hung sold swore tore overthrew overtook"
                     " retook withheld upheld slew swept sat slept swam")
# A month set in capitals is read as one right after these words set in capitals, as a
# headline in capitals writes it: "TALKS TO RESUME IN MARCH", "AID BLOCKED SINCE JANUARY"
# ("PROTESTERS MARCH ON PARLIAMENT", "REBELS MAY JOIN TALKS" stay words). dates.py.
CAPS_MONTH_OPENERS = _w("IN SINCE UNTIL TILL BY FROM DURING THROUGH BEFORE AFTER LAST NEXT"
                        " EARLY LATE")
# ... and a weekday in capitals after these or "ON": "GUNMEN KILL 5 IN KESSA ON SUNDAY".
CAPS_WEEKDAY_OPENERS = _w("ON THIS")
# Words joined by a hyphen after a four-digit number that make it a count or a measure,
# not a year: "a 2000-strong force", "a 1500-member militia", "a 2500-seat hall". dates.py.
COUNT_COMPOUNDS = _w("strong member members man men seat seater bed page tonne ton km"
                     " kilometre kilometer mile metre meter foot acre hectare")
# Words after a plan's date that tell how it turned out, so that the plan is told from a
# past frame and its date is behind: "Talks that were due to start in March never took
# place", "the vote planned for April did not happen".
PLAN_OUTCOMES = _p("never took|never happened|never began|never started|never came"
                   "|never materialised|never materialized|did not take|didn't take"
                   "|did not happen|didn't happen|took place|went ahead|failed to take")
# A word right before the date that points back whatever the clause: "since March".
BACK_WORDS = _w("since")
# Verbs whose infinitive looks ahead: "have agreed to start patrols before the end of
# November", "plans to hold the vote in May" (not "moved to retake the town in March").
INTENT_VERBS = _w("agree agrees agreed plan plans planned intend intends intended aim aims"
                  " aimed hope hopes hoped decide decides decided ask asks asked urge urges"
                  " urged promise promises promised pledge pledges pledged vow vows vowed"
                  " threaten threatens threatened want wants wanted expect expects prepare"
                  " prepares preparing going")
# Acts that a date after them dates, and that are done when they are told: "would not
# comment on the attack in March", "promised to investigate the raid on Friday" (the
# attack and the raid are past, whatever the clause around them looks to).
DONE_ACTS = _w("attack attacks bombing bombings blast blasts explosion explosions killing"
               " killings massacre massacres assassination kidnapping kidnappings abduction"
               " abductions raid raids ambush shooting shootings shelling clashes murder"
               " murders coup")
# The prepositions between such an act and its date.
DONE_ACT_PREPOSITIONS = _w("in on of during")
# "is to be held in March": an arrangement.
ARRANGEMENT_VERBS = _w("is are")
# Past forms that do not end in -ed, as news copy uses them before a date ("fled in
# March", "what happened in March" ends in -ed and is read by its ending).
PAST_VERBS = _w("was were had did went came began fled fought fell took left met saw told"
                " said lost won broke struck kept stood sent brought spent grew rose drove"
                " ran led overran made gave became caught sought built paid wrote"
                " spoke knew found thought felt heard held taken given")
# Words after which an -ed form is a passive or an adjective, not a past verb: "will be
# held in March", "remains closed until April", "to be completed by June".
PASSIVE_OPENERS = _w("be been being is are am 's ’s remain remains stay stays get gets"
                     " become becomes will would to not")
# The words after an -ed form that make it a verb of the clause ("collapsed in March",
# "attacked the convoy in April"); before a noun it is an adjective ("armed groups",
# "displaced families").
VERB_FOLLOWERS = _w("the a an in on at by for from with to his her their its our this that"
                    " these those last early late until till before during after since into"
                    " across near over under"
                    # place adverbs: "waited outside through Tuesday" is a past
                    " outside inside there here overnight nearby")
# Words before an -ed form that make it a noun or an adjective: "to feed the displaced
# until April".
DETERMINERS_BEFORE_NOUNS = _w("the a an his her their its our my your this these those some"
                              " all every each")
# Words after "to" that begin no infinitive ("to the town", "to their fields").
NON_VERBS_AFTER_TO = DETERMINERS_BEFORE_NOUNS + _w("that at around about more less date what"
                                                   " whether how which where who")
# A base-form verb ends in "s" only after these letters ("to press", "to focus", "to bias");
# any other word in "-s" after "to" is a plural noun, the one something goes or is given to
# ("compensation promised to families in April"), which opens no infinitive.
VERB_ENDINGS_IN_S = ("ss", "us", "is", "as")
# Verbs whose "to" names where someone or something goes, not an infinitive: a headline's
# "Fighters withdraw to hills in March" tells a move, not a plan ("to" + a bare verb is a
# headline's future only after a subject: "Army to withdraw in March"); date_direction.py.
MOVES_BEFORE_TO = _w("withdraw withdraws retreat retreats return returns flee flees move"
                     " moves head heads march marches advance advances go goes come comes"
                     " travel travels fly flies sail sails drive drives walk walks cross"
                     " crosses relocate relocates escape escapes rush rushes deploy deploys"
                     " shift shifts spread spreads rise rises climb climbs jump jumps fall"
                     " falls drop drops soar soars back pull pulls send sends sent taken"
                     " moved fled returned")
# ---------------------------------------------------------------- round 45: date families
# (dates.py, date_direction.py; tests/core/extract/test_extract_probes_s45_dates.py)
# The words that may stand between a bound's "by" and its date: "by Friday", "by the end of
# March", "by noon on Sunday", "by 6 pm on Friday", "by early June" (a clock time's numbers
# pass too). After any other word "by" names an agent or
# a cause ("carried out by police in the town on Sunday", "alarmed by the raid on
# Sunday"), and bounds nothing.
BY_TIME_FILLERS = _w("the end beginning start middle close of early late mid latest next this"
                     " coming noon midnight dawn dusk morning afternoon evening night at on am pm")
# Nouns before "from" and a weekday that make the day a record's, not a start: "footage
# from Sunday shows ...", "a statement from Thursday"; and the words of "apart from",
# "away from". After any other word "from Thursday" opens a time still to come: "a
# truce from Wednesday", "the curfew applies from Friday", "from Monday onwards".
FROM_DAY_NOT_START = _w("statement statements video videos footage photo photos picture"
                        " pictures image images figures figure data report reports notes"
                        " remarks comments speech recording recordings tape tapes interview"
                        " broadcast post posts tweet tweets message messages results minutes"
                        " transcript list letter count counts session apart aside away far"
                        " back home different")
# Events held on a set day, named by the day's possessive: "Friday's run-off", "Sunday's
# referendum" (a done act, "Friday's attack", is past: DONE_ACTS).
SCHEDULED_EVENTS = _w("election elections vote poll polls polling run-off runoff"
                      " referendum ballot summit talks meeting session hearing trial match"
                      " rally march ceremony inauguration funeral debate deadline launch"
                      " conference parade count")
# What a group calls for a day, a protest or a meeting: "have called a 12-hour bandh in
# the district on Friday" (dates._called_for, round 83). The present perfect takes no
# past day of its own, so the day is the event's, still to come.
CALLED_EVENTS = _w("strike strikes bandh hartal shutdown shut-down protest protests rally"
                   " rallies march marches demonstration demonstrations sit-in boycott"
                   " meeting vigil stayaway stay-away")
# What is done to such an event before it is held, or the time before it: withdrawing
# from it, calling it off, acting ahead of it. "has pulled out of Friday's run-off",
# "cancelled Sunday's rally", "arrested the activists ahead of Thursday's vote" (not
# "after", "over", "results of": those look back; "boycotted" tells a boycott of a vote
# held, "boycotts" one to come).
BEFORE_EVENT_PHRASES = _p("pulled out of|pulls out of|pull out of|pulling out of"
                          "|withdrew from|withdraws from|withdraw from|withdrawn from"
                          "|withdrawing from|quit|quits|boycott|boycotts|boycotting"
                          "|postponed|postpones|postpone|called off|calls off|call off"
                          "|cancelled|canceled|cancels|cancel|ahead of|run-up to|lead-up to")
# ... and the times right before it, which put it ahead only in a clause not told in the
# past: "parties are preparing for Sunday's poll"; a past act on its eve leaves it a day
# later at most ("campaigning ended on the eve of Thursday's poll" may be a week old).
EVENT_WAIT_PHRASES = _p("eve of|preparing for|prepare for|prepares for")
# Verbs that ask or order someone to act, before the object and "to": the act asked for
# lies ahead of the asking, so a start "from" a weekday after it is to come whatever the
# tense: "called on both sides to observe a truce from Wednesday", "ordered shops to close
# from Friday" (not "tried to reach the town from Thursday").
REQUEST_VERBS = _p("called on|calls on|call on|urged|urges|urge|asked|asks|ordered|orders"
                   "|told|tells|instructed|instructs|invited|invites|appealed to|appeals to"
                   "|requested|requests|directed|directs")
# The range words between two dates that make them the two ends of one span: "between 14
# November and 31 May", "from 14 November to 31 May", "14 November-31 May". The first end
# is never after the second.
SPAN_JOINERS = _w("and to until till through")
# ---------------------------------------------------------------- round 46: date leftovers
# (dates.py, date_direction.py; tests/core/extract/test_extract_probes_s46_dates.py)
# A rule's or a charge's coming into use told in the present is a timetable's, as "takes
# effect" is: "The new tariffs apply as of March 1", "the rules apply from 1 April" (past:
# "applied"; "to apply for asylum" is an infinitive, "applies to the attack in March" a
# done act's date).
APPLYING_VERBS = _w("apply applies"
                    # ... and an ending of a timetable: "Registration closes on 2 April"
                    # (the plural "close" is as often the adjective: "close to the border")
                    " closes")
# A taking place told in the present, as a taking effect is: "Voting takes place on 12
# April" (past: "took place"; "the place in April" has no verb before it).
TAKING_PLACE_NOUNS = _w("place")
# Words that wait for what follows them, as a bound does: "remains in custody pending a
# hearing on 20 April", "awaiting trial in May" (under a past verb the date stays behind:
# "was held pending trial in April").
PENDING_WORDS = _w("pending awaiting")
# Words right before a month or a day and month that open a time to come, as "from" does
# before a weekday: "Pensions rise from April", "the measures, effective 1 April, cover
# ...", "with effect from 1 May" (a past verb keeps the date behind: "fled from April
# onwards"; "from April to June" is a span, read as its clause is).
START_BEFORE_DATE = _p("from|effective|effective from|with effect from|as from")
# ... and the nouns and words before "from" that make the date a record's or an origin's,
# not a start ("data from April", "photos dating from March", "apart from May").
FROM_DATE_NOT_START = _w("date dates dated dating")
# Participles of a forecast after "is" / "are" / "be" look ahead as "expected" does: "Storms
# are forecast overnight into Sunday", "Famine is projected by June" (not "The agency
# forecast on Sunday that ...": a past).
FORECAST_PARTICIPLES = _w("forecast forecasted predicted projected")
FORECAST_OPENERS = _w("is are be")
# A plan's outcome may follow a comma in a contrast: "The villagers expected the convoy in
# March, but it never came" (the plan is then told from a past frame, as "never took
# place" right after the date tells it). More outcomes than PLAN_OUTCOMES names.
# Words that open a phrase set before its clause's verb: a date in it takes the verb after
# its comma ("On the eve of Sunday's vote, gunmen killed ..."); a date after its clause's
# verb does not read past the next comma ("Flights resume on Monday, the airline said").
FRONTING_WORDS = _w("on in at by from until till since between during throughout within over"
                    " after before following ahead as around about early late shortly just"
                    " soon starting beginning effective then and but"
                    # a subordinate clause set before its main clause: "If the parties want
                    # the elections on 22 November to be credible, they must ..."
                    " if unless once when whenever while whether")
# Presents of a state that holds up to a bound, as "is" / "remains" do: "The mandate runs
# until 31 December", "the truce lasts until Friday" are ahead of the time of writing
# (past: "ran", "lasted").
PRESENT_STATES = _w("runs lasts continues holds")
# A bound only right before its date: "runs through December", "stays closed through
# Friday" ("drove through the town in March" is a place's).
BOUNDS_BEFORE_DATE = _w("through thru")
# A notice's condition: a participle after its noun, a bound, the date, then the rule's
# modal ("Claims received after 15 July will not be entertained"): the date is ahead.
CONDITION_BOUNDS = _w("after before by until")
RULING_MODALS = _w("will shall must cannot")
OUTCOME_CONTRASTS = _w("but yet")
PLAN_OUTCOMES_LATER = _p("never did|never arrived|never showed|did not come|didn't come"
                         "|did not arrive|didn't arrive|failed to arrive|fell through")

# Hijri months as English copy spells them. As in the Arabic copy, a Hijri month is a
# date only with its Hijri year ("Ramadan 1437", "10 Muharram 1438"): alone the names
# are also names and words ("during Ramadan", "Ramadan Shalah"); dates.py.
HIJRI_MONTHS: dict[str, int] = {
    "Muharram": 1, "Safar": 2, "Rabi al-Awwal": 3, "Rabi' al-Awwal": 3, "Rabi al-Thani": 4,
    "Rabi' al-Thani": 4, "Rabi al-Akhir": 4, "Jumada al-Ula": 5, "Jumada al-Awwal": 5,
    "Jumada al-Akhira": 6, "Jumada al-Thani": 6, "Rajab": 7, "Shaban": 8, "Sha'ban": 8,
    "Ramadan": 9, "Ramadhan": 9, "Ramazan": 9, "Shawwal": 10, "Dhu al-Qadah": 11,
    "Dhul Qadah": 11, "Dhu al-Qa'dah": 11, "Dhu al-Hijjah": 12, "Dhul Hijjah": 12,
}
# Words before a Hijri month that a Gregorian year follows ("during Ramadan last year",
# "since Ramadan 2016"): a month of the calendar, not a surname ("Hazem Ramadan last
# year said").
HIJRI_MONTH_OPENERS = _w("during in since before after until till through throughout of"
                         " for by from around")
# Capitalised names with a number ("Route 2015", "Highway 1948", "Unit 1999") are no year.
NUMBERED_NAMES = _w("Route Highway Road Resolution Unit Flight Room Block Sector Hill Gate"
                    " Checkpoint Article Camp Bus Exit Kilometre Kilometer Km No")
# Counted land and places that the casualty engine takes for no people (round 56; the
# statement engine keeps NONPERSON as it is): "uprooted 5,000 hectares of coca" is no
# displacement, "seven women from one camp were abducted" counts the women, not the camp.
# The nouns of "Among the injured was" that point back to a figure of their outcome
# (round 59). casualties.py.
AMONG_WOUNDED_NOUNS = _w("injured wounded")
AMONG_KILLED_NOUNS = _w("dead killed")
# Outcome participles after a headline's pair "Four rebels, policeman killed" (round 59):
# the bare noun after the comma joins the counted group. casualty_phrase.py.
HEADLINE_PAIR_OUTCOMES = _w("killed dead wounded injured hurt arrested detained abducted"
                            " kidnapped held missing")
CASUALTY_NONPERSON_MORE = _w("hectare hectares acre plots fields farms camp base district"
                             " province area site school hospital market checkpoint region"
                             # events ranked, no people (round 59): "one of the largest
                             # displacement crises", "one of the worst disasters"
                             " crisis crises emergency emergencies disaster disasters"
                             # divisions of a country a toll spreads over (round 65): "74
                             # injured across seven counties"
                             " county counties regions governorate governorates prefecture"
                             " prefectures municipality municipalities")
# Labels that number the parts of a series before their own date (round 56): "Update 3 -
# 7 October 2022", "Part 2 - 5 May", "Day 4 – 12 March"; the number before the dash is
# the label's, not the first day of a span.
SERIES_PART_LABELS = _w("update updates part episode chapter entry stop step round stage phase"
                        " day week issue edition release bulletin report no number volume"
                        " vol item session")
# Nouns that number the parts of a text, whose number counts nobody: a wire editor's
# note "(Adds toll, minister's comments in paragraphs 3-4)", "see page 12".
TEXT_PART_NOUNS = _w("paragraph paragraphs para paras page pages item items line lines"
                     " section sections chapter chapters footnote footnotes")

# ---------------------------------------------------------------- names that hold date words
# A date word inside a name names a paper, a group, a person or a place, not a time
# (date_names.py; the grid of tests/core/extract/test_extract_date_names.py).
# Capitalised words right before a weekday or a month that make the pair the name of an
# event or of a day of the year, whose value no weekday rule gives: "Bloody Sunday", "Black
# September", "Black Friday", "Palm Sunday" (in lower case, "a bloody Sunday in Kessa"
# stays the day).
DATE_NAME_MODIFIERS = _w("Bloody Black Good Holy Palm Ash Maundy Easter Super Cyber")
# Nouns of a paper named for the day it comes out, before "on" and the weekday, after "the"
# or opening a headline: "the Mail on Sunday", "the Independent on Sunday" (not a daily
# that reported on the day: "The Washington Post on Sunday reported", "the Times on Sunday").
WEEKLY_PAPER_NOUNS = _w("Mail Independent Herald Express Mirror Star")
# Nouns after a weekday that make it a place's or an institution's name ("Tuesday Market",
# "the Friday Mosque", "the Sunday school"), in any case; after a preposition the weekday
# stays a day ("on Friday market stalls were shut").
WEEKDAY_PLACE_NOUNS = _w("market markets mosque square bazaar school schools")
# Capitalised nouns after a month that make it a place's name: "August Town", "May Square"
# (a month before the noun in lower case, or after "since", "until", "by", stays a month).
MONTH_PLACE_NOUNS = _w("town city street road avenue square village park estate hill hills"
                       " heights valley gardens lane bridge")
# Nouns of a group named by the day it formed or rose: "the April 6 Youth Movement", "the
# March 14 alliance" (a capitalised word may stand between; "the March 14 vote" is a day).
DATE_NAMED_GROUPS = _w("alliance coalition movement bloc front brigade brigades battalion"
                       " party group forces")
# Nouns after a capitalised relative day that make it a programme's name: "the Today
# programme", "the Tonight show".
PROGRAMME_NOUNS = _w("programme program show bulletin")
# Words after "March" (or "MARCH"), set in the same case as a headline sets them, that
# make it the noun or the verb of marching: "THREE KILLED DURING MARCH ON PARLIAMENT",
# "Thousands March On Capital", "AFTER MARCH AGAINST CURFEW" ("in March on the border" in
# running text stays the month).
MARCH_DIRECTIONS = _w("on against through across toward towards into past")
# ... the months whose names are such a noun and verb.
MOVING_MONTHS = _w("march")
# Words before a weekday or a month that make it a recurrence, no one day: "every Tuesday",
# "each Monday", "every other Friday", "every April".
RECURRENCE_WORDS = _w("every each")
# A week's hours (round 51): two weekdays joined by one of these next to a span of clock
# times, "open from 8 am to 6 pm, Monday to Saturday", "Monday through Friday, 9 am to 5
# pm", name every week, no one day.
WEEKDAY_SPAN_JOINERS = _p("to|through|thru|till|until|-|–")
CLOCK_SUFFIXES = _p("am|pm|a.m.|p.m.|hrs|hours|GMT")  # (alt() escapes the dots)
RECURRENCE_ORDINALS = _w("other second third alternate")
# Words after a plural weekday that make it a recurrence ("on Fridays in the square",
# "Fridays are quiet", "On Saturdays it stays shut": a subject pronoun can follow no
# possessive); before any other word in lower case the plural is a possessive that lost
# its apostrophe ("Saturdays blast", as scraped copy writes it).
RECURRENCE_FOLLOWERS = _w("in on at and or the a an to for when after before until as only"
                          " too also is are was were have had will would"
                          " it they we he she you there")
# Participles of judgement before "by" whose agent is a person, not a deadline: "criticised
# by May" is Theresa May ("must be signed by May", "had fled by May" stay the month).
AGENT_VERBS = _w("criticised criticized condemned praised welcomed rebuked denounced hailed"
                 " thanked congratulated snubbed overruled slammed accused blamed backed"
                 " endorsed interviewed")
# Broadcasters before a capitalised "Today" / "Tonight" that make it a programme's name in
# running text: "He told BBC Today the road was open" ("told the BBC today" is the day).
BROADCASTERS = _w("BBC ITV CNN NBC ABC CBS NPR PBS RTE CBC Sky")
# Lower-case words a byline holds after its names: "By April Mendez and Sam Lee in Kessa";
# any other ("By June Kessa had lost ...") makes the line a sentence and the month a deadline.
BYLINE_JOINERS = _w("and in for of at with")
# Words of a wire story's credit line before "by" and a name: "(Reporting by April Mendez
# in Kessa; additional reporting by May Lin; editing by June Park)", "Compiled by August
# Reyes"; the month or weekday after them, before a surname, is a given name.
CREDIT_VERBS = _w("reporting writing editing compiled translated produced edited written")
# Nouns of a picture's credit line before its maker's name: "Photographs by April Mendez",
# "Photo: June Park/Northgate", "(Picture April Mendez)"; a month or weekday there, before a
# surname, is a given name as in a writer's credit.
CREDIT_NOUNS = _w("photo photos photograph photographs picture pictures image images video"
                  " footage illustration graphic")

# ---------------------------------------------------------------- statements
# Reporting verbs; "inverted" ones also follow their content: "..., police said".
REPORTING_VERBS = _w(
    "said says say told tells reported reports announced announces announce added adds warned warns"
    " claimed claims confirmed confirms denied denies accused accuses urged urges promised"
    " promises admitted admits stated insisted insists noted notes stressed stresses explained"
    " argued argues asserted asserts declared declares wrote writes tweeted acknowledged"
    " alleged alleges predicted revealed disclosed estimated vowed vows pledged pledges"
    " threatened threatens posted posts asked asks read reads"
    " allege warn insist argue report estimate ruled"
    # the plural present of headlines and of groups: "Houthis deny firing missile"; a
    # live blog's sources after their words: "..., witnesses tell us." (only so: see
    # statements._TELL_AFTER)
    " deny tell"
    " affirmed affirms indicated indicates clarified clarifies underlined underlines"
    " emphasized emphasised emphasizes emphasises highlighted highlights reiterated"
    " reiterates mentioned denounced denounces"
    # court and tribunal copy: "a protected witness testified that ...", and a
    # concession: "the commander conceded that ..."
    " testified testifies conceded concedes"
    # a report's or an inquiry's finding: "the report concluded that ...", "..., the
    # inquiry concluded."
    " concluded concludes"
    # the second of two speakers: "The prosecutor countered that ...", "Residents
    # complained that ...", "she answered that ..." (only before "that": "countered the
    # attack", "complained of pain", "answered questions" are no report)
    " countered counters complained complains answered replied"
    # a debate's sharp answer: "The ambassador retorted that ..." ("retorted" alone, no
    # words)
    " retorted retorts"
    # (round en198) advice and instruction to a hearer, read only before the hearer and
    # its "to" (statement_not_speech._advice_without_hearer): "Until then it advises
    # members not to stop at any roadblock", "Police instructed residents to stay indoors"
    # ("advises caution" tells no words)
    " advises advised advise instructs instructed"
    # a debate's cut-in: '"...," Adebayo interrupted.', "interjected that ..." (only
    # after a quote or before "that": "interrupted the broadcast" is no report)
    " interrupted interrupts interjected interjects"
    # speech in a low voice: "A passenger whispered that ..." (only before "that":
    # "whispered a prayer" is no report)
    " whispered whispers"
    # a notice's plural or collective present: "The family announce that ..." (only
    # before "that": "will announce the results" is no report)
    " announce"
    # translated Latin American copy: "the minister assured that ...", "the prosecutor's
    # office detailed that ..." (only before "that": "assured the villagers",
    # "detailed plans")
    " assured assures detailed"
    # a communiqué's reminder of an earlier event: "The General Staff recalls that ..."
    # (only before "that": "recalled its ambassador" is an act)
    " recalled recalls"
    # a commission's or panel's advice, told in a "that" clause of what should be done:
    # "The Commission recommends that the State pay compensation ..." (only before
    # "that": "recommended a ban" is no report)
    " recommended recommends"
    # (round en203) a body's standing demand told in "that" clauses of what others must
    # do: "The union demands that the ministry send police ..." (only the present and
    # only before "that": "demands a ransom" is no report; a past "demanded that" is most
    # often an act told inside someone's account, and stays unread)
    " demands"
) + _p("called on|calls on|called for|calls for|pointed out|points out"
         # the plural present of an aid agency's report: "Humanitarian partners call on
         # all parties to ..." (a verb only after a plural subject: NOUN_LIKE_PRESENT)
         "|call on|call for"
         # an appeal is a call told with its object after "for" (the sets' gold takes
         # "Hospital officials appealed for blood donations" as "called for" is taken);
         # "appeal for" and "appeals for" are too often the noun ("their appeal for
         # information", "repeated appeals for calm went unheeded")
         "|appealed for"
         # (round en194) an appeal to an addressee to act is a call on them: "The Coalition
         # appeals to the Electoral Commission to delay the vote" (only with the addressee
         # and its infinitive, statement_not_speech: "appealed to the Supreme Court" is a
         # case taken up, "the appeals court" a noun)
         "|appealed to|appeals to")
# A time that "that" points at after a verb of report, with no clause after it: "She
# recalled that day with tears", "He mentioned that night in court" (round 61).
POINTED_TIME_NOUNS = _w("day night morning afternoon evening moment week month year time")
# Verbs of translated official copy ("Makhlouf affirmed that ...", "pointed out that")
# that report words only before a "that" clause: "highlighted the need", "indicated a
# rise", "mentioned the talks" are no report.
THAT_VERBS = frozenset(_w(
    "affirmed affirms indicated indicates clarified clarifies underlined underlines"
    " emphasized emphasised emphasizes emphasises highlighted highlights reiterated"
    " reiterates mentioned"
    # translated Latin American copy: "the Ombudsman's Office denounced that ..."
    " denounced denounces"
    # "testified for three hours", "conceded defeat": acts without "that"
    " testified testifies conceded concedes"
    # "the talks concluded on Friday": an act without "that" (or an inversion)
    " concluded concludes"
    " countered counters complained complains answered replied retorted retorts"
    " assured assures detailed interrupted interrupts interjected interjects"
    # speech told in a low voice, with its "that" clause: "A passenger whispered that ..."
    " whispered whispers"
    # a notice's plural or collective present: "The family announce that ..." (only
    # before "that": "will announce the results" is no report)
    " announce"
    # a reminder of an earlier event: "The command recalls that ..."
    " recalled recalls"
    # a commission's advice: "The Panel recommends that ..."
    " recommended recommends"
    # (round en203) a demand: "The union demands that ..."
    " demands"
)) | frozenset(_p("pointed out|points out"))
# Of those, the ones translated copy also puts after the words it reports, closing the
# sentence after a comma and the source: "..., the Army denounced."
INVERTED_THAT_VERBS = frozenset(_w("denounced denounces"))
# Who closes an inverted attribution by role, besides the titles and person words:
# "..., says the village head.", "..., said the district commissioner, Anna Berg."
ROLE_HEADS = frozenset(_w(
    "head headman headmaster headmistress principal commissioner administrator coordinator"
    " manager supervisor inspector superintendent prefect registrar warden organiser"
    " organizer chairwoman pastor bishop"))
# Acts of violence an armed group claims as its own, and the claim's words: "The Taliban
# claimed the bombing" (the bombing), "claimed responsibility for the ambush"; the gold
# annotates an affirmative claim, with the act claimed as its words (statements.py).
OWNED_ATTACKS = _w("attack attacks bombing bombings blast blasts explosion explosions killing"
                   " killings assassination assassinations kidnapping kidnappings abduction"
                   " abductions raid raids ambush ambushes strike strikes shooting shootings"
                   " massacre assault assaults"
                   # a group's word for its attack: "last claimed an operation in Velna"
                   " operation operations")
# What a headline says a side claims it won, as it claims an attack (round 55): "Rebels
# claim capture of Tavora", "Army claims control of the pass".
CLAIMED_GAINS = _w("capture recapture seizure control victory")
# What the writer's note after reported words says they lack, and who could not check
# them: "..., a claim for which they offered no evidence", "..., a figure we could not
# verify" (statements._UNPROVEN_NOTE).
PROOF_NOUNS = _w("evidence proof")
VERIFYING_VERBS = _w("verify confirm corroborate")
# Before "saying", words that make it what was not said: "stopped short of saying who
# fired", "without saying why", "instead of saying" (statements._not_speech).
UNSAID_BEFORE_SAYING = _p("short of|without|instead of|rather than")
# Plain forms of the present tense ("Residents say", "Prosecutors allege"): after "to"
# they are infinitives that report nothing ("too early to say", "plans to warn").
BASE_FORMS = frozenset(_w("say allege warn insist argue report estimate deny")
                       + _p("call on|call for"))
# Present plurals that are also singular nouns: a verb only after a plural subject
# ("Partners report that ...", "Aid agencies estimate that ..."), never after a
# determiner or a name ("a police report", "the Human Rights report").
# Verbs of receiving or holding before "reports" / "estimates", which are then nouns:
# "The Panel also received reports that ...", "the mission has estimates of ..."
# (statements._RECEIVED_BEFORE).
RECEIVING_VERBS = _w("received receives receive receiving got gets getting has have had"
                     " having heard hears gathered collected")
NOUN_LIKE_PRESENT = frozenset(_w("report estimate") + _p("call on|call for"))
PLURAL_SUBJECTS = frozenset(_w("they we media people"))
# How often or how long a thing was said, closing a clause whose object is only "it",
# "this" or "that" (perhaps after the one told): "They have promised us this before",
# "They have promised it so many times" name words said elsewhere, none of their own.
HEARER_PRONOUNS = _w("us me him her them you")
REPEATED_SAYING_ADVERBIALS = _p(
    "before|again|again and again|over and over|so many times|many times|so often"
    "|too often|for years|for months|for decades|repeatedly|already|before now")
# An adverb of addition or time between a plural subject and such a verb leaves it the
# verb: "Authorities also report that ...", "Local sources now estimate that ..." (an
# adverb never stands between a modifier and its noun: "a police also report" is no
# English).
ADVERBS_BEFORE_PLURAL_VERB = frozenset(_w("also now still further"))
# Where a plural subject is, between it and such a verb: "partners on the ground report".
PLACE_PREPOSITIONS = _w("on in at inside near across around")
# Singular determiners before such a subject make it a modifier: "a media report".
SINGULAR_DETERMINERS = frozenset(_w("a an one each every this that another"))
# "The court ruled that ...": a ruling reports words only before "that"; "ruled the
# country", "ruled out talks" are acts.
RULING_VERBS = frozenset(_w("ruled"))
# Verbs right after a plural noun that make it the subject: "The weekly reports show".
NOUN_PREDICATES = _w("show showed suggest suggested indicate indicated cite cited put")
# Verbs that report speech only before "to" or "that" ("vowed to rebuild", "threatened
# that ..."); with an object they are acts ("threatened the town", "pledged $5 million").
COMMITMENT_VERBS = frozenset(_w("vowed vows pledged pledges threatened threatens"))
# Promising verbs that take their hearer with no "to" ("promised them a road"): before "to"
# and a pronoun they are passive participles on a thing, no speech: "a road promised to
# them three years ago" (statements._not_speech).
PROMISED_PARTICIPLES = frozenset(_w("promised pledged"))
# Where words were published, after a speech verb: "..., the office said on Facebook",
# "said on its Telegram channel": a place, not the words.
PLATFORMS = _p("Facebook|Telegram|Twitter|X|Instagram|YouTube|WhatsApp|TikTok|social media"
               "|state television|state TV|state radio|national television")
PLATFORM_OWNED = _w("website account page channel feed")
# "posted on Facebook that ...": speech only when a platform and "that" or a colon follow.
# Gatherings one tells something to: "told a news conference in Abuja".
GATHERINGS = _w("conference conferences briefing briefings meeting session hearing rally"
                " gathering summit assembly parliament committee congress senate house"
                # a public inquiry hears witnesses: "told the inquiry he had seen ..."
                " inquiry")
# A group one tells something to, named by a collective noun and "of" with the people in
# it: "told a crowd of mourners the ...", "told a group of foreign journalists ...". The
# hearer ends with the people's noun; what follows it is the words.
COLLECTIVE_HEARERS = _w("crowd crowds group groups audience gathering delegation roomful"
                        " handful throng")
# How the speaker spoke, closing a reported clause: "said the convoy had been fired on in
# a statement", "... on state television". The words the phrase may belong to instead
# ("the names were in a statement", "the footage was shown on state television", "the
# group claimed the raid in a statement"): a form of "be" right before it, or a verb of
# showing, publishing or saying in the clause.
TRAILING_SPEAKING_MEDIA = _w("statement interview speech address broadcast")
TRAILING_SPEAKING_CHANNELS = _p("state television|state TV|state radio|national television"
                                "|national radio")
MEDIUM_OWN_VERBS = _w("show shows showed shown broadcast broadcasts aired air airs publish"
                      " published publishes announced announce announces read reads released"
                      " release issued issue posted post mentioned mention named listed"
                      " described reported report reports claimed claim claims quoted cited"
                      " appeared appear appears carried televised featured included contained"
                      " outlined repeated made said say says denied confirmed admitted"
                      " blamed accused vowed warned promised threatened urged called"
                      " confessed told tell testified explained insisted wrote spoke revealed"
                      " disclosed acknowledged apologised apologized pledged described")
# What is told as a thing, not as words: "the boy who told his story to the court" (the
# object of "told", with no clause of reported words after it; round en182).
TOLD_NARRATIVES = _w("story stories tale tales")
# Who hears a witness's account "of" what happened: "told the court of killings in the
# village", "Witness tells war crimes court of ...": the words open after "of".
TOLD_OF_AUDIENCES = GATHERINGS + _w("court courts tribunal panel jury judges reporters"
                                    " journalists lawmakers mps")
# Hearers named with no article after "told", before the words with no "that": "told
# parliament the army would send two brigades", "told lawmakers the losses were ...".
BARE_AUDIENCES = _w("parliament congress lawmakers legislators mps senators deputies"
                    " delegates parliamentarians councillors councilors supporters mourners")
# How a statement or a speech reached the public, between the medium and "that": "said in
# a statement read on national television that ...", "in a statement issued late on
# Sunday that", "said in a report presented on Wednesday." (the participle's clause is no
# part of the words); "made public" is one such participle in two words ("said in a
# report made public on Thursday that ...").
MEDIUM_PARTICIPLES = (*_w("read issued released posted published broadcast aired carried sent"
                          " circulated distributed shared emailed presented launched unveiled"
                          " submitted delivered"), "made public")
# What carried an act of speech, closing its words with "in": "called for a strike in a
# video message", "urges calm in televised address" (besides the DOCUMENT_NOUNS).
SPEECH_MEDIA = _w("address speech interview broadcast sermon post tweet briefing remarks"
                  " recording")
# Speech verbs that, like "told", may name who was addressed before "that": "warned
# parliament on Wednesday that ...".
ADDRESSING_VERBS = frozenset(_w("warned warns"))
POSTING_VERBS = frozenset(_w("posted posts"))
# (round en219) A dispute told as an act: "argued for two hours over a plan", "argued with
# the driver", "argue about the budget": what they argued over is no words of theirs.
# "argued on Monday that ..." and "argued the plan was flawed" still report words.
ARGUING_VERBS = frozenset(_w("argued argues argue"))
# What after "argued" always opens a dispute, and what opens one unless a "that" follows
# within a few words ("argued for years that the dam was unsafe" reports words).
DISPUTE_OPENERS = _w("over about with among between")
DISPUTE_MAYBE_OPENERS = _w("for against late into until throughout bitterly fiercely hotly"
                           " loudly all again")
# (round en219) The verbs of warning and promising that take a hearer with no clause after
# it: "had warned the ministry twice in writing", "promised her a new wheelchair": an act
# done to someone, no words. What would show a clause after the hearer is named here.
HEARER_ACT_VERBS = frozenset(_w("warned warns promised promises"))
HEARER_CLAUSE_WORDS = _w("that to of about against not would will could can was were is are"
                         " had has have might may must should did does do been be")
# What spreads online and says something as a subject, and how it spreads: "Posts shared
# more than 9,000 times on Facebook ... say that" (statements.py).
SHARED_ITEMS = _w("post posts video videos message messages tweet tweets report reports"
                  " account accounts claim claims")
SHARING_PARTICIPLES = _w("shared posted circulated circulating forwarded viewed reposted"
                         " retweeted uploaded")
# "asked whether ...": a reported question; "asked not to be named" reports nothing.
ASKING_VERBS = frozenset(_w("asked asks"))
QUESTION_WORDS = _w("whether if why how what when where who which")
# Question words that also open a relative clause on a noun: "asks members who were there
# to contact the secretary" is a request whose hearer "who" describes.
RELATIVE_QUESTION_WORDS = frozenset(_w("who whom which where when"))
# "A statement from the army read: ...": "read" reports a document's words only.
READING_VERBS = frozenset(_w("read reads"))
# Things with writing on them that are no source of news: "The sign said 'closed'", "the
# law says every citizen must vote". Documents (statements, reports) stay sources.
NON_SPEAKER_HEADS = frozenset(_w(
    "sign signs signboard signpost banner banners placard placards poster posters slogan"
    " slogans graffiti inscription inscriptions plaque label labels title headline caption"
    " map maps law laws constitution clause rule rules text sticker stickers"
    # instruments of law: "will be pardoned according to the amnesty decree" (round 51)
    " decree decrees regulation regulations statute statutes ordinance ordinances"
    " billboard billboards t-shirt shirt flag flags"
))
# A correction's "An earlier version of this story said ...": the paper's own withdrawn
# text, nobody's statement (the head before "of").
WITHDRAWN_TEXTS = frozenset(_w("version versions"))
SUPERSEDED = frozenset(_w("earlier previous original first"))
# Before a count, the value a revised figure replaced: "rose to 28 from an earlier 19".
SUPERSEDED_VALUES = _w("earlier previous initial original")
INVERTIBLE_VERBS = frozenset(_w("said says say added adds reported told tell stated warned wrote"
                                " claimed confirmed concluded denounced denounces"
                                # a release's headline: "Chad: ..., warns NRC" (round 71)
                                " warns"))
# Acts one claims as one's own, not words: "No group has claimed the attack", "the rebels
# claimed the town" (an object noun phrase that ends the clause).
CLAIMED_ACTS = _w("attack attacks bombing bombings blast blasts explosion explosions killing"
                  " killings assassination kidnapping kidnappings abduction raid raids ambush"
                  " strike strikes shooting massacre operation town city village villages"
                  " area base hill victory seat seats title territory")
# Verbs that may introduce or follow a direct quote. "asked" reports a quoted question,
# "continued" / "went on" a quote that carries on; without a quote they report nothing.
# "replied" / "answered" give the answer in interviews, debates and testimony.
QUOTE_VERBS = _w("said says added adds stated explained insisted warned noted stressed wrote"
                 " declared told asked asks continued continues vowed vows pledged pledges"
                 " replied replies answered answers"
                 # a rebuttal, a memory and a post: '"...," the lawyer countered',
                 # '"...," she recalls', '"...," the ambassador posted on Twitter'
                 " countered counters retorted retorts recalled recalls posted"
                 # a debate's cut-in: '"...," Adebayo interrupted.'
                 " interrupted interjected"
                 # a live blog's present: '"...," a surgeon, Dr. X, tells Al Jazeera'
                 " tells"
                 # a document's words: '"...," the letter read.'
                 " read reads"
                 # a feature's present after its quote (round en156): '"...," explains a
                 # nurse at the clinic', '"...," writes a doctor in Gaza'
                 " explains insists notes writes")
# Of these, the ones that may also stand before a colon and the quote: 'X asked: "..."'.
QUOTE_INTRODUCERS = _w("said says added told stated declared wrote warned asked continued"
                       " insisted vowed replied answered countered")
# ... and a saying a speaker repeats by habit: 'As Mara, the eldest, likes to say, "..."'.
# Verbs of sending a written message, which bring in a quote only before a colon, as a
# live blog prints a reader's message (round en104): 'A reader, Huw, emails: "..."'.
# Without the colon they have objects of their own ("She emails her mother every day").
MESSAGE_VERBS = _w("emails emailed texts texted messages messaged")
QUOTE_INTRODUCER_PHRASES = _p("went on|goes on|likes to say|like to say|liked to say"
                              "|used to say|loves to say|loved to say")
# Phrases whose source follows them: "according to X", "quoting X".
SOURCE_INTRODUCERS = _p("according to|quoting|citing"
                        # translated copy: "As reported by the press service of ..., ..."
                        "|as reported by|as stated by|as announced by|as informed by"
                        # South Asian English: "As per police, the gunmen fled ..."
                        "|as per")
# Of these, the ones read exactly like "according to".
AS_BY_INTRODUCERS = frozenset(_p("as reported by|as stated by|as announced by|as informed by"
                                 "|as per"))
# Verbs that put words in quotation marks without reporting them: 'Soldiers shouted "get
# out", a witness said.' (the witness reports the whole sentence).
SHOUTING_VERBS = _w("shouted yelled chanted screamed cried ordered")
# Whom words were told to, between the verb and the quotation: 'They told us "leave now"'.
ADDRESSEES = _w("us them him her me you everyone people residents")
# "X was quoted as saying ...": the source precedes the phrase.
QUOTED_AS = _p("quoted as saying|as saying")
# Irregular past participles that open a clause set in commas between a source and its
# verb, as "-ed" ones do: "A leaked memo, seen by the paper, says ...", "The letter,
# written in March, read ...".
IRREGULAR_PARTICIPLES = _w("seen given written shown drawn known taken sent held"
                           # who runs or built the speaker's body: "A spokesman for the
                           # team, run by about 600 troops, said", ", built by a charity,"
                           " run built made led kept"
                           # a hearing's witness: "The prefect, heard on 3 March, told"
                           " heard")
# What a speaker "declined to" or "would not" do after the words: say more, no words.
REFUSED_SPEECH = _w("say comment elaborate discuss give provide name specify confirm")
# A figure or a document given before "saying", whose giver says the words however long
# the object runs: "gave a lower toll of 19 dead and 46 wounded saying ...", "issued a
# statement on the clashes in the north saying ..." (statements._saying_subject).
FIGURE_GIVING_VERBS = _w("gave gives issued issues released releases published publishes"
                         " put puts")
GIVEN_FIGURE_NOUNS = _w("toll figure figures tally count estimate statement report")
# (round en195) Verbs of saying read only in the progressive, after "is", "are", "was",
# "were": a request, "TRI is asking all armed groups to respect ...", read as "is urging"
# is; "a decree asking residents to ..." and ", asking for help" say nothing.
PROGRESSIVE_ONLY_SPEECH = _w("asking")
# (issue 11) A medium given so carries its giver's words as a figure does: "put out a
# statement saying", "posted a video saying", "sent us a message saying"; the verbs and
# the media beyond the lists above ("has issued a warrant" or "sent troops" are no medium).
MEDIUM_GIVING_VERBS = _p("sent|posted|put out|puts out|sends|posts")
GIVEN_MEDIUM_NOUNS = _w("message note communique communiqué letter video")
# (round en230) A message passed from hand to hand speaks its own words when it spreads:
# "A voice note had circulated on Telegram saying ...", "Rumours circulated in the town
# saying ..." (no giver is named; the medium is the source as written).
SPREAD_MEDIUM_NOUNS = _w("message messages rumour rumours rumor rumors post posts video"
                         " videos recording recordings leaflet leaflets flyer flyers"
                         " text texts audio note notes warning warnings alert alerts")
SPREADING_VERBS = _w("spread spreads circulated circulates circulating surfaced appeared"
                     " shared forwarded")
# The perfect and pluperfect before such a verb, with the adverb a report sets between:
# "has issued", "had now issued", "have since posted", "has just sent".
# What such a medium does in a relative after it: "a statement which says", "that said".
MEDIUM_SAYING_VERBS = _w("says said reads read states stated")
PERFECT_GIVING_ADVERBS = _w("now also since just already recently earlier previously"
                            " finally again jointly separately")
# A participle that carries on the previous speaker: "..., adding that ...".
CONTINUING = _w("adding saying")
# After a comma these carry on the speaker's words like "saying", but only before a
# clause of their own ("insisting that ...", "warning they would ..."): "warning of
# reprisals", "noting the date" report nothing.
SPEECH_PARTICIPLES = _w("insisting warning stressing noting arguing acknowledging"
                        # an armed group's answer: "it said, claiming its men had killed ..."
                        " claiming alleging"
                        # a charge made in a participle after a comma or "by": "opened
                        # the debate by accusing the government of ..." (only with "of")
                        " accusing"
                        # an appeal with its addressee and what they should do: "...,
                        # a rebel statement said, urging the government to return to talks"
                        " urging") + _p("calling on")
# Participles of telling: the addressee, then the words after "that" ("..., telling the
# Lok Sabha that 412 cadres had surrendered", "informing donors that ..."); read as the
# speech participles above.
TELLING_PARTICIPLES = _w("telling informing assuring reminding")
# A headline closing on one of these is an agentless passive, the body before it the hearer:
# "..., Security Council told", "..., MPs told", "..., inquest told" (statements.py).
PASSIVE_HEADLINE_VERBS = _w("told")
# Kinds of place named by "the ... of X" after a trailing attribution: "told reporters in
# the farming town of San Jeronimo" (where it was said, no words of the speaker).
# Plurals of people not made with "s" ("One of the women said ...", statements.py).
IRREGULAR_PERSON_PLURALS = _w("women men children witnesses policemen gunmen fishermen")
# Groups who act on a witness with no plural "s" of their own: "the gunmen", "the police".
# A "they" inside one person's quote may stand for them as for "the soldiers", and for
# the armed groups of CAPTOR_NOUNS ("the attackers") (statement_pronouns.py, round 74).
QUOTED_THEY_GROUPS = _w("gunmen militiamen policemen men police")
# Bodies of people that are plural subjects with no plural "s" ("police say", "the staff
# have", "the military were told"): they take "they" and a plural verb (statements.py), and
# after ", he said, and" they open a clause of their own, never a bare predicate, though
# "police" is also a verb ("and police at the camp need ...", said_and_predicate.py).
UNMARKED_PLURAL_BODIES = frozenset(_w("police people staff personnel media military"))
# The first parts of a hyphenated compound whatever follows them ("forty-", "well-",
# "self-", "anti-"), so a line broken at their hyphen is rejoined with it (rejoin.py).
COMPOUND_FIRST_PARTS = frozenset((*TENS, *_w("well self anti non half cross counter")))
SETTLEMENT_NOUNS = _w("town city village port capital district province region camp"
                      " hamlet settlement county")
# (round en218) A place's population told in an apposition, no figure of harm
# (casualty_place_population.py): "Goma, a city of two million people, fell", "a region
# with a population of about 2 million", "the valley, home to 80,000 people". The nouns
# of places beside SETTLEMENT_NOUNS, the frames that open the count, and the qualifiers
# that may stand between a frame and a figure that starts at its number.
POPULATION_PLACE_NOUNS = _w("area valley island country state neighbourhood neighborhood"
                            " suburb municipality governorate enclave township metropolis")
POPULATION_FRAMES = _p("population of|populations of|home to|inhabited by|populated by")
POPULATION_QUALIFIERS = _p("about|some|around|roughly|nearly|almost|more than|over"
                           "|at least|up to|an estimated|approximately")
# ... and the plain nouns of the people a place holds: a count of "displaced people" or
# "refugees" a camp is "home to" names their outcome and keeps its reading.
POPULATION_PEOPLE = _w("people residents inhabitants souls persons")
# Reporting verbs that are participles of a document right after its noun: "said in a
# written statement read to the inquest that ..." (read out, nobody's verb).
DOCUMENT_PARTICIPLES = _w("read")
# Participles of an appeal: their own words are an object and an infinitive ("urging the
# government to return", "calling on donors to give more"), no clause.
APPEAL_PARTICIPLES = _w("urging asking") + _p("calling on")
CLAUSE_SUBJECTS = _w("he she it they we there")
# Nouns for a written source: "a statement from X said", "according to a statement by X".
DOCUMENT_NOUNS = _w("statement report communique communiqué message letter release video"
                    " bulletin announcement figures data statistics tally estimates"
                    # "according to a count by AFP": the agency that counted
                    " count"
                    # "according to a transcript released by the presidency"
                    " transcript")
# (round en219) The subject pronouns a time that lost its comma may stand before ("Earlier
# today it said"), and the possessives read alone as a subject before a role and a name in
# commas ("Its manager, Tanvir Rahim, ... said").
TIMED_SUBJECT_PRONOUNS = _w("he she it they we")
LONE_POSSESSIVES = _w("its his her their our")
# (round en219) The plural media a source speaks in with no determiner after "said in":
# "the commission said in findings published on Thursday", "said in remarks broadcast on
# Friday", "said in court papers": where it was said, no words.
BARE_MEDIUM_NOUNS = _w("findings remarks comments filings testimony submissions")
# What a case in law or a telling is, never a person a later "he" or "she" stands for
# (statement_persons.py): "According to the prosecution case, ... He told the court ...".
ARGUMENT_NOUNS = _w("case argument account version file indictment submission evidence record"
                    " testimony judgment judgement ruling verdict filing complaint petition"
                    " lawsuit")
# Round 67: works that speak under a title set off in quotes between the work and its
# verb: 'The group's report, "Silent Fields", says ...'.
TITLED_WORK_NOUNS = DOCUMENT_NOUNS + _w("study survey book paper inquiry review"
                                        " investigation assessment analysis")
# Who rendered words in another language: "according to a translation provided by his
# office" names no source of them.
RENDERING_NOUNS = _w("translation translations translator translators interpreter"
                     " interpreters interpretation")
# Records of what was said or seen: "of" after them names what they record, not who made
# them ("a transcript of the call", "a video of the speech"); their source comes after
# "by" ("a transcript released by the presidency").
RECORDING_NOUNS = _w("video transcript recording recordings footage")
# How a document came from its source, before "by" and the source: "a statement released
# by the ministry", "a statement translated by the Crossline monitor" (the monitor's
# rendering is the words the story has), "a letter signed by 40 officers".
SOURCE_PARTICIPLES = _w("issued released compiled published gathered collected translated"
                        " posted signed written sent")
# A participle that is neither, after a source with no name, tells who holds the source:
# "according to a recording obtained by the Kessa Herald", "a man arrested by police"
# (the regular ones end in "-ed"; the others are IRREGULAR_PARTICIPLES).
# Written sources cited with no article after "according to": "according to minutes of
# the meeting seen by the paper", "according to documents obtained by", "according to
# court papers" (the speaker vocabulary knows none of them; with an article they are a
# plain noun phrase already).
BARE_DOCUMENTS = _w("minutes documents records papers files notes cables emails e-mails"
                    " memos transcripts")
BARE_DOCUMENT_MODIFIERS = _w("leaked internal confidential classified secret court police"
                             " official government military")
# Last words of a source glued to the end of a headline without punctuation
# ("... in Latakia Russian Coordination Center").
HEADLINE_SOURCE_HEADS = _w("center centre observatory ministry agency council command monitor"
                           " network tv radio media office committee coalition army police"
                           " group")
# Objects that give "denied" / "promised" a sense other than speech: "denied entry to".
NON_SPEECH_OBJECTS = _w("entry access permission passage visas visa bail")
# "admitted" reports a confession, but a hospital "admitted 31 wounded people": before a
# count of people (or "to hospital") it is an act, no words.
ADMITTING_VERBS = frozenset(_w("admitted admits"))
ADMITTED_NOUNS = _w("people persons patients casualties victims wounded injured children"
                    " women men survivors")
# Writing verbs and the works that, as their object, make "wrote" an act of authorship
# rather than a report: "wrote a book titled ...", "wrote a letter to the envoy".
WRITING_VERBS = frozenset(_w("wrote writes write"))
WRITTEN_WORKS = _w("book books letter letters novel novels poem poems song songs article"
                   " articles column columns essay essays play plays memoir memoirs script"
                   " history biography")
# Forms of reporting verbs that are also plural nouns, nouns before "of": "reports of".
NOUN_LIKE_VERB_FORMS = _w("reports claims promises notes")
# Words before such a form that make it the plural noun (round 49): "earlier JVK claims",
# "their reports", "previous promises" (case as written: "Their" opens a sentence).
PLURAL_PAPER_DETERMINERS = _w("earlier previous past recent similar such these those its their"
                              " Earlier Previous Past Recent Similar Such These Those Its Their")
# Bodies whose finding "concluded" reports, besides the source and document nouns:
# "..., the inquiry concluded."
FINDING_SOURCES = _w("inquiry inquiries investigation investigations study review audit"
                     " probe panel autopsy post-mortem findings")
# Nouns for a claim that a later relative clause may report ("a claim the army denied").
CLAIM_NOUNS = _w("claim claims figure figures number allegation allegations charge charges"
                 " account version accusation accusations assertion estimate")
# The writer's note after reported words: "..., a figure that could not be verified".
# "..., a figure the government disputed": the writer's note on a claim, after its words.
DISPUTING_VERBS = _w("disputed disputes contested contests questioned questions challenged"
                     " challenges dismissed dismisses")
# ... and those that reject it, in the same note: "..., a charge Asmara rejected as ..."
REJECTING_VERBS = _w("rejected rejects denied denies denounced")
UNVERIFIED_PARTICIPLES = _w("verified confirmed corroborated")
# Nouns of speech whose source follows "from" / "by": "calls from X for Y", "a warning by X
# that Y" (the one attribution without a speech verb).
SPEECH_NOUNS = _w("call calls appeal appeals demand demands plea pleas warning warnings")
# Accounts given by a noun, with their source and "that": "reports by residents that ...".
REPORT_NOUNS = _w("report reports claim claims allegation allegations account accounts")
PRONOUNS = frozenset(_w("he she they it we i"))
PERSONAL_PRONOUNS = frozenset(_w("he she i"))
# A source given by an object pronoun ("According to him, ...") and its subject form.
OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}
# Titles before a name: "Gen.", "Minister", "President".
# (round en200) Titles written after "the" inside a name set in commas: "the Rev. Ada
# Obi", "the Reverend Ivo Brant", "the Most Rev. ...", "the Hon. ...".
ARTICLED_TITLES = _p("Rev|Reverend|Most Rev|Right Rev|Very Rev|Most Reverend|Right Reverend"
                     "|Very Reverend|Hon|Honourable|Honorable")
TITLES = frozenset(_w(
    "mr mrs ms dr gen lt col maj capt sgt cpl adm sen rep gov pres prof rev president minister"
    " prime premier king queen prince sheikh general colonel captain major lieutenant sergeant"
    " commander governor mayor ambassador secretary chairman spokesman spokeswoman senator"
    " judge director chief envoy"
    # "a police spokesperson", "Counsel to the inquiry", "the chairperson of the panel"
    " spokesperson chairperson chairwoman counsel"
    # (round en194) "chair of the district security committee" set off after a name, and
    # "Chair Ana Obi" before one
    " chair"
))
# (round en185) Posts that open a sentence bare, with no article, before the name set in
# commas, though they are no title before a name: "Head of the district's disaster office,
# Mr Joseph Kariuki, said ...", "Officer-in-charge of the Ridge Road station, Inspector Lina
# Moyo, told the paper ...", "Manager of the camp, Ahmed Ali, says ...".
BARE_OPENING_POSTS = (*_w("head officer-in-charge manager coordinator founder deputy leader"
                          " boss administrator"), "officer in charge", "officer commanding")
SPEAKER_NOUNS = frozenset(_w(
    "police policeman official officials spokesman spokeswoman spokesperson spokesmen source"
    " sources media agency agencies television tv radio group groups monitor observatory"
    " military army ministry government authorities authority witnesses witness residents"
    " activists activist correspondent correspondents statement report reports newspaper daily"
    " analysts analyst experts expert diplomats diplomat aides aide officer officers commander"
    " commanders minister ministers president leader leaders director chief head envoy rebels"
    " forces troops workers personnel evacuees doctors doctor medics hospital members militants"
    " council committee center centre organization organisation mission navy coalition alliance"
    " embassy secretary lawyer lawyers prosecutors prosecutor judge court investigators"
    " observers monitors representative representatives ambassador deputy mayor governor"
    " chairman king prince premier chancellor senator general colonel clerics cleric imam poet"
    " kidnappers captors staff people palestinians network channel broadcaster website service"
    " services agency's commission unit units union office department board administration"
    " eyewitness eyewitnesses survivor survivors villagers"
    " brigade brigades battalion division regiment corps reporter"
    # bodies of state and the courts: "a source at the police command told SANA"
    " command headquarters directorate presidency prosecution tribunal ombudsman"
    # a written count as a source: "according to a UN tally", "according to official
    # figures" (the adjective alone was the speaker)
    " tally figures statistics estimates"
    # round 67: a post's holder named by the post, "the harbour master", "the headmaster"
    " master headmaster harbourmaster"
))
SPEAKER_ADJECTIVES = frozenset(_w(
    "local regime state official senior military opposition security rebel government foreign"
    " defense defence interior health civil syrian russian iraqi israeli palestinian turkish"
    " kurdish american british french iranian afghan chinese pentagon federal national regional"
    " provincial district top high-ranking unnamed anonymous other several two three some many"
    " rescue medical hospital news human rights international independent press"
    # "aid workers", "relief officials", "humanitarian sources"
    " aid relief humanitarian"
    # round en86: the people a leader or elder speaks for, "according to community
    # leaders", "tribal elders said" (a capital opening the sentence read them already)
    " community tribal"
))
# ... and the elders themselves, who speak for a village or clan as its leaders do
# (round en86: "according to community elders" had left the adjective alone as speaker;
# the plural only, as "elder" is as often the adjective of "elder brother")
SPEAKER_NOUNS = SPEAKER_NOUNS | frozenset(_w("elders"))
# The gendarmerie is the police of French-speaking countries and speaks as the police do
# (round en100): a headline closed by "- gendarmerie" is its report, as "- police" is, and
# "the gendarmerie said" is read already.
SPEAKER_NOUNS = SPEAKER_NOUNS | frozenset(_w("gendarmerie"))
# Lower-case words inside a source's name that open none: "the Crossline monitoring
# service", "a conflict monitoring group" (a headline's glued source still cuts a place
# before an adjective of the list above, not before these).
SOURCE_MODIFIERS = frozenset(_w("monitoring"))
# Words of SPEAKER_ADJECTIVES that count: after a source noun they open a new phrase.
QUANTIFIERS = frozenset(_w("two three some many several other"))
# Capitalised words that never name a speaker (sentence openers, dates).
FUNCTION_WORDS = frozenset((*_w(
    "meanwhile however but and in on at after before earlier later also separately elsewhere"
    " yesterday today tonight while when as since if although though so then still now thus"
    " that which who what this these those there here according speaking asked"
    # time zones after a live blog's clock: "0942 GMT Governor X says ..."
    " gmt utc bst cet est"
), *MONTHS, *WEEKDAYS))
# Determiners and quantifiers that open a sentence with a capital and name no one: a
# quoted sentence "Our neighbour's house burned down" or "Most of the dead are young men"
# is no subject "he" or "she" can refer to (statements._is_person).
DETERMINER_WORDS = frozenset(_w(
    "our my your their his her its most many some all few several both each every no none"
    " such another other any"))
# What opens the object of "called" before a quote that names it: 'called the payments
# "a bribe ..."', 'called his rival\'s plan "a farce"' (statements._BEFORE_QUOTE).
CALLED_DETERMINERS = _w("the a an this that these those his her its their our my")
# The Arabic article and its assimilated forms, written in lower case and joined by a
# hyphen to the capitalised rest of a name: "Qasim al-Araji", "Ashraf al-Qudra",
# "Abd el-Fattah", "Nasr ad-Din"; the name goes on through them.
NAME_PARTICLES = _w("al el ad ag an ar as ash at az ud ul")
# Romance, Dutch and German particles written apart and in lower case inside a name, one
# or two before its next capitalised word: "Arenas del Motagua", "Ana de la Cruz",
# "Frutas Finas del Valle", "Pieter van der Berg"; the name goes on through them.
SPACED_NAME_PARTICLES = _w("de del della di da do dos das du la le van von der den")
# Words inside a speaker phrase but never at its edge.
SPEAKER_CONNECTORS = frozenset(_w("of for the a an and in at on"))
# Subordinators and conjunctions that open a new clause before a subject.
CLAUSE_OPENERS = _w("that while but as when because after although whereas since if though"
                    " meanwhile where")
# Prepositions that open a relative clause with "which" / "whom", whose subject is the
# speaker of a verb after it: "a video in which a masked man said".
RELATIVE_PREPOSITIONS = _w("in at on during from through with under")
# An act a speaker made in order to speak, before "to say": "The Russian envoy
# interrupted her to say ...", "rose to say", "took the floor to say" (as "went on to").
ACTS_TO_SAY = _p("interrupted|interrupted him|interrupted her|interrupted them|interjected"
                 "|rose|stood up|cut in|took the floor|stepped in|intervened|phoned|called")
# Adverbs and auxiliaries between a subject and its verb: "the army has also said".
SUBJECT_VERB_FILLERS = _w("has have had also later earlier previously further then would will"
                          " yesterday today overnight reportedly separately again repeatedly"
                          " once already was is were been"
                          # a revision in live copy: "The army now says ..."
                          " now still") + _p("went on to|goes on to|go on to") + tuple(
                              f"{act} to" for act in ACTS_TO_SAY)
# Finite auxiliaries: a main clause's verb after the reported words of a relative clause
# ("Rebels who said they had won were seen ...").
FINITE_AUXILIARIES = _w("was were is are has have had will would could can may might should"
                        " must did does do")
# Common irregular simple pasts: the main verb after a subject that is a demand ("calls
# from X for a truce went unanswered").
IRREGULAR_PAST = _w("went came grew fell rose met drew found got became began left took"
                    " gave made saw brought stood ran sent kept led won lost hit struck wrote"
                    " put read spoke")
# The speaker's own predicate after the reported words, saying what was held back:
# "..., but gave no details", "..., but declined to elaborate".
WITHHOLDING = _p("gave no|gave few|provided no|offered no|declined|refused|did not|would not"
                 "|could not|didn't|wouldn't")
# A relative clause on a speaker that only says the source stays unnamed: "a source who
# spoke on condition of anonymity" is "a source".
# "... because he was not authorised to speak to the media"
PERMISSION_PARTICIPLES = _w("authorised authorized allowed permitted cleared empowered")
ANONYMITY_CLAUSES = _p("spoke on condition of anonymity|spoke on the condition of anonymity"
                       "|requested anonymity|asked for anonymity|asked not to be named"
                       "|asked not to be identified|declined to be named"
                       "|declined to be identified|did not want to be named"
                       "|did not want to be identified|refused to be named"
                       "|was not authorized to speak|was not authorised to speak"
                       "|is not authorized to speak|is not authorised to speak"
                       # "who asked that his name not be published": a request about
                       # the source's own name, no words of the story's
                       "|asked that his name|asked that her name|asked that their names"
                       "|asked that their name"
                       # (round 66) "her surname", "his full name" alike
                       "|asked that his surname|asked that her surname"
                       "|asked that their surnames|asked that his full name"
                       "|asked that her full name")
# The nouns of a source's own name in "asked that her ... not be used" (round 66):
# statement_subjects.py and statement_not_speech.py read the request as no speech.
OWN_NAME_NOUNS = _p("name|names|surname|surnames|full name|full names|first name"
                    "|last name|family name")
# Bracketed inside a rank and name: "Maj. Gen. (retd) Vikram Singh".
RANK_BRACKETS = _w("retd retd. rtd rtd. retired")
# Words before a speech verb that say nothing was said: "did not say", "refused to say".
# "neither confirmed nor denied" says nothing either.
NEGATORS = _p("not|never|didn't|doesn't|don't|wouldn't|couldn't|won't|can't|cannot"
              "|refused to|declined to|failed to|nobody|no one|neither|nor")
# A subject that says nobody spoke, with a perfect between it and the verb: "No one has
# told us anything" (inside a quote, no attribution of "us anything").
NEGATING_SUBJECTS = _p("nobody|no one|no official|no-one")
# Determiners that deny the subject they open, which is then no speaker: "No group claimed
# the attack", "None of the parties commented", "Neither side said ...".
NEGATED_DETERMINERS = _w("no none neither")
PERFECT_AUXILIARIES = _w("has have had")
# Openers of a hypothetical: "if the ministry says ...".
HYPOTHETICAL = _p("as soon as|if|unless|until|once|whether")
# Conjunctions that open a fronted clause before a sentence's subject: "When the
# shelling began, Amina Yusuf was at the market" (the subject a later "she" refers to).
FRONTED_SUBORDINATORS = _w("when while as although though because since once whereas until")
# Prepositions that open a leading adverbial: "In an interview with X, he said".
PREPOSITIONS = _w("in on at by with from during after before for to under over amid following"
                  " speaking asked")
# ... and where words were said, after a quote's attribution: "told reporters outside the
# court.", "said in a statement on Sunday that" (statement_quotes.py).
WHERE_SAID_PREPOSITIONS = (*PREPOSITIONS, "outside", "near")
# Round 67: place prepositions that open a sentence's fronted place, its comma, then the
# subject: "Outside the court, Ana Reyes, whose son ..., held up ..." (statement_persons.py).
FRONTED_PLACE_PREPOSITIONS = _w("outside inside behind beyond beside across along around near")
# Prepositions that may open a sentence and are read as its first word, never a person:
# "Despite the rain, crowds gathered. "...," she said" (statements.py).
OPENING_PREPOSITIONS = _w("among amongst despite amid during after before with without under"
                          " over inside outside behind beyond across against along around"
                          " near since until unlike like through throughout towards toward"
                          " upon within besides")
# ... and quantifiers read so: "More than 90 were wounded. "...," he said".
OPENING_QUANTIFIERS = _w("more most many some several few none both each all")
# A live blog's entry opens with a time and a zone or a label ("14:05 GMT -",
# "Update:"); like a dateline it is nobody's words.
# "the day before", "the night after": a period next to the one spoken of, whole words.
ADJACENT_PERIODS = _w("day night evening morning afternoon week weekend month year")
TIME_ZONES = _p("GMT|UTC|BST|CET|EST|local time|am|pm|a.m.|p.m.")
LIVE_LABELS = _w("update updated updates breaking latest live watch exclusive factbox explainer"
                 " posted published"
                 # a humanitarian update's summary paragraph: "Highlights: At least 58 ..."
                 " highlights")
# ... and the word before "reports" in a live blog's label on what is known so far
# ("First reports:", "Early reports:"): the label's noun, not a speech verb.
REPORT_LABEL_ORDERS = _w("first early earlier initial latest preliminary unconfirmed further")
# The names of a page or a regular column that a headline's colon or dash joins to a
# place ("Police log: Eastfield", "Flash Update No. 3 - Idlib"): a title, no source's words.
PAGE_TITLES = _w("log blotter update updates roundup round-up digest diary timeline bulletin"
                 " briefing highlights factbox explainer posts"
                 # a government's page of counsel for a country: "Travel advice: Kessa"
                 # (round 72)
                 " advice")
# A wire service's slug before a headline, set in capitals and glued to it by a dash
# ("UPDATE 2-Rebels seize airport"); the slug is the service's, not a speaker's.
WIRE_SLUGS = _w("UPDATE REFILE CORRECTED RPT WRAPUP ANALYSIS INSIGHT")
# The words that open a second clause after a comma, once a teller's "told X" has closed
# its attribution (round en87): "..., the officer told dpa, while the army said ...".
CLAUSE_JOINERS_AFTER_TELLING = _w("while whereas but and")
# Agencies and audiences after "told": "told reporters", "told AFP".
AUDIENCES = _w("reporters journalists afp reuters ap")

# A bracketed note on a witness's name in human-rights reports: "Ko Min (not his real
# name), 34, said". It is taken out before the engines read the text (``rejoin``), as a
# broken word's line break is, so the name before it is the speaker.
PSEUDONYM_ASIDES = _p("not his real name|not her real name|not their real names"
                      "|not their real name|not his real names|a pseudonym|pseudonym"
                      "|name changed|names changed|name has been changed"
                      "|names have been changed|not real name|not the real name")
# Every aside above holds "real name", "pseudonym" or "changed)": ``rejoin`` tests those
# substrings before it looks for one.

# ---------------------------------------------------------------- statements under rewording
# How the speaker reached the hearer, between the verb (or the one told) and the words:
# "said by telephone the convoy ...", "told Reuters over the phone that ...".
CONTACT_MEDIA = _p("by telephone|by phone|by satellite phone|by satellite telephone"
                   "|by mobile phone|over the phone|over the telephone|by email|by e-mail"
                   "|by text message|by video link|via video link|by radio")
# Where it was said, between the verb and the words, an event with an article and its
# place: "said at a news conference in Juba the convoy ...", "told a rally in Bor ...".
SPEAKING_EVENTS = _p("news conference|press conference|briefing|rally|meeting|funeral"
                     "|ceremony|gathering|vigil")
# Who else a reporter heard, before a relative "who said" (with HEARD_FROM): "met
# residents who said ...".
HEARD_FROM_ALSO = _p("met|meeting|questioned|visited|visiting")
# How the speaker spoke, closing the words after a comma: "..., speaking by telephone
# from Juba." (the manner of the saying, no part of what was said).
SPEAKING_MANNER = _w("speaking talking writing")
# Where the teller was as a feature sets the scene after "she says,": "..., she says,
# sitting in the yard." (no part of the words; the next quote goes on with her). Only
# posture and manner: "holding a sign", "pointing to a photo" bring in a thing whose
# words may be the next quote.
SCENE_PARTICIPLES = _w("sitting standing walking leaning smiling laughing pausing waiting"
                       " resting")
# Words that carry a clause on after an attribution set inside it, as an adjunct and
# not a predicate: "She bought bread, she says, from the stall ..." (round en196).
CLAUSE_GOING_ON_ADJUNCTS = _w("from at in on for to by with without because after before"
                              " when while since until near outside inside into")
# A lead with no teller that brings in the next quote of the one who spoke last:
# "Then, more quietly:", "After a pause:", "Later:" (round en196).
QUOTE_RESUMING_LEADS = _p("then|and then|later|finally|after a pause|after a moment"
                          "|after a silence|after a while|moments later|a moment later")
# How or when something was said, right after the verb with no "that": "said separately
# the convoy ...", "..., the army said publicly." (not "nearly", "roughly": a count's).
SAYING_ADVERBS = _w("separately repeatedly publicly privately previously recently"
                    " subsequently initially originally afterwards afterward")
# The bare forms of the main speech verbs after a relative with its own source, under a
# modal: "The militia, which ..., would later say that ..." (with RELATIVE_MAIN_SPEECH).
RELATIVE_MAIN_SPEECH_BARE = _w("say tell claim add deny warn")
# Occasions of speaking, besides the gatherings, media and documents: a phrase after "said"
# holding one says where it was said ("said during a visit to Bentiu the ...", "said after
# meeting the elders the ..."); "said after the raid the ..." keeps its phrase.
SPEAKING_OCCASIONS = _w("visit visits tour funeral ceremony vigil prayers talks"
                        " appearance")
# What opens a count, not a hearer or an adjunct: "told reporters at least 30 people ...".
COUNT_OPENERS = _p("at least|at most|more than|less than|fewer than|in all|in total|up to"
                   "|as many as|about|around|nearly|almost|some|over|only|just")
# What one "says" that is a rite, no report: "said prayers at the grave", "said their
# goodbyes" ("said prayers would be held" reports: a verb follows the noun).
SAID_RITES = _w("prayer prayers goodbye goodbyes farewell farewells grace mass")
# The writer's note closing the words after a comma: "..., without giving details."
WRITER_NOTES = _p("without giving|without providing|without offering|without elaborating"
                  "|without saying|without naming|without further")

# ---------------------------------------------------------------- round 44: the present
# The plain present of a request (round 71), read only before its hearer and "to"
# (statement_not_speech._present_not_speech): "The Armed Forces ask citizens to report
# ...", "Police ask anyone with news to call ..." ("ask questions", "urge caution" report
# none).
PRESENT_REQUESTS = frozenset(_w("ask urge"))
# (round en198) Verbs of advice that report words only before a hearer and its "to".
ADVISING_VERBS = _w("advises advised advise instructs instructed")
# ... of which the present ones read only after a pronoun that goes on with a teller.
PRESENT_ADVISING_VERBS = _w("advises advise instructs")
# The plain present of a plural source and the "-s" present of a single one, as features,
# testimony and a tribunal's determination write what people keep saying: "Residents tell
# reporters that ...", "the doctors tell me ...", "Critics accuse the mayor of ...", "The
# expert states that ...", "The family maintains that ...", "Rights groups contend that
# ...", "the rebels claim to have killed 20" (statements._present_not_speech gates each).
PRESENT_SPEECH = _w("accuse states state maintains maintain contends contend claim complain"
                    " concede") + tuple(sorted(PRESENT_REQUESTS))
# Of these, the ones that report words only before "that": "the state that runs ...",
# "maintain the roads", "contend with floods" are no report ("claim" may take "to have").
PRESENT_THAT_ONLY = frozenset(_w("states state maintains maintain contends contend complain"
                                  " concede"))
# (round en102) the plural present of verbs whose "-s" and past forms report already, after
# a plural subject as "claim" is: "officials admit that many have waited more than a year"
# (en-42), "Residents confirm that ...". Only before "that": "confirm the death of",
# "confirm four deaths", "must reveal the fate of", "those who acknowledge their crimes"
# are left as the sets' gold leaves them.
PLURAL_PRESENT_THAT_ONLY = _w("confirm admit acknowledge reveal")
PRESENT_SPEECH = PRESENT_SPEECH + PLURAL_PRESENT_THAT_ONLY
PRESENT_THAT_ONLY = PRESENT_THAT_ONLY | frozenset(PLURAL_PRESENT_THAT_ONLY)
# After "to" or under "or" with an earlier infinitive the plain forms report nothing:
# "refused to tell reporters", "plans to accuse", "too early to claim".
BASE_FORMS = BASE_FORMS | frozenset(_w("tell accuse state maintain contend claim")) | (
    # (round en102) "asked the army to confirm that", "declined to reveal that"
    frozenset(PLURAL_PRESENT_THAT_ONLY)) | (
    PRESENT_REQUESTS)
# Who hears the plain present "tell" before the words: "The police tell me that ...",
# "Officials tell reporters the road is closed" (never "tell them to stay", "tell the
# story of ...", "tell us what happened": an order, a tale, a question).
PRESENT_TELL_HEARERS = _w("me us him her them reporters journalists visitors")
# (round en193) A hearer the plural present "tell" names by a noun, after up to two of
# the words that describe it: "Residents tell local reporters they heard gunfire", "tell
# aid workers that", "tell the radio station that"; an outlet's capitalised name ("tell
# the BBC", "tell Radio Okapi") is read as well (statement_not_speech).
PRESENT_TELL_HEARER_NOUNS = _w("reporters journalists visitors workers researchers"
                               " investigators officials rescuers monitors paper newspaper"
                               " station radio channel agency broadcaster media press"
                               # (round en226) the outlet's own one: "tell our reporter
                               # that", "tell our correspondent that"
                               " reporter correspondent correspondents")
# (round en226) "tell a community radio station that": an article and one more describer
PRESENT_TELL_HEARER_WORDS = _w("the local foreign visiting aid our this radio news rights"
                               " a an community")
# What opens the told clause after such a hearer with no "that" (a subject): "tell me one
# of them is ...", "tell us the road is closed"; a capital or a digit opens one as well.
CLAUSE_OPENERS_44 = _w("the a an he she it they we there his her its their one some all most"
                       " many no none several two three four five this these those")
# Words before a plural "states" that make it the noun ("Member states that signed ...",
# "the neighbouring states that ..."): determiners and quantifiers; a capitalised one
# stands before it only in a name ("Dr Ruth Kane states that ...").
STATES_NOUN_BEFORE = _w("the member neighbouring neighboring other several many some all both"
                        " few these those frontline donor island nation city sovereign"
                        " federal border coastal failed rogue small large")
# Commitments that a headline puts straight before the quoted words: 'Governor pledges "no
# more funerals"', 'Rebel chief vows "no surrender"' (as "promises" and "warns" are read).
HEADLINE_QUOTE_COMMITMENTS = frozenset(_w("vowed vows pledged pledges threatened threatens"))
# Promising and assuring name their hearer before "that" as "warned" does: "has promised
# me that 150 police officers will arrive", "assured the families that ..." (the hearer is
# no part of the words).
ADDRESSING_VERBS = ADDRESSING_VERBS | frozenset(_w("promised promises assured assures"))
# The parties a tribunal's determination and a court's judgment name by their role, one
# person each, whom a later "he" or "she" takes: "The appellant is a citizen of ... He says
# he was born in 1993" (statements._one_person_head).
COURT_PARTIES = _w("appellant respondent claimant applicant defendant plaintiff petitioner"
                   " complainant")
SPEAKER_NOUNS = SPEAKER_NOUNS | frozenset(COURT_PARTIES)
# What opens an aside set in commas between a subject and its verb that says where or
# what the speaker is now or was then, no part of who spoke: "His brother, now in Sweden,
# said ...", "The mother, still in hospital, told ...", "Her husband, then a teacher,
# wrote ...".
SUBJECT_ASIDE_OPENERS = _w("now still then formerly once himself herself themselves")

# ---------------------------------------------------------------- round 45: statement families
# The "-s" forms that are also plural nouns of documents ("reports", "claims", "notes"):
# a noun when what follows is how the papers were made or what they did, never the
# verb's words: "the surgical notes kept by the clinic's doctors", "field reports
# compiled by the cluster", "The daily reports recorded 14 deaths".
DOCUMENT_MAKING_PARTICIPLES = _w("kept filed taken written compiled made left sent drawn"
                                 " obtained gathered collected circulated shared posted"
                                 " published issued prepared seen found received lodged")
DOCUMENT_PAST_VERBS = _w("recorded listed described mentioned showed gave named counted"
                         " logged noted reported ran reached cover covered")
# ... or a preposition of topic or origin with no "that" soon after it: "Briefing notes on
# Sudan", "Compensation claims from the families reached 300" (but "The UN notes on its
# website that ..." is the verb).
DOCUMENT_TOPIC_PREPOSITIONS = _w("on from for about against")
# A reporting verb's past participle as an adjective, after a determiner or a preposition
# with no subject between: "one for each claimed attack", "every reported clash", "the
# list of claimed raids" (not "The two sides each claimed victory": "each" after its
# plural).
# "accused" and the ordinals before it: "the accused driver was released", "A fourth accused
# man was acquitted" (round en198; "The accused told the court ..." then speaks by "told").
ADJECTIVAL_SPEECH_PARTICIPLES = _w("claimed reported stated announced declared promised"
                                   " alleged confirmed accused")
PARTICIPLE_DETERMINERS = _w("each every any the a an no its their our his her this these"
                            " those of for with second third fourth fifth sixth seventh"
                            " eighth ninth tenth") + _p("one of|none of")
# Things whose present "demands that" is what they require, no one's words: "The job demands
# that staff work long hours", "The new law demands that landlords register tenants".
THING_DEMANDING_NOUNS = frozenset(_w(
    "job work role task post position duty law rule bill act decree constitution treaty"
    " agreement deal accord plan policy programme program situation crisis moment process"
    " project season game sport climate market code contract regulation regulations system"))
# The subjects a floating "each" follows: "The rebels each claimed ...", "They each said".
EACH_PLURAL_SUBJECTS = _w("they we you men women children people police both")
# A generic subject with a relative before a verb of saying, which then tells no words:
# "whoever argues is beaten", "Anyone who objects loses the licence", "those who complain
# disappear" (round en198): "whoever" itself, or one of these then "who".
GENERIC_RELATIVE_HEADS = _w("anyone anybody everyone everybody those people someone"
                            " somebody all")
# (round en203) Generic tellers inside another teller's quote: '"Each side says the land is
# theirs," he says.', '"Everyone says the war is over," she says.' are the quote's own
# words, no entry of their own (a "they" there is dropped only when it names no group:
# statement_pronouns._resolve_pronouns).
NESTED_GENERIC_TELLERS = frozenset(_p("each side|both sides|everyone|everybody|people"
                                      "|nobody|no one|some|others|each|all"))
# ... the verbs of such hearsay ("People tell us ..." reports what was heard, and reads).
HEARSAY_VERBS = _w("say says said")
# (round en203) The verbs of '"He told me: \'...\'"' inside a teller's quote, whose inner
# words are the told person's (statement_told_in_quote.py).
QUOTED_TELLING_VERBS = _w("told said tells says")
# ... and the verbs of saying such a relative holds with no words after them.
GENERIC_RELATIVE_VERBS = _w("argue argues argued complain complains complained object objects"
                            " objected protest protests protested warn warns warned say says"
                            " speak speaks write writes criticise criticises criticize criticizes")
# Collective nouns of people that take a plural present verb: "Our staff report that",
# "The crew say the ship was boarded" (not "a staff report", which has its determiner).
COLLECTIVE_PLURAL_SUBJECTS = frozenset(_w("staff personnel crew crews"))
# Who may be counted in a subject of a reporting verb: plural people and sources ("31
# bulletins report ...", "40 witnesses say ..."), and who speak "of" a counted group
# ("Relatives of at least 22 of those detained say ...").
COUNTED_SOURCE_NOUNS = frozenset(_w("bulletins communiques communiqués reports statements"
                                    " posts messages letters records documents cables"
                                    " releases videos accounts"))
COUNTED_FAMILIES = frozenset(_w("families households"))
COUNT_APPROXIMATORS = _p("at least|more than|about|nearly|some|over|almost|around|up to")
PLURAL_SUBJECTS = PLURAL_SUBJECTS | COLLECTIVE_PLURAL_SUBJECTS
# "According to" a thing made by someone, whose maker is the source: "information
# gathered by our team", "a tally kept by local monitors", "testimony collected by the
# commission", "information from the ministry".
MADE_INFORMATION_NOUNS = _w("information testimony testimonies accounts records evidence"
                            " interviews tally tallies figures data count counts reports"
                            # "according to lists compiled by a local parish" (round en96)
                            " list lists")
INFORMATION_MAKING_PARTICIPLES = _w("gathered compiled collected kept provided recorded"
                                    " obtained given supplied assembled")
# The writer's own people as a fronted source, a possessive and a plural or a collective:
# "According to our staff, ...", "According to our colleagues in the field, ...".
OWN_PEOPLE_POSSESSIVES = _w("our their its")
OWN_TEAM_NOUNS = frozenset(_w("team teams mission office colleagues"))

# ---------------------------------------------------------------- round 46: statement families
# A wire's slug and flash words that open a line ahead of its headline or paragraph, with
# or without a clock and a write-through number: "09:12 URGENT - ...", "UPDATE 3 - ...",
# "FLASH: ...". They are never a speaker, and a headline's "- police" after them stands.
FLASH_SLUGS = _w("URGENT FLASH BREAKING UPDATE UPDATED REFILE CORRECTED CORRECTION RPT REPEAT"
                 " WRAPUP WRAP ANALYSIS INSIGHT EXCLUSIVE FACTBOX ALERT NEWSALERT BULLETIN"
                 " ADVISORY")
# Labels that open a title line before a colon and name what kind of text follows, not
# who speaks: "Extract: 'The Long Road' by ...", "Excerpt: ...", "Opinion: ...".
TITLE_LINE_LABELS = frozenset(_w("extract excerpt excerpts opinion comment commentary review"
                                 " obituary profile analysis timeline correction editorial"
                                 " essay letter feature"))
# Posts that one person holds, so that "he" / "she" after them may stand for them
# ("the regional ombudsman said ... He said"): written as the head noun of a description.
SOLE_POSTS = _w("ombudsman ombudswoman ombudsperson coroner rapporteur mediator prosecutor"
                " inspector-general auditor-general attorney-general solicitor-general"
                " procurator registrar sheriff warden chaplain provost comptroller"
                " commissioner")
# A denial or a dispute told as a note on another source's claim, with the verb after its
# subject: ", a claim their families deny", ", an account the army disputes". These are
# the plain present forms the older lists lack (they had "denies", "disputed").
NOTE_DENYING_VERBS = _w("deny dispute reject contest refute refutes refuted challenge"
                        " dismiss question")
# The verbs of such a note that are a statement of their own, a denial as the corpus
# rules list "denied": the subject gets an entry with the claim's words. A dispute
# ("disputes", "contests") or a rejection ("a claim the families reject", "a charge Yerevan
# rejects": "reject" and "refute" are no listed verbs, as the blind sets' gold calls say)
# only ends the claim's words.
NOTE_STATEMENT_VERBS = frozenset(_w("deny denies denied"))
NOTE_ENDING_VERBS = _w("reject rejects rejected refute refutes refuted")
# A bare figure after a reporting verb, in a comparison of sources: "People said nine
# were killed, and the radio said eleven", "police said 12; residents said 20".
BARE_FIGURE_VERBS = frozenset(_w("said says say reported reports"))
# A clause after "but" / "yet" / "although" that is the writer's turn, not the speaker's
# words: its subject knows, believes or says (or has not said) something of its own.
WRITER_TURN_VERBS = _w("said say says know knew believe believed think thought confirmed"
                       " confirm explained explain specified specify disclosed disclose"
                       " named name commented comment")
WRITER_TURN_CONJUNCTIONS = _w("but yet although though")
# Heads of a body's name, which a later "he" or "she" never stands for ("The UN said ...,
# but he did not believe it"): with an acronym alone ("NATO", "The UN").
BODY_NAME_HEADS = frozenset(_w("nations ministry office agency army council committee"
                               " commission government mission observatory organisation"
                               " organization cross crescent command authority authorities"))
# The head of a body's description before its short name in commas
# (statement_body_short_name.py): "the Botswana Centre for Human Rights, Ditshwanelo,".
BODY_DESCRIPTION_HEADS = BODY_NAME_HEADS | SPEAKING_BODIES | frozenset(_w(
    "group centre center network coalition alliance union council"))
# The outlet's own people: "Our reporter in Goma said ...", "this newspaper": a later "he"
# is not them. Other people of "our" are persons ("Our director told the staff ...").
NEWSROOM_PEOPLE = frozenset(_w("reporter reporters correspondent correspondents journalist"
                               " journalists stringer stringers editor editors photographer"
                               " newspaper paper team staff crew sources source"))
# Commitments with a noun object that may stand inside a series of verbs sharing one
# subject: "flies in, promises more checkpoints, and flies out".
SERIES_SPEECH_VERBS = _w("promises promised pledges pledged vows vowed announces announced"
                         " says said")

# ---------------------------------------------------------------- sentences
ABBREVIATIONS = frozenset(_w(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col maj capt sgt cpl"
    " brig supt insp cmdr cdr lieut"
    # police ranks: "Det. Insp. Omar Rees", "Const. Ali Noor", "Pte. John Hale"
    " det const pte"
    " adm sen rep gov pres prof st no vs etc jr sr rev fr co corp inc ltd dept"
    # the honorific of office-holders in Kenya, Nigeria or Papua New Guinea, whose stop
    # ends no sentence: "The chairman of Ikom council, Hon. Bassey Ojong, said" (round en95)
    " hon"
))

# A clock's "a.m." / "p.m." ends a sentence before a capital, save before the day or the
# zone it goes with: '... at around 11:30 p.m. "It lasted ..."' is two sentences, "at 6:45
# a.m. Sunday" and "9 p.m. GMT" are one.
CLOCK_ABBREVIATIONS = _w("a.m p.m")
CLOCK_FOLLOWERS = frozenset(_w("gmt utc local est cet bst")) | frozenset(
    w[:3] for w in _w("monday tuesday wednesday thursday friday saturday sunday january"
                       " february march april may june july august september october"
                       " november december"))

# ---------------------------------------------------------------- claims
# Verbs of "X claimed / took / accepted responsibility for" and of denials.
RESPONSIBILITY_VERBS = _w("claim claims claimed claiming took takes taken taking accept accepts"
                          " accepted accepting assume assumes assumed assuming bear bears bore")
DENIAL_VERBS = _w("deny denies denied denying reject rejects rejected rejecting")
# Before the speaker of a relative "who said" that is not the clause's subject (round
# 43): a passive's agent ("stopped by soldiers who said ..."), the people a reporter
# heard ("spoke to a farmer who says ...", "interviewed residents who said ...").
HEARD_FROM = _p("by|spoke to|spoken to|speaking to|talked to|talking to|talked with"
                "|spoke with|speaking with|spoken with|interviewed|interviewing|met with"
                "|heard from|according to")
# What a broadcast transcript sets in brackets after a speaker's label to say the words
# are a recording (round 43): "OKELLO (CLIP): ...", "MBEKI (VOICE-OVER): ...".
CLIP_MARKS = _p("CLIP|SOUNDBITE|SOUND BITE|SOT|VOICE-OVER|VOICEOVER|VO|ON CAMERA|RECORDED"
                "|TRANSLATED|VIA TRANSLATOR|THROUGH TRANSLATOR|THROUGH INTERPRETER"
                "|through interpreter|through translator|translated|on camera"
                "|voice-over|clip")
# After a roundup heading's comma, what says where or how the words were said, or who the
# speaker is by a clause, no part of the name (round 43): "..., ON STATE TELEVISION:",
# "..., WHOSE TEAM TREATED SURVIVORS:", "..., IN A STATEMENT:".
HEADING_ASIDES = _w("on in at to via through during speaking writing whose who which told"
                    " quoted cited")
# The main clause's speech verb after a relative clause with an attribution of its own
# (round 43): "The group, which Tehran says is backed ..., has said it ...".
RELATIVE_MAIN_SPEECH = _w("said says told tells claimed claims added stated announced"
                          " insisted insists denied denies warned warns")
# Posts held by one person that head a description before a name in apposition, so a
# later "he" / "she" may take the name (round 43): "The governor's deputy for technical
# affairs, Engineer Ra'ad Hamid, presented ... He said ..." (not a capitalised place in
# the sentence: "the Old City").
ONE_PERSON_POSTS = _w("head deputy chair representative coordinator manager adviser"
                      " advisor counsellor inspector superintendent administrator")
# (statement_persons.py, round en180) The posts of one person at a paper or a press,
# a speaker's head as "manager" is: '"...," said the editor, Ada Obi, ...'.
OUTLET_POSTS = _w("editor publisher")
# Round en156: the heads of a long title set right before a name after the words it
# said ("..., the New York-based group's senior Europe researcher Ana Ruiz said"), besides
# the titles, roles and posts of one person.
TITLE_BEFORE_NAME_HEADS = frozenset((*ROLE_HEADS, *ONE_PERSON_POSTS, *_w(
    "researcher analyst campaigner investigator officer director spokesperson")))
# ... what such a title opens on (an article or a possessive pronoun; a body's possessive
# or a place's "-based" is told by its ending), and the words that end it: a coordination
# or a relative makes the words before the name no title.
TITLE_BEFORE_NAME_OPENERS = _w("the its their")
# Round en177: posts written in lower case before a full name that no person or role list
# holds ("Local councillor Maria Okafor-Lind welcomed the report but said ...").
LOWER_CASE_POSTS = frozenset(_w("councillor councilor alderman magistrate"))
# ... and the possessive pronouns, which are no adjective of such a post ("Her neighbour
# Ilko Petrov" is a possessive's person).
POSSESSIVE_PRONOUNS = frozenset(_w("my your his her its our their"))
TITLE_BEFORE_NAME_BREAKS = _w("and or but who which that when as")
# Headings in capitals that open a section, not a speaker (round 43): "UPDATE:",
# "WHAT THEY SAID:", "BACKGROUND:" before a quote leave it to the speaker before.
HEADING_NOT_SPEAKERS = _w("update updated correction background note editor's editors what"
                          " key highlights context analysis summary timeline factbox"
                          " related transcript quote quotes quotation reaction reactions"
                          " read more also see")
# Words in -ing that are no act denied (round 43: a lone gerund after "denied" is the
# denial's words): "denied everything", "denied wrongdoing", "rejected the ruling".
ING_NOT_GERUNDS = ("thing", "wrongdoing", "ruling", "meeting", "building", "wedding",
                   "funding", "briefing", "hearing", "finding", "ceiling")

# ---------------------------------------------------------------- casualties, round 34
# A distance before a place, never a count of people: "in a town 40 km south of the
# capital have killed 14" (the unit is the count's first word, the group's head a
# direction).
MEASURE_UNITS = _w("km kilometres kilometers kilometre kilometer miles mile metres meters"
                   " metre meter yards feet")
# Verbs of release whose people are captives even when the release is still to come
# (round 43): "they will free 3 soldiers", "to release two aid workers".
RELEASE_STEMS = ("free", "releas")
# Before a detainee's noun, a status that is over: "Forty-two of the former detainees said
# they had been beaten" are no count of arrests (round en119).
FORMER_STATUS_WORDS = _w("former ex-")
# Verbs of a swap between the sides, and the people they make captives: prisoners of war
# (not "bodies", "letters" or "fire").
SWAP_STEMS = ("swap", "exchang")
# The people swapped between the sides of a war, as a verb's object (casualties.py) and as
# held people near an exchange (casualty_released.py, EXCHANGED_HELD_NOUNS).
# ("hostage" since round en137: "a hostage exchange" names its held people as the plural
# does)
SWAPPED_CAPTIVES = _p("prisoners of war|prisoners|detainees|captives|pows|prisoner|detainee"
                      "|captive|pow|hostages|hostage")
# What an armed group's release still to come is told with, between the group and the
# verb: "Rebels to free 4 policemen", "say they will free", "plan to release".
RELEASE_TO_COME = _p("to|will|would|are to|are set to|set to|plan to|plans to|agree to"
                     "|agrees to|agreed to|are expected to|expected to|promise to"
                     "|promised to|will soon|would soon")
# What makes an outcome verb a threat, a plan or an attempt, no outcome: "said it would
# kill four employees", "threatened to behead two hostages", "tried to kidnap three
# girls" (right before the verb).
UNREALISED_CUES = _w("would will could might shall can cannot") + _p(
    # a counterfactual: "the bomb would have killed dozens had it gone off", "the blast
    # could have killed hundreds" ("may have killed" and "might have" are a hedge on a toll
    # taken, and stay: the development gold counts "might have been wounded")
    "would have|could have|would not have|could not have") + tuple(
    f"{verb} to" for verb in _w(
        "threaten threatens threatened threatening vow vows vowed vowing pledge pledges"
        " pledged plan plans planned planning plot plots plotted plotting try tries tried"
        " trying attempt attempts attempted attempting seek seeks sought seeking"
        # intent, promise, expectation and failure (round 41): "intends to kill 20
        # soldiers", "agreed to release 45 prisoners", "failed to capture 12 soldiers"
        " intend intends intended intending want wants wanted wanting aim aims aimed aiming"
        " hope hopes hoped hoping promise promises promised promising agree agrees agreed"
        " offer offers offered offering refuse refuses refused refusing fail fails failed"
        " failing expect expects expected likely set about going ready prepared order"
        " bid effort efforts ordered decide decides decided"))
# A release asked for, sought or bargained over is no release (round 41): "demanded the
# release of 40 prisoners" (the captives a noun names stay: "the release of 14 hostages"
# is captured by "hostages"). Right before the nominal, a determiner between.
UNREALISED_NOMINAL_CUES = _p(
    "demand|demands|demanded|demanding|call for|calls for|called for|calling for"
    "|appeal for|appeals for|appealed for|appealing for|press for|pressed for|pressing for"
    "|push for|pushed for|pushing for|seek|seeks|sought|seeking|urge|urges|urged|urging"
    "|negotiate|negotiates|negotiated|negotiating|negotiate for|negotiating for"
    "|talks on|talks for|bid for|plea for|pleas for|deal for|demand for|demands for"
    "|hope for|hopes for|wait for|waiting for|await|awaits|awaiting")
# (round en186) A capture still sought, before "the capture of": a reward's or a bounty's,
# or what information may lead to ("a reward for information leading to the capture of a
# commander"); "led to the capture of 140 suspects" tells one made.
# (right before the capture: "a hunt for the gunmen led to the capture of three suspects"
# tells one made, the hunt's object being the gunmen)
CAPTURE_SOUGHT_CUES = _p("could lead to|would lead to|will lead to|may lead to|might lead to"
                         "|reward for|rewards for|bounty for|bounties for|hunt for|search for"
                         "|manhunt for")
# ... and what leads to it when a reward's information does, some words back ("a reward of
# $5 million for information leading to the capture of"): "an operation leading to the
# capture of 12 militants" tells one made
CAPTURE_LEADING_CUES = _p("leading to|lead to|leads to")
CAPTURE_LEADING_SOUGHT = _w("information tip tips reward rewards bounty bounties")
# The modals that put a passive outcome in the future or under a condition when "be"
# follows them (round 41): "up to 5,000 people could be displaced", "thousands more would
# be killed" ("might have been wounded" is a hedge on a toll taken, and stays).
PROSPECTIVE_MODALS = _w("would will could might may shall can")
# ... except the states a hedge puts a toll in: "as many as 40 people may be dead", "up to
# 12 fishermen may be missing" (estimates of what has happened).
HEDGED_STATES = _w("dead missing hostage captive") + _p(
    "unaccounted for|held hostage|held captive|held prisoner|in captivity")
# A toll said to be heading somewhere is no toll (round 41): "the toll could rise to 50",
# "is expected to reach 100" (a cue, then perhaps one word, then a verb of change); "the
# death count could be over 50" is a hedge on the count as it stands, and stays.
TOLL_PROSPECT_CUES = _w("would will could may might can shall") + _p(
    "expected to|likely to|set to|feared to|projected to|forecast to|bound to|going to")
TOLL_CHANGE_VERBS = _w("rise reach climb top pass exceed hit surpass increase grow soar"
                       " double triple jump mount") + _p("go up")
# Verbs of a forecast: before a figure with a condition after it ("if", "unless") they
# make it a toll feared, no toll (round 41): "Aid agencies fear 200,000 deaths if the
# famine spreads". Without a condition the figure stays ("fear 150 dead after the raid").
FORECAST_VERBS = _w("fear fears feared warn warns warned predict predicts predicted expect"
                    " expects expected project projects projected forecast forecasts")
# A singular person then "of" and a number: an age, no count ("a boy of about 9 and his
# uncle had been taken", "a boy of seven") (round 41).
AGED_PERSON_NOUNS = _w("boy girl child baby infant toddler teenager youth man woman son"
                       " daughter lad youngster")
# Displacement told with a verb of forcing or driving and its object: "forced about 7,000
# people to flee", "drive 7,000 from homes"; only before "to flee" (civilians or no
# noun), "to leave their homes" or "from (their) homes".
FORCING_VERBS = _w("force forces forced forcing drive drives drove driven driving")
# ... and where they are driven: over a frontier ("has driven 80,000 across borders"), into
# another country (a capitalised name) or into the wild or the camps ("drove 6,000 into
# the hills"), out of a home place ("out of the valley"). "forced two men into a car",
# "drove 20 suspects to the station" and "forced girls into marriage" stay nothing.
DRIVEN_INTO_PLACES = _w("exile camps camp bush forest forests hills mountains jungle"
                        " swamps marshes desert")
DRIVEN_ACROSS_PLACES = _w("border borders frontier frontiers")
# What carries people on a ride, after which "driven into Tor" is no flight: "were driven
# into Tor by bus" (casualties.py).
RIDES = _w("bus buses truck trucks lorry lorries car cars van vans coach coaches vehicle"
           " vehicles ambulance ambulances convoy")
# ... or into a shelter after an article and up to three words (round 43): "has driven
# about 5,000 civilians into a United Nations base", "drove 2,000 families into a church
# compound", "into the town's stadium" ("forced two men into a car" stays nothing).
DRIVEN_INTO_SHELTERS = DRIVEN_INTO_PLACES + _w(
    "base bases compound compounds church churches mosque mosques school schools stadium"
    " shelter shelters settlement settlements")
# Who a side "lost" is its dead when the side speaks of its own ("his fighters had lost
# two men", "we lost three soldiers"; casualties.py): "lost two seats" and "lost two sons
# in the war" are no fighters, and an enemy's "losses" count the wounded too.
LOST_COMBATANTS = _w("men soldiers fighters troops policemen officers guards militants"
                     " rebels personnel comrades troopers")
# Armed bands people are "lost to", besides the violence cues: "the reserve has lost 11
# rangers to poachers", "lost two drivers to bandits" (casualties.py, killed); "lost two
# players to injury", "lost staff to other parks" name no violence and stay nothing.
# Suspects "held" are under arrest, with or without "were" (casualties.py): "3 suspects
# held", "Two suspects were held in Tolva".
HELD_SUSPECTS = _w("suspect suspects")
# The stretch of time people were held for (casualty_held_span.py): "was held for two
# days", "were held for 30 days".
HELD_SPAN_UNITS = _w("hour hours day days week weeks month months year years")
LOST_TO_BANDS = _w("poachers bandits raiders pirates kidnappers rustlers gangs gangsters"
                   " highwaymen marauders")
# What people are rescued from when they were no captives: "rescued 20 people from the
# river", "from the burning building".
RESCUE_DANGERS = _w("rubble river water sea waters fire flames flood floods floodwaters"
                    " debris ruins wreckage building buildings mud collapse blaze")
# "were among those taken": the ones taken away are captives ("among those taken to
# hospital" is no capture).
AMONG_THOSE_TAKEN = _w("taken seized")
# Armed groups whose taking of people makes them captives: "pupils taken from their school
# by rebel fighters" (casualties.py; "taken to hospital by relatives" stays nothing).
CAPTOR_NOUNS = _w("gunmen gunman rebels rebel fighters militants militant kidnappers"
                  " insurgents jihadists militiamen militia bandits pirates guerrillas"
                  " separatists"
                  " abductors captors attackers assailants raiders"
                  # an armed group's splinter, as the wire names it: "FARC dissidents
                  # free two soldiers" (round 64)
                  " dissidents"
                  # the armed gangs of Haiti's or Central America's copy (round en118):
                  # "several young women had been taken by the gangs"
                  " gangs gang gangsters"
                  # highway robbers who hold travellers (en-132): "Nearly 300 drivers were
                  # held by robbers on the highway"
                  " robbers highwaymen") + _p(
    # armed groups by name, as the wire writes them: "Taliban free two aid workers"
    "taliban|boko haram|shabaab|al-shabaab|al shabaab|houthis|houthi rebels|isis|isil"
    "|islamic state|farc|eln|m23|adf|jnim")
# Displacement told with "fled" / "flee" and no word of home (casualties.py): "An
# estimated 38,000 people have fled", "as thousands flee south". Civilians flee in any
# tense; a count with no noun only in the perfect or the present and only as a crowd
# ("two fled on motorbikes" are attackers getting away); gunmen, suspects and investors
# are no civilians.
FLEEING_VERBS = _w("fled flee fleeing")
# The rest of the family of flight, read under the same checks as "fled" (civilians, or a
# crowd with no noun): a border crossed ("2,000 villagers have crossed into Thailand";
# "300 troops crossed into Lebanon" stay nothing) and refuge sought ("some 5,000 people
# have sought refuge in churches"). Words of shelter alone ("are sheltering in Wamena",
# "took shelter in the basement") are also said of people who hide from one attack.
REFUGE_MOVES = _p("crossed into|crossed over into|crossed the border|crossed the frontier"
                  "|sought refuge|seeking refuge|taken refuge|took refuge|found refuge"
                  "|sought sanctuary|seeking sanctuary"
                  # homes and villages left or abandoned: "About 400 families have left
                  # their villages" ("Two women left their homes to vote": a few, in the
                  # simple past)
                  "|left their homes|left their home|left their villages"
                  # ... and farms left as they are abandoned (round en91): "Some 2,100
                  # people, most of them children, have left their farms"
                  "|left their farms"
                  "|abandoned their homes|abandoned their home|abandoned their villages"
                  "|abandoned their farms"
                  # a headline's present for the crossing just told (round en93): "Over
                  # 10,000 Sudanese cross into Chad in a week", "Thousands cross into
                  # South Sudan's Renk", as "thousands flee" is read
                  "|cross into|crosses into")
# The present of those moves, read for a crowd with no noun as "thousands flee" is.
PRESENT_FLIGHT = ("flee", "cross into", "crosses into")
# What a sentence must hold for the flight above to be looked for (casualties.py).
FLIGHT_STEMS = ("fle", "Fle", "FLE", "rossed", "ROSSED", "efuge", "EFUGE", "anctuary",
                "ross into", "ross Into", "ROSS INTO", "rosses into", "rosses Into",
                "their home", "their village", "their farm", "left the", "abandoned the",
                "deserted the", "evacuated the")
FLEEING_AUXILIARIES = _w("have has had are were is")
# Adverbs news copy sets between the auxiliary and "fled" (round 43): "have since fled",
# "have reportedly fled", "had earlier fled", "have so far fled".
FLEEING_ADVERBS = _p("now|already|also|since|reportedly|earlier|recently|just|previously"
                     "|apparently|so far|mostly|largely|all")
# Places left that make the leaving a flight (round 43), under the checks of "fled"
# (civilians in the perfect, a crowd, or households): "nearly 4,000 people have left the
# villages north of the town", "some 600 families abandoned the district". "Forty
# delegates have left the hall" and "three ministers left the cabinet" stay nothing.
# (round en88: the administrative units a country is divided into are left as a district
# is, "at least 1,200 families have left the department", "province", "county")
LEFT_UNITS = _w("department departments province provinces county counties municipality"
                " municipalities commune communes")
LEFT_PLACES = _w("village villages town towns city district districts region area valley"
                 " camp camps settlement settlements locality neighbourhood neighborhood"
                 " island islands") + LEFT_UNITS
LEAVING_VERBS = _w("left abandoned deserted evacuated")
FLEEING_CROWD = 100
# Who give the displaced a home are no displaced (casualties.py, round en187): "aid went to
# 280 households hosting displaced families" ("hosting a conference" is no figure at all).
HOSTING_PARTICIPLES = _w("hosting sheltering housing accommodating")
HOSTED_PEOPLE = _w("displaced refugees IDPs idps evacuees")
# People a report's authors interviewed are no victims unless their own words name the harm
# (casualty_interviewed.py, round en187): "interviewed 25 people, among them four of the
# wounded, and three doctors" keeps only the four. The words of the interview, what closes
# its clause before a figure, and the stems that name a harm in a figure's own words.
INTERVIEW_WORDS = _w("interviewed interviewing") + _p(
    "interviews with|interview with|spoke to|spoke with|talked to|talked with")
INTERVIEW_LIST_OPENERS = _w("and including") + _p("among them|among whom")
INTERVIEW_CLAUSE_BREAKS = _w("who whom which that said say says told saw described reported"
                             " when where after because while")
INTERVIEWED_HARM_STEMS = _w("wound injur hurt kill dead die death shot shoot displac abduct"
                            " kidnap captiv hostage detain arrest missing victim survivor"
                            " casualt")
# A group of civilians smaller than a crowd who "fled" somewhere (casualty_fled_somewhere.py,
# round en187): "Dozens of herders fled on foot to the next district" is displaced from two
# dozen on; the way they went may come before where to.
FLED_SOMEWHERE_GROUP = 20
FLED_MANNERS = _p("on foot|by boat|by boats|by road|by car|by canoe|in boats|in canoes"
                  "|in trucks|at night|by night|overnight")
FLED_SOMEWHERE_PREPOSITIONS = _w("to into across towards toward")
# ... or whole households, whatever their number: "30 families fled" (a few people who
# "fled" in the simple past got away from an attack: "two women fled the attackers").
FLEEING_UNITS = _w("families households")
# A scene left is an escape, not displacement: "two gunmen fled the scene".
FLED_SCENES = _w("scene")
# ... and so is "the area" left by a few ("Dozens of people fled the area after the
# attack"); a crowd of FLEEING_CROWD or more who fled the area are displaced ("some 11,000
# people had fled the area in June").
FLED_AREAS = _w("area")

# --- The clause around a casualty figure (casualty_clause.py) ---------------------------
# Adverbs inside a verb group are a class, not a list: any word of the "-ly" shape
# ("were apparently killed", "have recently been displaced") but these nouns and names,
# plus the adverbs of time and degree that have no "-ly" ("were then abducted", "have
# so far been killed", "have since been displaced").
# Hedges a reporter puts into the group as the passive's own words: "are thought to have
# been killed", "are understood to have been abducted", "appear to have fled" ("expected"
# and "likely" look ahead, and stay out).
VERB_GROUP_HEDGES = _w("thought understood known presumed assumed appear appears appeared"
                       " seem seems seemed")
# ... and the same words opening a reduced relative on the victims before their verb:
# "Two men thought to be militants were killed", "Five villagers known to the family".
HEDGE_PARTICIPLES = _w("believed thought said known understood reported suspected alleged"
                       " presumed feared")
# "get" as the passive's auxiliary, "go" before "missing": "Five villagers got killed in
# the crossfire", "Five fishermen went missing", "have gone missing".
GET_PASSIVES = _w("got get gets went gone go goes")
NOT_LY_ADVERBS = _w("family rally ally supply assembly july italy reply apply fly belly"
                    " holy lily bully jolly folly")
VERB_GROUP_ADVERBS = _p("then|since|so far|just|earlier|once|again|first|too|as well"
                        "|by then|in turn|thus|soon|later|also|all|both|still|now|already")
# A place phrase read by its shape between victims and their verb, after a care place or
# after a verb: the preposition, then a name ("in Tor", "in Tor town"), a noun phrase
# with a determiner ("aboard the bus", "in the town of Tor"), or "nearby Tor".
GROUP_PLACE_PREPOSITIONS = _w("in at inside near outside on aboard onboard along") + _p(
    "on board")
# Prepositions before a country's or a town's name that show it a place, not a body: "attacks
# in Nigeria", "across Mali" (a headline's "Nigeria: ..." label is then the report's place).
PLACE_NAME_PREPOSITIONS = _w("in across throughout inside")
# Round en177: before a name of capitals, the prepositions of where one goes or is; such a
# name is taken for a place, no person a later "he" may stand for ("travelled to South
# Sudan").
WHERE_PREPOSITIONS = frozenset((*PLACE_NAME_PREPOSITIONS, *_w("to from near at into")))
# Heads of a body named after its country or town ("the Nigeria Police", "Mali army"),
# beside BODY_NAME_HEADS and SPEAKING_BODIES: the place before them does not speak.
PLACED_BODY_HEADS = _w("army military forces gendarmerie")
PLACE_OPENERS = _w("nearby neighbouring neighboring northern southern eastern western"
                   " central")
# The points of the compass, alone or joined in a region's name ("North-West Kessa").
COMPASS_POINTS = _w("north south east west")
# Places and vessels said to hold people: a capacity, never captivity ("The camp, which
# holds 20,000 people, was shelled", "The ferry holds 400 passengers"; hostages named by
# their noun still count, and so do captors: "The rebels hold 12 soldiers").
HOLDING_PLACES = _w("camp camps stadium stadiums shelter shelters school schools building"
                    # (round en146) a prison's holding is its inmates' sentences: "the prison
                    # holds 231 men"
                    " prison prisons jail jails penitentiary"
                    " buildings compound site sites centre center hall church mosque"
                    " settlement town city village area room rooms ferry ferries boat boats"
                    " ship ships vessel vessels bus buses plane aircraft")
# An insert set off by commas between victims and their verb is no clause of its own
# unless it opens with one of these: "Five villagers, members of a local militia, were
# killed" and "Five villagers, a local official said, were killed" keep their verb;
# "20 protesters, but the organisers, who ..." does not.
INSERT_NOT_OPENERS = _w("and but or nor while as when after before because though although"
                        " who which that where whose if so then whom")
FINITE_AUXILIARIES_BE_HAVE = _w("were was is are had have has been be")
# Hedges on a person's age in a description: "a woman aged about 60".
AGE_HEDGES = _w("about around some nearly roughly approximately almost over under")
# "None of the 40 passengers were hurt": the predicate of a count after these is denied.
NONE_OF = _p("none of|not one of|neither of")
# (round en220) ... and the same denial told by a member or a single one of the group:
# "No member of our 46 staff was hurt", "not a single one of the 30 guards was injured",
# "no one among the 12 passengers was harmed".
NONE_OF_GROUP_DENIALS = _p("no member of|no members of|not a single one of|not a single member of"
                           "|not one member of|no one of|no one among|nobody among|none among")
# (round en220) Outcomes a partitive's noun names as what the people are, not as what befell
# them here ("4 of them refugees", "two of whom were hostages"), and the outcomes of a whole
# such a part takes instead ("6 people were killed, 4 of them refugees": four dead; "Police
# arrested 12 men, three of them refugees": three arrested).
STATUS_PART_OUTCOMES = _w("displaced captured arrested")
HARM_WHOLE_OUTCOMES = _w("killed wounded missing arrested captured")
# (round en220) what denies a count of one right before it: "Not a single guard was hurt",
# "not a single one of the 30 guards", "not even one villager" (only a count of one: "not
# less than 20" is a qualifier of its own).
NOT_ONE_OPENERS = _p("not|not even|not a single|not even a single")
# ... and the possessives and determiners that may stand between such a denial and the count
# ("none of our 46 staff", "not one of these 12 men").
NONE_OF_DETERMINERS = _w("the those these its their all our my your his her")
# A past participle that says who the victims work for or are led by, between them and
# their passive verb: "Two aid workers employed by a British charity were abducted",
# "Four guards hired by the company were killed" (casualties._RELATIVE_GAP, with "by").
# Past participles that are not "-ed" and open a phrase on victims before their verb:
# "two soldiers brought in on Sunday night had died", "three men found near the well".
GAP_PARTICIPLES = _w("brought taken found caught left flown driven held seen sent")
# What follows such a participle: where to or from, or when ("brought in on Sunday").
GAP_PARTICLES = _w("in into to from on at out back off during after near")
# Verbs that take a clause, never the verb of a relative between victims and their
# predicate: in "Two men who said the guards were killed" the guards were killed, not the
# men (casualties._RELATIVE_GAP, "who stayed behind ... were found dead").
CLAUSE_TAKING_VERBS = _w("said say says told tell tells believed believe thought think knew"
                         " know heard hear reported report feared fear claimed claim"
                         " alleged allege denied deny confirmed confirm insisted insist"
                         " warned warn hoped hope learned learnt saw see watched suspected"
                         " testified testify recalled recall explained explain added noted"
                         " announced stated wrote read found find showed")
# A rank or a superlative opening the writer's apposition on an event after "police
# said,": "the third attack this week", "the deadliest bombing in a year" (statements.py).
EVENT_RANKS = _w("first second third fourth fifth sixth seventh eighth ninth tenth latest"
                 " worst deadliest bloodiest biggest largest heaviest most highest last"
                 " single")
# Where people are forced to leave ("3,000 families have been forced to leave the area")
# and what they are forced to flee ("were forced to flee the fighting"): displacement.
HOME_PLACES = _w("home homes village villages area areas town towns district districts"
                 " region land lands farms houses country neighbourhood neighborhood valley"
                 " hills camp camps")
FLED_VIOLENCE = _w("fighting violence clashes attacks shelling bombing bombardment offensive"
                   " raids unrest")
AGENT_PARTICIPLES = _w("employed hired contracted sent run backed funded financed sponsored"
                       " trained commanded led recruited deployed posted seconded assigned"
                       " dispatched accompanied escorted")
# Participles of where people were sent or stationed, opening a reduced relative on a count
# that "and" joins to another before their shared verb (casualties._RELATIVE_GAP, round
# en187): "Three officers deployed to protect the reserve and 14 residents were injured".
SENT_PARTICIPLES = _w("deployed posted sent dispatched assigned stationed based seconded")
# Verbs whose object "a body" is one of the dead: "residents carrying a body wrapped in a
# blanket", "police found a body in the river"; "a body of evidence", "the governing body
# said" have none of them before the article.
BODY_VERBS = _w("found find finds finding discovered discovers recovered recovers retrieved"
                " pulled pulls pulling carried carries carrying dragged dumped fished"
                " identified exhumed")
# Prisoners taken in fighting are captives: "had taken dozens of prisoners", "took 40
# prisoners" (casualties.py); prisoners taken somewhere ("took 40 prisoners to court")
# are moved, and a jail's prisoners freed or moved are no captives of the fighting.
TAKING_VERBS = _w("take takes took taken taking")
# Round en93: soldiers who "took away" people with no word of arrest took them by force
# (casualty_soldiers_took.py); the police so named stay an arrest told without the word.
ARMED_FORCE_TAKERS = _w("soldiers soldier troops")
PRISONER_NOUNS = _w("prisoners prisoner captives")
TAKEN_ELSEWHERE = _w("to from back into out away")
# People an active "took" put in custody are arrested, as "taken into custody" is: "Police
# took 15 people into custody" (round 42).
CUSTODY_PLACES = _p("custody|police custody|detention")
# Places a person "taken ... and held for two days" went to in care or in custody, no
# captivity (round 41): "taken to the police station and held", "to hospital".
NOT_CAPTIVITY_PLACES = _w("hospital hospitals clinic clinics police station stations custody"
                          " jail prison court questioning")
# People an armed group took along are its captives (casualties.py, with a captor named
# before the verb): "the retreating fighters had taken two officials with them", "took 14
# villagers away", "took six women to an unknown location"; "relatives took three men
# with them to the clinic" names no captors, "took two suspects away for questioning"
# is the police's.
TAKEN_ALONG = _p("with them|away|to an unknown location|to an unknown destination"
                 "|to an unknown place")
# When people were "taken" with no captor named (round en75): a day told back ("that day",
# "that night", "on the 19th") closing the clause says the taking was the event itself;
# care and custody would name their place ("taken to hospital that night").
TAKEN_WHEN_TOLD = _p("that day|that night|that morning|that evening|that week"
                     "|the same day|the same night")
# One more captive counted by its article and an ordinal: "a third captive would be freed",
# "another hostage was released" ("a hostage crisis" has another head).
COUNTED_CAPTIVES = _w("hostage captive")
# Captives led off in the passive, only with their captors or the wild after the verb
# ("six women were led away by the gunmen"; "led away by police" is an arrest's; casualties
# ._CARRIED_OFF): the words that wake the sentence for them.
LED_OFF = _p("led away|marched away|marched off|dragged away|dragged off")
CAPTIVE_ORDINALS = _w("second third fourth fifth sixth seventh eighth ninth tenth last"
                      " further")
# A suicide bomber's own death told with the definite article: "The bomber also died in
# the blast" (the rules count a bomber who kills himself; "the attacker died" may be an
# attacker shot by guards, read where a count is).
BOMBER_DEATHS = _p("died|also died|was killed|was also killed|himself died|perished")

# ---------------------------------------------------------------- round 42: recall
# Captives told as a state, by whose hands hold them (casualties.py): "remain in the
# group's hands", "are still in the hands of the kidnappers", "in rebel hands". Only
# captors or an enemy: "in the hands of doctors" holds no captive, and places or things
# "in rebel hands" are no people.
CAPTIVITY_HOLDERS = CAPTOR_NOUNS + _w("enemy group kidnapper captor abductor jihadist"
                                      " insurgent pirate bandit gang gangs"
                                      # "held by armed groups" (round 64)
                                      " groups"
                                      # "held by the terrorists" (round en93), as the
                                      # official word for insurgents holding people
                                      " terrorists terrorist")
# Where captors keep people, after their possessive: "freed from the rebels' prison"
# (casualties.py, a passive of freeing).
CAPTIVITY_PLACES = _w("prison prisons jail jails camp camps captivity custody hideout hideouts"
                      " den dens base bases hands cell cells compound compounds")
# The word that wakes a sentence for them (a trigger word: "hands" is rare in news).
CAPTIVITY_HANDS = _w("hands")
# Captors who left with their captives: "the pirates ... before leaving with 14 of the
# 23 crew", "The kidnappers made off with two engineers" (an armed group named before the
# verb; "Relatives left with two children" names none).
TAKEN_OFF_WITH = _p("left with|leaving with|leave with|leaves with|made off with"
                    "|making off with|fled with|fleeing with|escaped with|drove off with"
                    "|sped off with|went off with")
# ... unless those they left with are their own: "The rebels left with 20 recruits".
OWN_SIDE_NOUNS = _w("recruits recruit volunteers comrades supporters followers fighters"
                    " members accomplices reinforcements men-at-arms")
# ... and the words that wake a sentence for them (the first words of the past and the
# participle: "leave" and "leaves" are left out, as they woke enough other sentences to
# cost some 11M instructions per 0.3 MB of the bench text)
TAKEN_OFF_FIRST = _w("left leaving made making")
# Captives of the figure before who came back: "Seven young women were taken ..., and
# only three have come back", "six have since returned" (as the rules count hostages
# later freed).
CAPTIVES_BACK = _p("come back|came back|come home|came home|returned|escaped|been returned"
                   "|made it back|found their way back")
# (round en199) ... or came back on their own, on foot or by turning up somewhere: "Two of
# them walked back to the road the next day", "One of them turned up at a police station"
# ("turned up dead" is a death, kept out where these are read)
CAPTIVES_BACK += _p("walked back|walked home|turned up|made their way back"
                    "|made his way back|made her way back|found his way back|found her way back"
                    "|reappeared|resurfaced|broke free|got away")
# A second source's toll given by ellipsis after a figure of the same sentence: "the
# administrator gave 19 dead; civil groups say 24", "Police said four died, but residents
# said nine" (the count closes its clause), and the figure named again: "the hospital
# figure is 64".
ELLIPTIC_SOURCE_VERBS = _w("say says said claim claims claimed count counts counted estimate"
                           " estimates estimated report reports reported") + _p(
    "put it at|puts it at|put the number at|puts the number at")
ELLIPTIC_FIGURE_LINKS = _p("is|was|stands at|stood at|is put at|was put at")
# What opens an apposition that lists the people an outcome names: "The dead, two
# soldiers and a schoolteacher, were buried", "The released crew, four Filipinos, three
# Ukrainians and two Greeks" (released, freed and rescued people are captives only in a
# story of hostages, as "freed" is read).
APPOSITION_OUTCOMES: dict[str, str] = {
    **dict.fromkeys(_w("dead killed slain"), "killed"),
    **dict.fromkeys(_w("wounded injured"), "wounded"),
    **dict.fromkeys(_w("kidnapped abducted hostages captives"), "captured"),
    **dict.fromkeys(_w("detained arrested detainees"), "arrested"),
    **dict.fromkeys(_w("missing disappeared"), "missing"),
    **dict.fromkeys(_w("displaced"), "displaced"),
    **dict.fromkeys(_w("released freed rescued"), "freed"),
}

# ---------------------------------------------------------------- round 44: casualty families
# Made to leave, with the place left or with nothing after the verb (casualties.py): "had
# forced some 4,000 residents to leave", "forced 900 families to leave the area", "to
# abandon their villages", "out of their homes". Civilians only: "forced 200 rebels to
# leave the town" is a retreat, "forced 40 protesters to leave the square" a dispersal.
FORCED_LEAVE_PLACES = HOME_PLACES + _w("city cities settlement settlements hamlet hamlets"
                                       " neighbourhoods neighborhoods homeland")
# What may follow a bare "to leave" and close it: an adverbial, not an object ("to leave
# the meeting" is no displacement, "to leave in the night" is).
FORCED_LEAVE_CLOSERS = _w("and in on after since as for within by over overnight last this"
                          " during amid following because when while earlier")
# ... and the verb of forcing in a register above the wire's: "compelled some 2,000
# residents to leave" (a trigger word too: "compel" is rare in news but for this).
COMPELLING_VERBS = _w("compel compels compelled compelling")
# ... and a cause that sets people to flight: "prompted about 2,000 people to flee",
# "caused 900 families to flee their villages" (no trigger words: "caused" is common, so
# the sentence must be woken by "flee" or another casualty word)
CAUSING_VERBS = _w("prompt prompts prompted prompting cause causes caused causing")
# Where the people are from, between them and the verb (round 44): "residents of the town
# of Kessa", "villagers from nearby hamlets", "people of the district". Arabic names in
# Latin letters open with an article in lower case ("al-Qasr", "ad-Dana").
ORIGIN_ARTICLES = _w("al el ad ar as ash at az ed en es et ez an")
ORIGIN_OPENERS = _w("the their nearby neighbouring neighboring surrounding outlying border")

# Companions of someone a passive names share the outcome (casualties.py): "was abducted
# with a cousin", "was killed along with his two sons", "were held for five months with
# some 20 other boys". The dead told by a phrase as well as by a participle:
COMPANION_DEATHS = _p("shot dead|gunned down|hacked to death|beaten to death|stabbed to death")
# ... and what a phrase between verb and "with" may not be: an encounter ("killed in a clash
# with 20 rebels") is the other side, not companions.
COMPANION_NOT_PLACES = _w("clash clashes fight fighting battle gunfight firefight shootout"
                          " exchange confrontation encounter skirmish skirmishes ambush raid"
                          " operation talks meeting deal agreement")
# Care after "taken": "was taken to hospital with a cousin" is no capture.
CARE_PLACES_COMPANION = _w("hospital hospitals clinic clinics ward infirmary morgue mortuary")

# ---------------------------------------------------------------- round 45: casualty families
# Those who speak or act for some of the people a participle names (casualties.py): a count
# "of those detained" inside "Relatives of at least 15 of those detained say ...": the
# phrase is the subject of any verb, not only of "were" / "have".
KIN_OF_THOSE = _w("relatives families parents mothers fathers wives husbands widows"
                  " children sons daughters brothers sisters lawyers friends names")
# ... and the one person of a group a relative is named by (round en87): "a relative of
# one of the hostages", "the lawyer for one of the detainees" (one member picked out to
# say whose kin speaks, no count of its own).
KIN_OF_ONE = frozenset((*KIN_OF_THOSE, *_w(
    "relative family parent mother father wife husband widow child son daughter brother"
    " sister lawyer friend cousin uncle aunt")))
# What victims are treated for, told by the harm done to them (round 45; added to
# TREATED_HARMS and to the wounded's participles above): "31 people had been treated for
# beatings", "treated 14 people for fractures". Illnesses stay out: "treated 300 patients
# for cholera" is no casualty figure.
TREATED_HARMS_DONE = ("beatings", "fractures", "broken bones", "broken limbs", "bruises",
                      "bruising", "cuts", "lacerations", "asphyxiation", "blast injuries",
                      "gunshot injuries", "bullet injuries", "head injuries", "knife wounds",
                      "machete wounds")
TREATED_HARMS = TREATED_HARMS + TREATED_HARMS_DONE
OUTCOME_PARTICIPLES["wounded"] += tuple(f"treated for {w}" for w in TREATED_HARMS_DONE)
# ... and, for a second count treated with its verb left out (casualty_treated_gap.py, round
# en187), one wound with its article or a kind named by its weapon ("and one for a stab
# wound", "and three for rubber bullet wounds"), and the cause a first harm may carry
# before "and" ("treated six people for wounds from beatings and one for ...").
TREATED_GAP_WOUNDS = _w("wound wounds injury injuries burn burns fracture")
TREATED_GAP_CAUSES = _w("from after in during") + _p("caused by|sustained in|inflicted by")
# A toll told again as "the number" (casualty_rival_toll.py): "A rights group puts the
# number at more than 300", "estimated the total at", "the figure has since risen to 40".
RIVAL_ESTIMATE_VERBS = _w("put puts putting placed places placing estimated estimates"
                          " estimating gave gives giving set sets")
RIVAL_NUMBER_ADJECTIVES = _w("total overall real true actual final same")
RIVAL_NUMBER_NOUNS = _w("number figure total tally count")
RIVAL_RISE_VERBS = _w("rose risen rises climbed climbs jumped jumps grew grown")
RIVAL_REACH_VERBS = _p("reached|reaches|stood at|stands at")
# Displacement told with a verb of driving out and a place by its name (casualties.py,
# round 45): "Gang violence drives hundreds from Martissant", "drove 3,000 villagers from
# Kessa" (rebels driven from a town lost a battle: civilians or a crowd only).
DRIVING_OUT_VERBS = _w("drive drives drove driven driving force forces forced forcing"
                       " chase chases chased chasing push pushes pushed pushing")
# The notation of medical reports (casualty_notation.py): a group and its size in
# brackets, "Patients who were dead on arrival (n = 29)", "children with blast injuries
# (n = 14)". The group is one a report of casualties treats (respondents and households
# of a survey are not), and the phrase names the outcome.
NOTATION_SUBJECTS = _w("patients patient children child adults infants women men people"
                       " victims casualties survivors civilians")
NOTATION_DEAD = _p("dead|died|killed|deceased|dead on arrival|fatal injuries")
NOTATION_HURT = _w("wounded injured injuries injury wounds burns fractures hurt"
                   " amputations")

# ------------------------------------------------- round 46: casualty and date families
# A year hedged after a word of time is a date, not a count (dates.py): "since at least
# 2019", "from about 2012", "until at least 2030".
YEAR_BOUND_WORDS = _w("since from until till through")
YEAR_HEDGES = _p("at least|as early as|no later than|about|around|roughly|approximately|circa")
# A request in the present, then its infinitive (date_direction.py): the act asked for lies
# ahead of the asking, which is the time of writing: "we ask our members to wear white
# ribbons on Friday", "The union calls on journalists to strike on Friday", "We urge the
# governor to meet the families on Monday". The past ("asked ... on Friday") stays as it
# was: wire copy sets the day of the asking last.
PRESENT_REQUEST_VERBS = _w("ask asks urge urges call calls appeal appeals invite invites"
                           " request requests implore implores beg begs encourage encourages"
                           " remind reminds instruct instructs order orders tell tells"
                           " advise advises exhort exhorts")
# ... "call" and "appeal" only with their particle: "call on", "appeals to"
PARTICLE_REQUEST_VERBS = {"call": "on upon", "calls": "on upon", "appeal": "to",
                          "appeals": "to"}
# Captors leading people into a place (casualty_taken.py): "the attackers marched four
# young men into the forest", "herded 30 passengers into the hills", "bundled two engineers
# into a car" (the older rule read "led away" and "marched off" only).
# ("forced two men into a car", "forced 40 girls into marriage" stay nothing, as the
# fortieth and forty-third rounds' look-alikes say)
# (the verbs of moving people that a captor's passive with "by" uses too: MOVED_PASSIVE_VERBS)
CAPTOR_MOVING_VERBS = _w("marched herded frogmarched frog-marched bundled dragged")
LED_INTO_VERBS = CAPTOR_MOVING_VERBS + _w("led shepherded")
# (round en191) Captors confining people in a room of a building they hold take them
# hostage (casualty_taken.confined_into): "the attackers forced about 30 pupils into the
# library", "ordered the night shift, some 25 people, into the canteen", "locked six nurses
# in a storeroom". The verbs, besides those of leading above ("in" and "inside" only after
# the locking ones), ...
CONFINING_VERBS = _w("forced ordered pushed shoved crammed")
LOCKING_VERBS = _w("locked")
# ... the rooms (a car, a bus or a boat is a taking or a flight, and "forced two men into a
# car" stays nothing, as before; a building ordered into is a shelter: "Police ordered 40
# shoppers into the building"), ...
CONFINEMENT_ROOMS = _w("room rooms classroom classrooms library canteen cafeteria warehouse"
                       " warehouses storeroom storerooms store-room storage kitchen basement"
                       " cellar hall dormitory toilet toilets bathroom container shed hangar"
                       " gym gymnasium chapel mosque church auditorium refectory workshop"
                       " office offices ward corridor")
# ... not where the room is a shelter: "ordered 30 pupils into the library to shelter from
# the fighting", ...
CONFINEMENT_SHELTER = _p("to shelter|for shelter|for safety|for their safety|to safety"
                         "|to hide|for protection|to take cover|for cover")
# ... and the stems that let a count try them (lower case; the verbs wake their sentence).
CONFINING_STEMS = ("forced", "ordered", "pushed", "shoved", "crammed", "locked")
# Groups that hold no captives, for a passive "taken" with no agent (casualty_taken.py):
# "were taken when the aid group arrived" is no capture.
UNARMED_GROUP_KINDS = _w("aid relief rights humanitarian support church civic community"
                         " advocacy rescue medical youth women's women’s citizens' press"
                         " working study research")
# ... their stems, which wake the rule in a sentence (lower case)
LED_INTO_STEMS = ("march", "led ", "herd", "bundl", "dragg", "shepherd")
# ... and where a lead is no captivity's: "led 40 pupils to safety", "led 40 soldiers into
# an ambush" (led to fight, not taken)
LED_NOT_TO = _w("safety shelter school class classes ambush ambushes trap traps battle"
                " battles attack attacks fight combat action war")
# A toll told by an outcome's participle with no "of" (casualty_taken.py): "the number
# taken was closer to 40", "the number abducted was at least 40" ("the number killed" and
# "the number wounded" are toll nouns above).
NUMBER_PARTICIPLES: dict[str, tuple[str, ...]] = {
    "captured": _w("taken kidnapped abducted seized"),
    "arrested": _w("arrested detained"),
    "missing": _w("missing disappeared"),
    "displaced": _w("displaced"),
}
# ... and "held", whose outcome the story decides (captives in a story of hostages, else
# the arrested; round en118): "the number held was nearly 450"
NUMBER_HELD = _w("held")
# ... not "taken" in another sense: "the number taken by the course", "taken in by
# relatives", "taken to hospital"
NUMBER_TAKEN_NOT = _w("by in to into for ill up on over off part away")
# One body found, in the passive (casualty_aftermath.py): "A body was found", "a third
# body was pulled from the river", with at most an ordinal or a word on the state of the
# dead before "body" ("the governing body was found to have erred" is none).
BODY_FOUND_PARTICIPLES = _w("found discovered recovered retrieved pulled dumped fished"
                            " exhumed dug washed")
BODY_FOUND_MODIFIERS = frozenset(CAPTIVE_ORDINALS + _w(
    "another first headless decapitated mutilated charred burned burnt decomposed"
    " decomposing bullet-riddled lifeless naked bound dismembered unidentified"))
# The wounded in the present (casualty_aftermath.py): "have injuries from beatings", "are
# nursing wounds"; not an injury of sport ("have injuries from a football match").
PRESENT_WOUND_NOUNS = _p("wounds|injuries|burns|fractures|broken bones|broken limbs")
SPORT_WORDS = _w("football match game games training sport sports practice final finals"
                 " semi-final semi-finals semifinal semifinals derby fixture tournament race")
# Plural people named by their age (casualty_between.py): "two boys of nine and eleven", "two
# girls aged six and nine", "three brothers aged 7, 9 and 11".
AGED_PERSON_PLURALS = frozenset(_w(
    "boys girls children kids sons daughters brothers sisters teenagers babies infants"
    " toddlers youths men women twins siblings cousins pupils students"))
# Plural people an age bound may follow (casualty_age_bound.py): "17 people under 21", "men
# over 18", "children under the age of 15".
AGE_BOUNDED_PLURALS = AGED_PERSON_PLURALS | frozenset(_w("people persons adults residents"))
# What may come right after the bound's age, the clause going on: a verb or an auxiliary,
# or a preposition ("men over 18 in the village"); a noun there makes it a measure ("over
# 18 months").
AGE_BOUND_FOLLOWERS = _w(
    "were was are is have has had died who and or in at on from across during since last"
    " this killed wounded injured arrested detained missing displaced")

# ---------------------------------------------------------------- learned casualty stage
# Words the learned second stage (casualty_stage.py) reads besides the outcome families
# above. Extra outcome cues: words that hint at an outcome in wordings the rules do not
# read ("We lost six neighbours", "12,000 are sheltering in the school"); the learned
# weights decide how much each counts.
STAGE_OUTCOME_CUES: dict[str, tuple[str, ...]] = {
    "killed": _w("lost buried"),
    "wounded": _w("wounds treated hospitalised hospitalized"),
    "captured": _w("taken abductors kidnappers captivity"),
    "displaced": _w("fled flee fleeing sheltering shelter sheltered camps arrivals homeless"
                    " evacuated"),
}
# Words that deny or undo a figure: "no one was hurt", "denied that any were killed".
STAGE_NEGATIONS = _w("no not none never nobody without denied deny denies n't")
# Words that put a toll in the future or under a condition: "could kill 50", "threatened
# to execute two hostages".
STAGE_MODALS = _w("could would might may will shall if unless threatened threatens"
                  " threatening threaten plans planned plan intends risk warned")
# Words before a count that make it money, a date or an age rather than people.
STAGE_MONEY_SIGNS = ("$", "£", "€", "usd", "us$", "rs", "rs.")
STAGE_AGE_WORDS = _w("aged age ages")
# The tail of an age joined to its digits (round 66): "A 47-year-old farmer said ..." is
# a person, the digits no count of sources or of the dead (statement_subjects.py).
AGE_COMPOUND_TAILS = _w("year-old years-old month-old months-old")
# Clause-linking words between a count and an outcome word.
STAGE_RELATIVES = _w("who whom which that where when whose")
STAGE_CONTRASTS = _w("but while whereas although though yet")
STAGE_PREPOSITIONS = _w("in on at of for with from by to near after during over into since"
                        " among between across")

# ---------------------------------------------------------- after round 45: casualty leftovers
# What a verb of causing (CAUSING_VERBS) sets people to do when it wakes a sentence
# (casualties.py, `_with_caused_to_leave`): "The shelling caused 900 families to leave
# their villages", "prompted 2,000 residents to abandon their homes" (the forcing rules
# then ask for civilians and a home place).
CAUSED_TO_LEAVE_WORDS = ("to leave", "to abandon")
# A place emptied of its people (casualties.py, `_emptied_of`): "The raid emptied the
# village of its 300 residents". A cue word: "emptied" is rare in news but for this and
# for things ("emptied the warehouse of its stock", no figure for want of people).
EMPTYING_VERBS = _w("emptied empties emptying")
# Who a share of the wounded or the dead were (casualty_notation.py): "Of the injured, 40
# (31.5%) were children". The people must be named by their outcome before the share
# ("Of the 150 wounded,", "Among those killed,").
NOTATION_WHO = _w("children women men boys girls adults infants minors civilians soldiers"
                  " students elderly")
NOTATION_PART_HURT = _w("injured wounded hurt")
NOTATION_PART_DEAD = _w("dead killed deceased")
# The words of outcome a bulletin's row sets before each count, with no colon
# (casualty_bulletin_row.py): "Dead 12, injured 30, missing 4".
BULLETIN_ROW_LABELS: dict[str, tuple[str, ...]] = {
    "killed": _w("dead killed"),
    "wounded": _w("injured wounded hurt"),
    "missing": _w("missing"),
    "captured": _w("abducted kidnapped"),
    "arrested": _w("arrested detained"),
    "displaced": _w("displaced"),
}
# A source that gives its own toll after another's (casualty_rival_toll.py): "the army gave
# a figure of 9", "activists cited a total of 31" ("put the number at" is RIVAL_*).
RIVAL_GIVING_VERBS = _w("gave gives giving cited cites citing")
# A figure already given, then corrected (round 51): "the earlier figure of five gunmen
# killed has been revised to four" (casualty_rival_toll.py). The words before the noun,
# and the verbs of the correction.
REVISED_NUMBER_ADJECTIVES = _w("earlier initial first previous original preliminary")
REVISED_NUMBER_VERBS = _w("revised corrected amended lowered reduced raised cut")

# ---------------------------------------------------------------- statements after round 45
# (issue 11: the shapes earlier rounds saw and left)
# The progressive of a reporting verb: "has been saying that", "is warning that", "are
# still insisting that" (statements._progressive: after a form of "be" the "-ing" form is
# no passive).
PROGRESSIVE_SPEECH = _w("saying telling warning insisting claiming arguing alleging"
                        " stressing urging accusing"
                        ) + _p("calling on") + PROGRESSIVE_ONLY_SPEECH
PROGRESSIVE_AUXILIARIES = _w("is are was were been am")
PROGRESSIVE_ADVERBS = _w("still also now repeatedly increasingly openly publicly privately"
                         " long")
# ("are" and "am" stand between a subject and its progressive as "is" and "was" do:
# "Residents are insisting that ...")
SUBJECT_VERB_FILLERS += _w("are am")
# A report of speech hedged by a passive before "to have" and the verb: "The minister is
# reported to have said that ...", "was said to have told his officers that ..."
# (statements._REPORTED_TO_HAVE): the subject is the speaker, as in "was quoted as saying".
HEDGING_AUXILIARIES = _p("is|are|was|were|has been|have been|had been")
HEDGING_PASSIVES = _w("reported said alleged understood believed")
# A subject whose determiner stands before a year or a count: "The 2021 report said",
# "Its 2020 annual report says", "The 300 residents said" (statements._determined_count_or_year).
DATED_SUBJECT_DETERMINERS = _w("the a an its his her their our this that")
# The last word of an organisation's name, capitalised, that no source noun above holds:
# "Red Crescent: Convoy fired on ...", "Amnesty International: ...", "Islamic Front:
# ..." head a headline as a source (statements._names_a_source); a place's name ends
# otherwise ("Red Sea: ...", "North Kivu: ..." stay section labels).
ORGANISATION_NAME_HEADS = ("Crescent", "Cross", "Watch", "International", "Foundation",
                           "Federation", "Institute", "Front", "Movement")
# Papers of courts and petitions that "state" what they hold, as an indictment does: "The
# charge sheet states that the accused ...", "The petition states that ..." (added to
# the subjects of "states", statements._STATES_SUBJECTS).
STATING_PAPERS = _w("sheet chargesheet petition complaint filing verdict memo memorandum"
                    " dossier submission")
# Adverbs between a clause's subject and its verb before ", saying" / ", adding" (the
# subject speaks): "The army later repeated its denial, saying ...", "Police swiftly
# rejected the report, adding ..." (statements._MAIN_CLAUSE).
MAIN_VERB_ADVERBS = _w("later also again then earlier subsequently swiftly quickly"
                       " immediately promptly repeatedly strongly flatly angrily")
# A person named in a phrase fronted by these, the sentence's topic and the antecedent of
# a "she" / "he" after it: "For Yusra Khalil, the war began with a phone call. "...," she
# said." (statements._fronted_person_before).
FRONTED_PERSON_PREPOSITIONS = ("For", "To")
# A modal before the first verb of a sentence's own predicate, ahead of "but said" or ",
# saying": "The army could not confirm the report but said ..." (statements._OPENING_CLAUSE).
OPENING_MODALS = _w("could would did does do can will may might")
# Adverbs between an auxiliary and a reporting verb: "had long said", "has since claimed",
# "would only say" (added to the subject's fillers above; "since" only after its
# auxiliary, as "since Saturday" closes a subject: "Posts shared ... since Saturday say").
SUBJECT_VERB_FILLERS += _w("long only always consistently publicly privately initially"
                           " originally officially openly") + _p(
                               "has since|have since|had since")
# When, of the speaker's claims, this one came (round 49): "The group last claimed an
# operation in Velna in May", "the army first said ..."
SUBJECT_VERB_FILLERS += _w("last first")
# The perfect of what was said a moment ago, in live copy and briefings: "has just told
# a radio station that ...", "had just said" ("just" only after its auxiliary: alone
# before a verb it may be an adjective's or a limit's word).
SUBJECT_VERB_FILLERS += _p("has just|have just|had just")
# "was quoted by Reuters as having said that ...": the perfect of "as saying", read as it
# (statements._sentence).
QUOTED_AS += _p("quoted as having said|as having said")

# A bound on a state set by an act (date_direction._bound_on_act): the act's past forms
# whose object is a state that runs on to the bound after it. "Police closed the border
# until Sunday", "said they had closed all roads until Tuesday", "ordered schools shut
# through Wednesday": the state lies ahead of the act, so the date does, as a deadline's
# does ("stayed until Sunday", "lasted until Tuesday", "kept the roads closed until
# Tuesday" tell a span that ran out, and are no such acts).
STATE_SETTING_ACTS = _w("closed sealed suspended halted banned barred prohibited imposed"
                        " declared ordered grounded locked cordoned placed paused restricted"
                        " shuttered froze forbade shut")
# The bounds such a state runs to, right before the date.
STATE_BOUNDS = _w("until till through thru")
# Verbs that keep a state with their object and its participle: "would keep all roads
# closed until Tuesday" (the participle is no past verb; the verb's modal decides).
STATE_KEEPING_VERBS = _w("keep leave")
# ... and the words after the date that say the state ended there, so the span is told as
# past: "closed the road until Tuesday, when it reopened" ("lifted", "ended" likewise).
STATE_ENDINGS = _w("reopened lifted ended eased expired resumed")
# Participles that hold a state after an act's object, as the acts' own do: "ordered the
# men held until Monday" (the order's; "the men were held until Monday" is a past span).
STATE_PARTICIPLES = _w("held detained kept")

# ------------------------------------------------- round 47: the fourteenth set's families
# A listing's weekday (date_listing.py): the day a broadcast, screening or concert is on,
# with its clock time and its channel or venue ("(Tuesday, 8pm, BBC Two)"), is the day to
# come. Words in the sentence that tell of it as past keep the day behind: "The programme
# (Sunday, 9pm, Channel Seven) drew four million viewers last weekend".
LISTING_PAST_CUES = _w("last ago yesterday")
# Things held in the hand, never captives after "holding" (casualties.py, through
# casualty_lookalikes.py): "a boy holding a rifle taller than he is", "protesters holding a
# banner". People held keep their reading: "The rebels are holding a journalist".
HELD_THINGS = _w("rifle rifles gun guns pistol pistols weapon weapons grenade grenades knife"
                 " knives machete machetes spear spears stick sticks sign signs banner banners"
                 " placard placards flag flags candle candles photo photos photograph"
                 " photographs picture pictures portrait portraits poster posters"
                 # (round en146) "holding a plastic folder": what a hand holds
                 " folder folders bag bags umbrella umbrellas box boxes file files document"
                 " documents phone phones bottle bottles book books")
# Kin lost in violence (casualty_kin_and_homes.py): "she lost two sons in the attack",
# "lost three cousins in the fighting". Cows, games, fingers and kin lost to an illness
# or a crash stay nothing.
LOST_KIN = _w("son sons daughter daughters brother brothers sister sisters cousin cousins"
              " relative relatives nephew nephews niece nieces uncle uncles aunt aunts"
              " grandson grandsons granddaughter granddaughters grandchildren children"
              " child")
# Posts of one person the person words miss, named with "the" among a figure's people
# (casualty_named_member.py, round 74): "including the ship's master", "among them the
# cooperative's treasurer".
MEMBER_POSTS = _w("treasurer secretary master headmaster headmistress headteacher skipper")
# Where one takes one's own kin, or with whom (casualty_kin_and_homes.kin_taken, round
# 74): "took my two sons to school", "took our two children home", "with her".
KIN_TAKEN_SOMEWHERE = _w("to into home back in out with along across for on up inside"
                         " outside")
LOST_IN_EVENTS = VIOLENCE_CUES + _w("war wars conflict violence siege offensive fighting"
                                    " bombardment uprising genocide")
# Irregular past verbs that open a relative clause on a violent event ("in fighting that
# left three dead", "in clashes that began at dawn"; statements._RELATIVE_PREDICATE).
IRREGULAR_PAST_EVENTS = _w("left began broke saw took drew spread tore shook hit")
# Irregular past verbs that open a relative clause on "a report" / "a statement" ("a
# police report that gave the number of dead as ...": the report's act, not its words).
IRREGULAR_PAST_RELATIVES = _w("gave put took made found left kept showed told brought sent"
                              " wrote drew set")
# People left or made homeless by the act before them (casualty_kin_and_homes.py): "leaving
# hundreds of families homeless", "made some 500 people homeless", "rendered 200 families
# homeless". The verb before the count, "homeless" after the people.
HOMELESS_MAKING_VERBS = _w("left leaving leaves leave made making makes make rendered"
                           " rendering renders render")
# What people left so lack, besides "homeless" (round en104): "leaving about 1,100 people
# without shelter", "left 40 families without a roof".
HOMELESS_STATES = _p("homeless|without shelter|without a roof|without homes|without a home")
# A river or a lake crossed by a crowd into a neighbour country, as "crossed the border"
# (the civilians' and the crowd's checks of REFUGE_MOVES apply): "Thousands of residents
# crossed the river into Cameroon" ("Two gunmen crossed the river" stays nothing).
REFUGE_MOVES += _p("crossed the river|crossed the lake")
# Weather that leaves people homeless with no violence (casualty_kin_and_homes.py): "The
# storm left thousands homeless" (the hazard words of the whole engine leave "storm" out).
HOMELESS_WEATHER = _w("storm storms hurricane hurricanes typhoon typhoons cyclone cyclones"
                      " tornado tornadoes")
# Events and forces that do things but say nothing: the head of a plain subject before a
# first verb and "and said" (statement_plain_subject.py) is no speaker when it is one of
# these ("The storm damaged homes and later said ..." is a broken sentence, not a quote).
SPEECHLESS_EVENT_HEADS = frozenset(
    NATURAL_HAZARDS + HOMELESS_WEATHER + MONTH_EVENT_NOUNS
    + _w("fire fires blaze blazes blast blasts explosion explosions crash crashes collision"
         " accident accidents collapse outbreak epidemic war"))
# Words that stand between a plain subject and its first verb without being the subject's:
# an adverb or a negation ("The water company never blamed ...", "The firm also blamed").
PLAIN_SUBJECT_NOT_WORDS = frozenset((*MAIN_VERB_ADVERBS, *GROUP_END_ADVERBS, "never", "not"))
# A broadcast's or a screening's present is a timetable's (date_direction.py): "The last
# episode airs on Sunday at 9pm", "The film screens on Thursday" look ahead as "The
# mission departs on Friday" does.
TIMETABLE_VERBS += _w("airs screens premieres")

# ---------------------------------------------------------------- statements, round 47
# Abstract nouns that are the whole of what a denial denies, read as its one-word words:
# "The Taliban denied involvement.", "The army denies responsibility."
# (statements._bare_denials). "entry", "access", "bail" stay acts (NON_SPEECH_OBJECTS).
DENIED_BARE_NOUNS = _w("involvement responsibility wrongdoing culpability complicity guilt"
                       " liability blame knowledge")
DENYING_FORMS = _w("denied denies deny")
# What a government or a leader "declares" as an act, not as words: "declared three days of
# national mourning", "declared a state of emergency" (statements._declared_observance).
DECLARING_FORMS = frozenset(_w("declared declares declare"))
DECLARED_OBSERVANCES = _p("days of mourning|day of mourning|days of national mourning"
                          "|day of national mourning|period of mourning|state of emergency"
                          "|state of siege|public holiday|national holiday|martial law|curfew")
# ... with its length or reach before it (sixty-ninth round): "a 30-day state of
# emergency", "a 24-hour curfew", "a three-day national mourning".
OBSERVANCE_SPANS = _w("day hour week month year night")
OBSERVANCE_REACHES = _w("national nationwide regional general total")
DECLARED_OBSERVANCES = DECLARED_OBSERVANCES + _w("mourning")
# ... and the outcomes an office declares (round en170): "after the returning officer
# declared the result", "the commission declared the winner late on Sunday", "the group
# declared a blockade of the town" (the noun closing its phrase: "declared the results
# fraudulent" judges them, and stays a statement).
DECLARED_OUTCOMES = _w("result results winner winners truce ceasefire cease-fire blockade"
                       " lockdown")
DECLARED_OBSERVANCES = DECLARED_OBSERVANCES + _p("state of exception|state of alert")
# (round en226) a headline's bare "emergency", its "state of" dropped: "Ecuador declares
# emergency in three provinces after ...", "declared an emergency in the capital"
DECLARED_OBSERVANCES = DECLARED_OBSERVANCES + _w("emergency")
# (round en226) Words after "not" that make it a plea, no negated infinitive before an
# "and say": "have pleaded not guilty and say the boys fired first" (the subject speaks).
NOT_PLEA_WORDS = _w("guilty")
# (round en226, statement_quotes._closing_described) One of a crowd picked out before its
# name closes the sentence: '"...," said one woman, Rosa Ibarra.', 'said another farmer, ...'.
ONE_PICKED_OPENERS = _w("one another")
# Bodies that a relative "that" may follow as its subject, the body the speaker: "paid a
# security company that said it employed 460 guards", "a charity that says ..."
# (statements: the subject before a relative "that", round 49).
RELATIVE_THAT_SPEAKERS = _w("company companies firm firms contractor contractors"
                            " subcontractor group groups organisation organisations"
                            " organization organizations agency agencies charity charities"
                            " militia militias coalition network committee union")
# Nouns of counsel given by a body "of" which they are, with what it counsels in a "that"
# clause: "the advice of the naval coalition that ships keep ...", "the warning of the
# ministry that ..." (statements._advice_of_sources, round 49).
ADVICE_NOUNS = _w("advice warning warnings recommendation recommendations assessment")
# Verbs that tell a hearer named as their object a "that" clause, as "told" does: "The
# operator has informed the Company that ...", "The army notified the families that ..."
# (statements._informed_hearers). Before "of" or with no "that" they report no words.
# (and "reminds": "The Agency reminds drivers that ...", telling again, round 52)
# How a plural of people may end without "s", as the people a notice informs: "reminds
# fishermen that", "informs tradespeople that", "informs schoolchildren that" (round 61).
IRREGULAR_PLURAL_ENDS = _w("men women people children")
INFORMING_VERBS = _w("informed informs notified notifies reminded reminds")
# A mass noun for the people a communiqué informs, with no article and its adjectives
# before it: "informs national and international opinion that ..." (round 63).
INFORMED_MASS_HEARERS = _w("opinion")
# The small words a long official title runs on with between its capitalised words: "The
# Chief of General Staff of the Nordland Armed Forces", "The Minister Delegate at the
# Presidency in charge of Defence" (statements._own_subject, round 63).
TITLE_RUN_WORDS = _w("of the at in for and charge")
# Pronouns that may tell a hearer such a clause as the subject (statements._informed_hearers,
# round 58): one person, named elsewhere ("She reminds me that ...").
PERSON_PRONOUN_SUBJECTS = _w("he she")
# Pronoun subjects that may call a thing by a quote (seventieth round; resolved as any
# pronoun speaker is): "It called the killings "a massacre"" (statement_quotes).
CALLING_PRONOUNS = frozenset(_w("he she it they"))
# Section labels of a review page's title line ("Television: pick of the week",
# "Books: new this month"): the kind of text, no speaker (statements._title_line_label).
TITLE_LINE_LABELS = TITLE_LINE_LABELS | frozenset(_w(
    "television film films cinema books theatre theater music arts dance podcasts"))
# Texts of an exhibition or a film that "say" what they show, speakers as written: "One
# caption ... says 18 people died", "a wall text notes that ...", "A timeline on the wall
# states that ..." (statements._display_texts). Signs, labels, plaques and inscriptions
# stay things that show words and report no news (NON_SPEAKER_HEADS).
DISPLAY_TEXT_NOUNS = _p("caption|captions|wall text|wall texts|timeline")
DISPLAY_TEXT_VERBS = _w("says said notes noted states stated")

# ---------------------------------------------------------------- round 48: the fifteenth
# set's casualty and date families
# One more of the people just counted, told by an article and an ordinal alone
# (casualties.py): "killed two police officers and kidnapped a third", "Two guards were
# killed and a fourth was wounded".
ONE_MORE_ORDINALS = _w("second third fourth fifth sixth seventh eighth ninth tenth")
# How one more such member was hurt, beside the wounded's participles (casualties.py, round
# en184): "a third was cut by broken glass", "a fourth was burned".
ORDINAL_MEMBER_HARMS = _w("cut slashed burned burnt scalded")
# A river or a lake crossed by its name, as "crossed the river" (casualties.py, under the
# same checks of the crowd): "some 18,000 people had crossed the Naf river".
CROSSED_WATERS = _w("river lake")


def _one_letter_dropped(word: str) -> set[str]:
    """``word`` short of one inner letter: "kiled", "woundng" (a first or a last letter
    dropped is rarer, and makes other words: "illed", "kille")."""
    return {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}


# Outcome verbs with a letter dropped, as wire copy prints them and the corpus keeps them
# ("kiled", "woundng"; casualties.py reads them as the verbs they are short of). Only the
# commonest verbs of the dead and the wounded, and never a word of its own ("inured").
MISSPELT_OUTCOME_BASES: dict[str, tuple[str, ...]] = {
    "killed": _w("killed killing"), "wounded": _w("wounded wounding injured injuring")}
MISSPELT_NOT = frozenset(_w("inured inuring"))
MISSPELT_OUTCOMES: dict[str, tuple[str, ...]] = {
    outcome: tuple(sorted(set().union(*map(_one_letter_dropped, forms)) - MISSPELT_NOT))
    for outcome, forms in MISSPELT_OUTCOME_BASES.items()}
for _outcome, _forms in MISSPELT_OUTCOMES.items():
    OUTCOME_VERBS[_outcome] += _forms
    OUTCOME_PARTICIPLES[_outcome] += tuple(f for f in _forms if f.endswith("d"))
# ---------------------------------------------------------------- statements, round 48
# A line that brings in a text read out or written by someone, set below it as a quote run
# (statements._intro_speaker): "What follows is the address given by the mayor, Arben
# Krasniqi, lightly abridged.", "Below is the statement read by her lawyer:", "What follows
# is Mayor Pell's address". The one who gave it is the run's speaker; "a list of names given
# by the families" is no text spoken, "Sunday's sermon" no person's.
DELIVERED_TEXT_NOUNS = _w("address speech statement remarks sermon eulogy homily message"
                          " letter testimony appeal tribute")
DELIVERING_VERBS = _w("given delivered read made written sent issued released")
# A line that brings in part of a text it named before: "The following is a translation of
# its main passage" (statements._delivered_by, round 49): the rendering, then the part.
RENDERED_PART_NOUNS = _w("translation excerpt extract transcript text")
RENDERED_TEXT_PARTS = _w("passage passages section sections part parts paragraph paragraphs"
                         " text wording")
# When a hearer was told, between the hearer and "that": "The sub-prefect informed me
# yesterday that ...", "notified the families this morning that ..."
# (statements._informed_hearers).
TOLD_WHEN_WORDS = _p("yesterday|today|earlier|this morning|this afternoon|this week"
                     "|last night|last week|in writing|by letter|by telephone")
# Verbs whose passive names its speaker after "by" before a "that" clause: "Drivers have
# been told by regional officials that they may leave ...", "We were assured by the
# governor that ..." (statements._passive_tellers). The agentless passive ("were told that
# ...") stays unannotated, as the rules say.
PASSIVE_TELLING_VERBS = _w("told informed notified assured warned promised")
# What carried the words, never their speaker, after such a "by": "were told by telephone
# that ...", "was informed by letter that ...".
TELLING_MEANS = _w("phone telephone letter email e-mail text radio mail fax message messenger"
                   " post courier")
# ... and a "by" of time, no agent: "were told by the time they arrived that ...", "by the
# end of the week", "by Monday".
BY_TIME_WORDS = _w("time end start beginning middle close then now noon midnight dawn"
                   " dusk nightfall morning evening afternoon night weekend today tomorrow")
# The singular present of a body's estimate, read as its past "estimated that" is: "WFP
# estimates that partners have fuel for fewer than ten days" (statements._present_estimates).
# "estimates" is also the plural noun: "Official estimates that were published ..." (a verb
# after "that") stays nothing.
PRESENT_ESTIMATING = _w("estimates")
# Words after a noun's "that" that make it a relative clause, not the words reported.
RELATIVE_THAT_VERBS = _w("was were is are has have had put puts show shows showed gave give"
                         " gives appeared appear appears circulated")
# People of a museum, a library or an archive, persons as "our driver" is one ("According
# to our deputy curator, Dr Samia El-Tayeb, who visited the building, ...": the name speaks).
PERSON_WORDS = PERSON_WORDS | frozenset(_w("curator archivist librarian conservator"))
# A clause of time opened by these, with a speech verb in the present, tells of words still
# to come, a hypothetical as "once ..." is: "new dates will be set when the army tells us
# the roads are safe" (statements._sentence). The past reports words said: "When the army
# told them the road was clear, the families went home".
FUTURE_TIME_OPENERS = _w("when whenever before after")
PRESENT_TELLING_FORMS = frozenset(_w("says say tells tell announces announce confirms confirm"
                                     " informs inform notifies notify"))
# The issuer of a letterhead set in capitals before a dash and its country: "LOGISTICS
# CLUSTER - ETHIOPIA", "PROTECTION CLUSTER - SOMALIA", "COUNTRY OFFICE - CHAD" name who
# writes the notice and where, no words of the place's (statements._headline).
LETTERHEAD_ISSUERS = _w("cluster clusters office mission programme program secretariat unit"
                        " desk committee delegation team")
# ------------------------------------ after round 47: casualty and date leftovers (no set)
# Phrases that wake a sentence for the casualty rules though they hold no cue word
# (casualty_woken.py): a home left under duress, "Some 600 people had to leave their
# homes" ("leave" is no cue word: it woke too many sentences when it was one), and wounds
# told in the present by their kind, "Two of the children have burns from the blast"
# ("burns" and "fractures" are no cue words). The rules that read them were there
# (casualty_aftermath.py); only the sentence was never read.
WAKING_PHRASES = _p("had to leave|had to abandon|have to leave|has to leave"
                    "|have burns|has burns|have fractures|has fractures|have broken bones"
                    "|has broken bones|have broken limbs|has broken limbs")
# Verbs of arrest with a particle, as police and wire copy writes them (casualty_custody.py):
# "Police hauled in dozens of protesters", "Security forces picked up 25 young men". People
# must follow; "picked up" also needs a force of the state named before it, since it is a
# rescue or a ride as often ("Rescuers picked up 25 survivors", "the bus picked up 40
# passengers").
ARREST_PHRASAL_VERBS = _p("haul in|hauls in|hauled in|hauling in"
                          "|pick up|picks up|picked up|picking up")
OUTCOME_VERBS["arrested"] = OUTCOME_VERBS["arrested"] + ARREST_PHRASAL_VERBS
# The forces that arrest (before "picked up"): the police, the army and its soldiers.
ARRESTING_FORCES = _p("police|policemen|security forces|security agents|security personnel"
                      "|soldiers|troops|army|gendarmes|gendarmerie|intelligence agents"
                      "|intelligence officers|agents|militia|militiamen|plainclothes")
# The forces whose taking people from their homes is an arrest (casualty_custody.py):
# "police took two brothers from their home"; soldiers and militias taking people may be
# abducting them.
# (round en186) The forces that keep a border or a coast are police too: "Border guards
# are holding 30 migrants", "the coast guard is holding 40 people at the port".
HOME_TAKING_FORCES = _p("police|policemen|security forces|security agents|gendarmes"
                        "|gendarmerie|intelligence agents|plainclothes officers"
                        "|border guards|border police|border patrol|border agents"
                        "|coast guard|coastguard|coast guards|coastguards"
                        "|immigration officers|immigration police|immigration officials")
# People a force picks up in a rescue, not an arrest: "troops picked up 25 survivors".
PICKED_UP_RESCUED = _w("survivors survivor castaways migrants passengers wounded injured"
                       " bodies casualties")
# Past verbs without "-ed" that may follow "N of those <participle>" (casualties.py,
# `_OF_THOSE`): "Two of those abducted fled", "three of those held told reporters"; a
# past in "-ed" is read by its ending ("Two of those abducted managed to escape").
THOSE_THEN_PAST = _w("fled told said spoke went came got gave ran escaped")
# A toll whose new value comes before it, as wire copy fronts it (casualty_fronted_toll.py):
# "bringing to 19 the number of dead", "raising to 23 the death toll", "taking to 40 the
# number of people killed this week". The verbs that carry a toll to its value ...
TOLL_CARRYING_VERBS = _w("bring brings bringing brought raise raises raising raised take"
                         " takes taking took push pushes pushing pushed lift lifts lifting"
                         " lifted increase increases increasing increased")
# ... and the toll nouns after the value, with the outcome each counts (the dead unless the
# wounded are named).
FRONTED_TOLLS: dict[str, str] = {
    **{n: "killed" for n in _p(
        "death toll|toll|overall toll|overall death toll|total death toll|number of dead"
        "|number of the dead|number of deaths|number killed|number dead|number of people killed"
        "|number of those killed|number of victims|number of fatalities|number of martyrs"
        "|body count|death count")},
    **{n: "wounded" for n in _p(
        "number of wounded|number of injured|number of the wounded|number of the injured"
        "|number wounded|number injured|number of people wounded|number of people injured")},
}
# A running total with no toll noun (casualty_running_total.py, round 80): "..., bringing
# the total to 22", "raising the overall tally to 31". The noun names no outcome; the
# figure before it in the clause gives it.
RUNNING_TOTAL_NOUNS = _w("total tally")
RUNNING_TOTAL_ADJECTIVES = _w("new overall grand running cumulative")
# Days of the month as ordinal words (date_ordinal_words.py): "the fifth of March", "March
# the fifth", "March fifth", as speech, letters and some regional copy write them. Hyphen
# or space inside the compounds ("twenty-first", "twenty first").
_ORDINAL_UNITS = _w("first second third fourth fifth sixth seventh eighth ninth")
DAY_ORDINAL_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(_w(
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth"
        " eighteenth nineteenth twentieth"))},
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_ORDINAL_UNITS) for sep in ("-", " ")},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}
# Words that single out one of several people of the same description ("the second
# witness", "the other guard"): a pronoun resolved to "the second witness" is not the
# name the text gave "the first witness" (statements._description_name).
SINGLING_OUT_WORDS = frozenset((*(w for w in DAY_ORDINAL_WORDS if " " not in w),
                                "other", "last", "next", "another"))
# A crowd's movement over a frontier told by a verb of mass (casualty_crowd_flight.py):
# "Thousands streamed across the border into Chad to escape the fighting". The verbs move
# crowds anywhere ("fans poured across the border for the match"), so the flight must be
# said after them: "to escape" / "to flee" / "fleeing" / "escaping" the violence
# (FLED_VIOLENCE), or "from the fighting".
CROWD_MOVING_VERBS = _w("streamed poured flooded surged spilled flocked swarmed trekked")
CROWD_FLIGHT_OPENERS = _p("to escape|to flee|fleeing|escaping|running from|from")
WAKING_PHRASES += _p("to escape the|escaping the")
# People held with a term of detention after them (casualty_custody.py): "The army held 12
# villagers in detention", "Police are holding 40 activists in custody" are arrested, not
# captives (the passive is read by the rule of detention's terms in casualties.py).
DETENTION_TERMS = _p("in custody|in police custody|in detention")
# ... and held to be questioned, which the earlier rounds keep short of an arrest ("Five men
# were taken in for questioning" is no figure): "Police are holding 30 people for
# questioning" is no captive either.
QUESTIONING_TERMS = _p("for questioning|for interrogation")
# (round en165) An outcome word after a count that is no verb, so that words after it are
# never its object: "the 19 dead the ministry gave in March" (casualties.py).
# The outcomes a headline's next count carries as its own: "Five Killed 20 Wounded in Blast"
# (the count after "Killed" is no object of it).
HEADLINE_COUNT_OUTCOMES = _w("killed dead wounded injured hurt missing")
OBJECTLESS_OUTCOMES = _w("dead")
# (round en179) ... and verbs of dying that take no object, so that a time after them is
# no victim counted by their subject as killer: "a 16-year-old porter died three days
# later", "succumbed a week later", "died the next day".
OBJECTLESS_DEATH_VERBS = _w("died succumbed perished")
# (round en235) ... and a time told right after any such verb is no object either, so the
# count before it stays its subject: "Three of his friends vanished the same month",
# "Two reporters disappeared the next day", "dozens still held two months after the unrest"
# (casualties.py, ``_TIME_NOT_OBJECT``). The time is a day or a span named with "the same",
# "the next" and the like, or a count of them "later", "after", "earlier" or "ago".
TIME_NOT_OBJECT_LEADS = _w("same next following previous")
TIME_NOT_OBJECT_NOUNS = _w("hour hours day days night nights morning evening afternoon"
                           " weekend week weeks month months year years")
TIME_NOT_OBJECT_TAILS = _w("later after afterwards earlier before ago")
# (round en165) ... but people a state's force took or led away to be questioned were put
# in its custody, as "took 15 people into custody" is: "Police took 12 youths away for
# questioning", "soldiers led away five men for interrogation" (casualty_took_questioning.py).
QUESTIONING_TAKERS = (*ARRESTING_FORCES, "gendarmes", "officers")
QUESTIONING_TAKING_VERBS = (*TAKING_VERBS, *_w("led lead leads leading marched"))
# Arrest in South Asian and tabloid headlines: "Police nab 3 for murder of trader".
OUTCOME_VERBS["arrested"] = OUTCOME_VERBS["arrested"] + _w("nab nabs nabbed nabbing")
# Deaths told by the manner of killing: "Four villagers were burned alive", "Two men were
# hanged in the square", "Five men were found hanged" (an execution is a death, README).
OUTCOME_PARTICIPLES["killed"] = OUTCOME_PARTICIPLES["killed"] + _p(
    "burned alive|burnt alive|hanged")
# ... of which those said of things too count only people: "Twelve portraits were hanged"
# (casualties.py, as "Three IEDs were neutralised").
PEOPLE_ONLY_DEATHS = _w("hanged")
# ... and the missing by "vanished", as by "disappeared": "Two activists vanished after
# being stopped at a checkpoint".
OUTCOME_PARTICIPLES["missing"] = OUTCOME_PARTICIPLES["missing"] + _w("vanished")
# Verbs whose particle "over" stands before a count (casualties.py, `_HANDED_OVER`): "The
# rebels handed over 11 captives" is 11, no bound ("killed over 11" is more than 11).
HANDING_OVER_VERBS = _w("hand hands handed handing turn turns turned turning")
# A weekday counted in weeks from the nearest one (date_weekday_shift.py), as British and
# Commonwealth copy writes it: "the Sunday before last" (a week before last Sunday),
# "Monday week" (a week after the coming Monday), "two Fridays ago".
WEEKDAY_COUNTS_AGO = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# A fraction of a scale word as a count (numbers.py): "Nearly half a million people have
# been displaced" is 500,000 (it was read as "a million"), "a quarter of a million", "three
# quarters of a million".
SCALE_FRACTIONS: dict[str, float] = {
    "half a": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75,
    "three-quarters of a": 0.75,
}
# People left with wounds by the act, as "suffered" and "sustained" them: "Five people were
# left with serious injuries".
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"left with {kind}{noun}" for kind in ("", "serious ", "severe ", "critical ", "minor ")
    for noun in _w("wounds injuries"))
# Burns are wounds of the same attack (round en100): "A third officer suffered minor burns"
# is wounded as "sustained minor wounds" is, and "treated for burns" and "with severe
# burns" are read already. How bad they were may stand before them.
BURN_SEVERITIES = _w("minor serious severe critical multiple")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"{verb} {kind}burns" for verb in _w("received sustained suffered")
    for kind in ("", *(f"{k} " for k in BURN_SEVERITIES)))
# The passive of "rendered homeless", as South Asian and African copy writes "made
# homeless": "Over 200 families have been rendered homeless" (the active is read since
# round 47, HOMELESS_MAKING_VERBS).
OUTCOME_PARTICIPLES["displaced"] = OUTCOME_PARTICIPLES["displaced"] + _p("rendered homeless")
# What "last" heads after "<weekday> before" when it is no count of weeks: "the Sunday
# before last year's election", "the Friday before last night's attack"
# (date_weekday_shift.py).
BEFORE_LAST_HEADS = _w("year week month night weekend time summer winter spring autumn")

# ------------------------------------------------- round 49: casualty and date families
# Verbs that trace a thing to its origin with "back to" (dates.py): "a feud that dates back
# to 1998", "the dispute goes back to 2004", "unrest traced back to 2011". The year after
# is a time; "rose to 1998" or "fell back to 1998" stays a count.
ORIGIN_BACK_VERBS = _w("date dates dated dating go goes going went trace traces traced"
                       " tracing hark harks harked harking")
# What sets an earlier value against the one a clause gives (date_direction.py): "will be
# quoted at 0.7 percent, against 0.05 percent before November", "fares rise to $5, up from
# $3 in March". The month dates the earlier value, so it lies behind, whatever the tense.
EARLIER_VALUE_MARKERS = _p("against|up from|down from|compared with|compared to")
# ... the words that put the earlier value at its time
EARLIER_VALUE_TIMES = _w("before in until till during")
# Counts beside a figure's words that count no casualties (casualty_counted_otherwise.py):
# the size of a band ("the attackers, numbering about 80, had beheaded ..."), ...
BAND_SIZE_WORDS = _w("numbering numbered number")
# ... unless the band is of the victims themselves: "Refugees numbering about 5,000 have
# crossed into Chad", "detainees, numbering some 300, ..."
BAND_OF_VICTIMS = (*OUTCOME_HEAD_NOUNS, *_w("displaced wounded injured missing"))
# ... people who have since come home ("some 9,400 of them have since returned"; as the
# fourth set read displaced people who "have now gone home"), ...
HOMECOMING_VERBS = _p("returned|gone home|gone back|come home|come back|went home|went back"
                      "|came home|came back|returned home")
# ... and people a plan or a forecast counts on ("plan for a further 50,000 newly
# displaced people by June", "expect another 20,000 displaced"), as the tenth set left out
# "families expected to leave the area".
PLANNING_FOR = _p("plan for|plans for|planning for|planned for|prepare for|prepares for"
                  "|preparing for|budget for|budgets for|budgeting for|expect|expects"
                  "|anticipate|anticipates|project|projects|forecast|forecasts")
PLANNED_COUNT_OPENERS = _p("a further|another|an additional|some|up to|as many as")
# Where an outcome took place, told between its noun and "of" (casualties.py): "the death
# in custody of a young woman", "the deaths in detention of two students".
NOMINAL_SETTINGS = _p("in custody|in police custody|in detention|in prison|in jail")
# A time between a passive outcome and its companions (casualties.py): "was detained on
# the evening of 5 January with four other young men", "was killed on Sunday with two of
# his sons". A place there stays a question of who was held ("killed in a clash with 20
# rebels" are the other side).
COMPANION_TIME_WORDS = (*(m.lower() for m in MONTHS), *(d.lower() for d in WEEKDAYS),
                        *_w("morning evening night afternoon dawn dusk midnight noon"))
# Captives of the sentence before, some of them freed or back (casualty_captives_back.py):
# "The attackers took away at least 12 girls. Three of them escaped and came back on
# Sunday." "were released" and "were freed" with the homecomings of CAPTIVES_BACK.
CAPTIVES_FREED = _p("were released|were freed|were set free|have been released"
                    "|have been freed|had been released|had been freed")
# ... their participles, after an adverb inside the passive (round 54): "were later released"
CAPTIVES_FREED_PARTICIPLES = _p("released|freed|set free")
# People counted through the places of a detention (casualties.py): "1,120 people passed
# through temporary detention facilities" (a police count of people held), "some 300 were
# held in police cells overnight". A prison is left out: men are sent there on sentence.
DETENTION_PASSAGES = _p("passed through|went through|were processed through|were held in"
                        "|were placed in|were put in|were kept in")
DETENTION_PLACES = _p("detention facilities|detention facility|detention centres"
                      "|detention centre|detention centers|detention center|detention camps"
                      "|detention camp|police cells|holding cells|police lock-ups"
                      "|police lockups")

# ------------------------------------------------- round 50: casualty and date families
# Where people left from, when the place is named by how near it lies (casualties.py,
# after LEAVING_VERBS): "Dozens of families have left nearby villages", "have abandoned the
# surrounding villages" (LEFT_PLACES after these words).
LEFT_PLACE_OPENERS = _w("nearby neighbouring neighboring surrounding outlying border frontline"
                        # ... or by where in the country it lies (round en118): "About 700
                        # families have left the coastal districts of Janzour"
                        " coastal northern southern eastern western central")
# Where people went after a place left by its name (round 51): "about 30 families left
# Sanyang for Senegal", "left Kolo towards the coast".
LEFT_FOR_WORDS = _w("for towards toward into")
# ... which the sentence's gate for flight (FLIGHT_STEMS) must let through.
FLIGHT_STEMS = (*FLIGHT_STEMS, *(f"{verb} {near}" for verb in LEAVING_VERBS
                                 for near in LEFT_PLACE_OPENERS))
# A release wanted is a release asked for (casualties.py, with UNREALISED_NOMINAL_CUES): "the
# gunmen wanted the release of five of their members" says nothing of captivity.
UNREALISED_NOMINAL_CUES = (*UNREALISED_NOMINAL_CUES, *_w("want wants wanted wanting"))
# The participles that say the people of a release were detainees, right after them
# (casualties.py): "the release of 12 students detained last week", "of five of their
# members arrested in May".
ARREST_PARTICIPLES = _w("arrested detained")
# Posts people held when an attack came, after their noun (casualty_clause.py, with the
# place phrases): "Two guards on duty were killed", "officers on guard duty", "soldiers on
# patrol".
DUTY_POSTS = _p("duty|guard duty|sentry duty|night duty|patrol|guard|sentry|watch|foot patrol")
# Admissions to hospital counted by their cause (casualties.py): "1,862 admissions for
# conflict-related injuries", "300 admissions with gunshot wounds" are the wounded, as "201
# injuries" are; admissions for an illness are no casualties.
ADMISSION_NOUNS = _w("admission admissions hospitalisation hospitalisations hospitalization"
                     " hospitalizations")
ADMISSION_INJURIES = _w("injury injuries wound wounds trauma burns")

# Captors no one names, after "taken ... by" (casualties.py): "taken from a bus stop by
# men in a white van", "taken by unidentified men" ("taken to hospital by relatives" and
# "taken by the men to the clinic" stay nothing).
UNNAMED_MEN = _w("unidentified unknown masked hooded")
CAPTORS_VEHICLES = _w("van vans car cars vehicle vehicles pickup pickups jeep jeeps truck"
                      " trucks minibus SUV")
# One of the people counted, named in an insert that ends with these (casualties.py, before
# the predicate): "The other three, my son among them, are still missing", "Four guards,
# my brother included, were killed".
MEMBER_NAMED_ENDS = _p("among them|among whom|included|among the dead|among the victims")
# Irregular participles of events that "is" / "are" put in the present passive, its date
# then ahead of publication (date_direction.py; -ed forms by their shape): "the results are
# announced on Friday", "until the wall is rebuilt in August".
EVENT_PARTICIPLES = _w("held done rebuilt built paid sent given taken begun run")
# Anyone at all, in a rule's clause of condition or time (casualties.py): "while a person
# remains missing", "if a person is detained", "when an individual goes missing". The
# noun, the opener right before its article and a present verb right after it, all three.
GENERIC_PERSONS = _w("person individual")
GENERIC_CLAUSE_OPENERS = _p("while|if|when|whenever|until|unless|once|where|as long as")
GENERIC_PRESENT_VERBS = _p("is|remains|goes|stays|has been|becomes|dies|gets")
# Capitalised plurals that name fighters or a party's members, not a people (casualties.py,
# a crowd named by its name): "hundreds of Houthis have fled" is a retreat, "Hundreds of
# Democrats have fled the party" a defection.
CROWDS_NOT_PEOPLES = _w("houthis islamists jihadists rebels troops forces marines rangers"
                        " peshmergas militias democrats republicans conservatives socialists"
                        " liberals communists nationalists loyalists unionists members")

# ------------------------------------------------------ round 50: statement families
# The writer's own voice announcing what it is about to say (statements._not_speech): "Let
# me say first that ...", "let us be clear and say that ...": the text's author, no source.
OWN_ANNOUNCING_LEADS = _p("let me|let us|let's|allow me to|may I")
# Adjectives of time or kind before "reports", "claims", "notes" that make the word the
# plural noun (added to PLURAL_PAPER_DETERMINERS): "as late reports come in", "fresh
# claims of abuse", "initial reports put the toll at ...".
PLURAL_PAPER_DETERMINERS = PLURAL_PAPER_DETERMINERS + _w(
    "late later fresh further initial early unconfirmed conflicting new"
    " Late Later Fresh Further Initial Early Unconfirmed Conflicting New")
# Nouns that make "notes", "reports" after them one compound noun, a kind of paper, never a
# subject and its verb: "Release notes, version 4.2", "Situation reports from the field",
# "Patch notes".
PAPER_COMPOUND_HEADS = _w("release patch programme program lecture briefing meeting situation"
                          " incident progress status field case liner cover")
# A preposition and a determiner before "notes", "reports", "claims", "promises" make it
# the plural noun, the preposition's object (statements._not_speech, round 58): "in the
# December notes I wrote ...", "from the latest reports".
PAPER_PREPOSITIONS = _w("in from of on under through with into")
PAPER_OBJECT_DETERMINERS = _w("the a an my our his her its their this that these those")
# What "adds" things rather than words (statements._not_speech): "This release adds events
# up to 30 April", "The update also adds a field for the source": a version of a dataset,
# a program or a text gains parts; no one speaks ("The report adds that ..." still does).
ADDING_EDITIONS = _w("release releases update updates version versions edition editions"
                     " upgrade patch dataset database changelog revision amendment")
# An amount that "adds" to a journey, a bill or a total (statements._not_speech, round 58):
# "The detour adds about 60 kilometres and two hours", "added 5 percent to costs": a
# measured quantity, no words ("added 20 people had died" still reports a clause).
ADDED_AMOUNT_UNITS = _w("km kilometres kilometers kilometre kilometer miles mile metres meters"
                        " metre meter yards feet minutes minute hours hour days day weeks week"
                        " months month years year percent per cent dollars euros pounds pesos"
                        " rupees dinars tonnes tons litres liters points")
ADDED_AMOUNT_HEDGES = _p("about|around|roughly|some|nearly|almost|at least|more than|up to"
                         "|another|an extra|a further|an additional")
# The words that make a time after "added" the moment of speaking, not an amount: "added
# two hours later that ...".
ADDED_AMOUNT_NOT_AFTER = _w("later earlier ago before after")
# Words opening a greeting, never a person who is a sentence's subject (statements.
# _person_subject, round 58): "Salaam aleikum.", "Good morning.", "Dear pilgrims,".
GREETING_WORDS = _w("salaam salam assalamu asalamu as-salamu assalam assalaam shalom hello"
                    " hi greetings good dear welcome")
# Adverbs that open a sentence before a comma, never its subject however they are
# capitalised (statements._person_subject, round 58): "Finally, a correction: ...".
OPENING_ADVERBS = _w("finally firstly secondly thirdly lastly sadly happily fortunately"
                     " unfortunately meanwhile however additionally separately similarly"
                     " likewise incidentally frankly honestly clearly obviously anyway"
                     " besides moreover furthermore nevertheless nonetheless regrettably")
# "Other" opening a sentence before "reports", "claims" makes the word the plural noun
# (round 58): "Other reports in the papers say ..." (more of the same papers); "the other
# reports that ..." after "One guard says ..." is one person, so the lower case stays out.
PLURAL_PAPER_DETERMINERS = PLURAL_PAPER_DETERMINERS + _w("Other")
# Heads of a log's sources named before a colon (statements._log_colon_sources, round 58):
# "1105 Kessa station: ...", "0930 Tolo post: ...", a place's station, post or clinic.
LOG_SOURCE_HEADS = _w("station post base camp clinic hospital office control headquarters"
                      " command mission checkpoint")
# A question put to someone before the verb (statements._not_speech, round 58): "Mariana,
# can you say when the towers come back?", "Could you tell us whether ...": the one asked
# has said nothing yet.
QUESTION_MODALS = _w("can could will would")
QUESTION_FILLERS = _w("please just perhaps maybe also now briefly")
# Participles of reporting right after a bare subject and before its own verb, with their
# agent after "by" (statements._not_speech): "Events reported only by armed groups'
# channels are now flagged", "Attacks claimed by the group were recoded": a reduced
# relative on the subject, no one's words.
REDUCED_REPORT_PARTICIPLES = _w("reported claimed announced confirmed posted published"
                                " denied alleged")
REDUCED_AGENT_ADVERBS = _w("only first also mainly chiefly solely initially largely")
SUBJECT_OWN_VERBS = _w("are were is was have has had will would may might can could"
                       " remain remains stay stays")
# Parties sent out that come back and report, as heads of a subject with a relative "that"
# (statements._subject_relative_that, besides the source and document nouns): "A mobile
# team that reached the village on Wednesday reported that ...", "A delegation that
# visited the camp said ...".
SENT_OUT_PARTIES = _w("team teams delegation delegations patrol patrols crew crews convoy"
                      " convoys expedition survey")
# Slips of typing in the commonest source introducer, read as it is (round 50): scraped
# and hurried copy drops or swaps a letter ("Acording to the prosecutor, ...").
MISTYPED_ACCORDING = _p("acording to|accoridng to|accroding to|accordng to|accordign to")
SOURCE_INTRODUCERS = SOURCE_INTRODUCERS + MISTYPED_ACCORDING
AS_BY_INTRODUCERS = AS_BY_INTRODUCERS | frozenset(MISTYPED_ACCORDING)
# A press release's formal opener before its verb of telling (statements._formal_openers):
# "The Command wishes to inform the public that ...", "The Ministry is pleased to announce
# that ...", "The Service regrets to announce that ...": the body tells what follows.
FORMAL_OPENERS = _p("wishes|wish|would like|would wish|is pleased|are pleased|is glad"
                    "|regrets|regret|is sorry|are sorry|hereby wishes|desires"
                    # a loss told as the body's grief (round en104): "The Ministry is
                    # saddened to report that two men died ..."
                    "|is saddened|are saddened|is deeply saddened|are deeply saddened")
FORMAL_TELLING = _w("inform announce state confirm notify advise assure report")
FORMAL_HEARERS = _p("the public|the general public|members of the public|the nation"
                    "|the press|the media|journalists|residents|the people|citizens|you|us"
                    "|all concerned|its customers|our customers|the families")
# Verbs that put a quote on a thing named before "as" (statements._BEFORE_QUOTE): 'described
# the attack as "well planned ..."', 'termed the talks "a waste of time"' is what the
# subject said of it, as 'called the payments "a bribe"' is.
DESCRIBING_VERBS = _w("described describes characterised characterized characterises"
                      " characterizes branded brands termed terms dismissed dismisses")
# Nouns of a run of attacks a group claims in a headline's plain present (statements.
# _not_speech): "Corsican nationalists claim wave of bombings", "Rebels claim series of
# attacks on army posts".
ACT_SERIES_NOUNS = _w("wave series string spate spree campaign")
# Who receives something before a relative that speaks (statements._antecedent, beside
# HEARD_FROM): "Questions can be sent to the data team, which says it answers within five
# days", "The money was handed to a local charity, which said ...": the one it went to.
SENT_TO = _p("sent to|handed to|handed over to|passed to|passed on to|given to|forwarded to"
             "|addressed to|delivered to|submitted to|referred to|directed to|paid to")
HEARD_FROM_ALSO = HEARD_FROM_ALSO + SENT_TO
# A line that says a text is printed whole after it (statements._full_texts): "The full
# text follows.", "It is printed in full below.", "The statement reads in full:".
FULL_TEXT_CUES = _p("full text follows|full text is below|text follows|follows in full"
                    "|printed in full below|reproduced in full below|published in full below"
                    "|reads in full|read in full|reads as follows|read as follows")
# Who gave such a text, as the line says ("The family ... read a statement to reporters"):
# the verbs, in the past, with the text as their object.
TEXT_GIVING_VERBS = _w("read issued released published delivered gave sent made")
# A span of time fronted before a clause's subject without its comma ("Within the hour
# the governor's office said", "By the evening NATO had confirmed"): the prepositions,
# written with a capital as a sentence's first word, and the nouns of time they take.
FRONTED_TIME_PREPOSITIONS = _w("Within By After Before During Over On In At Until Since For")
FRONTED_TIME_DETERMINERS = _w("the a an that this next two three four several few")
FRONTED_TIME_NOUNS = _w("hour hours minute minutes day days week weeks month months year"
                        " years morning mornings evening evenings afternoon night nightfall"
                        " weekend dawn dusk noon midday midnight time"
                        # (round en198) "Until then it advises ...", "Since then the union
                        # says ...", "For now the army says ..."
                        " then now")
# When a source spoke, closing an attribution after the speaker (statement_content.py,
# round en161): "police told us shortly after midnight", "a trader said just before dawn",
# "officials said this morning". The points of the day such a phrase names, the words
# that bring them near and the parts of the day after "this".
SAYING_TIME_POINTS = _w("midnight noon midday dawn daybreak dusk nightfall sunrise sunset")
SAYING_TIME_NEARNESS = _w("shortly just soon moments minutes hours")
SAYING_TIME_PARTS = _w("morning afternoon evening week")
# Two sources joined by "and" before one verb each speak (statement_joint_speakers.py,
# round en161): "police and hospital officials said", "a relative of one of the captives
# and a district official said". The heads of such a source beside SPEAKER_NOUNS (the
# people of a place or a family, who speak for themselves in such copy) ...
JOINT_SPEAKER_EXTRA_HEADS = _w("relative relatives resident family families neighbour"
                               " neighbours neighbor neighbors elder nurse nurses medic")
# ... the words that open the second source when the first ends in an "of" phrase (without
# one, "the minister of defence and veterans" is one title) ...
JOINT_SPEAKER_OPENERS = _w("a an the one two three four several some many other its his her"
                           " their local")
# ... and the words that show a phrase is no source of its own: a relative or a place, a
# time or a verb on it ("a woman who lost her husband and daughter", "posts shared on
# Facebook and Telegram", "residents in Musaga and Ngagara").
JOINT_SPEAKER_BLOCKERS = _w("who whose which that whom on in at from by with for to into"
                            " near after before during since is are was were has have had"
                            " shared quoted cited")
# A document's verbs closing the words it holds after a quote or a clause
# (statement_document_closing.py, round en161): '"...," the report states.', "..., the
# inquiry found." Before "that" these are read already; closing a sentence, "states" and
# "found" are the document's telling, never the noun or a discovery.
DOCUMENT_CLOSING_VERBS = _w("states stated finds found concludes concluded")
# A body's appeal in the first person inside its own briefing or statement
# (statement_release_voice.py, round en161): "We call on the authorities to ...", "We
# also urge ...". The verbs of the appeal after "we" (and an adverb) ...
RELEASE_APPEAL_VERBS = _p("call on|call upon|urge|ask|appeal to")
RELEASE_APPEAL_ADVERBS = _w("also further again strongly once")
# ... and the kinds of paper whose heading names the body that issues them: "Press
# briefing notes", "Statement by the Kessa Red Lantern Society", "STATEMENT OF THE ...".
RELEASE_PAPERS = _p("press briefing notes|briefing notes|press release|news release"
                    "|statement")
# ... and the words that qualify the paper in its heading, no body: "Press briefing notes",
# "PRELIMINARY STATEMENT", "Joint statement".
RELEASE_PAPER_QUALIFIERS = _w("press news joint preliminary final public official closing"
                              " opening")
# A motion tabled in a parliament or council opens "That this House ..." and goes on in
# clauses, each a verb of the body with its object, joined by semicolons. The bodies, and
# the clause verbs that report or ask (the corpus rules' "noted that", "called on",
# "urged"); "is appalled by", "recognises", "welcomes" give no words.
MOTION_BODIES = _w("House Council Assembly Conference Parliament Chamber Senate")
MOTION_NOTING_VERBS = _w("notes")
MOTION_ASKING_VERBS = _p("calls on|calls upon|urges")
# A demand or appeal joined by a bare "and" to the words of a verb of saying ("said they
# were holding four men and demanded that ...", "announced that 300 people are sheltering
# in schools and appealed for tents"): the verbs, in the past, and what opens their object.
JOINED_DEMAND_VERBS = _w("demanded appealed urged")
JOINED_DEMAND_OPENERS = _w("that for")
# The words' own verbs that show the clause is not the demander's: the present ("are
# sheltering", "remains"), where the joined past verb breaks the tense.
PRESENT_AUXILIARIES = _w("is are remains remain has have")
# Modals of obligation before a verb of saying: "But I must say what the families told
# me", "We must say it plainly": the speaker's own voice now, no report of words said.
OBLIGING_MODALS = _w("must should")
# Verbs of saying a demand asks for, bare after "and" (statement_demanded_say.py): "must
# release the workers and say where they are held" is what is demanded, no speech (round
# en173).
DEMANDED_SPEECH_VERBS = _w("say tell explain disclose")
# Promises whose object is the noun before them, in a relative clause without its "that"
# ("the payments the government promised them in 2017"): the noun is the promise.
PROMISING_PAST = _w("promised pledged")
# Verbs of telling before a noun, which make the noun a hearer and what follows a clause
# ("told the villagers the government promised them land").
HEARER_BEFORE_VERBS = _w("told tell tells informed reminded warned assured")

# ------------------------------------------------------ round 54: statement families
# Adjectives of a schedule before "reports", "notes" that make the word the plural noun
# (added to PLURAL_PAPER_DETERMINERS): "compares the agency's monthly reports with ...",
# "weekly notes from the field" (papers issued on a schedule, never a subject's verb).
PLURAL_PAPER_DETERMINERS = PLURAL_PAPER_DETERMINERS + _w(
    "daily weekly fortnightly monthly quarterly annual yearly periodic regular"
    " Daily Weekly Fortnightly Monthly Quarterly Annual Yearly Periodic Regular")
# Texts that name themselves with "this" as the subject of a verb of saying ("This paper
# argues that ...", "this article asks why ..."): the author's own voice, as "we" is; a
# report or study named by its author or with "the" is still a source.
# Bodies of research and record that speak for themselves, added to the speaker nouns:
# "the institute said", "according to the bureau 40 people ..." in copy with no commas,
# where only a listed head closes the source ("the statistics bureau", "the university").
SPEAKER_NOUNS = SPEAKER_NOUNS | frozenset(_w("institute institutes bureau university"
                                             " foundation institution"))
OWN_TEXT_NOUNS = _w("paper article chapter essay thesis dissertation study abstract"
                    " contribution")

# ---------------------------------------------------------------- round 53: casualty families
# The verb after an outcome's noun that lists the people it names (casualty_members.py):
# "the dead were", "the injured included". Its "the" is the noun's own, no sign of a
# participle used as an adjective ("The released crew, five Indians, ...").
LIST_NAMING_LINKS = _w("were are was is included include includes")
# Words that open the phrase after a listed victim, beside the regular participles in -ed
# and -ing (round en100, casualty_members.py): "four young men shot during clashes, a
# gendarme", "two brothers from La Luz and a driver", "two brothers aged 16 and 19 and".
MEMBER_PHRASE_OPENERS = _w("from aged shot hit struck caught taken beaten burnt slain")
# ... and words in -ed or -ing that open no such phrase: "including" goes on with the list,
# "red" and "bed" end no participle.
MEMBER_PHRASE_NOT_OPENERS = _w("including excluding red bed wed")
# Participles of release before a captive's noun in a partitive (casualty_members.py):
# "Four of the freed hostages were children" (freed captives stay captives in the gold).
RELEASE_PARTICIPLES = _w("freed released rescued")
# (also after "of those" or "of the people", casualties.py: "76 of the people freed" are
# some of the people held before them)

# ---------------------------------------------------------------- the casualty grids, issue 11
# Companions after a place between the passive and "with" (casualties.py): "was killed in
# Tor with four other men", "was arrested at a checkpoint near Tor along with 12 fellow
# students"; "other" and "fellow" say the companions share the outcome.
COMPANION_OTHERS = _w("other fellow")
# A proportion before the figure's people (casualties.py, "_subsets"): "Half of the camp's
# 31,000 residents have fled" counts no 31,000 (the rules leave proportions out).
PROPORTION_WORDS = _p("half|most|a third|a quarter|a fifth|two-thirds|two thirds"
                      "|three-quarters|three quarters|the majority|a majority|a fraction")
# Adverbs inside the passive of captives freed (casualty_captives_back.py): "Three of them
# were later freed", "have since been released" is the perfect's own.
# A whole named again by a noun of its outcome, whose named part keeps that outcome (round
# 73): "Eleven of the victims were children" after a killing, "37 of the patients were
# children" after the wounded taken in.
PART_WHOLE_OUTCOMES: dict[str, frozenset[str]] = {
    "victims": frozenset(("killed", "wounded")),
    "dead": frozenset(("killed",)),
    "patients": frozenset(("wounded",)),
    "injured": frozenset(("wounded",)),
    "wounded": frozenset(("wounded",)),
}
PART_ADVERBS = _w("later since then subsequently eventually finally also")
# A headline's bare title that names its holder by the post (casualty_phrase.py): "Gunmen
# kill village head, 2 bodyguards", "abduct school head and 3 pupils".
HEADLINE_POST_TITLES = _w("head elder chieftain")
# Verbs of a rise before "by <amount> to <value>" or "from <old> to <new>" (casualties.py,
# "_REVISED_FROM", with REVISION_VERBS): "the number of displaced increased by 2,000 to
# 12,000" is 12,000.
RISE_VERBS = _w("increased grew swelled")

# ------------------------------------------------ round 58: casualty and date families
# A year hedged after a birth is a date, as after "since" (dates.py, YEAR_BOUND_WORDS):
# "born around 1971", "born in about 1965" ("around 1971 people" would be a count).
YEAR_BIRTH_WORDS = _p("born|born in")
# Documents numbered in four digits (dates.py): "resolution 2083 (2012)", "RESOLUTIONS 1267
# (1999) AND 1989 (2011)", "Decree 1996 of 2004": the number is the document's, not a
# year ("the 1999 resolution", "a resolution adopted in 1998" keep their years).
NUMBERED_DOCUMENTS = _w("resolution resolutions decree decrees law laws UNSCR SCR")
# Verbs of reserving or promising before "for" and a date (dates.py, date_direction.py):
# what is booked or promised for a day lies ahead of the booking, as what is "scheduled
# for" it does: "booked a flight for March", "the room, promised for April".
RESERVING_VERBS = _w("book books booked reserve reserves reserved promised")
# (round en194) a day set or fixed for an event is reserved for it the same way, ahead of
# the act that set it even told in a past perfect: "a hearing had been set for 9
# September" in an August report ("the hearing set for 9 May was cancelled" stays past).
RESERVING_VERBS += _w("set fixed")
# A weekday excepted from every day of a week (date_names.py): "open daily except
# Thursday", "every day but Friday" names every week's Thursday, no one day.
EVERY_DAY_WORDS = _p("daily|every day|seven days a week")
EXCEPTING_WORDS = _w("except but save excluding")
# Prepositions whose object an article opens (casualties.py): "Four drivers working for a
# contractor have been missing" counts the drivers; "a contractor have" cannot agree, so
# the plural verb is the subject's before the preposition.
ARTICLE_OBJECT_PREPOSITIONS = _w("for with from by of at near to in")
# Participles of an outcome used as an adjective on a partitive's noun (casualties.py):
# "several of the captured soldiers were executed" are killed; the participle says what
# befell them before, the predicate what befell the part ("Two of the wounded patients were
# moved" keeps the participle's outcome).
PARTITIVE_OUTCOME_PARTICIPLES = _w("captured kidnapped abducted detained arrested wounded"
                                   " injured hurt missing displaced")

# ---------------------------------------------------------------- casualties, round 62
# Civilians who serve beside an army, killed or taken with it: "killed 15 soldiers and a
# civilian auxiliary", "two auxiliaries were wounded" (casualties.py).
PERSON_WORDS = PERSON_WORDS | frozenset(_w("auxiliary auxiliaries"))
# the plain word for young men or comrades in letters and quotes (round en75): "Two of
# our lads were taken away that day"
PERSON_WORDS = PERSON_WORDS | frozenset(_w("lad lads"))
# A hospital's tally by the care a sub-group needed, as by condition: "six needed
# surgery", "three of them underwent surgery" are wounded (casualties.py, triggers.py).
SURGERY_VERBS = _w("needed need needs required require requires underwent undergo undergone")
SURGERY_NOUNS = _w("surgery surgeries operations amputations")
# ... or sent on for it (round 64): "nine were referred for surgery", "two were flown to
# the capital for surgery" is left (a place between).
SURGERY_REFERRALS = _w("referred transferred sent scheduled booked")
# A finding before a person noun is its adjective, not the verb's ("among them a presumed
# bomb-maker", round 64), though it ends a group before "dead" ("Fifteen presumed dead").
FINDING_BEFORE_PERSON = _w("presumed")
# ... and how wounded already counted are moved on for care, to a named place, after the
# wounded in the same sentence (round 64): "five were evacuated to Goma".
WOUNDED_MOVED_ON = _w("evacuated airlifted flown"
                      # (round en194) "and two are being taken to Kessa" after the wounded
                      " taken")


# ---------------------------------------------------------------- the statement engine's words
# (issue 11: the word sets the statement modules held as literals, moved here unchanged; the
# sets derived from sets above are written last in the file so they see their final values)

# The articles: a noun phrase's opening, never a name or a speaker's head.
ARTICLES = frozenset(_w("the a an"))
# Round 67: the possessives that open a source's description a closing name follows
# ("according to its spokesperson, Ana Reyes."): the body the description belongs to is
# not the person the name is.
DESCRIPTION_POSSESSIVES = frozenset(_w("its his her their"))
# Round 94: nouns a writer uses only to mention again a body already named ("The group
# denied it", "The organisation is calling on ..."): an "it" after one stands for the name.
ANAPHORIC_BODY_NOUNS = frozenset(_w("group organisation organization charity"))
# The forms of "be": a copula, no verb of the words' own.
BE_FORMS = frozenset(_w("is was were are be been being"))
# The conjunction that opens reported words after a verb: "told reporters that ...".
COMPLEMENTISERS = _w("that")
# Relative pronouns, which open a modifier of the noun before them.
RELATIVE_PRONOUNS = _w("who which that")
# Relative pronouns that stand as a clause's subject: "the court, which ruled ...".
RELATIVE_SUBJECTS = _w("who which")
# The days a report is dated by, which own no text ("Today's statement" names no owner).
NEWS_DAYS = _w("today yesterday")
# The first person as a speaker: the writer or the speaker's own side.
FIRST_PERSON_SUBJECTS = frozenset(_w("i we"))
# ... and as written, capitals and all (a set test: no lower-casing per entry).
FIRST_PERSON_AS_WRITTEN = frozenset(("I", "i", "we", "We", "WE"))
# The third-person pronouns that stand for a person or a body as a subject.
THIRD_PERSON_SUBJECTS = frozenset(_w("he she they"))
# ... and those that stand for one person only.
SINGULAR_PERSONAL_SUBJECTS = frozenset(_w("he she"))
# The last two letters and the space of "it", "they", "he", "she" as written before a verb
# (a three-character test).
SUBJECT_PRONOUN_TAILS = frozenset(("it ", "ey ", "he ", "IT ", "EY ", "HE ", "It ", "ey ", "He "))
# Object pronouns and indefinite people: never a named agent after "by".
NON_AGENT_OBJECTS = _w("them him her us me you someone somebody people")
# Pronouns that are never a bare source of a figure.
NON_SOURCE_PRONOUNS = _w("it which who that this")
# How news copy names its own outlet: "our correspondent", "this newspaper".
OWN_OUTLET_WORDS = frozenset(_w("our this"))
# Words after a person's head noun that open its modifier: "spokesman for the army", "the
# man who ...".
HEAD_MODIFIER_OPENERS = frozenset(_w("of for at in from with who whose"))
# Round counts in the plural that number people: "dozens of residents".
PLURAL_ROUND_COUNTS = _w("dozens hundreds thousands scores")
# Words that cannot open a speaker's full name before a transcript label.
NON_NAME_OPENERS = frozenset(_w("the a an in at from with is and"))
# Function words that may open a host clause's subject: "What happens next, he said, ...".
SUBJECT_OPENING_FUNCTION_WORDS = frozenset(_w("what who this these those that"))
# Words that open a noted denier's phrase: a determiner, a quantifier or a pronoun.
SPEAKER_PHRASE_OPENERS = frozenset(_w(
    "the their his her its our many some both most all local he she they we"))
# How a text came to the reporter, after its noun: "a memo obtained by", "a letter seen by".
TEXT_ACQUIRING_PARTICIPLES = _w("obtained seen dropped")
# Short words that join a capitalised run without breaking it: "Minister of Defence and Trade".
NAME_RUN_LINKS = _w("of and or to")
# A preposition that opens a relative with its pronoun: "in which", "from whom".
PIED_PIPED_PREPOSITIONS = frozenset(_w(
    "in on at by from with under of through for to during after"))
# Prepositions that tie a noun to its complement, beside those of time and place.
LINKING_PREPOSITIONS = _w("of to for by with")
# Words that open a phrase of time or place (which may be the words' own, after a hearer).
TIME_PLACE_OPENERS = frozenset(_w(
    "after before during from since until at in on when while by following"))
# Determiners of one indefinite thing or person: "a resident", "another official".
INDEFINITE_DETERMINERS = frozenset(_w("a an one another"))
# Words that may stand before an article inside one noun phrase: "transcript of the call".
INNER_ARTICLE_LINKS = frozenset(_w("of for and in on at from to with"))
# Adjectives of sources near the matter: "sources close to", "people familiar with".
ACQUAINTED_ADJECTIVES = _w("close familiar")
# A court's or an inquiry's papers that state: "the ruling states that ...".
RULING_DOCUMENTS = _w("determination judgment judgement affidavit ruling decision indictment")
# The carrier of words quoted from another outlet: "..., quoted by the agency".
CARRYING_PARTICIPLES = _w("quoted")
# Quote verbs whose object makes them an act ("told reporters", "vowed revenge"), so an object
# after them is no reported words.
OBJECT_TAKING_SPEECH_VERBS = ("told", "tells", "asked", "asks", "vowed", "vows", "pledged",
                              "pledges")
# The verbs that make the counted people after a toll its sources ("killing 14 civilians,
# two local officials and a community leader told Reuters"); the plural present too.
LIST_SOURCE_VERBS = _w("said says say told tells reported added announced stated")
# The plural present of "say": "aid agencies say access to the camps is restricted".
PLAIN_SAY = _w("say")
# The forms of "say", which also take rites and plain objects ("said prayers").
SAY_FORMS = frozenset(_w("said says say saying"))
# The forms of "add", which also take an amount ("adds two hours").
ADD_FORMS = frozenset(_w("added adds add"))
# The forms of "tell", which take a hearer before the words.
TELL_FORMS = frozenset(_w("told tells tell"))
# Words that open a reported question after "told <hearer>" (round en203): "told families
# what they already knew", "told us how he escaped", "told him what to do" tell no words of
# their own. "when" and "who" are left out: "told reporters when asked", "told the men who
# guarded him that ..." go on to an account.
TOLD_QUESTION_WORDS = _w("what how why whether where")
# The past and present of "tell" and "ask": a hearer follows, then the words or a request.
TELL_ASK_FORMS = frozenset(_w("told tells asked asks"))
# The forms of "write", an act of writing before "to" and an addressee.
WRITE_FORMS = frozenset(_w("wrote writes write"))
# The forms of "claim", which an armed group uses of its own acts ("claimed to have").
CLAIM_FORMS = frozenset(_w("claim claims claimed"))
# ... and those that take responsibility or an act as object ("claimed the attack").
CLAIMED_FORMS = frozenset(_w("claimed claims"))
# Verbs of saying that are also plural or singular nouns: "the reports", "estimates".
NOUN_LIKE_REPORTING_FORMS = frozenset(_w("report reports estimate estimates"))
# (round en194) Appeals to an addressee, read only with the act asked of them after it.
APPEAL_TO_FORMS = frozenset(_p("appealed to|appeals to"))
# The present of a call on someone, which a plural subject may take.
CALL_ON_PRESENT = frozenset(_p("call on|call for"))
# The forms of a request, which a negator before it turns into no request.
REQUEST_FORMS = frozenset(_p("asked|asks|ask|asking|urged|urges|urge|urging|called on"
                             "|calls on|call on|calling on"))
# The regular past's ending, and the irregular pasts of speaking.
REGULAR_PAST_ENDING = "ed"
IRREGULAR_PAST_SPEECH = ("told", "said", "wrote")
# Progressives that take a hearer before their "that": "telling reporters that ...".
PROGRESSIVE_TELLING = frozenset(_w("telling warning urging assuring reminding"))
# Verbs of saying that open a sentence, the speaker after them: "Said Colonel ...: ...".
SENTENCE_OPENING_VERBS = frozenset(_w("Said Says Added Wrote Warned"))
# Auxiliaries and adverbs between a subject and its verb: "the army has flatly denied".
SUBJECT_VERB_GAP_WORDS = frozenset(_w(
    "has have had also again flatly strongly swiftly quickly later firmly"))
# Words that are no subject's own: relatives, copulas, verbs of saying and conjunctions.
NON_SUBJECT_WORDS = frozenset(_w(
    "who which that was were is are been being be said says told and but if"))
# Words that end a fronted time phrase: "Two days later, ...", "On Monday night, ...".
FRONTED_TIME_ENDS = frozenset(_w(
    "later earlier then ago afterwards meanwhile since night morning evening day week"))
# The marks that may close a verb's object (the empty string: the text's end).
OBJECT_CLOSING_MARKS = frozenset((",", ".", ";", ""))
# What the first character after a verb, spaces taken off, is where a title line ends.
TITLE_LINE_END_STARTS = frozenset(("", "\t", "?", "\n"))
# ---- The casualty and date modules' words ----
# Determiners that make a noun phrase definite: "the", a possessive ("killed his brother").
DEFINITE_DETERMINERS = _w("the his her their its my our your")
# Object pronouns of persons: "shot him", "wounded them".
PERSON_OBJECT_PRONOUNS = _w("him her them")
# Plurals of people besides the irregular ones, which a count stands before: "12 troops".
COLLECTIVE_PERSON_PLURALS = _w("people police troops staff")
# Modals and finite "be"/"have": a verb phrase follows them, not a source's name.
MODALS_AND_AUXILIARIES = _w("will would can could must may is are was were has have had")
# Third-person possessives, which open a group's or a person's own noun: "its spokesman".
THIRD_PERSON_POSSESSIVES = _w("its their his her")
# Words that open a relative clause after a noun: "the officer who", "the man whose".
RELATIVE_OPENERS = _w("who which that whose")
# Prepositions that, beside MONTH_CONTEXT and DAY_PREPOSITIONS, make a lone month a date.
MONTH_PREPOSITIONS = _w("on at for")
# Relatives that follow a person's name: "Maria April, who", "June Okafor, whose".
PERSON_RELATIVES = _w("who whose")
# Words that end a series of verbs sharing the sentence's subject before its last verb:
# another clause's subject or opener ("Armed men attacked ..., but police arrived ... and
# took away two suspects": the police took them).
SERIES_OTHER_CLAUSE_WORDS = _w("police troops soldiers army who which they he she but")
# What a source's reported clause opens after, when "among the dead" opens it.
AMONG_REPORTED_FRAMES = _w("that said says")
# Words that open a tally with no outcome word: "among the dead", "a body was found", "three
# were in critical condition".
TALLY_CUES_WITHOUT_OUTCOME = _w("among body condition")
# The noun a claim of an act turns on: "took responsibility for".
RESPONSIBILITY_NOUNS = _w("responsibility")
# The words that close a span of time at its end: "until Friday", "till May".
SPAN_END_WORDS = _w("until till")
# The article before a day in words: "the fifth of May".
DAY_ORDINAL_ARTICLES = _w("the")
# The marks that break a clause: a stop, a bracket, a dash.
CLAUSE_BREAK_MARKS = ";:()—–-[]"
# Irregular participles and adjectives of an outcome: "hurt", "held", "slain", "taken".
IRREGULAR_OUTCOME_PARTICIPLES = _w("hurt held dead slain lost shot taken")
# Determiners of a partitive's whole: "two of the wounded", "one of those killed".
PARTITIVE_DETERMINERS = _w("the its his her their our those these my your")
# Words that name people by their outcome: "the dead", "the wounded", "victims".
PEOPLE_BY_OUTCOME = _w("dead wounded injured missing displaced abducted kidnapped detained"
                       " arrested victims")
# The outcomes that befall people ("freed" undoes one): the kinds of a toll.
PERSON_OUTCOMES = _w("killed wounded missing captured arrested displaced")
# The outcomes that befall a person one by one (a displaced crowd is no one's own).
PERSONAL_OUTCOMES = _w("killed wounded captured arrested missing")
# Outcomes that things undergo too ("a missing boat", "displaced earth").
THING_OUTCOMES = _w("missing displaced")
# Words of a count of more of the same: "five more were killed", "two further bodies".
MORE_WORDS = _w("more further")
# Words that open a definite object: "the", a possessive, "them".
DEFINITE_OBJECT_OPENERS = _w("the his her its their them our my your")
# Verbs of where people live after they fled: "live in a camp", "shelter at a school".
RESIDENCE_VERBS = _w("live shelter stay remain")
# Participles of where people live after they fled: "sheltering in", "camped near".
SHELTER_PARTICIPLES = _w("sheltering living staying camped camping")
# A part of a displaced crowd told where it shelters, after the story's flight (sixty-ninth
# round, casualty_sheltering.py): "about 1,100 are sheltering in four schools". The forms of
# "be" before "sheltering", and the words that tell of flight earlier in the document.
SHELTER_AUXILIARIES = _p("are|were|had been|have been")
# Where people shelter or stay, after the verb: "are sheltering in four schools", "camped
# near the river" (casualties.py, casualty_sheltering.py).
SHELTER_PLACE_PREPOSITIONS = _w("in at on with near inside under around")
SHELTER_FLIGHT_WORDS = _w("fled flee fleeing displaced displacement")
# (round en81) a part of the arrested still held, after the arrests are counted: "At least
# 70 remain in detention", as "nine of them remain in captivity" is said of hostages. The
# verb and the state it keeps them in.
STILL_HELD_VERBS = _w("remain remains remained")
STILL_HELD_STATES = _w("detention custody")
# ... or held "on remand" by a court until trial (round en189): "and five remain on remand",
# "six are on remand" (a case "remanded" to a court is no one held).
ON_REMAND_VERBS = STILL_HELD_VERBS + _w("are were")
# ... with the kind of detention before its noun (round en100): "310 remain in pre-trial
# detention" is a part of the arrested as "At least 70 remain in detention" is, the kinds
# "held in police custody" already takes.
STILL_HELD_KINDS = _w("pre-trial pretrial police military")
# How far back (characters) the arrests may have been counted: a sentence or two.
STILL_HELD_REACH = 240
# (round en171) ... or the rest of them held for a trial to come, after a remainder word
# ("the remaining 33", "the other 20"): "The remaining 33 are due before a judge on
# Monday", "the other 12 will be tried next week" (the court's step says they are still
# held; a trial of people never counted as arrested is no figure, the rule above).
TRIAL_AHEAD = _p("are due in court|are due before|are due to appear|are to appear"
                 "|will appear in court|will appear before|are expected to appear"
                 "|will be tried|are to be tried|are due to be tried|will stand trial"
                 "|are awaiting trial|await trial|face trial|will face trial"
                 "|are being tried|were remanded|have been remanded|remain on remand")
# ... and who they go before: "are due before a judge", "will appear before the magistrates"
TRIAL_BODIES = _w("judge judges magistrate magistrates court tribunal prosecutor prosecutors")
# (review of round en171) ... but the rest tried with no one holding them, told after the
# step in its sentence: "will be tried in absentia", "are due in court after being
# released on bail", "remain at large".
TRIAL_NOT_HELD = _p("in absentia|on bail|at large|released|freed|not in custody")
# (round en81) the other participles of where a part of the displaced now stays, after a
# form of "be": "About 5,200 of them are staying in schools". "living" is left out ("500
# people were living in the village" tells who lived there before the flight), and so is
# "sleeping": the sets' gold reads "40 families were sleeping in her mission school" and
# "1,200 people are sleeping in the open" as a need of shelter, no count of the displaced.
SHELTER_STAY_PARTICIPLES = _w("sheltering staying camped camping")
# Participles of captivity: "held by the militia", "taken hostage".
CAPTIVITY_PARTICIPLES = _w("held taken")
# The indefinite articles.
INDEFINITE_ARTICLES = _w("a an")
# Particles a verb leaves after its object: "dug 7 bodies out of the rubble".
OBJECT_PARTICLES = _w("out away")
# Adverbs of how badly someone was hurt: "critically wounded", "hurt slightly".
INJURY_SEVERITY_ADVERBS = _w("seriously critically badly severely gravely slightly lightly")
# Short spans of time, which a count may stand before: "48 hours after", "two days later".
SHORT_TIME_NOUNS = _w("hours days")
# Comparatives of age: "younger than 18", "older than 60".
AGE_COMPARATIVES = _w("younger older")
# Words that may stand between the comma and an age set off after a person: "Jamie, now 17,
# was stabbed", "Two men, both 19, were hurt", "The three, all in their", "Sara, aged 16,".
AGE_ASIDE_WORDS = _w("now then both all aged age just only")
# ... and a relative clause that gives the age: "Her son, who is 17, was arrested".
AGE_ASIDE_CLAUSES = ("who is", "who was", "who is now", "who was then", "who turned")
# The finite forms of "be" in the present and past.
FINITE_COPULAS = _w("is are was were")
# The marks around quoted or bracketed words.
QUOTE_AND_BRACKET_MARKS = '"“”()'
# A present "be" or verb of lasting before a state: "is closed until", "remains shut until".
PRESENT_STATE_VERBS = _w("is are remain remains stay stays")
# The auxiliaries of the present perfect, contractions included: "has ordered", "we've".
PRESENT_PERFECT_AUXILIARIES = _w("has have 've ’ve")
# The present plural and singular of "be".
PRESENT_COPULAS = _w("is are")
# What joins the items of a list: "Thursday and Friday", "May, June or July".
LIST_JOINERS = ("and", "or", ",")
# Modals of a possible or due act: "may reopen", "must leave".
MODAL_VERBS = _w("may might could would should must")
# The conjunction of a clause's time: "when the talks resume on Monday".
TIME_CONJUNCTIONS = _w("when")
# Pasts in "-eed" of stems in "ee", no "-ed" added to a stem in "e": "freed", "agreed".
PASTS_IN_EED = _w("freed agreed decreed guaranteed")
# Conjunctions that open a new clause: "and", "but", "while", "whereas".
CLAUSE_CONJUNCTIONS = _w("and but while whereas")
# The words between a deadline's noun and its date: "a deadline of Friday", "until May".
DEADLINE_PREPOSITIONS = _w("of for on until till by at")
# The copula between a deadline and its date: "the deadline is Friday".
DEADLINE_COPULAS = _w("is")
# Marks and words a date's clause turns on besides the sets of time: a clause break, "after",
# "forecast", a particle ("ruled out").
DATE_CLAUSE_CUES = (";", ":", "after", "forecast", "out")
# What makes a request verb after it no finite present: an infinitive's "to", a possessive,
# an auxiliary, a negator, an adjective of the noun ("renewed calls", "new orders").
REQUEST_NOUN_OR_TENSE_MARKERS = _w("to 's ’s did had not never will renewed repeated new")
# The forms of "do" and the possessive "'s": no finite act follows them.
DO_FORMS_AND_POSSESSIVE_S = _w("did do does 's ’s")

# Derived sets (from the final values of the sets above).
# One-word reporting verbs, looked up in a set: an alternation of them costs start-up time.
ONE_WORD_REPORTING_VERBS = frozenset(w for w in REPORTING_VERBS if " " not in w)
# One-word reporting and quote verbs in the past: the speaker's own acts.
ONE_WORD_PAST_REPORTING = frozenset(w for w in {*REPORTING_VERBS, *QUOTE_VERBS}
                                    if " " not in w and w.endswith(("ed", "said", "told", "wrote")))
# The speaker nouns with the plural "s": "officials", "witnesses" is no name.
SPEAKER_NOUN_PLURALS = tuple(w + "s" for w in SPEAKER_NOUNS)
# One-word auxiliaries and clause subjects: a clause, not an object, follows.
ONE_WORD_CLAUSE_WORDS = frozenset(w for w in (*AUXILIARIES, *CLAUSE_SUBJECTS) if " " not in w)
# "as reported by" and the like with single spaces.
AS_BY_PHRASES = frozenset(" ".join(p.split()) for p in AS_BY_INTRODUCERS)
# The plural present of the present verbs of speech: "residents claim".
PLURAL_PRESENT_SPEECH = frozenset(w for w in PRESENT_SPEECH if not w.endswith("s"))
# The shared items in the plural: "photos", "videos".
PLURAL_SHARED_ITEMS = frozenset(w for w in SHARED_ITEMS if w.endswith("s"))
# One-word auxiliaries: "has", "were" (not "going to").
ONE_WORD_AUXILIARIES = frozenset(w for w in AUXILIARIES if " " not in w)
# The hazard words as a sentence split at spaces holds them, a stop or a possessive after
# them (a hazard word glued to a quote is left out, and so is one hyphened to anything but a
# participle of a place's adjective: "the quake-proof school") ...
NATURAL_HAZARD_TOKENS = frozenset(
    [w + end for w in NATURAL_HAZARDS for end in ("", ",", ".", ";", ":", "'s", "’s", ")")]
    # ... and the adjectives it makes: "In the quake-hit town," "quake-hit Harun"
    + [f"{w}-{p}{end}" for w in NATURAL_HAZARDS for p in SETTING_PARTICIPLES
       for end in ("", ",")])

# ---------------------------------------------------------------- contact relatives (round 65)
# A figure told before, named again by a relative clause with no "that": "up from the seven he
# announced at 4pm", "the 12 she reported last week", "the toll they gave". The verb of
# saying there is inside the noun phrase: it reports nothing new and its pronoun is no
# speaker. Only a count or a figure noun heads it ("In the morning he said ..." reports).
CONTACT_RELATIVE_DETERMINERS = _w("the those these that this")
CONTACT_RELATIVE_HEADS = _w("figure figures number numbers tally total toll count estimate")
# Round 67: the counted noun a count may carry there: "up from the three deaths it
# confirmed at midday", "the 40 arrests they announced".
CONTACT_RELATIVE_COUNTED_NOUNS = _w("deaths dead victims casualties bodies injuries arrests"
                                    " cases people")
CONTACT_RELATIVE_SUBJECTS = _w("he she they we it I")
CONTACT_RELATIVE_AUXILIARIES = _w("had has have")

# ---------------------------------------------------------------- titles of works (round 65)
# A short quote right after the noun of a work is its title, nobody's words: 'In a new
# report, "Nobody came", the group says ...', 'the film "Roads of dust"'. Letters and
# statements are left out: 'a statement, "We will return," ...' may quote.
TITLED_WORKS = _w("report reports study studies book books film films documentary"
                  " documentaries album song songs novel poem play paper dossier survey"
                  " exhibition series")
TITLING_PARTICIPLES = _w("titled entitled")

# ------------------------------------------------------- one of a group, described (round 68)
# "One of them, a farmer, said" / "One, a 23-year-old student, said": a speaker picked out of
# a group by number only is known by the description set off after it, which is the speaker
# as written (the twenty-eighth and thirty-fourth sets' calls). The words that pick one out.
ONE_PICKED_OUT = _w("One Another")
# ... and the pronoun or article that may follow "of" there ("One of them", "One of the
# survivors").
ONE_PICKED_OUT_OF = _w("them those these us the")

# Round 68: an outcome word that heads a sub-group set off after a figure, as its noun:
# "evacuated 41 people, among them 12 wounded," (the part's outcome, not the whole's).
SUBGROUP_OUTCOME_HEADS = _w("wounded injured dead hurt")
SUBGROUP_OPENERS = _p("among them | including")
# (round en84) ... or told by a relative clause of its own on the bare count: "interviewed
# 41 people, including 9 who were wounded" (the forms of "be" before the outcome, and how
# badly).
SUBGROUP_RELATIVE_BE = _p("were|was|had been|have been|are|is")
SUBGROUP_RELATIVE_HOW = _w("seriously badly critically severely slightly lightly also")

# ---------------------------------------------------------------- round 71 (en71)
# An earlier issue of the series the document belongs to ("The previous update", "Flash
# Update No. 1", "An earlier post" of a live blog) giving its figure: the document's own
# voice in an earlier edition, as the sets' calls read it, no source of its own.
EARLIER_ISSUE_ADJECTIVES = _w("previous earlier preceding last first")
SERIES_ISSUES = _w("update updates bulletin sitrep post entry")
SERIES_ISSUE_PHRASES = ("flash update", "situation report", "humanitarian update",
                        "situation update")
# One-word sentence adverbs that may open a sentence before its comma and its subject,
# besides ``OPENING_ADVERBS`` ("Still, Sargsyan keeps his tractor ..."), and what follows
# a fronted "back" when it brings the story back to a place ("Back at the gate, ...").
COMMA_ADVERBS = _w("still yet now instead again then today tonight later earlier")
# Round en175: adverbs of how often, which open a feature's sentence with their phrase before
# the comma and the subject ("Twice a week, Amira Ben Salah takes the bus ...", "Sometimes,
# Hana sleeps at the clinic"): the adverb is no name, the subject follows the comma.
FREQUENCY_ADVERBS = _w("twice thrice sometimes often usually occasionally normally nowadays"
                       " regularly mostly rarely seldom")
BACK_PLACE_WORDS = _w("at in on home inside outside from")
# Who bury a bare count of the dead (casualties._buried_by_people, round 71): the first
# person of a family or a village, and "they"; a plural person noun counts too ("The young
# men buried 36"). What closes "of ..." after the count: "27 of them", "eleven of our own".
BURIERS = frozenset(_w("we i they families relatives villagers"))
BURIED_OWN = frozenset(_w("them own dead victims"))

# ---------------------------------------------------------------- round 72: statement families
# Bodies and works whose "found that" reports a finding (statement_findings.py): an inquiry,
# a survey, a commission or a court's chamber finds by reading evidence, so its "found
# that" is a source's words as "concluded that" is. A person's "found that" ("Residents
# found that their homes had been looted", "Judge Cruz found that ...") is what someone
# came upon, no finding reported (the sets' calls leave a judge's alone).
# A count made to learn how many (round en88): "A 2024 count by the school found that 85
# per cent ...", as "A 2023 survey by a university found that ..." is read; a survey that
# counts rather than asks.
TALLY_BODIES = _w("count counts tally tallies census headcount")
FINDING_BODIES = frozenset((*FINDING_SOURCES, *_w(
    "studies reviews audits probes panels surveys survey commission commissions chamber"
    " chambers court tribunal assessment analysis research report reports mission"),
    # the judges of a bench, plural, are the court that rules (round en87): "The three
    # judges of the High-Risk Court found that ..."; one judge's stays a person's
    *_w("judges"), *TALLY_BODIES))
# What may stand before such a body when it opens its clause: the clause joined to another
# ("but the chamber found that"), or the words of a speaker ("He says a survey ... found").
FINDING_LEADS = _w("but and while says said say that")
# Round en156: what a research body did to gather its evidence, in the sentence before an
# "It found that ..." ("The group interviewed 31 prisoners and reviewed incident logs. It
# found that ..."): the "it" is the body that did the research, its finding a report.
RESEARCH_VERBS = _w("interviewed reviewed examined analysed analyzed surveyed documented"
                    " verified studied visited based")
# ... and the words before "judge" of one judge named with the title, whose "found that"
# is a ruling's finding ("Presiding judge Ana Lopes found that ..."), as a bench's is.
JUDGE_TITLE_WORDS = _w("presiding trial chief senior district high")
# How much evidence a source found, before "evidence that" (round en86): "found no
# evidence that", "found little evidence that".
# The pronoun of a partitive that takes up people counted before: "Four of them are still
# held" (round en86).
PARTITIVE_PRONOUNS = _w("them those these")
EVIDENCE_AMOUNTS = _w("no little scant clear new fresh further some")
# (round en200) What is no statement. The verbs read as a reduced participle before "by"
# with no clause after ("incidents reported by police, hospitals and community leaders",
# "deaths reported by hospitals rose"): the source of a count, not a teller's words.
BY_PARTICIPLE_VERBS = _w("reported announced confirmed recorded documented")
# ... the words right before such a participle that make it a verb of its own subject
# (a passive's auxiliary, or an adverb of it: "were first reported by", "was also
# confirmed by"), not a noun's participle.
BY_PARTICIPLE_NOT_AFTER = _w("am is are was were be been being has have had first also"
                             " later initially widely earlier previously originally then"
                             " and or not never")
# ... and an order that a joined "asked ... to" belongs to: "The court ordered each convict
# to pay a fine and asked the district authority to decide on compensation" (the ruling's
# part, not a teller's request).
ORDERING_VERBS = _w("ordered orders directed directs sentenced")
# (round en200) What a report, an inquiry or a review does as the teller of a sentence
# ("..., the report says", "the inquiry found"): a next "It found ..." is that document.
DOCUMENT_TELLING_VERBS = _w("says said found finds concluded concludes states stated adds"
                            " added notes noted")

# ---------------------------------------------------------------- round 72: casualty families
# A displaced crowd told where it came to, after the story's flight (casualty_sheltering.py):
# "about 1,400 people from Kessa had arrived at a camp", "Some 3,500 had reached the town".
# The perfect only ("arrived in the city on Friday" may be any journey), then where.
ARRIVAL_AUXILIARIES = _w("have had has")
ARRIVAL_PARTICIPLES = _w("arrived reached")
ARRIVAL_PLACE_OPENERS = _w("in at the a")
# (round en84) the participles that take the place as their object, so that a place's
# name may follow with no article: "Around 7,000 of them have reached Jalalaqsi" ("arrived"
# needs "in" or "at" before a name).
ARRIVAL_OBJECT_PARTICIPLES = _w("reached")
# (round en104) a border's or a camp's place reached, read in the simple past too after the
# story's flight: "212 people reached the Ramokgwebana border post in a single day".
REFUGE_REACHING_VERBS = _p("reached|arrived at")
# ... the flight told before it by the word "fled" or by the refuge's own words
REFUGE_FLIGHT_WORDS = _p("refugee|refugees|crossed into|asylum")
REFUGE_REACHED_PLACES = _p("border post|border crossing|border|frontier|crossing point"
                           "|transit centre|transit center|reception centre|reception center"
                           "|refugee camp|camp")
# (round en88) the newly arrived that a refugee agency or a camp counts are people who
# fled: "the agency had registered 6,400 new arrivals in Gambella", "officials had counted
# 1,400 new arrivals at a camp". "arrivals" alone counts travellers too ("3 million
# arrivals at the airport"), so the adjective is needed.
NEWCOMER_NOUNS = _w("arrivals")
NEWCOMER_ADJECTIVES = _w("new fresh")
# ... and the sentence must say that the arrivals are people in flight, by their refuge
# or their agency ("hotels counted 2,000 new arrivals" are guests).
NEWCOMER_FLIGHT_CUES = _w("camp camps refugee refugees UNHCR displaced displacement fled"
                          " fleeing border asylum transit")
# (round en81) a displaced crowd that came together at a place, in the perfect as arrivals
# are read: "some 1,200 have gathered at the Catholic mission". The place must open on
# "in" or "at" ("have gathered their belongings" is no place).
GATHERING_PARTICIPLES = _w("gathered assembled")
GATHERING_PLACE_OPENERS = _w("in at")

# Who a charge inside another source's reported words comes from, as the reported clause's
# subject (round en76: "Witnesses said soldiers went from house to house, accusing
# residents of ..."): the armed groups of `CAPTOR_NOUNS` and the forces of
# `ARRESTING_FORCES`, which are seldom named with a speaker noun.
ARMED_ACCUSERS = frozenset((*CAPTOR_NOUNS, *ARRESTING_FORCES,
                           # the armed whom the copy cannot name (round en82): "armed men
                           # came to the bazaar ..., accusing them of informing the army"
                           *_p("armed men|masked men|uniformed men")))
# The finite verbs of a charge ("accused X of ..."), read as one of the armed subject's acts
# in a series of its verbs (round en82: "The soldiers rounded up 30 men, accused them of
# ...").
CHARGE_VERBS = frozenset(_w("accused accuses"))
# The greater part of people given care, whose harm then tells what the care was for
# (round en76, casualties._care_for_most): "treated at least 30 people, most of them for
# wounds".
MOST_OF_THEM = _w("most many all nearly almost")
# What people are treated for "the effects of": harm done to them, as "tear gas
# inhalation" in TREATED_HARMS ("the effects of the heat" or "of malaria" stay out).
HARMFUL_EFFECTS = _p("tear gas|teargas|pepper spray|smoke|gas|the blast|the explosion")
# Writings whose words a quote after a colon may give, rather than the person the sentence
# names (round en76, statement_quotes._named_before_colon): "Ana Reyes found a note by
# the door: "...""; added to NON_SPEAKER_HEADS there.
QUOTED_WRITINGS = _w("note notes letter letters message messages card cards leaflet"
                     " leaflets notice notices wall walls door page screen")

# ------------------------------------------------------------- round en89: casualty families
# A displaced crowd told where it moved to, read as its arrivals are (casualty_sheltering.py):
# "about 3,500 people had moved to Apatzingán town", "more than 3,000 of them have left for
# the town centre". A move is any journey ("11 have moved to Belgrade since 2022", "14
# young families have left for Italy"), so the story must have told of flight before it, or
# the sentence must give fear as its cause after it ("300 nomad families have moved closer
# to Agadez, fearing landmines").
MOVE_PARTICIPLES = _w("moved relocated")
MOVE_PLACE_OPENERS = _p("to|into|closer to|nearer to|towards|toward"
                        # (a household that took them in: "have moved in with relatives")
                        "|in with")
# "left" is a move only with where they went ("have left the area" is read elsewhere)
LEFT_MOVE_OPENERS = _w("for towards toward")
# people forced from home, told before the move ("forcing thousands from their homes"), as
# well as flight itself (SHELTER_FLIGHT_WORDS)
MOVE_FLIGHT_WORDS = (*SHELTER_FLIGHT_WORDS,
                     *_p("from their homes|from their home|out of their homes"))
# fear as the move's cause, later in its sentence
MOVE_FEAR_CUES = _p("fearing|for fear of|to escape|afraid of")
# A bracket between a counted group and its verb that leaves the verb the group's
# (casualties.py): the group's acronym ("five members of the ... Army (TPNPB) had been
# killed") or the same people counted in households ("at least 870 people (about 260
# families) have been displaced"). The units of that second count:
BRACKET_RESTATED_UNITS = _w("families households people persons")
# (round en89) the greater part of the treated told without "of them" ("treated 27 people
# since the morning, most for rubber-bullet wounds"), as "most of them for" is read
# (casualties.py, with MOST_OF_THEM)
CARE_MAJORITY_BARE = _w("most many")
# Round 90: trades and callings a feature describes someone by before "named" and the name
# ("a 31-year-old carpenter named ..."): a person, where "a boat named ..." is a thing
# (statement_pronouns._marked_person_before, beside PERSON_WORDS, which holds the trades
# already named there: a baker, a cook, a trader).
TRADE_NOUNS = frozenset(_w(
    "carpenter builder boatbuilder mason bricklayer tailor seamstress butcher"
    " blacksmith welder plumber electrician potter weaver cobbler barber"
    " hairdresser waiter waitress vendor midwife schoolteacher"
    " referee coach trainer miner herder fishmonger porter labourer laborer"
    " farmhand carter trucker cabbie musician singer painter poet writer"
    # (round en203) the stage's trades: "The drummer of the band gets there early"
    " drummer bandleader dancer"))
# Round en93: the same trades as victims' nouns, with their plurals ("including a midwife
# and her two sons"): a person, as PERSON_WORDS and the "-er" ending already make most of
# them. "coach" is left out, being also a bus.
TRADE_PERSONS = frozenset(
    form for w in TRADE_NOUNS - {"coach"}
    for form in (w, w[:-2] + "ves" if w.endswith("fe")
                 else w + ("es" if w.endswith("ss") else "s")))
# Round 90: words in the name of a human rights group or monitor, whose "found that"
# reports what its research found ("Amnesty found that ...", "Human Rights Watch found
# that ..."), as an inquiry's does (statement_findings._monitor).
MONITOR_NAME_WORDS = frozenset(_w("amnesty watch observatory ombudsman ombudsperson"))
# Round en156: who reports a finding in a headline with the clause after "finds" ("Rights
# group finds police fired at protesters", "UN report finds soldiers killed 40"): a body
# of research, a named monitor's word, or a group or watchdog.
HEADLINE_FINDERS = frozenset((*FINDING_BODIES, *MONITOR_NAME_WORDS,
                              *_w("group groups watchdog watchdogs monitor monitors")))
# ... and the finite verbs of the clause found besides a past in "-ed": "Study finds most
# victims were civilians" (an object alone, "finds no military target", is no clause).
FOUND_CLAUSE_VERBS = _w("was were is are has have had did does do will would")
# ... and what a finder comes upon rather than concludes, opening the words after "finds":
# "Watchdog finds bodies dumped in river" is a discovery of the dead, no finding.
HEADLINE_FOUND_THINGS = _w("body bodies corpse corpses remains grave graves skeleton"
                           " skeletons weapons arms cache")
# Round 90: verbs that give something a name, which a speaker's "and called the trial "a
# political show"" joins to the words as a second act of its own
# (statement_content._joined_naming).
QUOTED_NAMING_VERBS = _w("called branded dubbed labelled labeled termed")

# ------------------------------------------------- round en97: casualty families
# Places left named by a bare plural (casualty_left_places.py, after LEAVING_VERBS): "Some
# 3,200 people have left villages along the river". Plurals only: "left town" is a trip.
LEFT_BARE_PLACES = _w("villages towns districts settlements hamlets localities"
                      " neighbourhoods neighborhoods"
                      # ... and the homes they lived in (round en118): "at least 300
                      # families have left homes near the power station"
                      " homes")
# ... which the sentence's gate for flight (FLIGHT_STEMS) must let through.
FLIGHT_STEMS = (*FLIGHT_STEMS, *(f"{verb} {place}" for verb in LEAVING_VERBS
                                 for place in LEFT_BARE_PLACES))

# ------------------------------------------------- round en98: statement families
# A reader or a reporter sending words that a live page quotes after a colon
# (statement_sent_words.py): "A reader in Tete sends this:", "sent us this message:".
SENDING_VERBS = _w("sends sent emails emailed texts texted messages messaged")
# ... who may send to the page ("sent us", "wrote in") ...
SENT_TO_PAGE = _w("us me in")
# ... and what was sent, named by the word that points at the quote after the colon.
SENT_THINGS = _w("message messages note email e-mail text account lines words update")
# The page's own reporters and its readers, who alone may stand before a colon and a
# quote with no verb in an entry opened by its time ("16:30 Our correspondent in Tete:").
LIVE_PAGE_TELLERS = frozenset(_w("correspondent correspondents reporter reporters reader"
                                 " readers"))
# A source's request about its own name (statement_not_speech._own_name_asked): "who
# asked us not to use her name" reports nothing, as "asked that her name not be used".
OWN_NAME_USES = _w("use print publish give reveal disclose mention")
# Plurals of groups of people that report as people do (statement_not_speech._people_group):
# "Our teams in Nekemte report that ...", "Rescue squads at the site report ..."; as the
# head of a phrase they are more than one, never a "he" or "she" (round en173:
# "Ambulance crews near the front line say ... '...,' he says" is not the crews).
PEOPLE_GROUP_PLURALS = frozenset(_w("teams squads crews"))

# ------------------------------------------------- round en101: casualty and date families
# What joins a second toll, for another period, to the first with the verb left out
# (casualty_period_toll.py): "37 people were killed in 2024, and 41 in 2025", "the deaths
# of 19 migrants this year, compared with 12 in 2025".
PERIOD_TOLL_JOINTS = _p("and|compared with|compared to|against|as against")
# ... and the period that closes the second toll: a year or a year named from today.
PERIOD_TOLL_YEARS = _p("last year|the previous year|the year before|a year earlier"
                       "|a year before|the preceding year")
# Adjectives of readiness after a present copula (date_readiness.py): "Spokespeople are
# available for interview on Friday and Saturday" offers days still to come.
READINESS_ADJECTIVES = frozenset(_w("available unavailable"))
# Verbs of getting in touch with a person a release offers (round en104): "can be reached
# for comment on Thursday", "can be contacted", "journalists can call her on Monday".
CONTACT_VERBS = frozenset(_w(
    "reach reached contact contacted interview interviewed call called phone phoned email"
    " emailed"))
# The present of an ability, whose act is still to come ("could" is its past).
PRESENT_ABILITY_MODALS = frozenset(_w("can cannot"))
# Bones broken in the attack are wounds, as burns are (round en101): "one officer suffered
# a broken arm" is wounded as "several of them with broken arms" and "treated for broken
# bones" are read. Only after a verb of suffering: "came home with two broken ribs" counts
# ribs, not people.
BROKEN_BODY_PART = _w("arm leg jaw nose rib skull hand wrist ankle hip collarbone shoulder"
                      " pelvis finger"
                      # (round en106) the face's and the limbs' other bones a blow or a fall
                      # breaks: "suffered a broken cheekbone" (en-57)
                      " cheekbone kneecap elbow foot thumb toe shin")
BROKEN_BODY_PARTS = _w("arms legs ribs hands wrists ankles fingers bones limbs"
                       " cheekbones kneecaps elbows feet thumbs toes")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"{verb} {part}" for verb in _w("received sustained suffered")
    for part in (*(f"{article}{state} {one}" for article in ("", "a ")
                   for state in _w("broken fractured") for one in BROKEN_BODY_PART),
                 *(f"{state} {many}" for state in _w("broken fractured")
                   for many in BROKEN_BODY_PARTS)))

# ------------------------------------------------- round en101: statement families
# The kind of document a title line names before its country's colon, as "Travel advice:
# Kessa" does (statement_headlines._PAGE_TITLE): "Press briefing notes: Belarus" heads a
# UN note and quotes nobody; the place after the colon is no speaker.
DOCUMENT_KIND_TITLES = _p("notes|press release|news release|media advisory")
PAGE_TITLES = PAGE_TITLES + DOCUMENT_KIND_TITLES
# What is left of one dead person, before "of" and that person (casualty_body_of_one.py):
# "found the body of a young man", as "the bodies of two young men" and "the remains of one
# of the victims" are read.
DEAD_ONE_NOUNS = _w("body corpse remains")
# Nouns of the act of killing that a definite partitive picks some of (casualty_lookalikes
# .part_of_acts): "examined police reports of 18 of the killings", "a woman who saw one of
# the killings" pick acts already counted, no toll; "two of the dead" picks people and is one.
KILLING_ACT_NOUNS = frozenset(_w("killings murders homicides executions"))
# A toll given before a colon, the figures after it (statement_given_toll.py): "The
# Ministry of Health has released a new toll: 31 people have been treated ...", "has just
# issued a new toll: three people killed and 27 injured" (en-49, en-52). The giver's
# verbs are FIGURE_GIVING_VERBS; the nouns of a toll and what may stand before them:
TOLL_GIVEN_NOUNS = _w("toll tally count figure figures")
TOLL_GIVEN_MODIFIERS = _w("new updated revised latest fresh provisional first final official"
                          " death casualty")

# ------------------------------------------------------------- round en102: casualty families
# People held in a jail or a camp, as news of riots and attacks on prisons names them, one
# at a time as often as counted: "An inmate was killed and three prison officers were
# injured", "a convict was stabbed to death" ("prisoner" and "detainee" were person words
# already; "internee", "warder" and "jailer" are read by their endings).
CUSTODY_INMATE_WORDS = frozenset(_w("inmate convict internee"))
PERSON_WORDS = PERSON_WORDS | CUSTODY_INMATE_WORDS
# ... whom their jail holds as its population, never as captives taken
# (casualty_lookalikes.held_inmates): "the prison in Loja, which holds about 1,400 inmates".
# Wounds a blade makes, and the other harms a victim suffers or sustains, as "suffered
# burns" and "suffered a broken arm" are read: "Two men suffered stab wounds", "sustained
# multiple fractures", "suffered cuts and bruises", "suffered smoke inhalation", "suffered
# multiple stab wounds". One wound
# takes its article: "suffered a gunshot wound". Cuts stand only with bruises or a
# severity ("suffered cuts to its budget" is no harm to a person).
BLADE_WOUND_KINDS = _w("stab knife machete")
BLADE_WOUND_SEVERITIES = ("", "multiple ", "serious ", "severe ")
ONE_WOUND_KINDS = _INJURY_KINDS + BLADE_WOUND_KINDS
SUFFERED_HARMS = _p("cuts and bruises|cuts and bruising|minor cuts|fractures|multiple fractures"
                    "|lacerations|smoke inhalation")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"{verb} {harm}" for verb in _w("received sustained suffered")
    for harm in (*(f"{severity}{kind} {noun}" for severity in BLADE_WOUND_SEVERITIES
                   for kind in BLADE_WOUND_KINDS for noun in _w("wounds injuries")),
                 *(f"a {kind} wound" for kind in ONE_WOUND_KINDS if kind[0] not in "aeiou"),
                 *(f"an {kind} wound" for kind in ONE_WOUND_KINDS if kind[0] in "aeiou")))
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"{verb} {harm}" for verb in _w("sustained suffered") for harm in SUFFERED_HARMS)
# Care for what a weapon of crowd control or a blast did, as "treated for tear gas
# inhalation" is read: "about 20 protesters were treated for the effects of tear gas"
# (en-46), "Dozens of protesters were treated for the effects of the gas" (en-53). The gas
# or smoke named again takes "the"; "the effects of the heat" or "of malaria" stay out.
HARMFUL_EFFECTS = HARMFUL_EFFECTS + _p("the gas|the tear gas|the teargas|the smoke"
                                       "|the pepper spray")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"treated for the effects of {harm}" for harm in HARMFUL_EFFECTS)
# Words that give a relative clause a subject of its own for the verb after it
# (casualty_relative_subject.py): "a district official who said 27 people had died" tells
# of others' deaths (a count in the clause is read the same way).
RELATIVE_REPORT_VERBS = frozenset((*SAY_FORMS, *_w("told reported")))
# One person's wound told in the present, with its article, as "had a gunshot wound" is
# read (casualty_aftermath._present_wounds): "One of them, a bank clerk, has a gunshot wound
# to the arm", as "Two of them have gunshot wounds" is read.
ONE_PRESENT_WOUND_NOUNS = _w("wound injury")
# Sight lost is a wound, as "lost an eye" is (read after a toll of the wounded too: "one of
# whom lost an eye", en-11, en-40): "a retired teacher lost the sight of one eye".
LOST_SIGHT = _p("lost one eye|lost both eyes|lost the sight of one eye"
                "|lost the sight of an eye|lost the sight in one eye|lost the sight of both eyes"
                "|lost his sight|lost her sight|lost their sight")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + LOST_SIGHT
# Homes lost are homes left, as "made homeless" and "fled their homes" are read: "Around 60
# residents, most of them Ukrainian refugees, have lost their homes" (en-53, after an arson).
HOMES_LOST = _p("lost their homes|lost their home|lost his home|lost her home")
OUTCOME_PARTICIPLES["displaced"] = OUTCOME_PARTICIPLES["displaced"] + HOMES_LOST

# ------------------------------------------------------------ round en102: statement families
# The audience that writes or calls in to a live page or a broadcast, persons as "a
# resident" is: "19:30 A reader, Liis, writes: ..." gives Liis the words as "A resident,
# Anna, said: ..." gives Anna hers (one name alone needs the person noun before it).
AUDIENCE_PERSON_WORDS = frozenset(_w("reader viewer listener caller"))
PERSON_WORDS = PERSON_WORDS | AUDIENCE_PERSON_WORDS
# The small words inside an organisation's name of several words, each capitalised word
# joined by them (statement_joined_name.py): "Save the Children", "People in Need",
# "Friends of the Earth".
NAME_JOINTS = _w("the of in for and on")
# What opens a role closing a sentence before its holder's name (statement_closing_role.py):
# "says its founder, Darren Wallace", "said her neighbour, Saw Doe Meh".
ROLE_DETERMINERS = _w("the its their his her our")
# What a release's lead has its issuer do first (statement_joined_name.lead_opens_on): a
# concern, a call, a warning, words ("Save the Children is deeply concerned ..."); a
# title's lead has other verbs ("Death in Venice is back at the opera").
LEAD_SOURCE_VERBS = _p("is concerned|is deeply concerned|is gravely concerned|is alarmed"
                       "|condemns|welcomes|calls on|calls for|urges|warns|said|says")

# ------------------------------------------------------------- round en103: casualty families
# The passive of the blade's verb is a wound stated in the verb, as "shot in the leg" is:
# "A police officer was stabbed in the neck", "two people were stabbed at a bar" (en-54);
# death takes its own phrase ("stabbed to death", "was stabbed and died", read first).
# "shot" alone stays out (as often a death); "beaten" alone is no listed outcome;
# "slashed" was left: "About 200 jobs were slashed" would be read (the participle asks no
# person of its count).
STABBING_PARTICIPLES = _w("stabbed knifed")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + STABBING_PARTICIPLES
# An injury named by the body part it struck, as "suffered head injuries" is read: "One
# officer suffered a hand injury", "sustained serious leg injuries", and a cut to a part:
# "a doorman suffered a cut to his hand" (a part of a person: "cuts to its budget" stays
# out).
INJURED_BODY_PARTS = _w("hand leg arm foot eye back neck chest face shoulder knee hip spinal"
                        " facial abdominal")
CUT_BODY_PARTS = _w("hand hands arm arms leg legs head face neck")
_POSSESSIVES = _w("his her their")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"{verb} {harm}" for verb in _w("sustained suffered received")
    for harm in (*(f"{article} {kind} injury" for kind in (*INJURED_BODY_PARTS,
                                                            *ONE_WOUND_KINDS)
                   for article in ("an" if kind[0] in "aeiou" else "a",)),
                 *(f"{part} injuries" for part in INJURED_BODY_PARTS),
                 *(f"{cut} to {poss} {part}" for cut in ("a cut", "cuts", "a gash")
                   for poss in _POSSESSIVES for part in CUT_BODY_PARTS)))
# The wounded told by the care their wounds needed: "Three of the workers needed hospital
# treatment for their injuries" ("needed hospital treatment for malnutrition", en-19, is
# no wound: the wound is asked for).
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"{verb} {care} treatment for {poss}{wounds}"
    for verb in _w("needed required received") for care in _w("hospital medical")
    for poss in ("", "their ", "his ", "her ") for wounds in _w("injuries wounds"))
# Fingers, a hand or a foot lost are wounds as a leg or an eye lost are: "One man, a
# 34-year-old picker, lost two fingers" ("lost two seats" stays out: the part is named).
LOST_HANDS = _p("lost a hand|lost both hands|lost his hand|lost her hand|lost a foot"
                "|lost both feet|lost a finger|lost fingers|lost his fingers|lost her fingers"
                "|lost an arm and a leg|lost two fingers|lost three fingers|lost four fingers"
                "|lost several fingers|lost an ear|lost a thumb")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + LOST_HANDS
# A part of the wounded still in care without a place named, as "are still in hospital"
# is read: "Two were still being treated in hospital on Wednesday" (en-54), "two were being
# treated in hospital for gunshot wounds" (en-34, with the wound).
KEPT_IN_CARE = KEPT_IN_CARE + _p(
    "are still being treated in hospital|were still being treated in hospital"
    "|is still being treated in hospital|was still being treated in hospital"
    "|are being treated in hospital|were being treated in hospital"
    "|is being treated in hospital|was being treated in hospital"
    # (round en159) ... and in more than one: "16 are being treated in hospitals in the city"
    "|are still being treated in hospitals|were still being treated in hospitals"
    "|are being treated in hospitals|were being treated in hospitals"
    "|are being treated in local hospitals|were being treated in local hospitals")
# Harms the people before "had" carried from the attack, as "had bullet wounds" is read
# (casualty_had_harms.py): "several of the migrants had cuts and bruises, and that one man
# had a broken jaw" (en-54), "a 16-year-old boy whose leg was broken" (en-54). "had" and
# "whose" wake no sentence, so the phrases do.
WAKING_PHRASES += tuple(f"had {harm}" for harm in (
    *SUFFERED_HARMS,
    *(f"{article}{state} {part}" for article in ("", "a ") for state in _w("broken fractured")
      for part in (*BROKEN_BODY_PART, *BROKEN_BODY_PARTS))))
# Intensive care is a condition as "in critical condition" is (that word wakes its
# sentence; "intensive care" held none): "One protester ... is in intensive care" (en-54).
WAKING_PHRASES += _p("in intensive care")
WAKING_PHRASES += tuple(f"{part} {verb} {state}" for part in BROKEN_BODY_PART
                        for verb in ("was", "had been") for state in _w("broken fractured"))
WAKING_PHRASES += tuple(f"{part} {verb} {state}" for part in BROKEN_BODY_PARTS
                        for verb in ("were", "had been") for state in _w("broken fractured"))

# ------------------------------------------------------------ round en103: statement families
# Violence between families or clans heads a relative after a set-off "in" as fighting does
# (statement_content._EVENT_HEADS): "..., police said, in what officers described as a
# revenge attack tied to a feud that began more than two decades ago" (en-54), as "..., the
# army said, in fighting that also left three soldiers dead" (en-18) is read: "that" opens
# the relative, not the words.
FEUD_EVENTS = _w("feud feuds vendetta vendettas")
# (round en105) An age bracket told in words as police copy tells it in figures ("a man in
# his 20s"): "A man in his forties died in hospital" (en-56), "a woman in her fifties"
# (en-55), "most of them in their twenties" (en-7).
DECADE_WORDS = _w("teens twenties thirties forties fifties sixties seventies eighties nineties")
# (round en105) Where a shot or a blow hits that a person lives through far more often than
# not, beside SHOT_LIMBS: "One friend was hit in the hip" (en-56), "shot in the jaw" (en-56),
# as "one rating hit in the arm" (en-23) and "was shot in the leg" (en-33, en-51) are read.
# The face, head and trunk stay out: as often a death.
HIT_PARTS = _w("hip hips jaw ankle ankles wrist wrists elbow elbows buttock buttocks thighs"
               " knees shoulders hands finger fingers toe toes calf heel shin groin")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"{verb} in the {part}" for verb in _w("shot hit") for part in HIT_PARTS)
# ... and where the second of two people was hit with the verb left out (casualty_body_hit):
# "One friend was hit in the hip and another in the hand"; the face and eye are wounds there,
# the verb before having told the outcome.
GAPPED_HIT_PARTS = _w("face eye eyes")
# (round en105) The care the hurt needed, the wound unsaid (casualty_care_needed.py): "Four
# people needed hospital treatment, including a steward" (en-56), "four needed hospital
# treatment" (en-55).
CARE_NEEDING_VERBS = _w("needed required")
CARE_KINDS = _w("hospital medical")
# ... the fights after which it was needed, beside VIOLENCE_CUES
CARE_AFTER_VIOLENCE = _w("fight fights fighting brawl brawls riot riots clashes assault"
                         " assaults beating beatings stabbing stabbings violence unrest")
WAKING_PHRASES += tuple(f"{verb} {kind} treatment" for verb in CARE_NEEDING_VERBS
                        for kind in CARE_KINDS)
# ... a verb after a bare count, no noun of it: "and four needed hospital treatment" (en-55)
# ("required" is left: "Of the 38 wounded villagers admitted, 11 required amputation" keeps
# its span on the verb)
GROUP_STOP = GROUP_STOP | frozenset(_w("needed"))
# (round en105) A hospital's tally of the hurt, the harm unsaid (casualty_care_given.py):
# "The city's main hospital says it has treated 17 people" (en-56) in a report of clashes.
# The givers of care named before the count, and the people counted ("patients" are any
# clinic's work and stay out).
CARE_GIVERS = _w("hospital hospitals clinic clinics doctors doctor medics medic nurses nurse"
                 " paramedics surgeons")
TREATED_HURT_HEADS = _w("people persons men civilians protesters demonstrators")
# ... and a part of them kept in care, as "are still in hospital" is read: "Two were kept in
# hospital" ("kept in overnight" alone is read only of a part of the patients or the hurt,
# casualty_care_given.py: "Two suspects were kept in overnight at the station").
KEPT_IN_CARE = KEPT_IN_CARE + tuple(
    f"{verb} kept in {where}" for verb in _w("was were")
    for where in ("hospital", "hospital overnight", "for observation"))
# ... the patients or the hurt a part of whom was kept in overnight: "Two of the patients
# were kept in overnight" (en-56).
KEPT_PATIENT_HEADS = _w("patients injured wounded casualties")
WAKING_PHRASES += tuple(f"kept in {where}" for where in ("overnight", "hospital",
                                                         "for observation"))
# (round en105) A match's or a flight's crew member is a person as "guard" and "doorman" are:
# "Four people needed hospital treatment, including a steward" (en-56).
PERSON_WORDS = PERSON_WORDS | frozenset(_w("steward stewards"))
# (round en119) an armed group's members as an army names them: "eliminated two Hezbollah
# operatives" (killed, as "eliminated two militants" is)
PERSON_WORDS = PERSON_WORDS | frozenset(_w("operative operatives"))
# (round en105) A court's steps with the people already counted (casualty_court_step.py):
# "38 of them were later tried" (en-56), "four of whom appeared before the ... Court" (en-55).
COURT_STEPS = (*_w("tried charged sentenced convicted acquitted indicted prosecuted arraigned"),
               *_p("appeared before|appeared in court|appeared in a court"))
# (round en105) ... and the plural's present after its subject, as "plans" is read: "Unions
# plan a national day of action on Thursday" (en-56; "The army plans a new offensive").
# "plan" is as often a noun ("the peace plan", "a plan a month ago"), so the word before must
# be a plural subject (a noun in -s, "they", "we").
PLAN_VERBS_PLURAL = _w("plan intend prepare")
PLURAL_SUBJECT_PRONOUNS = _w("they we")

# ------------------------------------------------------------- round en106: casualty families
# A mark a blade, a blow or glass leaves, "had" or "has" by one person and placed on the
# body (casualty_had_harms.had_marked_part): "A German woman had a deep cut to her arm",
# "one of them has a cut above his eye" (en-57), as "had cuts and bruises" (en-54) is read.
# Only with the place on a person's body: "had a cut to its budget" names no wound.
WOUND_MARKS = _w("cut cuts gash gashes wound wounds laceration lacerations bruise bruises"
                 " burn burns")
WOUND_MARK_SEVERITIES = _w("deep small minor large long nasty bad serious severe superficial")
WOUND_MARK_PLACINGS = _w("to on above across")
BODY_SURFACE_PARTS = _w(
    "head face forehead eye eyes cheek cheeks chin jaw lip lips ear ears nose neck scalp"
    " throat back chest stomach abdomen side shoulder shoulders arm arms elbow forearm"
    " wrist hand hands finger fingers leg legs thigh knee knees shin calf ankle foot feet")
# ("wound" and "wounds" wake their sentence already)
WAKING_PHRASES += tuple(f"{mark} {placing} " for mark in WOUND_MARKS
                        for placing in WOUND_MARK_PLACINGS if not mark.startswith("wound"))
# (round en106) The care needed with its place named after it (CARE_PLACES), the kind left
# out: "at least 26 people needed treatment at the community's health clinic" (en-57), as
# "needed hospital treatment" (en-55, en-56) is read (casualty_care_needed.py).
WAKING_PHRASES += tuple(f"{verb} treatment at" for verb in CARE_NEEDING_VERBS)
# (round en106) Those cared for, a count "of those" picks some of in a report of violence
# (casualty_care_given.those_in_care): "eight of those treated were under 18" (en-57), as
# "of those wounded" is read.
THOSE_IN_CARE = _w("treated hospitalised hospitalized admitted")
# (round en106) Outcome words whose neighbouring inner letters, swapped by a slip of the
# keyboard, are mended before reading (casualty_slips.py): "Two tourists were woudned"
# (en-57). Six letters or more: no such swap of these makes another English word.
SLIP_MENDED_OUTCOMES = _w("wounded injured killed arrested detained abducted kidnapped"
                          " displaced captured murdered stabbed executed missing wounding"
                          " injuring killing")
# (round en106) A death or an attack a headline tells before its people "held"
# (casualty_headline_held.py): "Man dies after beating in Alice Springs town camp, two
# women held" (en-57), "Gunmen kill 6 at Mexican bar; 3 suspects held" (en-21).
HEADLINE_HARM_WORDS = (*VIOLENCE_CUES, *CARE_AFTER_VIOLENCE,
                       *_w("dies die died dead killed kill kills killing murder murdered"
                           " death deaths"))
# (round en106) Homes in a block, left or lost as "homes" and "houses" are: "A fire ... drove
# 85 people from their flats" (en-57). The plurals only: "flat" is as often the adjective.
HOME_PLACES = HOME_PLACES + _w("flats apartments")
# (round en106) Kin of the second generation are persons as "mother" and "son" are: "One
# grandmother told me she keeps her grandkids inside" (en-57, a nested teller); "killed a
# grandfather and his grandson".
PERSON_WORDS = PERSON_WORDS | frozenset(_w("grandmother grandfather grandson granddaughter"
                                           " grandchild grandparent"))
# (round en174) ... and the plural of "wife", which a trailing "s" does not undo: "abducted
# the village chief along with three of his wives".
PERSON_WORDS = PERSON_WORDS | frozenset(_w("wives"))
# Kin of one sex (a subset of ``SEXED_NOUNS``): "my uncle" inside a quote is the one a
# later "he" of the same quote stands for (round en107).
SEXED_KIN = frozenset(_w("father husband son brother grandfather uncle nephew grandson"
                         " stepson stepfather mother wife daughter sister grandmother aunt"
                         " niece granddaughter stepdaughter stepmother"))
# Nouns of harm no one schedules (date_month_event, round en107): "the November death",
# "the March attacks" name an event that has happened, so their month is a past one.
MONTH_PAST_EVENT_NOUNS = _w("death deaths killing killings murder murders massacre attack"
                            " attacks bombing bombings shooting shootings stabbing stabbings"
                            " ambush blast explosion crash riots clashes")
# Words after a headline's "adds" and a count that make it a report, not a count gained
# (statements._not_speech, round en107): "adds 20 dead near the border", "adds 5 hurt".
ADDED_COUNT_NOT_MODIFIERS = _w("dead hurt near of")

# (round en108) Auxiliaries that agree with one subject only: after people joined by "and"
# ("40 residents ..., and a man was treated") the verb is the last one's, not the group's.
SINGULAR_AUXILIARIES = frozenset(_w("was is has"))
# (round en108) What a count of people given care may be told right after, the harm of a
# part of them or the violence the care followed (casualty_care_given.care_then_cause):
# "19 people had been treated, three of them for gunshot wounds" (en-43), a headline's "31
# people treated after night of unrest" (en-59).
CARE_FOLLOWED = (*VIOLENCE_CUES, *CARE_AFTER_VIOLENCE, *_w("rioting protests"))

# Participles that take a name right after them as no object ("a woman named Maria"):
# the verb-in-subject check (round en109) leaves these subjects whole.
NAMING_PARTICIPLES = _w("named called dubbed nicknamed titled entitled")
# (round en110) What follows a headline's bare "shot" after a count (casualty_headline_bare.py):
# a place, a time or the event ("Two men shot outside Chinatown bar", "3 shot in
# Francistown"). "at" is left out: "Two men shot at police" is the active verb's.
HEADLINE_SHOT_LINKS = _w("in outside near inside on after during as amid while when following")
# ... and what follows its bare "held" that the body reading lacks: "Nine held as water
# protests flare" ("in", "at", "after" and "over" are read already).
HEADLINE_HELD_LINKS = _w("as amid during following")
# A headline's count past a reduced relative, then a bare participle of harm and a word of
# place, time or cause (casualty_headline_relative.py, round en187): "Four rangers guarding
# Virunga park hurt in clash with herders". Words in "-ing" that open no relative on people
# are not taken for one ("according", "during").
HEADLINE_RELATIVE_HARMS = {"killed": "killed", "hurt": "wounded", "injured": "wounded",
                           "wounded": "wounded"}
HEADLINE_RELATIVE_LINKS = _w("in as after during near at on by while when amid")
HEADLINE_RELATIVE_NOT = _w("according during following notwithstanding")
# (round en178) The attacks a headline's bare "taken" may name after it: "Three staff taken
# in raid on aid office" (casualty_headline_bare.py; "taken to hospital" names none).
HEADLINE_TAKING_ATTACKS = _w("raid raids attack attacks ambush assault kidnapping abduction")
# (round en178) The possessives after a part that name a body's own people, before a noun of
# their trade whose first word may be a verb's plain form: "One of our rescue swimmers was
# hurt" (casualties.py `_group`).
PART_OWNER_POSSESSIVES = _w("our my your their his her")
# "held as hostages" says captives, not detainees.
HELD_AS_CAPTIVES = _w("hostage hostages captive captives prisoner prisoners human shield shields")
# A death told after a headline's "shot": "Two shot, one fatally, outside bar".
HEADLINE_DEATH_WORDS = _w("dead killed dies died death deaths fatally fatal murdered slain")
# (round en110) A hospital's word for moving the wounded from the scene or a first clinic:
# "two of them were transferred to the University Hospital of Guadeloupe with eye injuries"
# (en-59), as "brought to the district hospital with gunshot wounds" is read; the care rule
# still needs a wound after "with" or "for" ("60 were transferred to Jordan" stays nothing).
CARE_VERBS = CARE_VERBS + _w("transferred")

# (round en111) Adverbs that tell a part of the hurt died of it (casualty_fatal_part.py):
# "two young men were stabbed, one of them fatally" (en-60), read as "four of them
# seriously" is, the part killed.
FATAL_ADVERBS = _w("fatally")
# ... and the participles of a wounding that count the hurt when such a part, or a part of
# how badly, follows: "five people were shot, two of them fatally" (en-60); "shot" alone
# can be a shot that missed, and the part tells it struck.
HIT_PARTICIPLES_BEFORE_PART = _w("shot")
# (round en111) ... and after "with" closing a count, a part of the hurt told by its harm:
# "three needed hospital treatment, one with a fractured skull" (en-60).
WAKING_PHRASES += tuple(f"with {harm}" for harm in (
    *SUFFERED_HARMS,
    *(f"{article}{state} {part}" for article in ("", "a ") for state in _w("broken fractured")
      for part in (*BROKEN_BODY_PART, *BROKEN_BODY_PARTS))))

# ------------------------------------------------------------ round en112: statement bounds
# The personal pronouns that stand as a relative clause's own subject before its verb of
# speech: "a practice which it says leaves them ..." (the pronoun speaks, not the practice).
# (the third-person subject pronouns the calling rule lists already)
RELATIVE_CLAUSE_SUBJECTS = CALLING_PRONOUNS
# Illnesses and natural causes a death is told "of" or "from": no casualty of violence
# ("a patient who had died of a heart attack", en-61).
ILLNESS_CAUSES = _p("heart attack | heart failure | heart condition | cardiac arrest | stroke"
                    " | cancer | illness | disease | natural causes | old age | pneumonia"
                    " | covid-19 | covid | malaria | cholera | tuberculosis | diabetes")
# The participles of taking a person captive, told of another after "held after" in a
# headline: "Three held after student kidnapped" (the three are the suspects).
OTHERS_CAPTURED_PARTICIPLES = _w("kidnapped kidnaped abducted seized snatched")
# The harms an event leaves people "with" besides wounds and broken bones: "left her two
# sons with burns" (en-61), and how bad they were.
LEFT_HARMS = _w("burns")
LEFT_HARM_SEVERITIES = _w("severe serious minor bad critical multiple") + _p(
    "third-degree|second-degree|life-threatening|life-changing")
WAKING_PHRASES += ("with burns", *(f"with {sev} burns" for sev in LEFT_HARM_SEVERITIES))
# A shop's and an office's worker, a night robbery's victim: "a clerk at a gas station ...
# was stabbed to death" (en-61; "night clerks" was read by its plural already).
TRADE_PERSONS = TRADE_PERSONS | frozenset(_w("clerk clerks"))
# What makes the event that left people with a harm violence: the cues of violence but the
# bare "fire" (a house fire's burns are an accident's: "The fire left three firefighters
# with serious burns" stays unread), and a fire set on purpose ("for setting fire to the
# house ..., a blaze that ... left her two sons with burns", en-61).
LEFT_HARM_VIOLENCE = tuple(w for w in VIOLENCE_CUES if w not in ("fire", "fired")) + _p(
    "set fire|setting fire|sets fire|arson|firebomb|firebombed|petrol bomb|beating|beaten")
# An attribution set off by commas between a subject and its own verb of speech: "Her
# husband, she says, asked her to stop" (en-61): who the aside names, and its verbs.
# (the subject pronouns but "it": an aside that tells of a person)
PRONOUNS_OF_ASIDE = PRONOUNS - {"it"}
ASIDE_SAYING_VERBS = _w("says said adds added recalls recalled claims claimed")

# (round en113) What may stand between counted people and their own verb
# (casualty_subject_gap.py): prepositional phrases on them ("one employee of the district
# authority in Leoben, Styria, died", en-62), and the words that open a clause with a
# subject of its own, which the counted people's verb may not be read past ("A man who
# said two guards were killed", "A man who fled after his brother was arrested").
SUBJECT_GAP_PREPOSITIONS = _w("of in from at near aboard inside outside on")
# The participles of a charge that open a reduced relative clause on the counted people,
# which the main verb follows as after "who" (round en119): "31 people suspected of taking
# part in the violence have been arrested".
SUBJECT_GAP_CHARGE_PARTICIPLES = _w("suspected accused")
# ... and the others whose object a count after them is, no subject ("at a berry packing
# plant on the road to Jacona were shot dead" counts no plant)
SUBJECT_GAP_MORE_PREPOSITIONS = _w("to by for with into onto against across")
# ... of which those that also open a phrase on a person before a relative clause on him
# (round en118): "a photographer for a local television channel who has been missing"
RELATIVE_GAP_MORE_PREPOSITIONS = _w("for with")
SUBJECT_GAP_CLAUSE_WORDS = _w("who that which whom whose where when he she they we i it")
SUBJECT_GAP_SUBORDINATORS = _w("after before because since until unless if although though"
                               " once while whereas")
# ... the finite verb the main clause needs ("was arrested", "had been killed", "died")
SUBJECT_GAP_FINITE_AUX = _w("was were is are has have had")
SUBJECT_GAP_PASSIVE_BE = _w("was were is are been being")
SUBJECT_GAP_FINITE_VERBS = _w("died perished lost succumbed")
SUBJECT_GAP_MODALS = (*MODAL_VERBS, "will")
# ... and the articles that open an apposition on the counted people: "one man, a
# 52-year-old who was attacked by a dog ..., died" (en-62).
SUBJECT_GAP_APPOSITION_OPENERS = INDEFINITE_ARTICLES

# (round en113) Both limbs hit, read as one limb is ("was shot in the leg", en-33, en-51,
# en-56, en-59, en-61, en-62): "A 19-year-old man was shot in both legs" (en-62), the
# punishment shooting of Irish and Northern Irish copy.
SHOT_BOTH_LIMBS = _w("legs arms feet hands thighs knees shoulders ankles")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"{verb} in both {w}" for verb in ("shot", "hit") for w in SHOT_BOTH_LIMBS)
# (round en113) What may stand before a bare count that opens its sentence and points back
# to the captives of the sentence before: "The last three were freed", "The other two were
# released" (casualty_freed_back.py).
FREED_BACK_DETERMINERS = (*REMAINDER_WORDS, "first", "final")
# (round en113) The finite verbs after the bare whole of a partitive, which are the part's:
# "29 of the 41 needed hospital treatment" (en-62), "two of the 11 were killed"; the whole
# named by its own participle keeps its figure ("Two of the 11 wounded later died").
PARTITIVE_WHOLE_VERBS = _w("was were is are had have has needed required died later remain"
                           " remained remains")

# (round en114) The blade's active with its victims as object, read as its passive is
# ("two people were stabbed", round en103): "Man stabs two security guards", "came back with
# a knife and stabbed two security guards" (en-63), "stabbed a taxi passenger" (en-59). The
# object must be people (NONPERSON drops "stabbed five times"); "who stabbed" with no
# auxiliary is the active of the man who did it (casualty_stabbed), not his wound.
BLADE_ACTIVE_VERBS = _w("stab stabs stabbed stabbing knifed knifing")
OUTCOME_VERBS["wounded"] = OUTCOME_VERBS["wounded"] + BLADE_ACTIVE_VERBS
# (round en114) A shot's active with its victim and the limb it struck, read as "was shot in
# the leg" is (en-33, en-51, en-56, en-59, en-61, en-62): "shot a 24-year-old shop assistant
# in the leg" (en-63). A bare active "shot two snowboarders" stays a gold question; the head
# and trunk stay out, as for the passive.
SHOT_ACTIVE_VERBS = _w("shot shoots")
SHOT_ACTIVE_PARTS = SHOT_LIMBS + HIT_PARTS
SHOT_ACTIVE_POSSESSIVES = _w("the his her their")
# (round en114) The care a cut gets, a wound by itself, beside "needed hospital treatment"
# (casualty_care_needed.stitches_needed): "two needed stitches" (en-63), "a 16-year-old boy
# who needed stitches in his arm" (en-62).
STITCHED_CARE = _w("stitches sutures")
WAKING_PHRASES += tuple(f"{verb} {care}" for verb in CARE_NEEDING_VERBS
                        for care in STITCHED_CARE)
# (round en114) People with a noun still being treated, as a bare count is read ("Two were
# still being treated in hospital" en-54, "four are being treated in hospital" en-59, "two
# were being treated in hospital" en-34): "three people are being treated in hospital"
# (en-63). Only the passive of "treat": "Four nurses remain in hospital" may be at work.
BEING_TREATED_IN_CARE = tuple(p for p in KEPT_IN_CARE if "being treated" in p)
# (round en114) Shock after a blast or an attack is care of the hurt as a burn's is: "A third
# worker was treated for shock and ringing in the ears" (en-63), "five residents were
# treated for cuts and shock" (en-60, read by its cuts).
TREATED_SHOCK = _w("shock")
TREATED_HARMS = TREATED_HARMS + TREATED_SHOCK
OUTCOME_PARTICIPLES["wounded"] += tuple(f"treated for {w}" for w in TREATED_SHOCK)

# (round en116) Words before an age in commas after a lone capital ("Luka, now 17,"): an age
# or a place in a group ("Sindre, 17,", "Luka, one of the friends ...,") describes a person.
AGE_APPOSITION_WORDS = _w("now aged")
# (round en116) A speaker's own telling inside their quote ("I tell them I was one step from
# that myself"): the verbs, and the words that end what was told ("..., because he was
# standing right there").
OWN_TELLING_VERBS = _w("tell told")
OWN_TELLING_ENDS = _w("because although though while whereas since but when until")
# The words that open the clause told: a subject ("I told them I had fallen", "I tell the
# girls that nobody is coming"); "to" opens an order, another shape.
OWN_TELLING_OPENERS = _w("I i we you he she they it the there nobody nothing no everyone"
                         " everybody my our his her their this")

# ------------------------------------------------------------- round en117: outcome vocabulary
# The news vocabulary of harm, by outcome, beside the words above (an inventory written from
# how English news tells harm, not from one set; its grid is
# tests/core/extract/test_extract_casualty_vocab117.py).
# The dead: the verbs of a killing by its manner, in the active with the victims as object
# ("gunmen assassinated two councillors", "slew three villagers", "mowed down 12
# protesters") and in the passive ("were shot to death", "were put to death", "were
# strangled"). "strangle", "mow down" and "decapitate" take things too ("mowed down the
# grass", "decapitated statues"): people only (PEOPLE_ONLY_VERB_STEMS, PEOPLE_ONLY_DEATHS).
OUTCOME_VERBS["killed"] += _w("slay slays slew slaying assassinate assassinates assassinated"
                              " assassinating strangle strangles strangled strangling"
                              " decapitate decapitates decapitated decapitating") + _p(
    "mow down|mows down|mowed down|mowing down|mown down")
OUTCOME_PARTICIPLES["killed"] += _w("assassinated decapitated strangled") + _p(
    "shot to death|strangled to death|put to death|fatally shot|fatally stabbed|mown down"
    "|mowed down|slaughtered")
PEOPLE_ONLY_DEATHS += _w("strangled decapitated") + _p("mown down|mowed down")
# ... and the object of a shot killed when "to death" follows it, as of a beating: "police
# shot two men to death".
TO_DEATH_VERBS += _w("shoot shoots shot shooting strangle strangles strangled strangling")
# The wounded: burns, scalds, slashes and maulings told by their verb ("burning the owner
# and his wife", "the blast scalded three workers", "were badly burned", "a guard was
# slashed"), and a beating told with its injury ("were beaten and injured"). These verbs
# take things more often than people ("burned 20 cars", "slashed prices", "hacked 12
# accounts", "40 houses were burned"): people only, in both voices (PEOPLE_ONLY_VERB_STEMS,
# PEOPLE_ONLY_HARMS). A beating alone is no figure: the gold counts no one who "had been
# beaten".
PEOPLE_ONLY_HARMS = _w("burned burnt scalded slashed hacked mauled")
OUTCOME_VERBS["wounded"] += _w("burn burns burned burnt burning scald scalds scalded scalding"
                               " slash slashes slashed slashing hack hacks hacked hacking"
                               " maul mauls mauled mauling")
OUTCOME_PARTICIPLES["wounded"] += PEOPLE_ONLY_HARMS + _p(
    "beaten and injured|beaten and wounded|assaulted and injured")
# The stems of the active verbs above that count people only, by the outcome they give.
PEOPLE_ONLY_VERB_STEMS: dict[str, tuple[str, ...]] = {
    "killed": ("strangl", "mow", "mown", "decapitat"),
    "wounded": ("burn", "scald", "slash", "hack", "maul"),
}
# Person suffixes that name things as often ("granaries", "tents", "bakeries", "documents"):
# for the people-only harms above a head with one of them must be a listed person
# ("residents", "migrants") or one of these ("Two granaries were burned" is no figure).
WEAK_PERSON_SUFFIXES = _w("ies ent ents ant ants an ans is ite ites ese")
WEAK_SUFFIX_PERSONS = frozenset(_w(
    "patient patients parent parents agent agents client clients occupant occupants"
    " participant participants correspondent correspondents adolescent adolescents"
    " opponent opponents servant servants merchant merchants attendant attendants"
    " tenant tenants inhabitant inhabitants assistant assistants applicant applicants"
    " deputies secretaries emissaries ladies veteran veterans"
    " artisan artisans technician technicians musician musicians physician physicians"
    " guardian guardians librarians pedestrians"))
# (round en203) One person a feature opens on, told by the endings of trades and roles
# (statement_described_subject.py): "The oldest ferryman on the lake", "A retired
# guitarist", "The night watchman"; the words these endings also close are no person.
DESCRIBED_PERSON_SUFFIXES = ("man", "woman", "ist")
DESCRIBED_PERSON_SUFFIX_NOT = ("human", "list", "sist", "mist", "wrist", "twist", "xist",
                               "hist", "moist")
# Harms suffered, sustained or received beside wounds and burns: "suffered cuts", "sustained
# internal injuries", "suffered concussion", "received broken bones". A bare "cuts" is said
# of budgets too ("departments suffered cuts"): it counts people only (PEOPLE_ONLY_CUTS).
SUFFERED_HARMS_MORE = _p("cuts|bruises|bruising|internal injuries|life-threatening injuries"
                         "|life-changing injuries|multiple injuries|critical injuries"
                         "|concussion|a concussion|concussions|broken bones|broken limbs"
                         "|a broken arm|a broken leg|a broken jaw|a broken nose|broken ribs"
                         "|a fractured skull|fractures|cuts and bruises|smoke inhalation"
                         "|a head wound|spinal injuries")
# (only the phrases not yet listed: "suffered fractures" and "received a broken arm" were)
OUTCOME_PARTICIPLES["wounded"] += tuple(
    phrase for phrase in (f"{verb} {harm}" for verb in _w("suffered sustained received")
                          for harm in SUFFERED_HARMS_MORE)
    if phrase not in OUTCOME_PARTICIPLES["wounded"])
PEOPLE_ONLY_CUTS = tuple(f"{verb} cuts" for verb in _w("suffered sustained received"))
# ... and treated for (a concussion or the injuries by their degree).
TREATED_HARMS_MORE = _p("concussion|a concussion|minor injuries|serious injuries"
                        "|internal injuries|cuts and bruises")
TREATED_HARMS = TREATED_HARMS + TREATED_HARMS_MORE
OUTCOME_PARTICIPLES["wounded"] += tuple(f"treated for {w}" for w in TREATED_HARMS_MORE)
# The arrested: custody ordered by a court before trial (the gold counts "had been remanded
# in custody"; "jailed" and "sentenced" stay out, README), an arrest told as a state, and
# custody with no contact ("held incommunicado": the state's, as a rights report tells it).
OUTCOME_PARTICIPLES["arrested"] += _p(
    "remanded in custody|remanded in detention|placed under arrest|put under arrest"
    "|placed in detention|placed in custody|held incommunicado|taken into police custody"
    "|taken into detention|taken into military custody")
# The captives: taken for a ransom ("were kidnapped for ransom"; "held for ransom" is read
# by the hostage rules, whose evidence ends at "held").
OUTCOME_PARTICIPLES["captured"] += _p("kidnapped for ransom")
# The displaced: homes left under force, told with "out of" or "chased" besides "forced
# from" and "driven from" ("were forced out of their homes", "chased from their villages");
# farmers' land is their home as much (briefed from en-135: "hundreds of families who were
# driven from their cocoa farms": a noun of the crop may stand before the place).
DISPLACED_FROM_PLACES = _w("homes home villages farms farm land lands fields")
OUTCOME_PARTICIPLES["displaced"] += tuple(
    phrase for phrase in (f"{verb} {prep} their {place}"
                          for verb in _w("forced driven chased burned")
                          for prep in ("from", "out of") for place in DISPLACED_FROM_PLACES)
    if phrase not in OUTCOME_PARTICIPLES["displaced"]) + _p(
    "expelled from their homes|expelled from their home|expelled from their villages")
# The gravely hurt told by their state with no word of harm: "Two men are fighting for
# their lives in hospital" (said of no one unhurt). "on life support" was left: its first
# word, "on", would wake every sentence for the participles, and woke a false figure.
OUTCOME_PARTICIPLES["wounded"] += _p("fighting for their lives|fighting for his life"
                                     "|fighting for her life")
# The missing after a relative clause on them, as the dead who "died" are read
# (casualty_subject_gap.py): "Three fishermen who had set out on Sunday went missing",
# "... who worked at the mine remain unaccounted for", "... have disappeared".
SUBJECT_GAP_FINITE_VERBS += _w("disappeared vanished missing unaccounted")
# Plants end as people's nouns in "-ees" do ("employees", "refugees"): "Twelve trees were
# hacked down" names no victims of the blade's verbs above.
THINGS_LIKE_PEOPLE = THINGS_LIKE_PEOPLE | frozenset(_w("tree trees"))
# ... and things burned or slashed that end as people's nouns in "-er" do: "burned at least
# 40 shelters", "set fire to 12 containers".
THINGS_LIKE_PEOPLE = THINGS_LIKE_PEOPLE | frozenset(_w(
    "shelter shelters container containers tanker tankers trailer trailers tractor tractors"
    " generator generators tower towers barrier barriers computer computers"))
# Deaths told by an idiom of the end of life ("two soldiers met their deaths", "breathed
# their last", "laid down their lives"; South Asian copy's "were done to death"), read
# after a relative clause on them too, as "died" is.
OUTCOME_PARTICIPLES["killed"] += _p(
    "met their deaths|met their death|met his death|met her death|breathed their last"
    "|breathed his last|breathed her last|laid down their lives|laid down his life"
    "|laid down her life|done to death")
SUBJECT_GAP_FINITE_VERBS += _w("met breathed laid")
# ("laid", no "-ed" past, would run on inside the victims' noun phrase: it ends it, as the
# first words of the participles above do)
GROUP_STOP = GROUP_STOP | frozenset(_w("laid"))
# The harms a hospital takes people in with besides wounds and burns: "were taken to
# hospital with fractures", "admitted with broken bones", "hospitalised with concussion",
# "airlifted to hospital with smoke inhalation" (the care rule's nouns; and the stems
# that let the rule look at its sentence).
CARE_WOUNDS = CARE_WOUNDS + _w("fractures fracture bones cuts concussion inhalation")
WOUND_STEMS = (*WOUND_STEMS, "fractur", "bones", "cuts", "concussion", "inhalation")
WOUND_NOUN_STEMS = (*WOUND_NOUN_STEMS, "fractur", "bones", "cuts", "concussion",
                    "inhalation")
# ------------------------------------ round en120: whose quote it is
# The unit of a body that heads its own statement in capitals after the body's name and a
# dash: "NATIONAL ARMY OF KESSA - THIRD DIVISION" is a letterhead, the unit no source of the
# body's name (statement_headlines.py).
LETTERHEAD_UNITS = _w("division divisions brigade command battalion regiment corps directorate"
                      " headquarters")
# ------------------------------------ round en122: captives, arrests and the dead, crossed
# What opens an aside between commas on the counted people, their verb after its closing
# comma (casualty_aside_gap.py): "The two men, both in their twenties, died", "a third
# suspect, who had driven the getaway car, was detained".
ASIDE_GAP_OPENERS = _w("who both all each")
# What follows the people after captors "took" them when they were moved, not captured
# (casualty_took_people.py): "took six women to hospital", "took them back home";
# "to an unknown location" and "away" are read before (TAKEN_ALONG).
TOOK_PEOPLE_MOVED = _w("to into back home for off out")
# What may follow people "held" after an arrest was told (casualty_held_arrest.py): "only
# 12 people had been held, and all for questioning", "were held overnight" ("held talks",
# "held up signs" have an object; "at" a place is also where meetings are held).
HELD_AFTER_ARREST_NEXT = _w("for on since in after over overnight without until and"
                            # (round en235) the place the story named before: "were
                            # being held there", as "held in" it
                            " there")
# ... and the grounds people are held on, the state's words: "held on suspicion of".
HELD_ON_GROUNDS = _w("suspicion charges charge accusations")
# The tellers whose word makes people "being held" detainees after disorder (round en184):
# "The regional police commander said 17 people were being held" (a captor does not count
# its captives to the press this way; a story of hostages is left out by the caller).
HELD_POLICE_TELLERS = _w("police policeman policemen gendarmerie gendarmes commander")
# ... and what may follow their "being held": nothing, or a time or reason ("on the third
# floor", "on board", "in the hotel" are where captors hold people).
HELD_POLICE_NEXT = _w("for since after overnight without until and pending")
# Whole households gone with no place named (casualty_households_gone.py): "have moved
# away", "had packed up and left", then the clause's end or the fighting it followed ("as
# the fighting neared"); "since 2022" tells a drift of years, no flight.
GONE_ADVERBS = _w("already now all reportedly also")
GONE_VERBS = _p("left|moved away|moved out")
GONE_THEN = _w("as after during amid")
# The nouns of a capture that people were freed after (casualty_freed_after.py): "14
# farmers freed after abduction", "released after months in captivity" ("freed after
# questioning" were detained).
CAPTURE_NOUNS_FREED_AFTER = _w("abduction kidnapping kidnap captivity")
# ... unless the noun only qualifies the next one, a trial or an inquiry of a kidnapping
# ("released after their kidnapping trial") or a failed attempt: no capture of theirs.
CAPTURE_NOUN_QUALIFIED = _w("trial trials case cases charge charges inquiry investigation"
                            " probe hearing suspect suspects gang ring plot attempt bid"
                            " conviction sentence")
# What follows a gapped "and a seventh" (its verb shared with the clause before) when it
# is one more person (casualty_ordinal_more.py): a place or a time, no noun.
GAPPED_ORDINAL_NEXT = _w("in at on later after during overnight")
# ... or the cause of a care the verb shares (round en171): "Two were treated for burns and
# a third for gunshot wounds" (the figure before must count one fewer, so "jailed for life
# and a third for ten years" reads nothing).
GAPPED_ORDINAL_NEXT += _w("for")
# Whom "armed" or "masked" makes captors, as "armed men" (casualties._RARE["captor_near"],
# casualty_taken): "armed youths from across the river raided her village" (en-71).
ARMED_BAND_NOUNS = _w("men youths")
# Whom captives are handed over to on their release (casualty_freed_after.py): "41 children
# and 12 women handed over to local authorities", "handed back to their families".
HANDED_OVER_TO = _w("authorities officials families relatives elders chiefs mediators")
# (round en178) Suspects caught by the people around them and then given up to the law are
# arrested (casualty_freed_after.py): "Villagers caught seven suspected thieves ... The seven
# have been handed to the authorities". Whom they are handed to, the people so counted
# besides a bare count, and the words of the catch told before.
HANDED_TO_LAW = _w("police authorities gendarmes gendarmerie") + _p(
    "security forces|law enforcement")
HANDED_SUSPECTS = (*SUSPECT_NOUNS, *_w("thieves thief robbers robber attackers bandits"
                                       " gunmen assailants culprits"))
CAUGHT_BY_CROWD = _w("caught apprehended overpowered nabbed grabbed cornered subdued")
# ... and the phrase that wakes their sentence (casualty_woken.py; "handed" is no cue word:
# weapons, sentences and cheques are handed over far more often than people).
WAKING_PHRASES += tuple(f"handed {over}to {the}{law}" for over in ("", "over ")
                        for the in ("", "the ", "local ") for law in HANDED_TO_LAW)
# What opens a reduced passive relative on the counted people before their verb
# (casualty_aside_gap.py): "Three men wanted for murder were arrested", "two men
# identified by survivors as the boat's pilots had been detained".
REDUCED_RELATIVE_OPENERS = _p("wanted for|wanted in connection with|wanted by|identified by"
                              "|identified as|described as|named as|sought by|known as")


# ------------------------------------------------------------- round en121: non-fatal harm
# A bare "shot" of counted people is the wounded, as the blind sets' gold reads it ("Two
# Guardia Civil officers were shot", "a hostage has been shot", "A cousin who was with them
# was shot"): a death takes its own phrase ("shot dead", "shot and killed", read first), and
# casualty_bare_shot.py drops the rest (a death told beside it, "shot at", "shot down", the
# dead or the victims shot, things shot on film).
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + _w("shot")
# What after a bare "shot" makes it no wound: an aim that may have missed or a craft downed
# ("shot at" before a determiner is where it happened: "were shot at a checkpoint").
BARE_SHOT_PARTICLES = _w("down up through out off")
# A bare "shot" of a camera, no gun: what follows it tells a photograph or a film ("were
# shot for the magazine cover", "shot in Paris by a film crew", "shot to fame").
BARE_SHOT_MEDIA = _w("magazine cover advert advertisement calendar poster album"
                     " catalogue")
BARE_SHOT_CAMERA_AGENTS = _p("photographer|photographers|film crew|camera crew|filmmaker"
                             "|filmmakers")
BARE_SHOT_RISE = _w("fame stardom prominence")
# A death told in the same sentence: the shooting is the death's, not a wound.
BARE_SHOT_DEATH_WORDS = _w("dead died dies killed killing death deaths murder murdered"
                           " slain fatally fatal bodies buried")
# ... except a part of them told dead, which keeps the whole as the wounded ("five people
# were shot, two of them fatally", read as its own figure).
BARE_SHOT_FATAL_PARTS = _p("of them fatally|of whom fatally|of them fatal")
# The people shot named as the dead or the victims of a killing told elsewhere.
BARE_SHOT_DEAD_NOUNS = _w("dead victims bodies deceased")
# A place told by a shooting there ("a football pitch where a friend was shot"): the
# clause names the place, the people are a story's, not the news' figure.
BARE_SHOT_PLACE_WORDS = _w("where")
# The active's bare "shot" with a counted person as its object is the wounded as its
# passive is (en-63 "shot two snowboarders", en-64 "shot a young worker"); what after the
# object makes it something else: the death ("shot two guests dead", ", killing both"),
# read in the rest of the sentence only (the killer of someone else may wound another:
# "killed his partner and shot a young worker").
# ... whose object must be a person: a guest is one ("shot two guests" at a wedding), a
# deer, whose "-er" ends as people's nouns do, is none ("The hunters shot two deer").
PERSON_WORDS = PERSON_WORDS | frozenset(_w("guest guests"))
THINGS_LIKE_PEOPLE = THINGS_LIKE_PEOPLE | frozenset(_w("deer"))
# What sets off an aside on the counted people before a predicate of harm that is no
# passive (casualty_harm_aside.py): a quantifier apposition ("The two men, both in their
# twenties, are in a serious condition") and a short relative clause ("A cousin who was
# with them needed stitches").
# (the openers of round en122's asides: ASIDE_GAP_OPENERS)
HARM_ASIDE_RELATIVES = _w("who")
HARM_ASIDE_QUANTIFIERS = tuple(w for w in ASIDE_GAP_OPENERS if w not in HARM_ASIDE_RELATIVES)
# ... and the harm verbs whose phrases are read after it ("suffered moderate injuries").
HARM_ASIDE_VERBS = _w("suffered sustained received")
# A harm named by two kinds joined after the verb (casualty_harm_told.py): "Six other
# residents sustained gunshot and machete injuries" (the kinds are INJURY_KINDS; the verbs
# are the same as after an aside).
HARM_TOLD_VERBS = HARM_ASIDE_VERBS
# The hurt told by their recovery from a named harm (casualty_harm_told.py): "A third man
# ... is recovering in hospital with head injuries" ("recovering" from an illness or a
# loss names no wound and is left: the harm noun decides).
RECOVERY_WORDS = _w("recovering")
RECOVERED_HARMS = _w("wounds injuries burns wound injury")
# The time a hospital's tally covers, between the people treated and a part told by its
# harm (casualty_care_given.py): "has treated 11 people since the morning, four of them
# for pellet wounds" (en-72).
TREATED_TIME_PREPOSITIONS = _w("since on over during")
# Where a bare "shot" struck that is as often a death as a wound ("A guard was shot in the
# head", "shot a guard in the chest"): no figure unless the person is told alive after it
# ("A cousin ... was shot in the stomach and survived", en-58).
BARE_SHOT_VITAL_PARTS = SHOT_BODY_PARTS + _w("abdomen")
BARE_SHOT_ALIVE_WORDS = _w("survived survives surviving survive condition hospital recovering"
                           " recovered")
# A headline's bare "shot" before "at" and a gathering or a place where people are shot
# (casualty_headline_bare.py): "Two guests shot at wedding near Kaunas" (en-64); "at"
# before people or a target stays the active's ("Two men shot at police").
HEADLINE_SHOT_LINKS = HEADLINE_SHOT_LINKS + tuple(
    f"at {article}{place}" for article in ("", "a ", "the ")
    for place in _w("wedding party funeral checkpoint bar nightclub club school market rally"
                    " protest concert festival vigil restaurant"))

# ---- round en124: the same figure whichever common word news uses for it
# (bench/blind/perturb_lexical.py swaps a word for its neighbour of the same kind; these
# are the neighbours the engines did not read.)
# "slay" counts as "kill" does, in the active as in the passive: "the army said it had
# slain 12 insurgents" ("slew" is left out: "a slew of" is no verb).
OUTCOME_VERBS["killed"] = OUTCOME_VERBS["killed"] + _w("slay slays slain slaying")
# "taken into custody" before its people, as "arrested" is: "Police have taken into
# custody 14 men" (the passive "14 men were taken into custody" was read already). It
# takes people only (casualties.py: "taken into custody 14 kilograms of heroin" is
# evidence held; the people may have a phrase after them, "214 people without charge").
CUSTODY_TAKING_VERBS = _p("taken into custody|took into custody|take into custody"
                          "|takes into custody|taking into custody")
OUTCOME_VERBS["arrested"] = OUTCOME_VERBS["arrested"] + CUSTODY_TAKING_VERBS
# The passive of the phrasal arrest: "Twelve suspects had been picked up" (the active
# needs a force named before it; the passive's rescues are dropped in
# casualty_lexical.py: "25 survivors were picked up by a fishing boat").
OUTCOME_PARTICIPLES["arrested"] = OUTCOME_PARTICIPLES["arrested"] + _p("picked up")
# The hurt named by a list after them, as "the injured were" is: "Among the hurt were
# three children".
OUTCOME_VERBS["wounded"] = OUTCOME_VERBS["wounded"] + _p(
    "hurt included|hurt include|hurt includes|hurt were|hurt are")
# The people a hospital treated after violence, by the other words for civilians: "has
# treated 17 villagers" as "has treated 17 people".
TREATED_HURT_HEADS = TREATED_HURT_HEADS + _w("residents villagers inhabitants")
# Captors told by their arms, not their name, as "unidentified men" are: "taken by armed
# men on the road".
UNNAMED_MEN = UNNAMED_MEN + _w("armed")
# One projectile as the plural is read: "A woman was hit by a stray bullet", "hit by a
# piece of shrapnel" ("hit by a car" and "hit by a stone" stay nothing; a bare "a bullet"
# is no kind, as bare "bullets" is none in the plural: "hit by a bullet-proof car").
HIT_ONE_PROJECTILE = _p(
    "a stray bullet|a rubber bullet|a plastic bullet|a rubber-coated bullet|a rifle bullet"
    "|a piece of shrapnel|a shell fragment|a bullet fragment")
HIT_PROJECTILES = HIT_PROJECTILES + HIT_ONE_PROJECTILE
# What hit a person who then died (casualty_hit_died.py, round en184): "was hit in the chest by
# a rubber bullet and died", "was struck by a stray bullet and died" ("a car" stays out).
HIT_DIED_ROUNDS = _w("bullet bullets shell shells shrapnel pellet pellets projectile"
                     " projectiles round rounds grenade grenades canister gunfire sniper")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    f"hit by {w}" for w in HIT_ONE_PROJECTILE)
# What befell a person who then died, read as the death (casualty_hit_died.py): "was trapped
# inside his cab and died", "were pinned under the rubble and later died", "was rushed to
# hospital and died". "hit" and "struck" are read apart (a car accident stays out); "born",
# "married" never join ("was born in 1950 and died in 2001").
DIED_AFTER_PARTICIPLES = _w("trapped caught crushed buried burned burnt pinned dragged beaten"
                            " tortured rushed taken airlifted evacuated admitted flown carried"
                            " pulled thrown left abandoned hurled")
# What follows a passive "picked up" that makes it a rescue or a ride, not an arrest
# (casualty_lexical.py): "were picked up by a fishing boat", "picked up from the sea",
# "picked up at the airport"; the people rescues pick up are PICKED_UP_RESCUED, with the
# ones a ride picks up.
PICKED_UP_RIDE_HEADS = _w("pupils schoolchildren children tourists travellers travelers"
                          " hitchhikers")
PICKED_UP_RIDE_AFTER = _p(
    "by a|by the|by an|by rescuers|by helicopter|by helicopters|by boat|by boats|by ship"
    "|by ships|by buses|by bus|by coastguard|by coast guard|by fishermen"
    "|from the sea|from the water|from the river|from the rubble|from the wreckage"
    "|from school|from the school|from the airport|from the station|at the airport"
    "|at the station|at sea|off the coast")
# Captives told by a plain "taken" and then by their being gone (casualty_lexical.py):
# "8 people were taken from the village; their whereabouts are unknown", "Seven people
# were taken and remain unaccounted for", as "were kidnapped" is read. What says they are
# gone, after the verb in the same sentence ...
GONE_AFTER_TAKEN = _p("whereabouts|unaccounted for|still missing|remain missing"
                      "|remains missing|not been heard|nothing has been heard|never seen again"
                      "|not been seen since|not seen since")
# ... and what after "taken" makes it no capture, whatever follows (care, custody, an
# illness, a share; "taken by" is read with its agent elsewhere).
TAKEN_NOT_CAPTURE_NEXT = _w("to into ill aback up over part care for by seriously"
                            " hostage prisoner captive")
# The other names of the forces whose "picked up" is an arrest: "officers had picked up
# seven suspects", "Cuban authorities have picked up dozens of people".
ARRESTING_FORCES = ARRESTING_FORCES + _p("officers|authorities|detectives|rcmp")
# The passive care with no harm named, where the report tells of violence
# (casualty_lexical.py): "Nine people were treated at the municipal hospital" after a
# clash counts the wounded, as "treated 17 people" after it does; what may follow the
# care and its place while it stays the whole of what is said ("treated for flu", "treated
# well", "treated as suspects" go on with something else, and stay nothing; "after" is
# left to the violence named after it, since "after eating bad fish" is none).
TREATED_THEN = _w("and on overnight since")
# Words that end the object of a verb "to death" before the phrase could reach it
# (casualty_lexical.py): "Mobs beat a man accused of stealing sheep to death" reads past
# the man's description, "beat two men and sentenced three to death" does not.
TO_DEATH_GAP_STOPS = _w("and or but who whom that which while before after then when"
                        " sentenced condemned")
# The nouns "of the ... <participle>" reads as "of those <participle>" (casualties.py): "76
# of the residents freed" as "76 of the people freed", "Five of the villagers killed".
THOSE_PEOPLE_NOUNS = _w("people residents villagers civilians inhabitants")
# A plain "taken" read as a capture by how or when it was told (casualty_lexical.py): "A
# woman who was taken at gunpoint", "two managers were taken in March", "two of its workers
# were taken in October and ..." (the date then the clause's end, as "taken that day" is
# read; never with the police named in the sentence, where "taken" is an arrest told
# loosely).
TAKEN_HOW = _p("at gunpoint|at knifepoint|at gun point")
TAKEN_LOOSE_ARREST = _p("police|policemen|officers|detectives|authorities|security forces"
                        "|soldiers|troops|army|gendarmes|custody|arrested|detained|arrest")


# ------------------------------------------------------------- round en123: neutral gaps
# What stands between counted people and their verb and is skipped when neutral
# (casualty_neutral_gap.py): "Eleven people, witnesses said, were detained", "Four
# journalists covering the march were held". A stretch holding one of these words is no
# neutral modifier: an outcome of its own (besides the first word of every outcome
# participle), a finite verb, or a count.
NEUTRAL_GAP_OUTCOME_WORDS = _w("dead died die dies dying death deaths killed killing wounded"
                               " wounding injured injuring injuries wounds hurt casualties"
                               " victims bodies missing arrested detained captured kidnapped"
                               " abducted hostage hostages displaced fled released freed")
NEUTRAL_GAP_FINITE_WORDS = _w("was were is are has have had be been being will would could"
                              " can may might did does do")
NEUTRAL_GAP_COUNT_WORDS = _w("one two three four five six seven eight nine ten eleven twelve"
                             " thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
                             " twenty thirty forty fifty hundred hundreds thousand thousands"
                             " dozen dozens several scores")
# Words in -ing that open no reduced relative: "including four women" is a sub-group read
# on its own, "during", "following" open an adjunct.
NEUTRAL_GAP_NOT_PARTICIPLES = _w("including during following according morning evening"
                                 " building nothing something being")
# What follows a participle in -ed that opens a reduced relative: "accused of looting",
# "based in the capital", "employed by the company".
NEUTRAL_GAP_PARTICIPLE_PREPOSITIONS = _w("of in at by on near from with for to")
# What opens a sub-group in an aside, whose description is then skipped too: "11 people,
# including two officers of the presidential guard, had been detained".
NEUTRAL_GAP_SUBGROUP_OPENERS = _p("including|among them")
# What may stand between the skipped stretch and the finite verb: "Four soldiers, most of
# them from the area, later died".
NEUTRAL_GAP_VERB_ADVERBS = _w("also later all both since reportedly then now still")
# The prepositions of a phrase on the counted people that is skipped as a reduced relative
# is: "Two from the nearby village died" ("of" opens a partitive, read on its own).
NEUTRAL_GAP_PHRASE_PREPOSITIONS = _w("from in at near aboard inside outside on beside")
# A place adjunct right after a passive outcome is skipped too ("Two young men were taken
# away near the border, and ..."): its prepositions, what may follow it (a mark, or "and" /
# "by" that the readings of captives and care look for right after the participle; before
# a date the adjunct changes no reading and the text is not read twice for it), and the
# places that tell the outcome itself and are kept ("held in custody", "treated in
# hospital").
NEUTRAL_GAP_TAIL_PREPOSITIONS = _w("in near at outside around beside inside")
NEUTRAL_GAP_TAIL_FOLLOWERS = _w("and by")
NEUTRAL_GAP_TAIL_KEPT = _w("hospital hospitals custody captivity detention prison jail jails"
                           " cell cells camp camps clinic morgue rubble fighting crossfire"
                           " attack attacks blast explosion clashes")
# Where the counted people's phrase before such a stretch may open: a word that ends the
# clause before it or opens theirs ("a gunfight in which three settlers ... died", "where
# two of them ... died", "Doctors say two more of the wounded ... died").
NEUTRAL_GAP_PHRASE_OPENERS = _w("that and said says say told when as while which whom where"
                                " after before because since until although though if")

# ---- round en125: the same figure whichever voice or clause carries it
# What news says is "killed", "hurt" or "injured" that is no person: a bill, a plan, a
# deal, a crop, a chance ("The committee killed five amendments", "Two bills have been
# killed off", "injured two players' chances"). A figure whose counted head is one of
# them, or whose verb has one for its object before the count ("killed the engine and
# five passengers got out"), is no casualty.
FIGURATIVE_VICTIM_HEADS = _w(
    "bill bills proposal proposals amendment amendments motion motions project projects"
    " deal deals plan plans reform reforms crop crops chance chances hope hopes idea ideas"
    " talks measure measures programme programmes program programs scheme schemes"
    " initiative initiatives resolution resolutions law laws engine engines job jobs"
    " story stories career careers rumour rumours rumor rumors contract contracts")
# The dead told as what an event cost them: "The fighting has cost at least 30 people their
# lives", "..., costing 12 soldiers their lives", beside "claimed the lives of" and "cost
# the lives of" (OUTCOME_VERBS["killed"]). Only "lives" or "life" is the price ("cost 300
# workers their jobs" is none).
COST_LIVES_VERBS = _w("cost costs costing")
COST_LIVES_OWNERS = _w("their his her")

# ---- round en126: the same figure however news writes its count
# Words that tell a count added to an earlier one or summed, read as the count alone
# (casualty_count_opener.py): "treated a further 19 people", "killing a total of 11
# policemen", "Police took another 19 people into custody".
COUNT_ADDING_OPENERS = _p("a total of|a further|an additional|an extra|another")
# ... not after these, where the count is one planned, hoped for or compared
# ("aid for another 5,000", "room for an additional 300"): PLANNING_FOR too.
COUNT_ADDING_NOT_AFTER = _w("for than the of per")


# ---------------------------------------------------------------- round en127
# Figures told as a state (casualty_state.py). The participles of "have not been ... since"
# that tell people gone: "two villagers have not been seen since", "a nurse has not been
# heard from since" ("found" is left out: bodies are found too).
NOT_SEEN_STATES = _p("seen|heard from|heard of")
# ... and the state the missing remain in (after STILL_HELD_VERBS): "remain unaccounted
# for" is read as "are missing", "remains still missing" as "is missing".
# Machines that go missing and end as people's nouns in "-er" do: "the two rovers have not
# been seen since", "two gliders are missing".
THINGS_LIKE_PEOPLE = THINGS_LIKE_PEOPLE | frozenset(_w(
    "rover rovers lander landers glider gliders transmitter transmitters"))
# ... never of the people sought: suspects, and doers who fled ("The two suspects have not
# been seen since the robbery", "Two gunmen have not been seen since the attack" are
# wanted, not missing).
NOT_MISSING_SOUGHT = (*SUSPECT_NOUNS, *_w(
    "gunmen gunman kidnappers abductors attackers assailants captors raiders bandits"
    " robbers fugitives escapees"))
REMAINING_STATES = _p("unaccounted for|missing|still missing|still unaccounted for")
# People driven out, told in the passive: "6,000 people who were driven from the
# settlements", "a million people forced out of Myanmar" are read as "fled" is.
DRIVEN_OUT_PARTICIPLES = _w("driven forced chased")
# ... and such a passive tells the flight a later part of the crowd is counted after
# ("About 14,000 people have been driven from their villages. Some 5,500 of them have
# arrived in Isangi").
SHELTER_FLIGHT_WORDS = (*SHELTER_FLIGHT_WORDS, *_p("driven from|forced from|forced out of"))
# The word of captivity as a state ("six workers are still in captivity"), which wakes a
# sentence for it.
CAPTIVITY_STATE_WORDS = _w("captivity")
# People "in custody" are the detained the README counts as arrested ("17 people remain
# in custody", "Five suspects are in custody in connection with the shootings"), read as
# "are detained" (casualty_state.py) only before an end of the clause or one of these
# words: "custody battles", "in custody of the children" and "in custody for questioning"
# (held short of an arrest, as "taken in for questioning") stay out.
CUSTODY_STATE_AFTER = _w("in on at after since pending following over until awaiting"
                         " without while as and but")
# ... after a plural verb only: "a suspect is in custody" in a live blog is the story's
# arrest told again, not a figure of its own.
CUSTODY_STATE_VERBS = _w("remain are were")
# Places a displacement is counted in, never its people: "300 people from Kaiap and two
# neighbouring hamlets have been forced from their homes" counts no hamlets.
NONPERSON = NONPERSON | frozenset(_w("hamlet hamlets settlement settlements"))

# ---- round en128: a part of a group told apart from the group
# The words a toll's verb or people end with, after which a phrase of time or place may
# stand before the part told after a comma (casualty_part_gap.py): "were killed late on
# Saturday, 24 of them children", "shot dead three members on the outskirts of the town,
# among them the treasurer". The outcomes' own words (NEUTRAL_GAP_OUTCOME_WORDS) are there
# too; these are the words of care they leave out.
PART_GAP_TOLL_WORDS = _w("treated hospitalised hospitalized admitted")
# What opens such a phrase of time or place ("of" stays with the people before it: "12
# members of the family").
PART_GAP_OPENERS = _w("in on at near over during since across late early overnight"
                      " yesterday today outside inside around throughout between from")
# What opens the part after the comma: a mark of the sub-group, or its count "of them".
# ... and the places and times such a phrase may count; a count of anything else there may be
# the people's own ("wounding at least nine people, including ...")
PART_GAP_COUNTED = _w("villages towns cities districts provinces regions states areas"
                      " neighbourhoods neighborhoods days weeks months hours nights attacks"
                      " incidents raids places locations sites")
PART_GAP_MARKS = _p("among them|among whom|including")
PART_GAP_PRONOUNS = _w("them whom")
# The states of the dead a part of them is told by (casualty_part_state.py): "Two of them
# were charred", "Three of the dead were burned beyond recognition", after a killing; the
# calls keep the part killed, as "two of them burned beyond recognition" of the bodies.
DEAD_PART_STATES = _p("charred|burned beyond recognition|burnt beyond recognition"
                      "|burned|burnt|beheaded|decapitated|mutilated|dismembered"
                      "|disfigured|charred beyond recognition")
# ... the stems of those states a text must hold for the reader to run
DEAD_PART_CUES = _w("charred burn behead decapitat mutilat dismember disfigur")
# ... and the wholes named by their death, whose part told burned is no wounded
DEAD_PART_WHOLES = _p("the dead|those killed|the bodies")
# A part after its toll's comma that names its whole by the toll's outcome
# (casualty_part_state.parts_by_reference): "At least 17 people were wounded, six of those
# hurt with gunshot wounds", as "six of them with gunshot wounds" is read.
PART_REFERENCE_WORDS: dict[str, tuple[str, ...]] = {
    "wounded": _w("hurt wounded injured"),
    "killed": _w("dead killed"),
    "captured": _w("abducted kidnapped taken held"),
    "arrested": _w("detained arrested held"),
}

# ---------------------------------------------------------------- round en132
# Counts the sentence keeps apart from their outcome (casualty_apart.py).
# The marks that open a list of who was among a toll: "At least nine civilians, among them
# a pharmacist and two brothers, had been killed"; "..., a grandmother and three children
# among them."
APART_LIST_MARKS = PART_GAP_MARKS  # (the marks of a part after its toll)
# The words that open an apposition of counted people, read past between them and their
# verb: "Two civilians, a man of 63 and his neighbour, were killed".
APART_APPOSITION_OPENERS = _w("a an the his her their its both")
# A crowd coordinated with a count, no count of its own: "Eight officers and an unknown
# number of protesters were hurt".
APART_UNCOUNTED = _w("unknown undisclosed unspecified uncounted unconfirmed")
# ... and the verbs of giving a number that, denied, withhold it (round en184): "Police have
# not yet given a number of arrests", "did not give the number of people detained".
APART_WITHHELD_NUMBER_VERBS = _w("give gives gave given giving provide provided release released"
                                 " disclose disclosed announce announced offer offered"
                                 " confirm confirmed")
# ... and the openers of a last member with no count closing a toll's parts in apposition
# (round en159): "Five people, four passengers and the driver, were killed".
APART_UNCOUNTED_MEMBER_OPENERS = _w("the his her their its")
# The verbs a count's clause goes on with after such a stretch.
APART_FINITE = SUBSET_AUXILIARIES  # (a sub-group's auxiliaries)
# A toll's nouns by outcome, as "put ... at" and "bringing to N the number of ... killed"
# and a headline's "arrests pass 50" name it.
APART_TOLL_NOUNS = {
    "killed": _w("dead deaths fatalities killed"),
    "wounded": _w("wounded injured injuries"),
    "arrested": _w("arrests detentions detainees arrested detained"),
    "captured": _w("abducted kidnapped hostages abductions kidnappings"),
}
# ... and the bare toll nouns a headline's verb of passing takes ("death toll passes 40").
APART_TOLL_HEADS = _w("toll tolls")
# Verbs of a toll passing a mark: "arrests pass 50", "death toll tops 100".
APART_PASS_VERBS = _w("pass passes passed top tops topped exceed exceeds exceeded surpass"
                      " surpasses surpassed")
# (The verbs that bring a toll to a count before its noun, "bringing to two the number of
# ...", are TOLL_CARRYING_VERBS, shared with casualty_fronted_toll.py since round en155.)
# Giving a toll by its number: "put the dead at nine", "put the number of detentions far
# higher, at well over 600".
APART_PUT_VERBS = _w("put puts putting")
# (round en235) A running number whose people a relative clause tells by what befell them
# (casualty_number_who.py, and casualties.py's "the number of" reading): "bringing to at
# least 230 the number of detainees who have died in custody" (the dead, not the
# detainees), "put the number of families who have fled the district since May at about
# 40". The verb after "who have" (or "who have been") decides the outcome.
NUMBER_WHO_VERBS: dict[str, str] = {
    **dict.fromkeys(_w("died killed murdered executed"), "killed"),
    **dict.fromkeys(_w("wounded injured"), "wounded"),
    **dict.fromkeys(_w("disappeared vanished"), "missing"),
    **dict.fromkeys(_w("fled displaced left"), "displaced"),
    **dict.fromkeys(_w("abducted kidnapped"), "captured"),
}
# (review 50) ... but "left" a place of care, custody or refuge, or a body one belongs to,
# is no flight from violence: "the number of people who have left the camp", "who have
# left hospital", "who have left the party" (a camp's people going home are no displaced).
NUMBER_WHO_LEFT_NOT = _w("camp camps shelter shelters hospital hospitals prison prisons jail"
                         " custody detention party union group army service")


# ---------------------------------------------------------------- round en129
# Dates the clause puts ahead of publication (date_events.py, date_direction.py).
# Acts whose object is an event that comes after the act, whatever the act's tense: "allowed
# a march on Saturday", "called a strike for 11 October", "called for a general strike on 1
# October", "prepared for the vote on 11 October"; a headline's present of the same acts
# sets its day ahead ("Council allows Saturday rally", "Council sets October 11 vote").
EVENT_SETTING_VERBS = _w("allow allows allowed approve approves approved authorise authorises"
                         " authorised authorize authorizes authorized permit permits permitted"
                         " set sets prepare prepares prepared")
# ... and calls, which set an event only with a "for" ("called for a strike on 1 October",
# "called a strike for Friday"): "unions called the protest on Wednesday" dates the call.
EVENT_CALLING_VERBS = _w("call calls called")
# ... the present forms among them, which a headline uses for its news
EVENT_SETTING_PRESENT = _w("allow allows approve approves authorise authorises authorize"
                           " authorizes permit permits call calls set sets")
# Events news announces ahead of them, the nouns such an act takes as its object (a
# hyphen splits a word for the clause reader: "by-election" ends in "election").
EVENT_NOUNS = _w("rally rallies march marches strike strikes protest protests demonstration"
                 " demonstrations vote votes election elections"
                 " referendum referendums poll polls walkout walkouts hearing"
                 " hearings summit summits meeting meetings")
# The words that may stand between such an act and its event: "for a general strike".
EVENT_OBJECT_PREPOSITIONS = _w("for")
# The preposition between the event and its date: "a rally on Saturday", "a strike for".
EVENT_DATE_PREPOSITIONS = _w("on for in")
# "ahead of" an event: under any verb the event lies after the act ("campaigned ahead of the
# vote on 11 October"; a past act keeps it in the few months before publication at most).
# (as the clause reader splits them: "run-up" is "run up")
EVENT_AHEAD_MARKERS = _p("ahead of|run up to|preparation for")
# (round en194) A vote is told ahead with "before" as with "ahead of": "further incidents
# before the vote on Saturday" (a rally or a hearing "before" may be one already held); and
# a vote's gerund stands as the event without an article: "ahead of polling on Sunday",
# "before voting on Saturday" (date_events.py).
VOTE_AHEAD_MARKERS = _p("before")
VOTE_EVENT_NOUNS = _w("vote votes election elections poll polls referendum ballot runoff")
VOTE_EVENT_GERUNDS = _w("voting polling balloting")
# A present of going to vote is an election's timetable: "Voters go to the polls on 11
# October" ("went" is past).
TIMETABLE_VERBS += _w("go goes")
# An intention told passively: "were meant to intimidate voters in the election on 11
# October" looks ahead of the plan, as "intended to" does.
INTENT_VERBS += _w("meant")
# Words that open a clause after such an event's date that may tell how it went ("which
# turned violent", "but ended in clashes"): a past verb right after them keeps it behind.
EVENT_OUTCOME_OPENERS = _w("which that but and where")
# The words of START_WORDS that are no timetable's present before a day: "start" and "starts"
# are as often nouns ("a fresh start in March"), the -ing forms no finite verbs; the others
# are ("the hearings resume on Thursday", date_direction.py).
START_NOT_PRESENT = _w("start starts starting beginning")

# ---------------------------------------------------------------- round en131
# The displaced told by where they went (casualty_went_away.py): in a text about violence
# (a word of VIOLENCE_CUES, FLED_VIOLENCE or these before the move), a move of people is
# read as their flight, under the flight's own checks (civilians, a crowd or households;
# "three fighters left the town" and "tourists arrived" stay nothing).
MOVE_VIOLENCE_CUES = _w("war conflict insurgency killed killings burned torched looted"
                        " raided clashed riot riots rioting")
# "had moved into the town", "have moved to villages", "More than 40 families have moved.":
# the perfect only (a simple past "moved into the new estate" is any move), before where
# they went or the clause's end.
WENT_MOVE_ADVERBS = _w("since now already all recently also")
WENT_MOVE_AFTER = _p("to|into|away|out|closer to|nearer to|towards|toward")
# Shelter sought, taken or found in a place, read as refuge ("sought refuge" is flight:
# REFUGE_MOVES); and the night spent away from home ("spent the night in church halls").
# The simple past of each is read as the perfect: refuge in a place is a stay, not the
# escape from a scene that "two women fled the attackers" is.
SHELTER_TAKING_VERBS = {"sought": "have sought", "took": "have taken", "found": "have found",
                        "seek": "seek", "seeking": "seeking", "taken": "taken",
                        "taking": "taking", "find": "find", "finding": "finding"}
SHELTER_NOUNS = _w("shelter sanctuary")
NIGHT_SPENT = _p("spent the night|spent the nights|spent nights|spent the past nights"
                 "|spent several nights")
REFUGE_PLACE_PREPOSITIONS = _w("in at inside with under on among near outside around")
# ... perhaps after how long they stay: "were sheltering overnight in mosques and churches"
REFUGE_STAY_ADVERBS = _w("overnight temporarily")
# Arrivals at a place of refuge, in any tense: "some 1,300 households arrived in the camp"
# (an arrival in a town may be any journey; a hospital's arrivals are its wounded).
REFUGE_ARRIVAL_PLACES = _p("camp|camps|displacement camp|refugee camp|border|frontier"
                           "|border post|shelter|shelters|transit centre|transit center"
                           "|reception centre|reception center|settlement for the displaced")
# ... and, in the perfect, in a town by its name: "more than 3,500 people have arrived in
# Baraka" (a hospital's name follows "at", not "in").
REFUGE_ARRIVAL_TOWN_OPENERS = _w("in")
# A move whose sentence goes on with a purpose of leisure or work, or a span of years, is
# no flight, even in a story of violence: "have arrived in Baraka for the festival", "have
# moved to villages near the lake to retire", "have moved away over the past decade".
MOVE_ORDINARY_AFTER = _p("for the festival|for the fair|for the holidays|on holiday"
                         "|for work|for jobs|to retire|to study|for the season"
                         "|over the past decade|over the past years|in recent years"
                         "|over the years|for the tournament|for the match|for the concert"
                         "|to attend|to watch|to vote|for the school year")
# Sides and quarters of a place left (round en131; LEFT_PLACES): "have left the north side".
LEFT_PLACES += _w("side quarter quarters outskirts")
LEFT_PLACE_OPENERS += (*COMPASS_POINTS, *_w("old"))
# A crowd that "left" at the end of its sentence, in the simple past, after a word of
# violence: "some 160 people, nearly the whole community of the settlement, left." is read
# as "fled." (a few, or fighters, who left are no displaced: the flight's checks).
LEFT_AT_END = _w("left")
# Places a stay in tells no refuge: care ("spent the night in hospital" are the wounded),
# custody, and hiding from one attack ("took shelter in the basement as the shells fell").
REFUGE_NOT_PLACES = _w("hospital hospitals clinic clinics custody jail jails prison prisons"
                       " cell cells police basement basements cellar cellars bunker bunkers"
                       " trench trenches ditch ditches")
# A flight's simple past is a verb the neutral material before it is skipped for
# (casualty_neutral_gap.py), as "have fled" is by its auxiliary: "some 160 people, nearly
# the whole community of the settlement, fled" (and "left." read as "fled." above).
SUBJECT_GAP_FINITE_VERBS += _w("fled")
# "sought" ends the counted people's phrase, as "fled" does: "About 3,400 people sought refuge
# in neighbouring villages" read "people sought refuge" as the people's own words before.
GROUP_STOP = GROUP_STOP | frozenset(_w("sought"))

# ------------------------------------------------ round en130: people told by their release
# (casualty_released.py) People counted by their release keep the outcome of what held them:
# hostages freed were captured (README), detainees freed were arrested (the sets' calls).
# The participles of release besides RELEASE_PARTICIPLES: "Six were liberated", "were let go".
RELEASE_MORE_PARTICIPLES = _p("liberated|set free|let go")
# The active verbs of release before their count: "Troops freed 12 sailors", "Each side
# frees 24 men" (the participles above and the present forms).
RELEASE_ACTIVE_VERBS = _w("frees releases rescues liberates")
# Words of an arrest besides the arrest's verbs and nouns (OUTCOME_VERBS, OUTCOME_NOMINALS),
# which name the holding the release ended: "released on bail", "freed without charge".
HELD_BY_ARREST_WORDS = _w("custody bail charge charges charged questioning interrogation detainee")
# The words right after the released people or their verb that say they were detainees,
# whatever the story told before: "18 people had been released on bail".
RELEASE_FROM_ARREST = _p("on bail|without charge|without charges|after questioning"
                         "|from custody|from police custody|from detention|after interrogation")
# ... and that they were captives: "freed by their kidnappers", "released from captivity".
RELEASE_FROM_CAPTURE = _p("from captivity|by their captors|by their kidnappers"
                          "|by their abductors|after a ransom|after ransom|in exchange"
                          "|in the exchange|in a prisoner exchange|in the swap|in a swap")
# Escape from captors as a release: "Three aid workers escaped from their captors".
ESCAPED_FROM_CAPTORS = _p("escaped from their captors|escaped from captivity"
                          "|escaped from their kidnappers|escaped from their abductors")
# Captives who came out on their own, told only in a story of a capture: "27 children
# walked out of the bush".
WALKED_OUT_OF = _p("walked out of the bush|walked out of the forest|came out of the bush"
                   "|came out of the forest")
# What a release of people from something other than captivity or arrest names in its
# sentence: "Four were released from hospital", "released three players from their
# contracts", "40 prisoners were released under an amnesty" (no figure).
RELEASE_NOT_HELD = _w("hospital hospitals clinic contract contracts club squad"
                      " team album film discharged treatment"
                      # a release from a health rule or a money burden
                      " quarantine debt debts"
                      # a rescue from a hazard, a release after a trial
                      " river rivers rubble flood floods floodwaters wreckage rooftops"
                      " inquiry verdict acquitted"
                      # prisoners who served a term are no detainees of the story's arrests
                      " amnesty pardon pardoned parole sentence sentences")
# A release with no capture or arrest told before it that the state made, or that ended a
# term in its prisons or an armed group's ranks, right after the verb: "Dozens of migrants
# were freed by police", "... from jail", "... from armed groups" (no captives by itself).
FREED_BY_THE_STATE = _p("by police|by the police|by the army|by troops|by soldiers"
                        "|from jail|from prison|from the militia|from armed groups"
                        "|from an armed group")
# People released with no capture or arrest told before them who are more often discharged
# or at the end of a term than freed from captors: "12 patients were released on Monday",
# "The government freed 200 prisoners" (no figure unless a capture was told).
RELEASED_IN_CARE = _w("patient patients prisoner prisoners inmate inmates")
# Who releases people from the state's hold, in the words before an active release told
# with no capture or arrest before it: "A court freed 12 men", "The ministry released ..."
# (with ARRESTING_FORCES: "Police released 20 protesters").
STATE_RELEASERS = _w("government ministry court courts judge judges authorities prosecutors")
# A release after a court's step is an acquittal or a dismissal, no captive's or detainee's
# release by itself: "Two ministers were released after their kidnapping trial".
AFTER_COURT_STEPS = _w("trial trials hearing hearings")
# Vehicles released with their captives are no people: "Six lorries were later released".
THINGS_LIKE_PEOPLE = THINGS_LIKE_PEOPLE | frozenset(_w("lorry lorries"))
# The words before a count that still leave it the subject of a release: "the other three",
# "Another 14", "All four", "Each side freed".
RELEASE_COUNT_OPENERS = _p("the other|another|all|all of the|the remaining|a further")

# ---------------------------------------- round en133: people held and exchanged in a war
# (casualty_released.py) The nouns of people one side of a war holds and may hand back in an
# exchange: "318 prisoners released by the parties", "the ICRC flew 318 detainees home".
EXCHANGED_HELD_NOUNS = SWAPPED_CAPTIVES
# The words of an exchange or a swap between two sides, found near EXCHANGED_HELD_NOUNS (the
# swap verbs of OUTCOME_VERBS["captured"], one list).
EXCHANGE_WORDS = SWAP_VERBS
# What an exchange of something other than held people names right after it: "exchanged
# fire", "an exchange of letters", "swapped the bodies" (no holding told).
EXCHANGE_NOT_HELD = _w("fire gunfire shots rockets letters views notes messages words blows"
                       " ideas information rate rates bodies remains greetings vows gifts")
# The words before an exchange that make it a market's: "the stock exchange".
EXCHANGE_MARKETS = _w("stock foreign currency commodities")
# The return of people held in a war by an exchange, after their count: "In the exchange, 84
# servicemen returned home" (read only where the exchange is told in its sentence).
EXCHANGE_RETURNS = _p("returned home|were returned|have returned home|were repatriated"
                      "|were flown home|flew home|came home|went home")
# The wounded told by the care their harm received, with or without its kind: "a dozen
# received treatment for smoke inhalation", "Nine needed treatment for burns" (the README's
# "victims treated for suffocation"; "treatment for cholera" names no harm of violence).
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    phrase for phrase in (f"{verb} {care}treatment for {harm}"
                          for verb in _w("needed required received")
                          for care in ("", "hospital ", "medical ") for harm in TREATED_HARMS)
    if phrase not in OUTCOME_PARTICIPLES["wounded"])
# (round en133; casualty_taken_part.py) The participles that name captives as "those"
# taken: "Of those taken, 19 escaped" (a part of the captives, who stay captured when they
# escape or are freed; "Of those taken to hospital" goes on with a place and is no capture).
TAKEN_PART_PARTICIPLES = _w("taken abducted kidnapped seized snatched captured")
# What makes "those taken" or "those who fell" the ill (casualty_taken_part.py): "Of those
# taken ill, 12 remained in hospital" counts patients of a food poisoning, no casualty.
TAKEN_ILL_WORDS = _w("ill sick unwell")

# ------------------------ round en135: victims named after a toll, tolls broken down
# (casualty_toll_named.py) The heads of a list of the dead or the hurt, with the outcome its
# counted members take: "Among the dead were a grandmother and four grandchildren", "The
# dead included a bus driver and a boy hit by stray bullets", "Those who died were named
# as a shepherd and his three sons", "Three of the dead were farmers and two herders".
TOLL_LIST_WHOLES: dict[str, tuple[str, ...]] = {
    "killed": _p("the dead|those killed|those who died|those who were killed|the fatalities"),
    "wounded": _p("the wounded|the injured|those injured|those wounded|those hurt"),
    # (round en159) the held and the missing named by a state, not a participle the rules
    # read: "Those in custody are the suspect's cousin, two of his neighbours and ...",
    # "The missing are a fisherman and his two sons"
    "arrested": _p("those in custody|those still in custody|those in detention"
                   "|those in police custody"),
    "missing": _p("the missing|those still missing|those still unaccounted for"),
}
# (round en186) The same lists after a whole that counts its people: "The four dead were a
# farmer, a student, a nurse and her daughter", "The two injured were a guard and a
# cleaner": the noun after "the" and the count, with the outcome its members take.
TOLL_LIST_COUNTED_NOUNS: dict[str, tuple[str, ...]] = {
    "killed": _w("dead killed fatalities"),
    "wounded": _w("wounded injured hurt"),
}
# The verbs that open such a list after its whole; "named as" sets names, not a new outcome.
TOLL_LIST_VERBS = _p("were named as|were identified as|have been named as|included|include"
                     "|includes|were|was|are|is")
# Where the list's reading stops: a finite verb or a relative gives its member a predicate
# of its own ("and a boy was wounded" is no member of the dead).
TOLL_LIST_STOPS = _w("was were is are had has have who whom whose which that said says"
                     " according told")
# Where a member's noun ends before what is said of it: "a schoolteacher named ...", "a boy
# on his way home", "a father of three".
TOLL_MEMBER_ENDS = _w("named aged called from of in at on with near outside inside")
# An adjective of harm before a noun that names another outcome's people: "at least 40
# wounded refugees" are wounded, "three injured detainees" wounded, "two dead hostages"
# killed; the harm told is the outcome, the noun only who they are.
HARM_ADJECTIVES: dict[str, str] = {"wounded": "wounded", "injured": "wounded", "dead": "killed"}
# The outcomes a noun names by itself, which such an adjective overrides.
NOUN_OUTCOMES = _w("displaced arrested captured")
# The words that open a part of a toll told by where, when or how its people died, right
# after the toll: "Nine people have been killed, six in Dakar and three in Kaolack", "Three
# people died: one at the scene and two later in custody", "one from head injuries".
BREAKDOWN_LEADS = _w("in at on near inside outside from during after before later earlier by"
                     " overnight while when along across")
# (round en235) The teller set between a toll and the colon of its breakdown, the parts
# read as right after the toll: "Three protesters died, the report says: one from head
# injuries and two later in custody", "Five people were killed, police said: three in the
# market and two at the checkpoint" (casualty_toll_named.py). Up to four words, then one of
# these verbs and the colon or a spaced dash.
BREAKDOWN_TELLER_VERBS = _w("said says say reported reports added adds told")
# Groups wide enough to hold anyone: after "N of them were killed and M wounded, among them
# three guards" the guards are the wounded only when the dead are named otherwise ("Nine
# inmates were killed and at least 14 injured, among them three guards").
OPEN_GROUPS = _w("people persons civilians individuals others victims")
# Person nouns of a crowd's stewards, named among the dead: "two ushers and a queue marshal".
PERSON_WORDS = PERSON_WORDS | frozenset(_w("usher marshal"))
# How a listed member died, told after the member with no verb of its own: "a boy hit by
# stray bullets", "a warrant officer who was struck" (the toll's outcome, not a wound).
TOLL_MEMBER_HOW = _w("hit struck shot stabbed caught crushed burned burnt")

# ------------------------- round en134: people told by being held, taken away, or gone
# (casualty_held_gone.py) Raiders' captives carried away, as "carried off" ones are: "the
# gunmen carried away at least 30 worshippers" (a person must follow; "carried away 40 sacks
# of grain" is a theft).
OUTCOME_VERBS["captured"] = OUTCOME_VERBS["captured"] + _p(
    "carry away|carries away|carried away|carrying away")
# ... and things counted are no people carried away or off ("the wind carried away 12
# tents" is no capture).
NONPERSON = NONPERSON | frozenset(COUNTED_THINGS)
# Homes and villages deserted, as abandoned ones are: "some 300 households deserted the
# village" ("deserted" then wakes the sentence; "40 soldiers deserted the army" leaves no
# place of LEFT_PLACES and names no civilians).
REFUGE_MOVES = REFUGE_MOVES + _p("deserted their homes|deserted their home|deserted their villages")
# ... and "deserted" ends the counted people's phrase, as "sought" does ("300 households
# deserted" was read as people's words).
GROUP_STOP = GROUP_STOP | frozenset(_w("deserted"))
# Where a crowd with no noun fled, told by a direction rather than a place (casualties.py's
# simple past of a crowd's flight): "187 fled downriver", "some 1,500 fled north" ("two fled
# north" are too few).
FLED_DIRECTIONS = COMPASS_POINTS + _w("northward northwards southward southwards"
                                        " eastward eastwards westward westwards downriver"
                                        " upriver downstream upstream inland")
# Relatives who left a place under threat flee as villagers do: "at least 11 relatives had
# left the city after being warned".
FLEEING_CIVILIANS = FLEEING_CIVILIANS + _w("relatives")
# A site left as a camp is: "about 600 families have abandoned the site".
LEFT_PLACES = LEFT_PLACES + _w("site sites")
# The participles that name people held as "those" or "the" held, before a part of them:
# "Of those arrested, 12 are juveniles", "Among the detained were 19 minors".
HELD_PART_PARTICIPLES = _w("arrested detained held")
# The link between such a participle and its part: "Of those arrested, 12", "Among the
# detained were 19".
HELD_PART_LINKS = _w("were are was is included include includes")
# The state of being held that follows counted people: "Thousands of people remained in
# detention", "214 people held without charge" (custody, detention and the terms of a
# charge are the state's words; who holds them is chosen from the story). The same verbs
# keep the wounded in a named place of care ("Nine of them remain at the district hospital").
HELD_STATE_VERBS = _p("remain|remains|remained|are still|were still|is still|was still")
# (police cells too, briefed from en-138: "Twelve were released on Saturday, but 19 remain in
# police cells without charge"; a prison or "behind bars" stays out, where the sentenced are)
HELD_STATE_PLACES = _p("in detention|in custody|in pre-trial detention|in pretrial detention"
                       "|in police custody|in police cells|in police cell")
HELD_TERMS = _p("without charge|without trial|in connection with|incommunicado")
# Escaped people taken back: "Nineteen have been recaptured", "17 of the escapees had been
# recaptured" (arrested: the README's "rounded up, detained"), read where the story tells
# an escape.
RECAPTURE_VERBS = _w("recaptured rearrested re-arrested")
# ... "recaptured six of the <noun>": the noun (or the one after an adjective) names people
# taken back, not titles or seats won again (PERSON_WORDS, or one of these).
RECAPTURED_PEOPLE = _w("fugitives fugitive escapees escapee escaped men women runaways"
                       " deserters")
ESCAPE_STEMS = ("escape", "broke out", "break out", "breakout", "jailbreak", "jail break",
                "prison break")
# ... and the escape must be from a holding the story names ("the escape room held 12
# players; 3 were recaptured" is a game).
ESCAPE_HOLDS = ("prison", "jail", "gaol", "inmate", "escapee", "fugitive", "convict",
                "captiv", "captor", "kidnap", "abduct", "detain", "detention", "custody")
ESCAPED_NOUNS = _w("escapees escapee fugitives fugitive inmates inmate prisoners prisoner")
# What became of captives counted as a part: "Nine of those taken are still missing"
# (missing, not captured).
STILL_MISSING = _p("are still missing|is still missing|were still missing|remain missing"
                   "|remains missing|remained missing|are missing|are still unaccounted for"
                   "|remain unaccounted for")
# --- round en136: the construction rather than the words (casualty_told_again.py) ---
# The displaced told by leaving for a destination, in a story of violence: "300 families
# left for Bunia", "households packed up and went to the district town", "hundreds have
# headed for the border" (each read as "fled to"; the flight's checks say who is displaced).
LEAVING_FOR_VERBS = {"left for": "fled to", "went to": "fled to", "headed for": "fled to",
                     "headed to": "fled to", "headed towards": "fled towards",
                     "set off for": "fled to", "set out for": "fled to"}
# ... the packing that may come before: "packed up and went", "packed their belongings and".
LEAVING_PACKED = _p("packed up and|packed their belongings and|packed their things and"
                    "|gathered their belongings and")
# ... and what after those verbs is no refuge: "left for dead" are the wounded, a vote, a
# job, a prayer, a court or a hospital are errands, and a leaving for home a return
# (REFUGE_NOT_PLACES and MOVE_ORDINARY_AFTER are looked for too).
LEAVING_NOT_AFTER = _p("dead|work|school|the polls|vote|church|mosque|prayers|market|court"
                       "|the market|the mosque|the church|the funeral|a funeral|bed|sleep|war"
                       "|the front|the frontline|the front line|talks|the talks|the meeting"
                       "|home")
# A possession abandoned as the displaced leave it: "600 families had abandoned their
# orchards" (read as "fled their orchards"), unless it is a plan or a claim.
ABANDONED_NOT_OWNED = _w("plan plans bid bids idea ideas claim claims demand demands protest"
                         " protests strike strikes hopes hope search case cases campaign"
                         " posts post positions position weapons arms vehicles cars")
# People held told by their holders in the active, with the holders' possessive before the
# count: "the pirates are holding its 18 crew members" (read without "its"), "hold a crew of
# 18" (read as "hold 18 crew members").
HOLDING_VERBS = _w("hold holds holding held")
HOLDING_POSSESSIVES = _w("its their his her the ship's the vessel's")
# A force of the state holding people makes them detainees: "police are holding 40
# protesters" (HOME_TAKING_FORCES, the forces whose taking of people is an arrest), with
# only these words between the force and the verb.
HOLDING_AUXILIARIES = _w("are were is was have has had been still now also reportedly")
# Fates told later: people "never found" are missing; "a second injured man has died" is one
# more of the wounded dead; arrests put at or standing at a number are their toll.
NEVER_FOUND_STATES = _w("found located traced seen")
# ... only after a taking or a disappearance told (stems; a leaving above takes them as
# violence too), and not where remains are named.
NEVER_FOUND_TAKINGS = _w("kidnap abduct seiz hostage captiv disappear snatch")
NEVER_FOUND_REMAINS = _w("remains bodies body graves grave exhumed exhumations")
FATE_ORDINALS = _w("second third fourth fifth sixth seventh")
FATE_HARMED = AMONG_WOUNDED_NOUNS
ARREST_TOLL_NOUNS = _w("toll tally count total number")
ARREST_PLURALS = _w("arrests detentions")
# A move "there" or "here", to a place the story has just named, in the perfect (round
# en131's moves): "about 400 people have moved there".
WENT_MOVE_AFTER = WENT_MOVE_AFTER + _p("there|here")
# A toll told again in the body with a verb of taking and the place the captives were taken
# to: "Gunmen abduct 23 bus passengers" over "... took 23 passengers into the forest" (the
# repeat is kept; the body's verb was unread), under the same checks as "marched" (captors
# named before, a place after).
LED_INTO_VERBS = LED_INTO_VERBS + _w("took")
LED_INTO_STEMS = (*LED_INTO_STEMS, "took ")

# ------------------------------ round en137: captives told by their return or captivity
# (casualty_returned.py) The verbs an exchange uses, in the active, for handing people back
# to their side: "The exchange also returned 174 soldiers to Moscow", "The swap brought
# home 40 fighters" (read only where the sentence names the exchange itself).
EXCHANGE_RETURN_VERBS = _p("returned|brought home|brought back|handed back|handed over"
                           "|sent home|repatriated")
# The participles after "among those" or "among the" that name people released or handed
# back: "Nine civilians were among those handed back", "a man ... was among the returned"
# (a holding told in the text decides: an exchange, or a capture or an arrest before).
AMONG_RETURNED_PARTICIPLES = _p("released|freed|set free|liberated|returned|handed back"
                                "|handed over|exchanged|swapped|repatriated|brought home"
                                "|sent home")
# ... not a return to a day's work ("were among those returned to work"), nor, after "among
# the", a participle standing before a noun of its own ("were among the returned voters"):
# there it is a noun only before a mark or one of these words.
AMONG_RETURNED_NOT_AFTER = _p("to work|to school|to class|to duty|to their jobs|to the office")
AMONG_THE_PARTICIPLE_BEFORE = (*PREPOSITIONS, *_w("and or as last this earlier yesterday"))
# What a subject before "were among those ..." may run through after its noun: an aside of
# who the person was ("taken from his farm", "abducted in May") ends at these words.
AMONG_SUBJECT_ENDS = _w("was were is are who whom which that")
# The holder named between "in" and "captivity": "are still in enemy captivity", "remain in
# Russian captivity" (a capitalised people's adjective is read as well).
CAPTIVITY_HOLDER_WORDS = _w("enemy rebel militant insurgent jihadist hostile")
# Callings a returned captive is named by ("Nine civilians and a chaplain were among those
# handed back"), as the victims' trades of round en93.
TRADE_PERSONS = TRADE_PERSONS | frozenset(_w("chaplain chaplains"))
# Inmates let out of a jail by attackers are no captives: "Gunmen freed 120 inmates from the
# prison", "freed 80 prisoners in a jailbreak" (the sets leave escaped inmates out). The
# places and events named right after them.
JAILBREAK_PLACES = _w("prison prisons jail jails penitentiary jailhouse")
JAILBREAK_EVENTS = _p("jailbreak|prison break|jail break|breakout|mass escape")
JAILED_NOUNS = _w("inmates inmate prisoners convicts")
# The passives of the same returns after the people's count (round en133's EXCHANGE_RETURNS):
# "120 of its soldiers were handed back in the exchange".
EXCHANGE_RETURNS = EXCHANGE_RETURNS + _p("were handed back|have been handed back"
                                         "|were brought home|were brought back|were sent home")
# Verbs whose particle "over" stands before a count and is no "more than": "Kyiv handed
# over 75 prisoners", "turned over 12 suspects" (the count is exact).
OVER_PARTICLE_VERBS = _w("handed hand hands handing turned turn turns turning")

# ------------------------------------------------------------------------ round en138
# Figures told beside a toll. The value a toll replaced, after its comma (casualties.py's
# _EARLIER_VALUE): "up from 38", and as releases also word it, "revised down from 61",
# "compared with 14 reported on Thursday".
EARLIER_FROM_MARKERS = _p("up from|down from|revised up from|revised down from|revised from"
                          "|compared with|compared to")
# ... and "from an earlier figure of 24" (the noun of the earlier value before its count).
SUPERSEDED_NOUNS = _w("figure toll count tally estimate total")
# A part told in a clause of its own after its toll (casualty_told_beside.py). The hurt told
# by the care they are in, after a toll of the wounded: "About 40 people remain in
# hospital", "20 are still being treated", "nine were flown on to the capital for surgery";
# the people's noun the count may carry first ...
CARE_PART_NOUNS = _p("people|persons|patients|of them|of the wounded|of the injured"
                     "|of those wounded|of those injured|of those hurt|others")
# ... and the state of care (no outcome word of the rules, so the sentence rules read none).
# (the sixty-ninth round's KEPT_IN_CARE, and more)
CARE_PART_STATES = KEPT_IN_CARE + _p(
    "remain in intensive care|remained in intensive care|are in intensive care"
    "|are still in intensive care|were in intensive care"
    "|remain in a critical condition|remain in critical condition|remained in a critical condition"
    "|remain in a serious condition|remain in serious condition"
    "|are still being treated|were still being treated|is still being treated"
    "|are being treated|were being treated|are still receiving treatment"
    "|were still receiving treatment|are receiving treatment"
    "|were flown|were later flown|were airlifted|were later airlifted|were evacuated by air"
    "|were transferred|were later transferred|were taken by helicopter|were moved by helicopter"
    "|underwent surgery|needed surgery|required surgery|were operated on")
# Words of a predicate that tell a state or a step, not who the part's people are: "were
# later charged", "are still held", "were not"
PART_PREDICATE_NOT = frozenset(_w(
    "later still also not never since then being been now already reportedly believed"
    " freed free released missing alive safe unharmed home back"))
# The outcomes whose parts are read so: a part of the displaced is left to the flight's own
# readers.
PART_BESIDE_OUTCOMES = _w("killed wounded captured arrested missing")
# ... and those whose part may be told by where its people come from (round en191): a held
# crew's "three are from Ghana" ("Three of them were from Tor" of the dead stays none)
ORIGIN_PART_OUTCOMES = _w("captured")
# The military's press releases (casualty_told_beside.py): the dead told by an idiom of
# martyrdom or sacrifice, ...
OUTCOME_PARTICIPLES["killed"] = OUTCOME_PARTICIPLES["killed"] + _p(
    "attained martyrdom|achieved martyrdom|attained shahadat|laid down their lives"
    "|laid down his life|laid down her life")
# ... the militants the releases send to hell by a name no person list holds ("sent six
# khwarij to hell"; the people's words are asked for, "sent six letters to hell and back"
# is none), ...
HELL_SENT_NAMES = _w("khwarij khawarij kharijites")
# ... and the soldiers named between their count and that verb: ranks open a list of
# names ("Two soldiers, Sepoy A and Naik B, embraced martyrdom"), ...
MILITARY_RANKS = _w("sepoy naik havildar subedar jawan rifleman gunner sapper lance lance-naik"
                    " major captain lieutenant colonel brigadier sergeant corporal private"
                    " constable inspector sub-inspector")
# ... a participle tells how they fought ("having fought bravely"), ...
PARTICIPLE_ASIDE_OPENERS = _w("having")
# ... and the unit they served in ("A Major of the unit sustained injuries").
MILITARY_UNITS = _w("unit battalion regiment platoon brigade squad patrol contingent")
# ... nor one that opens on a preposition: where they came from or their age ("Three of
# them were from Tor", "were in their twenties") is no part by round 56's calls.
PART_PREDICATE_NOT_FIRST = frozenset(_w(
    "from in at on of with without under over among between into inside near by for aged"
    " about around"))
# ... the verbs such a stretch must stand before: the releases' idioms of death and injury,
# and the auxiliaries of a passive ("was injured").
MILITARY_ASIDE_VERBS = _w("embraced attained achieved laid made paid sustained received suffered"
                          " succumbed died was were has had have got")

# ---------- round en139: the speaker's own name set in commas after a description ----------
# (statement_apposed_speaker.py, statement_sources.py) Lower-case trades that may stand
# before a name in its commas without being part of it, as the titles do: "the report's
# author, attorney Ada Obi, said". Capitalised ranks ("Superintendent", "Dr") are read as
# the name's first words.
APPOSED_NAME_LEADERS = _w("attorney advocate lawyer professor doctor pastor imam engineer nurse")
# Members of an assembly lead their names in lower case too: "the commission's chair, state
# deputy Ana Obi, said", "said opposition lawmaker Ana Obi" ("deputy" is also a status before
# a title, TITLE_STATUS_WORDS: "deputy judge Ana Obi").
APPOSED_NAME_LEADERS = APPOSED_NAME_LEADERS + _w(
    "deputy lawmaker legislator congressman congresswoman councillor councilor assemblyman"
    " assemblywoman parliamentarian")
# (round en190) A status before a title in lower case set before a name: "retired judge
# Ada Obi", "former police chief Sam Kiprop" (statement_persons.py: the rank is the name's).
TITLE_STATUS_WORDS = _w("retired former acting deputy senior interim")
# What may follow the name that closes the apposition when no comma does: the end of a
# sentence, a quote mark, or a place or time of the speaking ("..., said the group's
# director, Ada Obi, at the launch" has its comma; "... says his sister, Ada Obi. ").
APPOSED_NAME_AFTER_WORDS = _w("at in on from during after before outside inside")
# (statement_speaker_chain.py) The writer's side meeting a person it then quotes: "Our
# reporter spoke to Lanto, a 20-year-old student." The next "he said" is the one met.
MET_PERSON_VERBS = _p("spoke to|spoke with|talked to|talked with|met|interviewed"
                      "|caught up with|sat down with"
                      # (round en188) "We reached the mother of one of the boys by phone."
                      "|reached"
                      # (round en200) the perfect of a feature: "We have spoken to a pilgrim
                      # who was in the courtyard."
                      "|have spoken to|have spoken with|had spoken to|had spoken with"
                      "|have talked to|have met|had met|have interviewed")

# ------------- round en141: the displaced told by movement, arrival and registration -------------
# (casualty_moving.py) Each wording below is written as the flight's own on the copy of the
# text that casualty_state reads, under casualty_went_away's gate (a word of violence before
# it, no purpose of leisure or work after it) and the flight's checks of who moved (civilians,
# a crowd or households: "the team moved west", "30 fighters left" stay nothing).
# Verbs of a journey in any tense, before where the people went: "at least 600 households
# relocated to the school", "thousands walked to the camp", "have since moved west".
JOURNEY_VERBS = (*MOVE_PARTICIPLES, *_w("walked trekked"))
JOURNEY_WHERE = _p("to|into|towards|toward|across|away|west|east|north|south|westward"
                   "|eastward|northward|southward|westwards|eastwards|northwards|southwards")
# A place of refuge reached, in the simple past too: "700 new arrivals reached the
# reception centre" (REFUGE_ARRIVAL_PLACES; "the convoy reached the camp" is no people).
REACHED_VERBS = _w("reached")
# ... "crossed" only into another place ("40 trucks crossed into the town" are
# no people: the flight's checks).
CROSSED_WHERE = _w("into")
# ... or over a line named, read as a flight across it: "thousands crossed the river into
# the neighbouring country".
CROSSED_LINES = _w("river border frontier lake mountains desert")
# What may stand between the people and their verb: an auxiliary, then a short adverb.
JOURNEY_AUXILIARIES = _w("have has had")
JOURNEY_ADVERBS = _w("since now already all recently also then later")
# The counted people a journey's verb must follow at once: the civilians the flight reads
# (FLEEING_CIVILIANS), a vague count of them, and the displaced named by what they are.
JOURNEY_PEOPLE = (*FLEEING_CIVILIANS,
                  *_w("thousands hundreds dozens scores others refugees asylum-seekers"
                      " individuals"),
                  *NEWCOMER_NOUNS,
                  *_p("asylum seekers|their families"))
# A move whose own sentence gives violence (FLED_VIOLENCE) as its cause after it needs no
# word of violence before it: "22,000 people have registered at the reception centre since
# fighting intensified".
CAUSE_AFTER_OPENERS = _p("since|after|amid|following|because of")
CAUSE_AFTER_ADJECTIVES = _w("the renewed fresh heavy")
# A people's name after the count, by its ending, as the subject of a journey or a leaving:
# "More than 250,000 Sudanese have left the country", "300 Eritreans crossed into Sudan"
# (the flight's checks then read them as they read "Afghans fled").
NATIONALITY_ENDINGS = _w("ese ans ians is")
# The country left, read as a flight from it ("have left the region" is LEFT_PLACES').
LEFT_COUNTRY = _p("the country|their country|their homeland")
# Registration in a place, as arrival is: "1,260 people registered at the border reception
# point" (for exams, as voters or as unemployed is none: no place follows) ...
REGISTERED_WHERE = _w("at in with")
# ... but not at a place of voting, study, work or care.
REGISTERED_NOT_PLACES = _w("polling polls election elections electoral university universities"
                           " college colleges exams exam course courses job jobs party hospital"
                           " hospitals clinic clinics")
# "have been registered as new arrivals": the displaced by the agency's name for them.
REGISTERED_AS = _p("new arrivals|fresh arrivals|arrivals|refugees|asylum seekers|asylum-seekers")
# An arrival in the town next door is a flight's end ("350 people arrived in the
# neighbouring town of Djibo"), as one at a place of refuge is (REFUGE_ARRIVAL_PLACES).
ARRIVAL_NEAR_WORDS = _w("neighbouring neighboring nearby next adjacent")
ARRIVAL_NEAR_PLACES = _w("town city village villages district province country state region")
REFUGE_ARRIVAL_PLACES += _p("crossing|border crossing|crossing point|reception point"
                            "|registration centre|registration center|registration point"
                            "|collective centre|collective center|displacement site")
# A registering or receiving place tells the arrivals' flight as their agency does
# (NEWCOMER_FLIGHT_CUES): "700 new arrivals reached the reception centre".
NEWCOMER_FLIGHT_CUES += _w("reception registration crossing sheltering")
# Living or sleeping in a place of refuge, read as sheltering there: "2,100 people are now
# living in tents", "are sleeping in the open", "are living with host families" (living in
# a town or in poverty is no refuge).
REFUGE_LIVING_PARTICIPLES = _w("living sleeping")
REFUGE_LIVING_PLACES = _p("tent|tents|the open|open air|makeshift|shelter|shelters|camp|camps"
                          "|school|schools|classrooms|mosque|mosques|church|churches"
                          "|host families|host communities|relatives|tarpaulins|plastic sheeting"
                          "|public buildings|stadium|warehouse|warehouses")
# A move told with its teller after it: "nearly 7,000 of the town's residents ... have left,
# the mayor said" (LEFT_AT_END reads it before a full stop).
LEFT_TELLER_VERBS = _w("said says told reported added")
# Violence that the earlier gates missed: "The army bombarded the valley."
MOVE_VIOLENCE_CUES += _w("bombarded bombardments")
# (round en178) Homes torn down or people put out of them by force drive people out as a
# raid does: "Bulldozers demolished more than 200 houses ... An estimated 900 people are
# now living in tents by the road".
MOVE_VIOLENCE_CUES += _w("demolished demolition demolitions razed bulldozed evicted eviction"
                         " evictions")

# ---------------- round en140: an outcome told far from its count, or by a state ----------------
# (casualty_far_outcome.py) The main predicate of counted people that a post-modifier of
# theirs kept from their count: "A man who was struck by a stone died", "At least six people
# jailed for the strike have died". Each tells the outcome the figure takes over the verb
# of the modifier ("struck", "jailed").
FAR_DEATH_PREDICATES = _p("died|has died|have died|had died|succumbed|has succumbed"
                          "|have succumbed|had succumbed|perished|have perished|has perished"
                          "|was found dead|were found dead|was killed|were killed"
                          "|has been killed|have been killed|had been killed")
# ... of which the passives of killing are left to a figure the modifier's verb gave
# ("Three witnesses who saw the soldiers were killed were interviewed": the soldiers')
FAR_DYING_PREDICATES = tuple(p for p in FAR_DEATH_PREDICATES if "killed" not in p)
FAR_MISSING_PREDICATES = _p("remain missing|remains missing|are still missing"
                            "|is still missing|remain unaccounted for")
# ... of which those that name the missing by the word itself carry a count of captives
# on (round en179): "Three others seized with her remain missing" is missing 3, what they
# are now; "14 girls abducted ... remain unaccounted for" stays captured, as the older
# gold reads it
CAPTIVES_MISSING_PREDICATES = _p("remain missing|remains missing|are still missing"
                                 "|is still missing")
# ... an adverb of time may stand before the predicate ("later succumbed")
FAR_PREDICATE_ADVERBS = _w("later subsequently eventually since then also")
# ... the outcomes of a modifier's verb the predicate overrides
FAR_OVERRIDDEN_OUTCOMES = _w("arrested wounded captured displaced")
# ... participles not in -ed that open such a modifier ("known for", "taken away by")
FAR_IRREGULAR_PARTICIPLES = _w("known taken held shot hit seen caught driven beaten born")
# ... words right before the predicate that give it a subject of its own ("... as he
# queued", "two others died", "gunmen who died")
FAR_OWN_SUBJECTS = _w("he she they it who which that we i you others another one two three"
                      " four five six seven eight nine ten some many both all none")
# The hurt told by the care they were given or by their condition after violence: "were
# rushed to hospital", "is in a critical condition", "was left fighting for his life".
HOSPITAL_TAKING_VERBS = _w("rushed taken admitted airlifted flown evacuated")
HOSPITAL_PLACES = _w("hospital hospitals clinic")
GRAVE_CONDITIONS = tuple(w for w in PATIENT_CONDITIONS if w != "stable")
# ... deaths told by the body's failing in a cell or a truck: "four inmates suffocated"
DEATH_STATE_VERBS = _w("suffocated asphyxiated")
# ... violence near the state (beside VIOLENCE_CUES and CARE_AFTER_VIOLENCE): a force's
# weapons of crowd control
STATE_VIOLENCE_EXTRA = _w("beaten beat batons baton tear-gas crackdown killed murdered shots"
                          " gunshot stab wounds police army troops soldiers guards")
# ... a death in a cell or a truck is one of custody or force where these stand beside it
DEATH_STATE_SETTINGS = _w("custody detention detainees detained inmates prisoners prison jail"
                          " cell cells police army soldiers troops militia guards")
# ... armed bands are none alone: "Three men were taken to hospital when the gunmen left"
# tells no harm (the forces of the state are kept: the older sets' gold reads "Police said
# more than 30 people were rushed to hospital" as wounded)
STATE_ACTOR_NOUNS = _w("gunmen gunman militants militia militiamen rebels insurgents attackers"
                       " assailants jihadists bomber bombers sniper snipers drones")
# ... causes that make a hospital stay no casualty of violence
STATE_NOT_VIOLENCE = ILLNESS_CAUSES + _w("heat heatwave poisoning food accident crash hunger")

# --- round en142: outcomes told with words between (casualty_words_between.py) ---
# Adverbs news sets between a copula and a state: "are therefore still missing", "are as
# yet unaccounted for".
BETWEEN_STATE_ADVERBS = _p("therefore|thus|hence|as yet|yet|so far|reportedly|apparently"
                           "|believed to be")
# ... the states they stand before (the state's own rules read it once they are gone)
BETWEEN_STATES = _p("missing|unaccounted|held|detained|hospitalised|hospitalized|displaced"
                    "|homeless|in hospital|in custody|in captivity|in detention|in critical"
                    "|in a critical|in serious|in a serious|being held|being treated"
                    "|under arrest|behind bars")
# ... a time or a source set off by commas after the copula: "remain, as of Friday, in"
BETWEEN_ASIDE_OPENERS = _p("as of|as at|at last count|for now|so far|to date|until now"
                           "|at the time of writing|at present|according to")
# The missing told by what has not yet been done to them: "is yet to be accounted for".
YET_TO_BE_STATES = _p("accounted for|traced|located|found")
# ... "found" of a verdict is none
YET_TO_BE_NOT_AFTER = _w("guilty innocent responsible liable")
# A source told without commas between counted people and their verb: "73 people it says
# are still held".
BARE_SOURCE_SPEAKERS = _p("it|he|she|they|we|police|officials|authorities|activists"
                          "|witnesses|relatives|residents|lawyers|rights groups|doctors")
# ... or one noun after "the": "students the union says are still detained"
BARE_SOURCE_VERBS = _w("says say said reports reported believes believe estimates")
# ... the outcomes such a clause must tell for the source to be cut (beside BETWEEN_STATES)
BARE_SOURCE_OUTCOMES = _w("killed wounded injured dead arrested kidnapped abducted")
# Seizing told by a verb and its particle or a second verb: "were led away", "were caught
# and held by border guards"; the agent tells an arrest from a capture.
# (those of dragging and hauling a captor's carrying away uses too: MOVED_AWAY_VERBS)
DRAGGED_AWAY_VERBS = _p("dragged away|dragged off|hauled away|hauled off")
LED_AWAY_VERBS = DRAGGED_AWAY_VERBS + _p("led away|led off|marched away|marched off"
                                         "|bundled away|bundled off|frogmarched away")
# ... those a captor's marching tells with no agent named ("were led away"): a bare
# "dragged away" may be protesters carried off by anyone
LED_AWAY_BARE = _p("led away|led off|marched away|marched off")
# ... captors named by their arms or masks rather than a noun of CAPTOR_NOUNS
CAPTOR_MEN = _p("armed men|masked men|unidentified men|unknown men")
CAUGHT_FIRST_VERBS = _p("caught|grabbed|seized|picked up|surrounded")
CAUGHT_THEN_VERBS = _p("held|detained|taken away|led away|driven off|driven away|locked up")
# ... the forces whose taking is an arrest (beside ARRESTING_FORCES)
TAKING_ARREST_FORCES = _p("guards|border guards|border police|riot police|officers"
                          "|coast guard|coastguard|immigration officers")
# People named by an outcome word used as a noun in a partitive: "Three of the rescued".
RESCUED_NOUNS = _w("rescued evacuated")
# ... and the adverbs between them and their verb: "Two of the rescued later died"
RESCUED_VERB_ADVERBS = _w("later also subsequently since then")
# People living where the displaced live, in the simple present: "refugees live in camps".
LIVE_IN_PLACES = _w("camps tents shelters settlements makeshift overcrowded temporary")
# ... a place of origin between the counted people and their stay: "people from the town
# and the villages around it are living in camps"
STAY_VERBS = _w("living sheltering staying camped housed")
# ... the people such a place of origin follows, and words it never holds (a verb of its
# own: "displaced from the town by Monday and were staying"; an outcome of its own)
ORIGIN_PEOPLE = _w("people residents villagers families survivors civilians households"
                   " refugees inhabitants persons")
ORIGIN_NOT_WORDS = _w("by were are was is had have been who which that killed wounded"
                      " injured dead died arrested detained missing kidnapped abducted fled"
                      " displaced")
LEFT_PLACES = LEFT_PLACES + _w("zone zones")

# ------------------- round en143: long speaker phrases -------------------
# Heads of a described speaker that the source nouns leave out, read only after a quote or a
# clause and its verb ('"...," said the crew of a rescue ship that saw the boat sink', "...,
# said a security firm tracking the hijacking"): a body of people at work and its firms.
DESCRIBED_SPEAKER_HEADS = _w("crew crews company companies firm firms consultancy consultancies"
                             " operator operators shipowner shipowners skipper fishermen"
                             " herder herders engineers negotiator negotiators")
# Words that open a described speaker's post-modifier: the head noun stands before them.
SPEAKER_POSTMODIFIERS = _w("from of in at with on near who whose that which for outside"
                           " inside living working sheltering tracking monitoring"
                           " operating")
# Day words that close a described speaker's phrase and are the time of saying, not the
# speaker's ("said a nurse at the clinic on Monday").
SAYING_TIME_TAILS = _w("today yesterday tonight")
# Finite verbs that make a phrase after "said" a clause said, not a described speaker ("...,
# says a young man with a head wound was brought in"): read before any relative.
SPEAKER_PHRASE_FINITE = _w("is are was were has have had will would can could should may"
                           " might must did does do")

# (a stay in hospital for a check or a jab is no harm, a kitchen's fire no attack)
STATE_NOT_VIOLENCE += _p("check-up | check-ups | checkup | checkups | routine check"
                         " | vaccination | vaccinations | kitchen fire")

# -------- round en145: harms told by their consequences, figures a clause takes back --------
# What a beating left its people needing or unable to do, told after "so badly that" or
# "leaving": the care or the harm is the wound the text leaves unsaid ("beat two agents so
# badly that both needed stitches", "leaving several unable to walk").
BEATING_CONSEQUENCES = _p("needed stitches | needed surgery | needed an operation"
                          " | needed hospital treatment | needed medical treatment"
                          " | needed treatment | required stitches | required surgery"
                          " | required hospital treatment | had to have stitches"
                          " | underwent surgery | were hospitalised | were hospitalized"
                          " | was hospitalised | was hospitalized | were taken to hospital"
                          " | was taken to hospital | could not walk | could not stand"
                          " | couldn't walk | were unable to walk | was unable to walk"
                          " | lost consciousness")
# The same harms told after "leaving" a count ("leaving three unable to walk").
LEFT_UNABLE = _p("unable to walk | unable to stand | needing stitches | needing surgery"
                 " | needing hospital treatment | in need of hospital treatment"
                 " | in need of medical treatment")
# How hard a beating was, before "that" and its consequence.
BEATING_DEGREES = _w("badly severely hard brutally viciously savagely")
# People moved "for surgery" were wounded ("three of them were transferred to Buea for
# surgery", "9 were referred for surgery"): the moves and the care that name the wound.
SURGERY_MOVES = _w("transferred flown taken rushed airlifted evacuated sent referred moved")
SURGERY_CARE = _p("surgery | an operation | operations | emergency surgery")
# Words after "were taken away" that still close the taking ("during the raid", "at gunpoint")
TAKEN_AWAY_TAILS = _p("during | at gunpoint | by force | overnight")
# Adverbs of time between the counted part and its consequence ("one of them later needed
# surgery").
CONSEQUENCE_ADVERBS = _w("later then also subsequently afterwards eventually")
# Verbs of violence that make people "taken away" in the same sentence captives of those who
# did it ("two drivers were shot dead and three others were taken away").
TAKING_VIOLENCE = _w("killed shot dead wounded injured executed murdered beaten beat"
                     " stabbed abducted kidnapped attacked raided stormed ambushed"
                     " looted torched")
# Heads counted before "were taken away" who are not captives but the harmed carried off.
TAKEN_NOT_CAPTIVE = _w("bodies body remains corpses wounded injured dead casualties"
                       " victims patients survivors")
# Hardships a condition is told to come "from" or "of" that no violence caused ("two of them
# in a critical condition from starvation"): with ILLNESS_CAUSES, no wounded figure.
HARDSHIP_CAUSES = _w("starvation dehydration exhaustion hunger thirst hypothermia heatstroke"
                     " sunstroke malnutrition cold fatigue drowning")
# Outcomes told in one word after a verb: joined to a figure's own by "or" they leave one
# number shared by two outcomes ("558 migrants died or went missing", "killed or
# disappeared": no figure, as the corpus counts none for "killed and injured five
# civilians"); after a "whose" relative they are the main verb of the counted people ("two
# men whose car was hit were wounded").
# (each with the outcome it tells: "arrested or detained" is one outcome, not two)
CLAUSE_OUTCOME_KINDS: dict[str, str] = {
    "killed": "killed", "dead": "killed", "died": "killed", "wounded": "wounded",
    "injured": "wounded", "hurt": "wounded", "missing": "missing", "disappeared": "missing",
    "arrested": "arrested", "detained": "arrested", "abducted": "captured",
    "kidnapped": "captured", "displaced": "displaced"}
CLAUSE_OUTCOMES = tuple(CLAUSE_OUTCOME_KINDS)

# ------------------- round en144: counted people with words after the head -------------------
# Prepositions that open a counted head's post-modifier ("two candidates for the same council
# seat", "three volunteers with the Red Crescent", "a candidate for mayor").
HEAD_PREPOSITIONS = _w("of for with from at in on near inside outside")
# Participles that open a phrase set off after a counted head or a part of it ("a captain and
# two lieutenants regarded as the leaders of the movement"), with the word after each.
HEAD_PARTICIPLE_PHRASES = _p("regarded as|described as|identified as|seen as|considered"
                             "|accused of|suspected of|believed to be|thought to be"
                             "|said to be|known as")
# First words of outcome participles that open no verb group the cut is made for: care and a
# stay, whose reading depends on the words around the head (a patient's ward, a crew's
# base), and light verbs whose outcome is in a noun after them ("were made homeless").
HEAD_VERB_NOT_GATES = _w("made met put left done sent paid received needed required rendered"
                         " laid achieved attained breathed embraced fighting fatally picked")
# Words a post-modifier cut past a head never holds: a second count or a coordination would
# make the cut drop a group, a negation or a clause word would change what the verb tells.
HEAD_GAP_NOT_WORDS = _w("and or but not no nor never who whom whose which that when while"
                        " after before because since were was are is been being had have has"
                        " said says told where what")
# Heads that are a quantity of the people named after them ("an unknown number of
# protesters"): the phrase after them is the counted people, never a post-modifier.
HEAD_QUANTITY_WORDS = _w("number numbers total group groups handful couple lot lots majority"
                         " rest half part dozen score crowd")
# Verbs whose object, a named person coordinated with counted people ("detained opposition
# politician Nuri Adem and five members of his campaign team"), gives no figure of its own:
# the gold leaves a named single person without one, and the count is read after the verb.
# Lowercase words in -ed a prepositional post-modifier may hold ("members of the armed
# forces"); any other is taken for a finite verb, whose clause the cut must not cross.
HEAD_GAP_ED_WORDS = _w("armed united unidentified unnamed")
NAMED_PAIR_VERBS = _w("detained arrested abducted kidnapped seized captured killed wounded"
                      " injured rounded")
# an article right after one of these tells what someone was and counts nobody: "served as
# an informant for the gang", "became a target"
HEAD_PREDICATIVE_BEFORE = _w("as became become becomes")

# ------------------- round en146: the language of custody -------------------
# (casualty_custody_told.py) The held told by a state in any tense with a place, a holder,
# a time or a term after it ("were being held at the stadium", "members held in Wamena",
# "who was held for three days"): the words that may open what follows "held".
CUSTODY_HELD_AFTER = _w("at in inside by for without since incommunicado")
# Holders after "held by" whose holding is a state's arrest (beside ARRESTING_FORCES: an
# army or a ministry holding civilians detains them) ...
CUSTODY_STATE_HOLDERS = _p("police|policemen|security forces|authorities|army|military"
                           "|government|state|regime|ministry|prison service|officers"
                           "|border guards|immigration officers|gendarmes|junta")
# ... and holders that are no state: their holding is a capture ("guards held by inmates").
CUSTODY_CAPTIVE_HOLDERS = _p("inmates|prisoners|rioters|mutineers|traffickers|smugglers"
                             "|the group|the gang|gangs|gang members|armed men|masked men"
                             "|unidentified men|tribesmen|clansmen|villagers|residents")
# Gatherings whose being held names a meeting, not people: "a meeting of 300 delegates
# held in Geneva" (looked for in the words just before the count).
CUSTODY_GATHERINGS = _w("meeting meetings conference conferences congress summit summits"
                        " rally rallies forum session sessions gathering gatherings ceremony"
                        " ceremonies festival election elections vote talks workshop workshops"
                        " assembly convention convocation march concert match tournament"
                        " training course seminar hearing hearings trial trials funeral"
                        " funerals burial burials vigil vigils prayers memorial memorials"
                        " service services"
                        # (round en201) and what a place of worship or a body holds for its
                        # people, the held's head after "held a/an/the" (casualties.py):
                        # "the chapel had held an evening prayer for about 60 people"
                        " prayer event events mass masses liturgy liturgies sermon sermons"
                        " celebration celebrations reception receptions feast feasts dinner"
                        " dinners party parties briefing briefings consultation consultations"
                        " discussion discussions dialogue interview interviews retreat"
                        " commemoration commemorations procession processions wake wakes")
# Words of a release before "held" that make the held no new figure: "demanded the release
# of six of its members held in ...", "Police released 20 protesters who had been held".
CUSTODY_RELEASE_WORDS = _w("release releases released releasing freeing free freed frees"
                           " exchange exchanged swap swapped handover return returned")
# The dead told before a holding or wounds: "Two of the dead had been held for one night",
# "Four bodies had gunshot wounds" are the dead.
CUSTODY_DEAD_WORDS = _w("dead bodies body corpses remains killed slain")
# Verbs whose object relative tells a capture or an arrest with its agent between
# ("nine soldiers it said its fighters had seized").
CUSTODY_OBJECT_VERBS = _w("seized captured abducted kidnapped arrested detained")
# Saying verbs that may stand between an object relative's subject and the agent.
CUSTODY_SAYING = _w("said says claimed claims reported")
# Battles a fighter falls in: "two soldiers fell in the clash", "FALL IN AMBUSH".
FALLEN_IN_FIGHTS = _w("clash clashes ambush ambushes battle battles fighting combat attack"
                      " attacks skirmish skirmishes firefight firefights gunfight gunfights"
                      " raid raids offensive assault assaults shootout shootouts action"
                      " operation operations")
# ... and what falls there without being a fighter: "10 shells fell in the attack".
FALLEN_NOT_SUBJECTS = _w("other others shell shells rocket rockets missile missiles bomb bombs"
                         " mortar mortars rounds projectiles price prices share shares stock"
                         " stocks it they")
# Adjectives that may stand between "had" and "wounds" ("had untreated gunshot or shrapnel
# wounds"): the wound's kind, its gravity, its care.
WOUND_KIND_WORDS = _w("untreated treated fresh open old infected serious severe minor light"
                      " superficial deep multiple visible gunshot shrapnel bullet stab knife"
                      " machete blast burn head leg arm chest facial and or")
# A beating told with what it left: "beaten unconscious", "beaten so badly that".
BEATEN_RESULTS = _p("unconscious|senseless|into a coma|so badly|so severely|so hard")
# What people were left with that is a harm: "three of them were left with lasting injuries".
LEFT_WITH_HARMS = _w("injuries injury wounds wound fractures burns disabilities disability"
                     " scars")
LEFT_WITH_GRADES = _w("lasting permanent serious severe minor life-changing life-long"
                      " lifelong long-term internal multiple head")
# The held who are a state's agents or a holding's staff: with no holder named they are
# captives ("four guards held in the wing"), not detainees.
CUSTODY_AGENTS_HELD = _w("guards guard warders warder wardens warden officers officer soldiers"
                         " soldier policemen policeman troops staff employees hostages"
                         " servicemen workers")
# Words of the state's custody in a story: a holding told in it with no holder named is an
# arrest, even after a capture of others.
CUSTODY_STATE_STORY = _w("police arrest arrested arrests detain detained detention custody"
                         " crackdown") + _p("political prisoners|security forces")
# Places of holding after a bare "held at / in" ("40 prisoners held at the camp"): a town
# alone after the participle may be a meeting's place.
CUSTODY_HOLD_PLACES = _w("prison prisons jail jails penitentiary gaol camp camps stadium"
                         " stadiums cell cells base bases barracks facility facilities centre"
                         " centres center centers station stations compound compounds site"
                         " sites detention custody warehouse warehouses school schools"
                         " building buildings container containers basement basements"
                         " headquarters")
# ... after a bare "held in", only the words of detention itself ("held in police cells",
# "held in secret detention"): "held in" a camp or a hall tells events as often.
CUSTODY_CELLS = _w("cell cells custody detention prison prisons jail jails dungeon dungeons")

# ---------- round en147: rescued captives, operation tolls, lists with a participle ----------
# People an army's or a hospital's report names by their role: "neutralising five bandits",
# "killed a surgeon, two nurses and a patient".
PERSON_WORDS = PERSON_WORDS | frozenset(_w("bandit surgeon informant"))
# ... and an infinitive's "be" before an article tells what someone was, as "as" does:
# "a motorcyclist believed to be an informant for the gang, were arrested"
HEAD_PREDICATIVE_BEFORE = HEAD_PREDICATIVE_BEFORE + _w("be being")
# (round en191) A toll's rise before the colon of its list of members
# (casualty_toll_list_phrase.py): "the number of dead rose to six: four soldiers guarding the
# bridge and two civilians" ...
TOLL_LIST_RISES = _p("rose|rises|has risen|had risen|climbed|has climbed|stands|stood"
                     "|now stands|reached|has reached")
# ... and "-ing" words after a member's noun that are no participle of what they were doing
# (nouns and adjectives: "two civilians living nearby" is cut, "two young offspring" none).
NOT_LIST_PARTICIPLES = _w("during including according following regarding concerning"
                          " nothing something everything anything king ring thing")
# Participles that open a bounded phrase on the last member of an "including" list, before
# the verb of all the people counted (casualty_list_participle.py): "Three suspects,
# including a motorcyclist believed to have served as an informant, were arrested".
LIST_PARTICIPLE_OPENERS = _p("believed to|thought to|said to|suspected to|suspected of"
                             "|accused of|alleged to|reported to|known to")
# ... and the relative words that open such a phrase after its own comma: "including four
# women and a nursing mother, who had been abducted from three vehicles, were rescued"
LIST_RELATIVE_OPENERS = _w("who whom")
# The auxiliaries of the verb after the phrase: only a finite passive of all the people
# closes it.
LIST_CLOSING_AUXILIARIES = _p("were|was|had been|have been|has been")
# Release participles after which the counted people's "including" list gives no part of its
# own (the figure's span holds the list): "Fourteen travellers, including four women, were
# rescued". Their parts are read afterwards (casualty_list_participle.py).
LIST_RELEASE_PASSIVES = _w("freed released rescued")
# Words that end a member of such a list: what follows is said of the member, not counted.
LIST_MEMBER_ENDS = _w("with from of in at who whom whose which that aged")
# Nouns a school abduction's story uses of the same captives in turn: "abducted dozens of
# pupils ... Four of the children were rescued" (casualty_captives_back.py, round 68's part
# named again by its noun, read by another of these when none of the figures has its own).
SCHOOL_CAPTIVE_NOUNS = _w("pupils students children schoolchildren schoolgirls schoolboys"
                          " girls boys")
# ... and a rescue frees such a part as a release does: "Four of the children were rescued
# by troops" (the part keeps the captives' outcome)
CAPTIVES_FREED_PARTICIPLES = CAPTIVES_FREED_PARTICIPLES + _p("rescued")

# (round en148) Bare counts and parts told with a state, a care or a flight, and harms told
# by what was lost or survived (casualty_state_cause.py). A place of care named with its
# words ("at the district hospital") is the care "in hospital" already read.
CARE_PLACE_NOUNS = _p("hospital|hospitals|clinic|clinics|health centre|health center"
                      "|medical centre|medical center|infirmary|field hospital")
# ... a flight told by the verb that drove it (FORCING_VERBS) and where to ("has driven some
# 12,000 herders from the department", "forcing more than 3,000 others to flee": "others" is
# dropped as the gold drops "other"); a distance after the count is a journey ("driven
# 12,000 km").
DRIVEN_PLACES = _p("from|out of|across|into|to flee|off")
# ... and only when violence drove it, named in the clause before the verb ("Rising rents
# have driven 2,000 families from the centre", "the firm has driven 300 staff from the old
# office" are a move).
DRIVING_VIOLENCE = (*VIOLENCE_CUES, *_w("violence war conflict unrest insecurity offensive"
                                       " fights battles gangs troops army soldiers"))
DISTANCE_UNITS = _w("km kilometres kilometers kilometre kilometer miles mile metres meters"
                    " yards laps hours minutes times cars vehicles")
# ... a survivor told by the harm survived ("survived with burns"; "with a warning" is no
# harm) and a loss of the body told as a state ("was left paralysed", "had a hand
# amputated").
SURVIVED_HARMS = _p("burns|wounds|wound|injuries|injury|fractures|shrapnel wounds"
                    "|broken ribs|broken bones|a broken leg|a broken arm|a broken jaw"
                    "|head injuries|gunshot wounds|bullet wounds|a bullet wound"
                    "|a gunshot wound|stab wounds|a stab wound|shrapnel")
SURVIVED_HARM_SEVERITIES = _w("serious severe minor critical multiple light life-threatening"
                              " horrific terrible")
LEFT_HARM_STATES = _w("paralysed paralyzed disabled crippled blinded maimed")
AMPUTATED_PARTS = _w("hand hands leg legs arm arms foot feet finger fingers")
AMPUTATED_POSSESSIVES = _w("a an his her their both one")
# ... a part's state of the hurt, which ties it to the wounded told before it ("27 are being
# treated at the district hospital, eight of them in a serious condition").
PART_CARE_STATES = _p("serious condition|critical condition|seriously|critically"
                      "|in intensive care|life-threatening")

# ---------------------------------------------------------------- round en152
# Dates of plans and schedules told without "will" (date_schedule.py, date_events.py,
# date_direction.py).
# A departure, an arrival or a sitting told in the present is a timetable's, ahead of
# publication, when its date is a single day: "a first group flies out on Monday", "the
# court sits again on Wednesday", "the ferry sails for the island on Thursday" ("flew",
# "sat" are past; a plural weekday or "every" is a habit and no date). Words that are as
# often nouns ("land", "fly" in "a no-fly zone", "set" in "set off a bomb") are left out
# or only taken with their particle (SCHEDULE_PRESENT_PHRASES).
SCHEDULE_PRESENT_VERBS = _w("flies sails sits lands depart reconvenes reconvene embarks"
                            " embark docks deploys deploy withdraws withdraw rotates")
# ... and those a particle makes one: "the rest follow on Thursday" (not "the move follows
# a raid on Tuesday": "follow" only right before the date's "on"), "sets sail", "kicks off".
SCHEDULE_PRESENT_PHRASES = _p("follow on|follows on|sets off|sets sail|kicks off|kick off"
                              "|fly out|fly home|fly back|heads home|heads north|heads south"
                              "|heads east|heads west|heads back|head home|head north"
                              "|head south|head back|ships out|ship out|pulls out|pull out")
# How many words may stand between such a verb and the date: "flies out from Kessa on".
SCHEDULE_PRESENT_REACH = 6
# Preparing for an event, told in the present or as a participle, sets the event after the
# preparation, as "prepared for the vote on 11 October" does (round en129): "young men
# training for the recruitment drive in July", "rehearsing for the parade on Saturday"
# ("the men who trained for the drive in April" is past and keeps its April).
EVENT_PREPARING_VERBS = _w("training trains train rehearsing rehearses rehearse practising"
                           " practicing readying bracing braces brace cramming preparing")
# ... and those told with a particle ("getting ready for", "gearing up for"; not "got
# ready", which is past).
EVENT_PREPARING_PHRASES = _p("getting ready|get ready|gets ready|gearing up|gear up|gears up"
                             "|stocking up|stock up|stocks up")
# Events prepared or trained for, beside EVENT_NOUNS: "the recruitment drive", "the harvest
# festival", "the parade", "the exams".
EVENT_NOUNS += _w("drive drives festival festivals parade parades campaign campaigns exams"
                  " tournament tournaments celebrations ceremony ceremonies season census"
                  " drill drills match matches race marathon rains")
# A decision's infinitive looks ahead of the decision, as an agreement's does (INTENT_VERBS):
# "the council voted to end the mandate in December", "the board resolved to reopen the
# crossing on Friday" ("voted on Monday" is the vote's own day).
INTENT_VERBS += _w("vote votes voted resolve resolves resolved opt opts opted")
# A time told between the decision and its infinitive: "voted last year to end",
# "agreed on Monday to reopen", "decided earlier this month to hold"; these open it ...
DECISION_TIME_OPENERS = _w("on in last this earlier late early yesterday today")
# ... and these may fill it (beside weekdays, months and numbers).
DECISION_TIME_FILLERS = _w("week month year weekend night morning evening afternoon")
# How many words such a time may take: "earlier this month", "on Monday night".
DECISION_TIME_REACH = 4
# A pronoun between EVENT_OUTCOME_OPENERS and the past verb after an event's or a schedule's
# day still tells it as past: "sails on Tuesday, but it was turned back", "allowed a march
# on Saturday, but they were dispersed".
EVENT_OUTCOME_SUBJECTS = _w("it they he she this")
# ... and a plan's outcome told after "and" keeps it behind as after "but": "voted to strike
# on Thursday, and the strike went ahead" (date_direction.turned_out).
OUTCOME_CONTRASTS += _w("and")

# --- round en151: captives told by how they were moved, where they are held, their release
# (casualty_moved_held.py) A passive verb of moving with its taker after "by" ("were
# bundled into a van by masked men", "was dragged into the bush by the attackers"): the
# verb is read as a capture when the taker is an armed band (CAPTIVITY_HOLDERS, CAPTOR_MEN),
# as an arrest when it is the state's men in plain clothes or the police.
MOVED_PASSIVE_VERBS = CAPTOR_MOVING_VERBS + _w("hauled whisked shoved pushed forced")
# ... "forced" only into a place: "forced from their homes by the militia" is a flight
MOVED_FORCED_ONLY = _w("forced pushed shoved")
MOVED_DIRECTIONS = _p("into|onto|out of|from|away|off|aboard|to")
# ... the verbs of a taking the state's men do; "herded" and "marched" by the police are a
# crowd moved ("300 protesters were herded into the stadium by police")
MOVED_ARREST_VERBS = _w("dragged bundled hauled frogmarched frog-marched whisked shoved pushed"
                        " forced")
MOVED_STATE_TAKERS = _p("police|policemen|police officers|officers|plain-clothes officers"
                        "|plainclothes officers|plain-clothes police|plainclothes police"
                        "|plain-clothes men|plainclothes men|men in plain clothes"
                        "|security agents|intelligence agents|state security agents"
                        "|secret police|agents")
MOVED_TAKER_ADJECTIVES = _w("armed masked hooded unidentified unknown suspected heavily"
                            " plain-clothes plainclothes")
# A verb of carrying people away after its taker ("the raiders had carried off", "kidnappers
# whisked away"): read as "seized", so an object relative ("nine people the raiders had
# carried off") is read as round en146 reads "nine soldiers its fighters had seized".
MOVED_AWAY_VERBS = DRAGGED_AWAY_VERBS + _p("carried off|carried away|taken away|took away"
                                           "|whisked away|whisked off|spirited away")
# (round en159) An armed band forcing people off a vehicle, out of it or into one, or into
# the bush, is their abduction: "gunmen stopped the bus and forced 12 migrants off it",
# "masked men forced two drivers out of their cars" ("forced 200 families off their land" is
# a displacement and "forced girls into marriage" no taking: only a ride or a wild place).
# ("ordered 12 passengers off the bus" is often the start of a killing: only "forced";
# "it" stands for the ride just told: "stopped the bus and forced 12 migrants off it")
FORCED_OFF_WAYS = _p("off|out of|into|onto|from")
FORCED_OFF_PLACES = frozenset((*RIDES, *CAPTORS_VEHICLES, *_w(
    "minibuses pickup pickups jeep jeeps boat boats train trains SUVs it bush forest forests"
    " jungle")))
# (round en159, casualty_moved_on.py) A hospital's intake of the hurt ("The hospital
# received more than 80 of the injured") and the moves on of some of them ("31 were
# transferred to the capital"): the part moved on is no new figure.
CARE_INTAKE_VERBS = _p("received|admitted|took in|has received|had received|has admitted"
                       "|had admitted")
# (only a transfer: a referral is a step of care, "nine were referred for surgery" the hurt)
MOVED_ON_VERBS = _w("transferred")
# (round en159, casualty_told_beside.py) A part's people told as others believe them to be:
# "At least 8,000 of them are thought to be children".
PART_HEARSAY_VERBS = _w("thought believed said estimated reported understood")
# People kept against their will: "held against their will at a compound" is held hostage.
HELD_AGAINST_VERBS = _w("held kept confined")
HELD_AGAINST_OWNERS = _w("their his her")
# Prisoners of war still held: "6,000 prisoners of war remain in captivity" (the phrase
# after the head stopped the group); read as captives.
WAR_PRISONER_NOUNS = _p("prisoners of war|POWs")
# ... only when a holding follows ("500 prisoners of war were remembered at a ceremony" is
# no figure)
WAR_PRISONER_HELD = _w("remain remains remained still held captivity")
# A return to the families is a release only after a taking told before it ("Three students
# were returned to their families after the school trip" is none).
RETURN_TAKING_STEMS = _w("kidnap abduct seiz captur hostage captive detain arrest custody"
                         " rounded")
# A return that is a release where the sentence tells an exchange ("187 servicemen had been
# returned in the exchange").
RETURN_RELEASE_VERBS = _p("returned|handed back|brought home|brought back|sent home")
RETURN_EXCHANGE_WORDS = _w("exchange exchanges swap swaps")
# ... or a return to the people they were taken from ("six of them were handed back to
# their families")
RETURN_TO_KIN = _p("to their families|to their relatives|to their parents|to his family"
                   "|to her family")
# ... what makes an "exchange" no prisoners' ("the exchange programme", "an exchange of
# letters")
RETURN_EXCHANGE_NOT = _w("programme programmes program programs of rate rates student"
                         " students visit visits scheme")

# ------ round en150: the earlier figure of a toll update, the displaced told by arrival ------
# (casualty_far_update.py) Words of another quantity's growth or level that, standing
# between a toll and a far ", up from N", name what rose: "23 people were arrested after
# inflation hit its highest level in a decade, up from 9", "as the budget grew, up from 12
# billion" (not "rose" or "climbed", which the toll itself does).
FAR_UPDATE_OTHER_RISES = _w("grew grown increased swelled soared doubled tripled highest"
                            " lowest largest biggest smallest record")
# An old value's marker with an adverb of degree, as updates word it
# (EARLIER_FROM_MARKERS): "40 people have been detained, well up from 26".
EARLIER_FROM_MARKERS += _p("well up from|sharply up from|slightly up from|well down from"
                           "|sharply down from|slightly down from")
# (casualty_arrival_told.py) A place that takes the displaced in, with their count and a
# civilian noun as its object (FLEEING_CIVILIANS: fans, guests or delegates are none): "the
# parish is sheltering at least 1,500 people", "the town now hosts 9,000 people" ...
HOSTING_VERBS = _w("hosting hosts hosted sheltering shelters sheltered")
# The stay of people in a camp named before them: "the camp, where some 18,000 people from
# Sinjar still live".
CAMP_STAY_VERBS = _p("live|are living|stay|are staying|shelter|are sheltering")
# Civilians counted as individuals or citizens flee as people do: "an estimated 8,000
# individuals arrived in Gode", "More than 200,000 citizens have left the country".
FLEEING_CIVILIANS = FLEEING_CIVILIANS + _w("individuals citizens")
JOURNEY_PEOPLE = (*JOURNEY_PEOPLE, *_w("citizens"))
# A crackdown drives people out as fighting does: "have left the country since the
# crackdown" (FLED_VIOLENCE, the cause after a move).
FLED_VIOLENCE += _w("crackdown")
# ... and with the first value named as such: "up from an initial 30", "down from an earlier
# 41".
EARLIER_FROM_MARKERS += _p("up from an initial|up from an earlier|up from a previous"
                           "|down from an initial|down from an earlier|down from a previous")
# The running counts of other outcomes whose rise is told "from 12 to 30" (TOLL_NOUNS holds
# the dead's): "The number of people arrested has risen from 12 to 30".
RISING_COUNT_NOUNS = _p("number of people arrested|number of people detained|number of arrests"
                        "|number of detainees|number of people injured|number of people wounded"
                        "|number of injured|number of wounded|number of people displaced"
                        "|number of displaced|number of hostages|number of people abducted"
                        "|number of those detained|number of those arrested|number abducted"
                        "|number of those abducted|number arrested|number detained")
# A move into new housing is a resettlement, not a flight (MOVE_ORDINARY_AFTER): "200
# families moved into the new housing estate built by the state".
MOVE_ORDINARY_AFTER += _p("new housing|housing estate|new flats|new homes|new houses"
                          "|new apartments")
# ... the auxiliaries such a host's verb may carry, and those of the pluperfect, which tells
# who was at a place when it was hit, not a refuge taken ("The monks had sheltered about 60
# people there").
HOSTING_AUXILIARIES = _p("is|are|was|were|has been|have been|had been|has|have|had")
HOSTING_PAST_AUXILIARIES = frozenset(_p("had been|had"))
# (round en149) Parts of a toll (casualty_toll_part.py). The ordinal one told after its
# people ("Two girls were found alive; a third is still missing"): the outcome its own
# clause tells, by these predicates, read after "a/the <ordinal>" and an optional noun.
ORDINAL_ONE_NOUNS = _w("one man woman person victim hostage captive child boy girl")
ORDINAL_ONE_OUTCOMES: dict[str, tuple[str, ...]] = {
    "missing": _p("is still missing|was still missing|remains missing|remained missing"
                  "|is missing|was missing|remains unaccounted for|remained unaccounted for"
                  "|is unaccounted for|was unaccounted for|is still unaccounted for"
                  "|has not been found|has never been found|was never found"),
    "wounded": _p("was wounded|was injured|was hurt|is in hospital|was in hospital"
                  "|is in a critical condition|is in a serious condition"),
    "killed": _p("died|was killed|was shot dead|was found dead|succumbed"),
}
# ... the adverbs of degree that may stand inside its passive ("was seriously injured")
ORDINAL_ONE_ADVERBS = _w("seriously critically badly slightly lightly gravely later also")
# ... and a taking told by the movement alone, which keeps the captives' outcome when the
# figure before it is captives ("Three women were abducted. A fourth was dragged into the
# bush"): never a figure without captives before it.
ORDINAL_ONE_TAKEN = _p("was dragged|was taken away|was led away|was carried off"
                       "|was bundled|was marched off|was forced into|was driven off")
# A part told with a harm of its own, its whole no one harmed ("Eleven of the men
# questioned had gunshot wounds"): the verbs that give the harm (SURVIVED_HARMS names it).
PART_HARM_VERBS = _w("had suffered sustained bore showed")
# ... and the wholes such a reading leaves to the readers of the dead ("of the bodies").
PART_HARM_DEAD_WHOLES = _w("dead bodies victims killed remains corpses slain")
# A part of the dead told through a possessive is one of the dead's kin or things, no
# figure ("one of the dead man's brothers").
DEAD_POSSESSED_WHOLES = _w("dead slain killed murdered")
# ... and a part that names its toll again ("one of the two children killed"), whose figure is
# the toll's unless a verb of the part's own tells its outcome ("one of the two hostages was
# killed").
WHOLE_RESTATED_VERBS = _w("was were is are has have had been died dies")
# ... and a part of the held told still where its captors keep it ("Four of them are still
# there", "still with the kidnappers"): the whole's outcome.
PART_STILL_HELD = _p("there|with the kidnappers|with their kidnappers|with the captors"
                     "|with their captors|with the abductors|on board|on the ship|on the boat"
                     "|on the vessel|in the camp|in the forest|in the bush")
# ... and a part of the dead told by how they died ("Two of them were shot in the head"),
# killed as its whole is.
DEAD_PART_MANNERS = _w("shot stabbed beaten hacked strangled tortured bludgeoned clubbed"
                       " slashed hanged executed")
# ... the words that make "missing" a verb with its object after the ordinal one ("a third
# is still missing the start"): no one missing.
MISSING_OBJECTS = _w("the a an his her their its out our my your this that")
# ... and the people taken named by their taking ("Three of the abductees were later
# released"), a head noun of the captured as "hostages" is.
OUTCOME_HEAD_NOUNS.update({"abductees": "captured", "abductee": "captured"})
# Round en153: a "he" or "she" after a quote that the general pronoun rules leave bare, or
# give to a body, stands for the person named before it in the text ("The rows behind Mary
# Okoro's house ... she walks ... '...,' she says"). A name after one of these words is a
# place or the thing spoken of ("in New York", "from Central Market"), never the person.
PRONOUN_PERSON_NOT_AFTER = _w("in at from near to into of across outside inside on by for"
                              " toward towards via through"
                              # the one a body named or identified ("named the victim as
                              # John Kamau"), spoken of, not speaking
                              " as")
# ... but "by" after a participle of keeping a place or a body names its keeper, a person
# who may speak (round en162): "At the largest bakery, owned by Amina Yusuf, ...
# '...,' she said" ("killed by", "arrested by" name doers, still no speaker).
PRONOUN_PERSON_KEEPERS = _w("owned run managed founded headed led operated co-owned"
                           " co-founded")
# ... and how far back (characters) the person may have been named.
PRONOUN_PERSON_REACH = 700
# ... and a capital that only opens the sentence ("Now Ana Diaz ...", "Her son Pedro") is
# no name's first word.
PRONOUN_PERSON_NOT_FIRST = _w("now then but and so when after before since while as if yet"
                              " still today yesterday last this that these those his her"
                              " their its our my there here according for with from in at on"
                              " by to of")
# ... and the heads, besides a body's named heads, that make a pronoun's reading no person:
# "according to the Royal Police Force ... '...,' she says" is never the force's quote.
PRONOUN_BODY_HEADS = _w("service services force forces police others clinic hospital school")

# ---------- round en155: tolls told by a running number, the army's idiom, far verbs ----------
# The participles that name the people of a running number fronted before its toll
# (casualty_apart.py): "bringing to 19 the number of former fighters murdered this year",
# "raising to nine the number of aid workers kidnapped"; a person noun must come before them
# ("bringing to 19 the number of schools closed" counts no one).
RUNNING_NUMBER_PARTICIPLES: dict[str, str] = {
    **dict.fromkeys(_w("killed murdered slain executed assassinated massacred"), "killed"),
    **dict.fromkeys(_w("wounded injured"), "wounded"),
    **dict.fromkeys(_w("arrested detained"), "arrested"),
    **dict.fromkeys(_w("abducted kidnapped"), "captured"),
}
# ... and the participles after a noun that counts itself ("the number of homicides
# recorded this year", "the number of bodies recovered") that tell how the count was kept
# or the bodies found, not what else befell its people ("the number of detainees released"
# is no running count of arrests).
RUNNING_NUMBER_TALLY_PARTICIPLES = _w("recorded registered reported documented counted"
                                      " confirmed committed logged verified listed"
                                      " recovered retrieved exhumed identified")
# Army copy names the criminals it fights as it names bandits: "troops neutralised four of
# the criminals" (a person noun, so the idiom of killing takes it as its people).
PERSON_WORDS = PERSON_WORDS | frozenset(_w("criminal"))
# ... and the act of that idiom as a noun before its people: "led to the neutralisation of
# 19 others" (killed, as the verb is; things neutralised stay unread as with the verb).
OUTCOME_NOMINALS["killed"] += _w("neutralisation neutralization")
# A part of the victims told after a kidnapping keeps its whole's outcome, as a part of the
# victims of a killing does: "Bandits kidnapped 25 villagers. Ten of the victims were women"
# (casualty_captives_back.py, casualty_part_state.py).
PART_WHOLE_OUTCOMES["victims"] = PART_WHOLE_OUTCOMES["victims"] | {"captured"}

# ------------------ round en154: harms told by the body, care counted, roles as persons
# Callings of crews, wards and posts a victim is named by, singular as plural ("A deckhand
# was killed", "an orderly at the clinic was wounded", "a sentry was shot").
TRADE_PERSONS = TRADE_PERSONS | frozenset(_w("deckhand deckhands orderly orderlies sentry"
                                             " sentries"))
# ... and callings whose last word alone names no person: a sailor is a "naval rating",
# while "the credit rating was cut" counts no one (the word before the head decides).
TWO_WORD_PERSONS = frozenset(_p("naval rating|naval ratings"))
# The unit a soldier serves in, between the count and the verb of the releases: "Two
# soldiers of the force suffered gunshot wounds", as "of the battalion".
MILITARY_UNITS = MILITARY_UNITS + _w("force detachment garrison")
# A bone broken named after the care ("was taken to hospital with a fractured skull", "is in
# hospital with a broken leg") or after what a beating left ("was left with a broken arm"):
# the harm, as "with gunshot wounds" is.
BROKEN_HARMS = tuple(f"{state} {part}" for state in _w("broken fractured")
                     for part in (*BROKEN_BODY_PART, *BROKEN_BODY_PARTS))
CARE_WOUNDS = CARE_WOUNDS + BROKEN_HARMS
WOUND_STEMS = (*WOUND_STEMS, "broken ")
WOUND_NOUN_STEMS = (*WOUND_NOUN_STEMS, "broken ")
# A bullet a person "took" in a part of the body (casualty_harm_told.py): "a sentry took a
# bullet to the thigh", "took two bullets in the chest". The part is asked for: "took a
# bullet for his commander" and "took a bullet out" are no wound.
BULLET_TAKEN_COUNTS = _w("a one two three four several")
BULLET_TAKEN_PARTS = (*SHOT_LIMBS, *SHOT_BODY_PARTS, *HIT_PARTS)
WAKING_PHRASES += (*(f"took {n} bullet" for n in BULLET_TAKEN_COUNTS), "took bullets")
# Care given as first aid, before the count of the people who got it: "volunteers gave
# first aid to more than 60 people", "have given first aid to 40 people".
FIRST_AID_VERBS = _w("gave given giving give gives provided providing administered")
WAKING_PHRASES += ("first aid to", "given first aid", "received first aid")
# What makes "first aid" a skill or a thing, no care given: "received first aid training".
FIRST_AID_NOT_CARE = _w("training course courses kit kits post posts station stations"
                        " lessons skills certificate")
# The hurt moved away from the scene, care with no place named: "two marchers were carried
# off with gunshot wounds" (the harm after "with" is asked for, casualties.py).
MOVED_CARE_STEMS = (*MOVED_CARE_STEMS, "carried away", "carried off")
# People brought out of a ruin or the water alive and hurt (casualty_harm_told.py): "A boy
# was dug out alive with a broken leg", "were rescued from the rubble with burns". The verbs
# of the rescue, where it was from, and the harms (a bone broken, or a wound, burn or injury
# named by up to two words).
RESCUE_VERBS = _w("pulled dug rescued freed")
RESCUED_FROM = _w("rubble debris wreckage ruins water river sea sand")
RESCUED_HARMS = RECOVERED_HARMS + _w("fractures")
# The verbs of a harm received and of vanishing, finite after what stands between the
# counted people and them (casualty_subject_gap.py), as "died" is: "a driver from the aid
# convoy suffered injuries", "one nurse at the clinic received a gunshot wound".
SUBJECT_GAP_FINITE_VERBS += _w("suffered sustained received went")
# The verbs of vanishing end the body named after "members of", as a stop word does: "Nine
# members of the crew vanished" read "of the crew vanished" as the members' body before.
# (Not stop words of every group: "the 43 disappeared students" keeps its adjective.)
MEMBERS_BODY_ENDERS = frozenset(_w("vanished disappeared"))

# ------------- round en158: people a state holds, "and N other ...", a toll in apposition
# A superlative of degree inside a part of the harmed (casualties._group): "flew six of the
# most seriously wounded to the capital", "three of the least badly hurt" count the part of
# the wounded, as "six of the more seriously wounded" is read.
PARTITIVE_DEGREE_WORDS = frozenset(_w("most least"))
# Places of holding that tell the state's custody by themselves (casualty_custody_told.py):
# people "held in police cells", "held at the barracks", "kept in the guardhouse" are
# detained, whoever they are (soldiers held there after a mutiny too), unless the sentence
# names captors or hostages ("soldiers held in a prison the rebels run").
STATE_HOLD_PLACES = DETENTION_PLACES + _p(
    "barracks|guardhouse|guardhouses|guard house|police station|police stations|lock-up"
    "|lockup|jail|jails|prison|prisons|penitentiary|custody|cells|cell")
# ... and places that are the state's only with its force named before them: "held at a
# military base", "held at the army's base", "held in an army camp" (a camp alone may be
# the captors': "12 men held at a camp" keeps the story's reading).
# Words right after a count that leave it a count of people held ("Six are being held",
# casualty_custody_told._people_held).
HELD_COUNT_AUXILIARIES = _w("was were is are had have has being")
STATE_HOLD_FORCES = _p("army|military|police|navy|naval|air force|gendarmerie|garrison"
                       "|security forces|intelligence")
STATE_HOLD_FORCE_PLACES = _w("base bases camp camps headquarters post posts compound"
                             " compounds station stations barracks facility facilities"
                             " prison prisons jail jails cells")

# ------- round en160: people held or taken told without a verb beside the count
# An infinitive of purpose before an outcome verb says what was meant, not what was done
# (casualties._rare("unrealised")): "special forces were sent to arrest a company
# commander", "troops deployed to detain the mayor", "in order to kidnap" ("went on to
# detain three others" is done, and is none of these).
UNREALISED_CUES += tuple(f"{verb} to" for verb in _w(
    "sent dispatched deployed mobilised mobilized"
    # an errand or an authority for the act: "a mission to kidnap", "a warrant to arrest"
    " mission missions operation operations warrant warrants orders")) + _p(
    "moved in to|went in to|sent in to|so as to")
# Bodies of troops that end as people's nouns do ("-ent"): "a detachment of the presidential
# guard", "a contingent was ambushed" count no person after their article.
THINGS_LIKE_PEOPLE = THINGS_LIKE_PEOPLE | frozenset(_w(
    "detachment detachments contingent contingents"))
# What people are held "pending" (casualty_custody_told.py): a step of the state's justice,
# so the holding is the state's whoever they are ("eight soldiers are being held at the
# base pending trial", "were held pending an investigation").
CUSTODY_HELD_AFTER += _w("pending on")
# (round en187) held "aboard" a craft, as "on" one: "Nineteen crew held aboard hijacked cargo
# ship" (casualty_custody_told.py reads it as it reads "held on board")
CUSTODY_HELD_AFTER += _w("aboard onboard")
HELD_PENDING_STEPS = _w("trial trials investigation investigations inquiry inquiries"
                        " enquiry enquiries charges charge hearing hearings court"
                        " court-martial questioning deportation prosecution review") + _p(
    "court martial|further inquiries|further investigation")
# Places people are held "on" that no state holds them in: a floor of a seized building, a
# craft taken (casualty_custody_told.py): "about 40 shoppers and staff are being held on the
# top floor" after gunmen stormed a mall, "some 30 passengers are being held on board".
HELD_ON_PLACES = _w("floor floors board plane planes aircraft airliner jet ship ships vessel"
                    " vessels boat boats bus buses train trains ferry tanker rig platform"
                    # (round en187) "held on board hijacked trawler"
                    " trawler trawlers freighter freighters dhow dhows tug tugboat yacht barge")
# A bare participle of taking after counted people (casualty_custody_told.py): "Three
# engineers taken from their car on 2 May were released on Sunday" is the reduced
# relative of "who were taken from", read by who took them or the release after it (and
# the release of one of a pair, casualty_other_of_two.py).
TAKEN_RELATIVE_RELEASES = _w("released freed rescued")
# Who hijack a plane, a bus or a ship hold its people as captors do ("Hijackers seized the
# plane; some 30 passengers are being held on board").
CAPTOR_NOUNS += _w("hijackers hijacker")
# A place people are held "on" that was itself taken says its captors ("some 30 passengers
# were being held on the hijacked plane").
HELD_ON_TAKEN = _w("hijacked seized commandeered captured besieged")
# People held or taken whom the same sentence then charges or sentences are suspects, no
# casualties (casualty_custody_told.py): "Five men taken from their homes by police were
# charged on Monday".
HELD_THEN_CHARGED = _w("charged sentenced convicted jailed indicted")
# The other of a pair split by "one": the copula that may follow "the other" for it to be
# the subject of its own clause, and the fates it may then tell (casualty_other_of_two.py):
# "One of the two was found dead; the other is still missing", "one died and the other was
# wounded" ("the other side", "the other three", "the other, a mechanic," are read
# elsewhere or are no person; "the other was treated for cuts" and "the other has not been
# seen since" tell no fate of their own: care of one already counted, or a holding that
# goes on).
OTHER_OF_TWO_COPULAS = _w("is was remains remained")
OTHER_OF_TWO_FATES = _w("missing dead killed wounded injured hurt unaccounted kidnapped"
                        " abducted") + _p("found dead|shot dead|in captivity")
# A trade's learner is a person as the trade is: "the other, a 19-year-old apprentice, is
# still missing", "two trainees were wounded".
TRADE_PERSONS = TRADE_PERSONS | frozenset(_w("apprentice apprentices trainee trainees"))

# --- round en163: displacement told as an agency's counts, revisions and registrations ---
# People who had come home and fled again are displaced as villagers are: "Hundreds of
# returnees have since fled back to the camps" (FLEEING_CIVILIANS, JOURNEY_PEOPLE).
FLEEING_CIVILIANS = FLEEING_CIVILIANS + _w("returnees")
JOURNEY_PEOPLE = (*JOURNEY_PEOPLE, *_w("returnees"))
# "have registered as displaced": the agency's own name for them (casualty_moving.py).
REGISTERED_AS = REGISTERED_AS + _p("displaced|internally displaced|displaced people"
                                   "|displaced persons|idps")
# Sites of the displaced, where an agency counts arrivals: "About 30,000 people have arrived
# in sites around the town" (a site named by where it stands, never "the sites of" a thing).
REFUGE_ARRIVAL_PLACES = REFUGE_ARRIVAL_PLACES + _p(
    "displacement sites|idp sites|idp site|idp camp|idp camps|sites around|sites near"
    "|sites outside|sites on the outskirts")
# The phrases on a fronted whole before its comma, where it was counted or what drove it
# (casualties._FRONTED_CLOSE): "Of the 7,400 displaced people registered in the town, ...".
FRONTED_WHOLE_PREPOSITIONS = _w("in at by from across around near since during into to")
# A whole described by what was done to it, before its part's own verb
# (casualty_those_described.py): "four of those sent back were killed". The participles
# not in "-ed", their particles, and the prepositions of one phrase of where.
DESCRIBED_PART_PARTICIPLES = _w("sent driven brought thrown")
DESCRIBED_PART_PARTICLES = _w("back home away out off abroad again")
DESCRIBED_PART_PREPOSITIONS = _w("to from into across at in over")
# The earlier value of a count in a sentence of its own (casualty_rival_toll.py, after
# REVISED_NUMBER_ADJECTIVES): "Our previous update gave 12,500", "The earlier estimate was
# 24". Who gives it, what it is called, and how it gave the value.
EARLIER_UPDATE_DETERMINERS = _w("the our its their his her that")
EARLIER_UPDATE_NOUNS = _w("update updates figure figures estimate estimates count tally total"
                          " toll report bulletin assessment")
EARLIER_UPDATE_VERBS = _w("gave was were stood counted recorded showed listed reported") + _p(
    "put it at|put the figure at|put the number at|put the total at|stood at|been")
# An organised evacuation told beside people who "have left" (casualty_evacuation_left.py).
EVACUATION_WORDS = _w("evacuation evacuations evacuated evacuating evacuate evacuees")
# ... and words in its clause that tell it did not happen, or not yet (with STAGE_NEGATIONS,
# MODAL_VERBS and HYPOTHETICAL): "said an evacuation was impossible", "refused calls for an
# evacuation".
EVACUATION_UNTOLD_WORDS = _w("impossible possible call calls called urged urging demanded"
                             " demanding refused rejected plan plans planned proposed")
# ------------------------------------------ round en166: care for gas, release on bail
# The harm a weapon of crowd control does to the breath, read as a wound where the care's
# sentence names the weapon (casualties._rare("cared_for")): "at least 40 people were
# treated for breathing problems after police fired tear gas" ("treated for breathing
# problems" at a clinic, in a dust storm or an epidemic stays out).
BREATHING_HARMS = _p("breathing problems|breathing difficulties|breathing difficulty"
                     "|difficulty breathing|difficulties breathing|respiratory problems"
                     "|respiratory difficulties")
# The weapons such a sentence names (lower case, found by ``in``).
CROWD_GASES = ("tear gas", "teargas", "tear-gas", "pepper spray", "pepper-spray")
# ... and the stems that let the care rules look at such a sentence at all (as a wound's
# stems do): "for the effects of pepper spray", "for breathing problems".
WOUND_STEMS = (*WOUND_STEMS, "effects of", "breathing", "respiratory")
# The care received or needed for what the gas did: "dozens needed treatment for the
# effects of tear gas" (as "needed treatment for burns" above).
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + tuple(
    phrase for phrase in (f"{verb} {care}treatment for the effects of {harm}"
                          for verb in _w("needed required received")
                          for care in ("", "hospital ", "medical ") for harm in HARMFUL_EFFECTS)
    if phrase not in OUTCOME_PARTICIPLES["wounded"])
# The words right after a release that tell the arrest itself (RELEASE_FROM_ARREST but a
# release "after questioning", which may follow no arrest): people named by a noun and
# freed so are detainees though no arrest was told before (casualty_released.py): "Court
# frees 27 protesters on bail", "Judge releases 45 demonstrators on bail".
RELEASE_TELLS_ARREST = tuple(w for w in RELEASE_FROM_ARREST if not w.startswith("after "))
# ------------------------------------------ round en167: lives saved, boats named
# "lives" is a toll noun only as the price a harm took (casualty_at_sea.py): the words
# before the count that make it one ("claimed 30 lives", "cost 30 lives", "the loss of 30
# lives") ...
LIVES_HARM_BEFORE = _w("claim claims claimed claiming cost costs costing take takes took"
                       " taken taking lose loses lost losing end ends ended ending toll") + _p(
    "loss of|wiped out|snuffed out")
# ... and after it ("30 lives were lost", "30 lives lost"); "saved 30 lives", "changed 300
# lives", "touched many lives" stay unread.
LIVES_HARM_AFTER = _w("lost claimed taken")
# The craft and the places whose proper names may end in a number (casualty_at_sea.py):
# "the fishing vessel Al-Noor 7, seized on 2 May" names a boat, not seven captives;
# "Flight 804", "Convoy 12", "Camp 5" likewise.
NAMED_CRAFT_NOUNS = _w("vessel vessels ship ships boat boats trawler trawlers tanker tankers"
                       " dhow dhows ferry ferries freighter freighters tug tugboat yacht"
                       " barge cargo carrier flight convoy camp ship's vessel's")
# The small words a craft's name may hold between its capitalised words ("Star of Hope").
NAME_JOINERS = _w("of the al el de")
# A crew counted "on board" a craft its sentence says is held or taken is held with it
# (casualty_custody_told.py): "- 2 vessels held for ransom off the coast, 27 crew on board",
# "The trawler, seized on 4 May, is held near the port with eleven crew on board". The
# crew's nouns ...
CREW_NOUNS = _w("crew crewmen crewmembers sailors seafarers") + _p("crew members")
# ... and the words of the craft's holding before them in the sentence (a crew "on board" a
# ship that docked, sank or sails stays unread; migrants on board are no crew).
CRAFT_HELD_WORDS = _w("held hijacked seized commandeered captured ransom")
# A state's forces at sea: a crew on a craft they seized is left to the rules of arrest, and
# people they take aboard are detained ("six fishermen were taken aboard navy vessels").
NAVAL_FORCES = _w("navy navies naval coastguard coastguards") + _p("coast guard|coast guards")
# (round en191) People "taken away by boat" after a raid are captives, the clause ending
# there (casualties._CARRIED_TO): the craft raiders leave on.
TAKEN_AWAY_CRAFT = _w("boat boats canoe canoes speedboat speedboats motorbike motorbikes"
                      " motorcycle motorcycles")
# (round en191) People "taken to" a named port or town after a force of the state at sea
# fired on, stopped or boarded their boat are detained (casualty_custody_told.py): "The
# navy patrol fired on the boat. The other five were taken to Port Blair". The forces, ...
SEA_STOPPING_FORCES = NAVAL_FORCES + _w("patrol patrols") + _p(
    "border guards|border police|marine police|maritime police")
# ... what they do to the boat, ...
SEA_STOPPING_VERBS = _p("fired on|fired at|opened fire on|shot at|stopped|intercepted"
                        "|boarded|seized|impounded|detained|arrested|rammed")
# ... and the craft (people rescued from a sinking boat and "taken to" a port are no
# detainees, and no force stopped them).
STOPPED_CRAFT = _w("boat boats dhow dhows canoe canoes vessel vessels trawler trawlers skiff"
                   " skiffs dinghy dinghies ship ships")
# One more of the dead told as a body found by its ordinal (casualties.py): "Six people
# died when the boat capsized. Divers have recovered a seventh body" (a seventh boat or day
# is no one).
ORDINAL_BODY_NOUNS = _w("body corpse")

# ------------------------------------------------------- round en168
# (round en168) A toll's verb of rising with "to" right before the count lets the toll's
# noun stand further back, past phrases of place and of who clashed (casualties._toll):
# "The number of people killed in clashes between police and supporters of a losing
# candidate in the northern town has climbed to 14".
TOLL_RISEN_TO = _w("rose risen rises climbed climbs jumped jumps increased increases grew"
                   " grown mounted soared risen gone went")
# (round en168) A share of the hurt, the dead or the held told first without a count, then
# a part of them counted by who they were (casualty_share_part.py): "Most of the wounded
# were hit in the legs; two of them were children". The share's words and the whole's
# nouns by outcome.
SHARE_OF_WHOLE_WORDS = (*PROPORTION_WORDS, *_w("many some all several"))
SHARE_WHOLE_OUTCOMES = {
    **{w: "wounded" for w in _w("wounded injured hurt")},
    **{w: "killed" for w in _w("dead killed victims")},
    **{w: "arrested" for w in _w("detained arrested detainees")},
}

# ------------------------------------------ round en169: a described person as a pronoun's one
# The subject of the sentence before a pronoun's quote may be a person described, not named
# (statement_described_subject.py): "The dead man's widow wept ... '...,' she said". Heads of
# no one who speaks there: the dead and the very young.
DESCRIBED_SUBJECT_UNSPEAKING = _w("victim victims baby babies infant infants toddler toddlers"
                                  " body bodies dead")
# Passive verbs after "was" or "were" (or "died") that make the subject one mourned, buried or
# killed, not a speaker: "The victims were buried on Sunday", "A man was shot dead".
DESCRIBED_SUBJECT_MOURNED = _w("buried mourned killed shot executed")
# Plurals of people with no "s" of their own, after a count: "Two men ...".
DESCRIBED_SUBJECT_PLURALS = _w("people men women children")
# (review of round en169) Negations of the described one's verb: "A farmer did not attend"
# tells what they did not do, after another speaker's words no turn to them.
DESCRIBED_SUBJECT_NEGATIONS = _p("did not|didn't|didn’t|does not|doesn't|do not|don't|never"
                                 "|was not|wasn't|were not|weren't|has not|have not|had not")
# What the law does to a person, told in the passive with no doer, after a speaker's words:
# "A fifth person detained on Wednesday has been released without charge" goes on with the
# prosecutor's account (statement_described_subject.py), it is no turn to the one described.
DESCRIBED_CUSTODY_PASSIVES = _w("released freed detained arrested charged held questioned"
                                " remanded sentenced convicted acquitted deported bailed")
# (round en169) The prepositions between a post and its place or field, before the name in
# apposition: "The group's researcher for Sudan, Leila Haroun-Ali, said".
POST_PLACE_PREPOSITIONS = _w("for in on")

# ------------------------------------------- round en172: list members, freed prisoners, crews
# (round en172) An escort is a person only with the force that provides it before the word
# ("two of its drivers, a nurse and a police escort"; "travelled under escort" counts no
# one), as "naval rating" is (TWO_WORD_PERSONS: the word before the head decides).
ESCORT_FORCES = _w("police security armed military army")
TWO_WORD_PERSONS = TWO_WORD_PERSONS | frozenset(
    f"{force} {noun}" for force in ESCORT_FORCES for noun in ("escort", "escorts"))
# (round en172) People freed whose own noun says the state held them are detainees
# released, arrested at most (casualty_released.py): "Officials freed 14 jailed
# journalists", "30 imprisoned activists were released"; hostages freed stay captured.
STATE_HELD_MODIFIERS = (*ARREST_PARTICIPLES, *_w("jailed imprisoned incarcerated"))
# (round en172) "picked up by the police" is an arrest as "picked up by police" is: a force
# of arrest after the article of PICKED_UP_RIDE_AFTER keeps the passive an arrest, unless
# a craft or a vehicle of the force follows ("picked up by a police boat" is a rescue or a
# ride).
PICKED_UP_FORCE_CRAFTS = (*NAMED_CRAFT_NOUNS, *RIDES, *_w("helicopter helicopters"))
# ------------------------------------------ round en176: breath, prisons, escapees
# What harms the breath when the story tells it anywhere, not only in the care's sentence
# (lower case, found by ``in``): a fire set or broken out, its smoke, or the gas fired
# before ("Police fired tear gas at the crowd. Twelve people were treated for breathing
# problems"; "A fire broke out in the cell block ... 27 others were treated for breathing
# problems"). "opened fire" and "fired" are shots, not a blaze, and are not among them.
BREATH_HARM_CAUSES = (*CROWD_GASES, "fire broke out", "set fire", "set on fire",
                      "caught fire", "on fire", "ablaze", "blaze", "flames", "smoke",
                      "arson", "gas attack", "chemical attack", "chlorine")
# Escaped people taken back, told by the plainer verbs (casualty_held_gone): "13 of them
# have been caught", "Fifteen of the escapees have been caught", "19 are back in custody",
# read only in a story of an escape (ESCAPE_STEMS, ESCAPE_HOLDS) and only for a bare count,
# a part "of them" or a noun of the escaped (ESCAPED_NOUNS, RECAPTURED_PEOPLE): "caught in
# the crossfire", "caught fire" and "caught up" are no arrests.
RECAPTURE_PLAIN_VERBS = _w("caught")
RECAPTURE_CAUGHT_NOT = _p("in|up|between|on camera|on film|on video|off guard|fire|out|unawares")
BACK_IN_CUSTODY = _p("back in custody|back behind bars|back in prison|back in jail")
# Inmates freed in an attack on their jail (casualty_returned._jail_after), told by the
# attack's noun after the place ("Gunmen free over 100 inmates in jail attack") or by the
# attackers' storming ("freed more than 100 inmates after storming the prison"): a
# jailbreak's freed, not hostages freed (hostages freed stay captured).
JAIL_ATTACK_NOUNS = _w("attack attacks raid raids assault siege")
JAIL_STORMING = _p("storming|attacking|raiding|overrunning|breaking into|stormed|attacked"
                   "|raided|overran|broke into")
# A place of detention's capacity set off in commas before its holding (casualty_clause's
# place rule): "The jail, built for 300, now holds more than 1,100 people".
CAPACITY_ASIDES = _p("built for|designed for|meant for|intended for|built to hold"
                     "|designed to hold|built to house|designed to house")
# A prison's population, not an event (casualty_population): a count of detainees that is
# the subject of an act of theirs inside ("About 240 detainees at the city jail have
# refused meals", "Ten detainees in his wing began the hunger strike", "the detainees are
# on hunger strike") ...
POPULATION_ACTS = _p("refused|refuse|refusing|began|begin|started|start|staged|stage"
                     "|launched|launch|joined|join|went on|are on|were on|protested"
                     "|protest|demanded|demand|complained|complain|rioted|sewed|shared"
                     "|share|slept|sleep|ate|eat|signed|wrote|petitioned|went without"
                     "|have gone without|marked|boycotted|boycott")
# ... or those that supplies, visits or a capacity are for ("Water and food deliveries to
# the remaining 260 detainees resumed", "visits to the 80 detainees").
# ... unless the sentence goes on to tell their arrest, the story's event ("45 detainees in
# the station began a hunger strike after their arrest on Friday"; "detention" is also the
# place, "the detention centre", and is not among them).
POPULATION_ARREST_TOLD = (*ARREST_PARTICIPLES, "arrest")
POPULATION_SUPPLIES = _w("deliveries delivery food water meals meal rations supplies"
                         " medicine medicines visits visit access aid care blankets beds"
                         " space room")

# (round en174) A bare count under treatment, no wound and no place named, closing its clause
# ("three people have died of their injuries, and 27 are being treated"): the hurt of the
# deaths or the attack told in the same sentence or the one before (casualty_treated_bare.py).
# Treatment for something named after it stays with the rules that read what it is for
# ("27 are being treated for cholera" is no wound).
BARE_BEING_TREATED = _p("are being treated|were being treated|are still being treated"
                        "|were still being treated|are now being treated")
# ... the outcomes of a figure before it whose hurt such a count is
BARE_TREATED_AFTER = _w("killed wounded")
# ... and what, named in the same span, makes the count the sick (the deaths it follows were
# an illness's: "Two people died of cholera last week, and 27 are being treated"; "The
# outbreak has killed 12 people, and 27 are being treated"): no wound.
BARE_TREATED_ILLNESS = ILLNESS_CAUSES + _p("outbreak|epidemic|food poisoning")
# (round en174) Verbs of carrying people away whose first object, one definite person, may
# have companions counted after "together with" / "along with" ("The gunmen took away the
# parish priest together with two altar servers"): the companions are captives, as after
# "abducted the engineer along with his two guards".
TAKEN_ALONG_VERBS = MOVED_AWAY_VERBS + LED_AWAY_VERBS
# (round en174) A part of the missing or the captives found alive keeps its whole's outcome,
# as the sets count it ("Six soldiers had been missing since the raid. Four of them have
# been found alive"; "Three girls were taken ... Two of the girls were found alive"): the
# states of those found (casualty_found_alive.py). The phrase wakes its sentence.
FOUND_ALIVE_STATES = _p("alive|safe|unharmed|safe and well|alive and well")
FOUND_ALIVE_WHOLES = _w("missing captured")
WAKING_PHRASES += ("found alive", "found safe", "found unharmed")

# --------------------------------------------- round en179: the law told, not an event
# Modals of rule and possibility that no victim noun takes in: "Under the decree, a
# journalist can be detained for 30 days without charge" is the law, no one detained; the
# group ended at "journalist" and "can" was read as a second noun ("journalist can"), so the
# passive after it was the figure's. "may", "could", "will", "would", "might" stopped the
# group already (and are prospective modals of casualties._prospective).
GROUP_STOP_MODALS = _w("can cannot must shall should")
GROUP_STOP = GROUP_STOP | frozenset(GROUP_STOP_MODALS)
# ... but capitalised inside a group, one is a word of a name ("Three Can Tho fishermen"),
# unless a verb's word follows it as in a title-case headline ("Journalists Can Be Held")
MODAL_VERB_AFTER = _w("not be have also still now only")

# (round en181) "Drone strike on farmhouse kills family of five": a headline drops the
# article before a family counted by its size; these nouns after an outcome verb take the
# size as the count (the article's reading is FAMILY_NOUNS', a crew is left to it)
BARE_FAMILY_NOUNS = _w("family household")
# ... and what may follow the size in a headline: the end, a clause mark, or a word of
# place, time or cause ("kills family of five in Tor"; "family of six victims" is no size)
BARE_FAMILY_AFTER = _w("in on at near outside inside as after during amid while when "
                       "following overnight")
# (round en181) a key-figure line's place between its participle and its colon: "- People
# displaced to Kessa town: about 6,500", "- Civilians wounded in Kessa district: 31"
LABEL_PLACE_PREPOSITIONS = _w("in to from at across near inside into within around")
# (round en181) what is done to bodies after a toll told: the same dead again ("several
# bodies were buried before relatives could identify them")
# (round en181) the plural nouns of the dead's bodies, told again after a toll
BODY_PLURALS = _w("bodies corpses")
BODIES_AFTER_DEATH = ("buried", "identified", "returned", "handed over", "handed back",
                      "repatriated", "released", "collected", "claimed")
# (round en189) the arrested still held "on remand" (casualties._STILL_DETAINED) wake their
# sentence, which may hold no other cue word: "Six are on remand."
WAKING_PHRASES += ("on remand",)
# (round en189) people "also hit" or "also struck" (casualty_also_hit.py) are wounded after a
# shooting told just before them: the words of the shooting, and how far back (a sentence or
# two) they are looked for. The phrase wakes a sentence with no other cue word.
ALSO_HIT_SHOOTING = _w("shot shooting bullet bullets gunfire gunshot gunshots sniper snipers"
                       ) + _p("opened fire|open fire|opening fire|fired at|fired on|fired into")
ALSO_HIT_REACH = 300
WAKING_PHRASES += ("also hit", "also struck")
# (round en189) people "marched into" the bush or the forest in the passive are captives
# (casualties._CARRIED_OFF); the passive wakes a sentence with no other cue word.
WAKING_PHRASES += ("were marched into", "was marched into", "been marched into")
# ... but a side's own men marched into the wild are no captives ("Hundreds of soldiers were
# marched into the hills for training").
MARCHED_NOT_CAPTIVES = frozenset((*OWN_SIDE_NOUNS, *ARMED_FORCE_TAKERS, *_w("cadets")))
# (round en189) People left inside a site taken (casualty_still_inside.py), read only in a
# story of a seizure: where people are trapped instead, after "inside the", is no site.
STILL_INSIDE_NOT_SITES = _w("burning rubble wreckage mine shaft collapsed flooded debris")
# ... and a person "among those held" (or taken away): the participles of the held.
AMONG_HELD_PARTICIPLES = _w("held taken seized abducted kidnapped")
WAKING_PHRASES += ("still inside", "among those held", "among those abducted",
                   "among those kidnapped")
# (round en191) ... a seizure told by captors taking a site in the sentences just before
# ("Gunmen took over the plant on Monday. Nine workers are still inside"; a site stormed
# by police is a raid, and captors name no police), ...
SITE_SEIZING_VERBS = _p("took over|taken over|taking over|occupied|stormed|overran|overrun"
                        "|seized|captured")
# ... and when they are still there, after "inside": "nine guests were still inside on
# Tuesday night".
STILL_INSIDE_WHEN = _w("on until overnight late early since")
# (round en193) One who speaks for a body, before "for", "of" or "at" and the body:
# "A spokesperson for the owner, Harbour Line Shipping, said", "a representative of the
# charity", "an official at the operator" (statement_speaker_for_body.py).
BODY_VOICE_NOUNS = _w("spokesperson spokesman spokeswoman representative official officer"
                      " executive employee")
# The last word of a company's name, which a person's name does not end in: "Harbour Line
# Shipping", "Delta Ferries Ltd", "Kestrel Minerals", "Skyline Air".
COMPANY_NAME_HEADS = frozenset(_w(
    "shipping ferries lines airlines airways air marine mining minerals energy oil gas"
    " petroleum logistics transport ltd limited inc plc corp corporation co holdings"
    " services industries resources group partners motors foods telecom"))
# Words inside a body's name that a person's name does not hold: "Hope Across Borders",
# "Doctors Without Borders", "Friends of the Earth".
BODY_NAME_PREPOSITIONS = frozenset(_w("for of across without against and the"))
# (round en193) What a sentence tells of its subject that makes it one spoken of, never
# one who speaks after: "One of the crew, a 19-year-old, was killed.", "Her brother died in
# the raid.": a later "she says" or a bare quote is the person who spoke before.
SPOKEN_OF_FATES = _p("killed|shot dead|found dead|murdered|executed|never found|drowned"
                     "|beaten to death|stabbed to death|hacked to death|buried")
SPOKEN_OF_DEATHS = _w("died perished drowned")
# (round en198) The dead as a group a person is named into, who then says nothing after:
# "Among the dead was his brother, Emeka", "The dead included her cousin, ...", "One of
# those killed was ...", "... was among the dead".
NAMED_DEAD_GROUPS = _p("the dead|those killed|those who died|the victims|the people killed"
                       "|the slain|the fallen")
NAMED_DEAD_LISTING = _w("included include includes was were")

# ------------------------------------------------ round en192: the breadth of the outcomes
# (round en192) Hearing lost is a wound, as sight lost is (LOST_SIGHT): "Two demonstrators
# lost the hearing in one ear after a stun grenade exploded" ("lost the hearing" of a court
# alone stays out: the ear is named, or the possessive tells the sense).
LOST_HEARING = _p("lost the hearing in one ear|lost the hearing in both ears"
                  "|lost the hearing of one ear|lost hearing in one ear|lost hearing in both ears"
                  "|lost his hearing|lost her hearing|lost their hearing")
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + LOST_HEARING
# ... and sight taken by what hit, or told with its eye or how lasting it is: "Eight people
# were blinded by shotgun pellets", "was blinded in one eye" ("blinded by the sun", "blinded
# by ambition" stay out: the projectile is named).
BLINDED_HARMS = _p("blinded in one eye|blinded in both eyes|partially blinded"
                   "|permanently blinded") + tuple(dict.fromkeys(
    f"blinded by {w}" for w in (*HIT_PROJECTILES, *_p(
        "rubber bullets|rubber bullet|a rubber bullet|shotgun pellets|pellet guns"
        "|a stun grenade|stun grenades|tear gas canisters|a tear gas canister"))))
OUTCOME_PARTICIPLES["wounded"] = OUTCOME_PARTICIPLES["wounded"] + BLINDED_HARMS
# (round en192) The dead told by the manner of killing: "butchered" (of people only:
# "butchered cattle" stays out, as "strangled" does), "cut down" by fire (alone it cuts
# budgets).
OUTCOME_VERBS["killed"] += _w("butcher butchers butchered butchering")
PEOPLE_ONLY_VERB_STEMS["killed"] = (*PEOPLE_ONLY_VERB_STEMS["killed"], "butcher")
CUT_DOWN_BY_FIRE = tuple(f"cut down by {w}" for w in _p(
    "gunfire|machine-gun fire|machine gun fire|sniper fire|automatic fire|automatic gunfire"
    "|bullets|a hail of bullets|heavy fire"))
OUTCOME_PARTICIPLES["killed"] += _w("butchered") + CUT_DOWN_BY_FIRE
PEOPLE_ONLY_DEATHS += _w("butchered")
# (round en192) Raiders' captives moved away by a verb of stealth or of cargo, as "carried
# off" ones are, read where their taker stands right before the verb (casualty_moved_held.py;
# "spirited away" alone names no taker, and "the aides spirited away the files" no people):
# "Gunmen spirited away three girls", "Militants carted off 11 fishermen". The police who
# take people away this way arrest them: "Police carted off 30 protesters", "Police dragged
# away 30 protesters" (MOVED_AWAY_STATE_VERBS).
MOVED_AWAY_VERBS = MOVED_AWAY_VERBS + _p("spirited away|spirited off|carted off|carted away")
# ("took away" and "taken away" by the police stay no figure, as rounds s41, s57 and en93
# left them: a body, a suspect or protesters taken for questioning are no arrest told)
MOVED_AWAY_STATE_VERBS = _p("carted off|carted away|dragged away|dragged off|hauled away"
                            "|hauled off")
# ... and in the passive, with its taker after "by" (MOVED_PASSIVE_VERBS: "were carted off by
# police" is an arrest) or alone for the stealth of a captor: "Three girls were spirited away".
MOVED_PASSIVE_VERBS = MOVED_PASSIVE_VERBS + _w("carted")
MOVED_ARREST_VERBS = MOVED_ARREST_VERBS + _w("carted")
OUTCOME_PARTICIPLES["captured"] += _p("spirited away")
# (round en192) People a clinic or a hospital treated are the hurt by any name that counts
# civilians, as "people" and "protesters" are (casualty_care_given.py, which still asks a
# giver of care, the violence or a part told by its wound): "The clinic treated 16 students,
# five of them for baton injuries" ("patients" stay out: any clinic's daily work).
TREATED_HURT_HEADS = TREATED_HURT_HEADS + _w("students pupils children women workers"
                                             " journalists passengers worshippers farmers"
                                             " youths teenagers marchers")
# (round en192, casualty_left_since.py) People who have left a place since the violence are
# displaced, whoever they are by trade ("At least 40 of its technicians have left the area
# since the attacks", "About 90 families have moved out of the area since the fighting"):
# the verbs of leaving in the perfect, the places left, and the violence named right after.
LEFT_SINCE_VERBS = _p("left|moved out of|moved away from|abandoned|deserted|fled")
LEFT_SINCE_ADVERBS = _w("since now already all reportedly also")
LEFT_SINCE_OPENERS = _p("since|after|following|amid|because of|due to")
LEFT_SINCE_CAUSES = (*FLED_VIOLENCE, *_w("attack raid killings massacre massacres"
                                         " kidnappings abductions insurgency"))
# ... but not people who leave as their side or their work sends them: troops, fighters,
# police, staff, tourists ("Some 400 troops have left the area since the attacks").
LEFT_SINCE_NOT_PEOPLE = frozenset((*OWN_SIDE_NOUNS, *ARMED_FORCE_TAKERS, *_w(
    "police policemen officers gunmen militants rebels insurgents attackers tourists visitors"
    " staff diplomats peacekeepers journalists reporters investors")))
# (round en192, casualty_not_survived.py) People who "did not survive" are dead, as those
# who "later died" are: "Two of the wounded did not survive", "Three passengers didn't make
# it". The adverbs that may stand before, and the words that may go on after the verb (the
# clause ends, or what was not survived follows).
NOT_SURVIVED_ADVERBS = _w("later also all both then sadly ultimately eventually reportedly")
NOT_SURVIVED_NEXT = _w("the their his her its in at after and on overnight")
WAKING_PHRASES += ("not survive", "n't survive", "n’t survive", "not make it", "n't make it",
                   "n’t make it")
# (round en192, casualty_missing_taken.py) People gone missing after armed men stopped or
# attacked them were taken: "Eight passengers went missing after gunmen stopped their bus"
# is a capture (hikers missing in the mountains stay missing). The verbs of the armed men's
# act, and the words that may stand before the men.
MISSING_TAKEN_ACTS = _w("stopped intercepted waylaid hijacked")
MISSING_TAKEN_ADJECTIVES = _w("armed masked suspected unidentified unknown heavily hooded")
# (round en192, casualty_moving.py) A journey told from where people came ("An estimated
# 3,000 people have moved from border villages to Kaya since the attacks") and a crowd's
# arrival told by its flow ("Some 2,500 people have streamed into the town since the
# fighting"), read under the journey's checks (people right before, violence told).
JOURNEY_FLOW_VERBS = _w("streamed poured flocked")
JOURNEY_VERBS = (*JOURNEY_VERBS, *JOURNEY_FLOW_VERBS)
# ... and the violence told after the move as an armed band's act on a place: "relocated to
# the town after militants attacked their village" (CAUSE_AFTER_OPENERS).
CAUSE_AFTER_ACTS = _w("attacked raided stormed invaded torched burned shelled bombed overran"
                      " besieged")
# (round en195) The freed people's captors told by a pronoun in a relative clause with no
# "who": "released the seven drivers it was holding", "freed the 12 passengers they had
# kidnapped" (casualty_held_relative.holding_relative); the pronoun is the subject that
# frees them, so whoever that subject is, it held them.
HOLDING_RELATIVE_VERBS = _w("held seized taken kidnapped abducted captured snatched")
# (round en195) A headline's harms before a bare "taken" of one person or a count: "TWO OF
# OUR DRIVERS KILLED AND A COLLEAGUE TAKEN NEAR <TOWN>" (casualty_headline_bare); the
# harm, then "and" or a comma, tells a list of what befell the people, so the "taken" is
# their capture. The places "taken" may stand before there ("taken to", "taken in for",
# "taken into" are care or custody and are left).
HEADLINE_TAKEN_HARMS = (*HEADLINE_DEATH_WORDS, *_w("wounded injured hurt shot"))
HEADLINE_TAKEN_PLACES = _w("near outside at from in on as after during")
# (round en195) Held at a station, where the holder is a force of the state: "The police
# held six students at the station overnight" (casualty_custody.held_for), as is held
# for questioning by one of them.
HELD_AT_STATION = _p("at the station|at a police station|at the police station"
                     "|at the police post|at a police post|at a military base|at the barracks")
# (round en195) The forces of the state whose holding people for questioning or at a
# station is an arrest (casualty_custody.questioned_by_state): the police and the forces
# that take people from homes, and the army; armed groups holding people stay captors.
QUESTIONING_HOLDERS = (*HOME_TAKING_FORCES, *_w("soldiers troops army military authorities"))
# (round en195) A denial of harm opening a clause that a colon or semicolon then explains:
# "No one was hurt: the two night staff hid in the office" (casualty_no_one_hurt.py); the
# count after it is of people unharmed, no figure.
NO_HARM_SUBJECTS = _p("no one|no-one|nobody")
NO_HARM_PARTICIPLES = _w("hurt injured wounded killed harmed")
# (round en195) The preposition that closes a contact relative clause on a subject before
# the sentence's verb of saying: "The newspaper he wrote for said ...", "The charity she
# works with says ..." (statement_not_speech: the verb inside the relative is no report).
CONTACT_RELATIVE_PREPOSITIONS = _w("for with at to in")
# (round en195) Participles after people that tell who reached them, closing a source
# after "according to": "according to relatives and colleagues interviewed by the
# Monitor" (statement_sources._BARE_PEOPLE).
SOURCE_REACHED_PARTICIPLES = _w("interviewed contacted reached questioned quoted")
# (round en195) Verbs by which a new teller comes to the writer in the sentence before a
# quote that has no verb of its own: "A driver who escaped has reached us by phone. "The
# first truck ..."" (statement_teller_by_phone.py), then "us".
TELLER_REACHING_VERBS = _p("reached|spoke to|spoken to|talked to|talked with|told|called"
                           "|phoned|rang|contacted|wrote to|sent")
# (round en195) Subjects whose plural present "estimate" gives a planning figure, no
# statement: "Humanitarian partners estimate that 1,500 kits are needed" (the sets' gold
# leaves every such estimate out, while "Partners report that ..." is a statement).
PLANNING_ESTIMATORS = _w("partners")
# (round en195) The state's own papers, which speak for the body that issued them: after
# "..., accusing X of ..., according to a decree seen by AFP" the charge stays the body's
# (statements._source_after_clause, with DOCUMENT_NOUNS).
OFFICIAL_PAPERS = _w("decree decrees order directive circular notice ruling memo")

# ------------------------------------------------------------ round en199: casualties
# Got away hurt (casualty_escaped_harm.py): "a third guard escaped with cuts to his hands",
# "two escaped with burns", "one man got away with a bullet wound to the leg", "survived
# with broken ribs". The verb of getting away and "with" carry the harm as "suffered" does
# ("escaped with injuries" is read already, ARRIVAL_VERBS); "escaped unhurt", "escaped
# with the help of guards" and "fled with the money" name no harm and stay unread.
ESCAPED_WITH_VERBS = _p("escaped|got away|survived|fled|came away|walked away|emerged")
ESCAPED_HARM_NOUNS = _w("burns cuts bruises bruising fractures lacerations wounds injuries")
# (round en227, moved here by review 48) Where they got away to, a short phrase of place
# between the verb and "with" ("escaped over a wall with a broken leg", "fled into the
# forest with gunshot wounds").
ESCAPED_PLACE_PREPOSITIONS = _w("across through over into from to towards along down up on"
                                " onto past under") + _p("out of")
# (round en227, moved here by review 48) The trip to care that tells a beaten person's harm
# after "with" (casualty_beaten_treated.py): "were taken to hospital with head injuries",
# "rushed to the district clinic with stab wounds".
BEATEN_CARE_TRIPS = _w("taken rushed brought carried admitted")
BEATEN_CARE_TRIP_PLACES = _w("hospital clinic") + _p("health centre|health center")
WAKING_PHRASES += tuple(f"{verb} with" for verb in ESCAPED_WITH_VERBS)
# A headline's present "holds" with a bare count after a taking verb of the same line
# (casualty_headline_held.py): "Gang hijacks sugar trucks, holds five", "Rebels seize bus,
# hold 12". The taking tells whom the bare count holds ("Government holds 5 talks" has no
# taking and no join).
HEADLINE_TAKING_VERBS = _w("hijack hijacks seize seizes storm storms kidnap kidnaps abduct"
                           " abducts capture captures raid raids attack attacks ambush"
                           " ambushes waylay waylays stop stops block blocks grab grabs"
                           " commandeer commandeers board boards")
# ... a taking of no thing that holds people (the verb's object right after it): "Party
# seizes control of assembly, holds 12", "Rebels grab headlines, hold 3" tell seats or a
# lead, no one held.
HEADLINE_TAKEN_ABSTRACTS = _w("control power initiative lead headlines attention"
                              " victory title titles seats seat majority momentum"
                              " advantage chance opportunity reins spotlight ground"
                              " bill bills vote votes deal talks plan plans")
# People counted who say they were held by the state (casualty_said_held.py): "At least six
# drivers said they had been held overnight in police cells", "Four traders said they were
# detained by soldiers". Figures in reported speech are annotated like any other; "held"
# and "locked up" need the state's holder or its cells in the clause ("said they had been
# held up in traffic", "held by the gang" stay out), "detained" and "arrested" say it
# alone. "said they had been beaten" stays unread, as "were beaten" alone is.
SAID_HELD_VERBS = _p("said|say|says|told reporters|told journalists|told us|told the court"
                     "|complained|recounted|reported|claimed|alleged")
# ... and "held" with a particle or a judgement after it is no custody, whoever stands in
# the clause ("said they were held back a year at the police academy", "held hostage by
# rents", "held responsible by police"); the regard or blame held is what they tell.
SAID_HELD_NOT_CUSTODY = _p("up|back|off|hostage|hostages|responsible|accountable|liable"
                           "|in high regard|in regard|in esteem|in contempt|to account")
SAID_HELD_STATE_PLACES = _p("police cells|police cell|holding cells|cells|police station"
                            "|police stations|custody|detention|barracks|military camp"
                            "|army camp|gendarmerie|jail|prison|lock-up|lockup")
WAKING_PHRASES += tuple(f"they {aux} {verb}" for aux in ("had been", "were", "have been")
                        for verb in ("held", "locked up"))
# What opens a sentence's definite subject that an indefinite description in commas names
# again (casualties.py, round en199): "Gendarmes shot dead a truck driver ... The driver, a
# 38-year-old father of five from the town, was killed when he refused to pay" counts the
# driver once. Only a subject whose noun is the one counted before ("the driver" after "a
# truck driver"): "The suspect, a 47-year-old man, was detained" and "The fourth, a
# 70-year-old man, is in a critical condition" count a new one, and a subject that is the
# outcome's own noun lists new people ("The dead, a soldier and two boys, were buried").
DESCRIBED_AGAIN_OPENERS = _w("the this that")
# A verb of saying whose object is the "which" before its subject tells no words
# (statement_not_speech.py): "Apaa village, which two districts have claimed for years,",
# "the attack, which the group claimed in a statement,". The verb reads as such only when
# what follows it up to the clause's mark is made of these words (or names, figures and
# adverbs in -ly): a verb there ("which officials said killed 12", "which the group said
# was revenge") tells the words of a clause whose subject is the "which".
OBJECT_RELATIVE_TAIL_WORDS = frozenset(_w(
    "for since in on at during last over from until till through throughout earlier this"
    " that every each all by a an the its their his her our some several many both"
    " years year decades decade months month weeks week days day generations generation"
    " centuries century long ago now today yesterday then before after later soon"
    " statement statements video message post online publicly openly repeatedly again"
    " too also still"))
# ------------------------------------------------------------- round en202: blade and club
# The passive of a club's verb is a wound as the blade's is ("a guard was clubbed on the
# head", "two farmers were bludgeoned with iron bars"); said of people only, as "slashed"
# is ("the seals were clubbed" names no one). "cut" is said of budgets, power, roads and
# hair far more often: it is a wound only where a body part or a blade follows it ("were cut
# on the face and hands", "was cut with a broken bottle"), and only of people ("the cake was
# cut with a knife" is no figure: the phrases end the predicate's people-only check).
CLUB_PARTICIPLES = _w("clubbed bludgeoned")
PEOPLE_ONLY_HARMS += CLUB_PARTICIPLES
CUT_BLADES = _p("a knife|knives|a machete|machetes|a blade|blades|a razor|razors|a razor blade"
                "|a broken bottle|broken bottles|broken glass|a sword|swords|an axe|axes")
CUT_WOUND_PHRASES = tuple(f"cut {prep} the {part}" for prep in ("on", "in")
                          for part in CUT_BODY_PARTS) + tuple(
    f"cut with {blade}" for blade in CUT_BLADES)
OUTCOME_PARTICIPLES["wounded"] += CLUB_PARTICIPLES + CUT_WOUND_PHRASES
PEOPLE_ONLY_CUTS += CUT_WOUND_PHRASES
# ... and by what a blast throws (briefed from en-138: "Two other passengers were cut by broken
# glass", "were cut by flying glass when the bomb went off"); "cut by 10 percent" names none.
CUT_BY_THROWN = _p("broken glass|flying glass|glass|shards of glass|shrapnel|flying debris"
                   "|debris")
_CUT_BY_PHRASES = tuple(f"cut by {thing}" for thing in CUT_BY_THROWN)
OUTCOME_PARTICIPLES["wounded"] += _CUT_BY_PHRASES
PEOPLE_ONLY_CUTS += _CUT_BY_PHRASES
# A relative clause with an auxiliary right after its pronoun keeps its own tense inside a
# series of verbs (casualty_series_relative.py): "Gunmen stormed a meeting of farmers who
# had gathered to settle a dispute and took away three elders" goes back to the gunmen.
RELATIVE_ASIDE_AUXILIARIES = _w("had have has were was are is")
# Places left by a count, then "for" a town (casualty_left_places.py): "About 3,100 people
# have left eight villages for Kalemie", "left three camps for the town of Beni".
LEFT_COUNTED_PLACES = LEFT_BARE_PLACES + _w("camps")
LEFT_FOR_TOWN_NOUNS = _w("town city capital village")
# ... which the sentence's gate for flight lets through by the places and their "for".
FLIGHT_STEMS = (*FLIGHT_STEMS, *(f"{place} for " for place in LEFT_COUNTED_PLACES))
# ------------------------------------------------------------- round en202: parts in care
# The hurt still in a hospital's wards, and those who spent a time in care, are wounded as
# those who "remain in hospital" are: "The district hospital received 23 of the injured;
# nine remain in its wards", "three of them spent a week in intensive care" (a part of the
# wounded: only right after a toll of the wounded, told_beside's parts in care; "The hospital
# received 19 patients; nine remain in its wards" tells no attack).
_CARE_SPELLS = _p("a night|the night|two nights|a day|a week|a month|days|weeks|months"
                  "|several days|several weeks|a few days|two days|three days|two weeks"
                  "|three weeks|a fortnight")
KEPT_IN_WARDS = tuple(f"{verb} in {owner} wards" for verb in _w(
    "remain remains remained") + _p("are still|were still|is still|was still")
    for owner in _w("its the their")) + tuple(
    f"spent {spell} in {place}" for spell in _CARE_SPELLS
    for place in _p("intensive care|hospital|a hospital|the hospital"))
CARE_PART_STATES += KEPT_IN_WARDS
# A part counted after "Of the wounded," taken into care (casualty_hurt_part.py): "Of the
# wounded, 15 were admitted to <a named hospital>".
HURT_PART_CARE_VERBS = HOSPITAL_TAKING_VERBS + _w(
    "hospitalised hospitalized treated transferred brought carried")
# The verbs a clause on the dead or the wounded as a whole opens with, before a part of them
# named by a noun (casualty_whole_named_part.py): "The dead were aged between 16 and 25, and
# five of them were university students", "The wounded included ...".
WHOLE_NAMED_VERBS = _w("were are included include") + _p("have been|had been")
# What opens the aside of a released part that names a group inside it
# (casualty_release_aside.py): "Fourteen of them, including three women, were freed on bail".
RELEASE_ASIDE_OPENERS = _p("including|among them|amongst them|among whom")

# ------------------ round en205: nouns of killing by its manner
# A killing named by its manner before "of" and its victims reads as "the killing of" does:
# "jailed for the lynching of two cattle traders", "a video of the beheading of a hostage",
# "after the stoning of a woman", "the public hanging of four men" (killed; the verbs are in
# OUTCOME_VERBS). "Beating" stays out: a beating is no death nor a wound told.
OUTCOME_NOMINALS["killed"] += _w("lynching lynchings beheading beheadings stoning stonings"
                                 " hanging hangings decapitation decapitations")

# ------------------ round en205: a rival toll set against the new one
# A toll another source gave, set against the new one with its article (casualties.py's
# _EARLIER_VALUE): "17 people were killed, not the 11 announced by police", "rather than
# the eight reported earlier", "instead of the 20 the army gave". "The" is required: a bare
# "not 11" is a correction of the writer's own, and "not the 11 seats" keeps its noun and
# stays unread as every old value with a noun of things does.
EARLIER_FROM_MARKERS += _p("not the|rather than the|instead of the")
# ... its verb of giving ends the counted group as "announced" does: "not the 20 claimed by
# the army"
GROUP_STOP = GROUP_STOP | frozenset(_w("claimed"))
# ... and the source of the old value between its count and its verb, with no "by": "up from
# the 31 police gave", "not the 14 officials reported" (casualty_rival_source.py).
RIVAL_BARE_SOURCES = frozenset(w for w in BARE_SOURCE_SPEAKERS if " " not in w) | frozenset(
    _w("army military government ministry governor authorities"))
RIVAL_BARE_SOURCE_VERBS = (*RIVAL_GIVING_VERBS, *_w("given reported announced claimed counted"
                                                    " recorded put"))

# ------------------ round en205: ranks as persons in a list of the dead
# A rank the person words lacked, so a member of a list after "among them ... and" stopped
# at its article: "17 people died, among them two women and a police corporal" (killed 1, as
# "and a police sergeant" was read). Only ranks that name nothing else ("major" and
# "private" stay out: "a major road", "a private guard").
PERSON_WORDS = PERSON_WORDS | frozenset(_w("corporal corporals brigadier brigadiers rifleman"
                                           " riflemen"))
# A verb of knowing opens a clause with a subject of its own inside a relative clause, as a
# verb of saying does (casualty_relative_subject.py): "a doctor who feared 12 people had
# died" names no death of the doctor; "who kidnapped 12 students were arrested" takes the
# count as the clause's object.
RELATIVE_KNOWING_VERBS = _w("believed believes feared fears thought thinks knew knows"
                            " estimated estimates saw sees heard hears found finds"
                            " confirmed confirms learned learnt")

# ------------------ round en206: statements (possessor places, "ago", feeling openers, ...)
# A place named with its kind, lower case, before a possessive title (statement_sources.py's
# appositions): "Borno state's governor, Amina Bello, said that ..." is Amina Bello's,
# as "Borno State's governor, ..." and "Nigeria's minister, ..." already were.
POSSESSOR_PLACE_KINDS = _w("state city province county region district municipality"
                           " governorate prefecture")
# The time since it was said, between the verb and "that" or closing the sentence
# (statement_sources._LEAD): "said a few hours ago that ...", "..., police said two hours
# ago." is when it was said, no words of the source's.
SAID_AGO_UNITS = _w("moment moments minute minutes hour hours day days week weeks month"
                    " months year years")
# A body's announcement told with its feeling before "to confirm / announce / report that"
# (statements._formal_openers), as "is pleased" and "is saddened" were: "Kessa Mining is
# relieved to confirm that ...", "The club is delighted to announce that ...". The writer's
# own "We are relieved to ..." stays no one's, as "We wish to inform ..." does.
FORMAL_OPENERS = FORMAL_OPENERS + _p(
    "is relieved|are relieved|is greatly relieved|are greatly relieved|is happy|are happy"
    "|is delighted|are delighted|is proud|are proud|is thrilled|are thrilled|is sad|are sad"
    "|is deeply sorry|is very pleased|are very pleased|is grateful|are grateful")
# What a report the source spoke in rests on, closing the sentence after it (statement_
# sources._LEAD): "..., the league said today in a report based on letters from 25
# inmates, two doctors and a chaplain." tells of the report, no words of the source's.
REPORT_GROUNDS = _p("based on|drawn from|compiled from|drawing on|built on")
# The prepositions that write a bare capitalised name as a place (statement_pronouns.
# _subject_before): "some 900 people from Dera Kotu", "a clinic in Bilu Tana" make "Dera Kotu
# lost its granary." no person's sentence whose subject a later "he" could stand for.
# ("to" and "of" stay out: "spoke to Ali Musa", "the son of Ali Musa" are persons.)
PLACE_NAMING_PREPOSITIONS = _w("in from near outside around across into")
# A time fronted with no comma before a lower-case subject, in a clause a speech participle
# goes on from (statements._participle_subject): "The following morning police held 18
# porters, accusing them of ..." is the police's charge.
FRONTED_TIME_ORDINALS = _w("next following same previous")
# (round en226) A sitting fronted before an apposed speaker, its comma left out: "At a
# hearing on Tuesday its licensing officer, Sergeant Ana Ruiz, told ...", "During the
# debate the party's whip, Ms Joan Carrow, said ..." (fronted_time.fronted_sitting_end).
FRONTED_SITTING_PREPOSITIONS = _w("At During In")
FRONTED_SITTINGS = _w("hearing hearings inquest meeting session sitting trial briefing"
                      " debate conference vigil rally funeral ceremony launch inquiry")
FRONTED_SITTING_WHEN = _w("on last this that")
# (round en226) An adverb and "then" or a place's word opening a feature's sentence with
# no comma: "Back then it had no generator.", "Even then the road was shut.", "Back home
# the wells are dry." (the capital is no person's name; statement_persons._TIME_OPENER).
FRONTED_THEN_ADVERBS = _w("Back Even Only Just Right")
FRONTED_THEN_WORDS = _w("then home there")
# (round en226) Prepositions of a street or a spot that end a person's head as "at" and "in"
# do, when a pronoun looks back to the person: "A pharmacist on Heron Crescent, who ...,
# said ... '...,' she said" (the street's "Crescent" is no Red Crescent).
PLACE_HEAD_END_MORE = _w("on near outside opposite behind")
# (round en226, statement_demand_list.py) The verbs of asking that set out a list of
# demands after a colon: "The Centre demands that:", "The union urges:", "The panel
# recommends that:"; and those that take "for" ("The Forum calls for:").
LIST_DEMAND_VERBS = _w("demands demand demanded urges urge urged recommends recommend"
                       " recommended requests request requested")
LIST_CALL_VERBS = _w("calls call called appeals appeal appealed")
# An aside on the object counted between the clause and its participle: "held 18 porters,
# many of them from the hills, accusing them of ...".
OBJECT_ASIDE_SHARES = _w("most many some all both several half none one two three")
# The verbs after which "threatened" tells how someone feels, no threat anyone made
# (statement_not_speech._felt_threatened): "nurses who feel threatened on the ward to log
# each case" is no threat "to log".
FEELING_COPULAS = _w("feel feels felt feeling seem seems seemed look looks looked become"
                     " becomes became remain remains remained")

# ------------------ round en207: captives handed over, taken off a vehicle, victims named
# with a relative clause in a court's charge
# The word that wakes a sentence for captives handed over on their release
# (casualty_freed_after.py): "The two men were handed over to Malian authorities" told no
# word of any outcome, so the sentence was never read.
HANDOVER_WAKE_WORDS = _w("handed")
# ... and whom they are handed to besides officials and families: the Red Cross, which
# takes captives back on both sides' behalf ("were handed over to the Red Cross").
HANDED_OVER_TO = (*HANDED_OVER_TO, *_w("cross icrc"))
# People "taken" in a story of captives (casualty_taken_removed.py): the vehicles they were
# carried off in ("taken by bus to a camp"; an ambulance or a helicopter is care) ...
TAKEN_BY_VEHICLES = _w("bus buses car cars truck trucks lorry lorries van vans pickup pickups"
                       " jeep jeeps minibus minibuses boat boats canoe canoes motorbike"
                       " motorbikes motorcycle motorcycles SUV")
# ... whence they may not have been taken for a capture ("taken from the rubble", "from the
# water", "from the scene") ...
TAKEN_NOT_FROM = _w("rubble debris wreckage water river sea scene sinking flames fire"
                    " building ruins")
# ... and where care, safety or the law takes people, anywhere in the clause ("taken by bus
# to a shelter", "taken by car for treatment").
TAKEN_TO_CARE = _w("safety shelter shelters ambulance ambulances treatment care morgue"
                   " mortuary medical doctors surgery"
                   # (and where the freed are brought back: "taken by bus to a hotel",
                   # "taken by car to their homes", "to the embassy")
                   " hotel hotels home homes embassy")
# The present of "be" with "still" after an apposition between counted people and their
# predicate (casualty_apart.py), as the past was read: "One worker, a 48-year-old surveyor,
# is still being held", "Two pupils, both girls, are still missing" (a state that goes on;
# the bare present, "are in hospital", is as often a restatement of people counted before).
APART_STILL_FINITE = _p("is still|are still")
# ... and a side's own crews lost as its men are ("confirmed the loss of two pilots").
LOST_COMBATANTS = (*LOST_COMBATANTS, *_w("pilots sailors marines airmen"))

# ------------------ twenty-fifth session: remains counted, graves that hold the dead
# A grave or a pit holding people holds the dead (casualty_clause.grave_holds): "uncover
# grave holding at least 12 people", "a mass grave that held 30 men". A camp or a prison
# holding people stays a capacity (HOLDING_PLACES).
GRAVE_NOUNS = _w("grave graves pit pits")

# ------------------ review 44: words today's readers held in their modules
# A leaving that states people in hospital after violence (casualty_far_outcome.py rewrites
# it as a wounding; casualty_state.py lets it have people of its own after "and"): "left 11
# workers in hospital", ", leaving 11 workers in hospital".
HOSPITAL_LEAVINGS = _w("left leaving")
# People "taken" in a story of captives (casualty_taken_removed.py): adverbs between the
# auxiliary and "taken" ("were later taken", "had reportedly been taken") ...
TAKEN_ADVERBS = _w("also then later all both reportedly allegedly")
# ... the words before a vehicle ("by a car", "by their boats", "by two trucks") ...
TAKEN_VEHICLE_DETERMINERS = _w("a an the their his her two three four five several")
# ... and before men no one names ("by three men", "by some armed men").
TAKEN_MEN_DETERMINERS = _w("a the two three four five six several some")

# --- English round 208 (statements) ---
# Subjects that name no one a later "he" or "she" could stand for (statement_pronouns.
# _subject_before): "Nobody repaired the dykes. ... has raised 400 metres of wall, he
# says" is not Nobody's.
NO_ONE_SUBJECTS = _w("Nobody Everyone Everybody Someone Somebody Anyone Anybody None"
                     " Nothing Everything Something")
# The words that show a capitalised "-ing" opening a sentence is a gerund with its object
# or its preposition, no name: "Losing a brother taught him ...", "Stepping on a mine cost
# him a leg", "Working for the charity keeps her ...". A name goes on with its verb
# ("Fleming said", "Manning was").
GERUND_FOLLOWERS = _w("a an the his her their its my our your this that these those some"
                      " on in at to for with from into up out down off back through over"
                      " him them it me us one two three")
# A time fronted in a quote before a lower-case source that speaks inside it (statements.
# _sources_inside): '"In the morning the police said he had drowned."', '"Later the army
# told us the road was open."'. The source's words are its own entry, as a capitalised
# source opening the quoted sentence ("The police said ...") already was.
QUOTED_FRONTED_TIMES = _w("Later Then Afterwards Eventually Yesterday Today Tonight Soon"
                          " Finally")
QUOTED_FRONTED_TIME_OPENERS = _w("In On At By Early Last That This Next The Two Three A")
# A share of a group told of inside a quote, a person or people who speak there ('"One of
# them told me his children no longer sleep," she said.'), as "Several patients" do.
QUOTED_GROUP_SHARES = _p("One of|Some of|Many of|Several of|Most of|Two of|Three of"
                         "|A few of")
# Members of an assembly are persons as a subject's head before their name, as "lawmaker"
# and "mp" were (statement_persons._person_subject): "Local legislator Anil Verma has asked
# the state for shelters. He said ..." is Anil Verma's, no "Local".
ASSEMBLY_MEMBER_WORDS = _w("legislator congressman congresswoman assemblyman assemblywoman"
                           " parliamentarian senator alderman")
PERSON_WORDS = PERSON_WORDS | frozenset(ASSEMBLY_MEMBER_WORDS)
# The possessives that open a subject "My brother", "Our neighbour" before a coordinated
# "and said" (statements._sentence), beside DESCRIPTION_POSSESSIVES ("His brother").
OWN_SUBJECT_POSSESSIVES = _w("my our your")
# ... and the verbs after "and" that make such a kin the teller of what follows: a report of
# words ("My brother called and said ..."), not a request ("Her daughter calls every
# evening and asks her to come", which the older rules leave as they were).
KIN_SUBJECT_SPEECH_VERBS = _w("said says told tells added")

# --- English round 209 (casualties) -------------------------------------------------------
# Words right before a person whose death is only feared, wished away or waited for, told
# with an infinitive after the person (casualty_wished_death.py): "Are we waiting for another
# child to die?", "we will not let another miner die", "nobody wants another nurse to be
# killed". ("watched another child die" is a death seen, and no cue.)
WISHED_DEATH_CUES = _w("for let allow allows allowed allowing want wants wanted wanting"
                       " expect expects expected")
# The infinitives of an outcome that close such a figure's words.
WISHED_DEATH_INFINITIVES = _p("die|to die|to be killed|be killed|to be hurt|to be injured"
                              "|to be maimed|to lose their lives|to lose his life"
                              "|to lose her life")
# The pronouns a fronted partitive takes up the people counted before with
# (casualty_fronted_part.py): "Of those, about 400 are children", "Of them, nine were women".
FRONTED_PART_PRONOUNS = _w("those them these")
# A part of the hurt told by the state hospital staff give it (casualty_told_beside.py):
# "Doctors treated 26 people. Two are in theatre now", "Two men were stabbed. One was
# described as critical". (Only as a part after a toll: a bare "One was described as
# stable" with nothing counted before stays unread.)
CONDITION_PART_STATES = tuple(
    f"{be} {state}" for be in _w("is are was were") for state in (
        *_p("in theatre|in the operating theatre|still in theatre"),
        *(f"described as {grade}" for grade in _w("critical serious stable grave")),
        *(f"said to be {grade}" for grade in _p("critical|in a critical condition"
                                               "|in a serious condition"))))
CARE_PART_STATES += CONDITION_PART_STATES

# English round 210 (statement_followed_kin): the kin a feature names in apposition to a
# possessive ("his older brother, Marek,"), whom a later "he says" does not stand for ...
FOLLOWED_KIN_NOUNS = _w("brother sister son daughter father mother husband wife uncle aunt"
                        " nephew niece cousin grandson granddaughter grandfather grandmother")
# ... unless the text writes the kin as a teller ("Marek says", "said Marek").
FOLLOWED_KIN_TELLING_VERBS = _w("says said tells told recalls recalled")
# English round 210 (statement_gerund_subject): the words that open a gerund's object when a
# capitalised "-ing" word heads a subject of "tells" ("Cutting this budget", "Closing the
# clinic", "Ignoring these warnings", "Raising fees"); none opens a participle's people
# ("Striking workers", "Visiting officials": the head noun comes at once).
GERUND_OBJECT_OPENERS = _w("the this that these those a an its their our his her your"
                           " every any such more fees taxes prices")
# English round 210 (statement_read_out): what a speaker reads out of another's writing,
# "read out a letter from a woman whose son ...: "..."", "read a message from his mother".
READ_OUT_WRITINGS = _w("letter letters message messages note statement poem email text")
# Where a headline's counted gain goes after "adds" (statement_not_speech._ADDED_COUNT_ENDS):
# "adds 14 checkpoints around Rohingya camps", "adds 200 beds at the main hospital".
ADDED_PLACE_PREPOSITIONS = _w("around at in on along across near inside outside for")
# Where a headline's gained officers or exits go or what they are for (statement_added_gains,
# round en233): "adds exits and stewards before the pilgrimage", "... ahead of the derby".
ADDED_GAIN_PREPOSITIONS = frozenset((*ADDED_PLACE_PREPOSITIONS,
                                     *_w("before after during ahead over")))

# The sittings a chamber or a court holds, told in the present before its day (date_schedule):
# "The Senate takes up the budget on Tuesday", "MPs debate the bill on Thursday", "the court
# hears the appeal on Monday" look ahead of publication as "sits again on" does.
# Their words are as often nouns ("the debates on Tuesday"), so they are read only with an
# object between them and the day ("debate the bill on").
SCHEDULE_OBJECT_VERBS = _w("debates debate hears")
SCHEDULE_DATE_PREPOSITIONS = _w("on at in from by")
SCHEDULE_PRESENT_PHRASES += _p("takes up|take up")
# A past participle that "already" stands before is done by the date it carries, whatever
# the clause's modal: "found in a budget already cut by a tenth in June" (date_direction).
# These are the participles with no "-ed" that the reader knows from no other list: most
# share their form with a present ("cut", "hit"), so only "already" tells them ("run" is
# left out: "supplies already run low by March" is a present).
ALREADY_WORDS = _w("already")
DONE_AFTER_ALREADY = _w("cut put hit shut spread cast let cost hurt quit split shed burst upset"
                        " beset broadcast bid gone done seen begun broken stolen driven written"
                        " chosen frozen fallen risen grown known shown thrown flown drawn torn"
                        " worn sworn hidden beaten eaten laid lent bent fed sunk")

# --------------- round en212: the hurt described by their harm, then cared for ---------------
# (casualty_harm_described.py) People counted and described by what they suffered before the
# verb of their care: "at least 14 people with fractures and head wounds were treated",
# "Dozens of protesters with burns or cuts were taken to hospital". The harm nouns a list
# may name (with up to two words before each: "head wounds", "broken bones") ...
HARM_DESCRIBED_NOUNS = _w("wounds wound injuries injury burns fractures bruises bruising cuts"
                          " lacerations bones limbs ribs concussion concussions")
# ... the verbs of care after "were" / "had been" that make them the hurt ("with fractures
# were released" or "were questioned" stays unread) ...
HARM_DESCRIBED_CARE = _w("treated admitted hospitalised hospitalized brought taken rushed"
                         " evacuated airlifted transferred")
# ... and the words a harm's description never holds (a verb or a clause between would make
# the list a sentence of its own).
HARM_DESCRIBED_NOT_WORDS = _w("were was are is been being had have has who which that and or"
                              " the a an their his her to from by")

# --------------- round en212: a part of those who fled, told where it went ---------------
# (casualty_fled_part.py) "About 2,900 of those who fled reached Pemba", "Hundreds of those
# who fled the clashes crossed into Chad": the whole is named by its flight, the part by
# where it went. The flights that name the whole ...
FLED_PART_WHOLES = _p("fled|escaped|were displaced|had been displaced|have been displaced"
                      "|were forced to flee|were driven out|were uprooted")
# ... what they may have fled that makes them doers, not the displaced ("those who fled the
# scene were arrested", "of those who escaped from the jail") ...
FLED_PART_NOT_FLED = _w("scene prison prisons jail jails custody police cell cells camp-guards"
                        " detention checkpoint")
# ... and the verbs of going and staying that tell the part's own fate is still its flight
# (a death, an arrest or a return is read by the rules of its own verb, or not at all).
FLED_PART_ARRIVALS = _w("reached arrived crossed found took sought settled sheltered stayed"
                        " remain remained headed walked trekked travelled traveled moved"
                        " reach arrive cross find take seek settle shelter stay")
FLED_PART_STAYING = _w("staying sheltering living camped housed hosted sleeping")
FLED_PART_AUXILIARIES = _w("have had are were") + _p("have since|had since|are now|were now"
                                                      "|are still|were still|have now")

# --------------- round en212: the missing as a register lists them ---------------
# (casualty_listed_missing.py) A body that keeps a register of the missing names the count
# in a relative clause or as its verb's object: "the 1,782 people Croatia still lists as
# missing", "the 12 fishermen the coastguard still considers missing", "The ICRC counts
# 2,300 people as missing". The verbs of a register ...
LISTED_MISSING_VERBS = _w("lists listed list considers considered consider counts counted"
                          " count records recorded record registers registered register"
                          " classifies classified classify regards regarded")
# ... the adverbs that may stand before them ...
LISTED_MISSING_ADVERBS = _w("still officially now formally currently")
# ... and the states that make the people missing ("lists as absent" or "as members" stays
# unread).
LISTED_MISSING_STATES = _p("missing|disappeared|unaccounted for|forcibly disappeared")

# --------------- round en212: the next part after a part's own description ---------------
# (casualty_part_described_next.py) "19 people, 15 of them men in civilian clothes and four
# women": the prepositions that open a short description of the first part's people, past
# which "and" and the next part follow.
PART_DESCRIBED_PREPOSITIONS = _w("in from of at with wearing aged under over between")
# ... and the words that end the description as a clause of its own (the next count would
# be a new figure, not a part).
PART_DESCRIBED_NOT_WORDS = _w("were was are is been being had have has who which that said"
                              " says when while after before but")

# --------------- round en212: civilians told where they sheltered, then fled ---------------
# (casualty_shelter_then_fled.py) "Some 340 families sheltering in a sports hall in the hamlet
# of Caño, in the rural area of Tibú, fled again": the participles of where the counted
# civilians (FLEEING_CIVILIANS) stayed before the flight ...
SHELTERED_THEN_FLED_PARTICIPLES = _w("sheltering living staying camped camping housed"
                                     " sleeping hiding")
# ... the flights that close the phrase ...
SHELTERED_THEN_FLED_VERBS = _p("fled|have fled|had fled|fled again|have fled again"
                               "|had fled again|were forced to flee|were forced to flee again"
                               "|have been forced to flee|were displaced again")
# ... and the words the place phrase between never holds (a clause of its own).
SHELTERED_THEN_FLED_NOT_WORDS = _w("were was are is been had have has who which that and or but"
                                   " said says when after before because")

# --------------- round en212: the dead told by their burial ---------------
# (casualty_buried_dead.py) "residents say at least 34 men were buried after the militia
# left", "12 people had been buried in a mass grave": the auxiliaries of the passive ...
BURIED_DEAD_AUXILIARIES = _p("were|had been|have been|were later|had later been|were all")
# ... and what after "buried" tells a burial of the living, not of the dead ("buried under
# rubble", "buried alive", "buried by a landslide", "buried up to their necks").
# (review 45) and "when" or "as" an event buried them: "Three miners were buried when the
# tunnel collapsed", "were buried as the wall gave way" (the dead are buried at a time or a
# place, not by what happened).
BURIED_NOT_DEAD_AFTER = _w("alive under beneath underneath by up when as") + _p(
    "in the rubble|in rubble|in the debris|in debris|in the mud|in mud|in snow|in the snow"
    "|in sand|in the sand|in the landslide|in the collapse|in an avalanche|in a landslide")

# --------------- round en212: a part of the missing found to be held ---------------
# (casualty_missing_found_held.py) "23 residents went missing ... Eight of them later turned
# out to be prisoners in Russia": the verbs of a truth found out ...
FOUND_HELD_VERBS = _p("turned out to be|turn out to be|were found to be|were later found to be"
                      "|proved to be|had been taken as|emerged as|were identified as")
# ... the states after them that are a capture (no state holding them) ...
FOUND_HELD_CAPTIVE = _p("prisoners|prisoners of war|hostages|captives|in captivity"
                        "|held captive|held hostage|held as prisoners")
# ... and those that are a state's arrest.
FOUND_HELD_ARRESTED = _p("in custody|in police custody|in detention|detained|under arrest"
                         "|in prison|in jail|jailed")

# ------------------------------------------- English round 213: casualties (issue 11)
# A bomber told before the blast by a description or a first act (casualty_bomber_
# described): "Two women wearing explosive vests blew themselves up", "a young woman in a
# black veil walked into the market and blew herself up". The verbs of the blast with the
# bomber as object ...
SELF_BLAST_VERBS = _w("blew blows")
# ... the reflexives that tell one bomber or several ...
SELF_BLAST_ONE = _w("himself herself")
SELF_BLAST_MANY = _w("themselves")
# ... the words between the bomber and the blast that give the blast another subject: a
# speaker, a witness, a relative clause ("Two women told police that a man blew himself up").
SELF_BLAST_NOT_BETWEEN = _w("said says say told tells saw see seen watched heard reported"
                            " claimed who whom whose that which if because")
# The words of a blast in the sentence that make "killing himself" a bomber's death (with
# no bomber named: "A man drove a car packed with explosives into a police post and
# detonated it, killing himself and two officers"); "killing himself" alone is a suicide.
SELF_BLAST_CUES = _w("explosive explosives bomb bombs detonated detonating blew blast vest"
                     " exploded explosion grenade")
# Mourners counted in a headline are no toll: "Thousands bury soldiers killed in ...
# bombing", "Hundreds mourn miners killed in blast" (the count's group opened by the verb).
MOURNER_VERBS = _w("bury buries mourn mourns grieve grieves farewell honour honours honor"
                   " honors")
# A part of the held told by its release set off in commas (casualty_release_apposed):
# "One trader, released after nine days, said ...", "Two of them, freed on Tuesday, told".
APPOSED_RELEASE_PARTICIPLES = _w("freed released")
# The youngest or oldest member closing a toll (casualty_superlative_member): "shot dead
# three people, the youngest a boy of 13", "the oldest a man of 60".
AGE_SUPERLATIVES = _w("youngest oldest eldest")

# ------------------------------------------- English round 211: statements (issue 11)
# A figure given "by X's count" is X's (statement_by_count): "In May the shelter housed
# 3,100 people, by Hassan's count", "By the agency's tally, 212 people died". The nouns ...
BY_COUNT_NOUNS = _w("count counts tally estimate estimates reckoning calculation calculations"
                    " figures")
# ... the owners that are a time, never a source ("by Friday's count", "by last year's
# tally", "by the day's end"): their last word ...
BY_COUNT_TIME_OWNERS = frozenset((*WEEKDAYS, *MONTHS, *_w(
    "today yesterday tonight day week weekend month year morning evening night decade")))
# ... and the possessive pronouns read as the pronoun a later pass resolves ("by his
# count" is his; "by our count", the paper's or a quote's own, stays unread).
BY_COUNT_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# A share of people told by a pronoun, then who that one is in commas (statement_share_
# described): "One of them, a woman whose son was shot, told the court ...". The shares ...
SHARE_OF_PRONOUN_LEADS = _p("one of them|one of those|two of them|three of them"
                            "|some of them|several of them|many of them|a few of them")
# ... and the articles that open the description.
SHARE_DESCRIPTION_ARTICLES = _w("a an")
# Plurals of people that "it" cannot stand for after a body told as a source (statement_
# pronouns._plural_of_people): "after parents warned ..., the ministry said. It said ...".
IT_PASSED_PLURALS = _w("parents relatives families elders villagers residents neighbours"
                       " neighbors")
# An appeal to donors told as "asks donors for Y" is the appealing body's statement
# (statement_asked_for): "..., and asks donors for 3 million US dollars to run its
# clinics", "UNICEF asked international donors for 900,000 US dollars". The verb's forms ...
ASKED_FOR_VERBS = _w("asks asked")
# ... the donors asked (other addressees are a gold split: "asked the ministry for 150 more
# police", "asked for a life sentence" are annotated in some sets and not in others) ...
ASKED_FOR_ADDRESSEES = _p("donors|international donors|the donors|the international community"
                          "|donor countries|donor governments")
# ... the words between a subject and the verb that are no part of the subject ...
ASKED_FOR_AUXILIARIES = _w("had has have also later since then again repeatedly already"
                           " formally publicly earlier first once")
# ... the words that open a subject ("the agency", "its director"), besides a capital ...
ASKED_FOR_DETERMINERS = _w("the a an its their his her our some several many local")
# ... and what makes "asked" no act of the subject: a passive ("were asked for").
ASKED_FOR_NOT_AFTER = _w("was were been being is are be when if once")
# --- English round 214 (statements) ---
# Words that open a fronted time before a unit of time, besides "Last", "This", "Every"
# (statement_persons._TIME_OPENER): a feature's "One morning in July 2016, a woman walked
# into the market" and "Each spring, Ana Reyes plants ..." name no one; the subject comes
# after the time.
TIME_BEFORE_UNIT_EN214 = _w("One Each")
# The relative whose clause may hold an apposition of its own, between a speaker and the
# verb (statement_whose_apposed): "Maria Santos-Reyes, whose son, a taxi driver, was shot
# at the roadblock, said ..." (the mother speaks, not the son).
WHOSE_APPOSED_RELATIVES = _w("whose")
# The auxiliaries of a perfect between a plain subject and its first verb, before a
# coordinated "and said" (statement_plain_subject): "The prime minister's office has
# declared three days of mourning and said ...".
PLAIN_SUBJECT_AUXILIARIES_EN214 = _w("has have had")
# A toll given before a colon after a perfect, besides the verbs of FIGURE_GIVING_VERBS
# (statement_given_toll): "The health ministry has just given a new figure: 9 people
# killed and 27 wounded."
TOLL_GIVEN_PARTICIPLES_EN214 = _w("given")
# The articles of an introduction's subject that names no one (statement_transcripts):
# "Each week a lawyer answers readers' questions." then "Q: ..." and "A: ..." lines; the
# answers have no interviewee a rule could name.
INDEFINITE_ARTICLES_EN214 = _w("a an")

# Norms an act follows after "according to", no source of words (statements._NORM):
# "treated according to international law", "buried according to Islamic tradition",
# "went according to plan".
NORM_NOUNS = _w("law laws rules regulations constitution convention conventions protocol"
                " protocols procedure procedures plan tradition traditions custom customs"
                " schedule timetable standards norms principles sharia")
# One of a group named after the comma that closes a quote's inverted verb
# (statement_quotes._closing_described): '"...," said one of them, Fatou Jallow.'
ONE_OF_GROUP_OPENERS = frozenset(_w("one another"))

# People held by an armed group or an enemy (round en215, casualty_held_by_armed.py): the
# holder as a word before the place ("were being held in Houthi prisons", "held in rebel
# jails") besides the armed groups of CAPTIVITY_HOLDERS, which a "by" may name after the
# place ("were held in a barn outside the town by the militia").
HELD_ARMED_ADJECTIVES = CAPTIVITY_HOLDERS + _w("houthi rebel-run militia-run gang-run rsf"
                                               " jihadist-run isis-run")
# Combatants held by the other side's forces are its captives, not detainees: "41 rebel
# fighters held by the army", "300 soldiers held by the rebels" ("14 suspects held by police"
# stays a detention: suspects are no combatants, police no army).
HELD_COMBATANTS = _w("fighters soldiers militants rebels troops servicemen combatants"
                     " militiamen insurgents guerrillas marines paratroopers")
HELD_ENEMY_FORCES = _w("army military troops forces soldiers")
# People told home after a prisoner exchange (round en215, casualty_home_after_swap.py):
# "103 soldiers and 12 civilians are home", "20 fighters returned home". The verbs that say
# they came home, and the exchange words that must come before in the story.
HOME_AFTER_SWAP_VERBS = _p("are home|are back home|are now home|were home"
                           "|returned home|came home|have come home|have returned home"
                           "|were brought home|have been brought home|had been brought home"
                           "|were flown home|have been flown home|had been flown home"
                           "|arrived home|went home")
HOME_AFTER_SWAP_EXCHANGES = _w("swap swapped exchange exchanged swaps exchanges")
# (review 46) ... but not an exchange of another kind: the word before it ("The exchange rate
# fell", "a currency exchange opened") or the words after it ("exchanged fire", "an exchange
# of views") tell a market, a fight or a talk, no prisoners.
HOME_AFTER_SWAP_NOT_BEFORE = _w("currency stock foreign money debt student cultural")
HOME_AFTER_SWAP_NOT_AFTER = _p("rate|rates|market|markets|student|students|programme|program"
                               "|fire|gunfire|shots|blows|views|words|greetings|letters"
                               "|messages|ideas|information|of fire|of gunfire|of shots"
                               "|of blows|of views|of words|of greetings|of letters"
                               "|of messages|of ideas|of information|of rockets|of shelling")
# ... and the people an exchange swaps, the last word of the group ("12 students returned
# home" after a swap are not its people: round en133's near-miss).
HOME_AFTER_SWAP_PEOPLE = SWAPPED_CAPTIVES + _w("soldiers servicemen servicewomen fighters"
                                               " troops civilians sailors marines militiamen"
                                               " combatants guards officers policemen")

# ---------------------------------------------- tolls of natural disasters (round en216)
# Weather and ground words the hazard list above leaves out because conflict news uses them
# otherwise ("storm the positions", "a storm of shelling", "stuck in the mud"): read only in
# a frame of cause ("killed by the storm", "died when the storm ...", "lightning struck",
# "missing under the mud"); casualty_natural_cause.py.
NATURAL_CAUSE_WORDS = _w("storm storms thunderstorm thunderstorms rainstorm rainstorms"
                         " lightning floodwater floodwaters mud torrent torrents")
# The words that open such a frame before the hazard ("killed in the storm", "missing
# under the mud", "died when the storm ...").
NATURAL_CAUSE_OPENERS = _w("in by during under beneath from when")
# Verbs a hazard takes as the subject of a toll: "the storm killed", "lightning struck".
# Not "hit" nor "left": a storm hits a coast and leaves a town dark, a time and no cause
# ("Five hikers went missing after the storm hit the valley").
NATURAL_CAUSE_VERBS = _w("killed kills struck strikes injured buried swept claimed")
# Violence the figure's own sentence may tell beyond VIOLENCE_CUES: an armed force, a
# wound of arms or an act of arrest keeps the figure read ("soldiers killed", "bullet");
# not "police" nor "army", most often the source of a toll ("police said").
NATURAL_CAUSE_VIOLENCE = _w("soldiers troops armed gunshot gunshots device devices explosive"
                            " explosives ordnance unexploded ied"
                            " bullet bullets detained arrested abducted kidnapped"
                            " fighters fighting war killers murdered beaten hostilities")
# The hazard words a document must hold (as plain substrings, lower-cased) before any of
# this is tried: the cheap gate.
NATURAL_CAUSE_GATE = _w("flood quake landslide mudslide avalanche storm lightning"
                        " cyclone typhoon hurricane tornado tsunami heatwave drought"
                        " wildfire mud rains")
# A headline whose hazard's toll the body goes on with: the hazard and one of these words
# ("Quake toll rises to 61", "Floods kill 12", "Landslide: 9 missing").
NATURAL_TOLL_WORDS = _w("toll tolls dead death deaths kill kills killed missing injured hurt"
                        " victims")

# ------------------------------- people held and freed in exchanges, and parts (round en217)
# casualty_exchange_parts.py. The words that make a story one of captives taken or swapped
# (looked for as plain lower-cased substrings): a freed part, "Two of the freed men", is
# counted only in such a story ("Two of the freed men" of a jail amnesty are no captives).
EXCHANGE_PARTS_STORY = ("swap", "exchang", "hostage", "captive", "captivity", "kidnap",
                        "abduct", "prisoners of war", "prisoner of war")
# The participles that name the freed whole a part is counted from: "Two of the freed men",
# "three of the released hostages", "Four of the returned soldiers".
EXCHANGE_PARTS_FREED = _w("freed released returned exchanged swapped repatriated")
# The verbs of people gone missing that a relative clause tells before a time ("80 people
# who disappeared after their arrest", "30 men who vanished following the raid"), and the
# words of that time.
EXCHANGE_PARTS_GONE = _w("disappeared vanished")
EXCHANGE_PARTS_GONE_TIMES = _w("after following")
# An injury word before a group's noun ("11 seriously wounded soldiers"), its adverbs, and
# the holding a coordinated group after it tells of itself ("and two men who had been held
# since 2022", "and four women held since the siege").
EXCHANGE_PARTS_HURT = _w("wounded injured hurt")
EXCHANGE_PARTS_HURT_ADVERBS = _w("seriously severely badly critically gravely lightly slightly"
                                 " moderately")
EXCHANGE_PARTS_HELD = _p("who had been held|who have been held|who were held|who were being held"
                         "|who had been detained|held|detained")
# People jailed by a state whose release is a deal's price: the corpus leaves out the jailed
# ("in exchange for the release of five jailed members of the faction" is no figure). The
# adjectives, and the nouns of release right before the count (a state's verb of release
# keeps its detainees, round en172: "Officials freed 14 jailed journalists" are arrested).
EXCHANGE_PARTS_JAILED = _w("jailed imprisoned convicted")
EXCHANGE_PARTS_RELEASE_OF = _p("release of|freeing of")
# The arrest participle right after a freed group, which says how they were held: "police
# freed two gang members arrested in March" were arrested, not captured.
EXCHANGE_PARTS_ARRESTED = _w("arrested detained")
# ... the held people a freed participle before them names in a story of a swap or of
# hostages ("flew more than 300 released prisoners", "carried 140 freed hostages"): the
# captives' own nouns only ("detainees" were arrested, the sets' calls; "released 300
# prisoners" with no story of captives is a jail's release).
EXCHANGE_PARTS_FREED_HELD = _p("prisoners of war|prisoners|captives|hostages|pows")
# A person named by a possessive and then described with an article ("Her son, a marine, was
# captured", "My husband, a fisherman, was kidnapped"): the possessive names one known
# person, and the article of the apposition counts nobody (the corpus leaves possessives
# out). The possessives.
EXCHANGE_PARTS_POSSESSIVES = _w("my his her their our your whose")
# A freed captive's wound named by the body part it is in, told in the present or the past
# with a bare count as subject ("One has a chest wound that was never treated", "Two had leg
# wounds"): wounded, as "has a gunshot wound" is read. The body parts.
EXCHANGE_PARTS_WOUND_PLACES = _w("chest leg arm neck stomach abdominal back shoulder hip foot"
                                 " hand face eye thigh knee spine jaw")

# ---------------------------------------------------------------- tolls of accidents
# (round en220) The corpus counts violence only: a crash the document puts down to no attack
# is no casualty, as a storm's toll is none (casualty_accident_cause.py). The plain substrings
# a document must hold before anything else is asked (the cheap gate).
ACCIDENT_CAUSE_GATE = _w("hostile tyre tire mechanical technical engine pilot human weather"
                         " visibility fog brake sabotage foul")
# A cause the document gives that is no attack: a fault, an error, the weather, or an attack
# denied ("there was no sign of hostile fire", "investigators ruled out sabotage").
ACCIDENT_CAUSES = _p(
    "no sign of hostile fire|no signs of hostile fire|no sign of an attack|no signs of an attack"
    "|no evidence of hostile fire|no evidence of an attack|no evidence of sabotage"
    "|no sign of sabotage|no sign of foul play|no evidence of foul play"
    "|ruled out hostile fire|ruled out an attack|ruled out sabotage|ruled out foul play"
    "|was not shot down|had not been shot down|was not brought down by"
    "|tyre burst|tire burst|burst tyre|burst tire|blown tyre|blown tire|tyre blew|tire blew"
    "|mechanical failure|mechanical fault|mechanical problem|mechanical problems"
    "|technical failure|technical fault|technical problem|technical problems|technical malfunction"
    "|engine failure|engine fault|engine trouble|brake failure|failed brakes"
    "|pilot error|human error|bad weather|poor weather|poor visibility|heavy fog|dense fog")
# An attack on the craft left open ("officials have not ruled out hostile fire"): the toll
# stays, whatever cause is given beside it.
ACCIDENT_LEFT_OPEN = _p("not rule out|not ruled out|not yet ruled out|cannot rule out"
                        "|could not rule out|did not exclude|not excluded|cannot exclude")
# An attack claimed anywhere in the document, once the denials above are blanked: "rebels
# said they shot it down", "a missile", "came under fire". Any of these keeps every toll.
ACCIDENT_ATTACK_CLAIMS = _w(
    "shot shoot shooting downed missile missiles rocket rockets anti-aircraft gunfire fired"
    " firing sabotage sabotaged bomb bombs bombing explosive explosives drone drones ambush"
    " ambushed attack attacks attacked attacker attackers strike strikes hostile"
    " gunmen militants rebels insurgents shelling shelled grenade mine landmine ied artillery"
    # (review 47) the other forms of the same attacks: "an airstrike hit the bus ... It
    # crashed into a ditch" is no accident because the word is not "strike"
    " airstrike airstrikes bombed bombings bomber bombers gunman grenades landmines mortar"
    " mortars sniper snipers")
# A craft named by its role, no claim of an attack: "an attack helicopter crashed".
ACCIDENT_CRAFT_ROLES = _p("attack helicopter|attack helicopters|attack aircraft|attack jet"
                          "|strike aircraft|strike jet|strike fighter")
# What tells of the crash in the toll's own sentence, or in the sentence right before it.
ACCIDENT_CRASH_WORDS = _w("crash crashed crashes crashing crash-landed crash-landing collided"
                          " collision overturned derailed derailment skidded plunged")

# ---------------------------------------------------------------- a tally after a colon
# (round en220) A count given after a colon with a bare participle of care, no auxiliary:
# "has given its count: 14 people taken to hospital", "the tally so far: nine hospitalised".
# The participles (with "to" and a place of care after the first four) ...
COLON_CARE_MOVES = _w("taken rushed brought admitted")
COLON_CARE_STATES = _w("hospitalised hospitalized")

# --- English round 221 (statements) ---
# A demand with a noun object (statement_demanded_object.py): a body's standing demand in
# the present, before what it demands ("Chindwin Watch demands an independent investigation
# into ..."). "to demand" (a march's purpose) and "demanding" (a rally's) are no report, as
# the older sets have them; the past "demanded" is given an entry in some sets and not in
# others (a first version that read it cost a false entry on a later set) and stays unread.
DEMAND_OBJECT_VERBS = _w("demands")
# What a demand's object opens on: a determiner, or an adjective of what is demanded.
DEMAND_OBJECT_OPENERS = _w("a an the its their his her our immediate urgent independent full"
                           " swift international")
# A demand of money or goods is a criminal's term, which the later sets never give an
# entry ("the gunmen demanded $500 for each captive", "demanded a ransom of 3 million
# euros", "demanded his takings"): any of these words among the object's first words, or a
# currency sign, leaves it unread.
DEMAND_MONEY_WORDS = frozenset(_w(
    "ransom ransoms money cash payment payments fee fees tax taxes takings bribe bribes"
    " protection sum naira dollars euros rupees francs pesos pounds shillings"))
# Between the subject and the verb: auxiliaries and adverbs of when.
DEMAND_AUXILIARIES = _w("had has have also now again repeatedly already formally publicly"
                        " earlier later then once still")
# (round en222) People a security force frees from a siege or from armed men were captives,
# not detainees: "Troops freed 30 pupils from the school after a standoff", "Army frees 12
# held at church". The forces that free them (besides ARRESTING_FORCES) ...
SIEGE_FREERS = _w("commandos commando marines forces military")
# ... and the words of the sentence that tell a captivity, not an arrest ("Police freed two
# suspects on bail" tells none): a siege or armed holders ("held in" alone is no sign
# anywhere: "talks held in Doha"; only the freed people's own "held at" is, in
# casualty_freed_siege.py).
SIEGE_CAPTIVITY_CUES = _w("hostage hostages siege sieges standoff stand-off gunman gunmen"
                          " kidnappers captors captivity hijackers")
# The people's own nouns that tell a detention whatever the sentence says: "Police freed 10
# detainees a day after gunmen attacked the station" are the state's.
SIEGE_NOT_CAPTIVES = _w("detainee detainees suspect suspects prisoner prisoners inmate inmates"
                        " convict convicts")
# (round en224, statement_apposed_speaker.py) A retired officer's mark in brackets inside a
# rank and name: "Major General (rtd) Ada Obi", "Colonel (retd.) Sam Kiprop"; the name
# goes on through it.
RETIRED_RANK_MARKS = _w("rtd rtd. retd retd. ret. retired")
# (round en224) A description opened by "one" picks one person out of those around the
# story ("said one driver, Sam Kiprop", "one nurse, Ada Obi, said"): the name in commas
# after it is the speaker, as after "the" or "a".
ONE_PERSON_OPENERS = ("one ", "One ")
# (round en224, statement_given_toll.py) A source that changes its own toll gives the new
# figures as one that issues it does: "The health ministry has updated its count: 11
# dead ...", "Police later revised their toll: nine dead."
TOLL_CHANGING_VERBS_EN224 = _w("updated updates revised revises raised raises lowered lowers"
                               " corrected corrects")
# (round en224, statement_quotes.py) A gesture after "he says," sets the scene as a posture
# does: '"Habit," he says, tapping the door frame. "I know it is silly."' The next quote
# goes on with the teller, unless the gesture brings in a writing (a sign, a letter: its
# words may be the next quote; EN.NON_SPEAKER_HEADS, EN.QUOTED_WRITINGS).
GESTURE_PARTICIPLES_EN224 = _w("tapping nodding shrugging gesturing shaking wiping stroking"
                               " rubbing folding sighing frowning")
# (round en224, speakers.py) A status in capitals opening a sentence, then what the person
# does in lower case and the full name: "Retired negotiator Ada Obi, 68, played ...",
# "Former mediator Sam Kiprop said ...". Any agent noun ("negotiator", "surveyor") heads
# the description there, not only the person words the lists hold.
STATUS_BEFORE_AGENT_EN224 = (*TITLE_STATUS_WORDS, "veteran")
# (round en224, statement_joint_speakers.py) More heads of a source joined by "and" to
# another: "a local militia and a district official said" (an aid "worker" was tried: the
# sets split on it, two found and two invented).
JOINT_SPEAKER_HEADS_EN224 = _w("militia militias")
# (round en224, statement_quotes.py) Words that show a clause of its own in the part before
# a colon ('said on Monday that the toll had risen: "..."'), which is then reported words.
WHERE_SAID_CLAUSE_WORDS_EN224 = (*FINITE_AUXILIARIES, "that")

# (round en223, casualty_captor_holds.py) One armed taker named by his arms or mask, beside
# CAPTOR_MEN: "Armed man holds 6 in pharmacy", "a masked man held 14 at the branch".
CAPTOR_ONE_MAN = _p("armed man|masked man|hooded man|knife-wielding man|gun-wielding man"
                    # ... and the one attacker or the hijackers CAPTOR_NOUNS has not
                    "|attacker|assailant|hijacker|hijackers")
# ... and a body's members after its verb of holding: a membership, never captives ("The
# club holds 300 members"), unless an armed taker is named before the verb.
HELD_MEMBERSHIP_NOUNS = _w("members")
# (round en223) The displaced told by the life they now live abroad, as a refugee agency
# counts them: "more than 500,000 Kessans now live as refugees abroad", "About 9,000 people
# are living as refugees in Oru" (the people must be people: casualties.py's checks). The
# present only: "had lived as refugees" tells who people were, often victims of another
# harm, and a first version that read it cost an older set a true figure.
OUTCOME_PARTICIPLES["displaced"] += _p("live as refugees|living as refugees")
# ... and the plain present the group's reading takes for a noun (casualty_refugee_life.py):
# "200,000 Tarsans live as refugees in Kessa".
REFUGEE_LIFE_VERBS = _w("live")
# (round en223, casualty_neutral_gap.py) Verbs of care whose place after them is kept, not
# skipped as a neutral tail: "Six were taken to hospital, and three were treated at the
# scene" (the care's place is what tells the three hurt, as "treated in Penjwen" does).
NEUTRAL_GAP_CARE_VERBS = _w("treated")

# ------------------ round en225: things and money read as captives, posts holding troops
# (round en225) Vehicles, arms and money whose nouns end as people's do ("-er", "-ee",
# "-an"): "took four armoured personnel carriers", "seized two helicopters", "released 4.8
# billion rupees", "40 million yuan". The suffix that names a worker or a detainee makes
# them look like people; the noun itself says they are things, so no captive, no victim.
THINGS_LIKE_PEOPLE = THINGS_LIKE_PEOPLE | frozenset(_w(
    "helicopter helicopters launcher launchers bulldozer bulldozers scooter scooters"
    " trawler trawlers freighter freighters rupee rupees yuan kroner kronor"
    # ... and a share ("a quarter of the residents"), never a person for its "-er"
    " quarter quarters"))
# ... and a vehicle named by two words whose last alone may be a person ("mail carriers"):
# "armoured personnel carriers", "an aircraft carrier".
TWO_WORD_THINGS = frozenset(_p(
    "personnel carrier|personnel carriers|aircraft carrier|aircraft carriers"
    "|troop carrier|troop carriers"))
# (round en225) A military post holds its own garrison, as a camp holds its residents: "the
# base holds about 200 soldiers", "the outpost held 40 troops" (a capacity, no captives).
HOLDING_PLACES = (*HOLDING_PLACES, *_w(
    "base bases outpost outposts garrison barracks fort"))
# (round en225) The words that set a person's age at another time than the story's, in
# commas between the person and the verb: "A third boy, then 15, was wounded", "Two
# sisters, now 19, were hurt" (casualties.py's relative gap).
AGE_TIME_WORDS = _w("then now")
# (round en225, casualty_ordinal_care.py) The care that tells one more person, counted by an
# ordinal after the killed or wounded, was hurt too: "A third man was rescued and taken to
# hospital", "a fifth was airlifted to hospital" ...
ORDINAL_CARE_PHRASES = _p(
    "taken to hospital|taken to a hospital|taken to the hospital|rushed to hospital"
    "|rushed to a hospital|rushed to the hospital|airlifted to hospital|airlifted to a hospital"
    "|flown to hospital|flown to a hospital|admitted to hospital|admitted to a hospital"
    "|hospitalised|hospitalized")
# ... unless the care is said to be no harm's, or to end in death (read by the death's own
# words): "for checks", "as a precaution", "unhurt", "pronounced dead".
ORDINAL_CARE_NOT_HURT = _p(
    "for checks|for a check-up|for observation|as a precaution|unhurt|uninjured|unharmed"
    "|not hurt|not injured|dead|died|death")
# (review 48) ... or a care denied, to come or only possible, in the few words right before
# it: "A third guard was not taken to hospital", "will be taken", "could be flown to
# hospital if needed", "refused to be taken" ("had to be taken" is care given, and stays).
ORDINAL_CARE_UNREAL = frozenset(_w(
    "not never didn't wasn't weren't hasn't hadn't won't wouldn't couldn't can't cannot will"
    " would could might may shall should must can refused declined failed"))
ORDINAL_CARE_UNREAL_WORDS = 4  # how many words before the care are looked at
# (round en225) The shares an article counts as a part of a whole, never one person: "A third
# of the residents were wounded", "a quarter of the pupils" (the ordinal with a person's noun
# after it is one person: "A third man was wounded"). Only the two shares news writes most:
# "a fifth of" was tried and cost an older set a true figure (a higher ordinal before "of"
# is as often one more person), and "a half" is a time's ("a year and a half of captivity").
ARTICLE_SHARES = _w("third quarter")
# (round en225, casualty_sheltering.py) The present forms of "be" before "sleeping" for a
# bare count of the displaced just counted: "about 600 are sleeping in two schools".
SLEEPING_AUXILIARIES = _w("are")
# (round en225) The plain nouns of people that a toll's update counts still in care by
# (casualties.py): "Twenty-two people are still in hospital" after the dead or the wounded
# are counted (a noun of a trade, "nurses", may be at work there).
KEPT_PLAIN_PEOPLE = _w("people persons")
# (round en225, casualty_share_of.py) The words that open a sentence on a whole told by its
# bare count, before its part: "Of the 163, 58 were killed", "Of these 40, 12 were
# children" (the count is no figure of the part's verb).
WHOLE_OPENERS = _p("of the|of these|of those|of them all|of all")
# (round en225, casualty_told_beside.py) The bounds before an age that make a part of a toll
# minors, who they are as "children" says: "At least nine were under 18".
MINOR_BOUNDS = _p("under|below|younger than")
# (round en225, casualty_inmate_moved.py) The prisons whose inmate a reduced relative
# describes ("a gang leader held in the city's prison complex"), and the verbs of his move
# between them that follow as the sentence's own ("was flown to a maximum-security prison").
INMATE_PRISONS = _w("prison prisons jail jails penitentiary")
INMATE_MOVES = _w("flown moved transferred relocated extradited airlifted transported")

# --- round en227: the hurt told by their care, lynchings told by their act ---
# People named by whom they were with are persons as the victims' trades are (casualty-only,
# beside PERSON_WORDS): "two companions of the man were beaten ... and taken to hospital
# with head injuries".
TRADE_PERSONS = TRADE_PERSONS | frozenset(_w("companion companions"))
# ... and one named by what a crowd accused him of is a person where "to death" follows
# (casualties.py): "a crowd burned a suspected motorcycle thief to death", "stoned an
# alleged pickpocket to death". Elsewhere the noun stays a figure of speech or a
# hypothetical ("if your people burn a thief"); "-er" nouns such as "robber" are people by
# their suffix already.
LYNCHED_ACCUSED = frozenset(_w("thief pickpocket"))
# (round en229, casualty_count_parts.py) Parts of a toll told after it: "Four of the
# victims had their hands tied" after a count of the dead is a part of the dead ...
COUNT_PARTS_VICTIMS = _w("victims")
# ... and a counted kind summed with one person told before: "six men and the woman have
# died", "two soldiers and the driver were wounded" (the counted kind takes the outcome).
COUNT_PARTS_SUMMED_KILLED = _p("have died|had died|died|were killed|have been killed"
                               "|had been killed|were shot dead|were beaten to death")
COUNT_PARTS_SUMMED_WOUNDED = _p("were injured|were wounded|were hurt|have been injured"
                                "|have been wounded")
# (round en229, casualty_rest_in_care.py) The last word of a place of care the rest of a
# group is treated at: "The other two are being treated at Orvala General Hospital".
REST_IN_CARE_PLACES = _p("hospital|clinic|infirmary|medical centre|medical center"
                         "|health centre|health center|trauma centre|trauma center")
# (round en229, casualty_forces_free_held.py) Forces of order that free captives from the
# people holding them: "PNG police free six women held over sorcery claims" ...
FREEING_FORCES = _p("police|policemen|officers|soldiers|troops|the army|security forces"
                    "|rescuers|commandos|marines")
# ... and what the holding was over, by whom or for what ("held in custody" and "held for
# questioning" are the force's own holding).
FREED_HELD_AFTER = _w("over by for captive hostage since after")
# (round en232, casualty_care_counted.py) The hurt told by the care they got in a report
# that counts harm: "Eighteen remain admitted", "46 had been admitted to hospitals",
# "First aid given to 86 people", "31 people given first aid", "is treating at least 10
# people". The places of care one is admitted to ...
CARE_ADMITTED_PLACES = _p("hospital|hospitals|clinic|clinics|infirmary|medical centre"
                          "|medical centres|medical center|medical centers|health centre"
                          "|health centres|health center|health centers|trauma centre"
                          "|trauma center|intensive care")
# ... the stays told of those still in care ("remain admitted", "are still in hospital")
CARE_STILL_IN = _p("remain|remained|remains|are still|were still|still remain")
CARE_STILL_WHERE = _p("admitted|in hospital|in hospitals|hospitalised|hospitalized")
# ... the people counted (a clinic's "patients" are any clinic's work and stay out) ...
CARE_TOLD_HEADS = TREATED_HURT_HEADS + _w("others adults shoppers spectators fans pilgrims"
                                          " commuters")
# ... and what after the care makes it routine work, no harm told: "treating 10 people a
# day", "admitted 46 last week".
CARE_ROUTINE_AFTER = _p("a day|a week|a month|a year|per day|per week|each day|every day"
                        "|each week|every week|last week|last month|last year|this year"
                        "|this month|so far this year")
# (round en232, casualty_unreal_counts.py) Numbers that count no people. A school's level
# before a pupil: "A Grade 10 boy", "a Year 10 student" (capitalized as schools write it) ...
SCHOOL_LEVELS = _w("Grade Year Form Class Standard Level")
# ... a place that holds a crowd, not captives: "The north terrace held about 8,000 fans" ...
CROWD_HOLDING_PLACES = _w("stand stands stadium stadiums ground grounds arena arenas hall"
                          " halls venue venues terrace terraces auditorium theatre theater"
                          " church cathedral mosque temple tent room square park pavilion"
                          " enclosure concourse")
# ... the time a count measures after an arrest or a flight: "was arrested six hours later"
TIME_SPAN_UNITS = _w("seconds minutes hours days weeks months years")
TIME_SPAN_AFTER = _w("later afterwards earlier")
# (round en232, casualty_toll_colon_parts.py) What may follow a member of a toll's list
# after its colon: "two women in their 60s", "a man aged 40", "three men from Dovra".
COLON_PART_TAILS = _p("in their|in his|in her|aged|from")
# ... and the things whose remains are counted, no dead: "the remains of 25 market kiosks"
REMAINS_OF_THINGS = _w("stalls stands kiosks booths cars vehicles trucks lorries buses vans"
                       " boats huts houses homes shops buildings tents sheds shacks carts"
                       " barricades shelters")
# (round en232, casualty_captives_told.py) Captives told with their taker or their place:
# a fronted participle of taking with the victim's companions ("Kidnapped with eight of his
# workers, the owner ...") ...
FRONTED_TAKING = _w("Kidnapped Abducted Seized Snatched")
# ... and a definite count held since a time or as captives ("the 17 lorry drivers held
# hostage since dawn"; "held there" alone may be a jail's, and the held of the
# state's jails stay out).
HELD_THERE_AFTER = _p("there since|captive|hostage|since|overnight|for hours|for days")
HELD_THERE_NOT = _w("prisoners inmates detainees suspects convicts")

# Modifiers that set one holder of a role apart from another (round en233's named roles):
# "The other guard" is not the guard named before, so such a role keeps its own words.
# (round en234) the past forms of a role's verb that do not follow from the role's own
# spelling ("driver": "drove", "driven"): "Ama Sefa-Dun has driven a bus for 18 years" ties
# her to a later "the driver"; the regular forms ("farms", "farmed", "trading") are built
# from the role itself.
ROLE_VERB_IRREGULAR: dict[str, tuple[str, ...]] = {
    "driver": ("drove", "driven"), "teacher": ("taught",), "rider": ("rode", "ridden"),
    "writer": ("wrote", "written"), "seller": ("sold",), "runner": ("ran",),
    "keeper": ("kept",), "builder": ("built",), "leader": ("led",), "singer": ("sang", "sung"),
    "digger": ("dug",), "swimmer": ("swam", "swum"), "fighter": ("fought",),
    "weaver": ("wove", "woven"), "buyer": ("bought",),
}
# (review 50) Words that make a capitalised name a place's or a body's, before it or after
# it: "Lake Malawi", "New York", "Mount Elgon", "Tema Port", "Malawi Airlines". A word the
# text gave only inside such a name is no person's short name ("For Malawi, the flood ...",
# statement_pronouns.py's fronted one-word name).
PLACE_NAME_WORDS = _w("lake mount river cape port fort bay gulf new north south east west"
                      " upper lower greater saint st san santa el la university college"
                      " hospital airport province region district county state city town"
                      " island islands valley hills mountains republic kingdom airlines"
                      " bank police army party street road square")
ROLE_SET_APART = _w("other another first second third fourth fifth last remaining next"
                    " older younger elder new former")
# Heads after "the" that name a body, a group or a thing, never one person's role (round
# en233's named roles: the tie to a name is what shows the rest are roles, "Name, a nurse",
# "the nurse, Name").
ROLE_NOT_PERSON_HEADS = _w(
    "government police army ministry family families other water border order river corner"
    " number summer winter matter letter paper centre center event incident statement report"
    " document agreement department parliament moment comment group council committee court"
    " company agency office authority authorities commission inquiry board tower power"
    " chapter quarter cluster shelter")
# Capitalised words that open a sentence or a date, never a person's first name (with the
# months and the weekdays).
ROLE_NAME_NOT_OPENERS = _w("the a an last next this in on at for when after before since by"
                           " from now then but and")

# ---------------- round en236: "including" parts, evictions, a headline's "held" ----------------
# (casualty_included_parts.py) The subject's verb after its "including" aside: "Nine people,
# including two women and a boy of six, were treated ..." ("..., police said" is no verb of
# the subject, and the aside is then left to the sentence readers).
INCLUDED_LIST_VERBS = _w("were was are is have has had remain remains remained died")
# (casualty_eviction.py) Who put people out of their homes by force, as the active's subject:
# "Riot police and soldiers evicted about 300 members of a cooperative" (a landlord's
# "evicted two tenants" stays no figure, as the passive's note above says).
EVICTING_FORCES = (*ARRESTING_FORCES, *_w("soldiers troops army military gunmen militiamen"
                                          " bulldozers"))
# "the eviction of about 3,500 people ... in January": the act's noun before "of" and its
# people, read as "the displacement of 3,000 people" is, only when told as done
# (casualty_eviction.py): an eviction is as often planned, feared or halted.
EVICTION_PROSPECTS = _w("planned plan plans proposed threatened threat threats imminent"
                        " pending impending looming possible potential future ordered order"
                        " orders halt halted halts stop stopped stops block blocked blocks"
                        " prevent prevented suspend suspended suspends delay delayed face"
                        " faces facing fear fears feared resist resisted against avert"
                        " averted oppose opposed opposing challenge challenged notice"
                        " notices warrant will would could may might to due scheduled"
                        " expected set")
# ... the times after the people that date it behind publication ("in January", "last
# year", "on Tuesday", "in 2024"); a month alone may be ahead, so only with no prospect.
EVICTION_PAST_TIMES = _w("last ago yesterday earlier previous") + _p(
    "in january|in february|in march|in april|in may|in june|in july|in august"
    "|in september|in october|in november|in december|on monday|on tuesday|on wednesday"
    "|on thursday|on friday|on saturday|on sunday")
# A headline's people "held" after a demolition or an eviction told before the join:
# "<City> demolitions leave thousands homeless; 50 protesters held".
HEADLINE_HARM_WORDS = (*HEADLINE_HARM_WORDS, *_w("demolished demolition demolitions razed"
                                                 " bulldozed evicted eviction evictions"
                                                 " homeless"))
# (date_promise.py) A promise's bound lies ahead of the promise: "had been promised before
# the end of the session in April", "pledged a new clinic by June" (the older sets give a
# donor's "promised new batteries by September" ahead of publication).
PROMISE_VERBS = _w("promised promise promises promising pledged pledge pledges pledging"
                   " vowed vows")
PROMISE_BOUNDS = _w("by before until till for")
# ... the words of a named period between the bound and its "in": "before the end of the
# session in April", "by the close of the rainy season in".
PROMISE_PERIOD_WORDS = _w("the end close start middle of session term year season rainy dry"
                          " harvest school parliamentary legislative current next")
# A life's timetable told in the present, ahead as "the envoy arrives on Monday" is: "He
# retires in August" ("retired" is past).
TIMETABLE_VERBS += _w("retires retire")
# (casualty_counted_acts.py) Acts counted beside people in a tally, no people themselves:
# "recorded 11 beatings and at least 23 villagers arrested" (the counts that are the harmed,
# "murders", "abductions", "arrests", are OUTCOME_HEAD_NOUNS and stay out of this list).
COUNTED_ACT_NOUNS = _w("beatings stabbings shootings assaults robberies burglaries lootings"
                       " incidents raids attacks ambushes bombings clashes protests rallies"
                       " searches seizures evictions demolitions")
# (casualty_reduced_relative.py) The determiners that open a relative clause with no "that"
# after a count's people: "two of the poachers the syndicate hired were shot dead".
REDUCED_RELATIVE_DETERMINERS = _w("the a an his her their its")
# ... and the irregular pasts such a relative ends on besides FAR_IRREGULAR_PARTICIPLES:
# "five of the fighters the militia sent were killed".
REDUCED_RELATIVE_PASTS = _w("sent paid brought bought")

# Round en237: what follows a fronted "Now" when it gives a feature's person's age or state
# before the comma and the name ("Now 61, Ekal Namoru-Lokol ...", "Now in her seventies,
# ...", "Now retired, ..."): the phrase is no name, the subject follows its comma.
NOW_AGE_FOLLOWERS_EN237 = _p("in his|in her|in their|aged|retired|nearly|almost|over")
# Round en237: the forms of "promise" that, inside someone's quoted words, recall a promise
# made (an act the speaker holds against the promiser), not words the promiser is quoted in:
# '"We handed in our guns because the army promised to protect us," she said.'
PROMISE_FORMS_EN237 = _w("promise promises promised")
# Round en237: the verdicts a court or an office declares a thing to be, with no clause of
# words: "declared unlawful the eviction of ...", "declared the sale void". A ruling's act,
# as "ordered the state to pay" is; "declared that the eviction was unlawful" still reports.
DECLARED_VERDICTS_EN237 = _p("unlawful|illegal|void|null and void|null|unconstitutional"
                             "|invalid|illegitimate|lawful|legal|valid|inadmissible")
# ... and the verbs between the object and such a verdict that make it a clause of words
# ("declared the eviction had been unlawful").
DECLARED_CLAUSE_VERBS_EN237 = _w("is was are were be been being had has have would will"
                                 " could should must")
# Round en237: fronted phrases of time with no comma after them, before a clause's subject
# ("So far 2,100 goats have been tagged, the cooperative says, at a cost of ..."): the
# sentence is still a clause for a source told in its middle.
UNCOMMAED_TIME_OPENERS_EN237 = _p("so far|thus far|to date|until now|by now|since then")
# Round en237: quantifiers before a noun that a relative with no "which" or "that" makes the
# object of a verb of reporting: "for every snare they report", "each case we record": the
# thing reported, no words.
EVERY_OBJECT_QUANTIFIERS_EN237 = _w("every each any")
# Round en237: a span of time without something, reported as a milestone ("Nepal reports
# second year without rhino poaching", "Town reports 100 days without a killing"): the
# record is the news line's own, no words of a source.
MILESTONE_SPANS_EN237 = _w("year years month months week weeks day days season seasons")
MILESTONE_ABSENCE_EN237 = _p("without|with no|free of")
# ... the promise is recalled only so: as the reason or the time of something else in the
# quote ("because the army promised to protect us"), or as a habit of any holder of an
# office ("Every minister promises the road"); a quote's own news of a promise ("The
# government promised an inquiry; we have seen none") is still the promiser's entry (en-72).
PROMISE_RECALLING_SUBORDINATORS_EN237 = _w("because since after when although though as once")
PROMISE_GENERIC_QUANTIFIERS_EN237 = _w("every each any all")
# Round en237: words before "records", "papers" ... after "according to" that name no keeper
# of them ("according to our records" is the writer's own; "the records" reads as before).
RECORD_KEEPER_NOT_EN237 = _w("our my your his her its their the a an these those this that"
                             " some other such")
# ... the verbs it is tried for (a rule for every verb would meet each plain "said").
EVERY_OBJECT_VERBS_EN237 = _w("report reports reported announce announces announced"
                              " confirm confirms confirmed")

# ---------------------------------------------------------------- round en238 (issue 11)
# Participles of a relation, not of an act: after a noun they tell what a thing is tied
# to and take no time of their own, so a date after their object is the clause verb's
# ("will hear a second case linked to the militia in January" is a hearing ahead; "a case
# filed in January" still dates the filing).
RELATIONAL_PARTICIPLES_EN238 = _w("linked related tied connected affiliated allied attached")
RELATIONAL_PARTICLES_EN238 = _w("to with")
# A trip told in the present is a plan, as "leaves" and "travels" are: "On Monday he flies
# to Goma again" (the coming Monday).
TIMETABLE_VERBS += _w("flies")
# Subjects that may stand between a fronted day and a timetable's present that follows
# it ("On Friday she travels to Juba"); a name (a capital) counts as well.
TIMETABLE_SUBJECT_PRONOUNS_EN238 = _w("he she they we i it")
# A count of people ending on a state's adjective that is one noun's in truth: "held two of
# the dead man's cousins" counts cousins, of one dead man (casualty_count_elsewhere.py).
STATE_ADJECTIVE_ENDS_EN238 = _p("the dead|the wounded|the injured|the missing|the slain")
# Verbs of a crowd that comes out to see, mourn or greet: "Hundreds of people lined the main
# street as the body of the soldier who died ... was carried" counts the crowd, not the dead.
# ("packed" stays out: "About 1,500 residents packed up and went to Dori" is a flight)
CROWD_VERBS_EN238 = _w("lined gathered thronged filled crowded attended watched greeted"
                       " welcomed line gather throng fill attend watch")
# ... unless the group's own adjective names the harm: "Dozens of wounded people filled the
# corridors" are the wounded themselves.
HARMED_GROUP_ADJECTIVES_EN238 = _w("wounded injured hurt dead missing displaced detained")
