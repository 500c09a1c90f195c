"""The coverage gate of CI: at least TOTAL % of the measured lines overall, and no module under
MODULE %. Reads coverage.py's JSON report (``coverage json -o FILE``); prints the total and the
least covered modules; exits 1 when a threshold is missed."""

from __future__ import annotations

import json
import sys

TOTAL = 90.0
MODULE = 70.0


def main(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    total = report["totals"]["percent_covered"]
    files = sorted(
        (data["summary"]["percent_covered"], name)
        for name, data in report["files"].items()
        if data["summary"]["num_statements"]
    )
    print(f"coverage: {total:.1f} % of {report['totals']['num_statements']} statements (gate {TOTAL:.0f} %)")
    for pct, name in files[:8]:
        print(f"  {pct:5.1f} %  {name}")
    low = [(pct, name) for pct, name in files if pct < MODULE]
    for pct, name in low:
        print(f"coverage gate: {name} is {pct:.1f} % covered, under {MODULE:.0f} %", file=sys.stderr)
    if total < TOTAL:
        print(f"coverage gate: {total:.1f} % overall, under {TOTAL:.0f} %", file=sys.stderr)
    return 1 if low or total < TOTAL else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "artifacts/coverage.json"))
