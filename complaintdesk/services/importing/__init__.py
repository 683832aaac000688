"""The importer's phases, each a module: ``mapping`` (headings → fields), ``read`` (xlsx/csv → table),
``cells`` and ``validate`` (cell parsing, row checks), ``match`` (rows against each other and the
database: parties, existing claims and cases, duplicates), ``write`` (create what the plan says).

``complaintdesk.services.importer`` is the service that runs them (``office.importer``) and the
public face of the import: other code imports from there, not from these modules.
"""
