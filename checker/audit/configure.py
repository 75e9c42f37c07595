"""Which configuration applies to each file of an audit, as `check` finds it: from the source's location
upward (a local directory or file as given; each file of a glob; the working directory for a URL), the closest
`.factlint.yaml` / `[tool.factlint]` winning, with the command-line options on top.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.frozen import frozen

if TYPE_CHECKING:
    from checker.audit.worker import AuditSettings
    from checker.config import Config


@frozen
class AuditPlan:
    """The files to read, the settings of the run (the first source's: they also run the cross-article
    rules), and each file's own settings."""

    files: tuple[str, ...]
    settings: AuditSettings
    file_settings: Mapping[str, AuditSettings]


def plan_audit(sources: Sequence[str], include: Sequence[str], settings_of: Callable[[Config], AuditSettings],
               overrides: Mapping[str, Any], config_file: Path | None = None) -> AuditPlan:
    """Expand SOURCES and give each file the settings of its configuration (`config_file`, when given, for
    all). Raises `InputPathError` for a source that names nothing and `ConfigError` for a bad configuration."""
    from checker.audit.sources import expand_sources
    from checker.config import find_config_file, load_config

    by_config: dict[Path | None, AuditSettings] = {}

    def settings_from(start: Path) -> AuditSettings:
        found = config_file or find_config_file(start)
        if found not in by_config:
            by_config[found] = settings_of(load_config(start, file=found).with_overrides(overrides))
        return by_config[found]

    files: list[str] = []
    file_settings: dict[str, AuditSettings] = {}
    for source in sources:
        found_files = expand_sources([source], include)
        local = "://" not in source
        for path in found_files:
            start = Path(source) if local and Path(source).exists() else Path(path) if local else Path.cwd()
            file_settings[path] = settings_from(start)
        files += found_files
    settings = file_settings[files[0]] if files else settings_from(Path.cwd())
    return AuditPlan(tuple(files), settings, file_settings)
