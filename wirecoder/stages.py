"""The named stages an Article passes through, each adding one layer.

    segment   -> Article.sentences        (rule-based, every sentence)
    parse     -> Article.entities, events (spaCy on candidate sentences only; a batch stage)
    geocode   -> Article.places, event places
    actors    -> event actors, inter codes, final types
    dates     -> event dates, fatalities, injuries
    dedup     -> one event per real-world event in the article, ranked

Every stage is a pure function of its input (plus loaded resources), so a
batch of articles can be mapped by any engine.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from datetime import date, timedelta
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from wirecoder.actor_roles import code_actors
from wirecoder.actors.attribution import is_back_reference
from wirecoder.borders import as_of
from wirecoder.casualties import count_casualties, is_period_total
from wirecoder.dates import resolve_event_date
from wirecoder.events.codebook import with_sub_event_type
from wirecoder.events.detect import candidate_cues, detect
from wirecoder.events.headlines import reparse_headlines
from wirecoder.events.classify import refine
from wirecoder.events.cues import find_cues
from wirecoder.events.filters import generic_reason, names_one_incident
from wirecoder.events.prefixes import prefixed_sub_event_type
from wirecoder.events.verbal import VERBAL_PREFILTER, detect_verbal
from wirecoder.model import Actor, Article, Entity, Event, EventDate, Evidence, Place, Sentence
from wirecoder.places.locate import told_before
from wirecoder.sentences import in_quotation, split_sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from wirecoder.actors import ActorCoder
    from wirecoder.places import Geoparser

__all__ = ["actors", "dates", "dedup", "find_places", "geocode", "parse", "retype", "segment"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "PRODUCT", "LANGUAGE"})


def segment(article: Article) -> Article:
    """Split the text into sentences."""
    return article.replace(sentences=split_sentences(article.text))


def _event_id(article_id: str, start: int, sub_event_type: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{start}|{sub_event_type}".encode()).hexdigest()[:10]
    return f"{article_id}-{digest}"


def parse(
    articles: Sequence[Article], nlp: Language, batch_size: int = 64, ontology: str = "acled"
) -> list[Article]:
    """Parse the sentences that may report events, and detect event mentions in them.

    With ``ontology="plover"`` the verbal and cooperative events PLOVER codes and
    ACLED does not (ACCUSE, THREATEN, AGREE ...) are emitted too, with empty ACLED types.

    Only sentences with an event cue reach spaCy: on wire copy that is about a
    third of the text, which is where wirecoder gains its speed over a full pass.
    """
    plover = ontology == "plover"
    jobs = []  # (article index, sentence, cues, the sub-event type a coder's prefix gives)
    for index, article in enumerate(articles):
        for sentence in article.sentences:
            cues = candidate_cues(sentence)
            if cues and (
                is_period_total(article.text, sentence.start, sentence.end)
                and not names_one_incident(sentence.text)
            ):
                cues = ()
            prefixed = prefixed_sub_event_type(sentence.text)
            if cues or prefixed or (plover and VERBAL_PREFILTER.search(sentence.text)):
                jobs.append((index, sentence, cues, prefixed))
    entities: list[list[Entity]] = [[] for _ in articles]
    events: list[list[Event]] = [[] for _ in articles]
    docs = list(nlp.pipe((sentence.text for _, sentence, _, _ in jobs), batch_size=batch_size))
    # "Gunmen attack police post" is read as "attacked" (the rewordings parsed together).
    with_cues = [i for i, (_, _, cues, _) in enumerate(jobs) if cues]
    for i, doc in zip(with_cues, reparse_headlines([docs[i] for i in with_cues], nlp, batch_size)):
        docs[i] = doc
    for (index, sentence, cues, prefixed), doc in zip(jobs, docs):
        article = articles[index]
        entities[index].extend(
            Entity(sentence.start + e.start_char, sentence.start + e.end_char, e.text, e.label_)
            for e in doc.ents
            if e.label_ in _PLACE_LABELS
        )
        if plover:
            events[index].extend(_verbal_events(article, sentence, doc))
        mentions = detect(sentence, doc, cues) if cues else ()
        if prefixed and not mentions:
            # "Movement of forces: troops were sent to the border": the coder's prefix types the note
            event = _sentence_event(article, sentence, prefixed, _PREFIXED_CONFIDENCE, None, None)
            events[index].append(with_sub_event_type(event, prefixed))
        for number, mention in enumerate(mentions):
            sub = prefixed if prefixed and number == 0 else mention.sub_event_type
            # a mention's sentence is the clause it was told in, when detect split the sentence
            event = _sentence_event(
                article, mention.sentence, sub, mention.confidence, mention.agent_text, mention.target_text
            )
            events[index].append(with_sub_event_type(event, sub))
    return [
        article.replace(entities=tuple(entities[i]), events=tuple(_elaborated(article, events[i])))
        for i, article in enumerate(articles)
    ]


_PREFIXED_CONFIDENCE = 0.7  # a coder's prefix names the event even where no cue word does


def _sentence_event(
    article: Article, sentence: Sentence, kind: str, confidence: float, agent: str | None, target: str | None
) -> Event:
    """An event evidenced by ``sentence``, untyped; ``kind`` names it in the event id."""
    return Event(
        article_id=article.id,
        event_id=_event_id(article.id, sentence.start, kind),
        event_type="",
        sub_event_type="",
        notes=sentence.text,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        evidence=(Evidence(sentence.start, sentence.end, sentence.text),),
        confidence=confidence,
        agent_text=agent,
        target_text=target,
        source=article.source,
        source_url=article.url,
    )


def _verbal_events(article: Article, sentence: Sentence, doc: Doc) -> list[Event]:
    """PLOVER-only events of a sentence: no ACLED type, ``plover_event`` set."""
    return [
        replace(
            _sentence_event(article, sentence, verbal.plover_event, 0.5, verbal.source_text, verbal.target_text),
            plover_event=verbal.plover_event,
        )
        for verbal in detect_verbal(doc)
    ]


# "He was not throwing stones", "No reports of violence or clashes": a denied act adds nothing to the event.
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no|without|nor)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$|"
    r"\bno\s+(?:reports?|reported|sign|signs|indication|evidence|mention)\s+of\b[^.;]*$", re.I
)
# "closed due to student unrest": a word for trouble, not a report that the crowd turned violent.
_VAGUE_TROUBLE = re.compile(r"unrest\b", re.I)
# How many following sentences of a paragraph may elaborate on an event.
_ELABORATION = 3


def _elaborated(article: Article, events: list[Event]) -> list[Event]:
    """Events whose type is escalated by what the next sentences of their paragraph say."""
    if not events:
        return events
    out = []
    told: dict[int, frozenset[str]] = {}  # what each sentence adds, read once: it follows up to three events
    for event in events:
        context: set[str] = set()
        following = [s for s in article.sentences if s.start >= event.evidence_end][:_ELABORATION]
        for sentence in following:
            if "\n\n" in article.text[event.evidence_end : sentence.start]:
                break
            if sentence.start not in told:
                told[sentence.start] = _families_told(sentence.text)
            context.update(told[sentence.start])
        sub = refine(event.sub_event_type, context)
        out.append(retype(event, sub) if sub != event.sub_event_type else event)
    return out


def _families_told(sentence: str) -> frozenset[str]:
    """The cue families a sentence tells of, unless it is generic, denied or vague trouble."""
    if generic_reason(sentence) is not None:
        return frozenset()
    return frozenset(c.family for c in find_cues(sentence)
                     if not _NEGATED_BEFORE.search(sentence, 0, c.start)
                     and not _VAGUE_TROUBLE.match(sentence, c.start))


def geocode(
    article: Article, geoparser: Geoparser, home: str | None = None, previous: Sequence[Place] | None = None
) -> Article:
    """Find the article's places and the place of each event; ``home`` is a country assumed for
    the article (the user's, or its source's usual one), read like a weak dateline; ``previous``
    the places :func:`find_places` found with no country assumed, if known (``Geoparser.find``
    reads them again only where ``home`` may change them)."""
    if not article.events:
        return article
    places = geoparser.find(article, home, previous)
    article = article.replace(places=places)
    dateline = _dateline_country(places)
    context = dateline or home
    located = []
    for event in article.events:
        place = geoparser.locate(article, event.evidence_start, event.evidence_end, places, context)
        if place is not None and dateline and place.country != dateline and place.feature in {"country", "demonym"}:
            # "U.S. bases" in a Baghdad story names a foreign party, not where the event was.
            place = geoparser.locate(article, 0, 0, places, context) or place
        if place is None:
            located.append(event)
            continue
        listed = _listed_places(article.text, event, places, place)
        if len(listed) > 1:
            # "Thousands protested in Lagos, Abuja and Kano": ACLED codes one event a place.
            located.extend(replace(_placed(event, p), event_id=f"{event.event_id}-{i + 1}") for i, p in enumerate(listed))
        else:
            located.append(_placed(event, place))
    return article.replace(events=tuple(located))


def _placed(event: Event, place: Place) -> Event:
    return replace(
        event,
        country=place.country,
        iso3=place.iso3,
        admin1=place.admin1,
        admin2=place.admin2,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
        geonameid=place.geonameid,
        place_in_sentence=event.evidence_start <= place.start < event.evidence_end
        and place.feature not in {"country", "demonym"},
    )


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+and)\s+$")
_LIST_OPENER = re.compile(r"\b(?:in|across|at|the (?:cities|towns) of)\s+$", re.I)


def _listed_places(text: str, event: Event, places: Sequence[Place], place: Place) -> list[Place]:
    """The towns a demonstration's sentence lists with ``place`` ("in Lagos, Abuja and Kano"), or []."""
    if event.event_type not in {"Protests", "Riots"}:
        return []
    towns = sorted((p for p in places if event.evidence_start <= p.start < event.evidence_end and p.geo_precision == 1),
                   key=lambda p: p.start)
    runs: list[list[Place]] = []
    for p in towns:
        if runs and _LIST_GLUE.fullmatch(text, runs[-1][-1].end, p.start):
            runs[-1].append(p)
        else:
            runs.append([p])
    run = next((r for r in runs if any(p.start == place.start for p in r)), [])
    if len(run) < 2 or not _LIST_OPENER.search(text, max(0, run[0].start - 30), run[0].start):
        return []
    return run if len({p.location for p in run}) == len(run) else []


