"""Resolving found expressions to TIMEX3-style values against the DCT and the narrative.

The resolver walks the expressions in text order and keeps a *narrative anchor*: the last calendar
date the text itself gave (an explicit year, or a day/month placed in one). A day or month without
a year is placed after that anchor, as a chronology reads ("у січні 2023 року ... в березні" →
2023-03), unless it falls a short way back (a flashback of under 45 days and a quarter of the forward
gap), or the reading does not fit the tense against the DCT (a past-tense report after the DCT, a
future-tense one wholly before it). Without a narrative the DCT decides, by the tense of the nearest
verb: past → the nearest such date on or before the DCT; future → the nearest on either side; present
or no verb → before, unless the coming one is three times nearer ("діє з 1 вересня"). An inferred DCT
is only a lower bound, so against it the nearest date on either side is taken.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from litopys.dates.patterns import Found, vocabulary

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
CLOCK_UNITS = frozenset({"hour", "minute"})  # ISO 8601 puts these after a T: PT2H
# A fractional count in the next smaller unit ("півтора року" → P18M).
SMALLER_UNIT = {
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("minute", 1),
}
GRANULARITY_ORDER = {"year": 0, "month": 1, "day": 2}
# A day/month a little before the narrative anchor is a look back, not a jump of almost a year ahead.
MAX_FLASHBACK_DAYS = 45
# How far past an inferred DCT (a lower bound: the latest date the text gave) the real one may lie.
CATCH_UP_DAYS = 92


@dataclass(slots=True)
class Resolved:
    """What one expression resolves to; ``evidence`` are the explicit dates in it (a month by its last day,
    a year by its first) that may infer a DCT: none from a future-tense sentence."""

    value: str | None
    granularity: str
    anchor: str
    future: bool = False
    mod: str | None = None
    evidence: list[date] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """The reference times: the DCT (maybe inferred) and the narrative anchor with its granularity."""

    dct: date | None
    dct_inferred: bool = False
    narrative: date | None = None
    narrative_granularity: str = "day"


def day_in(year: int, month: int, day: int | None) -> date:
    """A calendar date, a day past the month's end clamped to its last day (29 лютого in 2023)."""
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day or 1, last))


