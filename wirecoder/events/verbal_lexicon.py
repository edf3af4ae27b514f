"""The words of PLOVER's verbal and cooperative events: verbs, verbs read by their object, and phrases.

The types follow the current PLOVER codebook's definitions: releasing captives,
withdrawing forces, resigning, disarming and letting aid or observers in are
RETREAT (immediate material yielding); pardons, amnesties, apologies, lifted
curfews and declared (not yet observed) ceasefires are CONCEDE; praise,
recognition, ratification and new diplomatic ties are SUPPORT; cutting ties,
recalling envoys, halting aid and imposing sanctions are SANCTION; arrests,
deportations, curfews, bans on people and censorship are COERCE; military moves
short of force are MOBILIZE, done jointly they are COOPERATE.
"""

from __future__ import annotations

import re

__all__ = [
    "ARMS", "BY_LEMMA", "BY_OBJECT", "EVENT_NOUNS", "GROUND", "LIGHT_VERBS", "NOT_ACTS", "PARTICLES", "PHRASES", "PREFILTER", "PROPERTY", "THREATS",
    "VIOLENT_AIMS",
]

# PLOVER event -> verb lemmas that express it whatever their object.
_LEMMAS: dict[str, frozenset[str]] = {
    "ACCUSE": frozenset("accuse blame condemn denounce criticise criticize allege charge sue investigate probe "
                        "decry slam indict fault complain deplore rebuke reprimand censure lambast castigate "
                        "implicate".split()),
    "THREATEN": frozenset("threaten warn".split()),
    "REQUEST": frozenset("urge demand appeal request ask plead implore seek insist invite".split()),
    # PLOVER's AGREE includes offering, promising or committing to cooperate
    "AGREE": frozenset("agree sign offer promise pledge commit accept consent".split()),
    "CONSULT": frozenset("meet visit negotiate discuss host confer convene telephone phone mediate".split()),
    "REJECT": frozenset("reject refuse deny dismiss veto decline rebuff spurn defy".split()),
    "SUPPORT": frozenset("praise support endorse welcome back recognise recognize commend hail applaud "
                         "ratify thank congratulate".split()),
    "CONCEDE": frozenset("apologise apologize concede pardon".split()),
    "AID": frozenset("donate aid supply airlift fund finance".split()),
    "COOPERATE": frozenset("cooperate collaborate extradite".split()),
    "RETREAT": frozenset("withdraw retreat release free resign disarm repatriate evacuate surrender demobilise demobilize "
                         "disband".split()),
    "MOBILIZE": frozenset("mobilize mobilise deploy amass".split()),
    "SANCTION": frozenset("sanction expel suspend boycott embargo blacklist".split()),
    # arrests are ACLED's too; told here they rank with the other acts ("arrested activists at a rally")
    "COERCE": frozenset("deport censor confiscate arrest detain jail imprison evict outlaw".split()),
}
BY_LEMMA: dict[str, str] = {lemma: event for event, lemmas in _LEMMAS.items() for lemma in lemmas}

_TROOPS = frozenset("troop troops soldier soldiers force forces unit units battalion battalions brigade army "
                    "warship warships tank tanks police officer officers ranger rangers paramilitary "
                    "reinforcement reinforcements artillery contingent division".split())
_AID = frozenset("aid assistance loan loans grant grants food relief supply supplies medicine medicines vaccine "
                 "vaccines tent tents blanket blankets fund funds funding money weapon weapons arm arms ammunition "
                 "equipment vehicle vehicles drone drones helicopter helicopters system systems asylum refuge "
                 "shelter bailout credit donation million billion $".split())
_TIES = frozenset("tie ties relation relations contact contacts".split())
_TRADE = frozenset("import imports export exports trade flight flights goods product products shipment "
                   "shipments".split())
_TALKS = frozenset("talk talks negotiation negotiations dialogue meeting meetings summit visit conference".split())
_RESTRICTIONS = frozenset("curfew restriction restrictions ban blockade lockdown emergency sanction sanctions "
                          "embargo siege".split())
_EXERCISES = frozenset("drill drills exercise exercises manoeuvre manoeuvres maneuver maneuvers".split())
_INQUIRY = frozenset("investigation investigations inquiry inquiries probe case lawsuit suit complaint "
                     "protest".split())
_ACCESS = frozenset("access entry convoy convoys aid inspector inspectors observer observers monitor monitors "
                    "peacekeeper peacekeepers journalist journalists".split())
_PROPERTY = frozenset("property properties land lands farm farms house houses body bodies refugee refugees "
                      "asset assets".split())
