"""A claim of responsibility told without the word "claim": "said it had carried out the attack", "The attack
was claimed by ..."; a group's claim names the attacker an earlier sentence left unknown."""

from __future__ import annotations

import pytest

from wirecoder.accounts import _CLAIM


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The Pakistani Taliban said it had carried out the attack, in a message to journalists.", True),
    ("The militants said they carried out Sunday's bombing to avenge their commander.", True),
    ("The ambush was claimed by the Islamic State Sahel Province on its channels.", True),
    ("The attack has been claimed by Al-Shabaab in a statement.", True),
    ("Police said the suspects had carried out several robberies in the area.", False),
    ("The army said it carried out raids in three villages on Monday.", False),
])
def test_accounts_claim_patterns_without_the_word(sentence: str, claim: bool) -> None:
    assert (_CLAIM.search(sentence) is not None) is claim
