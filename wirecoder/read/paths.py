"""Input names to files: plain paths, directories walked lazily, and glob patterns.

A directory of a million files is never listed whole: the walk reads one
directory at a time, depth first, each directory's entries in name order, so
the first files are read while the rest of the tree is still unexplored, and
the order is the same on every run and every file system. Hidden entries
(``.git``, ``.DS_Store``) and symbolic links to directories are passed over.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from fnmatch import fnmatchcase
from pathlib import Path

from wirecoder.model import Skipped

__all__ = ["expand_input"]

_GLOB = re.compile(r"[*?[]")
_RECURSIVE = "**"


def expand_input(name: str) -> Iterator[Path | Skipped]:
    """The files ``name`` stands for, in a stable order; a Skipped when it stands for none.

    ``name`` is a file, a directory (read recursively) or a glob pattern (``*``,
    ``?``, ``[abc]``, and ``**`` for any depth of directories), which wirecoder
    expands itself so patterns can be quoted past the shell.

    Example:
        >>> list(expand_input("no/such/*.warc.gz"))
        [Skipped(origin='no/such/*.warc.gz', reason='no file matches this pattern')]
    """
    path = Path(name)
    if path.is_dir():
        yield from _directory(path, origin=name)
    elif path.exists():
        yield path
    elif _GLOB.search(name):
        yield from _pattern(name)
    else:
        yield Skipped(name, "no such file or directory")


def _directory(directory: Path, *, origin: str) -> Iterator[Path | Skipped]:
    """Every non-hidden file under ``directory``; a Skipped when there is none."""
    found = False
    for item in walk(directory):
        found = found or isinstance(item, Path)
        yield item
    if not found:
        yield Skipped(origin, "directory holds no readable (non-hidden) files")


def walk(directory: Path) -> Iterator[Path | Skipped]:
    """Files under ``directory``, depth first in name order; unreadable directories as Skipped."""
    for child, is_dir in _entries(directory):
        if isinstance(child, Skipped):
            yield child
        elif is_dir:
            yield from walk(child)
        else:
            yield child


def _entries(directory: Path, *, hidden: bool = False) -> list[tuple[Path | Skipped, bool]]:
    """The entries of one directory in name order, each with whether it is a directory."""
    try:
        with os.scandir(directory) as scan:
            entries = [(e.name, e.is_dir()) for e in scan
                       if (hidden or not e.name.startswith("."))
                       and not (e.is_symlink() and e.is_dir())]  # fmt: skip
    except OSError as error:
        reason = f"cannot list the directory: {error.strerror or error} (check its permissions)"
        return [(Skipped(str(directory), reason), False)]
    return [(directory / name, is_dir) for name, is_dir in sorted(entries)]


def _pattern(pattern: str) -> Iterator[Path | Skipped]:
    """The files a glob pattern matches; a directory it matches is read whole (not under ``**``)."""
    parts = Path(pattern).parts
    literal = next(i for i, part in enumerate(parts) if _GLOB.search(part) or part == _RECURSIVE)
    base = Path(*parts[:literal]) if literal else Path()
    recursive = _RECURSIVE in parts
    found = False
    for match in _matches(base, parts[literal:]):
        if match.is_dir():
            if recursive and parts[-1] != _RECURSIVE:
                continue  # "**/*" also matches the directories whose files it matches
            for item in walk(match):
                found = found or isinstance(item, Path)
                yield item
        else:
            found = True
            yield match
    if not found:
        yield Skipped(pattern, "no file matches this pattern")


def _matches(base: Path, parts: tuple[str, ...]) -> Iterator[Path]:
    """Paths under ``base`` matching the pattern ``parts``, in name order."""
    if not parts:
        yield base
        return
    part, rest = parts[0], parts[1:]
    if part == _RECURSIVE:
        if not rest:
            yield base  # a trailing "**": everything below, which reading the directory gives
            return
        yield from _matches(base, rest)  # "**" standing for no directory at all
        for child, is_dir in _entries(base):
            if isinstance(child, Path) and is_dir:
                yield from _matches(child, parts)
    elif _GLOB.search(part):
        for child, is_dir in _entries(base, hidden=part.startswith(".")):
            if isinstance(child, Path) and fnmatchcase(child.name, part) and (is_dir or not rest):
                yield from _matches(child, rest)
    else:
        child = base / part
        if child.is_dir() if rest else child.exists():
            yield from _matches(child, rest)

