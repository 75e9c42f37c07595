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


def test_dask_workers_elsewhere_read_per_path_ignores_as_the_client(tmp_path, monkeypatch):
    """Paths are relative to the client's working directory; the workers (started elsewhere) agree."""
    from audit_helpers import PACKS, VARIANT_EN
    from distributed import LocalCluster

    from checker.audit.configure import plan_audit
    from checker.audit.runner import RunOptions, run_audit
    from checker.audit.sources import AUDIT_INCLUDE
    from checker.audit.store import AuditStore
    from checker.audit.worker import settings_from_config

    for folder in ("old", "new"):
        (tmp_path / "news" / folder).mkdir(parents=True)
        (tmp_path / "news" / folder / "a.md").write_text(VARIANT_EN, encoding="utf-8")
    (tmp_path / "news" / ".factlint.yaml").write_text("per-path-ignores: {'old/*': [consistency/]}\n")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        monkeypatch.chdir(tmp_path)  # after the workers started: they keep the old working directory
        plan = plan_audit(["news"], AUDIT_INCLUDE, lambda config: settings_from_config(config, builtin_packs=False),
                          {"packs": (PACKS,)})
        with AuditStore(tmp_path / "dask.sqlite") as store:
            run_audit(plan.files, plan.settings, store, RunOptions(dask_scheduler=cluster.scheduler_address),
                      file_settings=plan.file_settings)
    rows = store_rows(tmp_path / "dask.sqlite")
    assert sorted((row[3], row[10]) for row in rows["articles"]) == [("news/new/a.md", 1), ("news/old/a.md", 0)]
