"""The event coder: triggers found by lemma, arguments by case frame, then date, modality and attribution.

There is no parser: a clause is the stretch between subordinators (що, який, …) and colons, a subject
is the nearest nominative actor phrase before the verb that agrees with it (gender and number), objects
are the first actor phrases after the trigger in the case and preposition the frame asks for, and a
missing subject is carried from the sentence or the paragraph. The rules read morphology only, so they
hold for any news text; the vocabulary lives in ``lang/uk/events``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from litopys.doc import Claim, Document, Event, Span, Token
from litopys.events.patterns import Arg, Pattern, country_adjectives, cues, offices, pattern_index, plover_code
from litopys.events.phrases import (
    GENDERS,
    QUOTES,
    MentionIndex,
    Phrase,
    apposition_heads,
    canonical_prep,
    is_prep,
    sentence_phrases,
)
from litopys.language import lemma_of

WITH_AFTER = 12  # words after a trigger that may hold a pattern's companion lemma
WITH_BEFORE = 5  # a passive puts its companion first: "Посол Ізраїлю в Україні був викликаний"
OBJECT_WINDOW = 14
LIGHT_POS = frozenset({"ADVB", "PREP", "CONJ", "PRCL", "PUNCT", "NUM"})
THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "FIGHT"})
# Negated, these are refusals (REJECT): "не визнає", "не погодиться на переговори", "не підтримає".
REFUSED_WHEN_NEGATED = frozenset({("AGREE", "negotiate"), ("SUPPORT", "recognize"), ("SUPPORT", "endorse")})
DASHES = frozenset("-–—")
DEFENCE_MODES = frozenset({"air-defence", "defence"})  # a fight's answer, never the attack a noun refers to


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


def _companion_lemmas(token: Token) -> frozenset[str]:
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


def _open_ended(value: str) -> bool:
    """"найбільший з початку вторгнення обмін" ("2022-02-24/.."): an open span the event falls in, which
    gives way to the sentence's own date ("У середу, 3 січня, …")."""
    return value.startswith("../") or value.endswith("/..")


