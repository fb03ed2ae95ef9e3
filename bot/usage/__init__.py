"""Usage records: what was asked, whether it was answered, how fast. No Discord in here."""
