"""``python -m billkit``: the same command as ``billkit``."""

from .cli import main

main()
