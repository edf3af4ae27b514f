"""Loading and checking alias tables (``aliases.tsv`` and users' own files).

The format is documented in the header of ``wirecoder/actors/aliases.tsv``:
``name<TAB>inter<TAB>countries<TAB>aliases[<TAB>kind]``, ``#`` starts a comment.

Example:
    >>> rows = load_rows([DEFAULT_TABLE])
    >>> any(r.name == "Al Shabaab" for r in rows)
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wirecoder.errors import WirecoderError

from .countries import by_iso3

__all__ = ["DEFAULT_TABLE", "KINDS", "AliasFileError", "AliasRow", "load_rows", "parse_rows", "read_cells"]

DEFAULT_TABLE = Path(__file__).with_name("aliases.tsv")
KINDS = ("state", "armed", "identity", "party", "union")
_STATE_PREFIXES = ("Military Forces of", "Police Forces of", "Government of")
_PLACEHOLDER = "{country}"


class AliasFileError(WirecoderError):
    """An actor table (aliases, periods, theatres) has a malformed row; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class AliasRow:
    """One actor of an alias table. ``countries`` is empty for "*" (anywhere)."""

    name: str
    inter: int
    countries: tuple[str, ...]
    aliases: tuple[str, ...]
    kind: str
    origin: str  # "file:line", for error messages and debugging

    @property
    def templated(self) -> bool:
        """True when the name holds ``{country}`` (filled with the event's country)."""
        return _PLACEHOLDER in self.name


def _default_kind(name: str, inter: int) -> str:
    """The kind a row gets when its fifth column is empty."""
    if name.startswith(_STATE_PREFIXES):
        return "state"
    if inter == 4 and _PLACEHOLDER in name:
        return "identity"
    return "armed"


def _name_aliases(name: str) -> list[str]:
    """The aliases a name implies: "MRC: Mombasa Republican Council" gives both halves."""
    if _PLACEHOLDER in name or name.startswith(_STATE_PREFIXES):
        return []
    parts = [p.strip() for p in name.split(":", 1)] if ": " in name else [name]
    return [p for p in parts if p]


def _parse_line(line: str, origin: str) -> AliasRow:
    """One data line -> row; raises AliasFileError saying what to fix."""
    cells = line.rstrip("\r\n").split("\t")
    if len(cells) not in (4, 5):
        raise AliasFileError(
            f"{origin}: expected 4 or 5 TAB-separated columns "
            f"(name, inter, countries, aliases[, kind]), found {len(cells)}; "
            "check that the columns are separated by TAB characters, not spaces"
        )
    name, inter_text, countries_text, aliases_text = (c.strip() for c in cells[:4])
    kind = cells[4].strip() if len(cells) == 5 else ""
    if not name:
        raise AliasFileError(f"{origin}: the name column is empty; write the actor's name first")
    if not re.fullmatch(r"[1-8]", inter_text):
        raise AliasFileError(
            f"{origin}: inter must be one of ACLED's codes 1-8, found {inter_text!r}"
        )
    inter = int(inter_text)
    countries: tuple[str, ...] = ()
    if countries_text != "*":
        codes = tuple(c.strip().upper() for c in countries_text.split("|") if c.strip())
        unknown = [c for c in codes if by_iso3(c) is None]
        if not codes or unknown:
            raise AliasFileError(
                f"{origin}: countries must be ISO3 codes separated by '|' or '*', "
                f"found {countries_text!r}"
                + (f" (unknown: {', '.join(unknown)})" if unknown else "")
            )
        countries = codes
    if kind and kind not in KINDS:
        raise AliasFileError(
            f"{origin}: kind must be one of {', '.join(KINDS)} (or left out), found {kind!r}"
        )
    aliases = [a.strip() for a in aliases_text.split("|") if a.strip()]
    if not [a for a in aliases if not a.startswith("-")] and not _name_aliases(name):
        raise AliasFileError(
            f"{origin}: no aliases; list how texts name {name!r}, separated by '|'"
        )
    # "-ALIAS" withdraws an alias the name implies ("-CPC": not every CPC is this one); "?ALIAS" keeps it
    # only beside a word that makes it a group ("PTI supporters", not the news agency PTI).
    dropped = {a[1:].strip() for a in aliases if a.startswith(("-", "?"))}
    seen: dict[str, None] = {}
    for alias in [*_name_aliases(name), *aliases]:
        if not alias.startswith("-") and alias not in dropped:
            seen.setdefault(alias, None)
    return AliasRow(
        name=name,
        inter=inter,
        countries=countries,
        aliases=tuple(seen),
        kind=kind or _default_kind(name, inter),
        origin=origin,
    )


def parse_rows(lines: Iterable[str], source: str) -> list[AliasRow]:
    """Parse alias-table lines; ``source`` names the file in error messages."""
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(_parse_line(line, f"{source}:{number}"))
    return rows


def _read_text(path: Path, what: str = "table") -> str:
    """A table file's text; AliasFileError says what to fix when it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise AliasFileError(f"{path}: cannot read the {what} ({exc.strerror}); check the path") from exc
    except UnicodeDecodeError as exc:
        raise AliasFileError(f"{path}: not UTF-8 text; save the file as UTF-8") from exc


def read_cells(path: Path, columns: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The data lines of a TAB-separated table as ("file:line", cells), each with exactly ``columns``."""
    rows = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        origin = f"{Path(path).name}:{number}"
        if len(cells) != len(columns) or not all(cells):
            raise AliasFileError(
                f"{origin}: expected {len(columns)} non-empty TAB-separated columns ({', '.join(columns)}), "
                f"found {len([c for c in cells if c])}; check that the columns are separated by TAB characters"
            )
        rows.append((origin, cells))
    return rows


def load_rows(paths: Sequence[Path]) -> list[AliasRow]:
    """Rows of every file in order; a later row with the same name replaces an earlier one."""
    by_name: dict[str, AliasRow] = {}
    for path in paths:
        text = _read_text(path, "alias file")
        # The shipped table is named briefly in reasons; users' files by their full path.
        source = path.name if Path(path) == DEFAULT_TABLE else str(path)
        for row in parse_rows(text.splitlines(), source):
            by_name.pop(row.name, None)  # re-insert so a replacement keeps the later position
            by_name[row.name] = row
    return list(by_name.values())
