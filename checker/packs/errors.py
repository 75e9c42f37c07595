from __future__ import annotations


class PackError(Exception):
    """A pack that cannot be used. The message is one line: `file:line: field: problem`."""

    def __init__(self, path: str, line: int | None, field: str | None, problem: str) -> None:
        self.path, self.line, self.field, self.problem = path, line, field, problem
        where = f"{path}:{line}" if line else path
        what = f"{field}: {problem}" if field else problem
        super().__init__(f"{where}: {what}")
