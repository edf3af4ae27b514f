"""Errors wirecoder raises, each saying what went wrong and how to fix it.

    WirecoderError
    ├── InputError        an input file or stream cannot be read (names the file)
    ├── ModelNotFound     no spaCy English model is installed
    ├── GoldFormatError   a gold file for ``wirecoder evaluate`` is malformed
    ├── GazetteerError    the place index cannot be built or loaded
    └── StoreError        the event store cannot be opened, read or written
                          (defined in wirecoder.store.schema, beside the schema it guards)

The CLI turns any ``WirecoderError`` into one line on stderr, never a traceback.
"""

from __future__ import annotations

__all__ = ["GazetteerError", "GoldFormatError", "InputError", "ModelNotFound", "WirecoderError"]


class WirecoderError(Exception):
    """Base class: a problem the user can fix; the message says how."""


class InputError(WirecoderError):
    """An input cannot be read. The message starts with the file name."""


class ModelNotFound(WirecoderError):
    """No spaCy English pipeline is installed."""


class GoldFormatError(WirecoderError):
    """A gold file for ``wirecoder evaluate`` is not in a format wirecoder reads."""


class GazetteerError(WirecoderError):
    """The gazetteer index cannot be built or loaded."""
