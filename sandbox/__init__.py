"""The local Discord: an emulator of Discord's REST API and gateway, and the sandbox web page.

The test suite runs the real bot against :mod:`sandbox.emulator`; ``python -m bot sandbox``
runs it against the same emulator behind a page a person uses in a browser. Nothing in
``bot``, ``cogs`` or ``storage`` imports this package (only the command-line entry point
dispatches to it).
"""
