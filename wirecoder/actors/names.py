"""How ACLED writes actor names, and the records a mention is built from.

Example:
    >>> from wirecoder.actors.countries import by_name
    >>> state_name("MIL", by_name("United States"))
    'Military Forces of the United States'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wirecoder.model import Actor

from .context import Cues
from .countries import Country, army_country, by_iso3, forces_name
from .table import AliasRow
from .tokens import Token

__all__ = [
    "GENERIC_NAMES", "Mention", "Scene", "fill_template", "group_label", "local_branches", "row_actor",
    "row_country", "state_name", "with_country",
]


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mentioned at ``text[start:end]``, with ACLED associated actors.

    ``kind``: named (alias table), state (generic state forces), identity
    (ethnic/clan group), generic (crowds, gunmen, civilians) or implied
    (an event noun such as "riots").
    """

    start: int
    end: int
    actor: Actor
    assoc: tuple[str, ...] = ()
    kind: str = "generic"


# Generic category -> ACLED's name (the country follows in parentheses) and inter code.
GENERIC_NAMES = {
    "UAG": ("Unidentified Armed Group", 3),
    "ETHNIC": ("Unidentified Ethnic Militia", 4),
    "CLAN": ("Unidentified Clan Militia", 4),
    "COMMUNAL": ("Unidentified Communal Militia", 4),
    "CIV": ("Civilians", 7),
    "PROT": ("Protesters", 6),
    "RIOT": ("Rioters", 5),
}
@dataclass(frozen=True, slots=True)
class Scene:
    """What interpretation needs besides the phrase: the sentence and the event's country."""

    text: str  # the whole text; offsets are absolute
    sentence_start: int
    sentence_end: int
    tokens: Sequence[Token]
    country: Country | None
    cues: Cues

    @property
    def sentence(self) -> str:
        """The sentence text."""
        return self.text[self.sentence_start : self.sentence_end]


def with_country(base: str, country: Country | None) -> str:
    """An ACLED category name with its country: "Students (Kenya)"."""
    return f"{base} ({country.name})" if country else base


def state_name(cat: str, country: Country | None) -> str:
    """"Military Forces of Kenya" / "Police Forces of the United States" / "Government of Iraq"."""
    force = {"MIL": "Military Forces", "POL": "Police Forces", "GOV": "Government"}[cat]
    if not country:
        return force
    return f"{force} of {forces_name(army_country(country.name) if cat == 'MIL' else country.name)}"


def fill_template(name: str, country: Country | None) -> str:
    """Put the country into a "{country}" name, or drop the placeholder when unknown."""
    if country:
        return name.replace("{country}", country.name)
    return name.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "")


def row_country(row: AliasRow, event: Country | None) -> Country | None:
    """The country a templated row is named after: the event's, unless the group is foreign."""
    if event and (not row.countries or event.iso3 in row.countries):
        return event
    return by_iso3(row.countries[0]) if row.countries else None


def row_actor(row: AliasRow, event: Country | None, text: str) -> Actor:
    """The actor an alias-table row names; state forces abroad become inter 8."""
    name = fill_template(row.name, row_country(row, event)) if row.templated else row.name
    inter = row.inter
    if row.kind == "state" and event and row.countries and event.iso3 not in row.countries:
        inter = 8
    return Actor(name, inter, text, f"alias table {row.origin}")


def group_label(row: AliasRow, event: Country | None) -> str:
    """"Pokot Ethnic Militia (Kenya)" -> "Pokot Ethnic Group (Kenya)" (ACLED's associated actor)."""
    name = fill_template(row.name, row_country(row, event))
    for militia, group in (("Ethnic Militia", "Ethnic Group"), ("Clan Militia", "Clan Group"),
                           ("Tribal Militia", "Tribal Group")):  # fmt: skip
        name = name.replace(militia, group)
    return name


# Al Qaeda's regional branches, by country: "al-Qaeda-linked jihadists" in Burkina Faso are JNIM to ACLED,
# "al-Qaeda fighters" in Yemen AQAP (Mali's before JNIM formed are AQIM: see periods.tsv).
_AL_QAEDA_BRANCHES = {
    **dict.fromkeys(("MLI", "BFA", "NER", "BEN", "TGO"), "JNIM: Group for Support of Islam and Muslims"),
    "YEM": "AQAP: Al Qaeda in the Arabian Peninsula",
    "DZA": "AQIM: Al Qaeda in the Islamic Maghreb",
}


def local_branches(rows: Sequence[AliasRow]) -> dict[str, str]:
    """A worldwide group's name in a country -> the name of its branch there, where the table has one:
    "Islamic State (Nigeria)" -> "Islamic State West Africa Province", "Islamic State (Burkina Faso)" ->
    "Islamic State Sahel Province". ACLED codes the local province, which a wire story seldom names.
    A branch row's countries say where it operates; of two branches in one country, the later row wins.
    Al Qaeda, named without a country, has its branch under "Al Qaeda (<country>)".
    """
    branches: dict[str, str] = {}
    for template in rows:
        if not template.name.endswith(" ({country})") or template.name.count("{country}") != 1:
            continue
        stem = template.name.removesuffix(" ({country})") + " "
        for row in rows:
            if row.templated or not row.name.startswith(stem) or row.inter != template.inter:
                continue
            for iso3 in row.countries:
                if (country := by_iso3(iso3)) is not None:
                    branches[fill_template(template.name, country)] = row.name
    names = {row.name for row in rows}
    for iso3, branch in _AL_QAEDA_BRANCHES.items():
        if (country := by_iso3(iso3)) is not None and branch in names and "Al Qaeda" in names:
            branches[f"Al Qaeda ({country.name})"] = branch
    return branches
