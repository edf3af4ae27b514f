"""wirecoder: news reports in, ACLED-style political-violence and protest events out."""

__version__ = "0.1.0"
