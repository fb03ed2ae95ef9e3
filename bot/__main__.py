"""`python -m bot` is the `alliance-bot` command line."""

from bot.cli import main

if __name__ == "__main__":  # guarded: worker processes import this module without running it
    raise SystemExit(main())
