"""Event patterns, cue words and the PLOVER table, read from ``lang/uk/events/*.yaml`` once per process.

Patterns are indexed by trigger lemma so coding a sentence costs one dictionary look-up per word,
whatever the number of patterns.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from litopys.lang import read_tsv, read_yaml
from litopys.language import lemma_of


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
    with_lemmas: frozenset[str]  # one-word companions
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
    with_phrases: tuple[tuple[str, ...], ...] = ()  # companions of several words, as lemmas ("повітряний простір")
    not_past: bool = False  # "вживатиме всіх необхідних заходів" threatens; "вжили необхідних заходів" is done
    own_target: bool = False  # "Рада звільнила міністра": a target no gazetteer places is the source's own state's
    fallback: bool = False  # fires only where no other pattern of the word does ("назвав … «…»")
    untriggered: bool = False  # its infinitive must name no event of its own ("готовий направити фахівців")
    refusal: bool = False  # coded only negated, as the refusal it tells ("не питатиме дозволу")
    not_ruled_out: bool = False  # coded only where "не" opens it ("не виключив нових обмежень"), as a possibility
    story_sides: bool = False  # "відбулася репатріація тіл": with fewer than two sides named, the story's two


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue-word sets from ``cues.yaml`` (single words as frozensets, phrases as tuples)."""

    report_verbs: frozenset[str]
    impersonal_reports: tuple[tuple[str, ...], ...]
    source_frames: tuple[tuple[str, ...], ...]
    hedges: frozenset[str]
    possible: frozenset[str]
    prevention_verbs: frozenset[str]
    possible_particles: frozenset[str]
    open_when_negated: frozenset[str]
    reluctance: frozenset[str]
    trade_nouns: frozenset[str]
    named_document_nouns: frozenset[str]
    taking_place_verbs: frozenset[str]
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
    ally_nouns: frozenset[str]
    fighter_nouns: frozenset[str]
    unisex_offices: frozenset[str]
    alliances: frozenset[str]
    country_nouns: frozenset[str]
    police_nouns: frozenset[str]
    citizen_nouns: frozenset[str]
    rioter_nouns: frozenset[str]
    participant_nouns: frozenset[str]
    protest_nouns: frozenset[str]
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
    making_verbs: frozenset[str]
    complementizer: frozenset[str]
    permission_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    promise_verbs: frozenset[str]
    release_verbs: frozenset[str]
    street_nouns: frozenset[str]
    promised_aid_nouns: dict[str, str]
    promised_aid_adjectives: dict[str, str]
    falsity_words: frozenset[str]
    relative_pronouns: frozenset[str]
    object_relatives: frozenset[str]
    plural_pronouns: frozenset[str]
    standalone_anaphors: frozenset[str]
    determiners: frozenset[str]
    blame_words: frozenset[str]
    reason_verbs: frozenset[str]
    approximators: frozenset[str]
    travel_words: frozenset[str]
    document_nouns: frozenset[str]
    neighbour_nouns: frozenset[str]
    modal_adjectives: frozenset[str]
    near_preps: frozenset[str]
    also_words: frozenset[str]
    addressed_nouns: frozenset[str]
    weighing_verbs: frozenset[str]
    rights_defender_nouns: frozenset[str]
    whole_words: frozenset[str]
    pair_numerals: frozenset[str]
    possessives: frozenset[str]
    speech_frames: tuple[tuple[str, ...], ...]
    as_words: frozenset[str]
    back_reference: frozenset[str]
    topic_preps: frozenset[str]
    body_prep: frozenset[str]
    there_words: frozenset[str]
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
    incident_nouns: frozenset[str]
    told_as_verbs: dict[str, frozenset[str]]
    distinct_mode_types: frozenset[str]
    involvement: frozenset[str]
    hostile_act_nouns: frozenset[str]
    warning_verbs: frozenset[str]
    notifying_verbs: frozenset[str]
    appeal_verbs: frozenset[str]
    retaliation_verbs: frozenset[str]
    threat_words: frozenset[str]
    reaction_modes: frozenset[str]
    occasion_words: frozenset[str]
    press_occasions: frozenset[str]
    answering_types: frozenset[str]
    aimed_at_other_side_types: frozenset[str]
    official_nouns: frozenset[str]
    deputy_nouns: frozenset[str]
    government_nouns: frozenset[str]
    enacting_nouns: frozenset[str]
    investigator_nouns: frozenset[str]
    asking_types: frozenset[str]
    junta_nouns: frozenset[str]
    agreeing_verbs: frozenset[str]
    suspect_nouns: frozenset[str]
    generic_pronouns: frozenset[str]
    refused_when_negated: frozenset[str]
    gathering_nouns: frozenset[str]
    domestic_inquiry_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    quoted_blame_words: frozenset[str]
    sanctioned_goods: frozenset[str]
    registered_words: frozenset[str]
    member_nouns: frozenset[str]
    seat_nouns: frozenset[str]
    accession_nouns: frozenset[str]
    crowd_words: frozenset[str]
    protester_nouns: frozenset[str]
    condition_nouns: frozenset[str]
    condition_conjunctions: frozenset[str]
    relative_target_types: frozenset[str]
    holding_verbs: frozenset[str]
    attacker_nouns: frozenset[str]
    situation_types: frozenset[str]
    situation_nouns: frozenset[str]
    charge_nouns: frozenset[str]
    rejected_acts: dict[str, str]
    inquiry_nouns: frozenset[str]
    process_nouns: frozenset[str]
    deadline_preps: frozenset[str]
    coverage_preps: frozenset[str]
    aim_nouns: frozenset[str]
    war_crime_phrases: tuple[tuple[str, ...], ...]
    own_event_modes: frozenset[str]
    summons_with: frozenset[str]
    troop_nouns: frozenset[str]
    figurative_targets: frozenset[str]
    contrast_words: frozenset[str]
    place_nouns: frozenset[str]
    venue_nouns: frozenset[str]
    draft_nouns: frozenset[str]
    coast_nouns: frozenset[str]
    civil_sectors: frozenset[str]
    decision_words: frozenset[str]
    deciding_verbs: frozenset[str]
    decision_nouns: frozenset[str]
    causal_preps: frozenset[str]
    fall_under_verbs: frozenset[str]
    held_pronouns: frozenset[str]
    intent_words: frozenset[str]
    blame_verbs: frozenset[str]
    intent_nouns: frozenset[str]
    place_actor_types: frozenset[str]
    future_adjectives: frozenset[str]
    time_anaphors: frozenset[str]
    bound_words: dict[str, frozenset[str]]
    same_time: tuple[tuple[str, ...], ...]
    working_for: tuple[tuple[str, ...], ...]
    place_target_types: frozenset[str]
    armed_heads: frozenset[str]
    weapon_heads: frozenset[str]
    union_adjectives: dict[str, str]
    union_heads: frozenset[str]
    linked_heads: frozenset[str]
    linked_words: frozenset[str]
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


