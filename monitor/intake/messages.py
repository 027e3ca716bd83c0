"""Every submission problem, declared once: code, level and the message in Dutch and English.

The checks raise or collect problems by code with parameters; :func:`render` writes the message in
the interface language. The README's table of codes is generated from ``MESSAGES``.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["nl", "en"]

# code: (level, Dutch, English)
MESSAGES: dict[str, tuple[str, str, str]] = {
    "empty-file": ("error",
        "Het bestand is leeg. Gebruik het sjabloon en vul de waarden in.",
        "The file is empty. Use the template and fill in the values."),
    "no-rows": ("error",
        "Het bestand heeft een kopregel maar geen regels met waarden.",
        "The file has a header but no rows with values."),
    "file-too-large": ("error",
        "Het bestand is {size} groot; het maximum is {limit}. Lever per organisatie en kwartaal aan.",
        "The file is {size}; the maximum is {limit}. Submit one organisation and quarter per file."),
    "too-many-rows": ("error",
        "Het bestand heeft meer dan {limit} regels (lege regels tellen mee). Lever per organisatie "
        "en kwartaal aan, of verwijder lege regels.",
        "The file has more than {limit} rows (empty rows count). Submit one organisation and "
        "quarter per file, or remove empty rows."),
    "cell-too-long": ("error",
        "Een cel in rij {row} is langer dan {limit} tekens. Maak de toelichting korter.",
        "A cell in row {row} is longer than {limit} characters. Shorten the note."),
    "bad-encoding": ("error",
        "Het bestand is geen leesbare tekst ({detail}). Sla het op als 'CSV UTF-8' of "
        "'CSV (puntkomma-gescheiden)'.",
        "The file is not readable text ({detail}). Save it as 'CSV UTF-8' or 'CSV (semicolon "
        "delimited)'."),
    "bad-xlsx": ("error",
        "Het Excel-bestand kan niet worden gelezen: {detail}. Open het in Excel of LibreOffice en "
        "sla het opnieuw op als .xlsx of als CSV.",
        "The Excel file cannot be read: {detail}. Open it in Excel or LibreOffice and save it "
        "again as .xlsx or as CSV."),
    "unsupported-file": ("error",
        "Bestanden van het type '{detail}' worden niet ondersteund. Sla het bestand op als CSV of "
        ".xlsx (Bestand > Opslaan als) en lever het opnieuw aan.",
        "Files of type '{detail}' are not supported. Save the file as CSV or .xlsx (File > Save "
        "as) and submit it again."),
    "unbalanced-quotes": ("error",
        "Er staat een aanhalingsteken (\") zonder afsluitend aanhalingsteken, vanaf rij {row}. Sluit de tekst af met \" of verwijder het aanhalingsteken.",
        "There is a quote (\") without a closing quote, from row {row} on. Close the text with \" or remove the quote."),
    "missing-columns": ("error",
        "Kolom(men) {columns} ontbreken in de kopregel (rij 1). De kopregel moet zijn: "
        "organisatie;periode;maatstaf;waarde;toelichting.",
        "Column(s) {columns} missing from the header (row 1). The header must be: "
        "organisation;period;measure;value;note."),
    "unknown-organisation": ("error",
        "'{value}' is geen bekende organisatiecode (bijvoorbeeld GM0363 of BZK).",
        "'{value}' is not a known organisation code (e.g. GM0363 or BZK)."),
    "wrong-organisation": ("error",
        "Dit bestand wordt aangeleverd voor {expected}; deze rij is voor {value}.",
        "This file is submitted for {expected}; this row is for {value}."),
    "bad-period": ("error",
        "'{value}' is geen kwartaal. Schrijf het als JJJJ-Kn, bijvoorbeeld 2025-Q3.",
        "'{value}' is not a quarter. Write it as YYYY-Qn, e.g. 2025-Q3."),
    "wrong-period": ("error",
        "Dit bestand wordt aangeleverd voor {expected}; deze rij is voor {value}.",
        "This file is submitted for {expected}; this row is for {value}."),
    "period-not-open": ("error",
        "{value} is niet open voor aanlevering (open: {first} tot en met {last}).",
        "{value} is not open for submissions (open: {first} to {last})."),
    "period-locked": ("error",
        "{value} is vastgelegd in een peildatum ({detail}). Vraag de programmamanager het "
        "kwartaal te heropenen.",
        "{value} is locked by a snapshot ({detail}). Ask the programme manager to reopen the "
        "quarter."),
    "unknown-measure": ("error",
        "'{value}' is geen bekende maatstaf. Gebruik de codes uit het sjabloon.",
        "'{value}' is not a known measure. Use the ids from the template."),
    "measure-not-applicable": ("error",
        "'{value}' wordt niet door {organisation} ({type}) aangeleverd. Verwijder de rij.",
        "'{value}' is not reported by {organisation} ({type}). Remove the row."),
    "duplicate-measure": ("error",
        "'{value}' staat twee keer in het bestand voor deze organisatie en dit kwartaal (ook in "
        "rij {other}). Houd één rij over.",
        "'{value}' occurs twice for this organisation and quarter (also in row {other}). Keep one "
        "row."),
    "required-missing": ("error",
        "De verplichte maatstaf '{value}' ontbreekt voor {organisation} {period}. Vul een waarde "
        "in, of n.v.t. als hij niet van toepassing is.",
        "The required measure '{value}' is missing for {organisation} {period}. Fill in a value, "
        "or n.v.t. if it does not apply."),
    "no-values": ("error",
        "Het bestand bevat geen waarden. Vul de kolom 'waarde' in.",
        "The file contains no values. Fill in the 'value' column."),
    "bad-number": ("error",
        "'{value}' is geen getal. Schrijf bijvoorbeeld 1234 of 1234,5.",
        "'{value}' is not a number. Write e.g. 1234 or 1234.5."),
    "ambiguous-number": ("error",
        "'{value}' kan {a} of {b} betekenen, en de rest van het bestand laat niet zien of ',' of "
        "'.' het decimaalteken is. Schrijf het zonder scheidingsteken voor duizendtallen.",
        "'{value}' can mean {a} or {b}, and the rest of the file does not show whether ',' or '.' "
        "is the decimal sign. Write it without a thousands separator."),
    "mixed-number-format": ("error",
        "'{value}' gebruikt een ander decimaalteken dan de rest van het bestand ('{sign}'). "
        "Schrijf alle getallen op dezelfde manier.",
        "'{value}' uses a different decimal sign than the rest of the file ('{sign}'). Write all "
        "numbers the same way."),
    "bad-integer": ("error",
        "'{value}' moet een geheel getal zijn.",
        "'{value}' must be a whole number."),
    "bad-boolean": ("error",
        "'{value}' is geen ja of nee.",
        "'{value}' is not yes or no (ja/nee)."),
    "bad-date": ("error",
        "'{value}' is geen datum. Schrijf dd-mm-jjjj, bijvoorbeeld 28-11-2026.",
        "'{value}' is not a date. Write dd-mm-yyyy, e.g. 28-11-2026."),
    "bad-choice": ("error",
        "'{value}' is niet toegestaan. Kies uit: {choices}.",
        "'{value}' is not allowed. Choose one of: {choices}."),
    "out-of-range": ("error",
        "{value} ligt buiten het toegestane bereik {range}.",
        "{value} is outside the allowed range {range}."),
    "relation-at-most": ("error",
        "{value} voor '{measure}' (rij {row}) is groter dan {other_value} voor '{other}' "
        "({where}), en mag dat niet zijn: een deel kan niet groter zijn dan het geheel. Corrigeer "
        "een van beide waarden.",
        "{value} for '{measure}' (row {row}) is larger than {other_value} for '{other}' "
        "({where}), which it may not be: a part cannot be larger than its whole. Correct one of "
        "the two values."),
    "relation-at-least": ("error",
        "{value} voor '{measure}' (rij {row}) is kleiner dan {other_value} voor '{other}' "
        "({where}), en mag dat niet zijn. Corrigeer een van beide waarden.",
        "{value} for '{measure}' (row {row}) is smaller than {other_value} for '{other}' "
        "({where}), which it may not be. Correct one of the two values."),
    "relation-equal": ("error",
        "{value} voor '{measure}' (rij {row}) moet gelijk zijn aan {other_value} voor '{other}' "
        "({where}). Corrigeer een van beide waarden.",
        "{value} for '{measure}' (row {row}) must equal {other_value} for '{other}' ({where}). "
        "Correct one of the two values."),
    "outlier": ("warning",
        "{value} wijkt sterk af van eerdere waarden van deze organisatie (mediaan {median}). "
        "Controleer de waarde of licht hem toe.",
        "{value} differs strongly from this organisation's earlier values (median {median}). "
        "Check the value or add a note."),
    "stock-decrease": ("warning",
        "{value} is lager dan vorig kwartaal ({previous}), terwijl het een stand is. Klopt dit?",
        "{value} is lower than last quarter ({previous}), although it is a level. Is this right?"),
    "large-change-without-note": ("warning",
        "{value} verschilt sterk van vorig kwartaal ({previous}) zonder toelichting. Voeg een "
        "toelichting toe.",
        "{value} differs strongly from last quarter ({previous}) without a note. Add a note."),
}


# parts of messages (``{detail}``), in Dutch and English
DETAILS: dict[str, tuple[str, str]] = {
    "xlsx-damaged": ("het bestand is beschadigd, onvolledig of geen Excel-werkmap",
                     "the file is damaged, incomplete or not an Excel workbook"),
    "relation-row": ("rij {row}", "row {row}"),
    "relation-earlier": ("eerder aangeleverd voor dit kwartaal", "submitted earlier for this quarter"),
    "xlsx-cells": ("het eerste werkblad heeft te veel cellen; laat alleen het sjabloon staan",
                   "the first worksheet has too many cells; keep only the template"),
    "xlsx-unpacks": ("uitgepakt zou het {size} zijn, meer dan de toegestane {limit}",
                     "unpacked it would be {size}, more than the allowed {limit}"),
}


def detail(key: str, lang: Lang = "nl", **params: object) -> str:
    nl, en = DETAILS[key]
    return (en if lang == "en" else nl).format(**params)


def _param(value: object, lang: str) -> object:
    """Numbers in the language's format; a (low, high) range as 'low - high' with … for open."""
    from monitor.ui.fmt import number

    def num(v: float | None) -> str:
        if v is None:
            return "…"
        decimals = 0 if float(v).is_integer() else len(repr(float(v)).split(".")[1])
        return number(v, min(decimals, 6), lang)

    if isinstance(value, tuple):
        return " - ".join(num(v) for v in value)
    if isinstance(value, float):
        return num(value)
    return value


def render(code: str, lang: Lang = "nl", **params: object) -> str:
    _level, nl, en = MESSAGES[code]
    return (en if lang == "en" else nl).format(**{k: _param(v, lang) for k, v in params.items()})


def codes_markdown() -> str:
    """The README table of problem codes."""
    rows = ["| code | level | message (nl) |", "| --- | --- | --- |"]
    for code, (level, nl, _) in MESSAGES.items():
        rows.append(f"| `{code}` | {level} | {nl} |")
    return "\n".join(rows)
