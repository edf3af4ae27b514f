"""Who did it when the evidence sentence does not say: the sentences of its paragraph.

"A roadside bomb killed three soldiers near Mandera. Al Shabaab claimed responsibility."
names the perpetrator one sentence later; "Militants stormed the village. They burned
forty homes." names it one sentence earlier. ACLED codes both to the group named.

Example:
    >>> attributed(article, event, ActorCoder.load(), "Kenya").name  # doctest: +SKIP
    'Al Shabaab'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from wirecoder.model import Actor, Article, Event, Sentence
from wirecoder.sentences import is_story
from wirecoder.speech import opening, opening_pattern

from .phrases import NO_TOLL, PEOPLE_HIT, TOLL_TOLD

if TYPE_CHECKING:
    from .coder import ActorCoder

__all__ = [
    "NO_CLAIM", "antecedent", "arrested_group", "attributed", "disclaimed", "following_text", "is_back_reference",
    "next_sentence", "speaker", "victims_after",
]

# Sentences around the evidence that may still speak of the same event (a paragraph is short).
_BEFORE, _AFTER = 1, 2
_PRONOUN = re.compile(r"^(?:they|he|she|we|(?:some|many|one|two|three|several|a few|most|others) of them)$", re.I)
# "the attackers", "these gunmen": the ones the previous sentence introduced.
_DEFINITE = re.compile(
    r"^(?:the|these|those)\s+(?:(?:[\w'-]+\s+){0,3}?[\w'-]+-(?:linked|affiliated|allied|backed|aligned|inspired)\s+)?"
    r"(?:attackers|assailants|gunmen|militants|fighters|raiders|insurgents|rebels|perpetrators|bandits|men|group|"
    r"movement|militia|militiamen|jihadists|extremists|terrorists|organi[sz]ation)$",
    re.I,
)  # "the Islamic State-linked group": the group just named, described
# Words saying who is held responsible: claims, suspicions, blame.
_ATTRIBUTION = re.compile(
    r"\b(?:claim\w*|responsib\w*|suspect\w*|believed|blam\w*|attribut\w*|accus\w*|behind|perpetrat\w*|"
    r"linked|affiliated|members? of|belong(?:ed|s)? to|loyal to)\b", re.I
)

# Hedges that withdraw the attribution: "it is not clear who", "may be linked", "in the past".
# "No group claimed the attack", "no immediate claim", "has not yet been claimed": nobody said they did it.
NO_CLAIM = re.compile(
    r"\bno\s+(?:immediate\s+)?claim|\b(?:no\s+one|nobody|no\s+group|no\s+organi[sz]ation|none)\b[^.;]{0,20}\bclaim"
    r"|\bnot\s+(?:yet\s+|immediately\s+)?(?:been\s+)?claimed\b", re.I
)
_HEDGE = re.compile(
    r"\bnot (?:clear|confirmed|known)\b|\bunclear\b|\bmay\b|\bmight\b|\bin the past\b|\bspeculat\w*|"
    rf"\bden(?:y|ies|ied)\b|{NO_CLAIM.pattern}", re.I
)
# Where groups are active, told with a weak link only: "the area is a stronghold of fighters linked to al-Qaida",
# "militants affiliated with IS operate in the district" (no one is said to have done it).
_WHERE_ACTIVE = re.compile(
    r"^(?!.*\b(?:claim\w*|responsib\w*|suspect\w*|believed|blam\w*|attribut\w*|accus\w*|behind|perpetrat\w*)\b)"
    r".*\b(?:stronghold|strongholds|active|operat(?:e|es|ing)|present|presence|bastion|hotbed)\b", re.I)
# ... but "suspected, but not confirmed" is one hedged clause.
_CONTRAST = re.compile(r"[;,.]?\s*\b(?:however|though|although|but)\b(?!\s+not\b)", re.I)


def is_back_reference(phrase: str | None) -> bool:
    """Whether a role phrase only points back ("they", "the attackers")."""
    text = (phrase or "").strip()
    return bool(_PRONOUN.match(text) or _DEFINITE.match(text))


# "The Houthi movement said it had fired a missile": the pronoun is the one who speaks.
_SPEAKER = opening_pattern(r"(?P<pronoun>it|they)\b")


def speaker(
    sentence: str, pronoun: str | None, coder: ActorCoder, country: str | None, accept: Callable[[Actor], bool]
) -> Actor | None:
    """The actor that says "it"/"they" did it, in the same sentence, or None."""
    said = opening(_SPEAKER, sentence)
    if said is None or (pronoun or "").strip().lower() != said[1]["pronoun"].lower():
        return None
    return next((a for _, _, a in reversed(coder.find(said[0].speaker(sentence), country)) if accept(a)), None)


def _paragraph_neighbours(article: Article, event: Event) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences just before and just after the evidence, within its paragraph."""
    sentences = article.sentences
    index = next((i for i, s in enumerate(sentences) if s.start == event.evidence_start), None)
    if index is None:
        return [], []
    before: list[Sentence] = []
    for s in reversed(sentences[max(0, index - _BEFORE) : index]):
        if "\n\n" in article.text[s.end : (before[0].start if before else event.evidence_start)]:
            break
        before.insert(0, s)
    after: list[Sentence] = []
    for s in sentences[index + 1 : index + 1 + _AFTER]:
        if "\n\n" in article.text[(after[-1].end if after else event.evidence_end) : s.start]:
            break
        after.append(s)
    return before, after


