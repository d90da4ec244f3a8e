"""Messages for hostile input: uploads, snapshots, settings, confirmations: {key: {"en": ..., "zh": ...}}."""

MESSAGES: dict[str, dict[str, str]] = {}
