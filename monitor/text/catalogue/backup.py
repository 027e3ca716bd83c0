"""Backup and restore (``monitor backup``, ``monitor restore``): what they say and why they
refuse."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "backup.out_folder": ("{path} is een map; geef een bestandsnaam voor de back-up",
                          "{path} is a folder; give a file name for the backup"),
    "backup.missing": ("back-up {path} bestaat niet", "backup {path} does not exist"),
    "backup.damaged": ("back-up {path} is beschadigd en kan niet worden gelezen ({reason}); er is niets gewijzigd",
                       "backup {path} is damaged and cannot be read ({reason}); nothing was changed"),
    "backup.not_backup": ("{path} is geen back-up van de monitor (geen manifest); er is niets gewijzigd",
                          "{path} is not a backup of the monitor (no manifest); nothing was changed"),
    "backup.newer": ("back-up {path} heeft schemaversie {version}, nieuwer dan deze monitor kent ({known}); werk de monitor bij",
                     "backup {path} has schema version {version}, newer than this monitor knows ({known}); update the monitor"),
    "backup.mismatch": ("back-up {path} is beschadigd: tabel {tables} klopt niet met het manifest; er is niets gewijzigd",
                        "backup {path} is damaged: table {tables} does not match its manifest; nothing was changed"),
    "backup.target_exists": ("{path} bestaat al; zet een back-up alleen terug naar een leeg pad",
                             "{path} already exists; restore a backup only to an empty path"),
    "backup.made": ("back-up {path} gemaakt: schemaversie {version}, {tables} tabellen, {rows} rijen; schrijvers wachtten {seconds} s",
                    "backup {path} made: schema version {version}, {tables} tables, {rows} rows; writers waited {seconds} s"),
    "backup.ok": ("back-up {path} is in orde: gemaakt {created}, schemaversie {version}, {tables} tabellen, {rows} rijen",
                  "backup {path} is OK: made {created}, schema version {version}, {tables} tables, {rows} rows"),
    "backup.restored": ("back-up {path} (gemaakt {created}) teruggezet naar {db}: {tables} tabellen, {rows} rijen",
                        "backup {path} (made {created}) restored to {db}: {tables} tables, {rows} rows"),
    "backup.table": ("  {table}: {rows} rijen", "  {table}: {rows} rows"),
}
