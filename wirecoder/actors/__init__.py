"""Actor coding: ACLED-style actors (name and inter code) from the words of a report.

Named groups come from a data file, ``aliases.tsv`` (users add their own with
``ActorCoder.load(extra_alias_files=...)``); state forces from a force noun
and a country or demonym; crowds, gunmen and civilians from generic nouns read
in the context of their sentence.

Example:
    >>> coder = ActorCoder.load()
    >>> coder.code("police officers", "Kenya").name
    'Police Forces of Kenya'
"""

from __future__ import annotations

from .coder import ActorCoder
from .names import Mention
from .table import AliasFileError, AliasRow

__all__ = ["ActorCoder", "AliasFileError", "AliasRow", "Mention"]
