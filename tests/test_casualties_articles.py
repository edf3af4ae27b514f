"""Whole wire articles through the pipeline: a publication line, a dateline, a lead and more
(written for these tests, from the styles of wires in Asia, Africa, the Middle East and the
Americas). The event whose date and toll the story reports gets ACLED's event_date,
time_precision, fatalities and injuries."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.read.article import make_article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('Published: 15 June 2022\n\nPESHAWAR, Pakistan (AFP) — At least a dozen people, including the bomber, were killed when a suicide attacker blew himself up at a police checkpoint in the early hours of Wednesday, officials said.\n\nMore than 20 others were wounded in the blast in the Khyber district, a senior police officer told AFP.\n',
                     ('2022-06-15', 1, 12, 20), id='pk_early_hours'),
        pytest.param("Tuesday, 9 November 2021\n\nMAIDUGURI, Nigeria (AP) — The death toll from Sunday's bombing of a crowded market in Maiduguri rose to 35 on Tuesday, hospital officials said.\n\nDozens of others were still being treated for their wounds.\n",
                     ('2021-11-07', 1, 35, 12), id='toll_rose'),  # "Dozens ... treated for their wounds": 12 wounded
        pytest.param('April 12, 2019\n\nMOGADISHU (Reuters) - Al Shabaab militants attacked a military base in southern Somalia on Thursday, killing three soldiers and wounding five civilians, a military officer said.\n',
                     ('2019-04-11', 1, 3, 5), id='kill3_wound5'),
        pytest.param('12 April 2019\n\nGAO, Mali (AFP) - Three soldiers and 10 militants were killed on Wednesday when jihadists attacked an army post near Gao, the army said in a statement.\n',
                     ('2019-04-10', 1, 13, None), id='sum_sides'),
        pytest.param('Mon, 8 Feb 2021 10:04:11 IST\n\nPatna: A youth, Ramesh Kumar (18), was shot dead by unidentified assailants in Gaya district on Sunday night, police said. His friend Suresh (22) was injured in the firing.\n',
                     ('2021-02-07', 1, 1, 1), id='indian_age'),
        pytest.param('June 2, 2020\n\nKABUL (Reuters) - A bomb planted in a mosque in Kabul exploded during evening prayers on Tuesday, causing 12 casualties, among them two dead, police said.\n',
                     ('2020-06-02', 1, 2, None), id='casualties_incl_dead'),
        pytest.param('10 August 2020\n\nDHAKA (bdnews24) - Seven people lost their lives and 15 were injured when a mob clashed with police in Chittagong on Sunday, local officials said.\n',
                     ('2020-08-09', 1, 7, 15), id='lost_lives'),
        pytest.param('03.03.2021\n\n1 dead, 3 injured in shooting at protest in Yangon\n\nYANGON (Reuters) - One protester was killed and three others were injured when police opened fire on demonstrators in Yangon on Tuesday, witnesses said.\n',
                     ('2021-03-02', 1, 1, 3), id='one_dead_three_inj'),
        pytest.param('Wednesday 3 March 2021\n\nBAMAKO (AFP) - The army said on Wednesday that it had repelled an attack on its base at Boni the previous day, killing 10 jihadists. Two soldiers died.\n',
                     ('2021-03-02', 1, 12, None), id='previous_day'),
        pytest.param('Thursday, March 4, 2021\n\nJUBA (Radio Tamazuj) - Cattle raiders killed nine people in Jonglei State two days ago, a local commissioner said.\n',
                     ('2021-03-02', 1, 9, None), id='two_days_ago'),
        pytest.param('Thursday, March 4, 2021\n\nResidents said militiamen burned houses and killed five people in Djugu territory last weekend.\n',
                     ('2021-02-27', 2, 5, None), id='last_weekend'),
        pytest.param('March 10, 2021\n\nFighting between the army and rebels between 3 and 5 March 2021 left 14 dead in Rutshuru.\n',
                     ('2021-03-03', 2, 14, None), id='range_days'),
        pytest.param('Published: Saturday, 14 May 2022\n\nRAWALPINDI: Two soldiers embraced martyrdom while three terrorists were killed in an exchange of fire in North Waziristan on Friday night, the ISPR said.\n',
                     ('2022-05-13', 1, 5, None), id='pk_ispr_martyred'),
        pytest.param("Jan 10, 2022\n\nMEXICO CITY (AP) — Authorities in the state of Zacatecas found 10 bodies in an SUV left outside the governor's office on Thursday, officials said.\n",
                     ('2022-01-06', 1, 10, None), id='mx_bodies'),
        pytest.param('27 March 2019\n\nBAMAKO (Reuters) - Gunmen killed 23 villagers and burned houses in the central Mali village of Ogossagou in the early hours of Saturday, a local mayor said on Tuesday. The toll was later raised to 160.\n',
                     ('2019-03-23', 1, 160, None), id='ml_score'),
        pytest.param('Wednesday, 16 June 2021\n\nGUSAU, Nigeria (Reuters) - Bandits on motorcycles gunned down 53 villagers in Zamfara state on Monday evening, police said on Tuesday, adding that 20 others were wounded.\n',
                     ('2021-06-14', 1, 53, 20), id='ng_bandits_gunned'),
        pytest.param('Sunday 23 October 2022\n\nMOGADISHU (Reuters) - Eight people including the bomber were killed when a suicide bomber targeted a hotel in Kismayo on Sunday, police said.\n',
                     ('2022-10-23', 1, 8, None), id='so_bomber_included'),
        pytest.param('Jun 6, 2021\n\nBENI, Democratic Republic of Congo (Reuters) - Suspected ADF rebels hacked to death 16 civilians overnight Saturday to Sunday in the village of Kalemba, local officials said.\n',
                     ('2021-06-06', 1, 16, None), id='cd_adf_machetes'),
        pytest.param('Thursday, 22 July 2021\n\nBAGHDAD (Reuters) - A suicide bombing at a busy market in Sadr City on Monday left 35 people dead and more than 60 wounded, security sources said.\n',
                     ('2021-07-19', 1, 35, 60), id='left_dead_wounded'),
        pytest.param('6 March 2021\n\nArmed men attacked the village of Solhan on the night of 3 to 4 March 2021, killing 14 civilians, local sources said.\n',
                     ('2021-03-04', 1, 14, None), id='night_of_dm'),
        pytest.param('April 2, 2021\n\nPolice confirmed that gunmen had killed a local chief in Tillaberi late last month.\n',
                     ('2021-03-15', 3, 1, None), id='late_last_month'),
        pytest.param('Mar. 8, 2021\n\nProtesters clashed with police in Dakar on Mar. 5, leaving one dead and 20 injured, the Red Cross said.\n',
                     ('2021-03-05', 1, 1, 20), id='abbrev_month'),
        pytest.param('Friday March 12, 2021\n\nSoldiers killed 11 suspected rebels in clashes near Beni earlier this week, the army said on Friday.\n',
                     ('2021-03-10', 2, 11, None), id='earlier_this_week'),
        pytest.param('NAIROBI, Kenya, March 14, 2021 (AP) — Police shot dead two suspected robbers in the Kayole area on Saturday, a police commander said.\n',
                     ('2021-03-13', 1, 2, None), id='dateline_date_ap'),
    ],
)  # fmt: skip
def test_casualties_articles_date_and_toll(pipeline: Pipeline, text: str, expected: tuple) -> None:
    article = next(iter(pipeline.run(iter([make_article(text, article_id="t", origin="test")]))))
    day, precision, fatalities, injuries = expected
    told = [(e.event_date, e.time_precision, e.fatalities, e.injuries) for e in article.events]
    assert (date.fromisoformat(day), precision, fatalities, injuries) in told, told
