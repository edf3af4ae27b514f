"""From matched phrases to actor mentions: the small grammar of actor noun phrases.

Adjacent matches form one phrase ("suspected Al Shabaab militants", "Kenyan
police officers", "angry boda boda operators"); the phrase's head decides the
actor: a named group beats a nationality, which qualifies a generic noun.

Example:
    >>> from wirecoder.actors import ActorCoder
    >>> [m.actor.name for m in ActorCoder.load().mentions("Ugandan troops", "Kenya")]
    ['Military Forces of Uganda']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.model import Actor

from .countries import Country, region
from .crowds import IMPLIED, crowd_mention, implied_mention
from .lexicon import Noun
from .matcher import Meaning, Tag
from .names import (
    GENERIC_NAMES, Mention, Scene, group_label, row_actor, state_name, with_country,
)
from .tokens import Token

__all__ = ["Mention", "Scene", "absorb_affiliated", "interpret"]


_WEAPON_STRIKE = re.compile(r"\b(?:air|drone|missile|rocket|artillery|aerial|airstrikes?)[\s-]*strikes?\s*$", re.I)
# ... or a strike that kills or wounds ("Israeli strike kills five"): a workers' strike harms no one.
_STRIKE_HARMS = re.compile(r"\s+(?:on (?:[\w'’-]+ ){1,3}?)?(?:kill(?:s|ed)?|wound(?:s|ed)|injur(?:es|ed))\b", re.I)
_HEADS = {"MIL", "POL", "GOV", "UAG", "ETHNIC", "CLAN", "COMMUNAL", "CIV", "FOREIGN", "CROWD",
          "PROT", "RIOT", *IMPLIED}  # fmt: skip
_ARMED_AFTER = re.compile(r"(?i)[\s,]+(?:who were\s+|heavily\s+)?(?:armed with|wielding)\b")
_MILITANT_HEADS = {"MIL", "POL", "GOV", "UAG", "ETHNIC", "CLAN", "COMMUNAL"}
_MILITANT = {"UAG", "ETHNIC", "CLAN", "COMMUNAL", "MEMBER"}
_CROWDISH = {"CROWD", "PROT", "RIOT", "CIV", "FOREIGN"}
_PLACE_AFTER = frozenset(
    "county counties district districts subcounty sub constituency lake region regional state "
    "province town village river road highway university hospital zone division location ward "
    "plains hills area border language north south east west central valley forest "
    "conservancy game reserve park school schools boys girls high secondary primary academy "
    "college institute market estate stadium station centre center hall hospital".split()
)
_PLACE_BEFORE = frozenset("west east north south central lake mount mt in at near to".split())
_RAID_VERBS = frozenset(
    "raided raid raids raiding attacked attack attacks attacking killed kill stole steal clashed "
    "clash fought invaded ambushed torched burnt burned shot struck stormed".split()
)
_ONE_PERSON = frozenset("a an one two three four five six seven eight nine ten".split())
_AGENT_BEFORE = frozenset("by suspected armed rival between and be".split())


def _next_key(tokens: Sequence[Token], index: int) -> str:
    return tokens[index].key if index < len(tokens) else ""


# Words that may follow a person named by a demonym ("a Briton who", "a Somali was", "a Kenyan in").
_AFTER_PERSON = frozenset(
    "who whose that and or but was were is are had has have in on at near from with by after during while "
    "when as of to for also said says died".split()
)


# "an Islamic State-linked group", "the Houthi-run Saba news agency": something the group is tied to or
# runs, not the group.
_AFFILIATED = re.compile(
    r"-?(?:linked|affiliated|allied|backed|aligned|inspired|leaning|sympathi[sz]ing|run|controlled|owned)\b", re.I
)


# Fighters named by the group they are tied to: "JNIM-affiliated militants", "IS-linked insurgents".
_AFFILIATED_FIGHTERS = re.compile(
    r"-(?:linked|affiliated|aligned)\s+(?:militants|fighters|insurgents|jihadists|gunmen|rebels|militiamen|"
    r"assailants|attackers)\b", re.I
)


def _lone_affiliate(tag: Tag, meaning: Meaning, tags: Sequence[Tag], scene: Scene) -> bool:
    """Whether "X-linked militants" are X's own: an "Islamic State-linked group" is not IS when the sentence
    names the group itself ("IS-linked ADF rebels") or points back to it ("the al Qaeda-linked group"), but
    fighters only said to be tied to X, with no other group named, are X's to ACLED ("JNIM-affiliated
    militants attacked Solhan")."""
    if not _AFFILIATED_FIGHTERS.match(scene.text, tag.end):
        return False
    if re.search(r"\b(?:the|these|those)\s+$", scene.text[max(0, tag.start - 8) : tag.start], re.I):
        return False
    others = {m.row.name for t in tags if t is not tag for m in t.meanings
              if m.kind == "row" and m.row and m.row.kind != "identity"}
    return not others - {meaning.row.name if meaning.row else ""}


