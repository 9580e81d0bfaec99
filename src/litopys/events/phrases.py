"""Actor phrases: the stretches of a sentence that stand for an actor, with their case and preposition.

Events name their arguments through these: an entity mention ("Південну Корею"), a role phrase headed
by a common noun whose actor is the named country, body or person inside it ("посол США в ООН",
"очільником міноборони Литви Ласвідасом Шаткусом"), a personal pronoun ("він", "ми") or an
anaphoric noun ("з країною", "ці країни", "таке рішення"). Coordinated phrases ("Литва та Латвія")
share a group so a frame slot takes all of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from litopys.dates.patterns import vocabulary as date_vocabulary
from litopys.doc import CASES, Document, Token
from litopys.entities.names import feminine_role, gender_of
from litopys.entities.rules import person_titles, place_name_words
from litopys.events.patterns import country_adjectives, cues, pattern_index
from litopys.lang import read_tsv

QUOTES = frozenset("\"«»„“”'")
MODEL_DESIGNATION = re.compile(r"^[A-ZА-ЯІЇЄ][A-Za-zА-Яа-яІіЇїЄє]{0,3}-\d+[A-Za-zА-Яа-я]*$")  # F-35, Су-35, MiG-29, Ту-22М


def before_quotes(tokens: list[Token], k: int, stop: int) -> int:
    """The position of the word at or before ``k`` past any quote marks ("угруповання «ТТП»": "угруповання"),
    not going back to ``stop`` or before it."""
    while k > stop and tokens[k].text in QUOTES:
        k -= 1
    return k


GENDERS = ("masc", "femn", "neut")


@dataclass(slots=True)
class Phrase:
    """An actor phrase over tokens ``first``..``last`` (exclusive, document token indices)."""

    first: int
    last: int
    head: int
    entities: list[str]
    kind: str  # entity | role | pronoun | anaphor-actor | anaphor-event
    prep: str | None = None
    cases: frozenset[str] = CASES
    plural: bool = False
    genders: frozenset[str] = frozenset(GENDERS)
    group: int = 0
    lemma: str = ""
    person: bool = False  # the phrase names a person (for pronoun resolution)
    can_plural: bool = False  # some reading of the head is plural ("посадовці")
    relative: bool = False  # an oblique relative pronoun standing for the actor before it ("…, яким")


@dataclass(slots=True)
class MentionIndex:
    """Entity mentions mapped to token ranges: token index → (entity id, first, last, label)."""

    at: dict[int, tuple[str, int, int, str]] = field(default_factory=dict)
    in_timex: set[int] = field(default_factory=set)  # tokens inside temporal expressions
    # first token → every entity named by that one span ("країни Балтії": Lithuania, Latvia, Estonia)
    together: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, document: Document) -> MentionIndex:
        starts = [t.start for t in document.tokens]
        ends = [t.end for t in document.tokens]
        index = cls()
        spans = []
        for entity in document.entities:
            for mention in entity.mentions:
                first = bisect_left(ends, mention.start + 1)
                last = bisect_right(starts, mention.end - 1)
                if first < last:
                    spans.append((first, last, entity.id, mention.label or entity.type))
        for timex in document.timexes:
            index.in_timex.update(range(bisect_left(ends, timex.start + 1), bisect_right(starts, timex.end - 1)))
        # Longer mentions win over nested ones.
        for first, last, entity_id, label in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
            if first in index.at:
                if index.at[first][1:3] == (first, last) and index.at[first][0] != entity_id:
                    index.together.setdefault(first, [index.at[first][0]]).append(entity_id)
                continue
            for i in range(first, last):
                index.at.setdefault(i, (entity_id, first, last, label))
        return index


def canonical_prep(tokens: list[Token], position: int, floor: int) -> tuple[str | None, int]:
    """The preposition right before ``position`` (skipping quotes), canonical form, and where it starts."""
    c = cues()
    j = position - 1
    while j >= floor and (tokens[j].text in QUOTES or tokens[j].lemma in c.whole_words):
        j -= 1
    if j < floor:
        return None, position
    for words in c.multiword_preps:  # "з боку", "на адресу"
        start = j - len(words) + 1
        if start >= floor and all(tokens[start + k].text.lower() == w for k, w in enumerate(words)):
            canonical = [c.prep_forms.get(words[0], words[0]), *words[1:]]
            return " ".join(canonical), start
    if not is_prep(tokens[j]):
        return None, position
    word = tokens[j].text.lower()
    if word in c.approximators and j + 1 < len(tokens) and str(tokens[j + 1].pos) in ("NUMR", "NUM"):
        return None, position  # "Близько двадцяти північнокорейських військових перетнули": about twenty
    return c.prep_forms.get(word, word), j


def is_prep(token: Token) -> bool:
    """Whether a word can be a preposition ("проти" is also an adverb; "раніше" never is one here)."""
    if token.text.lower() in cues().not_prepositions:
        return False
    return token.pos == "PREP" or any(a.pos == "PREP" for a in token.analyses)


def _agreeing_head(tokens: list[Token]) -> list[Token]:
    """Leading adjectives and the first noun: the words that carry the phrase's case."""
    head: list[Token] = []
    for token in tokens:
        head.append(token)
        if token.pos != "ADJF":
            break
    return head


VOCATIVE_ONLY = frozenset({"voct"})


def _cases(tokens: list[Token]) -> frozenset[str]:
    """Cases the whole phrase can be in: intersection over the words that have case readings."""
    result: frozenset[str] | None = None
    for token in tokens:
        token_cases = token.cases
        if not token_cases:
            continue
        result = token_cases if result is None else result & token_cases
    return result if result else CASES


