"""Language identification, enough to refuse texts that are not Ukrainian.

Ukrainian and Russian share most Cyrillic letters; each has a few of its own (і ї є ґ against
ы э ъ ё). Those letters and the share of Cyrillic among all letters decide, with no model to load.
"""

from __future__ import annotations

UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")


def identify(text: str, sample: int = 20_000) -> str:
    """``uk``, ``ru``, ``en`` (Latin script) or ``unknown``."""
    letters = [c for c in text[:sample] if c.isalpha()]
    if not letters:
        return "unknown"
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyrillic < len(letters) * 0.5:
        latin = sum(1 for c in letters if c.isascii())
        return "en" if latin > len(letters) * 0.5 else "unknown"
    uk = sum(1 for c in letters if c in UKRAINIAN_ONLY)
    ru = sum(1 for c in letters if c in RUSSIAN_ONLY)
    # Short Cyrillic texts may carry none of the distinctive letters: only Russian ones count against.
    if uk >= ru * 2:
        return "uk"
    return "ru"