def absorb_affiliated(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (of one sentence, in order) with "JNIM-affiliated militants" one mention of the group: the
    fighters after the group's name are its own, no second, unidentified side."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        tied = _AFFILIATED_FIGHTERS.match(text, previous.end) if previous is not None else None
        if previous is not None and previous.kind == "named" and tied is not None and mention.kind == "generic" \
                and mention.start >= previous.end and mention.end == tied.end():
            out[-1] = replace(previous, end=mention.end)
            continue
        out.append(mention)
    return out


# A group named as a stance: "a pro-Taliban cleric", "anti-Houthi tribesmen", "an anti-BJP march". The people
# opposing a group are never it; those for it are it only as its fighters ("pro-IS militants").
_STANCE = re.compile(r"\b(?P<side>pro|anti)-$", re.I)
_OWN_FIGHTERS = re.compile(
    r"\s+(?:militants?|fighters?|gunm[ae]n|militiam[ae]n|militias?|rebels?|insurgents?|jihadists?|forces|troops|"
    r"combatants?)\b", re.I
)


def _stance_only(tag: Tag, scene: Scene) -> bool:
    """Whether a group's name only says what someone is for or against ("a pro-Taliban cleric")."""
    stance = _STANCE.search(scene.text, max(0, tag.start - 5), tag.start)
    if stance is None:
        return False
    return stance["side"].lower() == "anti" or not _OWN_FIGHTERS.match(scene.text, tag.end)


def _person_ends(tokens: Sequence[Token], index: int) -> bool:
    """Whether the demonym ending before ``index`` names a person rather than qualifying the next word."""
    if index >= len(tokens):
        return True
    word = tokens[index].surface
    if not word.isalpha() or not word.islower():
        return True  # punctuation, a number or a name follows
    return word in _AFTER_PERSON or word.endswith("ed")


def _prev_key(tokens: Sequence[Token], index: int) -> str:
    """The key of the token before ``index``, skipping "the"."""
    index -= 1
    if index >= 0 and tokens[index].key == "the":
        index -= 1
    return tokens[index].key if index >= 0 else ""


def _lone_identity_ok(tag: Tag, tags: Sequence[Tag], scene: Scene) -> bool:
    """A bare group name ("Pokot") is a militia only in a raid or next to another group."""
    tokens = scene.tokens
    after, before = _next_key(tokens, tag.last), _prev_key(tokens, tag.first)
    if after in _PLACE_AFTER:
        return False
    if after in _RAID_VERBS:  # "in Pokot raids" is a raid even after "in"
        return True
    if before in _PLACE_BEFORE:
        return False
    if before in _AGENT_BEFORE or before in _RAID_VERBS:
        return True
    for other in tags:  # "Pokot and Turkana", "Turkana, Pokot and Samburu", "Borana and Somalis"
        if other is tag or not any(
            _is_identity(m) or (m.kind == "country" and scene.text[other.end - 1] == "s")
            for m in other.meanings
        ):
            continue
        gap = other.first - tag.last if other.first >= tag.last else tag.first - other.last
        if 0 <= gap <= 2 and _next_key(tokens, other.last) not in _PLACE_AFTER:
            return True
    return False


def _is_identity(meaning: Meaning) -> bool:
    return meaning.kind == "row" and meaning.row is not None and meaning.row.kind == "identity"


def _origin_group(tag: Tag, tags: Sequence[Tag], scene: Scene) -> tuple[Tag, Meaning] | None:
    """The group named in "from (the) (West) Pokot" right after a generic noun, if any."""
    tokens, i = scene.tokens, tag.last
    if _next_key(tokens, i) != "from":
        return None
    i += 1
    if _next_key(tokens, i) == "the":
        i += 1
    if _next_key(tokens, i) in {"west", "east", "north", "south", "central", "upper", "lower"}:
        i += 1
    for other in tags:
        if other.first == i:
            for meaning in other.meanings:
                if _is_identity(meaning):
                    return other, meaning
    return None


# Where rangers are soldiers: Thailand's paramilitary rangers (Thahan Phran) and Pakistan's Rangers are army
# units, coded Military Forces; elsewhere rangers guard parks and forests (police, as Kenya's KWS).
_ARMY_RANGERS = frozenset({"THA", "PAK"})
# ACLED codes the gangs of Latin America and the Caribbean as political militias, an unnamed one as
# "Unidentified Gang (Haiti)"; elsewhere (Kenya's notes) a gang is an unidentified armed group.
_GANG_REGIONS = frozenset({"Central America and the Caribbean", "South America"})
_GANG_WORD = re.compile(r"\bgang", re.IGNORECASE)


# People named by no trait but their sex or number: armed, they are gunmen.
_FACELESS = frozenset({"men", "man", "persons", "person", "individuals", "individual", "people"})


def _keys(tag: Tag, scene: Scene) -> str:
    """The matched phrase of a tag, as space-joined keys."""
    return " ".join(t.key for t in scene.tokens[tag.first : tag.last])


# Crowd words that, after a group's name, mean its fighters when they are violent.
_MILITANT_CROWD = frozenset(
    "youths youth young men men herders herdsmen pastoralists villagers community residents "
    "locals warriors morans raiders".split()
)


def _origin_country(tag: Tag, tags: Sequence[Tag], scene: Scene) -> Country | None:
    """The country in "from Somalia" or "of Somali origin" right after a generic noun."""
    tokens, i = scene.tokens, tag.last
    word = _next_key(tokens, i)
    if word not in ("from", "of"):
        return None
    i += 1
    if _next_key(tokens, i) == "the":
        i += 1
    for other in tags:
        if other.first != i:
            continue
        country = next((m.country for m in other.meanings if m.kind == "country"), None)
        if country and (word == "from" or _next_key(tokens, other.last) in ("origin", "descent")):
            return country
    return None


def _short_ok(tag: Tag, scene: Scene) -> bool:
    """One- or two-letter acronyms need a neighbour: "IS militants", "claimed by KH", "members of G9"."""
    tokens = scene.tokens
    # "(AP) - Gunmen ...": a word beyond a bracket or a dash is no neighbour
    joined = tag.last < len(tokens) and scene.text[tag.end : tokens[tag.last].start].strip(" -") == ""
    after = _next_key(tokens, tag.last) if joined else ""
    before = _prev_key(tokens, tag.first)
    # "retaken from IS": the side the ground was taken from
    return after in _CONTEXT_AFTER | _DEEDS or before in {"by", "suspected", "against", "alleged", "pro", "from"} \
        or (before == "of" and _prev_key(tokens, _start_of_previous(tokens, tag.first)) in _CONTEXT_AFTER) \
        or bool(_BLAMED.match(scene.text, tag.end))


# "IS was blamed for the attack", "KH is suspected": held responsible, as "IS claimed" is.
_BLAMED = re.compile(r"\s+(?:was|were|is|are|has been|had been)\s+(?:\w+ly\s+)?(?:blamed|suspected|held responsible)\b")


# An armed group's deed told right after its acronym: "the AA abducted five passengers", "IS executed two
# shepherds" (a name is its subject, as "IS claimed" is).
_DEEDS = frozenset(
    "abducted kidnapped ambushed attacked stormed overran shelled executed beheaded seized captured "
    "raided torched killed".split()
)


def _start_of_previous(tokens: Sequence[Token], index: int) -> int:
    """The index of the word before ``index``, "the" skipped: "members of (the) G9" -> "of"."""
    index -= 1
    return index - 1 if index >= 0 and tokens[index].key == "the" else index


_ALLIES = re.compile(r"\b(?:and|with)\s+(?:its\s+|their\s+)?allied\s+$", re.I)
_FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE)
_JOINING = frozenset("join joined joins joining combined combine combining".split())