def find_places(article: Article, geoparser: Geoparser) -> Article:
    """The article with the places its text names and no country assumed (only for an article
    with events: the others need none), for :func:`geocode` to take as ``previous``."""
    return article.replace(places=geoparser.find(article)) if article.events else article


def _dateline_country(places: Sequence[Place]) -> str | None:
    """The country of the article's dateline place, if it has one."""
    return next((p.country for p in places if p.start < 0 and p.country), None)


def _with_context(article: Article, event: Event) -> int:
    """End of the evidence sentence plus the sentences after it that report no event of their own."""
    starts = {e.evidence_start for e in article.events}
    end = event.evidence_end
    paragraph_end = article.text.find("\n\n", event.evidence_end)
    paragraph_end = len(article.text) if paragraph_end < 0 else paragraph_end
    for sentence in article.sentences:
        if sentence.start < end:
            continue
        if sentence.start > paragraph_end or sentence.start in starts:
            break
        end = sentence.end
    return end


# Events dated this long before publication are background ("The war began in 2014 when ..."), not news.
_BACKGROUND = timedelta(days=365)


_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?:early |late |mid-)?(?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b")


def _is_background(sentence: str, when: date | None, published: date) -> bool:
    """Whether the event happened long before the story: dated, or set "in 2006", over a year earlier."""
    if when is not None and when < published - _BACKGROUND:
        return True
    years = [int(y) for y in _IN_YEAR.findall(sentence)]
    return bool(years) and max(years) < published.year - 1


def dates(article: Article) -> Article:
    """Date each event and count its dead and wounded; drop background events dated long before publication."""
    dated = []
    for event in article.events:
        when = _told_apart(article, event) or resolve_event_date(
            article.text, event.evidence_start, event.evidence_end, article.published
        )
        if article.published and _is_background(event.notes, when.date, article.published.date()):
            continue
        toll = count_casualties(article.text, event.evidence_start, event.evidence_end)
        if toll.fatalities == 0 and toll.injuries is None:
            extended = _with_context(article, event)
            if extended != event.evidence_end:  # else the same span, counted the same
                toll = count_casualties(article.text, event.evidence_start, extended)
        dated.append(as_of(
            replace(
                event,
                event_date=when.date,
                time_precision=when.precision,
                fatalities=toll.fatalities,
                injuries=toll.injuries,
            )
        ))
    return article.replace(events=tuple(dated))


# How far from the report a clause told apart in time is: "a day after", "two days after", "hours after".
_APART_BY = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+)?(?P<unit>hours?|days?|nights?|weeks?)\s+"
    r"(?P<way>after|before)\s+$", re.I
)
_UNITS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _told_apart_by(text: str, event: Event) -> re.Match[str] | None:
    """The distance ("a day after") that opens the clause detect set apart in time as ``event``'s evidence."""
    return _APART_BY.search(text, max(0, event.evidence_start - 30), event.evidence_start)


