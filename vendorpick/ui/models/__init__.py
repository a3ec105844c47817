"""Qt table models that adapt the open project for the editing screens."""
