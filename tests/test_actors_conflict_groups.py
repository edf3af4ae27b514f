"""Named armed groups of active conflicts added to the alias table, guarded acronyms of gangs, and
faceless armed men coded as an unidentified armed group."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("CDF fighters", "Myanmar", "CDF: Chinland Defense Force"),
        ("Kachin rebels", "Myanmar", "KIA: Kachin Independence Army"),
        ("DKBA troops", "Myanmar", "DKBA: Democratic Karen Buddhist Army"),
        ("the Bamar People's Liberation Army", "Myanmar", "BPLA: Bamar Peoples Liberation Army"),
        ("FRPI militiamen", "Democratic Republic of Congo", "FRPI: Patriotic Resistance Front of Ituri"),
        ("Zaire militia", "Democratic Republic of Congo", "Zaire Militia"),
        ("Kamuina Nsapu militiamen", "Democratic Republic of Congo", "Kamuina Nsapu Militia"),
        ("Daulah Islamiyah fighters", "Philippines", "Dawlah Islamiyah"),
        ("NDC-R fighters", "Democratic Republic of Congo", "NDC-R: Nduma Defence of Congo-Renove"),
        ("FLA rebels", "Mali", "FLA: Azawad Liberation Front"),
        ("the Azawad Liberation Front", "Mali", "FLA: Azawad Liberation Front"),
        ("Lashkar-e-Islam militants", "Pakistan", "Lashkar-e-Islam"),
        ("Guerreros Unidos", "Mexico", "Guerreros Unidos"),
        ("La Linea gunmen", "Mexico", "Juarez Cartel"),
        ("TCP gang members", "Brazil", "TCP: Pure Third Command"),
        ("G9 gangsters", "Haiti", "G9 an Fanmi e Alye"),
        ("masked men", "Honduras", "Unidentified Armed Group (Honduras)"),
        ("heavily armed men", "Mexico", "Unidentified Armed Group (Mexico)"),
        ("unknown assailants", "Pakistan", "Unidentified Armed Group (Pakistan)"),
        ("an NLD office", "Myanmar", "NLD: National League for Democracy"),
        ("the FRELIMO headquarters", "Mozambique", "FRELIMO: Mozambique Liberation Front"),
        ("a PASTEF office", "Senegal", "PASTEF: African Patriots of Senegal for Work, Ethics and Fraternity"),
    ],
)
def test_actors_conflict_groups(coder, phrase, country, name) -> None:
    assert coder.code(phrase, country).name == name


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("armed villagers", "Nigeria", "Unidentified Communal Militia (Nigeria)"),  # a community's own
        ("CSP-DPA", "Mali", "CSP-DPA: Strategic Framework for the Defense of the People of Azawad"),
    ],
)
def test_actors_conflict_groups_unchanged(coder, phrase, country, name) -> None:
    assert coder.code(phrase, country).name == name
