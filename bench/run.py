"""`make bench`: runs every bench/bench_*.py in order and collects their figures.

Each module defines ``main() -> dict`` that prints its own human-readable lines and returns the
figures, which are written to ``bench/out/<name>.json`` so notes can cite them. ``make bench ONLY=x``
runs only modules whose name contains x.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    only = os.environ.get("ONLY", "")
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    print(f"litopys benchmarks · {platform.processor() or platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}")
    failures = 0
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if only and only not in name:
            continue
        print(f"\n== {name} ==", flush=True)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        started = time.perf_counter()
        try:
            spec.loader.exec_module(module)
            figures = module.main()
        except Exception as error:  # one broken benchmark must not hide the others
            failures += 1
            print(f"FAILED: {type(error).__name__}: {error}")
            continue
        figures = dict(figures or {}, seconds=round(time.perf_counter() - started, 2))
        (out / f"{name}.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
