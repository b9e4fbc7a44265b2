"""Console entry point: no arguments start the GUI, anything else runs a headless command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the GUI or the CLI; the CLI never loads Qt."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:  # answered without importing every command (start-up time)
        from desktop import __version__

        print(f"shuangsuiji {__version__}")
        return 0
    # `shuangsuiji` or `shuangsuiji --db URL` opens the window; everything else is a command.
    if not args or (len(args) == 2 and args[0] == "--db"):
        from desktop import app

        return app.main(db=args[1] if args else None)
    from desktop import cli

    return cli.main(args)


if __name__ == "__main__":
    raise SystemExit(main())
