"""Cues that speak of an event told elsewhere, or of a war's history, report no event of their own."""

from __future__ import annotations

import pytest

from wirecoder.events.clauses import apart
from wirecoder.events.cues import find_cues
from wirecoder.events.detect import _cue_token, candidate_cues, detect
from wirecoder.events.filters import token_reason
from wirecoder.events.generic import generic_reason
from wirecoder.model import Sentence


def _reasons(nlp, sentence: str) -> dict[str, str | None]:
    doc = nlp(sentence)
    return {c.text: token_reason(_cue_token(doc, c), c.family) for c in find_cues(sentence)}


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The provincial governor condemned the attack and urged the government to send more troops.", "attack"),
        ("Ankara condemned the shelling of the town and summoned the ambassador.", "shelling"),
        ('"This was a cowardly attack against men who protect the community," the minister said.', "attack"),
        ("The army said it had launched an operation to hunt down the perpetrators.", "launched an operation"),
    ],
)
def test_events_filters_told_event_is_no_event(nlp, sentence, cue):
    assert _reasons(nlp, sentence)[cue] is not None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Gunmen attacked the village of Kadi on Sunday night.", "attacked"),
        ("Government forces shelled the town on Tuesday, killing three civilians.", "shelled"),
        ("The army launched an operation in the forest near Beni on Monday.", "launched an operation"),
    ],
)
def test_events_filters_reported_event_stands(nlp, sentence, cue):
    assert _reasons(nlp, sentence)[cue] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Northern Burkina Faso has been gripped by violence since 2015, when jihadists crossed from Mali.",
        "Government troops have been focused on the battle for Raqqa and have not moved on the town.",
        "The accord ended four decades of war with the rebels, which killed more than 120,000 people.",
        "The mission said its troops had killed more than 80 militants in Hiraan since February.",
        "At least nine demonstrators have been killed in Khartoum this week, medics said.",
        '"Every week a village is attacked and nobody is punished," a chief said.',
    ],
)
def test_events_filters_history_is_generic(sentence):
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting between the two clans, which killed 12 people, broke out on Monday near Beledweyne.",
        "The town was rocked by a car bomb on Sunday that killed six people.",
        "Two soldiers were killed on Monday in a district the army has held since March.",
    ],
)
def test_events_filters_one_event_is_not_generic(sentence):
    assert generic_reason(sentence) is None


def test_events_detect_attackers_named_as_an_object_are_no_event(nlp):
    text = "The president offered a reward of 10,000 dollars for information on the attackers."
    assert detect(Sentence(0, len(text), text), nlp(text)) == ()


def test_events_detect_attackers_as_subject_still_report(nlp):
    text = "Attackers stormed the village of Boga on Tuesday night."
    assert detect(Sentence(0, len(text), text), nlp(text)) != ()


def test_events_clauses_hours_on_the_same_fight_is_not_apart(nlp):
    doc = nlp("The militants fought troops in a gun battle that lasted several hours before they were "
              "repelled with the support of jets.")
    assert apart(doc) is None


def test_events_clauses_hours_after_another_event_is_apart(nlp):
    doc = nlp("Troops killed 40 militants on Friday, hours after a suicide bomber killed 30 people at a market.")
    assert apart(doc) is not None


def test_events_filters_series_in_a_scene_clause_leaves_the_report(nlp):
    text = ("A roadside bomb killed three soldiers in Helmand on Sunday, as insurgents pressed a wave of attacks "
            "ahead of the election.")
    assert [m.sub_event_type for m in detect(Sentence(0, len(text), text), nlp(text))] == [
        "Remote explosive/landmine/IED"]


def test_events_filters_record_in_a_relative_clause_is_no_event(nlp):
    text = "The army blamed the ADF, which has pledged allegiance to Islamic State."
    assert detect(Sentence(0, len(text), text), nlp(text)) == ()


def test_events_filters_relative_clause_leaves_the_report(nlp):
    text = "Police arrested a man in Garissa who has killed three people."
    assert [m.sub_event_type for m in detect(Sentence(0, len(text), text), nlp(text))] == ["Arrests"]


def test_events_detect_a_question_reports_nothing():
    text = "Bandits, jihadists and herders: who is fighting in the north?"
    assert candidate_cues(Sentence(0, len(text), text)) == ()