# The one blamed, as the object of the blame: "Residents blamed the federal army", "accused the military of".
_BLAMED_OBJECT = re.compile(r"\b(?:blamed|accused|attributed\s+(?:it|the\s+\w+)\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def attributed(
    article: Article, event: Event, coder: ActorCoder, country: str | None, accept: Callable[[Actor], bool],
    blamed_state: bool = False,
) -> Actor | None:
    """The actor ``accept`` takes that a neighbouring sentence holds responsible, or None; with
    ``blamed_state``, also a state's forces that sentence blames ("residents blamed the army")."""
    from .kinds import state_forces

    before, after = _paragraph_neighbours(article, event)
    for sentence in after + before[::-1] + _claims_after(article, event, after):
        # "No group claimed responsibility; however, sources attributed the attack to Boko Haram",
        # "Authorities suspect al Shabaab, though no group has claimed responsibility": each clause apart
        for text in _CONTRAST.split(sentence.text):
            if (_ATTRIBUTION.search(text) or _CLAIM.search(text)) and not _HEDGE.search(text) \
                    and not _WHERE_ACTIVE.search(text):
                found = coder.find(text, country)
                held = next((a for _, _, a in found if accept(a)), None)
                if held is not None:
                    return held
                if (faction := _claimant_faction(text, coder, country)) is not None:
                    return faction
                blamed = next((a for start, _, a in found if blamed_state and state_forces(a)
                               and _BLAMED_OBJECT.search(text[:start])), None)
                if blamed is not None:
                    return blamed
    return None


# "Houthi extremists (Ansar Allah) were suspected of carrying out the attack": the subject of a claim or
# suspicion, told as a summary ends.
_CLAIMANT = re.compile(r"^\s*(?P<subject>.{3,80}?)\s+(?:(?:has\s+|have\s+)?claimed\s+responsibility|"
                       r"(?:was|were)\s+(?:also\s+)?suspected\s+of\s+(?:carrying\s+out|perpetrating))\b")


def _claimant_faction(text: str, coder: ActorCoder, country: str | None) -> Actor | None:
    """The faction coded as a state's forces ("Military Forces of Yemen Houthi") that is the subject of a
    claim or suspicion; never the state's own army or police, who "suspect" rather than are suspected."""
    from .kinds import state, state_forces

    match = _CLAIMANT.match(text)
    if match is None:
        return None
    own = {state("Military", country).name, state("Police", country).name}
    return next((a for _, _, a in coder.find(match["subject"], country)
                 if state_forces(a) and a.name not in own), None)


# The ones who did it, pointed back to, and what they are said to have been.
_THE_DOERS = (r"\b(?:the|these|those)\s+(?:attackers|assailants|gunmen|perpetrators|killers|raiders|militiamen|insurgents|"
               r"fighters|militants)")
_MEMBERS = r"(?:members|fighters|militants|militiamen|combatants|elements)"
# "The Pakistani Taliban ... claimed responsibility": a claim of the event just told, in wire copy's next paragraph,
# or the suspicion an incident summary ends with ("Boko Haram was suspected of carrying out the attack").
_THE_ACT = (r"the (?:attack|bombing|blast|killing|killings|assault|ambush|raid|incident|abduction|kidnapping|shooting|"
            r"crime|murder|massacre)")
