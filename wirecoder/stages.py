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

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from wirecoder.actors.periods import in_office
from wirecoder.actors.roles import code_actors
from wirecoder.apart import BY_ITS_DAY, joined_date, told_apart, told_apart_by, told_in
from wirecoder.borders import as_of
from wirecoder.casualties import count_casualties, is_period_total, other_side_after, tells_more_dead
from wirecoder.commentary import is_commentary
from wirecoder.dates import resolve_event_date
from wirecoder.dates.background import is_background, told_as_history, told_last_month
from wirecoder.elaboration import elaborated
from wirecoder.events.codebook import civilian_targeting, plover_of, with_sub_event_type
from wirecoder.events.detect import Mention, candidate_cues, detect
from wirecoder.events.generic import generic_reason, names_one_incident
from wirecoder.events.headlines import reparse_headlines
from wirecoder.events.summary_dates import reparse_summary_dates
from wirecoder.events.lethal import lethal_force
from wirecoder.events.prefixes import for_parser, prefixed_sub_event_type
from wirecoder.events.verbal import VERBAL_PREFILTER, detect_verbal
from wirecoder.folding import event_id, fold_told, retold, retype
from wirecoder.merging import merge, same_event
from wirecoder.model import Actor, Article, Entity, Event, Evidence, Place, Sentence
from wirecoder.places.locate import told_before
from wirecoder.references import with_references
from wirecoder.retelling import sums_up
from wirecoder.sentences import is_story, split_sentences
from wirecoder.story import background, news_events, told_last_before

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
        if is_commentary(article):
            continue  # an opinion piece argues about events reported elsewhere
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
    # the parser reads a note without its prefix ("Arrests: SDF arrested ...") or dateline, offsets kept
    texts = (for_parser(sentence.text, bool(prefixed), sentence.start == 0) for _, sentence, _, prefixed in jobs)
    docs = reparse_summary_dates(list(nlp.pipe(texts, batch_size=batch_size)), nlp, batch_size)
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
        mentions = detect(sentence, doc, cues) if cues else ()
        if plover:
            events[index].extend(_verbal_events(article, sentence, doc, mentions))
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
        article.replace(entities=tuple(entities[i]), events=tuple(elaborated(article, events[i])))
        for i, article in enumerate(articles)
    ]


_PREFIXED_CONFIDENCE = 0.7  # a coder's prefix names the event even where no cue word does


