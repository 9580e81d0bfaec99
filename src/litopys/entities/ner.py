"""Statistical NER: a spaCy pipeline trained on NER-UK 2.0 (``litopys train ner``) proposes spans.

The gazetteer knows the actors that matter most; the model finds the long tail (companies, local
officials, villages, new names) and the JOB/DATE/PERIOD/TIME spans that other stages use. The model
shipped in ``litopys/models/ner-uk`` loads by default, offline; ``--model PATH`` swaps in any spaCy
pipeline with an ``ner`` component.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from litopys.doc import CASES, Mention

SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner-uk"
LABELS = ("PERS", "ORG", "LOC", "MISC", "DATE", "PERIOD", "TIME", "MON", "PCT", "QUANT", "JOB", "DOC", "ART")

log = logging.getLogger(__name__)


class NerModel:
    """A loaded spaCy pipeline that turns a text into NER-UK mentions with exact character offsets."""

    def __init__(self, nlp, path: Path) -> None:  # nlp: spacy.language.Language
        self.nlp = nlp
        self.path = path

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.nlp.get_pipe("ner").labels) if "ner" in self.nlp.pipe_names else ()

    def predict(self, text: str) -> list[Mention]:
        """Mentions over ``text``; offsets index ``text`` itself, whatever the pipeline's tokenizer did."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: list[str], batch_size: int = 64) -> list[list[Mention]]:
        """Each text is run line by line, as the model was trained: no entity crosses a line break."""
        lines = [(index, start, line) for index, text in enumerate(texts) for start, line in _lines(text)]
        results: list[list[Mention]] = [[] for _ in texts]
        docs = self.nlp.pipe((line for _, _, line in lines), batch_size=batch_size)
        for (index, offset, line), doc in zip(lines, docs, strict=True):
            results[index].extend(_mentions(doc, line, offset))
        return [
            one_label_per_document(text, streets_across_lines(text, mentions))
            for text, mentions in zip(texts, results, strict=True)
        ]


PROPAGATED = ("PERS",)  # on dev, ORG/LOC propagation lost more (metonymy: Київ the city vs the government) than it won
_WORD_EDGE = re.compile(r"\w")


