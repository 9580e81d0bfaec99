"""Finding temporal expressions: compiled regular expressions built from ``lang/uk/dates.yaml``.

Each rule is a regular expression with a handler that turns its match into a ``Found``: an exact
character span plus the parts it names (day, month, year, unit, offset ...), still unresolved. Rules
run only in windows around trigger words (digits, month names, units ...) and only where their kind
of trigger is present, which keeps the stage far faster than the rest of the pipeline. Overlapping
matches are settled by keeping the longest, so "13 липня 2022 року" wins over "липня 2022 року" and
"у середу, 26 липня" over "у середу".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from litopys.doc import Span
from litopys.lang import read_yaml

# Same-length rewrites before matching: one apostrophe, and the Latin i/I typed for Ukrainian і/І ("сiчня").
LOOKALIKES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "i": "і", "I": "І"})
WORD_START = r"(?<![\w'])"
WORD_END = r"(?![\w'])"
NUMBER_START = r"(?<![\w.,/:'-])"
DASH = r"\s*[-–—]\s*"
INLINE_SPACE = r"[^\S\n]"


def bounded_spaces(pattern: str) -> str:
    """Whitespace in a pattern as at most a few spaces and never a line break: an expression does not run
    across paragraphs, and bounded runs keep backtracking linear on text full of spaces."""
    pattern = pattern.replace(r"\s+", INLINE_SPACE + "{1,4}").replace(r"\s*", INLINE_SPACE + "{0,4}")
    return pattern.replace(r"\s?", INLINE_SPACE + "?").replace(r"\s", INLINE_SPACE)


@dataclass(slots=True)
class Found:
    """One matched temporal expression before resolution: its span, kind and the parts it names."""

    start: int
    end: int
    kind: str
    parts: dict[str, Any] = field(default_factory=dict)


def normalise_key(text: str) -> str:
    """Lower case, one kind of apostrophe, single spaces: the form vocabulary keys are stored in."""
    return " ".join(text.translate(LOOKALIKES).lower().split())


def _alternation(forms: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    unique = sorted({normalise_key(f) for f in forms}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in f.split(" ")) for f in unique) + ")"


@dataclass(frozen=True)
class Vocabulary:
    """The word lists of ``dates.yaml`` as lookup tables (normalised form → meaning)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_adjectives: dict[str, int]
    season_adverbs: dict[str, str]
    season_nouns: dict[str, str]
    deictic: dict[str, int]
    units: dict[str, str]
    unit_letters: dict[str, str]
    relative_days: dict[str, int]
    relative_years: dict[str, int]
    narrative_days: dict[str, int]
    vague: dict[str, tuple[str, bool]]
    modifiers: dict[str, str]
    halves: dict[str, int]
    quarters: dict[str, int]
    day_parts: dict[str, str]
    day_part_nouns: dict[str, str]
    numbers: dict[str, float]
    fractions: tuple[str, ...]
    ordinals: dict[str, int]
    year_words: tuple[str, ...]
    years_words: tuple[str, ...]
    temporal_lemmas: frozenset[str]
    future_modals: frozenset[str]
    plan_verbs: frozenset[str]
    report_verbs: frozenset[str]
    plan_participles: frozenset[str]
    sets: dict[str, str]
    century_words: tuple[str, ...]
    clock_hours: dict[str, int]
    clock_pm: tuple[str, ...]
    clock_am: tuple[str, ...]
    not_timexes: tuple[str, ...]
    weekend: tuple[str, ...]
    deictic_plural: dict[str, int]
    nights: tuple[str, ...]
    deictic_days: frozenset[str]
    approximately: tuple[str, ...]
    named_dates: dict[str, str]
    holidays: dict[str, tuple[int, int, str | None]]
    anaphoric: tuple[str, ...]
    words: dict[str, tuple[str, ...]]


def _invert(table: dict, cast: Callable = int) -> dict[str, Any]:
    return {normalise_key(form): cast(key) for key, forms in table.items() for form in forms}


@cache
def vocabulary() -> Vocabulary:
    """``dates.yaml`` read once per process."""
    data = read_yaml("dates.yaml")
    numbers = _invert(data["cardinals"], float)
    numbers.update(_invert(data["fractions"], float))
    vague = {
        normalise_key(phrase): (group["value"], bool(group["future"]))
        for group in data["vague"]
        for phrase in group["phrases"]
    }
    return Vocabulary(
        months=_invert(data["months"]),
        weekdays=_invert(data["weekdays"]),
        weekday_adjectives=_invert(
            {day: [stem + ending for stem in stems for ending in data["adjective_endings"]] for day, stems in data["weekday_adjectives"].items()}
        ),
        season_adverbs=_invert({k: v["adverbs"] for k, v in data["seasons"].items()}, str),
        season_nouns=_invert({k: v["nouns"] for k, v in data["seasons"].items()}, str),
        deictic=_invert(data["deictic"]),
        units=_invert({k: v["forms"] for k, v in data["units"].items()}, str),
        unit_letters={k: v["letter"] for k, v in data["units"].items()},
        relative_days={normalise_key(k): int(v) for k, v in data["relative_days"].items()},
        relative_years={normalise_key(k): int(v) for k, v in data["relative_years"].items()},
        narrative_days={normalise_key(k): int(v) for k, v in data["narrative_days"].items()},
        vague=vague,
        modifiers=_invert(data["modifiers"], str),
        halves=_invert(data["halves"]),
        quarters=_invert(data["quarters"]),
        day_parts=_invert(data["day_parts"], str),
        day_part_nouns=_invert(data["day_part_nouns"], str),
        numbers=numbers,
        fractions=tuple(_invert(data["fractions"], float)),
        ordinals=_invert(data["ordinals"]),
        year_words=tuple(data["year_words"]),
        years_words=tuple(data["years_words"]),
        temporal_lemmas=frozenset(data["temporal_lemmas"]),
        future_modals=frozenset(data["future_modals"]),
        plan_verbs=frozenset(data["plan_verbs"]),
        report_verbs=frozenset(data["report_verbs"]),
        plan_participles=frozenset(data["plan_participles"]),
        sets=_invert(data["sets"], str),
        century_words=tuple(data["century_words"]),
        clock_hours=_invert(data["clock_hours"]),
        clock_pm=tuple(data["clock_pm"]),
        clock_am=tuple(data["clock_am"]),
        not_timexes=tuple(data["not_timexes"]),
        weekend=tuple(data["weekend"]),
        deictic_plural=_invert(data["deictic_plural"]),
        nights=tuple(data["nights"]),
        deictic_days=frozenset(normalise_key(w) for w in data["deictic_days"]),
        approximately=tuple(data["approximately"]),
        anaphoric=tuple(data["anaphoric"]),
        words={name: tuple(forms) for name, forms in data["words"].items()},
        named_dates={normalise_key(p): str(group["value"]) for group in data["named_dates"] for p in group["phrases"]},
        holidays={
            normalise_key(p): (int(group["month"]), int(group["day"]), group.get("part"))
            for group in data["holidays"] for p in group["phrases"]
        },
    )


