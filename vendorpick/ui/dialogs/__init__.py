"""Dialogs of the editing screens."""
