"""Solution configurator for financial-cloud presales."""

__version__ = "0.1.0"
