"""Sentence context that decides what a crowd is: protesters, rioters or victims.

ACLED codes a crowd that demonstrates peacefully as protesters, one that turns
to violence or destruction (stones, burning, looting, lynching, clashes) as
rioters, and people who are harmed as civilians. The cues are read from the
sentence and from the words right after the crowd (its own verbs).

Example:
    >>> crowd_role("Angry residents torched a lorry.", 6, 15, 33, active=True)
    'RIOT'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecoder.speech import closing

__all__ = [
    "Cues", "told_from", "crowd_role", "did_harm", "is_vigilante", "protester_role", "protests_next",
    "mob_justice", "property_harm", "sentence_spans", "unattributed",
]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n\s*\n")

_PROTEST = re.compile(
    r"\b(?:protest(?!ant)\w*|demonstrat\w*|march(?:ed|es|ing)\b|"
    r"(?<!air )(?<!drone )(?<!missile )strik(?:e|es|ing)\b|picket\w*|"
    r"sit-?ins?\b|petition\w*|boycott\w*|chant\w*|placards?|block(?:ed|ing|ade)\b|"
    r"walk(?:ed)? ?out|down(?:ed)? tools|took to the streets|(?<!campaign )(?<!election )rall(?:y|ied|ies)\b|"
    r"processions?|decr(?:y|ied|ying)|denounc\w*|demand\w*|vigils?|demos?\b|(?-i:march(?:es)?)\b|"
    r"(?:poured|went|marched) (?:in)?to the streets|up in arms|lament\w*|"
    r"gather\w* to (?:call|demand|protest|denounce|condemn|petition|press|urge))",
    re.IGNORECASE,
)
# Violence that only a crowd commits: wherever it is in the sentence, the crowd did it.
_STRONG_RIOT = re.compile(
    r"\b(?:riot\w*|mobs?\b|loot\w*|lynch\w*|ston(?:e|es|ed|ing)\b|stone-throwing|pelt\w*|"
    r"hurl\w* (?:stones|rocks|missiles)|rocks\b|torch\w*|set ablaze|set (?:on )?fire|"
    r"bonfires?|vandali[sz]\w*|ransack\w*|running battles?|burning (?:tyres|tires)|"
    r"block(?:ed|ing|s)? (?:off )?(?:[\w'’-]+ ){0,4}?(?:roads?|highways?|streets?|junctions?)|"
    r"violently|turn\w* violent|became violent|rowdy|blockad\w*|(?:lit|light\w*) (?:\w+ )?fires?|"
    r"burn\w* (?:\w+ )?(?:tyres|tires|tyers)|clash\w*|mob justice|jungle justice|smash\w*|"
    r"barricad\w*|"
    # ACLED counts road blocks and property destruction by demonstrators as violence.
    r"violent (?:demonstrations?|protests?)|unrest|"
    r"set\w*(?: [\w-]+){0,3} (?:on fire|ablaze|alight)|"
    r"fights? (?:erupted|broke out)|fighting broke out|brawl\w*|rampage|went wild)",
    re.IGNORECASE,
)
# Violence anyone may commit: it counts for the crowd only among the crowd's own words.
_WEAK_RIOT = re.compile(
    r"\b(?:attack\w*|beat(?:ing|en)?\b|assault\w*|kill\w*|injur\w*|hack\w*|stab\w*|"
    r"destroy\w*|damag\w*|burn\w*|storm\w*|broke into|break into|invad\w*|raid\w*|"
    r"fought|fight\w*|shot|shoot\w*|threw|throw\w*|engag\w* (?:the )?(?:police|officers)|chas\w*|"
    r"disrupt\w*|overr?an|seiz\w*|forced|lit\b|harass\w*|violen\w*|chaos|chaotic|"
    r"demolish\w*|uproot\w*|vandal\w*|abduct\w*|ambush\w*|lob\w*|rough\w* up|evict\w*|"
    r"break (?:down|in)|broke (?:down|in))",
    re.IGNORECASE,
)
_VIGILANTE = re.compile(
    r"\b(?:lynch\w*|mob justice|jungle justice|instant justice|vigilante\w*)", re.IGNORECASE
)
def told_from(sentence: str) -> int:
    """Where a closing attribution begins in ``sentence`` (", a local vigilante leader said."), or its length."""
    said = closing(sentence)
    return said.start if said is not None else len(sentence)


def _untold(sentence: str) -> str:
    """``sentence`` without a closing attribution ("..., a vigilante leader said on Tuesday.")."""
    said, told = closing(sentence), sentence.rstrip(" .!?\"”'’")
    return told[: said.start] if said is not None else told


_HARM = (
    r"(?:kill\w*|shot|shoot\w*|gunned|injur\w*|wound\w*|attack\w*|abduct\w*|kidnap\w*|"
    r"target\w*|rob\w*|rap(?:e|ed|ing)|hack\w*|stab\w*|beat(?:ing|en)?|evict\w*|displac\w*|"
    r"lynch\w*|terrori[sz]\w*|assault\w*|harass\w*|massacr\w*|murder\w*|"
    r"tortur\w*|execut\w*|ambush\w*|burn\w*|ston(?:e|ed|ing)|hit|left|leaving)"
)
# The harm verb must follow some word ("Evicted hawkers" opens a sentence as an adjective) and
# not an article ("the shooting" is a noun).
_VICTIM_BEFORE = re.compile(
    r"\w[\w,]*\s+(?<!\bthe )(?<!\ba )(?<!\ban )(?:" + _HARM + r"|arrest\w*|detain\w*|round\w* up)"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_AGENT_BY = re.compile(r"\bby\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_VICTIM_AFTER = re.compile(
    r"^[\s,]*(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is|had been|have been|has been|got|being)\s+"
    r"(?:\w+ly\s+)?(?:also\s+)?" + _HARM,
    re.IGNORECASE,
)
_HARM_BY = re.compile(
    _HARM + r"(?:\s+[\w'’,-]+){0,7}?\s+by\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
# "killed by an arrow" names a weapon, not who used it.
_INSTRUMENT = (
    r"(?:an?\s+|the\s+|stray\s+|poisoned\s+)?(?:arrows?|machetes?|pangas?|gunfire|bullets?|"
    r"gunshots?|knife|knives|stones?|explosions?|blasts?|grenades?|bombs?|landmines?|IEDs?)\b"
)
_BY_AGENT = re.compile(
    r"\bby\s+(?:the\s+|a\s+|an\s+|some\s+|suspected\s+|alleged\s+|armed\s+|\d+\s+|"
    r"a group of\s+|group of\s+){0,3}$",
    re.IGNORECASE,
)
_PASSIVE_HARM = re.compile(
    r"\b(?:was|were|been|being|got|is|are)\s+(?:\w+ly\s+)?"
    r"(?:shot(?: dead)?|killed|murdered|stabbed|"
    r"hacked(?: to death)?|abducted|kidnapped|attacked|ambushed|assassinated|gunned down|"
    r"beheaded|executed|tortured|strangled|set (?:alight|ablaze|on fire)|torched|burnt|burned|"
    r"injured|wounded|beaten|shot at|found dead)\b(?![^.;]{0,50}\bby\s+(?!" + _INSTRUMENT + r"))"
    r"|\bfound dead\b|\bbod(?:y|ies)\b[^.;]{0,60}\b(?:found|discovered|dumped|recovered)\b"
    r"|\b(?:killed|shot(?: dead)?|stabbed|injured|wounded|hacked)\s+(?:in|during)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:violence|attacks?|ambush|shooting)\b",
    re.IGNORECASE,
)
_EXPLOSIVE = re.compile(
    r"\b(?:IEDs?|improvised explosive devices?|explosive devices?|land ?mines?|roadside bombs?|"
    r"grenades?|bombs?|explosives?|explosions?|blasts?|RCIEDs?|VBIEDs?)\b",
    re.IGNORECASE,
)
_PROPERTY = (
    r"(?:houses?|homes?|homesteads?|shops?|kiosks?|stalls?|business premises|property|"
    r"properties|villages?|manyattas?|churche?s?|mosques?|markets?|farms?|lodges?|hotels?|"
    r"vehicles?|cars?|lorr(?:y|ies)|trucks?|buses|bus|motorcycles?|crops|granar(?:y|ies))"
)
_PROPERTY_HARM = re.compile(
    r"\b(?:torch\w*|burn\w*|destroy\w*|loot\w*|vandali[sz]\w*|demolish\w*|raz\w*|"
    r"ransack\w*|set ablaze|raid\w*|attack\w*|stormed|damag\w*|petrol-bombed)\s+"
    r"(?:[\w'’-]+\s+){0,4}?" + _PROPERTY + r"\b"
    r"|\b" + _PROPERTY + r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is|had been|have been)\s+"
    r"(?:\w+ly\s+)?(?:torched|burnt|burned|destroyed|looted|vandali[sz]ed|demolished|razed|"
    r"ransacked|set (?:ablaze|alight|on fire)|damaged)\b",
    re.IGNORECASE,
)
_MOB_JUSTICE = re.compile(
    r"\b(?:suspected|alleged)\s+(?:[\w-]+\s+)?(?:thie(?:f|ves)|criminals?|robbers?|witch(?:es)?|"
    r"rapists?|murderers?|cattle thie(?:f|ves))\s+(?:\w+\s+){0,3}?(?:was|were|is|are)\s+"
    r"(?:\w+ly\s+)?(?:lynched|burnt|burned|stoned|beaten|necklaced|set ablaze)\b",
    re.IGNORECASE,
)
_WINDOW = 90  # characters after a crowd that count as its own words


@dataclass(frozen=True, slots=True)
class Cues:
    """What a sentence says about crowds: protest, crowd violence, mob justice."""

    protest: bool
    strong_riot: bool
    vigilante: bool

    @classmethod
    def of(cls, sentence: str) -> Cues:
        """The cues of one sentence."""
        told = _untold(sentence)
        return cls(
            protest=bool(_PROTEST.search(told)),
            strong_riot=bool(_STRONG_RIOT.search(told)),
            vigilante=bool(_VIGILANTE.search(told)),
        )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries (enough to keep cues from leaking between sentences)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _own_words(sentence: str, end: int, stop: int) -> str:
    """The words after a crowd up to the next actor or its protest verb: what it did.

    Words after "protested against ..." state the grievance ("the killing of a trader"),
    not the crowd's own acts, so the window stops at the protest verb.
    """
    own = sentence[end : min(stop, end + _WINDOW)]
    protest = _PROTEST.search(own)
    if not protest:
        return own
    # The grievance runs to the next comma: "students, protesting their principal, burnt ..."
    resume = own.find(",", protest.end())
    return own[: protest.start()] + (own[resume:] if resume >= 0 else "")


def protests_next(sentence: str, end: int, stop: int) -> bool:
    """True when the words right after a noun make it a protester ("officials protested")."""
    return bool(_PROTEST.match(sentence[end : min(stop, end + 40)].lstrip(" ,")) or
                _PROTEST.search(sentence[end : min(stop, end + 25)]))  # fmt: skip


def is_victim(sentence: str, start: int, end: int) -> bool:
    """True when the words around the crowd make it the one harmed ("killing two residents")."""
    before = sentence[max(0, start - 60) : start]
    if _VICTIM_BEFORE.search(before) and not _AGENT_BY.search(before):
        return True
    return bool(_VICTIM_AFTER.match(sentence[end : end + 60]))


def did_harm(sentence: str, start: int) -> bool:
    """True for the agent of a passive ("beaten to death by a crowd", "shot ... by herders")."""
    before = sentence[:start]
    if _HARM_BY.search(before[-70:]):
        return True
    return bool(_BY_AGENT.search(before) and re.search(_HARM, before, re.IGNORECASE))


def unattributed(sentence: str) -> re.Match[str] | None:
    """Harm with no one named as doing it ("was shot dead", "an IED exploded"), or None.

    ACLED codes such attacks to an unidentified armed group.
    """
    return _PASSIVE_HARM.search(sentence) or _EXPLOSIVE.search(sentence)


def mob_justice(sentence: str) -> re.Match[str] | None:
    """Suspects killed with no one named ("three suspected thieves were burnt to death")."""
    return _MOB_JUSTICE.search(sentence)


def property_harm(sentence: str) -> re.Match[str] | None:
    """Homes, shops or vehicles burnt or destroyed: ACLED codes their owners as civilians."""
    return _PROPERTY_HARM.search(sentence)


def crowd_role(
    sentence: str,
    start: int,
    end: int,
    stop: int,
    *,
    active: bool = False,
    partisan: bool = False,
    cues: Cues | None = None,
) -> str:
    """"PROT", "RIOT" or "CIV" for a crowd at ``sentence[start:end]``; ``stop`` ends its own words.

    ``active`` is set by modifiers such as "angry" or "irate"; ``partisan`` crowds (supporters,
    rival groups) are the ones clashing when the sentence reports a clash.
    """
    cues = cues or Cues.of(sentence)
    if not active and is_victim(sentence, start, end):
        return "CIV"
    own = _own_words(sentence, end, stop)
    if _STRONG_RIOT.search(own) or _WEAK_RIOT.search(own) or did_harm(sentence, start):
        return "RIOT"
    if cues.protest or active or (partisan and cues.strong_riot):
        return "RIOT" if cues.strong_riot else "PROT"
    return "CIV"


def protester_role(sentence: str, end: int, stop: int, cues: Cues | None = None) -> str:
    """"RIOT" when protesters turn violent, else "PROT"."""
    cues = cues or Cues.of(sentence)
    if cues.strong_riot:
        return "RIOT"
    own = _own_words(sentence, end, stop)
    return "RIOT" if _WEAK_RIOT.search(own) else "PROT"


def is_vigilante(sentence: str) -> bool:
    """True when the sentence reports mob justice (ACLED adds "Vigilante Group" to the rioters)."""
    return bool(_VIGILANTE.search(_untold(sentence)))
