"""Headless CLI commands; each module registers its sub-commands with the parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Protocol


class CommandModule(Protocol):
    """What a command module provides."""

    def register(self, sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None: ...


Handler = Callable[[argparse.Namespace], int]
