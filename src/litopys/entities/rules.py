"""Token-level rules of the entities stage: where names, roles, quotes and titles begin and end.

Small predicates over ``Document.tokens`` that the recogniser in ``entities/__init__.py`` combines;
the Ukrainian words they rely on live in ``lang/uk/gazetteer`` data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from litopys.doc import CASES, Document, Token
from litopys.entities.gazetteer import (
    ACTOR,
    QUOTES,
    Entry,
    name_particles,
    normalise,
    opens_with_joined_article,
    text_keys,
)
from litopys.lang import read_lines, read_tsv
from litopys.language import is_dictionary_word

DASHES = frozenset("-–—")
CLOSING_QUOTES = frozenset('"»”“')
OPENING_QUOTES = frozenset('"«„“')
MAX_NAME_WORD = 40  # characters: Косіняк-Камиш fits, a run-on string does not
ROLE_GAP = 7  # words between a role phrase and the name it belongs to ("посол США в ООН ...")
PLACE_KINDS = frozenset({"country", "capital", "seat", "city", "region", "continent", "sea"})
# Actors without a proper name ("російський посол", "росіяни"): a name the model finds around them wins.
UNNAMED_KINDS = frozenset({"office", "demonym"})


@dataclass(slots=True)
class Found:
    """A span of tokens that names an actor, before mentions are gathered into entities."""

    start: int
    end: int  # exclusive token index
    key: str
    name: str
    type: str
    kind: str | None = None
    actor_code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # the role the article gives
    source: str = "gazetteer"
    data_role: str | None = None  # the gazetteer's summary, used when the article gives none
    surname_last: bool = True  # whether the last word of the name is a surname that may stand alone
    home_office: bool = False  # holds a state office the text places in no country: the story's country's
    office_key: str | None = None  # an office with one holder per country the article gives ("мініс оборони")


@dataclass(slots=True)
class RoleSpan:
    """A role phrase; with a country beside it ("російський посол", "посол Угорщини") it names that
    country's office, which is an actor of its own when no person takes the role."""

    start: int
    end: int
    entry: Entry
    country: str | None = None
    office: str | None = None  # the office's name when the role has a country: "посол Угорщини"
    phrase_end: int | None = None  # token after the role and its country
    taken: bool = False  # a person holds it ("посол Угорщини Янош Ковач")


def code(country: str | None, sector: str | None) -> str | None:
    if not country:
        return None
    return f"{country}{sector or ''}"


def is_own_country(body: Entry, after: Entry) -> bool:
    """A country right after a body's name that is the body's own country belongs to the name."""
    return (
        body.type == "ORG"
        and after.kind == "country"
        and (body.country is None and not (body.actor_code or "").startswith("IGO") or body.country == after.country)
    )


def is_other_country(body: Entry, after: Entry) -> bool:
    """A country right after a national body's name that is not the body's own: the same kind of body
    of that country ("Верховний суд США", "Міністерство охорони здоров'я Ізраїлю"), or of the armed group that
    rules where it sits ("Верховний суд «ДНР»" is the occupier's court, not Ukraine's)."""
    return (
        body.type == "ORG" and bool(body.country) and after.kind in ("country", "armed-group")
        and bool(after.country) and after.country != body.country
    )


def is_owner(institution: Entry, entry: Entry) -> bool:
    """Whether a name after a kind of body says whose body it is: a country or capital ("армія Росії"),
    or the leader of a government ("адміністрація Байдена"), not another body ("делегація міноборони
    РФ") nor the head of a ministry ("МВС Арсена Авакова" is the ministry and its minister)."""
    if entry.category != ACTOR or not entry.country:
        return False
    # ("МЗС талібів", "уряд талібів": a movement that rules has ministries and a government of its country)
    return entry.type == "LOC" or entry.type == "PERS" and institution.kind == "government" or (
        entry.kind == "armed-group" and institution.kind in ("ministry", "government")
    )


