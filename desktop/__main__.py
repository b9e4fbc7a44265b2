"""`python -m desktop` behaves like the `shuangsuiji` command."""

from desktop.main import main

raise SystemExit(main())
