"""billkit in a browser: the web app ``billkit serve`` runs, over the same library calls as the CLI."""

from .app import create_app

__all__ = ["create_app"]
