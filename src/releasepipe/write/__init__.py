"""Writers: one module per kind of output file. Every file is written atomically."""
