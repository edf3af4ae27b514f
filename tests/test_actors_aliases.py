"""The alias table: it loads, every row is valid, variants match, users extend and override it."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.actors import ActorCoder, AliasFileError
from wirecoder.actors.table import DEFAULT_TABLE, KINDS, load_rows, parse_rows
from wirecoder.errors import WirecoderError


def test_actors_aliases_shipped_table_is_valid() -> None:
    rows = load_rows([DEFAULT_TABLE])
    assert len(rows) >= 150
    names = [r.name for r in rows]
    assert len(names) == len(set(names)), "a name appears twice in aliases.tsv"
    for row in rows:
        assert 1 <= row.inter <= 8, row.origin
        assert row.kind in KINDS, row.origin
        assert row.aliases, row.origin
        assert "(19" not in row.name and "(20" not in row.name, f"{row.origin}: drop the period"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("Al Shabaab 2 SOM Shabaab", "expected 4 or 5 TAB-separated columns"),
        ("Al Shabaab\t9\tSOM\tShabaab", "inter must be one of ACLED's codes 1-8"),
        ("Al Shabaab\t2\tSomalia\tShabaab", "countries must be ISO3 codes"),
        ("Al Shabaab\t2\tXYZ\tShabaab", "unknown: XYZ"),
        ("Al Shabaab\t2\tSOM\tShabaab\tgang", "kind must be one of"),
        ("\t2\tSOM\tShabaab", "the name column is empty"),
        ("{country} Militia\t3\t*\t", "no aliases"),
    ],
)
def test_actors_aliases_malformed_row_names_file_and_line(line: str, problem: str) -> None:
    lines = ["# a comment", "", line]
    with pytest.raises(AliasFileError) as info:
        parse_rows(lines, "my_groups.tsv")
    message = str(info.value)
    assert message.startswith("my_groups.tsv:3: ")
    assert problem in message
    assert isinstance(info.value, WirecoderError)


def test_actors_aliases_malformed_user_file_fails_on_load(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("# header\nGood Group\t3\tKEN\tGood Group\nBad Group\t3\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match=r"bad\.tsv:3: expected 4 or 5"):
        ActorCoder.load([path])


def test_actors_aliases_missing_user_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(AliasFileError, match="cannot read the alias file"):
        ActorCoder.load([tmp_path / "absent.tsv"])


def test_actors_aliases_user_file_extends_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# my additions\n"
        "Kaloleni Defence Group\t3\tKEN\tKaloleni Defence Group|KDG\n"
        "Al Shabaab\t2\tSOM\tAl Shabaab|Harakat al-Shabaab|the Youth Movement\n"
        "Renamed Mungiki\t3\tKEN\tMungiki\n",
        encoding="utf-8",
    )
    coder = ActorCoder.load([path])

    def name(phrase: str) -> str | None:
        actor = coder.code(phrase, "Kenya")
        return actor.name if actor else None

    assert name("KDG gunmen") == "Kaloleni Defence Group"
    assert name("the Youth Movement") == "Al Shabaab"
    assert name("Mungiki") == "Renamed Mungiki"
    # The replaced row keeps no trace of the shipped one.
    assert sum(r.name == "Al Shabaab" for r in coder.rows) == 1


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("al-Shabaab", "Al Shabaab"),
        ("Al Shabaab", "Al Shabaab"),
        ("AL-SHABAB", "Al Shabaab"),
        ("Shabaab", "Al Shabaab"),
        ("Kata'ib Hizballah", "Kata'ib Hizballah"),
        ("Kata’ib Hezbollah", "Kata'ib Hizballah"),
        ("Kataib Hezbollah", "Kata'ib Hizballah"),
        ("kataib hezbollah", "Kata'ib Hizballah"),
        ("Hay’at Tahrir al-Sham", "HTS: Hayat Tahrir al-Sham"),
        ("Hayat Tahrir al Sham", "HTS: Hayat Tahrir al-Sham"),
        ("Tehrik-e-Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
        ("Tehrik e Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
        ("Ahlu Sunna Wal Jamaa", "ASWJ: Ahlu Sunna Wal Jamaa"),
        ("Mayi-Mayi", "Mai-Mai Militia"),
        ("Ejército de Liberación Nacional", "ELN: National Liberation Army"),
        ("SPLA-IO", "SPLM/A-IO: Sudan Peoples Liberation Movement/Army-In Opposition"),
        ("SPLM/A-IO", "SPLM/A-IO: Sudan Peoples Liberation Movement/Army-In Opposition"),
        ("Nasa", "NASA: National Super Alliance"),
    ],
)
def test_actors_aliases_variants_match(coder: ActorCoder, phrase: str, name: str) -> None:
    actor = coder.code(phrase, None)
    assert actor is not None, phrase
    assert actor.name == name


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("He said it is what it is.", "Islamic State"),
        ("Tell us what happened.", "United States"),
        ("The kh sound is soft.", "Kata'ib Hizballah"),
        ("Let them speak.", "LeT: Lashkar-e-Taiba"),
        ("She fed the cat and the dog.", "Military"),
        ("Odm and nasa are spelt in lower case here.", "ODM: Orange Democratic Movement"),
    ],
)
def test_actors_aliases_short_acronyms_need_exact_form(
    coder: ActorCoder, text: str, unwanted: str
) -> None:
    names = [actor.name for _, _, actor in coder.find(text, "Iraq")]
    assert not any(unwanted in name for name in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The attack was claimed by IS on Friday.", "Islamic State (Iraq)"),
        ("IS militants shelled the village.", "Islamic State (Iraq)"),
        ("KH fighters fired rockets at the base.", "Kata'ib Hizballah"),
    ],
)
def test_actors_aliases_short_acronyms_match_in_context(
    coder: ActorCoder, text: str, name: str
) -> None:
    assert name in [actor.name for _, _, actor in coder.find(text, "Iraq")]


@pytest.mark.parametrize(
    ("text", "country", "unwanted"),
    [
        # A neighbour beyond a bracket or a dash is no context: "(AP) - Gunmen" is the Associated Press.
        ("MEXICO CITY (AP) - Gunmen ambushed a police convoy in Michoacan.", "Mexico", "Police Forces of Kenya"),
        # Another country's three-letter acronym needs a neighbour: "KDF" in a Somali story is Kenya's
        # army only beside "troops", "soldiers" ...
        ("The GSU said in a statement that gunmen attacked Kismayo.", "Somalia", "General Service Unit"),
    ],
)
def test_actors_aliases_foreign_acronyms_need_context(
    coder: ActorCoder, text: str, country: str, unwanted: str
) -> None:
    names = [actor.name for _, _, actor in coder.find(text, country)]
    assert not any(unwanted in name for name in names), names


def test_actors_aliases_foreign_acronyms_match_in_context(coder: ActorCoder) -> None:
    names = [actor.name for _, _, actor in coder.find("KDF troops shelled an al Shabaab camp near Kismayo.", "Somalia")]
    assert "Military Forces of Kenya" in names


def test_actors_aliases_longest_match_wins(coder: ActorCoder) -> None:
    found = coder.find("Lou Nuer youths raided cattle camps.", "South Sudan")
    assert [actor.name for _, _, actor in found][0] == "Lou Nuer Ethnic Militia (South Sudan)"


def test_actors_aliases_withdrawn_name_alias(coder: ActorCoder) -> None:
    # "APC" is an armoured personnel carrier far more often than Nigeria's party.
    text = "Two soldiers died when their APC hit a mine."
    assert "APC: All Progressives Congress" not in [a.name for _, _, a in coder.find(text)]


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("al-Shabaab insurgents", "Mozambique", "Islamic State (Mozambique)"),
        ("al-Shabaab insurgents", "Somalia", "Al Shabaab"),
        ("al-Shabaab insurgents", "Uganda", "Al Shabaab"),
        ("Ahlu Sunnah Wal Jamaah fighters", "Somalia", "ASWJ: Ahlu Sunna Wal Jamaa"),
        ("Ahlu Sunnah Wal Jamaah fighters", "Mozambique", "Islamic State (Mozambique)"),
        ("Ahlu Sunnah Wal Jamaah fighters", "Ethiopia", "ASWJ: Ahlu Sunna Wal Jamaa"),
    ],
)
def test_actors_aliases_shared_alias_follows_the_country(
    coder: ActorCoder, phrase: str, country: str, name: str
) -> None:
    actor = coder.code(phrase, country)
    assert actor is not None and actor.name == name


def test_actors_aliases_shared_alias_of_disjoint_user_row(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("Ansar Dine Mozambique\t2\tMOZ\tAnsar Dine\n", encoding="utf-8")
    coder = ActorCoder.load([path])
    assert coder.code("Ansar Dine fighters", "Mozambique").name == "Ansar Dine Mozambique"  # type: ignore[union-attr]
    assert coder.code("Ansar Dine fighters", "Mali").name != "Ansar Dine Mozambique"  # type: ignore[union-attr]
