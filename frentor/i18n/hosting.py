"""Messages for the hosting area: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {}
