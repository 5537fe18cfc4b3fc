"""Fuzzing shared by tests/core/test_fuzz.py and bench/fuzz.py: mutations of the sample catalog's
files and of a sample solution, and the properties every command must keep on them.

A case is one mutated file plus one command. Mutations work on the file's YAML node tree
(so they reach every key and value: deleted keys, hostile scalars, wrong types, duplicate
keys, aliases, deep nesting, long strings) or on its raw bytes (characters YAML forbids,
invalid UTF-8, truncation). Every choice goes through `pick(n)`, an index below n: the
test suite draws it from hypothesis (which can then shrink a failure), the bench from a
seeded `random.Random`.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import re
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from cli_helpers import Run, cli

from configurator.core.codes import RULES
from configurator.paths import catalog_dir

Pick = Callable[[int], int]  # pick(n) -> an index in range(n)

CATALOG = catalog_dir()
CATALOG_FILES = tuple(sorted(p.relative_to(CATALOG).as_posix() for p in CATALOG.rglob("*.yaml")))
SOLUTION = "solution.yaml"  # the target name of the sample solution

# argv templates: {solution} and {catalog} are filled in when the case runs.
SOLUTION_COMMANDS = (
    ("check", "{solution}", "--format", "json"),
    ("check", "{solution}"),
    ("bom", "{solution}", "--format", "yaml"),
    ("bom", "{solution}", "--format", "json"),
    ("bom", "{solution}", "--format", "csv"),
    ("value", "{solution}", "--format", "json"),
    ("value", "{solution}"),
)
CATALOG_COMMANDS = (("validate", "{catalog}", "--format", "json"), ("validate", "{catalog}"), *SOLUTION_COMMANDS)
LANGUAGES = ("en", "zh")

# Values written in YAML source, as a file might hold them; a number is mostly replaced by
# one of NUMBERS, a text by one of TEXTS, so that the value reaches the code that uses it.
NUMBERS = (
    "0",
    "-1",
    "-0.0",
    "0.9999999999999999",
    "1000000001",
    "9223372036854775808",
    "1" + "0" * 400,
    "-1" + "0" * 308,
    "-1.0e+308",
    "1.0e+308",
    "4.9e-324",
    ".nan",
    ".inf",
    "-.inf",
    "0x1F",
    "0o17",
    "1e3",
    "12e5",
    "1_000",
)
TAGGED = (
    "!!int ''",
    "!!int '-'",
    "!!int '+'",
    "!!int '_'",
    "!!float ''",
    "!!float '_'",
    "!!float 'x'",
    "!!bool maybe",
    "!!timestamp 2027-13-45",
    "!!binary '!!'",
    "!!str 12",
    "!!set {a}",
    "!!omap [a: 1]",
    "!!python/object/apply:os.system [echo pwned]",
    "!custom x",
)
TEXTS = (
    "''",
    "' '",
    "'-'",
    "~",
    "true",
    "no",
    "2027-02-30",
    '"=HYPERLINK(\\"http://example.invalid/\\",\\"click\\")"',
    "'+1+cmd|'",
    "'-2+3'",
    "'@SUM(A1:A2)'",
    '"\\t=1"',
    '"\\r=1"',
    '"\\uFFFE"',
    '"\\uFFFF"',
    '"a\\x85b"',
    '"a\\u2028b"',
    '"\\0"',
    '"\\ud800"',
    '"\\e[31mred"',
    "'<img src=\"file:///etc/hosts\"><h1>big</h1>'",
    "'{0}{name}%s%n'",
    "'../../../etc/passwd'",
)
SHAPES = ("[]", "{}", "[[]]", "{a: {b: c}}")
HOSTILE = NUMBERS + TAGGED + TEXTS + SHAPES
KIN = {"tag:yaml.org,2002:int": NUMBERS, "tag:yaml.org,2002:float": NUMBERS}
LENGTHS = (300, 100_000)
MAX_FILE_BYTES = 8 * 1024 * 1024  # the readers' limit (DESIGN.md §8, YAML-SIZE-005)
NEST_DEPTHS = (3, 60, 150)
RAW = (b"\x00", "\ufffe".encode(), "\x85".encode(), "\u2028".encode(), b"\xff", b"\xc3", b"\r", b"\t", b"\xef\xbb\xbf")


@dataclass(frozen=True)
class Case:
    target: str  # SOLUTION, or a file of the catalog relative to its root
    content: bytes = field(repr=False)  # the mutated file
    argv: tuple[str, ...]  # a command template, see SOLUTION_COMMANDS
    mutations: tuple[str, ...] = ()

    @property
    def on_catalog(self) -> bool:
        return self.target != SOLUTION


# --------------------------------------------------------------------------- the sample solution


@cache
def sample_solution() -> str:
    """A scenario's solution from `configurator new`, with every optional field filled in."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / SOLUTION
        made = cli("new", "--scenario", "scn-virtual-branch", "--lang", "en", "-o", path)
        assert made.code == 0, made.err
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["customer"] = {"name": "示例城市商业银行", "institution_type": "city_commercial"}
    data["policy"].update(
        partner_share={"warn": 0.4, "error": 0.6}, cii_operator=True, public_data_class="C2", go_live="2027-06-30"
    )
    data["items"][0].update(quantity=3, discount=0.15, notes="首期 / phase one")
    data["items"].append(
        {
            "capability": "svc-customization",
            "mode": "PRV",
            "quantity": 40,
            "origin": "explicit",
            "delivered_by": "delivery",
            "partner": "sample-delivery-co",
            "customized": True,
            "discount": 0.05,
        }
    )
    data["value"] = {"counter-transactions-moved-online": {"txn_shifted_per_year": 200000, "cost_counter": 30}}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def original(target: str) -> bytes:
    return sample_solution().encode("utf-8") if target == SOLUTION else (CATALOG / target).read_bytes()