def _told_apart(article: Article, event: Event) -> EventDate | None:
    """The date of an event told in a clause apart in time from its sentence's report ("Troops killed 40
    militants on Friday, a day after a suicide bomber killed 30"): the report's day, moved by the distance."""
    apart = _told_apart_by(article.text, event)
    if apart is None:
        return None
    opening = article.sentences[_told_in(article, event)].start if article.sentences else 0
    report = resolve_event_date(article.text, opening, apart.start(), article.published)
    if report.date is None or report.precision != 1:
        return None
    unit = apart["unit"].lower()
    if apart["n"] is None and not unit.startswith("hour"):
        return None  # "days after": no distance to count back
    word = (apart["n"] or "").lower()
    n = _UNITS.get(word) or (int(word) if word.isdigit() else 1)
    days = 0 if unit.startswith("hour") else n * (7 if unit.startswith("week") else 1)
    moved = report.date - timedelta(days=days) if apart["way"].lower() == "after" else report.date + timedelta(days=days)
    precision = 2 if unit.startswith("week") else 1
    return EventDate(moved, precision, apart.start(), apart.end(), f"{apart.group(0).strip()} the report of {report.date}")


def _compatible(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type:
        return False
    if not a.event_type:  # PLOVER-only events merge only when they are the same act by the same parties
        return (a.plover_event, a.actor1, a.actor2) == (b.plover_event, b.actor1, b.actor2)
    if a.sub_event_type != b.sub_event_type and not (
        a.event_type == "Strategic developments" and "Other" in {a.sub_event_type, b.sub_event_type}
    ):  # a development told vaguely ("Other") may be the one told precisely elsewhere
        return False
    swapped = bool(a.actor1 and a.actor2) and (a.actor1, a.actor2) == (b.actor2, b.actor1)
    # "Nine people were killed in a fight in Tana River. The clashes between Wardei herders and farmers
    # ...": an unidentified perpetrator is no other party than the one another sentence names.
    unknown = _unidentified(a.actor1) or _unidentified(b.actor1)
    if a.actor1 and b.actor1 and a.actor1 != b.actor1 and not swapped and not unknown:
        return False  # "Soldiers returned fire on the attackers" tells the same clash from the other side
    if a.place_in_sentence and b.place_in_sentence:
        if a.admin1 and b.admin1 and a.admin1 != b.admin1:
            return False
        if a.location and b.location and a.location != b.location and a.geo_precision == b.geo_precision == 1:
            return False
    elif a.country and b.country and a.country != b.country:
        return False
    if a.event_date and b.event_date and not _dates_overlap(a, b):
        return False
    if a.fatalities and b.fatalities and a.fatalities != b.fatalities:
        return False
    return True


def _dates_overlap(a: Event, b: Event) -> bool:
    """Whether two events' dates may be the same day: equal days, a day within the other's week or
    range (precision 2, within six days), or within its month (precision 3)."""
    coarse = max(a.time_precision or 1, b.time_precision or 1)
    if coarse == 1:
        return a.event_date == b.event_date
    if coarse == 2:
        return abs((a.event_date - b.event_date).days) <= 6  # type: ignore[operator]
    return (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)  # type: ignore[union-attr]


def _better(value_a: object, value_b: object) -> object:
    return value_a if value_a not in (None, "") else value_b


def _unidentified(actor: str | None) -> bool:
    """Whether ``actor`` says only that the perpetrator is unknown ("Unidentified Armed Group (Iraq)")."""
    return (actor or "").startswith("Unidentified")


def _merge(keep: Event, other: Event) -> Event:
    """``keep`` completed with what ``other`` knows better (a finer date or place)."""
    changes: dict[str, object] = {}
    if other.time_precision and (keep.time_precision is None or other.time_precision < keep.time_precision):
        changes.update(event_date=other.event_date, time_precision=other.time_precision)
    finer = other.geo_precision and (keep.geo_precision is None or other.geo_precision < keep.geo_precision)
    # A place named in the sentence beats a finer one taken from the dateline or article context.
    if (other.place_in_sentence and not keep.place_in_sentence) or (
        finer and other.place_in_sentence == keep.place_in_sentence
    ):
        for field in ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
                      "geo_precision", "geonameid", "place_in_sentence"):
            changes[field] = getattr(other, field)
    if _unidentified(keep.actor1) and other.actor1 and not _unidentified(other.actor1):
        # the perpetrator another telling names, as a finer place
        changes.update(actor1=other.actor1, inter1=other.inter1, assoc_actor_1=other.assoc_actor_1)
    for field in ("actor1", "inter1", "actor2", "inter2", "assoc_actor_1", "assoc_actor_2"):
        changes.setdefault(field, _better(getattr(keep, field), getattr(other, field)))
    if keep.fatalities == 0 and other.fatalities:
        changes["fatalities"] = other.fatalities
    changes["confidence"] = round(min(0.99, max(keep.confidence, other.confidence) + 0.05), 3)
    changes["evidence"] = keep.evidence + other.evidence
    merged = replace(keep, **changes)
    if keep.event_type == "Strategic developments" and keep.sub_event_type == "Other" \
            and other.sub_event_type != "Other":
        merged = with_sub_event_type(merged, other.sub_event_type)
    return merged


