"""The per-count chain of the casualty engine's sentence reader, cut for speed, reads what it
read before (speed round 9).

Each probe is read alone, twice in a row and after a line of its own, and every figure
(span, outcome, count, qualifier, group) must be the one the engine gave before the cuts:
the readings below were taken from it. Probes hold counts read on their left, on their
right and by the rules late in the chain, several counts in one sentence, and counts at a
sentence's start and end. Every sentence is fictional.

The structure the cuts rest on is checked from the source: the runs of rules a count skips
once it has an outcome must each open with ``outcome is None``.
"""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from workbench.core.extract import casualties as C


def _variants(text: str) -> list[str]:
    return [text, f"{text} {text}", f"Officials gave these figures.\n{text}"]


def _readings(text: str) -> list[tuple[object, ...]]:
    return [(f["start"], f["end"], f["outcome"], f["count_low"], f["count_high"],
             f["qualifier"], f["group"]) for f in C.find_casualties(text)]


_PROBES = [
    'Three soldiers were wounded in the attack on the checkpoint.',
    'Four passengers were injured and two of them did not survive.',
    'Two of the wounded did not survive, a doctor said.',
    'Five people were hurt; one of them did not make it.',
    'The blast wounded five people, and two did not survive.',
    'Gunmen killed 12 villagers and wounded 30 others.',
    'Nearly 70 people had been brought to the district hospital with gunshot wounds.',
    'The retreating fighters had taken two officials with them.',
    'The militia forced some 4,000 residents of the town to leave.',
    'He was shot through the thigh. Two colleagues were also hit.',
    'Doctors treated 45 people for gunshot wounds after the clashes.',
    'The kidnappers made off with two engineers and a driver.',
    '12 were killed and 30 wounded when the market was shelled, and the toll rose to 31',
    'Two days ago the convoy came under fire and one driver died of his injuries.',
    'A suicide bomber blew himself up at a checkpoint, wounding six policemen.',
    'Three people were killed, 24 of them children, and 112 were wounded; two later died',
    'None of the 40 passengers were hurt, and 3 crew members were missing',
    'Rebels freed nine drivers and held 14, and two of the freed drivers were wounded.',
]
_READ_BEFORE = [
    [[(0, 27, 'wounded', 3, None, 'exact', 'soldiers')],
     [(0, 27, 'wounded', 3, None, 'exact', 'soldiers'),
      (61, 88, 'wounded', 3, None, 'exact', 'soldiers')],
     [(30, 57, 'wounded', 3, None, 'exact', 'soldiers')]],
    [[(0, 28, 'wounded', 4, None, 'exact', 'passengers'),
      (33, 60, 'killed', 2, None, 'exact', 'them')],
     [(0, 28, 'wounded', 4, None, 'exact', 'passengers'),
      (33, 60, 'killed', 2, None, 'exact', 'them'),
      (62, 90, 'wounded', 4, None, 'exact', 'passengers'),
      (95, 122, 'killed', 2, None, 'exact', 'them')],
     [(30, 58, 'wounded', 4, None, 'exact', 'passengers'),
      (63, 90, 'killed', 2, None, 'exact', 'them')]],
    [[(0, 34, 'killed', 2, None, 'exact', 'wounded')],
     [(0, 34, 'killed', 2, None, 'exact', 'wounded'),
      (51, 85, 'killed', 2, None, 'exact', 'wounded')],
     [(30, 64, 'killed', 2, None, 'exact', 'wounded')]],
    [[(0, 21, 'wounded', 5, None, 'exact', 'people'),
      (23, 50, 'killed', 1, None, 'exact', 'them')],
     [(0, 21, 'wounded', 5, None, 'exact', 'people'),
      (23, 50, 'killed', 1, None, 'exact', 'them'),
      (52, 73, 'wounded', 5, None, 'exact', 'people'),
      (75, 102, 'killed', 1, None, 'exact', 'them')],
     [(30, 51, 'wounded', 5, None, 'exact', 'people'),
      (53, 80, 'killed', 1, None, 'exact', 'them')]],
    [[(10, 29, 'wounded', 5, None, 'exact', 'people'),
      (35, 42, 'wounded', 2, None, 'exact', 'did')],
     [(10, 29, 'wounded', 5, None, 'exact', 'people'),
      (35, 42, 'wounded', 2, None, 'exact', 'did'),
      (66, 85, 'wounded', 5, None, 'exact', 'people'),
      (91, 98, 'wounded', 2, None, 'exact', 'did')],
     [(40, 59, 'wounded', 5, None, 'exact', 'people'),
      (65, 72, 'wounded', 2, None, 'exact', 'did')]],
    [[(7, 26, 'killed', 12, None, 'exact', 'villagers'),
      (31, 48, 'wounded', 30, None, 'exact', 'others')],
     [(7, 26, 'killed', 12, None, 'exact', 'villagers'),
      (31, 48, 'wounded', 30, None, 'exact', 'others'),
      (57, 76, 'killed', 12, None, 'exact', 'villagers'),
      (81, 98, 'wounded', 30, None, 'exact', 'others')],
     [(37, 56, 'killed', 12, None, 'exact', 'villagers'),
      (61, 78, 'wounded', 30, None, 'exact', 'others')]],
    [[(0, 78, 'wounded', 70, None, 'about', 'people')],
     [(0, 78, 'wounded', 70, None, 'about', 'people'),
      (80, 158, 'wounded', 70, None, 'about', 'people')],
     [(30, 108, 'wounded', 70, None, 'about', 'people')]],
    [[(28, 57, 'captured', 2, None, 'exact', 'officials')],
     [(28, 57, 'captured', 2, None, 'exact', 'officials'),
      (87, 116, 'captured', 2, None, 'exact', 'officials')],
     [(58, 87, 'captured', 2, None, 'exact', 'officials')]],
    [[(12, 60, 'displaced', 4000, None, 'about', 'residents')],
     [(12, 60, 'displaced', 4000, None, 'about', 'residents'),
      (74, 122, 'displaced', 4000, None, 'about', 'residents')],
     [(42, 90, 'displaced', 4000, None, 'about', 'residents')]],
    [[(31, 59, 'wounded', 2, None, 'exact', 'colleagues')],
     [(31, 59, 'wounded', 2, None, 'exact', 'colleagues'),
      (92, 120, 'wounded', 2, None, 'exact', 'colleagues')],
     [(61, 89, 'wounded', 2, None, 'exact', 'colleagues')]],
    [[(8, 44, 'wounded', 45, None, 'exact', 'people')],
     [(8, 44, 'wounded', 45, None, 'exact', 'people'),
      (72, 108, 'wounded', 45, None, 'exact', 'people')],
     [(38, 74, 'wounded', 45, None, 'exact', 'people')]],
    [[(15, 42, 'captured', 2, None, 'exact', 'engineers'),
      (47, 55, 'captured', 1, None, 'exact', 'driver')],
     [(15, 42, 'captured', 2, None, 'exact', 'engineers'),
      (47, 55, 'captured', 1, None, 'exact', 'driver'),
      (72, 99, 'captured', 2, None, 'exact', 'engineers'),
      (104, 112, 'captured', 1, None, 'exact', 'driver')],
     [(45, 72, 'captured', 2, None, 'exact', 'engineers'),
      (77, 85, 'captured', 1, None, 'exact', 'driver')]],
    [[(0, 14, 'killed', 12, None, 'exact', None), (19, 29, 'wounded', 30, None, 'exact', None),
      (67, 82, 'killed', 31, None, 'exact', None)],
     [(0, 14, 'killed', 12, None, 'exact', None), (19, 29, 'wounded', 30, None, 'exact', None),
      (67, 82, 'killed', 31, None, 'exact', None), (83, 97, 'killed', 12, None, 'exact', None),
      (102, 112, 'wounded', 30, None, 'exact', None),
      (150, 165, 'killed', 31, None, 'exact', None)],
     [(30, 44, 'killed', 12, None, 'exact', None), (49, 59, 'wounded', 30, None, 'exact', None),
      (97, 112, 'killed', 31, None, 'exact', None)]],
    [[(44, 59, 'killed', 1, None, 'exact', 'driver')],
     [(44, 59, 'killed', 1, None, 'exact', 'driver'),
      (121, 136, 'killed', 1, None, 'exact', 'driver')],
     [(74, 89, 'killed', 1, None, 'exact', 'driver')]],
    [[(10, 32, 'killed', 1, None, 'exact', 'bomber'),
      (50, 72, 'wounded', 6, None, 'exact', 'policemen')],
     [(10, 32, 'killed', 1, None, 'exact', 'bomber'),
      (50, 72, 'wounded', 6, None, 'exact', 'policemen'),
      (84, 106, 'killed', 1, None, 'exact', 'bomber'),
      (124, 146, 'wounded', 6, None, 'exact', 'policemen')],
     [(40, 62, 'killed', 1, None, 'exact', 'bomber'),
      (80, 102, 'wounded', 6, None, 'exact', 'policemen')]],
    [[(0, 24, 'killed', 3, None, 'exact', 'people'),
      (26, 45, 'killed', 24, None, 'exact', 'children'),
      (51, 67, 'wounded', 112, None, 'exact', None),
      (69, 83, 'killed', 2, None, 'exact', None)],
     [(0, 24, 'killed', 3, None, 'exact', 'people'),
      (26, 45, 'killed', 24, None, 'exact', 'children'),
      (51, 67, 'wounded', 112, None, 'exact', None), (69, 83, 'killed', 2, None, 'exact', None),
      (84, 108, 'killed', 3, None, 'exact', 'people'),
      (110, 129, 'killed', 24, None, 'exact', 'children'),
      (135, 151, 'wounded', 112, None, 'exact', None),
      (153, 167, 'killed', 2, None, 'exact', None)],
     [(30, 54, 'killed', 3, None, 'exact', 'people'),
      (56, 75, 'killed', 24, None, 'exact', 'children'),
      (81, 97, 'wounded', 112, None, 'exact', None),
      (99, 113, 'killed', 2, None, 'exact', None)]],
    [[(41, 68, 'missing', 3, None, 'exact', 'crew members')],
     [(41, 68, 'missing', 3, None, 'exact', 'crew members'),
      (110, 137, 'missing', 3, None, 'exact', 'crew members')],
     [(71, 98, 'missing', 3, None, 'exact', 'crew members')]],
    [[(7, 25, 'captured', 9, None, 'exact', 'drivers'),
      (30, 37, 'captured', 14, None, 'exact', None),
      (43, 53, 'captured', 2, None, 'exact', None)],
     [(7, 25, 'captured', 9, None, 'exact', 'drivers'),
      (30, 37, 'captured', 14, None, 'exact', None),
      (43, 53, 'captured', 2, None, 'exact', None),
      (89, 107, 'captured', 9, None, 'exact', 'drivers'),
      (112, 119, 'captured', 14, None, 'exact', None),
      (125, 135, 'captured', 2, None, 'exact', None)],
     [(37, 55, 'captured', 9, None, 'exact', 'drivers'),
      (60, 67, 'captured', 14, None, 'exact', None),
      (73, 83, 'captured', 2, None, 'exact', None)]],
]


