"""Where the shipped data is: ``resources/``, ``migrations/`` and ``forms/``.

They live at the top of the repository and are shipped inside the package as
``complaintdesk.shipped.<name>`` (``pyproject.toml``: ``package-dir``), so that a wheel, an
editable install and the PyInstaller bundle all find them the same way, through
``importlib.resources``. A checkout run without installing (``python main.py`` from the
repository) falls back to the top-level folders.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from complaintdesk.errors import ConfigError
from complaintdesk.messages import store as msg

SHIPPED = ("resources", "migrations", "forms")
_CHECKOUT = Path(__file__).resolve().parent.parent


@cache
def shipped_dir(name: str) -> Path:
    """The folder ``name`` (one of ``SHIPPED``) as a real directory on disk.

    Alembic runs ``env.py`` and the revision scripts from files and Qt loads translations by path,
    so the data must be files (a wheel, a bundle or a checkout), never inside a zip."""
    if name not in SHIPPED:
        raise ValueError(f"not a shipped folder: {name!r}")
    try:
        root = resources.files(f"complaintdesk.shipped.{name}")
    except ModuleNotFoundError:
        # Not installed (or installed before the data was packaged): the checkout's own folder.
        folder = _CHECKOUT / name
        if (folder / "__init__.py").is_file():
            return folder
        raise ConfigError(msg.INSTALL_DATA_MISSING, name=name, where=__file__) from None
    if not isinstance(root, Path) or not root.is_dir():  # e.g. inside a zip: Alembic and Qt need files
        raise ConfigError(msg.INSTALL_DATA_MISSING, name=name, where=str(root))
    return root


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("holidays", "cn_official.csv")``."""
    return shipped_dir("resources").joinpath(*parts)
