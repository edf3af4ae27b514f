"""Deciding the ACLED sub-event type from the cues of a sentence and its roles.

The rules follow ACLED's definitions: remote means make an event
Explosions/Remote violence whoever the target; violence needs two organised
armed sides to be a Battle, otherwise it is Violence against civilians;
a demonstration stays a Protest while the demonstrators are not violent, and
becomes a Riot when they are; a spontaneous crowd's violence is Mob violence.
What a role phrase names is read in :mod:`wirecoder.events.sides`, which
means are remote in :mod:`wirecoder.events.remote`.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from wirecoder.events.cues import ARMED_VIGILANTES, CUES
from wirecoder.events.remote import MEANS_FAMILIES, combined_arms, remote_type
from wirecoder.events.sides import ARMED, CIVILIAN_HINT, IRREGULAR, is_armed, is_protester

__all__ = ["classify", "refine"]

_AGREEMENT_FAILED = re.compile(r"\b(?:collapsed|broke down|violat\w*|rejected|fell apart|breach\w*)\b", re.I)
# A party ending its own ceasefire changes what it does (ACLED: Change to group/activity), no agreement:
# "the TTP called off its ceasefire", "declared an end to its truce", "said it was ending its ceasefire".
_AGREEMENT_ENDED = re.compile(
    r"\b(?:end(?:ed|ing|s)?|call(?:ed|ing|s)? off|scrap(?:ped|ping|s)?|abandon(?:ed|ing|s)?|revok(?:ed|ing|es)|"
    r"terminat(?:ed|ing|es)|(?:withdr(?:ew|awn|awing|aws)|pull(?:ed|ing|s)? out) (?:from|of)|an end (?:to|of)|"
    r"the end of) (?:its |their |the |a )?(?:[\w'’-]+ ){0,3}?(?:ceasefire|cease-fire|truce)s?\b", re.I
)
# "Riots", "went on the rampage": reports use the words for demonstrations turned violent.
_RIOTING = re.compile(r"\b(?:riot(?:s|ed|ing|ers)?|rampage|bonfires?)\b", re.I)
# Territory taken with no fight told: "without a fight", "unopposed".
_UNOPPOSED = re.compile(
    r"\b(?:without (?:a |any )?(?:fight|fighting|resistance|a shot(?: being)? fired)|unopposed)\b", re.I
)
# ... or taken with a neutral verb after the other side left ("took control of Gao after government troops
# withdrew"); "captured Avdiivka after Ukrainian troops withdrew" tells a town taken by force.
_AFTER_WITHDRAWAL = re.compile(
    r"\bafter (?:[\w'’-]+ ){1,4}?(?:withdrew|had withdrawn|pulled out|retreated|fled)\b(?! under\b)", re.I
)
_TAKEN_BY_FORCE = re.compile(r"\b(?:captur\w*|seiz\w*|storm\w*|overr[au]n\w*|conquer\w*|recaptur\w*)\b", re.I)
# Who could have held a place against its attackers: "overran an army post", "after clashes with VDP volunteers".
_DEFENDERS = re.compile(
    r"\b(?:soldiers?|troops?|army|military|police\w*|gendarmes?|gendarmerie|forces|security|garrison|"
    r"defen[cs]e|defenders?|volunteers|vdps?|militia\w*|vigilantes?|guards?|posts?|outposts?|bases?|camps?|"
    r"checkpoints?|barracks|positions?|clash\w*|fought|fighting|battl\w*|resistance)\b", re.I
)
_HAMLET = re.compile(r"\b(?:villages?|hamlets?|settlements?|homesteads?|localit(?:y|ies))\b", re.I)
# Places where unarmed people gather: "stormed a church", "raided a market", "attacked a school".
_CIVIC_PLACE = re.compile(r"\b(?:church(?:es)?|parish(?:es)?|cathedrals?|chapels?|mosques?|temples?|shrines?|"
                          r"synagogues?|monaster(?:y|ies)|schools?|colleges?|universit(?:y|ies)|hospitals?|clinics?|"
                          r"markets?|hotels?|bars?|restaurants?|nightclubs?|weddings?|funerals?)\b", re.I)
# Proper names, left out where defenders are looked for: "Fighters from the Allied Democratic Forces" names no forces
# that fought back.
_NAMES = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'-]*)*")
# The people of a place: "executed 19 men", "killing 12 villagers".
_VILLAGERS = re.compile(r"\b(?:civilians?|villagers?|residents?|inhabitants|men|women|children|people|farmers?|"
                        r"herders?|worshippers?|displaced)\b", re.I)
_PEACEFUL = re.compile(r"\bpeaceful(?:ly)?\b", re.I)
# ACLED's crowd-size tag, which its coders add to protest and riot notes only: "[size=no report]".
_CROWD_SIZE = re.compile(r"\[size=[^\]]*\]", re.I)
_MASS_GRAVE = re.compile(r"\bmass graves?\b", re.I)
_GRAVE_FOUND = re.compile(r"\b(?:exhum\w*|f(?:ou|i)nds?|found|discover\w*|uncover\w*|unearth\w*|dug up|located)\b", re.I)
# Victims a crowd punishes: "suspected thieves were burnt to death", "a man accused of witchcraft".
_SUSPECTED_CULPRIT = re.compile(
    r"\b(?:suspected|alleged|accused|presumed)\b.{0,25}\b(?:thie(?:f|ves)|robbers?|criminals?|witch\w*|"
    r"rapists?|murderers?|killers?|burglars?|pickpockets?|kidnappers?|sorcer\w*|gang ?members|gangsters|"
    r"bandits|cattle rustlers|rustlers|armed robbers)\b|\bwitch(?:es)?\b|"
    r"\baccused of (?:witchcraft|sorcery|theft|stealing)|"
    # the crime named, not its doer: "two men suspected of child abduction", "accused of stealing a motorbike"
    r"\b(?:suspected|accused) of (?:[\w-]+ ){0,2}?(?:theft|thefts|steal\w*|robb\w*|burglary|abduct\w*|kidnap\w*|"
    r"rap(?:e|ing)|murder\w*|killing|witchcraft|sorcery|rustling|trafficking|blasphemy|desecrat\w*)\b", re.I
)
# How a crowd kills, not how gunmen do.
_MOB_MEANS = re.compile(
    r"\b(?:burn(?:ed|t) (?:(?:him|her|them) )?(?:to death|alive)|beaten to death|beat\w* (?:him|her|them) to death|stoned|set (?:him|her|them)? ?"
    r"(?:ablaze|on fire|alight)|torched|lynch\w*|necklac\w*|clubbed|hacked|beat(?:en)? to death|"
    # beaten, then burned: "beat and burned two men", "were beaten and set on fire"
    r"(?:beat|beaten|stoned|clubbed) (?:(?:him|her|them|[\w-]+ [\w-]+) )?(?:and|then|before) (?:then )?"
    r"(?:burn(?:ed|t)|set (?:(?:him|her|them) )?(?:ablaze|on fire|alight)|torched|doused))\b", re.I
)
# What a crowd fights with, and what armed men do.
_CROWD_ARMS = re.compile(r"\b(?:sticks|stones|rocks|clubs|bottles|bricks|fists|iron rods|rods|canes)\b", re.I)
_ARMS = re.compile(r"\b(?:guns?|gunfire|gunmen|firearms|rifles|shot|shots|shooting|arrows|machetes?|pangas?|spears?|"
                   r"knives|swords|bombs?|explosives?|grenades?)\b", re.I)
_CLASHED = re.compile(r"\b(?:clash\w*|battl\w*|fought|fighting|skirmish\w*|running battles?)\b", re.I)
# Fire both ways: "both sides shelling each other's positions", "the two armies traded artillery fire".
_BOTH_SIDES = re.compile(r"\b(?:both sides|each other|one another|the two sides|(?:exchang|trad)\w* (?:of )?"
                         r"(?:artillery|mortar|rocket|shell)\w*)\b", re.I)
_EXCHANGED = re.compile(r"\b(?:exchang\w* (?:of )?(?:gun)?fire|(?:gun|fire) ?fights?|shoot-?outs?)\b", re.I)
# What a crowd does to the forces it faces when it turns on them.
_CROWD_ASSAULT = re.compile(
    r"\b(?:attack(?:ed|ing)?|assault(?:ed|ing)?|ambush(?:ed|ing)?|lynch\w*|stabb\w*|hacked|beat|beating|"
    r"stoned|stoning|pelted|torched)\b", re.I
)
# Hostages killed: "beheaded 21 hostages", "the hostages were executed". Who is killed is the graver act.
_HOSTAGES_KILLED = re.compile(
    r"\b(?<!to )(?:kill(?:ed|ing|s)?|behead(?:ed|ing|s)?|execut(?:ed|es|ing)|murder(?:ed|s)?|shot dead|slaughtered)\s+"
    r"(?:[\w-]+\s+){0,4}?hostages?\b|\bhostages?\s+(?:were|was|had been)\s+(?:later\s+)?"
    r"(?:killed|beheaded|executed|murdered|shot dead|found dead)\b"
    # one verb phrase, taken and then killed: "abducted and later executed three agronomists", "kidnapped,
    # tortured and killed a chief"
    r"|\b(?:abducted|kidnapped)(?:,?\s+(?:tortured|beat|beaten|raped))?,?\s+and\s+(?:later\s+|then\s+|subsequently\s+)?"
    r"(?:killed|executed|beheaded|murdered|shot dead|slaughtered|shot and killed)\b", re.I)
_DEATH = re.compile(r"\b(?:kill\w*|shot dead|dead|died|death|fatal\w*|lethal)\b", re.I)
_HURT = re.compile(r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt)\b", re.I)
# Installations with no one in them as such: an "attack" on one that hurt no one is property destroyed (ACLED:
# Looting/property destruction), as the Global Terrorism Database's facility attacks are.
_FACILITY = re.compile(
    r"\b(?:(?:tele)?communications? (?:tower|mast)s?|(?:mobile|cell(?:ular)?|phone|radio|transmission) (?:tower|mast)s?|"
    r"towers?|masts?|pylons?|pipelines?|power lines?|power (?:station|plant|grid)s?|electricity (?:pylon|line|grid)s?|"
    r"transformers?|substations?|oil wells?|(?:railway|rail) (?:line|track)s?|bridges?)$",
    re.I,
)
# The word that names the assault, or its authors, and no harm: "Assailants attacked a tower".
_ASSAULT_WORDS = re.compile(r"attack(?:s|ed|ing)?|assailants?|attackers?|raiders?|gunmen", re.I)
# Those who guard an installation: attacking them there is a fight ("a bridge guarded by soldiers").
_GUARDS = re.compile(r"\b(?:soldiers|troops|police\w*|guards?|guarded|security|army|militia\w*|forces)\b", re.I)


# Strategic-development cue families, most specific first.
_STRATEGIC: dict[str, str] = {
    "weapons": "Disrupted weapons use",
    "arrest": "Arrests",
    "loot": "Looting/property destruction",
    "agree": "Agreement",
    "base": "Headquarters or base established",
    "group_change": "Change to group/activity",
    "transfer": "Non-violent transfer of territory",
    "other_sd": "Other",
}
_VIOLENT = frozenset(
    "air suicide shelling ied grenade chemical fight regain overtake kill abduct sexual protest riot block mob".split()
)


_PRONOUN = re.compile(r"(?:him|her|them|it|one|both|all)", re.I)


def _culprit_killed(sentence: str, target: str | None) -> bool:
    """Whether the ones killed are the suspects: told with the victims or after them ("a man accused of
    witchcraft was hacked to death"), or pointed back to ("dragged out two suspected gang members and burned
    them"); "suspected rustlers hacked 38 people to death" names the killers."""
    if not target:
        # no victims the parse could tell: a suspect named anywhere is whom the crowd punished ("Residents of
        # Acatlan (Puebla) beat and burned two men suspected of child abduction")
        return _SUSPECTED_CULPRIT.search(sentence) is not None
    at = -1 if _PRONOUN.fullmatch(target.strip()) else max(sentence.find(target), 0)
    return any(m.start() >= at for m in _SUSPECTED_CULPRIT.finditer(sentence))


# The forces firing on a crowd, told in a clause of their own.
_FORCES_FIRED = re.compile(
    r"\b(?:security forces|police(?:men)?|riot police|soldiers|troops|army|gendarmes)\s+(?:\w+\s+){0,2}?"
    r"(?:fired|opened fire|shot|killed|used live)\b", re.I
)
# Words that name the attackers, and so put the "kill" family in a sentence that tells no harm done
# ("Assailants set fire to a school", "Gunmen torched a church": the destruction is the event).
_ATTACKER_NOUNS = frozenset({"assailant", "assailants", "attacker", "attackers", "raider", "raiders", "gunmen"})
# Houses burned are property destroyed ("torched houses in Keiyo", "looted the market and torched houses"):
# harm to people must be told besides.
_TORCHED = re.compile(r"torched (?:homes|houses|huts)")


def _harm_told(sentence: str) -> bool:
    """Whether the sentence tells harm done to people, beyond the words naming the attackers and the houses burned."""
    return any(
        m.group(0) not in _ATTACKER_NOUNS and not _TORCHED.fullmatch(m.group(0))
        for m in CUES["kill"].finditer(sentence.lower())
    )


def _unfought(families: Collection[str], sentence: str) -> bool:
    """Whether ground taken changed hands with no fight told (ACLED's non-violent transfer, whoever took it).

    No fight, clash or death is told, and the taking was unopposed ("largely without a fight"), or
    followed the other side's withdrawal with a neutral verb ("regained control of Kherson after Russian
    forces withdrew from the city"); "captured Avdiivka after Ukrainian troops withdrew" was taken by force.
    """
    if families & {"kill", "fight"} or _CLASHED.search(sentence) or _EXCHANGED.search(sentence) \
            or _DEATH.search(sentence):
        return False
    withdrawal = "transfer" in families or _AFTER_WITHDRAWAL.search(sentence)
    return bool(_UNOPPOSED.search(sentence) or (withdrawal and not _TAKEN_BY_FORCE.search(sentence)))


def classify(
    families: Collection[str],
    sentence: str,
    agent: str | None = None,
    target: str | None = None,
    main: str | None = None,
) -> str | None:
    """The ACLED sub-event type for a sentence's cue families and role phrases, or None.

    Example:
        >>> classify({"ied", "kill"}, "A roadside bomb killed two soldiers.", None, "two soldiers")
        'Remote explosive/landmine/IED'
    """
    if main == "agree" and _AGREEMENT_ENDED.search(sentence):
        return "Change to group/activity"  # "the ELN said it was ending its unilateral ceasefire"
    if main == "agree" and _AGREEMENT_FAILED.search(sentence):
        return None  # "the ceasefire collapsed": no agreement was made
    if "other_sd" in families and _MASS_GRAVE.search(sentence) and _GRAVE_FOUND.search(sentence) \
            and not families & MEANS_FAMILIES:
        # "police exhumed the bodies of nine civilians from a mass grave": a discovery (ACLED: Other); the
        # killing was an earlier event of its own
        return "Other"
    if main in _STRATEGIC and not families & _VIOLENT and _CROWD_SIZE.search(sentence):
        # ACLED tags the notes of demonstrations alone with the crowd's size: "Supporters set fire to the
        # party's door. [size=hundreds]" is a riot, "... police arrested five. [size=dozens]" an intervention.
        families = frozenset(families) | {"protest"}
    if main == "group_change" and families & {"overtake", "regain"} and _unfought(families, sentence):
        return "Non-violent transfer of territory"  # "troops moved into Kidal after the rebels pulled out"
    if main in _STRATEGIC and not families & _VIOLENT:
        return _STRATEGIC[main]
    # Tear gas, water cannon, dispersal: a crowd was there to be dispersed.
    protest_context = bool(families & {"protest", "intervene"}) or is_protester(agent) or is_protester(target)
    if protest_context and "protest" not in families and not is_protester(agent) and not is_protester(target) and (
        IRREGULAR.search(agent or "") or IRREGULAR.search(target or "") or families & {"sexual", "chemical"}
    ):
        # "Bandits attack villagers, repulsed by police", "police intervened, shooting dead two of the
        # assailants", "police fired tear gas into homes and raped women", "troops dropped grenades containing
        # tear gas on enemy positions": forces answering armed men, abusing residents, or gassing troops, no crowd.
        protest_context = False
    if protest_context and IRREGULAR.search(agent or "") and not is_protester(agent) and not is_protester(target) \
            and families & (MEANS_FAMILIES | {"kill", "harm"}):
        # "Assailants opened fire on a political rally", "gunmen threw a grenade at a march": armed men's
        # attack on a gathering, not the gathering's event (ACLED: violence against the crowd)
        protest_context = False
    if protest_context and IRREGULAR.search(agent or "") and not is_protester(agent) \
            and families & {"suicide", "ied", "grenade"}:
        # "Suicide bombers detonated vests among demonstrators at a protest": the crowd is what the
        # bombers struck (ACLED: an explosion, the protesters its victims), not the crowd's event
        protest_context = False
    if protest_context and "weapons" in families and "protest" not in families and not is_protester(agent) \
            and not is_protester(target):
        # "police confiscated 15 rifles from a bandit hideout": weapons taken, no crowd (ACLED: disrupted weapons use)
        protest_context = False
    if protest_context and "mob" in families and not families & {"protest", "riot"} \
            and not is_protester(agent) and not is_protester(target):
        # "lynched 13 suspected gang members who had been stopped by police": the police who stopped them or
        # came too late answered no demonstration; mob justice stays Mob violence (ACLED)
        protest_context = False
    if protest_context:
        if is_armed(agent) and not is_protester(agent) and is_protester(target) and "kill" in families \
                and _DEATH.search(sentence) and not _CLASHED.search(sentence) and not families & {"riot", "block"}:
            # "Security forces stormed a protest camp, killing 13": the forces' violence, not the crowd's
            return "Excessive force against protesters"
        if is_protester(agent) and is_protester(target) and "kill" in families and _FORCES_FIRED.search(sentence):
            # "protesters took to the streets; security forces fired live ammunition, killing 2 protesters"
            return "Excessive force against protesters"
        if families & {"riot", "block", "mob", "loot", "fight"} or (is_protester(agent) and families & MEANS_FAMILIES):
            return "Violent demonstration"  # "protesting miners threw explosives at police": the crowd's violence
        if is_protester(agent) and is_armed(target) and _CROWD_ASSAULT.search(sentence) and not _CLASHED.search(sentence):
            return "Violent demonstration"  # "protesters armed with spears attacked police, killing 7 policemen"
        if is_protester(agent) and families & {"kill", "abduct", "sexual", "harm"} and not is_armed(target):
            return "Violent demonstration"  # "a returning officer was attacked by demonstrators"
        if "kill" in families and agent and is_protester(target) and not is_armed(agent) and not is_protester(agent):
            # "Government supporters attacked anti-government protesters": a mob on the demonstrators
            return "Mob violence"
        if "harm" in families or ("kill" in families and _DEATH.search(sentence) and not is_armed(agent)):
            # Shooting, beating or wounding demonstrators is more than an intervention.
            return "Excessive force against protesters"
        if _PEACEFUL.search(sentence) and not families & {"kill", "arrest", "intervene"}:
            return "Peaceful protest"  # "rubber bullets at peaceful protesters" is an intervention
        if "intervene" in families or "arrest" in families or (
            "kill" in families and is_armed(agent)
        ):
            return "Protest with intervention"
        return "Peaceful protest"
    if "mob" in families and not ARMED_VIGILANTES.search(sentence):
        return "Mob violence"
    if families & {"kill"} and _culprit_killed(sentence, target) and not is_armed(agent) \
            and _MOB_MEANS.search(sentence):
        return "Mob violence"  # "three suspected thieves were burnt to death": mob justice
    if "riot" in families or ("block" in families and not is_armed(agent)):
        # Without a demonstration, a crowd's violence against people is Mob violence.
        if target and CIVILIAN_HINT.search(target) and not is_armed(target) and "protest" not in families:
            return "Mob violence"
        if "block" not in families and not _RIOTING.search(sentence) and not is_armed(target):
            # Stones thrown at passers-by, a rowdy crowd: no demonstration, and not one against the police.
            return "Mob violence"
        return "Violent demonstration"
    if "weapons" in families and main != "arrest" and not (
            families & {"kill", "fight"} and (_DEATH.search(sentence) or _HURT.search(sentence))):
        # "arrested four militants and recovered explosives": the arrests lead; "shot down 11 of 13 drones, but
        # debris hit a house, wounding two": the strike that hurt people
        return "Disrupted weapons use"
    if "fight" in families and families & MEANS_FAMILIES == {"shelling"} and _CLASHED.search(sentence) and (
            main == "fight" or (main == "kill" and _BOTH_SIDES.search(sentence))):
        # "Fighting between the army and the RSF raged, with artillery fire heard", "... with both sides shelling
        # each other's positions; 12 fighters died": both sides fight, the guns are their weapons (ACLED keeps
        # shelling for one side firing on the other from afar)
        return "Armed clash"
    remote = remote_type(families, sentence)
    if remote in {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"} \
            and main in {"kill", "fight"} and combined_arms(sentence):
        remote = None  # a ground assault with heavy weapons among its arms
    if remote == "Remote explosive/landmine/IED" and "fight" in families and is_armed(agent) and is_armed(target) \
            and (_EXCHANGED.search(sentence) or _CLASHED.search(sentence)):
        # "A roadside bomb struck a convoy, and militants then opened fire, setting off a shootout": the bomb opened
        # a fight between armed sides (ACLED: an armed clash); "opened fire on the victims" after a blast is no fight
        remote = None
    if remote is not None:
        return remote
    if families & {"regain", "overtake"} and _unfought(families, sentence):
        return "Non-violent transfer of territory"
    if "regain" in families:
        return "Government regains territory"
    if "overtake" in families and "kill" in families and _HAMLET.search(target or "") and not is_armed(target) \
            and not _DEFENDERS.search(sentence) and _VILLAGERS.search(sentence):
        # "militants overran a village and executed 19 men": no one held it against them, so no ground changed
        # hands between armed sides (ACLED: an attack on the people there); a town seized ("seized the town of
        # Palma; dozens of civilians were killed") had its garrison, named or not
        return "Attack"
    if "overtake" in families:
        if agent and re.search(r"\b(?:troops|army|military|soldiers|government|forces of)\b", agent, re.I) \
                and not re.search(r"\b(?:rebels?|militants?|insurgents?|fighters)\b", agent, re.I):
            return "Government regains territory"
        return "Non-state actor overtakes territory"
    if "sexual" in families:
        return "Sexual violence"
    if "abduct" in families and not ("arrest" in families and is_armed(agent) and not IRREGULAR.search(agent or "")) \
            and "harm" not in families \
            and not ("kill" in families and _HOSTAGES_KILLED.search(sentence)):
        # Abducted and killed, beaten or tortured: ACLED codes the graver attack.
        return "Abduction/forced disappearance"
    violent = bool(families & {"fight", "kill"})
    if violent:
        both_armed = is_armed(agent) and is_armed(target) and not (
            target and CIVILIAN_HINT.search(target) and not ARMED.search(target)
        )
        if "fight" in families and "loot" in families and not families & {"kill", "harm"} \
                and not _DEATH.search(sentence) and target and not is_armed(target) \
                and not _CLASHED.search(sentence) and not _EXCHANGED.search(sentence):
            return "Looting/property destruction"  # "stormed and looted a house": no one fought back
        if "fight" in families and not is_armed(agent) and not is_armed(target) and _CROWD_ARMS.search(sentence) \
                and not _ARMS.search(sentence):
            # "rival groups of youths clashed with sticks and stones": crowds, not armed groups (ACLED: Mob violence)
            return "Mob violence"
        if "fight" in families and _CIVIC_PLACE.search(target or "") and not is_armed(target) \
                and not _DEFENDERS.search(_NAMES.sub("", sentence)) and not _DEFENDERS.search(agent or "") \
                and CIVILIAN_HINT.search(sentence):
            # "stormed a Catholic parish ..., shooting and hacking worshippers": no one there fought back, the
            # people of the place were the target (ACLED: an attack), as with a village overrun
            return "Attack"
        if "fight" in families and not (target and CIVILIAN_HINT.search(target) and not is_armed(target)):
            return "Armed clash"
        if "arrest" in families and "harm" not in families and not _DEATH.search(sentence):
            # "arrested 12 suspected militants in a raid": no fight, no one hurt; detained and beaten or
            # tortured is an attack
            return "Arrests"
        if both_armed or (agent is None and is_armed(target) and "kill" in families):
            return "Armed clash"
        if target and _FACILITY.search(target) and not _DEATH.search(sentence) and not _HURT.search(sentence) \
                and not _GUARDS.search(sentence) \
                and all(_ASSAULT_WORDS.fullmatch(m.group(0)) for m in CUES["kill"].finditer(sentence.lower())):
            return "Looting/property destruction"  # "Assailants attacked a telecommunications tower"
        if "loot" in families and ("kill" not in families or not _harm_told(sentence)) and not _DEATH.search(sentence):
            # Destruction within an attack on people is that attack ("attacked and looted an orphanage",
            # "raided villages and torched houses"): ACLED keeps looting for destruction on its own.
            return "Looting/property destruction"
        return "Attack"
    for family, sub in _STRATEGIC.items():
        if family in families:
            return sub
    return None


def refine(sub_event_type: str, context: Collection[str]) -> str:
    """Escalate a type by what the following sentences of the paragraph add about the same event.

    "Students demonstrated in Eldoret. They pelted police with stones." is a
    Violent demonstration; "Gunmen attacked a village. Police fought back." a clash.

    Example:
        >>> refine("Peaceful protest", {"riot"})
        'Violent demonstration'
    """
    if sub_event_type in {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}:
        if context & {"riot", "block", "loot"}:
            return "Violent demonstration"
        if sub_event_type == "Peaceful protest" and context & {"intervene", "arrest"}:
            return "Protest with intervention"
    if sub_event_type == "Remote explosive/landmine/IED" and "suicide" in context:
        return "Suicide bomb"  # "A blast killed five. Police said the bomber blew himself up."
    if sub_event_type == "Attack" and "fight" in context:
        return "Armed clash"
    return sub_event_type