@pytest.mark.parametrize(("probe", "before"), list(zip(_PROBES, _READ_BEFORE, strict=True)))
def test_late_rules_read_as_before(probe: str, before: list[list[tuple[object, ...]]]) -> None:
    for text, readings in zip(_variants(probe), before, strict=True):
        assert _readings(text) == readings, text


def _opens_with_no_outcome(test: ast.expr) -> bool:
    """Is ``test`` ``outcome is None`` or a conjunction that opens with it?"""
    first = test.values[0] if isinstance(test, ast.BoolOp) and isinstance(
        test.op, ast.And) else test
    return (isinstance(first, ast.Compare) and isinstance(first.left, ast.Name)
            and first.left.id == "outcome" and len(first.ops) == 1
            and isinstance(first.ops[0], ast.Is)
            and isinstance(first.comparators[0], ast.Constant)
            and first.comparators[0].value is None)


# Names the skipped runs assign outside a rule: each is read only by the rule after it.
_READ_INSIDE = {"out_at", "along_at"}


def _count_loop() -> ast.For:
    tree = ast.parse(textwrap.dedent(inspect.getsource(C._sentence)))
    fn = tree.body[0]
    assert isinstance(fn, ast.FunctionDef)
    return next(n for n in fn.body if isinstance(n, ast.For))


