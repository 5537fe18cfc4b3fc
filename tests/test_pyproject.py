"""The package metadata: an SPDX licence expression with its file, on a backend that reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]


def test_the_licence_is_an_spdx_expression_with_its_files():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "LicenseRef-Proprietary"
    assert project["license-files"] == ["LICENSE"]
    assert all((ROOT / name).is_file() for name in project["license-files"])
    assert "resources/fonts/OFL.txt" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_build_backend_is_a_setuptools_that_takes_spdx_licences():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    assert requires == ["setuptools>=77.0.3,<85"]  # PEP 639 came with setuptools 77


def test_the_sdist_carries_the_docs_the_readme_links_to():
    assert "graft docs" in (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