# Confidence handicap per sentence from the top, for ranking only.
_LEAD_DECAY = 0.03
# Confidence bonus of an event with dead, for ranking only: ACLED's main event of a report is its deadliest.
_TOLL_FIRST = 0.05


_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


# The attackers of the event just told, as the victims of the forces' response.
_THE_ATTACKERS = re.compile(
    r"\b(?:of )?(?:the|them|these|those)\b.{0,12}\b(?:attackers|assailants|assaillants|robbers|gunmen|raiders|"
    r"militants|bandits|suspects|thugs|perpetrators|gang members|them)\b|^(?:\w+ )?of them$", re.I
)


_SAID_OF = re.compile(r"[^,;]{0,60}\b(?:said|says|called|described|defended|justified|condemned)\s+$", re.I)
_THE_EVENT = re.compile(
    r"(?:(?:in|during|after|amid)\s+)?(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|raid|ambush|bombing|blast|explosion|"
    r"shelling|bombardment|air ?strikes?|strikes?|"
    r"offensive|fighting|clash(?:es)?|battle|gun ?battle|gunfight|firefight|fire-fight|shootout|shoot-out|siege)\b(?!\s+(?:came|comes|follow\w*|was the latest))",
    re.I,
)


def _folds_into(previous: Event, event: Event, text: str, answered: bool) -> bool:
    """Whether ``event`` only adds casualties to the event reported just before it, in the same paragraph.

    "JNIM militants attacked an army post, killing four soldiers. The army said ten assailants
    were killed." reports one battle, not two.
    """
    # "The attackers fired rockets at the post": a back reference continues the event, even in the next
    # paragraph (wire copy gives each sentence its own).
    back = is_back_reference(event.agent_text) and previous.event_type in _VIOLENT_TYPES and (
        event.event_type in {previous.event_type, "Explosions/Remote violence"}  # the weapon they used
    )
    # "The attack on the base began with a suicide car bomb": the attack just told, told further.
    # "Two soldiers were wounded in the hour-long firefight": so is a toll set in it.
    told = _THE_EVENT.search(text, event.evidence_start, event.evidence_end)
    back = back or (event.event_type in _VIOLENT_TYPES and told is not None and (
        (event.agent_text is None and (
            told.start() == event.evidence_start or told.group(0).lower().startswith(("in ", "during ", "amid "))))
        # "Ankara said the shelling was a response to ...": a speaker on the event just told
        or _SAID_OF.fullmatch(text, event.evidence_start, told.start()) is not None))
    # Where the event's telling ends, sentences already folded into it included.
    told_to = max((e.end for e in previous.evidence if e.end <= event.evidence_start), default=previous.evidence_end)
    # "Police killed five gang members. The police ambushed them and seized weapons.": what the same
    # forces did in the same operation is part of it, not a development of its own.
    follow_up = (event.sub_event_type in {"Disrupted weapons use", "Arrests"} and event.actor1 is not None
                 and event.actor1 == previous.actor1 and event.event_date in {None, previous.event_date})
    return (
        # "Their vehicle was destroyed": damage told after an attack is the attack's, not a looting.
        (back or answered or follow_up or (event.agent_text is None
                            and event.sub_event_type in {"Attack", "Armed clash", "Looting/property destruction"}))
        and previous.event_type in _VIOLENT_TYPES
        and 0 <= event.evidence_start - told_to < 400
        and (back or "\n\n" not in text[told_to : event.evidence_start] or _bare_toll(previous, event, text))
    )


