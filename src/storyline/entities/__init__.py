"""People, organisations, places and quantities, with cross-language keys.

Examples
--------
>>> [e.key for e in extract_entities("Сирия и Ирак", "ru")]
['country:SY', 'country:IQ']
"""

from storyline.entities.extract import Entity, entity_keys, extract_entities, match_across
from storyline.entities.names import name_key, same_name
from storyline.entities.quantities import Quantity, extract_quantities

__all__ = [
    "Entity",
    "Quantity",
    "extract_quantities",
    "entity_keys",
    "extract_entities",
    "match_across",
    "name_key",
    "same_name",
]
