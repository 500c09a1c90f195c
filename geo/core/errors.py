"""Errors raised by the geo library: one root, subclasses that also inherit the built-in they resemble."""


class GeoError(Exception):
    """Root of every error the geo library raises on purpose."""


class ArticleError(GeoError, ValueError):
    """An article could not be read: missing, not text, too large or undecodable."""


class GazetteerError(GeoError, ValueError):
    """The bundled gazetteer is missing, corrupt or asked for an unknown place."""


class ModelError(GeoError, RuntimeError):
    """The spaCy model named in the configuration cannot be loaded."""


class RecordError(GeoError, ValueError):
    """A record was built with values outside its contract (bad offsets, latitude, type...)."""


class BenchError(GeoError, ValueError):
    """A benchmark corpus could not be read or is not in a known format."""


class StoreError(GeoError, RuntimeError):
    """The corpus store cannot be opened or written: not a store, locked too long, newer schema..."""
