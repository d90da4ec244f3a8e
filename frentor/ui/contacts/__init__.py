"""Bring your network in (issue 17): import contacts on the People page, and the calendar download on Home and
People. One module per part; frentor.ui.contacts.section composes the import."""
