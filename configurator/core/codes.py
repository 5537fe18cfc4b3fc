"""Every finding code with its severity and message template, in one table.

Messages are templates over named parameters so that findings stay data: the CLI and the
GUI render them (and later translate them) from `code` and `params`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypedDict

from configurator.core.findings import Finding, Location, Severity
from configurator.core.vocabulary import N_

if TYPE_CHECKING:
    from configurator.core.catalog import Catalog

Names = Mapping[str, str]  # a catalog id → what people read for it (catalog_names)


@dataclass(frozen=True)
class Phrase:
    """A translatable piece of a message: a template marked with N_ and its own params.

    Findings keep phrases in their params, so a front end renders the whole message (and
    the phrases inside it) in its language; str() gives the English text.
    """

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, tr: Callable[[str], str], names: Names | None = None) -> str:
        return tr(self.template).format(**{k: _text(v, tr, names, k) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.render(_same)


def _same(text: str) -> str:
    return text


MAX_ECHO = 120  # characters of a value a message repeats; a longer one is cut with "…"


class Listing(str):
    """Text the app joined from known values (the allowed keys, a cycle's path): a message
    shows it whole, however long, where a single echoed value is cut at MAX_ECHO."""


class Ref(str):
    """A capability or interface id in a param that holds other words too (a replacement's
    `value` beside modes, a rejection's `detail` beside levels): people see its name."""


@dataclass(frozen=True)
class Chain:
    """Capability ids in order (a cycle, the critical path), shown whole, joined by arrows."""

    ids: tuple[str, ...]

    def __str__(self) -> str:
        return named_chain(self.ids, {})


def named_chain(ids: Iterable[str], names: Names) -> str:
    """Ids in order (why an item is there, a cycle, the critical path) as people read them."""
    return " → ".join(names.get(ident, ident) for ident in ids)


# Params that hold capability or interface ids (one namespace in a catalog), alone or in
# lists, wherever they occur in the findings of solutions: a message for people shows their
# names. `suggestion` is an id only beside the hint `add_item` (elsewhere a mode or a key).
ID_PARAMS = frozenset({"subject", "requirement", "other", "target", "candidate", "items", "cycle", "chain"})
ID_HINTS = frozenset({"add_item"})
# The codes whose `subject` is an item of the solution; catalog findings (CAT-, YAML-) and
# value findings (VAL-: scenarios, value drivers) keep their ids.
NAMED_FAMILIES = ("SOL-", "DEP-", "CON-", "SCN-", "MODE-", "DR-", "XC-", "PLAN-", "PTN-")


def catalog_names(catalog: Catalog, lang: str) -> dict[str, str]:
    """Each capability's and interface's name in `lang`, for rendering findings to people."""
    names = {ident: iface.name.get(lang) or ident for ident, iface in catalog.interfaces.items()}
    names.update((ident, cap.name.get(lang) or ident) for ident, cap in catalog.capabilities.items())
    return names


def _text(value: Any, tr: Callable[[str], str], names: Names | None = None, key: str = "") -> Any:
    if isinstance(value, Phrase):
        return value.render(tr, names)
    if isinstance(value, list):
        separator = tr("; ") if any(isinstance(v, Phrase) for v in value) else tr(", ")
        return separator.join(str(_text(v, tr, names, key)) for v in value)
    shown = names if key in ID_PARAMS or isinstance(value, Ref) else None
    if isinstance(value, Chain):
        return named_chain(value.ids, shown or {})
    if shown is not None and isinstance(value, str):
        value = shown.get(value, value)
    if isinstance(value, str) and len(value) > MAX_ECHO and not isinstance(value, Listing):  # a pasted blob
        return value[: MAX_ECHO - 1] + "…"
    return value


def plain_number(value: float) -> str:
    """1,000,000 or 0.0005: grouped, without a float's trailing zeros or exponent."""
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def phrase(template: str, **params: Any) -> Phrase:
    return Phrase(template, params)


class Hint(TypedDict, total=False):
    """Keyword arguments of `make` that add a hint: its key in HINTS and the values it names."""

    hint: str
    suggestion: str
    allowed: Listing


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: Severity
    template: str


E, W, INF = Severity.ERROR, Severity.WARNING, Severity.INFO

_RULES = [
    # YAML: reading files
    Rule("YAML-SYNTAX-001", E, N_("YAML syntax error: {problem}")),
    Rule("YAML-DUPKEY-002", E, N_("duplicate key '{key}' (first defined at line {first_line})")),
    Rule("YAML-TAG-003", E, N_("tag '{tag}' is not allowed; only plain YAML data is accepted")),
    Rule("YAML-ALIAS-004", E, N_("aliases expand to {size} nodes (limit {limit}); refusing a possible alias bomb")),
    Rule("YAML-SIZE-005", E, N_("file is {size} bytes, more than the limit of {limit} bytes")),
    Rule("YAML-ENCODING-006", E, N_("file is not valid UTF-8 (byte 0x{byte:02x} at offset {offset})")),
    Rule("YAML-DEPTH-007", E, N_("data is nested more than {limit} levels deep")),
    Rule("YAML-EMPTY-008", E, N_("file holds no data")),
    Rule("YAML-KEY-009", E, N_("mapping key must be a plain scalar, found {found}")),
    Rule("YAML-READ-010", E, N_("cannot read file: {reason}")),
    Rule("YAML-RECURSIVE-011", E, N_("an alias refers to a node that contains itself")),
    Rule("YAML-VALUE-013", E, N_("value does not fit its tag {tag}: {problem}")),
    Rule("YAML-EXT-012", W, N_("'{name}' is ignored: catalog files must end in .yaml")),
    # CAT: catalog structure and schema
    Rule("CAT-DIR-010", E, N_("catalog directory '{path}' {problem}")),
    Rule("CAT-DIR-011", E, N_("catalog has no catalog.yaml at its root")),
    Rule("CAT-KEY-020", E, N_("{path}: required key '{key}' is missing")),
    Rule("CAT-KEY-021", E, N_("{path}: unknown key '{key}'")),
    Rule("CAT-TYPE-022", E, N_("{path}: expected {expected}, found {found}")),
    Rule("CAT-ENUM-023", E, N_("{path}: {found} is not allowed; expected one of {allowed}")),
    Rule("CAT-RANGE-024", E, N_("{path}: {found} is {problem}")),
    Rule("CAT-SCHEMA-025", E, N_("{path}: {problem}")),
    Rule("CAT-SECTION-026", E, N_("'{key}' belongs in {root_file}")),
    # CAT: catalog content
    Rule("CAT-ID-001", E, N_("{path}: id '{id}' is not kebab-case (lowercase letters, digits and single hyphens)")),
    Rule("CAT-REF-002", E, N_("{kind} '{subject}' {field} unknown id '{ref}'")),
    Rule("CAT-CYCLE-003", E, N_("requires cycle: {cycle}; edges: {edges}")),
    Rule("CAT-XC-007", W, N_("capability '{subject}' has Xinchuang level '{level}' but lists no CPU architectures")),
    Rule("CAT-DUP-008", E, N_("id '{id}' is defined twice: here and at {first}")),
    Rule("CAT-KIND-009", E, N_("{kind} '{subject}' {field} '{ref}', which is {actual}, not {expected}")),
    Rule("CAT-IFACE-010", E, N_("interface '{subject}' is provided by no capability")),
    Rule("CAT-IFACE-011", E, N_("interface '{subject}' names default '{default}', which does not provide it")),
    Rule("CAT-SCN-012", E, N_("scenario '{subject}' requires '{a}' and '{b}', which conflict")),
    Rule("CAT-PTN-013", INF, N_("partner type '{subject}' is used by no capability and no partner")),
    Rule("CAT-LANG-014", W, N_("{path} has no {language} text")),
    Rule("CAT-LANG-018", E, N_("{path} has no {language} text; a name is required in both languages")),
    Rule("CAT-SCN-015", W, N_("scenario '{subject}' lists '{ref}' as both required and optional")),
    Rule(
        "CAT-SCN-019",
        W,
        N_(
            "scenario '{subject}' sets a quantity for '{ref}' in mode {mode}, which is not a required item in that mode"
        ),
    ),
    Rule(
        "CAT-UNIT-017",
        W,
        N_("{kind} '{subject}' uses unit '{unit}', which the units of catalog.yaml do not name; it shows as written"),
    ),
    Rule(
        "CAT-PRICE-019",
        E,
        N_(
            "capability '{subject}' prices mode {mode} by '{price_model}', which is neither a built-in price model nor one that catalog.yaml declares"
        ),
    ),
    Rule(
        "CAT-MAINT-027",
        W,
        N_(
            "capability '{subject}' sets maintenance on mode {mode}, billed {billing}; only once-billed modes are maintained"
        ),
    ),
    Rule(
        "CAT-MAINT-028",
        W,
        N_("defaults.maintenance names price model '{price_model}', which is neither built in nor declared"),
    ),
    Rule("CAT-VALUE-040", E, N_("value driver '{subject}': the formula {problem}")),
    Rule(
        "CAT-VALUE-041",
        E,
        N_("value driver '{subject}': the formula uses '{name}', which is not one of its inputs ({inputs})"),
    ),
    Rule(
        "CAT-VALUE-042",
        W,
        N_("value driver '{subject}': input '{input}' has default {default} outside its range {low} to {high}"),
    ),
    Rule("CAT-SHARE-016", E, N_("partner_share warn threshold {warn} is above the error threshold {error}")),
    # SOL: solution files
    Rule("SOL-KEY-020", E, N_("{path}: required key '{key}' is missing")),
    Rule("SOL-KEY-021", E, N_("{path}: unknown key '{key}'")),
    Rule("SOL-TYPE-022", E, N_("{path}: expected {expected}, found {found}")),
    Rule("SOL-ENUM-023", E, N_("{path}: {found} is not allowed; expected one of {allowed}")),
    Rule("SOL-RANGE-024", E, N_("{path}: {found} is {problem}")),
    Rule("SOL-SCHEMA-025", E, N_("{path}: {problem}")),
    Rule("SOL-UNKNOWN-001", E, N_("capability '{subject}' is not in catalog {catalog}; the item is kept as written")),
    Rule("SOL-QTY-003", E, N_("'{subject}' has quantity {quantity}; it must be above 0")),
    Rule("SOL-DISCOUNT-004", E, N_("'{subject}' has discount {discount}; it must be at least 0 and below 1")),
    Rule("SOL-DUP-005", E, N_("capability '{subject}' is listed more than once; only the first item counts")),
    Rule(
        "SOL-CATALOG-006",
        W,
        N_("solution was made for catalog {wanted_id} {wanted_version}, but catalog {id} {version} is loaded"),
    ),
    Rule("SOL-PARTNER-007", E, N_("'{subject}' names unknown partner '{partner}'")),
    Rule("SOL-DELIVER-008", E, N_("'{subject}' is delivered by unknown partner type '{delivered_by}'")),
    Rule("SOL-SCENARIO-009", W, N_("scenario '{scenario}' is not in the catalog")),
    Rule("SOL-CUSTOM-010", W, N_("'{subject}' is marked customised, but the catalog does not offer it customised")),
    Rule("SOL-SHARE-011", E, N_("partner_share warn threshold {warn} is above the error threshold {error}")),
    Rule(
        "SOL-RAMP-012",
        W,
        N_("'{subject}' has quantity {quantity}, but its ramp starts at {first}; year 1 uses {quantity}"),
    ),
    Rule(
        "SOL-OPTION-013",
        W,
        N_("option name '{name}' is used more than once; --option and 'recommended' find the first"),
    ),
    Rule("SOL-OPTION-014", W, N_("'recommended' names '{name}', which is no option of the deal; none is recommended")),
    Rule("SOL-REVISION-015", E, N_("revision number {number} is used more than once; only the first counts")),
    # SOL-DRIFT: the catalog changed since the solution was priced (core/drift.py)
    Rule(
        "SOL-DRIFT-016",
        W,
        N_(
            "solution was priced on catalog {catalog} ({old}); the loaded catalog of that version has other content ({new})"
        ),
    ),
    Rule(
        "SOL-DRIFT-017",
        W,
        N_("'{subject}' ({mode}) was priced at {old} on catalog {catalog}; the loaded catalog asks {new} ({change})"),
    ),
    Rule("SOL-DRIFT-018", W, N_("'{subject}' was in catalog {catalog}; the loaded catalog no longer has it")),
    Rule("SOL-DRIFT-019", W, N_("'{subject}' was in catalog {catalog}; the loaded catalog has it as '{new}'")),
    Rule("SOL-DRIFT-026", W, N_("'{subject}': {field} was {old} on catalog {catalog}; the loaded catalog says {new}")),
    Rule("SOL-DRIFT-027", W, N_("'{subject}': {field} was {old} on catalog {catalog}; the loaded catalog says {new}")),
    Rule(
        "SOL-DRIFT-028", W, N_("on the loaded catalog, resolving the dependencies would add (+) or drop (−): {changes}")
    ),
    Rule(
        "SOL-DRIFT-029",
        INF,
        N_("'{subject}' ({mode}) keeps list price {old} of catalog {catalog}; the loaded catalog asks {new}"),
    ),
    Rule(
        "SOL-DRIFT-030",
        INF,
        N_(
            "solution was priced on catalog {catalog}, and no revision keeps it: what changed in prices cannot be shown"
        ),
    ),
    # DEP, CON, SCN: dependencies, conflicts, scenarios
    Rule("DEP-REQ-001", E, N_("'{subject}' requires '{requirement}', which is not in the solution")),
    Rule("DEP-REC-002", INF, N_("'{subject}' recommends '{requirement}', which is not in the solution")),
    Rule("DEP-NONE-003", E, N_("no provider of '{requirement}' (required by '{subject}') fits: {reasons}")),
    Rule("DEP-CYCLE-004", E, N_("items require each other in a cycle: {cycle}")),
    Rule("CON-EXCL-005", E, N_("'{subject}' conflicts with '{other}'; they cannot be in one solution")),
    Rule("SCN-REQ-007", E, N_("scenario '{scenario}' requires '{subject}', which is not in the solution")),
    # MODE: deployment modes
    Rule("MODE-AVAIL-010", E, N_("'{subject}' is not offered in mode {mode}; it offers {offered}")),
    Rule("MODE-POLICY-011", E, N_("'{subject}' runs in mode {mode}, which a {deployment} deployment does not allow")),
    Rule(
        "MODE-AIRGAP-012",
        E,
        N_("'{subject}' runs in mode {mode}, but the site is air-gapped: only private (PRV) deployments work"),
    ),
    Rule(
        "MODE-LINE-013",
        W,
        N_(
            "private '{subject}' depends on public '{target}', but the policy allows dedicated lines only and the solution has none"
        ),
    ),
    Rule("MODE-EDGE-014", INF, N_("public '{subject}' calls private '{target}' without {role} in front")),
    # DR: data residency and placement
    Rule(
        "DR-CLASS-030",
        E,
        N_(
            "'{subject}' processes {data_class} data, but mode {mode} is public and the policy allows at most {allowed} there"
        ),
    ),
    Rule("DR-CORE-031", E, N_("core-banking '{subject}' cannot run on multi-tenant public cloud (mode {mode})")),
    # XC: domestic technology (Xinchuang)
    Rule(
        "XC-VARIANT-020",
        E,
        N_("'{subject}' runs on premises ({mode}) with Xinchuang level '{found}'; the {level} policy needs {required}"),
    ),
    Rule("XC-ARCH-021", E, N_("private-zone items share no CPU architecture ({architectures}): {blockers}")),
    Rule("XC-FOREIGN-023", E, N_("'{subject}' is foreign technology, against the {level} Xinchuang policy")),
    Rule("XC-CRYPTO-024", W, N_("a core Xinchuang policy needs {missing} on the solution")),
    Rule(
        "XC-CII-025",
        W,
        N_(
            "the customer operates critical information infrastructure: foreign or public-cloud components ({items}) may need a cybersecurity review"
        ),
    ),
    # PLAN: delivery planning
    Rule(
        "PLAN-LEAD-060",
        W,
        N_("the critical path needs {weeks} weeks, but go-live ({go_live}) is in {left} weeks: {chain}"),
    ),
    # VAL: the value case
    Rule(
        "VAL-MISSING-050",
        W,
        N_("scenario '{subject}' has no quantified value driver; add one so the customer sees the benefit"),
    ),
    Rule(
        "VAL-RANGE-051",
        W,
        N_("value driver '{subject}': input '{input}' is {value}, outside its plausible range {low} to {high}"),
    ),
    Rule(
        "VAL-PAYBACK-052",
        INF,
        N_("the expected case does not pay back within the deal's {years} years; consider phasing"),
    ),
    Rule(
        "VAL-UNKNOWN-053",
        W,
        N_("the value section sets '{input}' of '{subject}', which the catalog does not define; it is kept"),
    ),
    # PTN: partner delivery
    Rule(
        "PTN-SHARE-040",
        W,
        N_(
            "partner-delivered share is {share_pct} of first-year value, above the {level} threshold of {threshold_pct}"
        ),
    ),
    Rule("PTN-CUST-042", E, N_("'{subject}' is customised, but no delivery partner delivers any line of the solution")),
    Rule(
        "PTN-TYPE-043",
        W,
        N_("'{subject}' is delivered by '{delivered_by}', but partner '{partner}' is not of that type"),
    ),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}

HINTS: dict[str, str] = {
    "did_you_mean": N_("did you mean '{suggestion}'?"),
    "allowed_keys": N_("allowed keys: {allowed}"),
    "quote_it": N_("put the value in quotes so that it stays text"),
    "split_file": N_("split the file into smaller files"),
    "rename_yaml": N_("rename it to '{suggestion}'"),
    "add_catalog_yaml": N_("create catalog.yaml with format, id, version, name, currency and categories"),
    "declare_provider": N_("add '{subject}' to the `provides` list of a capability"),
    "move_to_catalog_yaml": N_("move it to catalog.yaml"),
    "drop_one": N_("keep one of them in `required` and move the other to `optional`"),
    "add_item": N_("add '{suggestion}'"),
    "switch_mode": N_("switch to mode {suggestion}"),
    "remove_one": N_("remove '{subject}' or '{other}'"),
    "add_delivery": N_("let a delivery partner deliver this line, or add a delivery service"),
    "fix_catalog": N_("fix the catalog, or remove the item"),
    "share": N_("get approval for an all-in project, or let a partner be the prime contractor"),
    "alternatives": N_("compliant alternatives: {choices}"),
}


def make(
    code: str,
    where: Location | None = None,
    *,
    subject: str | None = None,
    hint: str | None = None,
    severity: Severity | None = None,
    **params: Any,
) -> Finding:
    """Build a finding from its code, rendering the English message from the template.

    `severity` overrides the rule's own only for rules with graded severity (PTN-SHARE-040).
    """
    rule = RULES[code]
    params = {"hint": hint, "subject": subject, **params}
    message, hint_text = render(code, params, _same)
    return Finding(
        severity=severity or rule.severity,
        code=code,
        message=message,
        file=where.file if where else None,
        line=where.line if where else None,
        column=where.column if where else None,
        subject=subject,
        hint=hint_text,
        params=params,
    )


def render(
    code: str, params: dict[str, Any], tr: Callable[[str], str], names: Names | None = None
) -> tuple[str, str | None]:
    """The message and hint of a finding in the language `tr` translates into; with `names`
    (catalog_names), the ids of items read as their names (ID_PARAMS)."""
    if not code.startswith(NAMED_FAMILIES):
        names = None
    hint = params.get("hint")
    values = {k: _text(v, tr, names, k) for k, v in params.items() if k != "hint"}
    if names is not None and hint in ID_HINTS and isinstance(params.get("suggestion"), str):
        values["suggestion"] = _text(Ref(params["suggestion"]), tr, names)
    message = tr(RULES[code].template).format(**values)
    return message, (tr(HINTS[hint]).format(**values) if hint else None)


def translated(finding: Finding, tr: Callable[[str], str], names: Names | None = None) -> Finding:
    """The finding with its message and hint in another language (same code and data); with
    `names`, for people: items by name, ids only in `subject` and `params`."""
    if finding.code not in RULES:
        return finding
    message, hint = render(finding.code, finding.params, tr, names)
    return replace(finding, message=message, hint=hint)