# "Police responded, killing two": the forces' answer to what was just told.
_RESPONDED = re.compile(r"\W*(?:[\w'-]+\s+){0,4}?(?:respond\w*|retaliat\w*|returned fire|fought back|fired back|"
                        r"repuls\w*|repelled|counter-?attack\w*|pursued|gave chase)\b", re.I)


def _answers(previous: Event, event: Event, text: str) -> bool:
    """Whether ``event`` is the state forces' answer to the attack just told: "Police arrived and shot
    six of the robbers dead", "Police respond, killing two"."""
    return event.inter1 == 1 and previous.inter1 != 1 and (
        bool(_THE_ATTACKERS.search(event.target_text or ""))
        or bool(_RESPONDED.match(text, event.evidence_start, event.evidence_end))
    )


# Words that make a casualty report another incident than the one just told.
_ANOTHER = re.compile(r"\b(?:separate(?:ly)?|another|other attacks?|elsewhere|meanwhile|also|earlier|later|"
                      r"last (?:week|month|year)|(?:19|20)\d\d)\b", re.I)


def _bare_toll(previous: Event, event: Event, text: str) -> bool:
    """"The White Helmets said more than 70 people were wounded.": a toll with no one named as doing it,
    no place of its own and nothing to say it is another incident adds to the event just told, even in
    wire copy's next paragraph."""
    return (
        event.agent_text is None
        and event.sub_event_type == "Attack"
        and (not event.place_in_sentence or event.location == previous.location)
        and not _ANOTHER.search(text, event.evidence_start, event.evidence_end)
    )