# Cue sets that cues.yaml keeps under a group heading: field -> path of keys.
_NESTED_CUES = {
    "civil_modes": ("civil_acts", "modes"),
    "civil_sectors": ("civil_acts", "sectors"),
    "warning_verbs": ("own_side_threats", "warning_verbs"),
    "retaliation_verbs": ("own_side_threats", "retaliation_verbs"),
    "threat_words": ("own_side_threats", "threat_words"),
}
# How a YAML value becomes a field, by the field's annotation.
_CONVERTERS = {
    "frozenset[str]": _words,
    "tuple[tuple[str, ...], ...]": _phrases,
    "dict[str, str]": dict,
    "dict[str, frozenset[str]]": lambda value: {word: _words(items) for word, items in value.items()},
}


@cache
def offices() -> frozenset[str]:
    """One-word offices of the gazetteer's roles ("президент", "омбудсман", "міністр")."""
    return _words([row[0] for row in read_tsv("gazetteer", "roles.tsv")])


@cache
def office_bodies() -> dict[str, str]:
    """One-word offices that name their body by themselves → its actor code ("єврокомісарка" → IGOEEC)."""
    return {row[0]: row[3] for row in read_tsv("gazetteer", "roles.tsv") if " " not in row[0] and len(row) > 3 and row[3]}


@cache
def cues() -> Cues:
    """Every field of ``Cues`` read from the YAML key of its name (or its group's path), converted by type."""
    raw = read_yaml("events", "cues.yaml")
    values = {}
    for field in fields(Cues):
        value = raw
        for key in _NESTED_CUES.get(field.name, (field.name,)):
            value = value[key]
        values[field.name] = _CONVERTERS[field.type](value)
    # Every one-word office of the gazetteer's roles heads an actor phrase too ("віцепрем'єр Росії …").
    values["actor_heads"] |= offices()
    return Cues(**values)


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
                with_lemmas=frozenset(lemma.lower() for lemma in raw.get("with", []) if " " not in lemma),
                with_phrases=tuple(
                    tuple(lemma_of(word) for word in phrase.lower().split()) for phrase in raw.get("with", []) if " " in phrase
                ),
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
                not_past=bool(raw.get("not_past", False)),
                own_target=bool(raw.get("own_target", False)),
                fallback=bool(raw.get("fallback", False)),
                untriggered=raw.get("infinitive") == "untriggered",
                refusal=bool(raw.get("refusal", False)),
                not_ruled_out=bool(raw.get("not_ruled_out", False)),
                story_sides=bool(raw.get("story_sides", False)),
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
