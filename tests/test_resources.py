"""The shipped data folders are the packages' own folders, as importlib.resources finds them in an installed copy."""

from __future__ import annotations

from importlib import resources

import pytest

from complaintdesk.resources import SHIPPED, resource_path, shipped_dir


@pytest.mark.parametrize("name", SHIPPED)
def test_each_shipped_folder_is_the_package_resource(name):
    folder = shipped_dir(name)
    assert folder.is_dir()
    assert folder == resources.files(f"complaintdesk.shipped.{name}")  # one door, the same in a wheel


def test_the_data_the_code_reads_is_there():
    assert resource_path("holidays", "cn_official.csv").is_file()
    assert resource_path("fonts", "ZhuqueFangsong.ttf").stat().st_size > 9_000_000
    assert resource_path("fonts", "ZhuqueFangsong-OFL.txt").read_text(encoding="utf-8").find("SIL OPEN FONT") >= 0
    assert sorted(p.name for p in shipped_dir("migrations").joinpath("versions").glob("*.py"))


def test_an_unknown_folder_is_refused():
    with pytest.raises(ValueError):
        shipped_dir("tests")
