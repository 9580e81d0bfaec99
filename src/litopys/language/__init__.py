"""Language layer: sentences and tokens with character offsets, lemmas and morphology.

Tokenising is a single regular expression (fast, and offsets are exact by construction); lemmas and
grammemes come from pymorphy3's Ukrainian dictionaries through a cache, because the same few
thousand word forms make up most of any news text and parsing is the hot path.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from litopys.doc import Analysis, Document, Sentence, Token
from litopys.lang import read_lines, read_tsv

APOSTROPHES = "'’ʼ`"
# Words with inner hyphens and apostrophes stay whole (Томас-Грінфілд, з’явилися, будь-яких);
# dotted dates and decimals stay whole (26.07.2023, 1,5); everything else is one character.
TOKEN_RE = re.compile(
    r"\d+(?:[.,:/]\d+)*"
    rf"|[^\W\d_](?:[\w{APOSTROPHES}]*[^\W_])?(?:-[^\W_](?:[\w{APOSTROPHES}]*[^\W_])?)*"
    r"|\S",
    re.UNICODE,
)
SENTENCE_END = frozenset(".!?…")
CLOSING = frozenset("\"»”'’)")
OPENING = frozenset("\"«„“'(-–—")


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(read_lines("abbreviations.txt"))


@cache
def morph_analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


_VERB_FORMS = frozenset({"infn", "past", "pres", "futr", "impr"})
NAME_TAGS = frozenset({"Surn", "Name", "Patr"})


@cache
def _missing_words() -> dict[str, Analysis]:
    """Readings of the common words the dictionary lacks (``lang/uk/missing_words.tsv``)."""
    return {row[0]: Analysis(row[2], row[1], frozenset({row[1]})) for row in read_tsv("missing_words.tsv")}


@lru_cache(maxsize=200_000)
def analyse_word(word: str) -> tuple[Analysis, ...]:
    """Every reading of a word form; cached because it is the hot path."""
    if word in _missing_words():
        return (_missing_words()[word],)
    readings: list[Analysis] = []
    seen: set[tuple[str, str, frozenset[str]]] = set()
    parses = morph_analyzer().parse(word)
    if any(parse.tag.POS == "NPRO" and "pers" in parse.tag.grammemes for parse in parses):
        # a personal pronoun's form is no name's ("вона" is not the genitive of the surname Вон)
        parses = [parse for parse in parses if not NAME_TAGS & set(parse.tag.grammemes)]
    for parse in parses:
        grammemes = frozenset(parse.tag.grammemes)
        if parse.tag.POS == "VERB" and parse.word == parse.normal_form and not grammemes & _VERB_FORMS:
            grammemes |= {"infn"}  # the dictionary leaves some infinitives unmarked ("звільнити", "звільняти")
        lemma = _gerund_verb(parse.word) if parse.tag.POS == "GRND" else parse.normal_form
        # a plain str: pymorphy3's POS is a str subclass whose == is a Python call that checks the grammeme
        key = (lemma, str(parse.tag.POS or ""), grammemes)
        if key not in seen:
            seen.add(key)
            readings.append(Analysis(*key))
    return tuple(readings)


@lru_cache(maxsize=20_000)
def is_dictionary_word(word: str) -> bool:
    """Whether the dictionary holds a word form, rather than its readings being guessed from the ending
    ("Кравця" is held; "Насрулла", guessed a surname's genitive, is not)."""
    return morph_analyzer().word_is_known(word)


@lru_cache(maxsize=20_000)
def _gerund_verb(gerund: str) -> str:
    """The verb a past gerund comes from ("закликавши" → "закликати", "зустрівшись" → "зустрітися"), so
    the rules that know the verb know the gerund; the gerund itself when no known verb fits."""
    for ending, infinitive in (("вшись", "тися"), ("вши", "ти")):
        if gerund.endswith(ending):
            verb = gerund[: -len(ending)] + infinitive
            if any(p.tag.POS == "VERB" and p.normal_form == verb for p in morph_analyzer().parse(verb)):
                return verb
    return gerund


def lemma_of(word: str) -> str:
    """The most likely lemma of a word form (lower case)."""
    readings = analyse_word(word.lower()) if word[:1].isalpha() else ()
    return readings[0].lemma if readings else word.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token offsets in ``text[start:end]``."""
    return [m.span() for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


def _ends_sentence(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether token ``i`` (a full stop, ?, ! or …, or a quote after one) closes a sentence."""
    s, e = tokens[i]
    if text[s:e] not in SENTENCE_END:
        return False
    if i + 1 >= len(tokens):
        return True
    # Skip closing quotes and brackets that belong to this sentence.
    j = i + 1
    while j < len(tokens) and text[tokens[j][0] : tokens[j][1]] in CLOSING and tokens[j][0] == tokens[j - 1][1]:
        j += 1
    if j >= len(tokens):
        return True
    nxt = text[tokens[j][0] : tokens[j][1]]
    gap = text[tokens[j - 1][1] : tokens[j][0]]
    if gap.strip() != "" or not gap:
        return False
    if text[s:e] == ".":
        prev = text[tokens[i - 1][0] : tokens[i - 1][1]] if i > 0 else ""
        # Pre-tokenised corpora write "вул . Лаврська", "В . Ющенка": one space is still the same word.
        adjacent = i > 0 and text[tokens[i - 1][1] : s] in ("", " ")
        if adjacent and prev.lower() in abbreviations():
            return False
        if adjacent and len(prev) == 1 and prev.isupper() and _same_script(prev, nxt):
            return False  # an initial: "В. Зеленський"; "у соцмережі X. Велдкамп" ends a sentence
    return nxt[:1].isupper() or nxt[:1].isdigit() or nxt in OPENING


def _same_script(initial: str, word: str) -> bool:
    """Whether an initial and the next word are both Latin or both not: no Ukrainian name pairs a
    Latin initial with a Cyrillic surname."""
    return initial.isascii() == word[:1].isascii()


def split(text: str) -> tuple[list[Sentence], list[tuple[int, int]]]:
    """Sentences (each line is a paragraph and never shares a sentence with the next) and tokens."""
    sentences: list[Sentence] = []
    all_tokens: list[tuple[int, int]] = []
    pos = 0
    for paragraph, line in enumerate(text.split("\n")):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        tokens = tokenize(text, line_start, line_end)
        first = 0
        for i in range(len(tokens)):
            if i == len(tokens) - 1 or _ends_sentence(text, tokens, i):
                last = i + 1
                while last < len(tokens) and text[tokens[last][0] : tokens[last][1]] in CLOSING and tokens[last][0] == tokens[last - 1][1]:
                    last += 1
                if last <= first:
                    continue
                base = len(all_tokens)
                s, e = tokens[first][0], tokens[last - 1][1]
                sentences.append(
                    Sentence(s, e, text[s:e], first_token=base + first, last_token=base + last, paragraph=paragraph)
                )
                first = last
        all_tokens.extend(tokens)
    return sentences, all_tokens


def analyse(document: Document) -> Document:
    """Fill ``document.sentences`` and ``document.tokens`` with offsets and morphology."""
    text = document.text
    sentences, offsets = split(text)
    tokens: list[Token] = []
    sentence_of = [0] * len(offsets)
    for n, sentence in enumerate(sentences):
        for i in range(sentence.first_token, sentence.last_token):
            sentence_of[i] = n
    for i, (s, e) in enumerate(offsets):
        word = text[s:e]
        readings = analyse_word(word.lower()) if word[:1].isalpha() else ()
        if readings and word.islower() and NAME_TAGS & readings[0].tags:
            # a word written in lower case is read first as a common word ("ніколи" not Нікола, "дані" not Дан)
            readings = tuple(sorted(readings, key=lambda a: bool(NAME_TAGS & a.tags)))
        if readings:
            first = readings[0]
            tokens.append(Token(s, e, word, first.lemma, first.pos, first.tags, readings, sentence_of[i], i))
        else:
            pos = "NUM" if word[:1].isdigit() else "PUNCT"
            tokens.append(Token(s, e, word, word.lower(), pos, frozenset({pos}), (), sentence_of[i], i))
    document.sentences = sentences
    document.tokens = tokens
    return document
