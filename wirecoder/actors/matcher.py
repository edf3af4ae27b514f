"""The phrase index: every alias, country word and generic noun, looked up token by token.

Matching walks the tokens once; at each token it extends the phrase while it is
still a prefix of some known phrase and keeps the longest one whose acronyms
are written exactly (so "US" matches but "us" does not). That keeps ``find``
well under a millisecond per sentence without one huge regular expression.

Example:
    >>> index = PhraseIndex.build(rows=[], lexicon={})
    >>> [t.meanings[0].country.name for t in index.tag(tokenize("U.S. troops"))]
    ['United States']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .countries import COUNTRIES, Country
from .lexicon import Noun
from .table import AliasRow
from .tokens import Token, tokenize

__all__ = ["Meaning", "PhraseIndex", "Tag"]


@dataclass(frozen=True, slots=True)
class Meaning:
    """One reading of a phrase: an alias-table row, a country word or a generic noun."""

    kind: str  # "row" | "country" | "noun"
    row: AliasRow | None = None
    country: Country | None = None
    noun: Noun | None = None
    exact: str | None = None  # acronyms: the surface the text must show (dots ignored)
    needs_context: bool = False  # one- or two-letter acronyms ("IS", "KH")
    capitalised: bool = False  # one-word group names must be written as proper nouns
    common: bool = False  # written in lower case in the table: a common noun ("askari", "settlers")
    home: bool = False  # "=National Guard": names the row's actor only in the row's own countries


@dataclass(frozen=True, slots=True)
class Tag:
    """A matched phrase: tokens ``first:last``, characters ``start:end``, and its readings."""

    first: int
    last: int
    start: int
    end: int
    meanings: tuple[Meaning, ...]


def _is_acronym_token(surface: str) -> bool:
    """"ODM", "M23", "3R", "LeT": no lower-case letters, or a capital after the first letter."""
    letters = [c for c in surface if c.isalpha()]
    if not letters:
        return any(c.isdigit() for c in surface)
    if not any(c.islower() for c in letters):
        return True
    return any(c.isupper() for c in letters[1:])


def _surface_key(tokens: Sequence[Token]) -> str:
    """The exact form an acronym is compared on: surfaces without dots, space-joined."""
    return " ".join(t.surface.replace(".", "") for t in tokens)


def _alias_meaning(alias: str, base: Meaning) -> tuple[tuple[str, ...], Meaning]:
    """The index key of an alias and its meaning, flagged as an acronym when it is one, and as needing a
    neighbour ("IS militants") when it is short or the table marks it so ("?PTI")."""
    guarded = alias.startswith("?")
    home = alias.startswith("=")
    alias = alias.removeprefix("?").removeprefix("=")
    tokens = tokenize(alias)
    key = tuple(t.key for t in tokens)
    if tokens and all(_is_acronym_token(t.surface) for t in tokens):
        exact = _surface_key(tokens)
        letters = sum(c.isalnum() for c in exact)
        return key, Meaning(
            base.kind, base.row, base.country, base.noun, exact=exact, needs_context=guarded or letters <= 2,
            home=home,
        )
    single_name = base.kind == "row" and base.row is not None and base.row.kind == "identity"
    return key, Meaning(
        base.kind, base.row, base.country, base.noun, capitalised=single_name and len(key) == 1,
        common=base.kind == "row" and alias.islower(), home=home,
    )


class PhraseIndex:
    """Phrase keys -> meanings, with the set of prefixes that lets matching stop early."""

    def __init__(self, entries: Mapping[tuple[str, ...], tuple[Meaning, ...]]) -> None:
        self._entries = dict(entries)
        self._prefixes = {key[:n] for key in self._entries for n in range(1, len(key) + 1)}

    @classmethod
    def build(
        cls,
        rows: Iterable[AliasRow],
        lexicon: Mapping[str, tuple[Noun, ...]],
        countries: Iterable[Country] = COUNTRIES,
    ) -> PhraseIndex:
        """Index rows (later rows win an alias), country words and generic nouns."""
        entries: dict[tuple[str, ...], list[Meaning]] = {}

        def add(key: tuple[str, ...], meaning: Meaning, first: bool = False) -> None:
            if not key:
                return
            bucket = entries.setdefault(key, [])
            if first:
                bucket.insert(0, meaning)
            else:
                bucket.append(meaning)

        for phrase, nouns in lexicon.items():
            for noun in nouns:
                add(tuple(phrase.split()), Meaning("noun", noun=noun))
        for country in countries:
            for word in country.words:
                key, meaning = _alias_meaning(word, Meaning("country", country=country))
                add(key, meaning)
        # Rows go first in their bucket, and a later row's alias replaces an earlier row's:
        # that is how users' extra files override the shipped table. Rows of disjoint countries
        # share an alias instead ("Ahlu Sunna Wal Jamaa" names a Somali militia and Mozambique's
        # insurgents): the event's country chooses between them, and elsewhere the first row holds.
        for row in rows:
            for alias in row.aliases:
                key, meaning = _alias_meaning(alias, Meaning("row", row=row))
                bucket = entries.setdefault(key, [])
                bucket[:] = [
                    m for m in bucket
                    if not (m.kind == "row" and m.exact == meaning.exact and _overlap(m.row, row))
                ]
                shared = [i for i, m in enumerate(bucket) if m.kind == "row" and m.exact == meaning.exact]
                bucket.insert(shared[-1] + 1 if shared else 0, meaning)
        return cls({k: tuple(v) for k, v in entries.items()})

    def tag(self, tokens: Sequence[Token]) -> list[Tag]:
        """Non-overlapping longest matches, left to right."""
        tags: list[Tag] = []
        i, n = 0, len(tokens)
        while i < n:
            best: tuple[int, tuple[Meaning, ...]] | None = None
            key: tuple[str, ...] = ()
            j = i
            while j < n:
                key = (*key, tokens[j].key)
                if key not in self._prefixes:
                    break
                j += 1
                meanings = self._entries.get(key)
                if meanings:
                    usable = _usable(meanings, tokens[i:j], tokens[i - 1] if i else None)
                    if usable:
                        best = (j, usable)
            if best is None or _opens_a_name(tokens, i, best[0], best[1]) or _name_goes_on(tokens, best[0]):
                i += 1
                continue
            if self._tail_of_a_name(tokens, i, best[0], best[1]):
                i = best[0]
                continue
            j, meanings = best
            tags.append(Tag(i, j, tokens[i].start, tokens[j - 1].end, meanings))
            i = j
        return tags


    def _tail_of_a_name(self, tokens: Sequence[Token], i: int, j: int, meanings: Sequence[Meaning]) -> bool:
        """Whether a group's name of several words ends a longer name headed by another country's word:
        "the Zimbabwe African National Liberation Army" is no Colombian ELN, "the Mozambique National
        Resistance Movement" no Ugandan NRM; "the Colombian National Liberation Army" is the ELN."""
        homes = {c for m in meanings if m.kind == "row" and m.row is not None for c in m.row.countries}
        if j - i < 2 or not homes or any(m.kind != "row" for m in meanings) or not tokens[i].surface[:1].isupper():
            return False
        k = i
        while k > 0 and tokens[k - 1].surface[:1].isupper() and tokens[k].start - tokens[k - 1].end == 1:
            k -= 1
            words = self._entries.get((tokens[k].key,), ())
            if any(m.kind == "country" and m.country is not None and m.country.iso3 not in homes for m in words):
                return True
        return False