def _of_country(meaning: Meaning, event: Country | None) -> bool:
    """Whether the meaning's row belongs to the event's country."""
    row = meaning.row
    return row is not None and event is not None and event.iso3 in row.countries


def _foreign_acronym(meaning: Meaning, event: Country | None) -> bool:
    """A short acronym of another country's actor ("AP", Kenya's Administration Police, in a Mexican story
    is the Associated Press): it needs a neighbour too."""
    row = meaning.row
    return bool(
        meaning.exact and row is not None and row.countries and event is not None
        and event.iso3 not in row.countries and sum(c.isalnum() for c in meaning.exact) <= 3
    )


_CONTEXT_AFTER = frozenset(
    "militants militant fighters fighter group members member rebels insurgents jihadists "
    "militia militiamen cell cells commanders commander attack attacks officers officer police "
    "soldiers troops forces gunmen supporters claimed loyalists affiliate affiliated operatives "
    "elements camp positions units unit leader leaders workers activists cadres youths guerrillas suicide bomber bombers gunman "
    # gangs and cartels: "G9 gangsters", "CV gang members", "PCC hitmen"
    "gang gangs gangsters hitmen sicarios".split()
)


def interpret(run: Sequence[Tag], tags: Sequence[Tag], scene: Scene, stop: int) -> Mention | None:
    """The mention a run of adjacent matches makes, or None (e.g. a bare "Kenyan").

    ``tags`` are all matches of the sentence (for coordination); ``stop`` is where the next
    phrase starts, which ends the words that count as this phrase's own verbs.
    """
    start, end = run[0].start, run[-1].end
    if len(run) == 1 and scene.tokens[run[0].first].key == "forces" \
            and _prev_key(scene.tokens, run[0].first) in _JOINING:
        return None  # "the Kikuyu joined forces and attacked": an idiom, no armed forces
    phrase = scene.text[start:end]
    mods = {m.noun.cat for t in run for m in t.meanings if m.kind == "noun" and m.noun
            and m.noun.cat.startswith("MOD_")}  # fmt: skip
    nouns = [(t, m.noun) for t in run for m in t.meanings
             if m.kind == "noun" and m.noun and not m.noun.cat.startswith("MOD_")]  # fmt: skip
    rows = [(t, m) for t in run for m in t.meanings if m.kind == "row" and m.row]
    event = scene.country
    rows = [(t, m) for t, m in rows if not (m.needs_context or _foreign_acronym(m, event)) or _short_ok(t, scene)]
    rows = [(t, m) for t, m in rows if not m.home or _of_country(m, event)]  # "=National Guard": Mexico's there only
    demonym = next((m.country for t in run for m in t.meanings if m.kind == "country"), None)

    named = [(t, m) for t, m in rows if m.row and m.row.kind != "identity" and not _stance_only(t, scene)
             and (not _AFFILIATED.match(scene.text, t.end) or _lone_affiliate(t, m, tags, scene))]
    if named:
        tag, meaning = named[0]
        # An alias two countries' groups share: the group of the event's country.
        meaning = next((m for t, m in named if t is tag and _of_country(m, event)), meaning)
        row = meaning.row
        assert row is not None
        if row.kind in ("party", "union"):
            # its crowd: "ODM supporters", or "supporters of the Sadrist Movement" (a run joined by "of")
            crowd = [n for t, n in nouns if n.cat in _CROWDISH and (t.first >= tag.last or t.last <= tag.first)]
            if row.kind == "party":  # "BJP workers" are the party's activists, not a labour group
                crowd = [Noun(n.cat) if n.label == "Labour Group" else n for n in crowd]
            if crowd or row.kind == "union" or scene.cues.protest or scene.cues.strong_riot:
                return crowd_mention(start, end, phrase, crowd, mods, scene, stop, demonym or event,
                              extra=(row.name,), lone_party=not crowd)  # fmt: skip
        return Mention(start, end, row_actor(row, event, phrase), kind="named")

    identity = [(t, m) for t, m in rows if _is_identity(m)]
    head_cats = [n.cat for _, n in nouns]
    if not identity and any(c in ("ETHNIC", "UAG", "CROWD") for c in head_cats):
        origin = _origin_group(run[-1], tags, scene)  # "raiders from West Pokot"
        if origin is not None:
            identity = [origin]
        elif demonym is None and any(c in ("UAG", "ETHNIC") for c in head_cats):
            demonym = _origin_country(run[-1], tags, scene)  # "gunmen from Somalia"
    if not nouns and not rows and demonym:
        last = scene.text[run[-1].start : run[-1].end].casefold()
        # "Kenyans barricaded roads"; "the United States", "the Philippines" are the countries
        if last.endswith("s") and last in {d.casefold() for d in demonym.demonyms}:
            nouns = [(run[-1], Noun("CROWD"))]
            head_cats = ["CROWD"]
        elif _prev_key(scene.tokens, run[0].first) in _ONE_PERSON and _person_ends(scene.tokens, run[-1].last):
            # "shot dead a Briton", not "an Israeli airstrike" (an adjective on a word we do not know)
            nouns = [(run[-1], Noun("CIV"))]
            head_cats = ["CIV"]
    if identity and not any(c in ("MIL", "POL", "GOV") for c in head_cats):
        tag, meaning = identity[0]
        row = meaning.row
        assert row is not None
        militia = Mention(start, end, row_actor(row, event, phrase), kind="identity")
        for t in run:
            cats = {m.noun.cat for m in t.meanings if m.kind == "noun" and m.noun}
            if cats & _MILITANT and not cats & _CROWDISH:  # "Pokot raiders", not "Pokot youths"
                return militia
        crowd = [n for _, n in nouns if n.cat in _CROWDISH]
        if crowd:
            mention = crowd_mention(start, end, phrase, crowd, mods, scene, stop,
                             demonym or event, extra=(group_label(row, event),))  # fmt: skip
            fighters = any(t.first >= tag.last and _keys(t, scene) in _MILITANT_CROWD for t in run)
            if mention and mention.actor.inter == 5 and fighters and not scene.cues.protest:
                return militia  # "Pokot herders torched homes": the group's militia
            return mention
        if len(tag.meanings) and (tag.last - tag.first > 1 or _lone_identity_ok(tag, tags, scene)):
            return militia
        return None

    heads = [(t, n) for t, n in nouns if n.cat in _HEADS]
    if not heads:
        return None
    head_tag, head = heads[-1]
    if any(m.noun and m.noun.cat == "MEMBER" for m in head_tag.meanings):
        # "gang members", "police officers' families": the first noun says who they are.
        earlier = [n for t, n in heads if t.last <= head_tag.first and n.cat in _MILITANT_HEADS]
        if earlier:
            head = earlier[-1]
    country = demonym or event
    if head.cat == "GOV" and _FORMER.search(scene.text, max(0, head_tag.start - 12), head_tag.start):
        return None  # "supporters of former president Bolsonaro": a former official holds no office
    if head.cat in ("MIL", "POL", "GOV") and _ALLIES.search(scene.text, max(0, start - 24), start):
        return None  # "the KIA and allied forces": the group's allies, no state's forces
    if head.cat in ("MIL", "POL", "GOV"):
        inter = 8 if (event and demonym and demonym.iso3 != event.iso3) else 1
        cat = "MIL" if country and country.iso3 in _ARMY_RANGERS and "ranger" in _keys(head_tag, scene) else head.cat
        return Mention(start, end, Actor(state_name(cat, country), inter, phrase,
                                         "state-force noun"), kind="state")  # fmt: skip
    if head.cat in IMPLIED:
        if head.cat == "IMPL_PROT" and (_WEAPON_STRIKE.search(scene.text, 0, end) or (
                phrase.lower().endswith("strike") and _STRIKE_HARMS.match(scene.text, end))):
            return None  # "air strikes", "drone strike": weapons, not a labour strike's protesters
        return implied_mention(start, end, phrase, head.cat, scene, stop, country)
    if head.cat in ("CROWD", "PROT", "RIOT", "CIV", "FOREIGN"):
        armed_after = bool(_ARMED_AFTER.match(scene.text[end : end + 30]))
        if armed_after and head.cat in ("CROWD", "CIV"):
            # "men armed with machetes", "youths wielding clubs": gunmen, whoever they are.
            name, inter = GENERIC_NAMES["UAG"]
            actor = Actor(with_country(name, country), inter, phrase, "armed men")
            return Mention(start, end, actor)
        if "MOD_ARMED" in mods and head.cat in ("CROWD", "CIV"):
            # "armed Somalis" are gunmen from abroad; "armed villagers" a communal militia; "masked men",
            # "heavily armed men" belong to no community the words name: gunmen.
            faceless = _keys(head_tag, scene) in _FACELESS or bool(demonym and not head.label)
            name, inter = GENERIC_NAMES["UAG" if faceless else "COMMUNAL"]
            actor = Actor(with_country(name, country), inter, phrase, "armed crowd")
            return Mention(start, end, actor)
        crowd = [n for _, n in nouns if n.cat in _CROWDISH]
        return crowd_mention(start, end, phrase, crowd, mods, scene, stop, country, demonym=demonym)
    cat = head.cat
    if cat == "ETHNIC" and mods & {"MOD_ARMED", "MOD_UNKNOWN"} and not any(
        w in _keys(head_tag, scene) for w in ("ethnic", "tribal", "tribe")
    ):
        cat = "UAG"  # "unidentified raiders", "armed cattle rustlers": no group is named
    name, inter = GENERIC_NAMES[cat]
    if cat == "UAG" and country and region(country) in _GANG_REGIONS and _GANG_WORD.search(phrase):
        name = "Unidentified Gang"  # ACLED's name for a gang no text names, where it codes gangs
    return Mention(start, end, Actor(with_country(name, country), inter, phrase, f"generic {cat}"))
