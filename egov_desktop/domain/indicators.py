"""Ratio indicators: numerator, denominator and value, with "không áp dụng" for a zero base."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

NOT_APPLICABLE = "không áp dụng"


@dataclass(frozen=True)
class Ratio:
    """An indicator value: kept as its two counts so it can be summed and checked."""

    numerator: int
    denominator: int

    def __post_init__(self) -> None:
        if self.numerator < 0 or self.denominator < 0:
            raise ValueError("counts cannot be negative")

    @property
    def percent(self) -> float | None:
        """The value in percent, one decimal place (half up); None when the base is zero."""
        if self.denominator == 0:
            return None
        exact = Decimal(self.numerator) * 100 / Decimal(self.denominator)
        return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))

    def text(self) -> str:
        """Vietnamese display: "44,7%" or "không áp dụng"."""
        value = self.percent
        if value is None:
            return NOT_APPLICABLE
        return f"{value:.1f}".replace(".", ",") + "%"

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.numerator + other.numerator, self.denominator + other.denominator)


def ii06a_rates(values: dict[int, int], *, online_base: str = "new") -> dict[str, Ratio]:
    """The dossier-processing rates of domain.md §6.1 from one II.06a row (columns 3–13).

    `online_base` "new" divides online receipts by new receipts ((4) + (5)); "all" by (3).
    """
    v = {column: values.get(column, 0) or 0 for column in range(3, 14)}
    online_denominator = v[4] + v[5] if online_base == "new" else v[3]
    return {
        "completion_rate": Ratio(v[7], v[3]),
        "on_time_rate": Ratio(v[8] + v[9], v[7]),
        "overdue_rate": Ratio(v[10], v[7]),
        "online_receipt_rate": Ratio(v[4], online_denominator),
        "pending_overdue_rate": Ratio(v[13], v[11]),
    }
