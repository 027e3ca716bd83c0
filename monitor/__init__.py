"""Voortgangsmonitor IBDS (the package). Its loggers stay silent unless the program using it
attaches a handler (the dashboard does: :func:`monitor.ui.state.server_log`)."""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
