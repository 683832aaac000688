"""pytest plugin: make Python's cyclic collector run very often (amplifies collection inside Qt callbacks)."""
import gc


def pytest_configure(config):
    gc.set_threshold(20, 2, 2)
