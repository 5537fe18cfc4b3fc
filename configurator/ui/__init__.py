"""PySide6 desktop app: document, undo commands, graph scene, panels and the main window."""