def add_months(point: date, months: int) -> date:
    index = point.year * 12 + point.month - 1 + months
    return day_in(index // 12, index % 12 + 1, point.day)


def iso_day(point: date) -> str:
    return point.isoformat()


def iso_month(point: date) -> str:
    return f"{point.year:04d}-{point.month:02d}"


def iso_week(point: date) -> str:
    year, week, _ = point.isocalendar()
    return f"{year:04d}-W{week:02d}"


def pick_year(month: int, day: int | None, context: Context, tense: str) -> tuple[int | None, str]:
    """The year of a day/month given without one, and where it came from (narrative or dct).

    ``tense`` is that of the nearest verb: ``past``, ``present``, ``future`` or ``none``.
    """
    narrative, dct = context.narrative, context.dct
    if narrative is not None:
        year = _year_from_narrative(month, day, narrative, context.narrative_granularity)
        if dct is None or _fits_tense(year, month, day, dct, tense, context.dct_inferred):
            return year, "narrative"
    if dct is None:
        return None, "dct"
    if day is None:
        before = dct.year if month <= dct.month else dct.year - 1
    else:
        before = dct.year if (month, day) <= (dct.month, dct.day) else dct.year - 1
    if tense == "past" and not context.dct_inferred:
        return before, "dct"
    if tense == "past" and day_in(before + 1, month, day) > dct + timedelta(days=CATCH_UP_DAYS):
        return before, "dct"
    gap_before = (dct - day_in(before, month, day)).days
    gap_after = (day_in(before + 1, month, day) - dct).days
    if tense == "future" or context.dct_inferred:
        return (before + 1 if gap_after <= gap_before else before), "dct"
    # Present tense or no verb: the coming date only when it is much the nearer ("діє з 1 вересня").
    return (before + 1 if gap_after * 3 < gap_before else before), "dct"


def _fits_tense(year: int, month: int, day: int | None, dct: date, tense: str, inferred: bool = False) -> bool:
    """A past report does not name a time after the DCT; a future one not a time wholly before it. An
    inferred DCT is only a lower bound: a past time may pass it, by a few months at most."""
    if inferred:
        return tense != "past" or day_in(year, month, day) <= dct + timedelta(days=CATCH_UP_DAYS)
    if tense == "past":
        return day_in(year, month, day) <= dct
    if tense == "future":
        last = day_in(year, month, day if day else 31)
        return last >= dct
    return True


def matching_weekday_year(year: int, month: int, day: int, weekday: int) -> int:
    """"У вівторок, 14 листопада": the year nearest to the guessed one in which that day is that weekday
    (within a year either side; the guess stands when none fits, as with a misprint)."""
    for candidate in (year, year - 1, year + 1):
        try:
            if date(candidate, month, day).isoweekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def _year_from_narrative(month: int, day: int | None, narrative: date, granularity: str) -> int:
    if granularity == "year":
        return narrative.year
    fine = granularity == "day" and day is not None
    item_key = (month, day) if fine else (month,)
    anchor_key = (narrative.month, narrative.day) if fine else (narrative.month,)
    forward = narrative.year if item_key >= anchor_key else narrative.year + 1
    back = forward - 1
    reference = narrative if fine else narrative.replace(day=1)
    gap_forward = (day_in(forward, month, day) - reference).days
    gap_back = (reference - day_in(back, month, day)).days
    flashback = 0 < gap_back <= MAX_FLASHBACK_DAYS and gap_back * 4 < gap_forward
    return back if flashback else forward


class Resolver:
    """Resolves a document's found expressions in text order, moving the narrative anchor as it goes."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.last_day_in_sentence: dict[int, str] = {}
        self.last_day_in_paragraph: dict[int, str] = {}
        self.order = 0
        self.paragraph = 0
        # The last day or month the text gave (it carries on), and the last paragraph-bound anchor: a bare
        # year ("у 2014 році" is often background) or a day/month placed by one, with its paragraph.
        self.global_anchor: tuple[date, str, int] | None = None
        self.local_anchor: tuple[date, str, int, int] | None = None
        self.from_local = False

    # -- narrative -----------------------------------------------------------------------------
    def move_narrative(self, point: date, granularity: str, derived: bool = False) -> None:
        """Explicit calendar points move the anchor; a year alone does not blur a finer anchor in it.
        ``derived``: the point took its year from the narrative (so it is bound as that anchor was)."""
        context = self.context
        if granularity == "year":
            if (
                context.narrative is not None
                and context.narrative.year == point.year
                and GRANULARITY_ORDER[context.narrative_granularity] > 0
            ):
                return
            self.local_anchor = (point, granularity, self.paragraph, self.order)
        elif derived and self.from_local:
            self.local_anchor = (point, granularity, self.paragraph, self.order)
        else:
            self.global_anchor = (point, granularity, self.order)
        context.narrative, context.narrative_granularity = point, granularity

    def enter(self, paragraph: int) -> None:
        """Set the narrative anchor for an expression in ``paragraph``: the paragraph-bound anchor when it
        is in this paragraph and newer, else the last day or month given anywhere before."""
        self.order += 1
        self.paragraph = paragraph
        local, anchor = self.local_anchor, self.global_anchor
        self.from_local = local is not None and local[2] == paragraph and (anchor is None or local[3] > anchor[2])
        if self.from_local:
            self.context.narrative, self.context.narrative_granularity = local[0], local[1]  # type: ignore[index]
        elif anchor is not None:
            self.context.narrative, self.context.narrative_granularity = anchor[0], anchor[1]
        else:
            self.context.narrative = None

    def stated_year(self, parts: dict[str, Any]) -> tuple[int | None, str]:
        """The year the expression itself gives: a number (absolute) or "минулого року" (from the DCT);
        (None, "dct") when it names a DCT-relative year but there is no DCT; (None, "") when it gives none."""
        if parts.get("year") is not None:
            return parts["year"], "absolute"
        offset = parts.get("year_offset")
        if offset is None:
            return None, ""
        if offset == "narrative":  # "того ж року"
            if self.context.narrative is not None:
                return self.context.narrative.year, "narrative"
            offset = 0
        if self.context.dct is None:
            return None, "dct"
        return self.context.dct.year + offset, "dct"

    def is_after_dct(self, point: date) -> bool:
        return self.context.dct is not None and point > self.context.dct

    # -- kinds ---------------------------------------------------------------------------------
    def resolve(
        self, found: Found, tense: str, sentence: int, paragraph: int = 0, background: bool = False, reference: bool = False
    ) -> Resolved:
        """``background``: the expression follows "ще" ("президент попереджав ще минулого четверга"); told
        before the day the story is at, it is a look back: the anchor of its own paragraph only ("ще в
        понеділок … Наступного дня"), not the day a later paragraph's "того ж дня" means. ``reference``: it
        dates what the story measures from ("через п'ять днів після переговорів … 26 липня"), no anchor."""
        self.enter(paragraph)
        before = self.context.narrative
        story_anchor, paragraph_anchor = self.global_anchor, self.local_anchor
        year = found.parts.get("year") if found.kind in ("date", "month") else None
        if year is not None and self.context.dct is not None and year < self.context.dct.year:
            # "Як встановило слідство, 5 березня 2022 року …" in a story of 2029: a look back its paragraph follows
            background = True
        handler = getattr(self, f"_{found.kind}")
        resolved: Resolved = handler(found.parts, tense)
        value = resolved.value or ""
        if reference and value[:1].isdigit():
            self.global_anchor, self.local_anchor = story_anchor, paragraph_anchor
            return resolved
        told_today = self.last_day_in_paragraph.get(paragraph)
        if told_today is not None and found.kind == "date" and value[:10] < told_today:
            # "SÄPO у понеділок заявила … У ніч на 3 січня невідомі обстріляли посольство": a calendar day before
            # the one its paragraph is at looks back, as after "ще"; the next paragraph's "того ж дня" is Monday
            background = True
        if background and before is not None and value[:10] < before.isoformat() and value[:1].isdigit():
            self.global_anchor = story_anchor
            if self.context.narrative is not None:
                self.local_anchor = (self.context.narrative, self.context.narrative_granularity, paragraph, self.order)
            return resolved
        if resolved.value and resolved.granularity in ("day", "time") and resolved.value[:1].isdigit():
            self.last_day_in_sentence[sentence] = resolved.value[:10]
            self.last_day_in_paragraph[paragraph] = resolved.value[:10]
        if found.kind == "time":
            resolved = self._clock(found.parts, sentence, paragraph)
        return resolved

    def _date(self, parts: dict[str, Any], tense: str) -> Resolved:
        month, day = parts["month"], parts["day"]
        year, anchor = self.stated_year(parts)
        if year is None and anchor == "dct":
            return Resolved(None, "day", "dct")
        if year is None:
            year, anchor = pick_year(month, day, self.context, tense)
            if year is None:
                return Resolved(None, "interval" if parts.get("since") else "day", "dct")
            if parts.get("weekday"):
                year = matching_weekday_year(year, month, day, parts["weekday"])
        point = day_in(year, month, day)
        self.move_narrative(point, "day", derived=anchor == "narrative")  # "з 1 січня 2018 року" too
        if parts.get("since"):
            return Resolved(f"{iso_day(point)}/..", "interval", anchor, self.is_after_dct(point))
        value, granularity = iso_day(point), "day"
        if parts.get("part"):
            value, granularity = f"{value}T{parts['part']}", "time"
        if parts.get("time"):
            hours, minutes = parts["time"]
            value, granularity = f"{iso_day(point)}T{hours:02d}:{minutes:02d}", "time"
        evidence = [] if tense == "future" and anchor == "dct" else [point]
        return Resolved(value, granularity, anchor, self.is_after_dct(point), evidence=evidence)

    def _month(self, parts: dict[str, Any], tense: str) -> Resolved:
        month = parts["month"]
        year, anchor = self.stated_year(parts)
        if year is None and anchor == "dct":
            return Resolved(None, "month", "dct", mod=parts.get("mod"))
        if year is None:
            # "Це перші удари по Ємену з березня": a "since" with no verb to say otherwise looks back
            since_tense = "past" if parts.get("since") and tense == "none" else tense
            year, anchor = pick_year(month, None, self.context, since_tense)
            if year is None:
                return Resolved(None, "month", "dct", mod=parts.get("mod"))
        point = date(year, month, 1)
        self.move_narrative(point, "month", derived=anchor == "narrative")
        if parts.get("since"):
            return Resolved(f"{iso_month(point)}/..", "interval", anchor, mod=parts.get("mod"))
        after = self.is_after_dct(point)
        month_end = day_in(year, month, 31)
        evidence = [month_end] if anchor != "dct" and tense != "future" else []
        return Resolved(iso_month(point), "month", anchor, after, parts.get("mod"), evidence)

    def _year(self, parts: dict[str, Any], tense: str) -> Resolved:
        year = parts["year"]
        self.move_narrative(date(year, 1, 1), "year")
        if parts.get("since"):
            return Resolved(f"{year:04d}/..", "interval", "absolute", mod=parts.get("mod"))
        after = self.context.dct is not None and year > self.context.dct.year
        evidence = [date(year, 1, 1)] if tense != "future" else []
        return Resolved(f"{year:04d}", "year", "absolute", after, parts.get("mod"), evidence)

    def _decade(self, parts: dict[str, Any], tense: str) -> Resolved:
        return Resolved(parts["decade"], "decade", "absolute")

    def _range(self, parts: dict[str, Any], tense: str) -> Resolved:
        first, last = dict(parts["first"]), dict(parts["last"])
        granularity = "day" if first.get("day") else "month" if first.get("month") else "year"
        first["year"], anchor = self.stated_year(first)
        if first["year"] is None and anchor == "dct":
            return Resolved(None, "interval", "dct")
        if first.get("year") is None and last.get("year") is not None:
            first["year"] = last["year"]
            if (first.get("month") or 1, first.get("day") or 1) > (last.get("month") or 1, last.get("day") or 1):
                first["year"] -= 1
        if first.get("year") is None:
            first["year"], anchor = pick_year(first["month"], first.get("day"), self.context, tense)
            if first["year"] is None:
                return Resolved(None, "interval", "dct")
        if last.get("year") is None:
            last["year"] = first["year"]
            if (last.get("month") or 1, last.get("day") or 1) < (first.get("month") or 1, first.get("day") or 1):
                last["year"] += 1
        start = day_in(first["year"], first.get("month") or 1, first.get("day"))
        end = day_in(last["year"], last.get("month") or 12, last.get("day") or (31 if granularity != "day" else None))
        formats = {"day": iso_day, "month": iso_month, "year": lambda d: f"{d.year:04d}"}
        value = f"{formats[granularity](start)}/{formats[granularity](end)}"
        if not (granularity == "year" and start.year != end.year):
            # ("що у 2034–2036 роках зламувало мережі … затримали 21 липня": a span of years is background, and says
            # nothing of the year a later day is in)
            self.move_narrative(start, granularity, derived=anchor == "narrative")
        evidence = [start, end] if granularity == "day" and not (tense == "future" and anchor == "dct") else []
        return Resolved(value, "interval", anchor, self.is_after_dct(start), evidence=evidence)

    def _season(self, parts: dict[str, Any], tense: str) -> Resolved:
        code, year, offset = parts["season"], parts.get("year"), parts.get("offset")
        anchor = "absolute"
        dct = self.context.dct
        if year is None and offset is not None:
            if dct is None:
                return Resolved(None, "season", "dct", offset > 0, parts.get("mod"))
            base = dct.year - 1 if code == "WI" and dct.month <= 2 else dct.year
            year, anchor = base + offset, "dct"
        elif year is None:
            year, anchor = pick_year(SEASON_START[code], None, self.context, tense)
            if year is None:
                return Resolved(None, "season", "dct", mod=parts.get("mod"))
        after = self.is_after_dct(date(year, SEASON_START[code], 1))
        return Resolved(f"{year:04d}-{code}", "season", anchor, after, parts.get("mod"))

    def _part(self, parts: dict[str, Any], tense: str) -> Resolved:
        year, offset = parts.get("year"), parts.get("offset")
        anchor = "absolute"
        if year is None:
            if offset is not None and self.context.dct is not None:
                year, anchor = self.context.dct.year + offset, "dct"
            elif self.context.narrative is not None:
                year, anchor = self.context.narrative.year, "narrative"
            elif self.context.dct is not None:
                year, anchor = self.context.dct.year, "dct"
            else:
                return Resolved(None, "part", "dct")
        label = f"H{parts['half']}" if "half" in parts else f"Q{parts['quarter']}"
        first_month = (parts["half"] - 1) * 6 + 1 if "half" in parts else (parts["quarter"] - 1) * 3 + 1
        return Resolved(f"{year:04d}-{label}", "part", anchor, self.is_after_dct(date(year, first_month, 1)))

    def _deictic(self, parts: dict[str, Any], tense: str) -> Resolved:
        """"Минулого тижня" from the DCT. From the narrative instead: "того ж року", and a past-tense
        "наступного року" in a dated narrative ("У 2014 році ... Наступного року він став міністром")."""
        unit, offset, mod = parts["unit"], parts["offset"], parts.get("mod")
        base, anchor = self.context.dct, "dct"
        narrative, granularity = self.context.narrative, self.context.narrative_granularity
        fits = narrative is not None and GRANULARITY_ORDER[granularity] >= GRANULARITY_ORDER.get(unit, 2)
        if fits and (parts.get("anaphoric") or (offset > 0 and tense == "past")):
            base, anchor = narrative, "narrative"
        elif parts.get("anaphoric"):
            return Resolved(None, unit, "narrative", mod=mod)
        if base is None:
            return Resolved(None, unit, "dct", offset > 0, mod)
        if unit == "week":
            point = base + timedelta(weeks=offset)
            return Resolved(iso_week(point), "week", anchor, self.is_after_dct(point), mod)
        if unit == "month":
            point = add_months(base, offset)
            if anchor == "narrative":
                self.move_narrative(point.replace(day=1), "month", derived=True)
            return Resolved(iso_month(point), "month", anchor, self.is_after_dct(point), mod)
        year = base.year + offset
        if anchor == "narrative" and offset:
            self.move_narrative(date(year, 1, 1), "year", derived=True)
        after = self.context.dct is not None and year > self.context.dct.year
        return Resolved(f"{year:04d}", "year", anchor, after, mod)

    def _current_unit(self, parts: dict[str, Any], tense: str) -> Resolved:
        """"Наприкінці року": the year (month) the narrative is in, else the DCT's; a week is the DCT's."""
        unit, mod = parts["unit"], parts.get("mod")
        narrative, dct = self.context.narrative, self.context.dct
        finer = self.context.narrative_granularity != "year"
        if narrative is not None and (unit == "year" or (unit == "month" and finer)):
            point, anchor = narrative, "narrative"
        elif dct is not None:
            point, anchor = dct, "dct"
        else:
            return Resolved(None, unit, "dct", mod=mod)
        if unit == "week":
            return Resolved(iso_week(point), "week", anchor, mod=mod)
        if unit == "month":
            return Resolved(iso_month(point), "month", anchor, mod=mod)
        return Resolved(f"{point.year:04d}", "year", anchor, mod=mod)

    def _deictic_month(self, parts: dict[str, Any], tense: str) -> Resolved:
        month, offset = parts["month"], parts["offset"]
        dct = self.context.dct
        if dct is None:
            return Resolved(None, "month", "dct", offset > 0, parts.get("mod"))
        if offset < 0:
            year = dct.year if month < dct.month else dct.year - 1
        elif offset > 0:
            year = dct.year if month > dct.month else dct.year + 1
        else:
            year = dct.year
        point = date(year, month, 1)
        return Resolved(iso_month(point), "month", "dct", self.is_after_dct(point), parts.get("mod"))

    def _weekday(self, parts: dict[str, Any], tense: str) -> Resolved:
        weekday, offset = parts["weekday"], parts.get("offset")
        dct = self.context.dct
        if dct is None:
            return Resolved(None, "day", "dct", tense == "future")
        if offset is not None:
            monday = dct - timedelta(days=dct.isoweekday() - 1)
            point = monday + timedelta(weeks=offset, days=weekday - 1)
        elif tense == "future":
            point = dct + timedelta(days=(weekday - dct.isoweekday()) % 7)
        else:
            point = dct - timedelta(days=(dct.isoweekday() - weekday) % 7)
        if parts.get("weekend"):
            return Resolved(f"{iso_week(point)}-WE", "week", "dct", point > dct)
        self.move_narrative(point, "day")  # "У вівторок … Напередодні …": the Monday before that Tuesday
        if parts.get("part"):  # ("на вечір середи. … напередодні": the Tuesday)
            return Resolved(f"{iso_day(point)}T{parts['part']}", "time", "dct", point > dct)
        # ("того ж понеділка": the day the story told, as a narrative "того ж дня" is)
        return Resolved(iso_day(point), "day", "narrative" if parts.get("anaphoric") else "dct", point > dct)

    def _night(self, parts: dict[str, Any], tense: str) -> Resolved:
        """"Минулої ночі" / "цієї ночі": the night before the DCT, unless told in the future tense."""
        dct, offset = self.context.dct, parts["offset"]
        if dct is None:
            return Resolved(None, "time", "dct", offset > 0)
        future = offset > 0 or (offset == 0 and tense == "future")
        night = dct if future else dct - timedelta(days=1)
        return Resolved(f"{iso_day(night)}TNI", "time", "dct", future)

    def _relative_day(self, parts: dict[str, Any], tense: str) -> Resolved:
        dct, days = self.context.dct, parts["days"]
        if dct is None:
            return Resolved(None, "day", "dct", days > 0)
        value, granularity = iso_day(dct + timedelta(days=days)), "day"
        if parts.get("part"):
            value, granularity = f"{value}T{parts['part']}", "time"
        if parts.get("time"):
            hours, minutes = parts["time"]
            value, granularity = f"{value}T{hours:02d}:{minutes:02d}", "time"
        return Resolved(value, granularity, "dct", days > 0)

    def _narrative_day(self, parts: dict[str, Any], tense: str) -> Resolved:
        context = self.context
        last_day = self.last_day_in_sentence[max(self.last_day_in_sentence)] if self.last_day_in_sentence else None
        same_day = parts["days"] == 0 and last_day is not None and last_day[:4].isdigit()
        if (context.narrative is None or context.narrative_granularity != "day") and same_day:
            # "У вівторок уряд звинуватив … атаку готували з початку лютого. Того ж дня …": the day last
            # named, which a month told in between does not replace
            point = date.fromisoformat(last_day)  # type: ignore[arg-type]
            return Resolved(iso_day(point), "day", "narrative", self.is_after_dct(point))
        # ("… у вівторок. ¶ Міністр напередодні провів розмови": inside a sentence, with no day told in its own
        # paragraph, the day before the one the story is published; "linked", opening a paragraph ("Напередодні
        # …" is the day before the act told just before) or with its weekday after it, the narrative's)
        fresh_paragraph = parts["days"] < 0 and not parts.get("linked") and self.paragraph not in self.last_day_in_paragraph
        if context.narrative is None or context.narrative_granularity != "day" or fresh_paragraph:
            if parts["days"] <= 0 and context.dct is not None:  # "напередодні" with no dated day before it
                point = context.dct + timedelta(days=parts["days"])
                return Resolved(iso_day(point), "day", "dct")
            return Resolved(None, "day", "narrative")
        point = context.narrative + timedelta(days=parts["days"])
        self.move_narrative(point, "day", derived=True)
        return Resolved(iso_day(point), "day", "narrative", self.is_after_dct(point))

    def _vague(self, parts: dict[str, Any], tense: str) -> Resolved:
        return Resolved(parts["value"], "vague", "dct", parts["future"])

    def _shift(self, parts: dict[str, Any], tense: str) -> Resolved:
        amount, unit = parts["amount"], parts["unit"]
        future = amount > 0
        dct = self.context.dct
        if dct is None:
            return Resolved(None, unit if unit != "day" else "day", "dct", future)
        if unit == "year" and amount != int(amount):
            amount, unit = amount * 12, "month"
        if unit in ("week", "month") and amount != int(amount):
            amount, unit = amount * (7 if unit == "week" else 30), "day"
        amount = int(round(amount))
        if unit in ("hour", "minute"):
            return Resolved(iso_day(dct), "day", "dct", future)
        if unit == "day":
            return Resolved(iso_day(dct + timedelta(days=amount)), "day", "dct", future)
        if unit == "week":
            return Resolved(iso_week(dct + timedelta(weeks=amount)), "week", "dct", future)
        if unit == "month":
            return Resolved(iso_month(add_months(dct, amount)), "month", "dct", future)
        return Resolved(f"{dct.year + amount:04d}", "year", "dct", future)

    def _duration(self, parts: dict[str, Any], tense: str) -> Resolved:
        """ISO 8601 durations: P2W, P6M ("півроку"), PT15M; PXY for an unknown count ("кілька років")."""
        amount, unit = parts["amount"], parts["unit"]
        if amount != int(amount):
            unit, factor = SMALLER_UNIT[unit]
            amount *= factor
        count = "X" if amount == 0 else str(int(round(amount)))
        letter = vocabulary().unit_letters[unit]
        value = f"PT{count}{letter}" if unit in CLOCK_UNITS else f"P{count}{letter}"
        return Resolved(value, "duration", "absolute")

    def _named(self, parts: dict[str, Any], tense: str) -> Resolved:
        value = parts["value"]
        return Resolved(value, "interval" if "/" in value else "day", "absolute")

    def _set(self, parts: dict[str, Any], tense: str) -> Resolved:
        return Resolved(parts["value"], "set", "absolute")

    def _century(self, parts: dict[str, Any], tense: str) -> Resolved:
        return Resolved(f"{parts['century'] - 1:02d}", "century", "absolute")

    def _time(self, parts: dict[str, Any], tense: str) -> Resolved:
        return Resolved(None, "time", "dct")

    def _clock(self, parts: dict[str, Any], sentence: int, paragraph: int = 0) -> Resolved:
        """A clock time belongs to the day named in its sentence, else to the last day named earlier in
        its paragraph ("Учора ввечері сталася перестрілка. … близько 19:40 …"), else to the DCT."""
        hours, minutes = parts["time"]
        day = self.last_day_in_sentence.get(sentence) or self.last_day_in_paragraph.get(paragraph)
        anchor = "narrative"
        if day is None and self.context.dct is not None:
            day, anchor = iso_day(self.context.dct), "dct"
        if day is None:
            day, anchor = "XXXX-XX-XX", "dct"
        return Resolved(f"{day}T{hours:02d}:{minutes:02d}", "time", anchor)
