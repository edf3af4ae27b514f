"""Name keys: how place names are folded so spelling variants meet in one dictionary slot.

``fold("Murang'a County")`` and ``fold("MURANGA county")`` both give ``"muranga county"``;
``strip_admin_suffix`` then drops the trailing ``county``. Keys are lower-case ASCII with single
spaces, so a dictionary lookup is the whole of matching.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirecoder.accents import strip_accents

__all__ = [
    "ADMIN_SUFFIXES",
    "ARABIC_ARTICLES",
    "DIRECTIONS",
    "admin_suffix_level",
    "arabic_spellings",
    "article_variants",
    "bare_division_key",
    "single_letters",
    "fold",
    "transliteration_form",
    "transliteration_key",
    "skeleton",
    "strip_admin_suffix",
    "vowelless",
]

# Words that follow an administrative unit's name; the value is the level they suggest
# (1 = first-order division, 2 = second-order), used when a text says "X County".
ADMIN_SUFFIXES: dict[str, int] = {
    "province": 1,
    "governorate": 1,
    "state": 1,
    "region": 1,
    "oblast": 1,
    "county": 1,
    "prefecture": 1,
    "department": 1,
    "division": 1,
    "muhafazah": 1,
    "muhafazat": 1,
    "wilayah": 1,
    "district": 2,
    "sub county": 2,
    "subcounty": 2,
    "municipality": 2,
    "raion": 2,
    "rayon": 2,
    "constituency": 2,
    "zone": 2,
    "woreda": 2,
    # Kenya's units below the constituency, as coders write them ("Endo Location", "Kiamaiko ward").
    "ward": 2,
    "location": 2,
    "sub location": 2,
    "sublocation": 2,
    # Second-order units elsewhere: Nigeria's local government areas, Mali's cercles, South
    # Asia's tehsils and upazilas, Sierra Leone's chiefdoms. Not DR Congo's "territory": it
    # would make "Beni territory" Bolivia's Beni department before the article's country is known.
    "local government": 2,
    "lga": 2,
    "cercle": 2,
    "tehsil": 2,
    "upazila": 2,
    "chiefdom": 2,
    "sub prefecture": 2,
    # Pakistan's former tribal agencies, as copy writes them ("the Khyber tribal region").
    "tribal region": 2,
    "tribal district": 2,
    "tribal agency": 2,
}
# Words ending divisions' names in the data that, in text, end other bodies' names more often
# ("Khyber Agency" is a district, "the Fars agency" a news agency): a division is also keyed
# without them, but text never reads them as a unit word.
_DATA_SUFFIXES = (" agency",)

# Directional words that name part of a place ("southern Maysan"): stripped before lookup.
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern upper lower "
    "greater".split()
)

# Arabic definite articles that texts write or drop at will ("Al Anbar" / "Anbar").
ARABIC_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "adh ")

# Characters with no Unicode decomposition to ASCII that place names use.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe",
        "Œ": "oe", "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t",
    }
)
# Apostrophes and ayn/hamza marks vanish (Murang'a == Muranga, Ta'izz == Taizz);
# dashes, dots and slashes separate words.
_DROP = re.compile(r"['’‘`´ʼʻʿʾ\u02c8\u02bc\u02bd]")
_SPACE = re.compile(r"[\s\-‐‑–—/_.,()]+")
_NON_KEY = re.compile(r"[^a-z0-9 ]")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The lookup key of ``name``: lower-case ASCII, no accents or apostrophes, single spaces.

    Example: ``fold("Diyālá Governorate") == "diyala governorate"``.
    """
    text = _DROP.sub("", name.translate(_SPECIAL))
    text = strip_accents(text)
    text = _NON_KEY.sub("", _SPACE.sub(" ", text.lower()))
    return " ".join(text.split())


def admin_suffix_level(key: str) -> int | None:
    """The admin level suggested by the suffix word ending ``key``, if any."""
    for suffix in _LONGEST_FIRST:
        if key.endswith(" " + suffix):
            return ADMIN_SUFFIXES[suffix]
    return None


_LONGEST_FIRST = sorted(ADMIN_SUFFIXES, key=len, reverse=True)


