"""Line shapes: page chrome, credits, bylines, and prose versus title-like lines.

Each test looks at one line's shape (length, final punctuation, capitals,
bullets) plus a small vocabulary of page-furniture words, never at the wording
of particular sites.
"""

from __future__ import annotations

import re

__all__ = [
    "CLOSERS",
    "byline",
    "is_chrome",
    "is_link_title",
    "is_links_heading",
    "is_question_headline",
    "is_sentence",
    "is_titlelike",
    "strip_bullet",
    "strip_trailing_chrome",
    "strip_trailing_credit",
]

CLOSERS = "\"'”’»)]*"
_BULLET = re.compile(r"^[\s•·*▪◦‣●○■□►▸>»\-–—]+")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_./][a-z0-9]+)+$")
_CODE = re.compile(r"\{[^}]*[:;][^}]*\}|\bfunction\s*\(|\bvar\s+\w+\s*=|\b(?:window|document)\.\w+")
_URL = re.compile(r"https?://|\bwww\.\w|\b[\w.+-]+@[\w-]+\.[\w.]+")
_COUNT = re.compile(r"[\d.,]+[km]?")
_QUOTES = ("“", '"', "‘", "'", "«")

# Page furniture: a short line made only of these words (and counts) is a widget,
# a menu or a section label, never story text.
_UI_CORE = frozenset(
    """share shares sharing tweet tweets email e-mail print comment comments facebook twitter
    whatsapp linkedin pinterest reddit telegram messenger instagram youtube subscribe advertisement
    advertisements advert ad ads sponsored menu search login signup close skip listen gallery
    reprints permissions licensing newsletter newsletters download trending recommended related
    feedback cookie cookies bookmark save follow copy link links read video videos photo photos
    image images watch next previous prev top back home sign log min mins opens tab tags topics
    more reply replies""".split()
)
_UI_FILLER = frozenset(
    """to the on in up out this story article page a an of and or for with us our new most
    popular also see you may like now all here click report error rights latest news coverage
    content main navigation section sections minute minutes full screen view via""".split()
)
# Notices are matched in lines that do not open with a quote: "“Join our fight,” he said."
# is story text.
_NOTICES = (
    r"\bcookies?\b.*\b(?:use|uses|accept|consent|policy|settings|preferences|browsing)\b",
    r"\b(?:uses?|using|accept|consent to|policy)\b.*\bcookies\b",
    r"\bquotes? (?:are )?delayed\b|\bdelayed (?:by )?(?:at least |a minimum of )?\d+ minutes\b",
    r"^this (?:article|story|report) (?:has been|was) (?:corrected|updated|amended)\b",
    r"\bour standards\b|\btrust principles\b",
    r"^(?:subscribe|sign up|register|log in|download|follow us|join us|join our)\b"
    r"|\b(?:our|the|daily|weekly|free) newsletters?\b"
    r"|\bsubscribe (?:now|today|here|to our)\b"
    r"|\balready a (?:subscriber|member)\b|\bfree trial\b|\bunlimited access\b"
    r"|\bsupport (?:our|independent) journalism\b|\bclick here\b",
    r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|\ball rights reserved"
    r"|\bmay not be (?:published|broadcast|rewritten|redistributed|reproduced)",
    # Photo credits and captions: "FILE PHOTO: ...", "Image caption, ...", "(Photo by ...)".
    r"^\(?(?:file photo|photo|photograph|picture|image|video)\s*:"
    r"|^(?:image|media|photo) (?:caption|copyright|source|credit)\b"
    r"|^\(?(?:photos?|pictures?|images?) (?:by|courtesy)\b|\bvia getty images\b",
    r"^(?:read more|read also|also read|see also|related(?: \w+)?|more|watch|listen|recommended"
    r"|most read|trending(?: now)?|top stories)\s*(?:[:|»>›-]|$)",
    # A reader's comment under its name and age: "Guest - 2 hours ago: May God have mercy on the victims."
    r"^(?:[A-Z][\w'’-]*\.?\s){1,4}[-|·–—]\s(?:\d+|an?|one)\s(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?)\sago\b",
)
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _NOTICES), re.I)
# "... REUTERS/Jane Doe", "(AP Photo/Khalid Mohammed)": an agency, a slash, a person's name.
_PHOTO_CREDIT = re.compile(
    r"\b(?:[A-Z]{2,}(?: Photo)?|[A-Z][a-z]+ Images)\s?/\s?[A-Z][a-z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]+){0,3}\)?\.?$"
)
_CREDIT = re.compile(
    r"^[(\[]?\s*(?:additional |writing and |editing and )?(?:reporting|editing|writing|compiled"
    r"|written|produced|translated|translation|research|graphics?|photography|photos?|video"
    r"|illustrations?|fact[- ]?check(?:ed|ing)?|edited|reported|contributions?)\b"
    r"(?:\s+and\s+\w+)?\s+by\b",
    re.I,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\b", re.I
)
_STAFF = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s){0,3}(?i:staff|staff writer|staff reporter|correspondents?|reporters?)$"
)
# Words a credit line may hold besides names: "Reporting by X in Kabul; Editing by Y".
_CREDIT_WORDS = frozenset(
    """by and in from at with for of the additional reporting editing writing compiled written
    produced translated research graphics photography photos video edited reported
    contributions contributed""".split()
)
_TRAILING_CREDIT = re.compile(
    r"\s*[(\[]\s*(?:additional |writing and )?(?:reporting|writing|editing|compiled|research)\b"
    r"[^()\[\]]*[)\]]\s*$",
    re.I,
)
# Page furniture run onto the story's last sentence when a page is flattened to one line: share widgets,
# link lists, a credit without brackets, a copyright line ("... officials said. Share this: Facebook").
_TRAILING_CHROME = re.compile(
    r"(?<=[.!?\"”’])\s+(?:(?:Share(?: this| on| via)?|Follow us(?: on)?|Related(?: stories| articles| news)?|"
    r"Read more|Read next|More from|Most read)\b[^.!?]*|(?:Additional )?(?:Reporting|Writing|Editing) by [A-Z][^.!?]*"
    r"|(?:©|Copyright\b).*)$"
)
_BYLINE = re.compile(r"^(?:by|written by)\s+(?P<names>[A-Z].*)$", re.I)
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december then now""".split()
)
_PARTICLES = frozenset("and & in of de da di al el la le van von bin ibn du der the for".split())


def is_chrome(line: str) -> bool:
    """True for page furniture: widgets, layout tokens, notices, credits, links, code.

    Example:
        >>> [is_chrome(x) for x in ("0 : 0", "• wide-browser", "Share", "Police fired tear gas.")]
        [True, True, True, False]
    """
    if not any(ch.isalpha() for ch in line):
        return True  # "0 : 0", "|", "12", "***"
    words = line.split()
    bare = strip_bullet(line)
    if _SLUG.match(bare) or _CODE.search(line):
        return True
    if bare != line and len(words) <= 4 and not is_sentence(line):
        return True  # bulleted menu entries
    if _URL.search(line) and (len(words) <= 8 or (len(words) <= 20 and not is_sentence(line))):
        return True
    if len(words) <= 8 and not line.endswith((".", "!", "?")) and _all_ui_words(words):
        return True
    if max(line.count(mark) for mark in "|>›»") >= 2 and not is_sentence(line) and len(words) <= 16:
        return True  # tag and breadcrumb trails: "Sudan | Africa | Protest", "Home > Africa > Somalia"
    if (_CREDIT.match(line) and _names_only(words)) or _STAFF.match(bare):
        return True
    if len(words) > 40:
        return False
    if _CONTRIBUTED.search(line) or _PHOTO_CREDIT.search(line):
        return True
    return not line.startswith(_QUOTES) and bool(_BOILERPLATE.search(line))


def _names_only(words: list[str]) -> bool:
    """True when a credit line holds names and credit words, not a sentence about reporting."""
    loose = [
        w for w in words if w[:1].islower() and w.strip(".,;:()[]").casefold() not in _CREDIT_WORDS
    ]
    return len(loose) <= 1


def _all_ui_words(words: list[str]) -> bool:
    """True when every word is page-furniture vocabulary or a count, and one is not filler."""
    core = False
    for word in words:
        token = word.strip(".,:;|()[]{}!?\"'“”‘’«»•·›>-–—").casefold()
        if not token or _COUNT.fullmatch(token):
            continue
        if token in _UI_CORE:
            core = True
        elif token not in _UI_FILLER:
            return False
    return core


def byline(line: str) -> str | None:
    """The names in a "By Jane Doe" line, or None when the line is not a byline.

    Example:
        >>> byline("By JANE DOE and JOHN ROE Associated Press")
        'Jane Doe and John Roe'
    """
    match = _BYLINE.match(line)
    if not match or len(line.split()) > 14 or (is_sentence(line) and len(line.split()) > 5):
        return None  # "By Sunday, the army had retaken the town." is a sentence
    names = re.split(r"\s*(?:[,|/]|\s[-–—]\s)\s*", match.group("names"))[0].strip()
    tokens = names.split()
    if not tokens or tokens[0].casefold() in _NOT_NAMES:
        return None
    for token in tokens:
        pieces = re.split(r"[-'’]", token)
        if token.casefold() not in _PARTICLES and not any(p[:1].isupper() for p in pieces):
            return None  # "al-Rashid", "d'Almeida" are names; lowercase words are not
    caps = [t for t in tokens if t.casefold() not in _PARTICLES]
    if len(caps) >= 2 and caps[0].isupper() and caps[1].isupper():
        # AP style "By JANE DOE Associated Press": the names are in capitals, the outlet not.
        kept = []
        for token in tokens:
            if not (token.isupper() or token.casefold() in _PARTICLES):
                break
            kept.append(token)
        while kept and kept[-1].casefold() in _PARTICLES:
            kept.pop()
        tokens = [t if t.casefold() in _PARTICLES else t.title() for t in kept]
    return " ".join(tokens) or None


def strip_bullet(line: str) -> str:
    """``line`` without a leading bullet or dash."""
    return _BULLET.sub("", line)


def strip_trailing_credit(paragraph: str) -> str:
    """``paragraph`` without a closing "(Reporting by ...; Editing by ...)" or page furniture run onto it."""
    return strip_trailing_chrome(_TRAILING_CREDIT.sub("", paragraph))


def strip_trailing_chrome(text: str) -> str:
    """``text`` without share widgets, a credit or a copyright line run onto its last sentence."""
    return _TRAILING_CHROME.sub("", text)


def is_sentence(text: str) -> bool:
    """True when ``text`` ends like prose (full stop, question, colon...), closing quotes aside."""
    end = text.rstrip(CLOSERS + " ")
    if not end:
        return False
    if end[-1] in ".!?;:…":
        return True
    # Long unpunctuated text (a pasted body without full stops) is still prose.
    return len(text.split()) > 30


def is_titlelike(text: str) -> bool:
    """A short line without sentence punctuation: a headline, a link, a label."""
    return len(text.split()) <= 25 and not is_sentence(text)


# A heading over a list of links to other stories ("More on this story", "Related Topics", "Read more:").
_LINKS_HEADING = re.compile(
    r"^\W*(?:more on this (?:story|topic)|more (?:stories|from \w+(?: \w+)?)|related(?: (?:stories|topics|articles|"
    r"content|coverage|news|links))?|read more|read also|also read|see also|you may also like|recommended(?: for you)?|"
    r"most read|top stories)\s*[:|»>›-]?\s*$", re.I)


def is_links_heading(line: str) -> bool:
    """True for a heading over a list of links to other stories ("More on this story")."""
    return _LINKS_HEADING.match(line) is not None


def is_link_title(line: str) -> bool:
    """A line of a link list: a headline, told as a headline or a question ("Why is the Taliban resurgent?")."""
    return is_titlelike(line) or is_question_headline(line)


def is_question_headline(line: str) -> bool:
    """A short line ending in "?" or "!" outside quotes: a headline at the top of a dump."""
    return len(line.split()) <= 14 and line.endswith(("?", "!"))
