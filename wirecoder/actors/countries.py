"""Country names, ISO3 codes and demonyms, for reading "Iraqi troops" or "U.S. soldiers".

Self-contained on purpose: actor coding must not depend on the gazetteer, so
this table only knows what a phrase needs to name a state's forces or its
people. ``name`` is ACLED's spelling of the country.

Example:
    >>> country_by_word("Ugandan").name
    'Uganda'
    >>> forces_name("United States")
    'the United States'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = [
    "COUNTRIES", "Country", "by_iso3", "by_name", "country_by_word", "forces_name", "region",
    "same_region",
]


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ACLED's name, ISO3, other names and demonyms (adjectives and nouns)."""

    name: str
    iso3: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """Every word that names the country or its people, the name first."""
        return (self.name, *self.aliases, *self.demonyms)


# name;ISO3;other names (comma-separated);demonyms (comma-separated)
_TABLE = """
Afghanistan;AFG;;Afghan,Afghans,Afghani
Albania;ALB;;Albanian,Albanians
Algeria;DZA;;Algerian,Algerians
Andorra;AND;;Andorran
Angola;AGO;;Angolan,Angolans
Antigua and Barbuda;ATG;Antigua;Antiguan
Argentina;ARG;;Argentine,Argentinian,Argentinians,Argentines
Armenia;ARM;;Armenian,Armenians
Australia;AUS;;Australian,Australians
Austria;AUT;;Austrian,Austrians
Azerbaijan;AZE;;Azerbaijani,Azerbaijanis,Azeri,Azeris
Bahamas;BHS;The Bahamas;Bahamian,Bahamians
Bahrain;BHR;;Bahraini,Bahrainis
Bangladesh;BGD;;Bangladeshi,Bangladeshis
Barbados;BRB;;Barbadian,Barbadians
Belarus;BLR;;Belarusian,Belarusians,Belarussian
Belgium;BEL;;Belgian,Belgians
Belize;BLZ;;Belizean,Belizeans
Benin;BEN;;Beninese,Beninois
Bhutan;BTN;;Bhutanese
Bolivia;BOL;;Bolivian,Bolivians
Bosnia and Herzegovina;BIH;Bosnia,Bosnia-Herzegovina;Bosnian,Bosnians
Botswana;BWA;;Botswanan,Motswana,Batswana
Brazil;BRA;;Brazilian,Brazilians
Brunei;BRN;;Bruneian
Bulgaria;BGR;;Bulgarian,Bulgarians
Burkina Faso;BFA;Burkina;Burkinabe,Burkinabes
Burundi;BDI;;Burundian,Burundians
Cambodia;KHM;;Cambodian,Cambodians
Cameroon;CMR;;Cameroonian,Cameroonians
Canada;CAN;;Canadian,Canadians
Cape Verde;CPV;Cabo Verde;Cape Verdean
Central African Republic;CAF;CAR;Central African,Central Africans
Chad;TCD;;Chadian,Chadians
Chile;CHL;;Chilean,Chileans
China;CHN;PRC;Chinese
Colombia;COL;;Colombian,Colombians
Comoros;COM;;Comorian,Comorians
Democratic Republic of Congo;COD;DRC,DR Congo,Democratic Republic of the Congo;Congolese
Republic of Congo;COG;Congo-Brazzaville,Congo Republic,Republic of the Congo;
Costa Rica;CRI;;Costa Rican,Costa Ricans
Croatia;HRV;;Croatian,Croatians,Croat,Croats
Cuba;CUB;;Cuban,Cubans
Cyprus;CYP;;Cypriot,Cypriots
Czech Republic;CZE;Czechia;Czech,Czechs
Denmark;DNK;;Danish,Dane,Danes
Djibouti;DJI;;Djiboutian,Djiboutians
Dominica;DMA;;
Dominican Republic;DOM;;Dominican,Dominicans
East Timor;TLS;Timor-Leste;Timorese
Ecuador;ECU;;Ecuadorian,Ecuadorians,Ecuadorean
Egypt;EGY;;Egyptian,Egyptians
El Salvador;SLV;;Salvadoran,Salvadorans,Salvadorean
Equatorial Guinea;GNQ;;Equatorial Guinean,Equatoguinean
Eritrea;ERI;;Eritrean,Eritreans
Estonia;EST;;Estonian,Estonians
eSwatini;SWZ;Eswatini,Swaziland;Swazi,Swazis
Ethiopia;ETH;;Ethiopian,Ethiopians
Fiji;FJI;;Fijian,Fijians
Finland;FIN;;Finnish,Finn,Finns
France;FRA;;French,Frenchman,Frenchmen
Gabon;GAB;;Gabonese
Gambia;GMB;The Gambia;Gambian,Gambians
Georgia;GEO;;Georgian,Georgians
Germany;DEU;;German,Germans
Ghana;GHA;;Ghanaian,Ghanaians
Greece;GRC;;Greek,Greeks
Grenada;GRD;;Grenadian
Guatemala;GTM;;Guatemalan,Guatemalans
Guinea;GIN;Guinea-Conakry;Guinean,Guineans
Guinea-Bissau;GNB;;Bissau-Guinean,Bissau-Guineans
Guyana;GUY;;Guyanese
Haiti;HTI;;Haitian,Haitians
Honduras;HND;;Honduran,Hondurans
Hungary;HUN;;Hungarian,Hungarians
Iceland;ISL;;Icelandic,Icelander,Icelanders
India;IND;;Indian,Indians
Indonesia;IDN;;Indonesian,Indonesians
Iran;IRN;;Iranian,Iranians,Persian
Iraq;IRQ;;Iraqi,Iraqis
Ireland;IRL;;Irish
Israel;ISR;;Israeli,Israelis
Italy;ITA;;Italian,Italians
Ivory Coast;CIV;Cote d'Ivoire;Ivorian,Ivorians
Jamaica;JAM;;Jamaican,Jamaicans
Japan;JPN;;Japanese
Jordan;JOR;;Jordanian,Jordanians
Kazakhstan;KAZ;;Kazakh,Kazakhs,Kazakhstani
Kenya;KEN;;Kenyan,Kenyans
Kiribati;KIR;;
Kosovo;XKX;;Kosovar,Kosovars
Kuwait;KWT;;Kuwaiti,Kuwaitis
Kyrgyzstan;KGZ;;Kyrgyz
Laos;LAO;;Lao,Laotian,Laotians
Latvia;LVA;;Latvian,Latvians
Lebanon;LBN;;Lebanese
Lesotho;LSO;;Basotho,Mosotho
Liberia;LBR;;Liberian,Liberians
Libya;LBY;;Libyan,Libyans
Liechtenstein;LIE;;
Lithuania;LTU;;Lithuanian,Lithuanians
Luxembourg;LUX;;Luxembourgish,Luxembourger
Madagascar;MDG;;Malagasy
Malawi;MWI;;Malawian,Malawians
Malaysia;MYS;;Malaysian,Malaysians
Maldives;MDV;;Maldivian,Maldivians
Mali;MLI;;Malian,Malians
Malta;MLT;;Maltese
Marshall Islands;MHL;;Marshallese
Mauritania;MRT;;Mauritanian,Mauritanians
Mauritius;MUS;;Mauritian,Mauritians
Mexico;MEX;;Mexican,Mexicans
Micronesia;FSM;;Micronesian
Moldova;MDA;;Moldovan,Moldovans
Monaco;MCO;;Monegasque
Mongolia;MNG;;Mongolian,Mongolians
Montenegro;MNE;;Montenegrin,Montenegrins
Morocco;MAR;;Moroccan,Moroccans
Mozambique;MOZ;;Mozambican,Mozambicans
Myanmar;MMR;Burma;Burmese
Namibia;NAM;;Namibian,Namibians
Nauru;NRU;;Nauruan
Nepal;NPL;;Nepali,Nepalese
Netherlands;NLD;Holland,The Netherlands;Dutch
New Zealand;NZL;;New Zealander,New Zealanders
Nicaragua;NIC;;Nicaraguan,Nicaraguans
Niger;NER;;Nigerien,Nigeriens
Nigeria;NGA;;Nigerian,Nigerians
North Korea;PRK;DPRK;North Korean,North Koreans
North Macedonia;MKD;Macedonia;Macedonian,Macedonians
Norway;NOR;;Norwegian,Norwegians
Oman;OMN;;Omani,Omanis
Pakistan;PAK;;Pakistani,Pakistanis
Palau;PLW;;Palauan
Palestine;PSE;Palestinian Territories,Gaza,West Bank,West Bank and Gaza Strip;Palestinian,Palestinians
Panama;PAN;;Panamanian,Panamanians
Papua New Guinea;PNG;;Papua New Guinean
Paraguay;PRY;;Paraguayan,Paraguayans
Peru;PER;;Peruvian,Peruvians
Philippines;PHL;The Philippines;Filipino,Filipinos,Philippine
Poland;POL;;Polish,Pole,Poles
Portugal;PRT;;Portuguese
Qatar;QAT;;Qatari,Qataris
Romania;ROU;;Romanian,Romanians
Russia;RUS;Russian Federation;Russian,Russians
Rwanda;RWA;;Rwandan,Rwandans,Rwandese
Saint Kitts and Nevis;KNA;;
Saint Lucia;LCA;;Saint Lucian
Saint Vincent and the Grenadines;VCT;;
Samoa;WSM;;Samoan,Samoans
San Marino;SMR;;Sammarinese
Sao Tome and Principe;STP;;Santomean
Saudi Arabia;SAU;;Saudi,Saudis,Saudi Arabian
Senegal;SEN;;Senegalese
Serbia;SRB;;Serbian,Serbians,Serb,Serbs
Seychelles;SYC;;Seychellois
Sierra Leone;SLE;;Sierra Leonean,Sierra Leoneans
Singapore;SGP;;Singaporean,Singaporeans
Slovakia;SVK;;Slovak,Slovaks
Slovenia;SVN;;Slovenian,Slovene,Slovenes
Solomon Islands;SLB;;Solomon Islander
Somalia;SOM;;Somali,Somalis,Somalian,Somalians
South Africa;ZAF;;South African,South Africans
South Korea;KOR;Republic of Korea;South Korean,South Koreans
South Sudan;SSD;;South Sudanese
Spain;ESP;;Spanish,Spaniard,Spaniards
Sri Lanka;LKA;;Sri Lankan,Sri Lankans
Sudan;SDN;;Sudanese
Suriname;SUR;;Surinamese
Sweden;SWE;;Swedish,Swede,Swedes
Switzerland;CHE;;Swiss
Syria;SYR;;Syrian,Syrians
Taiwan;TWN;;Taiwanese
Tajikistan;TJK;;Tajik,Tajiks,Tajikistani
Tanzania;TZA;;Tanzanian,Tanzanians
Thailand;THA;;Thai,Thais
Togo;TGO;;Togolese
Tonga;TON;;Tongan
Trinidad and Tobago;TTO;Trinidad;Trinidadian,Trinidadians
Tunisia;TUN;;Tunisian,Tunisians
Turkey;TUR;Turkiye,Türkiye;Turkish,Turk,Turks
Turkmenistan;TKM;;Turkmen
Tuvalu;TUV;;Tuvaluan
Uganda;UGA;;Ugandan,Ugandans
Ukraine;UKR;;Ukrainian,Ukrainians
United Arab Emirates;ARE;UAE,Emirates;Emirati,Emiratis
United Kingdom;GBR;UK,U.K.,Britain,Great Britain;British,Briton,Britons,English,Scottish,Welsh
United States;USA;US,U.S.,USA,U.S.A.,United States of America,America;American,Americans
Uruguay;URY;;Uruguayan,Uruguayans
Uzbekistan;UZB;;Uzbek,Uzbeks
Vanuatu;VUT;;Ni-Vanuatu
Vatican City;VAT;Holy See;
Venezuela;VEN;;Venezuelan,Venezuelans
Vietnam;VNM;Viet Nam;Vietnamese
Yemen;YEM;;Yemeni,Yemenis
Zambia;ZMB;;Zambian,Zambians
Zimbabwe;ZWE;;Zimbabwean,Zimbabweans
"""

