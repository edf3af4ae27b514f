"""The insurgency of a theatre (wirecoder.actors.theatres) and the alias rows of current conflicts: our own cases."""

from __future__ import annotations

import pytest

from wirecoder.actors.theatres import theatre_group


@pytest.mark.parametrize(
    "country, admin1, expected",
    [
        ("Mozambique", "Cabo Delgado", ("Islamic State (Mozambique)", 2)),
        ("Mozambique", "Niassa", ("Islamic State (Mozambique)", 2)),
        ("Cameroon", "Sud-Ouest", ("Ambazonian Separatists", 2)),
        ("Kenya", "Lamu", ("Al Shabaab", 2)),
        ("Thailand", "Yala", ("Malay Muslim Separatists (Thailand)", 2)),
        ("Thailand", "Narathiwat", ("Malay Muslim Separatists (Thailand)", 2)),
        ("India", "Chhattisgarh", ("CPI (Maoist): Communist Party of India (Maoist)", 2)),
        ("Indonesia", "Central Papua", ("TPNPB: West Papua National Liberation Army", 2)),
        ("Thailand", "Bangkok", None),
        ("India", "Jharkhand", None),  # the PLFI fights there too
        ("Mozambique", "Maputo", None),  # no insurgency there
        ("Nigeria", "Borno", None),  # two groups fight in Borno: the unnamed stay unidentified
        ("Kenya", "Nairobi", None),
        ("Mozambique", None, None),
    ],
)
def test_theatre_group(coder, country, admin1, expected) -> None:
    actor = theatre_group(coder.rows, country, admin1, "insurgents")
    assert (actor.name, actor.inter) == expected if expected else actor is None


@pytest.mark.parametrize(
    "country, phrase, expected",
    [
        ("Libya", "Ansar al-Sharia fighters", ("Ansar al-Sharia (Libya)", 2)),
        ("Tunisia", "Ansar al-Sharia", ("Ansar al-Sharia (Tunisia)", 2)),
        ("Yemen", "Ansar al-Sharia militants", ("AQAP: Al Qaeda in the Arabian Peninsula", 2)),  # AQAP's front
        ("Libya", "forces loyal to Khalifa Haftar", ("LNA: Libyan National Army", 1)),
        ("Mozambique", "FADM soldiers", ("Military Forces of Mozambique", 1)),
        ("Haiti", "PNH officers", ("Police Forces of Haiti", 1)),
        ("Pakistan", "CTD personnel", ("Police Forces of Pakistan", 1)),
        ("India", "Assam Rifles troops", ("Military Forces of India Assam Rifles", 1)),
        ("Ukraine", "Ukrainian territorial defence units", ("Military Forces of Ukraine", 1)),
        # rangers are soldiers in Thailand and Pakistan, park and forest guards (police) elsewhere
        ("Thailand", "rangers", ("Military Forces of Thailand", 1)),
        ("Thailand", "a Thai paramilitary ranger", ("Military Forces of Thailand", 1)),
        ("Pakistan", "Rangers personnel", ("Military Forces of Pakistan", 1)),
        ("Kenya", "rangers", ("Police Forces of Kenya", 1)),
        ("India", "DRG jawans", ("Police Forces of India", 1)),
        ("India", "CoBRA commandos", ("Police Forces of India", 1)),
        ("India", "army jawans", ("Military Forces of India", 1)),
        ("Iraq", "YBS fighters", ("YBS: Sinjar Resistance Units", 3)),
        ("Thailand", "suspected Malay Muslim insurgents", ("Malay Muslim Separatists (Thailand)", 2)),
        ("Uganda", "park rangers", ("Police Forces of Uganda", 1)),
    ],
)
def test_current_conflict_names(coder, country, phrase, expected) -> None:
    assert [(a.name, a.inter) for _, _, a in coder.find(phrase, country)][:1] == [expected]


def test_levies_as_taxes_is_no_actor(coder) -> None:
    found = [a.name for _, _, a in coder.find("The county imposed new levies on traders.", "Pakistan")]
    assert "Police Forces of Pakistan" not in found


def test_actors_theatres_table_names_alias_rows(coder) -> None:
    from wirecoder.actors.theatres import load_theatres

    names = {row.name for row in coder.rows}
    theatres = load_theatres()
    assert theatres and all(t.group in names and t.regions for t in theatres)


@pytest.mark.parametrize(
    "line, message",
    [
        ("Mozambiqe\tCabo Delgado\tIslamic State (Mozambique)", "unknown country"),
        ("Mozambique\tCabo Delgado", "expected 3 non-empty TAB-separated"),
    ],
)
def test_actors_theatres_bad_row_names_file_and_line(tmp_path, line, message) -> None:
    from wirecoder.actors import AliasFileError
    from wirecoder.actors.theatres import load_theatres

    path = tmp_path / "mine.tsv"
    path.write_text(f"{line}\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match=rf"mine\.tsv:1: .*{message}"):
        load_theatres(path)
