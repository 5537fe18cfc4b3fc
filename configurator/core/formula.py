"""Arithmetic formulas for value drivers, parsed safely and evaluated without `eval`.

Allowed: numbers, input names, + - * / (and unary minus), parentheses, min(...), max(...).
Anything else (attributes, other calls, powers, lambdas, subscripts, names that are not
inputs) is refused at parse time with a reason, before anything is run.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field

from configurator.core.codes import Phrase, phrase
from configurator.core.vocabulary import N_

MAX_LENGTH = 500
MAX_NUMBER = 1e300
MAX_RESULT = 1e18  # a billion billion: beyond any annual benefit; sums of such results stay finite
FUNCTIONS = {"min": min, "max": max}
_BINARY = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


class FormulaError(ValueError):
    """Why a formula is refused; `reason` is one of: length, syntax, construct, unknown."""

    def __init__(self, reason: str, detail: str | Phrase) -> None:
        super().__init__(str(detail))
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Formula:
    text: str
    tree: ast.expr = field(compare=False)  # parsed from `text`, and ast nodes compare by identity
    names: frozenset[str]
    size: int = 1  # nodes: the work of one evaluation

    def evaluate(self, values: Mapping[str, float]) -> float:
        """Evaluate with every input given; division by zero gives 0 (no benefit), and so does
        a result beyond ±MAX_RESULT, which no real benefit reaches and sums could not carry."""
        result = _evaluate(self.tree, values)
        return result if abs(result) <= MAX_RESULT else 0.0  # also NaN, from inf - inf


def parse(text: str, inputs: set[str] | frozenset[str]) -> Formula:
    if not isinstance(text, str) or not text.strip():
        raise FormulaError("syntax", phrase(N_("it is empty")))
    if len(text) > MAX_LENGTH:
        raise FormulaError(
            "length", phrase(N_("{count} characters, more than {limit}"), count=len(text), limit=MAX_LENGTH)
        )
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        raise FormulaError("syntax", getattr(error, "msg", None) or str(error)) from None
    names, size = _check(tree, set(inputs))
    return Formula(text, tree, frozenset(names), size)


def _check(tree: ast.expr, inputs: set[str]) -> tuple[list[str], int]:
    """The input names as often as they appear, and the number of nodes."""
    names: list[str] = []
    stack = [tree]
    size = 0
    while stack:
        node = stack.pop()
        size += 1
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            if abs(node.value) >= MAX_NUMBER:  # also catches inf, and ints too large for a float
                raise FormulaError(
                    "syntax", phrase(N_("the number {number}… is too large"), number=_source_of(node)[:20])
                )
            continue
        if isinstance(node, ast.Name):
            if node.id not in inputs:
                raise FormulaError("unknown", node.id)
            names.append(node.id)
        elif isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            stack += [node.left, node.right]
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            stack.append(node.operand)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in FUNCTIONS
            and node.args
            and not node.keywords
        ):
            stack += node.args
        else:
            raise FormulaError("construct", _source_of(node))
    return names, size


def _source_of(node: ast.AST) -> str:
    try:
        return ast.unparse(node)[:60]
    except Exception:  # noqa: BLE001 - only for the message; the node is refused anyway
        return type(node).__name__


# The evaluators meet only trees that `_check` passed: numbers, names, the four operators, min and max.
def _evaluate(node: ast.expr, values: Mapping[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        return float(values[node.id])
    if isinstance(node, ast.UnaryOp):
        operand = _evaluate(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left, values), _evaluate(node.right, values)
        if isinstance(node.op, ast.Div) and right == 0:
            return 0.0
        return _BINARY[type(node.op)](left, right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return FUNCTIONS[node.func.id](_evaluate(arg, values) for arg in node.args)
    raise FormulaError("construct", type(node).__name__)
