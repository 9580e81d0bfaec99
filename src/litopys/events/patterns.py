"""Event patterns, cue words and the PLOVER table, read from ``lang/uk/events/*.yaml`` once per process.

Patterns are indexed by trigger lemma so coding a sentence costs one dictionary look-up per word,
whatever the number of patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from litopys.lang import read_tsv, read_yaml


@dataclass(frozen=True, slots=True)
class Arg:
    """One argument slot of a frame: where to look and which role the actor found there plays."""

    role: str  # source | target | participants
    prep: str | None = None
    case: str | None = None
    adjacent: bool = False  # right after a noun trigger: "візит Шольца"
    content: bool = False  # first actor of the clause after the trigger: "занепокоєні тим, що Іран"
    nested: bool = False  # the source of the event named inside this one: "докази постачань режимом"
    anywhere: bool = False  # anywhere in the clause, before the trigger too


@dataclass(frozen=True, slots=True)
class Pattern:
    """A trigger with its PLOVER type and mode and the frame its arguments follow."""

    order: int
    lemmas: frozenset[str]
    type: str
    mode: str | None
    with_lemmas: frozenset[str]
    infinitive: bool
    subject: str
    symmetric: bool
    speaker_role: str | None
    args: tuple[Arg, ...]
    min_actors: int
    not_after: frozenset[str] = frozenset()
    without_lemmas: frozenset[str] = frozenset()  # words after the trigger that make it another sense
    pos: str = "verb"  # verb | noun | adj, as the pattern file says
    credits: bool = False  # "подякувати X за Y": Y was done by the target X for the source
    mutual: bool = False  # "обмін полоненими між A та B": each side does it to the other, one event each way


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue-word sets from ``cues.yaml`` (single words as frozensets, phrases as tuples)."""

    report_verbs: frozenset[str]
    impersonal_reports: tuple[tuple[str, ...], ...]
    source_frames: tuple[tuple[str, ...], ...]
    hedges: frozenset[str]
    possible: frozenset[str]
    possible_particles: frozenset[str]
    open_when_negated: frozenset[str]
    unwilling_when_negated: frozenset[str]
    attempt_verbs: frozenset[str]
    helper_verbs: frozenset[str]
    mediated_types: frozenset[str]
    destination_preps: frozenset[str]
    future_verbs: frozenset[str]
    obligation: frozenset[str]
    negation: frozenset[str]
    no_evidence: frozenset[str]
    absence: frozenset[str]
    denial_verbs: frozenset[str]
    denial_phrases: tuple[tuple[str, ...], ...]
    clause_openers: frozenset[str]
    adverb_uses: dict[str, frozenset[str]]
    coordinators: frozenset[str]
    third_person: frozenset[str]
    first_person: frozenset[str]
    anaphoric_actors: frozenset[str]
    country_nouns: frozenset[str]
    anaphoric_events: frozenset[str]
    actor_heads: frozenset[str]
    phrase_preps: frozenset[str]
    prep_forms: dict[str, str]
    not_prepositions: frozenset[str]
    deal_nouns: frozenset[str]
    multiword_preps: tuple[tuple[str, ...], ...]
    quantity_nouns: frozenset[str]
    embedding_types: frozenset[str]
    light_verbs: frozenset[str]
    complementizer: frozenset[str]
    permission_nouns: frozenset[str]
    relative_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    standalone_anaphors: frozenset[str]
    determiners: frozenset[str]
    pair_numerals: frozenset[str]
    possessives: frozenset[str]
    speech_frames: tuple[tuple[str, ...], ...]
    as_words: frozenset[str]
    back_reference: frozenset[str]
    topic_preps: frozenset[str]
    body_prep: frozenset[str]
    location_preps: frozenset[str]
    auxiliaries: frozenset[str]
    collective_heads: frozenset[str]
    list_words: frozenset[str]
    date_lead_words: frozenset[str]
    violation_phrases: tuple[tuple[str, ...], ...]
    violating_types: frozenset[str]
    later_words: frozenset[str]
    referring_event_nouns: frozenset[str]
    threat_types: frozenset[str]
    civil_modes: frozenset[str]
    struck_objects: frozenset[str]
    demonstratives: frozenset[str]
    referred_types: dict[str, str]
    distinct_mode_types: frozenset[str]
    involvement: frozenset[str]
    warning_verbs: frozenset[str]
    retaliation_verbs: frozenset[str]
    reaction_modes: frozenset[str]
    occasion_words: frozenset[str]
    sanctioned_goods: frozenset[str]
    accession_nouns: frozenset[str]
    crowd_words: frozenset[str]
    condition_nouns: frozenset[str]
    civil_sectors: frozenset[str]
    decision_words: frozenset[str]
    causal_preps: frozenset[str]
    place_actor_types: frozenset[str]
    future_adjectives: frozenset[str]
    time_anaphors: frozenset[str]
    same_time: tuple[tuple[str, ...], ...]
    place_target_types: frozenset[str]
    armed_heads: frozenset[str]
    closed_nouns: frozenset[str]


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(item for item in items if " " not in item)


