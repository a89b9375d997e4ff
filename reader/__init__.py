"""Parley: a desktop reader for diplomatic and policy statements."""

__version__ = "0.1.0"