def is_name_like(token: Token) -> bool:
    """A capitalised word that may be part of a name (not an all-capitals abbreviation, nor a run-on
    string longer than any name)."""
    text = token.text
    return (
        token.is_word
        and len(text) <= MAX_NAME_WORD
        and text[:1].isupper()
        and not (len(text) > 1 and text.isupper())
        and text[:1].isalpha()
        # (a word the dictionary does not know may be a name too: "Томас Рейлі")
        and (not token.analyses or any(a.pos in ("NOUN", "ADJF") or "UNKN" in a.tags for a in token.analyses))
    )


def is_other_first_name(tokens: list[Token], entry: Entry, start: int, end: int) -> bool:
    """A known surname after a first name that is not part of the known name is someone else:
    "Віктор Герасимов" is not Валерій Герасимов, "Богдана Хмельницького" is not the city; nor is a known
    name that a word no dictionary knows goes on ("Пак Чін Ук" is not Пак Чін)."""
    after = tokens[end] if end < len(tokens) else None
    if (
        entry.type == "PERS" and after is not None and after.sentence == tokens[start].sentence
        and after.start == tokens[end - 1].end + 1 and is_name_like(after)
        and all("UNKN" in a.tags for a in after.analyses)
    ):
        return True
    if len(entry.words) != 1:
        return False
    if not (entry.type == "PERS" and " " in entry.name or entry.kind in ("city", "capital")):
        return False
    before = tokens[start - 1] if start else None
    if before and before.text[:1].isupper() and before.has("Name") and before.end < tokens[start].start:
        return not has_spelled_first_name(tokens, entry, start)
    if (
        before and before.text[:1].isupper() and before.has("Surn") and before.end < tokens[start].start
        and before.cases & tokens[start].cases  # ("з Наусєдою Шольц пообіцяв": another's surname ends there)
    ):
        # a first name the dictionary does not know is guessed a surname: "Самех Аббас" is not Махмуд Аббас
        # (but "Данієлла Белл" may be Даніель Белл spelled another way)
        return before.text[:3].lower() != entry.name.split()[0][:3].lower()
    if (
        entry.type == "PERS" and before and before.text[:1].isupper() and not before.text.isupper() and before.end < tokens[start].start
        and before.sentence == tokens[start].sentence and start >= 2 and tokens[start - 2].sentence == before.sentence
        and before.analyses and all(a.pos == "NOUN" and "plur" in a.tags for a in before.analyses)
    ):
        return True  # "Арам Саргсян" is not Серж Саргсян: a first name the dictionary reads only as a plural noun
    return entry.kind in ("city", "capital") and is_first_name_before_surname(tokens, start, end)


def is_surname_after_title(tokens: list[Token], title_end: int, start: int) -> bool:
    """A one-word place right after a capitalised word no gazetteer knows, which itself comes right after an
    office or its country ("Президент Аргентини Факундо Арагон", "міністр Жуліу Барбоза"), is that person's
    surname, not the place."""
    first = start - 1
    if first < 1 or title_end != first or tokens[first].sentence != tokens[start].sentence:
        return False
    if start + 1 < len(tokens) and tokens[start + 1].is_capitalised and tokens[start + 1].sentence == tokens[start].sentence:
        return False  # ("Абдірахман Вараба Гуед": a longer name, placed by its other words)
    before = tokens[first]
    return before.is_word and before.text[:1].isupper() and not before.text.isupper() and before.end < tokens[start].start and (
        tokens[first - 1].sentence == before.sentence
    )


def has_spelled_first_name(tokens: list[Token], entry: Entry, start: int) -> bool:
    """Whether a known person's surname follows another spelling of their first name."""
    if entry.type != "PERS" or " " not in entry.name or not start or len(entry.words) != 1:
        return False
    before = tokens[start - 1]
    return before.text[:1].isupper() and before.has("Name") and is_spelling_of(before, entry.name.split()[0])


def is_spelling_of(token: Token, first_name: str) -> bool:
    """Whether a first name is another transliteration of a known one ("Александар" for "Александр",
    "Джозеф" for "Джозеф"): same first letters, nearly the same letters."""
    known = first_name.lower()
    return any(
        form[:3] == known[:3] and SequenceMatcher(None, form, known).ratio() >= 0.85
        for form in {token.text.lower(), *token.lemmas}
    )


