"""How numbers, money and shares are shown in the UI."""

from __future__ import annotations

CURRENCY_SIGNS = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$"}


def money(value: float, currency: str = "CNY") -> str:
    sign = CURRENCY_SIGNS.get(currency, currency + " ")
    return f"-{sign}{-value:,.2f}" if value < 0 else f"{sign}{value:,.2f}"


def number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def share(value: float) -> str:
    return f"{value:.1%}"

