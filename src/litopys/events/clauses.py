"""Clauses without a parser: a clause is the stretch between subordinators (що, який, …), colons and
the commas that open a new subject and verb; content clauses, quotes and embedded actions.
"""

from __future__ import annotations

from litopys.events.records import DASHES, CoderState, Quote, is_finite_verb, verb_reading


class ClauseReading(CoderState):
    """Mixed into ``Coder``."""

    def _is_boundary(self, i: int) -> bool:
        token = self.tokens[i]
        if token.text in (":", ";"):
            return True
        inside = self.mentions.at.get(i)
        if inside and inside[1] < i:
            return False  # "Рутгер де Врі": the particle inside a name is no relative "де"
        if self.cues.relative_pronouns & token.lemmas and token.has("NPRO"):
            return True  # "яка" is also read as the noun "як"
        if i > 0 and self.tokens[i - 1].text == "," and token.lemma not in self.cues.clause_openers and any(
            a.lemma in self.cues.clause_openers and a.pos == "CONJ" for a in token.analyses
        ):
            return True  # ", доки Кабул не припинить": read first as the noun "док"
        if token.lemma in self.cues.clause_openers and token.pos in ("CONJ", "NPRO", "ADVB"):
            following = self.tokens[i + 1].text.lower() if i + 1 < len(self.tokens) else ""
            preceding = self.tokens[i - 1].lemma if i else ""
            after_comma = i > 0 and self.tokens[i - 1].text == ","  # ", поки Україна не відповіла" opens one
            if (following in self.cues.adverb_uses.get(token.lemma, ()) and not after_comma) or (
                token.text.lower() in self.cues.adverb_uses.get(preceding, ())
            ):
                return False  # "Стокгольм поки (що) не передаватиме": "for now", no clause of its own
            # "тим, що" and "що" open a clause; a relative pronoun after a preposition still does.
            complementizer = token.lemma in self.cues.complementizer
            return not complementizer or token.has("subord") or (i > 0 and self.tokens[i - 1].text == ",")
        return False

    def clause(self, i: int, first: int, last: int) -> tuple[int, int]:
        left = first
        j = i - 1
        while j >= first:
            if self._is_boundary(j):
                opening = self._closed_relative(j, i, first)
                if opening is None:
                    left = j + 1
                    break
                j = opening  # "МКЧХ, співробітники якого мали …, закликав": the main clause goes on past it
            j -= 1
        right = last
        for j in range(i + 1, last):
            if self._is_boundary(j):
                right = j
                break
            if self.tokens[j].text in DASHES and j + 1 < last and self.tokens[j - 1].text == ",":
                right = j - 1
                break
            # "…, повідомило ГУР": a reporting verb after a comma closes the reported clause.
            if self.tokens[j].text == "," and j + 1 < last and verb_reading(self.tokens[j + 1], self.cues.report_verbs):
                right = j
                break
            # "розігнали протест, ОАД вимагає перерахунку": a comma before a new subject and its own verb
            if self.tokens[j].text == "," and is_finite_verb(self.tokens[i]) and self._new_clause_after(j, last):
                right = j
                break
        return left, right

    def opened_by_relative(self, left: int, subject: bool, relatives: frozenset[str] | None = None) -> bool:
        """Whether the clause at ``left`` opens with a relative pronoun (of ``relatives``, else any) that is its
        subject (", які передавали") or, without ``subject``, one that is not (", яку затримали")."""
        if left <= 0:
            return False
        token = self.tokens[left - 1]
        return bool((relatives or self.cues.relative_pronouns) & token.lemmas) and token.has("nomn") == subject

    def _new_clause_after(self, comma: int, last: int) -> bool:
        """Whether a nominative name and a finite verb follow the comma at ``comma`` (an unjoined clause)."""
        name = self.mentions.at.get(comma + 1)
        if not name or name[1] != comma + 1:
            return False
        verb = name[2]
        return verb < last and is_finite_verb(self.tokens[verb]) and self.tokens[comma + 1].has("nomn")

    def _closed_relative(self, j: int, i: int, first: int) -> int | None:
        """Where a relative clause opened at ``j`` and closed by a comma before ``i`` begins (its opening
        comma), so the clause of ``i`` is the one around it; None when ``j`` opens no such clause."""
        if not (self.cues.relative_pronouns & self.tokens[j].lemmas and self.tokens[j].has("NPRO")):
            return None
        # (the relative clause's own verb may follow a parenthesis: ", до якої, крім Малі, входять …")
        own_verb = next((k for k in range(j + 1, i) if is_finite_verb(self.tokens[k])), None)
        if not any(self.tokens[k].text == "," for k in range(j + 1, i)) or any(
            self._is_boundary(k) or k != own_verb and is_finite_verb(self.tokens[k]) and self.tokens[k - 1].text == ","
            for k in range(j + 1, i)
        ):
            return None
        return next((k for k in range(j - 1, max(first, j - 4) - 1, -1) if self.tokens[k].text == ","), None)

    def _in_quote(self, i: int) -> Quote | None:
        for quote in self.quotes:
            if quote.start <= i < quote.end:
                return quote
        return None

    def _embeds(self, i: int) -> bool:
        """Whether the trigger at ``i`` embeds an action ("пообіцяв передати Україні …")."""
        hit = self.match(i, self.doc.sentences[self.tokens[i].sentence].first_token, self.doc.sentences[self.tokens[i].sentence].last_token)
        return hit is not None and hit[0].type in self.cues.embedding_types

    def _content_clause_start(self, i: int, last: int, past_object: bool = False) -> int | None:
        """Where "…, що" opens the content clause right after the trigger ("пообіцяв, що ЄС виділить …"); with
        ``past_object``, also past the object a warning names first ("застерегло британську владу, що …"),
        within a few words and past no other verb."""
        if i + 2 < last and self.tokens[i + 1].text == "," and self.tokens[i + 2].lemma in self.cues.complementizer:
            return i + 2
        for k in range(i + 2, min(last - 1, i + 8)) if past_object else ():
            if is_finite_verb(self.tokens[k]):
                return None
            if self.tokens[k].text == "," and self.tokens[k + 1].lemma in self.cues.complementizer:
                return k + 1
        return None

    def _embedded(self, embedding: int, i: int) -> bool:
        """Whether the trigger at ``i`` lies in the complement of the one at ``embedding``: after it in
        the same clause with no finite verb between ("закликав Угорщину не блокувати фінансову допомогу"),
        or in a "щоб" clause right after it."""
        # "зажадав, щоб Токіо публічно відмовився від слів прем'єрки": the act wished for in a "щоб" clause
        wish = next((k for k in range(embedding + 1, min(i, embedding + 3)) if self.tokens[k].text.lower() == "щоб"), None)
        if wish is not None and i - embedding <= 10 and not any(is_finite_verb(self.tokens[k]) for k in range(wish + 1, i)):
            return True
        if is_finite_verb(self.tokens[i]) or not 0 < i - embedding <= 8 and not self._second_infinitive(embedding, i):
            return False  # a finite verb is a predicate of its own ("відкинув критику і звинуватив …")
        between = range(embedding + 1, i)
        j = i - 1
        while j > embedding and self.tokens[j].pos == "ADJF":
            j -= 1
        if self.tokens[j].lemma in self.cues.topic_preps and j - 1 > embedding and self.tokens[j - 1].pos == "NOUN":
            return False  # "заблокувала рішення ЄС про виділення …": the topic of another noun, with its own owner
        return not any(is_finite_verb(self.tokens[k]) or self._is_boundary(k) for k in between)

    def _second_infinitive(self, embedding: int, i: int) -> bool:
        """"закликав владу перерахувати голоси під міжнародним наглядом і негайно звільнити затриманих": an
        infinitive joined by "і" to one the trigger embeds is embedded too, however long the first one runs."""
        if "infn" not in self.tokens[i].tags or i - embedding > 24:
            return False
        first = next((k for k in range(embedding + 1, min(i, embedding + 9)) if "infn" in self.tokens[k].tags), None)
        # (or a comma: "зажадав визнати провину, вибачитися та виплатити компенсацію")
        return first is not None and any(
            self.tokens[k].text.lower() in self.cues.coordinators or self.tokens[k].text == "," for k in range(first + 1, i)
        )

    def _in_prepositional(self, j: int, left: int) -> bool:
        """Whether the noun at ``j`` hangs from a preposition through nouns and adjectives ("За
        підсумками зустрічі"), so it cannot be a subject."""
        k = j - 1
        while k >= left and self.tokens[k].pos in ("NOUN", "ADJF"):
            k -= 1
        return k >= left and self.tokens[k].has("PREP")

    def _conditional(self, i: int, first: int) -> bool:
        """"у разі нападу на одну зі сторін", "у випадку агресії": an event supposed, not told."""
        j = i - 1
        while j > first and self.tokens[j].pos == "ADJF":
            j -= 1
        return j > first and self.tokens[j].lemma in self.cues.condition_nouns and self.tokens[j - 1].has("PREP")

    def _governing_verb(self, i: int, left: int) -> int | None:
        """The finite verb, or predicative adjective ("Вашингтон готовий виділити"), nearest before ``i``
        (a name is none: "Сибіга" is also read as a verb)."""
        for j in range(i - 1, left - 1, -1):
            if j in self.mentions.at:
                continue
            if is_finite_verb(self.tokens[j]) or self.tokens[j].lemma in self.cues.modal_adjectives:
                return j
        return None

    def _phrase_at(self, j: int, words: tuple[str, ...], last: int) -> bool:
        return j + len(words) <= last and all(
            self.tokens[j + k].lemma == word or self.tokens[j + k].text.lower() == word for k, word in enumerate(words)
        )

    def _sentence_has(self, s: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
        """Whether a sentence holds one of the phrases (cached: several triggers ask)."""
        key = (s, phrases)
        if key not in self._phrase_cache:
            sentence = self.doc.sentences[s]
            firsts = {words[0] for words in phrases}
            self._phrase_cache[key] = any(
                self._phrase_at(j, words, sentence.last_token)
                for j in range(sentence.first_token, sentence.last_token)
                if self.tokens[j].lemma in firsts or self.tokens[j].text.lower() in firsts
                for words in phrases
            )
        return self._phrase_cache[key]
