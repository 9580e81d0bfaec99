"""Benchmarks (`make bench`): filled in by the issues that set speed and memory targets."""

from __future__ import annotations

if __name__ == "__main__":
    print("no benchmarks yet")
