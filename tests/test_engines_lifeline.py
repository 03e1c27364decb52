"""Extraction workers end when their parent dies, SIGKILL included (engines/lifeline.py).

A parent process runs ``extract_pooled`` with two workers over an endless stream of
articles (a fake extractor: no spaCy), reports the workers' pids, and is killed with
SIGKILL; the workers must be gone within a few seconds. Once with the kernel's parent-death
signal (Linux), once with the pid watch alone (what other systems get).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from claimledger.engines import lifeline

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and signals")

PARENT = textwrap.dedent(
    """
    import itertools, os, sys, time
    from claimledger.engines import lifeline, local
    from claimledger.engines.runner import Item
    from claimledger.models import Article, Extraction
    from claimledger.settings import Settings

    out = sys.argv[1]
    if sys.argv[2] == "watch-only":
        lifeline._pdeathsig = lambda sig: False

    class Slow:
        def extract(self, articles):
            with open(out, "a") as f:
                f.write(f"{os.getpid()}\\n")
            for a in articles:
                time.sleep(0.05)
                yield Extraction(a, (), (), (), ())

    local.make_extractor = lambda settings: Slow()  # fork: the workers see this
    items = (
        Item("article", Article(id=f"a{i}", text=f"Text {i}.", date="2024-01-01"))
        for i in itertools.count()
    )
    for _ in local.extract_pooled(items, Settings(), 2, chunk=2):
        pass
    """
)


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for init to reap it counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _workers(path: Path, parent: subprocess.Popen[bytes], want: int = 2) -> set[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pids = {int(x) for x in path.read_text().split()} if path.exists() else set()
        if len(pids) >= want:
            return pids
        if parent.poll() is not None:
            raise AssertionError(f"the parent exited early ({parent.returncode})")
        time.sleep(0.1)
    raise AssertionError("the workers never started")


@pytest.mark.parametrize("mode", ["kernel", "watch-only"])
def test_workers_die_when_the_parent_is_killed(tmp_path: Path, mode: str) -> None:
    if mode == "kernel" and not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    pids_file = tmp_path / "pids"
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(pids_file), mode],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        workers = _workers(pids_file, parent)
        assert all(_alive(p) for p in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 5 + 4 * lifeline.WATCH_SECONDS
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.05)
        left = [p for p in workers if _alive(p)]
        assert not left, f"workers {left} outlived their parent ({mode})"
    finally:
        if parent.poll() is None:
            parent.kill()
        for p in _workers(pids_file, parent, 0) if pids_file.exists() else ():
            if _alive(p):
                os.kill(p, signal.SIGKILL)


def test_pid_watch_exits_a_process_whose_parent_changed() -> None:
    """The watch alone: a grandchild whose parent exits normally is ended too."""
    code = textwrap.dedent(
        """
        import os, sys, time
        from claimledger.engines import lifeline
        lifeline._pdeathsig = lambda sig: False
        me = os.getpid()
        pid = os.fork()
        if pid == 0:
            lifeline.die_with_parent(me, every=0.05)
            time.sleep(30)
            os._exit(0)
        print(pid, flush=True)
        """
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    child = int(out.stdout.split()[0])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)
    alive = _alive(child)
    if alive:
        os.kill(child, signal.SIGKILL)
    assert not alive
