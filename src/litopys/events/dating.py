"""When it happened: the date in the clause, a sentence-initial date, the paragraph's chronology, or
the document date for what is reported now; ``date_source`` says which applied.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from litopys.dates import after_background_marker, after_reference_marker
from litopys.doc import Sentence
from litopys.events.phrases import QUOTES, is_prep
from litopys.events.records import LIGHT_POS, CoderState, Found, is_finite_verb, iso_date, open_ended, verb_reading

WEEK = re.compile(r"(\d{4})-W(\d{2})")  # an ISO week ("2037-W21")


class Dating(CoderState):
    """Mixed into ``Coder``."""

    def _timex_positions(self) -> list[tuple[int, int, str, bool]]:
        starts = [t.start for t in self.tokens]
        ends = [t.end for t in self.tokens]
        result = []
        for timex in self.doc.timexes:
            value = timex.value or ""
            if not value[:4].isdigit():
                continue
            first = bisect_left(ends, timex.start + 1)
            last = bisect_right(starts, timex.end - 1)
            if first < last and self._same_time(first) and not (timex.anchor == "narrative" and len(value) >= 10):
                continue  # "Того ж дня" with no day told before: the narrative date carries instead
            if first > 0 and (
                self.tokens[first - 1].lemma in self.cues.named_document_nouns
                or first > 1 and self.tokens[first - 2].lemma in self.cues.named_document_nouns and self.tokens[first - 1].has("gent")
            ):  # (or its name's genitive between: "Декларації принципів 2015 року")
                continue  # "нагадавши, що пам'ятки захищає Гаазька конвенція 1954 року": the document's year
            if first < last:
                result.append((first, last, iso_date(value), timex.future))
        return sorted(result)

    def _in_noun_modifier(self, trigger: int, at: int) -> bool:
        """"передасть Україні комплекси, отримані Афінами ще наприкінці 1990-х": a date past a participle or a
        "який" after a comma tells of the thing the object names, not of the act ("візит, за даними Reuters,
        запланований на наступний тиждень" is the visit's own time: no comma right before the participle)."""
        return any(
            self.tokens[k - 1].text == "," and (self.tokens[k].has("pssv") or self.tokens[k].has("actv") or self.tokens[k].lemma == "який")
            for k in range(trigger + 1, at)
        )

    def _second_object_between(self, trigger: int, at: int) -> bool:
        """"домовилися про припинення вогню з опівночі та про зустріч делегацій наступного тижня": a date past a
        second object joined by "та про" is that object's."""
        return any(
            self.tokens[k].text.lower() in self.cues.coordinators and is_prep(self.tokens[k + 1])
            for k in range(trigger + 2, at - 1)
        )

    def _date(self, s: int, found: Found) -> tuple[str | None, str | None]:
        sentence = self.doc.sentences[s]
        first, last = sentence.first_token, sentence.last_token
        in_sentence = [
            t for t in self.timex_tokens
            if first <= t[0] < last and (found.modality in ("future", "possible") or not self._since_before_now(t[2]))
            and not self._deadline(t) and not (self._told_done(found) and self._wholly_after_publication(t[2]))
        ]
        if found.modality == "future" and any(
            r.position < found.trigger and not r.frame and self.tokens[r.position].lemma in self.cues.promise_verbs for r in self.reports[s]
        ):
            # "пообіцяла, що Копенгаген уже цього місяця передасть": an act promised is dated when promised, not by
            # the time to come it names, nor by the month it falls in (a plan announced, "оголосили, що наступного
            # тижня проведуть навчання", keeps its time)
            now = self.doc.published or ""
            in_sentence = [t for t in in_sentence if not (t[3] or len(t[2]) < 10 and now.startswith(t[2]))]
        # "«… відкриття кластера в березні буде неможливим», — попередила єврокомісарка": a date quoted is the
        # quote's, not when it was said
        quote = self._in_quote(found.trigger)
        in_sentence = [t for t in in_sentence if self._in_quote(t[0]) in (None, quote)]
        if found.pattern.type in self.cues.asking_types or self.tokens[found.trigger].lemma in self.cues.agreeing_verbs:
            in_sentence = [t for t in in_sentence if not self._with_act_asked(found, t)]
        initial = self._initial_timex(in_sentence, first)
        lo, hi = found.span
        explicit = [
            t for t in in_sentence
            if t is not initial and t[1] - 1 >= lo - 1 and t[0] <= hi + 3 and found.clause[0] <= t[0] < found.clause[1] + 3
            and not (initial is not None and open_ended(t[2]))
        ]
        # "в понеділок увечері … атакували пости, а у вівторок … збила": a date after ", а" is the next clause's
        explicit = [t for t in explicit if not (t[0] > found.trigger and self._contrast_between(found.trigger, t[0]))]
        # "запропонував провести у вересні раунд переговорів та закликав …": a date right after an infinitive before
        # a verb trigger is the act that infinitive names ("погодився провести у вересні переговори": the talks')
        trigger_verb = self.tokens[found.trigger].pos == "VERB" and "infn" not in self.tokens[found.trigger].tags
        explicit = [
            t for t in explicit
            if not (trigger_verb and t[0] < found.trigger and any("infn" in self.tokens[k].tags for k in range(max(first, t[0] - 2), t[0])))
        ]
        if not explicit:
            # "приєднаються до заборони на імпорт російських діамантів з 1 січня": the one date later in the
            # trigger's own clause, past objects the frame did not take.
            later = [
                t for t in in_sentence
                if t is not initial and found.trigger < t[0] < found.clause[1] and not self._contrast_between(found.trigger, t[0])
                and not self._second_object_between(found.trigger, t[0]) and not self._in_noun_modifier(found.trigger, t[0])
            ]
            explicit = later if len(later) == 1 else []
        if not explicit and not found.verbal:
            explicit = self._told_as_taking_place(found, in_sentence)
        if not explicit:
            # "Того ж дня прибув корабель, а у вівторок розпочалися навчання": a date that opens the trigger's own
            # clause after ", а" is its, over the sentence's
            explicit = [
                t for t in in_sentence
                if t is not initial and t[0] < found.trigger and self._contrast_between(first, t[0] + 1)
                and not self._contrast_between(t[0], found.trigger)
            ]
        if explicit:
            best = min(explicit, key=lambda t: abs(t[0] - found.trigger))
            return best[2], "explicit"
        trigger = self.tokens[found.trigger]
        onset = next((
            t for t in self.timex_tokens
            if found.clause[0] <= t[0] < found.trigger and t[2].endswith("/..") and len(t[2].split("/")[0]) == 10
        ), None) if trigger.has("past") and trigger.has("perf") else None
        if onset is not None:
            # "з 1 липня Україна остаточно припинила транзит": a day something was done from is the day it was done
            return onset[2].split("/")[0], "explicit"
        if quote is not None and initial is None:
            # "«Усі сліди ведуть до Москви», — заявив у понеділок міністр": what is said is told on the day it is said
            said = [t for t in in_sentence if quote.end < t[0] <= quote.end + 6 and self._in_quote(t[0]) is None and len(t[2]) == 10]
            if said and any(r.tail and quote.end <= r.position <= said[0][0] + 4 for r in self.reports[s]):
                return said[0][2], "sentence"
        if quote is None and initial is None and found.verbal and self.tokens[found.trigger].has("past"):
            # "Туреччина розмістила … безпілотники, повідомило в неділю Міністерство оборони": a past act told before
            # the report that closes its sentence was done by the day it was reported
            reported = [
                t for t in in_sentence
                if t[0] > found.trigger and len(t[2]) == 10 and not t[3]
                and any(r.tail and found.trigger < r.position < t[0] <= r.position + 3 for r in self.reports[s])
            ]
            if reported:
                return reported[0][2], "sentence"
        if initial is not None:
            return initial[2], "sentence"
        # "… 11 вересня прибули до Києва, де зустрілися …": the sentence's date, nearest before the trigger.
        before = [t for t in in_sentence if t[1] <= found.trigger]
        if before:
            return before[-1][2], "sentence"
        # "У Москві критику відкинули: речниця … в середу заявила, що …": a summary takes the day of the words
        # that tell it after the colon
        colon = next((k for k in range(found.trigger + 1, last) if self.tokens[k].text == ":"), None)
        told = [t for t in in_sentence if colon is not None and colon < t[0] <= colon + 8 and not t[3] and len(t[2]) == 10]
        if told and not any(self.tokens[k].text in ".;" for k in range(found.trigger, colon)) and any(
            verb_reading(t, self.cues.report_verbs) for t in self.tokens[colon + 1 : min(last, told[0][1] + 4)]
        ):
            return told[0][2], "sentence"
        # "Пізніше …", "Згодом …": a later time than the chronology's last date, so it does not carry.
        opening = {t.text.lower() for t in self.tokens[first : min(last, first + 2)]}
        later = bool(opening & self.cues.later_words)
        back = bool(opening & self.cues.time_anaphors) or self._same_time(first)
        # a plan told before ("саміт, який Україна планує провести навесні") dates no act already done
        past = found.modality not in ("future", "possible")
        narrative = None if later else self._paragraph_date(s, back, past=past)
        if narrative is None and not later and (self._one_sentence_paragraphs() or self._undated_paragraph(s)) and not self._reported_now(s, found):
            narrative = self._paragraph_date(s, across=True, past=past)  # a past act told on its own line
        if narrative:
            return narrative, "narrative"
        told_next = self._date_told_next(s) if past and not self.reports[s] else None
        if told_next:
            return told_next, "narrative"
        occasion = self._occasion_date(found)  # "За підсумками зустрічі …" in a paragraph with no date of its own
        if occasion:
            return occasion, "narrative"
        attack = self._attack_told_before(s, found) if past else None
        if attack:
            return attack, "narrative"
        if self.doc.published and self._reported_now(s, found):
            story_day = self._story_day(s, found) or self._day_of_the_words_next(s, found)
            if story_day:
                return story_day, "narrative"
            return self.doc.published, "dct"
        story_day = self._story_day(s, found) if past else None
        if story_day:
            return story_day, "narrative"  # "Сторони також домовилися …" in a paragraph dated later on
        return None, None

    def _story_day(self, s: int, found: Found) -> str | None:
        """"Міністр … у вівторок прибув до Києва … ¶ Японський гість оголосив про грант": words told in the
        past tense, with no day of their own, in a story whose last day told before is a recent one, were said
        that day (the document's date is when they were reported)."""
        # ("… оголосив, що Німеччина передасть Україні ще три системи": a promise is dated when it was made)
        told = next(
            (self.tokens[r.position] for r in self.reports[s] if r.position < found.trigger and self.tokens[r.position].has("past")), None
        )
        token = self.tokens[found.trigger]
        verb = token if found.verbal else (
            self.tokens[g] if (g := self._governing_verb(found.trigger, found.clause[0])) is not None else None
        )
        if told is not None:
            verb = told
        elif verb is None or not verb.has("past") or found.modality in ("future", "possible"):
            return None
        # ("… того ж дня пояснив … лише минулого місяця німці повернули … ¶ Зелінський також звинуватив": the
        # day, past a month told in passing)
        day = self._paragraph_date(s, across=True, past=True, days=True)
        if not day or len(day) != 10 or not self.doc.published or not day < self.doc.published:
            return None
        return day if (date.fromisoformat(self.doc.published) - date.fromisoformat(day)).days <= 6 else None

    def _day_of_the_words_next(self, s: int, found: Found) -> str | None:
        """"У Москві факт порушення заперечують. Міноборони РФ у вівторок заявило, що …": a short summary in
        the present tense, with no one told as saying it, is dated by the words the next sentence tells with
        their day; so is a promise in the future tense ("Канада виділить … Про це у вівторок оголосила …")."""
        told = any(r.position != found.trigger for r in self.reports[s])
        trigger = self.tokens[found.trigger]
        if told or not (trigger.has("pres") or trigger.has("futr")) or self._next_in_paragraph(s) is None:
            return None
        if not any(self.tokens[r.position].has("past") for r in self.reports[s + 1]):
            return None
        days = [t[2] for t in self._dated_in(s + 1) if len(t[2]) == 10 and t[2] <= (self.doc.published or "")]
        return days[0] if days else None

    def _next_in_paragraph(self, s: int) -> Sentence | None:
        """The sentence after ``s`` when it is in the same paragraph, else None."""
        if s + 1 >= len(self.doc.sentences) or self.doc.sentences[s + 1].paragraph != self.doc.sentences[s].paragraph:
            return None
        return self.doc.sentences[s + 1]

    def _dated_in(self, s: int) -> list[tuple[int, int, str, bool]]:
        """The times told in sentence ``s`` that may date an act, outside quotes."""
        sentence = self.doc.sentences[s]
        return [
            t for t in self.timex_tokens
            if sentence.first_token <= t[0] < sentence.last_token and self._may_date(t) and self._in_quote(t[0]) is None
        ]

    def _with_act_asked(self, found: Found, timex: tuple[int, int, str, bool]) -> bool:
        """Whether a date after an asking trigger goes with the infinitive it asks for ("закликав ЄС уже в
        травні запровадити санкції", "вимагає провести вибори 1 червня") or the occasion one is invited to."""
        if timex[0] <= found.trigger or timex[0] >= found.clause[1]:
            return False
        if found.pattern.mode == "invite" and timex[0] > found.trigger + 1:
            return True  # "запросив гостя на економічний форум у червні": the forum's month
        return any("infn" in t.tags for t in self.tokens[found.trigger + 1 : min(found.clause[1], timex[1] + 4)])

    def _day_told_before(self, s: int, first: int) -> bool:
        """Whether the paragraph of sentence ``s`` gives a day before token ``first`` ("У вівторок Зеленський
        прибув … Минулого тижня комісія зібралася"): a week told after it is a look back, not the story's time."""
        paragraph = self.doc.sentences[s].paragraph
        return any(
            t[0] < first and len(t[2]) >= 10 and self.doc.sentences[self.tokens[t[0]].sentence].paragraph == paragraph
            for t in self.timex_tokens
        )

    def _may_date(self, timex: tuple[int, int, str, bool]) -> bool:
        """Whether a date may be when something happened: not an open span ("з початку року") nor a time
        something is due by ("до кінця зими")."""
        return not open_ended(timex[2]) and not self._deadline(timex)

    def _deadline(self, timex: tuple[int, int, str, bool]) -> bool:
        """"закликав союзників до кінця зими передати …", "пообіцяв, що до літа Україна отримає …": a time
        something is due by is not when it is asked or promised, nor when it will be done; nor are the years
        something is meant for ("позику на 2030–2031 роки", "бюджет на 2030 рік")."""
        first = timex[0]
        before = self.tokens[first - 1].text.lower() if first > 0 else ""
        years = all(len(part) == 4 and part.isdigit() for part in timex[2].split("/"))
        return (
            self.tokens[first].text.lower() in self.cues.deadline_preps
            or before in self.cues.deadline_preps  # ("до 2031 року")
            or years and before in self.cues.coverage_preps
        )

    def _date_told_next(self, s: int) -> str | None:
        """"Лідери ЄС погодили позику Україні … Рішення ухвалили в ніч на вівторок": a lead with no date whose
        next sentence, opening with a noun that refers back to it, dates it."""
        following = self._next_in_paragraph(s)
        if following is None:
            return None
        opening = self.tokens[following.first_token]
        quote = self._in_quote(following.first_token + 1) if opening.text in QUOTES else None
        if quote is not None and quote.start == following.first_token + 1:
            # "Президентка Мексики пропозицію відкинула. «Жоден іноземний солдат …», — сказала вона у вівторок":
            # the quote that follows a lead is told with the lead's day
            tail = [
                t for t in self._dated_in(self.tokens[quote.end - 1].sentence)
                if quote.end < t[0] <= quote.end + 8 and len(t[2]) == 10 and t[2] <= (self.doc.published or "")
            ]
            if tail:
                return tail[0][2]
        # "Всесвітня організація охорони здоров'я засудила обстріл. «…», — написав у середу …": a paragraph's
        # opening line sums up what the next one tells with its day
        topic = s == 0 or self.doc.sentences[s - 1].paragraph != self.doc.sentences[s].paragraph
        if not topic and (opening.lemma not in self.cues.anaphoric_events or opening.pos != "NOUN"):
            return None
        dated = [
            t for t in self._dated_in(s + 1) if not topic or len(t[2]) >= 10 and not after_reference_marker(self.tokens, t[0])
        ]
        return dated[0][2] if dated else None

    def _attack_told_before(self, s: int, found: Found) -> str | None:
        """"У ніч на вівторок Росія завдала удару … ¶ Повітряні сили повідомили, що противник випустив 58
        ракет. Зенітники збили 49": fighting told with no date of its own, in the paragraph after a dated
        attack, is that attack's."""
        if found.pattern.type not in self.cues.place_target_types:
            return None
        sentences = self.doc.sentences

        def near(f: Found) -> bool:  # in this paragraph or the one before it
            return len({sentences[k].paragraph for k in range(f.sentence, s + 1)}) <= 2

        told = self._latest(
            lambda f: f.pattern.type in self.cues.place_target_types and f.sentence < s and bool(f.date)
            and f.date_source in ("explicit", "sentence") and near(f)
        )
        return told.date if told else None

    def _contrast_between(self, i: int, j: int) -> bool:
        """Whether ", а" (", але", ", проте") opens a new clause between tokens ``i`` and ``j``."""
        return any(
            self.tokens[k].text == "," and self.tokens[k + 1].text.lower() in self.cues.contrast_words for k in range(i + 1, j - 1)
        )

    def _occasion_date(self, found: Found) -> str | None:
        """"За підсумками зустрічі сторони підписали …", "Під час візиту …": an act told as happening at
        an event already told takes that event's date."""
        left = found.clause[0]
        if found.pattern.type == "CONSULT" and found.pattern.mode != "visit" and any(
            t.lemma in self.cues.occasion_words for t in self.tokens[max(left, found.trigger - 2) : found.trigger]
        ):
            # "Під час зустрічі з Зеленським Блінкен запевнив …": a meeting held during a visit just told
            visit = self._latest(
                lambda f: f.pattern.mode == "visit" and f.sentence >= found.sentence - 3 and bool(f.date) and f.date_source != "dct"
            )
            if visit is not None:
                return visit.date
        sentence = self.doc.sentences[found.sentence]
        if any(t.lemma in self.cues.press_occasions for t in self.tokens[sentence.first_token : found.trigger]):
            # "На спільній пресконференції Моді закликав …": said where the leaders met
            met = self._latest(  # (a phone call holds no press conference)
                lambda f: f.pattern.type == "CONSULT" and f.pattern.mode != "phone" and f.sentence >= found.sentence - 8 and bool(f.date)
                and f.date_source != "dct" and len(f.date) == 10
            )
            if met is not None:
                return met.date
        for k in range(left, found.trigger):
            if self.tokens[k].lemma not in self.cues.occasion_words:
                continue
            for j in range(k + 1, min(found.trigger, k + 4)):
                hit = self.match(j, sentence.first_token, sentence.last_token) if self.tokens[j].pos == "NOUN" else None
                if hit is None:
                    continue
                earlier = self._latest(
                    lambda f, kind=hit[0].type: f.sentence < found.sentence and f.pattern.type == kind and bool(f.date)
                    and f.date_source != "dct"
                )
                if earlier is not None:
                    return earlier.date
        return None

    def _told_done(self, found: Found) -> bool:
        """Whether the trigger is a verb in the past tense telling what was done, not planned."""
        return found.modality not in ("future", "possible") and self.tokens[found.trigger].has("past")

    def _wholly_after_publication(self, value: str) -> bool:
        """"провели телефонну розмову й домовилися скликати в лютому засідання": a time that begins after the day
        of publication cannot be when something already done was done; it is the time of what was agreed."""
        published = self.doc.published
        begins = value.split("/")[0]
        if (week := WEEK.match(begins)) is not None:  # ("наступного тижня": the week's Monday; its weekend too)
            begins = date.fromisocalendar(int(week[1]), int(week[2]), 6 if begins.endswith("-WE") else 1).isoformat()
        return bool(published) and "W" not in begins and begins > published[:10] and not begins.startswith(published[:10])

    def _wholly_before_publication(self, value: str) -> bool:
        """Whether a time ends before the period of publication it is told at ("2036-12" in January 2037; not
        "2037-01", the month it was published in)."""
        return value < (self.doc.published or "")[: len(value)]

    def _since_before_now(self, value: str) -> bool:
        """"четвертий візит від початку вторгнення" ("2022-02-24/.."): a span counted from a past point is
        not when the event happened (a span from a future day, "з 1 січня", is)."""
        published = self.doc.published
        return bool(published) and value.endswith("/..") and value.split("/")[0] < published[:10]  # ("2028/.." too)

    def _initial_timex(self, in_sentence: list[tuple[int, int, str, bool]], first: int):
        chosen = None
        position = first
        for timex in in_sentence:
            gap = self.tokens[position : timex[0]]
            # "Напередодні інциденту, у понеділок, …": a day named in apposition makes the first one exact
            apposed = chosen is not None and len(gap) <= 4 and any(t.text == "," for t in gap) and all(
                t.text == "," or t.pos == "PREP" or t.pos == "NOUN" and "gent" in t.cases for t in gap
            )
            if apposed:
                chosen, position = timex, timex[1]
                continue
            if any(
                str(t.pos) not in LIGHT_POS and t.text not in QUOTES and t.is_word and not t.text[:1].isdigit()
                for t in gap
                if t.lemma not in self.cues.date_lead_words
            ):
                break
            if chosen is None or len(timex[2]) >= len(chosen[2]):
                chosen = timex
            position = timex[1]
        return chosen

    def _same_time(self, i: int) -> bool:
        """Whether "того ж …" ("Того ж дня") starts at token ``i``."""
        return any(
            all(i + k < len(self.tokens) and self.tokens[i + k].text.lower() == word for k, word in enumerate(phrase))
            for phrase in self.cues.same_time
        )

    def _undated_paragraph(self, s: int) -> bool:
        """Whether the paragraph of sentence ``s`` names no date at all: a past act told in it goes on the
        story's last day ("У вівторок Стармер прибув до Києва … ¶ Зеленський подякував Лондону …")."""
        return self.doc.sentences[s].paragraph not in self.dated_paragraphs

    def _one_sentence_paragraphs(self) -> bool:
        """A text written one sentence per line: its lines are not paragraphs of their own story."""
        paragraphs = [sentence.paragraph for sentence in self.doc.sentences[1:]]
        return len(paragraphs) >= 3 and len(set(paragraphs)) == len(paragraphs)

    def _told_as_taking_place(self, found: Found, in_sentence: list[tuple[int, int, str, bool]]) -> list:
        """"темою зустрічі командувачів …, що відбулася у вівторок у Варні": an event noun's date told in the
        relative clause that says it took place, right after the noun's own words."""
        right = found.clause[1]
        openers = self.cues.relative_pronouns | self.cues.complementizer
        opener = next((j for j in range(right, min(len(self.tokens), right + 2)) if self.tokens[j].lemma in openers), None)
        if opener is None or right - found.trigger > 12:
            return []
        verb = next((j for j in range(opener + 1, min(len(self.tokens), opener + 3)) if self.tokens[j].lemma in self.cues.taking_place_verbs), None)
        if verb is None:
            return []
        end = next((j for j in range(verb + 1, min(len(self.tokens), verb + 8)) if self.tokens[j].text in (",", ".", ";")), verb + 8)
        return [t for t in in_sentence if verb < t[0] < end][:1]

    def _paragraph_date(self, s: int, across: bool = False, past: bool = False, days: bool = False) -> str | None:
        """The last date told before sentence ``s`` in its paragraph (``across``: in any paragraph; ``past``:
        not a future one; ``days``: a day, past months and weeks before the document's told since)."""
        paragraph = self.doc.sentences[s].paragraph
        first = self.doc.sentences[s].first_token
        for timex in reversed(self.timex_tokens):
            if timex[0] >= first or not self._may_date(timex) or past and timex[3]:
                continue  # "з початку вторгнення" is no point the story has reached
            if days and len(timex[2]) != 10 and self._wholly_before_publication(timex[2]):
                continue  # ("лише минулого місяця німці повернули …": a past month told in passing, not the story's day)
            if len(timex[2]) != 10 and self._in_relative_clause(timex[0]):
                # ("квоту, вдвічі більшу за ту, що минулого місяця погодили …": the noun's own past; but "раунд
                # переговорів, який у понеділок приймала Туреччина" dates the story)
                continue
            if len(timex[2]) <= 4 or after_reference_marker(self.tokens, timex[0]) or (
                "-W" in timex[2] and self._day_told_before(s, timex[0])
            ):
                # "цього року" tells no more than the document's date; a bare year ("торік", "у 2028 році"), a
                # decade or a century ("святилище XI століття") is background, not a line's day;
                # "через п'ять днів після переговорів … 26 липня" dates what the story measures from
                continue
            elsewhere = self.doc.sentences[self.tokens[timex[0]].sentence].paragraph != paragraph
            if not across and elsewhere:
                return None
            if elsewhere and after_background_marker(self.tokens, timex[0]) and self._wholly_before_publication(timex[2]):
                continue  # "турецька сторона ще в грудні скоротила скидання": a look back dates its paragraph only
            if elsewhere and "-W" in timex[2] and any(t[0] < timex[0] and len(t[2]) >= 10 for t in self.timex_tokens):
                continue  # ("повідомило в понеділок … ¶ минулого тижня бойовики обстріляли табір": so does a week told after a day)
            return timex[2]
        return None

    def _in_relative_clause(self, i: int) -> bool:
        """Whether the time at token ``i`` opens a relative clause (", яку минулого року", ", що …" after
        "той"): it tells the past of a noun, not a day the story has reached."""
        first = self.doc.sentences[self.tokens[i].sentence].first_token
        for k in range(i - 1, max(first, i - 4) - 1, -1):
            token = self.tokens[k]
            if token.text in (",", ":", ";"):
                return False
            if self.cues.relative_pronouns & token.lemmas and token.has("NPRO"):
                return True
            if token.lemma in self.cues.complementizer and k - 2 >= first and self.tokens[k - 1].text == ",":
                return self.tokens[k - 2].lemma == "той"
        return False

    def _reported_now(self, s: int, found: Found) -> bool:
        """Whether an undated event belongs to the document's date: it is reported (a reporting verb
        or frame with no date of its own), or told in the present or future tense."""
        if self.reports[s]:
            return True
        token = self.tokens[found.trigger]
        if not found.verbal:
            governing = self._governing_verb(found.trigger, found.clause[0])
            if governing is None:  # "Візит … тривав два дні": the verb after a subject noun
                governing = next(
                    (j for j in range(found.trigger + 1, found.clause[1]) if is_finite_verb(self.tokens[j])), None
                )
            if governing is None:
                return True
            token = self.tokens[governing]
        return token.has("pres") or token.has("futr")
