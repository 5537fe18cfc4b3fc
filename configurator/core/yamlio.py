"""All YAML reading and writing: safe loading with node positions and hard limits.

Loading never constructs objects from tags, refuses duplicate keys, alias bombs, absurd
sizes and nesting that would overflow the C parser's stack, and reports each problem as a
located finding instead of raising. Mappings and sequences come back as `Mapping` and
`Sequence` (dict and list subclasses) that remember where each key and item was written.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from configurator.core.codes import Phrase, make, phrase
from configurator.core.findings import Finding, Location
from configurator.core.vocabulary import N_

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 100  # nesting; catalog and solution data needs fewer than 10 levels
MAX_EXPANSION = 10  # aliases may at most multiply the node count by this factor
MIN_EXPANSION_LIMIT = 100_000

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # PyYAML built without libyaml; same API, but not a subclass, so mypy objects
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_DEEP_BLOCK = re.compile(rf"^[ \t]{{{MAX_DEPTH * 4},}}\S|(?:[-?][ \t]+){{{MAX_DEPTH},}}", re.M)
_INDENTED = re.compile(rf"^[ \t]{{{MAX_DEPTH},}}\S", re.M)
# Brackets, and the quoted scalars and comments whose brackets do not nest. A quote counts only
# where a quoted scalar can start, and `#` only after a blank (`it's [`, `a#[` are plain text),
# so that no real bracket is skipped. Every branch matches in one pass, without backtracking:
# the loops are unrolled ("normal* (special normal*)*", an alternation under `*` grows the
# regex stack with every character), and a quote left open ends at the end of its line.
_FLOW_TOKENS = re.compile(
    r"""[\[\]{}]"""
    r"""|(?<![^\s\[{,:?-])(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*\\?(?:"|$)|'[^'\n]*(?:''[^'\n]*)*(?:'|$))"""
    r"""|(?<!\S)#[^\n]*""",
    re.M,
)


class Mapping(dict):
    """A YAML mapping that remembers the position of itself, its keys and its values."""

    __slots__ = ("pos", "key_pos", "value_pos")

    def __init__(self, pos: tuple[int, int]) -> None:
        super().__init__()
        self.pos = pos
        self.key_pos: dict[Any, tuple[int, int]] = {}
        self.value_pos: dict[Any, tuple[int, int]] = {}


class Sequence(list):
    """A YAML sequence that remembers the position of itself and of each item."""

    __slots__ = ("pos", "item_pos")

    def __init__(self, pos: tuple[int, int]) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[tuple[int, int]] = []


_SELF = object()


def position_of(container: Any, key: Any = _SELF, *, of_key: bool = False) -> tuple[int, int] | None:
    """The (line, column) of `container[key]` (or of the key itself), else of the container."""
    if isinstance(container, Mapping):
        if key is _SELF:
            return container.pos
        table = container.key_pos if of_key else container.value_pos
        return table.get(key, container.pos)
    if isinstance(container, Sequence):
        if isinstance(key, int) and 0 <= key < len(container.item_pos):
            return container.item_pos[key]
        return container.pos
    return None


def location_of(file: str, container: Any, key: Any = _SELF, *, of_key: bool = False) -> Location:
    """The `Location` in `file` of what `position_of` finds, without a line where it finds nothing."""
    line, column = position_of(container, key, of_key=of_key) or (None, None)
    return Location(file, line, column)


def _pos(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Loader(_BaseLoader):
    """Safe loader building position-aware containers and collecting findings."""

    def __init__(self, stream: str, file: str) -> None:
        super().__init__(stream)
        self.file = file
        self.findings: list[Finding] = []

    def at(self, node: yaml.Node) -> Location:
        line, column = _pos(node)
        return Location(self.file, line, column)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """A value that does not fit its standard tag (`!!int abc`, a 5,000-digit number)
        becomes a finding at the node, never an exception."""
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, LookupError, AttributeError, OverflowError) as error:
            self.recursive_objects.pop(node, None)
            self.value_problem(node, str(error).split("\n", 1)[0] or type(error).__name__)
            return None

    def value_problem(self, node: yaml.Node, problem: str | Phrase) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!", 1)
        self.findings.append(make("YAML-VALUE-013", self.at(node), tag=tag, problem=problem))


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode):
    data = Sequence(_pos(node))
    yield data
    if not isinstance(node, yaml.SequenceNode):
        loader.value_problem(node, phrase(N_("a !!seq must be a sequence")))
        return
    for child in node.value:
        data.append(loader.construct_object(child))
        data.item_pos.append(_pos(child))


def _construct_mapping(loader: _Loader, node: yaml.MappingNode):
    data = Mapping(_pos(node))
    yield data
    if not isinstance(node, yaml.MappingNode):
        loader.value_problem(node, phrase(N_("a !!map must be a mapping")))
        return
    merges: list[yaml.Node] = []
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            merges.extend(value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node])
            continue
        key = loader.construct_object(key_node)
        if isinstance(key, (Mapping, Sequence)):
            found = phrase(N_("a mapping") if isinstance(key, Mapping) else N_("a sequence"))
            loader.findings.append(make("YAML-KEY-009", loader.at(key_node), found=found))
            continue
        if key is None and key_node.tag != "tag:yaml.org,2002:null":
            continue  # a forbidden tag on the key, reported already
        if isinstance(key_node, yaml.ScalarNode) and not isinstance(key, str):
            key = key_node.value  # keys are names: `yes:` or `1:` as written, not True or 1
        if key in data:
            loader.findings.append(
                make("YAML-DUPKEY-002", loader.at(key_node), key=key, first_line=data.key_pos[key][0])
            )
            continue
        data[key] = loader.construct_object(value_node)
        data.key_pos[key] = _pos(key_node)
        data.value_pos[key] = _pos(value_node)
    # Merge keys (`<<: *defaults`): explicit keys win, earlier merges win over later ones.
    for merge_node in merges:
        merged = loader.construct_object(merge_node, deep=True)
        if not isinstance(merged, Mapping):
            loader.findings.append(
                make("YAML-KEY-009", loader.at(merge_node), found=phrase(N_("a merge of a non-mapping")))
            )
            continue
        for key, value in merged.items():
            if key not in data:
                data[key] = value
                data.key_pos[key] = merged.key_pos[key]
                data.value_pos[key] = merged.value_pos[key]


def _no_digits(loader: _Loader, node: yaml.ScalarNode) -> bool:
    """`!!int ''`, `!!float '-'`: PyYAML's constructors would index past the empty text."""
    if isinstance(node, yaml.ScalarNode) and not node.value.strip("+-_"):
        loader.value_problem(node, phrase(N_("not a number")))
        return True
    return False


def _construct_float(loader: _Loader, node: yaml.ScalarNode) -> float | None:
    if _no_digits(loader, node):
        return None
    value = loader.construct_yaml_float(node)
    if math.isfinite(value):
        return value
    loader.value_problem(node, phrase(N_("not a finite number")))
    return None


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int | None:
    if _no_digits(loader, node):
        return None
    value = loader.construct_yaml_int(node)
    if abs(value) <= sys.float_info.max:
        return value
    loader.value_problem(node, phrase(N_("too large to compute with")))  # every number meets a float
    return None


def _construct_forbidden(loader: _Loader, node: yaml.Node) -> None:
    tag = node.tag.replace("tag:yaml.org,2002:", "!!", 1)
    loader.findings.append(make("YAML-TAG-003", loader.at(node), tag=tag))
    return None


_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_constructor("tag:yaml.org,2002:omap", _construct_forbidden)
_Loader.add_constructor("tag:yaml.org,2002:pairs", _construct_forbidden)
_Loader.add_constructor("tag:yaml.org,2002:set", _construct_forbidden)
_Loader.add_constructor("tag:yaml.org,2002:binary", _construct_forbidden)
_Loader.add_constructor(None, _construct_forbidden)


def _too_deep(text: str) -> bool:
    """Cheap upper bound on nesting, checked before the C parser can recurse too far."""
    if _DEEP_BLOCK.search(text):
        return True
    if text.count("[") + text.count("{") < MAX_DEPTH:
        return False
    depth = 0
    for match in _FLOW_TOKENS.finditer(text):  # no copies: memory stays flat
        first = text[match.start()]
        if first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif first in "]}":
            depth = max(0, depth - 1)
    return False


def _expanded_size(root: yaml.Node, file: str) -> tuple[int, int, int, Finding | None]:
    """Count nodes once (unique) and as aliases would expand them, and the nesting depth
    aliases can build, without recursion."""
    sizes: dict[int, int] = {}
    depths: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            active.discard(key)
            children = _children(node)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            depths[key] = 1 + max((depths[id(child)] for child in children), default=0)
            continue
        if key in sizes:
            continue
        if key in active:
            line, column = _pos(node)
            return 0, 0, 0, make("YAML-RECURSIVE-011", Location(file, line, column))
        active.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    return len(sizes), sizes[id(root)], depths[id(root)], None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [child for pair in node.value for child in pair]
    return []


def parse_text(text: str, file: str) -> tuple[Any, list[Finding]]:
    """Parse YAML text into position-aware data; problems come back as findings."""
    if _too_deep(text):
        return None, [make("YAML-DEPTH-007", Location(file, 1, 1), limit=MAX_DEPTH)]
    loader = _Loader(text, file)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, [make("YAML-EMPTY-008", Location(file, 1, 1))]
        if "*" in text or _INDENTED.search(text):  # only aliases or deep indentation can nest deeply
            unique, expanded, depth, problem = _expanded_size(node, file)
            if problem:
                return None, [problem]
            if depth > MAX_DEPTH:
                return None, [make("YAML-DEPTH-007", loader.at(node), limit=MAX_DEPTH)]
            limit = max(MIN_EXPANSION_LIMIT, unique * MAX_EXPANSION)
            if expanded > limit:
                return None, [make("YAML-ALIAS-004", loader.at(node), size=expanded, limit=limit)]
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_finding(error, file, text)]
    except yaml.YAMLError as error:  # reader errors carry a character offset, not a mark
        reason = str(error).split("\n", 1)[0]
        offset = getattr(error, "position", 0) or 0
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return None, [make("YAML-SYNTAX-001", Location(file, line, column), problem=reason)]
    except RecursionError:
        return None, [make("YAML-DEPTH-007", Location(file, 1, 1), limit=MAX_DEPTH)]
    except (ValueError, TypeError, LookupError, AttributeError, OverflowError) as error:
        return None, [make("YAML-VALUE-013", Location(file, 1, 1), tag="?", problem=str(error))]
    finally:
        loader.dispose()
    if data is None and not loader.findings:  # a document of just `~` or `null` holds nothing either
        return None, [make("YAML-EMPTY-008", Location(file, 1, 1))]
    return data, loader.findings