# Words that, capitalised before another capitalised word, open an institution's name, not a person:
# "the National Congress", "the National Assembly" (no "national" of a country).
_NAME_OPENERS = frozenset({"national"})


def _opens_a_name(tokens: Sequence[Token], i: int, j: int, meanings: Sequence[Meaning] = ()) -> bool:
    """Whether the match ``tokens[i:j]`` is a word opening a capitalised name that goes on after it:
    "the National Congress", or an acronym written as a word ("the Nasa Hablod Hotel" is no NASA)."""
    if j != i + 1 or j >= len(tokens) or not tokens[j].surface[:1].isupper() or tokens[j].start - tokens[i].end > 1:
        return False
    surface = tokens[i].surface
    as_word = bool(meanings) and all(m.exact is not None for m in meanings) and surface.istitle()
    return (tokens[i].key in _NAME_OPENERS and surface[:1].isupper()) or as_word


# The joining words of Urdu, Persian and Arabic names of several words: "Jamaat-ul-Mujahideen",
# "Lashkar-e-Omar", "Hizb-ut-Tahrir", "Ahl-i-Hadith".
_NAME_JOINS = frozenset({"ul", "ud", "ut", "us", "ur", "e", "i", "wal"})


def _name_goes_on(tokens: Sequence[Token], j: int) -> bool:
    """Whether the name matched up to ``tokens[j]`` goes on, joined, into a longer name: "Jamaat-ul-Mujahideen
    Bangladesh" is no Jamaat-e-Islami, though "Jamaat" alone may be."""
    return j + 1 < len(tokens) and tokens[j].key in _NAME_JOINS and tokens[j].start - tokens[j - 1].end == 1 \
        and tokens[j + 1].start - tokens[j].end == 1 and tokens[j + 1].surface[:1].isupper()


# Transliterated Arabic articles that open a proper name ("al-Askari", "el-Settat").
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


def _overlap(first: AliasRow | None, second: AliasRow) -> bool:
    """Whether two rows can be meant in the same country (a row of no countries is of every one)."""
    if first is None or not first.countries or not second.countries:
        return True
    return bool(set(first.countries) & set(second.countries))


def _usable(meanings: tuple[Meaning, ...], tokens: Sequence[Token], before: Token | None = None) -> tuple[Meaning, ...]:
    """The meanings whose spelling conditions the text meets."""
    surface: str | None = None
    kept = []
    # A capitalised word glued to an Arabic article is a name: "the al-Askari Mosque" is no Swahili askari.
    in_name = before is not None and before.key in _ARTICLES and before.end + 1 == tokens[0].start \
        and tokens[0].surface[:1].isupper()
    for meaning in meanings:
        if meaning.common and in_name:
            continue
        if meaning.exact is not None:
            if surface is None:
                surface = _surface_key(tokens)
            # Long acronyms may be written as names ("Nasa", "Isis"); short ones never.
            if surface != meaning.exact and not (
                len(meaning.exact) >= 4 and " " not in surface and surface == meaning.exact.title()
            ):
                continue
        if meaning.capitalised and not tokens[0].surface[:1].isupper():
            continue
        kept.append(meaning)
    return tuple(kept)
