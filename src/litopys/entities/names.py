"""Name morphology: which capitalised runs are people, and their nominative (canonical) forms.

pymorphy3 tags first names ``Name`` and surnames ``Surn``; foreign names it does not know fall back
to the case endings in ``lang/uk/gazetteer/name_endings.tsv``, with the case taken from the other
words of the name or from the role phrase in front of it ("з очільником ... Кан Сун Намом").
"""

from __future__ import annotations

from functools import lru_cache

from litopys.doc import Token
from litopys.entities.gazetteer import NAME_TAGS, strip_ending
from litopys.language import analyse_word, morph_analyzer

CASE_ORDER = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
GENDERS = ("masc", "femn")


def _name_readings(word: str):
    """Readings of a word as a name; plural ones are left out (one person's name is singular:
    "Катерини" is the genitive of Катерина, not "the Katerynas")."""
    return [a for a in analyse_word(word.lower()) if any(tag in a.tags for tag in NAME_TAGS) and "plur" not in a.tags]


def is_known_first_name(word: str) -> bool:
    """Whether the dictionary knows a word as a first name ("Дональд"; not "Лінь", "Кендзі")."""
    return any("Name" in a.tags for a in _name_readings(word))


def is_known_name_word(word: str) -> bool:
    """Whether the dictionary knows a word as any name, first, last or patronymic ("Новак"; not "Цзяньго")."""
    return bool(_name_readings(word))


def _is_initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper() or token.text == "."


def _adjective_only(token: Token) -> bool:
    return bool(token.analyses) and all(a.pos in ("ADJF", "VERB", "ADVB", "PREP", "CONJ") for a in token.analyses)


def is_name_run(run: list[Token]) -> bool:
    """Capitalised words that read as a person's name: a first name and a surname (Джон Кірбі, Надія
    Бурдей, Петро Брицький), a surname, first name and patronymic, or initials with a surname."""
    words = [t for t in run if not _is_initial(t)]
    if not words:
        return False
    if len(words) < len(run):  # initials: В. Ф. Янукович, Кузнєцов А. С.
        return len(words) == 1 and (words[0].has("Surn") or words[0].has("anim"))
    if len(words) == 1:  # a first name alone, when it has no reading as an ordinary word (Андрій, Ірма)
        return bool(words[0].analyses) and all("Name" in a.tags for a in words[0].analyses)
    if len(words) > 4:
        return False
    first, second = words[0], words[1]
    if first.has("Name"):
        return not any(t.has("VERB") and not t.has("NOUN") for t in words[1:])
    return first.has("Surn") and second.has("Name")


def plausible_after_role(run: list[Token]) -> bool:
    """Whether words after a role phrase are a name ("Кан Сун Намом") rather than the rest of a title
    ("голова Одеської ОДА", "керівник Управління")."""
    words = [t for t in run if not _is_initial(t)]
    if not words or any(_adjective_only(t) and not t.has("Surn") for t in words):
        return False
    if len(words) == 1:  # a surname alone: a noun, not a capitalised adjective ("Головного")
        return any(a.pos == "NOUN" and ("Surn" in a.tags or "Name" in a.tags) for a in words[0].analyses)
    # ("міністр оборони Пакистану Фейсал Аван", "президент Арістид Нзе Ндонг": two or three foreign words the
    # dictionary reads as common nouns or does not know)
    return any(t.has("Name") or t.has("Surn") or t.has("anim") for t in words) or len(words) in (2, 3) and all(
        (t.pos == "NOUN" or t.has("UNKN")) and not (t.has("Abbr") and t.text.isupper()) for t in words
    )


def _gender(run: list[Token]) -> str | None:
    for token in run:
        genders = {g for a in _name_readings(token.text) if "Name" in a.tags for g in GENDERS if g in a.tags}
        if len(genders) == 1:
            return genders.pop()
    return None


