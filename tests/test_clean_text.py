"""clean_text: headers, datelines, bylines and page chrome out; every story sentence kept."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from wirecoder.clean import clean_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_cd099b75bd647a97.txt"

STORY = (
    "Police fired tear gas at protesters in the capital on Monday, witnesses said.\n\n"
    "“We will not go home,” said one organiser, who asked not to be named.\n\n"
    "The interior ministry said 12 people were arrested."
)


def test_clean_text_seed_article() -> None:
    if not SEED.exists():
        pytest.skip("the reference seed is not next to the repository")
    from wirecoder.decode import decode_bytes

    raw = decode_bytes(SEED.read_bytes()).text
    assert raw is not None
    cleaned = clean_text(raw)
    assert cleaned.title == "Iraq military cracks down on militias, arms smuggling"
    assert cleaned.published == datetime(2011, 7, 3, 16, 28)
    assert (cleaned.dateline, cleaned.source) == ("Baghdad", "Reuters")
    assert cleaned.text.startswith("Iraq has launched a military crackdown on smuggling gangs")
    assert cleaned.text.endswith("the official said.")
    for chrome in (
        "0 : 0",
        "browser",
        "tablet",
        "Editing by",
        "9 years ago",
        "BAGHDAD",
        "(Reuters)",
    ):
        assert chrome not in cleaned.text
    # Every story line of the dump survives, verbatim.
    story = [line for line in raw.splitlines() if line.endswith((".", "”"))]
    story[0] = story[0].split(" - ", 1)[1]
    assert all(line in cleaned.text for line in story)
    assert "\n\n\n" not in cleaned.text


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("July 3, 2011 / 4:28 PM / 9 years ago", "2011-07-03T16:28:00"),
        ("Sun Jul 3, 2011 4:28pm EDT", "2011-07-03T16:28:00-04:00"),
        ("03/07/2011 16:28 GMT", "2011-07-03T16:28:00+00:00"),
        ("2011-07-03T16:28:00Z", "2011-07-03T16:28:00+00:00"),
        ("Published: 3 July 2011", "2011-07-03T00:00:00"),
        ("Updated 12 March 2019 09:15 GMT", "2019-03-12T09:15:00+00:00"),
        ("Monday, 3 July 2011, 16:28 UTC", "2011-07-03T16:28:00+00:00"),
        ("Posted on March 20, 2023 at 3:14 pm ET", "2023-03-20T15:14:00-04:00"),
    ],
)
def test_clean_text_header_dates(header: str, expected: str) -> None:
    cleaned = clean_text(f"{header}\n\nArmy retakes border town\n\n{STORY}")
    assert cleaned.published is not None and cleaned.published.isoformat() == expected
    assert cleaned.title == "Army retakes border town"
    assert cleaned.text == STORY


@pytest.mark.parametrize(
    ("lead", "dateline", "source"),
    [
        ("BAGHDAD (Reuters) - ", "Baghdad", "Reuters"),
        ("NAIROBI, Kenya (AP) — ", "Nairobi, Kenya", "AP"),
        ("MOGADISHU, March 3 (Reuters) - ", "Mogadishu", "Reuters"),
        ("KABUL (AFP) -- ", "Kabul", "AFP"),
        ("Kyiv, Ukraine — ", "Kyiv, Ukraine", None),
        ("DAR ES SALAAM, Tanzania, May 2 (Xinhua) -- ", "Dar es Salaam, Tanzania", "Xinhua"),
        ("PORT-AU-PRINCE (AP) — ", "Port-au-Prince", "AP"),
        ("NEW DELHI: ", "New Delhi", None),
        ("(Reuters) - ", None, "Reuters"),
        ("New Delhi, Jul 3 (PTI) ", "New Delhi", "PTI"),
        ("NAIROBI, Kenya (AP) _ ", "Nairobi, Kenya", "AP"),
        ("BREAKING: KABUL (Reuters) - ", "Kabul", "Reuters"),
        ("ST. PETERSBURG, Russia (AP) — ", "St. Petersburg, Russia", "AP"),
        ("N'DJAMENA, Chad, May 2 (Reuters) - ", "N'Djamena, Chad", "Reuters"),
        ("UPDATE 2: ", None, None),
    ],
)
def test_clean_text_datelines(lead: str, dateline: str | None, source: str | None) -> None:
    cleaned = clean_text(lead + STORY, has_header=False)
    assert (cleaned.dateline, cleaned.source) == (dateline, source)
    assert cleaned.text == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said: Three people were hurt in the blast.",
        "U.S. forces said the base was hit by rockets.",
        "Kenyan police fired tear gas, witnesses said.",
        "On December 31 2019, a man was killed in Watamu, Kilifi.",
        "Security — the main worry for voters — was raised by every candidate.",
        "President Ruto (ODM) said the protests were illegal.",
        "NATO said on Monday that its troops were not involved.",
    ],
)
def test_clean_text_no_false_datelines(sentence: str) -> None:
    cleaned = clean_text(sentence, has_header=False)
    assert cleaned.text == sentence
    assert cleaned.dateline is None and cleaned.source is None


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By JANE MWANGI and PETER OTIENO Associated Press", "Jane Mwangi and Peter Otieno"),
        ("By Olena Petrenko, Staff Writer", "Olena Petrenko"),
        ("By Ahmed al-Rashid | Reuters", "Ahmed al-Rashid"),
    ],
)
def test_clean_text_bylines(line: str, byline: str) -> None:
    cleaned = clean_text(f"Army retakes border town\n\n{line}\n\n{STORY}")
    assert cleaned.byline == byline
    assert cleaned.text == STORY


@pytest.mark.parametrize(
    "credit",
    [
        "Editing by Jim Smith; Editing by Ann Jones",
        "Reporting by Abdi Sheikh; Writing by Duncan Lee; Editing by Jon Bell",
        "Additional reporting by Sara Ali in Cairo",
        "Writing by Tom Odula",
        "(Reporting by Abdi Sheikh Editing by Jon Bell)",
        "Associated Press writer Tom Odula in Mombasa contributed to this report.",
        "Reuters Staff",
    ],
)
def test_clean_text_credits_removed(credit: str) -> None:
    cleaned = clean_text(f"{STORY}\n\n{credit}", has_header=False)
    assert cleaned.text == STORY


def test_clean_text_trailing_credit_in_paragraph() -> None:
    cleaned = clean_text(
        f"{STORY} (Reporting by Abdi Sheikh; Editing by Jon Bell)", has_header=False
    )
    assert cleaned.text == STORY


@pytest.mark.parametrize(
    "chrome",
    [
        "0 : 0",
        "  • narrow-phone-and-up\n  • wide-desktop-only\n  • tablet-landscape",
        "Share\nTweet\nEmail\n12 comments",
        "Share this article",
        "3 Min Read",
        "Advertisement",
        "Read more: Army chief sacked after base attack",
        "Related: Opposition leader arrested in dawn raid",
        "We use cookies to give you the best experience. By continuing you accept our policy.",
        "All quotes delayed a minimum of 15 minutes.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Sign up for our daily newsletter to get the top stories.",
        "© 2023 The Daily Courier. All rights reserved.",
        "Copyright 2023 The Associated Press. All rights reserved.",
        "FILE PHOTO: Soldiers patrol a street in the capital. REUTERS/Jane Doe",
        "Police patrol after the attack. (AP Photo/Khalid Mohammed)",
        "Follow our coverage at https://example.org/africa",
        "Army chief sacked after base attack\nRebels claim border town\nCurfew lifted in the north",
        ".ad{display:none}",
    ],
)
def test_clean_text_chrome_removed(chrome: str) -> None:
    cleaned = clean_text(f"{STORY}\n\n{chrome}\n", has_header=False)
    assert cleaned.text == STORY
    cleaned = clean_text(f"Army retakes border town\n\n{chrome}\n\n{STORY}\n\n{chrome}\n")
    assert cleaned.text == STORY


def test_clean_text_keeps_subheading_and_quotes() -> None:
    body = f"{STORY}\n\nA city on edge\n\n“Nobody sleeps,” one said.\n\nShe said ‘enough’ twice."
    assert clean_text(body, has_header=False).text == body


def test_clean_text_joins_hard_wrapped_paragraphs() -> None:
    wrapped = (
        "Artillery shells struck two apartment blocks in the northern district\n"
        "overnight, injuring five residents, regional officials said on Tuesday.\n\n\n\n"
        "Emergency crews worked until dawn to put out the blaze."
    )
    assert clean_text(wrapped, has_header=False).text == (
        "Artillery shells struck two apartment blocks in the northern district "
        "overnight, injuring five residents, regional officials said on Tuesday.\n\n"
        "Emergency crews worked until dawn to put out the blaze."
    )


def test_clean_text_without_header_keeps_first_line() -> None:
    text = "Police fired tear gas in Kisumu\n\nNo one was hurt, police said."
    cleaned = clean_text(text, has_header=False)
    assert cleaned.title is None
    assert cleaned.text.startswith("Police fired tear gas in Kisumu")


def test_clean_text_never_empties_prose() -> None:
    note = "1 killed in raid - DETAILS NOT SPECIFIED/ ACTORS NOT SPECIFIED."
    assert clean_text(note, has_header=False).text == note
    assert clean_text("Share\nTweet\n0 : 0").text == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by the BBC found that police killed 12 people in the raid.",
        "“Join our struggle,” the commander told villagers before the attack.",
        "The rebels did not subscribe to the ceasefire, officials said.",
        "Photos, videos and witness accounts show soldiers firing on the crowd.",
        "The video was posted on www.example.org by the group late on Sunday, police said.",
        "More than 40 people were arrested, police said.",
        "Watch towers along the border were hit by mortar fire.",
        "By Sunday, the army had retaken the town.",
        "Share prices fell after the attack on the pipeline.",
    ],
)
def test_clean_text_keeps_story_lines_that_resemble_chrome(sentence: str) -> None:
    assert clean_text(f"{STORY}\n\n{sentence}\n\n{STORY}", has_header=False).text == (
        f"{STORY}\n\n{sentence}\n\n{STORY}"
    )


def test_clean_text_site_navigation_header() -> None:
    dump = (
        "Skip to main content\nHome\nNews\nAfrica\nSport\n"
        "Police kill two protesters in Kisumu\nPublished 4 hours ago\nShare\n"
        "By Peter Mwangi\nNation Africa, Nairobi\n"
        "Image source, Getty Images\nImage caption, Police fired live rounds in the town centre\n"
        f"{STORY}\n"
        "More on this story\nProtest leaders arrested in Nairobi\nCurfew lifted in Kisumu\n"
        "Opposition calls for fresh rallies\nTop Stories\n"
    )
    cleaned = clean_text(dump)
    assert (cleaned.title, cleaned.byline) == ("Police kill two protesters in Kisumu", "Peter Mwangi")
    assert cleaned.text == STORY


def test_clean_text_long_headline_not_joined_to_body() -> None:
    headline = "Iraq military cracks down on militias and arms smuggling after a spate of attacks"
    cleaned = clean_text(f"{headline}\nBAGHDAD (Reuters) - {STORY}", has_header=False)
    assert cleaned.text == f"{headline}\n\n{STORY}"
    assert (cleaned.dateline, cleaned.source) == ("Baghdad", "Reuters")


@pytest.mark.parametrize(
    ("raw", "paragraphs"),
    [
        # Blocks a scraper ran together: a headline, a caption or a subheading and the sentence after it.
        ("Roadside bomb kills general in SyriaThe desert east of Deir ez-Zor is rife with insurgents.",
         ["Roadside bomb kills general in Syria", "The desert east of Deir ez-Zor is rife with insurgents."]),
        ("Troops were deployed to secure the areaCalls for calmA police source said the bag held screws.",
         ["Troops were deployed to secure the area", "Calls for calm", "A police source said the bag held screws."]),
        # A headline run into the dateline: the dateline is read, the headline kept apart.
        ("Five militants killed in blast in NigeriaMAIDUGURI, Nigeria (Reuters) - Five militants died on Friday.",
         ["Five militants killed in blast in Nigeria", "Five militants died on Friday."]),
        # Names and brands written as one word stay whole.
        ("Gunmen attacked a bus at LungaLunga, a WhatsApp message to McCain and DeSantis said.",
         ["Gunmen attacked a bus at LungaLunga, a WhatsApp message to McCain and DeSantis said."]),
    ],
)
def test_clean_text_splits_blocks_a_scraper_ran_together(raw: str, paragraphs: list[str]) -> None:
    assert clean_text(raw, has_header=False).text.split("\n\n") == paragraphs


@pytest.mark.parametrize(
    ("raw", "title", "published", "dateline", "lead"),
    [
        ("March 3, 2021 Attack in Borno MAIDUGURI, Nigeria (AP) - Boko Haram fighters killed 12 farmers near "
         "Maiduguri on Tuesday, officials said. Police said two suspects were arrested.",
         "Attack in Borno", "2021-03-03", "Maiduguri, Nigeria", "Boko Haram fighters killed 12 farmers"),
        ("Tuesday, 9 May 2023 Gunmen kill six in Jos raid JOS, Nigeria, May 9 (Reuters) - Gunmen killed six "
         "people in a night raid on a village near Jos, police said on Tuesday.",
         "Gunmen kill six in Jos raid", "2023-05-09", "Jos, Nigeria", "Gunmen killed six people"),
    ],
)
def test_clean_text_reads_a_page_flattened_to_one_line(raw, title, published, dateline, lead) -> None:
    cleaned = clean_text(raw)
    assert (cleaned.title, cleaned.dateline) == (title, dateline)
    assert cleaned.published is not None and cleaned.published.date().isoformat() == published
    assert cleaned.text.startswith(lead)


def test_clean_text_leaves_a_sentence_quoting_an_agency_whole() -> None:
    raw = "Officials told reporters that the attack on the market, which KENYA POLICE (KP) - a unit - denied, killed two."
    assert clean_text(raw, has_header=False).text == raw


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("Police said two suspects were arrested. Share this: Facebook Twitter WhatsApp",
         "Police said two suspects were arrested."),
        ("Police said two suspects were arrested. Reporting by Ahmed Musa; Editing by Jane Doe",
         "Police said two suspects were arrested."),
        ("Gunmen killed four traders at a cattle market in Wajir on Saturday, police said. The gunmen fled "
         "towards the border. © 2021 The Associated Press. All rights reserved.",
         "Gunmen killed four traders at a cattle market in Wajir on Saturday, police said. The gunmen fled "
         "towards the border."),
        # prose that opens with those words stays
        ("Share prices fell in Lagos. Officials blamed the attack.", "Share prices fell in Lagos. Officials blamed the attack."),
        ("Related attacks followed in the north, police said.", "Related attacks followed in the north, police said."),
    ],
)
def test_clean_text_drops_furniture_run_onto_the_last_sentence(paragraph: str, kept: str) -> None:
    assert clean_text(paragraph, has_header=False).text == kept