def _phrases(items: list) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(item.split()) if isinstance(item, str) else tuple(item) for item in items)


@cache
def country_adjectives() -> dict[str, str]:
    """Country adjective lemma → alpha-3 ("російський" → RUS), from the gazetteer's country forms."""
    return {
        adjective: row[0]
        for row in read_tsv("gazetteer", "country_forms.tsv")
        if len(row) >= 3
        for adjective in row[2].split("|")
        if adjective
    }


@cache
def cues() -> Cues:
    raw = read_yaml("events", "cues.yaml")
    return Cues(
        report_verbs=_words(raw["report_verbs"]),
        impersonal_reports=_phrases(raw["impersonal_reports"]),
        source_frames=_phrases(raw["source_frames"]),
        hedges=_words(raw["hedges"]),
        possible=_words(raw["possible"]),
        possible_particles=_words(raw["possible_particles"]),
        open_when_negated=_words(raw["open_when_negated"]),
        unwilling_when_negated=_words(raw["unwilling_when_negated"]),
        attempt_verbs=_words(raw["attempt_verbs"]),
        helper_verbs=_words(raw["helper_verbs"]),
        mediated_types=_words(raw["mediated_types"]),
        destination_preps=_words(raw["destination_preps"]),
        future_verbs=_words(raw["future_verbs"]),
        obligation=_words(raw["obligation"]),
        negation=_words(raw["negation"]),
        no_evidence=_words(raw["no_evidence"]),
        absence=_words(raw["absence"]),
        denial_verbs=_words(raw["denial_verbs"]),
        denial_phrases=_phrases(raw["denial_phrases"]),
        clause_openers=_words(raw["clause_openers"]),
        adverb_uses={word: _words(after) for word, after in raw["adverb_uses"].items()},
        coordinators=_words(raw["coordinators"]),
        third_person=_words(raw["third_person"]),
        first_person=_words(raw["first_person"]),
        anaphoric_actors=_words(raw["anaphoric_actors"]),
        country_nouns=_words(raw["country_nouns"]),
        anaphoric_events=_words(raw["anaphoric_events"]),
        # Every one-word office of the gazetteer's roles heads an actor phrase too ("віцепрем'єр Росії …").
        actor_heads=_words(raw["actor_heads"]) | _words([row[0] for row in read_tsv("gazetteer", "roles.tsv")]),
        phrase_preps=_words(raw["phrase_preps"]),
        prep_forms=dict(raw["prep_forms"]),
        not_prepositions=_words(raw["not_prepositions"]),
        deal_nouns=_words(raw["deal_nouns"]),
        multiword_preps=_phrases(raw["multiword_preps"]),
        quantity_nouns=_words(raw["quantity_nouns"]),
        embedding_types=_words(raw["embedding_types"]),
        light_verbs=_words(raw["light_verbs"]),
        complementizer=_words(raw["complementizer"]),
        permission_nouns=_words(raw["permission_nouns"]),
        relative_pronouns=_words(raw["relative_pronouns"]),
        plural_pronouns=_words(raw["plural_pronouns"]),
        standalone_anaphors=_words(raw["standalone_anaphors"]),
        determiners=_words(raw["determiners"]),
        pair_numerals=_words(raw["pair_numerals"]),
        possessives=_words(raw["possessives"]),
        speech_frames=_phrases(raw["speech_frames"]),
        as_words=_words(raw["as_words"]),
        back_reference=_words(raw["back_reference"]),
        topic_preps=_words(raw["topic_preps"]),
        body_prep=_words(raw["body_prep"]),
        location_preps=_words(raw["location_preps"]),
        auxiliaries=_words(raw["auxiliaries"]),
        collective_heads=_words(raw["collective_heads"]),
        list_words=_words(raw["list_words"]),
        date_lead_words=_words(raw["date_lead_words"]),
        violation_phrases=_phrases(raw["violation_phrases"]),
        violating_types=_words(raw["violating_types"]),
        later_words=_words(raw["later_words"]),
        referring_event_nouns=_words(raw["referring_event_nouns"]),
        threat_types=_words(raw["threat_types"]),
        civil_modes=_words(raw["civil_acts"]["modes"]),
        struck_objects=_words(raw["struck_objects"]),
        demonstratives=_words(raw["demonstratives"]),
        referred_types=dict(raw["referred_types"]),
        distinct_mode_types=_words(raw["distinct_mode_types"]),
        involvement=_words(raw["involvement"]),
        warning_verbs=_words(raw["own_side_threats"]["warning_verbs"]),
        retaliation_verbs=_words(raw["own_side_threats"]["retaliation_verbs"]),
        reaction_modes=_words(raw["reaction_modes"]),
        occasion_words=_words(raw["occasion_words"]),
        sanctioned_goods=_words(raw["sanctioned_goods"]),
        accession_nouns=_words(raw["accession_nouns"]),
        crowd_words=_words(raw["crowd_words"]),
        condition_nouns=_words(raw["condition_nouns"]),
        civil_sectors=_words(raw["civil_acts"]["sectors"]),
        decision_words=_words(raw["decision_words"]),
        causal_preps=_words(raw["causal_preps"]),
        place_actor_types=_words(raw["place_actor_types"]),
        future_adjectives=_words(raw["future_adjectives"]),
        time_anaphors=_words(raw["time_anaphors"]),
        same_time=_phrases(raw["same_time"]),
        place_target_types=_words(raw["place_target_types"]),
        armed_heads=_words(raw["armed_heads"]),
        closed_nouns=_words(raw["closed_nouns"]),
    )