@lru_cache(maxsize=65536)
def strip_admin_suffix(key: str) -> str:
    """``key`` without a trailing unit word ('maysan governorate' -> 'maysan')."""
    for suffix in _LONGEST_FIRST:
        if key.endswith(" " + suffix) and len(key) > len(suffix) + 2:
            return key[: -len(suffix) - 1]
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            return key[len(prefix):]
    return key


# Unit words before a division's name, as the data writes some ("Province of Sulu", "Municipio
# de Aguililla", "Province du Sanmatenga", "Cercle de Niono"); copy names the division without
# them. Longest first: "province de la " must go before "province de ".
_PREFIXES = tuple(sorted((
    "muhafazat ", "muhafazah ", "wilayat ", "province of ", "district of ", "municipality of ",
    "commune of ", "provincia de ", "departamento de ", "municipio de ", "distrito de ",
    "province du ", "province de la ", "province des ", "province de ", "departement du ",
    "departement de la ", "departement des ", "departement de ", "cercle de ", "caza de ",
    "arrondissement de ", "concelho de ", "concelho do ", "concelho da ", "municipio ",
    "provincia ", "canton ",
), key=len, reverse=True))


def bare_division_key(key: str) -> str:
    """A division's key without its unit word, data-only ones included ('khyber agency' -> 'khyber')."""
    key = strip_admin_suffix(key)
    for suffix in _DATA_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            return key[: -len(suffix)]
    return key


def article_variants(key: str) -> tuple[str, ...]:
    """Forms of an Arabic-style ``key`` with and without its article ('al anbar' <-> 'anbar')."""
    for article in ARABIC_ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 3:
            return (key[len(article):],)
    return ()


def final_a(key: str) -> str | None:
    """An Arabic name's closing "-ah" as copy often writes it, "-a" ("al hawijah" -> "al hawija",
    "baqubah" -> "baquba"), or None when the key does not end so."""
    if key.endswith("ah") and len(key.split()[-1]) >= 5:
        return key[:-1]
    return None


# Words of Arabic place names that the data spells one way and copy another: the data's
# "Ra's al 'Ayn", "Tall Abyad", "Jabal Akhdar" are "Ras al-Ain", "Tel Abyad", "Jebel Akhdar".
_ARABIC_WORDS: dict[str, tuple[str, ...]] = {
    "ayn": ("ain", "ein"), "ain": ("ayn",), "tall": ("tal", "tel", "tell"), "tal": ("tall", "tel", "tell"),
    "tell": ("tal", "tel"), "jabal": ("jebel", "jabel"), "jebel": ("jabal",), "shaykh": ("sheikh",),
    "sheikh": ("shaykh",),
}
# Inside a name, the article assimilated to a sun letter in the data is written "al" in copy, and
# "el" for "al": "Jisr ash Shughur" is "Jisr al-Shughur", "Ras al-Ain" is "Ras el-Ain". (A name's
# first word is left to ``article_variants``, which weighs a swapped article as a looser match.)
_INNER_ARTICLES: dict[str, tuple[str, ...]] = {
    **{article: ("al",) for article in ("ash", "as", "ad", "adh", "ar", "at", "az", "an", "ath")},
    "al": ("el",), "el": ("al",),
}
_DOUBLED = re.compile(r"([a-z])\1+")


def single_letters(key: str) -> str:
    """``key`` with doubled letters written once ("tal rifaat" -> "tal rifat", "ain issa" -> "ain isa"):
    transliterations of one name differ in them more than in anything else."""
    return _DOUBLED.sub(r"\1", key)


def arabic_spellings(key: str) -> set[str]:
    """Other spellings copy uses for an Arabic place name's folded ``key``, doubled letters written
    once in each, for names of two words or more: ``arabic_spellings("ras al ayn")`` holds
    "ras al ain" and "ras al ein"."""
    options = [
        (word, *_ARABIC_WORDS.get(word, ()), *(_INNER_ARTICLES.get(word, ()) if index else ()))
        for index, word in enumerate(key.split())
    ]
    if len(options) < 2:
        return set()  # one word alone ("Tall", "Ayn") is as likely an English word or a name's part
    spellings = {""}
    for choices in options:
        spellings = {f"{done} {word}".lstrip() for done in spellings for word in choices}
        if len(spellings) > 16:
            break  # a long name of many such words: its first forms are enough
    spellings = {single_letters(s) for s in spellings if len(s.split()) == len(options)} | (spellings - {""})
    spellings.discard(key)
    return spellings


