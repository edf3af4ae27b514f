"""Bad input a new user is likely to feed wirecoder: each is skipped with a reason naming the
file (and line) and saying what is wrong, never a vague or doubled message."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from collections.abc import Callable
from pathlib import Path

import pytest

from wirecoder.model import Article, Skipped
from wirecoder.read import read_inputs

STORY = "Gunmen attacked a police post near Kandahar on Monday, killing three officers, police say."


def _skipped(path: Path) -> list[Skipped]:
    return [i for i in read_inputs([str(path)]) if isinstance(i, Skipped)]


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"text": 12345}, "'text' is a number (12345), not a string"),
        ({"text": 2.5}, "'text' is a number (2.5), not a string"),
        ({"text": ""}, "'text' is empty: this line has no article to read"),
        ({"text": "   "}, "'text' is empty"),
        ({"text": None}, "'text' is null"),
        ({"text": True}, "'text' is true, not a string"),
        ({"text": ["a", "b"]}, "'text' is an array, not a string"),
        ({"text": {"en": STORY}}, "'text' is an object, not a string"),
        ({"html": 7}, "'html' is a number (7), not a string: it must hold the article, like "
                      '{"html": "<p>'),
        ({"title": "Clashes", "body": STORY}, "neither 'text' nor 'html' field (each line needs "
                                              "one"),
        ({"title": "Clashes", "body": STORY}, "its fields: title, body)"),
    ],
)
def test_read_jsonl_says_what_is_wrong_with_the_text(
    tmp_path: Path, record: dict[str, object], reason: str
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": STORY}) + "\n" + json.dumps(record) + "\n")
    skipped = _skipped(path)
    assert len(skipped) == 1 and skipped[0].origin == f"{path}:2"
    assert reason in skipped[0].reason


def test_read_jsonl_unterminated_string_has_no_doubled_word(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": STORY}) + '\n{"id": "b", "text": "Police said\n')
    (skipped,) = _skipped(path)
    assert skipped.reason == "line is not valid JSON (Unterminated string starting at column 21)"
    assert " at at " not in str(skipped)


def _feed(count: int) -> bytes:
    return "".join(
        json.dumps({"id": f"r{n}", "text": f"Police arrested {n} protesters in Kano on {n} May."})
        + "\n"
        for n in range(count)
    ).encode()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda whole: whole[: len(whole) // 2], "the gzip file is truncated (its compressed data "
                                                 "ends early); what came before the damage ("),
        (lambda whole: whole[:12], "the gzip file is truncated (its compressed data ends early); "
                                   "nothing could be read from it (copy or download the file "
                                   "again)"),
        (lambda whole: whole + b"<html>404</html>", "the gzip file has bytes after its end that "
                                                    "are not gzip data"),
        (lambda whole: whole[:40] + bytes(b ^ 0x55 for b in whole[40:80]) + whole[80:],
         "the gzip file is corrupt ("),
    ],
)
def test_read_gzip_damage_is_one_clean_line(
    tmp_path: Path, damage: Callable[[bytes], bytes], reason: str
) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(damage(gzip.compress(_feed(400))))
    skipped = _skipped(path)
    assert len(skipped) == 1 and skipped[0].origin.startswith(str(path))
    assert reason in skipped[0].reason
    # No "at at", and no "empty file" blamed on the damage when nothing could be read.
    assert " at at " not in skipped[0].reason and "empty file" not in skipped[0].reason


def test_read_gzip_truncated_text_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    whole = gzip.compress((STORY + "\n\n").encode() * 2000)
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Article) and items[0].text.startswith("Gunmen attacked")
    assert isinstance(items[1], Skipped) and "truncated" in items[1].reason


def _docx() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document><w:t>{STORY}</w:t></w:document>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("report.txt", _docx(), "a ZIP archive (a .docx, .xlsx, .odt or .zip file), not text: "
                                "save it as plain text (.txt)"),
        ("paper.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document, not text: "
                                                             "convert it first (e.g. pdftotext "
                                                             "paper.txt)"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "an old Microsoft Office"),
        ("note.txt", b"{\\rtf1\\ansi " + STORY.encode() + b"}", "an RTF document"),
        ("store.txt", bytes(8) + b"DUCK" + bytes(64), "`wirecoder events --db store.txt`"),
        ("events.db", b"SQLite format 3\x00" + bytes(64), "a SQLite database, not articles"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "a PNG image, not text"),
        ("feed.jsonl.bz2", bz2.compress(STORY.encode()), "bzip2-compressed, which wirecoder does "
                                                         "not unpack: decompress it first"),
        ("feed.jsonl.xz", lzma.compress(STORY.encode()), "xz-compressed"),
        ("report.docx.gz", gzip.compress(_docx()), "a ZIP archive"),  # inside gzip too
    ],
)
def test_read_inputs_names_a_format_it_cannot_read(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Skipped) and item.origin == str(path)
    assert reason in item.reason and "binary file" not in item.reason


@pytest.mark.parametrize(
    "text",
    [
        "MALLARD DUCKS and geese fled as gunmen attacked a village near Kano, police said.\n",
        "BZh9 militia fighters\n\n" + STORY,  # starts like bzip2, is not
        "NAIROBI, Kenya, May 3\n\nPolice fired tear gas, witnesses said.\n\n" + STORY,
        "Police said:\nfive were killed, three hurt\nin Mosul, Iraq, on Monday\n",
    ],
)
def test_read_inputs_prose_is_not_mistaken_for_another_format(tmp_path: Path, text: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text)
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Article)


@pytest.mark.parametrize(
    ("content", "columns", "command"),
    [
        ("date,place,headline\n2024-03-02,Kismayo,Blast kills 5\n2024-03-03,Baidoa,Clashes\n",
         "date, place, headline", ".project('headline AS text, *')"),
        ('id,body,date\n1,"Gunmen attacked a post, police said.",2024-01-02\n'
         "2,Troops clashed with militants.,2024-01-03\n",
         "id, body, date", "duckdb.read_csv('table.csv').write_parquet('table.parquet')"),
        ("Date\tPlace Name\tStory Words\n1\tGarissa\tPolice said.\n2\tLamu\tTroops said.\n",
         "Date, Place Name, Story Words", '.project(\'\\"Story Words\\" AS text, *\')'),
    ],
)
def test_read_inputs_csv_table_is_skipped_with_a_conversion(
    tmp_path: Path, content: str, columns: str, command: str
) -> None:
    path = tmp_path / "table.csv"
    path.write_text(content)
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Skipped)
    assert item.reason.startswith(f"a CSV/TSV table (columns: {columns}), not an article")
    assert command in item.reason


@pytest.mark.parametrize(
    "content",
    [
        # A short item: a date, a headline and a sentence, one comma each, is no table.
        "March 4, 2021\nTwo jawans killed, three injured in Sukma\nMaoists ambushed a patrol, police said.\n",
        "12 May, 2023\nProtesters block highway, demand water\nResidents of Mwala blocked the road, police said.\n",
    ],
)
def test_read_inputs_short_article_with_commas_is_an_article(tmp_path: Path, content: str) -> None:
    path = tmp_path / "item.txt"
    path.write_text(content)
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Article)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A text file read as JSONL: one line for the file, not one per line.
        ([STORY] * 40, ["SKIP feed.jsonl: not JSON Lines: none of its first 10 lines is JSON"]),
        # Bad lines before good ones are still reported one by one, in order.
        (["junk 1", "junk 2", json.dumps({"id": "a", "text": STORY}), "junk 3"],
         ["SKIP feed.jsonl:1", "SKIP feed.jsonl:2", "a", "SKIP feed.jsonl:4"]),
        (["junk"] * 9, [f"SKIP feed.jsonl:{n}" for n in range(1, 10)]),
    ],
)
def test_read_jsonl_a_file_that_is_no_feed_is_one_line(
    lines: list[str], expected: list[str]
) -> None:
    from wirecoder.read.jsonl import read_jsonl

    items = read_jsonl(lines, stem="feed", origin="feed.jsonl")
    got = [f"SKIP {i.origin}: {i.reason}" if isinstance(i, Skipped) else i.id for i in items]
    assert len(got) == len(expected)
    assert all(line.startswith(start) for line, start in zip(got, expected, strict=True))


@pytest.mark.parametrize(
    ("document", "held"),
    [
        ({"model": "en_core_web_sm", "workers": 2, "notes": ["a", "b"]},
         "one object whose fields (model, workers, notes) include no 'text' or 'html'"),
        ({"results": {"Garissa": 3}}, "one object whose fields (results) include no"),
    ],
)
def test_read_inputs_json_document_without_articles_is_one_line(
    tmp_path: Path, document: object, held: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(document, indent=2))
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Skipped) and item.origin == str(path)
    assert item.reason.startswith(f"a JSON document but no article: {held}")
