"""Armed groups and parties an article names, as evidence of the countries it is about.

"ADF militants attacked a village near Beni" is about DR Congo, not Bolivia's Beni department:
the group's home countries (the ``countries`` column of the actor alias table) weigh in the
choice between namesakes like a place named in them, only less. Armed groups count, and
political parties by their names of two words or more ("Awami League activists clashed in
Mirpur": Dhaka's, not Azad Kashmir's; a party's acronym or one-word name, "NASA", "Jubilee", is
as often something else). State forces do not (they are named with their country, which the text
then names anyway). Each group counts once however often it is named, its weight shared among
its countries.

    >>> sorted(group_countries("ADF rebels raided the camp at dawn."))
    ['COD', 'UGA']
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from wirecoder.actors.table import DEFAULT_TABLE, load_rows

__all__ = ["GROUP_WEIGHT", "group_countries", "in_group_name"]

# What one armed group or party adds to its home countries, all together: half a place named in one.
GROUP_WEIGHT = 0.5
_MIN_ACRONYM = 3  # "IS", "KH" are words or initials as often as groups


def _acronym(alias: str) -> bool:
    """Written wholly in capitals ("ADF", "ADF-NALU") or mixed-case ("LeT"), as the alias table
    defines acronyms: matched exactly. "Al-Shabaab" is a name."""
    letters = [ch for ch in alias if ch.isalpha()]
    return " " not in alias and (
        all(ch.isupper() for ch in letters) or re.search(r"[a-z][A-Z]", alias) is not None
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern for acronyms (case kept), one for names (case ignored), and alias -> countries."""
    countries: dict[str, tuple[str, ...]] = {}
    acronyms, names = [], []
    for row in load_rows([DEFAULT_TABLE]):
        if row.kind not in ("armed", "party") or not row.countries or row.templated:
            continue
        for alias in row.aliases:
            if row.kind == "party" and (_acronym(alias) or " " not in alias):
                continue
            if _acronym(alias):
                if len(alias) >= _MIN_ACRONYM:
                    acronyms.append(alias)
                    countries.setdefault(alias, row.countries)
            elif len(alias) >= 4:
                names.append(alias.lower())
                countries.setdefault(alias.lower(), row.countries)
    def alternation(items: list[str]) -> str:
        return "|".join(re.escape(a) for a in sorted(set(items), key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w-])(?:{alternation(acronyms)})(?![\w])"),
        # Names are matched in the lower-cased text: much faster than a case-blind alternation.
        re.compile(rf"(?<![\w-])(?:{alternation(names)})(?![\w])"),
        countries,
    )


def group_countries(text: str) -> Counter[str]:
    """ISO3 code -> the weight the armed groups named in ``text`` give that country."""
    acronyms, names, countries = _patterns()
    found = {countries[m.group(0)] for m in acronyms.finditer(text)}
    found |= {countries[m.group(0)] for m in names.finditer(text.lower()) if m.group(0) in countries}
    weights: Counter[str] = Counter()
    for homes in found:
        for iso3 in homes:
            weights[iso3] += GROUP_WEIGHT / len(homes)
    return weights


def in_group_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies within an armed group's name: "Los Choneros clashed with Los Lobos"
    names a gang, not Los Lobos the town; "Tren de Aragua members" is no event in Aragua state."""
    acronyms, names, _ = _patterns()
    window_start, window_end = max(0, start - 40), min(len(text), end + 40)
    window = text[window_start:window_end]
    spans = [*acronyms.finditer(window), *names.finditer(window.lower())]
    return any(m.start() + window_start <= start and end <= m.end() + window_start for m in spans)