def _armed_country(document: Document, mentions: MentionIndex, i: int, last: int) -> Phrase | None:
    """"російські дрони", "білоруські військові": a country adjective on a weapon or fighter stands for
    that country, when the text names the country itself; None otherwise."""
    tokens = document.tokens
    token = tokens[i]
    # ("по українській енергетиці": read first as the noun "українська", the language)
    adjective = next((a.lemma for a in token.analyses if a.pos == "ADJF"), None)
    if adjective is None or i + 1 >= last or i in mentions.at:
        return None
    end = i + 2
    named = mentions.at.get(i + 1)
    if named:  # "російського ВПК": a name the entity stage could not place takes the adjective's country
        entity = document.entity(named[0])
        if entity is None or entity.country or named[1] != i + 1:
            return None
        end = named[2]
    code = country_adjectives().get(adjective)
    union = None if code or named else cues().union_adjectives.get(adjective)
    if union and i + 1 < last and tokens[i + 1].lemma in cues().union_heads:
        # "подякував європейським партнерам": the union the text names, not a country
        body = max((e for e in document.entities if e.actor_code == union), key=lambda e: len(e.mentions), default=None)
        if body is None:
            return None
        head = tokens[i + 1]
        plural, genders = _number_gender(head)
        return Phrase(i, i + 2, i + 1, [body.id], "entity", cases=head.cases or CASES, plural=plural, genders=genders,
                      lemma=head.lemma)
    head_at = i + 1
    if not named:  # "вірменські бойові позиції": past other adjectives to the head noun
        while (
            head_at + 1 < last and head_at - i <= 3 and head_at not in mentions.at
            and (
                tokens[head_at].pos == "ADJF" and not tokens[head_at].has("NOUN") or tokens[head_at].text in QUOTES
                # ("російського ударного дрона": "ударного" read first as the noun "ударне")
                or tokens[head_at].has("ADJF") and bool(tokens[head_at + 1].lemmas & cues().armed_heads)
            )
        ):  # "російського «тіньового флоту»"
            head_at += 1
        end = head_at + 1
    head = tokens[head_at]
    # ("винищувачі-перехоплювачі": a compound is what its first part is)
    lemmas = head.lemmas | {lemma.split("-")[0] for lemma in head.lemmas}
    # ("два італійські F-35", "російські Су-35": a model's designation names the weapon)
    if code is None or not (lemmas & (cues().armed_heads | cues().actor_heads | cues().place_nouns) or MODEL_DESIGNATION.match(head.text)):
        return None
    country = next((e for e in document.entities if e.type == "LOC" and e.actor_code == code), None) or next(
        (e for e in document.entities if e.country == code and e.sector == "MIL"), None
    ) or next(  # ("українські безекіпажні катери" in a text that names only the navy, "ВМС ЗСУ": its forces)
        (e for e in document.entities if e.country == code and e.kind == "capital"), None
    )  # ("американську критику" in a text that names only Washington)
    if country is None:
        return None
    named_at = end + 1 if end + 1 < last and tokens[end].text in QUOTES else end
    name = mentions.at.get(named_at)
    if name and name[1] == named_at and not getattr(document.entity(name[0]), "country", None):
        # "села індійського штату Джамму", "винищувачі МіГ-31", "американські бази «Айн аль-Асад»": the thing's
        # own name, which no gazetteer places
        end = name[2]
    plural, genders = _number_gender(head)
    # (the cases the adjective agrees in: "дронами українські порти" is no genitive of the drones, whatever
    # "порти" may be read as)
    cases = head.cases & token.cases or head.cases or CASES
    if head.lemma in cues().actor_heads and "nomn" in cases and (holder := _office_holder_after(tokens, mentions, end, last)):
        # "фарерський міністр рибальства Ян Дальсгорд": the office's holder, named after its genitive words (but
        # "Сестра північнокорейського лідера Кім Йо Чжон" is the sister)
        return Phrase(i, holder[2], head_at, [holder[0]], "entity", cases=cases, plural=plural, genders=genders,
                      lemma=head.lemma, person=True)
    return Phrase(i, end, head_at, [country.id], "entity", cases=cases, plural=plural, genders=genders,
                  lemma=head.lemma)


def _is_place_entity(document: Document, phrase: Phrase) -> bool:
    """Whether a phrase names a place ("ракети над Києвом": "дрони Одеси" are not Odesa's own)."""
    entity = document.entity(phrase.entities[0]) if phrase.entities else None
    return entity is None or entity.type == "LOC" and entity.kind not in ("country", "capital")


def _possessed_actor(tokens: list[Token], mentions: MentionIndex, i: int, last: int) -> Phrase | None:
    """"його підрозділи протиповітряної оборони знищили безпілотник", "її війська": forces or people
    with a possessive, as a subject, stand for their owner: a pronoun that agrees with the noun."""
    c = cues()
    word = tokens[i].text.lower()
    if word not in c.possessives:
        return None
    head = i + 1
    # (past an adjective the dictionary also reads as a noun when a noun follows: "його японська колега")
    while head < last and head - i <= 3 and tokens[head].pos == "ADJF" and (
        not tokens[head].has("NOUN") or head + 1 < last and tokens[head + 1].pos == "NOUN"
    ):
        head += 1
    if head >= last or head in mentions.at:
        return None
    noun = tokens[head]
    if noun.pos != "NOUN" or not noun.lemmas & (c.actor_heads | c.armed_heads) or noun.lemma in pattern_index():
        return None  # (an event noun's owner is found by the coder: "її вимоги")
    if "nomn" not in noun.cases:
        return None  # (as an object the noun keeps its own apposition: "двох його керівників, громадян Росії")
    plural, genders = _number_gender(noun)
    if noun.lemma in c.actor_heads and (holder := _office_holder_after(tokens, mentions, head + 1, last)):
        # "Фуентес та її болівійський колега Серхіо Варгас": the person named after the office
        return Phrase(i, holder[2], head, [holder[0]], "entity", cases=frozenset({"nomn"}), plural=plural, genders=genders,
                      lemma=noun.lemma, person=True)
    lemma = "вони" if word.startswith("їх") else "вона" if word == "її" else "він"
    return Phrase(i, head + 1, head, [], "pronoun", cases=frozenset({"nomn"}), plural=plural, genders=genders, lemma=lemma)


