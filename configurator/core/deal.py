"""A deal: one or more options of the same solution (DESIGN.md §9), each a whole `Solution`
with its own name, scenario, policy, items and value; name, customer, catalog and deal
settings are shared, and `Deal` keeps them equal in every option.

A file without options is a deal of one option, and every single-solution code path (the
rules, the BOM, the exports) works on one option at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from configurator.core.solution import Solution

SHARED = ("name", "catalog_id", "catalog_version", "catalog_digest", "customer", "deal", "kept_prices")
OWN_KEYS = ("scenario", "policy", "items", "value")  # an option's own keys in the file
MAX_OPTIONS = 20


@dataclass(frozen=True)
class Deal:
    options: tuple[Solution, ...]
    recommended: str | None = None  # an option's name

    def __post_init__(self) -> None:
        if not self.options:
            raise ValueError("a deal has at least one option")

    @classmethod
    def of(cls, solution: Solution) -> Deal:
        return cls((solution,))

    @property
    def first(self) -> Solution:
        return self.options[0]

    def label(self, index: int, default: str = "{}") -> str:
        """What option `index` is called: its name, else `default` with its number."""
        return self.options[index].option or default.format(index + 1)

    def index(self, wanted: str) -> int | None:
        """The option named `wanted`, else the option numbered `wanted` (1-based)."""
        for index, option in enumerate(self.options):
            if option.option == wanted:
                return index
        if wanted.isdigit() and 1 <= int(wanted) <= len(self.options):
            return int(wanted) - 1
        return None

    @property
    def recommended_at(self) -> int | None:
        """The option `recommended` names (by name only), if any."""
        return next((i for i, o in enumerate(self.options) if self.recommended and o.option == self.recommended), None)

    @property
    def recommended_index(self) -> int:
        """The recommended option, else the first."""
        found = self.recommended_at
        return 0 if found is None else found

    def replaced(self, index: int, solution: Solution) -> Deal:
        """Option `index` becomes `solution`; what it shares with the others, they take."""
        shared = {key: getattr(solution, key) for key in SHARED}
        options = [solution if i == index else _shared(option, shared) for i, option in enumerate(self.options)]
        return replace(self, options=tuple(options))

    def added(self, solution: Solution, at: int | None = None) -> Deal:
        at = len(self.options) if at is None else at
        solution = _shared(solution, {key: getattr(self.first, key) for key in SHARED})
        return self._reordered((*self.options[:at], solution, *self.options[at:]))

    def removed(self, index: int) -> Deal:
        name = self.options[index].option
        options = self.options[:index] + self.options[index + 1 :]
        recommended = None if self.recommended == name else self.recommended
        return replace(self._reordered(options), recommended=recommended)

    def renamed(self, index: int, name: str) -> Deal:
        old = self.options[index].option
        deal = replace(self, recommended=name if self.recommended == old and old else self.recommended)
        return deal.replaced(index, self.options[index].edited(option=name))

    def moved(self, index: int, to: int) -> Deal:
        options = list(self.options)
        options.insert(to, options.pop(index))
        return self._reordered(tuple(options))

    def _reordered(self, options: tuple[Solution, ...]) -> Deal:
        """`options` (some of them new or moved) with the values the file keeps as written at its
        top level (unknown keys, refused shared values) where they belong: with the first option,
        which the top level of the file is, and with no other (a copy of the first included)."""
        top = {k: v for k, v in self.first.raw.items() if k not in OWN_KEYS}
        first, *rest = options
        rest = [o if not top.keys() & o.raw.keys() else replace(o, raw=_without(o.raw, top)) for o in rest]
        if first is not self.first:
            first = replace(first, raw={**top, **_without(first.raw, top)}, positions=self.first.positions)
        return replace(self, options=(first, *rest))

    def with_recommended(self, name: str | None) -> Deal:
        return replace(self, recommended=name)

    def unique_name(self, wanted: str) -> str:
        """`wanted`, or `wanted (2)`, ... when an option has that name."""
        names = {option.option for option in self.options}
        name, number = wanted, 2
        while name in names:
            name, number = f"{wanted} ({number})", number + 1
        return name


def _without(raw: dict, keys) -> dict:
    return {k: v for k, v in raw.items() if k not in keys}


def _shared(option: Solution, shared: dict) -> Solution:
    if all(getattr(option, key) == value for key, value in shared.items()):
        return option
    raw = {k: v for k, v in option.raw.items() if k not in ("name", "customer", "catalog", "deal")}
    return replace(option, raw=raw, **shared)
