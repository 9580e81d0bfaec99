"""What the parts of the event coder share: the records of an event found, a report and a quote, the
per-document state, and a few tests on tokens."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from litopys.doc import Document, Token
from litopys.events.patterns import Cues, Pattern
from litopys.events.phrases import MentionIndex, Phrase

WITH_AFTER = 12  # words after a trigger that may hold a pattern's companion lemma
WITH_BEFORE = 5  # a passive puts its companion first: "Посол Ізраїлю в Україні був викликаний"
OBJECT_WINDOW = 14
LIGHT_POS = frozenset({"ADVB", "PREP", "CONJ", "PRCL", "PUNCT", "NUM"})
THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "FIGHT"})
# Negated, these are refusals (REJECT): "не визнає", "не погодиться на переговори", "не підтримає".
REFUSED_WHEN_NEGATED = frozenset(
    {("AGREE", "negotiate"), ("SUPPORT", "recognize"), ("SUPPORT", "endorse"), ("CONCEDE", "allow")}
)
DASHES = frozenset("-–—")
# A fight's answer (air defence, jets scrambled), never the attack a noun refers to.
DEFENCE_MODES = frozenset({"air-defence", "defence", "scramble"})


@dataclass(slots=True)
class Report:
    """A reporting verb (or frame) and who speaks through it."""

    position: int
    speaker: list[str]
    addressee: list[str] = field(default_factory=list)
    tail: bool = False  # "…, - зазначив він": covers what comes before it
    frame: bool = False  # "за даними X": covers the whole sentence


@dataclass(slots=True)
class Quote:
    start: int  # token index of the first word inside the quote
    end: int  # token index after the last word inside the quote
    speaker: list[str]


@dataclass(slots=True)
class Found:
    """An event before ids, dedupe and recasts."""

    pattern: Pattern
    trigger: int
    source: list[str]
    target: list[str]
    sentence: int
    clause: tuple[int, int]
    span: tuple[int, int]
    verbal: bool
    carried: bool = False
    location: str | None = None
    modality: str = "asserted"
    attributed_to: list[str] = field(default_factory=list)
    date: str | None = None
    date_source: str | None = None
    nested: bool = False


SEASON_RE = re.compile(r"^(\d{4})-(?:WI|SP|SU|FA)$")


def companion_lemmas(token: Token) -> frozenset[str]:
    """A word's lemmas, plus the parts of a hyphenated compound ("дронів-камікадзе" is also a "дрон", and
    so are "FPV-дронів")."""
    lemmas = token.lemmas
    return lemmas | {part for lemma in lemmas if "-" in lemma for part in (lemma.split("-")[0], lemma.split("-")[-1])}


def iso_date(value: str) -> str:
    """An event date in ISO 8601: a TIMEX time of day is dropped ("2024-02-14TNI" → "2024-02-14") and a
    season becomes its year ("2023-WI" → "2023"); intervals keep both ends."""
    parts = []
    for part in value.split("/"):
        part = part.split("T")[0] if "T" in part else part
        season = SEASON_RE.match(part)
        parts.append(season.group(1) if season else part)
    return "/".join(parts)


def before_adjectives(tokens: list[Token], k: int, stop: int = -1) -> int:
    """The position of the word before the noun at ``k``, past its agreeing adjectives ("у Маріїнському
    палаці": "у"), not going back to ``stop`` or before it."""
    j = k - 1
    while j > stop and tokens[j].pos == "ADJF":
        j -= 1
    return j


def open_ended(value: str) -> bool:
    """"найбільший з початку вторгнення обмін" ("2022-02-24/.."): an open span the event falls in, which
    gives way to the sentence's own date ("У середу, 3 січня, …")."""
    return value.startswith("../") or value.endswith("/..")


def uniq(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def is_finite_verb(token: Token) -> bool:
    """A verb with a finite reading ("виділить" is also read as a colloquial infinitive); an imperative
    that is also a noun or a numeral ("переговори", "напади", "три") is that: news narration gives no orders."""
    imperative = False
    for a in token.analyses:
        if a.pos == "VERB" and "infn" not in a.tags:
            if "impr" not in a.tags:
                return True
            imperative = True
    return imperative and not any(a.pos in ("NOUN", "NUMR") for a in token.analyses)  # ("Три винищувачі")


def verb_reading(token: Token, lemmas: frozenset[str]) -> bool:
    return any(a.pos == "VERB" and a.lemma in lemmas for a in token.analyses)


class CoderState:
    """The per-document state every part of the coder reads; ``Coder.__init__`` fills it."""

    doc: Document
    tokens: list[Token]
    companions: list[frozenset[str]]  # each token's companion lemmas (``companion_lemmas``)
    cues: Cues
    mentions: MentionIndex
    phrases: list[list[Phrase]]  # the actor phrases of each sentence
    timex_tokens: list[tuple[int, int, str, bool]]  # (first token, end token, ISO value, future)
    dated_paragraphs: set[int]  # the paragraphs that name a date an act told in the past may take
    last_person: list[str]  # the person last named outside a quote, for "він"
    last_subject: list[str]
    sentence: int  # the sentence being coded
    found: list[Found]
    quotes: list[Quote]
    reports: list[list[Report]]  # reporting verbs and frames, per sentence
    frame_phrases: set[int]  # sources named in "за даними X": never a clause's subject
    _phrase_cache: dict[tuple, bool]  # (sentence, phrases) → whether the sentence holds one
    _name_lemmas: dict[str, frozenset[str]] | None  # entity id → lemmas of its name and of its mentions' words
    _frame_firsts: frozenset[str]  # first words of the source frames, for a quick look-up

    def _latest(self, wanted: Callable[[Found], bool]) -> Found | None:
        """The latest event coded so far that ``wanted`` accepts: what "the attack", "the charge", "the
        side that struck" and other back references look for."""
        return next((f for f in reversed(self.found) if wanted(f)), None)

    def _appeal(self, found: Found) -> bool:
        """Whether an act is an appeal to a forum ("звернутися до СОТ"), whose body is no side to it."""
        return self.tokens[found.trigger].lemma in self.cues.appeal_verbs

    def _earlier(self, found: Found) -> Iterator[Found]:
        """The events told before ``found``, the latest first."""
        return (f for f in reversed(self.found) if (f.sentence, f.trigger) < (found.sentence, found.trigger))

    def told_with(self, found: Found) -> list[Found]:
        """Every event coded from ``found``'s trigger: one trigger is coded once per partner ("прийняв
        делегації Вірменії та Азербайджану"), and together they are one act."""
        return [f for f in self.found if f.trigger == found.trigger]