@cache
def patterns() -> tuple[Pattern, ...]:
    result = []
    for order, raw in enumerate(read_yaml("events", "patterns.yaml")["patterns"]):
        args = tuple(Arg(**arg) for arg in raw.get("args", []))
        symmetric = bool(raw.get("symmetric", False))
        result.append(
            Pattern(
                order=order,
                lemmas=frozenset(lemma.lower() for lemma in raw["lemma"]),
                type=raw["type"],
                mode=raw.get("mode"),
                with_lemmas=frozenset(lemma.lower() for lemma in raw.get("with", [])),
                infinitive=bool(raw.get("infinitive", False)),
                subject=raw.get("subject", "source"),
                symmetric=symmetric,
                speaker_role=raw.get("speaker"),
                args=args,
                min_actors=int(raw.get("min_actors", 2 if symmetric else 1)),
                not_after=frozenset(raw.get("not_after", [])),
                without_lemmas=frozenset(lemma.lower() for lemma in raw.get("without", [])),
                pos=raw.get("pos", "verb"),
                credits=bool(raw.get("credits", False)),
                mutual=bool(raw.get("mutual", False)),
            )
        )
    return tuple(result)


@cache
def pattern_index() -> dict[str, tuple[Pattern, ...]]:
    """Trigger lemma → the patterns it can fire, in file order."""
    index: dict[str, list[Pattern]] = {}
    for pattern in patterns():
        for lemma in pattern.lemmas:
            index.setdefault(lemma, []).append(pattern)
    return {lemma: tuple(found) for lemma, found in index.items()}


@cache
def plover_table() -> dict:
    return read_yaml("events", "plover.yaml")


def plover_code(event_type: str, mode: str | None) -> tuple[str, str, float]:
    """CAMEO root, quad and intensity of a type (and mode, where it has its own intensity)."""
    table = plover_table()
    row = table["types"][event_type]
    intensity = table.get("modes", {}).get(event_type, {}).get(mode, row["intensity"])
    return row["cameo"], row["quad"], float(intensity)
