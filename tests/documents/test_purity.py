"""The documents package stays pure: importing it pulls in neither Qt nor SQLAlchemy, even indirectly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_importing_the_documents_package_pulls_in_neither_qt_nor_sqlalchemy():
    # A fresh interpreter, so other tests' imports cannot hide a transitive dependency.
    script = (
        "import sys\n"
        "import complaintdesk.documents, complaintdesk.documents.samples\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0].lower() in ('pyside6', 'shiboken6', 'sqlalchemy')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "[]"
