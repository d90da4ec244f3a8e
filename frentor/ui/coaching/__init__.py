"""Coaching parts of the app: the message composer (a tab of a person's view), report backs and the weekly review."""
