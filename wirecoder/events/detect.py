"""Finding event mentions in the parsed candidate sentences of an article.

One sentence gives at most one event per kind of violence it reports: the
cue closest to the root of the parse is the sentence's main event, and the
other cues of the sentence are evidence for its type. The result is a
:class:`Mention`: the sub-event type, the evidence sentence and the raw role
phrases. Actors, places, dates and casualties are added by later stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from wirecoder.events.causes import BEFORE_PREPS, CROWD_FAMILIES, about, grievance
from wirecoder.events.classify import classify
from wirecoder.events.clauses import Apart, apart, char_span, joined_after, joined_spans, rest
from wirecoder.events.codebook import event_type_of
from wirecoder.events.cues import Cue, find_cues, without_people_taken
from wirecoder.events.confidence import mention_confidence
from wirecoder.events.filters import token_reason
from wirecoder.events.generic import generic_reason, series_span
from wirecoder.events.remote import MEANS_FAMILIES
from wirecoder.events.roles import find_roles
from wirecoder.events.syntax import back_reference, carried, embedded, headline_toll, parse_depth, role_order
from wirecoder.model import Sentence

__all__ = ["MIN_CONFIDENCE", "Mention", "candidate_cues", "detect"]

# Mentions scored below this rest on weak cues alone ("patrols", "violence"): not emitted.
MIN_CONFIDENCE = 0.3

# Families whose cue can anchor an event on its own; the rest only shape the type.
_ANCHORS = frozenset(
    "air suicide shelling ied grenade chemical fight regain overtake kill abduct sexual protest riot block mob "
    "intervene arrest weapons agree group_change base loot transfer other_sd".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    """An event reported in one sentence, before actors, places and dates are coded."""

    sentence: Sentence
    sub_event_type: str
    event_type: str
    cue: str
    families: frozenset[str]
    agent_text: str | None
    target_text: str | None
    confidence: float


# The cues of a protest over a grievance: the crowd's acts and the forces' answer ("protested the arrest
# of their leader" is a grievance, so arrests are left out).
_PROTEST_ACTS = frozenset({"protest", "block", "riot", "intervene"})


# A live blog's subhead ("EXPLOSIONS IN KHARKIV", "FIGHTING NEAR MYKOLAIV"): a few words in capitals with no
# full stop, heading the paragraph that tells the event.
_SUBHEAD_WORDS = 8


def _is_subhead(text: str) -> bool:
    """Whether a sentence is a subhead in capitals ("EXPLOSION IN KHARKIV"), no report of its own."""
    words = text.split()
    return 2 <= len(words) <= _SUBHEAD_WORDS and any(c.isalpha() for c in text) and text == text.upper() \
        and not text.rstrip(" \"'”’").endswith((".", "!", "?", ":"))


def candidate_cues(sentence: Sentence) -> tuple[Cue, ...]:
    """The cues of a sentence, or () when it cannot report an event (no parse needed)."""
    if sentence.text.rstrip(" \"'”’").endswith("?"):
        return ()  # "Who is fighting in Nigeria's north?": a question asks, it reports nothing
    if _is_subhead(sentence.text):
        return ()  # the paragraph under the subhead tells the event
    cues = find_cues(sentence.text)
    reason = generic_reason(sentence.text) if cues else None
    series = series_span(sentence.text) if reason else None
    if series is not None:
        # "Riots broke out in a new wave of violence", "a man involved in a spate of robberies was
        # lynched": the series is the setting; what the sentence reports outside it stands.
        cues = tuple(c for c in cues if c.end <= series[0] or c.start >= series[1])
    elif reason and _GRIEVANCE.search(reason):
        # "Residents protested a spate of killings": the protest is an event, the killings are not; what the
        # crowd did ("barricaded roads in protest at a spate of murders"), and the forces' answer, are its.
        cues = tuple(c for c in cues if c.family in _PROTEST_ACTS)
    elif reason:
        cues = ()
    return cues


def _cue_token(doc: Doc, cue: Cue) -> Token | None:
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # The syntactic head of a multi-word cue ("roadside bomb" -> "bomb").
    return span.root


_GRIEVANCE = re.compile(r"\b(?:spate|wave|series|string|surge|upsurge|cycle) of\b")
_MEANS = MEANS_FAMILIES
# Weapon nouns that say nothing happened unless a verb of use or harm goes with them.
_WEAPON_ONLY = re.compile(
    r"(?:drones?|warplanes?|fighter jets?|helicopter gunships?|missiles?|rockets?|artillery|mortars?|"
    r"howitzers?|projectiles?|grad|katyusha|grenades?|hand grenades?|ieds?|vbieds?|explosive devices?|"
    r"improvised explosive devices?|land ?mines?|(?:car|truck|motorcycle|bicycle|parcel|pipe) bombs?|"
    r"roadside bombs?|chemical weapons?|chemical agents?|nerve agents?|sarin|suicide vest|barrel bombs?)"
)
# Aircraft used without a verb of fire: "warplanes carried out several raids on the mountain", "flew sorties over
# the town"; said of guns ("raids for arms, involving artillery"), a raid is a ground assault.
_AIR_USE = re.compile(r"\b(?:raid(?:s|ed|ing)?|sorties)\b", re.I)
_USE_OF_FORCE = re.compile(
    r"\b(?:fir(?:e|ed|es|ing)|launch(?:ed|es|ing)?|hit|hits|struck|strikes?|land(?:ed|s)|explod\w*|detonat\w*|"
    r"dropp?(?:ed|s|ing)?|pound\w*|hammer(?:ed|ing|s)|pummel\w*|batter(?:ed|ing|s)|blasted|rocketed|flatten\w*|target\w*|"
    r"rain(?:ed)?|kill\w*|wound\w*|injur\w*|destroy\w*|damag\w*|us(?:e|ed|es|ing) (?:[\w'’-]+ ){1,4}?(?:against|on)|"
    r"attack\w*|shell\w*|bomb(?:ed|ing)|went off|blew|touched off|set off|ran over|stepped on|tore|ripped|"
    r"thr(?:ew|ows?|own|owing)|hurl\w*|lob(?:s|bed|bing)?|"
    r"blast|explosion|dead|died|"
    r"bombard\w*|strafe\w*|strafing|"
    # guns used on both sides: "artillery exchanges between the army and the RSF", "traded mortar fire"
    r"(?:artillery|mortar|rocket|shell)\s+(?:fire\s+)?(?:exchanges?|duels?)|"
    r"(?:exchang\w*|trad(?:ed|ing))\s+(?:of\s+)?(?:heavy\s+)?(?:artillery|mortar|rocket|shell))\b",
    re.I,
)


# Blasts told by what was seen or heard, not by their device ("explosions", "a loud blast"): the means told with
# them, from the air or from guns afar, say what went off.
_HEARD_BLAST = re.compile(r"(?:explosions?|blasts?|exploded|detonations?)", re.I)
_FROM_AFAR = frozenset({"air", "shelling"})


def _heard(cue: Cue) -> bool:
    """Whether the main cue is a blast named only by its sound or sight ("Explosions were heard")."""
    return cue.family == "ied" and _HEARD_BLAST.fullmatch(cue.text) is not None


_STRATEGIC_FAMILIES = frozenset("arrest weapons agree group_change base loot transfer other_sd".split())


_FOLLOW_UP = re.compile(
    r"\b(?:later|subsequently|in connection with|(?:following|after|over) the (?:incident|attack|killing|riot|"
    r"blast|bombing|raid|clashes|violence|murder))\b", re.I
)


_ATTACKER_NOUN = re.compile(r"(?:gunm[ae]n|assailants?|attackers?|raiders?)", re.I)


# Kill-family cues that mean grave force against people (not "shot in the air", not "violence").
_SEVERE = re.compile(
    r"^(?:kill\w*|shot dead|shot and killed|dead|died|deaths?|wound\w*|injur\w*|beat(?:en|ing)?|assault\w*|"
    r"gunned down|stabb\w*|hacked|tortur\w*|fatally|shoot(?:s|ing)?|shot)$", re.I
)
_IN_THE_AIR = re.compile(r"\s+(?:[\w-]+\s+){0,3}?in(?:to)? the air\b", re.I)


# Verbs of going into a place: "raided Beit Ummar and arrested three Palestinians" names whom in the arrest.
_ENTERING = frozenset("raid storm enter search besiege surround cordon".split())
_DONE_TO_PEOPLE = frozenset({"arrest", "kill", "abduct", "sexual"})
_SETTLEMENTS = frozenset("camp village town city neighbourhood neighborhood area district suburb quarter".split())


def _entered_place(verb: Token, target: Span) -> bool:
    """Whether ``target`` is the named place a raid went into ("Beit Ummar", "Jenin refugee camp"), not people
    (nor a gathering: "stormed a protest camp, killing 13" was done to the protesters)."""
    return verb.lemma_ in _ENTERING and any(t.pos_ == "PROPN" for t in target) and (
        target.root.pos_ == "PROPN" or target.root.lemma_ in _SETTLEMENTS)


def _overlap(span: Span, other: Span | None) -> bool:
    return other is not None and span.start < other.end and other.start < span.end


_IN_PASSING = 0.2  # how much less sure a clause told in passing is than the report


def detect(sentence: Sentence, doc: Doc, cues: tuple[Cue, ...] | None = None) -> tuple[Mention, ...]:
    """The event mentions of one parsed sentence (``doc`` is the parse of ``sentence.text``).

    A clause told at a distance in time ("..., a day after a suicide bomber killed 88 people at a
    shrine") reports an event of its own: it gives a second mention, evidenced by the clause alone.

    Example:
        >>> s = Sentence(0, 36, "A roadside bomb killed two soldiers.")
        >>> [m.sub_event_type for m in detect(s, nlp(s.text))]
        ['Remote explosive/landmine/IED']
    """
    cues = without_people_taken(doc, cues if cues is not None else candidate_cues(sentence))
    anchored, left = _anchored(sentence, doc, cues)
    if not anchored:
        return ()
    found = apart(doc)
    if found is not None:
        told_at, start, end, in_passing = found.told_at, found.start, found.end, found.in_passing
        inside = [item for item in anchored if start <= item[2].i < end]
        outside = [item for item in anchored if not told_at <= item[2].i < end]
        if found.long_ago:
            # "A year after the bombing that killed 80, families say ...": that event was reported in its time
            inside = []
            if not outside:
                return ()
        if outside:
            # The report's evidence leaves the clause out, even when it tells no event of its own ("a day
            # after the government accused the TPLF of attacking a base"): its actors are not the report's.
            clause = char_span(doc, start, end)
            told = char_span(doc, told_at, end)  # with its "a day after"
            main_span = (0, len(sentence.text[: told[0]].rstrip(" ,;-—–"))) if found.joined else rest(sentence.text, *told)
            main = _mention(sentence, doc, cues, outside, left, main_span)
            if not in_passing and inside and (more := joined_after(doc, found)):
                return tuple(m for m in (main, *_joined_mentions(sentence, doc, cues, inside, left, found, more))
                             if m is not None)
            other = _mention(sentence, doc, cues, inside, left, clause) if inside else None
            if other is not None and in_passing:
                # Told in passing, days from the report: ranked after it (ACLED codes it from its own report)
                other = replace(other, confidence=round(max(MIN_CONFIDENCE, other.confidence - _IN_PASSING), 3))
            return tuple(m for m in (main, other) if m is not None)
    mention = _mention(sentence, doc, cues, anchored, left, (0, len(sentence.text)))
    return (mention,) if mention is not None else ()


def _joined_mentions(
    sentence: Sentence, doc: Doc, cues: tuple[Cue, ...], anchored: list[tuple[int, Cue, Token]], left: list[Cue],
    first: Apart, more: list[Apart],
) -> list[Mention | None]:
    """The mentions of a joined clause and of the clauses joined after it, each evidenced by its own words."""
    out: list[Mention | None] = []
    for start, end in joined_spans(doc, first, more):
        items = [item for item in anchored if start <= item[2].i < end]
        if items:
            out.append(_mention(sentence, doc, cues, items, left, char_span(doc, start, end)))
    return out


def _anchored(sentence: Sentence, doc: Doc, cues: tuple[Cue, ...]) -> tuple[list[tuple[int, Cue, Token]], list[Cue]]:
    """The cues that can anchor an event, with their depth in the parse, and the crowds that left."""
    anchored: list[tuple[int, Cue, Token]] = []
    left: list[Cue] = []  # crowds that dispersed by themselves
    used = _USE_OF_FORCE.search(sentence.text) is not None
    flown = _AIR_USE.search(sentence.text) is not None
    for cue in cues:
        if cue.family not in _ANCHORS:
            continue
        if cue.family in _MEANS and not used and not (flown and cue.family == "air") \
                and _WEAPON_ONLY.fullmatch(cue.text.lower()):
            continue  # "drones", "precision missiles": a weapon named, no use of it reported
        token = _cue_token(doc, cue)
        if token is None or token_reason(token, cue.family) is not None:
            continue
        if cue.family == "intervene" and token.lemma_ == "disperse" and token.pos_ == "VERB" and not any(
            c.dep_ in {"dobj", "nsubjpass", "auxpass", "aux", "agent"} for c in token.children
        ):
            left.append(cue)
            continue  # "the marchers dispersed at midday": they left, nobody dispersed them
        if cue.family == "protest" and token.lemma_ == "rally" and token.dep_ in {"pobj", "poss", "compound"} \
                and any(c.dep_ in {"poss", "compound"} for c in token.children):
            continue  # "supporters clashed at Odinga's rally": a campaign event, not a demonstration
        # A note's toll ("Eight killed in ethnic clashes") lets the event it names in its phrase lead.
        # "Gunmen ... killed 30 people": the people who attack are no event; the verb leads
        doers = 10 if token.pos_ in {"NOUN", "PROPN"} and _ATTACKER_NOUN.fullmatch(cue.text) else 0
        if doers and token.dep_ == "pobj":
            continue  # "a reward for information on the attackers": people named, no act of theirs told
        anchored.append((parse_depth(token) + (20 if headline_toll(token) else 0) + doers, cue, token))
    return anchored, left


# Words that set a fight before the arrests it is told with: "after an earlier clash", "after last week's".
_EARLIER_WORDS = frozenset("earlier previous prior recent last past".split())


def _clash_before(anchored: list[tuple[int, Cue, Token]]) -> tuple[int, Cue, Token] | None:
    """The fight an arrest is told after in the same breath ("arrested after a shootout"), not an earlier one
    told as such ("after Sunday's clashes", "after an earlier clash")."""
    arrest = anchored[0][2]
    return next((item for item in anchored[1:] if item[1].family == "fight" and about(item[2], arrest, BEFORE_PREPS)
                 and not any(c.dep_ == "poss" or c.lower_ in _EARLIER_WORDS for c in item[2].children)), None)


def _vague(cue: Cue) -> bool:
    """Whether a cue is a word for trouble that tells no act ("unrest")."""
    return cue.text.lower() == "unrest"


def _mention(
    sentence: Sentence,
    doc: Doc,
    cues: tuple[Cue, ...],
    anchored: list[tuple[int, Cue, Token]],
    left: list[Cue],
    span: tuple[int, int],
) -> Mention | None:
    """The mention the anchored cues report, evidenced by ``span`` (character offsets in the sentence)."""
    start, end = span
    text = sentence.text[start:end]
    cues = tuple(c for c in cues if start <= c.start < end)
    # Cues inside a modifier of something else ("militias responsible for recent attacks",
    # "men who had killed a chief") describe that thing, not the event, when others remain.
    # "searches related to the attacks": plural events referred back to inside a modifier.
    anchored = [item for item in anchored if not (embedded(item[2], scene=False) and back_reference(item[2]))]
    if not anchored:
        return None
    direct = [item for item in anchored if not embedded(item[2]) and not grievance(item, anchored)]
    # The weapon of the event told in a scene-setting clause ("killed while two others were injured in a
    # mortar explosion") still decides its type; a weapon in a relative clause describes something else.
    means = frozenset(c.family for _, c, t in anchored if c.family in _MEANS
                      and (not embedded(t, scene=False) or carried(t)))
    # The bomber who drove or wore the bomb ("a truck bomb driven by two suicide bombers") makes it a suicide bomb.
    suicide_carried = any(c.family == "suicide" and embedded(t, scene=False) and carried(t) for _, c, t in anchored)
    # What a crowd did, said in a clause ("protesters who had barricaded the road"), still types a protest.
    crowd = frozenset(c.family for item in anchored if not grievance(item, anchored)
                      for c in (item[1],) if c.family in CROWD_FAMILIES and not _vague(c))
    # A chemical agent is what the weapon carried, wherever the parse puts it ("rockets loaded with mustard
    # agent", "shells filled with chloropicrin"): it decides the means (ACLED codes any use a chemical weapon).
    chemical = any(c.family == "chemical" for _, c, _ in anchored)
    anchored = direct or anchored
    # The cue nearest the root of the parse is the main event; the others shape its type.
    anchored.sort(key=lambda item: (item[0], item[1].start))
    if anchored[0][1].family == "arrest" and (clash := _clash_before(anchored)) is not None:
        # "three suspected militants were arrested after a gun battle with police": the arrests end the
        # clash, which is the event (ACLED codes an armed clash)
        anchored = [clash, *(item for item in anchored if item is not clash)]
    if anchored[0][1].family in _STRATEGIC_FAMILIES:
        # "Police arrested three men in connection with the killing": the killing is what it is about.
        dropped = [item for item in anchored[1:] if about(item[2], anchored[0][2])]
        anchored = [item for item in anchored if item not in dropped]
        # ... and the weapon of what came before it is no means of the development
        means = frozenset(m for m in means if not any(
            c.family == m and about(t, anchored[0][2], BEFORE_PREPS) for _, c, t in dropped))
    # Vague trouble that is not the report ("fired on protesters ... as unrest entered its third week",
    # "amid unrest over fuel prices") is the setting, not word that this crowd turned violent.
    families = frozenset(cue.family for i, (_, cue, _) in enumerate(anchored) if i == 0 or not _vague(cue)) | frozenset(
        c.family for c in cues if c.family in {"intervene", "claim"} and c not in left
    )
    if (families | crowd) & {"protest", "intervene"}:
        families |= crowd
        if any(c.family == "damaged" for c in cues):
            families |= {"loot"}  # "offices were burnt in protest"
    if families & {"kill", "fight"} and not families & _MEANS:
        families |= means
    if suicide_carried and families & _MEANS:
        families |= {"suicide"}
    if _heard(anchored[0][1]) and means & _FROM_AFAR:
        # "Explosions were heard in Kharkiv as Russian forces struck a store with guided aerial bombs": the blasts
        # are the strike's, told by what was heard; the means the sentence names make the type
        families |= means & _FROM_AFAR
    if chemical and families & _MEANS:
        families |= {"chemical"}
    if any(c.family == "kill" and _SEVERE.search(c.text) and not _IN_THE_AIR.match(sentence.text[c.end :])
           for _, c, _ in anchored):
        families |= {"harm"}  # people shot, wounded or beaten, not shots in the air or "violence"
    agent = target = None
    agent_span = target_span = None
    family_at = {token.i: cue.family for _, cue, token in anchored}
    entered = None  # the place a raid entered, the target unless people are named arrested or harmed in it
    for token in role_order([token for _, _, token in anchored]):
        roles = find_roles(token)
        if roles.agent is not None and agent_span is None and not _overlap(roles.agent, target_span):
            agent_span = roles.agent
        if roles.target is not None and target_span is None and not _overlap(roles.target, agent_span):
            if entered is None and _entered_place(token, roles.target):
                entered = roles.target
                continue
            if entered is not None and family_at.get(token.i) not in _DONE_TO_PEOPLE:
                continue  # "raided two villages and torched several houses": the villages stay the target
            target_span = roles.target
        if agent_span is not None and target_span is not None:
            break
    target_span = target_span or entered
    # "Three teachers killed, one injured": the victims of one verb are no agent of the other.
    # (stripped: a blanked dateline or prefix leaves a space token at the head of the subject)
    agent = agent_span.text.strip() if agent_span is not None else None
    target = target_span.text.strip() if target_span is not None else None
    _, main_cue, main_token = anchored[0]
    sub = classify(families, text, agent, target, main=main_cue.family)
    if sub is None:
        return None
    confidence = mention_confidence(families, main_token, [cue for _, cue, _ in anchored], agent, target, doc,
                                    frozenset(c.text.lower() for c in cues if c.family == "kill"))
    if main_cue.family in {"arrest", "weapons"} and _FOLLOW_UP.search(text):
        # "Police later arrested eight men in connection with the attack": a sequel, told after the event
        confidence = round(confidence - 0.15, 3)
    if confidence < MIN_CONFIDENCE:
        return None
    if (start, end) != (0, len(sentence.text)):
        sentence = Sentence(sentence.start + start, sentence.start + end, text)
    return Mention(
        sentence=sentence,
        sub_event_type=sub,
        event_type=event_type_of(sub),
        cue=main_cue.text,
        families=families,
        agent_text=agent,
        target_text=target,
        confidence=confidence,
    )
