"""Engines that run chunks of releases elsewhere than this process (Dask)."""
