"""Renders many letters in order: in worker processes when the computer has the cores and the batch the size.

A letter takes a few milliseconds of one core (3 ms for a one-page reply), nearly all of it Python
(layout, ReportLab's PDF objects, font subsets) that threads cannot share. Worker processes can: each
renders whole letters (a few to a task) with the same fonts (registered once per worker; a font parse
comes from the data folder's cache), and the letters come back in the order asked, byte for byte what
one process would have made.

A pool costs its start: forking this process is cheap (tens of ms, fonts inherited), a new
interpreter (``spawn``: Windows, or a process running other threads, where forking is unsafe) costs a
few hundred ms a worker. Below MIN_JOBS_FORK / MIN_JOBS_SPAWN letters one process is faster; on a
computer whose cores are busy with other work a pool gains nothing either.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager

from complaintdesk.documents.fonts import FontSet, load_font_set
from complaintdesk.documents.letter_data import LetterData
from complaintdesk.documents.render import LetterJob, RenderCancelled, RenderedDocument, render_letter

# The fewest letters for which a pool pays for its start (`python bench/letters.py --break-even`; on 2
# idle cores: a letter ≈ 2.5–3.5 ms of one core; forking 2 workers and their first letters ≈ 35 ms, so a
# pool wins from about 28 letters to different firms, 50 near-identical ones; starting 2 interpreters
# ≈ 0.2 s: from about 150–200 letters).
MIN_JOBS_FORK = 32
MIN_JOBS_SPAWN = 150
MAX_WORKERS = 8
# Tasks handed to the pool ahead of the one awaited, per worker: enough to keep every worker busy,
# few enough that a cancel wastes little.
AHEAD_PER_WORKER = 3
# Letters sent to a worker in one task, at most: each task's round trip through the pool's queues and
# threads costs this process about half a millisecond, taken from the cores the workers run on. A batch
# is cut into at least TASKS_PER_WORKER tasks per worker, so that the workers finish together.
CHUNK_MAX = 4
TASKS_PER_WORKER = 8

Progress = Callable[[int, int], None]


def render_batch(items: Iterable[LetterJob | tuple[str, LetterData]], progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, *, fonts: FontSet | None = None,
                 workers: int | None = None) -> list[RenderedDocument]:
    """Render many letters in order with one font set. ``progress(done, total)`` after each letter;
    ``cancelled()`` is asked before each one and, when true, raises RenderCancelled carrying the
    letters finished so far. ``workers``: processes to use (default: this computer's cores when the
    batch is large enough, see ``worker_count``; 1 renders here). Plain callables: the GUI runs it in
    its task helper."""
    jobs = [item if isinstance(item, LetterJob) else LetterJob(item[0], item[1]) for item in items]
    fonts = fonts or load_font_set()
    count = worker_count(len(jobs)) if workers is None else max(1, min(workers, len(jobs)))
    if progress:
        progress(0, len(jobs))
    if count < 2:
        return _render_here(jobs, progress, cancelled, fonts)
    return _render_in_pool(jobs, progress, cancelled, fonts, count)


def start_method() -> str:
    """``fork`` where it is safe and cheap (Linux, a process with one Python thread), else ``spawn``."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def worker_count(jobs: int, method: str | None = None) -> int:
    """Worker processes for a batch of ``jobs`` letters: 1 (no pool) below the break-even or on one core."""
    # The PyInstaller bundle's entry points (packaging/) call multiprocessing.freeze_support() first, so
    # that a spawned worker of the bundle becomes a worker instead of starting the program again.
    cores = os.cpu_count() or 1
    least = MIN_JOBS_FORK if (method or start_method()) == "fork" else MIN_JOBS_SPAWN
    if cores < 2 or jobs < least:
        return 1
    return min(cores, MAX_WORKERS, jobs)


def _render(job: LetterJob, fonts: FontSet) -> RenderedDocument:
    return render_letter(job.kind, job.data, template=job.template, draft=job.draft, fonts=fonts)


def _render_here(jobs: list[LetterJob], progress: Progress | None, cancelled: Callable[[], bool] | None,
                 fonts: FontSet) -> list[RenderedDocument]:
    done: list[RenderedDocument] = []
    for job in jobs:
        if cancelled is not None and cancelled():
            raise RenderCancelled(done, len(jobs))
        done.append(_render(job, fonts))
        if progress:
            progress(len(done), len(jobs))
    return done


def chunks(jobs: list[LetterJob], count: int) -> list[list[LetterJob]]:
    """The batch's letters in order, cut into the tasks ``count`` workers are given."""
    size = max(1, min(CHUNK_MAX, len(jobs) // (count * TASKS_PER_WORKER)))
    return [jobs[start: start + size] for start in range(0, len(jobs), size)]


def _render_in_pool(jobs: list[LetterJob], progress: Progress | None, cancelled: Callable[[], bool] | None,
                    fonts: FontSet, count: int) -> list[RenderedDocument]:
    context = multiprocessing.get_context(start_method())
    done: list[RenderedDocument] = []
    pending: deque[Future] = deque()
    tasks = chunks(jobs, count)
    # The font set goes to each worker once, at its start (not with every task): a forked worker gets
    # this very object, with the fonts, widths and glyphs it has already looked up; a spawned one an
    # unpickled copy that registers its fonts again, lazily.
    with ProcessPoolExecutor(count, mp_context=context, initializer=_start_worker, initargs=(fonts,)) as pool:
        try:
            with _inherited_objects_frozen(context):
                pending.append(pool.submit(_render_in_worker, tasks[0]))  # starts the workers
            for task in tasks[1:]:
                pending.append(pool.submit(_render_in_worker, task))
                if len(pending) >= count * AHEAD_PER_WORKER:
                    _collect(pending, done, len(jobs), progress, cancelled)
            while pending:
                _collect(pending, done, len(jobs), progress, cancelled)
        except BaseException:
            for future in pending:
                future.cancel()  # letters not started are dropped; those under way finish, unseen
            raise
    return done


@contextmanager
def _inherited_objects_frozen(context) -> Iterator[None]:
    """A forked worker inherits this process's objects, an open office's database connections among
    them. Frozen while the workers are forked, they are never collected there: a connection finalized in
    a worker would close the database under this process (SQLite may delete the WAL the office still
    uses; PostgreSQL ends the session). Workers touch none of it and end with os._exit."""
    if context.get_start_method() != "fork":
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _collect(pending: deque[Future], done: list[RenderedDocument], total: int, progress: Progress | None,
             cancelled: Callable[[], bool] | None) -> None:
    """Take the oldest task's letters (order is kept); ``cancelled()`` asked before each letter, as the
    one-process loop does."""
    if cancelled is not None and cancelled():
        raise RenderCancelled(done, total)
    for index, document in enumerate(pending.popleft().result()):
        if index and cancelled is not None and cancelled():
            raise RenderCancelled(done, total)
        done.append(document)
        if progress:
            progress(len(done), total)


# --- in the worker ------------------------------------------------------------------------------------

_worker_fonts: FontSet | None = None


def _start_worker(fonts: FontSet) -> None:
    """A worker's start: gc.freeze, so that what it inherits, or imported before its first letter, is
    never collected there (see _inherited_objects_frozen) and its collector has less to walk; then the
    font set it renders every letter with."""
    global _worker_fonts
    gc.freeze()
    _worker_fonts = fonts


def _render_in_worker(jobs: list[LetterJob]) -> list[RenderedDocument]:
    return [_render(job, _worker_fonts) for job in jobs]
