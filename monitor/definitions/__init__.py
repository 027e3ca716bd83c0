"""Indicator definitions: model (``model``), loading (``loader``) and cross-file checks (``checks``)."""

from monitor.definitions.loader import ActionDef, Definitions, load_definitions, require_definitions

__all__ = ["ActionDef", "Definitions", "load_definitions", "require_definitions"]