def first_name_cases(token: Token) -> frozenset[str]:
    """The cases a word can be in when read as a first name ("Ізміра" only in the nominative)."""
    return frozenset(g for a in token.analyses if "Name" in a.tags for g in a.tags if g in CASES)


def is_first_name_before_surname(tokens: list[Token], start: int, end: int) -> bool:
    """A city or capital that is also a first name, followed by a capitalised word and not after a
    preposition, is a person's first name: "Мілан Кучан", "Софія Ротару", but "у Мілані Макрон заявив"
    is the city."""
    if end >= len(tokens) or not tokens[start].has("Name"):
        return False
    after = tokens[end]
    if not (after.is_word and after.text[:1].isupper() and after.sentence == tokens[start].sentence):
        return False
    if not first_name_cases(tokens[start]) & after.cases:
        return False  # ("у місті Києві Віталій Плевнік": a first name agrees in case with its surname)
    return start == 0 or not tokens[start - 1].has("PREP")


@cache
def org_forms() -> dict[str, tuple[str, str, bool]]:
    """Legal forms and kinds of organisation that introduce a quoted name (org_forms.tsv)."""
    return {row[0]: (row[1], row[2], row[3] == "yes") for row in read_tsv("gazetteer", "org_forms.tsv")}


def closing_quote(tokens: list[Token], opening: int, limit: int) -> int | None:
    """Index of the quote that closes the one at ``opening`` (nested «» counted), within 10 words."""
    opener = tokens[opening].text
    depth = 0
    for j in range(opening + 1, min(limit, opening + 12)):
        text = tokens[j].text
        if opener == "«":
            if text == "«":
                depth += 1
            elif text == "»":
                if depth == 0:
                    return j
                depth -= 1
        elif text in CLOSING_QUOTES or text == opener:
            if text == "»" and depth == 0 and opener != "«":
                return j
            if j > opening + 1 and tokens[j].start == tokens[j - 1].end:
                return j
    return None