def _fold(previous: Event, event: Event, answered: bool = False) -> Event:
    """``previous`` with the casualties ``event`` adds, counted over the sentences of both.

    Counting the sentences together adds other victims ("four soldiers ... ten assailants")
    but not the same victims told again ("A driver was shot dead. He was killed at ...").
    An attack that killed no one and that the forces ``answered`` ("Police respond, killing two")
    became a clash with them.
    """
    if answered and previous.event_type == "Violence against civilians" and not previous.fatalities:
        previous = replace(retype(previous, "Armed clash"), actor2=event.actor1, inter2=event.inter1,
                           assoc_actor_2=None, civilian_targeting=None)
    fatalities = previous.fatalities or event.fatalities
    if previous.fatalities and event.fatalities:
        told = " ".join(e.text for e in sorted({*previous.evidence, *event.evidence}, key=lambda e: e.start))
        together = count_casualties(told, 0, len(told)).fatalities
        fatalities = together or previous.fatalities
    injuries = max(previous.injuries or 0, event.injuries or 0) or previous.injuries or event.injuries
    return replace(previous, fatalities=fatalities, injuries=injuries, evidence=previous.evidence + event.evidence,
                   **_finer_place(previous, event))


_PLACE_FIELDS = ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                 "geonameid", "place_in_sentence")


def _finer_place(previous: Event, event: Event) -> dict[str, object]:
    """The place a sentence told after the event gives it, when finer than the event's own ("an attack
    on a base in central Mali ... The attack on the base in Mondoro"), else nothing."""
    if not (event.place_in_sentence and event.location) or previous.country not in (None, event.country) \
            or previous.admin1 not in (None, event.admin1):
        return {}  # a finer place lies inside the coarser one ("70 km west of Mogadishu" is no place in Lower Shabelle)
    if previous.place_in_sentence and (previous.geo_precision or 3) <= (event.geo_precision or 3):
        return {}
    return {name: getattr(event, name) for name in _PLACE_FIELDS}


# "Al Shabaab claimed responsibility for the blast", "No one claimed the attack": about an event told before.
_CLAIM = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|responsibility)\b[^.]{0,40}\b(?:the|this|that|its|[A-Z]\w+'s)\s+(?:\w+\s+)?"
    r"(?:attack|blast|bombing|killing|explosion|strike|ambush|assault|kidnapping|abduction|raid|shooting)s?\b"
)
_QUOTE_OPENERS = ('"', "“", "‘", "'")


