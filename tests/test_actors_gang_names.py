"""Gangs a note names by their own names are coded by that name where ACLED codes gangs (actors.gang_names).
Sentences are our own."""

from __future__ import annotations

import pytest

from wirecoder.actors.gang_names import gang_name


def _name(text):
    start = text.index("gang")
    return gang_name(text, start, start + 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the Kraze Baryè gang attacked residents of Tabarre.", "Kraze Baryè"),
        ("The Village de Dieu gang kidnapped five passengers.", "Village de Dieu"),
        ("Alleged members of the Chone Killers gang shot three people.", "Chone Killers"),
        ("The 400 Mawozo gang abducted a priest.", "400 Mawozo"),
        # no name: a description, a country's word, a date
        ("Armed gang members robbed a bus.", None),
        ("A rival gang attacked the market.", None),
        ("Haitian gang members set fire to a school.", None),
        ("On 3 May 2023 gang members burned a police station.", None),
    ],
)  # fmt: skip
def test_actors_gang_names_found(text, name):
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Members of the Kraze Baryè gang attacked residents of Tabarre, killing four people.", "Haiti", "Kraze Baryè"),
        ("Members of the Chone Killers gang shot dead three people in Duran.", "Ecuador", "Chone Killers"),
    ],
)  # fmt: skip
def test_actors_gang_names_code_the_gang(coder, text, country, name):
    assert name in [a.name for _, _, a in coder.find(text, country)]


def test_actors_gang_names_only_where_acled_codes_gangs(coder):
    # in Kenya's notes a gang is an armed group, named or not
    names = [a.name for _, _, a in coder.find("Members of the Kraze Baryè gang attacked residents.", "Kenya")]
    assert "Kraze Baryè" not in names
