"""The news events of a story: a later sentence of an article tells a new event only when it says so.

Wire copy tells its main event in the lede and then elaborates it paragraph by paragraph: where it
happened ("The attack took place near Bourzanga"), who did it ("The militants struck the post with
rocket-propelled grenades"), what the witnesses saw, the toll told again by another source. A
second event is introduced as one: "In a separate incident, ...", "On Friday, ...", "In the southern
city of Basra, ...", or told at another town or day. :func:`news_events` reads an article that way:
an event mention of the body that is not introduced as new folds into the event it goes on telling,
so a story of one attack is one event however many sentences tell it.

Notes and incident summaries (a few sentences) are left as they are: each of their mentions was
weighed by the dedup stage already.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from wirecoder.events.cues import find_cues
from wirecoder.merging import dates_overlap, merge
from wirecoder.model import Article, Event
from wirecoder.retelling import (
    A_DAY,
    PLACE_FIELDS,
    counts_several,
    dated_by_report,
    names_its_place,
    reported_after,
    tells_its_day,
    told_text,
    toll_told_again,
)
from wirecoder.sentences import is_story
from wirecoder.story_tolls import revised_tolls, toll_risen

__all__ = ["background", "news_events", "told_last_before"]

# The families of events that may tell one another: a protest's sequels are the protest's, an attack's
# clashes the attack's. Strategic developments are told as events of their own.
_FAMILY = {"Battles": "violence", "Explosions/Remote violence": "violence", "Violence against civilians": "violence",
           "Protests": "crowd", "Riots": "crowd"}

# A sentence that opens on a place ("In the southern city of Basra, ...", "In Zaporizhzhia Oblast, ...",
# "Near Gao, ...") sets the scene of another event.
_OPENS_ON_PLACE = re.compile(r"^\W*(?:In|At|Near|Outside|Across)\s+(?P<frame>[^,]{2,80}),")
# ... a frame that names a scene: a place name or a word for one ("In the capital,", "In Nairobi's Kibera,"),
# not an act or a document ("In a statement,", "In the attack,", "In response,").
_SCENE = re.compile(r"\b(?:[A-Z][\w'-]+|capital|city|town|village|province|region|district|state|county|camp|area|"
                    r"north|south|east|west|border|neighbou?rhood|suburb|outskirts)\b")
_NOT_SCENE = re.compile(r"^(?:a|an|the|its|their|his|her)?\s*(?:statement|video|interview|response|addition|"
                        r"attack|raid|assault|clash|fighting|violence|incident|blast|explosion|operation|meantime|"
                        r"total|all|recent|past|early|late|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|(?:19|20)\d\d)\b", re.I)
# A sentence that opens on a time ("Overnight,", "On Friday,", "Late on Saturday,") or any frame: what follows it
# is the sentence's report.
_OPENING = re.compile(r"^\W*(?:(?:Early|Late|Earlier|Later|Also)\s+)?(?:on|in|at|by|overnight|before|after|around|"
                      r"shortly|just|hours|minutes|days|near|outside|(?:an?|one|two|three|four|five|six|several|\d+)"
                      r"\s+(?:hours?|days?|weeks?|nights?))\b[^,]{0,60},\s*", re.I)
# Words that introduce another event than the one told: "In a separate incident", "Separately", "In another
# attack", "Elsewhere", "Meanwhile", "Earlier on Thursday", "Kasi had been shot dead earlier on Monday".
_ANOTHER = re.compile(
    r"\bseparate(?:ly)?\b(?!\s+(?:reports?|sources?|accounts?|statements?))|"
    r"\b(?:an)?other\s+(?:[\w-]+\s+)?(?:attacks?|incidents?|raids?|bombings?|blasts?|explosions?|ambush(?:es)?|clash(?:es)?|"
    r"assaults?|strikes?|shootings?|killings?|protests?|demonstrations?|villages?|towns?|districts?|provinces?|"
    r"parts?\s+of|cases?)\b|\belsewhere\b|\bmeanwhile\b|^\W*(?:Earlier|Later|Hours later|The (?:next|following|"
    r"previous) day|A day (?:earlier|later))\b|\bearlier (?:on|that|in the) (?:day|morning|evening|night|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\blast (?:week|month|year)\b|"
    r"\b(?:an?|one|two|three|four|five|six|several|few|\d+) (?:hours?|days?|weeks?) (?:earlier|later)\b|"
    r"\bhours later\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) more\b", re.I)
# A sentence on the event's wounded who died since, dead besides those told: "One of the injured, Abdul Karim, died
# at Dhaka Medical College Hospital", "Two of the wounded succumbed to their injuries on Monday", "A seventh soldier
# who was wounded in the attack died later at a military hospital".
_WOUNDED_DIED = re.compile(
    # ... told in a source's words or not ("Police said on Wednesday that one of the wounded, a boy, had died")
    r"(?:[\w' -]{0,60}?\b(?:said|says|told\s+\w+|reported|confirmed)\b[^,.;]{0,30}?\s+that\s+)?"
    r"(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|\d+)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured)\b"
    r"|[Aa]n?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){0,2}?who\s+(?:was|had\s+been)"
    r"\s+(?:\w+ly\s+)?(?:wounded|injured)\b)"
    r"[^.;]{0,120}?\b(?:died|succumbed|passed\s+away)\b")
_MORE_DEAD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) more\b", re.I)
# An arrest folded into a clash dates itself from the clash ("police arrested three suspects hours later"):
# its time words place the arrest, not the clash, apart from the story's event.
_SEQUEL = re.compile(r"\b(?:arrest|detain|apprehend|nabb?|round(?:ed)? up)\w*", re.I)
# A sentence telling a group's record, not an event: "the group has continued to carry out attacks elsewhere".
_RECORD = re.compile(r"\b(?:has|have)\s+(?:continued|kept|been\s+(?:carrying|waging|staging))\b", re.I)
# A sentence whose subject is the event already told ("The attack happened on Monday near Bourzanga").
_THE_EVENT = re.compile(
    r"^\W*(?:The|This|That|Both|These|Those)\s+(?:[\w'-]+\s+){0,2}?(?:attacks?|assault|raids?|ambush|bombings?|blasts?|"
    r"explosions?|strikes?|air ?strikes?|shelling|bombardment|clash(?:es)?|fighting|battle|gunfight|firefight|"
    r"killings?|massacre|shooting|violence|unrest|protests?|demonstrations?|riots?|march|(?:death\s+)?toll)\b", re.I)
# A sentence that opens on what the story already told ("The attack", "The militants", "They", "Its"):
# it goes on telling that event.
# "The Israeli army said its warplanes struck ..." names a party of its own: a proper word in the phrase
# sets it apart, as a new subject rather than one told before.
_REFERS_BACK = re.compile(
    r"^\W*(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?![A-Z])|"
    r"(?:They|He|She|It|Both)\s)"
)
# A body sentence in the perfect tells a running tally, not the event's toll ("at least 40 people have
# been killed during the protests", "the insurgency has killed thousands").
_PERFECT = re.compile(r"\b(?:ha(?:ve|s)|had)\s+(?:been\s+|now\s+)?(?:killed|died|left|claimed)\b", re.I)
# "The attack came a day after suspected militants torched a mast at Basuba", "The raid came barely three weeks
# after ...": the sentence's subject is the event told, and what it came after is background, told to measure the
# news (ACLED codes that event from its own reports). What came hours before is the same day's news, told here
# first ("The release came hours after a motorcycle loaded with explosives blew up near a police van in Khar").
_CAME_APART = re.compile(
    r"^\W*(?:The|This|That|It|Its|Their)\b[^,.;]{0,60}?\b(?:came|comes|followed|follows|happened|occurred|took place)\s+"
    r"(?:(?:barely|just|only|nearly|almost|about|some|less\s+than|more\s+than|exactly)\s+)?"
    r"(?:(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+)?(?P<unit>days?|weeks?|months?)\s+"
    r"(?P<way>after|before)\b")


def news_events(article: Article, events: Sequence[Event]) -> list[Event]:
    """The events of ``events`` (mentions already merged) that the story tells as news, each with the
    later sentences that elaborate it folded in."""
    if not is_story(article):
        return list(events)
    if len(events) < 2:
        return revised_tolls(article, events)
    kept: list[Event] = []
    for event in sorted(events, key=_first_told):
        # the wounded of an event who died since are that event's, whatever type their death was read as
        families = _ALL_FAMILIES if _died_since(event, article.text) else _families(event)
        told = [i for i, e in enumerate(kept) if _FAMILY.get(e.event_type) in families
                and not _sums_up(e, article.text)]
        current = _goes_on(kept, told, event, article.text) if told else None
        if current is not None and not _told_as_new(kept[current], event, article.text):
            kept[current] = _folded(kept[current], event, article.text)
        else:
            kept.append(event)
    # a lede that sums up the events told after it is no event of its own
    return revised_tolls(article, [e for e in kept if not (_sums_up(e, article.text) and any(
        o is not e and _FAMILY.get(o.event_type) == _FAMILY.get(e.event_type) and o.evidence_start > e.evidence_start
        for o in kept))])


# A change to a group told in a story's body ("The junta has recruited tens of thousands of auxiliaries", "fighters
# had been deployed to the outskirts") goes on telling the event before it unless told as news of its own;
# arrests, seizures, bases, curfews and agreements are ACLED's events.
_VAGUE_DEVELOPMENTS = frozenset({"Change to group/activity"})


_ALL_FAMILIES = frozenset(_FAMILY.values())


def _died_since(event: Event, text: str) -> bool:
    """Whether a sentence of the event tells wounded who died since ("One of the injured died in hospital")."""
    told = [text[e.start : e.end] for e in event.evidence] or [_sentence(event, text)]
    return any(_WOUNDED_DIED.match(sentence, _report_start(sentence)) is not None for sentence in told)


def _families(event: Event) -> frozenset[str]:
    """The families of the events ``event`` may go on telling."""
    if event.event_type == "Strategic developments" and event.sub_event_type in _VAGUE_DEVELOPMENTS:
        return frozenset({"violence", "crowd"})
    family = _FAMILY.get(event.event_type)
    return frozenset({family}) if family else frozenset()


def _sums_up(event: Event, text: str) -> bool:
    """Whether the event's sentence sums up several events ("in three separate attacks since Sunday")."""
    return counts_several(_sentence(event, text))


