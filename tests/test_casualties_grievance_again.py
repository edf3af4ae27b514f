"""Whole notes through the pipeline (written for these tests): a crowd that rose over a death does not
take that death as its own toll when a later sentence tells it again; a killing that others answer or
investigate keeps its victim."""

from __future__ import annotations

import pytest

from wirecoder.model import Article


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 8 August 2018, students protested in Kano (Kano) over the death of a classmate. "
         "The student was found dead in his room on Monday.", 0),
        ("On 8 August 2018, relatives protested in Kano (Kano) over the killing of a trader by police. "
         "They said he was shot dead at a checkpoint.", 0),
        ("On 3 May 2021, traders blocked the main road in Gao (Gao) to protest the murder of a colleague. "
         "The victim was stabbed to death near the market.", 0),
        # The crowd's own dead, and a killing investigated, count.
        ("On 3 May 2021, traders blocked the main road in Gao (Gao) to protest rising taxes. "
         "Police opened fire and two protesters were killed.", 2),
        ("On 3 May 2021, police opened an inquiry into the killing of a journalist in Gao (Gao). "
         "His body was found on Sunday with stab wounds.", 1),
    ],
)  # fmt: skip
def test_casualties_grievance_again(pipeline, text: str, fatalities: int) -> None:
    [article] = list(pipeline.run([Article(id="g", text=text, origin="test")]))
    assert article.events, "no event"
    assert article.events[0].fatalities == fatalities, [(e.event_type, e.fatalities) for e in article.events]
