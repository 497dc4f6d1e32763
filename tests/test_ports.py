"""The store satisfies the port link/ needs (names and parameters, not only presence)."""

from __future__ import annotations

import inspect

from storyline.link.ports import LinkStore
from storyline.store import Store


def test_store_implements_every_method_of_the_link_port_with_the_same_parameters() -> None:
    members = [
        name
        for name, value in vars(LinkStore).items()
        if callable(value) and not name.startswith("_")
    ]
    assert len(members) >= 20
    for name in members:
        port = inspect.signature(getattr(LinkStore, name))
        real = inspect.signature(inspect.unwrap(getattr(Store, name)))
        assert list(port.parameters) == list(real.parameters), name
        for param, spec in port.parameters.items():
            assert spec.kind == real.parameters[param].kind, (name, param)
            assert spec.default == real.parameters[param].default, (name, param)
    with Store(":memory:") as store:
        assert isinstance(store, LinkStore)
