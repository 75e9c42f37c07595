"""The same per-article function on a Dask LocalCluster writes the same store as a local run."""

from __future__ import annotations

from audit_helpers import article, run, store_rows, write_jsonl


def test_local_cluster_equals_local_run(tmp_path, settings):
    from distributed import LocalCluster

    path = write_jsonl(tmp_path / "a.jsonl", [article(n) for n in range(120)] + ["not json"])
    run([path], settings, tmp_path / "local.sqlite", jobs=1)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run([path], settings, tmp_path / "dask.sqlite", dask_scheduler=cluster.scheduler_address,
                      batch_size=16)
    assert (summary.checked, summary.problems) == (120, 1)
    assert store_rows(tmp_path / "dask.sqlite") == store_rows(tmp_path / "local.sqlite")
