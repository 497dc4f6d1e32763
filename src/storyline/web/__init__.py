"""The web interface: server-rendered story pages and a JSON API over one store.

:func:`storyline.web.app.create_app` builds the FastAPI app that
``storyline serve`` runs; :mod:`storyline.web.service` holds the functions
every page and API answer is made of (plain dicts from a store).

Examples
--------
>>> from storyline.web.display import text_dir
>>> text_dir("fa")
'rtl'
"""
