"""storyline: a self-hosted multilingual news story tracker.

The public Python API lives here; the CLI and the web app are thin shells
over it.
"""

from storyline.article import Article, RawDocument, ReadFailure

__all__ = ["Article", "RawDocument", "ReadFailure"]
__version__ = "0.1.0"