_CAPTIVES = frozenset("suspect suspects fugitive fugitives prisoner prisoners".split())
_ARMS = frozenset("weapon weapons arm arms gun guns rifle rifles ammunition explosives".split())

# Verbs whose PLOVER type is told by their object: lemma -> (object words, type), first match wins;
# a final (None, type) is the type when no object matches.
BY_OBJECT: dict[str, tuple[tuple[frozenset[str] | None, str], ...]] = {
    "send": ((_TROOPS, "MOBILIZE"), (_AID, "AID")),
    "dispatch": ((_TROOPS, "MOBILIZE"), (_AID, "AID")),
    "move": ((_TROOPS, "MOBILIZE"),),
    "mass": ((_TROOPS, "MOBILIZE"),),
    "station": ((_TROOPS, "MOBILIZE"),),
    "provide": ((_AID, "AID"),),
    "give": ((_AID, "AID"),),
    "deliver": ((_AID, "AID"),),
    "grant": ((frozenset({"amnesty", "pardon", "clemency"}), "CONCEDE"), (_AID, "AID"), (_ACCESS, "RETREAT")),
    "approve": ((_AID, "AID"), (None, "SUPPORT")),  # approving a policy or a government supports it
    "extend": ((_AID, "AID"),),
    "disburse": ((_AID, "AID"),),
    "deposit": ((_AID, "AID"),),
    "cut": ((_TIES, "SANCTION"), (_AID, "SANCTION"), (_TRADE, "SANCTION")),
    "sever": ((_TIES, "SANCTION"), (None, "SANCTION")),
    "break": ((_TIES, "SANCTION"),),
    "downgrade": ((_TIES, "SANCTION"),),
    "halt": ((_AID, "SANCTION"), (_TRADE, "SANCTION"), (_TALKS, "SANCTION")),
    "freeze": ((_AID, "SANCTION"), (_TRADE, "SANCTION"), (_TIES, "SANCTION"),
               (frozenset({"asset", "assets", "account", "accounts"}), "SANCTION")),
    "cancel": ((_TALKS, "SANCTION"),),
    "close": ((frozenset({"embassy", "embassies", "consulate", "consulates", "mission"}), "SANCTION"),
              (frozenset({"newspaper", "newspapers", "station", "stations", "office", "offices"}), "COERCE")),
    "summon": ((frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge"}), "ACCUSE"),),
    "tighten": ((frozenset({"security"}), "MOBILIZE"), (_RESTRICTIONS, "COERCE")),
    "heighten": ((frozenset({"security", "alert"}), "MOBILIZE"),),
    "restrict": ((None, "COERCE"),),
    "sentence": ((None, "COERCE"),),
    "observe": ((frozenset({"ceasefire", "truce", "cease-fire"}), "RETREAT"),),
    "swap": ((_CAPTIVES | {"hostage", "hostages", "detainee", "detainees"}, "RETREAT"),),
    "voice": ((frozenset({"support"}), "SUPPORT"),),
    "receive": ((frozenset({"delegation", "envoy", "envoys", "minister", "president", "ambassador", "counterpart",
                            "leader", "leaders", "delegations"}), "CONSULT"),),
    "reinforce": ((None, "MOBILIZE"),),
    "press": ((None, "REQUEST"),),
    "recall": ((frozenset({"ambassador", "envoy", "diplomat", "diplomats", "ambassadors"}), "SANCTION"),),
    # a ban on trade cuts relations; a ban on a party, a rally or a person coerces
    "ban": ((_TRADE, "SANCTION"), (None, "COERCE")),
    "impose": ((frozenset({"sanction", "sanctions", "embargo", "tariff", "tariffs"}), "SANCTION"),
               (_RESTRICTIONS, "COERCE")),
    "declare": ((frozenset({"ceasefire", "truce", "cease-fire"}), "CONCEDE"),
                (frozenset({"law", "emergency", "curfew"}), "COERCE")),
    "announce": ((frozenset({"amnesty", "pardon", "ceasefire", "truce"}), "CONCEDE"),),
    "lift": ((None, "CONCEDE"),),
    "ease": ((_RESTRICTIONS, "CONCEDE"),),
    "relax": ((_RESTRICTIONS, "CONCEDE"),),
    "drop": ((frozenset({"charge", "charges", "case", "cases", "lawsuit"}), "CONCEDE"),),
    "open": ((_INQUIRY, "ACCUSE"),),
    "launch": ((_INQUIRY, "ACCUSE"),),
    "lodge": ((_INQUIRY, "ACCUSE"),),
    "file": ((_INQUIRY, "ACCUSE"),),
    "issue": ((frozenset({"ultimatum", "threat", "threats", "warning"}), "THREATEN"),
              (frozenset({"appeal", "call"}), "REQUEST"), (frozenset({"apology"}), "CONCEDE")),
    "express": ((frozenset({"regret", "remorse", "apology"}), "CONCEDE"), (frozenset({"support"}), "SUPPORT")),
    "establish": ((_TIES, "SUPPORT"),),
    "restore": ((_TIES, "SUPPORT"),),
    "normalise": ((_TIES, "SUPPORT"), (None, "SUPPORT")),
    "normalize": ((_TIES, "SUPPORT"), (None, "SUPPORT")),
    "stage": ((_EXERCISES, "MOBILIZE"),),
    "conduct": ((_EXERCISES, "MOBILIZE"),),
    # a press conference is no consultation
    "hold": ((_EXERCISES, "MOBILIZE"), ((_TALKS - {"conference"}) | {"round", "consultations", "discussions"}, "CONSULT")),
    "allow": ((_ACCESS, "RETREAT"),),
    "permit": ((_ACCESS, "RETREAT"),),
    "return": ((_PROPERTY, "RETREAT"),),
    "exchange": ((frozenset({"information", "intelligence", "data"}), "COOPERATE"),
                 (_CAPTIVES | {"hostage", "hostages", "detainee", "detainees"}, "RETREAT")),
    "block": ((frozenset({"access", "website", "websites", "site", "sites", "internet"}), "COERCE"),),
    "shut": ((frozenset({"internet", "service", "services", "newspaper", "station", "network"}), "COERCE"),),
}

# Verbs typed by their lemma that a harmless object or complement undoes: a released video is
# published, not freed; a warning of famine is a forecast, not a threat.
NOT_ACTS: dict[str, frozenset[str]] = {
    "release": frozenset("statement statements video videos report reports result results figure figures footage "
                         "detail details name names list data communique document documents audio recording "
                         "photo photos picture pictures image images budget album film record records "
                         "findings".split()),
    "free": frozenset("market markets trade".split()),
}
# What a warning must speak of to be a threat: force, retaliation, consequences.
THREATS = frozenset("retaliation reprisal reprisals consequence consequences action force response war attack "
                    "attacks strike strikes revenge punishment measures sanction sanctions".split())

# Event nouns after a light or aspectual verb ("made an appeal", "paid a visit", "completed its
# withdrawal"): the noun is the act.
EVENT_NOUNS: dict[str, str] = {
    "appeal": "REQUEST", "request": "REQUEST", "demand": "REQUEST", "demands": "REQUEST", "plea": "REQUEST",
    "visit": "CONSULT", "visits": "CONSULT", "offer": "AGREE", "pledge": "AGREE", "promise": "AGREE",
    "threat": "THREATEN", "threats": "THREATEN", "apology": "CONCEDE", "concession": "CONCEDE",
    "concessions": "CONCEDE", "withdrawal": "RETREAT", "pullout": "RETREAT", "accusation": "ACCUSE",
    "accusations": "ACCUSE", "allegation": "ACCUSE", "allegations": "ACCUSE", "donation": "AID",
}
LIGHT_VERBS = frozenset("make pay complete begin start finish conclude".split())
# Ground handed over is ceded (RETREAT): "handed over control of the city".
GROUND = frozenset("control city town territory base bases position positions area areas region post posts "
                   "checkpoint checkpoints barracks".split())

# Phrasal verbs: (lemma, particle) -> type, "pulled out of Mali", "ruled out talks".
PARTICLES: dict[tuple[str, str], str] = {
    ("pull", "out"): "RETREAT", ("pull", "back"): "RETREAT", ("step", "down"): "RETREAT",
    ("hand", "over"): "COOPERATE", ("lay", "down"): "RETREAT", ("rule", "out"): "REJECT",
    ("walk", "out"): "SANCTION", ("call", "off"): "CONCEDE", ("crack", "down"): "COERCE",
    ("call", "up"): "MOBILIZE", ("give", "back"): "RETREAT", ("hand", "back"): "RETREAT",
}
# What a handed-over or laid-down object makes of the act: weapons given up are disarming, bodies and
# property handed back are returned (RETREAT); suspects handed over are judicial cooperation.
ARMS: frozenset[str] = _ARMS
PROPERTY: frozenset[str] = _PROPERTY

# "vowed to attack": a vow of violence threatens; a vow to help commits (AGREE).
VIOLENT_AIMS = frozenset("attack kill strike retaliate fight destroy punish avenge crush hit target bomb "
                         "wipe eliminate invade".split())

# "complicit", "called for": verbal events said without their usual verb.
PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ACCUSE", re.compile(r"\bcomplicit\b|\bheld \w+(?: \w+)? responsible\b", re.I)),
    ("REQUEST", re.compile(r"\bcall(?:ed|s|ing)? (?:on|for)\b", re.I)),
    ("SANCTION", re.compile(r"\bimpos\w* (?:\w+ )?sanctions\b|\bfound (?:\w+ ){1,4}?(?:guilty|liable)\b", re.I)),
    ("THREATEN", re.compile(r"\bultimatum\b", re.I)),
    # "reached a consensus", "is willing / ready / prepared to": a commitment to cooperate
    ("AGREE", re.compile(r"\breach\w* (?:an? |the )?(?:\w+ )?(?:consensus|agreement|deal|accord)\b|"
                        r"\b(?:is|are|was|were) (?:\w+ )?(?:willing|ready|prepared) to\b", re.I)),
    ("CONSULT", re.compile(r"\bh[eo]ld\w* (?:\w+ ){0,4}?(?:talks|meeting|meetings|consultations)\b|"
                          r"\b(?:spoke|speaks|talked) (?:by|on the|over the) (?:tele)?phone\b|"
                          r"\b(?:tele)?phone (?:call|conversation)\b|"
                          r"\bfor (?:talks|consultations|discussions)\b|\bfor (?:a|an) (?:\S+ ){0,3}?visit\b", re.I)),
    ("MOBILIZE", re.compile(r"\bon (?:high |full |maximum |heightened )?(?:alert|standby)\b", re.I)),
    ("SUPPORT", re.compile(r"\bvot\w* (?:unanimously )?in favou?r of\b", re.I)),
    # sharing know-how, not a border: "has been sharing expertise with the Tigers"; joint forces cooperate
    ("COOPERATE", re.compile(r"\bshar\w* (?:\w+ )?(?:intelligence|information|expertise|data|technology|experience|"
                            r"know-how)\b|\bjoint (?:\w+ )?(?:exercises?|drills?|patrols?|operations?|manoeuvres?|"
                            r"maneuvers?)\b", re.I)),
)
PREFILTER: re.Pattern[str] = re.compile(
    r"\b(?:accus|blam|condemn|denounc|critici|alleg|charg|threat|warn|urg|demand|appeal|request|ask|agree|"
    r"sign|met\b|meet|visit|negotiat|discuss|host|reject|refus|deni|deny|dismiss|veto|prais|support|endors|"
    r"welcom|back|apologi|conced|releas|free|sanction|expel|ban|suspend|boycott|embargo|donat|aid|cooperat|"
    r"collaborat|withdr|retreat|mobili|deploy|complicit|call|offer|promis|pledg|commit|accept|lift|eas|shar|"
    r"consensus|willing|ready|prepared|talks|meeting|will|would|sue|sued|suing|investigat|probe|decr|slam|"
    r"indict|fault|plead|pled|implor|confer|conven|phone|tele|declin|rebuff|spurn|defi|defy|recogni|commend|hail|"
    r"applaud|ratif|pardon|suppl|airlift|extradit|resign|disarm|repatri|deport|censor|confiscat|send|sent|"
    r"dispatch|mov|mass|station|provid|give|gave|given|deliver|grant|approv|extend|disburs|cut|sever|break|"
    r"broke|downgrad|halt|freez|froze|cancel|recall|impos|declar|announc|relax|drop|open|launch|lodg|fil|"
    r"issu|express|establish|restor|normali|stag|conduct|hold|held|allow|permit|return|exchang|block|shut|"
    r"pull|step|hand|lay|laid|rule|walk|crack|vow|ultimatum|responsible|guilty|liable|alert|standby|joint|seek|"
    r"sought|deposit|deplor|rebuk|repriman|censur|lambast|castigat|implicat|mediat|consent|fund|financ|"
    r"evacu|surrender|demobili|disband|amass|blacklist|evict|outlaw|summon|tighten|restrict|sentenc|observ|"
    r"swap|voic|insist|made|make|paid|pay|complet|began|begin|start|finish|conclud|heighten|vot|invit|complain|thank|congratul|arrest|detain|jail|impris|close|receiv|reinforc|press)",
    re.I,
)
