"""Qt item models of the desktop UI."""