def in_quoted_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` lie inside a short quoted name with no verb («Червона книга
    України», авіапідприємство «Україна», партія «Суверенна європейська Україна»): a place there is a
    word of the name, not the place. A quoted sentence («Україна не визнає …», «Пекін повинен припинити …»)
    has a verb, an infinitive among them, and is speech."""
    sentence = tokens[start].sentence
    for opening in range(start - 1, max(-1, start - 8), -1):
        if tokens[opening].sentence != sentence:
            return False
        if not is_opening_quote(tokens, opening):
            if tokens[opening].text in CLOSING_QUOTES:
                return False  # a quotation closed before the name
            continue
        close = closing_quote(tokens, opening, len(tokens))
        if close is None or close < end:
            return False
        inner = tokens[opening + 1 : close]
        words = [t for t in inner if t.is_word]
        return (
            0 < len(words) <= 7
            and inner[0].text[:1].isupper()
            and not any(a.pos == "VERB" for t in words for a in t.analyses)
        )
    return False


@cache
def vessel_nouns() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "vessel_nouns.txt"))


def after_vessel_noun(tokens: list[Token], first: int) -> bool:
    """Whether a name starting at ``first`` follows a ship's noun, past an opening quote ("катер «Ріо-Деседо»")."""
    k = first - 1
    if k >= 0 and tokens[k].text in OPENING_QUOTES:
        k -= 1
    return k >= 0 and not vessel_nouns().isdisjoint(tokens[k].lemmas)


@cache
def town_nouns() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "town_nouns.txt"))


@cache
def local_body_words() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "local_body_words.txt"))


@cache
def igo_nouns() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "igo_nouns.txt"))


@cache
def latin_org_endings() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "latin_org_endings.txt"))


@cache
def armed_group_nouns() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "armed_group_nouns.txt"))


@cache
def people_of_a_country() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "people_of_a_country.txt"))


@cache
def place_name_words() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "place_name_words.txt"))


def is_place_name(tokens: list[Token], start: int) -> bool:
    """A name after "вулиця", "імені" ... is part of a place name (вулиця Тараса Шевченка)."""
    j = start - 1
    if j >= 0 and tokens[j].text == ".":
        j -= 1
    return j >= 0 and not place_name_words().isdisjoint(tokens[j].lemmas | {tokens[j].text.lower()})


def is_title_adjective(tokens: list[Token], end: int, limit: int) -> bool:
    """A capitalised adjective before a lower-case noun is part of a title, not a surname."""
    if end >= limit or end == 0:
        return False
    last, after = tokens[end - 1], tokens[end]
    return last.has("ADJF") and after.is_word and after.text[:1].islower() and after.has("NOUN")


def in_relative_clause(tokens: list[Token], start: int) -> bool:
    """Whether a word stands in a relative clause opened after a comma ("об'єднання, яке просуває Москва"):
    told in passing, not what "країна" or "республіка" later refers back to."""
    sentence = tokens[start].sentence
    for k in range(start - 1, 0, -1):
        if tokens[k].sentence != sentence or tokens[k].text in (",", ";", ":", "—", "–"):
            return False
        if tokens[k].lemma in ("який", "котрий") and tokens[k - 1].text == ",":
            return True
    return False


def is_nominal(token: Token) -> bool:
    """A word that can be (part of) a name: a noun, adjective, numeral or a word pymorphy3 does not know."""
    return token.is_word and (
        not token.analyses or any(not a.pos or a.pos in ("NOUN", "ADJF", "NUMR") for a in token.analyses)
    )


def is_opening_quote(tokens: list[Token], i: int) -> bool:
    """Whether the quote at ``i`` opens a quotation: « and „ always, a straight quote when it stands
    right before the next word ("Голос") rather than right after the previous one."""
    text = tokens[i].text
    if text in ("«", "„"):
        return True
    if text not in OPENING_QUOTES:
        return False
    return (
        i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end and (i == 0 or tokens[i - 1].end < tokens[i].start)
    )


@cache
def person_titles() -> frozenset[str]:
    return frozenset(read_lines("person_titles.txt"))


def is_regnal_number(token: Token) -> bool:
    """A Roman numeral after a ruler's name ("Франц Йосиф І", "Катерини II")."""
    return bool(_ROMAN.fullmatch(token.text))


_ROMAN = re.compile(r"[IVXІХ]{1,4}")


def is_initial(tokens: list[Token], i: int) -> bool:
    """An initial of a name: one capital letter with a full stop right after it ("В. Ф. Янукович")."""
    token = tokens[i]
    return (
        len(token.text) == 1
        and token.text.isupper()
        and i + 1 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == token.end
    )


def is_person_word(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    return is_initial(tokens, i) or token.has("Name") or token.has("Surn") or token.has("Patr") or token.has("anim")


def is_name_particle(tokens: list[Token], j: int, limit: int) -> bool:
    """A lower-case particle inside a name: "де" before a capitalised surname, or "ель-Енані" itself."""
    text = tokens[j].text
    apart, joined = name_particles()
    if text in apart:  # ("Ерік ван дер Берг": past the particles that follow)
        k = j + 1
        while k < limit and tokens[k].text in apart:
            k += 1
        return k < limit and tokens[k].text[:1].isupper()
    return opens_with_joined_article(text)


def run_end(tokens: list[Token], i: int, limit: int, covered: list[bool]) -> int:
    """End of a run of name words and initials starting at ``i`` (at most five parts)."""
    j, parts = i, 0
    while j < limit and parts < 5 and not covered[j]:
        if is_initial(tokens, j):
            j += 2
        elif parts and is_name_particle(tokens, j, limit):
            j += 1
        elif is_name_like(tokens[j]):
            # A first name after a surname starts the next person: "Юрія Мірошниченка Софія ..."
            if parts >= 2 and tokens[j].has("Name") and not tokens[j].has("Surn") and tokens[j - 1].has("Surn"):
                break
            # A first name in another case than the surname before it starts the next person too:
            # "дружина Кравця Марина Пелих", "сином Близнюка Олексієм".
            # (not after a surname the dictionary only guesses: "Речник уряду Насрулла Вахіді")
            if (
                parts and tokens[j].has("Name") and tokens[j - 1].has("Surn") and not tokens[j].cases & tokens[j - 1].cases
                and is_dictionary_word(tokens[j - 1].text.lower())
            ):
                break
            j += 1
        else:
            break
        parts += 1
    return j


def role_before(tokens: list[Token], start: int, role_ends: dict, actor_ends: dict) -> RoleSpan | None:
    """The role phrase that ends right before a name, across the countries, bodies and lower-case
    words that qualify it ("посол США в ООН", "очільником міноборони Північної Кореї")."""
    j, gap = start, 0
    while j > 0 and gap <= ROLE_GAP:
        if tokens[j - 1].sentence != tokens[start].sentence:
            return None  # a role never reaches across sentences or lines
        if j in role_ends:
            return role_ends[j]
        if j in actor_ends and actor_ends[j].type != "PERS":
            j = actor_ends[j].start
            continue
        token = tokens[j - 1]
        if token.has("VERB") and not token.has("NOUN") and not token.has("PREP"):
            return None  # "при" is also an imperative of "перти": a preposition never ends the phrase
        if token.text in QUOTES:
            j -= 1
            continue
        if token.text == "," and j - 2 >= 0 and _in_genitive_list(tokens[j - 2], tokens[j]):
            j -= 1  # "міністр економіки, довкілля та сільського господарства України …": a listed genitive
            continue
        if token.text in DASHES and j - 1 in actor_ends and any(f.start == j for f in actor_ends.values()):
            j -= 1  # "спецпредставник ЄС з питань діалогу Белград — Приштина …": a dash between two places
            continue
        if not token.is_word:
            return None
        # A capitalised word inside the phrase belongs to a body's name ("командувач Сухопутних
        # військ"), unless it may be part of a name (another person).
        if token.text[:1].isupper() and (is_person_word(tokens, j - 1) or token.text.isupper()):
            return None
        j -= 1
        gap += 1
    return None


def _in_genitive_list(before: Token, after: Token) -> bool:
    """Whether a comma joins two lower-case genitives of one office's name ("економіки, довкілля")."""
    return (
        before.is_word and after.is_word and before.text.islower() and after.text.islower()
        and before.has("NOUN") and "gent" in before.cases and "gent" in after.cases
    )


def role_after(tokens: list[Token], end: int, role_starts: dict) -> RoleSpan | None:
    """A role phrase right after a name behind a comma: "Джон Кірбі, координатор ..."."""
    if end < len(tokens) and tokens[end].text == ",":
        return role_starts.get(end + 1)
    return None


def clause_end(tokens: list[Token], start: int, by_start: dict) -> int:
    """Where an appositive role phrase ends: the next punctuation mark or person."""
    j = start
    sentence = tokens[start - 1].sentence
    while j < len(tokens) and j - start < 15:
        if tokens[j].sentence != sentence or not tokens[j].is_word and tokens[j].text not in QUOTES:
            break
        hit = by_start.get(j)
        if hit is not None:
            if hit.type == "PERS":
                break
            j = hit.end
            continue
        j += 1
    return j


def opening_quote(document: Document, closing: int) -> int:
    """Character offset of the quote that opens the one closed at token ``closing``."""
    tokens = document.tokens
    closing_text = tokens[closing].text
    opener = "«" if closing_text == "»" else None
    for j in range(closing - 1, -1, -1):
        text = tokens[j].text
        if opener and text == opener:
            return tokens[j].start
        if (
            not opener
            and text in ('"', "“", "„")
            and (j == 0 or tokens[j - 1].end < tokens[j].start or tokens[j - 1].text in "(:")
        ):
            return tokens[j].start
    return tokens[closing].start


def has_same_surname(person: Found, run: list[Token]) -> bool:
    """Whether a run names the person by surname; a foreign one in -и is declined as an adjective
    ("Павел Новотни … із Новотним")."""
    surname = normalise(person.name.split()[-1])
    forms = {surname, surname[:-1]} if surname.endswith("и") and len(surname) > 4 else {surname}
    return any(forms & text_keys(token.text) for token in run)
