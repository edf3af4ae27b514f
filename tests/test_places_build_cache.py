"""The compiled gazetteer is cached under a hash of its inputs: the hash must cover every module
of wirecoder that the build runs, so a change in a build rule never reuses a stale index."""

from __future__ import annotations

import ast
from pathlib import Path

import wirecoder
from wirecoder.places.index import BUILD_SOURCES, data_version

_ROOT = Path(wirecoder.__file__).parent


def _imports(relative: str) -> set[str]:
    """The wirecoder modules (as paths under the package) that the module at ``relative`` imports."""
    tree = ast.parse((_ROOT / relative).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            if name.startswith("wirecoder."):
                path = name.removeprefix("wirecoder.").replace(".", "/")
                found.add(f"{path}/__init__.py" if (_ROOT / path).is_dir() else f"{path}.py")
    return found


def test_places_build_cache_hash_covers_every_module_the_build_runs() -> None:
    seen, todo = set(), ["places/build.py"]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo.extend(_imports(module))
    assert seen == set(BUILD_SOURCES)


def test_places_build_cache_hash_is_stable() -> None:
    # The same inputs give the same name, so the cache is reused (not rebuilt on every load).
    assert data_version() == data_version()
    assert len(data_version()) == 16
