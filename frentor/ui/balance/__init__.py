"""The Balance screen's parts: scope and period pickers, figures and charts, top people, relationship health;
data.py holds the cached reads Balance and Home share."""
