"""Who did it and to whom: phrases resolved to actors (pronouns, anaphors, the last country named), the
subject that agrees with the verb, objects by case frame, and the owner of a noun.
"""

from __future__ import annotations

from collections.abc import Callable

from litopys.doc import Token
from litopys.events.patterns import Arg, country_adjectives, office_bodies, offices, plover_code
from litopys.events.phrases import GENDERS, QUOTES, Phrase, apposition_heads, before_quotes, canonical_prep, is_prep
from litopys.events.records import (
    DASHES,
    DEFENCE_MODES,
    OBJECT_WINDOW,
    THREAT_TYPES,
    CoderState,
    Found,
    before_adjectives,
    is_finite_verb,
    uniq,
    verb_reading,
)
from litopys.language import NAME_TAGS, lemma_of


class ArgumentFinding(CoderState):
    """Mixed into ``Coder``."""

    def group_of(self, sentence: int, phrase: Phrase, from_start: bool = True) -> list[Phrase]:
        members = [p for p in self.phrases[sentence] if p.group == phrase.group]
        return [p for p in members if p.first >= phrase.first] if from_start else members

    def resolve(self, phrases: list[Phrase], exclude: list[str] | None = None, speaker: list[str] | None = None) -> list[str]:
        ids: list[str] = []
        for phrase in phrases:
            if phrase.entities:  # (a sea is where things happen, never who acts: "якщо Балтика стане небезпечною")
                ids.extend(x for x in phrase.entities if getattr(self.doc.entity(x), "kind", None) != "sea")
            elif phrase.kind == "pronoun":
                ids.extend(self._pronoun(phrase, exclude or []))
            elif phrase.kind == "anaphor-actor":
                ids.extend(self._anaphor_actor(phrase, exclude or [], speaker))
            elif phrase.kind == "anaphor-event":
                # ("засудили «безперервні удари Росії по …»": an act told with its doer is that doer's)
                doer = self._doer_in_genitive(phrase)
                ids.extend(doer or self._anaphor_event(exclude or [], phrase.lemma))
        return uniq(ids)

    def _other_side_named_after(
        self, s: int, i: int, source: list[str], end: int | None = None, stop: Callable[[Phrase], bool] | None = None,
        skip: Callable[[Phrase], bool] | None = None,
    ) -> list[str]:
        """The actors of the first phrase after token ``i`` (and before ``end``) that are not of the source's
        country nor a reporting frame's source, with the rest of their coordination group; [] once ``stop`` holds
        for a phrase on the way; phrases ``skip`` accepts are passed over."""
        own = {self._country(x) for x in source}
        for phrase in self.phrases[s]:
            if phrase.first <= i or (end is not None and phrase.first >= end) or skip is not None and skip(phrase):
                continue
            if stop is not None and stop(phrase):
                return []
            if phrase.entities and id(phrase) not in self.frame_phrases:
                others = [x for x in self.resolve([phrase]) if self._has_country(x) and self._country(x) not in own]
                if others:
                    return self.resolve(self.group_of(s, phrase), exclude=source) or others
        return []

    def _appealed_to(self, phrase: Phrase) -> bool:
        """Whether a phrase is the body an appeal goes to ("пригрозили звернутися до СОТ"): a forum, not a side."""
        return phrase.prep == "до" and any(
            self.tokens[k].lemma in self.cues.appeal_verbs for k in range(max(0, phrase.first - 3), phrase.first)
        )

    def _doer_in_genitive(self, phrase: Phrase) -> list[str]:
        """The actor named in the genitive right after a noun of an attack, charge or sanction ("удари Росії",
        "атаки Москви"), or [] ("затримання співробітників", "обстріл Харкова" name whom it befell)."""
        # ("розстріл полонених", "вбивство журналіста": an assault's genitive is whom it befell)
        if self.cues.referred_types.get(phrase.lemma) not in ("FIGHT", "DISAPPROVE", "THREATEN", "SANCTION"):
            return []
        other = self._genitive_after(self.tokens[phrase.first].sentence, phrase, lambda entity: True, past_noun=False)
        entity = self.doc.entity(other.entities[0]) if other is not None else None
        return [] if entity is None or entity.kind in ("city", "region", "settlement") else list(other.entities)

    def _pronoun(self, phrase: Phrase, exclude: list[str]) -> list[str]:
        if phrase.lemma in self.cues.first_person or phrase.lemma in self.cues.plural_pronouns & self.cues.first_person:
            quote = self._in_quote(phrase.first)
            return list(quote.speaker) if quote else []
        if phrase.last > phrase.first + 1 and (owner := self._owner_named_before(phrase)):
            return owner
        if phrase.lemma in self.cues.plural_pronouns:  # ("його підрозділи": plural, but one owner)
            return self._plural_subject_before(phrase) or self._plural_antecedent() or list(self.last_subject)
        if (person := self._person_named_just_before(phrase)) and person[0] not in exclude:
            return person
        if (person := self._person_of_its_gender(phrase, exclude)) is not None:
            return person
        if self.last_subject and len(self.last_subject) == 1 and self.last_subject[0] not in exclude:
            return list(self.last_subject)
        if self.last_person and not set(self.last_person) <= set(exclude):
            return list(self.last_person)
        # "Байден провів розмову з Нетаньягу і запевнив його …": him is the other one just named.
        for found in reversed(self.found):
            others = [x for x in found.target + found.source if x not in exclude]
            if others:
                return others[:1]
        return []

    def _person_named_just_before(self, phrase: Phrase) -> list[str]:
        """"… засідання Ради, в якому взяв участь міністр оборони Денис Шмигаль. Він закликав …": a pronoun
        opening its sentence is the last person the sentence before names in the nominative, of its gender,
        whether or not that person did anything coded."""
        sentence = self.tokens[phrase.first].sentence
        # (past a date or a connective that opens the sentence: "… Роберт Фіцо. У понеділок він відмовився …",
        # "Водночас вона звинуватила …")
        opening = range(self.doc.sentences[sentence].first_token, phrase.first) if sentence else range(0)
        if sentence == 0 or any(
            k not in self.mentions.in_timex and self.tokens[k].is_word and self.tokens[k].pos not in ("PREP", "ADVB", "CONJ", "PRCL")
            for k in opening
        ) or "nomn" not in phrase.cases:
            return []
        wanted = {"він": {"masc"}, "вона": {"femn"}}.get(phrase.lemma)
        if wanted is None:
            return []
        # (the speaker, not a person the speech names: "Бабич відповів, що Ліндгрен — «іноземець». Він також попередив")
        previous = self.doc.sentences[sentence - 1]
        that = next((k for k in range(previous.first_token + 1, previous.last_token) if self.tokens[k].lemma in self.cues.complementizer
                     and self.tokens[k - 1].text == ","), previous.last_token)
        # (or an office of a body referred back to: "Офіційна представниця відомства назвала … Вона також …")
        people = [
            p for p in self.phrases[sentence - 1]
            if (p.person and p.entities or p.kind == "anaphor-actor" and p.last > p.head + 1 and any(
                {"anim", "nomn"} <= a.tags and "plur" not in a.tags for a in self.tokens[p.head].analyses
            ))
            and p.prep is None and "nomn" in p.cases and not p.plural
        ]
        speaking = [p for p in people if p.last <= that]
        for before in reversed(speaking or people):
            if not wanted & before.genders:
                return []
            return list(before.entities[:1]) if before.entities else self._anaphor_actor(before, [], None)[:1]
        # ("… під час візиту до Сеула міністра Тараса Гуменюка. Він і його колега підписали …": with no one
        # named in the nominative, the one person of its gender the sentence names in another case)
        if any(p.kind == "anaphor-actor" and p.prep is None and "nomn" in p.cases for p in self.phrases[sentence - 1]):
            return []  # ("китайський дипломат розпочав … Він прибув": a subject named by office)
        named = {
            x for p in self.phrases[sentence - 1] if p.person and p.prep is None and not p.plural and wanted & p.genders for x in p.entities
        }
        return list(named) if len(named) == 1 else []

    def _person_of_its_gender(self, phrase: Phrase, exclude: list[str]) -> list[str] | None:
        """"… кандидатки Ельвіри Кастільйо. … Минулого тижня суд взяв її під варту": an object pronoun whose
        gender the last subject does not share stands for the last person of its gender named before it in
        the paragraph; None when the last subject agrees or no such person is named."""
        wanted = {"він": {"masc"}, "вона": {"femn"}}.get(phrase.lemma)
        if wanted is None or "nomn" in phrase.cases or not self.last_subject:
            return None
        sentence = self.tokens[phrase.first].sentence
        paragraph = self.doc.sentences[sentence].paragraph
        earlier = [
            p for s in range(sentence, -1, -1) if self.doc.sentences[s].paragraph == paragraph
            for p in reversed(self.phrases[s]) if p.last <= phrase.first and p.entities
        ]
        subject = next((p for p in earlier if p.entities[0] in self.last_subject), None)
        if subject is None or subject.plural or wanted & subject.genders:
            return None
        return next((list(p.entities[:1]) for p in earlier if p.person and not p.plural and wanted & p.genders
                     and p.entities[0] not in exclude), None)

    def _statement_author(self, s: int, i: int, left: int) -> list[str]:
        """"У спільній заяві президента й віцепрезидентки санкції названо «агресією»", "У повідомленні МЗС
        зазначено": an impersonal form's doer is the author of the statement its clause is told in, or []."""
        statements = self.cues.document_nouns | self.cues.claim_nouns
        for phrase in self.phrases[s]:
            noun = phrase.first - 1
            if not (left < phrase.first < i and phrase.prep is None and "gent" in phrase.cases and self.tokens[noun].lemmas & statements):
                continue
            j = noun - 1
            while j >= left and self.tokens[j].pos == "ADJF":
                j -= 1  # ("у спільній заяві")
            if j >= left and self.cues.prep_forms.get(self.tokens[j].text.lower(), self.tokens[j].text.lower()) in self.cues.body_prep:
                return self.resolve(self.group_of(s, phrase))
        return []

    def _owner_named_before(self, phrase: Phrase) -> list[str]:
        """"Міністерство оборони Алжиру підтвердило, що його підрозділи …": the owner a possessive points
        to is the subject named before it in the sentence that agrees with it (його: masculine or neuter)."""
        sentence = self.tokens[phrase.first].sentence
        wanted = {"він": {"masc", "neut"}, "вона": {"femn"}}.get(phrase.lemma)
        for before in reversed(self.phrases[sentence]):
            if before.last > phrase.first or before.prep is not None or "nomn" not in before.cases or not before.entities:
                continue
            if before.plural if wanted is None else not before.plural and bool(wanted & before.genders):
                return list(before.entities)
        return []

    def _anaphor_actor(self, phrase: Phrase, exclude: list[str], speaker: list[str] | None) -> list[str]:
        if phrase.lemma in self.cues.ally_nouns:
            if pair := self._pair_named_before(phrase, exclude):
                return pair  # "Рютте закликав обох союзників": the two allies named before, not their alliance
            alliance = self._last_named_before(phrase.first, lambda e: e.actor_code in self.cues.alliances and e.id not in exclude)
            return [alliance] if alliance else []
        body_code = office_bodies().get(self.tokens[phrase.head].lemma)
        if body_code and not phrase.plural and (bodies := [e for e in self.doc.entities if e.actor_code == body_code]):
            # "Єврокомісарка з питань енергетики висловила занепокоєння": an office of one body speaks for it
            return [max(bodies, key=lambda e: len(e.mentions)).id]
        if self.tokens[phrase.head].lemma in self.cues.deputy_nouns and not phrase.plural:
            # ("до МЗС Росії викликали посла, якому заступник міністра висловив протест": a deputy no name is
            # given for speaks for the body his sentence names, not as the minister last named)
            body = self._body_of_deputy(phrase, exclude)
            if body:
                return [body]
        named = self._named_with(phrase)
        if named and named not in exclude:
            return [named]  # "Військова хунта Нігеру … закликав хунту": the body named with that word
        adjectives = country_adjectives()
        start = phrase.first
        while start > 0 and self.tokens[start - 1].pos == "ADJF":
            start -= 1  # (the agreeing adjectives in front: "українське відомство")
        own = next((adjectives[t.lemma] for t in self.tokens[start : phrase.last] if t.lemma in adjectives), None)
        if own is not None:
            # "… у Грузії; українське відомство закликало …": the country its adjective names, not the last one
            state = self._state_named(own)
            return [state] if state and state not in exclude else []
        if not phrase.plural and phrase.lemma in self.cues.government_nouns and (
            group := next((
                e for x in exclude if (e := self.doc.entity(x)) and e.country
                and (e.sector in self.cues.civil_sectors or e.kind in ("city", "settlement"))
            ), None)
        ):
            # "Аграрії вимагають від уряду": farmers, students or protesters ask their own country's government (so do
            # the people of a town: "працівники вийшли на мітинг у Констанці, вимагаючи від уряду гарантій")
            state = self._state_named(group.country)
            return [state] if state else []
        owner = [self.tokens[k].text.lower() for k in (phrase.first - 1, phrase.first) if k >= 0]
        if not phrase.plural and phrase.lemma in self.cues.government_nouns and (
            press := next((
                e.country for r in self.reports[self.tokens[phrase.first].sentence] if r.frame and r.position < phrase.first
                for x in r.speaker if (e := self.doc.entity(x)) is not None and e.kind == "media" and e.country
            ), None)
        ) and (state := self._state_named(press)):
            return [state]  # "За даними агентства Yonhap, уряд нібито розглядає …": the government of the press that tells it
        if not phrase.plural and phrase.lemma in self.cues.government_nouns and not any(w in self.cues.possessives for w in owner):
            # "Фрітаун відреагував … У понеділок уряд відкликав посла" after soldiers opened fire: the doer of the
            # last act, unless that bore arms; then the state last named, not the army that acted
            doers = self._anaphor_event(exclude, before=phrase.first)
            if not doers or not all(self._armed(x) for x in doers):
                return doers
            countries = {self._country(x) for x in exclude}
            state = self._last_named_before(
                phrase.first, lambda e: e.kind in ("country", "capital") and bool(e.country) and e.country not in countries
            )
            return [state] if state else doers
        if not phrase.plural and any(w in self.cues.possessives for w in owner):
            # "Він запевнив, що його країна …": whom the subject pronoun before it refers to
            sentence = self.tokens[phrase.first].sentence
            subject = next((
                p for p in self.phrases[sentence] if p.kind == "pronoun" and p.last <= phrase.first and p.prep is None
                and "nomn" in p.cases and p.last == p.first + 1
            ), None)
            if subject is not None and (referred := self._person_named_just_before(subject)) and not set(referred) <= set(exclude):
                return referred
            if self.last_person:
                return list(self.last_person)  # "Фіцо заявив, що його уряд …": his government acts for him
        head = self.tokens[phrase.first]
        plural_head = phrase.plural or all("plur" in a.tags for a in head.analyses if a.lemma == phrase.lemma)
        if phrase.lemma in self.cues.neighbour_nouns and plural_head and exclude and all(
            self._international(x) for x in exclude
        ):
            # "Генеральний секретар ОАД закликав сусідів розв'язати суперечку": an international body's "сусіди"
            # are the story's two sides
            first = self._counterpart([])
            return uniq(first + self._counterpart(first)) if first else []
        if phrase.lemma in self.cues.neighbour_nouns:
            # "зажадав від сусідів", "звинуватив сусідів у «викраденні»": whoever acted against the speaker,
            # else the country last named that is not the speaker's
            acted = self._who_acted_against(exclude) if exclude else []
            country = None if acted else self._last_country_before(phrase.first, exclude)
            return acted or ([country] if country else [])
        if phrase.lemma in self.cues.rights_defender_nouns:
            # "Amnesty International … Правозахисники закликали Росію": the rights group named before
            group = self._last_named_before(phrase.first, lambda e: e.kind == "ngo" and e.id not in exclude)
            return [group] if group else []
        if phrase.lemma in self.cues.investigator_nouns:
            body = self._last_named_before(
                phrase.first, lambda e: e.type == "ORG" and e.sector in self.cues.domestic_inquiry_sectors and e.id not in exclude
            )
            return [body] if body else []
        if phrase.lemma in self.cues.police_nouns and (
            police := self._last_named_before(phrase.first, lambda e: e.sector == "COP" and e.id not in exclude)
        ):
            return [police]  # "Угандійська морська поліція затримала … рибалок. … поліцейські нібито били затриманих"
        if phrase.lemma in self.cues.junta_nouns:
            army = self._last_named_before(phrase.first, lambda e: e.sector == "MIL" and e.country and e.id not in exclude)
            state = self._state_named(self.doc.entity(army).country) if army else None
            return [state] if state and state not in exclude else []
        if phrase.lemma in self.cues.fighter_nouns:
            # "Бойовики ISWAP напали на село … джихадисти атакували базу": the armed group named before
            group = self._last_named_before(phrase.first, lambda e: self._insurgent(e.id) and e.id not in exclude)
            return [group] if group else []
        if phrase.plural and phrase.lemma == "сторона" and any(
            self.tokens[k].lemma in ("обидва", "обидві") for k in range(max(0, phrase.first - 1), phrase.last)
        ):
            # "КАРІКОМ закликала обидві сторони «не допустити мілітаризації»": the two sides the story is about,
            # whoever acted last
            first = self._counterpart(exclude)
            second = self._counterpart([*exclude, *first]) if first else []
            if second:
                return first + second
        if phrase.plural:
            if speaker:
                return list(speaker)
            # (ministers are who acted; "Міністри … Туреччини та Вірменії перерізали стрічку. … спецпосланці двох
            # країн": with no event to refer to, the two countries last named)
            # (and "двох країн" are two countries: not "Пномпень" and "поліція Кампоту")
            antecedent = self._plural_antecedent(doers=phrase.lemma in offices())
            pair = self._pair_named_before(phrase, exclude)
            if pair and len({self._country(x) for x in antecedent}) < 2:
                return pair
            return antecedent or pair
        if phrase.lemma in self.cues.country_nouns:
            country = self._last_country_before(phrase.first, exclude)
            if country:
                return [country]
        if phrase.lemma in offices() and self.last_person and not set(self.last_person) & set(exclude):
            return list(self.last_person)  # "… повідомив омбудсман Лубінець. Омбудсман звинуватив Москву"
        if phrase.lemma in self.cues.official_nouns:
            # "повідомили про підозру заступникові міністра Андрію Литвиненку … чиновник написав заяву": the
            # person last named, in whatever case
            person = self._last_named_before(phrase.first, lambda e: e.type == "PERS" and e.kind == "person" and e.id not in exclude)
            return [person] if person else []
        return self._anaphor_event(exclude, before=phrase.first)

    def _body_of_deputy(self, phrase: Phrase, exclude: list[str]) -> str | None:
        """The body named last in the deputy's sentence, unless an actor of its country is named between them
        (then it is whom he speaks to: "до МЗС викликали посла КНР, якому заступник міністра висловив …")."""
        start = self.tokens[self.doc.sentences[self.tokens[phrase.first].sentence].first_token].start
        end = self.tokens[phrase.first].start
        body = self._last_named_before(phrase.first, lambda e: e.type == "ORG" and bool(e.country) and e.id not in exclude and any(
            start <= m.start < end for m in e.mentions
        ))
        entity = self.doc.entity(body) if body else None
        if entity is None:
            return None
        named = max(m.end for m in entity.mentions if m.start < end)
        between = {e.country for e in self.doc.entities if e.id != body and any(named <= m.start < end for m in e.mentions)}
        return None if entity.country in between | {self._country(x) for x in exclude} else body

    def _armed(self, entity_id: str) -> bool:
        """Whether an actor is armed forces, police, an intelligence service or an armed group."""
        entity = self.doc.entity(entity_id)
        return entity is not None and entity.sector in self.cues.armed_sectors

    def _state_named(self, alpha3: str) -> str | None:
        """The entity that names a country itself (its name or capital), most mentioned, or None."""
        named = [e for e in self.doc.entities if e.country == alpha3 and e.kind in ("country", "capital")]
        return max(named, key=lambda e: len(e.mentions)).id if named else None

    def _crowd_country(self, i: int, besides: frozenset[str] = frozenset()) -> list[str]:
        """"кілька тисяч людей вийшли до будівлі парламенту на проспекті Руставелі": a crowd counted in its
        own clause ("тисячі", "натовп"), in a place no gazetteer places, is of the country the story is
        about, the last one named ("Учасники акції" refer back instead, and get nothing here), other than
        the countries ``besides`` (the one whose embassy it marches to)."""
        left = self.clause(i, self.doc.sentences[self.tokens[i].sentence].first_token, i)[0]
        if not any(t.lemmas & self.cues.crowd_words for t in self.tokens[left:i]):
            return []
        # the country named most so far ("колишнього посла в Німеччині" named last does not protest)
        counts = {c: n for c, n in self._country_mentions(before=self.tokens[i].start).items() if c not in besides}
        if not counts or max(counts.values()) == 0:
            return []
        most = max(counts.values())
        country = self._last_country_before(i, [x.id for x in self.doc.entities if x.country and counts.get(x.country) != most])
        return [country] if country else []

    def _country_mentions(self, before: int | None = None) -> dict[str, int]:
        """How often the text names each country (by any of its actors; no international body, nor the news
        media it cites: "повідомляє Reuters" makes no British party), in all or before character ``before``."""
        counts: dict[str, int] = {}
        for entity in self.doc.entities:
            if entity.country and not entity.country.startswith("IGO") and entity.kind != "media":
                named = len(entity.mentions) if before is None else sum(m.start < before for m in entity.mentions)
                counts[entity.country] = counts.get(entity.country, 0) + named
        return counts

    def _counts_two(self, phrase: Phrase) -> bool:
        # ("обох" reads as "обоє" first, and as "обидва")
        return any(self.tokens[k].lemmas & self.cues.pair_numerals for k in range(max(0, phrase.first - 1), phrase.last))

    def _pair_named_before(self, phrase: Phrase, exclude: list[str]) -> list[str]:
        """The two countries last named before a phrase that counts two ("двох країн", "обох держав"), or []."""
        if not self._counts_two(phrase):
            return []
        def state_before(countries: set[str | None]) -> str | None:
            return self._last_named_before(
                phrase.first, lambda e: e.kind in ("country", "capital") and bool(e.country) and e.country not in countries
            )

        excluded = {self._country(x) for x in exclude}
        first = state_before(excluded)
        second = state_before(excluded | {self._country(first)}) if first else None
        return [second, first] if second else []

    def _last_country_before(self, first: int, exclude: list[str]) -> str | None:
        """"Бухарест виділить сусідній країні": the country last named before, not one of the excluded
        actors' countries (Romania here), so Moldova."""
        countries = {self._country(x) for x in exclude}
        return self._last_named_before(
            first,
            lambda e: e.type == "LOC" and bool(e.country) and e.actor_code == e.country and e.country not in countries,
        )

    def _named_with(self, phrase: Phrase) -> str | None:
        """The entity most recently named with the anaphor's head word in its name, before the anaphor."""
        if not phrase.lemma or phrase.plural and phrase.lemma in self.cues.country_nouns | {"сторона"}:
            return None  # "сторони", "ці країни" are the parties of the last event; "дипломатів" the ones named
        # (an office heads the name it is in: "президента" is not "Офіс президента України"; another word may
        # be in any of its names: "фонд" is the "Міжнародним валютним фондом" named "МВФ")
        if phrase.lemma in offices():
            named = self._last_named_before(phrase.first, lambda entity: lemma_of(entity.name.split()[0]) == phrase.lemma)
        else:
            named = self._last_named_before(phrase.first, lambda entity: phrase.lemma in self._lemmas_naming(entity.id))
        if named and not phrase.plural and any(named in group and len(group) > 1 for group in self.mentions.together.values()):
            named = None  # ("країни Сахелю відкликали послів … країна закрила": not one of the group)
        # "офіцерів ГРУ Росії … ці офіцери": the actor named right after the same word before
        for k in range(phrase.first - 1, max(-1, phrase.first - 400), -1):
            if self.tokens[k].lemma == phrase.lemma and k + 1 in self.mentions.at and self.mentions.at[k + 1][1] == k + 1:
                entity = self.doc.entity(named) if named else None
                position = self.tokens[phrase.first].start
                named_at = max((m.start for m in entity.mentions if m.start < position), default=-1) if entity else -1
                if named_at < self.tokens[k].start:
                    return self.mentions.at[k + 1][0]
                break
        return named

    def _lemmas_naming(self, entity_id: str) -> frozenset[str]:
        """The lemmas of an entity's name and of the words the text names it with (the tokens' own lemmas,
        gathered once per document)."""
        if self._name_lemmas is None:
            words: dict[str, set[str]] = {e.id: {lemma_of(w) for w in e.name.split()} for e in self.doc.entities}
            for k, (mentioned, *_rest) in self.mentions.at.items():
                words.setdefault(mentioned, set()).add(self.tokens[k].lemma)
            self._name_lemmas = {key: frozenset(value) for key, value in words.items()}
        return self._name_lemmas.get(entity_id, frozenset())

    def _last_named_before(self, first: int, wanted) -> str | None:
        """The entity ``wanted`` accepts whose latest mention before token ``first`` is the latest."""
        position = self.tokens[first].start
        best: tuple[int, str] | None = None
        for entity in self.doc.entities:
            if not wanted(entity):
                continue
            earlier = [m.start for m in entity.mentions if m.start < position]
            if earlier and (best is None or max(earlier) > best[0]):
                best = (max(earlier), entity.id)
        return best[1] if best else None

    def _plural_subject_before(self, pronoun: Phrase) -> list[str]:
        """"Лідери САДК зібралися на саміт. У заяві вони засудили …": a plural people's phrase opening the
        sentence before, as its subject, is who "вони" are (the body they speak for)."""
        s = self.tokens[pronoun.first].sentence
        if s == 0:
            return []
        first = self.doc.sentences[s - 1].first_token
        verb = next((k for k in range(first, self.doc.sentences[s - 1].last_token) if is_finite_verb(self.tokens[k])), None)
        subject = next((
            p for p in self.phrases[s - 1]
            if verb is not None and p.last <= verb and p.prep is None and "nomn" in p.cases and p.entities
        ), None)
        if subject is None or not (subject.plural and subject.kind == "role"):
            return []
        if any(f.sentence == s - 1 and len(set(f.source + f.target)) >= 2 for f in self.found):
            return []  # ("Президенти Киргизстану і Таджикистану … провели розмову": the parties of its event)
        return list(subject.entities)

    def _plural_antecedent(self, doers: bool = False) -> list[str]:
        """What "вони", "ці країни", "сторони" refer to: the latest event naming two or more actors on one
        side (the accused "Росія та КНДР", the parties of a meeting), else all its participants; with
        ``doers`` ("Міністри засудили … та домовилися"), its doers first."""
        for found in reversed(self.found):
            # (one trigger coded once per partner, "запропонував Бангкоку та Пномпеню", is still one side)
            twins = self.told_with(found)
            target, source = uniq([x for f in twins for x in f.target]), uniq([x for f in twins for x in f.source])
            for side in (source, target) if doers else (target, source):
                if len(side) >= 2:
                    return side
            participants = uniq(source + target)
            if len(participants) >= 2:
                return participants
        return []

    def _anaphor_event(self, exclude: list[str], lemma: str = "", before: int | None = None) -> list[str]:
        """Who did the event a noun refers back to: the last event, or the last of the noun's kind
        ("ці звинувачення" is the last accusation, not the shelling it was about). Actors of the
        excluded ones' countries are the other side, not this one."""
        kind = self.cues.referred_types.get(lemma)
        # "Іран засудив удари": the last event told with that very word ("завдали ударів"), else the
        # last of the noun's kind, else the last event.
        # (an act told as not done, "не висуває звинувачень", is none to refer to)
        # ("До санкційного списку додали …": an act told with no doer is passed over for one with a doer)
        # ("Ірак засудив удари … Іран назвав удари порушенням": the strikes, not the condemnation told with the word)
        last = self._latest(
            lambda f: self._told_with(f, lemma) and f.modality != "negated" and self._has_doer(f)
            and (kind is None or f.pattern.type == kind or f.pattern.type in THREAT_TYPES and kind in THREAT_TYPES)
        ) if lemma else None
        # "засудило атаку": the attack, not the air defence that answered it
        last = last or (
            self._latest(
                lambda f: f.pattern.type == kind and f.pattern.mode not in DEFENCE_MODES and f.modality != "negated"
                and self._has_doer(f)
            )
            if kind else None
        )
        if last is None and lemma in self.cues.incident_nouns:
            # "МЗС Кенії вручило ноту протесту … назвала інцидент «грубим порушенням»": the last act of force,
            # not the protest at it
            last = self._latest(
                lambda f: plover_code(f.pattern.type, f.pattern.mode)[1] == "material conflict" and f.modality != "negated"
                and f.pattern.mode not in DEFENCE_MODES and self._has_doer(f)
            )
        named = last is not None
        if kind and not named and lemma:
            # "засудив … за звинуваченням у шпигунстві. Гершкович звинувачення заперечує": the event told
            # in a sentence with that word; with none, not simply whoever acted last.
            last = self._latest(lambda f: self._sentence_has(f.sentence, ((lemma,),)) and f.modality != "negated")
            if last is None:
                return []
            named = True
        # ("Відомство звинуватило «київський режим» у нападі … й попередило": the body told before the word,
        # not the doer of the act named after it)
        last = last or self._latest(lambda f: before is None or f.trigger < before or f.sentence < self.tokens[before].sentence)
        countries = {self._country(x) for x in exclude}
        if not named and (last is None or last.sentence < self.sentence - 1) and self.last_subject:
            # "Мадуро наказав створити провінцію. Гаяна назвала цей крок загрозою": the act of the
            # sentence before, which no pattern coded, was its subject's.
            ids = [x for x in self.last_subject if x not in exclude and self._country(x) not in countries]
            if ids:
                return ids
        if last is None:
            return []
        if not last.source and not last.verbal:
            last = self._earlier_telling(last)
        if not last.source and last.pattern.type in self.cues.place_target_types and all(map(self._is_place, last.target)):
            # "Масована атака на Львівщину й Київщину … Сікорський назвав нічну атаку тероризмом": the places
            # struck did not attack; the last attack told with its attacker did
            last = self._latest(
                lambda f: f.pattern.type in self.cues.place_target_types and f.pattern.mode not in DEFENCE_MODES and bool(f.source)
            ) or last
        for side in (last.source, last.target):
            ids = [i for i in side if i not in exclude and self._country(i) not in countries]
            if ids:
                return ids
        return []

    def _permitted(self, i: int, left: int) -> bool:
        """Whether the infinitive at ``i`` follows a permission or ban noun, its owner between ("дозвіл
        Заходу бити по Росії"): someone else's act, not the sentence subject's."""
        for j in range(i - 1, max(left, i - 4) - 1, -1):
            if self.cues.permission_nouns & self.tokens[j].lemmas:
                return True
            if not (self.tokens[j].pos == "NOUN" and self.tokens[j].has("gent")) and self.tokens[j].pos != "ADJF":
                return False
        return False

    def _in_response(self, left: int, right: int) -> bool:
        """"відкрили вогонь у відповідь": the act answers the one who acted against the actor."""
        return any(
            self.tokens[k].text.lower() in ("у", "в") and self.tokens[k + 1].lemma == "відповідь" for k in range(left, right - 1)
        )

    def _earlier_telling(self, found: Found) -> Found:
        """The same event told earlier with its actor: "удар по Дніпру", a noun with no actor, after
        "російські війська атакували Дніпро" is that attack, and "засудив атаку" condemns the troops, not
        Dnipro. (A verb with no named actor tells an act of its own.)"""
        targets = set(found.target)
        earlier = self._latest(
            lambda f: f is not found and bool(f.source) and f.pattern.type == found.pattern.type and bool(targets & set(f.target))
            and f.pattern.mode not in DEFENCE_MODES  # (the air defence that answered an attack is not that attack)
        )
        return earlier or found

    def agrees(self, verb: Token, group: list[Phrase]) -> bool:
        # a verb's own readings first ("ужиє" is also read as a neuter adjective no text means)
        readings = [a for a in verb.analyses if a.pos == "VERB"] or [a for a in verb.analyses if a.pos == "ADJF"] or list(verb.analyses)
        if not readings:
            return True
        plural_group = len(group) > 1 or group[0].plural
        plural_verb = any("plur" in a.tags for a in readings)
        singular_verb = any("plur" not in a.tags for a in readings)
        # ("американська та британська авіація завдала": adjectives sharing one singular head)
        shared_head = len(group) > 1 and not group[-1].plural and all(
            all(t.pos == "ADJF" and t.text.islower() for t in self.tokens[p.first : p.last] if t.is_word) for p in group[:-1]
        )
        if plural_group and not plural_verb and not shared_head:
            return False
        if not plural_group and not singular_verb:
            # Pluralia tantum and heads that can be plural ("США заявили", "посадовці привласнили").
            return group[0].plural or group[0].can_plural
        if not plural_group:
            verb_genders = {g for a in readings if "plur" not in a.tags for g in GENDERS if g in a.tags}
            genders = group[0].genders
            if group[0].kind == "role" and group[0].lemma in self.cues.unisex_offices:
                genders = genders | {"femn"}  # "Посол ЄС в Україні засудила": a woman holds the office
            if verb_genders and not verb_genders & genders:
                return False
        return True

    def _kind_word_agrees(self, verb: Token, k: int) -> bool:
        """Whether the word at ``k`` is a kind of organisation ("угруповання", "компанія") that agrees with the verb."""
        before = self.tokens[k]
        if before.lemma not in apposition_heads():
            return False
        head = Phrase(k, k + 1, k, [], "role", cases=before.cases, plural=all("plur" in a.tags for a in before.analyses),
                      genders=frozenset(g for g in GENDERS if before.has(g)))
        return self.agrees(verb, [head])

    def _named_kind(self, verb: Token, phrase: Phrase, left: int) -> bool:
        """"Угруповання ХАМАС атакувало": an undeclined name right after its kind word, which opens the clause
        and agrees with the verb, names that kind ("лідер угруповання ХАМАС" keeps the kind a genitive)."""
        k = phrase.first - 1
        if k < left or phrase.kind != "entity" or phrase.person or (
            k > left and self.tokens[k - 1].pos == "NOUN" and k - 1 not in self.mentions.in_timex
        ):
            return False
        return self._kind_word_agrees(verb, k)

    def subject(self, sentence: int, i: int, left: int, right: int, look_right: bool) -> list[Phrase] | None:
        """The nominative actor phrase group the verb (or predicative adjective) at ``i`` agrees with."""
        verb = self.tokens[i]
        if self._coordinated_past_content(i, left) and (outer := self._subject_before_embedded(sentence, i, left)):
            # "звинуватив Вашингтон у тому, що той «посилає хибні сигнали», і попередив": the verb after ", і"
            # goes on with the main clause, not with the subject of the clause that "що" opened
            return outer
        for phrase in reversed(self.phrases[sentence]):
            if phrase.last > i or phrase.first < left or id(phrase) in self.frame_phrases:
                continue
            if self._postverbal(phrase, left, i) or self._attached_to_noun(sentence, phrase) and not self._named_kind(verb, phrase, left):
                continue  # "відвідав Будапешт і провів …", "розширення НАТО загрожує …"
            if phrase.kind == "pronoun" and phrase.last == phrase.first + 1 and self.tokens[phrase.first].text.lower() in self.cues.possessives:
                continue  # "Їх підозрюють …": його, її, їх are never the nominative (but "його підрозділи" is)
            if phrase.kind == "anaphor-event":
                continue  # "ці звинувачення відкинули": an event told before is the object, not who acts
            if self._owner_of_body_before(sentence, phrase):
                continue  # "Федеральне бюро розслідувань Міністерства юстиції США затримало": the bureau acts
            if self._quoted_apart(phrase, i):
                continue  # "«… звільнення Жюльєна Моро», — заявив він": a name quoted is not who speaks
            if phrase.prep is None and "nomn" in phrase.cases:
                group = [p for p in self.phrases[sentence] if p.group == phrase.group and p.first >= left and p.last <= i]
                k = before_quotes(self.tokens, phrase.first - 1, left)
                # ("угруповання «Хезболла» випустило": the kind word before the name agrees for it)
                if self.agrees(verb, group) or len(group) == 1 and k >= left and self._kind_word_agrees(verb, k):
                    return group
        # "За умовами домовленості ХАМАС звільнить …", "За підсумками зустрічі сторони підписали …": a
        # name or "сторони" after a noun may be its genitive, but with no other subject it is the verb's.
        for phrase in reversed(self.phrases[sentence]):
            if phrase.last > i or phrase.first < left or id(phrase) in self.frame_phrases or phrase.prep is not None:
                continue
            if self._quoted_apart(phrase, i):
                continue
            head = before_quotes(self.tokens, phrase.first - 1, left)
            if (
                "accs" in self.tokens[head].cases and "nomn" not in self.tokens[head].cases
                and not is_prep(self.tokens[before_adjectives(self.tokens, head)])
            ):
                continue  # "У Москві заяву «сімки» відкинули": the genitive of a fronted object
            if (
                phrase.kind in ("entity", "anaphor-actor") and {"nomn", "gent"} <= phrase.cases
                and self._attached_to_noun(sentence, phrase) and self.tokens[phrase.first - 1].lemma not in self.cues.venue_nouns
                and not (self._could_be_subject(verb, self.tokens[phrase.first - 1]) and not self._in_prepositional(phrase.first - 1, left))
            ):
                group = [p for p in self.phrases[sentence] if p.group == phrase.group and p.first >= left and p.last <= i]
                if self.agrees(verb, group) and not self._postverbal(phrase, left, i):
                    return group
        # "Туск, пообіцявши, що …, закликав": past an embedded clause, the subject is before it.
        outer = self._subject_before_embedded(sentence, i, left)
        if outer:
            return outer
        if look_right:
            for phrase in self.phrases[sentence]:
                if phrase.first <= i or phrase.first >= min(right, i + 12):
                    continue
                if any(t.text in (",", ";", ":") for t in self.tokens[i + 1 : phrase.first]):
                    break
                k = before_quotes(self.tokens, phrase.first - 1, i)
                before = self.tokens[k]
                if (
                    k > i and before.pos == "NOUN" and not before.is_capitalised and "gent" in phrase.cases
                    and before.lemma not in apposition_heads()  # "узяло на себе угруповання «ТТП»": its name
                    and k not in self.mentions.in_timex  # ("— заявив у понеділок міністр": a day, no owner)
                ):
                    continue  # "підозрюють в ударах по енергетиці України": a noun's genitive, not the subject
                if phrase.first - 1 > i and "nomn" not in phrase.cases and "gent" in phrase.cases:
                    continue  # "повідомив Уповноважений Верховної Ради з прав людини Дмитро Лубінець": the office's
                if phrase.first >= i + 6 and not phrase.person:
                    break  # far from the verb only the name after an office is its subject
                if phrase.prep is None and "nomn" in phrase.cases:
                    group = self.group_of(sentence, phrase)
                    # the kind word before a name agrees for it ("узяло на себе угруповання «ТТП»")
                    if self.agrees(verb, group) or k > i and self._kind_word_agrees(verb, k):
                        return group
                break
        # "закликала обидві сторони й речниця ЄСЗД": a person after the object, with "й" for "too", who
        # agrees with the verb (a person's accusative is no nominative, so no object is taken for her)
        for phrase in self.phrases[sentence]:
            if phrase.first <= i + 1 or phrase.first >= min(right, i + 10):
                continue
            previous = self.tokens[phrase.first - 1].text.lower()
            if (
                previous in self.cues.coordinators | self.cues.also_words and phrase.person and phrase.prep is None
                and "nomn" in phrase.cases and "accs" not in phrase.cases and self.agrees(verb, [phrase])
            ):
                return [phrase]
        # "У МЗС Росії пригрозили", "повідомили в Повітряних силах": a body named with "в" speaks (not in a
        # clause whose relative pronoun is its subject: "спецпосланці, які провели у Відні переговори").
        relative_subject = self.opened_by_relative(left, subject=True)
        if any("plur" in a.tags for a in verb.analyses if a.pos == "VERB") and not relative_subject:
            # (not a place that qualifies a noun: "Стурбованість подіями в Грузії висловили і в Києві")
            for phrase in self.phrases[sentence]:
                if (
                    phrase.first >= 2 and self.tokens[phrase.first - 2].pos == "NOUN" and self.tokens[phrase.first - 1].has("PREP")
                    and phrase.first - 2 not in self.mentions.in_timex  # ("У вівторок у МЗС Росії назвали")
                ):
                    continue
                # (near the verb by either end: "У Головному управлінні розвідки Міноборони України заяви ФСБ назвали")
                near = min(abs(phrase.first - i), abs(i - phrase.last)) <= 6
                if phrase.prep in self.cues.body_prep and left <= phrase.first < right and near:
                    entity = self.doc.entity(phrase.entities[0]) if phrase.entities else None
                    speaking = (
                        verb_reading(verb, self.cues.report_verbs) or self._verbal_trigger(sentence, i)
                        or verb.lemma in self.cues.weighing_verbs  # "у Вашингтоні розглядають санкції"
                    )
                    if entity is not None and (
                        entity.type == "ORG" or entity.kind == "seat" or speaking and entity.kind in ("capital", "country")
                    ):
                        # "У Москві заявили", "у Києві розкритикували", "удар розкритикували в Угорщині": a capital
                        # (or, for words, a country) speaks for its government
                        return [phrase]
                    owner = self._owner_in_genitive(sentence, phrase)
                    if entity is not None and not entity.country and owner is not None:
                        return [owner]  # "У Бюро реінтеграції Молдови … назвали": a body no gazetteer places, of its state
                elif (
                    phrase.prep is None and near and left <= phrase.first - 2 and "gent" in phrase.cases
                    and self.tokens[phrase.first - 1].lemma in self.cues.seat_nouns
                    and canonical_prep(self.tokens, phrase.first - 1, left)[0] in self.cues.body_prep
                ):
                    return [phrase]  # "В офісі ізраїльського прем'єра звинувачення відкинули": the office speaks for its holder
            there = next((k for k in range(left, i) if self.tokens[k].text.lower() in self.cues.there_words), None)
            if there is not None and sentence > 0 and not verb_reading(verb, self.cues.report_verbs):
                # "… назвала рішення Санто-Домінго «ударом у спину». Там критику відкинули": the capital (or seat)
                # the sentence before named last, not its subject (who goes on speaking: "Водночас там додали")
                place = next(
                    (p for p in reversed(self.phrases[sentence - 1]) if p.entities and p.entities[0] not in self.last_subject
                     and (e := self.doc.entity(p.entities[0])) is not None and e.kind in ("capital", "seat")),
                    None,
                )
                if place is not None:
                    return [place]
        # "поширило заяву, в якій звинуватило": a document's own words are its author's, the subject of the
        # verb that issued it
        pronoun = next((k for k in range(max(left - 1, 0), i) if self.cues.relative_pronouns & self.tokens[k].lemmas), None)
        if (
            pronoun is not None and pronoun >= 3 and self.tokens[pronoun - 1].has("PREP") and self.tokens[pronoun - 2].text == ","
            and self.tokens[pronoun - 3].lemmas & self.cues.document_nouns
        ):
            first = self.doc.sentences[sentence].first_token
            issuing = next((j for j in range(pronoun - 4, first - 1, -1) if is_finite_verb(self.tokens[j])), None)
            if issuing is not None:
                opening = self.clause(issuing, first, issuing)[0]
                author = self.subject(sentence, issuing, opening, issuing, look_right=False)
                if author:
                    return author
        # "…, які передавали": the relative pronoun stands for the phrase before the comma.
        if relative_subject:
            before = [p for p in self.phrases[sentence] if p.last <= left - 1]
            k = left - 2  # the comma before the pronoun; the antecedent ends right before it
            while k >= 0 and (self.tokens[k].text in QUOTES or self.tokens[k].text == ","):
                k -= 1
            if before and before[-1].last - 1 < k:
                # "стати «ситуацією, яка загрожує …»": the noun before the comma is the antecedent (but a
                # document speaks for its author, who adopted it: "Рада у Відні ухвалила резолюцію, яка вимагає")
                document = self.tokens[k].lemmas & self.cues.document_nouns
                before = [p for p in before if p.prep is None and "nomn" in p.cases] if document else []
            if before:
                group = [p for p in self.phrases[sentence] if p.group == before[-1].group]
                if self.agrees(verb, group):
                    return group
        return None

    def _coast_country(self, s: int, left: int, right: int) -> str | None:
        """The country whose coast or waters the clause names ("біля берегів Венесуели"), or None."""
        for phrase in self.phrases[s]:
            if (
                left <= phrase.first < right and phrase.entities and phrase.first > 0 and "gent" in phrase.cases
                and self.tokens[phrase.first - 1].lemma in self.cues.coast_nouns
            ):
                entity = self.doc.entity(phrase.entities[0])
                return entity.id if entity is not None and entity.kind == "country" else None
        return None

    def _situation_place(self, s: int, i: int, right: int, left: int | None = None) -> list[str]:
        """The country of "ситуація (ескалація, криза) в X" after the trigger at ``i`` (from ``left`` on:
        "Стурбованість подіями в Грузії висловили"), or []."""
        for k in range(i + 1 if left is None else left, min(right, i + 8)):
            if self.tokens[k].lemma not in self.cues.situation_nouns:
                continue
            place = next((p for p in self.phrases[s] if k < p.first <= k + 3 and p.prep in self.cues.location_preps), None)
            entity = self.doc.entity(place.entities[0]) if place and place.entities else None
            return [entity.id] if entity is not None and entity.country else []
        return []

    def _relative_clause_doer(self, s: int, right: int, against: bool = False, holding: bool = False) -> list[str]:
        """The subject of a relative clause that opens where the trigger's clause ends (", до якої, за
        їхніми словами, вдається Кремль"), resolved; with ``against``, whom the clause names after "проти"
        ("механізм, який передбачає відновлення санкцій проти Ірану"); [] when none opens there."""
        last = self.doc.sentences[s].last_token
        opening = next((k for k in range(right, min(last, right + 3)) if self._is_boundary(k)), None)
        if opening is None or not self.cues.relative_pronouns & self.tokens[opening].lemmas:
            return []
        if against:
            end = next((k for k in range(opening + 1, last) if self._is_boundary(k)), last)
            hit = next((p for p in self.phrases[s] if opening < p.first < end and self._governed_by(p, "проти", opening + 1)), None)
            return self.resolve(self.group_of(s, hit)) if hit else []
        verbs = [j for j in range(opening + 1, last) if is_finite_verb(self.tokens[j]) and not self._is_boundary(j)]
        if not verbs or holding and self.tokens[verbs[0]].lemma not in self.cues.holding_verbs:
            return []
        end = next((k for k in range(verbs[0] + 1, last) if self._is_boundary(k) or self.tokens[k].text in (";", ":")), last)
        group = self.subject(s, verbs[0], opening + 1, end, look_right=True)
        return self.resolve(group) if group else []

    def _decision_owner(self, s: int, i: int) -> list[Phrase]:
        """The actor whose decision or intention the infinitive at ``i`` completes ("рішення Парижа
        вислати", "намір Варшави закрити кордон"), or []."""
        owner = next((p for p in self.phrases[s] if p.last == i and p.prep is None and "gent" in p.cases), None)
        if owner is None or owner.first == 0 or self.tokens[owner.first - 1].lemma not in self.cues.decision_words:
            return []
        return self.group_of(s, owner)

    def _quoted_apart(self, phrase: Phrase, i: int) -> bool:
        """Whether the phrase lies inside a quote that the word at ``i`` is outside of."""
        return bool(self.quotes) and self._in_quote(phrase.first) is not None and self._in_quote(i) is None

    def _subject_before_embedded(self, sentence: int, i: int, left: int) -> list[Phrase] | None:
        """The subject before the clause that ends in a comma right before the verb at ``i`` (past "і", "та"),
        when that clause is no relative one."""
        verb = self.tokens[i]
        j = i - 1
        while j >= left and self.tokens[j].text.lower() in self.cues.coordinators:
            j -= 1
        if left <= 0 or j < 0 or self.tokens[j].text != "," or self.cues.relative_pronouns & self.tokens[left - 1].lemmas:
            return None
        outer_left = self.clause(left - 1, self.doc.sentences[sentence].first_token, i)[0]
        for phrase in reversed(self.phrases[sentence]):
            if phrase.last > left - 1 or phrase.first < outer_left or self._postverbal(phrase, outer_left, left - 1):
                continue  # ("звинуватив Вашингтон у тому, що …": the main verb's object is not its subject)
            if phrase.prep is None and "nomn" in phrase.cases:
                group = [p for p in self.phrases[sentence] if p.group == phrase.group and p.last <= left - 1]
                if self.agrees(verb, group):
                    return group
        return None

    def _coordinated_past_content(self, i: int, left: int) -> bool:
        """Whether the verb at ``i`` follows ", і" (", та") that closes a content clause opened by "що" with a
        finite verb of its own."""
        j = i - 1
        if j < left or self.tokens[j].text.lower() not in self.cues.coordinators or self.tokens[j - 1].text != ",":
            return False
        return left > 0 and self.tokens[left - 1].lemma in self.cues.complementizer and any(
            is_finite_verb(t) for t in self.tokens[left : j - 1]
        )

    def _common_subject(self, i: int, left: int) -> bool:
        """Whether the verb at ``i`` has a subject that is no actor right before it ("світ закликає до
        стриманості", "експерти вважають"): then no earlier actor is carried over as its subject."""
        verb = self.tokens[i]
        j = i - 1
        while j >= left and (self.tokens[j].pos in ("ADVB", "PRCL") or self.tokens[j].text in QUOTES):
            j -= 1  # ("санкції «б'ють по самій Європі»": past the quote that opens)
        if j < left or j in self.mentions.at or any(p.first <= j < p.last for p in self.phrases[verb.sentence]):
            return False
        noun = self.tokens[j]
        sentence_start = j == self.doc.sentences[verb.sentence].first_token
        if noun.pos != "NOUN" or noun.is_capitalised and not sentence_start or not noun.has("nomn"):
            return False
        if j - 1 >= left and is_prep(self.tokens[j - 1]):
            return False
        plural_verb = verb.has("plur")
        return any("nomn" in a.tags and a.pos == "NOUN" and (("plur" in a.tags) == plural_verb) for a in noun.analyses)

    def _postverbal(self, phrase: Phrase, left: int, i: int) -> bool:
        """Whether a finite verb other than ``i`` comes before the phrase in the same stretch (then the
        phrase is that verb's object — "відвідав Будапешт і провів …" — not the subject of a later verb).
        A comma or a conjunction after that verb opens a new stretch ("…, однак Київ відкинув"), but not a
        comma inside a list of objects closed by a conjoined verb ("внесли ще 94 танкери, шість російських
        банків і заборонили …")."""
        k = phrase.last + 1
        while k < i and self.tokens[k].pos in ("ADVB", "PRCL"):
            k += 1
        closes_list = phrase.last < i and self.tokens[phrase.last].text.lower() in self.cues.coordinators and k == i
        for j in range(phrase.first - 1, left - 1, -1):
            token = self.tokens[j]
            if token.text == "," and closes_list:
                continue
            if token.text == "," or token.pos == "CONJ":
                return False
            if token.pos == "VERB" and is_finite_verb(token):
                return True
        return False

    def _owner_in_genitive(self, sentence: int, phrase: Phrase) -> Phrase | None:
        """The state named in the genitive right after a phrase, past one common noun ("Бюро реінтеграції
        Молдови"), or None."""
        return self._genitive_after(sentence, phrase, lambda entity: bool(entity.country), past_noun=True)

    def _genitive_after(self, sentence: int, phrase: Phrase, accept, past_noun: bool) -> Phrase | None:
        """The first actor phrase in the genitive right after ``phrase`` (``past_noun``: or past one
        lower-case word) whose entity ``accept`` takes, or None."""
        for other in self.phrases[sentence]:
            if other.first < phrase.last or other.first > phrase.last + int(past_noun):
                continue
            entity = self.doc.entity(other.entities[0]) if other.entities else None
            if (
                other.prep is None and "gent" in other.cases and entity is not None and accept(entity)
                and all(t.is_word and t.text.islower() for t in self.tokens[phrase.last : other.first])
            ):
                return other
        return None

    def _owner_of_body_before(self, sentence: int, phrase: Phrase) -> bool:
        """Whether a body's name is the genitive of another body named right before it, whose part it is
        ("Федеральне бюро розслідувань Міністерства юстиції США")."""
        if phrase.kind != "entity" or phrase.prep is not None or not self.tokens[phrase.first].has("gent"):
            return False
        before = next((p for p in self.phrases[sentence] if p.last == phrase.first), None)
        if before is None or before.kind != "entity" or before.prep is not None or "nomn" not in before.cases:
            return False
        bodies = [self.doc.entity(x) for x in before.entities + phrase.entities]
        return all(e is not None and e.type == "ORG" for e in bodies)

    def _attached_to_noun(self, sentence: int, phrase: Phrase) -> bool:
        """A name right after a common noun that could be its genitive ("розширення НАТО")."""
        first = self.doc.sentences[sentence].first_token  # (a headline's last word is no noun of the next line)
        k = before_quotes(self.tokens, phrase.first - 1, first - 1)
        token = self.tokens[k] if k >= first else None
        # (a capital only opening the sentence is no name: "Крок Братислави розкритикували")
        if token is None or token.pos != "NOUN" or "gent" not in phrase.cases or token.is_capitalised and k != first:
            return False
        if phrase.person and token.lemma in offices():
            return False  # "Прокурорка Міжнародного кримінального суду Елізабет Мвангі": the office's holder, no genitive
        if k < phrase.first - 1 and token.lemma in apposition_heads():
            return False  # "угруповання «Хамас»": the kind's own name in quotes, no genitive
        if k in self.mentions.in_timex or any(a.pos == "ADJF" for a in token.analyses) or token.lemma in self.cues.date_lead_words:
            return False  # "24 червня Рада ЄС …", "друга делегація …", "Тим часом ЗСУ …"
        j = before_adjectives(self.tokens, k)
        if j >= 0 and is_prep(self.tokens[j]):
            # "Після переговорів Макрон …": the noun heads a prepositional phrase; "в палаці Кіджі" names it;
            # "у справах Косова" too, a place read as a nominative only as a surname ("Косова")
            return token.lemma in self.cues.venue_nouns and phrase.kind == "entity" and self.tokens[phrase.first].is_capitalised or (
                phrase.last == phrase.first + 1 and not phrase.person and self._nominative_only_as_a_name(phrase.first)
            )
        return not any(p.first <= k < p.last for p in self.phrases[sentence]) and k not in self.mentions.at

    def _nominative_only_as_a_name(self, k: int) -> bool:
        """Whether the word at ``k`` reads as a nominative noun only as a person's name, and as a genitive
        otherwise ("Косова": the surname Косова, the genitive of Косово)."""
        readings = self.tokens[k].analyses
        plain = [a for a in readings if a.pos == "NOUN" and not NAME_TAGS & a.tags]
        return any("gent" in a.tags for a in plain) and not any("nomn" in a.tags for a in plain) and any(
            "nomn" in a.tags for a in readings
        )

    def _person_past_a_place(self, i: int, k: int, phrase: Phrase, case: str | None) -> bool:
        """"приймав у Маріїнському палаці президента Фінляндії Стубба": a person in the object's case after a
        place told with its preposition is the verb's object, not the place's genitive."""
        if case != "accs" or not phrase.person or "loct" not in self.tokens[k].cases:
            return False
        j = before_adjectives(self.tokens, k, i)
        return j > i and self.tokens[j].has("PREP") and self.tokens[j].text.lower() in ("у", "в", "на")

    def _apposed_to_object(self, i: int, k: int, case: str | None) -> bool:
        """"атакували ударними дронами порт Ізмаїл": a place noun in the slot's case, governed by no preposition
        and with no other noun of that case after the trigger, is the object; the name after it says which."""
        noun = self.tokens[k]
        if case is None or noun.lemma not in self.cues.place_nouns or case not in noun.cases:
            return False
        j = before_adjectives(self.tokens, k, i)
        if j > i and self.tokens[j].has("PREP"):
            return False
        return not any(t.pos == "NOUN" and case in t.cases for t in self.tokens[i + 1 : j + 1])

    def fill(self, arg: Arg, sentence: int, i: int, left: int, right: int, used: set[int]) -> list[Phrase]:
        """The phrase group that fills a frame slot of the trigger at ``i``, or []."""
        phrases = self.phrases[sentence]
        lo = left if arg.anywhere else i + 1
        hi = right if arg.anywhere else min(right, i + 1 + OBJECT_WINDOW)
        if self.tokens[i].pos == "NOUN" and not arg.anywhere:
            hi = min(hi, self._next_claiming_noun(sentence, i, arg))
        if arg.content:  # the content clause lies past the boundary that ends this one
            hi = min(self.doc.sentences[sentence].last_token, i + 1 + OBJECT_WINDOW)
        owner_first = arg.case == "accs" and not arg.prep and self.tokens[i].pos == "VERB" and not any(
            p.kind == "anaphor-event" and i < p.first <= i + 3 for p in phrases
        )  # ("назвала затримання співробітників Sputnik «незаконними»": the arrest told before, its doer)
        if owner_first:
            # "назвав угоду Ефіопії «посяганням» … своєї країни": an object noun right after the verb is the
            # object; its owner is the target, not a later word that could be accusative
            owner = self._possessor(sentence, i, hi, used)
            if owner:
                return owner
        for phrase in phrases:
            if phrase.first < lo or phrase.first >= hi or id(phrase) in used or id(phrase) in self.frame_phrases:
                continue  # ("з посиланням на джерела в … відомстві": who tells it fills no slot)
            if arg.content:
                # (not a place struck: "занепокоєння ударами по житлових кварталах Вовчанська")
                gap = self.tokens[i + 1 : phrase.first]
                struck = any(t.text.lower() == "по" for t in gap) and not any(t.lemma in self.cues.complementizer for t in gap)
                if phrase.prep is None and phrase.first > i and not struck:
                    return self.group_of(sentence, phrase)
                continue
            if arg.adjacent:
                # ("розмова президента Володимира Зеленського": past the office before the name; "візиту до
                # Сеула міністра Гуменюка": past the place the noun goes to)
                destination = {
                    k for p in phrases if p.prep in self.cues.destination_preps and i < p.first
                    and self.tokens[p.first - 1].lemma == p.prep for k in range(p.first - 1, p.last)
                }
                if phrase.first in destination:
                    continue
                gap = [
                    t for k, t in enumerate(self.tokens[i + 1 : phrase.first], i + 1)
                    if t.pos not in ("ADJF", "NUMR") and t.text not in QUOTES and not (t.lemma in offices() and "gent" in t.cases)
                    and k not in destination
                ]
                if not gap and phrase.prep is None and (arg.case is None or arg.case in phrase.cases):
                    return self.group_of(sentence, phrase)
                return []
            if arg.prep:
                if arg.prep in ("з", "із") and phrase.first >= 3 and self.tokens[phrase.first - 2].lemma == "кордон" and (
                    self.tokens[phrase.first - 3].text.lower() in self.cues.near_preps
                ):
                    # "навчання біля кордону з Гаяною": a place by the border names no partner ("відкриє кордон з",
                    # "закриття повітряного простору над кордоном з" do name the other side)
                    continue
                if self._governed_by(phrase, arg.prep, max(lo, i + 1) if not arg.anywhere else lo) and (
                    arg.case is None or arg.case in phrase.cases or phrase.prep != arg.prep
                ):
                    return self.group_of(sentence, phrase)
                continue
            # "не підтримає американського проєкту": a negated verb's object in the genitive
            negated_genitive = arg.case == "accs" and self.tokens[i - 1].lemma in self.cues.negation and "gent" in phrase.cases
            if phrase.prep is None and (arg.case in phrase.cases or negated_genitive):
                group_first = min((p for p in phrases if p.group == phrase.group), key=lambda p: p.first)
                if group_first is not phrase and group_first.first > i:
                    continue  # judged with the first of its group ("перемогою України та всієї Європи")
                # ("три китайські компанії": "три" is also an imperative of "терти")
                crosses_verb = any(self.tokens[v].pos == "VERB" and not self.tokens[v].has("NUMR") for v in range(i + 1, phrase.first))
                if crosses_verb and not (arg.case == "datv" and self._embeds(i)):
                    continue  # "запросив лідера відвідати Москву": Москву is the visit's, not the invitation's
                k = before_quotes(self.tokens, phrase.first - 1, i)
                # "до саміту НАТО", "в аеропорту «Бориспіль»": a name right after a common noun belongs
                # to that noun (its genitive or apposition), it is not the verb's object.
                # ("поблизу села Достук": a place's name after its place noun is that noun's apposition)
                attached = (
                    "gent" in phrase.cases or k != phrase.first - 1 or self.tokens[k].lemma in self.cues.place_nouns
                ) and k not in self.mentions.in_timex
                # ("розслідування удару": what an inquiry is into is the inquiry's object)
                closed = bool(self.tokens[k].lemmas & (self.cues.closed_nouns | self.cues.inquiry_nouns))
                # ("заявила протест Росії": a protest is addressed to whom the dative names)
                closed = closed or arg.case == "datv" and "datv" in phrase.cases and self.tokens[k].lemma in self.cues.addressed_nouns
                # ("першого секретаря посольства Франції": an ordinal read first as a noun agrees, it does not govern)
                governing_noun = self.tokens[k].pos == "NOUN" and not (self.tokens[k].has("ADJF") and self.tokens[k].cases & phrase.cases)
                if (
                    k != i and attached and not closed and governing_noun and not any(p.first <= k < p.last for p in phrases)
                    and not self._apposed_to_object(i, k, arg.case) and not self._person_past_a_place(i, k, phrase, arg.case)
                ):
                    continue
                return self.group_of(sentence, phrase)
        if arg.prep in self.cues.destination_preps and arg.role == "target" and self.tokens[i].pos == "VERB":
            # "У вівторок до Києва з першим візитом прибув прем'єр Австралії": the destination told first
            for phrase in reversed(phrases):
                if left <= phrase.first < i and id(phrase) not in used and phrase.prep == arg.prep and (
                    arg.case is None or arg.case in phrase.cases
                ):
                    return self.group_of(sentence, phrase)
        if (arg.prep, arg.case) == ("з", "ablt") and self.tokens[i].pos == "VERB":
            # "Шольц разом з Туском підписав угоду", "де разом з польським колегою підписали": the partner
            # named with the subject, before the verb.
            for phrase in reversed(phrases):
                if left <= phrase.first < i and id(phrase) not in used and phrase.prep == "з" and "ablt" in phrase.cases:
                    before = phrase.first - 2
                    subject_before = any(p.last == before + 1 and p.prep is None and "nomn" in p.cases for p in phrases)
                    if before >= left and (self.tokens[before].lemma == "разом" or subject_before):
                        return self.group_of(sentence, phrase)
                # "винищувачі F-35 разом з авіацією Сил оборони Гаяни провели": the owner of the partner noun
                owned = phrase.first - 1
                if (
                    left + 2 <= owned < i and id(phrase) not in used and phrase.prep is None and "gent" in phrase.cases
                    and self.tokens[owned].pos == "NOUN" and "ablt" in self.tokens[owned].cases
                    and self.tokens[owned - 1].text.lower() in ("з", "із", "зі") and self.tokens[owned - 2].lemma == "разом"
                ):
                    return self.group_of(sentence, phrase)
        if (arg.prep, arg.case) == ("з", "ablt") and self.tokens[i].pos == "NOUN":
            # "спільні з гаянськими військовими навчання": the partner told between the noun and its adjective
            for phrase in phrases:
                adjective = self.tokens[phrase.first - 2] if phrase.first >= 2 else None
                if (
                    phrase.last == i and phrase.prep == "з" and "ablt" in phrase.cases and id(phrase) not in used
                    and adjective is not None and adjective.pos == "ADJF" and adjective.cases & self.tokens[i].cases
                ):
                    return self.group_of(sentence, phrase)
        if arg.case and not arg.prep and not arg.anywhere:
            # "Емірати, яким президент подякував": the relative pronoun that opens the clause is its object.
            relative = [p for p in phrases if p.relative and left - 1 <= p.first < i and id(p) not in used and arg.case in p.cases]
            if relative:
                return [relative[-1]]
        if arg.case == "datv" and not arg.prep:
            # "відмовляє представникам МКЧХ у доступі": the people addressed stand for their body
            owner = self._possessor(sentence, i, hi, used, case="datv")
            if owner:
                return owner
            # "Наступного дня йому повідомили про підозру": a dative pronoun right before the verb; "Вірменському
            # керівництву вона дорікнула …": a name in the dative only, opening the clause
            fronted = [
                p for p in phrases
                if left <= p.first < i and id(p) not in used and p.prep is None and (
                    p.kind == "pronoun" and p.cases == {"datv"} and i - p.last <= 1
                    or p.kind == "entity" and p.first == left and "datv" in p.cases and not p.cases & {"nomn", "accs"}
                )
            ]
            if fronted:
                return [fronted[-1]]
        if arg.case == "accs" and not arg.prep:
            owner = [] if owner_first else self._possessor(sentence, i, hi, used)  # (tried above already)
            if owner:
                return owner
            # "Це рішення підтримала Латвія", "Україну відвідав прем'єр Японії": the object fronted before the verb.
            verb = self.tokens[i]
            readings = [a for a in verb.analyses if a.pos == "VERB"]
            impersonal = bool(readings) and all("plur" in a.tags for a in readings)  # "звинуватили": no one named
            fronted = [
                p for p in phrases
                if left <= p.first < i and id(p) not in used and p.prep is None
                and (
                    p.kind == "anaphor-event"
                    or verb.pos == "VERB" and "accs" in p.cases
                    # "Тегеран звинуватили": a singular that cannot be the plural verb's subject is its object;
                    # "Брюссель вона звинуватила": so is a name before the subject the verb took
                    and (
                        "nomn" not in p.cases or impersonal and not p.plural and p.entities and p.last == i
                        or p.first == left and all(t.text != "," for t in self.tokens[p.last : i]) and any(
                            id(q) in used and id(q) not in self.frame_phrases and "nomn" in q.cases and p.last <= q.first and q.last <= i
                            for q in phrases
                        )
                    )
                )
            ]
            if fronted:
                return self.group_of(sentence, fronted[-1])
            # "У Москві навчання Альянсу назвали «провокацією»": a fronted object noun's genitive owner
            # ("Рішення Загреба Сійярто назвав «негідним»": so with the subject named after the object)
            first = self.doc.sentences[sentence].first_token
            owned = [
                p for p in phrases
                if left <= p.first < i and id(p) not in used and p.prep is None and "gent" in p.cases and p.first - 1 >= left
                and self.tokens[p.first - 1].pos == "NOUN" and "accs" in self.tokens[p.first - 1].cases
                and (not self.tokens[p.first - 1].is_capitalised or p.first - 1 == first)
                and verb.pos == "VERB" and (impersonal or any(id(q) in used and q.first > p.first for q in phrases))
            ]
            return self.group_of(sentence, owned[-1]) if owned else []
        return []

    def _next_claiming_noun(self, sentence: int, i: int, arg: Arg) -> int:
        """Where the next event noun that takes the same kind of argument starts: a noun's argument does
        not lie past it ("на саміті … ухвалили рішення розпочати переговори … з Україною")."""
        first, last = self.doc.sentences[sentence].first_token, self.doc.sentences[sentence].last_token
        own = self.match(i, first, last)
        for j in range(i + 1, last):
            if self.tokens[j].pos != "NOUN" or (own and j == own[2]):
                continue
            hit = self.match(j, first, last)
            if hit and hit[1] == "NOUN" and any(a.prep == arg.prep and a.case == arg.case for a in hit[0].args):
                return j
        return last

    def _possessor(self, sentence: int, i: int, hi: int, used: set[int], case: str = "accs") -> list[Phrase]:
        """"засудило рішення уряду", "відкинув критику Вашингтона": the object's genitive owner."""
        j = i + 1
        if j + 1 < hi and self.tokens[j].text.lower() in ("з", "із", "зі") and "ablt" in self.tokens[j + 1].cases:
            j += 2  # "зрівняє із землею квартали": past an instrumental adjunct
        k = j
        while k < hi and self.tokens[k].pos == "ADJF" and "ablt" in self.tokens[k].cases:
            k += 1
        if k < hi and self.tokens[k].pos == "NOUN" and self.tokens[k].cases == {"ablt"}:
            j = k + 1  # "атакували ударними дронами порт Ізмаїла": past the means
        while j < hi and (
            str(self.tokens[j].pos) in ("ADJF", "NUMR", "NUM") or self.tokens[j].text in QUOTES
            or self.tokens[j].text.lower() in self.cues.coordinators and j + 1 < hi and self.tokens[j + 1].pos == "ADJF"
        ):
            j += 1  # "засудила «безвідповідальні дії Москви»", "«небезпечні й дестабілізаційні дії» кораблів"
        # The object itself is accusative, or genitive after a numeral ("відбили 12 атак окупантів").
        after_numeral = j > i + 1 and str(self.tokens[j - 1].pos) in ("NUMR", "NUM")
        object_case = {case} | ({"gent"} if after_numeral else set())
        if j >= hi or self.tokens[j].pos != "NOUN" or j in self.mentions.at or not object_case & self.tokens[j].cases:
            return []
        # "підтримує суверенітет і територіальну цілісність Сомалі": objects joined share the owner after the last
        while j + 2 < hi and self.tokens[j + 1].text.lower() in self.cues.coordinators:
            k = j + 2
            while k < hi and self.tokens[k].pos == "ADJF" and object_case & self.tokens[k].cases:
                k += 1
            if k >= hi or self.tokens[k].pos != "NOUN" or k in self.mentions.at or not object_case & self.tokens[k].cases:
                break
            j = k
        for phrase in self.phrases[sentence]:
            if phrase.first <= j or id(phrase) in used:
                continue
            gap = [t for t in self.tokens[j + 1 : phrase.first] if t.text not in QUOTES]
            if phrase.prep and gap and gap[-1].pos == "PREP":
                gap = gap[:-1]
            # "Дахію — південне передмістя Бейрута": past a dash, the apposition's head takes the object's case
            apposition = bool(gap) and gap[0].text in DASHES
            if apposition:
                gap = gap[1:]
                head = next((k for k, t in enumerate(gap) if t.pos == "NOUN"), None)
                gap = [t for k, t in enumerate(gap) if k != head]
            # "засудило дії Росії"; "засудило поглиблення військової співпраці між Москвою та Пхеньяном".
            genitive_chain = all(t.pos == "ADJF" or (t.pos == "NOUN" and "gent" in t.cases) for t in gap)
            if genitive_chain and len(gap) <= 4 and (
                phrase.prep is None and "gent" in phrase.cases and len(gap) <= 2 or phrase.prep == "між"
            ):
                return self.group_of(sentence, phrase)
            break
        return []

    def _governed_by(self, phrase: Phrase, prep: str, floor: int) -> bool:
        if phrase.prep == prep:
            return True
        # "проти трьох компаній із Казахстану": the preposition governs a common noun before the actor.
        j = phrase.first - 1
        while j >= floor and phrase.first - j <= 5:
            token = self.tokens[j]
            if token.pos == "VERB" or token.text in (",", ".", ";", ":") or self._is_boundary(j):
                return False
            found, _ = canonical_prep(self.tokens, j + 1, floor)
            if found == prep:
                return True
            if found and found not in self.cues.phrase_preps:
                return False  # "з виробництва дронів на території Росії": "на" governs Росії, not "з"
            j -= 1
        return False

    def _possessive_owner(self, i: int, left: int) -> list[str]:
        """The actor a possessive pronoun before an event noun stands for ("її вимоги": hers, the last
        subject), past agreeing adjectives and "всі"; [] when there is none."""
        j = i - 1
        while j >= left and (self.tokens[j].pos == "ADJF" or self.tokens[j].lemma in ("весь", "ввесь")):
            j -= 1
        if j < left or self.tokens[j].text.lower() not in self.cues.possessives:
            return []
        pronoun = Phrase(j, j + 1, j, [], "pronoun", cases=frozenset({"gent"}))
        pronoun.plural = self.tokens[j].text.lower().startswith("їх")
        pronoun.lemma = "вони" if pronoun.plural else "він"
        if not pronoun.plural:
            # "Візит Моді відбувся через шість тижнів після його поїздки": the person just named in this
            # sentence, before the one the last sentence was about.
            sentence = self.tokens[j].sentence
            before = [p for p in self.phrases[sentence] if p.person and p.entities and p.last <= j and not p.plural]
            if before:
                return list(before[-1].entities)
            if self.tokens[j].text.lower() == "її" and sentence > 0:
                # "Єврокомісія спробувала погасити конфлікт. … за її посередництва": "її" is the feminine subject
                # of the sentence before, not the last subject of another gender
                subject = next((
                    p for p in self.phrases[sentence - 1]
                    if p.entities and p.prep is None and "nomn" in p.cases and not p.plural and p.genders == frozenset({"femn"})
                ), None)
                if subject is not None:
                    return list(subject.entities)
        return self._pronoun(pronoun, [])

    def _is_actor(self, entity_id: str) -> bool:
        entity = self.doc.entity(entity_id)
        return entity is not None and bool(entity.actor_code)

    def _unarmed(self, entity_id: str) -> bool:
        """An international or non-governmental body, whose people and convoys do not fight (peacekeeping
        forces do: "танк обстріляв позицію ЮНІФІЛ" is fighting)."""
        entity = self.doc.entity(entity_id)
        code = (entity.actor_code or "") if entity is not None else ""
        return code[:3] in ("IGO", "NGO") and not code.endswith("PKO") and entity.kind != "armed-group"

    def _civil(self, ids: list[str]) -> bool:
        entities = [self.doc.entity(entity_id) for entity_id in ids]
        return bool(entities) and all(e is not None and e.sector in self.cues.civil_sectors for e in entities)

    def _known_countries(self, found: Found) -> frozenset[str]:
        return frozenset(self._country(x) for x in found.source + found.target if self._has_country(x))

    @staticmethod
    def _has_doer(found: Found) -> bool:
        """Whether an event names who did it, or is a noun that may name its doer where it was told before."""
        return bool(found.source) or not found.verbal

    def _has_country(self, entity_id: str) -> bool:
        entity = self.doc.entity(entity_id)
        return entity is not None and bool(entity.country or entity.actor_code)

    def _insurgent(self, entity_id: str) -> bool:
        """Whether an actor is an armed group at odds with its own country's state (sector REB)."""
        entity = self.doc.entity(entity_id)
        return entity is not None and entity.sector == "REB"

    def _country(self, entity_id: str) -> str:
        entity = self.doc.entity(entity_id)
        return (entity.country or entity.actor_code or entity_id) if entity else entity_id

    def _international(self, entity_id: str) -> bool:
        """Whether an actor is an international body (its code an IGO's: the UN, the OSCE, an agency of either)."""
        return self._country(entity_id).startswith("IGO")
