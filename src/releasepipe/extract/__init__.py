"""Extractors: one module per kind of fact, each a plain function with no I/O."""
