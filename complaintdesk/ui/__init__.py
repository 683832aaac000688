"""Qt user interface: main window, Qt models, dialogs and the background-task helper."""
