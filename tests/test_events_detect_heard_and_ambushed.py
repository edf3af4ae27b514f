"""What a report's type rests on when its first words are not the act: blasts told by what was heard take the
means the sentence names ("Explosions were heard as jets struck ..."), and a bomb that opened a fight between armed
sides is the fight (ACLED: an armed clash); a bomb followed by fire on its victims stays the bomb."""

import pytest

from wirecoder.events.detect import candidate_cues, detect
from wirecoder.model import Sentence


def _types(nlp, text: str) -> list[str]:
    sentence = Sentence(0, len(text), text)
    cues = candidate_cues(sentence)
    return [m.sub_event_type for m in (detect(sentence, nlp(text), cues) if cues else ())]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # blasts heard, the strike that made them told in the same sentence
    ("Explosions were heard in Sumy on Tuesday night as Russian forces struck a warehouse with guided aerial bombs, "
     "the mayor said.", "Air/drone strike"),
    ("Loud blasts were heard around Kidal overnight, residents said, as army drones struck a rebel camp east of the "
     "town.", "Air/drone strike"),
    ("Explosions shook the centre of Marib on Sunday as Houthi missiles hit a residential block, officials said.",
     "Shelling/artillery/missile attack"),
    # a bomb that set off a fight between armed sides
    ("A roadside bomb hit a police convoy near Wana on Monday, and militants then opened fire, setting off a "
     "shootout that killed three officers and two attackers.", "Armed clash"),
    ("An IED struck an army patrol outside Mocimboa da Praia before insurgents and soldiers exchanged fire for an "
     "hour, killing four soldiers.", "Armed clash"),
])
def test_events_detect_heard_and_ambushed(nlp, text: str, sub_event_type: str) -> None:
    assert _types(nlp, text)[:1] == [sub_event_type]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # a blast heard with no means told stays a blast; a bomb followed by fire on its victims stays the bomb
    ("Two loud explosions were heard near the central market in Kismayo on Friday evening, residents said.",
     "Remote explosive/landmine/IED"),
    ("A roadside bomb struck a minibus near Jowhar on Monday, and the attackers then opened fire on the wounded "
     "passengers, killing five.", "Remote explosive/landmine/IED"),
])
def test_events_detect_heard_and_ambushed_unchanged(nlp, text: str, sub_event_type: str) -> None:
    assert _types(nlp, text)[:1] == [sub_event_type]
