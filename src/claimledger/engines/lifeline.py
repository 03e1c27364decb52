"""Worker processes that end when their parent does, however it ends (SIGKILL included).

A killed ``claimledger add --workers N`` must not leave N pipelines running beside the
restarted ingest. On Linux the kernel sends the worker SIGKILL when the parent dies
(``prctl(PR_SET_PDEATHSIG)``); elsewhere, and as a second line on Linux, a daemon thread
watches the parent's pid and exits the process when it changes (the worker was
re-parented to init or a subreaper).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys
import threading
import time

log = logging.getLogger(__name__)

__all__ = ["WATCH_SECONDS", "die_with_parent"]

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 0.5


def _pdeathsig(sig: int) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent dies."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return False


def _watch(parent: int, every: float) -> None:
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)  # no cleanup: the parent that would collect results is gone


def die_with_parent(parent: int | None = None, *, every: float = WATCH_SECONDS) -> bool:
    """Make this (worker) process exit when ``parent`` (by default its parent now) dies.

    Returns whether the kernel will signal it (Linux); the pid watch runs in any case.
    """
    parent = os.getppid() if parent is None else parent
    kernel = _pdeathsig(signal.SIGKILL)
    # The parent may have died before prctl took effect: then we were re-parented already.
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch, args=(parent, every), name="lifeline", daemon=True).start()
    return kernel