def test_skipped_runs_hold_only_rules_of_no_outcome() -> None:
    """A block of the count loop entered on ``outcome is None`` alone is skipped by a count
    that has an outcome: every statement in it must then do nothing, that is, be a rule that
    opens with ``outcome is None`` and has no ``else``, or assign a name only such a rule
    reads."""
    loop = _count_loop()
    blocks = [st for st in loop.body if isinstance(st, ast.If) and not st.orelse
              and isinstance(st.test, ast.Compare) and _opens_with_no_outcome(st.test)]
    assert len(blocks) >= 2
    for block in blocks:
        for st in block.body:
            if isinstance(st, ast.Assign):
                names = {t.id for t in st.targets if isinstance(t, ast.Name)}
                assert names <= _READ_INSIDE, ast.unparse(st)[:80]
                continue
            assert isinstance(st, ast.If) and not st.orelse, ast.unparse(st)[:80]
            assert _opens_with_no_outcome(st.test), ast.unparse(st.test)[:80]
    # the names assigned there are read nowhere after their own block
    for block in blocks:
        after = loop.body[loop.body.index(block) + 1:]
        read_after = {n.id for st in after for n in ast.walk(st) if isinstance(n, ast.Name)}
        assert not (_READ_INSIDE & read_after)


def test_rule_of_the_wounded_stays_behind_the_late_reading() -> None:
    """The one late rule that also acts on a count already read as wounded ("two of them did
    not survive") runs only for counts that reached the late rules without an outcome, as
    it did inside their block."""
    loop = _count_loop()
    gated = [st for st in loop.body if isinstance(st, ast.If)
             and "read_late" in ast.unparse(st.test) and "wounded" in ast.unparse(st.test)]
    assert len(gated) == 1
    assert "outcome in (None, 'wounded')" in ast.unparse(gated[0].body[0].test)
