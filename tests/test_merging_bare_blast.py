"""A blast told with no device of its own ("It exploded on the road") is the grenade, bomb or strike the
sentence before names (merging.same_event, events.remote.bare_blast; sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.events.remote import bare_blast
from wirecoder.model import Article

_E = "Explosions/Remote violence"
_IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("event_type", "sub", "notes", "bare"),
    [
        (_E, _IED, "It exploded on the road, wounding two personnel.", True),
        (_E, _IED, "The explosion damaged three shops.", True),
        (_E, _IED, "A roadside bomb exploded near the convoy.", False),
        (_E, _IED, "An explosive device went off in the market.", False),
        (_E, "Grenade", "It exploded on the road.", False),
        ("Battles", "Armed clash", "It exploded on the road.", False),
    ],
)  # fmt: skip
def test_merging_bare_blast_told(event_type: str, sub: str, notes: str, bare: bool) -> None:
    assert bare_blast(event_type, sub, notes) is bare


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "subs"),
    [
        ("On 17 July 2020, militants hurled a hand grenade at a bunker in Srinagar. It exploded on the road, "
         "wounding two policemen.", ["Grenade"]),
        # two devices, two places: no merging
        ("On 17 July 2020, a roadside bomb struck a bus in Kandahar. Another explosion hit a market in Herat.",
         [_IED, _IED]),
    ],
)  # fmt: skip
def test_merging_bare_blast_folds_into_named_means(pipeline, text: str, subs: list[str]) -> None:
    (article,) = pipeline.process([Article("note", text)])
    assert [e.sub_event_type for e in article.events] == subs