def edited(target: str, old: str, new: str, argv: tuple[str, ...], lang: str = "en") -> Case:
    """A hand-written case: the first `old` in the original file replaced by `new`."""
    text = original(target).decode("utf-8")
    assert old in text, (target, old)
    return Case(target, text.replace(old, new, 1).encode("utf-8"), (*argv, "--lang", lang), (f"{old!r} -> {new!r}",))


# --------------------------------------------------------------------------- mutations


@dataclass
class _Slot:
    """Where a node sits: the root, a sequence item, or a mapping pair's key (0) or value (1)."""

    parent: yaml.Node | None
    index: int
    part: int | None
    path: str

    def get(self, root: yaml.Node) -> yaml.Node:
        if self.parent is None:
            return root
        entry = self.parent.value[self.index]
        return entry if self.part is None else entry[self.part]

    def put(self, root: yaml.Node, node: yaml.Node) -> yaml.Node:
        """Place node here; returns the (possibly new) root."""
        if self.parent is None:
            return node
        if self.part is None:
            self.parent.value[self.index] = node
        else:
            pair = list(self.parent.value[self.index])
            pair[self.part] = node
            self.parent.value[self.index] = tuple(pair)
        return root


def _slots(root: yaml.Node) -> list[_Slot]:
    """Every slot in document order; a node reached twice (an alias) is entered once."""
    slots, seen = [], set()

    def walk(node: yaml.Node, path: str) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                slots.append(_Slot(node, i, None, f"{path}[{i}]"))
                walk(item, f"{path}[{i}]")
        elif isinstance(node, yaml.MappingNode):
            for i, (key, value) in enumerate(node.value):
                name = f"{path}.{key.value[:40] if isinstance(key, yaml.ScalarNode) else '?'}"
                slots.append(_Slot(node, i, 0, f"{name} (key)"))
                walk(key, f"{name} (key)")
                slots.append(_Slot(node, i, 1, name))
                walk(value, name)

    slots.append(_Slot(None, 0, None, "<root>"))
    walk(root, "")
    return slots


