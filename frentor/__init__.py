"""Frentor: a self-coaching tool for finding and keeping mentors and frentors."""

__version__ = "0.1.0"