def _case(run: list[Token], hint: frozenset[str] | None, gender: str | None = None) -> str:
    """The grammatical case the name stands in."""
    possible = None
    for token in run:
        readings = [a for a in _name_readings(token.text) if gender is None or gender in a.tags or "Fixd" in a.tags]
        if readings and not all("Fixd" in a.tags for a in readings):
            cases = {c for a in readings for c in CASE_ORDER if c in a.tags}
            possible = cases if possible is None else possible & cases
    if hint:  # the role word's case wins over what pymorphy3 guesses for foreign names
        possible = (possible & hint) or set(hint) if possible else set(hint)
    if not possible:
        return "nomn"
    return next(c for c in CASE_ORDER if c in possible)


def _restore_case(lemma: str, original: str) -> str:
    """Capitalise each hyphen-separated part of a lemma where the original word was capitalised."""
    parts = lemma.split("-")
    originals = original.split("-")
    return "-".join(
        part[:1].upper() + part[1:] if n < len(originals) and originals[n][:1].isupper() else part
        for n, part in enumerate(parts)
    )


def canonical_person(run: list[Token], case_hint: frozenset[str] | None, gender_hint: str | None = None) -> str:
    """The nominative of a person's name as written in any case (Сергієм Шойгу → Сергій Шойгу);
    initials stay as written (В. Ф. Янукович). The role word in front gives case and gender hints
    ("депутатка ... Рихарда Бюрге" is a woman in the nominative)."""
    words_only = [t for t in run if not _is_initial(t)]
    gender = gender_hint or _gender(words_only)
    case = _case(words_only, case_hint, gender_hint)
    words = []
    for token in run:
        if token.text == ".":
            continue
        if _is_initial(token):
            words.append(f"{token.text}.")
            continue
        readings = [
            a
            for a in _name_readings(token.text)
            if case in a.tags and (gender is None or gender in a.tags or "Fixd" in a.tags)
        ]
        if readings:
            words.append(_restore_case(readings[0].lemma, token.text))
        elif case != "nomn" and token.has("ADJF"):  # Брицького → Брицький
            words.append(_restore_case(_adjective_nominative(token.text, case, gender), token.text))
        elif case != "nomn":
            guesses = strip_ending(token.text, case, gender)
            words.append(guesses[0] if guesses else token.text)
        else:
            words.append(token.text)
    return " ".join(words)


def _adjective_nominative(word: str, case: str, gender: str | None) -> str:
    for parse in morph_analyzer().parse(word.lower()):
        if parse.tag.POS == "ADJF" and case in parse.tag:
            inflected = parse.inflect({"nomn", gender or parse.tag.gender or "masc"})
            if inflected is not None:
                return inflected.word
    return word


def role_gender(token: Token) -> str | None:
    """The gender a role word shows when it shows only one (депутатка → femn)."""
    genders = {g for a in token.analyses if a.pos == "NOUN" for g in GENDERS if g in a.tags}
    return genders.pop() if len(genders) == 1 else None


@lru_cache(maxsize=2048)
def gender_of(name: str) -> str | None:
    """Grammatical gender of a canonical person name, from its first name (None when unsure)."""
    for word in name.split():
        genders = {
            g for a in _name_readings(word) if "Name" in a.tags and "nomn" in a.tags for g in GENDERS if g in a.tags
        }
        if len(genders) == 1:
            return genders.pop()
    first = name.split()[0].lower() if " " in name else ""
    if first and not is_known_first_name(name.split()[0]):
        # a foreign first name no dictionary knows ("Маргус", "Кястутіс", "Айя"): its ending tells
        if first[-1] in "аяі":
            return "femn" if first[-1] in "ая" else None
        if first[-1].isalpha() and first[-1] not in "еєиоуюь":
            return "masc"
    return None


def feminine_role(role: str | None) -> bool:
    """Whether a role names a woman ("міністерка закордонних справ Франції", "речниця МЗС"): its first noun is
    feminine. A masculine office says nothing, as women hold them too ("посол Бріджит Брінк")."""
    words = (role or "").split()
    readings = [a for a in morph_analyzer().parse(words[0].lower()) if "NOUN" in a.tag] if words else []
    return bool(readings) and all("femn" in a.tag for a in readings)


