"""Labels of coaching choices in the session's language (computed when a widget is drawn)."""

from __future__ import annotations

from frentor.report_back import FollowUp
from frentor.ui.i18n import t

HELP_KINDS = ("advice", "introduction", "referral")  # help with a word of its own (report_back.help.<kind>)


def message_kind_label(kind: str) -> str:
    return t(f"message_kind.{kind}")


def help_label(kind_key: str | None) -> str:
    """'advice', 'introduction', 'referral' in words; any other help (a user's own kind) as 'help'."""
    return t(f"report_back.help.{kind_key if kind_key in HELP_KINDS else 'other'}")


def follow_up_label(follow_up: FollowUp) -> str:
    """Plain text (for a picker's options): which help, when, and when to report back."""
    return t(
        "compose.ui.follow_up_option",
        help=help_label(follow_up.kind_key),
        date=follow_up.received_on.isoformat(),
        due=follow_up.due_on.isoformat(),
    )
