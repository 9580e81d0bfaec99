"""After the sentences: recasts that need the whole document (threats, refusals, troops on their own
ground), merging repeats of one event, and the numbered ``Event`` records.
"""

from __future__ import annotations

from litopys.doc import Event, Span
from litopys.events.patterns import country_adjectives, offices, plover_code
from litopys.events.phrases import QUOTES, Phrase
from litopys.events.records import (
    DEFENCE_MODES,
    REFUSED_WHEN_NEGATED,
    THREAT_TYPES,
    CoderState,
    Found,
    before_adjectives,
    is_finite_verb,
    uniq,
)

# Kinds of entity that speak as a government (a seat such as "Кремль" too). Not the entities stage's STATE_VOICES,
# which also holds a country: "Сербія протестує" may be its people in the street, "Белград протестує" is not.
GOVERNMENT_KINDS = frozenset({"capital", "seat", "government", "ministry", "embassy", "office"})


class Finishing(CoderState):
    """Mixed into ``Coder``."""

    def _drafted(self, found: Found) -> bool:
        """"винесе проєкт резолюції про нові санкції проти КНДР": sanctions a draft is about are proposed,
        so threatened, not imposed."""
        j = found.trigger - 1
        while j > 0 and self.tokens[j].pos == "ADJF":
            j -= 1
        if self.tokens[j].text.lower() != "про":
            return False
        return any(t.lemma in self.cues.draft_nouns for t in self.tokens[max(0, j - 3) : j])

    def _troops_arrive(self, found: Found) -> bool:
        """Whether who arrives are troops ("прибули ще 200 бійців", "підрозділи …, перші з яких прибудуть"):
        a troop noun as the subject of the visit's clause, or of the phrase a relative clause opens on."""
        first = self.doc.sentences[found.sentence].first_token
        left = found.clause[0]
        window = [*range(max(first, left - 10), found.trigger), *range(found.trigger + 1, min(found.clause[1], found.trigger + 8))]
        # ("тисячі єгипетських військових": a noun read first as an adjective names an armed force; not the
        # portfolio of an office: "Міністерка збройних сил Франції … прибула з візитом")
        return any(
            (t := self.tokens[k]).lemmas & self.cues.troop_nouns and t.cases & {"nomn", "gent"}
            and (t.pos == "NOUN" or k in self.mentions.at and t.has("NOUN")) and not self._office_portfolio(k)
            for k in window
        )

    def _office_portfolio(self, k: int) -> bool:
        """Whether the genitive at ``k`` names an office's field ("міністр збройних сил", "міністерка оборони")."""
        j = before_adjectives(self.tokens, k)
        return j >= 0 and self.tokens[j].lemma in offices()

    def _sent_into_other_country(self, found: Found) -> bool:
        """Whether forces were moved into another country named right after "до" ("перекинула до Росії"),
        not to a border or a region of the mover's own ("до кордону з Україною", "до Курської області")."""
        givers = {self._country(x) for x in found.source}
        lo, hi = found.clause
        for target in found.target:
            entity = self.doc.entity(target)
            if entity is None or entity.kind != "country" or self._country(target) in givers:
                continue
            k = next((k for k in range(lo, hi) if k in self.mentions.at and self.mentions.at[k][0] == target), None)
            if k is not None and k > 0 and self.tokens[k - 1].text.lower() == "до":
                return True
        return False

    def _one_more(self, found: Found) -> bool:
        """Whether an act is told as one more of its kind: "також"/"теж" by it or by the verb it hangs on,
        or "й" right before it ("розглядає й передачу")."""
        left, i = found.clause[0], found.trigger
        if self._also(i, left) or i - 2 >= left and self.tokens[i - 1].text.lower() in ("й", "і") and self.tokens[i - 2].pos in ("VERB", "INFN"):
            return True
        verb = None if found.verbal else self._governing_verb(i, left)
        return verb is not None and self._also(verb, left)

    def _own_ground(self, found: Found) -> bool:
        """Whether all of an aid's receivers are in its giver's own country."""
        givers = {self._country(x) for x in found.source}
        return bool(found.target) and all(self._country(x) in givers for x in found.target)

    def _told_before(self, found: Found, event_type: str, kept: list[tuple[Found, str, str | None]]) -> int | None:
        """Index of a kept event this one tells again, or None. The same event told twice: the same
        actors (or some of them) on the same date (a date taken from the document or the paragraph only
        fixes the month), or the same countries on the same dated day."""
        ids = frozenset(found.source + found.target)
        sides = self._country_sides(found)
        weak = found.date_source in (None, "dct", "narrative")
        here = self._towns_hit(found)
        for index, (other, other_type, _) in enumerate(kept):
            if other_type != event_type:
                continue
            if other.trigger == found.trigger and other.source != found.source:
                continue  # the two ways of one exchange
            if (
                event_type == "THREATEN" and other.sentence == found.sentence
                and (not (found.target and other.target) or self._country_sides(other) == sides)
                and sides[0] and self._country_sides(other)[0] == sides[0]
            ):
                return index  # "Морган попередив, що Вашингтон може запровадити санкції": the warning is that threat
            modes = {found.pattern.mode, other.pattern.mode}
            if len(modes & DEFENCE_MODES) == 1:
                continue  # "Росія атакувала Запоріжжя. ППО збила 40 дронів": the attack and the defence are two
            if len(modes) > 1 and (
                event_type in self.cues.distinct_mode_types
                or modes & self.cues.own_event_modes and not modes <= {"summon"} | self.cues.summons_with
            ):
                continue  # a truce and the release of hostages agreed with it are two acts; so are a summons and a charge
            if found.modality != other.modality and self._one_more(found):
                continue  # "Лондон нібито розглядає й передачу Києву ракет": one more act, not the last one told again
            if (
                found.pattern.mode == other.pattern.mode == "sign" and abs(found.sentence - other.sentence) > 1
                and self._document_signed(found) != self._document_signed(other)
            ):  # ("… підписали угоду. Документ підписали прем'єри": the next sentence tells the same one)
                continue  # "підписали декларацію про ексгумації … уклали угоду про виробництво": two documents
            if self._next_instance(found) != self._next_instance(other):
                continue  # "наступна зустріч … може відбутися": the next meeting is not the one that took place
            other_ids = frozenset(other.source + other.target)
            same_date = found.date == other.date
            either_weak = weak or other.date_source in (None, "dct", "narrative")
            same_month = bool(found.date and other.date and found.date[:7] == other.date[:7])
            undated = found.date is None or other.date is None
            # A visit and the meeting or talks held during it are two events.
            visit = "visit" in (found.pattern.mode, other.pattern.mode) and found.pattern.mode != other.pattern.mode
            if ids == other_ids and not visit and (same_date or either_weak and (same_month or undated)):
                return index
            # Fewer actors of the same event on the same day or in the same reported month.
            nested = ids and other_ids and (self._within(found, other) or self._within(other, found))
            if nested and not visit and (same_date or either_weak and same_month):
                return index
            strong_day = same_date and found.date and "dct" not in (found.date_source, other.date_source) and not (
                found.date_source == other.date_source == "narrative"
            )  # two acts told in a row on the story's day may well be two
            if strong_day and not visit and self._country_sides(other) == sides and not (
                event_type in ("FIGHT", "ASSAULT") and here and (there := self._towns_hit(other)) and not here & there
            ):
                return index  # (not two strikes on two towns: "атакували Покровськ … Того ж вівторка обстріляла Добропілля")
            # "Уряд Японії висловив протест Пхеньяну. Прем'єр Кісіда назвав запуск загрозою": one country's
            # reaction to one side, told by its bodies and leaders in the next sentences, is one event.
            # So is a denial and the spokesman's "не надав жодних доказів" in the next sentence.
            reaction = (
                ({found.pattern.mode, other.pattern.mode} <= self.cues.reaction_modes or event_type == "REJECT" and "deny" in modes)
                and abs(found.sentence - other.sentence) <= 1
            )
            other_sides = self._country_sides(other)
            same_sides = other_sides[0] == sides[0] and bool(sides[0]) and (
                other_sides[-1] <= sides[-1] or sides[-1] <= other_sides[-1]
            )  # one telling may leave the target out ("назвав їх провокацією")
            if reaction and either_weak and (same_date or undated) and same_sides:
                return index
            # "Україна та Молдова підписали угоду. Документ підписали прем'єри Шмигаль і Речан": the next
            # sentence names some of the same parties' people (one of them unplaced) for the same act.
            if (
                found.pattern.symmetric and other.pattern.symmetric and not visit and abs(found.sentence - other.sentence) <= 1
                and either_weak and (same_date or undated) and found.pattern.mode == other.pattern.mode
            ):
                mine, theirs = self._known_countries(found), self._known_countries(other)
                if mine and theirs and (mine <= theirs or theirs <= mine):
                    return index
        return None

    def _towns_hit(self, found: Found) -> set[str]:
        """The place an attack is told in and the towns and regions it is aimed at."""
        towns = {x for x in found.target if (entity := self.doc.entity(x)) is not None and entity.kind in ("city", "region")}
        return towns | {found.location} if found.location else towns

    def _document_signed(self, found: Found) -> str | None:
        """The noun right after a signing verb (past adjectives: "підписали спільну декларацію"): what was signed."""
        k = found.trigger + 1
        while k < found.clause[1] and self.tokens[k].pos == "ADJF":
            k += 1
        return self.tokens[k].lemma if k < found.clause[1] and self.tokens[k].pos == "NOUN" else None

    @staticmethod
    def _within(found: Found, other: Found) -> bool:
        """Whether ``found`` names some of ``other``'s actors, each on the same side ("Україна" that
        strikes back is not the "Україна" struck)."""
        if found.pattern.symmetric or other.pattern.symmetric:
            return set(found.source + found.target) <= set(other.source + other.target)
        return set(found.source) <= set(other.source) and set(found.target) <= set(other.target)

    def _country_sides(self, found: Found) -> tuple[frozenset[str], ...]:
        """Countries on each side; one set of participants for symmetric events."""
        if found.pattern.symmetric:
            return (frozenset(self._country(a) for a in found.source + found.target),)
        return frozenset(self._country(a) for a in found.source), frozenset(self._country(a) for a in found.target)

    def _decided(self, found: Found) -> bool:
        first = self.doc.sentences[found.sentence].first_token
        words = self.tokens[max(first, found.trigger - 4) : found.trigger]
        clause = max((k + 1 for k, t in enumerate(words) if t.pos == "PUNCT"), default=0)
        # (in its own clause: "який не став блокувати рішення, попередив" decided nothing)
        return any(t.lemma in self.cues.decision_words for t in words[clause:])

    def _unwilling(self, found: Found) -> bool:
        """A negated will or reason to talk before the trigger ("не планує", "не бачить підстав")."""
        left = found.clause[0]
        before = self.tokens[max(left, found.trigger - 8) : found.trigger]
        return any(
            t.lemma in self.cues.negation
            and any(u.lemma in self.cues.unwilling_when_negated for u in before[k + 1 : k + 3])
            for k, t in enumerate(before)
        )

    def _rejected_already(self, found: Found, kept: list[tuple[Found, str, str | None]]) -> bool:
        """Whether a rejection by ``found``'s side (or its speaker's) is already kept from its sentence."""
        own = {self._country(x) for x in found.source + found.attributed_to} - {None}
        return any(
            other.sentence == found.sentence and other_type == "REJECT" and own & {self._country(x) for x in other.source}
            for other, other_type, _ in kept
        )

    def _without_proof(self, found: Found) -> bool:
        """"Пєсков заявив, що Бухарест «не надав жодних доказів»": a charge someone says was brought with no
        proof (negated, its evidence right after the verb)."""
        words = self.tokens[found.trigger + 1 : min(found.clause[1], found.trigger + 4)]
        return (
            found.modality == "negated" and bool(found.attributed_to) and bool(found.source)
            and any(t.lemma in self.cues.no_evidence for t in words)
        )

    def _political(self, found: Found) -> bool:
        """A chronicle event needs a political actor: some participant with a country or an actor code
        (a person with no known affiliation hitting another in a story is not a FIGHT). Events with no
        named actor pass when their place has a country (a protest in a town the gazetteer does not place
        cannot be told apart from a non-political gathering)."""
        participants = found.source + found.target
        if not participants:
            place = self.doc.entity(found.location) if found.location else None
            return place is not None and bool(place.country or place.actor_code)
        return any(self._has_country(entity_id) for entity_id in participants)

    def _title_repeated(self, found: Found, event_type: str | None = None) -> bool:
        """A headline restates an event the body tells in full: keep the body's (dated, detailed) one."""
        sentences = self.doc.sentences
        if found.sentence != 0 or len(sentences) < 3 or sentences[1].paragraph == sentences[0].paragraph:
            return False
        countries = {self._country(a) for a in found.source + found.target}
        types = {found.pattern.type, event_type or found.pattern.type}  # as told, and as recast
        return any(
            other.sentence > 0
            and other.pattern.type in types
            and countries & {self._country(a) for a in other.source + other.target}
            for other in self.found
        )

    def _lend_title_sides(self, title: Found) -> None:
        """"США запровадили санкції проти Ірану" over "Мінфін США запровадив санкції проти 16 осіб і двох
        компаній": the body tells the event in full but may leave a side the headline names."""
        sources, targets = {self._country(a) for a in title.source} - {None}, {self._country(a) for a in title.target} - {None}
        for other in self.found:
            if other.sentence == 0 or other.pattern.type != title.pattern.type:
                continue
            # the same side on the same end ("Росія вдарила по Харкову" lends nothing to drones striking Russia)
            if not (sources & {self._country(a) for a in other.source} or targets & {self._country(a) for a in other.target}):
                continue
            if not other.target and title.target and not other.pattern.symmetric:
                other.target = [t for t in title.target if t not in other.source]
            if not other.source and title.source:
                other.source = [x for x in title.source if x not in other.target]
            return

    def _date_title(self, title: Found) -> None:
        """"Берлін пообіцяв Литві ще одну бригаду" over "Пісторіус у вівторок … пообіцяв, що Бундесвер
        розмістить у Литві …": a headline told by no body event of its type is dated by the first body event
        between the same sides, not by the day it was published."""
        sentences = self.doc.sentences
        if title.sentence != 0 or title.date_source not in (None, "dct") or len(sentences) < 3:
            return
        if sentences[1].paragraph == sentences[0].paragraph:
            return
        for other in self.found:
            if other.sentence == 0 or not other.date or other.date_source == "dct":
                continue
            if self._between_the_sides(title, other):
                title.date, title.date_source = other.date, "narrative"
                return
        # with none, the lead's day: the news a headline tells in the past is the one its first paragraph
        # dates ("Москва погрожує Кишиневу" in the present may come days after it)
        lead = next((f for f in self.found if f.sentence > 0 and f.date and f.date_source != "dct"), None)
        past = self.tokens[title.trigger].has("past")
        if past and lead is not None and self.doc.sentences[lead.sentence].paragraph == sentences[1].paragraph:
            title.date, title.date_source = lead.date, "narrative"

    def _between_the_sides(self, title: Found, other: Found) -> bool:
        """Whether a body event is between the headline's sides: source and target on the same ends, or, for a
        headline of participants ("Україна й Молдова підписали угоди"), two of its countries together."""
        if title.pattern.symmetric:
            together = set(map(self._country, title.source + title.target)) - {None}
            return len(together) >= 2 and len(together & set(map(self._country, other.source + other.target))) >= 2
        return bool(
            title.source and title.target
            and set(map(self._country, title.source)) & set(map(self._country, other.source))
            and set(map(self._country, title.target)) & set(map(self._country, other.target))
        )

    def finish(self) -> list[Event]:
        """Recast, merge repeats (keeping the telling with most actors) and number the events."""
        kept: list[tuple[Found, str, str | None]] = []
        promised: list[Found] = []  # aid promised: to come, but the promise is told as done for the words answering it
        agree_triggers = [(f.sentence, f.trigger) for f in self.found if f.pattern.type == "AGREE"]
        threat_triggers = [(f.sentence, f.trigger) for f in self.found if f.pattern.type in self.cues.threat_types]
        for found in self.found:
            event_type, mode = found.pattern.type, found.pattern.mode
            if event_type == "COOPERATE" and any(
                s == found.sentence and 0 < found.trigger - t <= 3 for s, t in agree_triggers
            ):
                continue  # "пообіцяли посилити співпрацю", "бажання зміцнювати співробітництво": one promise
            if (event_type, mode) == ("SUPPORT", "endorse") and any(
                s == found.sentence and 0 < t - found.trigger <= 4 for s, t in agree_triggers
            ):
                continue  # "проголосував за ратифікацію угоди з Україною": the ratification is the event
            threatened = any(s == found.sentence and 0 < found.trigger - t <= 3 for s, t in threat_triggers)
            # A planned act with its own date ("з 1 червня закриє пункти пропуску") is decided, not threatened.
            decided = found.modality == "future" and found.date_source == "explicit"
            # ("Варшава нібито розглядає закриття пункту пропуску": a restriction weighed stays that restriction,
            # as the references code it)
            decided = decided or event_type == "COERCE" and self._weighed(found)
            if threatened or event_type in THREAT_TYPES and not decided and (
                found.modality in ("future", "possible") or event_type != "SANCTION" and self._hedged_plan(found)
            ) or (event_type, mode, found.modality) == ("REJECT", "veto", "possible") or (
                event_type == "SANCTION" and self._drafted(found)
            ):
                if event_type == "SANCTION" and not found.source:
                    # "Вашингтон винесе проєкт резолюції про нові санкції": the one tabling the draft
                    verb = self._governing_verb(found.trigger, found.clause[0])
                    group = self.subject(found.sentence, verb, found.clause[0], verb, look_right=False) if verb is not None else None
                    doers = self.resolve(group) if group else list(found.attributed_to)  # "Лондон заявив, що внесе …"
                    found.source = [x for x in doers if x not in found.target]
                # "пригрозив заблокувати рішення ЄС", "може знову накласти вето": the act threatened is
                # the threat's content.
                event_type, mode = "THREATEN", mode or found.pattern.type.lower()
                if self._appeal(found):
                    # "пригрозили звернутися до Міжнародного суду ООН": the court is where the case would go; the
                    # threat is aimed at the side that wronged them
                    own = {self._country(x) for x in found.source}
                    blamed = next((
                        f.target for f in self._earlier(found)
                        if f.target and {self._country(x) for x in f.source} == own and not set(f.target) & set(found.target)
                    ), [])
                    aimed = self._who_acted_against(found.source) or blamed  # (or whom they just condemned)
                    found.target = [x for x in aimed if x not in found.source] or found.target
                found.target = found.target or self._condition_subject(found)
                teller = next(
                    (f for f in self.found if f.sentence == found.sentence and f.trigger < found.trigger
                     and f.pattern.type in self.cues.threat_types and f.source),
                    None,
                )
                own_side = teller is not None and {self._country(x) for x in found.source} <= {self._country(x) for x in teller.source}
                # (the teller's own act, "США пригрозили запровадити санкції", merges below and lends its mode)
                if teller is not None and own_side and set(found.source) != set(teller.source):
                    # "пригрозив, що армія зрівняє із землею квартали", "Фіцо пригрозив, що Братислава припинить
                    # поставки": the act threatened by the speaker's own side is the threat's content
                    teller.target = teller.target or list(found.target)
                    continue
            elif event_type == "COOPERATE" and found.modality == "future" and mode in ("cooperate", "diplomatic"):
                event_type, mode = "AGREE", "promise"  # "відновлять дипломатичні відносини": agreed, not yet done
            elif (event_type == "CONSULT" and mode != "mediate" and self._unwilling(found)) or (
                found.modality == "negated" and (
                    (event_type, mode) in REFUSED_WHEN_NEGATED or self.tokens[found.trigger].lemma in self.cues.refused_when_negated
                    or found.pattern.refusal
                    # "уряд не звільнить організаторів під жодним тиском", "не поступиться тиску": a concession or
                    # retreat that will not be made is refused (sanctions not eased stay a concession not made, as
                    # the references code them)
                    or event_type in ("CONCEDE", "RETREAT") and mode != "ease" and self.tokens[found.trigger].has("futr")
                )
            ):
                # "не бачить підстав для переговорів", "не підтримає це рішення": a refused talk or backing;
                # "«не має жодного стосунку» до пожежі": a denial, which answers someone or is none, and is the
                # rejection the sentence already told ("назвав звинувачення «абсурдними» і запевнив, що …")
                event_type, mode = "REJECT", "deny" if mode == "deny" else "reject"
                if found.pattern.refusal and self._rejected_already(found, kept):
                    continue  # ("відповів, що Сербія «не питатиме дозволу»": the answer is the one rejection)
                found.modality = "asserted"  # the refusal itself is told as a fact
            elif event_type == "CONSULT" and mode != "visit" and self._decided(found):
                event_type = "AGREE"  # "ухвалили рішення розпочати переговори": an agreement to talk
            elif (event_type, mode) == ("DISAPPROVE", "accuse") and self._without_proof(found):
                # "Пєсков заявив, що Бухарест «не надав жодних доказів»": the speaker rejects the unproven charge
                event_type, mode = "REJECT", "reject"
                found.source, found.target = list(found.attributed_to), list(found.source)
                found.modality = "asserted"
            elif (event_type, mode) == ("DEMAND", "insist") and self._insists_on_own_refusal(found):
                event_type, mode = "REJECT", "reject"  # "У Мадриді наполягають, що не змінюватимуть курсу під тиском"
            elif (event_type, mode) == ("DISAPPROVE", "warn") and self._warns_of_what_will_come(found):
                event_type, mode = "THREATEN", None  # "попередила, що Росія «не залишить без захисту» громадян"
            elif event_type == "DISAPPROVE" and mode == "accuse" and found.modality in ("future", "possible"):
                mode = "warn"
            elif (event_type, mode, found.modality) == ("DISAPPROVE", "accuse", "negated") and self._own_side_cleared(found):
                # "Речник МЗС КНР заявив, що Китай «ніколи не порушував» санкцій": a charge its own side denies is
                # the denial of whoever made it
                event_type, mode = "REJECT", "deny"
                found.target, found.modality = [], "asserted"
            elif event_type == "FIGHT" and found.target and all(self._unarmed(x) for x in found.target):
                event_type = "ASSAULT"  # "обстріляли конвой ООН": force against those who cannot fight back
            elif (event_type, mode) == ("CONSULT", "visit") and self._troops_arrive(found):
                event_type, mode = "AID", "military"  # "підрозділи резервних сил, перші з яких прибудуть до Абіджана"
                if found.source and self._own_ground(found):
                    event_type, mode = "MOBILIZE", "troops"
            elif (event_type == "AID" or (event_type, mode) == ("RETREAT", "release")) and found.modality in (
                "asserted", "possible"
            ) and self._offered(found):
                # "Сполучені Штати «готові надати Абуджі розвідувальні дані»", "Україна готова обміняти всіх полонених":
                # aid or an exchange one says one is ready for is an offer, an exchange to the other side (a report
                # that a side is "нібито готовий" to send it stays the aid reported)
                if event_type == "RETREAT":
                    found.target = found.target or self._counterpart(found.source)
                event_type, mode = "AGREE", "offer"
                found.modality = "asserted"
            elif (event_type, mode) == ("AGREE", "promise") and (aid := self._promised_aid(found)) is not None:
                # "пообіцяла до кінця травня надіслати Україні партію комплексів РЕБ": the aid promised, to come
                event_type, mode = "AID", aid.pattern.mode
                found.target = found.target or [x for x in aid.target if x not in found.source]
                promised.append(found)
            elif (event_type, mode) == ("AGREE", "promise") and (aid_mode := self._promised_aid_object(found)) is not None:
                event_type, mode = "AID", aid_mode  # "пообіцяв Тайбею допомогу": the aid itself, to come
                promised.append(found)
            elif event_type == "AID" and found.source and self._own_ground(found):
                event_type, mode = "MOBILIZE", "troops"  # "направила війська до Бєлгорода": its own ground
            elif (event_type, mode) == ("MOBILIZE", "troops") and found.source and self._sent_into_other_country(found):
                event_type, mode = "AID", "military"  # "КНДР перекинула до Росії ще шість тисяч військових"
            elif event_type == "COERCE" and mode in self.cues.civil_modes and self._civil(found.source):
                event_type = "PROTEST"  # hauliers blocking a border protest; a state blocking it coerces
            elif (
                (event_type, mode) == ("PROTEST", "demo") and self.tokens[found.trigger].lemma == "протестувати" and not found.carried
                and self._government_voice(found.source) and not self._named_after_prep(found)
            ):
                event_type, mode = "DISAPPROVE", "protest"  # "Токіо протестує": a government protests by note, not in the street
            if event_type == "PROTEST" and not found.source and any(
                t.lemma in self.cues.protester_nouns and t.has("nomn") for t in self.tokens[found.clause[0] : found.trigger]
            ):
                # "У понеділок увечері протестувальники знову зібралися біля парламенту": the people of the last protest
                earlier = next((f for f in self._earlier(found) if f.pattern.type == "PROTEST" and f.source), None)
                found.source = list(earlier.source) if earlier else []
            if event_type == "PROTEST" and found.source and not found.target:
                found.target = self._demanded_of(found)
            if event_type == "AID" and found.source and not found.target and found.modality != "negated":
                # "Польща й Румунія надали аварійну допомогу": help to no one named goes to the side the story is about
                found.target = self._counterpart(found.source)
            if event_type in self.cues.answering_types and (found.verbal or found.pattern.speaker_role == "source") and found.source and not found.target:
                # "Пєсков назвав рішення «легалізованою крадіжкою»", "Каллас засудила жорстоке придушення протесту":
                # words naming no one answer whoever of another side acted in the lines just before (a noun
                # its speaker says, "«стануть законними цілями»", is words too)
                found.target = (
                    # "Захарова звинуватила Прагу … Медведєв попередив, що склади … «стануть законними цілями»":
                    # a threat naming no one goes on at whom its side just aimed words or acts
                    event_type == "THREATEN" and self._own_side_last_aim(found)
                    # "У Брюсселі домовленість про обмін привітали": a deal welcomed is the deal's sides'
                    or event_type == "SUPPORT" and self._deal_parties(found)
                    # "Місія ООН попередила, що країна «стоїть на порозі … війни»": a warning is about whom its content names
                    or mode == "warn" and self._content_subject(found)
                ) or self._decision_maker(found) or self._named_later_in_clause(found) or self._referred_act_doer(found) or self._met_partner(found) or self._last_other_doer(found) or (
                    # (else a call or praise is to the country the story is about, not one on "партнерів" no one
                    # placed; a condemnation of "дезінформацію" in a story about Moldova is not of Moldova)
                    self._counterpart(found.source)
                    if event_type in ("DEMAND", "SUPPORT") and not self._unplaced_object(found) else []
                )
            if event_type == "AGREE" and not found.pattern.symmetric and found.source and not found.target:
                # "Анкара готова прийняти новий раунд переговорів": an offer to no one named is to the sides
                # of the talks the story tells of, the one offering aside (else, "Японія надасть гарантії за
                # кредитами": to the side the story is about)
                found.target = self._offered_by(found) or self._parties_of_talks(found) or self._counterpart(found.source)
            if event_type in ("COERCE", "SANCTION") and found.source and not found.target:
                # "Габон відкликав посла з Малабо і закрив пункт пропуску": a second measure in one breath is
                # aimed where the first was
                found.target = self._sibling_target(found)
            if (event_type, mode) == ("RETREAT", "release") and found.source and not found.target:
                # "Коломбо нібито готове звільнити рибалок": the ones freed are those its side detained
                found.target = self._detained_by(found)
            if event_type == "REJECT" and mode != "veto" and (found.verbal or mode == "deny") and found.source and not found.target:
                # "Кремль відкинув звинувачення", "Каракас відкинув закиди": the side whose words or acts
                # against it were told just before
                found.target = self._last_aimed_at(found)
            if mode == "deny" and found.source and (reported := self._reported_act_hit(found)):
                # "За даними NHK, Пекін нібито призупинив ліцензії японським компаніям. У міністерстві комерції КНР ці
                # повідомлення заперечили": a report of one's own act denied answers the side the act would hit
                found.target = reported
            if mode == "deny" and found.source and not found.target and any(
                t.lemma in self.cues.hostile_act_nouns
                for t in self.tokens[found.trigger + 1 : self.doc.sentences[found.sentence].last_token]
            ):
                # "В Ісламабаді заперечують, що під удари потрапили цивільні": the side its own strikes hit
                found.target = self._hit_by(found.source, before=found)
            if mode == "deny" and found.source and not found.target and self._claim_about_own_side(found):
                # "Що деталі дронів мали російського одержувача, у Москві заперечують": a claim about the denier's
                # own side that no one told before is the story's other side's
                found.target = self._counterpart(found.source)
            if mode in ("deny", "rebuff") and (
                not found.target or found.modality == "negated"
                or any(t.lemma in found.pattern.without_lemmas for t in self.tokens[found.clause[0] : found.trigger])
                or not found.verbal and self._rejected_already(found, kept)
            ):
                # "Білорусь заперечує, що постачає …" with no one accusing, "не заперечувала", and the words that
                # rule the pattern out told before it ("відповідальність за загибель цивільних заперечують");
                # "назвав звинувачення «абсурдними» і запевнив, що Росія «не має жодного стосунку»": one rejection
                continue
            if event_type == "CONSULT" and not found.verbal and (speaker := self._speaker_at_own_meeting(found)):
                # "За його словами, на зустрічі з міністром КНР … китайська сторона відмовилася": a meeting whose
                # only sides named are of one country was with the one who tells of it
                found.source = speaker
            if event_type == "SANCTION" and not found.source and found.modality in ("hedged", "possible"):
                continue  # ("адміністрація нібито вже готує санкції проти суддів": a plan reported of no side named)
            if self._title_repeated(found, event_type):
                self._lend_title_sides(found)
                continue
            self._date_title(found)
            if not self._political(found):
                continue
            index = self._told_before(found, event_type, kept)
            if index is None:
                struck = [x for x in found.target if self._has_country(x)]
                if event_type in ("FIGHT", "ASSAULT") and not found.source and struck:
                    # "У ніч на середу ворожі дрони атакували Запоріжжя", told once: a strike with no attacker
                    # is by the side that strikes that country elsewhere in the story, else its other side
                    found.source = self._usual_attacker(found) or [
                        x for x in self._counterpart(struck) if self._at_odds(x, struck)
                    ]  # (not a side that only helps the one struck: "Руанда перекидає нові війська" to Mozambique)
                kept.append((found, event_type, mode))
            elif len(set(found.source + found.target)) > len(set(kept[index][0].source + kept[index][0].target)):
                kept[index] = (found, event_type, mode)
            elif kept[index][2] == "threaten":  # "пригрозили запровадити санкції": a threat of sanctions
                kept[index] = (kept[index][0], event_type, mode)
        for found in promised:
            found.modality = "future"
        for found, event_type, mode in kept:
            if (event_type, mode) in (("COERCE", "arrest"), ("COERCE", "disperse")) and found.source and not any(
                map(self._has_country, found.target)
            ) and self._protesters_held(found):
                # "правоохоронці затримали 63 учасників погромів": a state's force against protesters or rioters acts
                # on its own people
                found.target = self._own_state(found.source) or found.target
            if event_type in self.cues.aimed_at_other_side_types and found.source and not any(map(self._has_country, found.target)) and any(
                map(self._has_country, found.source)
            ):
                # "Того ж дня прикордонний перехід у Гогі закрили", "BGB перекинула два батальйони": an act
                # aimed at no one named (or only at places or people no gazetteer puts in a country: "затримали
                # жителів села Кірбалі"), when no act told before says at whom, is aimed at the other side of the story.
                # Last, so that a guess never merges two events.
                found.target = self._counterpart(found.source)
        kept.sort(key=lambda item: item[0].trigger)
        return [self._event(n, found, event_type, mode) for n, (found, event_type, mode) in enumerate(kept, 1)]

    def _protesters_held(self, found: Found) -> bool:
        """Whether the ones an arrest or dispersal acts on are protesters, rioters or a protest's members
        ("демонстрантів", "учасників погромів", "учасників акції")."""
        words = self.tokens[found.trigger + 1 : found.clause[1]]
        return any(t.lemmas & (self.cues.protester_nouns | self.cues.rioter_nouns) for t in words) or any(
            word.lemmas & self.cues.participant_nouns and after.lemmas & self.cues.protest_nouns
            for word, after in zip(words, words[1:], strict=False)
        )

    def _weighed(self, found: Found) -> bool:
        """Whether a verb of weighing ("розглядає", "обмірковує") governs the trigger, up to three words before it."""
        before = self.tokens[max(found.clause[0], found.trigger - 3) : found.trigger + 1]
        return any(t.lemma in self.cues.weighing_verbs for t in before)

    def _own_side_cleared(self, found: Found) -> bool:
        """Whether a charge told as not so is one the speaker makes of its own country ("Китай не порушував")."""
        own = {self._country(x) for x in found.source} - {None}
        return bool(own) and {self._country(x) for x in found.target} == own

    def _speaker_at_own_meeting(self, found: Found) -> list[str]:
        """The actors ``found`` is attributed to, of another country, when its two or more named sides are all
        of one."""
        countries = {self._country(x) for x in found.source + found.target}
        if len(countries) != 1 or None in countries or len(set(found.source + found.target)) < 2:
            return []  # (one side alone, "завдяки посередництву Катару", is no meeting with oneself)
        return [x for x in found.attributed_to if self._has_country(x) and self._country(x) not in countries]

    def _demanded_of(self, found: Found) -> list[str]:
        """"вийшли на мітинг у Бургасі, вимагаючи від уряду письмових гарантій": whom a protest demands of."""
        sentence = self.doc.sentences[found.sentence]
        for k in range(found.trigger + 1, sentence.last_token - 2):
            if self.tokens[k].text.lower().startswith("вимага") and self.tokens[k + 1].text.lower() == "від":  # (the gerund too)
                phrase = next((p for p in self.phrases[found.sentence] if p.first == k + 2), None)
                return [x for x in self.resolve([phrase], exclude=found.source) if x not in found.source] if phrase else []
        return []

    def _unplaced_object(self, found: Found) -> bool:
        """Whether a noun right after the trigger, past adjectives, names people or bodies the text does not
        place ("закликав партнерів закрити кордони")."""
        k = found.trigger + 1
        while k < found.clause[1] and self.tokens[k].pos == "ADJF":
            k += 1
        if k >= found.clause[1] or k in self.mentions.at:
            return False
        token = self.tokens[k]
        return token.pos == "NOUN" and "anim" in token.tags and bool(token.cases & {"accs", "datv"})

    def _claim_about_own_side(self, found: Found) -> bool:
        """Whether the sentence of a denial names the denier's own country by an adjective ("російського
        одержувача" denied in Moscow)."""
        own = {self._country(x) for x in found.source} - {None}
        sentence = self.doc.sentences[found.sentence]
        adjectives = country_adjectives()
        return any(
            not t.is_capitalised and adjectives.get(t.lemma) in own for t in self.tokens[sentence.first_token : sentence.last_token]
        )

    def _offered_by(self, found: Found) -> list[str]:
        """"Баку запрошення вже прийняв": an invitation or offer taken up is agreed to with whoever made it to
        the source's side, told before."""
        if found.pattern.mode != "agree" or found.pattern.symmetric:
            return []  # (the one-sided "agree" is an offer taken up: patterns.yaml, "прийняти запрошення")
        own = {self._country(x) for x in found.source} - {None}
        for f in self._earlier(found):
            if f.pattern.type == "AGREE" and f.pattern.mode in ("invite", "offer", "propose") and f.source and (
                own & {self._country(x) for x in f.target}
            ):
                return [x for x in f.source if x not in found.source]
        return []

    def _parties_of_talks(self, found: Found) -> list[str]:
        """The parties of the latest talks, meeting or deal told before ``found`` that two or more countries
        besides its source's held."""
        own = {self._country(x) for x in found.source} - {None}
        for f in self._earlier(found):
            if f.pattern.type not in ("CONSULT", "AGREE"):
                continue
            # (the host of the talks offering to go on hosting them is not one of their sides)
            parties = uniq(
                [x for g in self.told_with(f) for x in g.source + g.target if self._has_country(x) and self._country(x) not in own]
            )
            if len({self._country(x) for x in parties}) >= 2:
                return parties
        return []

    def _last_aimed_at(self, found: Found) -> list[str]:
        """Who of another side aimed the latest act at ``found``'s source, in its sentence or the six before."""
        own = {self._country(x) for x in found.source} - {None}
        earlier = [
            f for f in self._earlier(found)
            if found.sentence - 6 <= f.sentence and f.modality in ("asserted", "hedged") and own & {self._country(x) for x in f.target}
            and any(map(self._has_country, f.source)) and not own & {self._country(x) for x in f.source}
        ]
        # (an act of conflict first: "Альбарес відповів, що Мадрид «не прийматиме уроків»" answers the embassy
        # that warned Madrid, not the minister who thanked it since)
        conflict = [f for f in earlier if plover_code(f.pattern.type, f.pattern.mode)[1].endswith("conflict")]
        aimed = (conflict or earlier)[0] if earlier else None
        return [x for x in aimed.source if self._has_country(x)][:1] if aimed else []

    def _sibling_target(self, found: Found) -> list[str]:
        """The target of the hostile act its source told just before in the same sentence."""
        sibling = next((
            f for f in self._earlier(found) if f.sentence == found.sentence and f.source == found.source
            and plover_code(f.pattern.type, f.pattern.mode)[1].endswith("conflict") and any(map(self._has_country, f.target))
        ), None)
        return [x for x in sibling.target if self._has_country(x)] if sibling else []

    def _detained_by(self, found: Found) -> list[str]:
        """Whom ``found``'s side detained in the latest arrest told before it."""
        own = {self._country(x) for x in found.source} - {None}
        arrest = next((
            f for f in self._earlier(found) if (f.pattern.type, f.pattern.mode) == ("COERCE", "arrest")
            and own & {self._country(x) for x in f.source} and any(map(self._has_country, f.target))
        ), None)
        return [x for x in arrest.target if self._has_country(x)] if arrest else []

    def _insists_on_own_refusal(self, found: Found) -> bool:
        """Whether "наполягає, що …" goes on with what the speaker's side will not do, no other subject named
        before the negated future verb ("наполягають, що не змінюватимуть курсу"): a refusal, not a demand."""
        sentence = self.doc.sentences[found.sentence]
        that = self._content_clause_start(found.trigger, sentence.last_token)
        if that is None:
            return False
        verb = next((k for k in range(that + 1, sentence.last_token) if is_finite_verb(self.tokens[k])), None)
        if verb is None or not self.tokens[verb].has("futr") or self.tokens[verb - 1].lemma != "не":
            return False
        own = {self._country(x) for x in found.source} - {None}
        named = [p for p in self.phrases[found.sentence] if that < p.first < verb and p.prep is None and "nomn" in p.cases and p.entities]
        return all(own & {self._country(x) for x in p.entities} for p in named)

    def _reported_act_hit(self, found: Found) -> list[str]:
        """Whom the act of ``found``'s side reported (hedged or attributed) in the two sentences before would hit,
        when the denial names the report ("ці повідомлення", "цю інформацію"); else []."""
        clause = self.tokens[found.clause[0] : found.clause[1]]
        if not any(t.lemma in self.cues.claim_nouns for t in clause):
            return []
        own = {self._country(x) for x in found.source} - {None}
        act = next((
            f for f in self._earlier(found)
            if f.sentence >= found.sentence - 2 and (f.modality == "hedged" or f.attributed_to) and own & {self._country(x) for x in f.source}
        ), None)
        return [x for x in act.target if self._has_country(x) and self._country(x) not in own][:1] if act else []

    def _named_after_prep(self, found: Found) -> bool:
        """Whether the source is named in the event's sentence only after a preposition ("У Тбілісі тисячі
        людей протестують": the place of a street protest, not a government speaking)."""
        sentence = self.doc.sentences[found.sentence]
        firsts = [k for k in range(sentence.first_token, sentence.last_token) if self.mentions.at.get(k, ("",))[0] in found.source
                  and self.mentions.at[k][1] == k]
        return bool(firsts) and all(k > 0 and self.tokens[k - 1].has("PREP") for k in firsts)

    def _government_voice(self, ids: list[str]) -> bool:
        """Whether every one of ``ids`` is a government speaking: a capital or seat, a government body or a
        person holding a state office."""
        entities = [self.doc.entity(x) for x in ids]
        return bool(entities) and all(
            e is not None and (e.kind in GOVERNMENT_KINDS or e.type == "PERS" and e.actor_code and e.actor_code.endswith("GOV"))
            for e in entities
        )

    def _warns_of_what_will_come(self, found: Found) -> bool:
        """"попередив, що …" whose clause tells what will (or may) come: a consequence, a threat; so does a warning
        of an intent ("Про намір ударити по нафтовому експорту президент попереджав")."""
        sentence = self.doc.sentences[found.sentence]
        near = self.tokens[max(sentence.first_token, found.trigger - 10) : min(sentence.last_token, found.trigger + 4)]
        if any(a.lemma == "про" and b.lemma in self.cues.intent_nouns for a, b in zip(near, near[1:], strict=False)):
            return True
        that = next(
            # ("попередив: якщо Маніла продовжить провокації, Китай ужиє заходів": the colon opens it too)
            # (past the one warned: "попередив Центральний банк Іраку, що …")
            (k for k in range(found.trigger + 1, min(sentence.last_token, found.trigger + 8)) if self.tokens[k].lemma == "що"
             or self.tokens[k].text == ":"), None
        )
        if that is None:
            return False
        end = next(
            (k for k in range(that + 1, sentence.last_token) if self.tokens[k].lemma == "що" or self.tokens[k].text == ";"),
            sentence.last_token,
        )
        clause = self.tokens[that + 1 : end]
        if any(t.lemma in self.cues.possible for t in clause):
            return True  # "наступним кроком може стати призупинення безвізу"
        inside = [f for f in self.found if f.sentence == found.sentence and that < f.trigger < end]
        told_inside = bool(inside)
        if any(f.pattern.type == "THREATEN" for f in inside):
            return True  # "попередив, що склади «стануть законними цілями»": the warning is the threat told in it
        condition = next((k for k, t in enumerate(clause) if t.lemma in self.cues.condition_conjunctions), None)
        if not told_inside and condition is not None and any(
            self.cues.referred_types.get(t.lemma) in THREAT_TYPES for t in clause[:condition]
        ):  # (the consequence's words, not the condition's: "ціни зростуть, якщо Росія не припинить удари")
            # "нові обмеження не забаряться, якщо потік людей не зупиниться": a sanction on a condition, told by
            # no verb of its own (one that is, "запровадить санкції, якщо …", is the threat itself)
            return True
        # what the speaker's own side will do ("Росія «не залишить без захисту» своїх громадян"), not what a
        # decision or a deal will bring ("дозвіл … означатиме пряму участь НАТО": a warning of risks)
        own = {self._country(x) for x in found.source} - {None}
        # (the consequence, not its condition: "що обмежить йому доступ …, якщо Багдад не зупинить …")
        clause = clause[:condition] if condition is not None else clause
        end = that + 1 + len(clause)
        doer = next((p for p in self.phrases[found.sentence] if p.first > that and p.last <= end and p.entities), None)
        # (an act refused, "Вільнюс не пропускатиме добрива", is no threat; "не залишить без захисту" is)
        refused = any(t.lemma == "не" for t in clause) and not any(t.lemma == "без" for t in clause)
        verb = next((k for k, t in enumerate(clause, that + 1) if is_finite_verb(t)), None)
        if refused and verb is not None and self.tokens[verb].lemma in self.cues.prevention_verbs and self.tokens[verb].has("futr"):
            # "попередила Ізраїль, що не дозволить «розчленувати Сирію»": the speaker (named or left out) will stop it
            return doer is None or doer.first > verb or bool(own & {self._country(x) for x in doer.entities})
        # "Мінфін попередив банк, що обмежить йому доступ": a future act with its subject left out is the speaker's
        unnamed = verb is not None and self.tokens[verb].lemma != "бути" and not self.tokens[verb].has("plur") and not any(
            p.prep is None and "nomn" in p.cases and that < p.first < verb for p in self.phrases[found.sentence]
        ) and not any(t.pos == "NOUN" and t.has("nomn") for t in self.tokens[that + 1 : verb])
        return bool(
            (doer and own & {self._country(x) for x in doer.entities} or unnamed) and not refused
            # ("Вашингтон готовий запровадити санкції": ready to act is a future act too)
            and any(t.has("futr") and not t.has("pres") or t.lemma in self.cues.modal_adjectives for t in clause)
        )

    def _at_odds(self, actor: str, others: list[str]) -> bool:
        """Whether the story tells a hostile act, threat or charge between ``actor``'s country and ``others``'."""
        mine, theirs = {self._country(actor)}, {self._country(x) for x in others}
        hostile = THREAT_TYPES | {"DISAPPROVE", "SANCTION", "REJECT", "PROTEST"}
        return any(
            f.pattern.type in hostile and (
                mine & {self._country(x) for x in f.source} and theirs & {self._country(x) for x in f.target}
                or theirs & {self._country(x) for x in f.source} and mine & {self._country(x) for x in f.target}
            )
            for f in self.found
        )

    def _usual_attacker(self, found: Found) -> list[str]:
        """The side that the story's other strikes and attacks on ``found``'s target country come from most."""
        struck = {self._country(x) for x in found.target if self._has_country(x)}
        counts: dict[str, int] = {}
        first: dict[str, str] = {}
        for f in self.found:
            if f is found or f.pattern.type not in ("FIGHT", "ASSAULT") or not struck & {self._country(x) for x in f.target}:
                continue
            for x in f.source:
                country = self._country(x)
                if self._has_country(x) and country not in struck:
                    counts[country] = counts.get(country, 0) + 1
                    first.setdefault(country, x)
        return [first[max(counts, key=lambda c: counts[c])]] if counts else []

    def _referred_act_doer(self, found: Found) -> list[str]:
        """"висловив «глибоку стурбованість» ударами по портовій інфраструктурі": words about an act named by
        its noun (a strike, an arrest, a sanction) are aimed at whoever of another side did the last such act."""
        own = {self._country(x) for x in found.source} - {None}
        right = min(found.clause[1], found.trigger + 8)
        hostile = THREAT_TYPES | {"incursion"}  # ("назвав інцидент провокацією": a strike or an incursion)
        wanted = next(
            (
                hostile if t.lemma in self.cues.incident_nouns else {self.cues.referred_types[t.lemma]}
                for t in self.tokens[found.trigger + 1 : right]
                if t.lemma in self.cues.referred_types or t.lemma in self.cues.incident_nouns
            ),
            None,
        )
        if wanted is None or wanted & self.cues.answering_types:
            return []
        for f in self._earlier(found):
            if f.sentence < found.sentence - 15:
                continue
            if (
                (f.pattern.type in wanted or f.pattern.mode in wanted) and f.pattern.mode not in DEFENCE_MODES and f.modality in ("asserted", "hedged")
                and any(map(self._has_country, f.source))
            ):  # ("назвав інцидент провокацією": the attack, not the air defence that met it)
                # (insurgents of the speaker's own country too: "Президент Нігерії назвав напад ISWAP злочином")
                doers = [x for x in f.source if self._has_country(x) and (self._country(x) not in own or self._insurgent(x))]
                if doers:
                    return doers[:1]
        return []

    def _offered(self, found: Found) -> bool:
        """Whether an infinitive trigger hangs on "готовий" right before it ("готові надати", "готова й надалі
        передавати")."""
        k = found.trigger - 1
        while k > found.clause[0] and (self.tokens[k].pos in ("ADVB", "PRCL", "CONJ") or self.tokens[k].text in QUOTES):
            k -= 1
        return "infn" in self.tokens[found.trigger].tags and "готовий" in self.tokens[k].lemmas

    def _decision_maker(self, found: Found) -> list[str]:
        """"Сеул ухвалив рішення передати Україні снаряди … ЦТАК назвало рішення «актом ворожості»": words
        about a decision, its object, are aimed at whoever of another side made the last decision told."""
        noun = found.trigger + 1
        while noun < found.clause[1] and self.tokens[noun].pos == "ADJF":
            noun += 1  # ("привітав це рішення")
        owners = 1
        if noun >= found.clause[1] or self.tokens[noun].lemma not in self.cues.decision_nouns:
            # ("США та Британія рішення привітали", "Єврокомісія рішення двох столиць привітала": put before it,
            # past the deciders it names; two counted, the last two deciders of two countries)
            noun = found.trigger - 1
            while (
                noun > found.clause[0] and self.tokens[noun].lemma not in self.cues.decision_nouns
                and self.tokens[noun].pos in ("ADJF", "NUMR", "NOUN") and self.tokens[noun].has("gent")
            ):
                noun -= 1
            if self.tokens[noun].lemma not in self.cues.decision_nouns or not self.tokens[noun].has("accs"):
                return []
            owners = 2 if any(t.lemma in self.cues.pair_numerals for t in self.tokens[noun + 1 : found.trigger]) else 1
        own = {self._country(x) for x in found.source} - {None}
        deciders: list[str] = []
        for f in self._earlier(found):
            # (words about a decision are no decision: "У Москві обидва рішення засудили")
            decided = f.pattern.type not in self.cues.answering_types and (
                self._decided(f) or self.tokens[f.trigger].lemma in self.cues.deciding_verbs
            )
            if f.sentence >= found.sentence - 15 and f.modality != "negated" and decided:
                told = {self._country(x) for x in deciders}
                deciders += [x for x in f.source if self._has_country(x) and self._country(x) not in own | told][:1]
                if len(deciders) == owners:
                    return deciders
        return deciders[:1]

    def _named_later_in_clause(self, found: Found) -> list[str]:
        """Actors of another country named after the trigger in its own clause, past what the frame took
        ("похвалив «конструктивний діалог» із Вашингтоном"); not the object of an act called for ("закликав
        ухвалити пакет обмежень проти Росії") nor a document's owner ("порушенням резолюцій Радбезу ООН")."""

        def called_for_or_owner(phrase: Phrase) -> bool:
            # (nor the subject of a clause ", а" opens: "назвав відкриття кордону «кроком», а Єврокомісія пообіцяла")
            if self._contrast_between(found.trigger, phrase.first + 1):
                return True
            return any("infn" in t.tags for t in self.tokens[found.trigger + 1 : phrase.first]) or (
                phrase.prep is None and self.tokens[phrase.first - 1].pos == "NOUN" and "gent" in phrase.cases
            )

        def forum_called_on(phrase: Phrase) -> bool:
            # ("засудило «хвилю репресій» й закликало ООН та ОБСЄ": an international body a verb conjoined after it
            # calls on is a forum, no side; "привітав домовленість і закликав Нью-Делі та Ісламабад" names the sides)
            return all(map(self._international, phrase.entities)) and any(
                t.pos == "VERB" and is_finite_verb(t) for t in self.tokens[found.trigger + 1 : phrase.first]
            ) and not called_for_or_owner(phrase)

        return self._other_side_named_after(
            found.sentence, found.trigger, found.source, end=found.clause[1], stop=called_for_or_owner, skip=forum_called_on
        )

    def _promised_aid(self, found: Found) -> Found | None:
        """The aid a promise verb governs as an infinitive ("пообіцяв передати Україні ракети"); None for other
        promises, and for a content clause ("пообіцяв, що передасть …"), whose aid is coded on its own."""
        sentence = self.doc.sentences[found.sentence]
        if self.tokens[found.trigger].lemma not in self.cues.promise_verbs or self._content_clause_start(found.trigger, sentence.last_token):
            return None
        inner = self._embedded_act(found.sentence, found.trigger)
        return inner if inner is not None and inner.pattern.type == "AID" else None

    def _promised_aid_object(self, found: Found) -> str | None:
        """The kind of aid a promise verb takes as its object, past the receiver and adjectives ("пообіцяв
        Тайбею допомогу", "пообіцяли Кишиневу військову допомогу"), or None."""
        if self.tokens[found.trigger].lemma not in self.cues.promise_verbs:
            return None
        kind = None
        for k in range(found.trigger + 1, min(found.clause[1], found.trigger + 6)):
            token = self.tokens[k]
            if token.lemma in self.cues.promised_aid_nouns and "accs" in token.cases:
                return kind or self.cues.promised_aid_nouns[token.lemma]
            if token.pos == "ADJF":
                kind = kind or self.cues.promised_aid_adjectives.get(token.lemma)
            elif not (k in self.mentions.at or token.pos in ("ADVB", "PRCL")):
                return None
        return None

    def _met_partner(self, found: Found) -> list[str]:
        """"Зеленський зустрівся з держсекретарем США. Український лідер попросив пришвидшити постачання":
        words naming no one, told in the lines right after a meeting of their speaker's side, are to the
        other side of that meeting."""
        own = {self._country(x) for x in found.source} - {None}
        paragraph = self.doc.sentences[found.sentence].paragraph
        for f in self._earlier(found):
            if f.sentence < found.sentence - 2 or self.doc.sentences[f.sentence].paragraph != paragraph:
                return []
            if f.pattern.type != "CONSULT" or f.modality not in ("asserted", "hedged"):
                continue
            sides = {self._country(x) for x in f.source + f.target} - {None}
            if own and own < sides:
                return [x for x in f.source + f.target if self._has_country(x) and self._country(x) not in own]
        return []

    def _deal_parties(self, found: Found) -> list[str]:
        """The sides of the latest agreement told before ``found``, when its clause names a deal."""
        if not any(t.lemma in self.cues.deal_nouns for t in self.tokens[found.clause[0] : found.clause[1]]):
            return []
        own = {self._country(x) for x in found.source} - {None}
        deal = next(
            (f for f in self._earlier(found) if f.pattern.type == "AGREE" and f.pattern.symmetric and f.sentence >= found.sentence - 15),
            None,
        )
        if deal is None:
            return []
        return [x for x in uniq(deal.source + deal.target) if self._has_country(x) and self._country(x) not in own]

    def _content_subject(self, found: Found) -> list[str]:
        """The subject of the content clause right after ``found``'s trigger ("…, що країна …"), resolved; not
        its speaker's own side."""
        last = self.doc.sentences[found.sentence].last_token
        that = self._content_clause_start(found.trigger, last)
        verb = next((k for k in range(that + 1, last) if is_finite_verb(self.tokens[k])), None) if that is not None else None
        group = verb is not None and self.subject(found.sentence, verb, that + 1, verb, look_right=False)
        if not group:
            return []
        own = {self._country(x) for x in found.source} - {None}
        return [x for x in self.resolve(group) if self._has_country(x) and self._country(x) not in own]

    def _own_side_last_aim(self, found: Found) -> list[str]:
        """Whom ``found``'s side aimed its latest hostile words or act at, in the two sentences before (one of its
        own sentence is a part of the same threat: "погрожував ветувати пакет, якщо …")."""
        own = {self._country(x) for x in found.source} - {None}
        for f in self._earlier(found):
            if f.sentence < found.sentence - 2:
                return []
            if f.sentence < found.sentence and (
                f.modality in ("asserted", "hedged") and own & {self._country(x) for x in f.source}
                and plover_code(f.pattern.type, f.pattern.mode)[1].endswith("conflict")
            ):
                aimed = [x for x in f.target if self._has_country(x) and self._country(x) not in own]
                if aimed:
                    return aimed
        return []

    def _last_other_doer(self, found: Found) -> list[str]:
        """Who did the latest act told before ``found``, in its sentence or the two before, by a side other
        than its source's."""
        own = {self._country(x) for x in found.source} - {None}

        def acted(f: Found, since: int, words: bool) -> bool:
            return (
                since <= f.sentence and f.modality in ("asserted", "hedged") and any(map(self._has_country, f.source))
                and not own & {self._country(x) for x in f.source}
                and (words or f.pattern.type not in self.cues.answering_types | {"REJECT"})
            )

        # an act done (a decision, a law, a strike) before other sides' words about it
        earlier = next((f for f in self._earlier(found) if acted(f, found.sentence - 4, words=False)), None) or next(
            (f for f in self._earlier(found) if acted(f, found.sentence - 2, words=True)), None
        )
        return [x for x in earlier.source if self._has_country(x)][:1] if earlier else []

    def _condition_subject(self, found: Found) -> list[str]:
        """Who must act to avoid a threat: the subject of its condition ("…, якщо українська влада не
        виконає вимог", "поки Москва не виведе війська")."""
        # (the condition may come first: "якщо Іран наблизиться до бомби, Ізраїль завдасть удару")
        first = self.doc.sentences[found.sentence].first_token
        return [
            x for x in self._condition_subject_in(found.sentence, found.trigger + 1) or self._condition_subject_in(found.sentence, first, found.trigger)
            if x not in found.source
        ]

    def _condition_subject_in(self, s: int, start: int, last: int | None = None) -> list[str]:
        """The subject of the first condition clause of sentence ``s`` from token ``start`` on, resolved."""
        last = self.doc.sentences[s].last_token if last is None else last
        for k in range(start, last):
            if self.tokens[k].text.lower() not in self.cues.condition_conjunctions:
                continue
            verb = next((j for j in range(k + 1, last) if is_finite_verb(self.tokens[j])), None)
            group = verb is not None and self.subject(s, verb, k + 1, verb, look_right=False)
            if group:
                return self.resolve(group)
            # "…, якщо атаки на торговельні судна не припиняться": whoever made the attacks named
            attack = next((t for t in self.tokens[k + 1 : verb or last] if self.cues.referred_types.get(t.lemma) in THREAT_TYPES), None)
            if attack is not None:
                kind = self.cues.referred_types[attack.lemma]
                struck = self._latest(lambda f, kind=kind: f.pattern.type == kind and f.source)
                return list(struck.source) if struck else []
            return []
        return []

    def _event(self, n: int, found: Found, event_type: str, mode: str | None) -> Event:
        cameo, quad, intensity = plover_code(event_type, mode)
        token = self.tokens[found.trigger]
        left, right = found.clause
        text_start = self.tokens[left].start
        text_end = self.tokens[max(left, right - 1)].end
        confidence = 0.4 + (0.25 if found.source else 0) + (0.25 if found.target else 0) - (0.1 if found.carried else 0)
        return Event(
            id=f"ev{n}",
            type=event_type,
            mode=mode,
            source=found.source,
            target=found.target,
            date=found.date,
            date_source=found.date_source,
            location=found.location,
            modality=found.modality,
            attributed_to=found.attributed_to,
            sentence=found.sentence,
            trigger=Span(token.start, token.end, token.text),
            quad=quad,
            cameo=cameo,
            intensity=intensity,
            confidence=round(min(0.95, max(0.05, confidence)), 2),
            text=self.doc.text[text_start:text_end],
        )