_PROBES_AT_SENTENCE_ENDS = [
    'Two men, aged 19 and 22, were arrested near the border.',
    'Five boys aged between 12 and 15 were wounded by the blast.',
    'Nine pupils under 12 suffered burns in the fire at the school.',
    'Three children younger than 10 and two men older than 60 were killed.',
    'The girl, 12, was wounded, and two women, 24 and 31, were killed.',
    'Over 40 people were injured and more than 12 were killed in clashes above the valley.',
    'The ages of the 30 detainees ranged from 17 to 45, a lawyer said.',
    'AGED 18 AND 25, THE TWO BROTHERS WERE SHOT DEAD.',
    'Four soldiers were killed and 11 wounded, the army said',
    'A suicide bomber blew himself up at the gate, killing four guards; the bomber also died.',
    'The Bomber killed himself and two others at the market.',
    'A SUICIDE BOMBER KILLED HIMSELF AND 3 SOLDIERS.',
    'Police said the suicide bomber died at the scene; seven people were wounded.',
    'Gunmen kills family of five in raid on village',
    'Shelling kills household of seven, officials say.',
    'Self-defence units said 14 fighters were captured.',
]
_READ_BEFORE_AT_SENTENCE_ENDS = [
    [[(0, 7, 'arrested', 2, None, 'exact', 'men')],
     [(0, 7, 'arrested', 2, None, 'exact', 'men'),
      (56, 63, 'arrested', 2, None, 'exact', 'men')],
     [(30, 37, 'arrested', 2, None, 'exact', 'men')]],
    [[(0, 9, 'wounded', 5, None, 'exact', 'boys')],
     [(0, 9, 'wounded', 5, None, 'exact', 'boys'),
      (60, 69, 'wounded', 5, None, 'exact', 'boys')],
     [(30, 39, 'wounded', 5, None, 'exact', 'boys')]],
    [[(0, 11, 'wounded', 9, None, 'exact', 'pupils')],
     [(0, 11, 'wounded', 9, None, 'exact', 'pupils'),
      (63, 74, 'wounded', 9, None, 'exact', 'pupils')],
     [(30, 41, 'wounded', 9, None, 'exact', 'pupils')]],
    [[], [], []],
    [[(31, 40, 'killed', 2, None, 'exact', 'women')],
     [(31, 40, 'killed', 2, None, 'exact', 'women'),
      (97, 106, 'killed', 2, None, 'exact', 'women')],
     [(61, 70, 'killed', 2, None, 'exact', 'women')]],
    [[(0, 27, 'wounded', 40, None, 'more_than', 'people'),
      (32, 56, 'killed', 12, None, 'more_than', None)],
     [(0, 27, 'wounded', 40, None, 'more_than', 'people'),
      (32, 56, 'killed', 12, None, 'more_than', None),
      (86, 113, 'wounded', 40, None, 'more_than', 'people'),
      (118, 142, 'killed', 12, None, 'more_than', None)],
     [(30, 57, 'wounded', 40, None, 'more_than', 'people'),
      (62, 86, 'killed', 12, None, 'more_than', None)]],
    [[(16, 28, 'arrested', 30, None, 'exact', 'detainees')],
     [(16, 28, 'arrested', 30, None, 'exact', 'detainees'),
      (82, 94, 'arrested', 30, None, 'exact', 'detainees')],
     [(46, 58, 'arrested', 30, None, 'exact', 'detainees')]],
    [[(20, 47, 'killed', 2, None, 'exact', 'BROTHERS')],
     [(20, 47, 'killed', 2, None, 'exact', 'BROTHERS'),
      (69, 96, 'killed', 2, None, 'exact', 'BROTHERS')],
     [(50, 77, 'killed', 2, None, 'exact', 'BROTHERS')]],
    [[(0, 25, 'killed', 4, None, 'exact', 'soldiers'),
      (30, 40, 'wounded', 11, None, 'exact', None)],
     [(0, 25, 'killed', 4, None, 'exact', 'soldiers'),
      (30, 40, 'wounded', 11, None, 'exact', None),
      (56, 81, 'killed', 4, None, 'exact', 'soldiers'),
      (86, 96, 'wounded', 11, None, 'exact', None)],
     [(30, 55, 'killed', 4, None, 'exact', 'soldiers'),
      (60, 70, 'wounded', 11, None, 'exact', None)]],
    [[(10, 32, 'killed', 1, None, 'exact', 'bomber'),
      (46, 65, 'killed', 4, None, 'exact', 'guards'),
      (67, 87, 'killed', 1, None, 'exact', 'bomber')],
     [(10, 32, 'killed', 1, None, 'exact', 'bomber'),
      (46, 65, 'killed', 4, None, 'exact', 'guards'),
      (67, 87, 'killed', 1, None, 'exact', 'bomber'),
      (99, 121, 'killed', 1, None, 'exact', 'bomber'),
      (135, 154, 'killed', 4, None, 'exact', 'guards'),
      (156, 176, 'killed', 1, None, 'exact', 'bomber')],
     [(40, 62, 'killed', 1, None, 'exact', 'bomber'),
      (76, 95, 'killed', 4, None, 'exact', 'guards'),
      (97, 117, 'killed', 1, None, 'exact', 'bomber')]],
    [[(4, 25, 'killed', 1, None, 'exact', 'bomber'),
      (11, 40, 'killed', 2, None, 'exact', 'others')],
     [(4, 25, 'killed', 1, None, 'exact', 'bomber'),
      (11, 40, 'killed', 2, None, 'exact', 'others'),
      (60, 81, 'killed', 1, None, 'exact', 'bomber'),
      (67, 96, 'killed', 2, None, 'exact', 'others')],
     [(34, 55, 'killed', 1, None, 'exact', 'bomber'),
      (41, 70, 'killed', 2, None, 'exact', 'others')]],
    [[(0, 23, 'killed', 1, None, 'exact', 'SUICIDE BOMBER'),
      (17, 46, 'killed', 3, None, 'exact', 'SOLDIERS')],
     [(0, 23, 'killed', 1, None, 'exact', 'SUICIDE BOMBER'),
      (17, 46, 'killed', 3, None, 'exact', 'SOLDIERS'),
      (48, 71, 'killed', 1, None, 'exact', 'SUICIDE BOMBER'),
      (65, 94, 'killed', 3, None, 'exact', 'SOLDIERS')],
     [(30, 53, 'killed', 1, None, 'exact', 'SUICIDE BOMBER'),
      (47, 76, 'killed', 3, None, 'exact', 'SOLDIERS')]],
    [[(12, 35, 'killed', 1, None, 'exact', 'bomber'),
      (50, 75, 'wounded', 7, None, 'exact', 'people')],
     [(12, 35, 'killed', 1, None, 'exact', 'bomber'),
      (50, 75, 'wounded', 7, None, 'exact', 'people'),
      (89, 112, 'killed', 1, None, 'exact', 'bomber'),
      (127, 152, 'wounded', 7, None, 'exact', 'people')],
     [(42, 65, 'killed', 1, None, 'exact', 'bomber'),
      (80, 105, 'wounded', 7, None, 'exact', 'people')]],
    [[(7, 27, 'killed', 5, None, 'exact', 'family')],
     [(7, 27, 'killed', 5, None, 'exact', 'family'),
      (54, 74, 'killed', 5, None, 'exact', 'family')],
     [(37, 57, 'killed', 5, None, 'exact', 'family')]],
    [[(9, 33, 'killed', 7, None, 'exact', 'household')],
     [(9, 33, 'killed', 7, None, 'exact', 'household'),
      (59, 83, 'killed', 7, None, 'exact', 'household')],
     [(39, 63, 'killed', 7, None, 'exact', 'household')]],
    [[(24, 49, 'captured', 14, None, 'exact', 'fighters')],
     [(24, 49, 'captured', 14, None, 'exact', 'fighters'),
      (75, 100, 'captured', 14, None, 'exact', 'fighters')],
     [(54, 79, 'captured', 14, None, 'exact', 'fighters')]],
]


