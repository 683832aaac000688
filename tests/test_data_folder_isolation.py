"""No test reaches the real per-user data folder (history keys, anchors, backups), whatever its fixture scope."""

from __future__ import annotations

from pathlib import Path

import pytest
from platformdirs import user_data_dir

from complaintdesk import config


@pytest.fixture(scope="module")
def folder_seen_by_a_module_fixture():
    # Set up before any function-scoped fixture of the test that first asks for it.
    return config.data_dir()


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def test_a_module_scoped_fixture_gets_a_temporary_data_folder(folder_seen_by_a_module_fixture, tmp_path_factory):
    assert folder_seen_by_a_module_fixture != Path(user_data_dir(config.APP_NAME, appauthor=False))
    assert _inside(folder_seen_by_a_module_fixture, tmp_path_factory.getbasetemp())


def test_a_test_gets_a_data_folder_of_its_own(folder_seen_by_a_module_fixture, tmp_path_factory):
    assert config.data_dir() != folder_seen_by_a_module_fixture
    assert _inside(config.data_dir(), tmp_path_factory.getbasetemp())
