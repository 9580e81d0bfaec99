"""Entities: actors found by gazetteer, statistical NER and morphology, canonicalised and coded.

Three sources make one entity list. The gazetteer (``lang/uk/gazetteer``) gives canonical names and
CAMEO-style actor codes, matched on lemmas so every case form hits; a country adjective or a country
after a kind of body ("російська армія", "міноборони Північної Кореї") makes a coded body of that
country. People outside the gazetteer come from name morphology (pymorphy3 Name/Surn tags) and
capitalisation, and a role phrase beside them gives them a role, a country and a sector. The
statistical NER model, when shipped, adds the long tail and JOB spans. Then all mentions of one actor
are joined: a surname alone links to the full name, and "він"/"вона" after a quote to the speaker.

Capitals are their own entities (type LOC, kind ``capital``) coded as their country's government
(``PRKGOV``), apart from the country entity: "у Пхеньяні" is a place, "Пхеньян заявив" the
government, and the country keeps the mentions that name the country.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from litopys.dates.patterns import vocabulary as date_vocabulary
from litopys.doc import Document, Entity, Mention, Token
from litopys.entities.gazetteer import (
    ACTOR,
    ADJECTIVE,
    GROUP,
    INSTITUTION,
    ROLE,
    Entry,
    company_country,
    divided_halves,
    load_gazetteer,
    name_word_keys,
    opens_with_joined_article,
    ordered_keys,
    ordinary_word,
    region_adjectives,
    seats_of_organisations,
    surname_countries,
    text_keys,
)
from litopys.entities.names import (
    GENDERS,
    canonical_person,
    gender_of,
    genitive_phrase,
    inflect_phrase,
    is_known_first_name,
    is_known_name_word,
    is_name_run,
    nominative_phrase,
    plausible_after_role,
    role_gender,
)
from litopys.entities.ner import is_street_across_lines
from litopys.entities.rules import (
    CLOSING_QUOTES,
    DASHES,
    OPENING_QUOTES,
    PLACE_KINDS,
    UNNAMED_KINDS,
    Found,
    RoleSpan,
    after_vessel_noun,
    armed_group_nouns,
    clause_end,
    closing_quote,
    code,
    first_name_cases,
    has_same_surname,
    has_spelled_first_name,
    igo_nouns,
    in_quoted_name,
    in_relative_clause,
    is_initial,
    is_name_like,
    is_name_particle,
    is_nominal,
    is_opening_quote,
    is_other_country,
    is_other_first_name,
    is_own_country,
    is_owner,
    is_person_word,
    is_place_name,
    is_regnal_number,
    is_surname_after_title,
    is_title_adjective,
    latin_org_endings,
    local_body_words,
    opening_quote,
    org_forms,
    people_of_a_country,
    person_titles,
    role_after,
    role_before,
    run_end,
    town_nouns,
)
from litopys.language import analyse_word, is_dictionary_word

log = logging.getLogger(__name__)

PRONOUN_GENDER = {"він": "masc", "вона": "femn"}
# Words that point back at a body named before ("самому фонду", "цього агентства") rather than name another.
REFERRING_DETERMINERS = frozenset({"сам", "цей", "той", "даний", "зазначений"})
MODEL_LABELS = frozenset({"PERS", "ORG", "LOC"})
NEVER_IN_NAMES = frozenset({"проти", "щодо"})
# Kinds of body that, named bare after one with its country ("армія Судану … армії"), are that one; a
# government word ("сторони", "дипломатію") is not, as it means the parties or the craft as often.
BODIES_REFERRED_BACK = frozenset({"armed-forces", "intelligence", "police", "ministry", "state-body", "court", "parliament"})  # prepositions of no span in NER-UK's training half
# Groups of people told again with no country ("польські фермери … Аграрії вимагають"): the group named before;
# protesters are whichever of these groups protested before them.
GROUPS_REFERRED_BACK = frozenset({"farmers", "students", "workers", "protesters", "opposition"})
# Kinds of state body that sit in their own country: named with only a capital ("поліція в Белграді") they are
# that capital's country's (not an embassy, a delegation or an army, which sit abroad).
SEATED_KINDS = frozenset({"police", "ministry", "state-body", "court", "parliament"})
# Role words of an embassy's head: a bare "Посол" after "Посольство Росії" is that embassy's.
AMBASSADOR_ROLES = frozenset({"посол", "посолка", "посланець"})
SEAT_KINDS = ("capital", "country", "city")  # the places a body is told as sitting in
# Kinds of state body whose own name, found by the model without a country, is placed like an office.
HOME_BODY_KINDS = frozenset({"government", "parliament", "armed-forces", "state-body", "intelligence"})


def in_brackets(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens ``start``…``end`` stand alone in round brackets: "(DIICOT)"."""
    return start > 0 and end < len(tokens) and tokens[start - 1].text == "(" and tokens[end].text == ")"


@dataclass(slots=True)
class Draft:
    """An entity being built: its fields and its mentions as character spans."""

    found: Found
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None


def is_generic_alias(run: list[Token]) -> bool:
    """Whether a name is made of common words only ("Національна гвардія", "Рада"), not an acronym or a
    name of its own ("ЗСУ", "Укренерго"): such a name says nothing of whose body it is."""
    return all(
        t.is_word and not t.text.isupper() and t.pos in ("NOUN", "ADJF") and not any("Geox" in a.tags or "Name" in a.tags for a in t.analyses)
        for t in run
    )


# The words by which an office refers back to a country named before ("МЗС країни", "президент республіки",
# "міністр закордонних справ королівства").
REFERRING_COUNTRY_WORDS = frozenset({"країна", "держава", "республіка", "королівство", "емірат", "султанат"})
# The words by which an office refers back to the ministry named before ("речник відомства").
BODY_REFERRING_WORDS = frozenset({"відомство", "міністерство"})
AND_WORDS = ("та", "і", "й")  # the words that join two names of one list ("Сухопутні війська та Прикордонна служба …")
WITHIN_PREPS = frozenset({"в", "у", "на", "під", "біля", "поблизу", "неподалік"})  # where a place lies
STATE_VOICES = frozenset({"country", "capital", "government", "ministry", "embassy", "parliament", "state-body", "office"})


def _in_headline(document: Document, found: Found, sentence: int) -> bool:
    """Whether a mention is in the headline (a first sentence that is a paragraph of its own) while
    ``sentence`` is in the body: a headline sums up all sides, so it places no one in the lead."""
    return document.tokens[found.start].sentence == 0 < sentence and (
        document.sentences[0].paragraph != document.sentences[sentence].paragraph
    )


def _speaks_for_a_state(document: Document, found: Found, sentence: int) -> bool:
    """Whether a mention at most four sentences back names a state, its body or official as the one
    acting (a nominative noun, not "режиму Лукашенка" or "Києву")."""
    tokens = document.tokens
    told = tokens[found.start].sentence
    if not found.country or not sentence - 4 <= told <= sentence:
        return False
    if _in_headline(document, found, sentence):
        return False  # (nor the headline, which sums up all sides: "…, Москва погрожує Софії")
    if found.type == "PERS":
        if found.sector not in ("GOV", "MIL", "LEG"):
            return False
        # ("викликало посла Франції Ніколя Бертрана": a foreign first name may read as any case, but a surname
        # told otherwise than the name's own form, and with no nominative reading, is no subject)
        last = tokens[found.end - 1]
        if last.text.lower() != found.name.split()[-1].lower() and not any(
            "nomn" in a.tags and "plur" not in a.tags for a in last.analyses
        ):
            return False
    elif found.kind not in STATE_VOICES:
        return False
    first = tokens[found.start]  # ("німецького МЗС" is no subject; "Уряди Польщі, Угорщини та Чехії" are several)
    if found.kind in ("country", "capital"):
        # A name the dictionary may read in any case is no subject after a preposition ("вимагає від Нейп'їдо") or
        # a noun it owns ("генерального консульства КНР"); nor is one that ends a list the noun before governs
        # ("громадяни Ємену, Сомалі та Сирії"); "Загреба" may read as a nominative too.
        # (the word before in its own sentence: a headline's last noun governs nothing in the lead)
        before = tokens[found.start - 1] if found.start > 0 and tokens[found.start - 1].sentence == told else None
        if found.kind == "capital" and before is not None and found.start - 1 == document.sentences[told].first_token:
            # "У Сеулі протест не прийняли": a capital that opens its sentence with "у"/"в" is its government
            return before.text.lower() in ("у", "в")
        if before is not None and (before.has("PREP") or before.pos == "NOUN"):
            return False
        if not first.text.isupper():
            return first.text.lower() == found.name.split()[0].lower() and not _governed_list_member(tokens, found.start)
    return any("nomn" in a.tags and "plur" not in a.tags for a in first.analyses if str(a.pos) == str(first.pos))


def _governed_list_member(tokens: list[Token], start: int, heads: frozenset[str] | None = None) -> bool:
    """Whether the name at ``start`` follows a common noun (one of ``heads`` when given) that governs it,
    directly ("громадяни Сомалі") or as a later member of a list of capitalised names ("громадяни Ємену,
    Сомалі та Сирії")."""
    def is_name(k: int) -> bool:
        return k >= 0 and tokens[k].sentence == tokens[start].sentence and tokens[k].is_word and tokens[k].text[:1].isupper()

    k = start - 1
    while start - k <= 10 and k >= 0 and tokens[k].sentence == tokens[start].sentence:
        if is_name(k) or (tokens[k].text == "," or tokens[k].pos == "CONJ") and is_name(k - 1):
            k -= 1  # (a separator only between two names: "охорону кордону й Латвія" is no list)
            continue
        return tokens[k].pos == "NOUN" and tokens[k].text.islower() and (heads is None or tokens[k].lemma in heads)
    return False


def _latin_name_end(tokens: list[Token], start: int, limit: int) -> int | None:
    """The end of a name in Latin letters that opens at ``start`` with a capital ("Kyodo", "Wall Street
    Journal"), or None."""
    def latin(k: int) -> bool:
        return k < limit and tokens[k].is_word and tokens[k].text[:1].isascii() and tokens[k].text[:1].isalpha()

    if not (latin(start) and tokens[start].text[:1].isupper()):
        return None
    end = start + 1
    while latin(end) and tokens[end].start == tokens[end - 1].end + 1:
        end += 1
    return end


def _state_that_spoke(
    document: Document, found: list[Found], before: int, sentence: int, heard: Callable[[Found], bool] = lambda f: True
) -> Found | None:
    """The latest mention ending by token ``before`` that speaks for a state (``_speaks_for_a_state``) and that
    ``heard`` accepts."""
    voices = [f for f in found if f.end <= before and heard(f) and _speaks_for_a_state(document, f, sentence)]
    return max(voices, key=lambda f: f.start, default=None)


