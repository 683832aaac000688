"""A batch in worker processes: the same PDFs as one process, in order, with progress and cancel."""

from __future__ import annotations

from dataclasses import replace

import pytest

from complaintdesk.documents import LetterJob, RenderCancelled, batch, render_batch, render_letter
from complaintdesk.documents.samples import sample_letter_data
from complaintdesk.messages import documents as msg


def jobs(count: int) -> list[LetterJob]:
    """Letters that differ (addressee, number, kind), so that any mix-up of order shows."""
    kinds = ("supervision", "reminder", "acceptance")
    return [LetterJob(kinds[i % 3], replace(sample_letter_data(kinds[i % 3]), complainant_name=f"某某县第{i + 1}商贸有限公司",
                                            doc_no=f"X工信投字〔2026〕{i + 1}号"), draft=i % 2 == 0)
            for i in range(count)]


@pytest.fixture
def fork(monkeypatch):
    monkeypatch.setattr(batch, "start_method", lambda: "fork")


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_pool_gives_the_same_pdfs_in_the_same_order(fonts, monkeypatch, method):
    if method == "fork" and batch.start_method() != "fork":
        pytest.skip("fork is used on Linux only")
    monkeypatch.setattr(batch, "start_method", lambda: method)
    letters = jobs(7)
    alone = render_batch(letters, fonts=fonts, workers=1)
    calls = []

    pooled = render_batch(letters, progress=lambda done, total: calls.append((done, total)), fonts=fonts, workers=2)

    assert [d.sha256 for d in pooled] == [d.sha256 for d in alone]
    assert [d.pdf for d in pooled] == [d.pdf for d in alone]
    assert [d.kind for d in pooled] == [j.kind for j in letters]
    assert [d.warnings for d in pooled] == [d.warnings for d in alone]
    assert calls == [(n, 7) for n in range(8)]


def test_a_message_back_from_a_worker_is_the_catalogue_s_own(fonts, fork):
    data = replace(sample_letter_data("reply"), reply_text="")  # a blank: the letter warns BLANKS_LEFT
    [pooled, _] = render_batch([LetterJob("reply", data), LetterJob("reply", data)], fonts=fonts, workers=2)

    assert any(w.message is msg.BLANKS_LEFT for w in pooled.warnings)


def test_a_pooled_batch_can_be_cancelled_keeping_what_is_done_in_order(fonts, fork):
    letters = jobs(9)
    done = []

    with pytest.raises(RenderCancelled) as cancelled:
        render_batch(letters, progress=lambda n, _total: done.append(n), cancelled=lambda: len(done) > 3,
                     fonts=fonts, workers=2)

    completed = cancelled.value.completed
    assert len(completed) == 3 and cancelled.value.total == 9
    assert [d.sha256 for d in completed] == [render_letter(j.kind, j.data, draft=j.draft, fonts=fonts).sha256
                                             for j in letters[:3]]


def test_a_failing_letter_fails_the_pooled_batch(fonts, fork):
    broken = LetterJob("reply", replace(sample_letter_data("reply"), doc_no=None), draft=False)  # issued, no number
    with pytest.raises(ValueError, match="doc_no"):
        render_batch([*jobs(3), broken, *jobs(2)], fonts=fonts, workers=2)


def test_a_pool_only_for_a_batch_large_enough_on_more_than_one_core(monkeypatch):
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 4)
    assert batch.worker_count(batch.MIN_JOBS_FORK - 1, "fork") == 1
    assert batch.worker_count(batch.MIN_JOBS_FORK, "fork") == 4
    assert batch.worker_count(batch.MIN_JOBS_SPAWN - 1, "spawn") == 1
    assert batch.worker_count(batch.MIN_JOBS_SPAWN, "spawn") == 4
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 1)
    assert batch.worker_count(10_000, "fork") == 1
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(batch.sys, "frozen", True, raising=False)
    assert batch.worker_count(10_000, "fork") == 2  # the bundle too: its entry points call freeze_support


@pytest.mark.parametrize("script", ["complaintdesk_admin.py", "complaintdesk_gui.py"])
def test_the_bundles_entry_points_let_a_pool_worker_be_a_worker(script):
    """A spawned worker of the frozen program runs its entry script again: freeze_support must come
    before the program's own code, or every worker would start another program."""
    import ast
    from pathlib import Path

    tree = ast.parse((Path(__file__).resolve().parents[2] / "packaging" / script).read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
             and n.func.attr == "freeze_support"]
    program = [n for n in tree.body if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("complaintdesk")]
    assert calls and program and calls[0].lineno < program[0].lineno


def test_fork_only_in_a_process_with_one_thread(monkeypatch):
    monkeypatch.setattr(batch.sys, "platform", "linux")
    monkeypatch.setattr(batch.threading, "active_count", lambda: 1)
    assert batch.start_method() == "fork"
    monkeypatch.setattr(batch.threading, "active_count", lambda: 2)  # e.g. the GUI's task thread
    assert batch.start_method() == "spawn"
    monkeypatch.setattr(batch.sys, "platform", "win32")
    monkeypatch.setattr(batch.threading, "active_count", lambda: 1)
    assert batch.start_method() == "spawn"


def test_a_large_pooled_batch_goes_to_the_workers_a_few_letters_a_task_in_order(fonts, fork):
    letters = jobs(2 * 2 * batch.TASKS_PER_WORKER + 3)  # enough for tasks of two letters
    tasks = batch.chunks(letters, 2)
    assert [job for task in tasks for job in task] == letters and {len(task) for task in tasks[:-1]} == {2}
    alone = render_batch(letters, fonts=fonts, workers=1)
    calls = []

    pooled = render_batch(letters, progress=lambda done, total: calls.append(done), fonts=fonts, workers=2)

    assert [d.pdf for d in pooled] == [d.pdf for d in alone]
    assert calls == list(range(len(letters) + 1))  # progress after each letter, not each task


def test_a_cancel_between_letters_of_one_task_keeps_the_letters_before(fonts, fork):
    letters = jobs(2 * 2 * batch.TASKS_PER_WORKER)
    done = []

    with pytest.raises(RenderCancelled) as cancelled:
        render_batch(letters, progress=lambda n, _total: done.append(n), cancelled=lambda: len(done) > 3,
                     fonts=fonts, workers=2)

    # Tasks of two letters: cancelled after the third, the fourth came back with it and is left out.
    assert len(cancelled.value.completed) == 3
    assert [d.sha256 for d in cancelled.value.completed] == [
        render_letter(j.kind, j.data, draft=j.draft, fonts=fonts).sha256 for j in letters[:3]]
