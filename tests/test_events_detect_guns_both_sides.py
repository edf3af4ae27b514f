"""Guns used on both sides are a fight: "a gun duel with the kidnappers", "artillery exchanges between the army and
the RSF", "traded mortar fire"; a weapon named with no use ("exchanged prisoners near the artillery base", "seized
artillery shells") is none."""

import pytest

from wirecoder.events.detect import candidate_cues, detect
from wirecoder.model import Sentence


def _types(nlp, text: str) -> list[str]:
    sentence = Sentence(0, len(text), text)
    cues = candidate_cues(sentence)
    return [m.sub_event_type for m in (detect(sentence, nlp(text), cues) if cues else ())]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Police rescued four travellers after a gun duel with kidnappers near Kaduna on Monday.", "Armed clash"),
    ("Residents reported artillery exchanges between the army and the RSF in Omdurman on Sunday.",
     "Shelling/artillery/missile attack"),
    ("The two armies traded mortar fire across the border near Kupiansk on Monday.",
     "Shelling/artillery/missile attack"),
])
def test_events_detect_guns_used_on_both_sides(nlp, text: str, sub_event_type: str) -> None:
    assert sub_event_type in _types(nlp, text)


@pytest.mark.parametrize("text", [
    "The two sides exchanged prisoners near the artillery base in Kaduna.",
    "Officials traded accusations over the artillery deal in Abuja.",
])
def test_events_detect_a_weapon_named_without_use(nlp, text: str) -> None:
    assert "Shelling/artillery/missile attack" not in _types(nlp, text)
