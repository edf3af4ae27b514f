"""Delimited tables told apart from short articles whose lines each hold one comma (wirecoder.read.detect)."""

from __future__ import annotations

import doctest

import pytest

from wirecoder.read import detect
from wirecoder.read.detect import table_columns


def test_read_detect_docstring_examples_run():
    assert doctest.testmod(detect).failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date,place,headline\n2024-03-02,Kismayo,Blast kills 5\n2024-03-03,Baidoa,Clashes erupt\n",
         ["date", "place", "headline"]),
        ("id\ttext\nk1\tGunmen killed two.\nk2\tPolice fired tear gas.\n", ["id", "text"]),
        # a dated stamp over two one-comma paragraphs is an article
        ("Tue May 19, 2020 9:14am EDT\n\nGunmen killed three farmers, police said.\n\nThey fled, a witness said.\n",
         None),
        ("12 March, 2023\nFive dead, ten hurt in Kaduna\nBandits raided a village, residents said.\n", None),
        ("NAIROBI, Kenya\n\nPolice fired tear gas, witnesses said.\n", None),
    ],
)
def test_read_detect_table_or_article(text, expected):
    assert table_columns(text) == expected
