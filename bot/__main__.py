"""`python -m bot` is the `alliance-bot` command line."""

from bot.cli import main

raise SystemExit(main())