@pytest.mark.parametrize(("probe", "before"),
                         list(zip(_PROBES_AT_SENTENCE_ENDS, _READ_BEFORE_AT_SENTENCE_ENDS,
                                  strict=True)))
def test_sentence_gates_read_as_before(probe: str,
                                       before: list[list[tuple[object, ...]]]) -> None:
    for text, readings in zip(_variants(probe), before, strict=True):
        assert _readings(text) == readings, text


# Sentences for the gates' own checks: the words they look for in capitals, inside longer
# words, beside letters the regular expression engine folds to ASCII ones (the Kelvin sign,
# the long s, the dotted capital I) and a Greek final sigma, and sentences with none.
_GATE_TEXTS = [
    *_PROBES, *_PROBES_AT_SENTENCE_ENDS,
    "Two men aged 19 and 22 and a boy under 12 were hurt; three were OVER 60.",
    "\u0130dlib: two men, aged 19 and 22, were arrested; the \u212aILLED were older than 50.",
    "Two brothers, a\u017fed 19 and 22, and a girl under 9 were hurt.",
    "\u039f\u0394\u039f\u03a3 under 5 and \u03a3 aged 30, 12 people were wounded.",
    "Storage, garage and leverage: 40 people were evacuated from the village.",
    "Twelve people were killed and 40 wounded in the shelling of the market.",
    "THE SUICIDE BOMBER AND HIMSELF; the e bomber self e suicide bomber SELF Self",
    "A self-styled bomber was arrested; the e Bomber and the SELF-appointed chief fled.",
]


