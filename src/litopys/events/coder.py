"""The event coder: triggers found by lemma, arguments by case frame, then date, modality and attribution.

There is no parser: a clause is the stretch between subordinators (що, який, …) and colons, a subject
is the nearest nominative actor phrase before the verb that agrees with it (gender and number), objects
are the first actor phrases after the trigger in the case and preposition the frame asks for, and a
missing subject is carried from the sentence or the paragraph. The rules read morphology only, so they
hold for any news text; the vocabulary lives in ``lang/uk/events``.

``Coder`` finds triggers and codes them sentence by sentence; its parts live beside it, one concern
each, and share the per-document state of ``records.CoderState``: ``clauses`` (clause bounds without a
parser), ``arguments`` (subjects, objects, anaphora), ``attribution`` (reports, quotes, claims and
modality), ``dating`` (which date an event takes) and ``finishing`` (recasts, merging repeats, the
``Event`` records).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from litopys.doc import CASES, Claim, Document, Event, Token
from litopys.events.arguments import ArgumentFinding
from litopys.events.attribution import Attribution
from litopys.events.clauses import ClauseReading
from litopys.events.dating import Dating
from litopys.events.finishing import Finishing
from litopys.events.patterns import Arg, Pattern, country_adjectives, cues, pattern_index, plover_code
from litopys.events.phrases import GENDERS, QUOTES, MentionIndex, Phrase, canonical_prep, is_prep, sentence_phrases
from litopys.events.records import (
    DASHES,
    DEFENCE_MODES,
    THREAT_TYPES,
    WITH_AFTER,
    WITH_BEFORE,
    Found,
    Quote,
    Report,
    before_adjectives,
    companion_lemmas,
    is_finite_verb,
    uniq,
    verb_reading,
)

# What each kind of answer answers when it names no addressee (a denial a charge, a demand or a threat an act).
ANSWERED_TYPES = {
    "REJECT": frozenset({"DISAPPROVE", "PROTEST", "DEMAND"}),
    "DEMAND": THREAT_TYPES | {"SANCTION"},
    "THREATEN": THREAT_TYPES | {"SANCTION", "DISAPPROVE", "DEMAND", "PROTEST"},
}


# Tense, gender, number and person: what a verb agrees in with its subject.
AGREEMENT_TAGS = frozenset({"past", "pres", "futr", "masc", "femn", "neut", "plur", "sing", "1per", "2per", "3per"})


class Coder(ClauseReading, ArgumentFinding, Attribution, Dating, Finishing):
    """Codes one document; holds the per-document state (phrases, quotes, discourse memory)."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.tokens = document.tokens
        # (asked for again and again; "Ще в жовтні 2036 року парламент засудив плани": the year of a date is no
        # companion, where "засудив до 15 років" is)
        self.cues = cues()
        self.companions = [
            companion_lemmas(token) - {"рік"} if k and self.tokens[k - 1].text.isdigit() and len(self.tokens[k - 1].text) == 4
            else companion_lemmas(token) - {
                word for word, before in self.cues.bound_words.items() if k and self.tokens[k - 1].lemma in before
            }
            for k, token in enumerate(self.tokens)
        ]
        self.mentions = MentionIndex.build(document)
        self.phrases = [sentence_phrases(document, s, self.mentions) for s in range(len(document.sentences))]
        self.timex_tokens = self._timex_positions()
        # ("учасники домовилися вже з наступного року довести видатки …": a time to come dates no act told)
        self.dated_paragraphs = {
            document.sentences[self.tokens[t[0]].sentence].paragraph for t in self.timex_tokens if not t[3] and self._may_date(t)
        }
        self.last_person: list[str] = []
        self.last_subject: list[str] = []
        self.sentence = 0  # the sentence being coded
        self.found: list[Found] = []
        self.quotes: list[Quote] = []
        self.reports: list[list[Report]] = [[] for _ in document.sentences]
        self._phrase_cache: dict[tuple, bool] = {}
        self._name_lemmas: dict[str, frozenset[str]] | None = None
        self.frame_phrases: set[int] = set()  # sources named in "за даними X": never a clause's subject
        self._frame_firsts = frozenset(frame[0] for frame in self.cues.source_frames)

    def match(
        self, i: int, first: int, last: int, fallback: bool = False, refusals: bool = True
    ) -> tuple[Pattern, str, int] | None:
        """The pattern a word fires (nearest companion word first), its part of speech, and where the
        companion word is (-1 when the pattern needs none). Fallback patterns only with ``fallback``: where
        one names no other side the word is no trigger, and the clauses around it read as they did; refusal
        patterns not without ``refusals`` (the word was not negated)."""
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
                if pattern.fallback and not fallback or pattern.refusal and not refusals:
                    continue
                if pattern.pos == "adj" and self._attributive(i, last):
                    continue  # ("«неприйнятним порушенням свободи судноплавства»": a word of another event's)
                distance = self._with_distance(pattern, i, first, last)
                if distance is None or pattern.without_lemmas and any(
                    self.companions[k] & pattern.without_lemmas for k in range(i + 1, min(last, i + 1 + WITH_AFTER))
                ):
                    continue
                if distance < 0 and pattern.without_lemmas and any(
                    self.companions[k] & pattern.without_lemmas for k in range(max(first, i + distance - 1), i)
                ):
                    continue  # ("складання дронів розгорнуть": the companion before is another noun's genitive)
                infinitive = next((k for k in range(i + 1, min(last, i + 5)) if "infn" in self.tokens[k].tags), None)
                if pattern.infinitive and (
                    infinitive is None or pattern.untriggered and self.match(infinitive, first, last) is not None
                ):
                    continue  # ("готовий виділити допомогу": the aid offered is the event, coded as possible)
                key = (pattern.fallback, abs(distance), pattern.order)
                if best is None or key < best[:3]:
                    best = (pattern.fallback, abs(distance), pattern.order, pattern, analysis.pos, distance)
        if best is None:
            return None
        return best[3], best[4], (i + best[5] if best[5] != 50 else -1)

    def _attributive(self, i: int, last: int) -> bool:
        """Whether the adjective at ``i`` goes with the noun after it (past quotes), in its case, rather than
        being said of its subject ("застосування сили … «неприйнятне»")."""
        k = i + 1
        while k < last and self.tokens[k].text in QUOTES:
            k += 1
        return k < last and any(
            adjective.pos == "ADJF" and noun.pos == "NOUN" and bool(adjective.tags & noun.tags & CASES - {"voct"})
            and ("plur" in adjective.tags) == ("plur" in noun.tags) and ("plur" in adjective.tags or bool(adjective.tags & noun.tags & set(GENDERS)))
            for adjective in self.tokens[i].analyses for noun in self.tokens[k].analyses
        )

    def _with_distance(self, pattern: Pattern, i: int, first: int, last: int) -> int | None:
        if not pattern.with_lemmas and not pattern.with_phrases:
            return 50
        # a companion word in the condition is not the trigger's ("попередив, що …, якщо Росія не припинить удари")
        last = next(
            (k for k in range(i + 1, min(last, i + WITH_AFTER + 1)) if self.tokens[k].text.lower() in self.cues.condition_conjunctions),
            last,
        )
        for distance in range(1, WITH_AFTER + 1):
            j = i + distance
            if j < last and self._is_companion(pattern, j, last):
                return distance
            j = i - distance
            if distance <= WITH_BEFORE and j >= first and self._is_companion(pattern, j, last) and self._may_modify(j, i, pattern):
                return -distance
        # ("Посла КНР Ван Лічжуна до МЗС Замбії викликали": a name between counts as one word, in one stretch of
        # words with no punctuation or conjunction)
        for j in range(i - WITH_BEFORE - 1, max(first, i - 2 * WITH_BEFORE) - 1, -1):
            if any(not t.is_word or t.pos == "CONJ" for t in self.tokens[j + 1 : i]):
                break
            words = {self.mentions.at[k][1] if k in self.mentions.at else k for k in range(j + 1, i)}
            if len(words) < WITH_BEFORE and self._is_companion(pattern, j, last) and self._may_modify(j, i, pattern):
                return j - i
        return None

    def _may_modify(self, j: int, i: int, pattern: Pattern) -> bool:
        """Whether an adjective companion before a noun trigger can be its own: "спільні з гаянськими
        військовими навчання" are joint drills, not military ones — "військовими" is in another case."""
        readings = [a for a in self.tokens[j].analyses if a.lemma in pattern.with_lemmas]
        if pattern.pos != "noun" or not any(a.pos == "ADJF" for a in readings) or any(a.pos not in ("ADJF", "NOUN") for a in readings):
            return True
        return any(a.tags & self.tokens[i].cases for a in readings)

    def _is_companion(self, pattern: Pattern, j: int, last: int) -> bool:
        """Whether a companion of the pattern starts at token ``j``: one word by any of its lemmas, or the
        words of a longer companion in a row ("закриття повітряного простору")."""
        if self.companions[j] & pattern.with_lemmas:
            return True
        return any(
            j + len(words) <= last and all(word in self.tokens[j + k].lemmas for k, word in enumerate(words))
            for words in pattern.with_phrases
        )

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
            self._accused_of_intent(s)
        self.attribute_back_references()
        return self.finish(), claims

    def _accused_of_intent(self, s: int) -> None:
        """"«Росія свідомо полює на цивільних», — наголосив омбудсман", "заявила, що Київ «свідомо затягує»
        обміни": a speaker who says another side acts on purpose accuses it, unless an accusation is told."""
        sentence = self.doc.sentences[s]
        first, last = sentence.first_token, sentence.last_token
        # ("За її словами, литовська влада «свідомо руйнує …»": a person's words framed so speak as well, unless
        # they go on with the charge the person made in the sentence before; "за даними Reuters" does not)
        speakers = [r for r in self.reports[s] if r.speaker and (
            not r.frame or all((e := self.doc.entity(x)) is not None and e.type == "PERS" for x in r.speaker)
            and not any(f.sentence == s - 1 and f.pattern.type == "DISAPPROVE" and set(f.source) & set(r.speaker) for f in self.found)
        )]
        intent = next((k for k in range(first, last) if self.tokens[k].text.lower() in self.cues.intent_words), None)
        if intent is None:
            # (or a verb that blames by itself: "заявила, що Литва руйнує відносини з сусідами")
            intent = next((
                k for k in range(first, last) if self.tokens[k].lemma in self.cues.blame_verbs and is_finite_verb(self.tokens[k])
                and any(r.position < k for r in speakers)
            ), None)
        if intent is None or not speakers or any(f.sentence == s and f.pattern.type == "DISAPPROVE" for f in self.found):
            return
        verb = intent if self.tokens[intent].lemma in self.cues.blame_verbs else next(
            (j for j in range(intent + 1, min(last, intent + 4)) if is_finite_verb(self.tokens[j])), None
        )
        if verb is None:
            return
        left = self.clause(verb, first, last)[0]
        group = self.subject(s, verb, left, verb, look_right=False)
        speaker = speakers[0].speaker
        own = {self._country(x) for x in speaker}
        accused = [x for x in self.resolve(group) if self._has_country(x) and self._country(x) not in own] if group else []
        if not accused:
            return
        accusation = next(p for p in pattern_index()["звинуватити"] if p.type == "DISAPPROVE")
        found = Found(accusation, intent, list(speaker), accused, s, (left, verb + 1), (intent, verb), True)
        found.date, found.date_source = self._date(s, found)
        self.found.append(found)

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
            attempted = self._attempted(found) or self._blamed_for_starting(found)
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

    def _predicate_owner(self, s: int, i: int, right: int) -> list[Phrase]:
        """The actor in the genitive right after the instrumental noun a naming verb gives ("назвала
        обстріл «терактом київського режиму»", "назвав заяву провокацією Заходу"), or []."""
        for phrase in self.phrases[s]:
            if not i < phrase.first < right or phrase.prep is not None or "gent" not in phrase.cases:
                continue
            k = phrase.first - 1
            while k > i and (self.tokens[k].text in QUOTES or self.tokens[k].pos == "ADJF"):
                k -= 1
            noun = self.tokens[k]
            if k > i and noun.pos == "NOUN" and noun.cases == {"ablt"}:
                return self.group_of(s, phrase)
        return []

    def _own_state(self, source: list[str]) -> list[str]:
        """The entity naming the one state all of ``source`` act for, as a target ("Рада звільнила міністра":
        Ukraine), or [] when they act for several, for none, or the text names it only through them."""
        own = {self._country(x) for x in source if self._has_country(x)}
        state = self._state_named(own.pop()) if len(own) == 1 else None
        return [state] if state and state not in source else []

    def _domestic_investigator(self, entity_id: str) -> bool:
        entity = self.doc.entity(entity_id)
        return entity is not None and bool(entity.country) and entity.sector in self.cues.domestic_inquiry_sectors

    def _gathering_owner(self, s: int, left: int, i: int) -> list[Phrase]:
        """"Саміт Європейської ради завершився схваленням пакета санкцій": a gathering, the subject of its
        clause, did what its end or course is told with; its body (the genitive after it) is the doer."""
        for k in range(left, i):
            token = self.tokens[k]
            if token.lemma not in self.cues.gathering_nouns or "nomn" not in token.cases:
                continue
            j = k - 1
            while j >= left and (str(self.tokens[j].pos or "") in ("ADJF", "NUMR", "NUM", "") or self.tokens[j].text in DASHES):
                j -= 1  # ("відкриття 84-ї сесії")
            if j >= left and (self.tokens[j].pos == "NOUN" or self.tokens[j].has("PREP")):
                continue  # "напередодні відкриття сесії Генасамблеї": a gathering governed, not the subject
            owner = next(
                (p for p in self.phrases[s] if k < p.first <= k + 3 and p.prep is None and "gent" in p.cases and p.entities),
                None,
            )
            if owner is not None and not any(self.tokens[j].has("PREP") for j in range(k + 1, owner.first)):
                return self.group_of(s, owner)
        return []

    def _blamed_for_starting(self, found: Found) -> bool:
        """"заявив, що першими вогонь відкрили камбоджійські військові": who started is what is claimed."""
        before = self.tokens[max(found.clause[0], found.trigger - 4) : found.trigger]
        after = self.tokens[found.trigger + 1 : min(found.clause[1], found.trigger + 3)]
        # after the verb only as the doer's predicate ("відкрили вогонь першими"), not the object's
        # attribute ("передав Росії першу партію ракет")
        return any(t.lemma in self.cues.blame_words or t.text.lower() in self.cues.blame_words for t in before) or any(
            t.text.lower() in self.cues.blame_words and t.has("ablt") for t in after
        )

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
        # ("У Кігалі звинувачення відкинули: речниця назвала їх «безпідставними»": the charge told earlier
        # in the sentence)
        before = self.tokens[self.doc.sentences[s].first_token : right]
        # ("це назвали «черговою казкою»": what was just told, called false)
        told = any(self.cues.claim_nouns & t.lemmas for t in before) or any(t.text.lower() == "це" for t in words)
        return told and any(self.cues.falsity_words & t.lemmas for t in words)

    @staticmethod
    def _accuse_pattern() -> Pattern:
        return next(p for p in pattern_index()["звинуватити"] if p.type == "DISAPPROVE")

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
            hit = self.match(i, first, last, fallback=True) if i not in consumed else None
            token = self.tokens[i]
            is_report = is_finite_verb(token) and verb_reading(token, self.cues.report_verbs)
            if hit is None:
                if is_report:
                    sentence_subject = self._reported_by(s, i) or sentence_subject
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
            if found is not None and pattern.not_ruled_out and found.modality != "possible":
                found = None  # "виключив відправлення кораблів": ruled out, no threat
            if found is not None and pattern.refusal and found.modality != "negated":
                # "попросили дозволу на прохід": asked, not refused (a request, where a pattern says so)
                found, hit = None, self.match(i, first, last, fallback=True, refusals=False)
                if hit is not None:
                    pattern, pos, companion = hit
                    found = self.code_trigger(s, i, pattern, pos, sentence_subject)
            if pattern.fallback and (found is None or not self._named_other_side(found)):
                # (a fallback that names no other side is the reporting verb it also is: "назвала маневри
                # «репетицією вторгнення» і пригрозила …" goes on with her as the subject)
                found = None
                if is_report:
                    sentence_subject = self._reported_by(s, i) or sentence_subject
            if found is None:
                continue
            if 0 <= companion < i and pattern.type == "DISAPPROVE" and (fronted := self._fronted_object_owner(s, companion, i, found.source)):
                found.target = fronted  # "Стурбованість рішенням Нью-Делі висловили Непал і Бутан": whose act, told first
            if companion >= 0:
                consumed.add(companion)
                # "призупинили частину програм допомоги Нігеру": companion words right after the companion
                # are its object too ("рішення ЄС про виділення" keeps the topic an event of its own)
                j = companion + 1
                while j < last and self._is_companion(pattern, j, last):
                    consumed.add(j)
                    j += 1
            if pattern.type in self.cues.embedding_types:
                embedding.append(i)
            if pattern.type in self.cues.threat_types:
                threats.append(i)
            elif any(self._embedded(t, i) for t in threats):
                found.modality = "future"  # "пригрозили запровадити санкції": threatened, not done
            reported = bool(found.attributed_to) and not set(found.source) & set(found.attributed_to)
            if found.verbal and found.source and not found.carried and not reported:
                # ("Захарова заявила, що Зеленський «поїхав до Варшави», а владу висміяла": the reported
                # clause's subject is not the one the sentence goes on with)
                sentence_subject = found.source
            # ("Туреччина й Вірменія відкрили кордон": a concession two sides make together is made to each other)
            joint_concession = (
                pattern.type == "CONCEDE" and not found.target and len(found.source) == len({self._country(x) for x in found.source}) == 2
            )
            mutual = pattern.mutual or joint_concession
            self.found.extend(self._one_each_way(found) if mutual else self._separate_meetings(found, companion))
            self._person_memory(s, i)
        self._remember_subject(s, first, last)
        self._own_side_threats(s, first, last)
        self._quoted_blame(s)
        self._gapped(s, first, last)
        self._talks_around(s, first, last)
        self._aid_to_the_host(s)
        self._fill_nested(s)
        self._credit_the_thanked(s)
        self._attackers_named(s, first, last)
        self._helped_acts(s)
        self._share_addressee(s)

    def _reported_by(self, s: int, i: int) -> list[str]:
        """The speaker of the reporting verb at ``i``, now the sentence's subject and the last one ("він")."""
        report = next((r for r in self.reports[s] if r.position == i), None)
        # ("Як пише Reuters …, у Вашингтоні розглядають": an outlet tells the news, it does not act in it)
        media = bool(report) and all((e := self.doc.entity(x)) is not None and e.kind == "media" for x in report.speaker)
        if report and report.speaker and not media:
            self.last_subject = report.speaker
        self._person_memory(s, i + 3)
        # ("Як повідомили Повітряні сили, чотири ракети було випущено …": a source of news, not who acts next)
        return report.speaker if report and report.speaker and not report.frame and not media else []

    def _named_other_side(self, found: Found) -> bool:
        """Whether the object right after the trigger is no pronoun ("назвав його …") and the target is of
        another country than the source ("у Москві назвали удар «відплатою»" names its own act)."""
        following = self.tokens[found.trigger + 1] if found.trigger + 1 < len(self.tokens) else None
        if following is None or following.pos == "NPRO":
            return False
        if self.cues.referred_types.get(following.lemma) == "THREATEN":
            return False  # ("назвала погрози санкціями «контрпродуктивними»": whose threats, of the several told?)
        if not found.source or not all(map(self._has_country, found.source)):
            return False  # (whose side a speaker no gazetteer places is on is not known)
        own = {self._country(x) for x in found.source}
        return bool(found.target) and all(self._has_country(x) and self._country(x) not in own for x in found.target)

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

    def _travel_destination(self, s: int, i: int, right: int, source: list[str], target: list[str]) -> list[str]:
        """The country a call on one's own people warns against travelling to ("утримуватися від поїздок
        до Японії"), or []: only when those called on are the caller's own (or not named)."""
        own = {self._country(x) for x in source}
        if target and not {self._country(x) for x in target} <= own:
            return []
        travel = next((k for k in range(i + 1, right) if self.tokens[k].lemmas & self.cues.travel_words), None)
        if travel is None:
            return []
        # ("поїздок до Японії", "залишити Росію", "залишити країну": the country travelled to or left)
        place = next(
            (
                p for p in self.phrases[s]
                if travel < p.first < right and (p.entities or p.kind == "anaphor-actor")
                and (p.prep in ("до", "в") or p.prep is None and "accs" in p.cases)
            ),
            None,
        )
        return [x for x in self.resolve([place], exclude=source) if self._country(x) not in own] if place else []

    def _also(self, i: int, left: int) -> bool:
        """"закликав і секретар IGAD", "також закликав": the act is told as one more of the same."""
        after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return any(t.lemma in self.cues.also_words for t in self.tokens[max(left, i - 2) : i + 2]) or (
            after is not None and after.text.lower() in ("і", "й") and i > left
        )

    def _named_before_as(self, s: int, i: int, right: int) -> list[str]:
        """The actor a bare object noun right after the trigger stood for when it was last named with its
        country in this or the three sentences before ("малійський безпілотник" … "знищили безпілотник")."""
        j = next((k for k in range(i + 1, min(right, i + 3)) if self.tokens[k].pos == "NOUN"), None)
        if j is None or j in self.mentions.at or any(p.first <= j < p.last for p in self.phrases[s]):
            return []
        lemma = self.tokens[j].lemma
        for sentence in range(s, max(-1, s - 4), -1):
            for phrase in reversed(self.phrases[sentence]):
                if phrase.first < j and phrase.entities and phrase.head != j and self.tokens[phrase.head].lemma == lemma:
                    return list(phrase.entities)
        return []

    def _country_named_after(self, s: int, i: int, right: int, source: list[str]) -> list[str]:
        """"призупинити безвізовий режим для власників дипломатичних паспортів Грузії": the first country
        the clause names after a sanction, deep in its object, when no frame gave a target."""
        own = {self._country(x) for x in source}
        for phrase in self.phrases[s]:
            if i < phrase.first < right:
                for entity_id in phrase.entities:
                    entity = self.doc.entity(entity_id)
                    if entity is not None and entity.kind == "country" and entity.country not in own:
                        return [entity_id]
        return []

    def _registered_in(self, s: int, i: int, right: int, source: list[str]) -> list[str]:
        """"внесло до списку 11 компаній, зареєстрованих у Дубаї": the place where the sanctioned are registered
        or based, named after the sanction in its clause, is of the country it hits."""
        own = {self._country(x) for x in source}
        for phrase in self.phrases[s]:
            if i < phrase.first < right and phrase.prep in ("у", "в") and self.tokens[phrase.first - 2].lemmas & self.cues.registered_words:
                return [x for x in phrase.entities if self._has_country(x) and self._country(x) not in own]
        return []

    def _worked_for(self, s: int, i: int, source: list[str]) -> list[str]:
        """The other side named right after the first "на користь", "за завданням" … past ``i`` in the sentence."""
        last = self.doc.sentences[s].last_token
        own = {self._country(x) for x in source}
        for j in range(i + 1, last):
            for words in self.cues.working_for:
                if self._phrase_at(j, words, last):
                    end = j + len(words)
                    phrase = next((p for p in self.phrases[s] if end <= p.first <= end + 2 and p.entities), None)
                    others = [x for x in self.resolve([phrase]) if self._has_country(x) and self._country(x) not in own] if phrase else []
                    if others:
                        return others
        return []

    def _goods_country(self, s: int, i: int, right: int, owned: frozenset[str] | None = None) -> list[str]:
        """The country whose goods a sanction bans ("російських діамантів"), or whose ``owned`` things (the
        pattern's companions: "закриває російське консульство в Гданську") it hits, when the text names it."""
        adjectives = country_adjectives()
        for j in range(i + 1, min(right, i + 10) - 1):
            code = adjectives.get(self.tokens[j].lemma)
            k = j + 1  # "російського «тіньового флоту»": past quotes and adjectives to the noun
            while k < right - 1 and (self.tokens[k].text in QUOTES or self.tokens[k].pos == "ADJF"):
                k += 1
            trade = j - 2 if self.tokens[j - 1].text.lower() == "на" else j - 1  # ("мита на еквадорські креветки")
            goods = (self.cues.sanctioned_goods if owned is None else owned) & self.tokens[k].lemmas or owned is None and (
                self.tokens[trade].lemma in self.cues.trade_nouns and self.tokens[k].pos == "NOUN"
            )
            if code and self.tokens[j].pos == "ADJF" and goods:
                # (the country itself, else a seat that speaks for it: "транзит російської нафти" in a story that
                # names only the Kremlin)
                country = next((e for e in self.doc.entities if e.type == "LOC" and e.actor_code == code), None) or next(
                    (e for e in self.doc.entities if e.type == "LOC" and e.country == code and e.kind in ("capital", "seat")), None
                )
                return [country.id] if country else []
        return []

    def _fronted_object_owner(self, s: int, companion: int, i: int, source: list[str]) -> list[str]:
        """The side named between a fronted companion and its trigger ("Стурбованість діями Пекіна
        висловили"), not the source's own, or []."""
        if companion > 0 and is_prep(self.tokens[companion - 1]):
            return []  # ("за обстрілом посольства Ізраїлю стоїть Іран": a companion a preposition governs)
        own = {self._country(x) for x in source}
        for phrase in self.phrases[s]:
            if companion < phrase.first < i and phrase.prep is None and phrase.entities:
                named = [x for x in self.resolve(self.group_of(s, phrase)) if self._has_country(x) and self._country(x) not in own]
                if named:
                    return named
        return []

    def _holder_to_release(self, s: int, i: int, right: int, source: list[str]) -> list[str]:
        """Whoever last arrested or seized the demander's side, when a demand right before a release verb names
        no one it is made of ("зажадала негайно звільнити жінок"), or []."""
        verb = next((k for k in range(i + 1, min(right, i + 4)) if self.tokens[k].lemma in self.cues.release_verbs), None)
        if verb is None or any(i < k < verb and not self.tokens[k].has("NPRO") for k in self.mentions.at):
            return []  # ("закликав Ізраїль звільнити затриманих": the one it is made of, named)
        return self._who_acted_against(source, frozenset({"COERCE"}), since=s - 10) or self._last_doer_besides(
            source, frozenset({"COERCE"}), since=s - 10
        )

    def _last_doer_besides(self, source: list[str], types: frozenset[str], since: int) -> list[str]:
        """The doer of the latest asserted act of ``types`` from sentence ``since`` on by a side other than
        ``source``'s, whatever its target (one only found later, when the text is finished), or []."""
        own = {self._country(x) for x in source}
        found = self._latest(
            lambda f: f.pattern.type in types and f.sentence >= since and f.modality == "asserted"
            and any(self._has_country(x) and self._country(x) not in own for x in f.source)
        )
        return [x for x in found.source if self._country(x) not in own][:1] if found else []

    def _adjective_target(self, i: int, right: int, source: list[str]) -> list[str]:
        """"протестували проти китайської присутності", "засудили російську окупацію": an act aimed at a thing
        that only a country adjective ties to a side is aimed at that country, when the text names it."""
        adjectives = country_adjectives()
        own = {self._country(x) for x in source}
        for j in range(i + 1, min(right, i + 5)):
            token = self.tokens[j]
            if token.pos == "VERB" or token.text in (",", ";", ":") or j in self.mentions.at:
                return []  # (another actor, or another verb's object, comes first)
            code = adjectives.get(token.lemma)
            if code and token.pos == "ADJF" and code not in own and j + 1 < right and self.tokens[j + 1].pos in ("NOUN", "ADJF"):
                state = self._state_named(code)
                return [state] if state else []
        return []

    def _accession_parties(self, s: int, i: int, right: int) -> list[str]:
        for j in range(i + 1, min(right, i + 4) - 1):
            if self.tokens[j].text.lower() == "про" and self.tokens[j + 1].lemma in self.cues.accession_nouns:
                phrase = next((p for p in self.phrases[s] if p.first == j + 2 and p.prep is None), None)
                return self.resolve(self.group_of(s, phrase)) if phrase else []
        return []

    def _border_partner(self, i: int, source: list[str], since: int = 2) -> list[str]:
        """The country across the border last named as "кордон з X" before ``i`` (from token ``since`` on),
        unless it is the source's."""
        own = {self._country(x) for x in source}
        for j in range(i - 1, max(since, 2) - 1, -1):
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
            if self._companion_ends_at(pattern, phrase.first - 1, right):
                return self.resolve([phrase])
            # "висловив непохитну підтримку суверенітету Гаяни": past one genitive noun of what is backed
            k = phrase.first - 1
            between = self.tokens[k]
            j = k - 1
            nouns = 0
            while j > i and (
                self.tokens[j].text in QUOTES or self.tokens[j].pos == "ADJF" and "gent" in self.tokens[j].cases
                or self.tokens[j].text.lower() in self.cues.coordinators or self.tokens[j].pos == "NOUN" and "gent" in self.tokens[j].cases and nouns < 2
            ):  # ("«непохитну підтримку» суверенітету", "підтримку суверенітету й територіальної цілісності")
                nouns += self.tokens[j].pos == "NOUN"
                j -= 1
            if between.pos == "NOUN" and "gent" in between.cases and j > i and self._companion_ends_at(pattern, j, right):
                return self.resolve([phrase])
        return []

    def _companion_ends_at(self, pattern: Pattern, k: int, right: int) -> bool:
        """Whether a companion of the pattern ends at token ``k`` ("допомоги", "повітряний простір")."""
        if self.companions[k] & pattern.with_lemmas:
            return True
        return any(k - len(words) + 1 >= 0 and self._is_companion(pattern, k - len(words) + 1, right) for words in pattern.with_phrases)

    def _aims_named_after(self, s: int, i: int, right: int, source: list[str]) -> list[str]:
        """"завдала комбінованого удару, головними цілями якого стали Харків і Дніпро": the places a relative
        clause right after the strike calls its targets."""
        last = self.doc.sentences[s].last_token
        words = range(max(i + 1, right - 3), min(last, right + 6))
        opener = next((j for j in words if self.cues.relative_pronouns & self.tokens[j].lemmas), None)
        aim = next((j for j in words if self.tokens[j].lemma in self.cues.aim_nouns), None)
        if opener is None or aim is None:
            return []
        start = max(aim, opener)
        end = self.clause(start + 1, self.doc.sentences[s].first_token, last)[1]
        named = [p for p in self.phrases[s] if start < p.first < end and p.prep is None]
        return [x for x in self.resolve(self.group_of(s, named[0])) if x not in source] if named else []

    def _is_place(self, entity_id: str) -> bool:
        """A place or thing struck (a town, "Цезар Куніков" the ship), not a body ("ППО")."""
        entity = self.doc.entity(entity_id)
        return entity is not None and entity.type != "ORG"

    def _struck_on_the_other_side(self, source: list[str], places: list[str]) -> bool:
        """Whether places struck stand for the other side of the story: placed in no country, or in the
        striker's own while the story tells that side at odds with the other ("Сили оборони уразили аеродром
        Саки в Криму"); not an insurgents' raid on a village of their own country ("напали на село … штату
        Борно") with no enemy state in the story."""
        if not any(self._has_country(x) for x in places):
            return True
        own = {self._country(x) for x in source}
        if not all(self._has_country(x) and self._country(x) in own for x in places):
            return False
        if any(map(self._insurgent, source)):
            return False  # insurgents strike at home ("ТТП підірвав поліцейський відділок у Банну")
        other = self._counterpart(source)
        return bool(other) and any(self._at_odds(x, other) for x in source if self._has_country(x))

    def _forces_moved(self, s: int, i: int, right: int) -> list[str]:
        """The armed forces or police an impersonal verb at ``i`` moves (its object), or []."""
        for phrase in self.phrases[s]:
            # (or whose they are: "загін кенійської поліції")
            if i < phrase.first < right and phrase.prep is None and phrase.cases & {"accs", "gent"} and phrase.entities:
                return [x for x in phrase.entities if self.doc.entity(x).sector in ("MIL", "COP")]
        return []

    def _counterpart(self, side: list[str]) -> list[str]:
        """The country the document names most often besides ``side``'s (no international body): the other
        side of the story, as one of its entities. Insurgents' other side is their own state where that other
        country fields no armed forces of its own in the story ("бойовики ISWAP атакували військову базу":
        Nigeria, not Chad that joined the operation; "Хезболла випустила ракети": Israel, whose army answers)."""
        own = {self._country(x) for x in side}
        counts = {country: n for country, n in self._country_mentions().items() if country not in own}
        if not counts:
            return []
        most = max(counts, key=lambda c: counts[c])
        other = [max((e for e in self.doc.entities if e.country == most), key=lambda e: len(e.mentions)).id]
        armed = [x for x in side if self._has_country(x)]
        if armed and all(map(self._insurgent, armed)) and not any(e.country == most and e.sector == "MIL" for e in self.doc.entities):
            state = self._state_named(self._country(armed[0]))
            return [state] if state else other
        return other

    def _who_acted_against(
        self, side: list[str], answered: frozenset[str] | None = None, since: int = 0
    ) -> list[str]:
        """The source of the latest event aimed at ``side``'s country (what a retaliation answers): a
        sanction, threat or attack before a mere call ("в разі повернення санкцій … вийде з ДНЯЗ" answers
        the sanctions threatened, not the IAEA's appeal told after them). With ``answered``, only an act
        of those types told as done from sentence ``since`` on."""
        countries = {self._country(x) for x in side}

        def aimed(f: Found) -> bool:  # ("До санкційного списку додали …": an act no one is named doing answers nothing;
            # "Будапешт «не підпише жодних нових санкцій»": nor does one not done)
            return bool(f.source) and f.modality not in ("negated", "denied") and bool(countries & {self._country(x) for x in f.target})

        if answered is not None:
            own = countries - {None}
            found = self._latest(
                lambda f: f.pattern.type in answered and f.sentence >= since and f.modality == "asserted"
                and bool(own & {self._country(x) for x in f.target})
            )
            return [x for x in found.source if self._country(x) not in own][:1] if found else []

        hostile = THREAT_TYPES | self.cues.threat_types
        found = self._latest(lambda f: aimed(f) and f.pattern.type in hostile) or self._latest(aimed)
        return [x for x in found.source if self._country(x) not in countries][:1] if found else []

    def _last_sanctioned(self, source: list[str]) -> list[str]:
        """"США запровадили санкції проти Росії … Канада внесла до свого списку 47 танкерів", "Єврокомісія
        готує новий пакет санкцій": a sanction naming no one joins the one told before, against its target."""
        own = {self._country(x) for x in source}
        found = self._latest(
            lambda f: (f.pattern.type == "SANCTION" or f.pattern.mode == "sanction") and any(map(self._has_country, f.target))
            and not own & {self._country(x) for x in f.target}
        )
        return [x for x in found.target if self._has_country(x)] if found else []

    def _last_struck(self, entered: bool = False) -> list[str]:
        """The side the latest attack hit (``entered``: or whose airspace or waters the latest incursion entered)."""
        found = self._latest(
            lambda f: bool(f.target) and (
                f.pattern.type in ("FIGHT", "ASSAULT") and f.pattern.mode != "air-defence" or entered and f.pattern.mode == "incursion"
            )
        )
        return found.target[:1] if found else []

    def _criticised_by(self, side: list[str]) -> list[str]:
        """Whom ``side``'s country last disapproved of: what its answer in kind is aimed at, when no one acted
        against it."""
        own = {self._country(x) for x in side} - {None}
        found = self._latest(
            lambda f: f.pattern.type == "DISAPPROVE" and bool(own & {self._country(x) for x in f.source})
            and any(self._has_country(x) and self._country(x) not in own for x in f.target)
        )
        return [x for x in found.target if self._has_country(x) and self._country(x) not in own][:1] if found else []

    def _hit_by(self, side: list[str], before: Found | None = None) -> list[str]:
        """Whom the latest attack, seizure or incursion of ``side``'s country (told before ``before``, when
        given) was aimed at, however hedged or denied ("Москва заперечує причетність до інциденту" answers the
        side the drone hit)."""
        own = {self._country(x) for x in side} - {None}
        told = self._earlier(before) if before is not None else reversed(self.found)
        act = next((
            f for f in told
            if (f.pattern.type in ("FIGHT", "ASSAULT", "COERCE") and f.pattern.mode != "air-defence" or f.pattern.mode == "incursion")
            and own & {self._country(x) for x in f.source} and any(self._country(x) not in own for x in f.target)
        ), None)
        return [x for x in act.target if self._has_country(x) and self._country(x) not in own][:1] if act else []

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
            # "Серед помилуваних — журналіст Віталь Кривошей, засуджений …": a sentence with no verb is about
            # the person it names
            verbless = not any(is_finite_verb(self.tokens[k]) for k in range(first, last) if k not in self.mentions.at)
            if predicative or verbless or any(is_finite_verb(t) for t in after):
                self.last_subject = list(phrase.entities)
                self.last_person = list(phrase.entities)
            return

    def _separate_meetings(self, found: Found, companion: int) -> list[Found]:
        """"провів зустрічі з прем'єром Індії та президентом Бразилії", "підписав безпекові угоди з
        президентом Литви та прем'єркою Естонії": a plural "зустрічі" or "угоди" is one with each of them."""
        if found.pattern.type not in ("CONSULT", "AGREE") or found.pattern.mode == "offer" or companion < 0 or len(found.target) < 2:
            return [found]  # ("готовий надати свої «добрі послуги»": one offer to both sides)
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
            warned = verb_reading(self.tokens[report.position], self.cues.warning_verbs)
            content = self._content_clause_start(report.position, last, past_object=warned)
            if content is None:
                continue
            speaker_countries = {self._country(x) for x in report.speaker}
            left, right = self.clause(content + 1, first, last)
            verbs = [j for j in range(content + 1, right) if is_finite_verb(self.tokens[j])]
            if verbs and self.tokens[content + 1].lemma in self.cues.condition_conjunctions | {"коли"}:
                # "попередив, що коли спецпідрозділи знову увійдуть …, Белград не стоятиме осторонь": past the condition
                comma = next((k for k in range(verbs[0], right) if self.tokens[k].text == ","), right)
                verbs = [j for j in verbs if j > comma]
            # "застерегла, що «знищення російської техніки не залишиться без наслідків»": harm to come, whoever's
            harm = warned and any(t.lemma in self.cues.threat_words for t in self.tokens[content + 1 : last])
            if not verbs and not harm:
                continue
            other_side_named: list[str] = []
            if verbs:
                verb = verbs[0]
                group = self.subject(s, verb, content + 1, right, look_right=False)
                doers = {self._country(x) for x in self.resolve(group)} if group else set()
                other_side_named = [x for x in self.resolve(group) if self._has_country(x) and self._country(x) not in speaker_countries] if group else []
                own = doers & speaker_countries
                future = any("futr" in a.tags for t in self.tokens[verb : min(right, verb + 3)] for a in t.analyses)
                retaliating = any(t.lemma in self.cues.retaliation_verbs for t in self.tokens[verb : min(right, verb + 4)])
                # "попередило, що кораблі супроводу вживуть заходів, якщо грецькі судна спробують завадити": a
                # retaliation with no other side named as its doer, on a condition, makes the warning a threat
                conditional = warned and retaliating and not doers - speaker_countries and any(
                    self.tokens[k].text.lower() in self.cues.condition_conjunctions for k in range(verb, last)
                )
                if not ((own or conditional) and future and (warned or retaliating) or harm):
                    continue
                negated = any(t.lemma in self.cues.negation for t in self.tokens[max(content, verb - 3) : verb] if t.text not in QUOTES)
                if negated and not retaliating and not harm:
                    continue  # "Вільнюс не пропускатиме білоруський калій": a refusal, not a threat
            told = [f for f in self.found if f.sentence == s and (f.trigger == report.position or content < f.trigger < right)]
            self.found = [f for f in self.found if not any(f is t for t in told)]
            threat = next(p for p in pattern_index()["пригрозити"] if p.type == "THREATEN")
            # aimed at the side that acted against the speaker's ("в разі повернення санкцій … вийде з ДНЯЗ")
            # ("застеріг Польщу та Литву, що …": first at whom the warning itself is)
            warned_object = uniq([x for t in told if t.trigger == report.position for x in t.target if self._country(x) not in speaker_countries])
            # ("попередила, що Сеул «перетнув червону лінію»": then at the other side its content names as doer)
            aimed = warned_object or other_side_named or [
                x for x in self._who_acted_against(list(report.speaker)) if self._country(x) not in speaker_countries
            ]
            found = Found(threat, report.position, list(report.speaker), aimed, s, (left, right), (report.position, right), True)
            # "Пекін вживе відповідних заходів щодо Литви": aimed where the act told in the content was
            found.target = found.target or uniq([
                x for t in told if not self._appeal(t) for x in t.target if x not in found.source
            ]) or self._condition_subject(found)
            # "назвав дії Загреба «зневагою» й попередив, що Сараєво звернеться до суду": whom the speaker has just
            # blamed in the sentence
            found.target = found.target or next(
                (list(f.target) for f in reversed(self.found) if f.sentence == s and f.trigger < report.position
                 and set(f.source) & set(found.source) and f.target),
                [],
            )
            # "попередив, що Росія «перегляне весь обсяг співпраці» з Чадом": the other side its content names (not a
            # forum the case would go to: "звернеться до Міжнародного суду ООН")
            found.target = found.target or self._other_side_named_after(s, report.position, found.source, skip=self._appealed_to)
            found.date, found.date_source = self._date(s, found)
            self.found.append(found)

    def _quoted_blame(self, s: int) -> None:
        """"«Туреччина використовує воду як зброю проти іракського народу», — заявив прем'єр-міністр Іраку": a quote
        told before its speaker, whose subject is another country's state and which holds a word of blame,
        accuses that state (unless the sentence already codes the speaker's disapproval)."""
        for report in self.reports[s]:
            if not report.tail or not report.speaker or report.frame:
                continue
            quote = next((q for q in self.quotes if q.end <= report.position and q.end >= report.position - 4
                          and self.tokens[q.start].sentence == s), None)
            if quote is None or not any(t.lemma in self.cues.quoted_blame_words for t in self.tokens[quote.start : quote.end]):
                continue
            if self.tokens[quote.start].text.lower() in self.cues.condition_conjunctions:
                continue  # "«Якщо японська сторона й надалі порушуватиме …, ми вживемо заходів»": a threat, told so
            speaker_countries = {self._country(x) for x in report.speaker}
            subject = next((
                p for p in self.phrases[s] if quote.start <= p.first < quote.end and p.prep is None and "nomn" in p.cases
                and p.kind == "entity"
            ), None)
            blamed = [x for x in self.resolve([subject]) if self._is_state_actor(x)] if subject else []
            blamed = [x for x in blamed if self._country(x) not in speaker_countries]
            if not blamed or any(
                f.sentence == s and f.pattern.type == "DISAPPROVE" and set(f.source) & set(report.speaker) for f in self.found
            ):
                continue
            accuse = next(p for p in pattern_index()["звинуватити"] if p.mode == "accuse")
            found = Found(accuse, report.position, list(report.speaker), blamed, s, (quote.start, report.position + 1),
                          (report.position, report.position + 1), True)
            found.date, found.date_source = self._date(s, found)
            self.found.append(found)

    def _is_state_actor(self, entity_id: str) -> bool:
        """Whether an actor is a state itself (its name or capital) or a body of its government or army."""
        entity = self.doc.entity(entity_id)
        return entity is not None and bool(entity.country) and (
            entity.kind in ("country", "capital") or entity.sector in ("GOV", "MIL")
        )

    def _told_with(self, found: Found, lemma: str) -> bool:
        """Whether the event's trigger or its companion word right after it ("завдали ударів") is ``lemma``, or
        the trigger is a verb that tells the act the noun ``lemma`` names ("атакували" for "напад")."""
        verbs = self.cues.told_as_verbs.get(lemma, frozenset())
        return self.tokens[found.trigger].lemma in verbs or any(
            t.lemma == lemma for t in self.tokens[found.trigger : min(found.clause[1], found.trigger + 3)]
        )

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

    def _talks_around(self, s: int, first: int, last: int) -> None:
        """"Президент України подякував турецькому колезі під час телефонної розмови": talks told only as the
        setting of another act ("під час зустрічі", "у телефонній розмові"), naming no one of their own, were
        held between that act's two sides."""
        for k in range(first + 1, last):
            before = self.tokens[k - 1].text.lower()
            during = before == "під" and k + 1 < last and self.tokens[k].lemma == "час" and self.tokens[k + 1].has("gent")
            if not (during or before in ("в", "у") and "loct" in self.tokens[k].cases):
                continue
            talk = k + 1 if during else k
            while talk < last - 1 and self.tokens[talk].pos == "ADJF":
                talk += 1  # ("під час телефонної розмови")
            hit = self.match(talk, first, last)
            if hit is None or hit[0].type != "CONSULT" or hit[1] != "NOUN" or not during and hit[0].mode != "phone":
                continue  # ("у переговорах" are the talks themselves; "у телефонній розмові" sets an act)
            if any(f.sentence == s and f.pattern.type == "CONSULT" for f in self.found):
                return
            after = self.tokens[talk + 1] if talk + 1 < last else None
            if after is not None and (after.text.lower() in ("з", "із", "зі", "між", "про", "щодо") or talk + 1 in self.mentions.at):
                continue  # ("під час зустрічі з журналістами": its own partners, named or not; "під час переговорів
                # про квоти": talks of their own)
            host = next(
                (f for f in self.found if f.sentence == s and f.verbal and f.source and f.target and f.modality in ("asserted", "hedged")
                 and f.pattern.mode != "warn"
                 and {self._country(x) for x in f.source}.isdisjoint({self._country(x) for x in f.target})),
                None,
            )
            if host is None:
                continue
            self.found.append(Found(hit[0], talk, list(host.source), list(host.target), s, host.clause, (talk, talk + 1), False,
                                    modality=host.modality, attributed_to=list(host.attributed_to), date=host.date,
                                    date_source=host.date_source))
            return

    def _one_each_way(self, found: Found) -> list[Found]:
        """"Україна та Росія провели обмін полоненими": an exchange between two sides is one release by
        each side to the other (a directed event needs its target)."""
        sides = uniq(found.source + found.target)
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
        if self._appeal(inner):
            return []  # ("пригрозили звернутися до суду": the court is no side)
        return list(inner.target)

    def code_trigger(self, s: int, i: int, pattern: Pattern, pos: str, sentence_subject: list[str]) -> Found | None:
        """One event from a trigger: subject (or carried subject), frame arguments, passive agent, topic
        owner, then place, modality, attribution and date; None when it names too few actors."""
        sentence = self.doc.sentences[s]
        first, last = sentence.first_token, sentence.last_token
        if pattern.not_after and any(t.lemma in pattern.not_after for t in self.tokens[max(first, i - 2) : i]):
            return None
        if pattern.not_past and self.tokens[i].has("past"):
            return None
        left, right = self.clause(i, first, last)
        if pattern.type in self.cues.place_target_types and self._figurative_target(i, right):
            return None  # "б'є по її енергетичних інтересах", "напад на енергетичну безпеку": no arms used
        if (
            left > first and self.tokens[left - 1].text.lower() in self.cues.condition_conjunctions
            and not any(t.text == "," for t in self.tokens[left:i])
        ):
            return None  # "якщо філіппінська сторона порушуватиме …, ми …": a condition supposed, not told
        if left > first and self.tokens[left - 1].text.lower() in self.cues.generic_pronouns or any(
            t.text.lower() in self.cues.generic_pronouns for t in self.tokens[left:i]
        ):
            return None  # "сигнал кожному, хто катував і вбивав": whoever did it, no act told
        if self._rejoins_main_clause(i, left, first):
            left = i  # its subject is the main clause's, carried
        if self._in_accused_content(s, left):
            return None  # "звинуватила владу в тому, що вона «відмовляється …»": the charge, not an act told
        if (pattern.mode == "condemn" or pattern.fallback) and "назвати" in pattern.lemmas and self._answers_a_charge(s, i, left, right):
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
        # "Бійці гвардії застосували газ, затримано 120 людей": an impersonal form has no nominative at all;
        # what is done to is its accusative, and the doer is the one this sentence has named acting
        impersonal = verbal and "Impe" in token.tags and subject_role == "source"
        if passive and subject_role == "source" and not impersonal:
            subject_role = "target"
        if subject_role == "none" and pos == "NOUN":
            governing = self._governing_verb(i, left)
            if governing is not None and i - governing <= 3 and self.tokens[governing].lemma in self.cues.light_verbs:
                subject_role = "source"  # "Росія здійснила атаку дронами"
        if pos == "NOUN" and self._after_causal_prep(i, left):
            subject_role = "none"  # "протест через військові навчання": a reason, not the subject's act
        elif pos == "NOUN" and self._fallen_under(i, left):
            subject_role = "target"  # "порт, що потрапив під удар": struck, not striking
        if "infn" in token.tags and self._permitted(i, left):
            return None  # "дозвіл Заходу бити по Росії": an act allowed or banned is not told as done
        if impersonal:
            # (not inside a clause of its own: "звинуватив, після того як було збито безпілотник")
            doer_verb = next(
                (j for j in range(i - 1, first - 1, -1) if is_finite_verb(self.tokens[j]) and self.tokens[j].lemma != "бути"),
                first,
            )  # ("було збито": past the auxiliary)
            subordinate = any(
                t.lemma in self.cues.clause_openers or t.text.lower() == "як" for t in self.tokens[doer_verb + 1 : i]
            )
            fallback = [] if subordinate else self._statement_author(s, i, left) or list(sentence_subject)
            if pattern.type == "MOBILIZE":
                # "на острів було перекинуто загін кенійської поліції": the forces moved are their own side's move
                fallback = self._forces_moved(s, i, right) or fallback
        elif subject_role != "none":
            governing = i if finite or pos == "ADJF" else self._governing_verb(i, left)
            if governing is None and pos == "NOUN":
                # "Орбан після зустрічі з Путіним відвідав Пекін": the clause's verb comes after the noun.
                governing = next((j for j in range(i + 1, right) if self.tokens[j].pos == "VERB" and is_finite_verb(self.tokens[j])), None)
            if governing is not None and not (pos == "NOUN" and self._topic_noun(i, governing, pattern)):
                look_right = finite and (not any(a.case == "accs" and not a.prep for a in pattern.args) or self._fronted_object(s, i, left))
                # "Посередником виступила Туреччина": a noun before its verb, the subject after it.
                look_right = look_right or (pos == "NOUN" and governing > i)
                # "повідомив Гроссі, закликавши Тегеран …": a gerund's doer is its verb's subject, which may
                # follow that verb, but comes before the gerund
                gerund = pos == "GRND" and governing < i
                subject_group = self.subject(s, governing, left, i if gerund else right, look_right=look_right or gerund)
                if subject_role == "target" and pos == "NOUN" and self.tokens[governing].lemma in self.cues.making_verbs:
                    # "розміщення систем НАТО зробить Румунію «законною ціллю»": what is made one is the object
                    made = [
                        p for p in self.phrases[s]
                        if governing < p.first < i and not p.prep and "accs" in p.cases and p.entities
                    ]
                    subject_group = [made[0]] if made else subject_group
            if not subject_group and subject_role == "target":
                # "розширення НАТО загрожує …": what is said of a thing is said of its owner.
                owners = [p for p in self.phrases[s] if left <= p.first < i and self._attached_to_noun(s, p)]
                subject_group = self.group_of(s, owners[-1]) if owners else None
            resolved = self.resolve(subject_group, speaker=plural_speaker) if subject_group else []
            if subject_group and not resolved and all(p.kind == "anaphor-actor" for p in subject_group):
                subject_group = None  # "поліцейські затримали …" with no police named: as if no subject were told
            if subject_group:
                subject_ids = resolved
                carried = any(p.kind not in ("entity", "role") for p in subject_group)
            elif self.opened_by_relative(left, subject=True):
                pass  # "декларацію, яка назвала …": the relative clause's subject is its antecedent, not an actor
            elif self.opened_by_relative(left, subject=False, relatives=self.cues.object_relatives) and token.has("plur"):
                pass  # "закликав звільнити всіх, кого затримали": no one named did it
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
            if arg.content and role == "target":
                # "Пекін висловив незадоволення: речниця китайського МЗС назвала …": the speaker's own side
                # explaining is not what the concern is about
                doers = {self._country(x) for x in (subject_ids or fallback or source)}
                ids = [x for x in ids if self._country(x) not in doers]
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
            target = uniq(target + [x for x in source if x not in accused])
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
            owner = self._topic_owner(s, i) or self._gathering_owner(s, left, i)  # "рішення ЄС про виділення Україні …"
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
        source = uniq(source)
        # ("За даними видання Report, двох чоловіків побили": the medium that reports is no party)
        target = [t for t in uniq(target) if t not in source and not (t in speaker and getattr(self.doc.entity(t), "kind", None) == "media")]
        if not target and pattern.type == "REJECT" and any(
            self.cues.charge_nouns & t.lemmas for t in self.tokens[max(left, i - 3) : min(right, i + 4)]
        ):
            # "У Белграді звинувачення в шпигунстві відкинули": rejecting a charge answers the accuser
            target = [x for x in self._anaphor_event(source, "звинувачення") if x not in source]
        if pattern.mode == "arrest" and (carried or not source) and not subject_group and (
            self.opened_by_relative(left, subject=False) or any(
                t.lemma in self.cues.police_nouns and t.has("nomn") for t in self.tokens[left:right]
            ) and not any(  # ("поліція в Ірбіді затримала шістьох громадян Сирії": the police of the place named)
                p.prep == "в" and p.entities and self._has_country(p.entities[0]) for p in self.phrases[s] if left <= p.first < right
            )
        ):
            # "… переслідування кандидатки Ельвіри Кастільйо, яку затримали ще 14 березня", "Понад сорок учасників
            # акції … затримала поліція": told without a doer (or by a police no name places), an arrest of
            # someone of one state abroad of the sentence's subject is that state's own
            held = {self._country(x) for x in target} - {None}
            if len(held) == 1 and any(t.lemma in self.cues.citizen_nouns for t in self.tokens[i + 1 : right]):
                # "Поліція затримала двох громадян КНР" in a story from Tonga: citizens of a state are held abroad,
                # by the police of the country the story is about
                source = source or [x for x in self._counterpart(target) if self._country(x) not in held]
            elif len(held) == 1 and held.isdisjoint({self._country(x) for x in source}) and (state := self._state_named(held.pop())):
                source = [state]
        if not target and pos == "NOUN" and (told := self._notified(s, i, left)):
            target = [x for x in told if x not in source]  # "повідомив Вашингтон про денонсацію договору"
        if pattern.type == "DISAPPROVE" and verbal and "назвати" in pattern.lemmas and (
            not any(map(self._has_country, target)) or all(map(self._is_place, target))
        ):
            # "назвала обстріл «терактом київського режиму»": the owner the name gives is whom it condemns
            named = [x for x in self.resolve(self._predicate_owner(s, i, right), source) if x not in source and self._has_country(x)]
            if named and {self._country(x) for x in named} - {self._country(x) for x in source}:
                target = named
        if not target and verbal and pattern.type in self.cues.relative_target_types:
            # "засудили «дипломатію заручників», до якої вдається Кремль": the doer of what is condemned
            target = [x for x in self._relative_clause_doer(s, right) if x not in source]
        if pattern.symmetric and not source and len(target) >= 2:
            source, target = target, []
        participants = uniq(source + target)
        if (pattern.type, pattern.mode) == ("COERCE", "seize") and token.lemma in ("захопити", "захоплювати") and target and all(
            (e := self.doc.entity(x)) is not None and e.kind in ("city", "region", "settlement") for x in target
        ):
            # "бойовики M23 захопили місто Шабунда": a town taken by force is fighting (CAMEO 192), not a seizure
            pattern = replace(pattern, type="FIGHT", mode="occupy")
        if pattern.type == "DEMAND" and source and (destination := self._travel_destination(s, i, right, source, target)):
            # "МЗС КНР закликало китайських громадян утримуватися від поїздок до Японії": a travel warning
            # against the country named, a sanction, not a demand on one's own people
            sanction = next(p for p in pattern_index()["запровадити"] if p.type == "SANCTION")
            pattern, target = replace(sanction, mode="travel-warning"), destination
            participants = uniq(source + target)
        if pattern.type == "CONSULT" and len(participants) < 2:
            # "розпочала переговори про вступ України та Молдови": the candidates are the other party
            target.extend(x for x in self._accession_parties(s, i, right) if x not in source and x not in target)
            participants = uniq(source + target)
        if len(participants) < pattern.min_actors and pattern.type in self.cues.embedding_types:
            # "Лідери G7 пообіцяли продовжувати підтримувати Україну": the promise is to whom the action is.
            target.extend(t for t in self._embedded_targets(s, i) if t not in source and t not in target)
            participants = uniq(source + target)
        if not target and pattern.type in self.cues.threat_types:
            # ("пригрозив, що Москва вживе заходів …": the threat told in the content, coded first)
            target.extend(t for t in self._embedded_targets(s, i, conflict=True) if t not in source)
            if not target and verbal:
                # "пригрозили запустити механізм «снепбек», який передбачає … санкцій проти Ірану"
                target = [x for x in self._relative_clause_doer(s, right, against=True) if x not in source]
            if not target and verbal:
                # "Якщо філіппінська сторона порушуватиме …, ми вживемо заходів": whoever must meet the condition
                target = [x for x in self._condition_subject_in(s, first, last) if x not in source]
            if not target and source:
                # "Москва вживе заходів, які будуть «чутливими» для Вашингтона й Лондона": who the threat names
                # further on is whom it is aimed at; "підприємства зі шведською участю в Україні стануть
                # «законними цілями»": a threat noun's, who its clause names
                target = self._other_side_named_after(s, i if verbal else left - 1, source, skip=self._appealed_to)
            if not target and source and (pattern.mode == "retaliate" or not verbal and pattern.subject == "source"):
                # "будь-яка спроба висадки наштовхнеться на збройну відповідь": aimed at who struck last; so are
                # warning shots ("армія зробила попереджувальні постріли" after the line was crossed)
                target = self._who_acted_against(source)
            participants = uniq(source + target)
        if pattern.type == "AGREE" and pattern.mode in ("propose", "promise"):
            inner = self._embedded_act(s, i)
            promised_noun = inner is not None and not inner.verbal and self._content_clause_start(i, sentence.last_token) is None and not any(
                self.tokens[k].pos in ("VERB", "INFN") for k in range(i + 1, inner.trigger)
            )  # ("домовилися координувати нові санкції": the sanctions are the object of another verb)
            if inner is not None and inner.pattern.type in THREAT_TYPES and (pattern.mode == "propose" or promised_noun):
                # "запропонувала Раді ЄС призупинити безвіз для громадян Грузії": proposing a sanction is
                # threatening the one it would hit; so is promising one named by a noun as the object ("пообіцяв
                # нові санкції проти Пекіна"; an infinitive, "пообіцяв запровадити санкції", and a content
                # clause, "пообіцяли, що атаки … не залишаться без відповіді", are coded on their own)
                threat = next(p for p in pattern_index()["пригрозити"] if p.type == "THREATEN")
                pattern = replace(threat, mode=inner.pattern.mode or inner.pattern.type.lower())
                target = [t for t in inner.target if t not in source]
                participants = uniq(source + target)
        if pattern.type in THREAT_TYPES and verbal and not target and source:
            # "… було збито малійський безпілотник. … його підрозділи ППО знищили безпілотник": the thing
            # struck, named before with its country
            target = [x for x in self._named_before_as(s, i, right) if x not in source]
            participants = uniq(source + target)
        if pattern.type == "AGREE" and pattern.mode in ("propose", "offer") and not target and source:
            # "закликав обидві країни до стриманості. Він запропонував посередництво": offered to those addressed
            # (the same side: "МЗС Туреччини закликало Київ і Москву … Ердоган заявив, що його країна готова прийняти")
            own_side = {self._country(x) for x in source}
            addressed = self._latest(lambda f: {self._country(x) for x in f.source} == own_side and bool(f.target) and f.sentence >= s - 2)
            # (one trigger coded once per partner, "прийняв делегації Вірменії та Азербайджану", addressed both)
            twins = self.told_with(addressed) if addressed is not None else []
            target = uniq([x for f in twins for x in f.target if x not in source])
            participants = uniq(source + target)
        if pattern.type == "AID" and pattern.subject == "target" and not source and target and speaker:
            # "Павел повідомив, що Україна отримала чергову партію снарядів", "Стармер пообіцяв, що Україна
            # отримає ракети": help received with no giver named comes from the foreign side telling of it
            received = {self._country(x) for x in target}
            source = [x for x in speaker if self._has_country(x) and self._country(x) not in received][:1]
            participants = uniq(source + target)
        if (pattern.type, pattern.mode) == ("RETREAT", "release") and target and (
            not source and pattern.subject == "target" or {self._country(x) for x in source} == {self._country(x) for x in target}
        ):
            # "з російського полону повернулися 312 українців", "Міноборони Росії заявило, що повернуто 312
            # російських військовослужбовців": the captors unnamed are the side the story sets against the ones back
            source = self._counterpart(target)
            participants = uniq(source + target)
        if pattern.story_sides and len({self._country(x) for x in participants} - {None}) < 2:
            # "У вівторок відбулася чергова репатріація тіл загиблих": the two sides the story is about
            # ("Головним результатом стала домовленість …" after the talks: the sides of those talks)
            talks = next(
                (
                    f for f in reversed(self.found)
                    if f.pattern.type == "CONSULT" and f.sentence >= s - 3 and len({self._country(x) for x in f.source + f.target} - {None}) >= 2
                ),
                None,
            )
            named = [x for x in participants if self._has_country(x)]
            if not named and talks is not None:
                named = [x for x in uniq(talks.source + talks.target) if self._has_country(x)]
            named = named or self._counterpart([])
            if not named:
                source = []
            elif len({self._country(x) for x in named}) < 2:
                source = uniq(named + self._counterpart(named))
            else:
                source = named
            target, participants = [], source
        if pattern.type == "INVESTIGATE" and not target and source and self._sentence_has(s, self.cues.war_crime_phrases):
            # "Обласна прокуратура розпочала розслідування за фактом воєнного злочину" after a strike told
            target = self._who_acted_against(source)
            participants = uniq(source + target)
        if pattern.type in ("INVESTIGATE", "COERCE") and not target and source and any(
            t.lemma in self.cues.suspect_nouns or t.lemma in self.cues.held_pronouns and not t.has("nomn") for t in self.tokens[left:right]
        ):
            # "Того ж дня затриманому повідомили про підозру", "суд узяв підозрюваного під варту", "суд обрав йому
            # запобіжний захід": the one held before (before an inquiry's own state is taken for its target)
            held = self._latest(lambda f: f.pattern.type in ("INVESTIGATE", "COERCE") and bool(f.target))
            target = [x for x in held.target if x not in source] if held else []
            participants = uniq(source + target)
        own_side = {self._country(x) for x in source} - {None}
        if pattern.type in ("INVESTIGATE", "COERCE") and source and not any(self._has_country(x) and self._country(x) not in own_side for x in target):
            # "затримала групу, яка збирала для російської військової розвідки відомості", "затримала громадянина
            # Литви, який відправив посилки на замовлення куратора з Москви": whom they worked for
            target = self._worked_for(s, i, source) or target
            participants = uniq(source + target)
        if pattern.type == "INVESTIGATE" and not target and source and all(self._domestic_investigator(x) for x in source) and not any(
            self.cues.referred_types.get(t.lemma) in THREAT_TYPES for t in self.tokens[left:right]
        ):  # (an inquiry into a strike or a killing is into whoever did it)
            # "НАБУ відкрило провадження щодо завищення цін": an anti-corruption or police inquiry naming no one
            # is into its own state's officials
            target = self._own_state(source)
            participants = uniq(source + target)
        if pattern.type == "CONCEDE" and not target and source:
            # "Орбан відкликав своє вето": yielded to the side its own side's block stood against
            own_side = {self._country(x) for x in source} - {None}
            block = self._latest(lambda f: f.pattern.type == "REJECT" and bool(f.target) and bool({self._country(x) for x in f.source} & own_side))
            target = [x for x in block.target if x not in source] if block else []
            participants = uniq(source + target)
        if pattern.type == "MOBILIZE" and not target and source:
            # "перекидають підрозділи до кордону з Україною": forces massed at a border face who is across it;
            # "перетнули військову демаркаційну лінію": troops crossing a dividing line enter the other side's ground
            target = self._border_partner(last, source, since=first) or (self._counterpart(source) if pattern.mode == "incursion" else [])
            participants = uniq(source + target)
        if pattern.mode == "restrict" and not target and source:
            target = self._border_partner(i, source)  # "… кордоні з Росією. Естонія також закриє кордон"
            if not target and pattern.with_lemmas:
                # "припинило роботу бакинського бюро російської медіагрупи «Россия сегодня»": deep in the object
                target = self._other_side_named_after(s, i, source)
            participants = uniq(source + target)
        if (pattern.type, pattern.mode) == ("SANCTION", "withdraw") and (owner := self._goods_country(s, i, right, owned=pattern.with_lemmas)) and (
            {self._country(x) for x in owner} - {self._country(x) for x in source}
        ):  # ("відкликав турецького посла з Тель-Авіва": one's own envoy is recalled from the host, below)
            # "Варшава закриває останнє російське консульство в країні — генконсульство в Гданську": the mission's
            # country, not the place it stands in
            target = [x for x in owner if x not in source]
            participants = uniq(source + target)
        elif (pattern.type, pattern.mode) == ("SANCTION", "withdraw") and (
            missions := [x for x in target if getattr(self.doc.entity(x), "kind", None) == "embassy" and self._has_country(x)]
        ):
            target = missions  # "закриття консульства Росії в Марієгамні": the mission's state, not the town it is in
            participants = uniq(source + target)
        if (pattern.type == "SANCTION" or pattern.mode in ("sanction", "ease")) and not any(map(self._has_country, target)):
            # "заборона на імпорт російських діамантів", "призупинили програми допомоги Нігеру", "послаблення
            # обмежень на експорт білоруських калійних добрив"; past companies of no known country
            # ("внесло до списку компанії «Зарубежнефть» і «Русснефть»")
            finders = (
                lambda: self._goods_country(s, i, right),
                lambda: self._named_after_companion(s, i, right, pattern),
                lambda: self._registered_in(s, i, right, source),
                lambda: self._country_named_after(s, i, right, source),
                lambda: self._last_sanctioned(source),
            )
            aimed = next((found for find in finders if (found := [x for x in find() if self._has_country(x)])), [])
            target += [x for x in aimed if x not in target]
            participants = uniq(source + target)
        if not target and source and verbal and self._also(i, left):
            # "До діалогу закликав і виконавчий секретар IGAD": the same call, to those the last one addressed
            # (but a concern over a situation is over its place: "Стурбованість подіями в Грузії висловили і в Києві")
            same = self._latest(lambda f: f.pattern.type == pattern.type and f.sentence >= s - 2 and bool(f.target))
            situated = self._situation_place(s, i, right, left) if pattern.type in self.cues.situation_types else []
            target = [x for x in situated or (same.target if same else []) if x not in source]
            participants = uniq(source + target)
        if pattern.mode == "incursion":
            if not source:
                return None  # "дрон порушив повітряний простір країни": no one named crossed
            target = target or self._named_after_companion(s, i, right, pattern)  # "порушили повітряний простір Естонії"
            participants = uniq(source + target)
        if (pattern.type == "DEMAND" or pattern.type == "SUPPORT") and pattern.with_lemmas and not target:
            target = self._named_after_companion(s, i, right, pattern)  # "засідання Ради безпеки ООН"
            participants = uniq(source + target)
        if pattern.type in ANSWERED_TYPES and not target and source:
            # "У Москві факт порушення заперечують": denied to whoever charged the denier in the lines before;
            # "Пєсков зажадав негайно відпустити танкер", "Захарова попередила, що крок Єревана не залишиться
            # без наслідків": demanded of, or threatened at, whoever acted against the speaker
            answered = [ANSWERED_TYPES[pattern.type]]
            if pattern.type == "REJECT":
                # "У Єревані пропозицію відхилили": what it names turned down is the act it answers, first
                near = self.tokens[max(i - 3, first) : min(i + 4, last)]
                kind = next((self.cues.rejected_acts[t.lemma] for t in near if t.lemma in self.cues.rejected_acts), None)
                answered = [frozenset({kind}), *answered] if kind else answered
                if any(t.lemmas & self.cues.involvement for t in near):
                    target = self._hit_by(source)  # a part in an act denied answers the side it hit
            target = target or next(
                (aimed for kinds in answered if (aimed := self._who_acted_against(source, kinds, since=s - 3))), []
            )
            participants = uniq(source + target)
        if pattern.mode == "accept" and source and not target:
            # "У Кишиневі на пропозицію погодилися": accepted from whoever proposed or demanded it of them
            target = self._last_doer_besides(source, frozenset({"AGREE", "DEMAND"}), since=s - 3)
            participants = uniq(source + target)
        if pattern.type == "DEMAND" and source and (holder := self._holder_to_release(s, i, right, source)):
            target = holder  # "Цао зажадала негайно звільнити капітана": of the side holding him
            participants = uniq(source + target)

        own = {self._country(x) for x in source} - {None}
        if pattern.type == "DEMAND" and pattern.speaker_role == "source" and own and {self._country(x) for x in target} <= own:
            return None  # "Туск заявив, що Польща мусить посилити армію": one's own side's duty, no demand
        if pattern.type == "THREATEN" and target and own and {self._country(x) for x in target} <= own:
            # "Арагчі попередив, що його країна вийде з ДНЯЗ": a warning is aimed at the other side
            target = [x for x in self._who_acted_against(source) if self._country(x) not in own]
            participants = uniq(source + target)
        if pattern.type in ("DISAPPROVE", "REJECT") and target and own and {self._country(x) for x in target} <= own:
            # "Молдова вислала російського дипломата. … МЗС РФ назвало вислання дипломата «провокацією»": one's
            # own named in a hostile act told before stands for the side that did it, which is condemned
            act = next((kind for p in self.phrases[s] if left <= p.first < right and set(self.resolve([p])) & set(target)
                        and (kind := self._act_named_before(p.first, left)) is not None), None)
            target = (self._who_acted_against(source, frozenset({act}), since=s - 6) if act else []) or target
            if pattern.type == "DISAPPROVE" and all((e := self.doc.entity(x)) is not None and e.kind in ("country", "capital") for x in target):
                # "засудило «позасудові страти» на території, яку Алжир вважає окупованою": a state condemns no
                # state of its own; the hostile act of another side just told is what is condemned
                last = self._latest(
                    lambda f: f.pattern.type in THREAT_TYPES and f.sentence >= s - 3 and f.source
                    and not own & {self._country(x) for x in f.source}
                )
                target = [x for x in last.source if self._has_country(x)][:1] if last else target
            participants = uniq(source + target)
        if (pattern.mode == "retaliate" or self._in_response(left, right)) and not target and source:
            target = self._who_acted_against(source)  # "У Москві пообіцяли дзеркальну відповідь": to the sanctioner
            target = target or self._criticised_by(source)  # "назвали американські плани мілітаризацією. Там попередили …"
            participants = uniq(source + target)
        if pattern.mode == "air-defence" and (carried and not subject_group or not any(self._has_country(a) for a in source)):
            # ("Зенітники … збили 49 ракет" after "противник випустив …": the attacker carried is no defender)
            # "Міноборони Росії заявило, що засоби ППО перехопили …": the defender is who reports it; with no
            # one reporting, "ППО збила 10 із 12 ракет": the side just struck
            # ("ППО королівства збила над провінцією Джизан два безпілотники": the defender of the ground it fought over)
            over = next((
                e.country for p in self.phrases[s] if left <= p.first < right and p.entities and (
                    p.prep == "над" or p.first > left and self.tokens[p.first - 1].lemma in self.cues.place_nouns
                    and canonical_prep(self.tokens, p.first - 1, left)[0] == "над"
                )
                and (e := self.doc.entity(p.entities[0])) is not None and e.kind in ("city", "region") and e.country
            ), None)
            state = self._state_named(over) if over else None
            source = [x for x in speaker if self._has_country(x)][:1] or ([state] if state else []) or self._last_struck()
            participants = uniq(source + target)
        if pattern.mode in ("alert", "scramble") and not any(map(self._has_country, source)):
            # "На перехоплення піднялися винищувачі F-15K", "підняли в повітря два F-16": the side that reports it,
            # else the one whose sky the attack or incursion just told entered
            source = [x for x in speaker if self._has_country(x)][:1] or self._last_struck(entered=True)
            participants = uniq(source + target)
        if pattern.type == "FIGHT" and pattern.mode not in DEFENCE_MODES and verbal and not source and not carried and any(
            t.lemma in self.cues.weapon_heads and t.has("nomn") for t in self.tokens[left:i]
        ):
            # "Безпілотники уразили склад боєприпасів у Курській області, повідомив Генштаб": a weapon striking
            # another country's ground, told by an armed force, is that force's strike
            reporter = next((x for x in speaker if (e := self.doc.entity(x)) is not None and e.sector == "MIL" and e.country), None)
            place = reporter and (self._location(s, left, right, set(used)) or self._placed_town_in(s, left, right, [reporter]))
            if reporter is not None and place and self._country(place) not in (None, self._country(reporter)):
                source, target = [reporter], target or [place]
                participants = uniq(source + target)
        if pattern.mode in DEFENCE_MODES and not any(map(self._has_country, target)) and source:
            # "сили флоту «відбили атаку»", "Сили ППО знешкодили 33 ракети й 231 дрон": defended against whoever
            # attacked them
            target = [x for x in self._who_acted_against(source) if x not in source] or target
            participants = uniq(source + target)
        if len(participants) < pattern.min_actors and not nested:
            return None
        if pattern.type == "THREATEN" and verbal and not source and not nested:
            return None  # "«ситуацією, яка загрожує виживанню Японії»": a threat no one utters
        if verbal and subject_ids and not carried:
            self.last_subject = subject_ids
        target = [x for x in target if x not in source]  # no one acts on themselves
        firing = {self._country(x) for x in source} - {None}
        if pattern.type in ("FIGHT", "ASSAULT") and len(firing) >= 2 and not any(map(self._has_country, target)) and any(
            a.lemma == b.lemma == "один" for a, b in pairwise(self.tokens[left:right])
        ):
            # "індійські та пакистанські війська обстрілювали позиції одне одного": each side at the other
            source, target = source[:1], source[1:] + target
        found = Found(pattern, i, source, target, s, (left, right), (span_lo, span_hi), verbal, carried=carried, nested=nested)
        found.location = self._location(s, left, right, used)
        if not target and pattern.type in self.cues.place_target_types:
            target = self._aims_named_after(s, i, right, source)  # "…ударів, головними цілями якого стали Харків і Дніпро"
            found.target = target
            participants = uniq(source + target)
        if not any(map(self._has_country, target)) and (pattern.type, pattern.mode) == ("RETREAT", "withdraw") and source and (
            left_from := self._struck_country(s, found.location, source)
        ):
            # "базу в Нджамені залишили перші французькі підрозділи": a withdrawal from another country's ground
            found.target = target = [left_from]
            participants = uniq(source + target)
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
                participants = uniq(source + target)
        elif pattern.type in self.cues.place_target_types and not any(map(self._has_country, target)) and found.location:
            # "Дрони СБУ уразили НПЗ у Рязані": a target no gazetteer places is where it was hit ("у селищі
            # Південна Озереївка під Новоросійськом": or the placed town the clause names it by)
            struck = self._struck_country(s, found.location, source) or self._placed_town_in(s, left, right, source)
            if struck:
                found.target = target = [*target, struck]
                participants = uniq(source + target)
        if not found.target and pattern.type in self.cues.situation_types:
            # "висловив занепокоєння ситуацією в Грузії": the country the situation is in
            found.target = target = [x for x in self._situation_place(s, i, right) if x not in source]
            participants = uniq(source + target)
        if not found.target and pattern.type in self.cues.place_target_types:
            # "удару по катеру за 40 миль від узбережжя Венесуели": off a country's coast, at that country
            coast = self._coast_country(s, left, right)
            if coast and self._country(coast) not in {self._country(x) for x in source}:
                found.target = target = [coast]
                participants = uniq(source + target)
        if pattern.type in self.cues.place_target_types and not any(self._has_country(x) for x in found.target):
            # "наступ на Ель-Обейд, який армія Судану утримує": the attack is on the place's holder
            holder = [x for x in self._relative_clause_doer(s, right, holding=True) if x not in source]
            if holder:
                found.target = target = holder
                participants = uniq(source + target)
        if (
            pattern.type in self.cues.place_target_types and source and any(map(self._has_country, source))
            and (found.target or found.location) and all(self._is_place(x) for x in found.target)
            and self._struck_on_the_other_side(source, found.target)
        ):
            # "окупанти атакували дронами Антонівку й Білозерку": a place no gazetteer knows, struck, is on
            # the other side of the story; the place stays where it happened
            if found.location is None and found.target:
                found.location = found.target[0]
            found.target = target = self._counterpart(source)
            participants = uniq(source + target)
        if pattern.type in self.cues.place_target_types and source and found.target and found.location:
            # "Турецькі дрони атакували позиції РПК … на півночі Іраку": a state's strike on its own insurgents
            # abroad is a strike on the country they are struck in
            own = {self._country(x) for x in source} - {None}
            place = self.doc.entity(found.location)
            if (
                own and place is not None and place.country and place.country not in own
                and all(self._insurgent(x) and self._country(x) in own for x in found.target)
            ):
                found.target = target = [self._state_named(place.country) or place.id]
                participants = uniq(source + target)
        if (
            (pattern.type, pattern.mode) == ("MOBILIZE", "troops") and source and found.target and any(map(self._has_country, source))
            and all(self._is_place(x) and self._has_country(x) for x in found.target) and self._struck_on_the_other_side(source, found.target)
        ):
            # "до Ладакху додатково перекинуть дві бригади" after a clash: troops moved at home face the other side
            found.location = found.location or found.target[0]
            found.target = target = self._counterpart(source)
            participants = uniq(source + target)
        if (
            pattern.type in self.cues.place_target_types and pattern.mode not in DEFENCE_MODES and verbal and not found.target
            and any(map(self._has_country, source)) and found.modality != "negated"
        ):
            # "російські ударні дрони атакували підстанції": what was struck, named by no place, is the other side's
            found.target = target = self._counterpart(source)
            participants = uniq(source + target)
        # ("ВАКС обрав Пилипенку запобіжний захід": a court or an inquiry of one state holds its own people)
        own_target = pattern.own_target or pattern.type in ("INVESTIGATE", "COERCE") and bool(found.target) and all(
            self._domestic_investigator(x) for x in source
        )
        if own_target and source and (found.target or not pattern.args) and not any(map(self._has_country, found.target)):
            state = self._own_state(source)
            if state:
                found.target = target = [*found.target, *state]
                participants = uniq(source + target)
        embassies = frozenset(self._country(x) for x in target if (e := self.doc.entity(x)) is not None and e.kind == "embassy")
        if pattern.type == "PROTEST":  # ("протестували проти китайської присутності": the crowd is not China's)
            embassies |= {self._country(x) for x in self._adjective_target(i, right, [])}
        if pattern.type == "PROTEST" and (found.carried or not source and found.location is None) and (
            crowd := self._crowd_country(i, besides=embassies)
        ):
            # "Кінтеро вимоги відкинув … кілька тисяч людей пройшли маршем до посольства США": a crowd counted in
            # the clause is its own subject, not the one carried from before, wherever it marched (and the subject
            # of a clause with none and no place: "у Тбілісі тисячі вийшли" are the people of that place); where
            # the clause places it in a town of another country than the embassy's, the people of that town
            # ("кілька сотень працівників НПЗ вийшли на мітинг у Бургасі" in a story that names Russia most)
            place = self.doc.entity(found.location) if found.location else None
            local = place is not None and place.country and place.country not in embassies and place.kind in ("city", "capital")
            found.source = source = [place.id] if local else crowd
            participants = uniq(source + target)
        if not participants and found.location is None:
            return None
        place = self.doc.entity(found.location) if found.location else None
        if not source and place is not None and place.country and pattern.type in self.cues.place_actor_types and (
            pattern.type != "COERCE" or pattern.mode == "arrest"  # "у Москві затримали", not "захопили в протоці"
        ):
            found.source = [place.id]  # "у Тбілісі тисячі вийшли на протест": the people of that place
        elif not source and not target and pattern.type == "PROTEST":
            found.source = self._crowd_country(i)
        if pattern.type in ("PROTEST", "DISAPPROVE") and found.source and not found.target:
            found.target = self._adjective_target(i, right, found.source)
        if pattern.type == "PROTEST" and found.source and not found.target and not verbal:
            # "рибалки на знак протесту вивели човни до середини затоки" after Croatian police held their boat:
            # a protest that names no one is against the side that last acted against the protesters' country
            found.target = self._who_acted_against(found.source)
        found.modality = self._modality(i, left, right, token, verbal)
        found.attributed_to = speaker
        found.date, found.date_source = self._date(s, found)
        return found

    def _act_named_before(self, j: int, left: int) -> str | None:
        """The hostile act whose patient the phrase at ``j`` is ("вислання (російського) дипломата"): the type
        the noun right before it refers back to, or None."""
        k = j - 1
        while k > left and self.tokens[k].pos == "ADJF":
            k -= 1
        kind = self.cues.referred_types.get(self.tokens[k].lemma) if k >= left else None
        return kind if kind in THREAT_TYPES else None

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

    def _fallen_under(self, i: int, left: int) -> bool:
        """Whether the event noun at ``i`` follows "під" after a verb of falling under it ("потрапив під удар")."""
        j = i - 1
        while j > left and self.tokens[j].pos == "ADJF":
            j -= 1
        return j > left and self.tokens[j].text.lower() == "під" and any(
            t.lemma in self.cues.fall_under_verbs for t in self.tokens[max(left, j - 3) : j]
        )

    def _after_causal_prep(self, i: int, left: int) -> bool:
        j, nouns = i - 1, 0
        # "попри затримку пакета допомоги": past the nouns whose genitive the event noun is.
        while j > left and (str(self.tokens[j].pos) in ("ADJF", "NUMR") or self.tokens[j].pos == "NOUN" and nouns < 2):
            nouns += self.tokens[j].pos == "NOUN"
            j -= 1
        if j - 1 >= left and self.tokens[j].text.lower() in ("з", "із") and self.tokens[j - 1].lemma == "зв'язок":
            return True  # "у зв'язку з продажем Тайваню зброї": the reason, someone else's act
        if self.tokens[i].has("ablt") and any(t.lemma in self.cues.reason_verbs for t in self.tokens[max(left, i - 3) : i]):
            return True  # "Пекін пояснив рішення продажем Тайваню озброєнь": explained by another's act
        return j >= left and bool(self.tokens[j].lemmas & self.cues.causal_preps)

    def _fronted_object(self, s: int, i: int, left: int) -> bool:
        """"це рішення підтримав і суд": an object before the verb (object–verb–subject order), so the
        nominative after the verb is its subject."""
        # ("Крок Братислави різко розкритикували Польща та …": a noun's genitive owner is no subject either)
        before = [p for p in self.phrases[s] if left <= p.first < i and p.prep is None and not self._attached_to_noun(s, p)]
        if any(p.kind == "anaphor-event" for p in before):
            return True
        # "В аеропорту Сі Цзіньпіна зустрів Дмитро Чернишенко": only accusatives before the verb.
        if before:
            return all("accs" in p.cases and "nomn" not in p.cases for p in before)
        # "Переговорний процес блокувала російська сторона": the clause opens with a noun the verb
        # does not agree with, so it is the object and the subject comes after the verb.
        opening = left
        # only adjectives before it (a noun after a preposition is no object), or a time told first ("У
        # вівторок базу … залишили перші французькі підрозділи")
        while opening < i and (
            str(self.tokens[opening].pos) in ("ADJF", "NUMR") or opening in self.mentions.in_timex
            or opening + 1 in self.mentions.in_timex and is_prep(self.tokens[opening])
        ):
            opening += 1
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
        for verb_analysis in readings:
            for noun_reading in nominatives:
                if ("plur" in verb_analysis.tags) != ("plur" in noun_reading.tags):
                    continue
                genders = {g for g in GENDERS if g in verb_analysis.tags}
                if not genders or "plur" in verb_analysis.tags or genders & set(noun_reading.tags):
                    return True
        return False

    def _topic_owner(self, s: int, i: int) -> list[Phrase] | None:
        """The actor owning the noun a topic noun hangs from: "рішення ЄС про виділення", "план США щодо
        постачання" — whoever decides or plans is the agent of what is decided or planned."""
        j = before_adjectives(self.tokens, i)
        if j < 1 or self.tokens[j].lemma not in self.cues.topic_preps:
            return None
        owner = next((p for p in self.phrases[s] if p.last == j and p.prep is None and "gent" in p.cases), None)
        if owner is None or owner.first < 1:
            return None
        head = self.tokens[owner.first - 1]
        if head.pos != "NOUN" or head.is_capitalised or owner.first - 1 in self.mentions.at:
            return None
        return self.group_of(s, owner, from_start=False)

    def _notified(self, s: int, i: int, left: int) -> list[str]:
        """Whom a verb of telling before an event noun told of it ("офіційно повідомив Вашингтон про
        денонсацію договору": Washington), or no one."""
        about = i - 1
        while about > left and self.tokens[about].pos == "ADJF":
            about -= 1
        if about <= left or self.tokens[about].text.lower() != "про":
            return []
        verb = next((j for j in range(about - 1, left - 1, -1) if is_finite_verb(self.tokens[j])), None)
        if verb is None or not self.tokens[verb].lemmas & self.cues.notifying_verbs:
            return []
        told = [p for p in self.phrases[s] if verb < p.first and p.last <= about and p.prep is None and "accs" in p.cases and p.entities]
        return self.resolve(self.group_of(s, told[0])) if told else []

    def _topic_noun(self, i: int, governing: int, pattern: Pattern) -> bool:
        """"угоди про постачання зброї": a noun that is the topic of another noun names no event of the
        clause's subject; nor does one buried under more than one preposition or far from its verb.
        The pattern's own companion is no other noun: "видав ордер на арешт" is the court's act. A noun
        joined to an event noun before it is governed as that one is ("оголосило про відкликання посла з
        Бамако та закриття повітряного простору")."""
        j = i - 1
        while j > governing and self.tokens[j].pos == "ADJF":
            j -= 1
        if self.tokens[j].text.lower() in self.cues.coordinators:
            conjunct = next(
                (f for f in reversed(self.found) if f.sentence == self.sentence and not f.verbal and governing < f.trigger < j),
                None,
            )
            if conjunct is not None:
                return self._topic_noun(conjunct.trigger, governing, conjunct.pattern)
        between = self.tokens[governing + 1 : i]
        preps = [t for t in between if t.pos == "PREP"]
        # (a name between is one word: "оголосив міністр оборони Нідерландів Мартейн ван Гелдер після зустрічі")
        words = sum(1 for k in range(governing + 1, i) if k not in self.mentions.at or self.mentions.at[k][1] == k)
        if len(preps) > 1 or words > 5:
            return True
        j = i - 1
        while j > governing and self.tokens[j].pos == "ADJF":
            j -= 1
        return (
            j - 1 > governing
            and self.tokens[j].lemma in self.cues.topic_preps
            and self.tokens[j - 1].pos == "NOUN"
            # ("повідомив Вашингтон про денонсацію": whom it told, no topic noun)
            and not (j - 1 in self.mentions.at and self.tokens[governing].lemmas & self.cues.notifying_verbs)
            and not self.tokens[j - 1].lemmas & pattern.with_lemmas
            and not (pattern.type in ("AID", "SANCTION") and self.tokens[j - 1].lemma in self.cues.enacting_nouns)
        )

    def _in_accused_content(self, s: int, left: int) -> bool:
        """Whether the clause opening at ``left`` is "в тому, що …" after an accusation in its sentence."""
        words = [t.text.lower() for t in self.tokens[max(0, left - 4) : left]]
        if len(words) < 4 or words[0] not in ("в", "у") or words[1] != "тому" or words[3] not in self.cues.complementizer:
            return False
        return any(f.sentence == s and f.pattern.mode == "accuse" and f.trigger < left for f in self.found)

    def _rejoins_main_clause(self, i: int, left: int, first: int) -> bool:
        """"звинуватив Москву в тому, що та «полює на цивільних», і закликав партнерів …": a finite verb
        after ", і" in a "що" clause that agrees with the verb before "що" and with no verb of the clause
        goes on the main clause."""
        verb = self.tokens[i]
        if not (left > first and self.tokens[left - 1].lemma in self.cues.complementizer and i - 2 > left):
            return False
        if not (is_finite_verb(verb) and self.tokens[i - 1].text.lower() in self.cues.coordinators and self.tokens[i - 2].text == ","):
            return False
        main = self._governing_verb(left - 1, first)
        own = verb.tags & AGREEMENT_TAGS
        content_verbs = [self.tokens[k] for k in range(left, i - 2) if is_finite_verb(self.tokens[k])]
        return main is not None and own == self.tokens[main].tags & AGREEMENT_TAGS and all(t.tags & AGREEMENT_TAGS != own for t in content_verbs)

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

    def _location(self, s: int, left: int, right: int, used: set[int]) -> str | None:
        for phrase in self.phrases[s]:
            # "в місті Банну": the name after a place noun that the preposition governs
            after_place_noun = (
                phrase.prep is None and phrase.first - 2 >= left
                and self.tokens[phrase.first - 1].lemma in self.cues.place_nouns | self.cues.street_nouns
                and self.cues.prep_forms.get(self.tokens[phrase.first - 2].text.lower(), self.tokens[phrase.first - 2].text.lower())
                in self.cues.location_preps
            )
            if left <= phrase.first < right and id(phrase) not in used and (
                after_place_noun or phrase.prep in self.cues.location_preps and "loct" in phrase.cases
                or phrase.prep in self.cues.near_preps and bool({"gent", "ablt"} & phrase.cases)  # "поблизу Бінт-Джбейля", "під Бахмутом"
            ):
                for entity_id in phrase.entities:
                    entity = self.doc.entity(entity_id)
                    if entity is not None and entity.type == "LOC":
                        return entity_id
        return None

    def _placed_town_in(self, s: int, left: int, right: int, source: list[str]) -> str | None:
        """The first town or region with a country (not the source's) that the clause names."""
        own = {self._country(x) for x in source}
        for phrase in self.phrases[s]:
            if left <= phrase.first < right:
                for entity_id in phrase.entities:
                    entity = self.doc.entity(entity_id)
                    if entity is not None and entity.kind in ("city", "region") and entity.country and entity.country not in own:
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

    def _credit_the_thanked(self, s: int) -> None:
        """"Зеленський подякував Франції за пакет допомоги": the aid after "за" went from the thanked
        (the target of a ``credits`` pattern) to the one who thanks, whoever the clause subject is."""
        sentence_found = [f for f in self.found if f.sentence == s]
        for thanks in sentence_found:
            if not thanks.pattern.credits or not thanks.target or not thanks.source:
                continue
            for other in sentence_found:
                between = self.tokens[thanks.trigger + 1 : other.trigger]
                if is_finite_verb(self.tokens[other.trigger]):
                    continue  # a predicate of its own ("подякував Лондону за лідерство, і закликав партнерів")
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
            sides = [a for a in uniq(found.source + found.target) if a not in helpers]
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
        found.source = uniq(gave)
        found.target = [t for t in uniq(got) if t not in found.source]
        found.carried = False

    @staticmethod
    def _mediate_pattern() -> Pattern:
        return next(p for p in pattern_index()["посередник"] if p.mode == "mediate")

    def _share_addressee(self, s: int) -> None:
        """"У Кремлі назвали удари терористичними та пригрозили Києву відповіддю": verbs of verbal conflict
        joined by a coordinator, with one speaker, are aimed at one side; one with no target takes the other's.
        So are conflict nouns joined under one verb ("оголосило про відкликання посла з Бамако та закриття
        повітряного простору")."""
        told = [
            f for f in self.found
            if f.sentence == s and f.source and (
                plover_code(f.pattern.type, f.pattern.mode)[1] == "verbal conflict"
                if f.verbal else plover_code(f.pattern.type, f.pattern.mode)[1].endswith("conflict")
            )
        ]
        for found in told:
            if found.target:
                continue
            for other in told:
                if other is found or not other.target or set(other.source) != set(found.source) or other.verbal != found.verbal:
                    continue
                if other.pattern.type == "DEMAND" and all(map(self._international, other.target)):
                    continue  # ("засудило «хвилю репресій» й закликало ООН та ОБСЄ": a forum called on is no side)
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
        # (a charge brought without proof stays, to be recast as the speaker's rejection: see Finishing)
        self.found = [f for f in self.found if not (f.nested and f.sentence == s and not f.target and not self._without_proof(f))]

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






















def code_document(document: Document) -> Document:
    """Fill ``document.events`` and ``document.claims``."""
    if not document.tokens:
        document.events, document.claims = [], []
        return document
    events, claims = Coder(document).run()
    document.events = events
    document.claims = claims
    return document