def _uniq(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def is_finite_verb(token: Token) -> bool:
    """A verb with a finite reading ("виділить" is also read as a colloquial infinitive); an imperative
    that is also a noun ("переговори", "напади") is the noun: news narration gives no orders."""
    imperative = False
    for a in token.analyses:
        if a.pos == "VERB" and "infn" not in a.tags:
            if "impr" not in a.tags:
                return True
            imperative = True
    return imperative and not any(a.pos == "NOUN" for a in token.analyses)


def _verb_reading(token: Token, lemmas: frozenset[str]) -> bool:
    return any(a.pos == "VERB" and a.lemma in lemmas for a in token.analyses)


class Coder:
    """Codes one document; holds the per-document state (phrases, quotes, discourse memory)."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.tokens = document.tokens
        self.cues = cues()
        self.mentions = MentionIndex.build(document)
        self.phrases = [sentence_phrases(document, s, self.mentions) for s in range(len(document.sentences))]
        self.timex_tokens = self._timex_positions()
        self.last_person: list[str] = []
        self.last_subject: list[str] = []
        self.sentence = 0  # the sentence being coded
        self.found: list[Found] = []
        self.quotes: list[Quote] = []
        self.reports: list[list[Report]] = [[] for _ in document.sentences]
        self._phrase_cache: dict[tuple, bool] = {}
        self.frame_phrases: set[int] = set()  # sources named in "за даними X": never a clause's subject
        self._frame_firsts = frozenset(frame[0] for frame in self.cues.source_frames)

    # ------------------------------------------------------------------ helpers over tokens
    def _timex_positions(self) -> list[tuple[int, int, str, bool]]:
        starts = [t.start for t in self.tokens]
        ends = [t.end for t in self.tokens]
        result = []
        for timex in self.doc.timexes:
            value = timex.value or ""
            if not value[:4].isdigit():
                continue
            first = bisect_left(ends, timex.start + 1)
            last = bisect_right(starts, timex.end - 1)
            if first < last and self._same_time(first) and not (timex.anchor == "narrative" and len(value) >= 10):
                continue  # "Того ж дня" with no day told before: the narrative date carries instead
            if first < last:
                result.append((first, last, iso_date(value), timex.future))
        return sorted(result)

    def _is_boundary(self, i: int) -> bool:
        token = self.tokens[i]
        if token.text in (":", ";"):
            return True
        if self.cues.relative_pronouns & token.lemmas and token.has("NPRO"):
            return True  # "яка" is also read as the noun "як"
        if i > 0 and self.tokens[i - 1].text == "," and token.lemma not in self.cues.clause_openers and any(
            a.lemma in self.cues.clause_openers and a.pos == "CONJ" for a in token.analyses
        ):
            return True  # ", доки Кабул не припинить": read first as the noun "док"
        if token.lemma in self.cues.clause_openers and token.pos in ("CONJ", "NPRO", "ADVB"):
            following = self.tokens[i + 1].text.lower() if i + 1 < len(self.tokens) else ""
            preceding = self.tokens[i - 1].lemma if i else ""
            after_comma = i > 0 and self.tokens[i - 1].text == ","  # ", поки Україна не відповіла" opens one
            if (following in self.cues.adverb_uses.get(token.lemma, ()) and not after_comma) or (
                token.text.lower() in self.cues.adverb_uses.get(preceding, ())
            ):
                return False  # "Стокгольм поки (що) не передаватиме": "for now", no clause of its own
            # "тим, що" and "що" open a clause; a relative pronoun after a preposition still does.
            complementizer = token.lemma in self.cues.complementizer
            return not complementizer or token.has("subord") or (i > 0 and self.tokens[i - 1].text == ",")
        return False

    def clause(self, i: int, first: int, last: int) -> tuple[int, int]:
        left = first
        j = i - 1
        while j >= first:
            if self._is_boundary(j):
                opening = self._closed_relative(j, i, first)
                if opening is None:
                    left = j + 1
                    break
                j = opening  # "МКЧХ, співробітники якого мали …, закликав": the main clause goes on past it
            j -= 1
        right = last
        for j in range(i + 1, last):
            if self._is_boundary(j):
                right = j
                break
            if self.tokens[j].text in DASHES and j + 1 < last and self.tokens[j - 1].text == ",":
                right = j - 1
                break
            # "…, повідомило ГУР": a reporting verb after a comma closes the reported clause.
            if self.tokens[j].text == "," and j + 1 < last and _verb_reading(self.tokens[j + 1], self.cues.report_verbs):
                right = j
                break
            # "розігнали протест, ОАД вимагає перерахунку": a comma before a new subject and its own verb
            if self.tokens[j].text == "," and is_finite_verb(self.tokens[i]) and self._new_clause_after(j, last):
                right = j
                break
        return left, right

    def _new_clause_after(self, comma: int, last: int) -> bool:
        """Whether a nominative name and a finite verb follow the comma at ``comma`` (an unjoined clause)."""
        name = self.mentions.at.get(comma + 1)
        if not name or name[1] != comma + 1:
            return False
        verb = name[2]
        return verb < last and is_finite_verb(self.tokens[verb]) and self.tokens[comma + 1].has("nomn")

    def _closed_relative(self, j: int, i: int, first: int) -> int | None:
        """Where a relative clause opened at ``j`` and closed by a comma before ``i`` begins (its opening
        comma), so the clause of ``i`` is the one around it; None when ``j`` opens no such clause."""
        if not (self.cues.relative_pronouns & self.tokens[j].lemmas and self.tokens[j].has("NPRO")):
            return None
        if not any(self.tokens[k].text == "," for k in range(j + 1, i)) or any(
            self._is_boundary(k) or is_finite_verb(self.tokens[k]) and self.tokens[k - 1].text == "," for k in range(j + 1, i)
        ):
            return None
        return next((k for k in range(j - 1, max(first, j - 4) - 1, -1) if self.tokens[k].text == ","), None)

    def _in_quote(self, i: int) -> Quote | None:
        for quote in self.quotes:
            if quote.start <= i < quote.end:
                return quote
        return None

    # ------------------------------------------------------------------ resolving phrases to actors
    def group_of(self, sentence: int, phrase: Phrase, from_start: bool = True) -> list[Phrase]:
        members = [p for p in self.phrases[sentence] if p.group == phrase.group]
        return [p for p in members if p.first >= phrase.first] if from_start else members

    def resolve(self, phrases: list[Phrase], exclude: list[str] | None = None, speaker: list[str] | None = None) -> list[str]:
        ids: list[str] = []
        for phrase in phrases:
            if phrase.entities:
                ids.extend(phrase.entities)
            elif phrase.kind == "pronoun":
                ids.extend(self._pronoun(phrase, exclude or []))
            elif phrase.kind == "anaphor-actor":
                ids.extend(self._anaphor_actor(phrase, exclude or [], speaker))
            elif phrase.kind == "anaphor-event":
                ids.extend(self._anaphor_event(exclude or [], phrase.lemma))
        return _uniq(ids)

    def _pronoun(self, phrase: Phrase, exclude: list[str]) -> list[str]:
        if phrase.lemma in self.cues.first_person or phrase.lemma in self.cues.plural_pronouns & self.cues.first_person:
            quote = self._in_quote(phrase.first)
            return list(quote.speaker) if quote else []
        if phrase.plural:
            return self._plural_antecedent() or list(self.last_subject)
        if self.last_subject and len(self.last_subject) == 1 and self.last_subject[0] not in exclude:
            return list(self.last_subject)
        if self.last_person and not set(self.last_person) <= set(exclude):
            return list(self.last_person)
        # "Байден провів розмову з Нетаньягу і запевнив його …": him is the other one just named.
        for found in reversed(self.found):
            others = [x for x in found.target + found.source if x not in exclude]
            if others:
                return others[:1]
        return []

    def _anaphor_actor(self, phrase: Phrase, exclude: list[str], speaker: list[str] | None) -> list[str]:
        named = self._named_with(phrase)
        if named and named not in exclude:
            return [named]  # "Військова хунта Нігеру … закликав хунту": the body named with that word
        owner = [self.tokens[k].text.lower() for k in (phrase.first - 1, phrase.first) if k >= 0]
        if not phrase.plural and self.last_person and any(w in self.cues.possessives for w in owner):
            return list(self.last_person)  # "Фіцо заявив, що його уряд …": his government acts for him
        if phrase.plural:
            if speaker:
                return list(speaker)
            return self._plural_antecedent()
        if phrase.lemma in self.cues.country_nouns:
            country = self._last_country_before(phrase.first, exclude)
            if country:
                return [country]
        if phrase.lemma in offices() and self.last_person and not set(self.last_person) & set(exclude):
            return list(self.last_person)  # "… повідомив омбудсман Лубінець. Омбудсман звинуватив Москву"
        return self._anaphor_event(exclude)

    def _crowd_country(self, i: int) -> list[str]:
        """"кілька тисяч людей вийшли до будівлі парламенту на проспекті Руставелі": a crowd counted in its
        own clause ("тисячі", "натовп"), in a place no gazetteer places, is of the country the story is
        about, the last one named ("Учасники акції" refer back instead, and get nothing here)."""
        left = self.clause(i, self.doc.sentences[self.tokens[i].sentence].first_token, i)[0]
        if not any(t.lemmas & self.cues.crowd_words for t in self.tokens[left:i]):
            return []
        country = self._last_country_before(i, [])
        return [country] if country else []

    def _last_country_before(self, first: int, exclude: list[str]) -> str | None:
        """"Бухарест виділить сусідній країні": the country last named before, not one of the excluded
        actors' countries (Romania here), so Moldova."""
        countries = {self._country(x) for x in exclude}
        return self._last_named_before(
            first,
            lambda e: e.type == "LOC" and bool(e.country) and e.actor_code == e.country and e.country not in countries,
        )

    def _named_with(self, phrase: Phrase) -> str | None:
        """The entity most recently named with the anaphor's head word in its name, before the anaphor."""
        if not phrase.lemma or phrase.plural and phrase.lemma in self.cues.country_nouns | {"сторона"}:
            return None  # "сторони", "ці країни" are the parties of the last event; "дипломатів" the ones named
        named = self._last_named_before(
            phrase.first, lambda entity: any(lemma_of(word) == phrase.lemma for word in entity.name.split())
        )
        # "офіцерів ГРУ Росії … ці офіцери": the actor named right after the same word before
        for k in range(phrase.first - 1, max(-1, phrase.first - 400), -1):
            if self.tokens[k].lemma == phrase.lemma and k + 1 in self.mentions.at and self.mentions.at[k + 1][1] == k + 1:
                entity = self.doc.entity(named) if named else None
                position = self.tokens[phrase.first].start
                named_at = max((m.start for m in entity.mentions if m.start < position), default=-1) if entity else -1
                if named_at < self.tokens[k].start:
                    return self.mentions.at[k + 1][0]
                break
        return named

    def _last_named_before(self, first: int, wanted) -> str | None:
        """The entity ``wanted`` accepts whose latest mention before token ``first`` is the latest."""
        position = self.tokens[first].start
        best: tuple[int, str] | None = None
        for entity in self.doc.entities:
            if not wanted(entity):
                continue
            earlier = [m.start for m in entity.mentions if m.start < position]
            if earlier and (best is None or max(earlier) > best[0]):
                best = (max(earlier), entity.id)
        return best[1] if best else None

    def _plural_antecedent(self) -> list[str]:
        """What "вони", "ці країни", "сторони" refer to: the latest event naming two or more actors on one
        side (the accused "Росія та КНДР", the parties of a meeting), else all its participants."""
        for found in reversed(self.found):
            for side in (found.target, found.source):
                if len(_uniq(side)) >= 2:
                    return _uniq(side)
            participants = _uniq(found.source + found.target)
            if len(participants) >= 2:
                return participants
        return []

    def _anaphor_event(self, exclude: list[str], lemma: str = "") -> list[str]:
        """Who did the event a noun refers back to: the last event, or the last of the noun's kind
        ("ці звинувачення" is the last accusation, not the shelling it was about). Actors of the
        excluded ones' countries are the other side, not this one."""
        kind = self.cues.referred_types.get(lemma)
        # "Іран засудив удари": the last event told with that very word ("завдали ударів"), else the
        # last of the noun's kind, else the last event.
        # (an act told as not done, "не висуває звинувачень", is none to refer to)
        last = self._latest(lambda f: self._told_with(f, lemma) and f.modality != "negated") if lemma else None
        # "засудило атаку": the attack, not the air defence that answered it
        last = last or (
            self._latest(lambda f: f.pattern.type == kind and f.pattern.mode not in DEFENCE_MODES and f.modality != "negated")
            if kind else None
        )
        named = last is not None
        if kind and not named and lemma:
            # "засудив … за звинуваченням у шпигунстві. Гершкович звинувачення заперечує": the event told
            # in a sentence with that word; with none, not simply whoever acted last.
            last = self._latest(lambda f: self._sentence_has(f.sentence, ((lemma,),)) and f.modality != "negated")
            if last is None:
                return []
            named = True
        last = last or (self.found[-1] if self.found else None)
        countries = {self._country(x) for x in exclude}
        if not named and (last is None or last.sentence < self.sentence - 1) and self.last_subject:
            # "Мадуро наказав створити провінцію. Гаяна назвала цей крок загрозою": the act of the
            # sentence before, which no pattern coded, was its subject's.
            ids = [x for x in self.last_subject if x not in exclude and self._country(x) not in countries]
            if ids:
                return ids
        if last is None:
            return []
        if not last.source and not last.verbal:
            last = self._earlier_telling(last)
        for side in (last.source, last.target):
            ids = [i for i in side if i not in exclude and self._country(i) not in countries]
            if ids:
                return ids
        return []

    def _permitted(self, i: int, left: int) -> bool:
        """Whether the infinitive at ``i`` follows a permission or ban noun, its owner between ("дозвіл
        Заходу бити по Росії"): someone else's act, not the sentence subject's."""
        for j in range(i - 1, max(left, i - 4) - 1, -1):
            if self.cues.permission_nouns & self.tokens[j].lemmas:
                return True
            if not (self.tokens[j].pos == "NOUN" and self.tokens[j].has("gent")) and self.tokens[j].pos != "ADJF":
                return False
        return False

    def _in_response(self, left: int, right: int) -> bool:
        """"відкрили вогонь у відповідь": the act answers the one who acted against the actor."""
        return any(
            self.tokens[k].text.lower() in ("у", "в") and self.tokens[k + 1].lemma == "відповідь" for k in range(left, right - 1)
        )

    def _earlier_telling(self, found: Found) -> Found:
        """The same event told earlier with its actor: "удар по Дніпру", a noun with no actor, after
        "російські війська атакували Дніпро" is that attack, and "засудив атаку" condemns the troops, not
        Dnipro. (A verb with no named actor tells an act of its own.)"""
        targets = set(found.target)
        earlier = self._latest(
            lambda f: f is not found and bool(f.source) and f.pattern.type == found.pattern.type and bool(targets & set(f.target))
        )
        return earlier or found

    # ------------------------------------------------------------------ subjects and objects
    def agrees(self, verb: Token, group: list[Phrase]) -> bool:
        readings = [a for a in verb.analyses if a.pos in ("VERB", "ADJF")] or list(verb.analyses)
        if not readings:
            return True
        plural_group = len(group) > 1 or group[0].plural
        plural_verb = any("plur" in a.tags for a in readings)
        singular_verb = any("plur" not in a.tags for a in readings)
        if plural_group and not plural_verb:
            return False
        if not plural_group and not singular_verb:
            # Pluralia tantum and heads that can be plural ("США заявили", "посадовці привласнили").
            return group[0].plural or group[0].can_plural
        if not plural_group:
            verb_genders = {g for a in readings if "plur" not in a.tags for g in GENDERS if g in a.tags}
            if verb_genders and not verb_genders & group[0].genders:
                return False
        return True

    def subject(self, sentence: int, i: int, left: int, right: int, look_right: bool) -> list[Phrase] | None:
        """The nominative actor phrase group the verb (or predicative adjective) at ``i`` agrees with."""
        verb = self.tokens[i]
        for phrase in reversed(self.phrases[sentence]):
            if phrase.last > i or phrase.first < left or id(phrase) in self.frame_phrases:
                continue
            if self._postverbal(phrase, left, i) or self._attached_to_noun(sentence, phrase):
                continue  # "відвідав Будапешт і провів …", "розширення НАТО загрожує …"
            if phrase.kind == "pronoun" and self.tokens[phrase.first].text.lower() in self.cues.possessives:
                continue  # "Їх підозрюють …": його, її, їх are never the nominative
            if phrase.kind == "anaphor-event":
                continue  # "ці звинувачення відкинули": an event told before is the object, not who acts
            if self._quoted_apart(phrase, i):
                continue  # "«… звільнення Жюльєна Моро», — заявив він": a name quoted is not who speaks
            if phrase.prep is None and "nomn" in phrase.cases:
                group = [p for p in self.phrases[sentence] if p.group == phrase.group and p.first >= left and p.last <= i]
                if self.agrees(verb, group):
                    return group
        # "За умовами домовленості ХАМАС звільнить …", "За підсумками зустрічі сторони підписали …": a
        # name or "сторони" after a noun may be its genitive, but with no other subject it is the verb's.
        for phrase in reversed(self.phrases[sentence]):
            if phrase.last > i or phrase.first < left or id(phrase) in self.frame_phrases or phrase.prep is not None:
                continue
            if self._quoted_apart(phrase, i):
                continue
            if (
                phrase.kind in ("entity", "anaphor-actor") and {"nomn", "gent"} <= phrase.cases
                and self._attached_to_noun(sentence, phrase)
                and not (self._could_be_subject(verb, self.tokens[phrase.first - 1]) and not self._in_prepositional(phrase.first - 1, left))
            ):
                group = [p for p in self.phrases[sentence] if p.group == phrase.group and p.first >= left and p.last <= i]
                if self.agrees(verb, group) and not self._postverbal(phrase, left, i):
                    return group
        # "Туск, пообіцявши, що …, закликав": past an embedded clause, the subject is before it.
        j = i - 1
        while j >= left and self.tokens[j].text.lower() in self.cues.coordinators:
            j -= 1
        if left > 0 and j >= 0 and self.tokens[j].text == "," and not self.cues.relative_pronouns & self.tokens[left - 1].lemmas:
            outer_left = self.clause(left - 1, self.doc.sentences[sentence].first_token, i)[0]
            for phrase in reversed(self.phrases[sentence]):
                if phrase.last > left - 1 or phrase.first < outer_left:
                    continue
                if phrase.prep is None and "nomn" in phrase.cases:
                    group = [p for p in self.phrases[sentence] if p.group == phrase.group and p.last <= left - 1]
                    if self.agrees(verb, group):
                        return group
        if look_right:
            for phrase in self.phrases[sentence]:
                if phrase.first <= i or phrase.first >= min(right, i + 12):
                    continue
                if any(t.text in (",", ";", ":") for t in self.tokens[i + 1 : phrase.first]):
                    break
                k = phrase.first - 1
                while k > i and self.tokens[k].text in QUOTES:
                    k -= 1
                before = self.tokens[k]
                if (
                    k > i and before.pos == "NOUN" and not before.is_capitalised and "gent" in phrase.cases
                    and before.lemma not in apposition_heads()  # "узяло на себе угруповання «ТТП»": its name
                ):
                    continue  # "підозрюють в ударах по енергетиці України": a noun's genitive, not the subject
                if phrase.first - 1 > i and "nomn" not in phrase.cases and "gent" in phrase.cases:
                    continue  # "повідомив Уповноважений Верховної Ради з прав людини Дмитро Лубінець": the office's
                if phrase.first >= i + 6 and not phrase.person:
                    break  # far from the verb only the name after an office is its subject
                if phrase.prep is None and "nomn" in phrase.cases:
                    group = self.group_of(sentence, phrase)
                    # the kind word before a name agrees for it ("узяло на себе угруповання «ТТП»")
                    if self.agrees(verb, group) or k > i and before.lemma in apposition_heads() and self.agrees(
                        verb, [Phrase(k, k + 1, k, [], "role", cases=before.cases, plural=all("plur" in a.tags for a in before.analyses),
                                      genders=frozenset(g for g in GENDERS if before.has(g)))]
                    ):
                        return group
                break
        # "У МЗС Росії пригрозили", "повідомили в Повітряних силах": a body named with "в" speaks.
        if any("plur" in a.tags for a in verb.analyses if a.pos == "VERB"):
            for phrase in self.phrases[sentence]:
                if phrase.prep in self.cues.body_prep and left <= phrase.first < right and abs(phrase.first - i) <= 6:
                    entity = self.doc.entity(phrase.entities[0]) if phrase.entities else None
                    speaking = _verb_reading(verb, self.cues.report_verbs) or self._verbal_trigger(sentence, i)
                    if entity is not None and (
                        entity.type == "ORG" or entity.kind == "seat" or speaking and entity.kind in ("capital", "country")
                    ):
                        # "У Москві заявили", "у Києві розкритикували", "удар розкритикували в Угорщині": a capital
                        # (or, for words, a country) speaks for its government
                        return [phrase]
        # "…, які передавали": the relative pronoun stands for the phrase before the comma.
        if left - 1 >= 0 and self.cues.relative_pronouns & self.tokens[left - 1].lemmas and self.tokens[left - 1].has("nomn"):
            before = [p for p in self.phrases[sentence] if p.last <= left - 1]
            if before:
                group = [p for p in self.phrases[sentence] if p.group == before[-1].group]
                if self.agrees(verb, group):
                    return group
        return None

    def _coast_country(self, s: int, left: int, right: int) -> str | None:
        """The country whose coast or waters the clause names ("біля берегів Венесуели"), or None."""
        for phrase in self.phrases[s]:
            if (
                left <= phrase.first < right and phrase.entities and phrase.first > 0 and "gent" in phrase.cases
                and self.tokens[phrase.first - 1].lemma in self.cues.coast_nouns
            ):
                entity = self.doc.entity(phrase.entities[0])
                return entity.id if entity is not None and entity.kind == "country" else None
        return None

    def _situation_place(self, s: int, i: int, right: int) -> list[str]:
        """The country of "ситуація (ескалація, криза) в X" after the trigger at ``i``, or []."""
        for k in range(i + 1, min(right, i + 8)):
            if self.tokens[k].lemma not in self.cues.situation_nouns:
                continue
            place = next((p for p in self.phrases[s] if k < p.first <= k + 3 and p.prep in self.cues.location_preps), None)
            entity = self.doc.entity(place.entities[0]) if place and place.entities else None
            return [entity.id] if entity is not None and entity.country else []
        return []

    def _relative_clause_doer(self, s: int, right: int, against: bool = False, holding: bool = False) -> list[str]:
        """The subject of a relative clause that opens where the trigger's clause ends (", до якої, за
        їхніми словами, вдається Кремль"), resolved; with ``against``, whom the clause names after "проти"
        ("механізм, який передбачає відновлення санкцій проти Ірану"); [] when none opens there."""
        last = self.doc.sentences[s].last_token
        opening = next((k for k in range(right, min(last, right + 3)) if self._is_boundary(k)), None)
        if opening is None or not self.cues.relative_pronouns & self.tokens[opening].lemmas:
            return []
        if against:
            end = next((k for k in range(opening + 1, last) if self._is_boundary(k)), last)
            hit = next((p for p in self.phrases[s] if opening < p.first < end and self._governed_by(p, "проти", opening + 1)), None)
            return self.resolve(self.group_of(s, hit)) if hit else []
        verbs = [j for j in range(opening + 1, last) if is_finite_verb(self.tokens[j]) and not self._is_boundary(j)]
        if not verbs or holding and self.tokens[verbs[0]].lemma not in self.cues.holding_verbs:
            return []
        end = next((k for k in range(verbs[0] + 1, last) if self._is_boundary(k) or self.tokens[k].text in (";", ":")), last)
        group = self.subject(s, verbs[0], opening + 1, end, look_right=True)
        return self.resolve(group) if group else []

    def _decision_owner(self, s: int, i: int) -> list[Phrase]:
        """The actor whose decision or intention the infinitive at ``i`` completes ("рішення Парижа
        вислати", "намір Варшави закрити кордон"), or []."""
        owner = next((p for p in self.phrases[s] if p.last == i and p.prep is None and "gent" in p.cases), None)
        if owner is None or owner.first == 0 or self.tokens[owner.first - 1].lemma not in self.cues.decision_words:
            return []
        return self.group_of(s, owner)

    def _quoted_apart(self, phrase: Phrase, i: int) -> bool:
        """Whether the phrase lies inside a quote that the word at ``i`` is outside of."""
        return bool(self.quotes) and self._in_quote(phrase.first) is not None and self._in_quote(i) is None

    def _common_subject(self, i: int, left: int) -> bool:
        """Whether the verb at ``i`` has a subject that is no actor right before it ("світ закликає до
        стриманості", "експерти вважають"): then no earlier actor is carried over as its subject."""
        verb = self.tokens[i]
        j = i - 1
        while j >= left and self.tokens[j].pos in ("ADVB", "PRCL"):
            j -= 1
        if j < left or j in self.mentions.at or any(p.first <= j < p.last for p in self.phrases[verb.sentence]):
            return False
        noun = self.tokens[j]
        sentence_start = j == self.doc.sentences[verb.sentence].first_token
        if noun.pos != "NOUN" or noun.is_capitalised and not sentence_start or not noun.has("nomn"):
            return False
        if j - 1 >= left and is_prep(self.tokens[j - 1]):
            return False
        plural_verb = verb.has("plur")
        return any("nomn" in a.tags and a.pos == "NOUN" and (("plur" in a.tags) == plural_verb) for a in noun.analyses)

    def _postverbal(self, phrase: Phrase, left: int, i: int) -> bool:
        """Whether a finite verb other than ``i`` comes before the phrase in the same stretch (then the
        phrase is that verb's object — "відвідав Будапешт і провів …" — not the subject of a later verb).
        A comma or a conjunction after that verb opens a new stretch ("…, однак Київ відкинув")."""
        for j in range(phrase.first - 1, left - 1, -1):
            token = self.tokens[j]
            if token.text == "," or token.pos == "CONJ":
                return False
            if token.pos == "VERB" and is_finite_verb(token):
                return True
        return False

    def _attached_to_noun(self, sentence: int, phrase: Phrase) -> bool:
        """A name right after a common noun that could be its genitive ("розширення НАТО")."""
        k = phrase.first - 1
        while k >= 0 and self.tokens[k].text in QUOTES:
            k -= 1
        token = self.tokens[k] if k >= 0 else None
        if token is None or token.pos != "NOUN" or "gent" not in phrase.cases or token.is_capitalised:
            return False
        if k in self.mentions.in_timex or any(a.pos == "ADJF" for a in token.analyses) or token.lemma in self.cues.date_lead_words:
            return False  # "24 червня Рада ЄС …", "друга делегація …", "Тим часом ЗСУ …"
        j = k - 1
        while j >= 0 and self.tokens[j].pos == "ADJF":
            j -= 1
        if j >= 0 and is_prep(self.tokens[j]):
            return False  # "Після переговорів Макрон …": the noun heads a prepositional phrase
        return not any(p.first <= k < p.last for p in self.phrases[sentence]) and k not in self.mentions.at

    def fill(self, arg: Arg, sentence: int, i: int, left: int, right: int, used: set[int]) -> list[Phrase]:
        """The phrase group that fills a frame slot of the trigger at ``i``, or []."""
        phrases = self.phrases[sentence]
        lo = left if arg.anywhere else i + 1
        hi = right if arg.anywhere else min(right, i + 1 + OBJECT_WINDOW)
        if self.tokens[i].pos == "NOUN" and not arg.anywhere:
            hi = min(hi, self._next_claiming_noun(sentence, i, arg))
        if arg.content:  # the content clause lies past the boundary that ends this one
            hi = min(self.doc.sentences[sentence].last_token, i + 1 + OBJECT_WINDOW)
        for phrase in phrases:
            if phrase.first < lo or phrase.first >= hi or id(phrase) in used:
                continue
            if arg.content:
                if phrase.prep is None and phrase.first > i:
                    return self.group_of(sentence, phrase)
                continue
            if arg.adjacent:
                gap = [t for t in self.tokens[i + 1 : phrase.first] if t.pos not in ("ADJF", "NUMR") and t.text not in QUOTES]
                if not gap and phrase.prep is None and (arg.case is None or arg.case in phrase.cases):
                    return self.group_of(sentence, phrase)
                return []
            if arg.prep:
                if self._governed_by(phrase, arg.prep, max(lo, i + 1) if not arg.anywhere else lo) and (
                    arg.case is None or arg.case in phrase.cases or phrase.prep != arg.prep
                ):
                    return self.group_of(sentence, phrase)
                continue
            # "не підтримає американського проєкту": a negated verb's object in the genitive
            negated_genitive = arg.case == "accs" and self.tokens[i - 1].lemma in self.cues.negation and "gent" in phrase.cases
            if phrase.prep is None and (arg.case in phrase.cases or negated_genitive):
                group_first = min((p for p in phrases if p.group == phrase.group), key=lambda p: p.first)
                if group_first is not phrase and group_first.first > i:
                    continue  # judged with the first of its group ("перемогою України та всієї Європи")
                crosses_verb = any(self.tokens[v].pos == "VERB" for v in range(i + 1, phrase.first))
                if crosses_verb and not (arg.case == "datv" and self._embeds(i)):
                    continue  # "запросив лідера відвідати Москву": Москву is the visit's, not the invitation's
                k = phrase.first - 1
                while k > i and self.tokens[k].text in QUOTES:
                    k -= 1
                # "до саміту НАТО", "в аеропорту «Бориспіль»": a name right after a common noun belongs
                # to that noun (its genitive or apposition), it is not the verb's object.
                attached = ("gent" in phrase.cases or k != phrase.first - 1) and k not in self.mentions.in_timex
                # ("розслідування удару": what an inquiry is into is the inquiry's object)
                closed = bool(self.tokens[k].lemmas & (self.cues.closed_nouns | self.cues.inquiry_nouns))
                # ("першого секретаря посольства Франції": an ordinal read first as a noun agrees, it does not govern)
                governing_noun = self.tokens[k].pos == "NOUN" and not (self.tokens[k].has("ADJF") and self.tokens[k].cases & phrase.cases)
                if k != i and attached and not closed and governing_noun and not any(p.first <= k < p.last for p in phrases):
                    continue
                return self.group_of(sentence, phrase)
        if arg.prep in self.cues.destination_preps and arg.role == "target" and self.tokens[i].pos == "VERB":
            # "У вівторок до Києва з першим візитом прибув прем'єр Австралії": the destination told first
            for phrase in reversed(phrases):
                if left <= phrase.first < i and id(phrase) not in used and phrase.prep == arg.prep and (
                    arg.case is None or arg.case in phrase.cases
                ):
                    return self.group_of(sentence, phrase)
        if (arg.prep, arg.case) == ("з", "ablt") and self.tokens[i].pos == "VERB":
            # "Шольц разом з Туском підписав угоду", "де разом з польським колегою підписали": the partner
            # named with the subject, before the verb.
            for phrase in reversed(phrases):
                if left <= phrase.first < i and id(phrase) not in used and phrase.prep == "з" and "ablt" in phrase.cases:
                    before = phrase.first - 2
                    subject_before = any(p.last == before + 1 and p.prep is None and "nomn" in p.cases for p in phrases)
                    if before >= left and (self.tokens[before].lemma == "разом" or subject_before):
                        return self.group_of(sentence, phrase)
        if arg.case and not arg.prep and not arg.anywhere:
            # "Емірати, яким президент подякував": the relative pronoun that opens the clause is its object.
            relative = [p for p in phrases if p.relative and left - 1 <= p.first < i and id(p) not in used and arg.case in p.cases]
            if relative:
                return [relative[-1]]
        if arg.case == "datv" and not arg.prep:
            # "відмовляє представникам МКЧХ у доступі": the people addressed stand for their body
            owner = self._possessor(sentence, i, hi, used, case="datv")
            if owner:
                return owner
        if arg.case == "accs" and not arg.prep:
            owner = self._possessor(sentence, i, hi, used)
            if owner:
                return owner
            # "Це рішення підтримала Латвія", "Україну відвідав прем'єр Японії": the object fronted before the verb.
            verb = self.tokens[i]
            readings = [a for a in verb.analyses if a.pos == "VERB"]
            impersonal = bool(readings) and all("plur" in a.tags for a in readings)  # "звинуватили": no one named
            fronted = [
                p for p in phrases
                if left <= p.first < i and id(p) not in used and p.prep is None
                and (
                    p.kind == "anaphor-event"
                    or verb.pos == "VERB" and "accs" in p.cases
                    # "Тегеран звинуватили": a singular that cannot be the plural verb's subject is its object
                    and ("nomn" not in p.cases or impersonal and not p.plural and p.entities and p.last == i)
                )
            ]
            if fronted:
                return self.group_of(sentence, fronted[-1])
            # "У Москві навчання Альянсу назвали «провокацією»": a fronted object noun's genitive owner
            owned = [
                p for p in phrases
                if left <= p.first < i and id(p) not in used and p.prep is None and "gent" in p.cases and p.first - 1 >= left
                and self.tokens[p.first - 1].pos == "NOUN" and "accs" in self.tokens[p.first - 1].cases
                and not self.tokens[p.first - 1].is_capitalised
                and verb.pos == "VERB" and impersonal
            ]
            return self.group_of(sentence, owned[-1]) if owned else []
        return []

    def _embeds(self, i: int) -> bool:
        """Whether the trigger at ``i`` embeds an action ("пообіцяв передати Україні …")."""
        hit = self.match(i, self.doc.sentences[self.tokens[i].sentence].first_token, self.doc.sentences[self.tokens[i].sentence].last_token)
        return hit is not None and hit[0].type in self.cues.embedding_types

    def _next_claiming_noun(self, sentence: int, i: int, arg: Arg) -> int:
        """Where the next event noun that takes the same kind of argument starts: a noun's argument does
        not lie past it ("на саміті … ухвалили рішення розпочати переговори … з Україною")."""
        first, last = self.doc.sentences[sentence].first_token, self.doc.sentences[sentence].last_token
        own = self.match(i, first, last)
        for j in range(i + 1, last):
            if self.tokens[j].pos != "NOUN" or (own and j == own[2]):
                continue
            hit = self.match(j, first, last)
            if hit and hit[1] == "NOUN" and any(a.prep == arg.prep and a.case == arg.case for a in hit[0].args):
                return j
        return last

    def _possessor(self, sentence: int, i: int, hi: int, used: set[int], case: str = "accs") -> list[Phrase]:
        """"засудило рішення уряду", "відкинув критику Вашингтона": the object's genitive owner."""
        j = i + 1
        if j + 1 < hi and self.tokens[j].text.lower() in ("з", "із", "зі") and "ablt" in self.tokens[j + 1].cases:
            j += 2  # "зрівняє із землею квартали": past an instrumental adjunct
        k = j
        while k < hi and self.tokens[k].pos == "ADJF" and "ablt" in self.tokens[k].cases:
            k += 1
        if k < hi and self.tokens[k].pos == "NOUN" and self.tokens[k].cases == {"ablt"}:
            j = k + 1  # "атакували ударними дронами порт Ізмаїла": past the means
        while j < hi and (
            str(self.tokens[j].pos) in ("ADJF", "NUMR", "NUM") or self.tokens[j].text in QUOTES
            or self.tokens[j].text.lower() in self.cues.coordinators and j + 1 < hi and self.tokens[j + 1].pos == "ADJF"
        ):
            j += 1  # "засудила «безвідповідальні дії Москви»", "«небезпечні й дестабілізаційні дії» кораблів"
        # The object itself is accusative, or genitive after a numeral ("відбили 12 атак окупантів").
        after_numeral = j > i + 1 and str(self.tokens[j - 1].pos) in ("NUMR", "NUM")
        object_case = {case} | ({"gent"} if after_numeral else set())
        if j >= hi or self.tokens[j].pos != "NOUN" or j in self.mentions.at or not object_case & self.tokens[j].cases:
            return []
        for phrase in self.phrases[sentence]:
            if phrase.first <= j or id(phrase) in used:
                continue
            gap = [t for t in self.tokens[j + 1 : phrase.first] if t.text not in QUOTES]
            if phrase.prep and gap and gap[-1].pos == "PREP":
                gap = gap[:-1]
            # "Дахію — південне передмістя Бейрута": past a dash, the apposition's head takes the object's case
            apposition = bool(gap) and gap[0].text in DASHES
            if apposition:
                gap = gap[1:]
                head = next((k for k, t in enumerate(gap) if t.pos == "NOUN"), None)
                gap = [t for k, t in enumerate(gap) if k != head]
            # "засудило дії Росії"; "засудило поглиблення військової співпраці між Москвою та Пхеньяном".
            genitive_chain = all(t.pos == "ADJF" or (t.pos == "NOUN" and "gent" in t.cases) for t in gap)
            if genitive_chain and len(gap) <= 4 and (
                phrase.prep is None and "gent" in phrase.cases and len(gap) <= 2 or phrase.prep == "між"
            ):
                return self.group_of(sentence, phrase)
            break
        return []

    def _governed_by(self, phrase: Phrase, prep: str, floor: int) -> bool:
        if phrase.prep == prep:
            return True
        # "проти трьох компаній із Казахстану": the preposition governs a common noun before the actor.
        j = phrase.first - 1
        while j >= floor and phrase.first - j <= 5:
            token = self.tokens[j]
            if token.pos == "VERB" or token.text in (",", ".", ";", ":") or self._is_boundary(j):
                return False
            found, _ = canonical_prep(self.tokens, j + 1, floor)
            if found == prep:
                return True
            if found and found not in self.cues.phrase_preps:
                return False  # "з виробництва дронів на території Росії": "на" governs Росії, not "з"
            j -= 1
        return False

    # ------------------------------------------------------------------ triggers
    def match(self, i: int, first: int, last: int) -> tuple[Pattern, str, int] | None:
        """The pattern a word fires (nearest companion word first), its part of speech, and where the
        companion word is (-1 when the pattern needs none)."""
        token = self.tokens[i]
        if not token.is_word or i in self.mentions.at:
            return None
        index = pattern_index()
        best: tuple[int, int, Pattern, str] | None = None
        has_noun = any(a.pos == "NOUN" for a in token.analyses)
        for analysis in token.analyses:
            if has_noun and analysis.pos == "VERB" and analysis.tags & {"1per", "impr"} and not self._in_quote(i):
                continue  # "нападу Росії", "напади хуситів" are nouns; news does not say "I will attack", "attack!"
            for pattern in index.get(analysis.lemma, ()):
                distance = self._with_distance(pattern, i, first, last)
                if distance is None or pattern.without_lemmas and any(
                    _companion_lemmas(t) & pattern.without_lemmas for t in self.tokens[i + 1 : min(last, i + 1 + WITH_AFTER)]
                ):
                    continue
                if pattern.infinitive and not any(
                    "infn" in t.tags for t in self.tokens[i + 1 : min(last, i + 5)]
                ):
                    continue
                key = (abs(distance), pattern.order)
                if best is None or key < best[:2]:
                    best = (abs(distance), pattern.order, pattern, analysis.pos, distance)
        if best is None:
            return None
        return best[2], best[3], (i + best[4] if best[4] != 50 else -1)

    def _with_distance(self, pattern: Pattern, i: int, first: int, last: int) -> int | None:
        if not pattern.with_lemmas:
            return 50
        # a companion word in the condition is not the trigger's ("попередив, що …, якщо Росія не припинить удари")
        last = next(
            (k for k in range(i + 1, min(last, i + WITH_AFTER + 1)) if self.tokens[k].text.lower() in self.cues.condition_conjunctions),
            last,
        )
        for distance in range(1, WITH_AFTER + 1):
            j = i + distance
            if j < last and _companion_lemmas(self.tokens[j]) & pattern.with_lemmas:
                return distance
            j = i - distance
            if distance <= WITH_BEFORE and j >= first and _companion_lemmas(self.tokens[j]) & pattern.with_lemmas:
                return -distance
        return None

    # ------------------------------------------------------------------ the passes
    def run(self) -> tuple[list[Event], list[Claim]]:
        claims = self.find_reports_and_claims()
        self.last_person, self.last_subject = [], []
        previous_paragraph = -1
        for s, sentence in enumerate(self.doc.sentences):
            if sentence.paragraph != previous_paragraph and previous_paragraph >= 0:
                self.last_subject = []
            previous_paragraph = sentence.paragraph
            self.code_sentence(s)
            self._reported_violations(s)
        self.attribute_back_references()
        return self.finish(), claims

    def _reported_violations(self, s: int) -> None:
        """"X відзначила: Іран … постачає Росії зброю попри заборону", "X заявив, що Росія намагається
        знищити енергосистему": reporting what a third party does in defiance of a ban, or tries to do,
        is an accusation of it. A defied ban is told as done; an attempt is only what the speaker says, so
        it stays in the claims and is not an event of its own."""
        defied = self._sentence_has(s, self.cues.violation_phrases)
        for found in [f for f in self.found if f.sentence == s]:
            accused = [a for a in found.source if a not in found.attributed_to]
            if found.pattern.type not in self.cues.violating_types or not found.attributed_to or not accused:
                continue
            attempted = self._attempted(found)
            if not (defied or attempted):
                continue
            report = next((r for r in self.reports[s] if r.speaker == found.attributed_to), None)
            position = report.position if report else found.trigger
            accusation = Found(
                self._accuse_pattern(), position, list(found.attributed_to), accused, s, found.clause,
                found.span, True, attributed_to=list(found.attributed_to), date=found.date, date_source=found.date_source,
            )
            self.found.append(accusation)
            if attempted and not defied:
                self.found.remove(found)

    def _attempted(self, found: Found) -> bool:
        """A verb of trying right before the act ("намагається знищити")."""
        before = self.tokens[max(found.clause[0], found.trigger - 2) : found.trigger]
        return any(t.lemma in self.cues.attempt_verbs for t in before)

    @staticmethod
    def _reject_pattern() -> Pattern:
        return next(p for p in pattern_index()["відкинути"] if p.type == "REJECT")

    def _answers_a_charge(self, s: int, i: int, left: int, right: int) -> bool:
        """Whether a verdict ("назвали абсурдними") is passed on a charge told before ("звинувачення"):
        calling an accusation absurd rejects it."""
        if any(
            p.kind == "anaphor-event" and left <= p.head < right and self.cues.referred_types.get(p.lemma) == "DISAPPROVE"
            for p in self.phrases[s]
        ):
            return True
        # "назвало заяви чеської сторони «безпідставними»": another side's claims called false
        words = self.tokens[left:right]
        return any(self.cues.claim_nouns & t.lemmas for t in words) and any(self.cues.falsity_words & t.lemmas for t in words)

    @staticmethod
    def _accuse_pattern() -> Pattern:
        return next(p for p in pattern_index()["звинуватити"] if p.type == "DISAPPROVE")

    def _person_memory(self, sentence: int, before: int) -> None:
        for phrase in self.phrases[sentence]:
            if phrase.last <= before and phrase.person and phrase.entities and not self._in_quote(phrase.first):
                self.last_person = list(phrase.entities)

    def find_reports_and_claims(self) -> list[Claim]:
        """Reporting verbs with their speakers, direct quotes and reported speech."""
        c = self.cues
        claims: list[Claim] = []
        self.quotes = self._find_quotes()
        last_person: list[str] = []
        for s, sentence in enumerate(self.doc.sentences):
            first, last = sentence.first_token, sentence.last_token
            for i in range(first, last):
                token = self.tokens[i]
                for phrase in self.phrases[s]:
                    # a person named inside a quote is not who "— заявив він" refers to
                    if phrase.first == i and phrase.person and phrase.entities and not self._in_quote(i):
                        last_person = list(phrase.entities)
                if not token.is_word:
                    continue
                if is_finite_verb(token) and _verb_reading(token, c.report_verbs):
                    left, right = self.clause(i, first, last)
                    tail = i - 1 >= first and (self.tokens[i - 1].text in DASHES or self.tokens[i - 1].text == ",")
                    group = self.subject(s, i, left, right, look_right=True)
                    speaker: list[str] = []
                    if group:
                        self.last_person = last_person
                        speaker = self.resolve(group)
                    addressee = [p for p in self.phrases[s] if p.first > i and p.first <= i + 3 and p.prep is None and "datv" in p.cases]
                    report = Report(i, speaker, self.resolve(self.group_of(s, addressee[0])) if addressee else [], tail=tail)
                    report.frame = i - 1 >= first and self.tokens[i - 1].text.lower() in c.as_words  # "Як повідомляє Kyodo, …"
                    self.reports[s].append(report)
                    if speaker and any(p.person for p in (group or [])):
                        last_person = speaker
                elif self._frame_at(i, last):
                    span = self._frame_at(i, last)
                    if self.tokens[i + 1].text.lower() in c.possessives:  # "за його словами": the last person named
                        self.reports[s].append(Report(i, list(last_person), frame=True))
                        continue
                    phrase = next((p for p in self.phrases[s] if p.first >= i + span and p.first <= i + span + 4), None)
                    if phrase and not any(t.text in (",", ":", ";") for t in self.tokens[i + span : phrase.first]):
                        # "За даними розвідки, Іран …": a source not named; the clause's subject is no source.
                        self.reports[s].append(Report(i, self.resolve(self.group_of(s, phrase)), frame=True))
                        self.frame_phrases.update(id(p) for p in self.group_of(s, phrase))
            self._title_tail(s, first, last)
        self._quote_speakers()
        for quote in self.quotes:
            start, end = self.tokens[quote.start].start, self.tokens[quote.end - 1].end
            claims.append(Claim(start, end, self.doc.text[start:end], speaker=quote.speaker[0] if quote.speaker else None, direct=True))
        claims.extend(self._reported_speech())
        claims.sort(key=lambda claim: claim.start)
        return claims

    def _speech_frame_at(self, i: int, frame: tuple[str, ...]) -> bool:
        """Whether a speech frame ("за словами", "за його словами") starts at ``i``."""
        words = [t for t in self.tokens[i : i + len(frame) + 1] if t.text.lower() not in self.cues.possessives]
        return len(words) >= len(frame) and all(w in t.lemmas or t.text.lower() == w for t, w in zip(words, frame, strict=False))

    def _frame_at(self, i: int, last: int) -> int:
        """Length of a source frame starting at ``i`` ("за даними", "за його словами"), or 0."""
        token = self.tokens[i]
        if token.text.lower() not in self._frame_firsts and token.lemma not in self._frame_firsts:
            return 0
        for frame in self.cues.source_frames:
            for skip in (0, 1):  # a possessive pronoun may sit after the preposition: "за його словами"
                if skip and (i + 1 >= last or self.tokens[i + 1].text.lower() not in self.cues.possessives):
                    continue
                positions = [i] + [i + k + skip for k in range(1, len(frame))]
                if positions[-1] < last and all(
                    self.tokens[p].text.lower() == word or word in self.tokens[p].lemmas for p, word in zip(positions, frame, strict=True)
                ):
                    return len(frame) + skip
        return 0

    def _title_tail(self, s: int, first: int, last: int) -> None:
        """"Переговори … тривають, - розвідка Британії": a source after a dash ends the sentence."""
        for j in range(last - 1, first, -1):
            if self.tokens[j].text in DASHES and self.tokens[j - 1].text == ",":
                tail = [p for p in self.phrases[s] if p.first > j]
                if tail and not any(is_finite_verb(t) for t in self.tokens[j + 1 : last]):
                    self.reports[s].append(Report(j, self.resolve(self.group_of(s, tail[0])), tail=True))
                return

    def _find_quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        tokens = self.tokens
        open_at: int | None = None
        open_char = ""
        paragraph_of = {}
        for sentence in self.doc.sentences:
            for i in range(sentence.first_token, sentence.last_token):
                paragraph_of[i] = sentence.paragraph
        for i, token in enumerate(tokens):
            text = token.text
            if open_at is not None and paragraph_of.get(i) != paragraph_of.get(open_at):
                open_at = None
            if text in "«„“" and open_at is None:
                open_at, open_char = i, text
            elif text in "»”" and open_at is not None and open_char != '"':
                self._add_quote(quotes, open_at, i)
                open_at = None
            elif text == '"':
                if open_at is None:
                    open_at, open_char = i, text
                elif open_char == '"':
                    self._add_quote(quotes, open_at, i)
                    open_at = None
        return quotes

    def _add_quote(self, quotes: list[Quote], opening: int, closing: int) -> None:
        words = [t for t in self.tokens[opening + 1 : closing] if t.is_word]
        if len(words) >= 3:
            quotes.append(Quote(opening + 1, closing, []))

    def _quote_speakers(self) -> None:
        for quote in self.quotes:
            s_end = self.tokens[quote.end - 1].sentence
            s_start = self.tokens[quote.start].sentence
            after = [r for r in self.reports[s_end] if r.position > quote.end and r.position <= quote.end + 4]
            before = [r for r in self.reports[s_start] if r.position < quote.start and not r.frame]
            if after:
                quote.speaker = after[0].speaker
            elif before:
                quote.speaker = before[-1].speaker

    def _reported_speech(self) -> list[Claim]:
        """"X заявив, що …" and "за словами X, …": the reported content, up to a conjoined predicate
        of the main clause ("…, і закликав …") or the end of the sentence."""
        claims = []
        for s, reports in enumerate(self.reports):
            last = self.doc.sentences[s].last_token
            for report in reports:
                if report.tail:
                    continue
                if report.frame:
                    if not any(self._speech_frame_at(report.position, frame) for frame in self.cues.speech_frames):
                        continue
                    j = report.position + 2
                    while j < last and self.tokens[j].text != ",":
                        j += 1
                else:
                    j = report.position + 1
                    while j < last and j <= report.position + 8 and self.tokens[j].lemma not in self.cues.complementizer and self.tokens[j].text != ":":
                        j += 1
                    if j > report.position + 8 or (j < last and self.tokens[j].text == ":"):
                        continue
                if j >= last:
                    continue
                start_token, end_token = j + 1, last
                for k in range(start_token + 1, last - 2):
                    if (
                        self.tokens[k].text == ","
                        and self.tokens[k + 1].text.lower() in self.cues.coordinators
                        and is_finite_verb(self.tokens[k + 2])
                    ):
                        end_token = k
                        break
                while end_token - 1 > start_token and not self.tokens[end_token - 1].is_word and self.tokens[end_token - 1].text not in QUOTES:
                    end_token -= 1
                if end_token <= start_token or self._in_quote(start_token):
                    continue
                start, end = self.tokens[start_token].start, self.tokens[end_token - 1].end
                speaker = report.speaker[0] if report.speaker else None
                claims.append(Claim(start, end, self.doc.text[start:end], speaker=speaker, direct=False))
        return claims

    def code_sentence(self, s: int) -> None:
        """Code every trigger of a sentence in order, so a subject found early carries to later verbs."""
        sentence = self.doc.sentences[s]
        first, last = sentence.first_token, sentence.last_token
        self.sentence = s
        sentence_subject: list[str] = []
        consumed: set[int] = set()  # companion words of a trigger already coded ("запровадила … санкцій")
        embedding: list[int] = []  # triggers that embed the next action ("пообіцяв передати")
        threats: list[int] = []  # threats whose embedded action is coded as future
        for i in range(first, last):
            hit = self.match(i, first, last) if i not in consumed else None
            token = self.tokens[i]
            is_report = is_finite_verb(token) and _verb_reading(token, self.cues.report_verbs)
            if hit is None:
                if is_report:
                    report = next((r for r in self.reports[s] if r.position == i), None)
                    if report and report.speaker:
                        sentence_subject = report.speaker
                        self.last_subject = report.speaker
                    self._person_memory(s, i + 3)
                continue
            pattern, pos, companion = hit
            if any(self._embedded(e, i) for e in embedding):
                continue
            if pos == "NOUN" and (
                self._object_of_trigger(i, first, last) or self._referred_back(i, first) or self._fronted_companion(i, first, last)
                or self._conditional(i, first)
            ):
                continue
            found = self.code_trigger(s, i, pattern, pos, sentence_subject)
            if found is None:
                continue
            if companion >= 0:
                consumed.add(companion)
                # "призупинили частину програм допомоги Нігеру": companion words right after the companion
                # are its object too ("рішення ЄС про виділення" keeps the topic an event of its own)
                j = companion + 1
                while j < last and _companion_lemmas(self.tokens[j]) & pattern.with_lemmas:
                    consumed.add(j)
                    j += 1
            if pattern.type in self.cues.embedding_types:
                embedding.append(i)
            if pattern.type in self.cues.threat_types:
                threats.append(i)
            elif any(self._embedded(t, i) for t in threats):
                found.modality = "future"  # "пригрозили запровадити санкції": threatened, not done
            if found.verbal and found.source and not found.carried:
                sentence_subject = found.source
            self.found.extend(self._one_each_way(found) if pattern.mutual else self._separate_meetings(found, companion))
            self._person_memory(s, i)
        self._remember_subject(s, first, last)
        self._own_side_threats(s, first, last)
        self._gapped(s, first, last)
        self._aid_to_the_host(s)
        self._fill_nested(s)
        self._credit_the_thanked(s)
        self._attackers_named(s, first, last)
        self._helped_acts(s)
        self._share_addressee(s)

    def _attackers_named(self, s: int, first: int, last: int) -> None:
        """"… обстріляли конвой. За даними OCHA, нападники ймовірно були бійцями СШР": the attackers named
        after an attack told without its doer become its source (hedged as the naming is)."""
        for k in range(first, last - 2):
            if not self.tokens[k].lemmas & self.cues.attacker_nouns or not self.tokens[k].has("nomn"):
                continue
            verb = next((j for j in range(k + 1, min(last, k + 4)) if self.tokens[j].lemma == "бути"), None)
            # "були бійцями СШР", "були бійцями армії Руанди": the named actor, or the genitive of a fighters' noun
            named = verb is not None and verb + 1 < last and "ablt" in self.tokens[verb + 1].cases and next(
                (p for p in self.phrases[s] if verb < p.first <= verb + 3 and p.prep is None and p.entities), None
            )
            attack = self._latest(lambda f: f.pattern.type in self.cues.place_target_types and not f.source and f.sentence >= s - 1)
            if not named or attack is None:
                continue
            attack.source = [x for x in self.resolve(self.group_of(s, named)) if x not in attack.target]
            if any(t.lemma in self.cues.hedges for t in self.tokens[first:last]):
                attack.modality = "hedged"
            return

    def _struck_object(self, group: list[Phrase]) -> bool:
        return any(self.tokens[p.head].lemma in self.cues.struck_objects for p in group)

    def _goods_country(self, s: int, i: int, right: int) -> list[str]:
        """The country whose goods a sanction bans ("російських діамантів"), when the text names it."""
        adjectives = country_adjectives()
        for j in range(i + 1, min(right, i + 10) - 1):
            code = adjectives.get(self.tokens[j].lemma)
            k = j + 1  # "російського «тіньового флоту»": past quotes and adjectives to the noun
            while k < right - 1 and (self.tokens[k].text in QUOTES or self.tokens[k].pos == "ADJF"):
                k += 1
            if code and self.tokens[j].pos == "ADJF" and self.cues.sanctioned_goods & self.tokens[k].lemmas:
                country = next((e for e in self.doc.entities if e.type == "LOC" and e.actor_code == code), None)
                return [country.id] if country else []
        return []

    def _accession_parties(self, s: int, i: int, right: int) -> list[str]:
        for j in range(i + 1, min(right, i + 4) - 1):
            if self.tokens[j].text.lower() == "про" and self.tokens[j + 1].lemma in self.cues.accession_nouns:
                phrase = next((p for p in self.phrases[s] if p.first == j + 2 and p.prep is None), None)
                return self.resolve(self.group_of(s, phrase)) if phrase else []
        return []

    def _border_partner(self, i: int, source: list[str]) -> list[str]:
        """The country across the border last named as "кордон з X" before ``i``, unless it is the source's."""
        own = {self._country(x) for x in source}
        for j in range(i - 1, 1, -1):
            if self.tokens[j - 2].lemma == "кордон" and self.tokens[j - 1].text.lower() in ("з", "із") and j in self.mentions.at:
                entity_id = self.mentions.at[j][0]
                if self._country(entity_id) not in own:
                    return [entity_id]
        return []

    def _named_after_companion(self, s: int, i: int, right: int, pattern: Pattern) -> list[str]:
        """The name right after the trigger's companion noun, in the dative or genitive: whom the aid was
        for ("програм допомоги Нігеру"), whose assets were frozen ("активи російського Центробанку")."""
        for phrase in self.phrases[s]:
            if not i < phrase.first < right or phrase.prep is not None or not {"datv", "gent"} & phrase.cases:
                continue
            before = self.tokens[phrase.first - 1]
            if _companion_lemmas(before) & pattern.with_lemmas:
                return self.resolve([phrase])
        return []

    def _who_acted_against(self, side: list[str]) -> list[str]:
        """The source of the latest event aimed at ``side``'s country (what a retaliation answers): a
        sanction, threat or attack before a mere call ("в разі повернення санкцій … вийде з ДНЯЗ" answers
        the sanctions threatened, not the IAEA's appeal told after them)."""
        countries = {self._country(x) for x in side}

        def aimed(f: Found) -> bool:
            return bool(countries & {self._country(x) for x in f.target})

        hostile = THREAT_TYPES | self.cues.threat_types
        found = self._latest(lambda f: aimed(f) and f.pattern.type in hostile) or self._latest(aimed)
        return [x for x in found.source if self._country(x) not in countries][:1] if found else []

    def _last_struck(self) -> list[str]:
        found = self._latest(lambda f: f.pattern.type in ("FIGHT", "ASSAULT") and f.pattern.mode != "air-defence" and bool(f.target))
        return found.target[:1] if found else []

    def _latest(self, wanted) -> Found | None:
        """The latest event coded so far that ``wanted`` accepts: what "the attack", "the charge", "the
        side that struck" and other back references look for."""
        return next((f for f in reversed(self.found) if wanted(f)), None)

    def _remember_subject(self, s: int, first: int, last: int) -> None:
        """A person who is the subject of a sentence with no event is still who "він" next refers to
        ("Туск пообіцяв допомогти водіям. Водночас він розкритикував Єврокомісію")."""
        if any(f.sentence == s and f.source for f in self.found):
            return
        for phrase in self.phrases[s]:
            if not (phrase.person and phrase.entities and phrase.prep is None and "nomn" in phrase.cases):
                continue
            if self._in_quote(phrase.first) or id(phrase) in self.frame_phrases:
                continue
            after = self.tokens[phrase.last : min(last, phrase.last + 3)]
            # "Рютте переконаний, що …": a predicative adjective before a clause is a predicate too
            predicative = bool(after) and after[0].pos == "ADJF" and len(after) > 1 and after[1].text == ","
            if predicative or any(is_finite_verb(t) for t in after):
                self.last_subject = list(phrase.entities)
                self.last_person = list(phrase.entities)
            return

    def _separate_meetings(self, found: Found, companion: int) -> list[Found]:
        """"провів зустрічі з прем'єром Індії та президентом Бразилії", "підписав безпекові угоди з
        президентом Литви та прем'єркою Естонії": a plural "зустрічі" or "угоди" is one with each of them."""
        if found.pattern.type not in ("CONSULT", "AGREE") or companion < 0 or len(found.target) < 2:
            return [found]
        accusatives = [a for a in self.tokens[companion].analyses if "accs" in a.tags]
        if not accusatives or not all("plur" in a.tags for a in accusatives):
            return [found]
        return [
            replace(found, source=list(found.source), target=[target], attributed_to=list(found.attributed_to))
            for target in found.target
        ]

    def _aid_to_the_host(self, s: int) -> None:
        """"Рінкевичс прибув до Києва … Він також оголосив про новий пакет допомоги": aid named with no
        receiver goes to the side its giver last visited or met."""
        aid = [f for f in self.found if f.sentence == s and f.pattern.type == "AID"]
        if any(f.target for f in aid):
            return  # "надання військової підтримки російським силам": the sentence names its receiver
        for found in [f for f in aid if f.source]:
            givers = {self._country(x) for x in found.source}
            for other in reversed(self.found[: self.found.index(found)]):
                if other.pattern.type != "CONSULT" or other.pattern.mode not in ("visit", "meeting") or other.sentence < s - 4:
                    continue
                sides = other.source + other.target
                if givers & {self._country(x) for x in sides}:
                    found.target = [x for x in sides if self._country(x) not in givers][:1]
                    break

    def _own_side_threats(self, s: int, first: int, last: int) -> None:
        """"Байден попередив, що Вашингтон не вагатиметься застосувати заходи", "Кім Йо Чжон заявила, що
        Пхеньян відповість нищівним ударом": a speaker who says their own side will strike back or act
        threatens (a warning about one's own future act is a threat, not a disapproval)."""
        for report in self.reports[s]:
            if not report.speaker or report.frame or report.tail:
                continue
            content = self._content_clause_start(report.position, last)
            if content is None:
                continue
            speaker_countries = {self._country(x) for x in report.speaker}
            left, right = self.clause(content + 1, first, last)
            verbs = [j for j in range(content + 1, right) if is_finite_verb(self.tokens[j])]
            if not verbs:
                continue
            verb = verbs[0]
            group = self.subject(s, verb, content + 1, right, look_right=False)
            doers = {self._country(x) for x in self.resolve(group)} if group else set()
            own = doers & speaker_countries
            warned = _verb_reading(self.tokens[report.position], self.cues.warning_verbs)
            future = any("futr" in a.tags for t in self.tokens[verb : min(right, verb + 3)] for a in t.analyses)
            retaliating = any(t.lemma in self.cues.retaliation_verbs for t in self.tokens[verb : min(right, verb + 4)])
            # "попередило, що кораблі супроводу вживуть заходів, якщо грецькі судна спробують завадити": a
            # retaliation with no other side named as its doer, on a condition, makes the warning a threat
            conditional = warned and retaliating and not doers - speaker_countries and any(
                self.tokens[k].text.lower() in self.cues.condition_conjunctions for k in range(verb, last)
            )
            if not ((own or conditional) and future and (warned or retaliating)):
                continue
            told = [f for f in self.found if f.sentence == s and (f.trigger == report.position or content < f.trigger < right)]
            self.found = [f for f in self.found if not any(f is t for t in told)]
            threat = next(p for p in pattern_index()["пригрозити"] if p.type == "THREATEN")
            # aimed at the side that acted against the speaker's ("в разі повернення санкцій … вийде з ДНЯЗ")
            aimed = [x for x in self._who_acted_against(list(report.speaker)) if self._country(x) not in speaker_countries]
            found = Found(threat, report.position, list(report.speaker), aimed, s, (left, right), (report.position, right), True)
            # "Пекін вживе відповідних заходів щодо Литви": aimed where the act told in the content was
            found.target = found.target or _uniq([x for t in told for x in t.target if x not in found.source]) or self._condition_subject(found)
            found.date, found.date_source = self._date(s, found)
            self.found.append(found)

    def _told_with(self, found: Found, lemma: str) -> bool:
        """Whether the event's trigger or its companion word right after it ("завдали ударів") is ``lemma``."""
        return any(t.lemma == lemma for t in self.tokens[found.trigger : min(found.clause[1], found.trigger + 3)])

    def _gapped(self, s: int, first: int, last: int) -> None:
        """"ХАМАС звільнить 20 заручників, а Ізраїль - 60 в'язнів", "США дадуть 100 млн, а Британія —
        50 млн": a second subject after ", а" and a dash repeats the verb left out. The copy has the new
        subject; a release between the two sides goes to the other side, each way."""
        for found in [f for f in self.found if f.sentence == s and f.verbal and f.source]:
            for k in range(found.trigger + 1, last - 3):
                if self.tokens[k].text != "," or self.tokens[k + 1].text.lower() != "а":
                    continue
                phrase = next((p for p in self.phrases[s] if p.first == k + 2 and p.prep is None and "nomn" in p.cases), None)
                if phrase is None or phrase.last >= last or self.tokens[phrase.last].text not in DASHES:
                    continue
                rest = self.tokens[phrase.last + 1 : last]
                if any(is_finite_verb(t) for t in rest) or any(t.text in (",", ";") for t in rest):
                    continue
                source = [x for x in self.resolve(self.group_of(s, phrase)) if x not in found.source]
                if not source:
                    continue
                copy = replace(found, source=source, target=[t for t in found.target if t not in source],
                               attributed_to=list(found.attributed_to), carried=False)
                if found.pattern.mutual or found.pattern.mode == "release":
                    found.target = found.target or list(source)
                    copy.target = copy.target or list(found.source)
                self.found.append(copy)
                break

    def _one_each_way(self, found: Found) -> list[Found]:
        """"Україна та Росія провели обмін полоненими": an exchange between two sides is one release by
        each side to the other (a directed event needs its target)."""
        sides = _uniq(found.source + found.target)
        if len(sides) != 2:
            return [found]
        return [
            replace(found, source=[giver], target=[taker], attributed_to=list(found.attributed_to))
            for giver, taker in (sides, sides[::-1])
        ]

    def _embedded_act(self, s: int, i: int) -> Found | None:
        """The action embedded under the trigger at ``i`` ("пообіцяв передати Україні …", "запропонувала
        призупинити безвіз"), coded without keeping it; None when there is none."""
        sentence = self.doc.sentences[s]
        content = self._content_clause_start(i, sentence.last_token)
        for j in range(i + 1, min(sentence.last_token, (content or i) + 14)):
            hit = self.match(j, sentence.first_token, sentence.last_token)
            if hit and (self._embedded(i, j) or content is not None and j > content):
                saved = (list(self.last_subject), list(self.found))
                inner = self.code_trigger(s, j, hit[0], hit[1], [])
                self.last_subject, self.found = saved
                return inner
        return None

    def _embedded_targets(self, s: int, i: int, conflict: bool = False) -> list[str]:
        """Targets of the action embedded under the trigger at ``i``; with ``conflict`` a threatened act
        counts too ("пригрозив заблокувати рішення ЄС": a threat to the EU)."""
        inner = self._embedded_act(s, i)
        if inner is None or not conflict and "cooperation" not in plover_code(inner.pattern.type, inner.pattern.mode)[1]:
            return []  # a promised sanction or strike is a threat, coded on its own
        return list(inner.target)

    def _content_clause_start(self, i: int, last: int) -> int | None:
        """Where "…, що" opens the content clause right after the trigger ("пообіцяв, що ЄС виділить …")."""
        if i + 2 < last and self.tokens[i + 1].text == "," and self.tokens[i + 2].lemma in self.cues.complementizer:
            return i + 2
        return None

    def _embedded(self, embedding: int, i: int) -> bool:
        """Whether the trigger at ``i`` lies in the complement of the one at ``embedding``: after it in
        the same clause with no finite verb between ("закликав Угорщину не блокувати фінансову допомогу")."""
        if is_finite_verb(self.tokens[i]) or not 0 < i - embedding <= 8 and not self._second_infinitive(embedding, i):
            return False  # a finite verb is a predicate of its own ("відкинув критику і звинуватив …")
        between = range(embedding + 1, i)
        j = i - 1
        while j > embedding and self.tokens[j].pos == "ADJF":
            j -= 1
        if self.tokens[j].lemma in self.cues.topic_preps and j - 1 > embedding and self.tokens[j - 1].pos == "NOUN":
            return False  # "заблокувала рішення ЄС про виділення …": the topic of another noun, with its own owner
        return not any(is_finite_verb(self.tokens[k]) or self._is_boundary(k) for k in between)

    def _second_infinitive(self, embedding: int, i: int) -> bool:
        """"закликав владу перерахувати голоси під міжнародним наглядом і негайно звільнити затриманих": an
        infinitive joined by "і" to one the trigger embeds is embedded too, however long the first one runs."""
        if "infn" not in self.tokens[i].tags or i - embedding > 24:
            return False
        first = next((k for k in range(embedding + 1, min(i, embedding + 9)) if "infn" in self.tokens[k].tags), None)
        # (or a comma: "зажадав визнати провину, вибачитися та виплатити компенсацію")
        return first is not None and any(
            self.tokens[k].text.lower() in self.cues.coordinators or self.tokens[k].text == "," for k in range(first + 1, i)
        )

    def code_trigger(self, s: int, i: int, pattern: Pattern, pos: str, sentence_subject: list[str]) -> Found | None:
        """One event from a trigger: subject (or carried subject), frame arguments, passive agent, topic
        owner, then place, modality, attribution and date; None when it names too few actors."""
        sentence = self.doc.sentences[s]
        first, last = sentence.first_token, sentence.last_token
        if pattern.not_after and any(t.lemma in pattern.not_after for t in self.tokens[max(first, i - 2) : i]):
            return None
        left, right = self.clause(i, first, last)
        if pattern.type in self.cues.place_target_types and self._figurative_target(i, right):
            return None  # "б'є по її енергетичних інтересах", "напад на енергетичну безпеку": no arms used
        if (
            left > first and self.tokens[left - 1].text.lower() in self.cues.condition_conjunctions
            and not any(t.text == "," for t in self.tokens[left:i])
        ):
            return None  # "якщо філіппінська сторона порушуватиме …, ми …": a condition supposed, not told
        if self._in_accused_content(s, left):
            return None  # "звинуватила владу в тому, що вона «відмовляється …»": the charge, not an act told
        if pattern.mode == "condemn" and "назвати" in pattern.lemmas and self._answers_a_charge(s, i, left, right):
            pattern = self._reject_pattern()
        token = self.tokens[i]
        verbal = pos == "VERB"
        speaker = self._speaker_for(s, i)
        plural_speaker = self._plural_speaker(s, i)
        # The subject first, so an object that refers back ("з країною") can skip it.
        subject_group: list[Phrase] | None = None
        subject_ids: list[str] = []
        carried = False
        fallback: list[str] = []
        finite = verbal and is_finite_verb(token) and "Impe" not in token.tags
        subject_role = pattern.subject
        # "санкції, запроваджені Євросоюзом", "журналіста затримано": the subject of a passive form is
        # what is done to; a bare instrumental names who does it.
        passive = pattern.pos == "verb" and pos in ("ADJF", "VERB") and (token.has("pssv") or "Impe" in token.tags)
        if passive and subject_role == "source":
            subject_role = "target"
        if subject_role == "none" and pos == "NOUN":
            governing = self._governing_verb(i, left)
            if governing is not None and i - governing <= 3 and self.tokens[governing].lemma in self.cues.light_verbs:
                subject_role = "source"  # "Росія здійснила атаку дронами"
        if pos == "NOUN" and self._after_causal_prep(i, left):
            subject_role = "none"  # "протест через військові навчання": a reason, not the subject's act
        if "infn" in token.tags and self._permitted(i, left):
            return None  # "дозвіл Заходу бити по Росії": an act allowed or banned is not told as done
        if subject_role != "none":
            governing = i if finite or pos == "ADJF" else self._governing_verb(i, left)
            if governing is None and pos == "NOUN":
                # "Орбан після зустрічі з Путіним відвідав Пекін": the clause's verb comes after the noun.
                governing = next((j for j in range(i + 1, right) if self.tokens[j].pos == "VERB" and is_finite_verb(self.tokens[j])), None)
            if governing is not None and not (pos == "NOUN" and self._topic_noun(i, governing, pattern)):
                look_right = finite and (not any(a.case == "accs" and not a.prep for a in pattern.args) or self._fronted_object(s, i, left))
                # "Посередником виступила Туреччина": a noun before its verb, the subject after it.
                look_right = look_right or (pos == "NOUN" and governing > i)
                subject_group = self.subject(s, governing, left, right, look_right=look_right)
            if not subject_group and subject_role == "target":
                # "розширення НАТО загрожує …": what is said of a thing is said of its owner.
                owners = [p for p in self.phrases[s] if left <= p.first < i and self._attached_to_noun(s, p)]
                subject_group = self.group_of(s, owners[-1]) if owners else None
            if subject_group:
                subject_ids = self.resolve(subject_group, speaker=plural_speaker)
                carried = any(p.kind not in ("entity", "role") for p in subject_group)
            elif left > 0 and self.cues.relative_pronouns & self.tokens[left - 1].lemmas and self.tokens[left - 1].has("nomn"):
                pass  # "декларацію, яка назвала …": the relative clause's subject is its antecedent, not an actor
            elif (finite or pos == "ADJF" or "infn" in token.tags) and not (finite and self._common_subject(i, left)):
                fallback = list(sentence_subject) or list(self.last_subject)
            elif governing is not None and pos == "NOUN" and not self._topic_noun(i, governing, pattern) and not (
                governing > i and token.has("nomn") and not any(t.pos == "PREP" for t in self.tokens[left:i])
            ):  # "постачання зброї лише затягує війну": the noun is its clause's subject, done by no one named
                fallback = list(sentence_subject)
        used: set[int] = {id(p) for p in subject_group or []}
        source: list[str] = []
        target: list[str] = []
        span_lo, span_hi = i, i
        for phrase in subject_group or []:
            span_lo, span_hi = min(span_lo, phrase.first), max(span_hi, phrase.last - 1)
        nested = False
        for arg in pattern.args:
            if arg.nested:
                nested = True
                continue
            group = self.fill(arg, s, i, left, right, used)
            if not group:
                continue
            if arg.prep == "між" and arg.role == "participants" and subject_ids and all(p.kind == "anaphor-actor" for p in group):
                continue  # "… парафували договір між двома країнами": the subject already names the two
            for phrase in group:
                used.add(id(phrase))
                span_lo, span_hi = min(span_lo, phrase.first), max(span_hi, phrase.last - 1)
            ids = self.resolve(group, exclude=source + (subject_ids or fallback), speaker=plural_speaker)
            role = arg.role
            if arg.prep == "між" and role == "target":
                # "закрив пункт пропуску — перехід між двома країнами": the other of the two is the target
                doers = {self._country(x) for x in (subject_ids or fallback or source)}
                ids = [x for x in ids if self._country(x) not in doers] or ids
            if pos == "NOUN" and pattern.type in self.cues.place_target_types and self._struck_object(group):
                role = "target"  # "обстріл вірменських позицій": positions are struck, they do not strike
            # "між A та B" names every participant: the clause subject is then not one of them.
            (source if role in ("source", "participants") else target).extend(ids)
        if pos == "NOUN" and pattern.type in self.cues.place_target_types:
            # "обстріли Харкова": a town's genitive is what is struck, a country's ("напад Росії") who strikes.
            struck = [x for x in source if (e := self.doc.entity(x)) is not None and e.kind in ("city", "region", "settlement")]
            source = [x for x in source if x not in struck]
            target.extend(x for x in struck if x not in target)
        accused = self._accused_of(s, i, left, right) if pos == "NOUN" and pattern.type == "AID" and source else []
        if accused and not set(accused) & set(source):
            # "звинуватив ОАЕ у постачанні СШР зброї": the accused supplies; the name after the noun receives
            target = _uniq(target + [x for x in source if x not in accused])
            source = []
        if pos == "NOUN" and not source:
            accused = accused or self._accused_of(s, i, left, right) or self._involved_in(s, i)
            if accused:  # "звинуватили Іран у постачанні дронів": the accused is who supplies
                source, subject_ids, fallback = [x for x in accused if x not in target], [], []
        if pos == "NOUN" and not source and any(a.adjacent and a.role == "source" for a in pattern.args):
            source.extend(self._possessive_owner(i, left))  # "виконає всі її вимоги", "його візит"
        if passive:
            agent = next(
                (p for p in self.phrases[s] if left <= p.first < right and p.prep is None and p.cases == {"ablt"} and id(p) not in used),
                None,
            )
            if agent is not None:
                used.add(id(agent))
                source.extend(self.resolve(self.group_of(s, agent)))
            elif pattern.type == "COERCE" and not source:
                # "СБУ розслідує підпал. … Двох підозрюваних уже затримано": the investigators arrest
                paragraph = self.doc.sentences[s].paragraph
                inquiry = self._latest(
                    lambda f: f.pattern.type == "INVESTIGATE" and f.source and self.doc.sentences[f.sentence].paragraph == paragraph
                )
                source.extend(inquiry.source if inquiry else [])
        if not subject_ids and pos == "NOUN" and subject_role != "none":
            owner = self._topic_owner(s, i)  # "рішення ЄС про виділення Україні …"
            if owner:
                subject_ids, fallback = self.resolve(owner), []
        if "infn" in token.tags and subject_role != "none":
            owner = self._decision_owner(s, i)  # "на рішення Парижа вислати російського дипломата"
            if owner:
                subject_ids, fallback, carried = self.resolve(owner), [], False
        if not subject_ids and not fallback and verbal and not (finite and self._common_subject(i, left)):
            # "Естонія не виключає, що також закриє кордон" (but "…, що хакери атакували …" has a subject)
            fallback = self._governing_subject(s, left)
        if not subject_ids and fallback and not (pattern.subject == "source" and source):
            subject_ids, carried = fallback, True
        if pattern.speaker_role == "source":
            source.extend(speaker)
            if pattern.subject == "target":
                target.extend(subject_ids)
        elif subject_role == "target":
            target.extend(subject_ids)
        elif subject_role in ("source", "participants") and not source:
            source.extend(subject_ids)
        source = _uniq(source)
        target = [t for t in _uniq(target) if t not in source]
        if not target and pattern.type == "REJECT" and any(
            self.cues.charge_nouns & t.lemmas for t in self.tokens[max(left, i - 3) : min(right, i + 4)]
        ):
            # "У Белграді звинувачення в шпигунстві відкинули": rejecting a charge answers the accuser
            target = [x for x in self._anaphor_event(source, "звинувачення") if x not in source]
        if not target and verbal and pattern.type in self.cues.relative_target_types:
            # "засудили «дипломатію заручників», до якої вдається Кремль": the doer of what is condemned
            target = [x for x in self._relative_clause_doer(s, right) if x not in source]
        if pattern.symmetric and not source and len(target) >= 2:
            source, target = target, []
        participants = _uniq(source + target)
        if pattern.type == "CONSULT" and len(participants) < 2:
            # "розпочала переговори про вступ України та Молдови": the candidates are the other party
            target.extend(x for x in self._accession_parties(s, i, right) if x not in source and x not in target)
            participants = _uniq(source + target)
        if len(participants) < pattern.min_actors and pattern.type in self.cues.embedding_types:
            # "Лідери G7 пообіцяли продовжувати підтримувати Україну": the promise is to whom the action is.
            target.extend(t for t in self._embedded_targets(s, i) if t not in source and t not in target)
            participants = _uniq(source + target)
        if not target and pattern.type in self.cues.threat_types:
            target.extend(t for t in self._embedded_targets(s, i, conflict=True) if t not in source)
            if not target and verbal:
                # "пригрозили запустити механізм «снепбек», який передбачає … санкцій проти Ірану"
                target = [x for x in self._relative_clause_doer(s, right, against=True) if x not in source]
            if not target and verbal:
                # "Якщо філіппінська сторона порушуватиме …, ми вживемо заходів": whoever must meet the condition
                target = [x for x in self._condition_subject_in(s, first, last) if x not in source]
            if not target and pattern.mode == "retaliate" and source:
                # "будь-яка спроба висадки наштовхнеться на збройну відповідь": aimed at who struck last
                target = self._who_acted_against(source)
            participants = _uniq(source + target)
        if (pattern.type, pattern.mode) == ("AGREE", "propose"):
            inner = self._embedded_act(s, i)
            if inner is not None and inner.pattern.type in THREAT_TYPES:
                # "запропонувала Раді ЄС призупинити безвіз для громадян Грузії": proposing a sanction is
                # threatening the one it would hit
                threat = next(p for p in pattern_index()["пригрозити"] if p.type == "THREATEN")
                pattern = replace(threat, mode=inner.pattern.mode or inner.pattern.type.lower())
                target = [t for t in inner.target if t not in source]
                participants = _uniq(source + target)
        if pattern.mode == "restrict" and not target and source:
            target = self._border_partner(i, source)  # "… кордоні з Росією. Естонія також закриє кордон"
            participants = _uniq(source + target)
        if (pattern.type == "SANCTION" or pattern.mode == "sanction") and not target:
            # "заборона на імпорт російських діамантів", "призупинили програми допомоги Нігеру"
            target = self._goods_country(s, i, right) or self._named_after_companion(s, i, right, pattern)
            participants = _uniq(source + target)
        if pattern.type == "DEMAND" and pattern.with_lemmas and not target:
            target = self._named_after_companion(s, i, right, pattern)  # "засідання Ради безпеки ООН"
            participants = _uniq(source + target)

        own = {self._country(x) for x in source} - {None}
        if pattern.type == "THREATEN" and target and own and {self._country(x) for x in target} <= own:
            # "Арагчі попередив, що його країна вийде з ДНЯЗ": a warning is aimed at the other side
            target = [x for x in self._who_acted_against(source) if self._country(x) not in own]
            participants = _uniq(source + target)
        if (pattern.mode == "retaliate" or self._in_response(left, right)) and not target and source:
            target = self._who_acted_against(source)  # "У Москві пообіцяли дзеркальну відповідь": to the sanctioner
            participants = _uniq(source + target)
        if pattern.mode == "air-defence" and not any(self._has_country(a) for a in source):
            source = self._last_struck()  # "ППО збила 10 із 12 ракет": the defender is the side just struck
            participants = _uniq(source + target)
        if len(participants) < pattern.min_actors and not nested:
            return None
        if verbal and subject_ids and not carried:
            self.last_subject = subject_ids
        found = Found(pattern, i, source, target, s, (left, right), (span_lo, span_hi), verbal, carried=carried, nested=nested)
        found.location = self._location(s, left, right, used)
        if not target and pattern.type in self.cues.place_target_types:
            # "СБУ розслідує диверсію у Львівській області. … підпал нібито організували російські
            # спецслужби": an attack noun told again hit the place the sentence before named
            told_again = pos == "NOUN" and found.location is None and s > 0
            place, where = found.location, s
            for back in (s - 1, s - 2) if told_again else ():
                if back < 0 or self.doc.sentences[back].paragraph != self.doc.sentences[s].paragraph:
                    break
                previous = self.doc.sentences[back]
                place = self._location(back, previous.first_token, previous.last_token, set())
                if place is not None:
                    where = back
                    break
            struck = self._struck_country(where, place, source)
            if struck:
                found.target = target = [struck]
                participants = _uniq(source + target)
        if not found.target and pattern.type in self.cues.situation_types:
            # "висловив занепокоєння ситуацією в Грузії": the country the situation is in
            found.target = target = [x for x in self._situation_place(s, i, right) if x not in source]
            participants = _uniq(source + target)
        if not found.target and pattern.type in self.cues.place_target_types:
            # "удару по катеру за 40 миль від узбережжя Венесуели": off a country's coast, at that country
            coast = self._coast_country(s, left, right)
            if coast and self._country(coast) not in {self._country(x) for x in source}:
                found.target = target = [coast]
                participants = _uniq(source + target)
        if pattern.type in self.cues.place_target_types and not any(self._has_country(x) for x in found.target):
            # "наступ на Ель-Обейд, який армія Судану утримує": the attack is on the place's holder
            holder = [x for x in self._relative_clause_doer(s, right, holding=True) if x not in source]
            if holder:
                found.target = target = holder
                participants = _uniq(source + target)
        if not participants and found.location is None and pattern.type == "PROTEST":
            found.source = source = participants = self._crowd_country(i)
        if not participants and found.location is None:
            return None
        place = self.doc.entity(found.location) if found.location else None
        if not source and place is not None and place.country and pattern.type in self.cues.place_actor_types and (
            pattern.type != "COERCE" or pattern.mode == "arrest"  # "у Москві затримали", not "захопили в протоці"
        ):
            found.source = [place.id]  # "у Тбілісі тисячі вийшли на протест": the people of that place
        elif not source and not target and pattern.type == "PROTEST":
            found.source = self._crowd_country(i)
        found.modality = self._modality(i, left, right, token, verbal)
        found.attributed_to = speaker
        found.date, found.date_source = self._date(s, found)
        return found

    def _object_of_trigger(self, i: int, first: int, last: int) -> bool:
        """"обговорили постачання зброї", "підтримати новий пакет санкцій": a noun right after another
        trigger verb is what that event is about, not an event of its own; so is the topic of a deal."""
        j = i - 1
        while j >= first and (
            str(self.tokens[j].pos) in ("ADJF", "NUMR", "NUM") or self.tokens[j].lemma in self.cues.quantity_nouns
        ):
            j -= 1
        if j > first and self.tokens[j].lemma in self.cues.topic_preps and self.tokens[j - 1].lemma in self.cues.deal_nouns:
            return True  # "угоди про постачання зброї": the deal's content
        if j >= first and self.tokens[j].lemma in self.cues.inquiry_nouns:
            return True  # "розслідування удару по Харкову": what is investigated
        if j < first or self.tokens[j].pos != "VERB":
            return False
        # Only a verb that made an event takes the noun as its object: "Китай провів навчання" is no joint
        # drill (one actor), so the drill itself is the event.
        return self.match(j, first, last) is not None and any(f.trigger == j for f in self.found)

    def _governing_subject(self, s: int, left: int) -> list[str]:
        """The subject of the clause a subjectless "…, що …" clause depends on."""
        first = self.doc.sentences[s].first_token
        k = next((j for j in (left, left - 1) if first < j < len(self.tokens) and self.tokens[j].lemma in self.cues.complementizer), None)
        if k is None or self.tokens[k - 1].text != ",":
            return []
        verb = self._governing_verb(k - 1, first)
        if verb is None:
            return []
        outer_left = self.clause(verb, first, k)[0]
        group = self.subject(s, verb, outer_left, k, look_right=False)
        return self.resolve(group) if group else []

    def _verbal_trigger(self, s: int, i: int) -> bool:
        """Whether the verb at ``i`` names a verbal act (criticise, promise, demand …), not a material one."""
        sentence = self.doc.sentences[s]
        hit = self.match(i, sentence.first_token, sentence.last_token)
        return (
            hit is not None
            and plover_code(hit[0].type, hit[0].mode)[1].startswith("verbal")
            and hit[0].type not in self.cues.place_actor_types  # "протестували в Тбілісі": people there, not the city
        )

    def _in_prepositional(self, j: int, left: int) -> bool:
        """Whether the noun at ``j`` hangs from a preposition through nouns and adjectives ("За
        підсумками зустрічі"), so it cannot be a subject."""
        k = j - 1
        while k >= left and self.tokens[k].pos in ("NOUN", "ADJF"):
            k -= 1
        return k >= left and self.tokens[k].has("PREP")

    def _conditional(self, i: int, first: int) -> bool:
        """"у разі нападу на одну зі сторін", "у випадку агресії": an event supposed, not told."""
        j = i - 1
        while j > first and self.tokens[j].pos == "ADJF":
            j -= 1
        return j > first and self.tokens[j].lemma in self.cues.condition_nouns and self.tokens[j - 1].has("PREP")

    def _fronted_companion(self, i: int, first: int, last: int) -> bool:
        """"Гершкович … звинувачення заперечують": a noun right before the verb whose companion it is
        ("заперечувати" + "звинувачення") is that verb's object, not an event of its own."""
        # "звинувачення в шпигунстві відкинули": past the noun's own prepositional complement
        j = next((k for k in range(i + 1, min(last, i + 4)) if self.tokens[k].pos == "VERB" or self._is_boundary(k)), None)
        if j is None or self.tokens[j].pos != "VERB" or any(t.text in (",", ";", ":") for t in self.tokens[i + 1 : j]):
            return False
        hit = self.match(j, first, last)
        return hit is not None and hit[2] == i

    def _referred_back(self, i: int, first: int) -> bool:
        """"ці звинувачення", "такий крок": an event noun with a demonstrative names an event already told."""
        if any(p.kind == "anaphor-event" and p.head == i for p in self.phrases[self.sentence]):
            j = i - 1
            while j >= first and self.tokens[j].pos == "ADJF":
                j -= 1
            if j < first or self.tokens[j].lemma not in self.cues.light_verbs:
                return True  # "У Загребі звинувачення назвали абсурдними": the charge just told, answered
            # "здійснила масовану атаку": a light verb tells a new act with the noun
        j = i - 1
        while j >= first and str(self.tokens[j].pos) == "ADJF" and self.tokens[j].lemma not in self.cues.demonstratives:
            j -= 1
        return j >= first and self.tokens[j].lemma in self.cues.demonstratives

    def _after_causal_prep(self, i: int, left: int) -> bool:
        j, nouns = i - 1, 0
        # "попри затримку пакета допомоги": past the nouns whose genitive the event noun is.
        while j > left and (str(self.tokens[j].pos) in ("ADJF", "NUMR") or self.tokens[j].pos == "NOUN" and nouns < 2):
            nouns += self.tokens[j].pos == "NOUN"
            j -= 1
        return j >= left and bool(self.tokens[j].lemmas & self.cues.causal_preps)

    def _fronted_object(self, s: int, i: int, left: int) -> bool:
        """"це рішення підтримав і суд": an object before the verb (object–verb–subject order), so the
        nominative after the verb is its subject."""
        before = [p for p in self.phrases[s] if left <= p.first < i and p.prep is None]
        if any(p.kind == "anaphor-event" for p in before):
            return True
        # "В аеропорту Сі Цзіньпіна зустрів Дмитро Чернишенко": only accusatives before the verb.
        if before:
            return all("accs" in p.cases and "nomn" not in p.cases for p in before)
        # "Переговорний процес блокувала російська сторона": the clause opens with a noun the verb
        # does not agree with, so it is the object and the subject comes after the verb.
        opening = left
        while opening < i and str(self.tokens[opening].pos) in ("ADJF", "NUMR"):
            opening += 1  # only adjectives before it: a noun after a preposition is no object
        return (
            opening < i
            and self.tokens[opening].pos == "NOUN"
            and not self._could_be_subject(self.tokens[i], self.tokens[opening])
        )

    @staticmethod
    def _could_be_subject(verb: Token, noun: Token) -> bool:
        """Whether a nominative reading of the noun agrees with the verb in number and gender."""
        readings = [a for a in verb.analyses if a.pos == "VERB"]
        nominatives = [a for a in noun.analyses if a.pos == "NOUN" and "nomn" in a.tags]
        if not readings or not nominatives:
            return not readings
        for verb_reading in readings:
            for noun_reading in nominatives:
                if ("plur" in verb_reading.tags) != ("plur" in noun_reading.tags):
                    continue
                genders = {g for g in GENDERS if g in verb_reading.tags}
                if not genders or "plur" in verb_reading.tags or genders & set(noun_reading.tags):
                    return True
        return False

    def _topic_owner(self, s: int, i: int) -> list[Phrase] | None:
        """The actor owning the noun a topic noun hangs from: "рішення ЄС про виділення", "план США щодо
        постачання" — whoever decides or plans is the agent of what is decided or planned."""
        j = i - 1
        while j >= 0 and self.tokens[j].pos == "ADJF":
            j -= 1
        if j < 1 or self.tokens[j].lemma not in self.cues.topic_preps:
            return None
        owner = next((p for p in self.phrases[s] if p.last == j and p.prep is None and "gent" in p.cases), None)
        if owner is None or owner.first < 1:
            return None
        head = self.tokens[owner.first - 1]
        if head.pos != "NOUN" or head.is_capitalised or owner.first - 1 in self.mentions.at:
            return None
        return self.group_of(s, owner, from_start=False)

    def _topic_noun(self, i: int, governing: int, pattern: Pattern) -> bool:
        """"угоди про постачання зброї": a noun that is the topic of another noun names no event of the
        clause's subject; nor does one buried under more than one preposition or far from its verb.
        The pattern's own companion is no other noun: "видав ордер на арешт" is the court's act."""
        between = self.tokens[governing + 1 : i]
        preps = [t for t in between if t.pos == "PREP"]
        if len(preps) > 1 or len(between) > 5:
            return True
        j = i - 1
        while j > governing and self.tokens[j].pos == "ADJF":
            j -= 1
        return (
            j - 1 > governing
            and self.tokens[j].lemma in self.cues.topic_preps
            and self.tokens[j - 1].pos == "NOUN"
            and not self.tokens[j - 1].lemmas & pattern.with_lemmas
        )

    def _in_accused_content(self, s: int, left: int) -> bool:
        """Whether the clause opening at ``left`` is "в тому, що …" after an accusation in its sentence."""
        words = [t.text.lower() for t in self.tokens[max(0, left - 4) : left]]
        if len(words) < 4 or words[0] not in ("в", "у") or words[1] != "тому" or words[3] not in self.cues.complementizer:
            return False
        return any(f.sentence == s and f.pattern.mode == "accuse" and f.trigger < left for f in self.found)

    def _accused_of(self, s: int, i: int, left: int, right: int) -> list[str]:
        """The accused of an accusation or suspicion whose content is the event noun at ``i`` ("звинуватила
        Росію в обстрілі", "Їх підозрюють в ударах"), or [] when the noun is no such content."""
        j = i - 1
        while j > left and self.tokens[j].pos == "ADJF":
            j -= 1
        if j <= left or canonical_prep(self.tokens, j + 1, left)[0] != "в":
            return []
        verb = self._governing_verb(j, left)
        sentence = self.doc.sentences[s]
        hit = self.match(verb, sentence.first_token, sentence.last_token) if verb is not None and j - verb <= 6 else None
        if hit is None or (hit[0].type, hit[0].mode) not in (("DISAPPROVE", "accuse"), ("INVESTIGATE", "suspect")):
            return []
        return self.resolve(self.fill(Arg(role="target", case="accs"), s, verb, left, right, set()))

    def _involved_in(self, s: int, i: int) -> list[str]:
        """Who is said to be involved in the event noun at ``i`` ("генерала, якого вважають причетним до
        удару по Краматорську"): the actor named last before "причетний"."""
        first = self.doc.sentences[s].first_token
        j = i - 1
        while j > first and self.tokens[j].pos == "ADJF":
            j -= 1
        if j <= first or self.tokens[j].text.lower() != "до" or not self.tokens[j - 1].lemmas & self.cues.involvement:
            return []
        before = [p for p in self.phrases[s] if p.last <= j - 1 and (p.entities or p.kind != "entity")]
        return self.resolve([before[-1]]) if before else []

    def _governing_verb(self, i: int, left: int) -> int | None:
        for j in range(i - 1, left - 1, -1):
            if is_finite_verb(self.tokens[j]):
                return j
        return None

    def _plural_speaker(self, s: int, i: int) -> list[str] | None:
        """"Макрон заявив канцлеру Німеччини, що дві країни …": a plural anaphor after a report names both sides."""
        for report in self.reports[s]:
            if report.position < i and report.addressee and not report.tail and not report.frame:
                return _uniq(report.speaker + report.addressee)
        return None

    def _speaker_for(self, s: int, i: int) -> list[str]:
        quote = self._in_quote(i)
        if quote and quote.speaker:
            return list(quote.speaker)
        speakers: list[str] = []
        for report in self.reports[s]:
            covers_after = report.position < i and any(
                self.tokens[j].lemma in self.cues.complementizer or self.tokens[j].text == ":" for j in range(report.position + 1, i)
            )
            if report.frame or (report.tail and report.position > i) or covers_after:
                speakers.extend(report.speaker)
        return _uniq(speakers)

    def _location(self, s: int, left: int, right: int, used: set[int]) -> str | None:
        for phrase in self.phrases[s]:
            # "в місті Банну": the name after a place noun that the preposition governs
            after_place_noun = (
                phrase.prep is None and phrase.first - 2 >= left and self.tokens[phrase.first - 1].lemma in self.cues.place_nouns
                and self.cues.prep_forms.get(self.tokens[phrase.first - 2].text.lower(), self.tokens[phrase.first - 2].text.lower())
                in self.cues.location_preps
            )
            if left <= phrase.first < right and id(phrase) not in used and (
                after_place_noun or phrase.prep in self.cues.location_preps and "loct" in phrase.cases
            ):
                for entity_id in phrase.entities:
                    entity = self.doc.entity(entity_id)
                    if entity is not None and entity.type == "LOC":
                        return entity_id
        return None

    def _struck_country(self, s: int, location: str | None, source: list[str]) -> str | None:
        """The place an attack hit, as its target: the place if it has a country, else the country named
        right after it ("у Саратовській області Росії"); None when it is the attacker's own country."""
        place = self.doc.entity(location) if location else None
        if place is None:
            return None
        if not place.country:
            mention = next((p for p in self.phrases[s] if location in p.entities), None)
            # "у Саратовській області Росії", "в місті Банну на північному заході Пакистану"
            owner = next(
                (
                    p for p in self.phrases[s]
                    if mention and mention.last <= p.first <= mention.last + 5 and "gent" in p.cases and p.prep in (None, "на")
                    and (p.first == mention.last or (e := self.doc.entity(p.entities[0]) if p.entities else None) is not None
                         and e.kind == "country")
                ),
                None,
            )
            place = self.doc.entity(owner.entities[0]) if owner and owner.entities else None
            if place is None or not place.country:
                return None
        rebels = bool(source) and all((e := self.doc.entity(x)) is not None and e.kind == "armed-group" for x in source)
        if place.country in {self._country(actor) for actor in source} and not rebels:
            return None  # (an armed group's attack at home still hits its state: "теракт ТТП в Банну")
        return place.id

    def _modality(self, i: int, left: int, right: int, token: Token, verbal: bool) -> str:
        c = self.cues
        tokens = self.tokens
        sentence = self.doc.sentences[token.sentence]
        before = tokens[max(left, i - 4) : i]
        lemmas_before = [t.lemma for t in before]
        if any(t.pos == "VERB" and t.lemma in c.denial_verbs for t in tokens[sentence.first_token : i]) or self._sentence_has(
            token.sentence, c.denial_phrases
        ):
            return "denied"
        if any(
            t.lemma in c.negation and k + 1 < len(before) and before[k + 1].lemma in c.open_when_negated
            for k, t in enumerate(before)
        ):
            return "possible"  # "не виключає постачання"
        if i - 1 >= left and tokens[i - 1].lemma in c.negation:
            return "negated"
        for j in range(sentence.first_token, i):  # "немає ознак нападу", "не бачимо доказів постачання"
            if tokens[j].lemma in c.no_evidence and any(
                t.lemma in c.absence or t.text.lower() in c.absence for t in tokens[max(sentence.first_token, j - 2) : j]
            ):
                return "negated"
        if any(t.lemma in c.negation and k + 1 < len(before) and before[k + 1].pos == "VERB" for k, t in enumerate(before)):
            return "negated"
        # "підпал нібито організували …": a hedge between an event noun and its verb hedges the event too
        after = tokens[i + 1 : min(right, i + 3)] if not verbal else []
        if any(t.lemma in c.hedges for t in tokens[left:i] + after):
            return "hedged"
        if any(lemma in c.possible for lemma in lemmas_before) or any(
            t.lemma in c.possible_particles for t in tokens[left : min(right, i + 3)]
        ):
            return "possible"
        if any(t.lemma in c.obligation and (t.pos == "VERB" or t.pos == "ADJF" or t.pos == "PRED") for t in before[-2:]):
            return "possible"
        if not verbal and self._next_instance_at(i, left):
            return "future"  # "наступна зустріч", "майбутній візит"
        future_form = token.has("futr") and not token.has("pres")  # "розслідує" is present and future
        # "Нагадаємо, …" is the writer's own future, not the event's.
        if future_form and verbal or any(t.pos == "VERB" and "futr" in t.tags and "1per" not in t.tags for t in before):
            return "future"
        if any(lemma in c.future_verbs and lemma not in c.auxiliaries for lemma in lemmas_before):
            return "future"
        return "asserted"

    def _possessive_owner(self, i: int, left: int) -> list[str]:
        """The actor a possessive pronoun before an event noun stands for ("її вимоги": hers, the last
        subject), past agreeing adjectives and "всі"; [] when there is none."""
        j = i - 1
        while j >= left and (self.tokens[j].pos == "ADJF" or self.tokens[j].lemma in ("весь", "ввесь")):
            j -= 1
        if j < left or self.tokens[j].text.lower() not in self.cues.possessives:
            return []
        pronoun = Phrase(j, j + 1, j, [], "pronoun", cases=frozenset({"gent"}))
        pronoun.plural = self.tokens[j].text.lower().startswith("їх")
        pronoun.lemma = "вони" if pronoun.plural else "він"
        if not pronoun.plural:
            # "Візит Моді відбувся через шість тижнів після його поїздки": the person just named in this
            # sentence, before the one the last sentence was about.
            sentence = self.tokens[j].sentence
            before = [p for p in self.phrases[sentence] if p.person and p.entities and p.last <= j and not p.plural]
            if before:
                return list(before[-1].entities)
        return self._pronoun(pronoun, [])

    def _next_instance_at(self, i: int, left: int) -> bool:
        """Whether the event noun at ``i`` is named as a later one ("наступна зустріч", "майбутній візит")."""
        before = self.tokens[i - 1] if i - 1 >= left else None
        return before is not None and before.pos == "ADJF" and before.lemma in self.cues.future_adjectives

    def _next_instance(self, found: Found) -> bool:
        return not found.verbal and self._next_instance_at(found.trigger, found.clause[0])

    def _hedged_plan(self, found: Found) -> bool:
        """"Росія, ймовірно, готується атакувати судна": a hedge over a plan or a possibility is still
        an action not taken (the hedge wins the modality, but the plan makes it a threat)."""
        if found.modality != "hedged":
            return False
        left = found.clause[0]
        before = self.tokens[max(left, found.trigger - 4) : found.trigger]
        return any(
            (t.lemma in self.cues.future_verbs and t.lemma not in self.cues.auxiliaries) or t.lemma in self.cues.possible
            for t in before
        )

    def _phrase_at(self, j: int, words: tuple[str, ...], last: int) -> bool:
        return j + len(words) <= last and all(
            self.tokens[j + k].lemma == word or self.tokens[j + k].text.lower() == word for k, word in enumerate(words)
        )

    def _sentence_has(self, s: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
        """Whether a sentence holds one of the phrases (cached: several triggers ask)."""
        key = (s, phrases)
        if key not in self._phrase_cache:
            sentence = self.doc.sentences[s]
            firsts = {words[0] for words in phrases}
            self._phrase_cache[key] = any(
                self._phrase_at(j, words, sentence.last_token)
                for j in range(sentence.first_token, sentence.last_token)
                if self.tokens[j].lemma in firsts or self.tokens[j].text.lower() in firsts
                for words in phrases
            )
        return self._phrase_cache[key]

    # ------------------------------------------------------------------ dates
    def _date(self, s: int, found: Found) -> tuple[str | None, str | None]:
        sentence = self.doc.sentences[s]
        first, last = sentence.first_token, sentence.last_token
        in_sentence = [
            t for t in self.timex_tokens
            if first <= t[0] < last and (found.modality in ("future", "possible") or not self._since_before_now(t[2]))
        ]
        initial = self._initial_timex(in_sentence, first)
        lo, hi = found.span
        explicit = [
            t for t in in_sentence
            if t is not initial and t[1] - 1 >= lo - 1 and t[0] <= hi + 3 and found.clause[0] <= t[0] < found.clause[1] + 3
            and not (initial is not None and _open_ended(t[2]))
        ]
        # "в понеділок увечері … атакували пости, а у вівторок … збила": a date after ", а" is the next clause's
        explicit = [t for t in explicit if not (t[0] > found.trigger and self._contrast_between(found.trigger, t[0]))]
        if not explicit:
            # "приєднаються до заборони на імпорт російських діамантів з 1 січня": the one date later in the
            # trigger's own clause, past objects the frame did not take.
            later = [
                t for t in in_sentence
                if t is not initial and found.trigger < t[0] < found.clause[1] and not self._contrast_between(found.trigger, t[0])
            ]
            explicit = later if len(later) == 1 else []
        if explicit:
            best = min(explicit, key=lambda t: abs(t[0] - found.trigger))
            return best[2], "explicit"
        if initial is not None:
            return initial[2], "sentence"
        # "… 11 вересня прибули до Києва, де зустрілися …": the sentence's date, nearest before the trigger.
        before = [t for t in in_sentence if t[1] <= found.trigger]
        if before:
            return before[-1][2], "sentence"
        # "Пізніше …", "Згодом …": a later time than the chronology's last date, so it does not carry.
        opening = {t.text.lower() for t in self.tokens[first : min(last, first + 2)]}
        later = bool(opening & self.cues.later_words)
        back = bool(opening & self.cues.time_anaphors) or self._same_time(first)
        # a plan told before ("саміт, який Україна планує провести навесні") dates no act already done
        past = found.modality not in ("future", "possible")
        narrative = None if later else self._paragraph_date(s, back, past=past)
        if narrative is None and not later and self._one_sentence_paragraphs() and not self._reported_now(s, found):
            narrative = self._paragraph_date(s, across=True, past=past)  # a past act told on its own line
        if narrative:
            return narrative, "narrative"
        occasion = self._occasion_date(found)  # "За підсумками зустрічі …" in a paragraph with no date of its own
        if occasion:
            return occasion, "narrative"
        if self.doc.published and self._reported_now(s, found):
            return self.doc.published, "dct"
        return None, None

    def _contrast_between(self, i: int, j: int) -> bool:
        """Whether ", а" (", але", ", проте") opens a new clause between tokens ``i`` and ``j``."""
        return any(
            self.tokens[k].text == "," and self.tokens[k + 1].text.lower() in self.cues.contrast_words for k in range(i + 1, j - 1)
        )

    def _occasion_date(self, found: Found) -> str | None:
        """"За підсумками зустрічі сторони підписали …", "Під час візиту …": an act told as happening at
        an event already told takes that event's date."""
        left = found.clause[0]
        if found.pattern.type == "CONSULT" and found.pattern.mode != "visit" and any(
            t.lemma in self.cues.occasion_words for t in self.tokens[max(left, found.trigger - 2) : found.trigger]
        ):
            # "Під час зустрічі з Зеленським Блінкен запевнив …": a meeting held during a visit just told
            visit = self._latest(
                lambda f: f.pattern.mode == "visit" and f.sentence >= found.sentence - 3 and bool(f.date) and f.date_source != "dct"
            )
            if visit is not None:
                return visit.date
        for k in range(left, found.trigger):
            if self.tokens[k].lemma not in self.cues.occasion_words:
                continue
            sentence = self.doc.sentences[found.sentence]
            for j in range(k + 1, min(found.trigger, k + 4)):
                hit = self.match(j, sentence.first_token, sentence.last_token) if self.tokens[j].pos == "NOUN" else None
                if hit is None:
                    continue
                earlier = self._latest(
                    lambda f, kind=hit[0].type: f.sentence < found.sentence and f.pattern.type == kind and bool(f.date)
                    and f.date_source != "dct"
                )
                if earlier is not None:
                    return earlier.date
        return None

    def _since_before_now(self, value: str) -> bool:
        """"четвертий візит від початку вторгнення" ("2022-02-24/.."): a span counted from a past point is
        not when the event happened (a span from a future day, "з 1 січня", is)."""
        published = self.doc.published
        return bool(published) and value.endswith("/..") and value[:10] < published[:10]

    def _initial_timex(self, in_sentence: list[tuple[int, int, str, bool]], first: int):
        chosen = None
        position = first
        for timex in in_sentence:
            gap = self.tokens[position : timex[0]]
            # "Напередодні інциденту, у понеділок, …": a day named in apposition makes the first one exact
            apposed = chosen is not None and len(gap) <= 4 and any(t.text == "," for t in gap) and all(
                t.text == "," or t.pos == "PREP" or t.pos == "NOUN" and "gent" in t.cases for t in gap
            )
            if apposed:
                chosen, position = timex, timex[1]
                continue
            if any(
                str(t.pos) not in LIGHT_POS and t.text not in QUOTES and t.is_word and not t.text[:1].isdigit()
                for t in gap
                if t.lemma not in self.cues.date_lead_words
            ):
                break
            if chosen is None or len(timex[2]) >= len(chosen[2]):
                chosen = timex
            position = timex[1]
        return chosen

    def _same_time(self, i: int) -> bool:
        """Whether "того ж …" ("Того ж дня") starts at token ``i``."""
        return any(
            all(i + k < len(self.tokens) and self.tokens[i + k].text.lower() == word for k, word in enumerate(phrase))
            for phrase in self.cues.same_time
        )

    def _one_sentence_paragraphs(self) -> bool:
        """A text written one sentence per line: its lines are not paragraphs of their own story."""
        paragraphs = [sentence.paragraph for sentence in self.doc.sentences[1:]]
        return len(paragraphs) >= 3 and len(set(paragraphs)) == len(paragraphs)

    def _paragraph_date(self, s: int, across: bool = False, past: bool = False) -> str | None:
        """The last date told before sentence ``s`` in its paragraph (``across``: in any paragraph; ``past``:
        not a future one)."""
        paragraph = self.doc.sentences[s].paragraph
        first = self.doc.sentences[s].first_token
        for timex in reversed(self.timex_tokens):
            if timex[0] >= first or _open_ended(timex[2]) or past and timex[3]:
                continue  # "з початку вторгнення" is no point the story has reached
            if not across and self.doc.sentences[self.tokens[timex[0]].sentence].paragraph != paragraph:
                return None
            return timex[2]
        return None

    def _reported_now(self, s: int, found: Found) -> bool:
        """Whether an undated event belongs to the document's date: it is reported (a reporting verb
        or frame with no date of its own), or told in the present or future tense."""
        if self.reports[s]:
            return True
        token = self.tokens[found.trigger]
        if not found.verbal:
            governing = self._governing_verb(found.trigger, found.clause[0])
            if governing is None:  # "Візит … тривав два дні": the verb after a subject noun
                governing = next(
                    (j for j in range(found.trigger + 1, found.clause[1]) if is_finite_verb(self.tokens[j])), None
                )
            if governing is None:
                return True
            token = self.tokens[governing]
        return token.has("pres") or token.has("futr")

    # ------------------------------------------------------------------ after the sentences
    def _credit_the_thanked(self, s: int) -> None:
        """"Зеленський подякував Франції за пакет допомоги": the aid after "за" went from the thanked
        (the target of a ``credits`` pattern) to the one who thanks, whoever the clause subject is."""
        sentence_found = [f for f in self.found if f.sentence == s]
        for thanks in sentence_found:
            if not thanks.pattern.credits or not thanks.target or not thanks.source:
                continue
            for other in sentence_found:
                between = self.tokens[thanks.trigger + 1 : other.trigger]
                if other is not thanks and other.trigger > thanks.trigger and any(t.lemma == "за" for t in between):
                    other.source, other.target = list(thanks.target), list(thanks.source)

    def _helped_acts(self, s: int) -> None:
        """"Катар допоміг Україні повернути дітей з Росії", "Туреччина сприяла обміну полоненими": the
        helper is a mediator between the sides (CONSULT mediate), not the one who releases; the act keeps
        the sides it names ("з Росії" gave back, the dative and "в Україну" got back) and the help is not
        aid of its own."""
        c = self.cues
        for found in [f for f in self.found if f.sentence == s and f.pattern.type in c.mediated_types]:
            left, right = found.clause
            helper = next(
                (j for j in range(max(left, found.trigger - 4), found.trigger) if self.tokens[j].lemma in c.helper_verbs),
                None,
            )
            if helper is None or any(not t.is_word for t in self.tokens[helper + 1 : found.trigger]):
                continue
            subject = self.subject(s, helper, left, right, look_right=False)
            helpers = self.resolve(subject) if subject else []
            if not helpers and "infn" in self.tokens[found.trigger].tags:
                helpers = list(found.source)  # the infinitive took the helper verb's subject
            if not helpers:
                continue
            if any(a in helpers for a in found.source):
                self._sides_of_helped_act(s, found, helper, helpers)
            sides = [a for a in _uniq(found.source + found.target) if a not in helpers]
            if any(m.pattern.mode == "mediate" and m.trigger == helper for m in self.found):
                continue  # an exchange is coded one way each: one mediation
            self.found = [f for f in self.found if not (f.sentence == s and f.trigger == helper and f.pattern.type == "AID")]
            self.found.append(
                Found(
                    self._mediate_pattern(), helper, helpers, sides, s, found.clause, found.span, True,
                    attributed_to=list(found.attributed_to), date=found.date, date_source=found.date_source,
                    modality=found.modality,
                )
            )

    def _sides_of_helped_act(self, s: int, found: Found, helper: int, helpers: list[str]) -> None:
        """The giver ("з Росії") and receiver (a dative, "в Україну") of an act the helper does not do."""
        gave: list[str] = []
        got = [t for t in found.target if t not in helpers]
        for phrase in self.phrases[s]:
            if not helper < phrase.first < found.clause[1] or phrase.first == found.trigger:
                continue
            ids = [e for e in self.resolve([phrase]) if e not in helpers and self._is_actor(e)]
            if phrase.prep == "з" and "gent" in phrase.cases or (
                phrase.prep is None and phrase.first > found.trigger and phrase.cases == {"ablt"}
            ):
                gave.extend(ids)  # "з Росії", "депортованих Росією дітей": who held them
            elif phrase.prep in self.cues.destination_preps or (
                phrase.prep is None and phrase.first < found.trigger and "datv" in phrase.cases
            ):
                got.extend(ids)
        found.source = _uniq(gave)
        found.target = [t for t in _uniq(got) if t not in found.source]
        found.carried = False

    def _is_actor(self, entity_id: str) -> bool:
        entity = self.doc.entity(entity_id)
        return entity is not None and bool(entity.actor_code)

    @staticmethod
    def _mediate_pattern() -> Pattern:
        return next(p for p in pattern_index()["посередник"] if p.mode == "mediate")

    def _share_addressee(self, s: int) -> None:
        """"У Кремлі назвали удари терористичними та пригрозили Києву відповіддю": verbs of verbal conflict
        joined by a coordinator, with one speaker, are aimed at one side; one with no target takes the other's."""
        told = [
            f for f in self.found
            if f.sentence == s and f.verbal and f.source and plover_code(f.pattern.type, f.pattern.mode)[1] == "verbal conflict"
        ]
        for found in told:
            if found.target:
                continue
            for other in told:
                if other is found or not other.target or set(other.source) != set(found.source):
                    continue
                lo, hi = sorted((found.trigger, other.trigger))
                between = self.tokens[lo + 1 : hi]
                if any(t.text.lower() in self.cues.coordinators for t in between) and not any(
                    t.lemma in self.cues.complementizer and t.pos == "CONJ" for t in between
                ):
                    found.target = [t for t in other.target if t not in found.source]
                    break

    def _fill_nested(self, s: int) -> None:
        sentence_found = [f for f in self.found if f.sentence == s]
        for k, found in enumerate(sentence_found):
            if not found.nested:
                continue
            inner = next((f for f in sentence_found[k + 1 :] if f.source), None)
            if inner:
                found.target = [t for t in inner.source if t not in found.source]
        self.found = [f for f in self.found if not (f.nested and f.sentence == s and not f.target)]

    def attribute_back_references(self) -> None:
        """"Про це повідомляє Reuters …": a report about "це" covers the sentences before it."""
        for s, reports in enumerate(self.reports):
            words = [t.lemma for t in self.doc.sentence_tokens(s)[:3]]
            if self.cues.back_reference <= set(words) and reports:
                speakers = _uniq([x for r in reports for x in r.speaker])
                for found in self.found:
                    if found.sentence < s and found.sentence >= s - 2 and not found.attributed_to:
                        found.attributed_to = speakers

    def _figurative_target(self, i: int, right: int) -> bool:
        """Whether what the attack at ``i`` is "на"/"по" is an abstraction (interests, security, economy)."""
        j = i + 1
        if j < right and self.tokens[j].text in QUOTES:
            j += 1
        if j >= right or self.tokens[j].text.lower() not in ("на", "по"):
            return False
        j += 1
        while j < right and (self.tokens[j].pos == "ADJF" or self.tokens[j].text.lower() in self.cues.possessives):
            j += 1
        return j < right and bool(self.tokens[j].lemmas & self.cues.figurative_targets)

    def _drafted(self, found: Found) -> bool:
        """"винесе проєкт резолюції про нові санкції проти КНДР": sanctions a draft is about are proposed,
        so threatened, not imposed."""
        j = found.trigger - 1
        while j > 0 and self.tokens[j].pos == "ADJF":
            j -= 1
        if self.tokens[j].text.lower() != "про":
            return False
        return any(t.lemma in self.cues.draft_nouns for t in self.tokens[max(0, j - 3) : j])

    def _troops_arrive(self, found: Found) -> bool:
        """Whether who arrives are troops ("прибули ще 200 бійців", "підрозділи …, перші з яких прибудуть"):
        a troop noun as the subject of the visit's clause, or of the phrase a relative clause opens on."""
        first = self.doc.sentences[found.sentence].first_token
        left = found.clause[0]
        window = self.tokens[max(first, left - 10) : found.trigger] + self.tokens[found.trigger + 1 : min(found.clause[1], found.trigger + 8)]
        return any(t.pos == "NOUN" and t.lemmas & self.cues.troop_nouns and t.cases & {"nomn", "gent"} for t in window)

    def _unarmed(self, entity_id: str) -> bool:
        """An international or non-governmental body, whose people and convoys do not fight."""
        entity = self.doc.entity(entity_id)
        return entity is not None and (entity.actor_code or "")[:3] in ("IGO", "NGO") and entity.kind != "armed-group"

    def _own_ground(self, found: Found) -> bool:
        """Whether all of an aid's receivers are in its giver's own country."""
        givers = {self._country(x) for x in found.source}
        return bool(found.target) and all(self._country(x) in givers for x in found.target)

    def _civil(self, ids: list[str]) -> bool:
        entities = [self.doc.entity(entity_id) for entity_id in ids]
        return bool(entities) and all(e is not None and e.sector in self.cues.civil_sectors for e in entities)

    def _known_countries(self, found: Found) -> frozenset[str]:
        return frozenset(self._country(x) for x in found.source + found.target if self._has_country(x))

    def _has_country(self, entity_id: str) -> bool:
        entity = self.doc.entity(entity_id)
        return entity is not None and bool(entity.country or entity.actor_code)

    def _country(self, entity_id: str) -> str:
        entity = self.doc.entity(entity_id)
        return (entity.country or entity.actor_code or entity_id) if entity else entity_id

    def _told_before(self, found: Found, event_type: str, kept: list[tuple[Found, str, str | None]]) -> int | None:
        """Index of a kept event this one tells again, or None. The same event told twice: the same
        actors (or some of them) on the same date (a date taken from the document or the paragraph only
        fixes the month), or the same countries on the same dated day."""
        ids = frozenset(found.source + found.target)
        sides = self._country_sides(found)
        weak = found.date_source in (None, "dct", "narrative")
        for index, (other, other_type, _) in enumerate(kept):
            if other_type != event_type:
                continue
            if other.trigger == found.trigger and other.source != found.source:
                continue  # the two ways of one exchange
            modes = {found.pattern.mode, other.pattern.mode}
            if len(modes) > 1 and (
                event_type in self.cues.distinct_mode_types
                or modes & self.cues.own_event_modes and not modes & self.cues.summons_with
            ):
                continue  # a truce and the release of hostages agreed with it are two acts; so are a summons and a charge
            if self._next_instance(found) != self._next_instance(other):
                continue  # "наступна зустріч … може відбутися": the next meeting is not the one that took place
            other_ids = frozenset(other.source + other.target)
            same_date = found.date == other.date
            either_weak = weak or other.date_source in (None, "dct", "narrative")
            same_month = bool(found.date and other.date and found.date[:7] == other.date[:7])
            undated = found.date is None or other.date is None
            # A visit and the meeting or talks held during it are two events.
            visit = "visit" in (found.pattern.mode, other.pattern.mode) and found.pattern.mode != other.pattern.mode
            if ids == other_ids and not visit and (same_date or either_weak and (same_month or undated)):
                return index
            # Fewer actors of the same event on the same day or in the same reported month.
            nested = ids and other_ids and (self._within(found, other) or self._within(other, found))
            if nested and not visit and (same_date or either_weak and same_month):
                return index
            strong_day = same_date and found.date and "dct" not in (found.date_source, other.date_source)
            if strong_day and not visit and self._country_sides(other) == sides:
                return index
            # "Уряд Японії висловив протест Пхеньяну. Прем'єр Кісіда назвав запуск загрозою": one country's
            # reaction to one side, told by its bodies and leaders in the next sentences, is one event.
            reaction = (
                {found.pattern.mode, other.pattern.mode} <= self.cues.reaction_modes and abs(found.sentence - other.sentence) <= 1
            )
            other_sides = self._country_sides(other)
            same_sides = other_sides[0] == sides[0] and bool(sides[0]) and (
                other_sides[-1] <= sides[-1] or sides[-1] <= other_sides[-1]
            )  # one telling may leave the target out ("назвав їх провокацією")
            if reaction and either_weak and (same_date or undated) and same_sides:
                return index
            # "Україна та Молдова підписали угоду. Документ підписали прем'єри Шмигаль і Речан": the next
            # sentence names some of the same parties' people (one of them unplaced) for the same act.
            if (
                found.pattern.symmetric and other.pattern.symmetric and not visit and abs(found.sentence - other.sentence) <= 1
                and either_weak and (same_date or undated) and found.pattern.mode == other.pattern.mode
            ):
                mine, theirs = self._known_countries(found), self._known_countries(other)
                if mine and theirs and (mine <= theirs or theirs <= mine):
                    return index
        return None

    @staticmethod
    def _within(found: Found, other: Found) -> bool:
        """Whether ``found`` names some of ``other``'s actors, each on the same side ("Україна" that
        strikes back is not the "Україна" struck)."""
        if found.pattern.symmetric or other.pattern.symmetric:
            return set(found.source + found.target) <= set(other.source + other.target)
        return set(found.source) <= set(other.source) and set(found.target) <= set(other.target)

    def _country_sides(self, found: Found) -> tuple[frozenset[str], ...]:
        """Countries on each side; one set of participants for symmetric events."""
        if found.pattern.symmetric:
            return (frozenset(self._country(a) for a in found.source + found.target),)
        return frozenset(self._country(a) for a in found.source), frozenset(self._country(a) for a in found.target)

    def _decided(self, found: Found) -> bool:
        first = self.doc.sentences[found.sentence].first_token
        return any(t.lemma in self.cues.decision_words for t in self.tokens[max(first, found.trigger - 4) : found.trigger])

    def _unwilling(self, found: Found) -> bool:
        """A negated will or reason to talk before the trigger ("не планує", "не бачить підстав")."""
        left = found.clause[0]
        before = self.tokens[max(left, found.trigger - 8) : found.trigger]
        return any(
            t.lemma in self.cues.negation
            and any(u.lemma in self.cues.unwilling_when_negated for u in before[k + 1 : k + 3])
            for k, t in enumerate(before)
        )

    def _political(self, found: Found) -> bool:
        """A chronicle event needs a political actor: some participant with a country or an actor code
        (a person with no known affiliation hitting another in a story is not a FIGHT). Events with no
        named actor pass when their place has a country (a protest in a town the gazetteer does not place
        cannot be told apart from a non-political gathering)."""
        participants = found.source + found.target
        if not participants:
            place = self.doc.entity(found.location) if found.location else None
            return place is not None and bool(place.country or place.actor_code)
        return any(self._has_country(entity_id) for entity_id in participants)

    def _title_repeated(self, found: Found, event_type: str | None = None) -> bool:
        """A headline restates an event the body tells in full: keep the body's (dated, detailed) one."""
        sentences = self.doc.sentences
        if found.sentence != 0 or len(sentences) < 3 or sentences[1].paragraph == sentences[0].paragraph:
            return False
        countries = {self._country(a) for a in found.source + found.target}
        types = {found.pattern.type, event_type or found.pattern.type}  # as told, and as recast
        return any(
            other.sentence > 0
            and other.pattern.type in types
            and countries & {self._country(a) for a in other.source + other.target}
            for other in self.found
        )

    def _lend_title_sides(self, title: Found) -> None:
        """"США запровадили санкції проти Ірану" over "Мінфін США запровадив санкції проти 16 осіб і двох
        компаній": the body tells the event in full but may leave a side the headline names."""
        countries = {self._country(a) for a in title.source + title.target}
        for other in self.found:
            if other.sentence == 0 or other.pattern.type != title.pattern.type:
                continue
            if not countries & {self._country(a) for a in other.source + other.target}:
                continue
            if not other.target and title.target and not other.pattern.symmetric:
                other.target = [t for t in title.target if t not in other.source]
            if not other.source and title.source:
                other.source = [x for x in title.source if x not in other.target]
            return

    def finish(self) -> list[Event]:
        """Recast, merge repeats (keeping the telling with most actors) and number the events."""
        kept: list[tuple[Found, str, str | None]] = []
        agree_triggers = [(f.sentence, f.trigger) for f in self.found if f.pattern.type == "AGREE"]
        threat_triggers = [(f.sentence, f.trigger) for f in self.found if f.pattern.type in self.cues.threat_types]
        for found in self.found:
            event_type, mode = found.pattern.type, found.pattern.mode
            if event_type == "COOPERATE" and any(
                s == found.sentence and 0 < found.trigger - t <= 3 for s, t in agree_triggers
            ):
                continue  # "пообіцяли посилити співпрацю", "бажання зміцнювати співробітництво": one promise
            if (event_type, mode) == ("SUPPORT", "endorse") and any(
                s == found.sentence and 0 < t - found.trigger <= 4 for s, t in agree_triggers
            ):
                continue  # "проголосував за ратифікацію угоди з Україною": the ratification is the event
            threatened = any(s == found.sentence and 0 < found.trigger - t <= 3 for s, t in threat_triggers)
            # A planned act with its own date ("з 1 червня закриє пункти пропуску") is decided, not threatened.
            decided = found.modality == "future" and found.date_source == "explicit"
            if threatened or event_type in THREAT_TYPES and not decided and (
                found.modality in ("future", "possible") or self._hedged_plan(found)
            ) or (event_type, mode, found.modality) == ("REJECT", "veto", "possible") or (
                event_type == "SANCTION" and self._drafted(found)
            ):
                if event_type == "SANCTION" and not found.source:
                    # "Вашингтон винесе проєкт резолюції про нові санкції": the one tabling the draft
                    verb = self._governing_verb(found.trigger, found.clause[0])
                    group = self.subject(found.sentence, verb, found.clause[0], verb, look_right=False) if verb is not None else None
                    doers = self.resolve(group) if group else list(found.attributed_to)  # "Лондон заявив, що внесе …"
                    found.source = [x for x in doers if x not in found.target]
                # "пригрозив заблокувати рішення ЄС", "може знову накласти вето": the act threatened is
                # the threat's content.
                event_type, mode = "THREATEN", mode or found.pattern.type.lower()
                found.target = found.target or self._condition_subject(found)
                teller = next(
                    (f for f in self.found if f.sentence == found.sentence and f.trigger < found.trigger
                     and f.pattern.type in self.cues.threat_types and f.source),
                    None,
                )
                own_side = teller is not None and {self._country(x) for x in found.source} <= {self._country(x) for x in teller.source}
                # (the teller's own act, "США пригрозили запровадити санкції", merges below and lends its mode)
                if teller is not None and own_side and set(found.source) != set(teller.source):
                    # "пригрозив, що армія зрівняє із землею квартали", "Фіцо пригрозив, що Братислава припинить
                    # поставки": the act threatened by the speaker's own side is the threat's content
                    teller.target = teller.target or list(found.target)
                    continue
            elif event_type == "COOPERATE" and found.modality == "future" and mode in ("cooperate", "diplomatic"):
                event_type, mode = "AGREE", "promise"  # "відновлять дипломатичні відносини": agreed, not yet done
            elif (event_type == "CONSULT" and mode != "mediate" and self._unwilling(found)) or (
                found.modality == "negated" and (event_type, mode) in REFUSED_WHEN_NEGATED
            ):
                # "не бачить підстав для переговорів", "не підтримає це рішення": a refused talk or backing
                event_type, mode = "REJECT", "reject"
                found.modality = "asserted"  # the refusal itself is told as a fact
            elif event_type == "CONSULT" and mode != "visit" and self._decided(found):
                event_type = "AGREE"  # "ухвалили рішення розпочати переговори": an agreement to talk
            elif event_type == "DISAPPROVE" and mode == "accuse" and found.modality in ("future", "possible"):
                mode = "warn"
            elif event_type == "FIGHT" and found.target and all(self._unarmed(x) for x in found.target):
                event_type = "ASSAULT"  # "обстріляли конвой ООН": force against those who cannot fight back
            elif (event_type, mode) == ("CONSULT", "visit") and self._troops_arrive(found):
                event_type, mode = "AID", "military"  # "підрозділи резервних сил, перші з яких прибудуть до Абіджана"
                if found.source and self._own_ground(found):
                    event_type, mode = "MOBILIZE", "troops"
            elif event_type == "AID" and found.source and self._own_ground(found):
                event_type, mode = "MOBILIZE", "troops"  # "направила війська до Бєлгорода": its own ground
            elif event_type == "COERCE" and mode in self.cues.civil_modes and self._civil(found.source):
                event_type = "PROTEST"  # hauliers blocking a border protest; a state blocking it coerces
            if self._title_repeated(found, event_type):
                self._lend_title_sides(found)
                continue
            if not self._political(found):
                continue
            index = self._told_before(found, event_type, kept)
            if index is None:
                kept.append((found, event_type, mode))
            elif len(set(found.source + found.target)) > len(set(kept[index][0].source + kept[index][0].target)):
                kept[index] = (found, event_type, mode)
            elif kept[index][2] == "threaten":  # "пригрозили запровадити санкції": a threat of sanctions
                kept[index] = (kept[index][0], event_type, mode)
        kept.sort(key=lambda item: item[0].trigger)
        return [self._event(n, found, event_type, mode) for n, (found, event_type, mode) in enumerate(kept, 1)]

    def _condition_subject(self, found: Found) -> list[str]:
        """Who must act to avoid a threat: the subject of its condition ("…, якщо українська влада не
        виконає вимог", "поки Москва не виведе війська")."""
        # (the condition may come first: "якщо Іран наблизиться до бомби, Ізраїль завдасть удару")
        first = self.doc.sentences[found.sentence].first_token
        return [
            x for x in self._condition_subject_in(found.sentence, found.trigger + 1) or self._condition_subject_in(found.sentence, first, found.trigger)
            if x not in found.source
        ]

    def _condition_subject_in(self, s: int, start: int, last: int | None = None) -> list[str]:
        """The subject of the first condition clause of sentence ``s`` from token ``start`` on, resolved."""
        last = self.doc.sentences[s].last_token if last is None else last
        for k in range(start, last):
            if self.tokens[k].text.lower() not in self.cues.condition_conjunctions:
                continue
            verb = next((j for j in range(k + 1, last) if is_finite_verb(self.tokens[j])), None)
            group = verb is not None and self.subject(s, verb, k + 1, verb, look_right=False)
            if group:
                return self.resolve(group)
            # "…, якщо атаки на торговельні судна не припиняться": whoever made the attacks named
            attack = next((t for t in self.tokens[k + 1 : verb or last] if self.cues.referred_types.get(t.lemma) in THREAT_TYPES), None)
            if attack is not None:
                kind = self.cues.referred_types[attack.lemma]
                struck = self._latest(lambda f, kind=kind: f.pattern.type == kind and f.source)
                return list(struck.source) if struck else []
            return []
        return []

    def _event(self, n: int, found: Found, event_type: str, mode: str | None) -> Event:
        cameo, quad, intensity = plover_code(event_type, mode)
        token = self.tokens[found.trigger]
        left, right = found.clause
        text_start = self.tokens[left].start
        text_end = self.tokens[max(left, right - 1)].end
        confidence = 0.4 + (0.25 if found.source else 0) + (0.25 if found.target else 0) - (0.1 if found.carried else 0)
        return Event(
            id=f"ev{n}",
            type=event_type,
            mode=mode,
            source=found.source,
            target=found.target,
            date=found.date,
            date_source=found.date_source,
            location=found.location,
            modality=found.modality,
            attributed_to=found.attributed_to,
            sentence=found.sentence,
            trigger=Span(token.start, token.end, token.text),
            quad=quad,
            cameo=cameo,
            intensity=intensity,
            confidence=round(min(0.95, max(0.05, confidence)), 2),
            text=self.doc.text[text_start:text_end],
        )


def code_document(document: Document) -> Document:
    """Fill ``document.events`` and ``document.claims``."""
    if not document.tokens:
        document.events, document.claims = [], []
        return document
    events, claims = Coder(document).run()
    document.events = events
    document.claims = claims
    return document
