"""People, organisations, places and quantities, with cross-language keys.

Examples
--------
>>> [e.key for e in extract_entities("Сирия и Ирак", "ru")]
['country:SY', 'country:IQ']
"""

from storyline.entities.extract import Entity, entity_keys, extract_entities, match_across
from storyline.entities.names import name_key, same_name

__all__ = [
    "Entity",
    "entity_keys",
    "extract_entities",
    "match_across",
    "name_key",
    "same_name",
]
