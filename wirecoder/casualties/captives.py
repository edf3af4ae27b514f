"""Captives found dead: the count of people abducted earlier in the span gives the dead a later
death word names without a figure ("Gunmen abducted three engineers ... Their bodies were found").

Used by :mod:`wirecoder.casualties.phrases` for death mentions whose victims carry no count.
"""

from __future__ import annotations

import re

from wirecoder.numbers import NUMBER_PATTERN, parse_number

__all__ = ["captives_found_dead"]

_SEIZE = r"(?:abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?|seiz(?:ed|ing|es)|captur(?:ed|ing|es)|snatch(?:ed|ing|es))"
_PLURAL = r"(?:[a-z]+(?:s|men)|children|people)"  # "engineers", "policemen", "women", "children"
_TAKEN = r"(?:abducted|kidnapp?ed|seized|captured|snatched|taken\s+hostage|taken\s+captive)"
# "abducted three engineers", "abducting two others"; "three engineers were kidnapped".
_CAPTIVES = re.compile(
    rf"\b{_SEIZE}\s+(?:at\s+least\s+)?(?P<n>{NUMBER_PATTERN})\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?{_PLURAL})\b"
    rf"|\b(?P<n2>{NUMBER_PATTERN})\s+(?P<noun2>(?:[\w-]+\s+){{0,2}}?{_PLURAL})\s+(?:were|had\s+been|have\s+been)\s+"
    rf"(?:\w+ly\s+)?{_TAKEN}\b",
    re.IGNORECASE,
)
# The victims of the death word named as the captives: "their bodies", "the kidnapped engineers",
# "the captured policemen", "the hostages", "the victims" (after an abduction, its captives).
_AS_CAPTIVES = re.compile(
    rf"\btheir\s+(?:bodies|corpses|remains)\b|\bthe\s+(?:[\w-]+\s+)?(?:{_TAKEN}|missing)\s+(?P<noun>{_PLURAL})\b"
    r"|\bthe\s+(?:hostages|captives|abductees|victims)\b",
    re.IGNORECASE,
)


def _singular(noun: str) -> str:
    return noun.split()[-1].lower().rstrip("s")


def captives_found_dead(text: str, start: int, told_from: int, told_to: int, at: int) -> int | None:
    """The count of the captives that the death word's victims, named in ``text[told_from:told_to]``,
    stand for: those abducted in ``text[start:at]`` (the last such group), or None.

    Example:
        >>> s = "Gunmen abducted three engineers in Kirkuk. Their bodies were found on Wednesday."
        >>> captives_found_dead(s, 0, 43, len(s), 43)
        3
    """
    named = _AS_CAPTIVES.search(text, told_from, told_to)
    if named is None:
        return None
    groups = list(_CAPTIVES.finditer(text, start, at))
    if not groups:
        return None
    group = groups[-1]
    noun = group.group("noun") or group.group("noun2")
    if named.group("noun") and _singular(noun) not in (_singular(named.group("noun")), "other"):
        return None  # "the kidnapped engineers" are not the abducted "two nurses"
    return parse_number(group.group("n") or group.group("n2"))