def _choose(items: list, pick: Pick):
    return items[pick(len(items))] if items else None


def _scalar(value: str, tag: str = "tag:yaml.org,2002:str", style: str | None = None) -> yaml.ScalarNode:
    return yaml.ScalarNode(tag, value, style=style)


@cache
def _hostile_node(source: str) -> yaml.Node:
    return yaml.compose(f"v: {source}", Loader=yaml.SafeLoader).value[0][1]


def _hostile(root: yaml.Node, pick: Pick) -> tuple[yaml.Node, str]:
    """Mostly a scalar value (half of the time a number) replaced by a value of its kind;
    sometimes any slot by anything."""
    slots = _slots(root)
    leaves = [s for s in slots if s.part != 0 and isinstance(s.get(root), yaml.ScalarNode)]
    numbers = [s for s in leaves if s.get(root).tag in KIN]  # fewer than texts, and as telling
    slot = _choose((numbers if numbers and pick(2) else leaves) if leaves and pick(4) else slots, pick)
    node = slot.get(root)
    pool = KIN.get(node.tag, TEXTS) if isinstance(node, yaml.ScalarNode) and pick(3) else HOSTILE
    source = pool[pick(len(pool))]
    return slot.put(root, copy.deepcopy(_hostile_node(source))), f"{slot.path} := {source}"


def _long_string(root: yaml.Node, pick: Pick) -> tuple[yaml.Node, str]:
    slot, length = _choose(_slots(root), pick), LENGTHS[pick(len(LENGTHS))]
    word = ("x", "字", "ab-")[pick(3)]
    return slot.put(root, _scalar((word * length)[:length])), f"{slot.path} := {word!r} × {length:,}"


def _delete(root: yaml.Node, pick: Pick) -> tuple[yaml.Node, str]:
    slot = _choose([s for s in _slots(root) if s.parent is not None and s.part != 0], pick)
    if slot is None:
        return root, "nothing to delete"
    del slot.parent.value[slot.index]
    return root, f"delete {slot.path}"


def _wrong_type(root: yaml.Node, pick: Pick) -> tuple[yaml.Node, str]:
    slot = _choose(_slots(root), pick)
    node = slot.get(root)
    shapes = (
        ("a list of it", lambda: yaml.SequenceNode("tag:yaml.org,2002:seq", [node], flow_style=True)),
        ("a mapping of it", lambda: yaml.MappingNode("tag:yaml.org,2002:map", [(_scalar("x"), node)])),
        ("a string", lambda: _scalar("x")),
        ("an empty mapping", lambda: yaml.MappingNode("tag:yaml.org,2002:map", [], flow_style=True)),
        ("an empty list", lambda: yaml.SequenceNode("tag:yaml.org,2002:seq", [], flow_style=True)),
    )
    name, make = _choose(shapes, pick)
    return slot.put(root, make()), f"{slot.path} := {name}"


def _duplicate_key(root: yaml.Node, pick: Pick) -> tuple[yaml.Node, str]:
    slot = _choose([s for s in _slots(root) if s.part == 1], pick)
    if slot is None:
        return root, "no key to duplicate"
    pair = copy.deepcopy(slot.parent.value[slot.index])
    if pick(2):  # the same key with another value
        pair = (pair[0], _scalar("other"))
    slot.parent.value.insert(slot.index + 1 + pick(len(slot.parent.value) - slot.index), pair)
    return root, f"duplicate key {slot.path}"


def _rename_key(root: yaml.Node, pick: Pick) -> tuple[yaml.Node, str]:
    slot = _choose([s for s in _slots(root) if s.part == 0 and isinstance(s.get(root), yaml.ScalarNode)], pick)
    if slot is None:
        return root, "no key to rename"
    key = slot.get(root).value
    new = _choose([key[:-1], key + key[-1:], key.upper(), f"{key}x", key.replace("r", "", 1), ""], pick)
    return slot.put(root, _scalar(new)), f"rename {slot.path} to {new!r}"


