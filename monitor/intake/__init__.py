"""Quarterly submissions: value parsing (``values``), row checks and versioned storage (``core``)."""
