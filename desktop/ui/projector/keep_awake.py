"""Keep the display awake during a ceremony (no sleep, no screensaver); best effort, never failing."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import shutil
import subprocess
import sys

log = logging.getLogger(__name__)

# Windows SetThreadExecutionState flags.
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


class KeepAwake:
    """start(window id) asks the OS to keep the display on; stop() gives that back; neither ever raises."""

    # Windows: SetThreadExecutionState (call start/stop from the same, GUI, thread).
    # Linux: `xdg-screensaver suspend <window id>` when installed; macOS: `caffeinate -d -i -w <pid>`.
    # Elsewhere, or when a tool is missing, it does nothing. No call waits for a process.

    def __init__(self, platform: str = sys.platform) -> None:
        self.platform = platform
        self.active = False
        self._window_id = 0
        self._children: list[subprocess.Popen[bytes]] = []

    def start(self, window_id: int = 0) -> bool:
        """Keep the display awake; returns True when the OS was asked to."""
        if self.active and window_id == self._window_id:
            return True
        if self.active:
            self.stop()
        try:
            self.active = self._start(window_id)
        except Exception:  # a missing API or tool must never break the ceremony
            log.warning("keep-awake could not be started", exc_info=True)
            self.active = False
        self._window_id = window_id if self.active else 0
        return self.active

    def stop(self) -> None:
        """Let the display sleep again (idempotent)."""
        if not self.active:
            self._reap()
            return
        try:
            self._stop()
        except Exception:
            log.warning("keep-awake could not be stopped", exc_info=True)
        self.active = False
        self._window_id = 0
        self._reap()

    def _start(self, window_id: int) -> bool:
        if self.platform == "win32":
            kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
            flags = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
            return bool(kernel32.SetThreadExecutionState(ctypes.c_uint32(flags)))
        if self.platform == "darwin":
            return self._spawn(["caffeinate", "-d", "-i", "-w", str(os.getpid())])
        if self.platform.startswith("linux") and window_id:
            return self._spawn(["xdg-screensaver", "suspend", str(window_id)])
        return False

    def _stop(self) -> None:
        if self.platform == "win32":
            kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
            kernel32.SetThreadExecutionState(ctypes.c_uint32(ES_CONTINUOUS))
        elif self.platform == "darwin":
            for child in self._children:
                with contextlib.suppress(OSError):
                    child.terminate()
        elif self.platform.startswith("linux") and self._window_id:
            self._spawn(["xdg-screensaver", "resume", str(self._window_id)])

    def _spawn(self, argv: list[str]) -> bool:
        """Start a helper without waiting for it; False when the tool is not installed."""
        tool = shutil.which(argv[0])
        if tool is None:
            return False
        try:
            child = subprocess.Popen([tool, *argv[1:]], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, close_fds=True)
        except OSError:
            return False
        self._children.append(child)
        return True

    def _reap(self) -> None:
        """Forget helpers that have exited (no zombies), without blocking."""
        self._children = [c for c in self._children if c.poll() is None]
