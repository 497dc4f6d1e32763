"""Every name a package face lists resolves, so the faces cannot go stale."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize("package", ["storyline", "storyline.link", "storyline.text"])
def test_every_name_in_a_package_face_resolves(package: str) -> None:
    module = importlib.import_module(package)
    assert module.__doc__ and len(module.__all__) >= 5
    for name in module.__all__:
        assert getattr(module, name) is not None, f"{package}.{name}"
    with pytest.raises(AttributeError):
        module.no_such_name  # noqa: B018
