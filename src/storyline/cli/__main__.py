"""``python -m storyline.cli``."""

from storyline.cli import app

app()