def background(article: Article, event: Event) -> bool:
    """Whether a story tells ``event`` only as what its event came after ("The attack came two days after jets
    bombed camps on Lake Chad"): no event of the story, nor anything its event is told with."""
    if not is_story(article):
        return False
    at = bisect_right([s.start for s in article.sentences], event.evidence_start) - 1
    return at >= 0 and _CAME_APART.match(article.sentences[at].text) is not None


def _first_told(event: Event) -> int:
    return min([event.evidence_start, *(e.start for e in event.evidence)])


def _goes_on(kept: list[Event], told: list[int], event: Event, text: str) -> int:
    """The event ``event`` may go on telling: the one whose place its sentence names, else the last told of
    its type ("The death toll from the hospital bombing rose to 70" after the killing that preceded it), else
    the last told. Last told is by the text: a story whose summary lists its events first ("Key developments:
    drone strike kills 2 in Sumy; drones hit oil depot in Rostov") goes on with the one told just before."""
    sentence = _sentence(event, text)
    named = [i for i in told if names_its_place(kept[i], sentence)]
    alike = [i for i in told if kept[i].event_type == event.event_type]
    return max(named or alike or told, key=lambda i: (told_last_before(kept[i], event.evidence_start), i))


def told_last_before(event: Event, at: int) -> int:
    """Where ``event`` was last told before offset ``at`` (-1 if it was not)."""
    return max((e.start for e in event.evidence if e.start < at), default=-1)


