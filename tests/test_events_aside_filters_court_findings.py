"""What a court found or heard, or a party to a case alleged, is the case tried, not the day's news
(events.aside_filters): "Judges found that he ordered fighters to fire the mortar". A prosecutor's or a
police report of an incident stays an event."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues
from wirecoder.events.filters import token_reason


def _reason(nlp, sentence: str, cue_text: str) -> str | None:
    doc = nlp(sentence)
    for cue in find_cues(sentence):
        if sentence[cue.start:cue.end].split()[0] == cue_text:
            return token_reason(doc.char_span(cue.start, cue.end, alignment_mode="expand").root, cue.family)
    raise AssertionError(f"no cue {cue_text!r} in {sentence!r}")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The court heard that soldiers shot dead six protesters outside the county offices in Nakuru.", "shot"),
    ("A witness told the tribunal that militiamen killed 14 villagers in Ngara in 2019.", "killed"),
    ("Prosecutors alleged that the accused planted the bomb that killed 12 people at a bus stop in Jos.", "killed"),
    ("The judge ruled that police had fired on the marchers without warning.", "fired"),
])
def test_events_aside_filters_a_case_tried_is_no_event(nlp, sentence, cue):
    assert _reason(nlp, sentence, cue) is not None


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Two brothers were jailed for the attack on the police station in Garissa.", "attack"),
    ("The former commander is being tried over the massacre of 40 villagers in Bogoro.", "massacre"),
    ("Neither man was ever tried for the bombing of the cafe in Madrid.", "bombing"),
])
def test_events_filters_a_trial_or_sentence_for_an_event_is_no_event(nlp, sentence, cue):
    assert _reason(nlp, sentence, cue) is not None


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Gunmen shot dead a councillor outside his home in Uruapan on Tuesday, state prosecutors said.", "shot"),
    ("Police said that bandits killed four herders near Kotorkoshi on Sunday.", "killed"),
    ("Residents told reporters that soldiers killed 14 villagers in Ngara on Friday.", "killed"),
])
def test_events_aside_filters_a_report_of_an_incident_stays(nlp, sentence, cue):
    assert _reason(nlp, sentence, cue) is None