def _nest(root: yaml.Node, pick: Pick) -> tuple[yaml.Node, str]:
    slot, depth = _choose(_slots(root), pick), NEST_DEPTHS[pick(len(NEST_DEPTHS))]
    node = slot.get(root)
    for _ in range(depth):
        node = yaml.SequenceNode("tag:yaml.org,2002:seq", [node], flow_style=True)
    return slot.put(root, node), f"{slot.path} := nested {depth} lists deep"


def _copy_node(root: yaml.Node, pick: Pick, alias: bool = False) -> tuple[yaml.Node, str]:
    slots = _slots(root)
    to, source = _choose(slots, pick), _choose(slots, pick)
    node = source.get(root)
    root = to.put(root, node if alias else copy.deepcopy(node))
    return root, f"{to.path} := {'alias of' if alias else 'copy of'} {source.path}"


def _alias(root: yaml.Node, pick: Pick) -> tuple[yaml.Node, str]:
    """The same node in two places: written as an anchor and an alias (it may contain itself)."""
    return _copy_node(root, pick, alias=True)


def _raw_insert(content: bytes, pick: Pick) -> tuple[bytes, str]:
    at, raw = pick(len(content) + 1), RAW[pick(len(RAW))]
    return content[:at] + raw + content[at:], f"insert {raw!r} at byte {at}"


def _truncate(content: bytes, pick: Pick) -> tuple[bytes, str]:
    at = pick(len(content) + 1)
    return content[:at], f"truncate at byte {at}"


def _bracket_comment(content: bytes, pick: Pick) -> tuple[bytes, str]:
    """A long quoted string and a comment of brackets: the shape that makes depth scans costly."""
    length, count = (200_000, 8_000_000)[pick(2)], (100, 10_000)[pick(2)]
    tail = b'\nlong: "' + b"y" * length + b'"\n# ' + b"[" * count + b"\n"
    return content + tail, f"append a quoted string of {length:,} characters and a comment of {count:,} '['"


def _oversize(content: bytes, pick: Pick) -> tuple[bytes, str]:
    """A comment that brings the file to the size limit, or one byte past it."""
    size = MAX_FILE_BYTES + pick(2)
    return content + b"\n#" + b"x" * max(0, size - len(content) - 2), f"pad to {size:,} bytes"


NODE_MUTATIONS = (_hostile, _hostile, _hostile, _long_string, _delete, _wrong_type, _duplicate_key, _rename_key)
NODE_MUTATIONS += (_nest, _copy_node, _alias)
BYTE_MUTATIONS = (_raw_insert, _truncate, _bracket_comment, _oversize)
MUTATIONS = NODE_MUTATIONS + BYTE_MUTATIONS


def mutate(content: bytes, pick: Pick) -> tuple[bytes, tuple[str, ...]]:
    """One to three mutations (one in half of the cases, so that it alone decides what the
    command sees); node mutations first (re-serialising the file), then byte ones."""
    chosen = [MUTATIONS[pick(len(MUTATIONS))] for _ in range((1, 1, 1, 2, 2, 3)[pick(6)])]
    node_steps = [m for m in chosen if m in NODE_MUTATIONS]
    done = []
    if node_steps:
        root = yaml.compose(content.decode("utf-8"), Loader=yaml.SafeLoader)
        for mutation in node_steps:
            root, what = mutation(root, pick)
            done.append(what)
        content = yaml.serialize(root, allow_unicode=True, width=200).encode("utf-8")
    for mutation in chosen:
        if mutation in BYTE_MUTATIONS:
            content, what = mutation(content, pick)
            done.append(what)
    return content, tuple(done)


def make_case(pick: Pick, on_catalog: bool) -> Case:
    target = CATALOG_FILES[pick(len(CATALOG_FILES))] if on_catalog else SOLUTION
    content, mutations = mutate(original(target), pick)
    commands = CATALOG_COMMANDS if on_catalog else SOLUTION_COMMANDS
    argv = (*commands[pick(len(commands))], "--lang", LANGUAGES[pick(len(LANGUAGES))])
    return Case(target, content, argv, mutations)


