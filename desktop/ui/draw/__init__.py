"""The operator's draw console and its step screens."""