def _linked_actor(document: Document, mentions: MentionIndex, i: int, last: int) -> Phrase | None:
    """"угруповання APT28, пов'язане з ГРУ", "хакери, пов'язані з Китаєм": a group no gazetteer names,
    tied by the text to a named actor, acts for that actor."""
    c = cues()
    tokens = document.tokens
    token = tokens[i]
    if token.pos != "NOUN" or not token.lemmas & c.linked_heads or i in mentions.at:
        return None
    j = i + 1
    while j < min(last, i + 5) and tokens[j].text != ",":
        j += 1  # past the group's own name ("APT28", «Кібер-армія»)
    if j + 3 >= last or not tokens[j + 1].lemmas & c.linked_words or tokens[j + 2].text.lower() not in ("з", "із", "зі"):
        return None
    named = mentions.at.get(j + 3)
    entity = document.entity(named[0]) if named else None
    if entity is None or not entity.country:
        return None
    plural, genders = _number_gender(token)
    return Phrase(i, i + 1, i, [entity.id], "entity", cases=token.cases or CASES, plural=plural, genders=genders,
                  lemma=token.lemma)


def _members_of(document: Document, mentions: MentionIndex, i: int, last: int) -> Phrase | None:
    """"закликав партнерів по ЄС обмежити пересування", "союзники по НАТО": the members of a body, named with
    "по", act or are addressed as that body."""
    tokens = document.tokens
    token = tokens[i]
    if not token.is_word or token.lemma not in cues().member_nouns or i + 2 >= last or tokens[i + 1].text.lower() != "по":
        return None
    named = mentions.at.get(i + 2)
    entity = document.entity(named[0]) if named and named[1] == i + 2 else None
    if entity is None or entity.country:
        return None  # (a body, not a country: "колега по уряду Литви" is no member of Lithuania)
    plural, genders = _number_gender(token)
    return Phrase(i, named[2], i, [entity.id], "entity", cases=token.cases or CASES, plural=plural, genders=genders, lemma=token.lemma)


def _relative_antecedent(tokens: list[Token], phrases: list[Phrase], i: int, first: int) -> Phrase | None:
    """The named actor phrase right before ", яким/якій/яких …" when the relative pronoun at ``i`` is not
    nominative (the nominative one is the subject and handled there); None otherwise."""
    readings = [a for a in tokens[i].analyses if a.pos == "NPRO" and a.lemma in cues().relative_pronouns]
    if not readings or any("nomn" in a.tags for a in readings):  # "яким" is also read as a noun
        return None
    if i - 1 <= first or tokens[i - 1].text != "," or not phrases or phrases[-1].last != i - 1:
        return None
    antecedent = phrases[-1]
    return antecedent if antecedent.entities and antecedent.kind in ("entity", "role") else None


def _object_pronoun(tokens: list[Token], i: int, last: int) -> tuple[str, str] | None:
    """"де його зустрів президент", "її затримали": a third-person pronoun in the accusative right before
    a finite verb is that verb's fronted object (a possessive would stand before a noun); "йому повідомили
    про підозру": a dative one right before a finite verb is its object too. Its lemma and case, or None."""
    third = cues().third_person
    for case in ("accs", "datv"):
        lemma = next((a.lemma for a in tokens[i].analyses if a.pos == "NPRO" and a.lemma in third and case in a.tags), None)
        if lemma is not None:
            break
    else:
        return None
    before_verb = i + 1 < last and any(a.pos == "VERB" and "infn" not in a.tags for a in tokens[i + 1].analyses)
    # "запевнив його у підтримці": right after a finite verb and before no noun, it is the verb's object.
    after_verb = (
        i > 0 and any(a.pos == "VERB" and "infn" not in a.tags for a in tokens[i - 1].analyses)
        and (i + 1 >= last or tokens[i + 1].pos not in ("NOUN", "ADJF"))
    )
    if case == "datv":  # ("вручило йому ноту" after "викликало посла": the ambassador, found another way;
        # "Їм повідомили про підозру" after "зловмисників": people named by no actor)
        return (lemma, case) if before_verb and lemma not in cues().plural_pronouns else None
    return (lemma, case) if before_verb or after_verb else None


def _determined(tokens: list[Token], i: int, first: int) -> bool:
    """Whether a determiner stands before the noun at ``i``, past its adjectives ("черговий цинічний удар")."""
    determiners = cues().determiners
    j = i - 1
    while j > first and (tokens[j].pos == "ADJF" or tokens[j].text in QUOTES) and tokens[j].lemma not in determiners:
        j -= 1
    return j >= first and tokens[j].lemma in determiners


def _number_gender(token: Token) -> tuple[bool, frozenset[str]]:
    plural = bool(token.analyses) and all("plur" in a.tags for a in token.analyses)
    genders = frozenset(g for a in token.analyses for g in GENDERS if g in a.tags)
    return plural, genders or frozenset(GENDERS)


def _substantive(tokens: list[Token], i: int, last: int) -> bool:
    """Whether a word read first as an adjective stands as its noun here: no lower-case noun follows it."""
    nxt = tokens[i + 1] if i + 1 < last else None
    return tokens[i].has("NOUN") and not (nxt is not None and nxt.is_word and nxt.text.islower() and nxt.has("NOUN"))


