"""Dates: temporal expressions normalised to TIMEX3-style ISO values.

``normalise`` fills ``document.timexes``. Expressions are found by compiled patterns built from
``lang/uk/dates.yaml`` (see ``patterns``), then resolved in text order (see ``resolve``).

Values (TIMEX3 style): ``2023-07-26`` (day), ``2023-07-26T15:00`` / ``2023-07-30TEV`` (time, with the
TIMEX3 day parts MO/AF/EV/NI), ``2023-07`` (month), ``2023`` (year), ``199`` (decade), ``19`` (the
20th century), ``2023-W31`` and ``2023-W34-WE`` (week, weekend), ``2023-SP`` (season: SP/SU/FA/WI),
``2023-H1`` / ``2023-Q2`` (half, quarter), intervals ``2023-07-25/2023-07-27`` and open intervals in
ISO 8601-2 style (``2014/..`` for "з 2014 року", ``../2022-02-24``), durations ``P2W`` / ``PT15M`` /
``PXY`` ("кілька років"), sets ``P1Y`` ("щороку"), and ``FUTURE_REF`` / ``PAST_REF`` / ``PRESENT_REF``
for vague expressions. ``granularity`` names the kind: day, time, week, month, season, part, year,
decade, century, interval, duration, set or vague. ``mod`` carries TIMEX3's START/MID/END for "на
початку", "у середині", "наприкінці" (the value stays the whole month or year). ``value`` is None when
nothing could resolve it (a relative expression in a text with no date at all, or a statistical span
no rule understands).

``anchor`` says where the value came from:
  * ``absolute`` — the expression carries its own year ("13 липня 2022 року", "26.07.2023", "2023 р.");
  * ``narrative`` — from the last date the text gave: "в березні" after "у січні 2023 року",
    "наступного дня", "того ж року", a past-tense "наступного року", a clock time taking the day named
    in its sentence. A day or month carries on through the text; a bare year ("у 2014 році", often
    background) anchors only its own paragraph;
  * ``dct`` — from the document creation time ("вчора", "минулого місяця", "у понеділок", "два тижні
    тому", or a day/month with no dated narrative before it);
  * ``model`` — a DATE/PERIOD/TIME span of the statistical NER that no rule resolved (value None).

``future`` is True when the resolved time lies after the DCT ("наступного тижня", "через місяць",
"у вересні" in a future-tense sentence published in August) or for a vague future ("у найближчі
місяці"). Against an inferred DCT a calendar date is future only in a future-tense sentence; with no
DCT at all the tense alone decides. The tense is that of the nearest finite verb in the sentence
(pymorphy3's ``past``/``pres``/``futr``; a present-tense modal before an infinitive, "планує відвідати",
counts as future), and it also decides which side of the DCT a bare day/month or weekday falls on.

Start and end are exact character offsets into ``document.text``; prepositions are outside the span
unless they change the value ("з 2014 року", "з 25 по 27 липня", "на початку березня").

Without a DCT (no metadata, no ``--published``) the DCT is inferred: the latest explicit date the text
gives (a month counts by its last day, a year by its first), with years carried forward through its
chronology and future-tense mentions left out; a day/month placed from it up to three months later
moves it on once. It is written to ``document.published`` and ``document.dct_inferred`` is set.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, timedelta

from litopys.dates.patterns import Found, find, normalise_key, vocabulary
from litopys.dates.resolve import CATCH_UP_DAYS, Context, Resolved, Resolver
from litopys.doc import Document, Timex, Token

ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
MODEL_LABELS = frozenset({"DATE", "PERIOD", "TIME"})
FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
TENSE_REACH = 40  # tokens either side of an expression searched for its verb
TENSES = {"past": "past", "pres": "present", "futr": "future"}


def parse_dct(published: str | None) -> date | None:
    """The document date from metadata: an ISO date or datetime, else any date the patterns read."""
    if not published:
        return None
    match = ISO_DATE.match(published)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    for found in find(published):
        parts = found.parts
        if found.kind == "date" and parts.get("year"):
            try:
                return date(parts["year"], parts["month"], parts["day"])
            except ValueError:
                return None
    return None


def tense_near(document: Document, start: int, end: int, token_starts: list[int]) -> str:
    """Tense of the verb nearest to a span in its sentence: past, present, future (a present modal
    before an infinitive counts as future: "планує відвідати", and so does a plan or agreement in any
    tense: "домовилися провести"), or none."""
    tokens = document.tokens
    if not tokens:
        return "none"
    at = max(0, bisect_right(token_starts, start) - 1)
    sentence_index = tokens[at].sentence
    if document.sentences:
        sentence = document.sentences[sentence_index]
        first, last = sentence.first_token, sentence.last_token
    else:
        first, last = 0, len(tokens)
    modals, plans, planned = vocabulary().future_modals, vocabulary().plan_verbs, vocabulary().plan_participles
    reports = vocabulary().report_verbs
    best: tuple[int, str] | None = None
    told_before = any(t.pos == "VERB" for t in tokens[first:at])
    first, last = max(first, at - TENSE_REACH), min(last, at + TENSE_REACH)
    for i in range(first, last):
        token = tokens[i]
        if start <= token.start < end:
            continue
        if planned & token.lemmas:  # "зустріч запланована на 27 листопада": ahead, whatever verb reports it
            distance = abs(i - at)
            if best is None or distance < best[0]:
                best = (distance, "future")
            continue
        # Only a finite reading with a tense counts ("три" can be an imperative of "терти").
        reading = next((a for a in token.analyses if a.pos == "VERB" and not a.tags.isdisjoint(TENSES)), None)
        if reading is None:
            continue
        tense = next(TENSES[g] for g in reading.tags if g in TENSES)
        if reading.lemma in reports and token.start >= end and any(t.text == "," for t in tokens[at:i]) and told_before:
            # "… провести наступний раунд у квітні, повідомив Келлер": the telling, not the time (but "Президент у
            # понеділок, виступаючи в Летісії, заявив": with no verb before the time, the telling is its verb)
            continue
        # "домовилися провести у травні" (the date after the plan) is ahead; "ще в грудні домовилися" is not
        if (tense == "present" and reading.lemma in modals) or (reading.lemma in plans and token.end <= start):
            # ("домовилися вже в листопаді провести": past the time told and light words to the infinitive)
            following = next(
                (t for t in tokens[i + 1 : last] if not (start <= t.start < end or t.pos in ("ADVB", "PRCL", "PREP"))), None
            )
            if following is not None and following.has("infn"):
                tense = "future"
        distance = abs(i - at)
        if _clause_boundary(tokens, min(i, at), max(i, at)):
            distance += TENSE_REACH  # "пообіцяв, що з 1 лютого Туреччина збільшить": the verb across ", що" yields
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else "none"


def _clause_boundary(tokens: list[Token], left: int, right: int) -> bool:
    """Whether a subordinate clause opens (", що", ", щоб") between tokens ``left`` and ``right``."""
    openers = vocabulary().words["subordinators"]
    return any(tokens[k].text == "," and tokens[k + 1].text.lower() in openers for k in range(left + 1, right - 1))


def model_spans(document: Document, found: list[Found]) -> list[Found]:
    """Statistical DATE/PERIOD/TIME spans that no rule covered, read from their lemmas where possible."""
    v = vocabulary()
    extra: list[Found] = []
    for span in document.ner_spans:
        if span.label not in MODEL_LABELS:
            continue
        if any(f.start < span.end and span.start < f.end for f in found):
            continue
        words = [t for t in document.tokens if span.start <= t.start < span.end]
        lemmas = {lemma for t in words for lemma in t.lemmas}
        months = [v.months[normalise_key(lemma)] for lemma in lemmas if normalise_key(lemma) in v.months]
        years = [int(y) for y in FOUR_DIGIT_YEAR.findall(span.text)]
        if not (months or years or lemmas & v.temporal_lemmas):
            continue
        if months:
            found_span = Found(span.start, span.end, "month", {"month": months[0], "year": years[0] if years else None})
        elif years:
            found_span = Found(span.start, span.end, "year", {"year": years[0]})
        else:
            found_span = Found(span.start, span.end, "model", {"label": span.label.lower()})
        extra.append(found_span)
    return extra


def _resolve_all(found: list[Found], places: list[tuple[str, int, int, bool, bool]], context: Context) -> list[Resolved]:
    """Resolve in text order; ``places`` holds each expression's tense, sentence, paragraph, whether it is
    told as background (after "ще") and whether it dates what the story measures from (after "після …")."""
    resolver = Resolver(context)
    results = []
    for item, (tense, sentence, paragraph, background, reference) in zip(found, places, strict=True):
        if item.kind == "model":
            results.append(Resolved(None, item.parts["label"], "model"))
        else:
            results.append(resolver.resolve(item, tense, sentence, paragraph, background, reference))
    return results


def _first_in_sentence(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].sentence != tokens[i].sentence


def opens_sentence(tokens: list[Token], first: int) -> bool:
    """Whether the expression at token ``first`` opens its sentence, past a background marker ("Ще
    напередодні …"): there it links to the act told just before, not to the day of publication."""
    i = first
    if i > 0 and tokens[i - 1].sentence == tokens[first].sentence and tokens[i - 1].text.lower() in vocabulary().words["background"]:
        i -= 1
    return _first_in_sentence(tokens, i)


def after_background_marker(tokens: list[Token], first: int) -> bool:
    """Whether the word before the expression starting at token ``first`` (past a preposition: "ще на
    початку липня") is a background marker inside its sentence ("попереджав ще минулого четверга"): a look
    back, not the story's time. Opening a sentence ("Ще 13 липня 2022 року КНДР визнала …") it starts a
    flashback the paragraph then follows."""
    i = first - 1
    if i >= 0 and tokens[i].pos == "PREP":
        i -= 1
    if i > 0 and tokens[i].lemma == "який" and tokens[i - 1].text == "," and tokens[i - 1].sentence == tokens[i].sentence:
        # "відбила напад, який у ніч на понеділок здійснили …": an earlier day told in a relative clause looks
        # back from the act it hangs on, so a later paragraph's "того ж дня" still means that act's day
        return True
    return i >= 0 and not _first_in_sentence(tokens, i) and tokens[i].text.lower() in vocabulary().words["background"]


def eve_of_event(tokens: list[Token], first: int) -> bool:
    """Whether the expression at token ``first`` is "напередодні" before a genitive noun phrase ("напередодні
    вересневих виборів"): the eve of the event it names, a preposition, not the day before."""
    token = tokens[first] if first < len(tokens) else None
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    if token is None or following is None or token.text.lower() not in vocabulary().words["eve"] or following.sentence != token.sentence:
        return False
    nominal = following.pos in ("NOUN", "ADJF") and following.has("gent") and not following.has("nomn")
    return nominal and not following.has("ADVB")


def _deadline(text: str, found: Found) -> bool:
    """"пообіцяв змінити закон до кінця березня": a month or day something is due by, with no year, is placed
    as if no verb were near (the story's year, or the nearer one), not by the tense of the promise."""
    if found.kind not in ("month", "date") or found.parts.get("year") is not None or found.parts.get("year_offset"):
        return False
    words = text[found.start : found.end].lower().split()
    before = text[max(0, found.start - 4) : found.start].lower().split()
    return bool(words) and (words[0] in vocabulary().words["deadline"] or bool(before) and before[-1] in vocabulary().words["deadline"])


def after_reference_marker(tokens: list[Token], first: int) -> bool:
    """Whether the expression starting at token ``first`` dates the noun of a phrase opened by a reference
    word ("через п'ять днів після його переговорів із Путіним у Москві 26 липня"): the day of what the
    story measures from, not a day the story moves to. Right after the word ("після 26 липня") it is a time
    the story goes on from."""
    if first < 2:
        return False
    sentence = tokens[first].sentence
    status = vocabulary().words["status"]
    if " ".join(t.text.lower() for t in tokens[first - 2 : first]) in status and tokens[first - 2].sentence == sentence:
        return True  # "станом на ранок середи світло повернули": when a count stood, not a day the story moves to
    k = first - 1 if tokens[first - 1].pos != "PREP" else first - 2
    if tokens[k].text.lower() in vocabulary().words["ahead"] and tokens[k].sentence == sentence:
        # "Судно відпустили лише у вівторок увечері. ¶ Любляна відреагувала того ж дня": an outcome told ahead
        # of the story's day, which a later "того ж дня" does not mean
        return True
    if (
        k > 0 and tokens[k].text.lower() in vocabulary().words["background"] and tokens[k - 1].sentence == sentence
        and tokens[k - 1].pos == "ADJF" and not tokens[k - 1].is_capitalised  # (a name: "Арагчі ще в понеділок")
        and (tokens[k - 1].has("pssv") or tokens[k - 1].has("actv"))
    ):
        # "торгівлю, призупинену ще 2020 року": a look back that dates a noun's participle, not the story's time
        # (without "ще" the participle often dates the act told: "У заяві, поширеній у вівторок, місія …")
        return True
    words = vocabulary().words["reference"]
    for i in range(first - 2, max(-1, first - 12), -1):
        token = tokens[i]
        if token.sentence != sentence or token.text in (",", ";", ":", "—") or token.has("VERB") and not token.has("PRTF"):
            return False
        if token.text.lower() in words:
            return True
    return False


def _since_start(text: str, resolved: Resolved) -> Resolved:
    """"Найпотужніший удар від початку осені", "від початку року знищено 300 танків": counted since the
    start of a period, an open interval from it (mod START kept), not a time within it."""
    value = resolved.value or ""
    lowered = " ".join(text.lower().split())
    if not value[:4].isdigit() or "/" in value or not any(lowered.startswith(w + " ") for w in vocabulary().words["since_start"]):
        return resolved
    return replace(resolved, value=f"{value}/..", granularity="interval")


def _latest(resolved: list[Resolved]) -> date | None:
    evidence = [point for r in resolved for point in r.evidence]
    return max(evidence) if evidence else None


CALENDAR_KINDS = frozenset({"date", "month", "year", "range", "season", "part"})


def _is_future(found: Found, resolved: Resolved, tense: str, dct_given: bool, dct_inferred: bool) -> bool:
    """After the DCT; against an inferred DCT (a lower bound) a calendar date also needs a future verb;
    with no DCT at all, the tense alone."""
    if dct_given:
        return resolved.future
    if dct_inferred:
        return resolved.future and (tense == "future" or found.kind not in CALENDAR_KINDS)
    return resolved.future or tense == "future"


def normalise(document: Document) -> Document:
    """Fill ``document.timexes``; infer the DCT when the document has none (see the module docstring)."""
    found = find(document.text, document.tokens or None)
    found.extend(model_spans(document, found))
    found.sort(key=lambda f: f.start)
    token_starts = [t.start for t in document.tokens]
    found = [f for f in found if not (document.tokens and eve_of_event(document.tokens, bisect_left(token_starts, f.start)))]
    tenses = [
        "none" if _deadline(document.text, f) else tense_near(document, f.start, f.end, token_starts) for f in found
    ]
    sentences = [document.sentence_at(f.start) if document.sentences else 0 for f in found]
    paragraphs = [document.sentences[s].paragraph if document.sentences else 0 for s in sentences]
    backgrounds = [after_background_marker(document.tokens, bisect_left(token_starts, f.start)) for f in found]
    for item, following in zip(found, [*found[1:], None], strict=False):  # (none after the last)
        if item.kind != "narrative_day" or not document.tokens:
            continue
        # ("які відбулися напередодні, у понеділок": the day named right after says which one)
        apposed = following is not None and following.kind == "weekday" and following.start - item.end <= 4
        # ("… у вівторок. ¶ Напередодні …": the Monday; "¶ Міністр заявив … Напередодні він провів переговори":
        # opening a later sentence of a paragraph that names no day, the act just before is undated, so today's)
        sentence = document.sentence_at(item.start)
        opens_paragraph = sentence == 0 or document.sentences[sentence - 1].paragraph != document.sentences[sentence].paragraph
        if apposed or (opens_paragraph and opens_sentence(document.tokens, bisect_left(token_starts, item.start))):
            item.parts = {**item.parts, "linked": True}
    references = [after_reference_marker(document.tokens, bisect_left(token_starts, f.start)) for f in found]
    places = list(zip(tenses, sentences, paragraphs, backgrounds, references, strict=True))
    dct = parse_dct(document.published)
    if dct is not None and not ISO_DATE.match(document.published or ""):
        document.published = dct.isoformat()  # "31 серпня 2023 року" from a page's metadata
    if dct is not None:
        resolved = _resolve_all(found, places, Context(dct))
    else:
        resolved = _resolve_all(found, places, Context(None))
        inferred = _latest(resolved)
        if inferred is not None:
            resolved = _resolve_all(found, places, Context(inferred, dct_inferred=True))
            # A day placed from the inferred DCT a little after it ("30 серпня" opening a chronology that
            # ends on 15 серпня) moves the DCT on, once: placing from a placed day would drift.
            catch_up = inferred + timedelta(days=CATCH_UP_DAYS)
            later = [p for r in resolved if r.anchor == "dct" for p in r.evidence if inferred < p <= catch_up]
            if later:
                inferred = max(later)
                resolved = _resolve_all(found, places, Context(inferred, dct_inferred=True))
            document.published = inferred.isoformat()
            document.dct_inferred = True
    text = document.text
    resolved = [_since_start(text[f.start : f.end], r) for f, r in zip(found, resolved, strict=True)]
    document.timexes = [
        Timex(
            f.start,
            f.end,
            text[f.start : f.end],
            value=r.value,
            granularity=r.granularity,
            anchor=r.anchor,
            future=_is_future(f, r, tense, dct is not None, document.dct_inferred),
            mod=r.mod,
        )
        for f, r, tense in zip(found, resolved, tenses, strict=True)
    ]
    return document