# ACLED's regions, by ISO3: foreign civilians from outside the event's region are coded
# "Civilians (International)", neighbours by their own country ("Civilians (Somalia)" in Kenya).
_REGIONS = {
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MWI MUS MOZ RWA SYC SOM SSD SDN TZA UGA ZMB ZWE",
    "Middle Africa": "AGO CMR CAF TCD COD COG GNQ GAB STP",
    "Northern Africa": "DZA EGY LBY MAR TUN",
    "Southern Africa": "BWA SWZ LSO NAM ZAF",
    "Western Africa": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO",
    "Middle East": "BHR CYP IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM",
    "South Asia": "AFG BGD BTN IND MDV NPL PAK LKA",
    "Southeast Asia": "BRN KHM TLS IDN LAO MYS MMR PHL SGP THA VNM",
    "East Asia": "CHN JPN MNG PRK KOR TWN",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Europe": "ALB AND AUT BLR BEL BIH BGR HRV CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA XKX "
    "LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP SWE CHE "
    "UKR GBR VAT",
    "Central America and the Caribbean": "ATG BHS BRB BLZ CRI CUB DMA DOM SLV GRD GTM HTI HND "
    "JAM MEX NIC PAN KNA LCA VCT TTO",
    "South America": "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN",
    "North America": "CAN USA",
    "Oceania": "AUS FJI KIR MHL FSM NRU NZL PLW PNG WSM SLB TON TUV VUT",
}
_REGION_OF = {iso3: region for region, codes in _REGIONS.items() for iso3 in codes.split()}

