"""Running articles through the stages, in batches, in one or several processes.

``Pipeline.process(batch)`` is a pure function from a batch of Articles to
the same Articles with events; ``Pipeline.run`` streams any iterable through
it, and with ``workers > 1`` maps batches over worker processes. Forked
workers adopt the loaded pipeline (its pages shared with the parent); where
processes are spawned, each builds its own in an initializer. Nothing large
is pickled either way.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import multiprocessing
import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wirecoder import stages
from wirecoder.country_prior import AUTO, assume_countries, source_countries, source_key
from wirecoder.model import Article
from wirecoder.trust import weigh

if TYPE_CHECKING:
    from spacy.language import Language

    from wirecoder.actors import ActorCoder
    from wirecoder.places import Geoparser

__all__ = ["ONTOLOGIES", "STAGES", "Pipeline"]

# The stage order, for documentation and for `wirecoder --help`.
STAGES: tuple[str, ...] = ("segment", "parse", "geocode", "country", "actors", "dates", "dedup")


@dataclass
class Pipeline:
    """The loaded models and the stage order; ``run`` turns Articles into Articles with events.

    Example:
        >>> pipe = Pipeline.load()
        >>> [a.events[0].event_type for a in pipe.run([Article("a1", "Gunmen killed five villagers.")])]
        ['Violence against civilians']
    """

    nlp: Language
    geoparser: Geoparser
    coder: ActorCoder
    workers: int = 1
    batch_size: int = 32
    ontology: str = "acled"  # "plover" adds PLOVER's verbal and cooperative events
    country: str | None = AUTO  # assumed where the text names no place: a country, "auto" or None
    _options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(
        cls, *, workers: int = 1, batch_size: int = 32, model: str | None = None, ontology: str = "acled",
        country: str | None = AUTO,
    ) -> Pipeline:
        """Load the spaCy model, the gazetteer and the actor table once.

        ``country`` is assumed for articles whose text names no place: a country's name,
        demonym or ISO code, ``"auto"`` (the dominant country of the article's source in
        its batch) or None. An unknown country raises ValueError.
        """
        from wirecoder.actors import ActorCoder
        from wirecoder.nlp import load_model
        from wirecoder.places import Geoparser

        geoparser = Geoparser.load()
        return cls(
            nlp=load_model(model),
            geoparser=geoparser,
            coder=ActorCoder.load(),
            workers=max(1, workers),
            batch_size=batch_size,
            ontology=_checked_ontology(ontology),
            country=_checked_country(country, geoparser),
            _options={"model": model},
        )

    def process(self, batch: Sequence[Article]) -> list[Article]:
        """Every stage over one batch of articles (pure: the inputs are not changed)."""
        articles = [stages.segment(a) for a in batch]
        articles = stages.parse(articles, self.nlp, batch_size=self.batch_size, ontology=self.ontology)
        usual: dict[str, str] = {}
        if self.country == AUTO:
            # A source's usual country is known once the batch's places are: they are found
            # first, and read again in that country only where assuming it may change them.
            articles = [stages.find_places(article, self.geoparser) for article in articles]
            usual = source_countries(articles)
            articles = [
                stages.geocode(article, self.geoparser, usual.get(source_key(article)), article.places)
                for article in articles
            ]
        else:
            articles = [stages.geocode(article, self.geoparser, self.country) for article in articles]
        articles = assume_countries(articles, self.country, usual)
        out = []
        for article in articles:
            article = stages.actors(article, self.coder, self.geoparser)
            article = stages.dates(article)
            article = stages.dedup(article)
            article = weigh(article)  # confidence falls with what each event's coding lacks
            out.append(article)
        return out

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Process ``articles`` lazily, in input order, in ``self.workers`` processes."""
        batches = _batched(articles, self.batch_size)
        if self.workers == 1:
            for batch in batches:
                yield from self.process(batch)
            return
        if os.name == "posix":
            # Forked workers adopt this pipeline as it is: no second load of the model and
            # gazetteer (seconds each), and their pages stay shared with this process.
            # gc.freeze keeps the workers' collector from writing to (and so copying) them.
            gc.freeze()
            context = multiprocessing.get_context("fork")
            initializer, initargs = _adopt, (dataclasses.replace(self, workers=1),)
        else:
            context = multiprocessing.get_context("spawn")
            initializer = _init_worker
            initargs = (self.batch_size, self._options.get("model"), self.ontology, self.country)
        try:
            pool = context.Pool(self.workers, initializer=initializer, initargs=initargs)
        finally:
            gc.unfreeze()  # the workers exist (or failed to): this process collects as usual again
        with pool:
            for processed in pool.imap(_process_in_worker, batches, chunksize=1):
                yield from processed


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


_WORKER: Pipeline | None = None


def _adopt(pipeline: Pipeline) -> None:
    """Use the parent's pipeline, inherited by fork, as this worker's."""
    global _WORKER  # one pipeline per process is the point: it is the worker's state
    warnings.simplefilter("ignore")
    _WORKER = pipeline


def _init_worker(batch_size: int, model: str | None, ontology: str, country: str | None) -> None:
    """Load the models once per worker process."""
    global _WORKER  # one pipeline per process is the point: it is the worker's state
    warnings.simplefilter("ignore")
    _WORKER = Pipeline.load(workers=1, batch_size=batch_size, model=model, ontology=ontology, country=country)


ONTOLOGIES: tuple[str, ...] = ("acled", "plover")


def _checked_ontology(name: str) -> str:
    if name not in ONTOLOGIES:
        raise ValueError(f"unknown ontology {name!r}; choose one of {', '.join(ONTOLOGIES)}")
    return name


def _checked_country(name: str | None, geoparser: Geoparser) -> str | None:
    """``name`` as the gazetteer spells the country ("KE", "Kenyan" -> "Kenya"), "auto" or None."""
    if name is None or name == AUTO:
        return name
    resolved = geoparser.country(name)
    if resolved is None:
        raise ValueError(f"unknown country {name!r}; give a country name or ISO code (e.g. Kenya, KE, KEN), "
                         f"{AUTO!r}, or none")
    return resolved[0]


def _process_in_worker(batch: list[Article]) -> list[Article]:
    assert _WORKER is not None, "worker used before its initializer ran"
    return _WORKER.process(batch)
