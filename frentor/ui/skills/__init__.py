"""The Skills page's parts: what I offer and what I want to learn, edited in place, added and removed."""
