"""Whether the words of a victim phrase name one person: a name, a title and a name, a role and a name.

Used by :mod:`wirecoder.casualties.victims` and :mod:`wirecoder.casualties.phrases`: a named
victim counts one even when no article or figure says so ("killed journalist Javier Valdez",
"killed IS leader Abu Bakr al-Baghdadi").
"""

from __future__ import annotations

import re

from wirecoder.casualties.words import GROUP_WORDS, NOT_PERSON, PERSON_HEAD

__all__ = ["TITLED", "is_person_name", "role_and_name"]

# A title and a name: one person ("Mr. Ahmed and his bodyguard were killed").
TITLED = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Cpl|Rev|Prof|Brig|Hon|Sheikh|Imam|Mullah|Pastor)\.?"
    r"\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}$"
)
# Arabic names join their article to the name in lower case ("al-Baghdadi", "el-Sayed"): still a name.
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-[A-Z]")
# A role noun and the name after it (lower-case links as in "Osama bin Laden", "Luis de la Cruz"): "commander Abu Omar al-Shishani", "district governor Abdul Wahid".
_ROLE_NAME = re.compile(
    r"(?:^|\s)(?P<role>[a-z][a-z-]+)\s+(?P<name>(?:(?:[A-Z][\w'.-]*|(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-[A-Z][\w'-]*"
    r"|bin|ibn|bint|de|del|della|da|dos|das|di|van|von|le|la)\s*){2,6})$"
)


def _is_name_word(word: str) -> bool:
    """Whether ``word`` may be part of a person's name."""
    return word[0].isupper() or _PARTICLE_NAME.match(word) is not None


def is_person_name(phrase: str) -> bool:
    """Whether ``phrase`` reads as one named person: capitalised words, no group name.

    Example:
        >>> is_person_name("Ayman al-Zawahiri"), is_person_name("Kenya Defence Forces")
        (True, False)
    """
    words = [w for w in re.findall(r"[A-Za-z][\w'.-]*", phrase) if "#" not in w]
    names = [w for w in words if _is_name_word(w)]
    if not 2 <= len(names) <= 5 or len(words) > 6 or not _is_name_word(words[-1]):
        return False
    return not any(w.lower().strip(".") in GROUP_WORDS for w in words)


def role_and_name(phrase: str) -> bool:
    """Whether ``phrase`` ends in a role noun and a name: one person, whatever group comes before
    ("Taliban commander Mullah Abdul Rahman", "IS spokesman Abu Mohammed al-Adnani").

    Example:
        >>> role_and_name("al-Qaeda leader Ayman al-Zawahiri"), role_and_name("the town of Ras Kamboni")
        (True, False)
    """
    found = _ROLE_NAME.search(phrase.strip(" ,"))
    if not found or not PERSON_HEAD.search(found.group("role")) or found.group("role") in NOT_PERSON:
        return False
    name = found.group("name").split()
    if not _is_name_word(name[-1]) or any(w.lower() in GROUP_WORDS for w in name):
        return False
    return True