def sentence_phrases(document: Document, sentence: int, mentions: MentionIndex) -> list[Phrase]:
    """Actor phrases of one sentence, in order, with coordination groups."""
    c = cues()
    tokens = document.tokens
    first, last = document.sentences[sentence].first_token, document.sentences[sentence].last_token
    phrases: list[Phrase] = []
    i = first
    while i < last:
        token = tokens[i]
        hit = mentions.at.get(i)
        phrase: Phrase | None = None
        # ("висловив союзникові солідарність": one ally is whoever the story is about, no alliance)
        refers_back = token.lemma in c.anaphoric_actors and not (token.lemma in c.ally_nouns and not token.has("plur"))
        if hit and hit[1] == i:
            phrase = _mention_phrase(document, mentions, i, last)
        elif (members := _members_of(document, mentions, i, last)) is not None:
            phrase = members
        elif token.is_word and c.actor_heads & token.lemmas and (token.pos == "NOUN" or _substantive(tokens, i, last)):
            # ("Рада" read first as "рад"; "поліцейські затримали": an adjective standing for its noun)
            phrase = _role_phrase(document, mentions, i, last)
            if phrase is None and refers_back and i + 1 not in mentions.at and not (
                i + 1 < last and tokens[i + 1].lemma in c.demonstratives  # "посла цієї країни": that country's
            ):
                phrase = _anaphor(tokens, i, first, "anaphor-actor")
        elif token.pos == "NPRO" and any(
            a.lemma in c.third_person | c.first_person and "nomn" in a.tags for a in token.analyses
        ):  # "вона", not "її" (whose possessive reading is nominative)
            phrase = Phrase(i, i + 1, i, [], "pronoun", cases=frozenset({"nomn"}), lemma=token.lemma)
            phrase.plural = token.lemma in c.plural_pronouns or token.text.lower() in c.plural_pronouns
            phrase.genders = _number_gender(token)[1]
        elif (possessed := _possessed_actor(tokens, mentions, i, last)) is not None:
            phrase = possessed
        elif (armed := _armed_country(document, mentions, i, last)) is not None:
            phrase = armed
        elif (linked := _linked_actor(document, mentions, i, last)) is not None:
            phrase = linked
        elif (antecedent := _relative_antecedent(tokens, phrases, i, first)) is not None:
            # "Емірати, яким президент подякував": an oblique relative pronoun stands for the phrase before it.
            phrase = Phrase(
                i, i + 1, i, list(antecedent.entities), antecedent.kind,
                cases=frozenset(case for a in token.analyses if a.pos == "NPRO" for case in CASES if case in a.tags),
                plural=antecedent.plural, genders=antecedent.genders, lemma=antecedent.lemma, person=antecedent.person,
                relative=True,
            )
        elif (object_pronoun := _object_pronoun(tokens, i, last)) is not None:
            lemma, case = object_pronoun
            phrase = Phrase(i, i + 1, i, [], "pronoun", cases=frozenset({case}), lemma=lemma)
            phrase.plural = lemma in c.plural_pronouns
            phrase.genders = frozenset(g for a in token.analyses if a.lemma == lemma for g in GENDERS if g in a.tags)
        elif token.is_word and token.pos == "NOUN" and refers_back and i + 1 not in mentions.at:
            # ("агентство ТАСС": the name beside it is the actor, no back reference)
            phrase = _anaphor(tokens, i, first, "anaphor-actor")
        elif token.is_word and token.lemma in c.anaphoric_events and (
            # ("цього місяця": a determiner of a time, no act referred back to)
            token.lemma in c.standalone_anaphors and not (i + 1 < last and tokens[i + 1].text.lower() in date_vocabulary().units)
            and not (i + 1 < last and _determines_next(token, tokens[i + 1]))
            or _determined(tokens, i, first)
            or (token.lemma in c.referring_event_nouns and _after_verb(tokens, i, first))
            or (token.lemma in c.referring_event_nouns and i > first and tokens[i - 1].lemma in c.inquiry_nouns | c.process_nouns)
            or (token.lemma in c.referring_event_nouns and i + 1 < last and tokens[i + 1].pos == "VERB")
        ):
            phrase = _anaphor(tokens, i, first, "anaphor-event")
        if phrase is None:
            i += 1
            continue
        if (
            phrases and phrases[-1].last == phrase.first - 1 == i - 1 and tokens[i - 1].text == "("
            and phrase.last < last and tokens[phrase.last].text == ")" and phrase.entities
            and set(phrase.entities) <= set(phrases[-1].entities)
        ):
            # "лідери Співтовариства розвитку Півдня Африки (САДК) зібралися": the bracketed abbreviation
            # is the name before it again, no actor of its own
            phrases[-1].last = phrase.last + 1
            i = phrase.last + 1
            continue
        # "Тисячі сербів вийшли": a crowd word in front carries the case, the people it counts are the actor.
        if phrase.first - 1 >= first and tokens[phrase.first - 1].lemma in c.crowd_words and "gent" in phrase.cases:
            phrase.first -= 1
            phrase.cases = tokens[phrase.first].cases or phrase.cases
            phrase.plural = True
        elif (
            phrase.first - 1 >= first and "gent" in phrase.cases and phrase.kind == "entity" and not (phrase.person and not phrase.plural)
            and (str(tokens[phrase.first - 1].pos) in ("NUMR", "NUM") or tokens[phrase.first - 1].text.isdigit())
        ):
            # "80 французьких військових інструкторів залишать": a counted group is a subject or object too
            phrase.first -= 1
            phrase.cases = phrase.cases | {"nomn", "accs"}
            phrase.plural = True
        elif (
            phrase.first - 1 >= first and "gent" in phrase.cases and phrase.kind == "entity" and not phrase.person
            and tokens[phrase.first - 1].pos == "NOUN" and tokens[phrase.first - 1].lemma in c.weapon_heads
            and "nomn" in tokens[phrase.first - 1].cases and not _is_place_entity(document, phrase)
        ):
            # "Безпілотник ГУР уразив ешелон", "дрони СБУ атакували": a weapon named by its owner is the owner
            head = tokens[phrase.first - 1]
            phrase.first -= 1
            phrase.head = phrase.first
            phrase.cases = head.cases or phrase.cases
            phrase.plural, phrase.genders = _number_gender(head)
        # Agreeing modifiers in front ("друга делегація", "трьох компаній", "так звані «республіки»").
        start = phrase.first
        while start - 1 >= first and start - phrase.first > -3:
            prev = tokens[start - 1]
            other_name = start - 1 in mentions.at and mentions.at[start - 1] != mentions.at.get(phrase.head)
            if start - 1 in mentions.in_timex or other_name:
                break  # "У Мінську звинувачення": a named place ("Мінську" is also an adjective) is no modifier
            agreeing = bool(prev.cases & phrase.cases) and prev.pos in ("ADJF", "NUMR", "NPRO")
            if agreeing and (prev.pos != "NPRO" or prev.lemma in c.determiners) or prev.text in QUOTES:
                start -= 1
            else:
                break
        if start < phrase.first and tokens[phrase.first - 1].pos == "ADJF":
            narrowed = phrase.cases & tokens[phrase.first - 1].cases
            phrase.cases = narrowed or phrase.cases
        if (
            start - 1 >= first and tokens[start - 1].lemma in c.quantity_nouns and tokens[start - 1].pos == "NOUN"
            and "gent" in phrase.cases and not phrase.person and not _is_place_entity(document, phrase) and tokens[start].text not in QUOTES
        ):
            # "призупинив ліцензії низці японських компаній": the quantity word carries the phrase's case (a kind
            # word before a quoted name is no quantity: "від партії «Фідес»")
            start -= 1
            phrase.cases = tokens[start].cases or phrase.cases
        phrase.prep, at = canonical_prep(tokens, start, first)
        if phrase.prep and at in mentions.in_timex:  # "Напередодні Іран …": a date, not a preposition
            phrase.prep = None
        before = phrases[-1] if phrases else None
        if (
            phrase.person and phrase.prep is None and before is not None and before.last == start and before.kind == "entity"
            and tokens[before.head].pos == "NOUN" and not tokens[before.head].is_capitalised
            and not before.cases & {"nomn", "gent"} and phrase.cases & before.cases
        ):
            # "у розмові зі швейцарським колегою Беатом Келлером": a name no dictionary declines, in apposition
            # to the office before it, is in that office's case (not a genitive owner: "сестра лідера Кім Йо Чжон")
            phrase.prep, phrase.cases = before.prep, phrase.cases & before.cases
        phrase.can_plural = phrase.plural or tokens[phrase.head].has("plur") or tokens[phrase.head].has("Pltm")
        phrases.append(phrase)
        i = phrase.last
    _offices_with_their_country(document, phrases)
    _group(tokens, phrases)
    return phrases


