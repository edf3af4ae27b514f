"""ActorCoder: ACLED-style actors for role phrases, and every actor mention in a text.

Example:
    >>> coder = ActorCoder.load()
    >>> coder.code("suspected Al Shabaab militants", "Kenya").name
    'Al Shabaab'
    >>> coder.code("U.S. soldiers", "Iraq")
    Actor(name='Military Forces of the United States', inter=8, text='U.S. soldiers', reason='state-force noun')
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from wirecoder.model import Actor

from .context import Cues, sentence_spans
from .countries import Country, by_name
from .lexicon import LEXICON
from .matcher import PhraseIndex, Tag
from .mentions import Mention, Scene, interpret
from .table import DEFAULT_TABLE, AliasRow, load_rows
from .tokens import tokenize

__all__ = ["ActorCoder"]

# Which mention of a phrase is its actor: a named group over state forces over identity
# groups over generic armed men over crowds; an event noun ("riots") only as a last resort.
_PRIORITY = {"named": 0, "state": 1, "identity": 2, "generic": 3, "implied": 5}


def _priority(mention: Mention) -> int:
    rank = _PRIORITY[mention.kind]
    if mention.kind == "generic" and mention.actor.inter >= 5:
        rank += 1  # rioters, protesters, civilians
    return rank


def _country(country: str | Country | None) -> Country | None:
    """The country record for a name; an unknown name still labels generic actors."""
    if country is None or isinstance(country, Country):
        return country
    return by_name(country) or Country(country, "")


def _runs(tags: Sequence[Tag]) -> list[list[Tag]]:
    """Group matches that touch (no word between them) into phrases."""
    runs: list[list[Tag]] = []
    for tag in tags:
        if runs and runs[-1][-1].last == tag.first:
            runs[-1].append(tag)
        else:
            runs.append([tag])
    return runs


class ActorCoder:
    """Codes actors with the shipped alias table plus any user tables.

    Build it once (``ActorCoder.load()``) and reuse it: loading indexes a few
    thousand phrases; coding a sentence takes well under a millisecond.
    """

    def __init__(self, rows: Sequence[AliasRow]) -> None:
        self.rows: tuple[AliasRow, ...] = tuple(rows)
        self._index = PhraseIndex.build(self.rows, LEXICON)

    @classmethod
    def load(cls, extra_alias_files: Sequence[Path] = ()) -> ActorCoder:
        """The shipped table, then ``extra_alias_files`` in order (later rows override).

        Example: ``ActorCoder.load([Path("my_groups.tsv")])``.
        """
        return cls(load_rows([DEFAULT_TABLE, *map(Path, extra_alias_files)]))

    def mentions(self, text: str, country: str | None = None) -> list[Mention]:
        """Every actor mention in ``text``, in order; ``country`` is where the events happen.

        Example: ``coder.mentions("Police shot two protesters.", "Kenya")`` gives police and
        protesters mentions with offsets into the text.
        """
        event = _country(country)
        tokens = tokenize(text)
        tags = self._index.tag(tokens)
        found: list[Mention] = []
        k = 0
        for sent_start, sent_end in sentence_spans(text):
            sentence_tags = []
            while k < len(tags) and tags[k].start < sent_end:
                if tags[k].start >= sent_start:
                    sentence_tags.append(tags[k])
                k += 1
            if not sentence_tags:
                continue
            scene = Scene(text, sent_start, sent_end, tokens, event,
                          Cues.of(text[sent_start:sent_end]))  # fmt: skip
            runs = _runs(sentence_tags)
            local: list[Mention] = []
            for i, run in enumerate(runs):
                stop = runs[i + 1][0].start if i + 1 < len(runs) else sent_end
                mention = interpret(run, sentence_tags, scene, stop)
                if mention is not None:
                    local.append(mention)
            # An event noun adds nothing when the sentence names that actor already.
            named = {m.actor.name for m in local if m.kind != "implied"}
            found.extend(m for m in local if m.kind != "implied" or m.actor.name not in named)
        return found

    def find(self, text: str, country: str | None = None) -> list[tuple[int, int, Actor]]:
        """Every actor mention as ``(start, end, actor)``, ``text[start:end]`` being the phrase.

        Example: ``coder.find("Iraqi troops clashed with ISIS fighters.")``.
        """
        return [(m.start, m.end, m.actor) for m in self.mentions(text, country)]

    def code_with_assoc(
        self,
        phrase: str,
        country: str | None,
        *,
        role: str = "actor1",
        context: str | None = None,
    ) -> tuple[Actor | None, tuple[str, ...]]:
        """The actor a role phrase names and ACLED's associated actors for it.

        ``context`` (the sentence holding ``phrase``) lets crowds be told apart: "students" who
        protest are protesters with "Students (Kenya)" associated, students who are shot are
        civilians. Example: ``code_with_assoc("striking teachers", "Kenya")`` gives
        ``(Actor("Protesters (Kenya)", 6, ...), ("Teachers (Kenya)",))``.
        """
        candidates: list[Mention] = []
        if context and phrase and phrase in context:
            offset = context.index(phrase)
            candidates = [
                m for m in self.mentions(context, country)
                if m.start < offset + len(phrase) and m.end > offset
            ]  # fmt: skip
        if not candidates:
            candidates = self.mentions(phrase, country)
        if not candidates:
            return None, ()
        best = min(candidates, key=_priority)
        actor = best.actor
        if role == "actor2" and actor.inter == 6 and not context:
            # A crowd on the receiving end with nothing to say it protested: victims.
            actor = Actor(actor.name.replace("Protesters", "Civilians"), 7, actor.text,
                          actor.reason)  # fmt: skip
        return actor, best.assoc

    def code(
        self,
        phrase: str,
        country: str | None,
        *,
        role: str = "actor1",
        context: str | None = None,
    ) -> Actor | None:
        """ACLED-style actor for a role phrase as written in the text, or None.

        Example: ``code("unidentified gunmen", "Kenya")`` gives
        ``Actor("Unidentified Armed Group (Kenya)", 3, ...)``; ``code("Iraqi troops", None)``
        gives ``Actor("Military Forces of Iraq", 1, ...)``.
        """
        return self.code_with_assoc(phrase, country, role=role, context=context)[0]