# ACLED writes these with an article in state-force names ("Military Forces of the United States").
_WITH_ARTICLE = frozenset(
    {
        "United States",
        "United Kingdom",
        "United Arab Emirates",
        "Philippines",
        "Central African Republic",
        "Democratic Republic of Congo",
    }
)


def _parse(table: str) -> tuple[Country, ...]:
    """Parse the ``name;ISO3;aliases;demonyms`` lines above."""
    rows = []
    for line in table.strip().splitlines():
        name, iso3, aliases, demonyms = line.split(";")
        rows.append(
            Country(
                name=name,
                iso3=iso3,
                aliases=tuple(a for a in aliases.split(",") if a),
                demonyms=tuple(d for d in demonyms.split(",") if d),
            )
        )
    return tuple(rows)


COUNTRIES: tuple[Country, ...] = _parse(_TABLE)


@cache
def _index() -> dict[str, Country]:
    """Lower-cased name, ISO3, alias and demonym -> country (built once, read-only)."""
    index: dict[str, Country] = {}
    for country in COUNTRIES:
        index.setdefault(country.iso3.lower(), country)
        for word in country.words:
            index.setdefault(word.lower(), country)
    return index


def country_by_word(word: str) -> Country | None:
    """The country a name, ISO3 code, alias or demonym refers to, or None.

    Example: ``country_by_word("Iraqi").iso3 == "IRQ"``.
    """
    return _index().get(word.strip().lower())


