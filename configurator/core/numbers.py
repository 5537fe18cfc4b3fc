"""How numbers, money, shares and dates are written in each language."""

from __future__ import annotations

from datetime import date

CURRENCY_SIGNS = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$"}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def money(value: float, currency: str = "CNY", lang: str = "zh") -> str:
    """¥1,234.56 in Chinese; CNY 1,234.56 in English, where ¥ could also mean yen."""
    sign = CURRENCY_SIGNS.get(currency, currency + " ") if lang == "zh" else currency + " "
    amount = f"{abs(value):,.2f}"
    return f"-{sign}{amount}" if value < 0 else f"{sign}{amount}"


def number(value: float) -> str:
    """1,200 or 3.50; a small fraction with the digits it needs (0.0005, not 0.00)."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    places = next((p for p in range(2, 7) if round(value, p) == value), None)
    return f"{value:,.{places}f}" if places is not None else f"{value:,.6g}"


def share(value: float) -> str:
    return f"{value:.1%}"


def long_date(day: date, lang: str = "zh") -> str:
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
