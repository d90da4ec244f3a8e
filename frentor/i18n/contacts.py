"""Messages for importing contacts (LinkedIn, Google, vCard) and the calendar export: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {}
