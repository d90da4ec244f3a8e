"""Settings page parts: demo data and clearing (both ask before anything is lost), backups, where the data lives."""