def _lowered(text: str) -> str:
    """The sentence as the engine's loop lowers it: ASCII text only, else as written."""
    return text.lower() if text.isascii() else text


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_age_openers_stand_wherever_an_age_is_read_before_a_count(text: str) -> None:
    for t in (_lowered(text), text):  # the lowered twin, and the sentence as written
        here = C._age_openers_in(text, t)
        for cstart in range(len(text) + 1):
            if C._ages_before(text, t, cstart):
                assert here, (text, cstart)


def test_age_openers_absent_from_sentences_without_them() -> None:
    assert not C._age_openers_in("Twelve people were killed and 40 wounded.",
                                 "twelve people were killed and 40 wounded.")
    assert C._age_openers_in("Storage at the garage, 40 hurt.", "storage at the garage, 40 hurt.")
    assert C._age_openers_in("Two men AGED 19", "Two men AGED 19")


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_bomber_gate_reads_as_the_scans(text: str) -> None:
    low = _lowered(text)
    for base in (0, 17):
        gated: list[dict[str, object]] = []
        plain: list[dict[str, object]] = []
        C._bomber(text, base, gated, low if low is not text else None)
        C._bomber(text, base, plain)
        assert gated == plain, text


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_late_readers_read_the_same_with_the_lowered_sentence(text: str) -> None:
    low = _lowered(text)
    gated: list[dict[str, object]] = []
    plain: list[dict[str, object]] = []
    C._late_readers(text, 5, gated, low if low is not text else None)
    C._late_readers(text, 5, plain)
    assert gated == plain, text


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_age_apposition_needs_a_number_of_two_characters_at_most(text: str) -> None:
    for a in range(len(text)):
        for b in range(a + 3, min(len(text), a + 8) + 1):
            assert not C._is_age_apposition(text, a, b)