_ARTICLE_WORDS = frozenset(a.strip() for a in ARABIC_ARTICLES) | {"ez", "es", "ed", "er", "en"}
_SKELETON_MAP = str.maketrans({"q": "k", "d": "t", "z": "s", "v": "b", "p": "b"})
_SKELETON_DROP = re.compile(r"[aeiouyhw]")
_REPEATS = re.compile(r"(.)\1+")
MIN_SKELETON = 5


_INNER_VOWELS = re.compile(r"(?<=\w)[aeiou]")


def vowelless(key: str) -> str:
    """A folded key without its articles and inner vowels, or "" when under three letters remain.

    Example: ``vowelless("nehm") == vowelless("nihm") == "nhm"``: transliterations of Arabic,
    Pashto or Somali names differ most in their vowels.
    """
    words = [w for w in key.split() if w not in _ARTICLE_WORDS]
    core = " ".join(_REPEATS.sub(r"\1", _INNER_VOWELS.sub("", word)) for word in words)
    return core if len(core.replace(" ", "")) >= 3 else ""


def skeleton(key: str) -> str:
    """A consonant skeleton of a folded key, equal across transliterations, or "" when too short.

    Example: ``skeleton("khan shaykhun") == skeleton("khan sheikhoun")``; articles, vowels,
    h/w/y and doubled letters drop out, and q/k, d/t, z/s fall together.
    """
    words = [w for w in key.split() if w not in _ARTICLE_WORDS]
    if not words:
        return ""
    joined = "".join(words).translate(_SKELETON_MAP)
    core = _REPEATS.sub(r"\1", joined[0] + _SKELETON_DROP.sub("", joined[1:]))
    return core if len(core) >= MIN_SKELETON else ""


# Transliteration keys: the letters that different romanisations of one name keep apart least.
# Arabic, Pashto, Somali or Hausa names: vowels ("Fallouja"/"Fallujah", "Maidugiri"/"Maiduguri"), q/k
# ("Baqouba"/"Baqubah"), a final h after a vowel, doubled letters; Russian and Ukrainian spellings of
# one town besides: g/h ("Gulyaipole"/"Huliaipole"), a doubled zh ("Zaporozhye"/"Zaporizhzhia"), an
# initial "vu" for "u" ("Ugledar"/"Vuhledar").
MIN_TRANSLITERATION = 3
_TRANSLIT_LETTERS = (("ph", "f"), ("dzh", "j"), ("dj", "j"), ("q", "k"), ("w", "v"))
_TRANSLIT_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_TRANSLIT_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED_DIGRAPH = re.compile(r"([a-z]h)\1")


def transliteration_form(key: str, *, slavic: bool = False) -> str:
    """The one word of ``key`` besides its articles, letters only, with the letters that
    romanisations swap made one (see ``transliteration_key``), vowels kept; "" for several words."""
    words = [w for w in key.split() if w not in _ARTICLE_WORDS]
    if len(words) != 1:
        return ""  # "State House" is no Southsea: names of several words are matched otherwise
    word = _TRANSLIT_FINAL_H.sub("", "".join(c for c in words[0] if c.isalpha()))
    for old, new in _TRANSLIT_LETTERS:
        word = word.replace(old, new)
    if slavic:
        word = word.replace("g", "h")
        word = word[1:] if word.startswith("vu") else word
    return word


def transliteration_key(key: str, *, slavic: bool = False) -> str:
    """The letters of a folded one-word ``key`` that survive its romanisations, or "" when under three
    remain or the key has several words besides an article.

    Articles, punctuation, vowels (y counted), a final h after a vowel and doubled letters drop out;
    q/k, w/v, ph/f and dj/dzh/j fall together. ``slavic`` reads the key as a Russian or Ukrainian
    name: g/h fall together and an initial "vu" is "u".

    Example: ``transliteration_key("fallouja") == transliteration_key("fallujah") == "flj"``;
    ``transliteration_key("gulyaipole", slavic=True) == transliteration_key("huliaipole", slavic=True)``.
    """
    core = _DOUBLED_DIGRAPH.sub(r"\1", _REPEATS.sub(r"\1", _TRANSLIT_VOWELS.sub("", transliteration_form(key, slavic=slavic))))
    return core if len(core) >= MIN_TRANSLITERATION else ""