def by_name(name: str | None) -> Country | None:
    """The country for an ACLED country name (or any alias); None for None or unknown."""
    if not name:
        return None
    return country_by_word(name)


def by_iso3(iso3: str) -> Country | None:
    """The country for an ISO3 code, or None."""
    for country in COUNTRIES:
        if country.iso3 == iso3.upper():
            return country
    return None


def region(country: Country) -> str | None:
    """ACLED's region of a country ("Eastern Africa"), or None if unknown."""
    return _REGION_OF.get(country.iso3)


def same_region(a: Country, b: Country) -> bool:
    """True when both countries are in the same ACLED region (unknown regions never match)."""
    ra = region(a)
    return ra is not None and ra == region(b)


# Where the soldiers a report leaves unnamed are another state's: the Palestinian Authority has police but no army,
# and the soldiers of the West Bank and Gaza are Israel's ("Military Forces of Israel", external forces there).
_ARMY_OF = {"Palestine": "Israel"}


def army_country(country: str) -> str:
    """The country whose military the soldiers in ``country`` are: itself, unless another state's army holds it."""
    return _ARMY_OF.get(country, country)


def forces_name(country: str) -> str:
    """How the country reads after "Military Forces of": ``the United States``, ``Kenya``."""
    return f"the {country}" if country in _WITH_ARTICLE else country