# --------------------------------------------------------------------------- running a case


def materialize(case: Case, folder: Path) -> tuple[Path, Path]:
    """Write the case's files below folder: solution.yaml and, for a catalog case, catalog/
    (a copy of the sample with the mutated file). Returns the catalog and solution paths."""
    folder.mkdir(parents=True, exist_ok=True)
    solution = folder / SOLUTION
    catalog = CATALOG
    if case.on_catalog:
        catalog = folder / "catalog"
        shutil.copytree(CATALOG, catalog)
        (catalog / case.target).write_bytes(case.content)
        solution.write_text(sample_solution(), encoding="utf-8")
    else:
        solution.write_bytes(case.content)
    return catalog, solution


def command_line(case: Case, catalog: str, solution: str) -> list[str]:
    """The argv; a solution case runs on the shipped catalog (no --catalog)."""
    argv = [a.format(catalog=catalog, solution=solution) for a in case.argv]
    if case.on_catalog and argv[0] != "validate":
        argv[2:2] = ["--catalog", catalog]
    return argv


def run_case(case: Case) -> list[str]:
    """Run the case in a temporary folder; the list of broken properties (empty: all kept)."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        catalog, solution = materialize(case, Path(folder))
        argv = command_line(case, str(catalog), str(solution))
        lines = {name: _line_count((CATALOG / name).read_bytes()) for name in CATALOG_FILES}
        lines[case.target if case.on_catalog else str(solution)] = _line_count(case.content)
        if case.on_catalog:
            lines[str(solution)] = _line_count(sample_solution().encode("utf-8"))
        try:
            run = cli(*argv)
        except Exception as error:  # noqa: BLE001 - an escaping exception is what we look for
            return [f"exception {_where(error)}"]
    return problems(argv, run, lines)


def reproduce(case: Case) -> str:
    """How to run the case by hand from the folder `materialize` wrote it into."""
    return "configurator " + " ".join(command_line(case, "catalog", SOLUTION))


def report(case: Case, found: list[str]) -> str:
    return "\n".join([f"{case.target}: " + "; ".join(case.mutations), reproduce(case), *found])


def _where(error: BaseException) -> str:
    """The exception and the innermost frame of ours it came from."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "configurator" in f.filename]
    at = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" if frames else ""
    return f"{type(error).__name__}: {str(error)[:200]}{at}"


def _line_count(content: bytes) -> int:
    """Lines as YAML counts them (CR, NEL, LS and PS break lines too)."""
    return len(re.findall(r"\r\n|[\r\n\x85\u2028\u2029]", content.decode("utf-8", "replace"))) + 1


# --------------------------------------------------------------------------- the properties

