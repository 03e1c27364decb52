"""A small table type that every evaluation returns, rendered by the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Row:
    """One scored column: ours, beside published figures for the same column."""

    name: str
    precision: float
    recall: float
    f1: float
    published: dict[str, float] = field(default_factory=dict)
    cases: int | None = None  # for suites of test cases: how many were run ...
    passed: int | None = None  # ... and how many passed whole

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.cases if self.cases and self.passed is not None else None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "published": self.published,
        }
        if self.cases is not None:
            d.update(cases=self.cases, passed=self.passed, pass_rate=round(self.pass_rate or 0, 4))
        return d


@dataclass(frozen=True, slots=True)
class EvalReport:
    benchmark: str
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "benchmark": self.benchmark,
            "rows": [r.to_dict() for r in self.rows],
            "notes": list(self.notes),
            **self.extra,
        }

    def render(self) -> str:
        systems = sorted({k for r in self.rows for k in r.published})
        cases = any(r.cases is not None for r in self.rows)
        head = f"{'column':<26}{'P':>7}{'R':>7}{'F1':>7}"
        head += f"{'cases':>8}{'passed':>8}{'pass %':>8}" if cases else ""
        head += "".join(f"{s:>12}" for s in systems)
        lines = [f"{self.benchmark}", head, "-" * len(head)]
        for r in self.rows:
            pub = "".join(
                f"{r.published[s]:>12.1f}" if s in r.published else f"{'':>12}" for s in systems
            )
            rate = r.pass_rate
            passed = (
                f"{r.cases or 0:>8}{r.passed or 0:>8}{100 * (rate or 0):>8.1f}"
                if cases and r.cases is not None
                else f"{'':>24}"
                if cases
                else ""
            )
            lines.append(
                f"{r.name:<26}{100 * r.precision:>7.1f}{100 * r.recall:>7.1f}"
                f"{100 * r.f1:>7.1f}{passed}{pub}"
            )
        if systems:
            lines.append("published columns are F1 on the published split: " + ", ".join(systems))
        lines.extend(self.notes)
        return "\n".join(lines)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