def _offices_with_their_country(document: Document, phrases: list[Phrase]) -> None:
    """An office's own country in the genitive right after it is part of its phrase: "міністр закордонних
    справ Швейцарії і прем'єр-міністр Норвегії" coordinates the two offices (by their case), not the first
    one's genitive; and a plural office over a list of countries ("Міністри оборони Данії та Литви") is
    one holder from each, the listed countries joining the office's phrase; so does a plural body over a
    second country ("Уряди України та Молдови")."""
    c = cues()
    tokens = document.tokens
    k = 0
    while k + 1 < len(phrases):
        office, own = phrases[k], phrases[k + 1]
        entity = document.entity(office.entities[0]) if office.kind == "entity" and len(office.entities) == 1 else None
        own_entity = document.entity(own.entities[0]) if len(own.entities) == 1 else None
        # ("командувачі берегової охорони В'єтнаму та Філіппін": plural holders over a body and a second country)
        holders = document.entity(office.entities[0]) if office.kind == "role" and len(office.entities) == 1 else None
        if not (
            entity is not None and own_entity is not None and own_entity.type == "LOC"
            and own.first == office.last and own.prep is None and "gent" in own.cases
            and entity.country is not None and own_entity.country == entity.country
        ):
            between = tokens[office.last : own.first]
            body = entity or holders
            if (
                body is not None and own_entity is not None and own_entity.type == "LOC" and own_entity.country
                and body.type == "ORG" and body.country and own_entity.country != body.country
                and any(a.pos == "NOUN" and {"plur", "nomn"} <= a.tags for a in tokens[office.head].analyses)
                and own.prep is None and "gent" in own.cases and "nomn" not in own.cases
                and between and all(t.text.lower() in c.coordinators for t in between)
            ):
                # "Уряди України та Молдови підписали угоду": a plural body over a second country is both
                office.entities = office.entities + list(own.entities)
                office.last = own.last
                del phrases[k + 1]
            k += 1
            continue
        listed = []
        previous = own
        for other in phrases[k + 2 :] if tokens[office.head].has("plur") else ():
            between = tokens[previous.last : other.first]
            other_entity = document.entity(other.entities[0]) if other.entities else None
            if (
                not between or other.prep is not None or "gent" not in other.cases or other_entity is None
                or other_entity.type != "LOC" or not other_entity.country
                or not all(t.text == "," or t.text.lower() in c.coordinators for t in between)
            ):
                break
            listed.append(other)
            previous = other
        if listed and any(t.text.lower() in c.coordinators for t in tokens[own.last : listed[-1].first]):
            office.entities = office.entities + [x for p in listed for x in p.entities]
            office.last = listed[-1].last
            del phrases[k + 1 : k + 2 + len(listed)]
        elif entity.type != "LOC":
            office.last = own.last
            del phrases[k + 1]
        k += 1


