"""Errors a user can cause and fix (``monitor.errors.MonitorError`` and its kinds): each carries
its key and parameters and is said in the reader's language where it is shown (the pages, the
CLI). The English text is also ``str(exc)``."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # definitions, users file, production set-up
    "error.definitions.one": ("1 fout in de indicatordefinities", "1 error in the indicator definitions"),
    "error.definitions.other": ("{count} fouten in de indicatordefinities",
                                "{count} errors in the indicator definitions"),
    "error.users_file.one": ("1 fout in het gebruikersbestand:\n{problems}", "1 error in the users file:\n{problems}"),
    "error.users_file.other": ("{count} fouten in het gebruikersbestand:\n{problems}",
                               "{count} errors in the users file:\n{problems}"),
    "error.production.example_file": (
        "In productie wordt het voorbeeldbestand {name} niet geladen: het bevat verzonnen demogebruikers. "
        "Zet access.users_file op uw eigen bestand (data/users.yaml, zie README).",
        "In production the example file {name} is not loaded: it holds fictitious demo users. Point "
        "access.users_file to your own file (data/users.yaml, see README)."),
    "error.production.example_users": (
        "De database bevat actieve demogebruikers uit een voorbeeldbestand ({ids}); in productie start de "
        "monitor daarmee niet. Deactiveer ze (monitor users deactivate ID --reason ... --user BEHEERDER) "
        "of begin met een nieuwe database.",
        "The database holds active demo users from an example file ({ids}); in production the monitor does "
        "not start with them. Deactivate them (monitor users deactivate ID --reason ... --user ADMIN) or "
        "start with a new database."),
    "error.production.no_users": (
        "Er zijn nog geen gebruikers: maak {path} met ten minste één beheerder (voorbeeld: "
        "data/users.example.yaml, zie README).",
        "There are no users yet: create {path} with at least one beheerder (example: "
        "data/users.example.yaml, see README)."),
    # managing users (monitor.access.users, monitor.access.identity)
    "error.users.exists": ("Er is al een gebruiker '{id}' ({name}); kies een andere id of wijzig die gebruiker.",
                           "there is already a user '{id}' ({name}); choose another id or change that user"),
    "error.users.unknown": ("Er is geen gebruiker '{id}'; voeg de gebruiker eerst toe.",
                            "there is no user '{id}'; add the user first"),
    "error.users.invalid": ("Gebruiker '{id}': {problems}", "user '{id}': {problems}"),
    "error.users.last_admin": (
        "'{id}' is de laatste actieve beheerder; maak eerst iemand anders beheerder, anders kan niemand "
        "nog gebruikers beheren.",
        "'{id}' is the last active beheerder; make someone else beheerder first, or nobody can manage "
        "users any more"),
    "error.users.reason": ("Geef een reden voor de wijziging; die komt in het auditlog.",
                           "give a reason for the change; it is recorded in the audit log"),
    "error.users.role": ("Onbekende rol '{role}' (bekend: {known})", "unknown role '{role}' (known: {known})"),
    "error.environment": ("access.environment is '{environment}'; gebruik 'production' of 'demo'",
                          "access.environment is '{environment}'; use 'production' or 'demo'"),
    "error.cli_user.production": ("geef --user ID: in productie moet elke wijziging de persoon noemen die haar doet",
                                  "give --user ID: in production every change must name the person making it"),
    "error.cli_user.none": ("geef --user ID: er is geen actieve gebruiker die '{action}' mag uitvoeren",
                            "give --user ID: there is no active user who may perform '{action}'"),
}
