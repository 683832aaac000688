"""Locates the shipped default data under the top-level ``resources/`` folder."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("holidays", "cn_official.csv")``."""
    return RESOURCES_DIR.joinpath(*parts)