def _sentence_event(
    article: Article, sentence: Sentence, kind: str, confidence: float, agent: str | None, target: str | None
) -> Event:
    """An event evidenced by ``sentence``, untyped; ``kind`` names it in the event id."""
    return Event(
        article_id=article.id,
        event_id=event_id(article.id, sentence.start, kind),
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


def _verbal_events(article: Article, sentence: Sentence, doc: Doc, mentions: Sequence[Mention]) -> list[Event]:
    """PLOVER-only events of a sentence: no ACLED type, ``plover_event`` set.

    A verbal act that is the sentence's main act ranks before the ACLED events it speaks of ("the army
    blamed the RSF for the shelling", "nurses agreed to call off the strike"), not before one its
    source names ("protesters demanded ..."); a type an ACLED event of the sentence carries already is
    not told twice."""
    told = {plover_of(m.sub_event_type)[0] for m in mentions}
    out = []
    for verbal in detect_verbal(doc):
        if verbal.plover_event in told:
            continue
        confidence = _VERBAL_CONFIDENCE
        if verbal.main:
            source = (verbal.source_text or "").lower()
            spoken_of = [m.confidence for m in mentions if m.cue.lower() not in source]
            confidence = min(0.99, max([_VERBAL_CONFIDENCE + 0.05, *(c + 0.01 for c in spoken_of)]))
        event = _sentence_event(article, sentence, verbal.plover_event, confidence, verbal.source_text,
                                verbal.target_text)
        out.append(replace(event, plover_event=verbal.plover_event))
    return out


_VERBAL_CONFIDENCE = 0.5


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
    finer = [p for p in places if p.feature not in {"country", "demonym"}]
    if home and not dateline and finer and all(p.country != home for p in finer) and _confirmed_abroad(finer):
        # A file mostly about Colombia may hold a note on Belo Horizonte (Minas Gerais): a town the text
        # confirms by its division is where the event was, whatever the source's usual country.
        home = None
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


def _confirmed_abroad(places: Sequence[Place]) -> bool:
    """Whether the text names a division together with a town of it ("Belo Horizonte (Minas Gerais)"),
    so the town's reading abroad is no namesake's."""
    divisions = {(p.country, p.admin1) for p in places if p.feature == "admin1"}
    return any(p.feature != "admin1" and (p.country, p.admin1) in divisions for p in places)


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


# A sentence that counts the dead of the event by naming it: "Dozens of terrorists were neutralised in the strikes".
_IN_THE_EVENT = re.compile(
    r"\b(?:in|during|by)\s+the\s+(?:[\w-]+\s+)?(?:strikes?|air ?strikes?|raids?|attacks?|blasts?|explosions?|bombings?|"
    r"bombardment|shelling|fighting|clash(?:es)?|ambush|assault)\b", re.I)


def _with_context(article: Article, event: Event) -> int:
    """End of the evidence sentence plus the sentences after it that report no event of their own; past its
    paragraph, the next one's first sentence when it names the event ("... were neutralised in the strikes"),
    as wire copy gives each sentence a paragraph."""
    starts = {e.evidence_start for e in article.events}
    end = event.evidence_end
    paragraph_end = article.text.find("\n\n", event.evidence_end)
    paragraph_end = len(article.text) if paragraph_end < 0 else paragraph_end
    for sentence in article.sentences:
        if sentence.start < end:
            continue
        if sentence.start in starts or generic_reason(sentence.text):
            break  # "Clashes have since left more than 75 people dead": a tally, not this event's toll
        if sentence.start > paragraph_end:
            if _IN_THE_EVENT.search(sentence.text) or tells_more_dead(sentence.text):
                end = sentence.end
            break
        end = sentence.end
    return end


def dates(article: Article) -> Article:
    """Date each event and count its dead and wounded; drop background events dated long before publication."""
    dated = []
    stale = set()  # violence and crowds told by last month: history beside a story's news
    for event in article.events:
        when = told_apart(article, event) or joined_date(article, event) or resolve_event_date(
            article.text, event.evidence_start, event.evidence_end, article.published
        )
        development = event.event_type == "Strategic developments"
        if article.published and is_background(event.notes, when.date, article.published.date(), when.precision):
            continue
        if not article.published and is_story(article) and told_as_history(event.notes, development):
            continue  # a page whose date was not read: its history told in the words of history
        if article.published and not development and told_last_month(
                event.notes, when.date, article.published.date(), when.precision):
            stale.add(len(dated))
        toll = count_casualties(article.text, event.evidence_start, event.evidence_end)
        if toll.fatalities == 0 and toll.injuries is None:
            extended = _with_context(article, event)
            if extended != event.evidence_end:  # else the same span, counted the same
                toll = count_casualties(article.text, event.evidence_start, extended)
        elif toll.fatalities and (more := other_side_after(
                article.text, event.evidence_start, event.evidence_end, _with_context(article, event))):
            toll = max(toll, count_casualties(article.text, event.evidence_start, more), key=lambda t: t.fatalities)
        dated.append(in_office(as_of(lethal_force(
            replace(
                event,
                event_date=when.date,
                time_precision=when.precision,
                fatalities=toll.fatalities,
                injuries=toll.injuries,
            ),
            article.text[event.evidence_start : event.evidence_end],
        ))))
    news = [e for i, e in enumerate(dated) if i not in stale]
    if news and stale and is_story(article):
        dated = news  # "Police confirmed that gunmen had killed a chief late last month", told alone, is the news
    return article.replace(events=tuple(dated))


# Confidence handicap per sentence from the top, for ranking only.
_LEAD_DECAY = 0.03
# Confidence bonus of an event with dead, for ranking only: ACLED's main event of a report is its deadliest.
_TOLL_FIRST = 0.05


def _fold_elaborations(article: Article) -> list[Event]:
    # An event told in a clause set apart in time ("..., a day after a suicide bomber killed 88") is told
    # in passing: the sentences after it go on with the sentence's main report.
    # What a story's event came after ("The attack came two days after ...") is background: no event, and nothing
    # to fold into one.
    events = [e for e in article.events if not background(article, e)]
    aside = [e for e in events if told_apart_by(article.text, e) is not None
             or BY_ITS_DAY.search(article.text, max(0, e.evidence_start - 12), e.evidence_start) is not None]
    return fold_told(article.text, [e for e in events if e not in aside]) + aside


def dedup(article: Article) -> Article:
    """Merge mentions of the same event within the article; rank events by confidence."""
    merged: list[Event] = []
    for event in sorted(_fold_elaborations(article), key=lambda e: -e.confidence):
        alike = [i for i, kept in enumerate(merged) if same_event(kept, event)]
        if alike:
            # of several events it may tell, the one told last before it ("An Iskander missile hit the building"
            # after the Kryvyi Rih strike, not the shelling of Vovchansk told below it), else the surest
            i = max(alike, key=lambda i: (told_last_before(merged[i], event.evidence_start), -i))
            merged[i] = merge(merged[i], event, article.text)
        else:
            merged.append(event)
    merged = [e for e in merged if not any(retold(kept, e) for kept in merged) and not sums_up(e, merged)]
    merged = news_events(article, merged)
    # The lead of a story reports its main event: earlier sentences win ties and near-ties; so does an
    # event that killed ("Four people were killed in twin attacks ... One blast occurred at a hotel").
    merged.sort(key=lambda e: (
        -(e.confidence - _LEAD_DECAY * min(told_in(article, e), 5) + (_TOLL_FIRST if e.fatalities else 0.0)),
        e.evidence_start,
    ))
    # folding and merging retype events: whether civilians were the target follows the final coding, and a
    # demonstration fired on is excessive force once a toll told after it is folded in ("police fired on
    # protesters in Juliaca. 18 people were killed.")
    final = [replace(placed, civilian_targeting=civilian_targeting(placed))
             for placed in (lethal_force(_placed_as_told(article, e), article.text[e.evidence_start : e.evidence_end])
                            for e in merged)]
    # the sentences that name an event again in passing ("No group claimed the bombing") are its mentions too
    return article.replace(events=with_references(article, article.events, final))


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


def actors(article: Article, coder: ActorCoder, geoparser: Geoparser) -> Article:
    """Code each event's actors and inter codes; settle types that depend on them."""
    memo: dict[str, Actor | None] = {}  # what is read once from the whole article
    return article.replace(events=tuple(code_actors(article, e, coder, geoparser, memo) for e in article.events))
