"""Home page parts: the first visit, where you are in the method, this month's figures, and today's nudges."""
