"""The Ledger screen's parts: quick log, counterpart picker, filters, pager, entries editor with its delete
confirmation, kinds editor and add-kind form; data.py holds their cached reads."""