def _determines_next(token: Token, following: Token) -> bool:
    """"затримала цього 34-річного громадянина Росії": "цього" before a word agreeing with it (or a number)
    determines that noun phrase and refers back to no act ("це рішення" still does, by its noun)."""
    if following.lemma in cues().anaphoric_events:
        return False
    return following.text[:1].isdigit() or following.pos in ("ADJF", "NOUN", "NUMR") and bool(following.cases & token.cases)


def _after_verb(tokens: list[Token], i: int, first: int) -> bool:
    """Whether the word at ``i`` is the object of a verb before it, past agreeing adjectives ("назвав нові
    обмеження"), that is not the verb's own companion word ("посилити санкції" names new sanctions)."""
    j = i - 1
    while j > first and (tokens[j].pos == "ADJF" or tokens[j].text in QUOTES):  # ("засудила «варварський» обстріл")
        j -= 1
    if j < first or tokens[j].pos != "VERB":
        return False
    return not any(tokens[i].lemma in p.with_lemmas for p in pattern_index().get(tokens[j].lemma, ()))


def _anaphor(tokens: list[Token], i: int, floor: int, kind: str) -> Phrase:
    token = tokens[i]
    plural, genders = _number_gender(token)
    # "Сторони домовилися": a nominative reading in the plural makes the anaphor plural.
    plural = plural or any("plur" in a.tags and "nomn" in a.tags for a in token.analyses) and not any(
        "nomn" in a.tags and "plur" not in a.tags for a in token.analyses
    )
    if i > floor and tokens[i - 1].lemma in cues().pair_numerals:
        plural = True
    return Phrase(i, i + 1, i, [], kind, cases=token.cases or CASES, plural=plural, genders=genders, lemma=token.lemma)


VOWELS = frozenset("аеєиіїоуюяь'")  # (and the soft sign: "Марта Кос" declines no more than "Ірина Шевчук")


def _office_holder_after(tokens: list[Token], mentions: MentionIndex, i: int, limit: int) -> tuple[str, int, int, str] | None:
    """The person named after an office, past its genitive words from token ``i`` ("… міністр рибальства Ян
    Дальсгорд"), at most three of them, or None."""
    j = i
    while j < min(limit, i + 3) and j not in mentions.at and tokens[j].is_word and not tokens[j].is_capitalised and (
        "gent" in tokens[j].cases and tokens[j].pos in ("NOUN", "ADJF")
    ):
        j += 1
    held = mentions.at.get(j)
    return held if held and held[1] == j and held[3].startswith("PER") else None


def _mention_phrase(document: Document, mentions: MentionIndex, i: int, limit: int) -> Phrase:
    tokens = document.tokens
    entity_id, first, last, label = mentions.at[i]
    head_tokens = [t for t in tokens[first:last] if t.is_word]
    plural, genders = _number_gender(head_tokens[0]) if head_tokens else (False, frozenset(GENDERS))
    # The first word carries the case (an agreeing adjective, a first name, or the head of "ПВК Редут");
    # a person's name parts all agree (an office's do not: "міністрів закордонних справ").
    name = label.startswith("PER") and getattr(document.entity(entity_id), "kind", None) != "office"
    case_tokens = head_tokens if name else _agreeing_head(head_tokens)
    entities = list(mentions.together.get(first, [entity_id]))  # "країни Балтії": each member
    person = label.startswith("PER")
    # A country or body in the genitive right before a person's name is the person's affiliation ("Литви
    # Габріелюс Ландсбергіс"); after a preposition it is a place of its own ("У Варшаві Володимир Зеленський").
    if (
        last < limit and last in mentions.at and mentions.at[last][1] == last and mentions.at[last][3].startswith("PER")
        and not person and "gent" in _cases(case_tokens) and canonical_prep(tokens, first, 0)[0] is None
    ):
        nxt = mentions.at[last]
        entities, last, person = [nxt[0]], nxt[2], True
        case_tokens = [t for t in tokens[nxt[1] : nxt[2]] if t.is_word]  # the person's words carry the case
        plural, genders = _number_gender(case_tokens[0]) if case_tokens else (False, frozenset(GENDERS))  # and the gender
    cases = _cases(case_tokens)
    entity = document.entity(entities[0])
    if label.startswith("LOC") and len(case_tokens) == 1 and entity is not None and entity.kind in ("capital", "country") and " " not in entity.name:
        # "Рим і Дублін протестують": a place is in the cases of its own word ("Рим" is no genitive of "рима")
        own = frozenset(c for a in case_tokens[0].analyses if a.lemma == entity.name.lower() for c in CASES if c in a.tags)
        cases = own or cases
        if not own and case_tokens[0].text == entity.name:
            cases, genders = CASES, frozenset(GENDERS)  # "Уагадугу закрила кордон": an undeclined name read as another word's form
    if (
        label.startswith("LOC") and len(case_tokens) == 1 and entity is not None and entity.kind in ("city", "region")
        and " " not in entity.name and canonical_prep(tokens, first, 0)[0] is not None
        and not any(a.lemma == entity.name.lower() for a in case_tokens[0].analyses)
    ):
        cases = CASES  # "направив до Сеути": a town the dictionary does not know is in whatever case its preposition governs
    if label.startswith("LOC") and not person and first > 0 and not place_name_words().isdisjoint(tokens[first - 1].lemmas):
        cases = tokens[first - 1].cases or cases  # "на прикордонній річці Сан-Хуан": a name in apposition is in its noun's case
    if person and len(case_tokens) == 1 and entity is not None and len(entity.name.split()) > 1:
        # "Сибіга провів переговори": a surname alone is of its bearer's gender, whatever its ending suggests
        # ("Міністерка … Анук Вервт … Вервт провела": a woman's office tells more than a foreign name's ending)
        gender = "femn" if feminine_role(entity.role) else gender_of(entity.name)
        genders = frozenset({gender}) if gender else genders
    if not person and label.startswith("ORG") and case_tokens and (
        case_tokens[0].pos not in ("NOUN", "ADJF") or first > 0 and tokens[first - 1].text in QUOTES and len(head_tokens) > 1
    ):
        # "Вів Ансанм атакувала": a foreign name read as no noun has any gender; so has a name of several words
        # in quotes ("«Катаїб Хезболла» пригрозила"), whose first word need not be its head
        genders = frozenset(GENDERS)
    if not person and len(case_tokens) == 1 and len(case_tokens[0].text) > 1 and case_tokens[0].text.isupper() and not (
        case_tokens[0].has("Fixd")
    ):
        cases, genders = CASES, frozenset(GENDERS)  # "ЦТАК звинуватило": an abbreviation the dictionary lacks does not decline
    if entity is not None and entity.kind in ("capital", "country") and len(case_tokens) == 1 and case_tokens[0].has("Fixd"):
        # "Токіо передав протест", "Буркіна-Фасо закрила кордон": an undeclined capital or country speaks as
        # its government, or as "країна"
        genders = frozenset(GENDERS)
    if entity is not None and entity.kind == "office" and not plural and "masc" in genders:
        genders = genders | {"femn"}  # "Прем'єр-міністр Данії прибула": an office held by a woman
    unchanged = entity is not None and bool(case_tokens) and case_tokens[-1].text == entity.name.split()[-1]
    if person and (cases == VOCATIVE_ONLY or unchanged and "nomn" not in cases):
        # "Руто", "Моді": a foreign surname read only as a vocative ("рута") is an indeclinable name; so is
        # one written as in its nominative name but read in no nominative ("Гроссі" as a locative). News
        # narration does not address people, so it may be in any case and of any gender.
        cases, genders = CASES, frozenset(GENDERS)
    elif person and unchanged and entity is not None and gender_of(entity.name) == "femn" and entity.name[-1:].lower() not in VOWELS:
        # "у розмові з Кос", "подякував Марті Кос": a woman's surname in a consonant does not decline; her
        # first name, when given, tells the case
        cases = _cases(case_tokens[:-1]) or CASES if len(case_tokens) > 1 else CASES
    return Phrase(
        first, last, first, entities, "entity", cases=cases, plural=plural, genders=genders,
        lemma=tokens[first].lemma, person=person,
    )


