"""Arabic place names as copy spells them: "Ain" for the data's "Ayn", "Tel" for "Tall", letters
doubled or not, and a lower-case part after the article ("Ras al-ain"). Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser
from wirecoder.places.names import arabic_spellings, single_letters
from wirecoder.places.tokens import scan_tokens


@pytest.mark.parametrize(
    ("key", "spelling"),
    [("ras al ayn", "ras al ain"), ("tall abyad", "tel abyad"), ("tall abyad", "tal abyad"),
     ("jabal akhdar", "jebel akhdar"), ("tall rifat", "tal rifat")],
)
def test_places_spellings_arabic_words_have_their_copy_spellings(key, spelling):
    assert spelling in arabic_spellings(key)


@pytest.mark.parametrize("key", ["ayn", "tall", "damascus"])
def test_places_spellings_one_word_and_plain_names_get_none(key):
    assert arabic_spellings(key) == set()


@pytest.mark.parametrize(("key", "single"), [("tal rifaat", "tal rifat"), ("ain issa", "ain isa"), ("homs", "homs")])
def test_places_spellings_single_letters(key, single):
    assert single_letters(key) == single


def test_places_spellings_lower_case_part_after_the_article_is_a_name_part():
    tokens = scan_tokens("Shells fell on Ras al-ain and on the al-hol road.")
    assert [t.text for t in tokens if t.cap] == ["Shells", "Ras", "ain"]  # "hol": no name before "al"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Turkish artillery shelled Ras al-ain on Tuesday, killing three civilians.", "Al-Hasakeh"),
        ("Kurdish fighters pulled out of Tel Abyad overnight.", "Ar-Raqqa"),
        ("An air strike hit a bakery in Tal Rifaat on Monday.", "Aleppo"),
        ("Gunmen attacked a checkpoint near Ain Issa.", "Ar-Raqqa"),
    ],
)
def test_places_spellings_names_are_found_as_copy_writes_them(geo, text, admin1):
    place = geo.locate(Article(id="s", text=text), 0, len(text), home="Syria")
    assert place is not None and place.admin1 == admin1 and place.latitude is not None


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # The article written unassimilated where the gazetteer has it assimilated, and back.
        ("Gunmen killed two policemen in Al Nasiriyah on Monday.", "Thi-Qar"),
        ("A bomb exploded at a market in Al Zubayr on Tuesday.", "Basrah"),
        ("Houthi forces shelled Al-Durayhimi on Tuesday, killing two children.", "Al Hudaydah"),
    ],
)
def test_places_spellings_arabic_article_either_way(geo: Geoparser, text: str, admin1: str) -> None:
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert place is not None and place.admin1 == admin1