def _sentence(event: Event, text: str) -> str:
    return text[event.evidence_start : event.evidence_end]


def _told_as_new(current: Event, event: Event, text: str) -> bool:
    """Whether ``event``, told after ``current``, is another event rather than more of ``current``."""
    if current.evidence_start <= event.evidence_start < current.evidence_end:
        return True  # two events of one sentence were weighed by the dedup stage
    if any(e.start <= event.evidence_start < e.end for e in current.evidence):
        return False  # a clause of a sentence already folded in ("The clash lasted an hour before the attackers ...")
    sentence = _sentence(event, text)
    if _paragraph_apart(current, event, text):
        return True  # "Hours later, gunmen shot dead a councillor ... Councillor Ali Mamalo was riding home when ..."
    # its tellings, but not an arrest it led to ("arrested three suspects hours later") nor the group's record
    # folded in ("But the group has continued to carry out attacks elsewhere")
    tellings = [text[e.start : e.end] for e in event.evidence if e.start == event.evidence_start
                or not (_SEQUEL.search(text, e.start, e.end) or _RECORD.search(text, e.start, e.end))]
    if toll_risen(sentence):
        # "The death toll rose to five on Sunday after two more wounded children died": the toll of the event told,
        # whose wounded died since; its "two more" are the event's dead, no new event
        tellings = [_MORE_DEAD.sub("", told) for told in tellings or [sentence]]
    if any(_ANOTHER.search(told) for told in tellings or [sentence]):
        return True  # "In a separate incident", "Earlier on Thursday", "Meanwhile", "Two more people died"
    if event.sub_event_type == "Sexual violence" != current.sub_event_type:
        return True  # ACLED codes the rape of women during a raid as an event of its own
    if _opens_on_scene(sentence, current):
        return True  # "In the southern city of Basra, hundreds gathered ...", "In the capital, an attacker ..."
    opening = _OPENING.match(sentence)
    report = opening.end() if opening else 0
    if _THE_EVENT.match(sentence, report):
        return False  # "The attack happened on Monday near Bourzanga": its day and place, told
    if _died_since(event, text):
        return False  # "One of the injured, a trader, died in hospital early today": the event's wounded, on any day
    if A_DAY.search(sentence) and event.event_date and current.event_date and not dates_overlap(current, event) \
            and not _counted_on(current, text) and not (reported_after(current, event) and _same_doer(current, event)):
        return True
    if _other_sides(current, event):
        return True  # "The army said that same day that troops clashed with FARC dissidents" after bodies found
    if _REFERS_BACK.match(sentence, report):
        return False  # "The militants struck the post near Daquq ...": the event told again, more finely
    if opening is not None:
        return True  # "Overnight, dozens of Taliban fighters attacked ...": a new scene, a new event
    if _speakers_place(event, sentence) or _witness_placed(event, sentence):
        return False  # "A local official in Douentza said at least ten soldiers had died": the toll told again
    # another town the sentence names: "Zamfara police said" puts the state's capital on the sentence without
    # naming it
    other_place = bool(event.place_in_sentence and event.location and event.location != current.location
                       and names_its_place(event, sentence)
                       and not names_its_place(event, told_text(current, text)))
    if other_place and current.place_in_sentence:
        return True  # another town named where the story's event has its own: another event
    return event.place_in_sentence and current.place_in_sentence and event.admin1 != current.admin1


