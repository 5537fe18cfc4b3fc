"""The graph's stable layout: nodes keep their slots, new ones take the first free row."""

from __future__ import annotations

from configurator.drawing.graph_layout import StableLayout


def test_new_nodes_take_the_first_free_row_of_their_phase_column() -> None:
    layout = StableLayout()
    slots = layout.update({"a": 1, "b": 1, "c": 2, "d": 1}, ["a", "b", "c", "d"])
    assert slots == {"a": (0, 0), "b": (0, 1), "c": (1, 0), "d": (0, 2)}


def test_nodes_keep_their_slots_and_a_freed_row_is_taken_again() -> None:
    layout = StableLayout()
    layout.update({"a": 1, "b": 1, "c": 1}, ["a", "b", "c"])
    slots = layout.update({"a": 1, "c": 1, "e": 1, "f": 1}, ["a", "c", "e", "f"])  # b went, e and f came
    assert slots == {"a": (0, 0), "c": (0, 2), "e": (0, 1), "f": (0, 3)}


def test_a_node_whose_phase_changes_moves_to_its_new_column() -> None:
    layout = StableLayout()
    layout.update({"a": 1, "b": 2}, ["a", "b"])
    assert layout.update({"a": 2, "b": 2}, ["a", "b"]) == {"b": (1, 0), "a": (1, 1)}


def test_thousands_of_nodes_in_one_column_fill_rows_in_order() -> None:
    phases = {f"n{i}": 1 for i in range(5000)}
    slots = StableLayout().update(phases, list(phases))
    assert [slots[f"n{i}"] for i in range(5000)] == [(0, i) for i in range(5000)]
