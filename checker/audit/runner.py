"""The audit loop: read records, skip those the store already holds with the same content and settings,
send the rest in batches to an executor (inline, a local process pool, or a Dask cluster), and write the
results in committed batches. Only a bounded window of batches is in flight, so memory stays flat.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from checker.api import fallback_date
from checker.audit.sources import ArchiveReader, ArchiveRecord, InputProblem, ReaderOptions, SourceStarted
from checker.audit.store import ArticleOutcome, AuditStore
from checker.audit.worker import AuditSettings, check_batch, checker_for
from checker.frozen import frozen

COMMIT_SECONDS = 1.0
COMMIT_ARTICLES = 500


@frozen
class RunOptions:
    jobs: int = 0  # 0: every core
    batch_size: int = 64
    dask_scheduler: str | None = None  # a Dask scheduler address ("tcp://host:8786") or None
    reader: ReaderOptions = ReaderOptions()
    progress: bool = True  # shown only on a terminal


@frozen
class AuditSummary:
    """What one run did (the store holds the results)."""

    records: int  # articles read from the sources
    checked: int  # checked by this run
    unchanged: int  # already in the store with the same content and settings
    duplicates: int  # records whose id an earlier record of this run already had
    findings: int  # findings of the articles checked by this run
    problems: int  # input that could not become an article
    seconds: float


class _Executor:
    """Runs `check_batch` somewhere; `submit` returns a future, `wait` some of them."""

    window = 1

    def submit(self, settings: AuditSettings, batch: list[ArchiveRecord]) -> Any:
        future: concurrent.futures.Future = concurrent.futures.Future()
        future.set_result(check_batch(settings, batch))
        return future

    def wait(self, pending: set) -> tuple[set, set]:
        done, not_done = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
        return set(done), set(not_done)

    def close(self) -> None:
        pass


PARENT_POLL_SECONDS = 0.5


def watch_parent(parent: int, poll: float = PARENT_POLL_SECONDS) -> None:
    """In a worker process: exit at once when `parent` (the audit) is gone. A killed parent sends nothing, and
    its workers' queues stay open in the other workers, so the worker polls who its parent is (a dead parent's
    children are re-parented); a daemon thread, so it never keeps a finishing worker alive."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll)
        os._exit(1)  # no clean-up to run: the parent that would read the results is gone

    threading.Thread(target=watch, name="factlint-watch-parent", daemon=True).start()


class _PoolExecutor(_Executor):
    def __init__(self, jobs: int) -> None:
        import multiprocessing

        # fork: workers inherit the Checker the main process built, so none of them loads packs again. Each
        # watches its parent: after a kill -9 of the audit no worker is left waiting on a queue for ever.
        self.pool = concurrent.futures.ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                                                           initializer=watch_parent, initargs=(os.getpid(),))
        self.window = jobs * 4

    def submit(self, settings: AuditSettings, batch: list[ArchiveRecord]) -> Any:
        return self.pool.submit(check_batch, settings, batch)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class _DaskExecutor(_Executor):
    def __init__(self, address: str) -> None:
        from distributed import Client

        self.client = Client(address)
        threads = sum(self.client.nthreads().values()) or 1
        self.window = threads * 3

    def submit(self, settings: AuditSettings, batch: list[ArchiveRecord]) -> Any:
        return self.client.submit(check_batch, settings, batch, pure=False)

    def wait(self, pending: set) -> tuple[set, set]:
        from distributed import wait

        done, not_done = wait(list(pending), return_when="FIRST_COMPLETED")
        return set(done), set(not_done)

    def close(self) -> None:
        self.client.close()


def _executor(options: RunOptions) -> _Executor:
    if options.dask_scheduler:
        return _DaskExecutor(options.dask_scheduler)
    jobs = options.jobs or os.cpu_count() or 1
    return _PoolExecutor(jobs) if jobs > 1 else _Executor()


def prepare_settings(settings: AuditSettings) -> AuditSettings:
    """Load the packs here (raising pack and rule-selection errors early, and filling the on-disk cache the
    workers read) and record their digest in the settings."""
    checker = checker_for(settings)
    prepared = dataclasses.replace(settings, packs_digest=checker.packs.digest)
    checker_for(prepared)  # built from the cache just filled; a forked pool inherits it
    return prepared


def run_audit(sources: Sequence[str], settings: AuditSettings, store: AuditStore,
              options: RunOptions = RunOptions(), on_progress: Callable[[_Tally], None] | None = None,
              file_settings: Mapping[str, AuditSettings] | None = None) -> AuditSummary:
    """Audit the files of `sources` (already expanded) into `store`; then rerun the cross-article checks.

    `file_settings` gives the settings of files whose configuration differs (each source's own
    `.factlint.yaml`); the others, and the cross-article checks, take `settings`."""
    from checker.audit.crosscheck import run_cross_checks

    started = time.perf_counter()
    prepared = {each: prepare_settings(each) for each in dict.fromkeys([settings, *(file_settings or {}).values()])}
    by_file = {path: prepared[each] for path, each in (file_settings or {}).items()}
    reader = ArchiveReader(sources, options.reader)
    tally = _Tally(reader)
    loop = _AuditLoop(prepared[settings], by_file, store, _executor(options), tally, options.batch_size, on_progress)
    try:
        loop.run(reader)
    finally:
        loop.executor.close()
    main = prepared[settings]
    run_cross_checks(store, checker_for(main))
    store.set_meta("settings_digest", main.digest)
    store.set_meta("packs_digest", main.packs_digest)
    return AuditSummary(tally.records, tally.checked, tally.unchanged, tally.duplicates, tally.findings,
                        tally.problems, time.perf_counter() - started)


