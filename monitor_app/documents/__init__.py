"""Printed documents: the case dossier and the visit report (reportlab, DejaVu Sans).

Entry points: :func:`monitor_app.documents.dossier.write_dossier` and
:func:`monitor_app.documents.visit_report.write_visit_report`; redaction rules live in
:mod:`monitor_app.documents.redaction`.
"""
