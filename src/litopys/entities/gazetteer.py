"""The actor gazetteer: data files under ``lang/uk/gazetteer`` compiled into a lemma index.

Every name is split into words and each word into the set of keys it may match (its nominative
lemmas and its lower-case form). The index maps the keys of a name's first word to the names, so
finding actors costs a few dictionary look-ups per token, never a scan of the gazetteer; the longest
name that matches at a token wins.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from litopys.doc import Token
from litopys.lang import read_lines, read_tsv
from litopys.language import NAME_TAGS, TOKEN_RE, abbreviations, analyse_word, morph_analyzer

QUOTES = frozenset("\"«»„“”'")
APOSTROPHE_VARIANTS = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
# Readings a word opening a sentence may have besides a nominative noun (Кошти, Мороз, Досі).
SENTENCE_OPENERS = frozenset({"ADVB", "CONJ", "PREP", "PRCL", "VERB", "INTJ", "PRED", "NPRO"})
# Categories of entries: named actors become entities on their own; adjectives, institutions and
# roles only combine with what stands beside them.
ACTOR = "actor"
ADJECTIVE = "adjective"
INSTITUTION = "institution"
ROLE = "role"
GROUP = "group"  # country_groups.tsv: a name of several countries at once
DEMONYM = "demonym"  # kind of the demonyms.tsv entries
PRIORITY = {GROUP: 4, ACTOR: 3, ROLE: 2, INSTITUTION: 1, ADJECTIVE: 0}


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of one actor (or of an adjective, institution or role) as a sequence of word keys."""

    key: str  # identity: every name of one actor shares it ("country:RUS", "person:Володимир Путін")
    name: str  # canonical nominative name
    category: str
    type: str = "ORG"
    kind: str | None = None
    actor_code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    words: tuple[frozenset[str], ...] = ()
    capitalised: tuple[bool, ...] = ()
    upper: tuple[bool, ...] = ()  # abbreviations: upper case in the text too
    ambiguous: bool = False  # a common word at the start of a sentence (ambiguous.txt)
    quoted: bool = False  # written in quotes in the data: only matches in quotes ("Голос" the party)
    family_name_first: bool = False  # people.tsv "!": the last word is not a surname (Кім Чен Ин)
    alone: str | None = None  # institutions.tsv: the body a capitalised name with no country stands for
    office: bool = False  # roles.tsv: with a country and no name, the role is that country's actor
    single: bool = False  # roles.tsv: one holder per country at a time (a president, a foreign minister)
    gender: str | None = None  # people.tsv: the grammatical gender of the person's first name
    members: tuple[str, ...] = ()  # country_groups.tsv: the member countries (alpha-3)


def normalise(text: str) -> str:
    return text.lower().translate(APOSTROPHE_VARIANTS)


