"""The projector (ceremony) window that witnesses watch, driven by the operator console."""
