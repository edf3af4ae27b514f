"""Cues a story tells in passing (events.aside_filters): a vague cause, a campaign described, violence lessened
or spared, a protest announced, the dead someone is introduced by, victims told by a quantifier, a funeral's or a
commemoration's dead, an agreement described. The same words reporting an incident stay events."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues
from wirecoder.events.filters import token_reason


def _reasons(nlp, sentence: str) -> dict[str, str | None]:
    """Each cue's words and the reason token_reason gives for it."""
    doc = nlp(sentence)
    out = {}
    for cue in find_cues(sentence):
        span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        out[sentence[cue.start:cue.end]] = token_reason(span.root, cue.family)
    return out


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Relief convoys could not reach the camps because of the fighting, the agency said.", "fighting"),
    ("Schools in the district have stayed shut due to the violence.", "violence"),
    ("The battle for Avdiivka has become a symbol of the war.", "battle"),
    ("The checkpoints have reduced clashes between the two communities, officials say.", "clashes"),
    ("Senegal has so far been spared major attacks.", "attacks"),
    ("Opposition parties have announced a demonstration in Conakry for Thursday.", "demonstration"),
    ("Investigators say most were shot at close range.", "shot"),
    ("Mourners gathered for the funeral of three rangers killed near Garamba.", "killed"),
    ("Residents gathered on Sunday to mark two years since the massacre at the mine.", "massacre"),
    ("Relatives of the pupils killed in the school attack marked the tenth anniversary of the massacre.", "killed"),
    ("Diplomats say the truce faces its hardest test yet.", "truce"),
    ('"They come at night and shoot anyone they see," a farmer said.', "shoot"),
    ('"These gangs attack our farms, kill our herders and burn our homes," the senator said.', "kill"),
    ("Gunmen who stormed a church in the town killed 40 worshippers, the bishop recalled.", "killed"),
    ("Everyone in the valley knows someone who was killed by the militia.", "killed"),
    ("Families flee south as fighting for the provincial capital intensifies.", "fighting"),
])
def test_events_aside_filters_no_event(nlp, sentence: str, cue: str) -> None:
    assert _reasons(nlp, sentence)[cue] is not None


def test_events_aside_filters_introduced_by_a_death_told(nlp) -> None:
    sentence = ('"We want justice," said a woman whose husband died in the attack.')
    assert all(reason is not None for reason in _reasons(nlp, sentence).values())


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Hundreds of families fled Kibumba because of fighting between the army and the rebels on Tuesday.", "fighting"),
    ("The battle for the airport lasted two days and killed dozens of fighters.", "battle"),
    ("Police stopped a march by hundreds of teachers outside parliament.", "march"),  # the crowd's intervention
    ("Most of the villagers were shot by the gunmen as they fled.", "shot"),
    ("Gunmen opened fire on mourners at the funeral in Damboa, killing four.", "killing"),
    ("A woman whose husband died in a shooting on Sunday protested outside the station.", "died"),
    ("The two sides agreed a ceasefire in Doha on Friday.", "ceasefire"),
    ('"They attacked us at dawn and killed my brother," said a survivor.', "killed"),
    ("Gunmen attack police post in Mandera", "attack"),  # a headline's present is no quote
    ("Fighting raged in Omdurman on Tuesday as the army pounded RSF positions.", "Fighting"),
])
def test_events_aside_filters_events_stay(nlp, sentence: str, cue: str) -> None:
    assert _reasons(nlp, sentence)[cue] is None
