"""Self-test of the Discord emulator."""
