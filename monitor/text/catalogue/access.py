"""Logging in, the demo user and what a role may see."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "auth.login": ("Inloggen", "Log in"),
    "auth.logout": ("Uitloggen", "Log out"),
    "auth.login_needed": ("Log in om de voortgangsmonitor te gebruiken.", "Log in to use the progress monitor."),
    "auth.demo_user": ("Demogebruiker", "Demo user"),
    "auth.no_organisations": ("U mag voor geen enkele organisatie aanleveren. Vraag de beheerder om toegang.", "You may not submit for any organisation. Ask the administrator for access."),
    "access.org_none": ("U mag van geen enkele organisatie de gegevens inzien. Vraag de beheerder om toegang.",
                        "You may not view the data of any organisation. Ask the administrator for access."),
    "access.org_fallback": ("De organisatie uit de link is onbekend of u mag die niet inzien; hieronder een organisatie die u wel mag inzien.",
                            "The organisation in the link is unknown or you may not view it; below is an organisation you may view."),
    "access.login_not_configured": (
        "Aanmelden is niet ingericht: deze omgeving heeft nog geen koppeling met een identiteitsprovider. "
        "De beheerder moet [auth] in .streamlit/secrets.toml invullen, zie README (Access: Production).",
        "Login is not set up: this environment has no identity provider yet. The administrator must "
        "fill in [auth] in .streamlit/secrets.toml, see README (Access: Production)."),
}