# Findings from these families are about a file's content: they must say where.
FILE_FAMILIES = re.compile(r"(YAML|CAT|SOL)-")
UNLOCATED_OK = {"CAT-DIR-010", "CAT-DIR-011"}  # about the directory, not a file
LINELESS_OK = {"YAML-READ-010"}  # the file as a whole could not be read
FINDING_LINE = re.compile(
    r"^(?P<file>.*?):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning|info) (?P<code>\S+) "
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?")
NON_FINITE = re.compile(r"(?<![\w.])[-+]?(inf|nan)(?!\w)", re.I)


def problems(argv: list[str], run: Run, lines: dict[str, int]) -> list[str]:
    """Every property the run breaks. `lines` maps each file a finding may name to its line count."""
    found = []
    if run.code not in (0, 1, 2):
        found.append(f"exit code {run.code}: {run.err.strip()[-300:]}")
    for stream, text in (("stdout", run.out), ("stderr", run.err)):
        if "Traceback" in text:
            found.append(f"traceback on {stream}: {text.strip().splitlines()[-1][:300]}")
    command, fmt = argv[0], argv[argv.index("--format") + 1] if "--format" in argv else "text"
    if found and run.code not in (0, 1, 2):
        return found  # a crash: what it printed says nothing more
    text = run.err + run.out if fmt == "text" else run.err  # findings as text lines
    findings = [m.groupdict() for m in map(FINDING_LINE.match, text.split("\n")) if m]
    if fmt == "json" and (command != "bom" or run.code != 2):
        try:
            document = strict_json(run.out)
        except ValueError as error:
            return [*found, f"stdout is not strict JSON: {str(error)[:200]}"]
        findings += document.get("findings", [])
        found += _summary_problems(document, run.code) if command in ("check", "validate") else []
    elif fmt != "text" and run.code != 2:
        found += (csv_problems if fmt == "csv" else yaml_problems)(run.out)
    if command == "value" and fmt == "text":
        found += [f"non-finite number in {line[:200]!r}" for line in _value_lines(run.out) if NON_FINITE.search(line)]
    found += [problem for finding in findings for problem in finding_problems(finding, lines)]
    return found


def strict_json(text: str):
    def refuse(constant: str):
        raise ValueError(f"non-finite number {constant}")

    return json.loads(text, parse_constant=refuse)


def _summary_problems(document: dict, code: int) -> list[str]:
    counts = {"errors": 0, "warnings": 0, "infos": 0}
    for finding in document["findings"]:
        counts[finding["severity"] + "s"] += 1
    found = [] if document["summary"] == counts else [f"summary {document['summary']} counts {counts}"]
    if code in (0, 1) and (code == 1) != (counts["errors"] > 0):
        found.append(f"exit code {code} with {counts['errors']} error findings")
    return found


def finding_problems(finding: dict, lines: dict[str, int]) -> Iterator[str]:
    code, file = finding["code"], finding["file"]
    line = int(finding["line"]) if finding["line"] is not None else None
    if file == "-" and line == 0:  # the text form of "no location"
        file = line = None
    elif line == 0:
        line = None
    name = f"{code} {finding.get('message', '')[:120]!r}"
    if code not in RULES:
        yield f"unknown code {name}"
    if file is None:
        if FILE_FAMILIES.match(code) and code not in UNLOCATED_OK:
            yield f"no file in {name}"
        return
    if file not in lines:
        yield f"unknown file {file!r} in {name}"
    elif line is None:
        if code not in LINELESS_OK:
            yield f"no line in {name} ({file})"
    elif not 1 <= line <= lines[file]:
        yield f"line {line} outside {file} ({lines[file]} lines) in {name}"


def csv_problems(text: str) -> list[str]:
    if not text.startswith("\ufeff"):
        return ["CSV without its byte-order mark"]
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    found = [
        f"CSV row {i} has {len(row)} cells, not {len(rows[0])}"
        for i, row in enumerate(rows)
        if len(row) != len(rows[0])
    ]
    for cell in (cell for row in rows for cell in row):
        if NON_FINITE.fullmatch(cell):
            found.append(f"CSV cell is not a finite number: {cell!r}")
        elif cell.startswith(FORMULA_START) and not NUMBER.fullmatch(cell):
            found.append(f"CSV cell may run as a formula: {cell[:80]!r}")
    return found


def yaml_problems(text: str) -> list[str]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return [f"the YAML BOM does not parse: {str(error)[:200]}"]
    return [
        f"non-finite number {value} in the YAML BOM"
        for value in _leaves(data)
        if isinstance(value, float) and not math.isfinite(value)
    ]


def _leaves(data) -> Iterator:
    if isinstance(data, dict):
        for value in data.values():
            yield from _leaves(value)
    elif isinstance(data, list):
        for value in data:
            yield from _leaves(value)
    else:
        yield data


def _value_lines(text: str) -> Iterator[str]:
    """The value case's own lines (findings echo values as written)."""
    return (line for line in text.split("\n") if not FINDING_LINE.match(line))