@lru_cache(maxsize=2048)
def inflect_phrase(adjective: str, noun_phrase: str) -> str:
    """The adjective in the gender and number of a nominative noun phrase (російський + армія → російська)."""
    morph = morph_analyzer()
    grammemes = {"nomn"}
    for word in noun_phrase.split():
        tag = morph.parse(word)[0].tag
        if tag.POS == "NOUN" or word == noun_phrase.split()[-1]:
            grammemes.add("plur" if tag.number == "plur" else tag.gender or "masc")
            break
    parse = next((p for p in morph.parse(adjective) if p.tag.POS == "ADJF"), None)
    inflected = parse.inflect(grammemes) if parse is not None else None
    return inflected.word if inflected is not None else adjective


@lru_cache(maxsize=512)
def genitive_phrase(name: str) -> str:
    """A nominative name in the genitive, for "Міністерство закордонних справ Алжиру" (Алжир → Алжиру,
    Південна Корея → Південної Кореї); words that do not inflect stay as written."""
    morph = morph_analyzer()
    words = []
    for word in name.split():
        if "-" in word:  # (a compound's case would be lost: "Кот-д'Івуар" stays as written)
            words.append(word)
            continue
        parse = next((p for p in morph.parse(word) if p.tag.POS in ("NOUN", "ADJF") and "nomn" in p.tag), None)
        number = "plur" if parse is not None and "plur" in parse.tag else None
        forms = [
            f.word for f in (parse.lexeme if parse is not None else ())
            if "gent" in f.tag and ("plur" in f.tag) == bool(number) and "Dist" not in f.tag
            and (parse.tag.POS != "ADJF" or number or parse.tag.gender in f.tag)
        ]
        # a place's genitive in -у/-ю ("Алжиру", not "Алжира")
        form = next((f for f in forms if f.endswith(("у", "ю"))), forms[0] if forms else None)
        words.append(_restore_case(form, word) if form else word)
    return " ".join(words)


def nominative_phrase(run: list[Token]) -> str:
    """A model's ORG/LOC span in the nominative: its head noun and the adjectives before it are put
    into the nominative, the words after it (genitive modifiers) stay as written."""
    text = _as_written(run, [t.text for t in run])
    if all(not t.cases or "nomn" in t.cases for t in run if t.is_word):
        return text
    morph = morph_analyzer()
    head = next((n for n, t in enumerate(run) if t.has("NOUN")), None)
    if head is None:
        return text
    head_parse = next((p for p in morph.parse(run[head].text.lower()) if p.tag.POS == "NOUN"), None)
    if head_parse is None:
        return text
    plural = "plur" in head_parse.tag  # the Ukrainian dictionaries leave the singular unmarked
    nominative = head_parse.inflect({"nomn", "plur"} if plural else {"nomn"})
    grammemes = {"nomn", "plur"} if plural else {"nomn", head_parse.tag.gender or "masc"}
    words = []
    for n, token in enumerate(run):
        word = token.text
        if n == head and nominative is not None:
            word = _restore_case(nominative.word, token.text)
        elif n < head and token.has("ADJF"):
            parse = next((p for p in morph.parse(token.text.lower()) if p.tag.POS == "ADJF"), None)
            inflected = parse.inflect(grammemes) if parse is not None else None
            if inflected is not None:
                word = _restore_case(inflected.word, token.text)
        words.append(word)
    return _as_written(run, words)


def _as_written(run: list[Token], words: list[str]) -> str:
    """The words spaced as the tokens were in the text: "вул. Писаржевського, 8", not "вул . …, 8"."""
    parts = []
    for n, word in enumerate(words):
        if n and run[n].start > run[n - 1].end:
            parts.append(" ")
        parts.append(word)
    return "".join(parts)