_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # line breaks as YAML counts them


def _syntax_finding(error: yaml.MarkedYAMLError, file: str, text: str) -> Finding:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "invalid YAML"
    if error.context:
        problem = f"{problem} ({error.context})"
    if mark is None:
        where = Location(file, 1, 1)
    elif mark.index >= len(body := text.rstrip("\r\n\x85\u2028\u2029")):  # the parser's mark past the end
        lines = _BREAKS.split(body)
        where = Location(file, len(lines), len(lines[-1]) + 1)  # just after the last character
    else:
        where = Location(file, mark.line + 1, mark.column + 1)
    return make("YAML-SYNTAX-001", where, problem=problem)


def read_file(path: Path, file: str) -> tuple[Any, list[Finding]]:
    """Read and parse one YAML file; `file` is the name findings should carry."""
    try:
        if not path.is_file():  # FIFOs and devices would block or never end
            return None, [make("YAML-READ-010", Location(file), reason=phrase(N_("it is not a regular file")))]
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            size = max(path.stat().st_size, len(raw))
            return None, [
                make("YAML-SIZE-005", Location(file, 1, 1), hint="split_file", size=size, limit=MAX_FILE_BYTES)
            ]
    except OSError as error:
        return None, [make("YAML-READ-010", Location(file), reason=error.strerror or str(error))]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[line_start : error.start].decode("utf-8", errors="replace")) + 1
        return None, [
            make("YAML-ENCODING-006", Location(file, line, column), byte=raw[error.start], offset=error.start)
        ]
    return parse_text(text, file)


def dump(data: Any) -> str:
    """Write plain data as block-style YAML, keys in the given order, Unicode kept readable."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


class _Dumper(yaml.SafeDumper):
    """Indents list items under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


# Plain text that a YAML 1.2 core-schema reader (ruamel.yaml, yaml-language-server) would take
# for a number, a boolean or null; PyYAML's own YAML 1.1 resolver already quotes the rest.
# Underscores inside digits too: ruamel.yaml reads `1_0e5` as a number.
_YAML12_NOT_TEXT = re.compile(
    r"[-+]?(?:[0-9][0-9_]*|0o[0-7_]+|0x[0-9a-fA-F_]+"
    r"|(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF))"
    r"|\.(?:nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
)
# Line breaks to a YAML reader: outside double quotes they come back as "\n" or are folded.
_UNICODE_BREAKS = ("\x85", "\u2028", "\u2029")


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    style = None
    if any(mark in value for mark in _UNICODE_BREAKS):
        style = '"'  # escaped there as \N, \L and \P
    elif _YAML12_NOT_TEXT.fullmatch(value):
        style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)
