"""Normalising submitted text before it is compared: Unicode NFC (``e`` + U+0308 is ``ë``),
without zero-width characters and byte order marks, and organisation codes in upper case (as the
register has them). ASCII text is returned as it is (nothing to normalise), so the common case
costs one check."""

from __future__ import annotations

import re
import unicodedata

# zero width space, non-joiner, joiner, word joiner, BOM / zero width no-break space, soft hyphen
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def clean(text: str) -> str:
    """``text`` in NFC without invisible characters."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


def org_code(text: str | None) -> str | None:
    """An organisation code as the register writes it: cleaned, trimmed, ASCII letters in upper
    case (only ASCII: ``str.upper`` would turn a dotless ı or a long ſ into I or S)."""
    if text is None:
        return None
    code = clean(text).strip()
    return code.upper() if code.isascii() else code


def folded(text: str) -> str:
    """For comparing a choice: cleaned and case-folded."""
    return clean(text).casefold()
