"""The Kamer's commitments (toezeggingen) and motions (moties) (issue 18): imported from the
Tweede Kamer's open data, linked to actions by a programme manager (tables ``commitments``,
``commitment_links``)."""
