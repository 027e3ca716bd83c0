"""Moved to ``monitor.text`` (issue 16); kept as a re-export while the callers move."""

from monitor.text.catalogue import TEXTS
from monitor.text.core import t, tm

__all__ = ["TEXTS", "t", "tm"]
