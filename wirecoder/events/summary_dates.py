"""Incident summaries parsed as though their opening date were an adverb.

The Global Terrorism Database's summaries open with a month-first date and a colon ("09/28/2015:
Assailants armed with firearms attacked and seized Kunduz city, ..."). The small English model
often reads the date as a sentence of its own, or hangs the report under it, and then takes
"attacked" for a participle describing the assailants: the act has no subject and the sentence no
main verb. Such a sentence is parsed again with the date and colon read as "Yesterday ," (the same
number of tokens) and that parse is laid over the original words, so text and offsets stay the
article's; the date's own tag and lemma are kept, the dates stage reads the text anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.events.headlines import overlaid

__all__ = ["reparse_summary_dates"]

_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_STAND_IN = ("Yesterday", ",")  # an adverb of time and its comma: the clause after it is the report


def _opens_with_date(doc: Doc) -> bool:
    return len(doc) > 3 and _DATE.fullmatch(doc[0].text) is not None and doc[1].text == ":"


def reparse_summary_dates(docs: Sequence[Doc], nlp: Language, batch_size: int = 64) -> list[Doc]:
    """``docs`` with each that opens "MM/DD/YYYY:" carrying the parse of its reading with an adverb there."""
    out = list(docs)
    jobs = [i for i, doc in enumerate(docs) if _opens_with_date(doc)]
    reworded = (
        Doc(nlp.vocab, words=[*_STAND_IN, *(t.text for t in docs[i][2:])],
            spaces=[bool(t.whitespace_) for t in docs[i]])
        for i in jobs
    )
    for i, again in zip(jobs, nlp.pipe(reworded, batch_size=batch_size)):
        out[i] = overlaid(docs[i], again, nlp, kept=len(_STAND_IN))
    return out
