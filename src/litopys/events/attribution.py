"""Who says so and how sure: reporting verbs and frames, direct quotes and reported speech (the
claims), and each event's modality (hedged, negated, possible, future, denied).
"""

from __future__ import annotations

from litopys.doc import Claim, Token
from litopys.events.phrases import QUOTES
from litopys.events.records import DASHES, CoderState, Found, Quote, Report, is_finite_verb, uniq, verb_reading


class Attribution(CoderState):
    """Mixed into ``Coder``."""

    def _person_memory(self, sentence: int, before: int) -> None:
        for phrase in self.phrases[sentence]:
            if phrase.last <= before and phrase.person and phrase.entities and not self._in_quote(phrase.first):
                self.last_person = list(phrase.entities)

    def find_reports_and_claims(self) -> list[Claim]:
        """Reporting verbs with their speakers, direct quotes and reported speech."""
        c = self.cues
        claims: list[Claim] = []
        self.quotes = self._find_quotes()
        last_person: list[str] = []
        for s, sentence in enumerate(self.doc.sentences):
            first, last = sentence.first_token, sentence.last_token
            for i in range(first, last):
                token = self.tokens[i]
                for phrase in self.phrases[s]:
                    # a person named inside a quote is not who "— заявив він" refers to
                    if phrase.first == i and phrase.person and phrase.entities and not self._in_quote(i):
                        last_person = list(phrase.entities)
                if not token.is_word:
                    continue
                if is_finite_verb(token) and verb_reading(token, c.report_verbs):
                    left, right = self.clause(i, first, last)
                    tail = i - 1 >= first and (self.tokens[i - 1].text in DASHES or self.tokens[i - 1].text == ",") and not (
                        self._closes_gerund_clause(i - 1, first)
                    )
                    group = self.subject(s, i, left, right, look_right=True)
                    speaker: list[str] = []
                    if group:
                        self.last_person = last_person
                        speaker = self.resolve(group)
                    addressee = [p for p in self.phrases[s] if p.first > i and p.first <= i + 3 and p.prep is None and "datv" in p.cases]
                    report = Report(i, speaker, self.resolve(self.group_of(s, addressee[0])) if addressee else [], tail=tail)
                    report.frame = i - 1 >= first and self.tokens[i - 1].text.lower() in c.as_words  # "Як повідомляє Kyodo, …"
                    self.reports[s].append(report)
                    if speaker and any(p.person for p in (group or [])):
                        last_person = speaker
                elif self._frame_at(i, last):
                    span = self._frame_at(i, last)
                    if self.tokens[i + 1].text.lower() in c.possessives:  # "за його словами": the last person named
                        self.reports[s].append(Report(i, list(last_person), frame=True))
                        continue
                    phrase = next((p for p in self.phrases[s] if p.first >= i + span and p.first <= i + span + 4), None)
                    if phrase and not any(t.text in (",", ":", ";") for t in self.tokens[i + span : phrase.first]):
                        # "За даними розвідки, Іран …": a source not named; the clause's subject is no source.
                        self.reports[s].append(Report(i, self.resolve(self.group_of(s, phrase)), frame=True))
                        self.frame_phrases.update(id(p) for p in self.group_of(s, phrase))
            self._title_tail(s, first, last)
        self._quote_speakers()
        for quote in self.quotes:
            start, end = self.tokens[quote.start].start, self.tokens[quote.end - 1].end
            claims.append(Claim(start, end, self.doc.text[start:end], speaker=quote.speaker[0] if quote.speaker else None, direct=True))
        claims.extend(self._reported_speech())
        claims.sort(key=lambda claim: claim.start)
        return claims

    def _speech_frame_at(self, i: int, frame: tuple[str, ...]) -> bool:
        """Whether a speech frame ("за словами", "за його словами") starts at ``i``."""
        words = [t for t in self.tokens[i : i + len(frame) + 1] if t.text.lower() not in self.cues.possessives]
        return len(words) >= len(frame) and all(w in t.lemmas or t.text.lower() == w for t, w in zip(words, frame, strict=False))

    def _frame_at(self, i: int, last: int) -> int:
        """Length of a source frame starting at ``i`` ("за даними", "за його словами"), or 0."""
        token = self.tokens[i]
        if token.text.lower() not in self._frame_firsts and token.lemma not in self._frame_firsts:
            return 0
        for frame in self.cues.source_frames:
            for skip in (0, 1):  # a possessive pronoun may sit after the preposition: "за його словами"
                if skip and (i + 1 >= last or self.tokens[i + 1].text.lower() not in self.cues.possessives):
                    continue
                positions = [i] + [i + k + skip for k in range(1, len(frame))]
                if positions[-1] < last and all(
                    self.tokens[p].text.lower() == word or word in self.tokens[p].lemmas for p, word in zip(positions, frame, strict=True)
                ):
                    return len(frame) + skip
        return 0

    def _title_tail(self, s: int, first: int, last: int) -> None:
        """"Переговори … тривають, - розвідка Британії": a source after a dash ends the sentence."""
        for j in range(last - 1, first, -1):
            if self.tokens[j].text in DASHES and self.tokens[j - 1].text == ",":
                tail = [p for p in self.phrases[s] if p.first > j]
                if tail and not any(is_finite_verb(t) for t in self.tokens[j + 1 : last]):
                    self.reports[s].append(Report(j, self.resolve(self.group_of(s, tail[0])), tail=True))
                return

    def _find_quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        tokens = self.tokens
        open_at: int | None = None
        open_char = ""
        paragraph_of = {}
        for sentence in self.doc.sentences:
            for i in range(sentence.first_token, sentence.last_token):
                paragraph_of[i] = sentence.paragraph
        for i, token in enumerate(tokens):
            text = token.text
            if open_at is not None and paragraph_of.get(i) != paragraph_of.get(open_at):
                open_at = None
            if text in "«„“" and open_at is None:
                open_at, open_char = i, text
            elif text in "»”" and open_at is not None and open_char != '"':
                self._add_quote(quotes, open_at, i)
                open_at = None
            elif text == '"':
                if open_at is None:
                    open_at, open_char = i, text
                elif open_char == '"':
                    self._add_quote(quotes, open_at, i)
                    open_at = None
        return quotes

    def _add_quote(self, quotes: list[Quote], opening: int, closing: int) -> None:
        words = [t for t in self.tokens[opening + 1 : closing] if t.is_word]
        if len(words) >= 3:
            quotes.append(Quote(opening + 1, closing, []))

    def _quote_speakers(self) -> None:
        for quote in self.quotes:
            s_end = self.tokens[quote.end - 1].sentence
            s_start = self.tokens[quote.start].sentence
            after = [r for r in self.reports[s_end] if r.position > quote.end and r.position <= quote.end + 4]
            before = [r for r in self.reports[s_start] if r.position < quote.start and not r.frame]
            if after:
                quote.speaker = after[0].speaker
            elif before:
                quote.speaker = before[-1].speaker

    def _reported_speech(self) -> list[Claim]:
        """"X заявив, що …" and "за словами X, …": the reported content, up to a conjoined predicate
        of the main clause ("…, і закликав …") or the end of the sentence."""
        claims = []
        for s, reports in enumerate(self.reports):
            last = self.doc.sentences[s].last_token
            for report in reports:
                if report.tail:
                    continue
                if report.frame:
                    if not any(self._speech_frame_at(report.position, frame) for frame in self.cues.speech_frames):
                        continue
                    j = report.position + 2
                    while j < last and self.tokens[j].text != ",":
                        j += 1
                else:
                    j = report.position + 1
                    while j < last and j <= report.position + 8 and self.tokens[j].lemma not in self.cues.complementizer and self.tokens[j].text != ":":
                        j += 1
                    if j > report.position + 8 or (j < last and self.tokens[j].text == ":"):
                        continue
                if j >= last:
                    continue
                start_token, end_token = j + 1, last
                for k in range(start_token + 1, last - 2):
                    if (
                        self.tokens[k].text == ","
                        and self.tokens[k + 1].text.lower() in self.cues.coordinators
                        and is_finite_verb(self.tokens[k + 2])
                    ):
                        end_token = k
                        break
                while end_token - 1 > start_token and not self.tokens[end_token - 1].is_word and self.tokens[end_token - 1].text not in QUOTES:
                    end_token -= 1
                if end_token <= start_token or self._in_quote(start_token):
                    continue
                start, end = self.tokens[start_token].start, self.tokens[end_token - 1].end
                speaker = report.speaker[0] if report.speaker else None
                claims.append(Claim(start, end, self.doc.text[start:end], speaker=speaker, direct=False))
        return claims

    def _plural_speaker(self, s: int, i: int) -> list[str] | None:
        """"Макрон заявив канцлеру Німеччини, що дві країни …": a plural anaphor after a report names both sides."""
        for report in self.reports[s]:
            if report.position < i and report.addressee and not report.tail and not report.frame:
                return uniq(report.speaker + report.addressee)
        return None

    def _closes_gerund_clause(self, comma: int, first: int) -> bool:
        """Whether the comma at ``comma`` closes a gerund's clause opened by a comma before it ("Фаузі, виступаючи
        перед випускниками, попередив, що …"): the verb after it goes on with the subject before, no quote's tail."""
        opening = next((k for k in range(comma - 1, first - 1, -1) if self.tokens[k].text in (",", "—", "«", "»")), None)
        return opening is not None and self.tokens[opening].text == "," and any(
            t.pos == "GRND" for t in self.tokens[opening + 1 : min(comma, opening + 3)]
        )

    def _speaker_for(self, s: int, i: int) -> list[str]:
        quote = self._in_quote(i)
        if quote and quote.speaker:
            return list(quote.speaker)
        speakers: list[str] = []
        for report in self.reports[s]:
            covers_after = report.position < i and any(
                self.tokens[j].lemma in self.cues.complementizer or self.tokens[j].text == ":" for j in range(report.position + 1, i)
            )
            if report.frame or (report.tail and report.position > i) or covers_after:
                speakers.extend(report.speaker)
        return uniq(speakers)

    def _modality(self, i: int, left: int, right: int, token: Token, verbal: bool) -> str:
        c = self.cues
        tokens = self.tokens
        sentence = self.doc.sentences[token.sentence]
        before = tokens[max(left, i - 4) : i]
        lemmas_before = [t.lemma for t in before]
        if any(t.pos == "VERB" and t.lemma in c.denial_verbs for t in tokens[sentence.first_token : i]) or self._sentence_has(
            token.sentence, c.denial_phrases
        ):
            return "denied"
        if any(
            t.lemma in c.negation and k + 1 < len(before) and before[k + 1].lemma in c.open_when_negated
            for k, t in enumerate(before)
        ):
            return "possible"  # "не виключає постачання"
        # ("«не залишаться без відповіді»": a negation of a lack affirms)
        lack = any(t.text.lower() == "без" for t in tokens[i + 1 : min(right, i + 3)])
        if i - 1 >= left and tokens[i - 1].lemma in c.negation and token.lemma in c.open_when_negated:
            return "possible"  # "не виключив нових обмежень": a penalty not ruled out, itself the trigger
        if i - 1 >= left and tokens[i - 1].lemma in c.negation and not lack:
            return "negated"
        for j in range(sentence.first_token, i):  # "немає ознак нападу", "не бачимо доказів постачання"
            if tokens[j].lemma in c.no_evidence and any(
                t.lemma in c.absence or t.text.lower() in c.absence for t in tokens[max(sentence.first_token, j - 2) : j]
            ):
                return "negated"
        if any(
            t.lemma in c.negation and k + 1 < len(before) and before[k + 1].pos == "VERB" and before[k + 1].lemma not in c.reluctance
            for k, t in enumerate(before)
        ):
            return "negated"
        j = i + 1  # (past whom it fails: "домовитися сторонам не вдалося")
        while j < min(i + 3, sentence.last_token) and tokens[j].pos in ("NOUN", "NPRO", "ADJF") and tokens[j].has("datv"):
            j += 1
        if (
            "infn" in token.tags and j + 1 < sentence.last_token and tokens[j].lemma in c.negation
            and tokens[j + 1].pos == "VERB" and "infn" not in tokens[j + 1].tags
        ):
            return "negated"  # "власного посла відкликати не збирається": the verb it hangs on, negated after it
        # "підпал нібито організували …": a hedge between an event noun and its verb hedges the event too
        after = tokens[i + 1 : min(right, i + 3)] if not verbal else []
        if any(t.lemma in c.hedges for t in tokens[left:i] + after):
            return "hedged"
        if any(lemma in c.possible for lemma in lemmas_before) or any(
            t.lemma in c.possible_particles for t in tokens[left : min(right, i + 3)]
        ):
            return "possible"
        if any(t.lemma in c.obligation and (t.pos == "VERB" or t.pos == "ADJF" or t.pos == "PRED") for t in before[-2:]):
            return "possible"
        if not verbal and self._next_instance_at(i, left):
            return "future"  # "наступна зустріч", "майбутній візит"
        future_form = token.has("futr") and not token.has("pres")  # "розслідує" is present and future
        # "Нагадаємо, …" is the writer's own future, not the event's.
        if future_form and verbal or any(t.pos == "VERB" and "futr" in t.tags and "1per" not in t.tags for t in before):
            return "future"
        if any(lemma in c.future_verbs and lemma not in c.auxiliaries for lemma in lemmas_before):
            return "future"
        return "asserted"

    def _next_instance_at(self, i: int, left: int) -> bool:
        """Whether the event noun at ``i`` is named as a later one ("наступна зустріч", "майбутній візит")."""
        before = self.tokens[i - 1] if i - 1 >= left else None
        return before is not None and before.pos == "ADJF" and before.lemma in self.cues.future_adjectives

    def _next_instance(self, found: Found) -> bool:
        return not found.verbal and self._next_instance_at(found.trigger, found.clause[0])

    def _hedged_plan(self, found: Found) -> bool:
        """"Росія, ймовірно, готується атакувати судна": a hedge over a plan or a possibility is still
        an action not taken (the hedge wins the modality, but the plan makes it a threat)."""
        if found.modality != "hedged":
            return False
        left = found.clause[0]
        before = self.tokens[max(left, found.trigger - 4) : found.trigger]
        return any(
            (t.lemma in self.cues.future_verbs and t.lemma not in self.cues.auxiliaries) or t.lemma in self.cues.possible
            for t in before
        )

    def attribute_back_references(self) -> None:
        """"Про це повідомляє Reuters …": a report about "це" covers the sentences before it."""
        for s, reports in enumerate(self.reports):
            words = [t.lemma for t in self.doc.sentence_tokens(s)[:3]]
            if self.cues.back_reference <= set(words) and reports:
                speakers = uniq([x for r in reports for x in r.speaker])
                for found in self.found:
                    if found.sentence < s and found.sentence >= s - 2 and not found.attributed_to:
                        found.attributed_to = speakers
