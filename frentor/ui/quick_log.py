"""Moved to frentor/ui/ledger/quick_log.py. Kept only for pages/people.py (the People area, changed on its own
branch) until it imports from there; then delete this file."""

from frentor.ui.ledger.quick_log import quick_log

__all__ = ["quick_log"]