@cache
def name_endings() -> tuple[tuple[str, str, str, str], ...]:
    """(ending, replacement, case, gender), longest ending first."""
    rows = [(r[0], r[1], r[2], r[3]) for r in read_tsv("gazetteer", "name_endings.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def strip_ending(word: str, case: str | None = None, gender: str | None = None) -> list[str]:
    """Nominative guesses for an unknown name form (``Намом`` → ``Нам``), most likely first."""
    guesses = []
    lower = word.lower()
    for ending, replacement, row_case, row_gender in name_endings():
        if case and row_case != case or gender and row_gender != gender:
            continue
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:
            guesses.append(word[: len(word) - len(ending)] + replacement)
    return guesses


@lru_cache(maxsize=100_000)
def text_keys(text: str) -> frozenset[str]:
    """Keys a word form in running text can match: every lemma, the form itself, and for a capitalised
    word the nominatives its ending suggests (names pymorphy3 does not know)."""
    lower = normalise(text)
    keys = {lower}
    keys.update(normalise(a.lemma) for a in analyse_word(text.lower()))
    if text[:1].isupper():
        keys.update(normalise(guess) for guess in strip_ending(text))
    return frozenset(keys)


def ordered_keys(text: str) -> list[str]:
    """``text_keys`` with the form as written first and the rest in sorted order: of two entries a word
    matches equally well, the one it spells wins ("Бухарі" the surname over "Бухара" the region), the same on
    every run (a set's order changes from run to run)."""
    written = normalise(text)
    return sorted(text_keys(text), key=lambda key: (key != written, key))


@lru_cache(maxsize=20_000)
def name_word_keys(word: str, alone: bool = False) -> frozenset[str]:
    """Keys a word of a gazetteer name matches: its lower-case form and the lemmas of its nominative
    readings (all lemmas when it has none: a genitive inside a name such as ``Комітет Радбезу``).
    A capitalised name of one word is a noun: "Малі" the country is not "малий" the adjective."""
    if len(word) > 1 and word.isupper():  # abbreviations do not inflect: ПАР is not "пара"
        return frozenset({normalise(word)})
    readings = [a for a in analyse_word(word.lower()) if a.pos not in ("NPRO", "PREP", "CONJ", "PRCL")]
    if alone and word[:1].isupper():
        readings = [a for a in readings if a.pos == "NOUN"]
        if any("Fixd" in a.tags and a.lemma == word.lower() for a in readings):  # indeclinable: Малі
            return frozenset({normalise(word)})
    nominative = [
        a
        for a in readings
        if "nomn" in a.tags or not any(t in a.tags for t in ("gent", "datv", "accs", "ablt", "loct", "voct"))
    ]
    chosen = nominative or readings
    return frozenset({normalise(word)} | {normalise(a.lemma) for a in chosen})


def split_name(name: str) -> list[str]:
    return [m.group() for m in TOKEN_RE.finditer(name) if m.group() not in QUOTES]


@cache
def ambiguous_names() -> frozenset[str]:
    return frozenset(read_lines("gazetteer", "ambiguous.txt"))


def make_entry(name: str, form: str, category: str, key: str, relax_first: bool = False, **fields) -> Entry | None:
    """An entry for one written form of a name. An upper-case word of a name must be upper-case in
    the text too ("Нам" the surname is not "нам" the pronoun); lower-case words match either way, and
    so does the first word of a multi-word body name (``relax_first``: "міністерство фінансів США")."""
    words = split_name(form)
    if not words:
        return None
    capitalised = [w[:1].isupper() for w in words]
    if relax_first and len(words) > 1 and not words[0].isupper():
        capitalised[0] = False
    return Entry(
        key=key,
        name=name,
        category=category,
        words=tuple(name_word_keys(w, len(words) == 1) for w in words),
        capitalised=tuple(capitalised),
        upper=tuple(len(w) > 1 and w.isupper() for w in words),
        ambiguous=len(words) == 1 and words[0] in ambiguous_names(),
        quoted=form[:1] in QUOTES,
        **fields,
    )


def split_names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()] if cell else []


def cell(row: list[str], index: int) -> str:
    return row[index] if len(row) > index else ""


def _countries() -> list[Entry]:
    forms = {row[0]: row for row in read_tsv("gazetteer", "country_forms.tsv")}
    entries = []
    for row in read_tsv("gazetteer", "countries.tsv"):
        # (CLDR qualifies a few names in brackets, "М'янма (Бірма)": news writes the name alone)
        alpha3, name = row[0], " ".join(re.sub(r"\([^)]*\)", " ", row[2]).split())
        extra = forms.get(alpha3, [])
        # (CLDR capitalises "Острови" inside a name, "Соломонові Острови"; news writes "Соломонові острови")
        common = re.sub(r"(?<=\S )Остров(и|ів)\b|(?<=\S )Острів\b", lambda m: m.group(0).lower(), name)
        names = [name, common, *split_names(cell(extra, 1))]
        fields = {"type": "LOC", "kind": "country", "actor_code": alpha3, "country": alpha3}
        for form in dict.fromkeys(names):
            entries.append(make_entry(name, form, ACTOR, f"country:{alpha3}", **fields))
        for adjective in split_names(cell(extra, 2)):
            entries.append(make_entry(adjective, adjective, ADJECTIVE, f"adjective:{alpha3}", country=alpha3))
    return entries


def _demonyms() -> list[Entry]:
    """Names of peoples as their country's actor ("росіяни" → RUS). Only the singular forms are
    compiled: their lemmas cover every case and number, while a plural's lemmas may include the
    country itself ("білоруси" → білорусь)."""
    entries = []
    for row in read_tsv("gazetteer", "demonyms.tsv"):
        alpha3, plural = row[0], row[1]
        fields = {"type": "PERS", "kind": DEMONYM, "actor_code": alpha3, "country": alpha3}
        for form in split_names(cell(row, 2)):
            entries.append(make_entry(plural, form, ACTOR, f"demonym:{alpha3}", **fields))
    return entries


def _capitals() -> list[Entry]:
    entries = []
    for row in read_tsv("gazetteer", "capitals.tsv"):
        name, alpha3, kind = row[0], row[1], row[2]
        fields = {"type": "LOC", "kind": kind, "actor_code": f"{alpha3}GOV", "country": alpha3, "sector": "GOV"}
        for form in [name, *split_names(cell(row, 3))]:
            entries.append(make_entry(name, form, ACTOR, f"capital:{name}", **fields))
    return entries


@cache
def region_adjectives() -> dict[str, str]:
    """Lemma of a region name's adjective → the region's country ("свердловський" → RUS), from places.tsv:
    bodies named after a region ("Свердловський обласний суд", "Харківська ОВА") are that country's."""
    from litopys.language import lemma_of

    result = {}
    for row in read_tsv("gazetteer", "places.tsv"):
        words = row[0].split()
        if row[1] == "region" and len(words) == 2 and words[1] in ("область", "край") and cell(row, 2):
            result[lemma_of(words[0])] = row[2]
    return result


@cache
def divided_halves() -> dict[str, tuple[str, str]]:
    """Lemma of a side of the world → (the half's country, the other half's country), from divided_halves.tsv."""
    from litopys.language import lemma_of

    return {lemma_of(row[0]): (row[1], row[2]) for row in read_tsv("gazetteer", "divided_halves.tsv")}


@cache
def seats_of_organisations() -> dict[str, str]:
    """Capital name → the actor code of the organisation seated there (capitals.tsv, last column)."""
    return {row[0]: row[4] for row in read_tsv("gazetteer", "capitals.tsv") if cell(row, 4)}


@cache
def _longest_first(file: str) -> tuple[tuple[str, str], ...]:
    """The rows of a two-column table of word endings or openings, longest first: the most telling wins."""
    return tuple(sorted(((row[0], row[1]) for row in read_tsv("gazetteer", file)), key=lambda row: -len(row[0])))


def surname_countries(name: str) -> frozenset[str]:
    """Countries a person's surname (the last word of the name) most often comes from; empty when its
    ending tells nothing (surname_origins.tsv)."""
    surname = name.split()[-1].lower() if name.split() else ""
    countries = next((row for ending, row in _longest_first("surname_origins.tsv") if surname.endswith(ending)), "")
    return frozenset(countries.split("|")) - {""}


def company_country(name: str) -> str | None:
    """The country a company's name tells by its opening ("Туркменгаз"), or None (company_prefixes.tsv)."""
    lowered = name.lower()
    return next((country for opening, country in _longest_first("company_prefixes.tsv") if lowered.startswith(opening)), None)


def _places() -> list[Entry]:
    """Hand-written places, then the world's provinces and cities generated from ISO 3166-2 and CLDR
    (world_places.tsv leaves out every name places.tsv has)."""
    entries = []
    for row in read_tsv("gazetteer", "places.tsv") + read_tsv("gazetteer", "world_places.tsv"):
        name, kind, alpha3 = row[0], row[1], cell(row, 2) or None
        fields = {"type": "LOC", "kind": kind, "country": alpha3}
        for form in dict.fromkeys([name, *split_names(cell(row, 3))]):
            entries.append(make_entry(name, form, ACTOR, f"place:{name}", **fields))
    return entries


def _bodies() -> list[Entry]:
    entries = []
    for row in read_tsv("gazetteer", "bodies.tsv"):
        name, type_, kind, code = row[0], row[1], row[2], row[3]
        fields = {
            "type": type_,
            "kind": kind,
            "actor_code": code or None,
            "country": cell(row, 4) or None,
            "sector": cell(row, 5) or None,
        }
        for form in dict.fromkeys([name, *split_names(cell(row, 6))]):
            entries.append(make_entry(name, form, ACTOR, f"body:{name}", relax_first=True, **fields))
    return entries


def _people() -> list[Entry]:
    from litopys.entities.names import gender_of  # names builds on this module

    entries = []
    rows = read_tsv("gazetteer", "people.tsv")
    # A surname two people share (Михайло and Іван Федоров) names neither of them alone.
    surnames = Counter(split_name(row[0])[-1] for row in rows)
    for row in rows:
        name, country, sector, role = row[0], row[1], row[2], cell(row, 3)
        others = split_names(cell(row, 4))
        code = cell(row, 5) or (f"{country}{sector}" if country != "IGO" else None)
        forms = [name, *(o for o in others if o != "!")]
        words = split_name(name)
        if "!" not in others and len(words) > 1 and surnames[words[-1]] == 1:
            forms.append(words[-1])  # the surname alone
        fields = {
            "type": "PERS",
            "kind": "person",
            "actor_code": code,
            "country": None if country == "IGO" else country,
            "sector": sector or None,
            "role": role or None,
            "family_name_first": "!" in others,
            "gender": gender_of(name),
        }
        for form in dict.fromkeys(forms):
            entries.append(make_entry(name, form, ACTOR, f"person:{name}", **fields))
    return entries


@lru_cache(maxsize=20_000)
@cache
def name_particles() -> tuple[frozenset[str], tuple[str, ...]]:
    """Particles written apart ("де", "фон") and articles joined by a hyphen ("ель-") inside a person's name."""
    words = read_lines("name_particles.txt")
    return frozenset(w for w in words if not w.endswith("-")), tuple(w for w in words if w.endswith("-"))


def opens_with_joined_article(text: str) -> bool:
    """"аль-Джубурі": a surname written after an Arabic article joined by a hyphen, lower-case as it opens."""
    return any(text.startswith(prefix) and text[len(prefix) : len(prefix) + 1].isupper() for prefix in name_particles()[1])


def first_name_of(tokens: list[Token], i: int, limit: int, index: dict[str, list[Entry]]) -> bool:
    """Whether the word at ``i``, no preposition before it, opens a person's name: the next word is a surname
    ("Сана Мірза", "Салем аль-Варфаллі"), capitalised or after a joined article, of a person or unknown to the
    dictionary, and no name the gazetteer knows ("у Вашингтоні Трамп": a place after its preposition)."""
    if i + 1 >= limit or i > 0 and tokens[i - 1].has("PREP"):
        return False
    after = tokens[i + 1]
    if not (after.text[:1].isupper() and after.text[1:2].islower() or opens_with_joined_article(after.text)):
        return False
    if any(key in index for key in text_keys(after.text)):
        return False
    if i + 2 < limit and tokens[i + 2].text[:1].isupper() and tokens[i + 2].text[1:2].islower():
        return False  # "мера Тбілісі Каху Каладзе": a full name after the place, which is no first name then
    return opens_with_joined_article(after.text) or any(
        a.tags & NAME_TAGS or a.pos == "NOUN" and "anim" in a.tags for a in after.analyses
    ) or not morph_analyzer().word_is_known(after.text.lower())


def ordinary_word(word: str, nouns: bool = True, plural_pronouns: bool = True) -> bool:
    """Whether a word form is an ordinary word of the dictionary that may open a sentence: a verb,
    adverb, conjunction … ("Досі", "Того") or, with ``nouns``, a nominative noun ("Кошти", "Мороз"),
    in a reading that is not a name (without ``plural_pronouns``, not a plural pronoun either). Guesses for
    unknown words (Умєров) do not count, nor do adjective readings (every -ський surname has one)."""
    morph = morph_analyzer()
    lower = word.lower()
    if not morph.word_is_known(lower):
        return False
    return any(
        not any(t in p.tag for t in NAME_TAGS)
        and (p.tag.POS in SENTENCE_OPENERS or nouns and p.tag.POS == "NOUN" and "nomn" in p.tag)
        and (plural_pronouns or not (p.tag.POS == "NPRO" and "plur" in p.tag))
        for p in morph.parse(lower)
    )


def _institutions() -> list[Entry]:
    entries = []
    for row in read_tsv("gazetteer", "institutions.tsv"):
        name, kind, sector = row[0], row[1], row[2]
        alone = cell(row, 4) or None
        for form in dict.fromkeys([name, *split_names(cell(row, 3))]):
            entries.append(
                make_entry(name, form, INSTITUTION, f"institution:{name}", kind=kind, sector=sector, alone=alone)
            )
    return entries


def _roles() -> list[Entry]:
    return [
        make_entry(
            row[0], row[0], ROLE, f"role:{row[0]}", sector=cell(row, 1) or None, office=cell(row, 2) != "no",
            actor_code=cell(row, 3) or None, single=cell(row, 4) == "one",
        )
        for row in read_tsv("gazetteer", "roles.tsv")
    ]


class Gazetteer:
    """Every entry, indexed by the keys of its first word."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        index: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            for key in entry.words[0]:
                index[key].append(entry)
        # Longest names first, named actors before roles, institutions and adjectives.
        self.index = {
            key: tuple(sorted(found, key=lambda e: (-len(e.words), -PRIORITY[e.category])))
            for key, found in index.items()
        }
        self.by_key = {entry.key: entry for entry in entries}

    def match_at(self, tokens: list[Token], i: int, limit: int, first: int = -1) -> tuple[Entry, int] | None:
        """The longest entry that starts at token ``i`` (ending before ``limit``) and the index after it;
        ``first`` is where the sentence starts (ambiguous names do not count there)."""
        token = tokens[i]
        if not token.is_word:
            return None
        candidates: list[Entry] = []
        for key in ordered_keys(token.text):
            candidates.extend(self.index.get(key, ()))
        if not candidates:
            return None
        best: tuple[Entry, int] | None = None
        sentence_initial = all(not t.is_word for t in tokens[max(first, 0) : i]) if first >= 0 else False
        for entry in candidates:
            # At the start of a sentence a known adverb, conjunction or verb ("Досі", "Того") is that word,
            # not a one-word proper name; nor is a surname that is an ordinary noun ("Кошти").
            if (
                sentence_initial
                and len(entry.words) == 1
                and entry.category == ACTOR
                and entry.capitalised[0]  # a lower-case name (росіяни, окупанти) is a noun anyway
                and (entry.ambiguous or ordinary_word(token.text, nouns=entry.type == "PERS"))
                and not is_subject_surname(entry, tokens, i, limit)
                and not is_subject_country(entry, tokens, i, limit)
            ):
                continue
            if entry.kind == DEMONYM and token.text[:1].isupper() and not sentence_initial:
                continue  # "у Білорусі" is the country, not "білорусі" the dative of "білорус"
            end = self._match_entry(entry, tokens, i, limit)
            if end is None:
                continue
            if entry.category == ROLE and token.text[:1].isupper() and not sentence_initial and not (
                end < limit and (body := self.match_at(tokens, end, limit)) is not None
                and body[0].category in (ACTOR, INSTITUTION) and body[0].type != "PERS"
            ):
                continue  # a capitalised role word inside a sentence is part of a name («Легіон Експерт»), unless
                # the body it serves follows: "прийняв у Ватикані Уповноважену Верховної Ради … Ярославу Костенко"
            if entry.type == "PERS" and end == i + 1 and names_a_place(tokens, i):
                continue  # "села Тихе … заперечили втрату Тихого": a village, not the spokesman Тихий
            if (
                entry.type == "PERS" and end == i + 1 and end < limit and tokens[end].is_word
                and tokens[end].text[:1].isupper() and tokens[end].text[1:2].islower()
                and not tokens[end].has("Geox") and any(a.pos == "NOUN" for a in tokens[end].analyses)
                and not any(key in self.index for key in text_keys(tokens[end].text))
            ):
                continue  # "лідер партії Міхал Шимечка": a surname alone before another name is a first name
            if entry.kind in ("capital", "city") and end == i + 1 and first_name_of(tokens, i, limit, self.index):
                continue  # "речниця МЗС Пакистану Сана Мірза", "Салем аль-Варфаллі заявив": a first name
            if (
                best is None
                or len(entry.words) > len(best[0].words)
                or len(entry.words) == len(best[0].words)
                and (
                    PRIORITY[entry.category] > PRIORITY[best[0].category]
                    or best[0].kind == DEMONYM  # a name wins over a people's name of the same form
                    or best[0].type == "PERS" and entry.kind == "country"  # "в Косові" is no "Кос"
                )
            ):
                best = (entry, end)
        return best

    @staticmethod
    def _match_entry(entry: Entry, tokens: list[Token], i: int, limit: int) -> int | None:
        if entry.quoted and (i == 0 or tokens[i - 1].text not in QUOTES):
            return None
        j = i
        quoted = False
        for position, keys in enumerate(entry.words):
            if position:  # quotes inside a name are skipped: ПВК «Вагнер»
                while j < limit and tokens[j].text in QUOTES:
                    quoted = True
                    j += 1
            if j >= limit:
                return None
            token = tokens[j]
            if entry.capitalised[position] and not token.text[:1].isupper():
                return None
            if entry.upper[position] and not token.text.isupper():
                return None
            if (
                not entry.upper[position]
                and len(token.text) > 1
                and token.text.isupper()
                and not _in_capitals(tokens, j)
            ):
                return None  # ГУАМ the organisation is not Гуам the island, unless the line is in capitals
            if keys.isdisjoint(text_keys(token.text)):
                return None
            j += 1
        if quoted and j < limit and tokens[j].text in QUOTES and tokens[j].start == tokens[j - 1].end:
            j += 1  # the quote that closes one opened inside the name
        elif (
            j < limit
            and tokens[j].text == "."
            and tokens[j].start == tokens[j - 1].end
            and tokens[j - 1].text.lower() in abbreviations()
        ):
            j += 1  # Івано-Франківська обл.
        return j


def names_a_place(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` comes after a word that makes a name a place ("села Тихе"), or is a form of a
    name the text so made a place before it ("… втрату Тихого")."""
    from litopys.entities.ner import place_words

    marks_place = place_words().marks_place
    lemma = tokens[i].lemma
    return any(
        tokens[k - 1].text.lower() in marks_place and (k == i or tokens[k].lemma == lemma and tokens[k].text[:1].isupper())
        for k in range(i, 0, -1)
    )


def is_subject_surname(entry: Entry, tokens: list[Token], i: int, limit: int) -> bool:
    """A known surname that is also a common noun ("Подоляк", "Маляр", "Сальдо") opening a sentence is
    the person when a past-tense verb of the person's gender follows ("Маляр повідомила"): the noun
    would need its own gender or number ("Сальдо становило", "Кошти надійшли")."""
    # ("Сі прибув": a plural pronoun reading cannot go with a singular past verb)
    if entry.type != "PERS" or entry.ambiguous or i + 1 >= limit or ordinary_word(tokens[i].text, nouns=False, plural_pronouns=False):
        return False
    genders = {entry.gender} if entry.gender else {"masc", "femn"}
    return any(
        a.pos == "VERB" and "past" in a.tags and not genders.isdisjoint(a.tags) for a in tokens[i + 1].analyses
    )



def is_subject_country(entry: Entry, tokens: list[Token], i: int, limit: int) -> bool:
    """A country whose name is also a common word ("Малі", "Куба", "Нігер") opening a sentence is the
    country when a singular finite verb follows ("Малі звинуватило Алжир", "Нігер відкликав посла"); the
    word would be followed by its noun or particle ("Малі діти", "Того ж дня"), and a pronoun stays one
    ("Того вимагає закон")."""
    if entry.kind != "country" or i + 1 >= limit or any(a.pos == "NPRO" for a in tokens[i].analyses):
        return False
    return any(
        a.pos == "VERB" and "plur" not in a.tags and "infn" not in a.tags and "impr" not in a.tags
        for a in tokens[i + 1].analyses
    ) and not any(a.pos in ("NOUN", "ADJF") for a in tokens[i + 1].analyses)


def _in_capitals(tokens: list[Token], j: int) -> bool:
    """Whether a word stands among other words in capitals (a headline), not alone as an abbreviation."""
    neighbours = [t for t in tokens[max(0, j - 2) : j + 3] if t.is_word and t is not tokens[j] and len(t.text) > 1]
    return bool(neighbours) and all(t.text.isupper() for t in neighbours)


@cache
def _country_groups() -> list[Entry]:
    entries = []
    for row in read_tsv("gazetteer", "country_groups.tsv"):
        name, members = row[0], tuple(row[1].split())
        for form in dict.fromkeys([name, *split_names(cell(row, 2))]):
            entries.append(make_entry(name, form, GROUP, f"group:{name}", type="LOC", kind="group", members=members))
    return entries


def load_gazetteer() -> Gazetteer:
    """The gazetteer, compiled once per process."""
    entries = [
        *_countries(), *_demonyms(), *_capitals(), *_places(), *_bodies(), *_people(), *_institutions(), *_roles(),
        *_country_groups(),
    ]
    return Gazetteer([e for e in entries if e is not None])
