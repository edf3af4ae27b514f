"""Finding event cues, the words and phrases that signal an ACLED event, in a sentence.

Each cue family is one regular expression over the lower-cased sentence (its words are in
:mod:`wirecoder.events.lexicon` and :mod:`wirecoder.events.strategic_lexicon`). A
sentence with no cue is never parsed, which is what keeps wirecoder faster
than a full spaCy pass (see ``PREFILTER``). Cue families are evidence, not
decisions: :mod:`wirecoder.events.classify` weighs them together with the
roles found by the parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from wirecoder.events.cased import CASED
from wirecoder.events.lexicon import VIOLENT_PATTERNS
from wirecoder.events.strategic_lexicon import STRATEGIC_PATTERNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ARMED_VIGILANTES", "CUES", "PREFILTER", "Cue", "find_cues", "without_people_taken"]


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue occurrence: its family, and its offsets within the sentence."""

    family: str
    start: int
    end: int
    text: str


# Every family's pattern: violence and demonstrations first, then strategic developments.
_PATTERNS: dict[str, str] = {**VIOLENT_PATTERNS, **STRATEGIC_PATTERNS}
CUES: dict[str, re.Pattern[str]] = {family: re.compile(p) for family, p in _PATTERNS.items()}

# One pass over a sentence decides whether it is worth parsing at all.
PREFILTER: re.Pattern[str] = re.compile("|".join(f"(?:{p})" for p in _PATTERNS.values()))


_COUNTER_PREFIXES = ("anti-", "counter-", "anti", "counter ")

# "Liberation" written with its capital after a capitalised word or "for the" is a group's name, no ground
# retaken: "the Front for the National Liberation of the Congo", "the Popular Front for the Liberation of
# Palestine"; "announced the liberation of Mosul" is.
_IN_A_NAME = re.compile(r"(?:\b[Ff]or (?:the )?|\b[A-Z][\w'’]*[a-z] )\Z")


# Vigilantes in a fight with armed men ("a vigilante group clashed with bandits", "bandits attacked
# vigilantes, who repelled them"): ACLED codes such community defence groups as a militia and the fight as
# an armed clash, while vigilantes lynching a suspect are a mob (mob justice).
ARMED_VIGILANTES = re.compile(
    r"\A(?=.*\b(?:vigilantes?|vigilante groups?|local defen[cs]e (?:groups?|forces?)|self-defen[cs]e groups?|hunters)\b)"
    r"(?=.*\b(?:bandits?|gunm[ae]n|kidnappers?|militants?|insurgents?|terrorists?|jihadists?|rebels?|armed (?:men|robbers)|"
    r"boko haram|iswap|al[- ]shabaa?b|jnim|ansarul|islamic state)\b)"
    r"(?=.*\b(?:clash\w*|shoot-?outs?|gun ?battles?|fire ?fights?|exchang\w* (?:of )?(?:gun)?fire|fought|"
    r"repell?\w*|repuls\w*|engag\w*|battl\w*|ambush\w*)\b)"
    r"(?!.*\b(?:lynch\w*|mob justice|jungle justice|instant justice)\b)",
    re.I | re.S,
)


@lru_cache(maxsize=4096)  # parse, elaboration and casualty checks ask again of the same sentence
def find_cues(sentence: str) -> tuple[Cue, ...]:
    """Every cue in ``sentence``, in order of position.

    Example:
        >>> [c.family for c in find_cues("A roadside bomb killed two soldiers.")]
        ['ied', 'kill']
    """
    lowered = sentence.lower()
    cased = [
        Cue(family, m.start("cue"), m.end("cue"), m["cue"]) for family, pattern in CASED for m in pattern.finditer(sentence)
    ]
    if not cased and not PREFILTER.search(lowered):
        return ()
    found = [
        Cue(family, m.start(), m.end(), sentence[m.start() : m.end()])
        for family, pattern in CUES.items()
        for m in pattern.finditer(lowered)
        if not lowered.endswith(_COUNTER_PREFIXES, 0, m.start())  # "anti-drone", "counter-IED"
        and not (m.start() > 0 and sentence[m.start() : m.end()] == "March")  # the month
        and not (sentence.startswith("Liberation", m.start()) and _IN_A_NAME.search(sentence, 0, m.start()))
    ]
    found.extend(cased)
    found.sort(key=lambda c: (c.start, c.family))
    return tuple(found)


def without_people_taken(doc: Doc, cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """The cues less a place taken by name that the parse reads as a person's full name ("Police
    captured Ahmed Ali on Monday" is an arrest, not a town taken; a one-word name is left to the
    cue, as the small model often takes an unfamiliar town for a person)."""
    def person(cue: Cue) -> bool:
        name_start = cue.start + cue.text.index(" ") + 1
        return any(
            e.label_ == "PERSON" and len(e) > 1 and e.start_char < cue.end and e.end_char > name_start
            for e in doc.ents
        )

    def by_name(cue: Cue) -> bool:  # "captured Avdiivka": the cue names what was taken
        words = cue.text.split()
        return cue.family == "overtake" and len(words) > 1 and words[1][:1].isupper()

    return tuple(c for c in cues if not (by_name(c) and person(c)))
