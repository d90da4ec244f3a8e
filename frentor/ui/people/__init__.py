"""The People page's parts: one module per component, composed by pages/people.py."""
