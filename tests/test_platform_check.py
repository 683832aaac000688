"""Before Qt loads on Linux: no display or a missing X11 library is a clear message and exit 3, not Qt's abort."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from complaintdesk import platform_check
from complaintdesk.platform_check import (
    APT_INSTALL_LINE,
    EXIT_CODE,
    XCB_LIBRARIES,
    check,
    missing_libraries,
    platform_plugin,
    problems,
)

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = {"DISPLAY": ":0"}


def everything(_soname: str) -> bool:
    return True


def without(*absent: str):
    return lambda soname: soname not in absent


@pytest.mark.parametrize(("env", "plugin"), [
    ({}, "xcb"),
    ({"QT_QPA_PLATFORM": "xcb"}, "xcb"),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
    ({"QT_QPA_PLATFORM": "XCB;wayland"}, "xcb"),
    ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
    ({"QT_QPA_PLATFORM": "minimal"}, "minimal"),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11"}, "xcb"),
])
def test_the_plugin_qt_will_try_first(env, plugin):
    assert platform_plugin(env) == plugin


def test_a_complete_x11_desktop_passes():
    assert problems(DESKTOP, "linux", everything) == []


def test_each_missing_library_is_named_with_its_package_in_both_languages():
    stream = io.StringIO()

    code = check(stream, env=DESKTOP, platform="linux", find=without("libxcb-cursor.so.0", "libxcb-icccm.so.4"))

    out = stream.getvalue()
    assert code == EXIT_CODE == 3
    assert "libxcb-cursor.so.0 → libxcb-cursor0" in out and "libxcb-icccm.so.4 → libxcb-icccm4" in out
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4\n" in out + "\n"
    assert "缺少 Qt 图形界面" in out and "system libraries that Qt needs" in out
    assert out.index("缺少") < out.index("missing")  # Chinese first, then English
    assert "DISPLAY" not in out
    assert "libxkbcommon" not in out  # only what is missing


def test_two_libraries_of_one_package_ask_for_it_once():
    [text] = problems(DESKTOP, "linux", without("libglib-2.0.so.0", "libgthread-2.0.so.0"))
    assert text.zh.count("libglib2.0-0") == 3  # two library lines, one install command
    assert "sudo apt install libglib2.0-0" in text.zh


def test_no_display_is_said_with_the_offscreen_hint():
    stream = io.StringIO()

    assert check(stream, env={"QT_QPA_PLATFORM": "xcb"}, platform="linux", find=everything) == EXIT_CODE

    out = stream.getvalue()
    assert "DISPLAY" in out and "QT_QPA_PLATFORM=offscreen" in out and "没有 X11 图形显示" in out


@pytest.mark.parametrize(("env", "platform"), [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux"),
    ({}, "win32"),
    ({}, "darwin"),
    ({platform_check.SKIP_ENV: "1"}, "linux"),
])
def test_only_linux_with_x11_is_checked(env, platform):
    looked_up = []

    assert problems(env, platform, lambda soname: looked_up.append(soname) or False) == []
    assert looked_up == []


def test_the_apt_line_installs_every_library_package():
    assert APT_INSTALL_LINE.startswith("sudo apt install libxcb1 libxcb-cursor0 ")
    packages = APT_INSTALL_LINE.split()[3:]
    assert set(packages) == set(XCB_LIBRARIES.values()) and len(packages) == len(set(packages))
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1"} <= set(packages)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_list_covers_what_the_installed_xcb_plugin_links():
    """Compare with the ELF dependencies of PySide6's own libqxcb.so and libQt6XcbQpa (readelf -d)."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) not installed")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    needed = set()
    for lib in (qt / "plugins/platforms/libqxcb.so", qt / "lib/libQt6XcbQpa.so.6", qt / "lib/libQt6Gui.so.6",
                qt / "lib/libQt6DBus.so.6"):
        dump = subprocess.run([readelf, "-d", str(lib)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split("[", 1)[1].rstrip("]") for line in dump.splitlines() if "(NEEDED)" in line}
    bundled = {name for name in needed if (qt / "lib" / name).exists()}
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1"}
    assert needed - bundled - runtime <= set(XCB_LIBRARIES), sorted(needed - bundled - runtime - set(XCB_LIBRARIES))


@pytest.mark.skipif(not Path(platform_check.LD_CACHE).is_file(), reason="no glibc loader cache here")
def test_the_real_lookup_reads_the_loader_cache_and_agrees_with_the_loader():
    import ctypes

    platform_check._ld_cache.cache_clear()
    started = time.perf_counter()
    problems({"DISPLAY": ":0"}, "linux")
    elapsed_ms = (time.perf_counter() - started) * 1000
    assert elapsed_ms < 50  # 0.25 ms here when nothing is missing (a missing library costs a dlopen)

    assert platform_check.listed_in_loader_cache("libc.so.6")  # the cheap way works on this system
    assert not platform_check.listed_in_loader_cache("libcomplaintdesk-no-such.so.1")
    assert not platform_check.library_available("libcomplaintdesk-no-such.so.1")
    for soname in XCB_LIBRARIES:
        try:
            ctypes.CDLL(soname)
            loadable = True
        except OSError:
            loadable = False
        assert platform_check.library_available(soname) == loadable, soname


def test_missing_libraries_keeps_the_list_order():
    assert missing_libraries(without("libGL.so.1", "libxcb.so.1")) == ["libxcb.so.1", "libGL.so.1"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_starting_without_a_display_exits_3_with_the_message_instead_of_qts_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", COMPLAINTDESK_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "complaintdesk.app", "--db", str(tmp_path / "x.sqlite")],
                            capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)

    assert result.returncode == 3, (result.returncode, result.stderr)
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "没有 X11 图形显示" in result.stderr
    assert "qt.qpa" not in result.stderr  # Qt never got to try
    assert not (tmp_path / "x.sqlite").exists()
