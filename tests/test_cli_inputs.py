"""The command line as a user meets it: exit codes, bad input, formats."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirecoder.model import ACLED_FIELDS

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "wirecoder", *args], capture_output=True, text=True,
                          input=stdin, timeout=300)


def test_cli_extract_skips_bad_inputs_and_keeps_going(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 20)
    good = tmp_path / "good.txt"
    good.write_text("March 2, 2021\n\nGunmen killed four villagers in Zamfara state on Monday, police said.\n")
    result = run("extract", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for name in ("empty.txt", "binary.bin", "missing.txt"):
        assert name in result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and events[0]["article_id"] == "good"


def test_cli_extract_exit_2_when_nothing_read(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    result = run("extract", str(tmp_path / "empty.txt"))
    assert result.returncode == 2
    assert "empty.txt" in result.stderr and "Traceback" not in result.stderr


def test_cli_extract_strict_makes_bad_input_fatal(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text("Police arrested 12 protesters in Nairobi on Monday.\n")
    result = run("extract", "--strict", str(tmp_path))
    assert result.returncode == 2
    assert "empty.txt" in result.stderr and "Traceback" not in result.stderr


def test_cli_extract_stdin_csv_in_acled_order():
    text = "KABUL (Reuters) - A roadside bomb killed three soldiers in Kandahar province on Tuesday.\n"
    result = run("extract", "-", "--format", "csv", stdin=text)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0])[: len(ACLED_FIELDS)] == list(ACLED_FIELDS)
    assert rows[0]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert rows[0]["fatalities"] == "3"


def test_cli_read_prints_metadata(seed_path):
    result = run("read", str(seed_path), "--format", "jsonl")
    (article,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert article["title"] == "Iraq military cracks down on militias, arms smuggling"
    assert article["published"].startswith("2011-07-03")
    assert (article["dateline"], article["source"]) == ("Baghdad", "Reuters")
    assert "0 : 0" not in article["text"] and "Editing by" not in article["text"]
    assert "narrow-browser" not in article["text"]
    assert article["text"].startswith("Iraq has launched a military crackdown")


def test_cli_unknown_input_format_is_a_usage_error(tmp_path):
    result = run("extract", "--input-format", "pdf", str(tmp_path))
    assert result.returncode == 2 and "pdf" in result.stderr
