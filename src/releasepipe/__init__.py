"""releasepipe: turn press releases in many languages into validated data."""

__version__ = "0.1.0"
