"""The audit's remaining time, smoothed: the byte rate is averaged exponentially over about half a minute, so
a burst (unchanged files read at disk speed, a chunk of a large file) or a pause (a slow batch) moves the
estimate a little, not from 0:00:18 to 0:05:58 and back."""

from __future__ import annotations

import math
from dataclasses import dataclass

SMOOTHING_SECONDS = 30.0


@dataclass
class RemainingTime:
    """Feed it (bytes done, bytes in all, now) as the audit goes; it says the seconds left, or None."""

    smoothing: float = SMOOTHING_SECONDS
    _rate: float | None = None  # bytes per second, averaged
    _last: tuple[float, float] | None = None  # (time, bytes done) of the previous update
    _started: tuple[float, float] | None = None

    def update(self, done: float, total: float | None, now: float) -> float | None:
        if self._started is None:
            self._started = self._last = (now, done)
            return None
        last_time, last_done = self._last  # type: ignore[misc]
        elapsed = now - last_time
        if elapsed <= 0:
            return self._remaining(done, total)
        instant = max(done - last_done, 0.0) / elapsed
        if self._rate is None:
            since = now - self._started[0]
            self._rate = (done - self._started[1]) / since if since > 0 else instant
        else:
            weight = 1 - math.exp(-elapsed / self.smoothing)  # a longer gap weighs more, bursts of calls do not
            self._rate += weight * (instant - self._rate)
        self._last = (now, done)
        return self._remaining(done, total)

    def _remaining(self, done: float, total: float | None) -> float | None:
        if not total or not self._rate or self._rate <= 0:
            return None
        return max(total - done, 0.0) / self._rate


def format_remaining(seconds: float | None) -> str:
    """`H:MM:SS`, or `-:--:--` while there is no estimate."""
    if seconds is None or math.isinf(seconds):
        return "-:--:--"
    whole = int(round(seconds))
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
