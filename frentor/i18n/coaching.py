"""Messages for the message composer, report-back follow-ups and the weekly review: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {}
