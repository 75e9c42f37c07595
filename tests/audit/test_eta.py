"""The audit's remaining time is smoothed: bursts and pauses move it a little; a steady rate gives the truth."""

from checker.audit.eta import RemainingTime, format_remaining


def test_a_steady_rate_gives_the_true_remaining_time():
    eta = RemainingTime()
    seconds = [eta.update(100.0 * t, 10_000, float(t)) for t in range(0, 20)]
    assert seconds[0] is None
    assert abs(seconds[-1] - (10_000 - 1_900) / 100) < 1e-6


def test_bursts_and_pauses_move_the_estimate_little():
    # 1,000 bytes a second on average, read as bursts of 10,000 every ten seconds (unchanged files at disk
    # speed) with nothing in between; updated four times a second.
    eta, done, shown = RemainingTime(), 0.0, []
    for tick in range(1, 4 * 300):
        now = tick / 4
        if tick % 40 == 0:
            done += 10_000
        seconds = eta.update(done, 1_000_000, now)
        if now > 60 and seconds is not None:
            shown.append((now, seconds))
    steps = [abs(later - earlier) / earlier for (_, earlier), (_, later) in zip(shown, shown[1:], strict=False)]
    assert max(steps) < 0.35  # a rate over the last few seconds swings between none and ten times the mean here
    assert all(0.6 < seconds / ((1_000_000 - 1_000 * now) / 1_000) < 1.7 for now, seconds in shown)


def test_the_display():
    assert (format_remaining(None), format_remaining(18), format_remaining(3 * 3600 + 61.4)) == (
        "-:--:--", "0:00:18", "3:01:01")
