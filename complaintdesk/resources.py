"""Where the shipped data is: ``resources/``, ``migrations/`` and ``forms/``.

They live at the top of the repository and are shipped inside the package as
``complaintdesk.shipped.<name>`` (``pyproject.toml``: ``package-dir``), so that a wheel, an
editable install and the PyInstaller bundle all find them the same way: as the folder of that
package (the one folder of its ``__path__``, which is what ``importlib.resources.files`` gives for a
package on disk; ``tests/test_resources.py`` holds them equal). ``importlib.resources`` itself is not
imported: it costs ≈ 3 ms before the window's first paint, which reads the translations from here. A
checkout run without installing (``python main.py`` from the repository) falls back to the top-level
folders.
"""

from __future__ import annotations

import importlib
from functools import cache
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
        package = importlib.import_module(f"complaintdesk.shipped.{name}")
    except ModuleNotFoundError:
        # Not installed (or installed before the data was packaged): the checkout's own folder.
        folder = _CHECKOUT / name
        if (folder / "__init__.py").is_file():
            return folder
        raise ConfigError(msg.INSTALL_DATA_MISSING, name=name, where=__file__) from None
    locations = list(getattr(package, "__path__", ()))
    root = Path(locations[0]) if len(locations) == 1 else None
    if root is None or not root.is_dir():  # e.g. inside a zip: Alembic and Qt need files
        raise ConfigError(msg.INSTALL_DATA_MISSING, name=name, where=str(locations or package))
    return root


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("holidays", "cn_official.csv")``."""
    return shipped_dir("resources").joinpath(*parts)