# Where the one who tells it is, not where it happened: "A local official in Douentza ... said at least ten soldiers had
# died" tells the toll of the event told, from another town.
_SPEAKER_AT = re.compile(
    r"\W*(?:An?|The|One)\s+(?:[\w-]+\s+){0,3}?(?:officials?|residents?|sources?|witness(?:es)?|elders?|leaders?|"
    r"spokes(?:man|woman|person)|commanders?|doctors?|medics?|journalists?|administrators?)\s+(?:in|from|at)\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


# A witness's words in quotes, placed after them: '"We heard shelling all night," a resident of Ain Zara said'.
_QUOTE_THEN_SPEAKER = re.compile(r'^\W*["“](?P<quote>[^"“”]{10,})["”],?\s+(?P<speaker>[^"“”]{1,160})$')


def _witness_placed(event: Event, sentence: str) -> bool:
    """Whether the only place the quoted sentence names is where its speaker lives or works, after the quote: what
    a witness saw goes on telling the story's event, wherever the witness is."""
    quoted = _QUOTE_THEN_SPEAKER.match(sentence.strip())
    return quoted is not None and bool(event.location) and event.location not in quoted["quote"] \
        and event.location in quoted["speaker"]


# The words of a toll: a sentence with no other cue tells no act of its own.
_TOLL_WORDS = re.compile(r"(?:died|dead|killed|deaths?|wounded|injured|injuries|bodies)", re.I)


def _speakers_place(event: Event, sentence: str) -> bool:
    """Whether the sentence, telling only a toll, names ``event``'s town only as where its speaker is."""
    speaker = _SPEAKER_AT.match(sentence)
    # (the sentence first tells the event: one told before it in its town, "In Nampula, ...", is that town's)
    return speaker is not None and speaker["place"] == event.location and _first_told(event) == event.evidence_start \
        and all(_TOLL_WORDS.fullmatch(cue.text) for cue in find_cues(sentence))


def _other_sides(current: Event, event: Event) -> bool:
    """Whether ``event`` is another kind of event between other sides, both named: "troops clashed with FARC
    dissidents" told after bodies found on a road, no side of which it shares."""
    ours = {current.actor1, current.actor2} - {None}
    theirs = {event.actor1, event.actor2} - {None}
    return len(ours) == len(theirs) == 2 and not ours & theirs and event.sub_event_type != current.sub_event_type \
        and _FAMILY.get(event.event_type) == "violence" and not any(_unidentified(actor) for actor in theirs)


def _same_doer(current: Event, event: Event) -> bool:
    """Whether the two events name no two doers: the same, or one unknown or untold."""
    return current.actor1 == event.actor1 or not (current.actor1 and event.actor1) \
        or _unidentified(current.actor1) or _unidentified(event.actor1)


def _report_start(sentence: str) -> int:
    """Where the sentence's report begins, after a frame that opens it ("On Sunday, ...")."""
    opening = _OPENING.match(sentence)
    return opening.end() if opening else 0


def _counted_on(event: Event, text: str) -> bool:
    """Whether ``event`` is dated only by the day its toll was counted ("The death toll from a blast at a market
    rose to four on Wednesday"): the day its body tells ("The bomb went off on Monday night") is the event's."""
    sentence = _sentence(event, text)
    return toll_told_again(sentence) and A_DAY.search(sentence) is not None and not tells_its_day(sentence)


def _paragraph_apart(current: Event, event: Event, text: str) -> bool:
    """Whether ``event`` is told in a later paragraph than ``current`` that opens on another event."""
    start = text.rfind("\n\n", 0, event.evidence_start) + 2
    if start < 2 or start == event.evidence_start or any(e.start >= start for e in current.evidence):
        return False
    first = re.split(r"(?<=[.!?])\s", text[start : event.evidence_start], maxsplit=1)[0]
    return _ANOTHER.search(first) is not None or _OPENING.match(first) is not None


def _opens_on_scene(sentence: str, current: Event) -> bool:
    """Whether the sentence opens on a place other than ``current``'s ("In the capital, ...")."""
    frame = _OPENS_ON_PLACE.match(sentence)
    if frame is None or _NOT_SCENE.match(frame["frame"]) or not _SCENE.search(frame["frame"]):
        return False
    return frame["frame"].removeprefix("the ") != current.location


_ACTOR_FIELDS = ("actor1", "inter1", "assoc_actor_1", "actor2", "inter2", "assoc_actor_2")
# ACLED's inter codes of organised armed groups: rebels, political and identity militias.
_ARMED_GROUPS = frozenset({2, 3, 4})


def _unidentified(actor: str | None) -> bool:
    return (actor or "").startswith("Unidentified")


def _named_group(event: Event) -> bool:
    """Whether ``event``'s doer is an armed group the text names (not one it says is unknown)."""
    return bool(event.actor1) and not _unidentified(event.actor1) and event.inter1 in _ARMED_GROUPS


def _folded(current: Event, event: Event, text: str) -> Event:
    """``current`` completed by a later sentence that elaborates it; a running tally adds no dead."""
    sentence = _sentence(event, text)
    if event.fatalities and _PERFECT.search(sentence) and not toll_told_again(sentence):
        event = replace(event, fatalities=0)
    folded = merge(current, event, text)
    # an elaboration's doer is often its speaker or the other side ("A spokesman for the PDF said ..."): the
    # event keeps the actors its own telling gave, and takes only those it lacked
    if current.actor1 and not (_unidentified(current.actor1) and _named_group(event)):
        folded = replace(folded, **{name: getattr(current, name) for name in _ACTOR_FIELDS})
    elif current.actor1:
        # "The Pakistani Taliban said it had carried out the attack": the group a later telling names is the doer
        folded = replace(folded, **{name: getattr(current, name) for name in _ACTOR_FIELDS[3:]})
    if current.place_in_sentence and (
            (current.admin1 and folded.admin1 != current.admin1) or _speakers_place(event, sentence)):
        # an elaboration refines the event's place, never moves it ("The injured were airlifted to Nairobi"), nor
        # to where its speaker is ("A local official in Douentza said ...")
        folded = replace(folded, **{name: getattr(current, name) for name in PLACE_FIELDS})
    if dated_by_report(_sentence(current, text)) and event.event_date and current.event_date and event.event_date < current.event_date \
            and tells_its_day(sentence):
        folded = replace(folded, event_date=event.event_date, time_precision=event.time_precision)  # the day it happened
    if current.fatalities and event.fatalities > current.fatalities and toll_told_again(sentence):
        folded = replace(folded, fatalities=event.fatalities)  # "the toll rose to 32"
    elif current.fatalities and event.fatalities and _died_since(event, text) and not toll_told_again(sentence):
        folded = replace(folded, fatalities=current.fatalities + event.fatalities)  # "A seventh soldier ... died later"
    return replace(folded, confidence=max(current.confidence, event.confidence))