_CLAIM = re.compile(
    rf"\bclaim(?:ed|s|ing)? (?:responsibility|{_THE_ACT}|it)\b"
    # the other shapes of a claim and of a charge: "responsibility was claimed by", "took responsibility for the
    # killings", "jihadists were responsible", "the attack was carried out by", "accused IS fighters of"
    r"|\b(?:took|takes|taken|assumed|accepted|admitted)\s+responsibility\b|\bresponsibility\s+(?:was|has\s+been)\s+claimed\b"
    r"|\b(?:was|were|are|is)\s+responsible\b|\b(?:was|were|been)\s+(?:carried\s+out|perpetrated|committed|claimed)\s+by\b"
    r"|\baccus(?:ed|es)\s+(?!(?:him|her|them|it|of|the\s+government|authorities)\b)"
    r"|\b(?:was|were|is|are)\s+(?:also\s+)?suspected\s+of\s+(?:carrying\s+out|perpetrating|being\s+behind)\b"
    rf"|\battributed\s+{_THE_ACT}\s+to\b"
    # wire copy's later paragraph: "Police blamed the 400 Mawozo gang", "militants of the TTP were behind the
    # attack", "members of the Gran Grif gang carried out the abduction"
    rf"|\bblam(?:ed|es)\s+(?!(?:him|her|them|it|the government|authorities)\b)|\b(?:was|were|are|is)\s+behind\s+{_THE_ACT}\b"
    rf"|\bcarried\s+out\s+{_THE_ACT}\b|\bresponsible\s+for\s+{_THE_ACT}\b"
    # an incident summary's last word on it, after a remark on related attacks: "Lashkar-e-Taiba was
    # responsible.", "Shining Path was suspected.", "The ADF were blamed."
    rf"|\b(?:was|were)\s+(?:also\s+)?(?:responsible|suspected|blamed|held\s+responsible)\s*(?:[.;]|$)"
    # who the attackers were, told in a later paragraph: "the attackers were fighters loyal to the RSF", "The
    # fighters belonged to Fano", "the gunmen were members of the Imbonerakure" (never the victims: "The
    # victims were members of the opposition party")
    # ("The militants, who residents said belonged to ISWAP, fled", "the gunmen, believed to be Al Shabaab")
    # ("the assailants were Islamic State fighters")
    rf"|{_THE_DOERS}\s+(?:were|was)\s+(?:all\s+)?(?:[\w'-]+\s+){{1,4}}?{_MEMBERS}\b"
    rf"|{_THE_DOERS}(?:,?\s+who(?:\s+[\w']+){{0,3}}?)?\s+(?:(?:were|was)\s+(?:all\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,2}}?{_MEMBERS}\s+(?:of|from|loyal\s+to)|loyal\s+to)|belonged\s+to)\b"
    rf"|{_THE_DOERS},?\s+(?:(?:are|were|was|is)\s+)?(?:believed|suspected|thought)\s+to\s+(?:be|have\s+been)\b",
    re.I)
# "No group claimed responsibility for the incident": someone attacked, and it was no state's forces.
_DISCLAIMED = re.compile(r"\bno\s+(?:group|one|organi[sz]ation)\b[^.;]{0,20}\bclaim\w*\s+responsibility\b", re.I)
# ("earlier" as a time, not as the adjective of "people who fled earlier fighting", which tells no event of its own;
# such a sentence is passed over, neither ending the window nor read as a claim)
_EARLIER_THINGS = re.compile(r"\b[Ee]arlier\s+(?!(?:on|in|at|this|that|today|tonight|the|last|than)\b)[a-z]+")
_ELSEWHERE = re.compile(r"\b(?:separately|elsewhere|meanwhile|in another|another attack|earlier|last (?:week|month|year)|"
                        r"similar|previous|a string of|a series of)\b", re.I)
# A sentence that opens on a day or a place of its own ("On Wednesday, ...", "In Port-au-Prince, ...") tells
# another event: a claim after it is that event's.
_NEW_SCENE = re.compile(r"^\W*(?:(?:Also|Later|Earlier)\s+)?(?:on|in|at|near|overnight)\b[^,]{0,60},", re.I)
# How many sentences after the evidence's paragraph a claim may come: a note's next two; a story's body, which
# tells the attack's details and a quote before the police's word on who did it, five.
_CLAIM_WINDOW, _STORY_CLAIM_WINDOW = 2, 5


