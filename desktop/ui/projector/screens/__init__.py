"""The seven ceremony screens, one module each, in Stage order."""
