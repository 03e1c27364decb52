"""Numbers and bounds in words, the same on the terminal and in the browser."""

from __future__ import annotations

# A quantity's ``change`` as the words before its number.
BOUND_WORDS = {
    "=": "",
    "~": "about ",
    ">": "over ",
    ">=": "at least ",
    "<": "under ",
    "<=": "up to ",
    "up": "up ",
    "down": "down ",
}


def fmt_number(x: object) -> str:
    """13000 -> "13,000", 7.4 -> "7.4", 1234.567 -> "1,234.57"; None -> "–".

    Numbers too large to write out in full (1e20) keep six significant digits.
    """
    if x is None:
        return "–"
    if isinstance(x, bool) or not isinstance(x, int | float):
        return str(x)
    if abs(x) >= 1e15 or x != x:  # (x != x: NaN)
        return f"{x:.6g}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".") if abs(x) >= 1 else f"{x:.4g}"


def bounds_text(
    value: float | None,
    low: float | None,
    high: float | None,
    change: str,
    unit: str | None,
) -> str:
    """A quantity's bound in words: "over 13,000 vehicles", "between 5 and 7 %", "about 40"."""
    u = f" {unit}" if unit else ""
    if value is None and low is not None and high is not None:
        return f"between {fmt_number(low)} and {fmt_number(high)}{u}"
    if value is None:
        lo = f"at least {fmt_number(low)}" if low is not None else ""
        hi = f"up to {fmt_number(high)}" if high is not None else ""
        return (" and ".join(x for x in (lo, hi) if x) or "no value") + u
    return f"{BOUND_WORDS.get(change, change + ' ')}{fmt_number(value)}{u}"