def _attribution(previous: Event, event: Event, text: str) -> bool:
    """A claim of responsibility or a quoted account of the event reported before it (also the
    later sentences of a quote, which open with no quotation mark of their own)."""
    if previous.event_type in _VIOLENT_TYPES and _CLAIM.search(event.notes):
        return True
    if event.notes.startswith(_QUOTE_OPENERS):
        return previous.event_type in _VIOLENT_TYPES and not event.place_in_sentence
    # A later sentence of a quote right after the report, in its paragraph, retells that event.
    return (
        in_quotation(text, event.evidence_start)
        and (previous.event_type in _VIOLENT_TYPES or previous.event_type == "Protests")
        and "\n\n" not in text[previous.evidence_end : event.evidence_start]
        and not event.place_in_sentence
    )


def _claimed(previous: Event, claim: Event) -> Event:
    """``previous`` with the claim's evidence, and its named claimant when the perpetrator was unknown."""
    changes: dict[str, object] = {"evidence": previous.evidence + claim.evidence}
    if (previous.actor1 or "").startswith("Unidentified") and claim.inter1 in {2, 3, 4} \
            and not (claim.actor1 or "").startswith("Unidentified") and _CLAIM.search(claim.notes):
        changes.update(actor1=claim.actor1, inter1=claim.inter1)
    if not previous.fatalities and claim.fatalities:
        changes["fatalities"] = claim.fatalities
    return replace(previous, **changes)


# How far a demonstration escalates, by sub-event type: the gravest report of the crowd's day wins.
_ESCALATION = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
               "Violent demonstration": 3}
_FORCES = frozenset({1, 2, 3, 8})  # inter codes of organised armed sides
# What a sentence after a demonstration adds to it: the police's answer, or the crowd's violence.
_CROWD_SEQUELS = frozenset({"Protest with intervention", "Excessive force against protesters",
                            "Violent demonstration", "Mob violence"})


def _forces_answer(event: Event) -> bool:
    """Whether ``event`` is the state forces turning on people ("Police shot one dead")."""
    return event.event_type == "Violence against civilians" and event.inter1 == 1


def _continues_demonstration(previous: Event, event: Event, text: str) -> bool:
    """Whether ``event`` tells what happened next at the demonstration reported just before it.

    "Students protested in Eldoret. Police intervened." and "Riots broke out after the verdict.
    Police fired tear gas." are one event each; a sentence that names a place of its own
    ("In Kisumu, police fired tear gas") reports another.
    """
    return (
        previous.event_type in {"Protests", "Riots"}
        # A mob's attack goes on only with the forces' answer ("Police fired at them, killing one").
        and (previous.sub_event_type != "Mob violence" or _forces_answer(event))
        and (event.sub_event_type in _CROWD_SEQUELS
             # "Some of them attacked a county officer": the demonstrators' own violence
             or (is_back_reference(event.agent_text) and event.event_type in _VIOLENT_TYPES)
             # "Police shot one dead": the forces' answer to the crowd
             or _forces_answer(event)
             # "A student was killed by gunshot in the clashes", "One protester was shot dead": a death
             # at the demonstration, by no one named
             or (event.agent_text is None and event.sub_event_type in {"Attack", "Armed clash"}))
        and 0 <= event.evidence_start - previous.evidence_end < 400
        and (
            # "In Kano, protesters set fire to ...", after "protests in Lagos, Abuja and Kano": that place's
            (event.place_in_sentence and event.location is not None and event.location == previous.location)
            or (not event.place_in_sentence and "\n\n" not in text[previous.evidence_end : event.evidence_start])
        )
    )


def _escalated(previous: Event, event: Event) -> Event:
    """The demonstration ``previous`` with what ``event`` adds: its casualties, the forces facing it,
    and the graver sub-event type ("protesters attacked an official" makes it a violent demonstration)."""
    changes: dict[str, object] = {}
    if previous.actor2 is None or previous.inter2 not in _FORCES:
        if event.inter2 in _FORCES:
            changes.update(actor2=event.actor2, inter2=event.inter2)
        elif event.inter1 in _FORCES:
            changes.update(actor2=event.actor1, inter2=event.inter1)
    if previous.sub_event_type == "Mob violence":
        # the forces' answer to a mob: still the mob's violence on its victims, with its toll
        return _fold(previous, event) if previous.actor2 else replace(_fold(previous, event), **changes)
    folded = replace(_fold(previous, event), **changes)
    if event.agent_text is None and event.inter1 != 1 and event.sub_event_type in {"Attack", "Armed clash"}:
        later = previous.sub_event_type  # a death at a riot, by no one named: the riot's toll
    elif event.sub_event_type in _ESCALATION:
        later = event.sub_event_type
    elif event.event_type == "Violence against civilians" and event.inter1 == 1:
        later = "Excessive force against protesters"
    else:
        later = "Violent demonstration"
    if _ESCALATION.get(later, 0) <= _ESCALATION.get(previous.sub_event_type, 0):
        return folded
    changes = {}
    if later == "Violent demonstration" and folded.inter1 == 6 and folded.actor1:
        changes.update(actor1=folded.actor1.replace("Protesters", "Rioters", 1), inter1=5)
    return retype(replace(folded, **changes), later)


