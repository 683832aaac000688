"""Ending the app with a signal closes the office as a normal exit does (a demo folder is deleted)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_app_cleanly_and_removes_the_demo_office(tmp_path, number):
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp),
           "COMPLAINTDESK_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # the window's settings: not the developer's own
    env.pop("PYTHONPATH", None)
    log_path = tmp_path / "app.log"
    with log_path.open("wb") as log:
        app = subprocess.Popen([sys.executable, "-m", "complaintdesk.app", "--demo", "--demo-cases", "20"],
                               stdout=log, stderr=subprocess.STDOUT, env=env, cwd=tmp_path)
        try:
            deadline = time.monotonic() + 60
            while b"office opened" not in log_path.read_bytes():
                assert app.poll() is None, log_path.read_text(errors="replace")
                assert time.monotonic() < deadline, "the demo office did not open within 60 s"
                time.sleep(0.2)
            assert any(temp.glob("complaintdesk-demo-*"))  # the demo office lives there while it runs
            app.send_signal(number)
            code = app.wait(timeout=30)
        finally:
            if app.poll() is None:
                app.kill()
    output = log_path.read_text(errors="replace")
    assert code == 0, output
    assert "Traceback" not in output
    assert not any(temp.glob("complaintdesk-demo-*")), output
