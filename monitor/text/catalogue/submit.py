"""Submitters and reminders (issue 17): the upload page's problems table and affected
indicators, the contacts of organisations without a submission and the reminder mail-merge."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the upload page
    "submit.col.measure": ("Maatstaf", "Measure"),
    "submit.problems_first.one": ("Hier staat {shown} van {count} probleem; de download bevat het.",
                                  "{shown} of {count} problem is shown here; the download has it."),
    "submit.problems_first.other": ("Hier staan de eerste {shown} problemen van {count}; de download bevat ze allemaal.",
                                    "The first {shown} of {count} problems are shown here; the download has them all."),
    "submit.affects": ("Indicatoren die veranderen:", "Indicators that change:"),
    "submit.affects.action": ("- {action}: {indicators}", "- {action}: {indicators}"),
}
TEXTS |= {
    # the permission (monitor.access.roles)
    "permission.contacts.view": ("De contactpersonen van organisaties inzien en downloaden (herinneringen)",
                                 "View and download the contacts of organisations (reminders)"),
    "permission.contacts.view.denied": ("U mag de contactpersonen van organisaties niet inzien",
                                        "You may not view the contacts of organisations"),
    # Volledigheid: who has not submitted, with the contact, and the reminders
    "submit.missing.one": ("1 organisatie zonder aanlevering voor {period}",
                           "1 organisation without a submission for {period}"),
    "submit.missing.other": ("{count} organisaties zonder aanlevering voor {period}",
                             "{count} organisations without a submission for {period}"),
    "submit.col.contact_name": ("Contactpersoon", "Contact"),
    "submit.col.contact_email": ("E-mail", "E-mail"),
    "submit.contacts_hidden": ("Contactpersonen en herinneringen zijn er voor programmamanagers en beheerders.",
                               "Contacts and reminders are for programme managers and administrators."),
    "submit.no_contact.one": ("Van 1 organisatie staat geen contactpersoon in het register (data/organisaties.csv).",
                              "1 organisation has no contact in the register (data/organisaties.csv)."),
    "submit.no_contact.other": ("Van {count} organisaties staat geen contactpersoon in het register (data/organisaties.csv).",
                                "{count} organisations have no contact in the register (data/organisaties.csv)."),
    "submit.reminders": ("Herinneringen downloaden (mail-merge, CSV)", "Download reminders (mail merge, CSV)"),
    "submit.reminders.help": ("Eén regel per organisatie met contactpersoon, e-mailadres, kwartaal, uiterste aanleverdatum, link, onderwerp en tekst: klaar voor samenvoegen in Word of Outlook.",
                              "One row per organisation with contact, e-mail address, quarter, deadline, link, subject and text: ready for a mail merge in Word or Outlook."),
    # the mail-merge columns (merge fields: no spaces)
    "submit.merge.col.organisation": ("organisatie", "organisation"),
    "submit.merge.col.code": ("code", "code"),
    "submit.merge.col.contact_name": ("contactpersoon", "contact_name"),
    "submit.merge.col.email": ("email", "email"),
    "submit.merge.col.quarter": ("kwartaal", "quarter"),
    "submit.merge.col.deadline": ("uiterste_datum", "deadline"),
    "submit.merge.col.link": ("uploadlink", "upload_link"),
    "submit.merge.col.subject": ("onderwerp", "subject"),
    "submit.merge.col.body": ("tekst", "body"),
    # the reminder itself
    "submit.merge.subject": ("Herinnering: gegevens {quarter} voor de {programme}",
                             "Reminder: figures for {quarter} for the {programme}"),
    "submit.merge.dear": ("Beste {name},", "Dear {name},"),
    "submit.merge.dear_unknown": ("Geachte heer, mevrouw,", "Dear Sir or Madam,"),
    "submit.merge.due": ("De uiterste aanleverdatum is {deadline}.", "The deadline is {deadline}."),
    "submit.merge.overdue": ("De uiterste aanleverdatum was {deadline}; wilt u zo snel mogelijk aanleveren?",
                             "The deadline was {deadline}; please submit as soon as possible."),
    "submit.merge.body": (
        "{dear}\n\nVoor de {programme} hebben wij van {organisation} nog geen gegevens over {quarter} "
        "ontvangen. {deadline}\n\nU levert aan op {link}: kies {organisation} en {quarter}, download "
        "het sjabloon, vul de waarden in en upload het bestand. U ziet direct of het bestand in orde "
        "is.\n\nMet vriendelijke groet,\n\n{programme}",
        "{dear}\n\nFor the {programme} we have not yet received figures for {quarter} from "
        "{organisation}. {deadline}\n\nYou submit at {link}: choose {organisation} and {quarter}, "
        "download the template, fill in the values and upload the file. You see at once whether "
        "the file is in order.\n\nKind regards,\n\n{programme}"),
    # an organisation of one type (the register's types; config holds the plural for groups)
    "submit.orgtype.gemeente": ("gemeente", "municipality"),
    "submit.orgtype.provincie": ("provincie", "province"),
    "submit.orgtype.waterschap": ("waterschap", "water authority"),
    "submit.orgtype.ministerie": ("ministerie", "ministry"),
    "submit.orgtype.koepel": ("koepelorganisatie", "umbrella organisation"),
    "submit.orgtype.uitvoeringsorganisatie": ("uitvoeringsorganisatie", "executive agency"),
}