def _fold_elaborations(article: Article) -> list[Event]:
    out: list[Event] = []
    # An event told in a clause set apart in time ("..., a day after a suicide bomber killed 88") is told
    # in passing: the sentences after it go on with the sentence's main report.
    aside = [e for e in article.events if _told_apart_by(article.text, e) is not None]
    for event in sorted((e for e in article.events if e not in aside), key=lambda e: e.evidence_start):
        going_on = next((i for i in _last_sentence(out) if _continues_demonstration(out[i], event, article.text)), None)
        answered = bool(out) and _answers(out[-1], event, article.text)
        if out and _attribution(out[-1], event, article.text):
            out[-1] = _claimed(out[-1], event)
        elif going_on is not None:
            out[going_on] = _escalated(out[going_on], event)
        elif out and _folds_into(out[-1], event, article.text, answered):
            out[-1] = _fold(out[-1], event, answered)
        else:
            out.append(event)
    return out + aside


def _last_sentence(events: list[Event]) -> list[int]:
    """Indices of the events told in the last sentence, last first: one sentence may hold several
    demonstrations, one a town, and the next sentence may go on with any of them."""
    indices: list[int] = []
    for i in range(len(events) - 1, -1, -1):
        if events[i].evidence_start != events[-1].evidence_start:
            break
        indices.append(i)
    return indices


def dedup(article: Article) -> Article:
    """Merge mentions of the same event within the article; rank events by confidence."""
    merged: list[Event] = []
    for event in sorted(_fold_elaborations(article), key=lambda e: -e.confidence):
        for i, kept in enumerate(merged):
            if _compatible(kept, event):
                merged[i] = _merge(kept, event)
                break
        else:
            merged.append(event)
    # The lead of a story reports its main event: earlier sentences win ties and near-ties; so does an
    # event that killed ("Four people were killed in twin attacks ... One blast occurred at a hotel").
    merged.sort(key=lambda e: (
        -(e.confidence - _LEAD_DECAY * min(_told_in(article, e), 5) + (_TOLL_FIRST if e.fatalities else 0.0)),
        e.evidence_start,
    ))
    return article.replace(events=tuple(_placed_as_told(article, e) for e in merged))


def _told_in(article: Article, event: Event) -> int:
    """The index of the sentence an event is told in (a clause detect split off starts inside one)."""
    return max(bisect_right([s.start for s in article.sentences], event.evidence_start) - 1, 0)


def _placed_as_told(article: Article, event: Event) -> Event:
    """An event whose sentence names no place, placed where the sentence before it is ("... set fire to the
    town hall in Beni. One protester was shot dead."), not at the article's focus. Done once mentions are
    folded, so the place does not change which of them are one event."""
    if event.place_in_sentence or not article.places:
        return event
    place = told_before(article.text, event.evidence_start, event.evidence_end, article.places)
    if place is None or place.country != event.country or place.location == event.location:
        return event
    return replace(_placed(event, place), place_in_sentence=False)


def retype(event: Event, sub_event_type: str) -> Event:
    """``event`` with a new sub-event type, its type, PLOVER codes and the id that names it."""
    return replace(
        with_sub_event_type(event, sub_event_type),
        event_id=_event_id(event.article_id, event.evidence_start, sub_event_type),
    )


def actors(article: Article, coder: ActorCoder, geoparser: Geoparser) -> Article:
    """Code each event's actors and inter codes; settle types that depend on them."""
    memo: dict[str, Actor | None] = {}  # what is read once from the whole article
    return article.replace(events=tuple(code_actors(article, e, coder, geoparser, memo) for e in article.events))