@dataclass
class _Tally:
    reader: ArchiveReader
    records: int = 0
    checked: int = 0
    unchanged: int = 0
    duplicates: int = 0
    findings: int = 0
    problems: int = 0


class _AuditLoop:
    """One run's state: the batch being filled, the batches in flight, and the writes not yet committed."""

    def __init__(self, settings: AuditSettings, file_settings: Mapping[str, AuditSettings], store: AuditStore,
                 executor: _Executor, tally: _Tally, batch_size: int,
                 on_progress: Callable[[_Tally], None] | None) -> None:
        self.default_settings, self.file_settings = settings, file_settings
        self.store, self.executor, self.tally = store, executor, tally
        self.batch_size, self.on_progress = batch_size, on_progress
        self.settings = settings  # of the file being read: a batch holds records of one settings only
        self.today = dt.date.today()  # one day for the whole run (date-source: today)
        self.fallback: dt.date | None = None  # the fallback date of the file being read
        self.run_number = store.begin_run()
        self.incoming: list[ArchiveRecord] = []
        self.pending: set = set()
        self.in_flight: dict[str, str] = {}  # article id -> location, for records read but not yet committed
        self.outcomes: list[ArticleOutcome] = []
        self.confirmed: list[str] = []
        self.problems: list[InputProblem] = []
        self.cleared: list[str] = []
        self.last_commit = time.monotonic()

    def run(self, reader: ArchiveReader) -> None:
        for item in reader:
            if isinstance(item, ArchiveRecord):
                self.tally.records += 1
                self.incoming.append(dataclasses.replace(item, fallback_date=self.fallback) if self.fallback else item)
                if len(self.incoming) >= self.batch_size:
                    self._dispatch()
            elif isinstance(item, InputProblem):
                self.tally.problems += 1
                self.problems.append(item)
            elif isinstance(item, SourceStarted):
                self.cleared.append(item.source)
                self._start_file(item.source)
        self._dispatch()
        while self.pending:
            self._collect()
        self._commit()

    def _start_file(self, path: str) -> None:
        settings = self.file_settings.get(path, self.default_settings)
        if settings != self.settings:
            self._dispatch()  # the batch so far belongs to the other settings
            self.settings = settings
        self.fallback = fallback_date(path, settings.date_source, self.today)

    def _dispatch(self) -> None:
        """Send the filled batch, minus what the store already holds, waiting while the window is full."""
        batch, self.incoming = self.incoming, []
        if not batch:
            return
        stored = self.store.done_keys([record.article_id for record in batch])
        digest = self.settings.digest
        to_check = []
        for record in batch:
            known = stored.get(record.article_id)
            first_location = self.in_flight.get(record.article_id) or (
                known.location if known and known.run == self.run_number else None)
            if first_location is not None and first_location != record.where:
                self.tally.duplicates += 1
                self.problems.append(InputProblem(record.where.split("!")[0].split("#")[0], record.where,
                                                  f"duplicate article id {record.article_id!r} "
                                                  f"(first at {first_location}; skipped)"))
                continue
            self.in_flight[record.article_id] = record.where
            if known and (known.content_hash, known.settings_digest) == (record.content_hash, digest):
                self.tally.unchanged += 1
                self.confirmed.append(record.article_id)
            else:
                to_check.append(record)
        if to_check:
            while len(self.pending) >= self.executor.window:
                self._collect()
            self.pending.add(self.executor.submit(self.settings, to_check))
        self._maybe_commit()

    def _collect(self) -> None:
        done, self.pending = self.executor.wait(self.pending)
        for future in done:
            outcomes = future.result()
            self.outcomes.extend(outcomes)
            self.tally.checked += len(outcomes)
            self.tally.findings += sum(len(outcome.findings) for outcome in outcomes)
        self._maybe_commit()

    def _maybe_commit(self) -> None:
        if self.on_progress:
            self.on_progress(self.tally)
        waiting = len(self.outcomes) + len(self.confirmed)
        if waiting >= COMMIT_ARTICLES or time.monotonic() - self.last_commit >= COMMIT_SECONDS:
            self._commit()

    def _commit(self) -> None:
        self.store.write_batch(self.outcomes, run=self.run_number, confirmed=self.confirmed,
                               problems=self.problems, cleared_sources=self.cleared)
        for article_id in [*self.confirmed, *(outcome.article_id for outcome in self.outcomes)]:
            self.in_flight.pop(article_id, None)
        self.outcomes, self.confirmed, self.problems, self.cleared = [], [], [], []
        self.last_commit = time.monotonic()
