"""Page chrome: readers' comments under a name and an age, 'Reply' buttons and breadcrumb trails with '>' are
furniture; story sentences that tell a time 'ago' are not."""

from __future__ import annotations

import pytest

from wirecoder.clean.chrome import is_chrome


@pytest.mark.parametrize(("line", "chrome"), [
    ("Guest - 2 hours ago: May God have mercy on the victims.", True),
    ("Wanjiku N. - 1 day ago: Our leaders have failed us again.", True),
    ("Reply", True),
    ("Home > Africa > Somalia", True),
    ("News › World › Asia", True),
    ("Police said two people were killed - an hour ago, officials confirmed.", False),
    ("The convoy was hit two hours ago, a source said.", False),
    ("Residents said the shelling began 3 days ago and has not stopped.", False),
    ("This website uses cookies to improve your experience.", True),
    ("We are using cookies to give you the best experience on our site.", True),
    ("Police said the suspects used a fake bakery to launder money.", False),
])
def test_clean_chrome_comments_and_trails(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome
