"""ActorCoder: ACLED-style actors for role phrases, and every actor mention in a text.

Example:
    >>> coder = ActorCoder.load()
    >>> coder.code("suspected Al Shabaab militants", "Kenya").name
    'Al Shabaab'
    >>> actor = coder.code("U.S. soldiers", "Iraq")
    >>> actor.name, actor.inter
    ('Military Forces of the United States', 8)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from wirecoder.model import Actor

from .context import Cues, mob_justice, property_harm, sentence_spans, told_from, unattributed
from .countries import Country, by_name
from .lexicon import LEXICON
from .matcher import PhraseIndex, Tag
from .mentions import interpret
from .name_context import absorb_affiliated, absorb_contingents, absorb_said_to_be
from .names import Mention, Scene, local_branches
from .possessors import possessors_own
from .speakers import speakers_own
from .phrases import FOLLOWERS
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


_STATE_FORCES = re.compile(r"(?:Police|Military) Forces of (?P<state>.+)")


def _same_state(named: str, told: str) -> bool:
    """Whether a unit's name ("Police Forces of Kenya General Service Unit") is of the state whose forces
    ``told`` names ("Military Forces of Kenya")."""
    unit, forces = _STATE_FORCES.fullmatch(named), _STATE_FORCES.fullmatch(told)
    return bool(unit and forces) and named != told and f"{unit['state']} ".startswith(f"{forces['state']} ")


def _country(country: str | Country | None) -> Country | None:
    """The country record for a name; an unknown name still labels generic actors."""
    if country is None or isinstance(country, Country):
        return country
    return by_name(country) or Country(country, "")


def _implied_by_harm(
    text: str, start: int, end: int, found: Sequence[Mention], event: Country | None
) -> list[Mention]:
    """Actors a sentence implies without naming them.

    Harm no one is named as doing ("was shot dead", "a grenade exploded") is ACLED's
    unidentified armed group; burnt homes or shops belong to civilians.
    """
    implied = []
    sentence = text[start:end]
    suffix = f" ({event.name})" if event else ""
    perpetrator = any(m.actor.inter in (2, 3, 4, 5) or m.kind == "implied" for m in found)
    lynching = None if perpetrator else mob_justice(sentence)
    if lynching is not None:
        phrase = lynching.group()
        actor = Actor("Rioters" + suffix, 5, phrase, f"mob justice implied by {phrase!r}")
        vigilantes = ("Vigilante Group" + suffix,)
        implied.append(Mention(start + lynching.start(), start + lynching.end(), actor,
                               vigilantes, "implied"))  # fmt: skip
        perpetrator = True
    match = None if perpetrator else unattributed(sentence)
    if match is not None:
        phrase = match.group()
        actor = Actor("Unidentified Armed Group" + suffix, 3, phrase,
                      f"implied by {phrase!r} with no perpetrator named")  # fmt: skip
        implied.append(Mention(start + match.start(), start + match.end(), actor, (), "implied"))
    victims = any(m.actor.inter == 7 for m in found)
    match = None if victims else property_harm(sentence)
    if match is not None:
        phrase = match.group()
        actor = Actor("Civilians" + suffix, 7, phrase, f"owners of the property in {phrase!r}")
        implied.append(Mention(start + match.start(), start + match.end(), actor, (), "implied"))
    return implied


def _is_event_noun(tag: Tag) -> bool:
    return all(m.kind == "noun" and m.noun and m.noun.cat.startswith("IMPL_") for m in tag.meanings)


def _runs(tags: Sequence[Tag], text: str) -> list[list[Tag]]:
    """Group matches that touch (only spaces between them) into phrases.

    An event word after a phrase is its verb, not part of it ("students riot"); punctuation
    ends a phrase ("Movement of forces: Turkana raiders").
    """
    runs: list[list[Tag]] = []
    for tag in tags:
        if (runs and runs[-1][-1].last == tag.first and not _is_event_noun(tag)
                and not text[runs[-1][-1].end : tag.start].strip()):  # fmt: skip
            runs[-1].append(tag)
        elif runs and _state_of_country(runs[-1][-1], tag, text):
            runs[-1].append(tag)  # "the Government of Sudan", "Armed Forces of Ukraine"
        elif runs and _crowd_of_party(runs[-1][-1], tag, text):
            runs[-1].append(tag)  # "supporters of the Sadrist Movement" are the party's crowd
        elif runs and _members_of_group(runs[-1][-1], tag, text):
            runs[-1].append(tag)  # "Members of ETA", "Rebels of the FNLC": the group itself
        else:
            runs.append([tag])
    return runs


_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


def _state_of_country(before: Tag, tag: Tag, text: str) -> bool:
    """Whether ``tag`` is the country of the state noun ``before`` ("Government of Sudan")."""
    return (
        _OF.fullmatch(text, before.end, tag.start) is not None
        and any(m.kind == "country" for m in tag.meanings)
        and any(m.kind == "noun" and m.noun and m.noun.cat in ("MIL", "POL", "GOV") for m in before.meanings)
    )


# Words for a group's people that, before "of" and the group's name, are the group acting.
_GROUP_PEOPLE = frozenset({"MEMBER", "UAG"})


def _members_of_group(before: Tag, tag: Tag, text: str) -> bool:
    """Whether ``tag`` is the armed group whose people ``before`` names ("members of ETA", "guerrillas of the
    Khmer Rouge"); a party's or union's crowd and a clan's members are read by their own rules."""
    return (
        _OF.fullmatch(text, before.end, tag.start) is not None
        and any(m.kind == "row" and m.row is not None and m.row.kind not in ("party", "union", "identity")
                and m.row.inter in (2, 3) for m in tag.meanings)
        and any(m.kind == "noun" and m.noun and m.noun.cat in _GROUP_PEOPLE for m in before.meanings)
    )


def _crowd_of_party(before: Tag, tag: Tag, text: str) -> bool:
    """Whether ``tag`` is the party or union whose crowd ``before`` is ("supporters of the PTI")."""
    return (
        _OF.fullmatch(text, before.end, tag.start) is not None
        and any(m.kind == "row" and m.row is not None and m.row.kind in ("party", "union") for m in tag.meanings)
        and any(m.kind == "noun" and m.noun and m.noun.cat in ("CROWD", "PROT", "RIOT") for m in before.meanings)
    )


# Words between a phrase and the next that make the next one its complement ("supporters of
# the governor attacked ..."): the phrase's own verbs come after the complement.
_COMPLEMENT = re.compile(r"^\s*(?:of|from|in|at|near|for)\b[^,;:.()]{0,60}$")


_READ_LIMIT = 4096  # texts whose mentions are kept; cleared when full (articles come in batches)


class ActorCoder:
    """Codes actors with the shipped alias table plus any user tables.

    Build it once (``ActorCoder.load()``) and reuse it: loading indexes a few
    thousand phrases; coding a sentence takes well under a millisecond.
    """

    def __init__(self, rows: Sequence[AliasRow]) -> None:
        self.rows: tuple[AliasRow, ...] = tuple(rows)
        self._index = PhraseIndex.build(self.rows, LEXICON)
        self._branches = local_branches(self.rows)  # "Islamic State (Nigeria)" is ISWAP
        # An event's sentence is read for its agent, its target, its victims and every actor it names:
        # the same (text, country) many times. Mentions are frozen, so the readings can be shared.
        self._read: dict[tuple[str, str | None], tuple[Mention, ...]] = {}

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
        key = (text, country)
        if key not in self._read:
            if len(self._read) >= _READ_LIMIT:
                self._read.clear()
            self._read[key] = tuple(self._mentions(text, country))
        return list(self._read[key])

    def _mentions(self, text: str, country: str | None) -> list[Mention]:
        event = _country(country)
        tokens = tokenize(text)
        tags = self._index.tag(tokens)
        found: list[Mention] = []
        k = 0
        spans = sentence_spans(text)
        for number, (sent_start, sent_end) in enumerate(spans):
            sentence_tags = []
            while k < len(tags) and tags[k].start < sent_end:
                if tags[k].start >= sent_start:
                    sentence_tags.append(tags[k])
                k += 1
            # A report often says in the next sentence that the crowd turned violent (or in the
            # previous one that it was a protest): read the cues from the neighbours too.
            around = text[spans[max(0, number - 1)][0] : spans[min(len(spans) - 1, number + 1)][1]]
            scene = Scene(text, sent_start, sent_end, tokens, event, Cues.of(around))
            runs = _runs(sentence_tags, text)
            local: list[Mention] = []
            # Right to left, so each phrase's own words end where the next *mention* starts.
            starts: list[int] = []
            for run in reversed(runs):
                later = [x for x in starts if x >= run[-1].end]
                stop = sent_end
                if later:
                    stop = later[0]
                    if len(later) > 1 and _COMPLEMENT.match(text[run[-1].end : stop]):
                        stop = later[1]
                mention = interpret(run, sentence_tags, scene, stop)
                local_name = None if mention is None else self._branches.get(mention.actor.name) or (
                    self._branches.get(f"{mention.actor.name} ({event.name})") if event is not None else None)
                if mention is not None and local_name is not None:
                    mention = replace(mention, actor=replace(mention.actor, name=local_name))
                if mention is not None:
                    local.insert(0, mention)
                    starts.insert(0, mention.start)
            # Who tells the event in a closing attribution (", a local vigilante leader said.") is no side of it.
            told = sent_start + told_from(text[sent_start:sent_end])
            local = [m for m in local if m.start < told]
            local = absorb_contingents(text, absorb_said_to_be(text, absorb_affiliated(text, local)))
            local = possessors_own(text, speakers_own(text, sent_start, local, event), event)
            local.extend(_implied_by_harm(text, sent_start, sent_end, local, event))
            # An event noun adds nothing when the sentence names that actor already.
            named = {m.actor.name for m in local if m.kind != "implied"}
            found.extend(m for m in local if m.kind != "implied" or m.actor.name not in named)
        return found

    def armed_groups(self, text: str, country: str | None = None) -> list[Actor]:
        """The armed groups of the alias table ``text`` names, read only in the sentences whose
        words may name one (a long article costs little when few do).

        Example: ``coder.armed_groups("Boko Haram fighters raided Gwoza.", "Nigeria")``.
        """
        starts = [
            tag.start for tag in self._index.tag(tokenize(text))
            if any(m.kind == "row" and m.row is not None and m.row.kind == "armed" for m in tag.meanings)
        ]
        spans = [(a, b) for a, b in sentence_spans(text) if any(a <= start < b for start in starts)]
        return [m.actor for a, b in spans for m in self.mentions(text[a:b], country)
                if m.kind == "named" and m.actor.inter in {2, 3}]

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
        offset = context.lower().find(phrase.lower()) if context and phrase else -1
        if context and offset >= 0:
            candidates = [
                m for m in self.mentions(context, country)
                if m.start < offset + len(phrase) and m.end > offset
            ]  # fmt: skip
        if not candidates:
            candidates = self.mentions(phrase, country)
        if not candidates:
            return None, ()
        best = min(candidates, key=_priority)
        first = min(candidates, key=lambda m: m.start)
        text = context if context and offset >= 0 else phrase
        if best.actor.name.startswith("Government of") and first.actor.inter in (5, 6, 7) \
                and FOLLOWERS.fullmatch(first.actor.text) and text[first.end : first.end + 4].lower() == " of ":
            best = first  # "supporters of former president Bolsonaro": the crowd, not the state
        if first.kind == "state" and _same_state(best.actor.name, first.actor.name):
            best = first  # "soldiers and National Guard members": of one state's forces, those told first
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
