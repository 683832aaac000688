"""pytest plugin: the collector left as it is; logs to /tmp/sf/gclog0.<pid> each collection that frees objects, with its thread."""
import gc
import os
import threading

_log = None


def _report(phase, info):
    if phase == "stop" and info["collected"]:
        where = "main" if threading.current_thread() is threading.main_thread() else threading.current_thread().name
        os.write(_log, f"gc on {where}: freed {info['collected']}\n".encode())


def pytest_configure(config):
    global _log
    _log = os.open(f"/tmp/sf/gclog0.{os.getpid()}", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    gc.callbacks.append(_report)
