"""Moved to ``monitor.text`` (issue 16); kept as a re-export while the callers move."""

from monitor.text.format import day, moment, number, percent, value_text
from monitor.text.markdown import PUNCTUATION, literal

__all__ = ["PUNCTUATION", "day", "literal", "moment", "number", "percent", "value_text"]
