"""Not a page: tests ask AppTest for it to learn which pages are registered."""