def _spoken_of(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is in what someone says, not among who speaks: after ", що" in its sentence, or inside
    angle quotes ("«Ми бачимо тут руку Парижа», — заявила вона"; a straight quote does not tell opening from closing)."""
    sentence = tokens[k].sentence
    i = k - 1
    while i > 0 and tokens[i].sentence == sentence:
        if tokens[i].text.lower() == "що" and tokens[i - 1].text == "," or tokens[i].text in "«„":
            return True
        if tokens[i].text == "»":
            break
        i -= 1
    j = k + 1
    while j < len(tokens) and tokens[j].sentence == sentence and tokens[j].text not in "«„":
        if tokens[j].text == "»":
            return True
        j += 1
    return False


def _office_holder_served(document: Document, found: list[Found], person: Found) -> Found | None:
    """The holder, named before, of the office a person serves ("речник прем'єра", "радник президента"): the
    office is a genitive right before the name, after the noun of the person's own post."""
    tokens = document.tokens
    words = (person.role or "").lower().split()
    if len(words) != 1 or person.start < 2:
        return None
    office = tokens[person.start - 1]
    if not any(a.lemma == words[0] and "gent" in a.tags for a in office.analyses) or tokens[person.start - 2].pos != "NOUN":
        return None  # ("прем'єра" is also a première: the office's genitive reading counts)
    return next((
        f for f in reversed(found)
        if f.type == "PERS" and f.start < person.start - 2 and f.country and (f.role or "").lower().startswith(words[0])
    ), None)


def _ministry_of_minister(document: Document, found: list[Found], person: Found, sentence: int) -> Found | None:
    """The latest ministry with a country, named before the person in the person's sentence or the one before in
    the same paragraph (not a headline's "Пентагон"), whose name holds the portfolio of the person's "міністр …"
    role ("міністр закордонних справ" and "Міністерство закордонних справ Кувейту")."""
    words = (person.role or "").lower().split()
    if len(words) < 2 or not words[0].startswith("міністр"):
        return None
    tokens, sentences = document.tokens, document.sentences
    return next((
        f for f in reversed(found) if f.kind == "ministry" and f.country and f.start < person.start
        and tokens[f.start].sentence >= sentence - 1 and f" {words[1]}" in f" {f.name.lower()}"
        and sentences[tokens[f.start].sentence].paragraph == sentences[sentence].paragraph
    ), None)


def _seat(tokens: list[Token], end: int, place: tuple[int, str | None, str | None], kinds: tuple[str, ...]) -> str | None:
    """The country of ``place`` (its first token, kind and country) when it is named with "у"/"в" right after a body
    ending at token ``end``, in the locative, and of one of ``kinds``."""
    start, kind, country = place
    if end + 1 >= len(tokens) or tokens[end].text.lower() not in ("у", "в") or start != end + 1:
        return None
    return country if kind in kinds and "loct" in tokens[start].cases else None


def _quote_spoken_by(tokens: list[Token], start: int) -> range:
    """The tokens inside the quote a speaker at ``start`` closes with a dash ("«…», — заявив прем'єр-міністр X");
    empty when there is none."""
    sentence = tokens[start].sentence
    close = start - 1
    while close >= 0 and tokens[close].sentence == sentence and tokens[close].text not in CLOSING_QUOTES:
        close -= 1
    if close < 0 or tokens[close].sentence != sentence or not any(t.text in DASHES for t in tokens[close + 1 : start]):
        return range(0)
    opening = close - 1
    while opening >= 0 and tokens[opening].sentence >= sentence - 3 and tokens[opening].text not in OPENING_QUOTES:
        opening -= 1
    return range(opening + 1, close) if opening >= 0 and tokens[opening].text in OPENING_QUOTES else range(0)


class EntityRecognizer:
    """The entities stage: fills ``document.entities`` (and ``document.ner_spans`` from the model)."""

    def __init__(self, model: str | None = None, use_model: bool = True) -> None:
        self._shared_roles: dict[int, tuple[RoleSpan, int, list[Found]]] = {}
        self.model_path = model
        self.use_model = use_model
        self.gazetteer = load_gazetteer()
        self._model = None
        self._model_loaded = False

    @property
    def model(self):
        """The NER model (loaded on first use), or None when there is none or it is turned off."""
        if not self.use_model:
            return None
        if not self._model_loaded:
            try:
                from litopys.entities.ner import load_ner
            except ImportError:  # the NER module is optional: the rules work alone
                self._model_loaded = True
                return None
            # A model asked for by path that cannot be loaded fails every document, not just the first.
            self._model = load_ner(self.model_path)
            self._model_loaded = True
        return self._model

    def __call__(self, document: Document) -> Document:
        tokens = document.tokens
        found, roles = self._gazetteer_spans(document)
        found = [f for f in found if f.kind not in PLACE_KINDS or not in_quoted_name(tokens, f.start, f.end)]
        covered = [False] * len(tokens)
        for span in found:
            for i in range(span.start, span.end):
                covered[i] = True
        for role in roles:
            for i in range(role.start, role.end):
                covered[i] = True
        found.extend(self._quoted_organisations(document, covered))
        found.extend(self._unknown_people(document, found, roles, covered))
        found.sort(key=lambda f: f.start)
        self._shared_roles = {}
        self._attach_roles(document, found, roles)
        self._nationalities(found)
        found.extend(self._offices(document, roles))
        found.extend(self._surnames(document, found, covered))
        model = self.model
        if model is not None:
            document.ner_spans = model.predict(document.text)
            added = self._model_spans(document, found, covered)
            found.extend(added)
            if any(f.type == "PERS" for f in added):
                self._roles_for_model_people(document, found, roles, added)
        for person in found:  # a shared role's later names, found by the model or by surname
            if person.type == "PERS" and person.start in self._shared_roles and not person.country:
                role, _, (owner,) = self._shared_roles[person.start]
                person.country, person.sector = owner.country, role.entry.sector or "GOV"
                person.actor_code = code(owner.country, person.sector)
        found.sort(key=lambda f: f.start)
        self._bracketed_abbreviations(document.tokens, found)
        self._home_bodies(document.tokens, found)
        self._bodies_of_adjective(document.tokens, found)
        self._parts_of_state_bodies(document, found)
        self._home_offices(document, found)
        self._places_within(document.tokens, found)
        found[:] = [f for f in found if not self._in_day_name(document.tokens, f)]
        self._bodies_referred_back(document.tokens, found)
        drafts = self._gather(document, found)
        self._pronouns(document, drafts)
        document.entities = self._entities(drafts)
        self._seats_of_organisations(document.entities)
        self._halves_of_divided_countries(document.entities)
        return document

    @staticmethod
    def _bodies_referred_back(tokens: list[Token], found: list[Found]) -> None:
        """"Рада директорів МВФ відклала транш … Аргентина може призупинити платежі самому фонду": the head noun of
        an international body's name, lower case and bare, refers back to that body when it is the only body
        named with that head, within a few sentences ("агентство" for МАГАТЕ, "альянс" for НАТО). The mention is
        coreference: no name, so NER-UK does not count it."""
        heads_of: dict[str, set[str]] = {}  # a body's key → the head nouns of its names as written
        for f in found:
            if f.type != "ORG":
                continue
            # (as written, else as the gazetteer names it: "МАГАТЕ" is "Міжнародне агентство з атомної енергії")
            written = next((t.lemma for t in tokens[f.start : f.end] if t.pos == "NOUN" and not t.text.isupper()), None)
            canonical = next(
                (a.lemma for word in f.name.split() if not word.isupper() for a in analyse_word(word.lower())[:1] if a.pos == "NOUN"), None
            )
            heads_of.setdefault(f.key, set()).update(head for head in (written, canonical) if head)
        if not any((f.actor_code or "").startswith("IGO") for f in found if heads_of.get(f.key)):
            return
        by_head: dict[str, list[Found]] = {}
        for f in found:
            for head in heads_of.get(f.key, ()):
                by_head.setdefault(head, []).append(f)
        taken = {k for f in found for k in range(f.start, f.end)}
        added: list[Found] = []
        for k, token in enumerate(tokens):
            hits = token.lemmas & by_head.keys()
            if not hits or k == 0 or k in taken or not token.is_word:
                continue
            opening = tokens[k - 1].sentence != token.sentence
            if not (token.text.islower() or opening and token.text[1:].islower()):
                continue
            named = [f for head in hits for f in by_head[head] if f.end <= k]
            if not named:
                continue
            body = max(named, key=lambda f: f.end)
            if len({f.key for f in named}) > 1 or not (body.actor_code or "").startswith("IGO") or (
                token.sentence - tokens[body.start].sentence > 4
            ):
                continue  # (two bodies named so, "Міжнародний кримінальний суд" and "Міжнародний суд ООН": either)
            before, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
            if not opening and before.pos == "ADJF" and before.lemma not in REFERRING_DETERMINERS:
                continue  # ("міський суд", "інвестиційний фонд": another one)
            if after is not None and after.sentence == token.sentence and (
                after.text[:1].isupper() or after.text in OPENING_QUOTES or after.pos in ("NOUN", "ADJF") and after.has("gent")
            ):
                continue  # ("фонд національного добробуту", "агентство Reuters": one named by what follows)
            added.append(replace(body, start=k, end=k + 1, source="coreference"))
        if added:
            found.extend(added)
            found.sort(key=lambda f: f.start)

    @staticmethod
    def _places_within(tokens: list[Token], found: list[Found]) -> None:
        """A place no gazetteer knows takes the country of the known place it is said to lie in ("село
        Мбалала на півночі нігерійського штату Борно", "Мала Токмачка на Оріхівському напрямку в Запорізькій
        області")."""
        for k, place in enumerate(found):
            if place.type != "LOC" or place.country or place.end >= len(tokens) or tokens[place.end].text.lower() not in WITHIN_PREPS:
                continue
            for known in found[k + 1 :]:
                if known.start - place.end > 5 or tokens[known.start].sentence != tokens[place.start].sentence:
                    break
                between = tokens[place.end : known.start]
                if any(t.text in (",", ";", ":") or t.pos == "VERB" for t in between):
                    break
                if known.country and known.kind in PLACE_KINDS:
                    place.country = known.country
                    break

    @staticmethod
    def _in_day_name(tokens: list[Token], found: Found) -> bool:
        """"в День Європи", "до Дня Незалежності України": a name inside a day's name is no actor there."""
        k = found.start - 1
        return k >= 0 and tokens[k].is_capitalised and date_vocabulary().units.get(tokens[k].text.lower()) == "day" and (
            k == 0 or tokens[k - 1].sentence == tokens[k].sentence and tokens[k - 1].is_word
        )

    @staticmethod
    def _seats_of_organisations(entities: list[Entity]) -> None:
        """"Брюссель не розморозить кошти": in a text about the EU its seat speaks for the EU, not for
        Belgium (capitals.tsv, last column); elsewhere it stays the Belgian government."""
        seats = seats_of_organisations()
        present = {e.actor_code for e in entities if e.actor_code}
        for entity in entities:
            organisation = seats.get(entity.name) if entity.kind == "capital" else None
            if organisation and any(code.startswith(organisation) for code in present if code != entity.actor_code):
                entity.actor_code, entity.country, entity.sector = organisation, None, "GOV"

    @staticmethod
    def _halves_of_divided_countries(entities: list[Entity]) -> None:
        """"зажадав від Півночі припинити порушення": in a text about both Koreas "Північ" is the North's state
        (divided_halves.tsv); elsewhere it stays a place."""
        halves = divided_halves()
        present = {e.country for e in entities if e.country}
        for entity in entities:
            lemmas = {a.lemma for a in analyse_word(entity.name.lower())} if entity.type == "LOC" and not entity.country else set()
            half = next((halves[lemma] for lemma in lemmas if lemma in halves), None)  # ("Півночі" is first read as "опівночі")
            if half and set(half) <= present:
                entity.country = entity.actor_code = half[0]
                entity.kind = "country"

    # -- gazetteer ---------------------------------------------------------------------------------

    @staticmethod
    def _titled(matches: list[tuple[int, int, Entry]], k: int) -> bool:
        """Whether match ``k`` ends an office: a role, or the country right after one ("Президент Аргентини")."""
        if k < 0:
            return False
        if matches[k][2].category == ROLE:
            return True
        return matches[k][2].kind == "country" and k > 0 and matches[k - 1][2].category == ROLE and matches[k - 1][1] == matches[k][0]

    def _gazetteer_spans(self, document: Document) -> tuple[list[Found], list[RoleSpan]]:
        """Actor spans and role phrases from the gazetteer, with adjective/institution combinations."""
        tokens = document.tokens
        matches: list[tuple[int, int, Entry]] = []
        for sentence in document.sentences:
            i, limit = sentence.first_token, sentence.last_token
            while i < limit:
                hit = self.gazetteer.match_at(tokens, i, limit, sentence.first_token)
                if hit is None:
                    i += 1
                    continue
                entry, end = hit
                matches.append((i, end, entry))
                i = end
        found: list[Found] = []
        roles: list[RoleSpan] = []
        # (a body named by common words only, "Національна гвардія", is Ukraine's by default, not by name)
        ukraine_named = any(
            entry.country == "UKR" and entry.category != INSTITUTION
            and not (entry.category == ACTOR and entry.type == "ORG" and is_generic_alias(tokens[start:end]))
            # ("речник уряду Мамаді Сумах": a town's form right after a capitalised name is a surname, no Sumy)
            and not (entry.type == "LOC" and start > 0 and tokens[start - 1].sentence == tokens[start].sentence
                     and tokens[start - 1].is_capitalised and start - 1 != document.sentences[tokens[start].sentence].first_token)
            for start, end, entry in matches
        )
        surnames: set[str] = set()  # places that are a person's surname in this text
        n = 0
        while n < len(matches):
            start, end, entry = matches[n]
            following = matches[n + 1] if n + 1 < len(matches) and matches[n + 1][0] == end else None
            if following and tokens[following[0]].sentence != tokens[start].sentence:
                following = None  # names never combine across sentences or lines
            if entry.category == GROUP:  # "країни Балтії": each member country is named at once
                for alpha3 in entry.members:
                    member = self.gazetteer.by_key.get(f"country:{alpha3}")
                    if member is not None:
                        found.append(self._from_entry(member, start, end))
                n += 1
                continue
            if entry.category == ACTOR:
                if is_other_first_name(tokens, entry, start, end) and not (
                    # "мера Ізміра Дженгіза Озтюрка": a town after an office is its seat when, as a first name, it
                    # could not agree with the office ("Ізміра" is a woman's name only in the nominative)
                    entry.kind in ("city", "capital") and n > 0 and matches[n - 1][1] == start
                    and matches[n - 1][2].category == ROLE and not first_name_cases(tokens[start]) & tokens[start - 1].cases
                ) or (
                    entry.type == "PERS" and start > 0 and is_opening_quote(tokens, start - 1)
                ):  # «Антонов» the company is not Анатолій Антонов
                    n += 1
                    continue
                if entry.type == "LOC" and entry.kind != "country" and len(entry.words) == 1 and self._titled(matches, n - 1) and (
                    is_surname_after_title(tokens, matches[n - 1][1], start)
                ):
                    surnames.add(entry.key)  # ("Президент Аргентини Факундо Арагон … зателефонував Арагону": no Aragon)
                    n += 1
                    continue
                own_country_named = bool(following and is_own_country(entry, following[2]))
                if own_country_named:  # ДСНС України, СБУ України
                    end = following[1]
                    n += 1
                elif (owned := following or self._quoted_group_after(tokens, matches, n)) and is_other_country(entry, owned[2]):
                    owner = owned[2]  # "Верховний суд США", "Верховний суд «ДНР»"
                    words = nominative_phrase(tokens[start:end])
                    name = f"{words} {document.text[tokens[end].start : tokens[owned[1] - 1].end]}"
                    found.append(
                        Found(
                            start,
                            owned[1],
                            f"{entry.key}:{owner.country}",
                            name,
                            "ORG",
                            entry.kind,
                            code(owner.country, entry.sector),
                            owner.country,
                            entry.sector,
                        )
                    )
                    n += 2
                    continue
                if following and self._organ_of_another_body(tokens, entry, start, end, following[2]):
                    # "Голова Комісії ЕКОВАС": a common word for an organ ("Комісія" is the EU's when alone),
                    # named with another international body, is that body's organ
                    words = nominative_phrase(tokens[start:end]) if end - start > 1 else tokens[start].lemma.capitalize()
                    name = f"{words} {document.text[tokens[end].start : tokens[following[1] - 1].end]}"
                    body = following[2]
                    found.append(Found(start, following[1], f"{entry.key}:{body.actor_code}", name, "ORG", "igo-organ",
                                       body.actor_code, None, body.sector))
                    n += 2
                    continue
                if has_spelled_first_name(tokens, entry, start):
                    start -= 1  # "Александар Вучич": the known person, spelled another way
                while entry.type == "PERS" and len(entry.words) == 1 and start >= 2 and tokens[start - 1].text == "." and (
                    len(tokens[start - 2].text) == 1 and tokens[start - 2].text.isupper()
                ) and tokens[start - 2].sentence == tokens[start].sentence:
                    start -= 2  # "В. Ф. Януковича": the initials are the person's too
                earlier = self._body_named_before(tokens, entry, start, end, found)
                generic = (
                    entry.country == "UKR" and entry.type == "ORG" and not earlier and not own_country_named
                    and is_generic_alias(tokens[start:end]) and not any(t.lemma == "україна" for t in tokens[start:end])
                )  # ("Міністерство закордонних справ України" names its country, whatever the body told before)
                adjective = matches[n - 1] if n > 0 and matches[n - 1][1] == start else None
                if generic and adjective is not None and adjective[2].category == ADJECTIVE and adjective[2].country:
                    # "венесуельська Національна гвардія": the body of the country its adjective names
                    start = adjective[0]
                    name = self._of_country(nominative_phrase(tokens[adjective[1] : end]), adjective[2].country)
                    found.append(self._institution(entry, start, end, adjective[2].country, name))
                    n += 1
                    continue
                foreign = self._country_referred_back(document, end, found, ukraine_named, entry.kind) if generic else None
                if foreign is not None:
                    # "Національна гвардія розігнала протест" in a story about Venezuela: that country's body
                    name = self._of_country(nominative_phrase(tokens[start:end]), foreign.country)
                    found.append(self._institution(entry, start, end, foreign.country, name))
                else:
                    found.append(replace(earlier, start=start, end=end) if earlier else self._from_entry(entry, start, end))
            elif entry.category == ADJECTIVE and entry.country and following and following[2].category == ACTOR and (
                following[2].kind in ("city", "capital") and following[2].country not in (None, entry.country)
            ):
                # "у ліванському Триполі": a town of the country its adjective names, not its namesake elsewhere
                town = following[2]
                found.append(Found(following[0], following[1], f"{town.key}:{entry.country}", town.name, "LOC", "city", None, entry.country))
                n += 2
                continue
            elif entry.category == ADJECTIVE and (institution_after := self._institution_after(tokens, matches, n)):
                # "китайські фірми", "індійські нафтопереробні компанії": past plain adjectives to the body
                institution = institution_after[2]
                name = f"{inflect_phrase(entry.name, institution.name)} {institution.name}"
                found.append(self._institution(institution, start, institution_after[1], entry.country, name))
                n += 1
            elif entry.category == ADJECTIVE and entry.country and (paired := self._paired_institution(tokens, matches, n)):
                # "американська та британська авіація": each adjective names its own country's body
                institution = paired[2]
                name = f"{inflect_phrase(entry.name, institution.name)} {institution.name}"
                found.append(self._institution(institution, start, end, entry.country, name))
            elif entry.category == ADJECTIVE and following and following[2].category == ROLE:
                role = following[2]
                office = f"{inflect_phrase(entry.name, role.name)} {role.name}"
                roles.append(RoleSpan(start, following[1], role, entry.country, office, following[1]))
                n += 1
            elif entry.category == INSTITUTION and following and is_owner(entry, following[2]) and not (
                following[2].type == "PERS" and tokens[following[1] - 1].text == following[2].name.split()[-1]
            ):  # ("Речник уряду Забіхулла Муджахід": a name in its nominative is the speaker, not the owner)
                name = self._owned_name(document, entry, following)
                found.append(self._institution(entry, start, following[1], following[2].country, name))
                n += 1
            elif entry.category == INSTITUTION and (owner := self._owner_shared(tokens, matches, n)) is not None:
                # "Військово-морські сили та Прикордонна служба Естонії": the owner after the second is both's
                found.append(self._institution(entry, start, end, owner[2].country, self._owned_name(document, entry, owner)))
            elif entry.category == INSTITUTION and (union := self._union_of_countries(tokens, matches, n)) is not None:
                # "Глави МЗС країн «Групи семи»": the ministries of a union's members speak for the union
                found.append(self._from_entry(union[2], start, union[1]))
                n += 2
                continue
            elif entry.category == INSTITUTION and tokens[start].text[:1].isupper() and (entry.alone or (
                # ("Міністерство електроенергетики країни попередило": a ministry with no Ukrainian namesake, referred)
                entry.kind == "ministry" and end < len(tokens) and tokens[end].lemma in REFERRING_COUNTRY_WORDS
            )):
                named = next((f for f in reversed(found) if f.key.startswith(f"{entry.key}:") and f.country), None)
                body = self.gazetteer.by_key.get(f"body:{entry.alone}")  # "Міноборони повідомило"
                country = self._country_referred_back(document, end, found, ukraine_named, entry.kind)
                seat = self._seat_after(tokens, matches, n)
                if seat is not None:
                    # "до МЗС у Бухаресті викликали посла Росії": the ministry of the capital it sits in
                    name = self._of_country(f"{entry.name[:1].upper()}{entry.name[1:]}", seat)
                    found.append(self._institution(entry, start, end, seat, name))
                elif named is not None and (since := _state_that_spoke(
                    document, found, start, tokens[start].sentence,
                    lambda f, named=named, start=start: f.start > named.start and f.country != named.country and f.type != "PERS"
                    and tokens[f.start].sentence >= tokens[start].sentence - 1,
                )) is not None:
                    # "колумбійське МЗС відкликало посла … Венесуела звинувачення відкидає. Глава МЗС …": the
                    # ministry of the state that spoke since, in this sentence or the one before
                    name = self._of_country(f"{entry.name[:1].upper()}{entry.name[1:]}", since.country)
                    found.append(self._institution(entry, start, end, since.country, name))
                elif named is not None:
                    # "Міністерство закордонних справ Молдови … підтвердили в МЗС": the one just named
                    found.append(self._institution(entry, start, end, named.country, named.name))
                elif country is not None:
                    name = self._of_country(f"{entry.name[:1].upper()}{entry.name[1:]}", country.country)
                    found.append(self._institution(entry, start, end, country.country, name))
                elif body is not None:
                    found.append(self._from_entry(body, start, end))
            elif entry.category == INSTITUTION and entry.kind in SEATED_KINDS and (seat := self._seat_after(tokens, matches, n, SEAT_KINDS)) is not None:
                # "поліція в Белграді розігнала протест", "Вищий суд у Белграді взяв під варту": the body of the
                # capital it sits in, though a body of its kind of another country was named before ("ордер,
                # виданий українським судом … Вищий суд у Подгориці")
                name = self._of_country(f"{entry.name[:1].upper()}{entry.name[1:]}", seat)
                found.append(self._institution(entry, start, end, seat, name))
            elif entry.category == INSTITUTION and entry.kind in SEATED_KINDS and (town := self._town_body(tokens, start, found)) is not None:
                # "Тбіліський міський суд", "Єреванський суд загальної юрисдикції": the town its adjective names,
                # though a court of another country was named before
                opening, country = town
                name = nominative_phrase(tokens[opening:end])
                found.append(self._institution(entry, opening, end, country, name[:1].upper() + name[1:]))
            elif entry.category == INSTITUTION and (
                entry.kind in BODIES_REFERRED_BACK
                # "Уряд ДРК … Речник уряду Патрік Муяя": an office of the government just named
                or entry.kind == "government" and n > 0 and matches[n - 1][1] == start and matches[n - 1][2].category == ROLE
            ) and not tokens[start].text[:1].isupper() and (
                tokens[start].pos == "NOUN"  # not "обласної військової адміністрації"
                # ("під час затримання військові відкрили вогонь": an adjective standing alone as a plural noun)
                # (not an object counted: "перекидають ще три тисячі військових" are one's own troops)
                or end - start == 1 and tokens[start].has("plur") and tokens[start].has("nomn")
                and not (end < len(tokens) and tokens[end].pos in ("NOUN", "ADJF"))
            ) and (
                named := next((f for f in reversed(found) if f.country and (
                    f.key.startswith(f"{entry.key}:") or f.kind == entry.kind and entry.name in f.name.lower().split()
                )), None)
            ):
                # "армія Судану … переговори делегацій армії та СШР": the body of that country named before (or
                # one named by its own name: "Чорноморського флоту … чергові сили флоту")
                found.append(self._institution(entry, start, end, named.country, named.name))
            elif entry.category == INSTITUTION and entry.kind in GROUPS_REFERRED_BACK and (
                named := next((f for f in reversed(found) if f.country and (
                    f.key.startswith(f"{entry.key}:") or entry.kind == "protesters" and f.kind in GROUPS_REFERRED_BACK
                )), None)
            ):
                found.append(self._institution(entry, start, end, named.country, named.name))
            elif entry.category == INSTITUTION and (local := self._local_body(tokens, start, found)) is not None:
                # "Обласна прокуратура розпочала розслідування" after "порт Одеси": the body of that town's country
                opening, country = local
                country = self._seat_after(tokens, matches, n, SEAT_KINDS) or country  # (the town it sits in, when told)
                name = nominative_phrase(tokens[opening:end])
                found.append(self._institution(entry, opening, end, country, name[:1].upper() + name[1:]))
            elif entry.category == INSTITUTION and entry.kind == "police" and (town := self._town_of_police(tokens, matches, n, found)):
                # "поліція кантону Цюрих затримала", "протестували біля офісу ВООЗ у Джакарті. Поліція затримала
                # шістьох": the police of the town named with it, or just before it, where no police was named
                name = self._of_country(f"{entry.name[:1].upper()}{entry.name[1:]}", town)
                found.append(self._institution(entry, start, end, town, name))
            elif entry.category == ROLE and following and following[2].kind == "country":  # посол Угорщини
                country = following[2]
                office = f"{entry.name} {document.text[tokens[end].start : tokens[following[1] - 1].end]}"
                roles.append(RoleSpan(start, end, entry, country.country, office, following[1]))
            elif entry.category == ROLE and start > 0 and tokens[start - 1].is_capitalised and (
                country_code := region_adjectives().get(tokens[start - 1].lemma)
            ):
                # "Курський губернатор": an office named after a region is that region's country's
                office = nominative_phrase(tokens[start - 1 : end]).lower()
                roles.append(RoleSpan(start - 1, end, entry, country_code, office, end))
            elif entry.category == ROLE and entry.actor_code and not entry.actor_code.startswith("IGO"):
                # "генеральний секретар кабінету міністрів": an office only one state has
                roles.append(RoleSpan(start, end, entry, entry.actor_code[:3], entry.name, end))
            elif entry.category == ROLE:
                roles.append(RoleSpan(start, end, entry))
            n += 1
        found = [f for f in found if not (f.type == "LOC" and f.key in surnames)]
        return found, roles

    @staticmethod
    def _quoted_group_after(tokens: list[Token], matches: list[tuple[int, int, Entry]], n: int) -> tuple[int, int, Entry] | None:
        """The armed group named in quotes right after a body ("Верховний суд «ДНР»"), if any."""
        end = matches[n][1]
        after = matches[n + 1] if n + 1 < len(matches) else None
        if after is None or after[0] != end + 1 or not is_opening_quote(tokens, end) or after[2].kind != "armed-group":
            return None
        closed = after[1] < len(tokens) and tokens[after[1]].text in CLOSING_QUOTES
        return (after[0], after[1] + closed, after[2])

    @staticmethod
    def _seat_after(
        tokens: list[Token], matches: list[tuple[int, int, Entry]], n: int, kinds: tuple[str, ...] = ("capital", "country")
    ) -> str | None:
        """The country of a capital or country (or another place of ``kinds``) named right after a body with
        "у"/"в" ("МЗС у Бухаресті", "окружний військовий суд у Ростові-на-Дону")."""
        if n + 1 >= len(matches):
            return None
        start, end, place = matches[n + 1]
        if place.category == ADJECTIVE and place.country and n + 2 < len(matches) and matches[n + 2][0] == end and (
            matches[n + 2][2].kind in ("city", "capital")
        ):  # "суд у ліванському Триполі": the country the town's adjective names
            return _seat(tokens, matches[n][1], (start, "city", place.country), kinds)
        return _seat(tokens, matches[n][1], (start, place.kind, place.country), kinds)

    def _of_country(self, body: str, alpha3: str) -> str:
        """A body's name with its country's in the genitive ("Національна гвардія" → "… Венесуели")."""
        state = self.gazetteer.by_key.get(f"country:{alpha3}")
        return f"{body} {genitive_phrase(state.name if state else alpha3)}"

    @staticmethod
    def _body_named_before(tokens: list[Token], entry: Entry, start: int, end: int, found: list[Found]) -> Found | None:
        """"… подало до Ради Безпеки ООН скаргу і закликало Раду змусити Ізраїль": one word that is a body's
        short name ("Рада") is the body of that head word named in the six sentences before, if any, or
        anywhere before when the body the short name stands for is not named ("Рада керуючих МАГАТЕ
        схвалила … Індонезія висловила стурбованість рішенням Ради" two paragraphs later)."""
        if end - start != 1 or entry.type != "ORG":
            return None
        # (anywhere before, when the body the short name would stand for is not named itself)
        sentence = -1 if not any(f.key == entry.key for f in found) else tokens[start].sentence
        latest = next(
            (
                f for f in reversed(found)
                if f.type == "ORG" and (f.end - f.start > 1 or f.key != entry.key) and tokens[f.start].sentence >= sentence - 6
                and (f.key == entry.key or tokens[f.start].lemma == tokens[start].lemma)  # the head word
            ),
            None,
        )
        return latest if latest is not None and latest.key != entry.key else None

    @staticmethod
    def _country_referred_back(
        document: Document, end: int, found: list[Found], ukraine_named: bool, kind: str | None = None
    ) -> Found | None:
        """The country a bare ministry belongs to when it is not Ukraine's: one referred back to ("МЗС
        країни оголосило"); in a story that names nothing Ukrainian, the country last named before it
        ("Алжир відповів дзеркально. У вівторок МЗС …"); in one that does, a bare ministry (``kind``) right
        after another country's state body. None keeps Ukrainian news's own default."""
        tokens = document.tokens
        referred = end < len(tokens) and tokens[end].lemma in REFERRING_COUNTRY_WORDS and tokens[end].has("gent")
        if not referred and ukraine_named:
            if kind != "ministry":
                return None
            # "Державний департамент США звинуватив … Того ж дня Міністерство фінансів внесло …": a foreign
            # state body named just before (this sentence or the one before), with nothing Ukrainian since
            sentence = tokens[end - 1].sentence
            for earlier in reversed(found):
                if tokens[earlier.start].sentence < sentence - 1 or earlier.country == "UKR":
                    return None
                if earlier.type == "ORG" and earlier.sector == "GOV" and earlier.kind != "company" and earlier.country:
                    return earlier
            return None
        # (not a country that only qualifies a noun: "затримала в Баку шістьох громадян Росії. … МВС країни";
        # nor one told in passing in a relative clause: "союзу, який просуває Москва. … президент республіки")
        people = people_of_a_country()
        named = next(
            (
                f for f in reversed(found)
                if f.kind in ("country", "capital") and f.country and not _governed_list_member(tokens, f.start, people)
                and not (referred and in_relative_clause(tokens, f.start))
            ),
            None,
        )
        if referred and named is not None:
            # ("МЗС країни": the country last named; but "Голова кабміну Киргизстану назвав дії Астани «блокадою», а
            # МЗС республіки вручило ноту": the state that spoke in this sentence or the one before)
            sentence = tokens[end - 1].sentence
            voice = _state_that_spoke(
                document, found, end, sentence,
                lambda f: tokens[f.start].sentence >= sentence - 1 and not in_relative_clause(tokens, f.start),
            )
            return voice if voice is not None and voice.country != named.country else named
        if named is None:
            return None
        # ("Уряд Польщі ухвалив рішення закрити кордон з Білоруссю, повідомило Міністерство внутрішніх справ"):
        # the state that spoke last over the country last named; not a person ("Ердоган зустрівся з
        # головою Меджлісу" names no Turkish body)
        voice = _state_that_spoke(document, found, end, tokens[end - 1].sentence, lambda f: f.type != "PERS")
        sentence = tokens[end - 1].sentence
        # ("… у повітряний простір Естонії, повідомили Сили оборони": named in the body's own sentence; not as where
        # one went or came from: "уряд відкликав посла з Конакрі, а МЗС вручило ноту" is the government's that spoke)
        from_or_to = named.start > 0 and tokens[named.start - 1].has("PREP")
        if voice is None or tokens[voice.start].sentence < tokens[named.start].sentence == sentence and not from_or_to:
            return named
        return None if voice.country == "UKR" else voice  # (a Ukrainian one: the default names it)

    @staticmethod
    def _from_entry(entry: Entry, start: int, end: int) -> Found:
        return Found(
            start,
            end,
            entry.key,
            entry.name,
            entry.type,
            entry.kind,
            entry.actor_code,
            entry.country,
            entry.sector,
            data_role=entry.role,
            surname_last=not entry.family_name_first,
        )

    @staticmethod
    def _union_of_countries(
        tokens: list[Token], matches: list[tuple[int, int, Entry]], n: int
    ) -> tuple[int, int, Entry] | None:
        """The international body named right after "країн" that follows an institution, or None."""
        end = matches[n][1]
        if n + 1 >= len(matches) or end >= len(tokens) or tokens[end].lemma != "країна" or not tokens[end].has("plur"):
            return None
        union = matches[n + 1]
        gap = range(end + 1, union[0])
        if len(gap) > 1 or any(tokens[k].text not in OPENING_QUOTES for k in gap) or tokens[union[0]].sentence != tokens[end].sentence:
            return None
        return union if union[2].category == ACTOR and (union[2].actor_code or "").startswith("IGO") else None

    @staticmethod
    def _institution_after(
        tokens: list[Token], matches: list[tuple[int, int, Entry]], n: int
    ) -> tuple[int, int, Entry] | None:
        """The institution right after a country adjective, or past up to two lower-case adjectives that
        are not names ("індійські нафтопереробні компанії")."""
        if n + 1 >= len(matches):
            return None
        end, following = matches[n][1], matches[n + 1]
        if following[2].category != INSTITUTION or tokens[following[0]].sentence != tokens[end - 1].sentence:
            return None
        between = tokens[end : following[0]]
        if len(between) > 2 or any(t.pos != "ADJF" or not t.text[:1].islower() for t in between):
            return None
        opens_sentence = tokens[matches[n][0] - 1].sentence != tokens[matches[n][0]].sentence if matches[n][0] else True
        if between and tokens[matches[n][0]].text[:1].isupper() and not opens_sentence:
            return None  # "Київську регіональну митницю": a proper name, not an adjective before a body
        return following

    @staticmethod
    def _organ_of_another_body(tokens: list[Token], entry: Entry, start: int, end: int, after: Entry) -> bool:
        """Whether a body's common-word alias ("Комісія", "Секретаріат") right before another international
        body's name is that body's organ, not the one the alias names alone."""
        codes = (entry.actor_code or "", after.actor_code or "")
        return (
            entry.type == "ORG" and after.type == "ORG" and all(c.startswith("IGO") for c in codes)
            and not codes[1].startswith(codes[0]) and not codes[0].startswith(codes[1])
            and is_generic_alias(tokens[start:end])
        )

    @staticmethod
    def _owned_name(document: Document, entry: Entry, owner: tuple[int, int, Entry]) -> str:
        """A body's name with its owner as the text writes it; a ministry's is a proper name ("Міністерство
        оборони Естонії")."""
        tokens = document.tokens
        name = f"{entry.name} {document.text[tokens[owner[0]].start : tokens[owner[1] - 1].end]}"
        return name[:1].upper() + name[1:] if entry.kind == "ministry" else name

    @staticmethod
    def _owner_shared(
        tokens: list[Token], matches: list[tuple[int, int, Entry]], n: int
    ) -> tuple[int, int, Entry] | None:
        """The owner named after the next institution, when "та"/"і" joins the two bodies and the first has
        none of its own."""
        end = matches[n][1]
        if n + 2 >= len(matches) or end + 1 >= len(tokens) or tokens[end].text.lower() not in AND_WORDS:
            return None
        second, owner = matches[n + 1], matches[n + 2]
        if second[0] != end + 1 or second[2].category != INSTITUTION or owner[0] != second[1]:
            return None
        return owner if is_owner(second[2], owner[2]) and tokens[owner[0]].sentence == tokens[end].sentence else None

    @classmethod
    def _paired_institution(
        cls, tokens: list[Token], matches: list[tuple[int, int, Entry]], n: int
    ) -> tuple[int, int, Entry] | None:
        """The institution after the next country adjective, when "та"/"і" joins the two ("американська та
        британська авіація")."""
        end = matches[n][1]
        if n + 1 >= len(matches) or end + 1 >= len(tokens) or tokens[end].text.lower() not in AND_WORDS:
            return None
        if matches[n + 1][0] != end + 1 or matches[n + 1][2].category != ADJECTIVE:
            return None
        return cls._institution_after(tokens, matches, n + 1)

    @staticmethod
    def _local_body(tokens: list[Token], start: int, found: list[Found]) -> tuple[int, str] | None:
        """Where a body told as local begins and its country ("Тбіліського міського суду": the town its
        adjective names; "обласна прокуратура", "Насімінський районний суд": the last town or region named
        before it), or None."""
        if start == 0 or tokens[start - 1].lemma not in local_body_words():
            return None
        opening = start - 1
        adjective = tokens[opening - 1] if opening > 0 and tokens[opening - 1].is_capitalised and tokens[opening - 1].pos == "ADJF" else None
        opening -= adjective is not None
        country = EntityRecognizer._local_country(adjective, found, opening)
        return (opening, country) if country else None

    @staticmethod
    def _town_body(tokens: list[Token], start: int, found: list[Found]) -> tuple[int, str] | None:
        """Where a body named after a town or region begins and that place's country: the capitalised adjective
        right before it, or before its local word ("Тбіліський міський суд"); None when none names a place."""
        opening = start - 1 if start > 0 and tokens[start - 1].lemma in local_body_words() else start
        if opening == 0 or not (tokens[opening - 1].is_capitalised and tokens[opening - 1].pos == "ADJF"):
            return None
        country = EntityRecognizer._place_of_adjective(tokens[opening - 1], found)
        return (opening - 1, country) if country else None

    @staticmethod
    def _local_country(adjective: Token | None, found: list[Found], before: int) -> str | None:
        """The country of a local body: of the region or town its adjective names, else of the last town or
        region named before token ``before``."""
        named = adjective is not None and EntityRecognizer._place_of_adjective(adjective, found)
        return named or EntityRecognizer._last_place_country(found, before)

    @staticmethod
    def _place_of_adjective(adjective: Token, found: list[Found]) -> str | None:
        """The country of the region or town a capitalised adjective is made from ("Свердловський", "Тбіліський")."""
        return region_adjectives().get(adjective.lemma) or EntityRecognizer._town_of_adjective(adjective, found)

    @staticmethod
    def _town_of_adjective(token: Token, found: list[Found]) -> str | None:
        """The country of a place the text names that a capitalised adjective is made from ("Тбіліський" →
        Тбілісі, "Одеський" → Одеса), or None."""
        lemma = token.lemma
        stem = next((lemma[: -len(end)] for end in ("ський", "цький", "зький") if lemma.endswith(end)), None)
        if not token.is_capitalised or stem is None or len(stem) < 4:
            return None
        place = next(
            (f for f in found if f.kind in PLACE_KINDS and f.country and f.name.lower().startswith(stem[:-1])), None
        )
        return place.country if place else None

    @staticmethod
    def _town_of_police(tokens: list[Token], matches: list[tuple[int, int, Entry]], n: int, found: list[Found]) -> str | None:
        """The country of the town a police force is told with: right after it past a place noun ("поліція кантону
        Цюрих", "поліція міста Ліма"), else the last town named in its sentence or the one before."""
        start, end, _ = matches[n]
        if n + 1 < len(matches) and matches[n + 1][0] == end + 1 and tokens[end].lemma in local_body_words() | town_nouns():
            place = matches[n + 1][2]
            if place.kind in ("city", "capital", "region") and place.country:
                return place.country
        if start > 0 and tokens[start - 1].pos == "ADJF" or end < len(tokens) and tokens[end].lemma in town_nouns():
            return None  # ("соломонській поліції", "поліція провінції": another place, named by a word no gazetteer knows)
        # (a town told as where things happen, "у Джакарті"; not a capital speaking for its state: "Пекін пообіцяв")
        sentence = tokens[start].sentence
        town = next(
            (f for f in reversed(found) if f.end <= start and f.kind in ("city", "capital") and f.country
             and tokens[f.start].sentence >= sentence - 1 and f.start > 0 and tokens[f.start - 1].has("PREP")),
            None,
        )
        return town.country if town else None

    @staticmethod
    def _last_place_country(found: list[Found], before: int) -> str | None:
        """The country of the last town or region named before token ``before``."""
        place = next((f for f in reversed(found) if f.end <= before and f.kind in ("city", "capital", "region", "settlement") and f.country), None)
        return place.country if place else None

    @staticmethod
    def _institution(entry: Entry, start: int, end: int, country: str | None, name: str) -> Found:
        return Found(
            start,
            end,
            f"{entry.key}:{country}",
            name,
            "ORG",
            entry.kind,
            code(country, entry.sector),
            country,
            entry.sector,
        )

    # -- organisations named in quotes -------------------------------------------------------------

    def _quoted_organisations(self, document: Document, covered: list[bool]) -> list[Found]:
        """ТОВ «Главбуд», компанія «Альтком»: a legal form or kind of organisation before a quoted name; a kind
        before a name in Latin letters, unquoted, too ("агентство Kyodo", "журнал Semana")."""
        tokens = document.tokens
        forms = org_forms()
        organisations = []
        for sentence in document.sentences:
            for i in range(sentence.first_token, sentence.last_token - 2):
                latin = _latin_name_end(tokens, i + 1, sentence.last_token)
                if tokens[i + 1].text not in OPENING_QUOTES and latin is None:
                    continue
                token = tokens[i]
                form = forms.get(token.text) if token.text.isupper() else None
                form = form or next(
                    (forms[lemma] for lemma in token.lemmas if lemma in forms and lemma.islower()), None
                )
                if form is None and latin is not None and latin - i > 2 and tokens[latin - 1].text in latin_org_endings() and not any(
                    covered[i + 1 : latin]
                ):
                    # "китайський Exim Bank": a Latin name that ends as a company's does is one, with no kind word
                    # before, when a country adjective right before it places it
                    name = document.text[tokens[i + 1].start : tokens[latin - 1].end]
                    company = self._kind_named(tokens, i + 1, i + 1, latin, name, ("company", "BUS", False))
                    if company.country:
                        organisations.append(company)
                        for k in range(i + 1, latin):
                            covered[k] = True
                    continue
                if form is None:
                    continue
                with_form = form[2]  # (kind, sector, whether the legal form is part of the name)
                if latin is not None:
                    if not with_form and not any(covered[i + 1 : latin]):
                        name = document.text[tokens[i + 1].start : tokens[latin - 1].end]
                        organisations.append(self._kind_named(tokens, i, i + 1, latin, name, form))
                        for k in range(i + 1, latin):
                            covered[k] = True
                    continue
                close = closing_quote(tokens, i + 1, sentence.last_token)
                if close is None or close == i + 2 or any(covered[i + 2 : close]):
                    continue
                inner = tokens[i + 2 : close]
                if not (inner[0].text[:1].isupper() or inner[0].text[:1].isdigit()):
                    continue
                if with_form and covered[i]:
                    continue
                first, last = (i, close + 1) if with_form else (i + 2, close)  # "українська компанія «X»" too
                name = document.text[tokens[first].start : tokens[last - 1].end]
                organisations.append(self._kind_named(tokens, i, first, last, name, form))
                for k in range(first, last):
                    covered[k] = True
        return organisations + self._quoted_again(document, organisations, covered)

    @staticmethod
    def _quoted_again(document: Document, organisations: list[Found], covered: list[bool]) -> list[Found]:
        """"авіакомпанії «Волга-Днєпр» … У «Волзі-Днєпр» заявили": a name quoted again with no kind word, in
        any case, is the organisation quoted before under it."""
        tokens = document.tokens

        def same_words(first: int, other: int, length: int) -> bool:  # (any reading: "крила" is also "крити")
            return all(tokens[first + k].lemmas & tokens[other + k].lemmas for k in range(length))

        named = [o for o in organisations if o.start > 0 and tokens[o.start - 1].text in OPENING_QUOTES]
        again = []
        for sentence in document.sentences if named else ():
            for i in range(sentence.first_token, sentence.last_token - 1):
                if tokens[i].text not in OPENING_QUOTES or covered[i + 1]:
                    continue
                close = closing_quote(tokens, i, sentence.last_token)
                same = close is not None and next(
                    (o for o in named if o.end - o.start == close - i - 1 and same_words(o.start, i + 1, close - i - 1)), None
                )
                if same and not any(covered[i + 1 : close]):
                    again.append(replace(same, start=i + 1, end=close))
                    for k in range(i + 1, close):
                        covered[k] = True
        return again

    def _kind_named(self, tokens: list[Token], at: int, first: int, last: int, name: str, form: tuple[str, str, bool]) -> Found:
        """The organisation a kind word at ``at`` names, of the country an adjective right before the kind
        word names ("азербайджанського видання Report", "українська компанія «Нафтогаз»")."""
        hit = self.gazetteer.match_at(tokens, at - 1, at) if at > 0 and tokens[at - 1].pos == "ADJF" else None
        country = hit[0].country if hit is not None and hit[0].category == ADJECTIVE else None
        if country is None and last + 3 < len(tokens) and tokens[last].text == "," and tokens[last + 2].lemma == "належати" and (
            tokens[last + 1].lemma in ("що", "який")
        ):
            # "компанії Sino-Kafue Copper, що належить китайському державному концерну": of its owner's country
            owner = next((
                h for k in range(last + 3, min(len(tokens), last + 6)) if tokens[k].pos == "ADJF"
                and (h := self.gazetteer.match_at(tokens, k, k + 1)) is not None and h[0].category == ADJECTIVE
            ), None)
            country = owner[0].country if owner is not None else None
        kind, sector, _ = form
        if country is None and kind == "company":
            country = company_country(name)  # "державний концерн «Туркменгаз»"
        return Found(first, last, f"org:{name}", name, "ORG", kind, code(country, sector) if country else None,
                     country, sector=sector, source="gazetteer")

    # -- people outside the gazetteer --------------------------------------------------------------

    def _unknown_people(
        self, document: Document, found: list[Found], roles: list[RoleSpan], covered: list[bool]
    ) -> list[Found]:
        """Runs of capitalised name words: two or more with a first name, or any after a role phrase."""
        tokens = document.tokens
        role_ends = {role.end: role for role in roles}
        actor_ends = {f.end: f for f in found}
        people = []
        for sentence in document.sentences:
            i = sentence.first_token
            while i < sentence.last_token:
                if covered[i] or not (is_name_like(tokens[i]) or is_initial(tokens, i)):
                    i += 1
                    continue
                j = run_end(tokens, i, sentence.last_token, covered)
                # A body's name in front of a name is not part of it ("Міненерговугілля Ігор Рубан").
                # (but a first name before an Arabic article is one: "Салем аль-Хамад ас-Сабах")
                while (
                    i < j and not is_person_word(tokens, i) and any(t.has("Name") for t in tokens[i + 1 : j])
                    and not is_name_particle(tokens, i + 1, j)
                ):
                    i += 1
                if j - i > 1 and tokens[i].text.lower() in person_titles():
                    i += 1  # "Князь Кий", "Пан Корнель": the title stays outside the name
                if i > 0 and is_opening_quote(tokens, i - 1):  # «Вест Іст Груп» is a company
                    i = j
                    continue
                run = tokens[i:j]
                if not run:
                    i = max(j, i + 1)
                    continue
                role = role_before(tokens, i, role_ends, actor_ends)
                if role is not None and tokens[i - 1].pos == "PREP":
                    role = None  # "федеральний суддя в Роусоні": a name a preposition governs is the office's seat
                # ("Прем'єр-міністр Соломонових Островів Деніел Сікуа": a place word ending a country's name
                # makes no street or island of the name after it)
                if is_title_adjective(tokens, j, sentence.last_token) or is_place_name(tokens, i) and not covered[i - 1]:
                    i = j
                    continue
                if role is not None and plausible_after_role(run) or is_name_run(run):
                    place = next((f for f in found if f.start == j and f.end == j + 1 and f.kind in ("city", "region")), None)
                    if role is not None and place is not None and tokens[j].start == tokens[j - 1].end + 1:
                        # "Прем'єр-міністр Японії Кендзі Ісікава": a surname that is also a prefecture (and the
                        # rest of the name after it: "Президент Джибуті Абдірахман Вараба Гуед")
                        found.remove(place)
                        covered[j] = False
                        j = run_end(tokens, j, sentence.last_token, covered)
                        run = tokens[i:j]
                    head = tokens[role.start] if role is not None else None
                    name = canonical_person(run, head.cases if head else None, role_gender(head) if head else None)
                    if j < sentence.last_token and is_regnal_number(tokens[j]):
                        name, j = f"{name} {tokens[j].text}", j + 1  # "Франц Йосиф І"
                    people.append(Found(i, j, f"person:{name}", name, "PERS", "person", source="morphology"))
                    for k in range(i, j):
                        covered[k] = True
                i = j
        return people

    # -- roles -------------------------------------------------------------------------------------

    def _attach_roles(
        self, document: Document, found: list[Found], roles: list[RoleSpan], people: list[Found] | None = None
    ) -> None:
        """A role phrase before a person ("міністр оборони Росії Сергій Шойгу") or after a comma behind
        it ("Джон Кірбі, координатор ...") gives an unknown person a role, country and sector. ``people``:
        only these (default: every person in ``found``)."""
        tokens = document.tokens
        role_ends = {role.end: role for role in roles}
        role_starts = {role.start: role for role in roles}
        actor_ends = {f.end: f for f in found}
        by_start = {f.start: f for f in found}
        shared = self._shared_roles  # person start -> role, stop, owners (see _share_role)
        for person in found if people is None else people:
            if person.type != "PERS":
                continue
            paired = person.start in shared
            if paired:
                role, stop, owners = shared.pop(person.start)
            else:
                role = role_before(tokens, person.start, role_ends, actor_ends)
                outer = role_before(tokens, role.start, role_ends, actor_ends) if role is not None and role.country is None else None
                if outer is not None and (outer.country or any(f.type != "PERS" for f in found if outer.end <= f.start < role.start)):
                    role = outer  # "Командувач Повітряних сил ЗСУ генерал-лейтенант …": the office over the rank
                if role is not None and self._others_role(tokens, role.start, role.end, person):
                    continue
                if role is not None:
                    stop = person.start
                else:
                    role = role_after(tokens, person.end, role_starts)
                    stop = clause_end(tokens, role.end, by_start) if role is not None else 0
                if role is None:
                    continue
                owners = [f for f in found if role.end <= f.start and f.end <= stop and f.type != "PERS"]
                first_of_pair = self._share_role(tokens, person, role, stop, owners, by_start, shared)
                paired = first_of_pair is not owners
                owners = first_of_pair
            role.taken = True
            country = next((f.country for f in owners if f.country), None) if paired else None
            country = country or role.country or next((f.country for f in owners if f.country), None)
            if country is None and not owners:
                # "Лідерка білоруських демократичних сил Святлана Тихановська": a country adjective in the phrase
                country = next(
                    (hit[0].country for k in range(role.end, stop) if (hit := self.gazetteer.match_at(tokens, k, stop)) and hit[0].category == ADJECTIVE),
                    None,
                )
            if (
                country is None and not owners and role.end < stop and tokens[role.end].lemma in REFERRING_COUNTRY_WORDS
                and tokens[role.end].has("gent")
            ):
                # "«…», — заявив тоді президент республіки Ерлан Сейтказієв": the country referred back to, one
                # its own sentence names first ("силовики Південного Судану заарештували віцепрезидента країни")
                before = [f for f in found if f.end <= role.start]
                sentence = tokens[role.start].sentence
                named = next(
                    (f for f in reversed(before) if tokens[f.start].sentence == sentence and f.country and f.type != "PERS"), None
                ) or self._country_referred_back(document, role.end, before, ukraine_named=False)
                country = named.country if named is not None else None
            if country is None and not owners and role.start > 0 and tokens[role.start - 1].text.lower() in ("його", "її"):
                # "Рішення привітав Конгрес українців Канади. Його очільниця Олександра Хмільовська": the body just named
                body = next((f for f in reversed(found) if f.end <= role.start and f.type == "ORG" and f.country), None)
                if body is not None and tokens[body.start].sentence >= tokens[role.start].sentence - 1:
                    owners, country = [body], body.country
            if country is None and not owners and role.end < stop and tokens[role.end].lemma in BODY_REFERRING_WORDS and (
                tokens[role.end].has("gent")
            ):
                # "МЗС Індії викликало верховного комісара … Речник відомства Аджай Менон": the ministry just named
                body = next((f for f in reversed(found) if f.end <= role.start and f.kind == "ministry" and f.country), None)
                if body is not None and tokens[body.start].sentence >= tokens[role.start].sentence - 2:
                    owners, country = [body], body.country
            if country is None and not owners and role.end < stop and tokens[role.end].lemma in armed_group_nouns():
                # "У самій РПК пообіцяли помсту. Один із командирів угруповання Хюсеїн Азад": the armed group just named
                body = next((f for f in reversed(found) if f.end <= role.start and f.sector == "REB" and f.country), None)
                if body is not None and tokens[body.start].sentence >= tokens[role.start].sentence - 2:
                    owners, country = [body], body.country
            if country is None and not owners and role.end < len(tokens) and tokens[role.end].lemma in igo_nouns():
                # "… союзники по ОДКБ. Генеральний секретар організації Бахтіяр Турсунов": the body just named
                body = next((f for f in reversed(found) if f.end <= role.start and (f.actor_code or "").startswith("IGO")), None)
                if body is not None and tokens[body.start].sentence >= tokens[role.start].sentence - 1:
                    owners = [body]
            body_sector = next((f.sector for f in owners if f.sector and f.type == "ORG"), None)
            # The body's sector wins over a generic government role: the leader of an armed group is
            # REB, the head of a company BUS, the spokesman of the Pentagon MIL.
            sector = body_sector if body_sector and role.entry.sector in (None, "GOV") else role.entry.sector or "GOV"
            if body_sector == "REB":
                sector = "REB"  # a commander of an armed group is of the group, not of his country's army
            own_code = role.entry.actor_code or ""
            igo = next((f.actor_code for f in owners if (f.actor_code or "").startswith("IGO")), None) or (
                own_code if own_code.startswith("IGO") else None
            )
            first_owner = min(owners, key=lambda f: f.start) if owners else None
            if igo and not role.country and first_owner is not None and (first_owner.actor_code or "").startswith("IGO"):
                # "координаторка ООН в Україні": the body named first is whose office it is; the country
                # after it is where it sits ("постпред України при ООН" names the country first)
                country = None
            text = document.text[tokens[role.start].start : tokens[stop - 1].end].strip(" ,")
            # the role's own words in the nominative, then the rest as written ("британська міністерка оборони")
            head = role.office or role.entry.name
            words = text.split(maxsplit=len(head.split()))
            role_text = " ".join([head, *words[len(head.split()) :]])
            person.role = role_text  # the role the article gives, at its time, over the gazetteer's summary
            if role.entry.single:  # (міністр, міністерка оборони: one office)
                first, *rest = role.entry.name.split()
                person.office_key = " ".join([first[:5], *rest])
            if person.source == "gazetteer":
                if country and (person.actor_code or "").startswith("IGO"):
                    # "прем'єр-міністеркою Естонії Каєю Каллас" in 2024: the office the article gives, not
                    # the organisation the gazetteer knows her from later
                    person.country, person.sector, person.actor_code = country, sector, code(country, sector)
                continue  # otherwise the gazetteer already knows their country and sector
            if country and not person.country:
                person.country = country
                person.sector = sector
                person.actor_code = code(country, sector)
            elif igo and not person.actor_code:  # генсек НАТО, речник ООН
                person.actor_code = igo
                person.sector = "GOV"
            elif not person.country and role.entry.office:
                person.home_office, person.sector = True, sector

    @staticmethod
    def _others_role(tokens: list[Token], first: int, last: int, person: Found) -> bool:
        """"Під час зустрічі з журналістами Макрон закликав …": a role word only plural, right before one name
        with no other name joined to it ("Міністри … Дмитро Кулеба і Збігнєв Рау" share theirs), is of other
        people, not of this one."""
        nouns = [a for a in tokens[first].analyses if a.pos == "NOUN"]  # (the role's head word)
        plural = bool(nouns) and all("plur" in a.tags for a in nouns)
        joined = person.end < len(tokens) and tokens[person.end].text.lower() in ("і", "й", "та", ",")
        return plural and last <= person.start and not joined

    def _roles_for_model_people(
        self, document: Document, found: list[Found], roles: list[RoleSpan], added: list[Found]
    ) -> None:
        """"американського журналіста Евана Гершковича": a name only the model finds takes the role in
        front of it too; the office made of that role while it had no holder is then no actor of its own.
        Only the model's new people are looked at: the rules' people had their roles already."""
        found.sort(key=lambda f: f.start)
        free = [role for role in roles if not role.taken]
        self._attach_roles(document, found, roles, sorted(added, key=lambda f: f.start))
        held = [(role.start, role.end) for role in free if role.taken]
        found[:] = [f for f in found if not (f.kind == "office" and (f.start, f.end) in held)]

    @staticmethod
    def _share_role(
        tokens: list[Token], person: Found, role: RoleSpan, stop: int, owners: list[Found],
        by_start: dict[int, Found], shared: dict,
    ) -> list[Found]:
        """One plural role over coordinated countries and names pairs them in order ("Міністри
        закордонних справ Вірменії та Азербайджану Арарат Мірзоян і Джейхун Байрамов"): the first
        person takes the first country, the next the next. Returns the first person's owners."""
        countries = [f for f in owners if f.country and f.type != "PERS"]
        if len(countries) < 2 or stop != person.start:
            return owners
        starts, end = [], person.end
        while len(starts) + 1 < len(countries) and end + 1 < len(tokens) and tokens[end].text in (*AND_WORDS, ","):
            following = by_start.get(end + 1)
            if following is not None and following.type != "PERS":
                break
            starts.append(end + 1)
            if following is None:  # a name only the model finds, later ("Джейхун Байрамов")
                break
            end = following.end
        if len(starts) + 1 != len(countries) or not tokens[starts[-1]].text[:1].isupper():
            return owners
        for start, country in zip(starts, countries[1:], strict=True):
            shared[start] = (role, stop, [country])
        return [countries[0]]

    @staticmethod
    def _nationalities(found: list[Found]) -> None:
        """A demonym right before a person's name is the person's nationality ("росіянин Іван Петров"):
        the person takes the country (when no role gave one) and the demonym is no actor of its own."""
        by_start = {f.start: f for f in found}
        for demonym in [f for f in found if f.kind == "demonym"]:
            person = by_start.get(demonym.end)
            if person is None or person.type != "PERS" or person.kind != "person":
                continue
            if not person.country:
                person.country = demonym.country
                person.actor_code = demonym.actor_code
            found.remove(demonym)

    @staticmethod
    def _offices(document: Document, roles: list[RoleSpan]) -> list[Found]:
        """A role with a country that no person holds is that country's office, an actor of its own
        ("Російського посла викликали", "іранських генералів", "прем'єр Словаччини заявив"), coded with
        the role's sector (посол → GOV, генерал → MIL). A capitalised word right after the phrase may be
        a name the rules did not find, so no office is made there."""
        tokens = document.tokens
        offices = []
        for role in roles:
            if role.taken or role.office is None or not role.entry.office:
                continue
            after = role.phrase_end if role.phrase_end is not None else role.end
            if (
                after < len(tokens)
                and tokens[after].sentence == tokens[role.start].sentence
                and (is_name_like(tokens[after]) or is_initial(tokens, after))
            ):
                continue
            sector = role.entry.sector or "GOV"
            key = f"office:{role.entry.name}:{role.country}"
            offices.append(
                Found(
                    role.start,
                    role.end,
                    key,
                    role.office,
                    "PERS",
                    "office",
                    code(role.country, sector),
                    role.country,
                    sector,
                    role=role.office,
                )
            )
        return offices

    # -- linking -----------------------------------------------------------------------------------

    @staticmethod
    def _bracketed_abbreviations(tokens: list[Token], found: list[Found]) -> None:
        """"Румунська Дирекція з розслідування … (DIICOT)": a body's abbreviation in brackets after its name
        is the same actor, wherever either is named; the one the gazetteer knows gives the other its name. An
        abbreviation so introduced names the body wherever else it stands ("Дакка звинуватила BSF")."""
        added: list[Found] = []
        taken = {k for f in found for k in range(f.start, f.end)}
        for index, bracketed in enumerate(found):
            if bracketed.type != "ORG" or not in_brackets(tokens, bracketed.start, bracketed.end):
                continue
            # (past the rest of a long name no one found, "з розслідування організованої злочинності та тероризму",
            # and the places it names: "Місія ООН з підтримки в Лівії (UNSMIL)")
            places = [f for f in found[:index] if f.type == "LOC"]
            before = next((f for f in reversed(found[:index]) if f.type != "LOC"), None)
            if before is None or before.type != "ORG":
                continue
            in_place = {k for f in places if f.start >= before.end for k in range(f.start, f.end)}
            between = [t for k, t in enumerate(tokens[before.end : bracketed.start - 1], before.end) if k not in in_place]
            if len(tokens[before.end : bracketed.start - 1]) > 10 or not all(t.is_word and not t.is_capitalised for t in between):
                continue
            known, alias = (bracketed, before) if bracketed.country or bracketed.actor_code else (before, bracketed)
            if alias.country not in (None, known.country):
                continue
            old_key = alias.key
            for f in found:
                if f.key == old_key:
                    f.key, f.name, f.kind = known.key, known.name, known.kind
                    f.country, f.sector, f.actor_code = known.country, known.sector, known.actor_code
            abbreviation = tokens[bracketed.start].text
            if bracketed.end - bracketed.start == 1 and abbreviation.isupper():
                elsewhere = [k for k, t in enumerate(tokens) if t.text == abbreviation and k not in taken]
                added.extend(replace(bracketed, start=k, end=k + 1) for k in elsewhere)
                taken.update(elsewhere)
        if added:
            found.extend(added)
            found.sort(key=lambda f: f.start)

    def _home_bodies(self, tokens: list[Token], found: list[Found]) -> None:
        """"Уряд національної єдності", "Лівійська національна армія": a body's own name the model found, headed
        by a kind of state body and naming no country, is placed like an office, in the country around it."""
        for body in found:
            if body.type != "ORG" or body.actor_code or not tokens[body.start].text[:1].isupper():
                continue
            # "Вищий суд у Белграді": a body told with the town it sits in is of that town's country, whatever
            # kind of state body it is
            seat = self._seat_country(tokens, found, body.end)
            kind = (self._body_kind(tokens, body, SEATED_KINDS) if seat else None) or self._body_kind(tokens, body, HOME_BODY_KINDS)
            if kind is None:
                continue
            body.sector = kind.sector
            body.country = body.country or seat
            if body.country:  # "Лівійська національна армія": its own adjective placed it
                body.actor_code = code(body.country, body.sector)
            else:
                body.home_office = True

    def _bodies_of_adjective(self, tokens: list[Token], found: list[Found]) -> None:
        """"бійці індійських Прикордонних сил безпеки", "австрійська OMV": a body whose name no gazetteer places
        is of the country its country adjective names right before it."""
        taken = {k for f in found for k in range(f.start, f.end)}
        for body in found:
            if body.type != "ORG" or body.country or body.actor_code or body.start == 0 or body.start - 1 in taken:
                continue
            hit = self.gazetteer.match_at(tokens, body.start - 1, body.start)
            if hit is not None and hit[0].category == ADJECTIVE and hit[0].country and hit[1] == body.start:
                body.country, body.home_office = hit[0].country, False
                body.actor_code = code(body.country, body.sector)

    @staticmethod
    def _parts_of_state_bodies(document: Document, found: list[Found]) -> None:
        """"Управління з контролю за іноземними активами Міністерства фінансів США": a body no gazetteer places,
        named right before a state body of a country in the genitive, is a part of that body and acts for it."""
        tokens = document.tokens
        parts = []
        for body, owner in zip(found, found[1:], strict=False):
            if body.type != "ORG" or body.country or body.actor_code or owner.start != body.end:
                continue
            if owner.type == "ORG" and owner.sector == "GOV" and owner.country and tokens[owner.start].has("gent"):
                body.country, body.sector, body.home_office = owner.country, owner.sector, False
                body.actor_code = code(body.country, body.sector)
                body.name = f"{body.name} {document.text[tokens[owner.start].start : tokens[owner.end - 1].end]}"
                body.end = owner.end
                parts.append(owner)
        found[:] = [f for f in found if not any(f is owner for owner in parts)]

    @staticmethod
    def _seat_country(tokens: list[Token], found: list[Found], end: int) -> str | None:
        """The country of the capital or town named with "у"/"в" right after a body ending at token ``end``."""
        seat = next((f for f in found if f.start == end + 1), None)
        return _seat(tokens, end, (seat.start, seat.kind, seat.country), SEAT_KINDS) if seat is not None else None

    def _body_kind(self, tokens: list[Token], body: Found, kinds: frozenset[str]) -> Entry | None:
        """The kind of state body, of ``kinds``, whose own word a body's name holds (it may head the name or end
        it: "Уряд національної єдності", "Лівійська національна армія"; not "Народний захисник", no army)."""
        return next((
            hit[0] for k in range(body.start, body.end) if (hit := self.gazetteer.match_at(tokens, k, body.end))
            and hit[0].category == INSTITUTION and hit[0].kind in kinds and (body.end - body.start > hit[1] - k or hit[1] - k > 1)
            and tokens[k].lemma == hit[0].name.split()[0]
        ), None)

    @staticmethod
    def _home_offices(document: Document, found: list[Found]) -> None:
        """"заступник міністра енергетики Андрій Литвиненко" in a story whose bodies and places are nearly all
        Ukrainian: an office the text places in no country is the country the story is about."""
        seats = seats_of_organisations()
        counts = Counter(f.country for f in found if f.country and f.source != "coreference")
        ranked = counts.most_common(2)
        dominant = bool(ranked) and ranked[0][1] >= 3 and not (len(ranked) > 1 and 2 * ranked[0][1] < 3 * ranked[1][1])
        tokens = document.tokens
        office_ends = {f.end for f in found if f.kind == "office"}
        for group in found:
            if group.kind != "armed-group" or group.country:
                continue
            # "бої в Тріполі між угрупованням «Аль-Фурсан» та 27-ю бригадою": a group no gazetteer places fights
            # in the town its sentence names before it, or else where the story is ("угруповання «Лос-Лобос»
            # атакувало порт Гуаякіля")
            sentence = tokens[group.start].sentence
            town = next((
                f for f in reversed(found) if f.end <= group.start and tokens[f.start].sentence == sentence
                and f.kind in ("capital", "city") and f.country
            ), None)
            home = town.country if town is not None else ranked[0][0] if dominant else None
            if home is not None:
                group.country, group.actor_code = home, code(home, group.sector or "REB")
        for person in found:
            if not person.home_office or person.country:
                continue
            # ("Ізраїль попередив … Міністр закордонних справ Гідеон Саар" in a story about Iran, "прибула до
            # Києва … зустрілася з генеральним прокурором": the one country named around the office is its own)
            sentence = tokens[person.start].sentence
            embassy = next((
                f for f in reversed(found) if f.kind == "embassy" and f.country and f.start < person.start
                and tokens[f.start].sentence >= sentence - 1
            ), None)
            if embassy is not None and next(iter((person.role or "").split()), None) in AMBASSADOR_ROLES:
                # "Посольство Росії надіслало до МЗС Швейцарії ноту. Посол Сергій Гаврилов попередив": the embassy's
                person.country, person.actor_code = embassy.country, code(embassy.country, person.sector or "GOV")
                continue
            served = _office_holder_served(document, found, person)
            if served is not None:
                # "Прем'єр-міністр Вірменії Арам Саргсян … Речник прем'єра Назарет Мелконян": the spokesman of the
                # premier named before is of that premier's country
                person.country, person.actor_code = served.country, code(served.country, person.sector or "GOV")
                continue
            ministry = _ministry_of_minister(document, found, person, sentence)
            if ministry is not None:
                # "МЗС Кувейту викликало посла Іраку … — заявив міністр закордонних справ Салем ас-Сабах": the
                # minister heads the ministry of his portfolio named just before
                person.country, person.actor_code = ministry.country, code(ministry.country, person.sector or "GOV")
                continue
            # (the seat of an organisation may speak for it: "Брюссель стурбований" places no office in Belgium;
            # nor is it a country where another holds the same office: "міністр оборони Німеччини Юліан Беккер
            # та британська міністерка оборони …, а українську делегацію очолив міністр оборони Тарас Климчук")
            held = {f.country for f in found if person.office_key and f.office_key == person.office_key and f.key != person.key}
            # (nor a country the office's own quote speaks of: "«Москва знову використовує людей як зброю проти
            # Фінляндії», — заявив прем'єр-міністр Юссі Гейкінен")
            quoted = _quote_spoken_by(tokens, person.start)
            near = {
                f.country for f in found
                if f.country and tokens[f.start].sentence in (sentence - 1, sentence) and not (f.kind == "capital" and f.name in seats)
                and not _in_headline(document, f, sentence)
                and not (f.start > person.start and (tokens[f.start - 1].has("PREP") or tokens[f.start - 1].pos == "NOUN"))
                and f.start not in quoted and not _spoken_of(tokens, f.start)
            } - held  # (nor a place told after, "президент … оголосив про призупинення переговорів, які тривали в
            # Мехіко", or owning a noun after: "Міністр торгівлі … назвав кроки Китаю «примусом»"; nor one a speaker
            # talks about: "президент Литви заявив, що Мінськ «приховував аварію». Прем'єрка … попередила, що якщо Мінськ")
            home = next(iter(near)) if len(near) == 1 else ranked[0][0] if dominant else None
            if home is None or near - {home} or home in held:
                # ("… а прем'єр-міністр Давид Арутюнян заявив" in a story of Armenia and Russia: the one country
                # named that the surname comes from; else, "МЗС Чехії викликало російського посла. Прем'єр Віт
                # Ракушан назвав …": of several countries around, the one whose state spoke last is the
                # government the office belongs to)
                origins = surname_countries(person.name) & {f.country for f in found if f.country} - held
                voice = None if len(origins) == 1 else _state_that_spoke(
                    document, found, person.start, sentence,
                    lambda f, held=held, quoted=quoted: f.country not in held and f.start not in office_ends and f.start not in quoted,
                )  # (nor the country of an office: "викликало посла КНР")
                home = next(iter(origins)) if len(origins) == 1 else voice.country if voice else None
            if home is not None:
                person.country = home
                person.actor_code = code(home, person.sector or "GOV")

    def _surnames(self, document: Document, found: list[Found], covered: list[bool]) -> list[Found]:
        """A capitalised word that is the surname of a person found elsewhere in the text links to them."""
        tokens = document.tokens
        surnames: dict[str, Found] = {}
        for person in found:
            if person.type == "PERS" and person.surname_last and person.source != "coreference" and " " in person.name:
                words = person.name.split()
                surname = words[-1]
                # A double surname is also named by its last part: Коваль-Мельник → Мельник; a name that opens
                # with no first name the dictionary knows may open with the surname: Лінь Цзяхао → Лінь.
                parts = [surname, surname.rsplit("-", 1)[-1]]
                # ("Лю Цзяньго … Лю наполягав": a short surname the dictionary also knows as a first name opens a
                # name whose last word is neither a first name nor a surname it knows)
                if person.source == "morphology" and len(words) == 2 and (
                    not is_known_first_name(words[0]) or len(words[0]) <= 3 and not is_known_name_word(words[1])
                ):
                    parts.append(words[0])
                for part in dict.fromkeys(parts):
                    if len(part) > 2 or part == words[0] != surname:
                        for key in name_word_keys(part, True):
                            surnames.setdefault(key, person)
        if not surnames:
            return []
        linked = []
        # "Андрію Литвиненку … Литвиненка затримали": a surname alone is the person the text named in full,
        # not a namesake the gazetteer knows by it, nor one of its own the dictionary reads ("Аміну Белло …
        # Белло провів": not "Белла")
        for k, namesake in enumerate(found):
            if namesake.kind != "person" or namesake.source == "coreference":
                continue
            if namesake.end - namesake.start > 1:
                # ("Хосефіна Дела Крус … запевнив Дела Крус": a surname of two words, as written, is hers too)
                written = " ".join(t.text for t in tokens[namesake.start : namesake.end])
                person = next((f for f in surnames.values() if f.name.endswith(" " + written) and f.start < namesake.start), None)
                if person is not None and person.key != namesake.key:
                    found[k] = Found(namesake.start, namesake.end, person.key, person.name, "PERS", "person", source="coreference")
                continue
            if namesake.source not in ("gazetteer", "morphology"):
                continue
            person = next((surnames[key] for key in ordered_keys(tokens[namesake.start].text) if key in surnames), None)
            if person is not None and person.key != namesake.key and person.kind == "person":
                found[k] = Found(namesake.start, namesake.end, person.key, person.name, "PERS", "person", source="coreference")
        starts = {sentence.first_token for sentence in document.sentences}
        for i, token in enumerate(tokens):
            if covered[i] or not token.is_word or not (token.text[:1].isupper() or opens_with_joined_article(token.text)):
                continue
            if i in starts and ordinary_word(token.text, nouns=False):
                continue  # "Нам відомо": a pronoun opening a sentence
            # of several people it may name ("судді Голяшкіна": Олег Голяшкін, or Віра Голяшкіна), the one the
            # text introduced first, its main character; a set's order would change from run to run
            candidates = [surnames[k] for k in text_keys(token.text) if k in surnames]
            person = min(candidates, key=lambda f: (f.start, f.key)) if candidates else None
            if person is not None:
                linked.append(Found(i, i + 1, person.key, person.name, "PERS", "person", source="coreference"))
                covered[i] = True
        return linked

    def _pronouns(self, document: Document, drafts: dict[str, Draft]) -> None:
        """`"...", - підкреслив він.`: the pronoun is the speaker, the last person named before the quote.
        News also quotes without quotation marks (`Ми готові, - заявив він.`): then the quote is the
        sentence up to the dash."""
        tokens = document.tokens
        people = sorted(
            (
                (m.start, d)
                for d in drafts.values()
                if d.found.type == "PERS"
                for m in d.mentions
                if m.source != "coreference"
            ),
            key=lambda pair: pair[0],
        )
        if not people:
            return
        ends = {tok.end: tok.index for tok in tokens}
        ending_at = {  # a mention's start → the index of its last token, whose case is the mention's
            m.start: ends[m.end] for d in drafts.values() if d.found.type == "PERS" for m in d.mentions if m.end in ends
        }
        for i, token in enumerate(tokens):
            gender = PRONOUN_GENDER.get(token.text.lower())
            if gender is None or i < 4:
                continue
            if tokens[i - 1].has("VERB"):  # - підкреслив він
                dash = i - 2
            elif i + 1 < len(tokens) and tokens[i + 1].has("VERB"):  # - він підкреслив
                dash = i - 1
            else:
                continue
            if tokens[dash].text not in DASHES or tokens[dash - 1].text != ",":
                continue
            if tokens[dash - 2].text in CLOSING_QUOTES:
                opening = opening_quote(document, dash - 2)
            else:
                opening = document.sentences[tokens[dash].sentence].start
            speaker, subject_sentence = None, None
            for start, draft in people:
                if start >= opening:
                    break
                if draft.gender not in (None, gender):
                    continue
                # (not one named after its sentence's subject in an oblique case: "Речник Олексій Фадєєв назвав
                # слова фінського прем'єра «абсурдними». «…», — сказав він")
                head = tokens[ending_at[start]] if start in ending_at else None
                nominative = head is not None and any(  # (of the person's gender: "прем'єра" is no nominative "premiere" here)
                    "nomn" in a.tags and (draft.gender is None or not a.tags & set(GENDERS) or draft.gender in a.tags) for a in head.analyses
                )
                sentence = head.sentence if head is not None else None
                if nominative or subject_sentence is None or sentence != subject_sentence:
                    speaker = draft
                    subject_sentence = sentence if nominative else None
            if speaker is not None:
                speaker.mentions.append(Mention(token.start, token.end, token.text, "PERS", "coreference"))

    # -- statistical NER ---------------------------------------------------------------------------

    def _model_spans(self, document: Document, found: list[Found], covered: list[bool]) -> list[Found]:
        """Model spans the rules missed become entities; JOB spans give roles to the person beside them."""
        tokens = document.tokens
        starts = {t.start: t.index for t in tokens}
        ends = {t.end: t.index + 1 for t in tokens}
        added: list[Found] = []
        people_by_token = {}
        for f in found:
            if f.type == "PERS":
                for k in range(f.start, f.end):
                    people_by_token[k] = f
        for span in document.ner_spans:
            first, last = starts.get(span.start), ends.get(span.end)
            if first is None or last is None:
                continue
            # "Служба державної безпеки Грузії затримала", "Ради керуючих МАГАТЕ Тегеран «негайно перегляне»":
            # the model ran on into the verb, with what leads up to it
            verb = next((k for k in range(first + 1, last) if tokens[k].pos == "VERB" and not tokens[k].text[:1].isupper()), None)
            if verb is not None:
                last = verb
                while last - first > 1 and (tokens[last - 1].text in OPENING_QUOTES | CLOSING_QUOTES or tokens[last - 1].pos == "ADVB" and tokens[last - 1].text.islower()):
                    last -= 1
            opened = next((k for k in range(first + 1, last) if tokens[k].text == "«"), None)
            if opened is not None and (
                not any(tokens[k].text == "»" for k in range(opened + 1, document.sentences[tokens[first].sentence].last_token))
                or any(f.start == first and f.end == opened and f.type != "ORG" for f in found)
            ):
                # "діяльність Пхеньяна «грубим порушенням резолюцій Ради Безпеки ООН»": no name opens a quote it does
                # not close, nor runs on from a place or person the rules found into a quote (a body with its quoted
                # name, "Міністерства оборони «Укрвійськбуд»", "БПП «Солідарність»", is one name)
                last = opened
            while last - first > 1 and tokens[last - 1].text.islower() and tokens[last - 1].pos in ("ADVB", "PRCL"):
                last -= 1  # "Відомство також звинуватило": no name ends in "також"
            while (
                last - first > 2 and tokens[last - 1].is_word and tokens[last - 1].text.islower()
                and "gent" not in tokens[last - 1].cases and tokens[last - 2].is_capitalised
            ):
                last -= 1  # "Бюро реінтеграції Молдови акцію назвали …": nor into the object after the name
            label = span.label
            if label in ("ORG", "PERS") and after_vessel_noun(tokens, first):
                continue  # "катер «Ріо-Деседо»": a ship's name, no actor of its own
            if span.label == "JOB":
                self._job_role(document, first, last, people_by_token, found)
                continue
            if is_street_across_lines(span.text):
                pass  # "пр.\nВатутіна": a splitter broke the line after the street's abbreviation
            elif "\n" in span.text or tokens[first].sentence != tokens[last - 1].sentence:
                continue  # a name never runs over a line break or a sentence end ("Абхазії. Грузія")
            if last - first == 1 and span.label in MODEL_LABELS and self._is_office(tokens[first]):
                continue  # "повідомив Уповноважений Верховної Ради …": an office written with a capital
            if last - first > 1 and date_vocabulary().units.get(tokens[first].text.lower()) == "day":
                continue  # "У День Європи", "до Дня Незалежності": a day's name, no actor
            if (
                last - first == 1 and span.label == "ORG" and first == document.sentences[tokens[first].sentence].first_token
                and tokens[first].text[1:].islower() and ordinary_word(tokens[first].text)
            ):  # (not an abbreviation: "ДУС збирається придбати")
                continue  # "Відомство звинуватило Київ": a common noun capitalised only by the sentence
            if (
                label == "MISC" and last - first == 1 and tokens[first].text.isupper() and in_brackets(tokens, first, last)
                and any(f.type == "ORG" and f.end == first - 1 for f in (*found, *added))
            ):
                label = "ORG"  # "індійських Прикордонних сил безпеки (BSF)": a body's abbreviation, whatever the model thought
            if label not in MODEL_LABELS or not any(
                is_nominal(t) or (t.text[:1].isupper() and k > document.sentences[t.sentence].first_token)
                for k, t in enumerate(tokens[first:last], first)
            ):
                continue  # a verb opening a sentence is not a name ("Зазначається"); «Факторстрой» inside one is
            if not any(character.isupper() for character in span.text):
                continue  # no capital, no name: "міністерство з", "народні депутати"
            if (
                label == "PERS"
                and not any(is_person_word(tokens, k) for k in range(first, last))
                and any(t.has("NOUN") and t.has("inan") for t in tokens[first:last])
            ):
                label = "LOC"  # no word of it can name a person: a place the model took for one ("Хрещатика")
            if (
                label == "PERS" and last - first == 1 and first > 0 and tokens[first - 1].text.lower() in ("в", "у")
                and "loct" in tokens[first].cases and not is_dictionary_word(tokens[first].text.lower())
            ):
                label = "LOC"  # "суддя в Роусоні": one word no dictionary holds after "в", if locative, is where, not who
            if label in ("LOC", "ORG") and first in self._shared_roles and all(t.text[:1].isupper() for t in tokens[first:last]):
                label = "PERS"  # "глави МЗС Індії та Китаю Аніта Шарма і Ван Чжипін": the second name of a shared role
            country = next((f.country for f in found if first <= f.start and f.end <= last and f.country), None)
            if country is None and label == "ORG":
                country = self._seat_country(tokens, found, last)  # "Південний окружний військовий суд у Ростові-на-Дону"
            if country is None and label == "ORG" and any(t.lemma in local_body_words() for t in tokens[first:last]):
                # "Тбіліський міський суд": the town its adjective names; "Насімінський районний суд" after "у
                # Баку": a district no gazetteer knows, of the last town's country
                country = self._local_country(tokens[first], found, first)
            if country is None and label == "ORG" and tokens[first].has("ADJF"):
                country = region_adjectives().get(tokens[first].lemma)  # "Свердловський обласний суд"
                adjective = self.gazetteer.match_at(tokens, first, last)
                if country is None and adjective is not None and adjective[0].category == ADJECTIVE:
                    country = adjective[0].country  # "Пакистанська артилерія": the country its adjective names
            if any(covered[first:last]):
                if self._is_office(tokens[first]):
                    continue  # "Речник Європейської комісії застеріг": the office of a body the rules know
                if not self._widen(document, label, first, last, found):
                    continue
                for k in range(first, last):
                    covered[k] = True
                if any(f.start == first and f.end == last for f in found):
                    continue  # a rule entity now spans the model's words
            run = tokens[first:last]
            if label == "PERS":
                name = canonical_person(run, None)
                key = f"person:{name}"
                # (the model's own full names too: "Павел Новотни … із Новотним")
                surname = next((f for f in (*found, *added) if f.type == "PERS" and has_same_surname(f, run)), None)
                if surname is not None:
                    key, name = surname.key, surname.name
                added.append(Found(first, last, key, name, "PERS", "person", source="model"))
            else:
                name = nominative_phrase(run)
                added.append(Found(first, last, f"model:{label}:{name}", name, label, country=country, source="model"))
            for k in range(first, last):
                covered[k] = True
        return added

    def _is_office(self, token: Token) -> bool:
        """Whether a word is a one-word office of the gazetteer's roles, whatever its capital."""
        return any(
            entry.category == ROLE and len(entry.words) == 1
            for key in text_keys(token.text)
            for entry in self.gazetteer.index.get(key, ())
        )

    @staticmethod
    def _apart(document: Document, inside: list[Found]) -> bool:
        """"У Міністерстві економіки України рішення угорського уряду назвали …": two actors of different
        countries with a common word between them are two names ("Союз українців Румунії" has none)."""
        ordered = sorted(inside, key=lambda f: f.start)
        for before, after in zip(ordered, ordered[1:], strict=False):
            if not (before.country and after.country and before.country != after.country):
                continue
            if any(t.is_word and t.text.islower() for t in document.tokens[before.end : after.start]):
                return True
        return False

    @staticmethod
    def _widen(document: Document, label: str, first: int, last: int, found: list[Found]) -> bool:
        """A model span that holds shorter rule mentions is the one mention, as in NER-UK ("Вищий
        господарський суд України", "ДСНС України у місті Києві"), also over an office or demonym
        ("Спілка журналістів України", "Союз українців Румунії"). A rule entity of
        the model's type keeps its identity and code and takes the longer span; a place inside an ORG,
        or a country inside a longer LOC ("Центральній Америці"), gives way to a new model entity.
        Returns False when the spans cross, so the rules stand."""
        inside = [f for f in found if f.start < last and first < f.end]
        if any(f.start < first or f.end > last for f in inside) or all(f.end - f.start == last - first for f in inside):
            return False
        if len(inside) > 1 and any(t.text.lower() in NEVER_IN_NAMES for t in document.tokens[first:last]):
            return False  # "Ради безпеки ООН проти Ірану": two actors, no name holds "проти" (none of NER-UK's)
        if len(inside) > 1 and all(f.kind == "country" for f in inside) and len({f.key for f in inside}) > 1:
            return False
        if EntityRecognizer._apart(document, inside):
            return False  # "відносини з Росією Молдова не збирається": two countries are never one name
        if any(
            f.start > first and f.kind in PLACE_KINDS and document.tokens[f.start].cases <= {"nomn", "accs", "voct"}
            and document.tokens[f.start - 1].is_capitalised for f in inside
        ):
            # "Ради керуючих МАГАТЕ Тегеран": a place right after a name, in none of the cases a name's own
            # place takes ("Союз українців Румунії", "ДСНС України у місті Києві"), is the next actor
            return False
        if any(f.start > first and f.kind in PLACE_KINDS and document.tokens[f.start].cases == {"ablt"} for f in inside):
            return False  # "Раді безпеки ООН запропонований Францією проєкт": an agent in the instrumental is no name's part
        opening = min(inside, key=lambda f: f.start)
        if label == "LOC" and opening.start == first and opening.kind == "country" and opening.end < last:
            return False  # "У столиці Тонги Нукуалофі": a country's name opens no longer place; the next word is another
        if (
            len(inside) > 1 and opening.start == first and opening.kind in PLACE_KINDS and first > 0
            and document.tokens[first - 1].text.lower() in ("в", "у", "на")
        ):
            return False  # "засідання в Накурі МЗС Лівану подало": a place told after "в" opens no name
        tail = document.tokens[max(f.end for f in inside) : last]
        words = date_vocabulary()
        if any(t.text.lower() in words.weekdays or t.text.lower() in words.months for t in tail):
            return False  # "Збройні сили Китаю в понеділок почали": a day told after a name is no part of it
        if (
            opening.start == first and opening.kind in PLACE_KINDS and tail and not any(t.is_capitalised for t in tail)
        ):
            # "порушення Ізраїлем резолюції 1701", "підписали в Бішкеку угоду про торгівлю": a place with common
            # words after it names no longer place or body
            return False
        if label == "PERS" and EntityRecognizer._first_names_before(document, first, inside, found):
            return True
        if label == "PERS" or any(f.type == "PERS" and f.kind not in UNNAMED_KINDS for f in inside):
            return False  # the rules' people are more precise than the model's longer spans
        if label == "LOC" and any(f.type == "PERS" for f in inside):
            return False  # "Прем'єр Болгарії" is an office, never a place, whatever the model says
        if label == "LOC" and EntityRecognizer._streets_of(document, first, inside):
            return False  # "вийшли на вулиці Белграда": the streets of a city the gazetteer knows, not a street
        if any(f.kind == "office" and f.start == first for f in inside):
            return False  # nor a body: "Прем'єр Словаччини" read as ORG is still the office
        main = next((f for f in inside if f.type == label and (label != "LOC" and f.kind not in PLACE_KINDS)), None)
        for f in inside:
            if f is not main:
                found.remove(f)
        if main is None:
            return True
        tokens = document.tokens
        main.start, main.end = first, last
        run = tokens[first:last]
        if label == "ORG" and not main.key.startswith("body:"):  # a kind of body, or a quoted name
            main.name = nominative_phrase(run)
            main.key = f"model:ORG:{main.name}"
        main.source = "model" if main.source != "gazetteer" else main.source
        return True

    @staticmethod
    def _streets_of(document: Document, first: int, inside: list[Found]) -> bool:
        from litopys.entities.ner import place_words

        if not inside or any(f.kind not in PLACE_KINDS for f in inside):
            return False
        words = [t.text.lower() for t in document.tokens[first : min(f.start for f in inside)]]
        return bool(words) and all(word in place_words().part_of_name for word in words)

    @staticmethod
    def _first_names_before(document: Document, first: int, inside: list[Found], found: list[Found]) -> bool:
        """The model's "Гайк Товмасян" around the rules' "Товмасян": capitalised words right before a
        surname the rules found alone are the first name the rules did not know. The person takes the
        longer span and the full name, and so do the other mentions linked to it."""
        if len(inside) != 1 or inside[0].kind != "person" or inside[0].source == "gazetteer":
            return False
        person = inside[0]
        tokens = document.tokens
        extra = tokens[first : person.start]
        if not 1 <= len(extra) <= 2 or not all(t.is_word and t.text[:1].isupper() and t.text[1:].islower() for t in extra):
            return False
        if any(t.has("VERB") or t.has("ADJF") or t.has("PREP") for t in extra):
            return False  # "Згадав Товмасян", "Колишній Товмасян" are not first names
        old_key = person.key
        others = [f for f in found if f.key == old_key and f is not person]
        person.start = first
        person.name = canonical_person(tokens[first : person.end], None)
        person.key = f"person:{person.name}"
        if all(len(f.name.split()) == 1 for f in others):  # not a surname linked to another full name
            for other in others:
                other.key, other.name = person.key, person.name
        return True

    def _job_role(self, document: Document, first: int, last: int, people: dict, found: list[Found]) -> None:
        tokens = document.tokens
        neighbour = people.get(last) or people.get(last + 1) or people.get(first - 1) or people.get(first - 2)
        if neighbour is None or neighbour.role or self._others_role(tokens, first, last, neighbour):
            return
        if tokens[neighbour.start].sentence != tokens[first].sentence:
            return  # "… проголосували 273 народні депутати. Кубраков очолював …": not his role
        neighbour.role = document.text[tokens[first].start : tokens[last - 1].end]
        if neighbour.country:
            return
        inside = [f for f in found if first <= f.start and f.end <= last and f.country]
        if inside:
            role_hit = self.gazetteer.match_at(tokens, first, last)
            sector = role_hit[0].sector if role_hit and role_hit[0].category == ROLE and role_hit[0].sector else None
            neighbour.country = inside[0].country
            neighbour.sector = sector or inside[0].sector or "GOV"
            neighbour.actor_code = code(neighbour.country, neighbour.sector)
        elif first > 0 and (hit := self.gazetteer.match_at(tokens, first - 1, first)) and (
            hit[0].category == ADJECTIVE and hit[0].country and tokens[first - 1].sentence == tokens[first].sentence
        ):  # "активи російського мільярдера Аркадія Звягінцева": a private person of the country his adjective names
            neighbour.country = hit[0].country
            neighbour.actor_code = code(neighbour.country, None)

    # -- gathering ---------------------------------------------------------------------------------

    def _gather(self, document: Document, found: list[Found]) -> dict[str, Draft]:
        tokens = document.tokens
        drafts: dict[str, Draft] = {}
        for f in found:
            draft = drafts.get(f.key)
            if draft is None:
                draft = drafts[f.key] = Draft(f, gender=gender_of(f.name) if f.type == "PERS" else None)
            else:
                for attribute in ("role", "country", "sector", "actor_code"):
                    if getattr(draft.found, attribute) is None and getattr(f, attribute) is not None:
                        setattr(draft.found, attribute, getattr(f, attribute))
            start, end = tokens[f.start].start, tokens[f.end - 1].end
            draft.mentions.append(Mention(start, end, document.text[start:end], f.type, f.source))
        # "компанії Sino-Kafue Copper, що належить китайському концерну … зажадав від Sino-Kafue Copper": an
        # organisation named again bare is the one placed before under that name
        placed = {d.found.name: d for d in drafts.values() if d.found.type == "ORG" and d.found.country}
        for key, draft in list(drafts.items()):
            same = placed.get(draft.found.name)
            if same is not None and same is not draft and draft.found.type == "ORG" and draft.found.country is None:
                same.mentions = sorted(same.mentions + draft.mentions, key=lambda m: m.start)
                del drafts[key]
        return drafts

    @staticmethod
    def _entities(drafts: dict[str, Draft]) -> list[Entity]:
        ordered = sorted(drafts.values(), key=lambda d: min(m.start for m in d.mentions))
        entities = []
        for n, draft in enumerate(ordered, 1):
            f = draft.found
            entities.append(
                Entity(
                    id=f"e{n}",
                    name=f.name,
                    type=f.type,
                    kind=f.kind,
                    actor_code=f.actor_code,
                    country=f.country,
                    sector=f.sector,
                    role=f.role or f.data_role,
                    mentions=sorted(draft.mentions, key=lambda m: m.start),
                )
            )
        return entities

