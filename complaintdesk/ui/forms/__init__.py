"""Python generated from ../../forms/*.ui by ``python tools/build_forms.py``; never edited by hand.

The tool runs pyside6-uic on each form and then drops from its ``from PySide6… import`` lines the names the
module never uses (each one PySide6 would otherwise create, with its enums, at every start of the app).
tests/ui/test_forms_in_sync.py fails when a file here is not what the tool makes of its form."""
