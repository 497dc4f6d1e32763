"""Mean sentence vectors of known encoders, for centring (see :mod:`.align`).

``e5-small``: the mean of the ``query:`` E5 vectors of all 433 sentences of
the sample corpus (``storyline.sample``: 47 articles, 9 languages, 9 events
and 7 unrelated items), stored as little-endian float16, base64. Centring on
this general news mean instead of the two articles' own mean raised
alignment precision on the held-out half of ``tests/fixtures/alignment``
(see ``bench/coverage.py``). Regenerate it if the encoder or the sample
corpus changes.

Examples
--------
>>> corpus_mean("e5-small").shape
(384,)
>>> corpus_mean("hashing") is None
True
"""

from __future__ import annotations

import base64

import numpy as np

__all__ = ["corpus_mean"]

_MEANS = {
    "e5-small": (
        "BijMppmoJKyfLBGo7iNGKcIsSicwKzEiXiveqIGqUChBK92mJqh7qkYmIaBJqi0rUivjK1WrTCaSKFSs2apIqgQp"
        "basEK/MoRapgqW8pWqsEqAknWigCLYErViv+qOcoXapAprqp0ir3IDYpiybbq6SrJKxpq+8reyk4HZwgwCeELEMr"
        "JykCKoKpI6QXqiYqmZe4p4mc8Cf7KcCoEilAqZKpy6g5qCYocqnOK9cp76qILE2kjSoVKqmpQKpzrAirMqqJKXot"
        "QKpRKuiqLSkfqtqpFCnvKHyqwitnqkmocCeFKWcp/KzHqAYgVqpDKKCqZSrEpiWsmKqiqv+o7Sn8JBYpSZ0VKfMm"
        "TyVyKLMr4yztq2GkDKVKqSyprSixqO4n4ypbK1ssIKgyLdaoWilvqLgoWSU2KxCqlqt+q94ogyqbqmOqxqqOpQKs"
        "OKhzKvQrz6nZqO+mGyauqHoo96ErLM6pGiSwLGAoQafEoumpy6kJrF+rfqulJdUlOKYkn4QpfKecrHKrWivrqiQq"
        "cCr1JrkmMKgQKUMnNScAI6Gq2CjOq3orHyoHrSCqtCpPpm+fxJwmKaSrAiYwK2uk9ygOrvKoLyg5KhSopKjqKU2n"
        "8KesqXCtx6g/q9ma+yk7KFCs6agsqsIonawZLFaltKb5JqulYCmyKJyqbKrcrPKokCf5Kp0sS6ssJsUo5KWvLToq"
        "1CrLJ1qoFaWVqgqmb6xiKFQp3Kb1qHSoQCQeLXume6IsK8MjiCyQKkEpfKfGqBwqk6p8qK2jaKVtKmOqnyqRIs6Y"
        "xCyWp20oV6hIqj0qQygHrbQmCSLbJBolqijiKqoo56klqaIo7SmakJUk3Krkq6qpFan5pdaqPit+Jh+hVqlGKcET"
        "XilvqR+q1CijrBGoWKlqKgepN6ylKOIrIKdnKzmi7KltJCqokqnSKlYmyq7IJX0oc6a9JUGpQam+KaQo0KuHojsm"
        "MCgfLPQoYKPmoBsphqoZKh8qzan1IJQDW6sRqFEqpKkvqzgqkiyWJsop"
    ),
}


def corpus_mean(model: str) -> np.ndarray | None:
    """The shipped mean vector of encoder ``model`` (float32), or ``None``.

    Examples
    --------
    >>> v = corpus_mean("e5-small")
    >>> 0.5 < float(np.linalg.norm(v)) <= 1.0
    True
    """
    packed = _MEANS.get(model)
    if packed is None:
        return None
    return np.frombuffer(base64.b64decode(packed), dtype="<f2").astype(np.float32)
