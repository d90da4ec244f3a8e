"""Messages for the connect area: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {}
