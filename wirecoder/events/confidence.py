"""How sure a mention is an event: strong cue families, a finite verb, named sides and counted
victims raise it; weak words alone lower it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirecoder.events.cues import Cue

__all__ = ["mention_confidence"]


# Cues that are weak evidence: an event needs more than these alone.
_WEAK_WORDS = frozenset({"violence", "violent", "dead", "death", "deaths", "bodies", "patrol", "patrols",
                         "deployment", "deployed", "reinforcements", "hurt", "engaged", "offensive"})
_DEATH_WORDS = frozenset({"dead", "bodies"})  # "deaths" belongs to tolls and statistics
_VIOLENCE = frozenset({"violence", "violent"})
_STRONG_FAMILIES = frozenset(
    "air suicide shelling ied grenade chemical fight abduct sexual protest riot block mob".split()
)


def mention_confidence(families: frozenset[str], main: Token, cues: list[Cue], agent: str | None,
                       target: str | None, doc: Doc, told: frozenset[str] = frozenset()) -> float:
    """How sure the mention is an event; ``told`` are the words of every cue in its span."""
    score = 0.45
    if families & _STRONG_FAMILIES:
        score += 0.15
    if main.tag_ in {"VBD", "VBN", "VBZ", "VBP"}:  # a finite report; ACLED notes use the present
        score += 0.1
    if agent:
        score += 0.1
    if target:
        score += 0.05
    counted = any(t.like_num or t.lower_ in {"one", "two", "three"} for t in doc)
    if counted:
        score += 0.05
    if all(cue.text.lower() in _WEAK_WORDS for cue in cues) and len(families - {"harm"}) == 1:
        # "patrols", "violence": nothing but a weak word; "two dead", "the bodies of three men" count victims
        # "One dead in land dispute violence", "the violence caused two deaths": the dead are counted too
        anchors = {cue.text.lower() for cue in cues}
        words = told | anchors
        counted_dead = counted and (anchors <= _DEATH_WORDS or bool(
            words & _DEATH_WORDS or "deaths" in words and words & _VIOLENCE
        ) and words <= _DEATH_WORDS | _VIOLENCE | {"deaths"})
        score -= 0.1 if counted_dead else 0.3
    return round(max(0.05, min(0.98, score)), 3)