def one_label_per_document(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name keeps one label across a document, and its other bare occurrences get it too.

    The model reads one line at a time, so "Ковальчук" can be PERS in one paragraph and missed in the
    next. Within a document a capitalised name nearly always means one thing, so each surface form the
    model labelled PERS takes its majority label, and occurrences the model missed (whole words, not
    touching any predicted span) are added. Measured on the dev split: PERS F1 +0.5 points.
    """
    votes: dict[str, Counter] = {}
    for mention in mentions:
        if mention.label in PROPAGATED and len(mention.text) > 2 and mention.text[:1].isupper():
            votes.setdefault(mention.text, Counter())[mention.label] += 1
    if not votes:
        return mentions
    label_of = {surface: counter.most_common(1)[0][0] for surface, counter in votes.items()}
    result = [
        Mention(m.start, m.end, m.text, label=label_of[m.text], source=m.source) if m.text in label_of else m
        for m in mentions
    ]
    taken = [(m.start, m.end) for m in result]
    for surface in sorted(label_of, key=len, reverse=True):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            whole = (start == 0 or not _WORD_EDGE.match(text[start - 1])) and (
                end == len(text) or not _WORD_EDGE.match(text[end])
            )
            if whole and "\n" not in surface and not _overlaps(taken, start, end):
                result.append(Mention(start, end, surface, label=label_of[surface], source="model"))
                taken.append((start, end))
            start = text.find(surface, end)
    result.sort(key=lambda m: (m.start, m.end))
    return result


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


def _lines(text: str):
    position = 0
    for line in text.split("\n"):
        if line.strip():
            yield position, line
        position += len(line) + 1


def _mentions(doc, line: str, offset: int) -> list[Mention]:
    spans = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        # Tokens never carry surrounding whitespace, but guard against a pipeline that does.
        while start < end and line[start].isspace():
            start += 1
        while end > start and line[end - 1].isspace():
            end -= 1
        number_end = _NUMBER_ENDS_SENTENCE.search(line, start, end)
        if number_end is not None:
            end = number_end.start(1)  # "вул. Ювілейна, 60А. Раніше": "60А." is one token; the name stops
        if _ends_sentence(line, start, end):
            end -= 1  # "системи IRIS-T." is one spaCy token; the full stop is not part of the name
        start, end = _trim_punctuation(line, start, end)
        if ent.label_ == "ORG":
            start, end = _quoted_name(line, start, end)
        if start < end:
            spans.append((start, end, ent.label_))
    return [
        Mention(offset + start, offset + end, line[start:end], label=label, source="model")
        for start, end, label in coordinated_labels(line, person_conventions(line, place_conventions(line, spans)))
    ]


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"„]))([^\W\d_]+\.?)\s+$")
_WORD_AFTER = re.compile(r"^\s+([^\W\d_]+\.?)(?![\w.])")
_COORDINATED = re.compile(r"\s*(?:,|і|й|та|,\s*а\s+також)?\s*")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|і|й|та|,\s*а\s+також)\s*")
_NUMBER_ENDS_SENTENCE = re.compile(r"\d[^\W\d_]?(\.)\s+[А-ЯІЇЄҐA-Z]")
_FIRST_WORD_OR_ABBREVIATION = re.compile(r"([^\W\d_]+\.?)\s")
_HOUSE_NUMBER = re.compile(r"^,\s*\d+(?:\s*-?\s*[А-ЯA-Zа-я](?![\w])|-\d+)?(?:\s*/\s*\d+)?(?!\d)")


class PlaceWords(NamedTuple):
    """The word lists of ``lang/uk/place_words.yaml`` (see its header)."""

    part_of_name: frozenset[str]
    marks_place: frozenset[str]
    locative_prepositions: frozenset[str]


@functools.cache
def place_words() -> PlaceWords:
    from litopys.lang import read_yaml

    data = read_yaml("place_words.yaml")
    return PlaceWords(*(frozenset(data[field]) for field in PlaceWords._fields))


def _only_locative(word: str) -> bool:
    from litopys.language import analyse_word

    cases = {g for a in analyse_word(word.lower()) for g in a.tags if g in CASES}
    return bool(cases) and cases <= {"loct", "datv"}



def place_conventions(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name beside a street word is a LOC that holds the word (and the house number); after a
    settlement, river or mountain word it is a LOC without it.

    The CNN sees a few words around each token and often leaves "вул." or "узвіз" outside the span,
    or reads "вулиці Івасюка" as a person. The words are data (``lang/uk/place_words.yaml``).
    """
    part_of_name, marks_place, locative_prepositions = place_words()
    result: list[tuple[int, int, str]] = []
    marked = False
    for index, (start, end, label) in enumerate(spans):
        if label not in ("LOC", "PERS"):
            result.append((start, end, label))
            continue
        low = spans[index - 1][1] if index else 0
        high = spans[index + 1][0] if index + 1 < len(spans) else len(line)
        before = _WORD_BEFORE.search(line, low, start)
        after = _WORD_AFTER.match(line[end:high])
        street = _FIRST_WORD_OR_ABBREVIATION.match(line, start, end) is not None and (
            _FIRST_WORD_OR_ABBREVIATION.match(line, start, end).group(1).lower() in part_of_name
        )  # the model's span holds the street word already: "вул. Писаржевського" (, 8)
        if before and before.group(1).lower() in part_of_name:
            start, label, street = before.start(1), "LOC", True
        elif before and before.group(1).lower() in marks_place:
            label = "LOC"
        elif label == "PERS" and before and before.group(1).lower() in locative_prepositions and _only_locative(
            line[start:end].split()[0]
        ):
            label = "LOC"  # "в Сотенесі": a person after "в" would be in the genitive or accusative
        elif result and marked and _COORDINATED.fullmatch(line[result[-1][1] : start]):
            label = "LOC"  # "вулиць Енгельса та Артема": the second name is a street as well
        marked = label == "LOC" and spans[index][2] != "LOC"
        if label == "LOC" and after and after.group(1).lower() in part_of_name and line[end:high][:1].isspace():
            end, street = end + after.end(1), True
        if street:
            number = _HOUSE_NUMBER.match(line[end:high])
            if number:
                end += number.end()
        result.append((start, end, label))
    return result


_STREET_NAME = re.compile(r"[^\S\n]*\n?[^\S\n]*((?:[А-ЯІЇЄҐ][\w'’-]*)(?:[^\S\n]+[А-ЯІЇЄҐ][\w'’-]*){0,2})")


def is_street_across_lines(span_text: str) -> bool:
    """Whether a span runs over a line break only after a street abbreviation ("пр.\nВатутіна")."""
    head, _, tail = span_text.partition("\n")
    return bool(tail) and "\n" not in tail and head.rstrip().lower() in place_words().part_of_name and head.rstrip().endswith(".")


def streets_across_lines(text: str, mentions: list[Mention]) -> list[Mention]:
    """A street whose abbreviation ends one line and whose name starts the next ("по пр.\nВатутіна, 20")
    is one LOC: texts split into sentences by a splitter that did not know "пр." break there, and NER-UK
    marks the street across the break (4 of 4 times in its training half). The model reads one line at a
    time and sees the name alone, or not at all."""
    abbreviations = [word for word in place_words().part_of_name if word.endswith(".")]
    result = [m for m in mentions]
    for line_end in (i for i, character in enumerate(text) if character == "\n"):
        before = text[max(0, line_end - 8) : line_end].rstrip()
        abbreviation = next((a for a in abbreviations if before.lower().endswith(a) and not before[: -len(a)][-1:].isalpha()), None)
        name = _STREET_NAME.match(text, line_end) if abbreviation else None
        if name is None or not name.group(1):
            continue
        start = line_end - (len(text[:line_end]) - len(text[:line_end].rstrip())) - len(abbreviation)
        end = name.end(1)
        number = _HOUSE_NUMBER.match(text[end : end + 20].split("\n")[0])
        if number:
            end += number.end()
        if any(m.start < start or m.end > end for m in result if m.start < end and start < m.end):
            continue  # a span of the model crosses it: leave the model's reading
        result = [m for m in result if not (m.start < end and start < m.end)]
        result.append(Mention(start, end, text[start:end], label="LOC", source="model"))
    result.sort(key=lambda m: (m.start, m.end))
    return result


_ROMAN_NUMERAL = re.compile(r"^\s+([IVXІХ]{1,4})(?![\w])")
_FIRST_WORD = re.compile(r"([^\W\d_]+)\s+")


def person_conventions(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A title before a name stays outside the person ("Князь Кий" is "Кий"), a regnal number is
    inside ("Франц Йосиф І"), as NER-UK marks them (its training half: 6 of 6 each way)."""
    from litopys.entities.rules import person_titles

    titles = person_titles()
    result = []
    for index, (start, end, label) in enumerate(spans):
        if label == "PERS":
            title = _FIRST_WORD.match(line, start, end)
            if title and title.group(1).lower() in titles and title.end() < end:
                start = title.end()
            high = spans[index + 1][0] if index + 1 < len(spans) else len(line)
            numeral = _ROMAN_NUMERAL.match(line[end:high])
            if numeral:
                end += numeral.end()
        result.append((start, end, label))
    return result


def coordinated_labels(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names listed together are of one kind: in a list of three or more joined by commas and "і/та",
    a person among places is a place ("у Варшаві, Перемишлі, Битомі, Ілаві") and a place among people
    a person ("Міцкевича, Словацького, Нємцевича"). In NER-UK's training half 393 of the 399 names in
    such lists share the majority's label, and none of the six others is a person-place swap."""
    result = list(spans)
    chain: list[int] = []
    for index in range(len(result) + 1):
        if index < len(result) and chain and _LIST_SEPARATOR.fullmatch(line[result[chain[-1]][1] : result[index][0]]):
            chain.append(index)
            continue
        if len(chain) >= 3:
            labels = [result[k][2] for k in chain]
            for majority, minority in (("LOC", "PERS"), ("PERS", "LOC")):
                if labels.count(majority) * 2 > len(labels):
                    for k in chain:
                        if result[k][2] == minority:
                            result[k] = (result[k][0], result[k][1], majority)
        chain = [index]
    return result


_OPENING_QUOTES = {"«": "»", "„": "“"}
# a conjunction or preposition never ends a name (none of NER-UK's training spans does)
_TRAILING_FUNCTION_WORD = re.compile(r"\s+(?:і|й|та|та й|або|чи|в|у|на|з|із|зі|до|від|для|про|за|під|біля)$")


# "Міністерство національної оборони Камбоджі того ж дня засудило": a time phrase is never part of a name
_TRAILING_TIME = re.compile(
    r"\s+(?:того|цього|наступного|минулого|попереднього)(?:\s+(?:ж|же))?\s+(?:дня|тижня|місяця|року|вечора|ранку)$"
)


def _trim_punctuation(line: str, start: int, end: int) -> tuple[int, int]:
    """No name starts or ends with a comma, a dash or a lone conjunction or preposition ("Вісьньовському і",
    "Служба державної безпеки Грузії в"); one that
    ends with an opening quote goes on to the closing one ("закладу охорони здоров'я «" + "Медцентр»"),
    or stops before it if none follows."""
    while start < end and line[start] in ",;:)»“–—-":
        start += 1
    time = _TRAILING_TIME.search(line, start, end)
    if time is not None and time.start() > start:
        end = time.start()
    conjunction = _TRAILING_FUNCTION_WORD.search(line, start, end)
    if conjunction is not None and conjunction.start() > start:
        end = conjunction.start()
    while start < end and line[end - 1] in ",;:(–—-" or (start < end and line[end - 1].isspace()):
        end -= 1
    if start < end and line[end - 1] in _OPENING_QUOTES:
        close = line.find(_OPENING_QUOTES[line[end - 1]], end)
        if close > end and line[end - 1] not in line[end:close]:
            return start, close + 1
        end -= 1
        while start < end and line[end - 1].isspace():
            end -= 1
    return start, end


_QUOTED = re.compile(r"[«\"„“]\s*([^«»\"„“”]+?)\s*[»\"“”]")


def _quoted_name(line: str, start: int, end: int) -> tuple[int, int]:
    """An organisation told as a common noun and a quoted name ("кінотеатрі «Зоряний»", "комунального
    підприємства «Водолій»") is the name alone: NER-UK's training half marks the quoted name 582 times
    and the span with its lower-case noun 10 times."""
    if not line[start].islower():
        return start, end
    quoted = _QUOTED.search(line, start, end)
    if quoted is None or quoted.end() != end:
        return start, end
    return quoted.start(1), quoted.end(1)


def _ends_sentence(line: str, start: int, end: int) -> bool:
    """Whether the span's last character is a full stop that closes the sentence (end of line, or a
    capital after it) after a whole word, not the dot of an abbreviation."""
    words = line[start : end - 1].split()
    if line[end - 1] != "." or not words or len(words[-1]) < 4:
        return False  # "2010 р.", "Шевченко Т.", "Inc.": an abbreviation's dot belongs to the span
    rest = line[end:].lstrip()
    return not rest or rest[0].isupper() or rest[0] in "«\"'"


_PROPER = ("Name", "Surn", "Patr", "Abbr")


class MorphologyFeatures:
    """A spaCy component that gives each token pymorphy3's lemma and a short morphological signature.

    The NER model embeds LEMMA (so "Полтаві" and "Полтава" share a row) and TAG, set here to
    POS|proper-name grammemes|animacy|first case, e.g. ``NOUN|Surn|anim|gent``: Ukrainian morphology
    tells a surname from a city before any context does. It reuses the language stage's cache.
    """

    def __init__(self, nlp=None, name: str = "litopys_morphology") -> None:
        self.name = name

    def __call__(self, doc):
        for token in doc:
            token.lemma_, token.tag_ = _features(token.text)
        return doc


@functools.lru_cache(maxsize=200_000)
def _features(text: str) -> tuple[str, str]:
    from litopys.language import analyse_word

    if not text[:1].isalpha():
        return text.lower(), "X"
    readings = analyse_word(text.lower())
    if not readings:
        return text.lower(), "UNK"
    first = readings[0]
    proper = "+".join(g for g in _PROPER if any(g in a.tags for a in readings)) or "-"
    animacy = "anim" if "anim" in first.tags else "inan" if "inan" in first.tags else "-"
    case = next((g for g in ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct") if g in first.tags), "-")
    return first.lemma, f"{first.pos}|{proper}|{animacy}|{case}"


def make_morphology_features(nlp, name: str) -> MorphologyFeatures:
    """spaCy factory ``litopys_morphology`` (registered here and as a ``spacy_factories`` entry point)."""
    return MorphologyFeatures(nlp, name)


def make_tokenizer():
    """spaCy tokenizer ``litopys.uk_tokenizer.v1``: the Ukrainian one, but hyphenated words stay whole.

    Ukrainian writes compounds and names with a hyphen (Івано-Франківськ, гірничо-збагачувальний,
    Томас-Грінфілд); split, they lose their vectors and lemmas and the model misplaces span edges.
    Dashes between words (–, —) are still split off.
    """

    def create(nlp):
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

        defaults = nlp.Defaults
        infixes = [pattern.replace("(?:-|", "(?:", 1) for pattern in defaults.infixes]
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create


def blank_uk():
    """A blank Ukrainian spaCy pipeline with litopys's tokenizer: what the NER model is trained on."""
    import spacy

    register_components()
    return spacy.blank("uk", config={"nlp": {"tokenizer": {"@tokenizers": "litopys.uk_tokenizer.v1"}}})


def register_components() -> None:
    """Make the factory and tokenizer known to spaCy (the entry points do it for other programs)."""
    from spacy.language import Language
    from spacy.util import registry

    if not Language.has_factory("litopys_morphology"):
        Language.factory("litopys_morphology", func=make_morphology_features)
    if "litopys.uk_tokenizer.v1" not in registry.tokenizers:
        registry.tokenizers.register("litopys.uk_tokenizer.v1", func=make_tokenizer)


@functools.lru_cache(maxsize=4)
def _load(path: str) -> NerModel:
    import spacy
    from thinc.api import use_ops

    register_components()
    # Layers keep the ops they were built with. thinc's default multiplies matrices with its bundled blis,
    # which on the AMD EPYC we benchmark on reaches 18 GFLOP/s where numpy's OpenBLAS reaches 82: the
    # same predictions (all 391 NER-UK texts span for span) in about 0.63 of the model's own time, timed
    # alone; `make bench ONLY=analyze` shows the entities stage going from 38 to 33 seconds.
    with use_ops("numpy", use_blis=False):
        # Only what NER needs: a shipped pipeline may hold other components (e.g. a parser) we do not use.
        nlp = spacy.load(path, exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])
    return NerModel(nlp, Path(path))


def load_ner(path: str | None = None) -> NerModel | None:
    """The NER model at ``path`` (default: the shipped one), or None when no shipped model exists.

    An explicit ``path`` that cannot be loaded is an error (the user asked for it); a missing
    shipped model is not, so the rules-only pipeline still runs from a bare checkout.
    """
    if path is None:
        if not (SHIPPED_MODEL / "meta.json").is_file():
            log.info("no NER model shipped at %s; running on gazetteer and morphology only", SHIPPED_MODEL)
            return None
        return _load(str(SHIPPED_MODEL))
    if not Path(path).exists():
        raise FileNotFoundError(f"{path}: no such NER model")
    return _load(str(Path(path).resolve()))