def _claims_after(article: Article, event: Event, after: list[Sentence]) -> list[Sentence]:
    """The claim of responsibility among the sentences that follow the evidence's paragraph (two, or five in a
    story), before any that tells another event, if any, after the sentences saying nobody claimed it ("No group
    claimed responsibility. Security officials blamed Islamic State militants": the blame still names them)."""
    sentences = article.sentences
    end = after[-1].end if after else event.evidence_end
    window = _STORY_CLAIM_WINDOW if is_story(article) else _CLAIM_WINDOW
    following = [s for s in sentences if s.start >= end][:window]
    unclaimed: list[Sentence] = []
    for sentence in following:
        rest = _EARLIER_THINGS.sub(" ", sentence.text)
        if _ELSEWHERE.search(rest) or _NEW_SCENE.match(sentence.text):
            return unclaimed
        if rest != sentence.text:
            continue
        if _CLAIM.search(sentence.text):
            if NO_CLAIM.search(sentence.text) and not _CONTRAST.search(sentence.text):
                unclaimed.append(sentence)
                continue
            return [*unclaimed, sentence]
    return unclaimed


# Who the people arrested were, told after the arrest: "A spokesperson said the suspects were members of the banned
# BLA", "The men arrested belonged to ISWAP".
_ARRESTED_WERE = re.compile(
    r"\b(?:the|these|those)\s+(?:suspects|detainees|men|arrested\s+men|men\s+arrested|people\s+arrested)\s+"
    rf"(?:(?:were|was|are)\s+(?:all\s+)?(?:[\w-]+\s+){{0,2}}?{_MEMBERS}\s+of|belong(?:ed)?\s+to|(?:were|are)\s+"
    r"(?:linked|affiliated)\s+(?:to|with))\b", re.I
)


def arrested_group(
    article: Article, event: Event, coder: ActorCoder, country: str | None, accept: Callable[[Actor], bool]
) -> Actor | None:
    """The group ``accept`` takes that the sentences after an arrest say the arrested belonged to, or None."""
    _, after = _paragraph_neighbours(article, event)
    end = after[-1].end if after else event.evidence_end
    for sentence in after + [s for s in article.sentences if s.start >= end][:_CLAIM_WINDOW]:
        if (said := _ARRESTED_WERE.search(sentence.text)) is not None:
            return next((a for start, _, a in coder.find(sentence.text, country)
                         if start >= said.start() and accept(a)), None)
    return None


def disclaimed(article: Article, event: Event) -> bool:
    """Whether the sentences after the evidence say no group claimed it: an attack by an unnamed group."""
    _, after = _paragraph_neighbours(article, event)
    return any(_DISCLAIMED.search(s.text) for s in after + _claims_after(article, event, after))


def antecedent(
    article: Article, event: Event, coder: ActorCoder, country: str | None, accept: Callable[[Actor], bool]
) -> Actor | None:
    """The first actor ``accept`` takes in the sentence before the evidence, in its paragraph."""
    before, _ = _paragraph_neighbours(article, event)
    if not before:
        return None
    return next((a for _, _, a in coder.find(before[-1].text, country) if accept(a)), None)


def next_sentence(article: Article, event: Event) -> str:
    """The sentence after the evidence in its paragraph, or ""."""
    _, after = _paragraph_neighbours(article, event)
    return after[0].text if after else ""


def following_text(article: Article, event: Event) -> str:
    """The sentences after the evidence in its paragraph ("Police responded and exchanged fire.")."""
    _, after = _paragraph_neighbours(article, event)
    return " ".join(s.text for s in after)


# An incident summary's list of who was hit: "The victims included three police officers and a teacher."
_VICTIMS_LISTED = re.compile(r"\s*(?:the|those)\s+(?:victims|dead|casualties)\s+(?:included|were|comprised)\b", re.I)


def victims_after(
    article: Article, event: Event, coder: ActorCoder, country: str | None, accept: Callable[[Actor], bool]
) -> Actor | str | None:
    """Who the toll told in the next sentence of the paragraph names: "A car bomb exploded near a market.
    At least eleven civilians were killed." The actor ``accept`` takes ("Two soldiers were killed"), or that
    an incident summary's list of the victims names, right after ("Four people were killed. The victims
    included three police officers"), else "civilians" when people are the dead, else None (a source who
    tells the toll is no victim)."""
    from .cues import is_source

    _, after = _paragraph_neighbours(article, event)
    toll = after[0].text if after and TOLL_TOLD.search(after[0].text) and not NO_TOLL.search(after[0].text) else ""
    listed = next((s.text for s in after[: 2 if toll else 1] if _VICTIMS_LISTED.match(s.text)), "")
    if not toll and not listed:
        return None
    hit = next((a for sentence in (toll, listed) for s, e, a in coder.find(sentence, country)
                if accept(a) and not is_source(sentence, s, e)), None)
    return hit or ("civilians" if PEOPLE_HIT.search(toll or listed) else None)

