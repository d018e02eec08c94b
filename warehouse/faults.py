"""Named crash points, for proving crash safety with a real kill -9.

Setting SOLIEU_CRASH_AT=<point> makes the process SIGKILL itself when it reaches that point:
the same death as `kill -9` from outside, but at a chosen moment instead of a timed guess.
Unset (always, outside the crash tests) a crash point costs one dict lookup.
"""

from __future__ import annotations

import os
import signal

CRASH_POINTS = ("parse", "load", "publish")


def crash_point(name: str) -> None:
    if os.environ.get("SOLIEU_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