def _never_genitive(name: list[Token]) -> bool:
    """Whether no word of a name can be genitive (an undeclined, unknown or all-capitals word may be any case:
    "Комісія ЕКОВАС")."""
    cases = [t.cases for t in name]
    return all(cases) and not any("gent" in c for c in cases) and not any(t.text.isupper() for t in name)


def _role_phrase(document: Document, mentions: MentionIndex, head: int, limit: int) -> Phrase | None:
    """A common-noun head and the genitive chain after it, up to and including named actors."""
    c = cues()
    tokens = document.tokens
    j = head + 1
    found: list[tuple[str, str]] = []
    end = head + 1
    after_prep = False
    while j < limit and j - head <= 12:
        token = tokens[j]
        hit = mentions.at.get(j)
        if hit:
            if after_prep and not found and not hit[3].startswith("PER"):
                return None  # "парламенту в Тбілісі": a place after a preposition is no owner
            if j == head + 1 and not hit[3].startswith("PER") and _never_genitive(tokens[hit[1] : hit[2]]):
                break  # "власного посла Джуба відкликала": a name in another case is the clause's subject, no owner
            found.append((hit[0], hit[3]))
            j = hit[2]
            end = j
            if hit[3].startswith("PER"):  # an apposed name closes the phrase
                break
            continue
        if token.text in QUOTES or token.lemma in person_titles() and (held := mentions.at.get(j + 1)) and held[3].startswith("PER"):
            j += 1  # (a title before the office's holder: "міністр закордонних справ шейх Салем ас-Сабах")
            continue
        if token.is_word and token.lemma in c.actor_heads and "gent" in token.cases:  # "речник Кремля …"
            j += 1
            continue
        if token.is_word and not token.is_capitalised and "gent" in token.cases and (
            token.pos in ("NOUN", "ADJF", "NUMR") or any(a.pos == "NOUN" and "gent" in a.tags for a in token.analyses)
        ):  # ("міністра війни США": "війни" read first as the verb "війнути")
            j += 1
            continue
        if (
            token.is_word and token.is_capitalised and token.pos == "NOUN" and "gent" in token.cases
            and not token.has("Name") and not token.has("Surn") and not token.has("Geox")
        ):
            j += 1  # "начальника управління Агенції оборонних закупівель Міноборони": a body no gazetteer names
            continue
        if token.is_word and token.is_capitalised and token.pos == "ADJF" and "gent" in token.cases and j + 1 in mentions.at:
            j += 1  # "катер Прикордонної поліції Коста-Рики": the capitalised adjective of the body named next
            continue
        following_word = tokens[j + 1] if j + 1 < limit else None
        if (
            not found and (token.text.lower() in c.coordinators or token.text == ",") and following_word is not None
            and not following_word.is_capitalised and following_word.pos in ("NOUN", "ADJF") and "gent" in following_word.cases
        ):
            # "Рада миру і безпеки Африканського союзу", "міністра економіки, довкілля та сільського господарства
            # України": a coordinated genitive inside the body's name or the office's portfolio
            j += 1
            continue
        if token.is_word and token.pos == "PREP" and c.prep_forms.get(token.text.lower(), token.text.lower()) in c.phrase_preps:
            following = mentions.at.get(j + 1)
            if following and following[3].startswith("LOC") and found:
                break  # "парламент Грузії в Тбілісі": the place stays a place
            after_prep = True
            j += 1
            continue
        break
    # ("глави МЗС двох країн": a body of the two countries the anaphor refers to, whatever one "МЗС" was linked to)
    if not found or any(
        tokens[k].lemma in c.pair_numerals and tokens[k + 1].lemma in c.country_nouns for k in range(head + 1, j - 1)
    ):
        # "міністри закордонних справ обох країн": a role of the countries named before.
        ending = [t for t in tokens[head + 1 : j] if t.lemma in c.anaphoric_actors]
        if ending:
            at = head + 1 + tokens[head + 1 : j].index(ending[-1])
            anaphor = _anaphor(tokens, at, head, "anaphor-actor")
            # (a body's ending is a genitive: "речник відомства" is one body's; "країни", "держави" keep the reading
            # that finds the head of state or the countries just named)
            genitives = [a for a in tokens[at].analyses if "gent" in a.tags]
            plural = anaphor.plural if anaphor.lemma in c.country_nouns else (
                tokens[at - 1].lemma in c.pair_numerals or bool(genitives) and all("plur" in a.tags for a in genitives)
            )
            token = tokens[head]
            return Phrase(
                head, j, head, [], "anaphor-actor", cases=token.cases or CASES, plural=plural or _number_gender(token)[0],
                genders=_number_gender(token)[1], lemma=anaphor.lemma,
            )
        return None
    # An apposed person's name at the end is the actor; otherwise the first named country or body (every
    # member of a group: "міністри оборони країн Північної Європи").
    last_id, last_label = found[-1]
    person = last_label.startswith("PER")
    entity = last_id if person else found[0][0]
    together = next((ids for at, ids in mentions.together.items() if head < at < end and entity in ids), None)
    token = tokens[head]
    plural, genders = _number_gender(token)
    start, cases = head, token.cases or CASES
    if person:  # "посол … Бріджит Брінк заявила": the name, not the title, sets the gender
        genders = frozenset(GENDERS)
        before = tokens[head - 1] if head > 0 else None
        # (not an event noun: "розмова президента Зеленського з …" is the conversation, not its title)
        if "nomn" not in cases and before is not None and before.pos == "NOUN" and "nomn" in before.cases and (
            before.lemma not in pattern_index()
        ) and not (head >= 2 and is_prep(tokens[head - 2])):  # ("стали на бік командувача …": a preposition's noun)
            # "Сестра лідера КНДР Кім Йо Чжон пригрозила": a kinship or title noun before the role names her
            start, cases = head - 1, before.cases
        elif before is not None and head >= 2 and before.text.lower() in ("в", "у") and tokens[head - 2].pos == "NOUN" and plural:
            # "кандидатки в президенти Ельвіри Кастільйо": one candidate, whose noun carries her number and case
            start, cases = head - 2, tokens[head - 2].cases or CASES
            plural, genders = _number_gender(tokens[head - 2])
    return Phrase(
        start, end, head, list(together) if together and not person else [entity], "role", cases=cases, plural=plural, genders=genders,
        lemma=token.lemma, person=person or token.lemma not in c.collective_heads,
    )


