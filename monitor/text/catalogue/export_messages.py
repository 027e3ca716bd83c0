"""``monitor export --message CHART=TEXT``: the one-line message of a chart given on the command
line (issue 17), and what is said when it cannot be used."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "error.export.message.form": (
        "zeg bij welke grafiek de boodschap hoort: --message GRAFIEK=TEKST (bijvoorbeeld "
        "{example}), niet '{item}'",
        "say which chart the message is for: --message CHART=TEXT (e.g. {example}), not '{item}'"),
    "error.export.message.chart": (
        "er is geen grafiek '{chart}' in deze export; kies uit {charts}",
        "there is no chart '{chart}' in this export; choose from {charts}"),
    "error.export.message.ambiguous": (
        "'{chart}' heeft meer dan één grafiek; kies uit {charts}",
        "'{chart}' has more than one chart; choose from {charts}"),
    "error.export.message.empty": (
        "de boodschap bij {chart} is leeg", "the message for {chart} is empty"),
    "error.export.message.long.one": (
        "de boodschap bij {chart} is {count} teken lang; er passen er {most} op één regel",
        "the message for {chart} is {count} character long; one line holds {most}"),
    "error.export.message.long.other": (
        "de boodschap bij {chart} is {count} tekens lang; er passen er {most} op één regel",
        "the message for {chart} is {count} characters long; one line holds {most}"),
    "error.export.message.twice": (
        "er zijn twee boodschappen voor {chart}; geef er één",
        "there are two messages for {chart}; give one"),
}
