"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import make_project
from workbench.core.project import Project


@pytest.fixture
def project(tmp_path) -> Iterator[Project]:
    """A new, empty project in the test's own folder, closed after the test."""
    with make_project(tmp_path) as p:
        yield p
