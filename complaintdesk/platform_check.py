"""Before Qt loads, on Linux: is there a display, and are the system libraries of Qt's X11 (xcb) plugin there?

Without them Qt aborts the process (exit 134) with a message that blames ``libxcb-cursor0`` whatever is
missing. This check runs first in ``app.main``, imports nothing of Qt, and says in both languages what to
install, then ``main`` exits with ``EXIT_CODE``. It looks the libraries up in the dynamic loader's cache
(``/etc/ld.so.cache``) and only loads one that is not listed there, so that it costs well under 5 ms.

``XCB_LIBRARIES`` is what PySide6 6.11's ``plugins/platforms/libqxcb.so``, ``lib/libQt6XcbQpa.so.6``,
``lib/libQt6Gui.so.6`` and ``lib/libQt6DBus.so.6`` link (``readelf -d``), less what the wheel bundles
itself (Qt, ICU) and the C/C++ runtime that Python already needs. ``APT_INSTALL_LINE`` is the command
for a bare Debian/Ubuntu/UOS/Kylin desktop; the README and ``.ci/run`` quote it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from complaintdesk.messages import Text
from complaintdesk.messages import startup as msg

EXIT_CODE = 3
SKIP_ENV = "COMPLAINTDESK_SKIP_PLATFORM_CHECK"  # "1": trust Qt (a distribution this check misjudges)

# Shared library (soname) → the Debian package that ships it (same names on Ubuntu, UOS and Kylin).
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
APT_PACKAGES: tuple[str, ...] = tuple(dict.fromkeys(XCB_LIBRARIES.values()))
APT_INSTALL_LINE = "sudo apt install " + " ".join(APT_PACKAGES)

LD_CACHE = Path("/etc/ld.so.cache")

LibraryLookup = Callable[[str], bool]


def platform_plugin(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first: ``QT_QPA_PLATFORM``'s first entry (``"xcb:option"`` and
    ``"wayland;xcb"`` lists included), else ``wayland`` in a Wayland session, else ``xcb``."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";", 1)[0].split(":", 1)[0].strip().lower()
    wayland = bool(env.get("WAYLAND_DISPLAY"))
    if wayland and (env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or not env.get("DISPLAY")):
        return "wayland"
    return "xcb"


@cache
def _ld_cache() -> bytes:
    """The dynamic loader's cache: its string table holds the path of every library ldconfig found
    (b"" if unreadable)."""
    try:
        return LD_CACHE.read_bytes()
    except OSError:
        return b""


def _bundled_library_dirs() -> list[Path]:
    """Where a frozen bundle or the PySide6 wheel may carry a library of their own."""
    dirs = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle))
    from importlib.util import find_spec  # only when a library is not in the loader's cache

    spec = find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        dirs.extend(Path(p) / "Qt" / "lib" for p in spec.submodule_search_locations)
    return dirs


def listed_in_loader_cache(soname: str) -> bool:
    name = soname.encode() + b"\0"
    listing = _ld_cache()
    # NUL-terminated strings; glibc's current format stores a soname as the tail of its path.
    return b"/" + name in listing or b"\0" + name in listing


def library_available(soname: str) -> bool:
    """True when the dynamic loader can find ``soname``: listed in its cache (cheap), else loadable
    (``LD_LIBRARY_PATH``, unusual systems), else lying in a bundle's own library folder."""
    if listed_in_loader_cache(soname):
        return True
    import ctypes  # the slow, certain way, for the rare library the cache does not list

    try:
        ctypes.CDLL(soname)
    except OSError:
        return any((folder / soname).is_file() for folder in _bundled_library_dirs())
    return True


def missing_libraries(find: LibraryLookup = library_available,
                      libraries: Mapping[str, str] = XCB_LIBRARIES) -> list[str]:
    """The sonames of ``libraries`` that ``find`` does not find, in the order of ``libraries``."""
    return [soname for soname in libraries if not find(soname)]


def problems(env: Mapping[str, str] | None = None, platform: str | None = None,
             find: LibraryLookup = library_available) -> list[Text]:
    """What keeps Qt's xcb plugin from opening a window here (empty: nothing, or not Linux/xcb)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or env.get(SKIP_ENV) == "1" or platform_plugin(env) != "xcb":
        return []
    found = [] if env.get("DISPLAY") else [msg.NO_DISPLAY()]
    missing = missing_libraries(find)
    if missing:
        packages = list(dict.fromkeys(XCB_LIBRARIES[soname] for soname in missing))
        found.append(msg.MISSING_LIBRARIES(
            libraries="\n".join(f"  {soname} → {XCB_LIBRARIES[soname]}" for soname in missing),
            command="sudo apt install " + " ".join(packages)))
    return found


def report(found: list[Text]) -> str:
    """One message for people: every problem in Chinese, then in English."""
    return "\n\n".join([*(text.zh for text in found), *(text.en for text in found)])


def check(stream=None, **kwargs) -> int | None:
    """Print the problems (to stderr) and return ``EXIT_CODE``, or None when Qt may start."""
    found = problems(**kwargs)
    if not found:
        return None
    print(report(found), file=sys.stderr if stream is None else stream, flush=True)
    return EXIT_CODE