def _abbreviation(form: str) -> str:
    """An abbreviation as printed in the wild: "рр." also as "рр", "р. р." or "р .", "р." always with its dot."""
    letters = form.replace(".", "")
    if len(letters) == 1:
        return rf"{re.escape(letters)}\s?\."
    return r"(?:\s?\.)?\s?".join(re.escape(c) for c in letters) + r"(?:\s?\.|(?![\w']))"


def _year_words(forms: Iterable[str]) -> str:
    """Year (or other unit) words; abbreviations ("р.", "рр.", "ст.") end in a dot, words at a word boundary."""
    forms = list(forms)
    words = [f for f in forms if not f.endswith(".")]
    abbreviations = sorted((f for f in forms if f.endswith(".")), key=len, reverse=True)
    parts = []
    if words:
        parts.append(_alternation(words) + WORD_END)
    parts.extend(_abbreviation(f) for f in abbreviations)
    return "(?:" + "|".join(parts) + ")"


Handler = Callable[[re.Match[str], "Vocabulary"], "Found | list[Found] | None"]


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns, each with the handler that turns its match into a ``Found``."""

    rules: tuple[tuple[re.Pattern[str], Handler, frozenset[str]], ...]


def _n(match: re.Match[str], name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def _day(match: re.Match[str], n: int, v: Vocabulary) -> int | None:
    digits = _n(match, f"d{n}")
    if digits:
        return int(digits)
    word = _n(match, f"o{n}")
    return v.ordinals.get(normalise_key(word)) if word else None


def _month(match: re.Match[str], n: int, v: Vocabulary) -> int | None:
    word = _n(match, f"m{n}")
    return v.months.get(normalise_key(word)) if word else None


def _year(match: re.Match[str], n: int) -> int | None:
    digits = _n(match, f"y{n}")
    return int(digits) if digits else None


def _year_offset(match: re.Match[str], n: int, v: Vocabulary) -> int | str | None:
    """The shift of "минулого року" / "цього року" after a date, from the DCT's year; "narrative" for
    "того ж року"."""
    if _n(match, f"ay{n}"):
        return "narrative"
    word = _n(match, f"dy{n}")
    return v.deictic.get(normalise_key(word)) if word else None


def _mod(match: re.Match[str], v: Vocabulary) -> str | None:
    word = _n(match, "mod")
    return v.modifiers.get(normalise_key(word)) if word else None


def _start(match: re.Match[str], *names: str) -> int:
    """Start of the first named group that took part (the span begins there, not at a preposition)."""
    for name in names:
        if _n(match, name) is not None:
            return match.start(name)
    return match.start()


def _valid_day(day: int | None, month: int | None) -> bool:
    return day is not None and month is not None and 1 <= month <= 12 and 1 <= day <= 31


def _time(match: re.Match[str]) -> tuple[int, int] | None:
    hours = _n(match, "hh") or _n(match, "hh2") or _n(match, "hh3")
    minutes = _n(match, "mm") or _n(match, "mm2") or _n(match, "mm3")
    if hours is None:
        return None
    hh, mm = int(hours), int(minutes or 0)
    return (hh, mm) if hh < 24 and mm < 60 else None


@cache
def grammar() -> Grammar:
    """Every rule, built from the vocabulary and compiled once per process."""
    v = vocabulary()
    month = _alternation(v.months)
    weekday = _alternation(v.weekdays)
    ordinal = _alternation(v.ordinals)
    modifier = _alternation(v.modifiers)
    deictic = _alternation(v.deictic)
    anaphoric = _alternation(v.anaphoric)
    unit = _alternation(v.units)
    season_adverb = _alternation(v.season_adverbs)
    season_noun = _alternation(v.season_nouns)
    number = r"(?:\d{1,3}|" + _alternation(k for k in v.numbers if " " not in k) + ")"
    fraction = _alternation(v.fractions)
    year_word = _year_words(v.year_words)
    years_word = _year_words(v.year_words + v.years_words)
    w = {name: _alternation(forms) for name, forms in v.words.items()}
    suffix = rf"(?:-?{w['day_suffixes']})?"
    year_suffix = rf"(?:-{w['year_suffixes']})?"

    def day(n: int) -> str:
        """A day number or ordinal word; the second of a range follows its separator directly."""
        before = NUMBER_START if n == 1 else r"(?<!\d)"
        return rf"(?:{before}(?P<d{n}>[0-3]?\d){suffix}|{WORD_START}(?P<o{n}>{ordinal}))"

    def year(n: int) -> str:
        before = NUMBER_START if n == 1 else r"(?<!\d)"
        return rf"{before}(?P<y{n}>(?:1\d|20)\d\d)(?!\d)"

    def year_tail(n: int) -> str:
        """An optional year after a day and month: a bare number is enough there, or "минулого року"."""
        return (
            rf"(?:,?\s+{year(n)}{year_suffix}(?:\s*{years_word})?"
            rf"|\s+(?P<dy{n}>{deictic})\s+{w['year_nouns']}{WORD_END}"
            rf"|\s+(?P<ay{n}>{anaphoric})\s+{w['year_nouns']}{WORD_END})?"
        )

    def m(n: int) -> str:
        return rf"{WORD_START}(?P<m{n}>{month}){WORD_END}"

    day_part = _alternation(v.day_parts)
    # "о 15:00" or "о 15.00" after a day; a bare "14:35" too (a dateline: "26 липня 2023, 14:35")
    time_tail = (
        rf"(?:,?\s+(?:{w['clock_preps']}\s+(?P<hh>[0-2]?\d)[:.](?P<mm>[0-5]\d)|(?P<hh2>[0-2]?\d):(?P<mm2>[0-5]\d))"
        r"(?!\d))?"
    )
    prep = rf"(?P<prep>{w['month_preps']})"
    # "від" alone dates a document ("указ від 5 серпня"); it means "since" only in a range
    since = {normalise_key(word) for word in v.words["since"]}
    rules: list[tuple[str, Handler]] = []

    # Phrases listed as not temporal hold their span so that nothing inside them is taken (dropped in ``find``).
    def blocked(match: re.Match[str], v: Vocabulary) -> Found:
        return Found(match.start(), match.end(), "blocked")

    rules.append((rf"{WORD_START}{_alternation(v.not_timexes)}{WORD_END}", blocked))

    # 26.07.2023, 26/07/2023, 2023-07-26
    def numeric(match: re.Match[str], v: Vocabulary) -> Found | None:
        day_, month_, year_ = int(match["d1"]), int(match["m1"]), int(match["y1"])
        if not _valid_day(day_, month_):
            return None
        return Found(match.start(), match.end(), "date", {"day": day_, "month": month_, "year": year_})

    rules.append(
        (
            rf"{NUMBER_START}(?P<d1>[0-3]?\d)(?P<sep>[./])(?P<m1>[01]?\d)(?P=sep)(?P<y1>(?:1[89]|20)\d\d)(?!\d)"
            rf"(?:\s*{year_word})?",
            numeric,
        )
    )
    rules.append((rf"{NUMBER_START}(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?![\d])", numeric))

    # (у середу,) 26 липня (2023 року) (о 15:00); у ніч на 26 липня; сьогодні, 6 вересня; з 1 вересня;
    # станом на 10:00 25 серпня
    def single_date(match: re.Match[str], v: Vocabulary) -> Found | list[Found] | None:
        day_, month_ = _day(match, 1, v), _month(match, 1, v)
        if not _valid_day(day_, month_):
            return None
        start = _start(match, "from", "rel", "dp", "hh3", "wd", "night", "d1", "o1")
        parts = {
            "weekday": v.weekdays[normalise_key(match["wd"])] if _n(match, "wd") else None,
            "part": v.day_parts[normalise_key(match["dp"])] if _n(match, "dp") else None,
            "day": day_,
            "month": month_,
            "year": _year(match, 1),
            "year_offset": _year_offset(match, 1, v),
            "time": _time(match),
            "since": bool(_n(match, "from")),
        }
        found = Found(start, match.end(), "date", parts)
        if not _n(match, "wd"):
            return found
        # ("минулого четверга, 9 липня": the weekday is another expression's, so the date alone stands too,
        # should the longer reading lose to it)
        alone = Found(_start(match, "night", "d1", "o1"), match.end(), "date", {**parts, "weekday": None})
        return [found, alone]

    rules.append(
        (
            rf"(?:{WORD_START}(?P<from>{w['since']})\s+)?(?:{WORD_START}(?P<rel>{_alternation(v.relative_days)}),\s+)?"
            rf"(?:{WORD_START}(?P<dp>{day_part})\s+)?(?:{NUMBER_START}(?P<hh3>[0-2]?\d):(?P<mm3>[0-5]\d),?\s+)?"
            rf"(?:{WORD_START}(?P<wd>{weekday}),?\s+)?"
            rf"(?:{WORD_START}(?P<night>{w['night']})\s+(?:{w['since']}\s+[0-3]?\d\s+)?{w['night_links']}\s+)?"
            rf"{day(1)}\s+{m(1)}{year_tail(1)}"
            rf"{time_tail}",
            single_date,
        )
    )

    # у 1994, 1997 і 2005 роках — each year its own expression
    def year_list(match: re.Match[str], v: Vocabulary) -> list[Found]:
        items = [Found(match.start("y1"), match.end(), "year", {"year": int(match["y1"]), "mod": None})]
        offset = match.start("list")
        for number in re.finditer(r"\d{4}", match["list"]):
            items.append(Found(offset + number.start(), offset + number.end(), "year", {"year": int(number[0])}))
        return sorted(items, key=lambda f: f.start)

    rules.append(
        (
            rf"{NUMBER_START}(?P<list>(?:1[89]|20)\d\d(?:\s*,\s*(?:1[89]|20)\d\d){{0,8}})\s*(?:,|,?\s+{w['and']})\s+"
            rf"{year(1)}\s*{years_word}",
            year_list,
        )
    )

    # (2006-2010); у 1918 — a bare year only in a clear date context: a range, or a preposition and punctuation
    def bare_year_range(match: re.Match[str], v: Vocabulary) -> Found | None:
        first, last = int(match["y1"]), int(match["y2"])
        if not (0 < last - first <= 50 and first >= 1800):
            return None
        return Found(match.start(), match.end(), "range", {"first": {"year": first}, "last": {"year": last}})

    rules.append((rf"{year(1)}{DASH}{year(2)}(?![\w'.,-]\w)", bare_year_range))

    def bare_year(match: re.Match[str], v: Vocabulary) -> Found | None:
        if int(match["y1"]) < 1800:
            return None
        return Found(match.start("y1"), match.end("y1"), "year", {"year": int(match["y1"]), "mod": None})

    rules.append((rf"{WORD_START}{w['in']}\s+{year(1)}(?=\s*[,;:)—–]|\s*\.(?!\d)|\s*$)", bare_year))

    # 25–27 липня; з 25 по 27 липня; між 25 і 27 липня
    def day_range(match: re.Match[str], v: Vocabulary) -> Found | None:
        first, last, month_ = _day(match, 1, v), _day(match, 2, v), _month(match, 1, v)
        if not (_valid_day(first, month_) and _valid_day(last, month_)) or first >= last:  # type: ignore[operator]
            return None
        start = match.start("from") if _n(match, "from") else _start(match, "d1", "o1")
        year_ = _year(match, 1)
        first_day = {"day": first, "month": month_, "year": year_, "year_offset": _year_offset(match, 1, v)}
        parts = {"first": first_day, "last": {"day": last, "month": month_}}
        return Found(start, match.end(), "range", parts)

    rules.append((rf"{day(1)}{DASH}{day(2)}\s+{m(1)}{year_tail(1)}", day_range))
    rules.append(
        (
            rf"{WORD_START}(?P<from>{w['range_from']}|{w['between']})\s+{day(1)}\s+(?:{w['range_to']}|{w['and']})\s+"
            rf"{day(2)}\s+{m(1)}{year_tail(1)}",
            day_range,
        )
    )

    # 10 і 11 серпня; 3, 4 та 5 серпня — each day its own expression
    def day_list(match: re.Match[str], v: Vocabulary) -> list[Found] | None:
        month_, last = _month(match, 1, v), _day(match, 1, v)
        if not _valid_day(last, month_):
            return None
        parts = {"month": month_, "year": _year(match, 1), "year_offset": _year_offset(match, 1, v)}
        items = [Found(_start(match, "d1", "o1"), match.end(), "date", {"day": last, **parts})]
        for number in re.finditer(r"\d+", match["list"]):
            if _valid_day(int(number[0]), month_):
                offset = match.start("list")
                items.append(Found(offset + number.start(), offset + number.end(), "date", {"day": int(number[0]), **parts}))
        return sorted(items, key=lambda f: f.start)

    rules.append(
        (
            rf"{NUMBER_START}(?P<list>[0-3]?\d(?:\s*,\s*[0-3]?\d){{0,8}})\s*(?:,|,?\s+{w['and']})\s+{day(1)}\s+{m(1)}"
            rf"{year_tail(1)}",
            day_list,
        )
    )

    # наприкінці року; на початку місяця — the unit of the narrative, else of the DCT
    def modified_unit(match: re.Match[str], v: Vocabulary) -> Found | None:
        parts = {"unit": v.units[normalise_key(match["unit"])], "mod": _mod(match, v)}
        return Found(match.start(), match.end(), "current_unit", parts)

    rules.append(
        (rf"{WORD_START}(?P<mod>{modifier})\s+(?P<unit>{w['modified_units']}){WORD_END}", modified_unit)
    )

    # з 25 липня по 3 серпня (2023 року); 25 липня – 3 серпня
    def date_range(match: re.Match[str], v: Vocabulary) -> Found | None:
        first = {"day": _day(match, 1, v), "month": _month(match, 1, v), "year": _year(match, 1)}
        last = {"day": _day(match, 2, v), "month": _month(match, 2, v), "year": _year(match, 2)}
        if not (_valid_day(first["day"], first["month"]) and _valid_day(last["day"], last["month"])):
            return None
        start = match.start("from") if _n(match, "from") else _start(match, "d1", "o1")
        return Found(start, match.end(), "range", {"first": first, "last": last})

    first_date = rf"{day(1)}\s+{m(1)}(?:\s+{year(1)}{year_suffix}(?:\s*{year_word})?)?"
    rules.append(
        (
            rf"{WORD_START}(?P<from>{w['range_from']})\s+{first_date}\s+{w['range_to']}\s+{day(2)}\s+{m(2)}"
            rf"{year_tail(2)}",
            date_range,
        )
    )
    rules.append((rf"{first_date}{DASH}{day(2)}\s+{m(2)}{year_tail(2)}", date_range))

    # з січня по березень 2023 року; у січні–лютому
    def month_range(match: re.Match[str], v: Vocabulary) -> Found | None:
        first = {"month": _month(match, 1, v), "year": _year(match, 1)}
        last = {"month": _month(match, 2, v), "year": _year(match, 2)}
        start = match.start("from") if _n(match, "from") else match.start("m1")
        return Found(start, match.end(), "range", {"first": first, "last": last})

    first_month = rf"{m(1)}(?:\s+{year(1)}{year_suffix}(?:\s*{year_word})?)?"
    rules.append(
        (rf"{WORD_START}(?P<from>{w['range_from']})\s+{first_month}\s+{w['range_to']}\s+{m(2)}{year_tail(2)}", month_range)
    )
    rules.append((rf"{m(1)}{DASH}{m(2)}{year_tail(2)}", month_range))

    # з 2014 по 2022 рік; у 2022–2023 роках
    def year_range(match: re.Match[str], v: Vocabulary) -> Found | None:
        first, last = _year(match, 1), _year(match, 2)
        if first is None or last is None or first >= last:
            return None
        start = match.start("from") if _n(match, "from") else match.start("y1")
        return Found(start, match.end(), "range", {"first": {"year": first}, "last": {"year": last}})

    rules.append(
        (
            rf"{WORD_START}(?P<from>{w['range_from']})\s+{year(1)}{year_suffix}(?:\s*{year_word})?\s+{w['range_to']}\s+"
            rf"{year(2)}{year_suffix}(?:\s*{years_word})?",
            year_range,
        )
    )
    rules.append((rf"{year(1)}{year_suffix}{DASH}{year(2)}{year_suffix}\s*{years_word}", year_range))

    # (на початку) січня 2023 року
    def month_year(match: re.Match[str], v: Vocabulary) -> Found | None:
        prep_ = normalise_key(match["prep"]) if _n(match, "prep") else ""
        is_since = prep_ in since and not _n(match, "mod")
        start = match.start("prep") if is_since else _start(match, "mod", "m1")
        parts = {"month": _month(match, 1, v), "year": _year(match, 1), "mod": _mod(match, v), "since": is_since}
        return Found(start, match.end(), "month", parts)

    rules.append(
        (
            rf"(?:{WORD_START}{prep}\s+)?(?:{WORD_START}(?P<mod>{modifier})\s+)?{m(1)}\s+{year(1)}{year_suffix}"
            rf"(?:\s*{year_word})?",
            month_year,
        )
    )

    # в березні; на початку березня; з квітня — a month alone needs a preposition or a modifier
    def month_alone(match: re.Match[str], v: Vocabulary) -> Found | None:
        if not (_n(match, "prep") or _n(match, "mod") or _n(match, "dy1") or _n(match, "ay1")):
            return None
        prep_ = normalise_key(match["prep"]) if _n(match, "prep") else ""
        is_since = prep_ in since and not _n(match, "mod")
        start = match.start("prep") if is_since else _start(match, "mod", "m1")
        parts = {
            "month": _month(match, 1, v),
            "year": None,
            "year_offset": _year_offset(match, 1, v),
            "mod": _mod(match, v),
            "since": is_since,
        }
        return Found(start, match.end(), "month", parts)

    rules.append(
        (
            rf"(?:{WORD_START}{prep}\s+)?(?:{WORD_START}(?P<mod>{modifier})\s+)?{m(1)}"
            rf"(?:\s+(?:(?P<dy1>{deictic})|(?P<ay1>{anaphoric}))\s+{w['year_nouns']}{WORD_END})?",
            month_alone,
        )
    )

    # 2023 р.; у 2022 році; з 2014 року; у 2022-му; наприкінці 2022 року
    def year_alone(match: re.Match[str], v: Vocabulary) -> Found | None:
        if not (_n(match, "yw") or _n(match, "ys")):
            return None
        prep_ = normalise_key(match["prep"]) if _n(match, "prep") else ""
        is_since = prep_ in since and not _n(match, "mod")
        start = match.start("prep") if is_since else _start(match, "mod", "y1")
        return Found(start, match.end(), "year", {"year": _year(match, 1), "mod": _mod(match, v), "since": is_since})

    rules.append(
        (
            rf"(?:{WORD_START}{prep}\s+)?(?:{WORD_START}(?P<mod>{modifier})\s+)?{year(1)}"
            rf"(?:(?P<ys>-{w['year_suffixes']})(?:\s*{year_word})?|\s*(?P<yw>{year_word}))",
            year_alone,
        )
    )

    # 1990-х (років)
    def decade(match: re.Match[str], v: Vocabulary) -> Found | None:
        digits = match["dec"] if len(match["dec"]) == 3 else "19" + match["dec"]
        return Found(match.start(), match.end(), "decade", {"decade": digits})

    rules.append(
        (rf"{NUMBER_START}(?P<dec>(?:1[89]|20)\d)0-?{w['decade_suffixes']}{WORD_END}(?:\s+{years_word})?", decade)
    )
    # 90-х (років) — a two-digit decade is of the 20th century
    rules.append((rf"{NUMBER_START}(?P<dec>[1-9])0-?{w['decade_suffixes']}{WORD_END}(?:\s+{years_word})?", decade))

    # навесні (2022 року); минулого літа; у середині літа; весна 2023 року
    def season(match: re.Match[str], v: Vocabulary) -> Found | None:
        word = _n(match, "sa")
        code = v.season_adverbs.get(normalise_key(word)) if word else None
        form = normalise_key(_n(match, "sa") or _n(match, "sn") or "")
        comitative = _n(match, "prep") in v.words["with"] or COMITATIVE_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
        if comitative and form in v.words["season_instrumentals"]:
            return None  # "сам на сам із зимою": the season itself, no time ("з весни" is one)
        if code is None:
            word = _n(match, "sn")
            if not (_n(match, "prep") or _n(match, "mod") or _n(match, "deic") or _n(match, "y1")):
                return None
            code = v.season_nouns.get(normalise_key(word)) if word else None
        if code is None:
            return None
        offset = v.deictic.get(normalise_key(match["deic"])) if _n(match, "deic") else None
        start = _start(match, "mod", "deic", "sa", "sn")
        parts = {"season": code, "year": _year(match, 1), "mod": _mod(match, v), "offset": offset}
        return Found(start, match.end(), "season", parts)

    season_year = rf"(?:\s+{year(1)}{year_suffix}(?:\s*{year_word})?)?"
    rules.append(
        (rf"(?:{WORD_START}(?P<mod>{modifier})\s+)?{WORD_START}(?P<sa>{season_adverb}){WORD_END}{season_year}", season)
    )
    rules.append(
        (
            rf"(?:{WORD_START}(?P<prep>{w['season_preps']})\s+)?(?:{WORD_START}(?P<mod>{modifier})\s+)?"
            rf"(?:{WORD_START}(?P<deic>{deictic})\s+)?{WORD_START}(?P<sn>{season_noun}){WORD_END}{season_year}",
            season,
        )
    )

    # у першій половині 2023 року; у другому кварталі цього року
    def part_of_year(match: re.Match[str], v: Vocabulary) -> Found | None:
        half, quarter = _n(match, "half"), _n(match, "quarter")
        offset = v.deictic.get(normalise_key(match["deic"])) if _n(match, "deic") else None
        parts: dict[str, Any] = {"year": _year(match, 1), "offset": offset}
        if half:
            parts["half"] = v.halves[normalise_key(half)]
        else:
            parts["quarter"] = v.quarters[normalise_key(quarter)]  # type: ignore[arg-type]
        return Found(match.start("p"), match.end(), "part", parts)

    halves = _alternation(v.halves)
    quarters = _alternation(v.quarters)
    rules.append(
        (
            rf"{WORD_START}(?P<p>{w['part_preps']}\s+(?:(?P<half>{halves})|(?P<quarter>{quarters}))\s+"
            rf"(?:{year(1)}{year_suffix}(?:\s*{year_word})?|(?:(?P<deic>{deictic})\s+)?{w['year_nouns']}{WORD_END}))",
            part_of_year,
        )
    )

    # минулого тижня; наступного місяця; цього року; наприкінці минулого року; минулої неділі; минулого березня
    def deictic_unit(match: re.Match[str], v: Vocabulary) -> Found | None:
        if _n(match, "ana") and _n(match, "wd"):  # "того ж понеділка": the weekday the story told, as "у понеділок"
            parts_ = {"weekday": v.weekdays[normalise_key(match["wd"])], "part": None, "anaphoric": True}
            return Found(match.start("ana"), match.end(), "weekday", parts_)
        if _n(match, "ana"):
            unit_ = v.units.get(normalise_key(match["unit"])) if _n(match, "unit") else None
            if unit_ not in ("week", "month", "year"):
                return None
            parts_ = {"offset": 0, "unit": unit_, "mod": _mod(match, v), "anaphoric": True}
            return Found(_start(match, "mod", "ana"), match.end(), "deictic", parts_)
        offset = v.deictic[normalise_key(match["deic"])]
        start = _start(match, "mod", "deic")
        parts: dict[str, Any] = {"offset": offset, "mod": _mod(match, v)}
        if _n(match, "unit"):
            parts["unit"] = v.units[normalise_key(match["unit"])]
            if parts["unit"] == "day" and normalise_key(match["unit"]) in v.deictic_days and offset <= 0:
                return Found(start, match.end(), "relative_day", {"days": offset})
            if parts["unit"] not in ("week", "month", "year"):
                return None
            return Found(start, match.end(), "deictic", parts)
        if _n(match, "we"):
            return Found(start, match.end(), "weekday", {**parts, "weekend": True})
        if _n(match, "night"):
            return Found(start, match.end(), "night", parts)
        if _n(match, "wd"):
            parts["weekday"] = v.weekdays[normalise_key(match["wd"])]
            return Found(start, match.end(), "weekday", parts)
        parts["month"] = v.months[normalise_key(match["m1"])]
        return Found(start, match.end(), "deictic_month", parts)

    rules.append(
        (
            rf"(?:{WORD_START}(?P<mod>{modifier})\s+)?(?:{WORD_START}{w['deictic_preps']}\s+)?{WORD_START}(?:(?P<deic>{deictic})|(?P<ana>{anaphoric}))\s+"
            rf"(?:(?P<unit>{unit})|(?P<wd>{weekday})|(?P<we>{_alternation(v.weekend)})|(?P<night>{_alternation(v.nights)})"
            rf"|{m(1)}){WORD_END}",
            deictic_unit,
        )
    )

    # у понеділок; в середу (ввечері); у ніч на четвер (the night that ends on that day); на вихідних
    def weekday_alone(match: re.Match[str], v: Vocabulary) -> Found | None:
        part = v.day_parts[normalise_key(match["dp"])] if _n(match, "dp") else None
        if _n(match, "night"):
            part = "NI"
        if _n(match, "we"):
            return Found(match.start("we"), match.end(), "weekday", {"weekday": 6, "weekend": True})
        parts = {"weekday": v.weekdays[normalise_key(match["wd"])], "part": part}
        return Found(match.start("night") if _n(match, "night") else match.start("wd"), match.end(), "weekday", parts)

    def plural_weekend(match: re.Match[str], v: Vocabulary) -> Found:
        parts = {"weekday": 6, "weekend": True, "offset": v.deictic_plural[normalise_key(match["deic"])]}
        return Found(match.start(), match.end(), "weekday", parts)

    rules.append(
        (
            rf"{WORD_START}(?P<deic>{_alternation(v.deictic_plural)})\s+{_alternation(v.weekend)}{WORD_END}",
            plural_weekend,
        )
    )

    rules.append(
        (
            rf"{WORD_START}(?:{w['in']}\s+(?:(?P<night>{w['night']})\s+{w['night_links']}\s+)?(?P<wd>{weekday}){WORD_END}"
            rf"(?:\s+(?P<dp>{day_part}){WORD_END})?"
            rf"|{w['weekend_preps']}\s+(?P<we>{_alternation(v.weekend)}){WORD_END})",
            weekday_alone,
        )
    )

    # у вівторковому зверненні; на четверговій зустрічі: the weekday an adjective names
    def weekday_adjective(match: re.Match[str], v: Vocabulary) -> Found | None:
        parts = {"weekday": v.weekday_adjectives[normalise_key(match["wda"])], "part": None}
        return Found(match.start(), match.end(), "weekday", parts)

    rules.append(
        (
            rf"{WORD_START}(?P<wda>{_alternation(v.weekday_adjectives)}){WORD_END}",
            weekday_adjective,
        )
    )

    # на вечір середи; до ранку п'ятниці: a part of the day named by a noun, with the weekday in the genitive
    def day_part_of_weekday(match: re.Match[str], v: Vocabulary) -> Found | None:
        parts = {"weekday": v.weekdays[normalise_key(match["wd"])], "part": v.day_part_nouns[normalise_key(match["dpn"])]}
        return Found(match.start("dpn"), match.end(), "weekday", parts)

    rules.append(
        (
            rf"{WORD_START}(?P<dpn>{_alternation(v.day_part_nouns)})\s+(?P<wd>{weekday}){WORD_END}",
            day_part_of_weekday,
        )
    )

    # вчора (ввечері); сьогодні о 15:00

    def relative_day(match: re.Match[str], v: Vocabulary) -> Found | None:
        part = v.day_parts.get(normalise_key(match["dp"])) if _n(match, "dp") else None
        parts = {"days": v.relative_days[normalise_key(match["rel"])], "part": part, "time": _time(match)}
        return Found(match.start(), match.end(), "relative_day", parts)

    rules.append(
        (
            rf"{WORD_START}(?P<rel>{_alternation(v.relative_days)}){WORD_END}"
            rf"(?:\s+(?P<dp>{day_part}){WORD_END})?{time_tail}",
            relative_day,
        )
    )

    def relative_year(match: re.Match[str], v: Vocabulary) -> Found | None:
        return Found(match.start(), match.end(), "deictic", {"offset": v.relative_years[normalise_key(match[0])],
                                                             "unit": "year", "mod": None})

    rules.append((rf"{WORD_START}{_alternation(v.relative_years)}{WORD_END}", relative_year))

    def narrative_day(match: re.Match[str], v: Vocabulary) -> Found | None:
        return Found(match.start(), match.end(), "narrative_day", {"days": v.narrative_days[normalise_key(match[0])]})

    rules.append((rf"{WORD_START}{_alternation(v.narrative_days)}{WORD_END}", narrative_day))

    def vague(match: re.Match[str], v: Vocabulary) -> Found | None:
        value, future = v.vague[normalise_key(match[0])]
        return Found(match.start(), match.end(), "vague", {"value": value, "future": future})

    rules.append((rf"{WORD_START}{_alternation(v.vague)}{WORD_END}", vague))

    # з початку повномасштабного вторгнення — events the news dates by name
    def named_date(match: re.Match[str], v: Vocabulary) -> Found:
        return Found(match.start(), match.end(), "named", {"value": v.named_dates[normalise_key(match[0])]})

    rules.append((rf"{WORD_START}{_alternation(v.named_dates)}{WORD_END}", named_date))

    # у новорічну ніч, на Різдво — a holiday is its day in the nearest year the tense allows
    def holiday(match: re.Match[str], v: Vocabulary) -> Found:
        month, day, part = v.holidays[normalise_key(match[0])]
        return Found(match.start(), match.end(), "date", {"day": day, "month": month, "year": None, "part": part})

    rules.append((rf"{WORD_START}{_alternation(v.holidays)}{WORD_END}", holiday))

    # два тижні тому; рік тому; півроку тому; через місяць; через два дні
    def count(match: re.Match[str], v: Vocabulary) -> float:
        """How many units; 0 for an unknown count ("кілька", "пару")."""
        word = _n(match, "n")
        amount = 1.0
        if word:
            amount = float(word) if word.isdigit() else v.numbers[normalise_key(word)]
        if _n(match, "frac"):
            amount = v.numbers[normalise_key(match["frac"])] * (amount if word else 1.0)
        return amount

    def shifted(match: re.Match[str], v: Vocabulary) -> Found | None:
        if _n(match, "frac") and v.units[normalise_key(match["unit"])] == "day":
            return None
        amount = count(match, v)
        sign = 1 if _n(match, "later") else -1
        if amount == 0:
            value = "FUTURE_REF" if sign > 0 else "PAST_REF"
            return Found(match.start(), match.end(), "vague", {"value": value, "future": sign > 0})
        parts = {"amount": amount * sign, "unit": v.units[normalise_key(match["unit"])]}
        return Found(match.start(), match.end(), "shift", parts)

    amount = rf"(?:(?P<n>{number})\s+)?(?:(?P<frac>{fraction})\s*)?"
    approximately = _alternation(v.approximately)
    rules.append((rf"{WORD_START}(?:{approximately}\s+)?{amount}(?P<unit>{unit})\s+{w['ago']}{WORD_END}", shifted))
    rules.append((
        rf"{WORD_START}(?P<later>{w['later']})\s+{amount}(?P<unit>{unit}){WORD_END}(?!\s+(?:{w['later_anchors']})\b)",
        shifted,
    ))

    # протягом двох тижнів; впродовж року; за три роки; останні п'ять років — durations
    def duration(match: re.Match[str], v: Vocabulary) -> Found | None:
        if _n(match, "counted") and not (_n(match, "n") or _n(match, "frac")):
            return None
        if _n(match, "frac") and v.units[normalise_key(match["unit"])] == "day":
            return None
        amount = count(match, v)
        unit_ = v.units[normalise_key(match["unit"])]
        start = _start(match, "last", "n", "frac", "unit")
        return Found(start, match.end(), "duration", {"amount": amount, "unit": unit_})

    rules.append(
        (
            rf"{WORD_START}(?:{w['duration_preps']}|(?P<counted>{w['counted_preps']}))\s+"
            rf"(?:(?P<last>{w['span_words']})\s+)?{amount}(?P<unit>{unit}){WORD_END}",
            duration,
        )
    )
    rules.append(
        (
            rf"{WORD_START}(?P<last>{w['span_words']})\s+"
            rf"(?P<n>{number})\s+(?P<unit>{unit}){WORD_END}",
            duration,
        )
    )
    # три роки; 49 років; кілька місяців; півроку — a counted unit alone is a duration
    rules.append(
        (rf"{WORD_START}(?:(?P<n>{number})\s+|(?P<frac>{fraction})\s*)(?P<unit>{unit}){WORD_END}", duration)
    )

    # о 15:00; о 9.30
    def clock(match: re.Match[str], v: Vocabulary) -> Found | None:
        time = _time(match)
        if time is None:
            return None
        return Found(match.start("hh"), match.end(), "time", {"time": time})

    rules.append((rf"{WORD_START}{w['clock_preps']}\s+(?P<hh>[0-2]?\d)[:.](?P<mm>[0-5]\d)(?!\d)", clock))
    def clock_bare(match: re.Match[str], v: Vocabulary) -> Found | None:
        hours, minutes = int(match["hh"]), int(match["mm"] or match["m2"])
        if hours > 23:
            return None
        return Found(match.start(), match.end(), "time", {"time": (hours, minutes)})

    # 17:00; 06.00 год — a bare clock time needs a colon, or "год" after it
    rules.append(
        (
            rf"{NUMBER_START}(?P<hh>[0-2]?\d)\s?(?::\s?(?P<mm>[0-5]\d)(?!\d)(?:\s*{w['clock_abbreviation']})?"
            rf"|[.](?P<m2>[0-5]\d)\s*{w['clock_abbreviation']})",
            clock_bare,
        )
    )

    # о десятій ранку; о п'ятій вечора; о 10 годині; о 7 вечора
    def clock_words(match: re.Match[str], v: Vocabulary) -> Found | None:
        hours = v.clock_hours[normalise_key(match["hw"])] if _n(match, "hw") else int(match["hn"])
        if hours > 23:
            return None
        if (_n(match, "pm") or _n(match, "pm2")) and hours < 12:
            hours += 12
        return Found(match.start("t"), match.end(), "time", {"time": (hours, 0)})

    rules.append(
        (
            rf"{WORD_START}{w['clock_preps']}\s+(?P<t>(?:(?P<hw>{_alternation(v.clock_hours)})"
            rf"(?:\s+(?:(?P<pm>{_alternation(v.clock_pm)})|{_alternation(v.clock_am)}))?"
            rf"|(?P<hn>[0-2]?\d)\s+(?:{w['clock_hour']}|(?P<pm2>{_alternation(v.clock_pm)})|{_alternation(v.clock_am)})))"
            rf"{WORD_END}",
            clock_words,
        )
    )

    # щороку; щодня — recurring times
    def recurring(match: re.Match[str], v: Vocabulary) -> Found:
        return Found(match.start(), match.end(), "set", {"value": v.sets[normalise_key(match[0])]})

    rules.append((rf"{WORD_START}{_alternation(v.sets)}{WORD_END}", recurring))

    # XX століття; у XVII ст.; 19 століття — centuries (TIMEX3 value: the first two digits of its years)
    def century(match: re.Match[str], v: Vocabulary) -> Found | None:
        number = int(match["cn"]) if _n(match, "cn") else roman_number(match["cr"])
        if not 1 <= number <= 21 or (_n(match, "cn") and match[0].rstrip().endswith(".")):
            return None  # "5 ст." is an article of a law; only a Roman numeral takes the abbreviation
        return Found(match.start(), match.end(), "century", {"century": number})

    rules.append(
        (
            rf"(?<![\w'])(?:(?P<cr>(?-i:[IVXІХ]{{1,5}}))|(?P<cn>[12]?\d)(?:-?{w['century_suffixes']})?)\s+"
            rf"{_year_words(v.century_words)}",
            century,
        )
    )

    compiled = tuple(
        (re.compile(bounded_spaces(pattern), re.IGNORECASE), handler, RULE_NEEDS[handler.__name__])
        for pattern, handler in rules
    )
    return Grammar(compiled)


# The kinds of trigger word (see ``trigger_words``) of which a rule's match must hold at least one: a rule runs
# only in windows that have one.
RULE_NEEDS: dict[str, frozenset[str]] = {
    name: frozenset(needs.split())
    for name, needs in {
        "blocked": "digit month weekday season unit set clock century relative daypart",
        "numeric": "digit",
        "single_date": "month",
        "year_list": "digit",
        "bare_year_range": "digit",
        "bare_year": "digit",
        "day_range": "month",
        "day_list": "month",
        "date_range": "month",
        "month_range": "month",
        "year_range": "digit",
        "month_year": "month",
        "month_alone": "month",
        "year_alone": "digit",
        "decade": "digit",
        "season": "season",
        "part_of_year": "digit unit",
        "deictic_unit": "unit weekday month daypart",
        "weekday_alone": "weekday",
        "weekday_adjective": "weekday",
        "day_part_of_weekday": "weekday",
        "plural_weekend": "weekday",
        "relative_day": "relative",
        "relative_year": "relative",
        "narrative_day": "relative unit daypart clock",  # ("тієї ж ночі"; "того ж вечора", "вечора" as in "о 8 вечора")
        "vague": "relative unit",
        "named_date": "relative",
        "holiday": "relative unit month daypart",
        "shifted": "unit",
        "duration": "unit",
        "clock": "digit",
        "clock_bare": "digit",
        "clock_words": "clock digit",
        "recurring": "set",
        "century": "century",
        "modified_unit": "unit",
    }.items()
}


ROMAN = {"I": 1, "V": 5, "X": 10, "І": 1, "Х": 10}


def roman_number(numeral: str) -> int:
    """A Roman numeral (Latin or look-alike Cyrillic І, Х letters) as an int."""
    values = [ROMAN[c] for c in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# How far around a trigger word an expression may reach, in tokens (the longest, "на самому початку
# березня 2023 року", spans seven).
WINDOW_BEFORE = 7
WINDOW_AFTER = 9
ROMAN_NUMERAL = re.compile(r"[IVXІХ]{1,5}")
# "із зимою": a season form after a comitative preposition is the season, not a time (words of the
# vocabulary's "with" list)
COMITATIVE_BEFORE = re.compile(rf"(?:^|\s)(?:{'|'.join(vocabulary().words['with'])})\s+$", re.IGNORECASE)


@cache
def trigger_words() -> dict[str, frozenset[str]]:
    """Words of which every expression holds at least one, each with its kind: month, weekday, season and unit
    forms, the words of relative and vague phrases, set adverbs, century words and clock hours. Digits and
    Roman numerals trigger by themselves."""
    v = vocabulary()
    kinds: dict[str, set[str]] = {}

    def add(kind: str, words: Iterable[str]) -> None:
        for word in words:
            kinds.setdefault(normalise_key(word).rstrip("."), set()).add(kind)

    add("month", v.months)
    add("weekday", [*v.weekdays, *v.weekend, *v.weekday_adjectives])
    add("daypart", [*v.day_parts, *v.nights])
    add("season", [*v.season_adverbs, *v.season_nouns])
    add("unit", [*v.units, *(fraction + unit for fraction in v.fractions for unit in v.units)])  # "півроку"
    add("set", v.sets)
    add("clock", [*v.clock_hours, *v.words["clock_hour"], *v.clock_pm, *v.clock_am])
    add("century", v.century_words)
    for phrases in (v.relative_days, v.relative_years, v.narrative_days, v.vague, v.not_timexes, v.named_dates, v.holidays):
        for phrase in phrases:
            parts = normalise_key(phrase).split(" ")
            if not any(part in kinds for part in parts):
                # A phrase with no unit or month in it is found by its longest (least common) word.
                add("relative", [max(reversed(parts), key=len)])
    return {word: frozenset(found) for word, found in kinds.items()}


DIGIT = frozenset({"digit"})
ALL_KINDS = frozenset({"digit", "month", "weekday", "season", "unit", "set", "clock", "century", "relative", "daypart"})
CENTURY = frozenset({"century"})


def is_digit_trigger(word: str, following: str) -> bool:
    """Numbers the digit-only rules can use: a year (1000–2099), a decade ("90-х"), a clock time or a
    dotted date ("15:00", "26.07.2023", "18 : 00"). A day number needs a month beside it, and a count a
    unit, and those words trigger."""
    if not word.isdigit():
        return True
    if len(word) == 4:
        return "1000" <= word <= "2099"
    return (len(word) == 2 and word.endswith("0")) or following == ":"


def windows(text: str, tokens: Sequence[Span]) -> list[tuple[int, int, frozenset[str]]]:
    """Character ranges around trigger tokens, merged, with the kinds of trigger in each: the only places
    (and the only rules) the patterns need to try. ``text`` is the text after ``LOOKALIKES``."""
    triggers = trigger_words()
    ranges: list[tuple[int, int, frozenset[str]]] = []
    last = len(tokens) - 1
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: look word by word
        lowered = ""
    for i, token in enumerate(tokens):
        word = lowered[token.start : token.end] if lowered else token.text.translate(LOOKALIKES).lower()
        first_char = word[:1]
        if first_char.isdigit():
            following = tokens[i + 1].text if i < last else ""
            if not is_digit_trigger(word, following):
                continue
            kinds = DIGIT
        elif word in triggers:
            kinds = triggers[word]
        elif first_char in "ivxіх" and ROMAN_NUMERAL.fullmatch(token.text):
            kinds = CENTURY
        elif "-" in word:  # "червні-серпні" is one token
            kinds = frozenset().union(*(triggers.get(part, ()) for part in word.split("-")))
            if not kinds:
                continue
        else:
            continue
        first, final = max(0, i - WINDOW_BEFORE), min(last, i + WINDOW_AFTER)
        if ranges and tokens[first].start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], tokens[final].end, ranges[-1][2] | kinds)
        else:
            ranges.append((tokens[first].start, tokens[final].end, kinds))
    return ranges


def find(text: str, tokens: Sequence[Span] | None = None) -> list[Found]:
    """Every temporal expression in a text, in text order, overlaps settled in favour of the longest.

    With the text's tokens the patterns run only in windows around trigger words, which is most of the
    speed: without them they scan the whole text."""
    v = vocabulary()
    text = text.translate(LOOKALIKES)
    ranges = windows(text, tokens) if tokens is not None else [(0, len(text), ALL_KINDS)]
    candidates: list[Found] = []
    for pattern, handler, needs in grammar().rules:
        for start, end, kinds in ranges:
            if needs.isdisjoint(kinds):
                continue
            for match in pattern.finditer(text, start, end):
                found = handler(match, v)
                if isinstance(found, list):
                    candidates.extend(found)
                elif found is not None:
                    candidates.append(found)
    candidates.sort(key=lambda f: (f.start - f.end, f.start))
    taken: list[Found] = []
    starts: list[int] = []  # taken spans never overlap, so sorted by start they are sorted by end too
    for found in candidates:
        at = bisect_left(starts, found.start)
        if at < len(starts) and taken[at].start < found.end:
            continue
        if at > 0 and taken[at - 1].end > found.start:
            continue
        starts.insert(at, found.start)
        taken.insert(at, found)
    return [f for f in taken if f.kind != "blocked"]
