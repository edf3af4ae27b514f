"""A realistic benchmark corpus, recombined at run time from texts we may read but not ship.

News articles run to 500-900 words over many paragraphs, far longer than the
one-to-three-sentence ACLED notes. So each synthetic article is built from a
seeded random draw of paragraphs: single ACLED Kenya notes (a lede-like report
of one event) interleaved with runs of 1-3 consecutive sentences from the
WikiEvents articles (background, quotes, context), until a target length drawn
from [500, 900] words. The output is written to a temporary file by bench.py and
deleted afterwards: third-party text never enters the repository.

Without ``../shared/eval`` the paragraphs come from ``demo/corpus`` instead.

Usage (to inspect the corpus; bench.py builds its own):
    python benchmarks/make_corpus.py --articles 300 /tmp/bench.jsonl
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = (500, 900)
SEED = 7

# ACLED coder remarks like "[size=no report]" are not wire copy.
_CODER_REMARK = re.compile(r"\s*\[[^\]]*\]")
# WikiEvents texts lost their newlines: "in SyriaThe desert" is a sentence boundary.
_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])|(?<=[a-z][.!?])(?=[A-Z])")
_HTML_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Sources:
    """Paragraph material: short event reports and runs of context sentences."""

    reports: tuple[str, ...]
    passages: tuple[tuple[str, ...], ...]  # sentences of each source article, in order
    origin: str


def gold_dir() -> Path | None:
    """``$WIRECODER_SHARED`` (or its ``eval/``) or ``../shared/eval``, when the files are there."""
    from wirecoder.evaluate.floors import find_gold_dir

    return find_gold_dir(REPO)


def sentences(text: str) -> list[str]:
    """Rough sentence split, good enough to cut paragraphs."""
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.split()) >= 4]


def load_sources(directory: Path | None = None) -> Sources:
    """Reports and passages from the gold files, or from the demo corpus when absent."""
    directory = directory or gold_dir()
    if directory is not None:
        reports = []
        with (directory / "acled_kenya_notes.jsonl").open(encoding="utf-8") as notes:
            for line in notes:
                text = _CODER_REMARK.sub("", json.loads(line)["text"]).strip()
                if len(text.split()) >= 12:
                    reports.append(text)
        passages = []
        with (directory / "wikievents_dev_articles.jsonl").open(encoding="utf-8") as articles:
            for line in articles:
                passages.append(tuple(sentences(json.loads(line)["text"])))
        return Sources(tuple(reports), tuple(p for p in passages if p), str(directory))
    return _demo_sources(REPO / "demo" / "corpus")


def _demo_sources(corpus: Path) -> Sources:
    """Paragraphs of the demo articles: the first of each file is a report, the rest context."""
    reports: list[str] = []
    passages: list[tuple[str, ...]] = []
    for path in sorted(corpus.iterdir()):
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            blocks = [html.unescape(_TAG.sub(" ", p)) for p in _HTML_PARAGRAPH.findall(raw)]
        else:
            blocks = raw.split("\n\n")
        paragraphs = [" ".join(b.split()) for b in blocks if len(b.split()) >= 15]
        reports += paragraphs[:3]
        passages.append(tuple(s for p in paragraphs[3:] for s in sentences(p)))
    if not reports:
        sys.exit(f"no benchmark material: neither ../shared/eval nor {corpus} has articles")
    return Sources(tuple(reports), tuple(p for p in passages if p) or ((reports[0],),), str(corpus))


def make_article(rng: random.Random, sources: Sources) -> str:
    """One multi-paragraph article of 500-900 words."""
    target = rng.randint(*WORDS)
    paragraphs = [rng.choice(sources.reports)]
    words = len(paragraphs[0].split())
    while words < target:
        if rng.random() < 0.35:
            paragraph = rng.choice(sources.reports)
        else:
            passage = rng.choice(sources.passages)
            start = rng.randrange(len(passage))
            paragraph = " ".join(passage[start : start + rng.randint(1, 3)])
        if words + len(paragraph.split()) > WORDS[1] and words >= WORDS[0]:
            break  # long enough; this paragraph would overshoot
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return "\n\n".join(paragraphs)


def build_corpus(n: int, sources: Sources, seed: int = SEED) -> list[dict[str, str]]:
    """``n`` article records ``{"id", "text"}``, the same for the same seed and sources."""
    rng = random.Random(seed)
    return [{"id": f"bench-{i:04d}", "text": make_article(rng, sources)} for i in range(n)]


def write_corpus(path: Path, records: Sequence[dict[str, str]]) -> int:
    """Write JSONL; return the number of words written."""
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return sum(len(r["text"].split()) for r in records)


def main(argv: list[str] | None = None) -> int:
    """Write a corpus to the given path (never inside the repository, please)."""
    parser = argparse.ArgumentParser(description="Write the benchmark corpus as JSONL.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    sources = load_sources()
    words = write_corpus(args.out, build_corpus(args.articles, sources, args.seed))
    print(f"{args.out}: {args.articles} articles, {words} words from {sources.origin}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
