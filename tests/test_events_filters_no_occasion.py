"""Cues that name no occasion (events.filters, phrase_filters, aside_filters): an ultimatum's alternative, a
practice given up or banned, a vote boycotted, people fleeing across a border, a group described by what became
of it, and the second verb of a purpose ("ordered them to torture and kill"). The same words telling an incident
stay events."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues
from wirecoder.events.filters import token_reason


def _reason(nlp, sentence: str, cue_text: str) -> str | None:
    """The reason token_reason gives for the cue whose words are ``cue_text``."""
    doc = nlp(sentence)
    for cue in find_cues(sentence):
        if sentence[cue.start:cue.end] == cue_text:
            span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
            return token_reason(span.root, cue.family)
    raise AssertionError(f"no cue {cue_text!r} in {sentence!r}: {[c.text for c in find_cues(sentence)]}")


@pytest.mark.parametrize(("sentence", "cue", "why"), [
    ("The militants gave villagers in Tillaberi three days to leave or face attack, residents said.", "attack",
     "ultimatum"),
    ("Herders were told to pay the levy by Friday or be killed, a local chief said.", "killed", "ultimatum"),
    ("The group told traders in Beledweyne to close their shops or risk attacks.", "attacks", "ultimatum"),
    ("The rebels, who suspended kidnappings for ransom in January, met government envoys in Caracas.",
     "kidnappings", "practice"),
    ("Last year the movement renounced bombings and entered politics.", "bombings", "practice"),
    ("The ruling party won most seats in an election boycotted by the main opposition alliance.", "boycotted",
     "sitting"),
    ("Opposition lawmakers boycotted the parliamentary session on the budget.", "boycotted", "sitting"),
    ("More than 40,000 refugees have crossed into Uganda since January, the agency said.", "crossed into",
     "fleeing"),
    ("Thousands of people moved into camps near Goma as the front line shifted.", "moved into", "fleeing"),
    ("Fighters of the now-disbanded Patriotic Self-Defence Forces still control the road to Mapiripan.", "disbanded",
     "described"),
    ("Witnesses said the officer ordered his men to beat and kill the detainees.", "kill", "purpose"),
    ("The opposition leader called on his supporters on Friday to protest peacefully against the results.",
     "protest", "called for"),
])
def test_events_filters_cue_without_occasion_is_rejected(nlp, sentence, cue, why):
    reason = _reason(nlp, sentence, cue)
    assert reason is not None, f"{cue!r} should be rejected as {why}"


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Gunmen attacked the village of Bangui on Sunday and killed four farmers.", "attacked"),
    ("Militants fought troops near Gao, and the army said 12 attackers were killed.", "killed"),
    ("Police stopped the protest in Harare and arrested 20 people.", "protest"),
    ("Hundreds of fighters crossed into Cabo Delgado from Niassa on Tuesday, the army said.", "crossed into"),
    ("The rebels disbanded their northern brigade on Monday, a spokesman said.", "disbanded"),
    ("Students gathered to protest and block the highway outside Mbarara.", "block the highway"),
    ("The principal called the police to disperse the students, who were throwing stones.", "disperse"),
])
def test_events_filters_incident_in_the_same_words_stays(nlp, sentence, cue):
    assert _reason(nlp, sentence, cue) is None