@cache
def apposition_heads() -> frozenset[str]:
    """Kinds of organisation written before a name ("видання", "компанія"), from gazetteer/org_forms.tsv."""
    return frozenset(row[0] for row in read_tsv("gazetteer", "org_forms.tsv") if row[0].islower())


def _as_reported_by(tokens: list[Token], first: int) -> bool:
    """Whether the phrase at ``first`` is the source of a parenthesis ("як повідомило данське МЗС, …"),
    which lists no one with the names after its comma."""
    return first >= 2 and tokens[first - 1].pos == "VERB" and tokens[first - 2].text.lower() in cues().as_words


def _after_source_frame(tokens: list[Token], first: int) -> bool:
    """Whether a source frame ("за даними", "за словами") ends right before ``first``, past the kind of the
    name ("за даними агентства БТА")."""
    j = first - 1 if first > 0 and tokens[first - 1].text.islower() and tokens[first - 1].lemma in apposition_heads() else first
    return any(
        j >= len(frame) and all(
            tokens[j - len(frame) + k].text.lower() == word or word in tokens[j - len(frame) + k].lemmas for k, word in enumerate(frame)
        )
        for frame in cues().source_frames
    )


def _group(tokens: list[Token], phrases: list[Phrase]) -> None:
    """Give coordinated phrases ("Литва та Латвія", "Естонії, Латвії та Литви") one group number.

    A comma joins two phrases only inside a list that a coordinator closes ("A, B та C"), so an
    apposition or a fronted clause ("Як зазначають у ГУР, Росія …") does not join.
    """
    c = cues()
    gaps: list[str] = []
    for k in range(1, len(phrases)):
        prev, phrase = phrases[k - 1], phrases[k]
        between = tokens[prev.last : phrase.first]
        if between and between[-1].text.islower() and between[-1].lemma in apposition_heads():
            between = between[:-1]  # "Гершкович і видання The Wall Street Journal": the kind of the name
        kind = "break"
        if between and all(
            t.text in QUOTES or t.text == "," or t.text.lower() in c.coordinators or t.text.lower() in c.list_words
            for t in between
        ) and (phrase.prep is None or phrase.prep == prev.prep) and phrase.cases & prev.cases:
            if any(t.text.lower() in c.coordinators for t in between):
                kind = "coord"
            elif any(t.text == "," for t in between) and not _as_reported_by(tokens, prev.first) and not (
                _after_source_frame(tokens, prev.first) and not tokens[phrase.head].has("gent")
            ):  # ("За даними агентства БТА, Азербайджан і Казахстан …": a nominative opens the clause, no list)
                kind = "comma"
        gaps.append(kind)
    group = 0
    if phrases:
        phrases[0].group = 0
    for k in range(1, len(phrases)):
        kind = gaps[k - 1]
        joined = kind == "coord"
        if kind == "comma":
            rest = gaps[k:]
            closing = next((g for g in rest if g != "comma"), "break")
            joined = closing == "coord"
        if not joined:
            group += 1
        phrases[k].group = group
